import Foundation
import HousingMatch

/// A sweep as CSV: a header, then one row per point, for spreadsheets, R and pandas.
///
/// Columns: the parameter (headed by its path), `status`, `housed` (households),
/// `housed_objective` (stage 1, the sum of priorities), `preference_objective`
/// (stage 2), `housed_no_care` and `housed_<care type>` per care type,
/// `groups_formed`, `seconds`, and `problems` (validation messages of an invalid
/// point). Counts and objectives are empty when a point has no match, so that
/// "nobody housed" and "no answer" stay apart.
public enum SweepCSV {
    /// The header and rows of the points in `report`, each line ending in a newline.
    public static func text(_ report: SweepReport) -> String {
        var header = [report.parameter.path.text, "status", "housed", "housed_objective", "preference_objective",
                      "housed_no_care"]
        header += report.careTypes.map { "housed_\($0)" }
        header += ["groups_formed", "seconds", "problems"]
        var lines = [header]
        for point in report.points {
            let match = point.match
            var row = [SweepRange.written(point.value), point.statusText,
                       point.housedHouseholds.map(String.init) ?? "",
                       match?.objective.map { number($0.housed) } ?? "",
                       match?.objective.map { number($0.preference) } ?? "",
                       match != nil ? String(point.housedWithoutCare) : ""]
            row += report.careTypes.map { type in match != nil ? String(point.housedByCareType[type] ?? 0) : "" }
            row += [point.groupsFormed.map(String.init) ?? "", String(format: "%.3f", point.seconds),
                    point.issues.map(\.description).joined(separator: "; ")]
            lines.append(row)
        }
        return lines.map { $0.map(field).joined(separator: ",") + "\n" }.joined()
    }

    /// A number with up to six decimals and no trailing zeros: objectives are sums of
    /// fractions such as 2/3, and six decimals is finer than the solver's tolerance.
    static func number(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        var text = String(format: "%.6f", value)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    /// A field quoted as RFC 4180 asks when it holds a comma, a quote or a line break.
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
