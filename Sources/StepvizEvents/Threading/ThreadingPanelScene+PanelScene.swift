import StepvizCore

extension ThreadingPanelScene: PanelScene {
    /// The demo plays every scene in turn: producer-consumer, stolen-wakeup,
    /// lost-wakeup, reentrant; the broken ones take the first seed from
    /// theirs on whose run goes wrong, and each second cycle plays the
    /// fixed (or plain-lock) variant.
    public static var demoCycle: Int { ThreadingScene.Kind.allCases.count }

    /// What the prompt takes, as its error lists it.
    public static let promptWords = [
        "scene producer-consumer|stolen-wakeup|lost-wakeup|reentrant", "threads N", "maxsize N", "fixed", "broken",
        "plain-lock", "rlock", "seed N",
    ]

    /// Scene `index` of the demo.
    public static func demo(_ index: Int, seed: UInt64) -> ThreadingPanelScene {
        let kind = ThreadingScene.Kind.allCases[index % demoCycle]
        let cycle = index / demoCycle
        let variant = cycle % 2 == 1
        func scene(_ seed: UInt64) -> ThreadingPanelScene {
            var options = EventRunOptions(seed: seed).with(\.scene, kind.rawValue)
            options.fixed = variant && kind.hasFixedVariant
            options.plainLock = kind == .reentrant && !variant
            if kind == .producerConsumer && variant { options.maxsize = 2 }
            // Built from valid options only: cannot throw.
            return try! ThreadingPanelScene(options: options)
        }
        let first = seed &+ UInt64(cycle)
        let broken = (kind == .stolenWakeup || kind == .lostWakeup) && !variant
        if broken {
            for candidate in first..<(first &+ 64) where Self.goesWrong(scene(candidate)) { return scene(candidate) }
        }
        return scene(first)
    }

    private static func goesWrong(_ scene: ThreadingPanelScene) -> Bool {
        let session = ThreadingSession(scene: scene)
        session.run()
        if case .reached? = session.challengeOutcome { return true }
        return false
    }

    /// The scene a prompt line asks for: `scene lost-wakeup`, `threads 3`,
    /// `maxsize 2`, `fixed`, `broken`, `plain-lock`, `rlock`, `seed 7`,
    /// `;`-separated, starting from this scene. A new scene starts from its
    /// own defaults unless the line gives them.
    public func changed(by line: String) throws(OperationParseError) -> ThreadingPanelScene {
        var options = self.options
        var any = false
        for piece in line.split(separator: ";") {
            let words = piece.split(whereSeparator: \.isWhitespace)
            guard let word = words.first else { continue }
            any = true
            let text = piece.trimmed
            switch word {
            case "scene":
                guard words.count == 2 else { throw .wrongArgumentCount(text, usage: "scene NAME") }
                options = EventRunOptions(seed: options.seed).with(\.scene, String(words[1]))
            case "threads":
                options.threads = try OperationScript.integers(words, count: 1, text: text, usage: "threads N")[0]
            case "maxsize":
                options.maxsize = try OperationScript.integers(words, count: 1, text: text, usage: "maxsize N")[0]
            case "fixed", "broken", "plain-lock", "rlock":
                guard words.count == 1 else { throw .wrongArgumentCount(text, usage: String(word)) }
                switch word {
                case "fixed": options.fixed = true
                case "broken": options.fixed = false
                case "plain-lock": options.plainLock = true
                default: options.plainLock = false
                }
            case "seed":
                options.seed = try OperationScript.seed(words, text: text)
            default:
                throw .unknownOperation(word, expected: Self.promptWords)
            }
        }
        guard any else { throw OperationParseError("no operation given") }
        return try ThreadingPanelScene(options: options)
    }

    /// This scene under `schedule` (nil: the seed decides), checked as
    /// `--schedule` is.
    ///
    /// - Complexity: one gated run of the schedule's steps.
    public func scheduled(_ schedule: TurnSchedule?) throws(OperationParseError) -> ThreadingPanelScene {
        var options = self.options
        options.schedule = schedule?.threads
        options.scheduleOnly = schedule?.stopsAtEnd ?? false
        return try ThreadingPanelScene(options: options)
    }

    /// The lessons as goals: take a consumer's item, lose the
    /// wakeup, make a plain lock wait for itself, fill the queue; the
    /// fixed versions cannot be broken.
    public var challenge: ScheduleChallenge? {
        switch scene.kind {
        case .producerConsumer: ScheduleChallenge(goal: scene.kind.challenge)
        case .stolenWakeup where scene.fixed:
            ScheduleChallenge(goal: "try to make a consumer find the queue empty (while loop: you can't)", isReachable: false)
        case .lostWakeup where scene.fixed: ScheduleChallenge(goal: "try to lose the wakeup (wait_for: you can't)", isReachable: false)
        case .reentrant where !scene.plainLock:
            ScheduleChallenge(goal: "try to make a thread wait for itself (RLock: you can't)", isReachable: false)
        case .reentrant: ScheduleChallenge(goal: "make a thread wait for itself")
        default: ScheduleChallenge(goal: scene.kind.challenge)
        }
    }
}
