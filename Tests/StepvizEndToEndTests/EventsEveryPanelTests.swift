import Foundation
import StepvizRender
import StepvizTestSupport
import Testing

/// `stepviz events <panel>` through the built binary, for every panel: the
/// stream honours the contract of DESIGN.md and a seed reproduces it.
@Suite struct EventsEveryPanelTests {
    static let runs: [[String]] = [
        ["events", "heap"],
        ["events", "deque", "--maxlen", "3", "--ops", "extend 9 2 3; extend 7 8; extendleft 1 2; rotate 1; pop; pop; pop; pop"],
        ["events", "deque", "--seed", "5"],
        ["events", "lru", "--capacity", "2", "--ops", "put 1 10; put 2 20; get 1; put 3 30; get 2"],
        ["events", "lru", "--seed", "5"],
        ["events", "locks", "--scene", "ordered", "--seed", "4"],
        ["events", "locks", "--scene", "naive", "--seed", "3"],
        ["events", "locks", "--scene", "violation"],
        ["events", "locks", "--scene", "philosophers", "--threads", "5", "--seed", "2"],
        ["events", "locks", "--scene", "philosophers", "--threads", "5", "--ordered", "--seed", "2"],
        ["events", "scheduler", "--ops", "countdown 3; countdown 2; countup 4"],
        ["events", "scheduler", "--scene", "actors", "--ops", "send counter 3"],
        ["events", "eventloop"],
        ["events", "eventloop", "--scene", "tasks", "--ops", "say; display_date"],
        ["events", "eventloop", "--ops", "shutdown; connect; send 1 refused"],
        ["events", "threading"],
        ["events", "threading", "--scene", "stolen-wakeup", "--schedule", "2,1,2,1,1,1,3,2,3,3,2"],
        ["events", "threading", "--scene", "lost-wakeup", "--seed", "3"],
        ["events", "threading", "--scene", "reentrant", "--plain-lock", "--threads", "2"],
        ["events", "threading", "--scene", "producer-consumer", "--threads", "4", "--maxsize", "2", "--seed", "7"],
    ]

    @Test("Every panel of the catalog has a run here")
    func everyPanelIsCovered() {
        #expect(Set(Self.runs.map { $0[1] }) == Set(PanelCatalog.standard.names))
    }

    @Test(arguments: runs)
    func honoursTheContract(arguments: [String]) throws {
        let result = try StepvizBinary.run(arguments)
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutputText.split(separator: "\n")
        let header = try #require(JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(header["schema"] as? String == "stepviz-events")
        #expect(header["version"] as? Int == 1)
        #expect(header["panel"] as? String == arguments[1])
        // Group the events by operation: ops numbered 0, 1, 2 ... in order,
        // each with exactly one `state` event, its last.
        var typesByOp: [[String]] = []
        for (index, line) in lines.dropFirst().enumerated() {
            let event = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(line)")
            #expect(event["seq"] as? Int == index)
            let op = try #require(event["op"] as? Int)
            let type = try #require(event["type"] as? String)
            if op == typesByOp.count { typesByOp.append([]) }
            #expect(op == typesByOp.count - 1, "operations are numbered in order")
            typesByOp[typesByOp.count - 1].append(type)
        }
        #expect(!typesByOp.isEmpty)
        for (op, types) in typesByOp.enumerated() {
            #expect(types.filter { $0 == "state" }.count == 1, "op \(op): \(types)")
            #expect(types.last == "state", "op \(op) ends with its state: \(types)")
        }
    }

    @Test(arguments: runs)
    func sameArgumentsSameBytes(arguments: [String]) throws {
        let first = try StepvizBinary.run(arguments)
        let second = try StepvizBinary.run(arguments)
        #expect(first.standardOutput == second.standardOutput)
    }

    /// The facts of REFERENCE.md, read from the final state of each stream.
    @Test func referenceFactsThroughTheBinary() throws {
        func lastState(_ arguments: [String]) throws -> [String: Any] {
            let lines = try StepvizBinary.run(arguments).standardOutputText.split(separator: "\n")
            let states = try lines.compactMap { line -> [String: Any]? in
                let event = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
                return event?["type"] as? String == "state" ? event : nil
            }
            return try #require(states.last)
        }
        let deque = try lastState(["events", "deque", "--maxlen", "3", "--ops", "extend 9 2 3; extend 7 8; extendleft 1 2"])
        #expect(deque["items"] as? [Int] == [2, 1, 3])
        let lru = try lastState([
            "events", "lru", "--capacity", "2", "--ops",
            "get 1; put 1 1; get 2; put 2 2; get 1; get 3; put 3 3; get 2; put 2 2; get 1; put 1 1",
        ])
        #expect(lru["hits"] as? Int == 1 && lru["misses"] as? Int == 5 && lru["evictions"] as? Int == 3)
        #expect((lru["entries"] as? [[Int]])?.map { $0[0] } == [2, 1])
        let evicted = try StepvizBinary.run([
            "events", "lru", "--capacity", "2", "--ops",
            "get 1; put 1 1; get 2; put 2 2; get 1; get 3; put 3 3; get 2; put 2 2; get 1; put 1 1",
        ])
        .standardOutputText.split(separator: "\n").compactMap { line -> Int? in
            let event = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return event?["type"] as? String == "evict" ? event?["key"] as? Int : nil
        }
        #expect(evicted == [2, 1, 3], "evictions in REFERENCE.md's order")
        let heap = try lastState(["events", "heap", "--ops", "heapify 3 10 1000 -99 4 100; pop; pop; pop"])
        #expect(heap["items"] as? [Int] == [10, 1000, 100])
    }
}
