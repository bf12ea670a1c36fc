import Wording

/// The frame of every page: the menu of pages for each kind of user, the
/// language and care-details switches, and a main part a screen reader can jump to.
enum PageLayout {
    /// The pages in the menu, in the order users meet them.
    enum Section: CaseIterable {
        case overview, group, household, site, provider, whatIf, data, export, glossary

        var path: String {
            switch self {
            case .overview: "/"
            case .group: "/woongroep"
            case .household: "/huishouden"
            case .site: "/woonplek"
            case .provider: "/zorgaanbieder"
            case .whatIf: "/wat-als"
            case .data: "/gegevens"
            case .export: "/exporteren"
            case .glossary: "/begrippen"
            }
        }

        var title: Message {
            switch self {
            case .overview: NavigationWords.overview
            case .group: NavigationWords.group
            case .household: NavigationWords.household
            case .site: NavigationWords.site
            case .provider: NavigationWords.provider
            case .whatIf: NavigationWords.whatIf
            case .data: NavigationWords.data
            case .export: ExchangeWords.exportMenu
            case .glossary: NavigationWords.glossary
            }
        }
    }

    static func page(_ context: PageContext, section: Section?, title: String, body: HTML,
                     head: HTML = .empty) -> HTML {
        let menu = Section.allCases.map { item -> HTML in
            let current = item == section ? HTML(trusted: " aria-current=\"page\"") : .empty
            return "<li><a href=\"\(item.path)\"\(current)>\(context.text(item.title))</a></li>"
        }
        let careNote = context.showsCare ? NavigationWords.careShownNote : NavigationWords.careHiddenNote
        let careButton = context.showsCare ? NavigationWords.hideCare : NavigationWords.showCare
        let other: Language = context.language == .nl ? .en : .nl
        return """
            <!DOCTYPE html>
            <html lang="\(context.language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="referrer" content="no-referrer">
            <title>\(title) · \(context.text(NavigationWords.appName))</title>
            <link rel="stylesheet" href="/static/style.css">
            <script src="/static/app.js" defer></script>
            \(head)
            </head>
            <body>
            <a class="skip" href="#inhoud">\(context.text(NavigationWords.skipToContent))</a>
            <header class="top">
            <div class="brand"><a href="/">\(context.text(NavigationWords.appName))</a>
            <span class="workspace">\(context.text(NavigationWords.workspace, context.workspaceName))</span></div>
            <nav aria-label="\(context.text(NavigationWords.mainMenu))"><ul>\(menu)</ul></nav>
            <div class="switches">
            <form method="post" action="/voorkeuren">\(context.csrfField)
            <input type="hidden" name="terug" value="\(context.path)">
            <input type="hidden" name="zorg" value="\(context.showsCare ? "0" : "1")">
            <button type="submit" class="switch" aria-pressed="\(context.showsCare ? "true" : "false")">\(context.text(careButton))</button>
            </form>
            <form method="post" action="/voorkeuren">\(context.csrfField)
            <input type="hidden" name="terug" value="\(context.path)">
            <input type="hidden" name="taal" value="\(other.rawValue)">
            <button type="submit" class="switch" lang="\(other.rawValue)">\(other.ownName)</button>
            </form>
            </div>
            </header>
            <p class="care-note">\(context.text(careNote))</p>
            <main id="inhoud" tabindex="-1">
            <h1>\(title)</h1>
            \(ProgressPage.askAgainNotice(context))
            \(body)
            </main>
            </body>
            </html>
            """
    }
}
