import Foundation
import StepvizCore
import StepvizEvents
import StepvizRender
import StepvizTestSupport
import Testing

/// `stepviz events deque`: the JSON Lines stream a prepared run writes
/// through JSONLinesWriter to a real file descriptor, read back with
/// JSONSerialization as a consumer outside the project would.
@Suite("Deque event stream (JSON Lines)")
struct DequeEventStreamTests {
    static let scripts = [
        "extend 9 2 3; extend 7 8; extendleft 1 2; rotate 2; index -1; pop; popleft; popleft; pop",
        "extend 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17; rotate 5; rotate -13; index 9; index 2; clear; popleft",
        "appendleft 1; appendleft 2; appendleft 3; appendleft 4; appendleft 5; appendleft 6; appendleft 7; appendleft 8; appendleft 9; pop; rotate",
        "pop; index 0; append 5; index 3; index -2; rotate 1000000",
    ]

    @Test("Header, seq, op framing and a state after every operation", arguments: scripts)
    func framing(script: String) throws {
        for maxlen in [nil, 0, 3, 12] as [Int?] {
            let lines = try EventStreamCapture.lines(panel: "deque", EventRunOptions(ops: script).with(\.maxlen, maxlen))
            let operations = try OperationScript.parse(script, as: DequeOperation.self)
            try EventStreamCapture.checkContract(lines, panel: "deque", operationCount: operations.count)
            let begins = lines.dropFirst().filter { $0["type"] as? String == "begin" }
            #expect(begins.map { $0["operation"] as? String } == operations.map(\.description))
        }
    }

    @Test("The seeded demo stream is framed the same way, and the seed decides it", arguments: [UInt64(1), 2, 7, 42, 12345])
    func demoFraming(seed: UInt64) throws {
        let lines = try EventStreamCapture.lines(panel: "deque", EventRunOptions(seed: seed))
        try EventStreamCapture.checkContract(lines, panel: "deque", operationCount: DequeDemoScript.eventRunLength)
        #expect(
            try EventStreamCapture.bytes(panel: "deque", EventRunOptions(seed: seed))
                == EventStreamCapture.bytes(panel: "deque", EventRunOptions(seed: seed)))
        #expect(
            try EventStreamCapture.bytes(panel: "deque", EventRunOptions(seed: seed))
                != EventStreamCapture.bytes(panel: "deque", EventRunOptions(seed: seed + 1)))
    }

    @Test("state carries the items left to right and the block layout that holds them")
    func stateCarriesItemsAndLayout() throws {
        let lines = try EventStreamCapture.lines(panel: "deque", EventRunOptions(ops: Self.scripts[1]).with(\.maxlen, 15))
        let states = lines.filter { $0["type"] as? String == "state" }
        #expect(states.count == 7)
        for state in states {
            let items = try #require(state["items"] as? [Int])
            let blocks = try #require(state["blocks"] as? [[String: Any]])
            #expect(state["block_size"] as? Int == 8)
            #expect(state["maxlen"] as? Int == 15)
            let slots = try blocks.map { try #require($0["slots"] as? [Any]) }
            #expect(slots.allSatisfy { $0.count == 8 })
            #expect(slots.flatMap { $0.compactMap { $0 as? Int } } == items)
            let left = try #require(state["left_index"] as? Int)
            let right = try #require(state["right_index"] as? Int)
            if !items.isEmpty {
                #expect(slots.first?[left] as? Int == items.first)
                #expect(slots.last?[right] as? Int == items.last)
            }
        }
        #expect(states.first?["items"] as? [Int] == Array(3...17))
        #expect(states[1]["items"] as? [Int] == Array(13...17) + Array(3...12))
        let unbounded = try EventStreamCapture.lines(panel: "deque", EventRunOptions(ops: "append 1"))
        #expect(unbounded.last?["maxlen"] is NSNull)
    }

    @Test("Failed operations write error events with Python's messages, and the run goes on")
    func errorEventsAndTheRunGoesOn() throws {
        let lines = try EventStreamCapture.lines(
            panel: "deque", EventRunOptions(ops: "pop; popleft; index 0; append 5; index 1; index -1; popleft"))
        let summary = EventStreamCapture.outcomes(lines)
        #expect(
            summary == [
                "0 error pop from an empty deque", "0 state []",
                "1 error pop from an empty deque", "1 state []",
                "2 error deque index out of range", "2 state []",
                "3 state [5]",
                "4 error deque index out of range", "4 state [5]",
                "5 result 5", "5 state [5]",
                "6 result 5", "6 state []",
            ])
    }

    @Test("Every line carries the session's step: seq, op, type and its fields")
    func linesMatchTheSessionSteps() throws {
        for seed in UInt64(0)..<30 {
            var random = SeededGenerator(seed: seed)
            var operations: [DequeOperation] = []
            var size = 0
            let session = DequeSession(maxlen: seed % 2 == 0 ? nil : 10)
            for _ in 0..<30 {
                let operation = DequeReplayTests.randomOperation(size: size, using: &random)
                operations.append(operation)
                session.apply(operation)
                size = session.deque.count
            }
            let script = operations.map(\.description).joined(separator: "; ")
            let lines = try EventStreamCapture.lines(panel: "deque", EventRunOptions(ops: script).with(\.maxlen, seed % 2 == 0 ? nil : 10))
            #expect(lines.count == session.steps.count + 1)
            for (line, step) in zip(lines.dropFirst(), session.steps) {
                let context: Comment = "seed \(seed): \(line)"
                #expect(line["seq"] as? Int == step.seq && line["op"] as? Int == step.op, context)
                #expect(line["type"] as? String == step.event.type, context)
                switch step.event {
                case .deque(.slotWritten(let block, let slot, let value, let end)),
                    .deque(.slotCleared(let block, let slot, let value, let end)):
                    #expect(line["block"] as? Int == block && line["slot"] as? Int == slot, context)
                    #expect(Self.python(line["value"]) == value && line["end"] as? String == end.name, context)
                case .deque(.rotationStep(let value, let fromBlock, let fromSlot, let toBlock, let toSlot, let toward)):
                    #expect(Self.python(line["value"]) == value && line["toward"] as? String == toward.name, context)
                    #expect(line["from_block"] as? Int == fromBlock && line["from_slot"] as? Int == fromSlot, context)
                    #expect(line["to_block"] as? Int == toBlock && line["to_slot"] as? Int == toSlot, context)
                case .deque(.blockAllocated(let block, let end)), .deque(.blockFreed(let block, let end)):
                    #expect(line["block"] as? Int == block && line["end"] as? String == end.name, context)
                case .state(let layout, _):
                    #expect((line["items"] as? [Int])?.map { PythonValue.int(Int64($0)) } == layout.items, context)
                    #expect(line["left_index"] as? Int == layout.leftIndex, context)
                    #expect(line["right_index"] as? Int == layout.rightIndex, context)
                    let ids = (line["blocks"] as? [[String: Any]])?.map { $0["id"] as? Int }
                    #expect(ids == layout.blocks.map(\.id), context)
                case .result(let value):
                    #expect(Self.python(line["value"]) == value, context)
                case .error(let error):
                    #expect(line["message"] as? String == error.message && line["exception"] == nil, context)
                default:
                    break
                }
            }
        }
    }

    @Test("Malformed --ops and a negative --maxlen fail at prepare, naming the bad text")
    func malformedInputFailsAtPrepare() throws {
        #expect(throws: OperationParseError("not a value in 'append x': x")) {
            try PanelCatalog.standard.prepare(panel: "deque", options: EventRunOptions(ops: "pop; append x"))
        }
        #expect(throws: OperationParseError.wrongArgumentCount("popleft 3", usage: "popleft")) {
            try PanelCatalog.standard.prepare(panel: "deque", options: EventRunOptions(ops: "popleft 3"))
        }
        #expect(throws: OperationParseError.wrongArgumentCount("rotate 1 2", usage: "rotate N")) {
            try PanelCatalog.standard.prepare(panel: "deque", options: EventRunOptions(ops: "rotate 1 2"))
        }
        #expect(throws: OperationParseError.unknownOperation("push", expected: DequeOperation.words)) {
            try PanelCatalog.standard.prepare(panel: "deque", options: EventRunOptions(ops: "append 1; push 2"))
        }
        #expect(throws: OperationParseError("unterminated string in 'extend 1 'a': 'a")) {
            try PanelCatalog.standard.prepare(panel: "deque", options: EventRunOptions(ops: "extend 1 'a"))
        }
        do {
            _ = try PanelCatalog.standard.prepare(panel: "deque", options: EventRunOptions(ops: "append 1").with(\.maxlen, -2))
            Issue.record("a negative maxlen was accepted")
        } catch {
            #expect(error.message.contains("'-2'") && error.message.contains("maxlen must be non-negative"))
        }
    }

    @Test("Operations print as they are typed and parse back to themselves")
    func operationsRoundTrip() throws {
        let text = "append -3; appendleft 4; pop; popleft; extend 1 2 3; extendleft; rotate -7; clear; index -1"
        let operations = try OperationScript.parse(text, as: DequeOperation.self)
        #expect(
            operations == [
                .append(-3), .appendLeft(4), .pop, .popLeft, .extend([1, 2, 3]), .extendLeft([]),
                .rotate(-7), .clear, .index(-1),
            ])
        #expect(operations.map(\.description).joined(separator: "; ") == text)
        #expect(try OperationScript.parse("rotate", as: DequeOperation.self) == [.rotate(1)])
    }

    /// An integer of a line read by JSONSerialization, as the session's value.
    static func python(_ field: Any?) -> PythonValue? { (field as? Int).map { .int(Int64($0)) } }
}
