#include "rawfiles.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace tl::test {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

bool makeRawSqlite(const QString &path, const QStringList &statements, QString *failed)
{
    const QString name = QStringLiteral("raw-sqlite");
    bool ok = true;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        ok = raw.open();
        if (!ok && failed)
            *failed = raw.lastError().text();
        for (const QString &s : statements) {
            if (!ok)
                break;
            QSqlQuery q(raw);
            ok = q.exec(s);
            if (!ok && failed)
                *failed = s + QStringLiteral(": ") + q.lastError().text();
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

}   // namespace tl::test
