/// A panel's step event that can be read back from a saved stream: the
/// exact inverse of its ``StepEventEncodable/encodeFields(into:)``, so
/// decoding what `stepviz events` wrote gives the steps it wrote.
///
/// Decoding may need what the events before built (the scheduler's
/// `messages` name actors, whose coroutine ids come from the run's
/// `spawn`s), so it is given the panel's ``CheckedReplay`` so far.
///
///     let source = try SavedStream.read(bytes).source(as: HeapStepEvent.self)
///
/// - Complexity: decoding a line is O(its size).
public protocol StepEventDecodable: StepEventEncodable, SendableMetatype {
    /// The setup the stream's header carries for this panel.
    associatedtype Setup: StreamSetupDecodable
    /// Folds the events and checks each `state` against them.
    associatedtype Replay: CheckedReplay where Replay.Event == Self, Replay.Setup == Setup
    /// The panel whose streams hold these events (the header's `panel`).
    static var panel: String { get }
    /// The event of `type` with `fields` (the whole line: unknown fields
    /// are ignored), or nil for a type this version does not know, which
    /// the reader skips (version 1 is additive-only).
    static func decode(type: String, fields: JSONObject, after replay: Replay) throws(StreamLineError) -> Self?
}

/// A panel's setup that can be read back from the stream header.
public protocol StreamSetupDecodable: StreamSetup {
    /// The setup the header's fields give; throws naming a missing or bad one.
    init(headerFields: JSONObject) throws(StreamLineError)
}

/// A panel's replay that checks every event before applying it, so an
/// edited or foreign stream is rejected with a reason instead of reaching a
/// replay's precondition, and every `state` is compared with what the
/// events before it built (the animation never lies, even when replayed).
public protocol CheckedReplay {
    associatedtype Event
    associatedtype Setup
    /// The state before the first event, as the header's setup says.
    init(setup: Setup)
    /// Applies `event`; throws, changing nothing, when it cannot follow
    /// the events so far or, for a `state`, when it disagrees with them.
    mutating func apply(_ event: Event) throws(StreamLineError)
}
