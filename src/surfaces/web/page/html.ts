/** The web chat's single HTML page. Scripts and styles are separate files (strict CSP, no inline code). */

export function pageHtml(options: { maxQuestionChars: number }): string {
  const max = String(Math.trunc(options.maxQuestionChars));
  return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>kotae（答え）— 報告書アシスタント</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/app.css">
<script src="/app.js" defer></script>
</head>
<body data-max-question-chars="${max}">
<a class="skip-link" href="#question">質問欄へ移動</a>
<header class="topbar">
  <h1 class="brand"><span class="logo" aria-hidden="true">答</span><span>kotae</span><small>報告書アシスタント</small></h1>
  <div class="topbar-actions">
    <button type="button" id="new-chat" class="ghost">新しい会話</button>
    <button type="button" id="toggle-guide" class="ghost" aria-expanded="false" aria-controls="guide">はじめての方へ</button>
  </div>
</header>
<div class="layout">
  <main class="chat" id="chat">
    <h2 class="visually-hidden">会話</h2>
    <section id="welcome" class="welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">報告書について質問してください</h2>
      <p>収録された政策報告書から答えを探し、根拠にした箇所を <span class="marker-sample">[1]</span> のように示します。番号を押すと、その箇所を前後の文脈つきで確認できます。</p>
      <h3>質問の例</h3>
      <ul id="welcome-starters" class="chips"><li class="muted">読み込み中…</li></ul>
    </section>
    <ol id="log" class="log" aria-live="polite" aria-relevant="additions"></ol>
    <form id="ask-form" class="composer" novalidate>
      <label for="question" class="visually-hidden">質問</label>
      <textarea id="question" name="question" rows="2" autocomplete="off"
        placeholder="質問を入力（Enter で送信、Shift+Enter で改行）" aria-describedby="count"></textarea>
      <div class="composer-row">
        <span id="count" class="count">0 / ${max} 文字</span>
        <button type="submit" id="send" class="primary">送信</button>
      </div>
    </form>
  </main>
  <aside id="guide" class="guide" aria-labelledby="guide-title">
    <div class="guide-head">
      <h2 id="guide-title">はじめての方へ</h2>
      <button type="button" id="close-guide" class="ghost close-guide" aria-label="案内を閉じる">×</button>
    </div>
    <section aria-labelledby="starters-title">
      <h3 id="starters-title">質問の例</h3>
      <ul id="starters" class="chips"></ul>
    </section>
    <section aria-labelledby="reports-title">
      <h3 id="reports-title">収録されている報告書</h3>
      <ul id="reports" class="reports"></ul>
    </section>
    <section aria-labelledby="glossary-title">
      <h3 id="glossary-title">用語集</h3>
      <dl id="glossary" class="glossary"></dl>
    </section>
  </aside>
</div>
<dialog id="passage-dialog" class="passage-dialog" aria-labelledby="passage-title">
  <div class="dialog-head">
    <h2 id="passage-title">出典</h2>
    <button type="button" id="passage-close" class="ghost" aria-label="閉じる">×</button>
  </div>
  <div id="passage-body" class="passage-body"></div>
</dialog>
</body>
</html>
`;
}
