#pragma once

#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <memory>
#include <optional>

namespace tl {

// The genai-prices `match` language: equals / starts_with / ends_with / contains / regex,
// combined with or / and. Names and rules compare case-insensitively.
class MatchRule
{
public:
    enum class Kind
    {
        Equals,
        StartsWith,
        EndsWith,
        Contains,
        Regex,
        Or,
        And,
    };

    // nullopt (with *error) for anything that is not a valid rule.
    static std::optional<MatchRule> fromJson(const QJsonValue &value, QString *error);

    // `name` must already be lower-case. When it matches, *clause (if given) receives the
    // innermost clause that decided, e.g. `starts_with "claude-sonnet-4-5"`.
    bool matches(const QString &name, QString *clause = nullptr) const;

    Kind kind() const { return m_kind; }

private:
    Kind m_kind = Kind::Equals;
    QString m_text;
    QRegularExpression m_regex;
    QList<MatchRule> m_children;
};

}   // namespace tl
