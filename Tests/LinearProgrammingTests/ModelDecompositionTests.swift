import Testing
import LinearProgramming

@Suite("Model decomposition")
struct ModelDecompositionTests {
    /// x + y <= 1 and z - w = 0 are two blocks; v is in no row.
    private func twoBlocksAndALooseVariable() -> (LinearModel, [VariableID]) {
        var model = LinearModel()
        let x = model.addBinary(name: "x"), z = model.addBinary(name: "z"), v = model.addBinary(name: "v")
        let y = model.addBinary(name: "y"), w = model.addBinary(name: "w")
        model.addConstraint(.sum([x, y]), upperBound: 1, name: "xy")
        model.addConstraint(LinearExpression([.init(z, 1), .init(w, -1)]), lowerBound: 0, upperBound: 0, name: "zw")
        model.addConstraint(LinearExpression([.init(y, 3)]), upperBound: 2, name: "y")
        model.setObjective(LinearExpression([.init(x, 1), .init(y, 2), .init(z, 3), .init(v, 4), .init(w, 5)],
                                            constant: 7), sense: .maximize)
        return (model, [x, y, z, w, v])
    }

    @Test("variables that share no row fall into separate blocks, each with its own rows")
    func findsBlocks() {
        let (model, ids) = twoBlocksAndALooseVariable()
        let (x, y, z, w, v) = (ids[0], ids[1], ids[2], ids[3], ids[4])
        let decomposition = ModelDecomposition(model)
        #expect(decomposition.blocks.count == 3)
        #expect(decomposition.block(of: x) == decomposition.block(of: y))
        #expect(decomposition.block(of: z) == decomposition.block(of: w))
        #expect(Set([x, z, v].map(decomposition.block(of:))).count == 3)
        let xy = decomposition.blocks[decomposition.block(of: x)]
        #expect(xy.constraints.map { model.constraints[$0.index].name } == ["xy", "y"])
        #expect(decomposition.blocks[decomposition.block(of: v)].constraints.isEmpty)
    }

    @Test("a block's model keeps its rows and objective terms, renumbered, without the constant")
    func blockModel() {
        let (model, ids) = twoBlocksAndALooseVariable()
        let decomposition = ModelDecomposition(model)
        let b = decomposition.block(of: ids[2])
        let part = decomposition.model(ofBlock: b, from: model)
        #expect(part.variables.map(\.name) == ["z", "w"])
        #expect(part.constraints.map(\.name) == ["zw"])
        #expect(part.constraints[0].terms == [.init(VariableID(index: 0), 1), .init(VariableID(index: 1), -1)])
        #expect(part.objective == [.init(VariableID(index: 0), 3), .init(VariableID(index: 1), 5)])
        #expect(part.objectiveConstant == 0)
        #expect(part.sense == .maximize)
    }

    @Test("values placed back from every block reproduce the whole model's objective")
    func placesValues() {
        let (model, _) = twoBlocksAndALooseVariable()
        let decomposition = ModelDecomposition(model)
        var all = [Double](repeating: -1, count: model.variables.count)
        var sum = model.objectiveConstant
        for b in decomposition.blocks.indices {
            let part = decomposition.model(ofBlock: b, from: model)
            let values = part.variables.map { _ in 1.0 }
            sum += part.objectiveValue(at: values)
            decomposition.place(values, ofBlock: b, into: &all)
        }
        #expect(all == [1, 1, 1, 1, 1])
        #expect(model.objectiveValue(at: all) == sum)
    }

    @Test("small blocks are bundled up to the bundle size, large ones stay alone")
    func bundles() {
        var model = LinearModel()
        // One block of four variables, then three blocks of one.
        let chain = (0..<4).map { _ in model.addBinary() }
        for (a, b) in zip(chain, chain.dropFirst()) { model.addConstraint(.sum([a, b]), upperBound: 1) }
        for _ in 0..<3 { model.addConstraint(.sum([model.addBinary()]), upperBound: 1) }
        #expect(ModelDecomposition(model).blocks.map(\.variables.count) == [4, 1, 1, 1])
        #expect(ModelDecomposition(model, bundleSize: 2).blocks.map(\.variables.count) == [4, 2, 1])
        #expect(ModelDecomposition(model, bundleSize: 100).blocks.map(\.variables.count) == [7])
        let whole = ModelDecomposition(model, bundleSize: .max)
        #expect(whole.blocks[0].constraints.count == model.constraints.count)
    }

    @Test("a row without variables is kept, even in a model without variables")
    func keepsEmptyRows() {
        var model = LinearModel()
        model.addConstraint(LinearExpression(), lowerBound: 1, name: "impossible")
        let decomposition = ModelDecomposition(model)
        #expect(decomposition.blocks.count == 1)
        #expect(decomposition.model(ofBlock: 0, from: model).constraints.map(\.name) == ["impossible"])
    }
}
