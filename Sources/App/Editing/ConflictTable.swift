import Plot

/// After a save from an older version: the saved values beside the person's own, field by
/// field, the differing rows marked. Every form that guards against overwriting shows this.
struct ConflictTable {
    struct Row {
        var label: String
        var saved: String
        var mine: String
    }

    var explanation: String
    var rows: [Row]

    func node(_ l: Localizer) -> Node<HTML.BodyContext> {
        .div(.class("conflict"), .attribute(named: "role", value: "alert"),
            .h2(.text(l(.conflictTitle))),
            .p(.text(explanation)),
            .table(
                .thead(.tr(
                    .th(.attribute(named: "scope", value: "col"), .text("")),
                    .th(.attribute(named: "scope", value: "col"), .text(l(.savedVersion))),
                    .th(.attribute(named: "scope", value: "col"), .text(l(.yourVersion)))
                )),
                .tbody(.forEach(rows) { row in
                    .tr(.class(row.saved == row.mine ? "" : "differs"),
                        .th(.attribute(named: "scope", value: "row"), .text(row.label)),
                        .td(.text(row.saved)), .td(.text(row.mine)))
                })
            )
        )
    }
}
