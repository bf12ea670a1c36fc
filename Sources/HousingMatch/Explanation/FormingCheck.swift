import Wording

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
    /// ``message`` as a catalogue sentence, said after the group's id ("g5 kan zelfs op zichzelf
    /// niet ontstaan: …"); `nil` when read from a file.
    public var sentence: Sentence?
    /// ``message`` said after "which" ("oprichter van g5, dat zelfs op zichzelf niet kan ontstaan: …"),
    /// where Dutch puts the verb last.
    public var sentenceAfterWhich: Sentence?

    private enum CodingKeys: String, CodingKey {
        case group, verdict, site, members, householdsChange, housedChange, worseFit, noLongerHoused, newlyHoused,
             displaced, conflict, proven, message
    }

    /// The finding in `language`, without the group's id in front.
    public func text(in language: Language) -> String {
        sentence?.text(in: language) ?? message
    }

    /// The finding as a sentence, after the group's id.
    var clause: Sentence { sentence ?? Sentence(value: .plain(message)) }
    /// The finding as a sentence, after "which".
    var relativeClause: Sentence { sentenceAfterWhich ?? clause }
}

extension FormingCheck {
    /// Words for a group that cannot form at all, naming the rules in conflict.
    static func cannotFormMessage(_ conflict: [ConflictingRule]?, afterWhich: Bool = false) -> Sentence {
        guard let conflict, !conflict.isEmpty else {
            return Sentence(afterWhich ? ConflictWords.cannotFormNoMatchAfterDat : ConflictWords.cannotFormNoMatch)
        }
        if conflict.count == 1 {
            return Sentence(afterWhich ? ConflictWords.cannotFormOneRuleAfterDat : ConflictWords.cannotFormOneRule,
                            .sentence(conflict[0].clause))
        }
        return Sentence(afterWhich ? ConflictWords.cannotFormRulesAfterDat : ConflictWords.cannotFormRules,
                        rules(conflict))
    }

    /// Words for a group that could form alone but not beside the groups that must form.
    static func blockedMessage(_ conflict: [ConflictingRule]?, afterWhich: Bool = false) -> Sentence {
        let rules: Sentence.Value = conflict.map { .sentence(Sentence(ConflictWords.rulesSuffix, Self.rules($0))) } ?? ""
        return Sentence(afterWhich ? ConflictWords.blockedAfterDat : ConflictWords.blocked, rules)
    }

    /// The rules of a conflict, one after another: "g5 must form; h3 accepts only Houten".
    static func rules(_ conflict: [ConflictingRule]) -> Sentence.Value {
        .joined(conflict.map { .sentence($0.clause) }, separator: "; ")
    }

    /// "could form at s15 (6 members), but then g4 loses s15 and the match houses 3 households fewer (h2, h9 and h40 lose their place)".
    static func outcompetedMessage(site: SiteID, members: Int, displaced: [Displaced], householdsChange: Int,
                                   housedChange: Double, worseFit: Bool, noLongerHoused: [SeekerID],
                                   newlyHoused: [SeekerID], proven: Bool) -> Sentence {
        var moves: [Sentence.Value] = []
        // The group that gives up the very site is named; a long tail of
        // reshuffles elsewhere is counted, not listed.
        let named = displaced.filter { $0.site == site } + displaced.filter { $0.site != site }.prefix(2)
        let rest = displaced.count - named.count
        for other in named {
            if let moved = other.movedTo {
                moves.append(.sentence(Sentence(ConflictWords.movesTo, .plain(other.group.rawValue),
                                                .plain(other.site.rawValue), .plain(moved.rawValue))))
            } else {
                moves.append(.sentence(Sentence(ConflictWords.losesSite, .plain(other.group.rawValue),
                                                .plain(other.site.rawValue))))
            }
        }
        if rest > 0 {
            moves.append(.sentence(Sentence(rest == 1 ? ConflictWords.oneOtherMoves : ConflictWords.othersMove,
                                            .number(Double(rest)))))
        }
        let fewer = -householdsChange
        var loss: Sentence?
        if fewer > 0 {
            loss = Sentence(fewer == 1 ? ConflictWords.housesOneFewer : ConflictWords.housesFewer, .number(Double(fewer)))
        } else if housedChange < -1e-6 {
            loss = Sentence(ConflictWords.lowerPriority)
        } else if worseFit {
            loss = Sentence(ConflictWords.worseFit)
        }
        let place = Sentence.Value.sentence(Sentence(members == 1 ? ConflictWords.couldFormOne : ConflictWords.couldForm,
                                                     .plain(site.rawValue), .number(Double(members))))
        let inWhich: Sentence.Value = moves.isEmpty ? ""
            : .sentence(Sentence(ConflictWords.inWhich, .joined(moves, separator: "; ")))
        var words: Sentence
        if householdsChange > 0 || housedChange > 1e-6 {
            // Possible only against a best match that was not proven: say so rather than call it a cost.
            words = Sentence(ConflictWords.housesMore, place, inWhich)
        } else if let loss {
            // Joined with semicolons: each part may hold an "and" of its own.
            words = Sentence(ConflictWords.butThen, place, .joined(moves + [.sentence(loss)], separator: "; "))
        } else {
            // A tie: among equally good matches one was picked; this one would do as well.
            words = Sentence(ConflictWords.justAsGood, place, inWhich)
        }
        var who: [Sentence.Value] = []
        if !noLongerHoused.isEmpty {
            who.append(.sentence(Sentence(noLongerHoused.count == 1 ? ConflictWords.losesPlace : ConflictWords.losePlace,
                                          names(noLongerHoused))))
        }
        if !newlyHoused.isEmpty {
            who.append(.sentence(Sentence(newlyHoused.count == 1 ? ConflictWords.gainsOne : ConflictWords.gainOne,
                                          names(newlyHoused))))
        }
        if !who.isEmpty { words = Sentence(ConflictWords.whoSuffix, .sentence(words), .joined(who, separator: "; ")) }
        if !proven { words = Sentence(ConflictWords.notProvenSuffix, .sentence(words)) }
        return words
    }

    /// "h1, h2 and h3", or "h1, h2, h3, h4, h5 and 7 more".
    static func names(_ ids: [SeekerID]) -> Sentence.Value {
        let shown = ids.prefix(5).map { Sentence.Value.plain($0.rawValue) }
        return .andMore(Array(shown), more: ids.count - shown.count)
    }
}
