import HousingMatch
import Hummingbird
import ScenarioIO
import Wording

/// The founders' and the households' pages: `/woongroep`, `/woongroep/:id`,
/// the what-if of dropping one of a group's requirements, `/huishouden` and
/// `/huishouden/:id`. Every question that solves runs as a job.
extension WorkspaceApp {
    func addGroupRoutes(to router: Router<WebContext>) {
        router.get("/woongroep") { [self] request, context in
            try await withCurrentMatch(request, context, section: .group, title: GroupWords.listTitle) { _, base, page in
                PageResponse.html(PageLayout.page(page, section: .group, title: page.text(GroupWords.listTitle),
                                                  body: GroupPage.list(base, page)))
            }
        }

        router.get("/woongroep/:id") { [self] request, context in
            let id = GroupID(context.parameters.get("id") ?? "")
            return try await withCurrentMatch(request, context, section: .group, title: GroupWords.listTitle) { loaded, base, page in
                guard let group = base.scenario.groups.first(where: { $0.id == id }) else {
                    return notFound(page, section: .group, GroupWords.notFound, id.rawValue)
                }
                // Members and fits need no solve: asked at once, without costs.
                let overview = try base.whatIf.candidates(for: id, top: 0)
                let candidatesJob = jobs.groupCandidates(of: base, fingerprint: loaded.fingerprint, group: id,
                                                         top: GroupPage.candidatesAsked)
                let explanationJob = jobs.groupExplanation(of: base, fingerprint: loaded.fingerprint, group: id)
                _ = await candidatesJob.wait(upTo: 0.9)
                _ = await explanationJob.wait(upTo: 0.1)
                let candidates = Pending<GroupCandidates>(candidatesJob)
                let explanation = Pending<GroupExplanation>(explanationJob)
                let refresh: HTML = candidates.isWorking || explanation.isWorking
                    ? "<noscript><meta http-equiv=\"refresh\" content=\"3\"></noscript>" : .empty
                // Drawn knowing its two jobs, so that a stopped one can be asked again.
                return AnsweredJobs.$current.withValue(AnsweredJobs.current + [candidatesJob, explanationJob]) {
                    PageResponse.html(PageLayout.page(
                        page, section: .group, title: Self.groupTitle(group),
                        body: GroupPage.body(group, base: base, overview: overview, candidates: candidates,
                                             explanation: explanation, page),
                        head: refresh))
                }
            }
        }

        // One click: start the what-if, then show its answer on a page of its own (a reload does not post again).
        router.post("/woongroep/:id/wat-als") { [self] request, context in
            let fields = try await FormFields.read(request, limit: configuration.maximumBodyBytes)
            let id = context.parameters.get("id") ?? ""
            guard let requirement = fields["regel"].flatMap(GroupRequirement.init(rawValue:)) else {
                return PageResponse.redirect(to: "/woongroep/" + id.addingPercentEncodingForPath)
            }
            if case .success(let loaded) = await workspace.current(),
               let base = jobs.baseMatch(of: loaded, options: matchOptions).answer(as: BaseMatch.self) {
                _ = jobs.requirementOutcome(of: base, fingerprint: loaded.fingerprint, group: GroupID(id),
                                            requirement: requirement, options: matchOptions)
            }
            return PageResponse.redirect(to: Self.requirementPath(GroupID(id), requirement))
        }

        router.get("/woongroep/:id/wat-als/:regel") { [self] request, context in
            let id = GroupID(context.parameters.get("id") ?? "")
            let requirement = context.parameters.get("regel").flatMap(GroupRequirement.init(rawValue:))
            return try await withCurrentMatch(request, context, section: .group, title: GroupWords.dropTitle) { loaded, base, page in
                guard let group = base.scenario.groups.first(where: { $0.id == id }) else {
                    return notFound(page, section: .group, GroupWords.notFound, id.rawValue)
                }
                let title = page.text(GroupWords.dropResultTitle, requirement?.label(for: group, page) ?? "", group.displayName)
                guard let requirement, let job = jobs.requirementOutcome(of: base, fingerprint: loaded.fingerprint, group: id,
                                                                         requirement: requirement, options: matchOptions) else {
                    return PageResponse.html(ErrorPage.inLayout(page, section: .group, title: page.text(GroupWords.dropUnknown),
                                                                detail: nil), status: .notFound)
                }
                return try await answer(of: job, as: RequirementOutcome.self, page, section: .group,
                                        title: GroupWords.dropTitle) { outcome in
                    PageResponse.html(PageLayout.page(page, section: .group, title: title,
                                                      body: GroupPage.requirementResult(outcome, group: group, base: base, page)))
                }
            }
        }

        router.get("/huishouden") { [self] request, context in
            try await withCurrentMatch(request, context, section: .household, title: HouseholdWords.listTitle) { _, base, page in
                PageResponse.html(PageLayout.page(page, section: .household, title: page.text(HouseholdWords.listTitle),
                                                  body: HouseholdPage.list(base, page)))
            }
        }

        router.get("/huishouden/:id") { [self] request, context in
            let id = SeekerID(context.parameters.get("id") ?? "")
            return try await withCurrentMatch(request, context, section: .household, title: HouseholdWords.listTitle) { loaded, base, page in
                guard let seeker = base.scenario.seekers.first(where: { $0.id == id }) else {
                    return notFound(page, section: .household, HouseholdWords.notFound, id.rawValue)
                }
                let title = HouseholdWords.title
                let job = jobs.seekerExplanation(of: base, fingerprint: loaded.fingerprint, seeker: id)
                return try await answer(of: job, as: SeekerExplanation.self, page, section: .household,
                                        title: Message(title.key, nl: title.nl.replacingOccurrences(of: "{0}", with: id.rawValue),
                                                       en: title.en.replacingOccurrences(of: "{0}", with: id.rawValue))) { explanation in
                    PageResponse.html(PageLayout.page(page, section: .household, title: page.text(title, id.rawValue),
                                                      body: HouseholdPage.body(seeker, explanation: explanation, base: base, page)))
                }
            }
        }
    }

    private func notFound(_ page: PageContext, section: PageLayout.Section, _ message: Message, _ id: String) -> Response {
        PageResponse.html(ErrorPage.inLayout(page, section: section, title: page.text(message, id), detail: nil),
                          status: .notFound)
    }

    static func groupTitle(_ group: Group) -> String {
        group.name.isEmpty || group.name == group.id.rawValue ? group.id.rawValue : "\(group.name) (\(group.id))"
    }

    static func requirementPath(_ group: GroupID, _ requirement: GroupRequirement) -> String {
        "/woongroep/" + group.rawValue.addingPercentEncodingForPath + "/wat-als/" + requirement.rawValue
    }
}
