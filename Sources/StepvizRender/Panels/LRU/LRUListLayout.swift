/// Where the places of the recency list are drawn: one cell per entry, least
/// recent first, then the capacity's empty places, row after row (each row
/// a travel line for a node in flight, then the nodes).
///
/// When not every place fits, the empty places are summed up in one cell
/// (`+54 free`) and, if the entries still do not fit, the middle entries
/// are replaced by one cell that counts them, so both ends of the list (the
/// next to be evicted, the most recent) always show. A wider or taller area
/// shows more.
///
///     let layout = LRUListLayout(entries: 3, capacity: 4, cellWidth: 6, linkWidth: 1,
///                                area: Rect(x: 0, y: 0, width: 40, height: 2))
///     layout.places    // [.entry(0), .entry(1), .entry(2), .empty]
///
/// - Complexity: O(places shown).
struct LRUListLayout: Equatable {
    enum Place: Equatable {
        case entry(Int)
        case empty
        /// The entries left out between the two ends.
        case hiddenEntries(Int)
        /// The empty places left out.
        case moreEmpty(Int)
    }

    let places: [Place]
    let cellWidth: Int
    let linkWidth: Int
    let area: Rect
    /// Places per row.
    let perRow: Int
    /// The first entry drawn after the hidden ones (nil when none is hidden).
    private let tailStart: Int?
    private let headCount: Int

    /// How many rows of nodes `area` holds (two lines each).
    static func rows(in height: Int) -> Int { Swift.max(0, height / 2) }

    /// Places per row in `width` columns: each cell with room for its link.
    static func perRow(width: Int, cellWidth: Int, linkWidth: Int) -> Int {
        Swift.max(1, width / (cellWidth + linkWidth))
    }

    init(entries count: Int, capacity: Int, cellWidth: Int, linkWidth: Int, area: Rect) {
        self.cellWidth = cellWidth
        self.linkWidth = linkWidth
        self.area = area
        perRow = Self.perRow(width: area.width, cellWidth: cellWidth, linkWidth: linkWidth)
        let room = perRow * Self.rows(in: area.height)
        let empties = Swift.max(0, capacity - count)
        var places: [Place] = []
        if count + empties <= room {
            places = (0..<count).map(Place.entry) + Array(repeating: .empty, count: empties)
            tailStart = nil
            headCount = count
        } else if empties > 0, count + 1 <= room {
            let shownEmpties = room - count - 1
            places =
                (0..<count).map(Place.entry) + Array(repeating: .empty, count: shownEmpties)
                + [.moreEmpty(empties - shownEmpties)]
            tailStart = nil
            headCount = count
        } else {
            let forEntries = Swift.max(0, room - (empties > 0 ? 1 : 0))
            // One cell counts the hidden middle; the rest shows both ends,
            // the most-recent end getting the odd one.
            let head = Swift.max(0, forEntries - 1) / 2
            let tail = Swift.max(0, forEntries - 1 - head)
            places =
                (0..<head).map(Place.entry) + [.hiddenEntries(count - head - tail)]
                + ((count - tail)..<count).map(Place.entry)
            if empties > 0 { places.append(.moreEmpty(empties)) }
            tailStart = count - tail
            headCount = head
        }
        self.places = places
    }

    /// The entries not drawn.
    var hiddenEntries: Int {
        for place in places { if case .hiddenEntries(let count) = place { return count } }
        return 0
    }

    /// The place that shows entry `index`: its own, or the cell counting
    /// the hidden entries when it is one of them.
    func place(ofEntry index: Int) -> Int {
        guard let tailStart else { return index }
        if index < headCount { return index }
        if index < tailStart { return headCount }
        return headCount + 1 + (index - tailStart)
    }

    /// The left column and the node line of place `index`.
    func origin(ofPlace index: Int) -> (x: Int, y: Int) {
        (area.x + (index % perRow) * (cellWidth + linkWidth), area.y + 2 * (index / perRow) + 1)
    }
}
