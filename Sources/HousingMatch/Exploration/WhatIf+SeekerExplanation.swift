import Synchronization

extension WhatIf {
    /// Why household `id` is or is not placed in the base match, and what would place it.
    ///
    /// For every group: the hard filters that rule it out, and per possible
    /// site what rules the site out. For a household left out, in addition:
    /// what placing it in each group the filters leave open would cost (a
    /// re-solve requiring it there, ``outcome(requiring:)``), and the
    /// smallest change to its own wishes that places it without displacing
    /// anyone (see ``SeekerExplanation/ChangeSearch``). Each re-solve obeys
    /// ``options`` (its time limit is per solve); ``MatchOptions/shouldStop``
    /// ends the questions early, marking the explanation incomplete.
    ///
    /// - Parameters:
    ///   - maxChangeSolves: how many re-solves the search for a change may spend.
    ///   - progress: called before each re-solve with its position (from 0), the
    ///     number planned so far, and what it asks.
    /// - Throws: ``ExplanationError/unknownSeeker(_:)``; solver failures.
    public func explanation(of id: SeekerID, maxChangeSolves: Int = 12,
                            progress: (@Sendable (_ index: Int, _ count: Int, _ question: String) -> Void)? = nil)
        throws -> SeekerExplanation {
        guard let p = scenario.seekers.firstIndex(where: { $0.id == id }) else { throw UnknownIdentifierError.seeker(id, in: scenario) }
        let filters = HardFilters(scenario)
        let current = base.match.groups.first { $0.members.contains(id) }

        var groups = scenario.groups.indices.map { g in
            SeekerExplanation.GroupCheck(
                group: scenario.groups[g].id,
                open: filters.admits(g, p),
                current: current?.id == scenario.groups[g].id,
                ruledOutBy: filters.groupFilters(g, for: p).map(filters.reason),
                sites: filters.possibleSites(of: g).map { h in
                    let site = scenario.sites[h]
                    return SeekerExplanation.SiteCheck(site: site.id, municipality: site.municipality, rent: site.rent,
                                                       ruledOutBy: filters.siteFilters(h, for: p).map(filters.reason))
                },
                fit: GroupFit(seeker: p, group: g, in: scenario),
                cost: nil)
        }
        let checked = try checkedEntry(for: id)
        var explanation = SeekerExplanation(
            seeker: id, careType: scenario.seekers[p].care?.type, status: base.status,
            placement: current.map { group in
                SeekerExplanation.Placement(group: group.id, site: group.site,
                                            fit: GroupFit(seeker: p, group: scenario.groups.firstIndex { $0.id == group.id }!,
                                                          in: scenario))
            },
            // The same checked reason `solve` prints: a group's not forming is tried, not guessed.
            reason: checked?.reason,
            groups: groups, changeSearch: nil, complete: true, reasonSentence: checked?.sentence)
        // A placed household needs no costs; without a base match there is nothing to measure against.
        guard current == nil, base.hasMatch else { return explanation }

        let open = groups.indices.filter { groups[$0].open }
        var planned = open.count
        // The placements are independent questions: asked a few at a time, answered in order.
        let (runner, asker) = trialRunner(count: open.count)
        let questions = open.map { "placing \(id) in \(groups[$0].group)" }
        let names = open.map { groups[$0].group }
        let costs = try runner.run(open.count, starting: { step in progress?(step, open.count, questions[step]) }) {
            [scenario, base] step in
            PlacementCost(try asker.outcome(requiring: [.joins(id, names[step])], explainingConflict: true),
                          group: names[step], scenario: scenario, base: base.match)
        }
        for (step, index) in open.enumerated() { groups[index].cost = costs[step] }
        if costs.contains(where: { $0 == nil }) {
            explanation.groups = groups
            explanation.complete = false
            return explanation
        }
        explanation.groups = groups

        let search = WishChangeSearch(whatIf: self, seeker: id, maxSolves: maxChangeSolves)
        // The search screens most changes without solving; count at most its budget.
        planned += min(maxChangeSolves, search.candidates().count)
        let step = Mutex(open.count)
        let changes = try search.run { [planned] question in
            let index = step.withLock { value -> Int in defer { value += 1 }; return value }
            progress?(index, max(planned, index + 1), question)
        }
        explanation.changeSearch = changes
        explanation.complete = changes.complete
        return explanation
    }
}
