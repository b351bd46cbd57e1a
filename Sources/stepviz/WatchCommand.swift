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

    @Argument(help: "heap.")
    var panel: String = "heap"

    @OptionGroup var scenario: ScenarioOptions
    @OptionGroup var screen: ScreenOptions

    @Flag(help: "Start paused on the first step.")
    var paused = false

    func run() throws {
        try PanelScreens.checkHasScreen(panel)
        let speed = try screen.validatedSpeed()
        let makeSource = try PanelScreens.heapSource(scenario: scenario, demoLimit: nil)
        let session: TerminalSession
        do {
            session = try TerminalSession()
        } catch {
            throw CommandLineError(error.message)
        }
        var app = WatchApp<HeapScene, HeapPanel>(
            seed: scenario.seed, speed: speed, paused: paused, capabilities: session.capabilities,
            makeSource: makeSource)
        let end: TerminalSessionEnd
        do {
            end = try session.run(&app)
        } catch {
            throw CommandLineError(error.message)
        }
        if end.exitStatus != 0 { Foundation.exit(end.exitStatus) }
    }
}
