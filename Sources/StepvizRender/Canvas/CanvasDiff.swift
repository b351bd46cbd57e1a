/// What must be drawn to turn the frame on screen into the next one, in the
/// manner of ratatui's double buffer: only the cells that changed, grouped
/// into runs of one style. The one diff every backend uses (the curses
/// screen draws the runs, the asciicast writer encodes them); pure, so it is
/// tested without a terminal.
package enum CanvasDiff {
    /// The runs that turn `previous` into `next`, row by row, left to right.
    /// Every cell of `next` is included when there is no previous frame or
    /// its size differs (after a resize the screen is redrawn in full).
    ///
    ///     CanvasDiff.runs(from: nil, to: canvas)        // the whole frame
    ///     CanvasDiff.runs(from: canvas, to: canvas)     // []
    ///
    /// - Complexity: O(width × height).
    package static func runs(from previous: Canvas?, to next: Canvas) -> [CanvasRun] {
        var runs: [CanvasRun] = []
        forEachRun(from: previous, to: next) { y, columns, style in
            runs.append(CanvasRun(x: columns.lowerBound, y: y, style: style, characters: columns.map { next[$0, y].character }))
        }
        return runs
    }

    /// Calls `body` with each run's row, columns and style, in the order of
    /// ``runs(from:to:)``, without building the runs (the asciicast encoder
    /// reads the characters from `next` as it writes them).
    ///
    /// - Complexity: O(width × height).
    package static func forEachRun(
        from previous: Canvas?, to next: Canvas, _ body: (_ y: Int, _ columns: Range<Int>, _ style: Style) -> Void
    ) {
        let old = previous.flatMap { $0.width == next.width && $0.height == next.height ? $0 : nil }
        for y in 0..<next.height {
            var start: Int?
            var style = Style.plain
            for x in 0..<next.width {
                let cell = next[x, y]
                if let old, old[x, y] == cell {
                    if let first = start { body(y, first..<x, style) }
                    start = nil
                } else if let first = start {
                    if style != cell.style {
                        body(y, first..<x, style)
                        start = x
                        style = cell.style
                    }
                } else {
                    start = x
                    style = cell.style
                }
            }
            if let first = start { body(y, first..<next.width, style) }
        }
    }
}
