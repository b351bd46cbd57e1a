import StepvizCore

/// A step of a deque run as the event stream and the panel see it: the
/// library's own ``DequeEvent``s framed by the operation that caused them,
/// its result or error, and the whole deque after it.
public enum DequeStepEvent: Equatable, Sendable {
    /// An operation starts.
    case begin(DequeOperation)
    /// A step the library took.
    case deque(DequeEvent<PythonValue>)
    /// The value the operation returned (pop, popleft, index).
    case result(PythonValue)
    /// The operation failed, with Python's message; the run goes on.
    case error(PythonError)
    /// The deque after the operation: its items left to right (from the
    /// layout) and where they sit, and its bound.
    case state(DequeLayout<PythonValue>, maxlen: Int?)
}

extension DequeStepEvent: StepEventEncodable {
    /// The event's name in the stream, from the one vocabulary ``DequeStepKind``.
    public var type: String { kind.rawValue }

    /// Which kind of line this event is; ``DequeStepEvent/decode(type:fields:after:)`` reads the same names.
    public var kind: DequeStepKind {
        switch self {
        case .begin: .begin
        case .result: .result
        case .error: .error
        case .state: .state
        case .deque(let event):
            switch event {
            case .blockAllocated: .blockAllocated
            case .blockFreed: .blockFreed
            case .slotWritten: .slotWritten
            case .slotCleared: .slotCleared
            case .discarded: .discarded
            case .indicesReset: .indicesReset
            case .rotationStep: .rotationStep
            case .blockWalk: .blockWalk
            case .slotRead: .slotRead
            }
        }
    }

    public func encodeFields(into object: inout JSONObjectWriter) {
        switch self {
        case .begin(let operation): object.field("operation", operation.description)
        case .result(let value): object.field("value", value)
        case .error(let error): object.errorFields(error)
        case .state(let layout, let maxlen):
            object.field("items", layout.items)
            object.field("maxlen", maxlen)
            object.field("block_size", layout.blockSize)
            object.rawField("blocks", Self.blocksJSON(layout.blocks))
            object.field("left_index", layout.leftIndex)
            object.field("right_index", layout.rightIndex)
            object.field("repr", Self.repr(items: layout.items, maxlen: maxlen))
        case .deque(let event):
            switch event {
            case .blockAllocated(let block, let end), .blockFreed(let block, let end):
                object.field("block", block)
                object.field("end", end.name)
            case .slotWritten(let block, let slot, let value, let end),
                .slotCleared(let block, let slot, let value, let end):
                object.field("block", block)
                object.field("slot", slot)
                object.field("value", value)
                object.field("end", end.name)
            case .discarded(let value, let end):
                object.field("value", value)
                object.field("end", end.name)
            case .indicesReset(let left, let right):
                object.field("left_index", left)
                object.field("right_index", right)
            case .rotationStep(let value, let fromBlock, let fromSlot, let toBlock, let toSlot, let toward):
                object.field("value", value)
                object.field("from_block", fromBlock)
                object.field("from_slot", fromSlot)
                object.field("to_block", toBlock)
                object.field("to_slot", toSlot)
                object.field("toward", toward.name)
            case .blockWalk(let block, let from):
                object.field("block", block)
                object.field("from", from.name)
            case .slotRead(let block, let slot, let value):
                object.field("block", block)
                object.field("slot", slot)
                object.field("value", value)
            }
        }
    }

    /// `[{"id":0,"slots":[null,3,4,...]},...]`: every slot, null when unused.
    static func blocksJSON(_ blocks: [DequeLayout<PythonValue>.Block]) -> [UInt8] {
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        for (index, block) in blocks.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            var slots: [UInt8] = [UInt8(ascii: "[")]
            for (position, slot) in block.slots.enumerated() {
                if position > 0 { slots.append(UInt8(ascii: ",")) }
                if let slot { JSONObjectWriter.appendValue(slot, to: &slots) } else { slots.append(contentsOf: "null".utf8) }
            }
            slots.append(UInt8(ascii: "]"))
            var object = JSONObjectWriter(bytes: bytes)
            bytes = []
            object.field("id", block.id)
            object.rawField("slots", slots)
            bytes = object.finish()
        }
        bytes.append(UInt8(ascii: "]"))
        return bytes
    }
}

extension DequeStepEvent {
    /// `repr(deque)`: `deque([1, 'a'])`, `deque([1, 'a'], maxlen=3)`.
    public static func repr(items: [PythonValue], maxlen: Int?) -> String {
        "deque(" + PythonValue.listRepr(items) + (maxlen.map { ", maxlen=\($0)" } ?? "") + ")"
    }
}

extension DequeEnd {
    /// `"left"` or `"right"`, as the event stream writes it.
    public var name: String {
        switch self {
        case .left: "left"
        case .right: "right"
        }
    }
}
