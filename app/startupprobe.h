#pragma once

class QString;

namespace tl {

class MainWindow;

// For tokenledger-bench (README: Performance): with TOKENLEDGER_STARTUP_PROBE=FILE in the
// environment, the window writes to FILE the moment (steady clock, ns) its dashboard first
// painted figures ("painted N"), then quits the way File → Quit does and writes when it asked to
// ("close N"); the benchmark, which knows when it started the process and when it ended,
// derives start → paint and the time closing took. With "painted" it notes the CPU time the
// process had used ("painted-cpu-us N", every thread, µs). Does nothing without the variable.
void installStartupProbe(MainWindow &window);
// Notes a named moment of the start-up in the probe's file ("main", "database", "window", "loaded"),
// so the benchmark can say where the time went. Does nothing without the variable.
void startupProbeMark(const char *what);

}   // namespace tl
