import StepvizCore
import StepvizTestSupport
import Testing

/// The orders asyncio's `_run_once` gives, taken from the CPython vectors
/// (never written by hand), and `runUntilComplete`'s results.
@Suite("EventLoop ordering and run_until_complete")
struct EventLoopOrderingTests {
    typealias Action = EventLoopVectors.Action

    @Test("Equal deadlines leave in heapq's order, not the order they were set in", arguments: ["epoll", "poll"])
    func equalDeadlinesLeaveInHeapqOrder(selector: String) throws {
        let cases = try EventLoopVectors.load().cases.filter { $0.kind == "equal-deadlines" }
        #expect(cases.count >= 30)
        var reordered = 0
        for vector in cases {
            let setup = vector.setup ?? []
            let atOne = setup.filter { $0.delay == 1 }.map { $0.label! }
            let cpythonOrder = vector.trace.map(\.label).filter(atOne.contains)
            #expect(cpythonOrder.count == atOne.count, "\(vector.name)")
            if cpythonOrder != atOne { reordered += 1 }

            let loop = try EventLoopCPythonVectorTests.makeLoop(selector)
            let (program, _) = EventLoopProgram.run(vector, on: loop)
            #expect(program.trace.map(\.label).filter(atOne.contains) == cpythonOrder, "\(vector.name) over \(selector)")
            // All of them fall due together and run in one iteration.
            #expect(Set(program.trace.filter { atOne.contains($0.label) }.map(\.iteration)).count <= 1, "\(vector.name)")
        }
        // heapq's sift reorders equal keys: insertion order would be wrong.
        #expect(reordered >= cases.count / 2)
    }

    @Test("A callback queued by a running callback waits for the next iteration", arguments: ["epoll", "poll"])
    func callbacksAddedDuringAnIterationWait(selector: String) throws {
        var pairs = 0
        for vector in try EventLoopVectors.load().cases where vector.setup != nil {
            let cpython = Dictionary(vector.trace.map { ($0.label, $0.iteration) }, uniquingKeysWith: { first, _ in first })
            let loop = try EventLoopCPythonVectorTests.makeLoop(selector)
            let (program, _) = EventLoopProgram.run(vector, on: loop)
            let swift = Dictionary(program.trace.map { ($0.label, $0.iteration) }, uniquingKeysWith: { first, _ in first })
            for (parent, child) in Self.soonChildren(of: vector.setup ?? []) {
                guard let parentIteration = cpython[parent], let childIteration = cpython[child] else { continue }
                #expect(childIteration == parentIteration + 1, "CPython, \(vector.name): \(parent) then \(child)")
                #expect(swift[parent] == parentIteration && swift[child] == childIteration, "\(vector.name) over \(selector)")
                pairs += 1
            }
        }
        #expect(pairs >= 100)
    }

    /// (callback, the call_soon callback it queues) for every callback of the tree.
    static func soonChildren(of actions: [Action]) -> [(String, String)] {
        var pairs: [(String, String)] = []
        for action in actions {
            for child in action.body ?? [] where child.op == "soon" { pairs.append((action.label!, child.label!)) }
            pairs += soonChildren(of: action.body ?? [])
            for step in action.steps ?? [] { pairs += soonChildren(of: step.do ?? []) }
        }
        return pairs
    }

    @Test("runOnce runs only the callbacks ready when it began")
    func runOnceRunsTheReadyOnly() throws {
        let loop = try EventLoop()
        var ran: [String] = []
        loop.callSoon(name: "first") {
            ran.append("first")
            loop.callSoon(name: "second") { ran.append("second") }
        }
        loop.callSoon(name: "third") { ran.append("third") }
        #expect(loop.runOnce() == nil)
        #expect(ran == ["first", "third"])
        #expect(loop.readyCallbacks.map(\.name) == ["second"])
        #expect(loop.runOnce() == nil)
        #expect(ran == ["first", "third", "second"])
        #expect(loop.runForever() == .idle)
        #expect(loop.iterations == 2)
    }

    @Test("runUntilComplete gives the task's result at the time it finished")
    func runUntilCompleteResult() throws {
        let loop = try EventLoop()
        let answer = StepCoroutine(name: "answer()") { state, _, loop in
            guard state == 0 else { return .returned(.int(42)) }
            state = 1
            return .sleep(1, on: loop)
        }
        let result = loop.runUntilComplete(answer)
        #expect(LoopFuture.describe(result) == "42")
        #expect(loop.time() == 1.0)
        #expect(loop.invariantFailure() == nil)
    }

    @Test("runUntilComplete of a future a timer completes")
    func runUntilCompleteOfAFuture() throws {
        let loop = try EventLoop()
        let future = loop.createFuture(what: "done later")
        loop.callLater(2, name: "set") { future.setResult(.text("done")) }
        loop.callLater(5, name: "afterwards") { Issue.record("the run should stop at t=2") }
        #expect(LoopFuture.describe(loop.runUntilComplete(future)) == "'done'")
        #expect(loop.time() == 2.0)
        #expect(loop.timerHeap.map(\.name) == ["afterwards"])
    }

    @Test("runUntilComplete of a task cancelled while it sleeps is CancelledError")
    func runUntilCompleteCancelled() throws {
        let loop = try EventLoop()
        let task = loop.createTask(EventLoopDemos.sayAfter(1, "hello"))
        loop.callLater(0.5, name: "cancel") { task.cancel() }
        let result = loop.runUntilComplete(task)
        #expect(LoopFuture.describe(result) == "CancelledError()")
        #expect(task.isCancelled)
        #expect(loop.time() == 0.5)
        #expect(loop.invariantFailure() == nil)
    }

    @Test("runUntilComplete of a future nothing completes ends, as a RuntimeError, instead of blocking")
    func runUntilCompleteNeverDone() throws {
        let loop = try EventLoop()
        let future = loop.createFuture(what: "never")
        loop.callLater(3, name: "unrelated") {}
        let result = loop.runUntilComplete(future)
        #expect(LoopFuture.describe(result) == "RuntimeError('Event loop stopped before Future completed.')")
        #expect(!future.isDone)
        #expect(loop.time() == 3.0)
    }

    @Test("A task cancelled in its last step is cancelled, not done with its result (asyncio's _must_cancel at StopIteration)")
    func cancelledRightBeforeItStops() throws {
        let loop = try EventLoop()
        var task: LoopTask?
        task = loop.createTask(
            StepCoroutine(name: "self_cancel()") { _, _, _ in
                task?.cancel()
                return .returned(.text("result"))
            })
        let result = loop.runUntilComplete(task!)
        #expect(LoopFuture.describe(result) == "CancelledError()")
        #expect(task!.isCancelled)
    }
}
