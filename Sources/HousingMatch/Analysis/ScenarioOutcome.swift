/// One scenario and the answer the engine gave it, as ``MatchComparison`` takes them.
///
/// Nothing is solved here: the result may come from ``MatchEngine`` or be
/// written by hand, which is how the comparison is tested.
public struct ComparisonInput: Sendable {
    /// A short name for reports, such as the file name without its extension (`new-site`).
    public var label: String
    public var scenario: Scenario
    public var result: MatchResult
    /// What the scenario models, in its own words (a variant file's `description`).
    public var description: String?
    /// What the scenario changes against its base; empty for the base.
    public var changes: [ScenarioChange]

    public init(label: String, scenario: Scenario, result: MatchResult, description: String? = nil,
                changes: [ScenarioChange] = []) {
        self.label = label
        self.scenario = scenario
        self.result = result
        self.description = description
        self.changes = changes
    }
}

/// What one scenario's answer comes to: who is housed, by care type and by town, and provider loads.
///
/// A result without a match (`infeasible`, `noSolution`) houses nobody: its
/// counts are zero and ``housedPriority`` is `nil`; ``status`` says why.
public struct ScenarioOutcome: Sendable, Equatable, Codable {
    /// Households housed with one care type, out of all households with it.
    public struct CareTypeCount: Sendable, Equatable, Codable {
        /// The care type; `nil` (absent in JSON) for households without a care need.
        public var careType: CareType?
        /// Households of this kind who join a group.
        public var housed: Int
        /// All households of this kind in the scenario.
        public var seekers: Int

        public init(careType: CareType?, housed: Int, seekers: Int) {
            self.careType = careType
            self.housed = housed
            self.seekers = seekers
        }
    }

    /// Households housed in one town: the members of the groups whose site lies there.
    public struct TownCount: Sendable, Equatable, Codable {
        public var town: Municipality
        public var housed: Int

        public init(town: Municipality, housed: Int) {
            self.town = town
            self.housed = housed
        }
    }

    /// The file's short name (see ``ComparisonInput/label``).
    public var label: String
    /// The scenario's own `name`.
    public var scenarioName: String
    /// What the scenario models, in its own words.
    public var description: String?
    /// What the scenario changes against its base; empty for the base.
    public var changes: [ScenarioChange]
    public var status: MatchStatus
    /// Households in the scenario.
    public var seekers: Int
    /// Households who join a group.
    public var housedHouseholds: Int
    /// The stage-1 objective: the sum of `priority` over housed households; `nil` without a match.
    public var housedPriority: Double?
    /// The preference fit (stage 2 of MODEL.md), or `nil` without a match.
    public var preference: Double?
    /// Groups that form (take a site).
    public var groupsFormed: Int
    /// Groups in the scenario.
    public var groups: Int
    /// Housed households per care type: "no care" first, then the care types in
    /// alphabetical order. Every outcome of a comparison lists the same care types.
    public var housedByCareType: [CareTypeCount]
    /// Housed households per town, alphabetically. Every outcome of a comparison lists the same towns.
    public var housedByTown: [TownCount]
    /// Clients served per care provider of this scenario, against its capacity.
    public var providerLoads: [ProviderLoad]
    /// When no match meets every rule: a smallest set of rules that cannot all hold.
    public var conflict: [ConflictingRule]?
    /// Wall seconds the solve took (``SolveStatistics/totalSeconds``), for
    /// analysts timing their what-ifs; varies from run to run.
    public var solveSeconds: Double
    /// Which step settled each stage (``SolveStatistics/settledBy``): with an
    /// earlier solve, "earlier match" when the base's match holds, and
    /// "unchanged part ×11" for the regions a variant leaves alone.
    public var settledBy: [String]

    /// Whether the answer has a match that meets every rule (`optimal` or `feasible`).
    public var hasMatch: Bool { status == .optimal || status == .feasible }

    /// Sums up one answer; `careTypes` and `towns` are the categories every outcome of a comparison shares.
    init(_ input: ComparisonInput, careTypes: [CareType], towns: [Municipality]) {
        let scenario = input.scenario
        let match = input.result.hasMatch ? input.result.match : Match()
        let siteTowns = Dictionary(scenario.sites.map { ($0.id, $0.municipality) }, uniquingKeysWith: { first, _ in first })
        let housed = Set(match.groups.flatMap(\.members))

        label = input.label
        scenarioName = scenario.name
        description = input.description
        changes = input.changes
        status = input.result.status
        conflict = input.result.conflict
        solveSeconds = input.result.statistics.totalSeconds
        settledBy = input.result.statistics.settledBy
        self.seekers = scenario.seekers.count
        housedHouseholds = housed.count
        housedPriority = input.result.hasMatch ? input.result.objective?.housed : nil
        preference = input.result.hasMatch ? input.result.objective?.preference : nil
        groupsFormed = match.groups.count
        groups = scenario.groups.count

        housedByCareType = ([nil] + careTypes).map { careType in
            let ofType = scenario.seekers.filter { $0.care?.type == careType }
            return CareTypeCount(careType: careType, housed: ofType.filter { housed.contains($0.id) }.count,
                                 seekers: ofType.count)
        }
        var byTown: [Municipality: Int] = [:]
        for group in match.groups {
            guard let town = siteTowns[group.site] else { continue }
            byTown[town, default: 0] += group.members.count
        }
        housedByTown = towns.map { TownCount(town: $0, housed: byTown[$0] ?? 0) }
        providerLoads = scenario.providers.map { ProviderLoad(provider: $0, match: match) }
    }
}

/// How many clients a care provider serves in a match, against its capacity.
public struct ProviderLoad: Sendable, Equatable, Codable {
    public var provider: ProviderID
    /// The provider's name, or its id when it has none.
    public var name: String
    /// Care-needing members the provider serves, over all groups.
    public var clients: Int
    /// The most clients the provider can serve over all groups.
    public var capacity: Int

    public init(provider: ProviderID, name: String, clients: Int, capacity: Int) {
        self.provider = provider
        self.name = name
        self.clients = clients
        self.capacity = capacity
    }

    /// The load of one provider in a match.
    init(provider: CareProvider, match: Match) {
        let clients = match.groups.flatMap(\.care).filter { $0.provider == provider.id }.reduce(0) { $0 + $1.clients }
        self.init(provider: provider.id, name: provider.displayName, clients: clients, capacity: provider.capacity)
    }
}
