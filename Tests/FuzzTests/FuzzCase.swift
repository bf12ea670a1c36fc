import Foundation

/// One fuzz case: the files to write into a fresh folder, which of them to
/// load, and what the generator knows about them.
struct FuzzCase {
    /// What the case tests.
    enum Kind: String, Codable {
        /// A scenario file, loaded, solved and checked.
        case scenario
        /// A variant file with its base in the same folder.
        case variant
        /// A solution file checked against a valid scenario.
        case match
    }

    /// Where the case runs.
    enum Route: String, Codable {
        /// Through the library in this process (fast), and now and then also through the CLI.
        case inProcess
        /// Only through the `housing-match` binary, with a memory and time limit:
        /// for inputs that may trap, recurse deeply or expand (aliases), which in
        /// this process would end the whole test run.
        case subprocess
    }

    /// `seed-index` for a generated case, the file name for a corpus case.
    var name: String
    var kind: Kind
    var route: Route
    /// File name -> contents.
    var files: [String: Data]
    /// The scenario or variant file to load.
    var scenarioFile: String
    /// The solution file to check, for ``Kind/match``.
    var matchFile: String?
    /// The mutations applied, in words, for the report.
    var mutations: [String]
    /// Why MODEL.md requires this input to be refused, when the generator knows it must be.
    var expectedRefusal: String?
}

/// A case as a corpus file: JSON with the files as text (or base64 when not UTF-8).
struct CorpusEntry: Codable {
    struct File: Codable {
        var text: String?
        var base64: String?
    }

    var kind: FuzzCase.Kind
    var route: FuzzCase.Route
    var scenarioFile: String
    var matchFile: String?
    var files: [String: File]
    var mutations: [String]
    var expectedRefusal: String?
    /// Which failure the case showed when it was kept, and where it came from.
    var note: String

    init(_ fuzzCase: FuzzCase, note: String) {
        kind = fuzzCase.kind
        route = fuzzCase.route
        scenarioFile = fuzzCase.scenarioFile
        matchFile = fuzzCase.matchFile
        files = fuzzCase.files.mapValues { data in
            if let text = String(data: data, encoding: .utf8), String(decoding: Data(text.utf8), as: UTF8.self) == text {
                return File(text: text, base64: nil)
            }
            return File(text: nil, base64: data.base64EncodedString())
        }
        mutations = fuzzCase.mutations
        expectedRefusal = fuzzCase.expectedRefusal
        self.note = note
    }

    func fuzzCase(name: String) -> FuzzCase {
        FuzzCase(name: name, kind: kind, route: route,
                 files: files.mapValues { file in
                     file.text.map { Data($0.utf8) } ?? file.base64.flatMap { Data(base64Encoded: $0) } ?? Data()
                 },
                 scenarioFile: scenarioFile, matchFile: matchFile, mutations: mutations,
                 expectedRefusal: expectedRefusal)
    }

    var data: Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)).map { $0 + Data("\n".utf8) } ?? Data()
    }
}
