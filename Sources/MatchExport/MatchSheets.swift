import HousingMatch
import Spreadsheets
import Wording

/// The match as spreadsheet sheets: one with everyone, one per group that forms.
///
/// Columns: household (and name, with a key file), group and its id, site and
/// its id, town, rent, care provider, then care type and hours only with care
/// details, and the reason for a household without a place.
public struct MatchSheets: Sendable {
    public let rows: MatchRows

    public init(_ rows: MatchRows) {
        self.rows = rows
    }

    private var options: ExportOptions { rows.options }

    /// The header row in the export's language.
    public var header: [Cell] {
        var words = [ExportWords.household]
        if options.showsNames { words.append(ExportWords.name) }
        words += [ExportWords.group, ExportWords.groupID, ExportWords.site, ExportWords.siteID, ExportWords.town,
                  ExportWords.rent, ExportWords.provider]
        if options.withCareDetails { words += [ExportWords.careType, ExportWords.careHours] }
        words.append(ExportWords.reason)
        return words.map { .text(options.text($0)) }
    }

    /// One household's cells, in the header's order.
    public func cells(_ row: HouseholdRow) -> [Cell] {
        func text(_ value: String?) -> Cell { value.map { $0.isEmpty ? .empty : .text($0) } ?? .empty }
        var cells: [Cell] = [.text(row.household.rawValue)]
        if options.showsNames { cells.append(text(row.name)) }
        cells += [text(row.group?.displayName), text(row.group?.id.rawValue), text(row.site?.displayName),
                  text(row.site?.id.rawValue), text(row.site?.municipality), row.site.map { .number($0.rent) } ?? .empty,
                  text(row.providers.isEmpty ? nil : row.providers.map(\.displayName).joined(separator: " / "))]
        if options.withCareDetails {
            cells.append(text(row.careType.map { DomainWords.careType($0, in: options.language) }))
            cells.append(row.careHours.map { .number($0) } ?? .empty)
        }
        cells.append(text(row.reason))
        return cells
    }

    /// Everyone on one sheet.
    public var everyone: Sheet {
        Sheet(name: options.text(ExportWords.everyoneSheet), rows: [header] + rows.rows.map(cells))
    }

    /// The sheet of one group that forms, named after the group.
    public func sheet(of group: MatchRows.GroupRows) -> Sheet {
        Sheet(name: group.group.displayName, rows: [header] + group.rows.map(cells))
    }

    /// Everyone first, then one sheet per group that forms (names made valid when written).
    public var all: [Sheet] {
        [everyone] + rows.groups.map(sheet(of:))
    }
}
