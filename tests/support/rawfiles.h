#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tl::test {

// The SHA-256 of a file's bytes (empty when it cannot be read): "nothing was changed" is checked
// on the file itself, not through TokenLedger.
QByteArray fileHash(const QString &path);

// Creates a plain SQLite file with `statements`, through a raw connection of its own (not
// TokenLedger's schema): another program's file, or one an old version left. False, with the
// statement that failed in *failed, when one fails.
bool makeRawSqlite(const QString &path, const QStringList &statements, QString *failed = nullptr);

}   // namespace tl::test
