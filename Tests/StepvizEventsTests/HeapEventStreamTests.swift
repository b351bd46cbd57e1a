import Foundation
import StepvizCore
import StepvizEvents
import StepvizRender
import StepvizTestSupport
import Testing

/// `stepviz events heap`: the JSON Lines stream a prepared run writes
/// through JSONLinesWriter to a real file descriptor.
@Suite("Heap event stream (JSON Lines)")
struct HeapEventStreamTests {
    static let scripts = [
        "heapify 3 10 1000 -99 4 100; pop; push 7",
        "pop; push 3; pop; pop; replace 1; pushpop 2; push 5; replace 0",
        "heapify 2 1 1; pushpop 1; pushpop 3; heapify; pop",
        "push 9223372036854775807; push -9223372036854775808; heapify 5 5 5 5 5 5 5; pop; pop",
    ]

    @Test("Header, seq, op framing: one state per operation, and it comes last", arguments: scripts)
    func framing(script: String) throws {
        let lines = try EventStreamCapture.lines(panel: "heap", EventRunOptions(ops: script))
        let operations = try OperationScript.parse(script, as: HeapOperation.self)
        try EventStreamCapture.checkContract(lines, panel: "heap", operationCount: operations.count)
        let begins = lines.dropFirst().filter { $0["type"] as? String == "begin" }
        #expect(begins.map { $0["operation"] as? String } == operations.map(\.description))
    }

    @Test("The seeded demo stream is framed the same way", arguments: [UInt64(1), 2, 7, 42, 12345])
    func demoFraming(seed: UInt64) throws {
        let lines = try EventStreamCapture.lines(panel: "heap", EventRunOptions(seed: seed))
        try EventStreamCapture.checkContract(lines, panel: "heap", operationCount: HeapDemoScript.eventRunLength)
    }

    @Test("Pop on an empty heap writes an error event, and the run goes on")
    func errorEventAndTheRunGoesOn() throws {
        let lines = try EventStreamCapture.lines(panel: "heap", EventRunOptions(ops: "pop; push 3; pop; replace 2"))
        let summary = EventStreamCapture.outcomes(lines)
        #expect(
            summary == [
                "0 error index out of range", "0 state []",
                "1 state [3]",
                "2 result 3", "2 state []",
                "3 error index out of range", "3 state []",
            ])
    }

    @Test("Every line decodes back to the session's step, field for field")
    func linesRoundTripToTheSteps() throws {
        for seed in UInt64(0)..<40 {
            var random = SeededGenerator(seed: seed)
            let operations = (0..<25).map { _ in
                HeapReplayTests.randomOperation(size: 10, maxValue: seed % 2 == 0 ? 3 : Int.max, using: &random)
            }
            let script = operations.map(\.description).joined(separator: "; ")
            let session = HeapSession()
            for operation in operations { session.apply(operation) }
            let bytes = try EventStreamCapture.bytes(panel: "heap", EventRunOptions(ops: script))
            let lines = bytes.split(separator: UInt8(ascii: "\n")).dropFirst()
            #expect(lines.count == session.steps.count)
            for (line, step) in zip(lines, session.steps) {
                let decoded = try JSONDecoder().decode(HeapStreamLine.self, from: Data(line))
                #expect(decoded.seq == step.seq && decoded.op == step.op)
                #expect(decoded.event == step.event, "seed \(seed): \(String(decoding: line, as: UTF8.self))")
            }
        }
    }

    @Test("Same options, same bytes; a small write buffer changes nothing")
    func deterministicBytes() throws {
        for options in [EventRunOptions(ops: Self.scripts[1]), EventRunOptions(seed: 3), EventRunOptions(seed: 99)] {
            let first = try EventStreamCapture.bytes(panel: "heap", options)
            #expect(try EventStreamCapture.bytes(panel: "heap", options) == first)
            #expect(try EventStreamCapture.bytes(panel: "heap", options, bufferSize: 64) == first)
        }
        #expect(
            try EventStreamCapture.bytes(panel: "heap", EventRunOptions(seed: 3))
                != EventStreamCapture.bytes(panel: "heap", EventRunOptions(seed: 4)),
            "the seed chooses the demo")
    }

    @Test("The header line, byte for byte")
    func headerBytes() throws {
        #expect(EventStreamHeader.line(panel: "heap", seed: 1) == #"{"schema":"stepviz-events","version":1,"panel":"heap","seed":1}"#)
        let bytes = try EventStreamCapture.bytes(panel: "heap", EventRunOptions(ops: "push 1"))
        let firstLine = bytes.prefix { $0 != UInt8(ascii: "\n") }
        #expect(String(decoding: firstLine, as: UTF8.self) == EventStreamHeader.line(panel: "heap", seed: 1))
    }

    @Test("Malformed --ops fails at prepare, naming the bad text")
    func malformedOpsFailAtPrepare() {
        #expect(throws: OperationParseError("not a value in 'push x': x")) {
            try PanelCatalog.standard.prepare(panel: "heap", options: EventRunOptions(ops: "pop; push x"))
        }
    }
}
