import StepvizEvents

/// A panel and its options read from command-line words through a
/// ``PanelCatalog``: the CLI declares only what every panel shares
/// (`--ops`, `--seed`, the screen's options) and hands the rest here, so
/// a panel's options are declared once, in its entry.
///
///     let line = try PanelCommandLine(["deque", "--maxlen", "3"], catalog: .standard, base: EventRunOptions(seed: 2))
///     line.entry.name        // "deque"
///     line.options.maxlen    // 3
public struct PanelCommandLine {
    /// The panel named (or the default), nil when no panel was named and there is no default.
    public let entry: PanelEntry?
    /// The panel word given (or the default): an entry's name, or one of
    /// the command's own words such as `dashboard`.
    public let panelName: String?
    /// `base` with every panel option given.
    public let options: EventRunOptions

    /// Reads `words`: at most one panel name and any options of the
    /// catalog's panels, `--name value` or `--name=value`, in any order.
    /// Throws naming the bad word: an unknown option or panel, a missing
    /// or malformed value, a second panel, or an option the panel does
    /// not take. A panel is checked against `panels` when given (the
    /// panels a command accepts, e.g. the explorable ones).
    public init(
        _ words: [String], catalog: PanelCatalog, base: EventRunOptions, defaultPanel: String? = nil,
        panels: [PanelEntry]? = nil, alsoAccepting otherWords: Set<String> = []
    ) throws(OperationParseError) {
        var options = base
        var named: String?
        var index = 0
        let known = Dictionary(catalog.allOptions.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        while index < words.count {
            let word = words[index]
            index += 1
            guard word.hasPrefix("--") else {
                if let named {
                    throw OperationParseError("unexpected argument '\(word)' (the panel is already '\(named)')")
                }
                named = word
                continue
            }
            let body = word.dropFirst(2)
            let name = String(body.prefix { $0 != "=" })
            let attached = body.firstIndex(of: "=").map { String(body[body.index(after: $0)...]) }
            guard let option = known[name] else {
                throw OperationParseError("unknown option '--\(name)'")
            }
            if option.kind == .flag {
                if let attached { throw OperationParseError("--\(name) takes no value (got '\(attached)')") }
                options.set(option, .flag)
                continue
            }
            let value: String
            if let attached {
                value = attached
            } else {
                guard index < words.count else { throw OperationParseError("--\(name) needs a value (\(option.usage))") }
                value = words[index]
                index += 1
            }
            options.set(option, try PanelOptionValue(parsing: value, as: option.kind, option: name))
        }
        let accepted = panels ?? catalog.entries
        panelName = named ?? defaultPanel
        if let panel = panelName, !otherWords.contains(panel) {
            guard let entry = accepted.first(where: { $0.name == panel }) else {
                let expected = accepted.map(\.name) + otherWords.sorted()
                throw OperationParseError("unknown panel '\(panel)' (expected one of: \(expected.joined(separator: ", ")))")
            }
            self.entry = entry
        } else {
            entry = nil
        }
        self.options = options
    }

    /// The panels and their own options (less `excluded`, those a command
    /// refuses), as `--help` lists them beside the options every panel shares.
    ///
    ///     heap       a binary heap (heapq): sift-up, sift-down, heapify
    ///     deque      a deque in blocks: both ends, rotation, a bounded length
    ///       --maxlen <n>          bounded length (deque(maxlen=n))
    public static func help(_ entries: [PanelEntry], excluding excluded: Set<PanelOption> = []) -> String {
        let nameWidth = (entries.map(\.name.count).max() ?? 0) + 2
        let usageWidth = (entries.flatMap(\.options).map(\.usage.count).max() ?? 0) + 2
        var lines = ["PANELS:"]
        for entry in entries {
            lines.append("  " + entry.name.padding(toLength: nameWidth) + entry.summary)
            for option in entry.options where !excluded.contains(option) {
                lines.append("    " + option.usage.padding(toLength: usageWidth) + option.help)
            }
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    fileprivate func padding(toLength length: Int) -> String {
        count >= length ? self + " " : self + String(repeating: " ", count: length - count)
    }
}
