/// Writes a ``LinearModel`` in CPLEX LP format, so that any solver can run the model the engine solves.
///
/// The output keeps to what GLPK's reader (`glpsol --lp`, `glp_read_lp`)
/// accepts, which is a subset of what CPLEX, HiGHS and CBC accept:
///
/// - The objective keeps its sense (`Maximize` or `Minimize`). Its constant is
///   left out, because GLPK reads no constant term; a comment gives its value.
/// - A ranged row becomes two rows, `name_lo` (`>=`) and `name_hi` (`<=`):
///   GLPK reads no `lower <= expression <= upper` rows. So does a row whose
///   lower bound exceeds its upper bound. A row with no finite bound
///   constrains nothing and is left out, with a comment.
/// - Every variable appears in the objective or a row: one that would appear
///   nowhere is written into the objective with coefficient 0, so that it
///   still exists. An empty row is written as `0 x`, with `x` the first
///   variable, and a model without rows gets the row `no_rows: 0 x >= 0`,
///   since GLPK needs at least one term and one row.
/// - Every bound other than the default (0 to infinity) is written in full,
///   `lower <= x <= upper` or `-inf <= x <= upper`, so that a negative upper
///   bound never meets a reader's guess at the lower one. Binary variables
///   with bounds 0 and 1 go to `Binary`; other integer variables, including
///   binaries whose bounds were narrowed, to `General`.
/// - Names keep letters, digits and ``allowedPunctuation``; `[` and `]`
///   become `(` and `)`, any other character `_`. A name starting with a
///   digit or a period gets a leading `_`, a name that is a keyword of the
///   format (such as `free`, `inf` or `end`) a trailing `_`. Names are cut to
///   ``maximumNameLength`` characters and made unique with a suffix `_2`,
///   `_3`, ...; names that needed no change keep it.
/// - Lines stay within 255 characters: long expressions continue on further
///   lines, and every line after a section keyword starts with a blank, so
///   that no name is taken for a keyword.
public enum LPWriter {
    /// The longest name written: CBC's LP reader takes no longer names, and
    /// with it every line stays well within 255 characters.
    public static let maximumNameLength = MPSWriter.maximumNameLength

    /// The characters besides letters and digits that names may contain.
    public static let allowedPunctuation: Set<Character> = Set("!\"#$%&()/,.;?@_`'{}|~")

    /// The name of the objective; a model row with this name is renamed.
    static let objectiveName = "obj"

    /// Where expressions are wrapped onto a new line.
    static let wrapWidth = 80

    /// Words that readers of the format take as keywords, compared ignoring case.
    static let keywords: Set<String> = [
        "minimize", "minimum", "min", "maximize", "maximum", "max", "subject", "such", "st", "s.t.",
        "st.", "bounds", "bound", "general", "generals", "gen", "integer", "integers", "int",
        "binary", "binaries", "bin", "semi", "semis", "semi-continuous", "sos", "end", "free",
        "inf", "infinity",
    ]

    /// The model as CPLEX LP text, ending with `End` and a line break.
    public static func write(_ model: LinearModel) -> String {
        var lines: [String] = []
        lines.append("\\ \(ModelExport.commentText(model.name)): written in CPLEX LP format by HousingMatch")
        if model.objectiveConstant != 0 {
            let value = ModelExport.number(model.objectiveConstant)
            lines.append("\\ objective constant \(value) not written (GLPK reads no constant term):")
            lines.append("\\ the model's objective is this file's objective + \(value)")
        }
        for constraint in model.constraints where ModelExport.Shape(of: constraint) == .free {
            lines.append("\\ row \(ModelExport.commentText(constraint.name)) has no finite bound and is left out")
        }

        var columnNames = ModelExport.uniqueNames(
            model.variables.map(\.name), maximumLength: maximumNameLength, sanitize: sanitize)
        // GLPK needs a variable to write an empty expression with; a model without
        // variables gets one, fixed at 0.
        let needsPlaceholder = columnNames.isEmpty
        if needsPlaceholder { columnNames = ["placeholder"] }
        let placeholder = columnNames[0]

        var rows = writtenRows(of: model)
        if rows.isEmpty {
            lines.append("\\ the model has no rows; GLPK needs one, so no_rows constrains nothing")
            rows.append(WrittenRow(rawName: "no_rows", terms: [], relation: ">=", rightHandSide: 0))
        }
        let rowNames = ModelExport.uniqueNames(
            rows.map(\.rawName), reserved: [objectiveName], maximumLength: maximumNameLength,
            sanitize: sanitize)

        lines.append(model.sense == .maximize ? "Maximize" : "Minimize")
        lines.append(contentsOf: objectiveLines(model, columnNames: columnNames, rows: rows))

        lines.append("Subject To")
        for (row, rowName) in zip(rows, rowNames) {
            var pieces = expressionPieces(row.terms, columnNames: columnNames)
            if pieces.isEmpty { pieces = ["0 \(placeholder)"] }
            pieces.append("\(row.relation) \(ModelExport.number(row.rightHandSide))")
            lines.append(contentsOf: wrapped(label: "\(rowName):", pieces))
        }

        var boundLines: [String] = []
        var generalNames: [String] = []
        var binaryNames: [String] = []
        for (variable, columnName) in zip(model.variables, columnNames) {
            let lower = ModelExport.finiteLower(variable.lowerBound)
            let upper = ModelExport.finiteUpper(variable.upperBound)
            if variable.kind == .binary && lower == 0 && upper == 1 {
                binaryNames.append(columnName)
                continue
            }
            if variable.isInteger { generalNames.append(columnName) }
            if let bound = boundLine(columnName, lower: lower, upper: upper) { boundLines.append(bound) }
        }
        if needsPlaceholder { boundLines.append(" \(placeholder) = 0") }
        if !boundLines.isEmpty {
            lines.append("Bounds")
            lines.append(contentsOf: boundLines)
        }
        if !generalNames.isEmpty {
            lines.append("General")
            lines.append(contentsOf: generalNames.map { " " + $0 })
        }
        if !binaryNames.isEmpty {
            lines.append("Binary")
            lines.append(contentsOf: binaryNames.map { " " + $0 })
        }
        lines.append("End")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A name the format accepts: allowed characters only, not starting with a digit or period, not a keyword.
    static func sanitize(_ name: String) -> String {
        var result = String(name.unicodeScalars.map { scalar -> Character in
            let character = Character(scalar)
            if scalar.isASCII && (character.isLetter || character.isNumber) { return character }
            if allowedPunctuation.contains(character) { return character }
            switch character {
            case "[": return "("
            case "]": return ")"
            default: return "_"
            }
        })
        if let first = result.first, first.isNumber || first == "." { result = "_" + result }
        if keywords.contains(result.lowercased()) { result += "_" }
        return result
    }

    /// One row as written: a single relation with a right-hand side.
    struct WrittenRow {
        var rawName: String
        var terms: [LinearExpression.Term]
        var relation: String
        var rightHandSide: Double
    }

    /// The rows as the format can say them: free rows left out, ranged and contradictory rows split in two.
    static func writtenRows(of model: LinearModel) -> [WrittenRow] {
        var rows: [WrittenRow] = []
        for constraint in model.constraints {
            let name = constraint.name, terms = constraint.terms
            switch ModelExport.Shape(of: constraint) {
            case .free:
                break
            case .equal(let value):
                rows.append(WrittenRow(rawName: name, terms: terms, relation: "=", rightHandSide: value))
            case .atLeast(let lower):
                rows.append(WrittenRow(rawName: name, terms: terms, relation: ">=", rightHandSide: lower))
            case .atMost(let upper):
                rows.append(WrittenRow(rawName: name, terms: terms, relation: "<=", rightHandSide: upper))
            case .ranged(let lower, let upper), .contradictory(let lower, let upper):
                rows.append(WrittenRow(rawName: name + "_lo", terms: terms, relation: ">=", rightHandSide: lower))
                rows.append(WrittenRow(rawName: name + "_hi", terms: terms, relation: "<=", rightHandSide: upper))
            }
        }
        return rows
    }

    /// The objective line(s): its terms in variable order, and a zero term for each variable used nowhere else.
    static func objectiveLines(_ model: LinearModel, columnNames: [String], rows: [WrittenRow]) -> [String] {
        var coefficients = [Double](repeating: 0, count: model.variables.count)
        for term in model.objective { coefficients[term.variable.index] = term.coefficient }
        var used = [Bool](repeating: false, count: model.variables.count)
        for row in rows { for term in row.terms { used[term.variable.index] = true } }
        var terms: [LinearExpression.Term] = []
        for index in model.variables.indices where coefficients[index] != 0 || !used[index] {
            terms.append(LinearExpression.Term(VariableID(index: index), coefficients[index]))
        }
        var pieces = expressionPieces(terms, columnNames: columnNames)
        if pieces.isEmpty { pieces = ["0 \(columnNames[0])"] }
        return wrapped(label: "\(objectiveName):", pieces)
    }

    /// The terms as text pieces: `3 x`, `- x`, `+ 2.5 y`; the first without a plus sign.
    static func expressionPieces(_ terms: [LinearExpression.Term], columnNames: [String]) -> [String] {
        terms.enumerated().map { position, term in
            let name = columnNames[term.variable.index]
            let sign = term.coefficient < 0 ? "- " : (position == 0 ? "" : "+ ")
            let magnitude = abs(term.coefficient)
            return magnitude == 1 ? sign + name : sign + ModelExport.number(magnitude) + " " + name
        }
    }

    /// The pieces after the label, on lines of about ``wrapWidth`` characters, each starting with a blank.
    static func wrapped(label: String, _ pieces: [String]) -> [String] {
        var lines: [String] = []
        var line = " " + label
        for piece in pieces {
            if line.count + 1 + piece.count > wrapWidth && !line.isEmpty {
                lines.append(line)
                line = ""
            }
            line += " " + piece
        }
        lines.append(line)
        return lines
    }

    /// The Bounds line of a variable, or `nil` for the default bounds 0 and infinity.
    static func boundLine(_ name: String, lower: Double?, upper: Double?) -> String? {
        switch (lower, upper) {
        case (nil, nil):
            return " \(name) free"
        case (nil, let upper?):
            return " -inf <= \(name) <= \(ModelExport.number(upper))"
        case (let lower?, nil):
            return lower == 0 ? nil : " \(name) >= \(ModelExport.number(lower))"
        case (let lower?, let upper?):
            if lower == upper { return " \(name) = \(ModelExport.number(lower))" }
            return " \(ModelExport.number(lower)) <= \(name) <= \(ModelExport.number(upper))"
        }
    }
}
