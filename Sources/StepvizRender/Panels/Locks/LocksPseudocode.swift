import StepvizCore

/// The code the threads run, from the notes: the `acquire(*locks)` recipe
/// (ranked, so every thread takes its locks in one global order) or the
/// naive pair-taking that can deadlock, each followed by what the run does
/// when a wait closes a cycle. The lines describe the library's real code
/// (``LockingThread/withLocks(_:_:)`` records a lock only once taken, where
/// the notes' recipe records them all first).
public enum LocksPseudocode {
    /// The listing for a scene.
    public static func listing(rankedAcquire: Bool) -> [String] {
        rankedAcquire ? ranked : naive
    }

    /// The line of the listing that `event` runs, given how many locks its
    /// thread held just before, and whose turn it is; nil keeps the line.
    public static func line(for event: LockEvent, heldBefore: Int, actor: Int, rankedAcquire: Bool) -> Int? {
        if rankedAcquire {
            switch event {
            case .request(let thread, _, _) where thread == actor: return 7
            case .acquired(let thread, _, _) where thread == actor: return 8
            case .wait: return 7
            case .released: return 12
            case .violation: return 4
            case .deadlock: return ranked.count - 1
            case .aborted(_, let reason): return reason == LockOrderViolation.message ? 4 : ranked.count - 1
            default: return nil
            }
        }
        switch event {
        case .request(let thread, _, _) where thread == actor, .acquired(let thread, _, _) where thread == actor:
            return heldBefore == 0 ? 1 : 2
        case .wait: return 2
        case .released: return heldBefore >= 2 ? 4 : 5
        case .deadlock, .aborted: return naive.count - 1
        default: return nil
        }
    }

    // Each line fits a 36-column box.
    static let ranked = [
        "@contextmanager",
        "def acquire(*locks):",
        "  locks = sorted(locks, key=rank)",
        "  if held and max(held) >= locks[0]:",
        "    raise RuntimeError(",
        "      \"Lock Order Violation\")",
        "  for lock in locks:",
        "    lock.acquire()  # may wait",
        "    held.append(lock)",
        "  try: yield",
        "  finally:",
        "    for lock in reversed(locks):",
        "      lock.release()",
        "# run: a wait that closes a cycle:",
        "#   deadlock detected; asker backs off",
    ]
    static let naive = [
        "for _ in range(rounds):",
        "  first.acquire()   # no rank check",
        "  second.acquire()  # may wait",
        "  counter += 1",
        "  second.release()",
        "  first.release()",
        "# run: a wait that closes a cycle:",
        "#   deadlock detected; asker backs off",
    ]
}
