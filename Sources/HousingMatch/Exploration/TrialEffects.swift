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
    public var summary: String {
        let lost = losePlace.map(\.seeker)
        var text: String
        if lost.isEmpty {
            text = "nobody loses their place"
        } else if lost.count == 1 && proven {
            text = "\(lost[0]) loses their place"
        } else if lost.count <= 3 && proven {
            text = Self.list(lost) + " lose their place"
        } else {
            text = (proven ? "" : "at most ") + "\(lost.count) lose their place: " + Self.list(lost)
        }
        let gained = gainPlace.map(\.seeker)
        if gained.count == 1 {
            text += "; \(gained[0]) gains one"
        } else if gained.count > 1 {
            text += "; " + (gained.count <= 3 ? Self.list(gained) : "\(gained.count): " + Self.list(gained)) + " gain one"
        }
        if let group, !leaveGroup.isEmpty {
            // The sentences name them all; a table cell counts a long list.
            let who = leaveGroup.count <= 3 ? Self.list(leaveGroup.map(\.seeker)) : "\(leaveGroup.count)"
            text += "; " + who + (leaveGroup.count == 1 ? " leaves " : " leave ") + group.rawValue
        }
        for change in moveSite where change.group == group {
            if let to = change.variant { text += "; \(change.group) moves to \(to.site)" }
        }
        for change in moveSite where change.group != group {
            if let to = change.variant { text += "; \(change.group) moves to \(to.site)" }
        }
        if !stopForming.isEmpty {
            text += "; " + Self.list(stopForming.map(\.group))
                + (stopForming.count == 1 ? " no longer forms" : " no longer form")
        }
        if !startForming.isEmpty {
            text += "; " + Self.list(startForming.map(\.group))
                + (startForming.count == 1 ? " forms" : " form")
        }
        return text
    }

    /// The rest, one sentence each, with groups and sites by id and name:
    /// "h41 and h12 gain a place in g5 (De Bilt Verbonden)", "h29 loses their place
    /// in g2 (Samen in Zeist)", "g5 (De Bilt Verbonden) moves from s5 (Kloosterhof) to
    /// s2 (Pastorie en tuin)", "g5 was full (9 households), so h30 leaves it and moves to g3 (…)".
    public func sentences(in scenario: Scenario) -> [String] {
        var lines: [String] = []
        for (group, households) in Self.byGroup(gainPlace, \.variant) {
            let who = households.map(\.seeker)
            lines.append(Self.list(who) + (who.count == 1 ? " gains" : " gain") + " a place in " + Self.group(group, scenario))
        }
        let leaving = Set(leaveGroup.map(\.seeker))
        for (group, households) in Self.byGroup(losePlace.filter { !leaving.contains($0.seeker) }, \.base) {
            let who = households.map(\.seeker)
            lines.append(Self.list(who) + (who.count == 1 ? " loses their" : " lose their") + " place in "
                         + Self.group(group, scenario))
        }
        for household in changeGroup where !leaving.contains(household.seeker) {
            guard let from = household.base?.group, let to = household.variant?.group else { continue }
            lines.append("\(household.seeker) moves from \(Self.group(from, scenario)) to \(Self.group(to, scenario))")
        }
        for change in moveSite where change.group == group {
            guard let from = change.base, let to = change.variant else { continue }
            lines.append("\(Self.group(change.group, scenario)) moves from \(Self.site(from)) to \(Self.site(to))")
        }
        if let group, !leaveGroup.isEmpty {
            // Who leaves, told by where they go: "h26 and h33 lose their place; h35 moves to g4 (…)".
            let lost = leaveGroup.filter { $0.variant == nil }.map(\.seeker)
            var fates = lost.isEmpty ? [] : [Self.list(lost) + (lost.count == 1 ? " loses their place" : " lose their place")]
            for (to, households) in Self.byGroup(leaveGroup, \.variant) {
                let who = households.map(\.seeker)
                fates.append(Self.list(who) + (who.count == 1 ? " moves" : " move") + " to " + Self.group(to, scenario))
            }
            let who = Self.list(leaveGroup.map(\.seeker))
            let verb = leaveGroup.count == 1 ? "leaves" : "leave"
            let name = Self.group(group, scenario)
            // A full group that stays where it is can only take someone in by letting someone go;
            // one that moves has other dwellings, and the leaving is not put down to room.
            let stays = !moveSite.contains { $0.group == group }
            lines.append((groupWasFull && stays ? "\(name) was full, so to make room \(who) \(verb) it: "
                                       : "\(who) \(verb) \(name): ") + fates.joined(separator: "; "))
        }
        for change in moveSite where change.group != group {
            guard let from = change.base, let to = change.variant else { continue }
            lines.append("\(Self.group(change.group, scenario)) moves from \(Self.site(from)) to \(Self.site(to))")
        }
        for change in stopForming {
            guard let from = change.base else { continue }
            lines.append("\(Self.group(change.group, scenario)) no longer forms (it had \(Self.households(from.members)) at \(Self.site(from)))")
        }
        for change in startForming {
            guard let to = change.variant else { continue }
            lines.append("\(Self.group(change.group, scenario)) forms at \(Self.site(to)) with \(Self.households(to.members))")
        }
        if !proven && !lines.isEmpty { lines.append("not proven best in the time given: a better match may cost less") }
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

    /// "g5 (De Bilt Verbonden)", or the id alone when the group has no name.
    static func group(_ id: GroupID, _ scenario: Scenario) -> String {
        guard let name = scenario.groups.first(where: { $0.id == id })?.name, !name.isEmpty, name != id.rawValue else {
            return id.rawValue
        }
        return "\(id) (\(name))"
    }

    /// "s5 (Kloosterhof)", or the id alone when the site has no name.
    static func site(_ formation: GroupChange.Formation) -> String {
        formation.siteName == formation.site.rawValue ? formation.site.rawValue : "\(formation.site) (\(formation.siteName))"
    }

    static func households(_ count: Int) -> String { count == 1 ? "1 household" : "\(count) households" }

    /// "h1", "h1 and h2", "h1, h2 and h3"; after eight, "… and 4 more" (the JSON keeps every id).
    public static func list<Entry>(_ entries: [Identifier<Entry>]) -> String {
        let shown = 8
        let ids = entries.prefix(shown).map(\.rawValue)
        if entries.count > shown { return ids.joined(separator: ", ") + " and \(entries.count - shown) more" }
        return HardFilters.andList(ids)
    }
}
