import ArgumentParser

/// `stip targets …`: the ambitions' measurable targets.
struct TargetsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "targets", abstract: "The ambitions' measurable targets.", subcommands: [MeasureFromMonitor.self])
}
