#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A real OS mutex with a stable rank and a name, the unit of ordered
/// acquisition: sorting locks by `rank` (never by `ObjectIdentifier`, which
/// changes from run to run) gives the same order in every run.
///
/// A plain lock is an error-checking pthread mutex, so locking it twice on
/// one thread traps with a message instead of hanging. A reentrant lock is a
/// recursive mutex that counts how many times its holder took it
/// (Python's `threading.RLock`).
///
///     let x = RankedLock(rank: 1, name: "x")
///     x.lock()
///     defer { x.unlock() }
///
///     let r = RankedLock(rank: 2, name: "r", reentrant: true)
///     r.lock(); r.lock()
///     r.holdCount    // 2 (read by the holder)
///     r.unlock(); r.unlock()
///
/// Use ``LockingThread`` for ordered acquisition with per-thread bookkeeping,
/// and ``GatedThreadRun`` for deterministic, deadlock-detecting runs.
public final class RankedLock: @unchecked Sendable {
    // @unchecked: the mutex is the synchronisation; `_holdCount` is written
    // only by the thread that holds the mutex.

    /// The acquisition order: a thread holding locks may only ask for a
    /// lock of higher rank.
    public let rank: Int
    /// The name shown in events and reports ("x", "fork 2").
    public let name: String
    /// Whether the holder may take the lock again (a count is kept).
    public let isReentrant: Bool

    @usableFromInline
    internal let _mutex: UnsafeMutablePointer<pthread_mutex_t>
    /// Unchecked exclusivity: only the holder touches it, under the mutex,
    /// which orders every access; Swift's dynamic check (a call into the
    /// runtime per access, four per lock and unlock) cost more than the
    /// uncontended mutex itself.
    @usableFromInline
    @exclusivity(unchecked)
    internal var _holdCount = 0

    /// Creates an unlocked lock.
    ///
    /// - Complexity: O(1)
    public init(rank: Int, name: String, reentrant: Bool = false) {
        self.rank = rank
        self.name = name
        self.isReentrant = reentrant
        _mutex = .allocate(capacity: 1)
        var attributes = pthread_mutexattr_t()
        pthread_mutexattr_init(&attributes)
        pthread_mutexattr_settype(&attributes, Int32(reentrant ? PTHREAD_MUTEX_RECURSIVE : PTHREAD_MUTEX_ERRORCHECK))
        let status = pthread_mutex_init(_mutex, &attributes)
        pthread_mutexattr_destroy(&attributes)
        precondition(status == 0, "RankedLock \(name): pthread_mutex_init failed (\(status))")
    }

    deinit {
        pthread_mutex_destroy(_mutex)
        _mutex.deallocate()
    }

    /// How many times the holder has taken the lock (0 or 1 for a plain
    /// lock). Meaningful only on the thread that holds it.
    ///
    /// - Complexity: O(1)
    public var holdCount: Int { _holdCount }

    /// Blocks until the lock is taken. Traps when a plain lock is taken
    /// again by its holder (that would hang forever).
    ///
    /// - Complexity: O(1) besides waiting.
    @inlinable
    public func lock() {
        let status = pthread_mutex_lock(_mutex)
        precondition(status != EDEADLK, "RankedLock \(name): locked twice by its holder (not reentrant)")
        precondition(status == 0, "RankedLock \(name): pthread_mutex_lock failed (\(status))")
        _holdCount += 1
    }

    /// Takes the lock if no other thread holds it; never blocks.
    ///
    /// - Complexity: O(1)
    public func tryLock() -> Bool {
        let status = pthread_mutex_trylock(_mutex)
        guard status == 0 else { return false }
        _holdCount += 1
        return true
    }

    /// Releases one hold. Traps when the calling thread does not hold it.
    ///
    /// - Complexity: O(1)
    @inlinable
    public func unlock() {
        precondition(_holdCount > 0, "RankedLock \(name): unlocked while not held")
        _holdCount -= 1
        let status = pthread_mutex_unlock(_mutex)
        precondition(status == 0, "RankedLock \(name): unlocked by a thread that does not hold it (\(status))")
    }
}

extension RankedLock: CustomStringConvertible {
    public var description: String { "\(name) (rank \(rank)\(isReentrant ? ", reentrant" : ""))" }
}
