import ArgumentParser
import HousingMatch

extension MatchSolver: ExpressibleByArgument {
    /// The help text every `--solver` option shares.
    static let help = ArgumentHelp(
        "The MIP solver: glpk (default, always available) or cbc (CBC 2.10, each solve in a child process).",
        valueName: "glpk|cbc")
}
