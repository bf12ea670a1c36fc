#if canImport(Glibc)
import Glibc
#endif
import Foundation
@testable import HousingMatchCLI
@testable import ScenarioIO
import Testing

/// Nothing the user has is overwritten by accident, and writing output never traps.
@Suite("housing-match output safety")
struct OutputSafetyTests {
    static let tiny = CLITests.tiny
    static let variant = CLITests.tinyVariant
    /// A variant of the variant: its base's base is tiny.yaml.
    static let variantOfVariant = """
        base: what-if.yaml
        modify:
          sites:
            - {id: s1, units: 5}

        """

    /// A workspace with tiny.yaml, a link to it, a variant, a variant of that, and an earlier solution.
    static func workspace() throws -> Workspace {
        let workspace = try Workspace()
        let scenario = try workspace.write("tiny.yaml", tiny)
        try FileManager.default.createSymbolicLink(atPath: workspace.path("link.yaml"), withDestinationPath: scenario)
        try FileManager.default.createDirectory(atPath: workspace.path("sub"), withIntermediateDirectories: false)
        _ = try workspace.write("what-if.yaml", variant)
        _ = try workspace.write("sub/second.yaml", "base: ../what-if.yaml\nmodify:\n  sites:\n    - {id: s1, units: 5}\n")
        _ = try workspace.write("earlier.json", "{\"groups\": []}\n")
        return workspace
    }

    /// Every regular file in the folder with its bytes, hidden ones (temporary files) included.
    static func snapshot(_ workspace: Workspace) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = try #require(FileManager.default.enumerator(atPath: workspace.folder.path))
        while let name = enumerator.nextObject() as? String {
            let path = workspace.path(name)
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
            files[name] = try Data(contentsOf: URL(fileURLWithPath: path))
        }
        return files
    }

    // MARK: An output that is an input

    struct OverwriteCase: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        /// What the message must name: the output as given and the input it is.
        var output: String
        var input: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let sweepRange = ["--vary", "sites[s1].units=2...4"]

    @Test("an output that is one of the run's inputs is refused (64) and the input keeps its bytes", arguments: [
        OverwriteCase(arguments: ["solve", "tiny.yaml", "--output", "tiny.yaml"], output: "tiny.yaml", input: "tiny.yaml"),
        OverwriteCase(arguments: ["solve", "tiny.yaml", "--output", "link.yaml"], output: "link.yaml", input: "tiny.yaml"),
        OverwriteCase(arguments: ["solve", "tiny.yaml", "--output", "sub/../tiny.yaml"], output: "sub/../tiny.yaml",
                      input: "tiny.yaml"),
        OverwriteCase(arguments: ["solve", "what-if.yaml", "--output", "tiny.yaml"], output: "tiny.yaml",
                      input: "the base tiny.yaml of what-if.yaml"),
        OverwriteCase(arguments: ["solve", "sub/second.yaml", "--output", "link.yaml"], output: "link.yaml",
                      input: "the base tiny.yaml of what-if.yaml"),
        OverwriteCase(arguments: ["solve", "tiny.yaml", "--keep", "earlier.json", "--output", "earlier.json"],
                      output: "earlier.json", input: "the --keep file earlier.json"),
        OverwriteCase(arguments: ["solve", "tiny.yaml", "--start-from", "earlier.json", "--output", "./earlier.json"],
                      output: "./earlier.json", input: "the --start-from file earlier.json"),
        OverwriteCase(arguments: ["compare", "tiny.yaml", "what-if.yaml", "--output", "what-if.yaml"],
                      output: "what-if.yaml", input: "the variant file what-if.yaml"),
        OverwriteCase(arguments: ["compare", "tiny.yaml", "what-if.yaml", "--output", "link.yaml"],
                      output: "link.yaml", input: "the base file tiny.yaml"),
        OverwriteCase(arguments: ["sweep", "tiny.yaml"] + sweepRange + ["--csv", "link.yaml"],
                      output: "link.yaml", input: "tiny.yaml"),
        OverwriteCase(arguments: ["sweep", "what-if.yaml"] + sweepRange + ["--csv", "tiny.yaml"],
                      output: "tiny.yaml", input: "the base tiny.yaml of what-if.yaml"),
        OverwriteCase(arguments: ["sweep", "tiny.yaml"] + sweepRange + ["--chart", "tiny.yaml"],
                      output: "tiny.yaml", input: "tiny.yaml"),
        OverwriteCase(arguments: ["candidates", "what-if.yaml", "--group", "g1", "--output", "link.yaml"],
                      output: "link.yaml", input: "the base tiny.yaml of what-if.yaml"),
        OverwriteCase(arguments: ["export", "tiny.yaml", "--lp", "link.yaml"], output: "link.yaml", input: "tiny.yaml"),
    ])
    func outputIsAnInput(_ overwrite: OverwriteCase) throws {
        let workspace = try Self.workspace()
        let before = try Self.snapshot(workspace)
        let run = try workspace.run(overwrite.arguments)
        #expect(run.status == 64, "\(run.stderr)")
        #expect(run.stderr.contains(" \(overwrite.output) would overwrite an input of this run, "), "\(run.stderr)")
        #expect(run.stderr.contains(overwrite.input), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(try Self.snapshot(workspace) == before)
    }

    @Test("two outputs naming one file are refused (64)")
    func twoOutputsOneFile() throws {
        let workspace = try Self.workspace()
        let run = try workspace.run(["sweep", "tiny.yaml"] + Self.sweepRange + ["--csv", "points", "--chart", "./points"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("--chart ./points is the file --csv names"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: workspace.path("points")))
    }

    @Test("an empty file name is refused (64)", arguments: [
        ["solve", "tiny.yaml", "--output", ""],
        ["compare", "tiny.yaml", "what-if.yaml", "--output", ""],
        ["sweep", "tiny.yaml", "--vary", "sites[s1].units=2...4", "--csv", ""],
        ["candidates", "tiny.yaml", "--group", "g1", "--output", ""],
        ["generate", "--seekers", "2", "--groups", "1", "--sites", "1", "--providers", "1", "--seed", "1", "--output", ""],
        ["export", "tiny.yaml", "--lp", ""],
    ])
    func emptyFileName(_ arguments: [String]) throws {
        let workspace = try Self.workspace()
        let run = try workspace.run(arguments)
        #expect(run.status == 64)
        #expect(run.stderr.contains("needs a file name"), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    // MARK: Writable, checked before solving

    @Test("an output in a folder that does not exist fails (66) before anything is read or solved", arguments: [
        ["solve", "tiny.yaml", "--verbose", "--output", "missing/match.json"],
        ["compare", "tiny.yaml", "what-if.yaml", "--output", "missing/match.json"],
        ["sweep", "tiny.yaml", "--vary", "sites[s1].units=2...4", "--csv", "missing/match.json"],
        ["explain", "tiny.yaml", "--seeker", "h2", "--output", "missing/match.json"],
        ["generate", "--seekers", "2", "--groups", "1", "--sites", "1", "--providers", "1", "--seed", "1",
         "--output", "missing/match.json"],
        ["export", "tiny.yaml", "--mps", "missing/match.json"],
    ])
    func missingFolder(_ arguments: [String]) throws {
        let workspace = try Self.workspace()
        // Invalid, so that reading it first would exit 65 instead; and solving would log (--verbose) on stderr.
        _ = try workspace.write("tiny.yaml", CLITests.invalid)
        let run = try workspace.run(arguments)
        #expect(run.status == 66, "\(run.stderr)")
        #expect(run.stderrLines == ["housing-match: missing/match.json: cannot be written: no such folder (missing)"])
        #expect(run.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: workspace.path("missing")))
    }

    @Test("an output that is a folder fails (66) and the folder stays")
    func outputIsFolder() throws {
        let workspace = try Self.workspace()
        let run = try workspace.run(["solve", "tiny.yaml", "--output", "sub"])
        #expect(run.status == 66)
        #expect(run.stderrLines == ["housing-match: sub: cannot be written: is a folder, not a file"])
        var isFolder: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: workspace.path("sub"), isDirectory: &isFolder) && isFolder.boolValue)
    }

    // MARK: Permissions and temporary files

    @Test("a new output file is 0600 and nothing else is left in the folder")
    func newOutputIsPrivate() throws {
        let workspace = try Self.workspace()
        let before = try Self.snapshot(workspace)
        let run = try workspace.run(["solve", "tiny.yaml", "--output", "match.json"])
        try #require(run.status == 0, "\(run.stderr)")
        let mode = try FileManager.default.attributesOfItem(atPath: workspace.path("match.json"))[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(Set(try Self.snapshot(workspace).keys) == Set(before.keys).union(["match.json"]))
    }

    @Test("an output replacing a file keeps that file's permissions", arguments: [0o600, 0o644])
    func replacedKeepsMode(_ permissions: Int) throws {
        let workspace = try Self.workspace()
        let output = try workspace.write("match.json", "{}\n")
        try FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: output)
        let run = try workspace.run(["solve", "tiny.yaml", "--output", "match.json"])
        try #require(run.status == 0, "\(run.stderr)")
        let attributes = try FileManager.default.attributesOfItem(atPath: output)
        #expect(attributes[.posixPermissions] as? Int == permissions)
        #expect(try Solution(Data(contentsOf: URL(fileURLWithPath: output))).status == "optimal")
    }

    @Test("an output file that fails partway is a write error (74) naming it")
    func outputDeviceFull() throws {
        try #require(FileManager.default.fileExists(atPath: "/dev/full"))
        let run = try Self.workspace().run(["solve", "tiny.yaml", "--output", "/dev/full"])
        #expect(run.status == 74)
        #expect(run.stderrLines == ["housing-match: /dev/full: cannot be written: No space left on device"])
    }

    // MARK: Standard output

    static let printing: [[String]] = [
        ["solve", "tiny.yaml"],
        ["solve", "tiny.yaml", "--format", "json"],
        ["compare", "tiny.yaml", "what-if.yaml", "--format", "html"],
        ["validate", "tiny.yaml"],
        ["generate", "--seekers", "2", "--groups", "1", "--sites", "1", "--providers", "1", "--seed", "1"],
    ]

    @Test("standard output on a full device is a write error (74), not a trap or a silent success", arguments: printing)
    func stdoutFull(_ arguments: [String]) throws {
        try #require(FileManager.default.fileExists(atPath: "/dev/full"))
        let run = try Self.workspace().run(arguments, shellRedirect: ">/dev/full")
        #expect(run.status == 74, "\(run.stderr)")
        #expect(run.stderrLines.last == "housing-match: cannot write to standard output: No space left on device")
    }

    @Test("a closed standard output is a write error (74)", arguments: printing)
    func stdoutClosed(_ arguments: [String]) throws {
        let workspace = try Self.workspace()
        let before = try Self.snapshot(workspace)
        let run = try workspace.run(arguments, shellRedirect: ">&-")
        #expect(run.status == 74, "\(run.stderr)")
        #expect(run.stderrLines.last == "housing-match: cannot write to standard output: Bad file descriptor")
        #expect(try Self.snapshot(workspace) == before)
    }

    @Test("a closed output with --output writes the file, then fails on the report (74), not into the file")
    func stdoutClosedWithOutput() throws {
        let workspace = try Self.workspace()
        let run = try workspace.run(["solve", "tiny.yaml", "--format", "json", "--output", "match.json"],
                                    shellRedirect: ">&-")
        #expect(run.status == 74)
        let solution = try Solution(Data(contentsOf: URL(fileURLWithPath: workspace.path("match.json"))))
        #expect(solution.status == "optimal")
    }

    @Test("a pipe closed by its reader is a write error (74)")
    func stdoutPipeClosed() throws {
        let run = try Self.workspace().runIntoClosedPipe(["solve", "tiny.yaml", "--format", "json"])
        #expect(run.status == 74, "\(run.stderr)")
        #expect(run.stderrLines.last == "housing-match: cannot write to standard output: Broken pipe")
    }

    // MARK: --time-limit

    static let timeLimitCommands: [[String]] = [
        ["solve", "tiny.yaml"],
        ["compare", "tiny.yaml", "what-if.yaml"],
        ["sweep", "tiny.yaml", "--vary", "sites[s1].units=2...4"],
        ["sensitivity", "tiny.yaml"],
        ["export", "tiny.yaml", "--stage", "2", "--lp", "out.lp"],
    ]

    @Test("--time-limit takes only a positive, finite number of seconds up to 1000000 (64 otherwise)",
          arguments: timeLimitCommands, ["inf", "1e19", "-1", "0", "nan", "1000001", "soon"])
    func timeLimitRefused(_ command: [String], _ value: String) throws {
        let workspace = try Self.workspace()
        let run = try workspace.run(command + ["--time-limit", value])
        #expect(run.status == 64, "\(run.stderr)")
        #expect(run.stderr.contains("The value '\(value)' is invalid for '--time-limit <seconds>': "
                                    + "must be a positive number of seconds, at most 1000000"), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: workspace.path("out.lp")))
    }

    @Test("--time-limit at its maximum is accepted")
    func timeLimitMaximum() throws {
        let run = try Self.workspace().run(["solve", "tiny.yaml", "--time-limit", "1000000"])
        #expect(run.status == 0, "\(run.stderr)")
    }

    // MARK: Signals

    /// The handler installed at start, run in a child process: the registered
    /// temporary file is removed and the process ends with 143.
    @Test("SIGTERM while a temporary file is registered removes it and exits 143")
    func sigtermRemovesTemporaryFile() throws {
        let workspace = try Workspace()
        let temporary = workspace.path(".match.json.pending.tmp")
        try Data("half a match".utf8).write(to: URL(fileURLWithPath: temporary))
        let kept = try workspace.write("match.json", "the old match\n")
        // Statics made now, before the fork: the child may only do what is safe in a signal handler.
        _ = Interruption.requested
        let status: Int32 = try PendingTemporaryFile.writing.withLock { _ in
            #expect(PendingTemporaryFile.register(temporary))
            defer { PendingTemporaryFile.clear() }
            let child = fork()
            try #require(child >= 0)
            if child == 0 {
                // The test runner's thread may block SIGTERM; the handler's setup unblocks it.
                Interruption.installTermination()
                raise(SIGTERM)
                _exit(1)
            }
            var status: Int32 = 0
            while waitpid(child, &status, 0) < 0 && errno == EINTR {}
            return status
        }
        // WIFEXITED and WEXITSTATUS, which Swift does not import.
        #expect(status & 0x7F == 0, "ended by signal \(status & 0x7F)")
        #expect((status >> 8) & 0xFF == 143)
        #expect(!FileManager.default.fileExists(atPath: temporary))
        #expect(try String(contentsOfFile: kept, encoding: .utf8) == "the old match\n")
    }

    /// A pipe nobody reads holds `generate` in its write, until SIGTERM.
    @Test("SIGTERM ends a run waiting to write with 143 and leaves nothing behind", .timeLimit(.minutes(2)))
    func sigtermWhileWriting() throws {
        let workspace = try Workspace()
        let pipe = workspace.path("scenario.json")
        try #require(mkfifo(pipe, 0o600) == 0)
        let process = try workspace.start(["generate", "--seekers", "20", "--groups", "2", "--sites", "2",
                                           "--providers", "1", "--seed", "1", "--output", pipe])
        // Linux names where a process sleeps: opening a pipe for writing waits for a reader.
        let wchan = "/proc/\(process.processIdentifier)/wchan"
        var waiting = false
        for _ in 0..<1200 where process.isRunning {
            if (try? String(contentsOfFile: wchan, encoding: .utf8))?.contains("wait_for_partner") == true {
                waiting = true
                break
            }
            usleep(50_000)
        }
        try #require(waiting, "generate never waited on the pipe")
        kill(process.processIdentifier, SIGTERM)
        // A process that ignores SIGTERM would hold the test for ever: at most a minute, then SIGKILL.
        for _ in 0..<1200 where process.isRunning { usleep(50_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 143)
        let names = try FileManager.default.contentsOfDirectory(atPath: workspace.folder.path)
            .filter { !$0.hasPrefix(".streams-") }
        #expect(names == ["scenario.json"])
    }
}

extension Workspace {
    /// Runs the tool through `/bin/sh` with its stdout redirected (`>/dev/full`, `>&-`); stderr is captured.
    func run(_ arguments: [String], shellRedirect redirect: String) throws -> Run {
        let executable = try #require(CLITestBinary.url, "housing-match not found next to the test bundle")
        return try launch(URL(fileURLWithPath: "/bin/sh"),
                          ["-c", "exec \"$0\" \"$@\" \(redirect)", executable.path] + arguments,
                          standardOutput: FileHandle.nullDevice)
    }

    /// Runs the tool with stdout a pipe whose only reading end is closed.
    func runIntoClosedPipe(_ arguments: [String]) throws -> Run {
        let executable = try #require(CLITestBinary.url, "housing-match not found next to the test bundle")
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        close(ends[0])
        return try launch(executable, arguments,
                          standardOutput: FileHandle(fileDescriptor: ends[1], closeOnDealloc: true))
    }

    /// Starts the tool and returns at once; stdout and stderr go to /dev/null.
    func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = try #require(CLITestBinary.url, "housing-match not found next to the test bundle")
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }
}
