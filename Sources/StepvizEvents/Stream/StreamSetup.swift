/// What a panel's model must know before its first step, carried by the
/// event stream's header (after `panel`), so a model can be built from the
/// stream alone: a deque's `maxlen`, a cache's `capacity`.
///
///     DequeSetup(maxlen: 3).headerFields    // "maxlen":3,"block_size":8
public protocol StreamSetup: Equatable, Sendable {
    /// Writes this setup's fields into the header object.
    func encodeHeaderFields(into object: inout JSONObjectWriter)
}

/// The setup of a panel whose events say everything (heap, locks).
public struct NoSetup: StreamSetup {
    public init() {}
    public func encodeHeaderFields(into object: inout JSONObjectWriter) {}
}
