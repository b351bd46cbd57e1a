import StepvizCore

extension SchedulerScene: PanelScene {
    /// The demo plays a tasks scene, then an actors scene.
    public static var demoCycle: Int { Kind.allCases.count }

    /// Scene `index` of the demo: two to four countdowns and countups taking
    /// turns, then the counter actor sending its countdown to the printer.
    public static func demo(_ index: Int, seed: UInt64) -> SchedulerScene {
        var random = SeededGenerator(seed: seed &+ UInt64(index))
        let ops: String
        let kind = Kind.allCases[index % demoCycle]
        switch kind {
        case .tasks:
            ops = (0..<Int.random(in: 2...4, using: &random)).map { _ in
                "\(Bool.random(using: &random) ? "countdown" : "countup") \(Int.random(in: 2...5, using: &random))"
            }.joined(separator: "; ")
        case .actors:
            ops = "send counter \(Int.random(in: 2...5, using: &random))"
        }
        // Built from valid operations only: cannot throw.
        return try! SchedulerScene(kind: kind, ops: ops)
    }

    /// The scene a prompt line asks for: `scene tasks|actors` (its default
    /// operations), or operations of one scene (`countdown 4; countup 2`,
    /// `send counter 3`), run afresh on the real scheduler.
    public func changed(by line: String) throws(OperationParseError) -> SchedulerScene {
        let words = line.split(whereSeparator: { $0.isWhitespace || $0 == ";" })
        if words.first == "scene" {
            guard words.count == 2 else { throw .wrongArgumentCount(line[...].trimmed, usage: "scene tasks|actors") }
            return try SchedulerScene(options: EventRunOptions().with(\.scene, String(words[1])))
        }
        let operations = try OperationScript.parse(line, as: SchedulerOperation.self)
        guard let first = operations.first else { throw OperationParseError("no operation given") }
        return try SchedulerScene(kind: first.isTask ? .tasks : .actors, ops: line)
    }

    /// `--scene tasks --ops 'countdown 3; countup 2'`.
    public var sceneArguments: [String] {
        ["--scene", kind.rawValue, "--ops", operations.map(\.description).joined(separator: "; ")]
    }
}
