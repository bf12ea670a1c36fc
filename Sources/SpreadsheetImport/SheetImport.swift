import Foundation
import HousingMatch
import Spreadsheets
import Wording

/// Merges the rows of a sheet into a scenario: by id, adding new entities and updating existing ones.
///
/// Columns the sheet has set their field; an empty cell sets the field's default
/// (for a required field of an existing entity it keeps the value). Columns the
/// sheet does not have leave their fields as they were. Names and contact details
/// never reach the scenario: they go to the ``PseudonymKey`` when one is given.
/// Every problem is collected, with its row, column and header; the scenario's
/// own validation runs on the merged result and its problems are placed on the
/// rows they came from.
public enum SheetImport {
    /// The side a sheet's headers point to, or nil when they do not tell.
    public static func detectSide(headers: [String]) -> ImportSide? {
        let names = headers.map(HeaderName.normalized).filter { !$0.isEmpty }
        var scores: [(side: ImportSide, score: Int)] = []
        for side in ImportSide.allCases {
            let columns = side.columns
            var score = 0
            for name in names {
                if columns.contains(where: { $0.names.contains(name) }) { score += 2 }
                // The id column's own header ("Huishouden", "Woongroep") tells the side by itself.
                if HeaderName.normalized(columns[0].header) == name { score += 10 }
            }
            scores.append((side, score))
        }
        let sorted = scores.sorted { $0.score > $1.score }
        guard sorted[0].score > 0, sorted[0].score > sorted[1].score else { return nil }
        return sorted[0].side
    }

    /// What importing `sheet` into `scenario` would do. `side` nil reads it from the headers.
    public static func plan(sheet: Sheet, side: ImportSide?, into scenario: Scenario, key: PseudonymKey?) -> ImportPlan {
        var plan = ImportPlan(side: side, scenario: scenario, changes: [], problems: [], notes: [], key: key, freshIDs: 0, rowCount: 0)
        guard let headerIndex = sheet.rows.firstIndex(where: { !$0.isEmpty }) else {
            plan.problems.append(ImportProblem(row: nil, column: nil, header: nil, message: ImportWords.emptySheet, values: [sheet.name]))
            return plan
        }
        let headers = sheet.rows[headerIndex].map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) }
        guard let side = side ?? detectSide(headers: headers) else {
            plan.problems.append(ImportProblem(row: nil, column: nil, header: nil, message: ImportWords.sideUnknown, values: [sheet.name]))
            return plan
        }
        plan.side = side
        let vocabulary = Vocabulary(
            scenarioCareTypes: (scenario.seekers.compactMap(\.care?.type) + scenario.providers.flatMap(\.careTypes)
                + scenario.groups.flatMap { $0.acceptsCare ?? [] }).uniqued(),
            scenarioGenerations: scenario.seekers.flatMap(\.generations).uniqued())
        var context = RowContext(sheet: sheet, headerRow: headerIndex + 1, headers: headers, side: side, vocabulary: vocabulary,
                                 key: key)
        switch side {
        case .households:
            plan.scenario.seekers = context.merge(HouseholdColumns.id, HouseholdColumns.rules, into: scenario.seekers,
                                                  idOf: \.id.rawValue, make: { Seeker(id: SeekerID($0), generations: []) })
        case .groups:
            plan.scenario.groups = context.merge(GroupColumns.id, GroupColumns.rules, into: scenario.groups,
                                                 idOf: \.id.rawValue, make: { Group(id: GroupID($0), minSize: 1, maxSize: 1) })
        case .sites:
            plan.scenario.sites = context.merge(SiteColumns.id, SiteColumns.rules, into: scenario.sites,
                                                idOf: \.id.rawValue, make: { Site(id: SiteID($0), municipality: "", units: 0, rent: 0) })
        case .providers:
            plan.scenario.providers = context.merge(ProviderColumns.id, ProviderColumns.rules, into: scenario.providers,
                                                    idOf: \.id.rawValue, make: { CareProvider(id: ProviderID($0), careTypes: [], capacity: 0) })
        }
        plan.changes = context.changes
        plan.problems = context.problems
        plan.notes = context.notes
        plan.key = context.key
        plan.freshIDs = context.freshIDs
        plan.rowCount = context.rowCount
        if key == nil, context.freshIDs > 0 {
            plan.notes.append(ImportNote(ImportWords.freshIdsWithoutKey, ["\(context.freshIDs)"]))
        }
        if plan.problems.isEmpty {
            let issues = plan.scenario.validationIssues()
            plan.problems = issues.map { context.locate($0, in: plan.scenario) }
        }
        if !plan.problems.isEmpty {
            plan.scenario = scenario
            plan.key = key
        }
        return plan
    }
}

/// The work of one import: the sheet, what its columns mean, and what was found so far.
private struct RowContext {
    let sheet: Sheet
    let headerRow: Int
    let headers: [String]
    let side: ImportSide
    let vocabulary: Vocabulary
    var key: PseudonymKey?
    var changes: [ImportChange] = []
    var problems: [ImportProblem] = []
    var notes: [ImportNote] = []
    var freshIDs = 0
    var rowCount = 0
    /// Which row each entity of the merged list came from (by its position in the list).
    var rowOfIndex: [Int: Int] = [:]
    /// Which column filled each scenario key.
    var columnOfKey: [String: Int] = [:]

    init(sheet: Sheet, headerRow: Int, headers: [String], side: ImportSide, vocabulary: Vocabulary, key: PseudonymKey?) {
        self.sheet = sheet
        self.headerRow = headerRow
        self.headers = headers
        self.side = side
        self.vocabulary = vocabulary
        self.key = key
    }

    mutating func problem(row: Int?, column: Int?, _ message: Message, _ values: [String] = []) {
        problems.append(ImportProblem(row: row, column: column, header: column.map { headers[$0] }, message: message, values: values))
    }

    /// Reads the header row, then every row below it, into `existing`.
    mutating func merge<Entity>(_ idColumn: ImportColumn, _ rules: [FieldRule<Entity>], into existing: [Entity],
                                idOf: KeyPath<Entity, String>, make: (String) -> Entity) -> [Entity] {
        // What each column is.
        var idPlace: Int?
        var rulePlaces: [(rule: Int, column: Int)] = []
        var personalPlaces: [PersonalColumn: Int] = [:]
        var seen: [String: Int] = [:]
        for (column, header) in headers.enumerated() where !header.isEmpty {
            let name = HeaderName.normalized(header)
            let claim: String
            if idColumn.names.contains(name) {
                claim = "id"
                if idPlace == nil { idPlace = column }
            } else if let rule = rules.firstIndex(where: { $0.column.names.contains(name) }) {
                claim = rules[rule].column.key
                if seen[claim] == nil { rulePlaces.append((rule, column)); columnOfKey[claim] = column }
            } else if let personal = side.personalColumns.first(where: { $0.headers.map(HeaderName.normalized).contains(name) }) {
                claim = "personal." + personal.rawValue + "." + name
                if personalPlaces[personal] == nil { personalPlaces[personal] = column }
                let keeps = key != nil && side == .households
                notes.append(ImportNote(keeps ? ImportWords.personalKept : ImportWords.personalDropped,
                                        [Sheet.columnLetters(column), header]))
            } else {
                notes.append(ImportNote(ImportWords.unknownColumn, [Sheet.columnLetters(column), header]))
                continue
            }
            if let first = seen[claim] {
                problem(row: headerRow, column: column, ImportWords.doubleColumn, [Sheet.columnLetters(first)])
            } else {
                seen[claim] = column
            }
        }
        let namePlace = personalPlaces[.name]
        if idPlace == nil, !(side == .households && namePlace != nil) {
            problem(row: nil, column: nil, ImportWords.missingIdColumn, [idColumn.header])
            return existing
        }

        var merged = existing
        var indexOfID: [String: Int] = [:]
        for (index, entity) in existing.enumerated() { indexOfID[entity[keyPath: idOf]] = index }
        var rowOfID: [String: Int] = [:]
        var rowOfName: [String: Int] = [:]
        var takenIDs = Set(existing.map { $0[keyPath: idOf] }).union(key?.ids ?? [])
        // Ids the sheet itself gives are taken before any fresh one is drawn.
        for row in sheet.rows.dropFirst(headerRow) {
            if let idPlace, idPlace < row.count { takenIDs.insert(row[idPlace].text.trimmingCharacters(in: .whitespaces)) }
        }
        var missingRequired: Set<String> = []

        for (offset, cells) in sheet.rows.enumerated().dropFirst(headerRow) where !cells.isEmpty {
            let row = offset + 1
            rowCount += 1
            func cell(_ column: Int?) -> Cell { column.map { sheet.cell(row: row, column: $0) } ?? .empty }
            func personal(_ kind: PersonalColumn) -> String {
                cell(personalPlaces[kind]).text.trimmingCharacters(in: .whitespacesAndNewlines)
            }

            // The id: written in the sheet, or for a household known by name in the key, or fresh.
            var id = cell(idPlace).text.trimmingCharacters(in: .whitespacesAndNewlines)
            let name = personal(.name)
            let email = personal(.email)
            if id.isEmpty {
                guard side == .households, !name.isEmpty else {
                    if side == .households { problem(row: row, column: nil, ImportWords.noIdNoName) }
                    else { problem(row: row, column: idPlace, ImportWords.empty) }
                    continue
                }
                let nameKey = PseudonymKey.normalized(name) + "|" + PseudonymKey.normalized(email)
                if let earlier = rowOfName[nameKey] {
                    problem(row: row, column: namePlace, ImportWords.sameNameAs, ["\(earlier)"])
                    continue
                }
                rowOfName[nameKey] = row
                if let known = key?.id(name: name, email: email) {
                    id = known
                } else {
                    id = PseudonymKey.freshID(avoiding: takenIDs)
                    takenIDs.insert(id)
                    freshIDs += 1
                }
            }
            guard (1...64).contains(id.count), !id.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
                problem(row: row, column: idPlace, ImportWords.badId, [id])
                continue
            }
            if let earlier = rowOfID[id] {
                problem(row: row, column: idPlace, ImportWords.duplicateId, [id, "\(earlier)"])
                continue
            }
            rowOfID[id] = row
            if side == .households, key != nil, !name.isEmpty || !email.isEmpty {
                key?.record(PseudonymKey.Entry(id: id, name: name, email: email, phone: personal(.phone),
                                               address: personal(.address)))
            }

            let existingIndex = indexOfID[id]
            let before = existingIndex.map { merged[$0] } ?? make(id)
            var entity = before
            var changed: [String] = []
            var rowFine = true
            for (ruleIndex, column) in rulePlaces {
                let rule = rules[ruleIndex]
                let raw = cell(column)
                var value: ImportValue? = nil
                if raw.isEmpty {
                    if rule.column.required {
                        if existingIndex == nil { problem(row: row, column: column, ImportWords.empty); rowFine = false }
                        continue
                    }
                } else {
                    switch CellReading.value(of: raw, kind: rule.column.kind, vocabulary: vocabulary) {
                    case .success(let read): value = read
                    case .failure(let wrong):
                        rowFine = false
                        if rule.column.holdsCareDetails {
                            if rule.column.kind == .careType {
                                problem(row: row, column: column, ImportWords.careTypeNotKnown, [vocabulary.careTypeNames])
                            } else {
                                problem(row: row, column: column, ImportWords.careHoursNotANumber)
                            }
                        } else {
                            problem(row: row, column: column, wrong.message, wrong.values)
                        }
                        continue
                    }
                }
                if let wrong = rule.apply(&entity, value) {
                    problem(row: row, column: column, wrong)
                    rowFine = false
                }
            }
            if existingIndex == nil {
                for rule in rules where rule.column.required && !rulePlaces.contains(where: { rules[$0.rule].column.key == rule.column.key }) {
                    missingRequired.insert(rule.column.header)
                }
            }
            guard rowFine else { continue }
            for (ruleIndex, column) in rulePlaces where rules[ruleIndex].read(before) != rules[ruleIndex].read(entity) {
                if existingIndex != nil { changed.append(headers[column]) }
            }
            if let existingIndex {
                merged[existingIndex] = entity
                rowOfIndex[existingIndex] = row
                changes.append(ImportChange(side: side, id: id, row: row, kind: changed.isEmpty ? .unchanged : .updated(changed)))
            } else {
                indexOfID[id] = merged.count
                rowOfIndex[merged.count] = row
                merged.append(entity)
                changes.append(ImportChange(side: side, id: id, row: row, kind: .added))
            }
        }
        for header in missingRequired.sorted() {
            problem(row: nil, column: nil, ImportWords.missingColumn, [header])
        }
        return merged
    }

    /// A validation issue of the merged scenario, placed on the row and column it came from when it did.
    func locate(_ issue: ValidationIssue, in scenario: Scenario) -> ImportProblem {
        let path = issue.path
        let prefix = side.scenarioKey + "["
        guard path.hasPrefix(prefix), let close = path.firstIndex(of: "]"),
              let index = Int(path[path.index(path.startIndex, offsetBy: prefix.count)..<close]),
              let row = rowOfIndex[index] else {
            return ImportProblem(row: nil, column: nil, header: nil, message: ImportWords.notInScenario,
                                 values: [issue.message, issue.path])
        }
        var rest = String(path[path.index(after: close)...])
        if rest.hasPrefix(".") { rest.removeFirst() }
        let field = rest.split(separator: "[").first.map(String.init) ?? rest
        let column = columnOfKey[field] ?? columnOfKey[field.split(separator: ".").first.map(String.init) ?? field]
            ?? columnOfKey.filter { $0.key.hasPrefix(field + ".") }.map(\.value).min()
        return ImportProblem(row: row, column: column, header: column.map { headers[$0] }, message: ImportWords.notInScenario,
                             values: [issue.message, issue.path])
    }
}
