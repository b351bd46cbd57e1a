/// The look of every SVG stepviz writes, in one place: a dark terminal
/// palette for the eight ANSI colours and the default foreground and
/// background, the font stack and the cell grid.
///
/// Cells are 9 × 18 px with a 15 px font: DejaVu Sans Mono's advance at 15 px
/// is 9.03 px, so text barely stretches; every run still carries its exact
/// width (`textLength`) so another font on the reader's machine keeps the
/// grid. Line-drawing characters are drawn as strokes, not glyphs, so boxes
/// join whatever the font.
public enum SVGTheme {
    /// The default background (the terminal's), and what reverse video of
    /// an uncoloured cell uses as its foreground.
    public static let background = "#1e2127"
    /// The default foreground.
    public static let foreground = "#d7dae0"
    /// black, red, green, yellow, blue, magenta, cyan, white: a One Dark–like
    /// palette, readable on `background` and, reversed, as a background.
    public static let ansi = ["#3f4451", "#e06c75", "#98c379", "#e5c07b", "#61afef", "#c678dd", "#56b6c2", "#e6e6e6"]

    /// A README cannot load fonts, so this is a stack of what readers have.
    public static let fontFamily = #"ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,"Liberation Mono",monospace"#
    public static let fontSize = 15
    public static let cellWidth = 9
    public static let cellHeight = 18
    /// The text baseline from the top of a row.
    public static let baseline = 14
    /// The margin around the screen, in px.
    public static let padding = 8
    /// Dim cells (SGR 2) are drawn at this opacity.
    public static let dimOpacity = ".55"

    /// Palette slots: 0–7 the ANSI colours, then the defaults.
    static let defaultForeground = 8
    static let defaultBackground = 9

    static func color(_ slot: Int) -> String {
        slot == defaultForeground ? foreground : slot == defaultBackground ? background : ansi[slot]
    }

    /// The palette slot a cell's glyphs are drawn in: reverse video swaps the
    /// two colours, each defaulting to the terminal's.
    static func foregroundSlot(_ style: Style) -> Int {
        style.reverse
            ? style.background.map { Int($0.rawValue) } ?? defaultBackground
            : style.foreground.map { Int($0.rawValue) } ?? defaultForeground
    }

    /// The palette slot behind a cell.
    static func backgroundSlot(_ style: Style) -> Int {
        style.reverse
            ? style.foreground.map { Int($0.rawValue) } ?? defaultForeground
            : style.background.map { Int($0.rawValue) } ?? defaultBackground
    }
}
