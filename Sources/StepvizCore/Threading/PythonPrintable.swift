/// A value a shared deque or variable holds, printed as Python prints it
/// (`True`, `3`, `'a'`), which is how events and snapshots show it.
///
///     true.pythonRepr    // "True"
public protocol PythonPrintable: Sendable {
    /// `repr(value)` in Python.
    var pythonRepr: String { get }
}

extension Int: PythonPrintable {
    public var pythonRepr: String { String(self) }
}

extension Bool: PythonPrintable {
    public var pythonRepr: String { self ? "True" : "False" }
}

extension String: PythonPrintable {
    /// Python's `repr` of a str: single quotes unless it holds a `'` and
    /// no `"`; backslashes, the quote and `\n \r \t` escaped.
    public var pythonRepr: String {
        let quote: Character = contains("'") && !contains("\"") ? "\"" : "'"
        var text = String(quote)
        for character in self {
            switch character {
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case quote: text += "\\" + String(quote)
            default: text.append(character)
            }
        }
        text.append(quote)
        return text
    }
}
