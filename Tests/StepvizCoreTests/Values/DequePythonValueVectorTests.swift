import StepvizCore
import StepvizTestSupport
import Testing

/// BlockDeque<PythonValue> replays the scripts CPython's collections.deque
/// ran over mixed values (Vectors/generate_python_value_vectors.py), and
/// prints as `repr(d)` after every operation, whatever its block size.
@Suite("BlockDeque<PythonValue> against CPython collections.deque vectors")
struct DequePythonValueVectorTests {
    /// Runs one step; the result's repr and the error line.
    private func apply(_ step: PythonValueVectors.Step, to deque: inout BlockDeque<PythonValue>) throws -> (String?, String?) {
        let values = try step.values()
        func int(_ value: PythonValue) throws -> Int {
            guard case .int(let n) = value else { throw PythonLiteralError("expected an int", value.repr) }
            return Int(n)
        }
        switch step.op {
        case "append": deque.append(values[0])
        case "appendleft": deque.appendLeft(values[0])
        case "pop": return deque.pop().map { ($0.repr, nil) } ?? (nil, "IndexError: pop from an empty deque")
        case "popleft": return deque.popLeft().map { ($0.repr, nil) } ?? (nil, "IndexError: pop from an empty deque")
        case "extend": deque.extend(values)
        case "extendleft": deque.extendLeft(values)
        case "rotate": deque.rotate(try int(values[0]))
        case "clear": deque.clear()
        case "index":
            return deque.element(at: try int(values[0])).map { ($0.repr, nil) } ?? (nil, "IndexError: deque index out of range")
        default: Issue.record("unknown deque operation \(step.op)")
        }
        return (nil, nil)
    }

    @Test("Same results, errors and repr(d) as collections.deque after every operation", arguments: [2, 3, 64])
    func reprsMatchCPython(blockSize: Int) throws {
        let scripts = try PythonValueVectors.load().deque
        #expect(scripts.count >= 40)
        var checkedSteps = 0
        for script in scripts {
            var deque = BlockDeque<PythonValue>(maxlen: script.maxlen, blockSize: blockSize)
            for (index, step) in script.steps.enumerated() {
                let (result, error) = try apply(step, to: &deque)
                let context: Comment = "seed \(script.seed) (maxlen \(script.maxlen.map(String.init) ?? "None")), step \(index): \(step)"
                #expect(result?.exact == step.result?.exact, context)
                #expect(error == step.error, context)
                #expect(deque.description.exact == step.repr?.exact, context)
                let bound = script.maxlen.map { ", maxlen=\($0)" } ?? ""
                #expect(("deque(" + Array(deque).listRepr + bound + ")").exact == step.repr?.exact, context)
                checkedSteps += 1
            }
        }
        #expect(checkedSteps >= 800)
    }

    @Test("The scripts fill bounded deques past maxlen 0 and more, and hit both errors")
    func scriptsCoverTheBounds() throws {
        let scripts = try PythonValueVectors.load().deque
        #expect(scripts.contains { $0.maxlen == 0 } && scripts.contains { $0.maxlen == nil })
        let steps = scripts.flatMap(\.steps)
        #expect(steps.contains { $0.error == "IndexError: pop from an empty deque" })
        #expect(steps.contains { $0.error == "IndexError: deque index out of range" })
        #expect(steps.contains { $0.op == "extendleft" && ($0.args?.count ?? 0) >= 2 })
        #expect(steps.contains { $0.repr?.contains("(") == true && $0.repr?.contains("None") == true })
    }
}
