import StepvizRender

/// What must be drawn to turn the frame on screen into the next one, in the
/// manner of ratatui's double buffer: only the cells that changed, grouped
/// into runs of one style. Pure, so it is tested without a terminal.
enum CanvasDiff {
    /// The runs that turn `previous` into `next`, row by row, left to right.
    /// Every cell of `next` is included when there is no previous frame or
    /// its size differs (after a resize the screen is redrawn in full).
    ///
    ///     CanvasDiff.runs(from: nil, to: canvas)        // the whole frame
    ///     CanvasDiff.runs(from: canvas, to: canvas)     // []
    ///
    /// - Complexity: O(width × height).
    static func runs(from previous: Canvas?, to next: Canvas) -> [CanvasRun] {
        let comparable = previous.map { $0.width == next.width && $0.height == next.height } ?? false
        var runs: [CanvasRun] = []
        for y in 0..<next.height {
            var start: Int?
            func close(at end: Int) {
                guard let first = start else { return }
                runs.append(CanvasRun(x: first, y: y, style: next[first, y].style,
                                      characters: (first..<end).map { next[$0, y].character }))
                start = nil
            }
            for x in 0..<next.width {
                let cell = next[x, y]
                if comparable, let previous, previous[x, y] == cell {
                    close(at: x)
                } else if let first = start, next[first, y].style != cell.style {
                    close(at: x)
                    start = x
                } else if start == nil {
                    start = x
                }
            }
            close(at: next.width)
        }
        return runs
    }
}
