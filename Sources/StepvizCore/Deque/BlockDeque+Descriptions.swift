extension BlockDeque: CustomStringConvertible {
    /// As Python prints it: `deque([1, 2, 3])`, or `deque([1, 2], maxlen=3)`.
    public var description: String {
        let items = "[" + map { "\($0)" }.joined(separator: ", ") + "]"
        if let maxlen { return "deque(\(items), maxlen=\(maxlen))" }
        return "deque(\(items))"
    }
}
