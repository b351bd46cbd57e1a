import Synchronization

/// What a run on gated real threads reported, in step order — its events
/// and the state after each step — and how a scene session frames it:
/// operation 0 the setup, then one operation per turn of the step gate,
/// `begin` naming the thread, that action's events, then `state`. The
/// locks and the threading sessions are the same frame around their own
/// library's events.
///
///     let recording = GatedRunRecording<LockEvent, LockRunSnapshot>()
///     let run = GatedThreadRun(..., observer: recording.observeEvent, snapshotObserver: recording.observeSnapshot)
///     ...
///     recording.frame(into: &log, ...)
///
/// - Complexity: O(1) per report; ``frame(label:setup:into:labels:turns:turnOf:begin:event:state:)`` is O(reports).
final class GatedRunRecording<LibraryEvent: Sendable, Snapshot: Sendable>: Sendable {
    private enum Report: Sendable {
        case event(LibraryEvent)
        case snapshot(Snapshot)
    }

    private let reports = Mutex<[Report]>([])

    init() {}

    /// The run's event observer.
    var observeEvent: @Sendable (LibraryEvent) -> Void { { [self] event in reports.withLock { $0.append(.event(event)) } } }
    /// The run's state observer.
    var observeSnapshot: @Sendable (Snapshot) -> Void { { [self] snapshot in reports.withLock { $0.append(.snapshot(snapshot)) } } }

    /// Writes the run into `log`: `setup` as operation 0 under `label`,
    /// then a `begin` ("thread N") at every event `turnOf` says is a turn,
    /// every other event through `event`, every state through `state`.
    /// `labels` and `turns` get one entry per operation.
    func frame<StepEvent>(
        label: String, setup: [StepEvent], into log: inout StepLog<StepEvent>, labels: inout [String], turns: inout [Int?],
        turnOf: (LibraryEvent) -> Int?, begin: (String, Int) -> StepEvent, event: (LibraryEvent) -> StepEvent,
        state: (Snapshot) -> StepEvent
    ) {
        labels = [label]
        turns = [nil]
        for step in setup { log.record(step, op: 0) }
        var op = 0
        for report in reports.withLock({ $0 }) {
            switch report {
            case .event(let libraryEvent):
                if let thread = turnOf(libraryEvent) {
                    op += 1
                    labels.append("thread \(thread)")
                    turns.append(thread)
                    log.record(begin("thread \(thread)", thread), op: op)
                } else {
                    log.record(event(libraryEvent), op: op)
                }
            case .snapshot(let snapshot):
                log.record(state(snapshot), op: op)
            }
        }
    }
}
