import Foundation
import StepvizCore
import StepvizEvents

/// `events.jsonl`: ns per event to write the JSON Lines stream of a long
/// heap run (the seeded demo, as `stepviz events heap` runs it) to a file,
/// with JSONLinesWriter; the baseline encodes each event with JSONEncoder
/// into the same buffered writes. The run's steps are made before timing:
/// this measures the stream, not the heap.
enum EventsJSONLBench {
    static func rows(_ config: BenchConfig) -> [BenchRow] {
        let session = HeapSession()
        var demo = HeapDemoScript(seed: 1)
        for _ in 0..<config.jsonlOperations { session.apply(demo.next()) }
        let steps = Array(session.steps)
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("stepviz-bench-\(getpid()).jsonl").path
        defer { unlink(path) }

        var bytesWritten = 0
        let result = SideBySide.run(
            rounds: config.rounds,
            ours: {
                let (ns, bytes) = writeWithJSONLinesWriter(steps, to: path)
                bytesWritten = bytes
                return ns
            },
            baseline: { writeWithJSONEncoder(steps, to: path) })
        return [
            BenchRow(
                name: "events.jsonl", sideBySide: result,
                baselineName: "JSONEncoder per event, same buffered writes",
                extras: [
                    ("ns_per_event", result.ours),
                    ("events", Double(steps.count)),
                    ("bytes_per_event", Double(bytesWritten) / Double(steps.count)),
                ])
        ]
    }

    static func openForWriting(_ path: String) -> Int32 {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        precondition(descriptor >= 0, "cannot open \(path): \(String(cString: strerror(errno)))")
        return descriptor
    }

    /// ns per event, and the file's size.
    static func writeWithJSONLinesWriter(_ steps: [Step<HeapStepEvent>], to path: String) -> (Double, Int) {
        let descriptor = openForWriting(path)
        let elapsed = BenchClock.measure {
            var writer = JSONLinesWriter(fileDescriptor: descriptor)
            writer.writeHeader(panel: HeapSession.panel, seed: 1)
            for step in steps { writer.write(step) }
            try! writer.flush()
        }
        let size = Int(lseek(descriptor, 0, SEEK_END))
        close(descriptor)
        return (elapsed / Double(steps.count), size)
    }

    static func writeWithJSONEncoder(_ steps: [Step<HeapStepEvent>], to path: String) -> Double {
        let descriptor = openForWriting(path)
        let elapsed = BenchClock.measure {
            let encoder = JSONEncoder()
            var buffer: [UInt8] = []
            buffer.reserveCapacity(1 << 16 + 1024)
            buffer.append(contentsOf: EventStreamHeader.line(panel: HeapSession.panel, seed: 1).utf8)
            buffer.append(0x0A)
            for step in steps {
                buffer.append(contentsOf: try! encoder.encode(JSONEncoderHeapStep(step: step)))
                buffer.append(0x0A)
                if buffer.count >= 1 << 16 {
                    writeAll(buffer, to: descriptor)
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            writeAll(buffer, to: descriptor)
        }
        close(descriptor)
        return elapsed / Double(steps.count)
    }

    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                precondition(written >= 0 || errno == EINTR, "write failed")
                if written > 0 { offset += written }
            }
        }
    }
}
