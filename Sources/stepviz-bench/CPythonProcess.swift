import Foundation

/// A python3 child running `CPythonConcurrencyScript`, asked for one timed
/// round at a time, so a CPython baseline alternates with our rounds inside
/// `SideBySide.run` like any other baseline (the interpreter starts once;
/// each request line is one measurement).
final class CPythonProcess {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private var buffer = Data()
    private let scriptURL: URL
    /// "3.11.7", from the running interpreter.
    private(set) var version = "?"

    /// Starts python3, or returns nil (with the reason in `failure`) when
    /// it is not on PATH or does not answer.
    static func start() -> (process: CPythonProcess?, failure: String?) {
        guard let python = CPythonBench.executableOnPath("python3") else {
            return (nil, "python3 is not on PATH: no CPython baseline")
        }
        do {
            let child = try CPythonProcess(python: python)
            guard let hello = child.request("hello"), hello.hasPrefix("ok ") else {
                return (nil, "python3 did not answer: no CPython baseline")
            }
            child.version = String(hello.dropFirst(3))
            return (child, nil)
        } catch {
            return (nil, "python3 could not start (\(error)): no CPython baseline")
        }
    }

    private init(python: String) throws {
        scriptURL = FileManager.default.temporaryDirectory
            .appendingPathComponent("stepviz-bench-concurrency-\(getpid()).py")
        try CPythonConcurrencyScript.source.write(to: scriptURL, atomically: true, encoding: .utf8)
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [scriptURL.path]
        process.standardInput = input
        process.standardOutput = output
        try process.run()
    }

    deinit {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: scriptURL)
    }

    /// Sends one line, returns the answer line (nil if the child died).
    func request(_ line: String) -> String? {
        input.fileHandleForWriting.write(Data((line + "\n").utf8))
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let answer = String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self)
                buffer.removeSubrange(buffer.startIndex...newline)
                return answer
            }
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { return nil }
            buffer.append(chunk)
        }
    }

    /// One timed round of `workload` ("tasks 50 2000"): ns per operation.
    func measure(_ workload: String) -> Double {
        guard let answer = request(workload), let figure = Double(answer) else {
            fatalError("stepviz-bench: python3 failed on '\(workload)'")
        }
        return figure
    }
}
