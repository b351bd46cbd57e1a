/// Which function of the scene's code a thread is in, for the running
/// line: the scene's own body, or one of `queue.Queue`'s methods.
enum ThreadingCall: Equatable, Sendable {
    case body
    case put
    case get
    case taskDone
    case join
}
