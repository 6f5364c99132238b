// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemedyText.h"

#include <QCoreApplication>

#include <span>

namespace wb {

namespace {

using K = Remedy::Kind;

struct Advice
{
    K kind;
    const char *text; ///< %1.. are Remedy::args; translated in the context wb::RemedyText
};

// Names of tabs, buttons and menus as ui/ shows them (WorkbenchViews, MountsView, MountDialog,
// CaptureDialog, ApplyDialog, ExportDialog, PreferencesDialog, ProvisionWizard).
constexpr Advice kAdvice[] = {
    {K::DiscardMount, QT_TRANSLATE_NOOP("wb::RemedyText", "In the Mounts tab, select %1 and choose Dismount (discard).")},
    {K::RemountImage, QT_TRANSLATE_NOOP("wb::RemedyText", "In the Mounts tab, select %1 and choose Remount.")},
    {K::RemountOrDiscard,
     QT_TRANSLATE_NOOP("wb::RemedyText",
                       "In the Mounts tab, select %1 and choose Remount to serve it again, or "
                       "Dismount (discard) to remove the mount.")},
    {K::DiscardOrCleanup,
     QT_TRANSLATE_NOOP("wb::RemedyText", "In the Mounts tab, select %1 and choose Dismount (discard), or choose Cleanup.")},
    {K::RecoverAfterFailedSave,
     QT_TRANSLATE_NOOP("wb::RemedyText",
                       "Open %2 to see which of the two it holds. Then, in the Mounts tab, select %1, choose "
                       "Dismount (discard) (or Cleanup) and mount the image again.")},
    {K::CleanupMountpoints, QT_TRANSLATE_NOOP("wb::RemedyText", "Choose Cleanup in the Mounts tab.")},
    {K::ReplaceMountRegistry, QT_TRANSLATE_NOOP("wb::RemedyText", "Move %1 away, then choose Cleanup in the Mounts tab.")},
    {K::UnmountFirst, QT_TRANSLATE_NOOP("wb::RemedyText", "In the Mounts tab, select %1 and dismount it first (save or discard).")},
    {K::ListMountedImages, QT_TRANSLATE_NOOP("wb::RemedyText", "The Mounts tab lists the mounted images.")},
    {K::MountReadOnly, QT_TRANSLATE_NOOP("wb::RemedyText", "Mount it read-only, or copy the file and mount the copy.")},
    {K::MountSplitReadOnly,
     QT_TRANSLATE_NOOP("wb::RemedyText",
                       "Mount it read-only, or first export it to a single .wim file "
                       "(Image > Export image…).")},
    {K::MountReadWrite, QT_TRANSLATE_NOOP("wb::RemedyText", "Mount the image again without Read-only to change it.")},
    {K::ExportToSingleWim,
     QT_TRANSLATE_NOOP("wb::RemedyText", "Export it into a single .wim file (Image > Export image…) and change that.")},
    {K::SplitAfterExport,
     QT_TRANSLATE_NOOP("wb::RemedyText",
                       "Export into a .wim file (a solid .esd cannot be split), then split that (Image > Split image…).")},
    {K::ListImages, QT_TRANSLATE_NOOP("wb::RemedyText", "The Images tab lists the images of %1.")},
    {K::ChooseImage, QT_TRANSLATE_NOOP("wb::RemedyText", "Select an image (index) first.")},
    {K::CheckImagePath, QT_TRANSLATE_NOOP("wb::RemedyText", "Check the file name, or open another file (File > Open image…).")},
    {K::OpenFirstSplitPart,
     QT_TRANSLATE_NOOP("wb::RemedyText",
                       "Open the first part (usually the .swm without a number); the other "
                       "parts are found beside it.")},
    {K::GiveSplitParts,
     QT_TRANSLATE_NOOP("wb::RemedyText", "For a split image (.swm), keep all its parts in the same folder and open the first part.")},
    {K::SkipIntegrityCheck, QT_TRANSLATE_NOOP("wb::RemedyText", "Open it without the integrity check, or use an intact copy.")},
    {K::RestoreHealthOnWindows,
     QT_TRANSLATE_NOOP("wb::RemedyText",
                       "Windows' servicing stack may need to repair the image (DISM "
                       "/Cleanup-Image /RestoreHealth on Windows).")},
    {K::ChooseScratchDir,
     QT_TRANSLATE_NOOP("wb::RemedyText", "Choose a local folder you can write to under Tools > Preferences… > Scratch directory.")},
    {K::ListDrivers, QT_TRANSLATE_NOOP("wb::RemedyText", "The Drivers list of the Inventory tab shows the published names (oemN.inf).")},
    {K::DropCompact, QT_TRANSLATE_NOOP("wb::RemedyText", "Apply without compact mode.")},
    {K::DropWimBoot, QT_TRANSLATE_NOOP("wb::RemedyText", "Untick WIMBoot format.")},
    {K::WimBootCompression, QT_TRANSLATE_NOOP("wb::RemedyText", "Untick WIMBoot format, or choose fast, maximum or no compression.")},
    {K::CheckCaptureSource, QT_TRANSLATE_NOOP("wb::RemedyText", "Under Capture from, choose an existing folder or an NTFS volume.")},
    {K::CheckConfigFile,
     QT_TRANSLATE_NOOP("wb::RemedyText",
                       "Choose an existing WimScript.ini file, or leave Configuration empty to use "
                       "DISM's default exclusions.")},
    {K::GiveImageName, QT_TRANSLATE_NOOP("wb::RemedyText", "Fill in Name.")},
    {K::CaptureNewFile, QT_TRANSLATE_NOOP("wb::RemedyText", "Choose a new file name to create the file.")},
    {K::OmitCompression, QT_TRANSLATE_NOOP("wb::RemedyText", "Keep the file's compression.")},
    {K::AppendOrRename, QT_TRANSLATE_NOOP("wb::RemedyText", "Append the image to it, or choose a new file name.")},
    {K::DropBootable, QT_TRANSLATE_NOOP("wb::RemedyText", "Untick Bootable.")},
    {K::ListProvisionedApps,
     QT_TRANSLATE_NOOP("wb::RemedyText", "The Provisioned apps tab lists the provisioned apps with their full package names.")},
    {K::RemoveProvisionedFirst,
     QT_TRANSLATE_NOOP("wb::RemedyText", "Remove %1 first in the Provisioned apps tab, or provision a newer version.")},
    {K::GiveImageFolder, QT_TRANSLATE_NOOP("wb::RemedyText", "Choose the folder of a mounted or applied Windows image.")},
    {K::GiveRegions,
     QT_TRANSLATE_NOOP("wb::RemedyText", "Under Regions, choose All regions or list ISO 3166-1 country codes such as US;GB.")},
    {K::NameLinkedFile,
     QT_TRANSLATE_NOOP("wb::RemedyText",
                       "Copy the file into the folder, or choose the package, dependencies and "
                       "license one by one in the wizard.")},
    {K::OneAppPerFolder, QT_TRANSLATE_NOOP("wb::RemedyText", "Put one app per folder, or choose the app's package file in the wizard.")},
    {K::ChooseLicense, QT_TRANSLATE_NOOP("wb::RemedyText", "Choose one license file in the wizard.")},
    {K::GiveApp,
     QT_TRANSLATE_NOOP("wb::RemedyText", "Choose the app's package or bundle, or a folder with the app, its dependencies and license.")},
    {K::PackageOrFolder, QT_TRANSLATE_NOOP("wb::RemedyText", "Choose either a package file or a folder, not both.")},
    {K::LicenseOrSkip, QT_TRANSLATE_NOOP("wb::RemedyText", "Choose either a license file or No license, not both.")},
    {K::LicenseRequired,
     QT_TRANSLATE_NOOP("wb::RemedyText",
                       "Choose the app's license file, or No license for an app that needs none "
                       "(sideloaded line-of-business apps).")},
    {K::AddDependencyPackage, QT_TRANSLATE_NOOP("wb::RemedyText", "Add %1 under Dependencies in the wizard.")},
    {K::AddOptionalPackage, QT_TRANSLATE_NOOP("wb::RemedyText", "Choose %2 as the app and add %1 under Optional packages in the wizard.")},
    {K::NotOptionalPackage,
     QT_TRANSLATE_NOOP("wb::RemedyText", "Choose an app as the package and add frameworks under Dependencies in the wizard.")},
};

// AddOptionalPackage when the main package is unknown (Remedy::arg(1) empty): a modification
// package whose manifest names no MainPackageDependency.
constexpr Advice kWithoutMain[] = {
    {K::AddOptionalPackage,
     QT_TRANSLATE_NOOP("wb::RemedyText", "Choose the app it modifies as the app and add %1 under Optional packages in the wizard.")},
};

} // namespace

QString remedyText(const Remedy &remedy)
{
    const bool noMain = remedy.kind == K::AddOptionalPackage && remedy.arg(1).isEmpty();
    for (const Advice &a : noMain ? std::span<const Advice>(kWithoutMain) : std::span<const Advice>(kAdvice)) {
        if (a.kind == remedy.kind)
            return remedy.fill(QCoreApplication::translate("wb::RemedyText", a.text));
    }
    return {};
}

QString errorText(const Error &error)
{
    const QString remedy = remedyText(error.remedy);
    return remedy.isEmpty() ? error.message : error.message + QLatin1Char(' ') + remedy;
}

} // namespace wb
