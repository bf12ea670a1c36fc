import CGLPK
import CGLPKGuard
import LinearProgramming

/// A ``LinearModel`` laid out the way GLPK takes it: 1-based arrays
/// (index 0 is padding), bound type codes, integer bounds rounded inwards.
struct GLPKProblemData {
    var direction: Int32
    var objectiveConstant: Double
    var rowType: [Int32] = [0]
    var rowLower: [Double] = [0]
    var rowUpper: [Double] = [0]
    var columnType: [Int32] = [0]
    var columnKind: [Int32] = [0]
    var columnLower: [Double] = [0]
    var columnUpper: [Double] = [0]
    var objective: [Double] = [0]
    var matrixRow: [Int32] = [0]
    var matrixColumn: [Int32] = [0]
    var matrixValue: [Double] = [0]
    /// Whether some variable or row has a lower bound above its upper bound,
    /// which makes the model infeasible before any solver sees it.
    var hasInconsistentBounds = false

    var rowCount: Int { rowType.count - 1 }
    var columnCount: Int { columnType.count - 1 }

    /// Lays out the model; throws when it is too large for GLPK's `int` indices.
    init(_ model: LinearModel, backend: String) throws(SolverError) {
        let limit = Int(Int32.max) - 1
        guard model.variables.count <= limit, model.constraints.count <= limit, model.nonZeroCount <= limit else {
            throw SolverError(backend: backend, code: nil,
                              message: "the model is too large for GLPK (more than \(limit) rows, columns or non-zeros)")
        }
        direction = model.sense == .maximize ? GLP_MAX : GLP_MIN
        objectiveConstant = model.objectiveConstant

        let columns = model.variables.count
        columnType.reserveCapacity(columns + 1)
        objective = Array(repeating: 0, count: columns + 1)
        for variable in model.variables {
            // glp_intopt refuses fractional bounds on integer columns (GLP_EBOUND): rounded inwards.
            let (lower, upper) = variable.solverBounds
            if !Self.append(lower: lower, upper: upper, types: &columnType, lowers: &columnLower, uppers: &columnUpper) {
                hasInconsistentBounds = true
            }
            columnKind.append(variable.isInteger ? GLP_IV : GLP_CV)
        }
        for term in model.objective { objective[term.variable.index + 1] += term.coefficient }

        rowType.reserveCapacity(model.constraints.count + 1)
        matrixRow.reserveCapacity(model.nonZeroCount + 1)
        matrixColumn.reserveCapacity(model.nonZeroCount + 1)
        matrixValue.reserveCapacity(model.nonZeroCount + 1)
        for (index, row) in model.constraints.enumerated() {
            if !Self.append(lower: row.lowerBound, upper: row.upperBound,
                            types: &rowType, lowers: &rowLower, uppers: &rowUpper) {
                hasInconsistentBounds = true
            }
            let largest = row.terms.reduce(0) { max($0, abs($1.coefficient)) }
            for term in row.terms where abs(term.coefficient) >= Self.negligible * largest {
                matrixRow.append(Int32(index + 1))
                matrixColumn.append(Int32(term.variable.index + 1))
                matrixValue.append(term.coefficient)
            }
        }
    }

    /// A coefficient this much smaller than the largest of its row is left out.
    ///
    /// Its term moves the row by less than any tolerance the engine or its
    /// checker uses (1e-9; variables here are at most 10,000), so the rules
    /// mean the same; but GLPK scales each row by its coefficients, and a
    /// stage-2 keep row holding a priority of 1e-15 or 5e-324 (both within
    /// MODEL.md's range) beside priorities of 1 made its simplex fail with
    /// "unable to recover undefined or non-optimal solution".
    static let negligible = 1e-12

    /// Appends GLPK's bound type and values; returns false when the bounds are inconsistent.
    private static func append(lower: Double, upper: Double, types: inout [Int32],
                               lowers: inout [Double], uppers: inout [Double]) -> Bool {
        switch (lower.isFinite, upper.isFinite) {
        case (false, false): types.append(GLP_FR)
        case (true, false): types.append(GLP_LO)
        case (false, true): types.append(GLP_UP)
        case (true, true): types.append(lower == upper ? GLP_FX : GLP_DB)
        }
        lowers.append(lower.isFinite ? lower : 0)
        uppers.append(upper.isFinite ? upper : 0)
        return lower <= upper
    }

    /// Calls `body` with a C view of the arrays, valid only during the call.
    func withUnsafeCData<R>(_ body: (UnsafePointer<hmg_problem_data>) -> R) -> R {
        rowType.withUnsafeBufferPointer { rowType in
        rowLower.withUnsafeBufferPointer { rowLower in
        rowUpper.withUnsafeBufferPointer { rowUpper in
        columnType.withUnsafeBufferPointer { columnType in
        columnKind.withUnsafeBufferPointer { columnKind in
        columnLower.withUnsafeBufferPointer { columnLower in
        columnUpper.withUnsafeBufferPointer { columnUpper in
        objective.withUnsafeBufferPointer { objective in
        matrixRow.withUnsafeBufferPointer { matrixRow in
        matrixColumn.withUnsafeBufferPointer { matrixColumn in
        matrixValue.withUnsafeBufferPointer { matrixValue in
            var data = hmg_problem_data(
                direction: direction,
                objective_constant: objectiveConstant,
                row_count: Int32(rowCount),
                row_type: rowType.baseAddress,
                row_lower: rowLower.baseAddress,
                row_upper: rowUpper.baseAddress,
                column_count: Int32(columnCount),
                column_type: columnType.baseAddress,
                column_kind: columnKind.baseAddress,
                column_lower: columnLower.baseAddress,
                column_upper: columnUpper.baseAddress,
                objective: objective.baseAddress,
                nonzero_count: Int32(matrixValue.count - 1),
                matrix_row: matrixRow.baseAddress,
                matrix_column: matrixColumn.baseAddress,
                matrix_value: matrixValue.baseAddress)
            return withUnsafePointer(to: &data) { body($0) }
        }}}}}}}}}}}
    }
}
