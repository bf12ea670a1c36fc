/// Every message of the tool, area by area: the one place a translator reads.
///
/// Each area is an enum of its own (`NavigationWords`, `OverviewWords`, …) in
/// a file of its own, listing its messages in `all`; a test checks that every
/// message has both languages with the same placeholders and a unique key.
public enum Catalogue {
    public static var all: [Message] {
        [NavigationWords.all, CommonWords.all, AccessWords.all, OverviewWords.all, GlossaryWords.all,
         ProgressWords.all,
         ReasonWords.all, ConflictWords.all, ReportWords.all,
         SiteWords.all, ProviderWords.all,
         GroupWords.all, HouseholdWords.all,
         WhatIfWords.all, ComparisonWords.all,
         DataWords.all,
         ImportWords.all,
         AnalysisWords.all, ValidationWords.all, AnalysisReportWords.all, SweepWords.all,
         CareDetailWords.all,
         ExplorationWords.all, ConflictTrialWords.all, ExplorationReportWords.all,
         ExportWords.all,
         ExchangeWords.all,
        ].flatMap { $0 }
    }
}
