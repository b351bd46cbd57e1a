import Foundation
import StepvizCore
import StepvizEvents
import StepvizTestSupport
import Testing

/// The notes' request scheduler on the heap: clients push
/// `(priority, arrival, name)`, a server pops whenever it is free, and the
/// heap's demo rotates between it and plain integers.
@Suite struct HeapRequestsSceneTests {
    /// The requests a run pushed and the ones its pops returned, in order.
    static func traffic(_ session: HeapSession) -> (pushed: [HeapRequest], served: [HeapRequest], waitingAfterEach: [Int]) {
        var pushed: [HeapRequest] = []
        var served: [HeapRequest] = []
        var waiting: [Int] = []
        for step in session.steps {
            switch step.event {
            case .begin(.push(let value)): pushed.append(HeapRequest(value)!)
            case .begin(.heapify(let values)): pushed += values.map { HeapRequest($0)! }
            case .result(let value): served.append(HeapRequest(value)!)
            case .state(let items): waiting.append(items.count)
            default: break
            }
        }
        return (pushed, served, waiting)
    }

    @Test("The server always takes the most urgent request, the earliest of equal priorities, 200 seeds")
    func serverTakesTheMostUrgentFirst() {
        var ties = 0
        for seed in UInt64(0)..<200 {
            let session = HeapSession(setup: HeapSetup(scene: .requests))
            var demo = HeapDemoScript(seed: seed, setup: HeapSetup(scene: .requests))
            // A reference queue kept as a sorted list, the way a reader would check heapq by hand.
            var reference: [HeapRequest] = []
            for index in 0..<120 {
                let operation = demo.next()
                session.apply(operation)
                let context: Comment = "seed \(seed), op \(index): \(operation)"
                switch operation {
                case .heapify(let values): reference = values.map { HeapRequest($0)! }
                case .push(let value): reference.append(HeapRequest(value)!)
                case .pop:
                    let expected = reference.min { ($0.priority, $0.arrival) < ($1.priority, $1.arrival) }!
                    if reference.contains(where: { $0.priority == expected.priority && $0 != expected }) { ties += 1 }
                    reference.removeAll { $0 == expected }
                    guard
                        case .result(let value)? = session.steps.last(where: { if case .result = $0.event { true } else { false } })?.event
                    else {
                        Issue.record("a pop returned nothing; \(context)")
                        return
                    }
                    #expect(HeapRequest(value) == expected, context)
                default: Issue.record("the requests scene runs only heapify, push and pop; \(context)")
                }
                #expect(session.heap.count == reference.count, context)
                #expect(session.heap.count <= HeapRequestTraffic.queueLimit, context)
            }
            let (pushed, served, _) = Self.traffic(session)
            #expect(pushed.map(\.arrival) == Array(0..<Int64(pushed.count)), "arrivals count up from 0; seed \(seed)")
            #expect(Set(pushed.map(\.priority)).isSubset(of: [1, 2, 3]))
            #expect(!served.isEmpty, "seed \(seed)")
            #expect(
                !session.steps.contains { if case .error = $0.event { true } else { false } },
                "the server never pops an empty queue; seed \(seed)")
        }
        // Equal priorities are common, so the tie-breaker is really exercised.
        #expect(ties > 1000)
    }

    @Test("The demo rotates: plain integers, a scene operation, the requests, and back, 40 seeds")
    func demoRotates() {
        let length = HeapDemoScript.episodeLength
        for seed in UInt64(0)..<40 {
            var demo = HeapDemoScript(seed: seed)
            let operations = (0..<(3 * length + 2)).map { _ in demo.next() }
            #expect(operations[length] == .scene(.requests), "seed \(seed)")
            #expect(operations[2 * length + 1] == .scene(.plain), "seed \(seed)")
            #expect(operations.filter { if case .scene = $0 { true } else { false } }.count == 2)
            // The first scene's operations are the plain demo's, as before the rotation.
            guard case .heapify(let first) = operations[0], case .heapify(let backlog) = operations[length + 1],
                case .heapify(let again) = operations[2 * length + 2]
            else {
                Issue.record("each scene starts with a heapify; seed \(seed): \(operations)")
                continue
            }
            #expect(first.allSatisfy { if case .int = $0 { true } else { false } })
            #expect(backlog.allSatisfy { HeapRequest($0) != nil })
            #expect(again.allSatisfy { if case .int = $0 { true } else { false } })
            let session = HeapSession()
            for operation in operations { session.apply(operation) }
            #expect(!session.steps.contains { if case .error = $0.event { true } else { false } }, "seed \(seed)")
        }
    }

    @Test("A chosen scene plays endlessly, with no scene operation")
    func chosenSceneDoesNotRotate() {
        for scene in HeapScene.allCases {
            var demo = HeapDemoScript(seed: 3, setup: HeapSetup(scene: scene))
            let operations = (0..<(4 * HeapDemoScript.episodeLength)).map { _ in demo.next() }
            #expect(!operations.contains { if case .scene = $0 { true } else { false } }, "\(scene)")
        }
    }

    @Test("The stream: the header names a chosen scene and nothing else changes; scene lines name the fields")
    func stream() throws {
        let plain = try EventStreamCapture.lines(panel: "heap", EventRunOptions(seed: 1))
        #expect(plain[0]["scene"] == nil)
        #expect(plain[0].count == 4, "schema, version, panel, seed: \(plain[0])")
        let requests = try EventStreamCapture.lines(panel: "heap", EventRunOptions(seed: 1).with(\.scene, "requests"))
        #expect(requests[0]["scene"] as? String == "requests")
        try EventStreamCapture.checkContract(requests, panel: "heap")

        let session = HeapSession()
        session.apply(.scene(.requests))
        session.apply(.push(HeapRequest(priority: 1, arrival: 0, name: "ann").value))
        var writer = JSONObjectWriter()
        session.steps.first { $0.event == .scene(.requests) }!.event.encodeFields(into: &writer)
        let text = String(decoding: writer.finish(), as: UTF8.self)
        #expect(text == #"{"scene":"requests","fields":["priority","arrival","name"]}"#, "\(text)")
    }

    @Test("Bad scenes are named: on the command line, in a header, in a scene line")
    func badScenes() throws {
        #expect(throws: OperationParseError("unknown heap scene 'request' (expected one of: plain, requests)")) {
            try HeapSetup(options: EventRunOptions().with(\.scene, "request"))
        }
        #expect(throws: OperationParseError("unknown heap scene 'x' (expected one of: plain, requests)")) {
            try OperationScript.parse("scene x", as: HeapOperation.self)
        }
        #expect(throws: OperationParseError("wrong number of arguments in 'scene' (usage: scene plain|requests)")) {
            try OperationScript.parse("scene", as: HeapOperation.self)
        }
        let header = #"{"schema":"stepviz-events","version":1,"panel":"heap","scene":"queue"}"#
        let badHeader = #expect(throws: StreamReadError.self) {
            try SavedStream.read(Array((header + "\n").utf8)).source(as: HeapStepEvent.self)
        }
        #expect(badHeader?.description.contains("unknown heap scene 'queue'") == true, "\(String(describing: badHeader))")

        let lines = [
            #"{"schema":"stepviz-events","version":1,"panel":"heap"}"#,
            #"{"seq":0,"op":0,"type":"begin","operation":"scene requests"}"#,
            #"{"seq":1,"op":0,"type":"scene","scene":"requests","fields":["priority","name"]}"#,
            #"{"seq":2,"op":0,"type":"state","items":[],"repr":"[]"}"#,
        ]
        let badFields = #expect(throws: StreamReadError.self) {
            try SavedStream.read(Array((lines.joined(separator: "\n") + "\n").utf8)).source(as: HeapStepEvent.self)
        }
        #expect(badFields?.description.contains("line 3") == true, "\(String(describing: badFields))")
    }
}
