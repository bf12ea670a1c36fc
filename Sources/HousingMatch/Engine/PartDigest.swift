import LinearProgramming

/// A part's programme in a few numbers: two parts with equal digests are the
/// same programme (the same variables, rows and both objectives of MODEL.md,
/// in the same order; names aside), so they have the same optima.
///
/// It lets a solve recognise the parts of a scenario that a change left as
/// they were (``SolvedParts``). The digest holds the part's sizes and two
/// independent 64-bit hashes of its numbers; Swift's hasher is seeded anew
/// in every process, which is fine because the digests never leave it.
struct PartDigest: Hashable, Sendable {
    var variables: Int
    var constraints: Int
    var nonZeros: Int
    var first: UInt64
    var second: UInt64

    init(_ part: ProgrammePart) {
        variables = part.model.variables.count
        constraints = part.model.constraints.count { !$0.terms.isEmpty }
        nonZeros = part.model.nonZeroCount
        first = Self.hash(part, salt: 0x243F_6A88_85A3_08D3)
        second = Self.hash(part, salt: 0x1319_8A2E_0370_7344)
    }

    private static func hash(_ part: ProgrammePart, salt: UInt64) -> UInt64 {
        var hasher = Hasher()
        hasher.combine(salt)
        for variable in part.model.variables {
            hasher.combine(variable.lowerBound)
            hasher.combine(variable.upperBound)
            hasher.combine(variable.kind)
        }
        // A row without variables that 0 satisfies says nothing. The
        // decomposition puts such rows (a founder row another region's change
        // emptied) in the first part, which is no reason to solve it again.
        for row in part.model.constraints where !(row.terms.isEmpty && row.lowerBound <= 0 && 0 <= row.upperBound) {
            hasher.combine(row.lowerBound)
            hasher.combine(row.upperBound)
            combine(row.terms, into: &hasher)
        }
        hasher.combine(part.model.sense)
        combine(part.model.objective, into: &hasher)
        // Stage 3's objective (assignments of a match to keep) is not part of
        // it: whether an outcome keeps enough is checked on its own (``SolvedParts``).
        // The last step's order comes from ids, which may differ between equal programmes.
        for objective in [part.housed, part.fit, part.order] {
            combine(objective.terms, into: &hasher)
        }
        return UInt64(bitPattern: Int64(hasher.finalize()))
    }

    private static func combine(_ terms: [LinearExpression.Term], into hasher: inout Hasher) {
        // The count keeps [a, b] [c] apart from [a] [b, c].
        hasher.combine(terms.count)
        for term in terms {
            hasher.combine(term.variable.index)
            hasher.combine(term.coefficient)
        }
    }
}
