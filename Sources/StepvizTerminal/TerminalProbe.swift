import CNcurses
import StepvizRender

/// The start-up checks, made before anything is written to the screen:
/// every failure is a `TerminalSessionError` with a one-line message.
enum TerminalProbe {
    /// Looks `term` up in terminfo without opening a screen (newterm would
    /// already switch to the alternate screen).
    ///
    ///     TerminalProbe.terminfo(for: "dumb")   // .cannotAddressCursor
    ///
    /// - Complexity: reads one terminfo file.
    static func terminfo(for term: String) -> TerminfoEntry {
        var colors: Int32 = -1
        switch stepviz_probe_terminfo(term, &colors) {
        case 0: return .usable(colors: max(0, Int(colors)))
        case 2: return .cannotAddressCursor
        default: return .unknown
        }
    }

    /// Checks that both ends are terminals and that TERM names a screen
    /// terminal; returns its number of colours.
    ///
    /// - Complexity: O(1) plus one terminfo lookup.
    static func check(
        inputIsTerminal: Bool, outputIsTerminal: Bool, term: String?,
        lookUp: (String) -> TerminfoEntry = terminfo(for:)
    ) throws(TerminalSessionError) -> Int {
        guard inputIsTerminal else {
            throw TerminalSessionError("standard input is not a terminal (the interactive view needs one; `events` and `record` do not)")
        }
        guard outputIsTerminal else {
            throw TerminalSessionError("standard output is not a terminal (the interactive view needs one; `events` and `record` do not)")
        }
        guard let term, !term.isEmpty else {
            throw TerminalSessionError("TERM is not set: cannot tell how to drive this terminal")
        }
        switch lookUp(term) {
        case .unknown:
            throw TerminalSessionError("unknown terminal type '\(term)' (TERM): no terminfo entry")
        case .cannotAddressCursor:
            throw TerminalSessionError("terminal type '\(term)' (TERM) cannot move the cursor")
        case .usable(let colors):
            return colors
        }
    }

    /// Colour when the terminal has at least the eight ANSI colours and
    /// NO_COLOR is unset or empty (no-color.org); Unicode line drawing when
    /// the locale's codeset is UTF-8.
    ///
    /// - Complexity: O(1).
    static func capabilities(colors: Int, noColor: String?, codesetIsUTF8: Bool) -> DisplayCapabilities {
        let colorWanted = noColor?.isEmpty ?? true
        return DisplayCapabilities(color: colorWanted && colors >= 8, unicode: codesetIsUTF8)
    }
}
