import Foundation
import HousingMatch
import HousingMatchReports
import ScenarioIO
import Testing
import Wording
@testable import HousingMatchWeb

/// The Wat-als page's variant forms: what a form says is what the saved file
/// means to `ScenarioLoader` (and so to `housing-match compare`), and a file
/// is never replaced unasked.
@Suite("What-if variants made by form")
struct WhatIfTests {
    /// A workspace folder holding a copy of the example as `scenario.yaml`, removed after the test.
    final class Folder {
        let url: URL
        let scenario: Scenario

        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("hm-whatif-\(UUID().uuidString.prefix(8))")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("scenarios/utrecht-oost.yaml")
            let copy = url.appendingPathComponent("scenario.yaml")
            try FileManager.default.copyItem(at: example, to: copy)
            scenario = try ScenarioLoader.load(path: copy.path)
        }

        var variants: VariantFiles { VariantFiles(folder: url.appendingPathComponent("variants")) }

        /// Reads `form` as the page does, saves the variant and loads it back as `compare` would.
        func saveAndLoad(_ form: String) throws -> ScenarioVariant {
            var reader = VariantFormReader(fields: FormFields(encoded: form), scenario: scenario, language: .nl)
            let read = reader.read()
            let draft = try #require(read, "problems: \(reader.problems)")
            let saved = try variants.save(draft.yaml(baseFile: "scenario.yaml"), as: draft.fileName,
                                          replacing: draft.replacesExisting)
            return try ScenarioLoader.loadVariant(path: saved.path)
        }

        deinit { try? FileManager.default.removeItem(at: url) }
    }

    @Test("withdrawing a site by form gives a variant file without that site, with its description")
    func withdrawSite() throws {
        let folder = try Folder()
        let variant = try folder.saveAndLoad("soort=woonplek-weg&woonplek=s1&naam=Zonder+Oude+school&beschrijving=")
        #expect(variant.path.hasSuffix("variants/zonder-oude-school.yaml"))
        #expect(!variant.scenario.sites.contains { $0.id == "s1" })
        #expect(variant.scenario.sites.count == folder.scenario.sites.count - 1)
        #expect(variant.scenario.seekers == folder.scenario.seekers)
        #expect(variant.changes == [.remove(.sites, id: "s1")])
        #expect(variant.description == "Woonplek Oude school (s1) valt weg.")
        // The file names its base as the CLI's variants do: relative to the variants folder.
        let text = try String(contentsOf: folder.url.appendingPathComponent("variants/zonder-oude-school.yaml"), encoding: .utf8)
        #expect(text.contains("base: \"../scenario.yaml\""))
    }

    @Test("all rents +10 % changes every site's rent and nothing else")
    func rents() throws {
        let folder = try Folder()
        let variant = try folder.saveAndLoad("soort=huren&procent=10&naam=huren-plus-10")
        for (before, after) in zip(folder.scenario.sites, variant.scenario.sites) {
            #expect(abs(after.rent - before.rent * 1.1) < 0.01)
            #expect(after.units == before.units && after.id == before.id)
        }
        #expect(variant.scenario.groups == folder.scenario.groups)
    }

    @Test("a provider's capacity, a group's rules and a new site arrive as the form said")
    func otherKinds() throws {
        let folder = try Folder()
        let capacity = try folder.saveAndLoad("soort=capaciteit&zorgaanbieder=c1&capaciteit=6&naam=c1-halved")
        #expect(capacity.scenario.providers.first { $0.id == "c1" }?.capacity == 6)

        let rule = try folder.saveAndLoad("soort=regel&woongroep=g2&ruimte=nee&min=4&max=&zorgmin=&zorgmax=0%2C5&naam=g2-rules")
        let group = try #require(rule.scenario.groups.first { $0.id == "g2" })
        #expect(group.needsCommonRoom == false)
        #expect(group.minSize == 4)
        #expect(group.maxSize == 10)
        #expect(group.careShare.max == 0.5)
        #expect(group.careShare.min == 0.3)

        let added = try folder.saveAndLoad(
            "soort=woonplek-erbij&plaatsnaam=De+Nieuwe+Hof&gemeente=Bunnik&woningen=10&toegankelijk=3&huur=780"
                + "&gemeenschappelijk=1&eigenaar=Woonstichting+%22Kromme%22+Rijn&code=&naam=nieuwe-hof")
        let site = try #require(added.scenario.sites.first { $0.name == "De Nieuwe Hof" })
        #expect(site.id == "s8")
        #expect(site.municipality == "Bunnik" && site.units == 10 && site.accessibleUnits == 3)
        #expect(site.rent == 780 && site.commonRoom)
        #expect(site.owner == "Woonstichting \"Kromme\" Rijn")
    }

    @Test("an existing variant is not replaced unless the box is ticked")
    func noOverwrite() throws {
        let folder = try Folder()
        _ = try folder.saveAndLoad("soort=capaciteit&zorgaanbieder=c1&capaciteit=6&naam=c1")
        #expect(throws: VariantFiles.SaveError.self) {
            _ = try folder.saveAndLoad("soort=capaciteit&zorgaanbieder=c1&capaciteit=3&naam=c1")
        }
        let kept = try ScenarioLoader.loadVariant(path: folder.url.appendingPathComponent("variants/c1.yaml").path)
        #expect(kept.scenario.providers.first { $0.id == "c1" }?.capacity == 6)

        let replaced = try folder.saveAndLoad("soort=capaciteit&zorgaanbieder=c1&capaciteit=3&naam=c1&vervang=1")
        #expect(replaced.scenario.providers.first { $0.id == "c1" }?.capacity == 3)
        // No temporary file is left behind in the folder.
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("variants").path)
        #expect(names == ["c1.yaml"])
    }

    @Test("mistakes are reported at their fields and nothing is saved")
    func fieldProblems() throws {
        let folder = try Folder()
        var reader = VariantFormReader(
            fields: FormFields(encoded: "soort=woonplek-erbij&plaatsnaam=&gemeente=Bunnik&woningen=2%2C5&toegankelijk=&huur=veel&naam=..%2Fetc"),
            scenario: folder.scenario, language: .nl)
        let read = reader.read()
        #expect(read == nil)
        #expect(reader.problems["plaatsnaam"] == WhatIfWords.required(.nl))
        #expect(reader.problems["woningen"] == WhatIfWords.notAWholeNumber(.nl))
        #expect(reader.problems["huur"] == WhatIfWords.notANumber(.nl))
        #expect(reader.problems["naam"] == WhatIfWords.badFileName(.nl))
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("variants").path))
    }

    @Test("a change that makes the scenario invalid is refused with the loader's problems, and no file is left")
    func invalidVariant() throws {
        let folder = try Folder()
        // Hofje aan de Laan has two founders; a maximum of 1 is fewer than its founders.
        var reader = VariantFormReader(fields: FormFields(encoded: "soort=regel&woongroep=g2&max=1&naam=te-klein"),
                                       scenario: folder.scenario, language: .nl)
        let read = reader.read()
        let draft = try #require(read)
        #expect(throws: VariantFiles.SaveError.self) {
            _ = try folder.variants.save(draft.yaml(baseFile: "scenario.yaml"), as: draft.fileName, replacing: false)
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("variants").path)) ?? []
        #expect(names.isEmpty)
    }

    @Test("the comparison on the page speaks Dutch, has no style attribute (the page's policy blocks them), and shows care types only when asked")
    func embeddedReport() throws {
        let folder = try Folder()
        let variant = try folder.saveAndLoad("soort=woonplek-weg&woonplek=s1&naam=zonder-s1")
        let engine = MatchEngine()
        let comparison = MatchComparison(
            base: ComparisonInput(label: "scenario", scenario: folder.scenario, result: try engine.solve(folder.scenario)),
            variants: [ComparisonInput(label: "zonder-s1", scenario: variant.scenario, result: try engine.solve(variant.scenario),
                                       description: variant.description,
                                       changes: variant.changes.map { $0.reported(namesFrom: [variant.scenario, folder.scenario]) })])
        let hidden = ComparisonHTML(comparison: comparison, markup: .embedded, showsHouseholdCare: false, language: .nl).content()
        #expect(!hidden.contains("style="))
        #expect(hidden.contains("<h2>Huishoudens met een plek</h2>"))
        #expect(hidden.contains("Het weghalen van woonplek s1 (Oude school) geeft"))
        #expect(!hidden.contains("Zorgvraag</th>"))
        let shown = ComparisonHTML(comparison: comparison, markup: .embedded, showsHouseholdCare: true, language: .nl).content()
        #expect(shown.contains("<th scope=\"col\">Zorgvraag</th>"))
    }
}
