import StepvizEvents

/// What a panel draws, rebuilt only by folding the run's step events, so the
/// picture is always what the library did.
public protocol PanelModel {
    associatedtype Event
    /// The model before any step.
    init()
    /// Folds one step in.
    mutating func apply(_ step: Step<Event>)
}
