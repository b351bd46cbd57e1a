import StepvizCore

extension DequeStepEvent: StepEventDecodable {
    public typealias Setup = DequeSetup
    public typealias Replay = DequeCheckedReplay

    public static var panel: String { DequeSession.panel }

    /// The inverse of ``encodeFields(into:)``. A `state`'s `items` are
    /// redundant with its blocks; they must agree.
    ///
    /// - Complexity: O(the line's size).
    public static func decode(type: String, fields: JSONObject, after replay: DequeCheckedReplay) throws(StreamLineError) -> DequeStepEvent?
    {
        func end(_ key: String = "end") throws(StreamLineError) -> DequeEnd {
            try fields.oneOf(key, ["left": .left, "right": .right])
        }
        guard let kind = DequeStepKind(rawValue: type) else { return nil }
        switch kind {
        case .begin: return .begin(try OperationScript.single(try fields.string("operation"), as: DequeOperation.self))
        case .result: return .result(try fields.value("value"))
        case .error: return .error(try fields.pythonError())
        case .state: return try state(fields)
        case .blockAllocated: return .deque(.blockAllocated(block: try fields.int("block"), end: try end()))
        case .blockFreed: return .deque(.blockFreed(block: try fields.int("block"), end: try end()))
        case .slotWritten:
            return .deque(
                .slotWritten(block: try fields.int("block"), slot: try fields.int("slot"), try fields.value("value"), end: try end()))
        case .slotCleared:
            return .deque(
                .slotCleared(block: try fields.int("block"), slot: try fields.int("slot"), try fields.value("value"), end: try end()))
        case .discarded: return .deque(.discarded(try fields.value("value"), end: try end()))
        case .indicesReset:
            return .deque(.indicesReset(leftIndex: try fields.int("left_index"), rightIndex: try fields.int("right_index")))
        case .rotationStep:
            return .deque(
                .rotationStep(
                    try fields.value("value"), fromBlock: try fields.int("from_block"), fromSlot: try fields.int("from_slot"),
                    toBlock: try fields.int("to_block"), toSlot: try fields.int("to_slot"), toward: try end("toward")))
        case .blockWalk: return .deque(.blockWalk(block: try fields.int("block"), from: try end("from")))
        case .slotRead:
            return .deque(.slotRead(block: try fields.int("block"), slot: try fields.int("slot"), try fields.value("value")))
        }
    }

    private static func state(_ fields: JSONObject) throws(StreamLineError) -> DequeStepEvent {
        var blocks: [DequeLayout<PythonValue>.Block] = []
        for block in try fields.objects("blocks") {
            var slots: [PythonValue?] = []
            for slot in try block.array("slots") {
                if case .null = slot { slots.append(nil) } else { slots.append(try PythonValue(json: slot, field: "slots")) }
            }
            blocks.append(.init(id: try block.int("id"), slots: slots))
        }
        let blockSize = try fields.int("block_size")
        let (leftIndex, rightIndex) = (try fields.int("left_index"), try fields.int("right_index"))
        // A null slot is unused, or holds None: the indices tell which (the
        // slots from left_index in the first block to right_index in the
        // last are in use), so a None item reads back as None.
        for position in blocks.indices {
            let low = position == 0 ? leftIndex : 0
            let high = position == blocks.count - 1 ? rightIndex : blockSize - 1
            guard low <= high else { continue }
            for slot in low...high where blocks[position].slots.indices.contains(slot) && blocks[position].slots[slot] == nil {
                blocks[position].slots[slot] = PythonValue.none
            }
        }
        let layout = DequeLayout(blockSize: blockSize, blocks: blocks, leftIndex: leftIndex, rightIndex: rightIndex)
        let items = try fields.values("items")
        guard items == layout.items else {
            throw StreamLineError(
                "items \(PythonValue.listRepr(items)) disagree with its blocks, which hold \(PythonValue.listRepr(layout.items))")
        }
        let maxlen = try fields.nullableInt("maxlen")
        try fields.checkRepr(repr(items: items, maxlen: maxlen))
        return .state(layout, maxlen: maxlen)
    }
}
