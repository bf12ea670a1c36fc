import HTMLRendering
import HousingMatch
import Wording

/// The printable lists of a match: per group for a founders' meeting, per care
/// provider for a care coordinator. Care type and hours appear only with care
/// details; households by name (with a key file) or by id.
public struct PrintableLists: Sendable {
    public let rows: MatchRows

    public init(_ rows: MatchRows) {
        self.rows = rows
    }

    private var options: ExportOptions { rows.options }
    private var scenario: Scenario { rows.scenario }

    // MARK: Documents

    /// The founders' list of one group (one that does not form says so, with where its founders stand).
    public func groupDocument(_ id: GroupID) -> PrintDocument? {
        guard let section = groupSection(id) else { return nil }
        let group = scenario.groups.first { $0.id == id }
        return PrintDocument(title: options.text(ExportWords.groupListTitle, group?.displayName ?? id.rawValue),
                             language: options.language, sections: [section])
    }

    /// The coordinator's list of one provider.
    public func providerDocument(_ id: ProviderID) -> PrintDocument? {
        guard let provider = scenario.providers.first(where: { $0.id == id }) else { return nil }
        return PrintDocument(title: options.text(ExportWords.providerListTitle, provider.displayName),
                             language: options.language, sections: [providerSection(provider)])
    }

    /// Several lists in one file, a page each.
    public func combined(title: String, groups: [GroupID], providers: [ProviderID]) -> PrintDocument {
        let sections = groups.compactMap(groupSection)
            + providers.compactMap { id in scenario.providers.first { $0.id == id } }.map(providerSection)
        return PrintDocument(title: title, language: options.language, sections: sections)
    }

    // MARK: A group

    func groupSection(_ id: GroupID) -> String? {
        if let formed = rows.groups.first(where: { $0.group.id == id }) { return formedSection(formed) }
        guard let group = rows.groupsNotFormed.first(where: { $0.id == id }) else { return nil }
        return notFormedSection(group)
    }

    private func formedSection(_ entry: MatchRows.GroupRows) -> String {
        let numbers = options.numbers
        let site = entry.site
        var dwellings = options.text(ExportWords.dwellingsLine, numbers.number(Double(site.units)),
                                     numbers.number(Double(site.accessibleUnits)))
        if site.commonRoom { dwellings += ", " + options.text(ExportWords.commonRoomLine) }
        let providerIDs = Array(Set(entry.formed.care.filter { $0.clients > 0 }.map(\.provider))).sorted { $0.rawValue < $1.rawValue }
        let providerText: String
        if providerIDs.isEmpty {
            providerText = escape(options.text(ExportWords.noProvider))
        } else {
            providerText = providerIDs.map { id -> String in
                let provider = scenario.providers.first { $0.id == id }
                var text = named(provider?.displayName ?? id.rawValue, id.rawValue)
                if options.withCareDetails {
                    let counts = entry.formed.care.filter { $0.provider == id && $0.clients > 0 }.map {
                        options.text(ProviderWords.typeCount, $0.clients, DomainWords.careType($0.careType, in: options.language))
                    }
                    text += escape(": " + ListWording.joined(counts, in: options.language))
                }
                return text
            }.joined(separator: "<br>")
        }
        let facts = [
            (options.text(ExportWords.site), named(site.displayName, site.id.rawValue) + escape(" – " + site.municipality)),
            (options.text(CommonWords.rent), escape(options.text(ExportWords.rentLine, numbers.euros(site.rent)))),
            (options.text(CommonWords.dwellings), escape(dwellings)),
            (options.text(ExportWords.provider), providerText),
            (options.text(CommonWords.members), escape(options.text(ExportWords.memberCount, entry.rows.count))),
        ]
        let seekers = Dictionary(scenario.seekers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let values = Set(entry.group.values)
        let body = entry.rows.enumerated().map { index, row -> String in
            let seeker = seekers[row.household]
            var brings: [String] = []
            if let seeker {
                brings.append(ListWording.joined(seeker.generations.map { DomainWords.generation($0, in: options.language) },
                                                 in: options.language))
                if seeker.supportHours > 0 {
                    brings.append(options.text(ExportWords.supportOffered, numbers.number(seeker.supportHours)))
                }
                let shared = seeker.tags.filter(values.contains)
                if !shared.isEmpty { brings.append(options.text(ExportWords.sharedValues, ListWording.joined(shared, in: options.language))) }
            }
            return "<tr><td class=\"number\">\(index + 1)</td><td class=\"household\">\(who(row))</td><td>\(escape(brings.joined(separator: "; ")))</td>"
                + (options.withCareDetails ? "<td>\(escape(careText(row)))</td>" : "")
                + "<td class=\"write\"></td></tr>"
        }.joined(separator: "\n")
        let heads = [ExportWords.number, ExportWords.household, ExportWords.brings]
            + (options.withCareDetails ? [CommonWords.care] : []) + [ExportWords.notes]
        return """
            <section class="list">
            <h1>\(escape(options.text(ExportWords.groupListTitle, entry.group.displayName))) <span class="code">(\(escape(entry.group.id.rawValue)))</span></h1>
            <p class="lead">\(escape(options.text(ExportWords.groupListLead, scenario.name)))</p>
            \(factList(facts))
            <table>
            <thead><tr>\(heads.map { "<th scope=\"col\">\(escape(options.text($0)))</th>" }.joined())</tr></thead>
            <tbody>
            \(body)
            </tbody>
            </table>
            \(careNote)
            </section>
            """
    }

    private func notFormedSection(_ group: Group) -> String {
        let byID = Dictionary(rows.rows.map { ($0.household, $0) }, uniquingKeysWith: { first, _ in first })
        let founders = group.founders.compactMap { byID[$0] }
        let table: String
        if founders.isEmpty {
            table = "<p>\(escape(options.text(ExportWords.noFounders)))</p>"
        } else {
            let body = founders.enumerated().map { index, row in
                "<tr><td class=\"number\">\(index + 1)</td><td class=\"household\">\(who(row))</td>"
                    + "<td>\(escape(row.group.map { options.text(ExportWords.siteLine, $0.displayName, row.site?.displayName ?? "") } ?? row.reason ?? ""))</td>"
                    + "<td class=\"write\"></td></tr>"
            }.joined(separator: "\n")
            table = """
                <table>
                <thead><tr>\([ExportWords.number, ExportWords.household, ExportWords.reason, ExportWords.notes]
                    .map { "<th scope=\"col\">\(escape(options.text($0)))</th>" }.joined())</tr></thead>
                <tbody>
                \(body)
                </tbody>
                </table>
                """
        }
        return """
            <section class="list">
            <h1>\(escape(options.text(ExportWords.notFormedTitle, group.displayName))) <span class="code">(\(escape(group.id.rawValue)))</span></h1>
            <p class="lead">\(escape(options.text(ExportWords.groupListLead, scenario.name)))</p>
            <p>\(escape(options.text(ExportWords.notFormedLead)))</p>
            \(table)
            \(careNote)
            </section>
            """
    }

    // MARK: A provider

    func providerSection(_ provider: CareProvider) -> String {
        let numbers = options.numbers
        let served = rows.groups.filter { entry in entry.formed.care.contains { $0.provider == provider.id && $0.clients > 0 } }
        let load = served.flatMap(\.formed.care).filter { $0.provider == provider.id }.reduce(0) { $0 + $1.clients }
        let towns = provider.municipalities.isEmpty ? options.text(CommonWords.anyTown)
            : ListWording.joined(provider.municipalities, in: options.language)
        let facts = [
            (options.text(CommonWords.towns), escape(towns)),
            (options.text(CommonWords.capacity),
             escape(options.text(ExportWords.providerLoad, numbers.number(Double(load)), numbers.number(Double(provider.capacity))))),
        ]
        var parts: [String] = []
        for entry in served {
            let clients = entry.rows.filter { row in row.providers.contains { $0.id == provider.id } }
            let own = entry.formed.care.filter { $0.provider == provider.id }.reduce(0) { $0 + $1.clients }
            var shared = ""
            if clients.count > own {
                let others = Set(clients.flatMap(\.providers).filter { $0.id != provider.id }.map(\.displayName)).sorted()
                shared = "<p class=\"note\">\(escape(options.text(ExportWords.sharedCare, ListWording.joined(others, in: options.language), own, clients.count)))</p>"
            }
            let body = clients.enumerated().map { index, row in
                "<tr><td class=\"number\">\(index + 1)</td><td class=\"household\">\(who(row))</td>"
                    + (options.withCareDetails ? "<td>\(escape(careText(row)))</td>" : "")
                    + "<td class=\"write\"></td></tr>"
            }.joined(separator: "\n")
            let heads = [ExportWords.number, ExportWords.client] + (options.withCareDetails ? [CommonWords.care] : []) + [ExportWords.notes]
            parts.append("""
                <h2>\(escape(entry.group.displayName)) <span class="code">(\(escape(entry.group.id.rawValue)))</span></h2>
                <p>\(named(entry.site.displayName, entry.site.id.rawValue))\(escape(" – " + entry.site.municipality))</p>
                <table>
                <thead><tr>\(heads.map { "<th scope=\"col\">\(escape(options.text($0)))</th>" }.joined())</tr></thead>
                <tbody>
                \(body)
                </tbody>
                </table>
                \(shared)
                """)
        }
        if parts.isEmpty { parts.append("<p>\(escape(options.text(ExportWords.providerNoClients)))</p>") }
        return """
            <section class="list">
            <h1>\(escape(options.text(ExportWords.providerListTitle, provider.displayName))) <span class="code">(\(escape(provider.id.rawValue)))</span></h1>
            <p class="lead">\(escape(options.text(ExportWords.providerListLead, scenario.name)))</p>
            \(factList(facts))
            \(parts.joined(separator: "\n"))
            \(careNote)
            </section>
            """
    }

    // MARK: Pieces

    /// A household as the list shows it: the name large with the id under it, or the id large.
    private func who(_ row: HouseholdRow) -> String {
        let founder = row.isFounder ? " <span class=\"founder\">(\(escape(options.text(ExportWords.founder))))</span>" : ""
        if let name = row.name, !name.isEmpty {
            return "<span class=\"who\">\(escape(name))</span><span class=\"who-id\">\(escape(row.household.rawValue))\(founder)</span>"
        }
        return "<span class=\"who\">\(escape(row.household.rawValue))</span>" + (founder.isEmpty ? "" : "<span class=\"who-id\">\(founder)</span>")
    }

    private func careText(_ row: HouseholdRow) -> String {
        guard let type = row.careType else { return options.text(CommonWords.careNo) }
        return options.text(ExportWords.careShort, DomainWords.careType(type, in: options.language),
                            options.numbers.number(row.careHours ?? 0))
    }

    private var careNote: String {
        "<p class=\"note\">\(escape(options.text(options.withCareDetails ? ExportWords.careShownNote : ExportWords.careHiddenNote)))</p>"
    }

    private func factList(_ facts: [(String, String)]) -> String {
        "<dl class=\"facts\">" + facts.map { "<dt>\(escape($0.0))</dt><dd>\($0.1)</dd>" }.joined() + "</dl>"
    }

    private func named(_ name: String, _ id: String) -> String {
        name == id ? escape(name) : "\(escape(name)) <span class=\"code\">(\(escape(id)))</span>"
    }

    private func escape(_ text: String) -> String { HTMLText.escape(text) }
}
