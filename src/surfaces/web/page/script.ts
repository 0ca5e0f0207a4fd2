/**
 * The web chat's browser script (vanilla JS, no build step), served as /app.js. It is kept as a
 * string so that it ships inside the compiled `dist/` output. Rules for editing it: no backticks
 * and no dollar-brace sequences (this is a String.raw template), and never innerHTML — every
 * piece of report or user text goes through textContent / createTextNode.
 */
export const PAGE_SCRIPT = String.raw`'use strict';
(function () {
  var MAX_CHARS = Number(document.body.dataset.maxQuestionChars) || 2000;
  var HISTORY_TURNS = 10;
  var TURN_CHARS = 4000;
  var MARKER = /\[(\d{1,3})\]/g;

  var form = byId('ask-form');
  var input = byId('question');
  var sendButton = byId('send');
  var count = byId('count');
  var log = byId('log');
  var welcome = byId('welcome');
  var dialog = byId('passage-dialog');
  var dialogBody = byId('passage-body');
  var dialogTitle = byId('passage-title');
  var guideToggle = byId('toggle-guide');

  /** Earlier turns of this conversation, oldest first: {role, text}. */
  var history = [];
  var busy = false;
  var lastTrigger = null;

  function byId(id) { return document.getElementById(id); }

  /** Creates an element; children may be nodes or strings (always added as text). */
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (key) {
        var value = attrs[key];
        if (value === undefined || value === null || value === false) return;
        if (key === 'className') node.className = value;
        else if (key === 'text') node.textContent = value;
        else if (key.indexOf('on') === 0) node.addEventListener(key.slice(2), value);
        else node.setAttribute(key, value === true ? '' : String(value));
      });
    }
    (children || []).forEach(function (child) {
      if (child === null || child === undefined || child === '') return;
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  function api(method, path, body) {
    var init = { method: method, headers: { accept: 'application/json' } };
    if (body !== undefined) {
      init.headers['content-type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(path, init).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (!response.ok) {
          var error = new Error(data && data.error ? data.error : '通信エラー（HTTP ' + response.status + '）');
          error.status = response.status;
          throw error;
        }
        return data;
      });
    }, function () {
      throw new Error('サーバーに接続できませんでした。kotae が起動しているか確認してください。');
    });
  }

  // ---- citations and passages -------------------------------------------------------------

  function formatLines(lines) { return lines[0] === lines[1] ? '行 ' + lines[0] : '行 ' + lines[0] + '–' + lines[1]; }

  function sourceMeta(c) {
    return [c.publisher, c.date, c.doc, formatLines(c.lines)].filter(Boolean).join(' · ');
  }

  function citeButton(citation, label) {
    return el('button', {
      type: 'button',
      className: 'cite',
      'aria-label': '出典 ' + citation.n + ' を表示: ' + citation.title,
      'aria-haspopup': 'dialog',
      onclick: function (event) { openPassage(citation, event.currentTarget); },
    }, [label || '[' + citation.n + ']']);
  }

  /** Text with [n] markers as buttons (markers without a citation stay plain text). */
  function textWithMarkers(text, citations) {
    var byN = {};
    (citations || []).forEach(function (c) { byN[c.n] = c; });
    var fragment = document.createDocumentFragment();
    var last = 0;
    text.replace(MARKER, function (match, n, offset) {
      var citation = byN[Number(n)];
      if (!citation) return match;
      fragment.appendChild(document.createTextNode(text.slice(last, offset)));
      fragment.appendChild(citeButton(citation));
      last = offset + match.length;
      return match;
    });
    fragment.appendChild(document.createTextNode(text.slice(last)));
    return fragment;
  }

  /** Appends text to parent with the first occurrence of quote wrapped in <mark>. */
  function appendHighlighted(parent, text, quote) {
    var at = quote ? text.indexOf(quote) : -1;
    if (at < 0) {
      parent.appendChild(document.createTextNode(text));
      return false;
    }
    parent.appendChild(document.createTextNode(text.slice(0, at)));
    parent.appendChild(el('mark', { text: quote }));
    parent.appendChild(document.createTextNode(text.slice(at + quote.length)));
    return true;
  }

  function renderPassage(citation, passage, status) {
    var p = passage || citation;
    dialogTitle.textContent = p.title;
    dialogBody.replaceChildren();
    // The quote's own lines, then (once loaded) the whole passage's.
    var meta = [p.publisher, p.date, p.doc, '引用 ' + formatLines(citation.lines)];
    if (passage) meta.push('段落 ' + formatLines(passage.lines));
    dialogBody.appendChild(el('p', { className: 'meta', text: meta.filter(Boolean).join(' · ') }));
    if (p.section && p.section.length) {
      dialogBody.appendChild(el('p', { className: 'section-path', text: p.section.join(' › ') }));
    }
    var context = el('div', { className: 'context' });
    if (passage && passage.before) context.appendChild(el('p', { className: 'around', text: '…' + passage.before }));
    var body = el('p', { className: 'passage' });
    var found = appendHighlighted(body, p.text, citation.quote);
    context.appendChild(body);
    if (passage && passage.after) context.appendChild(el('p', { className: 'around', text: passage.after + '…' }));
    dialogBody.appendChild(context);
    if (!found && citation.quote) {
      dialogBody.appendChild(el('p', { className: 'passage-status', text: '引用: 「' + citation.quote + '」' }));
    }
    if (status) dialogBody.appendChild(el('p', { className: 'passage-status', role: 'status', text: status }));
  }

  function openPassage(citation, trigger) {
    lastTrigger = trigger || null;
    renderPassage(citation, null, '前後の文脈を読み込み中…');
    if (!dialog.open) dialog.showModal();
    api('GET', '/api/passages/' + encodeURIComponent(citation.passageId)).then(function (passage) {
      renderPassage(citation, passage, '');
    }, function (error) {
      renderPassage(citation, null, error.status === 404
        ? 'この出典の前後の文脈は見つかりませんでした（索引が更新された可能性があります）。'
        : error.message);
    });
  }

  byId('passage-close').addEventListener('click', function () { dialog.close(); });
  dialog.addEventListener('click', function (event) { if (event.target === dialog) dialog.close(); });
  dialog.addEventListener('close', function () {
    if (lastTrigger && document.contains(lastTrigger)) lastTrigger.focus();
  });

  // ---- conversation ------------------------------------------------------------------------

  function addTurn(className, child) {
    var item = el('li', { className: 'turn ' + className }, [child]);
    log.appendChild(item);
    return item;
  }

  function sourceList(citations, heading, note) {
    var section = el('section', { className: 'answer-sources' }, [el('h3', { text: heading })]);
    if (note) section.appendChild(el('p', { className: 'related-note', text: note }));
    var list = el('ol', { className: 'sources' });
    citations.forEach(function (c) {
      list.appendChild(el('li', { className: 'source' }, [
        el('div', { className: 'source-title' }, [citeButton(c), el('strong', { text: c.title })]),
        el('div', { className: 'meta' }, [(c.section || []).join(' › '), c.section && c.section.length ? ' · ' : '', sourceMeta(c)]),
        c.quote ? el('blockquote', { text: c.quote }) : null,
      ]));
    });
    section.appendChild(list);
    return section;
  }

  function feedbackControls(questionId) {
    var chosen = null;
    var ack = el('p', { className: 'feedback-ack', role: 'status' });
    var comment = el('textarea', { rows: '2', maxlength: '2000', placeholder: '例: 知りたかったのは2010年以降の数字です' });
    var submit = el('button', { type: 'submit', className: 'primary', text: '送信' });
    var formNode = el('form', { className: 'feedback-form', hidden: true }, [
      el('label', {}, ['コメント（任意）', comment]),
      el('div', { className: 'row' }, [
        submit,
        el('button', { type: 'button', className: 'ghost', text: 'キャンセル', onclick: function () { reset(); } }),
      ]),
    ]);
    var up = voteButton('up', '👍 はい', '役に立った');
    var down = voteButton('down', '👎 いいえ', '役に立たなかった');

    function voteButton(vote, label, name) {
      return el('button', {
        type: 'button', className: 'vote', 'aria-pressed': 'false', 'aria-label': name, title: name,
        'data-vote': vote, text: label,
        onclick: function () {
          chosen = vote;
          up.setAttribute('aria-pressed', String(vote === 'up'));
          down.setAttribute('aria-pressed', String(vote === 'down'));
          formNode.hidden = false;
          comment.focus();
        },
      });
    }
    function reset() {
      chosen = null;
      up.setAttribute('aria-pressed', 'false');
      down.setAttribute('aria-pressed', 'false');
      formNode.hidden = true;
    }
    formNode.addEventListener('submit', function (event) {
      event.preventDefault();
      if (!chosen) return;
      submit.disabled = true;
      var body = { questionId: questionId, vote: chosen };
      if (comment.value.trim()) body.comment = comment.value.trim();
      api('POST', '/api/feedback', body).then(function () {
        formNode.hidden = true;
        up.disabled = true;
        down.disabled = true;
        ack.className = 'feedback-ack';
        ack.textContent = 'フィードバックを受け付けました。ありがとうございます。';
      }, function (error) {
        submit.disabled = false;
        ack.className = 'feedback-ack failed';
        ack.textContent = 'フィードバックを送れませんでした: ' + error.message;
      });
    });
    comment.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) formNode.requestSubmit();
    });
    return el('div', { className: 'feedback' }, [el('span', { text: 'この回答は役に立ちましたか？' }), up, down, formNode, ack]);
  }

  function renderAnswer(answer) {
    var card = el('article', { className: 'answer' + (answer.abstained ? ' abstained' : ''), 'aria-label': '回答' });
    var text = el('div', { className: 'answer-text' });
    answer.text.split(/\n+/).forEach(function (paragraph) {
      if (paragraph.trim()) text.appendChild(el('p', {}, [textWithMarkers(paragraph, answer.citations)]));
    });
    card.appendChild(text);
    if (answer.citations.length) card.appendChild(sourceList(answer.citations, '出典'));
    if (answer.abstained && answer.related.length) {
      card.appendChild(sourceList(answer.related, '関連しそうな箇所', 'これらは質問への根拠ではありませんが、手がかりになるかもしれません。'));
    }
    if (answer.suggestions.length) {
      card.appendChild(el('h3', { text: answer.abstained ? 'こう聞いてみてはいかがでしょう' : '関連する質問' }));
      card.appendChild(questionChips(answer.suggestions));
    }
    var meta = [answer.abstained ? '回答を控えました' : '確信度 ' + Math.round(answer.confidence * 100) + '%'];
    if (typeof answer.latencyMs === 'number') meta.push(Math.round(answer.latencyMs) + ' ms');
    meta.push(answer.composer === 'llm' ? 'LLM 要約' : '抜粋による回答');
    card.appendChild(el('p', { className: 'answer-meta', text: meta.join(' · ') }));
    card.appendChild(feedbackControls(answer.questionId));
    return card;
  }

  function questionChips(questions) {
    var list = el('ul', { className: 'chips' });
    questions.forEach(function (question) {
      list.appendChild(el('li', {}, [el('button', {
        type: 'button', className: 'starter', text: question,
        onclick: function () { closeGuideOnNarrow(); ask(question); },
      })]));
    });
    return list;
  }

  function ask(question) {
    question = question.trim();
    if (busy) return;
    if (!question) {
      input.focus();
      return;
    }
    if (question.length > MAX_CHARS) {
      updateCount();
      return;
    }
    busy = true;
    sendButton.disabled = true;
    welcome.hidden = true;
    addTurn('user', el('div', { className: 'bubble', text: question }));
    var pending = addTurn('bot', el('div', { className: 'pending', role: 'status', text: '回答を作成中' }));
    var body = { question: question };
    if (history.length) body.history = history.slice(-HISTORY_TURNS);
    input.value = '';
    updateCount();
    api('POST', '/api/ask', body).then(function (answer) {
      pending.replaceChildren(renderAnswer(answer));
      history.push({ role: 'user', text: question.slice(0, TURN_CHARS) });
      history.push({ role: 'assistant', text: answer.text.slice(0, TURN_CHARS) });
    }, function (error) {
      pending.replaceChildren(el('div', { className: 'error-card', role: 'alert', text: error.message }));
    }).then(function () {
      busy = false;
      sendButton.disabled = false;
      // Smooth scrolling only for readers who have not asked for less motion.
      pending.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' });
      input.focus();
    });
  }

  function reducedMotion() {
    return Boolean(window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches);
  }

  function updateCount() {
    var length = input.value.length;
    count.textContent = length + ' / ' + MAX_CHARS + ' 文字';
    count.classList.toggle('over', length > MAX_CHARS);
    if (length > MAX_CHARS) count.textContent += '（長すぎます）';
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    ask(input.value);
  });
  input.addEventListener('input', updateCount);
  input.addEventListener('keydown', function (event) {
    // Enter sends; Shift+Enter is a new line; Enter while an IME is converting must not send.
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
      event.preventDefault();
      ask(input.value);
    }
  });
  byId('new-chat').addEventListener('click', function () {
    history = [];
    log.replaceChildren();
    welcome.hidden = false;
    input.value = '';
    updateCount();
    input.focus();
  });

  // ---- onboarding --------------------------------------------------------------------------

  var wide = window.matchMedia('(min-width: 960px)');
  function setGuide(open) {
    document.body.classList.toggle('guide-open', open);
    guideToggle.setAttribute('aria-expanded', String(open));
  }
  function closeGuideOnNarrow() { if (!wide.matches) setGuide(false); }
  setGuide(wide.matches);
  guideToggle.addEventListener('click', function () {
    var open = !document.body.classList.contains('guide-open');
    setGuide(open);
    if (open) {
      byId('guide-title').setAttribute('tabindex', '-1');
      byId('guide-title').focus();
    }
  });
  byId('close-guide').addEventListener('click', function () { setGuide(false); guideToggle.focus(); });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && !dialog.open && !wide.matches && document.body.classList.contains('guide-open')) {
      setGuide(false);
      guideToggle.focus();
    }
  });

  function renderOnboarding(data) {
    var starters = data.starterQuestions || [];
    byId('welcome-starters').replaceWith(withId(questionChips(starters), 'welcome-starters'));
    byId('starters').replaceWith(withId(questionChips(starters), 'starters'));

    var reports = byId('reports');
    reports.replaceChildren();
    (data.reports || []).forEach(function (report) {
      var item = el('li', {}, [
        el('h4', { text: report.title }),
        el('p', { className: 'meta', text: [report.publisher, report.date].filter(Boolean).join(' · ') || '発行者・日付不明' }),
        el('p', {}, [textWithMarkers(report.overview, report.citations)]),
      ]);
      if (report.sections && report.sections.length) {
        var sections = el('ul', {});
        report.sections.forEach(function (s) { sections.appendChild(el('li', { text: s })); });
        item.appendChild(el('details', {}, [el('summary', { text: '目次（' + report.sections.length + '）' }), sections]));
      }
      reports.appendChild(item);
    });
    if (!(data.reports || []).length) reports.appendChild(el('li', { className: 'muted', text: '報告書がありません。' }));

    var glossary = byId('glossary');
    glossary.replaceChildren();
    (data.glossary || []).forEach(function (entry) {
      glossary.appendChild(el('dt', { text: entry.term }));
      glossary.appendChild(el('dd', {}, [entry.definition, ' ', citeButton(entry.citation, '出典')]));
    });
  }

  function withId(node, id) {
    node.id = id;
    return node;
  }

  api('GET', '/api/onboarding').then(renderOnboarding, function (error) {
    byId('welcome-starters').replaceChildren(el('li', { className: 'muted', text: '案内を読み込めませんでした: ' + error.message }));
  });
  updateCount();
  input.focus();
})();
`;
