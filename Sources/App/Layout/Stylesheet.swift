/// Stip's one stylesheet, served by Stip itself: no CDN, no web fonts, readable without it.
enum Stylesheet {
    /// A page with the stylesheet inside it instead of linked, for a file that must stand alone
    /// (the PDFs headless Chromium prints).
    static func inlined(into page: String) -> String {
        page.replacingOccurrences(of: #"<link rel="stylesheet" href="\#(SiteURL.stylesheet.path)"/>"#, with: "<style>\(css)</style>")
    }

    static let css = """
    :root {
      --ink: #1a1a1a; --muted: #535353; --line: #cad6e2; --paper: #ffffff; --wash: #f3f6f9;
      --brand: #154273; --brand-ink: #ffffff; --accent: #b0d233; --link: #01689b; --focus: #ffb612;
      font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
      color: var(--ink); background: var(--paper); line-height: 1.5;
    }
    * { box-sizing: border-box; }
    body { margin: 0; }
    a { color: var(--link); }
    a:focus-visible, summary:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
    .skip { position: absolute; left: -999px; top: 0; background: var(--focus); color: var(--ink); padding: .5rem 1rem; z-index: 10; }
    .skip:focus { left: 1rem; }
    header.site { background: var(--brand); color: var(--brand-ink); }
    header.site .bar { max-width: 72rem; margin: 0 auto; padding: .9rem 1.25rem .4rem; display: flex; gap: 1rem; align-items: baseline; flex-wrap: wrap; }
    header.site .brand { color: var(--brand-ink); font-weight: 700; font-size: 1.6rem; text-decoration: none; letter-spacing: .02em; }
    header.site .dot { display: inline-block; width: .6em; height: .6em; border-radius: 50%; background: var(--accent); margin-right: .35em; }
    header.site .tagline { opacity: .92; }
    header.site nav ul { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; list-style: none; display: flex; flex-wrap: wrap; gap: .15rem; }
    header.site nav a { display: block; color: var(--brand-ink); padding: .5rem .55rem; text-decoration: none; border-bottom: 4px solid transparent; }
    header.site nav a:hover { background: rgba(255,255,255,.12); }
    header.site nav a[aria-current=page] { border-bottom-color: var(--accent); font-weight: 600; }
    main { max-width: 72rem; margin: 0 auto; padding: 1.25rem 1.25rem 3rem; }
    footer.site { border-top: 1px solid var(--line); background: var(--wash); color: var(--muted); }
    footer.site p { max-width: 72rem; margin: 0 auto; padding: .6rem 1.25rem; }
    h1 { color: var(--brand); font-size: 2rem; line-height: 1.2; margin: .5rem 0 1rem; }
    h2 { color: var(--brand); font-size: 1.4rem; margin: 2rem 0 .6rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem; }
    h3 { font-size: 1.1rem; margin: 1.2rem 0 .4rem; }
    .lead { font-size: 1.15rem; max-width: 50rem; }
    .muted { color: var(--muted); }
    .breadcrumb { font-size: .95rem; color: var(--muted); margin: 0; }
    .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr)); gap: 1rem; }
    .card { border: 1px solid var(--line); border-top: 4px solid var(--brand); background: var(--paper); padding: .9rem 1rem; border-radius: 2px; }
    .card h3 { margin-top: 0; }
    .card p { margin: .4rem 0; }
    .values { display: flex; flex-wrap: wrap; gap: .5rem; padding: 0; list-style: none; }
    .values li { background: var(--wash); border: 1px solid var(--line); padding: .3rem .7rem; border-radius: 1rem; }
    .target { border-left: 4px solid var(--accent); background: var(--wash); padding: .5rem .8rem; margin: .5rem 0; }
    .target .kind { font-size: .85rem; color: var(--muted); display: block; }
    .columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr)); gap: 0 2rem; }
    table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .95rem; }
    caption { text-align: left; font-weight: 600; padding: .3rem 0; color: var(--muted); }
    th, td { border-bottom: 1px solid var(--line); padding: .4rem .5rem; text-align: left; vertical-align: top; }
    thead th { background: var(--wash); border-bottom: 2px solid var(--brand); }
    table.fixed { table-layout: fixed; }
    table.fixed th:first-child { width: 50%; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    table.matrix td { text-align: center; }
    table.matrix td.has { background: #dfeaf4; font-weight: 700; }
    .period { display: inline-block; font-size: .8rem; background: var(--brand); color: var(--brand-ink); padding: .05rem .45rem; border-radius: .7rem; margin-right: .4rem; white-space: nowrap; }
    .period.open { background: var(--wash); color: var(--ink); border: 1px solid var(--line); }
    ul.actions li { margin: .35rem 0; }
    /* What is wider than the window (a long audit trail, a wide table) scrolls inside the content, never the page. */
    main { overflow-x: auto; }
    .figure { overflow-x: auto; border: 1px solid var(--line); padding: .5rem; background: var(--paper); }
    .figure svg { display: block; max-width: 100%; height: auto; }
    .note { font-size: .9rem; color: var(--muted); }
    .count { color: var(--muted); font-weight: 400; font-size: .95rem; }
    td.ok, li.ok { color: #275937; }
    td.open, li.open { color: #8b1d13; }
    ul.checks li { margin: .3rem 0; }
    ul.checks li.ok::marker { content: "✓ "; }
    ul.checks li.open::marker { content: "✗ "; }
    form.stacked, fieldset.stacked { display: grid; gap: .35rem; max-width: 28rem; margin: 1rem 0; }
    form.stacked label, fieldset.stacked label { font-weight: 600; margin-top: .4rem; }
    input, button, select { font: inherit; padding: .45rem .6rem; border: 1px solid #6b7a89; border-radius: 2px; }
    button { background: var(--brand); color: var(--brand-ink); border-color: var(--brand); cursor: pointer; justify-self: start; }
    button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; }
    /* A date field moves focus through its parts and its calendar button, inside the field, where :focus-visible does not reach. */
    input[type=date]:focus-within { outline: 3px solid var(--focus); outline-offset: 1px; }
    p.error { border-left: 4px solid #8b1d13; background: #fbeeed; color: #8b1d13; padding: .5rem .8rem; }
    header.site .account { margin-left: auto; color: var(--brand-ink); }
    header.site .languages { list-style: none; display: flex; gap: .75rem; margin: 0; padding: 0; font-size: .9em; }
    header.site .languages a { color: var(--brand-ink); }
    header.site .languages [aria-current] { font-weight: 700; }
    /* Small screens: the menu folds behind a link (no script needed: the menu opens as the link's target), the tagline goes, and what is wider than the screen scrolls inside the content's box. */
    header.site .menu-toggle, header.site .menu-close { display: none; }
    @media (max-width: 40rem) {
      header.site .tagline { display: none; }
      header.site .menu-toggle { display: inline-block; color: var(--brand-ink); padding: .2rem 0; }
      header.site nav ul { display: none; }
      header.site nav:target ul { display: flex; }
      header.site nav:target .menu-close { display: block; color: var(--brand-ink); padding: .3rem 1.25rem; }
      /* A wide table scrolls inside the content's box, keeping its table semantics (display: block would drop them). */
      main { overflow-wrap: anywhere; overflow-x: auto; }
      main svg { max-width: 100%; height: auto; }
    }
    p.field-error { color: #8b1d13; margin: 0; font-size: .95rem; }
    p.hint { margin: 0; font-size: .9rem; color: var(--muted); }
    p.saved-value { margin: 0; font-size: .95rem; color: var(--muted); }
    .conflict { border: 2px solid #8b1d13; padding: .5rem 1rem; margin: 1rem 0; }
    .conflict tr.differs td { background: #fbeeed; font-weight: 600; }
    form.inline { display: inline; }
    form.filters { display: flex; flex-wrap: wrap; gap: .4rem .8rem; align-items: end; margin: 1rem 0; }
    form.filters label { font-weight: 600; }
    dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
    dl.facts dt { font-weight: 600; }
    dl.facts dd { margin: 0; }
    .target-status { display: inline-block; font-weight: 600; padding: .05rem .5rem; border-radius: .7rem; border: 2px solid; white-space: nowrap; }
    .target-status.onTrack { color: #2b6a09; border-color: #39870c; background: #eef6e9; }
    .target-status.offTrack { color: #8b1d13; border-color: #d52b1e; background: #fbeeed; }
    .target-status.noData { color: #3d3d3d; border-color: #8c8c8c; background: #f3f3f3; }
    .target-status.reached { color: #ffffff; border-color: #154273; background: #154273; }
    .report-state, .flag, .signal { display: inline-block; padding: .05rem .45rem; border-radius: .6rem; border: 1px solid #8c8c8c; margin: 0 .25rem .15rem 0; white-space: nowrap; font-size: .9rem; }
    .report-state.approved { color: #ffffff; background: #154273; border-color: #154273; }
    .report-state.submitted { color: #2b6a09; background: #eef6e9; border-color: #39870c; }
    .report-state.returned, .flag.late, .signal.risk { color: #8b1d13; background: #fbeeed; border-color: #d52b1e; }
    .signal.attention { color: #6b4e00; background: #fff7e0; border-color: #c48a00; }
    .signal.onCourse { color: #2b6a09; background: #eef6e9; border-color: #39870c; }
    table.progress tr.level-challenge th { font-weight: 700; }
    table.progress tr.level-ambition th { padding-left: 1.5rem; }
    table.progress tr.level-line th { padding-left: 3rem; font-weight: 400; }
    .report-form fieldset { margin: 0 0 1rem; }
    .progress-report nav.contents ol { columns: 2; }
    .plan-document { max-width: 46rem; }
    .plan-document nav.contents ul { list-style: none; padding-left: 0; columns: 2; }
    .plan-document nav.contents li.level-2 { padding-left: 1rem; font-size: 0.95em; }
    /* Targets of at least 24px high (WCAG 2.2, 2.5.8): the contents is a column of links. */
    .plan-document nav.contents a { display: inline-block; min-height: 24px; line-height: 24px; }
    .plan-document .block { scroll-margin-top: 1rem; }
    .plan-document .block:target { background: #fff6d5; }
    .plan-document li.depth-1 { margin-left: 1.5rem; }
    .plan-document li.depth-2 { margin-left: 3rem; }
    .plan-document .register-links { font-size: 0.85em; margin-top: -0.5rem; color: #444; }
    .plan-document .answer-link { font-size: 0.85em; margin-top: -0.5rem; }
    .plan-source { font-size: 0.9em; }
    form.stacked.wide { max-width: 48rem; }
    form.stacked.wide textarea { font-family: monospace; font-size: .9rem; }
    table.side-by-side td { vertical-align: top; width: 50%; }
    .inline-difference del { background: #fde2e2; }
    .inline-difference ins { background: #dcf5dc; text-decoration: none; }
    .hp { position: absolute; left: -10000px; width: 1px; height: 1px; overflow: hidden; }
    .answer { border-left: 3px solid #c9d6e3; padding-left: 0.75rem; margin-bottom: 1rem; }
    .fingerprint { font-family: monospace; font-size: .8rem; overflow-wrap: anywhere; }
    @page { size: A4; margin: 18mm 16mm 20mm; @bottom-right { content: counter(page) " / " counter(pages); font-size: 9pt; } }
    @media print {
      header.site, footer.site, .skip, .no-print, form { display: none !important; }
      body { font-size: 10.5pt; }
      a { color: inherit; text-decoration: none; }
      .progress-report section { break-inside: auto; }
      .progress-report h2 { break-before: page; }
      .progress-report nav.contents h2 { break-before: avoid; }
      table, tr, .ambition h3, .line h4 { break-inside: avoid; }
    }
    table.targets { table-layout: fixed; }
    table.targets th:nth-child(1) { width: 34%; }
    table.targets th:nth-child(2) { width: 24%; }
    table.targets th:nth-child(3) { width: 18%; }
    table.targets th[scope=row] { font-weight: 400; }
    table.targets p { margin: .15rem 0; }
    table.targets .kind { font-size: .85rem; color: var(--muted); display: block; }
    .reason, .row-links { font-size: .9rem; }
    .target-summary { font-weight: 600; }
    p.notice { border-left: 4px solid #39870c; background: #eef6e9; padding: .5rem .8rem; }
    ul.target-states { padding-left: 1rem; list-style: none; }
    ul.target-states li { margin: .4rem 0; }
    svg.target-chart { display: block; max-width: 100%; height: auto; }
    """
}
