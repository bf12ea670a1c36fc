import Hummingbird

/// Asking a question again: a stopped job keeps its best answer so far under
/// its question, and a visitor who wants the full answer drops it here; the
/// page they come back to then asks it anew.
extension WorkspaceApp {
    func addJobRoutes(to router: Router<WebContext>) {
        router.post("/taak/:id/opnieuw") { [self] request, context in
            let fields = try await FormFields.read(request, limit: configuration.maximumBodyBytes)
            if let id = context.parameters.get("id") { jobs.forget(id: id) }
            return PageResponse.redirect(to: LocalPath.checked(fields["terug"]))
        }
    }
}
