#include "matchrule.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tl {

namespace {

QString kindName(MatchRule::Kind kind)
{
    switch (kind) {
    case MatchRule::Kind::Equals:
        return QStringLiteral("equals");
    case MatchRule::Kind::StartsWith:
        return QStringLiteral("starts_with");
    case MatchRule::Kind::EndsWith:
        return QStringLiteral("ends_with");
    case MatchRule::Kind::Contains:
        return QStringLiteral("contains");
    case MatchRule::Kind::Regex:
        return QStringLiteral("regex");
    case MatchRule::Kind::Or:
        return QStringLiteral("or");
    case MatchRule::Kind::And:
        return QStringLiteral("and");
    }
    return {};
}

}   // namespace

std::optional<MatchRule> MatchRule::fromJson(const QJsonValue &value, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<MatchRule> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!value.isObject() || value.toObject().size() != 1)
        return fail(QStringLiteral("a match rule must be an object with one key"));
    const QJsonObject object = value.toObject();
    const QString key = object.begin().key();
    const QJsonValue argument = object.begin().value();

    MatchRule rule;
    static const std::pair<const char *, Kind> textKinds[] = {{"equals", Kind::Equals},
                                                              {"starts_with", Kind::StartsWith},
                                                              {"ends_with", Kind::EndsWith},
                                                              {"contains", Kind::Contains},
                                                              {"regex", Kind::Regex}};
    for (const auto &[name, kind] : textKinds) {
        if (key != QLatin1String(name))
            continue;
        if (!argument.isString())
            return fail(QStringLiteral("match rule \"%1\" needs a string").arg(key));
        rule.m_kind = kind;
        rule.m_text = argument.toString().toLower();
        if (kind == Kind::Regex) {
            rule.m_regex = QRegularExpression(argument.toString(), QRegularExpression::CaseInsensitiveOption);
            if (!rule.m_regex.isValid())
                return fail(QStringLiteral("invalid regular expression \"%1\"").arg(argument.toString()));
        }
        return rule;
    }
    if (key == u"or" || key == u"and") {
        if (!argument.isArray() || argument.toArray().isEmpty())
            return fail(QStringLiteral("match rule \"%1\" needs a non-empty list").arg(key));
        rule.m_kind = key == u"or" ? Kind::Or : Kind::And;
        for (const QJsonValue &child : argument.toArray()) {
            auto parsed = fromJson(child, error);
            if (!parsed)
                return std::nullopt;
            rule.m_children.append(std::move(*parsed));
        }
        return rule;
    }
    return fail(QStringLiteral("unknown match rule \"%1\"").arg(key));
}

bool MatchRule::matches(const QString &name, QString *clause) const
{
    bool hit = false;
    switch (m_kind) {
    case Kind::Equals:
        hit = name == m_text;
        break;
    case Kind::StartsWith:
        hit = name.startsWith(m_text);
        break;
    case Kind::EndsWith:
        hit = name.endsWith(m_text);
        break;
    case Kind::Contains:
        hit = name.contains(m_text);
        break;
    case Kind::Regex:
        hit = m_regex.match(name).hasMatch();
        break;
    case Kind::Or:
        for (const MatchRule &child : m_children) {
            if (child.matches(name, clause))
                return true;
        }
        return false;
    case Kind::And: {
        QStringList parts;
        for (const MatchRule &child : m_children) {
            QString part;
            if (!child.matches(name, &part))
                return false;
            parts.append(part);
        }
        if (clause)
            *clause = parts.join(QStringLiteral(" and "));
        return true;
    }
    }
    if (hit && clause)
        *clause = QStringLiteral("%1 \"%2\"").arg(kindName(m_kind), m_text);
    return hit;
}

}   // namespace tl
