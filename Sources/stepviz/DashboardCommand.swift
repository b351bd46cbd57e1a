import ArgumentParser
import Foundation
import StepvizRender

/// `stepviz` with no subcommand (or `stepviz dashboard`): every panel on
/// its own seeded demo, on one clock.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "The default: every panel on its seeded demo, on one clock (? lists the keys)."
    )

    @Option(parsing: .unconditional, help: "Seed from which every panel's demo seed is derived (with its name).")
    var seed: UInt64 = 1

    @OptionGroup var screen: ScreenOptions
    @OptionGroup var live: LiveRecordingOption

    @Flag(help: "Start paused on the first step.")
    var paused = false

    func run() throws {
        let speed = try screen.validatedSpeed()
        let history = try screen.validatedHistory()
        try LiveScreen.run(recording: live, title: "stepviz dashboard") { capabilities in
            PlaybackScreen(
                dashboard: PanelCatalog.standard.demos(seed: seed, speed: speed, paused: paused, history: history, endless: true),
                capabilities: capabilities)
        }
    }
}
