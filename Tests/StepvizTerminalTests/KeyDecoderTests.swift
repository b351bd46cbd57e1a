import CNcurses
import StepvizRender
import Testing

@testable import StepvizTerminal

@Suite("KeyDecoder")
struct KeyDecoderTests {
    @Test("function keys from keypad mode")
    func functionKeys() {
        let expected: [(Int32, TerminalInput)] = [
            (KEY_LEFT, .key(.left)), (KEY_RIGHT, .key(.right)), (KEY_UP, .key(.up)), (KEY_DOWN, .key(.down)),
            (KEY_ENTER, .key(.enter)), (KEY_BACKSPACE, .key(.backspace)), (KEY_RESIZE, .resize),
        ]
        for (code, input) in expected {
            #expect(KeyDecoder.decode(status: Int32(KEY_CODE_YES), value: UInt32(code)) == input)
        }
        #expect(KeyDecoder.decode(status: Int32(KEY_CODE_YES), value: UInt32(KEY_F0 + 1)) == nil)
    }

    @Test("control bytes terminals send for Enter, Tab, Escape and Backspace")
    func controlBytes() {
        let expected: [(UInt32, Key)] = [
            (13, .enter), (10, .enter), (9, .tab), (27, .escape), (127, .backspace), (8, .backspace), (3, .interrupt),
        ]
        for (byte, key) in expected {
            #expect(KeyDecoder.decode(status: OK, value: byte) == .key(key))
        }
        #expect(KeyDecoder.decode(status: OK, value: 1) == nil)  // Ctrl-A: unused
    }

    @Test("printable characters, the letter keys and Unicode, pass through")
    func characters() {
        for text in ["h", "l", "q", "?", " ", "+", "-", ":", "g", "G", "é", "→"] {
            let scalar = text.unicodeScalars.first!
            #expect(KeyDecoder.decode(status: OK, value: scalar.value) == .key(.character(Character(text))))
        }
    }

    @Test("no input (ERR) decodes to nothing")
    func noInput() {
        #expect(KeyDecoder.decode(status: ERR, value: 0) == nil)
    }
}
