import HousingMatch
import Wording

/// What a placement or a change does to everyone else, both sides, in the
/// visitor's language: who loses a place and who gains one, who moves to
/// another group, groups that move site or stop or start forming, and who
/// leaves a full group. Everything is read from the library's
/// ``TrialEffects``; this only puts it into words, with links.
struct EffectsWording {
    let links: EntityLinks
    let context: PageContext

    init(_ links: EntityLinks) {
        self.links = links
        context = links.context
    }

    /// The cost of placing a household in a group: a headline and the sentences under it.
    func cost(_ cost: PlacementCost) -> HTML {
        switch cost.status {
        case .infeasible:
            return "<p class=\"cost-impossible\">\(context.text(HouseholdWords.costImpossible))</p>\(conflict(cost.conflict))"
        case .noSolution:
            return "<p>\(context.text(HouseholdWords.costUnsettled))</p>"
        case .optimal, .feasible:
            let lost = cost.effects.map { $0.losePlace.map(\.seeker) } ?? cost.displaced
            return "\(headline(lost: lost, proven: cost.proven))\(list(cost.effects.map(sentences) ?? []))"
        }
    }

    /// What a tried change or requirement brings: a headline and the sentences under it.
    func outcome(_ trial: TrialOutcome) -> HTML {
        switch trial.status {
        case .infeasible:
            return "<p class=\"cost-impossible\">\(context.text(HouseholdWords.costImpossible))</p>\(conflict(trial.conflict))"
        case .noSolution:
            return "<p>\(context.text(HouseholdWords.costUnsettled))</p>"
        case .optimal, .feasible:
            let lost = trial.effects.map { $0.losePlace.map(\.seeker) } ?? trial.noLongerHoused
            return "\(headline(lost: lost, proven: trial.proven))\(list(trial.effects.map(sentences) ?? []))"
        }
    }

    /// "Niemand verliest een plek." or who does, marked as a cost.
    func headline(lost: [SeekerID], proven: Bool) -> HTML {
        guard !lost.isEmpty else { return "<p class=\"cost-free\">\(context.text(HouseholdWords.costFree))</p>" }
        let who = households(lost)
        let line: HTML
        if !proven {
            line = said(HouseholdWords.costLoseAtMost, HTML(trusted: String(lost.count)), who)
        } else {
            line = said(lost.count == 1 ? HouseholdWords.costLosesOne : HouseholdWords.costLoseMany, who)
        }
        return "<p class=\"cost-loss\">\(line)</p>"
    }

    /// One sentence for each thing that changes, as ``TrialEffects/sentences(in:)`` tells them.
    func sentences(_ effects: TrialEffects) -> [HTML] {
        var lines: [HTML] = []
        for (group, changes) in Self.byGroup(effects.gainPlace, \.variant) {
            let who = changes.map(\.seeker)
            lines.append(said(who.count == 1 ? HouseholdWords.gainOne : HouseholdWords.gainMany, households(who), links.group(group)))
        }
        let leaving = Set(effects.leaveGroup.map(\.seeker))
        for (group, changes) in Self.byGroup(effects.losePlace.filter { !leaving.contains($0.seeker) }, \.base) {
            let who = changes.map(\.seeker)
            lines.append(said(who.count == 1 ? HouseholdWords.loseOneIn : HouseholdWords.loseManyIn, households(who),
                              links.group(group)))
        }
        for change in effects.changeGroup where !leaving.contains(change.seeker) {
            guard let from = change.base?.group, let to = change.variant?.group else { continue }
            lines.append(said(HouseholdWords.movesGroup, links.household(change.seeker), links.group(from), links.group(to)))
        }
        let ownMoves = effects.moveSite.filter { $0.group == effects.group }
        let otherMoves = effects.moveSite.filter { $0.group != effects.group }
        lines += ownMoves.compactMap(siteMove)
        if let group = effects.group, !effects.leaveGroup.isEmpty {
            // Who leaves, told by where they go.
            let lost = effects.leaveGroup.filter { $0.variant == nil }.map(\.seeker)
            var fates: [HTML] = []
            if !lost.isEmpty {
                fates.append(said(lost.count == 1 ? HouseholdWords.fateLoses : HouseholdWords.fateLose, households(lost)))
            }
            for (to, changes) in Self.byGroup(effects.leaveGroup, \.variant) {
                fates.append(said(changes.count == 1 ? HouseholdWords.fateMoves : HouseholdWords.fateMove,
                                  households(changes.map(\.seeker)), links.group(to)))
            }
            let fateList = HTML.joined(fates, separator: "; ")
            let stays = !effects.moveSite.contains { $0.group == group }
            lines.append(effects.groupWasFull && stays
                ? said(HouseholdWords.wasFull, links.group(group), fateList)
                : said(HouseholdWords.leaves, links.group(group), fateList))
        }
        lines += otherMoves.compactMap(siteMove)
        for change in effects.stopForming {
            guard let from = change.base else { continue }
            lines.append(said(HouseholdWords.stopsForming, links.group(change.group), HTML(trusted: String(from.members)),
                              links.site(from.site, withTown: false)))
        }
        for change in effects.startForming {
            guard let to = change.variant else { continue }
            lines.append(said(HouseholdWords.startsForming, links.group(change.group), links.site(to.site, withTown: false),
                              HTML(trusted: String(to.members))))
        }
        if !effects.proven && !lines.isEmpty { lines.append("\(context.text(HouseholdWords.unproven))") }
        return lines
    }

    /// The rules that cannot all hold, as the library states them.
    func conflict(_ rules: [ConflictingRule]?) -> HTML {
        guard let rules, !rules.isEmpty else { return .empty }
        let items = rules.map { rule -> HTML in "<li>\(context.text(rule))</li>" }
        return "<p class=\"small\">\(context.text(HouseholdWords.conflictIntro))</p><ul class=\"rules\">\(items)</ul>"
    }

    /// Sentences as a list, or nothing.
    func list(_ lines: [HTML]) -> HTML {
        guard !lines.isEmpty else { return .empty }
        return "<ul class=\"effects\">\(lines.map { line -> HTML in "<li>\(line)</li>" })</ul>"
    }

    /// Households as links: "h1, h2 en h3".
    func households(_ ids: [SeekerID]) -> HTML {
        let links = ids.map { self.links.household($0) }
        guard links.count > 1 else { return links.first ?? .empty }
        let and = context.language == .nl ? " en " : " and "
        return HTML(trusted: links.dropLast().map(\.rendered).joined(separator: ", ") + and + links.last!.rendered)
    }

    private func siteMove(_ change: GroupChange) -> HTML? {
        guard let from = change.base, let to = change.variant else { return nil }
        return said(HouseholdWords.movesSite, links.group(change.group), links.site(from.site, withTown: false),
                    links.site(to.site, withTown: false))
    }

    private func said(_ message: Message, _ values: HTML...) -> HTML {
        context.html(message, values)
    }

    /// Households of `changes` by the group on one side, as the library's own sentences group them.
    static func byGroup(_ changes: [HouseholdChange], _ side: KeyPath<HouseholdChange, Placement?>)
        -> [(GroupID, [HouseholdChange])] {
        TrialEffects.byGroup(changes, side)
    }
}

extension PageContext {
    /// A message whose placeholders are filled with markup: the template's own text is escaped, the values are not.
    func html(_ message: Message, _ values: HTML...) -> HTML {
        html(message, values)
    }

    func html(_ message: Message, _ values: [HTML]) -> HTML {
        let escaped: HTML = "\(message.template(in: language))"
        return HTML(trusted: Message(message.key, nl: escaped.rendered, en: escaped.rendered)
            .said(in: language, values: values.map(\.rendered)))
    }
}
