#include "prices.h"

namespace tl {

bool ModelPrices::isTiered() const
{
    for (const auto *p : {&input, &cacheRead, &cacheWrite5m, &cacheWrite1h, &output}) {
        if (*p && (*p)->isTiered())
            return true;
    }
    return false;
}

bool ModelPrices::isEmpty() const
{
    return !input && !cacheRead && !cacheWrite5m && !cacheWrite1h && !output && !inputAudio && !outputAudio &&
           !outputReasoning && !requestsPerThousand && !webSearchesPerThousand;
}

}   // namespace tl
