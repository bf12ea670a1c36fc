import Wording

/// Groups, sites, providers and households as values of a ``Sentence``: each a
/// small sentence of its own (``ExplorationWords/groupNamed`` and the rest), so
/// that its text is the id (with the name where the tool always gave it) and a
/// web page can still tell which id it is and make it a link.
enum ExplorationNames {
    /// "g5 (De Bilt Verbonden)", or the id alone when the group has no name of its own.
    static func group(_ id: GroupID, in scenario: Scenario) -> Sentence.Value {
        guard let name = scenario.groups.first(where: { $0.id == id })?.name, !name.isEmpty, name != id.rawValue else {
            return groupID(id)
        }
        return .sentence(Sentence(ExplorationWords.groupNamed, .plain(id.rawValue), .plain(name)))
    }

    /// The group's id alone: "g5".
    static func groupID(_ id: GroupID) -> Sentence.Value {
        .sentence(Sentence(ExplorationWords.groupID, .plain(id.rawValue)))
    }

    /// "s5 (Kloosterhof)", or the id alone when the site's name is its id.
    static func site(_ id: SiteID, name: String?) -> Sentence.Value {
        guard let name, !name.isEmpty, name != id.rawValue else { return siteID(id) }
        return .sentence(Sentence(ExplorationWords.siteNamed, .plain(id.rawValue), .plain(name)))
    }

    /// "Oude school (s1)", or the id alone without a name.
    static func siteNameFirst(_ id: SiteID, in scenario: Scenario) -> Sentence.Value {
        guard let name = scenario.sites.first(where: { $0.id == id })?.name, !name.isEmpty, name != id.rawValue else {
            return siteID(id)
        }
        return .sentence(Sentence(ExplorationWords.siteNameFirst, .plain(id.rawValue), .plain(name)))
    }

    static func siteID(_ id: SiteID) -> Sentence.Value {
        .sentence(Sentence(ExplorationWords.siteID, .plain(id.rawValue)))
    }

    /// "c1 (Zorggroep Heuvelrug)", or the id alone without a name.
    static func provider(_ provider: CareProvider) -> Sentence.Value {
        guard !provider.name.isEmpty else { return providerID(provider.id) }
        return .sentence(Sentence(ExplorationWords.providerNamed, .plain(provider.id.rawValue), .plain(provider.name)))
    }

    /// "Zorggroep Heuvelrug (c1)", or the id alone without a name.
    static func providerNameFirst(_ id: ProviderID, in scenario: Scenario) -> Sentence.Value {
        guard let name = scenario.providers.first(where: { $0.id == id })?.name, !name.isEmpty, name != id.rawValue else {
            return providerID(id)
        }
        return .sentence(Sentence(ExplorationWords.providerNameFirst, .plain(id.rawValue), .plain(name)))
    }

    static func providerID(_ id: ProviderID) -> Sentence.Value {
        .sentence(Sentence(ExplorationWords.providerID, .plain(id.rawValue)))
    }

    static func household(_ id: SeekerID) -> Sentence.Value {
        .sentence(Sentence(ExplorationWords.household, .plain(id.rawValue)))
    }

    /// "h1", "h1 and h2", "h1, h2 and h3"; after eight, "h1, …, h8 and 4 more" (the JSON keeps every id).
    static func households(_ ids: [SeekerID]) -> Sentence.Value {
        let shown = 8
        return .andMore(ids.prefix(shown).map(household), more: max(0, ids.count - shown))
    }

    /// Groups listed the same way as households.
    static func groups(_ ids: [GroupID]) -> Sentence.Value {
        let shown = 8
        return .andMore(ids.prefix(shown).map(groupID), more: max(0, ids.count - shown))
    }

    /// A whole count: "12".
    static func count(_ value: Int) -> Sentence.Value { .number(Double(value)) }

    /// An amount as the tool's English always wrote it, to two decimals at most: "880.5", "1020".
    static func amount(_ value: Double) -> Sentence.Value { .number(rounded(value)) }

    /// Euros, to two decimals at most: "€ 1.020" in Dutch, "1020" in English.
    static func euros(_ value: Double) -> Sentence.Value { .euros(rounded(value)) }

    /// A share as a whole percentage: "30%".
    static func percent(_ share: Double) -> Sentence.Value { .percent(share, digits: 0) }

    private static func rounded(_ value: Double) -> Double { value.isFinite ? (value * 100).rounded() / 100 : value }
}
