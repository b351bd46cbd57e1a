import StepvizCore

/// ``DequeReplay`` fed from a saved stream: every block an event names must
/// be linked (a freed one, the block at that end) and every slot inside a
/// block, checked before the event is applied (the replay would trap); every
/// `state` must equal the layout the events built and the header's `maxlen`.
///
///     var replay = DequeCheckedReplay(setup: DequeSetup(maxlen: 3))
///     try replay.apply(.deque(.slotWritten(block: 9, slot: 0, 1, end: .right)))    // throws: block 9 is not linked
///
/// - Complexity: O(blocks) per event; O(*n*) for a `state`.
public struct DequeCheckedReplay: CheckedReplay, Equatable {
    public private(set) var replay: DequeReplay<PythonValue>
    public let setup: DequeSetup

    /// Starts from the empty deque the setup describes, as the session did.
    public init(setup: DequeSetup) {
        self.setup = setup
        replay = DequeReplay(layout: BlockDeque<PythonValue>(maxlen: setup.maxlen, blockSize: setup.blockSize).layout)
    }

    public mutating func apply(_ event: DequeStepEvent) throws(StreamLineError) {
        switch event {
        case .begin, .result, .error:
            break
        case .deque(let event):
            try check(event)
            replay.apply(event)
        case .state(let layout, let maxlen):
            guard maxlen == setup.maxlen else {
                throw StreamLineError(
                    "maxlen \(maxlen.map(String.init) ?? "null") disagrees with the header's \(setup.maxlen.map(String.init) ?? "null")")
            }
            let built = replay.layout
            guard layout == built else {
                throw StreamLineError(
                    "items \(layout.items) in \(layout.blocks.count) blocks (indices \(layout.leftIndex), \(layout.rightIndex)) "
                        + "disagree with the events before it, which build \(built.items) in \(built.blocks.count) blocks (indices \(built.leftIndex), \(built.rightIndex))"
                )
            }
        }
    }

    private func check(_ event: DequeEvent<PythonValue>) throws(StreamLineError) {
        let blocks = replay.layout.blocks
        func slot(_ block: Int, _ slot: Int) throws(StreamLineError) {
            guard blocks.contains(where: { $0.id == block }) else { throw StreamLineError("block \(block) is not linked") }
            guard (0..<replay.layout.blockSize).contains(slot) else {
                throw StreamLineError("slot \(slot) is outside a block of \(replay.layout.blockSize)")
            }
        }
        switch event {
        case .blockAllocated(let block, _):
            guard !blocks.contains(where: { $0.id == block }) else { throw StreamLineError("block \(block) is already linked") }
        case .blockFreed(let block, let end):
            guard (end == .left ? blocks.first : blocks.last)?.id == block else {
                throw StreamLineError("block \(block) is not the \(end.name) block")
            }
        case .slotWritten(let block, let index, _, _), .slotCleared(let block, let index, _, _):
            try slot(block, index)
        case .rotationStep(_, let fromBlock, let fromSlot, let toBlock, let toSlot, _):
            try slot(fromBlock, fromSlot)
            try slot(toBlock, toSlot)
        case .discarded, .indicesReset, .blockWalk, .slotRead:
            break
        }
    }
}
