import Foundation

/// One earlier version of the scenario file, kept in the workspace's `.history`
/// folder when a save replaced it, with what that save changed.
public struct HistoryEntry: Sendable, Codable, Equatable {
    /// The file in the history folder that holds the version's bytes, as they were.
    public var version: String
    /// When the save that replaced this version was made.
    public var savedAt: Date
    /// What the save changed.
    public var change: HistoryChange
}

/// What one save did, kept as data so that each visitor reads it in their own language.
public struct HistoryChange: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable {
        case edited, added, removed, undone, restored
        /// Rows of a spreadsheet merged in: `fields` holds the ids added or updated.
        case imported
    }

    public var kind: Kind
    /// The side of the scenario: `seekers`, `groups`, `sites` or `providers`.
    public var side: String?
    /// The entry's id (after the change, for an edit that renamed it).
    public var id: String?
    /// The keys of the fields an edit changed, as the file names them.
    public var fields: [String]
    /// For an undo or a restore: when the version brought back had been replaced.
    public var restoredFrom: Date?

    public init(kind: Kind, side: String? = nil, id: String? = nil, fields: [String] = [], restoredFrom: Date? = nil) {
        self.kind = kind
        self.side = side
        self.id = id
        self.fields = fields
        self.restoredFrom = restoredFrom
    }
}

/// The `.history` folder: the earlier versions' files and a log, one JSON line
/// per save, that keeps their order and what each save changed.
struct HistoryFolder {
    let folder: URL
    /// The scenario file's name, which each version's file name ends in.
    let scenarioName: String

    var logFile: URL { folder.appendingPathComponent("changes.jsonl") }

    /// The versions kept, oldest first; a line whose file is gone is left out.
    func entries() -> [HistoryEntry] {
        guard let data = try? Data(contentsOf: logFile) else { return [] }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return data.split(separator: UInt8(ascii: "\n")).compactMap { line in
            guard let entry = try? decoder.decode(HistoryEntry.self, from: Data(line)),
                  Self.isPlainName(entry.version),
                  FileManager.default.fileExists(atPath: folder.appendingPathComponent(entry.version).path)
            else { return nil }
            return entry
        }
    }

    /// The bytes of a kept version, or nil when there is no such version.
    func bytes(of version: String) -> Data? {
        guard Self.isPlainName(version) else { return nil }
        return try? Data(contentsOf: folder.appendingPathComponent(version))
    }

    /// Keeps `bytes` as a new version and logs `change` for it.
    func keep(_ bytes: Data, change: HistoryChange, at time: Date) throws -> HistoryEntry {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let stem = Self.fileTime(time)
        var name = "\(stem)-\(scenarioName)"
        var count = 2
        // Two saves in one millisecond: the log keeps their order, the name only has to be new.
        while FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path) {
            name = "\(stem)-\(count)-\(scenarioName)"
            count += 1
        }
        try SavingFiles.replace(bytes, at: folder.appendingPathComponent(name))
        let entry = HistoryEntry(version: name, savedAt: time, change: change)
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var line = try encoder.encode(entry)
        line.append(UInt8(ascii: "\n"))
        try SavingFiles.append(line, to: logFile)
        return entry
    }

    /// `2026-12-03T07-12-05-123`: sorts by time, and is a valid file name everywhere.
    static func fileTime(_ time: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .nanosecond], from: time)
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        let milliseconds = String(format: "%03d", (parts.nanosecond ?? 0) / 1_000_000)
        return "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day))T\(two(parts.hour))-\(two(parts.minute))-\(two(parts.second))-\(milliseconds)"
    }

    /// A version names a file in the history folder itself, never a path elsewhere.
    static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && !name.contains("/") && !name.contains("\\")
    }
}
