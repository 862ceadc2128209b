#include "agentrequest.h"

namespace tl {

void AgentReadStats::add(const AgentReadStats &o)
{
    lines += o.lines;
    requests += o.requests;
    streamingCopies += o.streamingCopies;
    replays += o.replays;
    zeroPlaceholders += o.zeroPlaceholders;
    repeatedSnapshots += o.repeatedSnapshots;
    synthetic += o.synthetic;
    apiErrors += o.apiErrors;
    undated += o.undated;
    noModel += o.noModel;
    malformed += o.malformed;
    unfinishedBytes += o.unfinishedBytes;
}

qint64 AgentReadStats::dropped() const
{
    return streamingCopies + replays + zeroPlaceholders + repeatedSnapshots + synthetic + apiErrors + undated +
           noModel + malformed;
}

void RequestDeduplicator::add(AgentRequest request, AgentReadStats *stats, bool replay)
{
    const auto it = m_index.constFind(request.key);
    if (it == m_index.constEnd()) {
        m_index.insert(request.key, m_requests.size());
        m_requests.append(std::move(request));
        ++stats->requests;
        return;
    }
    AgentRequest &kept = m_requests[*it];
    // Identical figures (or a sidechain's copy) are the same response again; different ones are
    // the snapshots streaming writes while a response grows.
    const bool sameFigures = kept.totalTokens() == request.totalTokens();
    if (replay || sameFigures || request.sidechain != kept.sidechain)
        ++stats->replays;
    else
        ++stats->streamingCopies;
    const bool better = request.totalTokens() > kept.totalTokens() ||
                        (request.totalTokens() == kept.totalTokens() && kept.sidechain && !request.sidechain);
    if (better)
        kept = std::move(request);
}

}   // namespace tl
