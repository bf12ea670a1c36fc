import LinearProgramming

extension ColumnGeneration {
    /// Diving on sites: hold the group-site pair the master uses most to its
    /// site, generate columns for what is left, repeat until every group's
    /// site is whole; then solve the compact programme with those sites fixed.
    ///
    /// With the sites fixed the compact programme is exact and quick (issue
    /// 18), so the dive only has to choose sites, the part of stage 1 whose
    /// relaxation is loose; members and care are left to the exact solve.
    func siteDive(_ state: inout State, deadline: ContinuousClock.Instant?,
                  roundsPerStep: Int = 5) throws(SolverError) -> ColumnMatch? {
        var restriction = MasterRestriction()
        var candidate: (group: Int, site: Int)?
        dive: while true {
            let ending = try generate(&state, restriction: restriction, deadline: deadline,
                                      maximumRounds: roundsPerStep)
            switch ending {
            case .infeasible:
                guard let last = candidate else { return nil }
                restriction.siteOfGroup[last.group] = nil
                restriction.forbiddenPairs.insert([last.group, last.site])
                candidate = nil
                continue dive
            case .outOfTime:
                if let last = candidate { restriction.siteOfGroup[last.group] = nil }
                break dive
            case .converged:
                break
            }
            // How much of each pair the master uses.
            var usage: [[Int]: Double] = [:]
            for (k, value) in state.columnValues.enumerated() where value > tolerance {
                usage[[state.columns[k].group, state.columns[k].site], default: 0] += value
            }
            let open = usage.filter { restriction.siteOfGroup[$0.key[0]] == nil }
            for (pair, value) in open where value > 1 - tolerance { restriction.siteOfGroup[pair[0]] = pair[1] }
            let fractional = open.filter { $0.value <= 1 - tolerance }
            // Ties by position, so that a run is repeatable.
            guard let next = fractional.max(by: { ($0.value, -$0.key[0], -$0.key[1]) < ($1.value, -$1.key[0], -$1.key[1]) })
            else { break dive }
            restriction.siteOfGroup[next.key[0]] = next.key[1]
            candidate = (next.key[0], next.key[1])
        }
        return try completeWithSites(restriction.siteOfGroup, deadline: deadline)
    }

    /// The best match in which exactly the given groups form, each at its given
    /// site, from the compact programme with every `take` fixed.
    func completeWithSites(_ siteOfGroup: [Int: Int], deadline: ContinuousClock.Instant?) throws(SolverError) -> ColumnMatch? {
        let formulation = MatchFormulation(scenario: scenario, eligibility: eligibility)
        var model = formulation.model
        for (g, sites) in formulation.take.enumerated() {
            for (h, variable) in sites {
                let on: Double = siteOfGroup[g] == h ? 1 : 0
                model.setBounds(of: variable, lower: on, upper: on)
            }
        }
        let left = deadline.map { max(1, ContinuousClock.now.duration(to: $0).seconds) }
        let result = try backend.solve(model, parameters: SolverParameters(timeLimit: left))
        guard result.hasSolution else { return nil }
        // A programme without variables (no group can form anywhere) is solved by the empty match.
        let values = result.values.isEmpty ? Array(repeating: 0, count: model.variables.count) : result.values
        let match = formulation.decode(values)
        return ColumnMatch(match: match, housed: formulation.objective(at: values).housed,
                           violations: MatchChecker(scenario: scenario).violations(of: match))
    }
}
