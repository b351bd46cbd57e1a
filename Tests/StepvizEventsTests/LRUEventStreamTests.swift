import Foundation
import StepvizCore
import StepvizEvents
import StepvizRender
import StepvizTestSupport
import Testing

/// `stepviz events lru`: the JSON Lines stream, read back with
/// JSONSerialization.
@Suite("LRU event stream (JSON Lines)")
struct LRUEventStreamTests {
    static func lines(_ options: EventRunOptions) throws -> [[String: Any]] {
        try EventStreamCapture.lines(panel: "lru", options)
    }

    /// REFERENCE.md's trace as get-or-put operations.
    static let referenceTrace = "get 1; put 1 1; get 2; put 2 2; get 1; get 3; put 3 3; get 2; put 2 2; get 1; put 1 1"

    @Test("Header, seq, op framing and a state after every operation")
    func framing() throws {
        for (script, capacity) in [(Self.referenceTrace, 2), ("put 1 1; put 1 2; get 1; get 9", 0), ("get 5", 3)] {
            let lines = try Self.lines(EventRunOptions(ops: script).with(\.capacity, capacity))
            let operations = try OperationScript.parse(script, as: LRUOperation.self)
            try EventStreamCapture.checkContract(lines, panel: "lru", operationCount: operations.count)
        }
    }

    @Test("The seeded demo stream is framed the same way, with capacity 4 by default", arguments: [UInt64(1), 5, 99])
    func demoFraming(seed: UInt64) throws {
        let lines = try Self.lines(EventRunOptions(seed: seed))
        try EventStreamCapture.checkContract(lines, panel: "lru", operationCount: LRUDemoScript.eventRunLength)
        #expect(lines.last?["capacity"] as? Int == LRUSession.defaultCapacity)
        #expect(lines.contains { $0["type"] as? String == "hit" }, "the Zipf demo hits")
        #expect(lines.contains { $0["type"] as? String == "miss" })
    }

    @Test("REFERENCE.md's trace through the stream: hits 1, misses 5, evictions 2, 1, 3, final [[2,2],[1,1]]")
    func referenceTraceThroughTheStream() throws {
        let lines = try Self.lines(EventRunOptions(ops: Self.referenceTrace).with(\.capacity, 2))
        let evicted = lines.filter { $0["type"] as? String == "evict" }.map { $0["key"] as? Int }
        #expect(evicted == [2, 1, 3])
        let state = try #require(lines.last)
        #expect(state["type"] as? String == "state")
        #expect(state["entries"] as? [[Int]] == [[2, 2], [1, 1]])
        #expect(state["hits"] as? Int == 1 && state["misses"] as? Int == 5 && state["evictions"] as? Int == 3)
        let results = lines.filter { $0["type"] as? String == "result" }.map { $0["value"] as? Int }
        #expect(results == [1])
        #expect(!lines.contains { $0["type"] as? String == "error" }, "a miss is not an error")
    }

    @Test("Every line carries the session's step")
    func linesMatchTheSessionSteps() throws {
        for seed in UInt64(0)..<30 {
            var random = SeededGenerator(seed: seed)
            let operations: [LRUOperation] = (0..<40).map { _ in
                let key = PythonValue.int(Int64.random(in: 1...6, using: &random))
                return Bool.random(using: &random) ? .get(key: key) : .put(key: key, value: .int(Int64.random(in: -9...99, using: &random)))
            }
            let session = LRUSession(capacity: 3)
            operations.forEach(session.apply)
            let script = operations.map(\.description).joined(separator: "; ")
            let lines = try Self.lines(EventRunOptions(ops: script).with(\.capacity, 3))
            #expect(lines.count == session.steps.count + 1)
            for (line, step) in zip(lines.dropFirst(), session.steps) {
                let context: Comment = "seed \(seed): \(line)"
                #expect(line["seq"] as? Int == step.seq && line["op"] as? Int == step.op, context)
                #expect(line["type"] as? String == step.event.type, context)
                switch step.event {
                case .state(let snapshot):
                    #expect(
                        (line["entries"] as? [[Int]])?.map { $0.map { PythonValue.int(Int64($0)) } }
                            == snapshot.entries.map { [$0.key, $0.value] }, context)
                    #expect(line["hits"] as? Int == snapshot.hits && line["misses"] as? Int == snapshot.misses, context)
                    #expect(line["evictions"] as? Int == snapshot.evictions, context)
                case .lru(.update(let key, let old, let new)):
                    #expect(
                        Self.python(line["key"]) == key && Self.python(line["old"]) == old && Self.python(line["value"]) == new, context)
                case .lru(.insert(let key, let value)), .lru(.evict(let key, let value)), .lru(.hit(let key, let value)):
                    #expect(Self.python(line["key"]) == key && Self.python(line["value"]) == value, context)
                case .lru(.lookup(let key)), .lru(.miss(let key)), .lru(.moveToMostRecent(let key)):
                    #expect(Self.python(line["key"]) == key, context)
                case .result(let value):
                    #expect(Self.python(line["value"]) == value, context)
                case .begin(let operation):
                    #expect(line["operation"] as? String == operation.description, context)
                }
            }
        }
    }

    @Test("Malformed --ops and a negative --capacity fail at prepare, naming the bad text")
    func malformedInputFailsAtPrepare() throws {
        #expect(throws: OperationParseError.wrongArgumentCount("put 1", usage: "put K V")) {
            try PanelCatalog.standard.prepare(panel: "lru", options: EventRunOptions(ops: "put 1"))
        }
        #expect(throws: OperationParseError("not a value in 'get k': k")) {
            try PanelCatalog.standard.prepare(panel: "lru", options: EventRunOptions(ops: "get k"))
        }
        #expect(throws: OperationParseError.unknownOperation("delete", expected: LRUOperation.words)) {
            try PanelCatalog.standard.prepare(panel: "lru", options: EventRunOptions(ops: "delete 1"))
        }
        do {
            _ = try PanelCatalog.standard.prepare(panel: "lru", options: EventRunOptions(ops: "get 1").with(\.capacity, -1))
            Issue.record("a negative capacity was accepted")
        } catch {
            #expect(error.message.contains("'-1'") && error.message.contains("capacity must be non-negative"))
        }
        #expect(try OperationScript.parse("put -1 7; get -1", as: LRUOperation.self) == [.put(key: -1, value: 7), .get(key: -1)])
    }

    /// An integer of a line read by JSONSerialization, as the session's value.
    static func python(_ field: Any?) -> PythonValue? { (field as? Int).map { .int(Int64($0)) } }
}
