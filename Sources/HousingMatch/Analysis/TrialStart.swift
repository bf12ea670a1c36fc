import LinearProgramming

/// A first match for a what-if trial: the base match with only the groups
/// the trial touches rebuilt (a ``Neighbourhood``), the rest held as they are.
///
/// A requirement ("h17 joins g2", "g2 takes s4", "g5 forms") or a change
/// that takes something away leaves the base match breaking a rule, so the
/// re-solve would start from nothing. Rebuilt around the change, the base
/// is usually the answer or close to it; the re-solve starts from it and,
/// when it reaches the base's bound (carried over for a restriction, see
/// ``EarlierSolve``), stops at once with a proof. It never decides an
/// answer on its own: the re-solve proves or improves it.
struct TrialStart {
    let backend: any SolverBackend
    let shouldStop: (@Sendable () -> Bool)?
    /// How many groups besides the touched ones are freed with them: those
    /// competing most with them for sites and households.
    static let relatedGroups = 2
    /// The most groups a neighbourhood frees: beyond it, the programme is no
    /// longer small, and the full re-solve is as quick.
    static let largestNeighbourhood = 6
    /// The time the neighbourhood may take, as a share of the trial's limit,
    /// and at most ``longestSeconds``.
    static let shareOfLimit = 0.1
    static let longestSeconds = 2.0

    /// A match of `changed` meeting `requirements`, close to `base`, or `nil`
    /// when the base already meets them (it is the re-solve's first match
    /// then) or the neighbourhood has none.
    func match(base: Match, scenario changed: Scenario, requirements: [MatchRequirement],
               timeLimit: Double?) throws -> Match? {
        let checker = MatchChecker(scenario: changed)
        if checker.violations(of: base).isEmpty, requirements.allSatisfy({ $0.isMet(by: base) }) { return nil }
        let positions = ScenarioPositions(changed)
        var state = HeuristicState(scenario: changed, positions: positions)
        let formed = Dictionary(base.groups.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        state.replace(changed.groups.indices.filter { formed[changed.groups[$0].id] != nil },
                      with: Match(groups: changed.groups.compactMap { formed[$0.id] }))
        let touched = Self.touchedGroups(base: base, scenario: changed, requirements: requirements)
        guard !touched.isEmpty, touched.count <= Self.largestNeighbourhood else { return nil }

        let eligibility = Eligibility(changed)
        let components = Eligibility.togetherComponents(changed, seekerIndex: positions.seekers)
        let search = NeighbourhoodSearch(scenario: changed, eligibility: eligibility,
                                         solver: NeighbourhoodSolver(backend: backend, shouldStop: shouldStop),
                                         components: components)
        var freed = touched
        for g in touched {
            for other in search.related[g].prefix(Self.relatedGroups) where freed.count < Self.largestNeighbourhood
                && !freed.contains(other) { freed.append(other) }
        }
        let neighbourhood = Neighbourhood(freeing: freed, from: state, eligibility: eligibility, components: components)
        let limit = min(Self.longestSeconds, (timeLimit ?? 20) * Self.shareOfLimit)
        guard let local = try solve(neighbourhood.scenario, base: base, requirements: requirements,
                                    deadline: .now + .seconds(limit)) else { return nil }
        state.replace(neighbourhood.groups, with: local)
        let whole = state.match
        guard checker.violations(of: whole).isEmpty, requirements.allSatisfy({ $0.isMet(by: whole) }) else { return nil }
        return whole
    }

    /// The three stages on the neighbourhood's own programme, each started
    /// from the one before; `nil` when stage 1 finds no match in time. Not
    /// through ``MatchEngine``: a neighbourhood is no valid scenario of its own
    /// (its households' preferences and its groups' declines name some it
    /// leaves out, and the fit counts those preferences as they are).
    private func solve(_ scenario: Scenario, base: Match, requirements: [MatchRequirement],
                       deadline: ContinuousClock.Instant) throws(SolverError) -> Match? {
        var formulation = MatchFormulation(scenario: scenario)
        formulation.require(requirements)
        let housed = formulation.housedObjective, fit = formulation.fitObjective
        func parameters(from start: [Double]?) -> SolverParameters {
            var parameters = SolverParameters(timeLimit: max(0.001, deadline.secondsLeft), shouldStop: shouldStop)
            parameters.relativeGap = 0
            parameters.startingPoint = start
            return parameters
        }
        let first = try backend.solve(formulation.model, parameters: parameters(from: nil))
        guard first.hasSolution, !first.values.isEmpty else { return nil }
        var values = first.values.map { $0.rounded() }
        let housedValue = housed.value(at: values)
        // Later stages only polish the start: each keeps what the one before found.
        var second = formulation.model.secondStage(keeping: housed, atLeast: housedValue - 1e-6, maximising: fit)
        if deadline.secondsLeft > 0, !fit.isEmpty {
            let result = try backend.solve(second, parameters: parameters(from: values))
            if result.hasSolution, !result.values.isEmpty { values = result.values.map { $0.rounded() } }
        }
        second.addConstraint(fit, lowerBound: fit.value(at: values) - 1e-6, name: "keepFit")
        second.setObjective(formulation.keptObjective(from: base), sense: .maximize)
        if deadline.secondsLeft > 0 {
            let result = try backend.solve(second, parameters: parameters(from: values))
            if result.hasSolution, !result.values.isEmpty { values = result.values.map { $0.rounded() } }
        }
        return formulation.decode(values)
    }

    /// The groups (positions in `scenario`) a trial touches: those its
    /// requirements name, the base groups of the households and at the sites
    /// they name, and the base groups at sites or with providers that the
    /// base match no longer suits.
    static func touchedGroups(base: Match, scenario: Scenario, requirements: [MatchRequirement]) -> [Int] {
        let positions = ScenarioPositions(scenario)
        let groupOfSeeker = base.groupOfSeeker
        var touched: [GroupID] = []
        for requirement in requirements where !requirement.isMet(by: base) {
            switch requirement {
            case .housed(let seeker):
                // An unhoused household could join any group: not a small neighbourhood.
                guard let group = groupOfSeeker[seeker] else { return [] }
                touched.append(group)
            case .joins(let seeker, let group):
                touched.append(group)
                if let now = groupOfSeeker[seeker] { touched.append(now) }
            case .forms(let group):
                touched.append(group)
            case .takes(let group, let site):
                touched.append(group)
                if let holder = base.groups.first(where: { $0.site == site }) { touched.append(holder.id) }
            }
        }
        // Groups whose own entry breaks a rule of the changed scenario.
        let checker = MatchChecker(scenario: scenario)
        for group in base.groups where !touched.contains(group.id) {
            if !checker.violations(of: Match(groups: [group])).isEmpty { touched.append(group.id) }
        }
        // Groups with care from a provider the base match now asks too much of.
        var load: [ProviderID: Int] = [:]
        for group in base.groups { for care in group.care { load[care.provider, default: 0] += care.clients } }
        for provider in scenario.providers where load[provider.id, default: 0] > provider.capacity {
            for group in base.groups where !touched.contains(group.id) && group.care.contains(where: { $0.provider == provider.id }) {
                touched.append(group.id)
            }
        }
        var seen = Set<Int>()
        return touched.compactMap { positions.groups[$0] }.filter { seen.insert($0).inserted }
    }
}
