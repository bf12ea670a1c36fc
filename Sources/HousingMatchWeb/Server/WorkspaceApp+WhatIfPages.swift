import Foundation
import HousingMatch
import Hummingbird
import ScenarioIO
import Wording

/// Wat als: variants made by form, compared with the base, and a sweep of one number.
extension WorkspaceApp {
    var variantFiles: VariantFiles { VariantFiles(folder: workspace.folder.appendingPathComponent("variants", isDirectory: true)) }

    func addWhatIfRoutes(to router: Router<WebContext>) {
        router.get("/wat-als") { [self] request, context in
            let query = FormFields(encoded: request.uri.query ?? "")
            var notes = WhatIfPage.Notes()
            notes.noneChosen = query["geen"] == "1"
            if let stem = query["opgeslagen"], let entry = variantFiles.entry(named: stem) {
                notes.saved = (stem, (entry.path as NSString).lastPathComponent)
            }
            return await whatIfPage(request, context, notes: notes)
        }

        router.post("/wat-als/variant") { [self] request, context in
            let fields = try await FormFields.read(request, limit: configuration.maximumBodyBytes)
            guard case .success(let loaded) = await workspace.current() else {
                return await whatIfPage(request, context, notes: .init())
            }
            var reader = VariantFormReader(fields: fields, scenario: loaded.scenario, language: context.language)
            let kind = fields["soort"].flatMap(VariantKind.init(rawValue:)) ?? .withdrawSite
            guard let draft = reader.read() else {
                let state = VariantFormState(kind: kind, fields: fields, problems: reader.problems)
                return await whatIfPage(request, context, notes: .init(form: state), status: .unprocessableContent)
            }
            let text = draft.yaml(baseFile: workspace.scenarioFile.lastPathComponent)
            var state = VariantFormState(kind: kind, fields: fields, problems: [:])
            let page = pageContext(request, context)
            do throws(VariantFiles.SaveError) {
                _ = try variantFiles.save(text, as: draft.fileName, replacing: draft.replacesExisting)
            } catch {
                switch error {
                case .exists(let name): state.problems["naam"] = page.text(WhatIfWords.exists, name)
                case .invalid(let problems): state.general = page.text(WhatIfWords.variantInvalid) + "\n" + problems
                case .failed(let reason): state.general = page.text(WhatIfWords.saveFailed, reason)
                }
                return await whatIfPage(request, context, notes: .init(form: state), status: .unprocessableContent)
            }
            return PageResponse.redirect(to: "/wat-als?opgeslagen=\(draft.stem)#varianten")
        }

        router.get("/wat-als/vergelijking") { [self] request, context in
            let page = pageWithQuery(request, context)
            let chosen = FormFields(encoded: request.uri.query ?? "").all("variant")
            guard !chosen.isEmpty else { return PageResponse.redirect(to: "/wat-als?geen=1#varianten") }
            let loaded: LoadedScenario
            switch await workspace.current() {
            case .failure(let error): return scenarioProblem(page, error)
            case .success(let current): loaded = current
            }
            var variants: [ComparedFile] = []
            let entries = variantFiles.list()
            for stem in chosen {
                // Only files listed in the folder: a name from the address never reaches the file system.
                guard let entry = entries.first(where: { $0.stem == stem }) else { continue }
                switch entry.loaded {
                case .success(let file):
                    variants.append(ComparedFile(label: entry.stem, scenario: file.scenario, variant: file.variant))
                case .failure(let error):
                    return PageResponse.html(ErrorPage.inLayout(page, section: .whatIf, title: page.text(WhatIfWords.comparisonTitle),
                                                                detail: error.lines(in: page.language).joined(separator: "\n")),
                          status: .unprocessableContent)
                }
            }
            guard !variants.isEmpty else { return PageResponse.redirect(to: "/wat-als?geen=1#varianten") }
            let baseLabel = (workspace.scenarioFile.lastPathComponent as NSString).deletingPathExtension
            let job = jobs.comparison(base: ComparedFile(label: baseLabel, scenario: loaded.scenario, variant: nil),
                                      variants: variants, options: matchOptions)
            return try await answer(of: job, as: MatchComparison.self, page, section: .whatIf,
                                    title: WhatIfWords.comparisonTitle) { comparison in
                PageResponse.html(PageLayout.page(page, section: .whatIf, title: page.text(WhatIfWords.comparisonTitle),
                                                  body: ComparisonView.body(comparison, page)))
            }
        }

        router.get("/wat-als/reeks") { [self] request, context in
            let page = pageWithQuery(request, context)
            let fields = FormFields(encoded: request.uri.query ?? "")
            let loaded: LoadedScenario
            switch await workspace.current() {
            case .failure(let error): return scenarioProblem(page, error)
            case .success(let current): loaded = current
            }
            let scenario = loaded.scenario
            let parameter = SweepParameter.choices(in: scenario, page).first { $0.path == fields["pad"] }
            func refuse(_ problem: String) -> Response {
                PageResponse.html(PageLayout.page(page, section: .whatIf, title: page.text(WhatIfWords.sweep),
                                                  body: SweepView.form(scenario, page, fields: fields, problem: problem)),
                                  status: .unprocessableContent)
            }
            let sweep: ScenarioSweep
            do throws(SweepSpecificationError) {
                let path = try ParameterPath(parsing: fields["pad"] ?? "")
                guard let from = fields["van"].flatMap(VariantFormReader.parse),
                      let to = fields["tot"].flatMap(VariantFormReader.parse),
                      let step = fields["stap"].flatMap(VariantFormReader.parse), step > 0 else {
                    return refuse(page.text(WhatIfWords.notANumber))
                }
                let range = SweepRange(from: from, to: to, step: step)
                // Each value is a solve: a long range is almost surely a slip of the step.
                guard range.count <= 200 else { return refuse(page.text(WhatIfWords.tooManyValues, range.count, 200)) }
                sweep = try ScenarioSweep(base: scenario, path: path, range: range)
            } catch {
                return refuse(error.message(in: page.language))
            }
            let specification = "\(sweep.parameter.path.text)=\(sweep.range.from)...\(sweep.range.to):\(sweep.range.step)"
            let job = jobs.sweep(sweep, fingerprint: loaded.fingerprint, specification: specification,
                                 scenarioName: scenario.name, options: matchOptions)
            let numbers = page.numbers
            let title = page.text(WhatIfWords.sweepTitle, parameter?.words ?? sweep.parameter.words,
                                  numbers.number(sweep.range.from), numbers.number(sweep.range.to))
            return try await answer(of: job, as: SweepAnswer.self, page, section: .whatIf,
                                    title: WhatIfWords.sweep) { answer in
                let body = HTML.joined([SweepView.result(answer, parameter: parameter, page),
                                        SweepView.form(scenario, page, fields: fields, problem: nil)], separator: "\n")
                return PageResponse.html(PageLayout.page(page, section: .whatIf, title: title, body: body))
            }
        }
    }

    /// The main Wat-als page, with a form's problems when it came back with some.
    private func whatIfPage(_ request: Request, _ context: WebContext, notes: WhatIfPage.Notes,
                            status: HTTPResponse.Status = .ok) async -> Response {
        let page = pageContext(request, context)
        switch await workspace.current() {
        case .failure(let error):
            return scenarioProblem(page, error)
        case .success(let loaded):
            let body = WhatIfPage.body(loaded.scenario, variants: variantFiles.list(), page, notes: notes)
            return PageResponse.html(PageLayout.page(page, section: .whatIf, title: page.text(WhatIfWords.title), body: body),
                                     status: status)
        }
    }

    /// The page's context with the question in its path, so that the stop button and the
    /// language switch come back to the same comparison or sweep (variant names and numbers only).
    private func pageWithQuery(_ request: Request, _ context: WebContext) -> PageContext {
        var page = pageContext(request, context)
        if let query = request.uri.query, !query.isEmpty { page.path += "?" + query }
        return page
    }

    private func scenarioProblem(_ page: PageContext, _ error: ScenarioFileError) -> Response {
        PageResponse.html(ErrorPage.inLayout(page, section: .whatIf, title: page.text(AccessWords.scenarioProblem),
                                             detail: error.lines(in: page.language).joined(separator: "\n")),
                          status: .unprocessableContent)
    }
}
