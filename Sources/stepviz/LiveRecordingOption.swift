import ArgumentParser
import Foundation
import StepvizRender

/// `--record F.cast` on the live screens (`watch`, the dashboard): the
/// session as the person drives it, written while it runs.
struct LiveRecordingOption: ParsableArguments {
    @Option(help: "Record this session, as you drive it, to an asciicast v2 file (.cast).")
    var record: String?

    /// Opens the file before the screen opens, so a bad path is an error
    /// (exit 2, nothing shown); nil without `--record`.
    func open(title: String) throws(CommandLineError) -> AsciicastRecording? {
        guard let record else { return nil }
        guard record.lowercased().hasSuffix(".cast") else {
            throw CommandLineError("--record '\(record)' must be a .cast file (asciicast v2)")
        }
        do {
            return try AsciicastRecording(path: record, title: title)
        } catch {
            throw CommandLineError(error.description)
        }
    }

    /// After the session: a write that failed half way is said, not swallowed.
    static func report(_ failure: RecordingError?) {
        guard let failure else { return }
        FileHandle.standardError.write(
            Data("stepviz: the recording is incomplete: \(CommandLineError.oneLine(failure.description))\n".utf8))
        Foundation.exit(1)
    }
}
