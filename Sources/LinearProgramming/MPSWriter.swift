/// Writes a ``LinearModel`` in free MPS format, so that any solver can run the model the engine solves.
///
/// The output is chosen to be read the same way by GLPK (`glpsol --freemps`),
/// HiGHS, CBC and ``MPSReader``, which disagree where the format is vague:
///
/// - The objective is always minimised. A maximising model has its objective
///   coefficients negated, and the first line of the file says so
///   (`* objective negated: original sense maximize`); no `OBJSENSE` section
///   is written, because not every reader knows one.
/// - The objective constant is never written as an RHS on the objective row,
///   which solvers read with different signs; a comment gives its value.
/// - A row with no finite bound constrains nothing and is left out, with a
///   comment. A ranged row is a `G` row with a positive `RANGES` entry. A row
///   whose lower bound exceeds its upper bound is written as two rows,
///   `name_lo` (`G`) and `name_hi` (`L`), so that it stays infeasible.
/// - Integer and binary columns sit between `'MARKER'` `'INTORG'` and
///   `'INTEND'` lines, and every one of them gets an explicit bound: GLPK
///   reads a marked column without bounds as binary, so a general integer
///   with no upper bound is given `PL`. A binary column with bounds 0 and 1
///   is written `BV`; one whose bounds were narrowed (for example fixed) is
///   written like an integer column with those bounds.
/// - A negative upper bound always comes with an explicit lower bound (`UP`
///   then `LO`, or `MI` then `UP`), because GLPK keeps the default lower
///   bound 0 where other readers make it minus infinity.
/// - Names lose whitespace and non-ASCII characters (each becomes `_`), a
///   leading `$` or `*` (which start comments in free MPS), and anything
///   beyond ``maximumNameLength`` characters; names that then collide get a
///   suffix `_2`, `_3`, .... Names that needed no change keep it.
/// - Numbers use the shortest text that reads back as the same `Double`;
///   magnitudes of 1e30 and more mean infinity, as readers take them.
/// - Fields are separated by spaces, never tabs, and every set (`RHS`, `RNG`,
///   `BND`) is named, so that no reader has to guess which field is which.
///   COLUMNS lines carry one row-value pair each.
public enum MPSWriter {
    /// The longest name written.
    ///
    /// GLPK accepts 255 characters, but CBC 2.10.8 crashes on MPS column names
    /// of 164 characters or more, and its LP reader stops at 100 (measured), so
    /// both writers keep to 100.
    public static let maximumNameLength = 100

    /// The name of the objective row; a model row with this name is renamed.
    static let objectiveName = "obj"

    /// The model as free MPS text, ending with `ENDATA` and a line break.
    public static func write(_ model: LinearModel) -> String {
        var lines: [String] = []
        if model.sense == .maximize {
            lines.append("* objective negated: original sense maximize")
        }
        lines.append("* \(ModelExport.commentText(model.name)): written in free MPS by HousingMatch")
        lines.append(contentsOf: objectiveConstantComments(model).map { "* " + $0 })

        let columnNames = ModelExport.uniqueNames(
            model.variables.map(\.name), maximumLength: maximumNameLength, sanitize: sanitize)
        let rows = writtenRows(of: model)
        let rowNames = ModelExport.uniqueNames(
            rows.map(\.rawName), reserved: [objectiveName], maximumLength: maximumNameLength,
            sanitize: sanitize)
        for constraint in model.constraints where ModelExport.Shape(of: constraint) == .free {
            lines.append("* row \(ModelExport.commentText(constraint.name)) has no finite bound and is left out")
        }

        let name = sanitize(model.name)
        lines.append(name.isEmpty ? "NAME" : "NAME \(name)")

        lines.append("ROWS")
        lines.append(" N  \(objectiveName)")
        for (row, rowName) in zip(rows, rowNames) {
            lines.append(" \(row.type)  \(rowName)")
        }

        lines.append("COLUMNS")
        lines.append(contentsOf: columnLines(model, columnNames: columnNames, rows: rows, rowNames: rowNames))

        let rightHandSides = zip(rows, rowNames).filter { $0.0.rightHandSide != 0 }
        if !rightHandSides.isEmpty {
            lines.append("RHS")
            for (row, rowName) in rightHandSides {
                lines.append("    RHS  \(rowName)  \(ModelExport.number(row.rightHandSide))")
            }
        }

        let ranges = zip(rows, rowNames).compactMap { row, rowName in row.range.map { (rowName, $0) } }
        if !ranges.isEmpty {
            lines.append("RANGES")
            for (rowName, range) in ranges {
                lines.append("    RNG  \(rowName)  \(ModelExport.number(range))")
            }
        }

        var boundLines: [String] = []
        for (variable, columnName) in zip(model.variables, columnNames) {
            for (type, value) in boundEntries(of: variable) {
                let valueText = value.map { "  " + ModelExport.number($0) } ?? ""
                boundLines.append(" \(type) BND  \(columnName)\(valueText)")
            }
        }
        if !boundLines.isEmpty {
            lines.append("BOUNDS")
            lines.append(contentsOf: boundLines)
        }
        lines.append("ENDATA")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A name fit for a free-MPS field: printable ASCII without blanks, not starting a comment.
    static func sanitize(_ name: String) -> String {
        var characters = name.unicodeScalars.map { scalar -> Character in
            (33...126).contains(scalar.value) ? Character(scalar) : "_"
        }
        if let first = characters.first, first == "$" || first == "*" { characters[0] = "_" }
        return String(characters)
    }

    /// The comment lines about the objective constant, which the file leaves out.
    static func objectiveConstantComments(_ model: LinearModel) -> [String] {
        let constant = model.objectiveConstant
        guard constant != 0 else { return [] }
        let value = ModelExport.number(constant)
        let reason = "objective constant \(value) not written (solvers read an RHS on the objective row differently)"
        switch model.sense {
        case .minimize: return [reason, "the model's objective is this file's objective + \(value)"]
        case .maximize: return [reason, "the model's objective is \(value) - this file's objective"]
        }
    }

    /// One row of the ROWS section: its type letter, right-hand side, range and terms.
    struct WrittenRow {
        var rawName: String
        var type: Character
        var rightHandSide: Double
        var range: Double?
        var terms: [LinearExpression.Term]
    }

    /// The rows as MPS declares them: free rows left out, contradictory rows split in two.
    static func writtenRows(of model: LinearModel) -> [WrittenRow] {
        var rows: [WrittenRow] = []
        for constraint in model.constraints {
            let name = constraint.name, terms = constraint.terms
            switch ModelExport.Shape(of: constraint) {
            case .free:
                break
            case .equal(let value):
                rows.append(WrittenRow(rawName: name, type: "E", rightHandSide: value, terms: terms))
            case .atLeast(let lower):
                rows.append(WrittenRow(rawName: name, type: "G", rightHandSide: lower, terms: terms))
            case .atMost(let upper):
                rows.append(WrittenRow(rawName: name, type: "L", rightHandSide: upper, terms: terms))
            case .ranged(let lower, let upper):
                rows.append(WrittenRow(rawName: name, type: "G", rightHandSide: lower,
                                       range: upper - lower, terms: terms))
            case .contradictory(let lower, let upper):
                rows.append(WrittenRow(rawName: name + "_lo", type: "G", rightHandSide: lower, terms: terms))
                rows.append(WrittenRow(rawName: name + "_hi", type: "L", rightHandSide: upper, terms: terms))
            }
        }
        return rows
    }

    /// The COLUMNS section: one row-value pair a line, integer runs between markers.
    static func columnLines(
        _ model: LinearModel, columnNames: [String], rows: [WrittenRow], rowNames: [String]
    ) -> [String] {
        let negate = model.sense == .maximize
        var entries = Array(repeating: [(row: String, value: Double)](), count: model.variables.count)
        for term in model.objective {
            entries[term.variable.index].append((objectiveName, negate ? -term.coefficient : term.coefficient))
        }
        for (row, rowName) in zip(rows, rowNames) {
            for term in row.terms { entries[term.variable.index].append((rowName, term.coefficient)) }
        }
        var lines: [String] = []
        var insideMarker = false
        for (index, variable) in model.variables.enumerated() {
            if variable.isInteger != insideMarker {
                lines.append(insideMarker ? "    MARKER  'MARKER'  'INTEND'" : "    MARKER  'MARKER'  'INTORG'")
                insideMarker.toggle()
            }
            // A column must appear here to exist, even with no coefficient anywhere.
            let columnEntries = entries[index].isEmpty ? [(row: objectiveName, value: 0.0)] : entries[index]
            for entry in columnEntries {
                lines.append("    \(columnNames[index])  \(entry.row)  \(ModelExport.number(entry.value))")
            }
        }
        if insideMarker { lines.append("    MARKER  'MARKER'  'INTEND'") }
        return lines
    }

    /// The BOUNDS entries of one column, in the order they must be read.
    static func boundEntries(of variable: Variable) -> [(type: String, value: Double?)] {
        let lower = ModelExport.finiteLower(variable.lowerBound)
        let upper = ModelExport.finiteUpper(variable.upperBound)
        if variable.kind == .binary && lower == 0 && upper == 1 { return [("BV", nil)] }
        switch (lower, upper) {
        case (nil, nil):
            return [("FR", nil)]
        case (nil, let upper?):
            // MI before UP: some old readers let MI set the upper bound to 0.
            return [("MI", nil), ("UP", upper)]
        case (let lower?, nil):
            var entries: [(type: String, value: Double?)] = []
            if lower != 0 { entries.append(("LO", lower)) }
            // Without an entry lifting it, GLPK gives a marked column the upper bound 1.
            if variable.isInteger { entries.append(("PL", nil)) }
            return entries
        case (let lower?, let upper?):
            if lower == upper { return [("FX", lower)] }
            // UP before LO: readers that lower the default bound for a negative UP
            // then meet the real lower bound.
            if upper < 0 { return [("UP", upper), ("LO", lower)] }
            if lower == 0 { return [("UP", upper)] }
            return [("LO", lower), ("UP", upper)]
        }
    }
}

/// What ``MPSWriter`` and ``LPWriter`` share: row shapes, numbers and unique names.
enum ModelExport {
    /// Magnitudes from here on mean infinity, as MPS readers take them.
    static let infinity = 1e30

    /// The lower bound, or `nil` for minus infinity.
    static func finiteLower(_ value: Double) -> Double? { value <= -infinity ? nil : value }

    /// The upper bound, or `nil` for plus infinity.
    static func finiteUpper(_ value: Double) -> Double? { value >= infinity ? nil : value }

    /// Which bounds a row has, as file formats tell them apart.
    enum Shape: Equatable {
        /// No finite bound: the row constrains nothing.
        case free
        case equal(Double)
        case atLeast(Double)
        case atMost(Double)
        /// Both bounds finite, lower below upper.
        case ranged(Double, Double)
        /// Both bounds finite, lower above upper: the row can never hold.
        case contradictory(Double, Double)

        init(of constraint: Constraint) {
            switch (finiteLower(constraint.lowerBound), finiteUpper(constraint.upperBound)) {
            case (nil, nil): self = .free
            case (let lower?, nil): self = .atLeast(lower)
            case (nil, let upper?): self = .atMost(upper)
            case (let lower?, let upper?):
                if lower == upper {
                    self = .equal(lower)
                } else if lower < upper {
                    self = .ranged(lower, upper)
                } else {
                    self = .contradictory(lower, upper)
                }
            }
        }
    }

    /// The shortest text that reads back as the same value; whole numbers without a decimal point.
    static func number(_ value: Double) -> String {
        if value.isInfinite { return value < 0 ? "-1e+30" : "1e+30" }
        if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
        return value.description
    }

    /// Text safe inside a one-line comment: printable ASCII only.
    static func commentText(_ text: String) -> String {
        String(text.unicodeScalars.map { (32...126).contains($0.value) ? Character($0) : "?" })
    }

    /// Names fit for a file format and distinct from each other and from `reserved`.
    ///
    /// Each name is sanitised and cut to `maximumLength`. Names that needed no
    /// change and are not yet taken keep their text; the others get the first
    /// free suffix `_2`, `_3`, ... (cutting the name further to make room).
    static func uniqueNames(
        _ names: [String], reserved: Set<String> = [], maximumLength: Int, sanitize: (String) -> String
    ) -> [String] {
        var used = reserved
        var result = [String?](repeating: nil, count: names.count)
        let candidates = names.map { name -> String in
            let clean = String(sanitize(name).prefix(maximumLength))
            return clean.isEmpty ? "_" : clean
        }
        for (index, candidate) in candidates.enumerated() where candidate == names[index] && !used.contains(candidate) {
            used.insert(candidate)
            result[index] = candidate
        }
        for (index, candidate) in candidates.enumerated() where result[index] == nil {
            var name = candidate
            var suffixNumber = 2
            while used.contains(name) {
                let suffix = "_\(suffixNumber)"
                name = String(candidate.prefix(maximumLength - suffix.count)) + suffix
                suffixNumber += 1
            }
            used.insert(name)
            result[index] = name
        }
        return result.map { $0! }
    }
}
