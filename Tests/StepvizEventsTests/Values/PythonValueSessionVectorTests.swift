import Foundation
import StepvizCore
import StepvizEvents
import StepvizRender
import StepvizTestSupport
import Testing

/// The sessions, the stream and the panel models on CPython's mixed-value
/// scripts (Vectors/generate_python_value_vectors.py): each script is typed
/// as `--ops` text (so every value's literal form parses back), run through
/// `stepviz events`, and every operation's `error` line (exception and
/// message), its result and its `state`'s `repr` must be CPython's text.
/// The stream then reads back through the checked reader, and the panel
/// models fold the steps (they assert, in debug builds, that they equal the
/// library's state after every operation).
@Suite("Heap, deque and LRU sessions against CPython's mixed-value scripts")
struct PythonValueSessionVectorTests {
    /// What one operation's lines say, as Python would print it.
    struct Outcome {
        var result: String?
        var error: String?
        var repr: String?
    }

    /// Runs `ops` as `stepviz events` and reads back each operation's outcome.
    static func outcomes(panel: String, _ options: EventRunOptions) throws -> (outcomes: [Outcome], bytes: Data) {
        let bytes = try EventStreamCapture.bytes(panel: panel, options)
        var outcomes: [Outcome] = []
        for line in bytes.split(separator: UInt8(ascii: "\n")).dropFirst() {
            let object = try JSONLineParser.object(Array(line))
            let op = try object.int("op")
            while outcomes.count <= op { outcomes.append(Outcome()) }
            switch try object.string("type") {
            case "result": outcomes[op].result = try object.value("value").repr
            case "error": outcomes[op].error = try object.pythonError().description
            case "state": outcomes[op].repr = try object.string("repr")
            default: break
            }
        }
        return (outcomes, bytes)
    }

    @Test("heap: same result or error line, and repr(heap) after every operation")
    func heap() throws {
        var checked = 0
        for script in try PythonValueVectors.load().heap {
            // heapq's scripts extend the list and heapify it; the operation
            // heapifies what it is given, so it is given the list plus the new items.
            let mirror = HeapSession()
            var operations: [HeapOperation] = []
            for step in script.steps {
                let values = try step.values()
                let operation: HeapOperation =
                    switch step.op {
                    case "push": .push(values[0])
                    case "pop": .pop
                    case "pushpop": .pushPop(values[0])
                    case "replace": .replace(values[0])
                    default: .heapify(mirror.heap.unordered + values)
                    }
                mirror.apply(operation)
                operations.append(operation)
            }
            let ops = operations.map(\.description).joined(separator: "; ")
            let (outcomes, bytes) = try Self.outcomes(panel: "heap", EventRunOptions(ops: ops))
            #expect(outcomes.count == script.steps.count, "seed \(script.seed)")
            for (index, (step, outcome)) in zip(script.steps, outcomes).enumerated() {
                let context: Comment = "heap seed \(script.seed), step \(index): \(step)"
                #expect(outcome.result?.exact == step.result?.exact, context)
                #expect(outcome.error == step.error, context)
                #expect(outcome.repr?.exact == step.heap?.exact, context)
                checked += 1
            }
            try Self.readBackAndFold(bytes, HeapPanelModel(), HeapStepEvent.self)
        }
        #expect(checked >= 1000)
    }

    @Test("deque: same result or error line, and repr(deque) after every operation")
    func deque() throws {
        var checked = 0
        for script in try PythonValueVectors.load().deque {
            var operations: [DequeOperation] = []
            for step in script.steps {
                let values = try step.values()
                let operation: DequeOperation =
                    switch step.op {
                    case "append": .append(values[0])
                    case "appendleft": .appendLeft(values[0])
                    case "pop": .pop
                    case "popleft": .popLeft
                    case "extend": .extend(values)
                    case "extendleft": .extendLeft(values)
                    case "rotate": .rotate(values[0])
                    case "clear": .clear
                    default: .index(values[0])
                    }
                operations.append(operation)
            }
            var options = EventRunOptions(ops: operations.map(\.description).joined(separator: "; "))
            if let maxlen = script.maxlen { options = options.with(\.maxlen, maxlen) }
            let (outcomes, bytes) = try Self.outcomes(panel: "deque", options)
            #expect(outcomes.count == script.steps.count, "seed \(script.seed)")
            for (index, (step, outcome)) in zip(script.steps, outcomes).enumerated() {
                let context: Comment = "deque seed \(script.seed), step \(index): \(step)"
                #expect(outcome.result?.exact == step.result?.exact, context)
                #expect(outcome.error == step.error, context)
                #expect(outcome.repr?.exact == step.repr?.exact, context)
                checked += 1
            }
            try Self.readBackAndFold(bytes, DequePanelModel(setup: DequeSetup(maxlen: script.maxlen)), DequeStepEvent.self)
        }
        #expect(checked >= 900)
    }

    @Test("LRU: same hit value and repr(list(od.items())) after every operation, the first key kept")
    func lru() throws {
        var checked = 0
        for script in try PythonValueVectors.load().lru {
            let capacity = try #require(script.capacity)
            var operations: [LRUOperation] = []
            for step in script.steps {
                let key = try PythonValue(literal: try #require(step.key))
                operations.append(
                    step.op == "get" ? .get(key: key) : .put(key: key, value: try PythonValue(literal: try #require(step.value))))
            }
            let options = EventRunOptions(ops: operations.map(\.description).joined(separator: "; ")).with(\.capacity, capacity)
            let (outcomes, bytes) = try Self.outcomes(panel: "lru", options)
            #expect(outcomes.count == script.steps.count, "seed \(script.seed)")
            for (index, (step, outcome)) in zip(script.steps, outcomes).enumerated() {
                let context: Comment = "lru seed \(script.seed), step \(index): \(step)"
                #expect(outcome.result?.exact == (step.op == "get" ? step.result?.exact : nil), context)
                #expect(outcome.repr?.exact == step.items?.exact, context)
                checked += 1
            }
            try Self.readBackAndFold(bytes, LRUPanelModel(setup: LRUSetup(capacity: capacity)), LRUStepEvent.self)
        }
        #expect(checked >= 800)
    }

    /// The stream reads back through the catalog's checked reader, and the
    /// panel model folds every step of it.
    static func readBackAndFold<Model: PanelModel, Event: StepEventDecodable>(
        _ bytes: Data, _ model: Model, _: Event.Type
    ) throws where Model.Event == Event {
        let replayed = try PanelCatalog.standard.replay(Array(bytes))
        #expect(replayed.name == Event.panel)
        var model = model
        let source = try SavedStream.read(Array(bytes)).source(as: Event.self)
        for step in source.steps { model.apply(step) }
    }
}
