import StepvizCore

/// One sentence per step of a threading run, in the words of Python's
/// `threading` (`T2 waits on q.not_empty: releases q.mutex`), for the log
/// and the status row.
enum ThreadingNarration {
    static func sentence(for event: ThreadingEvent, mover: Int?, glyphs: Glyphs) -> String {
        func t(_ id: Int) -> String { "T\(id)" }
        func list(_ ids: [Int]) -> String { ids.isEmpty ? "none" : ids.map(t).joined(separator: " ") }
        switch event {
        case .turn(let thread): return "\(t(thread)) takes a step"
        case .request(let thread, let lock): return "\(t(thread)) asks for \(lock)"
        case .acquired(let thread, let lock, let count):
            if let mover, mover != thread { return "\(lock) handed to \(t(thread))" }
            return count > 1 ? "\(t(thread)) takes \(lock) again: count \(count)" : "\(t(thread)) takes \(lock)"
        case .wait(let thread, let lock, let holder): return "\(t(thread)) waits for \(lock), held by \(t(holder))"
        case .released(let thread, let lock, let count):
            return count > 0 ? "\(t(thread)) releases one hold of \(lock): count \(count)" : "\(t(thread)) releases \(lock)"
        case .deadlock(let cycle, _, let victim):
            if cycle.count == 1 { return "deadlock: \(t(victim)) waits for itself; it backs off" }
            return "deadlock " + (cycle + cycle.prefix(1)).map(t).joined(separator: " \(glyphs.arrow) ") + "; \(t(victim)) backs off"
        case .conditionWait(let thread, let condition, let lock, _, let waiters):
            return "\(t(thread)) waits on \(condition): releases \(lock); waiters \(list(waiters))"
        case .notify(let thread, let condition, _, let woken, _):
            if woken.isEmpty { return "\(t(thread)) notifies \(condition): nobody waits, nobody is woken" }
            return "\(t(thread)) notifies \(condition): wakes \(list(woken)), who must re-acquire the lock"
        case .reacquire(let thread, _, let lock): return "\(t(thread)), woken, asks for \(lock) again"
        case .waitReturned(let thread, let condition): return "\(t(thread)) returns from \(condition).wait(), holding its lock"
        case .appended(let thread, let deque, let item, let items):
            return "\(t(thread)) appends \(item) to \(deque) \(glyphs.arrow) [\(items.joined(separator: ", "))]"
        case .poppedLeft(let thread, let deque, let item, let items):
            return "\(t(thread)) pops \(item) from \(deque) \(glyphs.arrow) [\(items.joined(separator: ", "))]"
        case .assigned(let thread, let variable, let value): return "\(t(thread)) sets \(variable) = \(value)"
        case .raised(let thread, let error): return "\(t(thread)) raises \(error)"
        case .stuck: return "stuck: every live thread waits and nobody is left to wake them"
        case .aborted(let thread, let reason): return "\(t(thread)) ends: \(reason)"
        case .finished(let thread): return "\(t(thread)) finishes"
        }
    }
}
