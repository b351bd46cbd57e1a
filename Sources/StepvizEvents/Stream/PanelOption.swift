/// An option that only some panels take on the command line (`--maxlen 3`),
/// declared once, next to the panel code that reads it, and listed in that
/// panel's catalog entry: the command line parses it, `--help` lists it
/// under the panel, and every other panel refuses it by name.
///
///     extension PanelOption {
///         static let maxlen = PanelOption("maxlen", .integer, valueName: "n", help: "bounded length")
///     }
///     let options = EventRunOptions(ops: "append 1").with(.maxlen, .integer(3))
///
/// Two panels may share a name (`--scene`) with help of their own; they
/// must agree on its kind, which the catalog checks.
public struct PanelOption: Hashable, Sendable {
    /// What follows the option's name on the command line.
    public enum Kind: String, Hashable, Sendable {
        /// Nothing: given or not (`--ordered`).
        case flag
        /// A 64-bit integer, negative ones included, so the panel's own
        /// range check names them (`--maxlen -2`).
        case integer
        /// Any text (`--scene naive`).
        case text
        /// Comma-separated ids of at least 1 (`--schedule 1,2,2,1`).
        case idList
    }

    /// The name after `--`.
    public let name: String
    public let kind: Kind
    /// The value's placeholder in the help (`n`, `name`, `list`).
    public let valueName: String
    /// One line for `--help`, as this panel reads the option.
    public let help: String

    public init(_ name: String, _ kind: Kind, valueName: String? = nil, help: String) {
        self.name = name
        self.kind = kind
        self.valueName = valueName ?? name
        self.help = help
    }

    /// The same option is the same name: help differs per panel.
    public static func == (lhs: PanelOption, rhs: PanelOption) -> Bool { lhs.name == rhs.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }

    /// `--ops`: the operations every operation panel and the scheduler read.
    public static let ops = PanelOption("ops", .text, valueName: "ops", help: "operations, ';'-separated (default: the panel's demo)")

    /// How it reads in a usage line: `--maxlen <n>`, `--ordered`.
    public var usage: String {
        kind == .flag ? "--\(name)" : "--\(name) <\(valueName)>"
    }
}
