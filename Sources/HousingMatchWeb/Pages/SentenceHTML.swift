import Foundation
import HousingMatch
import Wording

/// A library ``Sentence`` as HTML in the visitor's language: the sentence says
/// itself (the one wording, shared with the command line), and the groups,
/// sites, providers and households it names (``ExplorationWords``' name
/// sentences) become links with name and id (``EntityLinks``).
struct SentenceHTML {
    let links: EntityLinks
    /// Whether care types in the sentence are left out: for sentences about one
    /// household (a founder's care type), unless the visitor shows care details.
    var hidesCare = false

    init(_ links: EntityLinks, hidesCare: Bool = false) {
        self.links = links
        self.hidesCare = hidesCare
    }

    /// The sentence, its text escaped and its names made links.
    func callAsFunction(_ sentence: Sentence) -> HTML {
        var pieces: [HTML] = []
        // The same keeping back of care types as every other page text (`Sentence.withoutCareTypes`).
        let marked = mark(hidesCare ? sentence.withoutCareTypes : sentence, &pieces)
        // Markers no sentence holds stand in for the links while the text is escaped.
        var rendered = HTML("\(marked.text(in: links.context.language))").rendered
        for (index, piece) in pieces.enumerated() {
            rendered = rendered.replacingOccurrences(of: Self.marker(index), with: piece.rendered)
        }
        return HTML(trusted: rendered)
    }

    private static func marker(_ index: Int) -> String { "\u{E000}\(index)\u{E001}" }

    private func mark(_ sentence: Sentence, _ pieces: inout [HTML]) -> Sentence {
        if let link = link(for: sentence) {
            pieces.append(link)
            return Sentence(value: .plain(Self.marker(pieces.count - 1)))
        }
        return Sentence(sentence.message, values: sentence.values.map { mark($0, &pieces) })
    }

    private func mark(_ value: Sentence.Value, _ pieces: inout [HTML]) -> Sentence.Value {
        switch value {
        case .sentence(let inner): return .sentence(mark(inner, &pieces))
        case .and(let items): return .and(items.map { mark($0, &pieces) })
        case .or(let items): return .or(items.map { mark($0, &pieces) })
        case .andMore(let items, let more): return .andMore(items.map { mark($0, &pieces) }, more: more)
        case .commas(let items, let more): return .commas(items.map { mark($0, &pieces) }, more: more)
        case .joined(let items, let separator): return .joined(items.map { mark($0, &pieces) }, separator: separator)
        default: return value
        }
    }

    /// The link for a name sentence, or `nil` for any other sentence.
    private func link(for sentence: Sentence) -> HTML? {
        guard case .plain(let id)? = sentence.values.first else { return nil }
        typealias W = ExplorationWords
        switch sentence.message.key {
        case W.groupNamed.key, W.groupID.key: return links.group(GroupID(id))
        case W.siteNamed.key, W.siteID.key, W.siteNameFirst.key: return links.site(SiteID(id), withTown: false)
        case W.providerNamed.key, W.providerNameFirst.key, W.providerID.key: return links.provider(ProviderID(id))
        case W.household.key: return links.household(SeekerID(id))
        default: return nil
        }
    }
}
