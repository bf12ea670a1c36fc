import Foundation
import Testing

/// `serve` refuses what it cannot open before it listens, with the reason.
@Suite("serve at the command line")
struct ServeCommandTests {
    @Test("a folder that does not exist, or one with two scenario files and none named scenario.yaml, is refused with exit 66")
    func unusableFolders() throws {
        let workspace = try Workspace()
        let missing = try workspace.run(["serve", workspace.path("nowhere"), "--port", "0"])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("is not a folder"))

        _ = try workspace.write("a.yaml", "seekers: []\n")
        _ = try workspace.write("b.yaml", "seekers: []\n")
        let several = try workspace.run(["serve", workspace.folder.path, "--port", "0"])
        #expect(several.status == 66)
        #expect(several.stderr.contains("several scenario files (a.yaml, b.yaml)"))
        #expect(several.stdout.isEmpty)
    }

    @Test("a short access token and a port out of range are refused as usage errors")
    func badOptions() throws {
        let workspace = try Workspace()
        #expect(try workspace.run(["serve", "--token", "kort", "--port", "0"]).status == 64)
        #expect(try workspace.run(["serve", "--port", "70000"]).status == 64)
    }
}
