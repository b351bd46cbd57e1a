import StepvizCore

extension HeapStepEvent: StepEventDecodable {
    public typealias Setup = NoSetup
    public typealias Replay = HeapCheckedReplay

    public static var panel: String { HeapSession.panel }

    /// The inverse of ``encodeFields(into:)``: `load` with `items` is
    /// heapify's input, with `count` the library's own event.
    ///
    /// - Complexity: O(the line's size).
    public static func decode(type: String, fields: JSONObject, after replay: HeapCheckedReplay) throws(StreamLineError) -> HeapStepEvent? {
        guard let kind = HeapStepKind(rawValue: type) else { return nil }
        switch kind {
        case .begin: return .begin(try OperationScript.single(try fields.string("operation"), as: HeapOperation.self))
        case .load:
            if fields["items"] != nil { return .load(try fields.ints("items")) }
            return .heap(.load(count: try fields.int("count")))
        case .result: return .result(try fields.int("value"))
        case .error: return .error(try fields.string("message"))
        case .state: return .state(try fields.ints("items"))
        case .hold: return .heap(.hold(try fields.int("value")))
        case .appendHole: return .heap(.appendHole)
        case .liftLast: return .heap(.liftLast(try fields.int("value")))
        case .lift: return .heap(.lift(try fields.int("slot"), try fields.int("value")))
        case .take: return .heap(.take(try fields.int("slot"), try fields.int("value")))
        case .place: return .heap(.place(try fields.int("slot"), try fields.int("value")))
        case .returnHeld: return .heap(.returnHeld(try fields.int("value")))
        case .move: return .heap(.move(from: try fields.int("from"), to: try fields.int("to"), try fields.int("value")))
        case .compare:
            // A null slot is the held element.
            func operand(_ key: String) throws(StreamLineError) -> HeapOperand {
                try fields.nullableInt(key).map(HeapOperand.slot) ?? .held
            }
            return .heap(
                .compare(
                    try operand("lhs_slot"), try fields.int("lhs"), try operand("rhs_slot"), try fields.int("rhs"),
                    isLess: try fields.bool("less")))
        }
    }
}
