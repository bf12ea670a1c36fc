import CGLPKGuard

/// Routes GLPK's terminal output for the length of a solve.
///
/// Verbose output goes to the caller's sink, or to stdout when there is none;
/// otherwise it is swallowed. Either way CGLPKGuard keeps the last couple of
/// kilobytes, so that an error can quote GLPK.
enum GLPKTerminal {
    /// Holds the caller's sink while C holds an unretained pointer to it.
    final class Forwarder: Sendable {
        let sink: @Sendable (String) -> Void
        init(sink: @escaping @Sendable (String) -> Void) { self.sink = sink }
    }

    private static let forward: hmg_output_sink = { context, text in
        guard let context, let text else { return }
        Unmanaged<Forwarder>.fromOpaque(context).takeUnretainedValue().sink(String(cString: text))
    }

    /// Runs `body` with output routed as `verbose` and `sink` ask.
    static func routing<Result, Failure: Error>(
        verbose: Bool,
        sink: (@Sendable (String) -> Void)?,
        _ body: () throws(Failure) -> Result
    ) throws(Failure) -> Result {
        let forwarder = (verbose ? sink : nil).map(Forwarder.init)
        return try withExtendedLifetime(forwarder) { () throws(Failure) -> Result in
            if let forwarder {
                hmg_terminal_begin(forward, Unmanaged.passUnretained(forwarder).toOpaque(), 0)
            } else {
                hmg_terminal_begin(nil, nil, verbose ? 1 : 0)
            }
            defer { hmg_terminal_end() }
            return try body()
        }
    }

    /// The last GLPK output of this thread.
    static var tail: String { String(cString: hmg_terminal_tail()) }
}
