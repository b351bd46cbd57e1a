extension String {
    /// This text and spaces up to `width` characters (at least one space after it).
    func paddedColumn(_ width: Int) -> String {
        self + String(repeating: " ", count: Swift.max(1, width - count))
    }
}
