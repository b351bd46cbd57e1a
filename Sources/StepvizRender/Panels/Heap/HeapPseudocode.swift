import StepvizCore
import StepvizEvents

/// The pseudocode of each heap operation, and which line a step is on.
/// The lines describe the library's real algorithm (CPython's heapq).
public enum HeapPseudocode {
    /// The listing for an operation.
    public static func listing(for operation: HeapOperation?) -> [String] {
        switch operation {
        case nil: return []
        case .push: return push
        case .pop: return pop
        case .pushPop: return pushPop
        case .replace: return replace
        case .heapify: return heapify
        case .scene(.plain): return plainScene
        case .scene(.requests): return requestsScene
        }
    }

    /// The line of `listing(for: operation)` that `event` executes.
    public static func line(for event: HeapStepEvent, in operation: HeapOperation?) -> Int? {
        guard let operation else { return nil }
        switch (operation, event) {
        case (_, .begin): return 0
        case (_, .state): return nil

        case (.push, .heap(.hold)), (.push, .heap(.appendHole)): return 1
        case (.push, .heap(.compare)): return 3
        // push compares only there, so a TypeError is raised on that line.
        case (.push, .error): return 3
        case (.push, .heap(.move)): return 4
        case (.push, .heap(.place)): return 6

        case (.pop, .heap(.liftLast)): return 1
        case (.pop, .heap(.returnHeld)): return 2
        case (.pop, .error(let error)) where error.isIndexError: return 1
        case (.pop, .heap(.take)): return 3
        case (.pop, .heap(let event)): return siftLine(event, walkDown: 4, siftUp: 6, place: 7)
        case (.pop, .result): return 8

        case (.pushPop, .heap(.hold)): return 0
        case (.pushPop, .heap(.compare(.slot(0), _, .held, _, _))): return 1
        case (.pushPop, .heap(.take)): return 2
        case (.pushPop, .heap(.returnHeld)): return 6
        case (.pushPop, .heap(let event)): return siftLine(event, walkDown: 3, siftUp: 4, place: 4)
        case (.pushPop, .result): return 5

        case (.replace, .error(let error)) where error.isIndexError: return 1
        case (.replace, .heap(.hold)), (.replace, .heap(.take)): return 2
        case (.replace, .heap(let event)): return siftLine(event, walkDown: 3, siftUp: 4, place: 5)
        case (.replace, .result): return 6

        case (.heapify, .load), (.heapify, .heap(.load)): return 1
        case (.heapify, .heap(.lift)): return 3
        case (.heapify, .heap(let event)): return siftLine(event, walkDown: 4, siftUp: 5, place: 6)

        case (.scene, .scene): return 1
        default: return nil
        }
    }

    /// Sifting lines: the walk to a leaf compares two slots and moves a child
    /// up; the sift back up compares the held element and moves a parent down.
    private static func siftLine(_ event: HeapEvent<PythonValue>, walkDown: Int, siftUp: Int, place: Int) -> Int? {
        switch event {
        case .compare(.slot, _, .slot, _, _): walkDown
        case .compare: siftUp
        case .move(let from, let to, _): from > to ? walkDown : siftUp
        case .place: place
        default: nil
        }
    }

    // Each line fits a 34-column box.
    static let push = [
        "push(x):",
        "  hold x; append a hole",
        "  while hole > 0:",
        "    if not x < parent: break",
        "    move parent down into hole",
        "    hole = parent",
        "  heap[hole] = x",
    ]
    static let pop = [
        "pop():",
        "  last = heap.pop()",
        "  if heap is empty: return last",
        "  result = heap[0]; hole = 0",
        "  walk hole down to a leaf:",
        "    move smaller child up (tie: R)",
        "  sift last up while last < parent",
        "  heap[hole] = last",
        "  return result",
    ]
    static let pushPop = [
        "pushpop(x):",
        "  if heap and heap[0] < x:",
        "    result = heap[0]; hole = 0",
        "    walk hole down to a leaf",
        "    sift x up; heap[hole] = x",
        "    return result",
        "  return x",
    ]
    static let replace = [
        "replace(x):",
        "  if heap is empty: IndexError",
        "  result = heap[0]; hole = 0",
        "  walk hole down to a leaf",
        "  sift x up while x < parent",
        "  heap[hole] = x",
        "  return result",
    ]
    /// The notes' request scheduler, as the scene's operations run it.
    static let requestsScene = [
        "scene requests:",
        "  item = (priority, arrival, name)",
        "  client: push (p, n, name); n += 1",
        "  server free: pop the most urgent",
        "  equal priorities: first arrived",
    ]
    static let plainScene = [
        "scene plain:",
        "  items are plain values",
    ]
    static let heapify = [
        "heapify(items):",
        "  heap = items",
        "  for i = n/2-1 down to 0:",
        "    x = heap[i]; hole = i",
        "    walk hole down to a leaf",
        "    sift x up while x < parent",
        "    heap[hole] = x",
    ]
}
