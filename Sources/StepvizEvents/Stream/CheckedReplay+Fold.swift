extension CheckedReplay {
    /// Applies an event of the library's own run, as a panel's model does:
    /// the same checks a saved stream gets (so the `state` check is written
    /// once, here and for the reader), but a failure is a bug in stepviz,
    /// not bad input — it stops a debug build and is skipped in release.
    ///
    ///     var checked = HeapCheckedReplay(setup: HeapSetup())
    ///     checked.fold(.load([2, 1]))
    ///
    /// - Complexity: that of ``apply(_:)``.
    public mutating func fold(_ event: Event) {
        do { try apply(event) } catch { assertionFailure("the replay of the library's events disagrees with it: \(error)") }
    }
}
