import Foundation
import StepvizTestSupport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Screenshots an SVG file with Debian's headless Chromium, and reads the
/// PNG back (with python3's zlib) so a test can check what a reader sees.
enum HeadlessChromium {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// chromium-headless-shell (or chromium) on PATH or where Debian puts it.
    /// CI installs it (.ci/run): a missing browser is a failure, not a skip.
    static func executable() throws -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let names = ["chromium-headless-shell", "chromium", "chromium-browser"]
        let candidates =
            names.flatMap { name in path.split(separator: ":").map { "\($0)/\(name)" } }
            + [
                "/usr/lib/chromium/chromium-headless-shell", "/usr/lib/chromium/chromium",
                "/usr/lib/chromium-headless-shell/chromium-headless-shell",
            ]
        guard let found = candidates.first(where: { access($0, X_OK) == 0 }) else {
            throw Failure(description: "no headless Chromium found (apt-get install chromium-headless-shell; .ci/run does)")
        }
        return found
    }

    /// Writes a `width` × `height` screenshot of `svg` to `png`.
    static func screenshot(_ svg: URL, to png: URL, width: Int, height: Int) throws {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("stepviz-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let status = try spawn(
            try executable(),
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--user-data-dir=\(profile.path)",
                "--screenshot=\(png.path)", "--window-size=\(width),\(height)", svg.absoluteString,
            ])
        guard status == 0, FileManager.default.fileExists(atPath: png.path) else {
            throw Failure(description: "chromium exited \(status) without writing \(png.path)")
        }
    }

    /// What a PNG shows: its size, how many distinct colours, and the colour
    /// of a few pixels (x, y) as "#rrggbb".
    struct Image {
        var width: Int
        var height: Int
        var distinctColors: Int
        /// The share of pixels of the most common colour.
        var commonestShare: Double
        var samples: [String]
    }

    /// Decodes `png` (8-bit RGB or RGBA, as Chromium writes) with python3.
    static func inspect(_ png: URL, samples: [(Int, Int)]) throws -> Image {
        let script = """
            import sys, zlib, struct, collections
            data = open(sys.argv[1], 'rb').read()
            assert data[:8] == b'\\x89PNG\\r\\n\\x1a\\n', 'not a PNG'
            pos, idat, ihdr = 8, b'', None
            while pos < len(data):
                n, kind = struct.unpack('>I4s', data[pos:pos+8]); body = data[pos+8:pos+8+n]; pos += 12 + n
                if kind == b'IHDR': ihdr = struct.unpack('>IIBBBBB', body)
                elif kind == b'IDAT': idat += body
            w, h, depth, ctype = ihdr[0], ihdr[1], ihdr[2], ihdr[3]
            assert depth == 8 and ctype in (2, 6), 'unexpected PNG format %r' % (ihdr,)
            bpp = 3 if ctype == 2 else 4
            raw, stride, rows, prev = zlib.decompress(idat), w * bpp, [], bytearray(w * bpp)
            for y in range(h):
                f, line = raw[y*(stride+1)], bytearray(raw[y*(stride+1)+1:(y+1)*(stride+1)])
                for i in range(stride):
                    a = line[i-bpp] if i >= bpp else 0; b = prev[i]; c = prev[i-bpp] if i >= bpp else 0
                    if f == 1: line[i] = (line[i] + a) & 255
                    elif f == 2: line[i] = (line[i] + b) & 255
                    elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
                    elif f == 4:
                        p = a + b - c; pa, pb, pc = abs(p-a), abs(p-b), abs(p-c)
                        line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
                rows.append(line); prev = line
            px = lambda x, y: '#%02x%02x%02x' % tuple(rows[y][x*bpp:x*bpp+3])
            counts = collections.Counter(px(x, y) for y in range(h) for x in range(w))
            print(w, h, len(counts), counts.most_common(1)[0][1] / (w * h))
            for s in sys.argv[2:]:
                x, y = map(int, s.split(',')); print(px(x, y))
            """
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("stepviz-png-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: output) }
        let status = try spawn("python3", ["-c", script, png.path] + samples.map { "\($0.0),\($0.1)" }, standardOutput: output)
        let lines = (try String(contentsOf: output, encoding: .utf8)).split(separator: "\n")
        let head = lines.first?.split(separator: " ") ?? []
        guard status == 0, head.count == 4, let width = Int(head[0]), let height = Int(head[1]),
            let distinct = Int(head[2]), let share = Double(head[3])
        else {
            throw Failure(description: "python3 could not read \(png.path) (exit \(status))")
        }
        return Image(
            width: width, height: height, distinctColors: distinct, commonestShare: share,
            samples: lines.dropFirst().map(String.init))
    }

    /// Runs a program with its output to `standardOutput` (or nowhere).
    private static func spawn(_ executable: String, _ arguments: [String], standardOutput: URL? = nil) throws -> Int32 {
        let result = try ProcessRunner.run(executable, arguments, standardOutputPath: standardOutput?.path ?? "/dev/null")
        return result.status
    }
}
