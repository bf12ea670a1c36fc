/// Checks a match against every rule of MODEL.md and recomputes its objective.
///
/// The checker is written apart from the MIP formulation and shares no
/// constraint code with it, not even the domain types' convenience predicates:
/// each rule is read afresh from MODEL.md, so that a misreading in one is caught
/// by the other. Use it to verify a solver's answer, or to explain why a
/// hand-made match is not feasible.
///
/// ```swift
/// let checker = MatchChecker(scenario: scenario)
/// for violation in checker.violations(of: match) { print(violation) }
/// ```
public struct MatchChecker: Sendable {
    /// Slack for comparisons of fractional quantities, so that 1 of 5 members
    /// meets a care share of 0.2 although 0.2 has no exact binary form.
    static let tolerance = 1e-9

    let scenario: Scenario
    let lookup: Lookup

    /// Creates a checker for matches of a scenario.
    ///
    /// The scenario need not have passed validation; ids it lists twice are
    /// read from their first entry.
    public init(scenario: Scenario) {
        self.scenario = scenario
        self.lookup = Lookup(scenario)
    }

    /// Every broken rule of a match, not just the first, in a stable order.
    ///
    /// Violations are ordered by rule (a malformed match first, then rules 1 to
    /// 8), then by group, then by seeker, each in scenario order; violations
    /// about no group or no seeker come before those about one. An empty result
    /// means the match is feasible.
    public func violations(of match: Match) -> [RuleViolation] {
        let resolved = ResolvedMatch(match, lookup: lookup)
        let found =
            match.groups.flatMap(malformedParts(of:))
            + assignmentViolations(of: match, resolved)
            + resolved.formingGroups.flatMap(sizeViolations(of:))
            + founderViolations(of: resolved)
            + resolved.formingGroups.flatMap(siteFitViolations(of:))
            + resolved.formingGroups.flatMap(seekerFitViolations(of:))
            + togetherAndApartViolations(of: resolved)
            + resolved.formingGroups.flatMap(compositionViolations(of:))
            + careViolations(of: resolved)
        return inStableOrder(found)
    }

    // MARK: - Order

    private func inStableOrder(_ violations: [RuleViolation]) -> [RuleViolation] {
        violations.enumerated()
            .sorted { sortKey($0.element, $0.offset) < sortKey($1.element, $1.offset) }
            .map(\.element)
    }

    /// Rule, group, seeker, then the order of discovery, so that equal keys keep
    /// the order the checks found them in.
    private func sortKey(_ violation: RuleViolation, _ offset: Int) -> (Int, Int, String, Int, String, Int) {
        (
            violation.rule.rawValue,
            violation.group.map { lookup.position(of: $0) } ?? -1,
            violation.group?.rawValue ?? "",
            violation.seeker.map { lookup.position(of: $0) } ?? -1,
            violation.seeker?.rawValue ?? "",
            offset
        )
    }

    /// Whether a list of towns admits a town; MODEL.md reads an empty list as "any".
    static func admits(_ towns: [Municipality], _ town: Municipality) -> Bool {
        towns.isEmpty || towns.contains(town)
    }

    // MARK: - Malformed match

    private func malformedParts(of entry: FormedGroup) -> [RuleViolation] {
        guard lookup.groups[entry.id] != nil else {
            let message = "the match lists group \(entry.id), which the scenario does not have"
            return [RuleViolation(rule: .malformed, message: message, group: entry.id)]
        }
        var found = malformedMembers(of: entry) + entry.care.flatMap { malformedArrangement($0, in: entry.id) }
        if lookup.sites[entry.site] == nil {
            let message = "\(entry.id) takes site \(entry.site), which the scenario does not have"
            found.append(RuleViolation(rule: .malformed, message: message, group: entry.id))
        }
        return found
    }

    private func malformedMembers(of entry: FormedGroup) -> [RuleViolation] {
        var timesListed: [SeekerID: Int] = [:]
        for member in entry.members { timesListed[member, default: 0] += 1 }
        var reported: Set<SeekerID> = []
        return entry.members.compactMap { member in
            guard reported.insert(member).inserted else { return nil }
            let message: String
            if lookup.seekers[member] == nil {
                message = "\(entry.id) lists \(member) as a member, but the scenario has no seeker \(member)"
            } else if let times = timesListed[member], times > 1 {
                message = "\(entry.id) lists \(member) \(times) times as a member"
            } else {
                return nil
            }
            return RuleViolation(rule: .malformed, message: message, group: entry.id, seeker: member)
        }
    }

    private func malformedArrangement(_ arrangement: CareArrangement, in group: GroupID) -> [RuleViolation] {
        let subject =
            "\(group) has a care arrangement with \(arrangement.provider) for care type \(arrangement.careType)"
        var messages: [String] = []
        if lookup.providers[arrangement.provider] == nil {
            messages.append("\(subject), but the scenario has no provider \(arrangement.provider)")
        }
        if arrangement.clients <= 0 {
            messages.append("\(subject) for \(arrangement.clients) clients, but an arrangement serves at least 1")
        } else if !ValueRange.count.contains(arrangement.clients) {
            messages.append("\(subject) for \(arrangement.clients) clients, but a count of clients is at most 10,000")
        }
        return messages.map { RuleViolation(rule: .malformed, message: $0, group: group) }
    }

    // MARK: - Rule 1: assignment

    private func assignmentViolations(of match: Match, _ resolved: ResolvedMatch) -> [RuleViolation] {
        seekersInSeveralGroups(resolved) + groupsListedSeveralTimes(match) + sitesHostingSeveralGroups(match)
    }

    private func seekersInSeveralGroups(_ resolved: ResolvedMatch) -> [RuleViolation] {
        lookup.orderedSeekers.compactMap { seeker in
            let groups = resolved.groups(of: seeker.id)
            guard groups.count > 1 else { return nil }
            let message =
                "\(seeker.id) joins \(groups.count) groups, \(Wording.list(groups)), but a seeker joins at most one"
            return RuleViolation(rule: .assignment, message: message, group: groups[0], seeker: seeker.id)
        }
    }

    private func groupsListedSeveralTimes(_ match: Match) -> [RuleViolation] {
        lookup.orderedGroups.compactMap { group in
            let entries = match.groups.filter { $0.id == group.id }
            guard entries.count > 1 else { return nil }
            let sites = Self.distinct(entries.map(\.site))
            let message =
                "\(group.id) is listed \(entries.count) times in the match, at \(Wording.list(sites)), "
                + "but a group takes at most one site"
            return RuleViolation(rule: .assignment, message: message, group: group.id)
        }
    }

    private func sitesHostingSeveralGroups(_ match: Match) -> [RuleViolation] {
        lookup.orderedSites.compactMap { site in
            let hosted = Self.distinct(
                match.groups.filter { $0.site == site.id && lookup.groups[$0.id] != nil }.map(\.id))
            guard hosted.count > 1 else { return nil }
            let message =
                "\(Wording.label(site)) hosts \(hosted.count) groups, \(Wording.list(hosted)), "
                + "but a site hosts at most one"
            return RuleViolation(rule: .assignment, message: message)
        }
    }

    static func distinct<Element: Hashable>(_ elements: [Element]) -> [Element] {
        var seen: Set<Element> = []
        return elements.filter { seen.insert($0).inserted }
    }

    // MARK: - Rule 2: group size and site capacity

    private func sizeViolations(of forming: ResolvedMatch.FormingGroup) -> [RuleViolation] {
        let group = forming.group
        let members = Wording.count(forming.members.count, "member")
        let place = forming.site.map { " at " + Wording.label($0) } ?? ""
        var messages: [String] = []
        if forming.members.count < group.minSize {
            messages.append("\(group.id) has \(members)\(place) but needs at least \(group.minSize)")
        }
        if forming.members.count > group.maxSize {
            messages.append("\(group.id) has \(members)\(place) but takes at most \(group.maxSize)")
        }
        if let site = forming.site {
            messages += capacityMessages(of: forming, at: site)
        }
        return messages.map { RuleViolation(rule: .sizeAndCapacity, message: $0, group: group.id) }
    }

    private func capacityMessages(of forming: ResolvedMatch.FormingGroup, at site: Site) -> [String] {
        let group = forming.group.id
        var messages: [String] = []
        if forming.members.count > site.units {
            messages.append(
                "\(group) has \(Wording.count(forming.members.count, "member")), "
                    + "more than the \(Wording.count(site.units, "dwelling")) of \(Wording.label(site))")
        }
        let needingAccess = forming.members.filter(\.needsAccessible).count
        if needingAccess > site.accessibleUnits {
            let verb = needingAccess == 1 ? "needs" : "need"
            messages.append(
                "\(group) has \(Wording.count(needingAccess, "member")) who \(verb) an accessible dwelling, "
                    + "more than the \(Wording.count(site.accessibleUnits, "accessible dwelling")) "
                    + "of \(Wording.label(site))")
        }
        return messages
    }

    // MARK: - Rule 3: founders and groups that must form

    private func founderViolations(of resolved: ResolvedMatch) -> [RuleViolation] {
        lookup.orderedGroups.flatMap { group in
            group.founders.compactMap { founderViolation($0, of: group, resolved) }
                + [mustFormViolation(of: group, resolved)].compactMap { $0 }
        }
    }

    /// A founder belongs to the group exactly when it forms, so joining another
    /// group is broken whether or not the founder's own group forms.
    private func founderViolation(_ founder: SeekerID, of group: Group, _ resolved: ResolvedMatch) -> RuleViolation? {
        let joined = resolved.groups(of: founder)
        let elsewhere = Wording.list(joined.filter { $0 != group.id })
        let isMember = joined.contains(group.id)
        let message: String
        if let forming = resolved.formingGroup(group.id) {
            let place = forming.site.map(Wording.label) ?? forming.siteID.rawValue
            switch (isMember, elsewhere.isEmpty) {
            case (true, true): return nil
            case (true, false): message = "\(founder) founds \(group.id) but also joins \(elsewhere)"
            case (false, false):
                message = "\(founder) founds \(group.id), which forms at \(place), but joins \(elsewhere) instead"
            case (false, true):
                message = "\(founder) founds \(group.id), which forms at \(place), but is not among its members"
            }
        } else {
            guard !elsewhere.isEmpty else { return nil }
            message =
                "\(founder) founds \(group.id), which does not form, but joins \(elsewhere); "
                + "a founder joins no other group"
        }
        return RuleViolation(rule: .founders, message: message, group: group.id, seeker: founder)
    }

    private func mustFormViolation(of group: Group, _ resolved: ResolvedMatch) -> RuleViolation? {
        guard group.mustForm, !resolved.forms(group.id) else { return nil }
        let message = "\(group.id) must form but is not in the match"
        return RuleViolation(rule: .founders, message: message, group: group.id)
    }

    // MARK: - Rule 4: group fits its site

    private func siteFitViolations(of forming: ResolvedMatch.FormingGroup) -> [RuleViolation] {
        guard let site = forming.site else { return [] }
        let group = forming.group
        var messages: [String] = []
        if !Self.admits(group.municipalities, site.municipality) {
            messages.append(
                "\(group.id) takes \(Wording.label(site)) in \(site.municipality), "
                    + "a town \(group.id) does not accept")
        }
        if group.needsCommonRoom, !site.commonRoom {
            messages.append("\(group.id) needs a common room, but \(Wording.label(site)) has none")
        }
        return messages.map { RuleViolation(rule: .groupSiteFit, message: $0, group: group.id) }
    }

    // MARK: - Rule 5: seeker fits group and site

    private func seekerFitViolations(of forming: ResolvedMatch.FormingGroup) -> [RuleViolation] {
        forming.members.flatMap { seeker in
            (siteMessages(for: seeker, in: forming) + groupMessages(for: seeker, in: forming.group))
                .map { RuleViolation(rule: .seekerFit, message: $0, group: forming.group.id, seeker: seeker.id) }
        }
    }

    private func siteMessages(for seeker: Seeker, in forming: ResolvedMatch.FormingGroup) -> [String] {
        guard let site = forming.site else { return [] }
        let joins = "\(seeker.id) joins \(forming.group.id), whose site \(Wording.label(site))"
        var messages: [String] = []
        if !Self.admits(seeker.municipalities, site.municipality) {
            messages.append("\(joins) is in \(site.municipality), which \(seeker.id) does not accept")
        }
        if let maxRent = seeker.maxRent, site.rent > maxRent {
            messages.append(
                "\(joins) costs \(Wording.number(site.rent)) a month, "
                    + "above \(seeker.id)'s maximum rent of \(Wording.number(maxRent))")
        }
        return messages
    }

    private func groupMessages(for seeker: Seeker, in group: Group) -> [String] {
        var messages: [String] = []
        if seeker.excludes.contains(group.id) {
            messages.append("\(seeker.id) joins \(group.id), which \(seeker.id) excludes")
        }
        if let care = seeker.care, let accepted = group.acceptsCare, !accepted.contains(care.type) {
            messages.append(
                "\(seeker.id) (care type \(care.type)) joins \(group.id), "
                    + "which does not accept care type \(care.type)")
        }
        if group.declines.contains(seeker.id) {
            messages.append("\(seeker.id) joins \(group.id), whose founders decline \(seeker.id)")
        }
        return messages
    }

    // MARK: - Rule 6: households together and apart

    private func togetherAndApartViolations(of resolved: ResolvedMatch) -> [RuleViolation] {
        pairs(relatedBy: \.together).compactMap { togetherViolation($0, $1, resolved) }
            + pairs(relatedBy: \.apart).flatMap { apartViolations($0, $1, resolved) }
    }

    /// Each pair once, whichever of the two names the other, the one listed first
    /// in the scenario first.
    private func pairs(relatedBy relation: KeyPath<Seeker, [SeekerID]>) -> [(Seeker, Seeker)] {
        var seen: Set<[SeekerID]> = []
        var pairs: [(Seeker, Seeker)] = []
        for seeker in lookup.orderedSeekers {
            for partnerID in seeker[keyPath: relation] {
                guard let partner = lookup.seekers[partnerID], partner.id != seeker.id else { continue }
                let pair =
                    lookup.position(of: seeker.id) <= lookup.position(of: partner.id)
                    ? (seeker, partner) : (partner, seeker)
                if seen.insert([pair.0.id, pair.1.id]).inserted { pairs.append(pair) }
            }
        }
        return pairs
    }

    private func togetherViolation(_ first: Seeker, _ second: Seeker, _ resolved: ResolvedMatch) -> RuleViolation? {
        let firstGroups = resolved.groups(of: first.id)
        let secondGroups = resolved.groups(of: second.id)
        guard Set(firstGroups) != Set(secondGroups) else { return nil }
        let message =
            "\(first.id) and \(second.id) must live together, but \(first.id) \(Wording.joins(firstGroups)) "
            + "and \(second.id) \(Wording.joins(secondGroups))"
        return RuleViolation(
            rule: .togetherAndApart, message: message,
            group: firstGroups.first ?? secondGroups.first, seeker: first.id)
    }

    private func apartViolations(_ first: Seeker, _ second: Seeker, _ resolved: ResolvedMatch) -> [RuleViolation] {
        let secondGroups = resolved.groups(of: second.id)
        return resolved.groups(of: first.id).filter(secondGroups.contains).map { group in
            let message = "\(first.id) and \(second.id) must live apart, but both join \(group)"
            return RuleViolation(rule: .togetherAndApart, message: message, group: group, seeker: first.id)
        }
    }

    // MARK: - Rule 7: composition

    private func compositionViolations(of forming: ResolvedMatch.FormingGroup) -> [RuleViolation] {
        (careShareMessages(of: forming) + [generationsMessage(of: forming), supportMessage(of: forming)])
            .compactMap { $0 }
            .map { RuleViolation(rule: .composition, message: $0, group: forming.group.id) }
    }

    /// Compares counts against share × size rather than dividing, so an empty
    /// group needs no special case; the tolerance absorbs shares such as 0.28
    /// whose product with 25 members lands just above 7.
    private func careShareMessages(of forming: ResolvedMatch.FormingGroup) -> [String?] {
        let size = forming.members.count
        let needing = forming.members.filter { $0.care != nil }.count
        let share = forming.group.careShare
        let verb = needing == 1 ? "needs" : "need"
        let summary =
            "\(forming.group.id): \(needing) of \(Wording.count(size, "member")) \(verb) care "
            + "(\(Wording.percent(size == 0 ? 0 : Double(needing) / Double(size))))"
        var messages: [String] = []
        if Double(needing) < share.min * Double(size) - Self.tolerance {
            messages.append("\(summary), below its minimum of \(Wording.percent(share.min))")
        }
        if Double(needing) > share.max * Double(size) + Self.tolerance {
            messages.append("\(summary), above its maximum of \(Wording.percent(share.max))")
        }
        return messages
    }

    private func generationsMessage(of forming: ResolvedMatch.FormingGroup) -> String? {
        let generations = Set(forming.members.flatMap(\.generations)).sorted()
        guard generations.count < forming.group.minGenerations else { return nil }
        let named = generations.isEmpty ? "" : " (\(generations.joined(separator: ", ")))"
        return "\(forming.group.id): members span \(Wording.count(generations.count, "generation"))\(named), "
            + "fewer than its minimum of \(forming.group.minGenerations)"
    }

    private func supportMessage(of forming: ResolvedMatch.FormingGroup) -> String? {
        let support = forming.members.reduce(0) { $0 + $1.supportHours }
        let careHours = forming.members.reduce(0) { $0 + ($1.care?.hours ?? 0) }
        let ratio = forming.group.supportRatio
        let needed = ratio * careHours
        guard support < needed - Self.tolerance * max(1, needed) else { return nil }
        return "\(forming.group.id): members' support hours \(Wording.number(support)) are less than "
            + "\(Wording.number(ratio)) × \(Wording.number(careHours)) care hours"
    }
}
