import Foundation
import HousingMatch
import ScenarioIO

/// What went wrong with a case, the most serious first.
enum FailureKind: String, CaseIterable, Comparable {
    /// The process died of a signal (a trap, or memory beyond the limit).
    case trap
    /// The case took longer than the limit.
    case hang
    /// The independent checker rejects a match the engine called optimal or feasible.
    case checkerRejects = "checker-rejects"
    /// The checker's objective differs from the reported one.
    case objectiveMismatch = "objective-mismatch"
    /// The engine's own checker rejected its match (exit 70 from the CLI).
    case inconsistentSolution = "inconsistent-solution"
    /// The solver failed on an accepted scenario.
    case solverError = "solver-error"
    /// An exit code outside the documented set.
    case exitCode = "exit-code"
    /// Anything else the oracle did not expect.
    case unexpected
    /// MODEL.md requires a refusal, and the file was accepted.
    case acceptedInvalid = "accepted-invalid"
    /// A refusal line that names no place (no path, no line).
    case unplacedError = "unplaced-error"
    /// A raw control character in an error message.
    case controlCharacter = "control-character"

    var severity: Int { Self.allCases.firstIndex(of: self)! }

    static func < (a: FailureKind, b: FailureKind) -> Bool { a.severity < b.severity }
}

struct FuzzFailure {
    var kind: FailureKind
    var detail: String
}

/// What running one case showed.
struct CaseOutcome {
    enum Verdict { case refused, accepted, solved }
    var verdict: Verdict = .refused
    var failures: [FuzzFailure] = []
    var seconds: Double = 0
    var ranCLI = false
}

/// Judges cases: in this process through the library, or through the CLI binary.
struct FuzzOracle {
    /// Over this a case is a hang.
    var caseSecondsLimit: Double = 10
    /// The CLI is killed after this many seconds (a solve has a 5 s limit).
    var processSecondsLimit: Double = 15
    /// Virtual memory limit of a CLI run, in KiB.
    var processMemoryKiB = 2 * 1024 * 1024
    var binary: URL?

    static let solveOptions = MatchOptions(timeLimit: 5, threads: 1)
    static let documentedExitCodes: Set<Int32> = [0, 64, 65, 66, 74]

    func run(_ fuzzCase: FuzzCase, alsoCLI: Bool) -> CaseOutcome {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("hm-fuzz-\(getpid())-\(UUID().uuidString)", isDirectory: true)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, data) in fuzzCase.files {
            FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: data)
        }
        let start = ContinuousClock.now
        var outcome = CaseOutcome()
        if fuzzCase.route == .inProcess {
            outcome = inProcess(fuzzCase, folder: folder)
        }
        if fuzzCase.route == .subprocess || alsoCLI, binary != nil {
            let cli = throughCLI(fuzzCase, folder: folder)
            if fuzzCase.route == .subprocess { outcome.verdict = cli.verdict }
            outcome.failures += cli.failures
            outcome.ranCLI = true
        }
        outcome.seconds = (ContinuousClock.now - start).seconds
        if outcome.seconds > caseSecondsLimit + (outcome.ranCLI ? processSecondsLimit : 0) {
            outcome.failures.append(FuzzFailure(kind: .hang, detail: "took \(String(format: "%.1f", outcome.seconds)) s"))
        }
        return outcome
    }

    // MARK: In this process

    private func inProcess(_ fuzzCase: FuzzCase, folder: URL) -> CaseOutcome {
        var outcome = CaseOutcome()
        let scenarioPath = folder.appendingPathComponent(fuzzCase.scenarioFile).path
        let start = ContinuousClock.now
        let scenario: Scenario
        do {
            scenario = try ScenarioLoader.loadWithVariant(path: scenarioPath).scenario
        } catch {
            outcome.failures += Self.judgeRefusal(error)
            if fuzzCase.kind == .match {
                outcome.failures.append(FuzzFailure(kind: .unexpected, detail: "the valid scenario was refused: \(error)"))
            }
            return outcome
        }
        outcome.verdict = .accepted

        if let matchFile = fuzzCase.matchFile {
            let match: Match
            do {
                match = try SolutionFiles.loadMatch(path: folder.appendingPathComponent(matchFile).path)
            } catch {
                outcome.failures += Self.judgeRefusal(error)
                return outcome
            }
            if let reason = fuzzCase.expectedRefusal {
                outcome.failures.append(FuzzFailure(kind: .acceptedInvalid, detail: "match accepted, but \(reason)"))
            }
            let checker = MatchChecker(scenario: scenario)
            _ = checker.violations(of: match)
            _ = checker.objective(of: match)
            return outcome
        }

        if let reason = fuzzCase.expectedRefusal {
            outcome.failures.append(FuzzFailure(kind: .acceptedInvalid, detail: "accepted, but \(reason)"))
        }
        do {
            let result = try MatchEngine(options: Self.solveOptions).solve(scenario)
            outcome.verdict = .solved
            outcome.failures += Self.judge(result, of: scenario)
        } catch let error as InconsistentSolutionError {
            outcome.failures.append(FuzzFailure(kind: .inconsistentSolution, detail: "\(error)"))
        } catch {
            let name = String(describing: type(of: error))
            let kind: FailureKind = name == "SolverError" ? .solverError : .unexpected
            outcome.failures.append(FuzzFailure(kind: kind, detail: "\(name): \(error)"))
        }
        let seconds = (ContinuousClock.now - start).seconds
        if seconds > caseSecondsLimit {
            outcome.failures.append(FuzzFailure(kind: .hang, detail: "solving took \(String(format: "%.1f", seconds)) s"))
        }
        return outcome
    }

    /// A refusal must be a ``ScenarioFileError`` whose every line names a place
    /// and holds no raw control character.
    static func judgeRefusal(_ error: any Error) -> [FuzzFailure] {
        guard let error = error as? ScenarioFileError else {
            return [FuzzFailure(kind: .unexpected, detail: "refused with \(type(of: error)): \(error)")]
        }
        var failures: [FuzzFailure] = []
        switch error {
        case .unreadable:
            break
        case .malformed(_, let line, _, let path, let message):
            // A position inside the message ("6:80: error: ...") names a place too.
            if line == nil, path?.isEmpty ?? true,
               message.range(of: #"\b\d+:\d+\b|line \d+"#, options: .regularExpression) == nil {
                failures.append(FuzzFailure(kind: .unplacedError, detail: "no line and no path: \(clip(message))"))
            }
        case .invalid(_, let issues):
            if issues.isEmpty { failures.append(FuzzFailure(kind: .unplacedError, detail: "refused with no issue")) }
            for issue in issues where issue.issue.path.isEmpty {
                failures.append(FuzzFailure(kind: .unplacedError, detail: "no path: \(clip(issue.issue.message))"))
            }
        }
        // Each of `lines` is printed as one line: a newline in one is a line without a place.
        for line in error.lines where containsControlCharacter(line) || line.contains("\n") {
            failures.append(FuzzFailure(kind: .controlCharacter, detail: clip(line)))
        }
        return failures
    }

    /// For a match, the independent checker must accept it and agree on its objective.
    static func judge(_ result: MatchResult, of scenario: Scenario) -> [FuzzFailure] {
        guard result.hasMatch else { return [] }
        let checker = MatchChecker(scenario: scenario)
        var failures: [FuzzFailure] = []
        let violations = checker.violations(of: result.match)
        if !violations.isEmpty {
            failures.append(FuzzFailure(kind: .checkerRejects, detail: "\(result.status.rawValue), but: "
                + violations.prefix(3).map { "rule \($0.rule.rawValue): \($0.message)" }.joined(separator: "; ")))
        }
        guard let reported = result.objective else {
            return failures + [FuzzFailure(kind: .objectiveMismatch, detail: "\(result.status.rawValue) without objective")]
        }
        let recomputed = checker.objective(of: result.match)
        for (name, a, b) in [("housed", reported.housed, recomputed.housed),
                             ("preference", reported.preference, recomputed.preference)]
            where !agree(a, b, absolute: 1e-6) {
            failures.append(FuzzFailure(kind: .objectiveMismatch, detail: "\(name): reported \(a), checker \(b)"))
        }
        return failures
    }

    static func agree(_ a: Double, _ b: Double, absolute: Double) -> Bool {
        a == b || abs(a - b) <= max(absolute, 1e-6 * max(abs(a), abs(b)))
    }

    /// Whether a line of the CLI's error output says where: `file:12:5: ...`,
    /// `seekers[3].maxRent (line 9): ...`, `file: groups[0].id: ...`, or, for a
    /// file that cannot be read, the file.
    static func namesPlace(_ line: String, unreadable: Bool) -> Bool {
        var rest = Substring(line)
        if let file = line.range(of: #"^\S*\.(json|yaml|yml)"#, options: .regularExpression) {
            if unreadable { return true }
            rest = line[file.upperBound...]
            if rest.range(of: #"^:\d+"#, options: .regularExpression) != nil { return true }
            guard rest.hasPrefix(": ") else { return false }
            rest = rest.dropFirst(2)
        }
        if rest.range(of: #"^([A-Za-z_][\w]*|\[\d+\])(\[\d+\]|\.[\w]+)*( \(lines? [\d, and]+\))?: "#,
                      options: .regularExpression) != nil {
            return true
        }
        return rest.range(of: #"\b\d+:\d+\b|line \d+"#, options: .regularExpression) != nil
    }

    static func containsControlCharacter(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.generalCategory == .control && $0 != "\n" }
    }

    static func clip(_ text: String) -> String {
        text.count > 300 ? String(text.prefix(300)) + "…" : text
    }

    // MARK: Through the CLI

    struct ProcessRun {
        var status: Int32
        var signalled: Bool
        var timedOut: Bool
        var stdout: String
        var stderr: String
    }

    private func throughCLI(_ fuzzCase: FuzzCase, folder: URL) -> CaseOutcome {
        var outcome = CaseOutcome()
        let scenario = fuzzCase.scenarioFile
        func step(_ arguments: [String], allowed: Set<Int32>) -> ProcessRun? {
            guard let run = runCLI(arguments, in: folder) else {
                outcome.failures.append(FuzzFailure(kind: .unexpected, detail: "cannot start housing-match"))
                return nil
            }
            let command = "housing-match " + arguments.joined(separator: " ")
            if run.timedOut {
                outcome.failures.append(FuzzFailure(kind: .hang, detail: "\(command): killed after \(Int(processSecondsLimit)) s"))
                return nil
            }
            if run.signalled {
                let lines = run.stderr.split(separator: "\n")
                let reason = lines.first { $0.contains("Fatal error") || $0.contains("runtime failure") }
                    .map { [$0] } ?? Array(lines.prefix(2))
                outcome.failures.append(FuzzFailure(kind: .trap, detail: "\(command): signal \(run.status); "
                    + Self.clip(reason.joined(separator: " | "))))
                return nil
            }
            if !allowed.contains(run.status) {
                let kind: FailureKind = run.status != 70 ? .exitCode
                    : run.stderr.contains("the solver failed") ? .solverError : .inconsistentSolution
                outcome.failures.append(FuzzFailure(kind: kind,
                    detail: "\(command): exit \(run.status); " + Self.clip(run.stderr)))
                return nil
            }
            if run.status == 65 || run.status == 66 {
                for line in run.stderr.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) {
                    if Self.containsControlCharacter(line) {
                        outcome.failures.append(FuzzFailure(kind: .controlCharacter, detail: "\(command): \(Self.clip(line))"))
                    }
                    if !line.hasPrefix("warning"), !Self.namesPlace(line, unreadable: run.status == 66) {
                        outcome.failures.append(FuzzFailure(kind: .unplacedError, detail: "\(command): \(Self.clip(line))"))
                    }
                }
            }
            return run
        }

        if let matchFile = fuzzCase.matchFile {
            guard let check = step(["check", scenario, matchFile], allowed: [0, 65, 66]) else { return outcome }
            outcome.verdict = check.status == 0 ? .accepted : .refused
            if check.status == 0, let reason = fuzzCase.expectedRefusal {
                outcome.failures.append(FuzzFailure(kind: .acceptedInvalid, detail: "check accepted the match, but \(reason)"))
            }
            return outcome
        }

        guard let validate = step(["validate", scenario], allowed: Self.documentedExitCodes) else { return outcome }
        guard validate.status == 0 else { return outcome }
        outcome.verdict = .accepted
        if let reason = fuzzCase.expectedRefusal {
            outcome.failures.append(FuzzFailure(kind: .acceptedInvalid, detail: "validate accepted, but \(reason)"))
        }
        guard step(["solve", scenario, "--time-limit", "5", "--threads", "1", "--output", "solution.json"],
                   allowed: [0]) != nil else { return outcome }
        outcome.verdict = .solved
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent("solution.json").path),
              let solution = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let status = solution["status"] as? String else {
            outcome.failures.append(FuzzFailure(kind: .unexpected, detail: "solve wrote no readable solution.json"))
            return outcome
        }
        guard status == "optimal" || status == "feasible" else {
            if MatchStatus(rawValue: status) == nil {
                outcome.failures.append(FuzzFailure(kind: .unexpected, detail: "unknown status \(status)"))
            }
            return outcome
        }
        guard let check = step(["check", scenario, "solution.json"], allowed: [0]) else { return outcome }
        if !check.stdout.contains("The match meets every rule.") {
            outcome.failures.append(FuzzFailure(kind: .checkerRejects, detail: "\(status), but check says: "
                + Self.clip(check.stdout.split(separator: "\n").prefix(4).joined(separator: " | "))))
        }
        // check prints numbers with two decimals.
        let objective = solution["objective"] as? [String: Any]
        let housedLine = check.stdout.split(separator: "\n").first { $0.hasPrefix("Households housed: ") }
        let printedHoused = housedLine.flatMap { $0.range(of: " (") }.map { housedLine![$0.upperBound...] }
        for (name, text) in [("housed", printedHoused), ("preference", check.stdout.range(
            of: "Fit with wishes (preferred groups, shared values): ").map { check.stdout[$0.upperBound...] })] {
            guard let reported = (objective?[name] as? NSNumber)?.doubleValue, let text else { continue }
            let rest = text.prefix { "0123456789.-e+".contains($0) }
            if let printed = Double(rest), !Self.agree(reported, printed, absolute: 0.006) {
                outcome.failures.append(FuzzFailure(kind: .objectiveMismatch,
                                                    detail: "\(name): solve reported \(reported), check \(printed)"))
            }
        }
        return outcome
    }

    /// Runs the binary under `ulimit -v`, killed after the time limit.
    func runCLI(_ arguments: [String], in folder: URL) -> ProcessRun? {
        guard let binary else { return nil }
        let outURL = folder.appendingPathComponent(".stdout"), errURL = folder.appendingPathComponent(".stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        guard let out = try? FileHandle(forWritingTo: outURL), let err = try? FileHandle(forWritingTo: errURL) else {
            return nil
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -v \(processMemoryKiB); exec \"$0\" \"$@\"", binary.path] + arguments
        process.currentDirectoryURL = folder
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do { try process.run() } catch { return nil }
        var timedOut = false
        if finished.wait(timeout: .now() + processSecondsLimit) == .timedOut {
            timedOut = true
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
        }
        try? out.close()
        try? err.close()
        let stdout = (try? Data(contentsOf: outURL)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        let stderr = (try? Data(contentsOf: errURL)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        return ProcessRun(status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
                          timedOut: timedOut, stdout: stdout, stderr: stderr)
    }
}

extension Duration {
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) * 1e-18
    }
}
