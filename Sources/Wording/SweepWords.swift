/// What is wrong with a `--vary` specification or the sweep form's field:
/// the message beside the path (`providers[c9].capacity`), which stays as written.
///
/// The English is exactly what `sweep` has always printed; paths and field
/// names stay as the file writes them, in both languages.
public enum SweepWords {
    private static func m(_ key: String, _ nl: String, _ en: String) -> Message {
        Message("sweep.\(key)", nl: nl, en: en)
    }

    public static let namesNoField = m(
        "namesNoField", "noemt geen veld: schrijf er een zoals providers[c1].capacity",
        "names no field: write one such as providers[c1].capacity")
    public static let namesNoWeight = m(
        "namesNoWeight", "noemt geen gewicht: schrijf weights.preference of weights.values",
        "names no weight: write weights.preference or weights.values")
    public static let expectedID = m(
        "expectedID", "verwacht de code van een {0} tussen haken na {1}, zoals {1}[{2}]",
        "expected the id of a {0} in brackets after {1}, such as {1}[{2}]")
    public static let emptyBrackets = m(
        "emptyBrackets", "de haken zijn leeg: zet er de code van een {0} tussen", "the brackets are empty: put the id of a {0} in them")
    public static let noFieldOfEntry = m(
        "noFieldOfEntry", "noemt een {0} maar geen veld ervan, zoals {1}", "names a {0} but no field of it, such as {1}")
    public static let expectedDot = m(
        "expectedDot", "verwacht een punt en een veldnaam na ]", "expected a dot and a field name after ]")
    public static let unknownSide = m(
        "unknownSide", "onbekend begin {0}: een pad begint met seekers, groups, sites, providers of weights{1}",
        "unknown side {0}: a path starts with seekers, groups, sites, providers or weights{1}")
    public static let didYouMean = m("didYouMean", "; bedoelt u {0}?", "; did you mean {0}?")
    public static let emptyFieldName = m(
        "emptyFieldName", "heeft een lege veldnaam (twee punten, of een punt aan het eind)",
        "has an empty field name (two dots, or a dot at the end)")
    public static let oneEntryOnly = m(
        "oneEntryOnly", "er kan maar één onderdeel tussen haken staan; de velden erin worden met punten verbonden",
        "only one entry can be named in brackets; fields inside it are joined with dots")
    public static let noEntry = m("noEntry", "geen {0} heeft code {1}{2}", "no {0} has id {1}{2}")
    public static let scenarioHasNone = m("scenarioHasNone", " (het scenario heeft geen {0})", " (the scenario has no {0})")
    public static let entriesAre = m("entriesAre", " (de {0} zijn {1})", " (the {0} are {1})")
    public static let pastTheLast = m(
        "pastTheLast", "; als positie ligt het voorbij de laatste, {0}", "; as a position it is past the last, {0}")
    public static let singleValue = m("singleValue", "{0} is één waarde; het heeft geen veld {1}", "{0} is a single value; it has no field {1}")
    public static let noSuchField = m("noSuchField", "{0} heeft geen veld {1}{2}", "{0} has no field {1}{2}")
    public static let anEntry = m("anEntry", "een {0}", "a {0}")
    public static let isText = m(
        "isText", "is tekst, geen getal: alleen getallen kunnen variëren", "is text, not a number: only numbers can be varied")
    public static let isFlag = m(
        "isFlag", "is waar of onwaar, geen getal: alleen getallen kunnen variëren",
        "is true or false, not a number: only numbers can be varied")
    public static let isList = m(
        "isList", "is een lijst, geen getal: alleen getallen kunnen variëren", "is a list, not a number: only numbers can be varied")
    public static let isObject = m(
        "isObject", "is een groep waarden, geen getal: laat een van de velden ervan variëren{0}",
        "is a set of values, not one number: vary one of its fields{0}")
    public static let suchAs = m("suchAs", ", zoals {0}", ", such as {0}")
    public static let wholeNumberField = m("wholeNumberField", "{0} is een geheel getal", "{0} is a whole number")
    public static let cannotHave = m(
        "cannotHave", "{0}, dus het bereik kan geen {1} als {2} hebben", "{0}, so the range cannot have {1} as its {2}")
    public static let start = m("start", "begin", "start")
    public static let end = m("end", "eind", "end")
    public static let step = m("step", "stap", "step")
    public static let pastABillion = m("pastABillion", "{0}; het bereik gaat voorbij een miljard", "{0}; the range reaches past a billion")
    public static let seekers = m("seekers", "huishoudens", "seekers")
    public static let groups = m("groups", "woongroepen", "groups")
    public static let sites = m("sites", "woonplekken", "sites")
    public static let providers = m("providers", "zorgaanbieders", "providers")

    public static let all: [Message] = [
        namesNoField, namesNoWeight, expectedID, emptyBrackets, noFieldOfEntry, expectedDot, unknownSide, didYouMean,
        emptyFieldName, oneEntryOnly, noEntry, scenarioHasNone, entriesAre, pastTheLast, singleValue, noSuchField, anEntry,
        isText, isFlag, isList, isObject, suchAs, wholeNumberField, cannotHave, start, end, step, pastABillion,
        seekers, groups, sites, providers,
    ]
}
