import StepvizCore
import StepvizEvents
import StepvizRender
import StepvizTestSupport
import Testing

@Suite struct DequePanelModelTests {
    /// The model starts from the layout the session's own deque starts
    /// from, for every bound, so a replay begins where the library did.
    @Test(arguments: [nil, 0, 1, 3, 8] as [Int?])
    func startsFromTheSessionsEmptyLayout(maxlen: Int?) {
        let model = DequePanelModel(setup: DequeSetup(maxlen: maxlen))
        #expect(model.layout == DequeSession(maxlen: maxlen).initialLayout)
        #expect(model.count == 0)
    }

    /// The model rebuilt from the events equals the library's deque after
    /// every operation: its layout, items, length and block counters, for
    /// 200 demo seeds, unbounded and with small bounds.
    @Test(arguments: 1...200)
    func modelEqualsLibraryAfterEveryOperation(seed: UInt64) {
        for maxlen in [nil, 0, 1, 3, 5] as [Int?] {
            let session = DequeSession(maxlen: maxlen)
            var demo = DequeDemoScript(seed: seed)
            var model = DequePanelModel(setup: DequeSetup(maxlen: maxlen))
            var folded = 0
            for _ in 0..<40 {
                session.apply(demo.next())
                for step in session.steps[folded...] {
                    model.apply(step)
                    if case .state(let layout, let stateMaxlen) = step.event {
                        #expect(model.layout == layout, "seed \(seed) maxlen \(String(describing: maxlen)) op \(step.op)")
                        #expect(model.maxlen == stateMaxlen)
                    }
                }
                folded = session.steps.count
                #expect(model.layout == session.deque.layout, "seed \(seed) maxlen \(String(describing: maxlen))")
                #expect(model.layout.items == Array(session.deque))
                #expect(model.count == session.deque.count)
                #expect(model.blocksAllocated - model.blocksFreed == model.layout.blocks.count - 1)
                if case .state? = model.lastStep?.event {} else { Issue.record("an operation ends with its state") }
            }
        }
    }

    /// Python's answers for the issue's example, step by step.
    @Test func exampleMatchesPython() throws {
        let steps = try DequeModels.steps(DequeModels.exampleOps, maxlen: 3)
        var model = DequePanelModel(setup: DequeSetup(maxlen: 3))
        var states: [[PythonValue]] = []
        for step in steps {
            model.apply(step)
            if case .state = step.event { states.append(model.layout.items) }
        }
        #expect(states == [[9, 2, 3], [3, 7, 8], [2, 1, 3], [3, 2, 1]])
        #expect(DequePanel.summary(model, glyphs: .unicode) == "deque [3 2 1]")
        #expect(DequeNarration.pythonRepr(model.layout.items, maxlen: model.maxlen) == "deque([3, 2, 1], maxlen=3)")
    }

    /// Per operation: what fell off, the outcome, the rotation's length.
    @Test func operationOutcomes() throws {
        let afterExtend = try DequeModels.model("extend 9 2 3; extend 7 8", maxlen: 3)
        #expect(afterExtend.discarded == [9, 2])
        #expect(afterExtend.written == 2)

        let popped = try DequeModels.model("append 4; append 5; pop")
        #expect(popped.result == 5)
        #expect(popped.highlights.departure?.value == 5 && popped.highlights.departure?.isDiscard == false)

        let failed = try DequeModels.model("pop")
        #expect(failed.error == PythonError("IndexError", "pop from an empty deque"))
        let outOfRange = try DequeModels.model("extend 1 2; index 5")
        #expect(outOfRange.error == PythonError("IndexError", "deque index out of range"))

        let rotated = try DequeModels.model("extend 1 2 3 4 5; rotate 7")
        #expect(rotated.rotationLength == 2 && rotated.rotationMoves == 2)
        #expect(rotated.layout.items == [4, 5, 1, 2, 3])
    }

    /// A bounded append: the far item is marked falling off, then shown
    /// leaving above the slot it left.
    @Test func discardIsShownLeaving() throws {
        let falling = try DequeModels.model("extend 1 2 3; append 4", maxlen: 3) {
            if case .deque(.discarded) = $0 { true } else { false }
        }
        let left = try #require(falling?.layout.blocks.first)
        #expect(falling?.highlights.fallingOff == .init(block: left.id, index: falling!.layout.leftIndex))
        let gone = try DequeModels.model("extend 1 2 3; append 4", maxlen: 3) {
            if case .deque(.slotCleared) = $0 { true } else { false }
        }
        #expect(gone?.highlights.departure?.isDiscard == true && gone?.highlights.departure?.value == 1)
    }

    /// extendleft goes in one item at a time, each to the left of the last.
    @Test func extendLeftWritesOneAtATimeReversed() throws {
        let steps = try DequeModels.steps("extendleft 1 2 3")
        let written = steps.compactMap { step -> PythonValue? in
            if case .deque(.slotWritten(_, _, let value, .left)) = step.event { value } else { nil }
        }
        #expect(written == [1, 2, 3])
        #expect(try DequeModels.model("extendleft 1 2 3").layout.items == [3, 2, 1])
    }

    /// Indexing walks from the nearer end and says so.
    @Test func indexWalksFromTheNearerEnd() throws {
        let ops = "extend " + (1...40).map(String.init).joined(separator: " ") + "; index 30"
        let model = try DequeModels.model(ops)
        #expect(model.result == 31)
        let walks = try DequeModels.steps(ops).compactMap { step -> DequeEnd? in
            if case .deque(.blockWalk(_, let end)) = step.event { end } else { nil }
        }
        #expect(!walks.isEmpty && walks.allSatisfy { $0 == .right })
        #expect(model.highlights.read != nil)
    }

    @Test func summaryKeepsBothEndsOfALongDeque() throws {
        let model = try DequeModels.model("extend " + (1...20).map(String.init).joined(separator: " "))
        #expect(DequePanel.summary(model, glyphs: .unicode) == "deque [1 2 3 … 18 19 20]")
        #expect(DequePanel.summary(model, glyphs: .ascii) == "deque [1 2 3 ... 18 19 20]")
        #expect(DequePanel.summary(DequePanelModel(), glyphs: .unicode) == "deque []")
    }

    @Test func reprLeavesOutTheMiddleToFit() {
        let items = (1...30).map { PythonValue.int(Int64($0)) }
        let cut = DequeNarration.pythonRepr(items, maxlen: 30, width: 40, glyphs: .unicode)
        #expect(cut.count <= 40)
        #expect(cut.hasPrefix("deque([1, 2, ") && cut.hasSuffix("29, 30], maxlen=30)") && cut.contains("…"))
    }
}
