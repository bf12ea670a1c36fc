import Foundation
import HousingMatch
import LoopbackHTTP
import ScenarioIO
import Testing
@testable import HousingMatchWeb

/// A region large enough that its solve takes seconds: the page shows progress at once, stays usable,
/// and the solve can be stopped with its best match so far.
@Suite("Long solves in the web workspace", .serialized)
struct LongSolveTests {
    static let region = ScenarioGenerator(size: .init(seekers: 300, groups: 25, sites: 30, providers: 6),
                                          seed: 3, family: .careHeavy).generate()

    @Test("the overview of a 300-household region shows progress, other pages answer meanwhile, stop ends the solve with a match, and asking again starts it anew")
    func progressAndStop() async throws {
        // The region is written once the server runs: the solve it starts at once for its first scenario
        // could otherwise end before the first page is asked on a loaded machine.
        let server = try await RunningServer.start()
        defer { server.stop() }
        try ScenarioWriter.data(Self.region, format: .yaml).write(to: server.folder.appendingPathComponent("scenario.yaml"))
        let first = try await server.get("/")
        #expect(first.status == 200)
        let csrf = try #require(first.cookie("hm_csrf"))
        let page = first.text
        let jobID = try #require(page.firstMatch(of: /data-job="([0-9a-f]+)"/)?.1).description
        #expect(page.contains("Bezig met rekenen"))
        #expect(page.contains("action=\"/taak/\(jobID)/stop\""))

        // While it works, the glossary answers, and the job's status tells how far it is.
        #expect(try await server.get("/begrippen").status == 200)
        var status: [String: Any] = [:]
        for _ in 0..<100 {
            let response = try await server.get("/taak/\(jobID)")
            status = try #require(try JSONSerialization.jsonObject(with: response.body) as? [String: Any])
            if !((status["best"] as? String) ?? "").isEmpty { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        #expect((status["done"] as? Bool) == false)
        #expect((status["best"] as? String)?.hasPrefix("Beste tot nu toe") == true)

        // A second visitor asking the same page joins the same job instead of starting another solve.
        let second = try await server.get("/")
        #expect(second.text.contains("data-job=\"\(jobID)\"") || second.text.contains("De match van nu"))

        let stopped = try await server.post("/taak/\(jobID)/stop", form: "csrf=\(csrf)&terug=%2F",
                                      headers: ["Cookie": "hm_csrf=\(csrf)"])
        #expect(stopped.status == 303)
        var overview = ""
        for _ in 0..<300 {
            overview = try await server.get("/").text
            if !overview.contains("data-job=") { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        #expect(overview.contains("Gestopt. De beste match tot nu toe wordt getoond."))
        #expect(overview.contains("<table class=\"match\">"))
        // A second stop of a finished job changes nothing, and the page stays as it is.
        #expect(try await server.post("/taak/\(jobID)/stop", form: "csrf=\(csrf)&terug=%2F",
                                      headers: ["Cookie": "hm_csrf=\(csrf)"]).status == 303)
        #expect(try await server.get("/").text.contains("Gestopt."))

        // The stopped answer offers to ask again; asking drops it, and the page asks the question anew.
        #expect(overview.contains("action=\"/taak/\(jobID)/opnieuw\""))
        let askedAgain = try await server.post("/taak/\(jobID)/opnieuw", form: "csrf=\(csrf)&terug=%2F",
                                               headers: ["Cookie": "hm_csrf=\(csrf)"])
        #expect(askedAgain.status == 303)
        #expect(askedAgain.header("location") == "/")
        let again = try await server.get("/").text
        let newID = again.firstMatch(of: /data-job="([0-9a-f]+)"/).map { String($0.1) }
        #expect(newID != nil && newID != jobID, "a new solve runs")
        #expect(!again.contains("Gestopt."))
        if let newID {
            _ = try await server.post("/taak/\(newID)/stop", form: "csrf=\(csrf)&terug=%2F", headers: ["Cookie": "hm_csrf=\(csrf)"])
        }
    }
}
