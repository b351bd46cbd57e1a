import StepvizEvents

/// Writes an asciicast v2 recording (the format asciinema plays): a header
/// line, then one `[time, code, data]` line per event. Each line goes out in
/// one write, so a recording cut short still parses.
///
///     var cast = try AsciicastWriter(path: "demo.cast", width: 80, height: 24, title: "heap")
///     try cast.output("\u{1B}[H...", atMilliseconds: 0)
///     try cast.marker("op 1: push 3", atMilliseconds: 0)
///     cast.close()
public struct AsciicastWriter {
    let file: OutputFile
    /// The size the header gives.
    public let width: Int
    public let height: Int
    private var lastTime = 0

    /// Creates (or truncates) the file; throws a message naming the path.
    public init(path: String, width: Int, height: Int, title: String, term: String = "xterm-256color") throws(RecordingError) {
        let file = try OutputFile.recording(at: path)
        do {
            try self.init(file: file, width: width, height: height, title: title, term: term)
        } catch {
            file.close()
            throw error
        }
    }

    /// Writes the header into a file already open, which its opener closes.
    init(file: OutputFile, width: Int, height: Int, title: String, term: String = "xterm-256color") throws(RecordingError) {
        self.file = file
        self.width = width
        self.height = height
        var header = JSONObjectWriter()
        header.field("version", 2)
        header.field("width", width)
        header.field("height", height)
        header.field("title", title)
        var env = JSONObjectWriter()
        env.field("TERM", term)
        header.rawField("env", env.finish())
        try writeLine(header.finish())
    }

    /// Terminal output (`"o"`) at a time from the start, in milliseconds.
    public mutating func output(_ data: String, atMilliseconds time: Int) throws(RecordingError) {
        try event(code: "o", data: data, time: time)
    }

    /// A marker (`"m"`), shown by players as a chapter.
    public mutating func marker(_ label: String, atMilliseconds time: Int) throws(RecordingError) {
        try event(code: "m", data: label, time: time)
    }

    /// A resize (`"r"`, `COLSxROWS`): the terminal changed size.
    public mutating func resize(width: Int, height: Int, atMilliseconds time: Int) throws(RecordingError) {
        try event(code: "r", data: "\(width)x\(height)", time: time)
    }

    public func close() { file.close() }

    private mutating func event(code: String, data: String, time: Int) throws(RecordingError) {
        let time = Swift.max(time, lastTime)  // times never decrease
        lastTime = time
        var line: [UInt8] = Array("[\(time / 1000).\(Self.threeDigits(time % 1000)), ".utf8)
        JSONObjectWriter.appendString(code, to: &line)
        line.append(contentsOf: ", ".utf8)
        JSONObjectWriter.appendString(data, to: &line)
        line.append(UInt8(ascii: "]"))
        try writeLine(line)
    }

    /// One line in one write, so a recording cut short still parses.
    private func writeLine(_ bytes: [UInt8]) throws(RecordingError) {
        try file.writeRecording(bytes + [0x0A])
    }

    private static func threeDigits(_ value: Int) -> String {
        value < 10 ? "00\(value)" : value < 100 ? "0\(value)" : "\(value)"
    }
}
