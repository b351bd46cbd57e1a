import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An unlinked-on-deinit file in the temporary directory, open for reading
/// and writing: a child's stdout/stderr (no pipe can fill up and block it).
package final class TemporaryFile {
    package let path: String
    package let descriptor: Int32

    package init(contents: [UInt8] = [], suffix: String = "") throws {
        var template = Array("\(NSTemporaryDirectory())/stepviz-e2e-XXXXXX\(suffix)".utf8CString)
        let descriptor = mkstemps(&template, Int32(suffix.utf8.count))
        guard descriptor >= 0 else { throw ProcessRunner.SpawnError(description: "mkstemps failed: errno \(errno)") }
        self.descriptor = descriptor
        path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if !contents.isEmpty {
            _ = contents.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            lseek(descriptor, 0, SEEK_SET)
        }
    }

    /// Everything in the file, however it was written.
    package func contents() throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    deinit {
        close(descriptor)
        unlink(path)
    }
}
