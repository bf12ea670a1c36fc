import HousingMatch

/// The questions the group and household pages ask, each a job shared by
/// every visitor asking the same of the same scenario (the key holds its fingerprint).
extension JobBoard {
    /// The job that works out the match of `base`'s scenario with `requirement` dropped from `group`;
    /// `nil` when the group has no such requirement.
    func requirementOutcome(of base: BaseMatch, fingerprint: String, group: GroupID, requirement: GroupRequirement,
                            options: MatchOptions) -> Job? {
        guard let changed = requirement.dropped(from: base.scenario, group: group) else { return nil }
        return job(for: "woongroep-eis:\(fingerprint):\(group.rawValue):\(requirement.rawValue)") { job in
            var whatIf = base.whatIf
            whatIf.options = job.options(from: whatIf.options)
            let outcome = try whatIf.outcome(of: changed, explainingConflict: true)
            let trial = TrialOutcome(change: nil, description: requirement.rawValue, outcome: outcome,
                                     base: base.result.match, group: group, scenario: base.scenario)
            return RequirementOutcome(requirement: requirement, group: group, trial: trial)
        }
    }

    /// The candidates of `group`, with the cost of the best-fitting `top`.
    func groupCandidates(of base: BaseMatch, fingerprint: String, group: GroupID, top: Int) -> Job {
        job(for: "woongroep-kandidaten:\(fingerprint):\(group.rawValue):\(top)") { job in
            var whatIf = base.whatIf
            whatIf.options = job.options(from: whatIf.options)
            return try whatIf.candidates(for: group, top: top) { index, count, seeker in
                job.showStep(index, of: count, "\(seeker) → \(group)")
            }
        }
    }

    /// The group explanation (`explain --group`): sites, what holds it back, changes that help.
    func groupExplanation(of base: BaseMatch, fingerprint: String, group: GroupID) -> Job {
        job(for: "woongroep-uitleg:\(fingerprint):\(group.rawValue)") { job in
            var whatIf = base.whatIf
            whatIf.options = job.options(from: whatIf.options)
            return try GroupExplainer(whatIf: whatIf).explain(group) { index, count, _ in
                job.showStep(index, of: count, group.rawValue)
            }
        }
    }

    /// The household explanation (`explain --seeker`): why placed or not, and the smallest change that places it.
    func seekerExplanation(of base: BaseMatch, fingerprint: String, seeker: SeekerID) -> Job {
        job(for: "huishouden:\(fingerprint):\(seeker.rawValue)") { job in
            var whatIf = base.whatIf
            whatIf.options = job.options(from: whatIf.options)
            return try whatIf.explanation(of: seeker) { index, count, _ in
                job.showStep(index, of: count, seeker.rawValue)
            }
        }
    }
}
