import Foundation
import Testing

/// `--lang nl` on the reports: the same match and reasons, in Dutch; the
/// solution file stays English.
@Suite("housing-match --lang")
struct LanguageOptionTests {
    @Test("explain --lang nl says why a household is left out in Dutch, rents in euros")
    func explainInDutch() throws {
        let workspace = try Workspace()
        let table = try workspace.run(["explain", ExplainCommandTests.example, "--seeker", "h24", "--lang", "nl",
                                       "--change-solves", "0"])
        try #require(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.hasPrefix("h24 heeft geen plek in Utrecht-Oost, spring.\n"
                                       + "Reden: er is geen woonplek in Houten of Bunnik met een huur van hooguit € 750."),
                "\(table.stdout)")
        #expect(table.stdout.contains("s1 (Houten, huur € 880): huur € 880, meer dan de € 750 die het huishouden kan betalen"),
                "\(table.stdout)")
    }

    @Test("solve --lang nl prints the table in Dutch and writes the solution in English")
    func solveInDutch() throws {
        let workspace = try Workspace()
        let solution = workspace.path("solution.json")
        let table = try workspace.run(["solve", ExplainCommandTests.example, "--lang", "nl", "--output", solution])
        try #require(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("Samenvatting"), "\(table.stdout)")
        #expect(table.stdout.contains("er is geen woonplek in Houten of Bunnik met een huur van hooguit € 750"),
                "\(table.stdout)")
        let written = try String(contentsOfFile: solution, encoding: .utf8)
        #expect(written.contains("no site in Houten or Bunnik at a rent of at most 750"))
    }
}
