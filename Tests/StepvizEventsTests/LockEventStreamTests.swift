import Foundation
import StepvizCore
import StepvizEvents
import StepvizRender
import StepvizTestSupport
import Testing

/// `stepviz events locks`: the JSON Lines contract and malformed input.
@Suite("Locks event stream (JSON Lines)")
struct LockEventStreamTests {
    @Test(
        "Every scene's stream parses and is framed per operation",
        arguments: [
            EventRunOptions(seed: 3).with(\.scene, "ordered"),
            EventRunOptions(seed: 3).with(\.scene, "naive"),
            EventRunOptions(seed: 3).with(\.scene, "violation"),
            EventRunOptions(seed: 3).with(\.scene, "philosophers"),
            EventRunOptions(seed: 9).with(\.scene, "philosophers").with(\.threads, 7).with(\.ordered, true),
        ])
    func contract(options: EventRunOptions) throws {
        let lines = try EventStreamCapture.lines(panel: "locks", options)
        let operations = try EventStreamCapture.checkContract(lines, panel: "locks")
        #expect(operations > 1)
        let events = lines.dropFirst()
        let first = try #require(events.first)
        #expect(first["type"] as? String == "begin" && first["op"] as? Int == 0)
        #expect(events.dropFirst().first?["type"] as? String == "scene")
        // Every later operation is one thread's turn, named in its begin.
        for begin in events.filter({ $0["type"] as? String == "begin" }).dropFirst() {
            let thread = try #require(begin["thread"] as? Int)
            #expect(begin["operation"] as? String == "thread \(thread)")
        }
        let last = try #require(events.last)
        #expect(last["running"] as? [Int] == [] && last["blocked"] as? [Int] == [])
        let finished = try #require(last["finished"] as? [Int])
        let aborted = try #require(last["aborted"] as? [Int])
        #expect((finished + aborted).count == (options.threads ?? (options.scene == "philosophers" ? 5 : 2)))
        for lock in try #require(last["locks"] as? [[String: Any]]) {
            #expect(lock["holder"] is NSNull && lock["count"] as? Int == 0)
        }
    }

    /// Without a scene option the stream is one cycle of the demo: every
    /// scene in turn, each run opened by a setup operation and its `scene`
    /// event, the naive scene's run ending in a deadlock.
    @Test("Without options: the demo's cycle of every scene, one run after another")
    func demoCycle() throws {
        let lines = try EventStreamCapture.lines(panel: "locks", EventRunOptions(seed: 4))
        try EventStreamCapture.checkContract(lines, panel: "locks")
        let events = Array(lines.dropFirst())
        let scenes = events.filter { $0["type"] as? String == "scene" }.compactMap { $0["scene"] as? String }
        #expect(scenes == LocksScene.Kind.allCases.map(\.rawValue))
        for (index, event) in events.enumerated() where event["type"] as? String == "begin" {
            let opensRun = events.indices.contains(index + 1) && events[index + 1]["type"] as? String == "scene"
            #expect(opensRun == (event["thread"] == nil), "a begin names a thread unless it opens a run")
        }
        #expect(events.contains { $0["type"] as? String == "deadlock" }, "the demo's naive run deadlocks")
    }

    @Test("A deadlock line carries the cycle, the victim and one PostgreSQL-style line per edge")
    func deadlockLine() throws {
        var found = false
        for seed in UInt64(1)...40 where !found {
            let lines = try EventStreamCapture.lines(panel: "locks", EventRunOptions(seed: seed).with(\.scene, "naive"))
            guard let deadlock = lines.first(where: { $0["type"] as? String == "deadlock" }) else { continue }
            found = true
            #expect(deadlock["message"] as? String == "deadlock detected")
            let cycle = try #require(deadlock["cycle"] as? [Int])
            let edges = try #require(deadlock["lines"] as? [String])
            #expect(Set(cycle) == [1, 2] && cycle.first == deadlock["victim"] as? Int)
            #expect(edges.count == 2)
            for (index, edge) in edges.enumerated() {
                let next = cycle[(index + 1) % cycle.count]
                #expect(edge.hasPrefix("thread \(cycle[index]) waits for lock ") && edge.hasSuffix("; blocked by thread \(next)"))
            }
            let aborted = try #require(lines.first { $0["type"] as? String == "aborted" })
            #expect(aborted["thread"] as? Int == deadlock["victim"] as? Int && aborted["reason"] as? String == "deadlock victim")
        }
        #expect(found)
    }

    @Test(
        "Malformed options fail before running, naming the bad text",
        arguments: [
            (EventRunOptions().with(\.scene, "nope"), "'nope'"),
            (EventRunOptions().with(\.scene, "naive").with(\.threads, 1), "'--threads 1'"),
            (EventRunOptions().with(\.scene, "philosophers").with(\.threads, 13), "'--threads 13'"),
            (EventRunOptions().with(\.scene, "ordered").with(\.threads, -4), "'--threads -4'"),
            (EventRunOptions().with(\.scene, "naive").with(\.ordered, true), "'--ordered'"),
            (EventRunOptions(ops: "lock x").with(\.scene, "naive"), "'--ops lock x'"),
        ])
    func malformed(options: EventRunOptions, named: String) {
        #expect {
            _ = try PanelCatalog.standard.prepare(panel: "locks", options: options)
        } throws: { error in
            guard let error = error as? OperationParseError else { return false }
            return error.message.contains(named) && !error.message.contains("\n")
        }
    }
}
