/// How a ``LoopHandle`` or ``LoopbackSocket`` reaches its loop: one object
/// per loop, shared, that the loop clears as it goes away, so a handle
/// cancelled after its loop is gone finds nil (as a weak reference would).
///
/// A weak reference in each handle cost a side-table reference count on
/// every `callSoon` and, once the loop had a side table, the slow path on
/// every retain and release of the loop; a strong reference to this object
/// costs one ordinary retain. The reference back is unowned(unsafe): it is
/// only read while the loop is alive, since the loop's deinit sets it to nil
/// first (single-threaded, as the loop is).
@usableFromInline
internal final class _LoopLink {
    @usableFromInline
    internal unowned(unsafe) var loop: EventLoop?

    @inlinable
    internal init() {}
}
