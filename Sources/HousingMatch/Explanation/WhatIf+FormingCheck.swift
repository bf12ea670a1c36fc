import Wording

extension WhatIf {
    /// The most seconds each solve of a forming check takes: the checks run
    /// for every group that does not form, after the scenario's own solve.
    public static let formingCheckSeconds: Double = 10

    /// How long all the checks of one answer may take together: half the
    /// base solve's time, at least 2 and at most 30 seconds. On a 300-household
    /// region they took three times as long as the solve itself; a reason
    /// whose check does not fit stays the plain facts (which site, taken by
    /// whom), claiming no cause. Under a time limit they take no more than the
    /// limit leaves (but 2 s). A small programme (under ``smallProgramme``
    /// variables) gets at least 10 s: its checks take well under a second on
    /// an idle machine, and on a loaded one every command must still reach the
    /// same reasons.
    static func formingChecksBudget(afterSolving seconds: Double, timeLimit: Double?, variables: Int) -> Double {
        let floor = variables < smallProgramme ? 10.0 : 2.0
        let budget = min(30, max(floor, 0.5 * seconds))
        return timeLimit.map { min(budget, max(floor, $0 - seconds)) } ?? budget
    }

    static let smallProgramme = 1_000

    /// Why group `id` does not form in the base match, found by trying (see
    /// ``FormingCheck``); `nil` when it forms, has no site open to it at all
    /// (the hard filters say why), or the base has no match.
    ///
    /// - Throws: ``UnknownIdentifierError`` for an unknown group; solver failures.
    public func formingCheck(of id: GroupID) throws -> FormingCheck? {
        guard let g = scenario.groups.firstIndex(where: { $0.id == id }) else {
            throw UnknownIdentifierError.group(id, in: scenario)
        }
        return try formingTrial(g, eligibility: Eligibility(scenario))?.check
    }

    /// Every household left out of the base match with its reason, where the
    /// reasons about groups that do not form rest on a ``FormingCheck`` each:
    /// the reasons `solve` prints and `explain --group` agrees with.
    ///
    /// Only groups that do not form, have a site open to them and matter to
    /// someone left out (a founder, or a household who could join) are
    /// checked, a few at a time, each solve within ``formingCheckSeconds``.
    public func checkedUnassigned() throws -> [UnassignedSeeker] {
        try checkedUnassigned(only: nil)
    }

    /// The checked reason for one household left out of the base match
    /// (only the groups that matter to it are tried), or `nil` when it is placed.
    public func checkedReason(for id: SeekerID) throws -> String? {
        try checkedEntry(for: id)?.reason
    }

    /// The checked reason for one household left out, with its sentence, or `nil` when it is placed.
    public func checkedEntry(for id: SeekerID) throws -> UnassignedSeeker? {
        guard base.unassigned.contains(where: { $0.seeker == id }) else { return nil }
        return try checkedUnassigned(only: [id]).first { $0.seeker == id }
    }

    /// Checked reasons for everyone left out, or for those of `only` who are.
    func checkedUnassigned(only: Set<SeekerID>?) throws -> [UnassignedSeeker] {
        guard base.hasMatch else { return base.unassigned }
        let eligibility = Eligibility(scenario)
        let formed = Set(base.match.groups.map(\.id))
        let left = Set(base.unassigned.map(\.seeker)).intersection(only ?? Set(scenario.seekers.map(\.id)))
        let toCheck = scenario.groups.indices.filter { g in
            guard !formed.contains(scenario.groups[g].id), !eligibility.sitesOfGroup[g].isEmpty else { return false }
            return scenario.seekers.indices.contains { p in
                left.contains(scenario.seekers[p].id)
                    && (eligibility.foundedGroup[p] == g || eligibility.groupsOfSeeker[p].contains(g))
            }
        }
        let (runner, asker) = trialRunner(count: toCheck.count)
        let deadline = ContinuousClock.now + .seconds(Self.formingChecksBudget(afterSolving: base.statistics.totalSeconds,
                                                                                   timeLimit: options.timeLimit,
                                                                                   variables: base.statistics.variables))
        let checks = try runner.run(toCheck.count) { index in
            try asker.formingTrial(toCheck[index], eligibility: eligibility, deadline: deadline)?.check
        }
        var reasons = UnassignedReasons(scenario: scenario, eligibility: eligibility)
        for case let check?? in checks { reasons.formingChecks[check.group] = check }
        let all = reasons.reasons(for: base.match)
        return only == nil ? all : all.filter { left.contains($0.seeker) }
    }

    /// The check for group g, with the solve that required it to form (when one was made).
    func formingTrial(_ g: Int, eligibility: Eligibility, deadline: ContinuousClock.Instant? = nil) throws
        -> (check: FormingCheck, required: Outcome?)? {
        let id = scenario.groups[g].id
        guard base.hasMatch, !base.match.groups.contains(where: { $0.id == id }),
              !eligibility.sitesOfGroup[g].isEmpty else { return nil }
        var limit = min(options.timeLimit ?? Self.formingCheckSeconds, Self.formingCheckSeconds)
        if let deadline {
            let left = (deadline - ContinuousClock.now).seconds
            // Too little time for a check that could say anything: the reason stays unchecked.
            guard left >= 0.25 else { return nil }
            limit = min(limit, left)
        }
        var asker = self
        asker.options.timeLimit = limit
        let seconds = asker.options.timeLimit ?? Self.formingCheckSeconds
        let requirement = [MatchRequirement.forms(id)]

        // Alone first: a programme of one group is small, and when it cannot
        // form even so, no other group is to blame.
        let alone = ConflictFinder(scenario: scenario.withOnlyGroup(g), backend: engine.backend,
                                   requirements: requirement, secondsPerCheck: seconds)
        let formsAlone = try alone.isFeasible(alone.scenario)
        if formsAlone == false {
            let conflict = try alone.smallestConflict()
            return (FormingCheck(group: id, verdict: .cannotForm, worseFit: false, noLongerHoused: [], newlyHoused: [],
                                 displaced: [], conflict: conflict, proven: true,
                                 message: FormingCheck.cannotFormMessage(conflict).text(in: .en),
                                 sentence: FormingCheck.cannotFormMessage(conflict),
                                 sentenceAfterWhich: FormingCheck.cannotFormMessage(conflict, afterWhich: true)), nil)
        }

        let required = try asker.outcome(requiring: requirement)
        let hasMatch = required.status == .optimal || required.status == .feasible
        guard hasMatch, let formed = required.match.groups.first(where: { $0.id == id }) else {
            let undecided = Sentence(ConflictWords.undecided, .plain(SiteFilters.number(seconds)))
            if required.status == .infeasible {
                let verdict: FormingCheck.Verdict = formsAlone == true ? .blockedByMustForm : .cannotForm
                let conflict = try ConflictFinder(scenario: scenario, backend: engine.backend, requirements: requirement,
                                                  secondsPerCheck: seconds).smallestConflict()
                let message = { (afterWhich: Bool) in
                    verdict == .cannotForm ? FormingCheck.cannotFormMessage(conflict, afterWhich: afterWhich)
                        : FormingCheck.blockedMessage(conflict, afterWhich: afterWhich)
                }
                return (FormingCheck(group: id, verdict: verdict, worseFit: false, noLongerHoused: [], newlyHoused: [],
                                     displaced: [], conflict: conflict, proven: true,
                                     message: message(false).text(in: .en), sentence: message(false),
                                     sentenceAfterWhich: message(true)), required)
            }
            return (FormingCheck(group: id, verdict: .undecided, worseFit: false, noLongerHoused: [], newlyHoused: [],
                                 displaced: [], proven: false,
                                 message: undecided.text(in: .en), sentence: undecided), required)
        }

        let after = Dictionary(required.match.groups.map { ($0.id, $0.site) }, uniquingKeysWith: { first, _ in first })
        let displaced = base.match.groups.compactMap { group -> FormingCheck.Displaced? in
            let now = after[group.id]
            return now == group.site ? nil : FormingCheck.Displaced(group: group.id, site: group.site, movedTo: now)
        }
        let householdsChange = required.householdsChange ?? 0
        let housedChange = required.housedChange ?? 0
        let fit = { (result: Match) in MatchChecker(scenario: scenario).objective(of: result).preference }
        let worseFit = fit(required.match) < fit(base.match) - 1e-6
        let message = FormingCheck.outcompetedMessage(
            site: formed.site, members: formed.members.count, displaced: displaced, householdsChange: householdsChange,
            housedChange: housedChange, worseFit: worseFit, noLongerHoused: required.noLongerHoused,
            newlyHoused: required.newlyHoused, proven: required.proven)
        return (FormingCheck(group: id, verdict: .outcompeted, site: formed.site, members: formed.members.count,
                             householdsChange: householdsChange, housedChange: housedChange, worseFit: worseFit,
                             noLongerHoused: required.noLongerHoused, newlyHoused: required.newlyHoused,
                             displaced: displaced, proven: required.proven, message: message.text(in: .en),
                             sentence: message), required)
    }
}

extension Scenario {
    /// This scenario with group g as its only group: the others, their
    /// founders and whoever must live with one of those are left out (none of
    /// them could join g), and references to them are dropped. Whether g can
    /// form here is whether it can form in the scenario with no other group
    /// forming.
    func withOnlyGroup(_ g: Int) -> Scenario {
        let kept = groups[g]
        var removed = Set(groups.indices.filter { $0 != g }.flatMap { groups[$0].founders }).subtracting(kept.founders)
        // Those who must live with a removed household cannot join g either.
        let partners = TogetherPartners(self)
        var waiting = Array(removed)
        while let next = waiting.popLast() {
            for partner in partners.of(next) where !removed.contains(partner) && !kept.founders.contains(partner) {
                removed.insert(partner)
                waiting.append(partner)
            }
        }
        var alone = self
        alone.groups = [kept]
        alone.groups[0].declines.removeAll(where: removed.contains)
        alone.seekers = seekers.filter { !removed.contains($0.id) }.map { seeker in
            var seeker = seeker
            seeker.preferences.removeAll { $0 != kept.id }
            seeker.excludes.removeAll { $0 != kept.id }
            seeker.together.removeAll(where: removed.contains)
            seeker.apart.removeAll(where: removed.contains)
            return seeker
        }
        return alone
    }
}

extension MatchResult {
    /// This result of `scenario` with every reason about a group that does
    /// not form checked by a solve (``WhatIf/checkedUnassigned()``): the
    /// reasons a solution file holds, whichever command writes it. Unchanged
    /// without a match; `options` set the limits of the checks' solves.
    public func withCheckedReasons(of scenario: Scenario, options: MatchOptions) throws -> MatchResult {
        guard hasMatch else { return self }
        var recorded = self
        recorded.scenarioFingerprint = scenario.fingerprint
        var options = options
        options.progress = nil
        recorded.unassigned = try WhatIf(scenario, reusing: recorded, options: options).checkedUnassigned()
        recorded.scenarioFingerprint = scenarioFingerprint
        return recorded
    }
}
