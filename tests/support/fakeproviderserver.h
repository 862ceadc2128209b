#pragma once

#include <QByteArray>
#include <QHash>
#include <QHttpServer>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace tl::test {

// A loopback HTTP server (QtHttpServer on 127.0.0.1, random port) that answers like the
// providers' documented APIs from fixture files, and can be told to misbehave: any status with
// an optional Retry-After, a body cut short or broken, or no answer at all (a timeout).
class FakeProviderServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeProviderServer)

public:
    struct Reply
    {
        int status = 200;
        QByteArray body;
        QByteArray retryAfter;   // Retry-After header when not empty
        bool hang = false;       // never answer
    };

    FakeProviderServer();
    ~FakeProviderServer() override;

    bool start();
    QString url(const QString &path = {}) const;   // http://127.0.0.1:PORT + path

    // Serves `reply` for GET path (with ?page=cursor when `page` is not empty).
    void setReply(const QString &path, const QString &page, Reply reply);
    void setJson(const QString &path, const QString &page, const QByteArray &json)
    {
        setReply(path, page, {200, json, {}, false});
    }
    // Answers the next `times` requests for path (any page) with `fault` instead (-1: always).
    void setFault(const QString &path, Reply fault, int times = -1);
    void clearFaults() { m_faults.clear(); }

    int requests(const QString &path) const { return m_counts.value(path); }
    int totalRequests() const;
    // Headers of the last request to path (lower-case names).
    QHash<QByteArray, QByteArray> lastHeaders(const QString &path) const { return m_lastHeaders.value(path); }
    QString lastQuery(const QString &path) const { return m_lastQueries.value(path); }

    // The standard fixtures: OpenAI, Anthropic, OpenRouter and DeepSeek contracts, paths as
    // their base URLs ("/openai/v1", "/anthropic", "/openrouter/api/v1", "/deepseek") put them.
    void loadStandardFixtures();
    static QByteArray fixture(const QString &relativePath);

private:
    struct Fault
    {
        Reply reply;
        int remaining = -1;
    };

    QHttpServer m_server;
    quint16 m_port = 0;
    QHash<QString, Reply> m_replies;   // key: path + '|' + page
    QHash<QString, Fault> m_faults;
    QHash<QString, int> m_counts;
    QHash<QString, QHash<QByteArray, QByteArray>> m_lastHeaders;
    QHash<QString, QString> m_lastQueries;
    std::vector<std::unique_ptr<QHttpServerResponder>> m_hanging;
};

}   // namespace tl::test
