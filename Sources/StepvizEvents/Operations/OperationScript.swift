import StepvizCore

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
        let pieces =
            Operation.takesPythonLiterals
            ? pieces(ofLiterals: text) : text.split(separator: ";", omittingEmptySubsequences: false)
        for piece in pieces {
            let words = piece.split(whereSeparator: \.isWhitespace)
            guard !words.isEmpty else { continue }
            operations.append(try Operation(words: words, text: piece.trimmed))
        }
        return operations
    }

    /// Splits at every `;` outside a Python string literal, so that
    /// `push 'a;b'; pop` is two operations. A string runs to its closing
    /// quote (`'`, `"`, or the triple forms); a backslash in it takes the
    /// next character with it, as Python's tokenizer does (raw strings too).
    /// An unterminated string runs to the end, and its operation's parse
    /// names it.
    static func pieces(ofLiterals text: String) -> [Substring] {
        // Over Unicode scalars, as the literal parser reads: a quote followed
        // by a combining mark is still a quote.
        let scalars = text.unicodeScalars
        var pieces: [Substring] = []
        var start = scalars.startIndex
        var index = scalars.startIndex
        var quote: (scalar: Unicode.Scalar, triple: Bool)?
        func isTriple(_ scalar: Unicode.Scalar, at position: String.Index) -> Bool {
            let next = scalars[position...].prefix(3)
            return next.count == 3 && next.allSatisfy { $0 == scalar }
        }
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if let open = quote {
                if scalar == "\\" {
                    index = scalars.index(after: index)
                    if index < scalars.endIndex { index = scalars.index(after: index) }
                    continue
                }
                if scalar == open.scalar && (!open.triple || isTriple(scalar, at: index)) {
                    index = scalars.index(index, offsetBy: open.triple ? 3 : 1)
                    quote = nil
                    continue
                }
            } else if scalar == "'" || scalar == "\"" {
                let triple = isTriple(scalar, at: index)
                quote = (scalar, triple)
                index = scalars.index(index, offsetBy: triple ? 3 : 1)
                continue
            } else if scalar == ";" {
                pieces.append(text[start..<index])
                start = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        pieces.append(text[start...])
        return pieces
    }

    /// The arguments of an operation as Python literals: the text after
    /// its word, read by ``PythonValue/literals(in:)``. `count` (nil for
    /// any number) is checked against `usage`. A literal that cannot be
    /// read is named with what is wrong with it.
    public static func values(
        _ words: [Substring], text: Substring, count: Int?, usage: String
    ) throws(OperationParseError) -> [PythonValue] {
        // Any blank after the word separates it (a no-break space too, as
        // for every operation); the literals themselves use Python's.
        let arguments = text.dropFirst(words[0].count).drop(while: \.isWhitespace)
        let values: [PythonValue]
        do {
            values = try PythonValue.literals(in: arguments)
        } catch {
            throw OperationParseError("\(error.problem) in '\(text)': \(error.text)")
        }
        if let count, values.count != count { throw .wrongArgumentCount(text, usage: usage) }
        return values
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
