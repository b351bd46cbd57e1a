#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file descriptor that every `write` sends whole, retrying on EINTR: the
/// one `write(2)` loop of the package, under the JSON Lines writer and the
/// recording backends alike. Opening a path creates or truncates it up front,
/// so an unwritable path is an error before anything runs.
///
///     let file = try OutputFile(path: "demo.cast")
///     try file.write(Array("hello\n".utf8))
///     file.close()
///
/// - Complexity: `write` is O(*n*) for *n* bytes, in as few `write(2)`
///   calls as the kernel allows.
public struct OutputFile: Sendable {
    /// The path it was opened at; nil for a descriptor given as is (stdout).
    public let path: String?
    public let fileDescriptor: Int32

    /// Writes to a descriptor already open (1 for standard output).
    public init(fileDescriptor: Int32) {
        path = nil
        self.fileDescriptor = fileDescriptor
    }

    /// Creates or truncates the file at `path`, for writing.
    public init(path: String) throws(WriteError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw WriteError(errno: errno) }
        self.path = path
        fileDescriptor = descriptor
    }

    /// Sends all of `bytes`, in order.
    public func write(_ bytes: [UInt8]) throws(WriteError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { raw in
                #if canImport(Glibc)
                Glibc.write(fileDescriptor, raw.baseAddress! + offset, raw.count - offset)
                #else
                Darwin.write(fileDescriptor, raw.baseAddress! + offset, raw.count - offset)
                #endif
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw WriteError(errno: errno)
            }
            offset += written
        }
    }

    public func close() {
        #if canImport(Glibc)
        _ = Glibc.close(fileDescriptor)
        #else
        _ = Darwin.close(fileDescriptor)
        #endif
    }

    /// A failed `open(2)` or `write(2)`, described as `strerror` says it.
    public struct WriteError: Error, CustomStringConvertible {
        public let errno: Int32
        public var description: String { String(cString: strerror(errno)) }
    }
}
