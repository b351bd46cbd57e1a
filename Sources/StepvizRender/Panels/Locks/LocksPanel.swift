import StepvizCore
import StepvizEvents

/// Draws the locks panel for one model: the thread lanes on top; under them
/// the wait-for graph with the deadlock and violation reports (or, for the
/// dining philosophers, the round table), and beside it the lock table, the
/// code the threads run with the running line, and the log. A pure function
/// of its inputs: it only writes into the canvas, inside `area`.
public enum LocksPanel {
    /// The smallest area the panel draws into.
    public static let minimumSize = (width: 60, height: 16)
    public static let runsThreads = true

    public static func render(
        _ model: LocksPanelModel, animation: Double?, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs
    ) {
        guard let scene = model.scene else {
            canvas.noRunYet(title: "locks", in: area, glyphs: glyphs)
            return
        }
        // The lanes take a row per thread, and a legend row when there is room.
        let legend = area.height >= 18 ? 1 : 0
        let lanesHeight = Swift.min(scene.threads + 2 + legend, Swift.max(4, area.height / 2))
        let (lanesArea, lower) = area.splitTop(lanesHeight)
        renderLanes(model, in: lanesArea, legend: legend == 1 && lanesHeight == scene.threads + 3, on: &canvas, glyphs: glyphs)

        let sideWidth = Swift.max(area.width * 9 / 20, Swift.min(40, area.width / 2))
        let (graphArea, side) = lower.splitLeft(lower.width - sideWidth)
        if scene.isPhilosophers {
            renderTable(model, in: graphArea, on: &canvas, glyphs: glyphs)
        } else {
            renderWaitFor(model, in: graphArea, on: &canvas, glyphs: glyphs)
        }

        let listing = LocksPseudocode.listing(rankedAcquire: scene.usesRankedAcquire)
        let tableHeight = Swift.min(model.state.locks.count + 3, Swift.max(4, side.height - 6))
        let (tableArea, rest) = side.splitTop(tableHeight)
        renderLockTable(model, in: tableArea, on: &canvas, glyphs: glyphs)
        let logHeight = rest.height >= 12 ? Swift.max(4, rest.height - listing.count - 2) : (rest.height >= 9 ? 4 : 0)
        let (codeArea, logArea) = rest.splitBottom(logHeight)
        renderCode(model, listing: listing, in: codeArea, on: &canvas, glyphs: glyphs)
        renderLog(model, in: logArea, on: &canvas, glyphs: glyphs)
    }

    // MARK: shared pieces

    /// A lock's name as the cramped places show it: "x", or "f3" for "fork 3".
    static func shortName(_ name: String) -> String {
        guard name.count > 2 else { return name }
        let digits = name.reversed().prefix { $0.isNumber }.reversed()
        return digits.isEmpty ? name : String(name.prefix(1)) + String(digits)
    }

    /// The single character a lane cell shows for a lock: its name when
    /// that is one character, else its rank (1-9, then a, b, c ...).
    static func mark(of name: String, in model: LocksPanelModel) -> Character {
        if name.count == 1, let character = name.first { return character }
        guard let rank = model.rank(of: name), rank >= 0 else { return "?" }
        let digits = Array("0123456789abcdefghijklmnopqrstuvwxyz")
        return rank < digits.count ? digits[rank] : "?"
    }

    /// Writes styled pieces one after the other, cut to `width`; returns
    /// the column after the last one written.
    @discardableResult
    static func writePieces(
        _ pieces: [(String, Style)], x: Int, y: Int, width: Int, on canvas: inout Canvas, glyphs: Glyphs
    ) -> Int {
        var column = x
        for (text, style) in pieces {
            let room = x + width - column
            guard room > 0 else { break }
            canvas.write(text, x: column, y: y, width: room, style: style, glyphs: glyphs)
            column += Swift.min(text.count, room)
        }
        return column
    }
}
