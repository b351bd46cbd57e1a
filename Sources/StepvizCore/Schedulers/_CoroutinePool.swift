import Synchronization

/// The coroutines of one scheduler: starts each as a Swift task parked at
/// its start, resumes one at a time and waits for it to park again, and on
/// quit resumes every one still alive with a cancellation and waits for its
/// task to end, so no continuation and no task is left behind.
@usableFromInline
internal final class _CoroutinePool: Sendable {
    struct Member {
        let name: String
        let channel: _CoroutineChannel
        let task: Task<Void, Never>
    }

    private let executor: (any TaskExecutor)?
    private let observer: (@Sendable (SchedulerEvent) -> Void)?
    private let members = Mutex<[Int: Member]>([:])
    private let nextID = Mutex(1)
    /// The coroutine resumed and not yet parked or ended, if any.
    private let runningID = Mutex<Int?>(nil)

    init(executor: (any TaskExecutor)?, observer: (@Sendable (SchedulerEvent) -> Void)?) {
        self.executor = executor
        self.observer = observer
    }

    func emit(_ event: SchedulerEvent) { observer?(event) }

    /// Creates a coroutine (not started) and returns its id.
    func spawn(_ name: String, _ body: @escaping CoroutineBody,
               send: (@Sendable (Int, String, Int) -> Void)?) -> Int {
        let id = nextID.withLock { id in
            defer { id += 1 }
            return id
        }
        let channel = _CoroutineChannel()
        let observer = self.observer
        let coroutine = Coroutine(id: id, name: name, channel: channel,
                                  output: { task, text in observer?(.output(task: task, text: text)) },
                                  send: send)
        let task = Task(executorPreference: executor) {
            do {
                // Like a generator, the body starts on the first resume.
                _ = try await channel.park()
                try await body(coroutine)
                channel.signal(.finished)
            } catch is CancellationError {
                channel.signal(.cancelled)
            } catch {
                channel.signal(.failed("\(error)"))
            }
        }
        members.withLock { $0[id] = Member(name: name, channel: channel, task: task) }
        emit(.spawn(task: id, name: name))
        return id
    }

    /// Resumes `id` with `message`, waits until it parks again or ends, and
    /// reports which. An ended coroutine's task is awaited and forgotten.
    func resume(_ id: Int, message: Int?) async -> _CoroutineSignal {
        guard let member = members.withLock({ $0[id] }) else { preconditionFailure("no live coroutine \(id)") }
        emit(.resume(task: id, message: message))
        _beginRunning(id)
        member.channel.resume(.run(message))
        let signal = await member.channel.nextSignal()
        _endRunning(id)
        switch signal {
        case .yielded: emit(.yield(task: id))
        case .finished: emit(.finish(task: id))
        case .cancelled: emit(.cancelled(task: id))
        case .failed(let message): emit(.failed(task: id, message: message))
        }
        if case .yielded = signal { return signal }
        await member.task.value
        members.withLock { _ = $0.removeValue(forKey: id) }
        return signal
    }

    /// The coroutine running right now (between a resume and its next
    /// yield or end), if any: nil whenever a scheduler is between steps.
    var running: Int? { runningID.withLock { $0 } }

    /// Marks `id` as the one coroutine running; traps if another is.
    private func _beginRunning(_ id: Int) {
        runningID.withLock { running in
            if let other = running { preconditionFailure("coroutine \(id) resumed while coroutine \(other) runs") }
            running = id
        }
    }

    private func _endRunning(_ id: Int) {
        runningID.withLock { running in
            precondition(running == id, "coroutine \(id) parked, but the pool thought \(String(describing: running)) ran")
            running = nil
        }
    }

    /// How many coroutines were spawned (their ids are 1...spawned).
    var spawned: Int { nextID.withLock { $0 - 1 } }

    /// Whether `id` is alive (spawned, not ended).
    func isAlive(_ id: Int) -> Bool { members.withLock { $0[id] != nil } }

    /// The ids alive, ascending.
    var alive: [Int] { members.withLock { $0.keys.sorted() } }

    /// How many yields a coroutine may make after it was cancelled before
    /// the pool gives up on it. Each such yield throws at once, so a body
    /// that swallows `CancellationError` a few times (cleanup that yields)
    /// still ends; one that swallows it in an endless loop would keep the
    /// quit waiting for ever, and is stopped with a crash naming it.
    static let maxYieldsAfterCancel = 10_000

    /// Resumes every live coroutine with a cancellation, in id order, and
    /// waits for each body and task to end.
    ///
    /// Traps (`preconditionFailure`, "coroutine N 'name' ignores
    /// cancellation") when a body yields more than
    /// ``maxYieldsAfterCancel`` times after its cancellation: a bug in the
    /// body becomes a crash with its name, never a hang on quit.
    func cancelAll() async {
        for id in alive {
            guard let member = members.withLock({ $0[id] }) else { continue }
            _beginRunning(id)
            member.channel.resume(.cancel)
            // A body that catches the cancellation and yields again is
            // cancelled again: every later park throws at once.
            var signal = await member.channel.nextSignal()
            var yieldsAfterCancel = 0
            while case .yielded = signal {
                yieldsAfterCancel += 1
                if yieldsAfterCancel > Self.maxYieldsAfterCancel {
                    preconditionFailure("coroutine \(id) '\(member.name)' ignores cancellation: it yielded \(yieldsAfterCancel) times after it was cancelled")
                }
                signal = await member.channel.nextSignal()
            }
            _endRunning(id)
            switch signal {
            case .finished: emit(.finish(task: id))
            case .failed(let message): emit(.failed(task: id, message: message))
            case .cancelled, .yielded: emit(.cancelled(task: id))
            }
            await member.task.value
            members.withLock { _ = $0.removeValue(forKey: id) }
        }
    }
}
