import ArgumentParser
import Foundation
import HousingMatch

/// `housing-match site`: a site from its owner's side.
struct SiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Which groups could take a site, what each would bring, and what the site lacks.",
        discussion: """
            For corporations, developers and owners offering a site. For every group \
            that could take the site, the best match in which it does, against the best \
            match overall: the households it would house there, its care arrangements, \
            and the change in households housed overall, with who gains and who loses \
            a place and which groups move or stop forming. For groups kept out only by \
            what the site lacks (a common room, dwellings, accessible dwellings, a lower \
            rent), the site is changed just enough and the question asked again. For \
            every other group, the rules that keep it out.

            Example: housing-match site scenarios/utrecht-oost.yaml --site s6
            """
    )

    @OptionGroup var scenario: ScenarioArgument

    @Option(help: ArgumentHelp("The site to look at.", valueName: "id"))
    var site: String

    @OptionGroup var exploration: ExplorationOptions

    func run() throws {
        try exploration.checkOutput(against: scenario)
        let loaded = try scenario.load()
        let id = SiteID(site)
        guard loaded.sites.contains(where: { $0.id == id }) else {
            throw ValidationError(UnknownIdentifierError.site(id, in: loaded).description)
        }
        let started = Date()
        let whatIf = try exploration.start(loaded, noun: "question")
        let offer = try whatIf.asking {
            try SiteOffer(site: id, whatIf: whatIf.session) { index, count, question in
                whatIf.step(index, of: count, question)
            }
        }
        let seconds = Date().timeIntervalSince(started)
        if !offer.complete { StandardError.print("Stopped before every group was asked about.") }
        try exploration.emit(offer) { SiteOfferReport(scenario: loaded, offer: offer, seconds: seconds, language: exploration.language,
                                                               showsCare: exploration.showsCare).render() }
    }
}
