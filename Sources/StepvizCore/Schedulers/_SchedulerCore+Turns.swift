/// The turns: a step handed back to the caller, a run that loops over
/// them, and the coroutine's side of a turn (its yield, its end).
extension _SchedulerCore {
    // MARK: The coroutine side

    /// Coroutine `id` yields: gives the turn back and waits for its next
    /// one; returns the message it is resumed with, or throws
    /// `CancellationError` once cancelled.
    @usableFromInline
    func park(_ id: Int) throws -> Int? {
        let index = id - 1
        if slots[index].cancelled {
            // A body that caught its cancellation and yields again is
            // cancelled again, at once, without giving up the turn.
            members[index].yieldsAfterCancel += 1
            let count = members[index].yieldsAfterCancel
            if count > Self.maxYieldsAfterCancel {
                preconditionFailure(
                    "coroutine \(id) '\(members[index].name)' ignores cancellation: it yielded \(count) times after it was cancelled")
            }
            throw CancellationError()
        }
        precondition(running == id, "coroutine \(id) parked, but the scheduler thought \(String(describing: running)) ran")
        signal = .yielded
        // A local: no access to `slots` stays open across the switch.
        let coroutine = slots[index].unretained.unsafelyUnwrapped
        coroutine._withUnsafeGuaranteedRef { $0.suspend() }
        if slots[index].cancelled { throw CancellationError() }
        return delivered
    }

    /// The stack a coroutine runs on: its body, then how it ended.
    private func makeCoroutine(_ id: Int) -> StackfulCoroutine {
        let name = members[id - 1].name
        let body = members[id - 1].body.take()!
        let coroutine = Coroutine(id: id, name: name, core: self)
        return StackfulCoroutine { [unowned(unsafe) self] in
            do {
                try body(coroutine)
                self.signal = .finished
            } catch is CancellationError {
                self.signal = .cancelled
            } catch {
                self.failure = "\(error)"
                self.signal = .failed
            }
        }
    }

    /// Runs coroutine `id` until it yields or ends (its first turn starts
    /// it) and returns how far it got; traps if another is running.
    @inline(__always)
    func turn(_ id: Int, delivering message: Int?) -> _CoroutineSignal {
        if let other = running { preconditionFailure("coroutine \(id) resumed while coroutine \(other) runs") }
        let index = id - 1
        precondition(!slots[index].ended, "no live coroutine \(id)")
        running = id
        delivered = message
        if slots[index].unretained == nil {
            slots[index].coroutine = makeCoroutine(id)
            slots[index].started = true
        }
        let coroutine = slots[index].unretained.unsafelyUnwrapped
        coroutine._withUnsafeGuaranteedRef { $0.resume() }
        running = nil
        if coroutine._withUnsafeGuaranteedRef(\.isFinished) {
            slots[index].ended = true
            slots[index].coroutine = nil
        }
        return signal
    }

    func event(for signal: _CoroutineSignal, of id: Int) -> SchedulerEvent {
        switch signal {
        case .yielded: .yield(task: id)
        case .finished: .finish(task: id)
        case .cancelled: .cancelled(task: id)
        case .failed: .failed(task: id, message: failure)
        }
    }

    // MARK: The scheduler side

    enum TurnStart {
        case empty
        case dropped(actor: String)
        case turn(id: Int, message: Int?)
    }

    /// Takes the next step off the queue: counts it, reports it, and says
    /// whom to resume with what.
    private func beginTurn() -> TurnStart {
        switch kind {
        case .tasks:
            guard let next = tasks.popFirst() else { return .empty }
            steps += 1
            observer?(.resume(task: next, message: nil))
            return .turn(id: next, message: nil)
        case .actors:
            guard let next = messages.popFirst() else { return .empty }
            steps += 1
            guard isAlive(next.task) else {
                if let observer {
                    observer(.drop(to: next.actor, message: next.message, reason: "finished actor"))
                    observer(.messages(messages.elements))
                }
                _checkInvariants(betweenSteps: true)
                return .dropped(actor: next.actor)
            }
            if let observer {
                observer(.deliver(actor: next.actor, task: next.task, message: next.message))
                observer(.resume(task: next.task, message: next.message))
            }
            return .turn(id: next.task, message: next.message)
        }
    }

    /// The scheduler's half of a step, after the coroutine's: report how
    /// it ended, requeue a task that yielded, report the queue.
    private func afterTurn(_ id: Int, _ signal: _CoroutineSignal) {
        switch kind {
        case .tasks:
            if case .yielded = signal { tasks.append(id) }
            if let observer {
                observer(event(for: signal, of: id))
                observer(.queue(tasks.elements))
            }
        case .actors:
            if let observer {
                observer(event(for: signal, of: id))
                observer(.messages(messages.elements))
            }
        }
        _checkInvariants(betweenSteps: true)
    }

    /// One step, handed back to the caller: the next task's turn, or the
    /// next message's delivery (or drop). Nil when nothing is queued.
    ///
    /// With `choosing`, that coroutine's turn instead (its first queued
    /// entry or message moves to the head, the rest keep their order); nil
    /// when it is not ready.
    func step(choosing chosen: Int? = nil) -> SchedulerStepEnd? {
        if let chosen {
            let found =
                switch kind {
                case .tasks: tasks.moveToFront { $0 == chosen }
                case .actors: isAlive(chosen) && messages.moveToFront { $0.task == chosen }
                }
            guard found else { return nil }
        }
        switch beginTurn() {
        case .empty: return nil
        case .dropped(let actor): return .dropped(actor: actor)
        case .turn(let id, let message):
            let signal = turn(id, delivering: message)
            afterTurn(id, signal)
            return SchedulerStepEnd(task: id, signal, failure: failure)
        }
    }

    /// Steps until nothing is pending, `maxSteps` steps were taken, a
    /// coroutine throws, or the calling task is cancelled (checked before
    /// every step, in the order the notes' loop does: cancelled, nothing
    /// pending, out of steps). Whatever ends the run, coroutines still
    /// alive are then resumed with a cancellation, so none is left parked.
    func run(maxSteps: Int) -> SchedulerRunEnd {
        if let other = running { preconditionFailure("run() called while coroutine \(other) runs") }
        let end = observer == nil && kind == .tasks ? quietTaskRun(maxSteps: maxSteps) : generalRun(maxSteps: maxSteps)
        if end != .completed || !alive.isEmpty { cancelAll() }
        return end
    }

    /// The run nearly every measurement is made of (tasks, no observer):
    /// the same steps as ``generalRun(maxSteps:)`` with nothing to report.
    private func quietTaskRun(maxSteps: Int) -> SchedulerRunEnd {
        while true {
            if Task.isCancelled { return .cancelled }
            if tasks.isEmpty { return .completed }
            if steps >= maxSteps { return .quit }
            let id = tasks.popFirst().unsafelyUnwrapped
            steps += 1
            let signal = turn(id, delivering: nil)
            switch signal {
            case .yielded: tasks.append(id)
            case .finished, .cancelled: break
            case .failed: return .failed(task: id, message: failure)
            }
            _checkInvariants(betweenSteps: true)
        }
    }

    private func generalRun(maxSteps: Int) -> SchedulerRunEnd {
        while true {
            if Task.isCancelled { return .cancelled }
            if kind == .tasks ? tasks.isEmpty : messages.isEmpty { return .completed }
            if steps >= maxSteps { return .quit }
            switch beginTurn() {
            case .empty: return .completed
            case .dropped: continue
            case .turn(let id, let message):
                let signal = turn(id, delivering: message)
                afterTurn(id, signal)
                if case .failed = signal { return .failed(task: id, message: failure) }
            }
        }
    }
}
