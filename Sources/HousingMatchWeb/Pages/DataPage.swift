import Foundation
import HousingMatch
import Wording

/// Gegevens: the scenario's households, groups, sites and providers in tables,
/// a side at a time, searchable and in pages of 50 for a whole region; each
/// entry with its form; the history of saves with undo; and the place where
/// import and export will come.
enum DataPage {
    static let pageSize = 50

    struct Request {
        var side: DataSide = .households
        var search = ""
        var page = 1
        /// A notice after a save or an undo, above the tables.
        var notice: HTML?
    }

    static func body(_ scenario: Scenario?, stamp: String, history: [HistoryEntry], request: Request,
                     _ context: PageContext) -> HTML {
        var parts: [HTML] = ["<p class=\"lead\">\(context.text(DataWords.intro))</p>"]
        if let notice = request.notice { parts.append(notice) }
        if let scenario {
            parts.append(tabs(scenario, current: request.side, context))
            parts.append(table(scenario, request, context))
        }
        parts.append(historySection(history, stamp: stamp, side: request.side, context))
        parts.append("""
            <section aria-labelledby="import-export" class="no-print" id="import-export-plek">
            <h2 id="import-export">\(context.text(DataWords.importExport))</h2>
            <p class="small">\(context.text(ExchangeWords.dataSectionIntro))</p>
            <p><a class="button" href="/gegevens/importeren" id="naar-importeren">\(context.text(ExchangeWords.openImport))</a>
            <a class="button secondary" href="/exporteren">\(context.text(ExchangeWords.openExport))</a></p></section>
            """)
        return HTML.joined(parts, separator: "\n")
    }

    private static func tabs(_ scenario: Scenario, current: DataSide, _ context: PageContext) -> HTML {
        let items = DataSide.allCases.map { side -> HTML in
            let mark: HTML = side == current ? " aria-current=\"page\"" : .empty
            let count = side.schema.ids(scenario).count
            return "<li><a href=\"/gegevens?tab=\(side.rawValue)\"\(mark)>\(context.text(side.plural)) <span class=\"count\">(\(count))</span></a></li>"
        }
        return "<nav class=\"tabs no-print\" aria-label=\"\(context.text(DataWords.sections))\"><ul>\(items)</ul></nav>"
    }

    private static func table(_ scenario: Scenario, _ request: Request, _ context: PageContext) -> HTML {
        let side = request.side
        let links = EntityLinks(scenario, context)
        let (header, allRows) = rows(side, scenario, links, context)
        let needle = request.search.lowercased()
        let matching = needle.isEmpty ? allRows : allRows.filter { $0.searchText.contains(needle) }
        let pageCount = max(1, (matching.count + pageSize - 1) / pageSize)
        let page = min(max(1, request.page), pageCount)
        let shown = matching.dropFirst((page - 1) * pageSize).prefix(pageSize)
        let showAll: HTML = needle.isEmpty ? .empty : " <a href=\"/gegevens?tab=\(side.rawValue)\">\(context.text(DataWords.showAll))</a>"
        let filter: HTML = """
            <form method="get" action="/gegevens" class="filter no-print" role="search">
            <input type="hidden" name="tab" value="\(side.rawValue)">
            <label for="zoek">\(context.text(DataWords.filterLabel))</label>
            <input type="search" id="zoek" name="zoek" value="\(request.search)">
            <button type="submit">\(context.text(DataWords.filterButton))</button>\(showAll)
            </form>
            """
        let add: HTML = "<p class=\"no-print\"><a class=\"button\" href=\"/gegevens/nieuw/\(side.segment)\">\(context.text(DataWords.add, context.text(side.singular).lowercased()))</a></p>"
        let body: HTML
        if shown.isEmpty {
            body = "<p>\(context.text(DataWords.nothingFound))</p>"
        } else {
            let first = (page - 1) * pageSize + 1
            let range: HTML = "<p class=\"small\">\(context.text(DataWords.shownRange, first, first + shown.count - 1, matching.count))</p>"
            body = """
                \(range)
                <div class="table-scroll" role="region" tabindex="0" aria-labelledby="tabel">
                <table class="data data-\(side.rawValue)"><thead><tr>\(header)<th scope="col" class="no-print"><span class="visually-hidden">\(context.text(DataWords.actions))</span></th></tr></thead>
                <tbody>\(shown.map(\.html))</tbody></table></div>
                \(pager(side, request.search, page: page, of: pageCount, context))
                """
        }
        return """
            <section aria-labelledby="tabel"><h2 id="tabel">\(context.text(side.plural))</h2>
            \(filter)\(add)\(body)</section>
            """
    }

    private static func pager(_ side: DataSide, _ search: String, page: Int, of count: Int, _ context: PageContext) -> HTML {
        guard count > 1 else { return .empty }
        let query = "tab=\(side.rawValue)" + (search.isEmpty ? "" : "&zoek=\(search.addingPercentEncodingForPath)")
        var items: [HTML] = []
        if page > 1 { items.append("<li><a href=\"/gegevens?\(query)&pagina=\(page - 1)\" rel=\"prev\">\(context.text(DataWords.previousPage))</a></li>") }
        for number in 1...count {
            let mark: HTML = number == page ? " aria-current=\"page\"" : .empty
            items.append("<li><a href=\"/gegevens?\(query)&pagina=\(number)\"\(mark)>\(number)</a></li>")
        }
        if page < count { items.append("<li><a href=\"/gegevens?\(query)&pagina=\(page + 1)\" rel=\"next\">\(context.text(DataWords.nextPage))</a></li>") }
        return "<nav class=\"pager no-print\" aria-label=\"\(context.text(DataWords.pages))\"><ul>\(items)</ul></nav>"
    }

    /// The page (from 1) of the side's table on which the entry stands, to go back to after a save.
    static func page(of id: String, side: DataSide, in scenario: Scenario) -> Int {
        (side.schema.ids(scenario).firstIndex(of: id) ?? 0) / pageSize + 1
    }

    private struct Row {
        let html: HTML
        /// What the search looks in, in lower case.
        let searchText: String
    }

    private static func editCell(_ side: DataSide, _ id: String, _ context: PageContext) -> HTML {
        "<td class=\"no-print\"><a href=\"/gegevens/\(side.segment)/\(id.addingPercentEncodingForPath)\" aria-label=\"\(context.text(DataWords.editLabel, id))\">\(context.text(DataWords.edit))</a></td>"
    }

    private static func rows(_ side: DataSide, _ scenario: Scenario, _ links: EntityLinks, _ context: PageContext) -> (HTML, [Row]) {
        let numbers = context.numbers
        func yesNo(_ value: Bool) -> String { context.text(value ? CommonWords.yes : CommonWords.no) }
        func towns(_ list: [String]) -> String { list.isEmpty ? context.text(CommonWords.anyTown) : list.joined(separator: ", ") }
        func col(_ message: Message, numeric: Bool = false) -> HTML {
            "<th scope=\"col\"\(numeric ? HTML(trusted: " class=\"num\"") : .empty)>\(context.text(message))</th>"
        }
        switch side {
        case .households:
            let care: HTML = context.showsCare ? col(CommonWords.care) : .empty
            let header: HTML = "\(col(CommonWords.id))\(col(CommonWords.generations))\(care)\(col(DataWords.accessible))\(col(CommonWords.maxRent, numeric: true))\(col(CommonWords.towns))\(col(DataWords.preferences))\(col(DataWords.priority, numeric: true))"
            let rows = scenario.seekers.map { seeker -> Row in
                let id = seeker.id.rawValue
                let careCell: HTML = context.showsCare
                    ? "<td>\(seeker.care.map { links.careWords($0) } ?? context.text(CommonWords.careNo))</td>" : .empty
                let generations = seeker.generations.map { DomainWords.generation($0, in: context.language) }.joined(separator: ", ")
                let rent = seeker.maxRent.map { numbers.euros($0) } ?? context.text(DataWords.noLimit)
                let preferences = HTML.joined(seeker.preferences.map { links.group($0) }, separator: ", ")
                let html: HTML = """
                    <tr id="rij-\(id.addingPercentEncodingForPath)"><th scope="row"><a href="/huishouden/\(id.addingPercentEncodingForPath)">\(id)</a></th>
                    <td>\(generations)</td>\(careCell)<td>\(yesNo(seeker.needsAccessible))</td><td class="num">\(rent)</td>
                    <td>\(towns(seeker.municipalities))</td><td>\(preferences)</td><td class="num">\(numbers.number(seeker.priority))</td>\(editCell(side, id, context))</tr>
                    """
                var search = [id] + seeker.municipalities + seeker.generations + seeker.tags
                if context.showsCare, let care = seeker.care { search.append(care.type) }
                return Row(html: html, searchText: search.joined(separator: " ").lowercased())
            }
            return (header, rows)
        case .groups:
            let header: HTML = "\(col(CommonWords.group))\(col(CommonWords.towns))\(col(DataWords.size, numeric: true))\(col(DataWords.founders))\(col(DataWords.mustForm))\(col(DataWords.needsCommonRoom))"
            let rows = scenario.groups.map { group -> Row in
                let id = group.id.rawValue
                let founders = HTML.joined(group.founders.map { "<a href=\"/huishouden/\($0.rawValue.addingPercentEncodingForPath)\">\($0.rawValue)</a>" }, separator: ", ")
                let html: HTML = """
                    <tr id="rij-\(id.addingPercentEncodingForPath)"><th scope="row">\(links.group(group.id))</th><td>\(towns(group.municipalities))</td>
                    <td class="num">\(group.minSize)–\(group.maxSize)</td><td>\(founders)</td><td>\(yesNo(group.mustForm))</td>
                    <td>\(yesNo(group.needsCommonRoom))</td>\(editCell(side, id, context))</tr>
                    """
                return Row(html: html, searchText: ([id, group.name] + group.municipalities + group.values).joined(separator: " ").lowercased())
            }
            return (header, rows)
        case .sites:
            let header: HTML = "\(col(CommonWords.site))\(col(CommonWords.town))\(col(CommonWords.dwellings, numeric: true))\(col(DataWords.accessible, numeric: true))\(col(CommonWords.rent, numeric: true))\(col(CommonWords.commonRoom))\(col(DataWords.owner))"
            let rows = scenario.sites.map { site -> Row in
                let id = site.id.rawValue
                let html: HTML = """
                    <tr id="rij-\(id.addingPercentEncodingForPath)"><th scope="row">\(links.site(site.id, withTown: false))</th><td>\(site.municipality)</td>
                    <td class="num">\(site.units)</td><td class="num">\(site.accessibleUnits)</td><td class="num">\(numbers.euros(site.rent))</td>
                    <td>\(yesNo(site.commonRoom))</td><td>\(site.owner)</td>\(editCell(side, id, context))</tr>
                    """
                return Row(html: html, searchText: [id, site.name, site.municipality, site.owner].joined(separator: " ").lowercased())
            }
            return (header, rows)
        case .providers:
            let header: HTML = "\(col(CommonWords.provider))\(col(DataWords.careTypes))\(col(CommonWords.towns))\(col(CommonWords.capacity, numeric: true))\(col(DataWords.clientsPerSite, numeric: true))"
            let rows = scenario.providers.map { provider -> Row in
                let id = provider.id.rawValue
                let types = provider.careTypes.map { DomainWords.careTypeShort($0, in: context.language) }.joined(separator: ", ")
                let html: HTML = """
                    <tr id="rij-\(id.addingPercentEncodingForPath)"><th scope="row">\(links.provider(provider.id))</th><td>\(types)</td>
                    <td>\(towns(provider.municipalities))</td><td class="num">\(provider.capacity)</td>
                    <td class="num">\(provider.minClientsPerSite)–\(provider.effectiveMaxClientsPerSite)</td>\(editCell(side, id, context))</tr>
                    """
                return Row(html: html, searchText: ([id, provider.name] + provider.municipalities + provider.careTypes).joined(separator: " ").lowercased())
            }
            return (header, rows)
        }
    }

    // MARK: History

    static let historyShown = 20

    private static func historySection(_ history: [HistoryEntry], stamp: String, side: DataSide, _ context: PageContext) -> HTML {
        guard !history.isEmpty else {
            return """
                <section aria-labelledby="geschiedenis"><h2 id="geschiedenis">\(context.text(DataWords.history))</h2>
                <p class="small">\(context.text(DataWords.commentsNote))</p>
                <p>\(context.text(DataWords.historyEmpty))</p></section>
                """
        }
        let rows = history.prefix(historyShown).map { entry -> HTML in
            """
            <tr><td>\(time(entry.savedAt, context))</td><td>\(describe(entry.change, context))</td>
            <td class="no-print"><form method="post" action="/gegevens/terugzetten" class="inline">\(context.csrfField)
            <input type="hidden" name="stempel" value="\(stamp)"><input type="hidden" name="versie" value="\(entry.version)">
            <input type="hidden" name="tab" value="\(side.rawValue)">
            <button type="submit" class="secondary small-button">\(context.text(DataWords.restore))</button></form></td></tr>
            """
        }
        return """
            <section aria-labelledby="geschiedenis"><h2 id="geschiedenis">\(context.text(DataWords.history))</h2>
            <p class="small">\(context.text(DataWords.historyIntro)) \(context.text(DataWords.commentsNote))</p>
            <form method="post" action="/gegevens/ongedaan" class="no-print">\(context.csrfField)
            <input type="hidden" name="stempel" value="\(stamp)"><input type="hidden" name="tab" value="\(side.rawValue)">
            <button type="submit" id="ongedaan">\(context.text(DataWords.undo))</button></form>
            <table class="history"><thead><tr><th scope="col">\(context.text(DataWords.when))</th>
            <th scope="col">\(context.text(DataWords.whatChanged))</th><th scope="col" class="no-print"><span class="visually-hidden">\(context.text(DataWords.actions))</span></th></tr></thead>
            <tbody>\(rows)</tbody></table></section>
            """
    }

    /// What a save changed, in one line in the visitor's language.
    static func describe(_ change: HistoryChange, _ context: PageContext) -> String {
        let side = change.side.flatMap(DataSide.init(fileKey:))
        let sideWord = side.map { context.text($0.singular) } ?? ""
        let id = change.id ?? ""
        switch change.kind {
        case .edited:
            var labels: [String] = []
            for key in change.fields {
                guard let field = side?.schema.field(key) else { continue }
                let label = field.isCare && !context.showsCare ? context.text(CommonWords.care) : context.text(field.label)
                let lowered = label.prefix(1).lowercased() + label.dropFirst()
                if !labels.contains(lowered) { labels.append(lowered) }
            }
            return labels.isEmpty ? context.text(DataWords.changedEntryRenamed, sideWord, id)
                : context.text(DataWords.changedEntry, sideWord, id, labels.joined(separator: ", "))
        case .added: return context.text(DataWords.addedEntry, sideWord, id)
        case .removed: return context.text(DataWords.removedEntry, sideWord, id)
        case .undone: return context.text(DataWords.undoneEntry, change.restoredFrom.map { time($0, context) } ?? "")
        case .restored: return context.text(DataWords.restoredEntry, change.restoredFrom.map { time($0, context) } ?? "")
        case .imported:
            return context.text(ExchangeWords.importedEntry, change.fields.count, side.map { context.text($0.plural).lowercased() } ?? "")
        }
    }

    /// "3 dec 2026 08:12:05" in the server's time zone: the visitor sits at the same machine.
    static func time(_ date: Date, _ context: PageContext) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: context.language == .nl ? "nl_NL" : "en_GB")
        formatter.dateStyle = .medium
        formatter.timeStyle = .medium
        return formatter.string(from: date)
    }
}
