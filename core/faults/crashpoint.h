#pragma once

namespace shopinbox {

/**
 * @brief Test-only crash points: named places in the code where a test can make the process die.
 *
 * A test that wants to see what a crash at a precise point leaves behind starts the process with
 * `SHOPINBOX_CRASH_AT=name:n` in its environment. The n-th time the code passes reach("name"), the process
 * writes `crash point name:n reached` to standard error and kills itself with SIGKILL — as a power cut or an
 * out-of-memory kill would end it, but at a point of the protocol the test chose instead of a moment a timer
 * chose, so the test's outcome does not depend on how fast the machine is.
 *
 * Without the variable reach() costs one test of a flag read once. Builds configured with
 * `-DSHOPINBOX_CRASH_POINTS=OFF` (packages without tests) make it an empty function.
 *
 * The points (each documented where it is reached, and in docs/reliability.md):
 * - `cache.apply.before-commit`: a batch of events is written to the client cache, not yet committed.
 * - `cache.apply.after-commit`: the batch and its cursor are committed, not yet published to the models.
 * - `server.message.after-commit`: the server stored a staff message, before it answers the request.
 */
class CrashPoint
{
public:
    CrashPoint() = delete;

    /**
     * Counts a pass through the point @p name and dies if it is the one SHOPINBOX_CRASH_AT names. Does
     * nothing in builds without crash points.
     */
    static void reach(const char *name);
};

} // namespace shopinbox
