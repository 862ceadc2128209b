#pragma once

#include "storage/dbprofile.h"

#include <QString>
#include <QVariant>

namespace tl::test {

// The throwaway PostgreSQL cluster run-in-session.sh starts (tests/pg/pg-cluster.sh), named by
// TOKENLEDGER_TEST_PG: a superuser URL that may create databases. Empty when the test runs outside
// the session wrapper.
QString testServerUrl();

// Skips the test outside the session wrapper (a developer running one executable by hand), fails it
// inside: there the server must be there, or the PostgreSQL tests would silently test nothing.
#define TL_REQUIRE_TEST_SERVER()                                                                                       \
    do {                                                                                                               \
        if (tl::test::testServerUrl().isEmpty()) {                                                                     \
            if (qEnvironmentVariableIsSet("TOKENLEDGER_IN_SESSION"))                                                   \
                QFAIL("TOKENLEDGER_TEST_PG is not set inside run-in-session.sh: the test server did not start");       \
            QSKIP("no test PostgreSQL server: run the test through tests/run-in-session.sh");                          \
        }                                                                                                              \
    } while (false)

// A fresh, empty database on the test server (a random name), dropped with the object even while
// connections are open.
class PgTestDatabase final
{
public:
    PgTestDatabase();
    ~PgTestDatabase();
    Q_DISABLE_COPY_MOVE(PgTestDatabase)

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString name() const { return m_name; }
    QString url() const;   // postgresql://tokenledger@127.0.0.1:PORT/<name>
    DbProfile profile() const;
    // This database as the session's password role (TOKENLEDGER_TEST_PG_PASSWORD_URL), which is
    // allowed to create the schema here; empty when that could not be granted.
    QString passwordRoleUrl();

    // Runs one statement as the superuser on this database (setting up what a test needs).
    bool exec(const QString &statement, QString *error = nullptr);
    // Reads one value (the first column of the first row), for assertions.
    QVariant scalar(const QString &statement);

private:
    bool admin(const QString &statement);

    QString m_name;
    QString m_error;
    QString m_connection;
};

}   // namespace tl::test
