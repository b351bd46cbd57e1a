import StepvizCore
import StepvizEvents

/// Everything the heap panel draws at one position of the timeline, rebuilt
/// from the run's events alone: the array (with its hole), the held element,
/// the running operation, the last step for highlighting, counters and log.
public struct HeapPanelModel: PanelModel, Equatable {
    /// The array and held element, replayed from the library's events and
    /// checked as a saved stream is (every `state` equal to what they built).
    public private(set) var checked = HeapCheckedReplay(setup: HeapSetup())
    /// The array and held element.
    public var replay: HeapReplay<PythonValue> { checked.replay }
    /// The operation the last step belongs to, and its index.
    public private(set) var operation: HeapOperation?
    public private(set) var operationIndex = -1
    /// The last step applied (what the highlights show).
    public private(set) var lastStep: Step<HeapStepEvent>?
    public private(set) var comparisons = 0
    public private(set) var moves = 0
    public private(set) var totalComparisons = 0
    public private(set) var totalMoves = 0
    /// The operation's outcome once known.
    public private(set) var result: PythonValue?
    public private(set) var error: PythonError?
    /// The newest steps, oldest first, for the log (narrated when drawn, so
    /// the glyphs can follow the terminal).
    public private(set) var recentEvents: [HeapStepEvent] = []

    /// What the items stand for: the setup's scene, then each `scene` step's.
    public private(set) var scene: HeapScene = .plain

    /// How many steps the log keeps (more than any panel shows).
    public static let logCapacity = 40

    public init(setup: HeapSetup = HeapSetup()) { scene = setup.scene ?? .plain }

    public mutating func apply(_ step: Step<HeapStepEvent>) {
        lastStep = step
        switch step.event {
        case .begin(let operation):
            self.operation = operation
            operationIndex = step.op
            comparisons = 0
            moves = 0
            result = nil
            error = nil
        case .heap(let event):
            checked.fold(step.event)
            switch event {
            case .compare:
                comparisons += 1
                totalComparisons += 1
            case .move:
                moves += 1
                totalMoves += 1
            default: break
            }
        case .load: checked.fold(step.event)
        case .scene(let scene): self.scene = scene
        case .result(let value): result = value
        case .error(let raised): error = raised
        case .state:
            // The library's own array after the operation: the replay of its
            // events must already equal it, or the panel would be lying.
            checked.fold(step.event)
        }
        recentEvents.append(step.event)
        if recentEvents.count > Self.logCapacity { recentEvents.removeFirst(recentEvents.count - Self.logCapacity) }
    }
}
