/// The care provider pages (Zorgaanbieder), for care coordinators: the list
/// of providers, a provider's clients by group and site, its load, the
/// households of its care types left out, and where one more place would help.
public enum ProviderWords {
    public static let listTitle = Message("provider.listTitle", nl: "Zorgaanbieders", en: "Care providers")
    public static let listLead = Message(
        "provider.listLead",
        nl: "Kies een zorgaanbieder om zijn cliënten per woongroep te zien, wie van zijn zorgsoorten zonder plek blijft, en waar één plek meer helpt.",
        en: "Choose a care provider to see its clients per group, who of its care types is left without a place, and where one more place helps.")
    public static let title = Message("provider.title", nl: "Zorgaanbieder {0}", en: "Care provider {0}")
    public static let careTypes = Message("provider.careTypes", nl: "Zorgsoorten", en: "Care types")
    public static let perSite = Message("provider.perSite", nl: "Cliënten per woonplek", en: "Clients per site")
    public static let perSiteRange = Message("provider.perSiteRange", nl: "{0} tot en met {1}", en: "{0} to {1}")
    public static let inUse = Message("provider.inUse", nl: "In gebruik", en: "In use")
    public static let load = Message(
        "provider.load",
        nl: "{0} van de {1} plaatsen in gebruik in de match van nu",
        en: "{0} of {1} places used in the current match")
    public static let neverServes = Message(
        "provider.neverServes",
        nl: "Deze zorgaanbieder kan met zijn eigen getallen geen enkele woongroep bedienen: {0}",
        en: "With its own numbers this provider can never serve a group: {0}")
    public static let backToList = Message("provider.backToList", nl: "Alle zorgaanbieders", en: "All care providers")
    public static let printHint = Message(
        "provider.printHint",
        nl: "Deze lijst is te printen: het menu en de knoppen vallen dan weg; zorguren alleen als zorggegevens getoond worden.",
        en: "This list prints cleanly: the menu and buttons are left out; care hours only when care details are shown.")

    // Clients.
    public static let clientsTitle = Message("provider.clientsTitle", nl: "Cliënten per woongroep en woonplek", en: "Clients per group and site")
    public static let noClients = Message("provider.noClients", nl: "In de match van nu heeft deze zorgaanbieder geen cliënten.", en: "In the current match this provider has no clients.")
    public static let byCareType = Message("provider.byCareType", nl: "Per zorgsoort", en: "By care type")
    public static let clientCount = Message("provider.clientCount", nl: "Cliënten", en: "Clients")
    public static let typeCount = Message("provider.typeCount", nl: "{0} × {1}", en: "{0} × {1}")
    public static let householdsOfTypes = Message(
        "provider.householdsOfTypes", nl: "Huishoudens met deze zorgsoorten", en: "Households with these care types")
    public static let total = Message("provider.total", nl: "Totaal", en: "Total")

    // Left out.
    public static let leftOutTitle = Message(
        "provider.leftOutTitle", nl: "Huishoudens van zijn zorgsoorten zonder plek", en: "Households of its care types left without a place")
    public static let noneLeftOut = Message(
        "provider.noneLeftOut", nl: "Ieder huishouden met een van zijn zorgsoorten heeft een plek.", en: "Every household with one of its care types has a place.")
    public static let outsideTowns = Message("provider.outsideTowns", nl: "buiten zijn gemeenten", en: "outside its towns")
    public static let outsideTownsNote = Message(
        "provider.outsideTownsNote",
        nl: "Gemarkeerd met ‘buiten zijn gemeenten’: huishoudens die alleen willen wonen waar deze zorgaanbieder niet werkt.",
        en: "Marked ‘outside its towns’: households who only want to live where this provider does not work.")
    public static let whereWanted = Message("provider.whereWanted", nl: "Waar", en: "Where")
    public static let inItsTowns = Message("provider.inItsTowns", nl: "in zijn gemeenten", en: "in its towns")

    // One more place.
    public static let extraTitle = Message(
        "provider.extraTitle", nl: "Waar één plek meer iemand een plek geeft", en: "Where one more place would house someone")
    public static let extraLead = Message(
        "provider.extraLead",
        nl: "Elk geprobeerd: één zorgplaats meer bij deze zorgaanbieder, en één (toegankelijke) woning meer op elke woonplek in zijn gemeenten ({0} veranderingen).",
        en: "Each tried: one more care place at this provider, and one more (accessible) dwelling at each site in its towns ({0} changes).")
    public static let noExtra = Message(
        "provider.noExtra",
        nl: "Geen enkele zorgplaats meer hier, of woning meer in zijn gemeenten, geeft iemand meer een plek.",
        en: "No single extra care place here, or dwelling in its towns, houses anyone more.")
    public static let change = Message("provider.change", nl: "Verandering", en: "Change")
    public static let gain = Message("provider.gain", nl: "Huishoudens erbij", en: "Households more")
    public static let ofItsTypes = Message("provider.ofItsTypes", nl: "Van zijn zorgsoorten", en: "Of its care types")
    public static let who = Message("provider.who", nl: "Wie krijgt een plek", en: "Who gains a place")
    public static let notAnyMore = Message("provider.notAnyMore", nl: "niet meer: {0}", en: "no longer: {0}")
    public static let atLeast = Message("provider.atLeast", nl: "minstens +{0}", en: "at least +{0}")
    public static let oneMoreDwelling = Message("provider.oneMoreDwelling", nl: "één woning meer op {0}", en: "one more dwelling at {0}")
    public static let oneMoreAccessible = Message(
        "provider.oneMoreAccessible", nl: "één toegankelijke woning meer op {0}", en: "one more accessible dwelling at {0}")
    public static let oneMoreCarePlace = Message("provider.oneMoreCarePlace", nl: "één zorgplaats meer bij {0}", en: "one more care place at {0}")
    public static let stoppedEarly = Message(
        "provider.stoppedEarly",
        nl: "Gestopt voordat elke verandering was geprobeerd.",
        en: "Stopped before every change was tried.")

    public static let all = [listTitle, listLead, title, careTypes, perSite, perSiteRange, inUse, load, neverServes,
                             backToList, printHint, clientsTitle, noClients, byCareType, clientCount, typeCount,
                             householdsOfTypes, total, leftOutTitle, noneLeftOut, outsideTowns, outsideTownsNote,
                             whereWanted, inItsTowns, extraTitle, extraLead, noExtra, change, gain, ofItsTypes, who,
                             notAnyMore, atLeast, oneMoreDwelling, oneMoreAccessible, oneMoreCarePlace, stoppedEarly]
}
