import Foundation
import LoopbackHTTP
import HousingMatch
import MatchExport
import ScenarioIO
import SpreadsheetImport
import Testing

@Suite("housing-match lists")
struct ListsCommandTests {
    /// A folder of its own with the example scenario, removed afterwards.
    final class Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("housing-match-lists-\(UUID().uuidString)")
        init() throws {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: Example.scenarioPath, toPath: path("scenario.yaml"))
        }
        deinit { try? FileManager.default.removeItem(at: url) }
        func path(_ name: String) -> String { url.appendingPathComponent(name).path }
        func text(_ name: String) -> String { String(decoding: FileManager.default.contents(atPath: path(name)) ?? Data(), as: UTF8.self) }

        func run(_ arguments: [String]) throws -> (status: Int32, stderr: String) {
            let process = Process()
            process.executableURL = try #require(BuiltTool.housingMatch, "housing-match not found next to the test bundle")
            process.arguments = arguments
            process.currentDirectoryURL = url
            let errors = url.appendingPathComponent(".stderr-\(UUID().uuidString)")
            _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
            let handle = try FileHandle(forWritingTo: errors)
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = handle
            try process.run()
            process.waitUntilExit()
            try handle.close()
            defer { try? FileManager.default.removeItem(at: errors) }
            return (process.terminationStatus, String(decoding: try Data(contentsOf: errors), as: UTF8.self))
        }
    }

    @Test("Writes CSV, XLSX and lists; names from a key file; care details only when asked")
    func writesFiles() throws {
        let folder = try Folder()
        // The key file as `import --key-file` keeps it: names stay beside the spreadsheet, never in the scenario.
        try PseudonymKey(entries: [.init(id: "h01", name: "Jansen-Achternaam", email: "jansen@example.org")])
            .save(path: folder.path("sleutel.csv"))
        let run = try folder.run(["lists", "scenario.yaml", "--lang", "nl", "--csv", "match.csv", "--xlsx", "match.xlsx",
                                  "--html", "lijsten", "--names", "sleutel.csv"])
        #expect(run.status == 0, "\(run.stderr)")
        let csv = folder.text("match.csv")
        #expect(csv.hasPrefix("\u{FEFF}Huishouden;Naam;Woongroep;"))
        #expect(csv.contains("Jansen-Achternaam"))
        #expect(csv.components(separatedBy: "\r\n").count - 2 == Example.scenario.seekers.count)
        for word in Example.careWords { #expect(!csv.contains(word)) }
        #expect(!run.stderr.contains("Jansen"))
        #expect(!csv.contains("jansen@example.org"), "contact details stay in the key file")
        let parts = try SpreadsheetWriterTests.parts(of: try Data(contentsOf: URL(fileURLWithPath: folder.path("match.xlsx"))))
        let workbook = try #require(parts["xl/workbook.xml"])
        for group in Example.result.match.groups {
            let name = Example.scenario.groups.first { $0.id == group.id }!.displayName
            #expect(workbook.contains("name=\"\(name)\""))
        }
        let lists = try FileManager.default.contentsOfDirectory(atPath: folder.path("lijsten"))
        #expect(lists.contains("woongroep-g1.html") && lists.contains("alle-zorgaanbieders.html"))

        // Again with care details: the command replaces its own files.
        let again = try folder.run(["lists", "scenario.yaml", "--lang", "nl", "--csv", "match.csv", "--html", "lijsten",
                                    "--with-care-details"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(folder.text("match.csv").contains("Zorgsoort"))
        #expect(Example.careWords.contains { folder.text("match.csv").contains($0) })
    }

    @Test("Refuses to replace a file it did not write, unless --force")
    func refusesForeignFiles() throws {
        let folder = try Folder()
        try Data("budget;2026\n".utf8).write(to: URL(fileURLWithPath: folder.path("begroting.csv")))
        try Data("not a workbook".utf8).write(to: URL(fileURLWithPath: folder.path("begroting.xlsx")))
        for (option, file) in [("--csv", "begroting.csv"), ("--xlsx", "begroting.xlsx")] {
            let run = try folder.run(["lists", "scenario.yaml", option, file])
            #expect(run.status == 64, "\(run.stderr)")
            #expect(run.stderr.contains("--force"))
        }
        #expect(folder.text("begroting.csv") == "budget;2026\n")
        try FileManager.default.createDirectory(atPath: folder.path("lists"), withIntermediateDirectories: true)
        try Data("<p>mine</p>".utf8).write(to: URL(fileURLWithPath: folder.path("lists/group-g1.html")))
        let html = try folder.run(["lists", "scenario.yaml", "--html", "lists", "--group", "g1"])
        #expect(html.status == 64)
        #expect(folder.text("lists/group-g1.html") == "<p>mine</p>")
        // The scenario itself is never an output.
        let input = try folder.run(["lists", "scenario.yaml", "--csv", "scenario.yaml", "--force"])
        #expect(input.status == 64)
        let forced = try folder.run(["lists", "scenario.yaml", "--csv", "begroting.csv", "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(folder.text("begroting.csv").hasPrefix("\u{FEFF}Household,"))
    }

    @Test("Takes the match from a solution file; an unknown group is refused")
    func fromSolution() throws {
        let folder = try Folder()
        try SolutionFiles.json(Example.result).write(to: URL(fileURLWithPath: folder.path("solution.json")))
        let run = try folder.run(["lists", "scenario.yaml", "--solution", "solution.json", "--csv", "out.csv"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(folder.text("out.csv").components(separatedBy: "\r\n").count - 2 == Example.scenario.seekers.count)
        let unknown = try folder.run(["lists", "scenario.yaml", "--solution", "solution.json", "--html", "l", "--group", "nope"])
        #expect(unknown.status == 64)
    }
}

