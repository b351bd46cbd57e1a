/// Decides, from the monotonic clock, when the loop ticks the app, when it
/// draws and how long it may wait for a key. Frames are capped (30 per
/// second by default) apart from the app's own step rate: the app gets the
/// real elapsed milliseconds with each tick and decides what they mean.
/// Pure, so the pacing is tested without a terminal or a clock.
struct FramePacer: Sendable {
    /// Shortest time between two frames (and two ticks), in milliseconds.
    let frameInterval: Int
    /// How long to wait for a key when nothing moves: long enough that an
    /// idle viewer costs next to no CPU, short enough that a signal which
    /// did not interrupt the wait is still noticed promptly.
    let idleWait: Int
    /// Whether a frame must be drawn (set by every message the app gets).
    var needsDraw = true

    private var ticking = false
    private var lastTick = 0
    private var nextFrame = 0

    init(frameInterval: Int = 33, idleWait: Int = 250) {
        self.frameInterval = frameInterval
        self.idleWait = idleWait
    }

    /// The milliseconds to send as a tick now, or nil when no tick is due.
    /// The clock starts when the app starts wanting ticks, so time spent
    /// idle (paused) is never delivered as one huge tick.
    ///
    /// - Complexity: O(1).
    mutating func tick(now: Int, wantsTicks: Bool) -> Int? {
        guard wantsTicks else {
            ticking = false
            return nil
        }
        guard ticking else {
            ticking = true
            lastTick = now
            return nil
        }
        guard now >= nextFrame, now > lastTick else { return nil }
        defer { lastTick = now }
        // A stopped process (Ctrl-Z, SIGSTOP) or a stalled terminal must not
        // come back as one giant tick that jumps the animation far ahead.
        return min(now - lastTick, Self.longestTick)
    }

    /// The most time one tick carries, in milliseconds.
    static let longestTick = 250

    /// Whether to draw now; when it returns true the frame counts as drawn.
    ///
    /// - Complexity: O(1).
    mutating func draw(now: Int) -> Bool {
        guard needsDraw, now >= nextFrame else { return false }
        needsDraw = false
        nextFrame = now + frameInterval
        return true
    }

    /// How long the next read may block, in milliseconds.
    ///
    /// - Complexity: O(1).
    func wait(now: Int, wantsTicks: Bool) -> Int {
        if wantsTicks || needsDraw { return max(0, nextFrame - now) }
        return idleWait
    }
}
