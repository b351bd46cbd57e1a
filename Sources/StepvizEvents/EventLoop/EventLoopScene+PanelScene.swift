import StepvizCore

extension EventLoopScene: PanelScene {
    /// The demo plays a server scene, then a tasks scene.
    public static var demoCycle: Int { Kind.allCases.count }

    /// Scene `index` of the demo: two to four clients connecting, sending
    /// and closing, overlapping; then one of the notes' coroutine programs.
    public static func demo(_ index: Int, seed: UInt64) -> EventLoopScene {
        var random = SeededGenerator(seed: seed &+ UInt64(index))
        let kind = Kind.allCases[index % demoCycle]
        var ops: [String] = []
        switch kind {
        case .server:
            let words = ["hello", "hi there", "ping", "GET /", "bye", "spam and eggs", "42"]
            let clients = Int.random(in: 2...4, using: &random)
            var open: [Int] = []
            var next = 1
            // Connect, send and close in a seeded order, so clients overlap.
            while next <= clients || !open.isEmpty {
                let roll = Int.random(in: 0..<4, using: &random)
                if next <= clients, open.isEmpty || roll == 0 {
                    ops.append("connect")
                    open.append(next)
                    next += 1
                } else if let client = open.randomElement(using: &random) {
                    if roll == 3 {
                        ops.append("close \(client)")
                        open.removeAll { $0 == client }
                    } else {
                        ops.append("send \(client) \(words.randomElement(using: &random)!)")
                    }
                }
            }
        case .tasks:
            switch Int.random(in: 0..<3, using: &random) {
            case 0: ops = ["say"]
            case 1: ops = ["say_after 1 hello", "say_after 2 world"]
            default: ops = ["display_date", "say_after \(Int.random(in: 1...3, using: &random)) tick"]
            }
        }
        // Built from valid operations only: cannot throw.
        return try! EventLoopScene(kind: kind, ops: ops.joined(separator: "; "))
    }

    /// The scene a prompt line asks for: `scene server|tasks` (its default
    /// operations), or operations of one scene, run afresh on a new loop.
    public func changed(by line: String) throws(OperationParseError) -> EventLoopScene {
        let words = line.split(whereSeparator: { $0.isWhitespace || $0 == ";" })
        if words.first == "scene" {
            guard words.count == 2 else { throw .wrongArgumentCount(line[...].trimmed, usage: "scene server|tasks") }
            return try EventLoopScene(options: EventRunOptions().with(\.scene, String(words[1])))
        }
        let operations = try OperationScript.parse(line, as: EventLoopOperation.self)
        guard let first = operations.first else { throw OperationParseError("no operation given") }
        return try EventLoopScene(kind: first.isClientAction ? .server : .tasks, ops: line)
    }

    /// The loop has one thread and no turns to pick: always nil.
    public var schedule: TurnSchedule? { nil }

    /// A schedule is refused: the loop decides its own order.
    public func scheduled(_ schedule: TurnSchedule?) throws(OperationParseError) -> EventLoopScene {
        guard schedule == nil else { throw OperationParseError("the event loop runs one thread: it has no turns to schedule") }
        return self
    }

    /// `--scene server --ops 'connect; close 1'`.
    public var sceneArguments: [String] {
        ["--scene", kind.rawValue, "--ops", operations.map(\.description).joined(separator: "; ")]
    }
}
