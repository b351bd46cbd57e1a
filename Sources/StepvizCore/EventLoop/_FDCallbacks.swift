/// What the loop attaches to a selector key: the reader and writer handles
/// of the fd (asyncio's `(reader, writer)` tuple in `key.data`).
@usableFromInline
internal struct _FDCallbacks {
    @usableFromInline
    internal var reader: LoopHandle?
    @usableFromInline
    internal var writer: LoopHandle?

    @inlinable
    internal init(reader: LoopHandle?, writer: LoopHandle?) {
        self.reader = reader
        self.writer = writer
    }

    /// "reader accept", "reader connected, writer flush", for the panel.
    @usableFromInline
    internal var summary: String {
        [reader.map { "reader \($0.name)" }, writer.map { "writer \($0.name)" }].compactMap { $0 }.joined(separator: ", ")
    }
}
