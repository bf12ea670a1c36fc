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

    @Test("candidates --lang nl: Dutch headings, columns and sentences; the default stays English")
    func candidatesInDutch() throws {
        let workspace = try Workspace()
        let dutch = try workspace.run(["candidates", ExplainCommandTests.example, "--group", "g2", "--top", "2", "--lang", "nl"])
        try #require(dutch.status == 0, "\(dutch.stderr)")
        #expect(dutch.stdout.hasPrefix("g2 (Hofje aan de Laan) ontstaat in de beste match op s2, met h03 (oprichter"), "\(dutch.stdout)")
        #expect(dutch.stdout.contains("huishouden  zorg  passing  keuze"), "\(dutch.stdout)")
        #expect(dutch.stdout.contains("Als h30 bij g2 komt:\n  - h30 schuift door van g4 (Groen Wonen Bunnik) naar g2 (Hofje aan de Laan)"),
                "\(dutch.stdout)")
        #expect(dutch.stdout.contains("g2 (Hofje aan de Laan) was vol; om plaats te maken gaat h42 eruit"), "\(dutch.stdout)")
        let english = try workspace.run(["candidates", ExplainCommandTests.example, "--group", "g2", "--top", "2"])
        try #require(english.status == 0, "\(english.stderr)")
        #expect(english.stdout.hasPrefix("g2 (Hofje aan de Laan) forms at s2 in the best match, with h03 (founder"), "\(english.stdout)")
        #expect(english.stdout.contains("seeker  care  fit   choice"), "\(english.stdout)")
        #expect(english.stdout.contains("g2 (Hofje aan de Laan) was full, so to make room h42 leaves it"), "\(english.stdout)")
    }

    @Test("explain --group --lang nl: the rules that hold a full group back and the changes tried, in Dutch")
    func groupInDutch() throws {
        let run = try Workspace().run(["explain", ExplainCommandTests.example, "--group", "g3", "--lang", "nl"])
        try #require(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Waarom het niet groter is:\n  - neemt s3 met 10 woningen: vol (10 van 10)\n"
                                    + "  - hooguit 10 leden: vol (10 van 10)"), "\(run.stdout)")
        #expect(run.stdout.contains("wijziging"), "\(run.stdout)")
        #expect(run.stdout.contains("g3 neemt tot 11 leden op"), "\(run.stdout)")
        #expect(!run.stdout.contains("members"), "\(run.stdout)")
    }

    @Test("site --lang nl: the site's facts with its rent in euros, what it lacks, and why other groups are out, in Dutch")
    func siteInDutch() throws {
        let run = try Workspace().run(["site", ExplainCommandTests.example, "--site", "s6", "--lang", "nl"])
        try #require(run.status == 0, "\(run.stderr)")
        // The space after € is the catalogue's own (a no-break space): only the parts around it are spelled here.
        #expect(run.stdout.hasPrefix("s6 Boerderij Achterweg (Houten, 6 woningen, 1 toegankelijk, huur €"), "\(run.stdout)")
        #expect(run.stdout.contains("840, gemeenschappelijke ruimte, aangeboden door"), "\(run.stdout)")
        #expect(run.stdout.contains("6 woningen, de woongroep heeft er minstens 8 nodig (haar minimale omvang)"), "\(run.stdout)")
        #expect(run.stdout.contains("s6 met 8 woningen (+2)"), "\(run.stdout)")
        #expect(run.stdout.contains("g2: ligt in Houten, niet een van de gemeenten van de woongroep (Zeist en De Bilt)"),
                "\(run.stdout)")
        #expect(run.stdout.contains("Andere woongroepen, en wat elk tegenhoudt:"), "\(run.stdout)")
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
