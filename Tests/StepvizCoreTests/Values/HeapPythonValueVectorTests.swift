import StepvizCore
import StepvizTestSupport
import Testing

/// BinaryHeap<PythonValue>'s throwing operations replay the scripts CPython's
/// C heapq ran over mixed values (Vectors/generate_python_value_vectors.py):
/// after every operation the same result or the same error line, and the
/// same list, also after a `<` that raised mid-sift left it half sifted.
@Suite("BinaryHeap<PythonValue> against CPython heapq vectors")
struct HeapPythonValueVectorTests {
    /// Runs one step the way the script ran it in Python; the result's repr
    /// and the error line.
    private func apply(_ step: PythonValueVectors.Step, to heap: inout BinaryHeap<PythonValue>) throws -> (String?, String?) {
        let values = try step.values()
        let indexError = "IndexError: index out of range"
        do throws(PythonTypeError) {
            switch step.op {
            case "push":
                try heap.push(values[0])
            case "pop":
                guard let popped = try heap.popMin() else { return (nil, indexError) }
                return (popped.repr, nil)
            case "pushpop":
                return (try heap.pushPop(values[0]).repr, nil)
            case "replace":
                guard let old = try heap.replaceMin(with: values[0]) else { return (nil, indexError) }
                return (old.repr, nil)
            case "heapify":
                // heap.extend(args); heapify(heap): the list as it is, even unsifted.
                try heap.heapify(heap.unordered + values)
            default:
                Issue.record("unknown heap operation \(step.op)")
            }
            return (nil, nil)
        } catch {
            return (nil, "TypeError: " + error.message)
        }
    }

    @Test("Same result or error line and the same list as heapq after every operation")
    func resultsAndListsMatchHeapq() throws {
        let scripts = try PythonValueVectors.load().heap
        #expect(scripts.count >= 50)
        var checkedSteps = 0
        for script in scripts {
            var heap = BinaryHeap<PythonValue>()
            for (index, step) in script.steps.enumerated() {
                let (result, error) = try apply(step, to: &heap)
                let context: Comment = "seed \(script.seed) (\(script.theme ?? "")), step \(index): \(step.op) \(step.args ?? [])"
                #expect(result?.exact == step.result?.exact, context)
                #expect(error == step.error, context)
                #expect(heap.unordered.listRepr.exact == step.heap?.exact, context)
                checkedSteps += 1
            }
        }
        #expect(checkedSteps >= 1000)
    }

    @Test("The observer's events rebuild the list, raising steps included")
    func observedEventsRebuildTheList() throws {
        for script in try PythonValueVectors.load().heap.prefix(48) {
            var heap = BinaryHeap<PythonValue>()
            var events: [HeapEvent<PythonValue>] = []
            heap.observer = { events.append($0) }
            for (index, step) in script.steps.enumerated() {
                let before = heap.unordered
                let loaded = before + (try step.values())
                events.removeAll()
                _ = try apply(step, to: &heap)
                var slots = before.map(Optional.some)
                for event in events {
                    switch event {
                    case .load(let count): slots = loaded.prefix(count).map(Optional.some)
                    case .appendHole: slots.append(nil)
                    case .move(let from, let to, _): slots[to] = slots[from]
                    case .place(let slot, let element): slots[slot] = element
                    case .liftLast: slots.removeLast()
                    default: break
                    }
                }
                #expect(slots == heap.unordered.map(Optional.some), "seed \(script.seed), step \(index): \(step.op)")
            }
        }
    }

    @Test("The scripts raise TypeError mid-sift in every operation, and heapify past 2500 items")
    func scriptsCoverTheRaisingPaths() throws {
        let scripts = try PythonValueVectors.load().heap
        let steps = scripts.flatMap(\.steps)
        for op in ["push", "pop", "pushpop", "replace", "heapify"] {
            #expect(steps.contains { $0.op == op && $0.error?.hasPrefix("TypeError") == true }, "\(op) raising")
            #expect(steps.contains { $0.op == op && $0.error == nil }, "\(op) succeeding")
        }
        #expect(steps.contains { $0.error == "IndexError: index out of range" })
        #expect(steps.contains { $0.error?.contains("'NoneType'") == true })
        #expect(steps.contains { $0.error?.contains("'str' and 'int'") == true })
        #expect(scripts.contains { $0.theme == "big heapify" && $0.steps[0].args!.count > 2500 })
    }
}
