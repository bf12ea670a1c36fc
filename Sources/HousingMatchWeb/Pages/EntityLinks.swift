import Foundation
import HousingMatch
import Wording

/// Links to the page of a group, site, provider or household, with its name
/// and its id, so that people find things by name and can still say the id.
struct EntityLinks {
    let scenario: Scenario
    let context: PageContext
    private let groupsByID: [GroupID: Group]
    private let sitesByID: [SiteID: Site]
    private let providersByID: [ProviderID: CareProvider]
    private let seekersByID: [SeekerID: Seeker]

    init(_ scenario: Scenario, _ context: PageContext) {
        self.scenario = scenario
        self.context = context
        groupsByID = Dictionary(scenario.groups.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        sitesByID = Dictionary(scenario.sites.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        providersByID = Dictionary(scenario.providers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        seekersByID = Dictionary(scenario.seekers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func group(_ id: GroupID) -> HTML {
        named(path: "/woongroep/", id: id.rawValue, name: groupsByID[id]?.name)
    }

    func site(_ id: SiteID, withTown: Bool = true) -> HTML {
        let site = sitesByID[id]
        let town: HTML = withTown && site != nil ? " <span class=\"town\">\(site!.municipality)</span>" : .empty
        return "\(named(path: "/woonplek/", id: id.rawValue, name: site?.name))\(town)"
    }

    func provider(_ id: ProviderID) -> HTML {
        named(path: "/zorgaanbieder/", id: id.rawValue, name: providersByID[id]?.name)
    }

    /// A household: only its code, since households are pseudonymous; its care only when the visitor shows care details.
    func household(_ id: SeekerID) -> HTML {
        let link: HTML = "<a href=\"/huishouden/\(id.rawValue)\">\(id.rawValue)</a>"
        guard context.showsCare, let care = seekersByID[id]?.care else { return link }
        return "\(link) <span class=\"care\">(\(careWords(care)))</span>"
    }

    func careWords(_ care: Seeker.CareNeed) -> String {
        let type = DomainWords.careTypeShort(care.type, in: context.language)
        guard care.hours > 0 else { return type }
        return type + ", " + CommonWords.hoursAWeek(context.language, context.numbers.number(care.hours))
    }

    /// The library's English words that come without a sentence, with care type words kept back unless
    /// care is shown (``PageContext/withoutCareWords(_:careType:)``), but not inside a name: "GGZ Kromme Rijn" stays.
    func withoutCareWords(_ words: String) -> String {
        guard !context.showsCare else { return words }
        return CareWordMask(scenario: scenario, language: context.language).masked(words)
    }

    func groupObject(_ id: GroupID) -> Group? { groupsByID[id] }
    func siteObject(_ id: SiteID) -> Site? { sitesByID[id] }
    func providerObject(_ id: ProviderID) -> CareProvider? { providersByID[id] }
    func seekerObject(_ id: SeekerID) -> Seeker? { seekersByID[id] }

    private func named(path: String, id: String, name: String?) -> HTML {
        let encoded = id.addingPercentEncodingForPath
        guard let name, !name.isEmpty, name != id else { return "<a href=\"\(path)\(encoded)\">\(id)</a>" }
        return "<a href=\"\(path)\(encoded)\">\(name)</a> <span class=\"id\">(\(id))</span>"
    }
}

extension String {
    /// Safe as one segment of a path: ids may hold spaces or slashes.
    var addingPercentEncodingForPath: String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return addingPercentEncoding(withAllowedCharacters: allowed) ?? self
    }
}
