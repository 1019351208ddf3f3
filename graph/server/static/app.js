// kgraph serve: the page. Every text from the store is put in the page with
// textContent (never innerHTML), so an article containing <script> shows it
// as text.
'use strict';

(function () {
  const $ = (id) => document.getElementById(id);

  // Styles as the static maps draw them (graph/render/style.go): Okabe–Ito
  // colours, the shape repeating the type.
  const TYPES = {
    Person: { shape: 'ellipse', fill: '#FBE3B3', line: '#E69F00' },
    Country: { shape: 'rectangle', fill: '#BFDCEE', line: '#0072B2' },
    GPE: { shape: 'hexagon', fill: '#D6EEFA', line: '#56B4E9' },
    Organization: { shape: 'octagon', fill: '#BFE7DC', line: '#009E73' },
    Location: { shape: 'rhomboid', fill: '#FAF6C4', line: '#C8B400' },
    Group: { shape: 'ellipse', fill: '#F5D0B3', line: '#D55E00', border: 'double' },
    Misc: { shape: 'rectangle', fill: '#EDEDED', line: '#7F7F7F', border: 'dashed' },
    Role: { shape: 'tag', fill: '#F3DDE9', line: '#CC79A7' },
    Concept: { shape: 'round-rectangle', fill: '#FFFFFF', line: '#7F7F7F' },
  };
  const ORG_SHAPES = {
    international: 'round-octagon', government: 'barrel', military: 'pentagon',
    'armed group': 'heptagon', media: 'cut-rectangle', party: 'round-tag', company: 'barrel',
  };
  // Quad classes: verbal and material cooperation, verbal and material conflict.
  const CLASSES = {
    0: { colour: '#7F7F7F', name: 'not coded' },
    1: { colour: '#56B4E9', name: 'verbal cooperation' },
    2: { colour: '#0072B2', name: 'material cooperation' },
    3: { colour: '#E69F00', name: 'verbal conflict' },
    4: { colour: '#D55E00', name: 'material conflict' },
  };
  const STANDING = new Set(['hold_role', 'member_of', 'leader_of', 'located_in', 'affiliated_with']);

  const state = { focus: [], shown: [], vocabulary: null, filters: {} };

  // ---- fetching -------------------------------------------------------
  async function getJSON(path, params) {
    const url = new URL(path, location.origin);
    for (const [k, v] of Object.entries(params || {})) {
      if (v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0)) {
        url.searchParams.set(k, Array.isArray(v) ? v.join(',') : String(v));
      }
    }
    const res = await fetch(url, { headers: { Accept: 'application/json' } });
    const body = await res.json().catch(() => ({ error: res.status + ' ' + res.statusText }));
    if (!res.ok || body.error) {
      throw new Error(body.error || res.statusText);
    }
    return body;
  }

  function setStatus(el, text, error) {
    el.textContent = text;
    el.classList.toggle('error', !!error);
  }

  // ---- the map --------------------------------------------------------
  const cy = cytoscape({
    container: $('cy'),
    wheelSensitivity: 0.3,
    minZoom: 0.05,
    maxZoom: 4,
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)', 'font-size': 11, 'text-wrap': 'wrap', 'text-max-width': 110,
          'text-valign': 'center', 'text-halign': 'center', color: '#202020',
          width: 'data(w)', height: 'data(h)', shape: 'data(shape)',
          'background-color': 'data(fill)', 'border-color': 'data(line)', 'border-width': 1.5,
          'border-style': 'data(border)',
        },
      },
      { selector: 'node[?focus]', style: { 'border-width': 4, 'font-weight': 'bold' } },
      { selector: 'node[border = "double"]', style: { 'border-width': 4 } },
      {
        selector: 'edge',
        style: {
          label: 'data(label)', 'font-size': 9, color: '#303030', 'curve-style': 'bezier',
          'target-arrow-shape': 'triangle', 'arrow-scale': 0.8, width: 'data(width)',
          'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
          'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'text-background-padding': 1,
          'text-rotation': 'autorotate', 'min-zoomed-font-size': 7,
        },
      },
      { selector: 'edge[?unasserted]', style: { 'line-style': 'dashed' } },
      // Straight edges paint faster than bezier curves (about 0.1 s of 0.8
      // on 500 nodes); on a large map the curves that part parallel edges
      // are too small to see.
      { selector: 'edge.large', style: { 'curve-style': 'straight' } },
      { selector: 'edge[?standing]', style: { 'line-style': 'dotted' } },
      { selector: ':selected', style: { 'overlay-color': '#0072B2', 'overlay-opacity': 0.25, 'overlay-padding': 4 } },
    ],
  });

  // For tests and for the curious, from the browser's console.
  window.kg = { cy };

  function nodeData(n, focus) {
    const t = TYPES[n.type] || TYPES.Misc;
    let label = n.name;
    if (n.folded) {
      label += '\n+' + n.folded + ' on topics';
    }
    // Sized from the label (cytoscape's width: label is deprecated): about
    // 6.3 px a character at 11 px, wrapped at 110 px.
    const lines = label.split('\n');
    let rows = 0;
    let widest = 0;
    for (const line of lines) {
      const w = line.length * 6.3;
      rows += Math.max(1, Math.ceil(w / 110));
      widest = Math.max(widest, Math.min(w, 110));
    }
    const round = ['ellipse', 'hexagon', 'octagon', 'round-octagon', 'heptagon', 'pentagon'].includes(t.shape);
    return {
      w: Math.round(widest * (round ? 1.3 : 1.1) + 16), h: Math.round(rows * 13 * (round ? 1.3 : 1) + 12),
      id: n.id, label, name: n.name, type: n.type, subtype: n.subtype || '',
      shape: (n.type === 'Organization' && ORG_SHAPES[n.subtype]) || t.shape,
      fill: t.fill, line: t.line, border: t.border || 'solid', focus: focus.includes(n.id), folded: n.folded || 0,
    };
  }

  function edgeLabel(e) {
    const rels = e.relations || [{ relation: e.relation, count: e.count }];
    const parts = rels.slice(0, 3).map((r) => r.relation.replace(/_/g, ' ') + (r.count > 1 ? ' ' + r.count : ''));
    if (rels.length > 3) {
      parts.push('+' + (rels.length - 3));
    }
    return (e.unasserted ? '~ ' : '') + parts.join(', ');
  }

  function edgeData(e) {
    return {
      id: e.id, source: e.from, target: e.to, label: edgeLabel(e), relation: e.relation,
      relations: (e.relations || []).map((r) => r.relation), count: e.count,
      width: Math.min(1.2 + Math.log2(Math.max(e.count, 1)), 6),
      colour: STANDING.has(e.relation) ? '#8C8C8C' : CLASSES[e.quadClass || 0].colour,
      unasserted: !!e.unasserted, standing: STANDING.has(e.relation) && !e.relations,
    };
  }

  // spread lays out a large map fast (fCoSE takes seconds on 500 nodes: it
  // iterates at least five times per node): the focus in the middle, its
  // neighbours on rings around it by weight, each node further out beside
  // the node that reached it first; then a short force simulation on plain
  // arrays (springs along edges, repulsion between all pairs, overlap
  // pushed apart) and the positions set in one preset layout.
  function spread(focus) {
    const nodes = cy.nodes().toArray();
    const n = nodes.length;
    const index = new Map(nodes.map((v, i) => [v.id(), i]));
    const w = new Float64Array(n);
    const h = new Float64Array(n);
    nodes.forEach((v, i) => {
      w[i] = v.data('w') + 24;
      h[i] = v.data('h') + 24;
    });
    const adj = nodes.map(() => []);
    const ea = [];
    const eb = [];
    const seen = new Set();
    cy.edges().forEach((e) => {
      const a = index.get(e.data('source'));
      const b = index.get(e.data('target'));
      const k = a < b ? a + ',' + b : b + ',' + a;
      if (a === b || seen.has(k)) {
        return;
      }
      seen.add(k);
      ea.push(a);
      eb.push(b);
      adj[a].push(b);
      adj[b].push(a);
    });
    const weight = (i) => adj[i].length;
    const x = new Float64Array(n);
    const y = new Float64Array(n);
    const placed = new Uint8Array(n);
    // The focus (or the busiest node) in the middle.
    let level = focus.map((id) => index.get(id)).filter((i) => i !== undefined);
    if (level.length === 0) {
      level = [Array.from(adj.keys()).reduce((a, b) => (weight(b) > weight(a) ? b : a), 0)];
    }
    level.forEach((i, k) => {
      x[i] = 80 * k;
      placed[i] = 1;
    });
    // Rings of the focus's neighbours, heaviest innermost, each ring as
    // long as the widths of its nodes.
    const first = [];
    for (const f of level) {
      for (const j of adj[f]) {
        if (!placed[j]) {
          placed[j] = 1;
          first.push(j);
        }
      }
    }
    first.sort((a, b) => weight(b) - weight(a));
    let radius = 180;
    for (let k = 0; k < first.length;) {
      const ring = [];
      let length = 0;
      while (k < first.length && (ring.length === 0 || length + w[first[k]] < 2 * Math.PI * radius)) {
        length += w[first[k]];
        ring.push(first[k++]);
      }
      let a = 0;
      for (const j of ring) {
        a += (w[j] / length) * Math.PI;
        x[j] = radius * Math.cos(a);
        y[j] = radius * Math.sin(a);
        a += (w[j] / length) * Math.PI;
      }
      radius += 100;
    }
    // Everything else beside the node that reached it first.
    let frontier = first.length ? first : level;
    while (frontier.length) {
      const next = [];
      for (const p of frontier) {
        const kids = adj[p].filter((j) => !placed[j]);
        const away = Math.atan2(y[p], x[p]);
        kids.forEach((j, k) => {
          const a = away + ((k + 0.5) / kids.length - 0.5) * Math.PI;
          const r = 140 + 10 * kids.length;
          x[j] = x[p] + r * Math.cos(a);
          y[j] = y[p] + r * Math.sin(a);
          placed[j] = 1;
          next.push(j);
        });
      }
      frontier = next;
    }
    let stray = 0;
    for (let i = 0; i < n; i++) {
      if (!placed[i]) {
        x[i] = radius + 150 * (stray % 5);
        y[i] = 150 * Math.floor(stray++ / 5);
      }
    }
    // The force simulation.
    const ideal = 110;
    const dx = new Float64Array(n);
    const dy = new Float64Array(n);
    const rounds = 120;
    for (let round = 0; round < rounds; round++) {
      const t = 60 * (1 - round / rounds) + 2;
      dx.fill(0);
      dy.fill(0);
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          let ux = x[i] - x[j];
          let uy = y[i] - y[j];
          if (ux === 0 && uy === 0) {
            ux = Math.random() - 0.5;
            uy = Math.random() - 0.5;
          }
          const d2 = ux * ux + uy * uy;
          const reach = (w[i] + w[j]) * 1.2;
          if (d2 > reach * reach) {
            continue;
          }
          const d = Math.sqrt(d2);
          // Repulsion within reach; stronger where the boxes overlap.
          let f = (ideal * ideal) / d / 10;
          const ox = (w[i] + w[j]) / 2 - Math.abs(ux);
          const oy = (h[i] + h[j]) / 2 - Math.abs(uy);
          if (ox > 0 && oy > 0) {
            f += Math.min(ox, oy);
          }
          dx[i] += (ux / d) * f;
          dy[i] += (uy / d) * f;
          dx[j] -= (ux / d) * f;
          dy[j] -= (uy / d) * f;
        }
      }
      for (let k = 0; k < ea.length; k++) {
        const a = ea[k];
        const b = eb[k];
        const ux = x[b] - x[a];
        const uy = y[b] - y[a];
        const d = Math.sqrt(ux * ux + uy * uy) || 1;
        const len = ideal + (w[a] + w[b]) / 4;
        if (d <= len) {
          continue;
        }
        // Springs pull only: a hub's many edges must not crush its ring.
        const f = (d - len) / 2 / Math.sqrt(Math.max(1, Math.min(weight(a), weight(b))));
        dx[a] += (ux / d) * f;
        dy[a] += (uy / d) * f;
        dx[b] -= (ux / d) * f;
        dy[b] -= (uy / d) * f;
      }
      for (let i = 0; i < n; i++) {
        const d = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
        if (d > 0) {
          const m = Math.min(d, t);
          x[i] += (dx[i] / d) * m;
          y[i] += (dy[i] / d) * m;
        }
      }
    }
    // Stretched across to the shape of the page, so that the map fills it
    // at a larger zoom (stretching only moves nodes apart).
    let x0 = Infinity;
    let x1 = -Infinity;
    let y0 = Infinity;
    let y1 = -Infinity;
    for (let i = 0; i < n; i++) {
      x0 = Math.min(x0, x[i] - w[i] / 2);
      x1 = Math.max(x1, x[i] + w[i] / 2);
      y0 = Math.min(y0, y[i] - h[i] / 2);
      y1 = Math.max(y1, y[i] + h[i] / 2);
    }
    const stretch = Math.min(2.5, (cy.width() / Math.max(cy.height(), 1)) / ((x1 - x0) / Math.max(y1 - y0, 1)));
    if (stretch > 1) {
      for (let i = 0; i < n; i++) {
        x[i] *= stretch;
      }
    }
    const pos = {};
    nodes.forEach((v, i) => {
      pos[v.id()] = { x: x[i], y: y[i] };
    });
    return pos;
  }

  // largeMap is the node count from which the page lays out with spread.
  const largeMap = 120;

  function layoutOptions(merge) {
    if (cy.nodes().length >= largeMap) {
      const pos = spread(state.focus);
      return { name: 'preset', positions: (v) => pos[v.id()], fit: false };
    }
    return {
      name: 'fcose', quality: 'default', randomize: !merge, animate: false, fit: true, padding: 30,
      nodeDimensionsIncludeLabels: true, idealEdgeLength: () => 110, nodeRepulsion: () => 9000,
      numIter: 1500, packComponents: true,
    };
  }

  // show draws a neighbourhood; merge adds it to what is drawn.
  function show(nb, merge) {
    const t0 = performance.now();
    const focus = merge ? state.focus.concat(nb.focus) : nb.focus;
    state.focus = focus;
    cy.startBatch();
    if (!merge) {
      cy.elements().remove();
    }
    for (const n of nb.nodes) {
      if (cy.getElementById(n.id).empty()) {
        cy.add({ group: 'nodes', data: nodeData(n, focus) });
      }
    }
    for (const e of nb.edges) {
      if (cy.getElementById(e.id).empty()) {
        cy.add({ group: 'edges', data: edgeData(e) });
      }
    }
    cy.edges().toggleClass('large', cy.nodes().length >= largeMap);
    cy.endBatch();
    const addMs = performance.now() - t0;
    const layout = cy.layout(layoutOptions(merge));
    layout.one('layoutstop', () => {
      cy.fit(cy.nodes(), 30);
      if (cy.zoom() > 1.2) {
        cy.zoom(1.2);
        cy.center();
      }
      const layoutMs = performance.now() - t0;
      // Interactive once the laid-out map has been painted: two frames on.
      requestAnimationFrame(() => requestAnimationFrame(() => {
        window.kgTiming = {
          addMs, layoutMs, readyMs: performance.now() - t0, zoom: cy.zoom(), nodes: cy.nodes().length, edges: cy.edges().length,
        };
        document.body.dataset.ready = String(Date.now());
      }));
    });
    layout.run();
    let text = cy.nodes().length + ' nodes, ' + cy.edges().length + ' edges from ' + nb.statements + ' statements';
    if (nb.truncated) {
      text += ' (capped: ' + (nb.dropped ? nb.dropped + ' weaker neighbours not drawn' : 'statement limit reached') + '; raise "at most" or filter)';
    }
    setStatus($('status'), text, false);
  }

  function neighbourhoodParams(ids) {
    const f = state.filters;
    return {
      id: ids, depth: $('depth').value, max: $('max').value, concepts: $('concepts').checked ? 1 : '',
      rel: f.rel, cameo: f.cameo, plover: f.plover, type: f.type, from: f.from, to: f.to, asserted: f.asserted ? 1 : '',
    };
  }

  async function focusOn(ids, merge) {
    setStatus($('status'), 'loading…', false);
    try {
      const nb = await getJSON('/api/kg/neighbourhood', neighbourhoodParams(ids));
      show(nb, merge);
      if (!merge) {
        const u = new URL(location.href);
        u.searchParams.set('id', ids.join(','));
        history.replaceState(null, '', u);
      }
    } catch (err) {
      setStatus($('status'), err.message, true);
      document.body.dataset.ready = 'error';
    }
  }

  // ---- statements -----------------------------------------------------
  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) {
      e.className = cls;
    }
    if (text !== undefined && text !== null) {
      e.textContent = String(text);
    }
    return e;
  }

  function argText(a) {
    return a.text && a.text !== a.name ? a.name + ' (“' + a.text + '”)' : a.name;
  }

  function safeURL(u) {
    try {
      const url = new URL(u);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '';
    } catch (_) {
      return '';
    }
  }

  function statementItem(s) {
    const li = el('li');
    const triple = el('div', 'triple');
    triple.append(el('span', 'subj', argText(s.subject)), ' ', el('span', 'pred', s.predicate.replace(/_/g, ' ')), ' ',
      el('span', 'obj', argText(s.object)));
    li.append(triple);
    if (s.verb) {
      li.append(el('div', 'verb', '“' + s.verb + '”'));
    }
    const badges = el('div', 'badges');
    const badge = (text, cls) => badges.append(el('span', 'badge ' + (cls || ''), text));
    badge(s.polarity || 'asserted', s.polarity === 'negated' ? 'negated' : '');
    badge(s.modality || 'fact', s.asserted ? '' : 'unasserted');
    if (s.eventDate) badge('event ' + s.eventDate);
    if (s.cameo) badge('CAMEO ' + s.cameo);
    if (s.plover) badge('PLOVER ' + s.plover);
    if (s.quadClass) badge(CLASSES[s.quadClass].name, 'q' + s.quadClass);
    if (s.goldstein !== undefined) badge('Goldstein ' + s.goldstein);
    badge('confidence ' + (s.confidence || 0).toFixed(2));
    if (s.speaker) badge('said by ' + s.speaker.name);
    li.append(badges);
    li.append(el('blockquote', 'sentence', s.sentence));
    const src = el('div', 'source');
    const title = s.doc.title || s.doc.id;
    const href = safeURL(s.doc.url);
    if (href) {
      const a = el('a', '', title);
      a.href = href;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      src.append(a);
    } else {
      src.append(el('span', '', title));
    }
    if (s.doc.published) {
      src.append(', ' + s.doc.published);
    }
    li.append(src);
    return li;
  }

  async function showStatements(title, params) {
    $('details-title').textContent = title;
    $('details-note').textContent = 'loading…';
    $('statements').replaceChildren();
    try {
      const f = state.filters;
      const res = await getJSON('/api/kg/statements', Object.assign({
        rel: f.rel, cameo: f.cameo, plover: f.plover, from: f.from, to: f.to, asserted: f.asserted ? 1 : '',
      }, params));
      state.shown = res.statements;
      $('details-note').textContent = res.truncated
        ? res.statements.length + ' of ' + res.total + ' statements (capped at ' + res.limit + ')'
        : res.total + ' statements';
      $('statements').replaceChildren(...res.statements.map(statementItem));
    } catch (err) {
      $('details-note').textContent = err.message;
    }
  }

  cy.on('tap', 'edge', (evt) => {
    const d = evt.target.data();
    const a = cy.getElementById(d.source).data('name');
    const b = cy.getElementById(d.target).data('name');
    const params = { id: d.source, other: d.target };
    if (!d.relations.length) {
      params.rel = d.relation;
    }
    showStatements(a + ' — ' + b, params);
  });
  cy.on('tap', 'node', (evt) => {
    const d = evt.target.data();
    showStatements(d.name + ' (' + d.type + (d.subtype ? ', ' + d.subtype : '') + ')', { id: d.id });
  });
  cy.on('dbltap', 'node', (evt) => focusOn([evt.target.id()], true));

  // ---- search ---------------------------------------------------------
  const search = $('search');
  const list = $('completions');
  let results = [];
  let selected = -1;
  let pending = 0;

  function renderCompletions() {
    list.replaceChildren(...results.map((r, i) => {
      const li = el('li');
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', String(i === selected));
      const name = el('span', 'name', r.name);
      if (r.alias) {
        name.append(' ', el('span', 'alias', '“' + r.alias + '”'));
      }
      li.append(name, el('span', 'kind', r.type + (r.subtype ? ', ' + r.subtype : '')));
      li.addEventListener('mousedown', (e) => {
        e.preventDefault();
        choose(i);
      });
      return li;
    }));
    list.hidden = results.length === 0;
  }

  function choose(i) {
    const r = results[i];
    if (!r) {
      return;
    }
    search.value = r.name;
    results = [];
    renderCompletions();
    focusOn([r.id], false);
  }

  search.addEventListener('input', async () => {
    const q = search.value;
    const mine = ++pending;
    if (q.trim() === '') {
      results = [];
      renderCompletions();
      return;
    }
    try {
      const res = await getJSON('/api/kg/search', { q, limit: 15 });
      if (mine === pending) {
        results = res.results;
        selected = results.length ? 0 : -1;
        renderCompletions();
      }
    } catch (err) {
      setStatus($('status'), err.message, true);
    }
  });
  search.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const n = results.length;
      if (n) {
        selected = (selected + (e.key === 'ArrowDown' ? 1 : n - 1)) % n;
        renderCompletions();
      }
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(Math.max(selected, 0));
    } else if (e.key === 'Escape') {
      results = [];
      renderCompletions();
    }
  });
  search.addEventListener('blur', () => {
    list.hidden = true;
  });

  for (const id of ['depth', 'max', 'concepts']) {
    $(id).addEventListener('change', () => state.focus.length && focusOn(state.focus, false));
  }

  // ---- filters --------------------------------------------------------
  function fillSelect(sel, items) {
    sel.replaceChildren(...items.map(([value, text]) => {
      const o = el('option', '', text);
      o.value = value;
      return o;
    }));
  }

  async function loadVocabulary() {
    const v = await getJSON('/api/kg/vocabulary');
    state.vocabulary = v;
    fillSelect($('f-rel'), v.relations.map((r) => [r.name, r.name.replace(/_/g, ' ') + (r.cameo ? ' (' + r.cameo + ')' : '')]));
    fillSelect($('f-cameo'), v.cameoRoots.map((r) => [r.code, r.code + ' ' + r.relations.join(', ')]));
    fillSelect($('f-plover'), v.plover.map((p) => [p, p]));
    fillSelect($('f-type'), v.types.map((t) => [t, t]));
  }

  const selectedValues = (sel) => Array.from(sel.selectedOptions).map((o) => o.value);
  $('toggle-filters').addEventListener('click', () => {
    $('filters').hidden = !$('filters').hidden;
  });
  $('filters').addEventListener('submit', (e) => {
    e.preventDefault();
    state.filters = {
      rel: selectedValues($('f-rel')), cameo: selectedValues($('f-cameo')), plover: selectedValues($('f-plover')),
      type: selectedValues($('f-type')), from: $('f-from').value, to: $('f-to').value, asserted: $('f-asserted').checked,
    };
    if (state.focus.length) {
      focusOn(state.focus, false);
    }
  });
  $('clear-filters').addEventListener('click', () => {
    $('filters').reset();
    state.filters = {};
    if (state.focus.length) {
      focusOn(state.focus, false);
    }
  });

  // ---- legend ---------------------------------------------------------
  function legend() {
    const box = $('legend');
    const item = (cls, colour, text, style) => {
      const d = el('div');
      const sw = el('span', cls);
      sw.style.borderColor = colour;
      if (cls === 'sw') {
        sw.style.background = TYPES[text] ? TYPES[text].fill : '#fff';
      }
      if (style) {
        sw.style.borderTopStyle = style;
      }
      d.append(sw, text);
      return d;
    };
    for (const t of ['Person', 'Country', 'GPE', 'Organization', 'Group', 'Role']) {
      box.append(item('sw', TYPES[t].line, t));
    }
    for (const c of [1, 2, 3, 4]) {
      box.append(item('ln', CLASSES[c].colour, CLASSES[c].name));
    }
    box.append(item('ln', '#555', 'negated or intended', 'dashed'));
    box.append(item('ln', '#8C8C8C', 'role, membership', 'dotted'));
  }

  // ---- downloads ------------------------------------------------------
  function download(name, type, text) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = el('a');
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  const xml = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

  // svgOfView draws the nodes and edges as they are placed now.
  function svgOfView() {
    const bb = cy.elements().boundingBox({ includeLabels: true });
    const pad = 20;
    const out = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="' + [bb.x1 - pad, bb.y1 - pad, bb.w + 2 * pad, bb.h + 2 * pad].join(' ') +
      '" width="' + Math.round(bb.w + 2 * pad) + '" height="' + Math.round(bb.h + 2 * pad) + '" font-family="Helvetica,Arial,sans-serif">',
    '<rect x="' + (bb.x1 - pad) + '" y="' + (bb.y1 - pad) + '" width="' + (bb.w + 2 * pad) + '" height="' + (bb.h + 2 * pad) + '" fill="white"/>'];
    cy.edges().forEach((e) => {
      const s = e.sourceEndpoint();
      const t = e.targetEndpoint();
      const d = e.data();
      const dash = d.unasserted ? ' stroke-dasharray="6 4"' : d.standing ? ' stroke-dasharray="2 3"' : '';
      out.push('<line x1="' + s.x + '" y1="' + s.y + '" x2="' + t.x + '" y2="' + t.y + '" stroke="' + d.colour + '" stroke-width="' + d.width + '"' + dash + '/>');
      const m = e.midpoint();
      out.push('<text x="' + m.x + '" y="' + m.y + '" font-size="9" text-anchor="middle" fill="#303030">' + xml(d.label) + '</text>');
    });
    cy.nodes().forEach((n) => {
      const p = n.position();
      const d = n.data();
      const w = n.width();
      const h = n.height();
      out.push('<rect x="' + (p.x - w / 2) + '" y="' + (p.y - h / 2) + '" width="' + w + '" height="' + h + '" rx="' +
        (d.shape === 'ellipse' ? h / 2 : 3) + '" fill="' + d.fill + '" stroke="' + d.line + '" stroke-width="1.5"/>');
      d.label.split('\n').forEach((line, i, all) => {
        out.push('<text x="' + p.x + '" y="' + (p.y + 4 + (i - (all.length - 1) / 2) * 13) + '" font-size="11" text-anchor="middle">' + xml(line) + '</text>');
      });
    });
    out.push('</svg>');
    return out.join('\n');
  }

  const csvCell = (v) => {
    let s = v === undefined || v === null ? '' : String(v);
    if (/^[=+\-@]/.test(s)) {
      s = "'" + s; // not a formula in a spreadsheet
    }
    return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  };

  function csvOfStatements(sts) {
    const head = ['id', 'subject', 'subject_id', 'predicate', 'verb', 'object', 'object_id', 'polarity', 'modality', 'speaker',
      'event_date', 'cameo', 'plover', 'quad_class', 'goldstein', 'confidence', 'sentence', 'doc', 'doc_title', 'doc_url'];
    const rows = sts.map((s) => [s.id, s.subject.name, s.subject.id, s.predicate, s.verb, s.object.name, s.object.id, s.polarity,
      s.modality, s.speaker ? s.speaker.name : '', s.eventDate, s.cameo, s.plover, s.quadClass, s.goldstein, s.confidence,
      s.sentence, s.doc.id, s.doc.title, s.doc.url]);
    return [head].concat(rows).map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
  }

  $('download-svg').addEventListener('click', () => download('kgraph-map.svg', 'image/svg+xml', svgOfView()));
  $('download-csv').addEventListener('click', () => download('kgraph-statements.csv', 'text/csv', csvOfStatements(state.shown)));

  // ---- Gizmo console --------------------------------------------------
  function resultsTable(rows) {
    const cols = [];
    for (const r of rows) {
      const keys = r !== null && typeof r === 'object' && !Array.isArray(r) ? Object.keys(r) : ['value'];
      for (const k of keys) {
        if (!cols.includes(k)) {
          cols.push(k);
        }
      }
    }
    cols.sort((a, b) => (a === 'id' ? -1 : b === 'id' ? 1 : a < b ? -1 : a > b ? 1 : 0));
    const table = el('table');
    const head = el('tr');
    head.append(...cols.map((c) => el('th', '', c)));
    table.append(head);
    for (const r of rows) {
      const tr = el('tr');
      const obj = r !== null && typeof r === 'object' && !Array.isArray(r) ? r : { value: r };
      tr.append(...cols.map((c) => el('td', '', obj[c] === undefined ? '' : typeof obj[c] === 'object' ? JSON.stringify(obj[c]) : obj[c])));
      table.append(tr);
    }
    return table;
  }

  async function runQuery() {
    const status = $('query-status');
    setStatus(status, 'running…', false);
    const t0 = performance.now();
    try {
      const res = await fetch('/api/v2/query?lang=gizmo', { method: 'POST', body: $('gizmo').value });
      const body = await res.json();
      if (!res.ok || body.error) {
        throw new Error(body.error || res.statusText);
      }
      const rows = body.result || [];
      const ms = Math.round(performance.now() - t0);
      let text = rows.length + ' results in ' + ms + ' ms';
      if (body.truncated) {
        text += '; capped at ' + body.limit + ' (the server\'s --limit)';
      }
      setStatus(status, text, false);
      const as = document.querySelector('input[name="as"]:checked').value;
      $('results').replaceChildren(as === 'json' ? el('pre', '', JSON.stringify(rows, null, 2)) : resultsTable(rows));
    } catch (err) {
      setStatus(status, err.message, true);
      $('results').replaceChildren();
    }
  }
  $('run').addEventListener('click', runQuery);
  $('gizmo').addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      runQuery();
    }
  });

  // ---- start ----------------------------------------------------------
  legend();
  loadVocabulary().catch((err) => setStatus($('status'), err.message, true));
  const start = new URL(location.href).searchParams;
  for (const p of ['max', 'depth']) {
    if (start.get(p)) {
      $(p).value = start.get(p);
    }
  }
  if (start.get('id')) {
    focusOn(start.get('id').split(','), false);
  } else {
    document.body.dataset.ready = String(Date.now());
  }
})();
