#include "fakeproviderserver.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace tl::test {

FakeProviderServer::FakeProviderServer()
{
    m_server.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        const QString path = request.url().path();
        const QString page = request.query().queryItemValue(QStringLiteral("page"));
        ++m_counts[path];
        QHash<QByteArray, QByteArray> headers;
        for (const auto &[name, value] : request.headers())
            headers.insert(name.toLower(), value);
        m_lastHeaders.insert(path, headers);
        m_lastQueries.insert(path, request.query().toString(QUrl::FullyDecoded));

        Reply reply;
        auto fault = m_faults.find(path);
        if (fault != m_faults.end() && fault->remaining != 0) {
            reply = fault->reply;
            if (fault->remaining > 0)
                --fault->remaining;
        } else if (const auto handler = m_handlers.constFind(path); handler != m_handlers.constEnd()) {
            reply = (*handler)(page);
        } else if (const auto it = m_replies.constFind(path + QLatin1Char('|') + page); it != m_replies.constEnd()) {
            reply = *it;
        } else {
            reply = {404, R"({"error":{"message":"no such fixture","type":"not_found"}})", {}, false};
        }
        if (reply.hang) {
            m_hanging.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
            return;
        }
        if (reply.raw != Raw::None) {
            writeRaw(path, reply, std::move(responder));
            return;
        }
        QHttpServerResponse response(QByteArrayLiteral("application/json"), reply.body,
                                     static_cast<QHttpServerResponse::StatusCode>(reply.status));
        if (!reply.retryAfter.isEmpty())
            response.setHeader(QByteArrayLiteral("Retry-After"), reply.retryAfter);
        response.write(std::move(responder));
    });
}

FakeProviderServer::~FakeProviderServer() = default;

void FakeProviderServer::writeRaw(const QString &path, const Reply &reply, QHttpServerResponder &&responder)
{
    QPointer<QTcpSocket> socket = responder.socket();
    // The responder stays alive (and silent) while we write on its socket ourselves.
    m_hanging.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
    const auto head = [&](qint64 length, const QByteArray &extra = {}) {
        QByteArray h = "HTTP/1.1 " + QByteArray::number(reply.status) + " X\r\nContent-Type: application/json\r\n";
        if (length >= 0)
            h += "Content-Length: " + QByteArray::number(length) + "\r\n";
        h += extra + "Connection: close\r\n\r\n";
        socket->write(h);
    };
    const auto sent = [this, path](qint64 n) { m_bytesSent[path] += n; };
    switch (reply.raw) {
    case Raw::None:
        break;
    case Raw::CutShort:
    case Raw::StallMidBody:
        // The whole body, well-formed on its own, but 64 bytes fewer than announced.
        head(reply.body.size() + 64);
        socket->write(reply.body);
        sent(reply.body.size());
        socket->flush();
        if (reply.raw == Raw::CutShort)
            socket->disconnectFromHost();
        break;
    case Raw::BadEncoding:
        head(reply.body.size(), "Content-Encoding: deflate\r\n");
        socket->write(reply.body);
        sent(reply.body.size());
        socket->disconnectFromHost();
        break;
    case Raw::Redirect:
        head(0, "Location: " + reply.location + "\r\n");
        socket->disconnectFromHost();
        break;
    case Raw::Trickle: {
        head(reply.body.size());
        auto *timer = new QTimer(socket);
        auto position = std::make_shared<qsizetype>(0);
        connect(timer, &QTimer::timeout, socket, [socket, timer, position, body = reply.body, sent] {
            if (*position >= body.size()) {
                timer->stop();
                socket->disconnectFromHost();
                return;
            }
            socket->write(body.mid((*position)++, 1));
            sent(1);
        });
        timer->start(reply.intervalMs);
        break;
    }
    case Raw::Stream: {
        head(reply.announceLength ? reply.streamBytes : -1,
             reply.announceLength ? QByteArray() : QByteArray("Transfer-Encoding: chunked\r\n"));
        // Written as the client reads (the socket's buffer stays small), so the test measures the
        // client, not this server.
        auto remaining = std::make_shared<qint64>(reply.streamBytes);
        const bool chunked = !reply.announceLength;
        const auto pump = [socket, remaining, chunked, sent] {
            const QByteArray block(64 * 1024, 'x');
            while (socket && *remaining > 0 && socket->bytesToWrite() < 256 * 1024) {
                const qint64 n = std::min<qint64>(*remaining, block.size());
                if (chunked)
                    socket->write(QByteArray::number(n, 16) + "\r\n" + block.left(n) + "\r\n");
                else
                    socket->write(block.left(n));
                *remaining -= n;
                sent(n);
            }
            if (socket && *remaining == 0) {
                if (chunked)
                    socket->write("0\r\n\r\n");
                *remaining = -1;
                socket->disconnectFromHost();
            }
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, pump);
        pump();
        break;
    }
    }
}

bool FakeProviderServer::start()
{
    m_port = m_server.listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QString FakeProviderServer::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
}

void FakeProviderServer::setReply(const QString &path, const QString &page, Reply reply)
{
    m_replies.insert(path + QLatin1Char('|') + page, std::move(reply));
}

void FakeProviderServer::setFault(const QString &path, Reply fault, int times)
{
    m_faults.insert(path, {std::move(fault), times});
}

int FakeProviderServer::totalRequests() const
{
    int total = 0;
    for (int n : m_counts)
        total += n;
    return total;
}

QByteArray FakeProviderServer::fixture(const QString &relativePath)
{
    QFile file(QStringLiteral(TOKENLEDGER_FIXTURES_DIR "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relativePath));
    return file.readAll();
}

void FakeProviderServer::loadStandardFixtures()
{
    const QString openai = QStringLiteral("/openai/v1/organization");
    setJson(openai + QStringLiteral("/usage/completions"), {}, fixture(QStringLiteral("openai/completions-1.json")));
    setJson(openai + QStringLiteral("/usage/completions"), QStringLiteral("page_AAAAAGdGxdEiJdKOAAAAAGcqsYA="),
            fixture(QStringLiteral("openai/completions-2.json")));
    setJson(openai + QStringLiteral("/usage/embeddings"), {}, fixture(QStringLiteral("openai/embeddings.json")));
    setJson(openai + QStringLiteral("/usage/moderations"), {}, fixture(QStringLiteral("openai/empty.json")));
    setJson(openai + QStringLiteral("/costs"), {}, fixture(QStringLiteral("openai/costs.json")));

    const QString anthropic = QStringLiteral("/anthropic/v1/organizations");
    setJson(anthropic + QStringLiteral("/usage_report/messages"), {},
            fixture(QStringLiteral("anthropic/usage-1.json")));
    setJson(anthropic + QStringLiteral("/usage_report/messages"), QStringLiteral("page_2026-03-02"),
            fixture(QStringLiteral("anthropic/usage-2.json")));
    setJson(anthropic + QStringLiteral("/cost_report"), {}, fixture(QStringLiteral("anthropic/costs.json")));

    setJson(QStringLiteral("/openrouter/api/v1/key"), {}, fixture(QStringLiteral("openrouter/key.json")));
    setJson(QStringLiteral("/openrouter/api/v1/credits"), {}, fixture(QStringLiteral("openrouter/credits.json")));
    setJson(QStringLiteral("/openrouter/api/v1/activity"), {}, fixture(QStringLiteral("openrouter/activity.json")));

    setJson(QStringLiteral("/deepseek/user/balance"), {}, fixture(QStringLiteral("deepseek/balance.json")));
    setJson(QStringLiteral("/groq/models"), {}, R"({"object":"list","data":[{"id":"llama-3.1-8b-instant"}]})");
}

}   // namespace tl::test
