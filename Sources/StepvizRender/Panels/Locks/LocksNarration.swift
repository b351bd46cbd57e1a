import StepvizCore
import StepvizEvents

/// The log's sentence for each locks step, e.g. "T1 waits for y; held by T2".
public enum LocksNarration {
    /// Whether a step gets a log line (the per-turn `state` does not: the
    /// tables show it).
    public static func isLogged(_ event: LocksStepEvent) -> Bool {
        switch event {
        case .state, .lock(.turn): false
        default: true
        }
    }

    public static func sentence(for entry: LocksLogEntry, glyphs: Glyphs) -> String {
        switch entry.event {
        case .begin(let operation, nil): return "\(glyphs.operationMark) \(operation)"
        case .begin(_, let thread?): return "\(glyphs.operationMark) T\(thread)'s turn"
        case .scene(let name, let threads, let ordered, let locks):
            let order = ordered ? "ranked" : (name == LocksScene.Kind.violation.rawValue ? "ranked, checked" : "as given")
            return "\(name): \(threads) threads, \(locks.count) locks, \(order)"
        case .state: return ""
        case .lock(let event):
            switch event {
            case .turn(let thread): return "T\(thread)'s turn"
            case .request(let thread, let lock, let rank): return "T\(thread) asks for \(lock) (rank \(rank))"
            case .acquired(let thread, let lock, let count):
                if let turn = entry.turnOf, turn != thread { return "T\(thread) gets \(lock), handed over" }
                return count > 1 ? "T\(thread) takes \(lock) again (\(count) holds)" : "T\(thread) takes \(lock)"
            case .wait(let thread, let lock, let holder): return "T\(thread) waits for \(lock); held by T\(holder)"
            case .released(let thread, let lock, _): return "T\(thread) releases \(lock)"
            case .violation(let thread, let lock, let held):
                return "\(LockOrderViolation.message): T\(thread) holds \(held.joined(separator: " ")), asks \(lock)"
            case .deadlock(let cycle, _, let victim):
                let ring = (cycle + cycle.prefix(1)).map { "T\($0)" }.joined(separator: " \(glyphs.arrow) ")
                return "\(LocksDeadlockReport.headline): \(ring); T\(victim) backs off"
            case .aborted(let thread, let reason): return "T\(thread) ends: \(reason)"
            case .finished(let thread): return "T\(thread) finishes"
            }
        }
    }
}
