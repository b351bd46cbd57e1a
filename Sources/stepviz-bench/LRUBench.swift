import StepvizCore

/// `lru.zipf.observer-off`: get-then-put-on-miss over a Zipf(1) request
/// stream, against a Dictionary + class-node linked list LRU. ns per request;
/// also the hit ratio (the same for both: both are exact LRUs).
enum LRUBench {
    static func rows(_ config: BenchConfig, requests: [Int]) -> [BenchRow] {
        let capacity = config.lruCapacity
        var hitRatio = 0.0
        let result = SideBySide.run(
            rounds: config.rounds,
            ours: {
                let (ns, hits) = ours(requests, capacity: capacity)
                hitRatio = Double(hits) / Double(requests.count)
                return ns
            },
            baseline: {
                let (ns, hits) = linkedList(requests, capacity: capacity)
                precondition(
                    Double(hits) / Double(requests.count) == hitRatio,
                    "the two LRUs disagree on the hits: one of them is not an LRU")
                return ns
            })
        // The floor: one Dictionary lookup per request on the same keys, in
        // a dictionary of the `capacity` hottest keys (Zipf: keys 0..<capacity,
        // about the cache's contents and its hit ratio).
        var table: [Int: Int] = [:]
        for key in 0..<capacity { table[key] = key &* 2 }
        let floor = SideBySide.runAlone(rounds: config.rounds) {
            var checksum = 0
            let elapsed = BenchClock.measure {
                for key in requests { if let value = table[key] { checksum &+= value } }
            }
            blackHole(checksum)
            return elapsed / Double(requests.count)
        }
        return [
            BenchRow(
                name: "lru.zipf.observer-off", sideBySide: result,
                baselineName: "Dictionary + class-node list LRU",
                extras: [
                    ("hit_ratio", hitRatio), ("floor_ns_per_op", floor),
                    ("ours_over_floor", result.ours / floor),
                ])
        ]
    }

    static func requests(_ config: BenchConfig) -> [Int] {
        ZipfRequests.make(count: config.lruRequests, keyCount: config.lruKeys, seed: 0x4C52_55)
    }

    /// ns per request and the number of hits: get, then put on a miss.
    /// Generic, so each cache runs its own specialized code.
    static func run<Cache: GetOrPutCache>(_ cache: inout Cache, _ requests: [Int]) -> (Double, Int) {
        var checksum = 0
        let elapsed = BenchClock.measure {
            for key in requests {
                if let value = cache.get(key) {
                    checksum &+= value
                } else {
                    cache.put(key, key &* 2)
                }
            }
        }
        blackHole(checksum)
        return (elapsed / Double(requests.count), cache.hits)
    }

    static func ours(_ requests: [Int], capacity: Int) -> (Double, Int) {
        var cache = LRUCache<Int, Int>(capacity: capacity)
        return run(&cache, requests)
    }

    static func linkedList(_ requests: [Int], capacity: Int) -> (Double, Int) {
        var cache = LinkedListLRU<Int, Int>(capacity: capacity)
        return run(&cache, requests)
    }
}
