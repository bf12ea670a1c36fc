import LinearProgramming

/// A generated linear programme that keeps GLPK's simplex method busy for a
/// few seconds: a packing LP with random, overlapping rows.
enum SlowLinearInstance {
    /// Maximise a random profit over `columns` variables in 0...1, each row a
    /// random packing constraint over about `density` of the columns.
    static func packing(rows: Int = 1_200, columns: Int = 2_400, density: Double = 0.03,
                        seed: UInt64 = 11) -> LinearModel {
        var random = SplitMix64(seed: seed)
        var model = LinearModel(name: "packing-\(rows)x\(columns)")
        let x = (0..<columns).map { _ in model.addVariable(upperBound: 1) }
        let perRow = max(2, Int(Double(columns) * density))
        for _ in 0..<rows {
            var chosen = Set<Int>()
            while chosen.count < perRow { chosen.insert(Int(random.next(upTo: UInt64(columns)))) }
            let terms = chosen.sorted().map { LinearExpression.Term(x[$0], Double(random.next(upTo: 90) + 10)) }
            model.addConstraint(LinearExpression(terms), upperBound: Double(random.next(upTo: 200) + 100))
        }
        model.setObjective(LinearExpression(x.map { .init($0, Double(random.next(upTo: 50) + 1)) }),
                           sense: .maximize)
        return model
    }
}
