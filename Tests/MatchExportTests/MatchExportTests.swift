import Foundation
import HousingMatch
import MatchExport
import Spreadsheets
import Testing
import Wording

@Suite("The match as rows, sheets and printable lists")
struct MatchExportTests {
    let scenario = Example.scenario
    let result = Example.result

    func rows(_ language: Language = .nl, care: Bool = false, names: [SeekerID: String] = [:]) -> MatchRows {
        MatchRows(scenario: scenario, result: result, options: ExportOptions(language: language, withCareDetails: care, names: names))
    }

    /// Everything a person could read in each export: CSV text, every XLSX part, every list.
    func everything(_ rows: MatchRows) throws -> [(String, String)] {
        let sheets = MatchSheets(rows)
        var texts = [("csv", CSVWriter(style: .dutch).text(for: sheets.everyone))]
        let parts = try SpreadsheetWriterTests.parts(of: try XLSXWriter(application: ExportSignature.application).data(for: sheets.all))
        texts += parts.map { ("xlsx \($0.key)", $0.value) }
        texts += ListFiles(PrintableLists(rows)).files().map { ("html \($0.name)", $0.document.html) }
        return texts
    }

    @Test("Every household appears once, with the group and site the match gives it")
    func everyHouseholdOnce() {
        let rows = rows()
        #expect(rows.rows.map(\.household).sorted() == scenario.seekers.map(\.id).sorted())
        let groupOf = result.match.groupOfSeeker
        let siteOf = Dictionary(uniqueKeysWithValues: result.match.groups.map { ($0.id, $0.site) })
        for row in rows.rows {
            #expect(row.group?.id == groupOf[row.household])
            #expect(row.site?.id == groupOf[row.household].flatMap { siteOf[$0] })
            // A household without a place has its reason.
            #expect((row.group == nil) == (row.reason != nil))
        }
        let sheets = MatchSheets(rows)
        #expect(sheets.everyone.rows.count == scenario.seekers.count + 1)
        #expect(sheets.all.dropFirst().map(\.name) == rows.groups.map(\.group.displayName))
        for (sheet, group) in zip(sheets.all.dropFirst(), rows.groups) {
            #expect(sheet.rows.dropFirst().map { $0[0].text } == group.formed.members.map(\.rawValue))
        }
    }

    @Test("Each care-needing member has the provider that serves their care type in their group")
    func providers() {
        for row in rows().rows where row.group != nil {
            let seeker = scenario.seekers.first { $0.id == row.household }!
            #expect(row.providers.isEmpty == (seeker.care == nil))
            for provider in row.providers { #expect(provider.careTypes.contains(seeker.care!.type)) }
        }
    }

    @Test("Without care details no care type or hours anywhere; with them, there", arguments: Language.allCases)
    func careDetailsOnlyWhenAsked(language: Language) throws {
        let careWords = Example.careWords + Example.careLines(language)
        for (where_, text) in try everything(rows(language)) {
            for word in careWords { #expect(!text.contains(word), "\(where_) holds “\(word)”") }
            #expect(!text.contains(ExportWords.careHours(language)), "\(where_) has a care hours column")
        }
        let shown = try everything(rows(language, care: true))
        let csv = shown[0].1
        #expect(csv.contains(ExportWords.careHours(language)))
        let listed = shown.filter { $0.0.hasPrefix("html") }.map(\.1).joined()
        let housedWithCare = rows(language, care: true).groups.flatMap(\.rows).filter { $0.careType != nil }
        #expect(!housedWithCare.isEmpty)
        for line in Example.careLines(language) where housedWithCare.contains(where: {
            ExportWords.careShort(language, DomainWords.careType($0.careType!, in: language),
                                  NumberWording(language).number($0.careHours!)) == line
        }) {
            #expect(listed.contains(line))
        }
    }

    @Test("Names appear only when a names table is given")
    func namesOnlyWithTable() throws {
        let names = Dictionary(uniqueKeysWithValues: scenario.seekers.map { ($0.id, "Familie \($0.id.rawValue.uppercased())zz") })
        for (_, text) in try everything(rows()) { #expect(!text.contains("Familie")) }
        let named = try everything(rows(names: names))
        #expect(named[0].1.hasPrefix("\u{FEFF}Huishouden;Naam;"))
        for name in names.values { #expect(named[0].1.contains(name)) }
        let lists = named.filter { $0.0.hasPrefix("html") }.map(\.1).joined()
        let housed = result.match.groups.flatMap(\.members)
        for id in housed { #expect(lists.contains("<span class=\"who\">\(names[id]!)</span>")) }
    }

    @Test("Reasons keep care types back without care details")
    func reasonsMasked() {
        let mask = rows(.en).unplaced.compactMap(\.reason)
        #expect(!mask.isEmpty)
        let providerNames = scenario.providers.map(\.displayName)
        for reason in mask {
            // A provider's name may hold a care word ("GGZ Kromme Rijn"): that is its name, not anyone's care.
            let reason = providerNames.reduce(reason) { $0.replacingOccurrences(of: $1, with: "") }
            for code in Set(scenario.seekers.compactMap { $0.care?.type }) {
                #expect(reason.range(of: "\\b\(code)\\b", options: .regularExpression) == nil, "\(reason)")
            }
        }
    }

    @Test("Printable lists: a page per group, no script, the site's rent, a line to write on")
    func printableLists() throws {
        let files = ListFiles(PrintableLists(rows())).files()
        let names = files.map(\.name)
        #expect(names.contains("woongroep-g1.html") && names.contains("zorgaanbieder-c1.html"))
        #expect(names.contains("alle-woongroepen.html") && names.contains("alle-zorgaanbieders.html"))
        for file in files {
            #expect(!file.document.html.lowercased().contains("<script"))
            #expect(file.document.html.contains("@page { size: A4"))
        }
        let all = try #require(files.first { $0.name == "alle-woongroepen.html" }).document
        #expect(all.sections.count == scenario.groups.count)
        let formed = try #require(rows().groups.first)
        let list = try #require(files.first { $0.name == "woongroep-\(formed.group.id.rawValue).html" }).document.html
        #expect(list.contains(NumberWording(.nl).euros(formed.site.rent)))
        #expect(list.components(separatedBy: "<td class=\"write\">").count - 1 == formed.rows.count)
    }
}
