import HeapModule
import StepvizCore

/// `heap.nN.observer-off`: push N random Ints, then pop them all, against
/// swift-collections' `Heap` (a min-max heap, the heap a Swift user would
/// pick). ns per push or pop.
enum HeapBench {
    static func rows(_ config: BenchConfig) -> [BenchRow] {
        config.heapSizes.map { size in
            let input = RandomInputs.heapInput(size.count)
            let repetitions = repetitionsFor(size.count, config)
            let result = SideBySide.run(
                rounds: config.rounds,
                ours: { ours(input, repetitions: repetitions) },
                baseline: { swiftCollections(input, repetitions: repetitions) })
            return BenchRow(
                name: "heap.\(size.label).observer-off", sideBySide: result,
                baselineName: "swift-collections Heap")
        }
    }

    /// Small heaps repeat the workload so one measurement is long enough.
    static func repetitionsFor(_ count: Int, _ config: BenchConfig) -> Int {
        max(1, config.minimumMeasurementOps / (2 * count))
    }

    /// ns per op for BinaryHeap, observer off.
    static func ours(_ input: [Int], repetitions: Int) -> Double {
        var checksum = 0
        let elapsed = BenchClock.measure {
            for _ in 0..<repetitions {
                var heap = BinaryHeap<Int>()
                for value in input { heap.push(value) }
                while let value = heap.popMin() { checksum = checksum &* 31 &+ value }
            }
        }
        blackHole(checksum)
        return elapsed / Double(2 * input.count * repetitions)
    }

    static func swiftCollections(_ input: [Int], repetitions: Int) -> Double {
        var checksum = 0
        let elapsed = BenchClock.measure {
            for _ in 0..<repetitions {
                var heap = Heap<Int>()
                for value in input { heap.insert(value) }
                while let value = heap.popMin() { checksum = checksum &* 31 &+ value }
            }
        }
        blackHole(checksum)
        return elapsed / Double(2 * input.count * repetitions)
    }
}
