import Foundation
import StepvizRender

#if canImport(Glibc)
import Glibc
#endif

/// A saved event stream named on the command line (`replay FILE|-`,
/// `record --events FILE|-`), read whole and checked before anything is
/// drawn or written.
enum SavedStreamInput {
    /// Reads and checks the stream at `path` (`-`: standard input).
    static func prepare(_ path: String) throws(CommandLineError) -> PreparedPanel {
        let bytes: [UInt8]
        if path == "-" {
            bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
        } else {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CommandLineError("cannot read '\(path)'")
            }
            bytes = Array(data)
        }
        do {
            return try PanelCatalog.standard.replay(bytes)
        } catch {
            throw CommandLineError("\(path == "-" ? "standard input" : path): \(error.description)")
        }
    }

    /// After a stream came on standard input, keys come from the terminal
    /// itself: standard input becomes /dev/tty.
    static func readKeysFromTerminal() throws(CommandLineError) {
        let tty = open("/dev/tty", O_RDONLY)
        guard tty >= 0, dup2(tty, 0) >= 0 else {
            throw CommandLineError("no terminal to read keys from (/dev/tty: \(String(cString: strerror(errno))))")
        }
        close(tty)
    }
}
