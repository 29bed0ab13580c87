#pragma once
// Tesseract's OpenMP threads made a page 4x slower on a 2-core machine; we parallelise by
// page instead. libgomp reads OMP_THREAD_LIMIT when it is loaded, before main() runs, so
// setting it later has no effect: a program that links Tesseract calls this first thing in
// main(), and it re-executes the program with the limit in its environment.
namespace sohoa::ocr {

// Returns normally when OMP_THREAD_LIMIT=1 is in force; otherwise sets it and re-executes
// /proc/self/exe with the same arguments (returns only if that fails).
void ensureSingleThreadedOpenMp(char** argv);

bool openMpLimitedToOneThread();

}  // namespace sohoa::ocr
