import Foundation
import Testing

/// Every page of the menu, as a keyboard and screen-reader user and a tablet user meet it.
@Suite("Browser: every page is usable with keyboard, screen reader and tablet", .serialized,
       .enabled(if: BrowserBinaries.shouldRun, "needs chromium and chromium-driver (.ci/setup --tests installs them)"))
struct AccessibilityBrowserTests {
    /// Problems a page shows a screen reader: controls without a name, more or fewer than one h1,
    /// charts without a title, tables without headers, a missing language.
    static let audit = """
        const problems = [];
        if (!document.documentElement.lang) problems.push('no lang on html');
        const h1 = document.querySelectorAll('h1').length;
        if (h1 !== 1) problems.push(h1 + ' h1 headings');
        for (const c of document.querySelectorAll('input:not([type=hidden]), select, textarea, button')) {
          const named = (c.labels && c.labels.length) || c.getAttribute('aria-label') || c.getAttribute('aria-labelledby')
            || (c.tagName === 'BUTTON' && c.textContent.trim()) || c.getAttribute('title');
          if (!named) problems.push('unnamed ' + c.tagName.toLowerCase() + ' ' + (c.name || c.id || c.outerHTML.slice(0, 60)));
        }
        for (const s of document.querySelectorAll('svg')) {
          if (!s.querySelector('title') && !s.getAttribute('aria-label') && s.getAttribute('aria-hidden') !== 'true')
            problems.push('svg without title');
        }
        for (const t of document.querySelectorAll('table')) {
          if (!t.querySelector('th')) problems.push('table without headers');
        }
        if (document.documentElement.scrollWidth > window.innerWidth + 2) problems.push('scrolls sideways: ' + document.documentElement.scrollWidth);
        return problems;
        """

    @Test("each menu page at tablet width: one h1, every control named, no sideways scrolling; the skip link reaches the content")
    func everyPage() async throws {
        let server = try ServedWorkspace()
        defer { server.stop() }
        let browser = try await WebDriver(width: 820, height: 1100)
        do {
            try await browser.open(server.url("/"))
            _ = try await browser.waitFor("table.match")
            var paths: [String] = []
            for link in try await browser.findAll("nav a") {
                if let href = try await browser.attribute("href", of: link) { paths.append(href) }
            }
            #expect(paths.count >= 8)
            for path in paths {
                let url = path.hasPrefix("http") ? URL(string: path)! : server.url(path)
                try await browser.open(url)
                // A page whose answer takes longer shows progress first and reloads itself.
                let deadline = Date().addingTimeInterval(60)
                while try await !browser.findAll("[data-job]").isEmpty, Date() < deadline {
                    try await Task.sleep(for: .milliseconds(300))
                }
                let problems = try await browser.run(Self.audit) as? [Any] ?? ["audit did not run"]
                #expect(problems.isEmpty, "\(path): \(problems)")
                let name = url.path == "/" ? "overzicht" : String(url.path.dropFirst())
                try await browser.screenshot("tablet-" + name.replacingOccurrences(of: "/", with: "-"))
            }
            // The skip link, hidden until it has the focus (as the first Tab gives it), moves the focus to the content.
            try await browser.open(server.url("/begrippen"))
            _ = try await browser.run("document.querySelector('a.skip').focus(); return true;")
            let skip = try await browser.find("a.skip")
            try await browser.type("\u{E007}", into: skip)
            let focused = try await browser.run("return document.activeElement.id;") as? String
            #expect(focused == "inhoud")
        } catch {
            await browser.quit()
            throw error
        }
        await browser.quit()
    }
}
