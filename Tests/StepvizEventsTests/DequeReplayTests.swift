import StepvizCore
import StepvizEvents
import StepvizTestSupport
import Testing

/// The replay invariant of DESIGN.md for the deque: the layout rebuilt from
/// the events of each operation equals the library's own layout after it
/// (the `state` the session recorded from the real deque), and every event
/// tells the truth about the slots it names while the operation runs.
@Suite("DequeReplay rebuilds the library's deque from its events")
struct DequeReplayTests {
    /// A seeded random operation; sizes mostly within 0...40, failing pops
    /// and out-of-range indexing included.
    static func randomOperation(size: Int, using random: inout SeededGenerator) -> DequeOperation {
        let value = PythonValue.int(Int64.random(in: -99...999, using: &random))
        let values = (0..<Int.random(in: 0...9, using: &random)).map { _ in PythonValue.int(Int64.random(in: -99...999, using: &random)) }
        switch Int.random(in: 0..<20, using: &random) {
        case 0..<3: return size < 40 ? .append(value) : .pop
        case 3..<6: return size < 40 ? .appendLeft(value) : .popLeft
        case 6..<8: return .extend(values)
        case 8..<10: return .extendLeft(values)
        case 10..<12: return .pop
        case 12..<14: return .popLeft
        case 14..<17:
            return .rotate(
                .int(
                    Int64(
                        [
                            Int.random(in: -3...3, using: &random), Int.random(in: -60...60, using: &random),
                            Int.random(in: -1_000_000...1_000_000, using: &random),
                        ][Int.random(in: 0..<3, using: &random)])))
        case 17, 18: return .index(.int(Int64(Int.random(in: -size - 2...size + 1, using: &random))))
        default: return Int.random(in: 0..<3, using: &random) == 0 ? .clear : .append(value)
        }
    }

    /// Applies `event` to `replay`, first checking that it names what is
    /// there: writes land in empty slots, clears and reads and moves name
    /// the value in their slot, freed blocks are empty, discards come from
    /// the end they name.
    static func applyChecked(_ event: DequeEvent<PythonValue>, to replay: inout DequeReplay<PythonValue>, _ context: Comment) {
        let layout = replay.layout
        func slot(_ block: Int, _ index: Int) -> PythonValue?? {
            guard let position = layout.blocks.firstIndex(where: { $0.id == block }),
                layout.blocks[position].slots.indices.contains(index)
            else { return nil }
            return .some(layout.blocks[position].slots[index])
        }
        switch event {
        case .slotWritten(let block, let index, _, let end):
            #expect(slot(block, index) == .some(nil), "write into an empty slot; \(context)")
            #expect(block == (end == .left ? layout.blocks.first?.id : layout.blocks.last?.id), context)
        case .slotCleared(let block, let index, let value, let end):
            #expect(slot(block, index) == .some(value), context)
            #expect(index == (end == .left ? layout.leftIndex : layout.rightIndex), context)
        case .slotRead(let block, let index, let value):
            #expect(slot(block, index) == .some(value), context)
        case .rotationStep(let value, let fromBlock, let fromSlot, let toBlock, let toSlot, _):
            #expect(slot(fromBlock, fromSlot) == .some(value), context)
            #expect(slot(toBlock, toSlot) == .some(nil), context)
        case .blockFreed(let block, let end):
            let freed = end == .left ? layout.blocks.first : layout.blocks.last
            #expect(freed?.id == block && freed?.slots.allSatisfy { $0 == nil } == true, context)
            #expect(layout.blocks.count > 1, "the last block is never freed; \(context)")
        case .blockAllocated(let block, _):
            #expect(!layout.blocks.contains { $0.id == block }, "a new block is not linked yet; \(context)")
        case .discarded(let value, let end):
            #expect(value == (end == .left ? layout.items.first : layout.items.last), context)
        case .blockWalk(let block, _):
            #expect(layout.blocks.contains { $0.id == block }, context)
        case .indicesReset:
            #expect(layout.items.isEmpty, "indices are reset only on an empty deque; \(context)")
        }
        replay.apply(event)
    }

    @Test("After every operation, the replayed layout equals the library's", arguments: [2, 3, 4, 8])
    func replayEqualsLibraryAfterEveryOperation(blockSize: Int) {
        for seed in UInt64(0)..<120 {
            var random = SeededGenerator(seed: seed &* 131 &+ UInt64(blockSize))
            let maxlen: Int? = seed % 3 == 0 ? nil : Int.random(in: 0...(seed % 3 == 1 ? 5 : 30), using: &random)
            let session = DequeSession(maxlen: maxlen, blockSize: blockSize)
            var replay = DequeReplay(layout: session.initialLayout)
            var size = 0
            for index in 0..<80 {
                session.apply(Self.randomOperation(size: size, using: &random))
                size = session.deque.count
                let context: Comment = "seed \(seed), block size \(blockSize), op \(index): \(session.operations[index])"
                var states = 0
                for step in session.steps where step.op == index {
                    switch step.event {
                    case .deque(let event): Self.applyChecked(event, to: &replay, context)
                    case .state(let layout, let bound):
                        states += 1
                        #expect(replay.layout == layout, context)
                        #expect(bound == maxlen, context)
                    case .result(let value):
                        if case .index = session.operations[index] { #expect(replay.lastRead == value, context) }
                    case .begin, .error: break
                    }
                }
                #expect(states == 1, context)
            }
            #expect(replay.layout == session.deque.layout, "seed \(seed)")
        }
    }

    @Test("Maxlen discards are reported in the order Python drops them")
    func discardsInOrder() {
        let session = DequeSession(maxlen: 3)
        session.apply(.extend([9, 2, 3]))
        session.apply(.extend([7, 8]))
        session.apply(.extendLeft([1, 2]))
        var replay = DequeReplay(layout: session.initialLayout)
        for step in session.steps {
            if case .deque(let event) = step.event { replay.apply(event) }
        }
        #expect(replay.discarded == [9, 2, 8, 7])
        #expect(replay.layout.items == [2, 1, 3])
    }
}
