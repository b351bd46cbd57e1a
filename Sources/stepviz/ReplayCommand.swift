import ArgumentParser
import Foundation
import StepvizRender

/// `stepviz replay FILE.jsonl|-`: plays a saved event stream in the panel
/// its header names, with every key of `watch` (stepping back included).
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Play a saved event stream (from `stepviz events`) in its panel; - reads standard input."
    )

    @Argument(help: "The .jsonl stream to play, or - for standard input (keys then come from the terminal).")
    var stream: String

    @OptionGroup var screen: ScreenOptions
    @OptionGroup var live: LiveRecordingOption

    @Flag(help: "Start paused on the first step.")
    var paused = false

    func run() throws {
        let speed = try screen.validatedSpeed()
        let prepared = try SavedStreamInput.prepare(stream)
        if stream == "-" { try SavedStreamInput.readKeysFromTerminal() }
        try LiveScreen.run(recording: live, title: "stepviz \(prepared.name)") { capabilities in
            PlaybackScreen(playback: prepared.playback(speed: speed, paused: paused), capabilities: capabilities)
        }
    }
}
