import LinearProgramming

/// The grid that the objective values of integer solutions lie on.
///
/// With coefficients such as priorities 1, 1.5 and 2 on binary variables,
/// every objective value is a multiple of 0.5; an incumbent within 0.5 of a
/// proven bound is then optimal. GLPK does not detect this itself, and it is
/// what lets a stage stop the moment its bound and its best match meet.
enum ObjectiveGrid {
    /// The largest step every objective value is a multiple of, or `nil`
    /// when a coefficient is on a continuous variable or not a simple fraction.
    static func step(of terms: [LinearExpression.Term], in model: LinearModel) -> Double? {
        // Objectives repeat a few values many times: the grid depends only on the distinct ones.
        var coefficients = Set<Double>()
        for term in terms {
            guard model.variables[term.variable.index].isInteger else { return nil }
            coefficients.insert(term.coefficient)
        }
        var fractions: [(numerator: Int, denominator: Int)] = []
        for coefficient in coefficients {
            guard let fraction = fraction(coefficient) else { return nil }
            fractions.append(fraction)
        }
        let denominator = fractions.reduce(1) { lcm($0, $1.denominator) }
        guard denominator <= 1_000_000 else { return nil }
        let divisor = fractions.reduce(0) { gcd($0, abs($1.numerator) * (denominator / $1.denominator)) }
        guard divisor > 0 else { return nil }
        return Double(divisor) / Double(denominator)
    }

    /// `value` as numerator/denominator with denominator at most 10,000, if it is one.
    static func fraction(_ value: Double) -> (Int, Int)? {
        guard value.isFinite, abs(value) < 1e9 else { return nil }
        for denominator in 1...10_000 {
            let scaled = value * Double(denominator)
            let rounded = scaled.rounded()
            if abs(scaled - rounded) <= 1e-9 * max(1, abs(scaled)) { return (Int(rounded), denominator) }
        }
        return nil
    }

    private static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
    private static func lcm(_ a: Int, _ b: Int) -> Int { a / gcd(a, b) * b }
}
