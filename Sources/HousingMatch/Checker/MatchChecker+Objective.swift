// MODEL.md's "What best means", recomputed from a match alone so that the
// formulation's objective rows can be checked against it.
extension MatchChecker {
    /// The two objective values of MODEL.md for a match, recomputed from the match alone.
    ///
    /// `housed` sums the priority of every seeker who is a member of a listed
    /// group; `preference` sums, over members, `weights.preference` × rank plus
    /// `weights.values` × overlap. Entries the scenario cannot resolve (unknown
    /// groups or seekers) count for nothing. The match need not be feasible: a
    /// seeker listed in two groups is housed once but scores in both.
    public func objective(of match: Match) -> MatchObjective {
        let resolved = ResolvedMatch(match, lookup: lookup)
        let housed = lookup.orderedSeekers
            .filter { !resolved.groups(of: $0.id).isEmpty }
            .reduce(0) { $0 + $1.priority }
        let preference = resolved.formingGroups.reduce(0.0) { total, forming in
            forming.members.reduce(total) { $0 + fit(of: $1, in: forming.group) }
        }
        return MatchObjective(housed: housed, preference: preference)
    }

    private func fit(of seeker: Seeker, in group: Group) -> Double {
        scenario.weights.preference * rank(of: group.id, for: seeker)
            + scenario.weights.values * overlap(of: seeker, with: group)
    }

    /// (L − r + 1) / L for a group at 1-based position r of L preferences, else 0.
    private func rank(of group: GroupID, for seeker: Seeker) -> Double {
        guard let offset = seeker.preferences.firstIndex(of: group) else { return 0 }
        let length = seeker.preferences.count
        // A 0-based offset is r − 1, so L − r + 1 is L − offset.
        return Double(length - offset) / Double(length)
    }

    /// The share of the group's values among the seeker's tags, both taken as
    /// sets so that a repeated tag or value counts once.
    private func overlap(of seeker: Seeker, with group: Group) -> Double {
        let values = Set(group.values)
        guard !values.isEmpty else { return 0 }
        return Double(values.intersection(seeker.tags).count) / Double(values.count)
    }
}
