#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real lock under a gated ``Lock`` or ``RLock``, and under each
/// condition waiter's own lock: a pthread mutex, a condition variable and
/// an owner, the shape of CPython's own fallback `_thread.lock`
/// (`Python/thread_pthread.h` without semaphores: mutex + cond + locked
/// flag). Unlike a `pthread_mutex_t` it can be released by a thread that
/// does not hold it (as CPython's `Lock` can), and a release names the
/// next owner, so the OS hands the lock to the thread the bookkeeping
/// chose instead of to whichever waiter wakes first.
///
/// A run that ends early (a schedule stop, a stuck run) abandons its real
/// locks: every thread blocked in one returns `false` and unwinds.
///
/// - Complexity: O(1) per call, besides waiting.
internal final class _HandOverLock: @unchecked Sendable {
    // @unchecked: `_owner` and `_abandoned` are touched only under `_mutex`.
    private let _mutex: UnsafeMutablePointer<pthread_mutex_t>
    private let _changed: UnsafeMutablePointer<pthread_cond_t>
    /// The thread that owns it, 0 when free.
    private var _owner = 0
    private var _abandoned = false

    init() {
        _mutex = .allocate(capacity: 1)
        _changed = .allocate(capacity: 1)
        pthread_mutex_init(_mutex, nil)
        pthread_cond_init(_changed, nil)
    }

    deinit {
        pthread_cond_destroy(_changed)
        pthread_mutex_destroy(_mutex)
        _changed.deallocate()
        _mutex.deallocate()
    }

    /// Takes it for `thread` if it is free; never blocks.
    func tryAcquire(as thread: Int) -> Bool {
        pthread_mutex_lock(_mutex)
        defer { pthread_mutex_unlock(_mutex) }
        guard _owner == 0 else { return false }
        _owner = thread
        return true
    }

    /// Blocks until a release hands it to `thread` (true), or the run
    /// abandons it (false).
    func awaitHandOver(to thread: Int) -> Bool {
        pthread_mutex_lock(_mutex)
        defer { pthread_mutex_unlock(_mutex) }
        while _owner != thread && !_abandoned { pthread_cond_wait(_changed, _mutex) }
        return _owner == thread
    }

    /// Frees it, or hands it straight to `next` (who may be blocked in
    /// ``awaitHandOver(to:)``).
    func release(handingTo next: Int = 0) {
        pthread_mutex_lock(_mutex)
        _owner = next
        pthread_cond_broadcast(_changed)
        pthread_mutex_unlock(_mutex)
    }

    /// Wakes every thread blocked in it for good: the run has ended.
    func abandon() {
        pthread_mutex_lock(_mutex)
        _abandoned = true
        pthread_cond_broadcast(_changed)
        pthread_mutex_unlock(_mutex)
    }
}
