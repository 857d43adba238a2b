// The reviewer panel: one page talking to the JSON API (see /docs for its OpenAPI).
// Everything a document or a reviewer wrote is put in the page as text (textContent,
// createTextNode), never as markup; the Content-Security-Policy forbids inline script too.
"use strict";

// The page's words in the reader's language. Every message is English, written as a literal
// first argument of t() or, where one English word has several uses, the second of pt() after
// its context; the server puts their translations in the page (extractor/serve/page.py, from
// the one gettext catalogue), and a message not found there shows as written. {name}
// placeholders are filled from ``values``. No t() inside another's arguments: Babel, which
// extracts the messages for the catalogue, would miss it.
const STRINGS = JSON.parse(document.getElementById("strings").textContent || "{}");
const LANG = document.documentElement.lang;  // zh-CN or en, as the server chose

function filled(message, values) {
  return values ? message.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole))
    : message;
}

function t(message, values) {
  return filled(STRINGS[message] ?? message, values);
}

function pt(context, message, values) {
  return filled(STRINGS[`${context}\u0004${message}`] ?? message, values);
}

const state = {
  me: null, csrf: "", frameworks: [], reviewers: [],
  id: null, submission: null, framework: null, view: null,
  suggestions: [], byKey: new Map(), history: [], standing: new Map(), notes: new Map(),
  order: [], current: null,
  mode: "text", poll: null,
};

const KIND = { claim: t("Value"), list: t("List"), passage: t("Passage") };
const STATUS = { actual: pt("status", "actual"), target: pt("status", "target") };
const VERDICT = { pass: pt("verdict", "pass"), fail: pt("verdict", "fail"), unclear: pt("verdict", "unclear") };
const ACTION = { confirm: t("Confirmed"), reject: t("Rejected"), correct: t("Corrected"), add: t("Added") };
const PROCESSING = { queued: t("Queued"), processing: t("Processing"), done: t("Done"), failed: t("Failed") };

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
    throw new ApiError(401, t("Please sign in first"));
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

// A figure as its reader writes it: Chinese counts large sums and head counts in 亿 (10⁸) and
// 万 (10⁴), as the documents do (3.2亿元); English groups digits by thousands (320,000,000 yuan).
function formatValue(value, unit) {
  if (value === null || value === undefined) return "";
  let shown = Number(value);
  let suffix = unit;
  if (LANG !== "zh-CN") {
    const text = shown.toLocaleString(LANG, { maximumFractionDigits: 2 });
    return suffix ? t("{value} {unit}", { value: text, unit: suffix }) : text;
  }
  const yuan = unit === pt("unit", "yuan"), persons = unit === pt("unit", "persons");
  if (yuan && Math.abs(shown) >= 1e8) { shown /= 1e8; suffix = t("hundred million {unit}", { unit }); }
  else if (yuan && Math.abs(shown) >= 1e4) { shown /= 1e4; suffix = t("ten thousand {unit}", { unit }); }
  else if (persons && Math.abs(shown) >= 1e4) { shown /= 1e4; suffix = t("ten thousand {unit}", { unit }); }
  const text = Number.isInteger(shown) ? String(shown) : String(Math.round(shown * 100) / 100);
  return suffix ? t("{value} {unit}", { value: text, unit: suffix }) : text;
}

// The unit the document wrote a figure in (3.2亿元, 1.35万个, 356.8万人): the 万 or 亿 after the
// number in the quote whose value times it is the stored (canonical) value; else the field's.
function writtenUnit(suggestion) {
  const unit = fieldLabel(suggestion.field).unit;
  const value = Number(suggestion.value);
  for (const match of (suggestion.evidence.quote || "").matchAll(/(\d+(?:\.\d+)?)\s*(万|亿)/g)) {
    const factor = match[2] === "亿" ? 1e8 : 1e4;
    if (Math.abs(Number(match[1]) * factor - value) <= 1e-9 * Math.max(1, Math.abs(value))) {
      const label = factor === 1e8 ? t("hundred million {unit}", { unit }) : t("ten thousand {unit}", { unit });
      return { factor, label };
    }
  }
  return { factor: 1, label: unit };
}

function scaled(value, factor) {  // a figure in the document's unit, without float dust
  return Math.round((value / factor) * 1e6) / 1e6;
}

function pageText(page) { return page ? t("page {page}", { page }) : ""; }

function yearText(year) { return t("in {year}", { year }); }

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
  $("#who").textContent = me.is_admin ? t("{name} (administrator)", { name: me.name }) : me.name;
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
    $("#login-error").textContent = error.status === 401 ? t("Wrong user name or password")
      : error.status === 429 ? t("Too many failed sign-ins; try again later") : error.message;
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
    $("#status-line").textContent = t("Password changed; your other sessions are signed out");
  } catch (error) {
    $("#password-message").textContent = error.status === 403 ? t("The current password is wrong")
      : t("Change failed: {error}", { error: error.message });
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
    const message = error.status === 404 ? t("Cannot open: no such application, or it is not assigned to you")
      : t("Error: {error}", { error: error.message });
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
  const error = row.error ? el("div", { class: "error" }, t("{kind}: {error}", { kind: row.error_label || row.error_kind, error: row.error })) : null;
  let assigned = state.reviewers.find((r) => r.id === row.assigned_to);
  assigned = assigned ? assigned.name : (row.assigned_to ?? "");
  if (state.me.is_admin) {
    assigned = assignSelect(row, refreshList);
  }
  const open = row.status === "done" ? el("a", { href: `#/s/${row.id}`, class: "open" }, t("Open review")) : null;
  const again = row.status === "done" || row.status === "failed"
    ? el("button", { type: "button", class: "link reprocess", onclick: () => reprocess(row.id) }, t("Process again"))
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
  return new Date(iso).toLocaleString(LANG, { timeZone: "Asia/Shanghai", hour12: false });
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
  message.textContent = t("Uploading…");
  try {
    const row = await api("POST", "/api/submissions", data, true);
    message.textContent = t("Uploaded #{id}; processing", { id: row.id });
    event.target.reset();
    await refreshList();
  } catch (error) {
    message.textContent = t("Upload failed: {error}", { error: error.message });
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
    message.textContent = t("Registered {created} files, skipped {skipped}", { created, skipped });
    await refreshList();
  } catch (error) {
    message.textContent = t("Registration failed: {error}", { error: error.message });
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
      ? t("Processing failed ({kind}): {error}", { kind: submission.error_kind, error: submission.error })
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
    t("Reviewed {decided} / {total} suggestions · {pages} pages",
      { decided, total: state.suggestions.length, pages: state.view.page_count });
}

// A verdict as the review stands: the reviewer's (or 待核实 once every piece of a pass's
// evidence was rejected) over the machine's, the machine's shown beside it.
function renderVerdicts(verdicts) {
  if (!verdicts.length) {
    fill($("#verdicts ul"), el("li", { class: "muted" }, t("This framework has no non-deviable conditions.")));
    return;
  }
  const reviewed = t("Reviewer's verdict"), awaiting = t("Awaiting review");
  fill($("#verdicts ul"), ...verdicts.map((verdict, index) => {
    const key = `verdict:${index}`;
    const review = state.reviews.get(verdict.key);
    const effective = review ? review.effective : verdict.verdict;
    const locate = verdict.evidence.length
      ? el("button", { type: "button", class: "link", onclick: () => highlight(key, true) }, t("Locate"))
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
        t("{who} (system: {machine}): {reason}", {
          who: review.reviewer ? reviewed : awaiting, machine: VERDICT[review.machine], reason: review.reason || "",
        })) : null,
      el("div", { class: "reason" }, verdict.reason),
      el("div", { class: "overrule" }, decide(t("Confirm"), "confirm"),
        ...["pass", "fail", "unclear"].filter((v) => v !== effective || review?.reviewer)
          .map((v) => decide(t("Change to {verdict}", { verdict: VERDICT[v] }), "overrule", v))));
  }));
}

// Confirm or change a verdict, always with a reason; the verdicts are read back as they stand.
async function decideVerdict(verdict, action, to) {
  const title = action === "confirm" ? t("Confirm: {name}", { name: verdict.name })
    : t("Overrule to {verdict}: {name}", { verdict: VERDICT[to], name: verdict.name });
  const values = await edit(title, verdict.reason, ["note"], { note: "" });
  if (!values) return;
  if (!values.note) { $("#status-line").textContent = t("Overruling or confirming needs a reason"); return; }
  await post(`condition:${verdict.key}`, action, to ? { verdict: to } : undefined, values.note);
  await refreshVerdicts();
}

async function refreshVerdicts() {
  const decisions = await api("GET", `/api/submissions/${state.id}/decisions`);
  state.reviews = new Map((decisions.verdicts || []).map((v) => [v.key, v]));
  renderVerdicts(state.verdicts);
}

function showError(error) {
  $("#status-line").textContent = t("Error: {error}", { error: error.message });
}

function renderForm(form) {
  const box = $("#form-check div");
  if (!form) { box.replaceChildren(el("p", { class: "muted" }, t("This framework has no application form requirements."))); return; }
  if (!form.is_form) {
    box.replaceChildren(el("p", { class: "muted" }, t("This file is not an application form (none of the form's sections was found).")));
    return;
  }
  const rows = form.sections.map((section) => {
    const over = section.max_chars !== null && section.chars > section.max_chars;
    return el("tr", { class: section.present ? (over ? "warn" : "") : "bad" },
      el("td", {}, section.title), el("td", {}, section.present ? "✓" : t("Missing")),
      el("td", {}, !section.present ? "" : section.max_chars
        ? t("{chars} / {max} characters", { chars: section.chars, max: section.max_chars })
        : t("{chars} characters", { chars: section.chars })));
  });
  const separator = t(", ");
  const missing = (items) => t("Missing: {items}", { items: items.join(separator) });
  const facts = [
    [t("Contact details"), form.contacts_filled ? t("Filled in") : missing(form.missing_contacts), form.contacts_filled],
    [t("Commitment to truthfulness"), form.commitment ? t("Present") : t("Not found"), form.commitment],
    [t("Recommendation opinions"), form.missing_opinions.length ? missing(form.missing_opinions) : t("Complete"),
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
  const points = (indicator) => indicator.points !== null ? t("{points} points", { points: indicator.points }) : "";
  const node = (indicator) => {
    if (indicator.level === 3 || !(children.get(indicator.id) || []).length) {
      const found = byIndicator.get(indicator.id) || [];
      for (const suggestion of found) state.order.push(suggestion.key);
      return el("div", { class: "indicator", dataset: { indicator: indicator.id } },
        el("div", { class: "indicator-name" }, indicator.non_deviable ? el("span", { class: "star", title: t("Non-deviable condition") }, "★") : null,
          indicator.name, el("span", { class: "points" }, points(indicator))),
        found.length ? el("ul", { class: "suggestions" }, found.map(suggestionItem))
          : el("p", { class: "muted small" }, t("No suggestions")));
    }
    const inner = (children.get(indicator.id) || []).map(node);
    return el("details", { class: `level${indicator.level}`, open: true, dataset: { indicator: indicator.id } },
      el("summary", {}, indicator.name, el("span", { class: "points" }, points(indicator)),
        el("span", { class: "count" }, t("{count} suggestions", { count: count(indicator) }))), inner);
  };
  $("#tree div").replaceChildren(
    el("p", { class: "muted small" },
      t("{framework} · full marks {points}", { framework: state.framework.name, points: state.framework.total_points })),
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
      suggestion.status ? ` ${STATUS[suggestion.status]}` : "", suggestion.year ? ` ${yearText(suggestion.year)}` : ""];
  } else if (suggestion.kind === "list") {
    what = [label.name || t("List"), " ", el("b", { class: "item" }, suggestion.item || "")];
  } else {
    what = [t("Related passage")];
  }
  let state_ = null;
  if (decision) {
    let text = ACTION[decision.action] || decision.action;
    if (decision.action === "correct" && decision.value) {
      const v = decision.value;
      const to = `${formatValue(v.value, label.unit)}${v.status ? " " + STATUS[v.status] : ""}${v.year ? " " + yearText(v.year) : ""}`;
      text = t("{action} to {value}", { action: text, value: to });
    }
    state_ = el("span", { class: `decision d-${decision.action}` }, text);
  }
  const note = lastNote(suggestion.key);
  item.className = `suggestion${decision ? " decided d-" + decision.action : ""}${state.current === suggestion.key ? " active" : ""}`;
  const act = (action) => (event) => { event.stopPropagation(); select(suggestion.key, false); decide(action); };
  fill(item,
    el("div", { class: "what" }, el("span", { class: `kind k-${suggestion.kind}` }, KIND[suggestion.kind]), what),
    el("div", { class: "quote" }, suggestion.evidence.quote),
    el("div", { class: "meta" }, t("Confidence {percent}%", { percent: Math.round(suggestion.confidence * 100) }),
      suggestion.evidence.page ? ` · ${pageText(suggestion.evidence.page)}` : "", " ", state_),
    note ? el("div", { class: "note" }, t("Note: {note}", { note })) : null,
    el("div", { class: "actions" },
      el("button", { type: "button", class: "confirm", title: t("Confirm (c)"), onclick: act("confirm") }, t("Confirm")),
      el("button", { type: "button", class: "reject", title: t("Reject (r)"), onclick: act("reject") }, t("Reject")),
      suggestion.kind === "claim"
        ? el("button", { type: "button", class: "correct", title: t("Correct (e)"), onclick: act("correct") }, t("Correct")) : null,
      el("button", { type: "button", class: "note-button", title: t("Note (n)"), onclick: act("note") }, t("Note"))));
}

function renderAdded() {
  const items = [];
  for (const [key, decision] of state.standing) {
    if (!key.startsWith("added:") || decision.action !== "add" || !decision.value) continue;
    const v = decision.value;
    const label = fieldLabel(v.field);
    items.push(el("li", { class: "added", dataset: { key } },
      el("div", { class: "what" }, label.name, " ", el("b", {}, formatValue(v.value, label.unit)),
        v.status ? ` ${STATUS[v.status]}` : "", v.year ? ` ${yearText(v.year)}` : ""),
      el("div", { class: "quote" }, v.quote || ""),
      el("div", { class: "meta" }, pageText(v.page), decision.note ? ` · ${t("Note: {note}", { note: decision.note })}` : "", " ",
        el("button", { type: "button", class: "link", onclick: () => highlight(key, true) }, t("Locate")), " ",
        el("button", { type: "button", class: "link", onclick: () => removeAdded(key) }, t("Delete")))));
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
    const image = el("img", { src: `/api/submissions/${state.id}/pages/${page.number}.png`, alt: pageText(page.number), loading: "lazy" });
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
    const name = t("Correct: {name}", { name: fieldLabel(suggestion.field).name });
    const title = unit.label ? t("{title} (unit: {unit})", { title: name, unit: unit.label }) : name;
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
    const values = await edit(t("Note"), suggestion.evidence.quote, ["note"], { note: lastNote(key) || "" });
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
  const values = await edit(t("Add evidence"), picked.quote, ["indicator", "field", "value", "status", "year", "note"],
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
        $("#editor-error").textContent = t("Enter a value");
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
    el("span", { class: "t-pass" }, `${VERDICT.pass} ${summary.passed}`), " · ",
    el("span", { class: "t-fail" }, `${VERDICT.fail} ${summary.failed}`), " · ",
    el("span", { class: "t-unclear" }, `${VERDICT.unclear} ${summary.unclear}`));
}

// How much the reviewer decided: verdicts, then suggestions.
function reviewProgress(summary) {
  if (!summary) return "";
  return el("span", { class: "progress" },
    t("conditions {conditions_decided}/{conditions} · suggestions {suggestions_decided}/{suggestions}", summary));
}

function fillReviewerFilter() {
  $("#reviewer-filter-label").hidden = !state.me.is_admin;
  if (!state.me.is_admin) return;
  const select = $("#reviewer-filter");
  const chosen = select.value;
  select.replaceChildren(el("option", { value: "" }, t("All")), el("option", { value: "none" }, t("Unassigned")),
    ...state.reviewers.map((r) => el("option", { value: r.id }, r.name)));
  select.value = [...select.options].some((o) => o.value === chosen) ? chosen : "";
}

function isReviewerShown(row) {
  const wanted = state.me.is_admin ? $("#reviewer-filter").value : "";
  if (!wanted) return true;
  return wanted === "none" ? row.assigned_to === null : row.assigned_to === Number(wanted);
}

// Assigning (to an active account) or unassigning; ``then`` redraws.
function assignSelect(row, then) {
  const choices = state.reviewers.filter((r) => r.is_active || r.id === row.assigned_to);
  return el("select", {
    "aria-label": t("Assigned to"),
    onchange: (event) => assignTo(row.id, event.target.value).then(then).catch(showAdminError),
  }, el("option", { value: "", selected: row.assigned_to === null }, t("Unassigned")),
  choices.map((r) => el("option", { value: r.id, selected: r.id === row.assigned_to }, r.name)));
}

async function assignTo(id, reviewerId) {
  if (reviewerId === "") await api("DELETE", `/api/submissions/${id}/assign`);
  else await api("POST", `/api/submissions/${id}/assign`, { reviewer_id: Number(reviewerId) });
}

// ---- the administrator's page ------------------------------------------------------------

const ADMIN_ACTION = {
  add_reviewer: t("Add account"), deactivate: t("Deactivate account"), reactivate: t("Reactivate account"),
  reset_password: t("Reset password"), assign: t("Assign"), unassign: t("Unassign"),
  delete_submission: t("Delete application"),
};
const ROLE = { admin: t("Administrator"), reviewer: t("Reviewer") };
const admin = { resetting: null, deleting: null };

function showAdminError(error) {
  if (error.status === 401) return;
  const where = $("#admin-view").hidden ? "#upload-message" : "#admin-message";
  $(where).textContent = t("Action failed: {error}", { error: ADMIN_REFUSAL[error.status] || error.message });
}
const ADMIN_REFUSAL = {
  403: t("Only an administrator may do this"), 404: t("No such account or application"),
  409: t("Not allowed (not on your own account, the last administrator or a deactivated account)"),
};

async function openAdmin() {
  if (!state.me.is_admin) {  // the API refuses a reviewer anyway (403); show them their list
    history.replaceState(null, "", "/");
    return openList();
  }
  show("admin-view");
  document.body.dataset.ready = "";
  $("#crumb").textContent = t("Manage accounts");
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
    ? el("button", { type: "button", class: "link deactivate", disabled: own, onclick: () => setActive(account, false) }, t("Deactivate"))
    : el("button", { type: "button", class: "link reactivate", onclick: () => setActive(account, true) }, t("Reactivate"));
  const reset = el("button", { type: "button", class: "link reset", disabled: own, onclick: () => askReset(account) }, t("Reset password"));
  return el("tr", { dataset: { id: account.id, name: account.name }, class: account.is_active ? "" : "inactive" },
    el("td", {}, account.name), el("td", {}, account.is_admin ? ROLE.admin : ROLE.reviewer),
    el("td", { class: "state" }, account.is_active ? t("Active") : t("Deactivated")), el("td", {}, account.assigned),
    el("td", {}, account.last_login_at ? uploadedAt(account.last_login_at) : t("Never signed in")),
    el("td", { class: "actions-cell" }, own ? t("(you)") : null, own ? null : toggle, own ? null : reset));
}

async function setActive(account, active) {
  const path = active ? `/api/reviewers/${account.id}/reactivate` : `/api/reviewers/${account.id}/deactivate`;
  await api("POST", path)
    .then(() => {
      $("#admin-message").textContent = active ? t("{name} reactivated", { name: account.name })
        : t("{name} deactivated", { name: account.name });
    })
    .catch(showAdminError);
  await refreshAdmin();
}

function adminSubmissionRow(row) {
  const status = el("span", { class: `status s-${row.status}` }, PROCESSING[row.status] || row.status);
  const remove = el("button", { type: "button", class: "link danger delete", onclick: () => askDelete(row) }, t("Delete"));
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
    $("#admin-message").textContent = t("Added account {name}", { name: made.name });
    await refreshAdmin();
  } catch (error) {
    $("#admin-message").textContent = error.status === 409 ? t("Adding failed: the user name is taken")
      : error.status === 422
        ? t("Adding failed: a user name may hold only letters, digits and ._-, a password at least 10 characters")
        : t("Adding failed: {error}", { error: error.message });
  }
});

function askReset(account) {
  admin.resetting = account;
  $("#reset-form").reset();
  $("#reset-title").textContent = t("Reset the password of {name}", { name: account.name });
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
    $("#admin-message").textContent = t("{name}'s password is reset and all their sessions are signed out", { name: account.name });
    await refreshAdmin();
  } catch (error) {
    $("#reset-message").textContent = t("Reset failed: {error}", { error: ADMIN_REFUSAL[error.status] || error.message });
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
    $("#admin-message").textContent = t("Deleted #{id} {filename}", { id: row.id, filename: row.filename });
    await refreshAdmin();
  } catch (error) {
    $("#delete-message").textContent = t("Deletion failed: {error}", { error: ADMIN_REFUSAL[error.status] || error.message });
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
  $("#find-count").textContent = find.query ? (count ? `${find.current + 1}/${count}` : t("No results")) : "";
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
  Promise.resolve(action()).catch(showError);
});

start().catch(console.error);
