extension LocksPanel: PanelView {
    public typealias Model = LocksPanelModel
    public static var name: String { "locks" }

    /// `locks deadlock!` while the cycle is reported, `locks T1 refused x`
    /// at a violation, else what the thread whose turn it is does:
    /// `locks T2 waits x`, `locks T1 holds x y`, `locks T1 runs`, and
    /// `locks done` once every thread has ended.
    public static func summary(_ model: LocksPanelModel, glyphs: Glyphs) -> String {
        guard model.scene != nil else { return "locks" }
        if model.isDeadlockCurrent { return "locks deadlock!" }
        if let violation = model.violation, model.isViolationCurrent {
            return "locks T\(violation.thread) refused \(shortName(violation.lock))"
        }
        guard let thread = model.currentThread else { return "locks \(model.scene!.name)" }
        switch model.cell(of: thread, at: model.operationIndex) {
        case .waiting(let lock, _, _): return "locks T\(thread) waits \(shortName(lock))"
        case .holding(let locks): return "locks T\(thread) holds " + locks.map(shortName).joined(separator: " ")
        case .backingOff: return "locks T\(thread) backs off"
        case .idle: return "locks T\(thread) runs"
        case .finished, .aborted, .gone:
            let state = model.state
            if state.running.isEmpty && state.blocked.isEmpty {
                return "locks done \(state.finished.count) ok \(state.aborted.count) aborted"
            }
            return "locks T\(thread) ends"
        }
    }
}
