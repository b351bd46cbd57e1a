/// One step of an ``EventLoop``, as it takes it: everything the event-loop
/// panel shows (the interest list, each `select`, the ready queue, the
/// timer heap, tasks, sockets, output).
///
///     loop.observer = { event in log.append(event) }
///
/// Socket events name descriptors, never ports: ephemeral ports differ from
/// run to run, while a fresh process gets the same descriptors every time.
public enum EventLoopEvent: Equatable, Sendable {
    /// An fd joined the selector's interest list with these callbacks.
    case registered(fd: Int32, events: SelectorEvents, callbacks: String)
    /// Its interest or callbacks changed.
    case modified(fd: Int32, events: SelectorEvents, callbacks: String)
    /// It left the interest list.
    case unregistered(fd: Int32)
    /// One `select`: the timeout asyncio computed (nil: block) and the keys
    /// the kernel returned, in registration order.
    case selected(timeout: Double?, ready: [ReadyDescriptor])
    /// The virtual clock jumped to the next timer.
    case clockAdvanced(from: Double, to: Double)
    /// A callback joined the ready queue (from `callSoon`, a timer that fell
    /// due, or a ready fd).
    case callbackQueued(id: Int, name: String)
    /// A callback left the ready queue and ran (the events it causes follow,
    /// until the next `callbackRun` or `iterationEnded`).
    case callbackRun(id: Int, name: String)
    /// A cancelled callback left the ready queue without running.
    case callbackSkipped(id: Int, name: String)
    /// A callback or timer was cancelled.
    case callbackCancelled(id: Int, name: String)
    /// A timer entered the heap.
    case timerPushed(id: Int, name: String, when: Double)
    /// A timer left the heap: due (to the ready queue) or cancelled (dropped).
    case timerPopped(id: Int, name: String, when: Double, cancelled: Bool)
    /// Most of a large heap is cancelled: it is rebuilt without them. The
    /// `timerPopped` events of the cancelled ones follow, in heap array
    /// order, and the rest is heapified in its array order.
    case timerHeapRebuilding(cancelled: Int)
    /// A future got its result, exception or cancellation.
    case futureDone(id: Int, what: String, outcome: String)
    /// A task was made around `coroutine` (its first step is queued).
    case taskCreated(task: Int, name: String, coroutine: String)
    /// A task's coroutine is resumed with `sent` (asyncio's `__step`).
    case taskStep(task: Int, name: String, sent: String)
    /// The task now waits on a future (nil: it yielded, as `sleep(0)` does).
    case taskAwaits(task: Int, future: Int?, what: String)
    /// The task's coroutine returned or raised.
    case taskDone(task: Int, name: String, outcome: String)
    /// A loopback socket appeared (listening, accepted or connecting).
    case socketOpened(fd: Int32, role: LoopbackSocket.Role, label: String)
    /// `accept` on `listener` gave `connection`.
    case socketAccepted(listener: Int32, connection: Int32)
    /// A connect finished (error nil) or failed.
    case socketConnected(fd: Int32, error: String?)
    /// `sock.send(bytes)` wrote these bytes on `fd`.
    case socketSent(fd: Int32, bytes: [UInt8])
    /// Bytes read; empty at the end of the stream.
    case socketReceived(fd: Int32, bytes: [UInt8])
    /// `sock.close()`: `fd` is closed (and unregistered first if it was registered).
    case socketClosed(fd: Int32)
    /// A socket call failed at run time (refused, reset): a value, not a crash.
    case socketFailed(fd: Int32, operation: String, error: String)
    /// A line the program printed, at the loop's time.
    case output(time: Double, text: String)
    /// The end of one `_run_once` (iteration numbers start at 1).
    case iterationEnded(iteration: Int)
    /// `runForever` returned.
    case runEnded(LoopRunEnd)

    /// An fd `select` returned, with what was ready on it.
    public struct ReadyDescriptor: Equatable, Sendable {
        /// The file descriptor the kernel reported ready.
        public var fd: Int32
        /// What it is ready for (read, write).
        public var events: SelectorEvents
        /// A ready descriptor as `select` returned it.
        public init(fd: Int32, events: SelectorEvents) {
            self.fd = fd
            self.events = events
        }
    }
}
