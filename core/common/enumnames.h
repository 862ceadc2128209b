#pragma once

#include <QStringView>

#include <initializer_list>
#include <optional>

namespace tl {

// The value of `values` whose name (`nameOf(value)`) is `name` — the reverse of a name function,
// for enums stored as text in the database and shown on the command line.
template <typename Enum, typename Range, typename NameOf>
std::optional<Enum> enumFromName(QStringView name, const Range &values, NameOf nameOf)
{
    for (Enum value : values) {
        if (name == nameOf(value))
            return value;
    }
    return std::nullopt;
}

template <typename Enum, typename NameOf>
std::optional<Enum> enumFromName(QStringView name, std::initializer_list<Enum> values, NameOf nameOf)
{
    return enumFromName<Enum, std::initializer_list<Enum>, NameOf>(name, values, nameOf);
}

}   // namespace tl
