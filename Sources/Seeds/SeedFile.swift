import Core
import Foundation
import Monitor

/// A file Stip ships with, from `Seeds/` at the repository root. Package.swift builds each into
/// the binary, so a binary copied alone to a server starts with the default plan and the
/// monitor's catalogue; `STIP_DATA_DIR` names a folder laid out like `Seeds/` to read instead.
public enum SeedFile: String, CaseIterable, Sendable {
    case plan = "zuid-limburg-pva-1.0.yaml"
    /// The plan's whole text, version 1.0 (`PlanDocumentFile`).
    case planDocument = "zuid-limburg-pva-1.0-document.txt"
    case peopleAndMoney = "zuid-limburg-middelen-2020-2021.yaml"
    case indicators = "monitor/indicators.csv"
    case regions = "monitor/regions.csv"

    static let dataFolderVariable = "STIP_DATA_DIR"

    /// The file under `STIP_DATA_DIR`, or nil when the copy built in is read.
    public func path(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        guard let folder = environment[Self.dataFolderVariable], !folder.isEmpty else { return nil }
        return URL(fileURLWithPath: folder).appendingPathComponent(rawValue).path
    }

    /// Where the file was read from, for what a command prints.
    public func source(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        path(environment) ?? "Seeds/\(rawValue) (built into stip)"
    }

    /// The copy built into the binary, as `Seeds/` held it when Stip was built.
    public var builtIn: String {
        let bytes: [UInt8] = switch self {
        case .plan: PackageResources.zuid_limburg_pva_1_0_yaml
        case .planDocument: PackageResources.zuid_limburg_pva_1_0_document_txt
        case .peopleAndMoney: PackageResources.zuid_limburg_middelen_2020_2021_yaml
        case .indicators: PackageResources.indicators_csv
        case .regions: PackageResources.regions_csv
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

// Each reader takes the folder's file when one is named, so its errors name that path.
extension SeedFile {
    public static func plan(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws(PlanFileError) -> Register {
        if let path = plan.path(environment) { return try PlanFile.load(path: path) }
        return try PlanFile.parse(plan.builtIn, file: "Seeds/\(plan.rawValue)")
    }

    public static func planDocument(
        _ environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(PlanDocumentFileError) -> PlanDocument {
        let file = planDocument.path(environment)
        let text = file.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) } ?? planDocument.builtIn
        return try PlanDocumentFile.parse(text, version: "1.0", file: file ?? "Seeds/\(planDocument.rawValue)")
    }

    public static func peopleAndMoney(
        plan register: Register, _ environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(PlanFileError) -> PeopleAndMoney {
        if let path = peopleAndMoney.path(environment) { return try PeopleAndMoneyFile.load(path: path, plan: register) }
        return try PeopleAndMoneyFile.parse(peopleAndMoney.builtIn, file: "Seeds/\(peopleAndMoney.rawValue)", plan: register)
    }

    /// `file` is a catalogue a command was given (`--catalogue`), which comes first.
    public static func indicatorCatalogue(
        file: String? = nil, _ environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(MonitorFileError) -> IndicatorCatalogue {
        if let path = file ?? indicators.path(environment) { return try IndicatorCatalogue(path: path) }
        return try IndicatorCatalogue(text: indicators.builtIn, file: "Seeds/\(indicators.rawValue)")
    }

    public static func regionCatalogue(
        _ environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(MonitorFileError) -> RegionCatalogue {
        if let path = regions.path(environment) { return try RegionCatalogue.read(URL(fileURLWithPath: path)) }
        return try RegionCatalogue.parse(regions.builtIn, file: "Seeds/\(regions.rawValue)")
    }
}
