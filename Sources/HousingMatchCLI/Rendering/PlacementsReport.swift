import HousingMatch
import Wording

/// The `table` report of `placements`: a care provider's clients per group,
/// its load, households of its care types left out, and where one more place
/// would house someone. Households by id only; their care type (and the clients
/// per care type in a group) only with `--with-care-details`. The provider's own
/// care types, what it serves, are always said.
struct PlacementsReport {
    let scenario: Scenario
    let placements: ProviderPlacements
    let seconds: Double
    /// The language of the words (`--lang`); JSON stays English.
    var language: Language = .en
    /// Whether households' care types are shown (`--with-care-details`).
    var showsCare = false

    func render() -> String {
        let words = AnalysisReportWords.self
        let care = CareWording(scenario: scenario, language: language, showsCare: showsCare)
        let p = placements
        var sections: [String] = []
        let towns = p.towns.isEmpty ? words.everyTown(language) : p.towns.joined(separator: ", ")
        var head = words.providerHead(language, p.provider.rawValue, p.name, p.careTypes.map(care.servedCareType).joined(separator: ", "), towns)
        if p.neverServes != nil, let never = p.neverServesSentence {
            // "6–5 clients per site" reads as a typo; say what the numbers mean instead.
            head += words.neverServes(language, p.capacity, care.say(never))
        } else {
            head += words.load(language, p.minClientsPerSite, p.maxClientsPerSite, p.load, p.capacity)
        }
        if p.baseStatus != .optimal { head += words.notProvenBest(language, p.baseStatus.rawValue) }
        sections.append(head)

        if p.placements.isEmpty {
            sections.append(words.noClients(language))
        } else {
            // Clients per care type within one group point at its members: only with care details.
            var table = TextTable([words.columnGroup(language), words.columnSite(language), words.columnTown(language),
                                   words.columnClients(language)] + (showsCare ? [words.columnByCareType(language)] : []))
            for placement in p.placements {
                table.add([placement.group.rawValue, placement.site.rawValue, placement.town, "\(placement.total)"]
                          + (showsCare ? [placement.clients.map { "\($0.clients) × \(care.careType($0.careType))" }
                                .joined(separator: ", ")] : []))
            }
            sections.append(words.clientsPlaced(language) + "\n" + table.render())
        }

        if p.unplaced.isEmpty {
            sections.append(words.everyoneHoused(language))
        } else {
            sections.append(words.leftOut(language, p.unplaced.count) + "\n" + p.unplaced.map {
                "  \($0.seeker)" + (showsCare ? " (\(care.careType($0.careType)))" : "") + ": \(care.say($0))"
            }.joined(separator: "\n"))
        }

        let tried = words.changesTriedIn(language, p.tried.count, LanguageFormat(language).seconds(seconds))
            + (p.complete ? "" : words.stoppedEarly(language))
        if p.extraPlaces.isEmpty {
            sections.append(words.noExtraPlace(language, tried))
        } else {
            var table = TextTable([words.columnChange(language), words.columnHouseholds(language),
                                   words.columnOfItsTypes(language), words.columnWho(language)])
            for extra in p.extraPlaces {
                let effect = extra.effect
                let who = effect.noLongerHoused.isEmpty ? ids(effect.newlyHoused)
                    : words.notAnyMore(language, ids(effect.newlyHoused), ids(effect.noLongerHoused))
                table.add([care.say(effect.change.sentence(in: scenario)),
                           effect.proven ? "+\(effect.householdsGain)" : words.atLeastGain(language, effect.householdsGain),
                           ids(extra.clients), who])
            }
            sections.append(words.wherePlace(language, tried) + "\n" + table.render())
        }
        return sections.joined(separator: "\n\n")
    }

    /// The first few ids and how many more: "h1, h2 and 3 more" / "h1, h2 en nog 3".
    private func ids(_ seekers: [SeekerID]) -> String {
        guard language != .en else { return TrialWording.ids(seekers) }
        let shown = seekers.prefix(TrialWording.shownHouseholds).map { Sentence.Value.plain($0.rawValue) }
        return Sentence.Value.commas(shown, more: seekers.count - shown.count).text(in: language)
    }
}
