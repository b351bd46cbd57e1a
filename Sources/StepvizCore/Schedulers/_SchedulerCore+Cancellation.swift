/// Ending every coroutine (a quit, a failure, a cancelled run, or the
/// scheduler let go of) and the invariants checked between steps.
extension _SchedulerCore {
    /// How many yields a coroutine may make after it was cancelled before
    /// the scheduler gives up on it. Each such yield throws at once, so a
    /// body that swallows `CancellationError` a few times (cleanup that
    /// yields) still ends; one that swallows it in an endless loop would
    /// keep the quit waiting for ever, and is stopped with a crash naming it.
    static let maxYieldsAfterCancel = 10_000

    /// Resumes every live coroutine with a cancellation, in id order, and
    /// runs each body to its end; one never started just ends. The queue
    /// is emptied.
    ///
    /// Traps (`preconditionFailure`, "coroutine N 'name' ignores
    /// cancellation") when a body yields more than
    /// ``maxYieldsAfterCancel`` times after its cancellation: a bug in the
    /// body becomes a crash with its name, never a hang on quit.
    func cancelAll() {
        while let index = slots.firstIndex(where: { !$0.ended }) {
            let id = index + 1
            if let other = running { preconditionFailure("coroutine \(id) resumed while coroutine \(other) runs") }
            guard slots[index].started else {
                slots[index].ended = true
                members[index].body = nil
                observer?(.cancelled(task: id))
                continue
            }
            slots[index].cancelled = true
            let signal = turn(id, delivering: nil)
            precondition(slots[index].ended, "coroutine \(id) '\(members[index].name)' parked after its cancellation")
            observer?(event(for: signal, of: id))
        }
        tasks.removeAll()
        messages.removeAll()
        observer?(kind == .tasks ? .queue([]) : .messages([]))
        _checkInvariants(betweenSteps: true)
    }

    /// Traps, naming what failed (see `_SchedulerInvariants`): a queued
    /// task ended or repeated, a message for a coroutine never spawned, or
    /// (`betweenSteps`) a coroutine still running. Compiled in only with
    /// STEPVIZ_INTERNAL_CHECKS (debug builds).
    @inline(__always)
    func _checkInvariants(betweenSteps: Bool) {
        #if STEPVIZ_INTERNAL_CHECKS
        let running = betweenSteps ? self.running : nil
        switch kind {
        case .tasks:
            if let problem = _SchedulerInvariants.violation(queued: tasks.elements, alive: alive, running: running) {
                preconditionFailure("TaskScheduler invariant: \(problem)")
            }
        case .actors:
            if let problem = _SchedulerInvariants.violation(messages: messages.elements, spawned: slots.count, running: running) {
                preconditionFailure("ActorScheduler invariant: \(problem)")
            }
        }
        #endif
    }
}
