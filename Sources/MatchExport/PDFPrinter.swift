import Foundation
import ScenarioIO

/// Prints a list to PDF with headless chromium, when it is installed.
///
/// Chromium lays out the same HTML and print style sheet a browser prints,
/// A4 with page breaks between lists; no other PDF library is needed.
public struct PDFPrinter: Sendable {
    /// Why a PDF could not be made.
    public struct PrintError: Error, CustomStringConvertible {
        public var description: String
    }

    public let chromium: String

    public init(chromium: String) {
        self.chromium = chromium
    }

    /// The chromium on the PATH, if any.
    public static func chromiumPath() -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for folder in folders {
                let path = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: path) { return path }
            }
        }
        return nil
    }

    /// The PDF's name for a list's HTML file name.
    public static func pdfName(_ htmlName: String) -> String {
        (htmlName.hasSuffix(".html") ? String(htmlName.dropLast(5)) : htmlName) + ".pdf"
    }

    /// Prints `html` to the PDF file `target`, written atomically.
    public func print(_ html: String, to target: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("housing-match-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("list.html")
        let output = folder.appendingPathComponent("list.pdf")
        try Data(html.utf8).write(to: page)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-pdf-header-footer",
                             "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
                             "--print-to-pdf=\(output.path)", page.absoluteString]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let data = FileManager.default.contents(atPath: output.path), !data.isEmpty
        else { throw PrintError(description: "chromium made no PDF (exit \(process.terminationStatus))") }
        try SolutionFiles.writeAtomically(data, to: target)
    }
}
