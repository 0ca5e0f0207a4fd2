/** The web chat's stylesheet: system Japanese fonts only (no web fonts), laptop and phone widths. */
export const PAGE_CSS = `
:root {
  --ink: #1d2430;
  --muted: #5b6675;
  --line: #d9dee6;
  --bg: #f5f7fa;
  --card: #ffffff;
  --accent: #1f4e79;
  --accent-soft: #e6eef7;
  --mark: #ffe58a;
  --danger: #a4262c;
  --focus: #c05600;
  --radius: 10px;
  font-family: "Hiragino Kaku Gothic ProN", "Hiragino Sans", "Noto Sans CJK JP", "Noto Sans JP", "Yu Gothic UI",
    "Yu Gothic", Meiryo, system-ui, sans-serif;
  font-size: 16px;
  line-height: 1.75;
  color: var(--ink);
  background: var(--bg);
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; min-height: 100vh; }
h1, h2, h3, h4 { line-height: 1.4; }
button, textarea { font: inherit; color: inherit; }
button { cursor: pointer; }
button:disabled { cursor: not-allowed; opacity: 0.55; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.visually-hidden {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
}
.skip-link { position: absolute; left: -9999px; top: 0; }
.skip-link:focus { left: 8px; top: 8px; z-index: 10; background: var(--card); padding: 4px 10px; }
.muted { color: var(--muted); }

.topbar {
  position: sticky; top: 0; z-index: 5;
  display: flex; align-items: center; justify-content: space-between; gap: 12px;
  padding: 8px 20px; background: var(--card); border-bottom: 1px solid var(--line);
}
.brand { display: flex; align-items: center; gap: 8px; margin: 0; font-size: 1.15rem; }
.brand small { color: var(--muted); font-size: 0.8rem; font-weight: normal; }
.logo {
  display: inline-grid; place-items: center; width: 32px; height: 32px; border-radius: 8px;
  background: var(--accent); color: #fff; font-size: 1.05rem;
}
.topbar-actions { display: flex; gap: 6px; flex-wrap: wrap; justify-content: flex-end; }

button.primary {
  background: var(--accent); color: #fff; border: 0; border-radius: 8px; padding: 6px 20px; font-weight: bold;
}
button.primary:hover:not(:disabled) { background: #173b5c; }
button.ghost {
  background: transparent; border: 1px solid var(--line); border-radius: 8px; padding: 4px 12px;
}
button.ghost:hover:not(:disabled) { background: var(--accent-soft); }

.layout {
  display: grid; grid-template-columns: minmax(0, 1fr) 360px; gap: 20px;
  max-width: 1240px; margin: 0 auto; padding: 16px 20px 0;
}
body:not(.guide-open) .layout { grid-template-columns: minmax(0, 1fr); max-width: 900px; }
body:not(.guide-open) .guide { display: none; }

.chat { display: flex; flex-direction: column; min-height: calc(100vh - 70px); min-width: 0; }
.welcome { background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); padding: 4px 20px 12px; }
.welcome h2 { font-size: 1.1rem; }
.welcome h3 { font-size: 0.95rem; color: var(--muted); margin-bottom: 4px; }
.marker-sample { color: var(--accent); font-weight: bold; }

.chips { list-style: none; display: flex; flex-wrap: wrap; gap: 8px; padding: 0; margin: 8px 0; }
.chips button {
  text-align: left; background: var(--accent-soft); border: 1px solid #c7d6e8; border-radius: 999px;
  padding: 4px 14px; color: var(--accent);
}
.chips button:hover { background: #d5e3f2; }

.log { list-style: none; padding: 0; margin: 16px 0; display: flex; flex-direction: column; gap: 16px; flex: 1; }
.turn.user { align-self: flex-end; max-width: 85%; }
.turn.user .bubble {
  background: var(--accent); color: #fff; border-radius: 14px 14px 2px 14px; padding: 8px 14px;
  white-space: pre-wrap; overflow-wrap: anywhere;
}
.turn.bot { align-self: stretch; }
.answer, .pending, .error-card {
  background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); padding: 12px 18px;
}
.answer.abstained { border-left: 4px solid #b7791f; }
.error-card { border-left: 4px solid var(--danger); color: var(--danger); }
.answer-text p { margin: 0 0 8px; overflow-wrap: anywhere; }
.pending { color: var(--muted); }
.pending::after { content: "…"; animation: blink 1.2s infinite; }
@keyframes blink { 50% { opacity: 0.2; } }

button.cite {
  display: inline; border: 1px solid #9fb7d3; background: var(--accent-soft); color: var(--accent);
  border-radius: 5px; padding: 0 4px; margin: 0 1px; font-size: 0.85em; font-weight: bold; line-height: 1.4;
  vertical-align: baseline;
}
button.cite:hover { background: #cfe0f3; }

.answer h3 { font-size: 0.9rem; color: var(--muted); margin: 12px 0 4px; }
.sources { list-style: none; padding: 0; margin: 0; display: grid; gap: 8px; }
.source { border-top: 1px solid var(--line); padding-top: 8px; }
.source-title { display: flex; gap: 6px; align-items: baseline; flex-wrap: wrap; }
.source-title strong { font-size: 0.95rem; }
.source .meta { font-size: 0.82rem; color: var(--muted); }
.source blockquote {
  margin: 4px 0 0; padding: 2px 10px; border-left: 3px solid #9fb7d3; font-size: 0.92rem; overflow-wrap: anywhere;
}
.related-note { font-size: 0.85rem; color: #7a5a12; }
.answer-meta { font-size: 0.8rem; color: var(--muted); margin-top: 8px; }

.feedback { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 8px; margin-top: 8px; font-size: 0.9rem; }
.feedback .vote { border: 1px solid var(--line); background: var(--card); border-radius: 8px; padding: 0 10px; }
.feedback .vote[aria-pressed="true"] { background: var(--accent-soft); border-color: var(--accent); }
.feedback-form { flex-basis: 100%; display: grid; gap: 6px; }
.feedback-form textarea { width: 100%; min-height: 3.2em; border: 1px solid var(--line); border-radius: 8px; padding: 6px 8px; }
.feedback-form .row { display: flex; gap: 8px; }
.feedback-ack { flex-basis: 100%; margin: 0; color: #2f6b3a; }
.feedback-ack.failed { color: var(--danger); }

.composer {
  position: sticky; bottom: 0; background: var(--bg); padding: 8px 0 14px; border-top: 1px solid var(--line);
}
.composer textarea {
  width: 100%; resize: vertical; min-height: 3.2em; max-height: 40vh; border: 1px solid #b8c2cf; border-radius: var(--radius);
  padding: 8px 12px; background: var(--card);
}
.composer-row { display: flex; justify-content: space-between; align-items: center; margin-top: 6px; }
.count { font-size: 0.8rem; color: var(--muted); }
.count.over { color: var(--danger); font-weight: bold; }

.guide {
  align-self: start; position: sticky; top: 64px; max-height: calc(100vh - 80px); overflow: auto;
  background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); padding: 4px 16px 16px;
}
.guide-head { display: flex; justify-content: space-between; align-items: center; }
.guide h2 { font-size: 1.05rem; }
.guide h3 { font-size: 0.92rem; color: var(--muted); margin: 14px 0 4px; }
.reports { list-style: none; padding: 0; margin: 0; display: grid; gap: 10px; }
.reports li { border-top: 1px solid var(--line); padding-top: 8px; }
.reports h4 { margin: 0; font-size: 0.95rem; }
.reports .meta { font-size: 0.8rem; color: var(--muted); margin: 0; }
.reports p { margin: 4px 0; font-size: 0.88rem; }
.reports details { font-size: 0.82rem; }
.glossary { margin: 0; font-size: 0.88rem; }
.glossary dt { font-weight: bold; margin-top: 6px; }
.glossary dd { margin: 0 0 0 1em; }

.passage-dialog {
  width: min(760px, 94vw); max-height: 88vh; border: 0; border-radius: 12px; padding: 0;
  box-shadow: 0 12px 40px rgba(0, 0, 0, 0.28);
}
.passage-dialog::backdrop { background: rgba(20, 30, 45, 0.45); }
.dialog-head {
  position: sticky; top: 0; display: flex; justify-content: space-between; align-items: center; gap: 8px;
  background: var(--card); border-bottom: 1px solid var(--line); padding: 6px 18px;
}
.dialog-head h2 { font-size: 1.05rem; margin: 6px 0; }
.passage-body { padding: 8px 18px 18px; }
.passage-body .meta { font-size: 0.85rem; color: var(--muted); margin: 0; }
.passage-body .section-path { font-size: 0.9rem; margin: 6px 0; }
.context { margin-top: 10px; font-size: 0.95rem; white-space: pre-wrap; overflow-wrap: anywhere; }
.context .around { color: var(--muted); }
.context .passage { border-left: 4px solid var(--accent); padding-left: 10px; margin: 8px 0; }
mark { background: var(--mark); color: inherit; padding: 0 1px; border-radius: 2px; }
.passage-status { font-size: 0.85rem; color: var(--muted); }

@media (max-width: 959px) {
  .layout, body:not(.guide-open) .layout { grid-template-columns: minmax(0, 1fr); padding: 10px 12px 0; }
  body.guide-open .guide {
    position: fixed; inset: 56px 8px 8px 8px; z-index: 6; max-height: none; top: 56px;
    box-shadow: 0 12px 40px rgba(0, 0, 0, 0.25);
  }
}
@media (min-width: 960px) { .close-guide { display: none; } }
@media (max-width: 520px) {
  :root { font-size: 15px; }
  .topbar { padding: 6px 10px; }
  .brand small { display: none; }
  .turn.user { max-width: 92%; }
  .answer, .pending, .error-card { padding: 10px 12px; }
}
`;
