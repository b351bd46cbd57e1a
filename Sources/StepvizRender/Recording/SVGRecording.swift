/// An animated SVG of a recording: a film strip of the distinct screens,
/// moved by a looping CSS `@keyframes` animation with `step-end` timing, on
/// the same virtual clock as the asciicast. No script, no external file:
/// a README's `<img>` plays it.
///
///     var svg = SVGRecording(width: 80, height: 24, title: "stepviz heap")
///     svg.frame(first, atMilliseconds: 0)
///     svg.frame(second, atMilliseconds: 50)
///     let bytes = svg.document(endingAt: 1550)   // loops every 1.55 s
///
///     let still = SVGRecording.still(canvas, title: "stepviz heap")
///
/// File size grows with what is new, not with the duration: an unchanged
/// frame adds nothing, a screen seen before is shown again from its place in
/// the strip, a row seen in any earlier screen is drawn once (`<defs>`) and
/// reused (`<use>`), styles are classes. The same frames at the same times
/// give the same bytes.
///
/// - Complexity: `frame` is O(width × height); `document` O(output).
public struct SVGRecording {
    public let width: Int
    public let height: Int
    public let title: String

    private var styles = SVGStyleSheet()
    /// Row markup by row id; an empty string is a blank row (drawn as nothing).
    private var rows: [String] = []
    private var rowIDs: [[Cell]: Int] = [:]
    /// Each distinct screen as its row ids, in order of first appearance.
    private var screens: [[Int]] = []
    private var screenIDs: [[Int]: Int] = [:]
    /// When the screen shown changes: (time, screen index), times increasing.
    private var changes: [(time: Int, screen: Int)] = []
    private var previous: Canvas?
    private var markers: [(time: Int, label: String)] = []

    public init(width: Int, height: Int, title: String) {
        self.width = Swift.max(0, width)
        self.height = Swift.max(0, height)
        self.title = title
    }

    /// Adds the frame on screen from `time` on. Call it for every frame: an
    /// unchanged one costs a comparison. A canvas of another size is cut or
    /// padded with blanks to the recording's size.
    public mutating func frame(_ canvas: Canvas, atMilliseconds time: Int) {
        if let previous, previous == canvas { return }
        previous = canvas
        var ids: [Int] = []
        ids.reserveCapacity(height)
        for y in 0..<height {
            var cells = [Cell](repeating: .blank, count: width)
            if y < canvas.height {
                for x in 0..<Swift.min(width, canvas.width) { cells[x] = canvas[x, y] }
            }
            if let id = rowIDs[cells] {
                ids.append(id)
            } else {
                let id = rows.count
                rowIDs[cells] = id
                rows.append(cells.allSatisfy { $0 == .blank } ? "" : SVGRow.markup(cells, styles: &styles))
                ids.append(id)
            }
        }
        let screen: Int
        if let known = screenIDs[ids] {
            screen = known
        } else {
            screen = screens.count
            screenIDs[ids] = screen
            screens.append(ids)
        }
        let time = Swift.max(time, changes.last?.time ?? 0)  // times never decrease
        if let last = changes.last, last.screen == screen { return }
        if let last = changes.last, last.time == time { changes.removeLast() }  // the later frame wins
        changes.append((time, screen))
    }

    /// A chapter mark (a library operation); written into the SVG's `<desc>`.
    public mutating func marker(_ label: String, atMilliseconds time: Int) {
        markers.append((time, label))
    }

    /// The animated SVG, looping every `end` milliseconds (at least as late
    /// as the last frame). With a single screen there is no animation.
    public func document(endingAt end: Int) -> [UInt8] {
        let end = Swift.max(end, changes.last?.time ?? 0)
        let screenWidth = width * SVGTheme.cellWidth
        let screenHeight = height * SVGTheme.cellHeight
        let totalWidth = screenWidth + 2 * SVGTheme.padding
        let totalHeight = screenHeight + 2 * SVGTheme.padding
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(totalWidth)\" height=\"\(totalHeight)\""
            + " viewBox=\"0 0 \(totalWidth) \(totalHeight)\">"
        svg += "<title>\(XMLText.escape(title))</title>"
        if !markers.isEmpty {
            let chapters = markers.map { "\(Self.seconds($0.time)) \($0.label)" }.joined(separator: "\n")
            svg += "<desc>\(XMLText.escape(chapters))</desc>"
        }
        var css = styles.css
        let animated = end > 0 && Set(changes.map(\.screen)).count > 1
        if animated {
            css += ".strip{animation:strip \(end)ms step-end infinite}@keyframes strip{"
            for change in changes {
                css += "\(Self.percent(change.time, of: end))%{transform:translateY(-\(change.screen * screenHeight)px)}"
            }
            css += "100%{transform:translateY(-\((changes.last?.screen ?? 0) * screenHeight)px)}}"
        }
        svg += "<style>\(css)</style>"
        svg += "<rect class=\"bg\" width=\"\(totalWidth)\" height=\"\(totalHeight)\" rx=\"6\"/>"
        // A nested <svg> clips the strip to one screen.
        svg += "<svg x=\"\(SVGTheme.padding)\" y=\"\(SVGTheme.padding)\" width=\"\(screenWidth)\" height=\"\(screenHeight)\">"
        svg += "<defs>"
        for (id, markup) in rows.enumerated() where !markup.isEmpty {
            svg += "<g id=\"\(Self.rowName(id))\">\(markup)</g>"
        }
        svg += "</defs>"
        let shown = animated ? screens : changes.last.map { [screens[$0.screen]] } ?? []
        svg += "<g class=\"strip\" data-screens=\"\(Swift.max(1, shown.count))\">"
        for (index, ids) in shown.enumerated() {
            for (y, id) in ids.enumerated() where !rows[id].isEmpty {
                svg += "<use href=\"#\(Self.rowName(id))\" y=\"\((index * height + y) * SVGTheme.cellHeight)\"/>"
            }
        }
        svg += "</g></svg></svg>\n"
        return Array(svg.utf8)
    }

    /// A still SVG of one frame, for a README or a slide.
    public static func still(_ canvas: Canvas, title: String) -> [UInt8] {
        var recording = SVGRecording(width: canvas.width, height: canvas.height, title: title)
        recording.frame(canvas, atMilliseconds: 0)
        return recording.document(endingAt: 0)
    }

    /// Row ids as short names: r0 … r9, ra … rz, r10 …
    static func rowName(_ id: Int) -> String { "r" + String(id, radix: 36) }

    /// `time` as a percentage of `end` with three decimals, rounded down so
    /// a change never shows late; exact integer arithmetic, so the same on
    /// every machine.
    static func percent(_ time: Int, of end: Int) -> String {
        let thousandths = time * 100_000 / end
        let fraction = thousandths % 1000
        return fraction == 0 ? "\(thousandths / 1000)" : "\(thousandths / 1000).\(String(fraction + 1000).dropFirst())"
    }

    private static func seconds(_ milliseconds: Int) -> String {
        "\(milliseconds / 1000).\(String(milliseconds % 1000 + 1000).dropFirst())s"
    }
}
