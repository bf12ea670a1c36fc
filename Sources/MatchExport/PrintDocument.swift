import HTMLRendering
import Wording

/// A self-contained HTML file to print: A4 pages, one list per page, no menus
/// and no scripts; its style sheet is inside the file, so it prints the same
/// from any folder, browser or `chromium --print-to-pdf`.
public struct PrintDocument: Sendable {
    /// The generator named in each file, by which a later run knows its own files.
    public static let generator = "housing-match lists"

    public var title: String
    public var language: Language
    /// The lists, each an HTML `<section class="list">`; a page break between them.
    public var sections: [String]

    public init(title: String, language: Language, sections: [String]) {
        self.title = title
        self.language = language
        self.sections = sections
    }

    /// The whole file.
    public var html: String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="generator" content="\(Self.generator)">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLText.escape(title))</title>
        <style>
        \(Self.styleSheet)
        </style>
        </head>
        <body>
        \(sections.joined(separator: "\n"))
        </body>
        </html>

        """
    }

    /// Readable at 11pt; names large; a ruled cell per member to write on.
    static let styleSheet = """
        @page { size: A4; margin: 16mm 14mm 18mm; }
        * { box-sizing: border-box; }
        body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 11pt; line-height: 1.35;
               color: #000; background: #fff; margin: 0; }
        section.list { break-after: page; page-break-after: always; }
        section.list:last-of-type { break-after: auto; page-break-after: auto; }
        h1 { font-size: 20pt; margin: 0 0 3pt; }
        h2 { font-size: 14pt; margin: 16pt 0 2pt; break-after: avoid; page-break-after: avoid; }
        .code { font-weight: normal; font-size: 11pt; color: #444; }
        p { margin: 0 0 8pt; }
        p.lead { color: #333; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 3pt 14pt; margin: 8pt 0 12pt; }
        dl.facts dt { font-weight: bold; }
        dl.facts dd { margin: 0; }
        table { width: 100%; border-collapse: collapse; margin-top: 4pt; }
        thead { display: table-header-group; }
        th { text-align: left; font-size: 10pt; padding: 3pt 5pt; border-bottom: 1.5pt solid #000; }
        td { padding: 5pt; vertical-align: top; border-bottom: 0.6pt solid #777; height: 15mm; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        td.number { width: 8mm; color: #444; }
        .who { font-size: 15pt; font-weight: bold; display: block; }
        .who-id { font-size: 9pt; color: #444; display: block; }
        .founder { font-size: 9pt; font-style: italic; }
        td.household { width: 24%; }
        td.write { width: 26%; border-bottom: 0.9pt solid #000; }
        p.note { font-size: 9.5pt; color: #333; margin-top: 10pt; }
        @media screen {
          body { max-width: 210mm; margin: 0 auto; padding: 12mm; }
          section.list { border-bottom: 2px dashed #999; padding-bottom: 12mm; margin-bottom: 12mm; }
        }
        """
}
