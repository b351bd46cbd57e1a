/// The locks panel's roles beyond the shared ones. Each carries an
/// attribute as well as a colour, so it reads without colour too.
extension Theme {
    /// A lock held: its holder in the table, the thread's lane cells.
    static let lockHeld = Style(foreground: .magenta, underline: true)
    /// A thread blocked on a lock, and the lock it waits for.
    static let lockWaiting = Style(foreground: .yellow, bold: true, reverse: true)
    /// A deadlock cycle, its victim, a refused request.
    static let lockAlarm = Style(foreground: .red, bold: true, reverse: true)
    /// A thread whose body returned.
    static let lockFinished = Style(foreground: .green, bold: true)
    /// The thread whose turn it is (its lane label).
    static let lockCurrentThread = Style(foreground: .cyan, bold: true, reverse: true)
}
