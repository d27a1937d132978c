@testable import App
import Plot
import Testing

/// The form kit: every field labelled, its hint and error read out with it, what was typed kept
/// and encoded, and after a conflict the saved value beside it.
@Suite struct FormKitTests {
    let l = Localizer(.dutch)

    private func html(_ field: FormInput, idPrefix: String = "") -> String {
        Node<HTML.BodyContext>.form(FormFieldRenderer(l: l, idPrefix: idPrefix).node(field)).render()
    }

    @Test func theLabelHintAndErrorAreTiedToTheControl() {
        let field = FormInput(name: "bedrag", label: "Bedrag", required: true, hint: "In euro's", value: "12x", error: "Geen bedrag")
        let page = html(field, idPrefix: "f-")
        #expect(page.contains(#"<label for="f-bedrag">Bedrag *</label>"#))
        #expect(page.contains(#"<p class="hint" id="f-bedrag-hint">In euro's</p>"#))
        #expect(page.contains(#"<p class="field-error" id="f-bedrag-error">Geen bedrag</p>"#))
        #expect(page.contains(#"id="f-bedrag" aria-invalid="true" aria-describedby="f-bedrag-hint f-bedrag-error" required"#))
        #expect(page.contains(#"value="12x""#))
    }

    @Test func aFieldWithoutProblemsIsNotMarkedInvalid() {
        let page = html(FormInput(name: "naam", label: "Naam", value: "Anna"))
        #expect(!page.contains("aria-invalid") && !page.contains("aria-describedby"))
        #expect(page.contains(#"<input name="naam" id="naam" type="text" value="Anna""#))
    }

    @Test func aChoiceKeepsWhatWasChosen() {
        let field = FormInput(name: "bron", label: "Bron", kind: .select([.init(value: "rijk", label: "Rijk"), .init(value: "eu", label: "EU")]), value: "eu")
        let page = html(field)
        #expect(page.contains(#"<option value="eu" selected>EU</option>"#))
        #expect(page.contains(#"<option value>—</option>"#))
    }

    @Test func afterAConflictTheSavedValueStandsBesideTheTypedOne() {
        let choices = [FormChoice(value: "ja", label: "Ja"), FormChoice(value: "nee", label: "Nee")]
        let field = FormInput(name: "bereikt", label: "Bereikt", kind: .select(choices), required: true)
            .filled(["bereikt": "nee"], saved: ["bereikt": "ja"])
        let page = html(field)
        #expect(page.contains(#"<option value="nee" selected>Nee</option>"#))
        #expect(page.contains(#"<p class="saved-value" id="bereikt-saved">Opgeslagen versie: Ja</p>"#))
        #expect(page.contains(#"aria-describedby="bereikt-saved""#))
        let unchanged = FormInput(name: "bron", label: "Bron").filled(["bron": "CBS"], saved: ["bron": "CBS"])
        #expect(!html(unchanged).contains("saved-value"))
    }

    @Test func aHostileValueIsEncodedWhereverItLands() {
        let hostile = #""><script>alert(1)</script>"#
        for kind in [FormInput.Kind.text, .textarea(rows: 3), .number(whole: false)] {
            let field = FormInput(name: "x", label: "X", kind: kind, value: hostile, error: "‘\(hostile)’ is geen getal", saved: hostile + "!")
            let page = html(field)
            #expect(!page.contains("<script>"), "\(kind)")
            #expect(page.contains("&lt;script&gt;"), "\(kind)")
        }
    }

    @Test func theBodyIsReadIntoEveryFieldEvenWhenNotSent() {
        let fields = [FormInput(name: "naam", label: "Naam"), FormInput(name: "vak", label: "Vak", kind: .checkbox),
                      FormInput(name: "rollen", label: "Rollen", kind: .checkboxes([.init(value: "a", label: "A"), .init(value: "b", label: "B")]))]
        let body = FormBody("naam=Anna+de+Vries&naam=Bea&rollen=a&rollen=b&version=7")
        #expect(body.values(of: fields) == ["naam": "Bea", "vak": "", "rollen": "a\nb"])
        #expect(body.version == 7)
    }
}
