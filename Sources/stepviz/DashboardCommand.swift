import ArgumentParser

/// `stepviz` with no subcommand. The dashboard of every panel comes with the
/// other panels' screens; until then it opens the heap panel's demo.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "The default: the built-in demo (for now the heap panel)."
    )

    @Option(help: "Seed for the demo values.")
    var seed: UInt64 = 1

    func run() throws {
        let watch = try WatchCommand.parse(["heap", "--seed", String(seed)])
        try watch.run()
    }
}
