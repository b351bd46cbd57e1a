import Foundation
import StepvizRender
import StepvizTerminal

/// Runs a screen live on the terminal, the one way `watch`, `replay` and
/// the dashboard do it: the terminal checked, the `--record` file opened
/// (after the check, before the screen opens), the app built for what the
/// terminal can show, run until it quits, and a signal's exit status kept.
enum LiveScreen {
    static func run<App: TerminalApp>(
        recording live: LiveRecordingOption, title: String, app makeApp: (DisplayCapabilities) -> App
    ) throws(CommandLineError) {
        let session: TerminalSession
        do {
            session = try TerminalSession()
        } catch {
            throw CommandLineError(error.message)
        }
        let recording = try live.open(title: title)
        var app = makeApp(session.capabilities)
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
