/// Reads back the characters of an SVG that `SVGRecording` wrote: each
/// `<text>` of each row placed at the column its x names, each row placed
/// where its `<use>` puts it. Tests hold the SVG's text layer to the frame it
/// came from, the same check as the golden frames.
///
///     let svg = SVGRecording.still(canvas, title: "t")
///     SVGTextLayer.lines(in: svg) == canvas.lines   // true
///
/// Only the structure `SVGRecording` writes is understood; this is not a
/// general SVG reader.
///
/// - Complexity: O(size of the SVG).
public enum SVGTextLayer {
    /// The screens of the film strip, in strip order (a still has one), each
    /// as its rows of characters, as `Canvas.lines` gives them.
    public static func screens(in svg: [UInt8]) -> [[String]] {
        let text = String(decoding: svg, as: UTF8.self)
        guard let viewBox = attribute("viewBox", in: text[...]) else { return [] }
        let numbers = viewBox.split(separator: " ").compactMap { Int($0) }
        guard numbers.count == 4 else { return [] }
        let columns = (numbers[2] - 2 * SVGTheme.padding) / SVGTheme.cellWidth
        let rowCount = (numbers[3] - 2 * SVGTheme.padding) / SVGTheme.cellHeight
        let blank = [Character](repeating: " ", count: columns)

        var rows: [String: [Character]] = [:]
        for group in elements("g", in: text[...]) {
            guard let id = attribute("id", in: group) else { continue }
            var row = blank
            for run in elements("text", in: group) {
                guard let x = attribute("x", in: run).flatMap({ Int($0) }),
                    let open = run.firstIndex(of: ">"), let close = run.firstRange(of: "</text>")?.lowerBound
                else { continue }
                var column = x / SVGTheme.cellWidth
                for character in XMLText.unescape(run[run.index(after: open)..<close]) where column < columns {
                    if column >= 0 { row[column] = character }
                    column += 1
                }
            }
            rows[String(id)] = row
        }

        guard let strip = elements("g", in: text[...]).first(where: { attribute("class", in: $0) == "strip" }) else { return [] }
        let count = attribute("data-screens", in: strip).flatMap { Int($0) } ?? 1
        var screens = [[[Character]]](repeating: [[Character]](repeating: blank, count: rowCount), count: count)
        for use in elements("use", in: strip) {
            guard let href = attribute("href", in: use), let y = attribute("y", in: use).flatMap({ Int($0) }),
                let row = rows[String(href.dropFirst())]
            else { continue }
            let line = y / SVGTheme.cellHeight
            let screen = line / Swift.max(1, rowCount)
            guard screen < count else { continue }
            screens[screen][line % rowCount] = row
        }
        return screens.map { $0.map { String($0) } }
    }

    /// The rows of characters of a still (the first screen of a strip).
    public static func lines(in svg: [UInt8]) -> [String] {
        screens(in: svg).first ?? []
    }

    /// The start tags of each `<name ...>` element with what follows it up to
    /// its matching end (groups do not nest in what `SVGRecording` writes,
    /// except the strip, which holds only `<use>`).
    private static func elements(_ name: String, in text: Substring) -> [Substring] {
        var found: [Substring] = []
        var rest = text
        while let start = rest.firstRange(of: "<\(name) ") {
            let end = rest[start.upperBound...].firstRange(of: "</\(name)>")?.upperBound
            let selfClosing = rest[start.upperBound...].firstRange(of: "/>")?.upperBound
            let tagEnd = rest[start.upperBound...].firstIndex(of: ">")
            let stop: Substring.Index
            if let tagEnd, rest[rest.index(before: tagEnd)] == "/", let selfClosing {
                stop = selfClosing
            } else if let end {
                stop = end
            } else {
                break
            }
            found.append(rest[start.lowerBound..<stop])
            rest = rest[stop...]
        }
        return found
    }

    /// The value of `name="..."` in an element's start tag.
    private static func attribute(_ name: String, in element: Substring) -> Substring? {
        let tag = element[..<(element.firstIndex(of: ">") ?? element.endIndex)]
        guard let start = tag.firstRange(of: " \(name)=\"") else { return nil }
        let value = tag[start.upperBound...]
        guard let close = value.firstIndex(of: "\"") else { return nil }
        return value[..<close]
    }
}
