import StepvizRender

/// Hands out curses colour pair numbers for (foreground, background)
/// combinations as they first appear. Pairs are allocated lazily because
/// terminals differ in how many they have (TERM=screen: 64, fewer than the
/// 81 combinations of eight colours plus "default").
struct ColorPairTable: Sendable {
    /// A pair to create with init_pair before first use.
    struct NewPair: Hashable, Sendable {
        var number: Int16
        var foreground: Color?
        var background: Color?
    }

    private struct Key: Hashable {
        var foreground: Color?
        var background: Color?
    }

    /// Pair numbers 1..<capacity are available (pair 0 is the terminal's
    /// default colours and cannot be changed).
    let capacity: Int
    private var numbers: [Key: Int16] = [:]

    init(capacity: Int) {
        self.capacity = min(max(capacity, 1), Int(Int16.max))
    }

    /// The pair for these colours, and the pair to initialise first when it
    /// is new. Pair 0 (default colours) when both are nil, or when the table
    /// is full: the text then shows in default colours, and its attributes
    /// still carry the highlight.
    ///
    /// - Complexity: O(1) on average.
    mutating func pair(foreground: Color?, background: Color?) -> (number: Int16, new: NewPair?) {
        if foreground == nil && background == nil { return (0, nil) }
        let key = Key(foreground: foreground, background: background)
        if let number = numbers[key] { return (number, nil) }
        guard numbers.count + 1 < capacity else { return (0, nil) }
        let number = Int16(numbers.count + 1)
        numbers[key] = number
        return (number, NewPair(number: number, foreground: foreground, background: background))
    }
}
