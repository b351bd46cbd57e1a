import ArgumentParser
import StepvizEvents
import StepvizRender

/// `stepviz events <panel>`: runs the real library and prints its step
/// events as JSON Lines. Needs no terminal.
struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Print a panel's step events as JSON Lines (no terminal needed)."
    )

    @Argument(help: ArgumentHelp("\(PanelArguments.helpList)."))
    var panel: String

    @OptionGroup var scenario: ScenarioOptions

    func run() throws {
        let prepared = try PanelArguments.prepare(panel, scenario)
        var writer = JSONLinesWriter(fileDescriptor: 1)
        prepared.write(to: &writer)
        do {
            try writer.flush()
        } catch {
            throw CommandLineError("cannot write the event stream: \(error)")
        }
    }
}
