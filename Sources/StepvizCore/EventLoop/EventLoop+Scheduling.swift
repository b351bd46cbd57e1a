extension EventLoop {
    /// Queues `callback` to run in the next iteration, after those already
    /// queued (asyncio's `call_soon`).
    ///
    ///     loop.callSoon(name: "greet") { loop.print("hi") }
    ///
    /// - Complexity: O(1)
    @inlinable
    @discardableResult
    public func callSoon(name: String = "callback", _ callback: @escaping () -> Void) -> LoopHandle {
        let handle = LoopHandle(id: _takeID(), name: name, when: nil, loop: self, callback: callback)
        _enqueue(handle)
        _checkInvariants()
        return handle
    }

    /// Runs `callback` once `delay` seconds have passed on the loop's clock
    /// (asyncio's `call_later`: `call_at(time() + delay)`).
    ///
    ///     loop.callLater(2, name: "world") { loop.print("world") }
    ///
    /// - Complexity: O(log *n*) for *n* timers.
    @inlinable
    @discardableResult
    public func callLater(_ delay: Double, name: String = "timer", _ callback: @escaping () -> Void) -> LoopHandle {
        callAt(time() + delay, name: name, callback)
    }

    /// Runs `callback` when the loop's clock reaches `when` (asyncio's
    /// `call_at`). Equal deadlines leave in heapq's order.
    ///
    ///     loop.callAt(3.0, name: "alarm") { loop.print("ring") }
    ///
    /// - Complexity: O(log *n*) for *n* timers.
    @inlinable
    @discardableResult
    public func callAt(_ when: Double, name: String = "timer", _ callback: @escaping () -> Void) -> LoopHandle {
        let handle = LoopHandle(id: _takeID(), name: name, when: when, loop: self, callback: callback)
        handle._isScheduled = true
        _timers.push(_TimerEntry(handle, when: when))
        _callbacksQueued += 1
        _emit(.timerPushed(id: handle.id, name: name, when: when))
        _checkInvariants()
        return handle
    }

    /// Makes `runForever` return after the current iteration (asyncio's
    /// `stop`): the callbacks already taken for this iteration still run.
    ///
    /// - Complexity: O(1)
    public func stop() { _stopping = true }

    /// Appends a handle to the ready queue (asyncio's `_add_callback`, which
    /// skips cancelled handles).
    @inlinable
    internal func _enqueue(_ handle: LoopHandle) {
        guard !handle._isCancelled else { return }
        _ready.append(handle)
        _callbacksQueued += 1
        _emit(.callbackQueued(id: handle.id, name: handle.name))
    }
}
