extension BlockDeque {
    /// Where every element sits: the blocks from left to right with their
    /// slots, and the left and right indices (what the visualizer draws).
    ///
    ///     var deque = BlockDeque<Int>(blockSize: 4)
    ///     deque.append(7)
    ///     deque.layout.blocks.map(\.slots)    // [[nil, nil, 7, nil]]
    ///
    /// - Complexity: O(*n* + blockSize)
    public var layout: DequeLayout<Element> {
        var blocks: [DequeLayout<Element>.Block] = []
        let blockSize = self.blockSize
        _storage._forEachLiveRange { id, slots, range in
            var contents = [Element?](repeating: nil, count: blockSize)
            for index in range { contents[index] = slots[index] }
            blocks.append(.init(id: id, slots: contents))
        }
        let h = _storage.header.pointee
        return DequeLayout(blockSize: blockSize, blocks: blocks, leftIndex: h.leftIndex, rightIndex: h.rightIndex)
    }
}
