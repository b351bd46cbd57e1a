import StepvizCore
import StepvizEvents

/// The code pane: the notes' `OrderedDict` LRU recipe, and which of its
/// lines a step runs.
///
/// The lines are the notes' own (indented two spaces a level so the widest
/// fits a 36-column pane), with one line added: the notes' `__setitem__`
/// leaves an updated key where it was, while the library (like today's
/// Python documentation of the recipe) makes it the most recent, so
/// `self.move_to_end(key)` follows the store. On a new key that line is a
/// no-op, and the library reports no move. The eviction is the notes'
/// `next(iter(self))` and `del`, which is what `popitem(last=False)` does.
public enum LRUPseudocode {
    public static let listing = [
        "class LRU(OrderedDict):",
        "  def __getitem__(self, key):",
        "    value = super().__getitem__(key)",
        "    self.move_to_end(key)",
        "    return value",
        "  def __setitem__(self, key, value):",
        "    super().__setitem__(key, value)",
        "    self.move_to_end(key)  # update",
        "    if len(self) > self.maxsize:",
        "      oldest = next(iter(self))",
        "      del self[oldest]",
    ]

    /// The lines of `listing` that `event` runs (several for an eviction:
    /// the size check, finding the oldest, deleting it); nil when the step
    /// runs none (the state after the operation).
    public static func lines(for event: LRUStepEvent, in operation: LRUOperation?) -> ClosedRange<Int>? {
        switch event {
        case .begin(.get): 1...1
        case .begin(.put): 5...5
        case .lru(.lookup), .lru(.hit), .lru(.miss): 2...2
        case .lru(.moveToMostRecent):
            if case .put? = operation { 7...7 } else { 3...3 }
        case .result: 4...4
        case .lru(.insert), .lru(.update): 6...6
        case .lru(.evict): 8...10
        case .state: nil
        }
    }
}
