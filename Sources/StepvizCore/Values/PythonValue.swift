/// A value as a Python program puts it in a heap, a deque or a cache: an
/// `int`, a `float`, a `str`, `None`, a `bool`, or a `tuple` of these,
/// nested, with Python's equality, ordering and `repr`.
///
///     let task: PythonValue = .tuple([.int(2), .str("write")])
///     task.repr                                          // (2, 'write')
///     try task.isLess(than: .tuple([.int(2), .str("x")])) // true
///     try PythonValue.str("a").isLess(than: .int(1))
///     // throws: '<' not supported between instances of 'str' and 'int'
///     PythonValue.int(1) == .float(1.0)                   // true: one dict key
///
/// Equality and hashing are those of Python's dict keys: numbers of any of
/// `int`, `float` and `bool` are equal when their values are (`1 == 1.0 ==
/// True`), compared exactly (`2**53 + 1 != float(2**53 + 1)`), and a value of
/// another kind is never equal to them (`(1,) != 1`, `'1' != 1`). A float NaN
/// is unequal to everything, itself included, as distinct `float('nan')`
/// objects are in Python (this type has no object identity to fall back on).
/// Strings are compared by code point, never by Unicode canonical
/// equivalence as Swift's `String` compares them: `"é"` precomposed and
/// `"e\u{301}"` are different keys, as in Python.
///
/// Ordering (``isLess(than:)``) throws ``PythonTypeError`` with CPython's
/// message where Python's `<` raises `TypeError`.
///
/// Limits: an `int` is 64-bit (`Int64`), where Python's are unbounded; the
/// literal parser (``init(literal:)``) rejects larger ones. A `str` holds
/// Unicode scalars only: Python's lone surrogates (`'\ud800'`) cannot be
/// held, and the parser rejects them.
///
/// - Complexity: Equality, hashing and ordering are O(*n*) in the size of
///   the values (code points of a string, elements of a tuple, recursively);
///   O(1) for numbers and `None`.
@frozen
public enum PythonValue: Sendable {
    /// Python's `int`, limited to 64 bits.
    case int(Int64)
    /// Python's `float` (an IEEE 754 double, as CPython's).
    case float(Double)
    /// Python's `str`.
    case str(String)
    /// Python's `None`.
    case none
    /// Python's `bool` (`True`, `False`): a number equal to 1 or 0.
    case bool(Bool)
    /// Python's `tuple`, of any values, nested.
    case tuple([PythonValue])

    /// The name of the value's Python type, as `type(value).__name__` gives
    /// it: `int`, `float`, `str`, `NoneType`, `bool`, `tuple`.
    ///
    /// - Complexity: O(1)
    @inlinable
    public var typeName: String {
        switch self {
        case .int: "int"
        case .float: "float"
        case .str: "str"
        case .none: "NoneType"
        case .bool: "bool"
        case .tuple: "tuple"
        }
    }
}
