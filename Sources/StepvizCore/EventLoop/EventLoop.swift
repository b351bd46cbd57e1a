#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An event loop with the structure of CPython's asyncio
/// (`BaseEventLoop._run_once`): a ready queue of callbacks (a ``BlockDeque``),
/// a heap of timers (a ``BinaryHeap`` of deadlines compared alone, as
/// `TimerHandle` is), and a selector over real file descriptors.
///
///     let loop = try EventLoop()
///     loop.callLater(1, name: "hello") { loop.print("hello") }
///     loop.callSoon(name: "first") { loop.print("first") }
///     loop.runForever()    // first at t=0, hello at t=1, then .idle
///
/// Each iteration computes the select timeout (0 when callbacks are ready,
/// else until the earliest timer, else none), selects, queues the callbacks
/// of ready fds, moves due timers to the ready queue, then runs exactly the
/// callbacks ready at that moment: those they add wait for the next
/// iteration.
///
/// The clock is virtual by default (``LoopClock``): when nothing is ready,
/// time jumps to the next timer. The loop waits for real only while loopback
/// I/O it started is in flight, until the kernel shows it, so the same
/// program gives the same steps (see ``EventSelector`` for the order of
/// ready fds).
///
/// The loop is single-threaded: create and drive it from one thread.
public final class EventLoop {
    /// Where time comes from.
    public let clock: LoopClock

    /// Receives every step as the loop takes it; nil costs one branch a step.
    public var observer: ((EventLoopEvent) -> Void)?

    @usableFromInline
    internal var _ready = BlockDeque<LoopHandle>()
    @usableFromInline
    internal var _timers = BinaryHeap<_TimerEntry>()
    @usableFromInline
    internal var _timerCancelledCount = 0
    @usableFromInline
    internal var _stopping = false
    @usableFromInline
    internal var _virtualNow = 0.0
    @usableFromInline
    internal var _nextID = 1
    @usableFromInline
    internal var _iterations = 0
    @usableFromInline
    internal var _tasksCreated = 0  // unnamed tasks, for Task-N
    @usableFromInline
    internal let _realStart: Double
    @usableFromInline
    internal let _selector: any EventSelector<_FDCallbacks>

    /// Every callback ever queued is run, skipped (cancelled) or still in the
    /// ready queue or heap: the "no callback lost" invariant.
    @usableFromInline
    internal var _callbacksQueued = 0
    @usableFromInline
    internal var _callbacksRun = 0
    @usableFromInline
    internal var _callbacksDropped = 0

    /// Open loopback sockets by fd, and what the loop expects the kernel to
    /// deliver to them (the I/O in flight the virtual clock waits for).
    @usableFromInline
    internal var _sockets: [Int32: LoopbackSocket] = [:]
    @usableFromInline
    internal var _expectations: [UInt32: _LoopbackExpectation] = [:]
    @usableFromInline
    internal var _socketsByPorts: [UInt32: LoopbackSocket] = [:]

    /// asyncio's `_clock_resolution` on Linux (time.get_clock_info('monotonic')):
    /// timers due within it of now count as due.
    public static let clockResolution = 1e-9
    /// asyncio's MAXIMUM_SELECT_TIMEOUT (24 hours).
    public static let maximumSelectTimeout = 24.0 * 3600.0
    /// How long a virtual loop waits for loopback I/O before it reports the
    /// I/O as stalled and goes on (it never hangs).
    public static let settleLimit = 2.0

    /// Creates a loop over the default selector (epoll on Linux).
    ///
    /// - Complexity: O(1); one system call (epoll_create1).
    public convenience init(clock: LoopClock = .virtual) throws(SelectorError) {
        try self.init(clock: clock, selector: DefaultSelector<_FDCallbacks>())
    }

    /// Creates a loop over the portable poll selector.
    ///
    /// - Complexity: O(1)
    public static func overPoll(clock: LoopClock = .virtual) -> EventLoop {
        EventLoop(clock: clock, selector: PollSelector<_FDCallbacks>())
    }

    @usableFromInline
    internal init(clock: LoopClock, selector: any EventSelector<_FDCallbacks>) {
        self.clock = clock
        self._selector = selector
        self._realStart = EventLoop._monotonic()
    }

    deinit {
        for socket in _sockets.values { socket._closeQuietly() }
        _selector.close()
    }

    /// The loop's time in seconds (asyncio's `loop.time()`): virtual seconds
    /// from 0, or the monotonic clock since the loop was made.
    ///
    /// - Complexity: O(1)
    @inlinable
    public func time() -> Double {
        clock == .virtual ? _virtualNow : EventLoop._monotonic() - _realStart
    }

    /// How many iterations (`_run_once`) have run.
    public var iterations: Int { _iterations }

    /// "epoll" or "poll".
    public var selectorKind: String { _selector.kernelInterface }

    /// The ready queue, oldest first (what the next iteration would run).
    ///
    /// - Complexity: O(*n*)
    public var readyCallbacks: [LoopHandle] { Array(_ready) }

    /// The timer heap in array order (index `i` has children `2i+1`, `2i+2`).
    ///
    /// - Complexity: O(*n*)
    public var timerHeap: [LoopHandle] { _timers.unordered.map(\.handle) }

    /// The interest list: every registered fd with its interest and the
    /// names of its reader and writer, in registration order.
    ///
    /// - Complexity: O(*n* log *n*)
    public var interestList: [(fd: Int32, events: SelectorEvents, reader: String?, writer: String?)] {
        _selector.keys.map { ($0.fd, $0.events, $0.data.reader?.name, $0.data.writer?.name) }
    }

    /// Prints a line of the program's output at the loop's time (to the
    /// observer, as `.output`).
    ///
    ///     loop.print("hello")    // .output(time: 1.0, text: "hello")
    ///
    /// - Complexity: O(1) besides the observer.
    @inlinable
    public func print(_ text: String) {
        if let observer { observer(.output(time: time(), text: text)) }
    }

    @inlinable
    internal func _emit(_ event: @autoclosure () -> EventLoopEvent) {
        if let observer { observer(event()) }
    }

    @inlinable
    internal func _takeID() -> Int {
        let id = _nextID
        _nextID += 1
        return id
    }

    @usableFromInline
    internal static func _monotonic() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) * 1e-9
    }
}
