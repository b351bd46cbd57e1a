import CNcurses
import StepvizRender

/// Turns what `wget_wch` returned into a `TerminalInput`. Pure, so the
/// mapping is tested without a terminal.
enum KeyDecoder {
    /// `status` is wget_wch's result (OK, KEY_CODE_YES or ERR); `value` the
    /// character or key code it stored. Nil for input the apps do not use.
    ///
    /// - Complexity: O(1).
    static func decode(status: Int32, value: UInt32) -> TerminalInput? {
        switch status {
        case Int32(KEY_CODE_YES): return decode(keyCode: Int32(truncatingIfNeeded: value))
        case OK: return decode(character: value)
        default: return nil
        }
    }

    /// Function keys (keypad mode on).
    static func decode(keyCode: Int32) -> TerminalInput? {
        switch keyCode {
        case KEY_LEFT: .key(.left)
        case KEY_RIGHT: .key(.right)
        case KEY_UP: .key(.up)
        case KEY_DOWN: .key(.down)
        case KEY_ENTER: .key(.enter)
        case KEY_BACKSPACE: .key(.backspace)
        case KEY_BTAB: .key(.backTab)
        case KEY_RESIZE: .resize
        default: nil
        }
    }

    /// Plain characters, including the control bytes terminals send for
    /// Enter (CR or LF), Tab, Escape and Backspace (DEL or ^H).
    static func decode(character value: UInt32) -> TerminalInput? {
        switch value {
        case 10, 13: return .key(.enter)
        case 9: return .key(.tab)
        case 27: return .key(.escape)
        case 127, 8: return .key(.backspace)
        case 3: return .key(.interrupt)
        case 0..<32: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .key(.character(Character(scalar)))
        }
    }
}
