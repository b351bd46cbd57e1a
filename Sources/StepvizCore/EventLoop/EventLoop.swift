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
    public var observer: ((EventLoopEvent) -> Void)? {
        @inline(__always) get { _storage.pointee.observer }
        set { _storage.pointee.observer = newValue }
    }

    /// The loop's mutable state, in raw memory behind `_storage`: a stored
    /// property of a class pays a run-time exclusivity check on every
    /// access, and an iteration makes dozens (as many as the rest of a
    /// `call_soon` turn costs). The accessors below borrow it in place; the
    /// loop is single-threaded, so no two accesses ever overlap.
    @usableFromInline
    internal struct _Storage {
        @usableFromInline
        internal var observer: ((EventLoopEvent) -> Void)?
        @usableFromInline
        internal var ready = BlockDeque<LoopHandle>()
        @usableFromInline
        internal var timers = BinaryHeap<_TimerEntry>()
        @usableFromInline
        internal var timerCancelledCount = 0
        @usableFromInline
        internal var stopping = false
        @usableFromInline
        internal var virtualNow = 0.0
        @usableFromInline
        internal var nextID = 1
        @usableFromInline
        internal var iterations = 0
        @usableFromInline
        internal var callbacksQueued = 0
        @usableFromInline
        internal var callbacksRun = 0
        @usableFromInline
        internal var callbacksDropped = 0
        @usableFromInline
        internal var sockets: [Int32: LoopbackSocket] = [:]
        @usableFromInline
        internal var expectations: [UInt32: _LoopbackExpectation] = [:]
        @usableFromInline
        internal var socketsByPorts: [UInt32: LoopbackSocket] = [:]

        @usableFromInline
        internal init() {}
    }

    @usableFromInline
    internal let _storage: UnsafeMutablePointer<_Storage>

    @inlinable
    internal var _ready: BlockDeque<LoopHandle> {
        _read { yield _storage.pointee.ready }
        _modify { yield &_storage.pointee.ready }
    }
    @inlinable
    internal var _timers: BinaryHeap<_TimerEntry> {
        _read { yield _storage.pointee.timers }
        _modify { yield &_storage.pointee.timers }
    }
    @inlinable
    internal var _timerCancelledCount: Int {
        @inline(__always) get { _storage.pointee.timerCancelledCount }
        @inline(__always) set { _storage.pointee.timerCancelledCount = newValue }
    }
    @inlinable
    internal var _stopping: Bool {
        @inline(__always) get { _storage.pointee.stopping }
        @inline(__always) set { _storage.pointee.stopping = newValue }
    }
    @inlinable
    internal var _virtualNow: Double {
        @inline(__always) get { _storage.pointee.virtualNow }
        @inline(__always) set { _storage.pointee.virtualNow = newValue }
    }
    @inlinable
    internal var _nextID: Int {
        @inline(__always) get { _storage.pointee.nextID }
        @inline(__always) set { _storage.pointee.nextID = newValue }
    }
    @inlinable
    internal var _iterations: Int {
        @inline(__always) get { _storage.pointee.iterations }
        @inline(__always) set { _storage.pointee.iterations = newValue }
    }

    /// What handles and sockets reach the loop through (see ``_LoopLink``).
    @usableFromInline
    internal let _link = _LoopLink()
    @usableFromInline
    internal var _tasksCreated = 0  // unnamed tasks, for Task-N
    @usableFromInline
    internal let _realStart: Double
    @usableFromInline
    internal let _selector: any EventSelector<_FDCallbacks>
    #if os(Linux)
    /// `_selector` again when it is the epoll one, typed concretely: the
    /// loop's own `select` call is then specialized for its payload instead
    /// of going through the existential to the generic code (which looked
    /// up the result's generic metadata on every iteration).
    @usableFromInline
    internal let _epoll: EpollSelector<_FDCallbacks>?
    #endif

    /// Every callback ever queued is run, skipped (cancelled) or still in the
    /// ready queue or heap: the "no callback lost" invariant.
    @inlinable
    internal var _callbacksQueued: Int {
        @inline(__always) get { _storage.pointee.callbacksQueued }
        @inline(__always) set { _storage.pointee.callbacksQueued = newValue }
    }
    @inlinable
    internal var _callbacksRun: Int {
        @inline(__always) get { _storage.pointee.callbacksRun }
        @inline(__always) set { _storage.pointee.callbacksRun = newValue }
    }
    @inlinable
    internal var _callbacksDropped: Int {
        @inline(__always) get { _storage.pointee.callbacksDropped }
        @inline(__always) set { _storage.pointee.callbacksDropped = newValue }
    }

    /// Open loopback sockets by fd, and what the loop expects the kernel to
    /// deliver to them (the I/O in flight the virtual clock waits for).
    @inlinable
    internal var _sockets: [Int32: LoopbackSocket] {
        _read { yield _storage.pointee.sockets }
        _modify { yield &_storage.pointee.sockets }
    }
    @inlinable
    internal var _expectations: [UInt32: _LoopbackExpectation] {
        _read { yield _storage.pointee.expectations }
        _modify { yield &_storage.pointee.expectations }
    }
    @inlinable
    internal var _socketsByPorts: [UInt32: LoopbackSocket] {
        _read { yield _storage.pointee.socketsByPorts }
        _modify { yield &_storage.pointee.socketsByPorts }
    }

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
        self._storage = .allocate(capacity: 1)
        self._storage.initialize(to: _Storage())
        #if os(Linux)
        self._epoll = selector as? EpollSelector<_FDCallbacks>
        #endif
        self._realStart = EventLoop._monotonic()
        _link.loop = self
    }

    deinit {
        _link.loop = nil
        for socket in _sockets.values { socket._closeQuietly() }
        _selector.close()
        _storage.deinitialize(count: 1)
        _storage.deallocate()
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
