/// Where a ``BlockDeque``'s elements sit: its blocks from left to right,
/// every slot of each (nil when unused), and the left and right indices
/// (the first element is at `blocks.first.slots[leftIndex]`, the last at
/// `blocks.last.slots[rightIndex]`, both inclusive as in CPython).
///
///     var deque = BlockDeque<Int>(blockSize: 4)
///     deque.append(1)
///     deque.layout.blocks[0].slots    // [nil, nil, 1, nil]
public struct DequeLayout<Element> {
    /// One block: its id in the pool and its slots.
    public struct Block {
        /// Its id in the deque's pool of blocks (stable while the block lives).
        public var id: Int
        /// Its slots, left to right; nil where no element is.
        public var slots: [Element?]

        /// A block with this id and these slots.
        public init(id: Int, slots: [Element?]) {
            self.id = id
            self.slots = slots
        }
    }

    /// How many slots each block has.
    public var blockSize: Int
    /// The blocks, left to right.
    public var blocks: [Block]
    /// The slot of the first element in the first block.
    public var leftIndex: Int
    /// The slot of the last element in the last block (inclusive).
    public var rightIndex: Int

    /// A layout of these blocks and indices (a replay builds one from a `state` event).
    public init(blockSize: Int, blocks: [Block], leftIndex: Int, rightIndex: Int) {
        self.blockSize = blockSize
        self.blocks = blocks
        self.leftIndex = leftIndex
        self.rightIndex = rightIndex
    }

    /// The elements from left to right.
    public var items: [Element] { blocks.flatMap { $0.slots.compactMap { $0 } } }
}

extension DequeLayout: Equatable where Element: Equatable {}
extension DequeLayout.Block: Equatable where Element: Equatable {}
extension DequeLayout: Sendable where Element: Sendable {}
extension DequeLayout.Block: Sendable where Element: Sendable {}
