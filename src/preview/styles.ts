/** The stylesheet of the preview pages and the contact sheet: the program-office theme's colours. */
export const STYLES = `
:root {
  --brand: #0b4f71; --accent: #e3a320; --ink: #1f2a30; --muted: #5b6b73; --tint: #e9f1f5;
  --rule: #c5d3da; --paper: #ffffff; --ground: #f3f6f8; --ok: #1d7a4c; --bad: #b3261e; --warn: #9a6700;
  --font: Lato, "Segoe UI", "Helvetica Neue", Arial, sans-serif;
  --mono: "DejaVu Sans Mono", ui-monospace, Menlo, Consolas, monospace;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--ground); color: var(--ink); font: 15px/1.5 var(--font); }
a { color: var(--brand); }
.bar { background: var(--brand); color: #fff; }
.bar-in { max-width: 1240px; margin: 0 auto; padding: 18px 32px 20px; display: flex;
  align-items: flex-end; justify-content: space-between; gap: 24px; }
.kicker { color: var(--accent); font-weight: 700; font-size: 11px; letter-spacing: .12em;
  text-transform: uppercase; }
.bar-title { font-weight: 900; font-size: 26px; line-height: 1.15; letter-spacing: .01em; }
.bar-sub { color: #cfe0ea; font-size: 13px; margin-top: 2px; }
.bar nav { display: flex; gap: 18px; align-items: center; font-size: 14px; }
.bar nav a { color: #fff; text-decoration: none; font-weight: 700; border-bottom: 2px solid transparent; }
.bar nav a:hover { border-bottom-color: var(--accent); }
.live { font-size: 12px; color: #cfe0ea; white-space: nowrap; }
.live::before { content: ""; display: inline-block; width: 8px; height: 8px; border-radius: 50%;
  background: #5fd08f; margin-right: 6px; vertical-align: 1px; }
.live.busy::before { background: var(--accent); }
.live.off::before { background: #e36d64; }
main { max-width: 1240px; margin: 0 auto; padding: 28px 32px 64px; }
h2 { font-size: 13px; font-weight: 900; letter-spacing: .06em; text-transform: uppercase; color: var(--brand);
  margin: 8px 0 14px; padding-bottom: 8px; border-bottom: 3px solid var(--accent); display: inline-block; }
.section { margin-bottom: 40px; }
.lede { color: var(--muted); margin: -4px 0 18px; max-width: 70ch; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 22px; }
.card { background: var(--paper); border-radius: 6px;
  box-shadow: 0 1px 2px rgba(16,42,56,.08), 0 4px 14px rgba(16,42,56,.06); overflow: hidden;
  display: flex; flex-direction: column; text-decoration: none; color: inherit;
  transition: box-shadow .15s; }
a.card:hover { box-shadow: 0 2px 4px rgba(16,42,56,.12), 0 10px 26px rgba(16,42,56,.12); }
.thumb { background: var(--tint); aspect-ratio: 8.5 / 11; display: flex; align-items: center;
  justify-content: center; border-bottom: 1px solid var(--rule); overflow: hidden; }
.thumb img { width: 100%; height: 100%; object-fit: contain; display: block; }
.thumb .none { color: var(--muted); font-size: 13px; padding: 20px; text-align: center; }
.card-body { padding: 12px 14px 14px; display: flex; flex-direction: column; gap: 6px; flex: 1; }
.card-title { font-weight: 900; color: var(--brand); font-size: 16px; line-height: 1.25; }
.meta { color: var(--muted); font-size: 13px; }
.row { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin-top: auto; }
.pill { display: inline-block; font-size: 11px; font-weight: 700; letter-spacing: .06em;
  text-transform: uppercase; padding: 2px 8px; border-radius: 999px; white-space: nowrap; }
.pill.built, .pill.skipped { background: #e3f3ea; color: var(--ok); }
.pill.failed { background: #fbe7e5; color: var(--bad); }
.pill.overflow { background: #fdf1d8; color: var(--warn); }
.pill.warnings { background: #fdf1d8; color: var(--warn); }
.button { display: inline-block; background: var(--brand); color: #fff; text-decoration: none;
  font-weight: 700; font-size: 13px; padding: 7px 14px; border-radius: 4px; }
.button:hover { background: #093f5a; }
.button.quiet { background: transparent; color: var(--brand); padding: 0; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) 360px; gap: 32px; align-items: start; }
.pages { display: flex; flex-direction: column; gap: 22px; align-items: center; }
.page-img { margin: 0; width: 100%; max-width: 820px; }
.page-img img { width: 100%; display: block; background: #fff; cursor: zoom-in;
  box-shadow: 0 1px 3px rgba(16,42,56,.15), 0 8px 24px rgba(16,42,56,.10); }
.page-img figcaption { color: var(--muted); font-size: 12px; text-align: center; margin-top: 6px; }
.proof-label { background: var(--warn); color: #fff; font-weight: 700; font-size: 12px;
  letter-spacing: .06em; text-transform: uppercase; padding: 6px 12px; border-radius: 4px 4px 0 0;
  align-self: stretch; max-width: 820px; width: 100%; margin: 0 auto -22px; }
.stale img { opacity: .45; filter: grayscale(.6); }
.side { position: sticky; top: 20px; display: flex; flex-direction: column; gap: 18px; }
.panel { background: var(--paper); border-radius: 6px; padding: 16px 18px;
  box-shadow: 0 1px 2px rgba(16,42,56,.08); }
.facts { display: grid; grid-template-columns: auto 1fr; gap: 4px 14px; font-size: 14px;
  margin: 10px 0 14px; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; font-weight: 700; }
.note { border-left: 4px solid var(--accent); background: #fdf7e8; padding: 10px 12px; font-size: 14px;
  border-radius: 0 4px 4px 0; }
.problems { display: flex; flex-direction: column; gap: 14px; }
.problem { background: var(--paper); border-radius: 6px; border-left: 5px solid var(--bad);
  padding: 14px 16px; box-shadow: 0 1px 2px rgba(16,42,56,.08); }
.problem.warning { border-left-color: var(--accent); }
.where { font-family: var(--mono); font-size: 12.5px; color: var(--muted); overflow-wrap: anywhere; }
.sev { font-family: var(--font); font-weight: 700; font-size: 10.5px; letter-spacing: .08em;
  text-transform: uppercase; color: var(--bad); margin-right: 8px; }
.warning .sev { color: var(--warn); }
.problems-main .problem { padding: 18px 22px; }
.problems-main .message { font-size: 18px; }
.message { font-weight: 700; margin: 4px 0 8px; font-size: 15px; line-height: 1.4; }
.expected { font-size: 13.5px; margin: 0 0 8px; }
.expected span { color: var(--muted); display: inline-block; min-width: 72px; }
pre.frame { background: #102a38; color: #e6eef2; font: 12.5px/1.55 var(--mono); padding: 10px 12px;
  border-radius: 4px; overflow-x: auto; margin: 0 0 8px; }
pre.frame .ln { color: #7f98a6; }
pre.frame .caret { color: var(--accent); font-weight: 700; }
.hint { font-size: 14px; color: var(--ink); }
.problem code { font-family: var(--mono); font-size: .88em; background: var(--tint); color: var(--brand);
  padding: 1px 5px; border-radius: 3px; }
.hint b { color: var(--brand); }
.banner { background: #fbe7e5; color: var(--bad); border-radius: 6px; padding: 12px 16px;
  margin-bottom: 22px; font-weight: 700; }
table.sheets { width: 100%; border-collapse: collapse; background: var(--paper); border-radius: 6px;
  overflow: hidden; box-shadow: 0 1px 2px rgba(16,42,56,.08); font-size: 14px; }
table.sheets th { text-align: left; font-size: 11px; letter-spacing: .08em; text-transform: uppercase;
  color: var(--muted); padding: 10px 14px; border-bottom: 2px solid var(--rule); }
table.sheets td { padding: 12px 14px; border-bottom: 1px solid var(--tint); vertical-align: top; }
table.sheets td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.sheets img { width: 110px; display: block; box-shadow: 0 1px 3px rgba(16,42,56,.2); background: #fff; }
table.sheets ul { margin: 6px 0 0; padding-left: 18px; color: var(--muted); font-size: 13px; }
.zoom { position: fixed; inset: 0; background: rgba(10,25,34,.88); overflow: auto; z-index: 10;
  cursor: zoom-out; display: flex; justify-content: center; align-items: flex-start; padding: 32px; }
.zoom img { width: min(1400px, 160vw); max-width: none; background: #fff;
  box-shadow: 0 10px 40px rgba(0,0,0,.5); }
.empty { color: var(--muted); }
@media (max-width: 960px) { .layout { grid-template-columns: 1fr; } .side { position: static; } }
`;
