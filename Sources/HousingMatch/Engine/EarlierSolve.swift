/// A solve of an earlier version of a scenario, handed to the engine so that a
/// what-if can reuse what that solve found and proved.
///
/// Whatever the change, independent parts it leaves as they were (the
/// other regions of a what-if about one) keep their earlier outcome (see
/// "What-ifs in one region" in <doc:HowTheModelWorks>). When the scenario
/// being solved is also a restriction of the earlier one
/// (``Scenario/isRestriction(of:)``) and keeps its requirements, no match
/// can do better than the earlier bounds. So an earlier optimal match that
/// still meets every rule is optimal again, without solving; otherwise the
/// earlier bounds let each stage stop as soon as it finds a match that
/// reaches them.
public struct EarlierSolve: Sendable {
    /// The earlier scenario.
    public var scenario: Scenario
    /// The requirements the earlier solve met (``MatchOptions/requirements``).
    public var requirements: [MatchRequirement]
    /// Its result, with the bounds it proved.
    public var result: MatchResult

    public init(scenario: Scenario, requirements: [MatchRequirement] = [], result: MatchResult) {
        self.scenario = scenario
        self.requirements = requirements
        self.result = result
    }

    /// What the earlier solve proves about `scenario` solved with `requirements`;
    /// `nil` when the change may add options, or the earlier solve found no match.
    func carriedOver(to scenario: Scenario, requirements: [MatchRequirement]) -> CarriedBounds? {
        guard result.hasMatch, let objective = result.objective,
              Set(self.requirements).isSubset(of: requirements), scenario.isRestriction(of: self.scenario)
        else { return nil }
        let proven = result.status == .optimal
        let housedBound = proven ? objective.housed : result.statistics.housedBound
        guard let housedBound else { return nil }
        return CarriedBounds(
            housed: housedBound,
            fit: (proven ? objective.preference : result.statistics.preferenceBound).map {
                CarriedBounds.FitBound(keepingHoused: objective.housed, bound: $0)
            },
            optimalMatch: proven ? result.match : nil)
    }
}

/// Bounds an earlier solve proves for a restriction of its scenario.
struct CarriedBounds {
    /// No match houses more (stage 1).
    var housed: Double
    /// A bound on the fit of matches that house at least `keepingHoused`
    /// (stage 2); it holds when stage 1 keeps at least that value.
    struct FitBound {
        var keepingHoused: Double
        var bound: Double
    }
    var fit: FitBound?
    /// The earlier match, when proven optimal: optimal here too if it still meets every rule.
    var optimalMatch: Match?

    /// The bounds on what is left of the whole once other parts reach these
    /// values: a match of those parts with `housed` and `fit`, together with
    /// a match of the rest, is bounded as a whole.
    func less(housed: Double, fit fitValue: Double) -> CarriedBounds {
        CarriedBounds(
            housed: self.housed - housed,
            fit: fit.map { FitBound(keepingHoused: $0.keepingHoused - housed, bound: $0.bound - fitValue) },
            optimalMatch: nil)
    }

    /// The fit bound, when stage 1 keeps at least the value it holds for.
    func fitBound(keepingHoused housed: Double) -> Double? {
        guard let fit, housed >= fit.keepingHoused - 1e-9 * max(1, abs(housed)) else { return nil }
        return fit.bound
    }
}
