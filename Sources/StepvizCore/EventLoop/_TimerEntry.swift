/// A timer in the loop's heap. Compares by deadline alone, as CPython's
/// `TimerHandle.__lt__` does, so timers with equal deadlines leave in the
/// order heapq's sifting gives them, not in the order they were set.
@usableFromInline
@frozen
internal struct _TimerEntry: Comparable {
    @usableFromInline
    internal let when: Double
    @usableFromInline
    internal let handle: LoopHandle

    @inlinable
    internal init(_ handle: LoopHandle, when: Double) {
        self.when = when
        self.handle = handle
    }

    @inlinable
    internal static func < (lhs: _TimerEntry, rhs: _TimerEntry) -> Bool { lhs.when < rhs.when }

    @inlinable
    internal static func == (lhs: _TimerEntry, rhs: _TimerEntry) -> Bool { lhs.when == rhs.when }
}
