import ArgumentParser
import HousingMatch
import LinearProgramming
import ScenarioIO

/// The tool's exit codes (sysexits.h numbers), documented in `--help` and the README.
enum ExitCodes {
    /// A bad option, or an output that is one of the run's inputs (ArgumentParser's own code).
    static let usage = ExitCode.validationFailure
    /// The scenario or solution file is invalid.
    static let invalidInput = ExitCode(65)
    /// A file cannot be read, or an output file cannot be made (checked before solving).
    static let unreadable = ExitCode(66)
    /// Writing failed partway: standard output or an output file (a full disk, a closed pipe).
    static let ioError = ExitCode(74)
    /// The solver failed.
    static let solverFailed = ExitCode(70)

    /// The exit code for a file error, after printing every problem to stderr.
    static func report(_ error: ScenarioFileError) -> ExitCode {
        for line in error.lines { StandardError.print(line) }
        switch error {
        case .unreadable: return unreadable
        case .malformed, .invalid: return invalidInput
        }
    }

    /// The exit code for an output file that cannot be written, after saying why on stderr.
    static func report(_ error: OutputFileError) -> ExitCode {
        StandardError.print("housing-match: \(error)")
        switch error.kind {
        case .cannotCreate: return unreadable
        case .writeFailed: return ioError
        }
    }

    /// Runs solver work; a solver failure or a match the checker rejects is
    /// printed (after `cleanup`, which clears a progress line) and ends with
    /// `solverFailed`. Any other error passes through. `file` names the
    /// scenario in the message when several are solved.
    static func solving<Result>(file: String? = nil, cleanup: () -> Void = {}, _ work: () throws -> Result) throws -> Result {
        do {
            return try work()
        } catch let error as SolverError {
            cleanup()
            StandardError.print("housing-match: the solver failed" + (file.map { " on \($0)" } ?? "") + ": \(error)")
            throw solverFailed
        } catch let error as InconsistentSolutionError {
            cleanup()
            StandardError.print("housing-match: " + (file.map { "\($0): " } ?? "") + "\(error)")
            throw solverFailed
        }
    }
}
