/// A recursive-descent reader of Python literals over the text's Unicode
/// scalars (``PythonValue/init(literal:)`` documents the grammar). Every
/// error names the text it stopped at.
internal struct _PythonLiteralParser {
    private let scalars: [Unicode.Scalar]
    private var position = 0

    init(_ text: some StringProtocol) {
        // Python reads source with universal newlines: `\r\n` and a lone `\r`
        // are `\n` before it tokenizes, so a triple-quoted string typed with
        // CRLF holds `\n`, and a backslash before CRLF continues the line.
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.unicodeScalars.count)
        var afterCarriageReturn = false
        for scalar in text.unicodeScalars {
            if !(scalar == "\n" && afterCarriageReturn) { scalars.append(scalar == "\r" ? "\n" : scalar) }
            afterCarriageReturn = scalar == "\r"
        }
        self.scalars = scalars
    }

    var isAtEnd: Bool { position >= scalars.count }

    var isAtSpace: Bool { !isAtEnd && Self.isSpace(scalars[position]) }

    /// Python's own whitespace between tokens (no Unicode spaces).
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}"
    }

    mutating func skipSpace() {
        while isAtSpace { position += 1 }
    }

    private func text(_ range: Range<Int>) -> String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[range.clamped(to: 0..<scalars.count)])
        return String(result)
    }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        position + offset < scalars.count ? scalars[position + offset] : nil
    }

    /// The error for whatever stands at the current position: the word
    /// there, up to the next space.
    func unexpected() -> PythonLiteralError {
        guard let first = peek() else { return PythonLiteralError("unexpected end", text(0..<scalars.count)) }
        if first == ")" || first == "]" || first == "}" {
            return PythonLiteralError("unmatched '\(first)'", text(position..<wordEnd(from: position)))
        }
        return PythonLiteralError("not a value", text(position..<wordEnd(from: position)))
    }

    private func wordEnd(from start: Int) -> Int {
        var end = start + 1
        while end < scalars.count, !Self.isSpace(scalars[end]) { end += 1 }
        return end
    }

    // MARK: Values

    mutating func value() throws(PythonLiteralError) -> PythonValue {
        guard let first = peek() else { throw PythonLiteralError("expected a value", text(0..<scalars.count)) }
        switch first {
        case "(": return try tuple()
        case "'", "\"": return .str(try string(raw: false, start: position))
        case "+", "-": return try signedNumber()
        case "0"..."9", ".": return try number(start: position, negative: false)
        default:
            if first == "_" || first.properties.isAlphabetic { return try name() }
            throw unexpected()
        }
    }

    private mutating func tuple() throws(PythonLiteralError) -> PythonValue {
        let start = position
        position += 1
        func unclosed() -> PythonLiteralError { PythonLiteralError("unclosed '('", text(start..<scalars.count)) }
        skipSpace()
        guard let next = peek() else { throw unclosed() }
        if next == ")" {
            position += 1
            return .tuple([])
        }
        let first = try value()
        skipSpace()
        guard let afterFirst = peek() else { throw unclosed() }
        if afterFirst == ")" {
            // Parentheses without a comma only group: (1) is 1.
            position += 1
            return first
        }
        guard afterFirst == "," else { throw expectedCommaOrClose(start) }
        position += 1
        var items = [first]
        while true {
            skipSpace()
            guard let next = peek() else { throw unclosed() }
            if next == ")" { break }
            items.append(try value())
            skipSpace()
            guard let separator = peek() else { throw unclosed() }
            if separator == ")" { break }
            guard separator == "," else { throw expectedCommaOrClose(start) }
            position += 1
        }
        position += 1
        return .tuple(items)
    }

    private func expectedCommaOrClose(_ tupleStart: Int) -> PythonLiteralError {
        PythonLiteralError("expected ',' or ')' in tuple", text(tupleStart..<wordEnd(from: position)))
    }

    private mutating func name() throws(PythonLiteralError) -> PythonValue {
        let start = position
        while let scalar = peek(), scalar == "_" || scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
            position += 1
        }
        let word = text(start..<position)
        if let quote = peek(), quote == "'" || quote == "\"" {
            switch word.lowercased() {
            case "r": return .str(try string(raw: true, start: start))
            case "u": return .str(try string(raw: false, start: start))
            case "b", "br", "rb":
                throw PythonLiteralError("bytes are not supported", text(start..<wordEnd(from: start)))
            case "f", "fr", "rf":
                throw PythonLiteralError("f-strings are not supported", text(start..<wordEnd(from: start)))
            default: break
            }
        }
        switch word {
        case "None": return .none
        case "True": return .bool(true)
        case "False": return .bool(false)
        default: throw PythonLiteralError("not a value", text(start..<wordEnd(from: start)))
        }
    }

    // MARK: Numbers

    private mutating func signedNumber() throws(PythonLiteralError) -> PythonValue {
        let start = position
        let negative = scalars[position] == "-"
        position += 1
        skipSpace()
        guard let next = peek(), ("0"..."9").contains(next) || next == "." else {
            throw PythonLiteralError("a sign must be followed by a number", text(start..<wordEnd(from: start)))
        }
        return try number(start: start, negative: negative)
    }

    /// The number token at the current position; `start` is where its
    /// sign, if any, began (for the error text).
    private mutating func number(start: Int, negative: Bool) throws(PythonLiteralError) -> PythonValue {
        let tokenStart = position
        var previous: Unicode.Scalar = " "
        while let scalar = peek() {
            let isWordScalar = scalar == "_" || scalar == "." || scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
            let isExponentSign =
                (scalar == "+" || scalar == "-") && (previous == "e" || previous == "E")
                && !(text(tokenStart..<position).lowercased().hasPrefix("0x"))
            guard isWordScalar || isExponentSign else { break }
            previous = scalar
            position += 1
        }
        let token = text(tokenStart..<position).lowercased()
        let whole = text(start..<position)
        func invalid() -> PythonLiteralError { PythonLiteralError("not a number", whole) }
        if token.hasSuffix("j") { throw PythonLiteralError("complex numbers are not supported", whole) }

        let magnitude: UInt64
        if token.count > 2, token.hasPrefix("0"), let radix = ["x": 16, "o": 8, "b": 2][token.dropFirst().prefix(1)] {
            let body = token.dropFirst(2)
            let digits = body.hasPrefix("_") ? body.dropFirst() : body
            guard Self.isDigitPart(digits, radix: radix) else { throw invalid() }
            guard let value = UInt64(digits.filter { $0 != "_" }, radix: radix) else {
                throw PythonLiteralError("integer out of the 64-bit range", whole)
            }
            magnitude = value
        } else if token.contains(".") || token.contains("e") {
            guard Self.isFloat(token), let value = Double(token.filter { $0 != "_" }) else { throw invalid() }
            return .float(negative ? -value : value)
        } else {
            guard Self.isDigitPart(Substring(token), radix: 10) else { throw invalid() }
            guard let value = UInt64(token.filter { $0 != "_" }) else {
                throw PythonLiteralError("integer out of the 64-bit range", whole)
            }
            magnitude = value
        }
        if negative {
            guard magnitude <= UInt64(Int64.max) + 1 else { throw PythonLiteralError("integer out of the 64-bit range", whole) }
            return .int(Int64(bitPattern: 0 &- magnitude))
        }
        guard magnitude <= UInt64(Int64.max) else { throw PythonLiteralError("integer out of the 64-bit range", whole) }
        return .int(Int64(magnitude))
    }

    /// Python's `digitpart`: digits with single underscores between them.
    private static func isDigitPart(_ text: Substring, radix: Int) -> Bool {
        guard let first = text.first, first != "_", text.last != "_" else { return false }
        var previousWasUnderscore = false
        for character in text {
            if character == "_" {
                if previousWasUnderscore { return false }
                previousWasUnderscore = true
                continue
            }
            guard let digit = character.hexDigitValue, digit < radix else { return false }
            previousWasUnderscore = false
        }
        return true
    }

    /// Python's `floatnumber`: `[digitpart] "." [digitpart] [exponent]`
    /// with a digit somewhere before the exponent, or `digitpart exponent`.
    private static func isFloat(_ token: String) -> Bool {
        var mantissa = Substring(token)
        if let e = token.firstIndex(of: "e") {
            mantissa = token[..<e]
            var exponent = token[token.index(after: e)...]
            if exponent.first == "+" || exponent.first == "-" { exponent = exponent.dropFirst() }
            guard isDigitPart(exponent, radix: 10) else { return false }
        }
        if let point = mantissa.firstIndex(of: ".") {
            let whole = mantissa[..<point]
            let fraction = mantissa[mantissa.index(after: point)...]
            guard !(whole.isEmpty && fraction.isEmpty) else { return false }
            return (whole.isEmpty || isDigitPart(whole, radix: 10)) && (fraction.isEmpty || isDigitPart(fraction, radix: 10))
        }
        return isDigitPart(mantissa, radix: 10)
    }

    // MARK: Strings

    /// The string literal whose quote is at the current position; `start`
    /// is where its prefix, if any, began.
    private mutating func string(raw: Bool, start: Int) throws(PythonLiteralError) -> String {
        let quote = scalars[position]
        let isTriple = peek(1) == quote && peek(2) == quote
        position += isTriple ? 3 : 1
        var result = String.UnicodeScalarView()
        func unterminated() -> PythonLiteralError { PythonLiteralError("unterminated string", text(start..<scalars.count)) }
        while true {
            guard let scalar = peek() else { throw unterminated() }
            if scalar == quote {
                if !isTriple {
                    position += 1
                    return String(result)
                }
                if peek(1) == quote && peek(2) == quote {
                    position += 3
                    return String(result)
                }
            }
            if scalar == "\n" && !isTriple { throw unterminated() }
            if scalar != "\\" {
                result.append(scalar)
                position += 1
                continue
            }
            guard let escaped = peek(1) else { throw unterminated() }
            if raw {
                // A raw string keeps the backslash; it only stops the next
                // character from closing the string.
                result.append(scalar)
                result.append(escaped)
                position += 2
                continue
            }
            try escape(escaped, into: &result, literalStart: start)
        }
    }

    /// Reads the escape whose backslash is at the current position.
    private mutating func escape(
        _ escaped: Unicode.Scalar, into result: inout String.UnicodeScalarView, literalStart: Int
    ) throws(PythonLiteralError) {
        let backslash = position
        position += 2
        let simple: [Unicode.Scalar: Unicode.Scalar] = [
            "\\": "\\", "'": "'", "\"": "\"", "a": "\u{07}", "b": "\u{08}", "f": "\u{0C}",
            "n": "\n", "r": "\r", "t": "\t", "v": "\u{0B}",
        ]
        if let replacement = simple[escaped] {
            result.append(replacement)
            return
        }
        switch escaped {
        case "\n":
            return  // a line continuation inside the string
        case "0"..."7":
            var value = escaped.value - 48
            var digits = 1
            while digits < 3, let next = peek(), ("0"..."7").contains(next) {
                value = value * 8 + next.value - 48
                position += 1
                digits += 1
            }
            result.append(Unicode.Scalar(value)!)
        case "x", "u", "U":
            let width = escaped == "x" ? 2 : escaped == "u" ? 4 : 8
            var value: UInt32 = 0
            for _ in 0..<width {
                guard let next = peek(), let digit = Character(next).hexDigitValue else {
                    throw PythonLiteralError("truncated \\\(escaped) escape in string", text(literalStart..<wordEnd(from: backslash)))
                }
                value = value * 16 + UInt32(digit)
                position += 1
            }
            if (0xD800...0xDFFF).contains(value) {
                throw PythonLiteralError("a lone surrogate cannot be held in a string", text(backslash..<position))
            }
            guard let scalar = Unicode.Scalar(value) else {
                throw PythonLiteralError("illegal Unicode character in string", text(backslash..<position))
            }
            result.append(scalar)
        case "N":
            throw PythonLiteralError("named escapes are not supported", text(literalStart..<wordEnd(from: backslash)))
        default:
            throw PythonLiteralError("unknown escape \\\(escaped) in string", text(literalStart..<wordEnd(from: backslash)))
        }
    }
}
