#pragma once
// Readings of another process from /proc (Linux): the load generator watches the server it started.

#include <cstdint>

namespace shopinbox::loadgen {

/** Resident memory of @p pid in KiB, 0 if unknown. */
std::int64_t residentKb(int pid);
/** User + system CPU time of @p pid in seconds, 0 if unknown. */
double cpuSecondsOf(int pid);

} // namespace shopinbox::loadgen
