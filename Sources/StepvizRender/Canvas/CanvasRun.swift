/// A stretch of changed cells on one row that share a style: what one
/// backend call draws (set the style, write the characters).
package struct CanvasRun: Hashable, Sendable {
    package var x: Int
    package var y: Int
    package var style: Style
    package var characters: [Character]

    package init(x: Int, y: Int, style: Style, characters: [Character]) {
        self.x = x
        self.y = y
        self.style = style
        self.characters = characters
    }
}
