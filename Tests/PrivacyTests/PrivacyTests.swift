import Foundation
import HousingMatch
import LoopbackHTTP
import ScenarioIO
import Testing
import Wording

/// Data minimisation: care data is health data. Without `--with-care-details` (and, in the
/// web workspace, without "Toon zorggegevens") no command on the example prints, logs or
/// writes a household's care type or hours: not in reports, reasons, progress lines, error
/// messages, lists or pages. With the switch they do appear, so the test cannot pass by
/// seeing nothing.
///
/// Not a household's care detail, and so allowed: names (a provider may be called "GGZ Kromme
/// Rijn"), a provider's own care types (what it serves), counts per care type over the whole
/// region (compare's "by care type", sweep's columns), a group's own wishes (which care it
/// accepts), and the JSON solution and scenario files MODEL.md defines.
@Suite("No household's care details without the switch")
struct PrivacyTests {
    static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scenarios")
    static let scenario = Result { try ScenarioLoader.load(path: example.appendingPathComponent("utrecht-oost.yaml").path) }

    // MARK: The commands

    @Test("no command prints or writes a household's care type or hours without --with-care-details")
    func everyCommand() throws {
        let scenario = try Self.scenario.get()
        let folder = try Folder()
        let forbidden = Forbidden(scenario)
        try folder.copyExample()

        // One solve, reused by every command that takes a solution.
        let solved = try folder.run(["solve", "scenario.yaml", "--output", "solution.json"])
        try #require(solved.status == 0, "\(solved.stderr)")
        var seen: [(what: String, text: String)] = [("solve", solved.stdout + solved.stderr)]
        func run(_ arguments: [String], _ what: String? = nil) throws {
            let result = try folder.run(arguments)
            #expect(result.status == 0 || arguments.first == "import", "\(arguments): \(result.stderr)")
            seen.append((what ?? arguments.joined(separator: " "), result.stdout + "\n" + result.stderr))
        }
        try run(["solve", "scenario.yaml", "--lang", "nl"])
        let base = ["--base", "solution.json"]
        let seekers = scenario.seekers.map(\.id.rawValue)
        // Every household's explanation, a few at once.
        let explanations = Concurrent.map(seekers) { id in
            (id, try? folder.run(["explain", "scenario.yaml", "--seeker", id, "--change-solves", "0"] + base))
        }
        for (id, result) in explanations {
            #expect(result?.status == 0, "explain --seeker \(id)")
            seen.append(("explain --seeker \(id)", (result?.stdout ?? "") + "\n" + (result?.stderr ?? "")))
        }
        try run(["explain", "scenario.yaml", "--seeker", seekers[0], "--lang", "nl"] + base)
        for group in scenario.groups.prefix(2) {
            try run(["explain", "scenario.yaml", "--group", group.id.rawValue, "--lang", "nl"] + base)
        }
        try run(["candidates", "scenario.yaml", "--group", scenario.groups[0].id.rawValue, "--top", "5"] + base)
        try run(["site", "scenario.yaml", "--site", scenario.sites[0].id.rawValue, "--lang", "nl"] + base)
        for provider in scenario.providers {
            try run(["placements", "scenario.yaml", "--provider", provider.id.rawValue] + base)
        }
        try run(["compare", "scenario.yaml", "variants/provider-halved.yaml"])
        try run(["compare", "scenario.yaml", "variants/provider-halved.yaml", "--format", "html", "--output", "compare.html"])
        try run(["sweep", "scenario.yaml", "--vary", "providers[\(scenario.providers[0].id)].capacity=2...4:2",
                 "--csv", "sweep.csv"])
        try run(["sensitivity", "scenario.yaml", "--lang", "nl"] + base)
        try run(["validate", "scenario.yaml"])
        try run(["validate", "scenario.yaml", "--lang", "nl"])
        try run(["check", "scenario.yaml", "solution.json"])
        try run(["export", "scenario.yaml", "--lp", "model.lp"])
        try run(["lists", "scenario.yaml", "--solution", "solution.json", "--csv", "list.csv", "--xlsx", "list.xlsx",
                 "--html", "lists", "--lang", "nl"])
        // An import of a spreadsheet with one good row and one mistake in the care columns.
        let template = try folder.run(["import", "--template", "households"])
        let header = template.stdout.split(separator: "\n")[0]
        _ = try folder.write("import.csv", header + "\nh901;Naam;senior;GGZ;zes;nee;€ 800;Houten;;;;;;;\n"
                             + "h902;Naam;senior;ouderenzorg;6;nee;€ 800;Houten;;;;;;;\n")
        try run(["import", "import.csv", "--into", "imported.yaml", "--dry-run"], "import (with a mistake)")

        // What the commands wrote, except JSON solution and scenario files and the model.
        for file in try folder.files() where !["json", "yaml", "lp"].contains(file.pathExtension)
            && file.lastPathComponent != "import.csv" {
            let text = file.pathExtension == "xlsx" ? try Unzipped.text(of: file) : try String(contentsOf: file, encoding: .utf8)
            seen.append((file.lastPathComponent, text))
        }
        for (what, text) in seen {
            for leak in forbidden.leaks(in: Allowed.strip(text, what: what, scenario)) {
                Issue.record("\(what) shows \(leak) without --with-care-details")
            }
        }

        // With the switch, the same commands say them.
        let care = ["--with-care-details"]
        let withCare = try folder.run(["solve", "scenario.yaml"] + care)
        #expect(!forbidden.leaks(in: withCare.stdout).isEmpty, "solve --with-care-details shows no care")
        let cared = try #require(scenario.seekers.first { $0.care != nil && $0.care!.hours > 0 })
        let explained = try folder.run(["explain", "scenario.yaml", "--seeker", cared.id.rawValue, "--change-solves", "0"]
                                       + base + care)
        #expect(explained.stdout.contains(cared.care!.type), "\(explained.stdout)")
        let listed = try folder.run(["lists", "scenario.yaml", "--solution", "solution.json", "--csv", "cared.csv"] + care)
        #expect(listed.status == 0)
        #expect(!forbidden.leaks(in: try String(contentsOf: folder.url("cared.csv"), encoding: .utf8)).isEmpty)
    }

    // MARK: The web workspace

    @Test("the web workspace's pages and its log name no household's care without the switch; with it they do")
    func everyPage() async throws {
        let scenario = try Self.scenario.get()
        let folder = try Folder()
        try folder.copyExample()
        let forbidden = Forbidden(scenario)
        let server = try Served(folder: folder)
        defer { server.stop() }

        // Every unplaced household (whose page says why), a few others, a few groups, every site and provider.
        let solution = try SolutionFiles.loadResult(path: try Self.solve(folder))
        let unplaced = solution.unassigned.map(\.seeker.rawValue)
        let placed = solution.match.groups.compactMap { $0.members.first?.rawValue }.prefix(2)
        var paths = ["/", "/woongroep", "/huishouden", "/woonplek", "/zorgaanbieder", "/wat-als", "/gegevens", "/gegevens/importeren", "/exporteren", "/begrippen"]
        paths += (unplaced + placed).map { "/huishouden/\($0)" }
        paths += scenario.groups.prefix(2).map { "/woongroep/\($0.id.rawValue)" }
        paths += scenario.sites.map { "/woonplek/\($0.id.rawValue)" }
        paths += scenario.providers.map { "/zorgaanbieder/\($0.id.rawValue)" }

        let hidden = CareDetailWords.hiddenCareType(.nl)
        var keptBack = 0, saidWithCare = 0
        for path in paths {
            let off = try await server.page(path, showsCare: false)
            for leak in forbidden.leaks(in: Allowed.page(off, path: path, scenario)) {
                Issue.record("\(path) shows \(leak) with care details off")
            }
            keptBack += off.components(separatedBy: hidden).count - 1
            let on = try await server.page(path, showsCare: true)
            #expect(!on.contains(hidden), "\(path) keeps care back with care details on")
            let said = !forbidden.leaks(in: Allowed.page(on, path: path, scenario)).isEmpty
            // Where a reason kept care back, the same page says it with care shown.
            if off.contains(hidden) { #expect(said, "\(path) says no care with care details on") }
            if said { saidWithCare += 1 }
        }
        // The example has reasons that name a care type: the check above saw them kept back, and said.
        #expect(keptBack > 0)
        #expect(saidWithCare > 0)
        server.stop()
        for leak in forbidden.leaks(in: server.log()) { Issue.record("serve's log shows \(leak)") }
    }

    /// Solves the example into `solution.json` in `folder`, for the pages' list of households.
    static func solve(_ folder: Folder) throws -> String {
        let solved = try folder.run(["solve", "scenario.yaml", "--output", "solution.json"])
        try #require(solved.status == 0)
        return folder.url("solution.json").path
    }
}

// MARK: - What may not be said

/// The words of every household's care: each care type of the scenario, as a code and in the words
/// of both languages, and each household's hours next to "h" or "uur"; built from the scenario, so
/// that a new care type is covered.
struct Forbidden {
    let patterns: [(name: String, regex: NSRegularExpression)]

    init(_ scenario: Scenario) {
        var patterns: [(String, NSRegularExpression)] = []
        let codes = Set(scenario.seekers.compactMap { $0.care?.type })
        var words: Set<String> = []
        for code in codes {
            words.insert(code)
            for language in Language.allCases {
                words.insert(DomainWords.careType(code, in: language))
                words.insert(DomainWords.careTypeShort(code, in: language))
            }
        }
        for word in words.sorted() where !word.isEmpty {
            let pattern = "(?<![\\p{L}\\p{N}-])" + NSRegularExpression.escapedPattern(for: word) + "(?![\\p{L}\\p{N}-])"
            patterns.append(("the care word \"\(word)\"", try! NSRegularExpression(pattern: pattern, options: .caseInsensitive)))
        }
        let hours = Set(scenario.seekers.compactMap { $0.care?.hours })
        for value in hours.sorted() {
            let number = value == value.rounded() ? String(Int(value)) : NumberWording(.en).number(value)
            let dutch = NumberWording(.nl).number(value)
            let either = Set([number, dutch]).map(NSRegularExpression.escapedPattern(for:)).joined(separator: "|")
            // "6 h", "6 uur", "6 hours", but not "h16" nor the hours of help a household offers ("biedt 3 uur hulp").
            let pattern = "(?<![\\p{L}\\p{N}.,])(?:\(either))(?:[.,]0+)?[ \u{A0}]?(?:h|uur|hours?)(?![\\p{L}\\p{N}])"
                + "(?! (?:hulp|of help|help|support))"
            patterns.append(("the hours \"\(number) h\"", try! NSRegularExpression(pattern: pattern, options: .caseInsensitive)))
        }
        self.patterns = patterns
    }

    /// What in `text` tells a household's care, with a little of the text around it.
    func leaks(in text: String) -> [String] {
        let whole = NSRange(text.startIndex..., in: text)
        return patterns.compactMap { name, regex in
            guard let found = regex.firstMatch(in: text, range: whole), let range = Range(found.range, in: text) else { return nil }
            let from = text.index(range.lowerBound, offsetBy: -60, limitedBy: text.startIndex) ?? text.startIndex
            let to = text.index(range.upperBound, offsetBy: 30, limitedBy: text.endIndex) ?? text.endIndex
            return "\(name): …\(text[from..<to].replacingOccurrences(of: "\n", with: "⏎"))…"
        }
    }
}

/// What is not a household's care detail, taken out before the check.
enum Allowed {
    /// Names, and a command's statistics: counts per care type over the whole region, a provider's own care types.
    static func strip(_ text: String, what: String, _ scenario: Scenario) -> String {
        var kept = text
        if what.hasPrefix("compare") {
            // The "by care type" section: households housed per care type over the region.
            kept = paragraphs(of: kept).filter { paragraph in
                !Language.allCases.contains { paragraph.hasPrefix(AnalysisReportWords.byCareType($0)) }
            }.joined(separator: "\n\n")
        }
        if what == "compare.html" {
            kept = kept.replacingOccurrences(of: "<svg[\\s\\S]*?</svg>", with: " ", options: .regularExpression)
            kept = kept.replacingOccurrences(of: "<table class=\"by-care\">[\\s\\S]*?</table>", with: " ", options: .regularExpression)
        }
        if what.hasPrefix("sweep") {
            // A sweep's columns per care type are counts over the region; the first line is the header.
            kept = kept.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.contains("housed") && !$0.contains("no care") }.joined(separator: "\n")
        }
        if what.hasPrefix("placements") {
            // The first line: the provider and what it serves.
            kept = String(kept.drop { $0 != "\n" })
        }
        return withoutNames(kept, scenario)
    }

    /// A page of the web workspace without its head, names, the overview's counts per care type, a
    /// group's own wishes, and on the provider pages the provider's own care types and clients.
    static func page(_ html: String, path: String, _ scenario: Scenario) -> String {
        var text = html
        var allowed = ["<head>[\\s\\S]*?</head>"]
        if path == "/" { allowed.append("<table class=\"counts\">[\\s\\S]*?</table>") }
        if path.hasPrefix("/woongroep/") {
            allowed.append("<dt>" + NSRegularExpression.escapedPattern(for: GroupWords.wishCare(.nl)) + "</dt><dd>[^<]*</dd>")
        }
        if path.hasPrefix("/zorgaanbieder") {
            allowed += ["<table class=\"providers\">[\\s\\S]*?</table>", "<table class=\"placements\">[\\s\\S]*?</table>",
                        "<dl class=\"facts\">[\\s\\S]*?</dl>"]
        }
        for pattern in allowed { text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression) }
        text = text.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
        return withoutNames(text, scenario)
    }

    /// Without names, and without the variant's own description (a provider's capacity for the care it serves).
    static func withoutNames(_ text: String, _ scenario: Scenario) -> String {
        var text = text
        let names = scenario.groups.map(\.name) + scenario.sites.map(\.name) + scenario.providers.map(\.name)
            + [variantDescription]
        for name in names.filter({ !$0.isEmpty }).sorted(by: { $0.count > $1.count }) {
            text = text.replacingOccurrences(of: name, with: " ")
        }
        return text
    }

    static func paragraphs(of text: String) -> [String] { text.components(separatedBy: "\n\n") }

    /// The words the example's variant describes itself with: a provider's change, written by whoever made the variant.
    static let variantDescription: String = {
        let file = PrivacyTests.example.appendingPathComponent("variants/provider-halved.yaml")
        let lines = ((try? String(contentsOf: file, encoding: .utf8)) ?? "").split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0.hasPrefix("description:") }) else { return "" }
        return lines[(start + 1)...].prefix { $0.hasPrefix(" ") }.map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: " ")
    }()
}

// MARK: - Running the tool

/// A temporary folder with the example, and the way to run `housing-match` in it.
final class Folder: Sendable {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("hm-privacy-\(UUID().uuidString.prefix(8))",
                                                                             isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func url(_ name: String) -> URL { root.appendingPathComponent(name) }

    /// The example as `scenario.yaml`, with one variant beside it in `variants/`.
    func copyExample() throws {
        try FileManager.default.copyItem(at: PrivacyTests.example.appendingPathComponent("utrecht-oost.yaml"), to: url("scenario.yaml"))
        try FileManager.default.createDirectory(at: url("variants"), withIntermediateDirectories: true)
        let variant = try String(contentsOf: PrivacyTests.example.appendingPathComponent("variants/provider-halved.yaml"), encoding: .utf8)
        _ = try write("variants/provider-halved.yaml",
                      variant.replacingOccurrences(of: "base: ../utrecht-oost.yaml", with: "base: ../scenario.yaml"))
    }

    func write(_ name: String, _ text: some StringProtocol) throws -> URL {
        try Data(text.utf8).write(to: url(name))
        return url(name)
    }

    /// Every file under the folder.
    func files() throws -> [URL] {
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        return (walker?.allObjects as? [URL] ?? []).filter {
            (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true && !$0.path.contains("/.streams-")
        }
    }

    struct Run: Sendable {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `housing-match` here; output to files, not pipes, so a chatty run cannot block.
    func run(_ arguments: [String]) throws -> Run {
        guard let binary = BuiltTool.housingMatch else { throw LoopbackHTTP.Failure.malformed("no housing-match binary") }
        let streams = root.appendingPathComponent(".streams-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: streams, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: streams) }
        let out = streams.appendingPathComponent("out"), err = streams.appendingPathComponent("err")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = root
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: try String(contentsOf: out, encoding: .utf8),
                   stderr: try String(contentsOf: err, encoding: .utf8))
    }
}

/// `housing-match serve` on a folder, its output kept in files to read afterwards.
final class Served: @unchecked Sendable {
    let address: URL
    private let process: Process
    private let logFiles: [URL]

    init(folder: Folder) throws {
        guard let binary = BuiltTool.housingMatch else { throw LoopbackHTTP.Failure.malformed("no housing-match binary") }
        let out = folder.url("serve.out"), err = folder.url("serve.err")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        logFiles = [out, err]
        process = Process()
        process.executableURL = binary
        process.arguments = ["serve", folder.root.path, "--port", "0"]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        var found: URL?
        while found == nil, Date() < deadline, process.isRunning {
            let printed = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
            if let line = printed.split(separator: "\n").first(where: { $0.hasPrefix("Open in your browser: ") }) {
                found = URL(string: String(line.dropFirst("Open in your browser: ".count)))
            } else {
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
        guard let found else {
            process.terminate()
            throw LoopbackHTTP.Failure.malformed("serve did not print its address")
        }
        address = found
    }

    /// The page at `path` once its answer is there (a progress page reloads itself until then).
    func page(_ path: String, showsCare: Bool) async throws -> String {
        var components = URLComponents(url: address, resolvingAgainstBaseURL: false)!
        components.query = nil
        let url = URL(string: path, relativeTo: components.url!)!.absoluteURL
        let headers = ["Cookie": "hm_zorg=\(showsCare ? 1 : 0)"]
        for _ in 0..<600 {
            let response = try await LoopbackHTTP.request("GET", url, headers: headers)
            #expect(response.status == 200, "\(path)")
            if !response.text.contains("data-job=") { return response.text }
            try await Task.sleep(for: .milliseconds(100))
        }
        Issue.record("\(path) did not answer")
        return ""
    }

    /// What the server printed on stdout and stderr.
    func log() -> String {
        logFiles.map { (try? String(contentsOf: $0, encoding: .utf8)) ?? "" }.joined(separator: "\n")
    }

    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }
}

/// A few runs at once: the explanations of 60 households one after another would take long.
enum Concurrent {
    static func map<T: Sendable, R: Sendable>(_ items: [T], _ body: @Sendable (T) -> R) -> [R] {
        let results = Results<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in results.set(index, body(items[index])) }
        return results.values.map { $0! }
    }

    final class Results<R>: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var values: [R?]
        init(count: Int) { values = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ value: R) { lock.lock(); values[index] = value; lock.unlock() }
    }
}

/// The text of an XLSX file: its XML parts, unzipped with the system's `unzip`.
enum Unzipped {
    static func text(of file: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
        process.arguments = ["-p", file.path]
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("hm-xlsx-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        process.standardOutput = try FileHandle(forWritingTo: output)
        try process.run()
        process.waitUntilExit()
        // Cell text only, without the XML around it.
        return try String(contentsOf: output, encoding: .utf8)
            .replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
    }
}
