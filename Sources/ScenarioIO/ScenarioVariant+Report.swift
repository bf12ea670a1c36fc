import HousingMatch
import Wording

extension ScenarioVariant.Change {
    /// Keys of a seeker whose values are health details: a report names the
    /// change but not the values. The care type itself may be shown.
    static let privateSeekerKeys = ["care", "needsAccessible"]

    /// The change for a report, with the entry's name looked up in the scenarios given (first found wins).
    ///
    /// A seeker's care hours and accessibility needs stay out of the words:
    /// `seeker h3: care.hours changed` rather than the hours themselves.
    public func reported(namesFrom scenarios: [Scenario]) -> ScenarioChange {
        switch self {
        case .add(let side, let id):
            return ScenarioChange(kind: .add, entry: side.singular, id: id, name: Self.name(of: id, side, in: scenarios),
                                  sentence: sentence)
        case .remove(let side, let id):
            return ScenarioChange(kind: .remove, entry: side.singular, id: id,
                                  name: Self.name(of: id, side, in: scenarios), sentence: sentence)
        case .modify(let side, let id, let key, _, _):
            var said = sentence
            let root = String(key.prefix { $0 != "." })
            if side == .seekers, Self.privateSeekerKeys.contains(root), key != "care.type" {
                said = Sentence(AnalysisWords.fieldChanged, .sentence(Self.noun(side)), .plain(id), .plain(key))
            }
            return ScenarioChange(kind: .modify, entry: side.singular, id: id,
                                  name: Self.name(of: id, side, in: scenarios), sentence: said)
        case .weight:
            return ScenarioChange(kind: .weight, sentence: sentence)
        }
    }

    /// The change as a sentence, to say it in any language: "woonplek s8 toegevoegd".
    public var sentence: Sentence {
        switch self {
        case .add(let side, let id): Sentence(AnalysisWords.adds, .sentence(Self.noun(side)), .plain(id))
        case .remove(let side, let id): Sentence(AnalysisWords.removes, .sentence(Self.noun(side)), .plain(id))
        case .modify(let side, let id, let key, let from, let to):
            Sentence(AnalysisWords.entryField, .sentence(Self.noun(side)), .plain(id),
                     .sentence(Self.describe(key: key, from: from, to: to)))
        case .weight(let key, let from, let to): Sentence(AnalysisWords.weights, .sentence(Self.describe(key: key, from: from, to: to)))
        }
    }

    /// "capacity 12 -> 6", "capacity stays 12".
    private static func describe(key: String, from: String?, to: String?) -> Sentence {
        func value(_ written: String?) -> Sentence.Value { written.map { .plain($0) } ?? .sentence(Sentence(AnalysisWords.notSet)) }
        if from == to { return Sentence(AnalysisWords.stays, .plain(key), value(from)) }
        return Sentence(AnalysisWords.changedFromTo, .plain(key), value(from), value(to))
    }

    /// The kind of entry as a noun: "seeker" in English (as the file's side is called), "huishouden" in Dutch.
    static func noun(_ side: ScenarioVariant.Side) -> Sentence {
        switch side {
        case .seekers: Sentence(AnalysisWords.sideSeeker)
        case .groups: Sentence(AnalysisWords.sideGroup)
        case .sites: Sentence(AnalysisWords.sideSite)
        case .providers: Sentence(AnalysisWords.sideProvider)
        }
    }

    private static func name(of id: String, _ side: ScenarioVariant.Side, in scenarios: [Scenario]) -> String? {
        for scenario in scenarios {
            let name: String? = switch side {
            case .seekers: nil
            case .groups: scenario.groups.first { $0.id.rawValue == id }?.name
            case .sites: scenario.sites.first { $0.id.rawValue == id }?.name
            case .providers: scenario.providers.first { $0.id.rawValue == id }?.name
            }
            if let name, !name.isEmpty { return name }
        }
        return nil
    }
}
