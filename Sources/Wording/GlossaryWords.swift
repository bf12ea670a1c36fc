/// The glossary: the words of woongroep-plus founding and every number the
/// tool shows, explained for people who are not optimisers.
public enum GlossaryWords {
    /// A term and what it means, both in every language.
    public struct Entry: Sendable {
        public let term: Message
        public let meaning: Message
    }

    public static let title = Message("glossary.title", nl: "Begrippen", en: "Glossary")
    public static let intro = Message(
        "glossary.intro",
        nl: "Wat de woorden en getallen in HousingMatch betekenen.",
        en: "What the words and numbers in HousingMatch mean.")

    public static let entries: [Entry] = [
        entry("woongroepPlus", "Woongroep-plus", "Woongroep-plus (group-plus)",
              "Een woongroep van meerdere generaties, waarin ook mensen met een zorgvraag wonen (ouderen, mensen met een verstandelijke beperking, mensen met psychische kwetsbaarheid) en iedereen naar elkaar omkijkt.",
              "A housing group of several generations in which people with care needs also live (older people, people with an intellectual disability, people with mental-health needs) and everyone looks after each other."),
        entry("inFounding", "Woongroep in oprichting", "Group in founding",
              "Een groep die nog gevormd wordt: er zijn oprichters, een gewenste omvang en samenstelling, maar nog geen vaste plek of volledige bezetting.",
              "A group still being formed: it has founders, a wanted size and mix, but not yet a site or all its members."),
        entry("founders", "Oprichters", "Founders",
              "Huishoudens die de groep begonnen zijn. Een groep ontstaat alleen met al haar oprichters; kan één van hen er niet in, dan ontstaat de groep niet.",
              "Households who started the group. A group forms only with all its founders; if one of them cannot join, the group does not form."),
        entry("forms", "Ontstaan", "Form",
              "Een woongroep ontstaat in een match als ze een woonplek krijgt en genoeg leden heeft om aan al haar regels te voldoen.",
              "A group forms in a match when it gets a site and enough members to keep all its rules."),
        entry("mustForm", "Moet ontstaan", "Must form",
              "Een groep die in elke match moet ontstaan, bijvoorbeeld omdat er al afspraken zijn. Kan dat niet, dan is er geen match en zegt de tool welke regels botsen.",
              "A group that must form in every match, for instance because agreements exist. If it cannot, there is no match and the tool says which rules conflict."),
        entry("careShare", "Aandeel met zorgvraag", "Share with a care need",
              "Het deel van de leden met een zorgvraag dat een groep wil: niet te weinig en niet te veel, zodat de groep kan blijven omkijken naar elkaar.",
              "The share of members with a care need a group wants: not too few and not too many, so that the group can keep looking after each other."),
        entry("generations", "Generaties", "Generations",
              "Kinderen, jongvolwassenen, volwassenen en senioren. Een groep kan een minimum aantal verschillende generaties vragen.",
              "Children, young adults, adults and seniors. A group can ask for a least number of different generations."),
        entry("supportHours", "Steunuren", "Support hours",
              "Uren per week die een huishouden aanbiedt om anderen in de groep te helpen. Een groep kan per uur zorg een aantal steunuren vragen.",
              "Hours a week a household offers to help others in the group. A group can ask for a number of support hours per hour of care."),
        entry("accessible", "Toegankelijke woning", "Accessible dwelling",
              "Een woning zonder drempels en trappen, voor wie slecht ter been is of een rolstoel gebruikt.",
              "A dwelling without steps or stairs, for people who walk with difficulty or use a wheelchair."),
        entry("commonRoom", "Gemeenschappelijke ruimte", "Common room",
              "Een ruimte die de groep samen gebruikt. Sommige groepen willen alleen een plek met zo'n ruimte.",
              "A room the group shares. Some groups want only a site with one."),
        entry("minClients", "Minimum aantal cliënten per plek", "Least clients per site",
              "Een zorgaanbieder komt pas naar een plek als daar genoeg cliënten wonen om de zorg rond te krijgen.",
              "A care provider serves a site only when enough of its clients live there to make the care work."),
        entry("capacity", "Capaciteit", "Capacity",
              "Hoeveel cliënten een zorgaanbieder in totaal kan bedienen, over alle plekken samen.",
              "How many clients a care provider can serve in all, over all sites together."),
        entry("priority", "Voorrang", "Priority",
              "Een gewicht per huishouden, gewoonlijk 1. Wie meer voorrang heeft, telt zwaarder bij het huisvesten.",
              "A weight per household, usually 1. Households with more priority count for more when housing."),
        entry("countedByPriority", "Geteld naar voorrang", "Counted by priority",
              "Het eerste doel: de som van de voorrang van alle huishoudens met een plek. Als iedereen voorrang 1 heeft, is het gewoon het aantal huishoudens met een plek.",
              "The first goal: the sum of the priority of all households with a place. When everyone has priority 1, it is simply the number of households with a place."),
        entry("fit", "Aansluiting bij wensen", "Fit with wishes",
              "Het tweede doel, alleen onder de matches die het eerste doel het best halen: telt per lid hoe hoog de groep staat in zijn voorkeuren en hoeveel waarden het met de groep deelt. Hoger is beter; 1 per lid is het hoogst.",
              "The second goal, only among the matches best in the first: adds, for each member, how high the group stands in its preferences and how many values it shares with the group. Higher is better; 1 per member is the most."),
        entry("proven", "Bewezen beste", "Proven best",
              "De rekenmethode heeft aangetoond dat geen andere match beter is. Anders toont de tool de beste match tot nu toe en hoe ver die hooguit van de beste af zit.",
              "The method has shown that no other match is better. Otherwise the tool shows the best match so far and how far from the best it can be at most."),
        entry("gap", "Marge tot het beste", "Gap to the best",
              "Hoeveel beter een match hooguit nog kan zijn dan de beste tot nu toe, als deel daarvan. 0% betekent bewezen beste.",
              "How much better a match could at most still be than the best so far, as a share of it. 0% means proven best."),
        entry("upperEstimate", "Snelle bovengrens", "A quick upper estimate",
              "Een schatting die nooit te laag is: meer huishoudens dan dit kunnen er zeker niet geplaatst worden. Handig om snel te zien of een wijziging kan helpen.",
              "An estimate that is never too low: more households than this can certainly not be placed. Useful to see quickly whether a change could help."),
        entry("together", "Samen / apart", "Together / apart",
              "Huishoudens die alleen samen in een groep willen (bijvoorbeeld ouder en volwassen kind), of juist nooit in dezelfde groep.",
              "Households who join a group only together (for instance a parent and an adult child), or never share one."),
        entry("whatIf", "Wat als", "What if",
              "Een variant van het scenario, bijvoorbeeld een woonplek minder of hogere huren, die naast de match van nu wordt gelegd.",
              "A variant of the scenario, for instance one site fewer or higher rents, laid beside the current match."),
        entry("careData", "Zorggegevens", "Care details",
              "Zorgsoort en zorguren van een huishouden zijn gezondheidsgegevens. Ze zijn verborgen tot u ze zelf aanzet.",
              "A household's care type and hours are health data. They stay hidden until you switch them on."),
        entry("pseudonym", "Code van een huishouden", "A household's code",
              "Huishoudens staan er alleen met een code (zoals h17), nooit met naam of adres.",
              "Households appear only by a code (such as h17), never by name or address."),
    ]

    public static var all: [Message] { [title, intro] + entries.flatMap { [$0.term, $0.meaning] } }

    private static func entry(_ key: String, _ termNL: String, _ termEN: String, _ meaningNL: String, _ meaningEN: String) -> Entry {
        Entry(term: Message("glossary.\(key)", nl: termNL, en: termEN),
              meaning: Message("glossary.\(key).meaning", nl: meaningNL, en: meaningEN))
    }
}
