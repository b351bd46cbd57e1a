/// A variable the threads of a ``GatedThreadingRun`` share under a lock
/// (`ready`, a semaphore's `_value`, a queue's `unfinished_tasks`): every
/// assignment is a step, seen in events and snapshots, so a screen and an
/// exploration see the whole state. Reading is not a step (the reader
/// holds the lock that guards it).
///
///     let ready = SharedVariable("ready", false, in: run)
///     try ready.set(true)    // event: assigned ready = True
///
/// - Complexity: O(1) to read; one step to assign.
public final class SharedVariable<Value: PythonPrintable>: @unchecked Sendable {
    // @unchecked: `_value` is written only inside a step, under the run's mutex.
    /// Its name on screen and in the events.
    public let name: String
    /// The run whose threads share it.
    public let run: GatedThreadingRun
    private let _index: Int
    private var _value: Value

    /// A variable named `name` (distinct among the run's variables) holding `value`.
    ///
    /// - Complexity: O(*v*)
    public init(_ name: String, _ value: Value, in run: GatedThreadingRun) {
        self.name = name
        self.run = run
        _value = value
        _index = run._addVariable(name: name, value: value.pythonRepr)
    }

    /// The value now.
    ///
    /// - Complexity: O(1)
    public var value: Value { run._read { _value } }

    /// Assigns `value` (one step).
    ///
    /// - Complexity: one step.
    public func set(_ value: Value) throws {
        try run._change { thread throws(PythonError) in
            _value = value
            run._setVariable(_index, value: value.pythonRepr)
            return ((), [.assigned(thread: thread, variable: name, value: value.pythonRepr)])
        }
    }
}
