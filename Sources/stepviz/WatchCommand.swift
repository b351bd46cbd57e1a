import ArgumentParser
import Foundation
import StepvizRender

/// `stepviz watch <panel>`: one panel, full screen, interactive.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Watch one panel animate, and step through it by hand (? lists the keys)."
    )

    @Argument(help: ArgumentHelp("\(PanelArguments.helpList)."))
    var panel: String = "heap"

    @OptionGroup var scenario: ScenarioOptions
    @OptionGroup var screen: ScreenOptions
    @OptionGroup var live: LiveRecordingOption

    @Flag(help: "Start paused on the first step.")
    var paused = false

    func run() throws {
        let prepared = try PanelArguments.prepare(panel, scenario)
        let speed = try screen.validatedSpeed()
        let history = try screen.validatedHistory()
        try LiveScreen.run(recording: live, title: "stepviz \(panel)") { capabilities in
            PlaybackScreen(playback: prepared.playback(endless: true, speed: speed, paused: paused, history: history),
                        capabilities: capabilities)
        }
    }
}
