/// The site pages (Woonplek), for housing corporations, developers and owners:
/// the list of sites, which groups could take one and what each brings, and
/// what a site lacks for the groups that almost fit.
public enum SiteWords {
    public static let listTitle = Message("site.listTitle", nl: "Woonplekken", en: "Sites")
    public static let listLead = Message(
        "site.listLead",
        nl: "Kies een woonplek om te zien welke woongroepen er kunnen wonen, wat elk oplevert, en wat de plek mist.",
        en: "Choose a site to see which groups could live there, what each brings, and what the site lacks.")
    public static let title = Message("site.title", nl: "Woonplek {0}", en: "Site {0}")
    public static let owner = Message("site.owner", nl: "Eigenaar", en: "Owner")
    public static let unknownOwner = Message("site.unknownOwner", nl: "onbekend", en: "unknown")
    public static let accessibleCount = Message("site.accessibleCount", nl: "({0} toegankelijk)", en: "({0} accessible)")
    public static let dwellingsAccessible = Message(
        "site.dwellingsAccessible", nl: "{0} woningen, waarvan {1} toegankelijk", en: "{0} dwellings, {1} of them accessible")
    public static let livesThereNow = Message("site.livesThereNow", nl: "Woongroep nu", en: "Group there now")
    public static let nobodyNow = Message("site.nobodyNow", nl: "niemand", en: "nobody")
    public static let rentPerMonth = Message("site.rentPerMonth", nl: "{0} per maand", en: "{0} a month")
    public static let takenNow = Message(
        "site.takenNow",
        nl: "In de match van nu woont hier {0} met {1} huishoudens.",
        en: "In the current match, {0} lives here with {1} households.")
    public static let unusedNow = Message(
        "site.unusedNow",
        nl: "In de match van nu woont hier geen woongroep.",
        en: "In the current match, no group lives here.")
    public static let notProvenBase = Message(
        "site.notProvenBase",
        nl: "Let op: de match van nu is niet bewezen de beste, dus ook de gevolgen hieronder zijn dat niet.",
        en: "Note: the current match is not proven the best, so neither are the effects below.")
    public static let backToList = Message("site.backToList", nl: "Alle woonplekken", en: "All sites")

    // Groups that could take it.
    public static let couldTake = Message("site.couldTake", nl: "Woongroepen die hier kunnen wonen", en: "Groups that could live here")
    public static let couldTakeLead = Message(
        "site.couldTakeLead",
        nl: "Voor elke woongroep: de beste match waarin zij hier woont, vergeleken met de match van nu.",
        en: "For each group: the best match in which it lives here, compared with the current match.")
    public static let noneCouldTake = Message(
        "site.noneCouldTake", nl: "Geen woongroep kan hier wonen zoals de plek nu is.", en: "No group could live here as the site is now.")
    public static let membersHere = Message("site.membersHere", nl: "Huishoudens hier", en: "Households here")
    public static let careHere = Message("site.careHere", nl: "Zorg hier", en: "Care here")
    public static let overall = Message("site.overall", nl: "Met plek, in totaal", en: "Housed, overall")
    public static let whatChanges = Message("site.whatChanges", nl: "Wat verandert er voor anderen", en: "What changes for others")
    public static let cannot = Message("site.cannot", nl: "kan niet", en: "cannot")
    public static let noMatchInTime = Message("site.noMatchInTime", nl: "geen match gevonden in de tijd", en: "no match found in time")
    public static let notAsked = Message("site.notAsked", nl: "niet nagevraagd (gestopt)", en: "not asked (stopped)")
    public static let membersChange = Message("site.membersChange", nl: "{0} → {1}", en: "{0} → {1}")
    public static let unchanged = Message("site.unchanged", nl: "gelijk", en: "the same")
    public static let notProven = Message("site.notProven", nl: "{0} (gevonden, niet bewezen)", en: "{0} (found, not proven)")
    public static let whyCannot = Message(
        "site.whyCannot",
        nl: "Waarom {0} hier niet kan wonen: deze regels kunnen niet alle tegelijk gelden",
        en: "Why {0} cannot live here: these rules cannot all hold at once")
    public static let stoppedEarly = Message(
        "site.stoppedEarly",
        nl: "Gestopt voordat elke woongroep was nagevraagd; wat ontbreekt staat erbij.",
        en: "Stopped before every group was asked about; what is missing says so.")

    // Groups that almost fit.
    public static let almostFit = Message("site.almostFit", nl: "Woongroepen die er bijna passen", en: "Groups that almost fit")
    public static let almostFitLead = Message(
        "site.almostFitLead",
        nl: "Alleen de plek zelf houdt deze woongroepen tegen. Wat de plek mist, en wat het oplevert als de plek zo wordt aangepast.",
        en: "Only the site itself keeps these groups out. What the site lacks, and what it brings with the site changed so.")
    public static let lacks = Message("site.lacks", nl: "Wat de plek mist", en: "What the site lacks")
    public static let changedTo = Message("site.changedTo", nl: "Als de plek krijgt", en: "With the site given")

    // Other groups.
    public static let otherGroups = Message(
        "site.otherGroups", nl: "Andere woongroepen, en wat hen tegenhoudt", en: "Other groups, and what keeps them out")

    // What keeps a group out (SiteExclusion, in words).
    public static let exclusionFoundersTown = Message(
        "site.exclusion.foundersTown",
        nl: "ligt in {0}, niet een van de gemeenten van oprichters {1}",
        en: "in {0}, not among the towns of founders {1}")

    // What changes for others (TrialEffects, in words).
    public static let nobodyElse = Message("site.effect.nobodyElse", nl: "verder verandert er niets", en: "nothing else changes")
    public static let andMore = Message("site.effect.andMore", nl: "{0} en nog {1}", en: "{0} and {1} more")
    public static let mayCostLess = Message(
        "site.effect.mayCostLess",
        nl: "niet bewezen het beste: een betere match kost misschien minder",
        en: "not proven best: a better match may cost less")

    public static let all = [listTitle, listLead, title, owner, unknownOwner, accessibleCount, dwellingsAccessible,
                             livesThereNow, nobodyNow, rentPerMonth, takenNow, unusedNow, notProvenBase, backToList,
                             couldTake, couldTakeLead, noneCouldTake, membersHere, careHere, overall, whatChanges, cannot,
                             noMatchInTime, notAsked, membersChange, unchanged, notProven, whyCannot, stoppedEarly,
                             almostFit, almostFitLead, lacks, changedTo, otherGroups, exclusionFoundersTown,
                             nobodyElse, andMore, mayCostLess]
}
