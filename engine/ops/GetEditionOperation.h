// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Operation.h"
#include "inventory/EditionStore.h"
#include "inventory/InventoryRoot.h"

namespace wb {

/// /Get-CurrentEdition, /Get-TargetEditions, Get-WindowsEdition [-Target]. Read-only.
class GetEditionOperation : public Operation
{
public:
    explicit GetEditionOperation(InventorySource source);

    QString name() const override { return QStringLiteral("Get-Edition"); }
    QString description() const override;
    QList<std::pair<QString, QString>> parameters() const override;
    QString component() const override { return QStringLiteral("Edition"); }
    Status run(OperationContext &context) override;

    const EditionFacts &edition() const { return m_edition; }

private:
    InventorySource m_source;
    EditionFacts m_edition;
};

} // namespace wb
