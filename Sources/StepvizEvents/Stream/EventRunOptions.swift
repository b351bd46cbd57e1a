/// What a panel's run is made of: the operations (or the seeded demo), the
/// seed, and the values of the ``PanelOption``s given. Each panel reads the
/// options its catalog entry lists, through accessors declared beside the
/// code that reads them (`options.maxlen`), and rejects values it cannot
/// use; ``rejectUnused(except:panel:)`` refuses the rest by name.
///
///     var options = EventRunOptions(ops: "append 1; pop", seed: 7)
///     options.maxlen = 3                      // DequeOptions' accessor
///     try options.rejectUnused(except: [.ops, .maxlen], panel: "deque")
public struct EventRunOptions: Sendable, Equatable {
    /// `--ops`: the `;`-separated operations, or nil for the panel's demo.
    public var ops: String? {
        get { text(.ops) }
        set { set(.ops, newValue.map(PanelOptionValue.text)) }
    }
    /// `--seed`: fixes every random choice (demo values, thread schedules).
    public var seed: UInt64
    /// The options given, in the order they were given.
    public private(set) var given: [PanelOption] = []
    private var values: [String: PanelOptionValue] = [:]

    public init(ops: String? = nil, seed: UInt64 = 1) {
        self.seed = seed
        self.ops = ops
    }

    /// The value `option` was given, nil when it was not.
    public subscript(option: PanelOption) -> PanelOptionValue? { values[option.name] }

    /// Gives `option` its value (nil takes it back). A flag's value is
    /// ``PanelOptionValue/flag`` when set.
    public mutating func set(_ option: PanelOption, _ value: PanelOptionValue?) {
        given.removeAll { $0 == option }
        values[option.name] = value
        if value != nil { given.append(option) }
    }

    /// These options with `option` set to `value`, for building them in one expression.
    public func with(_ option: PanelOption, _ value: PanelOptionValue?) -> EventRunOptions {
        var copy = self
        copy.set(option, value)
        return copy
    }

    /// These options with one of the panels' accessors set, for building
    /// them in one expression: `EventRunOptions(seed: 3).with(\.scene, "naive")`.
    public func with<Value>(_ property: WritableKeyPath<EventRunOptions, Value>, _ value: Value) -> EventRunOptions {
        var copy = self
        copy[keyPath: property] = value
        return copy
    }

    /// An `.integer` option's value.
    public func integer(_ option: PanelOption) -> Int? {
        if case .integer(let value)? = self[option] { return value }
        return nil
    }

    /// A `.text` option's value.
    public func text(_ option: PanelOption) -> String? {
        if case .text(let value)? = self[option] { return value }
        return nil
    }

    /// Whether a `.flag` option was given.
    public func flag(_ option: PanelOption) -> Bool { self[option] == .flag }

    /// An `.idList` option's value.
    public func idList(_ option: PanelOption) -> [Int]? {
        if case .idList(let value)? = self[option] { return value }
        return nil
    }

    /// Sets a flag on (`true`) or takes it back.
    public mutating func setFlag(_ option: PanelOption, _ on: Bool) { set(option, on ? .flag : nil) }

    /// Throws, naming it, for the first option given that `panel` does not
    /// take, so a mistyped command is an error instead of silently ignored.
    ///
    ///     try options.rejectUnused(except: [.ops, .maxlen], panel: "deque")
    public func rejectUnused(except taken: Set<PanelOption>, panel: String) throws(OperationParseError) {
        if let option = given.first(where: { !taken.contains($0) }) {
            throw OperationParseError("--\(option.name) is not an option of the \(panel) panel")
        }
    }

    public static func == (lhs: EventRunOptions, rhs: EventRunOptions) -> Bool {
        lhs.seed == rhs.seed && lhs.values == rhs.values
    }
}
