/// Where each heap slot sits when the array is drawn as a tree in a
/// rectangle: levels two rows apart, each node centred over its subtree.
///
/// When the whole tree does not fit, the layout shows the subtree around the
/// focused node (the one the last step touched) with as many levels as fit,
/// so the active part is always visible and nothing overlaps.
public struct HeapTreeLayout: Equatable {
    /// The slot at the top of what is shown (0 when the whole tree fits).
    public let root: Int
    /// How many levels are shown.
    public let levels: Int
    public let area: Rect
    public let count: Int
    /// Whether levels exist below the ones shown.
    public let isCutBelow: Bool
    /// Rows from one level to the next: 2 when space is tight, up to 4 when
    /// the area is tall, so a large terminal shows an airy tree.
    public let rowsPerLevel: Int

    /// Lays out `count` slots whose labels are `labelWidth` wide.
    public init(count: Int, labelWidth: Int, area: Rect, focus: Int) {
        self.area = area
        self.count = count
        let depth = count == 0 ? 0 : Self.depth(of: count - 1) + 1
        var fitting = 0
        while fitting < depth,
            (1 << fitting) * (labelWidth + 1) <= area.width,
            2 * (fitting + 1) - 1 <= area.height
        {
            fitting += 1
        }
        if fitting >= depth {
            root = 0
            levels = depth
        } else {
            var top = Swift.min(Swift.max(0, focus), Swift.max(0, count - 1))
            let focusDepth = Self.depth(of: top)
            let rise = Swift.min(focusDepth, Swift.max(0, fitting - 1))
            for _ in 0..<rise { top = (top - 1) / 2 }
            // Keep the focus visible but show the root whenever it fits.
            if focusDepth < fitting { top = 0 }
            root = top
            levels = fitting
        }
        isCutBelow = levels > 0 && Self.depth(of: root) + levels < depth
        rowsPerLevel = levels > 1 ? Swift.min(4, Swift.max(2, (area.height - 1) / (levels - 1))) : 2
    }

    /// The rows the shown levels take.
    public var height: Int { levels == 0 ? 0 : (levels - 1) * rowsPerLevel + 1 }

    /// The depth of slot `index` (the root is at depth 0).
    public static func depth(of index: Int) -> Int {
        var depth = 0
        var next = index + 1
        while next > 1 {
            next >>= 1
            depth += 1
        }
        return depth
    }

    /// The centre column and row of slot `index`, or nil when not shown.
    public func position(of index: Int) -> (x: Int, y: Int)? {
        guard index >= 0, index < count, levels > 0 else { return nil }
        let relativeDepth = Self.depth(of: index) - Self.depth(of: root)
        guard relativeDepth >= 0, relativeDepth < levels else { return nil }
        // The ancestor of `index` at the root's depth must be the root.
        var ancestor = index
        for _ in 0..<relativeDepth { ancestor = (ancestor - 1) / 2 }
        guard ancestor == root else { return nil }
        let firstAtLevel = ((root + 1) << relativeDepth) - 1
        let column = index - firstAtLevel
        let x = area.x + (2 * column + 1) * area.width / (2 << relativeDepth)
        return (x, area.y + rowsPerLevel * relativeDepth)
    }

    /// The slots shown, top level first.
    public var visibleSlots: [Int] {
        var slots: [Int] = []
        for relativeDepth in 0..<levels {
            let first = ((root + 1) << relativeDepth) - 1
            for index in first..<(first + (1 << relativeDepth)) where index < count { slots.append(index) }
        }
        return slots
    }
}
