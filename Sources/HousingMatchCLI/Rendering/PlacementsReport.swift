import HousingMatch

/// The `table` report of `placements`: a care provider's clients per group,
/// its load, households of its care types left out, and where one more place
/// would house someone. Households by id and care type only.
struct PlacementsReport {
    let scenario: Scenario
    let placements: ProviderPlacements
    let seconds: Double

    func render() -> String {
        let p = placements
        var sections: [String] = []
        let towns = p.towns.isEmpty ? "every town" : p.towns.joined(separator: ", ")
        var head = "\(p.provider) \(p.name) (\(p.careTypes.joined(separator: ", ")); \(towns); "
        if let never = p.neverServes {
            // "6–5 clients per site" reads as a typo; say what the numbers mean instead.
            head += "\(p.capacity) places): can never serve a group: \(never)."
        } else {
            head += "\(p.minClientsPerSite)–\(p.maxClientsPerSite) clients per site): "
                + "\(p.load) of \(p.capacity) places used in the best match."
        }
        if p.baseStatus != .optimal { head += " (\(p.baseStatus.rawValue): not proven best)" }
        sections.append(head)

        if p.placements.isEmpty {
            sections.append("No clients placed.")
        } else {
            var table = TextTable(["group", "site", "town", "clients", "by care type"])
            for placement in p.placements {
                table.add([placement.group.rawValue, placement.site.rawValue, placement.town, "\(placement.total)",
                           placement.clients.map { "\($0.clients) × \($0.careType)" }.joined(separator: ", ")])
            }
            sections.append("Clients placed:\n" + table.render())
        }

        if p.unplaced.isEmpty {
            sections.append("Every household of its care types in its towns is housed.")
        } else {
            sections.append("Households of its care types left out (\(p.unplaced.count)):\n" + p.unplaced.map {
                "  \($0.seeker) (\($0.careType)): \($0.reason)"
            }.joined(separator: "\n"))
        }

        if p.extraPlaces.isEmpty {
            sections.append("No single extra care place here, or dwelling in its towns, houses anyone more "
                            + "(\(p.tried.count) changes tried in \(Format.seconds(seconds))\(p.complete ? "" : ", stopped early")).")
        } else {
            var table = TextTable(["change", "households", "of its care types", "who"])
            for extra in p.extraPlaces {
                let effect = extra.effect
                table.add([effect.change.description(in: scenario),
                           (effect.proven ? "+" : "at least +") + "\(effect.householdsGain)",
                           TrialWording.ids(extra.clients),
                           TrialWording.ids(effect.newlyHoused)
                               + (effect.noLongerHoused.isEmpty ? "" : "; not " + TrialWording.ids(effect.noLongerHoused))])
            }
            sections.append("Where one more place would house someone (\(p.tried.count) changes tried in "
                            + "\(Format.seconds(seconds))\(p.complete ? "" : ", stopped early")):\n" + table.render())
        }
        return sections.joined(separator: "\n\n")
    }
}
