import LinearProgramming

/// A ``LinearModel`` laid out column-wise (CSC) the way CBC takes it:
/// 0-based, integer bounds rounded inwards, no names (CBC 2.10.8 crashes on
/// long ones and needs none).
struct CBCProblemData {
    var maximize: Bool
    var columnStart: [Int32] = [0]
    var rowIndex: [Int32] = []
    var value: [Double] = []
    var columnLower: [Double] = []
    var columnUpper: [Double] = []
    var objective: [Double] = []
    var isInteger: [CChar] = []
    var rowLower: [Double] = []
    var rowUpper: [Double] = []
    /// Whether some variable or row has a lower bound above its upper bound.
    var hasInconsistentBounds = false

    /// A coefficient this much smaller than the largest of its row is left
    /// out, as GLPKBackend does: it moves the row by less than any tolerance.
    static let negligible = 1e-12

    init(_ model: LinearModel, backend: String) throws(SolverError) {
        let limit = Int(Int32.max) - 1
        guard model.variables.count <= limit, model.constraints.count <= limit, model.nonZeroCount <= limit else {
            throw SolverError(backend: backend, code: nil,
                              message: "the model is too large for CBC (more than \(limit) rows, columns or non-zeros)")
        }
        maximize = model.sense == .maximize
        let columns = model.variables.count
        objective = Array(repeating: 0, count: columns)
        for variable in model.variables {
            let (lower, upper) = variable.solverBounds
            if lower > upper { hasInconsistentBounds = true }
            columnLower.append(Self.finite(lower))
            columnUpper.append(Self.finite(upper))
            isInteger.append(variable.isInteger ? 1 : 0)
        }
        for term in model.objective { objective[term.variable.index] += term.coefficient }

        var perColumn = Array(repeating: [(row: Int32, value: Double)](), count: columns)
        for (index, row) in model.constraints.enumerated() {
            if row.lowerBound > row.upperBound { hasInconsistentBounds = true }
            rowLower.append(Self.finite(row.lowerBound))
            rowUpper.append(Self.finite(row.upperBound))
            let largest = row.terms.reduce(0) { max($0, abs($1.coefficient)) }
            // Terms of one variable in one row are added up: CSC allows one entry per pair.
            var merged: [Int: Double] = [:]
            for term in row.terms where abs(term.coefficient) >= Self.negligible * largest {
                merged[term.variable.index, default: 0] += term.coefficient
            }
            for (column, coefficient) in merged.sorted(by: { $0.key < $1.key }) where coefficient != 0 {
                perColumn[column].append((Int32(index), coefficient))
            }
        }
        rowIndex.reserveCapacity(model.nonZeroCount)
        value.reserveCapacity(model.nonZeroCount)
        for entries in perColumn {
            for entry in entries {
                rowIndex.append(entry.row)
                value.append(entry.value)
            }
            columnStart.append(Int32(rowIndex.count))
        }
    }

    var columnCount: Int { columnLower.count }
    var rowCount: Int { rowLower.count }

    /// CBC reads bounds of 1e30 and beyond as infinite.
    private static func finite(_ bound: Double) -> Double {
        if bound == .infinity { return 1e300 }
        if bound == -.infinity { return -1e300 }
        return bound
    }
}
