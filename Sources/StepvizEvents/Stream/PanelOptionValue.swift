/// The value a ``PanelOption`` was given, of the option's kind.
public enum PanelOptionValue: Hashable, Sendable {
    case flag
    case integer(Int)
    case text(String)
    case idList([Int])

    /// Reads `text` as a value of `kind`; throws naming the text (and, for a
    /// list, the step) when it is not one.
    ///
    ///     try PanelOptionValue(parsing: "1,2", as: .idList, option: "schedule")   // .idList([1, 2])
    public init(parsing text: String, as kind: PanelOption.Kind, option: String) throws(OperationParseError) {
        switch kind {
        case .flag:
            self = .flag
        case .integer:
            guard let value = Int(text) else {
                throw OperationParseError("--\(option) '\(text)' is not an integer")
            }
            self = .integer(value)
        case .text:
            self = .text(text)
        case .idList:
            let pieces = text.split(separator: ",", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: " \t") }
            var ids: [Int] = []
            for (index, piece) in pieces.enumerated() {
                guard let id = Int(piece), id >= 1 else {
                    throw OperationParseError(
                        "--\(option) '\(text)': step \(index + 1), '\(piece)', is not a thread id (a list such as 1,2,2,1)")
                }
                ids.append(id)
            }
            self = .idList(ids)
        }
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in blanks: String) -> String {
        String(drop(while: { blanks.contains($0) }).reversed().drop(while: { blanks.contains($0) }).reversed())
    }
}
