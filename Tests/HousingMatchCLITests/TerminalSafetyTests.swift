import Foundation
import Testing

/// Text from a scenario reaches a terminal only escaped: a name or id holding
/// an escape sequence or a bell cannot steer the terminal or split a line.
@Suite("Terminal safety")
struct TerminalSafetyTests {
    /// Control characters other than line breaks and tabs.
    private func controls(in text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { $0 != "\n" && $0 != "\t" && $0.properties.generalCategory == .control }
    }

    @Test("a group name with an escape sequence and a bell is printed escaped in the report")
    func namesInReports() throws {
        let workspace = try Workspace()
        let scenario = try workspace.write("tiny.yaml", CLITests.tiny.replacingOccurrences(
            of: "name: Samen Houten", with: #"name: "\e[31mSamen\a Houten""#))
        let run = try workspace.run(["solve", scenario])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(controls(in: run.stdout).isEmpty)
        #expect(run.stdout.contains(#"\u{1B}[31mSamen\u{7} Houten"#), "\(run.stdout)")
    }

    @Test("an id with an escape or a newline is refused on one line, escaped")
    func idsInMessages() throws {
        let workspace = try Workspace()
        let scenario = try workspace.write("tiny.yaml", CLITests.tiny.replacingOccurrences(
            of: "{id: s2,", with: #"{id: "s2\e]0;owned\a\nrm", "#))
        let run = try workspace.run(["validate", scenario])
        #expect(run.status == 65)
        #expect(controls(in: run.stderr).isEmpty)
        #expect(run.stderrLines.count == 1, "\(run.stderr)")
        #expect(run.stderr.contains(#"sites[1].id (line 9): must not contain control characters"#), "\(run.stderr)")
    }
}
