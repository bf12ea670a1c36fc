import LinearProgramming

// The objective of the third, optional stage (a stable re-solve): how many
// assignments of an earlier match the new one keeps. Not part of MODEL.md's
// two stages; see HowTheModelWorks.md, "Stage 3: keeping an earlier match".
extension MatchFormulation {
    /// One per household of `earlier` still in the same group (its `join`),
    /// plus one per group of `earlier` still at the same site (its `take`).
    ///
    /// Pairs the scenario no longer allows have no variable and count for
    /// nothing: no match can keep them.
    func keptObjective(from earlier: Match) -> LinearExpression {
        let (seekers, groups, sites) = (positions.seekers, positions.groups, positions.sites)
        var kept = LinearExpression()
        for formed in earlier.groups {
            guard let g = groups[formed.id] else { continue }
            for member in formed.members {
                if let p = seekers[member], let stays = join[p][g] { kept.add(stays, 1) }
            }
            if let h = sites[formed.site], let staysAtSite = take[g][h] { kept.add(staysAtSite, 1) }
        }
        return kept
    }
}
