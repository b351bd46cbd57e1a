/// One step of the thread lanes: the turn it was (operation and thread)
/// and every thread's cell at the end of it.
public struct LocksLaneColumn: Equatable, Sendable {
    /// The operation (turn) this column shows.
    public var op: Int
    /// The thread the step gate gave the turn to.
    public var actor: Int
    /// Cell of thread `k` at index `k - 1`.
    public var cells: [LocksLaneCell]

    public init(op: Int, actor: Int, cells: [LocksLaneCell]) {
        self.op = op
        self.actor = actor
        self.cells = cells
    }
}
