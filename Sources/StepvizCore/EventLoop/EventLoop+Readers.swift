extension EventLoop {
    /// Calls `callback` whenever `fd` is readable (asyncio's `add_reader`):
    /// registers it with the selector, or adds read interest to its key; a
    /// reader it had is cancelled.
    ///
    ///     loop.addReader(listener.fd, name: "accept") { server.accept() }
    ///
    /// - Complexity: O(1) plus one `epoll_ctl`.
    @discardableResult
    public func addReader(_ fd: Int32, name: String, _ callback: @escaping () -> Void) -> Result<LoopHandle, SelectorError> {
        let handle = LoopHandle(id: _takeID(), name: name, when: nil, loop: self, callback: callback)
        do {
            if let key = _selector.key(for: fd) {
                let callbacks = _FDCallbacks(reader: handle, writer: key.data.writer)
                try _selector.modify(fd, events: key.events.union(.read), data: callbacks)
                key.data.reader?.cancel()
                _emit(.modified(fd: fd, events: key.events.union(.read), callbacks: callbacks.summary))
            } else {
                let callbacks = _FDCallbacks(reader: handle, writer: nil)
                try _selector.register(fd, events: .read, data: callbacks)
                _emit(.registered(fd: fd, events: .read, callbacks: callbacks.summary))
            }
        } catch {
            return .failure(error)
        }
        _checkInvariants()
        return .success(handle)
    }

    /// Calls `callback` whenever `fd` is writable (asyncio's `add_writer`).
    ///
    ///     loop.addWriter(client.fd, name: "connected") { ... }
    ///
    /// - Complexity: O(1) plus one `epoll_ctl`.
    @discardableResult
    public func addWriter(_ fd: Int32, name: String, _ callback: @escaping () -> Void) -> Result<LoopHandle, SelectorError> {
        let handle = LoopHandle(id: _takeID(), name: name, when: nil, loop: self, callback: callback)
        do {
            if let key = _selector.key(for: fd) {
                let callbacks = _FDCallbacks(reader: key.data.reader, writer: handle)
                try _selector.modify(fd, events: key.events.union(.write), data: callbacks)
                key.data.writer?.cancel()
                _emit(.modified(fd: fd, events: key.events.union(.write), callbacks: callbacks.summary))
            } else {
                let callbacks = _FDCallbacks(reader: nil, writer: handle)
                try _selector.register(fd, events: .write, data: callbacks)
                _emit(.registered(fd: fd, events: .write, callbacks: callbacks.summary))
            }
        } catch {
            return .failure(error)
        }
        _checkInvariants()
        return .success(handle)
    }

    /// Stops watching `fd` for reading (asyncio's `remove_reader`); the fd
    /// leaves the selector when it has no interest left. False when it had
    /// no reader.
    ///
    /// - Complexity: O(1) plus one `epoll_ctl`.
    @discardableResult
    public func removeReader(_ fd: Int32) -> Bool {
        guard let key = _selector.key(for: fd) else { return false }
        let events = key.events.subtracting(.read)
        let callbacks = _FDCallbacks(reader: nil, writer: key.data.writer)
        if events.isEmpty {
            _ = try? _selector.unregister(fd)
            _emit(.unregistered(fd: fd))
        } else {
            _ = try? _selector.modify(fd, events: events, data: callbacks)
            _emit(.modified(fd: fd, events: events, callbacks: callbacks.summary))
        }
        _checkInvariants()
        guard let reader = key.data.reader else { return false }
        reader.cancel()
        return true
    }

    /// Stops watching `fd` for writing (asyncio's `remove_writer`).
    ///
    /// - Complexity: O(1) plus one `epoll_ctl`.
    @discardableResult
    public func removeWriter(_ fd: Int32) -> Bool {
        guard let key = _selector.key(for: fd) else { return false }
        let events = key.events.subtracting(.write)
        let callbacks = _FDCallbacks(reader: key.data.reader, writer: nil)
        if events.isEmpty {
            _ = try? _selector.unregister(fd)
            _emit(.unregistered(fd: fd))
        } else {
            _ = try? _selector.modify(fd, events: events, data: callbacks)
            _emit(.modified(fd: fd, events: events, callbacks: callbacks.summary))
        }
        _checkInvariants()
        guard let writer = key.data.writer else { return false }
        writer.cancel()
        return true
    }
}
