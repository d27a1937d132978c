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
