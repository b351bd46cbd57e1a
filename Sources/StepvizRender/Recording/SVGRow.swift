/// One row of a frame as SVG, in row coordinates (the row's top-left at
/// 0,0): background rects, then line strokes, then one `<text>` per run of
/// same-looking cells, each at the exact x of its first cell and stretched
/// to exactly its cells (`textLength`), so the grid holds in any font.
///
/// Rows are the unit the recording shares: a row seen in any earlier frame
/// is drawn once and reused.
enum SVGRow {
    /// The markup of `cells`; empty for a row of blank cells.
    ///
    /// - Complexity: O(cells).
    static func markup(_ cells: [Cell], styles: inout SVGStyleSheet) -> String {
        backgrounds(cells, styles: &styles) + lines(cells, styles: &styles) + texts(cells, styles: &styles)
    }

    /// Merged rects for runs of cells with the same non-default background.
    private static func backgrounds(_ cells: [Cell], styles: inout SVGStyleSheet) -> String {
        var markup = ""
        var start = 0
        while start < cells.count {
            let slot = SVGTheme.backgroundSlot(cells[start].style)
            var end = start + 1
            while end < cells.count, SVGTheme.backgroundSlot(cells[end].style) == slot { end += 1 }
            if slot != SVGTheme.defaultBackground {
                markup +=
                    "<rect x=\"\(start * SVGTheme.cellWidth)\" width=\"\((end - start) * SVGTheme.cellWidth)\""
                    + " height=\"\(SVGTheme.cellHeight)\" class=\"\(styles.backgroundClass(slot))\"/>"
            }
            start = end
        }
        return markup
    }

    /// One path per stroke look: each line character's arms from the cell
    /// centre to its edges, horizontal neighbours merged into one segment.
    /// Strokes sit on half pixels so a 1 px line is crisp, and reach the
    /// row's top and bottom so vertical lines join the rows above and below.
    private static func lines(_ cells: [Cell], styles: inout SVGStyleSheet) -> String {
        var order: [String] = []
        var segments: [String: String] = [:]
        var horizontal: [String: (from: Int, to: Int)] = [:]  // the open segment of each class, in half px
        let w = SVGTheme.cellWidth
        let h = SVGTheme.cellHeight
        let middle = format(halves: h + 1)  // just below the centre, on a half pixel: 9.5 for 18
        func close(_ cls: String) {
            if let open = horizontal.removeValue(forKey: cls) {
                segments[cls, default: ""] += "M\(format(halves: open.from)) \(middle)H\(format(halves: open.to))"
            }
        }
        for (column, cell) in cells.enumerated() {
            guard let arms = BoxDrawing.arms(cell.character) else { continue }
            let cls = styles.lineClass(cell.style)
            if segments[cls] == nil {
                order.append(cls)
                segments[cls] = ""
            }
            let left = 2 * column * w
            let centre = left + w
            let right = left + 2 * w  // half px; centre is odd for odd w
            if !arms.isDisjoint(with: [.left, .right]) {
                let from = arms.contains(.left) ? left : centre
                let to = arms.contains(.right) ? right : centre
                if let open = horizontal[cls], open.to == from {
                    horizontal[cls] = (open.from, to)
                } else {
                    close(cls)
                    horizontal[cls] = (from, to)
                }
            }
            if !arms.isDisjoint(with: [.up, .down]) {
                let from = arms.contains(.up) ? "0" : middle
                let to = arms.contains(.down) ? "\(h)" : middle
                segments[cls, default: ""] += "M\(format(halves: centre | 1)) \(from)V\(to)"
            }
        }
        for cls in order { close(cls) }
        return order.map { "<path class=\"\($0)\" d=\"\(segments[$0]!)\"/>" }.joined()
    }

    /// The text layer: runs of cells with one look. Line characters are in
    /// it too, unpainted (class `n`), so the text still reads as the frame.
    /// Blank ends of a run are dropped unless underlined.
    private static func texts(_ cells: [Cell], styles: inout SVGStyleSheet) -> String {
        enum Kind: Equatable {
            case glyphs(SVGStyleSheet.TextLook)
            case line
            case wide(Int)
        }
        func kind(_ column: Int) -> Kind {
            let cell = cells[column]
            if BoxDrawing.arms(cell.character) != nil { return .line }
            if isWide(cell.character) { return .wide(column) }
            return .glyphs(SVGStyleSheet.TextLook(cell.style))
        }
        var markup = ""
        var start = 0
        while start < cells.count {
            let runKind = kind(start)
            var end = start + 1
            while end < cells.count, kind(end) == runKind { end += 1 }
            defer { start = end }
            var first = start
            var last = end
            if case .glyphs(let look) = runKind, !look.underline {
                while first < last, cells[first].character == " " { first += 1 }
                while last > first, cells[last - 1].character == " " { last -= 1 }
            }
            guard first < last else { continue }
            let text = XMLText.escape(String(cells[first..<last].map(\.character)))
            let x = first * SVGTheme.cellWidth
            let length = (last - first) * SVGTheme.cellWidth
            switch runKind {
            case .line:
                markup += "<text x=\"\(x)\" y=\"\(SVGTheme.baseline)\" class=\"n\">\(text)</text>"
            case .wide:
                // A wide character keeps to its one cell, as the frame has it.
                markup +=
                    "<text x=\"\(x)\" y=\"\(SVGTheme.baseline)\" class=\"\(styles.textClass(cells[first].style))\""
                    + " textLength=\"\(length)\" lengthAdjust=\"spacingAndGlyphs\">\(text)</text>"
            case .glyphs:
                let stretch = last - first > 1 ? " textLength=\"\(length)\"" : ""
                markup +=
                    "<text x=\"\(x)\" y=\"\(SVGTheme.baseline)\" class=\"\(styles.textClass(cells[first].style))\"\(stretch)>\(text)</text>"
            }
        }
        return markup
    }

    /// East Asian wide and fullwidth characters and emoji: two columns in a
    /// terminal, squeezed into their one cell here.
    static func isWide(_ character: Character) -> Bool {
        guard let value = character.unicodeScalars.first?.value else { return false }
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return true
        default:
            return character.unicodeScalars.count > 1 && character.unicodeScalars.contains { $0.properties.isEmojiPresentation }
        }
    }

    /// A length given in half pixels, as SVG: `9`, `4.5`.
    static func format(halves: Int) -> String {
        halves % 2 == 0 ? "\(halves / 2)" : "\(halves / 2).5"
    }
}
