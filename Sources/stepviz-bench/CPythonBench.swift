import Foundation

/// The `cpython.*` rows: CPython's heapq, collections.deque and the
/// OrderedDict LRU on the same inputs (written to files for the script), so
/// the README can say how many times faster each type is. Each row's
/// `ns_per_op` is ours (from the matching row of this run), `baseline` is
/// CPython's, `ratio` ours / CPython. Runs only when python3 is on PATH.
enum CPythonBench {
    struct Inputs {
        var heap: [Int]
        var heapLabel: String
        var mix: [UInt8]
        var steady: Int
        var lruRequests: [Int]
        var lruCapacity: Int
        var lruHits: Int
    }

    /// Rows, or a note saying why there are none.
    static func rows(_ config: BenchConfig, inputs: Inputs, ours: [BenchRow]) -> (rows: [BenchRow], note: String?) {
        guard let python = executableOnPath("python3") else {
            return ([], "python3 is not on PATH: the cpython.* rows were skipped")
        }
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("stepviz-bench-python-\(getpid())")
        defer { try? FileManager.default.removeItem(at: directory) }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try int64Data(inputs.heap).write(to: directory.appendingPathComponent("heap.bin"))
            try Data(inputs.mix).write(to: directory.appendingPathComponent("mix.bin"))
            try int64Data(inputs.lruRequests).write(to: directory.appendingPathComponent("lru.bin"))
            let scriptURL = directory.appendingPathComponent("cpython_bench.py")
            try CPythonScript.source.write(to: scriptURL, atomically: true, encoding: .utf8)

            let process = Process()
            process.executableURL = URL(fileURLWithPath: python)
            process.arguments = [
                scriptURL.path, directory.path, String(config.isQuick ? 1 : 5),
                String(inputs.steady), String(inputs.lruCapacity),
            ]
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            guard process.terminationStatus == 0,
                let figures = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            else {
                return ([], "python3 failed (status \(process.terminationStatus)): the cpython.* rows were skipped")
            }
            if let hits = figures["lru_hits"] as? Int, hits != inputs.lruHits {
                return ([], "CPython's LRU had \(hits) hits, ours \(inputs.lruHits): the workloads differ, rows skipped")
            }
            let version = figures["python"] as? String ?? "?"
            let pairs: [(row: String, ours: String, figure: String, what: String)] = [
                ("cpython.heap.\(inputs.heapLabel)", "heap.\(inputs.heapLabel).observer-off", "heap", "heapq"),
                ("cpython.deque.fifo", "deque.fifo.observer-off", "deque.fifo", "collections.deque"),
                ("cpython.deque.fifo-left", "deque.fifo-left.observer-off", "deque.fifo-left", "collections.deque"),
                ("cpython.deque.mix", "deque.mix.observer-off", "deque.mix", "collections.deque"),
                ("cpython.lru.zipf", "lru.zipf.observer-off", "lru.zipf", "OrderedDict LRU recipe"),
            ]
            let rows = pairs.compactMap { pair -> BenchRow? in
                guard let oursRow = ours.first(where: { $0.name == pair.ours }),
                    let cpython = figures[pair.figure] as? Double
                else { return nil }
                return BenchRow(
                    name: pair.row, nsPerOp: oursRow.nsPerOp, baseline: cpython,
                    baselineName: "CPython \(version) \(pair.what)",
                    extras: [("times_faster_than_cpython", cpython / oursRow.nsPerOp)])
            }
            return (rows, nil)
        } catch {
            return ([], "the CPython run failed (\(error)): the cpython.* rows were skipped")
        }
    }

    static func int64Data(_ values: [Int]) -> Data {
        var data = Data(capacity: values.count * 8)
        for value in values {
            withUnsafeBytes(of: Int64(value).littleEndian) { data.append(contentsOf: $0) }
        }
        return data
    }

    static func executableOnPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }
}
