// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GetMountedImagesOperation.h"

#include <QCoreApplication>

#include <algorithm>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::GetMountedImagesOperation)
};
} // namespace

QString GetMountedImagesOperation::description() const
{
    return Tr::tr("List the mounted images");
}

Status GetMountedImagesOperation::run(OperationContext &context)
{
    MountManager manager;
    auto all = manager.registry().records();
    if (!all)
        return all.error();
    m_mounts.clear();
    for (const MountRecord &r : *all) {
        MountedImage m;
        m.record = r;
        m.status = MountRegistry::statusOf(r, &m.reason);
        context.info(QStringLiteral("%1: index %2 of %3, %4, %5 (%6)")
                         .arg(r.mountDir)
                         .arg(r.index)
                         .arg(r.imageFile, r.readWrite ? QStringLiteral("read-write") : QStringLiteral("read-only"),
                              mountStatusName(m.status), m.reason));
        m_mounts.append(m);
    }
    std::sort(m_mounts.begin(), m_mounts.end(), [](const MountedImage &a, const MountedImage &b) { return a.record.mountDir < b.record.mountDir; });
    return {};
}

} // namespace wb
