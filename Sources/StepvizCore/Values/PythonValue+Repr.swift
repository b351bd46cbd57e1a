extension PythonValue: CustomStringConvertible {
    /// `repr(value)` exactly as CPython 3.11 prints it: `(2, 'write')`,
    /// `"it's"`, `'\n'`, `0.1`, `1e+16`, `-0.0`, `inf`, `(1,)`, `None`, `True`.
    ///
    ///     PythonValue.tuple([.int(1), .float(1e16), .str("it's")]).repr
    ///     // (1, 1e+16, "it's")
    ///
    /// Strings use `'` unless they contain `'` and no `"`; `\`, the quote,
    /// `\t`, `\n`, `\r`, other control characters and characters that are
    /// not printable in Unicode 14 (CPython 3.11's tables) are escaped.
    /// Floats are the shortest text that reads back as the same double.
    ///
    /// - Complexity: O(*n*) in the size of the value.
    public var repr: String {
        var text = ""
        _writeRepr(to: &text)
        return text
    }

    /// The ``repr``, so that string interpolation shows values as Python does.
    public var description: String { repr }

    internal func _writeRepr(to text: inout String) {
        switch self {
        case .int(let value): text += String(value)
        case .float(let value): text += Self._floatRepr(value)
        case .str(let value): Self._writeStringRepr(value, to: &text)
        case .none: text += "None"
        case .bool(let value): text += value ? "True" : "False"
        case .tuple(let items):
            text += "("
            for (index, item) in items.enumerated() {
                if index > 0 { text += ", " }
                item._writeRepr(to: &text)
            }
            text += items.count == 1 ? ",)" : ")"
        }
    }

    /// `repr(float)`: the shortest round-tripping digits (Swift's
    /// `description` finds the same ones as CPython's `dtoa` mode 0), laid
    /// out by CPython's rule: positional when the decimal point falls within
    /// 4 places before the first digit to 16 after it, else `d.ddde±XX`.
    package static func _floatRepr(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        let sign = value.sign == .minus ? "-" : ""
        let swiftText = value.magnitude.description
        var mantissa = Substring(swiftText)
        var exponent = 0
        if let e = swiftText.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = swiftText[..<e]
            exponent = Int(swiftText[swiftText.index(after: e)...])!
        }
        var digits = ""
        var pointPosition = 0  // the value is 0.<digits> × 10**pointPosition
        if let point = mantissa.firstIndex(of: ".") {
            digits = String(mantissa[..<point]) + String(mantissa[mantissa.index(after: point)...])
            pointPosition = mantissa.distance(from: mantissa.startIndex, to: point) + exponent
        } else {
            digits = String(mantissa)
            pointPosition = mantissa.count + exponent
        }
        while digits.first == "0" {
            digits.removeFirst()
            pointPosition -= 1
        }
        while digits.last == "0" { digits.removeLast() }
        if digits.isEmpty { return sign + "0.0" }
        if pointPosition <= -4 || pointPosition > 16 {
            let power = pointPosition - 1
            var text = sign + String(digits.first!)
            if digits.count > 1 { text += "." + digits.dropFirst() }
            let powerDigits = String(power.magnitude)
            return text + (power < 0 ? "e-" : "e+") + (powerDigits.count < 2 ? "0" : "") + powerDigits
        }
        if pointPosition <= 0 {
            return sign + "0." + String(repeating: "0", count: -pointPosition) + digits
        }
        if pointPosition >= digits.count {
            return sign + digits + String(repeating: "0", count: pointPosition - digits.count) + ".0"
        }
        let split = digits.index(digits.startIndex, offsetBy: pointPosition)
        return sign + digits[..<split] + "." + digits[split...]
    }

    /// `repr(str)`: CPython's `unicode_repr`.
    internal static func _writeStringRepr(_ value: String, to text: inout String) {
        let scalars = value.unicodeScalars
        let quote: Unicode.Scalar = scalars.contains("'") && !scalars.contains("\"") ? "\"" : "'"
        text.unicodeScalars.append(quote)
        for scalar in scalars {
            switch scalar {
            case quote, "\\":
                text.unicodeScalars.append("\\")
                text.unicodeScalars.append(scalar)
            case "\t": text += "\\t"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    text += "\\x" + _hex(scalar.value, width: 2)
                } else if scalar.value < 0x7F || _isPrintable(scalar) {
                    text.unicodeScalars.append(scalar)
                } else if scalar.value <= 0xFF {
                    text += "\\x" + _hex(scalar.value, width: 2)
                } else if scalar.value <= 0xFFFF {
                    text += "\\u" + _hex(scalar.value, width: 4)
                } else {
                    text += "\\U" + _hex(scalar.value, width: 8)
                }
            }
        }
        text.unicodeScalars.append(quote)
    }

    /// CPython's `Py_UNICODE_ISPRINTABLE` with Unicode 14's tables (3.11):
    /// every character but the space is unprintable in the categories
    /// Other (Cc, Cf, Cs, Co, Cn) and Separator (Zs, Zl, Zp). A character
    /// Swift's newer Unicode has assigned since 14.0 is still unassigned (Cn)
    /// to CPython 3.11, so its age decides.
    package static func _isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == " " { return true }
        let properties = scalar.properties
        guard let age = properties.age, age.major < 14 || (age.major == 14 && age.minor == 0) else { return false }
        switch properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned,
            .spaceSeparator, .lineSeparator, .paragraphSeparator:
            return false
        default:
            return true
        }
    }

    internal static func _hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: Swift.max(0, width - digits.count)) + digits
    }
}
