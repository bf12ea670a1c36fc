import LinearProgramming

/// A hand-solvable model with its optimum written out.
struct SmallCase: Sendable, CustomStringConvertible {
    var name: String
    var model: LinearModel
    var objective: Double
    /// The optimal values when the optimum is unique.
    var values: [Double]?

    var description: String { name }

    static let all: [SmallCase] = [
        // max 3x + 2y, x + y <= 4, x + 3y <= 6, x <= 3: the vertex x = 3, y = 1.
        SmallCase(name: "LP maximise", model: {
            var model = LinearModel()
            let x = model.addVariable(upperBound: 3), y = model.addVariable()
            model.addConstraint(.sum([x, y]), upperBound: 4)
            model.addConstraint(LinearExpression([.init(x, 1), .init(y, 3)]), upperBound: 6)
            model.setObjective(LinearExpression([.init(x, 3), .init(y, 2)]), sense: .maximize)
            return model
        }(), objective: 11, values: [3, 1]),
        // min 2x + 3y, x + y = 10, 2 <= x <= 6, y >= 3: x as large as allowed.
        SmallCase(name: "LP minimise with an equality row", model: {
            var model = LinearModel()
            let x = model.addVariable(lowerBound: 2, upperBound: 6), y = model.addVariable(lowerBound: 3)
            model.addConstraint(.sum([x, y]), lowerBound: 10, upperBound: 10)
            model.setObjective(LinearExpression([.init(x, 2), .init(y, 3)]), sense: .minimize)
            return model
        }(), objective: 24, values: [6, 4]),
        // max x + y, 2 <= x - y <= 4, x <= 10: the range's lower side binds, y = 8.
        SmallCase(name: "LP with a ranged row", model: {
            var model = LinearModel()
            let x = model.addVariable(upperBound: 10), y = model.addVariable()
            model.addConstraint(LinearExpression([.init(x, 1), .init(y, -1)]), lowerBound: 2, upperBound: 4)
            model.setObjective(.sum([x, y]), sense: .maximize)
            return model
        }(), objective: 18, values: [10, 8]),
        // min w, w - x >= -7, 0 <= x <= 2, w free: w goes negative.
        SmallCase(name: "LP with a free variable", model: {
            var model = LinearModel()
            let w = model.addVariable(lowerBound: -.infinity), x = model.addVariable(upperBound: 2)
            model.addConstraint(LinearExpression([.init(w, 1), .init(x, -1)]), lowerBound: -7)
            model.setObjective(LinearExpression(w), sense: .minimize)
            return model
        }(), objective: -7, values: [-7, 0]),
        // min x + 10 with x + y >= 1 written as x + y + 1 >= 2: constants in objective and row.
        SmallCase(name: "LP with constants", model: {
            var model = LinearModel()
            let x = model.addVariable(), y = model.addVariable(upperBound: 0.25)
            model.addConstraint(LinearExpression([.init(x, 1), .init(y, 1)], constant: 1), lowerBound: 2)
            model.setObjective(LinearExpression([.init(x, 1)], constant: 10), sense: .minimize)
            return model
        }(), objective: 10.75, values: [0.75, 0.25]),
        // max 5x + 4y, 6x + 4y <= 24, x + 2y <= 6, integers: LP gives 21 at (3, 1.5), integers 20 at (4, 0).
        SmallCase(name: "MIP maximise", model: {
            var model = LinearModel()
            let x = model.addVariable(kind: .integer), y = model.addVariable(kind: .integer)
            model.addConstraint(LinearExpression([.init(x, 6), .init(y, 4)]), upperBound: 24)
            model.addConstraint(LinearExpression([.init(x, 1), .init(y, 2)]), upperBound: 6)
            model.setObjective(LinearExpression([.init(x, 5), .init(y, 4)]), sense: .maximize)
            return model
        }(), objective: 20, values: [4, 0]),
        // Knapsack: values 10, 13, 7, 8, weights 3, 4, 2, 3, capacity 7: the first two.
        SmallCase(name: "MIP binary knapsack", model: {
            var model = LinearModel()
            let items = (0..<4).map { _ in model.addBinary() }
            let weights: [Double] = [3, 4, 2, 3], worth: [Double] = [10, 13, 7, 8]
            model.addConstraint(LinearExpression(zip(items, weights).map { .init($0, $1) }), upperBound: 7)
            model.setObjective(LinearExpression(zip(items, worth).map { .init($0, $1) }), sense: .maximize)
            return model
        }(), objective: 23, values: [1, 1, 0, 0]),
        // min x + y, 3x + 5y = 17, integers >= 0: (4, 1) is the only integer point.
        SmallCase(name: "MIP minimise with an equality row", model: {
            var model = LinearModel()
            let x = model.addVariable(kind: .integer), y = model.addVariable(kind: .integer)
            model.addConstraint(LinearExpression([.init(x, 3), .init(y, 5)]), lowerBound: 17, upperBound: 17)
            model.setObjective(.sum([x, y]), sense: .minimize)
            return model
        }(), objective: 5, values: [4, 1]),
        // min 2x + 3y, x + y >= 2.5, x integer, y continuous: x = 2, y = 0.5.
        SmallCase(name: "MIP mixed", model: {
            var model = LinearModel()
            let x = model.addVariable(upperBound: 10, kind: .integer), y = model.addVariable()
            model.addConstraint(.sum([x, y]), lowerBound: 2.5)
            model.setObjective(LinearExpression([.init(x, 2), .init(y, 3)]), sense: .minimize)
            return model
        }(), objective: 5.5, values: [2, 0.5]),
        // max x - z, x integer in [-5.5, 3.7], z integer free, z >= x - 10.5: fractional bounds round inwards.
        SmallCase(name: "MIP with fractional bounds on integers", model: {
            var model = LinearModel()
            let x = model.addVariable(lowerBound: -5.5, upperBound: 3.7, kind: .integer)
            let z = model.addVariable(lowerBound: -.infinity, kind: .integer)
            model.addConstraint(LinearExpression([.init(z, 1), .init(x, -1)]), lowerBound: -10.5)
            model.setObjective(LinearExpression([.init(x, 1), .init(z, -1)]), sense: .maximize)
            return model
        }(), objective: 10, values: nil),
        // No rows: each variable goes to the bound its coefficient favours.
        SmallCase(name: "variables without rows", model: {
            var model = LinearModel()
            let x = model.addVariable(lowerBound: 2, upperBound: 5), y = model.addVariable(lowerBound: -1, upperBound: 4, kind: .integer)
            model.setObjective(LinearExpression([.init(x, 1), .init(y, -2)], constant: 1), sense: .minimize)
            return model
        }(), objective: -5, values: [2, 4]),
        // Nothing at all but a constant.
        SmallCase(name: "empty model", model: {
            var model = LinearModel()
            model.setObjective(LinearExpression([], constant: 4.5), sense: .maximize)
            return model
        }(), objective: 4.5, values: []),
        // Rows but no variables: each row is the constant 0, within its bounds.
        SmallCase(name: "rows without variables", model: {
            var model = LinearModel()
            model.addConstraint(LinearExpression(), lowerBound: -1, upperBound: 1)
            model.setObjective(LinearExpression([], constant: -2), sense: .minimize)
            return model
        }(), objective: -2, values: []),
    ]
}
