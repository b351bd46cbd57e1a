import StepvizCore

/// A step of an LRU run as the event stream and the panel see it: the
/// library's own ``LRUEvent``s framed by the operation that caused them, the
/// value a hit returned, and the whole cache after it.
public enum LRUStepEvent: Equatable, Sendable {
    /// An operation starts.
    case begin(LRUOperation)
    /// A step the library took.
    case lru(LRUEvent<PythonValue, PythonValue>)
    /// The value a `get` hit returned (a miss has no result; it is not an error).
    case result(PythonValue)
    /// The cache after the operation.
    case state(LRUSnapshot)
}

extension LRUStepEvent: StepEventEncodable {
    /// The event's name in the stream, from the one vocabulary ``LRUStepKind``.
    public var type: String { kind.rawValue }

    /// Which kind of line this event is; ``LRUStepEvent/decode(type:fields:after:)`` reads the same names.
    public var kind: LRUStepKind {
        switch self {
        case .begin: .begin
        case .result: .result
        case .state: .state
        case .lru(let event):
            switch event {
            case .lookup: .lookup
            case .hit: .hit
            case .miss: .miss
            case .moveToMostRecent: .moveToMostRecent
            case .insert: .insert
            case .update: .update
            case .evict: .evict
            }
        }
    }

    public func encodeFields(into object: inout JSONObjectWriter) {
        switch self {
        case .begin(let operation): object.field("operation", operation.description)
        case .result(let value): object.field("value", value)
        case .state(let snapshot):
            var entries: [UInt8] = [UInt8(ascii: "[")]
            for (index, entry) in snapshot.entries.enumerated() {
                if index > 0 { entries.append(UInt8(ascii: ",")) }
                JSONObjectWriter.appendValues([entry.key, entry.value], to: &entries)
            }
            entries.append(UInt8(ascii: "]"))
            object.rawField("entries", entries)
            object.field("hits", snapshot.hits)
            object.field("misses", snapshot.misses)
            object.field("evictions", snapshot.evictions)
            object.field("capacity", snapshot.capacity)
            object.field("repr", snapshot.repr)
        case .lru(let event):
            switch event {
            case .lookup(let key), .miss(let key), .moveToMostRecent(let key):
                object.field("key", key)
            case .hit(let key, let value), .insert(let key, let value), .evict(let key, let value):
                object.field("key", key)
                object.field("value", value)
            case .update(let key, let old, let new):
                object.field("key", key)
                object.field("old", old)
                object.field("value", new)
            }
        }
    }
}
