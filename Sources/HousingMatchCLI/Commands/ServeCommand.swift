import ArgumentParser
import Foundation
import HousingMatchWeb
import Synchronization
import Wording

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Open the web workspace: the match, each side's questions and what-ifs, in a browser.",
        discussion: """
            The workspace is a folder with one scenario file (scenario.yaml, or the folder's \
            only .yaml or .json file), its variants in variants/ and saved solutions in \
            solutions/. Without a folder, a copy of the example is made in \
            ./housing-match-voorbeeld (or that copy is opened again). The pages are in Dutch, \
            with English one click away.

            The server listens on 127.0.0.1, which only this computer reaches. Any other \
            address needs the access token that is printed at start (and may be given with \
            --token); share the printed link only with people who may see the data. \
            Stop the server with Ctrl-C.
            """
    )

    @Argument(help: ArgumentHelp("The workspace folder (default: a copy of the example).", valueName: "folder"))
    var folder: String?

    @Option(help: "The address to listen on. Anything but 127.0.0.1 or localhost requires an access token.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0 picks a free one).")
    var port = 8080

    @Option(help: ArgumentHelp("The access token to require (default: a new random one when --host is not this computer).",
                               valueName: "token"))
    var token: String?

    @Option(help: "The pages' language for a visitor who has not chosen one: nl or en.")
    var lang: LanguageOption = .nl

    @Option(help: ArgumentHelp("The longest one solve may run, in seconds.", valueName: "seconds"))
    var timeLimit: Double = 60

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
        guard timeLimit > 0, timeLimit.isFinite else { throw ValidationError("--time-limit must be more than 0 seconds") }
        if let token, token.count < 16 || token.contains(where: { !$0.isLetter && !$0.isNumber }) {
            throw ValidationError("--token must be at least 16 letters and digits")
        }
    }

    func run() throws {
        let workspaceFolder: URL
        do {
            workspaceFolder = try folder.map { URL(fileURLWithPath: $0) } ?? ExampleWorkspace.openCopy()
        } catch {
            StandardError.print("housing-match: \(error)")
            throw ExitCodes.unreadable
        }
        let isLocal = WebConfiguration.isLoopback(host)
        let accessToken = token ?? (isLocal ? nil : WebConfiguration.makeAccessToken())
        let configuration = WebConfiguration(host: host, port: port, folder: workspaceFolder, accessToken: accessToken,
                                             defaultLanguage: lang.language, solveTimeLimit: timeLimit)
        let app: WorkspaceApp
        do {
            app = try WorkspaceApp(configuration: configuration)
        } catch {
            StandardError.print("housing-match: \(error)")
            throw ExitCodes.unreadable
        }
        let scenarioFile = app.workspace.scenarioFile.path
        let failure = Mutex<(any Error)?>(nil)
        let finished = DispatchSemaphore(value: 0)
        Task {
            do {
                try await app.run { address in
                    try? StandardOutput.print("Workspace: \(workspaceFolder.path) (scenario \(scenarioFile))")
                    try? StandardOutput.print("Open in your browser: \(address)")
                    if accessToken != nil {
                        try? StandardOutput.print("The link holds the access token: share it only with people who may see this data.")
                    }
                    try? StandardOutput.print("Stop with Ctrl-C.")
                }
            } catch {
                failure.withLock { $0 = error }
            }
            finished.signal()
        }
        finished.wait()
        if let error = failure.withLock({ $0 }) {
            StandardError.print("housing-match: the server stopped: \(error)")
            throw ExitCodes.solverFailed
        }
    }
}

/// `--lang nl|en`.
enum LanguageOption: String, ExpressibleByArgument, CaseIterable {
    case nl, en
    var language: Language { self == .nl ? .nl : .en }
}
