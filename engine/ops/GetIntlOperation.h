// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Operation.h"
#include "inventory/IntlStore.h"
#include "inventory/InventoryRoot.h"

namespace wb {

/// /Get-Intl: the international settings of an image folder or of one WIM index (only the SYSTEM
/// and DEFAULT hives are extracted). Read-only.
class GetIntlOperation : public Operation
{
public:
    explicit GetIntlOperation(InventorySource source);

    QString name() const override { return QStringLiteral("Get-Intl"); }
    QString description() const override;
    QList<std::pair<QString, QString>> parameters() const override;
    QString component() const override { return QStringLiteral("Intl"); }
    Status run(OperationContext &context) override;

    const IntlSettings &settings() const { return m_settings; }

private:
    InventorySource m_source;
    IntlSettings m_settings;
};

} // namespace wb
