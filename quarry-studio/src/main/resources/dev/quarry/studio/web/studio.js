// Quarry Studio's page: plain DOM code, no framework, no build step. Every value from the database is put into the
// page as text (textContent), never as HTML. State lives in the address (#/t/Track?sort=Name&dir=asc&f=...), so a
// foreign key is a link and the back button works.
'use strict';

const $ = (id) => document.getElementById(id);
const el = (tag, attrs = {}, text) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined && text !== null) e.textContent = text;
  return e;
};

let meta = null;          // /api/meta: database, readOnly, csrf, tables, migrations
let grid = null;          // the last page shown: columns, rows, next, total, ...
let cursors = [];         // the cursor of each page shown before this one (for "Previous")
let cursor = null;        // the cursor of the page shown
let source = null;        // the EventSource of the open grid
let editing = 0;          // edits open now (a cell, the new-row form): a live change must not re-render under them
let changedMeanwhile = false;   // a live change arrived during an edit; shown when the last edit closes
let shown = 0;            // counts grids opened, so that a cell edit of a grid left behind closes nothing here

async function api(path, options = {}) {
  const response = await fetch(path, options);
  const type = response.headers.get('Content-Type') || '';
  const body = type.startsWith('application/json') ? await response.json() : { error: await response.text() };
  if (!response.ok) throw Object.assign(new Error(body.error || response.statusText), { kind: body.kind });
  return body;
}

function post(path, body) {
  return api(path, {
    method: 'POST', body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', 'X-Quarry-CSRF': meta.csrf },
  });
}

function say(text, kind) {
  const m = $('message');
  m.textContent = text || '';
  m.className = kind || '';
}

// ---- the address ----

function route() {
  const hash = location.hash.replace(/^#/, '');
  const [path, queryText] = hash.split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { view: parts[0] || 'grid', table: parts[1] || null, query: new URLSearchParams(queryText || '') };
}

function href(view, table, query) {
  const q = query ? query.toString() : '';
  return '#/' + view + (table ? '/' + encodeURIComponent(table) : '') + (q ? '?' + q : '');
}

function tableLink(table, filters) {
  const q = new URLSearchParams();
  for (const f of filters) q.append('f', f);
  return href('t', table, q);
}

// ---- start ----

async function loadMeta() {
  meta = await api('/api/meta');
  $('database').textContent = meta.database;
  $('mode').textContent = meta.readOnly ? 'read-only' : 'writable';
  $('mode').className = 'badge' + (meta.readOnly ? '' : ' writable');
  document.querySelectorAll('.write').forEach((b) => b.classList.toggle('hidden', meta.readOnly));
  const list = $('tables');
  list.replaceChildren();
  for (const t of meta.tables) {
    const a = el('a', { href: tableLink(t.name, []), 'data-table': t.name, title: t.refused || '' });
    a.append(el('span', {}, t.name), el('span', { class: 'count' }, t.refused ? '—' : t.rows.toLocaleString('en')));
    const li = el('li');
    li.append(a);
    list.append(li);
  }
}

async function show() {
  const r = route();
  const view = r.view === 't' ? 'grid' : r.view;
  for (const v of ['grid', 'schema', 'console', 'migrations']) $(v + '-view').classList.toggle('hidden', v !== view);
  document.querySelectorAll('.tab').forEach((t) => t.classList.toggle('active', t.dataset.view === view));
  document.querySelectorAll('#tables a').forEach((a) => a.classList.toggle('active', a.dataset.table === r.table));
  if (view !== 'grid') stopLive();
  try {
    if (view === 'grid') await showGrid(r, true);
    else if (view === 'schema') await showSchema(r.table);
    else if (view === 'migrations') showMigrations();
  } catch (e) {
    say(e.message, 'error');
  }
}

// ---- the grid ----

function gridQuery(r, after) {
  const q = new URLSearchParams();
  q.set('table', r.table);
  if (r.query.get('sort')) q.set('sort', r.query.get('sort'));
  if (r.query.get('dir')) q.set('dir', r.query.get('dir'));
  for (const f of r.query.getAll('f')) q.append('f', f);
  if (after) q.set('after', JSON.stringify(after));
  return q;
}

async function showGrid(r, fresh) {
  if (!r.table) {
    if (meta.tables.length) location.replace(tableLink(meta.tables[0].name, []));
    return;
  }
  if (fresh) {
    cursors = [];
    cursor = null;
    say('');
    // a new grid: a cell being edited went with the old one; the new-row form, outside the grid, stays open
    editing = $('insert-form').classList.contains('hidden') ? 0 : 1;
    shown++;
    changedMeanwhile = false;
    $('changed').classList.add('hidden');
  }
  const counted = fresh ? null : grid && grid.total;   // turning a page keeps the count (no count(*) per page)
  const q = gridQuery(r, cursor);
  if (counted !== null && counted !== undefined) q.set('total', 'no');
  grid = await api('/api/rows?' + q);
  if (grid.total === null) grid.total = counted;
  $('grid-title').textContent = r.table;
  renderGrid(r);
  startLive(r);
}

function renderGrid(r) {
  const sort = r.query.get('sort');
  const desc = r.query.get('dir') === 'desc';
  const head = el('tr');
  for (const c of grid.columns) {
    const th = el('th', { 'data-column': c.name, title: c.type + (c.nullable ? ', nullable' : '') });
    th.append(el('span', {}, c.name + (sort === c.name ? (desc ? ' ▼' : ' ▲') : '')), el('span', { class: 'type' }, c.type));
    th.addEventListener('click', () => {
      const q = new URLSearchParams(r.query);
      q.set('sort', c.name);
      q.set('dir', sort === c.name && !desc ? 'desc' : 'asc');
      location.hash = href('t', r.table, q);
    });
    head.append(th);
  }
  if (grid.children.length) head.append(el('th', {}, 'children'));
  if (!meta.readOnly) head.append(el('th', {}, ''));
  $('grid').tHead.replaceChildren(head);

  const body = $('grid').tBodies[0];
  body.replaceChildren();
  grid.rows.forEach((row) => body.append(renderRow(r, row)));

  const first = cursors.length * meta.pageSize;
  $('page-info').textContent = grid.rows.length ? `rows ${first + 1}–${first + grid.rows.length}` : 'no rows';
  $('total').textContent = `${grid.total.toLocaleString('en')} rows`;
  $('prev').disabled = cursors.length === 0;
  $('next').disabled = !grid.next;

  const select = $('filter-column');
  const chosen = select.value;
  select.replaceChildren(...grid.columns.map((c) => el('option', { value: c.name }, c.name)));
  if (grid.columns.some((c) => c.name === chosen)) select.value = chosen;
  const chips = $('filters');
  chips.replaceChildren();
  for (const f of r.query.getAll('f')) {
    const chip = el('span', { class: 'chip' }, f);
    const x = el('button', { title: 'remove this filter' }, '×');
    x.addEventListener('click', () => {
      const q = new URLSearchParams(r.query);
      const rest = q.getAll('f').filter((g) => g !== f);
      q.delete('f');
      rest.forEach((g) => q.append('f', g));
      location.hash = href('t', r.table, q);
    });
    chip.append(x);
    chips.append(chip);
  }
  for (const format of ['csv', 'json']) {
    const q = gridQuery(r, null);
    q.set('format', format);
    $('export-' + format).href = '/api/export?' + q;
  }
}

function keyOf(row) {
  const key = {};
  for (const k of grid.primaryKey) key[k] = row[grid.columns.findIndex((c) => c.name === k)];
  return key;
}

function renderRow(r, row) {
  const tr = el('tr', { 'data-key': JSON.stringify(Object.values(keyOf(row))) });
  grid.columns.forEach((c, i) => {
    const v = row[i];
    const td = el('td', { 'data-column': c.name });
    if (v === null) {
      td.textContent = 'NULL';
      td.classList.add('null');
    } else if (c.input === 'bytes') {
      // the grid has the size and a digest; the bytes come as a file
      const q = new URLSearchParams({ table: r.table, column: c.name, key: JSON.stringify(keyOf(row)) });
      td.append(el('a', { class: 'blob', href: '/api/blob?' + q, download: '' }, v));
    } else if (c.references) {
      // every column of the key, so a composite foreign key leads to its one row too
      const fk = c.references;
      const values = fk.columns.map((col) => row[grid.columns.findIndex((x) => x.name === col)]);
      const filters = fk.refColumns.map((col, j) => `${col}:eq:${values[j]}`);
      td.append(el('a', { class: 'fk', href: tableLink(fk.table, filters),
        title: `${fk.table}: ${filters.join(', ')}` }, v));
    } else {
      td.textContent = v;
    }
    if (!meta.readOnly) td.addEventListener('dblclick', () => editCell(r, td, c, row));
    tr.append(td);
  });
  if (grid.children.length) {
    const td = el('td', { class: 'children' });
    for (const child of grid.children) {
      const filters = child.columns.map((col, j) =>
        `${col}:eq:${row[grid.columns.findIndex((c) => c.name === child.refColumns[j])]}`);
      td.append(el('a', { class: 'child', href: tableLink(child.table, filters), 'data-child': child.table },
        child.table));
    }
    tr.append(td);
  }
  if (!meta.readOnly) {
    const td = el('td');
    const del = el('button', { class: 'delete-row', title: 'delete this row' }, 'Delete');
    del.addEventListener('click', async () => {
      if (!confirm('Delete this row?')) return;
      try {
        await post('/api/delete', { table: r.table, key: keyOf(row) });
        say('Row deleted.', 'ok');
        await refresh();
      } catch (e) {
        say(e.message, 'error');
      }
    });
    td.append(del);
    tr.append(td);
  }
  return tr;
}

function input(column, value) {
  let e;
  switch (column.input) {
    case 'boolean':
      e = el('select');
      for (const o of ['true', 'false']) e.append(el('option', { value: o }, o));
      e.value = value === null ? 'false' : String(value === 'true' || value === '1');
      break;
    case 'enum':
      // the code's constants, and nothing else; an empty choice stands for NULL where the column takes it
      e = el('select');
      if (column.nullable || value === null) e.append(el('option', { value: '' }, ''));
      for (const o of column.options) e.append(el('option', { value: o }, o));
      e.value = value ?? '';
      break;
    case 'json':
      e = el('textarea', { rows: 3 });
      e.value = value ?? '';
      break;
    case 'date': e = el('input', { type: 'date' }); e.value = value ?? ''; break;
    case 'time': e = el('input', { type: 'time', step: '1' }); e.value = value ?? ''; break;
    case 'datetime': e = el('input', { type: 'datetime-local', step: '1' }); e.value = value ?? ''; break;
    case 'bytes': e = el('input', { type: 'file' }); break;   // uploaded as Base64 (readBase64)
    case 'integer': e = el('input', { type: 'number', step: '1' }); e.value = value ?? ''; break;
    case 'decimal': e = el('input', { type: 'text', inputmode: 'decimal' }); e.value = value ?? ''; break;
    default: e = el('input', { type: 'text' }); e.value = value ?? '';
  }
  e.setAttribute('data-column', column.name);
  e.setAttribute('data-input', column.input);
  return e;
}

/** A chosen file's bytes as Base64, or null when none was chosen. */
function readBase64(e) {
  const file = e.files && e.files[0];
  if (!file) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** An input's value for the server: text, Base64 for a file, or null for an empty non-text input. */
async function valueOf(e) {
  if (e.dataset.input === 'bytes') return readBase64(e);
  const v = e.value;
  if (v === '' && e.dataset.input !== 'text' && e.dataset.input !== 'json') return null;
  return v;
}

function editCell(r, td, column, row) {
  if (td.classList.contains('editing')) return;
  const old = row[grid.columns.indexOf(column)];
  const e = input(column, old);
  td.classList.add('editing');
  td.replaceChildren(e);
  e.focus();
  editing++;
  const grid0 = shown;
  let done = false;
  const finish = async (save) => {
    if (done || grid0 !== shown) return;
    done = true;
    try {
      if (save) {
        await post('/api/update', { table: r.table, key: keyOf(row), values: { [column.name]: await valueOf(e) } });
        say(`Saved ${column.name}.`, 'ok');
      }
    } catch (err) {
      say(err.message, 'error');
    }
    await editClosed(save);
  };
  if (column.input === 'bytes') e.addEventListener('change', () => finish(true));
  e.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' && column.input !== 'json') { ev.preventDefault(); finish(true); }
    if (ev.key === 'Escape') finish(false);
  });
  if (column.input !== 'bytes') e.addEventListener('blur', () => finish(false));   // a file dialog blurs
}

function openInsertForm(r) {
  const form = $('insert-form');
  form.replaceChildren();
  for (const c of grid.columns) {
    const label = el('label', { for: 'new-' + c.name }, c.name + (c.nullable ? '' : ' *'));
    const e = input(c, null);
    e.id = 'new-' + c.name;
    if (c.generated) e.placeholder = 'generated';
    else if (c.default) e.placeholder = 'default: ' + c.default;
    form.append(label, e);
  }
  const save = el('button', { id: 'insert-save', type: 'submit' }, 'Insert');
  const cancel = el('button', { type: 'button' }, 'Cancel');
  cancel.addEventListener('click', () => {
    form.classList.add('hidden');
    editClosed(false);
  });
  form.append(save, cancel);
  form.onsubmit = async (ev) => {
    ev.preventDefault();
    const values = {};
    for (const e of form.querySelectorAll('[data-column]')) {
      const v = await valueOf(e);
      if (v !== null && !(v === '' && e.dataset.input === 'text' && e.placeholder)) values[e.dataset.column] = v;
    }
    try {
      await post('/api/insert', { table: r.table, values });
      form.classList.add('hidden');
      say('Row inserted.', 'ok');
      await editClosed(true);
    } catch (err) {
      say(err.message, 'error');
    }
  };
  if (form.classList.contains('hidden')) editing++;
  form.classList.remove('hidden');
}

/**
 * An edit was saved or cancelled: once none is open, the grid shows what it holds now, fetched again when it was
 * saved or when the table changed meanwhile, else as it was before the edit.
 */
async function editClosed(saved) {
  editing = Math.max(0, editing - 1);
  if (editing > 0) return;
  const stale = saved || changedMeanwhile;
  changedMeanwhile = false;
  $('changed').classList.add('hidden');
  if (stale) await refresh();
  else renderGrid(route());
}

/** A live change: re-render now, or after the open edits when the user is typing into the grid or the form. */
async function liveRefresh() {
  if (editing > 0) {
    changedMeanwhile = true;
    $('changed').classList.remove('hidden');
    return;
  }
  await refresh();
}

async function refresh() {
  const r = route();
  if (r.table) {
    grid = await api('/api/rows?' + gridQuery(r, cursor));
    renderGrid(r);
  }
}

// ---- live ----

function startLive(r) {
  stopLive();
  source = new EventSource('/api/live?' + gridQuery(r, cursor));
  const live = $('live');
  let how = 'live';
  source.addEventListener('ready', (ev) => {
    const data = JSON.parse(ev.data);
    // a read-only Studio on a server installs no trigger: it re-reads the grid instead, and says so
    how = data.how === 'polling' ? `live (polling every ${data.everyMillis / 1000} s)` : 'live';
    live.className = 'live on';
    live.textContent = how;
    live.dataset.how = data.how;
    if (data.total !== grid.total) liveRefresh();   // changed between the page and the watch
  });
  source.addEventListener('change', async (ev) => {
    const at = new Date(JSON.parse(ev.data).at);
    live.className = 'live on';
    live.textContent = how + ' · changed ' + at.toLocaleTimeString();
    live.dataset.changedAt = at.toISOString();
    await liveRefresh();
  });
  source.addEventListener('failed', (ev) => {
    live.className = 'live off';
    live.textContent = 'not live: ' + JSON.parse(ev.data).error;
  });
  source.onerror = () => {
    if (source && source.readyState === EventSource.CLOSED) {
      live.className = 'live off';
      live.textContent = 'not live';
    }
  };
}

function stopLive() {
  if (source) source.close();
  source = null;
  $('live').className = 'live off';
  $('live').textContent = 'not live';
}

// ---- schema, console, migrations ----

async function showSchema(table) {
  const view = $('schema-view');
  view.replaceChildren();
  const names = table ? [table] : meta.tables.filter((t) => !t.refused).map((t) => t.name);
  if (meta.codeTablesMissing.length) {
    view.append(el('p', { class: 'hint code-missing' },
      'Tables of the code that the database does not have: ' + meta.codeTablesMissing.join(', ')));
  }
  for (const name of names) {
    const s = await api('/api/schema?table=' + encodeURIComponent(name));
    const box = el('div', { class: 'schema-table', 'data-table': name });
    box.append(el('h1', {}, name));
    if (s.code.described) {
      box.append(el('p', { class: 'hint code-types' }, 'Typed by the code\'s definition of this table.'));
    }
    if (s.code.notes.length) {
      const ul = el('ul', { class: 'code-notes' });
      s.code.notes.forEach((n) => ul.append(el('li', {}, n)));
      box.append(ul);
    }
    const t = el('table', { class: 'grid' });
    const head = el('tr');
    for (const h of ['column', 'type', 'null', 'default', 'key', 'references']) head.append(el('th', {}, h));
    t.append(head);
    for (const c of s.columns) {
      const tr = el('tr', { 'data-column': c.name });
      tr.append(el('td', {}, c.name), el('td', {}, c.type), el('td', {}, c.nullable ? 'yes' : 'no'),
        el('td', {}, c.default ?? ''), el('td', {}, (c.primaryKey ? 'PK' : '') + (c.generated ? ' generated' : '')),
        el('td', {}, c.references ? `${c.references.table}(${c.references.refColumns.join(', ')})` : ''));
      t.append(tr);
    }
    box.append(t);
    const list = (title, items) => {
      if (!items.length) return;
      box.append(el('h3', {}, title));
      const ul = el('ul');
      items.forEach((i) => ul.append(el('li', {}, i)));
      box.append(ul);
    };
    list('Indexes', s.indexes.map((i) => `${i.name} (${i.columns.join(', ')})${i.unique ? ' unique' : ''}`));
    list('Foreign keys', s.foreignKeys.map((f) =>
      `${f.name}: (${f.columns.join(', ')}) → ${f.table}(${f.refColumns.join(', ')}) on delete ${f.onDelete}`));
    list('Referenced by', s.children.map((c) => `${c.table}(${c.columns.join(', ')})`));
    list('Checks', s.checks.map((c) => `${c.name}: ${c.expression}`));
    view.append(box);
  }
}

function showMigrations() {
  const view = $('migrations-view');
  view.replaceChildren(el('h1', {}, 'Migrations'));
  const m = meta.migrations;
  if (!m.available) {
    view.append(el('p', { class: 'hint', id: 'migrations-reason' }, m.reason));
    return;
  }
  const t = el('table', { class: 'grid', id: 'migrations' });
  const head = el('tr');
  ['version', 'name', 'state'].forEach((h) => head.append(el('th', {}, h)));
  t.append(head);
  for (const v of m.versions) {
    const tr = el('tr');
    tr.append(el('td', {}, 'V' + v.version), el('td', {}, v.name), el('td', { class: 'state' }, v.state));
    t.append(tr);
  }
  view.append(t);
}

async function runSql() {
  say('');
  try {
    const result = await post('/api/query', { sql: $('sql').value });
    const t = $('console-grid');
    const head = el('tr');
    result.columns.forEach((c) => head.append(el('th', {}, c)));
    t.tHead.replaceChildren(head);
    const body = t.tBodies[0];
    body.replaceChildren();
    for (const row of result.rows) {
      const tr = el('tr');
      row.forEach((v) => {
        const td = el('td', {}, v === null ? 'NULL' : v);
        if (v === null) td.classList.add('null');
        tr.append(td);
      });
      body.append(tr);
    }
    $('console-info').textContent = `${result.rows.length} rows` + (result.truncated ? ' (first 1,000 shown)' : '');
  } catch (e) {
    say(e.message, 'error');
  }
}

async function exportSql(format) {
  try {
    const response = await fetch('/api/query?format=' + format, {
      method: 'POST', body: JSON.stringify({ sql: $('sql').value }),
      headers: { 'Content-Type': 'application/json', 'X-Quarry-CSRF': meta.csrf },
    });
    if (!response.ok) throw new Error((await response.json()).error);
    const a = el('a', { href: URL.createObjectURL(await response.blob()), download: 'query.' + format });
    a.click();
  } catch (e) {
    say(e.message, 'error');
  }
}

// ---- wiring ----

document.addEventListener('DOMContentLoaded', async () => {
  if (location.search.includes('token=')) history.replaceState(null, '', '/' + location.hash);   // now a cookie
  document.querySelectorAll('.tab').forEach((t) => t.addEventListener('click', (ev) => {
    ev.preventDefault();
    const r = route();
    location.hash = href(t.dataset.view === 'grid' ? 't' : t.dataset.view, r.table, null);
  }));
  $('filter-add').addEventListener('click', () => {
    const r = route();
    const q = new URLSearchParams(r.query);
    const op = $('filter-op').value;
    q.append('f', `${$('filter-column').value}:${op}` + (op === 'null' || op === 'notnull' ? '' : `:${$('filter-value').value}`));
    location.hash = href('t', r.table, q);
  });
  $('next').addEventListener('click', async () => {
    cursors.push(cursor);
    cursor = grid.next;
    await showGrid(route(), false);
  });
  $('prev').addEventListener('click', async () => {
    cursor = cursors.pop() ?? null;
    await showGrid(route(), false);
  });
  $('add-row').addEventListener('click', () => openInsertForm(route()));
  $('run-sql').addEventListener('click', runSql);
  $('console-csv').addEventListener('click', () => exportSql('csv'));
  $('console-json').addEventListener('click', () => exportSql('json'));
  window.addEventListener('hashchange', show);
  try {
    await loadMeta();
    await show();
  } catch (e) {
    say(e.message, 'error');
  }
});
