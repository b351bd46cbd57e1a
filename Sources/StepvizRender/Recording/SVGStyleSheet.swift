/// The CSS classes of one SVG: every distinct look of text, of line strokes
/// and of backgrounds becomes one short class, numbered in order of first
/// use (so the same frames give the same bytes), and only the classes used
/// are written.
///
/// - Complexity: O(1) per lookup; `css` is O(classes).
struct SVGStyleSheet {
    /// What a run of glyphs looks like: reverse video and the background are
    /// already resolved, so styles that look the same share a class.
    struct TextLook: Hashable {
        var slot: Int
        var bold: Bool
        var dim: Bool
        var underline: Bool

        init(_ style: Style) {
            slot = SVGTheme.foregroundSlot(style)
            bold = style.bold
            dim = style.dim
            underline = style.underline
        }
    }

    /// How line-drawing strokes look: colour and dimming only.
    struct LineLook: Hashable {
        var slot: Int
        var dim: Bool
    }

    private var texts: [TextLook] = []
    private var textIndex: [TextLook: Int] = [:]
    private var lines: [LineLook] = []
    private var lineIndex: [LineLook: Int] = [:]
    private var backgrounds: [Int] = []

    /// The class for glyphs drawn in `style`.
    mutating func textClass(_ style: Style) -> String {
        let look = TextLook(style)
        if let index = textIndex[look] { return "t\(index)" }
        textIndex[look] = texts.count
        texts.append(look)
        return "t\(texts.count - 1)"
    }

    /// The class for line strokes drawn in `style`.
    mutating func lineClass(_ style: Style) -> String {
        let look = LineLook(slot: SVGTheme.foregroundSlot(style), dim: style.dim)
        if let index = lineIndex[look] { return "l\(index)" }
        lineIndex[look] = lines.count
        lines.append(look)
        return "l\(lines.count - 1)"
    }

    /// The class for a background of palette slot `slot`.
    mutating func backgroundClass(_ slot: Int) -> String {
        if !backgrounds.contains(slot) { backgrounds.append(slot) }
        return "b\(slot)"
    }

    /// The style sheet: fonts, then each class used.
    var css: String {
        var css = "text{font-family:\(SVGTheme.fontFamily);font-size:\(SVGTheme.fontSize)px;white-space:pre}"
        css += ".n{fill:none}"  // the text layer of line characters, which strokes draw
        css += "path{fill:none;stroke-width:1;stroke-linecap:square}"
        css += ".bg{fill:\(SVGTheme.background)}"
        for (index, look) in texts.enumerated() {
            css += ".t\(index){fill:\(SVGTheme.color(look.slot))"
            if look.bold { css += ";font-weight:bold" }
            if look.dim { css += ";fill-opacity:\(SVGTheme.dimOpacity)" }
            if look.underline { css += ";text-decoration:underline" }
            css += "}"
        }
        for (index, look) in lines.enumerated() {
            css += ".l\(index){stroke:\(SVGTheme.color(look.slot))"
            if look.dim { css += ";stroke-opacity:\(SVGTheme.dimOpacity)" }
            css += "}"
        }
        for slot in backgrounds.sorted() {
            css += ".b\(slot){fill:\(SVGTheme.color(slot))}"
        }
        return css
    }
}
