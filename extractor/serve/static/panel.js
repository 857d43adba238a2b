// The reviewer panel: one page talking to the JSON API (see /docs for its OpenAPI).
// Everything a document or a reviewer wrote is put in the page as text (textContent,
// createTextNode), never as markup; the Content-Security-Policy forbids inline script too.
"use strict";

const state = {
  me: null, csrf: "", frameworks: [], reviewers: [],
  id: null, submission: null, framework: null, view: null,
  suggestions: [], byKey: new Map(), history: [], standing: new Map(), notes: new Map(),
  order: [], current: null,
  mode: "text", poll: null,
};

const KIND = { claim: "数值", list: "名单", passage: "段落" };
const STATUS = { actual: "实际", target: "目标" };
const VERDICT = { pass: "通过", fail: "不通过", unclear: "待核实" };
const ACTION = { confirm: "已确认", reject: "已驳回", correct: "已更正", add: "已添加" };
const PROCESSING = { queued: "排队中", processing: "处理中", done: "已完成", failed: "失败" };

class ApiError extends Error {
  constructor(status, message) { super(message); this.status = status; }
}

// ---- small helpers -----------------------------------------------------------------------

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "class") node.className = value;
    else if (name === "dataset") Object.assign(node.dataset, value);
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// replaceChildren without the null/false entries that conditional children leave
function fill(node, ...children) {
  node.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
}

const $ = (selector, root = document) => root.querySelector(selector);
const $$ = (selector, root = document) => Array.from(root.querySelectorAll(selector));

async function api(method, path, body, isForm = false) {
  const options = { method, headers: {}, credentials: "same-origin" };
  if (method !== "GET") options.headers["X-CSRF-Token"] = state.csrf;
  if (body !== undefined) {
    if (isForm) options.body = body;
    else {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
  }
  const response = await fetch(path, options);
  if (response.status === 401 && path !== "/api/login") {
    showLogin();
    throw new ApiError(401, "请先登录");
  }
  if (!response.ok) {
    let detail = response.statusText;
    try {
      const data = await response.json();
      detail = typeof data.detail === "string" ? data.detail : JSON.stringify(data.detail);
    } catch (_) { /* not JSON */ }
    throw new ApiError(response.status, detail);
  }
  return response.status === 204 ? null : response.json();
}

function show(view) {
  for (const section of $$(".view")) section.hidden = section.id !== view;
}

function fieldLabel(field) {
  const label = state.framework && state.framework.fields[field];
  if (label) return label;
  const list = state.framework && state.framework.lists[field];
  return { name: list || field || "", unit: "" };
}

function formatValue(value, unit) {
  if (value === null || value === undefined) return "";
  let shown = Number(value);
  let suffix = unit;
  if (unit === "元" && Math.abs(shown) >= 1e8) { shown /= 1e8; suffix = "亿元"; }
  else if (unit === "元" && Math.abs(shown) >= 1e4) { shown /= 1e4; suffix = "万元"; }
  else if (unit === "人" && Math.abs(shown) >= 1e4) { shown /= 1e4; suffix = "万人"; }
  const text = Number.isInteger(shown) ? String(shown) : String(Math.round(shown * 100) / 100);
  return text + suffix;
}

// The unit the document wrote a figure in (3.2亿元, 1.35万个, 356.8万人): the 万 or 亿 after the
// number in the quote whose value times it is the stored (canonical) value; else the field's.
function writtenUnit(suggestion) {
  const unit = fieldLabel(suggestion.field).unit;
  const value = Number(suggestion.value);
  for (const match of (suggestion.evidence.quote || "").matchAll(/(\d+(?:\.\d+)?)\s*(万|亿)/g)) {
    const factor = match[2] === "亿" ? 1e8 : 1e4;
    if (Math.abs(Number(match[1]) * factor - value) <= 1e-9 * Math.max(1, Math.abs(value))) {
      return { factor, label: match[2] + unit };
    }
  }
  return { factor: 1, label: unit };
}

function scaled(value, factor) {  // a figure in the document's unit, without float dust
  return Math.round((value / factor) * 1e6) / 1e6;
}

function pageText(page) { return page ? `第${page}页` : ""; }

// ---- signing in --------------------------------------------------------------------------

function showLogin() {
  state.me = null;
  stopPolling();
  $("#who").textContent = "";
  $("#logout").hidden = true;
  $("#change-password").hidden = true;
  $("#admin-link").hidden = true;
  $("#crumb").textContent = "";
  show("login-view");
  $("#login [name=name]").focus();
}

async function start() {
  try {
    const me = await api("GET", "/api/me");
    signedIn(me);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
  }
}

function signedIn(me) {
  state.me = me;
  state.csrf = me.csrf || "";
  $("#who").textContent = me.name + (me.is_admin ? "（管理员）" : "");
  $("#logout").hidden = false;
  $("#change-password").hidden = false;
  $("#admin-link").hidden = !me.is_admin;
  watchSession();
  route();
}

$("#login").addEventListener("submit", async (event) => {
  event.preventDefault();
  const form = event.target;
  $("#login-error").textContent = "";
  try {
    const me = await api("POST", "/api/login", {
      name: form.elements.name.value, password: form.elements.password.value,
    });
    form.reset();
    signedIn(me);
  } catch (error) {
    $("#login-error").textContent = error.status === 401 ? "用户名或密码错误"
      : error.status === 429 ? "登录失败次数过多，请稍后再试" : error.message;
  }
});

// One's own password: the current one checked; every other session of the account ends.
$("#change-password").addEventListener("click", () => {
  $("#password-form").reset();
  $("#password-message").textContent = "";
  $("#password-dialog").showModal();
});
$("#password-cancel").addEventListener("click", () => $("#password-dialog").close());
$("#password-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const form = event.target;
  try {
    await api("POST", "/api/me/password", { current: form.elements.current.value, new: form.elements.new.value });
    $("#password-dialog").close();
    $("#status-line").textContent = "密码已修改，其他登录已退出";
  } catch (error) {
    $("#password-message").textContent = error.status === 403 ? "当前密码不正确" : `修改失败：${error.message}`;
  }
});

$("#logout").addEventListener("click", async () => {
  await api("POST", "/api/logout").catch(() => null);
  history.replaceState(null, "", "/");  // the next person starts at the list, not this review
  showLogin();
});

// ---- routing -----------------------------------------------------------------------------

function route() {
  if (!state.me) return;
  stopPolling();
  const match = location.hash.match(/^#\/s\/(\d+)$/);
  const opening = match ? openReview(Number(match[1]))
    : location.hash === "#/admin" ? openAdmin() : openList();
  opening.catch((error) => {
    if (error.status === 401) return;
    const message = error.status === 404 ? "无法打开：没有这份申报材料，或未分配给您" : `出错：${error.message}`;
    $(match ? "#status-line" : "#upload-message").textContent = message;
    if (match) {
      document.body.dataset.ready = "";
      for (const section of ["#doc", "#verdicts ul", "#form-check div", "#tree div", "#added ul"]) $(section).replaceChildren();
    }
  });
}

window.addEventListener("hashchange", route);

function stopPolling() {
  if (state.poll) clearTimeout(state.poll);
  state.poll = null;
}

// ---- the list of submissions -------------------------------------------------------------

async function openList() {
  show("list-view");
  document.body.dataset.ready = "";
  $("#crumb").textContent = "";
  $("#folder").hidden = !state.me.is_admin;
  if (!state.frameworks.length) {
    state.frameworks = await api("GET", "/api/frameworks");
    const select = $("#upload-framework");
    select.replaceChildren(
      ...state.frameworks.map((known) => el("option", { value: known.id }, known.name)));
  }
  if (state.me.is_admin) state.reviewers = await api("GET", "/api/reviewers");
  fillReviewerFilter();
  await refreshList();
}

async function refreshList() {
  const rows = await api("GET", "/api/submissions");
  const body = $("#submissions tbody");
  const wanted = $("#status-filter").value;
  body.replaceChildren(...rows.filter((row) => (!wanted || row.status === wanted) && isReviewerShown(row))
    .map(submissionRow));
  $("#no-submissions").hidden = rows.length > 0;
  document.body.dataset.ready = "list";
  stopPolling();
  if (rows.some((row) => row.status === "queued" || row.status === "processing")) {
    state.poll = setTimeout(() => refreshList().catch(console.error), 1000);
  }
}

function submissionRow(row) {
  const status = el("span", { class: `status s-${row.status}` }, PROCESSING[row.status] || row.status);
  const error = row.error ? el("div", { class: "error" }, `${row.error_label || row.error_kind}：${row.error}`) : null;
  let assigned = state.reviewers.find((r) => r.id === row.assigned_to);
  assigned = assigned ? assigned.name : (row.assigned_to ?? "");
  if (state.me.is_admin) {
    assigned = assignSelect(row, refreshList);
  }
  const open = row.status === "done" ? el("a", { href: `#/s/${row.id}`, class: "open" }, "打开评审") : null;
  const again = row.status === "done" || row.status === "failed"
    ? el("button", { type: "button", class: "link reprocess", onclick: () => reprocess(row.id) }, "重新处理")
    : null;
  return el("tr", { dataset: { id: row.id } },
    el("td", {}, row.id), el("td", {}, row.filename), el("td", {}, uploadedAt(row.created_at)),
    el("td", {}, row.framework_name || row.framework), el("td", {}, status, error),
    el("td", {}, verdictTally(row.summary)), el("td", {}, reviewProgress(row.summary)), el("td", {}, assigned),
    el("td", {}, open, " ", again));
}

// An upload's time as a reviewer in China reads it (stored in UTC).
function uploadedAt(iso) {
  if (!iso) return "";
  return new Date(iso).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false });
}

async function reprocess(id) {
  await api("POST", `/api/submissions/${id}/reprocess`);
  await refreshList();
}

$("#status-filter").addEventListener("change", () => refreshList().catch(console.error));
$("#reviewer-filter").addEventListener("change", () => refreshList().catch(console.error));

$("#upload").addEventListener("submit", async (event) => {
  event.preventDefault();
  const file = $("#upload-file").files[0];
  if (!file) return;
  const data = new FormData();
  data.append("file", file);
  data.append("framework", $("#upload-framework").value);
  const message = $("#upload-message");
  message.textContent = "上传中…";
  try {
    const row = await api("POST", "/api/submissions", data, true);
    message.textContent = `已上传 #${row.id}，正在处理`;
    event.target.reset();
    await refreshList();
  } catch (error) {
    message.textContent = `上传失败：${error.message}`;
  }
});

$("#folder").addEventListener("submit", async (event) => {
  event.preventDefault();
  const message = $("#folder-message");
  try {
    const result = await api("POST", "/api/folders", {
      path: $("#folder-path").value, framework: $("#upload-framework").value,
    });
    const created = (result.submissions || []).length;
    const skipped = (result.skipped || []).length;
    message.textContent = `已登记 ${created} 个文件，跳过 ${skipped} 个`;
    await refreshList();
  } catch (error) {
    message.textContent = `登记失败：${error.message}`;
  }
});

// ---- the review page ---------------------------------------------------------------------

async function openReview(id) {
  show("review-view");
  document.body.dataset.ready = "";
  state.id = id;
  state.current = null;
  const submission = await api("GET", `/api/submissions/${id}`);
  state.submission = submission;
  $("#crumb").textContent = `› ${submission.filename}`;
  $("#doc-title").textContent = submission.filename;
  $("#export-gold").href = `/api/submissions/${id}/gold.json`;
  $("#export-xlsx").href = `/api/submissions/${id}/review.xlsx`;
  if (submission.status !== "done") {
    $("#doc").replaceChildren();
    for (const section of ["#verdicts ul", "#form-check div", "#tree div", "#added ul"]) {
      $(section).replaceChildren();
    }
    const line = submission.status === "failed"
      ? `处理失败（${submission.error_kind}）：${submission.error}`
      : `${PROCESSING[submission.status] || submission.status}…`;
    $("#status-line").textContent = line;
    if (submission.status !== "failed") {
      state.poll = setTimeout(() => openReview(id).catch(console.error), 1000);
    }
    return;
  }
  const [found, view, decisions] = await Promise.all([
    api("GET", `/api/submissions/${id}/suggestions`),
    api("GET", `/api/submissions/${id}/view`),
    api("GET", `/api/submissions/${id}/decisions`),
  ]);
  state.framework = await api("GET", `/api/frameworks/${encodeURIComponent(found.framework)}`);
  state.view = view;
  Object.assign(find, { query: "", hits: [], rects: new Map(), current: -1 });  // a new document
  $("#find").value = "";
  $("#find-count").textContent = "";
  state.suggestions = found.suggestions;
  state.byKey = new Map(found.suggestions.map((s) => [s.key, s]));
  state.history = decisions.history;
  state.standing = new Map();
  state.notes = new Map();
  decisions.history.forEach(record);
  state.reviews = new Map((decisions.verdicts || []).map((v) => [v.key, v]));
  state.verdicts = found.verdicts;
  state.verdictRects = found.verdict_rects || {};
  state.mode = view.pages.length ? "pages" : "text";  // a PDF, or a DOCX's print
  $("#doc-modes").hidden = !view.pages.length;
  renderVerdicts(found.verdicts);
  renderForm(found.form);
  renderTree();
  renderAdded();
  renderDocument();
  updateStatusLine();
  document.body.dataset.ready = "review";
}

// Each suggestion's standing decision (its last that is not a note) and its last note, kept
// as decisions arrive, so drawing the tree never rescans the whole audit trail.
function record(decision) {
  if (decision.action === "undo") state.standing.delete(decision.suggestion);  // undecided again
  else if (decision.action !== "note") state.standing.set(decision.suggestion, decision);
  if (decision.note) state.notes.set(decision.suggestion, decision.note);
}

function standing(key) {
  return state.standing.get(key) || null;
}

function lastNote(key) {
  return state.notes.get(key) || null;
}

function updateStatusLine() {
  const decided = state.suggestions.filter((s) => standing(s.key)).length;
  $("#status-line").textContent =
    `已审核 ${decided} / ${state.suggestions.length} 条建议 · 共 ${state.view.page_count} 页`;
}

// A verdict as the review stands: the reviewer's (or 待核实 once every piece of a pass's
// evidence was rejected) over the machine's, the machine's shown beside it.
function renderVerdicts(verdicts) {
  if (!verdicts.length) {
    fill($("#verdicts ul"), el("li", { class: "muted" }, "此框架没有不可偏离条件。"));
    return;
  }
  fill($("#verdicts ul"), ...verdicts.map((verdict, index) => {
    const key = `verdict:${index}`;
    const review = state.reviews.get(verdict.key);
    const effective = review ? review.effective : verdict.verdict;
    const locate = verdict.evidence.length
      ? el("button", { type: "button", class: "link", onclick: () => highlight(key, true) }, "定位")
      : null;
    const changed = review && (review.reviewer || review.effective !== review.machine);
    const decide = (label, action, to) => el("button", {
      type: "button", class: "link", dataset: { overrule: to || "confirm" },
      onclick: () => decideVerdict(verdict, action, to).catch(showError),
    }, label);
    return el("li", { class: `verdict v-${effective}`, dataset: { condition: verdict.key, effective } },
      el("span", { class: "badge" }, VERDICT[effective] || effective),
      el("strong", {}, verdict.name), " ", locate,
      changed ? el("div", { class: "reason review" },
        `${review.reviewer ? "审核结论" : "待审核"}（系统：${VERDICT[review.machine]}）：${review.reason || ""}`) : null,
      el("div", { class: "reason" }, verdict.reason),
      el("div", { class: "overrule" }, decide("确认", "confirm"),
        ...["pass", "fail", "unclear"].filter((v) => v !== effective || review?.reviewer)
          .map((v) => decide(`改为${VERDICT[v]}`, "overrule", v))));
  }));
}

// Confirm or change a verdict, always with a reason; the verdicts are read back as they stand.
async function decideVerdict(verdict, action, to) {
  const title = action === "confirm" ? `确认：${verdict.name}` : `改判为${VERDICT[to]}：${verdict.name}`;
  const values = await edit(title, verdict.reason, ["note"], { note: "" });
  if (!values) return;
  if (!values.note) { $("#status-line").textContent = "改判或确认须填写理由"; return; }
  await post(`condition:${verdict.key}`, action, to ? { verdict: to } : undefined, values.note);
  await refreshVerdicts();
}

async function refreshVerdicts() {
  const decisions = await api("GET", `/api/submissions/${state.id}/decisions`);
  state.reviews = new Map((decisions.verdicts || []).map((v) => [v.key, v]));
  renderVerdicts(state.verdicts);
}

function showError(error) {
  $("#status-line").textContent = `出错：${error.message}`;
}

function renderForm(form) {
  const box = $("#form-check div");
  if (!form) { box.replaceChildren(el("p", { class: "muted" }, "此框架无申报表要求。")); return; }
  if (!form.is_form) {
    box.replaceChildren(el("p", { class: "muted" }, "该文件不是申报表（未找到申报表的章节）。"));
    return;
  }
  const rows = form.sections.map((section) => {
    const over = section.max_chars !== null && section.chars > section.max_chars;
    return el("tr", { class: section.present ? (over ? "warn" : "") : "bad" },
      el("td", {}, section.title), el("td", {}, section.present ? "✓" : "缺少"),
      el("td", {}, section.present ? `${section.chars}${section.max_chars ? " / " + section.max_chars : ""} 字` : ""));
  });
  const facts = [
    ["联系人信息", form.contacts_filled ? "已填写" : `缺少：${form.missing_contacts.join("、")}`, form.contacts_filled],
    ["真实性承诺", form.commitment ? "有" : "未找到", form.commitment],
    ["推荐意见", form.missing_opinions.length ? `缺少：${form.missing_opinions.join("、")}` : "齐全",
      !form.missing_opinions.length],
  ];
  box.replaceChildren(el("table", { class: "grid small" }, el("tbody", {}, rows,
    facts.map(([name, text, ok]) => el("tr", { class: ok ? "" : "bad" },
      el("td", {}, name), el("td", { colspan: 2 }, text))))));
}

function renderTree() {
  const indicators = state.framework.indicators;
  const children = new Map();
  for (const indicator of indicators) {
    const list = children.get(indicator.parent || "") || [];
    list.push(indicator);
    children.set(indicator.parent || "", list);
  }
  const byIndicator = new Map();
  for (const suggestion of state.suggestions) {
    const list = byIndicator.get(suggestion.indicator) || [];
    list.push(suggestion);
    byIndicator.set(suggestion.indicator, list);
  }
  for (const list of byIndicator.values()) list.sort((a, b) => b.confidence - a.confidence);
  state.order = [];
  const count = (indicator) => (byIndicator.get(indicator.id) || []).length
    + (children.get(indicator.id) || []).reduce((sum, child) => sum + count(child), 0);
  const points = (indicator) => indicator.points !== null ? `${indicator.points}分` : "";
  const node = (indicator) => {
    if (indicator.level === 3 || !(children.get(indicator.id) || []).length) {
      const found = byIndicator.get(indicator.id) || [];
      for (const suggestion of found) state.order.push(suggestion.key);
      return el("div", { class: "indicator", dataset: { indicator: indicator.id } },
        el("div", { class: "indicator-name" }, indicator.non_deviable ? el("span", { class: "star", title: "不可偏离条件" }, "★") : null,
          indicator.name, el("span", { class: "points" }, points(indicator))),
        found.length ? el("ul", { class: "suggestions" }, found.map(suggestionItem))
          : el("p", { class: "muted small" }, "无建议"));
    }
    const inner = (children.get(indicator.id) || []).map(node);
    return el("details", { class: `level${indicator.level}`, open: true, dataset: { indicator: indicator.id } },
      el("summary", {}, indicator.name, el("span", { class: "points" }, points(indicator)),
        el("span", { class: "count" }, `${count(indicator)} 条`)), inner);
  };
  $("#tree div").replaceChildren(
    el("p", { class: "muted small" }, `${state.framework.name} · 满分 ${state.framework.total_points}`),
    ...(children.get("") || []).map(node));
}

function suggestionItem(suggestion) {
  const item = el("li", { class: "suggestion", tabindex: -1, dataset: { key: suggestion.key } });
  item.addEventListener("click", (event) => {
    if (event.target.closest("button")) return;
    select(suggestion.key, true);
  });
  fillSuggestion(item, suggestion);
  return item;
}

function fillSuggestion(item, suggestion) {
  const decision = standing(suggestion.key);
  const label = fieldLabel(suggestion.field);
  let what;
  if (suggestion.kind === "claim") {
    what = [label.name, " ", el("b", { class: "value" }, formatValue(suggestion.value, label.unit)),
      suggestion.status ? ` ${STATUS[suggestion.status]}` : "", suggestion.year ? ` ${suggestion.year}年` : ""];
  } else if (suggestion.kind === "list") {
    what = [label.name || "名单", " ", el("b", { class: "item" }, suggestion.item || "")];
  } else {
    what = ["相关段落"];
  }
  let state_ = null;
  if (decision) {
    let text = ACTION[decision.action] || decision.action;
    if (decision.action === "correct" && decision.value) {
      const v = decision.value;
      text += `为 ${formatValue(v.value, label.unit)}${v.status ? " " + STATUS[v.status] : ""}${v.year ? " " + v.year + "年" : ""}`;
    }
    state_ = el("span", { class: `decision d-${decision.action}` }, text);
  }
  const note = lastNote(suggestion.key);
  item.className = `suggestion${decision ? " decided d-" + decision.action : ""}${state.current === suggestion.key ? " active" : ""}`;
  const act = (action) => (event) => { event.stopPropagation(); select(suggestion.key, false); decide(action); };
  fill(item,
    el("div", { class: "what" }, el("span", { class: `kind k-${suggestion.kind}` }, KIND[suggestion.kind]), what),
    el("div", { class: "quote" }, suggestion.evidence.quote),
    el("div", { class: "meta" }, `置信度 ${Math.round(suggestion.confidence * 100)}%`,
      suggestion.evidence.page ? ` · ${pageText(suggestion.evidence.page)}` : "", " ", state_),
    note ? el("div", { class: "note" }, `备注：${note}`) : null,
    el("div", { class: "actions" },
      el("button", { type: "button", class: "confirm", title: "确认 (c)", onclick: act("confirm") }, "确认"),
      el("button", { type: "button", class: "reject", title: "驳回 (r)", onclick: act("reject") }, "驳回"),
      suggestion.kind === "claim"
        ? el("button", { type: "button", class: "correct", title: "更正 (e)", onclick: act("correct") }, "更正") : null,
      el("button", { type: "button", class: "note-button", title: "备注 (n)", onclick: act("note") }, "备注")));
}

function renderAdded() {
  const items = [];
  for (const [key, decision] of state.standing) {
    if (!key.startsWith("added:") || decision.action !== "add" || !decision.value) continue;
    const v = decision.value;
    const label = fieldLabel(v.field);
    items.push(el("li", { class: "added", dataset: { key } },
      el("div", { class: "what" }, label.name, " ", el("b", {}, formatValue(v.value, label.unit)),
        v.status ? ` ${STATUS[v.status]}` : "", v.year ? ` ${v.year}年` : ""),
      el("div", { class: "quote" }, v.quote || ""),
      el("div", { class: "meta" }, pageText(v.page), decision.note ? ` · 备注：${decision.note}` : "", " ",
        el("button", { type: "button", class: "link", onclick: () => highlight(key, true) }, "定位"), " ",
        el("button", { type: "button", class: "link", onclick: () => removeAdded(key) }, "删除"))));
  }
  $("#added").hidden = items.length === 0;
  $("#added ul").replaceChildren(...items);
}

// ---- the document ------------------------------------------------------------------------

// Evidence spans by the blocks they touch: a passage may run from its block into the next.
function spansByBlock() {
  const spans = new Map();
  const blocks = state.view.blocks;
  const position = new Map(blocks.map((block, at) => [block.index, at]));
  const add = (evidence, key) => {
    const span = { start: evidence.span.start, end: evidence.span.end, key };
    for (let at = position.get(evidence.block) ?? 0; at < blocks.length && blocks[at].start < span.end; at++) {
      if (blocks[at].end <= span.start) continue;
      const list = spans.get(blocks[at].index) || [];
      list.push(span);
      spans.set(blocks[at].index, list);
    }
  };
  for (const suggestion of state.suggestions) add(suggestion.evidence, suggestion.key);
  find.hits.forEach((hit, index) => add({ block: hit.block, span: hit }, `find:${index}`));
  state.verdicts.forEach((verdict, index) => verdict.evidence.forEach((e) => add(e, `verdict:${index}`)));
  for (const [key, decision] of state.standing) {
    const v = decision.value;  // an addition the reviewer later removed is no longer marked
    if (decision.action === "add" && v && Number.isInteger(v.start) && Number.isInteger(v.block)) {
      add({ block: v.block, span: { start: v.start, end: v.end } }, key);
    }
  }
  return spans;
}

// Figures and named items are marked all the time; passages and a verdict's evidence only
// when chosen, or whole pages would be yellow.
function loud(key) {
  const suggestion = state.byKey.get(key);
  return suggestion ? suggestion.kind !== "passage" : key.startsWith("added:");
}

// The text from ``start`` to ``end`` as spans, cut wherever an evidence span begins or ends;
// each span knows its offset in the document text (for selections) and which keys cover it.
function segments(text, start, spans) {
  const end = start + text.length;
  const cuts = new Set([start, end]);
  for (const span of spans) {
    if (span.start > start && span.start < end) cuts.add(span.start);
    if (span.end > start && span.end < end) cuts.add(span.end);
  }
  const points = Array.from(cuts).sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const covering = spans.filter((s) => s.start < to && s.end > from).map((s) => s.key);
    const keys = covering.filter((k) => !k.startsWith("find:"));
    const found = covering.filter((k) => k.startsWith("find:"));
    const attrs = { dataset: { start: from } };
    if (keys.length) {
      attrs.class = keys.some(loud) ? "ev" : "ev quiet";
      attrs.dataset.keys = keys.join(" ");
    }
    if (found.length) {
      attrs.class = `${attrs.class || ""} hit`.trim();
      attrs.dataset.hits = found.join(" ");
    }
    out.push(el("span", attrs, text.slice(from - start, to - start)));
  }
  return out;
}

function renderText(spans) {
  const nodes = [];
  for (const block of state.view.blocks) {
    const own = spans.get(block.index) || [];
    const attrs = { class: `block b-${block.kind}${block.ocr ? " ocr" : ""}`, dataset: { block: block.index, page: block.page || "" } };
    if (block.kind === "table") {
      let offset = block.start;
      const rows = block.text.split("\n").map((line) => {
        const cells = line.split("\t").map((cell) => {
          const td = el("td", {}, segments(cell, offset, own));
          offset += cell.length + 1;
          return td;
        });
        return el("tr", {}, cells);
      });
      nodes.push(el("table", attrs, el("tbody", {}, rows)));
    } else {
      nodes.push(el(block.kind === "heading" ? "h3" : "p", attrs, segments(block.text, block.start, own)));
    }
  }
  return nodes;
}

function renderPages() {
  const rectsByPage = new Map();
  const add = (key, rect) => {
    const list = rectsByPage.get(rect.page) || [];
    list.push({ key, rect });
    rectsByPage.set(rect.page, list);
  };
  for (const suggestion of state.suggestions) for (const rect of suggestion.rects) add(suggestion.key, rect);
  for (const [key, rects] of Object.entries(state.verdictRects)) for (const rect of rects) add(key, rect);
  return state.view.pages.map((page) => {
    const image = el("img", { src: `/api/submissions/${state.id}/pages/${page.number}.png`, alt: `第${page.number}页`, loading: "lazy" });
    const frame = el("div", { class: "page", dataset: { page: page.number } }, image);
    frame.style.aspectRatio = `${page.width} / ${page.height}`;
    for (const { key, rect } of rectsByPage.get(page.number) || []) {
      const suggestion = state.byKey.get(key);
      const box = el("div", { class: loud(key) ? "box" : "box quiet", dataset: { keys: key }, title: suggestion ? fieldLabel(suggestion.field).name : "" });
      box.style.left = `${(rect.x0 / page.width) * 100}%`;
      box.style.top = `${(rect.top / page.height) * 100}%`;
      box.style.width = `${((rect.x1 - rect.x0) / page.width) * 100}%`;
      box.style.height = `${((rect.bottom - rect.top) / page.height) * 100}%`;
      frame.append(box);
    }
    for (const { index, rect } of find.rects.get(page.number) || []) {
      const box = el("div", { class: "box hit", dataset: { hits: `find:${index}` } });
      box.style.left = `${(rect.x0 / page.width) * 100}%`;
      box.style.top = `${(rect.top / page.height) * 100}%`;
      box.style.width = `${((rect.x1 - rect.x0) / page.width) * 100}%`;
      box.style.height = `${((rect.bottom - rect.top) / page.height) * 100}%`;
      frame.append(box);
    }
    return el("div", { class: "page-wrap" }, el("div", { class: "page-number" }, pageText(page.number)), frame);
  });
}

function renderDocument() {
  const doc = $("#doc");
  doc.dataset.mode = state.mode;
  for (const button of $$("#doc-modes button")) button.classList.toggle("on", button.dataset.mode === state.mode);
  doc.replaceChildren(...(state.mode === "pages" ? renderPages() : renderText(spansByBlock())));
  $("#doc-warnings").replaceChildren(...state.view.warnings.map((w) => el("div", {}, w)));
  if (state.current) highlight(state.current, false);
}

for (const button of $$("#doc-modes button")) {
  button.addEventListener("click", () => { state.mode = button.dataset.mode; renderDocument(); });
}

$("#doc").addEventListener("click", (event) => {
  const hit = event.target.closest("[data-keys]");
  if (!hit || !window.getSelection().isCollapsed) return;
  const key = hit.dataset.keys.split(" ").find((k) => state.byKey.has(k));
  if (key) select(key, false);
});

function highlight(key, scroll) {
  for (const node of $$("#doc .active")) node.classList.remove("active");
  const escaped = CSS.escape(key);
  let hits = $$(`#doc [data-keys~="${escaped}"]`);
  if (!hits.length && state.mode === "pages") {
    // no box for it on the page images (a DOCX-like block, or text without boxes): show the text
    const evidence = state.byKey.get(key) || null;
    if (evidence) {
      const hasRects = evidence.rects && evidence.rects.length;
      if (!hasRects) { state.mode = "text"; renderDocument(); hits = $$(`#doc [data-keys~="${escaped}"]`); }
    } else if (key.startsWith("added:") || (key.startsWith("verdict:") && !(state.verdictRects[key] || []).length)) {
      state.mode = "text"; renderDocument(); hits = $$(`#doc [data-keys~="${escaped}"]`);
    }
  }
  for (const node of hits) node.classList.add("active");
  if (scroll && hits.length) hits[0].scrollIntoView({ block: "center", behavior: "instant" });
  return hits.length;
}

// ---- choosing and deciding ---------------------------------------------------------------

function select(key, scroll) {
  state.current = key;
  for (const node of $$("#tree .suggestion.active")) node.classList.remove("active");
  const item = $(`#tree .suggestion[data-key="${CSS.escape(key)}"]`);
  if (item) {
    item.classList.add("active");
    item.focus({ preventScroll: true });
    item.scrollIntoView({ block: "nearest" });
  }
  highlight(key, scroll);
}

function move(step) {
  if (!state.order.length) return;
  const at = state.order.indexOf(state.current);
  const next = at < 0 ? 0 : Math.min(Math.max(at + step, 0), state.order.length - 1);
  select(state.order[next], true);
}

function nextUndecided() {
  const at = state.order.indexOf(state.current);
  for (let i = at + 1; i < state.order.length; i++) {
    if (!standing(state.order[i])) { select(state.order[i], true); return; }
  }
  move(1);
}

async function post(key, action, value, note) {
  const body = { suggestion: key, action };
  if (value !== undefined) body.value = value;
  if (note) body.note = note;
  const decision = await api("POST", `/api/submissions/${state.id}/decisions`, body);
  state.history.push(decision);
  record(decision);
  return decision;
}

function refreshItem(key) {
  const item = $(`#tree .suggestion[data-key="${CSS.escape(key)}"]`);
  if (item) fillSuggestion(item, state.byKey.get(key));
  updateStatusLine();
}

async function decide(action) {
  const key = state.current;
  const suggestion = key && state.byKey.get(key);
  if (!suggestion) return;
  if (action === "confirm" || action === "reject") {
    await post(key, action);
    refreshItem(key);
    if (action === "reject") await refreshVerdicts();  // a pass may have lost its evidence
    nextUndecided();
  } else if (action === "correct" && suggestion.kind === "claim") {
    const decision = standing(key);
    const current = decision && decision.action === "correct" && decision.value ? decision.value : suggestion;
    // typed and shown in the unit the document used (亿元, 万个), stored canonical
    const unit = writtenUnit(suggestion);
    const title = `更正：${fieldLabel(suggestion.field).name}${unit.label ? `（单位：${unit.label}）` : ""}`;
    const values = await edit(title, suggestion.evidence.quote, ["value", "status", "year", "note"],
      { value: scaled(current.value, unit.factor), status: current.status, year: current.year });
    if (!values) return;
    const value = Math.round(values.value * unit.factor * 1e6) / 1e6;
    await post(key, "correct", { value, status: values.status, year: values.year }, values.note);
    refreshItem(key);
  } else if (action === "undo") {
    if (!standing(key)) return;
    await post(key, "undo");
    refreshItem(key);
    await refreshVerdicts();
  } else if (action === "note") {
    const values = await edit("备注", suggestion.evidence.quote, ["note"], { note: lastNote(key) || "" });
    if (!values || !values.note) return;
    await post(key, "note", undefined, values.note);
    refreshItem(key);
  }
}

// ---- adding evidence the extractor missed ------------------------------------------------

function selectionOffsets() {
  const selection = window.getSelection();
  if (!selection.rangeCount || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const where = (node, offset) => {
    const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
    const segment = element && element.closest("#doc [data-start]");
    if (!segment) return null;
    const block = segment.closest("[data-block]");
    const within = node.nodeType === Node.TEXT_NODE ? offset : 0;
    return { at: Number(segment.dataset.start) + within, block: Number(block.dataset.block), page: Number(block.dataset.page) || null };
  };
  const from = where(range.startContainer, range.startOffset);
  const to = where(range.endContainer, range.endOffset);
  if (!from || !to || to.at <= from.at) return null;
  return { start: from.at, end: to.at, block: from.block, page: from.page, quote: selection.toString().trim() };
}

document.addEventListener("selectionchange", () => {
  const button = $("#add-evidence");
  if (!button || $("#review-view").hidden) return;
  button.hidden = selectionOffsets() === null;
});

$("#add-evidence").addEventListener("click", () => addEvidence());

async function addEvidence() {
  const picked = selectionOffsets();
  if (!picked) return;
  const values = await edit("添加证据", picked.quote, ["indicator", "field", "value", "status", "year", "note"],
    { status: "actual", indicator: currentIndicator() });
  if (!values) return;
  const key = `added:${picked.start}-${picked.end}`;
  await post(key, "add", {
    indicator: values.indicator, field: values.field, value: values.value, status: values.status,
    year: values.year, page: picked.page, quote: picked.quote, block: picked.block,
    start: picked.start, end: picked.end,
  }, values.note);
  window.getSelection().removeAllRanges();
  renderAdded();
  renderDocument();
}

async function removeAdded(key) {
  await post(key, "reject");
  renderAdded();
  renderDocument();
}

function currentIndicator() {
  const suggestion = state.current && state.byKey.get(state.current);
  return suggestion ? suggestion.indicator : null;
}

// ---- the editing dialog ------------------------------------------------------------------

function edit(title, quote, shown, initial) {
  const dialog = $("#editor");
  const form = $("#editor-form");
  $("#editor-title").textContent = title;
  $("#editor-quote").textContent = quote || "";
  $("#editor-error").textContent = "";
  for (const label of $$("label[data-for]", form)) label.hidden = !shown.includes(label.dataset.for);
  const third = state.framework.indicators.filter((i) => i.level === 3);
  form.elements.indicator.replaceChildren(...third.map((i) => el("option", { value: i.id }, i.name)));
  const fillFields = () => {
    const indicator = third.find((i) => i.id === form.elements.indicator.value);
    const own = indicator ? indicator.fields : [];
    const all = Object.keys(state.framework.fields);
    const ordered = own.concat(all.filter((f) => !own.includes(f)));
    form.elements.field.replaceChildren(...ordered.map((f) => el("option", { value: f }, fieldLabel(f).name)));
  };
  form.elements.indicator.onchange = fillFields;
  if (initial.indicator) form.elements.indicator.value = initial.indicator;
  fillFields();
  form.elements.value.value = initial.value ?? "";
  form.elements.status.value = initial.status || "actual";
  form.elements.year.value = initial.year ?? "";
  form.elements.note.value = initial.note || "";
  const needsValue = shown.includes("value");
  form.elements.value.required = needsValue;
  return new Promise((resolve) => {
    const finish = (result) => {
      form.onsubmit = null;
      $("#editor-cancel").onclick = null;
      dialog.onclose = null;
      if (dialog.open) dialog.close();
      resolve(result);
    };
    form.onsubmit = (event) => {
      event.preventDefault();
      const value = form.elements.value.value;
      if (needsValue && (value === "" || Number.isNaN(Number(value)))) {
        $("#editor-error").textContent = "请填写数值";
        return;
      }
      const year = form.elements.year.value;
      finish({
        indicator: form.elements.indicator.value, field: form.elements.field.value,
        value: needsValue ? Number(value) : null, status: form.elements.status.value,
        year: year === "" ? null : Number(year), note: form.elements.note.value.trim(),
      });
    };
    $("#editor-cancel").onclick = () => finish(null);
    dialog.onclose = () => finish(null);
    dialog.showModal();
    const first = shown.includes("value") ? form.elements.value : shown.includes("indicator")
      ? form.elements.indicator : form.elements.note;
    first.focus();
  });
}

// ---- the list's review summary and reviewer filter ---------------------------------------

// The verdicts as the review stands (the reviewer's over the machine's), counted.
function verdictTally(summary) {
  if (!summary || !summary.conditions) return "";
  return el("span", { class: "tally" },
    el("span", { class: "t-pass" }, `通过 ${summary.passed}`), " · ",
    el("span", { class: "t-fail" }, `不通过 ${summary.failed}`), " · ",
    el("span", { class: "t-unclear" }, `待核实 ${summary.unclear}`));
}

// How much the reviewer decided: verdicts, then suggestions.
function reviewProgress(summary) {
  if (!summary) return "";
  return el("span", { class: "progress" },
    `条件 ${summary.conditions_decided}/${summary.conditions} · 建议 ${summary.suggestions_decided}/${summary.suggestions}`);
}

function fillReviewerFilter() {
  $("#reviewer-filter-label").hidden = !state.me.is_admin;
  if (!state.me.is_admin) return;
  const select = $("#reviewer-filter");
  const chosen = select.value;
  select.replaceChildren(el("option", { value: "" }, "全部"), el("option", { value: "none" }, "未分配"),
    ...state.reviewers.map((r) => el("option", { value: r.id }, r.name)));
  select.value = [...select.options].some((o) => o.value === chosen) ? chosen : "";
}

function isReviewerShown(row) {
  const wanted = state.me.is_admin ? $("#reviewer-filter").value : "";
  if (!wanted) return true;
  return wanted === "none" ? row.assigned_to === null : row.assigned_to === Number(wanted);
}

// Assigning (to an active account) or unassigning ("未分配"); ``then`` redraws.
function assignSelect(row, then) {
  const choices = state.reviewers.filter((r) => r.is_active || r.id === row.assigned_to);
  return el("select", {
    "aria-label": "分配给",
    onchange: (event) => assignTo(row.id, event.target.value).then(then).catch(showAdminError),
  }, el("option", { value: "", selected: row.assigned_to === null }, "未分配"),
  choices.map((r) => el("option", { value: r.id, selected: r.id === row.assigned_to }, r.name)));
}

async function assignTo(id, reviewerId) {
  if (reviewerId === "") await api("DELETE", `/api/submissions/${id}/assign`);
  else await api("POST", `/api/submissions/${id}/assign`, { reviewer_id: Number(reviewerId) });
}

// ---- the administrator's page ------------------------------------------------------------

const ADMIN_ACTION = {
  add_reviewer: "添加账户", deactivate: "停用账户", reactivate: "启用账户", reset_password: "重置密码",
  assign: "分配", unassign: "取消分配", delete_submission: "删除申报材料",
};
const ROLE = { admin: "管理员", reviewer: "审核员" };
const admin = { resetting: null, deleting: null };

function showAdminError(error) {
  if (error.status === 401) return;
  const where = $("#admin-view").hidden ? "#upload-message" : "#admin-message";
  $(where).textContent = `操作失败：${ADMIN_REFUSAL[error.status] || error.message}`;
}
const ADMIN_REFUSAL = {
  403: "仅管理员可以操作", 404: "对象不存在", 409: "不允许（不能操作自己的账户、最后一位管理员或已停用的账户）",
};

async function openAdmin() {
  if (!state.me.is_admin) {  // the API refuses a reviewer anyway (403); show them their list
    history.replaceState(null, "", "/");
    return openList();
  }
  show("admin-view");
  document.body.dataset.ready = "";
  $("#crumb").textContent = "账户管理";
  $("#admin-message").textContent = "";
  await refreshAdmin();
}

async function refreshAdmin() {
  const [reviewers, rows, actions] = await Promise.all([
    api("GET", "/api/reviewers"), api("GET", "/api/submissions"), api("GET", "/api/audit"),
  ]);
  state.reviewers = reviewers;
  $("#accounts tbody").replaceChildren(...reviewers.map(accountRow));
  $("#admin-submissions tbody").replaceChildren(...rows.map(adminSubmissionRow));
  $("#audit tbody").replaceChildren(...actions.map(auditRow));
  document.body.dataset.ready = "admin";
}

function accountRow(account) {
  const own = account.id === state.me.id;
  const toggle = account.is_active
    ? el("button", { type: "button", class: "link deactivate", disabled: own, onclick: () => setActive(account, false) }, "停用")
    : el("button", { type: "button", class: "link reactivate", onclick: () => setActive(account, true) }, "启用");
  const reset = el("button", { type: "button", class: "link reset", disabled: own, onclick: () => askReset(account) }, "重置密码");
  return el("tr", { dataset: { id: account.id, name: account.name }, class: account.is_active ? "" : "inactive" },
    el("td", {}, account.name), el("td", {}, account.is_admin ? "管理员" : "审核员"),
    el("td", { class: "state" }, account.is_active ? "启用" : "已停用"), el("td", {}, account.assigned),
    el("td", {}, account.last_login_at ? uploadedAt(account.last_login_at) : "从未登录"),
    el("td", { class: "actions-cell" }, own ? "（本人）" : null, own ? null : toggle, own ? null : reset));
}

async function setActive(account, active) {
  const path = active ? `/api/reviewers/${account.id}/reactivate` : `/api/reviewers/${account.id}/deactivate`;
  await api("POST", path)
    .then(() => { $("#admin-message").textContent = `${account.name} 已${active ? "启用" : "停用"}`; })
    .catch(showAdminError);
  await refreshAdmin();
}

function adminSubmissionRow(row) {
  const status = el("span", { class: `status s-${row.status}` }, PROCESSING[row.status] || row.status);
  const remove = el("button", { type: "button", class: "link danger delete", onclick: () => askDelete(row) }, "删除");
  return el("tr", { dataset: { id: row.id } },
    el("td", {}, row.id), el("td", {}, row.filename), el("td", {}, uploadedAt(row.created_at)),
    el("td", {}, status), el("td", {}, assignSelect(row, refreshAdmin)), el("td", {}, remove));
}

function auditRow(action) {
  const detail = ROLE[action.detail] || action.detail;  // a new account's role, a deleted file's name
  const on = [action.reviewer, action.submission_id ? `#${action.submission_id}` : null, detail];
  return el("tr", {},
    el("td", {}, uploadedAt(action.created_at)), el("td", {}, action.actor),
    el("td", {}, ADMIN_ACTION[action.action] || action.action),
    el("td", {}, on.filter((part) => part).join(" ")));
}

$("#add-account").addEventListener("submit", async (event) => {
  event.preventDefault();
  const form = event.target;
  const body = {
    name: form.elements.name.value.trim(), password: form.elements.password.value,
    is_admin: form.elements.role.value === "admin",
  };
  try {
    const made = await api("POST", "/api/reviewers", body);
    form.reset();
    $("#admin-message").textContent = `已添加账户 ${made.name}`;
    await refreshAdmin();
  } catch (error) {
    $("#admin-message").textContent = error.status === 409 ? "添加失败：用户名已存在"
      : error.status === 422 ? "添加失败：用户名只能含字母、数字、._-，密码至少10个字符" : `添加失败：${error.message}`;
  }
});

function askReset(account) {
  admin.resetting = account;
  $("#reset-form").reset();
  $("#reset-title").textContent = `重置 ${account.name} 的密码`;
  $("#reset-message").textContent = "";
  $("#reset-dialog").showModal();
}
$("#reset-cancel").addEventListener("click", () => $("#reset-dialog").close());
$("#reset-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const account = admin.resetting;
  try {
    await api("POST", `/api/reviewers/${account.id}/password`, { password: event.target.elements.password.value });
    $("#reset-dialog").close();
    $("#admin-message").textContent = `${account.name} 的密码已重置，其登录已全部退出`;
    await refreshAdmin();
  } catch (error) {
    $("#reset-message").textContent = `重置失败：${ADMIN_REFUSAL[error.status] || error.message}`;
  }
});

function askDelete(row) {
  admin.deleting = row;
  $("#delete-what").textContent = `#${row.id} ${row.filename}`;
  $("#delete-message").textContent = "";
  $("#delete-dialog").showModal();
}
$("#delete-cancel").addEventListener("click", () => $("#delete-dialog").close());
$("#delete-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const row = admin.deleting;
  try {
    await api("DELETE", `/api/submissions/${row.id}`);
    $("#delete-dialog").close();
    $("#admin-message").textContent = `已删除 #${row.id} ${row.filename}`;
    await refreshAdmin();
  } catch (error) {
    $("#delete-message").textContent = `删除失败：${ADMIN_REFUSAL[error.status] || error.message}`;
  }
});

// A session ended elsewhere (deactivated, password reset, signed out on another tab) shows the
// sign-in form within a minute even on a page that is only being read.
const SESSION_CHECK_MS = 30000;
function watchSession() {
  if (state.sessionWatch) return;
  state.sessionWatch = setInterval(() => {
    if (state.me) api("GET", "/api/me").catch(() => null);  // a 401 shows the sign-in form
  }, SESSION_CHECK_MS);
}

// ---- keyboard ----------------------------------------------------------------------------

// ---- find in document --------------------------------------------------------------------
// Hits are looked for in the text the page shows (OCR text included), ignoring spaces and
// letter case; on page images each hit is outlined on the lines it covers.

const find = { query: "", hits: [], rects: new Map(), current: -1 };

function folded(text) {  // the text without spaces, lower case, with where each character was
  const chars = [], at = [];
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i])) continue;
    chars.push(text[i].toLowerCase());
    at.push(i);
  }
  return { text: chars.join(""), at };
}

function findHits(query) {
  const wanted = folded(query.normalize("NFKC")).text;
  const hits = [];
  if (!wanted || !state.view) return hits;
  for (const block of state.view.blocks) {
    const { text, at } = folded(block.text);
    for (let from = text.indexOf(wanted); from >= 0; from = text.indexOf(wanted, from + 1)) {
      const start = block.start + at[from], end = block.start + at[from + wanted.length - 1] + 1;
      hits.push({ block: block.index, start, end, page: block.page });
      if (hits.length >= 1000) return hits;
    }
  }
  return hits;
}

function hitRects(hits) {  // page -> [{index, rect}], from the view's printed lines
  const byPage = new Map();
  const lines = state.view.lines || [];
  hits.forEach((hit, index) => {
    for (const line of lines) {
      if (line.end <= hit.start || line.start >= hit.end) continue;
      const from = Math.max(hit.start, line.start) - line.start;
      const to = Math.min(hit.end, line.end) - line.start;  // where the next character begins
      const lefts = line.lefts || [];
      const x0 = from < lefts.length ? lefts[from] : line.x0;
      const x1 = to < lefts.length ? lefts[to] : line.x1;
      const list = byPage.get(line.page) || [];
      list.push({ index, rect: { x0, x1, top: line.top, bottom: line.bottom } });
      byPage.set(line.page, list);
    }
  });
  return byPage;
}

function runFind(query) {
  find.query = query;
  find.hits = findHits(query);
  find.rects = hitRects(find.hits);
  find.current = find.hits.length ? 0 : -1;
  renderDocument();
  showHit();
}

function showHit() {
  const count = find.hits.length;
  $("#find-count").textContent = find.query ? (count ? `${find.current + 1}/${count}` : "无结果") : "";
  for (const node of $$("#doc .hit.current")) node.classList.remove("current");
  if (find.current < 0) return;
  const key = `find:${find.current}`;
  let nodes = $$(`#doc [data-hits~="${key}"]`);
  if (!nodes.length && state.mode === "pages") {  // a hit with no box on the page: the text
    state.mode = "text"; renderDocument(); nodes = $$(`#doc [data-hits~="${key}"]`);
  }
  for (const node of nodes) node.classList.add("current");
  if (nodes.length) nodes[0].scrollIntoView({ block: "center", behavior: "instant" });
}

function stepHit(step) {
  if (!find.hits.length) return;
  find.current = (find.current + step + find.hits.length) % find.hits.length;
  showHit();
}

let findTimer = null;
$("#find").addEventListener("input", (event) => {
  clearTimeout(findTimer);
  findTimer = setTimeout(() => runFind(event.target.value), 150);
});
$("#find").addEventListener("keydown", (event) => {
  if (event.key === "Enter") {
    event.preventDefault();
    clearTimeout(findTimer);
    if ($("#find").value !== find.query) runFind($("#find").value); else stepHit(event.shiftKey ? -1 : 1);
  } else if (event.key === "Escape") {
    $("#find").value = "";
    runFind("");
    $("#find").blur();
  }
});
$("#find-next").addEventListener("click", () => stepHit(1));
$("#find-prev").addEventListener("click", () => stepHit(-1));

document.addEventListener("keydown", (event) => {
  if ($("#review-view").hidden || $("#editor").open || $("#key-help").open) return;
  const ctrlF = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "f";
  const slash = event.key === "/" && !event.target.closest("input, textarea, select");
  if (ctrlF || slash) {  // the browser's own find cannot see the page images
    event.preventDefault();
    $("#find").focus();
    $("#find").select();
  }
});

document.addEventListener("keydown", (event) => {
  if (event.key === "?" && !event.target.closest("input, textarea, select") && !$("#editor").open) {
    const help = $("#key-help");
    if (help.open) help.close(); else help.showModal();
    event.preventDefault();
    return;
  }
  if ($("#review-view").hidden || $("#editor").open || $("#key-help").open) return;
  if (event.target.closest("input, textarea, select") || event.ctrlKey || event.metaKey || event.altKey) return;
  const actions = {
    j: () => move(1), ArrowDown: () => move(1), k: () => move(-1), ArrowUp: () => move(-1),
    c: () => decide("confirm"), r: () => decide("reject"), e: () => decide("correct"),
    n: () => decide("note"), u: () => decide("undo"), a: () => addEvidence(), Enter: () => state.current && highlight(state.current, true),
  };
  const action = actions[event.key];
  if (!action) return;
  event.preventDefault();
  Promise.resolve(action()).catch((error) => { $("#status-line").textContent = `出错：${error.message}`; });
});

start().catch(console.error);
