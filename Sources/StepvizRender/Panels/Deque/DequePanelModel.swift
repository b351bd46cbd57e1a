import StepvizCore
import StepvizEvents

/// Everything the deque panel draws at one position of the timeline, rebuilt
/// from the run's events alone: the blocks and their slots (replayed from
/// the empty deque the setup describes), the running operation, what the
/// last step touched, the operation's outcome, counters and the log.
///
///     var model = DequePanelModel(setup: DequeSetup(maxlen: 3))
///     for step in session.steps { model.apply(step) }
///     model.layout.items    // what the library holds
///
/// - Complexity: `apply` is O(blocks) (the replay finds blocks by id) and
///   O(*n*) on a `state` step, which checks the replay against the library.
public struct DequePanelModel: PanelModel, Equatable {
    /// Which end, or which block, the panel keeps in view when the blocks
    /// do not all fit.
    public enum Focus: Equatable, Sendable {
        case end(DequeEnd)
        case block(Int)
    }

    public let setup: DequeSetup
    /// The blocks and indices, replayed from the library's events.
    public private(set) var checked: DequeCheckedReplay
    /// The blocks and indices.
    public var replay: DequeReplay<PythonValue> { checked.replay }
    /// The items held (kept alongside the layout so it is not recounted).
    public private(set) var count = 0
    /// The operation the last step belongs to, and its index.
    public private(set) var operation: DequeOperation?
    public private(set) var operationIndex = -1
    /// The last step applied.
    public private(set) var lastStep: Step<DequeStepEvent>?
    /// What the last step touched.
    public private(set) var highlights = DequeHighlights()
    public private(set) var focus: Focus = .end(.right)
    /// The operation's outcome once known.
    public private(set) var result: PythonValue?
    public private(set) var error: PythonError?
    /// Items `maxlen` dropped during this operation, in order.
    public private(set) var discarded: [PythonValue] = []
    /// Items written during this operation (extend's progress).
    public private(set) var written = 0
    /// A rotation's end-to-end moves: made so far, and how many it takes
    /// (the library's `n` reduced modulo the length, the shorter way round).
    public private(set) var rotationMoves = 0
    public private(set) var rotationLength = 0
    /// Blocks linked and unlinked since the start (the first block, there
    /// from the start, is not counted; a rotation's reuse counts as both).
    public private(set) var blocksAllocated = 0
    public private(set) var blocksFreed = 0
    /// The newest steps, oldest first, for the log (narrated when drawn, so
    /// the glyphs can follow the terminal).
    public private(set) var recentEvents: [DequeStepEvent] = []

    /// How many steps the log keeps (more than any panel shows).
    public static let logCapacity = 40

    /// The empty deque `setup` describes, as the library lays it out.
    public init(setup: DequeSetup = DequeSetup()) {
        self.setup = setup
        checked = DequeCheckedReplay(setup: setup)
    }

    public var layout: DequeLayout<PythonValue> { replay.layout }
    public var maxlen: Int? { setup.maxlen }

    public mutating func apply(_ step: Step<DequeStepEvent>) {
        lastStep = step
        let before = highlights
        highlights = DequeHighlights()
        switch step.event {
        case .begin(let operation):
            begin(operation, op: step.op)
        case .deque(let event):
            apply(event, after: before)
            checked.fold(step.event)
        case .result(let value):
            // The outcome steps keep the last change in sight.
            result = value
            highlights = before
        case .error(let raised):
            error = raised
            highlights = before
        case .state:
            // The library's own layout after the operation: the replay of its
            // events must already equal it, or the panel would be lying.
            checked.fold(step.event)
            highlights = before
        }
        recentEvents.append(step.event)
        if recentEvents.count > Self.logCapacity { recentEvents.removeFirst(recentEvents.count - Self.logCapacity) }
    }

    private mutating func begin(_ operation: DequeOperation, op: Int) {
        self.operation = operation
        operationIndex = op
        result = nil
        error = nil
        discarded = []
        written = 0
        rotationMoves = 0
        rotationLength = 0
        switch operation {
        case .append, .pop, .extend: focus = .end(.right)
        case .appendLeft, .popLeft, .extendLeft, .clear: focus = .end(.left)
        case .rotate(let value):
            // A steps value that is not an integer raises before anything moves.
            let steps = value.integerIndex ?? 0
            rotationLength = Self.rotationLength(steps, count: count)
            // Rotating right fills the left end; left fills the right.
            focus = .end(steps > 0 ? .left : .right)
        case .index(let value):
            let position = value.integerIndex ?? 0
            let index = position < 0 ? position + count : position
            focus = .end(index < count >> 1 ? .left : .right)
        }
    }

    private mutating func apply(_ event: DequeEvent<PythonValue>, after before: DequeHighlights) {
        switch event {
        case .blockAllocated(let block, let end):
            blocksAllocated += 1
            highlights.allocated = block
            focus = .end(end)
        case .blockFreed(let block, let end):
            blocksFreed += 1
            highlights.freed = .init(block: block, end: end)
            // The item whose leaving emptied the block stays in sight.
            highlights.departure = before.departure
            focus = .end(end)
        case .slotWritten(let block, let slot, _, let end):
            count += 1
            written += 1
            highlights.written = .init(block: block, index: slot)
            focus = .end(end)
        case .slotCleared(let block, let slot, let value, let end):
            count -= 1
            // A clear right after a discard is the discarded item leaving.
            highlights.departure = .init(
                slot: .init(block: block, index: slot), value: value,
                isDiscard: before.fallingOff != nil)
            focus = .end(end)
        case .discarded(let value, let end):
            discarded.append(value)
            let layout = replay.layout
            if let block = end == .left ? layout.blocks.first : layout.blocks.last {
                highlights.fallingOff = .init(block: block.id, index: end == .left ? layout.leftIndex : layout.rightIndex)
            }
            focus = .end(end)
        case .indicesReset:
            highlights.indicesReset = true
            highlights.departure = before.departure
        case .rotationStep(let value, let fromBlock, let fromSlot, let toBlock, let toSlot, let toward):
            rotationMoves += 1
            highlights.flight = .init(
                from: .init(block: fromBlock, index: fromSlot), to: .init(block: toBlock, index: toSlot),
                value: value)
            focus = .end(toward)
        case .blockWalk(let block, _):
            highlights.walked = before.walked + (before.walking.map { [$0] } ?? [])
            highlights.walking = block
            focus = .block(block)
        case .slotRead(let block, let slot, _):
            highlights.walked = before.walked
            highlights.walking = before.walking
            highlights.read = .init(block: block, index: slot)
            focus = .block(block)
        }
    }

    /// How many end-to-end moves `rotate(steps)` makes on `count` items, as
    /// the library reduces it (modulo the length, then the shorter way).
    static func rotationLength(_ steps: Int, count: Int) -> Int {
        guard count > 1 else { return 0 }
        let half = count >> 1
        var steps = steps
        if steps > half || steps < -half {
            steps %= count
            if steps > half { steps -= count } else if steps < -half { steps += count }
        }
        return abs(steps)
    }
}
