/// One group at one site with its members and care arrangement: a column of
/// the column-generation master programme.
///
/// Every rule of MODEL.md but three holds inside a column (sizes, founders,
/// fit, together and apart, composition, care per site); the master keeps the
/// rest: each household, site and group used at most once, and each provider's
/// capacity. Positions refer to the scenario's arrays.
struct ConfigurationColumn: Sendable, Hashable {
    /// Care of one type given by one provider to this group's members.
    struct Care: Sendable, Hashable {
        let provider: Int
        let careType: CareType
        let clients: Int
    }

    let group: Int
    let site: Int
    /// Member positions, ascending.
    let members: [Int]
    let care: [Care]
    /// The first objective's value of the column: Σ priority over its members.
    let housed: Double

    /// How many members `provider` serves here.
    func clients(of provider: Int) -> Int {
        care.reduce(0) { $0 + ($1.provider == provider ? $1.clients : 0) }
    }

    /// Providers serving at least one member, ascending, each once.
    var providers: [Int] { Array(Set(care.filter { $0.clients > 0 }.map(\.provider))).sorted() }

    /// The group as it appears in a match.
    func formedGroup(in scenario: Scenario) -> FormedGroup {
        FormedGroup(id: scenario.groups[group].id, site: scenario.sites[site].id,
                    members: members.map { scenario.seekers[$0].id },
                    care: care.filter { $0.clients > 0 }.map {
                        CareArrangement(provider: scenario.providers[$0.provider].id, careType: $0.careType,
                                        clients: $0.clients)
                    })
    }
}
