// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemedyText.h"

#include <span>

namespace wb::cli {

namespace {

using K = Remedy::Kind;

struct Spelling
{
    K kind;
    const char *dism;   ///< dism.exe syntax; %1.. are Remedy::args
    const char *cmdlet; ///< the same advice with the PowerShell DISM module's cmdlets
};

// Commands and parameters as Microsoft Learn spells them ("DISM Image Management Command-Line
// Options", "DISM App Package (.appx or .appxbundle) Servicing Command-Line Options", the DISM
// PowerShell module reference) and as app/cli/commands/ registers them.
constexpr Spelling kSpellings[] = {
    {K::DiscardMount, R"(Run /Unmount-Image /MountDir:"%1" /Discard to dismount it.)",
     R"(Run Dismount-WindowsImage -Path "%1" -Discard to dismount it.)"},
    {K::RemountImage, R"(Run /Remount-Image /MountDir:"%1" to serve it again.)",
     R"(Run Mount-WindowsImage -Path "%1" -Remount to serve it again.)"},
    {K::RemountOrDiscard,
     R"(Run /Remount-Image /MountDir:"%1" to serve it again, or /Unmount-Image /MountDir:"%1" /Discard to remove the mount.)",
     R"(Run Mount-WindowsImage -Path "%1" -Remount to serve it again, or Dismount-WindowsImage -Path "%1" -Discard to remove the mount.)"},
    {K::DiscardOrCleanup, R"(Run /Unmount-Image /MountDir:"%1" /Discard, or /Cleanup-Mountpoints.)",
     R"(Run Dismount-WindowsImage -Path "%1" -Discard, or Clear-WindowsCorruptMountPoint.)"},
    {K::RecoverAfterFailedSave,
     R"(/Get-ImageInfo /ImageFile:"%2" shows which. Run /Unmount-Image /MountDir:"%1" /Discard (or /Cleanup-Mountpoints) and mount the image again.)",
     R"(Get-WindowsImage -ImagePath "%2" shows which. Run Dismount-WindowsImage -Path "%1" -Discard (or Clear-WindowsCorruptMountPoint) and mount the image again.)"},
    {K::CleanupMountpoints, "Run /Cleanup-Mountpoints.", "Run Clear-WindowsCorruptMountPoint."},
    {K::ReplaceMountRegistry, "Move %1 away and run /Cleanup-Mountpoints.", "Move %1 away and run Clear-WindowsCorruptMountPoint."},
    {K::UnmountFirst, R"(Unmount it first: /Unmount-Image /MountDir:"%1" with /Commit or /Discard.)",
     R"(Dismount it first: Dismount-WindowsImage -Path "%1" with -Save or -Discard.)"},
    {K::ListMountedImages, "/Get-MountedImageInfo lists the mounted images.", "Get-WindowsImage -Mounted lists the mounted images."},
    {K::MountReadOnly, "Add /ReadOnly, or copy the file and mount the copy.", "Add -ReadOnly, or copy the file and mount the copy."},
    {K::MountSplitReadOnly, "Add /ReadOnly, or export it to a single .wim file first with /Export-Image.",
     "Add -ReadOnly, or export it to a single .wim file first with Export-WindowsImage."},
    {K::MountReadWrite, "Mount the image without /ReadOnly to change it.", "Mount the image without -ReadOnly to change it."},
    {K::ExportToSingleWim, "Export it into a single .wim file with /Export-Image and change that.",
     "Export it into a single .wim file with Export-WindowsImage and change that."},
    {K::SplitAfterExport, "Export into a .wim file (a solid .esd cannot be split) and split that with /Split-Image.",
     "Export into a .wim file (a solid .esd cannot be split) and split that with Split-WindowsImage."},
    {K::ListImages, R"(Run /Get-ImageInfo /ImageFile:"%1" to list its images.)",
     R"(Run Get-WindowsImage -ImagePath "%1" to list its images.)"},
    {K::ChooseImage, "Say which one with /Index or /Name.", "Say which one with -Index or -Name."},
    {K::CheckImagePath, "Check the path given with /ImageFile.", "Check the path given with -ImagePath."},
    {K::OpenFirstSplitPart, "Open the first part (usually the .swm without a number) and give the other parts with /SWMFile.",
     "Open the first part (usually the .swm without a number) and give the other parts with -SplitImageFilePattern."},
    {K::GiveSplitParts, "For a split image (.swm), give all parts with /SWMFile.",
     "For a split image (.swm), give all parts with -SplitImageFilePattern."},
    {K::SkipIntegrityCheck, "Open it without /CheckIntegrity or use an intact copy.",
     "Open it without -CheckIntegrity or use an intact copy."},
    {K::RestoreHealthOnWindows, "Windows' servicing stack may need to repair the image (DISM /Cleanup-Image /RestoreHealth on Windows).",
     "Windows' servicing stack may need to repair the image (Repair-WindowsImage -RestoreHealth on Windows)."},
    {K::ChooseScratchDir, "Choose a local folder you can write to with /ScratchDir.",
     "Choose a local folder you can write to with -ScratchDirectory."},
    {K::ListDrivers, "List the drivers with /Get-Drivers /All and use a published name (oemN.inf).",
     "List the drivers with Get-WindowsDriver -All and use a published name (oemN.inf)."},
    {K::DropCompact, "Apply without /Compact.", "Apply without -Compact."},
    {K::DropWimBoot, "Apply without /WIMBoot.", "Apply without -WIMBoot."},
    {K::WimBootCompression, "Leave out /WIMBoot or choose /Compress:fast, max or none.",
     "Leave out -WIMBoot or choose -CompressionType fast, max or none."},
    {K::CheckCaptureSource, "Check the path given with /CaptureDir: a folder, or a file or block device holding an NTFS volume.",
     "Check the path given with -CapturePath: a folder, or a file or block device holding an NTFS volume."},
    {K::CheckConfigFile, "Give an existing WimScript.ini file with /ConfigFile, or leave it out to use DISM's default exclusions.",
     "Give an existing WimScript.ini file with -ConfigFilePath, or leave it out to use DISM's default exclusions."},
    {K::GiveImageName, "Give it with /Name.", "Give it with -Name."},
    {K::CaptureNewFile, "Use /Capture-Image to create it.", "Use New-WindowsImage to create it."},
    {K::OmitCompression, "Leave out /Compress.", "Leave out -CompressionType."},
    {K::AppendOrRename, "Use /Append-Image to add an image to it, or give a new file name.",
     "Use Add-WindowsImage to add an image to it, or give a new file name."},
    {K::DropBootable, "Capture it without /Bootable.", "Capture it without -Setbootable."},
    {K::ListProvisionedApps, "/Get-ProvisionedAppxPackages lists the provisioned apps with their full package names.",
     "Get-AppxProvisionedPackage lists the provisioned apps with their full package names."},
    {K::RemoveProvisionedFirst, "Remove it first with /Remove-ProvisionedAppxPackage /PackageName:%1, or provision a newer version.",
     "Remove it first with Remove-AppxProvisionedPackage -PackageName %1, or provision a newer version."},
    {K::GiveImageFolder, "Give the folder of a mounted or applied Windows image with /Image.",
     "Give the folder of a mounted or applied Windows image with -Path."},
    {K::GiveRegions, R"(Use /Region:all or a list of ISO 3166-1 country codes such as /Region:"US;GB".)",
     R"(Use -Regions all or a list of ISO 3166-1 country codes such as -Regions "US;GB".)"},
    {K::NameLinkedFile, "Copy the file into the folder, or name it with /PackagePath, /DependencyPackagePath or /LicensePath.",
     "Copy the file into the folder, or name it with -PackagePath, -DependencyPackagePath or -LicensePath."},
    {K::OneAppPerFolder, "Put one app per folder, or name the app with /PackagePath.",
     "Put one app per folder, or name the app with -PackagePath."},
    {K::ChooseLicense, "Choose one with /LicensePath.", "Choose one with -LicensePath."},
    {K::GiveApp,
     "Give the app with /PackagePath (a package or bundle) or /FolderPath (a folder with the app, its dependencies and license).",
     "Give the app with -PackagePath (a package or bundle) or -FolderPath (a folder with the app, its dependencies and license)."},
    {K::PackageOrFolder, "Give either /PackagePath or /FolderPath, not both.", "Give either -PackagePath or -FolderPath, not both."},
    {K::LicenseOrSkip, "Give either /LicensePath or /SkipLicense, not both.", "Give either -LicensePath or -SkipLicense, not both."},
    {K::LicenseRequired,
     "Give /LicensePath:<file> with the app's license, or /SkipLicense for an app that needs none (sideloaded line-of-business apps).",
     "Give -LicensePath <file> with the app's license, or -SkipLicense for an app that needs none (sideloaded line-of-business apps)."},
    {K::AddDependencyPackage, "Add %1 with /DependencyPackagePath.", "Add %1 with -DependencyPackagePath."},
    {K::AddOptionalPackage, "Give %2 as the package and %1 with /OptionalPackagePath.",
     "Give %2 as the package and %1 with -OptionalPackagePath."},
    {K::NotOptionalPackage, "Give an app as the package and a framework with /DependencyPackagePath.",
     "Give an app as the package and a framework with -DependencyPackagePath."},
};

// AddOptionalPackage when the main package is unknown (Remedy::arg(1) empty): a modification
// package whose manifest names no MainPackageDependency.
constexpr Spelling kWithoutMain[] = {
    {K::AddOptionalPackage, "Give the app it modifies as the package and %1 with /OptionalPackagePath.",
     "Give the app it modifies as the package and %1 with -OptionalPackagePath."},
};

} // namespace

QString remedyText(const Remedy &remedy, Syntax syntax)
{
    const bool noMain = remedy.kind == K::AddOptionalPackage && remedy.arg(1).isEmpty();
    for (const Spelling &s : noMain ? std::span<const Spelling>(kWithoutMain) : std::span<const Spelling>(kSpellings)) {
        if (s.kind == remedy.kind)
            return remedy.fill(QString::fromUtf8(syntax == Syntax::Cmdlet ? s.cmdlet : s.dism));
    }
    return {};
}

QString errorText(const Error &error, Syntax syntax)
{
    QString text = error.message;
    const QString remedy = remedyText(error.remedy, syntax);
    if (!remedy.isEmpty())
        text += QLatin1Char(' ') + remedy;
    return text.replace(QLatin1Char('\n'), QLatin1Char(' '));
}

} // namespace wb::cli
