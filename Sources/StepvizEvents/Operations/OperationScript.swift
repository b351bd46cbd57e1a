/// Splits and parses an operation list such as `"push 3; pop; push 7"`, the
/// syntax of `--ops` and of the `:` prompt.
///
///     let ops = try OperationScript.parse("push 3; pop", as: HeapOperation.self)
///
/// - Complexity: O(*n*) in the length of the text.
public enum OperationScript {
    /// Parses every `;`-separated operation; empty pieces (a trailing `;`)
    /// are skipped. Throws on the first malformed one, naming it.
    public static func parse<Operation: ParsableOperation>(
        _ text: String, as: Operation.Type = Operation.self
    ) throws(OperationParseError) -> [Operation] {
        var operations: [Operation] = []
        for piece in text.split(separator: ";", omittingEmptySubsequences: false) {
            let words = piece.split(whereSeparator: \.isWhitespace)
            guard !words.isEmpty else { continue }
            operations.append(try Operation(words: words, text: piece.trimmed))
        }
        return operations
    }

    /// Parses each word as an integer, naming the first one that is not.
    public static func integers(
        _ words: ArraySlice<Substring>, in operation: Substring
    ) throws(OperationParseError) -> [Int] {
        var values: [Int] = []
        for word in words {
            guard let value = Int(word) else { throw .notAnInteger(word, in: operation) }
            values.append(value)
        }
        return values
    }

    /// Exactly `count` integer arguments after the operation word.
    public static func integers(
        _ words: [Substring], count: Int, text: Substring, usage: String
    ) throws(OperationParseError) -> [Int] {
        guard words.count == count + 1 else { throw .wrongArgumentCount(text, usage: usage) }
        return try integers(words.dropFirst(), in: text)
    }

    /// `seed N` at a scene's prompt: N from 0 to `UInt64.max`.
    public static func seed(_ words: [Substring], text: Substring) throws(OperationParseError) -> UInt64 {
        guard words.count == 2, let value = UInt64(words[1]) else {
            throw OperationParseError("'\(text)' needs a seed from 0 to \(UInt64.max) (usage: seed N)")
        }
        return value
    }
}

extension Substring {
    var trimmed: Substring {
        var result = self
        while let first = result.first, first.isWhitespace { result.removeFirst() }
        while let last = result.last, last.isWhitespace { result.removeLast() }
        return result
    }
}
