import Foundation
import HousingMatchReports

/// Number formatting for reports: no trailing zeros, at most a few decimals.
enum Format {
    static func number(_ value: Double, decimals: Int = 2) -> String {
        ReportFormat.number(value, decimals: decimals)
    }

    static func seconds(_ value: Double) -> String {
        value < 10 ? String(format: "%.2f s", value) : String(format: "%.1f s", value)
    }
}
