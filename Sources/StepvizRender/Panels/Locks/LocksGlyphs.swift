/// The marks of the thread lanes and the philosophers' table, Unicode or
/// ASCII as the terminal allows.
extension Glyphs {
    /// A step where the thread ran holding nothing.
    var laneIdle: Character { self == .unicode ? "─" : "-" }
    /// A step where the thread held two or more locks.
    var laneHoldsSeveral: Character { self == .unicode ? "◆" : "*" }
    /// The step where the thread's body returned.
    var laneFinished: Character { self == .unicode ? "✓" : "v" }
    /// A deadlock victim releasing and backing off.
    var laneVictim: Character { self == .unicode ? "✗" : "X" }
    /// A thread refused for asking out of rank order.
    var laneViolation: Character { "!" }
    /// The rim of the philosophers' table.
    var tableRim: Character { self == .unicode ? "·" : "." }
}
