/// A task of the run as the panel lists it: its name and where it stands.
public struct EventLoopTaskRow: Equatable, Sendable {
    public enum Status: Equatable, Sendable {
        /// Its first step is queued.
        case created
        /// Its coroutine runs now (between `task_step` and what it awaits).
        case running
        /// Waits on a future (`sleep(1)`, `sock_connect client 1`).
        case awaiting(String)
        /// Yielded (`sleep(0)`): its next step is queued.
        case yielded
        /// Returned or raised, with the outcome (`None`, `ConnectionRefusedError(...)`).
        case done(String)
    }

    public let id: Int
    public let name: String
    /// The coroutine it drives (`say_after(1, 'hello')`).
    public let coroutine: String
    public var status: Status = .created
    public var steps = 0
}
