import Foundation
import HousingMatch
import LoopbackHTTP
import ScenarioIO
import Testing
import Wording
@testable import HousingMatchWeb

/// Saving from the data page: nothing is lost, nothing stale overwrites, nothing invalid is written.
@Suite("Workspace saving")
struct WorkspaceSavingTests {
    /// A temporary workspace holding a copy of the example, comments and all.
    struct TemporaryWorkspace {
        let folder: URL
        let workspace: Workspace
        let original: Data

        init() throws {
            folder = FileManager.default.temporaryDirectory
                .appendingPathComponent("hm-saving-\(UUID().uuidString.prefix(8))", isDirectory: true)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("scenarios/utrecht-oost.yaml")
            original = try Data(contentsOf: example)
            try original.write(to: folder.appendingPathComponent("scenario.yaml"))
            workspace = try Workspace(folder: folder)
        }

        var file: URL { folder.appendingPathComponent("scenario.yaml") }
        var bytes: Data { (try? Data(contentsOf: file)) ?? Data() }

        func token() async throws -> String {
            try await workspace.current().get().stamp.token
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }
    }

    static func editMaxRent(of index: Int, to rent: Double) -> @Sendable (inout Scenario) throws(SaveError) -> Void {
        { scenario throws(SaveError) in scenario.seekers[index].maxRent = rent }
    }

    static let edit = HistoryChange(kind: .edited, side: "seekers", id: "h01", fields: ["maxRent"])

    @Test("a save writes the whole new file, keeps the previous version byte for byte, and leaves no temporary file")
    func atomicSaveKeepsPrevious() async throws {
        let space = try TemporaryWorkspace()
        defer { space.remove() }
        let entry = try #require(try await space.workspace.save(expecting: try await space.token(), change: Self.edit,
                                                              edit: Self.editMaxRent(of: 0, to: 875)))
        let saved = try ScenarioLoader.load(path: space.file.path)
        #expect(saved.seekers[0].maxRent == 875)
        #expect(saved.seekers.count == 60)
        let kept = try Data(contentsOf: space.workspace.historyFolder.appendingPathComponent(entry.version))
        #expect(kept == space.original)
        #expect(entry.version.hasSuffix("-scenario.yaml"))
        let history = await space.workspace.historyEntries()
        #expect(history.map(\.change) == [Self.edit])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: space.folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
        // The page reads the new file at once.
        #expect(try await space.workspace.current().get().scenario.seekers[0].maxRent == 875)
    }

    @Test("a save from a stamp the file no longer has is refused, and the other program's change stays")
    func staleStampRefused() async throws {
        let space = try TemporaryWorkspace()
        defer { space.remove() }
        let stamp = try await space.token()
        let changedElsewhere = space.original + Data("# changed in another program\n".utf8)
        try changedElsewhere.write(to: space.file)
        await #expect(throws: SaveError.stale) {
            try await space.workspace.save(expecting: stamp, change: Self.edit, edit: Self.editMaxRent(of: 0, to: 875))
        }
        await #expect(throws: SaveError.stale) { try await space.workspace.undo(expecting: stamp) }
        #expect(space.bytes == changedElsewhere)
        #expect(await space.workspace.historyEntries().isEmpty)
    }

    @Test("an invalid result is refused with the path of each problem, and nothing is written")
    func invalidRefused() async throws {
        let space = try TemporaryWorkspace()
        defer { space.remove() }
        let token = try await space.token()
        do throws(SaveError) {
            try await space.workspace.save(expecting: token, change: Self.edit, edit: Self.editMaxRent(of: 11, to: -5))
            Issue.record("an invalid save was accepted")
        } catch .invalid(let issues) {
            #expect(issues.map { $0.path } == ["seekers[11].maxRent"])
            #expect(issues.first?.message == "must not be negative (got -5)")
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(space.bytes == space.original)
        #expect(await space.workspace.historyEntries().isEmpty)
    }

    @Test("eight saves at once: each lands, one history entry each, and the file stays valid")
    func concurrentSaves() async throws {
        let space = try TemporaryWorkspace()
        defer { space.remove() }
        let workspace = space.workspace
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<8 {
                group.addTask {
                    // As a person would after a refusal: read the file anew and save again.
                    for _ in 0..<50 {
                        let token = try await workspace.current().get().stamp.token
                        do throws(SaveError) {
                            let change = HistoryChange(kind: .edited, side: "seekers", id: "h0\(index + 1)", fields: ["maxRent"])
                            try await workspace.save(expecting: token, change: change,
                                                     edit: Self.editMaxRent(of: index, to: Double(2000 + index)))
                            return
                        } catch .stale {
                            continue
                        }
                    }
                    Issue.record("save \(index) never landed")
                }
            }
            try await group.waitForAll()
        }
        let saved = try ScenarioLoader.load(path: space.file.path)
        #expect(saved.seekers.prefix(8).map(\.maxRent) == (0..<8).map { Double(2000 + $0) })
        #expect(await workspace.historyEntries().count == 8)
        let versions = try FileManager.default.contentsOfDirectory(atPath: workspace.historyFolder.path)
            .filter { $0.hasSuffix("scenario.yaml") }
        #expect(versions.count == 8)
    }

    @Test("undo brings back the earlier bytes exactly, comments too, and can itself be undone")
    func undoRestoresBytes() async throws {
        let space = try TemporaryWorkspace()
        defer { space.remove() }
        try await space.workspace.save(expecting: try await space.token(), change: Self.edit,
                                       edit: Self.editMaxRent(of: 0, to: 875))
        let edited = space.bytes
        #expect(edited != space.original)
        let undone = try await space.workspace.undo(expecting: try await space.token())
        #expect(undone.change.kind == .undone)
        #expect(space.bytes == space.original)
        #expect(try await space.workspace.current().get().scenario.seekers[0].maxRent == 1100)
        try await space.workspace.undo(expecting: try await space.token())
        #expect(space.bytes == edited)
        #expect(await space.workspace.historyEntries().map(\.change.kind) == [.undone, .undone, .edited])
    }

    @Test("an edit that changes nothing writes nothing")
    func noChange() async throws {
        let space = try TemporaryWorkspace()
        defer { space.remove() }
        let entry = try await space.workspace.save(expecting: try await space.token(), change: Self.edit,
                                                   edit: Self.editMaxRent(of: 0, to: 1100))
        #expect(entry == nil)
        #expect(space.bytes == space.original)
    }
}

/// How a person types numbers on a Dutch or English page.
@Suite("Data page fields")
struct DataFieldTests {
    @Test("numbers as typed", arguments: [
        ("€ 850", Language.nl, 850.0), ("850", .nl, 850), ("0,5", .nl, 0.5), ("1.020", .nl, 1020), ("1.020,50", .nl, 1020.5),
        ("€1,020", .en, 1020), ("0.5", .en, 0.5), ("-5", .nl, -5), ("12 uur", .nl, 12), ("1.5", .nl, 1.5),
        // As the pages write it (a no-break space after the sign), and typed without a space.
        (NumberWording(.nl).euros(1020.5), .nl, 1020.5), ("€\u{00A0}850", .nl, 850), ("€850", .nl, 850),
        (NumberWording(.en).euros(1020), .en, 1020),
    ])
    func numbers(text: String, language: Language, expected: Double) {
        #expect(FieldText.number(text, language: language, allowsPercent: false) == expected)
    }

    @Test("words are no number", arguments: ["veel", "1,2,3", "12a", "%"])
    func notNumbers(text: String) {
        #expect(FieldText.number(text, language: .nl, allowsPercent: false) == nil)
    }

    @Test("a share may be a percentage")
    func shares() {
        #expect((try? FieldText.parse("25%", kind: .share, language: .nl).get()) == .number(0.25))
        #expect((try? FieldText.parse("0,2", kind: .share, language: .nl).get()) == .number(0.2))
    }

    @Test("the form reads a household; hidden care stays as it was; a word in a number field is named at the field")
    func householdForm() throws {
        var scenario = try ScenarioLoader.load(path: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("scenarios/utrecht-oost.yaml").path)
        let before = scenario.seekers[1]
        let fields = FormFields(encoded: "id=h02&generations=senior&maxRent=veel&priority=2&care.type=&care.hours=")
        let outcome = try DataSchemas.households.apply(&scenario, "h02", fields, false, .nl)
        #expect(outcome.fieldErrors.keys.sorted() == ["maxRent"])
        #expect(scenario.seekers[1].care == before.care)
        #expect(scenario.seekers[1].maxRent == before.maxRent)
        #expect(scenario.seekers[1].priority == 2)
        #expect(outcome.changedFields.contains("priority"))
    }

    @Test("a problem's path finds its field", arguments: [
        ("seekers[3].maxRent", "maxRent"), ("seekers[3].preferences[1]", "preferences"), ("seekers[3].id", "id"),
    ])
    func issuePlaces(path: String, field: String) {
        let context = PageContext(language: .nl, showsCare: false, csrfToken: "", path: "/", workspaceName: "w")
        let placed = DataIssues([ValidationIssue(path: path, message: "m")], schema: DataSchemas.households, index: 3,
                                scenario: Scenario(), context)
        #expect(placed.atFields == [field: "m"])
        #expect(placed.elsewhere.isEmpty)
    }

    @Test("a group's care share problem goes to its first field; another entry's problem is named by its entry")
    func issueElsewhere() {
        let context = PageContext(language: .nl, showsCare: false, csrfToken: "", path: "/", workspaceName: "w")
        let scenario = Scenario(groups: [Group(id: "g1", minSize: 1, maxSize: 2)])
        let placed = DataIssues([ValidationIssue(path: "groups[0].careShare", message: "min 0.6 is above max 0.5"),
                                 ValidationIssue(path: "seekers[2].together[0]", message: "no seeker")],
                                schema: DataSchemas.groups, index: 0, scenario: scenario, context)
        #expect(placed.atFields == ["careShare.min": "min 0.6 is above max 0.5"])
        #expect(placed.elsewhere == ["Huishouden #3: together[0]: no seeker"])
    }
}

/// The data page over HTTP: the 10 MB limit, and a save from an old page.
@Suite("Data page over HTTP", .serialized)
struct DataPageHTTPTests {
    /// The form's CSRF cookie and the file's stamp, as a browser has them after opening a household's form.
    static func openForm(_ server: RunningServer) async throws -> (cookie: String, csrf: String, stamp: String) {
        let page = try await server.get("/gegevens/huishouden/h01")
        let csrf = try #require(page.cookie("hm_csrf"))
        let stamp = try #require(page.text.firstMatch(of: /name="stempel" value="([0-9a-f]+)"/)?.1)
        return ("hm_csrf=\(csrf)", csrf, String(stamp))
    }

    @Test("a body over 10 MB is refused with 413 and changes nothing")
    func tooLarge() async throws {
        let server = try await RunningServer.start()
        defer { server.stop() }
        let file = server.folder.appendingPathComponent("scenario.yaml")
        let before = try Data(contentsOf: file)
        let form = try await Self.openForm(server)
        var body = Data("csrf=\(form.csrf)&stempel=\(form.stamp)&id=h01&generations=adult&maxRent=".utf8)
        body.append(Data(repeating: UInt8(ascii: "9"), count: 10 << 20))
        let response = try await LoopbackHTTP.request(
            "POST", server.url("/gegevens/huishouden/h01"),
            headers: ["Content-Type": "application/x-www-form-urlencoded", "Cookie": form.cookie], body: body)
        #expect(response.status == 413)
        #expect(try Data(contentsOf: file) == before)
        #expect(!FileManager.default.fileExists(atPath: server.workspace.historyFolder.path))
    }

    @Test("a save from a page opened before the file changed is refused with 409, keeps what was typed, and overwrites nothing")
    func staleOverHTTP() async throws {
        let server = try await RunningServer.start()
        defer { server.stop() }
        let file = server.folder.appendingPathComponent("scenario.yaml")
        let form = try await Self.openForm(server)
        let changed = try Data(contentsOf: file) + Data("# another program was here\n".utf8)
        try changed.write(to: file)
        let response = try await server.post("/gegevens/huishouden/h01",
            form: "csrf=\(form.csrf)&stempel=\(form.stamp)&id=h01&generations=adult&maxRent=777",
            headers: ["Cookie": form.cookie])
        #expect(response.status == 409)
        #expect(response.text.contains("het bestand is intussen veranderd"))
        #expect(response.text.contains("value=\"777\""))
        #expect(try Data(contentsOf: file) == changed)
    }

    @Test("a valid save answers with the way back to the table, and the table shows it")
    func saveOverHTTP() async throws {
        let server = try await RunningServer.start()
        defer { server.stop() }
        let form = try await Self.openForm(server)
        let response = try await server.post("/gegevens/huishouden/h01",
            form: "csrf=\(form.csrf)&stempel=\(form.stamp)&id=h01&generations=adult%2C+child&maxRent=%E2%82%AC+1.020",
            headers: ["Cookie": form.cookie])
        #expect(response.status == 303)
        let location = try #require(response.header("location"))
        #expect(location.hasPrefix("/gegevens?tab=huishoudens"))
        let table = try await server.get(location, headers: ["Cookie": form.cookie])
        #expect(table.text.contains(NumberWording(.nl).euros(1020)))
        #expect(table.text.contains("Opgeslagen: Huishouden h01 gewijzigd"))
    }

    @Test("removing a founder is refused, naming the group that still lists it; removing a site is saved and kept in the history")
    func removing() async throws {
        let server = try await RunningServer.start()
        defer { server.stop() }
        let file = server.folder.appendingPathComponent("scenario.yaml")
        let before = try Data(contentsOf: file)
        let form = try await Self.openForm(server)
        let refused = try await server.post("/gegevens/huishouden/h01/verwijderen", form: "csrf=\(form.csrf)&stempel=\(form.stamp)",
            headers: ["Cookie": form.cookie])
        #expect(refused.status == 422)
        #expect(refused.text.contains("Woongroep g1: founders[0]: geen huishouden heeft code"))
        #expect(try Data(contentsOf: file) == before)

        let removed = try await server.post("/gegevens/woonplek/s1/verwijderen", form: "csrf=\(form.csrf)&stempel=\(form.stamp)",
            headers: ["Cookie": form.cookie])
        #expect(removed.status == 303)
        let scenario = try ScenarioLoader.load(path: file.path)
        #expect(!scenario.sites.contains { $0.id == "s1" })
        let history = await server.workspace.historyEntries()
        #expect(history.map(\.change) == [HistoryChange(kind: .removed, side: "sites", id: "s1")])
    }
}
