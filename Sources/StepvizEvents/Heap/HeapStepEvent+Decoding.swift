import StepvizCore

extension HeapStepEvent: StepEventDecodable {
    public typealias Setup = HeapSetup
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
            if fields["items"] != nil { return .load(try fields.values("items")) }
            return .heap(.load(count: try fields.int("count")))
        case .result: return .result(try fields.value("value"))
        case .error: return .error(try fields.pythonError())
        case .state:
            let items = try fields.values("items")
            try fields.checkRepr(PythonValue.listRepr(items))
            return .state(items)
        case .scene:
            let name = try fields.string("scene")
            guard let scene = HeapScene(rawValue: name) else {
                throw StreamLineError(HeapScene.unknown(name))
            }
            guard try fields.strings("fields") == scene.fields else {
                throw StreamLineError("fields of scene '\(name)' must be \(scene.fields)")
            }
            return .scene(scene)
        case .hold: return .heap(.hold(try fields.value("value")))
        case .appendHole: return .heap(.appendHole)
        case .liftLast: return .heap(.liftLast(try fields.value("value")))
        case .lift: return .heap(.lift(try fields.int("slot"), try fields.value("value")))
        case .take: return .heap(.take(try fields.int("slot"), try fields.value("value")))
        case .place: return .heap(.place(try fields.int("slot"), try fields.value("value")))
        case .returnHeld: return .heap(.returnHeld(try fields.value("value")))
        case .move: return .heap(.move(from: try fields.int("from"), to: try fields.int("to"), try fields.value("value")))
        case .compare:
            // A null slot is the held element.
            func operand(_ key: String) throws(StreamLineError) -> HeapOperand {
                try fields.nullableInt(key).map(HeapOperand.slot) ?? .held
            }
            return .heap(
                .compare(
                    try operand("lhs_slot"), try fields.value("lhs"), try operand("rhs_slot"), try fields.value("rhs"),
                    isLess: try fields.bool("less")))
        }
    }
}
