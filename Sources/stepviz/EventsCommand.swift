import ArgumentParser
import StepvizEvents
import StepvizRender

/// `stepviz events <panel>`: runs the real library and prints its step
/// events as JSON Lines. Needs no terminal.
struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Print a panel's step events as JSON Lines (no terminal needed).",
        discussion: PanelCommandLine.help(PanelCatalog.standard.entries)
    )

    @OptionGroup var scenario: ScenarioOptions

    func run() throws {
        let prepared = try scenario.prepare()
        var writer = JSONLinesWriter(fileDescriptor: 1)
        prepared.write(to: &writer)
        do {
            try writer.flush()
        } catch {
            throw CommandLineError("cannot write the event stream: \(error)")
        }
    }
}
