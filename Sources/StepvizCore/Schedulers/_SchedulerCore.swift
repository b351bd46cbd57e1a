/// The engine both schedulers run on: the coroutines (each a
/// ``StackfulCoroutine``), their run queue (a task queue or an actor
/// message queue), and the one turn that may run at a time.
///
/// A turn is plain code on the caller's thread: take the next entry off
/// the queue, switch to its coroutine's stack, and run there until the
/// body yields (`park`) or ends; the switch back returns into the turn,
/// which requeues and reports. No executor, no task, no lock: the
/// schedulers are not `Sendable`, so one thread owns all of this.
///
/// Split by concern: this file holds the state, spawning and messages;
/// `_SchedulerCore+Turns` the steps and runs; `_SchedulerCore+Cancellation`
/// the cancel and its invariants.
///
/// - Complexity: O(1) amortized per turn and per send; the observer, when
///   present, is given copies of the queue (O(*q*)).
@usableFromInline
internal final class _SchedulerCore {
    enum Kind { case tasks, actors }

    /// What a turn reads and writes of a coroutine.
    struct Slot {
        /// Its stack and registers, from its first turn until it ends.
        var coroutine: StackfulCoroutine? {
            didSet { unretained = coroutine.map(Unmanaged.passUnretained) }
        }
        /// The same coroutine, for the turn's switches: reached through a
        /// guaranteed reference, a switch retains and releases nothing
        /// (`coroutine` keeps it alive).
        var unretained: Unmanaged<StackfulCoroutine>?
        var started = false
        var ended = false
        /// Resumed with a cancellation: every later yield throws at once.
        var cancelled = false
    }

    /// The rest, read when it starts, is cancelled or fails.
    struct Member {
        let name: String
        /// The body, until its first turn starts it.
        var body: CoroutineBody?
        var yieldsAfterCancel = 0
    }

    /// Everything a turn reads and writes, in raw memory behind
    /// `storage`: a property of a class pays a run-time exclusivity check
    /// on every access, and a turn makes a dozen (they cost more than the
    /// two context switches). The accessors below borrow it in place.
    struct Storage {
        /// Coroutine `id` at index `id - 1`, in both.
        var slots: [Slot] = []
        var members: [Member] = []
        var tasks = _RunQueue<Int>()
        var messages = _RunQueue<QueuedMessage>()
        /// Each name's current actor (a later spawn under a name replaces it).
        var actors: [String: Int] = [:]
        var steps = 0
        /// The coroutine resumed and not yet parked or ended.
        var running: Int?
        /// What the running coroutine is resumed with (an actor's message).
        var delivered: Int?
        /// How far the coroutine that just gave the turn back got.
        var signal = _CoroutineSignal.yielded
        /// The error text of the last coroutine whose body threw.
        var failure = ""
    }

    let kind: Kind
    let observer: ((SchedulerEvent) -> Void)?
    private let storage: UnsafeMutablePointer<Storage>

    var slots: [Slot] {
        _read { yield storage.pointee.slots }
        _modify { yield &storage.pointee.slots }
    }
    var members: [Member] {
        _read { yield storage.pointee.members }
        _modify { yield &storage.pointee.members }
    }
    var tasks: _RunQueue<Int> {
        _read { yield storage.pointee.tasks }
        _modify { yield &storage.pointee.tasks }
    }
    var messages: _RunQueue<QueuedMessage> {
        _read { yield storage.pointee.messages }
        _modify { yield &storage.pointee.messages }
    }
    var actors: [String: Int] {
        _read { yield storage.pointee.actors }
        _modify { yield &storage.pointee.actors }
    }
    var steps: Int {
        @inline(__always) get { storage.pointee.steps }
        @inline(__always) set { storage.pointee.steps = newValue }
    }
    var running: Int? {
        @inline(__always) get { storage.pointee.running }
        @inline(__always) set { storage.pointee.running = newValue }
    }
    var delivered: Int? {
        @inline(__always) get { storage.pointee.delivered }
        @inline(__always) set { storage.pointee.delivered = newValue }
    }
    var signal: _CoroutineSignal {
        @inline(__always) get { storage.pointee.signal }
        @inline(__always) set { storage.pointee.signal = newValue }
    }
    var failure: String {
        get { storage.pointee.failure }
        set { storage.pointee.failure = newValue }
    }

    init(kind: Kind, observer: ((SchedulerEvent) -> Void)?) {
        self.kind = kind
        self.observer = observer
        storage = .allocate(capacity: 1)
        storage.initialize(to: Storage())
    }

    deinit {
        // Bodies parked mid-way hold values on their stacks: end them as a
        // quit does, so nothing they hold leaks with the stacks.
        if slots.contains(where: { $0.started && !$0.ended }) { cancelAll() }
        storage.deinitialize(count: 1)
        storage.deallocate()
    }

    // MARK: Reading

    var spawned: Int { slots.count }
    var alive: [Int] { slots.indices.filter { !slots[$0].ended }.map { $0 + 1 } }
    func isAlive(_ id: Int) -> Bool { id >= 1 && id <= slots.count && !slots[id - 1].ended }

    /// The coroutines a step may resume, ascending: queued tasks, or live
    /// actors with a message waiting.
    var ready: [Int] {
        switch kind {
        case .tasks: Array(Set(tasks.elements)).sorted()
        case .actors: Array(Set(messages.elements.map(\.task).filter(isAlive))).sorted()
        }
    }

    // MARK: Spawning, output, messages

    /// Creates a coroutine (not started), queues it (tasks) or its priming
    /// empty message (actors), and returns its id.
    func spawn(_ name: String, _ body: @escaping CoroutineBody) -> Int {
        slots.append(Slot())
        members.append(Member(name: name, body: body))
        let id = slots.count
        switch kind {
        case .tasks:
            tasks.append(id)
            if let observer {
                observer(.spawn(task: id, name: name))
                observer(.queue(tasks.elements))
            }
        case .actors:
            actors[name] = id
            messages.append(QueuedMessage(actor: name, task: id, message: nil))
            if let observer {
                observer(.spawn(task: id, name: name))
                observer(.messages(messages.elements))
            }
        }
        // A coroutine may spawn another mid-step: no "nothing runs" check here.
        _checkInvariants(betweenSteps: false)
        return id
    }

    func output(_ id: Int, _ text: String) { observer?(.output(task: id, text: text)) }

    /// Queues `message` for the actor named `actor`, or drops it when no
    /// actor has that name.
    func send(_ actor: String, _ message: Int, from: Int?) {
        precondition(kind == .actors, "Coroutine.send is for actors run by an ActorScheduler")
        observer?(.send(from: from, to: actor, message: message))
        guard let id = actors[actor] else {
            observer?(.drop(to: actor, message: message, reason: "unknown actor"))
            return
        }
        messages.append(QueuedMessage(actor: actor, task: id, message: message))
        observer?(.messages(messages.elements))
        // Actors send while they run: no "nothing runs" check here.
        _checkInvariants(betweenSteps: false)
    }
}
