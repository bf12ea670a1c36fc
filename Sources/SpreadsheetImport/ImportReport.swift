import ScenarioIO
import Spreadsheets
import Wording

/// An import's outcome and failures in words, the same for the CLI and (later) the web's data page.
public enum ImportReport {
    /// How many added or updated rows are listed one by one before "… and N more".
    public static let listedChanges = 20

    /// What an import did: the sheet read, notes on columns, added, updated and unchanged, and what was written.
    public static func lines(_ outcome: ScenarioImport.Outcome, file: String, scenarioPath: String, keyFile: String?,
                             dryRun: Bool, language: Language) -> [String] {
        let plan = outcome.plan
        var lines: [String] = []
        if let side = plan.side {
            lines.append(ImportWords.readSheet(language, file, plan.rowCount, side.words(language), outcome.sheetName))
        }
        lines += plan.notes.map { "  " + $0.said(in: language) }
        if outcome.createdScenario { lines.append(ImportWords.newScenario(language, scenarioPath)) }
        let sideWords = plan.side.map { $0.words(language) } ?? ""
        let added = plan.changes.filter { $0.kind == .added }
        let updated = plan.changes.compactMap { change -> (ImportChange, [String])? in
            if case .updated(let fields) = change.kind { return (change, fields) }
            return nil
        }
        let unchanged = plan.changes.filter { $0.kind == .unchanged }
        lines.append(ImportWords.added(language, added.count, sideWords))
        lines += added.prefix(listedChanges).map { ImportWords.addedLine(language, $0.id, $0.row) }
        if added.count > listedChanges { lines.append(ImportWords.andMore(language, added.count - listedChanges)) }
        lines.append(ImportWords.updated(language, updated.count, sideWords))
        lines += updated.prefix(listedChanges).map {
            ImportWords.updatedLine(language, $0.0.id, $0.0.row, ListWording.joined($0.1, in: language))
        }
        if updated.count > listedChanges { lines.append(ImportWords.andMore(language, updated.count - listedChanges)) }
        lines.append(ImportWords.unchanged(language, unchanged.count, sideWords))
        if dryRun {
            lines.append(ImportWords.dryRun(language))
        } else {
            if outcome.scenarioWritten {
                if outcome.lostComments { lines.append(ImportWords.commentsLost(language, scenarioPath)) }
                lines.append(ImportWords.written(language, scenarioPath))
            } else {
                lines.append(ImportWords.nothingToWrite(language))
            }
            if outcome.keyWritten, let keyFile, let key = plan.key {
                lines.append(ImportWords.keyWritten(language, keyFile, key.entries.count))
            }
        }
        return lines
    }

    /// Why an import stopped, every problem on its own line, ending with how many there were.
    public static func lines(_ failure: ScenarioImport.Failure, language: Language) -> [String] {
        switch failure {
        case .spreadsheet(let file, let error): return [said(error, file: file, language: language)]
        case .scenario(let error): return error.lines
        case .variant(let file, let base): return [ImportWords.variantRefused(language, file, base)]
        case .format(let file): return [ImportWords.scenarioFormat(language, file)]
        case .output(let error): return ["\(error)"]
        case .problems(let plan):
            var lines = plan.problems.map { $0.said(in: language) }
            lines.append(plan.problems.count == 1 ? ImportWords.oneProblem(language)
                                                  : ImportWords.problemCount(language, plan.problems.count))
            return lines
        }
    }

    /// A spreadsheet error in words.
    public static func said(_ error: SpreadsheetError, file: String, language: Language) -> String {
        switch error {
        case .unreadable(let reason): ImportWords.unreadable(language, file, reason)
        case .notASpreadsheet: ImportWords.notASpreadsheet(language, file)
        case .encryptedOrLegacy: ImportWords.encryptedOrLegacy(language, file)
        case .notUTF8: ImportWords.notUTF8(language, file)
        case .missingSheet(let name, let available):
            ImportWords.missingSheet(language, file, name, ListWording.joined(available, in: language))
        case .damaged(let part): ImportWords.damaged(language, file, part)
        }
    }
}
