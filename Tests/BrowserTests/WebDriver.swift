import Foundation
import LoopbackHTTP

/// A headless Chromium driven through chromedriver's W3C WebDriver protocol:
/// open a page, find elements by CSS selector, click, type, read, and take
/// screenshots, as a person would use the pages.
final class WebDriver: @unchecked Sendable {
    private let driver: Process
    private let base: URL
    private let session: String

    /// Starts chromedriver and a headless browser with a window of `width` × `height`.
    init(width: Int = 1280, height: Int = 900) async throws {
        guard let chromedriver = BrowserBinaries.chromedriver, let chromium = BrowserBinaries.chromium else {
            throw BrowserTestError.driverDidNotStart
        }
        var started: (Process, URL)?
        for _ in 0..<5 where started == nil {
            let port = Int.random(in: 20_000..<60_000)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: chromedriver)
            process.arguments = ["--port=\(port)"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            let url = URL(string: "http://127.0.0.1:\(port)/")!
            for _ in 0..<50 {
                if (try? await Self.call(url.appendingPathComponent("status"), method: "GET", body: nil)) != nil {
                    started = (process, url)
                    break
                }
                try await Task.sleep(for: .milliseconds(100))
            }
            if started == nil {
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
            }
        }
        guard let (process, url) = started else { throw BrowserTestError.driverDidNotStart }
        driver = process
        base = url
        let capabilities: [String: Any] = ["capabilities": ["alwaysMatch": [
            "browserName": "chrome",
            "goog:chromeOptions": [
                "binary": chromium,
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                         "--window-size=\(width),\(height)", "--lang=nl-NL"],
            ],
        ]]]
        do {
            let value = try await Self.call(url.appendingPathComponent("session"), method: "POST", body: capabilities)
            guard let id = (value as? [String: Any])?["sessionId"] as? String else {
                throw BrowserTestError.webDriver("no session id in \(String(describing: value))")
            }
            session = id
        } catch {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            throw error
        }
    }

    func quit() async {
        _ = try? await command("", method: "DELETE")
        // chromedriver does not end on SIGTERM.
        kill(driver.processIdentifier, SIGKILL)
        driver.waitUntilExit()
    }

    // MARK: Pages

    func open(_ url: URL) async throws {
        _ = try await command("url", body: ["url": url.absoluteString])
    }

    var currentURL: String {
        get async throws { try await command("url", method: "GET") as? String ?? "" }
    }

    var title: String {
        get async throws { try await command("title", method: "GET") as? String ?? "" }
    }

    var pageSource: String {
        get async throws { try await command("source", method: "GET") as? String ?? "" }
    }

    func run(_ script: String, _ arguments: [Any] = []) async throws -> Any? {
        try await command("execute/sync", body: ["script": script, "args": arguments])
    }

    /// Saves a PNG of the window to the screenshot folder (a build artefact) and returns its path.
    @discardableResult
    func screenshot(_ name: String) async throws -> URL {
        let encoded = try await command("screenshot", method: "GET") as? String ?? ""
        let folder = BrowserBinaries.screenshotFolder
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(name + ".png")
        try Data(base64Encoded: encoded)?.write(to: file)
        return file
    }

    /// Makes the window tall enough for the whole page, so a screenshot shows all of it.
    func fitWindowToPage(width: Int = 1280) async throws {
        let height = try await run("return Math.min(6000, document.documentElement.scrollHeight);") as? Int ?? 900
        _ = try await command("window/rect", body: ["width": width, "height": height + 120])
    }

    func resize(width: Int, height: Int) async throws {
        _ = try await command("window/rect", body: ["width": width, "height": height])
    }

    // MARK: Elements

    struct Element: Sendable {
        let id: String
    }

    func find(_ css: String) async throws -> Element {
        let value = try await command("element", body: ["using": "css selector", "value": css])
        guard let id = Self.elementID(value) else { throw BrowserTestError.webDriver("no element for \(css)") }
        return Element(id: id)
    }

    func findAll(_ css: String) async throws -> [Element] {
        let value = try await command("elements", body: ["using": "css selector", "value": css])
        return (value as? [Any] ?? []).compactMap(Self.elementID).map(Element.init)
    }

    /// Waits up to `seconds` for an element to appear (after a solve, a page reloads itself).
    func waitFor(_ css: String, seconds: Double = 60) async throws -> Element {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            if let element = try await findAll(css).first { return element }
            if Date() > deadline { throw BrowserTestError.webDriver("\(css) did not appear in \(seconds) s") }
            try await Task.sleep(for: .milliseconds(200))
        }
    }

    func click(_ element: Element) async throws {
        _ = try await command("element/\(element.id)/click", body: [:])
    }

    func type(_ text: String, into element: Element) async throws {
        _ = try await command("element/\(element.id)/value", body: ["text": text])
    }

    func clear(_ element: Element) async throws {
        _ = try await command("element/\(element.id)/clear", body: [:])
    }

    func text(of element: Element) async throws -> String {
        try await command("element/\(element.id)/text", method: "GET") as? String ?? ""
    }

    func attribute(_ name: String, of element: Element) async throws -> String? {
        try await command("element/\(element.id)/attribute/\(name)", method: "GET") as? String
    }

    /// Chooses the option whose value is `value` in a `<select>`.
    func select(_ value: String, in select: Element) async throws {
        let option = try await command("element/\(select.id)/element",
                                       body: ["using": "css selector", "value": "option[value=\"\(value)\"]"])
        guard let id = Self.elementID(option) else { throw BrowserTestError.webDriver("no option \(value)") }
        try await click(Element(id: id))
    }

    /// The text of the whole page, as a reader sees it.
    var visibleText: String {
        get async throws { try await text(of: find("body")) }
    }

    // MARK: Protocol

    private func command(_ path: String, method: String = "POST", body: [String: Any]? = nil) async throws -> Any? {
        var url = base.appendingPathComponent("session").appendingPathComponent(session)
        if !path.isEmpty { url = url.appendingPathComponent(path) }
        return try await Self.call(url, method: method, body: method == "POST" ? (body ?? [:]) : nil)
    }

    private static func call(_ url: URL, method: String, body: [String: Any]?) async throws -> Any? {
        let payload = try body.map { try JSONSerialization.data(withJSONObject: $0) }
        let response = try await LoopbackHTTP.request(method, url, headers: payload == nil ? [:] : ["Content-Type": "application/json"],
                                             body: payload)
        let object = try JSONSerialization.jsonObject(with: response.body, options: [.fragmentsAllowed]) as? [String: Any]
        let value = object?["value"]
        if let error = (value as? [String: Any])?["error"] as? String {
            let message = (value as? [String: Any])?["message"] as? String ?? ""
            throw BrowserTestError.webDriver("\(error): \(message.prefix(300))")
        }
        return value is NSNull ? nil : value
    }

    private static func elementID(_ value: Any?) -> String? {
        (value as? [String: Any])?["element-6066-11e4-a52e-4f735466cecf"] as? String
    }
}
