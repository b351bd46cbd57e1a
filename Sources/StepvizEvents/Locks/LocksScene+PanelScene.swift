import StepvizCore

extension LocksScene: PanelScene {
    /// The demo plays every kind in turn: ordered, naive, violation, philosophers.
    public static var demoCycle: Int { Kind.allCases.count }

    /// What the prompt takes, as its error lists it.
    public static let promptWords = ["scene ordered|naive|violation|philosophers", "threads N", "ordered", "unordered", "seed N"]

    /// Scene `index` of the demo: the kinds in turn, the seed moving on
    /// each cycle, and the philosophers naive and ordered on alternate
    /// cycles. The naive scenes take the first seed from there on whose run
    /// deadlocks, so the demo shows what ordering avoids.
    public static func demo(_ index: Int, seed: UInt64) -> LocksScene {
        let kind = Kind.allCases[index % demoCycle]
        let cycle = index / demoCycle
        let ordered = kind == .philosophers && cycle % 2 == 1
        var runSeed = seed &+ UInt64(cycle)
        func scene(_ seed: UInt64) -> LocksScene {
            // Built from valid options only: cannot throw.
            try! LocksScene(options: EventRunOptions(seed: seed).with(\.scene, kind.rawValue).with(\.ordered, ordered))
        }
        if kind == .naive || (kind == .philosophers && !ordered) {
            for candidate in runSeed..<(runSeed &+ 64) where Self.deadlocks(scene(candidate)) {
                runSeed = candidate
                break
            }
        }
        return scene(runSeed)
    }

    private static func deadlocks(_ scene: LocksScene) -> Bool {
        let session = LocksSession(scene: scene)
        session.run()
        return session.steps.contains { step in
            if case .lock(.deadlock) = step.event { return true }
            return false
        }
    }

    /// The scene a prompt line asks for: `scene naive`, `threads 5`,
    /// `ordered`, `unordered`, `seed 7`, `;`-separated, starting from this
    /// scene. A new scene starts from its own thread count unless the line
    /// gives one.
    public func changed(by line: String) throws(OperationParseError) -> LocksScene {
        var options = EventRunOptions(seed: seed).with(\.scene, kind.rawValue).with(\.threads, threads).with(
            \.ordered, kind == .philosophers && isOrdered)
        var any = false
        for piece in line.split(separator: ";") {
            let words = piece.split(whereSeparator: \.isWhitespace)
            guard let word = words.first else { continue }
            any = true
            let text = piece.trimmed
            switch word {
            case "scene":
                guard words.count == 2 else { throw .wrongArgumentCount(text, usage: "scene NAME") }
                options.scene = String(words[1])
                options.threads = nil
                options.ordered = false
            case "threads":
                options.threads = try OperationScript.integers(words, count: 1, text: text, usage: "threads N")[0]
            case "ordered", "unordered":
                guard words.count == 1 else { throw .wrongArgumentCount(text, usage: String(word)) }
                if options.scene == Kind.philosophers.rawValue {
                    options.ordered = word == "ordered"
                } else if word == "ordered" {
                    options.scene = Kind.ordered.rawValue
                } else if options.scene == Kind.ordered.rawValue {
                    options.scene = Kind.naive.rawValue
                }
            case "seed":
                options.seed = try OperationScript.seed(words, text: text)
            default:
                throw .unknownOperation(word, expected: Self.promptWords)
            }
        }
        guard any else { throw OperationParseError("no operation given") }
        return try LocksScene(options: options)
    }

    /// This scene under `schedule` (nil: the seed decides), checked as
    /// `--schedule` is.
    ///
    /// - Complexity: one gated run of the schedule's steps.
    public func scheduled(_ schedule: TurnSchedule?) throws(OperationParseError) -> LocksScene {
        try LocksScene(
            options: EventRunOptions(seed: seed).with(\.scene, kind.rawValue).with(\.threads, threads).with(
                \.ordered, kind == .philosophers && isOrdered
            ).with(\.schedule, schedule?.threads).with(\.scheduleOnly, schedule?.stopsAtEnd ?? false))
    }

    /// The notes' lessons as goals: deadlock the naive threads, fire the
    /// lock-order check, and fail to deadlock the ordered ones.
    public var challenge: ScheduleChallenge? {
        switch kind {
        case .naive: ScheduleChallenge(goal: threads == 2 ? "make the two threads deadlock" : "make the threads deadlock")
        case .violation: ScheduleChallenge(goal: "make the lock-order check fire")
        case .ordered: ScheduleChallenge(goal: "try to deadlock it (ranked order: you can't)", isReachable: false)
        case .philosophers where isOrdered: ScheduleChallenge(goal: "try to deadlock it (ranked forks: you can't)", isReachable: false)
        case .philosophers: ScheduleChallenge(goal: "make the philosophers deadlock")
        }
    }
}
