import Foundation
import StepvizTestSupport
import Testing

/// `stepviz record` through the built binary.
@Suite struct RecordCommandTests {
    func record(_ arguments: [String]) throws -> (status: Int32, bytes: [UInt8], error: String) {
        let output = try TemporaryFile(suffix: ".cast")
        let result = try StepvizBinary.run(["record", "heap", "--out", output.path] + arguments)
        return (result.status, try output.contents(), result.standardError)
    }

    @Test func sameArgumentsGiveByteIdenticalFiles() throws {
        let arguments = ["--seed", "7", "--size", "100x30", "--speed", "6"]
        let first = try record(arguments)
        let second = try record(arguments)
        #expect(first.status == 0 && second.status == 0)
        #expect(first.bytes.count > 1000)
        #expect(first.bytes == second.bytes)
        let other = try record(["--seed", "8", "--size", "100x30", "--speed", "6"])
        #expect(other.bytes != first.bytes)
    }

    @Test func oneMarkerPerOperationAndTheHeaderSize() throws {
        let result = try record(["--ops", "heapify 5 4 3; pop; push 1; pop", "--size", "90x25", "--speed", "20"])
        #expect(result.status == 0)
        let lines = String(decoding: result.bytes, as: UTF8.self).split(separator: "\n")
        let header = try #require(JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(header["width"] as? Int == 90 && header["height"] as? Int == 25)
        let markers = try lines.dropFirst().compactMap { line -> String? in
            let event = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any])
            return event[1] as? String == "m" ? event[2] as? String : nil
        }
        #expect(markers == ["op 1: heapify 5 4 3", "op 2: pop", "op 3: push 1", "op 4: pop"])
    }

    @Test(arguments: [
        (["--size", "80by24"], "80by24"),
        (["--size", "10x5"], "10x5"),
        (["--speed", "fast"], "fast"),
        (["--speed", "0"], "0"),
        (["--ops", "push"], "push"),
        (["--ops", "push 1; shove 2"], "shove"),
    ])
    func badInputIsOneLineAndStatus2AndWritesNothing(arguments: [String], named: String) throws {
        let output = try TemporaryFile(suffix: ".cast")
        let result = try StepvizBinary.run(["record", "heap", "--out", output.path] + arguments)
        #expect(result.status == 2)
        #expect(result.standardErrorLines.count == 1)
        #expect(result.standardError.contains(named))
        #expect(try output.contents().isEmpty, "nothing written")
    }

    @Test func unwritableOutputIsNamed() throws {
        let result = try StepvizBinary.run(["record", "heap", "--out", "/nonexistent-folder/demo.cast"])
        #expect(result.status == 2)
        #expect(result.standardErrorLines.count == 1)
        #expect(result.standardError.contains("/nonexistent-folder/demo.cast"))
    }

    @Test func unknownPanelIsNamedAndNothingWritten() throws {
        let output = try TemporaryFile(suffix: ".cast")
        let result = try StepvizBinary.run(["record", "nosuch", "--out", output.path])
        #expect(result.status == 2)
        #expect(result.standardErrorLines.count == 1)
        #expect(result.standardError.contains("'nosuch'"))
        #expect(try output.contents().isEmpty, "nothing written")
    }
}
