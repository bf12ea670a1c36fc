import ArgumentParser
import HousingMatch

extension MatchSolver: ExpressibleByArgument {
    /// The help text every `--solver` option shares.
    static let help = ArgumentHelp(
        "The MIP solver: auto (default: GLPK for small programmes, CBC for large ones), glpk (always "
            + "available) or cbc (CBC 2.10, each solve in a child process).",
        valueName: "auto|glpk|cbc")
}
