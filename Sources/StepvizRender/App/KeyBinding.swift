/// One line of the help overlay (and of the README's key table): the keys
/// and what they do. The list is the single source for both.
public struct KeyBinding: Hashable, Sendable {
    public let keys: String
    public let action: String

    /// The keys of stepviz's own screens: the standard catalog's panels.
    public static var all: [KeyBinding] { bindings(panelCount: PanelCatalog.standard.entries.count) }

    /// The keys of a dashboard of `panelCount` panels (its focus keys 1…N).
    public static func bindings(panelCount: Int) -> [KeyBinding] {
        [
            KeyBinding(keys: "space", action: "play / pause"),
            KeyBinding(keys: "→ or l", action: "step forward"),
            KeyBinding(keys: "← or h", action: "step back"),
            KeyBinding(keys: "+ / -", action: "faster / slower"),
            KeyBinding(keys: "g / G", action: "first / last step"),
            KeyBinding(keys: ":", action: "type an operation (Enter runs, Esc cancels)"),
            KeyBinding(keys: "tab / shift-tab or 1-\(Swift.min(panelCount, 9))", action: "move the focus (dashboard)"),
            KeyBinding(keys: "s", action: "you schedule: pick who moves (locks, scheduler)"),
            KeyBinding(keys: "1-9, 0", action: "you schedule: run one step of thread 1-9, 10"),
            KeyBinding(keys: "r", action: "restart with a new seed"),
            KeyBinding(keys: "?", action: "this help (Esc or ? closes)"),
            KeyBinding(keys: "q", action: "quit"),
        ]
    }
}
