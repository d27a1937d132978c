import Foundation

/// Runs one of the project's Python scripts (`scripts/NAME`) and returns its exit status and
/// what it printed; the output is read before waiting, so a long answer cannot fill the pipe.
func runProjectScript(_ name: String, _ arguments: [String]) throws -> (status: Int32, output: Data) {
    let script = PlotAttributeShadowTests.root.appendingPathComponent("scripts/\(name)")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script.path] + arguments
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, data)
}
