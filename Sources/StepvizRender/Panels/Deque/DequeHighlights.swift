import StepvizCore

/// What the last step touched, in the terms the deque panel draws: slots
/// (a block id and a slot index), blocks linked or freed, a value in flight.
///
/// Built by ``DequePanelModel`` as it folds each step, because some of it
/// needs the layout just before the step (which slot a discard empties) or
/// the steps before it (a clear that a discard caused, the blocks walked).
public struct DequeHighlights: Equatable, Sendable {
    /// One slot of one block.
    public struct Slot: Hashable, Sendable {
        public var block: Int
        public var index: Int

        public init(block: Int, index: Int) {
            self.block = block
            self.index = index
        }
    }

    /// A value moving from one slot to another (a rotation step).
    public struct Flight: Equatable, Sendable {
        public var from: Slot
        public var to: Slot
        public var value: PythonValue
    }

    /// A value that left the deque, and whether `maxlen` pushed it out.
    public struct Departure: Equatable, Sendable {
        public var slot: Slot
        public var value: PythonValue
        public var isDiscard: Bool
    }

    /// A block unlinked by the last step: gone from the layout, drawn as an
    /// outline at the end it left so the freeing is seen.
    public struct FreedBlock: Equatable, Sendable {
        public var block: Int
        public var end: DequeEnd
    }

    /// The slot just written (append, extend, the end of a rotation step).
    public var written: Slot?
    /// The value that just left, and the slot it left.
    public var departure: Departure?
    /// The slot whose item `maxlen` is about to drop.
    public var fallingOff: Slot?
    /// A rotation step.
    public var flight: Flight?
    /// The slot indexing read.
    public var read: Slot?
    /// The block just linked.
    public var allocated: Int?
    public var freed: FreedBlock?
    /// The block indexing stands on, and every block it stepped over.
    public var walking: Int?
    public var walked: [Int] = []
    /// Whether the indices were just reset (their markers stand out).
    public var indicesReset = false

    public init() {}

    /// The slot the value in flight or arriving lands in, if any: while the
    /// step animates it is drawn empty, with the value above it.
    var arrival: Slot? { flight?.to ?? written }

    /// The style of a slot's text, given whether it is empty.
    func style(of slot: Slot, isEmpty: Bool) -> Style {
        if written == slot || flight?.to == slot { return Theme.moving }
        if fallingOff == slot { return Theme.dequeFallingOff }
        if read == slot { return Theme.compared }
        if departure?.slot == slot || flight?.from == slot { return Theme.dequeVacated }
        return isEmpty ? Theme.dim : Theme.value
    }

    /// The style of a block's border.
    func borderStyle(of block: Int) -> Style {
        if allocated == block { return Theme.dequeNewBlock }
        if walking == block || walked.contains(block) { return Theme.dequeWalked }
        return Theme.border
    }
}
