import StepvizTestSupport
import Testing

@testable import StepvizCore

#if DEBUG  // `_checkInvariants()` is compiled in with STEPVIZ_INTERNAL_CHECKS, i.e. in debug builds only.
/// The LRU invariant checks stop the process when the map and the recency
/// list disagree (corrupted on purpose in a child process).
@Suite("LRUCache invariant checks")
struct LRUInvariantTests {
    @Test("A map entry pointing at the wrong node traps at the next mutation")
    func wrongMapEntryTraps() async {
        await #expect(processExitsWith: .failure) {
            var cache = LRUCache<Int, Int>(capacity: 3)
            cache.put(1, 10)
            cache.put(2, 20)
            cache._nodeIndex[1] = cache._nodeIndex[2]
            cache.put(3, 30)
        }
    }

    @Test("A node whose back link is wrong traps at the next mutation")
    func brokenBackLinkTraps() async {
        await #expect(processExitsWith: .failure) {
            var cache = LRUCache<Int, Int>(capacity: 3)
            cache.put(1, 10)
            cache.put(2, 20)
            cache._nodes[cache._leastRecent].previous = cache._mostRecent
            cache.put(3, 30)
        }
    }

    @Test("An uncorrupted cache passes the same checks through thousands of requests")
    func uncorruptedCachePasses() async {
        await #expect(processExitsWith: .success) {
            var cache = LRUCache<Int, Int>(capacity: 5)
            for request in 0..<5000 {
                let key = (request &* 7919) % 13
                if cache.get(key) == nil { cache.put(key, request) }
                if request % 5 == 0 { cache.put(key, -request) }
            }
        }
    }
}
#endif
