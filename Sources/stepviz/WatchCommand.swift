import ArgumentParser
import Foundation
import StepvizRender

/// `stepviz watch <panel>`: one panel, full screen, interactive.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Watch one panel animate, and step through it by hand (? lists the keys).",
        discussion: PanelCommandLine.help(PanelCatalog.standard.entries)
    )

    @OptionGroup var scenario: ScenarioOptions
    @OptionGroup var screen: ScreenOptions
    @OptionGroup var live: LiveRecordingOption

    @Flag(help: "Start paused on the first step.")
    var paused = false

    func run() throws {
        // No panel named: the catalog's first.
        let prepared = try scenario.prepare(defaultPanel: PanelCatalog.standard.names.first)
        let speed = try screen.validatedSpeed()
        let history = try screen.validatedHistory()
        try LiveScreen.run(recording: live, title: "stepviz \(prepared.name)") { capabilities in
            PlaybackScreen(
                playback: prepared.playback(endless: true, speed: speed, paused: paused, history: history),
                capabilities: capabilities)
        }
    }
}
