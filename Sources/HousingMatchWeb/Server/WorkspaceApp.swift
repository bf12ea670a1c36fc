import Foundation
import HousingMatch
import Hummingbird
import Logging
import Synchronization
import Wording

/// The web workspace: one workspace folder, the jobs that answer its
/// questions, and the routes of its pages. `housing-match serve` runs it.
public final class WorkspaceApp: Sendable {
    public let configuration: WebConfiguration
    public let workspace: Workspace
    public let jobs: JobBoard
    /// Dry runs of uploaded spreadsheets, waiting to be applied (see `WorkspaceApp+ExchangePages`).
    let importDrafts = ImportDrafts()
    /// Host names the pages answer to; set once the port is known.
    private let allowedHosts = Mutex<Set<String>>([])

    public init(configuration: WebConfiguration) throws(WorkspaceError) {
        self.configuration = configuration
        workspace = try Workspace(folder: configuration.folder)
        jobs = JobBoard()
    }

    /// Options for every solve the pages start: the time limit, and everything else as the CLI's defaults.
    var matchOptions: MatchOptions {
        MatchOptions(timeLimit: configuration.solveTimeLimit)
    }

    /// Runs the server until the process is stopped; `onStart` gets the address to open.
    public func run(onStart: @escaping @Sendable (String) -> Void) async throws {
        let app = Application(
            router: makeRouter(),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port),
                                 serverName: nil),
            onServerRunning: { [self] channel in
                let port = channel.localAddress?.port ?? configuration.port
                let hostPart = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
                if WebConfiguration.isLoopback(configuration.host) && configuration.accessToken == nil {
                    // Only this machine's names: a page elsewhere cannot reach us by renaming itself (DNS rebinding).
                    allowedHosts.withLock {
                        $0 = ["127.0.0.1:\(port)", "localhost:\(port)", "[::1]:\(port)", "\(hostPart):\(port)"]
                    }
                }
                // Start the current match at once: the first page then usually finds it ready.
                if case .success(let loaded) = await workspace.current() {
                    _ = jobs.baseMatch(of: loaded, options: matchOptions)
                }
                var address = "http://\(hostPart):\(port)/"
                if let token = configuration.accessToken { address += "?toegang=\(token)" }
                onStart(address)
            },
            logger: Self.quietLogger
        )
        try await app.runService()
    }

    /// Logs nothing about requests: a page's path may name a household.
    private static var quietLogger: Logger {
        var logger = Logger(label: "housing-match-serve")
        logger.logLevel = .critical
        return logger
    }

    func makeRouter() -> Router<WebContext> {
        let router = Router(context: WebContext.self)
        router.add(middleware: SecurityHeaders<WebContext>())
        router.add(middleware: AccessGuard(accessToken: configuration.accessToken,
                                           defaultLanguage: configuration.defaultLanguage,
                                           maximumBodyBytes: configuration.maximumBodyBytes,
                                           allowedHosts: { [self] in allowedHosts.withLock { $0 } }))
        addCommonRoutes(to: router)
        addOverviewRoutes(to: router)
        addSiteProviderRoutes(to: router)
        addGroupRoutes(to: router)
        addWhatIfRoutes(to: router)
        addDataRoutes(to: router)
        addExchangeRoutes(to: router)
        addJobRoutes(to: router)
        return router
    }

    // MARK: Shared by every page

    func pageContext(_ request: Request, _ context: WebContext) -> PageContext {
        PageContext(language: context.language, showsCare: context.showsCare, csrfToken: context.csrfToken,
                    path: request.uri.path, workspaceName: workspace.displayName)
    }

    /// Waits briefly for the current match; shows progress when it takes longer, and
    /// the file's problems when the scenario cannot be read.
    func withBaseMatch(_ request: Request, _ context: WebContext, section: PageLayout.Section?, title: Message,
                       render: @Sendable (BaseMatch, PageContext) async throws -> Response) async throws -> Response {
        try await withCurrentMatch(request, context, section: section, title: title) { _, base, page in
            try await render(base, page)
        }
    }

    /// Like ``withBaseMatch(_:_:section:title:render:)``, and hands on the loaded scenario too: its fingerprint keys the jobs.
    func withCurrentMatch(_ request: Request, _ context: WebContext, section: PageLayout.Section?, title: Message,
                          render: @Sendable (LoadedScenario, BaseMatch, PageContext) async throws -> Response)
        async throws -> Response {
        let page = pageContext(request, context)
        switch await workspace.current() {
        case .failure(let error):
            return PageResponse.html(ErrorPage.inLayout(page, section: section, title: page.text(AccessWords.scenarioProblem),
                                                        detail: error.description), status: .unprocessableContent)
        case .success(let loaded):
            let job = jobs.baseMatch(of: loaded, options: matchOptions)
            return try await answer(of: job, as: BaseMatch.self, page, section: section, title: title) { base in
                try await render(loaded, base, page)
            }
        }
    }

    /// The answer of `job` drawn by `render` when it comes within a second; else its progress page.
    func answer<Answer: Sendable>(of job: Job, as type: Answer.Type, _ page: PageContext, section: PageLayout.Section?,
                                  title: Message, render: (Answer) async throws -> Response) async throws -> Response {
        _ = await job.wait(upTo: 0.9)
        // Drawn knowing the job, so that a stopped or failed one can be asked again.
        if let answer = job.answer(as: Answer.self) { return try await AnsweredJobs.showing(job) { try await render(answer) } }
        if case .failed(let message) = job.phase {
            return AnsweredJobs.$current.withValue(AnsweredJobs.current + [job]) {
                PageResponse.html(ErrorPage.inLayout(page, section: section, title: page.text(title),
                                                     detail: page.text(ProgressWords.failed, message)),
                                  status: .internalServerError)
            }
        }
        return PageResponse.html(ProgressPage.render(job, page, section: section, title: page.text(title)))
    }

    // MARK: Routes every page needs

    private func addCommonRoutes(to router: Router<WebContext>) {
        router.get("/static/style.css") { _, _ in
            PageResponse.text(StyleSheet.css, contentType: "text/css; charset=utf-8")
        }
        router.get("/static/app.js") { _, _ in
            PageResponse.text(ClientScript.javaScript, contentType: "text/javascript; charset=utf-8")
        }
        router.get("/begrippen") { [self] request, context in
            let page = pageContext(request, context)
            return PageResponse.html(PageLayout.page(page, section: .glossary, title: page.text(GlossaryWords.title),
                                                     body: GlossaryPage.body(page)))
        }
        router.get("/taak/:id") { [self] _, context in
            guard let id = context.parameters.get("id"), let job = jobs.job(id: id) else {
                return PageResponse.json("{\"done\":true,\"failed\":true}", status: .notFound)
            }
            let data = try JSONEncoder().encode(JobStatus(job, language: context.language))
            return PageResponse.json(String(decoding: data, as: UTF8.self))
        }
        router.post("/taak/:id/stop") { [self] request, context in
            let fields = try await FormFields.read(request, limit: configuration.maximumBodyBytes)
            if let id = context.parameters.get("id") { jobs.job(id: id)?.stop() }
            return PageResponse.redirect(to: LocalPath.checked(fields["terug"]))
        }
        router.post("/voorkeuren") { [self] request, _ in
            let fields = try await FormFields.read(request, limit: configuration.maximumBodyBytes)
            var response = PageResponse.redirect(to: LocalPath.checked(fields["terug"]))
            let year = 365 * 24 * 3600
            if let code = fields["taal"], let language = Language(code: code) {
                response.headers.append(AccessGuard.cookie(AccessGuard.languageCookie, language.rawValue, maxAge: year))
            }
            if let care = fields["zorg"] {
                // Shown for this browser session only: health data should not stay switched on by default.
                response.headers.append(AccessGuard.cookie(AccessGuard.careCookie, care == "1" ? "1" : "0"))
            }
            return response
        }
    }

    private func addOverviewRoutes(to router: Router<WebContext>) {
        router.get("/") { [self] request, context in
            try await withBaseMatch(request, context, section: .overview, title: OverviewWords.title) { base, page in
                PageResponse.html(PageLayout.page(page, section: .overview, title: page.text(OverviewWords.title),
                                                  body: OverviewPage.body(base, page)))
            }
        }
    }
}
