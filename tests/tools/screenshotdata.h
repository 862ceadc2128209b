#pragma once

// What the screenshot tool puts in its database before it shows the window: demo accounts over the
// loopback provider server, an imported console export, coding-agent accounts over demo logs.
#include <QDateTime>
#include <QString>

namespace tl {
class Database;
namespace test {
class FakeProviderServer;
}
}   // namespace tl

namespace tl::screenshot {

void addDemoAccounts(tl::Database &db, tl::test::FakeProviderServer &server);
// Imports `path` through core, as `tokenledger import` does, into the first account of
// `provider` (or a new one for imports); false with a message on stderr.
bool seedImport(tl::Database &db, const QString &provider, const QString &path);
// Agent accounts over demo logs written relative to `now` (see writeDemoAgentLogs).
bool seedAgents(tl::Database &db, const QDateTime &now, const QString &root);
// Agent accounts reading the fixtures under `home`, imported as a sync would.
bool seedAgents(tl::Database &db, const QString &home);

}   // namespace tl::screenshot
