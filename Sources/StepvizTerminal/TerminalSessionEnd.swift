/// How an interactive session ended, so the CLI can pick its exit status.
///
///     let end = try session.run(&app)
///     exit(end.exitStatus)   // 0 after q, 130 after Ctrl-C, 143 after SIGTERM
public enum TerminalSessionEnd: Hashable, Sendable {
    /// The app asked to quit (`AppCommand.quit`).
    case quit
    /// A signal (SIGINT, SIGTERM, SIGHUP, SIGQUIT) ended the loop; the
    /// terminal was restored before `run` returned.
    case signal(Int32)

    /// The shell convention: 0 for a normal quit, 128 + the signal number.
    public var exitStatus: Int32 {
        switch self {
        case .quit: 0
        case .signal(let number): 128 + number
        }
    }
}
