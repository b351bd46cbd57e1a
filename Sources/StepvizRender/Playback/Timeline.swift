import StepvizEvents

/// The steps of a run with the panel model at every position reachable fast
/// in both directions: a snapshot every `snapshotInterval` steps, then at most
/// that many steps replayed. With a bounded history the oldest operations
/// are forgotten: positions keep their numbers, and the model at the first
/// kept position becomes the floor everything earlier is rebuilt from.
///
///     var timeline = Timeline(source: source, snapshotInterval: 32)
///     let model = timeline.model(at: 10)    // the model after 10 steps
///
/// - Complexity: `model(at:)` is O(`snapshotInterval`) once the snapshots
///   up to that position exist; appending steps is amortized O(1).
public struct Timeline<Source: StepSource, Model: PanelModel>
where Model.Event == Source.Event, Model.Setup == Source.Setup {
    public private(set) var source: Source
    public let snapshotInterval: Int
    /// `snapshots[k]` is the model after `k * snapshotInterval` steps.
    private var snapshots = History<Model>()
    /// The first kept position and the model there.
    private var floor: (position: Int, model: Model)

    public init(source: Source, snapshotInterval: Int = 32) {
        self.source = source
        self.snapshotInterval = Swift.max(1, snapshotInterval)
        floor = (0, Model(setup: source.setup))
        snapshots.append(floor.model)
    }

    public var steps: History<Step<Source.Event>> { source.steps }
    /// Positions run from ``firstPosition`` to `count` (everything applied).
    public var count: Int { source.steps.endIndex }
    /// The first position still kept (0 until history is forgotten).
    public var firstPosition: Int { floor.position }

    /// The model after the first `position` steps (clamped to the kept ones).
    public mutating func model(at position: Int) -> Model {
        let position = Swift.min(Swift.max(floor.position, position), count)
        let (start, base) = nearestSnapshot(atOrBefore: position)
        var model = base
        let steps = source.steps
        for index in start..<position { model.apply(steps[index]) }
        return model
    }

    /// Takes `source` in place of its own: the same run with more steps
    /// (library work done on a copy of it), so every snapshot still holds.
    public mutating func adopt(_ source: Source) {
        precondition(
            source.steps.startIndex == steps.startIndex && source.steps.endIndex >= count,
            "a timeline adopts only its own run with more steps")
        self.source = source
    }

    /// The position of the first step of operation `op`, if it has run and is kept.
    public func firstPosition(ofOperation op: Int) -> Int? {
        source.steps.firstIndex { $0.op == op }
    }

    /// Forgets every step before the first step of the operation that holds
    /// `position`, so whole operations go; the model there is kept as the
    /// new floor.
    public mutating func forget(operationsBefore position: Int) {
        guard position > floor.position, position < count else { return }
        let op = steps[position].op
        var start = position
        while start > floor.position, steps[start - 1].op == op { start -= 1 }
        guard start > floor.position else { return }
        floor = (start, model(at: start))
        snapshots.forget(before: (start + snapshotInterval - 1) / snapshotInterval)
        source.forget(before: start)
    }

    private mutating func nearestSnapshot(atOrBefore position: Int) -> (Int, Model) {
        let k = position / snapshotInterval
        guard k * snapshotInterval >= floor.position else { return floor }
        while snapshots.endIndex <= k {
            let next = snapshots.endIndex
            let (start, base) =
                (next - 1) >= snapshots.startIndex
                ? ((next - 1) * snapshotInterval, snapshots[next - 1]) : floor
            var model = base
            let steps = source.steps
            for index in start..<(next * snapshotInterval) { model.apply(steps[index]) }
            snapshots.append(model)
        }
        return (k * snapshotInterval, snapshots[k])
    }
}
