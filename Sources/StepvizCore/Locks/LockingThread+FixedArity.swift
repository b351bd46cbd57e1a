/// `withLocks` of two, three or four locks passed as arguments: the call
/// site builds no array (the array literal of ``LockingThread/withLocks(_:_:)``
/// costs two retains, two releases and an array destruction per call, more
/// than the recipe itself). Same semantics as the array form with the
/// locks in the order given: sorted by rank, checked against what is
/// held, taken in order, released in reverse. Fixed arities rather than a
/// parameter pack: a pack's elements cannot be constrained to one class
/// and sorted without building a collection of them.
extension LockingThread {
    /// Takes `a` and `b` in rank order, runs `body`, releases them in
    /// reverse: `withLocks([a, b], body)` without the array.
    ///
    ///     try me.withLocks(y, x) { /* x then y taken */ }
    ///
    /// - Complexity: O(1) outside a gated run with nothing held (four
    ///   mutex calls); otherwise that of ``acquire(_:)`` and
    ///   ``release(_:)``, besides the body.
    @inlinable
    public func withLocks<Result>(_ a: RankedLock, _ b: RankedLock, _ body: () throws -> Result) throws -> Result {
        // Arguments are borrowed for the call: no retain, as in the array
        // form's unmanaged loads, and no array to build or destroy.
        try _withPair(.passUnretained(a), .passUnretained(b), body)
    }

    /// Takes `a`, `b` and `c` in rank order, runs `body`, releases them in
    /// reverse: `withLocks([a, b, c], body)` without the array.
    ///
    ///     try me.withLocks(z, x, y) { /* x, y, z taken */ }
    ///
    /// - Complexity: O(1) outside a gated run with nothing held; otherwise
    ///   that of ``acquire(_:)`` and ``release(_:)``, besides the body.
    @inlinable
    public func withLocks<Result>(
        _ a: RankedLock, _ b: RankedLock, _ c: RankedLock,
        _ body: () throws -> Result
    ) throws -> Result {
        var l0 = (a.rank, Unmanaged.passUnretained(a))
        var l1 = (b.rank, Unmanaged.passUnretained(b))
        var l2 = (c.rank, Unmanaged.passUnretained(c))
        // A sorting network of three compare-exchanges.
        if l1.0 < l0.0 { swap(&l0, &l1) }
        if l2.0 < l1.0 { swap(&l1, &l2) }
        if l1.0 < l0.0 { swap(&l0, &l1) }
        guard _run == nil, _direct.count == 0, _held.isEmpty, l0.0 < l1.0, l1.0 < l2.0 else {
            // A gated run, locks held, or a rank asked for twice (a violation
            // the general path reports): exactly what the array form does.
            return try _withLocksInRankOrder([a, b, c], body)
        }
        return try _withDirectLocks(_DirectLocks(l0.1, l1.1, l2.1), body)
    }

    /// Takes `a`, `b`, `c` and `d` in rank order, runs `body`, releases
    /// them in reverse: `withLocks([a, b, c, d], body)` without the array.
    ///
    ///     try me.withLocks(w, z, x, y) { /* w, x, y, z taken by rank */ }
    ///
    /// - Complexity: O(1) outside a gated run with nothing held; otherwise
    ///   that of ``acquire(_:)`` and ``release(_:)``, besides the body.
    @inlinable
    public func withLocks<Result>(
        _ a: RankedLock, _ b: RankedLock, _ c: RankedLock, _ d: RankedLock,
        _ body: () throws -> Result
    ) throws -> Result {
        var l0 = (a.rank, Unmanaged.passUnretained(a))
        var l1 = (b.rank, Unmanaged.passUnretained(b))
        var l2 = (c.rank, Unmanaged.passUnretained(c))
        var l3 = (d.rank, Unmanaged.passUnretained(d))
        // The optimal sorting network of four: five compare-exchanges.
        if l1.0 < l0.0 { swap(&l0, &l1) }
        if l3.0 < l2.0 { swap(&l2, &l3) }
        if l2.0 < l0.0 { swap(&l0, &l2) }
        if l3.0 < l1.0 { swap(&l1, &l3) }
        if l2.0 < l1.0 { swap(&l1, &l2) }
        guard _run == nil, _direct.count == 0, _held.isEmpty, l0.0 < l1.0, l1.0 < l2.0, l2.0 < l3.0 else {
            return try _withLocksInRankOrder([a, b, c, d], body)
        }
        return try _withDirectLocks(_DirectLocks(l0.1, l1.1, l2.1, l3.1), body)
    }
}
