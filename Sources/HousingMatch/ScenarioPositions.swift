/// Where each seeker, group, site and provider stands in its scenario's
/// list, by id: the formulation and the explanations refer to entries by
/// position, while matches and requirements name them by id.
///
/// Validation refuses duplicate ids; should one slip through, the first
/// entry wins rather than the program trapping.
struct ScenarioPositions: Sendable {
    let seekers: [SeekerID: Int]
    let groups: [GroupID: Int]
    let sites: [SiteID: Int]
    let providers: [ProviderID: Int]

    init(_ scenario: Scenario) {
        seekers = Self.positions(scenario.seekers)
        groups = Self.positions(scenario.groups)
        sites = Self.positions(scenario.sites)
        providers = Self.positions(scenario.providers)
    }

    private static func positions<Entry: Identifiable>(_ entries: [Entry]) -> [Entry.ID: Int] {
        Dictionary(entries.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
