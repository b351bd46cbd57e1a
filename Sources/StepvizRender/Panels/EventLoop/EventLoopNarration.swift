import StepvizCore
import StepvizEvents

/// The last step in words, for the panel's status row.
enum EventLoopNarration {
    static func sentence(for event: EventLoopStepEvent, in model: EventLoopPanelModel, glyphs: Glyphs) -> String {
        switch event {
        case .begin("run_once"): return "iteration \(model.iterations + 1): _run_once"
        case .begin(let label): return label
        case .scene(let kind): return "a new loop: the \(kind.rawValue) scene"
        case .error(let message): return "error: \(message)"
        case .state: return model.operation.map { "\($0): done" } ?? "done"
        case .loop(let event):
            switch event {
            case .registered(let fd, let events, let callbacks): return "register fd \(fd) for \(events) (\(callbacks))"
            case .modified(let fd, let events, let callbacks): return "modify fd \(fd): \(events) (\(callbacks))"
            case .unregistered(let fd): return "unregister fd \(fd)"
            case .selected(let timeout, let ready):
                let call = "select(\(timeout.map(EventLoop.formatSeconds) ?? "None"))"
                if ready.isEmpty {
                    return timeout == nil ? "\(call): nothing can happen: the loop would block" : "\(call) \(glyphs.arrow) nothing ready"
                }
                return "\(call) \(glyphs.arrow) " + ready.map { "fd \($0.fd) \($0.events)" }.joined(separator: ", ")
            case .clockAdvanced(let from, let to):
                return "nothing ready: the clock jumps \(EventLoop.formatSeconds(from)) \(glyphs.arrow) \(EventLoop.formatSeconds(to))"
            case .callbackQueued(let id, let name): return "ready.append(#\(id) \(name))"
            case .callbackRun(let id, let name): return "run #\(id) \(name)"
            case .callbackSkipped(let id, let name): return "skip #\(id) \(name): cancelled"
            case .callbackCancelled(let id, let name): return "cancel #\(id) \(name)"
            case .timerPushed(let id, let name, let when): return "heappush #\(id) \(name) at \(EventLoop.formatSeconds(when))"
            case .timerPopped(let id, let name, _, let cancelled):
                return cancelled ? "heappop #\(id) \(name): cancelled, dropped" : "heappop #\(id) \(name): due"
            case .timerHeapRebuilding(let cancelled): return "rebuild the timer heap without \(cancelled) cancelled"
            case .futureDone(let id, let what, let outcome): return "future #\(id) \(what) done: \(outcome)"
            case .taskCreated(_, let name, let coroutine): return "create_task(\(coroutine)): \(name)"
            case .taskStep(_, let name, let sent): return "\(name).__step: send(\(sent))"
            case .taskAwaits(_, _, let what): return "task awaits \(what)"
            case .taskDone(_, let name, let outcome): return "\(name) done: \(outcome)"
            case .socketOpened(let fd, let role, let label): return "socket fd \(fd): \(label) (\(role.rawValue))"
            case .socketAccepted(let listener, let connection): return "accept on fd \(listener) \(glyphs.arrow) fd \(connection)"
            case .socketConnected(let fd, let error): return error.map { "connect fd \(fd) failed: \($0)" } ?? "fd \(fd) connected"
            case .socketSent(let fd, let bytes): return "fd \(fd) sends \(LoopValue.bytesLiteral(bytes))"
            case .socketReceived(let fd, let bytes):
                return bytes.isEmpty ? "fd \(fd) reads b'': end of stream" : "fd \(fd) reads \(LoopValue.bytesLiteral(bytes))"
            case .socketClosed(let fd): return "close fd \(fd)"
            case .socketFailed(let fd, let operation, let error): return "fd \(fd) \(operation): \(error)"
            case .output(_, let text): return "print: \(text)"
            case .iterationEnded(let iteration): return "iteration \(iteration) done"
            case .runEnded(let end): return "run ended: \(end)"
            }
        }
    }
}
