import StepvizCore

/// The locks state rebuilt from the events alone: who holds each lock (and
/// how often), who waits, which threads run, are blocked or ended.
///
/// Tests check that after every operation it equals the `state` the
/// library reported, which is what lets the panel draw from events.
///
///     var replay = LocksReplay()
///     for step in session.steps { replay.apply(step.event) }
///
/// - Complexity: O(*l* + *n*) per event for *l* locks and *n* threads.
public struct LocksReplay: Equatable, Sendable {
    public private(set) var state = LockRunSnapshot(locks: [], running: [], blocked: [], finished: [], aborted: [])

    public init() {}

    public mutating func apply(_ event: LocksStepEvent) {
        switch event {
        case .begin, .state:
            break
        case .scene(_, let threads, _, let locks):
            state = LockRunSnapshot(locks: locks, running: Array(1...threads), blocked: [], finished: [], aborted: [])
        case .lock(let event):
            apply(event)
        }
    }

    private mutating func apply(_ event: LockEvent) {
        switch event {
        case .turn, .request, .violation, .deadlock:
            break
        case .acquired(let thread, let lock, let count):
            let index = self.index(of: lock)
            state.locks[index].holder = thread
            state.locks[index].count = count
            if let waiting = state.locks[index].waiters.firstIndex(of: thread) {
                // A hand-over: the first waiter got the lock and runs again.
                state.locks[index].waiters.remove(at: waiting)
                move(thread, from: \.blocked, to: \.running)
            }
        case .wait(let thread, let lock, _):
            state.locks[index(of: lock)].waiters.append(thread)
            move(thread, from: \.running, to: \.blocked)
        case .released(_, let lock, let count):
            let index = self.index(of: lock)
            state.locks[index].count = count
            if count == 0 { state.locks[index].holder = nil }
        case .aborted(let thread, _):
            move(thread, from: \.running, to: \.aborted)
        case .finished(let thread):
            move(thread, from: \.running, to: \.finished)
        }
        // A `wait` followed by `deadlock` did not block: the victim backs off.
        if case .deadlock(_, _, let victim) = event {
            for index in state.locks.indices { state.locks[index].waiters.removeAll { $0 == victim } }
            move(victim, from: \.blocked, to: \.running)
        }
    }

    private func index(of lock: String) -> Int {
        guard let index = state.locks.firstIndex(where: { $0.name == lock }) else {
            preconditionFailure("LocksReplay: event for unknown lock \(lock)")
        }
        return index
    }

    private mutating func move(_ thread: Int, from: WritableKeyPath<LockRunSnapshot, [Int]>, to: WritableKeyPath<LockRunSnapshot, [Int]>) {
        state[keyPath: from].removeAll { $0 == thread }
        state[keyPath: to].append(thread)
        state[keyPath: to].sort()
    }
}
