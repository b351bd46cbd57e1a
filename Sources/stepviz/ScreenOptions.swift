import ArgumentParser

/// Options of the screens (`watch`, `record`): how fast, and whether to start paused.
struct ScreenOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: "Steps per second (0.25 to 64).")
    var speed: Double = 3

    @Option(
        parsing: .unconditional,
        help:
            "Steps kept per panel (at least 100); older whole operations are dropped, so a screen left running for days stays in flat memory."
    )
    var history: Int = ScreenOptions.defaultHistory

    /// About four and a half hours at the default speed of 3 steps a second.
    static let defaultHistory = 50_000

    func validatedHistory() throws -> Int {
        guard history >= 100 else {
            throw CommandLineError("history '\(history)' is too short (at least 100 steps)")
        }
        return history
    }

    func validatedSpeed() throws -> Double {
        guard speed.isFinite, (0.25...64).contains(speed) else {
            throw CommandLineError("speed '\(speed.formatted)' is out of range (0.25 to 64 steps per second)")
        }
        return speed
    }
}

extension Double {
    /// `2` rather than `2.0` for whole numbers, so errors echo what was typed.
    var formatted: String {
        rounded() == self && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }
}
