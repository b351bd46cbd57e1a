import StepvizCore

extension PythonValue {
    /// The widest cell a value gets in a panel: past this a repr is cut
    /// with the ellipsis, so one long string cannot push the structure
    /// off the screen.
    static let widestCell = 16

    /// The value's `repr` in at most `width` columns, cut with the ellipsis
    /// when longer (`'a long str…`), as panels draw a value in a cell.
    ///
    /// - Complexity: O(*n*) in the size of the value.
    func cell(width: Int, glyphs: Glyphs) -> String { repr.cut(toWidth: width, glyphs: glyphs) }

    /// The cell width that fits the widest of `values` (at least `minimum`),
    /// but no wider than ``widestCell`` and `limit`.
    ///
    /// - Complexity: O(*n*) in the size of the values.
    static func cellWidth(fitting values: some Sequence<PythonValue>, minimum: Int, limit: Int) -> Int {
        let widest = values.reduce(minimum) { Swift.max($0, $1.repr.count) }
        return Swift.max(minimum, Swift.min(widest, widestCell, limit))
    }
}
