import StepvizEvents
import StepvizRender
import StepvizTestSupport
import Testing

/// The deque panel rendered alone at pinned sizes, compared cell by cell
/// (characters and styles) with reviewed golden frames.
@Suite struct DequePanelGoldenTests {
    /// The example, settled after its last step: [3, 2, 1], maxlen 3.
    func example() throws -> DequePanelModel {
        try DequeModels.model(DequeModels.exampleOps, maxlen: 3)
    }

    @Test func exampleAt80x22() throws {
        let frame = DequeModels.frame(try example(), width: 80, height: 22)
        #expect(frame.text.contains("deque([3, 2, 1], maxlen=3)"))
        try GoldenFrame.check(frame, named: "deque/example-80x22")
    }

    @Test func exampleMonochrome() throws {
        let frame = DequeModels.frame(try example(), width: 80, height: 22).withoutColor
        try GoldenFrame.check(frame, named: "deque/example-80x22-monochrome")
    }

    @Test func exampleAscii() throws {
        let frame = DequeModels.frame(try example(), width: 80, height: 22, glyphs: .ascii)
        #expect(frame.cells.allSatisfy { $0.character.isASCII })
        try GoldenFrame.check(frame, named: "deque/example-80x22-ascii")
    }

    @Test func exampleAt200x58() throws {
        try GoldenFrame.check(DequeModels.frame(try example(), width: 200, height: 58), named: "deque/example-200x58")
    }

    /// Half way through rotate 1's one move: 1 travels from the right end
    /// to the left end above the blocks.
    @Test func rotationInFlight() throws {
        let model = try #require(
            try DequeModels.model(DequeModels.exampleOps, maxlen: 3) {
                if case .deque(.rotationStep) = $0 { true } else { false }
            })
        try GoldenFrame.check(
            DequeModels.frame(model, width: 80, height: 22, animation: 0.5),
            named: "deque/rotate-in-flight-80x22")
    }

    /// Five blocks in 80 columns: the window keeps the left end (being
    /// appended to) in view and counts the blocks hidden on the right.
    @Test func manyBlocksKeepTheWorkingEndInView() throws {
        let ops = "extend " + (100...135).map(String.init).joined(separator: " ") + "; appendleft 7"
        let model = try DequeModels.model(ops) { if case .deque(.slotWritten(_, _, 7, _)) = $0 { true } else { false } }
        let frame = DequeModels.frame(try #require(model), width: 80, height: 22)
        #expect(frame.text.contains("blocks hidden →"))
        try GoldenFrame.check(frame, named: "deque/many-blocks-80x22")
    }

    /// The smallest size: code and log as single lines under the blocks.
    @Test func minimumSize() throws {
        let model = try DequeModels.model("extend 1 2 3 4 5 6 7; append 8; popleft")
        try GoldenFrame.check(DequeModels.frame(model, width: 60, height: 16), named: "deque/minimum-60x16")
    }

    /// A pop on an empty deque is an error step with Python's message.
    @Test func popOnEmptyIsAnErrorStep() throws {
        let frame = DequeModels.frame(try DequeModels.model("pop"), width: 80, height: 22)
        #expect(frame.text.contains("error: pop from an empty deque"))
        try GoldenFrame.check(frame, named: "deque/pop-empty-80x22")
    }

    /// The right block is full: a new block is linked, marked new, before
    /// the item is written into it.
    @Test func blockLinkedAtTheRight() throws {
        let model = try #require(
            try DequeModels.model("extend 1 2 3 4 5 6 7; append 8") {
                if case .deque(.blockAllocated) = $0 { true } else { false }
            })
        let frame = DequeModels.frame(model, width: 80, height: 22)
        #expect(frame.text.contains("block #1 new"))
        try GoldenFrame.check(frame, named: "deque/block-linked-80x22")
    }

    /// The right block emptied: it is unlinked and drawn as a freed outline.
    @Test func blockFreedAtTheRight() throws {
        let model = try #require(
            try DequeModels.model("extend 1 2 3 4 5 6 7 8; pop") {
                if case .deque(.blockFreed) = $0 { true } else { false }
            })
        let frame = DequeModels.frame(model, width: 80, height: 22)
        #expect(frame.text.contains("block #1 freed"))
        try GoldenFrame.check(frame, named: "deque/block-freed-80x22")
    }

    /// A bounded append: the leftmost item is marked as it is about to fall off.
    @Test func itemFallingOff() throws {
        let model = try #require(
            try DequeModels.model("extend 9 2 3; append 7", maxlen: 3) {
                if case .deque(.discarded) = $0 { true } else { false }
            })
        try GoldenFrame.check(DequeModels.frame(model, width: 80, height: 22), named: "deque/falling-off-80x22")
    }

    /// d[20] of 30 items walks from the right: the blocks passed are marked.
    @Test func indexWalk() throws {
        let ops = "extend " + (1...30).map(String.init).joined(separator: " ") + "; index 20"
        let model = try DequeModels.model(ops)
        let frame = DequeModels.frame(model, width: 120, height: 22)
        #expect(frame.text.contains("returned 21"))
        try GoldenFrame.check(frame, named: "deque/index-walk-120x22")
    }
}
