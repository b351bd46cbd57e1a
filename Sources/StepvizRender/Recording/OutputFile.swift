#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file a recording writes, opened (created or truncated) up front so an
/// unwritable path is an error before anything is recorded, and written
/// whole: every `write` call sends all its bytes, retrying on EINTR.
///
///     let file = try OutputFile(path: "demo.svg")
///     try file.write(bytes)
///     file.close()
struct OutputFile {
    let path: String
    private let descriptor: Int32

    init(path: String) throws(RecordingError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw RecordingError("cannot write '\(path)': \(String(cString: strerror(errno)))")
        }
        self.path = path
        self.descriptor = descriptor
    }

    func write(_ bytes: [UInt8]) throws(RecordingError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { raw in
                #if canImport(Glibc)
                Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                #else
                Darwin.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                #endif
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw RecordingError("cannot write '\(path)': \(String(cString: strerror(errno)))")
            }
            offset += written
        }
    }

    func close() {
        #if canImport(Glibc)
        _ = Glibc.close(descriptor)
        #else
        _ = Darwin.close(descriptor)
        #endif
    }
}
