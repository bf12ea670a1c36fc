extension MatchChecker {
    /// The scenario's sides by id, and the order in which the scenario lists them.
    ///
    /// The checker does not assume a validated scenario: should an id occur twice,
    /// the first entry wins, as a reader of the file would expect.
    struct Lookup: Sendable {
        let seekers: [SeekerID: Seeker]
        let groups: [GroupID: Group]
        let sites: [SiteID: Site]
        let providers: [ProviderID: CareProvider]
        /// Each side in scenario order, an id's first entry only.
        let orderedSeekers: [Seeker]
        let orderedGroups: [Group]
        let orderedSites: [Site]
        let orderedProviders: [CareProvider]
        private let seekerPositions: [SeekerID: Int]
        private let groupPositions: [GroupID: Int]

        init(_ scenario: Scenario) {
            seekers = Self.byID(scenario.seekers)
            groups = Self.byID(scenario.groups)
            sites = Self.byID(scenario.sites)
            providers = Self.byID(scenario.providers)
            orderedSeekers = Self.firstOfEachID(scenario.seekers)
            orderedGroups = Self.firstOfEachID(scenario.groups)
            orderedSites = Self.firstOfEachID(scenario.sites)
            orderedProviders = Self.firstOfEachID(scenario.providers)
            seekerPositions = Self.positions(scenario.seekers)
            groupPositions = Self.positions(scenario.groups)
        }

        /// Where a seeker stands in the scenario; unknown ids come after every known one.
        func position(of seeker: SeekerID) -> Int { seekerPositions[seeker] ?? Int.max }

        /// Where a group stands in the scenario; unknown ids come after every known one.
        func position(of group: GroupID) -> Int { groupPositions[group] ?? Int.max }

        private static func byID<Element: Identifiable>(_ elements: [Element]) -> [Element.ID: Element] {
            Dictionary(elements.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        }

        private static func firstOfEachID<Element: Identifiable>(_ elements: [Element]) -> [Element] {
            var seen: Set<Element.ID> = []
            return elements.filter { seen.insert($0.id).inserted }
        }

        private static func positions<Element: Identifiable>(_ elements: [Element]) -> [Element.ID: Int] {
            Dictionary(
                elements.enumerated().map { ($0.element.id, $0.offset) },
                uniquingKeysWith: { first, _ in first }
            )
        }
    }
}
