#pragma once

// The CPU time (user + system, every thread) this process has used so far, in µs; -1 where the
// system does not say. Header-only, so tokenledger-bench's bare window (which links Qt alone) and
// the window's start-up probe measure it the same way.

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace tl {

inline qint64 processCpuMicroseconds()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return -1;
    return (qint64(usage.ru_utime.tv_sec) + usage.ru_stime.tv_sec) * 1'000'000 + usage.ru_utime.tv_usec +
           usage.ru_stime.tv_usec;
#else
    return -1;
#endif
}

}   // namespace tl
