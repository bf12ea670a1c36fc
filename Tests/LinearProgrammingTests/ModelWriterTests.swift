import Foundation
import Testing
@testable import LinearProgramming

/// A small model with its optimum worked out by hand.
struct WriterCase: Sendable, CustomTestStringConvertible {
    var label: String
    var model: LinearModel
    /// The optimum of the model's objective, constant included.
    var optimum: Double
    var testDescription: String { label }
}

/// The models every writer test runs on.
enum WriterCases {
    /// max 3x + 2n + b + 1 with x continuous, n general integer, b binary; optimum x = 4, n = 6, b = 0.
    static var tiny: WriterCase {
        var model = LinearModel(name: "tiny")
        let x = model.addVariable(name: "x", upperBound: 4)
        let n = model.addVariable(name: "n", kind: .integer)
        let b = model.addBinary(name: "b")
        model.addConstraint(LinearExpression([.init(x, 1), .init(n, 1), .init(b, 1)]), upperBound: 10, name: "cap")
        model.addConstraint(LinearExpression([.init(x, 1), .init(n, -1)]), lowerBound: -2, name: "need")
        model.addConstraint(LinearExpression([.init(x, 1), .init(b, 2)]), lowerBound: 1, upperBound: 5, name: "band")
        model.setObjective(LinearExpression([.init(x, 3), .init(n, 2), .init(b, 1)], constant: 1), sense: .maximize)
        return WriterCase(label: "tiny mixed model", model: model, optimum: 25)
    }

    /// max 3x + 2y + 5, x + y <= 4, x + 3y <= 6, x <= 3: optimum at x = 3, y = 1.
    static var maximiseWithConstant: WriterCase {
        var model = LinearModel(name: "max LP")
        let x = model.addVariable(name: "x", upperBound: 3)
        let y = model.addVariable(name: "y")
        model.addConstraint(LinearExpression([.init(x, 1), .init(y, 1)]), upperBound: 4, name: "c1")
        model.addConstraint(LinearExpression([.init(x, 1), .init(y, 3)]), upperBound: 6, name: "c2")
        model.setObjective(LinearExpression([.init(x, 3), .init(y, 2)], constant: 5), sense: .maximize)
        return WriterCase(label: "maximise an LP with a constant", model: model, optimum: 16)
    }

    /// min x + 2y + 3z, x + y + z = 10, y - z >= 1, x <= 4: optimum at x = 4, y = 6, z = 0.
    static var minimiseWithEquality: WriterCase {
        var model = LinearModel(name: "min LP")
        let x = model.addVariable(name: "x", upperBound: 4)
        let y = model.addVariable(name: "y")
        let z = model.addVariable(name: "z")
        model.addConstraint(LinearExpression.sum([x, y, z]), lowerBound: 10, upperBound: 10, name: "total")
        model.addConstraint(LinearExpression([.init(y, 1), .init(z, -1)]), lowerBound: 1, name: "gap")
        model.setObjective(LinearExpression([.init(x, 1), .init(y, 2), .init(z, 3)]), sense: .minimize)
        return WriterCase(label: "minimise with an equality", model: model, optimum: 16)
    }

    /// min -x - 2y, 1 <= x - y <= 3, 2 <= x + y <= 8: optimum at x = 4.5, y = 3.5.
    static var rangedRows: WriterCase {
        var model = LinearModel(name: "ranged")
        let x = model.addVariable(name: "x")
        let y = model.addVariable(name: "y")
        model.addConstraint(LinearExpression([.init(x, 1), .init(y, -1)]), lowerBound: 1, upperBound: 3, name: "band")
        model.addConstraint(LinearExpression([.init(x, 1), .init(y, 1)]), lowerBound: 2, upperBound: 8, name: "sum")
        model.setObjective(LinearExpression([.init(x, -1), .init(y, -2)]), sense: .minimize)
        return WriterCase(label: "ranged rows", model: model, optimum: -11.5)
    }

    /// min x + z over free x, y, z with x - y >= -3, y >= -2, z - x = 1, and a row with no bound:
    /// optimum at y = -2, x = -5, z = -4.
    static var freeVariables: WriterCase {
        var model = LinearModel(name: "free")
        let x = model.addVariable(name: "x", lowerBound: -.infinity)
        let y = model.addVariable(name: "y", lowerBound: -.infinity)
        let z = model.addVariable(name: "z", lowerBound: -.infinity)
        model.addConstraint(LinearExpression([.init(x, 1), .init(y, -1)]), lowerBound: -3, name: "lowx")
        model.addConstraint(LinearExpression(y), lowerBound: -2, name: "lowy")
        model.addConstraint(LinearExpression.sum([x, y, z]), name: "unbounded")
        model.addConstraint(LinearExpression([.init(z, 1), .init(x, -1)]), lowerBound: 1, upperBound: 1, name: "link")
        model.setObjective(LinearExpression([.init(x, 1), .init(z, 1)]), sense: .minimize)
        return WriterCase(label: "free variables and a free row", model: model, optimum: -9)
    }

    /// max x + y + w with x in [-5, -1], y <= -2 (no lower bound), w in [-4, -3], x - y <= 3.
    static var negativeUpperBounds: WriterCase {
        var model = LinearModel(name: "negative")
        let x = model.addVariable(name: "x", lowerBound: -5, upperBound: -1)
        let y = model.addVariable(name: "y", lowerBound: -.infinity, upperBound: -2)
        let w = model.addVariable(name: "w", lowerBound: -4, upperBound: -3)
        model.addConstraint(LinearExpression([.init(x, 1), .init(y, -1)]), upperBound: 3, name: "cap")
        model.setObjective(LinearExpression.sum([x, y, w]), sense: .maximize)
        return WriterCase(label: "negative upper bounds", model: model, optimum: -6)
    }

    /// A knapsack with binaries a, b, c, integer n in [0, 3], integer m >= 0 with m <= 2.5 and
    /// integer k in [-3, -1]: optimum 2n + c (17) + m (2) - k (3).
    static var integerAndBinary: WriterCase {
        var model = LinearModel(name: "knapsack")
        let a = model.addBinary(name: "a")
        let b = model.addBinary(name: "b")
        let c = model.addBinary(name: "c")
        let n = model.addVariable(name: "n", upperBound: 3, kind: .integer)
        let spare = model.addVariable(name: "spare", upperBound: 1)
        let m = model.addVariable(name: "m", kind: .integer)
        let k = model.addVariable(name: "k", lowerBound: -3, upperBound: -1, kind: .integer)
        model.addConstraint(LinearExpression([.init(a, 2), .init(b, 3), .init(c, 1), .init(n, 4)]),
                            upperBound: 9, name: "weight")
        model.addConstraint(LinearExpression([.init(m, 1), .init(spare, 1)]), upperBound: 2.5, name: "mcap")
        model.setObjective(LinearExpression([.init(a, 5), .init(b, 4), .init(c, 3), .init(n, 7), .init(m, 1),
                                             .init(k, -1)]), sense: .maximize)
        return WriterCase(label: "integer and binary variables", model: model, optimum: 22)
    }

    /// min 2x + y + 3b with x fixed at 1, b a binary fixed at 1, x + y >= 3, and u used nowhere.
    static var fixedAndUnused: WriterCase {
        var model = LinearModel(name: "fixed")
        let x = model.addVariable(name: "x", lowerBound: 1, upperBound: 1)
        let y = model.addVariable(name: "y", upperBound: 10)
        model.addVariable(name: "u", upperBound: 5)
        let b = model.addBinary(name: "b")
        model.setBounds(of: b, lower: 1, upper: 1)
        model.addConstraint(LinearExpression([.init(x, 1), .init(y, 1)]), lowerBound: 3, name: "r")
        model.setObjective(LinearExpression([.init(x, 2), .init(y, 1), .init(b, 3)]), sense: .minimize)
        return WriterCase(label: "fixed variables and an unused one", model: model, optimum: 7)
    }

    static var all: [WriterCase] {
        [tiny, maximiseWithConstant, minimiseWithEquality, rangedRows, freeVariables, negativeUpperBounds,
         integerAndBinary, fixedAndUnused]
    }
}

/// Optima of tiny models by enumeration, so the tests need no solver.
///
/// Integer variables run through their bounds (infinite ones cut to ±20);
/// for each choice the continuous part is solved by trying every vertex, so
/// the model must be bounded and its continuous part pointed.
enum BruteForce {
    static func optimum(of model: LinearModel) -> Double? {
        let integers = model.variables.indices.filter { model.variables[$0].isInteger }
        let continuous = model.variables.indices.filter { !model.variables[$0].isInteger }
        var best: Double?
        var values = [Double](repeating: 0, count: model.variables.count)

        func consider(_ point: [Double]) {
            guard isFeasible(point, in: model) else { return }
            let value = model.objectiveValue(at: point)
            if let current = best {
                best = model.sense == .minimize ? min(current, value) : max(current, value)
            } else {
                best = value
            }
        }

        func enumerateIntegers(_ position: Int) {
            if position == integers.count {
                for point in vertices(of: model, continuous: continuous, fixed: values) { consider(point) }
                return
            }
            let variable = model.variables[integers[position]]
            let low = Int(max(variable.lowerBound.rounded(.up), -20))
            let high = Int(min(variable.upperBound.rounded(.down), 20))
            guard low <= high else { return }
            for value in low...high {
                values[integers[position]] = Double(value)
                enumerateIntegers(position + 1)
            }
        }
        enumerateIntegers(0)
        return best
    }

    static func isFeasible(_ point: [Double], in model: LinearModel) -> Bool {
        let tolerance = 1e-9
        for (index, variable) in model.variables.enumerated() {
            if point[index] < variable.lowerBound - tolerance || point[index] > variable.upperBound + tolerance {
                return false
            }
        }
        for row in model.constraints {
            let activity = LinearExpression(row.terms).value(at: point)
            if activity < row.lowerBound - tolerance || activity > row.upperBound + tolerance { return false }
        }
        return true
    }

    /// Every point where as many independent rows or bounds as there are continuous variables hold with equality.
    static func vertices(of model: LinearModel, continuous: [Int], fixed: [Double]) -> [[Double]] {
        if continuous.isEmpty { return [fixed] }
        let position = Dictionary(uniqueKeysWithValues: continuous.enumerated().map { ($1, $0) })
        var planes: [(coefficients: [Double], value: Double)] = []
        for row in model.constraints {
            var coefficients = [Double](repeating: 0, count: continuous.count)
            var fixedPart = 0.0
            for term in row.terms {
                if let column = position[term.variable.index] {
                    coefficients[column] = term.coefficient
                } else {
                    fixedPart += term.coefficient * fixed[term.variable.index]
                }
            }
            for bound in Set([row.lowerBound, row.upperBound]) where bound.isFinite {
                planes.append((coefficients, bound - fixedPart))
            }
        }
        for (column, index) in continuous.enumerated() {
            let variable = model.variables[index]
            for bound in Set([variable.lowerBound, variable.upperBound]) where bound.isFinite {
                var unit = [Double](repeating: 0, count: continuous.count)
                unit[column] = 1
                planes.append((unit, bound))
            }
        }
        var points: [[Double]] = []
        for choice in combinations(of: planes.count, choosing: continuous.count) {
            let matrix = choice.map { planes[$0].coefficients }
            let rightHandSide = choice.map { planes[$0].value }
            guard let solution = solve(matrix, rightHandSide) else { continue }
            var point = fixed
            for (column, index) in continuous.enumerated() { point[index] = solution[column] }
            points.append(point)
        }
        return points
    }

    static func combinations(of count: Int, choosing size: Int) -> [[Int]] {
        guard size > 0 else { return [[]] }
        guard count >= size else { return [] }
        var result: [[Int]] = []
        func extend(_ prefix: [Int], from start: Int) {
            if prefix.count == size { result.append(prefix); return }
            guard start < count else { return }
            for next in start..<count { extend(prefix + [next], from: next + 1) }
        }
        extend([], from: 0)
        return result
    }

    /// Gaussian elimination with partial pivoting; `nil` for a singular system.
    static func solve(_ matrix: [[Double]], _ rightHandSide: [Double]) -> [Double]? {
        var a = matrix, b = rightHandSide
        let size = b.count
        for column in 0..<size {
            guard let pivot = (column..<size).max(by: { abs(a[$0][column]) < abs(a[$1][column]) }),
                  abs(a[pivot][column]) > 1e-12 else { return nil }
            a.swapAt(column, pivot)
            b.swapAt(column, pivot)
            for row in 0..<size where row != column {
                let factor = a[row][column] / a[column][column]
                if factor == 0 { continue }
                for k in column..<size { a[row][k] -= factor * a[column][k] }
                b[row] -= factor * b[column]
            }
        }
        return (0..<size).map { b[$0] / a[$0][$0] }
    }
}

/// Runs a solver's command-line program on a written model, when it is installed.
enum CommandLineSolver {
    /// The executable of that name on the search path, or `nil`.
    static func find(_ name: String) -> String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        for directory in directories + ["/usr/bin", "/usr/local/bin"] {
            let candidate = directory + "/" + name
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// The status and objective value a solver reports for a file.
    struct Report {
        var status: String
        var objective: Double
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Writes `text` to `model.<fileExtension>` in a fresh directory, runs the
    /// executable with the arguments (where `{model}` and `{report}` stand for
    /// the two files) and returns the report file's text.
    static func run(_ executable: String, _ arguments: [String], text: String, fileExtension: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("model-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("model.\(fileExtension)")
        let output = directory.appendingPathComponent("report.txt")
        try text.write(to: input, atomically: true, encoding: .utf8)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments.map {
            $0.replacingOccurrences(of: "{model}", with: input.path)
                .replacingOccurrences(of: "{report}", with: output.path)
        }
        let log = Pipe()
        process.standardOutput = log
        process.standardError = log
        try process.run()
        let logText = String(decoding: log.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0, let report = try? String(contentsOf: output, encoding: .utf8) else {
            throw Failure(description: "\(executable) failed (status \(process.terminationStatus)):\n\(logText)")
        }
        return report
    }
}

/// `glpsol`, from the glpk-utils package.
enum Glpsol {
    static let path = CommandLineSolver.find("glpsol")

    /// Solves the text in the given format (`--freemps` or `--lp`) and reads the `-o` report:
    /// "Status:     INTEGER OPTIMAL" and "Objective:  obj = -4.5 (MINimum)".
    static func solve(_ text: String, format: String, fileExtension: String) throws -> CommandLineSolver.Report {
        let report = try CommandLineSolver.run(
            try #require(path), [format, "{model}", "--tmlim", "30", "-o", "{report}"],
            text: text, fileExtension: fileExtension)
        func value(after key: String) -> String? {
            report.split(separator: "\n").first { $0.hasPrefix(key) }
                .map { $0.dropFirst(key.count).trimmingCharacters(in: .whitespaces) }
        }
        guard let status = value(after: "Status:"), let objectiveLine = value(after: "Objective:"),
              let equals = objectiveLine.firstIndex(of: "="),
              let objective = Double(objectiveLine[objectiveLine.index(after: equals)...]
                .prefix { $0 != "(" }.trimmingCharacters(in: .whitespaces))
        else { throw CommandLineSolver.Failure(description: "unexpected glpsol report:\n\(report)") }
        return CommandLineSolver.Report(status: status, objective: objective)
    }
}

/// `cbc`, from the coinor-cbc package.
enum Cbc {
    static let path = CommandLineSolver.find("cbc")

    /// Solves the text (the file extension tells CBC the format) and reads the first line of
    /// the `-solu` file: "Optimal - objective value -24.00000000", in the file's own sense.
    static func solve(_ text: String, fileExtension: String) throws -> CommandLineSolver.Report {
        let report = try CommandLineSolver.run(
            try #require(path), ["{model}", "-sec", "30", "-solve", "-solu", "{report}"],
            text: text, fileExtension: fileExtension)
        let firstLine = report.split(separator: "\n").first.map(String.init) ?? ""
        guard let marker = firstLine.range(of: " - objective value "),
              let objective = Double(firstLine[marker.upperBound...].trimmingCharacters(in: .whitespaces))
        else { throw CommandLineSolver.Failure(description: "unexpected cbc solution file:\n\(report)") }
        return CommandLineSolver.Report(status: String(firstLine[..<marker.lowerBound]), objective: objective)
    }
}

@Suite("Model writers")
struct ModelWriterTests {
    /// The kind a variable has after a round trip: narrowed binaries come back as integers.
    func kindAfterExport(_ variable: Variable) -> VariableKind {
        variable.kind == .binary && !(variable.lowerBound == 0 && variable.upperBound == 1) ? .integer : variable.kind
    }

    @Test("the hand-worked optima hold", arguments: WriterCases.all)
    func optimaAreRight(_ writerCase: WriterCase) throws {
        let found = try #require(BruteForce.optimum(of: writerCase.model))
        #expect(abs(found - writerCase.optimum) < 1e-9)
    }

    @Test("MPS round trip keeps bounds, kinds, rows and the optimum", arguments: WriterCases.all)
    func mpsRoundTrip(_ writerCase: WriterCase) throws {
        let original = writerCase.model
        let text = MPSWriter.write(original)
        let readBack = try MPSReader.parse(text)

        #expect(readBack.sense == .minimize)
        #expect(readBack.objectiveConstant == 0)
        let sign = original.sense == .maximize ? -1.0 : 1.0
        #expect(readBack.objective == original.objective.map { .init($0.variable, sign * $0.coefficient) })

        #expect(readBack.variables.count == original.variables.count)
        for (before, after) in zip(original.variables, readBack.variables) {
            #expect(after.name == before.name)
            #expect(after.lowerBound == before.lowerBound, "lower bound of \(before.name)")
            #expect(after.upperBound == before.upperBound, "upper bound of \(before.name)")
            #expect(after.kind == kindAfterExport(before), "kind of \(before.name)")
        }

        let boundedRows = original.constraints.filter { $0.lowerBound.isFinite || $0.upperBound.isFinite }
        #expect(readBack.constraints.count == boundedRows.count)
        for (before, after) in zip(boundedRows, readBack.constraints) {
            #expect(after.name == before.name)
            #expect(after.terms == before.terms, "terms of \(before.name)")
            #expect(after.lowerBound == before.lowerBound, "lower bound of \(before.name)")
            #expect(abs(after.upperBound - before.upperBound) <= 1e-12 * max(1, abs(before.upperBound))
                    || after.upperBound == before.upperBound, "upper bound of \(before.name)")
        }

        let optimum = try #require(BruteForce.optimum(of: readBack))
        let restored = sign * optimum + original.objectiveConstant
        #expect(abs(restored - writerCase.optimum) < 1e-9)
    }

    @Test("the MPS text of a tiny model")
    func tinyMPS() {
        let expected = """
        * objective negated: original sense maximize
        * tiny: written in free MPS by HousingMatch
        * objective constant 1 not written (solvers read an RHS on the objective row differently)
        * the model's objective is 1 - this file's objective
        NAME tiny
        ROWS
         N  obj
         L  cap
         G  need
         G  band
        COLUMNS
            x  obj  -3
            x  cap  1
            x  need  1
            x  band  1
            MARKER  'MARKER'  'INTORG'
            n  obj  -2
            n  cap  1
            n  need  -1
            b  obj  -1
            b  cap  1
            b  band  2
            MARKER  'MARKER'  'INTEND'
        RHS
            RHS  cap  10
            RHS  need  -2
            RHS  band  1
        RANGES
            RNG  band  4
        BOUNDS
         UP BND  x  4
         PL BND  n
         BV BND  b
        ENDATA

        """
        #expect(MPSWriter.write(WriterCases.tiny.model) == expected)
    }

    @Test("the LP text of a tiny model")
    func tinyLP() {
        let expected = """
        \\ tiny: written in CPLEX LP format by HousingMatch
        \\ objective constant 1 not written (GLPK reads no constant term):
        \\ the model's objective is this file's objective + 1
        Maximize
         obj: 3 x + 2 n + b
        Subject To
         cap: x + n + b <= 10
         need: x - n >= -2
         band_lo: x + 2 b >= 1
         band_hi: x + 2 b <= 5
        Bounds
         0 <= x <= 4
        General
         n
        Binary
         b
        End

        """
        #expect(LPWriter.write(WriterCases.tiny.model) == expected)
    }

    @Test("bounds of every shape in both formats")
    func boundShapes() {
        var model = LinearModel(name: "bounds")
        model.addVariable(name: "free", lowerBound: -.infinity)
        model.addVariable(name: "below", lowerBound: -.infinity, upperBound: 3)
        model.addVariable(name: "negative", lowerBound: -.infinity, upperBound: -3)
        model.addVariable(name: "band", lowerBound: -5, upperBound: -2)
        model.addVariable(name: "stuck", lowerBound: 0, upperBound: -1)
        model.addVariable(name: "fixed", lowerBound: 2.5, upperBound: 2.5)
        model.addVariable(name: "above", lowerBound: 0.25)
        model.addVariable(name: "count", lowerBound: 2, kind: .integer)
        model.addVariable(name: "huge", upperBound: 1e30)
        let mps = MPSWriter.write(model)
        #expect(mps.contains("""
        BOUNDS
         FR BND  free
         MI BND  below
         UP BND  below  3
         MI BND  negative
         UP BND  negative  -3
         UP BND  band  -2
         LO BND  band  -5
         UP BND  stuck  -1
         LO BND  stuck  0
         FX BND  fixed  2.5
         LO BND  above  0.25
         LO BND  count  2
         PL BND  count
        ENDATA
        """))
        let lp = LPWriter.write(model)
        #expect(lp.contains("""
        Bounds
         free_ free
         -inf <= below <= 3
         -inf <= negative <= -3
         -5 <= band <= -2
         0 <= stuck <= -1
         fixed = 2.5
         above >= 0.25
         count >= 2
        General
         count
        End
        """))
        // Every variable used nowhere appears in the objective with coefficient 0.
        #expect(lp.contains("""
         obj: 0 free_ + 0 below + 0 negative + 0 band + 0 stuck + 0 fixed + 0 above
         + 0 count + 0 huge
        Subject To
        """))
    }

    @Test("a row whose bounds contradict each other stays infeasible")
    func contradictoryRow() throws {
        var model = LinearModel(name: "contradiction")
        let x = model.addVariable(name: "x")
        model.addConstraint(LinearExpression(x), lowerBound: 5, upperBound: 3, name: "r")
        model.setObjective(LinearExpression(x), sense: .minimize)
        let readBack = try MPSReader.parse(MPSWriter.write(model))
        #expect(readBack.constraints.map(\.name) == ["r_lo", "r_hi"])
        #expect(readBack.constraints.map(\.lowerBound) == [5, -.infinity])
        #expect(readBack.constraints.map(\.upperBound) == [.infinity, 3])
        let lp = LPWriter.write(model)
        #expect(lp.contains(" r_lo: x >= 5\n r_hi: x <= 3\n"))
    }

    /// A model whose names need sanitising: brackets, commas, blanks, a tab, a leading `$` and
    /// digit, a keyword, non-ASCII letters, two names that collide once cut, and a row named like
    /// the objective. Every variable lies in 0...1 and the objective maximises their sum under
    /// `cap_row`, so the optimum is 5.
    static var awkwardNames: LinearModel {
        var model = LinearModel(name: "awkward names")
        let names = ["x y", "x_y", "x\ty", "join[h1,g2]", "$cash", "2nd", "free", String(repeating: "a", count: 300),
                     String(repeating: "a", count: 300) + "b", "Zoë"]
        let variables = names.map { model.addVariable(name: $0, upperBound: 1) }
        model.addConstraint(LinearExpression.sum(variables[0...1]), upperBound: 1, name: "obj")
        model.addConstraint(LinearExpression.sum(variables[2...3]), upperBound: 1, name: "cap row")
        model.addConstraint(LinearExpression.sum(variables), upperBound: 5, name: "cap_row")
        model.addConstraint(LinearExpression([.init(variables[4], 1), .init(variables[5], -1)]), lowerBound: 0,
                            name: "r[1]")
        model.setObjective(LinearExpression.sum(variables), sense: .maximize)
        return model
    }

    @Test("names with blanks and brackets are sanitised, cut and made unique")
    func sanitisedNames() throws {
        let model = Self.awkwardNames
        let mps = try MPSReader.parse(MPSWriter.write(model))
        #expect(mps.name == "awkward_names")
        #expect(mps.variables.map(\.name) == [
            "x_y_2", "x_y", "x_y_3", "join[h1,g2]", "_cash", "2nd", "free", String(repeating: "a", count: 100),
            String(repeating: "a", count: 98) + "_2", "Zo_",
        ])
        #expect(mps.constraints.map(\.name) == ["obj_2", "cap_row_2", "cap_row", "r[1]"])
        #expect(mps.constraints.map(\.terms) == model.constraints.map(\.terms))

        let lp = LPWriter.write(model)
        for name in ["x_y_2", "x_y", "x_y_3", "join(h1,g2)", "$cash", "_2nd", "free_",
                     String(repeating: "a", count: 100), String(repeating: "a", count: 98) + "_2", "Zo_"] {
            #expect(lp.contains(" \(name) ") || lp.contains(" \(name)\n"), "variable \(name)")
        }
        for name in ["obj_2", "cap_row_2", "cap_row", "r(1)"] {
            #expect(lp.contains("\n \(name): "), "row \(name)")
        }
        #expect(!lp.contains("["))
    }

    @Test("long LP rows wrap, no LP line is longer than 255 characters, and neither format has tabs")
    func lineLengths() {
        var model = Self.awkwardNames
        let many = (0..<60).map { model.addVariable(name: "seeker \($0) in group \($0 % 7)", kind: .binary) }
        model.addConstraint(LinearExpression(many.map { .init($0, 1.5) }), upperBound: 10, name: "long row")
        // The widest bound line: the longest name between the longest numbers.
        let wide = model.addVariable(name: String(repeating: "w", count: 400),
                                     lowerBound: -2.2250738585072014e-308, upperBound: -1.7976931348623157e+29)
        model.addConstraint(LinearExpression([.init(wide, -1.2345678901234567e-300)]),
                            upperBound: -1.2345678901234567e-300, name: String(repeating: "r", count: 400))
        let lp = LPWriter.write(model)
        #expect(lp.split(separator: "\n").allSatisfy { $0.count <= 255 })
        #expect(!lp.contains("\t"))
        #expect(!MPSWriter.write(model).contains("\t"))
        let longRow = lp.split(separator: "\n").drop { !$0.hasPrefix(" long_row:") }
        #expect(longRow.count > 2)
        #expect(longRow.dropFirst().first?.hasPrefix(" + 1.5 seeker_") == true)
    }

    @Test("a model without rows or variables is still valid LP")
    func emptyModel() {
        let lp = LPWriter.write(LinearModel(name: "empty"))
        #expect(lp == """
        \\ empty: written in CPLEX LP format by HousingMatch
        \\ the model has no rows; GLPK needs one, so no_rows constrains nothing
        Minimize
         obj: 0 placeholder
        Subject To
         no_rows: 0 placeholder >= 0
        Bounds
         placeholder = 0
        End

        """)
    }

    /// Every case in both formats.
    static var glpsolRuns: [(WriterCase, String)] {
        WriterCases.all.flatMap { [($0, "--freemps"), ($0, "--lp")] }
    }

    // glpsol comes from the glpk-utils package (`apt-get install glpk-utils`); without it
    // these tests are reported as skipped rather than passing unnoticed.
    @Test("glpsol reads both formats and finds the known optimum",
          .enabled(if: Glpsol.path != nil, "glpsol is not installed (it comes from the glpk-utils package)"),
          arguments: ModelWriterTests.glpsolRuns)
    func glpsolFindsOptimum(_ writerCase: WriterCase, format: String) throws {
        let model = writerCase.model
        let report: CommandLineSolver.Report
        let modelObjective: Double
        if format == "--freemps" {
            report = try Glpsol.solve(MPSWriter.write(model), format: format, fileExtension: "mps")
            // The MPS file minimises the negated objective of a maximising model.
            let sign = model.sense == .maximize ? -1.0 : 1.0
            modelObjective = sign * report.objective + model.objectiveConstant
        } else {
            report = try Glpsol.solve(LPWriter.write(model), format: format, fileExtension: "lp")
            modelObjective = report.objective + model.objectiveConstant
        }
        #expect(report.status.hasSuffix("OPTIMAL"), "status \(report.status)")
        #expect(abs(modelObjective - writerCase.optimum) < 1e-6, "glpsol objective \(report.objective)")
    }

    // CBC comes from the coinor-cbc package; it reads the same files, and is
    // skipped (reported as such) when not installed.
    @Test("CBC reads both formats and finds the known optimum",
          .enabled(if: Cbc.path != nil, "cbc is not installed (it comes from the coinor-cbc package)"),
          arguments: ModelWriterTests.glpsolRuns)
    func cbcFindsOptimum(_ writerCase: WriterCase, format: String) throws {
        let model = writerCase.model
        let modelObjective: Double
        let report: CommandLineSolver.Report
        if format == "--freemps" {
            report = try Cbc.solve(MPSWriter.write(model), fileExtension: "mps")
            let sign = model.sense == .maximize ? -1.0 : 1.0
            modelObjective = sign * report.objective + model.objectiveConstant
        } else {
            report = try Cbc.solve(LPWriter.write(model), fileExtension: "lp")
            modelObjective = report.objective + model.objectiveConstant
        }
        #expect(report.status == "Optimal", "status \(report.status)")
        #expect(abs(modelObjective - writerCase.optimum) < 1e-6, "cbc objective \(report.objective)")
    }

    @Test("CBC accepts the sanitised names in both formats",
          .enabled(if: Cbc.path != nil, "cbc is not installed (it comes from the coinor-cbc package)"))
    func cbcAcceptsNames() throws {
        let model = Self.awkwardNames
        let fromMPS = try Cbc.solve(MPSWriter.write(model), fileExtension: "mps")
        #expect(fromMPS.status == "Optimal")
        #expect(abs(fromMPS.objective - -5) < 1e-9)
        let fromLP = try Cbc.solve(LPWriter.write(model), fileExtension: "lp")
        #expect(fromLP.status == "Optimal")
        #expect(abs(fromLP.objective - 5) < 1e-9)
    }

    @Test("glpsol accepts the sanitised names in both formats",
          .enabled(if: Glpsol.path != nil, "glpsol is not installed (it comes from the glpk-utils package)"))
    func glpsolAcceptsNames() throws {
        let model = Self.awkwardNames
        let fromMPS = try Glpsol.solve(MPSWriter.write(model), format: "--freemps", fileExtension: "mps")
        #expect(fromMPS.status == "OPTIMAL")
        #expect(abs(fromMPS.objective - -5) < 1e-9)
        let fromLP = try Glpsol.solve(LPWriter.write(model), format: "--lp", fileExtension: "lp")
        #expect(fromLP.status == "OPTIMAL")
        #expect(abs(fromLP.objective - 5) < 1e-9)
    }
}
