import Foundation
import HousingMatch
import ScenarioIO
import Testing

/// Fuzzing of scenario, variant and match files: malformed and extreme inputs
/// must be refused with every problem placed, or solved with a match the
/// independent checker accepts; never a trap, a hang or a runaway process.
///
/// `HM_FUZZ_CASES` (default ``FuzzSettings/defaultCases``) and `HM_FUZZ_SEED`
/// choose the cases; a failing case is written to `HM_FUZZ_FAILURES`
/// (default `.build/fuzz-failures`) in the corpus format. Cases kept in
/// `Tests/FuzzTests/Corpus/` are replayed first, on every run.
@Suite("Fuzzing", .serialized)
struct FuzzTests {
    @Test("every case kept in the corpus")
    func corpus() throws {
        let entries = try FuzzCorpus.entries()
        var runner = FuzzRunner(settings: .fromEnvironment)
        for (name, entry) in entries {
            runner.run(entry.fuzzCase(name: name), alsoCLI: true, saveFailures: false)
        }
        runner.printSummary(title: "corpus: \(entries.count) cases")
        let failureCount = runner.failures.count
        #expect(failureCount == 0, Comment(rawValue: runner.failureReport))
    }

    @Test("a case is the same from its seed and index")
    func reproducible() {
        let generator = FuzzGenerator(seed: 99) { scenario in
            try? MatchEngine(options: FuzzOracle.solveOptions).solve(scenario)
        }
        for index in 0..<40 {
            let first = generator.makeCase(index: index), second = generator.makeCase(index: index)
            #expect(first.files == second.files, "case 99-\(index)")
            #expect(first.mutations == second.mutations, "case 99-\(index)")
        }
    }

    @Test("generated cases")
    func generated() throws {
        let settings = FuzzSettings.fromEnvironment
        var runner = FuzzRunner(settings: settings)
        runner.reportCrashedCase()
        let generator = FuzzGenerator(seed: settings.seed) { scenario in
            try? MatchEngine(options: FuzzOracle.solveOptions).solve(scenario)
        }
        for index in 0..<settings.cases {
            runner.markInFlight("generating case \(settings.seed)-\(index) (HM_FUZZ_SEED=\(settings.seed))")
            let fuzzCase = generator.makeCase(index: index)
            runner.run(fuzzCase, alsoCLI: index % settings.cliEvery == 0, saveFailures: true)
            if (index + 1) % 5000 == 0 { runner.printProgress(done: index + 1, of: settings.cases) }
        }
        runner.printSummary(title: "seed \(settings.seed): \(settings.cases) cases")
        let peak = FuzzRunner.peakResidentMiB()
        #expect(peak < settings.memoryMiBLimit, "peak RSS \(peak) MiB")
        let failureCount = runner.failures.count
        #expect(failureCount == 0, Comment(rawValue: runner.failureReport))
    }
}

/// What to run, from the environment.
struct FuzzSettings {
    /// Cases in a default run: 48 s in a debug build on two cores (the corpus adds 17 s while its
    /// billion laughs still runs into the 15 s limit).
    static let defaultCases = 2000

    var cases = FuzzSettings.defaultCases
    var seed: UInt64 = 17
    /// Every so many in-process cases also run through the CLI.
    var cliEvery = 40
    var memoryMiBLimit = 2048
    var failureFolder: URL

    static var fromEnvironment: FuzzSettings {
        let environment = ProcessInfo.processInfo.environment
        var settings = FuzzSettings(failureFolder: environment["HM_FUZZ_FAILURES"].map { URL(fileURLWithPath: $0) }
            ?? FuzzCorpus.packageRoot.appendingPathComponent(".build/fuzz-failures"))
        if let cases = environment["HM_FUZZ_CASES"].flatMap(Int.init), cases >= 0 { settings.cases = cases }
        if let seed = environment["HM_FUZZ_SEED"].flatMap(UInt64.init) { settings.seed = seed }
        if let every = environment["HM_FUZZ_CLI_EVERY"].flatMap(Int.init), every > 0 { settings.cliEvery = every }
        return settings
    }
}

/// The kept cases, one JSON file each.
enum FuzzCorpus {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")

    static func entries() throws -> [(String, CorpusEntry)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return try names.filter { $0.hasSuffix(".json") }.sorted().map { name in
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            return (name, try JSONDecoder().decode(CorpusEntry.self, from: data))
        }
    }
}

/// Runs cases, counts what they did, and keeps the failures.
struct FuzzRunner {
    let settings: FuzzSettings
    var oracle: FuzzOracle
    var failures: [(name: String, failure: FuzzFailure)] = []
    var cases = 0, refused = 0, accepted = 0, solved = 0, throughCLI = 0
    var slowest: (name: String, seconds: Double) = ("", 0)
    let start = ContinuousClock.now

    init(settings: FuzzSettings) {
        self.settings = settings
        oracle = FuzzOracle(binary: FuzzBinary.url)
        try? FileManager.default.createDirectory(at: settings.failureFolder, withIntermediateDirectories: true)
    }

    private var inFlight: URL { settings.failureFolder.appendingPathComponent("in-flight.json") }

    mutating func run(_ fuzzCase: FuzzCase, alsoCLI: Bool, saveFailures: Bool) {
        // Should this case end the process, the next run names it.
        try? CorpusEntry(fuzzCase, note: "case \(fuzzCase.name) was running when the test process died")
            .data.write(to: inFlight)
        let outcome = oracle.run(fuzzCase, alsoCLI: alsoCLI)
        try? FileManager.default.removeItem(at: inFlight)
        cases += 1
        if outcome.ranCLI { throughCLI += 1 }
        switch outcome.verdict {
        case .refused: refused += 1
        case .accepted: accepted += 1
        case .solved: accepted += 1; solved += 1
        }
        if outcome.seconds > slowest.seconds { slowest = (fuzzCase.name, outcome.seconds) }
        for failure in outcome.failures { failures.append((fuzzCase.name, failure)) }
        if saveFailures, let first = outcome.failures.min(by: { $0.kind < $1.kind }) {
            let note = outcome.failures.sorted { $0.kind < $1.kind }
                .map { "\($0.kind.rawValue): \(FuzzOracle.clip($0.detail))" }.joined(separator: " / ")
                + " [seed-index \(fuzzCase.name); mutations: " + fuzzCase.mutations.joined(separator: "; ") + "]"
            let file = settings.failureFolder.appendingPathComponent("\(first.kind.rawValue)-\(fuzzCase.name).json")
            try? CorpusEntry(fuzzCase, note: note).data.write(to: file)
        }
    }

    /// Notes what is about to happen, for the next run should the process die.
    func markInFlight(_ note: String) {
        let entry = CorpusEntry(FuzzCase(name: "", kind: .scenario, route: .inProcess, files: [:], scenarioFile: "",
                                         mutations: []), note: note)
        try? entry.data.write(to: inFlight)
    }

    /// A case left in flight by an earlier run that died is a trap: report it once and keep it.
    mutating func reportCrashedCase() {
        guard let data = try? Data(contentsOf: inFlight),
              let entry = try? JSONDecoder().decode(CorpusEntry.self, from: data) else { return }
        let kept = settings.failureFolder.appendingPathComponent("trap-in-process-\(UUID().uuidString.prefix(8)).json")
        try? FileManager.default.moveItem(at: inFlight, to: kept)
        failures.append(("previous run", FuzzFailure(kind: .trap, detail: "\(entry.note); kept as \(kept.path)")))
    }

    func printProgress(done: Int, of total: Int) {
        let seconds = (ContinuousClock.now - start).seconds
        print("fuzz: \(done)/\(total) cases, \(failures.count) failures, \(String(format: "%.0f", seconds)) s, "
              + "peak RSS \(Self.peakResidentMiB()) MiB")
    }

    func printSummary(title: String) {
        let seconds = (ContinuousClock.now - start).seconds
        var byKind: [FailureKind: Int] = [:]
        for entry in failures { byKind[entry.failure.kind, default: 0] += 1 }
        let kinds = byKind.keys.sorted().map { "\($0.rawValue) \(byKind[$0]!)" }.joined(separator: ", ")
        print("""
            fuzz \(title) in \(String(format: "%.1f", seconds)) s: \(accepted) accepted (\(solved) solved), \
            \(refused) refused, \(throughCLI) also through the CLI; failures: \(failures.isEmpty ? "none" : kinds); \
            slowest \(slowest.name) \(String(format: "%.2f", slowest.seconds)) s; \
            peak RSS \(Self.peakResidentMiB()) MiB, of a CLI run \(Self.peakChildResidentMiB()) MiB
            """)
    }

    var failureReport: String {
        var lines = failures.prefix(40).map { entry in
            let detail = FuzzOracle.clip(entry.failure.detail).replacingOccurrences(of: "\n", with: " ⏎ ")
            return "\(entry.name): \(entry.failure.kind.rawValue): \(detail)"
        }
        if failures.count > 40 { lines.append("… and \(failures.count - 40) more") }
        lines.append("Failing cases are in \(settings.failureFolder.path); to keep one, copy its file into "
                     + "Tests/FuzzTests/Corpus/ (it is replayed first on every run).")
        return lines.joined(separator: "\n")
    }

    static func peakResidentMiB() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss / 1024
    }

    static func peakChildResidentMiB() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        return usage.ru_maxrss / 1024
    }
}

/// Where the `housing-match` executable is: in the build products folder that holds the test bundle.
enum FuzzBinary {
    static let url: URL? = locate()

    private static func locate() -> URL? {
        var starts = [Bundle.main.bundleURL]
        if let executable = Bundle.main.executableURL { starts.append(executable.deletingLastPathComponent()) }
        for argument in [CommandLine.arguments.first, ProcessInfo.processInfo.arguments.first].compactMap({ $0 }) {
            starts.append(URL(fileURLWithPath: argument).resolvingSymlinksInPath().deletingLastPathComponent())
        }
        starts.append(FuzzCorpus.packageRoot.appendingPathComponent(".build/debug"))
        for start in starts {
            var folder = start.standardizedFileURL
            for _ in 0..<4 {
                let candidate = folder.appendingPathComponent("housing-match")
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isFolder), !isFolder.boolValue,
                   FileManager.default.isExecutableFile(atPath: candidate.path) {
                    return candidate
                }
                folder.deleteLastPathComponent()
            }
        }
        return nil
    }
}
