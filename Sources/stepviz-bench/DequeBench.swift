import DequeModule
import StepvizCore

/// `deque.fifo`, `deque.fifo-left` and `deque.mix` (observer off): end
/// operations on a deque held near a steady size, against swift-collections'
/// `Deque` (a ring buffer). ns per end operation.
enum DequeBench {
    static let baselineName = "swift-collections Deque"

    static func rows(_ config: BenchConfig) -> [BenchRow] {
        let steady = config.dequeSteadySize
        let operations = config.dequeOperations
        let mix = RandomInputs.dequeMix(operations)
        return [
            BenchRow(
                name: "deque.fifo.observer-off",
                sideBySide: SideBySide.run(
                    rounds: config.rounds,
                    ours: { oursFIFO(steady: steady, operations: operations) },
                    baseline: { baselineFIFO(steady: steady, operations: operations) }),
                baselineName: baselineName),
            BenchRow(
                name: "deque.fifo-left.observer-off",
                sideBySide: SideBySide.run(
                    rounds: config.rounds,
                    ours: { oursFIFOLeft(steady: steady, operations: operations) },
                    baseline: { baselineFIFOLeft(steady: steady, operations: operations) }),
                baselineName: baselineName),
            BenchRow(
                name: "deque.mix.observer-off",
                sideBySide: SideBySide.run(
                    rounds: config.rounds,
                    ours: { oursMix(steady: steady, mix) },
                    baseline: { baselineMix(steady: steady, mix) }),
                baselineName: baselineName),
        ]
    }

    // Each side is written out by hand, as a user would call it: one body
    // generic over a protocol of the four end operations measured our mix
    // 10% slower (9.1 -> 10.1 ns) while the baseline did not move, so
    // sharing the body would have measured the wrapper, not the deque.

    // MARK: BlockDeque

    static func oursFIFO(steady: Int, operations: Int) -> Double {
        var deque = BlockDeque(0..<steady)
        var checksum = 0
        let elapsed = BenchClock.measure {
            for value in 0..<operations / 2 {
                deque.append(value)
                checksum &+= deque.popLeft()!
            }
        }
        blackHole(checksum &+ deque.count)
        return elapsed / Double(operations / 2 * 2)
    }

    static func oursFIFOLeft(steady: Int, operations: Int) -> Double {
        var deque = BlockDeque(0..<steady)
        var checksum = 0
        let elapsed = BenchClock.measure {
            for value in 0..<operations / 2 {
                deque.appendLeft(value)
                checksum &+= deque.pop()!
            }
        }
        blackHole(checksum &+ deque.count)
        return elapsed / Double(operations / 2 * 2)
    }

    static func oursMix(steady: Int, _ mix: [UInt8]) -> Double {
        var deque = BlockDeque(0..<steady)
        var checksum = 0
        let elapsed = BenchClock.measure {
            for (value, operation) in mix.enumerated() {
                switch operation {
                case 0: deque.append(value)
                case 1: deque.appendLeft(value)
                case 2: checksum &+= deque.pop() ?? 0
                default: checksum &+= deque.popLeft() ?? 0
                }
            }
        }
        blackHole(checksum &+ deque.count)
        return elapsed / Double(mix.count)
    }

    // MARK: swift-collections Deque

    static func baselineFIFO(steady: Int, operations: Int) -> Double {
        var deque = Deque(0..<steady)
        var checksum = 0
        let elapsed = BenchClock.measure {
            for value in 0..<operations / 2 {
                deque.append(value)
                checksum &+= deque.popFirst()!
            }
        }
        blackHole(checksum &+ deque.count)
        return elapsed / Double(operations / 2 * 2)
    }

    static func baselineFIFOLeft(steady: Int, operations: Int) -> Double {
        var deque = Deque(0..<steady)
        var checksum = 0
        let elapsed = BenchClock.measure {
            for value in 0..<operations / 2 {
                deque.prepend(value)
                checksum &+= deque.popLast()!
            }
        }
        blackHole(checksum &+ deque.count)
        return elapsed / Double(operations / 2 * 2)
    }

    static func baselineMix(steady: Int, _ mix: [UInt8]) -> Double {
        var deque = Deque(0..<steady)
        var checksum = 0
        let elapsed = BenchClock.measure {
            for (value, operation) in mix.enumerated() {
                switch operation {
                case 0: deque.append(value)
                case 1: deque.prepend(value)
                case 2: checksum &+= deque.popLast() ?? 0
                default: checksum &+= deque.popFirst() ?? 0
                }
            }
        }
        blackHole(checksum &+ deque.count)
        return elapsed / Double(mix.count)
    }
}
