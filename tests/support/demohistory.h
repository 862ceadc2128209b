#pragma once

#include <QDate>

namespace tl::test {

class FakeProviderServer;

// Serves weeks of plausible OpenAI and Anthropic usage and cost reports (in the documented
// payload shapes, as the standard fixtures are) from `server`, for screenshots and benchmarks
// of a filled window. Deterministic: the same days give the same payloads. Test tooling only —
// the product never shows data it did not read from a provider.
void loadDemoHistory(FakeProviderServer &server, QDate from, QDate to);

}   // namespace tl::test
