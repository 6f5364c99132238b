// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GetDriversOperation.h"

#include "inventory/DriverStore.h"
#include "inventory/InfFile.h"
#include "core/ImagePath.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::GetDriversOperation)
};
} // namespace

GetDriversOperation::GetDriversOperation(InventorySource source, bool includeInbox, QString driver)
    : m_source(std::move(source))
    , m_includeInbox(includeInbox)
    , m_driver(std::move(driver))
{
}

QString GetDriversOperation::description() const
{
    if (!m_driver.isEmpty())
        return Tr::tr("Read driver %1 of %2").arg(m_driver, m_source.displayText());
    return Tr::tr("List the drivers of %1").arg(m_source.displayText());
}

QList<std::pair<QString, QString>> GetDriversOperation::parameters() const
{
    return {{QStringLiteral("Image"), m_source.describe()},
            {QStringLiteral("All"), m_includeInbox ? QStringLiteral("yes") : QStringLiteral("no")},
            {QStringLiteral("Driver"), m_driver}};
}

Status GetDriversOperation::run(OperationContext &context)
{
    if (m_driver.contains(u'/') || m_driver.contains(u'\\') || m_driver.startsWith(u'.'))
        return Error::make(QStringLiteral("usage.driver-name"),
                           Tr::tr("\"%1\" is not a driver's published name: give a file name such as oem3.inf.").arg(m_driver));
    auto root = InventoryRoot::open(m_source, DriversTopic, context);
    if (!root)
        return root.error();
    context.progress(Tr::tr("Reading driver setup files"), 0, 0);
    auto drivers = DriverStore::scan(root->path(), m_includeInbox || !m_driver.isEmpty(), context, &m_problems);
    if (!drivers)
        return drivers.error();
    if (m_driver.isEmpty()) {
        m_drivers = *drivers;
        context.info(QStringLiteral("%1: %2 driver package(s)").arg(m_source.describe()).arg(m_drivers.size()));
        return {};
    }
    for (const DriverPackage &p : std::as_const(*drivers)) {
        if (p.publishedName.compare(m_driver, Qt::CaseInsensitive) != 0)
            continue;
        auto inf = InfFile::load(ImagePath::resolve(root->path(), p.infPath), p.infPath);
        if (!inf)
            return inf.error();
        m_drivers = {p};
        m_devices = DriverStore::devices(*inf);
        return {};
    }
    // A published INF the scan skipped: say why it cannot be read.
    const QString published = ImagePath::resolve(root->path(), DriverStore::infFolder() + u'/' + m_driver);
    if (QFileInfo(published).isFile())
        if (auto inf = InfFile::load(published, DriverStore::infFolder() + u'/' + m_driver); !inf)
            return inf.error();
    return Error::make(QStringLiteral("inventory.driver-not-found"),
                       Tr::tr("There is no driver %1 in %2.").arg(m_driver, m_source.displayText()))
        .withRemedy(Remedy::Kind::ListDrivers);
}

} // namespace wb
