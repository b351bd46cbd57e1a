import StepvizCore
import StepvizTestSupport
import Testing

/// Seeded random scripts on BlockDeque with tiny blocks, checked after every
/// operation against a plain array that follows Python's rules, and against
/// the deque's own layout (debug builds also run `_checkInvariants()` at the
/// end of every mutation, so every step here exercises them).
@Suite("BlockDeque against an array model, small blocks")
struct DequeModelTests {
    /// Python's deque semantics on an array (obviously right, O(n)).
    struct Model {
        var items: [Int] = []
        let maxlen: Int?

        mutating func append(_ value: Int) {
            items.append(value)
            if let maxlen, items.count > maxlen { items.removeFirst() }
        }

        mutating func appendLeft(_ value: Int) {
            items.insert(value, at: 0)
            if let maxlen, items.count > maxlen { items.removeLast() }
        }

        mutating func rotate(_ n: Int) {
            guard !items.isEmpty else { return }
            let shift = ((n % items.count) + items.count) % items.count
            items = Array(items.suffix(shift) + items.dropLast(shift))
        }
    }

    static let blockSizes = [2, 3, 4, 8]

    @Test("Random scripts agree with the model after every operation", arguments: blockSizes)
    func randomScriptsAgree(blockSize: Int) {
        for seed in UInt64(0)..<150 {
            var random = SeededGenerator(seed: seed &* 31 &+ UInt64(blockSize))
            let maxlen: Int? = seed % 3 == 0 ? nil : Int.random(in: 0...(seed % 3 == 1 ? 5 : 30), using: &random)
            var deque = BlockDeque<Int>(maxlen: maxlen, blockSize: blockSize)
            var model = Model(maxlen: maxlen)
            for step in 0..<120 {
                let before = deque
                let beforeItems = model.items
                let description = Self.randomStep(&deque, &model, using: &random)
                let context: Comment = "seed \(seed), block size \(blockSize), step \(step): \(description)"
                #expect(Array(deque) == model.items, context)
                #expect(deque.count == model.items.count, context)
                #expect(Array(before) == beforeItems, "a copy taken before the mutation is unchanged; \(context)")
                Self.checkLayout(deque, context)
            }
        }
    }

    /// Applies one random operation to both; returns its description.
    static func randomStep(
        _ deque: inout BlockDeque<Int>, _ model: inout Model,
        using random: inout SeededGenerator
    ) -> String {
        let value = Int.random(in: -99...999, using: &random)
        let grow = model.items.count < 30
        switch Int.random(in: 0..<(grow ? 10 : 12), using: &random) {
        case 0:
            deque.append(value)
            model.append(value)
            return "append \(value)"
        case 1:
            deque.appendLeft(value)
            model.appendLeft(value)
            return "appendleft \(value)"
        case 2:
            let values = (0..<Int.random(in: 0...10, using: &random)).map { $0 &* 7 &+ value }
            deque.extend(values)
            for item in values { model.append(item) }
            return "extend \(values)"
        case 3:
            let values = (0..<Int.random(in: 0...10, using: &random)).map { $0 &* 7 &+ value }
            deque.extendLeft(values)
            for item in values { model.appendLeft(item) }
            return "extendleft \(values)"
        case 4, 10:
            let popped = deque.pop()
            #expect(popped == model.items.popLast())
            return "pop"
        case 5, 11:
            let popped = deque.popLeft()
            #expect(popped == (model.items.isEmpty ? nil : model.items.removeFirst()))
            return "popleft"
        case 6, 7:
            let n = [
                Int.random(in: -3...3, using: &random), Int.random(in: -50...50, using: &random),
                Int.random(in: Int.min / 2...Int.max / 2, using: &random),
            ][Int.random(in: 0..<3, using: &random)]
            deque.rotate(n)
            model.rotate(n)
            return "rotate \(n)"
        case 8:
            let position = Int.random(in: -model.items.count - 2...model.items.count + 1, using: &random)
            let normalized = position < 0 ? position + model.items.count : position
            let expected = model.items.indices.contains(normalized) ? model.items[normalized] : nil
            #expect(deque.element(at: position) == expected, "index \(position)")
            return "index \(position)"
        default:
            if Int.random(in: 0..<4, using: &random) == 0 {
                deque.clear()
                model.items.removeAll()
                return "clear"
            }
            deque.append(value)
            model.append(value)
            return "append \(value)"
        }
    }

    /// The layout describes the same items, as CPython lays them out: whole
    /// blocks between the ends, contiguous slots, indices where the items are.
    static func checkLayout(_ deque: BlockDeque<Int>, _ context: Comment) {
        let layout = deque.layout
        #expect(layout.items == Array(deque), context)
        #expect(layout.blockSize == deque.blockSize, context)
        #expect(!layout.blocks.isEmpty, context)
        #expect(Set(layout.blocks.map(\.id)).count == layout.blocks.count, "block ids are distinct; \(context)")
        #expect(layout.blocks.allSatisfy { $0.slots.count == deque.blockSize }, context)
        if deque.isEmpty {
            #expect(layout.blocks.count == 1 && layout.leftIndex == layout.rightIndex + 1, context)
            return
        }
        for (position, block) in layout.blocks.enumerated() {
            let lower = position == 0 ? layout.leftIndex : 0
            let upper = position == layout.blocks.count - 1 ? layout.rightIndex : deque.blockSize - 1
            for slot in 0..<deque.blockSize {
                #expect(
                    (block.slots[slot] != nil) == (lower...upper).contains(slot),
                    "block \(block.id) slot \(slot); \(context)")
            }
        }
    }

    @Test("Copies are independent values (copy on write)")
    func copiesAreIndependent() {
        var original = BlockDeque([1, 2, 3, 4, 5], blockSize: 2)
        var copy = original
        copy.append(6)
        copy.rotate(2)
        original.popLeft()
        #expect(Array(original) == [2, 3, 4, 5])
        #expect(Array(copy) == [5, 6, 1, 2, 3, 4])
        #expect(copy.layout.items == [5, 6, 1, 2, 3, 4])
    }

    @Test("Elements are released: no copy of a class instance outlives the deque")
    func elementsAreReleased() {
        final class Tracked {}
        weak var watched: Tracked?
        do {
            var deque = BlockDeque<Tracked>(blockSize: 3)
            for index in 0..<50 {
                let object = Tracked()
                if index == 17 { watched = object }
                if index % 2 == 0 { deque.append(object) } else { deque.appendLeft(object) }
            }
            deque.rotate(7)
            var copy = deque
            copy.rotate(-11)
            _ = copy.popLeft()
            _ = deque.pop()
            #expect(watched != nil)
        }
        #expect(watched == nil)
    }
}
