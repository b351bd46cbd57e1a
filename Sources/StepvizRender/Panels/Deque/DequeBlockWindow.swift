import StepvizCore

/// Which blocks the deque panel shows, and where each block and slot sits
/// in a row of `width` columns from `x`.
///
/// Blocks are boxes of `blockSize` slots side by side, joined by their
/// links. When they do not all fit, the window keeps the block the last
/// step worked on in view (an end for appends, pops and rotations, the
/// walked block for indexing) and counts the blocks hidden on each side;
/// a wider row simply holds more boxes.
struct DequeBlockWindow: Equatable {
    /// One box of the row: a linked block (by its position in the layout),
    /// or the outline of a block the last step freed at an end.
    enum Entry: Equatable {
        case linked(Int)
        case freed(DequeHighlights.FreedBlock)
    }

    /// Columns between two boxes (where the link is drawn).
    static let gap = 3

    /// Every box, left to right, and the range of them shown.
    let entries: [Entry]
    let shown: Range<Int>
    /// The columns of a slot's text, and of a whole box.
    let cellWidth: Int
    let boxWidth: Int
    /// The left column of the first box shown.
    let originX: Int

    /// Lays out `model`'s blocks in `width` columns from `x`, the widest
    /// label deciding the slot width (at least 2, at most what lets one box fit).
    init(_ model: DequePanelModel, x: Int, width: Int) {
        let layout = model.layout
        let highlights = model.highlights
        var entries = layout.blocks.indices.map(Entry.linked)
        if let freed = highlights.freed {
            if freed.end == .left { entries.insert(.freed(freed), at: 0) } else { entries.append(.freed(freed)) }
        }
        self.entries = entries

        let values =
            layout.blocks.flatMap { $0.slots.compactMap { $0 } }
            + [highlights.flight?.value, highlights.departure?.value].compactMap { $0 }
        let widest = values.map { $0.repr.count }.max() ?? 1
        let blockSize = Swift.max(1, layout.blockSize)
        let fitting = Swift.max(1, (width - 3) / blockSize - 1)
        cellWidth = Swift.min(Swift.max(2, widest), fitting)
        boxWidth = blockSize * (cellWidth + 1) + 3

        let capacity = Swift.max(1, (width + Self.gap) / (boxWidth + Self.gap))
        let focus: Int
        switch model.focus {
        case .end(.left): focus = 0
        case .end(.right): focus = entries.count - 1
        case .block(let id):
            focus =
                entries.firstIndex { entry in
                    if case .linked(let position) = entry { return layout.blocks[position].id == id }
                    return false
                } ?? entries.count - 1
        }
        if entries.count <= capacity {
            shown = 0..<entries.count
        } else {
            let start = Swift.min(Swift.max(0, focus - (capacity - 1) / 2), entries.count - capacity)
            shown = start..<(start + capacity)
        }
        let used = shown.count * boxWidth + Swift.max(0, shown.count - 1) * Self.gap
        originX = x + Swift.max(0, (width - used) / 2)
    }

    /// The left column of box `entry` (an index into `entries`).
    func boxX(_ entry: Int) -> Int { originX + (entry - shown.lowerBound) * (boxWidth + Self.gap) }

    /// The left column of slot `slot`'s text in box `entry`; slots -1 and
    /// `blockSize` (where an index points just after a block is linked)
    /// fall on the box's borders and beyond.
    func slotX(_ entry: Int, slot: Int) -> Int { boxX(entry) + 2 + slot * (cellWidth + 1) }

    /// The box showing block `id` (linked, or just freed), if it is in view.
    func shownEntry(ofBlock id: Int, in layout: DequeLayout<PythonValue>) -> Int? {
        shown.first { index in
            switch entries[index] {
            case .linked(let position): layout.blocks[position].id == id
            case .freed(let freed): freed.block == id
            }
        }
    }

    /// Linked blocks left out on each side.
    var hiddenLeft: Int { linkedCount(in: 0..<shown.lowerBound) }
    var hiddenRight: Int { linkedCount(in: shown.upperBound..<entries.count) }

    private func linkedCount(in range: Range<Int>) -> Int {
        range.filter { if case .linked = entries[$0] { true } else { false } }.count
    }
}
