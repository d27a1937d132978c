import Plot

/// What the monitor's pages need beyond Stip's stylesheet, served beside it (the security
/// policy allows no inline styles).
enum MonitorStylesheet {
    static let css = """
    .monitor-settings { display: flex; flex-wrap: wrap; gap: .6rem 1rem; align-items: end; background: var(--wash); border: 1px solid var(--line); padding: .6rem .8rem; margin: 0 0 1rem; }
    .monitor-settings div { display: grid; gap: .15rem; }
    .monitor-settings label { font-size: .85rem; color: var(--muted); }
    .monitor-settings select { max-width: 22rem; padding: .25rem; }
    .monitor-grid { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1.25rem; align-items: start; }
    @media (max-width: 62rem) { .monitor-grid { grid-template-columns: minmax(0, 1fr); } }
    .monitor-map .figure { padding: .25rem; }
    .monitor-map svg a:hover path, .monitor-map svg a:focus path { stroke: #1a1a1a; stroke-width: 1.5; }
    .monitor-table { max-height: 52rem; overflow: auto; border: 1px solid var(--line); }
    .monitor-table:focus-visible { outline: 3px solid var(--focus); }
    .monitor-table table { margin: 0; font-size: .9rem; }
    .monitor-table caption { padding: .3rem .5rem; }
    .monitor-table thead th { position: sticky; top: 0; z-index: 1; }
    .monitor-table th a { text-decoration: none; }
    .monitor-table th, .monitor-table td { padding: .2rem .45rem; }
    .monitor-table tbody th { font-weight: 400; }
    .monitor-table td.num, .monitor-table th.num { white-space: nowrap; }
    .downloads h2 { font-size: 1.1rem; margin-top: 1rem; }
    .downloads ul { padding-left: 1.2rem; margin: .2rem 0; }
    .notice { border-left: 4px solid var(--focus); background: #fff8e5; padding: .5rem .8rem; margin: .5rem 0 1rem; }
    .monitor-empty pre, .notice pre { background: var(--wash); border: 1px solid var(--line); padding: .4rem .6rem; overflow-x: auto; white-space: pre-wrap; word-break: break-all; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    .profile-facts { display: flex; flex-wrap: wrap; gap: .5rem 2rem; }
    table.indicators td.trend svg { display: block; }
    table.compare th[scope=col] { vertical-align: bottom; }
    form.compare { display: flex; flex-wrap: wrap; gap: .5rem; align-items: end; }
    form.compare input { min-width: 24rem; padding: .3rem; }
    """
}

extension Node where Context == HTML.BodyContext {
    static var monitorStyles: Node {
        .selfClosedElement(named: "link", attributes: [Attribute(named: "rel", escaping: "stylesheet"), Attribute(named: "href", url: MonitorPath.stylesheet.path)])
    }
}
