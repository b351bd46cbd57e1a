/// Something with Python's lock protocol on a gated thread: ``Lock``,
/// ``RLock`` and ``Condition`` (whose `acquire`/`release` are its lock's).
/// ``withLock(_:)`` is Python's `with lock:`.
public protocol ThreadingLock: AnyObject, Sendable {
    /// `acquire()`: one gated step; blocks while another thread holds it.
    /// Throws ``DeadlockVictim`` when this thread had to back off (or the
    /// run ended).
    func acquire() throws
    /// `release()`: one gated step; throws ``PythonError`` as CPython
    /// raises it.
    func release() throws
}

extension ThreadingLock {
    /// Python's `with lock: body`: acquire, run `body`, release, also when
    /// `body` throws. A deadlock victim has released everything already,
    /// so nothing is released for it.
    ///
    ///     try mutex.withLock { try items.append(1) }
    ///
    /// - Complexity: two steps besides the body.
    public func withLock<Result>(_ body: () throws -> Result) throws -> Result {
        try acquire()
        let result: Result
        do {
            result = try body()
        } catch let victim as DeadlockVictim {
            throw victim
        } catch {
            try release()
            throw error
        }
        try release()
        return result
    }
}
