/// Why a group that has a site open to it does not form in the best match,
/// found by trying rather than guessed from the match.
///
/// Two solves decide it. First the group alone, required to form, with every
/// other group left out: when no match lets it form even then, it cannot
/// form at all, and the conflict finder names the rules that keep it from
/// forming. Otherwise the whole scenario again, with the group required to
/// form: the match that answers shows where it would live and what that
/// costs the others (who loses a site, how many fewer households are housed).
/// Every sentence of ``message`` rests on one of those solves.
public struct FormingCheck: Sendable, Equatable, Codable {
    /// What the solves found.
    public enum Verdict: String, Sendable, Equatable, Codable {
        /// No match lets it form, even with no other group forming.
        case cannotForm
        /// It could form on its own, but not together with the groups that must form.
        case blockedByMustForm
        /// It forms in the best match that requires it to: it loses to other groups.
        case outcompeted
        /// A solve stopped (time limit) before it could tell.
        case undecided
    }

    /// A group of the best match that loses its site, or does not form at all, once this one forms.
    public struct Displaced: Sendable, Equatable, Codable {
        public var group: GroupID
        /// Its site in the best match.
        public var site: SiteID
        /// Its site once the checked group forms; `nil` when it no longer forms.
        public var movedTo: SiteID?

        public init(group: GroupID, site: SiteID, movedTo: SiteID?) {
            self.group = group
            self.site = site
            self.movedTo = movedTo
        }
    }

    public var group: GroupID
    public var verdict: Verdict
    /// For ``Verdict/outcompeted``: the site it takes when it must form, and its members there.
    public var site: SiteID?
    public var members: Int?
    /// For ``Verdict/outcompeted``: households housed then minus now (negative: fewer), and by priority.
    public var householdsChange: Int?
    public var housedChange: Double?
    /// For ``Verdict/outcompeted``: whether the fit to preferences is worse, at equal households housed.
    public var worseFit: Bool
    /// Households housed now and not then, and the other way round.
    public var noLongerHoused: [SeekerID]
    public var newlyHoused: [SeekerID]
    /// Groups that give up their site for it.
    public var displaced: [Displaced]
    /// For ``Verdict/cannotForm`` and ``Verdict/blockedByMustForm``: rules that cannot all hold
    /// with it forming (`nil` when the finder could not name them in time).
    public var conflict: [ConflictingRule]?
    /// Whether the solves behind it were proven (not stopped by a time limit).
    public var proven: Bool
    /// The finding in words, without the group's id in front: "cannot form at all, even on its own: …".
    public var message: String
}

extension FormingCheck {
    /// Words for a group that cannot form at all, naming the rules in conflict.
    static func cannotFormMessage(_ conflict: [ConflictingRule]?) -> String {
        guard let conflict, !conflict.isEmpty else {
            return "cannot form at all, even on its own: no match lets it form"
        }
        if conflict.count == 1 { return "cannot form at all, even on its own: this rule cannot hold: " + conflict[0].statement }
        return "cannot form at all, even on its own: these rules cannot all hold together: "
            + conflict.map(\.statement).joined(separator: "; ")
    }

    /// Words for a group that could form alone but not beside the groups that must form.
    static func blockedMessage(_ conflict: [ConflictingRule]?) -> String {
        let rules = conflict.map { ": these rules cannot all hold together: " + $0.map(\.statement).joined(separator: "; ") } ?? ""
        return "could form on its own, but not while the groups that must form do" + rules
    }

    /// "could form at s15 (6 members), but then g4 loses s15 and the match houses 3 households fewer (h2, h9 and h40 lose their place)".
    static func outcompetedMessage(site: SiteID, members: Int, displaced: [Displaced], householdsChange: Int,
                                   housedChange: Double, worseFit: Bool, noLongerHoused: [SeekerID],
                                   newlyHoused: [SeekerID], proven: Bool) -> String {
        var moves: [String] = []
        // The group that gives up the very site is named; a long tail of
        // reshuffles elsewhere is counted, not listed.
        let named = displaced.filter { $0.site == site } + displaced.filter { $0.site != site }.prefix(2)
        let rest = displaced.count - named.count
        for other in named {
            if let moved = other.movedTo {
                moves.append("\(other.group) moves from \(other.site) to \(moved)")
            } else {
                moves.append("\(other.group) loses \(other.site) and does not form")
            }
        }
        if rest > 0 { moves.append("\(rest) other group\(rest == 1 ? "" : "s") move\(rest == 1 ? "s" : "") or do\(rest == 1 ? "es" : "") not form") }
        let fewer = -householdsChange
        var loss: String?
        if fewer > 0 {
            loss = "the match houses \(fewer) household\(fewer == 1 ? "" : "s") fewer"
        } else if housedChange < -1e-6 {
            loss = "the match houses households of lower priority"
        } else if worseFit {
            loss = "the match fits households' preferences less well"
        }
        let place = "could form at \(site) with \(members) member\(members == 1 ? "" : "s")"
        var words: String
        if householdsChange > 0 || housedChange > 1e-6 {
            // Possible only against a best match that was not proven: say so rather than call it a cost.
            words = place + " in a match that houses more than the one found"
                + (moves.isEmpty ? "" : ", in which " + moves.joined(separator: "; "))
        } else if let loss {
            // Joined with semicolons: each part may hold an "and" of its own.
            words = place + ", but then " + (moves + [loss]).joined(separator: "; ")
        } else {
            // A tie: among equally good matches one was picked; this one would do as well.
            words = place + " in a match just as good" + (moves.isEmpty ? "" : ", in which " + moves.joined(separator: "; "))
        }
        var who: [String] = []
        if !noLongerHoused.isEmpty {
            who.append(Self.names(noLongerHoused) + " lose\(noLongerHoused.count == 1 ? "s" : "") their place")
        }
        if !newlyHoused.isEmpty {
            who.append(Self.names(newlyHoused) + " gain\(newlyHoused.count == 1 ? "s" : "") one")
        }
        if !who.isEmpty { words += " (" + who.joined(separator: "; ") + ")" }
        if !proven { words += " (not proven best within the time limit)" }
        return words
    }

    /// "h1, h2 and h3", or "h1, h2, h3, h4, h5 and 7 more".
    static func names(_ ids: [SeekerID]) -> String {
        let shown = ids.prefix(5).map(\.rawValue)
        let more = ids.count - shown.count
        return more > 0 ? shown.joined(separator: ", ") + " and \(more) more" : HardFilters.andList(shown)
    }
}
