import StepvizCore

/// A threading run's state rebuilt from its events alone: every lock's
/// holder, count and waiters, every condition's waiters, the deques and
/// variables, what each blocked thread waits for, and who runs, waits or
/// has ended — the ``ThreadingSnapshot`` the library reports after each
/// step, which tests (and a saved stream's reader) check it equals.
///
///     var replay = ThreadingReplay()
///     for step in session.steps { replay.apply(step.event) }
///     replay.state.conditions[0].waiters    // [2]: thread 2 waits on not_empty
///
/// - Complexity: O(*l* + *c* + *n*) per event for *l* locks, *c*
///   conditions and *n* threads.
public struct ThreadingReplay: Equatable, Sendable {
    public private(set) var state = ThreadingSnapshot(
        locks: [], conditions: [], deques: [], variables: [], waits: [:], running: [], blocked: [], finished: [], aborted: [],
        stuck: nil)
    /// The condition each notified thread is re-acquiring the lock for.
    private var reacquiring: [Int: String] = [:]

    public init() {}

    public mutating func apply(_ event: ThreadingStepEvent) {
        switch event {
        case .begin, .state:
            break
        case .scene(let header):
            state = header.initial
            reacquiring = [:]
        case .threading(let event):
            apply(event)
        }
    }

    private mutating func apply(_ event: ThreadingEvent) {
        switch event {
        case .turn, .request, .raised, .waitReturned:
            if case .waitReturned(let thread, _) = event { reacquiring[thread] = nil }
        case .acquired(let thread, let lock, let count):
            let index = self.index(of: lock)
            state.locks[index].holder = thread
            state.locks[index].count = count
            if let waiting = state.locks[index].waiters.firstIndex(of: thread) {
                // A hand-over: the first in line got the lock and runs again;
                // the rest now wait for it.
                state.locks[index].waiters.remove(at: waiting)
                state.waits[thread] = nil
                move(thread, from: \.blocked, to: \.running)
                for waiter in state.locks[index].waiters {
                    state.waits[waiter] = wait(of: waiter, for: lock, holder: thread)
                }
            }
        case .wait(let thread, let lock, let holder):
            state.locks[index(of: lock)].waiters.append(thread)
            state.waits[thread] = wait(of: thread, for: lock, holder: holder)
            move(thread, from: \.running, to: \.blocked)
        case .deadlock(_, _, let victim):
            // The request that closed the cycle did not block: the victim backs off.
            for index in state.locks.indices { state.locks[index].waiters.removeAll { $0 == victim } }
            state.waits[victim] = nil
            reacquiring[victim] = nil
            move(victim, from: \.blocked, to: \.running)
        case .released(_, let lock, let count):
            let index = self.index(of: lock)
            state.locks[index].count = count
            if count == 0 { state.locks[index].holder = nil }
        case .conditionWait(let thread, let condition, let lock, _, let waiters):
            state.conditions[self.condition(condition)].waiters = waiters
            state.waits[thread] = .condition(condition, lock: lock)
            move(thread, from: \.running, to: \.blocked)
        case .notify(_, let condition, _, let woken, let waiters):
            state.conditions[self.condition(condition)].waiters = waiters
            for thread in woken {
                state.waits[thread] = nil
                move(thread, from: \.blocked, to: \.running)
            }
        case .reacquire(let thread, let condition, _):
            reacquiring[thread] = condition
        case .appended(_, let deque, _, let items), .poppedLeft(_, let deque, _, let items):
            state.deques[self.deque(deque)].items = items
        case .assigned(_, let variable, let value):
            state.variables[self.variable(variable)].value = value
        case .stuck(let report):
            state.stuck = report
        case .aborted(let thread, _):
            move(thread, from: \.running, to: \.aborted)
        case .finished(let thread):
            move(thread, from: \.running, to: \.finished)
        }
    }

    /// A wait for `lock`: in a condition's re-acquire when the thread was notified.
    private func wait(of thread: Int, for lock: String, holder: Int) -> ThreadWait {
        reacquiring[thread].map { .reacquire(lock, condition: $0, holder: holder) } ?? .lock(lock, holder: holder)
    }

    private func index(of lock: String) -> Int { Self.position(lock, in: state.locks.map(\.name), kind: "lock") }
    private func condition(_ name: String) -> Int { Self.position(name, in: state.conditions.map(\.name), kind: "condition") }
    private func deque(_ name: String) -> Int { Self.position(name, in: state.deques.map(\.name), kind: "deque") }
    private func variable(_ name: String) -> Int { Self.position(name, in: state.variables.map(\.name), kind: "variable") }

    private static func position(_ name: String, in names: [String], kind: String) -> Int {
        guard let index = names.firstIndex(of: name) else { preconditionFailure("ThreadingReplay: event for unknown \(kind) \(name)") }
        return index
    }

    private mutating func move(
        _ thread: Int, from: WritableKeyPath<ThreadingSnapshot, [Int]>, to: WritableKeyPath<ThreadingSnapshot, [Int]>
    ) {
        state[keyPath: from].removeAll { $0 == thread }
        state[keyPath: to].append(thread)
        state[keyPath: to].sort()
    }
}
