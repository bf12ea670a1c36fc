/// A model's independent blocks: sets of variables that no constraint links.
///
/// When the constraint matrix is block-diagonal, a model with a separable
/// objective is solved exactly by solving each block on its own and putting
/// the answers side by side: no row ties one block's values to another's.
/// Blocks are smaller programmes, which matters for solvers whose effort
/// grows faster than linearly (a branch-and-bound search on two independent
/// halves multiplies the halves' trees), and they can run in parallel.
///
/// ```swift
/// let decomposition = ModelDecomposition(model)
/// for b in decomposition.blocks.indices {
///     let part = decomposition.model(ofBlock: b, from: model)
///     // solve `part`, then decomposition.place(partValues, ofBlock: b, into: &values)
/// }
/// ```
public struct ModelDecomposition: Sendable {
    /// One block: its variables (in model order) and the rows among them.
    public struct Block: Sendable, Equatable {
        public var variables: [VariableID]
        public var constraints: [ConstraintID]
    }

    /// The blocks, largest first. Variables that no row mentions share one block.
    public private(set) var blocks: [Block]
    /// For each variable of the model: its block and its position in that block.
    private var location: [(block: Int, position: Int)]

    /// Finds the blocks of a model (union-find over the rows, linear in the matrix size).
    ///
    /// Blocks with fewer than `bundleSize` variables are bundled together, up
    /// to that many variables a bundle: a bundle of independent parts is still
    /// exact, and one solver call for many tiny parts costs less than one each.
    public init(_ model: LinearModel, bundleSize: Int = 0) {
        var parent = Array(model.variables.indices)
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        var mentioned = [Bool](repeating: false, count: model.variables.count)
        for constraint in model.constraints {
            guard let first = constraint.terms.first?.variable.index else { continue }
            mentioned[first] = true
            let a = root(first)
            for term in constraint.terms.dropFirst() {
                mentioned[term.variable.index] = true
                let b = root(term.variable.index)
                if a != b { parent[b] = a }
            }
        }

        // Group variables by root; unmentioned variables go together.
        var members: [Int: [VariableID]] = [:]
        var loose: [VariableID] = []
        for index in model.variables.indices {
            if mentioned[index] {
                members[root(index), default: []].append(VariableID(index: index))
            } else {
                loose.append(VariableID(index: index))
            }
        }
        var groups = Array(members.values)
        if !loose.isEmpty { groups.append(loose) }
        groups.sort { ($0.count, $1[0].index) > ($1.count, $0[0].index) }
        groups = Self.bundle(groups, upTo: bundleSize)
        // Rows without variables (an impossible `mustForm`, say) still need a block to live in.
        if groups.isEmpty && !model.constraints.isEmpty { groups = [[]] }

        var location = [(block: Int, position: Int)](repeating: (0, 0), count: model.variables.count)
        for (b, variables) in groups.enumerated() {
            for (position, variable) in variables.enumerated() { location[variable.index] = (b, position) }
        }
        var rows = [[ConstraintID]](repeating: [], count: groups.count)
        for (index, constraint) in model.constraints.enumerated() {
            // An empty row belongs to no variable; keep it in the first block so it is not lost.
            let b = constraint.terms.first.map { location[$0.variable.index].block } ?? 0
            if !groups.isEmpty { rows[b].append(ConstraintID(index: index)) }
        }
        self.blocks = zip(groups, rows).map { Block(variables: $0, constraints: $1) }
        self.location = location
    }

    /// Packs small groups (at the end of the largest-first list) into bundles.
    private static func bundle(_ groups: [[VariableID]], upTo size: Int) -> [[VariableID]] {
        guard size > 1 else { return groups }
        var result: [[VariableID]] = []
        var current: [VariableID] = []
        for group in groups {
            if group.count >= size {
                result.append(group)
                continue
            }
            if current.count + group.count > size {
                result.append(current.sorted())
                current = []
            }
            current += group
        }
        if !current.isEmpty { result.append(current.sorted()) }
        return result
    }

    /// The block of a variable.
    public func block(of variable: VariableID) -> Int { location[variable.index].block }

    /// The block's own programme: its variables (renumbered in block order),
    /// its rows, and the part of `model`'s objective on its variables.
    /// `model` must be the model the decomposition was made from.
    public func model(ofBlock b: Int, from model: LinearModel) -> LinearModel {
        let block = blocks[b]
        var part = LinearModel(name: model.name)
        for variable in block.variables {
            let original = model.variables[variable.index]
            part.addVariable(name: original.name, lowerBound: original.lowerBound,
                             upperBound: original.upperBound, kind: original.kind)
        }
        for id in block.constraints {
            let row = model.constraints[id.index]
            part.addConstraint(LinearExpression(row.terms.map(local)), lowerBound: row.lowerBound,
                               upperBound: row.upperBound, name: row.name)
        }
        part.setObjective(restrict(model.objectiveExpression, toBlock: b), sense: model.sense)
        return part
    }

    /// The terms of `expression` on the block's variables, renumbered for the block's model.
    /// The constant is dropped: it belongs to no block.
    public func restrict(_ expression: LinearExpression, toBlock b: Int) -> LinearExpression {
        LinearExpression(expression.terms.filter { location[$0.variable.index].block == b }.map(local))
    }

    /// The block-model variable of a model variable.
    public func local(_ variable: VariableID) -> VariableID {
        VariableID(index: location[variable.index].position)
    }

    /// Writes a block's solution values into the whole model's value vector.
    public func place(_ values: [Double], ofBlock b: Int, into all: inout [Double]) {
        for (position, variable) in blocks[b].variables.enumerated() { all[variable.index] = values[position] }
    }

    private func local(_ term: LinearExpression.Term) -> LinearExpression.Term {
        LinearExpression.Term(local(term.variable), term.coefficient)
    }
}
