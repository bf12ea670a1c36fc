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
    /// The answer is the one asking one change after the other would give; the
    /// solves themselves run a few at a time (``TrialRunner``), and a solve
    /// made redundant by an answer before it (a higher rent limit, once a lower
    /// one works) is dropped, not counted.
    ///
    /// - Parameter progress: called before each solve with a description of the change.
    func run(progress: @escaping @Sendable (String) -> Void) throws -> SeekerExplanation.ChangeSearch {
        let everyone = Set(whatIf.base.match.groups.flatMap(\.members))
        // Everyone housed before stays housed: the change must not displace anyone.
        let requirements = [MatchRequirement.housed(seeker)]
            + scenario.seekers.map(\.id).filter { everyone.contains($0) }.map { .housed($0) }
        var search = SeekerExplanation.ChangeSearch(tried: [], screenedOut: 0, complete: false)
        var solves = 0
        let (runner, asker) = whatIf.trialRunner(count: maxSolves)
        let seeker = self.seeker, scenario = self.scenario

        /// Goes through `items` as one by one would: passing over those `skipped` says
        /// (which may only turn true as answers come), counting those `opens` says
        /// open nothing, and solving the rest. Returns false when the search must end
        /// (out of solves, or stopped).
        func tryInOrder(_ items: [[WishChange]], skipped: ([WishChange]) -> Bool, opens: ([WishChange]) -> Bool,
                        settle: ([WishChange], WishChangeTrial.Verdict) -> Void) throws -> Bool {
            var opensCache: [Int: Bool] = [:]
            func worthASolve(_ index: Int) -> Bool {
                if let known = opensCache[index] { return known }
                let known = opens(items[index])
                opensCache[index] = known
                return known
            }
            var next = 0
            while next < items.count {
                // The next few that would be solved, as far as is known now.
                var planned: [Int] = []
                var end = next
                while end < items.count, planned.count < runner.workers {
                    if skipped(items[end]) || !worthASolve(end) { end += 1; continue }
                    if solves + planned.count >= maxSolves { break }
                    planned.append(end)
                    end += 1
                }
                let changeSets = planned.map { items[$0] }
                let answers = try runner.run(changeSets.count, starting: { step in
                    progress(changeSets[step].map(\.description).joined(separator: " and "))
                }) { step -> WishChangeTrial in
                    let changed = changeSets[step].reduce(scenario) { $1.applied(to: $0, seeker: seeker) }
                    let outcome = try asker.outcome(of: changed, requiring: requirements)
                    let verdict: WishChangeTrial.Verdict = switch outcome.status {
                    case .optimal, .feasible: .works
                    case .infeasible: .doesNotWork
                    case .noSolution: .undecided
                    }
                    return WishChangeTrial(changes: changeSets[step], verdict: verdict,
                                           group: outcome.match.groupOfSeeker[seeker], seconds: outcome.seconds)
                }
                let answered = Dictionary(uniqueKeysWithValues: zip(planned, answers))
                for index in next..<end {
                    if skipped(items[index]) { continue }
                    if !worthASolve(index) { search.screenedOut += 1; continue }
                    guard solves < maxSolves, let trial = answered[index] ?? nil else { return false }
                    solves += 1
                    search.tried.append(trial)
                    settle(items[index], trial.verdict)
                }
                // Out of solves before the next change worth one.
                if planned.isEmpty && end < items.count { return false }
                next = end
            }
            return true
        }

        let base = Self.reach(of: seeker, in: scenario)
        let singles = candidates()
        var rentSettled = false
        // A higher rent limit than one that works is not a smaller change.
        guard try tryInOrder(singles.map { [$0] },
                             skipped: { $0[0].kind == .raiseMaxRent && rentSettled },
                             opens: { opensSomething($0, beyond: base) },
                             settle: { changes, verdict in
                                 if verdict == .works && changes[0].kind == .raiseMaxRent { rentSettled = true }
                             })
        else { return search }
        guard search.working.isEmpty else { search.complete = true; return search }

        // No single change works: two together, of different kinds, only where the
        // pair opens something neither opens alone (else one of them alone would do).
        let reachAlone = Dictionary(singles.map { change in
            (change, Self.reach(of: seeker, in: change.applied(to: scenario, seeker: seeker)))
        }, uniquingKeysWith: { first, _ in first })
        let pairable = singles.filter { $0.kind != .dropApart }
        var pairs: [[WishChange]] = []
        for (i, first) in pairable.enumerated() {
            for second in pairable[(i + 1)...] where second.kind != first.kind { pairs.append([first, second]) }
        }
        var settled: Set<WishChange> = []  // partners of a rent raise that already works
        func partner(_ pair: [WishChange]) -> WishChange { pair[0].kind == .raiseMaxRent ? pair[1] : pair[0] }
        guard try tryInOrder(pairs,
                             skipped: { $0[0].kind == .raiseMaxRent && settled.contains(partner($0)) },
                             opens: { pair in
                                 let alone = (reachAlone[pair[0]] ?? []).union(reachAlone[pair[1]] ?? []).union(base)
                                 return opensSomething(pair, beyond: alone)
                             },
                             settle: { pair, verdict in
                                 if verdict == .works && pair[0].kind == .raiseMaxRent { settled.insert(partner(pair)) }
                             })
        else { return search }
        search.complete = true
        return search
    }
}
