import StepvizEvents

/// A playback's answer to an action or to finished work: the library work
/// it needs next, if any, and the error to show, if something was refused
/// (a malformed line, a thread that cannot move).
public struct PlaybackReply {
    public var work: LibraryWork?
    public var error: OperationParseError?

    public init(work: LibraryWork? = nil, error: OperationParseError? = nil) {
        self.work = work
        self.error = error
    }
}
