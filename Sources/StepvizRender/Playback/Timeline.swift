import StepvizEvents

/// The steps of a run with the panel model at every position reachable fast
/// in both directions: a snapshot every `snapshotInterval` steps, then at most
/// that many steps replayed.
///
///     var timeline = Timeline(source: scene, snapshotInterval: 32)
///     let model = timeline.model(at: 10)    // the model after 10 steps
///
/// - Complexity: `model(at:)` is O(`snapshotInterval`) once the snapshots
///   up to that position exist; appending steps is amortized O(1).
public struct Timeline<Source: StepSource, Model: PanelModel> where Model.Event == Source.Event, Model.Setup == Source.Setup {
    public private(set) var source: Source
    public let snapshotInterval: Int
    /// `snapshots[k]` is the model after `k * snapshotInterval` steps.
    private var snapshots: [Model]

    public init(source: Source, snapshotInterval: Int = 32) {
        self.source = source
        self.snapshotInterval = Swift.max(1, snapshotInterval)
        snapshots = [Model(setup: source.setup)]
    }

    public var steps: [Step<Source.Event>] { source.steps }
    /// Positions run from 0 (nothing applied) to `count` (everything applied).
    public var count: Int { source.steps.count }

    /// The model after the first `position` steps.
    public mutating func model(at position: Int) -> Model {
        let position = Swift.min(Swift.max(0, position), count)
        extendSnapshots(through: position)
        let base = position / snapshotInterval
        var model = snapshots[base]
        let steps = source.steps
        for index in (base * snapshotInterval)..<position { model.apply(steps[index]) }
        return model
    }

    /// Runs the demo's next operation; false when the source has no more.
    public mutating func runNextDemoOperation() -> Bool { source.runNextDemoOperation() }

    /// Runs a line typed at the prompt (nothing runs when it is malformed).
    public mutating func run(line: String) throws(OperationParseError) { try source.run(line: line) }

    /// The position of the first step of operation `op`, if it has run.
    public func firstPosition(ofOperation op: Int) -> Int? {
        source.steps.firstIndex { $0.op == op }
    }

    private mutating func extendSnapshots(through position: Int) {
        let steps = source.steps
        while (snapshots.count) * snapshotInterval <= position {
            var model = snapshots[snapshots.count - 1]
            let start = (snapshots.count - 1) * snapshotInterval
            for index in start..<(start + snapshotInterval) { model.apply(steps[index]) }
            snapshots.append(model)
        }
    }
}
