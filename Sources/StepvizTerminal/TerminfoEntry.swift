/// What terminfo knows about a terminal type, as far as stepviz cares.
enum TerminfoEntry: Hashable, Sendable {
    /// No terminfo entry for this TERM.
    case unknown
    /// Known, but it cannot move the cursor (TERM=dumb, hard-copy terminals).
    case cannotAddressCursor
    /// A screen terminal with this many colours (0 when monochrome).
    case usable(colors: Int)
}
