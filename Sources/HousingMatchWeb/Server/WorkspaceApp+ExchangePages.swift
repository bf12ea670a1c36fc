import Foundation
import HousingMatch
import Hummingbird
import MatchExport
import SpreadsheetImport
import Spreadsheets
import Wording

/// The routes of import and export: a spreadsheet uploaded on the data page
/// is checked first (a dry run kept in memory, never the file) and saved only
/// when the visitor applies it; the match goes out as CSV, XLSX and printable
/// lists. Downloads are answered to posts or to ids, never to personal data in an address.
extension WorkspaceApp {
    /// The key file beside the scenario: household ids and the names behind them.
    static let keyFileName = "sleutel.csv"

    var keyFile: URL { workspace.folder.appendingPathComponent(Self.keyFileName) }

    func addExchangeRoutes(to router: Router<WebContext>) {
        router.get("/gegevens/importeren") { [self] request, context in
            importFormPage(pageContext(request, context))
        }
        router.post("/gegevens/importeren") { [self] request, context in
            try await importDryRun(request, context)
        }
        router.post("/gegevens/importeren/toepassen") { [self] request, context in
            try await applyImport(request, context)
        }
        router.get("/gegevens/sjabloon/:side") { [self] request, context in
            let page = pageContext(request, context)
            guard let side = context.parameters.get("side").flatMap(ImportSide.init(rawValue:)) else {
                return PageResponse.html(ErrorPage.inLayout(page, section: .data, title: page.text(AccessWords.notFound), detail: nil),
                                         status: .notFound)
            }
            let name = page.text(ExchangeWords.templateFileStem, page.text(side.words))
            return Self.download(ImportTemplate.csv(for: side), name: name + ".csv", contentType: "text/csv; charset=utf-8")
        }
        router.get("/exporteren") { [self] request, context in
            try await withBaseMatch(request, context, section: .export, title: ExchangeWords.exportTitle) { base, page in
                PageResponse.html(PageLayout.page(page, section: .export, title: page.text(ExchangeWords.exportTitle),
                                                  body: ExportPage.body(base, names: namesState(), keyFileName: Self.keyFileName, page)))
            }
        }
        router.post("/exporteren/bestand") { [self] request, context in
            let fields = try await FormFields.read(request, limit: configuration.maximumBodyBytes)
            return try await exporting(request, context, fields) { base, page, options in
                let sheets = MatchSheets(MatchRows(scenario: base.scenario, result: base.result, options: options))
                let stem = page.text(ExchangeWords.matchFileStem)
                if fields["soort"] == "xlsx" {
                    let data = try XLSXWriter(application: ExportSignature.application).data(for: sheets.all)
                    return Self.download(data, name: stem + ".xlsx",
                                         contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                }
                let writer = CSVWriter(style: page.language == .nl ? .dutch : .english)
                return Self.download(writer.data(for: sheets.everyone), name: stem + ".csv", contentType: "text/csv; charset=utf-8")
            }
        }
        router.post("/exporteren/lijst") { [self] request, context in
            let fields = try await FormFields.read(request, limit: configuration.maximumBodyBytes)
            return try await exporting(request, context, fields) { base, page, options in
                let files = ListFiles(PrintableLists(MatchRows(scenario: base.scenario, result: base.result, options: options)))
                let wanted = fields["lijst"] ?? ""
                let file: ListFiles.File?
                if wanted == "groepen" {
                    file = files.files(groups: base.scenario.groups.map(\.id)).last
                } else if wanted == "aanbieders" {
                    file = files.files(providers: base.scenario.providers.map(\.id)).last
                } else if wanted.hasPrefix("groep:") {
                    let id = GroupID(String(wanted.dropFirst("groep:".count)))
                    file = base.scenario.groups.contains { $0.id == id } ? files.files(groups: [id]).first : nil
                } else if wanted.hasPrefix("aanbieder:") {
                    let id = ProviderID(String(wanted.dropFirst("aanbieder:".count)))
                    file = base.scenario.providers.contains { $0.id == id } ? files.files(providers: [id]).first : nil
                } else {
                    file = nil
                }
                guard let file else {
                    return PageResponse.html(ErrorPage.inLayout(page, section: .export, title: page.text(ExchangeWords.unknownList),
                                                                detail: nil), status: .notFound)
                }
                if fields["doen"] == "downloaden" {
                    return Self.download(Data(file.document.html.utf8), name: file.name, contentType: "text/html; charset=utf-8")
                }
                return PageResponse.text(ExportPage.shown(file.document), contentType: "text/html; charset=utf-8")
            }
        }
        router.get("/static/lijst.css") { _, _ in
            PageResponse.text(ExportPage.listStyleSheet, contentType: "text/css; charset=utf-8")
        }
    }

    // MARK: Import

    private func importFormPage(_ page: PageContext, warning: String? = nil, status: HTTPResponse.Status = .ok) -> Response {
        PageResponse.html(PageLayout.page(page, section: .data, title: page.text(ExchangeWords.importTitle),
                                          body: ImportPage.form(keyFileName: Self.keyFileName, warning: warning, page)),
                          status: status)
    }

    /// Reads the upload, plans the import against the file as it is now, and shows the plan; saves nothing.
    private func importDryRun(_ request: Request, _ context: WebContext) async throws -> Response {
        let page = pageContext(request, context)
        let buffer = try await request.body.collect(upTo: configuration.maximumBodyBytes)
        let contentType = request.headers[.contentType] ?? ""
        guard let form = try? MultipartForm(body: Data(buffer.readableBytesView), contentType: contentType) else {
            return importFormPage(page, warning: page.text(ExchangeWords.notAForm), status: .badRequest)
        }
        guard let file = form.file("bestand"), !file.data.isEmpty else {
            return importFormPage(page, warning: page.text(ExchangeWords.noFile), status: .unprocessableContent)
        }
        let side = form["soort"].flatMap(ImportSide.init(rawValue:))
        let sheetName = form["blad"].map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        let fileName = file.fileName ?? ""
        let sheet: Sheet
        do {
            sheet = try SpreadsheetReader.read(file.data, name: (fileName as NSString).deletingPathExtension, sheet: sheetName)
        } catch {
            return importFormPage(page, warning: ImportReport.said(error, file: fileName, language: page.language),
                                  status: .unprocessableContent)
        }
        let loaded: LoadedScenario
        switch await workspace.current() {
        case .success(let current): loaded = current
        case .failure(let error):
            return PageResponse.html(ErrorPage.inLayout(page, section: .data, title: page.text(AccessWords.scenarioProblem),
                                                        detail: error.description), status: .unprocessableContent)
        }
        let key: PseudonymKey
        do { key = try PseudonymKey.load(path: keyFile.path) } catch {
            return importFormPage(page, warning: ImportReport.said(error, file: Self.keyFileName, language: page.language),
                                  status: .unprocessableContent)
        }
        let plan = SheetImport.plan(sheet: sheet, side: side, into: loaded.scenario, key: key)
        let title = page.text(ExchangeWords.dryRunTitle, fileName)
        guard plan.problems.isEmpty else {
            return PageResponse.html(PageLayout.page(page, section: .data, title: title,
                                                     body: ImportPage.problems(plan, fileName: fileName,
                                                                               keyFileName: Self.keyFileName, page)),
                                     status: .unprocessableContent)
        }
        let token = importDrafts.keep(ImportDrafts.Draft(plan: plan, keyBefore: key, stamp: loaded.stamp.token,
                                                         owner: context.csrfToken, made: Date()))
        return PageResponse.html(PageLayout.page(page, section: .data, title: title,
                                                 body: ImportPage.changes(plan, token: token, stamp: loaded.stamp.token,
                                                                          keyFileName: Self.keyFileName, page)))
    }

    /// Saves a checked import: the key file first, then the scenario through the workspace's save.
    private func applyImport(_ request: Request, _ context: WebContext) async throws -> Response {
        let fields = try await FormFields.read(request, limit: configuration.maximumBodyBytes)
        let page = pageContext(request, context)
        guard let draft = importDrafts.take(fields["concept"] ?? "", owner: context.csrfToken) else {
            return importFormPage(page, warning: page.text(ExchangeWords.draftGone), status: .gone)
        }
        let plan = draft.plan
        let tab = plan.side.flatMap { DataSide(fileKey: $0.scenarioKey) } ?? .households
        // Checked before the key is written, so that a stale import writes nothing at all.
        guard FileStamp(of: workspace.scenarioFile).token == draft.stamp else {
            return importFormPage(page, warning: page.text(ExchangeWords.staleImport), status: .conflict)
        }
        // The key first: should the scenario then fail, the key knows a few people too many, and gives them the same ids next time.
        if let newKey = plan.key, newKey != draft.keyBefore {
            do { try newKey.save(path: keyFile.path) } catch {
                return importFormPage(page, warning: page.text(DataWords.saveFailed, Self.keyFileName), status: .internalServerError)
            }
        }
        let change = HistoryChange(kind: .imported, side: plan.side?.scenarioKey,
                                   fields: plan.changes.filter { $0.kind != .unchanged }.map(\.id))
        do {
            let entry = try await workspace.save(expecting: draft.stamp, change: change) { scenario throws(SaveError) in
                scenario = plan.scenario
            }
            return PageResponse.redirect(to: "/gegevens?tab=\(tab.rawValue)&gedaan=\(entry == nil ? "niets" : "opgeslagen")")
        } catch .stale {
            return importFormPage(page, warning: page.text(ExchangeWords.staleImport), status: .conflict)
        } catch .invalid(let issues) {
            let said = issues.map { "\($0.path): \($0.message(in: page.language))" }.joined(separator: "; ")
            return importFormPage(page, warning: page.text(DataWords.saveFailed, said), status: .unprocessableContent)
        } catch .variant {
            return importFormPage(page, warning: page.text(DataWords.variantFile), status: .conflict)
        } catch {
            return importFormPage(page, warning: page.text(DataWords.saveFailed, ""), status: .internalServerError)
        }
    }

    // MARK: Export

    /// Names by household id from the key file, for the households of `scenario`; empty without a readable key file.
    private func names(for scenario: Scenario) -> [SeekerID: String] {
        guard let key = try? PseudonymKey.load(path: keyFile.path) else { return [:] }
        let known = Set(scenario.seekers.map(\.id))
        var names: [SeekerID: String] = [:]
        for (id, name) in key.namesByID where !name.isEmpty && known.contains(SeekerID(id)) { names[SeekerID(id)] = name }
        return names
    }

    private func namesState() -> ExportPage.Names {
        guard FileManager.default.fileExists(atPath: keyFile.path) else { return .none }
        guard let key = try? PseudonymKey.load(path: keyFile.path) else { return .unreadable }
        return .some(key.entries.filter { !$0.name.isEmpty }.count)
    }

    /// Runs `make` with the current match and the export's options: care details only when
    /// the visitor switched them on and ticked the form's box.
    private func exporting(_ request: Request, _ context: WebContext, _ fields: FormFields,
                           make: @escaping @Sendable (BaseMatch, PageContext, ExportOptions) throws -> Response) async throws -> Response {
        try await withBaseMatch(request, context, section: .export, title: ExchangeWords.exportTitle) { [self] base, page in
            guard base.result.hasMatch else {
                return PageResponse.html(ErrorPage.inLayout(page, section: .export, title: page.text(ExchangeWords.noMatch),
                                                            detail: nil), status: .conflict)
            }
            let options = ExportOptions(language: page.language,
                                        withCareDetails: page.showsCare && fields["zorggegevens"] == "1",
                                        names: names(for: base.scenario))
            return try make(base, page, options)
        }
    }

    /// A file to save: not shown in the browser, not kept in any cache.
    static func download(_ data: Data, name: String, contentType: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = contentType
        let safe = String(name.map { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) ? $0 : "-" })
        headers[.contentDisposition] = "attachment; filename=\"\(safe)\""
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
