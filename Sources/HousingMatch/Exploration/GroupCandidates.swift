import Wording

/// For a group's founders: the households who could join them, best fit
/// first, and what adding each would cost the rest of the match.
///
/// Built by ``WhatIf/candidates(for:top:progress:)``. A candidate is a
/// household the hard filters let join the group at some site it may take,
/// that is neither a founder nor a member in the scenario's match, and for
/// whom the re-solve requiring it in the group finds a match. Households the
/// filters let through but no match can place there are listed apart as
/// impossible, with the rules that keep them out; households the founders
/// decline are listed apart too. Households are named by id, with at most a care type.
public struct GroupCandidates: Sendable, Equatable, Codable {
    public var group: GroupID
    /// The status of the scenario's own solve, which costs are measured against.
    public var status: MatchStatus
    /// The site the group takes in the scenario's match, or `nil` when it does not form.
    public var site: SiteID?
    /// Why the group has no possible site at all, when it has none.
    public var cannotForm: String?
    /// The group's members in the scenario's match, founders first.
    public var members: [Member]
    /// The best-fitting candidates, at most `top` of them, each with its cost:
    /// only households some match places in the group (when there is a match to ask).
    public var candidates: [Candidate]
    /// How many households the hard filters let join the group, besides its members and founders
    /// (some of them may prove impossible when asked).
    public var eligibleCount: Int
    /// Households the hard filters let through but no match places in the group,
    /// found while asking for the candidates, best fit first; each cost holds the conflicting rules.
    public var impossible: [Candidate]
    /// Households the hard filters let through that were not asked about: after
    /// `top` possible ones were found, or after three times `top` questions.
    public var notAsked: Int
    /// Households whom only the founders' `declines` keeps out, best fit first (at most `top`).
    public var declined: [Candidate]
    /// Whether every cost was asked (false after a stop).
    public var complete: Bool

    /// ``cannotForm`` as a catalogue sentence, to say it in any language; `nil` when the group has a possible site.
    ///
    /// - Parameter scenario: the scenario the candidates were found in.
    public func cannotFormSentence(in scenario: Scenario) -> Sentence? {
        guard cannotForm != nil, let g = scenario.groups.firstIndex(where: { $0.id == group }) else { return nil }
        return HardFilters(scenario).cannotFormReason(g)
    }

    /// A member of the group in the scenario's match.
    public struct Member: Sendable, Equatable, Codable {
        public var seeker: SeekerID
        public var careType: CareType?
        public var founder: Bool
        public var fit: GroupFit
    }

    /// A household who could join the group.
    public struct Candidate: Sendable, Equatable, Codable {
        public var seeker: SeekerID
        /// Its care type, if any; hours and other health details are left out on purpose.
        public var careType: CareType?
        /// How well the group fits it: its term in MODEL.md's second objective, ranked on.
        public var fit: GroupFit
        /// The group it joins in the scenario's match, or `nil` when it is not housed.
        public var currentGroup: GroupID?
        /// Households that must live with it (`together`) and would come along.
        public var together: [SeekerID]
        /// What adding it (with its partners) would cost; `nil` for the declined,
        /// who cannot join, and when there is no match to measure against.
        public var cost: PlacementCost?
    }
}

extension WhatIf {
    /// The households who could join group `id`, ranked by fit, the first `top`
    /// of them with what adding them would cost (a re-solve requiring them in
    /// the group, ``outcome(requiring:)``). A household whose re-solve finds no
    /// match is set apart as impossible and the next best is asked instead.
    ///
    /// - Parameter progress: called before each re-solve with its position
    ///   (from 0), the number of re-solves planned so far, and the household asked about.
    /// - Throws: ``ExplanationError/unknownGroup(_:)``; solver failures.
    public func candidates(for id: GroupID, top: Int = 10,
                           progress: (@Sendable (_ index: Int, _ count: Int, _ seeker: SeekerID) -> Void)? = nil)
        throws -> GroupCandidates {
        guard let g = scenario.groups.firstIndex(where: { $0.id == id }) else { throw UnknownIdentifierError.group(id, in: scenario) }
        let filters = HardFilters(scenario)
        let formed = base.match.groups.first { $0.id == id }
        let members = Set(formed?.members ?? [])
        let placed = base.match.groupOfSeeker
        let founders = Set(scenario.groups[g].founders)

        func candidate(_ p: Int) -> GroupCandidates.Candidate {
            let seeker = scenario.seekers[p]
            return GroupCandidates.Candidate(
                seeker: seeker.id, careType: seeker.care?.type, fit: GroupFit(seeker: p, group: g, in: scenario),
                currentGroup: placed[seeker.id], together: filters.partnersInCircle(of: p), cost: nil)
        }
        // Best fit first; equal fits keep scenario order, so the list is the same every run.
        func ranked(_ seekers: [Int]) -> [GroupCandidates.Candidate] {
            seekers.map(candidate).enumerated()
                .sorted { a, b in
                    abs(a.element.fit.score - b.element.fit.score) > 1e-9 ? a.element.fit.score > b.element.fit.score
                        : a.offset < b.offset
                }
                .map(\.element)
        }
        // Founders are members whenever the group forms: never candidates, even when it does not form.
        let outsiders = scenario.seekers.indices.filter {
            !members.contains(scenario.seekers[$0].id) && !founders.contains(scenario.seekers[$0].id)
        }
        let eligible = ranked(outsiders.filter { filters.admits(g, $0) })
        // Declined and otherwise free to join: the founders' own say is all that keeps them out.
        let declined = outsiders.filter { p in filters.groupFilters(g, for: p) == [.declined] }

        var result = GroupCandidates(
            group: id, status: base.status, site: formed?.site, cannotForm: filters.cannotFormReason(g)?.text(in: .en),
            members: ((formed?.members ?? []).filter(founders.contains) + (formed?.members ?? []).filter { !founders.contains($0) })
                .map { member in
                let p = filters.seekerIndex[member]!
                return GroupCandidates.Member(seeker: member, careType: scenario.seekers[p].care?.type,
                                              founder: founders.contains(member),
                                              fit: GroupFit(seeker: p, group: g, in: scenario))
            },
            candidates: Array(eligible.prefix(max(0, top))), eligibleCount: eligible.count, impossible: [], notAsked: 0,
            declined: Array(ranked(declined).prefix(max(0, top))), complete: true)
        guard base.hasMatch, top > 0 else { return result }
        // Ask in fit order until `top` households prove possible: one that no match
        // places in the group is set apart, and the next best is asked in its place.
        // Each cost is an independent question: asked a few at a time, answered in order.
        var possible: [GroupCandidates.Candidate] = []
        var impossible: [GroupCandidates.Candidate] = []
        var next = 0
        // A group no household can join (one that cannot form at all) would otherwise cost a question each.
        let mostAsked = 3 * top
        while possible.count < top, next < min(eligible.count, mostAsked) {
            let batch = Array(eligible[next..<min(eligible.count, mostAsked, next + top - possible.count)])
            let seekers = batch.map(\.seeker)
            let offset = next
            let (runner, asker) = trialRunner(count: seekers.count)
            let costs = try runner.run(seekers.count, starting: { index in
                progress?(offset + index, max(offset + seekers.count, min(eligible.count, top)), seekers[index])
            }) { [scenario, base] index in
                PlacementCost(try asker.outcome(requiring: [.joins(seekers[index], id)], explainingConflict: true),
                              group: id, scenario: scenario, base: base.match)
            }
            next += batch.count
            for (candidate, cost) in zip(batch, costs) {
                guard let cost else {
                    // Stopped: what was asked stands, the rest is not listed as settled.
                    result.complete = false
                    break
                }
                var asked = candidate
                asked.cost = cost
                if cost.status == .infeasible { impossible.append(asked) } else { possible.append(asked) }
            }
            if !result.complete { break }
        }
        result.candidates = possible
        result.impossible = impossible
        result.notAsked = eligible.count - possible.count - impossible.count
        return result
    }
}
