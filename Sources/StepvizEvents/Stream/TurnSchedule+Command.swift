import StepvizCore

extension TurnSchedule {
    /// The command that replays this schedule on a scene:
    /// `stepviz watch scheduler --scene tasks --ops 'countdown 2; countup 2' --schedule 2,2,2`
    /// (no `--schedule` while it is empty). Words holding blanks or `;`
    /// are single-quoted, so the line pastes into a shell as it is.
    /// What the explorer prints and `:schedule` shows.
    ///
    /// - Complexity: O(*k* + *a*) for *k* steps and *a* argument characters.
    public func command(verb: String = "watch", panel: String, sceneArguments: [String]) -> String {
        let words = ["stepviz", verb, panel] + sceneArguments + (threads.isEmpty ? [] : ["--schedule", commandLine])
        return words.map(Self.shellWord).joined(separator: " ")
    }

    private static func shellWord(_ word: String) -> String {
        word.allSatisfy { $0.isLetter || $0.isNumber || "-_.,/=:".contains($0) } ? word : "'" + word + "'"
    }
}
