// sohoa viewer: one page, routed by the address's #fragment. Everything it shows comes from
// the JSON API of the same server; nothing is loaded from anywhere else.
"use strict";

const state = { user: null, csrf: "", refresh: null };
const view = () => document.getElementById("view");
// Replaces what the page shows; absent parts (null) are left out.
const show = (...parts) => view().replaceChildren(...parts.flat().filter((part) => part !== null && part !== undefined));

const FIELD_NAMES = {
  type_label: "Loại văn bản", organ_name: "Cơ quan ban hành", code_number: "Số", code_notation: "Ký hiệu",
  issued_date: "Ngày ban hành", subject: "Trích yếu", signer_name: "Người ký", signer_position: "Chức vụ người ký",
  person_name: "Họ và tên", citizen_ids: "Số CCCD/CMND", dossier_code: "Mã hồ sơ", procedure_code: "Mã thủ tục",
};
const PARTS = { receipt: "Giấy tiếp nhận", component: "Thành phần hồ sơ", result: "Kết quả" };
const KINDS = { receipt: "Giấy tiếp nhận", declaration: "Tờ khai", result: "Kết quả", decision: "Quyết định", other: "Văn bản khác" };
const ROLES = { admin: "Quản trị", clerk: "Cán bộ một cửa", auditor: "Kiểm tra" };

// --- small helpers --------------------------------------------------------------------

function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on")) element.addEventListener(key.slice(2), value);
    else if (key === "class") element.className = value;
    else element.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (key.startsWith("on")) element.addEventListener(key.slice(2), value);
    else element.setAttribute(key, value);
  }
  for (const child of children.flat()) if (child) element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return element;
}

function toast(message, isError = false) {
  const box = document.getElementById("toast");
  box.textContent = message;
  box.className = isError ? "error" : "";
  box.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => (box.hidden = true), 5000);
}

class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function api(path, { method = "GET", body } = {}) {
  const options = { method, headers: {}, credentials: "same-origin" };
  if (method !== "GET") {
    options.headers["X-CSRF-Token"] = state.csrf;
    options.headers["Content-Type"] = "application/json";
    options.body = JSON.stringify(body || {});
  }
  const response = await fetch(path, options);
  const data = (response.headers.get("Content-Type") || "").includes("json") ? await response.json() : null;
  if (response.status === 401 && path !== "/api/login") {
    showLogin();
    throw new ApiError(401, "Phiên làm việc đã hết, xin đăng nhập lại");
  }
  if (!response.ok) throw new ApiError(response.status, (data && data.error) || `Lỗi ${response.status}`);
  return data;
}

function route() {
  const hash = location.hash.replace(/^#\/?/, "");
  const [path, query = ""] = hash.split("?");
  const parts = path.split("/").map(decodeURIComponent);
  return { name: parts[0] || "tim-kiem", arg: parts.slice(1).join("/"), params: new URLSearchParams(query) };
}

function go(hash) {
  if (location.hash === hash) render();
  else location.hash = hash;
}

const canWork = () => state.user && state.user.role !== "auditor";
const isAdmin = () => state.user && state.user.role === "admin";

// --- login --------------------------------------------------------------------------

function showLogin(message = "") {
  state.user = null;
  document.getElementById("top").hidden = true;
  const error = h("p", { class: "error", id: "login-error" }, message);
  const form = h(
    "form",
    { class: "card login", id: "login-form" },
    h("h1", {}, "Đăng nhập sohoa"),
    h("p", { class: "muted" }, "Hồ sơ, kết quả thủ tục hành chính đã số hóa của xã."),
    h("label", { for: "username" }, "Tên đăng nhập"),
    h("input", { type: "text", id: "username", name: "username", autocomplete: "username", required: true }),
    h("label", { for: "password" }, "Mật khẩu"),
    h("input", { type: "password", id: "password", name: "password", autocomplete: "current-password", required: true }),
    h("button", { class: "primary", type: "submit" }, "Đăng nhập"),
    error,
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      const who = await api("/api/login", {
        method: "POST",
        body: { username: form.username.value.trim(), password: form.password.value },
      });
      signedIn(who);
      render();
    } catch (failure) {
      error.textContent = failure.message;
    }
  });
  show(form);
}

function signedIn(who) {
  state.user = { username: who.username, role: who.role };
  state.csrf = who.csrf_token;
  document.getElementById("top").hidden = false;
  document.getElementById("who").textContent = `${who.username} · ${ROLES[who.role] || who.role}`;
  for (const link of document.querySelectorAll("[data-admin]")) link.hidden = who.role !== "admin";
  for (const link of document.querySelectorAll("[data-work]")) link.hidden = who.role === "auditor";
}

// --- search -------------------------------------------------------------------------

function hitLink(hit, query) {
  const q = encodeURIComponent(query);
  if (hit.dossier_code) return `#/ho-so/${encodeURIComponent(hit.dossier_code)}?q=${q}&trang=${hit.page_id}`;
  if (hit.document_id) return `#/van-ban/${encodeURIComponent(hit.document_id)}?q=${q}&trang=${hit.page_id}`;
  return null;
}

const RESULTS_PER_PAGE = 50;
const SEARCH_PARAMS = ["q", "cccd", "type", "date", "from", "to", "sort", "group"];
const DATE_KINDS = { received: "ngày tiếp nhận hồ sơ", issued: "ngày ban hành văn bản" };

// The results' count, which of them are shown, and links to the screens before and after.
// Grouped by citizen, the screens go through the groups.
function resultPager(found, params) {
  const grouped = Boolean(found.groups);
  const offset = found.offset, shown = (found.groups || found.hits).length, total = found.total;
  const noun = grouped ? "công dân" : "kết quả";
  const count = (found.total_at_least ? `Ít nhất ${total} ${noun}` : `${total} ${noun}`) +
    (grouped ? ` (${found.pages} trang khớp)` : "");
  const range = shown && (offset > 0 || shown < total) ? ` · đang xem ${offset + 1}–${offset + shown}` : "";
  const at = (next) => {
    const target = new URLSearchParams(params);
    if (next > 0) target.set("offset", String(next));
    else target.delete("offset");
    return `#/tim-kiem?${target}`;
  };
  const hasNext = found.total_at_least && !grouped ? shown === found.limit : offset + shown < total;
  const pager = h("nav", { class: "pager", "aria-label": "Trang kết quả" },
    offset > 0 ? h("a", { href: at(Math.max(0, offset - found.limit)), rel: "prev", class: "prev" }, "‹ Trước") : null,
    total > found.limit ? h("span", { class: "muted" }, `Trang ${Math.floor(offset / found.limit) + 1}` +
      (found.total_at_least ? "" : ` / ${Math.ceil(total / found.limit)}`)) : null,
    hasNext ? h("a", { href: at(offset + found.limit), rel: "next", class: "next" }, "Sau ›") : null);
  return { count: h("p", { class: "muted", id: "hit-count" }, count + range), pager };
}

// Every match grouped by whose papers they are (the server groups them all: the dossier's
// applicant, or the document's person): a heading per citizen (name, masked CCCD), a row per
// dossier or document with its procedure, receipt date and how many documents and pages matched.
function citizenGroups(groups, query) {
  return h("div", { id: "citizen-groups" }, groups.map((citizen) =>
    h("div", { class: "citizen-group", "data-citizen": citizen.citizen_id || citizen.name || "" },
      h("h3", {}, citizen.name || "Không rõ tên", citizen.citizen_id ? h("span", { class: "muted" }, ` · CCCD ${citizen.citizen_id}`) : null),
      h("table", {}, h("tbody", {}, citizen.rows.map((row) => {
        const link = hitLink(row, query);
        const label = row.dossier_code ? `Hồ sơ ${row.dossier_code}` : row.type_label || "Văn bản";
        return h("tr", {},
          h("td", {}, link ? h("a", { href: link }, label) : label),
          h("td", {}, row.procedure_name || row.type_label || "—"),
          h("td", {}, row.received_at ? `nhận ${viDay(row.received_at)}` : row.day ? `ngày ${viDay(row.day)}` : "—"),
          h("td", { class: "muted num", "data-documents": row.documents, "data-pages": row.pages },
            row.documents > 1 ? `${row.documents} văn bản, ${row.pages} trang khớp` : `${row.pages} trang khớp`));
      }))))));
}

// The types the store holds, most documents first; a type asked for by an older link stays.
function typeSelect(types, current) {
  const labels = types.map((type) => type.type_label);
  return h("select", { name: "type", "aria-label": "Loại văn bản" },
    h("option", { value: "" }, "Mọi loại văn bản"),
    current && !labels.includes(current) ? h("option", { value: current, selected: true }, current) : null,
    types.map((type) => h("option", { value: type.type_label, selected: type.type_label === current }, `${type.type_label} (${type.documents})`)));
}

async function renderSearch(params) {
  const q = params.get("q") || "";
  const cccd = params.get("cccd") || "";
  const sort = params.get("sort") || "relevance";
  const dateKind = params.get("date") || "received";
  const { types } = await api("/api/types");
  const form = h(
    "form",
    { class: "card search-form", id: "search-form", role: "search" },
    h("input", { type: "search", name: "q", value: q, "aria-label": "Tìm kiếm",
      placeholder: canWork() ? "Tên, số CCCD, mã hồ sơ, số ký hiệu hay bất kỳ từ nào (có dấu hoặc không dấu)" : "Tên, mã hồ sơ đầy đủ, số ký hiệu hay bất kỳ từ nào (số cá nhân được che)" }),
    canWork() ? h("input", { type: "text", name: "cccd", value: cccd, placeholder: "Số CCCD", inputmode: "numeric", "aria-label": "Số CCCD" }) : null,
    typeSelect(types, params.get("type") || ""),
    h("select", { name: "date", "aria-label": "Lọc theo ngày nào" },
      Object.entries(DATE_KINDS).map(([value, label]) => h("option", { value, selected: value === dateKind }, `Theo ${label}`))),
    h("label", { class: "muted" }, "từ ", h("input", { type: "date", name: "from", value: params.get("from") || "" })),
    h("label", { class: "muted" }, "đến ", h("input", { type: "date", name: "to", value: params.get("to") || "" })),
    h("select", { name: "sort", "aria-label": "Sắp xếp" },
      h("option", { value: "relevance", selected: sort === "relevance" }, "Phù hợp nhất trước"),
      h("option", { value: "date", selected: sort === "date" }, "Mới nhất trước")),
    h("select", { name: "group", "aria-label": "Cách hiển thị" },
      h("option", { value: "", selected: !params.get("group") }, "Từng kết quả"),
      h("option", { value: "citizen", selected: params.get("group") === "citizen" }, "Nhóm theo công dân")),
    h("button", { class: "primary", type: "submit" }, "Tìm"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const name of SEARCH_PARAMS) if (form[name] && form[name].value.trim()) next.set(name, form[name].value.trim());
    if (next.get("sort") === "relevance") next.delete("sort");
    if (!next.get("from") && !next.get("to")) next.delete("date");
    go(`#/tim-kiem?${next}`);
  });
  // Another order shows the same results from the first.
  form.sort.addEventListener("change", () => form.requestSubmit());
  form.group.addEventListener("change", () => form.requestSubmit());
  const results = h("div", { class: "card", id: "results" });
  show(h("h1", {}, "Tìm hồ sơ, giấy tờ"), form, results);
  form.q.focus();
  if (![...params.keys()].length) {
    results.append(h("p", { class: "muted", id: "search-help" }, "Gõ tên người, số CCCD, mã hồ sơ, số/ký hiệu văn bản hoặc vài từ trong văn bản. Tìm được cả khi gõ không dấu."));
    return;
  }
  const request = new URLSearchParams(params);
  request.set("limit", String(RESULTS_PER_PAGE));
  const found = await api(`/api/search?${request}`);
  const citizenView = cccd && !q;
  if (citizenView) results.append(h("h2", {}, `Giấy tờ của công dân có CCCD ${cccd}, mới nhất trước`));
  const { count, pager } = resultPager(found, params);
  results.append(count);
  if (found.undated) {
    const withoutDates = new URLSearchParams(params);
    for (const name of ["from", "to", "date", "offset"]) withoutDates.delete(name);
    results.append(h("p", { class: "note", id: "undated" },
      `Lọc theo ${DATE_KINDS[found.date_kind]}: ${found.undated} kết quả khác không có ngày này nên không được tính. `,
      h("a", { href: `#/tim-kiem?${withoutDates}` }, "Xem cả những kết quả không lọc theo ngày")));
  }
  if (found.ranked_newest_only && sort === "relevance")
    results.append(h("p", { class: "muted" }, "Quá nhiều trang khớp: chỉ xếp hạng 2.000 trang mới nhất; thêm từ hoặc bộ lọc để thu hẹp, hoặc xếp mới nhất trước."));
  if (found.hits && !found.hits.length && found.did_you_mean.length)
    results.append(h("p", {}, "Không thấy số này. Có phải: ", found.did_you_mean.map((number) => h("a", { href: `#/tim-kiem?cccd=${number}` }, number, " "))));
  if (found.groups) results.append(citizenGroups(found.groups, q || cccd));
  else for (const hit of found.hits) {
    const link = hitLink(hit, q || cccd);
    // What tells one paper from another at a glance: its type, number, day and person.
    const title = [hit.type_label || "Văn bản", hit.number ? `số ${hit.number}` : null,
      hit.issued_date ? `ngày ${viDay(hit.issued_date)}` : null, hit.person_name].filter(Boolean).join(" · ");
    const snippet = h("div", { class: "snippet" });
    snippet.innerHTML = hit.snippet_html.replace(/\n+/g, " "); // escaped by the server; only <mark> is markup
    // A page with no picture (born digital) has no thumbnail: the space stays, empty.
    const thumbnail = hit.has_image
      ? h("img", { class: "thumb", src: `/api/pages/${hit.page_id}/image?width=128`, alt: "", loading: "lazy",
        onerror: (event) => event.target.classList.add("none") })
      : h("span", { class: "thumb none" });
    results.append(
      h("div", { class: "hit" },
        link ? h("a", { href: link, tabindex: "-1", "aria-hidden": "true", class: "thumb-link" }, thumbnail) : thumbnail,
        h("div", { class: "hit-body" },
          h("div", {}, link ? h("a", { class: "title", href: link }, title) : h("span", { class: "title" }, title),
            hit.dossier_code ? h("span", { class: "tag" }, `Hồ sơ ${hit.dossier_code}`) : null,
            hit.exact ? null : h("span", { class: "tag" }, "khớp không dấu")),
          snippet,
          h("div", { class: "muted source" }, `${hit.source}, trang ${hit.source_page}`))));
  }
  results.append(pager);
  if (found.pages_not_indexed) results.append(h("p", { class: "muted" }, `${found.pages_not_indexed} trang đang được lập chỉ mục lại.`));
}

// --- dossier and document -----------------------------------------------------------

// A page as the document counts it ("trang 2/3"), not as the scanned batch did (its page 317).
const pageOfDocument = (document, pageId) => {
  const index = document.pages.findIndex((page) => page.id === pageId);
  return index < 0 ? "" : document.pages.length > 1 ? `trang ${index + 1}/${document.pages.length}` : "trang 1";
};
const capitalised = (text) => text.charAt(0).toUpperCase() + text.slice(1);

function pageFigure(page, document, hitsQuery, selection) {
  const which = capitalised(pageOfDocument(document, page.id));
  if (!page.has_image)
    return h("div", { class: "card" }, h("p", { class: "muted" }, `${which}: văn bản điện tử (không có ảnh quét)`), h("div", { class: "page-text" }, page.text));
  const overlay = svg("svg", { viewBox: `0 0 ${page.width} ${page.height}`, preserveAspectRatio: "none", "data-page": page.id });
  for (const field of document.fields) {
    if (field.page_id !== page.id || field.box[2] <= field.box[0]) continue;
    const [x0, y0, x1, y1] = field.box;
    const rect = svg("rect", { class: "field-box", x: x0 - 4, y: y0 - 4, width: x1 - x0 + 8, height: y1 - y0 + 8, "data-field": field.id,
      onclick: () => selection.select(document, field) },
    svg("title", {}, `${FIELD_NAMES[field.name] || field.name}: ${shownValue(field)}`));
    overlay.append(rect);
  }
  if (hitsQuery) {
    api(`/api/pages/${page.id}/hits?q=${encodeURIComponent(hitsQuery)}`).then((hits) => {
      for (const [x0, y0, x1, y1] of hits.boxes)
        overlay.append(svg("rect", { class: "hit-box", x: x0 - 3, y: y0 - 3, width: x1 - x0 + 6, height: y1 - y0 + 6 }));
    }).catch(() => {});
  }
  if (page.blank) return h("div", { class: "card muted", id: `page-${page.id}` }, `${which}: trang trắng (mặt sau tờ giấy), không có chữ`);
  // The caption sits outside the figure: the overlay's boxes span the figure, which is the image.
  return h("div", { class: "page-wrap" },
    h("figure", { class: "page-view", id: `page-${page.id}` },
      h("img", { src: `/api/pages/${page.id}/image`, alt: `Ảnh ${pageOfDocument(document, page.id)}`, loading: "lazy" }), overlay),
    h("p", { class: "muted page-caption" }, `${which} · trang ${page.number} của tệp ${document.source}`));
}

// A value as the clerk reads and types it: days as dd/mm/yyyy (the server takes both forms).
const shownValue = (field) => (field.name === "issued_date" ? viDay(field.value) : field.value);

function fieldTable(document, selection) {
  const rows = document.fields.map((field) =>
    h("tr", { class: "field-row", "data-field": field.id, onclick: () => selection.select(document, field) },
      h("td", {}, FIELD_NAMES[field.name] || field.name),
      h("td", {}, shownValue(field), field.needs_review ? h("span", { class: "tag review" }, "cần xem lại") : null,
        field.corrected_by ? h("span", { class: "tag" }, `đã sửa bởi ${field.corrected_by}`) : null)));
  return h("table", { class: "fields" }, h("tbody", {}, rows));
}

// A CCCD list as shown beside a name: "052*******34, 093*******88".
const idsText = (ids) => (ids && ids.length ? ` (CCCD ${ids.join(", ")})` : "");

// "Dùng lại cho hồ sơ…": the clerk names the dossier, sees both sides (whose document, whose
// dossier, which procedure), is warned when they are two citizens, and confirms. Receipts
// belong to their own dossier and are never offered.
function reuseForm(document) {
  if (!canWork() || document.dossier_part === "receipt" || document.kind === "receipt") return null;
  const input = h("input", { type: "text", name: "dossier", placeholder: "Mã hồ sơ mới, vd. 000.00.21.H08-250314-0042", size: 34, "aria-label": "Mã hồ sơ dùng lại" });
  const check = h("div", { class: "reuse-check" });
  const form = h("form", { class: "inline-form reuse-form" }, input, h("button", { class: "action", type: "submit" }, "Dùng lại cho hồ sơ…"));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const code = input.value.trim();
    check.replaceChildren();
    if (!code) return toast("Nhập mã hồ sơ cần dùng lại văn bản này", true);
    try {
      const sides = await api(`/api/reuse/check?dossier_code=${encodeURIComponent(code)}&document_id=${encodeURIComponent(document.document_id)}`);
      check.replaceChildren(reuseConfirmation(sides, () => check.replaceChildren()));
    } catch (failure) {
      check.replaceChildren(h("p", { class: "error" }, failure.message));
    }
  });
  return h("div", {}, form, check);
}

function reuseConfirmation(sides, cancel) {
  const { document, dossier } = sides;
  const differ = sides.same_citizen === false;
  const agree = differ ? h("input", { type: "checkbox", name: "agree", id: `agree-${document.document_id}`, required: true }) : null;
  const confirm = h("form", { class: `card reuse-confirm${differ ? " warning" : ""}` },
    h("p", {}, h("strong", {}, "Văn bản: "), `${document.type_label || "Văn bản"} của ${document.person_name || "(không rõ tên)"}${idsText(document.citizen_ids)}`,
      document.dossier_code ? ` · thuộc hồ sơ ${document.dossier_code}` : ""),
    h("p", {}, h("strong", {}, `Dùng cho hồ sơ ${dossier.dossier_code}: `), `${dossier.procedure_name || dossier.procedure_code || "(thủ tục không rõ)"}`,
      ` · người nộp ${dossier.applicant_name || "(không rõ tên)"}${idsText(dossier.applicant_id ? [dossier.applicant_id] : [])}`),
    differ ? h("p", { class: "error", id: "reuse-warning" }, "Cảnh báo: người trong văn bản và người nộp hồ sơ là hai công dân khác nhau.") : null,
    sides.same_citizen === null ? h("p", { class: "muted" }, "Không đủ thông tin (tên, số CCCD) để đối chiếu hai bên: hãy tự kiểm tra.") : null,
    differ ? h("p", {}, h("label", { for: `agree-${document.document_id}` }, agree, " Tôi đã kiểm tra, vẫn dùng lại văn bản này cho hồ sơ trên")) : null,
    h("div", { class: "inline-form" },
      h("button", { class: "primary", type: "submit" }, "Xác nhận dùng lại"),
      h("button", { type: "button", onclick: cancel }, "Thôi")));
  confirm.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      await api("/api/reuse", { method: "POST", body: { dossier_code: dossier.dossier_code, document_id: document.document_id, confirmed: differ } });
      toast(`Đã ghi nhận dùng lại văn bản cho hồ sơ ${dossier.dossier_code}`);
      render();
    } catch (failure) {
      toast(failure.message, true);
    }
  });
  return confirm;
}

// "Hủy dùng lại": a reuse marked by mistake is taken back, with the reason (kept in the
// audit log); it no longer counts in the reuse rate.
function undoReuseButton(dossierCode, documentId) {
  if (!canWork()) return null;
  const reason = h("input", { type: "text", name: "reason", required: true, size: 40, placeholder: "Lý do hủy (bắt buộc)", "aria-label": "Lý do hủy dùng lại" });
  const form = h("form", { class: "inline-form undo-reuse-form", hidden: true }, reason, h("button", { class: "primary", type: "submit" }, "Xác nhận hủy"));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      await api("/api/reuse/undo", { method: "POST", body: { dossier_code: dossierCode, document_id: documentId, reason: reason.value.trim() } });
      toast(`Đã hủy dùng lại văn bản cho hồ sơ ${dossierCode}`);
      render();
    } catch (failure) {
      toast(failure.message, true);
    }
  });
  const open = h("button", { type: "button", class: "undo-reuse", onclick: () => { form.hidden = false; open.hidden = true; reason.focus(); } }, "Hủy dùng lại");
  return h("span", {}, open, form);
}

function documentCard(document, hitsQuery, selection) {
  const header = h("div", {},
    h("strong", {}, document.type_label || KINDS[document.kind] || "Văn bản"),
    document.dossier_part ? h("span", { class: `tag ${document.dossier_part}` }, PARTS[document.dossier_part]) : null,
    h("span", { class: "muted" }, `  ${document.source}`),
    document.has_archive && canWork() ? h("a", { href: `/api/documents/${encodeURIComponent(document.document_id)}/archive`, class: "download" }, "  Tải tệp PDF/A lưu trữ") : null,
    document.archive_missing_text ? h("p", { class: "muted archive-missing" }, `Không có bản lưu trữ PDF/A: ${document.archive_missing_text}.`) : null);
  const reused = document.reused_for.length
    ? h("div", { class: "muted reused-for" }, "Đã dùng lại cho hồ sơ: ", document.reused_for.map((r) => h("div", { "data-dossier": r.dossier_code },
        h("a", { href: `#/ho-so/${encodeURIComponent(r.dossier_code)}` }, r.dossier_code), ` (${r.recorded_by}, ${viTime(r.recorded_at)}) `,
        undoReuseButton(r.dossier_code, document.document_id))))
    : null;
  return h("section", { class: "card document", id: `doc-${document.document_id}` }, header, reused, reuseForm(document),
    document.pages.map((page) => pageFigure(page, document, hitsQuery, selection)));
}

function makeSelection(side, reload) {
  return {
    select(document, field) {
      for (const element of window.document.querySelectorAll(".selected")) element.classList.remove("selected");
      for (const element of window.document.querySelectorAll(`[data-field="${field.id}"]`)) element.classList.add("selected");
      const where = field.page_id ? window.document.getElementById(`page-${field.page_id}`) : null;
      if (where) where.scrollIntoView({ block: "nearest" });
      const value = h("input", { type: "text", name: "value", value: shownValue(field), id: "field-value" });
      const details = h("div", { class: "card field-editor", id: "field-editor" },
        h("h2", {}, FIELD_NAMES[field.name] || field.name),
        h("p", { class: "muted" }, field.page_id ? `Đọc ở ${pageOfDocument(document, field.page_id) || "một trang khác"} của văn bản` : "Không gắn với vị trí trên trang",
          `, độ tin cậy ${viPercent(field.confidence * 100, 0)}, cách đọc: ${READING_METHODS[field.method] || field.method}`),
        field.note ? h("p", { class: "error" }, viNote(field.note)) : null,
        field.extracted_value !== null ? h("p", { class: "muted" }, `Giá trị đọc được ban đầu: ${field.extracted_value}; sửa bởi ${field.corrected_by} lúc ${viTime(field.corrected_at)}`) : null);
      if (canWork()) {
        const form = h("form", { id: "field-form" }, h("label", { for: "field-value" }, "Giá trị đúng"), value,
          h("div", { class: "inline-form" }, h("button", { class: "primary", type: "submit" }, "Lưu sửa")));
        form.addEventListener("submit", async (event) => {
          event.preventDefault();
          try {
            await api(`/api/fields/${field.id}`, { method: "POST", body: { value: value.value } });
            toast("Đã lưu giá trị mới; tìm kiếm đã cập nhật.");
            reload();
          } catch (failure) {
            toast(failure.message, true);
          }
        });
        details.append(form);
      } else {
        details.append(h("p", {}, h("strong", {}, shownValue(field))));
      }
      side.querySelector("#field-editor")?.remove();
      side.prepend(details);
    },
  };
}

// "Tải lên thành phần" / "Tải lên kết quả": papers scanned elsewhere, filed under this dossier.
function dossierUploadButtons(code) {
  const button = (part, label) => {
    const picker = h("input", { type: "file", multiple: true, hidden: true, id: `upload-${part}`, accept: ".pdf,.tif,.tiff,.jpg,.jpeg,.png" });
    picker.addEventListener("change", () => uploadFiles([...picker.files], code, part).catch((error) => toast(error.message, true)));
    return [picker, h("button", { type: "button", onclick: () => picker.click() }, label)];
  };
  const scan = (part, label) => h("a", { class: "button", id: `scan-${part}`, href: `#/quet?ho-so=${encodeURIComponent(code)}&phan=${part}` }, label);
  return h("p", { class: "upload-buttons" }, button("component", "Tải lên thành phần"), " ", button("result", "Tải lên kết quả"),
    " ", scan("component", "Quét thành phần"), " ", scan("result", "Quét kết quả"));
}

async function renderDossier(code, params) {
  const hitsQuery = params.get("q") || "";
  const dossier = await api(`/api/dossiers/${encodeURIComponent(code)}`);
  const side = h("aside", { class: "side" });
  const reload = () => renderDossier(code, params);
  const selection = makeSelection(side, reload);
  const register = dossier.register;
  const facts = register
    ? h("p", {}, `${register.procedure_name || register.procedure_code || ""} · nhận ${viTime(register.received_at)} · hẹn trả ${viTime(register.due_at)} · ` +
        `${register.finished_at ? "trả " + viTime(register.finished_at) : "đang giải quyết"} · ${register.channel === 2 ? "nộp trực tuyến" : "nộp trực tiếp"}` +
        (register.applicant_name ? ` · ${register.applicant_name}` : ""))
    : h("p", { class: "muted" }, "Hồ sơ chưa có trong sổ theo dõi hồ sơ của bộ phận một cửa.");
  const parts = ["receipt", "component", "result"];
  const sorted = [...dossier.documents].sort((a, b) => parts.indexOf(a.dossier_part) - parts.indexOf(b.dossier_part));
  for (const document of sorted) side.append(h("div", { class: "card" }, h("h2", {}, document.type_label || KINDS[document.kind]), fieldTable(document, selection)));
  const reusedList = dossier.reused_documents.length
    ? h("div", { class: "card" }, h("h2", {}, "Giấy tờ số hóa được dùng lại"),
        dossier.reused_documents.map((r) => h("div", { "data-document": r.document_id }, h("a", { href: `#/van-ban/${encodeURIComponent(r.document_id)}` }, r.type_label || r.document_id),
          ` (${r.recorded_by}, ${viTime(r.recorded_at)}) `, undoReuseButton(dossier.dossier_code, r.document_id))))
    : null;
  show(
    h("h1", {}, `Hồ sơ ${dossier.dossier_code}`), facts, canWork() ? dossierUploadButtons(dossier.dossier_code) : null, reusedList,
    h("div", { class: "dossier-layout" }, h("div", {}, sorted.map((document) => documentCard(document, hitsQuery, selection))), side));
  scrollToPage(params);
}

async function renderDocument(id, params) {
  const document = await api(`/api/documents/${encodeURIComponent(id)}`);
  const side = h("aside", { class: "side" });
  const selection = makeSelection(side, () => renderDocument(id, params));
  side.append(h("div", { class: "card" }, h("h2", {}, "Thông tin trích xuất"), fieldTable(document, selection)));
  show(
    h("h1", {}, document.type_label || "Văn bản"),
    document.dossier_code ? h("p", {}, "Thuộc hồ sơ ", h("a", { href: `#/ho-so/${encodeURIComponent(document.dossier_code)}` }, document.dossier_code)) : null,
    h("div", { class: "dossier-layout" }, documentCard(document, params.get("q") || "", selection), side));
  scrollToPage(params);
}

function scrollToPage(params) {
  const page = params.get("trang");
  if (page) document.getElementById(`page-${page}`)?.scrollIntoView({ block: "start" });
}

// --- report -------------------------------------------------------------------------

const percent = (rate) => viPercent(rate.rate);

function barChart(rows, key, titles) {
  // One bar per row (a month, a field) for one rate, the plan's target as a dashed line.
  const width = 360, rowHeight = 22, left = 90, valueColumn = 64, height = rows.length * rowHeight + 24;
  const chart = svg("svg", { class: "chart", viewBox: `0 0 ${width} ${height}`, width: "100%", role: "img", "aria-label": titles[key].title });
  const scale = (value) => ((width - left - valueColumn - 6) * Math.min(value, 100)) / 100;
  rows.forEach((row, index) => {
    const rate = row.rates[key];
    const y = index * rowHeight + 4;
    chart.append(svg("text", { x: 0, y: y + 14 }, row.label.length > 14 ? row.label.slice(0, 13) + "…" : row.label));
    chart.append(svg("rect", { class: rate.met === false ? "bar unmet" : "bar", x: left, y, width: scale(rate.rate || 0), height: rowHeight - 6 }));
    chart.append(svg("text", { x: width, y: y + 14, "text-anchor": "end" }, percent(rate)));
  });
  const target = rows.length ? rows[0].rates[key].target : 0;
  chart.append(svg("line", { class: "target", x1: left + scale(target), x2: left + scale(target), y1: 0, y2: height - 18 }));
  chart.append(svg("text", { x: left + scale(target), y: height - 4, "text-anchor": "middle" }, `mục tiêu ${viPercent(target, 0)}`));
  return chart;
}

function rateTable(groups, labelOf, titles) {
  const keys = Object.keys(titles);
  return h("table", {},
    h("thead", {}, h("tr", {}, h("th", {}, ""), keys.map((key) => h("th", { class: "num" }, titles[key].short)))),
    h("tbody", {}, groups.map((group) => h("tr", {}, h("td", {}, labelOf(group)), keys.map((key) => h("td", { class: "num" }, percent(group.rates[key])))))));
}

// The periods with data, newest first, as quarters, half years and years; a period typed by
// hand (a span of days) stays listed.
function periodPicker(report, refused) {
  const current = report.period.label;
  const groups = [["quarters", "Quý"], ["halves", "6 tháng"], ["years", "Năm"]];
  const listed = groups.flatMap(([key]) => report.periods[key].map((p) => p.label));
  const select = h("select", { name: "period", "aria-label": "Kỳ báo cáo" },
    listed.includes(current) ? null : h("option", { value: current, selected: true }, report.period.name),
    groups.map(([key, label]) => report.periods[key].length
      ? h("optgroup", { label }, report.periods[key].map((p) => h("option", { value: p.label, selected: p.label === current }, p.name)))
      : null));
  const span = h("input", { type: "text", name: "span", size: 26, "aria-label": "Kỳ khác",
    placeholder: "hoặc gõ: Quý 3/2025, 2025-01-01..2025-03-31" });
  const error = h("span", { class: "error", id: "period-error", role: "alert" }, refused || "");
  const form = h("form", { class: "inline-form", id: "period-form" }, select, span, h("button", { class: "primary", type: "submit" }, "Xem"), error);
  select.addEventListener("change", () => go(`#/bao-cao?period=${encodeURIComponent(select.value)}`));
  // What is typed is checked first: a period the server does not read leaves the page as it is.
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const typed = span.value.trim();
    if (!typed) return go(`#/bao-cao?period=${encodeURIComponent(select.value)}`);
    try {
      await api(`/api/report?period=${encodeURIComponent(typed)}`);
      go(`#/bao-cao?period=${encodeURIComponent(typed)}`);
    } catch (failure) {
      error.textContent = failure.message;
    }
  });
  return form;
}

const WORKLIST_PAGE = 50;

// One rate's worklist: every dossier keeping it down, a page at a time, each with why and a
// link to its page (where a clerk scans the missing part or marks a reuse).
function worklistCard(key, title, count, period) {
  const body = h("div", { class: "worklist" });
  const load = async (offset) => {
    const found = await api(`/api/report/shortfalls?period=${encodeURIComponent(period)}&rate=${key}&offset=${offset}&limit=${WORKLIST_PAGE}`);
    const pageButton = (label, next, rel) => h("button", { type: "button", class: `action ${rel}`, onclick: () => load(next).catch((e) => toast(e.message, true)) }, label);
    body.replaceChildren(
      h("table", { class: "worklist-table" },
        h("thead", {}, h("tr", {}, ["Hồ sơ", "Lý do chưa đạt", "Thủ tục", "Người nộp", "Tiếp nhận", "Hẹn trả", "Trả kết quả", ""].map((t) => h("th", {}, t)))),
        h("tbody", {}, found.rows.map((row) => h("tr", { "data-dossier": row.dossier_code },
          h("td", {}, h("a", { href: `#/ho-so/${encodeURIComponent(row.dossier_code)}` }, row.dossier_code)),
          h("td", { class: "reason" }, row.reason),
          h("td", {}, [row.procedure_name || row.procedure_code || "—"]),
          h("td", {}, [row.applicant_name, row.applicant_id].filter(Boolean).join(" · ") || "—"),
          h("td", {}, viTime(row.received_at)), h("td", {}, viTime(row.due_at)), h("td", {}, viTime(row.finished_at)),
          h("td", {}, h("a", { class: "fix", href: `#/ho-so/${encodeURIComponent(row.dossier_code)}` }, canWork() ? "Mở hồ sơ để bổ sung" : "Mở hồ sơ")))))),
      h("nav", { class: "pager" },
        found.offset > 0 ? pageButton("‹ Trước", Math.max(0, found.offset - WORKLIST_PAGE), "prev") : null,
        h("span", { class: "muted" }, `${found.offset + 1}–${found.offset + found.rows.length} / ${found.total} hồ sơ`),
        found.offset + found.rows.length < found.total ? pageButton("Sau ›", found.offset + WORKLIST_PAGE, "next") : null));
  };
  const card = h("details", { class: "card", id: `worklist-${key}` }, h("summary", {}, `${title}: ${count} hồ sơ chưa đạt`), body);
  card.addEventListener("toggle", () => {
    if (card.open && !body.childElementCount) load(0).catch((e) => toast(e.message, true));
  });
  return card;
}

async function renderReport(params) {
  const asked = params.get("period") || "";
  let report, refused = null;
  try {
    report = await api(`/api/report${asked ? `?period=${encodeURIComponent(asked)}` : ""}`);
  } catch (failure) {
    // A period the server does not read: say so over the newest period instead of a blank page.
    if (failure.status !== 400) throw failure;
    refused = failure.message;
    report = await api("/api/report");
  }
  const titles = report.titles;
  const period = report.period.label;
  const exportLink = (format, label) =>
    h("a", { class: "action export", href: `/api/report/export?format=${format}&period=${encodeURIComponent(period)}`, download: "" }, label);
  const cards = h("div", { class: "rates" }, Object.keys(titles).map((key) => {
    const rate = report.rates[key];
    return h("div", { class: `card rate ${rate.met === null ? "" : rate.met ? "met" : "unmet"}`, id: `rate-${key}` },
      h("div", { class: "muted" }, titles[key].title),
      h("div", { class: "value" }, percent(rate)),
      h("div", { class: "muted" }, `${rate.numerator} / ${rate.denominator} hồ sơ · mục tiêu ${viPercent(rate.target, 0)}`));
  }));
  const months = report.by_month.map((group) => ({ label: group.month, rates: group.rates }));
  const fields = report.by_field.map((group) => ({ label: group.field, rates: group.rates }));
  const worklists = Object.keys(titles).map((key) => {
    const count = (report.shortfalls[key] || []).length;
    return count ? worklistCard(key, titles[key].title, count, period) : null;
  });
  show(
    h("h1", {}, `Báo cáo số hóa ${report.period.name} (${viDay(report.period.from)} – ${viDay(report.period.to)})`),
    periodPicker(report, refused),
    h("p", { class: "exports" }, "Tải báo cáo và danh sách hồ sơ chưa đạt: ", exportLink("xlsx", "Excel (.xlsx)"), " ", exportLink("csv", "CSV")),
    cards,
    h("div", { class: "dossier-layout" },
      h("div", {},
        h("div", { class: "card" }, h("h2", {}, "Theo lĩnh vực"), rateTable(report.by_field, (g) => g.field, titles)),
        h("div", { class: "card" }, h("h2", {}, "Theo thủ tục"), rateTable(report.by_procedure, (g) => `${g.procedure_code} ${g.name}`, titles))),
      h("div", {},
        h("div", { class: "card" }, h("h2", {}, "Số hóa theo tháng"), barChart(months, "digitisation", titles)),
        h("div", { class: "card" }, h("h2", {}, "Tái sử dụng theo tháng"), barChart(months, "reuse", titles)),
        h("div", { class: "card" }, h("h2", {}, "Số hóa theo lĩnh vực"), barChart(fields, "digitisation", titles)))),
    h("h2", {}, "Hồ sơ làm giảm tỷ lệ"), worklists);
}

// --- scanning at the desk --------------------------------------------------------------
// "Quét lô" (a batch for the archive) and "Quét thành phần/kết quả" (into a dossier): pick the
// scanner (the last one is remembered), scan, see each page as it comes, drop or rescan a bad
// one, then store the pages kept, read by `sohoa ingest` as an upload is.

const SCAN_STATES = { new: "chuẩn bị", scanning: "đang quét", scanned: "đã quét xong", reading: "đang đọc", stored: "đã lưu", failed: "lỗi", unknown: "không rõ" };

async function renderScanStart(params) {
  const dossier = params.get("ho-so") || "";
  const part = params.get("phan") || "";
  const { scanners } = await api("/api/scanners");
  const remembered = localStorage.getItem("sohoa.scanner") || "";
  const device = h("select", { id: "scan-device" }, scanners.length
    ? scanners.map((s) => h("option", { value: s.name, selected: s.name === remembered }, `${s.description} (${s.name})`))
    : h("option", { value: "" }, "Không thấy máy quét nào"));
  const source = h("select", { id: "scan-source" },
    [["adf-duplex", "Khay nạp giấy, hai mặt"], ["adf", "Khay nạp giấy, một mặt"], ["flatbed", "Mặt kính (một trang)"], ["", "Mặc định của máy"]]
      .map(([value, label]) => h("option", { value }, label)));
  const mode = h("select", { id: "scan-mode" }, [["gray", "Xám"], ["color", "Màu"], ["lineart", "Đen trắng"]].map(([value, label]) => h("option", { value }, label)));
  const dpi = h("select", { id: "scan-dpi" }, [150, 200, 300, 400, 600].map((value) => h("option", { value, selected: value === 300 }, `${value} dpi`)));
  const sheets = h("input", { type: "number", id: "scan-sheets", min: 1, max: 10000, placeholder: "đến hết khay" });
  const code = h("input", { type: "text", id: "scan-dossier", value: dossier, placeholder: "Mã hồ sơ (không bắt buộc)" });
  const which = h("select", { id: "scan-part" },
    h("option", { value: "" }, "phần hồ sơ: theo nội dung"), h("option", { value: "component", selected: part === "component" }, "Thành phần hồ sơ"),
    h("option", { value: "result", selected: part === "result" }, "Kết quả"));
  const start = h("button", { class: "primary", type: "submit", id: "scan-start", disabled: !scanners.length }, "Bắt đầu quét");
  const form = h("form", { class: "card", id: "scan-form" },
    h("p", {}, h("label", {}, "Máy quét: ", device)),
    h("p", {}, h("label", {}, "Nguồn giấy: ", source), " ", h("label", {}, "Màu: ", mode), " ", h("label", {}, "Độ phân giải: ", dpi),
      " ", h("label", {}, "Số tờ tối đa: ", sheets)),
    h("p", {}, code, " ", which), start);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    start.disabled = true;
    try {
      localStorage.setItem("sohoa.scanner", device.value);
      const body = { device: device.value, source: source.value, mode: mode.value, dpi: Number(dpi.value) };
      if (sheets.value) body.pages = Number(sheets.value);
      if (code.value.trim()) body.dossier = code.value.trim();
      if (which.value) body.part = which.value;
      const { scan } = await api("/api/scans", { method: "POST", body });
      go(`#/quet/${scan}`);
    } catch (failure) {
      start.disabled = false;
      toast(failure.message, true);
    }
  });
  const title = dossier ? `${part === "result" ? "Quét kết quả" : part === "component" ? "Quét thành phần" : "Quét"} cho hồ sơ ${dossier}` : "Quét lô";
  show(h("h1", {}, title), h("p", { class: "muted" }, "Đặt giấy vào máy quét rồi bấm Bắt đầu quét. Trang trắng (mặt sau) được bỏ tự động."), form);
}

async function renderScan(id) {
  const scan = await api(`/api/scans/${encodeURIComponent(id)}`);
  const step = async (path, method = "POST") => {
    try {
      await api(`/api/scans/${encodeURIComponent(id)}${path}`, { method });
      render();
    } catch (failure) {
      toast(failure.message, true);
    }
  };
  const stopped = scan.state === "scanned" || scan.state === "failed";
  // A dropped page keeps its place, to be scanned again.
  const places = [...scan.pages, ...(scan.state === "stored" ? [] : (scan.dropped || []).map((page) => ({ page, dropped: true })))]
    .sort((a, b) => a.page - b.page);
  const rescan = (page) => h("button", { type: "button", class: "rescan-page", disabled: !stopped, onclick: () => step(`/pages/${page}/rescan`) }, "Quét lại");
  const pages = h("div", { class: "scan-pages", id: "scan-pages" }, places.map((p) => p.dropped
    ? h("figure", { class: "scan-page dropped", "data-page": p.page }, h("figcaption", {}, `Trang ${p.page} — đã bỏ`), h("p", {}, rescan(p.page)))
    : h("figure", { class: "scan-page", "data-page": p.page },
      h("img", { src: p.preview, alt: `Trang ${p.page}`, loading: "lazy" }),
      h("figcaption", {}, `Trang ${p.page}`),
      scan.state === "stored" ? null : h("p", {},
        h("button", { type: "button", class: "drop-page", disabled: !stopped, onclick: () => step(`/pages/${p.page}`, "DELETE") }, "Bỏ trang"), " ",
        rescan(p.page)))));
  const reading = scan.state === "reading" || scan.state === "stored";
  const progress = h("ol", { id: "scan-progress" }, reading
    ? (scan.pages_kept || []).map((n) => h("li", {}, `Trang ${n}: ${scan.state === "stored" ? "đã lưu và đọc" : "đang đọc"}`))
    : scan.pages.map((p) => h("li", {}, `Trang ${p.page}: đã quét`)));
  const target = scan.dossier ? `hồ sơ ${scan.dossier}${scan.part ? ` (${PARTS[scan.part]})` : ""}` : "lô mới";
  const commit = h("button", { class: "primary", type: "button", id: "scan-commit", disabled: !stopped || !scan.pages.length, onclick: () => step("/commit") },
    scan.dossier ? "Lưu vào hồ sơ" : "Lưu lô");
  const more = h("a", { class: "button", href: `#/quet?ho-so=${encodeURIComponent(scan.dossier || "")}&phan=${scan.part || ""}` }, "Quét lần khác");
  show(
    h("h1", {}, scan.dossier ? `Quét cho ${target}` : "Quét lô"),
    h("p", { id: "scan-state", class: scan.errors.length || scan.state === "failed" ? "error" : "" },
      scan.message || SCAN_STATES[scan.state] || scan.state),
    scan.errors.map((e) => h("p", { class: "error" }, e)),
    (scan.failures || []).map((line) => h("p", { class: "error" }, line)),
    progress, pages,
    h("p", {}, scan.state === "stored"
      ? [scan.dossier ? h("a", { class: "button", id: "scan-dossier-link", href: `#/ho-so/${encodeURIComponent(scan.dossier)}` }, `Mở hồ sơ ${scan.dossier}`) : null, " ", more]
      : [commit, " ", more]));
  if (scan.state === "scanning" || scan.state === "reading" || scan.state === "new")
    state.refresh = setTimeout(() => route().name === "quet" && route().arg === id && render(), 1000);
}

// --- ingest, audit, users -----------------------------------------------------------

// Files dropped or picked (folders too) go to POST /api/uploads, read as `sohoa ingest` reads them.
async function filesOfEntries(entries) {
  const files = [];
  const walk = async (entry) => {
    if (entry.isFile) files.push(await new Promise((resolve, reject) => entry.file(resolve, reject)));
    else if (entry.isDirectory) {
      const reader = entry.createReader();
      for (let batch; (batch = await new Promise((resolve, reject) => reader.readEntries(resolve, reject))).length;)
        for (const child of batch) await walk(child);
    }
  };
  for (const entry of entries) await walk(entry);
  return files;
}

async function uploadFiles(files, dossier = "", part = "") {
  if (!files.length) return toast("Chưa chọn tệp nào", true);
  const form = new FormData();
  for (const file of files) form.append("file", file, file.webkitRelativePath || file.name);
  if (dossier) form.append("dossier", dossier);
  if (part) form.append("part", part);
  const response = await fetch("/api/uploads", { method: "POST", body: form, credentials: "same-origin", headers: { "X-CSRF-Token": state.csrf } });
  const data = (response.headers.get("Content-Type") || "").includes("json") ? await response.json() : {};
  if (!response.ok) return toast(data.error || `Lỗi ${response.status}`, true);
  toast(`Đã nhận ${data.files.length} tệp, đang đọc`);
  if (route().name === "nhap-lieu") render();
}

function uploadCard(dossier = "", part = "") {
  const picker = h("input", { type: "file", multiple: true, id: "upload-files", accept: ".pdf,.tif,.tiff,.jpg,.jpeg,.png" });
  const folder = h("input", { type: "file", multiple: true, webkitdirectory: true, id: "upload-folder" });
  const code = h("input", { type: "text", id: "upload-dossier", value: dossier, placeholder: "Mã hồ sơ (không bắt buộc)" });
  const which = h("select", { id: "upload-part" },
    h("option", { value: "" }, "phần hồ sơ: theo nội dung"), h("option", { value: "component", selected: part === "component" }, "Thành phần hồ sơ"),
    h("option", { value: "result", selected: part === "result" }, "Kết quả"));
  const send = (files) => uploadFiles(files, code.value.trim(), which.value).catch((error) => toast(error.message, true));
  picker.addEventListener("change", () => send([...picker.files]));
  folder.addEventListener("change", () => send([...folder.files]));
  const zone = h("div", { class: "drop-zone", id: "drop-zone" }, "Kéo thả tệp hoặc thư mục vào đây (PDF, TIFF, JPEG, PNG; tối đa 200 MB mỗi tệp)");
  zone.addEventListener("dragover", (event) => { event.preventDefault(); zone.classList.add("over"); });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", async (event) => {
    event.preventDefault();
    zone.classList.remove("over");
    // Folders come as entries to walk; files made by a page (or an old browser) only as files.
    const entries = [...(event.dataTransfer.items || [])].map((item) => item.webkitGetAsEntry && item.webkitGetAsEntry()).filter(Boolean);
    send(entries.length ? await filesOfEntries(entries) : [...event.dataTransfer.files]);
  });
  return h("div", { class: "card" }, h("h2", {}, "Tải tệp lên"), zone,
    h("p", {}, h("label", {}, "Chọn tệp: ", picker), " ", h("label", {}, "hoặc cả thư mục: ", folder)),
    h("p", {}, code, " ", which));
}

const UPLOAD_STATES = { reading: "đang đọc", done: "xong", failed: "lỗi", unknown: "không rõ" };

function uploadsTable(uploads) {
  if (!uploads || !uploads.length) return null;
  return h("div", { class: "card" }, h("h2", {}, "Các lần tải lên"), h("table", { id: "uploads-table" },
    h("thead", {}, h("tr", {}, ["Lúc nhận", "Người gửi", "Tệp", "Hồ sơ", "Trạng thái", "Chi tiết"].map((t) => h("th", {}, t)))),
    h("tbody", {}, uploads.map((u) => h("tr", {},
      h("td", {}, viTime(u.received_at)), h("td", {}, u.user), h("td", {}, u.files.join(", ")),
      h("td", {}, u.dossier ? `${u.dossier}${u.part ? ` (${PARTS[u.part]})` : ""}` : "—"),
      h("td", { class: u.state === "failed" ? "error" : "" }, UPLOAD_STATES[u.state] || u.state),
      h("td", { class: "error" }, (u.failures || []).map((line) => h("div", {}, line))))))));
}

function scansTable(scans) {
  if (!scans || !scans.length) return null;
  return h("div", { class: "card" }, h("h2", {}, "Các lần quét"), h("table", { id: "scans-table" },
    h("thead", {}, h("tr", {}, ["Bắt đầu", "Người quét", "Hồ sơ", "Trạng thái", "Trang"].map((t) => h("th", {}, t)))),
    h("tbody", {}, scans.map((s) => h("tr", {},
      h("td", {}, h("a", { href: `#/quet/${s.id}` }, s.started_at)), h("td", {}, s.user),
      h("td", {}, s.dossier ? `${s.dossier}${s.part ? ` (${PARTS[s.part]})` : ""}` : "lô"),
      h("td", { class: s.state === "failed" || s.errors.length ? "error" : "" }, s.message || SCAN_STATES[s.state] || s.state),
      h("td", { class: "num" }, s.state === "stored" ? s.pages_read : s.page_count))))));
}

// A PostgreSQL store's queue: its batches and the workers reading them (sohoa worker).
function queueCards(queue) {
  if (!queue) return null;
  return [
    h("div", { class: "card" }, h("h2", {}, "Hàng đợi của các máy đọc"), h("table", { id: "queue-table" },
      h("thead", {}, h("tr", {}, ["Lô", "Chờ", "Đang đọc", "Xong", "Lỗi", "Văn bản", "Đã ghép"].map((t) => h("th", {}, t)))),
      h("tbody", {}, queue.batches.map((b) => h("tr", {}, h("td", {}, b.path),
        [b.queued, b.leased, b.done, b.parked, b.documents].map((n) => h("td", { class: "num" }, String(n))),
        h("td", {}, b.assembled ? "rồi" : "chưa")))))),
    h("div", { class: "card" }, h("table", { id: "workers-table" },
      h("thead", {}, h("tr", {}, ["Máy đọc", "Đang giữ", "Xong 10 phút qua", "Trang/phút"].map((t) => h("th", {}, t)))),
      h("tbody", {}, queue.workers.map((w) => h("tr", {}, h("td", {}, w.worker), h("td", { class: "num" }, String(w.leased)),
        h("td", { class: "num" }, String(w.recent)), h("td", { class: "num" }, viNumber(w.pages_per_minute, 1))))))),
  ];
}

async function renderIngest() {
  const status = await api("/api/ingest");
  const rows = status.inputs.map((input) =>
    h("tr", {},
      h("td", {}, input.path),
      h("td", {}, input.done ? "xong" : "đang nhập"),
      h("td", { class: "num" }, `${input.pages_stored} / ${input.page_count}`),
      h("td", { class: "num" }, input.pages_per_minute === null ? "—" : viNumber(input.pages_per_minute, 1)),
      h("td", {}, viTime(input.started_at)),
      h("td", { class: "error" }, input.failures.map((f) => h("div", {}, `trang ${f.page}: ${f.message}`)))));
  show(
    h("h1", {}, "Tình hình nhập liệu"),
    canWork() ? uploadCard() : null,
    uploadsTable(status.uploads),
    scansTable(status.scans),
    h("p", {}, `${status.running} tệp đang nhập · ${status.pages_stored} trang đã lưu · ${status.pages_failed} trang lỗi`),
    queueCards(status.queue),
    h("div", { class: "card" }, h("table", {},
      h("thead", {}, h("tr", {}, ["Tệp", "Trạng thái", "Trang", "Trang/phút", "Bắt đầu", "Lỗi"].map((t) => h("th", {}, t)))),
      h("tbody", {}, rows))));
  const reading = (status.uploads || []).some((u) => u.state === "reading");
  const queued = status.queue && status.queue.batches.some((b) => b.queued || b.leased || !b.assembled);
  if (status.running || reading || queued) state.refresh = setTimeout(() => route().name === "nhap-lieu" && render(), 5000);
}

async function renderAudit(params) {
  const form = h("form", { class: "card search-form", id: "audit-form" },
    h("input", { type: "text", name: "user", value: params.get("user") || "", placeholder: "Người dùng" }),
    h("select", { name: "action" }, ["", ...Object.keys(AUDIT_ACTIONS)]
      .map((a) => h("option", { value: a, selected: a === (params.get("action") || "") }, a ? AUDIT_ACTIONS[a] || a : "mọi thao tác"))),
    h("label", { class: "muted" }, "từ ", h("input", { type: "date", name: "from", value: params.get("from") || "" })),
    h("label", { class: "muted" }, "đến ", h("input", { type: "date", name: "to", value: params.get("to") || "" })),
    h("button", { class: "primary", type: "submit" }, "Lọc"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const name of ["user", "action", "from", "to"]) if (form[name].value) next.set(name, form[name].value);
    go(`#/nhat-ky?${next}`);
  });
  const log = await api(`/api/audit?${params}`);
  show(h("h1", {}, "Nhật ký truy cập dữ liệu cá nhân"), form,
    h("div", { class: "card" }, h("table", { id: "audit-table" },
      h("thead", {}, h("tr", {}, ["Thời điểm (giờ Việt Nam)", "Người dùng", "Thao tác", "Đối tượng", "Chi tiết", "Địa chỉ"].map((t) => h("th", {}, t)))),
      h("tbody", {}, log.entries.map((e) => h("tr", {}, [viTime(e.at), e.username, AUDIT_ACTIONS[e.action] || e.action, viTarget(e.target), e.detail, e.client].map((v) => h("td", {}, v))))))));
}

// A role box with no role chosen: an admin must pick one on purpose.
function roleSelect(name, current = "") {
  return h("select", { name, required: true, "aria-label": "Vai trò" },
    h("option", { value: "", selected: !current, disabled: true }, "— chọn vai trò —"),
    Object.entries(ROLES).map(([value, label]) => h("option", { value, selected: value === current }, label)));
}

// Each change to a user is its own action (the server ends the user's sessions after each).
function userRow(user) {
  const change = async (what, body, done) => {
    try {
      await api(`/api/users/${encodeURIComponent(user.username)}/${what}`, { method: "POST", body });
      toast(done);
      render();
    } catch (failure) {
      toast(failure.message, true);
    }
  };
  const role = h("form", { class: "inline-form role-form" }, roleSelect("role", user.role), h("button", { class: "action", type: "submit" }, "Đổi vai trò"));
  role.addEventListener("submit", (event) => {
    event.preventDefault();
    change("role", { role: role.role.value }, `Đã đổi vai trò của ${user.username}`);
  });
  const password = h("form", { class: "inline-form password-form" },
    h("input", { type: "password", name: "password", placeholder: "Mật khẩu mới (ít nhất 8 ký tự)", required: true, autocomplete: "new-password", minlength: 8 }),
    h("button", { class: "action", type: "submit" }, "Đặt lại mật khẩu"));
  password.addEventListener("submit", (event) => {
    event.preventDefault();
    change("password", { password: password.password.value }, `Đã đặt lại mật khẩu của ${user.username}`);
  });
  const toggle = h("button", { class: "action disable-user", type: "button" }, user.disabled ? "Mở khóa" : "Khóa");
  toggle.addEventListener("click", () =>
    change("disabled", { disabled: !user.disabled }, `${user.disabled ? "Đã mở khóa" : "Đã khóa"} ${user.username}`));
  return h("tr", { "data-user": user.username },
    h("td", {}, user.username), h("td", { class: "role" }, ROLES[user.role]), h("td", { class: "state" }, user.disabled ? "khóa" : "hoạt động"),
    h("td", {}, viTime(user.created_at)), h("td", {}, role), h("td", {}, password), h("td", {}, toggle));
}

async function renderUsers() {
  const list = await api("/api/users");
  const form = h("form", { class: "card search-form", id: "user-form" },
    h("input", { type: "text", name: "username", placeholder: "Tên đăng nhập", required: true }),
    h("input", { type: "password", name: "password", placeholder: "Mật khẩu (ít nhất 8 ký tự)", required: true, autocomplete: "new-password", minlength: 8 }),
    roleSelect("role"),
    h("button", { class: "primary", type: "submit" }, "Tạo người dùng"));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      await api("/api/users", { method: "POST", body: { username: form.username.value.trim(), password: form.password.value, role: form.role.value } });
      toast(`Đã tạo người dùng ${form.username.value.trim()}`);
      render();
    } catch (failure) {
      toast(failure.message, true);
    }
  });
  show(h("h1", {}, "Người dùng"), form,
    h("div", { class: "card" }, h("table", { id: "users-table" },
      h("thead", {}, h("tr", {}, ["Tên", "Vai trò", "Trạng thái", "Tạo lúc", "", "", ""].map((t) => h("th", {}, t)))),
      h("tbody", {}, list.users.map(userRow)))));
}

// --- routing ------------------------------------------------------------------------

// Renders run one after another: a slow one (the search page after a login) finishing after a
// quicker one for a newer address would otherwise replace the page the user went to.
let renderQueue = Promise.resolve();
function render() {
  renderQueue = renderQueue.then(renderNow, renderNow);
  return renderQueue;
}

async function renderNow() {
  clearTimeout(state.refresh);
  if (!state.user) {
    try {
      signedIn(await api("/api/me"));
    } catch {
      return;
    }
  }
  const { name, arg, params } = route();
  if (!params.get("trang")) window.scrollTo(0, 0);
  for (const link of document.querySelectorAll("[data-nav]")) link.classList.toggle("active", link.dataset.nav === name || (name === "ho-so" && link.dataset.nav === "tim-kiem"));
  try {
    if (name === "ho-so") await renderDossier(arg, params);
    else if (name === "van-ban") await renderDocument(arg, params);
    else if (name === "bao-cao") await renderReport(params);
    else if (name === "nhap-lieu") await renderIngest();
    else if (name === "quet" && canWork()) await (arg ? renderScan(arg) : renderScanStart(params));
    else if (name === "nhat-ky" && isAdmin()) await renderAudit(params);
    else if (name === "nguoi-dung" && isAdmin()) await renderUsers();
    else await renderSearch(params);
    const place = scrollPlaces.get(location.hash);
    if (name === "tim-kiem" && place) window.scrollTo(0, place);
  } catch (failure) {
    if (failure.status !== 401) show(h("div", { class: "card error" }, failure.message));
  }
}

// Where the reader was on each address: back from a dossier, the results are where they were left.
const scrollPlaces = new Map();
window.addEventListener("hashchange", (event) => {
  scrollPlaces.set(new URL(event.oldURL).hash, window.scrollY);
  render();
});
window.addEventListener("DOMContentLoaded", () => {
  sayValidityInVietnamese(document);
  document.getElementById("logout").addEventListener("click", async () => {
    try {
      await api("/api/logout", { method: "POST" });
    } finally {
      showLogin("Đã đăng xuất.");
    }
  });
  render();
});
