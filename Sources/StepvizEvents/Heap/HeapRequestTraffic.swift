import StepvizCore

/// The requests scene's seeded traffic, as heap operations: a server starts
/// with a backlog (`heapify`), then each tick clients may send requests
/// (`push (priority, arrival, name)`) and, whenever the server is free and
/// requests wait, it takes the most urgent one (`pop`) and is busy for a
/// few ticks. The queue stays at seven requests or fewer, so the tree of
/// tuples fits an 80-column terminal.
///
///     var random = SeededGenerator(seed: 2)
///     var traffic = HeapRequestTraffic()
///     traffic.next(using: &random)    // .heapify([(2, 0, 'ann'), ...])
///
/// - Complexity: O(1) per operation.
public struct HeapRequestTraffic: Sendable {
    /// The most requests waiting at once.
    public static let queueLimit = 7
    static let names = ["ann", "bob", "cy", "dee", "eve", "fay", "gus", "hal", "ivy", "jo", "kai", "lee"]

    private var arrivals: Int64 = 0
    private var waiting = 0
    private var busyTicks = 0
    private var pending: [HeapOperation] = []
    private var started = false

    /// Traffic that has not started: its first operation is the backlog.
    public init() {}

    /// The next operation of the traffic (never ends).
    public mutating func next(using random: inout SeededGenerator) -> HeapOperation {
        if !started {
            started = true
            let backlog = Int.random(in: 3...4, using: &random)
            waiting = backlog
            return .heapify((0..<backlog).map { _ in request(using: &random) })
        }
        while pending.isEmpty { tick(using: &random) }
        return pending.removeFirst()
    }

    /// One tick of the clock: the clients' sends, then the server if it is free.
    private mutating func tick(using random: inout SeededGenerator) {
        let roll = Int.random(in: 0..<20, using: &random)
        let sends = roll < 8 ? 0 : roll < 17 ? 1 : 2
        for _ in 0..<sends where waiting < Self.queueLimit {
            waiting += 1
            pending.append(.push(request(using: &random)))
        }
        if busyTicks > 0 { busyTicks -= 1 }
        if busyTicks == 0, waiting > 0 {
            waiting -= 1
            busyTicks = Int.random(in: 1...3, using: &random)
            pending.append(.pop)
        }
    }

    /// A new client's request: priorities 1 to 3, so ties (decided by
    /// arrival) are common; names in turn, so the few waiting are told apart.
    private mutating func request(using random: inout SeededGenerator) -> PythonValue {
        defer { arrivals += 1 }
        let name = Self.names[Int(arrivals % Int64(Self.names.count))]
        return HeapRequest(priority: Int64.random(in: 1...3, using: &random), arrival: arrivals, name: name).value
    }
}
