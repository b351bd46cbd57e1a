import StepvizCore

/// The LRU panel's library: a real ``LRUCache`` from Python's values to
/// Python's values, keys equal as a dict's are (`1`, `1.0` and `True` are
/// one key). A hit returns its value; nothing here raises.
///
///     var library = LRULibrary(setup: LRUSetup(capacity: 2))
///     var steps: [LRUStepEvent] = []
///     library.run(.put(key: 1, value: 10), steps: &steps)    // .success(nil)
///
/// - Complexity: O(1) per operation plus O(1) per event; the `state` event is O(capacity).
public struct LRULibrary: OperationLibrary {
    public static var panel: String { "lru" }

    /// The real cache.
    public private(set) var cache: LRUCache<PythonValue, PythonValue>

    /// An empty cache of the setup's capacity, which must not be negative
    /// (``LRUSetup/init(options:)`` checks it).
    public init(setup: LRUSetup) { cache = LRUCache(capacity: setup.capacity) }

    public mutating func run(_ operation: LRUOperation, steps: inout [LRUStepEvent]) -> Result<PythonValue?, Never> {
        var events: [LRUEvent<PythonValue, PythonValue>] = []
        cache.observer = { events.append($0) }
        defer { cache.observer = nil }
        var result: PythonValue?
        switch operation {
        case .put(let key, let value): cache.put(key, value)
        case .get(let key): result = cache.get(key)
        }
        steps += events.map(LRUStepEvent.lru)
        return .success(result)
    }

    public var stateEvent: LRUStepEvent { .state(LRUSnapshot(cache)) }
    public static func begin(_ operation: LRUOperation) -> LRUStepEvent { .begin(operation) }
    public static func result(_ value: PythonValue) -> LRUStepEvent { .result(value) }
    public static func error(_ never: Never) -> LRUStepEvent {}
}
