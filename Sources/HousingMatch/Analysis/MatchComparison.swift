/// What changes between a base scenario's answer and the answers to its variants ("what if").
///
/// Built from (scenario, result) pairs already solved, so it solves nothing
/// itself and can be computed from matches written by hand:
///
/// ```swift
/// let comparison = MatchComparison(
///     base: ComparisonInput(label: "base", scenario: base, result: try engine.solve(base)),
///     variants: [ComparisonInput(label: "new-site", scenario: withSite, result: try engine.solve(withSite),
///                                changes: [ScenarioChange(kind: .add, entry: "site", id: "s8", text: "adds site s8")])])
/// for variant in comparison.variants { print(variant.outcome.label, variant.housedChange ?? 0) }
/// ```
///
/// The value encodes to a stable JSON structure (keys as the property names;
/// see ``version``) for tools that draw their own reports.
public struct MatchComparison: Sendable, Equatable, Codable {
    /// The version of the JSON structure; raised when a key changes meaning or goes away.
    public static let currentVersion = 1

    /// The ``currentVersion`` this value was made with.
    public var version: Int
    /// The base scenario's answer.
    public var base: ScenarioOutcome
    /// Each variant's answer and how it differs from the base, in the order given.
    public var variants: [VariantComparison]

    /// Compares each variant's answer with the base's.
    ///
    /// Every outcome lists the same care types (those of any household in any
    /// of the scenarios) and the same towns (those of any site), so that they
    /// can be put side by side.
    public init(base: ComparisonInput, variants: [ComparisonInput]) {
        let inputs = [base] + variants
        let careTypes = Set(inputs.flatMap { $0.scenario.seekers.compactMap(\.care?.type) }).sorted()
        let towns = Set(inputs.flatMap { $0.scenario.sites.map(\.municipality) }).sorted()
        let baseOutcome = ScenarioOutcome(base, careTypes: careTypes, towns: towns)
        version = Self.currentVersion
        self.base = baseOutcome
        self.variants = variants.map { variant in
            VariantComparison(base: base, baseOutcome: baseOutcome, variant: variant,
                              outcome: ScenarioOutcome(variant, careTypes: careTypes, towns: towns))
        }
    }
}

/// One variant's answer and how it differs from the base's.
public struct VariantComparison: Sendable, Equatable, Codable {
    /// A provider's load in the base and in the variant.
    public struct ProviderLoadChange: Sendable, Equatable, Codable {
        public var provider: ProviderID
        /// The provider's name (the variant's, when it is listed there), or its id.
        public var name: String
        /// The load in the base; `nil` when the base has no such provider.
        public var base: ProviderLoad?
        /// The load in the variant; `nil` when the variant removes the provider.
        public var variant: ProviderLoad?

        public init(provider: ProviderID, name: String, base: ProviderLoad?, variant: ProviderLoad?) {
            self.provider = provider
            self.name = name
            self.base = base
            self.variant = variant
        }
    }

    /// The variant's answer, summed up.
    public var outcome: ScenarioOutcome
    /// Households housed in the variant minus those in the base; `nil` unless both have a match.
    public var housedChange: Int?
    /// The variant's stage-1 objective minus the base's; `nil` unless both have a match.
    public var housedPriorityChange: Double?
    /// The groups and households whose part changes; `nil` unless both have a match.
    ///
    /// When one side has no match, listing every household as gaining or
    /// losing a place would bury the answer, which is the status itself.
    public var differences: MatchDifferences?
    /// Every provider of the base or the variant (base order, then the variant's new ones).
    public var providerLoads: [ProviderLoadChange]

    public init(outcome: ScenarioOutcome, housedChange: Int?, housedPriorityChange: Double?,
                differences: MatchDifferences?, providerLoads: [ProviderLoadChange]) {
        self.outcome = outcome
        self.housedChange = housedChange
        self.housedPriorityChange = housedPriorityChange
        self.differences = differences
        self.providerLoads = providerLoads
    }

    init(base: ComparisonInput, baseOutcome: ScenarioOutcome, variant: ComparisonInput, outcome: ScenarioOutcome) {
        let comparable = baseOutcome.hasMatch && outcome.hasMatch
        var loads: [ProviderLoadChange] = []
        for load in baseOutcome.providerLoads {
            let after = outcome.providerLoads.first { $0.provider == load.provider }
            loads.append(ProviderLoadChange(provider: load.provider, name: after?.name ?? load.name,
                                            base: load, variant: after))
        }
        for load in outcome.providerLoads where !baseOutcome.providerLoads.contains(where: { $0.provider == load.provider }) {
            loads.append(ProviderLoadChange(provider: load.provider, name: load.name, base: nil, variant: load))
        }
        self.init(
            outcome: outcome,
            housedChange: comparable ? outcome.housedHouseholds - baseOutcome.housedHouseholds : nil,
            housedPriorityChange: comparable ? (outcome.housedPriority ?? 0) - (baseOutcome.housedPriority ?? 0) : nil,
            differences: comparable ? MatchDifferences(base: base.scenario, baseMatch: base.result.match,
                                                       variant: variant.scenario, variantMatch: variant.result.match)
                : nil,
            providerLoads: loads)
    }
}
