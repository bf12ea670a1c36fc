import LinearProgramming

// The objective of the engine's last step: among matches equally good in
// every stage before it, one chosen by a fixed rule, so that the same
// scenario gives the same match in every command and on either solver.
// Not part of MODEL.md's two stages; see HowTheModelWorks.md, "One match
// among equally good ones".
extension MatchFormulation {
    /// The sum of a fixed weight for every decision a match shows: each
    /// household in its group, each group at its site, each provider's
    /// clients of a care type in a group (per client). The last step
    /// maximises it among the matches best in the stages before.
    ///
    /// A weight depends on the ids the decision names and on nothing else
    /// (not on the order of entries in the file, not on the solver), so the
    /// choice is the same wherever the same scenario is solved. Weights are
    /// whole numbers spread over 1...4096 like random draws, which leaves two
    /// different matches with the same sum only by a rare coincidence.
    var tieBreakObjective: LinearExpression {
        var order = LinearExpression()
        for (g, sites) in take.enumerated() {
            for (h, variable) in sites.sorted(by: { $0.key < $1.key }) {
                order.add(variable, TieBreakWeight.of("site", scenario.groups[g].id.rawValue, scenario.sites[h].id.rawValue))
            }
        }
        for (p, groups) in join.enumerated() {
            for (g, variable) in groups.sorted(by: { $0.key < $1.key }) {
                order.add(variable, TieBreakWeight.of("member", scenario.seekers[p].id.rawValue, scenario.groups[g].id.rawValue))
            }
        }
        for entry in care {
            for (type, variable) in entry.clients.sorted(by: { $0.key < $1.key }) {
                order.add(variable, TieBreakWeight.of("care", scenario.providers[entry.provider].id.rawValue,
                                                      scenario.groups[entry.group].id.rawValue, type))
            }
        }
        return order
    }
}

/// A whole number in 1...4096 for a decision named by ids, the same in every
/// process and on every machine (Swift's own hasher is seeded anew per process).
enum TieBreakWeight {
    static let largest = 4096

    static func of(_ parts: String...) -> Double {
        // FNV-1a over the parts, each ended by a 0 byte so ("ab", "c") and ("a", "bc") differ.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            for byte in part.utf8 + [0] {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
        }
        // SplitMix64's finaliser spreads FNV's weak low bits over the range.
        hash ^= hash >> 30; hash = hash &* 0xbf58_476d_1ce4_e5b9
        hash ^= hash >> 27; hash = hash &* 0x94d0_49bb_1331_11eb
        hash ^= hash >> 31
        return Double(1 + hash % UInt64(largest))
    }
}
