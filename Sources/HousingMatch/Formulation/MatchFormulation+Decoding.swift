import LinearProgramming

extension MatchFormulation {
    /// Reads the match out of a solution's variable values.
    ///
    /// Values are rounded: the solver returns integers up to its tolerance.
    func decode(_ values: [Double]) -> Match {
        func isOn(_ variable: VariableID) -> Bool { values[variable.index] > 0.5 }
        var groups: [FormedGroup] = []
        for (g, group) in scenario.groups.enumerated() {
            guard let site = take[g].filter({ isOn($0.value) }).map(\.key).min() else { continue }
            let members = join.indices.filter { p in join[p][g].map(isOn) ?? false }
            var arrangements: [CareArrangement] = []
            for entry in care where entry.group == g {
                for (type, variable) in entry.clients.sorted(by: { $0.key < $1.key }) {
                    let clients = Int(values[variable.index].rounded())
                    if clients > 0 {
                        arrangements.append(CareArrangement(provider: scenario.providers[entry.provider].id,
                                                            careType: type, clients: clients))
                    }
                }
            }
            groups.append(FormedGroup(id: group.id, site: scenario.sites[site].id,
                                      members: members.map { scenario.seekers[$0].id }, care: arrangements))
        }
        return Match(groups: groups)
    }

    /// The objective values of a solution, computed from the same expressions the solver optimised.
    func objective(at values: [Double]) -> MatchObjective {
        let rounded = values.map { $0.rounded() }
        return MatchObjective(housed: housedObjective.value(at: rounded),
                              preference: fitObjective.value(at: rounded))
    }

    /// The stage-2 programme: best fit among matches that keep stage 1's value.
    func preferenceStageModel(keepingHoused housed: Double) -> LinearModel {
        // MODEL.md: the second stage keeps the first stage's optimum to a tolerance of 1e-6.
        model.secondStage(keeping: housedObjective, atLeast: housed - 1e-6, maximising: fitObjective)
    }
}
