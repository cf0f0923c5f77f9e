// Reader preview only (never in output/): "Confirm" and "Reject" on every comparison of a note, and "Not a claim"
// on every note, each opening the exact lines to paste into edition.yml, with a Copy button. Nothing is written
// from the browser: the editor pastes, saves, and the preview rebuilds. Controls are plain buttons, so keyboard and
// screen reader work as for any button; clicks are handled on the document, so the copies reader.js shows in its
// popovers work too. Ids are avoided: reader.js strips them from those copies.
(function () {
  'use strict';
  var doc = document;
  var config = JSON.parse(doc.currentScript.getAttribute('data-config'));
  var labels = { confirm: 'Confirm', reject: 'Reject', not_a_claim: 'Not a claim' };
  // In the head, where styles belong (a style element in the body is not valid HTML).
  var style = doc.createElement('style');
  style.textContent =
    '.verdict-controls{display:block;margin:.25rem 0 0}' +
    '.verdict-button,.verdict-copy{font:inherit;font-size:.85em;padding:.1rem .5rem;border:1px solid currentColor;border-radius:.25rem;background:transparent;color:inherit;cursor:pointer}' +
    '.verdict-button[aria-expanded=true]{font-weight:600}' +
    '.verdict-panel{margin:.35rem 0;padding:.5rem;border:1px dashed currentColor;border-radius:.25rem;font-size:.9em}' +
    '.verdict-panel p{margin:0 0 .35rem}.verdict-panel label{display:block;margin:0 0 .35rem}' +
    '.verdict-note{font:inherit;width:100%;max-width:28rem;box-sizing:border-box;color:inherit;background:transparent;border:1px solid currentColor}' +
    '.verdict-panel pre{margin:0 0 .35rem;white-space:pre-wrap;overflow-wrap:anywhere}';
  doc.head.append(style);

  function button(kind, context) {
    var b = doc.createElement('button');
    b.type = 'button';
    b.className = 'verdict-button';
    b.setAttribute('data-verdict', kind);
    b.setAttribute('aria-expanded', 'false');
    b.setAttribute('aria-label', labels[kind] + ': ' + context);
    b.textContent = labels[kind];
    return b;
  }

  function text(el, selector) {
    var found = el.querySelector(selector);
    return found ? found.textContent.trim() : '';
  }

  // A YAML double-quoted scalar: JSON's string escapes are YAML's.
  function quoted(s) { return JSON.stringify(s); }

  function yaml(kind, claim, target, note) {
    var item = kind === 'not_a_claim'
      ? '  - not_a_claim: ' + quoted(claim)
      : '  - ' + kind + ': [' + quoted(claim) + ', ' + quoted(target) + ']';
    if (note) item += '\n    note: ' + quoted(note);
    return (config.hasVerdicts ? '' : 'verdicts:\n') + item + '\n';
  }

  function panel(kind, claim, target) {
    var box = doc.createElement('div');
    box.className = 'verdict-panel';
    box.setAttribute('role', 'group');
    box.setAttribute('aria-label', labels[kind] + ': lines for ' + config.file);
    var where = doc.createElement('p');
    where.textContent = config.hasVerdicts
      ? 'Add these lines to the verdicts: list in ' + config.file + ', save, and the preview rebuilds.'
      : 'Add these lines at the end of ' + config.file + ', save, and the preview rebuilds.';
    var label = doc.createElement('label');
    label.textContent = 'Note (optional) ';
    var note = doc.createElement('input');
    note.type = 'text';
    note.className = 'verdict-note';
    label.append(note);
    var pre = doc.createElement('pre');
    var code = doc.createElement('code');
    code.className = 'verdict-yaml';
    code.textContent = yaml(kind, claim, target, '');
    pre.append(code);
    var copy = doc.createElement('button');
    copy.type = 'button';
    copy.className = 'verdict-copy';
    copy.textContent = 'Copy';
    var status = doc.createElement('span');
    status.className = 'verdict-status';
    status.setAttribute('role', 'status');
    note.addEventListener('input', function () { code.textContent = yaml(kind, claim, target, note.value.trim()); });
    copy.addEventListener('click', function () {
      var done = function () { status.textContent = 'Copied: paste it into ' + config.file + '.'; };
      var failed = function () {
        getSelection().selectAllChildren(code);
        status.textContent = 'Selected: press Ctrl+C (or Cmd+C) to copy.';
      };
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(code.textContent).then(done, failed);
      else failed();
    });
    box.append(where, label, pre, copy, doc.createTextNode(' '), status);
    return box;
  }

  function add() {
    doc.querySelectorAll('aside.note[data-claim]').forEach(function (note) {
      // An editor judges every comparison, so each note shows whole: reader.js cuts a margin note taller than its
      // place down to its first comparison unless the note is marked data-open. This runs first (reader.js is deferred).
      note.setAttribute('data-open', '');
      var figure = text(note, '.note-figure');
      note.querySelectorAll('li[data-target]').forEach(function (li) {
        var context = text(li, '.rel') + ', ' + text(li, 'a') + (li.querySelector('.other-figure') ? ': ' + text(li, '.other-figure') : '');
        var controls = doc.createElement('span');
        controls.className = 'verdict-controls';
        controls.append(button('confirm', context), doc.createTextNode(' '), button('reject', context));
        li.append(controls);
      });
      var own = doc.createElement('p');
      own.className = 'verdict-controls';
      own.append(button('not_a_claim', figure));
      note.append(own);
    });
  }

  doc.addEventListener('click', function (e) {
    var b = e.target.closest && e.target.closest('button[data-verdict]');
    if (!b) return;
    var holder = b.parentNode;
    var open = holder.nextElementSibling && holder.nextElementSibling.classList.contains('verdict-panel') ? holder.nextElementSibling : null;
    var wasThis = open && open.getAttribute('data-for') === b.getAttribute('data-verdict');
    if (open) open.remove();
    holder.querySelectorAll('button[data-verdict]').forEach(function (other) { other.setAttribute('aria-expanded', 'false'); });
    if (wasThis) return;
    var note = b.closest('[data-claim]') || b.closest('.note-pop, aside');
    var li = b.closest('li[data-target]');
    var claim = note && note.getAttribute('data-claim');
    var box = panel(b.getAttribute('data-verdict'), claim, li ? li.getAttribute('data-target') : null);
    box.setAttribute('data-for', b.getAttribute('data-verdict'));
    holder.after(box);
    b.setAttribute('aria-expanded', 'true');
  });

  add();
}());
