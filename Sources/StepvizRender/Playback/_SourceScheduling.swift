import StepvizCore
import StepvizEvents

/// What a playback can ask of a step source whose runs can be scheduled by
/// hand, captured where the source's type is known to be a
/// ``SchedulableSource`` (the playback's constrained initializer), so the
/// playback never has to find that out by a cast at run time.
struct _SourceScheduling<Source: StepSource> {
    let picks: (Source, Int?) -> [Int]
    let scheduled: (Source, [Int], Int?, Bool) throws(OperationParseError) -> Source
    let stop: (Source) -> ScheduleStop?
    let challenge: (Source) -> ScheduleChallenge?
    let outcome: (Source) -> ChallengeOutcome?
    let sceneArguments: (Source) -> [String]
}

extension _SourceScheduling where Source: SchedulableSource {
    init() {
        picks = { $0.picks(through: $1) }
        scheduled = { source, picks, op, stopsAtEnd throws(OperationParseError) in
            try source.scheduled(picks, sceneOf: op, stopsAtEnd: stopsAtEnd)
        }
        stop = { $0.scheduleStop }
        challenge = { $0.challenge }
        outcome = { $0.challengeOutcome }
        sceneArguments = { $0.sceneArguments }
    }
}
