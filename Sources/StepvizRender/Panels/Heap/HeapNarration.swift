import StepvizCore
import StepvizEvents

/// The log's sentence for each heap step, e.g. "compare 10 < -99: no".
public enum HeapNarration {
    public static func sentence(for event: HeapStepEvent, glyphs: Glyphs) -> String {
        switch event {
        case .begin(let operation): return "\(glyphs.operationMark) \(operation)"
        case .load(let items): return "load \(items.count) items as given"
        case .result(let value): return "returns \(value)"
        case .error(let error): return "error: \(error.panelText)"
        case .state(let items): return "heap: \(items.map(\.repr).joined(separator: " "))"
        case .heap(let event):
            switch event {
            case .load(let count): return "load \(count) items as given"
            case .hold(let value): return "hold \(value)"
            case .appendHole: return "append a hole at the end"
            case .liftLast(let value): return "take the last, \(value), in hand"
            case .lift(let slot, let value): return "lift \(value) from [\(slot)]"
            case .take(let slot, let value): return "take \(value) from [\(slot)]"
            case .compare(_, let lhs, _, let rhs, let isLess): return "compare \(lhs) < \(rhs): \(isLess ? "yes" : "no")"
            case .move(let from, let to, let value): return "move \(value) [\(from)] \(glyphs.arrow) [\(to)]"
            case .place(let slot, let value): return "place \(value) at [\(slot)]"
            case .returnHeld(let value): return "\(value) is the result"
            }
        }
    }
}
