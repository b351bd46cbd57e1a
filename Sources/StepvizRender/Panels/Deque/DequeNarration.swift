import StepvizCore
import StepvizEvents

/// The log's sentence for each deque step ("write 7 at #1[0] (right end)"),
/// and the deque written as Python prints it.
public enum DequeNarration {
    public static func sentence(for event: DequeStepEvent, glyphs: Glyphs) -> String {
        switch event {
        case .begin(let operation): return "\(glyphs.operationMark) \(operation)"
        case .result(let value): return "returns \(value)"
        case .error(let error): return "error: \(error.panelText)"
        case .state(let layout, let maxlen): return pythonRepr(layout.items, maxlen: maxlen)
        case .deque(let event):
            switch event {
            case .blockAllocated(let block, let end): return "link block #\(block) at the \(end.name)"
            case .blockFreed(let block, let end): return "free empty block #\(block) at the \(end.name)"
            case .slotWritten(let block, let slot, let value, let end):
                return "write \(value) at #\(block)[\(slot)] (\(end.name) end)"
            case .slotCleared(let block, let slot, let value, let end):
                return "take \(value) from #\(block)[\(slot)] (\(end.name) end)"
            case .discarded(let value, let end): return "len > maxlen: \(value) falls off the \(end.name)"
            case .indicesReset(let left, let right): return "indices reset: left \(left), right \(right)"
            case .rotationStep(let value, let fromBlock, let fromSlot, let toBlock, let toSlot, _):
                return "move \(value) #\(fromBlock)[\(fromSlot)] \(glyphs.arrow) #\(toBlock)[\(toSlot)]"
            case .blockWalk(let block, let end): return "walk from the \(end.name): block #\(block)"
            case .slotRead(let block, let slot, let value): return "read #\(block)[\(slot)] = \(value)"
            }
        }
    }

    /// `deque([3, 7, 8], maxlen=3)`, as Python's `repr`.
    public static func pythonRepr(_ items: [PythonValue], maxlen: Int?) -> String {
        DequeStepEvent.repr(items: items, maxlen: maxlen)
    }

    /// The Python form cut to `width` by leaving out items from the middle
    /// (both ends are what a deque is about): `deque([1, 2, …, 9], maxlen=9)`.
    ///
    /// - Complexity: O(*n*) per attempt, O(*n* log *n*) in all.
    public static func pythonRepr(_ items: [PythonValue], maxlen: Int?, width: Int, glyphs: Glyphs) -> String {
        let full = pythonRepr(items, maxlen: maxlen)
        guard full.count > width else { return full }
        func elided(keeping kept: Int) -> String {
            let head = items.prefix((kept + 1) / 2).map(\.repr)
            let tail = items.suffix(kept / 2).map(\.repr)
            let list = "[" + (head + [glyphs.ellipsis] + tail).joined(separator: ", ") + "]"
            return maxlen.map { "deque(\(list), maxlen=\($0))" } ?? "deque(\(list))"
        }
        // The most items kept that still fit.
        var low = 0
        var high = items.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if elided(keeping: middle).count <= width { low = middle } else { high = middle - 1 }
        }
        return elided(keeping: low)
    }

    /// The items for the dashboard strip: `[3 7 8]`, or both ends of a long
    /// deque around an ellipsis, `[5 1 2 … 7 8 9]`.
    public static func summaryItems(_ items: [PythonValue], glyphs: Glyphs) -> String {
        let shown =
            items.count > 8
            ? items.prefix(3).map(\.repr) + [glyphs.ellipsis] + items.suffix(3).map(\.repr)
            : items.map(\.repr)
        return "[" + shown.joined(separator: " ") + "]"
    }
}
