import Foundation
import Testing
@testable import LinearProgramming

@Suite("MPS reader")
struct MPSReaderTests {
    /// The row of `model` with the given name.
    func row(_ name: String, in model: LinearModel) throws -> Constraint {
        try #require(model.constraints.first { $0.name == name }, "no row \(name)")
    }

    /// The variable of `model` with the given name.
    func column(_ name: String, in model: LinearModel) throws -> Variable {
        try #require(model.variables.first { $0.name == name }, "no column \(name)")
    }

    @Test("a small LP: sense, rows, coefficients, right-hand sides, tabs and comments")
    func smallLinearProgramme() throws {
        let text = """
        * a comment
        NAME          tiny
        OBJSENSE MAX
        ROWS
         N  profit
         L  capacity
        \tG\tdemand
         E  balance

        COLUMNS
            x  profit  3  capacity  1
            x\tdemand\t1
            y  profit  2  capacity  1
            y  balance 1
        RHS
            rhs  capacity  4  demand  1
            rhs  balance   2
        ENDATA
        """
        let model = try MPSReader.parse(text)
        #expect(model.name == "tiny")
        #expect(model.sense == .maximize)
        #expect(model.variables.map(\.name) == ["x", "y"])
        #expect(model.objective == [.init(VariableID(index: 0), 3), .init(VariableID(index: 1), 2)])
        #expect(model.objectiveConstant == 0)
        let capacity = try row("capacity", in: model)
        #expect(capacity.lowerBound == -.infinity && capacity.upperBound == 4)
        #expect(capacity.terms.count == 2)
        let demand = try row("demand", in: model)
        #expect(demand.lowerBound == 1 && demand.upperBound == .infinity)
        let balance = try row("balance", in: model)
        #expect(balance.lowerBound == 2 && balance.upperBound == 2)
        #expect(try column("x", in: model).lowerBound == 0)
        #expect(try column("x", in: model).upperBound == .infinity)
        #expect(try column("x", in: model).kind == .continuous)
    }

    @Test("OBJSENSE as its own section, an RHS on the objective, extra N rows dropped, RHS without set name")
    func objectiveDetails() throws {
        let text = """
        NAME
        OBJSENSE
            MAXIMIZE
        ROWS
         N  cost
         N  unused
         L  limit
        COLUMNS
            x  cost  1  unused  5
            x  limit 1
        RHS
            cost  7  limit  3
        ENDATA
        """
        let model = try MPSReader.parse(text)
        #expect(model.sense == .maximize)
        #expect(model.objectiveConstant == -7)
        #expect(model.constraints.map(\.name) == ["limit"])
        #expect(model.constraints[0].upperBound == 3)
    }

    @Test("RANGES on L, G and E rows")
    func ranges() throws {
        let text = """
        NAME ranged
        ROWS
         N  obj
         L  l
         G  g
         E  up
         E  down
         E  plain
        COLUMNS
            x  obj 1  l 1
            x  g 1    up 1
            x  down 1 plain 1
        RHS
            RHS  l 10  g 2
            RHS  up 5  down 5
            RHS  plain 5
        RANGES
            RNG  l 4   g -3
            RNG  up 2  down -2
        ENDATA
        """
        let model = try MPSReader.parse(text)
        let expected: [String: (Double, Double)] = [
            "l": (6, 10), "g": (2, 5), "up": (5, 7), "down": (3, 5), "plain": (5, 5),
        ]
        for (name, bounds) in expected {
            let found = try row(name, in: model)
            #expect(found.lowerBound == bounds.0, "lower bound of \(name)")
            #expect(found.upperBound == bounds.1, "upper bound of \(name)")
        }
    }

    @Test("every bound type, and the negative upper bound convention")
    func boundTypes() throws {
        let text = """
        NAME bounds
        ROWS
         N  obj
         L  r
        COLUMNS
            up  r 1
            lo  r 1
            fx  r 1
            fr  r 1
            mi  r 1
            pl  r 1
            bv  r 1
            li  r 1
            ui  r 1
            neg r 1
            big r 1
        RHS
            RHS r 1
        BOUNDS
         UP BND up  4
         LO BND lo  -2
         FX BND fx  3.5
         FR BND fr
         MI BND mi
         UP BND pl  8
         PL BND pl
         BV BND bv
         LI BND li  2
         UI BND ui  9
         UP BND neg -5
         UP BND big 1e30
         UP OTHER up 100
        ENDATA
        """
        let model = try MPSReader.parse(text)
        func bounds(_ name: String) throws -> (Double, Double, VariableKind) {
            let variable = try column(name, in: model)
            return (variable.lowerBound, variable.upperBound, variable.kind)
        }
        #expect(try bounds("up") == (0, 4, .continuous))
        #expect(try bounds("lo") == (-2, .infinity, .continuous))
        #expect(try bounds("fx") == (3.5, 3.5, .continuous))
        #expect(try bounds("fr") == (-.infinity, .infinity, .continuous))
        #expect(try bounds("mi") == (-.infinity, .infinity, .continuous))
        #expect(try bounds("pl") == (0, .infinity, .continuous))
        #expect(try bounds("bv") == (0, 1, .binary))
        #expect(try bounds("li") == (2, .infinity, .integer))
        #expect(try bounds("ui") == (0, 9, .integer))
        #expect(try bounds("neg") == (-.infinity, -5, .continuous))
        #expect(try bounds("big") == (0, .infinity, .continuous))
    }

    @Test("integer markers: binary by default, unbounded above once a bound is given")
    func integerMarkers() throws {
        let text = """
        NAME ints
        ROWS
         N  obj
         L  r
        COLUMNS
            c0  r 1
            M1  'MARKER'  'INTORG'
            i1  obj 1  r 1
            i2  obj 1  r 1
            M2  'MARKER'  'INTEND'
            c1  r 1
        RHS
            RHS r 10
        BOUNDS
         LO BND i2 2
        ENDATA
        """
        let model = try MPSReader.parse(text)
        #expect(try column("c0", in: model).kind == .continuous)
        #expect(try column("c1", in: model).kind == .continuous)
        let first = try column("i1", in: model)
        #expect(first.kind == .integer && first.lowerBound == 0 && first.upperBound == 1)
        let second = try column("i2", in: model)
        #expect(second.kind == .integer && second.lowerBound == 2 && second.upperBound == .infinity)
    }

    /// A broken MPS text, the line the reader must blame and words its message must contain.
    struct BadInput: Sendable, CustomTestStringConvertible {
        var text: String
        var line: Int
        var words: String
        var testDescription: String { "line \(line): \(words)" }
    }

    static let badInputs: [BadInput] = [
        BadInput(text: "NAME x\nROWS\n N obj\n L r\nCOLUMNS\n x obj 1 s 2\nENDATA\n", line: 6, words: "unknown row 's'"),
        BadInput(text: "NAME x\nROWS\n N obj\nCOLUMNS\n x obj abc\nENDATA\n", line: 5, words: "'abc' is not a number"),
        BadInput(text: "NAME x\nROWS\n N obj\n Q r\nENDATA\n", line: 4, words: "unknown row type"),
        BadInput(text: "NAME x\nROWS\n N obj\nWHATEVER\nENDATA\n", line: 4, words: "unknown section"),
        BadInput(text: "NAME x\nROWS\n N obj\nCOLUMNS\n x obj 1\n", line: 6, words: "missing ENDATA"),
        BadInput(text: "NAME x\nROWS\n N obj\nCOLUMNS\n x obj 1\nBOUNDS\n XX BND x 1\nENDATA\n", line: 7,
                 words: "unknown bound type"),
        BadInput(text: "NAME x\nROWS\n N obj\nCOLUMNS\n x obj 1\nBOUNDS\n UP BND y 1\nENDATA\n", line: 7,
                 words: "unknown column 'y'"),
        BadInput(text: " x obj 1\nENDATA\n", line: 1, words: "outside any section"),
        BadInput(text: "NAME x\nROWS\n N obj\n L r\nCOLUMNS\n x r 1\n x r 2\nENDATA\n", line: 7, words: "two entries"),
        BadInput(text: "NAME x\nROWS\n N obj\n L r\n L r\nENDATA\n", line: 5, words: "declared twice"),
        BadInput(text: "NAME x\nCOLUMNS\n x obj 1\nENDATA\n", line: 2, words: "before ROWS"),
        BadInput(text: "NAME x\nROWS\n N obj\nCOLUMNS\n x obj 1 obj\nENDATA\n", line: 5, words: "found 4 fields"),
        BadInput(text: "NAME x\nOBJSENSE\n SIDEWAYS\nENDATA\n", line: 3, words: "unknown objective sense"),
        BadInput(text: "NAME x\nROWS\n N obj\nCOLUMNS\n x obj 1\nBOUNDS\n SC BND x 1\nENDATA\n", line: 7,
                 words: "semi-continuous"),
    ]

    @Test("bad input is reported with its line number", arguments: badInputs)
    func badInput(_ input: BadInput) {
        #expect {
            _ = try MPSReader.parse(input.text)
        } throws: { error in
            guard let error = error as? MPSReader.ParseError else { return false }
            return error.line == input.line && error.message.contains(input.words)
                && error.description.hasPrefix("line \(input.line): ")
        }
    }

    @Test("an unreadable file is an error on line 0")
    func unreadableFile() {
        #expect(throws: MPSReader.ParseError.self) {
            _ = try MPSReader.read(contentsOf: .init(fileURLWithPath: "/nonexistent/file.mps"))
        }
    }
}
