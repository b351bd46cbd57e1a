import StepvizCore

/// The deque rebuilt from its events alone: its blocks left to right with
/// their slots, the left and right indices, and the last value read.
///
/// Applying every event of an operation to the replay of the layout before
/// it gives the layout after it; tests check that this equals the library's
/// own layout after every operation, which is what lets the panel draw from
/// events.
///
///     var replay = DequeReplay(layout: BlockDeque<Int>(blockSize: 8).layout)
///     replay.apply(.slotWritten(block: 0, slot: 4, 7, end: .right))
///     replay.layout.items    // [7]
///
/// - Complexity: O(blocks) per event at worst (finding a block by id).
public struct DequeReplay<Element: Equatable>: Equatable {
    public private(set) var layout: DequeLayout<Element>
    /// The value the last `slotRead` read.
    public private(set) var lastRead: Element?
    /// Values discarded by `maxlen` during the last operations, in order.
    public private(set) var discarded: [Element] = []

    public init(layout: DequeLayout<Element>) { self.layout = layout }

    private var emptyBlock: [Element?] { Array(repeating: nil, count: layout.blockSize) }

    private func position(of block: Int) -> Int {
        guard let position = layout.blocks.firstIndex(where: { $0.id == block }) else {
            preconditionFailure("DequeReplay: event names block \(block), which is not linked")
        }
        return position
    }

    public mutating func apply(_ event: DequeEvent<Element>) {
        switch event {
        case .blockAllocated(let block, .right):
            layout.blocks.append(.init(id: block, slots: emptyBlock))
            layout.rightIndex = -1
        case .blockAllocated(let block, .left):
            layout.blocks.insert(.init(id: block, slots: emptyBlock), at: 0)
            layout.leftIndex = layout.blockSize
        case .blockFreed(let block, .right):
            precondition(layout.blocks.last?.id == block, "DequeReplay: freed block \(block) is not the right block")
            layout.blocks.removeLast()
            layout.rightIndex = layout.blockSize - 1
        case .blockFreed(let block, .left):
            precondition(layout.blocks.first?.id == block, "DequeReplay: freed block \(block) is not the left block")
            layout.blocks.removeFirst()
            layout.leftIndex = 0
        case .slotWritten(let block, let slot, let value, let end):
            layout.blocks[position(of: block)].slots[slot] = value
            if end == .right { layout.rightIndex = slot } else { layout.leftIndex = slot }
        case .slotCleared(let block, let slot, _, let end):
            layout.blocks[position(of: block)].slots[slot] = nil
            if end == .right { layout.rightIndex = slot - 1 } else { layout.leftIndex = slot + 1 }
        case .discarded(let value, _):
            discarded.append(value)
        case .indicesReset(let left, let right):
            layout.leftIndex = left
            layout.rightIndex = right
        case .rotationStep(let value, let fromBlock, let fromSlot, let toBlock, let toSlot, let toward):
            layout.blocks[position(of: fromBlock)].slots[fromSlot] = nil
            layout.blocks[position(of: toBlock)].slots[toSlot] = value
            if toward == .left {
                layout.rightIndex = fromSlot - 1
                layout.leftIndex = toSlot
            } else {
                layout.leftIndex = fromSlot + 1
                layout.rightIndex = toSlot
            }
        case .blockWalk:
            break
        case .slotRead(_, _, let value):
            lastRead = value
        }
    }
}
