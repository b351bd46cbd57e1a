import StepvizCore

/// What an ``EventLoopSession`` writes as its loop runs: the steps framed
/// per operation, with every descriptor renumbered as a fresh process
/// would number it (``EventLoopDescriptorNumbers``). A class, because the
/// loop's observer closure appends to it.
final class EventLoopRecorder {
    let kind: EventLoopScene.Kind
    private(set) var log = StepLog<EventLoopStepEvent>()
    private(set) var labels: [String] = []
    private(set) var numbers = EventLoopDescriptorNumbers()

    init(kind: EventLoopScene.Kind) { self.kind = kind }

    func begin(_ label: String) {
        labels.append(label)
        append(.begin(label))
        // The run's first operation says which scene it is: where a model
        // of several runs in a row starts afresh.
        if labels.count == 1 { append(.scene(kind)) }
    }

    func finish(_ state: EventLoopState) { append(.state(state)) }

    func append(_ event: EventLoopStepEvent) { log.record(event, op: labels.count - 1) }

    /// One library event, its descriptors renumbered.
    func observe(_ event: EventLoopEvent) {
        let n = { (fd: Int32) in self.numbers.number(fd) }
        let renumbered: EventLoopEvent =
            switch event {
            case .registered(let fd, let events, let callbacks): .registered(fd: n(fd), events: events, callbacks: callbacks)
            case .modified(let fd, let events, let callbacks): .modified(fd: n(fd), events: events, callbacks: callbacks)
            case .unregistered(let fd): .unregistered(fd: n(fd))
            case .selected(let timeout, let ready): .selected(timeout: timeout, ready: ready.map { .init(fd: n($0.fd), events: $0.events) })
            case .socketOpened(let fd, let role, let label): .socketOpened(fd: numbers.open(fd), role: role, label: label)
            case .socketAccepted(let listener, let connection): .socketAccepted(listener: n(listener), connection: n(connection))
            case .socketConnected(let fd, let error): .socketConnected(fd: n(fd), error: error)
            case .socketSent(let fd, let bytes): .socketSent(fd: n(fd), bytes: bytes)
            case .socketReceived(let fd, let bytes): .socketReceived(fd: n(fd), bytes: bytes)
            case .socketClosed(let fd): .socketClosed(fd: numbers.close(fd))
            case .socketFailed(let fd, let operation, let error): .socketFailed(fd: n(fd), operation: operation, error: error)
            default: event
            }
        append(.loop(renumbered))
    }
}
