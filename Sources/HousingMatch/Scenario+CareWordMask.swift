import Wording

extension CareWordMask {
    /// A mask for every care type `scenario` names (its households', providers' and groups'),
    /// keeping the names of its groups, sites and providers whole ("GGZ Kromme Rijn" stays).
    public init(scenario: Scenario, language: Language) {
        var codes = Set(scenario.seekers.compactMap { $0.care?.type })
        for provider in scenario.providers { codes.formUnion(provider.careTypes) }
        for group in scenario.groups { codes.formUnion(group.acceptsCare ?? []) }
        let names = scenario.groups.map(\.name) + scenario.sites.map(\.name) + scenario.providers.map(\.name)
        self.init(careTypes: codes, keepingWhole: names, language: language)
    }
}
