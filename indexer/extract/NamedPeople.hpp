#pragma once
// The people a form names, each with the role its label gives: the forms of Thông tư 04/2020 and
// the papers around them label every name differently (`Họ, chữ đệm, tên người yêu cầu`, `Họ và
// tên người chết`, `Họ, chữ đệm, tên người mẹ`, `Họ, chữ đệm, tên chồng`, `Ông/Bà`, `Dự định đặt
// tên con`, a card's `Họ và tên / Full name`). Labels are compared by their letters without marks,
// spaces or punctuation, a letter off allowed, so a dropped mark or a split word still matches;
// the value may stand after `:`, after dotted leaders (`.....`, `…`), in the next cell of the row
// or on the line below, and must be a name (PersonName). Which of them the paper is about (the
// export's person_name) depends on the paper: the child on birth papers, the deceased on death
// papers, the applicant on the rest; never a parent, a spouse a certificate merely names, or a
// witness.
#include <optional>
#include <vector>

#include "indexer/extract/DocumentTypes.hpp"
#include "indexer/extract/ExtractedField.hpp"
#include "indexer/extract/PageLayout.hpp"

namespace sohoa::indexer {

// Every labelled name of the pages, as person_name fields with their role: requester, child,
// deceased, mother, father, husband, wife, registrant, named (a bare `Họ và tên`), other.
std::vector<ExtractedField> namedPeople(const std::vector<PageLayout>& pages);

// The one the paper is about, if its labels say so.
std::optional<ExtractedField> personConcerned(const std::vector<ExtractedField>& people,
                                              const std::optional<TypeHeading>& type);

// The husband and wife a marriage paper (the tờ khai, the certificate) names, their roles kept:
// it names both and not which of them asked for it. Nothing for other papers.
std::vector<ExtractedField> spousesNamed(const std::vector<PageLayout>& pages, const std::optional<TypeHeading>& type);

}  // namespace sohoa::indexer
