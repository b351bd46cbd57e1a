import StepvizRender

/// The groups `--only` names: one per panel of the catalog that has a
/// library to measure (named as the panel is), and the rows that measure
/// no one panel (render draws every panel of the catalog).
enum BenchGroups {
    static let observers = "observers"
    static let events = "events"
    static let render = "render"
    static let explore = "explore"
    static let eventloop = "eventloop"
    static let cpython = "cpython"

    /// The panels whose library rows CPython's are compared with.
    static let comparedWithCPython = [HeapPanel.name, DequePanel.name, LRUPanel.name]

    /// Every group, in the order a full run measures them.
    static let order = [
        HeapPanel.name, observers, DequePanel.name, LRUPanel.name, events, render, explore,
        SchedulerPanel.name, LocksPanel.name, eventloop, cpython,
    ]
}
