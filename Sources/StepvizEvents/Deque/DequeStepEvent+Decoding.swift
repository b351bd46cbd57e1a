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
        case .result: return .result(try fields.int("value"))
        case .error: return .error(try fields.string("message"))
        case .state: return try state(fields)
        case .blockAllocated: return .deque(.blockAllocated(block: try fields.int("block"), end: try end()))
        case .blockFreed: return .deque(.blockFreed(block: try fields.int("block"), end: try end()))
        case .slotWritten:
            return .deque(
                .slotWritten(block: try fields.int("block"), slot: try fields.int("slot"), try fields.int("value"), end: try end()))
        case .slotCleared:
            return .deque(
                .slotCleared(block: try fields.int("block"), slot: try fields.int("slot"), try fields.int("value"), end: try end()))
        case .discarded: return .deque(.discarded(try fields.int("value"), end: try end()))
        case .indicesReset:
            return .deque(.indicesReset(leftIndex: try fields.int("left_index"), rightIndex: try fields.int("right_index")))
        case .rotationStep:
            return .deque(
                .rotationStep(
                    try fields.int("value"), fromBlock: try fields.int("from_block"), fromSlot: try fields.int("from_slot"),
                    toBlock: try fields.int("to_block"), toSlot: try fields.int("to_slot"), toward: try end("toward")))
        case .blockWalk: return .deque(.blockWalk(block: try fields.int("block"), from: try end("from")))
        case .slotRead:
            return .deque(.slotRead(block: try fields.int("block"), slot: try fields.int("slot"), try fields.int("value")))
        }
    }

    private static func state(_ fields: JSONObject) throws(StreamLineError) -> DequeStepEvent {
        var blocks: [DequeLayout<Int>.Block] = []
        for block in try fields.objects("blocks") {
            var slots: [Int?] = []
            for slot in try block.array("slots") {
                switch slot {
                case .null: slots.append(nil)
                case .integer(let value): slots.append(value)
                default: throw StreamLineError("block slots must be integers or null, not \(slot.kindDescription)")
                }
            }
            blocks.append(.init(id: try block.int("id"), slots: slots))
        }
        let layout = DequeLayout(
            blockSize: try fields.int("block_size"), blocks: blocks,
            leftIndex: try fields.int("left_index"), rightIndex: try fields.int("right_index"))
        let items = try fields.ints("items")
        guard items == layout.items else { throw StreamLineError("items \(items) disagree with its blocks, which hold \(layout.items)") }
        return .state(layout, maxlen: try fields.nullableInt("maxlen"))
    }
}
