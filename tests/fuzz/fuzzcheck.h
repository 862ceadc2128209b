#pragma once

#include <cstdio>
#include <cstdlib>

// A property a fuzz target checks beyond "no crash": a failure aborts, so libFuzzer keeps the input
// as a crash artifact like any other finding.
#define FUZZ_CHECK(condition)                                                                                          \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "FUZZ_CHECK failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__);                   \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)
