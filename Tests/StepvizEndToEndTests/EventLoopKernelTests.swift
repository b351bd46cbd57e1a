import Foundation
import StepvizTestSupport
import Testing

/// `stepviz events eventloop` through the built binary really uses the
/// kernel, and leaks nothing over thousands of connections: its open
/// descriptors, read from /proc/PID/fd while it runs, include an epoll
/// instance and loopback sockets, and never grow with the connections made.
@Suite struct EventLoopKernelTests {
    /// What /proc/PID/fd shows, one reading: every descriptor's link target.
    static func descriptors(of pid: Int32) -> [String] {
        let folder = "/proc/\(pid)/fd"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return names.compactMap { try? FileManager.default.destinationOfSymbolicLink(atPath: folder + "/" + $0) }
    }

    @Test("An epoll instance and loopback sockets exist while it runs; 2,000 connections leave the count flat")
    func kernelAndNoLeak() throws {
        let pairs = 2000
        let ops = (1...pairs).map { "connect; send \($0) hi; close \($0)" }.joined(separator: "; ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: StepvizBinary.path)
        process.arguments = ["events", "eventloop", "--ops", ops]
        let output = try TemporaryFile(suffix: ".jsonl")
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: output.path))
        process.standardError = FileHandle.nullDevice
        try process.run()
        var sawEpoll = false
        var sawSocket = false
        var most = 0
        var readings = 0
        while process.isRunning {
            let targets = Self.descriptors(of: process.processIdentifier)
            if !targets.isEmpty {
                readings += 1
                sawEpoll = sawEpoll || targets.contains("anon_inode:[eventpoll]")
                sawSocket = sawSocket || targets.contains { $0.hasPrefix("socket:") }
                most = max(most, targets.count)
            }
            usleep(200)
        }
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(readings > 10, "the run ended before /proc could be read \(readings) times")
        #expect(sawEpoll, "no epoll instance among the descriptors")
        #expect(sawSocket, "no socket among the descriptors")
        // stdin, stdout, stderr, the epoll instance, the listener, and one
        // client with its accepted end at a time (a few more for the
        // runtime's own): never one per connection made.
        #expect(most <= 12, "up to \(most) descriptors open at once over \(pairs) connections")
        let lines = try String(contentsOfFile: output.path, encoding: .utf8).split(separator: "\n")
        #expect(lines.filter { $0.contains(#""text":"Closing conn "#) }.count == pairs, "every connection was accepted and closed")
    }
}
