/// How a cell is drawn: optional colours and attributes. Highlights always
/// carry an attribute too, so they stay visible without colour.
public struct Style: Hashable, Sendable {
    public var foreground: Color?
    public var background: Color?
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool
    public var dim: Bool

    public init(
        foreground: Color? = nil, background: Color? = nil, bold: Bool = false,
        reverse: Bool = false, underline: Bool = false, dim: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    public static let plain = Style()

    /// The same attributes with the colours removed (NO_COLOR, monochrome).
    public var withoutColor: Style {
        Style(bold: bold, reverse: reverse, underline: underline, dim: dim)
    }
}
