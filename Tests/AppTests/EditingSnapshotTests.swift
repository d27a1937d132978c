@testable import App
import Core
import SnapshotTesting
import StipTestSupport
import Testing

/// The form that creates and edits any record, and the question before deleting one, as the
/// routes fill them from the seed plan (stored at version 1), compared whole with __Snapshots__.
@Suite struct EditingSnapshotTests {
    let register = SeedPlan.stored
    let l = Localizer()
    static let csrf = "csrf-token-snapshot"

    var action: Action {
        get throws { try #require(register.actions.first { $0.period != nil }) }
    }

    func editForm(_ id: String, values: FieldValues? = nil) -> RecordFormPage.Model {
        let editor = EntityKind.actions.editor
        return RecordFormPage.Model(
            csrf: Self.csrf, kind: .actions, id: id, fields: editor.fields(in: register),
            values: values ?? editor.values(of: id, in: register) ?? [:], version: register.version(of: EntityReference(.actions, id)),
            back: SiteURL.page(of: editor.owner(of: id, in: register)))
    }

    /// From the link on an action line's page, which names the line the new action belongs to.
    @Test func newRecord() throws {
        let line = try #require(register.actionLines.first)
        let model = RecordFormPage.Model(csrf: Self.csrf, kind: .actions, id: nil, fields: EntityKind.actions.editor.fields(in: register),
                                         values: [.line: line.id], version: 0, back: SiteURL.list(of: .actions))
        assertSnapshot(of: RecordFormPage.render(model, l), as: .html, named: "actie-nieuw")
    }

    @Test func editRecord() throws {
        assertSnapshot(of: RecordFormPage.render(editForm(try action.id), l), as: .html, named: "actie-bewerken")
    }

    /// What typed values the editor refuses, each with its problem under the field.
    @Test func editRecordWithProblems() throws {
        let id = try action.id
        let editor = EntityKind.actions.editor
        var values = editor.values(of: id, in: register) ?? [:]
        values[.title] = ""
        values[.year] = "twintig"
        var copy = register
        guard case let .failure(refused) = editor.write(values, id: id, into: &copy) else {
            Issue.record("the editor took an empty title and a year in words")
            return
        }
        var model = editForm(id, values: values)
        model.problems = refused.problems
        assertSnapshot(of: RecordFormPage.render(model, l), as: .html, named: "actie-met-fouten")
    }

    /// Someone saved the action since this edit began: the saved values beside the typed ones,
    /// and the form carries the newer version.
    @Test func editRecordInConflict() throws {
        let id = try action.id
        let saved = EntityKind.actions.editor.values(of: id, in: register) ?? [:]
        var typed = saved
        typed[.title] = "Bestuurlijk katalysatorteam formeren en installeren"
        typed[.status] = Action.Status.running.rawValue
        var model = editForm(id, values: typed)
        model.saved = saved
        model.version += 1
        assertSnapshot(of: RecordFormPage.render(model, l), as: .html, named: "actie-conflict")
    }

    func deletion(_ kind: EntityKind, _ id: String) -> RecordDeletePage.Model {
        let reference = EntityReference(kind, id)
        return RecordDeletePage.Model(
            csrf: Self.csrf, kind: kind, id: id, title: register.title(of: reference), version: register.version(of: reference),
            referrers: kind.editor.references(to: id, in: register).map { ($0, register.title(of: $0)) },
            back: SiteURL.page(of: kind.editor.owner(of: id, in: register)))
    }

    @Test func deleteRecord() throws {
        let model = deletion(.actions, try action.id)
        #expect(model.referrers.isEmpty)
        assertSnapshot(of: RecordDeletePage.render(model, l), as: .html, named: "actie-verwijderen")
    }

    /// An organisation that action lines name cannot go: the page says which.
    @Test func deleteRecordThatOthersReferTo() throws {
        let editor = EntityKind.organisations.editor
        let organisation = try #require(register.organisations.first { !editor.references(to: $0.id, in: register).isEmpty })
        assertSnapshot(of: RecordDeletePage.render(deletion(.organisations, organisation.id), l), as: .html, named: "organisatie-verwijderen")
    }
}
