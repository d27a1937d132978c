import ArgumentParser

/// `stip monitor fetch`: data a user asks for from CBS (the only outbound calls Stip makes).
struct MonitorFetch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "fetch", abstract: "Fetch data from CBS.", subcommands: [])
}
