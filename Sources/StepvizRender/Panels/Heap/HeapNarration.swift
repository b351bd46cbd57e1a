import StepvizCore
import StepvizEvents

/// The log's sentence for each heap step, e.g. "compare 10 < -99: no". In
/// the requests scene, pushes and pops say who sends and who is served.
public enum HeapNarration {
    public static func sentence(for event: HeapStepEvent, scene: HeapScene = .plain, glyphs: Glyphs) -> String {
        switch event {
        case .begin(let operation):
            let line = "\(glyphs.operationMark) \(operation)"
            guard scene == .requests else { return line }
            switch operation {
            case .push(let value): return HeapRequest(value).map { "\(line): \($0.name) sends" } ?? line
            case .pop: return "\(line): the server is free"
            default: return line
            }
        case .load(let items): return "load \(items.count) items as given"
        case .result(let value):
            guard scene == .requests, let request = HeapRequest(value) else { return "returns \(value)" }
            return "serve \(request.name): priority \(request.priority), arrival \(request.arrival)"
        case .scene(let scene):
            if scene.fields.isEmpty { return "scene \(scene.rawValue): plain values" }
            return "scene \(scene.rawValue): (\(scene.fields.joined(separator: ", ")))"
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
