import StepvizCore

/// A client's request in the heap's requests scene, pushed as the tuple
/// `(priority, arrival, name)`: the lowest priority leaves first, and the
/// arrival counter breaks ties — the `heapq` documentation's advice — so
/// equal priorities leave in arrival order and names are never compared.
///
///     HeapRequest(priority: 2, arrival: 0, name: "write").value    // (2, 0, 'write')
///     HeapRequest(.tuple([1, 3, "read"]))?.name                    // "read"
public struct HeapRequest: Equatable, Sendable {
    /// The tuple's fields, as the panel names them.
    public static let fields = ["priority", "arrival", "name"]

    /// How urgent: smaller is served first.
    public var priority: Int64
    /// The counter at arrival: the tie-breaker.
    public var arrival: Int64
    /// The client's name.
    public var name: String

    /// A request from its three fields.
    public init(priority: Int64, arrival: Int64, name: String) {
        self.priority = priority
        self.arrival = arrival
        self.name = name
    }

    /// The request a value spells, when it is `(int, int, str)`; nil otherwise.
    public init?(_ value: PythonValue) {
        guard case .tuple(let parts) = value, parts.count == 3, case .int(let priority) = parts[0],
            case .int(let arrival) = parts[1], case .str(let name) = parts[2]
        else { return nil }
        self.init(priority: priority, arrival: arrival, name: name)
    }

    /// The tuple pushed onto the heap.
    public var value: PythonValue { .tuple([.int(priority), .int(arrival), .str(name)]) }
}
