import Wording

/// A care provider's view of the match: where its clients live, its load,
/// the households of its care types left out and why, and where one more
/// place would house someone.
///
/// Households appear by id and care type only: a provider sees no more of
/// them than it needs to plan care.
public struct ProviderPlacements: Sendable, Equatable, Codable {
    /// The provider's clients in one group.
    public struct Placement: Sendable, Equatable, Codable {
        public var group: GroupID
        public var site: SiteID
        public var town: Municipality
        /// Clients per care type, in the order the match lists them.
        public var clients: [CareArrangement]
        /// All clients in this group, over its care types.
        public var total: Int
        /// The provider's own bounds per site, for comparison.
        public var minimum: Int
        public var maximum: Int
    }

    /// A household of one of the provider's care types that joins no group.
    public struct Unplaced: Sendable, Equatable, Codable {
        public var seeker: SeekerID
        public var careType: CareType
        /// The reason `solve` gives (``WhatIf/checkedUnassigned()``): about a group
        /// that does not form, what trying it found.
        public var reason: String
        /// The reason as a sentence, to say it in any language; `nil` for one read from a file.
        public var sentence: Sentence? = nil

        /// The reason in `language`.
        public func text(in language: Language) -> String { sentence?.text(in: language) ?? reason }

        private enum CodingKeys: String, CodingKey { case seeker, careType, reason }
    }

    /// One more dwelling or care place that would house someone, and which of them are the provider's clients.
    public struct ExtraPlace: Sendable, Equatable, Codable {
        public var effect: SensitivityAnalysis.Effect
        /// Of the households newly housed, those who need one of the provider's care types.
        public var clients: [SeekerID]
    }

    public var provider: ProviderID
    public var name: String
    public var careTypes: [CareType]
    /// Towns it serves; empty for every town.
    public var towns: [Municipality]
    public var capacity: Int
    public var minClientsPerSite: Int
    public var maxClientsPerSite: Int
    /// When its own numbers rule out every site (a minimum per site above its
    /// capacity or its maximum per site), why, in words: "it needs at least 6
    /// clients per site and has room for 5". `nil` for a provider that can serve.
    public var neverServes: String?
    /// ``neverServes`` as a sentence, to say it in any language.
    public var neverServesSentence: Sentence? {
        guard neverServes != nil else { return nil }
        return UnassignedReasons.neverServesSentence(
            CareProvider(id: provider, careTypes: careTypes, capacity: capacity, minClientsPerSite: minClientsPerSite,
                         maxClientsPerSite: maxClientsPerSite))
    }
    /// The status of the scenario's own solve.
    public var baseStatus: MatchStatus
    /// Clients served over all groups in the best match.
    public var load: Int
    public var placements: [Placement]
    public var unplaced: [Unplaced]
    /// The changes tried: one more care place here, and one more (accessible)
    /// dwelling at each site in its towns.
    public var tried: [CapacityChange]
    /// Those of ``tried`` that house someone more, largest gain first.
    public var extraPlaces: [ExtraPlace]
    /// Whether every change was tried (false after a stop).
    public var complete: Bool

    /// Solves the scenario and tries each change relevant to the provider with
    /// ``SensitivityAnalysis`` (which settles most of them by the relaxation).
    ///
    /// - Throws: ``UnknownIdentifierError`` for an unknown provider; solver failures.
    public init(provider id: ProviderID, scenario: Scenario, options: MatchOptions = MatchOptions(),
                progress: (@Sendable (_ index: Int, _ count: Int, _ change: CapacityChange) -> Void)? = nil) throws {
        guard scenario.providers.contains(where: { $0.id == id }) else { throw UnknownIdentifierError.provider(id, in: scenario) }
        try self.init(provider: id, whatIf: WhatIf(scenario, options: options), progress: progress)
    }

    /// The same, against the base match of `whatIf`, which may come from an
    /// earlier solve (``WhatIf/init(_:reusing:options:)``).
    ///
    /// - Throws: ``UnknownIdentifierError`` for an unknown provider; solver failures.
    public init(provider id: ProviderID, whatIf: WhatIf,
                progress: (@Sendable (_ index: Int, _ count: Int, _ change: CapacityChange) -> Void)? = nil) throws {
        let scenario = whatIf.scenario
        guard let provider = scenario.providers.first(where: { $0.id == id }) else {
            throw UnknownIdentifierError.provider(id, in: scenario)
        }
        let changes = [CapacityChange.carePlace(id)] + scenario.sites.filter { provider.serves($0.municipality) }
            .flatMap { [CapacityChange.dwelling($0.id), .accessibleDwelling($0.id)] }
        let report = try SensitivityAnalysis(options: whatIf.options).run(whatIf, changes: changes, progress: progress)
        // The reasons `solve` prints, tried rather than guessed, for its own care types only.
        let clients = Set(scenario.seekers.filter { $0.care.map { provider.careTypes.contains($0.type) } ?? false }.map(\.id))
        let reasons = try whatIf.checkedUnassigned(only: clients)
        self.init(provider: provider, scenario: scenario, report: report, tried: changes, reasons: reasons)
    }

    /// Sums up a sensitivity report from the provider's side.
    init(provider: CareProvider, scenario: Scenario, report: SensitivityAnalysis.Report, tried: [CapacityChange],
         reasons: [UnassignedSeeker]? = nil) {
        let base = report.base
        let match = base.hasMatch ? base.match : Match()
        let towns = Dictionary(scenario.sites.map { ($0.id, $0.municipality) }, uniquingKeysWith: { first, _ in first })
        self.provider = provider.id
        name = provider.displayName
        careTypes = provider.careTypes
        self.towns = provider.municipalities
        capacity = provider.capacity
        minClientsPerSite = provider.minClientsPerSite
        maxClientsPerSite = provider.effectiveMaxClientsPerSite
        neverServes = Eligibility.canServeAnyone(provider) ? nil : UnassignedReasons.neverServes(provider)
        baseStatus = base.status
        placements = match.groups.compactMap { group in
            let clients = group.care.filter { $0.provider == provider.id }
            guard !clients.isEmpty else { return nil }
            return Placement(group: group.id, site: group.site, town: towns[group.site] ?? "", clients: clients,
                             total: clients.reduce(0) { $0 + $1.clients }, minimum: provider.minClientsPerSite,
                             maximum: provider.effectiveMaxClientsPerSite)
        }
        load = placements.reduce(0) { $0 + $1.total }

        // Households of its care types who could live in a town it serves.
        let reasons = Dictionary((reasons ?? base.unassigned).map { ($0.seeker, $0) }, uniquingKeysWith: { first, _ in first })
        let clientTypes = Set(provider.careTypes)
        unplaced = scenario.seekers.compactMap { seeker in
            guard let care = seeker.care, clientTypes.contains(care.type), let reason = reasons[seeker.id] else { return nil }
            let reachable = seeker.municipalities.isEmpty || seeker.municipalities.contains(where: provider.serves)
            return reachable ? Unplaced(seeker: seeker.id, careType: care.type, reason: reason.reason, sentence: reason.sentence) : nil
        }
        self.tried = tried
        let isClient = Set(scenario.seekers.filter { $0.care.map { clientTypes.contains($0.type) } ?? false }.map(\.id))
        extraPlaces = report.ranked.map { effect in
            ExtraPlace(effect: effect, clients: effect.newlyHoused.filter { isClient.contains($0) })
        }
        complete = report.complete
    }
}
