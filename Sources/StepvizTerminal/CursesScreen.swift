import CNcurses
import StepvizRender

/// The open curses screen, the terminal's backend: the only type that draws
/// or reads keys. It keeps the frame on screen and sends only the cells
/// that changed (``CanvasDiff``). Every call must come from the thread that
/// opened it.
final class CursesScreen: FrameBackend {
    private let screen: OpaquePointer
    private let color: Bool
    private let asciiOnly: Bool
    /// The terminal's own colours for `nil` (-1), or white on black when it
    /// cannot keep them.
    private let defaultForeground: Int16
    private let defaultBackground: Int16
    private var pairs: ColorPairTable
    private var shown: Canvas?
    private var closed = false

    /// Opens the screen (alternate screen, raw-ish keys, hidden cursor).
    init(term: String, capabilities: DisplayCapabilities) throws(TerminalSessionError) {
        guard let screen = newterm(term, stepviz_stdout_stream(), stepviz_stdin_stream()) else {
            throw TerminalSessionError("cannot open terminal type '\(term)' (TERM)")
        }
        self.screen = screen
        cursesScreenIsOpen.store(true, ordering: .sequentiallyConsistent)
        cbreak()
        noecho()
        nonl()
        _ = stepviz_keypad(1)
        curs_set(0)
        set_escdelay(25)
        var color = capabilities.color && has_colors()
        var keepsDefaults = false
        if color {
            color = start_color() == OK
            keepsDefaults = color && use_default_colors() == OK
        }
        self.color = color
        asciiOnly = !capabilities.unicode
        defaultForeground = keepsDefaults ? -1 : Int16(COLOR_WHITE)
        defaultBackground = keepsDefaults ? -1 : Int16(COLOR_BLACK)
        pairs = ColorPairTable(capacity: color ? Int(stepviz_color_pairs()) : 1)
        _ = stepviz_erase()
        _ = stepviz_refresh()
    }

    /// The window size in cells.
    var size: (width: Int, height: Int) {
        (Int(stepviz_cols()), Int(stepviz_lines()))
    }

    /// Waits up to `milliseconds` for input; nil when none came (or when it
    /// was a key the apps do not use).
    func read(timeout milliseconds: Int) -> TerminalInput? {
        stepviz_timeout(Int32(clamping: milliseconds))
        var value: wint_t = 0
        let status = stepviz_get_wide_char(&value)
        return KeyDecoder.decode(status: status, value: UInt32(value))
    }

    /// Forgets the frame on screen, so the next draw repaints everything
    /// (after a resize, when curses may have cleared or reflowed the window).
    func forgetShownFrame() {
        shown = nil
        _ = stepviz_clear_on_next_refresh()
    }

    /// Shows `canvas`, sending only the cells that differ from the frame on
    /// screen. Cells past the window's edge are dropped.
    func draw(_ canvas: Canvas) {
        let (width, height) = size
        if shown.map({ $0.width != canvas.width || $0.height != canvas.height }) ?? true {
            _ = stepviz_erase()
        }
        for run in CanvasDiff.runs(from: shown, to: canvas) where run.y < height && run.x < width {
            setStyle(run.style)
            let text = run.wideCharacters(asciiOnly: asciiOnly)
            let visible = min(text.count, width - run.x)
            // ERR at the bottom-right corner (the cursor cannot advance) is expected.
            _ = text.withUnsafeBufferPointer { stepviz_put_text(Int32(run.y), Int32(run.x), $0.baseAddress, Int32(visible)) }
        }
        _ = stepviz_set_style(stepviz_a_normal(), 0)
        _ = stepviz_refresh()
        shown = canvas
    }

    /// Shows `frame`; the marks are a recording's business.
    func draw(_ frame: Canvas, marks: [String], atMilliseconds time: Int) {
        draw(frame)
    }

    /// Gives the terminal back.
    func finish(atMilliseconds time: Int) {
        close()
    }

    /// Gives the terminal back (main screen, cursor, line discipline); once,
    /// however many paths out of a session call it.
    func close() {
        guard !closed else { return }
        closed = true
        if cursesScreenIsOpen.exchange(false, ordering: .sequentiallyConsistent) {
            endwin()
        }
        delscreen(screen)
    }

    private func setStyle(_ style: Style) {
        var pairNumber: Int16 = 0
        if color {
            let (number, new) = pairs.pair(foreground: style.foreground, background: style.background)
            if let new {
                init_pair(
                    new.number,
                    new.foreground.map { Int16($0.rawValue) } ?? defaultForeground,
                    new.background.map { Int16($0.rawValue) } ?? defaultBackground)
            }
            pairNumber = number
        }
        _ = stepviz_set_style(StyleAttributes.attributes(for: style), pairNumber)
    }
}
