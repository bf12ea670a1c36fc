import Foundation
import HousingMatch
import LoopbackHTTP
import ScenarioIO
import Testing
import Wording

/// Care data is health data: with "Toon zorggegevens" off, no page of the example names a
/// household's care type or hours, not even inside a reason; with it on, the reasons say it.
@Suite("Care details kept back on every page", .serialized)
struct CareDetailsPagesTests {
    static let scenario = Result { try ScenarioLoader.load(path: RunningServer.example.path) }

    /// The overview, the lists, and the page of every group, household, site and provider.
    static func paths(_ scenario: Scenario) -> [String] {
        ["/", "/woongroep", "/huishouden", "/woonplek", "/zorgaanbieder"]
            + scenario.groups.map { "/woongroep/\($0.id.rawValue)" }
            + scenario.seekers.map { "/huishouden/\($0.id.rawValue)" }
            + scenario.sites.map { "/woonplek/\($0.id.rawValue)" }
            + scenario.providers.map { "/zorgaanbieder/\($0.id.rawValue)" }
    }

    @Test("with care details off no page names a household's care type or hours; with them on the reasons say them")
    func everyPage() async throws {
        let scenario = try Self.scenario.get()
        let server = try await RunningServer.start()
        defer { server.stop() }
        let careWords = Self.careWords(scenario)
        let hidden = CareDetailWords.hiddenCareType(.nl)
        var keptBack = 0, saidWithCare = 0
        for path in Self.paths(scenario) {
            let off = try await Self.text(of: path, server, showsCare: false)
            let shown = Self.householdPart(of: off, path: path, scenario)
            for word in careWords where Self.names(shown, word) {
                Issue.record("\(path) names the care type \"\(word)\" with care details off")
            }
            #expect(!shown.contains(" uur per week"), "\(path) shows a household's hours with care details off")
            keptBack += off.components(separatedBy: hidden).count - 1

            let on = try await Self.text(of: path, server, showsCare: true)
            #expect(!on.contains(hidden), "\(path) keeps care back with care details on")
            if off.contains(hidden) {
                // Where a reason kept it back, the same reason says it with care shown.
                #expect(careWords.contains { Self.names(Self.householdPart(of: on, path: path, scenario), $0) }, "\(path)")
                saidWithCare += 1
            }
        }
        // The example has reasons that name a care type: the check above saw them.
        #expect(keptBack > 0)
        #expect(saidWithCare > 0)
    }

    /// Every way a page could name a care type of the example: its words in both languages and its code.
    static func careWords(_ scenario: Scenario) -> [String] {
        let codes = Set(scenario.seekers.compactMap { $0.care?.type })
        return Array(Set(codes.flatMap { code in
            [code, DomainWords.careType(code, in: .nl), DomainWords.careTypeShort(code, in: .nl),
             DomainWords.careType(code, in: .en), DomainWords.careTypeShort(code, in: .en)]
        })).sorted()
    }

    /// Whether `text` holds `word` as a word of its own.
    static func names(_ text: String, _ word: String) -> Bool {
        let pattern = "(?<![\\p{L}\\p{N}-])" + NSRegularExpression.escapedPattern(for: word) + "(?![\\p{L}\\p{N}-])"
        return text.range(of: pattern, options: .regularExpression) != nil
    }

    /// The page's text, without what is about a group's or a provider's own care rather than a household's:
    /// names (a provider may be called "GGZ Kromme Rijn"), the overview's counts per care type, a group's own
    /// wishes, and on the provider pages the provider's own care types and its clients counted by care type.
    static func householdPart(of html: String, path: String, _ scenario: Scenario) -> String {
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
        let names = scenario.groups.map(\.name) + scenario.sites.map(\.name) + scenario.providers.map(\.name)
        for name in names.filter({ !$0.isEmpty }).sorted(by: { $0.count > $1.count }) {
            text = text.replacingOccurrences(of: name, with: " ")
        }
        return text
    }

    /// The page at `path` once its answer is there (a progress page reloads itself until then).
    static func text(of path: String, _ server: RunningServer, showsCare: Bool) async throws -> String {
        let headers = ["Cookie": "hm_zorg=\(showsCare ? 1 : 0)"]
        for _ in 0..<600 {
            let response = try await server.get(path, headers: headers)
            #expect(response.status == 200, "\(path)")
            let text = response.text
            if !text.contains("data-job=") { return text }
            try await Task.sleep(for: .milliseconds(100))
        }
        Issue.record("\(path) did not answer")
        return ""
    }
}
