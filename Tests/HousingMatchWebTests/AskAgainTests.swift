import Foundation
import Testing
import Wording
@testable import HousingMatchWeb

/// A visitor who stopped a question can still have its full answer: "Opnieuw vragen"
/// drops the kept answer, and the question runs anew.
@Suite("Asking a stopped question again")
struct AskAgainTests {
    /// Work that runs until it is stopped, then answers with its best so far.
    static let untilStopped: @Sendable (Job) throws -> any Sendable = { job in
        while !job.stopRequested { Thread.sleep(forTimeInterval: 0.01) }
        return "best so far"
    }

    @Test("a stopped job keeps its answer until asked again; then a new job runs, and the answers asked on it go too")
    func stoppedThenAskedAgain() async throws {
        let board = JobBoard()
        let first = board.job(for: "q", work: Self.untilStopped)
        first.stop()
        #expect(await first.wait(upTo: 60))
        #expect(first.endedEarly)
        #expect(first.answer(as: String.self) == "best so far")
        #expect(board.job(for: "q", work: Self.untilStopped) === first)

        // A page's question asked on the stopped answer.
        let later = AnsweredJobs.$current.withValue([first]) { board.job(for: "q:later") { _ in "on it" } }
        #expect(later.basedOn == [first.id])
        #expect(await later.wait(upTo: 60))

        #expect(board.forget(id: first.id))
        #expect(board.existingJob(for: "q") == nil)
        #expect(board.existingJob(for: "q:later") == nil)
        let again = board.job(for: "q") { _ in "full answer" }
        #expect(again !== first)
        #expect(await again.wait(upTo: 60))
        #expect(again.answer(as: String.self) == "full answer")
        #expect(!again.endedEarly)
    }

    @Test("a job still running is not dropped, and a failed one can be asked again")
    func runningStaysFailedGoes() async throws {
        let board = JobBoard()
        let running = board.job(for: "slow", work: Self.untilStopped)
        #expect(!board.forget(id: running.id))
        #expect(board.existingJob(for: "slow") === running)
        running.stop()
        #expect(await running.wait(upTo: 60))

        struct Broken: Error {}
        let failed = board.job(for: "broken") { _ in throw Broken() }
        #expect(await failed.wait(upTo: 60))
        #expect(board.forget(id: failed.id))
        #expect(board.existingJob(for: "broken") == nil)
    }

    @Test("a step of a job is worded in the language of whoever looks")
    func stepInEachLanguage() async throws {
        let board = JobBoard()
        let job = board.job(for: "steps") { job in
            job.showStep(0, of: 2) { language in language == .nl ? "één woning meer" : "one more dwelling" }
            return try Self.untilStopped(job)
        }
        for _ in 0..<3000 where job.step == nil { try await Task.sleep(for: .milliseconds(10)) }
        #expect(JobStatus(job, language: .nl).detail == "1/2: één woning meer")
        #expect(JobStatus(job, language: .en).detail == "1/2: one more dwelling")
        job.stop()
        _ = await job.wait(upTo: 60)
    }
}
