/*
 * 政府信息公开年度报告核查 · 仪表板 (dashboard)
 * Plain ES2020, no framework, no build step. Every piece of data is put into the page with
 * textContent / setAttribute through el(); innerHTML is never used.
 *
 * Routes (hash):  #/?year=&region=&verdict=&rule=&severity=&sort=   overview
 *                 #/report/{id}                                     one report
 *                 #/body/{key}                                      one body's years, year over year
 *                 #/upload                                          upload report files
 * Page URL:       ?code=KEY  sent as x-functions-key on every API call
 *                 ?mock=1    read sample-data/*.json instead of the API (development only)
 */
(function () {
  'use strict';

  // ---------------------------------------------------------------- settings

  const pageParams = new URLSearchParams(window.location.search);
  const FUNCTION_KEY = pageParams.get('code') || '';
  const MOCK = pageParams.get('mock') === '1';
  const PAGE_SIZE = 50;

  /** Folder of this page, so sample-data/ resolves whether the page is served as /, /index.html or /api/dashboard. */
  const PAGE_DIR = (function () {
    const path = window.location.pathname;
    if (path.endsWith('/')) return path;
    const last = path.slice(path.lastIndexOf('/') + 1);
    return last.includes('.') ? path.slice(0, path.lastIndexOf('/') + 1) : path + '/';
  })();

  // ---------------------------------------------------------------- labels

  /*
   * The names of statuses, verdicts, severities, date statuses and tracking states, each name → { zh, en }, in the
   * order the server lists them: read once from GET /api/names (the server's one mapping) before the first view.
   */
  let VERDICTS = {};
  let VERDICT_RANK = {};
  let STATUSES = {};
  let SEVERITIES = {};
  let SEVERITY_RANK = {};
  let DATE_STATUSES = {};
  let TRACKING_STATES = {};
  let namesLoaded = null;

  function loadNames() {
    const byName = (list) => Object.fromEntries(list.map((n) => [n.name, { zh: n.zh, en: n.en }]));
    const rank = (names) => Object.fromEntries(names.map((n, i) => [n, i]));
    namesLoaded = namesLoaded || api('/api/names').then((names) => {
      VERDICTS = byName(names.verdicts);
      VERDICT_RANK = rank(names.verdictsWorstFirst);
      STATUSES = byName(names.statuses);
      SEVERITIES = byName(names.severities);
      SEVERITY_RANK = rank(names.severities.map((n) => n.name));
      DATE_STATUSES = byName(names.dateStatuses);
      TRACKING_STATES = byName(names.trackingStates);
    }, (err) => {
      namesLoaded = null; // asked again on the next view (e.g. once a key is given)
      throw err;
    });
    return namesLoaded;
  }

  const DECISIONS = {
    confirmed: '已确认 confirmed',
    dismissed: '误报 dismissed',
  };

  const SECTION_NAMES = {
    2: '二、主动公开政府信息情况',
    3: '三、收到和处理政府信息公开申请情况',
    4: '四、政府信息公开行政复议、行政诉讼情况',
  };

  /* Section 二. Rows in canonical order: key, label, group (the 条例 clause), columns. */
  const ACTIVE_DISCLOSURE_ROWS = {
    2021: [
      { key: 'regulations', label: '规章', group: '第二十条第（一）项', columns: ['issued', 'repealed', 'in_force'] },
      { key: 'normative_documents', label: '行政规范性文件', group: '第二十条第（一）项', columns: ['issued', 'repealed', 'in_force'] },
      { key: 'licensing', label: '行政许可', group: '第二十条第（五）项', columns: ['decisions'] },
      { key: 'penalty', label: '行政处罚', group: '第二十条第（六）项', columns: ['decisions'] },
      { key: 'enforcement', label: '行政强制', group: '第二十条第（六）项', columns: ['decisions'] },
      { key: 'fees', label: '行政事业性收费', group: '第二十条第（八）项', columns: ['amount'] },
    ],
    2019: [
      { key: 'regulations', label: '规章', group: '第二十条第（一）项', columns: ['made', 'published', 'total_published'] },
      { key: 'normative_documents', label: '规范性文件', group: '第二十条第（一）项', columns: ['made', 'published', 'total_published'] },
      { key: 'licensing', label: '行政许可', group: '第二十条第（五）项', columns: ['previous_items', 'change', 'decisions'] },
      { key: 'other_services', label: '其他对外管理服务事项', group: '第二十条第（五）项', columns: ['previous_items', 'change', 'decisions'] },
      { key: 'penalty', label: '行政处罚', group: '第二十条第（六）项', columns: ['previous_items', 'change', 'decisions'] },
      { key: 'enforcement', label: '行政强制', group: '第二十条第（六）项', columns: ['previous_items', 'change', 'decisions'] },
      { key: 'fees', label: '行政事业性收费', group: '第二十条第（八）项', columns: ['previous_items', 'change'] },
      { key: 'procurement', label: '政府集中采购', group: '第二十条第（九）项', columns: ['items', 'amount'] },
    ],
  };

  const ACTIVE_DISCLOSURE_COLUMNS = {
    issued: '本年制发件数',
    repealed: '本年废止件数',
    in_force: '现行有效件数',
    decisions: '本年处理决定数量',
    amount: '金额',
    made: '本年新制作数量',
    published: '本年新公开数量',
    total_published: '对外公开总数量',
    previous_items: '上一年项目数量',
    change: '本年增/减',
    items: '采购项目数量',
  };
  const ACTIVE_DISCLOSURE_COLUMN_LABELS_2021 = { amount: '本年收费金额（单位：万元）' };
  const ACTIVE_DISCLOSURE_COLUMN_LABELS_2019 = { amount: '采购总金额' };

  /* Section 三. Columns and rows in canonical order; `heading` rows are labels only, `indent` nests. */
  const APPLICANT_COLUMNS = ['natural', 'commercial', 'research', 'public_interest', 'legal_services', 'other', 'total'];
  const APPLICANT_COLUMN_LABELS = {
    natural: '自然人',
    commercial: '商业企业',
    research: '科研机构',
    public_interest: '社会公益组织',
    legal_services: '法律服务机构',
    other: '其他',
    total: '总计',
  };

  const APPLICATIONS_HEAD = [
    { key: 'new', label: '一、本年新收政府信息公开申请数量' },
    { key: 'carried_in', label: '二、上年结转政府信息公开申请数量' },
    { heading: '三、本年度办理结果' },
    { key: 'result.disclosed', label: '（一）予以公开', indent: 1 },
    { key: 'result.partial', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', indent: 1 },
    { heading: '（三）不予公开', indent: 1 },
    { key: 'result.withheld.1', label: '1.属于国家秘密', indent: 2 },
    { key: 'result.withheld.2', label: '2.其他法律行政法规禁止公开', indent: 2 },
    { key: 'result.withheld.3', label: '3.危及“三安全一稳定”', indent: 2 },
    { key: 'result.withheld.4', label: '4.保护第三方合法权益', indent: 2 },
    { key: 'result.withheld.5', label: '5.属于三类内部事务信息', indent: 2 },
    { key: 'result.withheld.6', label: '6.属于四类过程性信息', indent: 2 },
    { key: 'result.withheld.7', label: '7.属于行政执法案卷', indent: 2 },
    { key: 'result.withheld.8', label: '8.属于行政查询事项', indent: 2 },
    { heading: '（四）无法提供', indent: 1 },
    { key: 'result.unavailable.1', label: '1.本机关不掌握相关政府信息', indent: 2 },
    { key: 'result.unavailable.2', label: '2.没有现成信息需要另行制作', indent: 2 },
    { key: 'result.unavailable.3', label: '3.补正后申请内容仍不明确', indent: 2 },
    { heading: '（五）不予处理', indent: 1 },
    { key: 'result.not_processed.1', label: '1.信访举报投诉类申请', indent: 2 },
    { key: 'result.not_processed.2', label: '2.重复申请', indent: 2 },
    { key: 'result.not_processed.3', label: '3.要求提供公开出版物', indent: 2 },
    { key: 'result.not_processed.4', label: '4.无正当理由大量反复申请', indent: 2 },
    { key: 'result.not_processed.5', label: '5.要求行政机关确认或重新出具已获取信息', indent: 2 },
  ];
  const APPLICATIONS_TAIL = [
    { key: 'result.total', label: '（七）总计', indent: 1 },
    { key: 'carried_out', label: '四、结转下年度继续办理' },
  ];
  const APPLICATION_ROWS = {
    2021: [
      ...APPLICATIONS_HEAD,
      { heading: '（六）其他处理', indent: 1 },
      { key: 'result.other.1', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', indent: 2 },
      { key: 'result.other.2', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', indent: 2 },
      { key: 'result.other.3', label: '3.其他', indent: 2 },
      ...APPLICATIONS_TAIL,
    ],
    2019: [
      ...APPLICATIONS_HEAD,
      { key: 'result.other', label: '（六）其他处理', indent: 1 },
      ...APPLICATIONS_TAIL,
    ],
  };

  /* Section 四. */
  const REVIEW_GROUPS = ['review', 'litigation_direct', 'litigation_after_review'];
  const REVIEW_GROUP_LABELS = {
    review: '行政复议',
    litigation_direct: '行政诉讼（未经复议直接起诉）',
    litigation_after_review: '行政诉讼（复议后起诉）',
  };
  const REVIEW_CELLS = ['upheld', 'corrected', 'other', 'pending', 'total'];
  const REVIEW_CELL_LABELS = {
    upheld: '结果维持',
    corrected: '结果纠正',
    other: '其他结果',
    pending: '尚未审结',
    total: '总计',
  };

  /* Outcomes for the overview chart: summary.statistics.applications keys (or their prefixes). */
  const OUTCOMES = [
    { key: 'result.disclosed', zh: '予以公开', en: 'disclosed' },
    { key: 'result.partial', zh: '部分公开', en: 'partly disclosed' },
    { key: 'result.withheld', zh: '不予公开', en: 'withheld' },
    { key: 'result.unavailable', zh: '无法提供', en: 'unavailable' },
    { key: 'result.not_processed', zh: '不予处理', en: 'not processed' },
    { key: 'result.other', zh: '其他处理', en: 'other' },
  ];

  // ---------------------------------------------------------------- DOM helpers

  const SAFE_PROTOCOLS = ['http:', 'https:'];

  /** An href that can only go to a web page or to one of our own routes; anything else (javascript:, data:) is null. */
  function safeHref(value) {
    if (value == null) return null;
    const text = String(value).trim();
    if (text.startsWith('#')) return text;
    try {
      const url = new URL(text, window.location.href);
      return SAFE_PROTOCOLS.includes(url.protocol) ? url.href : null;
    } catch (_) {
      return null;
    }
  }

  function appendChildren(node, children) {
    for (const child of children) {
      if (child == null || child === false) continue;
      if (Array.isArray(child)) appendChildren(node, child);
      else if (child instanceof Node) node.appendChild(child);
      else node.appendChild(document.createTextNode(String(child)));
    }
    return node;
  }

  function setAttributes(node, attrs) {
    if (!attrs) return;
    for (const [name, value] of Object.entries(attrs)) {
      if (value == null || value === false) continue;
      if (name === 'class') node.setAttribute('class', Array.isArray(value) ? value.flat(3).filter(Boolean).join(' ') : value);
      else if (name === 'dataset') for (const [k, v] of Object.entries(value)) { if (v != null) node.dataset[k] = String(v); }
      else if (name === 'text') node.textContent = String(value);
      else if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
      else if (name === 'href' || name === 'src' || name === 'action') {
        const href = safeHref(value);
        if (href != null) node.setAttribute(name, href);
      } else if (value === true) node.setAttribute(name, '');
      else node.setAttribute(name, String(value));
    }
  }

  /** el('a', {href, class}, 'text', child, [more]) — the only way this file creates HTML elements. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    setAttributes(node, attrs);
    return appendChildren(node, children);
  }

  const SVG_NS = 'http://www.w3.org/2000/svg';
  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG_NS, tag);
    setAttributes(node, attrs);
    return appendChildren(node, children);
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  const numberFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
  function fmt(value) {
    if (value == null || value === '') return '—';
    return typeof value === 'number' ? numberFormat.format(value) : String(value);
  }

  /**
   * A money cell ({value, unit, raw, yuan}) as the report states it: 8.74万元, never a bare number, since
   * 元 and 万元 differ by a factor of 10,000. A number without a stated unit is marked so.
   */
  const amountFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 6 });
  function isAmount(value) {
    return value != null && typeof value === 'object' && 'value' in value;
  }
  function fmtAmount(amount) {
    if (amount.value == null) return '—';
    // 0 is 0 in any unit; any other number without a unit cannot be read as 元 or 万元.
    return amountFormat.format(amount.value) + (amount.unit || (amount.yuan == null ? '（单位未写明）' : ''));
  }
  function amountTips(amount) {
    const tips = [];
    if (amount.unit && amount.yuan != null && amount.unit !== '元') tips.push(`折合 ${amountFormat.format(amount.yuan)} 元 (${amount.yuan} yuan)`);
    if (!amount.unit) tips.push('单元格、表头和表注都没有写明单位 no unit stated' + (amount.yuan == null ? '，未换算为元 not converted to 元' : ''));
    return tips;
  }

  function fmtYear(year) {
    return year == null || year === '' ? '—' : String(year);
  }

  /** Rough rendered width of a label at 13px: CJK and full-width characters are wider than Latin ones. */
  function textWidth(text) {
    let w = 0;
    for (const ch of text) w += /[\u2e80-\uffef]/.test(ch) ? 13.5 : 7.2;
    return w;
  }

  function fitText(text, width) {
    if (textWidth(text) <= width) return text;
    let out = '';
    for (const ch of text) {
      if (textWidth(out + ch + '…') > width) break;
      out += ch;
    }
    return out + '…';
  }

  function fmtDateTime(iso) {
    if (!iso) return '—';
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return String(iso);
    const p = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
  }

  function bilingual(zh, en, cls) {
    return el('span', { class: ['bi', cls] }, zh, en ? el('span', { class: 'en' }, en) : null);
  }

  /** A report whose source file was deleted: kept, but out of the counts, lists and exports. */
  function deletedBadge(deleted) {
    return deleted
      ? el('span', { class: ['badge', 'source-deleted'], 'data-testid': 'source-deleted', title: 'the source file was deleted; the report is kept but no longer counted' }, '原文件已删除')
      : null;
  }

  function verdictBadge(verdict) {
    const v = VERDICTS[verdict];
    return el('span', { class: ['badge', 'verdict-' + (v ? verdict : 'unknown')], title: v ? v.en : null },
      v ? v.zh : (verdict || '未知'));
  }

  function severityChip(severity) {
    const s = SEVERITIES[severity];
    return el('span', { class: ['sev', 'sev-' + (s ? severity : 'notice')], title: s ? s.en : null },
      s ? s.zh : (severity || '—'));
  }

  function dateStatusBadge(status) {
    if (!status || status === 'on-time') return null;
    const s = DATE_STATUSES[status];
    return el('span', { class: ['badge', 'date-' + status], title: s ? s.en : null }, s ? s.zh : status);
  }

  function bodyName(name) {
    return name == null || name === '' ? el('span', { class: 'muted' }, '（未识别机关 body unknown）') : name;
  }

  function panel(title, attrs, ...children) {
    return el('section', Object.assign({ class: 'panel' }, attrs || {}),
      title ? el('h2', { class: 'panel-title' }, title) : null,
      ...children);
  }

  // ---------------------------------------------------------------- API

  class ApiError extends Error {
    constructor(status, message) {
      super(message);
      this.status = status;
    }
  }

  const mockReviews = new Map();

  async function api(path, options) {
    if (MOCK) return mockApi(path, options || {});
    const headers = { Accept: 'application/json' };
    if (FUNCTION_KEY) headers['x-functions-key'] = FUNCTION_KEY;
    const init = { method: 'GET', headers, credentials: 'same-origin' };
    if (options && options.body !== undefined) {
      init.method = options.method || 'POST';
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(options.body);
    }
    let response;
    try {
      response = await fetch(path, init);
    } catch (err) {
      throw new ApiError(0, '无法连接服务器 cannot reach the server: ' + err.message);
    }
    if (!response.ok) {
      let detail = '';
      try { detail = (await response.text()).slice(0, 300); } catch (_) { /* ignore */ }
      throw new ApiError(response.status, `HTTP ${response.status}${detail ? ' · ' + detail : ''}`);
    }
    return response.status === 204 ? null : response.json();
  }

  /** ?mock=1: the same calls answered from sample-data/*.json, with filters, sorting and reviews done here. */
  async function mockApi(path, options) {
    const url = new URL(path, window.location.origin);
    const q = url.searchParams;
    const load = async (file) => {
      const response = await fetch(PAGE_DIR + 'sample-data/' + file, { cache: 'no-store' });
      if (!response.ok) throw new ApiError(response.status === 404 ? 404 : response.status, `示例数据中没有 ${file} (no sample file)`);
      return response.json();
    };
    const p = url.pathname;
    let m;
    if (p === '/api/summary') return load('summary.json');
    if (p === '/api/rules') return load('rules.json');
    if (p === '/api/names') return load('names.json');
    if ((m = p.match(/^\/api\/reports\/([^/]+)\/findings\/([^/]+)\/review$/))) {
      const key = decodeURIComponent(m[1]) + '|' + decodeURIComponent(m[2]);
      const review = Object.assign({}, options.body, { reviewer: '示例用户 mock', reviewedAt: new Date().toISOString() });
      mockReviews.set(key, review);
      return { id: decodeURIComponent(m[2]), review };
    }
    if ((m = p.match(/^\/api\/reports\/([^/]+)$/))) {
      const id = decodeURIComponent(m[1]);
      const detail = await load('report-' + id.replace(/[^A-Za-z0-9_-]/g, '') + '.json');
      for (const f of detail.findings || []) {
        const review = mockReviews.get(id + '|' + f.id);
        if (review) f.review = review;
      }
      return detail;
    }
    if (p === '/api/reports') {
      const page = await load(q.get('continuationToken') ? 'reports-page2.json' : 'reports.json');
      let items = page.items || [];
      for (const field of ['year', 'region', 'verdict', 'status', 'body']) {
        const want = q.get(field);
        if (want) items = items.filter((r) => String(r[field === 'body' ? 'bodyKey' : field]) === want);
      }
      const sort = q.get('sort');
      if (sort) items = items.slice().sort(comparator(sort));
      return { items, continuationToken: page.continuationToken };
    }
    if (p.startsWith('/api/bodies/')) return load('body.json');
    throw new ApiError(404, '示例数据不支持 ' + p);
  }

  // ---------------------------------------------------------------- router

  const app = document.getElementById('app');
  let renderSeq = 0;

  function parseHash() {
    const raw = window.location.hash.replace(/^#/, '') || '/';
    const qAt = raw.indexOf('?');
    const path = qAt >= 0 ? raw.slice(0, qAt) : raw;
    const query = new URLSearchParams(qAt >= 0 ? raw.slice(qAt + 1) : '');
    return { path, query };
  }

  async function route() {
    const seq = ++renderSeq;
    const { path, query } = parseHash();
    const isCurrent = () => seq === renderSeq;
    document.getElementById('nav-overview').classList.toggle('active', path === '/' || path === '');
    document.getElementById('nav-upload').classList.toggle('active', path === '/upload');
    clear(app).appendChild(el('p', { class: 'loading' }, '正在加载… Loading…'));
    try {
      await loadNames();
      let m;
      if ((m = path.match(/^\/report\/(.+)$/))) await renderReport(decodeURIComponent(m[1]), isCurrent);
      else if ((m = path.match(/^\/body\/(.+)$/))) await renderBody(decodeURIComponent(m[1]), isCurrent);
      else if (path === '/upload') renderUpload(isCurrent);
      else await renderOverview(query, isCurrent);
    } catch (err) {
      if (isCurrent()) renderError(err);
    }
  }

  function renderError(err) {
    clear(app);
    if (err instanceof ApiError && (err.status === 401 || err.status === 403)) {
      const input = el('input', { type: 'password', id: 'key-input', placeholder: '函数密钥 function key', autocomplete: 'off' });
      const use = () => {
        const value = input.value.trim();
        if (!value) return;
        const params = new URLSearchParams(window.location.search);
        params.set('code', value);
        window.location.search = params.toString();
      };
      input.addEventListener('keydown', (e) => { if (e.key === 'Enter') use(); });
      app.appendChild(panel('需要访问密钥 Access key required', { class: 'panel panel-alert', 'data-testid': 'auth-error' },
        el('p', null, err.status === 401
          ? '服务器拒绝了请求（401）：缺少或错误的访问密钥。请在网址中加上 ?code=您的密钥，或在下方输入密钥后重新加载。'
          : '服务器拒绝了请求（403）：此密钥无权访问。请向系统管理员索取正确的密钥。'),
        el('p', { class: 'en' }, 'The API needs a function key: add ?code=<key> to the page address, or enter it below.'),
        el('div', { class: 'key-form' }, input, el('button', { type: 'button', class: 'btn btn-primary', onclick: use }, '使用此密钥 Use key'))));
      return;
    }
    const notFound = err instanceof ApiError && err.status === 404;
    app.appendChild(panel(notFound ? '未找到 Not found' : '加载失败 Could not load', { class: 'panel panel-alert', 'data-testid': 'load-error' },
      el('p', null, notFound ? '请求的内容不存在或已被删除。' : '请稍后重试；如果问题持续，请联系系统管理员。'),
      el('p', { class: 'muted mono' }, err && err.message ? err.message : String(err)),
      el('p', null, el('a', { href: '#/' }, '← 返回总览 back to overview'))));
  }

  // ---------------------------------------------------------------- overview

  const SERVER_SORTS = new Set(['body', '-body', 'year', '-year', 'verdict', 'errors', '-errors', 'publishedOn']);
  const COLUMNS = [
    { field: 'body', zh: '机关', en: 'body', first: 'asc' },
    { field: 'region', zh: '地区', en: 'region', first: 'asc' },
    { field: 'year', zh: '年度', en: 'year', first: 'desc' },
    { field: 'verdict', zh: '结论', en: 'verdict', first: 'asc' },
    { field: 'errors', zh: '错误', en: 'errors', first: 'desc', numeric: true },
    { field: 'warnings', zh: '警告', en: 'warnings', first: 'desc', numeric: true },
    { field: 'publishedOn', zh: '发布日期', en: 'published', first: 'asc' },
  ];

  function comparator(sort) {
    const desc = sort.startsWith('-');
    const field = desc ? sort.slice(1) : sort;
    const value = (r) => {
      const v = r[field];
      if (field === 'verdict') return v in VERDICT_RANK ? VERDICT_RANK[v] : 9;
      return v;
    };
    return (a, b) => {
      const x = value(a);
      const y = value(b);
      if (x == null && y == null) return 0;
      if (x == null) return 1; // blanks last either way
      if (y == null) return -1;
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
      return desc ? -c : c;
    };
  }

  function overviewHash(query) {
    const clean = new URLSearchParams();
    for (const [k, v] of query) if (v) clean.set(k, v);
    const s = clean.toString();
    return '#/' + (s ? '?' + s : '');
  }

  function withCode(path) {
    if (!FUNCTION_KEY) return path;
    return path + (path.includes('?') ? '&' : '?') + 'code=' + encodeURIComponent(FUNCTION_KEY);
  }

  async function renderOverview(query, isCurrent) {
    const year = query.get('year') || '';
    const region = query.get('region') || '';
    const verdict = query.get('verdict') || '';
    const rule = query.get('rule') || '';
    const severity = query.get('severity') || '';
    const sort = query.get('sort') || '-errors';

    const scope = new URLSearchParams();
    if (year) scope.set('year', year);
    if (region) scope.set('region', region);

    const listQuery = new URLSearchParams(scope);
    for (const [k, v] of [['verdict', verdict], ['rule', rule], ['severity', severity]]) if (v) listQuery.set(k, v);
    const serverSort = SERVER_SORTS.has(sort) ? sort : '-errors';
    listQuery.set('sort', serverSort);
    listQuery.set('pageSize', String(PAGE_SIZE));

    const [summary, page] = await Promise.all([
      api('/api/summary' + (scope.toString() ? '?' + scope : '')),
      api('/api/reports?' + listQuery),
    ]);
    if (!isCurrent()) return;

    const setFilter = (name, value) => {
      const next = new URLSearchParams(query);
      if (value) next.set(name, value); else next.delete(name);
      window.location.hash = overviewHash(next);
    };

    const view = el('div', { class: 'overview', 'data-testid': 'overview' });
    view.appendChild(filterBar(summary, { year, region, verdict, rule, severity }, setFilter, scope));
    view.appendChild(cards(summary, setFilter));
    view.appendChild(el('div', { class: 'grid-2' },
      rulesChart(summary, setFilter, rule),
      outcomesPanel(summary)));
    view.appendChild(el('div', { class: 'grid-2' },
      missingPanel(summary),
      datesPanel(summary)));
    view.appendChild(bodiesPanel(page, listQuery, sort, query));
    clear(app).appendChild(view);

    // Rectification tracking, like the collection log, on its own: the overview does not wait for it or fail with it.
    try {
      const tracking = await api('/api/tracking' + (scope.toString() ? '?' + scope : ''));
      if (isCurrent() && tracking) view.appendChild(trackingPanel(tracking));
    } catch (_) { /* mock data has no tracking: no section */ }

    // The collection log comes after the reports, on its own: the overview does not wait for it or fail with it.
    const runId = query.get('run') || '';
    try {
      const collection = await api('/api/collection?copies=true' + (runId ? '&run=' + encodeURIComponent(runId) : ''));
      if (isCurrent() && collection && (collection.runs || []).length) view.appendChild(collectionPanel(collection, setFilter));
    } catch (_) { /* no collection yet, or the mock data has none: no section */ }
  }

  /** 整改跟踪 Rectification tracking: per region and per body, open, notified, corrected and overdue findings. */
  function trackingPanel(data) {
    const columns = [['open', '待复核', 'open'], ['confirmed', '已确认', 'confirmed'], ['notified', '已通知', 'notified'], ['corrected', '已整改', 'corrected'], ['overdue', '逾期', 'overdue']];
    const head = (first) => el('tr', null, first.map((h) => el('th', null, h)), columns.map(([, zh, en]) => el('th', { class: 'num' }, zh, el('span', { class: 'en' }, ' ' + en))));
    const cells = (counts) => columns.map(([key]) => el('td', { class: ['num', key === 'overdue' && counts[key] ? 'overdue' : null], 'data-count': key }, fmt(counts[key] || 0)));
    const regions = el('table', { class: 'mini-table', 'data-testid': 'tracking-regions' },
      el('thead', null, head(['地区 region'])),
      el('tbody', null, (data.regions || []).map((g) => el('tr', { 'data-testid': 'tracking-region', 'data-region': g.region }, el('td', null, g.region || '—'), cells(g.counts)))));
    const bodies = el('table', { class: 'mini-table', 'data-testid': 'tracking-bodies' },
      el('thead', null, head(['机关 body', '地区 region'])),
      el('tbody', null, (data.bodies || []).map((g) => el('tr', { 'data-testid': 'tracking-body', 'data-body': g.body },
        el('td', null, g.bodyKey ? el('a', { href: '#/body/' + encodeURIComponent(g.bodyKey) }, bodyName(g.body)) : bodyName(g.body)),
        el('td', null, g.region || '—'), cells(g.counts)))));
    return panel('整改跟踪 Rectification tracking', { 'data-testid': 'tracking-panel' },
      el('p', { class: 'muted' }, `逾期：已通知整改且已过回复期限（截至 ${data.today || '—'}） overdue: notified and past the reply deadline`),
      el('div', { class: 'table-wrap' }, regions),
      el('div', { class: 'table-wrap' }, bodies));
  }

  const COLLECTION_OUTCOMES = {
    stored: ['已保存', 'stored'],
    skipped: ['相同内容已有', 'skipped: same content'],
    listed: ['栏目已读', 'column read'],
    'not-a-report': ['非所需报告', 'not a report'],
    'not-found': ['链接失效', 'not found (404)'],
    robots: ['robots.txt 拒绝', 'refused by robots.txt'],
    'too-large': ['文件过大', 'too large'],
    'timed-out': ['超时', 'timed out'],
    error: ['错误', 'error'],
  };

  /** 采集 Collection: one run's outcome per URL (the latest run unless ?run= picks one). */
  function collectionPanel(data, setFilter) {
    const runs = data.runs || [];
    const picker = select('collection-run', '采集批次 run',
      runs.map((r) => [r.run, `${r.run} · ${(r.startedAt || '').slice(0, 16).replace('T', ' ')} · ${r.queued} 项`]),
      data.run || '', (value) => setFilter('run', value));
    const counts = el('p', { class: 'panel-note', 'data-testid': 'collection-counts' },
      Object.entries(data.counts || {}).map(([outcome, n]) => {
        const label = COLLECTION_OUTCOMES[outcome] || [outcome, outcome];
        return el('span', { class: 'chip', title: label[1] }, `${label[0]} ${label[1]}: ${n}`);
      }));
    const record = new Set((data.copies || []).filter((c) => c.isRecord).map((c) => c.blobPath));
    const rows = (data.items || []).map((e) => {
      const label = COLLECTION_OUTCOMES[e.outcome] || [e.outcome, e.outcome];
      const ok = e.outcome === 'stored' || e.outcome === 'skipped' || e.outcome === 'listed';
      return el('tr', { 'data-outcome': e.outcome },
        el('td', null, el('span', { class: ['badge', ok ? 'verdict-passed' : 'verdict-warnings'], title: label[1] }, label[0])),
        el('td', null, e.title || '', el('div', { class: 'muted small' }, e.body || '')),
        el('td', { class: 'small' }, el('a', { href: e.url, rel: 'noopener noreferrer', target: '_blank' }, e.url),
          e.finalUrl ? el('div', { class: 'muted small' }, '→ ' + e.finalUrl) : null),
        el('td', { class: 'small' }, e.blobPath || '', record.has(e.blobPath) ? el('div', { class: 'muted small' }, '以此为准 report of record') : null),
        el('td', { class: 'small' }, e.detail || ''));
    });
    return panel('采集 Collection', { id: 'collection-panel', 'data-testid': 'collection-panel' },
      el('div', { class: 'filters' }, picker), counts,
      el('div', { class: 'table-wrap' },
        el('table', { class: 'data-table', 'data-testid': 'collection-table' },
          el('thead', null, el('tr', null,
            el('th', null, '结果 outcome'), el('th', null, '标题 title'), el('th', null, '地址 URL'),
            el('th', null, '文件 file'), el('th', null, '说明 detail'))),
          el('tbody', null, rows))));
  }

  function select(id, label, options, value, onChange) {
    const node = el('select', { id, onchange: (e) => onChange(e.target.value) },
      options.map(([v, text]) => el('option', { value: v, selected: String(v) === String(value) }, text)));
    return el('label', { class: 'field', for: id }, el('span', { class: 'field-label' }, label), node);
  }

  function filterBar(summary, current, setFilter, scope) {
    const years = (summary.years || []).slice().sort((a, b) => b - a);
    if (current.year && !years.map(String).includes(current.year)) years.unshift(current.year);
    const regions = (summary.regions || []).slice();
    if (current.region && !regions.includes(current.region)) regions.unshift(current.region);

    const chips = [];
    if (current.rule) chips.push(el('span', { class: 'chip' }, '规则 rule: ', el('code', null, current.rule),
      el('button', { type: 'button', class: 'chip-x', title: '清除 clear', 'aria-label': '清除规则筛选', onclick: () => setFilter('rule', '') }, '×')));
    if (current.severity) chips.push(el('span', { class: 'chip' }, '严重程度 severity: ', current.severity,
      el('button', { type: 'button', class: 'chip-x', title: '清除 clear', 'aria-label': '清除严重程度筛选', onclick: () => setFilter('severity', '') }, '×')));

    const scopeText = scope.toString() ? '?' + scope : '';
    return el('section', { class: 'filters panel', 'aria-label': '筛选 filters' },
      el('div', { class: 'filters-row' },
        select('filter-year', '年度 Year', [['', '全部年度 all years'], ...years.map((y) => [y, y + ' 年度'])], current.year, (v) => setFilter('year', v)),
        select('filter-region', '地区 Region', [['', '全部地区 all regions'], ...regions.map((r) => [r, r])], current.region, (v) => setFilter('region', v)),
        select('filter-verdict', '结论 Verdict', [['', '全部结论 all verdicts'],
          ...Object.entries(VERDICTS).map(([k, v]) => [k, `${v.zh} ${v.en}`])], current.verdict, (v) => setFilter('verdict', v)),
        el('div', { class: 'filters-actions' },
          el('a', { class: 'btn', href: '#/', id: 'filter-reset' }, '重置 Reset'),
          el('a', { class: 'btn', id: 'export-reports', href: withCode('/api/export/reports.csv' + scopeText), download: 'reports.csv' }, '⇩ 报告 CSV'),
          el('a', { class: 'btn', id: 'export-findings', href: withCode('/api/export/findings.csv' + scopeText), download: 'findings.csv' }, '⇩ 问题 CSV'),
          el('a', { class: 'btn', id: 'export-reports-xlsx', href: withCode('/api/export/reports.xlsx' + scopeText), download: 'reports.xlsx' }, '⇩ 报告 Excel'),
          el('a', { class: 'btn', id: 'export-findings-xlsx', href: withCode('/api/export/findings.xlsx' + scopeText), download: 'findings.xlsx' }, '⇩ 问题 Excel'))),
      chips.length ? el('div', { class: 'chips' }, chips) : null);
  }

  function card(testid, zh, en, value, opts) {
    const o = opts || {};
    const attrs = { class: ['card', o.cls], 'data-testid': testid, id: testid };
    const body = [
      el('div', { class: 'card-label' }, zh, el('span', { class: 'en' }, en)),
      el('div', { class: 'card-value' }, fmt(value)),
      o.note ? el('div', { class: 'card-note' }, o.note) : null,
    ];
    if (o.onclick) {
      return el('button', Object.assign(attrs, { type: 'button', onclick: o.onclick, title: o.title || null }), body);
    }
    return el('div', attrs, body);
  }

  function cards(summary, setFilter) {
    const v = summary.byVerdict || {};
    const sev = summary.findingsBySeverity || {};
    const dates = summary.dates || {};
    const missing = summary.missingBodies || [];
    const overdue = missing.filter((b) => typeof b.daysLeft === 'number' && b.daysLeft < 0).length;
    return el('section', { class: 'cards', 'aria-label': '概况 overview' },
      card('card-reports', '报告总数', 'Reports', summary.reports, {
        note: summary.year ? `${summary.year} 年度${summary.region ? ' · ' + summary.region : ''}` : (summary.region || '全部年度 all years'),
      }),
      card('card-passed', '通过', 'Passed', v.passed, { cls: 'card-passed', onclick: () => setFilter('verdict', 'passed'), title: '只看通过的报告' }),
      card('card-warnings', '有警告', 'Warnings', v.warnings, { cls: 'card-warnings', onclick: () => setFilter('verdict', 'warnings'), title: '只看有警告的报告' }),
      card('card-failed', '未通过', 'Failed', v.failed, {
        cls: 'card-failed', onclick: () => setFilter('verdict', 'failed'), title: '只看未通过的报告',
        note: `错误 ${fmt(sev.error || 0)} · 警告 ${fmt(sev.warning || 0)} · 提示 ${fmt(sev.notice || 0)}`,
      }),
      card('card-unparseable', '无法解析', 'Unparseable', v.unparseable, { cls: 'card-unparseable', onclick: () => setFilter('verdict', 'unparseable'), title: '只看无法解析的报告' }),
      card('card-missing', '尚未发布', 'Not yet published', missing.length, {
        cls: 'card-missing', note: overdue ? `其中已超过期限 ${overdue} 个` : '名录中尚无报告的机关',
        onclick: () => { const t = document.getElementById('missing-panel'); if (t) t.scrollIntoView({ behavior: 'smooth' }); },
      }),
      card('card-late', '逾期/日期异常', 'Late / impossible', (dates.late || 0) + (dates.impossible || 0), {
        cls: 'card-late', note: `逾期 ${fmt(dates.late || 0)} · 异常 ${fmt(dates.impossible || 0)} · 按时 ${fmt(dates.onTime || 0)}`,
        onclick: () => { const t = document.getElementById('dates-panel'); if (t) t.scrollIntoView({ behavior: 'smooth' }); },
      }));
  }

  /**
   * Horizontal bar chart as inline SVG. items: [{label, sub, value, cls, tooltip, onClick, suffix}].
   */
  function barChart(items, opts) {
    const o = opts || {};
    const width = 640;
    const labelWidth = o.labelWidth || 250;
    const valueWidth = 90;
    const rowHeight = o.sub ? 44 : 32;
    const barHeight = 16;
    const top = 6;
    const height = top * 2 + items.length * rowHeight;
    const max = Math.max(1, ...items.map((i) => i.value || 0));
    const scale = (width - labelWidth - valueWidth) / max;
    const chart = svg('svg', {
      viewBox: `0 0 ${width} ${height}`, width: '100%', role: 'img', class: 'chart',
      'aria-label': o.ariaLabel || '', preserveAspectRatio: 'xMinYMin meet',
    });
    items.forEach((item, i) => {
      const y = top + i * rowHeight;
      const barY = y + (rowHeight - barHeight) / 2;
      const label = String(item.label == null ? '' : item.label);
      const shown = fitText(label, labelWidth - 14);
      const barWidth = Math.max(item.value > 0 ? 2 : 0, (item.value || 0) * scale);
      const group = svg('g', { class: ['bar-row', item.onClick ? 'clickable' : null], dataset: item.data || null },
        svg('title', null, item.tooltip || label),
        svg('rect', { x: 0, y, width, height: rowHeight, class: 'bar-hit' }),
        svg('text', { x: labelWidth - 10, y: o.sub ? y + 18 : y + rowHeight / 2 + 5, 'text-anchor': 'end', class: 'bar-label' }, shown),
        o.sub && item.sub ? svg('text', { x: labelWidth - 10, y: y + 34, 'text-anchor': 'end', class: 'bar-sub' }, item.sub) : null,
        svg('rect', { x: labelWidth, y: barY, width: (width - labelWidth - valueWidth), height: barHeight, rx: 2, class: 'bar-track' }),
        svg('rect', { x: labelWidth, y: barY, width: barWidth, height: barHeight, rx: 2, class: ['bar', item.cls] }),
        svg('text', { x: labelWidth + barWidth + 6, y: barY + barHeight - 3, class: 'bar-value' }, fmt(item.value) + (item.suffix || '')));
      if (item.onClick) {
        group.setAttribute('tabindex', '0');
        group.setAttribute('role', 'link');
        group.addEventListener('click', item.onClick);
        group.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); item.onClick(); } });
      }
      chart.appendChild(group);
    });
    return chart;
  }

  function rulesChart(summary, setFilter, activeRule) {
    const rules = (summary.topRules || []).slice(0, 12);
    const content = rules.length
      ? barChart(rules.map((r) => ({
        label: r.title || r.rule,
        sub: `${r.rule} · ${(SEVERITIES[r.severity] || {}).zh || r.severity || ''}`,
        value: r.reports,
        suffix: ' 份',
        cls: ['sev-' + (r.severity || 'notice'), r.rule === activeRule ? 'active' : null],
        tooltip: `${r.title || ''}\n${r.rule}（${(SEVERITIES[r.severity] || {}).zh || r.severity}）：${r.reports} 份报告\n点击筛选下表 click to filter the table`,
        data: { rule: r.rule },
        onClick: () => setFilter('rule', r.rule === activeRule ? '' : r.rule),
      })), { sub: true, labelWidth: 300, ariaLabel: '按规则统计的问题 findings by rule' })
      : el('p', { class: 'empty' }, '本范围内没有发现问题。No findings in this scope.');
    return panel('问题最多的规则 Findings by rule', { 'data-testid': 'chart-rules', id: 'chart-rules' },
      el('p', { class: 'panel-note' }, '每条规则涉及的报告份数；点击条形筛选下方机关表。Reports per rule; click a bar to filter the table.'),
      el('div', { class: 'legend' },
        Object.keys(SEVERITIES).map((s) => el('span', { class: 'legend-item' }, el('i', { class: 'swatch sev-' + s }), SEVERITIES[s].zh + ' ' + SEVERITIES[s].en))),
      content);
  }

  function statValue(flat, key) {
    if (!flat) return 0;
    if (typeof flat[key] === 'number') return flat[key];
    let sum = 0;
    let seen = false;
    for (const [k, v] of Object.entries(flat)) {
      if (k.startsWith(key + '.') && typeof v === 'number') { sum += v; seen = true; }
    }
    return seen ? sum : 0;
  }

  function outcomesPanel(summary) {
    const stats = (summary.statistics || {}).applications || {};
    const total = typeof stats['result.total'] === 'number' ? stats['result.total'] : OUTCOMES.reduce((s, o) => s + statValue(stats, o.key), 0);
    const items = OUTCOMES.map((o) => {
      const value = statValue(stats, o.key);
      const share = total > 0 ? Math.round((value / total) * 1000) / 10 : 0;
      return {
        label: `${o.zh} ${o.en}`, value, suffix: total > 0 ? `（${share}%）` : '',
        cls: 'outcome-' + o.key.replace('result.', '').replace('_', '-'),
        tooltip: `${o.zh}：${fmt(value)} 件，占办理总数 ${share}%`,
      };
    });
    const rl = (summary.statistics || {}).reviewLitigation || {};
    const headline = el('dl', { class: 'headline' },
      [['new', '本年新收', 'new'], ['carried_in', '上年结转', 'carried in'], ['result.total', '办理总计', 'handled'], ['carried_out', '结转下年', 'carried out']]
        .map(([k, zh, en]) => el('div', { class: 'headline-item' }, el('dt', null, zh, el('span', { class: 'en' }, en)), el('dd', null, fmt(stats[k])))));
    const rlTable = el('table', { class: 'mini-table', 'data-testid': 'review-litigation-summary' },
      el('thead', null, el('tr', null, el('th', null, '复议与诉讼'), REVIEW_CELLS.map((c) => el('th', { class: 'num' }, REVIEW_CELL_LABELS[c])))),
      el('tbody', null, REVIEW_GROUPS.map((g) => el('tr', null, el('th', { scope: 'row' }, REVIEW_GROUP_LABELS[g]),
        REVIEW_CELLS.map((c) => el('td', { class: 'num' }, fmt(rl[`${g}.${c}`])))))));
    return panel('申请办理结果 Applications by outcome', { 'data-testid': 'chart-outcomes', id: 'chart-outcomes' },
      el('p', { class: 'panel-note' }, '范围内全部报告第三部分“总计”列之和。Sum of the total column of section 三 over the reports in scope.'),
      headline,
      total > 0 || items.some((i) => i.value > 0)
        ? barChart(items, { labelWidth: 200, ariaLabel: '按办理结果统计的申请 applications by outcome' })
        : el('p', { class: 'empty' }, '暂无申请数据。No application figures.'),
      el('h3', { class: 'sub-title' }, '行政复议、行政诉讼 Review and litigation'),
      rlTable,
      amountsTable(summary));
  }

  /** Section 二's amounts summed in 元 over the scope; reports whose amount states no unit are counted, not summed. */
  const AMOUNT_LABELS = { 'procurement.amount': '采购总金额 procurement', 'fees.amount': '本年收费金额 fees' };
  function amountsTable(summary) {
    const amounts = (summary.statistics || {}).amounts || {};
    const keys = Object.keys(amounts);
    if (!keys.length) return null;
    return el('table', { class: 'mini-table', 'data-testid': 'amounts-summary' },
      el('thead', null, el('tr', null, el('th', null, '金额 amounts'), el('th', { class: 'num' }, '合计（元）total in 元'),
        el('th', { class: 'num' }, '报告 reports'), el('th', { class: 'num' }, '未写明单位 no unit'))),
      el('tbody', null, keys.map((k) => el('tr', { 'data-amount': k },
        el('th', { scope: 'row' }, AMOUNT_LABELS[k] || k),
        el('td', { class: 'num' }, amountFormat.format(amounts[k].yuan || 0) + '元'),
        el('td', { class: 'num' }, fmt(amounts[k].reports)),
        el('td', { class: 'num', title: '这些报告的金额没有写明元或万元，未计入合计 these reports state no unit; left out of the total' }, fmt(amounts[k].noUnit))))));
  }

  function missingPanel(summary) {
    const missing = (summary.missingBodies || []).slice().sort((a, b) => (a.daysLeft ?? 1e9) - (b.daysLeft ?? 1e9));
    const list = missing.length
      ? el('ul', { class: 'plain-list scroll', 'data-testid': 'missing-list' }, missing.map((b) => {
        const d = b.daysLeft;
        const due = typeof d !== 'number' ? el('span', { class: 'muted' }, '期限不详')
          : d < 0 ? el('span', { class: 'badge date-late' }, `已超期 ${-d} 天`)
            : d === 0 ? el('span', { class: 'badge date-late' }, '今天截止')
              : el('span', { class: ['badge', d <= 14 ? 'due-soon' : 'due-later'] }, `剩余 ${d} 天`);
        return el('li', { 'data-testid': 'missing-body' }, el('span', { class: 'grow' }, bodyName(b.body),
          b.region ? el('span', { class: 'muted small' }, ' · ' + b.region) : null), due);
      }))
      : el('p', { class: 'empty' }, '名录中的机关都已发布。Every body on the roster has published.');
    return panel(`尚未发布 Not yet published（${missing.length}）`, { id: 'missing-panel', 'data-testid': 'missing-panel' },
      el('p', { class: 'panel-note' }, '名录中本年度尚无报告的机关，按剩余天数排序。Bodies on the roster with no report yet, by days left.'),
      list);
  }

  function datesPanel(summary) {
    const issues = summary.dateIssues || [];
    const dates = summary.dates || {};
    const list = issues.length
      ? el('table', { class: 'mini-table', 'data-testid': 'date-issues' },
        el('thead', null, el('tr', null, el('th', null, '机关 body'), el('th', null, '年度'), el('th', null, '发布日期'), el('th', null, '期限'), el('th', null, '情况'))),
        el('tbody', null, issues.map((i) => el('tr', { 'data-testid': 'date-issue', 'data-report-id': i.id },
          el('td', null, el('a', { href: '#/report/' + encodeURIComponent(i.id) }, bodyName(i.body))),
          el('td', null, fmtYear(i.year)),
          el('td', { class: 'mono' }, i.publishedOn || '—'),
          el('td', { class: 'mono' }, i.deadline || '—'),
          el('td', null, dateStatusBadge(i.dateStatus))))))
      : el('p', { class: 'empty' }, '没有逾期或日期异常的报告。No late or impossible dates.');
    return panel('逾期与日期异常 Late and impossible dates', { id: 'dates-panel', 'data-testid': 'dates-panel' },
      el('p', { class: 'panel-note' },
        `按时 ${fmt(dates.onTime || 0)} · 逾期 ${fmt(dates.late || 0)} · 日期异常 ${fmt(dates.impossible || 0)} · 日期不详 ${fmt(dates.unknown || 0)}。“日期异常”指发布日期早于报告年度结束等不可能的日期。`),
      el('div', { class: 'scroll' }, list));
  }

  function bodiesPanel(firstPage, listQuery, sort, hashQuery) {
    const state = { rows: (firstPage.items || []).slice(), token: firstPage.continuationToken || null, loading: false };
    const localSort = !SERVER_SORTS.has(sort);
    const tbody = el('tbody');
    const status = el('p', { class: 'table-status muted' });
    const more = el('button', { type: 'button', class: 'btn', id: 'load-more', 'data-testid': 'load-more' }, '加载更多 Load more');

    const sortField = sort.replace(/^-/, '');
    const sortDesc = sort.startsWith('-');
    const headRow = el('tr', null, COLUMNS.map((c) => {
      const active = c.field === sortField;
      const nextSort = active ? (sortDesc ? c.field : '-' + c.field) : (c.first === 'desc' ? '-' + c.field : c.field);
      const next = new URLSearchParams(hashQuery);
      next.set('sort', nextSort);
      return el('th', {
        scope: 'col', class: [c.numeric ? 'num' : null, 'sortable', active ? 'sorted' : null],
        'aria-sort': active ? (sortDesc ? 'descending' : 'ascending') : 'none',
      }, el('a', { href: overviewHash(next), class: 'sort-link', 'data-sort': c.field, title: '点击排序 click to sort' },
        c.zh, el('span', { class: 'en' }, c.en), el('span', { class: 'sort-mark', 'aria-hidden': 'true' }, active ? (sortDesc ? '▼' : '▲') : '↕')));
    }));

    const renderRows = () => {
      const rows = localSort ? state.rows.slice().sort(comparator(sort)) : state.rows;
      clear(tbody);
      if (!rows.length) {
        tbody.appendChild(el('tr', null, el('td', { colspan: COLUMNS.length, class: 'empty' }, '没有符合条件的报告。No reports match.')));
      }
      for (const r of rows) {
        const go = () => { window.location.hash = '#/report/' + encodeURIComponent(r.id); };
        tbody.appendChild(el('tr', {
          'data-testid': 'body-row', 'data-report-id': r.id, class: ['clickable', 'row-' + (r.verdict || 'unknown')], tabindex: '0',
          onclick: (e) => { if (!e.target.closest('a')) go(); },
          onkeydown: (e) => { if (e.key === 'Enter' && !e.target.closest('a')) go(); },
        },
        el('td', { class: 'cell-body' },
          el('a', { href: '#/report/' + encodeURIComponent(r.id), title: r.blobPath || null }, bodyName(r.body)),
          r.bodyKey ? el('a', { class: 'body-history', href: '#/body/' + encodeURIComponent(r.bodyKey), title: '该机关历年报告 this body\'s years' }, '历年') : null),
        el('td', null, r.region || '—'),
        el('td', { class: 'nowrap' }, fmtYear(r.year), r.template ? el('span', { class: 'muted small' }, ` · ${r.template} 模板`) : null),
        el('td', null, verdictBadge(r.verdict), deletedBadge(r.sourceDeleted)),
        el('td', { class: ['num', r.errors ? 'text-error' : 'muted'] }, fmt(r.errors)),
        el('td', { class: ['num', r.warnings ? 'text-warning' : 'muted'] }, fmt(r.warnings)),
        el('td', { class: 'mono nowrap' }, r.publishedOn || el('span', { class: 'muted' }, '—'), ' ', dateStatusBadge(r.dateStatus))));
      }
      status.textContent = `已显示 ${state.rows.length} 份报告${state.token ? '，还有更多' : ''}${localSort ? '（按已加载的行排序 sorted within loaded rows）' : ''}`;
      more.hidden = !state.token;
    };

    more.addEventListener('click', async () => {
      if (state.loading || !state.token) return;
      state.loading = true;
      more.disabled = true;
      more.textContent = '正在加载… Loading…';
      try {
        const q = new URLSearchParams(listQuery);
        q.set('continuationToken', state.token);
        const page = await api('/api/reports?' + q);
        state.rows.push(...(page.items || []));
        state.token = page.continuationToken || null;
        renderRows();
      } catch (err) {
        status.textContent = '加载失败 failed: ' + (err.message || err);
      } finally {
        state.loading = false;
        more.disabled = false;
        more.textContent = '加载更多 Load more';
      }
    });

    renderRows();
    return panel('机关与报告 Bodies and reports', { id: 'bodies-panel' },
      el('div', { class: 'table-wrap' },
        el('table', { class: 'data-table', 'data-testid': 'bodies-table', id: 'bodies-table' },
          el('thead', null, headRow), tbody)),
      el('div', { class: 'table-foot' }, status, more));
  }

  // ---------------------------------------------------------------- one report

  function cellKey(section, row, column) {
    return column == null ? `${section}:${row}` : `${section}:${row}:${column}`;
  }

  /** Index findings by the cell they point at: "3:carried_in:natural", or "3:carried_in" for a whole row. */
  function indexFindings(findings) {
    const byCell = new Map();
    for (const f of findings) {
      if (f.section == null || f.row == null) continue;
      const key = cellKey(f.section, f.row, f.column);
      if (!byCell.has(key)) byCell.set(key, []);
      byCell.get(key).push(f);
    }
    return byCell;
  }

  function findingLocation(f) {
    if (f.section == null) return '全文 whole report';
    // The template's own words, as the server names them (keys stay in f.row / f.column for scripts).
    if (f.place) return f.place;
    const parts = [SECTION_NAMES[f.section] || `第${f.section}部分`];
    if (f.row != null) parts.push('行 ' + rowLabel(f.section, f.row));
    if (f.column != null) parts.push('列 ' + columnLabel(f.section, f.column));
    else if (f.row != null) parts.push('整行 whole row');
    return parts.join(' · ');
  }

  function rowLabel(section, row) {
    if (section === 3) {
      const found = APPLICATION_ROWS[2021].concat(APPLICATION_ROWS[2019]).find((r) => r.key === row);
      return found ? found.label : row;
    }
    if (section === 2) {
      const found = ACTIVE_DISCLOSURE_ROWS[2021].concat(ACTIVE_DISCLOSURE_ROWS[2019]).find((r) => r.key === row);
      return found ? found.label : row;
    }
    if (section === 4) return REVIEW_GROUP_LABELS[row] || row;
    return row;
  }

  function columnLabel(section, column) {
    if (section === 3) return APPLICANT_COLUMN_LABELS[column] || column;
    if (section === 2) return ACTIVE_DISCLOSURE_COLUMNS[column] || column;
    if (section === 4) return REVIEW_CELL_LABELS[column] || column;
    return column;
  }

  function worstSeverity(findings) {
    const open = findings.filter((f) => !f.review || f.review.decision !== 'dismissed');
    const pool = open.length ? open : findings;
    return pool.map((f) => f.severity).sort((a, b) => (SEVERITY_RANK[a] ?? 9) - (SEVERITY_RANK[b] ?? 9))[0] || 'notice';
  }

  /**
   * One value cell. flagged: findings on this cell plus findings on its whole row.
   * value: a number, or for a money cell {value, unit, raw, yuan}.
   * detail: the detailed cell from model.cells if the API sent it ({raw, value, unit}).
   */
  function valueCell(section, row, column, value, flagged, detail, rowMissing) {
    const attrs = { class: ['num', 'cell'], 'data-cell': cellKey(section, row, column) };
    const tips = [];
    let content;
    if (rowMissing) {
      attrs.class.push('cell-missing');
      content = '—';
      tips.push('未读取到此行 row not read');
    } else if (value == null) {
      attrs.class.push('cell-blank');
      content = '空';
      tips.push('空白单元格 blank cell');
    } else if (isAmount(value)) {
      attrs.class.push('cell-amount');
      if (value.yuan == null) attrs.class.push('amount-no-unit');
      content = fmtAmount(value);
      tips.push(...amountTips(value));
    } else {
      content = fmt(value);
      if (detail && detail.unit) content += detail.unit;
    }
    const shown = isAmount(value) ? value.value : value;
    if (detail && detail.raw != null && detail.raw !== '' && String(detail.raw) !== String(shown)) tips.push('原文 raw: ' + detail.raw);
    if (flagged.length) {
      const sev = worstSeverity(flagged);
      attrs.class.push('cell-flagged', 'flag-' + sev);
      if (flagged.every((f) => f.review && f.review.decision === 'dismissed')) attrs.class.push('cell-dismissed');
      attrs['data-findings'] = flagged.map((f) => f.id).join(' ');
      for (const f of flagged) {
        tips.unshift(`【${(SEVERITIES[f.severity] || {}).zh || f.severity}】${f.message || f.messageEn || f.rule}` +
          (f.expected != null || f.actual != null ? `（应为 expected ${f.expected ?? '—'}，实为 actual ${f.actual ?? '—'}）` : ''));
      }
    }
    if (tips.length) attrs.title = tips.join('\n');
    return el('td', attrs, content);
  }

  function rowHeader(label, key, indent, rowFindings, section) {
    return el('th', {
      scope: 'row', class: ['row-label', indent ? 'indent-' + indent : null, rowFindings.length ? 'row-flagged flag-' + worstSeverity(rowFindings) : null],
      'data-row': `${section}:${key}`,
      title: rowFindings.length ? rowFindings.map((f) => f.message).join('\n') : key,
    }, label);
  }

  function templateOf(model, report) {
    const t = String((model && model.template) || (report && report.template) || '2021');
    return t === '2019' ? '2019' : '2021';
  }

  function cellsDetail(model, table, row, column) {
    const cells = model && model.cells && model.cells[table];
    return cells && cells[row] ? cells[row][column] : null;
  }

  /** Rows present in the model but not in the template's list go last, labelled by their key. */
  function extraRows(data, known) {
    return Object.keys(data || {}).filter((k) => !known.has(k));
  }

  function activeDisclosureTable(model, byCell, template) {
    const data = model.activeDisclosure || {};
    const rows = ACTIVE_DISCLOSURE_ROWS[template].slice();
    const known = new Set(rows.map((r) => r.key));
    for (const key of extraRows(data, known)) rows.push({ key, label: key, group: '其他 other', columns: Object.keys(data[key] || {}) });
    const extraLabels = template === '2019' ? ACTIVE_DISCLOSURE_COLUMN_LABELS_2019 : ACTIVE_DISCLOSURE_COLUMN_LABELS_2021;
    const maxCols = Math.max(...rows.map((r) => r.columns.length));
    const tbody = el('tbody');
    let lastColumns = null;
    let lastGroup = null;
    for (const r of rows) {
      const sig = r.columns.join(',');
      if (sig !== lastColumns) {
        tbody.appendChild(el('tr', { class: 'sub-head' },
          el('th', null, '信息内容'), el('th', null, '项目'),
          r.columns.map((c, i) => el('th', {
            class: 'num', colspan: i === r.columns.length - 1 && r.columns.length < maxCols ? maxCols - r.columns.length + 1 : null,
          }, extraLabels[c] || ACTIVE_DISCLOSURE_COLUMNS[c] || c))));
        lastColumns = sig;
        lastGroup = null;
      }
      const rowData = data[r.key];
      const rowFindings = byCell.get(cellKey(2, r.key)) || [];
      tbody.appendChild(el('tr', null,
        el('td', { class: 'group-label' }, r.group !== lastGroup ? r.group : ''),
        rowHeader(r.label, r.key, 0, rowFindings, 2),
        r.columns.map((c, i) => {
          const td = valueCell(2, r.key, c, rowData ? rowData[c] : null, (byCell.get(cellKey(2, r.key, c)) || []).concat(rowFindings),
            cellsDetail(model, 'activeDisclosure', r.key, c), !rowData);
          if (i === r.columns.length - 1 && r.columns.length < maxCols) td.setAttribute('colspan', String(maxCols - r.columns.length + 1));
          return td;
        })));
      lastGroup = r.group;
    }
    return el('table', { class: 'report-table', 'data-testid': 'table-section-2', id: 'table-section-2' }, tbody);
  }

  function applicationsTable(model, byCell, template) {
    const data = model.applications || {};
    const rows = APPLICATION_ROWS[template].slice();
    const known = new Set(rows.filter((r) => r.key).map((r) => r.key));
    for (const key of extraRows(data, known)) rows.push({ key, label: key, indent: 0 });
    const head = el('thead', null,
      el('tr', null,
        el('th', { rowspan: 3, colspan: 1, class: 'corner' }, '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'),
        el('th', { colspan: 7 }, '申请人情况')),
      el('tr', null,
        el('th', { rowspan: 2, class: 'num' }, APPLICANT_COLUMN_LABELS.natural),
        el('th', { colspan: 5 }, '法人或其他组织'),
        el('th', { rowspan: 2, class: 'num' }, APPLICANT_COLUMN_LABELS.total)),
      el('tr', null, ['commercial', 'research', 'public_interest', 'legal_services', 'other'].map((c) => el('th', { class: 'num' }, APPLICANT_COLUMN_LABELS[c]))));
    const tbody = el('tbody');
    for (const r of rows) {
      if (r.heading) {
        tbody.appendChild(el('tr', { class: 'group-row' }, el('th', { scope: 'row', class: ['row-label', r.indent ? 'indent-' + r.indent : null], colspan: 8 }, r.heading)));
        continue;
      }
      const rowData = data[r.key];
      const rowFindings = byCell.get(cellKey(3, r.key)) || [];
      tbody.appendChild(el('tr', { class: r.key === 'result.total' ? 'total-row' : null },
        rowHeader(r.label, r.key, r.indent, rowFindings, 3),
        APPLICANT_COLUMNS.map((c) => valueCell(3, r.key, c, rowData ? rowData[c] : null,
          (byCell.get(cellKey(3, r.key, c)) || []).concat(rowFindings), cellsDetail(model, 'applications', r.key, c), !rowData))));
    }
    return el('table', { class: 'report-table', 'data-testid': 'table-section-3', id: 'table-section-3' }, head, tbody);
  }

  function reviewTable(model, byCell) {
    const data = model.reviewLitigation || {};
    const groups = REVIEW_GROUPS.concat(extraRows(data, new Set(REVIEW_GROUPS)));
    return el('table', { class: 'report-table', 'data-testid': 'table-section-4', id: 'table-section-4' },
      el('thead', null, el('tr', null, el('th', { class: 'corner' }, ''), REVIEW_CELLS.map((c) => el('th', { class: 'num' }, REVIEW_CELL_LABELS[c])))),
      el('tbody', null, groups.map((g) => {
        const rowData = data[g];
        const rowFindings = byCell.get(cellKey(4, g)) || [];
        return el('tr', null,
          rowHeader(REVIEW_GROUP_LABELS[g] || g, g, 0, rowFindings, 4),
          REVIEW_CELLS.map((c) => valueCell(4, g, c, rowData ? rowData[c] : null,
            (byCell.get(cellKey(4, g, c)) || []).concat(rowFindings), cellsDetail(model, 'reviewLitigation', g, c), !rowData)));
      })));
  }

  function locate(f) {
    const selector = f.column == null ? `[data-row="${f.section}:${CSS.escape(f.row)}"]` : `[data-cell="${CSS.escape(cellKey(f.section, f.row, f.column))}"]`;
    const target = document.querySelector(selector);
    if (!target) return;
    target.scrollIntoView({ behavior: 'smooth', block: 'center' });
    target.classList.remove('pulse');
    void target.offsetWidth;
    target.classList.add('pulse');
  }

  function findingItem(reportId, f, reload) {
    const note = el('input', { type: 'text', class: 'review-note', placeholder: '备注（可选） note, optional', maxlength: '500', 'aria-label': '审核备注 review note' });
    const message = el('span', { class: 'review-msg', role: 'status' });
    const buttons = [];
    const send = async (decision) => {
      buttons.forEach((b) => { b.disabled = true; });
      message.textContent = '正在提交… saving…';
      try {
        const body = { decision };
        if (note.value.trim()) body.note = note.value.trim();
        await api(`/api/reports/${encodeURIComponent(reportId)}/findings/${encodeURIComponent(f.id)}/review`, { method: 'POST', body });
        await reload();
      } catch (err) {
        buttons.forEach((b) => { b.disabled = false; });
        message.textContent = (err.status === 401 || err.status === 403) ? '提交失败：需要有效的访问密钥（?code=）。' : '提交失败 failed: ' + (err.message || err);
      }
    };
    const confirmBtn = el('button', { type: 'button', class: 'btn btn-small btn-confirm', 'data-action': 'confirm', onclick: () => send('confirmed') }, '确认 confirm');
    const dismissBtn = el('button', { type: 'button', class: 'btn btn-small btn-dismiss', 'data-action': 'dismiss', onclick: () => send('dismissed') }, '误报 dismiss');
    buttons.push(confirmBtn, dismissBtn);
    note.addEventListener('keydown', (e) => { if (e.key === 'Enter') e.preventDefault(); });

    const review = f.review;
    const numbers = f.expected != null || f.actual != null
      ? el('div', { class: 'finding-numbers' },
        el('span', null, '应为 expected ', el('strong', { class: 'mono' }, f.expected ?? '—')),
        el('span', null, '实为 actual ', el('strong', { class: 'mono' }, f.actual ?? '—')))
      : null;
    return el('li', {
      class: ['finding', 'finding-' + (f.severity || 'notice'), review ? 'reviewed-' + review.decision : null],
      'data-testid': 'finding', 'data-finding-id': f.id, 'data-rule': f.rule, 'data-severity': f.severity,
    },
    el('div', { class: 'finding-head' },
      severityChip(f.severity),
      el('code', { class: 'rule-id' }, f.rule),
      review ? el('span', { class: ['badge', 'review-' + review.decision], 'data-testid': 'review-state' }, DECISIONS[review.decision] || review.decision) : null,
      trackingChip(f.tracking),
      f.section != null && f.row != null
        ? el('button', { type: 'button', class: 'link-btn locate', onclick: () => locate(f), title: '在表格中定位 show in table' }, '定位 ↧')
        : null),
    el('p', { class: 'finding-msg' }, f.message || f.messageEn || ''),
    f.messageEn && f.message ? el('p', { class: 'finding-msg-en en' }, f.messageEn) : null,
    numbers,
    el('div', { class: 'finding-loc muted' }, findingLocation(f)),
    review ? el('div', { class: 'review-info muted' },
      `${DECISIONS[review.decision] || review.decision} · ${review.reviewer || '—'} · ${fmtDateTime(review.reviewedAt)}`,
      review.note ? el('span', { class: 'review-note-text' }, '：', review.note) : null) : null,
    trackingHistory(f.tracking),
    el('div', { class: 'review-form' }, note, confirmBtn, dismissBtn, message));
  }

  /* Rectification tracking: the states' names and labels are TRACKING_STATES, from the API. */
  function trackingLabel(state) {
    const names = TRACKING_STATES[state];
    return names ? names.zh + ' ' + names.en : state;
  }

  function trackingChip(t) {
    if (!t) return null;
    return el('span', { class: ['badge', 'track-' + t.state, t.overdue ? 'track-overdue' : null], 'data-testid': 'tracking-state', 'data-state': t.state, 'data-overdue': t.overdue ? 'true' : 'false' },
      trackingLabel(t.state), t.dueOn ? `（回复期限 due ${t.dueOn}${t.overdue ? '，已逾期 overdue' : ''}）` : null);
  }

  function trackingHistory(t) {
    if (!t || !(t.history || []).length) return null;
    return el('ol', { class: 'tracking-history muted', 'data-testid': 'tracking-history' },
      t.history.map((h) => el('li', null, `${trackingLabel(h.state)} · ${h.by || '—'} · ${fmtDateTime(h.at)}`, h.note ? '：' + h.note : null)));
  }

  // The 整改通知 lists confirmed findings only, so it is offered once a supervisor has confirmed one.
  function noticeButton(id, findings, reload) {
    const confirmed = findings.filter((f) => f.review && f.review.decision === 'confirmed').length;
    return confirmed
      ? el('a', { class: 'btn', href: withCode('/api/reports/' + encodeURIComponent(id) + '/notice.docx'), download: 'notice.docx', 'data-testid': 'notice-link',
        // Producing the notice marks its findings notified: show that once the download has been answered.
        onclick: () => { window.setTimeout(() => { reload(); }, 1500); },
        title: `含 ${confirmed} 个已确认问题 ${confirmed} confirmed finding(s)` }, '⇩ 整改通知 notice (.docx)')
      : el('span', { class: 'btn disabled', 'data-testid': 'notice-link', title: '确认问题后可下载 confirm a finding first' }, '整改通知 notice（无已确认问题 none confirmed）');
  }

  async function renderReport(id, isCurrent) {
    const detail = await api('/api/reports/' + encodeURIComponent(id));
    if (!isCurrent()) return;
    const report = detail.report || {};
    const model = detail.model;
    const findings = (detail.findings || []).slice().sort((a, b) =>
      (SEVERITY_RANK[a.severity] ?? 9) - (SEVERITY_RANK[b.severity] ?? 9) || (a.section ?? 99) - (b.section ?? 99));
    const byCell = indexFindings(findings);
    const template = templateOf(model, report);
    try {
      const tracked = await api('/api/reports/' + encodeURIComponent(id) + '/tracking');
      const byId = new Map((tracked || []).map((t) => [t.findingId, t]));
      for (const f of findings) f.tracking = byId.get(f.id) || null;
    } catch (_) { /* no tracking (mock data): the findings show their reviews only */ }
    if (!isCurrent()) return;
    const reload = async () => {
      const y = window.scrollY;
      await renderReport(id, isCurrent);
      window.scrollTo(0, y);
    };

    const original = safeHref(detail.originalUrl);
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const f of findings) if (f.severity in counts) counts[f.severity] += 1;

    const header = el('section', { class: 'panel report-header' },
      el('div', { class: 'crumbs' }, el('a', { href: '#/' }, '← 总览 Overview'),
        report.bodyKey ? [' / ', el('a', { href: '#/body/' + encodeURIComponent(report.bodyKey) }, '该机关历年 body history')] : null),
      el('div', { class: 'report-title-row' },
        el('h1', { class: 'report-title', 'data-testid': 'report-body' }, bodyName(report.body ?? (model && model.body))),
        verdictBadge(report.verdict), deletedBadge(report.sourceDeleted)),
      el('dl', { class: 'meta' },
        meta('年度 Year', fmtYear(report.year ?? (model && model.year))),
        meta('模板 Template', (report.template || (model && model.template)) ? `${report.template || model.template} 年版` : '未识别 unknown'),
        meta('解析 Parse status', STATUSES[report.status] ? STATUSES[report.status].zh + ' ' + STATUSES[report.status].en : report.status || '—'),
        meta('发布日期 Published', [report.publishedOn || '—', ' ', dateStatusBadge(report.dateStatus)]),
        meta('地区 Region', report.region || '—'),
        meta('文件 File', el('span', { class: 'mono' }, report.blobPath || '—')),
        meta('处理时间 Processed', fmtDateTime(report.processedAt)),
        meta('问题 Findings', `错误 ${counts.error} · 警告 ${counts.warning} · 提示 ${counts.notice}`)),
      el('div', { class: 'report-actions' },
        original
          ? el('a', { class: 'btn btn-primary', href: original, target: '_blank', rel: 'noopener noreferrer', 'data-testid': 'original-link' }, '⇩ 下载原文 original')
          : el('span', { class: 'btn disabled', title: detail.originalUrl ? '原文链接无效，已屏蔽 unsafe link blocked' : '没有原文链接' }, '下载原文 original（不可用）'),
        noticeButton(report.id || id, findings, reload)),
      detail.truncated
        ? el('p', { class: 'small', 'data-testid': 'truncated-note' },
          `部分文字过长，仅显示前 ${Number(detail.maxChars || 20000).toLocaleString('zh-CN')} 字，全文请下载原文。Some text is longer than ${Number(detail.maxChars || 20000).toLocaleString('en')} characters and is cut here; download the original for the full text.`)
        : null);

    const findingsPanel = panel(`核查发现 Findings（${findings.length}）`, { 'data-testid': 'findings' },
      findings.length
        ? el('ul', { class: 'findings' }, findings.map((f) => findingItem(id, f, reload)))
        : el('p', { class: 'empty' }, '没有发现问题。No findings.'));

    const view = el('div', { class: 'report-view', 'data-testid': 'report-view', 'data-report-id': report.id || id }, header);

    if (!model) {
      view.appendChild(panel('无法解析 Could not parse', { class: 'panel panel-alert', 'data-testid': 'error-reason' },
        el('p', null, '该文件未能解析为年度报告，因此没有表格可以显示。'),
        el('p', { class: 'mono' }, report.errorReason || '（未提供原因 no reason given）')));
      view.appendChild(findingsPanel);
      clear(app).appendChild(view);
      return;
    }

    const legend = el('div', { class: 'legend' },
      el('span', { class: 'legend-item' }, el('i', { class: 'swatch flag-error' }), '错误所在单元格'),
      el('span', { class: 'legend-item' }, el('i', { class: 'swatch flag-warning' }), '警告'),
      el('span', { class: 'legend-item' }, el('i', { class: 'swatch flag-notice' }), '提示'),
      el('span', { class: 'legend-item' }, el('span', { class: 'cell-blank' }, '空'), ' 空白单元格 blank'),
      el('span', { class: 'legend-item muted' }, '鼠标悬停查看说明 hover for details'));

    const tables = el('div', { class: 'tables' },
      panel(SECTION_NAMES[2], { id: 'section-2' }, el('div', { class: 'table-wrap' }, activeDisclosureTable(model, byCell, template))),
      panel(SECTION_NAMES[3], { id: 'section-3' }, legend, el('div', { class: 'table-wrap' }, applicationsTable(model, byCell, template))),
      panel(SECTION_NAMES[4], { id: 'section-4' }, el('div', { class: 'table-wrap' }, reviewTable(model, byCell))));

    const notices = model.notices || [];
    const extras = [];
    if (notices.length) {
      extras.push(el('details', { class: 'panel details' },
        el('summary', null, `解析提示 Parser notices（${notices.length}）`),
        el('ul', { class: 'plain-list block' }, notices.map((n) => el('li', null,
          el('span', { class: ['sev', 'sev-' + (n.level === 'error' ? 'error' : n.level === 'warning' ? 'warning' : 'notice')] }, n.level || '—'),
          ' ', el('code', null, n.code || ''), ' ', n.message || n.messageEn || '',
          n.section != null ? el('span', { class: 'muted small' }, ` · 第${n.section}部分${n.row ? ' · ' + n.row : ''}`) : null,
          n.location ? el('span', { class: 'muted small mono' }, ' · ' + n.location) : null)))));
    }
    const versions = detail.versions || [];
    if (versions.length > 1) {
      extras.push(el('details', { class: 'panel details', open: true, 'data-testid': 'versions' },
        el('summary', null, `版本 Versions（同一机关同一年度 ${versions.length} 版）`),
        el('ol', { class: 'plain-list block' }, versions.map((v) => el('li', null,
          el('a', { href: '#/report/' + encodeURIComponent(v.reportId) }, `第 ${v.number} 版 version ${v.number}`),
          v.isThis ? el('strong', null, '（本版 this one）') : null,
          el('span', { class: 'muted small' }, ` · ${fmtDateTime(v.receivedAt)} · `), el('span', { class: 'muted small mono' }, v.blobPath || ''),
          (v.changedCells || []).length
            ? el('ul', { class: 'plain-list' }, v.changedCells.map((c) => el('li', { class: 'small' },
              `第${c.section}部分 ${c.label}：${c.before ?? '（无）'} → ${c.after ?? '（无）'}`)),
              v.moreChangedCells ? el('li', { class: 'small muted' }, `另有 ${v.moreChangedCells} 处 and ${v.moreChangedCells} more`) : null)
            : null,
          (v.changedSections || []).length
            ? el('p', { class: 'small' }, `文字有改动的部分 Text changed in section(s)：${v.changedSections.join('、')}`)
            : null)))));
    }
    if ((model.sections || []).length) {
      extras.push(el('details', { class: 'panel details' },
        el('summary', null, `报告正文 Report text（${model.sections.length} 部分）`),
        model.sections.map((s) => el('div', { class: 'section-text' },
          el('h3', null, s.heading || `第${s.number}部分`),
          el('p', { class: 'prose' }, s.text || ''),
          s.truncated ? el('p', { class: 'small' }, `（已截断：全文 ${s.textLength} 字，见原文 cut: ${s.textLength} characters in the original）`) : null))));
    }

    view.appendChild(el('div', { class: 'report-layout' },
      el('div', { class: 'report-main' }, tables, extras),
      el('aside', { class: 'report-side' }, findingsPanel)));
    clear(app).appendChild(view);
  }

  function meta(label, value) {
    return el('div', { class: 'meta-item' }, el('dt', null, label), el('dd', null, value));
  }

  // ---------------------------------------------------------------- one body

  const BODY_FIGURES = [
    ['applications', 'new', '本年新收'],
    ['applications', 'carried_in', '上年结转'],
    ['applications', 'result.total', '办理总计'],
    ['applications', 'carried_out', '结转下年'],
    ['reviewLitigation', 'review.total', '行政复议'],
    ['reviewLitigation', 'litigation_direct.total', '直接起诉'],
    ['reviewLitigation', 'litigation_after_review.total', '复议后起诉'],
  ];

  async function renderBody(key, isCurrent) {
    const data = await api('/api/bodies/' + encodeURIComponent(key));
    if (!isCurrent()) return;
    const years = (data.years || []).slice().sort((a, b) => a.year - b.year);
    const changes = data.changes || [];
    const view = el('div', { class: 'body-view', 'data-testid': 'body-view' },
      el('section', { class: 'panel report-header' },
        el('div', { class: 'crumbs' }, el('a', { href: '#/' }, '← 总览 Overview')),
        el('h1', { class: 'report-title' }, bodyName(data.body)),
        data.bodyKey && data.bodyKey !== data.body ? el('p', { class: 'muted mono' }, data.bodyKey) : null),
      panel('历年报告 Reports by year', null,
        el('div', { class: 'table-wrap' },
          el('table', { class: 'data-table', 'data-testid': 'body-years' },
            el('thead', null, el('tr', null, el('th', null, '年度 year'), el('th', null, '结论 verdict'),
              BODY_FIGURES.map(([, , label]) => el('th', { class: 'num' }, label)))),
            el('tbody', null, years.map((y) => el('tr', {
              class: y.reportId ? 'clickable' : null, 'data-report-id': y.reportId || null,
              onclick: (e) => { if (y.reportId && !e.target.closest('a')) window.location.hash = '#/report/' + encodeURIComponent(y.reportId); },
            },
            el('td', null, y.reportId ? el('a', { href: '#/report/' + encodeURIComponent(y.reportId) }, `${y.year} 年度`) : `${y.year} 年度`),
            el('td', null, verdictBadge(y.verdict)),
            BODY_FIGURES.map(([table, figure]) => el('td', { class: 'num' }, fmt(((y.figures || {})[table] || {})[figure]))))))))),
      el('div', { class: 'grid-2' },
        panel('本年新收申请 New applications by year', null,
          years.length
            ? barChart(years.map((y) => ({ label: `${y.year} 年度`, value: ((y.figures || {}).applications || {}).new || 0, cls: 'outcome-disclosed' })), { labelWidth: 120, ariaLabel: '历年本年新收申请数' })
            : el('p', { class: 'empty' }, '暂无数据。')),
        panel('与上年相比 Changes from year to year', null,
          changes.length
            ? el('table', { class: 'mini-table', 'data-testid': 'body-changes' },
              el('thead', null, el('tr', null, el('th', null, '指标'), el('th', null, '年度'), el('th', { class: 'num' }, '前'), el('th', { class: 'num' }, '后'), el('th', { class: 'num' }, '变化'))),
              el('tbody', null, changes.map((c) => el('tr', null,
                el('td', null, c.label || c.figure),
                el('td', null, `${c.from} → ${c.to}`),
                el('td', { class: 'num' }, fmt(c.before)),
                el('td', { class: 'num' }, fmt(c.after)),
                el('td', { class: ['num', c.change > 0 ? 'up' : c.change < 0 ? 'down' : null] }, (c.change > 0 ? '+' : '') + fmt(c.change))))))
            : el('p', { class: 'empty' }, '没有可比较的年度。Nothing to compare.'))));
    clear(app).appendChild(view);
    await yearOverYearInto(view, key, isCurrent);
  }

  // ---------------------------------------------------------------- one body: year over year (issue 17.8)
  /*
   * GET /api/bodies/{key}/years: every statistics cell of the body's reports side by side, in the template's labels,
   * a value that changed from the year before highlighted, and each section's text similarity to the year before (the
   * copied-text rule's measure: the share of this year's wording found in last year's, figures not counted). Loaded
   * after the body page on its own: the page does not wait for it or fail with it.
   */

  const YOY_SIMILAR = 0.8; // crossyear.copied-text's default threshold: at or above it the section reads as copied

  async function yearOverYearInto(view, key, isCurrent) {
    let data;
    try {
      data = await api('/api/bodies/' + encodeURIComponent(key) + '/years');
    } catch (_) {
      return; // mock data has none, or the body has no stored models: no section
    }
    if (!isCurrent() || !data || !(data.years || []).length) return;
    view.appendChild(yearOverYearPanel(data));
  }

  function yoyValue(v) {
    if (v == null) return '—';
    if (v.value != null) return fmt(v.value) + (v.unit ? ' ' + v.unit : '');
    return v.raw ? v.raw : '（空白）';
  }

  function yoyPercent(similarity) {
    return similarity == null ? '—' : Math.round(similarity * 100) + '%';
  }

  function yearOverYearPanel(data) {
    const years = data.years || [];
    const yearHeads = () => years.map((y) => el('th', { class: 'num' },
      y.reportId ? el('a', { href: '#/report/' + encodeURIComponent(y.reportId) }, `${y.year} 年度`) : `${y.year} 年度`,
      y.template ? el('span', { class: 'en' }, ` ${y.template} 版`) : null));

    const sections = el('table', { class: 'mini-table yoy-sections', 'data-testid': 'yoy-sections' },
      el('thead', null, el('tr', null, el('th', null, '部分 section'), yearHeads())),
      el('tbody', null, (data.sections || []).map((s) => el('tr', { 'data-section': s.number },
        el('td', null, s.title),
        (s.similarity || []).map((value, i) => el('td', {
          class: ['num', value != null && value >= YOY_SIMILAR ? 'yoy-similar' : null],
          'data-testid': 'yoy-similarity', 'data-year': years[i] ? years[i].year : null, 'data-similarity': value == null ? null : String(value),
          title: i === 0 ? '第一年没有上一年可比 the first year has no year before' : value == null ? '本年或上一年该部分缺失或太短 missing or too short' : `${yoyPercent(value)} 的文字（按 4 字片段、数字不计）已出现在 ${years[i - 1].year} 年度报告的同一部分中 of this year's wording was already in the year before's`,
        }, yoyPercent(value)))))));

    // One table per section, as the report prints it: a line per row, and under each column label the years side by side.
    const bySection = new Map();
    for (const c of data.cells || []) {
      if (!bySection.has(c.section)) bySection.set(c.section, { rows: new Map(), columns: new Map() });
      const group = bySection.get(c.section);
      if (!group.columns.has(c.column)) group.columns.set(c.column, c.columnLabel || c.column);
      if (!group.rows.has(c.row)) group.rows.set(c.row, { label: c.rowLabel || c.row, cells: new Map() });
      group.rows.get(c.row).cells.set(c.column, c);
    }
    const cellTables = [];
    for (const [section, group] of bySection) {
      const columns = Array.from(group.columns.keys());
      const head = el('thead', null,
        el('tr', null, el('th', { rowspan: 2, class: 'corner' }, SECTION_NAMES[section] || `第${section}部分`),
          columns.map((col) => el('th', { colspan: years.length, class: 'yoy-column' }, group.columns.get(col)))),
        el('tr', null, columns.map(() => years.map((y, i) => el('th', { class: ['num', 'yoy-year', i === 0 ? 'yoy-first' : null] }, String(y.year))))));
      const tbody = el('tbody', null, Array.from(group.rows.entries()).map(([row, r]) => {
        const changedAny = Array.from(r.cells.values()).some((c) => (c.changed || []).some(Boolean));
        return el('tr', { 'data-changed': changedAny ? 'true' : 'false', 'data-row': row },
          el('th', { scope: 'row', class: 'row-label' }, r.label),
          columns.map((col) => years.map((y, i) => {
            const c = r.cells.get(col);
            if (!c) return el('td', { class: ['num', i === 0 ? 'yoy-first' : null] });
            const v = (c.values || [])[i];
            const changed = (c.changed || [])[i];
            const before = i > 0 ? (c.values || [])[i - 1] : null;
            return el('td', {
              class: ['num', i === 0 ? 'yoy-first' : null, changed ? 'yoy-changed' : null],
              'data-testid': 'yoy-cell', 'data-table': c.table, 'data-row': c.row, 'data-column': c.column, 'data-year': y.year,
              'data-changed': changed ? 'true' : null,
              title: changed ? `较 ${years[i - 1].year} 年度 from ${yoyValue(before)} → ${yoyValue(v)}` : `${r.label} / ${group.columns.get(col)} · ${y.year}`,
            }, yoyValue(v));
          })));
      }));
      cellTables.push(el('div', { class: 'table-wrap' }, el('table', { class: 'report-table yoy-table', 'data-section': section }, head, tbody)));
    }
    const cells = el('div', { class: 'yoy-cells', 'data-testid': 'yoy-cells' }, cellTables);
    const onlyChanged = el('input', { type: 'checkbox', id: 'yoy-only-changed', 'data-testid': 'yoy-only-changed',
      onchange: () => cells.classList.toggle('only-changed', onlyChanged.checked) });
    const changedCount = (data.cells || []).reduce((n, c) => n + (c.changed || []).filter(Boolean).length, 0);

    return panel('历年同比 Year over year', { 'data-testid': 'year-over-year' },
      el('p', { class: 'panel-note' }, '各部分文字与上一年度的相似度：本年文字（按 4 字片段、数字不计）出现在上一年同一部分中的比例；80% 及以上标出。 Each section\'s similarity to the year before: the share of this year\'s wording already in last year\'s; 80% and above marked.'),
      el('div', { class: 'table-wrap' }, sections),
      el('h3', { class: 'sub-title' }, '统计表逐格对比 Each cell by year',
        el('span', { class: 'muted small', 'data-testid': 'yoy-changed-count' }, ` · 较上年变化 ${changedCount} 格 changed cells`)),
      el('label', { class: 'yoy-filter', for: 'yoy-only-changed' }, onlyChanged, ' 只看有变化的行 only rows that changed'),
      cells);
  }

  // ---------------------------------------------------------------- upload (issue 17.2)
  /*
   * #/upload: files dropped (or chosen) with a region go one at a time to POST /api/uploads (the body is the file; the
   * upload command's checks run on the server). Each row shows the upload's progress (XHR upload events), then polls
   * the report until the trigger has processed it and shows its verdict with a link. The panel is made once and kept,
   * so uploads under way keep their rows when the reader looks at other pages and comes back.
   */

  const UPLOAD_POLL_MS = 1000;
  const UPLOAD_POLL_LIMIT = 600; // 10 minutes: a queue worker busy with a large batch

  const UPLOAD_STATES = {
    waiting: '等待上传 waiting',
    uploading: '正在上传 uploading',
    queued: '已上传，等待处理 uploaded, being processed',
    processed: '已处理 processed',
    skipped: '内容已存在 already there',
    refused: '已拒绝 refused',
    error: '上传失败 failed',
    timeout: '尚未处理完，请稍后查看 not processed yet: look again later',
  };

  let uploadPanelNode = null;
  const uploadQueue = [];
  let uploadBusy = false;

  function renderUpload(isCurrent) {
    if (!isCurrent()) return;
    if (!uploadPanelNode) uploadPanelNode = uploadPanel();
    clear(app).appendChild(el('div', { class: 'upload-view', 'data-testid': 'upload-view' },
      el('div', { class: 'crumbs' }, el('a', { href: '#/' }, '← 总览 Overview')),
      uploadPanelNode));
  }

  function uploadPanel() {
    const region = el('input', { type: 'text', id: 'upload-region', 'data-testid': 'upload-region', placeholder: '例如 hebei', autocomplete: 'off', maxlength: 100 });
    const body = el('input', { type: 'text', id: 'upload-body', 'data-testid': 'upload-body', placeholder: '可不填 optional', autocomplete: 'off', maxlength: 200 });
    const input = el('input', { type: 'file', id: 'upload-input', 'data-testid': 'upload-input', multiple: true, accept: '.pdf,.docx,.html,.htm,.shtml,.txt', class: 'visually-hidden' });
    const rows = el('tbody', { 'data-testid': 'upload-rows' });
    const message = el('p', { class: 'upload-message', 'data-testid': 'upload-message', role: 'status' });
    const offer = (files) => {
      const list = Array.from(files || []);
      if (!list.length) return;
      const where = region.value.trim();
      if (!where) {
        message.textContent = '请先填写地区（上传路径第一级目录）。Enter the region first.';
        region.focus();
        return;
      }
      message.textContent = '';
      for (const file of list) enqueueUpload(file, where, body.value.trim(), rows);
    };
    input.addEventListener('change', () => { offer(input.files); input.value = ''; });
    const zone = el('div', { class: 'drop-zone', 'data-testid': 'upload-drop', tabindex: 0, role: 'button', 'aria-label': '拖放文件或点击选择 drop files or click to choose',
      onclick: () => input.click(),
      onkeydown: (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); input.click(); } },
      ondragover: (e) => { e.preventDefault(); zone.classList.add('drag-over'); },
      ondragleave: () => zone.classList.remove('drag-over'),
      ondrop: (e) => { e.preventDefault(); zone.classList.remove('drag-over'); offer(e.dataTransfer && e.dataTransfer.files); },
    },
    el('strong', null, '将报告文件拖放到这里，或点击选择文件'),
    el('span', { class: 'en' }, 'Drop report files here, or click to choose them (PDF, .docx, HTML, text)'));
    return panel('上传报告 Upload reports', { 'data-testid': 'upload-panel' },
      el('p', { class: 'panel-note' }, '文件与 upload 命令经过相同的检查（大小上限、文件类型、相同内容跳过），上传后排队解析和核查。 Files get the upload command\'s checks (size limit, type, same content skipped) and are then parsed and checked.'),
      el('div', { class: 'filters-row' },
        el('label', { class: 'field', for: 'upload-region' }, el('span', { class: 'field-label' }, '地区 region（必填）'), region),
        el('label', { class: 'field', for: 'upload-body' }, el('span', { class: 'field-label' }, '发布机关 body（已知时）'), body)),
      zone, input, message,
      el('div', { class: 'table-wrap' },
        el('table', { class: 'data-table upload-table' },
          el('thead', null, el('tr', null, el('th', null, '文件 file'), el('th', null, '进度 progress'), el('th', null, '状态 state'), el('th', null, '结论 verdict'))),
          rows)));
  }

  function enqueueUpload(file, region, body, rows) {
    const progress = el('progress', { max: 100, value: 0, 'data-testid': 'upload-progress' });
    const state = el('span', { 'data-testid': 'upload-state' });
    const verdict = el('td', { 'data-testid': 'upload-verdict' });
    const row = el('tr', { 'data-testid': 'upload-row', 'data-file': file.name },
      el('td', { class: 'mono' }, file.name, el('span', { class: 'muted small' }, ' · ' + fmt(file.size) + ' 字节 bytes')),
      el('td', null, progress),
      el('td', null, state),
      verdict);
    rows.appendChild(row);
    const item = { file, region, body, row, progress, state, verdict };
    setUploadState(item, 'waiting');
    uploadQueue.push(item);
    pumpUploads();
  }

  function setUploadState(item, name, detail) {
    item.row.setAttribute('data-state', name);
    item.state.textContent = UPLOAD_STATES[name] + (detail ? ' · ' + detail : '');
  }

  /** One upload at a time: the order is the reader's and the server is not flooded by a folder's worth at once. */
  async function pumpUploads() {
    if (uploadBusy) return;
    uploadBusy = true;
    try {
      while (uploadQueue.length) {
        const item = uploadQueue.shift();
        let answer;
        try {
          answer = await sendUpload(item);
        } catch (err) {
          setUploadState(item, 'error', err && err.message ? err.message : String(err));
          continue;
        }
        followUpload(item, answer); // polls on its own; the next file starts now
      }
    } finally {
      uploadBusy = false;
    }
  }

  /** POST /api/uploads with the file as the body; resolves with {status, json}. */
  function sendUpload(item) {
    return new Promise((resolve, reject) => {
      if (MOCK) { reject(new Error('示例数据模式不能上传 no uploads in mock mode')); return; }
      const query = new URLSearchParams({ region: item.region, name: item.file.name });
      if (item.body) query.set('body', item.body);
      const xhr = new XMLHttpRequest();
      xhr.open('POST', '/api/uploads?' + query);
      if (FUNCTION_KEY) xhr.setRequestHeader('x-functions-key', FUNCTION_KEY);
      xhr.setRequestHeader('Content-Type', 'application/octet-stream');
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.upload.addEventListener('progress', (e) => {
        if (e.lengthComputable) item.progress.value = Math.round((e.loaded / e.total) * 100);
      });
      xhr.addEventListener('load', () => {
        let json = null;
        try { json = JSON.parse(xhr.responseText); } catch (_) { /* not JSON: said below */ }
        resolve({ status: xhr.status, json });
      });
      xhr.addEventListener('error', () => reject(new Error('无法连接服务器 cannot reach the server')));
      xhr.addEventListener('abort', () => reject(new Error('已取消 aborted')));
      setUploadState(item, 'uploading');
      xhr.send(item.file);
    });
  }

  async function followUpload(item, answer) {
    const { status, json } = answer;
    if (status === 401 || status === 403) {
      setUploadState(item, 'error', `HTTP ${status} · ` + ((json && json.detail) || '需要审核员密钥 the reviewer key is needed'));
      return;
    }
    if (status !== 200 && status !== 202) {
      item.progress.value = 0;
      setUploadState(item, status >= 400 && status < 500 ? 'refused' : 'error', `HTTP ${status} · ` + ((json && json.detail) || '—'));
      return;
    }
    item.progress.value = 100;
    const id = json && json.reportId;
    if (!id) { setUploadState(item, 'error', '服务器没有返回报告编号 no report id'); return; }
    item.row.setAttribute('data-report-id', id);
    const skipped = json.disposition === 'skipped';
    setUploadState(item, skipped ? 'skipped' : 'queued', skipped ? json.blobPath : null);
    const before = json.previousProcessedAt ? Date.parse(json.previousProcessedAt) : null;
    for (let i = 0; i < UPLOAD_POLL_LIMIT; i++) {
      let detail = null;
      try {
        detail = await api('/api/reports/' + encodeURIComponent(id));
      } catch (err) {
        if (!(err instanceof ApiError && err.status === 404)) { setUploadState(item, 'error', err.message); return; }
      }
      const report = detail && detail.report;
      if (report && (skipped || before == null || Date.parse(report.processedAt) > before)) {
        if (!skipped) setUploadState(item, 'processed');
        showUploadVerdict(item, report);
        return;
      }
      await new Promise((r) => setTimeout(r, UPLOAD_POLL_MS));
    }
    setUploadState(item, 'timeout');
  }

  function showUploadVerdict(item, report) {
    item.row.setAttribute('data-verdict', report.verdict || '');
    clear(item.verdict).appendChild(el('span', { class: 'upload-verdict' },
      verdictBadge(report.verdict),
      ' ',
      el('a', { href: '#/report/' + encodeURIComponent(report.id), 'data-testid': 'upload-report-link' }, bodyName(report.body) || report.blobPath),
      report.year ? el('span', { class: 'muted' }, ` · ${report.year} 年度`) : null,
      ' ',
      el('span', { class: 'muted small' }, `错误 ${fmt(report.errors)} · 警告 ${fmt(report.warnings)}`),
      report.errorReason ? el('div', { class: 'muted small', 'data-testid': 'upload-reason' }, report.errorReason) : null));
  }

  // ---------------------------------------------------------------- start

  if (MOCK) {
    const banner = document.getElementById('banner');
    banner.hidden = false;
    banner.appendChild(el('span', null, '示例数据模式 Mock data：页面读取 sample-data/*.json，不连接后端；审核操作只保存在本页内存中。'));
  }
  window.addEventListener('hashchange', route);
  route();
})();
