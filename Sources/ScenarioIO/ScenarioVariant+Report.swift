import HousingMatch

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
                                  text: description)
        case .remove(let side, let id):
            return ScenarioChange(kind: .remove, entry: side.singular, id: id,
                                  name: Self.name(of: id, side, in: scenarios), text: description)
        case .modify(let side, let id, let key, _, _):
            var text = description
            let root = String(key.prefix { $0 != "." })
            if side == .seekers, Self.privateSeekerKeys.contains(root), key != "care.type" {
                text = "\(side.singular) \(id): \(key) changed"
            }
            return ScenarioChange(kind: .modify, entry: side.singular, id: id,
                                  name: Self.name(of: id, side, in: scenarios), text: text)
        case .weight:
            return ScenarioChange(kind: .weight, text: description)
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
