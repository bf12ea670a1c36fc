import Foundation
import HousingMatch
import SpreadsheetImport
import Wording

/// Importeren: the upload form with its templates, and the dry run that
/// follows an upload: every problem with row, column and header, or what
/// would change, with the button that applies it.
enum ImportPage {
    /// How many added or updated entries are listed one by one.
    static let listed = 50

    /// The upload form; `warning` above it when an upload could not be read.
    static func form(keyFileName: String, warning: String? = nil, _ context: PageContext) -> HTML {
        let warningHTML: HTML = warning.map { "<p class=\"warning\" role=\"alert\" id=\"import-fout\">\($0)</p>" } ?? .empty
        let sides = ImportSide.allCases.map { side -> HTML in
            "<option value=\"\(side.rawValue)\">\(capitalized(context.text(side.words)))</option>"
        }
        let templates = ImportSide.allCases.map { side -> HTML in
            "<li><a href=\"/gegevens/sjabloon/\(side.rawValue)\" download>\(context.text(ExchangeWords.templateLink, context.text(side.words)))</a></li>"
        }
        return """
            <p class="lead">\(context.text(ExchangeWords.importIntro))</p>
            \(warningHTML)
            <form method="post" action="/gegevens/importeren" enctype="multipart/form-data" class="edit-form" id="import-formulier">
            \(context.csrfField)
            <div class="field"><label for="bestand">\(context.text(ExchangeWords.fileLabel))</label>
            <input type="file" id="bestand" name="bestand" required
             accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"></div>
            <div class="field"><label for="soort">\(context.text(ExchangeWords.sideLabel))</label>
            <select id="soort" name="soort"><option value="">\(context.text(ExchangeWords.sideDetect))</option>\(sides)</select></div>
            <div class="field"><label for="blad">\(context.text(ExchangeWords.sheetLabel))</label>
            <input type="text" id="blad" name="blad" autocomplete="off"></div>
            <p><button type="submit" id="controleer">\(context.text(ExchangeWords.dryRunButton))</button>
            <a href="/gegevens">\(context.text(ExchangeWords.cancel))</a></p>
            </form>
            <p class="small">\(context.text(ExchangeWords.namesNote, keyFileName))</p>
            <section aria-labelledby="sjablonen"><h2 id="sjablonen">\(context.text(ExchangeWords.templates))</h2>
            <p>\(context.text(ExchangeWords.templatesIntro))</p><ul>\(templates)</ul></section>
            """
    }

    /// Every problem of a sheet that cannot be imported, in a table: row, column, header, what is wrong.
    static func problems(_ plan: ImportPlan, fileName: String, keyFileName: String, _ context: PageContext) -> HTML {
        let rows = plan.problems.map { problem -> HTML in
            let what = problem.message.key == ImportWords.sideUnknown.key
                ? context.text(ExchangeWords.sideUnknown)
                : problem.message.said(in: context.language, values: problem.values)
            return """
                <tr><td class="number">\(problem.row.map(String.init) ?? "")</td><td>\(problem.columnLetters ?? "")</td>\
                <td>\(problem.header ?? "")</td><td>\(what)</td></tr>
                """
        }
        return """
            <p class="warning" role="alert">\(context.text(ExchangeWords.problemsFound))</p>
            <div class="table-scroll" role="region" tabindex="0" aria-label="\(context.text(ExchangeWords.problemCount, plan.problems.count))">
            <table class="data import-problems" id="import-problemen">
            <caption>\(context.text(ExchangeWords.problemCount, plan.problems.count))</caption>
            <thead><tr><th scope="col">\(context.text(ExchangeWords.row))</th><th scope="col">\(context.text(ExchangeWords.column))</th>
            <th scope="col">\(context.text(ExchangeWords.header))</th><th scope="col">\(context.text(ExchangeWords.problem))</th></tr></thead>
            <tbody>\(rows)</tbody></table></div>
            <h2>\(context.text(ExchangeWords.importTitle))</h2>
            \(form(keyFileName: keyFileName, context))
            """
    }

    /// What the import would change, and the forms to apply it or not.
    static func changes(_ plan: ImportPlan, token: String, stamp: String, keyFileName: String,
                        _ context: PageContext) -> HTML {
        let sideWords = plan.side.map { context.text($0.words) } ?? ""
        let added = plan.changes.filter { $0.kind == .added }
        let updated = plan.changes.compactMap { change -> (ImportChange, [String])? in
            if case .updated(let fields) = change.kind { return (change, fields) }
            return nil
        }
        let unchanged = plan.changes.filter { $0.kind == .unchanged }
        var parts: [HTML] = [
            "<p class=\"notice\" role=\"status\">\(context.text(ExchangeWords.wouldChange))</p>",
            "<p>\(context.text(ExchangeWords.readSummary, plan.rowCount, sideWords))</p>",
        ]
        let notes = plan.notes.map { note -> HTML in "<li>\(note.said(in: context.language))</li>" }
        if !notes.isEmpty { parts.append("<ul class=\"small\">\(notes)</ul>") }
        if !plan.changesScenario {
            parts.append("<p>\(context.text(ExchangeWords.nothingWouldChange))</p>")
        }
        if !added.isEmpty {
            let items = added.prefix(listed).map { change -> HTML in
                "<li>\(entity(change, context)) <span class=\"small\">(\(context.text(ExchangeWords.rowOf, change.row)))</span></li>"
            }
            parts.append("""
                <section aria-labelledby="nieuw"><h2 id="nieuw">\(context.text(ExchangeWords.addedHeading, added.count))</h2>
                <ul id="import-nieuw">\(items)\(more(added.count, context))</ul></section>
                """)
        }
        if !updated.isEmpty {
            let items = updated.prefix(listed).map { change, fields -> HTML in
                let said = context.text(ExchangeWords.fieldsChanged, change.row, ListWording.joined(fields, in: context.language))
                return "<li>\(entity(change, context)) \(said)</li>"
            }
            parts.append("""
                <section aria-labelledby="bijgewerkt"><h2 id="bijgewerkt">\(context.text(ExchangeWords.updatedHeading, updated.count))</h2>
                <ul id="import-bijgewerkt">\(items)\(more(updated.count, context))</ul></section>
                """)
        }
        if !unchanged.isEmpty {
            parts.append("<p>\(context.text(ExchangeWords.unchangedLine, "\(unchanged.count) \(sideWords)"))</p>")
        }
        if plan.freshIDs > 0 {
            parts.append("<p class=\"small\">\(context.text(ExchangeWords.newNames, plan.freshIDs, keyFileName))</p>")
        }
        parts.append("""
            <form method="post" action="/gegevens/importeren/toepassen" class="inline">\(context.csrfField)
            <input type="hidden" name="concept" value="\(token)"><input type="hidden" name="stempel" value="\(stamp)">
            <button type="submit" id="toepassen">\(context.text(ExchangeWords.apply))</button></form>
            <a href="/gegevens/importeren">\(context.text(ExchangeWords.cancel))</a>
            """)
        return HTML.joined(parts, separator: "\n")
    }

    /// A changed entity by its id: households by their pseudonymous id only, never a name.
    private static func entity(_ change: ImportChange, _ context: PageContext) -> HTML {
        "<span class=\"code\">\(change.id)</span>"
    }

    private static func more(_ count: Int, _ context: PageContext) -> HTML {
        count > listed ? "<li>\(context.text(ExchangeWords.more, count - listed))</li>" : .empty
    }

    static func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
