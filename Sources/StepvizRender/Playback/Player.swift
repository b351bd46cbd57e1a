/// The playback state machine: where the cursor is, whether it plays, how
/// fast, and how far the animation of the last step has got. A pure value:
/// `update` folds a message in, given how many steps exist; time only
/// arrives as `.tick`, so nothing here sleeps and every state is testable.
///
///     var player = Player(speed: 4)
///     player.update(.togglePlay, stepCount: 10)
///     player.update(.tick(250), stepCount: 10)    // one step later
///     player.position                              // 1
public struct Player: Hashable, Sendable {
    /// Steps applied to the model on screen (0 ... stepCount).
    public private(set) var position = 0
    public private(set) var isPlaying: Bool
    /// Steps per second while playing.
    public private(set) var speed: Double
    /// Milliseconds since the step into `position` started animating; nil
    /// once its animation has finished (or when it was a step back).
    public private(set) var animationElapsed: Int?
    /// Milliseconds since the last step while playing.
    private var sinceStep = 0

    public static let speeds: ClosedRange<Double> = 0.25...64
    /// The longest a step's animation lasts, so fast speeds stay readable.
    public static let maximumAnimation = 400

    /// A player at `position` (where its source opens, see
    /// ``StepvizEvents/StepSource/openingPosition``).
    public init(speed: Double = 3, playing: Bool = true, position: Int = 0) {
        self.speed = Swift.min(Swift.max(speed, Self.speeds.lowerBound), Self.speeds.upperBound)
        isPlaying = playing
        self.position = Swift.max(0, position)
    }

    /// Milliseconds between steps while playing.
    public var stepPeriod: Int { Swift.max(1, Int((1000 / speed).rounded())) }
    /// How long the animation of one step lasts.
    public var animationDuration: Int { Swift.max(1, Swift.min(Self.maximumAnimation, stepPeriod * 7 / 10)) }

    /// Progress (0 ..< 1) of the last step's animation, nil when settled.
    public var animationProgress: Double? {
        animationElapsed.map { Double($0) / Double(animationDuration) }
    }

    /// Whether time changes anything right now.
    public var wantsTicks: Bool { isPlaying || animationElapsed != nil }

    /// Folds `message` in over `stepCount` steps. With `moreComing` (the
    /// library is still running the next ones) playing waits at the end
    /// instead of stopping there.
    public mutating func update(_ message: PlayerMessage, stepCount: Int, moreComing: Bool = false) {
        switch message {
        case .togglePlay:
            if !isPlaying && position >= stepCount { return }
            isPlaying.toggle()
            sinceStep = 0
        case .setPlaying(let playing):
            if playing && position >= stepCount { return }
            if playing != isPlaying { sinceStep = 0 }
            isPlaying = playing
        case .stepForward:
            isPlaying = false
            advance(stepCount: stepCount)
        case .stepBack:
            isPlaying = false
            if position > 0 { position -= 1 }
            animationElapsed = nil
        case .first:
            isPlaying = false
            position = 0
            animationElapsed = nil
        case .last:
            isPlaying = false
            position = stepCount
            animationElapsed = nil
        case .faster:
            speed = Swift.min(speed * 1.5, Self.speeds.upperBound)
        case .slower:
            speed = Swift.max(speed / 1.5, Self.speeds.lowerBound)
        case .seek(let target):
            isPlaying = false
            position = Swift.min(Swift.max(0, target), stepCount)
            animationElapsed = nil
        case .tick(let milliseconds):
            tick(milliseconds, stepCount: stepCount, moreComing: moreComing)
        }
    }

    private mutating func tick(_ milliseconds: Int, stepCount: Int, moreComing: Bool) {
        if let elapsed = animationElapsed {
            let next = elapsed + milliseconds
            animationElapsed = next >= animationDuration ? nil : next
        }
        guard isPlaying else { return }
        sinceStep += milliseconds
        while sinceStep >= stepPeriod {
            sinceStep -= stepPeriod
            guard position < stepCount else {
                if moreComing {
                    // The next step is on its way: it shows as soon as it comes.
                    sinceStep = stepPeriod
                    return
                }
                isPlaying = false
                sinceStep = 0
                return
            }
            advance(stepCount: stepCount)
            // The time left over after this step already counts toward its animation.
            if sinceStep > 0, animationElapsed != nil {
                animationElapsed = sinceStep >= animationDuration ? nil : sinceStep
            }
        }
    }

    private mutating func advance(stepCount: Int) {
        guard position < stepCount else { return }
        position += 1
        animationElapsed = 0
    }
}
