import HousingMatch
import Wording

/// The form of one entry (a household, group, site or provider): every field of
/// MODEL.md for its side, each with its label, a hint, and the problem found
/// with it, tied to the field for screen readers.
struct EditForm {
    enum Mode {
        case edit(String)
        case add
    }

    let schema: SideSchema
    let mode: Mode
    /// What the fields say: the entry's values, or what the visitor typed.
    let texts: [String: String]
    var fieldErrors: [String: String] = [:]
    /// Problems the change makes elsewhere in the scenario, or that belong to no field shown.
    var otherProblems: [String] = []
    /// A warning above the form (the file changed meanwhile).
    var warning: String?
    /// The file's stamp when the form was built.
    let stamp: String
    let scenario: Scenario

    var side: DataSide { schema.side }

    var actionPath: String {
        switch mode {
        case .edit(let id): "/gegevens/\(side.segment)/\(id.addingPercentEncodingForPath)"
        case .add: "/gegevens/nieuw/\(side.segment)"
        }
    }

    func title(_ context: PageContext) -> String {
        switch mode {
        case .edit(let id): context.text(DataWords.editTitle, context.text(side.singular), id)
        case .add: context.text(DataWords.addTitle, context.text(side.singular).lowercased())
        }
    }

    func body(_ context: PageContext) -> HTML {
        var parts: [HTML] = []
        parts.append("<p class=\"no-print\"><a href=\"/gegevens?tab=\(side.rawValue)\">← \(context.text(side.plural))</a></p>")
        if let warning { parts.append("<p class=\"warning\" role=\"alert\">\(warning)</p>") }
        parts.append(problemSummary(context))
        var fields: [HTML] = []
        var noteShown = false
        for field in schema.fields {
            if field.isCare && !context.showsCare {
                if !noteShown { fields.append("<p class=\"small care-hidden\">\(context.text(DataWords.careHidden))</p>") }
                noteShown = true
                continue
            }
            fields.append(fieldHTML(field, context))
        }
        parts.append("""
            <form method="post" action="\(actionPath)" class="entry-form" novalidate>\(context.csrfField)
            <input type="hidden" name="stempel" value="\(stamp)">
            \(fields)
            <p class="form-buttons"><button type="submit" id="opslaan">\(context.text(DataWords.save))</button>
            <a href="/gegevens?tab=\(side.rawValue)">\(context.text(DataWords.back))</a></p>
            <p class="small">\(context.text(DataWords.commentsNote))</p>
            </form>
            """)
        if case .edit(let id) = mode {
            parts.append("""
                <form method="post" action="\(actionPath)/verwijderen" class="remove-form">\(context.csrfField)
                <input type="hidden" name="stempel" value="\(stamp)">
                <button type="submit" class="secondary" id="verwijderen">\(context.text(DataWords.remove, context.text(side.singular).lowercased(), id))</button>
                <span class="small">\(context.text(DataWords.removeHint))</span>
                </form>
                """)
        }
        return HTML.joined(parts, separator: "\n")
    }

    /// At the top, what keeps the form from being saved, with links to the fields.
    private func problemSummary(_ context: PageContext) -> HTML {
        guard !fieldErrors.isEmpty || !otherProblems.isEmpty else { return .empty }
        let atFields = schema.fields.filter { fieldErrors[$0.key] != nil }.map { field -> HTML in
            "<li><a href=\"#\(Self.elementID(field.key))\">\(context.text(field.label))</a>: \(fieldErrors[field.key]!)</li>"
        }
        let elsewhere: HTML = otherProblems.isEmpty ? .empty : """
            <p>\(context.text(DataWords.problemsElsewhere))</p>
            <ul class="elsewhere">\(otherProblems.map { problem -> HTML in "<li>\(problem)</li>" })</ul>
            """
        return """
            <div class="error-summary" role="alert" tabindex="-1" id="fouten">
            <p><strong>\(context.text(DataWords.notSaved))</strong></p>
            <ul>\(atFields)</ul>\(elsewhere)
            </div>
            """
    }

    private func fieldHTML(_ field: FieldDescription, _ context: PageContext) -> HTML {
        let element = Self.elementID(field.key)
        let text = texts[field.key] ?? ""
        let error = fieldErrors[field.key]
        var describedBy: [String] = []
        let hint: HTML
        if let message = field.hint {
            describedBy.append("hint-\(element)")
            hint = "<span class=\"hint\" id=\"hint-\(element)\">\(context.text(message))</span>"
        } else {
            hint = .empty
        }
        let errorHTML: HTML
        if let error {
            describedBy.insert("fout-\(element)", at: 0)
            errorHTML = "<span class=\"field-error\" id=\"fout-\(element)\">\(error)</span>"
        } else {
            errorHTML = .empty
        }
        let invalid: HTML = error == nil ? .empty : " aria-invalid=\"true\""
        let described: HTML = describedBy.isEmpty ? .empty : " aria-describedby=\"\(describedBy.joined(separator: " "))\""
        let label = context.text(field.label)
        let control: HTML
        switch field.kind {
        case .flag:
            let checked: HTML = text.isEmpty ? .empty : " checked"
            return """
                <div class="field field-flag\(error == nil ? "" : " has-error")">
                <input type="checkbox" id="\(element)" name="\(field.key)" value="1"\(checked)\(invalid)\(described)>
                <label for="\(element)">\(label)</label>\(errorHTML)\(hint)</div>
                """
        case .careType:
            control = careTypeSelect(field, element: element, current: text, invalid: invalid, described: described, context)
        case .number, .whole, .share:
            control = "<input type=\"text\" inputmode=\"decimal\" id=\"\(element)\" name=\"\(field.key)\" value=\"\(text)\"\(invalid)\(described)>"
        default:
            let wide: HTML = field.kind.isList ? " class=\"wide\"" : .empty
            control = "<input type=\"text\"\(wide) id=\"\(element)\" name=\"\(field.key)\" value=\"\(text)\"\(invalid)\(described)>"
        }
        return """
            <div class="field\(error == nil ? "" : " has-error")">
            <label for="\(element)">\(label)</label>
            \(hint)\(errorHTML)
            \(control)</div>
            """
    }

    private func careTypeSelect(_ field: FieldDescription, element: String, current: String, invalid: HTML,
                                described: HTML, _ context: PageContext) -> HTML {
        var types = Set(scenario.providers.flatMap(\.careTypes))
        types.formUnion(scenario.seekers.compactMap { $0.care?.type })
        types.formUnion(scenario.groups.flatMap { $0.acceptsCare ?? [] })
        if !current.isEmpty { types.insert(current) }
        let none: HTML = "<option value=\"\"\(current.isEmpty ? HTML(trusted: " selected") : .empty)>\(context.text(DataWords.noCare))</option>"
        let options = types.sorted().map { type -> HTML in
            let selected: HTML = type == current ? " selected" : .empty
            return "<option value=\"\(type)\"\(selected)>\(DomainWords.careType(type, in: context.language))</option>"
        }
        return "<select id=\"\(element)\" name=\"\(field.key)\"\(invalid)\(described)>\(none)\(options)</select>"
    }

    /// An element id for a field: `care.hours` becomes `veld-care-hours`, safe in CSS selectors too.
    static func elementID(_ key: String) -> String {
        "veld-" + key.replacingOccurrences(of: ".", with: "-")
    }
}

extension FieldKind {
    var isList: Bool {
        switch self {
        case .list, .listOrEvery: true
        default: false
        }
    }
}
