// Reader search: a combobox over the build's sharded index (terms as SearchAnalyzer makes them).
(() => {
const doc = document, form = doc.querySelector('form.search');
if (!form || !window.fetch) return;
const input = form.querySelector('input'), list = doc.getElementById('search-list'), status = doc.getElementById('search-status');
const base = new URL(form.getAttribute('data-index'), location.href), files = {};
// StandardTokenizer's words ("U.S", "don't", "38,500").
const WORD = /[\p{L}\p{M}\p{N}_]+(?:(?:(?<=\p{L})[.:'’·](?=\p{L})|(?<=\p{N})[.,;'’](?=\p{N}))[\p{L}\p{M}\p{N}_]+)*/gu;
const SCALE = { k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9, tn: 1e12, trillion: 1e12 };
let manifest, stop, shown = [], active = -1, asked = 0;

const load = name => {
  const url = new URL(name, base).href;
  return files[url] || (files[url] = fetch(url).then(r => { if (!r.ok) throw new Error(r.status); return r.json(); }));
};
const index = () => manifest || (manifest = load('index.json').then(m => { stop = new Set(m.stop); return m; }));

// Porter's stemmer as Lucene's PorterStemmer runs it (words under 3 letters kept).
const S3 = { a: 'ational ate tional tion', c: 'enci ence anci ance', e: 'izer ize', g: 'logi log',
  l: 'bli ble alli al entli ent eli e ousli ous', o: 'ization ize ation ate ator ate',
  s: 'alism al iveness ive fulness ful ousness ous', t: 'aliti al iviti ive biliti ble' };
const S4 = { e: 'icate ic ative - alize al', i: 'iciti ic', l: 'ical ic ful -', s: 'ness -' };
const S5 = { a: 'al', c: 'ance ence', e: 'er', i: 'ic', l: 'able ible', n: 'ant ement ment ent', o: 'ion ou',
  s: 'ism', t: 'ate iti', u: 'ous', v: 'ive', z: 'ize' };
function stem(w) {
  if (w.length < 3) return w;
  const b = w.split('');
  let k = b.length - 1, j = 0;
  const cons = i => 'aeiou'.includes(b[i]) ? false : b[i] === 'y' ? i === 0 || !cons(i - 1) : true;
  const cv = () => b.slice(0, j + 1).map((_, i) => cons(i) ? 'c' : 'v').join('');
  const m = () => (cv().match(/v+c/g) || []).length;
  const vowel = () => cv().includes('v');
  const dbl = i => i >= 1 && b[i] === b[i - 1] && cons(i);
  const cvc = i => i >= 2 && cons(i) && !cons(i - 1) && cons(i - 2) && !'wxy'.includes(b[i]);
  const ends = s => {
    const o = k - s.length + 1;
    if (o < 0 || b.slice(o, k + 1).join('') !== s) return false;
    j = k - s.length;
    return true;
  };
  const set = s => { for (let i = 0; i < s.length; i++) b[j + 1 + i] = s[i]; k = j + s.length; };
  const rules = r => {
    const a = r ? r.split(' ') : [];
    for (let i = 0; i < a.length; i += 2) if (ends(a[i])) { if (m() > 0) set(a[i + 1].replace('-', '')); return; }
  };
  if (b[k] === 's') { if (ends('sses')) k -= 2; else if (ends('ies')) set('i'); else if (b[k - 1] !== 's') k--; }
  if (ends('eed')) { if (m() > 0) k--; }
  else if ((ends('ed') || ends('ing')) && vowel()) {
    k = j;
    if (ends('at')) set('ate'); else if (ends('bl')) set('ble'); else if (ends('iz')) set('ize');
    else if (dbl(k)) { if ('lsz'.includes(b[k--])) k++; }
    else if (m() === 1 && cvc(k)) set('e');
  }
  if (ends('y') && vowel()) b[k] = 'i';
  if (k > 0) rules(S3[b[k - 1]]);
  rules(S4[b[k]]);
  if (k > 0 && (S5[b[k - 1]] || '').split(' ').some(s => s && ends(s) && (s !== 'ion' || b[j] === 's' || b[j] === 't')) && m() > 1) k = j;
  j = k;
  if (b[k] === 'e') { const a = m(); if (a > 1 || a === 1 && !cvc(k - 1)) k--; }
  if (b[k] === 'l' && dbl(k) && m() > 1) k--;
  return b.slice(0, k + 1).join('');
}

// A text's terms: {t: term, p: position (stop words count), s, e: offsets}.
function tokens(text) {
  const out = [];
  let p = -1;
  for (const w of text.matchAll(WORD)) {
    p++;
    const t = w[0].replace(/['’＇][sS]$/, '').toLowerCase();
    if (t && !stop.has(t)) out.push({ t: stem(t), p, s: w.index, e: w.index + w[0].length });
  }
  return out;
}

const num = x => x.toFixed(4).replace(/\.?0+$/, '') || '0';

// A query: up to 8 slots, each met by any of its terms ("38k" → "#38000").
function slots(q) {
  const found = [], out = [];
  let toks = tokens(q);
  const take = (re, terms) => {
    q = q.replace(re, (...a) => {
      const at = a[a.length - 2];
      found.push({ s: at, e: at + a[0].length, alts: terms(a) });
      return ' '.repeat(a[0].length);
    });
  };
  take(/\b\d{4}-\d\d(-\d\d)?\b/g, a => ['#' + a[0]]);
  take(/(?<![\w.,])(\d[\d,]*(?:\.\d+)?)(?:\s?(%|per ?cent\b|k\b|mn?\b|bn?\b|tn\b|thousand\b|million\b|billion\b|trillion\b))?/gi,
    a => ['#' + num(parseFloat(a[1].replace(/,/g, '')) * (SCALE[(a[2] || '').toLowerCase()] || 1))]);
  for (const f of found) {
    const inside = toks.filter(t => t.s >= f.s && t.s < f.e);
    if (inside.length) f.alts.push(inside[0].t);
    out.push({ alts: f.alts, q: inside.length ? inside[0].p : -1 });
    toks = toks.filter(t => !inside.includes(t));
  }
  for (const t of toks) out.push({ alts: [t.t], q: t.p });
  return out.slice(0, 8);
}

const shardOf = (starts, key) => Math.max(0, starts.findLastIndex(s => s <= key));
const documentOf = (m, id) => {
  const n = shardOf(m.docs, id);
  return load('d/' + n + '.json').then(s => { const d = s.docs[id - m.docs[n]]; return { d, a: s.articles[d[1]] }; });
};
const count = x => { let n = 0; for (; x; x &= x - 1) n++; return n; };

// Hits by slots met, then figure hits, exact phrases, rarer terms.
async function search(q, limit) {
  const m = await index(), want = slots(q), terms = {};
  want.forEach((s, i) => s.alts.forEach(t => (terms[t] = terms[t] || []).push(i)));
  const names = Object.keys(terms);
  const lists = await Promise.all(names.map(t => load('t/' + shardOf(m.terms, t) + '.json').then(s => s[t])));
  const hits = new Map();
  lists.forEach((list, n) => {
    if (!list) return;
    const idf = Math.log(1 + m.documents / list[0]);
    for (let i = 1, d = 0; i < list.length; i += 2) {
      d += list[i];
      // c > 0: word at position c - 1 of d; c < 0: figure d, -c documents after its sentence.
      const c = list[i + 1], id = c > 0 ? d : d + c;
      let h = hits.get(id);
      if (!h) hits.set(id, h = { id, w: 0, f: 0, pos: {}, sc: {}, claims: {} });
      for (const slot of terms[names[n]]) {
        const bit = 1 << slot;
        if (c > 0) { h.w |= bit; (h.pos[slot] = h.pos[slot] || []).push(c - 1); }
        else { h.f |= bit; h.claims[d] = (h.claims[d] || 0) | bit; }
        h.sc[slot] = Math.max(h.sc[slot] || 0, idf);
      }
    }
  });
  const ranked = [...hits.values()].map(h => {
    h.n = count(h.w | h.f);
    h.s = Object.values(h.sc).reduce((a, b) => a + b, 0);
    h.ph = want.length > 1 && want.every((s, i) => s.q >= 0 && h.pos[i]) &&
      h.pos[0].some(p => want.every((s, i) => h.pos[i].includes(p + s.q - want[0].q)));
    h.claim = -1;
    for (const k in h.claims) if (h.claim < 0 || count(h.claims[k]) > count(h.claims[h.claim])) h.claim = +k;
    return h;
  }).sort((a, b) => b.n - a.n || !!b.f - !!a.f || b.ph - a.ph || b.s - a.s || a.id - b.id);
  const stems = new Set(names);
  // A promise per result: the first shows when its shard is in.
  const items = ranked.slice(0, limit).map(async h => {
    const { d, a } = await documentOf(m, h.id), c = h.claim >= 0 ? (await documentOf(m, h.claim)).d : null;
    return {
      href: a[1] + (c ? '#' + c[2] : d[0] ? '#' + d[2] : ''), title: a[0], meta: [a[2], a[3]].filter(Boolean).join(' · '),
      text: d[0] ? d[3] : d[2], figure: c && c[3], verdict: c && c[5], stems,
    };
  });
  return { total: ranked.length, items };
}

// The text with its hits and figure marked, cut around the first.
function marked(el, r) {
  const text = r.text, marks = [], i = r.figure ? text.indexOf(r.figure) : -1;
  if (i >= 0) marks.push([i, i + r.figure.length]);
  for (const t of tokens(text)) if (r.stems.has(t.t)) marks.push([t.s, t.e]);
  marks.sort((x, y) => x[0] - y[0]);
  let from = 0, to = text.length;
  if (to > 240) {
    from = Math.max(0, (marks.length ? marks[0][0] : 0) - 90);
    from = from && text.indexOf(' ', from) + 1;
    to = Math.min(text.length, from + 240);
  }
  let at = from;
  el.append(from ? '…' : '');
  for (const [s, e] of marks) {
    if (s < at || e > to) continue;
    el.append(text.slice(at, s), make('mark', { textContent: text.slice(s, e) }));
    at = e;
  }
  el.append(text.slice(at, to) + (to < text.length ? '…' : ''));
}

const make = (tag, props) => Object.assign(doc.createElement(tag), props);
const span = (className, textContent) => make('span', { className, textContent });
function describe(el, r) {
  const text = span('hit-text', '');
  marked(text, r);
  el.append(span('hit-source', r.title + (r.meta ? ' · ' + r.meta : '')), text);
  if (r.verdict) el.append(span('hit-verdict', r.verdict));
}
const summary = (found, q) => (found.total ? found.total + ' result' + (found.total > 1 ? 's' : '') : 'No results') + ' for “' + q + '”';

const expand = open => { list.hidden = !open; input.setAttribute('aria-expanded', String(open)); };
function close() {
  expand(false);
  input.removeAttribute('aria-activedescendant');
  active = -1;
}
function choose(i) {
  if (active >= 0) list.children[active].removeAttribute('aria-selected');
  active = (i + shown.length) % shown.length;
  const li = list.children[active];
  li.setAttribute('aria-selected', 'true');
  input.setAttribute('aria-activedescendant', li.id);
  li.scrollIntoView({ block: 'nearest' });
}
function option(href, fill) {
  const li = make('li', { id: 'search-option-' + shown.length, className: 'hit', role: 'option' });
  li.dataset.href = href;
  fill(li);
  list.append(li);
  shown.push(href);
}

function update() {
  const q = input.value.trim(), n = ++asked;
  if (!q) { close(); status.textContent = ''; return; }
  search(q, 8).then(async found => {
    if (n !== asked) return;
    list.textContent = '';
    shown = [];
    active = -1;
    for (const p of found.items) {
      const r = await p;
      if (n !== asked) return;
      option(r.href, li => describe(li, r));
      expand(true);
    }
    if (found.total > found.items.length)
      option(form.action + '?q=' + encodeURIComponent(q), li => li.append(span('hit-more', 'All ' + found.total + ' results')));
    expand(shown.length > 0);
    status.textContent = summary(found, q) + (shown.length ? '; arrow keys choose.' : '.');
  });
}

// The search page shows up to 50 results for its ?q=.
async function page() {
  const section = doc.getElementById('search-results'), q = new URLSearchParams(location.search).get('q');
  if (!section || !q) return;
  input.value = q;
  const found = await search(q, 50), ol = section.querySelector('ol');
  section.querySelector('h2').textContent = status.textContent = summary(found, q);
  for (const p of found.items) {
    const r = await p, a = make('a', { href: r.href, className: 'hit' });
    describe(a, r);
    ol.appendChild(make('li')).append(a);
  }
  section.hidden = false;
}

const attrs = { role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': list.id };
for (const k in attrs) input.setAttribute(k, attrs[k]);
input.addEventListener('focus', () => index().catch(() => {}));
input.addEventListener('input', update);
input.addEventListener('keydown', e => {
  const step = { ArrowDown: 1, ArrowUp: -1 }[e.key];
  if (step && shown.length) { expand(true); choose(active < 0 && step < 0 ? -1 : active + step); }
  else if (e.key === 'Enter' && active >= 0) location.href = shown[active];
  else if (e.key === 'Escape' && !list.hidden) close();
  else return;
  e.preventDefault();
});
input.addEventListener('blur', () => setTimeout(close, 200));
list.addEventListener('mousedown', e => e.preventDefault());
list.addEventListener('click', e => {
  const li = e.target.closest('[role=option]');
  if (li) location.href = li.dataset.href;
});
// For tests.
window.ReaderSearch = { terms: text => index().then(() => tokens(text).map(t => [t.t, t.p])), slots };
page();
})();
