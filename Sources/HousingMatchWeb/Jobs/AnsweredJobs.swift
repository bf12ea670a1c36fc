/// The jobs whose answers the page being drawn shows, outermost first (the
/// current match, then the page's own question on it).
///
/// ``WorkspaceApp`` sets it around drawing an answer; a job started meanwhile
/// is based on them (``Job/basedOn``), and the page frame offers to ask again
/// when one of them was stopped or failed (``ProgressPage/askAgainNotice(_:)``).
enum AnsweredJobs {
    @TaskLocal static var current: [Job] = []

    /// Draws `body` with `job` added to the jobs whose answers the page shows.
    static func showing<Result>(_ job: Job, _ body: () async throws -> Result) async rethrows -> Result {
        try await $current.withValue(current + [job]) { try await body() }
    }

    /// The first job shown that ended early or failed: asking it again asks the rest too.
    static var firstUnfinished: Job? {
        current.first { job in
            if case .failed = job.phase { return true }
            return job.endedEarly
        }
    }
}
