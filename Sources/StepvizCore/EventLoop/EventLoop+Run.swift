extension EventLoop {
    /// asyncio's `_MIN_SCHEDULED_TIMER_HANDLES` and
    /// `_MIN_CANCELLED_TIMER_HANDLES_FRACTION`: above 100 timers with more
    /// than half cancelled, the heap is rebuilt without them (which changes
    /// the order equal deadlines leave in, so it matters for fidelity).
    @usableFromInline
    internal static let _minScheduledForRebuild = 100
    @usableFromInline
    internal static let _cancelledFractionForRebuild = 0.5

    /// Runs iterations until `stop()` is called, or until nothing could
    /// ever happen again (no callback, no timer, no I/O in flight), which
    /// returns `.idle` where asyncio would block for ever.
    ///
    ///     loop.callLater(1) { loop.stop() }
    ///     loop.runForever()    // .stopped, loop.time() == 1.0
    ///
    /// - Complexity: O(*k* log *n*) for *k* callbacks run and *n* timers,
    ///   plus one `select` an iteration.
    @discardableResult
    public func runForever() -> LoopRunEnd {
        defer { _stopping = false }
        while true {
            if let end = runOnce() {
                _emit(.runEnded(end))
                return end
            }
            if _stopping {
                _emit(.runEnded(.stopped))
                return .stopped
            }
        }
    }

    /// Runs until `future` is done (asyncio's `run_until_complete`) and
    /// returns its outcome; `.failure(.loop(...))` when the loop went idle
    /// or stopped first.
    ///
    ///     let task = loop.createTask(EventLoopDemos.say(loop))
    ///     loop.runUntilComplete(task)    // hello at t=1, world at t=3
    ///
    /// - Complexity: as ``runForever()``.
    @discardableResult
    public func runUntilComplete(_ future: LoopFuture) -> Result<LoopValue, LoopError> {
        future.addDoneCallback(name: "_run_until_complete_cb") { [unowned self] _ in self.stop() }
        let end = runForever()
        if let outcome = future.outcome { return outcome }
        switch end {
        case .failed(let message): return .failure(.loop(message))
        default: return .failure(.loop("Event loop stopped before Future completed."))
        }
    }

    /// One iteration, `_run_once`: returns nil, or why no further iteration
    /// can make progress.
    ///
    /// - Complexity: O(*k* + *d* log *n*) for *k* callbacks run and *d*
    ///   timers due, plus one `select`.
    @discardableResult
    public func runOnce() -> LoopRunEnd? {
        _dropCancelledTimers()

        var timeout: Double?
        if !_ready.isEmpty || _stopping {
            timeout = 0
        } else if let first = _timers.min {
            timeout = Swift.min(Swift.max(0, first.when - time()), EventLoop.maximumSelectTimeout)
        }

        let ready: [(key: SelectorKey<_FDCallbacks>, events: SelectorEvents)]
        do {
            switch clock {
            case .virtual:
                // Wait (really) for loopback I/O this loop started, then only
                // poll: a virtual loop's select never blocks.
                _settleInFlight()
                ready = try _select(timeout: 0)
                if ready.isEmpty, timeout != 0 {
                    if let timeout {
                        let from = _virtualNow
                        _virtualNow += timeout
                        if timeout > 0 { _emit(.clockAdvanced(from: from, to: _virtualNow)) }
                    } else {
                        _emit(.selected(timeout: nil, ready: []))
                        return .idle
                    }
                }
            case .real:
                if timeout == nil, _hasNoRegistrations { return .idle }
                ready = try _select(timeout: timeout)
            }
        } catch {
            return .failed(error.description)
        }
        if observer != nil {
            _emit(.selected(timeout: timeout, ready: ready.map { .init(fd: $0.key.fd, events: $0.events) }))
        }
        _processEvents(ready)

        // Timers due within the clock's resolution of now go to the ready
        // queue (the clock is read only when there is a timer: a real
        // clock's read is a vDSO call, and reading it changes nothing).
        if !_timers.isEmpty {
            _queueDueTimers(before: time() + EventLoop.clockResolution)
        }
        _checkInvariants()

        // Exactly the callbacks ready now; the ones they add wait.
        let count = _ready.count
        for _ in 0..<count {
            let handle = _ready.popLeft()!
            if handle._isCancelled {
                _callbacksDropped += 1
                _emit(.callbackSkipped(id: handle.id, name: handle.name))
                continue
            }
            _callbacksRun += 1
            handle._hasRun = handle.when != nil  // a reader's handle runs again
            _emit(.callbackRun(id: handle.id, name: handle.name))
            handle._callback()
        }
        _iterations += 1
        _emit(.iterationEnded(iteration: _iterations))
        _checkInvariants()
        return nil
    }

    /// Moves the timers due before `endTime` to the ready queue, earliest
    /// first.
    @inline(__always)
    internal func _queueDueTimers(before endTime: Double) {
        while let first = _timers.min, first.when < endTime {
            let entry = _timers.popMin()!
            entry.handle._isScheduled = false
            _emit(.timerPopped(id: entry.handle.id, name: entry.handle.name, when: entry.when, cancelled: false))
            _callbacksQueued -= 1  // counted when pushed; _enqueue counts it again
            _enqueue(entry.handle)
            if entry.handle._isCancelled {
                _callbacksDropped += 1
                _callbacksQueued += 1
            }
        }
    }

    /// The selector's `select`, through the concretely typed epoll
    /// selector when it is one.
    @inline(__always)
    internal func _select(timeout: Double?) throws(SelectorError) -> [(key: SelectorKey<_FDCallbacks>, events: SelectorEvents)] {
        #if os(Linux)
        if let epoll = _epoll { return try epoll.select(timeout: timeout) }
        #endif
        return try _selector.select(timeout: timeout)
    }

    /// Whether no fd is registered, without building the sorted key list
    /// (`keys`) when the selector is epoll.
    internal var _hasNoRegistrations: Bool {
        #if os(Linux)
        if let epoll = _epoll { return epoll._table.byFD.isEmpty }
        #endif
        return _selector.keys.isEmpty
    }

    /// asyncio's head-of-heap clean-up: pop cancelled timers at the top, or
    /// rebuild the heap when most of a large heap is cancelled.
    @inlinable
    internal func _dropCancelledTimers() {
        let scheduled = _timers.count
        if scheduled > EventLoop._minScheduledForRebuild,
            Double(_timerCancelledCount) / Double(scheduled) > EventLoop._cancelledFractionForRebuild
        {
            _emit(.timerHeapRebuilding(cancelled: _timerCancelledCount))
            var kept: [_TimerEntry] = []
            kept.reserveCapacity(scheduled - _timerCancelledCount)
            for entry in _timers.unordered {
                if entry.handle._isCancelled {
                    entry.handle._isScheduled = false
                    _callbacksDropped += 1
                    _emit(.timerPopped(id: entry.handle.id, name: entry.handle.name, when: entry.when, cancelled: true))
                } else {
                    kept.append(entry)
                }
            }
            _timers = BinaryHeap(kept)
            _timerCancelledCount = 0
        } else {
            while let first = _timers.min, first.handle._isCancelled {
                _timerCancelledCount -= 1
                let entry = _timers.popMin()!
                entry.handle._isScheduled = false
                _callbacksDropped += 1
                _emit(.timerPopped(id: entry.handle.id, name: entry.handle.name, when: entry.when, cancelled: true))
            }
        }
    }

    /// asyncio's `_process_events`: each ready fd queues its reader and/or
    /// writer (a cancelled reader is removed instead).
    @inlinable
    internal func _processEvents(_ ready: [(key: SelectorKey<_FDCallbacks>, events: SelectorEvents)]) {
        for (key, events) in ready {
            if events.contains(.read), let reader = key.data.reader {
                if reader._isCancelled { removeReader(key.fd) } else { _enqueue(reader) }
            }
            if events.contains(.write), let writer = key.data.writer {
                if writer._isCancelled { removeWriter(key.fd) } else { _enqueue(writer) }
            }
        }
    }
}
