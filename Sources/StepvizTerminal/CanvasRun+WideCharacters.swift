import StepvizRender

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension CanvasRun {
    /// The run as the wchar_t string `mvwaddnwstr` takes. Without a UTF-8
    /// locale a non-ASCII scalar cannot be shown, so it becomes "?" (the
    /// panels already draw ASCII then; this only guards against leftovers).
    ///
    /// - Complexity: O(number of scalars).
    func wideCharacters(asciiOnly: Bool) -> [wchar_t] {
        var result: [wchar_t] = []
        result.reserveCapacity(characters.count)
        for character in characters {
            for scalar in character.unicodeScalars {
                let printable = asciiOnly && !scalar.isASCII ? Unicode.Scalar(UInt8(ascii: "?")) : scalar
                result.append(wchar_t(bitPattern: printable.value))
            }
        }
        return result
    }
}
