import Foundation
import HousingMatch
import Hummingbird
import Wording

/// Woonplek and Zorgaanbieder: the lists of sites and providers, and the page
/// of one, whose questions (re-solves) run as a job of their own.
extension WorkspaceApp {
    func addSiteProviderRoutes(to router: Router<WebContext>) {
        router.get("/woonplek") { [self] request, context in
            try await withBaseMatch(request, context, section: .site, title: SiteWords.listTitle) { base, page in
                PageResponse.html(PageLayout.page(page, section: .site, title: page.text(SiteWords.listTitle),
                                                  body: SitePage.list(base, page)))
            }
        }
        router.get("/woonplek/:id") { [self] request, context in
            let id = SiteID(Self.pathIdentifier(context))
            return try await withQuestion(request, context, section: .site, title: SiteWords.listTitle, kind: "site",
                                          id: id.rawValue, exists: { $0.sites.contains { $0.id == id } }) { base, job in
                var whatIf = base.whatIf
                whatIf.options = job.options(from: whatIf.options)
                return try SiteOffer(site: id, whatIf: whatIf) { index, count, question in
                    job.showStep(index, of: count, question)
                }
            } render: { (offer: SiteOffer, base, page) in
                PageLayout.page(page, section: .site, title: page.text(SiteWords.title, offer.name),
                                body: SitePage.detail(offer, base, page))
            }
        }
        router.get("/zorgaanbieder") { [self] request, context in
            try await withBaseMatch(request, context, section: .provider, title: ProviderWords.listTitle) { base, page in
                PageResponse.html(PageLayout.page(page, section: .provider, title: page.text(ProviderWords.listTitle),
                                                  body: ProviderPage.list(base, page)))
            }
        }
        router.get("/zorgaanbieder/:id") { [self] request, context in
            let id = ProviderID(Self.pathIdentifier(context))
            return try await withQuestion(request, context, section: .provider, title: ProviderWords.listTitle,
                                          kind: "provider", id: id.rawValue,
                                          exists: { $0.providers.contains { $0.id == id } }) { base, job in
                var whatIf = base.whatIf
                whatIf.options = job.options(from: whatIf.options)
                let scenario = base.scenario
                return try ProviderPlacements(provider: id, whatIf: whatIf) { index, count, change in
                    job.showStep(index, of: count) { language in ProviderPage.changeText(change, scenario, language) }
                }
            } render: { (placements: ProviderPlacements, base, page) in
                PageLayout.page(page, section: .provider, title: page.text(ProviderWords.title, placements.name),
                                body: ProviderPage.detail(placements, base, page))
            }
        }
    }

    /// The `:id` of the path, percent-decoded (ids may hold spaces).
    private static func pathIdentifier(_ context: WebContext) -> String {
        let raw = context.parameters.get("id") ?? ""
        return raw.removingPercentEncoding ?? raw
    }

    /// A page whose answer takes solves: waits for the current match, then asks
    /// `work` as a job shared by every request for the same scenario, page and
    /// id, and draws its answer, or its progress while it takes longer than a second.
    private func withQuestion<Answer: Sendable>(
        _ request: Request, _ context: WebContext, section: PageLayout.Section, title: Message, kind: String, id: String,
        exists: (Scenario) -> Bool, work: @escaping @Sendable (BaseMatch, Job) throws -> Answer,
        render: @escaping @Sendable (Answer, BaseMatch, PageContext) -> HTML
    ) async throws -> Response {
        let page = pageContext(request, context)
        switch await workspace.current() {
        case .failure(let error):
            return PageResponse.html(ErrorPage.inLayout(page, section: section, title: page.text(AccessWords.scenarioProblem),
                                                        detail: error.description), status: .unprocessableContent)
        case .success(let loaded):
            guard exists(loaded.scenario) else {
                return PageResponse.html(ErrorPage.inLayout(page, section: section, title: page.text(title),
                                                            detail: page.text(CommonWords.notFound, id)),
                                         status: .notFound)
            }
            let baseJob = jobs.baseMatch(of: loaded, options: matchOptions)
            return try await answer(of: baseJob, as: BaseMatch.self, page, section: section, title: title) { base in
                let job = jobs.job(for: "\(kind):\(loaded.fingerprint):\(id)") { job in try work(base, job) }
                return try await answer(of: job, as: Answer.self, page, section: section, title: title) { answer in
                    PageResponse.html(render(answer, base, page))
                }
            }
        }
    }
}
