/// The characters used for lines, arrows and marks: Unicode box drawing on a
/// UTF-8 terminal, plain ASCII elsewhere.
public struct Glyphs: Hashable, Sendable {
    public var horizontal: Character
    public var vertical: Character
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
    public var bottomRight: Character
    /// A parent's link to both children: `┴` (drawn under the parent).
    public var teeUp: Character
    public var arrow: String
    public var operationMark: String
    public var hole: Character
    public var playing: String
    public var paused: String
    public var ellipsis: String

    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        teeUp: "┴", arrow: "→", operationMark: "▸", hole: "·", playing: "▶", paused: "❚❚", ellipsis: "…")

    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        teeUp: "+", arrow: "->", operationMark: ">", hole: ".", playing: ">", paused: "||", ellipsis: "...")

    public static func forDisplay(_ capabilities: DisplayCapabilities) -> Glyphs {
        capabilities.unicode ? .unicode : .ascii
    }
}
