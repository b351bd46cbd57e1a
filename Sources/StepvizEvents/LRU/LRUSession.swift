import StepvizCore

/// Runs LRU operations on a real ``LRUCache`` and keeps every step it
/// reported, framed per operation: `begin`, the library's events, then
/// `result` for a hit, then `state` (after every operation).
///
///     let session = LRUSession(capacity: 2)
///     session.apply(.put(key: 1, value: 10))
///     session.apply(.get(key: 1))
///     session.cache.hits    // 1
///
/// - Complexity: O(events) memory; each operation costs the library's own
///   O(1) plus O(1) per event and O(capacity) for its `state`.
public final class LRUSession: OperationSession {
    public static let panel = "lru"
    /// The capacity when `--capacity` is not given.
    public static let defaultCapacity = 4

    /// The real cache the operations ran on.
    public private(set) var cache: LRUCache<PythonValue, PythonValue>
    /// Every step so far, `seq` counting from 0.
    public var steps: History<Step<LRUStepEvent>> { log.steps }
    private var log = StepLog<LRUStepEvent>()
    /// The operations applied so far; a step's `op` indexes this.
    public private(set) var operations = History<LRUOperation>()

    public let setup: LRUSetup

    /// `capacity` must not be negative (``LRUSetup/init(options:)`` checks it).
    public init(setup: LRUSetup) {
        self.setup = setup
        cache = LRUCache(capacity: setup.capacity)
    }

    public convenience init(capacity: Int = LRUSession.defaultCapacity) {
        self.init(setup: LRUSetup(capacity: capacity))
    }

    /// Runs `operation` on the cache and records its steps.
    public func apply(_ operation: LRUOperation) {
        let op = operations.endIndex
        operations.append(operation)
        log.record(.begin(operation), op: op)

        var events: [LRUEvent<PythonValue, PythonValue>] = []
        cache.observer = { events.append($0) }
        defer { cache.observer = nil }
        var result: PythonValue?
        switch operation {
        case .put(let key, let value):
            cache.put(key, value)
        case .get(let key):
            result = cache.get(key)
        }
        for event in events { log.record(.lru(event), op: op) }
        if let result { log.record(.result(result), op: op) }
        log.record(.state(LRUSnapshot(cache)), op: op)
    }

    public func copy() -> Self {
        let copy = Self(setup: setup)
        copy.cache = cache
        copy.log = log
        copy.operations = operations
        return copy
    }

    public func forget(before position: Int) { log.forget(before: position, operations: &operations) }
}
