#pragma once
// The names of the fields extraction reads from a paper (ExtractedField::name). They are a
// wire format, not just identifiers: rows of the store's fields table, keys of a document's
// JSON, of search hits and of the archive's metadata mapping, so each is spelled once, here.
// Most are the archive metadata's elements (Nghị định 30/2020 Phụ lục VI: CodeNumber,
// CodeNotation, IssuedDate, OrganName, Subject…) in snake case.
//
// Character arrays rather than string_view: each converts to std::string, compares with one
// and keys a JSON object where a literal did, so a use reads like the literal it replaces.
// viewer/web/app.js spells them again (its Vietnamese labels; it reads the same JSON).

namespace sohoa::indexer::fieldname {

// The paper's header: who issued it, its number and notation (15/QĐ-UBND), its date, its subject.
inline constexpr char kOrganName[] = "organ_name";
inline constexpr char kCodeNumber[] = "code_number";
inline constexpr char kCodeNotation[] = "code_notation";
inline constexpr char kIssuedDate[] = "issued_date";  // ISO yyyy-mm-dd
inline constexpr char kSubject[] = "subject";

// The signature block.
inline constexpr char kSignerPosition[] = "signer_position";
inline constexpr char kSignerName[] = "signer_name";

// The people a paper is about: one field per name and per CCCD/CMND number.
inline constexpr char kPersonName[] = "person_name";
inline constexpr char kCitizenIds[] = "citizen_ids";

// The one-stop desk's codes: the dossier (000.00.21.H08-250314-0042) and its procedure (1.000656).
inline constexpr char kDossierCode[] = "dossier_code";
inline constexpr char kProcedureCode[] = "procedure_code";

}  // namespace sohoa::indexer::fieldname
