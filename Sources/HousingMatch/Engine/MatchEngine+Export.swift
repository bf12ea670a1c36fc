import LinearProgramming

/// Which programme to build for a scenario.
public enum ProgrammeFormulation: String, Sendable, CaseIterable {
    /// The engine's own programme, as ``MatchEngine`` solves it.
    case engine
    /// The straightforward one-to-one programme of MODEL.md, the peers' model in benchmarks.
    case plain
}

extension MatchEngine {
    /// The programme of one stage, for export to other solvers.
    ///
    /// Stage 1 maximises households housed. Stage 2 maximises fit with
    /// stage 1's value kept as a constraint (`keepHoused`); that value is found
    /// by solving stage 1 with this engine first (its incumbent when a limit
    /// stops it before optimality).
    ///
    /// - Throws: ``ScenarioValidationError`` for an invalid scenario; `SolverError`
    ///   when stage 1 must be solved and the solver fails, or finds no match.
    ///
    /// - Parameter keepingHoused: for stage 2, the value `keepHoused` keeps; when
    ///   `nil`, stage 1 is solved to find it.
    public func programme(for scenario: Scenario, stage: MatchStage,
                          formulation: ProgrammeFormulation = .engine,
                          keepingHoused: Double? = nil) throws -> LinearModel {
        try scenario.validate()
        let housed: Double? = stage == .preference ? try keepingHoused ?? stageOneValue(scenario) : nil
        switch formulation {
        case .engine:
            let programme = MatchFormulation(scenario: scenario)
            return housed.map { programme.preferenceStageModel(keepingHoused: $0) } ?? programme.model
        case .plain:
            let programme = PlainFormulation(scenario: scenario)
            guard let housed else { return programme.model }
            var model = programme.model
            model.addConstraint(programme.housedObjective, lowerBound: housed - 1e-6, name: "keepHoused")
            model.setObjective(programme.fitObjective, sense: .maximize)
            return model
        }
    }

    /// Stage 1's value, part by part (see ``ProgrammePart``).
    private func stageOneValue(_ scenario: Scenario) throws -> Double {
        let deadline = options.effectiveTimeLimit.map { ContinuousClock.now + .seconds($0) }
        var total = 0.0
        for part in ProgrammePart.parts(of: MatchFormulation(scenario: scenario)).parts {
            let result = try StageSolver(
                backend: backend, model: part.model, siteChoices: part.siteChoices, suggestedSites: [],
                parameters: SolverParameters(relativeGap: options.relativeGap), deadline: deadline
            ).solve().result
            guard result.hasSolution else {
                throw SolverError(backend: backend.name, code: nil,
                                  message: "stage 1 ended \(result.termination.rawValue) without a match, so stage 2 has no value to keep")
            }
            total += part.housed.value(at: result.values.map { $0.rounded() })
        }
        return total
    }
}
