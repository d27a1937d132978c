@testable import App
import Core
import SnapshotTesting
import StipTestSupport
import Testing

/// The plan's text from an invented document of two sections (the second an action line's page), with a paragraph, a sub-heading,
/// a nested list and a table, and one register entry placed in it.
@Suite struct PlanDocumentSnapshotTests {
    @Test func document() throws {
        let text = """
            # 9 | Een verzonnen hoofdstuk

            Een alinea met een ‘aanhaling’ en <tekens> die gecodeerd moeten worden.

            ## 5-samenwerking | Actielijn Samenwerking

            ### Een tussenkop

            - Bestuurlijk katalysatorteam formeren
              - een onderdeel
            - nog een punt

            | Activiteit | Rijk | Regio |
            | Katalysatorteam | 0,2 | 0,4 |
            """
        let document = try PlanDocumentFile.parse(text, version: "1.0", file: "verzonnen.txt")
        let register = SeedPlan.register
        let model = PlanDocumentPage.Model(document: document, register: register, sources: DocumentSources(register: register, document: document))
        #expect(model.entries["5-samenwerking-2"]?.isEmpty == false, "the action whose title is in the list is placed there")
        assertSnapshot(of: PlanDocumentPage.render(model, Localizer()), as: .html, named: "plan")
    }
}

/// The pages of a later version: the list of versions, the differences of a rewritten section with
/// the answer that asked for it, and the form that rewrites it.
@Suite struct PlanVersionSnapshotTests {
    static let base = try! PlanDocumentFile.parse("""
        # 4.5 | Rekenschap

        Hoe leggen we rekenschap af aan elkaar?

        - een punt
        """, version: "1.0", file: "verzonnen.txt")

    @Test func versions() {
        let model = PlanVersionsPage.Model(csrf: "token", first: "1.0",
                                           versions: [PlanVersion(version: "2.0", base: "1.0", state: .adopted, adoptedOn: "2021-06-01", decidedBy: "Bestuurlijk Kernoverleg"),
                                                      PlanVersion(version: "3.0", base: "2.0")],
                                           mayEdit: true, notice: nil, problem: nil)
        assertSnapshot(of: PlanVersionsPage.render(model, Localizer()), as: .html, named: "versions")
    }

    @Test func differences() throws {
        let edit = SectionEdit(version: "2.0", section: "4.5", title: "Rekenschap <over de grens>",
                               text: "Hoe leggen we rekenschap af aan elkaar, ook over de grens?\n\n- een punt", answers: ["a-1"],
                               editedBy: "regie@example.nl", editedAt: "2026-12-04T10:00:00Z")
        let now = try Self.base.applying([edit], as: "2.0")
        let answer = ConsultationAnswer(id: "a-1", round: "r-1", about: "4.5", enthusiastic: "", differently: "Noem de buurlanden.", participation: nil,
                                        contributions: [], how: "", respondent: .partner(account: "p@example.nl", name: "Petra", organisation: "Stadt Aachen"),
                                        moderation: .published, submittedAt: "2026-11-01T10:00:00Z")
        let model = PlanDifferencesPage.Model(version: PlanVersion(version: "2.0", base: "1.0"), differences: SectionDifference.between(Self.base, now),
                                              answers: ["4.5": [answer]])
        assertSnapshot(of: PlanDifferencesPage.render(model, Localizer()), as: .html, named: "differences")
    }

    @Test func sectionEdit() throws {
        let section = try #require(Self.base.section("4.5"))
        let l = Localizer()
        let fields = PlanSectionEditPage.fields(l, title: section.title, text: Self.base.fileText(of: section),
                                                answers: [FormChoice(value: "a-1", label: "4.5: Stadt Aachen — Noem de buurlanden.")], chosen: ["a-1"])
        let model = PlanSectionEditPage.Model(csrf: "token", version: "2.0", section: section, revision: 1, fields: fields, problem: nil, notice: nil)
        assertSnapshot(of: PlanSectionEditPage.render(model, l), as: .html, named: "edit")
    }
}
