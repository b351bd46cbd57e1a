/// The styles of every role a panel draws. Every highlight carries an
/// attribute as well as a colour, so it stays visible with NO_COLOR or on a
/// monochrome terminal: there the screen's view drops the colours only
/// (``Canvas/withoutColor``), so the frame that reaches the terminal and a
/// recording is the same monochrome value. Block
/// highlights use reverse video of a foreground colour, which reads the same
/// with and without colour.
public enum Theme {
    public static let title = Style(foreground: .cyan, bold: true, reverse: true)
    public static let border = Style(foreground: .blue)
    public static let label = Style(foreground: .cyan, bold: true)
    public static let dim = Style(dim: true)
    public static let value = Style.plain
    /// The two elements being compared.
    public static let compared = Style(foreground: .yellow, bold: true, reverse: true)
    /// The element being sifted (held), wherever it is drawn, and where it lands.
    public static let held = Style(foreground: .magenta, bold: true, underline: true)
    /// An element travelling in a move, and its destination.
    public static let moving = Style(foreground: .green, reverse: true, underline: true)
    /// The hole left in the array while sifting.
    public static let hole = Style(foreground: .magenta, dim: true)
    /// A value returned by the operation.
    public static let result = Style(foreground: .green, bold: true)
    public static let error = Style(foreground: .red, bold: true, reverse: true)
    /// The pseudocode line that is running.
    public static let currentLine = Style(foreground: .cyan, reverse: true)
    public static let keyHint = Style(foreground: .cyan, bold: true)
}
