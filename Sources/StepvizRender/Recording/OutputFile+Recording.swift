import StepvizEvents

extension OutputFile {
    /// Opens `path` for a recording; the error names the path in one line.
    static func recording(at path: String) throws(RecordingError) -> OutputFile {
        do {
            return try OutputFile(path: path)
        } catch {
            throw RecordingError(cannotWrite: path, error)
        }
    }

    /// Writes `bytes` whole; the error names the path in one line.
    func writeRecording(_ bytes: [UInt8]) throws(RecordingError) {
        do {
            try write(bytes)
        } catch {
            throw RecordingError(cannotWrite: path ?? "descriptor \(fileDescriptor)", error)
        }
    }
}

extension RecordingError {
    init(cannotWrite path: String, _ error: OutputFile.WriteError) {
        self.init("cannot write '\(path)': \(error)")
    }
}
