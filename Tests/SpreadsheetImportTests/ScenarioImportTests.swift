import Foundation
import HousingMatch
import ScenarioIO
import Spreadsheets
import Testing
import Wording
@testable import SpreadsheetImport

@Suite("Importing spreadsheets into scenarios")
struct ScenarioImportTests {
    /// The plan of an import that stopped on problems, or nil (and a recorded issue) when it did not.
    private func problems(_ work: () throws -> ScenarioImport.Outcome) -> ImportPlan? {
        do {
            _ = try work()
            Issue.record("the import should have stopped on problems")
        } catch let failure as ScenarioImport.Failure {
            if case .problems(let plan) = failure { return plan }
            Issue.record("stopped, but not on problems: \(failure)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
        return nil
    }

    @Test("300 households written as Dutch Excel writes them import, validate and solve; no name reaches the scenario")
    func threeHundredHouseholds() throws {
        let folder = try TemporaryFolder()
        let scenario = try folder.example()
        let csv = try folder.write("huishoudens.csv", DutchSpreadsheet.households(count: 300))
        let key = folder.path("sleutel.csv")
        let outcome = try ScenarioImport.run(file: csv, side: nil, into: scenario, keyFile: key, dryRun: false)
        #expect(outcome.plan.side == .households)
        #expect(outcome.plan.changes.filter { $0.kind == .added }.count == 300)
        #expect(outcome.plan.freshIDs == 150)
        #expect(outcome.scenarioWritten && outcome.keyWritten)

        let loaded = try ScenarioLoader.load(path: scenario)
        #expect(loaded.seekers.count == 360)
        let n10 = try #require(loaded.seekers.first { $0.id == "n010" })
        #expect(n10.maxRent == 850)
        #expect(n10.care == Seeker.CareNeed(type: "VG", hours: 6.5))
        #expect(n10.generations == ["young adult"])
        #expect(n10.municipalities == ["Houten", "Bunnik"])
        #expect(n10.supportHours == 3)
        #expect(loaded.seekers.first { $0.id == "n004" }?.maxRent == nil)
        #expect(loaded.seekers.first { $0.id == "n008" }?.generations == ["senior"])
        #expect(loaded.seekers.first { $0.id == "n004" }?.preferences == ["g1", "g2"])
        #expect(loaded.seekers.first { $0.id == "n020" }?.care == Seeker.CareNeed(type: "GGZ", hours: 2))
        #expect(loaded.seekers.first { $0.id == "n006" }?.maxRent == 1020.5)
        #expect(loaded.seekers.first { $0.id == "n014" }?.needsAccessible == true)

        let text = try String(contentsOfFile: scenario, encoding: .utf8)
        for n in [1, 2, 150, 299, 300] {
            #expect(!text.contains(DutchSpreadsheet.name(n)))
            #expect(!text.contains(DutchSpreadsheet.email(n)))
        }
        #expect(!text.contains("06-1234"))
        #expect(!text.contains("Brontë"))

        var options = MatchOptions(timeLimit: 60)
        options.solver = .glpk
        let result = try MatchEngine(options: options).solve(loaded)
        #expect(result.status == .optimal || result.status == .feasible)
        #expect(!result.match.groups.isEmpty)
    }

    @Test("Every planted mistake is reported with row, column letter and header, and nothing is written")
    func plantedMistakes() throws {
        let folder = try TemporaryFolder()
        let scenario = try folder.example()
        let before = try Data(contentsOf: URL(fileURLWithPath: scenario))
        let csv = try folder.write("fouten.csv", """
            Huishouden;Generaties;Zorgtype;Max. huur;Zorguren;Toegankelijk;Gemeenten;Onbekend
            x1;senior;;€ 900;;nee;Houten;?
            x2;senior;;12OO;;nee;Houten;
            x3;kind;ouderezorg;€ 800;zes;misschien;Zeist;
            x1;senior;;€ 800;;nee;Zeist;
            x5;;;€ 800;;nee;Zeist;
            x6;marsmannetje;;€ 800;;ja;Zeist;
            x7;senior;;€ 800;3;ja;Zeist;

            """)
        let plan = try #require(problems { try ScenarioImport.run(file: csv, side: nil, into: scenario, keyFile: nil, dryRun: false) })
        let said = plan.problems.map { $0.said(in: .nl) }
        #expect(said.contains("rij 3, kolom D (Max. huur): '12OO' is geen bedrag"))
        #expect(said.contains("rij 4, kolom C (Zorgtype): is geen bekend zorgtype (bekend: ouderenzorg, VG, GGZ, lichamelijke beperking)"))
        #expect(said.contains("rij 4, kolom E (Zorguren): is geen aantal uren"))
        #expect(said.contains("rij 4, kolom F (Toegankelijk): 'misschien' is geen ja of nee"))
        #expect(said.contains("rij 5, kolom A (Huishouden): code x1 staat ook in rij 2"))
        #expect(said.contains("rij 6, kolom B (Generaties): is leeg; een nieuwe regel heeft hier een waarde nodig"))
        #expect(said.contains { $0.hasPrefix("rij 7, kolom B (Generaties): 'marsmannetje' is geen bekende generatie") })
        #expect(said.contains("rij 8, kolom E (Zorguren): zorguren zonder zorgtype: vul ook het zorgtype in"))
        #expect(plan.problems.count == 8)
        // Care details are never repeated in a message.
        #expect(!said.contains { $0.contains("ouderezorg") || $0.contains("zes") })
        #expect(plan.notes.map { $0.said(in: .en) }.contains("column H (Onbekend) is unknown and skipped"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: scenario)) == before)
    }

    @Test("The scenario's own rules are checked after merging and placed on the row and column they came from")
    func validationMappedToRows() throws {
        let folder = try TemporaryFolder()
        let scenario = try folder.example()
        let csv = try folder.write("groepen.csv", """
            Woongroep;Naam;Min. grootte;Max. grootte;Initiatiefnemers;Min. aandeel zorg;Max. aandeel zorg
            g9;Nieuw Hof;6;4;h01;20%;0,4
            g10;Tweede Hof;4;8;h99;50%;25%
            """)
        do {
            let plan = try #require(problems { try ScenarioImport.run(file: csv, side: .groups, into: scenario, keyFile: nil, dryRun: false) })
            let said = plan.problems.map { $0.said(in: .en) }
            #expect(said.contains { $0.hasPrefix("row 2, column C (Min. grootte): ") && $0.contains("groups[5].minSize") })
            #expect(said.contains { $0.hasPrefix("row 3, column E (Initiatiefnemers): ") && $0.contains("h99") })
            #expect(said.contains { $0.hasPrefix("row 3, column F (Min. aandeel zorg): ") })
        }
    }

    @Test("Importing into an existing scenario says what was added, what was updated with which fields, and what did not change")
    func addsAndUpdates() throws {
        let folder = try TemporaryFolder()
        let scenario = try folder.example()
        let original = try ScenarioLoader.load(path: scenario)
        let h02 = try #require(original.seekers.first { $0.id == "h02" })
        let csv = try folder.write("wijzigingen.csv", """
            Huishouden;Max. huur;Gemeenten;Generaties
            h01;€ 1.250;Houten; Bunnik;volwassene; kind
            h02;\(Int(h02.maxRent!));\(h02.municipalities.joined(separator: ", "));senior
            h61;€ 700;Zeist;senior
            """.replacingOccurrences(of: "Houten; Bunnik", with: "\"Houten; Bunnik\"")
               .replacingOccurrences(of: ";volwassene; kind", with: ";\"volwassene; kind\""))
        let outcome = try ScenarioImport.run(file: csv, side: nil, into: scenario, keyFile: nil, dryRun: false)
        let kinds = Dictionary(uniqueKeysWithValues: outcome.plan.changes.map { ($0.id, $0.kind) })
        #expect(kinds["h01"] == .updated(["Max. huur"]))
        #expect(kinds["h02"] == .unchanged)
        #expect(kinds["h61"] == .added)
        let loaded = try ScenarioLoader.load(path: scenario)
        #expect(loaded.seekers.count == 61)
        #expect(loaded.seekers.first { $0.id == "h01" }?.maxRent == 1250)
        // Fields the sheet has no column for stay as they were.
        #expect(loaded.seekers.first { $0.id == "h01" }?.tags == original.seekers.first { $0.id == "h01" }?.tags)
        let lines = ImportReport.lines(outcome, file: "wijzigingen.csv", scenarioPath: "scenario.yaml", keyFile: nil,
                                       dryRun: false, language: .nl)
        #expect(lines.contains("huishoudens toegevoegd: 1"))
        #expect(lines.contains("  ~ h01 (rij 2): Max. huur"))
        #expect(lines.contains("huishoudens ongewijzigd: 1"))
        #expect(lines.contains("Geschreven: scenario.yaml"))
    }

    @Test("A dry run says the same and writes nothing: not the scenario, not the key file")
    func dryRun() throws {
        let folder = try TemporaryFolder()
        let scenario = try folder.example()
        let before = try Data(contentsOf: URL(fileURLWithPath: scenario))
        let csv = try folder.write("huishoudens.csv", DutchSpreadsheet.households(count: 20, preferences: false))
        let key = folder.path("sleutel.csv")
        let outcome = try ScenarioImport.run(file: csv, side: nil, into: scenario, keyFile: key, dryRun: true)
        #expect(outcome.plan.changes.count == 20)
        #expect(!outcome.scenarioWritten && !outcome.keyWritten)
        #expect(try Data(contentsOf: URL(fileURLWithPath: scenario)) == before)
        #expect(!FileManager.default.fileExists(atPath: key))
        let new = folder.path("nieuw.json")
        _ = try ScenarioImport.run(file: csv, side: nil, into: new, keyFile: nil, dryRun: true)
        #expect(!FileManager.default.fileExists(atPath: new))
    }

    @Test("The key file keeps a person's id across two imports, and holds the names the scenario never sees")
    func keyFileKeepsIDs() throws {
        let folder = try TemporaryFolder()
        let scenario = folder.path("nieuw.json")
        let csv = try folder.write("huishoudens.csv", DutchSpreadsheet.households(count: 12, withIDs: { _ in false }, preferences: false))
        let keyPath = folder.path("sleutel.csv")
        let first = try ScenarioImport.run(file: csv, side: .households, into: scenario, keyFile: keyPath, dryRun: false)
        #expect(first.createdScenario && first.plan.freshIDs == 12)
        let firstIDs = try ScenarioLoader.load(path: scenario).seekers.map(\.id.rawValue)
        #expect(Set(firstIDs).count == 12)
        #expect(firstIDs.allSatisfy { $0.hasPrefix("h-") })

        let keyData = try Data(contentsOf: URL(fileURLWithPath: keyPath))
        #expect(keyData.starts(with: [0xEF, 0xBB, 0xBF]))
        let key = try PseudonymKey.load(path: keyPath)
        #expect(key.entries.count == 12)
        #expect(key.namesByID[firstIDs[0]] == DutchSpreadsheet.name(1))
        #expect(String(decoding: keyData, as: UTF8.self).contains("Huishouden;Naam;E-mail;Telefoon;Adres\r\n"))

        // The same sheet again, in another order and with one more person: the same people keep their ids.
        let again = try folder.write("huishoudens2.csv", DutchSpreadsheet.households(count: 13, withIDs: { _ in false }, preferences: false))
        let second = try ScenarioImport.run(file: again, side: nil, into: scenario, keyFile: keyPath, dryRun: false)
        #expect(second.plan.freshIDs == 1)
        #expect(second.plan.changes.filter { $0.kind == .unchanged }.count == 12)
        let secondIDs = try ScenarioLoader.load(path: scenario).seekers.map(\.id.rawValue)
        #expect(Array(secondIDs.prefix(12)) == firstIDs)
        #expect(try PseudonymKey.load(path: keyPath).entries.count == 13)
        let text = try String(contentsOfFile: scenario, encoding: .utf8)
        #expect(!text.contains(DutchSpreadsheet.name(1)) && !text.contains("voorbeeld.nl"))
    }

    @Test("Groups, sites and providers import with their own columns; an XLSX sheet is chosen by name")
    func otherSides() throws {
        let folder = try TemporaryFolder()
        let scenario = try folder.example()
        let sites = try folder.write("plekken.csv", """
            Woonplek;Naam;Gemeente;Woningen;Toegankelijke woningen;Huur;Gemeenschappelijke ruimte;Eigenaar;E-mail
            s8;De Boomgaard;Bunnik;10;3;€ 925,-;ja;Corporatie B;info@example.nl
            """)
        let outcome = try ScenarioImport.run(file: sites, side: nil, into: scenario, keyFile: folder.path("sleutel.csv"), dryRun: false)
        #expect(outcome.plan.side == .sites)
        // A site's contact details go nowhere: not to the scenario, not to a key file.
        #expect(!outcome.keyWritten && !FileManager.default.fileExists(atPath: folder.path("sleutel.csv")))
        #expect(outcome.plan.notes.map { $0.said(in: .en) }.contains("column I (E-mail): personal data, not in the scenario and kept nowhere"))
        let providers = try folder.write("zorg.csv", """
            Zorgaanbieder,Naam,Zorgtypen,Gemeenten,Capaciteit,Min. cliënten per plek
            c4,Zorg Oost,"ouderenzorg; lichamelijke beperking","Bunnik, Houten",8,2
            """)
        _ = try ScenarioImport.run(file: providers, side: nil, into: scenario, keyFile: nil, dryRun: false)
        let loaded = try ScenarioLoader.load(path: scenario)
        let site = try #require(loaded.sites.first { $0.id == "s8" })
        #expect(site == Site(id: "s8", name: "De Boomgaard", municipality: "Bunnik", units: 10, accessibleUnits: 3, rent: 925,
                             commonRoom: true, owner: "Corporatie B"))
        let provider = try #require(loaded.providers.first { $0.id == "c4" })
        #expect(provider.careTypes == ["elderly", "physical"])
        #expect(provider.municipalities == ["Bunnik", "Houten"])
        #expect(provider.minClientsPerSite == 2)
        #expect(!(try String(contentsOfFile: scenario, encoding: .utf8)).contains("example.nl"))
    }

    @Test("Each side's template has Dutch headers and an example row that imports as it is")
    func templates() throws {
        for side in ImportSide.allCases {
            let folder = try TemporaryFolder()
            let scenario = try folder.example()
            let data = ImportTemplate.csv(for: side)
            #expect(data.starts(with: [0xEF, 0xBB, 0xBF]))
            let sheet = try SpreadsheetReader.read(data, name: side.rawValue)
            #expect(SheetImport.detectSide(headers: sheet.rows[0].map(\.text)) == side)
            let csv = try folder.write("template.csv", data)
            let outcome = try ScenarioImport.run(file: csv, side: nil, into: scenario, keyFile: nil, dryRun: true)
            #expect(outcome.plan.changes.map(\.kind) == [.added], "\(side)")
        }
    }

    @Test("A variant file, a file that is no spreadsheet and a missing sheet are refused in words")
    func refusals() throws {
        let folder = try TemporaryFolder()
        let scenario = try folder.example()
        let variant = try folder.write("variant.yaml", "base: scenario.yaml\nname: more rent\n")
        let csv = try folder.write("h.csv", "Huishouden;Generaties\nh70;senior\n")
        do {
            _ = try ScenarioImport.run(file: csv, side: nil, into: variant, keyFile: nil, dryRun: true)
            Issue.record("a variant should be refused")
        } catch {
            let lines = ImportReport.lines(error, language: .en)
            #expect(lines.first?.contains("is a variant") == true || lines.first?.contains("variant.yaml") == true)
        }
        let xls = try folder.write("oud.xls", Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 64)))
        do {
            _ = try ScenarioImport.run(file: xls, side: nil, into: scenario, keyFile: nil, dryRun: true)
            Issue.record("an .xls file should be refused")
        } catch {
            #expect(ImportReport.lines(error, language: .nl) == [
                "\(xls): is een oud Excel-bestand (.xls) of heeft een wachtwoord; sla het op als .xlsx zonder wachtwoord of als CSV"])
        }
    }
}

@Suite("Cells as a Dutch spreadsheet user writes them")
struct CellReadingTests {
    @Test("Amounts", arguments: [("€ 850", 850.0), ("€ 1.020,50", 1020.5), ("1020.50", 1020.5), ("€850,-", 850), ("EUR 1.250", 1250),
                                 ("1,020.50", 1020.5), ("12.500.000", 12_500_000), ("0,5", 0.5)])
    func amounts(text: String, value: Double) {
        #expect(CellReading.number(amount: text) == value)
    }

    @Test("Not amounts", arguments: ["12OO", "€", "", "veel", "1.2.3,4,5"])
    func notAmounts(text: String) {
        #expect(CellReading.number(amount: text) == nil)
    }

    @Test("Shares, yes and no, lists and care types")
    func otherKinds() throws {
        let words = Vocabulary(scenarioCareTypes: ["NAH"], scenarioGenerations: [])
        func read(_ text: String, _ kind: ImportColumn.Kind) -> ImportValue? {
            try? CellReading.value(of: .text(text), kind: kind, vocabulary: words).get()
        }
        #expect(read("25%", .share) == .number(0.25))
        #expect(read("0,4", .share) == .number(0.4))
        #expect(read("40", .share) == nil)
        #expect(read("Ja", .yesNo) == .yesNo(true))
        #expect(read("x", .yesNo) == .yesNo(true))
        #expect(read("nee", .yesNo) == .yesNo(false))
        #expect(read("Houten; Bunnik", .list) == .list(["Houten", "Bunnik"]))
        #expect(read("Houten, Wijk bij Duurstede", .list) == .list(["Houten", "Wijk bij Duurstede"]))
        #expect(read("Ouderenzorg", .careType) == .text("elderly"))
        #expect(read("verstandelijke beperking", .careType) == .text("VG"))
        #expect(read("nah", .careType) == .text("NAH"))
        #expect(read("GGZ (psychische zorg)", .careType) == .text("GGZ"))
        #expect(read("lichamelijke beperking; vg", .careTypes) == .list(["physical", "VG"]))
        #expect(read("Kinderen; jongvolwassene", .generations) == .list(["child", "young adult"]))
        #expect(read("2,5", .whole) == nil)
        #expect(try CellReading.value(of: .number(12), kind: .whole, vocabulary: words).get() == .whole(12))
    }

    @Test("The side is read from the headers, Dutch or English, whatever their case and accents")
    func sides() {
        #expect(SheetImport.detectSide(headers: ["Naam", "E-mail", "Generaties", "Max. huur", "Gemeenten"]) == .households)
        #expect(SheetImport.detectSide(headers: ["id", "maxRent", "towns", "careType", "careHours"]) == .households)
        #expect(SheetImport.detectSide(headers: ["Woongroep", "Naam", "Min. grootte"]) == .groups)
        #expect(SheetImport.detectSide(headers: ["id", "name", "municipality", "units", "rent"]) == .sites)
        #expect(SheetImport.detectSide(headers: ["ZORGAANBIEDER", "Capaciteit", "Min. clienten per plek"]) == .providers)
        #expect(SheetImport.detectSide(headers: ["id", "Naam"]) == nil)
    }
}
