/// Where a value stands, as far as its words need: the key it is written under,
/// and whether it is one item of the list under that key (`generations[0]`).
struct FieldPlace: Sendable, Equatable {
    var key: String
    var isItem: Bool
}

/// What each key of a scenario or match file holds, in the words of the people
/// who write them: "a list of generations, e.g. [senior]" says what to write
/// where "an object" or "a list" alone does not.
///
/// Keyed by the key's name and the kind of value the schema expects there, since
/// one name may mean two things (`values` of a group is a list of words, in
/// `weights` a number; `care` of a household is an object, in a match a list).
enum FieldWords {
    /// A list under a key, and one item of it.
    private struct ListWords {
        var list: String
        var item: String
    }

    private static let lists: [String: ListWords] = [
        "generations": ListWords(list: "a list of generations, e.g. [senior] or [adult, child]",
                                 item: "a generation, e.g. senior"),
        "municipalities": ListWords(list: "a list of towns, e.g. [Houten, Bunnik]", item: "a town, e.g. Houten"),
        "preferences": ListWords(list: "a list of group ids, most wanted first, e.g. [g2, g1]",
                                 item: "a group id, e.g. g2"),
        "excludes": ListWords(list: "a list of group ids, e.g. [g4]", item: "a group id, e.g. g4"),
        "together": ListWords(list: "a list of household ids, e.g. [h18]", item: "a household id, e.g. h18"),
        "apart": ListWords(list: "a list of household ids, e.g. [h30]", item: "a household id, e.g. h30"),
        "founders": ListWords(list: "a list of household ids, e.g. [h3, h8]", item: "a household id, e.g. h3"),
        "declines": ListWords(list: "a list of household ids, e.g. [h41]", item: "a household id, e.g. h41"),
        "members": ListWords(list: "a list of household ids, e.g. [h3, h8, h17]", item: "a household id, e.g. h3"),
        "tags": ListWords(list: "a list of words, e.g. [green, faith]", item: "a word, e.g. green"),
        "values": ListWords(list: "a list of words, e.g. [green, intergenerational]", item: "a word, e.g. green"),
        "careTypes": ListWords(list: "a list of care types, e.g. [VG, elderly]", item: "a care type, e.g. VG"),
        "acceptsCare": ListWords(list: "a list of care types, e.g. [elderly, VG]", item: "a care type, e.g. VG"),
        "seekers": ListWords(list: "a list of households, each with an id and generations",
                             item: "a household with an id and generations, e.g. {id: h17, generations: [senior]}"),
        "sites": ListWords(list: "a list of sites, each with an id, municipality, units and rent",
                           item: "a site with an id, municipality, units and rent"),
        "providers": ListWords(list: "a list of care providers, each with an id, careTypes and capacity",
                               item: "a care provider with an id, careTypes and capacity"),
        "unassigned": ListWords(list: "a list of households without a group, e.g. [{seeker: h40}]",
                                item: "a household without a group, e.g. {seeker: h40}"),
        "care": ListWords(list: "a list of care lines, e.g. [{provider: c1, careType: VG, clients: 3}]",
                          item: "a care line, e.g. {provider: c1, careType: VG, clients: 3}"),
    ]

    private static let objects: [String: String] = [
        "care": "a care need with a type and hours, e.g. {type: elderly, hours: 6}",
        "careShare": "shares from 0 to 1, e.g. {min: 0.2, max: 0.5}",
        "weights": "weights, e.g. {preference: 1.0, values: 0.5}",
    ]

    /// Single words and ids: what `id: [h1]` or `municipality: {}` should have been.
    private static let texts: [String: String] = [
        "id": "an id, e.g. h17", "municipality": "a town, e.g. Houten", "type": "a care type, e.g. elderly",
        "careType": "a care type, e.g. VG", "site": "a site id, e.g. s1", "provider": "a care provider id, e.g. c1",
        "seeker": "a household id, e.g. h40", "name": "a name", "owner": "a name, e.g. corporation A",
        "base": "the path of the base scenario file, e.g. utrecht-oost.yaml",
    ]

    /// An example value after a number's range: "e.g. 950".
    private static let numberExamples: [String: String] = [
        "maxRent": "950", "rent": "880", "hours": "6", "supportHours": "2", "priority": "1.5",
        "preference": "1.0", "values": "0.5", "supportRatio": "0.5", "min": "0.2", "max": "0.5",
        "minSize": "5", "maxSize": "14", "units": "12", "accessibleUnits": "4", "capacity": "10",
        "minClientsPerSite": "3", "maxClientsPerSite": "6", "minGenerations": "2", "clients": "3",
    ]

    /// What belongs at `place` in words, or `nil` when the plain words of the schema say it.
    static func expected(_ schema: KeySchema, at place: FieldPlace?) -> String? {
        guard let place else { return nil }
        if place.isItem {
            // `groups` is a list of groups in a scenario and in a match, with other keys each.
            if place.key == "groups", case .object(let keys, _) = schema {
                return keys["minSize"] != nil ? "a group with an id, minSize and maxSize"
                                                    : "a group with an id, a site and members, e.g. {id: g1, site: s1, members: [h3, h8]}"
            }
            return lists[place.key]?.item
        }
        switch schema {
        case .list(let element):
            if place.key == "groups" {
                if case .object(let keys, _) = element, keys["minSize"] != nil {
                    return "a list of groups, each with an id, minSize and maxSize"
                }
                return "a list of groups, each with an id, a site and members"
            }
            return lists[place.key]?.list
        case .object:
            return objects[place.key]
        case .scalar(.number), .scalar(.wholeNumber):
            guard let example = numberExamples[place.key] else { return nil }
            return "\(GateWords.expected(schema)), e.g. \(example)"
        case .scalar(.flag):
            return "true or false, e.g. \(place.key): true"
        case .scalar(.text), .scalar(.identifier):
            return texts[place.key]
        }
    }
}
