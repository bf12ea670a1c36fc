/// Finds the smallest loosening of one household's own wishes that places it
/// without displacing anyone, by trying candidate changes with ``WhatIf``.
///
/// A change is worth a solve only when it opens something new to the
/// household: a (group, site) pair the hard filters newly allow, or, for an
/// `apart` entry, a group it could now share with that household. Any other
/// change leaves the household's options as they were, and so cannot place
/// it where the scenario's own match could not; it is screened out without
/// solving. That keeps the number of solves to a handful even on a large
/// scenario, where each one may take many seconds.
struct WishChangeSearch {
    let whatIf: WhatIf
    let seeker: SeekerID
    /// Solves the search may spend before it stops (marked incomplete).
    let maxSolves: Int

    /// A group and a site the household could live at together.
    private struct Place: Hashable { var group: Int; var site: Int }

    private var scenario: Scenario { whatIf.scenario }
    private var p: Int { scenario.seekers.firstIndex { $0.id == seeker }! }

    /// The (group, site) pairs the hard filters allow seeker `id` in `scenario`.
    private static func reach(of id: SeekerID, in scenario: Scenario) -> Set<Place> {
        let filters = HardFilters(scenario)
        guard let p = filters.seekerIndex[id] else { return [] }
        var places: Set<Place> = []
        for g in filters.groupsOpen(to: p) {
            for h in filters.possibleSites(of: g) where filters.eligibility.siteFitsSeeker[p][h] {
                places.insert(Place(group: g, site: h))
            }
        }
        return places
    }

    /// Every single change worth considering, by kind, smallest first within a kind:
    /// rent limits up to each rent of a site some group could take, the towns
    /// of such sites, each group the household excludes, each household it must live apart from.
    func candidates() -> [WishChange] {
        let household = scenario.seekers[p]
        // Sites that could matter: those some group's own rules let it take. Not only
        // those it could take with its founders as they are: the household may be a
        // founder whose own limits are what keeps its group from every site.
        let sites = scenario.sites.filter { site in scenario.groups.contains { Eligibility.group($0, canTake: site) } }
        var changes: [WishChange] = []
        if let limit = household.maxRent {
            changes += Set(sites.map(\.rent).filter { $0 > limit }).sorted().map { .raiseMaxRent(to: $0) }
        }
        if !household.municipalities.isEmpty {
            changes += Set(sites.map(\.municipality).filter { !household.accepts($0) }).sorted().map { .addTown($0) }
        }
        let groupIDs = Set(scenario.groups.map(\.id))
        changes += household.excludes.filter { groupIDs.contains($0) }.map { .dropExclude($0) }
        changes += household.apart.map { .dropApart($0) }
        return changes
    }

    /// Whether `changes` could place the household where the scenario's own rules do not
    /// (see the type's summary); `alreadyOpen` is what the changes' parts open on their own.
    private func opensSomething(_ changes: [WishChange], beyond alreadyOpen: Set<Place>) -> Bool {
        let changed = changes.reduce(scenario) { $1.applied(to: $0, seeker: seeker) }
        if !Self.reach(of: seeker, in: changed).subtracting(alreadyOpen).isEmpty { return true }
        // An `apart` entry dropped matters only when the two could now share a group,
        // and only when the other household does not name this one as well.
        for change in changes where change.kind == .dropApart {
            guard let other = change.seeker, let q = changed.seekers.firstIndex(where: { $0.id == other }),
                  !changed.seekers[q].apart.contains(seeker) else { continue }
            let filters = HardFilters(changed)
            if !Set(filters.groupsOpen(to: p)).isDisjoint(with: filters.groupsOpen(to: q)) { return true }
        }
        return false
    }

    /// Tries single changes, then (when none works) pairs of changes of different kinds.
    ///
    /// - Parameter progress: called before each solve with a description of the change.
    func run(progress: (String) -> Void) throws -> SeekerExplanation.ChangeSearch {
        let everyone = Set(whatIf.base.match.groups.flatMap(\.members))
        // Everyone housed before stays housed: the change must not displace anyone.
        let requirements = [MatchRequirement.housed(seeker)]
            + scenario.seekers.map(\.id).filter { everyone.contains($0) }.map { .housed($0) }
        var search = SeekerExplanation.ChangeSearch(tried: [], screenedOut: 0, complete: false)
        var solves = 0

        func attempt(_ changes: [WishChange]) throws -> WishChangeTrial.Verdict? {
            guard solves < maxSolves, whatIf.options.shouldStop?() != true else { return nil }
            solves += 1
            let description = changes.map(\.description).joined(separator: " and ")
            progress(description)
            let changed = changes.reduce(scenario) { $1.applied(to: $0, seeker: seeker) }
            let outcome = try whatIf.outcome(of: changed, requiring: requirements)
            let verdict: WishChangeTrial.Verdict = switch outcome.status {
            case .optimal, .feasible: .works
            case .infeasible: .doesNotWork
            case .noSolution: .undecided
            }
            search.tried.append(WishChangeTrial(changes: changes, verdict: verdict,
                                                group: outcome.match.groupOfSeeker[seeker], seconds: outcome.seconds))
            return verdict
        }

        let base = Self.reach(of: seeker, in: scenario)
        let singles = candidates()
        var rentSettled = false
        for change in singles {
            // A higher rent limit than one that works is not a smaller change.
            if change.kind == .raiseMaxRent && rentSettled { continue }
            guard opensSomething([change], beyond: base) else { search.screenedOut += 1; continue }
            guard let verdict = try attempt([change]) else { return search }
            if verdict == .works && change.kind == .raiseMaxRent { rentSettled = true }
        }
        guard search.working.isEmpty else { search.complete = true; return search }

        // No single change works: two together, of different kinds, only where the
        // pair opens something neither opens alone (else one of them alone would do).
        let reachAlone = Dictionary(singles.map { change in
            (change, Self.reach(of: seeker, in: change.applied(to: scenario, seeker: seeker)))
        }, uniquingKeysWith: { first, _ in first })
        let pairable = singles.filter { $0.kind != .dropApart }
        var settled: Set<WishChange> = []  // partners of a rent raise that already works
        for (i, first) in pairable.enumerated() {
            for second in pairable[(i + 1)...] where second.kind != first.kind {
                let other = first.kind == .raiseMaxRent ? second : first
                if first.kind == .raiseMaxRent && settled.contains(other) { continue }
                let alone = (reachAlone[first] ?? []).union(reachAlone[second] ?? []).union(base)
                guard opensSomething([first, second], beyond: alone) else { search.screenedOut += 1; continue }
                guard let verdict = try attempt([first, second]) else { return search }
                if verdict == .works && first.kind == .raiseMaxRent { settled.insert(other) }
            }
        }
        search.complete = true
        return search
    }
}
