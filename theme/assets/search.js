// Reader search: the header's box becomes a combobox over the index the build wrote (search/index.json
// and its shards). A query fetches only the shards of its own terms and of the results it shows. Terms
// are made as the build makes them: UAX #29 words, possessive 's dropped, lower case,
// the index's stop words, Porter's stemmer as Lucene applies it. Figures are also found by value ("54k",
// "$14.9 billion", "2%", "7 February 2025"). Without this file the box submits to the search page.
(function () {
  'use strict';
  var doc = document, form = doc.querySelector('form.search');
  if (!form || !window.fetch) return;
  var input = form.querySelector('input'), list = doc.getElementById('search-list'), status = doc.getElementById('search-status');
  var base = new URL(form.getAttribute('data-index'), location.href), files = {}, manifest = null, stop;
  // UAX #29 words as Lucene's StandardTokenizer reads Latin text: letters and digits, joined across "." "'" "’"
  // ":" between letters and across "." "," ";" "'" between digits ("U.S", "don't", "54,000").
  var WORD = /[\p{L}\p{M}\p{N}_]+(?:(?:(?<=\p{L})[.:'’·](?=\p{L})|(?<=\p{N})[.,;'’](?=\p{N}))[\p{L}\p{M}\p{N}_]+)*/gu;
  var shown = [], active = -1, asked = 0;
  var MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' '), MON = '(' + MONTHS.join('|') + ')[a-z]*\\.?';
  var SCALE = { k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9, tn: 1e12, trillion: 1e12 };

  function load(name) {
    var url = new URL(name, base).href;
    return files[url] || (files[url] = fetch(url).then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); }));
  }
  function index() {
    return manifest || (manifest = load('index.json').then(function (m) { stop = new Set(m.stop); return m; }));
  }

  // Porter's stemmer, as Lucene's PorterStemmer runs it (the C version's rules; words under 3 letters kept).
  var S3 = { a: ['ational', 'ate', 'tional', 'tion'], c: ['enci', 'ence', 'anci', 'ance'], e: ['izer', 'ize'], g: ['logi', 'log'],
    l: ['bli', 'ble', 'alli', 'al', 'entli', 'ent', 'eli', 'e', 'ousli', 'ous'], o: ['ization', 'ize', 'ation', 'ate', 'ator', 'ate'],
    s: ['alism', 'al', 'iveness', 'ive', 'fulness', 'ful', 'ousness', 'ous'], t: ['aliti', 'al', 'iviti', 'ive', 'biliti', 'ble'] };
  var S4 = { e: ['icate', 'ic', 'ative', '', 'alize', 'al'], i: ['iciti', 'ic'], l: ['ical', 'ic', 'ful', ''], s: ['ness', ''] };
  var S5 = { a: ['al'], c: ['ance', 'ence'], e: ['er'], i: ['ic'], l: ['able', 'ible'], n: ['ant', 'ement', 'ment', 'ent'], o: ['ion', 'ou'],
    s: ['ism'], t: ['ate', 'iti'], u: ['ous'], v: ['ive'], z: ['ize'] };
  function stem(w) {
    if (w.length < 3) return w;
    var b = w.split(''), k = b.length - 1, j = 0, i, c, a, hit;
    function cons(i) { var c = b[i]; return 'aeiou'.indexOf(c) >= 0 ? false : c === 'y' ? i === 0 || !cons(i - 1) : true; }
    function m() {
      var n = 0, i = 0;
      while (true) { if (i > j) return n; if (!cons(i)) break; i++; }
      i++;
      while (true) {
        while (true) { if (i > j) return n; if (cons(i)) break; i++; }
        i++; n++;
        while (true) { if (i > j) return n; if (!cons(i)) break; i++; }
        i++;
      }
    }
    function vowel() { for (var i = 0; i <= j; i++) if (!cons(i)) return true; return false; }
    function dbl(i) { return i >= 1 && b[i] === b[i - 1] && cons(i); }
    function cvc(i) { return i >= 2 && cons(i) && !cons(i - 1) && cons(i - 2) && 'wxy'.indexOf(b[i]) < 0; }
    function ends(s) {
      var o = k - s.length + 1;
      if (o < 0) return false;
      for (var i = 0; i < s.length; i++) if (b[o + i] !== s[i]) return false;
      j = k - s.length;
      return true;
    }
    function set(s) { for (var i = 0; i < s.length; i++) b[j + 1 + i] = s[i]; k = j + s.length; }
    function rules(r) { for (var i = 0; r && i < r.length; i += 2) if (ends(r[i])) { if (m() > 0) set(r[i + 1]); return; } }
    if (b[k] === 's') { if (ends('sses')) k -= 2; else if (ends('ies')) set('i'); else if (b[k - 1] !== 's') k--; }
    if (ends('eed')) { if (m() > 0) k--; }
    else if ((ends('ed') || ends('ing')) && vowel()) {
      k = j;
      if (ends('at')) set('ate'); else if (ends('bl')) set('ble'); else if (ends('iz')) set('ize');
      else if (dbl(k)) { c = b[k--]; if ('lsz'.indexOf(c) >= 0) k++; }
      else if (m() === 1 && cvc(k)) set('e');
    }
    if (ends('y') && vowel()) b[k] = 'i';
    if (k > 0) rules(S3[b[k - 1]]);
    rules(S4[b[k]]);
    if (k > 0) {
      for (i = 0, a = S5[b[k - 1]] || [], hit = false; i < a.length && !hit; i++)
        hit = ends(a[i]) && (a[i] !== 'ion' || b[j] === 's' || b[j] === 't');
      if (hit && m() > 1) k = j;
    }
    j = k;
    if (b[k] === 'e') { a = m(); if (a > 1 || a === 1 && !cvc(k - 1)) k--; }
    if (b[k] === 'l' && dbl(k) && m() > 1) k--;
    return b.slice(0, k + 1).join('');
  }

  // The index's terms of a text: {t: term, p: position (stop words count), s, e: offsets in the text}.
  function tokens(text) {
    var out = [], p = -1;
    for (var seg of text.matchAll(WORD)) {
      p++;
      var w = seg[0].replace(/['’＇][sS]$/, '').toLowerCase();
      if (!w || stop.has(w)) continue;
      out.push({ t: stem(w), p: p, s: seg.index, e: seg.index + seg[0].length });
    }
    return out;
  }

  function num(x) { return x.toFixed(4).replace(/\.?0+$/, '') || '0'; }
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function month(name) { return pad(MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1); }

  // A query as slots, each matched by any of its terms: a figure's value terms ("#54000") or a word.
  function slots(q) {
    var found = [], toks = tokens(q), out = [];
    function take(re, terms) {
      q = q.replace(re, function () {
        var a = arguments, at = a[a.length - 2], len = a[0].length;
        found.push({ s: at, e: at + len, alts: terms(a) });
        return ' '.repeat(len);
      });
    }
    var day = function (y, mo, d) { return ['#' + y + '-' + mo + (d ? '-' + pad(+d) : '')]; };
    take(/\b(\d{4})-(\d\d)(?:-(\d\d))?\b/g, function (a) { return day(a[1], a[2], a[3]); });
    take(new RegExp('\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+' + MON + ',?\\s+(\\d{4})\\b', 'gi'), function (a) { return day(a[3], month(a[2]), a[1]); });
    take(new RegExp('\\b' + MON + '\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b', 'gi'), function (a) { return day(a[3], month(a[1]), a[2]); });
    take(new RegExp('\\b' + MON + '\\s+(\\d{4})\\b', 'gi'), function (a) { return day(a[2], month(a[1])); });
    take(/(\d[\d,]*(?:\.\d+)?)(?:\s?(%|per ?cent\b|k\b|mn?\b|bn?\b|tn\b|thousand\b|million\b|billion\b|trillion\b))?/gi, function (a) {
      return ['#' + num(parseFloat(a[1].replace(/,/g, '')) * (SCALE[(a[2] || '').toLowerCase()] || 1))];
    });
    found.forEach(function (f) {
      var inside = toks.filter(function (t) { return t.s >= f.s && t.s < f.e; });
      if (inside.length) f.alts.push(inside[0].t);
      out.push({ alts: f.alts, q: inside.length ? inside[0].p : -1 });
      toks = toks.filter(function (t) { return inside.indexOf(t) < 0; });
    });
    toks.forEach(function (t) { out.push({ alts: [t.t], q: t.p }); });
    return out.slice(0, 8);
  }

  function shardOf(starts, key) {
    var lo = 0, hi = starts.length - 1;
    while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (starts[mid] <= key) lo = mid; else hi = mid - 1; }
    return lo;
  }
  function documentOf(m, id) {
    var n = shardOf(m.docs, id);
    return load('d/' + n + '.json').then(function (s) { var d = s.docs[id - m.docs[n]]; return { d: d, a: s.articles[d[1]] }; });
  }
  function count(x) { for (var n = 0; x; x &= x - 1) n++; return n; }

  // Ranked hits: most slots matched, then figure hits, then exact phrases, then rarer terms; {total, items}.
  function search(q, limit) {
    return index().then(function (m) {
      var asked = slots(q), terms = {};
      asked.forEach(function (s, i) { s.alts.forEach(function (t) { (terms[t] = terms[t] || []).push(i); }); });
      var names = Object.keys(terms);
      return Promise.all(names.map(function (t) {
        return load('t/' + shardOf(m.terms, t) + '.json').then(function (s) { return s[t]; });
      })).then(function (lists) {
        var hits = new Map();
        lists.forEach(function (list, n) {
          if (!list) return;
          var idf = Math.log(1 + m.documents / list[0]), d = 0;
          for (var i = 1; i < list.length; i += 2) {
            d += list[i];
            var c = list[i + 1], id = c > 0 ? d : d + c, h = hits.get(id);
            if (!h) hits.set(id, h = { id: id, w: 0, f: 0, pos: {}, sc: {}, claims: {} });
            terms[names[n]].forEach(function (slot) {
              var bit = 1 << slot;
              if (c > 0) { h.w |= bit; (h.pos[slot] = h.pos[slot] || []).push(c - 1); }
              else { h.f |= bit; h.claims[d] = (h.claims[d] || 0) | bit; }
              h.sc[slot] = Math.max(h.sc[slot] || 0, idf);
            });
          }
        });
        var ranked = Array.from(hits.values()).map(function (h) {
          var first = -1, s = 0, k;
          for (k in h.sc) s += h.sc[k];
          h.n = count(h.w | h.f);
          h.ph = asked.length > 1 && asked.every(function (slot, i) { return slot.q >= 0 && h.pos[i]; }) &&
            h.pos[0].some(function (p) { return asked.every(function (slot, i) { return h.pos[i].indexOf(p + slot.q - asked[0].q) >= 0; }); });
          h.s = s;
          for (k in h.claims) if (first < 0 || count(h.claims[k]) > count(h.claims[first])) first = +k;
          h.claim = first;
          return h;
        }).sort(function (a, b) {
          return b.n - a.n || (b.f ? 1 : 0) - (a.f ? 1 : 0) || b.ph - a.ph || b.s - a.s || a.id - b.id;
        });
        var stems = new Set(names);
        return Promise.all(ranked.slice(0, limit).map(function (h) {
          return Promise.all([documentOf(m, h.id), h.claim >= 0 ? documentOf(m, h.claim) : null]).then(function (r) {
            var d = r[0].d, a = r[0].a, c = r[1] && r[1].d;
            return {
              href: a[1] + (c ? '#' + c[2] : d[0] ? '#' + d[2] : ''), title: a[0], meta: [a[2], a[3]].filter(Boolean).join(' · '),
              text: d[0] ? d[3] : d[2], figure: c ? c[3] : null, glyph: c ? c[4] : null, verdict: c ? c[5] : null, stems: stems,
            };
          });
        })).then(function (items) { return { total: ranked.length, items: items }; });
      });
    });
  }

  // The text with the asked-for words and the figure marked, cut to a window around the first mark.
  function marked(el, r) {
    var text = r.text, marks = [], at = 0, from = 0, to = text.length, i = r.figure ? text.indexOf(r.figure) : -1;
    if (i >= 0) marks.push([i, i + r.figure.length]);
    tokens(text).forEach(function (t) { if (r.stems.has(t.t)) marks.push([t.s, t.e]); });
    marks.sort(function (x, y) { return x[0] - y[0]; });
    if (to > 240) {
      from = Math.max(0, (marks.length ? marks[0][0] : 0) - 90);
      from = from ? text.indexOf(' ', from) + 1 : 0;
      to = Math.min(text.length, from + 240);
      el.append(from ? '…' : '');
    }
    at = from;
    marks.forEach(function (mk) {
      if (mk[0] < at || mk[1] > to) return;
      var m = doc.createElement('mark');
      m.textContent = text.slice(mk[0], mk[1]);
      el.append(text.slice(at, mk[0]), m);
      at = mk[1];
    });
    el.append(text.slice(at, to) + (to < text.length ? '…' : ''));
  }

  function span(cls, text) { var s = doc.createElement('span'); s.className = cls; if (text) s.textContent = text; return s; }
  function describe(el, r) {
    el.append(span('hit-source', r.title + (r.meta ? ' · ' + r.meta : '')));
    var text = span('hit-text');
    marked(text, r);
    el.append(text);
    if (r.verdict) el.append(span('hit-verdict', r.verdict));
  }
  function summary(found, q) {
    return found.total ? found.total + (found.total === 1 ? ' result' : ' results') + ' for “' + q + '”' : 'No results for “' + q + '”';
  }

  function close() { list.hidden = true; input.setAttribute('aria-expanded', 'false'); input.removeAttribute('aria-activedescendant'); active = -1; }
  function choose(i) {
    if (active >= 0) list.children[active].removeAttribute('aria-selected');
    active = (i + shown.length) % shown.length;
    var li = list.children[active];
    li.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', li.id);
    li.scrollIntoView({ block: 'nearest' });
  }
  function option(i, href, fill) {
    var li = doc.createElement('li');
    li.id = 'search-option-' + i;
    li.setAttribute('role', 'option');
    li.className = 'hit';
    li.setAttribute('data-href', href);
    fill(li);
    list.append(li);
    shown.push(href);
  }

  function update() {
    var q = input.value.trim(), n = ++asked;
    if (!q) { close(); status.textContent = ''; return; }
    search(q, 8).then(function (found) {
      if (n !== asked) return;
      list.textContent = '';
      shown = [];
      active = -1;
      found.items.forEach(function (r, i) { option(i, r.href, function (li) { describe(li, r); }); });
      if (found.total > found.items.length)
        option(found.items.length, form.action + '?q=' + encodeURIComponent(q), function (li) { li.append(span('hit-more', 'All ' + found.total + ' results')); });
      list.hidden = !shown.length;
      input.setAttribute('aria-expanded', String(shown.length > 0));
      status.textContent = summary(found, q) + (shown.length ? '. Up and down arrows to choose.' : '.');
    }, function () { if (n === asked) status.textContent = 'Search is not available.'; });
  }

  // The search page shows every result (up to 50) for the query in its address.
  function page() {
    var section = doc.getElementById('search-results'), q = new URLSearchParams(location.search).get('q');
    if (!section || !q) return;
    input.value = q;
    search(q, 50).then(function (found) {
      var ol = section.querySelector('ol');
      section.querySelector('h2').textContent = summary(found, q);
      found.items.forEach(function (r) {
        var li = doc.createElement('li'), a = doc.createElement('a');
        a.href = r.href;
        a.className = 'hit';
        describe(a, r);
        li.append(a);
        ol.append(li);
      });
      section.hidden = false;
      status.textContent = summary(found, q) + '.';
    });
  }

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);
  input.addEventListener('focus', function () { index().catch(function () {}); });
  input.addEventListener('input', update);
  input.addEventListener('keydown', function (e) {
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && shown.length) {
      e.preventDefault();
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      choose(active < 0 && e.key === 'ArrowUp' ? -1 : active + (e.key === 'ArrowDown' ? 1 : -1));
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      location.href = shown[active];
    } else if (e.key === 'Escape' && !list.hidden) {
      e.preventDefault();
      close();
    }
  });
  input.addEventListener('blur', function () { setTimeout(close, 200); });
  list.addEventListener('mousedown', function (e) { e.preventDefault(); });
  list.addEventListener('click', function (e) {
    var li = e.target.closest('[role=option]');
    if (li) location.href = li.getAttribute('data-href');
  });
  window.ReaderSearch = { terms: function (text) { return index().then(function () { return tokens(text).map(function (t) { return [t.t, t.p]; }); }); }, search: search };
  page();
}());
