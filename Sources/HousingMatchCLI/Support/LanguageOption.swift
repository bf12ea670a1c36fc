import ArgumentParser
import Wording

extension Language: ExpressibleByArgument {}

extension Language {
    /// The help of `--lang`, the same on every command that has it.
    static let help = ArgumentHelp(
        "The language of the printed report: en (English) or nl (Nederlands). Solution and JSON files stay English.",
        valueName: "nl|en")
}
