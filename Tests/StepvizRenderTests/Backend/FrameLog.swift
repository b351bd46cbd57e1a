import StepvizRender

/// A backend that keeps everything it is given, and fails from a chosen
/// frame on (a full disk), so the tests can see what each backend received.
struct FrameLog: FrameBackend {
    struct Drawn: Equatable {
        var time: Int
        var marks: [String]
        var frame: Canvas
    }

    let size: (width: Int, height: Int)
    /// The number of the first frame that fails; nil never.
    var failsAt: Int?
    private(set) var drawn: [Drawn] = []
    private(set) var finishedAt: Int?

    init(width: Int, height: Int, failsAt: Int? = nil) {
        size = (width, height)
        self.failsAt = failsAt
    }

    mutating func draw(_ frame: Canvas, marks: [String], atMilliseconds time: Int) throws(RecordingError) {
        if let failsAt, drawn.count >= failsAt { throw RecordingError("disk full") }
        drawn.append(Drawn(time: time, marks: marks, frame: frame))
    }

    mutating func finish(atMilliseconds time: Int) throws(RecordingError) { finishedAt = time }

    /// Where two logs first differ (a frame number, or the shorter's
    /// length), nil when they are the same: a short message instead of two
    /// whole frame lists when a test fails.
    static func firstDifference(_ left: [Drawn], _ right: [Drawn]) -> String? {
        for (index, (one, other)) in zip(left, right).enumerated() where one != other {
            return "frame \(index): at \(one.time) ms marks \(one.marks) vs at \(other.time) ms marks \(other.marks)"
                + (one.frame == other.frame ? "" : ", and the frames differ")
        }
        return left.count == right.count ? nil : "\(left.count) frames vs \(right.count)"
    }
}
