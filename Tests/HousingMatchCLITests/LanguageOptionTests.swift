import Foundation
import Testing
@testable import HousingMatchCLI

/// `--lang nl` on the reports: the same match and reasons, in Dutch; the
/// solution file stays English.
@Suite("housing-match --lang")
struct LanguageOptionTests {
    /// The euro sign as Dutch writes it before an amount: with a no-break space, so that "€ 750" never breaks.
    static let euro = "€\u{00A0}"

    @Test("explain --lang nl says why a household is left out in Dutch, rents in euros")
    func explainInDutch() throws {
        let workspace = try Workspace()
        let table = try workspace.run(["explain", ExplainCommandTests.example, "--seeker", "h24", "--lang", "nl",
                                       "--change-solves", "0"])
        try #require(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.hasPrefix("h24 heeft geen plek in Utrecht-Oost, spring.\n"
                                       + "Reden: er is geen woonplek in Houten of Bunnik met een huur van hooguit \(Self.euro)750."),
                "\(table.stdout)")
        #expect(table.stdout.contains("s1 (Houten, huur \(Self.euro)880): huur \(Self.euro)880, meer dan de \(Self.euro)750 die het huishouden kan betalen"),
                "\(table.stdout)")
    }

    @Test("solve --lang nl prints the table in Dutch and writes the solution in English")
    func solveInDutch() throws {
        let workspace = try Workspace()
        let solution = workspace.path("solution.json")
        let table = try workspace.run(["solve", ExplainCommandTests.example, "--lang", "nl", "--output", solution])
        try #require(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("Samenvatting"), "\(table.stdout)")
        #expect(table.stdout.contains("er is geen woonplek in Houten of Bunnik met een huur van hooguit \(Self.euro)750"),
                "\(table.stdout)")
        let written = try String(contentsOfFile: solution, encoding: .utf8)
        #expect(written.contains("no site in Houten or Bunnik at a rent of at most 750"))
    }
}

/// Columns of the text reports stay aligned when cells hold "€ 1.020" (a no-break space, two bytes in UTF-8).
@Suite("Text tables")
struct TextTableTests {
    @Test("cells are padded by characters, so a column with euros lines up")
    func eurosLineUp() {
        var table = TextTable(["huur", "woonplek"])
        table.add(["\(LanguageOptionTests.euro)880", "s1"])
        table.add(["\(LanguageOptionTests.euro)1.020", "s2"])
        table.add(["-", "s3"])
        let lines = table.render(indent: "").split(separator: "\n").map(String.init)
        let columns = lines.map { line in line.distance(from: line.startIndex, to: line.firstIndex(of: "s") ?? line.endIndex) }
        #expect(Set(columns.dropFirst(2)) == [9], "\(lines)")
        #expect(lines[0].firstIndex(of: "w").map { lines[0].distance(from: lines[0].startIndex, to: $0) } == 9)
    }
}
