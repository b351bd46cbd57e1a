import Foundation
import StepvizCore
import StepvizEvents

/// The `events.jsonl` baseline: the same line for a heap step, but made the
/// way most Swift code would, an Encodable value through `JSONEncoder`, one
/// encode per event. Same fields as HeapStepEvent.encodeFields (the order
/// may differ: JSONEncoder does not promise one).
struct JSONEncoderHeapStep: Encodable {
    var step: Step<HeapStepEvent>

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(step.seq, forKey: Key("seq"))
        try container.encode(step.op, forKey: Key("op"))
        try container.encode(step.event.type, forKey: Key("type"))
        switch step.event {
        case .begin(let operation): try container.encode(operation.description, forKey: Key("operation"))
        case .result(let value): try container.encode(EncodablePythonValue(value), forKey: Key("value"))
        case .error(let error):
            try container.encode(error.message, forKey: Key("message"))
            if error.type != JSONObjectWriter.unnamedException { try container.encode(error.type, forKey: Key("exception")) }
        case .load(let items): try container.encode(items.map(EncodablePythonValue.init), forKey: Key("items"))
        case .scene(let scene):
            try container.encode(scene.rawValue, forKey: Key("scene"))
            try container.encode(scene.fields, forKey: Key("fields"))
        case .state(let items):
            try container.encode(items.map(EncodablePythonValue.init), forKey: Key("items"))
            try container.encode(PythonValue.listRepr(items), forKey: Key("repr"))
        case .heap(let event):
            switch event {
            case .load(let count): try container.encode(count, forKey: Key("count"))
            case .hold(let value), .liftLast(let value), .returnHeld(let value):
                try container.encode(EncodablePythonValue(value), forKey: Key("value"))
            case .appendHole: break
            case .lift(let slot, let value), .take(let slot, let value), .place(let slot, let value):
                try container.encode(slot, forKey: Key("slot"))
                try container.encode(EncodablePythonValue(value), forKey: Key("value"))
            case .compare(let lhs, let lhsValue, let rhs, let rhsValue, let isLess):
                try container.encode(lhs.slotIndex, forKey: Key("lhs_slot"))
                try container.encode(EncodablePythonValue(lhsValue), forKey: Key("lhs"))
                try container.encode(rhs.slotIndex, forKey: Key("rhs_slot"))
                try container.encode(EncodablePythonValue(rhsValue), forKey: Key("rhs"))
                try container.encode(isLess, forKey: Key("less"))
            case .move(let from, let to, let value):
                try container.encode(from, forKey: Key("from"))
                try container.encode(to, forKey: Key("to"))
                try container.encode(EncodablePythonValue(value), forKey: Key("value"))
            }
        }
    }
}
