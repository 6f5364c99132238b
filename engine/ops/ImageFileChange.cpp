// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImageFileChange.h"

#include "mount/MountRegistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::ImageFileChange)
};
} // namespace

ImageFileChange::ImageFileChange(QString path, QString area)
    : m_path(QFileInfo(path).absoluteFilePath()), m_area(std::move(area))
{
}

Error ImageFileChange::refusal(const char *reason, const QString &message) const
{
    return Error::make(m_area + QLatin1Char('.') + QLatin1String(reason), message);
}

Status ImageFileChange::refuseMounted() const
{
    const auto mounts = MountRegistry().recordsOfImage(m_path);
    if (!mounts)
        return mounts.error();
    if (mounts->isEmpty())
        return {};
    const MountRecord &m = mounts->first();
    return refusal("mounted", Tr::tr("Index %1 of %2 is mounted at %3; the file was not changed.").arg(m.index).arg(m_path, m.mountDir))
        .withRemedy(Remedy::Kind::UnmountFirst, {m.mountDir});
}

Status ImageFileChange::open(bool checkIntegrity, OperationContext &context)
{
    const QString shown = m_path;
    if (!m_lock.acquire(m_path))
        return refusal("busy", Tr::tr("Another WimBench process is writing into %1 right now. Wait for it to finish and try again; "
                                      "the file was not changed.")
                                   .arg(shown));
    WB_TRY(refuseMounted());
    m_version = fileVersion(m_path);
    WimOpenOptions options;
    options.checkIntegrity = checkIntegrity;
    auto opened = WimFile::open(m_path, options, &context);
    if (!opened)
        return opened.error();
    if (opened->header().totalParts > 1)
        return refusal("split", Tr::tr("%1 is part of a split image, and split images cannot be changed.").arg(shown))
            .withRemedy(Remedy::Kind::ExportToSingleWim);
    if (opened->header().readOnly || !QFileInfo(m_path).isWritable())
        return refusal("read-only", Tr::tr("%1 is read-only (marked so in its header, or you may not write it). Make a writable copy "
                                           "or change its permissions first.")
                                        .arg(shown));
    if (checkIntegrity && opened->integrity() == IntegrityStatus::NoTable)
        context.warning(QStringLiteral("%1 has no integrity table; its integrity could not be checked").arg(m_path));
    m_wim.emplace(std::move(opened.value()));
    return {};
}

Status ImageFileChange::checkUnchanged() const
{
    if (fileVersion(m_path) == m_version)
        return {};
    return refusal("changed",
                   Tr::tr("%1 was changed by another program while WimBench worked on it, so nothing was written into it. "
                          "Try again.")
                       .arg(m_path));
}

Status checkNameFree(const WimFile &wim, const QString &name, int exceptIndex, const QString &area)
{
    for (int i = 1; i <= wim.imageCount(); ++i) {
        const QString existing = wim.imageInfo(i).name;
        if (i != exceptIndex && existing.compare(name, Qt::CaseInsensitive) == 0)
            return Error::make(
                area + QStringLiteral(".name-in-use"),
                Tr::tr("%1 already has an image named \"%2\" (index %3). Choose a different name.").arg(wim.path(), existing).arg(i));
    }
    return {};
}

} // namespace wb
