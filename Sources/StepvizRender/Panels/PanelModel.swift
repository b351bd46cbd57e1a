import StepvizEvents

/// What a panel draws, rebuilt only by folding the run's step events into
/// the setup the stream's header carries, so the picture is always what the
/// library did (and a saved stream rebuilds the same picture).
public protocol PanelModel {
    associatedtype Event
    associatedtype Setup: StreamSetup
    /// The model before any step.
    init(setup: Setup)
    /// Folds one step in.
    mutating func apply(_ step: Step<Event>)
}
