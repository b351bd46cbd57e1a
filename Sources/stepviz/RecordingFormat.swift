import StepvizRender

/// What `record --out` writes, from the file's extension: an asciicast, an
/// animated SVG, or (with `--frame`) a still SVG of one frame.
enum RecordingFormat {
    case asciicast
    case svg(still: SVGFileRecording.Still?)

    /// Reads `--out` and `--frame`; throws naming a bad extension or frame.
    init(out: String, frame: String?) throws(CommandLineError) {
        let lowered = out.lowercased()
        if lowered.hasSuffix(".cast") {
            if let frame { throw CommandLineError("--frame \(frame) needs an .svg --out (a still picture), not '\(out)'") }
            self = .asciicast
        } else if lowered.hasSuffix(".svg") {
            switch frame {
            case nil: self = .svg(still: nil)
            case "last": self = .svg(still: .last)
            case let text?:
                guard let number = Int(text), number >= 0 else {
                    throw CommandLineError("--frame '\(text)' is not a frame number (0, 1, 2, ...) or last")
                }
                self = .svg(still: .frame(number))
            }
        } else {
            throw CommandLineError("unknown output format '\(out)' (expected a .cast or .svg file)")
        }
    }

    /// Plays `app` headlessly into a new file at `path` in this format.
    func record<App: TerminalApp>(
        _ app: inout App, to path: String, width: Int, height: Int, duration: Int?, keys: KeyScript? = nil, title: String
    ) throws(CommandLineError) {
        do {
            switch self {
            case .asciicast:
                var cast = AsciicastRecording(writer: try AsciicastWriter(path: path, width: width, height: height, title: title))
                try Recorder.record(&app, duration: duration, keys: keys, to: &cast)
            case .svg(let still):
                var svg = try SVGFileRecording(path: path, width: width, height: height, title: title, still: still)
                try Recorder.record(&app, duration: duration, keys: keys, to: &svg)
            }
        } catch {
            throw CommandLineError(error.description)
        }
    }
}
