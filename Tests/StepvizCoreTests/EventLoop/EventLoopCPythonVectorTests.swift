import StepvizCore
import StepvizTestSupport
import Testing

/// The loop runs the programs CPython's asyncio ran
/// (Vectors/generate_eventloop_vectors.py) and must record the same labels
/// in the same iterations at the same times.
@Suite("EventLoop against CPython asyncio vectors")
struct EventLoopCPythonVectorTests {
    typealias TraceEntry = EventLoopVectors.TraceEntry

    /// A loop over epoll (`EventLoop()`) or poll (`EventLoop.overPoll()`).
    static func makeLoop(_ selector: String) throws -> EventLoop {
        selector == "poll" ? EventLoop.overPoll() : try EventLoop()
    }

    @Test("The notes' programs print what asyncio printed, when it printed it", arguments: ["epoll", "poll"])
    func demosMatchAsyncio(selector: String) throws {
        let demos = try EventLoopVectors.load().cases.filter { $0.kind == "demo" }
        #expect(demos.map(\.name) == ["say", "sayConcurrently", "displayDate"])
        for vector in demos {
            let loop = try Self.makeLoop(selector)
            var trace: [TraceEntry] = []
            loop.observer = { event in
                if case .output(let time, let text) = event {
                    trace.append(TraceEntry(iteration: loop.iterations + 1, time: time, label: text))
                }
            }
            let coroutine =
                switch vector.name {
                case "say": EventLoopDemos.say()
                case "sayConcurrently": EventLoopDemos.sayConcurrently()
                default: EventLoopDemos.displayDate()
                }
            let result = loop.runUntilComplete(coroutine)
            let context: Comment = "\(vector.name) over \(selector)"
            #expect(trace == vector.trace, context)
            #expect(LoopFuture.describe(result) == vector.outcome, context)
            #expect(loop.time() == vector.time, context)
            #expect(loop.iterations == vector.iterations, context)
            #expect(loop.invariantFailure() == nil, context)
        }
    }

    @Test("The notes' texts, as the study notes print them")
    func demoTextsAreTheNotes() throws {
        let demos = try EventLoopVectors.load().cases.filter { $0.kind == "demo" }
        let texts = Dictionary(uniqueKeysWithValues: demos.map { ($0.name, $0.trace.map { "\($0.time) \($0.label)" }) })
        #expect(texts["say"] == ["0.0 started at 0.0", "1.0 hello", "3.0 world", "3.0 finished at 3.0"])
        #expect(texts["sayConcurrently"] == ["0.0 started at 0.0", "1.0 hello", "2.0 world", "2.0 finished at 2.0"])
        #expect(texts["displayDate"] == ["0.0 0.0", "1.0 1.0", "2.0 2.0", "3.0 3.0", "4.0 4.0"])
    }

    @Test("Random programs give asyncio's trace, end, time and iteration count", arguments: ["epoll", "poll"])
    func programsMatchAsyncio(selector: String) throws {
        let programs = try EventLoopVectors.load().cases.filter { $0.kind != "demo" }
        #expect(programs.count >= 250)
        var entries = 0
        for vector in programs {
            let loop = try Self.makeLoop(selector)
            let (program, end) = EventLoopProgram.run(vector, on: loop)
            let context: Comment = "\(vector.name) over \(selector)"
            #expect(program.trace == vector.trace, context)
            #expect(end == .init(end: vector.end, outcome: vector.outcome), context)
            #expect(loop.time() == vector.time, context)
            #expect(loop.iterations == vector.iterations, context)
            #expect(loop.invariantFailure() == nil, context)
            entries += program.trace.count
        }
        #expect(entries >= 4000)
    }

    @Test("The vectors exercise equal deadlines, cancels, nested tasks, both ends and the heap rebuild")
    func vectorsCoverTheInterestingCases() throws {
        let cases = try EventLoopVectors.load().cases
        let labels = cases.flatMap { $0.trace.map(\.label) }
        #expect(labels.contains { $0.hasSuffix(":cancelled") })
        #expect(cases.contains { $0.end == "complete" && $0.outcome == "CancelledError()" && $0.kind == "program" })
        #expect(cases.contains { $0.end == "complete" && $0.outcome?.hasPrefix("'t") == true })
        #expect(cases.contains { $0.end == "idle" && $0.kind == "program" })
        let rebuilds = cases.filter { $0.kind == "rebuild" }
        #expect(rebuilds.count >= 10 && rebuilds.allSatisfy { $0.rebuilds ?? 0 >= 1 })
        // Several labels at one time and iteration: equal deadlines met.
        let crowded = cases.filter { vector in
            Dictionary(grouping: vector.trace, by: \.iteration).values.contains { $0.count >= 3 }
        }
        #expect(crowded.count >= 50)
    }
}
