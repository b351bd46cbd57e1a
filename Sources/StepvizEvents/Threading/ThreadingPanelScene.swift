import StepvizCore

/// A scene of `stepviz events threading`: one of the library's
/// ``ThreadingScene``s (producer-consumer, stolen-wakeup, lost-wakeup,
/// reentrant), with the seed and the `--schedule` its real threads run
/// under.
///
///     let scene = try ThreadingPanelScene(options: EventRunOptions(seed: 4).with(\.scene, "stolen-wakeup"))
///     scene.label    // "scene stolen-wakeup, 3 threads"
public struct ThreadingPanelScene: Sendable {
    /// The library's scene: its kind, threads and variants.
    public let scene: ThreadingScene
    public let seed: UInt64
    /// `--schedule` (and `--schedule-only`): the thread of each step; nil
    /// for the seed's interleaving.
    public let schedule: TurnSchedule?

    /// Reads `--scene` (default `producer-consumer`), `--threads`,
    /// `--maxsize`, `--fixed`, `--plain-lock`, `--seed`, `--schedule` and
    /// `--schedule-only`; throws naming any bad value. A schedule is
    /// checked by running the scene under it on its real threads up to the
    /// schedule's end: the first step whose thread cannot move is named
    /// with the reason.
    ///
    /// - Complexity: with a schedule, one gated run of its *k* steps.
    public init(options: EventRunOptions) throws(OperationParseError) {
        if let ops = options.ops {
            throw OperationParseError(
                "threading runs scenes, not operations: '--ops \(ops)' (use --scene \(Self.sceneNames.joined(separator: "|")))")
        }
        let name = options.scene ?? ThreadingScene.Kind.producerConsumer.rawValue
        guard let kind = ThreadingScene.Kind(rawValue: name) else {
            throw OperationParseError("unknown scene '\(name)' (expected one of: \(Self.sceneNames.joined(separator: ", ")))")
        }
        do {
            scene = try ThreadingScene(
                kind, threads: options.threads, maxsize: options.maxsize, fixed: options.fixed, plainLock: options.plainLock)
        } catch {
            throw OperationParseError(error.description)
        }
        seed = options.seed
        if options.scheduleOnly && options.schedule == nil {
            throw OperationParseError("--schedule-only needs a --schedule")
        }
        schedule = options.schedule.map { TurnSchedule(threads: $0, stopsAtEnd: options.scheduleOnly) }
        if let schedule {
            let (run, body) = scene.makeRun(seed: 0, schedule: TurnSchedule(threads: schedule.threads, stopsAtEnd: true))
            _ = run.run(body)
            if let stop = run.scheduleStop, stop.refused != nil { throw OperationParseError(stop.message) }
        }
    }

    /// The options that make this scene again, without its schedule: what
    /// the prompt changes and a schedule is added to.
    var options: EventRunOptions {
        var options = EventRunOptions(seed: seed).with(\.scene, scene.kind.rawValue).with(\.threads, scene.threads)
        if scene.kind.hasMaxsize { options.maxsize = scene.maxsize }
        options.fixed = scene.fixed
        options.plainLock = scene.plainLock
        return options
    }

    /// Every scene, as `--scene` spells them.
    public static var sceneNames: [String] { ThreadingScene.Kind.allCases.map(\.rawValue) }

    /// The operation label of the setup (operation 0):
    /// `scene stolen-wakeup --fixed, 3 threads`.
    public var label: String {
        "scene \(scene.kind.rawValue)" + variantArguments.map { " " + $0 }.joined()
            + ", \(scene.threads) thread\(scene.threads == 1 ? "" : "s")"
    }

    /// `--fixed`, `--plain-lock`, `--maxsize 2` when they differ from the default.
    var variantArguments: [String] {
        var arguments: [String] = []
        if scene.kind.hasMaxsize && scene.maxsize != 1 { arguments += ["--maxsize", String(scene.maxsize)] }
        if scene.fixed { arguments.append("--fixed") }
        if scene.plainLock { arguments.append("--plain-lock") }
        return arguments
    }

    /// The options that rebuild this scene on the command line, for the
    /// `--schedule` line a person pastes: `--scene stolen-wakeup --threads 4`.
    public var sceneArguments: [String] {
        var arguments = ["--scene", scene.kind.rawValue]
        if scene.threads != scene.kind.defaultThreads { arguments += ["--threads", String(scene.threads)] }
        return arguments + variantArguments
    }
}
