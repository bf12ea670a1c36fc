import Wording

/// A page that says what went wrong, in the visitor's language, with the way back.
enum ErrorPage {
    /// A plain page without the menu: for refusals before the visitor is known.
    static func render(title: Message, detail: String?, language: Language) -> HTML {
        let more: HTML = detail.map { "<pre class=\"problems\">\($0)</pre>" } ?? .empty
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title.said(in: language, values: []))</title>
            <link rel="stylesheet" href="/static/style.css"></head>
            <body><main id="inhoud"><h1>\(title.said(in: language, values: []))</h1>\(more)
            <p><a href="/">\(AccessWords.backToOverview.said(in: language, values: []))</a></p></main></body></html>
            """
    }

    /// The same inside the menu, for a visitor who can go on elsewhere.
    static func inLayout(_ context: PageContext, section: PageLayout.Section?, title: String, detail: String?) -> HTML {
        let more: HTML = detail.map { "<pre class=\"problems\">\($0)</pre>" } ?? .empty
        return PageLayout.page(context, section: section, title: title, body: more)
    }
}
