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
            if let recording {
                let outcome = try session.run(&app, mirroringTo: recording)
                LiveRecordingOption.report(outcome.mirrorFailure)
                end = outcome.end
            } else {
                end = try session.run(&app)
            }
        } catch {
            throw CommandLineError(error.message)
        }
        if end.exitStatus != 0 { Foundation.exit(end.exitStatus) }
    }
}
