import Foundation
import StepvizTestSupport
import Testing

/// `stepviz events heap` through the built binary: the stream contract of
/// DESIGN.md as a user of the JSON Lines sees it.
@Suite("stepviz events heap (binary)")
struct EventsCommandTests {
    /// Every line of a successful run, parsed.
    private static func events(_ arguments: [String]) throws -> (lines: [String], objects: [[String: Any]]) {
        let result = try StepvizBinary.run(["events", "heap"] + arguments)
        #expect(result.status == 0)
        #expect(result.standardError.isEmpty)
        let text = result.standardOutputText
        #expect(text.hasSuffix("\n"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        let objects = try lines.map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
            return try #require(object as? [String: Any], "not a JSON object: \(line)")
        }
        return (lines, objects)
    }

    /// The events after the header, grouped by their "op".
    private static func operations(_ events: ArraySlice<[String: Any]>) -> [[[String: Any]]] {
        var grouped: [[[String: Any]]] = []
        for event in events {
            let op = event["op"] as? Int ?? -1
            if op == grouped.count { grouped.append([]) }
            if op == grouped.count - 1 { grouped[op].append(event) } else { Issue.record("op \(op) out of order") }
        }
        return grouped
    }

    @Test("header, contiguous seq, begin first and a state event last in every operation")
    func streamShape() throws {
        let ops = "heapify 3 10 1000 -99 4 100; pop; push 7; pushpop 2; replace 50; pop; pop"
        let (_, objects) = try Self.events(["--ops", ops])
        let header = try #require(objects.first)
        #expect(header["schema"] as? String == "stepviz-events")
        #expect(header["version"] as? Int == 1)
        #expect(header["panel"] as? String == "heap")

        let events = objects.dropFirst()
        #expect(events.map { $0["seq"] as? Int } == Array(0..<events.count))
        let operations = Self.operations(events)
        let words = ops.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(operations.count == words.count)
        for (index, operation) in operations.enumerated() {
            #expect(operation.first?["type"] as? String == "begin")
            #expect(operation.first?["operation"] as? String == words[index])
            #expect(operation.last?["type"] as? String == "state")
            #expect(operation.filter { $0["type"] as? String == "state" }.count == 1)
            #expect(operation.allSatisfy { $0["type"] is String })
        }
        // The arrays CPython's heapq leaves after each operation:
        //   h=[3,10,1000,-99,4,100]; heapify(h); heappop(h); heappush(h,7);
        //   heappushpop(h,2); heapreplace(h,50); heappop(h); heappop(h)
        // (checked with python3; printed after every call).
        let expected: [[Int]] = [
            [-99, 3, 100, 10, 4, 1000], [3, 4, 100, 10, 1000], [3, 4, 7, 10, 1000, 100],
            [3, 4, 7, 10, 1000, 100], [4, 10, 7, 50, 1000, 100], [7, 10, 100, 50, 1000], [10, 50, 100, 1000],
        ]
        #expect(operations.map { $0.last?["items"] as? [Int] ?? [] } == expected)
    }

    @Test("pop on an empty heap is an error event, followed by its state, and the run goes on")
    func errorGoesOn() throws {
        let (_, objects) = try Self.events(["--ops", "pop; push 5; pop; pop; push 1"])
        let operations = Self.operations(objects.dropFirst())
        #expect(operations.count == 5)
        for failed in [0, 3] {
            let types = operations[failed].map { $0["type"] as? String ?? "" }
            #expect(types == ["begin", "error", "state"])
            #expect(operations[failed][1]["message"] as? String == "index out of range")
            #expect(operations[failed].last?["items"] as? [Int] == [])
        }
        #expect(operations[4].last?["items"] as? [Int] == [1])
    }

    @Test("the same seed gives the same bytes; another seed gives another demo", arguments: [1, 7, 123_456_789] as [UInt64])
    func seededDemo(seed: UInt64) throws {
        let first = try StepvizBinary.run(["events", "heap", "--seed", "\(seed)"])
        let second = try StepvizBinary.run(["events", "heap", "--seed", "\(seed)"])
        let other = try StepvizBinary.run(["events", "heap", "--seed", "\(seed + 1)"])
        #expect(first.status == 0 && second.status == 0 && other.status == 0)
        #expect(first.standardOutput.count > 1000)
        #expect(first.standardOutput == second.standardOutput)
        #expect(first.standardOutput != other.standardOutput)
        // The demo is a real stream too: every line parses and seq is contiguous.
        let (_, objects) = try Self.events(["--seed", "\(seed)"])
        #expect(objects.dropFirst().map { $0["seq"] as? Int } == Array(0..<objects.count - 1))
    }
}
