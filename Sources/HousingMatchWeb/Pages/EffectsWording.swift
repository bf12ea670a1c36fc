import HousingMatch
import Wording

/// What a placement or a change does to everyone else, both sides, in the
/// visitor's language: who loses a place and who gains one, who moves to
/// another group, groups that move site or stop or start forming, and who
/// leaves a full group. The sentences are the library's own
/// (``TrialEffects/statements(in:)``, said by the command line too); this
/// adds a headline and turns the names into links.
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

    /// One sentence for each thing that changes: the library's own (``TrialEffects/statements(in:)``),
    /// in the visitor's language, with groups, sites and households as links.
    func sentences(_ effects: TrialEffects) -> [HTML] {
        let html = SentenceHTML(links)
        return effects.statements(in: links.scenario).map { html($0) }
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

    private func said(_ message: Message, _ values: HTML...) -> HTML {
        context.html(message, values)
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
