/// Up to four locks, unretained, in rank order: what a fast path of
/// `LockingThread.withLocks` took directly and has not written into the
/// thread's ``HeldLocks`` (a list is an allocation and a retain per lock,
/// more than the mutexes cost). A value of five words, no allocation.
///
///     var locks = _DirectLocks(a, b)    // a's rank below b's
///     locks.count                       // 2
///
/// - Complexity: O(1) per operation.
@usableFromInline
internal struct _DirectLocks {
    /// How many of the slots hold a lock (0 when nothing was taken directly).
    @usableFromInline
    internal let count: Int
    @usableFromInline
    internal let _slots: (Unmanaged<RankedLock>?, Unmanaged<RankedLock>?, Unmanaged<RankedLock>?, Unmanaged<RankedLock>?)

    /// Nothing taken directly.
    @inlinable
    internal init() {
        count = 0
        _slots = (nil, nil, nil, nil)
    }

    /// `first` to `fourth`, already in ascending rank order.
    @inlinable
    internal init(
        _ first: Unmanaged<RankedLock>, _ second: Unmanaged<RankedLock>,
        _ third: Unmanaged<RankedLock>? = nil, _ fourth: Unmanaged<RankedLock>? = nil
    ) {
        count = third == nil ? 2 : fourth == nil ? 3 : 4
        _slots = (first, second, third, fourth)
    }

    /// The lock at `index` (0..<count), lowest rank first.
    @inlinable
    internal subscript(index: Int) -> Unmanaged<RankedLock> {
        switch index {
        case 0: return _slots.0!
        case 1: return _slots.1!
        case 2: return _slots.2!
        default: return _slots.3!
        }
    }
}
