import StepvizEvents
import StepvizRender

/// The panel argument and its options as every command reads them, through
/// the one catalog.
enum PanelArguments {
    /// `heap, deque, lru, locks or scheduler`, for the help texts.
    static var helpList: String {
        let names = PanelCatalog.names
        return names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
    }

    /// Checks `panel` and every option for it, parsing `--ops`; runs nothing.
    static func prepare(_ panel: String, _ scenario: ScenarioOptions) throws(CommandLineError) -> PreparedPanel {
        do {
            return try PanelCatalog.prepare(panel: panel, options: scenario.eventRunOptions)
        } catch {
            throw CommandLineError(error.message)
        }
    }
}
