#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension EventLoop {
    /// Traps, naming what is wrong, when the loop's state breaks one of its
    /// invariants; compiled in only with STEPVIZ_INTERNAL_CHECKS (debug).
    @usableFromInline
    internal func _checkInvariants() {
        #if STEPVIZ_INTERNAL_CHECKS
        if let failure = invariantFailure() { preconditionFailure("EventLoop invariant: \(failure)") }
        #endif
    }

    /// The first broken invariant, or nil: the timer heap is ordered and
    /// every entry in it is scheduled; the cancelled count covers the
    /// cancelled timers in the heap; every registered fd is open; no
    /// callback is lost (each one queued has run, was skipped as cancelled,
    /// or is still in the ready queue or the heap).
    ///
    /// - Complexity: O(*n*) for *n* timers, ready callbacks and keys.
    package func invariantFailure() -> String? {
        let timers = _timers.unordered
        for index in timers.indices.dropFirst() where timers[index] < timers[(index - 1) / 2] {
            return "timer \(timers[index].handle.id) at \(index) is due before its parent"
        }
        if let unscheduled = timers.first(where: { !$0.handle._isScheduled }) {
            return "timer \(unscheduled.handle.id) is in the heap but not marked scheduled"
        }
        let cancelled = timers.count { $0.handle._isCancelled }
        if _timerCancelledCount < cancelled {
            return "\(cancelled) cancelled timers in the heap, but the count says \(_timerCancelledCount)"
        }
        for key in _selector.keys where fcntl(key.fd, F_GETFD) == -1 {
            return "fd \(key.fd) is registered but closed"
        }
        let accounted = _callbacksRun + _callbacksDropped + _ready.count + timers.count
        if accounted != _callbacksQueued {
            return "\(_callbacksQueued) callbacks queued, but \(_callbacksRun) ran, \(_callbacksDropped) were cancelled, "
                + "\(_ready.count) are ready and \(timers.count) wait in the heap"
        }
        return nil
    }
}
