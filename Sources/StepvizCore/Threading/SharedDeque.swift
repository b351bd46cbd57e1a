/// A `collections.deque` the threads of a ``GatedThreadingRun`` share: the
/// library's own ``BlockDeque``, each `append` and `popleft` one step. A
/// deque is not thread-safe — this one is used under a lock, and the
/// steps make each change visible; `popLeft()` on an empty deque raises
/// `IndexError: pop from an empty deque` as CPython's does.
///
///     let items = SharedDeque<Int>("items", in: run)
///     try items.append(1)
///     try items.popLeft()    // 1
///
/// - Complexity: O(1) per change besides the step; O(*k*) to describe
///   *k* items in the event.
public final class SharedDeque<Element: PythonPrintable>: @unchecked Sendable {
    // @unchecked: `_storage` is changed only inside a step, under the run's mutex.
    /// Its name on screen and in the events.
    public let name: String
    /// The run whose threads share it.
    public let run: GatedThreadingRun
    private let _index: Int
    private var _storage: BlockDeque<Element>

    /// A deque named `name` (distinct among the run's deques) holding `elements`.
    ///
    /// - Complexity: O(*k*)
    public init(_ name: String, _ elements: [Element] = [], in run: GatedThreadingRun) {
        self.name = name
        self.run = run
        _storage = BlockDeque(elements)
        _index = run._addDeque(name: name, items: elements.map(\.pythonRepr))
    }

    /// `len(d)` (not a step).
    ///
    /// - Complexity: O(1)
    public var count: Int { run._read { _storage.count } }

    /// The items, left to right (not a step).
    ///
    /// - Complexity: O(*k*)
    public var items: [Element] { run._read { Array(_storage) } }

    /// `d.append(item)`: one step.
    ///
    /// - Complexity: one step.
    public func append(_ item: Element) throws {
        try run._change { thread throws(PythonError) in
            _storage.append(item)
            let items = _describe()
            return ((), [.appended(thread: thread, deque: name, item: item.pythonRepr, items: items)])
        }
    }

    /// `d.popleft()`: one step; raises `IndexError: pop from an empty deque`.
    ///
    /// - Complexity: one step.
    public func popLeft() throws -> Element {
        try run._change { thread throws(PythonError) in
            guard let item = _storage.popLeft() else { throw PythonError("IndexError", "pop from an empty deque") }
            let items = _describe()
            return (item, [.poppedLeft(thread: thread, deque: name, item: item.pythonRepr, items: items)])
        }
    }

    private func _describe() -> [String] {
        let items = _storage.map(\.pythonRepr)
        run._setDeque(_index, items: items)
        return items
    }
}
