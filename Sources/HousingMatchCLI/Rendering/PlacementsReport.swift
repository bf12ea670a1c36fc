import HousingMatch
import Wording

/// The `table` report of `placements`: a care provider's clients per group,
/// its load, households of its care types left out, and where one more place
/// would house someone. Households by id and care type only.
struct PlacementsReport {
    let scenario: Scenario
    let placements: ProviderPlacements
    let seconds: Double
    /// The language of the words (`--lang`); JSON stays English.
    var language: Language = .en

    func render() -> String {
        let words = AnalysisReportWords.self
        let p = placements
        var sections: [String] = []
        let towns = p.towns.isEmpty ? words.everyTown(language) : p.towns.joined(separator: ", ")
        var head = words.providerHead(language, p.provider.rawValue, p.name, p.careTypes.map(careType).joined(separator: ", "), towns)
        if p.neverServes != nil, let never = p.neverServesSentence {
            // "6–5 clients per site" reads as a typo; say what the numbers mean instead.
            head += words.neverServes(language, p.capacity, never.text(in: language))
        } else {
            head += words.load(language, p.minClientsPerSite, p.maxClientsPerSite, p.load, p.capacity)
        }
        if p.baseStatus != .optimal { head += words.notProvenBest(language, p.baseStatus.rawValue) }
        sections.append(head)

        if p.placements.isEmpty {
            sections.append(words.noClients(language))
        } else {
            var table = TextTable([words.columnGroup(language), words.columnSite(language), words.columnTown(language),
                                   words.columnClients(language), words.columnByCareType(language)])
            for placement in p.placements {
                table.add([placement.group.rawValue, placement.site.rawValue, placement.town, "\(placement.total)",
                           placement.clients.map { "\($0.clients) × \(careType($0.careType))" }.joined(separator: ", ")])
            }
            sections.append(words.clientsPlaced(language) + "\n" + table.render())
        }

        if p.unplaced.isEmpty {
            sections.append(words.everyoneHoused(language))
        } else {
            sections.append(words.leftOut(language, p.unplaced.count) + "\n" + p.unplaced.map {
                "  \($0.seeker) (\(careType($0.careType))): \($0.text(in: language))"
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
                table.add([effect.change.sentence(in: scenario).text(in: language),
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

    /// A care type code in English, the words of care in Dutch ("ouderenzorg").
    private func careType(_ code: CareType) -> String {
        language == .en ? code : DomainWords.careTypeShort(code, in: language)
    }
}
