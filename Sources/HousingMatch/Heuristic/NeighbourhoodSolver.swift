import LinearProgramming

/// Solves a ``Neighbourhood`` exactly (up to a time limit) with the engine's
/// own formulation, for one of the two stages, asking only for matches that
/// beat what the freed groups have now.
struct NeighbourhoodSolver {
    let backend: any SolverBackend
    let shouldStop: (@Sendable () -> Bool)?

    enum Goal {
        /// More households housed (stage 1) than `housed`.
        case housed(above: Double)
        /// A better fit than `fit` (stage 2), housing at least `housed`.
        case fit(above: Double, keepingHoused: Double)
    }

    /// What a solve found: a better match of the neighbourhood, and whether
    /// the solver proved there is none better (or none at all).
    struct Answer {
        var match: Match?
        var proven: Bool
        var seconds: Double
    }

    func solve(_ neighbourhood: Neighbourhood, goal: Goal, timeLimit: Double) throws(SolverError) -> Answer {
        guard !neighbourhood.scenario.groups.isEmpty else { return Answer(match: nil, proven: true, seconds: 0) }
        let formulation = MatchFormulation(scenario: neighbourhood.scenario)
        var model = formulation.model
        for held in neighbourhood.heldSites {
            for (h, variable) in formulation.take[held.group] {
                let on: Double = h == held.site ? 1 : 0
                model.setBounds(of: variable, lower: on, upper: on)
            }
        }
        switch goal {
        case .housed(let current):
            let step = ObjectiveGrid.step(of: formulation.housedObjective.terms, in: model) ?? 1e-6
            model.addConstraint(formulation.housedObjective, lowerBound: current + step / 2, name: "improve")
        case .fit(let current, let housed):
            model = model.secondStage(keeping: formulation.housedObjective, atLeast: housed - 1e-6,
                                      maximising: formulation.fitObjective)
            model.addConstraint(formulation.fitObjective, lowerBound: current + 1e-6, name: "improve")
        }
        var parameters = SolverParameters(timeLimit: max(0.001, timeLimit), shouldStop: shouldStop)
        parameters.relativeGap = 0
        let result = try backend.solve(model, parameters: parameters)
        let proven = [.optimal, .infeasible, .infeasibleOrUnbounded].contains(result.termination)
        guard result.hasSolution, !result.values.isEmpty else {
            return Answer(match: nil, proven: proven, seconds: result.solveSeconds)
        }
        return Answer(match: formulation.decode(result.values), proven: proven, seconds: result.solveSeconds)
    }
}

