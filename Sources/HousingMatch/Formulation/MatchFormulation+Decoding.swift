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

    /// The programme's point for `match`, the inverse of ``decode(_:)``:
    /// `nil` when the match is not a solution of the programme (it breaks a
    /// rule, or names a pair the programme left out as never feasible).
    ///
    /// A match of an earlier version of the scenario that still meets every
    /// rule is a first solution before any search; without it the search
    /// at its sites starts from a quick dive, which may find less.
    func values(of match: Match) -> [Double]? {
        var values = [Double](repeating: 0, count: model.variables.count)
        for formed in match.groups {
            guard let g = positions.groups[formed.id], let h = positions.sites[formed.site],
                  let take = take[g][h] else { return nil }
            values[take.index] = 1
            for member in formed.members {
                guard let p = positions.seekers[member], let join = join[p][g] else { return nil }
                values[join.index] = 1
            }
            for arrangement in formed.care where arrangement.clients > 0 {
                guard let c = positions.providers[arrangement.provider],
                      let entry = care.first(where: { $0.group == g && $0.provider == c }),
                      let clients = entry.clients[arrangement.careType] else { return nil }
                values[clients.index] += Double(arrangement.clients)
                values[entry.serves.index] = 1
            }
        }
        for generation in generationPresence where generation.holders.contains(where: { values[$0.index] > 0.5 }) {
            values[generation.present.index] = 1
        }
        return model.isFeasible(at: values) ? values : nil
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
