import StepvizEvents

/// One panel's playback as the chrome sees it, whatever the panel: the
/// screen of one panel holds one, the dashboard five (bubbletea's parent
/// model holding child models). Keys reach it as player messages and
/// prompt lines; it draws itself into the rectangle it is given.
public protocol PanelPlaying {
    /// The panel's name (`heap`).
    var name: String { get }
    /// The smallest area the panel draws into.
    var minimumSize: (width: Int, height: Int) { get }
    var player: Player { get }
    /// The seed of the demo (`r` restarts with the next one).
    var seed: UInt64 { get }
    /// Steps so far (positions run from 0 to this).
    var stepCount: Int { get }
    /// The first position still kept (above 0 once a bounded history has
    /// dropped the oldest operations).
    var firstKeptPosition: Int { get }
    /// The oldest operation still kept (its label can be asked for).
    var firstKeptOperation: Int { get }
    /// How many operations have run (kept or forgotten).
    var operationCount: Int { get }
    /// Operation `op` as typed, for a kept operation.
    func operationLabel(_ op: Int) -> String
    /// The most steps kept (nil: all); beyond it the oldest operations go.
    var historyLimit: Int? { get }
    /// Whether more operations can always follow (an endless demo).
    var isOpenEnded: Bool { get }
    /// The operation the cursor is in, nil before the first step.
    var currentOperation: Int? { get }
    /// The operation stepping forward runs into, nil at the end.
    var nextOperation: Int? { get }
    /// Takes `action`, answering with the library work it needs (the demo
    /// running ahead, a typed line, a rerun for a pick) instead of doing it
    /// here; while work is in flight, player messages move over the steps
    /// there are and other actions wait their turn.
    mutating func handle(_ action: PlaybackAction) -> PlaybackReply
    /// Takes the result of the work this playback asked for, finishing the
    /// action that asked; may need more work.
    mutating func finish(_ work: FinishedWork) -> PlaybackReply
    /// Whether library work this playback asked for is still in flight.
    var isWorking: Bool { get }
    /// Draws the panel at the cursor.
    func render(in area: Rect, on canvas: inout Canvas, glyphs: Glyphs)
    /// A few words of live state for the dashboard's strip.
    func summary(glyphs: Glyphs) -> String
    /// Whether the panel shows threads taking turns (locks, scheduler).
    var runsThreads: Bool { get }
    /// Whether a person can pick this run's threads (a live run of a
    /// panel with threads; a replayed stream plays as recorded).
    var canSchedule: Bool { get }
    /// The "you schedule" mode at the cursor; nil when it is off.
    var handSchedule: HandSchedule? { get }
}

extension PanelPlaying {
    public var wantsTicks: Bool { player.wantsTicks }

    /// Does `action` with all the library work it needs, here and now (what
    /// a recording and a test do); throws what it refused.
    public mutating func perform(_ action: PlaybackAction) throws(OperationParseError) {
        var reply = handle(action)
        var refused = reply.error
        while let work = reply.work {
            reply = finish(work.run())
            refused = refused ?? reply.error
        }
        if let refused { throw refused }
    }

    /// Folds a player message in, running the demo ahead as needed, inline.
    public mutating func send(_ message: PlayerMessage) {
        try? perform(.player(message))
    }

    /// Runs a prompt line on the real library, inline, and animates it from
    /// its first step; throws (running nothing) when it is malformed.
    public mutating func run(line: String) throws(OperationParseError) {
        try perform(.line(line))
    }

    /// Starts over with the demo of `seed` (or the same operations), inline.
    public mutating func restart(seed: UInt64) {
        try? perform(.restart(seed: seed))
    }

    /// Turns "you schedule" on (pausing on the run so far, the scene run
    /// again stopping where its picks end) or off (the seed decides the
    /// rest), inline; throws for a panel without threads.
    public mutating func setHandSchedule(_ on: Bool) throws(OperationParseError) {
        try perform(.handSchedule(on))
    }

    /// In "you schedule": runs exactly one step of `id` on the real library
    /// after the cursor's operation (forking when the cursor stepped back)
    /// and animates it, inline; throws naming why `id` cannot move.
    public mutating func pick(_ id: Int) throws(OperationParseError) {
        try perform(.pick(id))
    }

    /// White-box hook for tests: the panel's model at the cursor (cast it to
    /// the panel's model type).
    package var panelModel: any PanelModel {
        guard let inspecting = self as? any _PanelModelInspecting else {
            preconditionFailure("\(type(of: self)) does not show its model")
        }
        return inspecting._panelModel
    }
}

/// A playback that shows tests its model (``PanelPlayback`` does).
package protocol _PanelModelInspecting {
    var _panelModel: any PanelModel { get }
}
