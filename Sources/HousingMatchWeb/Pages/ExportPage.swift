import Foundation
import HousingMatch
import MatchExport
import Wording

/// Exporteren: the current match as CSV and XLSX, and printable lists per
/// group (for founders) and per care provider (for a care coordinator). Care
/// type and hours go into a file only when the visitor has switched on care
/// details and ticks the box on the form as well.
enum ExportPage {
    /// What the page says about names: how many the key file holds, or that there is none.
    enum Names {
        case none
        case unreadable
        case some(Int)
    }

    static func body(_ base: BaseMatch, names: Names, keyFileName: String, _ context: PageContext) -> HTML {
        guard base.result.hasMatch else {
            return "<p class=\"lead\">\(context.text(ExchangeWords.exportIntro))</p><p class=\"warning\">\(context.text(ExchangeWords.noMatch))</p>"
        }
        let scenario = base.scenario
        let namesNote = switch names {
        case .none: context.text(ExchangeWords.noKeyFile, keyFileName)
        case .unreadable: context.text(ExchangeWords.keyUnreadable, keyFileName)
        case .some(let count): context.text(ExchangeWords.namesFromKey, keyFileName, count)
        }
        let groupOptions = scenario.groups.map { group -> HTML in
            "<option value=\"groep:\(group.id.rawValue)\">\(context.text(ExchangeWords.groupList, label(group.name, group.id.rawValue)))</option>"
        }
        let providerOptions = scenario.providers.map { provider -> HTML in
            "<option value=\"aanbieder:\(provider.id.rawValue)\">\(context.text(ExchangeWords.providerList, label(provider.name, provider.id.rawValue)))</option>"
        }
        return """
            <p class="lead">\(context.text(ExchangeWords.exportIntro))</p>
            <p class="small">\(namesNote)</p>
            <section aria-labelledby="spreadsheet"><h2 id="spreadsheet">\(context.text(ExchangeWords.spreadsheetHeading))</h2>
            <p>\(context.text(ExchangeWords.spreadsheetIntro))</p>
            <form method="post" action="/exporteren/bestand" id="export-bestand">\(context.csrfField)
            \(careChoice("zorg-bestand", context))
            <p><button type="submit" name="soort" value="csv" id="download-csv">\(context.text(ExchangeWords.downloadCSV))</button>
            <button type="submit" name="soort" value="xlsx" id="download-xlsx">\(context.text(ExchangeWords.downloadXLSX))</button></p>
            </form></section>
            <section aria-labelledby="lijsten"><h2 id="lijsten">\(context.text(ExchangeWords.listsHeading))</h2>
            <form method="post" action="/exporteren/lijst" id="export-lijst">\(context.csrfField)
            <div class="field"><label for="lijst">\(context.text(ExchangeWords.listLabel))</label>
            <select id="lijst" name="lijst">\(groupOptions)<option value="groepen">\(context.text(ExchangeWords.allGroups))</option>
            \(providerOptions)<option value="aanbieders">\(context.text(ExchangeWords.allProviders))</option></select></div>
            \(careChoice("zorg-lijst", context))
            <p><button type="submit" name="doen" value="openen" id="lijst-openen">\(context.text(ExchangeWords.openList))</button>
            <button type="submit" name="doen" value="downloaden" id="lijst-downloaden" class="secondary">\(context.text(ExchangeWords.downloadList))</button></p>
            </form></section>
            """
    }

    /// The care box, offered only to a visitor who switched care details on.
    private static func careChoice(_ id: String, _ context: PageContext) -> HTML {
        guard context.showsCare else { return "<p class=\"small\">\(context.text(ExchangeWords.careSwitchFirst))</p>" }
        return """
            <p><input type="checkbox" id="\(id)" name="zorggegevens" value="1">
            <label for="\(id)">\(context.text(ExchangeWords.withCare))</label></p>
            """
    }

    private static func label(_ name: String, _ id: String) -> String {
        name.isEmpty || name == id ? id : "\(name) (\(id))"
    }

    // MARK: The printable list in the browser

    /// A printable list as this server shows it: the same document, its style sheet
    /// served as a file (the pages' security policy allows no style inside a page).
    static func shown(_ document: PrintDocument) -> String {
        let html = document.html
        guard let start = html.range(of: "<style>"), let end = html.range(of: "</style>", range: start.upperBound..<html.endIndex)
        else { return html }
        return html.replacingCharacters(in: start.lowerBound..<end.upperBound,
                                        with: "<link rel=\"stylesheet\" href=\"/static/lijst.css\">")
    }

    /// The printable lists' style sheet, as their files carry it inside.
    static let listStyleSheet: String = {
        let html = PrintDocument(title: "", language: .nl, sections: []).html
        guard let start = html.range(of: "<style>"), let end = html.range(of: "</style>", range: start.upperBound..<html.endIndex)
        else { return "" }
        return String(html[start.upperBound..<end.lowerBound])
    }()
}
