#pragma once
// The day extraction takes as today: a date read after it, or a CCCD whose birth year is
// after it, is a misreading. Rules are given the day and never read the clock, so the same
// pages always give the same fields and tests can fix the day; the caller reads the clock.
#include <string>

namespace sohoa::indexer {

struct CalendarDay {
  int year = 2000, month = 1, day = 1;

  std::string iso() const;  // yyyy-mm-dd
  // Today by the system clock (UTC): for the callers of extraction, not for its rules.
  static CalendarDay today();
};

}  // namespace sohoa::indexer
