/// One group as seen from a site: whether it could take the site, what it
/// would bring there, or what keeps it out.
public struct SiteCandidate: Sendable, Equatable, Codable {
    public var group: GroupID
    public var name: String
    /// Every rule that keeps the group from the site; empty when it could take it.
    public var exclusions: [SiteExclusion]
    /// For a group that could take the site: the best match in which it does
    /// (`.takes(group, site)` required), against the scenario's best match.
    public var ifTaken: TrialOutcome?
    /// For a group kept out only by what the site lacks: the site changed to
    /// fit it (a common room, dwellings, accessible dwellings, rent), with the
    /// group required to take it.
    public var ifChanged: TrialOutcome?

    /// Whether only the site's owner could let the group in (every exclusion is a site matter).
    public var almostFits: Bool { !exclusions.isEmpty && exclusions.allSatisfy(\.isSiteMatter) }
}

/// A site as its owner (a corporation, developer or private owner) sees the
/// match: which groups could take it and what each would bring, and what the
/// site lacks for the groups that almost fit.
public struct SiteOffer: Sendable, Equatable, Codable {
    public var site: SiteID
    public var name: String
    public var town: Municipality
    public var units: Int
    public var accessibleUnits: Int
    public var rent: Double
    public var commonRoom: Bool
    public var owner: String
    /// The status of the scenario's own solve.
    public var baseStatus: MatchStatus
    /// The group that takes the site in the best match, and its members there.
    public var takenBy: GroupID?
    public var members: Int
    /// Every group of the scenario, those that could take the site first.
    public var groups: [SiteCandidate]
    /// Whether every question was asked (false after a stop).
    public var complete: Bool

    /// Solves the scenario once (through `whatIf`) and asks, for each group
    /// that could take the site or almost could, what that would bring.
    ///
    /// - Throws: ``UnknownIdentifierError`` for an unknown site; solver failures.
    public init(site id: SiteID, whatIf: WhatIf, progress: (@Sendable (_ index: Int, _ count: Int, _ question: String) -> Void)? = nil) throws {
        let scenario = whatIf.scenario
        guard let current = scenario.sites.first(where: { $0.id == id }) else {
            throw UnknownIdentifierError.site(id, in: scenario)
        }
        let filters = SiteFilters(scenario)
        let base = whatIf.base
        let taken = base.match.groups.first { $0.site == id }
        site = id
        name = current.displayName
        town = current.municipality
        units = current.units
        accessibleUnits = current.accessibleUnits
        rent = current.rent
        commonRoom = current.commonRoom
        owner = current.owner
        baseStatus = base.status
        takenBy = taken?.id
        members = taken?.members.count ?? 0
        complete = false

        var candidates = scenario.groups.map { group in
            SiteCandidate(group: group.id, name: group.displayName, exclusions: filters.exclusions(of: group.id, from: id))
        }
        // Those that could take it first, then those that almost could, then the rest, each in scenario order.
        candidates = candidates.filter(\.exclusions.isEmpty) + candidates.filter(\.almostFits)
            + candidates.filter { !$0.exclusions.isEmpty && !$0.almostFits }
        groups = candidates
        guard base.hasMatch else {
            complete = true
            return
        }
        let asked = candidates.indices.filter { candidates[$0].exclusions.isEmpty || candidates[$0].almostFits }
        // Each question below is an independent re-solve: asked a few at a time, answered in order.
        enum Question: Sendable {
            case takes(MatchRequirement)
            case changed(TrialChange, String, Scenario, MatchRequirement)
        }
        let questions: [Question?] = asked.map { index in
            let requirement = MatchRequirement.takes(candidates[index].group, id)
            if candidates[index].exclusions.isEmpty { return .takes(requirement) }
            guard let edit = filters.siteRemedy(for: candidates[index].exclusions, at: id) else { return nil }
            let change = TrialChange.site(edit)
            guard let changed = change.applied(to: scenario) else { return nil }
            return .changed(change, change.description(in: scenario), changed, requirement)
        }
        let (runner, asker) = whatIf.trialRunner(count: questions.count)
        let starting: @Sendable (Int) -> Void = { step in
            switch questions[step] {
            case .takes(let requirement): progress?(step, asked.count, requirement.description)
            case .changed(_, let words, _, _): progress?(step, asked.count, words)
            case nil: break
            }
        }
        let outcomes = try runner.run(questions.count, starting: starting) { step -> WhatIf.Outcome? in
            switch questions[step] {
            case .takes(let requirement): try asker.outcome(requiring: [requirement], explainingConflict: true)
            case .changed(_, _, let changed, let requirement): try asker.outcome(of: changed, requiring: [requirement])
            case nil: nil
            }
        }
        for (step, index) in asked.enumerated() {
            // A question not asked (after a stop) leaves this and every later one out.
            guard let answered = outcomes[step] else { return }
            guard let outcome = answered else { continue }
            let group = candidates[index].group
            switch questions[step] {
            case .takes(let requirement):
                groups[index].ifTaken = TrialOutcome(change: nil, description: requirement.description, requirements: [requirement],
                                                     outcome: outcome, base: base.match, group: group,
                                                     scenario: scenario)
            case .changed(let change, let words, _, let requirement):
                groups[index].ifChanged = TrialOutcome(change: change, description: words, requirements: [requirement],
                                                       outcome: outcome, base: base.match, group: group,
                                                     scenario: scenario)
            case nil: break
            }
        }
        complete = true
    }
}
