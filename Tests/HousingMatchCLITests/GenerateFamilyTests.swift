import Foundation
import Testing

/// `generate --family`: the default family's bytes never change; the second
/// family is valid, named, and different.
@Suite("generate --family")
struct GenerateFamilyTests {
    static let small = ["generate", "--seekers", "60", "--groups", "6", "--sites", "8", "--providers", "3", "--seed", "1"]
    static let regions = ["generate", "--seekers", "900", "--groups", "40", "--sites", "50", "--providers", "9",
                          "--regions", "3", "--seed", "4"]

    /// FNV-1a, 64 bits: a fingerprint of the output without a crypto library.
    static func fingerprint(_ data: Data) -> UInt64 {
        data.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }

    // The values are those of the generator before families existed; benchmarks
    // and earlier results rely on the same bytes.
    @Test("without --family, and with --family spread, the output is the bytes it always was")
    func spreadUnchanged() throws {
        let workspace = try Workspace()
        for (arguments, length, expected) in [(Self.small, 23_531, UInt64(0x4ba9_ae8b_30a7_6051)),
                                              (Self.regions, 346_830, UInt64(0x94f8_b1e7_33f7_23e5))] {
            let plain = try workspace.run(arguments)
            try #require(plain.status == 0, "\(plain.stderr)")
            #expect(plain.stdoutData.count == length)
            #expect(Self.fingerprint(plain.stdoutData) == expected)
            let spread = try workspace.run(arguments + ["--family", "spread"])
            #expect(spread.stdoutData == plain.stdoutData)
        }
    }

    @Test("--family care-heavy makes a valid, different scenario, the same every time, also with --regions")
    func careHeavy() throws {
        let workspace = try Workspace()
        for (name, arguments) in [("small", Self.small), ("regions", Self.regions)] {
            let path = workspace.path("\(name).json")
            let run = try workspace.run(arguments + ["--family", "care-heavy", "--output", path])
            try #require(run.status == 0, "\(run.stderr)")
            let validated = try workspace.run(["validate", path])
            #expect(validated.status == 0, "\(validated.stderr)")
            let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect(String(decoding: bytes, as: UTF8.self).contains("\"generated care-heavy "))
            #expect(try workspace.run(arguments + ["--family", "care-heavy"]).stdoutData == bytes)
            #expect(try workspace.run(arguments).stdoutData != bytes)
        }
    }

    @Test("an unknown family is a usage error that names the known ones")
    func unknownFamily() throws {
        let run = try Workspace().run(Self.small + ["--family", "crowded"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("spread") && run.stderr.contains("care-heavy"), "\(run.stderr)")
    }
}
