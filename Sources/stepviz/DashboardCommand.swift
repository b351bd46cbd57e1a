import ArgumentParser
import Foundation
import StepvizRender
import StepvizTerminal

/// `stepviz` with no subcommand (or `stepviz dashboard`): every panel on
/// its own seeded demo, on one clock.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "The default: every panel on its seeded demo, on one clock (? lists the keys)."
    )

    @Option(parsing: .unconditional, help: "Seed for every panel's demo.")
    var seed: UInt64 = 1

    @OptionGroup var screen: ScreenOptions
    @OptionGroup var live: LiveRecordingOption

    @Flag(help: "Start paused on the first step.")
    var paused = false

    func run() throws {
        let speed = try screen.validatedSpeed()
        let history = try screen.validatedHistory()
        let session: TerminalSession
        do {
            session = try TerminalSession()
        } catch {
            throw CommandLineError(error.message)
        }
        // The file is opened once the terminal is known to work, before the screen opens.
        let recording = try live.open(title: "stepviz dashboard")
        var app = DashboardScreen(panels: PanelCatalog.demos(seed: seed, speed: speed, paused: paused, history: history, endless: true),
                                  capabilities: session.capabilities)
        let end: TerminalSessionEnd
        do {
            end = try session.run(&app, recording: recording)
        } catch {
            throw CommandLineError(error.message)
        }
        LiveRecordingOption.reportFailure(of: recording)
        if end.exitStatus != 0 { Foundation.exit(end.exitStatus) }
    }
}
