extension String {
    /// This text in rows of at most `width` characters, broken at spaces;
    /// each row after the first is indented two spaces (a report's
    /// sentences, too long for one row). A word longer than a row stays
    /// whole (the canvas cuts it).
    ///
    ///     "thread 1 waits on condition c".wrapped(toWidth: 16)
    ///     // ["thread 1 waits", "  on condition c"]
    func wrapped(toWidth width: Int) -> [String] {
        guard width > 0 else { return [] }
        var rows: [String] = []
        var current = ""
        for word in split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                rows.append(current)
                current = "  " + word
            }
        }
        if !current.isEmpty { rows.append(current) }
        return rows
    }
}
