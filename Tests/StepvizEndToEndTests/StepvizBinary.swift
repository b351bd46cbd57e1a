import Foundation
import StepvizTestSupport

/// Where the `stepviz` executable that `swift test` built lives: next to the
/// test bundle, in the scratch path's configuration folder (.build/debug).
/// STEPVIZ_BINARY overrides it.
enum StepvizBinary {
    static let path: String = {
        if let override = ProcessInfo.processInfo.environment["STEPVIZ_BINARY"], !override.isEmpty {
            return override
        }
        var folders: [URL] = []
        #if os(Linux)
        if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            folders.append(URL(fileURLWithPath: executable).deletingLastPathComponent())
        }
        #endif
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        folders.append(Bundle.main.bundleURL)
        for folder in folders {
            let candidate = folder.appendingPathComponent("stepviz").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return folders.first.map { $0.appendingPathComponent("stepviz").path } ?? "stepviz"
    }()

    /// Runs the binary; Swift's backtracer must not wait at a prompt.
    static func run(_ arguments: [String], input: [UInt8] = [], environment: [String: String?] = [:]) throws -> ProcessRunner.Result {
        var environment = environment
        environment["SWIFT_BACKTRACE"] = "interactive=no"
        return try ProcessRunner.run(path, arguments, input: input, environment: environment)
    }

    /// Runs the binary with its stdout opened on `path`.
    static func runWithStandardOutput(to path: String, _ arguments: [String]) throws -> ProcessRunner.Result {
        try ProcessRunner.run(
            self.path, arguments, environment: ["SWIFT_BACKTRACE": "interactive=no"],
            standardOutputPath: path)
    }
}
