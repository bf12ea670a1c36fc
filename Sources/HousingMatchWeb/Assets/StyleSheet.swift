import HTMLRendering

/// The one style sheet: readable on a laptop and a tablet, high contrast,
/// visible keyboard focus, and a print style that leaves out the menu.
enum StyleSheet {
    static let css = #"""
    :root { --ink: #1b1b1b; --muted: #555; --line: #c8c8c8; --accent: #00567a; --accent-ink: #fff;
            --warn: #8a3b00; --ok: #1e6b2f; --bg: #fff; --soft: #f3f5f7; }
    * { box-sizing: border-box; }
    html { font-size: 100%; }
    body { margin: 0; font-family: system-ui, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: var(--ink);
           background: var(--bg); line-height: 1.5; }
    a { color: var(--accent); }
    a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible,
    main:focus-visible { outline: 3px solid #e69f00; outline-offset: 2px; }
    .skip { position: absolute; left: -999px; top: 0; background: var(--accent); color: var(--accent-ink); padding: .5rem 1rem; }
    .skip:focus { left: 0; z-index: 10; }
    header.top { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1.5rem; padding: .6rem 1.2rem;
                 background: var(--accent); color: var(--accent-ink); }
    header.top a { color: var(--accent-ink); }
    .brand a { font-weight: 700; font-size: 1.15rem; text-decoration: none; }
    .workspace { display: block; font-size: .8rem; opacity: .9; }
    nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .2rem .9rem; }
    nav a { text-decoration: none; padding: .2rem 0; border-bottom: 3px solid transparent; }
    nav a[aria-current="page"] { border-bottom-color: var(--accent-ink); font-weight: 700; }
    nav a:hover { border-bottom-color: rgba(255,255,255,.6); }
    .switches { margin-left: auto; display: flex; gap: .5rem; }
    .switches form { margin: 0; }
    button, .button { font: inherit; padding: .35rem .8rem; border-radius: 4px; border: 1px solid var(--accent);
                      background: var(--accent); color: var(--accent-ink); cursor: pointer; }
    button.secondary { background: var(--bg); color: var(--accent); }
    .switch { background: transparent; border-color: var(--accent-ink); color: var(--accent-ink); font-size: .9rem; }
    .care-note { margin: 0; padding: .3rem 1.2rem; font-size: .85rem; background: var(--soft); color: var(--muted); }
    main { padding: 1rem 1.2rem 3rem; max-width: 78rem; }
    h1 { font-size: 1.6rem; margin: .4rem 0 .8rem; }
    h2 { font-size: 1.25rem; margin: 1.8rem 0 .6rem; }
    h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
    .lead { font-size: 1.05rem; color: var(--muted); }
    .status { padding: .6rem .8rem; border-left: 5px solid var(--line); background: var(--soft); }
    .status-optimal { border-left-color: var(--ok); }
    .status-feasible { border-left-color: #b8a400; }
    .status-infeasible, .status-noSolution { border-left-color: var(--warn); }
    .summary { font-size: 1.1rem; font-weight: 600; }
    ul.numbers { padding-left: 1.2rem; }
    table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; }
    th, td { text-align: left; vertical-align: top; padding: .4rem .6rem; border-bottom: 1px solid var(--line); }
    thead th { background: var(--soft); font-weight: 600; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    .id, .town { color: var(--muted); font-size: .85rem; }
    .care { color: var(--warn); font-size: .85rem; }
    .small { font-size: .85rem; color: var(--muted); }
    .members a { white-space: nowrap; }
    figure.chart { margin: 0; overflow-x: auto; }
    figure.chart svg { max-width: 100%; height: auto; }
    pre.problems { white-space: pre-wrap; background: var(--soft); padding: .8rem; border-left: 5px solid var(--warn); }
    dl.glossary dt { font-weight: 700; margin-top: 1rem; }
    dl.glossary dd { margin: .2rem 0 0 0; max-width: 48rem; }
    .progress { padding: 1rem; background: var(--soft); border-radius: 6px; max-width: 40rem; }
    .spinner { display: inline-block; width: .9rem; height: .9rem; border: 3px solid var(--line);
               border-top-color: var(--accent); border-radius: 50%; animation: spin 1s linear infinite; vertical-align: -2px; }
    @keyframes spin { to { transform: rotate(360deg); } }
    @media (prefers-reduced-motion: reduce) { .spinner { animation: none; } }
    form.inline { display: inline; }
    label { font-weight: 600; }
    input[type=text], input[type=number], select, textarea { font: inherit; padding: .3rem .4rem; border: 1px solid #767676; border-radius: 3px; }
    .field-error { color: #a40000; font-size: .9rem; display: block; }
    [aria-invalid="true"] { border-color: #a40000; border-width: 2px; }
    .notice { padding: .6rem .8rem; border-left: 5px solid var(--ok); background: #eef7f0; }
    .warning { padding: .6rem .8rem; border-left: 5px solid var(--warn); background: #fbf1ea; }
    .ask-again p { margin: 0; }
    .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: .8rem; padding: 0; list-style: none; }
    .cards li { border: 1px solid var(--line); border-radius: 6px; padding: .6rem .8rem; }
    dl.facts { display: flex; flex-wrap: wrap; gap: .4rem 2rem; margin: 0 0 1rem; }
    dl.facts dt { font-size: .85rem; color: var(--muted); } dl.facts dd { margin: 0; font-weight: 600; }
    ul.plain { list-style: none; margin: 0; padding: 0; } ul.plain li + li { margin-top: .2rem; }
    .tag { display: inline-block; padding: 0 .4rem; border: 1px solid var(--warn); border-radius: 3px; color: var(--warn); font-size: .85rem; white-space: nowrap; }
    tr.total th, tr.total td { font-weight: 700; border-top: 2px solid var(--ink); }
    svg.load-bar { max-width: 100%; height: auto; }
    .table-scroll { overflow-x: auto; }
    dl.wishes { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1.2rem; margin: 0; }
    dl.wishes dt { font-weight: 600; } dl.wishes dd { margin: 0; }
    ul.effects, ul.rules { margin: .2rem 0; padding-left: 1.1rem; } td.cost p { margin: 0 0 .2rem; }
    .cost-free { color: var(--ok); } .cost-loss, .cost-impossible { color: var(--warn); font-weight: 600; }
    ul.drops { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem; } ul.drops form { margin: 0; }
    /* Wat als: the variant forms side by side, and the comparison report's swatches and meters. */
    .variant-forms { display: grid; grid-template-columns: repeat(auto-fill, minmax(22rem, 1fr)); gap: 1rem; }
    .variant-form fieldset { border: 1px solid var(--line); border-radius: 6px; padding: .4rem 1rem .6rem; margin: 0; height: 100%; }
    .variant-form legend { font-weight: 700; padding: 0 .3rem; }
    .field { margin: .5rem 0; } .field label:not(.plain) { display: block; } .field .hint { display: block; }
    .field input[type=text], .field select, .field textarea { width: 100%; max-width: 28rem; }
    .field-row { display: flex; flex-wrap: wrap; gap: 0 1rem; }
    label.plain { font-weight: normal; }
    tr.just-saved { background: #eef7f0; } table.sweep { width: auto; min-width: 32rem; }
    .swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; margin-right: 7px; vertical-align: -1px; }
    \#(SVGBarChart.palette.enumerated().map { ".swatch-\($0.offset) { background: \($0.element); }" }.joined(separator: " "))
    .comparison-report .card { border: 1px solid var(--line); border-left: 4px solid #9aa0a6; border-radius: 6px; padding: .6rem 1rem; margin: .6rem 0; }
    .comparison-report .card.warning { border-left-color: var(--warn); }
    .comparison-report .tag { font-size: .75rem; font-weight: 600; text-transform: uppercase; color: var(--muted); background: var(--soft); border-radius: 3px; padding: 1px 6px; margin-left: 4px; }
    .comparison-report .name { font-weight: normal; color: var(--muted); margin-left: 6px; } .comparison-report .description { font-style: italic; }
    .comparison-report figure svg { max-width: 100%; height: auto; }
    .comparison-report .load { display: block; } svg.meter { display: block; width: 100%; max-width: 120px; height: 8px; }
    .comparison-report .gain { color: var(--ok); font-weight: 600; } .comparison-report .loss, .comparison-report .bad { color: #a40000; font-weight: 600; }
    /* Gegevens: tabs, pages of a table, an entry's form, the history. */
    .tabs ul, .pager ul { list-style: none; display: flex; flex-wrap: wrap; gap: .3rem; padding: 0; margin: 1rem 0 .4rem; }
    .tabs ul { border-bottom: 2px solid var(--accent); }
    .tabs a { display: inline-block; padding: .4rem .9rem; text-decoration: none; border: 1px solid var(--line); border-bottom: none; border-radius: 4px 4px 0 0; }
    .tabs a[aria-current="page"] { background: var(--accent); color: var(--accent-ink); font-weight: 700; }
    .pager a { display: inline-block; padding: .2rem .5rem; } .pager a[aria-current="page"] { font-weight: 700; text-decoration: none; }
    .filter { display: flex; flex-wrap: wrap; gap: .4rem; align-items: center; margin: .6rem 0; }
    a.button { display: inline-block; text-decoration: none; }
    .entry-form .field { margin: 0 0 .9rem; max-width: 42rem; } .entry-form .field > label { display: block; }
    .entry-form input[type=text] { width: 100%; max-width: 20rem; } .entry-form input.wide { max-width: 42rem; }
    .entry-form .field-flag > label { display: inline; margin-left: .4rem; } .entry-form [aria-invalid="true"] { border: 2px solid #a40000; }
    .hint { display: block; font-size: .85rem; color: var(--muted); } tr:target { background: #fff6d5; }
    .table-scroll { overflow-x: auto; max-width: 100%; position: relative; } .table-scroll table { min-width: 40rem; }
    .error-summary { padding: .6rem .8rem; border-left: 5px solid #a40000; background: #fdecea; margin-bottom: 1rem; }
    .remove-form { margin-top: 2rem; border-top: 1px solid var(--line); padding-top: 1rem; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    @media (max-width: 48rem) {
      header.top { padding: .5rem .8rem; }
      .switches { margin-left: 0; }
      main { padding: .8rem; }
      table { font-size: .92rem; }
      th, td { padding: .3rem .4rem; }
    }
    @media print {
      header.top, .care-note, .switches, .skip, form, .no-print, nav { display: none !important; }
      body { font-size: 11pt; }
      main { padding: 0; max-width: none; }
      a { color: inherit; text-decoration: none; }
      table { page-break-inside: auto; }
      tr { page-break-inside: avoid; }
      thead th { background: none; border-bottom: 2px solid #000; }
      .status { border: none; padding: 0; background: none; }
    }
    """#
}
