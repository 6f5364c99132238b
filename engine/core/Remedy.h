// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace wb {

/// What the user can do about an Error, as data: the engine says *which* advice applies and with
/// which arguments (a mount folder, an image file); each front end renders it in its own terms
/// (app/cli/RemedyText.*: dism.exe or PowerShell syntax; ui/RemedyText.*: a button or menu path).
/// The engine's messages therefore name no command-line switch. Value type, any thread.
struct Remedy
{
    /// One kind per distinct advice. `id()` gives each a stable identifier (like error codes);
    /// `args` documents the arguments each kind carries.
    enum class Kind {
        None,
        DiscardMount,           ///< args: mount folder. Dismount and discard the changes.
        RemountImage,           ///< args: mount folder. Serve the image again.
        RemountOrDiscard,       ///< args: mount folder.
        DiscardOrCleanup,       ///< args: mount folder. Discard the mount or clean up stale mounts.
        RecoverAfterFailedSave, ///< args: mount folder, image file. See which content it holds, discard, mount again.
        CleanupMountpoints,     ///< Clean up stale mounts.
        ReplaceMountRegistry,   ///< args: registry file. Move it away, then clean up.
        UnmountFirst,           ///< args: mount folder. Unmount (commit or discard) before changing the file.
        ListMountedImages,
        MountReadOnly,          ///< Mount read-only (or copy the file).
        MountSplitReadOnly,     ///< Mount a split image read-only, or export it to one .wim first.
        MountReadWrite,         ///< Mount again without read-only.
        ExportToSingleWim,      ///< A split image: export it into one .wim and change that.
        SplitAfterExport,       ///< Export into a .wim/.esd, then split that.
        ListImages,             ///< args: image file. List its indexes.
        ChooseImage,            ///< Say which image (index or name).
        CheckImagePath,         ///< args: image file path given.
        OpenFirstSplitPart,     ///< Open the first .swm and name the other parts.
        GiveSplitParts,         ///< Name all parts of a split image.
        SkipIntegrityCheck,     ///< Open without the integrity check, or use an intact copy.
        RestoreHealthOnWindows, ///< Repair the image with DISM on Windows.
        ChooseScratchDir,       ///< Choose another (local, writable) scratch folder.
        ListDrivers,            ///< List the drivers and use a published name.
        DropCompact,            ///< Apply without compact (WOF) mode.
        DropWimBoot,            ///< Apply, capture or export without WIMBoot.
        WimBootCompression,     ///< Leave out WIMBoot or choose a non-solid compression.
        CheckCaptureSource,     ///< Give an existing folder or NTFS volume to capture.
        CheckConfigFile,        ///< Give an existing WimScript.ini or none.
        GiveImageName,          ///< Name the new image.
        CaptureNewFile,         ///< Capture into a new file instead of appending.
        OmitCompression,        ///< Appending: leave the compression out.
        AppendOrRename,         ///< The target exists: append to it or choose a new file name.
        DropBootable,           ///< Capture without marking the image bootable.
        ListProvisionedApps,    ///< List the provisioned apps (and use the full name).
        RemoveProvisionedFirst, ///< args: package. Remove the provisioned app first.
        GiveImageFolder,        ///< Give the folder of a mounted or applied Windows image.
        GiveRegions,            ///< Give "all" or ISO 3166-1 country codes.
        NameLinkedFile,         ///< A link out of the app folder: copy the file in or name it explicitly.
        OneAppPerFolder,        ///< Several apps in the folder: one per folder or name the package.
        ChooseLicense,          ///< Several licenses in the folder: choose one.
        GiveApp,                ///< Give the app (package/bundle or folder).
        PackageOrFolder,        ///< Package and folder both given: only one.
        LicenseOrSkip,          ///< License and "no license" both given: only one.
        LicenseRequired,        ///< Give the app's license, or none for an app that needs none.
        AddDependencyPackage,   ///< args: dependency. Add it as a dependency package.
        AddOptionalPackage,     ///< args: optional package, main package. Add it as an optional package.
        NotOptionalPackage,     ///< Given as optional but is not: an app as the package, a framework as a dependency.
    };

    Kind kind = Kind::None;
    QStringList args;

    bool isNone() const { return kind == Kind::None; }
    /// The argument at `i`, or an empty string (renderers never index out of range).
    QString arg(qsizetype i) const { return args.value(i); }
    /// `sentence` with %1..%9 replaced by `args` in one pass (a missing argument gives ""; a '%'
    /// inside an argument is never expanded again). The renderers' one substitution helper.
    QString fill(const QString &sentence) const;
    /// Stable kebab-case identifier of `kind` ("remount-image"); "" for None.
    static QString id(Kind kind);
    /// Every kind except None, in declaration order (renderers' tests cover them all).
    static QList<Kind> allKinds();
};

} // namespace wb
