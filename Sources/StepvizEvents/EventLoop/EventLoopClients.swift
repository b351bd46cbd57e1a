import StepvizCore

/// The server scene's clients, numbered from 1 in connect order: each
/// connects as a task (`sock_connect`) and is nil until the connect
/// finished, and again once closed or refused.
final class EventLoopClients {
    private(set) var sockets: [LoopbackSocket?] = []

    /// Starts client `count + 1`'s connect to `port` as a task named `client N`.
    func connect(to port: UInt16, on loop: EventLoop) {
        let index = sockets.count
        sockets.append(nil)
        let label = "client \(index + 1)"
        loop.createTask(
            StepCoroutine(name: "connect(\(label))") { [unowned self] state, sent, loop in
                switch state {
                case 0:
                    state = 1
                    return .awaiting(loop.sockConnect(to: port, label: label))
                default:
                    // A refusal was re-raised before this (the task fails with it).
                    sockets[index] = try? sent.get().socket
                    return .returned(.none)
                }
            }, name: label)
    }

    /// Client `number`'s socket, nil when it is not connected.
    func socket(_ number: Int) -> LoopbackSocket? {
        sockets.indices.contains(number - 1) ? sockets[number - 1] : nil
    }

    /// Closes client `number` (the server reads the end of its stream).
    func close(_ number: Int) {
        socket(number)?.close()
        sockets[number - 1] = nil
    }
}
