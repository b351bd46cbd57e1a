import StepvizCore
import StepvizEvents

/// The pseudocode of each deque operation, and which line a step is on.
/// The lines describe the library's real algorithm (CPython's
/// Modules/_collectionsmodule.c): blocks linked and freed at the ends,
/// indices moving one slot at a time, `maxlen` trimming the other end.
public enum DequePseudocode {
    /// The listing for an operation.
    public static func listing(for operation: DequeOperation?) -> [String] {
        switch operation {
        case nil: []
        case .append: append
        case .appendLeft: appendLeft
        case .pop: pop
        case .popLeft: popLeft
        case .extend: extend
        case .extendLeft: extendLeft
        case .rotate: rotate
        case .clear: clear
        case .index: index
        }
    }

    /// The line of `listing(for: operation)` that `event` executes.
    public static func line(for event: DequeStepEvent, in operation: DequeOperation?) -> Int? {
        guard let operation else { return nil }
        switch (operation, event) {
        case (_, .begin): return 0
        case (_, .state): return nil

        case (.append, .deque(let event)), (.appendLeft, .deque(let event)):
            return appendLine(event, allocate: 2, write: 3, trim: 5)
        case (.extend, .deque(.indicesReset)), (.extendLeft, .deque(.indicesReset)): return 1
        case (.extend, .deque(let event)), (.extendLeft, .deque(let event)):
            return appendLine(event, allocate: 3, write: 4, trim: 5)

        case (.pop, .error), (.popLeft, .error): return 1
        case (.pop, .deque(.slotCleared)), (.popLeft, .deque(.slotCleared)): return 2
        case (.pop, .deque(.blockFreed)), (.popLeft, .deque(.blockFreed)): return 4
        case (.pop, .deque(.indicesReset)), (.popLeft, .deque(.indicesReset)): return 5
        case (.pop, .result), (.popLeft, .result): return 6

        case (.rotate, .deque(.blockAllocated)): return 4
        case (.rotate, .deque(.rotationStep)): return 5
        case (.rotate, .deque(.blockFreed)): return 6

        case (.clear, .deque(.slotCleared)): return 2
        case (.clear, .deque(.blockFreed)): return 3
        case (.clear, .deque(.indicesReset)): return 4

        case (.index, .error): return 2
        case (.index, .deque(.blockWalk)): return 3
        case (.index, .deque(.slotRead)), (.index, .result): return 4
        default: return nil
        }
    }

    /// Appending lines: link a block when the end one is full, write the
    /// slot, then (bounded) trim the other end: its discard, its clear and
    /// the block it may free all belong to the trim.
    private static func appendLine(_ event: DequeEvent<PythonValue>, allocate: Int, write: Int, trim: Int) -> Int? {
        switch event {
        case .blockAllocated: allocate
        case .slotWritten: write
        case .discarded, .slotCleared, .blockFreed: trim
        default: nil
        }
    }

    /// Every listing (the code box is sized to the tallest and widest).
    static var allListings: [[String]] { [append, appendLeft, pop, popLeft, extend, extendLeft, rotate, clear, index] }

    // Each line fits the code box (38 columns inside).
    static let append = [
        "append(x):",
        "  if rightindex == BLOCKLEN-1:",
        "    link a new block on the right",
        "  rightindex += 1; slot = x",
        "  if len > maxlen:",
        "    popleft()  # falls off the left",
    ]
    static let appendLeft = [
        "appendleft(x):",
        "  if leftindex == 0:",
        "    link a new block on the left",
        "  leftindex -= 1; slot = x",
        "  if len > maxlen:",
        "    pop()  # falls off the right",
    ]
    static let pop = [
        "pop():",
        "  if len == 0: raise IndexError",
        "  x = slot; rightindex -= 1",
        "  if rightindex == -1:",
        "    if len > 0: free right block",
        "    else: recentre the indices",
        "  return x",
    ]
    static let popLeft = [
        "popleft():",
        "  if len == 0: raise IndexError",
        "  x = slot; leftindex += 1",
        "  if leftindex == BLOCKLEN:",
        "    if len > 0: free left block",
        "    else: recentre the indices",
        "  return x",
    ]
    static let extend = [
        "extend(items):",
        "  if len == 0: rightindex = 0",
        "  for x in items:",
        "    if right block full: link one",
        "    rightindex += 1; slot = x",
        "    if len > maxlen: popleft()",
    ]
    static let extendLeft = [
        "extendleft(items):  # reverses",
        "  if len == 0: leftindex = BLOCKLEN-1",
        "  for x in items:",
        "    if left block full: link one",
        "    leftindex -= 1; slot = x",
        "    if len > maxlen: pop()",
    ]
    static let rotate = [
        "rotate(n):",
        "  n = n mod len, the shorter way",
        "  repeat |n| times:",
        "    if the end to fill is full:",
        "      link a block (reuse freed)",
        "    move one item end to end",
        "    if a block emptied: free it",
    ]
    static let clear = [
        "clear():",
        "  while len > 0:",
        "    remove the leftmost item",
        "    if its block emptied: free it",
        "  recentre the indices",
    ]
    static let index = [
        "d[i]:",
        "  if i < 0: i += len",
        "  if not 0 <= i < len: IndexError",
        "  walk blocks from the nearer end",
        "  return the item in its slot",
    ]
}
