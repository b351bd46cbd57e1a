/// Sizes and rounds for a run. The row names stay the same in `--quick`
/// (CI's smoke run, which must finish in seconds even in a debug build with
/// the library's O(n) invariant checks on every mutation); only the
/// workload shrinks.
struct BenchConfig {
    var isQuick: Bool
    /// Timed rounds per side.
    var rounds: Int
    /// Heap sizes for the `heap.n1e3`, `n1e5`, `n1e6` rows.
    var heapSizes: [(label: String, count: Int)]
    /// The size the observer rows use (the `heap.n1e5` rows).
    var observerHeapSize: Int
    /// Deque: steady size, and end operations per measurement.
    var dequeSteadySize: Int
    var dequeOperations: Int
    /// LRU: capacity, key universe and requests.
    var lruCapacity: Int
    var lruKeys: Int
    var lruRequests: Int
    /// events.jsonl: heap operations in the long run that is written.
    var jsonlOperations: Int
    /// render.heap.200x60: frames rendered per measurement.
    var renderFrames: Int
    /// record.heap: demo operations recorded.
    var recordOperations: Int
    /// Operations each timed heap measurement does at least (a small heap
    /// repeats its workload), so one measurement lasts milliseconds.
    var minimumMeasurementOps: Int
    /// scheduler.tasks.turn: coroutines, and yields each makes.
    var schedulerCoroutines: Int
    var schedulerCount: Int
    /// scheduler.actors.message: the n of `send counter n`.
    var actorMessages: Int
    /// locks: pairs taken per uncontended measurement, per thread contended,
    /// and seeds of each gated scene.
    var lockIterations: Int
    var contendedIterations: Int
    var gatedSeeds: Int
    /// eventloop: callbacks in one call_soon chain, and echo round trips per
    /// measurement.
    var callSoonChain: Int
    var echoRoundTrips: Int

    static let full = BenchConfig(
        isQuick: false, rounds: 7,
        heapSizes: [("n1e3", 1_000), ("n1e5", 100_000), ("n1e6", 1_000_000)],
        observerHeapSize: 100_000,
        dequeSteadySize: 1_000, dequeOperations: 10_000_000,
        lruCapacity: 1_000, lruKeys: 100_000, lruRequests: 1_000_000,
        jsonlOperations: 20_000, renderFrames: 200, recordOperations: 12,
        minimumMeasurementOps: 2_000_000,
        schedulerCoroutines: 50, schedulerCount: 2_000, actorMessages: 100_000,
        lockIterations: 1_000_000, contendedIterations: 100_000, gatedSeeds: 20,
        callSoonChain: 200_000, echoRoundTrips: 20_000)

    static let quick = BenchConfig(
        isQuick: true, rounds: 2,
        heapSizes: [("n1e3", 100), ("n1e5", 200), ("n1e6", 300)],
        observerHeapSize: 200,
        dequeSteadySize: 50, dequeOperations: 2_000,
        lruCapacity: 50, lruKeys: 1_000, lruRequests: 2_000,
        jsonlOperations: 200, renderFrames: 3, recordOperations: 2,
        minimumMeasurementOps: 1,
        schedulerCoroutines: 3, schedulerCount: 5, actorMessages: 5,
        lockIterations: 100, contendedIterations: 100, gatedSeeds: 1,
        callSoonChain: 50, echoRoundTrips: 20)
}
