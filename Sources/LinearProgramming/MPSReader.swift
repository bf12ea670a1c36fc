import Foundation

/// Reads models in free MPS format, the plain-text exchange format of linear programmes.
///
/// Free MPS separates fields by spaces or tabs, so names cannot contain
/// blanks. The reader understands the sections `NAME`, `OBJSENSE`, `OBJSENSE
/// MAX` on one line, `OBJNAME`, `ROWS`, `COLUMNS` (with `'MARKER'`
/// `'INTORG'`/`'INTEND'` lines), `RHS`, `RANGES`, `BOUNDS` (types `UP`, `LO`,
/// `FX`, `FR`, `MI`, `PL`, `BV`, `LI`, `UI`) and `ENDATA`; anything after
/// `ENDATA` is ignored. Where the format leaves room, it follows the usual
/// conventions:
///
/// - The first `N` row is the objective; other `N` rows are dropped.
/// - An RHS value on the objective row is the negated objective constant,
///   because the row reads `objective - constant = 0`.
/// - Only the first vector of `RHS`, `RANGES` and `BOUNDS` is used, as the
///   format intends; later sets are skipped. The set name may be omitted.
/// - An integer column from a marker section with no `BOUNDS` entry is binary
///   (0 to 1); once it has an entry, its default upper bound is infinite.
/// - An `UP` or `UI` bound below zero on a column whose lower bound was never
///   set makes the lower bound minus infinity.
/// - Values of magnitude 1e30 or more mean infinity.
public enum MPSReader {
    /// A line of an MPS text that the reader cannot understand.
    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        /// The one-based line number of the offending line.
        public var line: Int
        /// What is wrong with it.
        public var message: String

        /// Creates an error for the given line.
        public init(line: Int, message: String) {
            self.line = line
            self.message = message
        }

        /// The error as "line N: message".
        public var description: String { "line \(line): \(message)" }
    }

    /// Reads a free-MPS file.
    ///
    /// A file that cannot be read is reported as a ``ParseError`` on line 0.
    public static func read(contentsOf url: URL) throws(ParseError) -> LinearModel {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ParseError(line: 0, message: "cannot read \(url.path): \(error.localizedDescription)")
        }
        return try parse(text)
    }

    /// Parses a free-MPS text into a model.
    public static func parse(_ text: String) throws(ParseError) -> LinearModel {
        var parser = Parser()
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty || line.first == "*" { continue }
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if fields.isEmpty { continue }
            do throws(ParseError) {
                let startsWithBlank = line.first == " " || line.first == "\t"
                if startsWithBlank {
                    try parser.readDataLine(fields)
                } else {
                    try parser.readHeader(fields)
                }
            } catch {
                throw ParseError(line: lineNumber, message: error.message)
            }
            if parser.section == .end { break }
        }
        if parser.section != .end {
            throw ParseError(line: lineNumber, message: "missing ENDATA")
        }
        return parser.makeModel()
    }
}

extension MPSReader {
    /// The part of the file being read.
    fileprivate enum Section {
        case start, name, objectiveSense, objectiveName, rows, columns, rightHandSides, ranges, bounds, end
    }

    /// A row as declared in ROWS, with what later sections say about it.
    fileprivate struct Row {
        var name: String
        var type: Character
        var rightHandSide: Double = 0
        var range: Double?
        var terms: [LinearExpression.Term] = []
    }

    /// A column as declared in COLUMNS, with what BOUNDS says about it.
    fileprivate struct Column {
        var name: String
        var kind: VariableKind
        var lowerBound: Double = 0
        var upperBound: Double = .infinity
        var lowerBoundWasSet = false
        var hasBoundEntry = false
        var rowsSeen: Set<Int> = []
    }

    /// The reader's state between lines; errors carry no line number until ``parse(_:)`` adds it.
    fileprivate struct Parser {
        var section: Section = .start
        var sawRows = false
        var modelName = "model"
        var sense: ObjectiveSense = .minimize
        var objectiveName: String?
        var objectiveRow: Int?
        var objectiveTerms: [LinearExpression.Term] = []
        var objectiveConstant = 0.0
        var rows: [Row] = []
        var rowIndex: [String: Int] = [:]
        var droppedRows: Set<String> = []
        var columns: [Column] = []
        var columnIndex: [String: Int] = [:]
        var insideIntegerMarker = false
        var rightHandSideSet: String?
        var rangeSet: String?
        var boundSet: String?

        private func fail(_ message: String) -> ParseError { ParseError(line: 0, message: message) }

        mutating func readHeader(_ fields: [Substring]) throws(ParseError) {
            let keyword = fields[0].uppercased()
            switch keyword {
            case "NAME":
                section = .name
                if fields.count > 1 { modelName = fields[1...].joined(separator: " ") }
            case "OBJSENSE":
                section = .objectiveSense
                if fields.count > 1 { try readSense(fields[1]) }
            case "OBJSENSE:":
                section = .objectiveSense
            case "OBJNAME":
                section = .objectiveName
                if fields.count > 1 { objectiveName = String(fields[1]) }
            case "ROWS": section = .rows
            case "COLUMNS": section = .columns
            case "RHS": section = .rightHandSides
            case "RANGES": section = .ranges
            case "BOUNDS": section = .bounds
            case "ENDATA": section = .end
            default:
                throw fail("unknown section '\(fields[0])' (data lines must start with a blank)")
            }
            let needsRows: Set<Section> = [.columns, .rightHandSides, .ranges, .bounds]
            if needsRows.contains(section) && !sawRows {
                throw fail("section \(keyword) before ROWS")
            }
            if section == .rows { sawRows = true }
        }

        mutating func readDataLine(_ fields: [Substring]) throws(ParseError) {
            switch section {
            case .start, .name: throw fail("data line outside any section")
            case .objectiveSense: try readSense(fields[0])
            case .objectiveName: objectiveName = String(fields[0])
            case .rows: try readRow(fields)
            case .columns: try readColumnEntry(fields)
            case .rightHandSides: try readRightHandSide(fields)
            case .ranges: try readRange(fields)
            case .bounds: try readBound(fields)
            case .end: break
            }
        }

        private mutating func readSense(_ field: Substring) throws(ParseError) {
            switch field.uppercased() {
            case "MIN", "MINIMIZE", "MINIMISE": sense = .minimize
            case "MAX", "MAXIMIZE", "MAXIMISE": sense = .maximize
            default: throw fail("unknown objective sense '\(field)'")
            }
        }

        private mutating func readRow(_ fields: [Substring]) throws(ParseError) {
            guard fields.count == 2 else { throw fail("a ROWS line needs a type and a name, found \(fields.count) fields") }
            let type = fields[0].uppercased()
            let name = String(fields[1])
            guard ["N", "L", "G", "E"].contains(type) else { throw fail("unknown row type '\(fields[0])'") }
            if rowIndex[name] != nil || droppedRows.contains(name) { throw fail("row '\(name)' declared twice") }
            if type == "N" {
                let isObjective = objectiveName.map { $0 == name } ?? (objectiveRow == nil)
                if !isObjective {
                    droppedRows.insert(name)
                    return
                }
                objectiveRow = rows.count
            }
            rowIndex[name] = rows.count
            rows.append(Row(name: name, type: Character(type)))
        }

        private func number(_ field: Substring, for what: String) throws(ParseError) -> Double {
            guard let value = Double(field), !value.isNaN else {
                throw fail("'\(field)' is not a number (\(what))")
            }
            if value >= 1e30 { return .infinity }
            if value <= -1e30 { return -.infinity }
            return value
        }

        private func row(named name: Substring) throws(ParseError) -> Int? {
            if let index = rowIndex[String(name)] { return index }
            if droppedRows.contains(String(name)) { return nil }
            throw fail("unknown row '\(name)'")
        }

        private mutating func readColumnEntry(_ fields: [Substring]) throws(ParseError) {
            if fields.count >= 3 && fields[1] == "'MARKER'" {
                switch fields[2] {
                case "'INTORG'": insideIntegerMarker = true
                case "'INTEND'": insideIntegerMarker = false
                default: throw fail("unknown marker \(fields[2])")
                }
                return
            }
            guard fields.count == 3 || fields.count == 5 else {
                throw fail("a COLUMNS line needs a column and one or two row-value pairs, found \(fields.count) fields")
            }
            let name = String(fields[0])
            let column: Int
            if let known = columnIndex[name] {
                column = known
            } else {
                column = columns.count
                columnIndex[name] = column
                columns.append(Column(name: name, kind: insideIntegerMarker ? .integer : .continuous))
            }
            for pair in stride(from: 1, to: fields.count, by: 2) {
                let value = try number(fields[pair + 1], for: "coefficient")
                guard value.isFinite else { throw fail("coefficient \(fields[pair + 1]) is infinite") }
                guard let target = try row(named: fields[pair]) else { continue }
                if columns[column].rowsSeen.contains(target) {
                    throw fail("column '\(name)' has two entries in row '\(fields[pair])'")
                }
                columns[column].rowsSeen.insert(target)
                if target == objectiveRow {
                    objectiveTerms.append(.init(VariableID(index: column), value))
                } else {
                    rows[target].terms.append(.init(VariableID(index: column), value))
                }
            }
        }

        /// Splits off the optional set name of an RHS or RANGES line and says whether the set is the first one.
        private func pairs(_ fields: [Substring], set chosen: inout String?) -> ArraySlice<Substring>? {
            let hasSetName = fields.count % 2 == 1
            let setName = hasSetName ? String(fields[0]) : ""
            if chosen == nil { chosen = setName }
            guard chosen == setName else { return nil }
            return hasSetName ? fields[1...] : fields[...]
        }

        private mutating func readRightHandSide(_ fields: [Substring]) throws(ParseError) {
            guard (2...5).contains(fields.count) else { throw fail("an RHS line needs one or two row-value pairs") }
            guard let entries = pairs(fields, set: &rightHandSideSet) else { return }
            var position = entries.startIndex
            while position < entries.endIndex {
                let value = try number(entries[position + 1], for: "right-hand side")
                if let target = try row(named: entries[position]) {
                    if target == objectiveRow {
                        objectiveConstant = -value
                    } else {
                        rows[target].rightHandSide = value
                    }
                }
                position += 2
            }
        }

        private mutating func readRange(_ fields: [Substring]) throws(ParseError) {
            guard (2...5).contains(fields.count) else { throw fail("a RANGES line needs one or two row-value pairs") }
            guard let entries = pairs(fields, set: &rangeSet) else { return }
            var position = entries.startIndex
            while position < entries.endIndex {
                let value = try number(entries[position + 1], for: "range")
                if let target = try row(named: entries[position]), target != objectiveRow {
                    rows[target].range = value
                }
                position += 2
            }
        }

        private mutating func readBound(_ fields: [Substring]) throws(ParseError) {
            let type = fields[0].uppercased()
            let needsValue: Bool
            switch type {
            case "UP", "LO", "FX", "LI", "UI": needsValue = true
            case "FR", "MI", "PL", "BV": needsValue = false
            case "SC": throw fail("semi-continuous bounds (SC) are not supported")
            default: throw fail("unknown bound type '\(fields[0])'")
            }
            // Which fields are set, column and value: the set name may be
            // omitted, and some writers give BV a value.
            let setName: String
            let columnField: Substring
            var valueField: Substring?
            switch (needsValue, fields.count) {
            case (true, 4), (false, 4):
                setName = String(fields[1]); columnField = fields[2]; valueField = fields[3]
            case (true, 3):
                setName = ""; columnField = fields[1]; valueField = fields[2]
            case (false, 3):
                if columnIndex[String(fields[2])] == nil, columnIndex[String(fields[1])] != nil {
                    setName = ""; columnField = fields[1]; valueField = fields[2]
                } else {
                    setName = String(fields[1]); columnField = fields[2]
                }
            case (false, 2):
                setName = ""; columnField = fields[1]
            default:
                throw fail("a \(type) bound line has \(fields.count) fields")
            }
            if boundSet == nil { boundSet = setName }
            guard boundSet == setName else { return }
            guard let column = columnIndex[String(columnField)] else { throw fail("unknown column '\(columnField)'") }
            let value: Double
            if let valueField { value = try number(valueField, for: "bound") } else { value = 0 }

            columns[column].hasBoundEntry = true
            switch type {
            case "UP", "UI":
                columns[column].upperBound = value
                if value < 0 && !columns[column].lowerBoundWasSet { columns[column].lowerBound = -.infinity }
                if type == "UI" { columns[column].kind = .integer }
            case "LO", "LI":
                columns[column].lowerBound = value
                columns[column].lowerBoundWasSet = true
                if type == "LI" { columns[column].kind = .integer }
            case "FX":
                columns[column].lowerBound = value
                columns[column].upperBound = value
                columns[column].lowerBoundWasSet = true
            case "FR":
                columns[column].lowerBound = -.infinity
                columns[column].upperBound = .infinity
                columns[column].lowerBoundWasSet = true
            case "MI":
                columns[column].lowerBound = -.infinity
                columns[column].lowerBoundWasSet = true
            case "PL":
                columns[column].upperBound = .infinity
            case "BV":
                columns[column].kind = .binary
                columns[column].lowerBound = 0
                columns[column].upperBound = 1
                columns[column].lowerBoundWasSet = true
            default:
                break
            }
        }

        func makeModel() -> LinearModel {
            var model = LinearModel(name: modelName)
            for column in columns {
                var upper = column.upperBound
                if column.kind == .integer && !column.hasBoundEntry { upper = 1 }
                model.addVariable(name: column.name, lowerBound: column.lowerBound, upperBound: upper,
                                  kind: column.kind)
            }
            for (index, row) in rows.enumerated() where index != objectiveRow {
                let (lower, upper) = Self.bounds(of: row)
                model.addConstraint(LinearExpression(row.terms), lowerBound: lower, upperBound: upper,
                                    name: row.name)
            }
            model.setObjective(LinearExpression(objectiveTerms, constant: objectiveConstant), sense: sense)
            return model
        }

        /// The row's bounds from its type, right-hand side and range, as the MPS format defines them.
        static func bounds(of row: Row) -> (Double, Double) {
            let rhs = row.rightHandSide
            switch (row.type, row.range) {
            case ("L", nil): return (-.infinity, rhs)
            case ("L", let range?): return (rhs - abs(range), rhs)
            case ("G", nil): return (rhs, .infinity)
            case ("G", let range?): return (rhs, rhs + abs(range))
            case ("E", let range?) where range > 0: return (rhs, rhs + range)
            case ("E", let range?) where range < 0: return (rhs + range, rhs)
            case ("E", _): return (rhs, rhs)
            default: return (-.infinity, .infinity)
            }
        }
    }
}
