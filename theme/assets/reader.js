// Reader notes, enhancing plain links (each reference links its note, each note links back): notes open in
// place as non-modal popovers (they hold links) on hover after a delay, click, tap or Enter; they stay open
// while hovered and close on Esc or the close button, handing focus back.
(function () {
  'use strict';
  var doc = document;
  var wide = matchMedia('(min-width: 75rem)');
  var pop, body, current = null, byHover = false, openTimer = 0, closeTimer = 0;
  var sourcePages = {};

  // On wide screens a claim note already sits in the margin: "opening" it highlights it there.
  function marginNote(ref) {
    if (!wide.matches || !ref.classList.contains('noteref')) return null;
    return doc.getElementById(ref.hash.slice(1));
  }

  function build() {
    pop = doc.createElement('div');
    pop.className = 'note-pop';
    pop.id = 'note-pop';
    pop.setAttribute('role', 'dialog');
    pop.setAttribute('aria-modal', 'false');
    pop.tabIndex = -1;
    pop.hidden = true;
    var close = doc.createElement('button');
    close.type = 'button';
    close.className = 'note-close';
    close.setAttribute('aria-label', 'Close note');
    close.textContent = '×';
    close.addEventListener('click', () => hide(true));
    body = doc.createElement('div');
    pop.append(close, body);
    doc.body.append(pop);
    // Tabbing out of an open note closes it; focus simply moves on.
    pop.addEventListener('focusout', e => {
      if (current && e.relatedTarget && !pop.contains(e.relatedTarget) && e.relatedTarget !== current) hide(false);
    });
    // Hoverable (WCAG 1.4.13): the pointer may move from the reference onto the note.
    doc.querySelectorAll('.note-pop, .annotated .note').forEach(el => {
      el.addEventListener('mouseenter', () => clearTimeout(closeTimer));
      el.addEventListener('mouseleave', () => { if (current && byHover) later(false); });
    });
  }

  // A copy of a note without its ids (unique on the page) or roles (the original keeps doc-footnote).
  function fill(node) {
    body.textContent = '';
    var copy = node.cloneNode(true);
    copy.removeAttribute('role');
    [copy].concat([].slice.call(copy.querySelectorAll('[id]'))).forEach(el => el.removeAttribute('id'));
    body.append(copy);
  }

  function sourceEntry(ref) {
    var page = ref.href.split('#')[0];
    if (!sourcePages[page]) {
      sourcePages[page] = fetch(page).then(r => {
        if (!r.ok) throw new Error(r.status);
        return r.text();
      }).then(html => new DOMParser().parseFromString(html, 'text/html'));
    }
    return sourcePages[page].then(d => d.getElementById(ref.hash.slice(1)));
  }

  function place(ref) {
    var r = ref.getBoundingClientRect();
    var w = pop.offsetWidth;
    var left = Math.max(8, Math.min(r.left + scrollX - 16, scrollX + doc.documentElement.clientWidth - w - 8));
    pop.style.left = left + 'px';
    pop.style.top = (r.bottom + scrollY + 6) + 'px';
  }

  function show(ref, focus) {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    if (current && current !== ref) hide(false);
    current = ref;
    byHover = !focus;
    ref.setAttribute('aria-expanded', 'true');
    var note = marginNote(ref);
    if (note) {
      note.classList.add('is-open');
      if (focus) { note.tabIndex = -1; note.focus(); }
      return;
    }
    ref.setAttribute('aria-controls', 'note-pop');
    // Right after its reference, so Tab goes into the note and on to the text; positioned, it does not reflow.
    if (ref.nextSibling !== pop) ref.after(pop);
    pop.setAttribute('aria-label', ref.getAttribute('aria-label') || 'Note');
    var target = ref.classList.contains('noteref') ? Promise.resolve(doc.getElementById(ref.hash.slice(1))) : sourceEntry(ref);
    target.then(node => {
      if (current !== ref) return;
      if (!node) { location.href = ref.href; return; }
      fill(node);
      if (ref.classList.contains('biblioref')) {
        var more = doc.createElement('p');
        more.innerHTML = '<a></a>';
        more.firstChild.href = ref.href;
        more.firstChild.textContent = 'Every citation of this source';
        body.append(more);
      }
      pop.hidden = false;
      place(ref);
      if (focus) pop.focus();
    }, () => { if (focus) location.href = ref.href; });
  }

  function hide(returnFocus) {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    if (!current) return;
    var ref = current;
    current = null;
    ref.setAttribute('aria-expanded', 'false');
    var note = marginNote(ref) || doc.querySelector('.note.is-open');
    if (note) note.classList.remove('is-open');
    pop.hidden = true;
    if (returnFocus) ref.focus();
  }

  function later(open, ref) {
    clearTimeout(open ? openTimer : closeTimer);
    if (open) openTimer = setTimeout(() => show(ref, false), 250);
    else closeTimer = setTimeout(() => hide(false), 300);
  }

  // Wide screens: a note sits by its reference, pushing only later notes down (the no-script grid pushes text);
  // one taller than its room shows its verdict and first comparison, a button the rest.
  function layout() {
    var box = doc.querySelector('.article .body'), below = 0;
    if (!box) return;
    doc.documentElement.classList.toggle('margin-js', wide.matches);
    box.style.minHeight = '';
    if (!wide.matches) return;
    var top = box.getBoundingClientRect().top, notes = [].slice.call(box.querySelectorAll('.annotated .note'));
    var wants = notes.map(n => doc.getElementById(n.querySelector('.backlink').hash.slice(1)).getBoundingClientRect().top - top);
    notes.forEach((note, i) => {
      var y = Math.max(wants[i], below), n = note.querySelectorAll('.note-list li').length;
      note.style.top = y + 'px';
      if (n > 1 && !note.hasAttribute('data-open')) {
        note.classList.remove('is-short');
        if (i + 1 < notes.length && note.offsetHeight > wants[i + 1] - y - 8) shorten(note, n);
      }
      below = y + note.offsetHeight + 8;
    });
    box.style.minHeight = below + 'px';
  }

  function shorten(note, n) {
    note.classList.add('is-short');
    if (note.querySelector('.note-rest')) return;
    var button = doc.createElement('button');
    button.type = 'button';
    button.className = 'note-rest';
    button.setAttribute('aria-expanded', 'false');
    button.textContent = 'Show all ' + n + ' comparisons';
    button.onclick = () => {
      note.setAttribute('data-open', '');
      note.classList.remove('is-short');
      button.setAttribute('aria-expanded', 'true');
      button.hidden = true;
      layout();
    };
    note.querySelector('.note-list').after(button);
  }

  function init() {
    doc.documentElement.classList.add('js');
    build();
    layout();
    // Placed again when the page (the window, past the breakpoint too) or a note changes size: a note's
    // "Show all", the preview's verdict panels.
    var sized = new ResizeObserver(() => requestAnimationFrame(layout));
    doc.querySelectorAll('body, .annotated .note').forEach(el => sized.observe(el));
    if (doc.fonts) doc.fonts.ready.then(layout);
    doc.querySelectorAll('a.noteref, a.biblioref').forEach(ref => {
      ref.setAttribute('aria-expanded', 'false');
      ref.addEventListener('mouseenter', () => {
        clearTimeout(closeTimer);
        if (current !== ref) later(true, ref);
      });
      ref.addEventListener('mouseleave', () => {
        clearTimeout(openTimer);
        if (current === ref && byHover) later(false);
      });
    });

    doc.addEventListener('click', e => {
      var ref = e.target.closest && e.target.closest('a.noteref, a.biblioref');
      if (ref) {
        if (e.ctrlKey || e.metaKey || e.shiftKey || e.button) return;
        e.preventDefault();
        if (current === ref && !byHover) hide(true);
        else show(ref, true);
        return;
      }
      // Light dismiss: a click elsewhere closes the note without moving focus.
      if (current && !pop.contains(e.target) && !(marginNote(current) || pop).contains(e.target)) hide(false);
    });

    doc.addEventListener('keydown', e => {
      if (e.key === 'Escape' && current) {
        e.preventDefault();
        hide(true);
      }
    });

    // Crossing the wide breakpoint changes where a note shows, so start again closed.
    wide.addEventListener('change', () => hide(false));
    addEventListener('resize', () => { if (current && !pop.hidden) place(current); });
  }

  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', init);
  else init();
}());
