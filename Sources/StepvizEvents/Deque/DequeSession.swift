import StepvizCore

/// Runs deque operations on a real ``BlockDeque`` (blocks of 8 slots, so the
/// panel can show them) and keeps every step it reported
/// (``LibrarySession`` over ``DequeLibrary``).
///
///     let session = DequeSession(maxlen: 3)
///     session.apply(.extend([9, 2, 3]))
///     session.apply(.extend([7, 8]))
///     Array(session.deque)    // [3, 7, 8]
public typealias DequeSession = LibrarySession<DequeLibrary>

extension LibrarySession where Library == DequeLibrary {
    /// The block size the visualizer uses: small, so blocks are visible.
    public static var visualBlockSize: Int { 8 }

    /// A session on an empty deque; `maxlen` must not be negative.
    public convenience init(maxlen: Int? = nil, blockSize: Int = DequeSession.visualBlockSize) {
        self.init(setup: DequeSetup(maxlen: maxlen, blockSize: blockSize))
    }

    /// The real deque the operations ran on.
    public var deque: BlockDeque<PythonValue> { library.deque }

    /// The layout before the first operation (where a replay starts).
    public var initialLayout: DequeLayout<PythonValue> { DequeLibrary(setup: setup).deque.layout }
}
