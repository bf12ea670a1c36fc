import Spreadsheets
import Wording

/// One thing wrong with a sheet, with where the person finds it: row, column letter and header.
public struct ImportProblem: Sendable, Equatable, CustomStringConvertible {
    /// The spreadsheet's row number (1 is the header row), or nil for the sheet as a whole.
    public var row: Int?
    /// The 0-based column, or nil for a whole row.
    public var column: Int?
    /// The column's header as the sheet writes it.
    public var header: String?
    public var message: Message
    public var values: [String]

    public init(row: Int?, column: Int?, header: String?, message: Message, values: [String] = []) {
        self.row = row
        self.column = column
        self.header = header
        self.message = message
        self.values = values
    }

    /// The column's letters ("D"), if the problem is in a column.
    public var columnLetters: String? { column.map(Sheet.columnLetters) }

    /// "rij 14, kolom D (Max. huur): '12OO' is geen bedrag".
    public func said(in language: Language) -> String {
        let what = message.said(in: language, values: values)
        let place: String? = switch (row, column) {
        case let (row?, column?): ImportWords.cellPlace(language, row, Sheet.columnLetters(column), header ?? "")
        case let (row?, nil): ImportWords.rowPlace(language, row)
        case let (nil, column?): ImportWords.columnPlace(language, Sheet.columnLetters(column), header ?? "")
        case (nil, nil): nil
        }
        return place.map { ImportWords.problemAt(language, $0, what) } ?? what
    }

    public var description: String { said(in: .en) }
}

/// A note about the sheet that is no problem: an unknown column skipped, personal data kept out.
public struct ImportNote: Sendable, Equatable {
    public var message: Message
    public var values: [String]

    public init(_ message: Message, _ values: [String]) {
        self.message = message
        self.values = values
    }

    public func said(in language: Language) -> String { message.said(in: language, values: values) }
}

/// What an import does to one row's entity.
public struct ImportChange: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case added
        /// Updated: the headers of the columns whose value changed.
        case updated([String])
        case unchanged
    }

    public var side: ImportSide
    public var id: String
    public var row: Int
    public var kind: Kind

    public init(side: ImportSide, id: String, row: Int, kind: Kind) {
        self.side = side
        self.id = id
        self.row = row
        self.kind = kind
    }
}

/// What importing a sheet into a scenario would do: the merged scenario, what changed, and any problems.
///
/// With problems, nothing is to be written: ``scenario`` is then the scenario as it was.
public struct ImportPlan: Sendable {
    /// The side the rows went to, given or read from the headers; nil when it could not be told.
    public var side: ImportSide?
    /// The scenario with the rows merged in.
    public var scenario: Scenario
    public var changes: [ImportChange]
    public var problems: [ImportProblem]
    public var notes: [ImportNote]
    /// The key with the people of this sheet added; nil when no key file is used.
    public var key: PseudonymKey?
    /// How many households got a new id.
    public var freshIDs: Int
    /// How many rows below the header were read.
    public var rowCount: Int

    /// Whether anything would change in the scenario.
    public var changesScenario: Bool { changes.contains { $0.kind != .unchanged } }
}

import HousingMatch
