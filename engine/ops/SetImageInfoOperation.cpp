// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetImageInfoOperation.h"

#include "ImageFileChange.h"

#include "core/FaultPoint.h"
#include "wim/WimWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::SetImageInfoOperation)
};

QString shownValue(const std::optional<QString> &v)
{
    return v ? *v : QStringLiteral("(unchanged)");
}
} // namespace

SetImageInfoOperation::SetImageInfoOperation(SetImageInfoRequest request)
    : m_request(std::move(request))
{
}

QString SetImageInfoOperation::description() const
{
    return Tr::tr("Change %1 of %2").arg(m_request.image.displayText(), QFileInfo(m_request.imagePath).fileName());
}

QList<std::pair<QString, QString>> SetImageInfoOperation::parameters() const
{
    const SetImageInfoRequest &r = m_request;
    return {{QStringLiteral("ImageFile"), r.imagePath},
            {QStringLiteral("Image"), r.image.describe()},
            {QStringLiteral("NewName"), shownValue(r.newName)},
            {QStringLiteral("Description"), shownValue(r.description)},
            {QStringLiteral("DisplayName"), shownValue(r.displayName)},
            {QStringLiteral("DisplayDescription"), shownValue(r.displayDescription)},
            {QStringLiteral("Flags"), shownValue(r.flags)},
            {QStringLiteral("Bootable"), r.bootable ? QStringLiteral("yes") : QStringLiteral("no")},
            {QStringLiteral("CheckIntegrity"), r.checkIntegrity ? QStringLiteral("yes") : QStringLiteral("no")}};
}

Status SetImageInfoOperation::checkNewName(WimFile &wim, int index) const
{
    const QString shown = wim.path();
    if (m_request.newName->trimmed().isEmpty())
        return Error::make(QStringLiteral("imageinfo.empty-name"),
                           Tr::tr("An image needs a name; give a non-empty new name for image %1 of %2.").arg(index).arg(shown));
    return checkNameFree(wim, *m_request.newName, index, QStringLiteral("imageinfo"));
}

Status SetImageInfoOperation::run(OperationContext &context)
{
    const SetImageInfoRequest &r = m_request;
    context.progress(Tr::tr("Opening image file"), 0, 0);
    ImageFileChange change(r.imagePath, QStringLiteral("imageinfo"));
    WB_TRY(change.open(r.checkIntegrity, context));
    WimFile &wim = change.wim();
    const auto index = wim.resolveImage(r.image.index, r.image.name);
    if (!index)
        return index.error();
    m_index = *index;
    if (r.newName) {
        WB_TRY(checkNewName(wim, *index));
        WB_TRY(WimWriter::setField(wim, *index, ImageField::Name, *r.newName));
    }
    const std::pair<ImageField, const std::optional<QString> *> fields[] = {{ImageField::Description, &r.description},
                                                                            {ImageField::DisplayName, &r.displayName},
                                                                            {ImageField::DisplayDescription, &r.displayDescription},
                                                                            {ImageField::Flags, &r.flags}};
    for (const auto &[field, value] : fields) {
        if (*value)
            WB_TRY(WimWriter::setField(wim, *index, field, **value));
    }
    if (r.bootable) {
        WB_TRY(WimWriter::setBootIndex(wim, *index));
        context.decision(QStringLiteral("Image %1 becomes the bootable image of %2").arg(*index).arg(r.imagePath));
    }
    faultPoint("imageinfo.before-write");
    WB_TRY(change.checkUnchanged());
    WB_TRY(WimWriter::overwriteInPlace(wim, r.checkIntegrity, context, "imageinfo.progress"));
    faultPoint("imageinfo.after-write");
    context.info(QStringLiteral("Changed image %1 of %2").arg(*index).arg(r.imagePath));
    return {};
}

} // namespace wb
