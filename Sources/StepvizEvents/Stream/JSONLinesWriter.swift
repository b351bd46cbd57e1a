/// Writes an event stream as JSON Lines to a file descriptor, buffered, so
/// a long run costs one `write` per 64 KiB rather than one per event.
///
///     var writer = JSONLinesWriter(fileDescriptor: 1)
///     writer.writeHeader(panel: "heap")
///     for step in session.steps { writer.write(step) }
///     try writer.flush()
///
/// - Complexity: O(1) amortized per event besides formatting it.
public struct JSONLinesWriter {
    private let file: OutputFile
    public var fileDescriptor: Int32 { file.fileDescriptor }
    private var buffer: [UInt8] = []
    private let capacity: Int
    /// The first write that failed, thrown by `flush()`.
    private var failure: OutputFile.WriteError?

    public init(fileDescriptor: Int32, bufferSize: Int = 1 << 16) {
        file = OutputFile(fileDescriptor: fileDescriptor)
        self.capacity = bufferSize
        buffer.reserveCapacity(bufferSize + 1024)
    }

    /// Writes the header line: schema, version, panel name and setup.
    public mutating func writeHeader(panel: String, seed: UInt64? = nil, setup: some StreamSetup = NoSetup()) {
        buffer.append(contentsOf: EventStreamHeader.line(panel: panel, seed: seed, setup: setup).utf8)
        buffer.append(0x0A)
    }

    /// Writes one step as one line. A failed write is kept and thrown by
    /// the next `flush()`, so a full disk or a closed pipe is never silent.
    public mutating func write<Event: StepEventEncodable>(_ step: Step<Event>) {
        step.encodeJSON(into: &buffer)
        buffer.append(0x0A)
        if buffer.count >= capacity {
            do {
                try flush()
            } catch {
                failure = failure ?? error
            }
        }
    }

    /// Sends everything buffered to the file descriptor; throws the first
    /// write that failed, now or since the last flush.
    public mutating func flush() throws(OutputFile.WriteError) {
        if let failure {
            buffer.removeAll(keepingCapacity: true)
            throw failure
        }
        defer { buffer.removeAll(keepingCapacity: true) }
        try file.write(buffer)
    }
}
