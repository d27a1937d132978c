import FluentKit
import Foundation
import SQLKit

/// The rows that join a programme to its partners and a line to its programmes and partners get
/// ids made from their parent and place (`StableRowID`), so that an edit can write only the rows
/// that changed. Rows stored before this get those ids here.
struct StableJoinRowIDs: AsyncMigration {
    var name: String { "0013-stable-join-row-ids" }

    func prepare(on database: any Database) async throws {
        for row in try await ProgrammeOrganisationModel.query(on: database).all() {
            try await renumber(row, to: StableRowID.make(ProgrammeOrganisationModel.schema, row.programmeID, row.position), on: database)
        }
        for row in try await ActionLineProgrammeModel.query(on: database).all() {
            try await renumber(row, to: StableRowID.make(ActionLineProgrammeModel.schema, row.actionLineID, row.position), on: database)
        }
        for row in try await ActionLineOrganisationModel.query(on: database).all() {
            try await renumber(row, to: StableRowID.make(ActionLineOrganisationModel.schema, row.actionLineID, row.position), on: database)
        }
    }

    private func renumber<M: Model>(_ row: M, to id: UUID, on database: any Database) async throws where M.IDValue == UUID {
        guard let old = row.id, old != id, let sql = database as? any SQLDatabase else { return }
        try await sql.update(M.schema).set("id", to: SQLBind(id)).where("id", .equal, SQLBind(old)).run()
    }

    /// The random ids are not worth bringing back; the stable ones serve as well.
    func revert(on database: any Database) async throws {}
}
