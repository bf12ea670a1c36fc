import Wording

/// What one trial (a household placed, a site taken, a change tried) does to
/// everyone else, on both sides: who gains a place and who loses one, who
/// moves to another group, which groups move to another site or start or stop
/// forming, and which members leave the group the question is about.
///
/// Every entry is read from the trial's solved match against the base match
/// (``MatchDifferences``), never inferred from the question.
public struct TrialEffects: Sendable, Equatable, Codable {
    /// Households housed in the trial's match and not in the base match.
    public var gainPlace: [HouseholdChange]
    /// Households housed in the base match and not in the trial's.
    public var losePlace: [HouseholdChange]
    /// Households housed in both, in another group.
    public var changeGroup: [HouseholdChange]
    /// Groups that form in the trial's match and not in the base match.
    public var startForming: [GroupChange]
    /// Groups that form in the base match and not in the trial's.
    public var stopForming: [GroupChange]
    /// Groups that form in both, at another site.
    public var moveSite: [GroupChange]
    /// The group the question is about, if any.
    public var group: GroupID?
    /// Members of ``group`` in the base match who are not in it in the trial's
    /// match: they move to another group or lose their place.
    public var leaveGroup: [HouseholdChange]
    /// Whether ``group`` had no room left in the base match: as many members as
    /// its maximum size or its site's dwellings. A newcomer then takes a member's place.
    public var groupWasFull: Bool
    /// Whether both matches are proven best: when not, a better match might cost less.
    public var proven: Bool

    /// The effects in `differences`, seen from `group`.
    ///
    /// - Parameters:
    ///   - scenario: the base scenario, for the group's size limits and its site's dwellings.
    ///   - baseMatch: the base match, for the group's members and site there.
    public init(_ differences: MatchDifferences, group: GroupID?, scenario: Scenario?, baseMatch: Match, proven: Bool) {
        gainPlace = differences.households(.gainsPlace)
        losePlace = differences.households(.losesPlace)
        changeGroup = differences.households(.changesGroup)
        startForming = differences.groups(.forms)
        stopForming = differences.groups(.stopsForming)
        moveSite = differences.groups(.changesSite)
        self.group = group
        leaveGroup = group.map { id in
            differences.households.filter { $0.base?.group == id && $0.variant?.group != id }
        } ?? []
        groupWasFull = false
        if let group, let scenario, let formed = baseMatch.groups.first(where: { $0.id == group }),
           let rules = scenario.groups.first(where: { $0.id == group }) {
            let dwellings = scenario.sites.first { $0.id == formed.site }?.units ?? rules.maxSize
            groupWasFull = formed.members.count >= min(rules.maxSize, dwellings)
        }
        self.proven = proven
    }

    /// Whether the trial changes nothing for anyone but those it gives a place.
    public var changesNothingElse: Bool {
        losePlace.isEmpty && changeGroup.isEmpty && stopForming.isEmpty && moveSite.isEmpty && leaveGroup.isEmpty
    }

    // MARK: Words

    /// Both sides in one line: "nobody loses their place; h41 gains one",
    /// "h29 loses their place; h41 and h12 gain one; g5 moves to s2",
    /// "nobody loses their place; h41 gains one; e leaves g1", "at most 4 lose their place: …".
    public var summary: String { summarySentence.text(in: .en) }

    /// ``summary`` as a catalogue sentence, to say it in any language.
    public var summarySentence: Sentence {
        typealias W = ExplorationWords
        typealias N = ExplorationNames
        var parts: [Sentence] = []
        let lost = losePlace.map(\.seeker)
        if lost.isEmpty {
            parts.append(Sentence(W.nobodyLoses))
        } else if lost.count == 1 && proven {
            parts.append(Sentence(W.losesOne, N.household(lost[0])))
        } else if lost.count <= 3 && proven {
            parts.append(Sentence(W.loseFew, N.households(lost)))
        } else {
            parts.append(Sentence(proven ? W.loseCount : W.loseAtMost, N.count(lost.count), N.households(lost)))
        }
        let gained = gainPlace.map(\.seeker)
        if gained.count == 1 {
            parts.append(Sentence(W.gainsOne, N.household(gained[0])))
        } else if gained.count > 1 {
            parts.append(gained.count <= 3 ? Sentence(W.gainFew, N.households(gained))
                         : Sentence(W.gainCount, N.count(gained.count), N.households(gained)))
        }
        if let group, !leaveGroup.isEmpty {
            // The sentences name them all; a table cell counts a long list.
            let who = leaveGroup.count <= 3 ? N.households(leaveGroup.map(\.seeker)) : N.count(leaveGroup.count)
            parts.append(Sentence(leaveGroup.count == 1 ? W.leavesGroup : W.leaveGroup, who, N.groupID(group)))
        }
        for change in moveSite where change.group == group {
            if let to = change.variant { parts.append(Sentence(W.movesTo, N.groupID(change.group), N.siteID(to.site))) }
        }
        for change in moveSite where change.group != group {
            if let to = change.variant { parts.append(Sentence(W.movesTo, N.groupID(change.group), N.siteID(to.site))) }
        }
        if !stopForming.isEmpty {
            parts.append(Sentence(stopForming.count == 1 ? W.noLongerFormsOne : W.noLongerFormMany,
                                  N.groups(stopForming.map(\.group))))
        }
        if !startForming.isEmpty {
            parts.append(Sentence(startForming.count == 1 ? W.formsOne : W.formMany, N.groups(startForming.map(\.group))))
        }
        return Sentence(value: .joined(parts.map { .sentence($0) }, separator: "; "))
    }

    /// The rest, one sentence each, with groups and sites by id and name:
    /// "h41 and h12 gain a place in g5 (De Bilt Verbonden)", "h29 loses their place
    /// in g2 (Samen in Zeist)", "g5 (De Bilt Verbonden) moves from s5 (Kloosterhof) to
    /// s2 (Pastorie en tuin)", "g5 was full (9 households), so h30 leaves it and moves to g3 (…)".
    public func sentences(in scenario: Scenario) -> [String] {
        statements(in: scenario).map { $0.text(in: .en) }
    }

    /// ``sentences(in:)`` as catalogue sentences, to say them in any language. Groups, sites
    /// and households in them are ``ExplorationWords`` name sentences, which a page can make links.
    public func statements(in scenario: Scenario) -> [Sentence] {
        typealias W = ExplorationWords
        typealias N = ExplorationNames
        func named(_ id: GroupID) -> Sentence.Value { N.group(id, in: scenario) }
        func site(_ formation: GroupChange.Formation) -> Sentence.Value { N.site(formation.site, name: formation.siteName) }
        func households(_ count: Int) -> Sentence.Value {
            .sentence(Sentence(count == 1 ? W.householdsOne : W.householdsMany, N.count(count)))
        }
        var lines: [Sentence] = []
        for (group, changes) in Self.byGroup(gainPlace, \.variant) {
            let who = changes.map(\.seeker)
            lines.append(Sentence(who.count == 1 ? W.gainPlaceOne : W.gainPlaceMany, N.households(who), named(group)))
        }
        let leaving = Set(leaveGroup.map(\.seeker))
        for (group, changes) in Self.byGroup(losePlace.filter { !leaving.contains($0.seeker) }, \.base) {
            let who = changes.map(\.seeker)
            lines.append(Sentence(who.count == 1 ? W.losePlaceOne : W.losePlaceMany, N.households(who), named(group)))
        }
        for household in changeGroup where !leaving.contains(household.seeker) {
            guard let from = household.base?.group, let to = household.variant?.group else { continue }
            lines.append(Sentence(W.movesGroup, N.household(household.seeker), named(from), named(to)))
        }
        for change in moveSite where change.group == group {
            guard let from = change.base, let to = change.variant else { continue }
            lines.append(Sentence(W.movesSite, named(change.group), site(from), site(to)))
        }
        if let group, !leaveGroup.isEmpty {
            // Who leaves, told by where they go: "h26 and h33 lose their place; h35 moves to g4 (…)".
            let lost = leaveGroup.filter { $0.variant == nil }.map(\.seeker)
            var fates: [Sentence] = lost.isEmpty ? [] : [Sentence(lost.count == 1 ? W.losesOne : W.loseFew, N.households(lost))]
            for (to, changes) in Self.byGroup(leaveGroup, \.variant) {
                let who = changes.map(\.seeker)
                fates.append(Sentence(who.count == 1 ? W.fateMovesOne : W.fateMovesMany, N.households(who), named(to)))
            }
            let who = N.households(leaveGroup.map(\.seeker))
            let one = leaveGroup.count == 1
            let fateList = Sentence.Value.joined(fates.map { .sentence($0) }, separator: "; ")
            // A full group that stays where it is can only take someone in by letting someone go;
            // one that moves has other dwellings, and the leaving is not put down to room.
            let stays = !moveSite.contains { $0.group == group }
            let message = groupWasFull && stays ? (one ? W.wasFullOne : W.wasFullMany) : (one ? W.leavesOne : W.leavesMany)
            lines.append(Sentence(message, named(group), who, fateList))
        }
        for change in moveSite where change.group != group {
            guard let from = change.base, let to = change.variant else { continue }
            lines.append(Sentence(W.movesSite, named(change.group), site(from), site(to)))
        }
        for change in stopForming {
            guard let from = change.base else { continue }
            lines.append(Sentence(W.stopsForming, named(change.group), households(from.members), site(from)))
        }
        for change in startForming {
            guard let to = change.variant else { continue }
            lines.append(Sentence(W.startsForming, named(change.group), site(to), households(to.members)))
        }
        if !proven && !lines.isEmpty { lines.append(Sentence(W.unproven)) }
        return lines
    }

    /// Households of `changes` by the group on one side, groups in order of first appearance
    /// (the web pages group their own wording the same way).
    public static func byGroup(_ changes: [HouseholdChange], _ side: KeyPath<HouseholdChange, Placement?>)
        -> [(GroupID, [HouseholdChange])] {
        var order: [GroupID] = []
        var members: [GroupID: [HouseholdChange]] = [:]
        for change in changes {
            guard let group = change[keyPath: side]?.group else { continue }
            if members[group] == nil { order.append(group) }
            members[group, default: []].append(change)
        }
        return order.map { ($0, members[$0]!) }
    }

    /// "h1", "h1 and h2", "h1, h2 and h3"; after eight, "… and 4 more" (the JSON keeps every id).
    public static func list<Entry>(_ entries: [Identifier<Entry>]) -> String {
        let shown = 8
        let ids = entries.prefix(shown).map(\.rawValue)
        if entries.count > shown { return ids.joined(separator: ", ") + " and \(entries.count - shown) more" }
        return HardFilters.andList(ids)
    }
}
