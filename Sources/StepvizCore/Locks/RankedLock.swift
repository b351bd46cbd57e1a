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

    /// The mutex and the hold count, together in a cache line of their own
    /// (``_MutexCell``), so a thread that takes the mutex owns the count's
    /// line already; the object itself is only read after `init` (rank,
    /// name), so contending threads share its line instead of bouncing it.
    @usableFromInline
    internal let _cell: UnsafeMutablePointer<_MutexCell>

    @inlinable
    internal var _mutex: UnsafeMutablePointer<pthread_mutex_t> {
        UnsafeMutableRawPointer(_cell).assumingMemoryBound(to: pthread_mutex_t.self)
    }

    /// How many holds the holder has. Only the holder touches it, under the
    /// mutex, which orders every access (no exclusivity check needed: it
    /// is reached through a pointer).
    @inlinable
    internal var _holdCount: Int {
        get { _cell.pointee.holdCount }
        set { _cell.pointee.holdCount = newValue }
    }

    /// Creates an unlocked lock.
    ///
    /// - Complexity: O(1)
    public init(rank: Int, name: String, reentrant: Bool = false) {
        self.rank = rank
        self.name = name
        self.isReentrant = reentrant
        _cell = UnsafeMutableRawPointer.allocate(byteCount: _MutexCell.byteCount, alignment: _MutexCell.alignment)
            .bindMemory(to: _MutexCell.self, capacity: 1)
        _cell.initialize(to: _MutexCell(mutex: pthread_mutex_t(), holdCount: 0))
        var attributes = pthread_mutexattr_t()
        pthread_mutexattr_init(&attributes)
        pthread_mutexattr_settype(&attributes, Int32(reentrant ? PTHREAD_MUTEX_RECURSIVE : PTHREAD_MUTEX_ERRORCHECK))
        let status = pthread_mutex_init(_mutex, &attributes)
        pthread_mutexattr_destroy(&attributes)
        precondition(status == 0, "RankedLock \(name): pthread_mutex_init failed (\(status))")
    }

    deinit {
        pthread_mutex_destroy(_mutex)
        _cell.deinitialize(count: 1)
        _cell.deallocate()
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

/// A ``RankedLock``'s mutex and hold count in one allocation aligned to,
/// and filling, whole cache lines: nothing else shares the line the
/// contending threads fight over, and the count comes with the mutex.
@usableFromInline
internal struct _MutexCell {
    @usableFromInline
    internal var mutex: pthread_mutex_t
    @usableFromInline
    internal var holdCount: Int

    @usableFromInline
    internal init(mutex: pthread_mutex_t, holdCount: Int) {
        self.mutex = mutex
        self.holdCount = holdCount
    }

    /// A cache line (64 bytes on the machines we run on).
    static let alignment = 64
    static var byteCount: Int { (MemoryLayout<_MutexCell>.size + alignment - 1) / alignment * alignment }
}
