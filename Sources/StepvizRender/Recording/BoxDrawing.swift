/// Which of a line-drawing character's four arms (from the cell's centre to
/// an edge) are drawn. The SVG writer strokes these instead of relying on a
/// font's glyph, whose width and height rarely fill the cell exactly.
struct BoxDrawing: OptionSet, Hashable {
    let rawValue: UInt8
    static let left = BoxDrawing(rawValue: 1)
    static let right = BoxDrawing(rawValue: 2)
    static let up = BoxDrawing(rawValue: 4)
    static let down = BoxDrawing(rawValue: 8)

    /// The arms of `character`, or nil when it is not a solid line character
    /// (dashed and diagonal ones stay glyphs). Heavy, double and rounded
    /// lines are drawn as light ones: the shape matters, not the weight.
    ///
    /// - Complexity: O(1).
    static func arms(_ character: Character) -> BoxDrawing? {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
            (0x2500...0x257F).contains(scalar.value)
        else { return nil }
        return table[scalar.value]
    }

    private static let table: [UInt32: BoxDrawing] = {
        let h: BoxDrawing = [.left, .right]
        let v: BoxDrawing = [.up, .down]
        let shapes: [(String, BoxDrawing)] = [
            ("─━═", h), ("│┃║", v),
            ("┌┍┎┏╒╓╔╭", [.right, .down]), ("┐┑┒┓╕╖╗╮", [.left, .down]),
            ("└┕┖┗╘╙╚╰", [.right, .up]), ("┘┙┚┛╛╜╝╯", [.left, .up]),
            ("├┝┞┟┠┡┢┣╞╟╠", v.union(.right)), ("┤┥┦┧┨┩┪┫╡╢╣", v.union(.left)),
            ("┬┭┮┯┰┱┲┳╤╥╦", h.union(.down)), ("┴┵┶┷┸┹┺┻╧╨╩", h.union(.up)),
            ("┼┽┾┿╀╁╂╃╄╅╆╇╈╉╊╋╪╫╬", h.union(v)),
            ("╴╸", .left), ("╶╺", .right), ("╵╹", .up), ("╷╻", .down),
            ("╼╾", h), ("╽╿", v),
        ]
        var table: [UInt32: BoxDrawing] = [:]
        for (characters, arms) in shapes {
            for scalar in characters.unicodeScalars { table[scalar.value] = arms }
        }
        return table
    }()
}
