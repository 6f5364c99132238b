// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GetEditionOperation.h"

#include <QCoreApplication>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::GetEditionOperation)
};
} // namespace

GetEditionOperation::GetEditionOperation(InventorySource source) : m_source(std::move(source)) {}

QString GetEditionOperation::description() const
{
    return Tr::tr("Read the edition of %1").arg(m_source.displayText());
}

QList<std::pair<QString, QString>> GetEditionOperation::parameters() const
{
    return {{QStringLiteral("Image"), m_source.describe()}};
}

Status GetEditionOperation::run(OperationContext &context)
{
    auto root = InventoryRoot::open(m_source, EditionsTopic, context);
    if (!root)
        return root.error();
    auto edition = EditionStore::read(root->path());
    if (!edition)
        return edition.error();
    m_edition = *edition;
    context.info(QStringLiteral("%1: edition \"%2\" (%3), %4 target edition(s)")
                     .arg(m_source.describe(), m_edition.current, m_edition.currentSource)
                     .arg(m_edition.targets.size()));
    return {};
}

} // namespace wb
