extension String {
    /// The text cut to `width` columns, ending in the ellipsis when cut
    /// (or just cut, when the ellipsis alone would not fit): how a panel
    /// fits a value into its cell.
    ///
    /// - Complexity: O(*width*)
    func cut(toWidth width: Int, glyphs: Glyphs) -> String {
        guard count > width else { return self }
        guard width > glyphs.ellipsis.count else { return String(prefix(width)) }
        return String(prefix(width - glyphs.ellipsis.count)) + glyphs.ellipsis
    }
}
