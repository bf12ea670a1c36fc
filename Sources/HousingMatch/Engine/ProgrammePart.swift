import LinearProgramming

/// One independent part of a scenario's programme: groups, sites, seekers and
/// providers that no rule links to the rest.
///
/// Regions rarely share anyone: a household accepts towns near home, a
/// provider serves a few towns. The programme of such a scenario is
/// block-diagonal, and both objectives are sums over the blocks, so the
/// lexicographic optimum of the whole is the optimum of each part side by
/// side (stage 1's maximum is the sum of the parts' maxima, and a stage-2
/// optimum keeps every part at its own). Parts are much easier for
/// branch-and-cut than the whole, and can run in parallel.
struct ProgrammePart: Sendable {
    /// The part's stage-1 programme (households housed, maximised).
    var model: LinearModel
    /// Households housed (by priority), on the part's variables.
    var housed: LinearExpression
    /// The fit objective of stage 2, on the part's variables.
    var fit: LinearExpression
    /// Assignments of an earlier match kept (stage 3, only for a stable
    /// re-solve), on the part's variables; empty when there is no stage 3.
    var kept: LinearExpression
    /// The last step's objective (``MatchFormulation/tieBreakObjective``), on the part's variables.
    var order = LinearExpression()
    /// For each group, its `take` variables in this part, by site.
    var siteChoices: [[Int: VariableID]]

    /// Variables in the part, as a measure of how much time it deserves.
    var size: Int { model.variables.count }

    /// Whether a match (rounded values) keeps every assignment of the match
    /// to keep that lies in this part: then stage 3 has nothing to improve.
    func keepsAll(at values: [Double]) -> Bool {
        kept.value(at: values) >= kept.terms.reduce(0) { $0 + $1.coefficient } - 0.5
    }

    /// The stage-2 programme: best fit among the part's matches that keep
    /// `housedValue` (to `tolerance`, MODEL.md's 1e-6 shared among the parts).
    func preferenceStageModel(keepingHoused housedValue: Double, tolerance: Double) -> LinearModel {
        model.secondStage(keeping: housed, atLeast: housedValue - tolerance, maximising: fit)
    }

    /// The stage-3 programme: most kept assignments among the part's matches
    /// that keep `housedValue` (to `housedTolerance`) and `fitValue` (to `tolerance`).
    func keptStageModel(keepingHoused housedValue: Double, housedTolerance: Double,
                        fit fitValue: Double, tolerance: Double) -> LinearModel {
        var stage = model.secondStage(keeping: housed, atLeast: housedValue - housedTolerance, maximising: kept)
        stage.addConstraint(fit, lowerBound: fitValue - tolerance, name: "keepFit")
        return stage
    }

    /// The last step's programme: the match first in ``order`` among the
    /// part's matches that keep the values of the stages before, each to its tolerance.
    func tieBreakModel(keepingHoused housedValue: Double, housedTolerance: Double,
                       fit fitValue: Double, tolerance: Double, kept keptValue: Double?) -> LinearModel {
        var stage = model.secondStage(keeping: housed, atLeast: housedValue - housedTolerance, maximising: order)
        if !fit.isEmpty { stage.addConstraint(fit, lowerBound: fitValue - tolerance, name: "keepFit") }
        // Kept assignments are whole numbers: half a unit keeps the count exactly.
        if let keptValue, !kept.isEmpty { stage.addConstraint(kept, lowerBound: keptValue - 0.5, name: "keepKept") }
        return stage
    }

    /// Parts smaller than this many variables are bundled: a solver call costs
    /// a few milliseconds however small the programme.
    static let defaultBundleSize = 400

    /// Splits a formulation into its independent parts.
    ///
    /// Parts with fewer than `bundleSize` variables are bundled, so that a
    /// scenario of many isolated households and groups does not become many
    /// tiny solver calls.
    /// `kept` is stage 3's objective on the whole programme (empty without one).
    static func parts(of formulation: MatchFormulation, kept: LinearExpression = LinearExpression(),
                      bundleSize: Int = defaultBundleSize)
        -> (decomposition: ModelDecomposition, parts: [ProgrammePart]) {
        let decomposition = ModelDecomposition(formulation.model, bundleSize: bundleSize)
        // Built once for all blocks: each weight hashes the ids it names.
        let order = formulation.tieBreakObjective
        let parts = decomposition.blocks.indices.map { b in
            ProgrammePart(
                model: decomposition.model(ofBlock: b, from: formulation.model),
                housed: decomposition.restrict(formulation.housedObjective, toBlock: b),
                fit: decomposition.restrict(formulation.fitObjective, toBlock: b),
                kept: decomposition.restrict(kept, toBlock: b),
                order: decomposition.restrict(order, toBlock: b),
                siteChoices: formulation.take.map { sites in
                    sites.filter { decomposition.block(of: $0.value) == b }
                        .mapValues { decomposition.local($0) }
                })
        }
        return (decomposition, parts)
    }
}

extension LinearModel {
    /// The second lexicographic stage: this model's rows, plus `first` kept at
    /// least at `value` (the row `keepHoused`), with `second` maximised.
    func secondStage(keeping first: LinearExpression, atLeast value: Double,
                     maximising second: LinearExpression) -> LinearModel {
        var stage = self
        stage.addConstraint(first, lowerBound: value, name: "keepHoused")
        stage.setObjective(second, sense: .maximize)
        return stage
    }
}
