import ArgumentParser
import Foundation
import StepvizRender
import StepvizTerminal

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
        let session: TerminalSession
        do {
            session = try TerminalSession()
        } catch {
            throw CommandLineError(error.message)
        }
        // The file is opened once the terminal is known to work, before the screen opens.
        let recording = try live.open(title: "stepviz \(panel)")
        var app = PanelScreen(playback: prepared.playback(endless: true, speed: speed, paused: paused, history: history),
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
