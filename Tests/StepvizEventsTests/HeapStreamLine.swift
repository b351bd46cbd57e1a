import StepvizCore
import StepvizEvents

/// One line of the heap event stream as a reader outside the project would
/// decode it, by the field names of the schema. Decoded with JSONDecoder,
/// which reads every 64-bit integer exactly (JSONSerialization on Linux
/// turns some large negative ones into NSDecimalNumbers that `as? Int`
/// refuses).
struct HeapStreamLine: Decodable {
    var seq: Int
    var op: Int
    var type: String
    var operation: String?
    var message: String?
    var value: Int?
    var slot: Int?
    var items: [Int]?
    var from: Int?
    var to: Int?
    var lhs: Int?
    var rhs: Int?
    var less: Bool?
    /// nil when absent; `.held` when the field is JSON `null`.
    var lhsSlot: HeapOperand?
    var rhsSlot: HeapOperand?

    enum CodingKeys: String, CodingKey {
        case seq, op, type, operation, message, value, slot, items, from, to, lhs, rhs, less
        case lhsSlot = "lhs_slot"
        case rhsSlot = "rhs_slot"
    }

    init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: CodingKeys.self)
        seq = try fields.decode(Int.self, forKey: .seq)
        op = try fields.decode(Int.self, forKey: .op)
        type = try fields.decode(String.self, forKey: .type)
        operation = try fields.decodeIfPresent(String.self, forKey: .operation)
        message = try fields.decodeIfPresent(String.self, forKey: .message)
        value = try fields.decodeIfPresent(Int.self, forKey: .value)
        slot = try fields.decodeIfPresent(Int.self, forKey: .slot)
        items = try fields.decodeIfPresent([Int].self, forKey: .items)
        from = try fields.decodeIfPresent(Int.self, forKey: .from)
        to = try fields.decodeIfPresent(Int.self, forKey: .to)
        lhs = try fields.decodeIfPresent(Int.self, forKey: .lhs)
        rhs = try fields.decodeIfPresent(Int.self, forKey: .rhs)
        less = try fields.decodeIfPresent(Bool.self, forKey: .less)
        func operand(_ key: CodingKeys) throws -> HeapOperand? {
            guard fields.contains(key) else { return nil }
            if try fields.decodeNil(forKey: key) { return .held }
            return .slot(try fields.decode(Int.self, forKey: key))
        }
        lhsSlot = try operand(.lhsSlot)
        rhsSlot = try operand(.rhsSlot)
    }

    /// The event this line was written from, or nil when a field it needs
    /// is missing.
    var event: HeapStepEvent? {
        switch type {
        case "begin":
            guard let operation,
                let parsed = try? OperationScript.parse(operation, as: HeapOperation.self),
                parsed.count == 1
            else { return nil }
            return .begin(parsed[0])
        case "result": return value.map { .result(Self.python($0)) }
        case "error": return message.map { .error(PythonError("IndexError", $0)) }
        case "state": return items.map { .state($0.map(Self.python)) }
        case "load": return items.map { .load($0.map(Self.python)) }
        case "hold": return value.map { .heap(.hold(Self.python($0))) }
        case "append_hole": return .heap(.appendHole)
        case "lift_last": return value.map { .heap(.liftLast(Self.python($0))) }
        case "return_held": return value.map { .heap(.returnHeld(Self.python($0))) }
        case "lift": return slot.flatMap { slot in value.map { .heap(.lift(slot, Self.python($0))) } }
        case "take": return slot.flatMap { slot in value.map { .heap(.take(slot, Self.python($0))) } }
        case "place": return slot.flatMap { slot in value.map { .heap(.place(slot, Self.python($0))) } }
        case "compare":
            guard let lhsSlot, let lhs, let rhsSlot, let rhs, let less else { return nil }
            return .heap(.compare(lhsSlot, Self.python(lhs), rhsSlot, Self.python(rhs), isLess: less))
        case "move":
            guard let from, let to, let value else { return nil }
            return .heap(.move(from: from, to: to, Self.python(value)))
        default: return nil
        }
    }

    /// This reader's integers as the session's values.
    static func python(_ value: Int) -> PythonValue { .int(Int64(value)) }
}
