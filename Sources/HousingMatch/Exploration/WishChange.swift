import Wording

/// One loosening of a household's own wishes, as an explanation proposes it:
/// one more town, a higher rent limit, one group or household less to avoid.
///
/// Only wishes are loosened, never needs: a care type or an accessible
/// dwelling is what the household must have, not what it would like.
public struct WishChange: Sendable, Equatable, Hashable, Codable {
    public enum Kind: String, Sendable, Equatable, Hashable, Codable {
        /// Raise `maxRent` to a given rent.
        case raiseMaxRent
        /// Accept one more town.
        case addTown
        /// Take one group off `excludes`.
        case dropExclude
        /// Take one household off `apart`.
        case dropApart
    }

    public var kind: Kind
    /// The new rent limit, for ``Kind/raiseMaxRent``.
    public var maxRent: Double?
    /// The town, for ``Kind/addTown``.
    public var town: Municipality?
    /// The group, for ``Kind/dropExclude``.
    public var group: GroupID?
    /// The other household, for ``Kind/dropApart``.
    public var seeker: SeekerID?

    public static func raiseMaxRent(to rent: Double) -> WishChange { WishChange(kind: .raiseMaxRent, maxRent: rent) }
    public static func addTown(_ town: Municipality) -> WishChange { WishChange(kind: .addTown, town: town) }
    public static func dropExclude(_ group: GroupID) -> WishChange { WishChange(kind: .dropExclude, group: group) }
    public static func dropApart(_ seeker: SeekerID) -> WishChange { WishChange(kind: .dropApart, seeker: seeker) }

    /// The scenario with this change made to household `seeker`'s own entry.
    public func applied(to scenario: Scenario, seeker id: SeekerID) -> Scenario {
        var changed = scenario
        guard let p = changed.seekers.firstIndex(where: { $0.id == id }) else { return changed }
        switch kind {
        case .raiseMaxRent:
            if let maxRent { changed.seekers[p].maxRent = maxRent }
        case .addTown:
            // An empty list already accepts every town; adding one would narrow it.
            if let town, !changed.seekers[p].municipalities.isEmpty, !changed.seekers[p].municipalities.contains(town) {
                changed.seekers[p].municipalities.append(town)
            }
        case .dropExclude:
            changed.seekers[p].excludes.removeAll { $0 == group }
        case .dropApart:
            changed.seekers[p].apart.removeAll { $0 == seeker }
        }
        return changed
    }
}

extension WishChange: CustomStringConvertible {
    /// "with a rent limit of 850", "if Zeist were acceptable", "without excluding g4",
    /// "without having to live apart from h30".
    public var description: String { sentence.text(in: .en) }

    /// The change as a sentence, to say it in any language: "met een huurgrens van € 850".
    public var sentence: Sentence {
        switch kind {
        case .raiseMaxRent: Sentence(AnalysisWords.raiseMaxRent, maxRent.map { .euros($0) } ?? "?")
        case .addTown: Sentence(AnalysisWords.addTown, .plain(town ?? "?"))
        case .dropExclude: Sentence(AnalysisWords.dropExclude, .plain(group?.rawValue ?? "?"))
        case .dropApart: Sentence(AnalysisWords.dropApart, .plain(seeker?.rawValue ?? "?"))
        }
    }
}
