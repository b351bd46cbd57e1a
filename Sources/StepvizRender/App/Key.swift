/// A key press, as the terminal backend decodes it.
public enum Key: Hashable, Sendable {
    case character(Character)
    case left, right, up, down
    case enter, escape, backspace, tab
    /// Shift-tab.
    case backTab
    /// Ctrl-C arrives as a signal, not a key; this is what the loop sends.
    case interrupt
}
