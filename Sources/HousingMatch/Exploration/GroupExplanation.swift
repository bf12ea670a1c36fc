import Wording

/// A rule that holds a group back, with the numbers: why it does not form,
/// or why it is not larger.
public struct BindingRule: Sendable, Hashable, Codable {
    /// Which rule binds.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Every dwelling of its site is taken (rule 2).
        case siteUnits
        /// The group is at its `maxSize` (rule 2).
        case maxSize
        /// Every accessible dwelling of its site is taken, and a household who could join needs one (rule 2).
        case accessibleUnits
        /// Fewer households could join than its `minSize` (rule 2).
        case minSize
        /// One more care-needing member would go above `careShare.max` (rule 7).
        case careShareMax
        /// One more member without care would go below `careShare.min` (rule 7).
        case careShareMin
        /// The households who could join span fewer generations than `minGenerations` (rule 7).
        case generations
        /// One more care-needing member would leave too few support hours (rule 7).
        case supportHours
        /// No provider can start at the site: fewer households of a care type could join than its minimum per site (rule 8).
        case providerMinimum
        /// A provider serves its most clients per site there (rule 8).
        case providerPerSiteMaximum
        /// Every provider of a care type that serves the site is at its capacity (rule 8).
        case providerCapacity
        /// A founder's limits (rent, town, access, care) close a site in the group's towns (rules 2, 5, 8).
        case founders
        /// It could form, but forming it costs the others more than it gains: who loses
        /// what is checked by a solve that requires it to form (rule 1 and stage 1 of "best").
        case siteTaken
        /// No match lets it form, even with no other group forming: the rules named cannot all hold.
        case cannotFormAtAll
        /// It could form on its own, but not while the groups that must form do.
        case mustFormGroups
        /// No site at all is open to the group (rules 2-5, 8 for its founders).
        case noPossibleSite
        /// No other household could join it there, on their own terms or the group's (rule 5).
        case noCandidates
        /// Households who could join are housed in other groups, to house the most overall.
        case competition
    }

    public var kind: Kind
    /// The rule with its numbers, such as "care share at most 40%: 4 of 10 members need care".
    public var message: String
    /// ``message`` as a catalogue sentence, to say it in any language; `nil` when read from a file.
    public var sentence: Sentence?

    public init(kind: Kind, message: String) {
        self.kind = kind
        self.message = message
    }

    /// A rule worded from the catalogue; its English is the ``message``.
    public init(kind: Kind, sentence: Sentence) {
        self.init(kind: kind, message: sentence.text(in: .en))
        self.sentence = sentence
    }

    /// The rule in `language`: "aandeel leden met een zorgvraag hooguit 40%: 4 van 10 leden hebben zorg nodig".
    public func text(in language: Language) -> String {
        sentence?.text(in: language) ?? message
    }

    private enum CodingKeys: String, CodingKey { case kind, message }

    public static func == (left: BindingRule, right: BindingRule) -> Bool {
        left.kind == right.kind && left.message == right.message
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(message)
    }
}

/// A site a group cannot take, with every rule that keeps it out.
public struct ExcludedSite: Sendable, Equatable, Codable {
    public var site: SiteID
    public var exclusions: [SiteExclusion]
}

/// Why one group does not form or is not larger, and which single changes
/// would let it form or grow, each tried against the scenario's best match.
public struct GroupExplanation: Sendable, Equatable, Codable {
    public var group: GroupID
    public var name: String
    public var minSize: Int
    public var maxSize: Int
    /// The status of the scenario's own solve.
    public var baseStatus: MatchStatus
    /// The site it takes in the best match; `nil` when it does not form.
    public var site: SiteID?
    /// Its members in the best match; 0 when it does not form.
    public var members: Int
    /// Sites the solver may give it (every hard filter passed).
    public var possibleSites: [SiteID]
    /// Sites in its towns that it cannot take, with every rule that keeps it out.
    public var excludedSites: [ExcludedSite]
    /// Sites outside its towns, not listed one by one.
    public var sitesElsewhere: Int
    /// For a group that does not form: the best match in which it does (the
    /// cost of forming it), or `infeasible` when no match lets it form.
    public var ifFormed: TrialOutcome?
    /// For a group that does not form but has a possible site: whether it cannot
    /// form at all or loses to other groups, found by the same solves as the
    /// reasons `solve` gives its founders (``WhatIf/checkedUnassigned()``).
    public var formingCheck: FormingCheck?
    /// The rules that hold it back, judged at its site in the best match, or
    /// at the site it takes in ``ifFormed``.
    public var bindingRules: [BindingRule]
    /// Every change tried, in the order tried. For a group that does not form
    /// and still does not after a change, the change is tried again with the
    /// group required to form, to show whether it then can and at what cost.
    public var changes: [TrialOutcome]
    /// Whether every change was tried (false after a stop).
    public var complete: Bool

    /// The changes that let the group form or grow in the best match, or that house more overall.
    public var helpful: [TrialOutcome] {
        changes.filter { $0.requirements.isEmpty && ($0.groupGrows || $0.housesMore) }
    }
}

/// Explains a group: solves the scenario once, then judges the rules at the
/// group's site and tries each change that could matter to it.
///
/// ```swift
/// let explainer = try GroupExplainer(scenario)
/// let why = try explainer.explain("g5")
/// for rule in why.bindingRules { print(rule.message) }
/// ```
public struct GroupExplainer: Sendable {
    private typealias W = ExplorationWords
    private typealias N = ExplorationNames

    /// The base solve and the way every change is tried.
    public let whatIf: WhatIf
    let eligibility: Eligibility
    let filters: SiteFilters

    /// Solves the scenario once; `options.timeLimit` applies to each solve.
    public init(_ scenario: Scenario, options: MatchOptions = MatchOptions()) throws {
        try self.init(whatIf: WhatIf(scenario, options: options))
    }

    public init(whatIf: WhatIf) {
        self.whatIf = whatIf
        eligibility = Eligibility(whatIf.scenario)
        filters = SiteFilters(whatIf.scenario, eligibility: eligibility)
    }

    var scenario: Scenario { whatIf.scenario }

    /// Explains one group.
    ///
    /// - Parameter progress: called before each change is tried, with its position (from 0) and the count.
    /// - Throws: ``UnknownIdentifierError`` when the scenario has no such group; solver failures.
    public func explain(_ id: GroupID, progress: (@Sendable (_ index: Int, _ count: Int, _ change: String) -> Void)? = nil) throws
        -> GroupExplanation
    {
        guard let g = scenario.groups.firstIndex(where: { $0.id == id }) else {
            throw UnknownIdentifierError.group(id, in: scenario)
        }
        let group = scenario.groups[g]
        let base = whatIf.base
        let formed = base.match.groups.first { $0.id == id }
        let possible = eligibility.sitesOfGroup[g]

        var explanation = GroupExplanation(
            group: id, name: group.displayName, minSize: group.minSize, maxSize: group.maxSize, baseStatus: base.status,
            site: formed?.site, members: formed?.members.count ?? 0,
            possibleSites: possible.map { scenario.sites[$0].id }, excludedSites: [], sitesElsewhere: 0,
            ifFormed: nil, formingCheck: nil, bindingRules: [], changes: [], complete: false)
        for h in scenario.sites.indices where !possible.contains(h) {
            let exclusions = filters.exclusions(group: g, site: h)
            if exclusions.contains(where: { $0.kind == .town }) {
                explanation.sitesElsewhere += 1
            } else {
                explanation.excludedSites.append(ExcludedSite(site: scenario.sites[h].id, exclusions: exclusions))
            }
        }

        // The state the rules are judged at: its place in the best match, or
        // in the best match that forms it.
        var state = formed
        var stateMatch = base.match
        if formed == nil, base.hasMatch, !possible.isEmpty, let trial = try whatIf.formingTrial(g, eligibility: eligibility) {
            explanation.formingCheck = trial.check
            if var outcome = trial.required {
                // The conflict the check found is the one to show with the required solve.
                if outcome.conflict == nil { outcome.conflict = trial.check.conflict }
                explanation.ifFormed = TrialOutcome(change: nil, description: MatchRequirement.forms(id).description, requirements: [.forms(id)],
                                                    outcome: outcome, base: base.match, group: id)
                state = outcome.match.groups.first { $0.id == id }
                stateMatch = outcome.match
            } else {
                // Settled alone, without a solve of the whole scenario: no match forms it.
                explanation.ifFormed = TrialOutcome(
                    change: nil, description: MatchRequirement.forms(id).description, requirements: [.forms(id)],
                    outcome: WhatIf.Outcome(status: .infeasible, housedChange: nil, householdsChange: nil, newlyHoused: [],
                                            noLongerHoused: [], proven: true, match: Match(), conflict: trial.check.conflict,
                                            seconds: 0),
                    base: base.match, group: id)
            }
        }
        explanation.bindingRules = bindingRules(g, state: state, in: stateMatch, base: base.match,
                                                check: explanation.formingCheck)

        guard base.hasMatch else {
            // Without a match there is nothing to measure a change against.
            explanation.complete = true
            return explanation
        }
        let trials = candidateChanges(g, state: state, excluded: explanation.excludedSites)
        let asked = self.scenario
        // Each change is an independent question (one or two re-solves): asked a few at a time, answered in order.
        let (runner, asker) = whatIf.trialRunner(count: trials.count)
        let starting: @Sendable (Int) -> Void = { index in progress?(index, trials.count, trials[index].description(in: asked)) }
        let answers = try runner.run(trials.count, starting: starting) { index -> [TrialOutcome] in
            let change = trials[index]
            let words = change.description(in: asked)
            guard let changed = change.applied(to: asked) else { return [] }
            let outcome = try asker.outcome(of: changed)
            let trial = TrialOutcome(change: change, description: words, outcome: outcome, base: base.match, group: id)
            // Still not formed: would the change at least let it form, and at what cost?
            guard formed == nil, (trial.membersAfter ?? 0) == 0, outcome.status != .infeasible else { return [trial] }
            let forced = try asker.outcome(of: changed, requiring: [.forms(id)])
            return [trial, TrialOutcome(change: change, description: words, requirements: [.forms(id)],
                                        outcome: forced, base: base.match, group: id)]
        }
        for answer in answers {
            guard let answer else { return explanation }
            explanation.changes += answer
        }
        explanation.complete = true
        return explanation
    }

    // MARK: Binding rules

    /// The rules that hold group g back: at its site when it has one (`state`),
    /// else over the households who could join it and the sites it could take.
    func bindingRules(_ g: Int, state: FormedGroup?, in match: Match, base: Match, check: FormingCheck? = nil) -> [BindingRule] {
        let group = scenario.groups[g]
        var rules: [BindingRule] = []
        let possible = eligibility.sitesOfGroup[g]
        if possible.isEmpty {
            let why = UnassignedReasons(scenario: scenario, eligibility: eligibility).groupCannotFormReason(g)
            rules.append(BindingRule(kind: .noPossibleSite, sentence: Sentence(W.noSiteOpen, .sentence(why))))
        }
        rules += founderRules(g)
        // Only a solve tells whether a group that does not form loses to others or cannot form
        // at all; a site that goes to another group is named only when forming was tried.
        switch check?.verdict {
        case .outcompeted?: rules.append(Self.rule(.siteTaken, check!))
        case .cannotForm?: rules.append(Self.rule(.cannotFormAtAll, check!))
        case .blockedByMustForm?: rules.append(Self.rule(.mustFormGroups, check!))
        case .undecided?: rules.append(Self.rule(.competition, check!))
        case nil: break
        }
        if state == nil {
            if !possible.isEmpty { rules += poolRules(g) }
            return rules
        }
        guard let state, let h = scenario.sites.firstIndex(where: { $0.id == state.site }) else { return rules }
        return rules + growthRules(g, group: group, at: h, state: state, in: match)
    }

    /// The finding of a forming check as a rule, in its own words (English as it always was).
    private static func rule(_ kind: BindingRule.Kind, _ check: FormingCheck) -> BindingRule {
        guard let sentence = check.sentence, sentence.text(in: .en) == check.message else {
            return BindingRule(kind: kind, message: check.message)
        }
        return BindingRule(kind: kind, sentence: sentence)
    }

    /// Founders' limits that close sites in the group's towns.
    private func founderRules(_ g: Int) -> [BindingRule] {
        let founderKinds: Set<SiteExclusion.Kind> = [.rent, .founderTown, .founderCare, .accessibleDwellings]
        return scenario.sites.indices.compactMap { h in
            let exclusions = filters.exclusions(group: g, site: h)
            guard !exclusions.contains(where: { $0.kind == .town }) else { return nil }
            let byFounders = exclusions.filter { founderKinds.contains($0.kind) }
            guard !byFounders.isEmpty else { return nil }
            return BindingRule(kind: .founders, sentence: Sentence(
                W.closedByFounders, N.siteID(scenario.sites[h].id), .plain(scenario.sites[h].municipality),
                .joined(byFounders.map { .sentence($0.clause) }, separator: "; ")))
        }
    }

    /// Why a group with possible sites cannot form at all: too few households
    /// could join it, or not of the kinds its rules ask for.
    private func poolRules(_ g: Int) -> [BindingRule] {
        let group = scenario.groups[g]
        let pool = scenario.seekers.indices.filter { eligibility.groupsOfSeeker[$0].contains(g) }
        let seekers = pool.map { scenario.seekers[$0] }
        var rules: [BindingRule] = []
        if pool.count < group.minSize {
            rules.append(BindingRule(kind: .minSize, sentence: Sentence(
                pool.count == 1 ? W.poolTooSmallOne : W.poolTooSmallMany, N.count(group.minSize), N.count(pool.count))))
        }
        let generations = Set(seekers.flatMap(\.generations))
        if generations.count < group.minGenerations {
            rules.append(BindingRule(kind: .generations, sentence: Sentence(
                W.poolGenerations, N.count(group.minGenerations), N.count(generations.count),
                .joined(generations.sorted().map { .plain($0) }, separator: ", "))))
        }
        let needCare = seekers.filter(\.needsCare).count
        let neededCare = Int((group.careShare.min * Double(group.minSize) - 1e-9).rounded(.up))
        if needCare < neededCare {
            rules.append(BindingRule(kind: .careShareMin, sentence: Sentence(
                W.poolCareShareMin, N.percent(group.careShare.min), N.count(neededCare), N.count(group.minSize), N.count(needCare))))
        }
        let withoutCare = seekers.count - needCare
        let neededWithout = Int(((1 - group.careShare.max) * Double(group.minSize) - 1e-9).rounded(.up))
        if withoutCare < neededWithout {
            rules.append(BindingRule(kind: .careShareMax, sentence: Sentence(
                W.poolCareShareMax, N.percent(group.careShare.max), N.count(neededWithout), N.count(group.minSize),
                N.count(withoutCare))))
        }
        rules += providerMinimumRules(candidates: seekers, servedHere: [], towns: possibleTowns(g))
        return rules
    }

    private func possibleTowns(_ g: Int) -> [Municipality] {
        Array(Set(eligibility.sitesOfGroup[g].map { scenario.sites[$0].municipality })).sorted()
    }

    /// Why a formed group is not larger at site h: each rule that would stop
    /// one more household who could join it there.
    private func growthRules(_ g: Int, group: Group, at h: Int, state: FormedGroup, in match: Match) -> [BindingRule] {
        let site = scenario.sites[h]
        let byID = Dictionary(scenario.seekers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let members = state.members.compactMap { byID[$0] }
        let memberSet = Set(state.members)
        // Households who could join it at this site on their own terms and the group's.
        let candidates = scenario.seekers.indices
            .filter { !memberSet.contains(scenario.seekers[$0].id) && eligibility.groupsOfSeeker[$0].contains(g)
                && eligibility.siteFitsSeeker[$0][h] }
            .map { scenario.seekers[$0] }
        var rules: [BindingRule] = []
        let size = members.count
        if size >= site.units {
            rules.append(BindingRule(kind: .siteUnits, sentence: Sentence(W.siteFull, N.siteID(site.id), N.count(site.units), N.count(size))))
        }
        if size >= group.maxSize {
            rules.append(BindingRule(kind: .maxSize, sentence: Sentence(W.groupFull, N.count(group.maxSize), N.count(size))))
        }
        let accessible = members.filter(\.needsAccessible).count
        let wantAccessible = candidates.filter(\.needsAccessible).count
        if wantAccessible > 0, accessible >= site.accessibleUnits {
            let taken = Sentence(site.accessibleUnits == 1 ? W.accessibleTakenOne : W.accessibleTakenMany, N.siteID(site.id),
                                 N.count(site.accessibleUnits), N.count(accessible))
            let wanted = Sentence(wantAccessible == 1 ? W.accessibleWantedOne : W.accessibleWantedMany, N.count(wantAccessible))
            rules.append(BindingRule(kind: .accessibleUnits, sentence: Sentence(W.twoParts, .sentence(taken), .sentence(wanted))))
        }
        let care = members.filter(\.needsCare).count
        let careCandidates = candidates.filter(\.needsCare)
        if !careCandidates.isEmpty, Double(care + 1) > group.careShare.max * Double(size + 1) + 1e-9 {
            rules.append(BindingRule(kind: .careShareMax, sentence: Sentence(
                W.careShareMaxAt, N.percent(group.careShare.max), N.count(care), N.count(size))))
        }
        if careCandidates.count < candidates.count, Double(care) < group.careShare.min * Double(size + 1) - 1e-9 {
            rules.append(BindingRule(kind: .careShareMin, sentence: Sentence(
                W.careShareMinAt, N.percent(group.careShare.min), N.count(care), N.count(size))))
        }
        if group.supportRatio > 0 {
            let support = members.reduce(0) { $0 + $1.supportHours }
            let hours = members.reduce(0) { $0 + ($1.care?.hours ?? 0) }
            let blocked = careCandidates.filter {
                support + $0.supportHours < group.supportRatio * (hours + ($0.care?.hours ?? 0)) - 1e-9
            }
            if !blocked.isEmpty {
                rules.append(BindingRule(kind: .supportHours, sentence: Sentence(
                    blocked.count == 1 ? W.supportHoursOne : W.supportHoursMany, N.percent(group.supportRatio),
                    N.amount(support), N.amount(hours), N.count(blocked.count))))
            }
        }
        rules += providerRules(candidates: careCandidates, state: state, site: site, in: match)
        if rules.isEmpty {
            if candidates.isEmpty {
                rules.append(BindingRule(kind: .noCandidates, sentence: Sentence(W.noCandidatesAt, N.siteID(site.id))))
            } else {
                let elsewhere = match.groupOfSeeker
                let housed = candidates.filter { elsewhere[$0.id] != nil }
                let could = Sentence(candidates.count == 1 ? W.couldJoinOne : W.couldJoinMany, N.count(candidates.count))
                let inOthers = Sentence(housed.count == 1 ? W.housedElsewhereOne : W.housedElsewhereMany, N.count(housed.count))
                rules.append(BindingRule(kind: .competition, sentence: Sentence(W.twoParts, .sentence(could), .sentence(inOthers))))
            }
        }
        return rules
    }

    /// Care rules that stop care-needing households who could join at the site.
    private func providerRules(candidates: [Seeker], state: FormedGroup, site: Site, in match: Match) -> [BindingRule] {
        var load: [ProviderID: Int] = [:]
        for arrangement in match.groups.flatMap(\.care) { load[arrangement.provider, default: 0] += arrangement.clients }
        var here: [ProviderID: Int] = [:]
        for arrangement in state.care { here[arrangement.provider, default: 0] += arrangement.clients }
        let usable = eligibility.usableProviders.map { scenario.providers[$0] }.filter { $0.serves(site.municipality) }
        var rules: [BindingRule] = []
        for type in Set(candidates.compactMap(\.care?.type)).sorted() {
            let providers = usable.filter { $0.careTypes.contains(type) }
            let full = providers.filter { (load[$0.id] ?? 0) >= $0.capacity }
            if !providers.isEmpty, full.count == providers.count {
                let each = full.map { provider -> Sentence.Value in
                    .sentence(Sentence(W.providerAtCapacity, N.provider(provider), N.count(load[provider.id] ?? 0),
                                       N.count(provider.capacity)))
                }
                rules.append(BindingRule(kind: .providerCapacity, sentence: Sentence(
                    W.providersFullFor, .joined(each, separator: "; "), .careType(type))))
            }
            for provider in providers where (here[provider.id] ?? 0) > 0 {
                let most = min(provider.effectiveMaxClientsPerSite, provider.capacity)
                if (here[provider.id] ?? 0) >= most {
                    rules.append(BindingRule(kind: .providerPerSiteMaximum, sentence: Sentence(
                        most == 1 ? W.perSiteMostOne : W.perSiteMostMany, N.providerID(provider.id), N.count(most),
                        N.count(here[provider.id] ?? 0))))
                }
            }
        }
        let served = Set(state.care.map(\.careType))
        return rules + providerMinimumRules(candidates: candidates, servedHere: served, towns: [site.municipality])
    }

    /// A care type no provider serves here yet, whose providers each need more
    /// clients per site than the households of that type who could join.
    private func providerMinimumRules(candidates: [Seeker], servedHere: Set<CareType>, towns: [Municipality]) -> [BindingRule] {
        let usable = eligibility.usableProviders.map { scenario.providers[$0] }
        var rules: [BindingRule] = []
        for type in Set(candidates.compactMap(\.care?.type)).subtracting(servedHere).sorted() {
            let count = candidates.filter { $0.care?.type == type }.count
            let providers = usable.filter { provider in provider.careTypes.contains(type) && towns.contains { provider.serves($0) } }
            guard let least = providers.map({ max(1, $0.minClientsPerSite) }).min(), count < least else { continue }
            rules.append(BindingRule(kind: .providerMinimum, sentence: Sentence(
                count == 1 ? W.providerMinimumOne : W.providerMinimumMany, .careType(type), N.count(least),
                .joined(providers.map { N.providerID($0.id) }, separator: ", "), N.count(count))))
        }
        return rules
    }

    // MARK: Changes to try

    /// The single changes that could let group g form or grow: capacity at
    /// its sites and its providers, sites that almost fit, its own rules.
    func candidateChanges(_ g: Int, state: FormedGroup?, excluded: [ExcludedSite]) -> [TrialChange] {
        let group = scenario.groups[g]
        var changes: [TrialChange] = []
        // More dwellings where it lives, or could live.
        let sites = state.map { [$0.site] } ?? eligibility.sitesOfGroup[g].map { scenario.sites[$0].id }
        for site in sites { changes += [.capacity(.dwelling(site)), .capacity(.accessibleDwelling(site))] }
        // Sites in its towns that only the site's owner keeps closed.
        for entry in excluded {
            if let edit = filters.siteRemedy(for: entry.exclusions, at: entry.site) { changes.append(.site(edit)) }
        }
        // One more care place at each provider that could serve its members there.
        let towns = Set((state.map { [$0.site] } ?? sites).compactMap { id in scenario.sites.first { $0.id == id }?.municipality })
        for c in eligibility.usableProviders {
            let provider = scenario.providers[c]
            if towns.contains(where: provider.serves), provider.careTypes.contains(where: group.accepts(careType:)) {
                changes.append(.capacity(.carePlace(provider.id)))
                // A provider's minimum per site can keep a small care type out of a group altogether.
                if provider.minClientsPerSite > 1 {
                    changes.append(.minClientsPerSite(provider: provider.id, to: provider.minClientsPerSite - 1))
                }
            }
        }
        // Its own rules, each loosened one step.
        let founders = eligibility.foundersOfGroup[g].count
        if state == nil, group.minSize > max(1, founders) { changes.append(.minSize(group: group.id, to: group.minSize - 1)) }
        if let state, state.members.count >= group.maxSize { changes.append(.maxSize(group: group.id, to: group.maxSize + 1)) }
        let (care, size) = careCounts(state)
        if group.careShare.max < 1 {
            // Just enough for one more care-needing member, or a tenth more without a site to judge by.
            let next = size.map { Double(care + 1) / Double($0 + 1) } ?? 0
            let raised = min(1, max(Self.roundedUp(next), group.careShare.max + 0.1))
            changes.append(.careShare(group: group.id, min: group.careShare.min, max: raised))
        }
        if group.careShare.min > 0 {
            let next = size.map { Double(care) / Double($0 + 1) } ?? 1
            let lowered = max(0, min(Self.roundedDown(next), group.careShare.min - 0.1))
            changes.append(.careShare(group: group.id, min: lowered, max: group.careShare.max))
        }
        if group.needsCommonRoom { changes.append(.withoutCommonRoom(group: group.id)) }
        if group.minGenerations > 1 { changes.append(.minGenerations(group: group.id, to: group.minGenerations - 1)) }
        if group.acceptsCare != nil {
            for type in Set(scenario.seekers.compactMap(\.care?.type)).sorted() where !group.accepts(careType: type) {
                changes.append(.acceptsCare(group: group.id, careType: type))
            }
        }
        // Towns where a site would be open to it but for the town.
        if !group.municipalities.isEmpty {
            var added: Set<Municipality> = []
            for h in scenario.sites.indices {
                let town = scenario.sites[h].municipality
                guard !group.accepts(town), !added.contains(town) else { continue }
                if filters.exclusions(group: g, site: h).allSatisfy({ $0.kind == .town }) {
                    added.insert(town)
                    changes.append(.town(group: group.id, town: town))
                }
            }
        }
        return changes
    }

    /// Care-needing members and all members at the group's site, if it has one.
    private func careCounts(_ state: FormedGroup?) -> (care: Int, size: Int?) {
        guard let state else { return (0, nil) }
        let needCare = Set(scenario.seekers.filter(\.needsCare).map(\.id))
        return (state.members.filter { needCare.contains($0) }.count, state.members.count)
    }

    /// Shares are offered in whole percents.
    private static func roundedUp(_ share: Double) -> Double { (share * 100 - 1e-9).rounded(.up) / 100 }
    private static func roundedDown(_ share: Double) -> Double { (share * 100 + 1e-9).rounded(.down) / 100 }
}
