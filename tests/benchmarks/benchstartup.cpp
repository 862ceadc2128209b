// Start-up: start -> first painted dashboard -> close of the real window, next to a bare Qt
// Widgets + QtCharts window built and timed in the same run.

#include "benchsections.h"

namespace tl::bench {

void benchStartup(Context &ctx)
{
    Q_UNUSED(ctx)
}

}   // namespace tl::bench
