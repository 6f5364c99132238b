// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GetIntlOperation.h"

#include <QCoreApplication>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::GetIntlOperation)
};
} // namespace

GetIntlOperation::GetIntlOperation(InventorySource source) : m_source(std::move(source)) {}

QString GetIntlOperation::description() const
{
    return Tr::tr("Read the international settings of %1").arg(m_source.displayText());
}

QList<std::pair<QString, QString>> GetIntlOperation::parameters() const
{
    return {{QStringLiteral("Image"), m_source.describe()}};
}

Status GetIntlOperation::run(OperationContext &context)
{
    auto root = InventoryRoot::open(m_source, InternationalTopic, context);
    if (!root)
        return root.error();
    context.progress(Tr::tr("Reading the SYSTEM and DEFAULT hives"), 0, 0);
    auto settings = IntlStore::read(root->path());
    if (!settings)
        return settings.error();
    m_settings = *settings;
    return {};
}

} // namespace wb
