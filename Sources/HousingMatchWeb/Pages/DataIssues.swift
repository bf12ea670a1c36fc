import HousingMatch
import Wording

/// Places each problem `validate` finds at the field of the form it belongs to:
/// `seekers[12].maxRent` is the field `maxRent` of the household being edited,
/// when it is the 13th; any other path is a problem elsewhere, named by its entry.
struct DataIssues {
    var atFields: [String: String] = [:]
    var elsewhere: [String] = []

    init(_ issues: [ValidationIssue], schema: SideSchema, index: Int?, scenario: Scenario, _ context: PageContext) {
        let own = index.map { "\(schema.side.fileKey)[\($0)]" }
        for issue in issues {
            if let own, issue.path == own || issue.path.hasPrefix(own + "."),
               let key = fieldKey(issue.path.dropFirst(own.count).drop(while: { $0 == "." }), schema: schema, context) {
                let message = issue.message(in: context.language)
                atFields[key] = atFields[key].map { $0 + " " + message } ?? message
            } else {
                elsewhere.append(Self.describe(issue, scenario: scenario, context))
            }
        }
    }

    /// The visible field a path inside the entry names: indexes dropped, `careShare` to its first field.
    private func fieldKey(_ rest: Substring, schema: SideSchema, _ context: PageContext) -> String? {
        let key = rest.split(separator: ".").map { part in
            String(part.firstIndex(of: "[").map { part[..<$0] } ?? part)
        }.joined(separator: ".")
        let visible = schema.fields.filter { context.showsCare || !$0.isCare }
        if visible.contains(where: { $0.key == key }) { return key }
        return visible.first(where: { $0.key.hasPrefix(key + ".") })?.key
    }

    /// "Woongroep g1: founders[1]: no seeker has id "h99"".
    static func describe(_ issue: ValidationIssue, scenario: Scenario, _ context: PageContext) -> String {
        guard let open = issue.path.firstIndex(of: "["), let close = issue.path.firstIndex(of: "]"),
              let side = DataSide(fileKey: String(issue.path[..<open])),
              let index = Int(issue.path[issue.path.index(after: open)..<close]) else {
            return "\(issue.path): \(issue.message(in: context.language))"
        }
        let ids = side.schema.ids(scenario)
        let name = ids.indices.contains(index) ? ids[index] : "#\(index + 1)"
        let rest = issue.path[issue.path.index(after: close)...].drop(while: { $0 == "." })
        let field = rest.isEmpty ? "" : "\(rest): "
        return "\(context.text(side.singular)) \(name): \(field)\(issue.message(in: context.language))"
    }
}
