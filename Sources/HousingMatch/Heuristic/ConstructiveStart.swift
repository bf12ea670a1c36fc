import LinearProgramming

/// The heuristic's first match: groups one at a time, each given the site
/// and members that house the most households among what the groups before
/// it left (solved exactly as a neighbourhood of one group).
///
/// Groups that must form come first, all together, so that no earlier
/// choice can shut one out. The rest follow scarcest first: fewest sites to
/// choose from, then most households wanting to join, then most founders, so
/// that a group with many options does not take the one site another needed.
/// A group whose rules cannot be met with what is left does not form.
struct ConstructiveStart {
    let eligibility: Eligibility
    let solver: NeighbourhoodSolver
    let components: [[Int]]

    /// The group order described above.
    func order(_ scenario: Scenario) -> [Int] {
        var candidates = [Int](repeating: 0, count: scenario.groups.count)
        for groups in eligibility.groupsOfSeeker { for g in groups { candidates[g] += 1 } }
        return scenario.groups.indices
            .filter { !scenario.groups[$0].mustForm && !eligibility.sitesOfGroup[$0].isEmpty }
            .sorted { a, b in
                let keyA = (eligibility.sitesOfGroup[a].count, -candidates[a], -eligibility.foundersOfGroup[a].count, a)
                let keyB = (eligibility.sitesOfGroup[b].count, -candidates[b], -eligibility.foundersOfGroup[b].count, b)
                return keyA < keyB
            }
    }

    /// Fills `state` group by group; `false` when the groups that must form cannot.
    func build(into state: inout HeuristicState, deadline: ContinuousClock.Instant) throws(SolverError) -> Bool {
        let scenario = state.scenario
        let mustForm = scenario.groups.indices.filter { scenario.groups[$0].mustForm }
        if !mustForm.isEmpty {
            let neighbourhood = Neighbourhood(freeing: mustForm, from: state, eligibility: eligibility,
                                              components: components)
            let answer = try solver.solve(neighbourhood, goal: .housed(above: -1), timeLimit: deadline.secondsLeft)
            guard let match = answer.match else { return false }
            state.replace(mustForm, with: match)
        }
        for g in order(scenario) {
            guard deadline.secondsLeft > 0, solver.shouldStop?() != true else { break }
            let neighbourhood = Neighbourhood(freeing: [g], from: state, eligibility: eligibility,
                                              components: components)
            // Forming with nobody is no gain: ask for at least one household housed.
            let answer = try solver.solve(neighbourhood, goal: .housed(above: 0), timeLimit: deadline.secondsLeft)
            if let match = answer.match { state.replace([g], with: match) }
        }
        return true
    }
}

extension ContinuousClock.Instant {
    /// Seconds from now until this instant; 0 once it has passed.
    var secondsLeft: Double { max(0, (self - ContinuousClock.now).seconds) }
}
