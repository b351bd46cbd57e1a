import StepvizCore
import StepvizTestSupport
import Testing

/// Thousands of seeded random operation sequences, each checked after every
/// operation against the simplest correct model: a sorted array.
@Suite("BinaryHeap against a sorted-array model")
struct HeapModelTests {
    /// An element whose order is its key alone, so equal keys stay
    /// distinguishable: losing one duplicate and doubling another would keep
    /// the keys right but not the tags.
    struct Tagged: Comparable, CustomStringConvertible {
        var key: Int
        var tag: Int
        static func < (lhs: Self, rhs: Self) -> Bool { lhs.key < rhs.key }
        static func == (lhs: Self, rhs: Self) -> Bool { lhs.key == rhs.key && lhs.tag == rhs.tag }
        var description: String { "\(key)#\(tag)" }
    }

    @Test("Results, heap property and multiset match the model after every operation")
    func randomOperationsMatchTheModel() {
        var operations = 0
        for seed in UInt64(0)..<3000 {
            var random = SeededGenerator(seed: seed)
            let maxKey = [0, 1, 3, 10, 1_000_000][Int(seed % 5)]
            var nextTag = 0
            func element() -> Tagged {
                nextTag += 1
                return Tagged(key: Int.random(in: -maxKey...maxKey, using: &random), tag: nextTag)
            }
            var heap = BinaryHeap<Tagged>()
            var model: [Tagged] = []  // sorted by key; any order among equal keys
            /// Takes `element` out of the model; false (and an issue) when
            /// the heap returned something the model does not hold.
            func removeFromModel(_ element: Tagged) -> Bool {
                guard let index = model.firstIndex(of: element) else {
                    Issue.record("seed \(seed): the heap returned \(element), which it does not hold")
                    return false
                }
                model.remove(at: index)
                return true
            }
            operationLoop: for _ in 0..<Int.random(in: 1...60, using: &random) {
                let context: Comment = "seed \(seed), heap \(heap)"
                switch Int.random(in: 0..<10, using: &random) {
                case 0..<4:
                    let new = element()
                    heap.push(new)
                    model.append(new)
                case 4..<6:
                    let popped = heap.popMin()
                    #expect(popped?.key == model.min()?.key, context)
                    if let popped, !removeFromModel(popped) { break operationLoop }
                case 6..<8:
                    let new = element()
                    let returned = heap.pushPop(new)
                    // heapq: the pushed element comes back unless the root is strictly smaller.
                    if let root = model.min(), root < new {
                        #expect(returned.key == root.key, context)
                        model.append(new)
                        if !removeFromModel(returned) { break operationLoop }
                    } else {
                        #expect(returned == new, context)
                    }
                case 8:
                    let new = element()
                    let returned = heap.replaceMin(with: new)
                    #expect(returned?.key == model.min()?.key, context)
                    if let returned {
                        if !removeFromModel(returned) { break operationLoop }
                        model.append(new)
                    }
                default:
                    let elements = (0..<Int.random(in: 0...40, using: &random)).map { _ in element() }
                    heap.heapify(elements)
                    model = elements
                }
                #expect(Self.isHeap(heap.unordered), context)
                #expect(Self.sortedTags(heap.unordered) == Self.sortedTags(model), context)
                #expect(heap.min?.key == model.min()?.key, context)
                #expect(heap.count == model.count && heap.isEmpty == model.isEmpty, context)
                operations += 1
            }
        }
        #expect(operations > 50_000)
    }

    @Test("Popping everything yields the elements in sorted order")
    func heapSortIsSorted() {
        for seed in UInt64(0)..<500 {
            var random = SeededGenerator(seed: seed)
            let values = (0..<Int.random(in: 0...200, using: &random)).map { _ in Int.random(in: -50...50, using: &random) }
            var heap = BinaryHeap(values)
            var popped: [Int] = []
            while let next = heap.popMin() { popped.append(next) }
            #expect(popped == values.sorted(), "seed \(seed)")
        }
    }

    /// No element is less than its parent.
    static func isHeap<Element: Comparable>(_ items: [Element]) -> Bool {
        items.indices.dropFirst().allSatisfy { !(items[$0] < items[($0 - 1) / 2]) }
    }

    static func sortedTags(_ items: [Tagged]) -> [Int] { items.map(\.tag).sorted() }
}
