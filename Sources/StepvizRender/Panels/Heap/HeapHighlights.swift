import StepvizCore
import StepvizEvents

/// What the last step touched, in the terms the heap panel draws.
public struct HeapHighlights: Equatable {
    /// Slots compared by the last step (the held element is shown apart).
    public var compared: Set<Int> = []
    /// Whether the held element took part in the last comparison.
    public var heldCompared = false
    /// A move: the value travels from `from` to `to`.
    public var move: (from: Int, to: Int, value: PythonValue)?
    /// The slot the held element was just written into.
    public var placed: Int?
    /// The slot just emptied (lift, take).
    public var emptied: Int?
    /// The slot the tree keeps in view.
    public var focus = 0

    public init(lastStep: Step<HeapStepEvent>?) {
        guard case .heap(let event)? = lastStep?.event else { return }
        switch event {
        case .compare(let lhs, _, let rhs, _, _):
            for operand in [lhs, rhs] {
                if case .slot(let index) = operand { compared.insert(index) } else { heldCompared = true }
            }
            focus = compared.max() ?? 0
        case .move(let from, let to, let value):
            move = (from, to, value)
            focus = Swift.max(from, to)
        case .place(let slot, _):
            placed = slot
            focus = slot
        case .lift(let slot, _), .take(let slot, _):
            emptied = slot
            focus = slot
        default: break
        }
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.compared == rhs.compared && lhs.heldCompared == rhs.heldCompared
            && lhs.move?.from == rhs.move?.from && lhs.move?.to == rhs.move?.to && lhs.move?.value == rhs.move?.value
            && lhs.placed == rhs.placed && lhs.emptied == rhs.emptied && lhs.focus == rhs.focus
    }

    /// The style of a slot's label, given whether it is a hole.
    func style(ofSlot index: Int, isHole: Bool) -> Style {
        if let move, move.to == index { return Theme.moving }
        if isHole { return Theme.hole }
        if compared.contains(index) { return Theme.compared }
        if placed == index { return Theme.held }
        return Theme.value
    }
}
