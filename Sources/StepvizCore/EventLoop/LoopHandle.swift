/// A callback queued on an ``EventLoop`` (asyncio's `Handle`, or its
/// `TimerHandle` when `when` is set), which can be cancelled until it runs.
///
///     let handle = loop.callLater(2, name: "tick") { print("tick") }
///     handle.cancel()
public final class LoopHandle {
    /// The loop's number for it: 1, 2, ... in creation order.
    public let id: Int
    /// What the panel calls it ("say_after.step", "accept").
    public let name: String
    /// The deadline of a timer; nil for a plain callback.
    public let when: Double?
    @usableFromInline
    internal let _callback: () -> Void
    @usableFromInline
    internal var _isCancelled = false
    /// True while the timer is in the loop's heap (asyncio's `_scheduled`).
    @usableFromInline
    internal var _isScheduled = false
    @usableFromInline
    internal let _link: _LoopLink
    /// The loop, nil once it is gone.
    @usableFromInline
    internal var _loop: EventLoop? { _link.loop }
    /// Set when it has run: cancelling it afterwards changes nothing and
    /// reports nothing (asyncio's `finally: h.cancel()` after a sleep).
    @usableFromInline
    internal var _hasRun = false

    @usableFromInline
    internal init(id: Int, name: String, when: Double?, loop: EventLoop, callback: @escaping () -> Void) {
        self.id = id
        self.name = name
        self.when = when
        self._callback = callback
        self._link = loop._link
    }

    /// Whether `cancel()` was called.
    public var isCancelled: Bool { _isCancelled }

    /// Keeps the callback from running; a cancelled timer stays in the heap
    /// until it reaches the top (or the heap is rebuilt), as in asyncio.
    ///
    /// - Complexity: O(1)
    public func cancel() {
        guard !_isCancelled else { return }
        _isCancelled = true
        if _isScheduled { _loop?._timerCancelledCount += 1 }
        if !_hasRun { _loop?._emit(.callbackCancelled(id: id, name: name)) }
    }
}
