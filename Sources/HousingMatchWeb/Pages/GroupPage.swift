import HousingMatch
import Wording

/// A question's answer as a page section shows it: there, still being worked
/// out (with the job's progress), or failed.
enum Pending<Answer: Sendable> {
    case answer(Answer)
    case working(Job)
    case failed(String)

    init(_ job: Job) {
        if let answer = job.answer(as: Answer.self) {
            self = .answer(answer)
        } else if case .failed(let message) = job.phase {
            self = .failed(message)
        } else {
            self = .working(job)
        }
    }

    var isWorking: Bool {
        if case .working = self { return true }
        return false
    }
}

/// Woongroep: for founders. The list of groups, and one group's page: its
/// wishes in plain words, its members and why each fits, who else could join
/// and what that costs and brings, which sites could suit it and what they
/// lack, and what dropping one of its requirements would bring.
enum GroupPage {
    /// How many candidates the page asks the cost of (`candidates --top`).
    static let candidatesAsked = 8

    // MARK: The list

    static func list(_ base: BaseMatch, _ context: PageContext) -> HTML {
        let links = EntityLinks(base.scenario, context)
        let formed = Dictionary(base.result.match.groups.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let rows = base.scenario.groups.map { group -> HTML in
            let now: HTML = formed[group.id].map { state in
                context.html(GroupWords.formsAt, links.site(state.site), HTML(trusted: String(state.members.count)))
            } ?? "<span class=\"small\">\(context.text(GroupWords.doesNotForm))</span>"
            return """
                <tr><th scope="row">\(links.group(group.id))</th><td>\(towns(group.municipalities, context))</td>
                <td>\(context.text(GroupWords.sizeRange, group.minSize, group.maxSize))</td><td>\(now)</td></tr>
                """
        }
        return """
            <p class="lead">\(context.text(GroupWords.listIntro))</p>
            <table class="groups"><thead><tr><th scope="col">\(context.text(CommonWords.group))</th>
            <th scope="col">\(context.text(CommonWords.towns))</th><th scope="col">\(context.text(GroupWords.size))</th>
            <th scope="col">\(context.text(GroupWords.now))</th></tr></thead><tbody>\(rows)</tbody></table>
            """
    }

    // MARK: One group

    static func body(_ group: Group, base: BaseMatch, overview: GroupCandidates, candidates: Pending<GroupCandidates>,
                     explanation: Pending<GroupExplanation>, _ context: PageContext) -> HTML {
        let links = EntityLinks(base.scenario, context)
        var parts: [HTML] = []
        let formed = base.result.match.groups.first { $0.id == group.id }
        if let formed {
            parts.append("<p class=\"status status-optimal\">\(context.html(GroupWords.standsFormed, links.site(formed.site), HTML(trusted: String(formed.members.count))))</p>")
        } else {
            parts.append("<p class=\"status status-infeasible\">\(context.text(GroupWords.standsNotFormed))</p>")
        }
        if let why = overview.cannotForm {
            // The reason may name a founder's care type: health data, shown only with care details on.
            let said = overview.cannotFormSentence(in: base.scenario).map { SentenceHTML(links, hidesCare: !context.showsCare)($0) }
                ?? "\(why)"
            parts.append("<p class=\"warning\">\(context.html(GroupWords.cannotForm, said))</p>")
        }
        parts.append("""
            <p class="no-print print-row"><button type="button" class="secondary" data-print hidden>\(context.text(NavigationWords.print))</button>
            <span class="small">\(context.text(GroupWords.printHint))</span></p>
            """)
        parts.append(wishes(group, links, context))
        parts.append(members(overview, links, context))
        parts.append(candidatesSection(candidates, group: group, links, context))
        parts.append(sitesSection(explanation, base: base, links, context))
        parts.append(requirementForms(group, context))
        return HTML.joined(parts, separator: "\n")
    }

    /// The group's wishes in plain words: size, towns, care, generations, support, common room, values.
    static func wishes(_ group: Group, _ links: EntityLinks, _ context: PageContext) -> HTML {
        let numbers = context.numbers
        var rows: [(Message, HTML)] = []
        rows.append((GroupWords.size, "\(context.text(GroupWords.sizeRange, group.minSize, group.maxSize))"))
        rows.append((GroupWords.wishTowns, "\(towns(group.municipalities, context))"))
        var care: [String] = []
        if let accepted = group.acceptsCare {
            care.append(accepted.isEmpty ? context.text(GroupWords.acceptsNoCare)
                : context.text(GroupWords.acceptsCare, ListWording.joined(accepted.map { DomainWords.careType($0, in: context.language) },
                                                                          in: context.language)))
        } else {
            care.append(context.text(GroupWords.acceptsEveryCare))
        }
        let share = group.careShare
        if share.min > 0 && share.max < 1 {
            care.append(context.text(GroupWords.careShareRange, numbers.percent(share.min), numbers.percent(share.max)))
        } else if share.min > 0 {
            care.append(context.text(GroupWords.careShareAtLeast, numbers.percent(share.min)))
        } else if share.max < 1 {
            care.append(context.text(GroupWords.careShareAtMost, numbers.percent(share.max)))
        }
        rows.append((GroupWords.wishCare, "\(care.joined(separator: "; "))"))
        rows.append((GroupWords.wishGenerations, "\(group.minGenerations > 1 ? context.text(GroupWords.generationsAtLeast, group.minGenerations) : context.text(GroupWords.generationsAny))"))
        if group.supportRatio > 0 {
            rows.append((GroupWords.wishSupport, "\(context.text(GroupWords.supportRatio, numbers.number(group.supportRatio)))"))
        }
        rows.append((GroupWords.wishCommonRoom, "\(context.text(group.needsCommonRoom ? GroupWords.needed : GroupWords.notNeeded))"))
        if !group.values.isEmpty {
            rows.append((GroupWords.wishValues, "\(ListWording.joined(group.values, in: context.language))"))
        }
        if !group.founders.isEmpty {
            rows.append((GroupWords.wishFounders, HTML.joined(group.founders.map { links.household($0) }, separator: ", ")))
        }
        if !group.declines.isEmpty {
            rows.append((GroupWords.wishDeclines, HTML.joined(group.declines.map { links.household($0) }, separator: ", ")))
        }
        if group.mustForm { rows.append((GroupWords.mustForm, "\(context.text(CommonWords.yes))")) }
        let items = rows.map { row -> HTML in "<dt>\(context.text(row.0))</dt><dd>\(row.1)</dd>" }
        return """
            <section aria-labelledby="wensen"><h2 id="wensen">\(context.text(GroupWords.wishesTitle))</h2>
            <dl class="wishes">\(items)</dl></section>
            """
    }

    /// The members, founders first, and why each fits.
    static func members(_ overview: GroupCandidates, _ links: EntityLinks, _ context: PageContext) -> HTML {
        guard !overview.members.isEmpty else {
            return """
                <section aria-labelledby="leden"><h2 id="leden">\(context.text(GroupWords.membersTitle))</h2>
                <p>\(context.text(GroupWords.membersNone))</p></section>
                """
        }
        let rows = overview.members.map { member -> HTML in
            """
            <tr><th scope="row">\(links.household(member.seeker))</th>
            <td>\(context.text(member.founder ? GroupWords.founder : GroupWords.member))</td>
            <td>\(fitWords(member.fit, context))</td><td class="num">\(context.numbers.number(member.fit.score))</td></tr>
            """
        }
        return """
            <section aria-labelledby="leden" class="member-list"><h2 id="leden">\(context.text(GroupWords.membersTitle)) (\(overview.members.count))</h2>
            <table class="members-table"><thead><tr><th scope="col">\(context.text(CommonWords.household))</th>
            <th scope="col">\(context.text(GroupWords.role))</th><th scope="col">\(context.text(GroupWords.whyFits))</th>
            <th scope="col" class="num">\(context.text(GroupWords.fitColumn))</th></tr></thead><tbody>\(rows)</tbody></table>
            <p class="small">\(context.text(GroupWords.fitExplained))</p></section>
            """
    }

    /// "keuze 1 van 2; deelt green en music".
    static func fitWords(_ fit: GroupFit, _ context: PageContext) -> String {
        let choice = fit.preferencePosition.map { context.text(GroupWords.fitChoice, $0, fit.preferenceCount) }
            ?? context.text(GroupWords.fitNotChosen)
        let shared = fit.sharedValues.isEmpty ? context.text(GroupWords.fitSharesNothing)
            : context.text(GroupWords.fitShares, ListWording.joined(fit.sharedValues, in: context.language))
        return choice + "; " + shared
    }

    // MARK: Candidates

    static func candidatesSection(_ pending: Pending<GroupCandidates>, group: Group, _ links: EntityLinks,
                                  _ context: PageContext) -> HTML {
        let heading: HTML = "<h2 id=\"kandidaten\">\(context.text(GroupWords.candidatesTitle))</h2>"
        let content: HTML
        switch pending {
        case .working(let job): content = working(job, context)
        case .failed(let message): content = "<p class=\"warning\">\(context.text(ProgressWords.failed, message))</p>"
        case .answer(let answer): content = candidates(answer, links, context)
        }
        return "<section aria-labelledby=\"kandidaten\" class=\"no-print\">\(heading)\(content)</section>"
    }

    static func candidates(_ answer: GroupCandidates, _ links: EntityLinks, _ context: PageContext) -> HTML {
        let effects = EffectsWording(links)
        var parts: [HTML] = []
        if answer.candidates.isEmpty {
            let none = answer.impossible.isEmpty && answer.notAsked == 0 ? GroupWords.candidatesNone : GroupWords.candidatesNonePossible
            parts.append("<p>\(context.text(none))</p>")
        } else {
            parts.append("<p>\(context.text(GroupWords.candidatesIntro))</p>")
            let rows = answer.candidates.map { candidate -> HTML in
                let now: HTML = candidate.currentGroup.map { links.group($0) } ?? "\(context.text(GroupWords.withoutPlace))"
                let together: HTML = candidate.together.isEmpty ? "–" : effects.households(candidate.together)
                let cost: HTML = candidate.cost.map { effects.cost($0) } ?? "–"
                return """
                    <tr class="candidate"><th scope="row">\(links.household(candidate.seeker))</th>
                    <td>\(fitWords(candidate.fit, context)) <span class="small">(\(context.numbers.number(candidate.fit.score)))</span></td>
                    <td>\(now)</td><td>\(together)</td><td class="cost">\(cost)</td></tr>
                    """
            }
            parts.append("""
                <table class="candidates"><thead><tr><th scope="col">\(context.text(CommonWords.household))</th>
                <th scope="col">\(context.text(GroupWords.fitColumn))</th><th scope="col">\(context.text(GroupWords.nowIn))</th>
                <th scope="col">\(context.text(GroupWords.comesWith))</th><th scope="col">\(context.text(GroupWords.costAndGain))</th></tr></thead>
                <tbody>\(rows)</tbody></table>
                """)
        }
        if answer.notAsked > 0 {
            let more = answer.notAsked == 1 ? GroupWords.candidatesNotAskedOne : GroupWords.candidatesNotAsked
            parts.append("<p class=\"small\">\(context.text(more, answer.notAsked))</p>")
        }
        if !answer.complete { parts.append("<p class=\"warning\">\(context.text(GroupWords.candidatesStopped))</p>") }
        if !answer.impossible.isEmpty {
            // Households with the same conflicting rules are told together.
            var order: [[String]] = []
            var who: [[String]: [SeekerID]] = [:]
            for candidate in answer.impossible {
                let rules = (candidate.cost?.conflict ?? []).map { context.text($0) }
                if who[rules] == nil { order.append(rules) }
                who[rules, default: []].append(candidate.seeker)
            }
            let items = order.map { rules -> HTML in
                let list: HTML = rules.isEmpty ? .empty : "<ul class=\"rules\">\(rules.map { rule -> HTML in "<li>\(rule)</li>" })</ul>"
                return "<li>\(effects.households(who[rules]!))\(list)</li>"
            }
            parts.append("""
                <h3>\(context.text(GroupWords.impossibleTitle))</h3><p class="small">\(context.text(GroupWords.impossibleIntro))</p>
                <ul class="impossible">\(items)</ul>
                """)
        }
        if !answer.declined.isEmpty {
            let items = answer.declined.map { candidate -> HTML in
                "<li>\(links.household(candidate.seeker)) <span class=\"small\">(\(fitWords(candidate.fit, context)))</span></li>"
            }
            parts.append("<h3>\(context.text(GroupWords.declinedTitle))</h3><ul>\(items)</ul>")
        }
        return HTML.joined(parts, separator: "\n")
    }

    // MARK: Sites

    static func sitesSection(_ pending: Pending<GroupExplanation>, base: BaseMatch, _ links: EntityLinks,
                             _ context: PageContext) -> HTML {
        let heading: HTML = "<h2 id=\"plekken\">\(context.text(GroupWords.sitesTitle))</h2>"
        let content: HTML
        switch pending {
        case .working(let job): content = working(job, context)
        case .failed(let message): content = "<p class=\"warning\">\(context.text(ProgressWords.failed, message))</p>"
        case .answer(let answer): content = sites(answer, base: base, links, context)
        }
        return "<section aria-labelledby=\"plekken\" class=\"no-print\">\(heading)\(content)</section>"
    }

    static func sites(_ explanation: GroupExplanation, base: BaseMatch, _ links: EntityLinks, _ context: PageContext) -> HTML {
        var parts: [HTML] = []
        parts.append("<h3>\(context.text(GroupWords.possibleSites))</h3>")
        if explanation.possibleSites.isEmpty {
            parts.append("<p>\(context.text(GroupWords.possibleNone))</p>")
        } else {
            let rows = explanation.possibleSites.map { id -> HTML in
                guard let site = links.siteObject(id) else { return "<tr><td colspan=\"4\">\(links.site(id))</td></tr>" }
                let room = context.text(site.commonRoom ? CommonWords.yes : CommonWords.no)
                return """
                    <tr><th scope="row">\(links.site(id))</th><td class="num">\(site.units)</td>
                    <td class="num">\(context.numbers.euros(site.rent))</td><td>\(room)</td></tr>
                    """
            }
            parts.append("""
                <table class="sites"><thead><tr><th scope="col">\(context.text(CommonWords.site))</th>
                <th scope="col" class="num">\(context.text(CommonWords.dwellings))</th><th scope="col" class="num">\(context.text(CommonWords.rent))</th>
                <th scope="col">\(context.text(CommonWords.commonRoom))</th></tr></thead><tbody>\(rows)</tbody></table>
                """)
        }
        if !explanation.excludedSites.isEmpty {
            let rows = explanation.excludedSites.map { excluded -> HTML in
                let lacks = excluded.exclusions.map { exclusion -> HTML in "<li>\(SitePage.exclusionWords(exclusion, links, context))</li>" }
                return "<tr><th scope=\"row\">\(links.site(excluded.site))</th><td><ul class=\"rules\">\(lacks)</ul></td></tr>"
            }
            parts.append("""
                <h3>\(context.text(GroupWords.lackingSites))</h3>
                <table class="sites"><thead><tr><th scope="col">\(context.text(CommonWords.site))</th>
                <th scope="col">\(context.text(GroupWords.whatLacks))</th></tr></thead><tbody>\(rows)</tbody></table>
                """)
        }
        if explanation.sitesElsewhere > 0 {
            parts.append("<p class=\"small\">\(context.text(GroupWords.sitesElsewhere, explanation.sitesElsewhere))</p>")
        }
        let effects = EffectsWording(links)
        if let forced = explanation.ifFormed {
            parts.append("<h3>\(context.text(GroupWords.ifMustForm))</h3>\(effects.outcome(forced))")
        }
        // A rule may name a founder's care type, or how many candidates of a care type there are
        // ("maar 1 huishouden met VG"): health data, shown only with care details on.
        let rules = explanation.bindingRules.map { rule -> HTML in
            guard let sentence = rule.sentence else { return "<li>\(links.withoutCareWords(rule.message))</li>" }
            let said = SentenceHTML(links, hidesCare: !context.showsCare)(sentence)
            return "<li>\(said)</li>"
        }
        let holdsBack: HTML = rules.isEmpty ? "<p>\(context.text(GroupWords.holdsBackNothing))</p>" : "<ul class=\"rules\">\(rules)</ul>"
        parts.append("<h3>\(context.text(GroupWords.holdsBackTitle))</h3>\(holdsBack)")
        let tried = explanation.changes.filter { $0.requirements.isEmpty }.count
        let helpful = explanation.helpful
        if helpful.isEmpty {
            parts.append("<h3>\(context.text(GroupWords.helpfulTitle))</h3><p>\(context.text(GroupWords.helpfulNone, tried))</p>")
        } else {
            let items = helpful.map { trial -> HTML in
                let overall = trial.householdsChange.map { $0 > 0 ? "+\($0)" : String($0) } ?? "–"
                let change = trial.sentence(in: base.scenario).map { SentenceHTML(links)($0) } ?? "\(trial.description)"
                return "<li>\(context.html(GroupWords.helpfulLine, change, "\(trial.membersBefore ?? 0)", "\(trial.membersAfter ?? 0)", "\(overall)"))</li>"
            }
            parts.append("<h3>\(context.text(GroupWords.helpfulTitle))</h3><ul>\(items)</ul>")
        }
        return HTML.joined(parts, separator: "\n")
    }

    // MARK: Dropping a requirement

    static func requirementForms(_ group: Group, _ context: PageContext) -> HTML {
        let requirements = GroupRequirement.of(group)
        guard !requirements.isEmpty else {
            return "<section aria-labelledby=\"eisen\" class=\"no-print\"><h2 id=\"eisen\">\(context.text(GroupWords.dropTitle))</h2><p>\(context.text(GroupWords.dropNone))</p></section>"
        }
        let action = "/woongroep/" + group.id.rawValue.addingPercentEncodingForPath + "/wat-als"
        let forms = requirements.map { requirement -> HTML in
            """
            <li><form method="post" action="\(action)">\(context.csrfField)
            <input type="hidden" name="regel" value="\(requirement.rawValue)">
            <button type="submit" class="secondary">\(requirement.label(for: group, context))</button></form></li>
            """
        }
        return """
            <section aria-labelledby="eisen" class="no-print"><h2 id="eisen">\(context.text(GroupWords.dropTitle))</h2>
            <p>\(context.text(GroupWords.dropIntro))</p><ul class="drops">\(forms)</ul></section>
            """
    }

    /// The match without the requirement, against now: households housed, whether and where the group forms, and who changes.
    static func requirementResult(_ outcome: RequirementOutcome, group: Group, base: BaseMatch, _ context: PageContext) -> HTML {
        let links = EntityLinks(base.scenario, context)
        let trial = outcome.trial
        let seekers = base.scenario.seekers.count
        let housedNow = base.result.match.groups.reduce(0) { $0 + $1.members.count }
        let formedNow = base.result.match.groups.first { $0.id == group.id }
        let hasMatch = trial.status == .optimal || trial.status == .feasible
        let housedAfter: String = hasMatch
            ? context.text(GroupWords.housedOf, housedNow + (trial.householdsChange ?? 0), seekers) : context.text(GroupWords.noMatch)
        let groupNow: HTML = formedNow.map {
            context.html(GroupWords.formsAt, links.site($0.site), HTML(trusted: String($0.members.count)))
        } ?? "\(context.text(GroupWords.doesNotForm))"
        let groupAfter: HTML
        if !hasMatch {
            groupAfter = "\(context.text(GroupWords.noMatch))"
        } else if let site = trial.siteAfter, let members = trial.membersAfter, members > 0 {
            groupAfter = context.html(GroupWords.formsAt, links.site(site), HTML(trusted: String(members)))
        } else {
            groupAfter = "\(context.text(GroupWords.doesNotForm))"
        }
        let effects = EffectsWording(links)
        let unchanged = trial.effects.map { $0.changesNothingElse && $0.gainPlace.isEmpty && $0.startForming.isEmpty } ?? false
        let result: HTML = unchanged ? "<p class=\"cost-free\">\(context.text(GroupWords.dropNothingChanges))</p>" : effects.outcome(trial)
        let back = "/woongroep/" + group.id.rawValue.addingPercentEncodingForPath
        return """
            <p class="lead">\(context.text(GroupWords.dropNotSaved))</p>
            <table class="compare"><thead><tr><td></td><th scope="col">\(context.text(GroupWords.compareNow))</th>
            <th scope="col">\(context.text(GroupWords.compareWithout))</th></tr></thead><tbody>
            <tr><th scope="row">\(context.text(GroupWords.compareHoused))</th><td>\(context.text(GroupWords.housedOf, housedNow, seekers))</td>
            <td class="after">\(housedAfter)</td></tr>
            <tr><th scope="row">\(links.group(group.id))</th><td>\(groupNow)</td><td class="after">\(groupAfter)</td></tr>
            </tbody></table>
            <h2>\(context.text(GroupWords.compareOutcome))</h2>
            \(result)
            <p><a href="\(back)">\(context.text(GroupWords.backToGroup, group.displayName))</a></p>
            """
    }

    // MARK: Pieces

    static func towns(_ towns: [Municipality], _ context: PageContext) -> String {
        towns.isEmpty ? context.text(CommonWords.anyTown) : ListWording.joined(towns, in: context.language)
    }

    /// A question still being worked out: its progress, updated by the page's script, and a stop button.
    static func working(_ job: Job, _ context: PageContext) -> HTML {
        let status = JobStatus(job, language: context.language)
        return """
            <div class="progress" data-job="\(job.id)" aria-live="polite">
            <p class="working"><span class="spinner" aria-hidden="true"></span> <span data-field="headline">\(status.headline)</span></p>
            <p data-field="detail">\(status.detail)</p>
            <form method="post" action="/taak/\(job.id)/stop">\(context.csrfField)
            <input type="hidden" name="terug" value="\(context.path)">
            <button type="submit" class="secondary">\(context.text(ProgressWords.cancel))</button></form>
            <p class="small">\(context.text(ProgressWords.reloadHint))</p>
            </div>
            """
    }
}
