/// Where every benchmark sends a checksum of its results, so the optimizer
/// cannot prove the measured work unused and delete it. The store goes to a
/// global through a function that is never inlined, which the optimizer must
/// assume is observed. Single-threaded: the benchmark never runs in parallel.
nonisolated(unsafe) private var blackHoleStorage: Int = 0

@inline(never)
func blackHole(_ value: Int) {
    blackHoleStorage &+= value
}

/// The accumulated checksum (printed at the end, so it is observably used).
var blackHoleChecksum: Int { blackHoleStorage }
