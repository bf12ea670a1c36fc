import Foundation
import HousingMatch
import Hummingbird
import Wording

/// The routes of Gegevens: the tables, each entry's form (edit, add, remove),
/// and undo and restore from the history. Every change goes through the
/// workspace's save, which checks the form's file stamp and keeps the version before.
extension WorkspaceApp {
    func addDataRoutes(to router: Router<WebContext>) {
        router.get("/gegevens") { [self] request, context in
            let query = request.uri.queryParameters
            var wanted = DataPage.Request()
            wanted.side = query["tab"].flatMap { DataSide(rawValue: String($0)) } ?? .households
            wanted.search = query["zoek"].map(String.init)?.trimmingCharacters(in: .whitespaces) ?? ""
            wanted.page = query["pagina"].flatMap { Int(String($0)) } ?? 1
            return await dataPage(request, context, wanted, notice: query["gedaan"].map(String.init))
        }
        router.get("/gegevens/nieuw/:side") { [self] request, context in
            try await entryForm(request, context, adding: true)
        }
        router.get("/gegevens/:side/:id") { [self] request, context in
            try await entryForm(request, context, adding: false)
        }
        router.post("/gegevens/nieuw/:side") { [self] request, context in
            try await saveEntry(request, context, adding: true)
        }
        router.post("/gegevens/:side/:id") { [self] request, context in
            try await saveEntry(request, context, adding: false)
        }
        router.post("/gegevens/:side/:id/verwijderen") { [self] request, context in
            try await removeEntry(request, context)
        }
        router.post("/gegevens/ongedaan") { [self] request, context in
            try await restoreVersion(request, context, undo: true)
        }
        router.post("/gegevens/terugzetten") { [self] request, context in
            try await restoreVersion(request, context, undo: false)
        }
    }

    // MARK: The tables

    private func dataPage(_ request: Request, _ context: WebContext, _ wanted: DataPage.Request, notice: String?,
                          warning: Message? = nil, status: HTTPResponse.Status = .ok) async -> Response {
        let page = pageContext(request, context)
        var wanted = wanted
        let history = await workspace.historyEntries()
        if let warning {
            wanted.notice = "<p class=\"warning\" role=\"alert\">\(page.text(warning))</p>"
        } else if let notice, let newest = history.first {
            let said = DataPage.describe(newest.change, page)
            let text = switch notice {
            case "opgeslagen": page.text(DataWords.saved, said)
            case "ongedaan": page.text(DataWords.undoneNotice, said)
            default: page.text(DataWords.nothingChanged)
            }
            wanted.notice = "<p class=\"notice\" role=\"status\">\(text)</p>"
        } else if notice == "niets" {
            wanted.notice = "<p class=\"notice\" role=\"status\">\(page.text(DataWords.nothingChanged))</p>"
        }
        let body: HTML
        switch await workspace.current() {
        case .success(let loaded):
            body = DataPage.body(loaded.scenario, stamp: loaded.stamp.token, history: history, request: wanted, page)
        case .failure(let error):
            // The file cannot be read: its problems, and the history, from which a good version can be brought back.
            let stamp = FileStamp(of: workspace.scenarioFile).token
            body = """
                <p class="warning">\(page.text(AccessWords.scenarioProblem))</p><pre class="problems">\(error.description)</pre>
                \(DataPage.body(nil, stamp: stamp, history: history, request: wanted, page))
                """
        }
        return PageResponse.html(PageLayout.page(page, section: .data, title: page.text(DataWords.title), body: body),
                                 status: status)
    }

    // MARK: One entry

    private func side(_ context: WebContext) -> DataSide? {
        context.parameters.get("side").flatMap(DataSide.init(segment:))
    }

    private func entryID(_ context: WebContext) -> String? {
        context.parameters.get("id").map { $0.removingPercentEncoding ?? $0 }
    }

    private func entryForm(_ request: Request, _ context: WebContext, adding: Bool) async throws -> Response {
        let page = pageContext(request, context)
        guard let side = side(context), adding || entryID(context) != nil else { return notFound(page) }
        guard case .success(let loaded) = await workspace.current() else {
            return await dataPage(request, context, DataPage.Request(side: side), notice: nil)
        }
        let id = adding ? nil : entryID(context)
        guard let texts = side.schema.texts(loaded.scenario, id, page.language) else {
            return notFound(page, CommonWords.notFound(page.language, id ?? ""))
        }
        let form = EditForm(schema: side.schema, mode: id.map(EditForm.Mode.edit) ?? .add, texts: texts,
                            stamp: loaded.stamp.token, scenario: loaded.scenario)
        return formResponse(form, page)
    }

    private func formResponse(_ form: EditForm, _ page: PageContext, status: HTTPResponse.Status = .ok) -> Response {
        PageResponse.html(PageLayout.page(page, section: .data, title: form.title(page), body: form.body(page)), status: status)
    }

    private func notFound(_ page: PageContext, _ detail: String? = nil) -> Response {
        PageResponse.html(ErrorPage.inLayout(page, section: .data, title: page.text(AccessWords.notFound), detail: detail),
                          status: .notFound)
    }

    private func saveEntry(_ request: Request, _ context: WebContext, adding: Bool) async throws -> Response {
        let fields = try await FormFields.read(request, limit: configuration.maximumBodyBytes)
        let page = pageContext(request, context)
        guard let side = side(context), adding || entryID(context) != nil else { return notFound(page) }
        let schema = side.schema
        let original = adding ? nil : entryID(context)
        guard case .success(let loaded) = await workspace.current() else {
            return await dataPage(request, context, DataPage.Request(side: side), notice: nil,
                                  warning: DataWords.staleUndo, status: .conflict)
        }
        // What the visitor typed stays in the form; hidden care fields keep the file's values.
        let fileTexts = schema.texts(loaded.scenario, original, page.language) ?? [:]
        var typed: [String: String] = [:]
        for field in schema.fields {
            typed[field.key] = field.isCare && !page.showsCare ? fileTexts[field.key] : (fields[field.key] ?? "")
        }
        var form = EditForm(schema: schema, mode: original.map(EditForm.Mode.edit) ?? .add, texts: typed,
                            stamp: loaded.stamp.token, scenario: loaded.scenario)
        let stamp = fields["stempel"] ?? ""
        guard stamp == loaded.stamp.token else {
            form.warning = page.text(DataWords.stale)
            return formResponse(form, page, status: .conflict)
        }
        let showsCare = page.showsCare, language = page.language
        var trial = loaded.scenario
        let outcome: FormOutcome
        do {
            outcome = try schema.apply(&trial, original, fields, showsCare, language)
        } catch {
            return notFound(page, CommonWords.notFound(page.language, original ?? ""))
        }
        let issues = trial.validationIssues()
        if !outcome.fieldErrors.isEmpty || !issues.isEmpty {
            return invalidForm(form, issues: issues, parseErrors: outcome.fieldErrors, outcome: outcome, trial: trial, page)
        }
        let change = HistoryChange(kind: adding ? .added : .edited, side: side.fileKey, id: outcome.id,
                                   fields: outcome.changedFields)
        do {
            let entry = try await workspace.save(expecting: stamp, change: change) { scenario throws(SaveError) in
                let again = try schema.apply(&scenario, original, fields, showsCare, language)
                if !again.fieldErrors.isEmpty { throw .invalid([]) }
            }
            guard entry != nil else { return PageResponse.redirect(to: "/gegevens?tab=\(side.rawValue)&gedaan=niets") }
            let number = DataPage.page(of: outcome.id, side: side, in: trial)
            return PageResponse.redirect(
                to: "/gegevens?tab=\(side.rawValue)&pagina=\(number)&gedaan=opgeslagen#rij-\(outcome.id.addingPercentEncodingForPath)")
        } catch .stale {
            form.warning = page.text(DataWords.stale)
            if case .success(let now) = await workspace.current() { form = form.restamped(now) }
            return formResponse(form, page, status: .conflict)
        } catch .invalid(let issues) {
            return invalidForm(form, issues: issues, parseErrors: [:], outcome: outcome, trial: trial, page)
        } catch {
            form.warning = message(for: error, page)
            return formResponse(form, page, status: .conflict)
        }
    }

    private func invalidForm(_ form: EditForm, issues: [ValidationIssue], parseErrors: [String: String],
                             outcome: FormOutcome, trial: Scenario, _ page: PageContext) -> Response {
        var form = form
        let placed = DataIssues(issues, schema: form.schema, index: outcome.index, scenario: trial, page)
        form.fieldErrors = placed.atFields.merging(parseErrors) { _, parsed in parsed }
        form.otherProblems = placed.elsewhere
        return formResponse(form, page, status: .unprocessableContent)
    }

    private func message(for error: SaveError, _ page: PageContext) -> String {
        switch error {
        case .stale: page.text(DataWords.stale)
        case .variant: page.text(DataWords.variantFile)
        case .notFound, .noSuchVersion, .nothingToUndo: page.text(AccessWords.notFound)
        case .unreadable(let reason): page.text(AccessWords.scenarioProblem) + " " + reason
        case .writeFailed(let reason): page.text(DataWords.saveFailed, reason)
        case .invalid(let issues): issues.map { "\($0.path): \($0.message(in: page.language))" }.joined(separator: "; ")
        }
    }

    private func removeEntry(_ request: Request, _ context: WebContext) async throws -> Response {
        let fields = try await FormFields.read(request, limit: configuration.maximumBodyBytes)
        let page = pageContext(request, context)
        guard let side = side(context), let id = entryID(context) else { return notFound(page) }
        guard case .success(let loaded) = await workspace.current(),
              let texts = side.schema.texts(loaded.scenario, id, page.language) else {
            return notFound(page, CommonWords.notFound(page.language, id))
        }
        var form = EditForm(schema: side.schema, mode: .edit(id), texts: texts, stamp: loaded.stamp.token,
                            scenario: loaded.scenario)
        let stamp = fields["stempel"] ?? ""
        let schema = side.schema
        do {
            try await workspace.save(expecting: stamp, change: HistoryChange(kind: .removed, side: side.fileKey, id: id)) {
                scenario throws(SaveError) in try schema.remove(&scenario, id)
            }
            return PageResponse.redirect(to: "/gegevens?tab=\(side.rawValue)&gedaan=opgeslagen")
        } catch .invalid(let issues) {
            var trial = loaded.scenario
            try? schema.remove(&trial, id)
            form.otherProblems = DataIssues(issues, schema: schema, index: nil, scenario: trial, page).elsewhere
            return formResponse(form, page, status: .unprocessableContent)
        } catch {
            form.warning = message(for: error, page)
            return formResponse(form, page, status: .conflict)
        }
    }

    // MARK: History

    private func restoreVersion(_ request: Request, _ context: WebContext, undo: Bool) async throws -> Response {
        let fields = try await FormFields.read(request, limit: configuration.maximumBodyBytes)
        let side = fields["tab"].flatMap(DataSide.init(rawValue:)) ?? .households
        let stamp = fields["stempel"] ?? ""
        do {
            if undo {
                try await workspace.undo(expecting: stamp)
            } else {
                try await workspace.restore(fields["versie"] ?? "", expecting: stamp)
            }
            return PageResponse.redirect(to: "/gegevens?tab=\(side.rawValue)&gedaan=ongedaan")
        } catch .stale {
            return await dataPage(request, context, DataPage.Request(side: side), notice: nil,
                                  warning: DataWords.staleUndo, status: .conflict)
        } catch {
            return await dataPage(request, context, DataPage.Request(side: side), notice: nil,
                                  warning: AccessWords.notFound, status: .notFound)
        }
    }
}

extension EditForm {
    /// The same form, to be saved against the file as it is now.
    func restamped(_ loaded: LoadedScenario) -> EditForm {
        var form = EditForm(schema: schema, mode: mode, texts: texts, fieldErrors: fieldErrors,
                            otherProblems: otherProblems, warning: warning, stamp: loaded.stamp.token, scenario: loaded.scenario)
        form.warning = warning
        return form
    }
}
