// The country's conventions for what the viewer shows: Vietnam's time (the server keeps UTC),
// dates as dd/mm/yyyy, decimal commas, and Vietnamese words for the codes the API answers
// (reading methods, audit actions and their targets, notes on a field). The API keeps ISO and
// codes: other programs read it.
"use strict";

const TIME_ZONE = "Asia/Ho_Chi_Minh";
const clockParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23",
});

// "2026-11-30T20:03:47Z" → "01/12/2026 03:03:47"; a time without a zone is the desk's own;
// "2025-06-01" → "01/06/2025". Anything else is shown as it came.
function viTime(text) {
  if (!text) return "—";
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (day) return `${day[3]}/${day[2]}/${day[1]}`;
  const local = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (local) return `${local[3]}/${local[2]}/${local[1]} ${local[4]}:${local[5]}${local[6] ? `:${local[6]}` : ""}`;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(text)) return text;
  const moment = new Date(text);
  if (Number.isNaN(moment.getTime())) return text;
  const p = Object.fromEntries(clockParts.formatToParts(moment).map((part) => [part.type, part.value]));
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}:${p.second}`;
}

// Only the day of a time: due dates, receipt days.
const viDay = (text) => (text ? viTime(text).split(" ")[0] : "—");

const decimals = (digits) => new Intl.NumberFormat("vi-VN", { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false });
// 12.5 → "12,50"
const viNumber = (value, digits = 2) => decimals(digits).format(value);
// A rate as the plan writes it: "12,50 %" (a non-breaking space keeps the sign with its number).
const viPercent = (value, digits = 2) => (value === null || value === undefined ? "—" : `${viNumber(value, digits)}\u00a0%`);

const READING_METHODS = {
  layout: "theo vị trí trên mẫu văn bản", label: "theo nhãn in sẵn trên mẫu", pattern: "theo dạng của giá trị",
  "pattern+repair": "theo dạng của giá trị, có sửa ký tự nhận dạng sai", qr: "từ mã QR", "procedure table": "từ danh mục thủ tục",
  "layout+receipt": "viết tay, khớp với ngày của phiếu tiếp nhận trong hồ sơ",
  "dossier receipt": "theo phiếu tiếp nhận của cùng hồ sơ",
};
const AUDIT_ACTIONS = {
  login: "đăng nhập", login_failed: "đăng nhập sai", logout: "đăng xuất", search: "tìm kiếm", hits: "xem chỗ khớp trên trang",
  view: "xem", download: "tải tệp lưu trữ", correct: "sửa giá trị", reuse: "dùng lại giấy tờ", reuse_undo: "hủy dùng lại", report: "xem báo cáo",
  user: "quản lý người dùng", audit: "xem nhật ký", upload: "tải tệp lên", scan: "quét giấy tờ",
};
const AUDIT_TARGETS = { page: "trang (mã)", document: "văn bản", dossier: "hồ sơ", field: "trường (mã)", upload: "lần tải lên", scan: "lần quét" };

// "page:10" → "trang (mã) 10"; a target of another kind is shown as it is.
function viTarget(target) {
  const at = (target || "").indexOf(":");
  const kind = at > 0 ? AUDIT_TARGETS[target.slice(0, at)] : null;
  return kind ? `${kind} ${target.slice(at + 1)}` : target;
}

// The notes extraction writes beside a value (kept in English in the store, as the CLI shows them).
const FIELD_NOTES = [
  [/^low OCR confidence$/, () => "chữ nhận dạng không chắc chắn"],
  [/^the seal or signature touches the name: its first word may be missing$/, () => "dấu hoặc chữ ký đè lên tên: có thể thiếu chữ đầu"],
  [/^a number without notation read with low confidence \(handwritten\?\)$/, () => "số văn bản không có ký hiệu, đọc không chắc chắn (viết tay?)"],
  [/^the date is in the future$/, () => "ngày nằm trong tương lai"],
  [/^number not read \(handwritten\?\): (.*)$/, (m) => `chưa đọc được số văn bản (viết tay?), xin xem trên trang; dòng đọc được: ${m[1]}`],
  [/^date not read \(handwritten\?\): (.*)$/, (m) => `chưa đọc được ngày ban hành (viết tay?), xin xem trên trang; dòng đọc được: ${m[1]}`],
  [/^not a valid CCCD number: no province has code (\d+)$/, (m) => `không phải số CCCD hợp lệ: không tỉnh nào có mã ${m[1]}`],
  [/^not a valid CCCD number: birth year (\d+) is in the future$/, (m) => `không phải số CCCD hợp lệ: năm sinh ${m[1]} ở tương lai`],
  [/^not a valid CCCD number: (.*)$/, (m) => `không phải số CCCD hợp lệ (${m[1]})`],
  [/^OCR read (.*)$/, (m) => `nhận dạng được ${m[1]}, đã sửa ký tự lẫn`],
  [/^QR code and OCR disagree: OCR read (.*)$/, (m) => `mã QR và chữ trên trang khác nhau: trên trang đọc được ${m[1]}`],
];
function viNote(note) {
  for (const [pattern, say] of FIELD_NOTES) {
    const match = pattern.exec(note);
    if (match) return say(match);
  }
  return note;
}

// The browser's own "Please fill out this field", in Vietnamese whatever its language.
function sayValidityInVietnamese(root) {
  root.addEventListener("invalid", (event) => {
    const field = event.target;
    const validity = field.validity;
    if (validity.valueMissing) field.setCustomValidity(field.tagName === "SELECT" ? "Xin chọn một mục trong danh sách." : "Xin điền ô này.");
    else if (validity.tooShort) field.setCustomValidity(`Cần ít nhất ${field.minLength} ký tự (đang có ${field.value.length}).`);
    else if (validity.typeMismatch || validity.patternMismatch || validity.badInput) field.setCustomValidity("Giá trị chưa đúng dạng.");
  }, true);
  const clear = (event) => event.target.setCustomValidity?.("");
  root.addEventListener("input", clear, true);
  root.addEventListener("change", clear, true);
}
