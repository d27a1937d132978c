/// What the focus pages need beyond the monitor's styles; served in the same file.
enum FocusStylesheet {
    static let css = """

    .focus-criteria { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: .8rem; margin: 0 0 1rem; align-items: start; }
    .focus-criteria fieldset { border: 1px solid var(--line); background: var(--wash); padding: .5rem .8rem .7rem; margin: 0; display: grid; gap: .5rem; }
    .focus-criteria fieldset.weights { grid-template-columns: repeat(2, minmax(0, 1fr)); }
    .focus-criteria fieldset.weights p { grid-column: 1 / -1; margin: 0; }
    .focus-criteria fieldset.weights input { width: 100%; max-width: 7rem; box-sizing: border-box; }
    .focus-criteria fieldset > div { display: grid; gap: .1rem; }
    .focus-criteria legend { font-weight: 600; padding: 0 .3rem; }
    .focus-criteria label { font-size: .85rem; color: var(--muted); }
    .focus-criteria input, .focus-criteria select { max-width: 15rem; padding: .25rem; }
    .focus-criteria .hint { font-size: .8rem; color: var(--muted); }
    .focus-criteria fieldset > div p { margin: 0; }
    .focus-criteria .field-error { font-size: .85rem; }
    .focus-criteria > button { grid-column: 1 / -1; justify-self: start; }
    .focus-summary p { margin: .3rem 0; }
    .focus-save { border: 1px solid var(--line); padding: .5rem .8rem; margin: .6rem 0 1rem; max-width: 40rem; }
    .focus-save summary { font-weight: 600; cursor: pointer; }
    .focus-map { max-width: 660px; }
    .focus-table { max-height: 44rem; margin-top: 1rem; }
    .focus-table tr.selected th, .focus-table tr.selected td { background: #fff1e6; }
    .focus-table td.reasons { font-size: .82rem; min-width: 20rem; }
    """
}
