import StepvizCore
import StepvizTestSupport
import Testing

@Suite("WaitForGraph")
struct WaitForGraphTests {
    typealias Edge = WaitForGraph.Edge

    @Test("A chain is not a cycle; closing it reports every edge from the new one")
    func chainThenCycle() {
        var graph = WaitForGraph()
        #expect(graph.addWait(Edge(waiter: 1, lock: "a", holder: 2)) == nil)
        #expect(graph.addWait(Edge(waiter: 2, lock: "b", holder: 3)) == nil)
        let cycle = graph.addWait(Edge(waiter: 3, lock: "c", holder: 1))
        #expect(
            cycle == [Edge(waiter: 3, lock: "c", holder: 1), Edge(waiter: 1, lock: "a", holder: 2), Edge(waiter: 2, lock: "b", holder: 3)])
        #expect(
            cycle?.map(\.description) == [
                "thread 3 waits for lock c; blocked by thread 1",
                "thread 1 waits for lock a; blocked by thread 2",
                "thread 2 waits for lock b; blocked by thread 3",
            ])
        graph.removeWait(of: 3)
        #expect(graph.edges.map(\.waiter) == [1, 2])
    }

    @Test("Waiting for oneself is a cycle of one edge")
    func selfEdge() {
        var graph = WaitForGraph()
        #expect(graph.addWait(Edge(waiter: 4, lock: "x", holder: 4)) == [Edge(waiter: 4, lock: "x", holder: 4)])
    }

    @Test("A cycle elsewhere does not pass through an unrelated waiter")
    func cycleNotThrough() {
        var graph = WaitForGraph()
        graph.addWait(Edge(waiter: 1, lock: "a", holder: 2))
        graph.addWait(Edge(waiter: 5, lock: "e", holder: 1))
        #expect(graph.cycle(through: 5) == nil)
        #expect(graph.cycle(through: 9) == nil)
    }

    @Test("Against brute force: random edge sets, cycle found exactly when one exists", arguments: UInt64(1)...40)
    func randomGraphs(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        var graph = WaitForGraph()
        var holderOf: [Int: Int] = [:]  // the model: waiter → holder
        for _ in 0..<60 {
            let waiter = Int.random(in: 1...8, using: &random)
            if Bool.random(using: &random) {
                graph.removeWait(of: waiter)
                holderOf[waiter] = nil
                continue
            }
            let holder = Int.random(in: 1...8, using: &random)
            // Brute force: follow holders from `holder`; a cycle if we reach `waiter`.
            var seen: Set<Int> = []
            var current = holder
            var closes = current == waiter
            while !closes, let next = holderOf[current], seen.insert(current).inserted {
                current = next
                closes = current == waiter
            }
            let cycle = graph.addWait(Edge(waiter: waiter, lock: "l\(holder)", holder: holder))
            #expect((cycle != nil) == closes, "seed \(seed)")
            if let cycle {
                #expect(cycle.first?.waiter == waiter && cycle.last?.holder == waiter)
                for (edge, next) in zip(cycle, cycle.dropFirst()) { #expect(edge.holder == next.waiter) }
                graph.removeWait(of: waiter)  // the victim backs off
                holderOf[waiter] = nil
            } else {
                holderOf[waiter] = holder
            }
            #expect(graph.edges.count == holderOf.count)
        }
    }
}
