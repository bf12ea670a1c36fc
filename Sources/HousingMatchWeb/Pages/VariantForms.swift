import HousingMatch
import Wording

/// What a variant form showed when it comes back with problems: the kind, the
/// values typed and a problem per field, so nothing typed is lost.
struct VariantFormState: Sendable {
    var kind: VariantKind
    var fields: FormFields
    var problems: [String: String]
    /// A problem of the whole form (the scenario would be invalid, the file exists).
    var general: String?
}

/// The five forms that make a variant, each a `<form>` that posts to `/wat-als/variant`.
struct VariantForms {
    let scenario: Scenario
    let context: PageContext
    let state: VariantFormState?

    var body: HTML {
        let forms = VariantKind.allCases.map(form)
        return """
            <section aria-labelledby="nieuw"><h2 id="nieuw">\(context.text(WhatIfWords.newVariant))</h2>
            <p>\(context.text(WhatIfWords.newVariantIntro))</p>
            <div class="variant-forms">\(forms)</div></section>
            """
    }

    private func form(_ kind: VariantKind) -> HTML {
        let isShown = state?.kind == kind
        var general = HTML.empty
        if isShown, let state {
            if let text = state.general {
                general = "<div class=\"warning\" role=\"alert\"><pre class=\"problems\">\(text)</pre></div>"
            } else if !state.problems.isEmpty {
                general = "<p class=\"warning\" role=\"alert\">\(context.text(WhatIfWords.formHasProblems))</p>"
            }
        }
        let id = kind.rawValue
        return """
            <form method="post" action="/wat-als/variant" class="variant-form" id="form-\(id)" aria-labelledby="titel-\(id)">
            \(context.csrfField)<input type="hidden" name="soort" value="\(id)">
            <fieldset><legend id="titel-\(id)">\(context.text(kind.title))</legend>
            \(general)
            \(specificFields(kind))
            \(textField(kind, "naam", WhatIfWords.fileName, hint: WhatIfWords.fileNameHint))
            \(textArea(kind, "beschrijving", WhatIfWords.description, hint: WhatIfWords.descriptionHint))
            <p><input type="checkbox" id="\(id)-vervang" name="vervang" value="1"\(checked(kind, "vervang", "1"))>
            <label for="\(id)-vervang" class="plain">\(context.text(WhatIfWords.replaceExisting))</label></p>
            <p><button type="submit">\(context.text(WhatIfWords.saveVariant))</button></p>
            </fieldset></form>
            """
    }

    private func specificFields(_ kind: VariantKind) -> HTML {
        let numbers = context.numbers
        switch kind {
        case .withdrawSite:
            return choice(kind, "woonplek", CommonWords.site, options: scenario.sites.map {
                ($0.id.rawValue, "\($0.displayName) (\($0.id.rawValue)), \($0.municipality)")
            })
        case .changeRents:
            return textField(kind, "procent", WhatIfWords.percent, inputMode: "decimal")
        case .providerCapacity:
            return HTML.joined([
                choice(kind, "zorgaanbieder", CommonWords.provider, options: scenario.providers.map {
                    ($0.id.rawValue, "\($0.displayName) (\($0.id.rawValue)), " + context.text(WhatIfWords.currentCapacity, $0.capacity))
                }),
                textField(kind, "capaciteit", WhatIfWords.newCapacity, inputMode: "numeric"),
            ])
        case .groupRule:
            let room: HTML = """
                <div class="field">\(label(kind, "ruimte", WhatIfWords.needsCommonRoom))
                <select id="\(kind.rawValue)-ruimte" name="ruimte"\(invalid(kind, "ruimte"))>
                <option value="">\(context.text(WhatIfWords.unchanged))</option>
                <option value="ja"\(selected(kind, "ruimte", "ja"))>\(context.text(CommonWords.yes))</option>
                <option value="nee"\(selected(kind, "ruimte", "nee"))>\(context.text(CommonWords.no))</option>
                </select>\(problem(kind, "ruimte"))</div>
                """
            let groups: [(String, String)] = scenario.groups.map { group in
                let sizes = "\(group.minSize)–\(group.maxSize)"
                let shares = numbers.percent(group.careShare.min) + "–" + numbers.percent(group.careShare.max)
                return (group.id.rawValue, "\(group.displayName) (\(group.id.rawValue)): \(sizes), \(shares)")
            }
            let hint: HTML = "<p class=\"small\">\(context.text(WhatIfWords.leaveEmpty))</p>"
            return HTML.joined([
                choice(kind, "woongroep", CommonWords.group, options: groups), hint, room,
                textField(kind, "min", WhatIfWords.minSize, inputMode: "numeric"),
                textField(kind, "max", WhatIfWords.maxSize, inputMode: "numeric"),
                textField(kind, "zorgmin", WhatIfWords.careShareMin, inputMode: "decimal"),
                textField(kind, "zorgmax", WhatIfWords.careShareMax, inputMode: "decimal"),
            ])
        case .addSite:
            let commonRoom: HTML = """
                <div class="field"><input type="checkbox" id="\(kind.rawValue)-gemeenschappelijk" name="gemeenschappelijk" value="1"\(checked(kind, "gemeenschappelijk", "1"))>
                <label for="\(kind.rawValue)-gemeenschappelijk" class="plain">\(context.text(CommonWords.commonRoom))</label></div>
                """
            return HTML.joined([
                textField(kind, "plaatsnaam", CommonWords.name),
                textField(kind, "gemeente", CommonWords.town),
                textField(kind, "woningen", CommonWords.dwellings, inputMode: "numeric"),
                textField(kind, "toegankelijk", CommonWords.accessibleDwellings, inputMode: "numeric"),
                textField(kind, "huur", WhatIfWords.rentInEuros, inputMode: "decimal"),
                commonRoom,
                textField(kind, "eigenaar", WhatIfWords.owner),
                textField(kind, "code", WhatIfWords.siteID, hint: WhatIfWords.siteIDHint),
            ])
        }
    }

    // MARK: Fields, each with its label and, when it is wrong, its problem

    private func value(_ kind: VariantKind, _ name: String) -> String {
        state?.kind == kind ? state?.fields[name] ?? "" : ""
    }

    private func problem(_ kind: VariantKind, _ name: String) -> HTML {
        guard state?.kind == kind, let text = state?.problems[name] else { return .empty }
        return "<span class=\"field-error\" id=\"\(kind.rawValue)-\(name)-fout\">\(text)</span>"
    }

    private func invalid(_ kind: VariantKind, _ name: String) -> HTML {
        guard state?.kind == kind, state?.problems[name] != nil else { return .empty }
        return " aria-invalid=\"true\" aria-describedby=\"\(kind.rawValue)-\(name)-fout\""
    }

    private func checked(_ kind: VariantKind, _ name: String, _ option: String) -> HTML {
        value(kind, name) == option ? " checked" : .empty
    }

    private func selected(_ kind: VariantKind, _ name: String, _ option: String) -> HTML {
        value(kind, name) == option ? " selected" : .empty
    }

    private func label(_ kind: VariantKind, _ name: String, _ message: Message) -> HTML {
        "<label for=\"\(kind.rawValue)-\(name)\">\(context.text(message))</label>"
    }

    private func textField(_ kind: VariantKind, _ name: String, _ message: Message, hint: Message? = nil,
                           inputMode: String = "text") -> HTML {
        let hintHTML: HTML = hint.map { "<span class=\"small hint\">\(context.text($0))</span>" } ?? .empty
        return """
            <div class="field">\(label(kind, name, message))\(hintHTML)
            <input type="text" inputmode="\(inputMode)" id="\(kind.rawValue)-\(name)" name="\(name)" value="\(value(kind, name))"\(invalid(kind, name))>\(problem(kind, name))</div>
            """
    }

    private func textArea(_ kind: VariantKind, _ name: String, _ message: Message, hint: Message) -> HTML {
        """
        <div class="field">\(label(kind, name, message))<span class="small hint">\(context.text(hint))</span>
        <textarea id="\(kind.rawValue)-\(name)" name="\(name)" rows="2">\(value(kind, name))</textarea></div>
        """
    }

    private func choice(_ kind: VariantKind, _ name: String, _ message: Message, options: [(String, String)]) -> HTML {
        let items = options.map { option -> HTML in
            "<option value=\"\(option.0)\"\(selected(kind, name, option.0))>\(option.1)</option>"
        }
        return """
            <div class="field">\(label(kind, name, message))
            <select id="\(kind.rawValue)-\(name)" name="\(name)"\(invalid(kind, name))>\(items)</select>\(problem(kind, name))</div>
            """
    }
}

