/// Asks what-if questions against one scenario's best match: what a change
/// to the scenario, or a requirement on the match, would bring or cost.
///
/// Every answer is a stable re-solve (``MatchOptions/keep``) of the base
/// match, so the households it names as gaining or losing a place are those
/// the question moves, not a reshuffle among equally good matches.
///
/// ```swift
/// let whatIf = try WhatIf(scenario)
/// let cost = try whatIf.outcome(requiring: [.joins("h17", "g2")])
/// print(cost.housedChange, cost.noLongerHoused)   // -1, ["h23"]
/// ```
public struct WhatIf: Sendable {
    public let scenario: Scenario
    /// The scenario's own best match, which every question is measured against.
    public let base: MatchResult
    /// Limits for each solve (the time limit is per solve) and the stop hook.
    public var options: MatchOptions
    var engine: MatchEngine

    /// Solves the scenario once; every question then starts from its match.
    public init(_ scenario: Scenario, options: MatchOptions = MatchOptions()) throws {
        try self.init(scenario, options: options, engine: MatchEngine(options: options))
    }

    init(_ scenario: Scenario, options: MatchOptions, engine: MatchEngine) throws {
        self.scenario = scenario
        self.options = options
        self.engine = engine
        self.base = try engine.solve(scenario)
    }

    /// The answer to one question.
    public struct Outcome: Sendable, Equatable, Codable {
        /// The status of the re-solve: `infeasible` when no match meets the requirements.
        public var status: MatchStatus
        /// Priority housed after minus before (stage 1 of MODEL.md); `nil` without a match.
        public var housedChange: Double?
        /// Households housed after minus before, each counted once; `nil` without a match.
        public var householdsChange: Int?
        /// Households housed after and not before, in scenario order.
        public var newlyHoused: [SeekerID]
        /// Households housed before and not after, in scenario order.
        public var noLongerHoused: [SeekerID]
        /// Whether both the base and the re-solve are proven optimal, so the change is exact.
        public var proven: Bool
        /// The re-solve's match.
        public var match: Match
        /// Every group and household whose part differs between the base match
        /// and the re-solve's (both sides: who gains and who loses, groups that
        /// move, start or stop forming); `nil` without two matches to compare.
        public var differences: MatchDifferences?
        /// When no match meets the requirements (or the changed scenario's
        /// rules): a smallest set of rules that, with the requirements, cannot all hold.
        public var conflict: [ConflictingRule]?
        public var seconds: Double
        /// The re-solve's own statistics (each stage's time and what settled it).
        public var statistics = SolveStatistics()

        enum CodingKeys: String, CodingKey {
            case status, housedChange, householdsChange, newlyHoused, noLongerHoused, proven, match, differences, conflict, seconds
        }
    }

    /// The best match of `changed` (the scenario after a change) that keeps the
    /// most of the base match, compared with the base.
    ///
    /// - Parameter explainingConflict: when no match meets the requirements,
    ///   name a smallest set of rules that keeps them from holding (a few
    ///   solves more, only then). Searches that expect many dead ends leave it off.
    public func outcome(of changed: Scenario, requiring requirements: [MatchRequirement] = [],
                        explainingConflict: Bool = false) throws -> Outcome {
        var options = self.options
        if base.hasMatch {
            options.keep = base.match
            // A question that only takes options away (a requirement, a site
            // withdrawn) is bounded by the base: often settled at once.
            options.earlierSolve = EarlierSolve(scenario: scenario, requirements: self.options.requirements, result: base)
        }
        options.requirements = requirements
        var engine = self.engine
        engine.options = options
        var result = try engine.solve(changed)
        // The engine explains plain infeasibility itself; with requirements, ask here.
        if explainingConflict, result.status == .infeasible, result.conflict == nil, !requirements.isEmpty {
            result.conflict = try ConflictFinder(scenario: changed, backend: engine.backend, requirements: requirements)
                .smallestConflict()
        }
        return compare(result, changed: changed)
    }

    /// The best match that meets `requirements`, compared with the base.
    public func outcome(requiring requirements: [MatchRequirement], explainingConflict: Bool = false) throws -> Outcome {
        try outcome(of: scenario, requiring: requirements, explainingConflict: explainingConflict)
    }

    private func compare(_ result: MatchResult, changed: Scenario) -> Outcome {
        let order = changed.seekers.map(\.id)
        let before = Set(base.match.groups.flatMap(\.members))
        let after = Set(result.match.groups.flatMap(\.members))
        let comparable = base.hasMatch && result.hasMatch
        let everyone = order + scenario.seekers.map(\.id).filter { !Set(order).contains($0) }
        return Outcome(
            status: result.status,
            housedChange: comparable ? (result.objective?.housed ?? 0) - (base.objective?.housed ?? 0) : nil,
            householdsChange: comparable ? after.count - before.count : nil,
            newlyHoused: comparable ? everyone.filter { after.contains($0) && !before.contains($0) } : [],
            noLongerHoused: comparable ? everyone.filter { before.contains($0) && !after.contains($0) } : [],
            proven: base.status == .optimal && [.optimal, .infeasible].contains(result.status),
            match: result.match,
            differences: comparable ? MatchDifferences(base: scenario, baseMatch: base.match,
                                                       variant: changed, variantMatch: result.match) : nil,
            conflict: result.conflict,
            seconds: result.statistics.totalSeconds,
            statistics: result.statistics)
    }
}
