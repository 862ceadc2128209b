#include "syncruntext.h"

#include "common/enumnames.h"
#include "providers/otheradapters.h"
#include "providers/providercatalog.h"
#include "storage/syncrunrepository.h"

#include <QJsonArray>

#include <utility>

namespace tl {

namespace {

// Words in the installed translation (or English) and numbers in the reader's locale (or C).
class Words
{
public:
    Words(bool translate, const QLocale &locale)
        : m_translate(translate)
        , m_locale(locale)
    {}
    QString operator()(const char *source) const
    {
        return m_translate ? QCoreApplication::translate("tl::SyncRunText", source) : QString::fromUtf8(source);
    }
    QString number(qint64 n) const { return m_locale.toString(n); }
    QString seconds(qint64 ms) const
    {
        return (*this)(QT_TRANSLATE_NOOP("tl::SyncRunText", "%1 s"))
            .arg(m_locale.toString(double(ms) / 1000.0, 'f', 1));
    }
    // A limit in words: "90 s", "15 min".
    QString limit(qint64 ms) const
    {
        return ms < 120'000 || ms % 60'000 != 0
                   ? (*this)(QT_TRANSLATE_NOOP("tl::SyncRunText", "%1 s")).arg(number((ms + 999) / 1000))
                   : (*this)(QT_TRANSLATE_NOOP("tl::SyncRunText", "%1 min")).arg(number(ms / 60'000));
    }
    bool translates() const { return m_translate; }

private:
    bool m_translate;
    QLocale m_locale;
};

// " (detail)" when there is one: the provider's or the database's own words, verbatim.
QString inBrackets(const QString &detail)
{
    return detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail);
}

ProviderError::Kind kindFromName(QStringView name)
{
    using K = ProviderError::Kind;
    return enumFromName<K>(name,
                           {K::Unauthorized, K::Forbidden, K::NotFound, K::RateLimited, K::Transient, K::BadPayload,
                            K::NotSupported, K::Redirected, K::TooLarge, K::TimedOut, K::Cancelled},
                           ProviderError::kindName)
        .value_or(K::BadPayload);
}

QString keyFailedText(const QJsonObject &p, const Words &w)
{
    const QString status = p.value(QLatin1String("status")).toString();
    const QString variable = p.value(QLatin1String("variable")).toString();
    const QString detail = p.value(QLatin1String("detail")).toString();
    if (status == QLatin1String("no_backend"))
        return w(QT_TRANSLATE_NOOP(
                     "tl::SyncRunText",
                     "No system keychain is available, so the account's key cannot be read. For headless syncs "
                     "without a keychain, set %1."))
            .arg(variable);
    if (status == QLatin1String("locked"))
        return w(QT_TRANSLATE_NOOP(
            "tl::SyncRunText", "The system keychain is locked. Unlock it (log in to your desktop session, or open your "
                               "keyring manager) and sync again."));
    if (status == QLatin1String("denied"))
        return w(QT_TRANSLATE_NOOP("tl::SyncRunText", "The system keychain refused access to the account's key."));
    if (status == QLatin1String("timed_out"))
        return w(QT_TRANSLATE_NOOP("tl::SyncRunText", "The system keychain did not answer in time."));
    if (status == QLatin1String("wrong_host"))
        return w(QT_TRANSLATE_NOOP(
                     "tl::SyncRunText",
                     "The account's key is not sent to this address%1. Enter the key again for the account's "
                     "address."))
            .arg(inBrackets(detail));
    return w(QT_TRANSLATE_NOOP("tl::SyncRunText",
                               "The account's key could not be read%1. For headless syncs without a keychain, set %2."))
        .arg(inBrackets(detail), variable);
}

QString syncedText(const QJsonObject &p, const Words &w)
{
    const auto n = [&](const char *key) { return p.value(QLatin1String(key)).toInteger(); };
    QString text = w(QT_TRANSLATE_NOOP("tl::SyncRunText", "Synced %1 new records, %2 updated"))
                       .arg(w.number(n("created")), w.number(n("updated")));
    if (n("withdrawn") > 0)
        text += w(QT_TRANSLATE_NOOP("tl::SyncRunText", ", %1 withdrawn by the provider")).arg(w.number(n("withdrawn")));
    if (n("balances") == 1)
        text += w(QT_TRANSLATE_NOOP("tl::SyncRunText", ", 1 balance"));
    else if (n("balances") > 1)
        text += w(QT_TRANSLATE_NOOP("tl::SyncRunText", ", %1 balances")).arg(w.number(n("balances")));
    text += QStringLiteral(" (%1)").arg(w.seconds(n("duration_ms")));
    QStringList notes;
    for (const QJsonValue &note : p.value(QLatin1String("notes")).toArray())
        notes.append(w(note.toString().toUtf8().constData()));
    if (!notes.isEmpty())
        text += QStringLiteral(". ") + notes.join(QLatin1Char(' '));
    return text;
}

QString agentImportText(const QJsonObject &p, const Words &w)
{
    const auto n = [&](const char *key) { return p.value(QLatin1String(key)).toInteger(); };
    QStringList parts;
    parts << w(QT_TRANSLATE_NOOP(
                   "tl::SyncRunText",
                   "%1 new requests, %2 completed, %3 already recorded from %4 of %5 files (%6 unchanged)"))
                 .arg(w.number(n("new")), w.number(n("completed")), w.number(n("known")), w.number(n("files_read")),
                      w.number(n("files_seen")), w.number(n("files_unchanged")));
    if (n("files_reread") > 0)
        parts << w(QT_TRANSLATE_NOOP("tl::SyncRunText", "%1 files shrank or were replaced and were read again"))
                     .arg(w.number(n("files_reread")));
    static const std::pair<const char *, const char *> Dropped[] = {
        {"streaming_copies", QT_TRANSLATE_NOOP("tl::SyncRunText", "%1 streaming copies")},
        {"replays", QT_TRANSLATE_NOOP("tl::SyncRunText", "%1 replays")},
        {"zero_placeholders", QT_TRANSLATE_NOOP("tl::SyncRunText", "%1 zero placeholders")},
        {"synthetic", QT_TRANSLATE_NOOP("tl::SyncRunText", "%1 synthetic messages")},
        {"api_errors", QT_TRANSLATE_NOOP("tl::SyncRunText", "%1 API errors")},
        {"undated", QT_TRANSLATE_NOOP("tl::SyncRunText", "%1 without a time")},
        {"no_model", QT_TRANSLATE_NOOP("tl::SyncRunText", "%1 without a model")},
        {"malformed", QT_TRANSLATE_NOOP("tl::SyncRunText", "%1 malformed lines")}};
    QStringList dropped;
    for (const auto &[key, words] : Dropped) {
        if (n(key) > 0)
            dropped << w(words).arg(w.number(n(key)));
    }
    if (!dropped.isEmpty())
        parts << w(QT_TRANSLATE_NOOP("tl::SyncRunText", "dropped: %1")).arg(dropped.join(QStringLiteral(", ")));
    if (n("unfinished_bytes") > 0)
        parts << w(QT_TRANSLATE_NOOP("tl::SyncRunText", "%1 bytes of unfinished lines are read next time"))
                     .arg(w.number(n("unfinished_bytes")));
    if (n("file_errors") > 0)
        parts << w(QT_TRANSLATE_NOOP("tl::SyncRunText", "%1 files could not be read")).arg(w.number(n("file_errors")));
    return parts.join(QStringLiteral("; "));
}

QString render(const QJsonObject &p, const QString &provider, const Words &w)
{
    const QString code = p.value(QLatin1String("code")).toString();
    const QString detail = p.value(QLatin1String("detail")).toString();
    if (code == QLatin1String("synced"))
        return syncedText(p, w);
    if (code == QLatin1String("cancelled"))
        return w(QT_TRANSLATE_NOOP("tl::SyncRunText", "Cancelled; nothing of this account was stored."));
    if (code == QLatin1String("deadline"))
        return w(QT_TRANSLATE_NOOP(
                     "tl::SyncRunText",
                     "The provider did not deliver this account's usage within %1; nothing of it was stored."))
            .arg(w.limit(p.value(QLatin1String("limit_ms")).toInteger()));
    if (code == QLatin1String("provider")) {
        ProviderError error;
        error.kind = kindFromName(p.value(QLatin1String("kind")).toString());
        error.httpStatus = p.value(QLatin1String("http")).toInt();
        error.detail = detail;
        error.reason = p.value(QLatin1String("reason")).toString();
        error.message = p.value(QLatin1String("message")).toString();
        return providerErrorText(error, provider, w.translates());
    }
    if (code == QLatin1String("key"))
        return keyFailedText(p, w);
    if (code == QLatin1String("unknown_provider"))
        return w(QT_TRANSLATE_NOOP("tl::SyncRunText", "Unknown provider \"%1\"."))
            .arg(p.value(QLatin1String("provider")).toString());
    if (code == QLatin1String("not_recorded"))
        return w(QT_TRANSLATE_NOOP("tl::SyncRunText", "Could not record the sync: %1")).arg(detail);
    if (code == QLatin1String("overflow"))
        return w(QT_TRANSLATE_NOOP("tl::SyncRunText", "Nothing was stored: amounts too large to add up%1."))
            .arg(inBrackets(detail));
    if (code == QLatin1String("not_stored"))
        return w(QT_TRANSLATE_NOOP("tl::SyncRunText", "Nothing was stored: the database refused the data%1."))
            .arg(inBrackets(detail));
    if (code == QLatin1String("agent_imported")) {
        QString text = w(QT_TRANSLATE_NOOP("tl::SyncRunText", "Imported local logs: %1")).arg(agentImportText(p, w));
        QStringList errors;
        for (const QJsonValue &e : p.value(QLatin1String("errors")).toArray())
            errors << e.toString();
        if (!errors.isEmpty())
            text += QStringLiteral(". ") + errors.join(QStringLiteral("; "));
        return text;
    }
    if (code == QLatin1String("interrupted"))
        return w(
            QT_TRANSLATE_NOOP("tl::SyncRunText",
                              "Interrupted: TokenLedger stopped before this sync finished; nothing of it was stored."));
    return {};
}

// HttpClient's own sentences (ProviderError::reason), with their value (ProviderError::detail).
QString clientText(const ProviderError &e, const Words &w)
{
    const QString &r = e.reason;
    if (r == u"too_large")
        return w(QT_TRANSLATE_NOOP("tl::SyncRunText", "The provider's answer is larger than %1, more than TokenLedger "
                                                      "accepts; nothing of it was used."))
            .arg(e.detail);
    if (r == u"deadline")
        return w(QT_TRANSLATE_NOOP("tl::SyncRunText", "The provider's answer did not arrive within %1 s."))
            .arg(e.detail);
    if (r == u"no_answer")
        return w(QT_TRANSLATE_NOOP("tl::SyncRunText", "The provider did not answer within %1 s.")).arg(e.detail);
    if (r == u"network")
        return w(QT_TRANSLATE_NOOP("tl::SyncRunText", "Network error: %1")).arg(e.detail);
    if (r == u"stalled")
        return w(QT_TRANSLATE_NOOP("tl::SyncRunText", "The provider's answer was cut off (the provider stopped "
                                                      "answering for %1 s); nothing of it was used."))
            .arg(e.detail);
    if (r == u"cut_off")
        return w(QT_TRANSLATE_NOOP("tl::SyncRunText",
                                   "The provider's answer was cut off (%1); nothing of it was used."))
            .arg(e.detail);
    if (r == u"redirect_invalid")
        return w(QT_TRANSLATE_NOOP("tl::SyncRunText",
                                   "The provider answered HTTP %1 without a valid redirect address."))
            .arg(e.httpStatus);
    if (r == u"no_network_module")
        return w(QT_TRANSLATE_NOOP("tl::SyncRunText", "TokenLedger's network module (libtokenledger-net) could not be "
                                                      "loaded, so nothing was asked of the provider: %1. Reinstall "
                                                      "TokenLedger."))
            .arg(e.detail);
    if (r == u"redirect_many")
        return w(QT_TRANSLATE_NOOP("tl::SyncRunText", "The provider redirected more than %1 times.")).arg(e.detail);
    return {};
}

QString providerText(const ProviderError &e, const QString &provider, const Words &w)
{
    using K = ProviderError::Kind;
    if (const QString text = clientText(e, w); !text.isEmpty())
        return text;
    // The provider's words (or, for errors raised here, the whole English explanation).
    const QString said = inBrackets(e.detail.isEmpty() && e.httpStatus < 400 ? e.message : e.detail);
    const QString http = QString::number(e.httpStatus);
    switch (e.kind) {
    case K::Unauthorized:
    case K::Forbidden: {
        const ProviderInfo *info = providerInfo(provider);
        const QString needed = !info ? QString() : w.translates() ? info->keyHelpText() : info->keyHelp;
        const QString frame =
            e.kind == K::Unauthorized
                ? w(QT_TRANSLATE_NOOP("tl::SyncRunText", "The provider rejected the key (HTTP %1)%2."))
                      .arg(http, inBrackets(e.detail))
                : w(QT_TRANSLATE_NOOP("tl::SyncRunText", "The key is not allowed to do this (HTTP %1)%2."))
                      .arg(http, inBrackets(e.detail));
        return needed.isEmpty()
                   ? frame
                   : frame + QLatin1Char(' ') + w(QT_TRANSLATE_NOOP("tl::SyncRunText", "Needed: %1")).arg(needed);
    }
    case K::NotFound:
        return w(QT_TRANSLATE_NOOP("tl::SyncRunText", "Not found (HTTP 404): check the base URL%1."))
            .arg(inBrackets(e.detail));
    case K::RateLimited:
        return w(QT_TRANSLATE_NOOP("tl::SyncRunText", "Rate limited by the provider (HTTP 429)%1."))
            .arg(inBrackets(e.detail));
    case K::Transient:
        if (e.httpStatus >= 500)
            return w(QT_TRANSLATE_NOOP("tl::SyncRunText", "The provider had a server error (HTTP %1)%2."))
                .arg(http, inBrackets(e.detail));
        return w(QT_TRANSLATE_NOOP("tl::SyncRunText", "The provider could not be reached%1.")).arg(said);
    case K::Redirected:
        return w(QT_TRANSLATE_NOOP(
                     "tl::SyncRunText",
                     "The provider redirected the request to another address%1. TokenLedger sends a key only to "
                     "the account's own address, so the sync stopped: check the account's base URL."))
            .arg(inBrackets(e.detail));
    case K::TimedOut:
        return w(QT_TRANSLATE_NOOP("tl::SyncRunText", "The provider did not answer in time%1.")).arg(said);
    case K::Cancelled:
        return w(QT_TRANSLATE_NOOP("tl::SyncRunText", "Cancelled."));
    case K::NotSupported:
        // A connection test's own reason (said as it happens), else the provider has no usage API.
        return e.message.isEmpty() ? NoUsageApiAdapter::noUsageMessage(provider, w.translates()) : e.message;
    case K::BadPayload:
        if (e.httpStatus >= 400)
            return w(QT_TRANSLATE_NOOP("tl::SyncRunText", "The provider refused the request (HTTP %1)%2."))
                .arg(http, inBrackets(e.detail));
        return w(QT_TRANSLATE_NOOP("tl::SyncRunText", "The provider's answer is not what TokenLedger expects%1."))
            .arg(said);
    case K::TooLarge:   // always one of HttpClient's sentences (clientText)
    case K::None:
        break;
    }
    return e.message;
}

}   // namespace

QJsonObject SyncRunText::synced(int created, int updated, int withdrawn, int balances, qint64 durationMs,
                                const QStringList &notes)
{
    return {{QStringLiteral("code"), QStringLiteral("synced")},
            {QStringLiteral("created"), created},
            {QStringLiteral("updated"), updated},
            {QStringLiteral("withdrawn"), withdrawn},
            {QStringLiteral("balances"), balances},
            {QStringLiteral("duration_ms"), durationMs},
            {QStringLiteral("notes"), QJsonArray::fromStringList(notes)}};
}

QJsonObject SyncRunText::cancelled()
{
    return {{QStringLiteral("code"), QStringLiteral("cancelled")}};
}

QJsonObject SyncRunText::deadlinePassed(qint64 limitMs)
{
    return {{QStringLiteral("code"), QStringLiteral("deadline")}, {QStringLiteral("limit_ms"), limitMs}};
}

QJsonObject SyncRunText::providerFailed(const ProviderError &error)
{
    return {{QStringLiteral("code"), QStringLiteral("provider")},
            {QStringLiteral("kind"), ProviderError::kindName(error.kind)},
            {QStringLiteral("http"), error.httpStatus},
            {QStringLiteral("detail"), error.detail},
            {QStringLiteral("reason"), error.reason},
            // Not the "no usage API" text: it is said again in the reader's language.
            {QStringLiteral("message"), error.kind == ProviderError::Kind::NotSupported ? QString() : error.message}};
}

QJsonObject SyncRunText::keyFailed(SecretStore::Status status, const QString &detail,
                                   const QString &environmentVariable)
{
    using S = SecretStore::Status;
    const char *name = status == S::NoBackend   ? "no_backend"
                       : status == S::Locked    ? "locked"
                       : status == S::Denied    ? "denied"
                       : status == S::TimedOut  ? "timed_out"
                       : status == S::WrongHost ? "wrong_host"
                                                : "failed";
    return {{QStringLiteral("code"), QStringLiteral("key")},
            {QStringLiteral("status"), QLatin1String(name)},
            {QStringLiteral("detail"), detail},
            {QStringLiteral("variable"), environmentVariable}};
}

QJsonObject SyncRunText::unknownProvider(const QString &provider)
{
    return {{QStringLiteral("code"), QStringLiteral("unknown_provider")}, {QStringLiteral("provider"), provider}};
}

QJsonObject SyncRunText::notRecorded(const QString &detail)
{
    return {{QStringLiteral("code"), QStringLiteral("not_recorded")}, {QStringLiteral("detail"), detail}};
}

QJsonObject SyncRunText::notStored(bool overflow, const QString &detail)
{
    return {{QStringLiteral("code"), overflow ? QStringLiteral("overflow") : QStringLiteral("not_stored")},
            {QStringLiteral("detail"), detail}};
}

QJsonObject SyncRunText::agentImported(QJsonObject counts, const QStringList &fileErrors)
{
    counts.insert(QStringLiteral("code"), QStringLiteral("agent_imported"));
    counts.insert(QStringLiteral("file_errors"), fileErrors.size());
    if (!fileErrors.isEmpty())
        counts.insert(QStringLiteral("errors"), QJsonArray::fromStringList(fileErrors.mid(0, 3)));
    return counts;
}

QString SyncRunText::agentImportSummary(const QJsonObject &params, const QLocale &locale)
{
    return agentImportText(params, Words(true, locale));
}

QJsonObject SyncRunText::interrupted()
{
    return {{QStringLiteral("code"), QStringLiteral("interrupted")}};
}

QString SyncRunText::render(const QJsonObject &params, const QString &stored, const QString &provider,
                            const QLocale &locale)
{
    const QString text = params.isEmpty() ? QString() : tl::render(params, provider, Words(true, locale));
    return text.isEmpty() ? stored : text;
}

QString SyncRunText::english(const QJsonObject &params, const QString &provider)
{
    return tl::render(params, provider, Words(false, QLocale::c()));
}

void setSyncRunMessage(SyncRun &run, QJsonObject params)
{
    run.message = SyncRunText::english(params, run.provider);
    run.messageParams = std::move(params);
}

QString syncRunMessage(const SyncRun &run, const QLocale &locale)
{
    return SyncRunText::render(run.messageParams, run.message, run.provider, locale);
}

QString providerErrorText(const ProviderError &error, const QString &provider, bool translate)
{
    return providerText(error, provider, Words(translate, translate ? QLocale() : QLocale::c()));
}

}   // namespace tl
