import StepvizCore
import StepvizEvents

/// Everything the LRU panel draws at one position of the timeline, rebuilt
/// from the run's events alone: the entries least recent first and the
/// counters (replayed), the running operation and what it touched, the hit
/// ratio after each recent request, and the log.
///
///     var model = LRUPanelModel(setup: LRUSetup(capacity: 2))
///     for step in session.steps { model.apply(step) }
///     model.replay.snapshot.entries    // the library's own entries
///
/// - Complexity: `apply` is O(*n*) in the number of entries (the replay
///   finds keys in its list); memory is bounded by `logCapacity` and
///   `hitRatioWindow` besides the entries.
public struct LRUPanelModel: PanelModel, Equatable, Sendable {
    /// Entries and counters, replayed from the library's events.
    public private(set) var checked: LRUCheckedReplay
    /// Entries and counters.
    public var replay: LRUReplay { checked.replay }
    /// The operation the last step belongs to, and its index.
    public private(set) var operation: LRUOperation?
    public private(set) var operationIndex = -1
    /// The last step applied (what the code pane and the animation show).
    public private(set) var lastStep: Step<LRUStepEvent>?
    /// What the running operation touched.
    public private(set) var highlights = LRUHighlights()
    /// The value the running `get` returned, once known.
    public private(set) var result: PythonValue?
    /// The hit ratio (hits over requests) after each of the most recent
    /// requests, oldest first: the sparkline.
    public private(set) var hitRatios: [Double] = []
    /// The newest steps, oldest first, for the log (narrated when drawn, so
    /// the glyphs can follow the terminal).
    public private(set) var recentEvents: [LRUStepEvent] = []

    /// How many steps the log keeps (more than any panel shows).
    public static let logCapacity = 40
    /// How many requests the sparkline remembers (wider than any screen's
    /// sparkline needs, so memory stays bounded on an endless demo).
    public static let hitRatioWindow = 120

    public init(setup: LRUSetup = LRUSetup()) {
        checked = LRUCheckedReplay(setup: setup)
    }

    /// `get` calls so far: hits plus misses, as `functools.lru_cache` counts them.
    public var requests: Int { replay.snapshot.hits + replay.snapshot.misses }

    /// Hits over requests, nil before the first request.
    public var hitRatio: Double? {
        requests == 0 ? nil : Double(replay.snapshot.hits) / Double(requests)
    }

    public mutating func apply(_ step: Step<LRUStepEvent>) {
        lastStep = step
        highlights.settle()
        switch step.event {
        case .begin(let operation):
            self.operation = operation
            operationIndex = step.op
            highlights = LRUHighlights()
            result = nil
        case .lru(let event):
            highlights.record(event, entriesBefore: replay.snapshot.entries)
            checked.fold(step.event)
            switch event {
            case .hit, .miss:
                hitRatios.append(hitRatio ?? 0)
                if hitRatios.count > Self.hitRatioWindow { hitRatios.removeFirst(hitRatios.count - Self.hitRatioWindow) }
            default: break
            }
        case .result(let value):
            result = value
        case .state:
            // The library's own cache after the operation: the replay of its
            // events must already equal it, or the panel would be lying.
            checked.fold(step.event)
        }
        recentEvents.append(step.event)
        if recentEvents.count > Self.logCapacity { recentEvents.removeFirst(recentEvents.count - Self.logCapacity) }
    }
}
