// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "HistoryEntry.h"

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {

template<typename Enum, std::size_t N>
std::optional<Enum> lookUp(const std::array<std::pair<Enum, QString>, N>& names, const QString& name)
{
    for (const auto& [value, spelling] : names) {
        if (spelling == name)
            return value;
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QString spell(const std::array<std::pair<Enum, QString>, N>& names, Enum value)
{
    for (const auto& [candidate, spelling] : names) {
        if (candidate == value)
            return spelling;
    }
    return {};
}

const std::array<std::pair<HistoryEntry::Operation, QString>, 6>& operations()
{
    using Op = HistoryEntry::Operation;
    static const std::array<std::pair<Op, QString>, 6> names {
        {{Op::Update, u"update"_s}, {Op::Create, u"create"_s}, {Op::Deactivate, u"deactivate"_s},
            {Op::Reactivate, u"reactivate"_s}, {Op::AddUser, u"add_user"_s}, {Op::RemoveUser, u"remove_user"_s}}};
    return names;
}

const std::array<std::pair<HistoryEntry::State, QString>, 4>& states()
{
    using S = HistoryEntry::State;
    static const std::array<std::pair<S, QString>, 4> names {{{S::Pending, u"pending"_s},
        {S::Succeeded, u"succeeded"_s}, {S::Failed, u"failed"_s}, {S::Uncertain, u"uncertain"_s}}};
    return names;
}

const std::array<std::pair<HistoryChange::Field, QString>, 4>& fields()
{
    using F = HistoryChange::Field;
    static const std::array<std::pair<F, QString>, 4> names {
        {{F::Name, u"name"_s}, {F::Active, u"active"_s}, {F::MetadataKey, u"metadata"_s}, {F::User, u"user"_s}}};
    return names;
}

} // namespace

QString HistoryEntry::operationName(Operation operation)
{
    return spell(operations(), operation);
}

std::optional<HistoryEntry::Operation> HistoryEntry::operationFromName(const QString& name)
{
    return lookUp(operations(), name);
}

QString HistoryEntry::stateName(State state)
{
    return spell(states(), state);
}

std::optional<HistoryEntry::State> HistoryEntry::stateFromName(const QString& name)
{
    return lookUp(states(), name);
}

QString HistoryChange::fieldName(Field field)
{
    return spell(fields(), field);
}

std::optional<HistoryChange::Field> HistoryChange::fieldFromName(const QString& name)
{
    return lookUp(fields(), name);
}
