import ArgumentParser
import Foundation

/// `stepviz`: the root command. Without a subcommand it opens the dashboard.
@main
struct StepvizCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stepviz",
        abstract: "Watch heaps, deques, LRU caches, locks and schedulers work, step by step.",
        subcommands: [
            WatchCommand.self, EventsCommand.self, RecordCommand.self, ReplayCommand.self, ExploreCommand.self, DashboardCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self
    )

    /// Parses and runs, turning every bad input into one line on stderr and
    /// exit status 2 (ArgumentParser's own usage status is 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as CommandLineError {
            CommandLineError.exit(message: error.message)
        } catch {
            let status = exitCode(for: error)
            if status == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            let message =
                self.message(for: error)
                .split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? "\(error)"
            CommandLineError.exit(message: message)
        }
    }
}
