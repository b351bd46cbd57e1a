#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
import Dispatch
#endif

/// A counting semaphore one thread sleeps on until another wakes it: the
/// cheapest handoff between two threads that POSIX offers. On Linux a
/// `sem_t`, which is a futex with a user-space fast path: `wake()` is one
/// atomic add and, only when someone sleeps, one `FUTEX_WAKE`; `sleep()`
/// one atomic decrement when a wake is already there, else one
/// `FUTEX_WAIT`. (A condition variable costs a mutex round trip more on
/// each side, and a broadcast wakes every sleeper to let one of them run.)
///
///     let wakeup = _ThreadWakeup()
///     // thread A: wakeup.sleep()    thread B: wakeup.wake()
///
/// - Complexity: O(1) per call, besides the wait.
internal final class _ThreadWakeup: @unchecked Sendable {
    // @unchecked: the semaphore is the synchronisation.
    #if canImport(Glibc)
    private let _semaphore: UnsafeMutablePointer<sem_t>
    #else
    private let _semaphore = DispatchSemaphore(value: 0)
    #endif

    /// No wake pending.
    ///
    /// - Complexity: O(1)
    init() {
        #if canImport(Glibc)
        _semaphore = .allocate(capacity: 1)
        let status = sem_init(_semaphore, 0, 0)
        precondition(status == 0, "sem_init failed (\(errno))")
        #endif
    }

    deinit {
        #if canImport(Glibc)
        sem_destroy(_semaphore)
        _semaphore.deallocate()
        #endif
    }

    /// Returns at once when a wake is pending (using it up), else sleeps
    /// until one comes.
    ///
    /// - Complexity: O(1) besides the wait.
    func sleep() {
        #if canImport(Glibc)
        // EINTR: a signal handler ran; the wake has not come yet.
        while sem_wait(_semaphore) != 0 { precondition(errno == EINTR, "sem_wait failed (\(errno))") }
        #else
        _semaphore.wait()
        #endif
    }

    /// Wakes the sleeper, or lets the next `sleep()` return at once.
    ///
    /// - Complexity: O(1)
    func wake() {
        #if canImport(Glibc)
        let status = sem_post(_semaphore)
        precondition(status == 0, "sem_post failed (\(errno))")
        #else
        _semaphore.signal()
        #endif
    }
}
