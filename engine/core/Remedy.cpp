// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Remedy.h"

#include <iterator>

namespace wb {

namespace {

struct KindId
{
    Remedy::Kind kind;
    const char *id;
};

// The identifiers are stable: scripts and tests may match on them, as on error codes.
constexpr KindId kKindIds[] = {
    {Remedy::Kind::DiscardMount, "discard-mount"},
    {Remedy::Kind::RemountImage, "remount-image"},
    {Remedy::Kind::RemountOrDiscard, "remount-or-discard"},
    {Remedy::Kind::DiscardOrCleanup, "discard-or-cleanup"},
    {Remedy::Kind::RecoverAfterFailedSave, "recover-after-failed-save"},
    {Remedy::Kind::CleanupMountpoints, "cleanup-mountpoints"},
    {Remedy::Kind::ReplaceMountRegistry, "replace-mount-registry"},
    {Remedy::Kind::UnmountFirst, "unmount-first"},
    {Remedy::Kind::ListMountedImages, "list-mounted-images"},
    {Remedy::Kind::MountReadOnly, "mount-read-only"},
    {Remedy::Kind::MountSplitReadOnly, "mount-split-read-only"},
    {Remedy::Kind::MountReadWrite, "mount-read-write"},
    {Remedy::Kind::ExportToSingleWim, "export-to-single-wim"},
    {Remedy::Kind::SplitAfterExport, "split-after-export"},
    {Remedy::Kind::ListImages, "list-images"},
    {Remedy::Kind::ChooseImage, "choose-image"},
    {Remedy::Kind::CheckImagePath, "check-image-path"},
    {Remedy::Kind::OpenFirstSplitPart, "open-first-split-part"},
    {Remedy::Kind::GiveSplitParts, "give-split-parts"},
    {Remedy::Kind::SkipIntegrityCheck, "skip-integrity-check"},
    {Remedy::Kind::RestoreHealthOnWindows, "restore-health-on-windows"},
    {Remedy::Kind::ChooseScratchDir, "choose-scratch-dir"},
    {Remedy::Kind::ListDrivers, "list-drivers"},
    {Remedy::Kind::DropCompact, "drop-compact"},
    {Remedy::Kind::DropWimBoot, "drop-wimboot"},
    {Remedy::Kind::WimBootCompression, "wimboot-compression"},
    {Remedy::Kind::CheckCaptureSource, "check-capture-source"},
    {Remedy::Kind::CheckConfigFile, "check-config-file"},
    {Remedy::Kind::GiveImageName, "give-image-name"},
    {Remedy::Kind::CaptureNewFile, "capture-new-file"},
    {Remedy::Kind::OmitCompression, "omit-compression"},
    {Remedy::Kind::AppendOrRename, "append-or-rename"},
    {Remedy::Kind::DropBootable, "drop-bootable"},
    {Remedy::Kind::ListProvisionedApps, "list-provisioned-apps"},
    {Remedy::Kind::RemoveProvisionedFirst, "remove-provisioned-first"},
    {Remedy::Kind::GiveImageFolder, "give-image-folder"},
    {Remedy::Kind::GiveRegions, "give-regions"},
    {Remedy::Kind::NameLinkedFile, "name-linked-file"},
    {Remedy::Kind::OneAppPerFolder, "one-app-per-folder"},
    {Remedy::Kind::ChooseLicense, "choose-license"},
    {Remedy::Kind::GiveApp, "give-app"},
    {Remedy::Kind::PackageOrFolder, "package-or-folder"},
    {Remedy::Kind::LicenseOrSkip, "license-or-skip"},
    {Remedy::Kind::LicenseRequired, "license-required"},
    {Remedy::Kind::AddDependencyPackage, "add-dependency-package"},
    {Remedy::Kind::AddOptionalPackage, "add-optional-package"},
    {Remedy::Kind::NotOptionalPackage, "not-optional-package"},
};

} // namespace

QString Remedy::fill(const QString &sentence) const
{
    QString out;
    out.reserve(sentence.size());
    for (qsizetype i = 0; i < sentence.size(); ++i) {
        const QChar c = sentence.at(i);
        const QChar next = i + 1 < sentence.size() ? sentence.at(i + 1) : QChar();
        if (c == u'%' && next >= u'1' && next <= u'9') {
            out += args.value(next.unicode() - u'1');
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

QString Remedy::id(Kind kind)
{
    for (const KindId &entry : kKindIds) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.id);
    }
    return {};
}

QList<Remedy::Kind> Remedy::allKinds()
{
    QList<Kind> kinds;
    kinds.reserve(qsizetype(std::size(kKindIds)));
    for (const KindId &entry : kKindIds)
        kinds.append(entry.kind);
    return kinds;
}

} // namespace wb
