import Plot

/// The few styles the tables of *Mensen en middelen* need beyond Stip's own, served by Stip
/// beside its stylesheet (the security policy allows no inline styles).
enum MoneyStylesheet {
    static let path = MoneyPath.stylesheet.path

    static let css = """
    .wide { overflow-x: auto; }
    table.money th, table.money td { white-space: nowrap; }
    table.money td.note, table.money th[scope=row], table.money thead th { white-space: normal; }
    table.money td.note { min-width: 9rem; font-size: .85rem; color: var(--muted); }
    table.money th[scope=row] { font-weight: 400; min-width: 11rem; }
    table.money td.num { padding-left: .3rem; padding-right: .3rem; }
    table.money tr.part th[scope=row] { padding-left: 1.6rem; }
    table.money tr.subtotal th[scope=row], table.money tfoot th[scope=row] { font-weight: 700; }
    table.money tr.subtotal td { border-top: 2px solid var(--line); }
    table.money tfoot tr.computed td, table.money tfoot tr.computed th { border-top: 2px solid var(--brand); font-weight: 700; }
    table.money tfoot tr.stated td, table.money tfoot tr.stated th { background: var(--wash); }
    table.money tfoot tr.euros td { color: var(--ink); }
    table.money td.num.empty { color: var(--muted); }
    table.money td.differs, tr.flag td, p.flag { color: #8b1d13; }
    table.money td.ok { color: #275937; }
    table.money th.group { text-align: center; border-bottom: 1px solid var(--line); }
    table.money .days, table.money .cell-note, table.money .stated-inline { display: block; font-size: .8rem; color: var(--muted); white-space: normal; max-width: 11rem; margin-left: auto; }
    ul.totals-legend { padding-left: 1.2rem; margin: .2rem 0 .8rem; }
    table.money a.edit { font-size: .8rem; text-decoration: none; margin-left: .3rem; color: #9aa7b4; }
    table.money a.edit:hover, table.money a.edit:focus { color: var(--link); }
    tr.balance td { font-weight: 700; }
    tr.balance.ok td { color: #275937; }
    p.flag { border-left: 4px solid #8b1d13; background: #fbeeed; padding: .5rem .8rem; }
    p.saved { border-left: 4px solid #275937; background: #edf6ef; padding: .5rem .8rem; }
    nav.years ul { list-style: none; display: flex; gap: .5rem; padding: 0; margin: .2rem 0 1rem; }
    nav.years a { display: block; padding: .2rem .7rem; border: 1px solid var(--line); border-radius: 1rem; text-decoration: none; }
    nav.years a[aria-current=page] { background: var(--brand); color: var(--brand-ink); border-color: var(--brand); }
    .actions-bar { margin: .4rem 0 1rem; }
    td.verdict.scaleUp { color: #275937; font-weight: 600; }
    td.verdict.scaleDown { color: #8b1d13; font-weight: 600; }
    fieldset.decision { border: 1px solid var(--line); padding: .4rem .8rem; margin: .4rem 0; display: grid; gap: .3rem; }
    fieldset.decision legend { font-weight: 600; }
    """
}

extension Node where Context == HTML.BodyContext {
    /// A link to the stylesheet above; `<link>` may stand in the body and is loaded from 'self'.
    static var moneyStyles: Node {
        .selfClosedElement(named: "link", attributes: [Attribute(named: "rel", escaping: "stylesheet"), Attribute(named: "href", url: MoneyStylesheet.path)])
    }
}
