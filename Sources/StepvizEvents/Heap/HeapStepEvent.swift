import StepvizCore

/// A step of a heap run as the event stream and the panel see it: the
/// library's own ``HeapEvent``s framed by the operation that caused them, its
/// result or error, and the whole array after it.
public enum HeapStepEvent: Equatable, Sendable {
    /// An operation starts.
    case begin(HeapOperation)
    /// Heapify replaced the contents with these elements, in this order
    /// (the library's `.load(count:)` with the operation's elements).
    case load([PythonValue])
    /// A step the library took.
    case heap(HeapEvent<PythonValue>)
    /// The value the operation returned (pop, pushpop, replace).
    case result(PythonValue)
    /// The operation raised, with Python's exception and message; the run
    /// goes on, with the array as Python leaves it.
    case error(PythonError)
    /// The items stand for this scene from here on (a `scene` operation):
    /// the stream names the fields (`"fields":["priority","arrival","name"]`).
    case scene(HeapScene)
    /// The array after the operation, in array order. The stream also
    /// writes its `repr` (`[1, 'a']`), as Python prints the list.
    case state([PythonValue])
}

extension HeapStepEvent: StepEventEncodable {
    /// The event's name in the stream, from the one vocabulary ``HeapStepKind``.
    public var type: String { kind.rawValue }

    /// Which kind of line this event is; ``HeapStepEvent/decode(type:fields:after:)`` reads the same names.
    public var kind: HeapStepKind {
        switch self {
        case .begin: .begin
        case .load: .load
        case .result: .result
        case .error: .error
        case .state: .state
        case .scene: .scene
        case .heap(let event):
            switch event {
            case .load: .load
            case .hold: .hold
            case .appendHole: .appendHole
            case .liftLast: .liftLast
            case .lift: .lift
            case .take: .take
            case .compare: .compare
            case .move: .move
            case .place: .place
            case .returnHeld: .returnHeld
            }
        }
    }

    public func encodeFields(into object: inout JSONObjectWriter) {
        switch self {
        case .begin(let operation): object.field("operation", operation.description)
        case .load(let items): object.field("items", items)
        case .result(let value): object.field("value", value)
        case .error(let error): object.errorFields(error)
        case .scene(let scene):
            object.field("scene", scene.rawValue)
            object.field("fields", scene.fields)
        case .state(let items):
            object.field("items", items)
            object.field("repr", PythonValue.listRepr(items))
        case .heap(let event):
            switch event {
            case .load(let count): object.field("count", count)
            case .hold(let value), .liftLast(let value), .returnHeld(let value):
                object.field("value", value)
            case .appendHole: break
            case .lift(let slot, let value), .take(let slot, let value), .place(let slot, let value):
                object.field("slot", slot)
                object.field("value", value)
            case .compare(let lhs, let lhsValue, let rhs, let rhsValue, let isLess):
                object.field("lhs_slot", lhs.slotIndex)
                object.field("lhs", lhsValue)
                object.field("rhs_slot", rhs.slotIndex)
                object.field("rhs", rhsValue)
                object.field("less", isLess)
            case .move(let from, let to, let value):
                object.field("from", from)
                object.field("to", to)
                object.field("value", value)
            }
        }
    }
}

extension HeapOperand {
    /// The slot index, or nil for the held element (`null` in JSON).
    public var slotIndex: Int? {
        if case .slot(let index) = self { index } else { nil }
    }
}
