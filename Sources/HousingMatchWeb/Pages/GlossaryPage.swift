import Wording

/// Begrippen: the words of woongroep-plus founding and every number shown, explained.
enum GlossaryPage {
    static func body(_ context: PageContext) -> HTML {
        let entries = GlossaryWords.entries.map { entry -> HTML in
            "<dt id=\"\(entry.term.key)\">\(context.text(entry.term))</dt><dd>\(context.text(entry.meaning))</dd>"
        }
        return "<p class=\"lead\">\(context.text(GlossaryWords.intro))</p><dl class=\"glossary\">\(entries)</dl>"
    }
}
