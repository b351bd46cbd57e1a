import StepvizCore
import StepvizEvents
import StepvizTestSupport
import Testing

/// The replay invariant of DESIGN.md: the array rebuilt from the events of
/// each operation equals the library's own array after it, and the events
/// describe the hole-moving algorithm truthfully while it runs.
@Suite("HeapReplay rebuilds the library's heap from its events")
struct HeapReplayTests {
    /// A seeded random operation; small value ranges for many duplicates,
    /// sizes kept within 0...40, empty heaps (failing pops) included.
    static func randomOperation(size: Int, maxValue: Int, using random: inout SeededGenerator) -> HeapOperation {
        let value = PythonValue.int(Int64(Int.random(in: -maxValue...maxValue, using: &random)))
        switch Int.random(in: 0..<20, using: &random) {
        case 0..<7: return size < 40 ? .push(value) : .pop
        case 7..<12: return .pop
        case 12..<15: return .pushPop(value)
        case 15..<18: return .replace(value)
        default:
            let count = Int.random(in: 0...40, using: &random)
            return .heapify((0..<count).map { _ in .int(Int64(Int.random(in: -maxValue...maxValue, using: &random))) })
        }
    }

    /// Applies `event` to `replay`, first checking that the event tells the
    /// truth about the replayed array: moves start from the element they
    /// name and land in the hole, comparisons name what is there, and at
    /// most one slot is ever a hole.
    static func applyChecked(_ event: HeapEvent<PythonValue>, to replay: inout HeapReplay<PythonValue>, _ context: Comment) {
        func value(_ operand: HeapOperand) -> PythonValue? {
            switch operand {
            case .held: replay.held
            case .slot(let index): replay.slots.indices.contains(index) ? replay.slots[index] : nil
            }
        }
        switch event {
        case .compare(let lhs, let lhsValue, let rhs, let rhsValue, let isLess):
            #expect(value(lhs) == lhsValue && value(rhs) == rhsValue, context)
            #expect((try? lhsValue.isLess(than: rhsValue)) == isLess, context)
        case .move(let from, let to, let moved):
            #expect(replay.slots[from] == moved && replay.slots[to] == nil, context)
        case .place(let slot, let placed):
            #expect(replay.slots[slot] == nil && replay.held == placed, context)
        case .take(let slot, let taken):
            #expect(replay.slots[slot] == taken, context)
        case .lift(let slot, let lifted):
            #expect(replay.slots[slot] == lifted && replay.held == nil, context)
        case .liftLast(let lifted):
            #expect(replay.slots.last == lifted && replay.held == nil, context)
        case .hold:
            #expect(replay.held == nil, context)
        case .returnHeld(let returned):
            #expect(replay.held == returned, context)
        case .appendHole, .load:
            break
        }
        replay.apply(event)
        #expect(replay.slots.count(where: { $0 == nil }) <= 1, context)
    }

    @Test("Replaying each operation's events from the previous state gives the state, for 2000 seeds")
    func replayFromPreviousStateEqualsLibrary() {
        var checkedOperations = 0
        for seed in UInt64(0)..<2000 {
            var random = SeededGenerator(seed: seed)
            let maxValue = [0, 1, 3, 50, Int.max][Int(seed % 5)]
            let session = HeapSession()
            var previous: [PythonValue] = []
            for index in 0..<Int.random(in: 1...50, using: &random) {
                let operation = Self.randomOperation(size: session.heap.count, maxValue: maxValue, using: &random)
                let firstNew = session.steps.count
                session.apply(operation)
                let context: Comment = "seed \(seed), op \(index): \(operation) on \(previous)"

                var replay = HeapReplay(items: previous)
                var result: PythonValue?
                var state: [PythonValue]?
                for step in session.steps[firstNew...] {
                    #expect(state == nil, "state is the last event of its operation; \(context)")
                    switch step.event {
                    case .heap(let event): Self.applyChecked(event, to: &replay, context)
                    case .load(let items): replay.load(items)
                    case .result(let value): result = value
                    case .state(let items): state = items
                    case .begin, .error, .scene: break
                    }
                }
                #expect(replay.items != nil, "no slot is a hole at the end; \(context)")
                #expect(replay.held == nil, "nothing is held at the end; \(context)")
                #expect(replay.items == session.heap.unordered, context)
                #expect(state == session.heap.unordered, context)
                #expect(replay.result == result, "the replay's result is the reported one; \(context)")
                previous = session.heap.unordered
                checkedOperations += 1
            }
        }
        #expect(checkedOperations > 40_000)
    }

    @Test("One replay carried across a whole run matches every state event")
    func continuousReplayMatchesEveryState() {
        for seed in UInt64(0)..<300 {
            var random = SeededGenerator(seed: seed)
            let session = HeapSession()
            for _ in 0..<60 {
                session.apply(Self.randomOperation(size: session.heap.count, maxValue: 5, using: &random))
            }
            var replay = HeapReplay<PythonValue>()
            var states = 0
            for step in session.steps {
                switch step.event {
                case .heap(let event): replay.apply(event)
                case .load(let items): replay.load(items)
                case .state(let items):
                    #expect(replay.items == items && replay.held == nil, "seed \(seed), op \(step.op)")
                    states += 1
                default: break
                }
            }
            #expect(states == 60)
            #expect(replay.items == session.heap.unordered)
        }
    }

    @Test("Pop on an empty heap: no library events, an error, the empty state")
    func failedPopLeavesNothingToReplay() {
        let session = HeapSession()
        session.apply(.pop)
        session.apply(.replace(4))
        #expect(
            session.steps.map(\.event) == [
                .begin(.pop), .error(PythonError("IndexError", "index out of range")), .state([]),
                .begin(.replace(4)), .error(PythonError("IndexError", "index out of range")), .state([]),
            ])
        #expect(session.steps.map(\.op) == [0, 0, 0, 1, 1, 1])
        #expect(session.steps.map(\.seq) == Array(0..<6))
    }
}
