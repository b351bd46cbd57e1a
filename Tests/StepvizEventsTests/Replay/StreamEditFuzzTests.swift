import Foundation
import StepvizCore
import StepvizEvents
import Testing

/// Whatever is edited, reading a stream either succeeds or throws a
/// ``StreamReadError``: a replay's precondition is never reached (a trap
/// would end this test process). Each case changes integers of one random
/// line of a fixture to small values, the edits most likely to name a
/// missing slot, block, key, lock or thread.
@Suite("An edited stream is read or rejected, never a crash")
struct StreamEditFuzzTests {
    static func readOrReject<Event: StepEventDecodable>(_ bytes: [UInt8], as: Event.Type) -> Bool {
        SavedStreamCheck.error(bytes, as: Event.self) == nil
    }

    @Test("1500 random integer edits across the fixtures")
    func integerEdits() throws {
        let files = ["heap.jsonl", "deque.jsonl", "lru.jsonl", "locks.jsonl", "scheduler.jsonl", "scheduler-actors.jsonl"]
        var accepted = 0
        for seed in UInt64(0)..<1500 {
            var random = SeededGenerator(seed: seed)
            let file = files[Int(seed) % files.count]
            var lines = String(decoding: try StreamFixtureTests.fixture(file), as: UTF8.self).split(separator: "\n").map(String.init)
            let index = Int.random(in: 0..<lines.count, using: &random)
            // Every integer after a key or in an array, but seq, op and
            // version (checked first, they would hide the rest).
            lines[index] = lines[index].replacing(/("([a-z_]+)":|[\[,])(-?[0-9]+)/) { match in
                let prefix = String(match.output.1)
                let key = match.output.2.map(String.init)
                guard !["seq", "op", "version"].contains(key ?? ""), Int.random(in: 0..<3, using: &random) == 0 else {
                    return String(match.output.0)
                }
                return prefix + "\(Int.random(in: -2...12, using: &random))"
            }
            let bytes = SavedStreamCheck.stream(lines)
            let ok =
                switch file {
                case "heap.jsonl": Self.readOrReject(bytes, as: HeapStepEvent.self)
                case "deque.jsonl": Self.readOrReject(bytes, as: DequeStepEvent.self)
                case "lru.jsonl": Self.readOrReject(bytes, as: LRUStepEvent.self)
                case "locks.jsonl": Self.readOrReject(bytes, as: LocksStepEvent.self)
                default: Self.readOrReject(bytes, as: SchedulerStepEvent.self)
                }
            if ok { accepted += 1 }
        }
        // Many edits change nothing, or a value no check reads (a compared
        // value, an output text's task); the rest must be caught, not trapped.
        #expect(accepted < 1200, "\(accepted) of 1500 edited streams were accepted")
    }
}
