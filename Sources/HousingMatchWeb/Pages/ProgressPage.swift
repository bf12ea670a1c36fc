import HousingMatch
import Wording

/// The page shown while a job works: how far it is, and a button to stop it.
/// A small script refreshes the numbers and reloads the page when the answer
/// is there; without scripts the page reloads itself every few seconds.
enum ProgressPage {
    static func render(_ job: Job, _ context: PageContext, section: PageLayout.Section?, title: String) -> HTML {
        let status = JobStatus(job, language: context.language)
        let body: HTML = """
            <section class="progress" data-job="\(job.id)" aria-live="polite">
            <p class="working"><span class="spinner" aria-hidden="true"></span> <span data-field="headline">\(status.headline)</span></p>
            <p data-field="detail">\(status.detail)</p>
            <p data-field="best">\(status.best)</p>
            <p data-field="gap">\(status.gap)</p>
            <form method="post" action="/taak/\(job.id)/stop">\(context.csrfField)
            <input type="hidden" name="terug" value="\(context.path)">
            <button type="submit">\(context.text(ProgressWords.cancel))</button>
            </form>
            <p class="small">\(context.text(ProgressWords.reloadHint))</p>
            </section>
            """
        return PageLayout.page(context, section: section, title: title, body: body,
                               head: "<noscript><meta http-equiv=\"refresh\" content=\"3\"></noscript>")
    }
}

extension ProgressPage {
    /// Above a page whose answer was stopped before it ended, or whose work failed: a
    /// form to ask again, which drops the kept answer (and those asked on it) and
    /// comes back to this page, where the question then runs anew.
    static func askAgainNotice(_ context: PageContext) -> HTML {
        guard let job = AnsweredJobs.firstUnfinished else { return .empty }
        let failed = if case .failed = job.phase { true } else { false }
        return """
            <form class="ask-again warning no-print" method="post" action="/taak/\(job.id)/opnieuw">\(context.csrfField)
            <input type="hidden" name="terug" value="\(context.path)">
            <p>\(context.text(failed ? ProgressWords.askAgainFailed : ProgressWords.askAgainStopped))
            <button type="submit">\(context.text(ProgressWords.askAgain))</button></p>
            </form>
            """
    }
}

/// How far a job is, in words: the same for the page and for its script's polls.
struct JobStatus: Encodable {
    var done: Bool
    var failed: Bool
    var headline: String
    var detail: String
    var best: String
    var gap: String

    init(_ job: Job, language: Language) {
        let numbers = NumberWording(language)
        done = job.isDone
        if case .failed(let message) = job.phase {
            failed = true
            headline = ProgressWords.failed(language, message)
        } else {
            failed = false
            headline = ProgressWords.working(language) + " " + ProgressWords.elapsed(language, numbers.number(job.elapsedSeconds, digits: 0))
        }
        var detail = ""
        var best = ""
        var gap = ""
        if let progress = job.progress {
            detail = switch progress.stage {
            case .housed: ProgressWords.stage1(language)
            case .preference: ProgressWords.stage2(language)
            case .kept: ProgressWords.stage3(language)
            case .tieBreak: ProgressWords.stageLast(language)
            }
            if let objective = progress.bestObjective {
                best = ProgressWords.bestSoFar(language, numbers.number(objective))
                if let bound = progress.bestBound, abs(objective) > 1e-9 {
                    gap = ProgressWords.gap(language, numbers.percent(max(0, abs(bound - objective) / abs(objective))))
                }
            }
        }
        if let step = job.step {
            detail = "\(step.index + 1)/\(step.count): \(step.words(language))" + (detail.isEmpty ? "" : " · " + detail)
        }
        self.detail = detail
        self.best = best
        self.gap = gap
    }
}
