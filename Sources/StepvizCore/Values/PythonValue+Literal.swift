extension PythonValue {
    /// Parses one Python literal, as typed in `--ops` or at the `:` prompt.
    ///
    ///     try PythonValue(literal: #"(2, "write")"#)    // (2, 'write')
    ///     try PythonValue(literal: "-0.0")              // -0.0
    ///     try PythonValue(literal: "(1,)")              // a tuple; "(1)" is the int 1
    ///     try PythonValue(literal: "'it\\'s'")          // "it's"
    ///
    /// Accepted: integers (decimal, with `_` between digits, or `0x` / `0o`
    /// / `0b`; a sign; 64-bit only: a larger one, which Python would take,
    /// is an error naming it; leading zeros, which Python refuses, are taken
    /// as stepviz's integers always were), floats (`1.5`, `.5`, `5.`, `1e3`,
    /// `-0.0`; `1e999` is `inf` as in Python), strings in `'`, `"`, `'''` or
    /// `"""`, with an optional `r` or `u` prefix and Python's escapes,
    /// `None`, `True`, `False`, and tuples of these, nested, with
    /// parentheses grouping as in Python. Line breaks are read as Python
    /// reads source: `\r\n` and `\r` are `\n`, inside strings too.
    ///
    /// Refused with a one-line ``PythonLiteralError`` naming the text:
    /// anything else, an unterminated string or tuple, a stray bracket, an
    /// integer out of range, an unknown escape (Python warns and keeps the
    /// backslash; here it is bad input), `\N{...}` named escapes, lone
    /// surrogates, bytes, f-strings, complex numbers and lists.
    ///
    /// - Complexity: O(*n*) in the length of the text.
    public init(literal text: some StringProtocol) throws(PythonLiteralError) {
        var parser = _PythonLiteralParser(text)
        parser.skipSpace()
        guard !parser.isAtEnd else { throw PythonLiteralError("expected a value", text) }
        let value = try parser.value()
        parser.skipSpace()
        guard parser.isAtEnd else { throw parser.unexpected() }
        self = value
    }

    /// Parses literals separated by whitespace, as the arguments of an
    /// operation: `1 'a b' (2, 3)` is three values.
    ///
    ///     try PythonValue.literals(in: #"'alice' (3, 4.5)"#)   // ['alice', (3, 4.5)]
    ///
    /// - Complexity: O(*n*) in the length of the text.
    public static func literals(in text: some StringProtocol) throws(PythonLiteralError) -> [PythonValue] {
        var parser = _PythonLiteralParser(text)
        var values: [PythonValue] = []
        parser.skipSpace()
        while !parser.isAtEnd {
            values.append(try parser.value())
            guard parser.isAtEnd || parser.isAtSpace else { throw parser.unexpected() }
            parser.skipSpace()
        }
        return values
    }
}
