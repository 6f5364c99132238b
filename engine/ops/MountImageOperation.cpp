// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MountImageOperation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::MountImageOperation)
};
} // namespace

MountImageOperation::MountImageOperation(MountRequest request)
    : m_request(std::move(request))
{
}

QString MountImageOperation::description() const
{
    const QString which = m_request.index ? Tr::tr("index %1").arg(*m_request.index)
                                          : (m_request.name.isEmpty() ? Tr::tr("the image") : Tr::tr("\"%1\"").arg(m_request.name));
    return (m_request.readWrite ? Tr::tr("Mount %1 of %2 at %3") : Tr::tr("Mount %1 of %2 read-only at %3"))
        .arg(which, QFileInfo(m_request.imageFile).fileName(), m_request.mountDir);
}

QList<std::pair<QString, QString>> MountImageOperation::parameters() const
{
    return {{QStringLiteral("ImageFile"), m_request.imageFile},
            {QStringLiteral("Index"), m_request.index ? QString::number(*m_request.index) : QString()},
            {QStringLiteral("Name"), m_request.name},
            {QStringLiteral("MountDir"), m_request.mountDir},
            {QStringLiteral("ReadOnly"), m_request.readWrite ? QStringLiteral("no") : QStringLiteral("yes")},
            {QStringLiteral("CheckIntegrity"), m_request.checkIntegrity ? QStringLiteral("yes") : QStringLiteral("no")},
            {QStringLiteral("SWMFile"), m_request.splitPattern}};
}

Status MountImageOperation::run(OperationContext &context)
{
    MountManager manager;
    auto mounted = manager.mount(m_request, context);
    if (const qint64 early = m_request.earlyHelper ? m_request.earlyHelper->abandon() : 0)
        context.debug(QStringLiteral("Ended mount helper pid %1 (started early) without mounting").arg(early));
    if (!mounted)
        return mounted.error();
    m_record = *mounted;
    return {};
}

} // namespace wb
