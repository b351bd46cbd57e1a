/// The markers a recording writes: one per library operation of each
/// panel, as the cursor passes it (several at once when a frame passes over
/// short operations at high speed), naming the panel when there are several.
/// The headless recorder and the live one share it.
///
///     var marks = OperationMarks()
///     marks.passed(in: app.playbacks)    // ["op 1: push 3"] once op 1 starts
///
/// In "you schedule" a panel's run is replaced at every pick (the scene run
/// again one step longer): each pick gets a marker with the `--schedule`
/// that replays the run so far, and the replayed prefix gets none.
struct OperationMarks {
    private var last: [Int?] = []
    private var schedules: [[Int]?] = []

    /// The labels of the operations passed since the last call, in order.
    mutating func passed(in playbacks: [any PanelPlaying]) -> [String] {
        if last.count != playbacks.count {
            last = playbacks.map { _ in nil }
            schedules = playbacks.map { _ in nil }
        }
        var labels: [String] = []
        for (index, playback) in playbacks.enumerated() {
            let picks = playback.handSchedule?.picks
            if picks != schedules[index] {
                schedules[index] = picks
                if let hand = playback.handSchedule {
                    let label = "you schedule \(hand.scheduleArgument)"
                    labels.append(playbacks.count == 1 ? label : "\(playback.name) \(label)")
                }
                // A new run: its operations count from its own start.
                last[index] = playback.currentOperation
                continue
            }
            guard let operation = playback.currentOperation, operation > (last[index] ?? -1) else { continue }
            // Operations forgotten by a bounded history get no marker.
            let first = Swift.max((last[index] ?? -1) + 1, playback.firstKeptOperation)
            for passed in first...operation {
                let label = "op \(passed + 1): \(playback.operationLabel(passed))"
                labels.append(playbacks.count == 1 ? label : "\(playback.name) \(label)")
            }
            last[index] = operation
        }
        return labels
    }
}
