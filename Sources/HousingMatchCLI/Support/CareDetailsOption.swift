import ArgumentParser

/// `--with-care-details`, the same on every command that prints households.
///
/// A household's care type and hours are health data (a special category under
/// the GDPR): reports print them only when asked. Without the switch a member's
/// care shows as "care: yes" / "-", and reasons say "[care type]". What is not a
/// household's care detail stays: a provider's own care types (what it serves)
/// and counts per care type over a whole region (compare, sweep). Counts per care
/// type within one group or site point at people, and are kept back too.
/// JSON output (MODEL.md's solution format) is unchanged.
struct CareDetailsOption: ParsableArguments {
    @Flag(name: .customLong("with-care-details"),
          help: ArgumentHelp(
            "Show each household's care type and hours. Care data is health data: without this switch reports say only whether a household needs care."))
    var withCareDetails = false
}
