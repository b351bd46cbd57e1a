/// What the output can show, decided once by the backend (or pinned by
/// `record` and tests): colour, and Unicode line drawing.
public struct DisplayCapabilities: Hashable, Sendable {
    /// False with NO_COLOR set or on a monochrome terminal: every highlight
    /// is then carried by attributes alone.
    public var color: Bool
    /// False when the locale is not UTF-8: ASCII line drawing.
    public var unicode: Bool

    public init(color: Bool, unicode: Bool) {
        self.color = color
        self.unicode = unicode
    }

    public static let full = DisplayCapabilities(color: true, unicode: true)
}
