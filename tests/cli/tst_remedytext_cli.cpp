// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The command line's rendering of engine remedies: each kind in dism.exe and in PowerShell syntax.
#include "CliRunner.h"
#include "RemedyText.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::cli;

class TestRemedyTextCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spelling_data()
    {
        QTest::addColumn<Remedy::Kind>("kind");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("dism");
        QTest::addColumn<QString>("cmdlet");
        QTest::newRow("DiscardMount") << Remedy::Kind::DiscardMount << QStringList{u"/mnt/win"_s}
                                      << u"Run /Unmount-Image /MountDir:\"/mnt/win\" /Discard to dismount it."_s
                                      << u"Run Dismount-WindowsImage -Path \"/mnt/win\" -Discard to dismount it."_s;
        QTest::newRow("RemountImage") << Remedy::Kind::RemountImage << QStringList{u"/mnt/win"_s}
                                      << u"Run /Remount-Image /MountDir:\"/mnt/win\" to serve it again."_s
                                      << u"Run Mount-WindowsImage -Path \"/mnt/win\" -Remount to serve it again."_s;
        QTest::newRow("RemountOrDiscard")
            << Remedy::Kind::RemountOrDiscard << QStringList{u"/mnt/win"_s}
            << u"Run /Remount-Image /MountDir:\"/mnt/win\" to serve it again, or /Unmount-Image /MountDir:\"/mnt/win\" /Discard to remove the mount."_s
            << u"Run Mount-WindowsImage -Path \"/mnt/win\" -Remount to serve it again, or Dismount-WindowsImage -Path \"/mnt/win\" -Discard to remove the mount."_s;
        QTest::newRow("DiscardOrCleanup") << Remedy::Kind::DiscardOrCleanup << QStringList{u"/mnt/win"_s}
                                          << u"Run /Unmount-Image /MountDir:\"/mnt/win\" /Discard, or /Cleanup-Mountpoints."_s
                                          << u"Run Dismount-WindowsImage -Path \"/mnt/win\" -Discard, or Clear-WindowsCorruptMountPoint."_s;
        QTest::newRow("RecoverAfterFailedSave")
            << Remedy::Kind::RecoverAfterFailedSave << QStringList{u"/mnt/win"_s, u"/img/install.wim"_s}
            << u"/Get-ImageInfo /ImageFile:\"/img/install.wim\" shows which. Run /Unmount-Image /MountDir:\"/mnt/win\" /Discard (or /Cleanup-Mountpoints) and mount the image again."_s
            << u"Get-WindowsImage -ImagePath \"/img/install.wim\" shows which. Run Dismount-WindowsImage -Path \"/mnt/win\" -Discard (or Clear-WindowsCorruptMountPoint) and mount the image again."_s;
        QTest::newRow("CleanupMountpoints") << Remedy::Kind::CleanupMountpoints << QStringList{} << u"Run /Cleanup-Mountpoints."_s
                                            << u"Run Clear-WindowsCorruptMountPoint."_s;
        QTest::newRow("ReplaceMountRegistry") << Remedy::Kind::ReplaceMountRegistry << QStringList{u"/state/mounts.json"_s}
                                              << u"Move /state/mounts.json away and run /Cleanup-Mountpoints."_s
                                              << u"Move /state/mounts.json away and run Clear-WindowsCorruptMountPoint."_s;
        QTest::newRow("UnmountFirst") << Remedy::Kind::UnmountFirst << QStringList{u"/mnt/win"_s}
                                      << u"Unmount it first: /Unmount-Image /MountDir:\"/mnt/win\" with /Commit or /Discard."_s
                                      << u"Dismount it first: Dismount-WindowsImage -Path \"/mnt/win\" with -Save or -Discard."_s;
        QTest::newRow("ListMountedImages") << Remedy::Kind::ListMountedImages << QStringList{}
                                           << u"/Get-MountedImageInfo lists the mounted images."_s
                                           << u"Get-WindowsImage -Mounted lists the mounted images."_s;
        QTest::newRow("MountReadOnly") << Remedy::Kind::MountReadOnly << QStringList{}
                                       << u"Add /ReadOnly, or copy the file and mount the copy."_s
                                       << u"Add -ReadOnly, or copy the file and mount the copy."_s;
        QTest::newRow("MountSplitReadOnly") << Remedy::Kind::MountSplitReadOnly << QStringList{}
                                            << u"Add /ReadOnly, or export it to a single .wim file first with /Export-Image."_s
                                            << u"Add -ReadOnly, or export it to a single .wim file first with Export-WindowsImage."_s;
        QTest::newRow("MountReadWrite") << Remedy::Kind::MountReadWrite << QStringList{}
                                        << u"Mount the image without /ReadOnly to change it."_s
                                        << u"Mount the image without -ReadOnly to change it."_s;
        QTest::newRow("ExportToSingleWim") << Remedy::Kind::ExportToSingleWim << QStringList{}
                                           << u"Export it into a single .wim file with /Export-Image and change that."_s
                                           << u"Export it into a single .wim file with Export-WindowsImage and change that."_s;
        QTest::newRow("SplitAfterExport")
            << Remedy::Kind::SplitAfterExport << QStringList{}
            << u"Export into a .wim file (a solid .esd cannot be split) and split that with /Split-Image."_s
            << u"Export into a .wim file (a solid .esd cannot be split) and split that with Split-WindowsImage."_s;
        QTest::newRow("ListImages") << Remedy::Kind::ListImages << QStringList{u"/img/install.wim"_s}
                                    << u"Run /Get-ImageInfo /ImageFile:\"/img/install.wim\" to list its images."_s
                                    << u"Run Get-WindowsImage -ImagePath \"/img/install.wim\" to list its images."_s;
        QTest::newRow("ChooseImage") << Remedy::Kind::ChooseImage << QStringList{} << u"Say which one with /Index or /Name."_s
                                     << u"Say which one with -Index or -Name."_s;
        QTest::newRow("CheckImagePath") << Remedy::Kind::CheckImagePath << QStringList{} << u"Check the path given with /ImageFile."_s
                                        << u"Check the path given with -ImagePath."_s;
        QTest::newRow("OpenFirstSplitPart")
            << Remedy::Kind::OpenFirstSplitPart << QStringList{}
            << u"Open the first part (usually the .swm without a number) and give the other parts with /SWMFile."_s
            << u"Open the first part (usually the .swm without a number) and give the other parts with -SplitImageFilePattern."_s;
        QTest::newRow("GiveSplitParts") << Remedy::Kind::GiveSplitParts << QStringList{}
                                        << u"For a split image (.swm), give all parts with /SWMFile."_s
                                        << u"For a split image (.swm), give all parts with -SplitImageFilePattern."_s;
        QTest::newRow("SkipIntegrityCheck") << Remedy::Kind::SkipIntegrityCheck << QStringList{}
                                            << u"Open it without /CheckIntegrity or use an intact copy."_s
                                            << u"Open it without -CheckIntegrity or use an intact copy."_s;
        QTest::newRow("RestoreHealthOnWindows")
            << Remedy::Kind::RestoreHealthOnWindows << QStringList{}
            << u"Windows' servicing stack may need to repair the image (DISM /Cleanup-Image /RestoreHealth on Windows)."_s
            << u"Windows' servicing stack may need to repair the image (Repair-WindowsImage -RestoreHealth on Windows)."_s;
        QTest::newRow("ChooseScratchDir") << Remedy::Kind::ChooseScratchDir << QStringList{}
                                          << u"Choose a local folder you can write to with /ScratchDir."_s
                                          << u"Choose a local folder you can write to with -ScratchDirectory."_s;
        QTest::newRow("ListDrivers") << Remedy::Kind::ListDrivers << QStringList{}
                                     << u"List the drivers with /Get-Drivers /All and use a published name (oemN.inf)."_s
                                     << u"List the drivers with Get-WindowsDriver -All and use a published name (oemN.inf)."_s;
        QTest::newRow("DropCompact") << Remedy::Kind::DropCompact << QStringList{} << u"Apply without /Compact."_s
                                     << u"Apply without -Compact."_s;
        QTest::newRow("DropWimBoot") << Remedy::Kind::DropWimBoot << QStringList{} << u"Apply without /WIMBoot."_s
                                     << u"Apply without -WIMBoot."_s;
        QTest::newRow("WimBootCompression") << Remedy::Kind::WimBootCompression << QStringList{}
                                            << u"Leave out /WIMBoot or choose /Compress:fast, max or none."_s
                                            << u"Leave out -WIMBoot or choose -CompressionType fast, max or none."_s;
        QTest::newRow("CheckCaptureSource")
            << Remedy::Kind::CheckCaptureSource << QStringList{}
            << u"Check the path given with /CaptureDir: a folder, or a file or block device holding an NTFS volume."_s
            << u"Check the path given with -CapturePath: a folder, or a file or block device holding an NTFS volume."_s;
        QTest::newRow("CheckConfigFile")
            << Remedy::Kind::CheckConfigFile << QStringList{}
            << u"Give an existing WimScript.ini file with /ConfigFile, or leave it out to use DISM's default exclusions."_s
            << u"Give an existing WimScript.ini file with -ConfigFilePath, or leave it out to use DISM's default exclusions."_s;
        QTest::newRow("GiveImageName") << Remedy::Kind::GiveImageName << QStringList{} << u"Give it with /Name."_s
                                       << u"Give it with -Name."_s;
        QTest::newRow("CaptureNewFile") << Remedy::Kind::CaptureNewFile << QStringList{} << u"Use /Capture-Image to create it."_s
                                        << u"Use New-WindowsImage to create it."_s;
        QTest::newRow("OmitCompression") << Remedy::Kind::OmitCompression << QStringList{} << u"Leave out /Compress."_s
                                         << u"Leave out -CompressionType."_s;
        QTest::newRow("AppendOrRename") << Remedy::Kind::AppendOrRename << QStringList{}
                                        << u"Use /Append-Image to add an image to it, or give a new file name."_s
                                        << u"Use Add-WindowsImage to add an image to it, or give a new file name."_s;
        QTest::newRow("DropBootable") << Remedy::Kind::DropBootable << QStringList{} << u"Capture it without /Bootable."_s
                                      << u"Capture it without -Setbootable."_s;
        QTest::newRow("ListProvisionedApps") << Remedy::Kind::ListProvisionedApps << QStringList{}
                                             << u"/Get-ProvisionedAppxPackages lists the provisioned apps with their full package names."_s
                                             << u"Get-AppxProvisionedPackage lists the provisioned apps with their full package names."_s;
        QTest::newRow("RemoveProvisionedFirst")
            << Remedy::Kind::RemoveProvisionedFirst << QStringList{u"App_1.0.0.0_x64__abc"_s}
            << u"Remove it first with /Remove-ProvisionedAppxPackage /PackageName:App_1.0.0.0_x64__abc, or provision a newer version."_s
            << u"Remove it first with Remove-AppxProvisionedPackage -PackageName App_1.0.0.0_x64__abc, or provision a newer version."_s;
        QTest::newRow("GiveImageFolder") << Remedy::Kind::GiveImageFolder << QStringList{}
                                         << u"Give the folder of a mounted or applied Windows image with /Image."_s
                                         << u"Give the folder of a mounted or applied Windows image with -Path."_s;
        QTest::newRow("GiveRegions") << Remedy::Kind::GiveRegions << QStringList{}
                                     << u"Use /Region:all or a list of ISO 3166-1 country codes such as /Region:\"US;GB\"."_s
                                     << u"Use -Regions all or a list of ISO 3166-1 country codes such as -Regions \"US;GB\"."_s;
        QTest::newRow("NameLinkedFile")
            << Remedy::Kind::NameLinkedFile << QStringList{}
            << u"Copy the file into the folder, or name it with /PackagePath, /DependencyPackagePath or /LicensePath."_s
            << u"Copy the file into the folder, or name it with -PackagePath, -DependencyPackagePath or -LicensePath."_s;
        QTest::newRow("OneAppPerFolder") << Remedy::Kind::OneAppPerFolder << QStringList{}
                                         << u"Put one app per folder, or name the app with /PackagePath."_s
                                         << u"Put one app per folder, or name the app with -PackagePath."_s;
        QTest::newRow("ChooseLicense") << Remedy::Kind::ChooseLicense << QStringList{} << u"Choose one with /LicensePath."_s
                                       << u"Choose one with -LicensePath."_s;
        QTest::newRow("GiveApp")
            << Remedy::Kind::GiveApp << QStringList{}
            << u"Give the app with /PackagePath (a package or bundle) or /FolderPath (a folder with the app, its dependencies and license)."_s
            << u"Give the app with -PackagePath (a package or bundle) or -FolderPath (a folder with the app, its dependencies and license)."_s;
        QTest::newRow("PackageOrFolder") << Remedy::Kind::PackageOrFolder << QStringList{}
                                         << u"Give either /PackagePath or /FolderPath, not both."_s
                                         << u"Give either -PackagePath or -FolderPath, not both."_s;
        QTest::newRow("LicenseOrSkip") << Remedy::Kind::LicenseOrSkip << QStringList{}
                                       << u"Give either /LicensePath or /SkipLicense, not both."_s
                                       << u"Give either -LicensePath or -SkipLicense, not both."_s;
        QTest::newRow("LicenseRequired")
            << Remedy::Kind::LicenseRequired << QStringList{}
            << u"Give /LicensePath:<file> with the app's license, or /SkipLicense for an app that needs none (sideloaded line-of-business apps)."_s
            << u"Give -LicensePath <file> with the app's license, or -SkipLicense for an app that needs none (sideloaded line-of-business apps)."_s;
        QTest::newRow("AddDependencyPackage") << Remedy::Kind::AddDependencyPackage << QStringList{u"VCLibs"_s}
                                              << u"Add VCLibs with /DependencyPackagePath."_s
                                              << u"Add VCLibs with -DependencyPackagePath."_s;
        QTest::newRow("AddOptionalPackage") << Remedy::Kind::AddOptionalPackage << QStringList{u"Opt.msix"_s, u"Main_1.0.0.0_x64__abc"_s}
                                            << u"Give Main_1.0.0.0_x64__abc as the package and Opt.msix with /OptionalPackagePath."_s
                                            << u"Give Main_1.0.0.0_x64__abc as the package and Opt.msix with -OptionalPackagePath."_s;
        QTest::newRow("AddOptionalPackage, main unknown")
            << Remedy::Kind::AddOptionalPackage << QStringList{u"Mod.msix"_s, QString()}
            << u"Give the app it modifies as the package and Mod.msix with /OptionalPackagePath."_s
            << u"Give the app it modifies as the package and Mod.msix with -OptionalPackagePath."_s;
        QTest::newRow("NotOptionalPackage") << Remedy::Kind::NotOptionalPackage << QStringList{}
                                            << u"Give an app as the package and a framework with /DependencyPackagePath."_s
                                            << u"Give an app as the package and a framework with -DependencyPackagePath."_s;
    }

    void spelling()
    {
        QFETCH(Remedy::Kind, kind);
        QFETCH(QStringList, args);
        QFETCH(QString, dism);
        QFETCH(QString, cmdlet);
        const Remedy remedy{kind, args};
        QCOMPARE(remedyText(remedy, Syntax::Dism), dism);
        QCOMPARE(remedyText(remedy, Syntax::Cmdlet), cmdlet);
    }

    void everyKindHasBothSpellings()
    {
        // A kind added to core/Remedy.h without a spelling here would print nothing after the error.
        const QRegularExpression dismSwitch(u"(^|[\\s(\"])/[A-Z][A-Za-z]+"_s);
        const QRegularExpression cmdletParameter(u"(^|[\\s(])-[A-Z][A-Za-z]+"_s);
        for (const Remedy::Kind kind : Remedy::allKinds()) {
            const Remedy remedy{kind, {u"A"_s, u"B"_s}};
            const QString dism = remedyText(remedy, Syntax::Dism);
            const QString cmdlet = remedyText(remedy, Syntax::Cmdlet);
            QVERIFY2(!dism.isEmpty() && !cmdlet.isEmpty(), qPrintable(Remedy::id(kind)));
            QVERIFY2(!dism.contains(u'%') && !cmdlet.contains(u'%'), qPrintable(Remedy::id(kind)));
            // The PowerShell spelling never shows a dism switch (DISM's own Windows advice aside).
            if (kind != Remedy::Kind::RestoreHealthOnWindows)
                QVERIFY2(!dismSwitch.match(cmdlet).hasMatch(), qPrintable(cmdlet));
            QVERIFY2(!cmdletParameter.match(dism).hasMatch(), qPrintable(dism));
        }
        QCOMPARE(remedyText(Remedy{}, Syntax::Dism), QString());
    }

    void errorTextAppendsTheRemedy()
    {
        const Error plain = Error::make(u"wim.x"_s, u"First line\nsecond line."_s);
        QCOMPARE(errorText(plain, Syntax::Dism), u"First line second line."_s);
        const Error withRemedy = plain.withRemedy(Remedy::Kind::ChooseImage);
        QCOMPARE(errorText(withRemedy, Syntax::Dism), u"First line second line. Say which one with /Index or /Name."_s);
        QCOMPARE(errorText(withRemedy, Syntax::Cmdlet), u"First line second line. Say which one with -Index or -Name."_s);
    }

    // The whole line a user reads, in the syntax they typed, English whatever the locale: the
    // command line installs no translator (docs/DECISIONS.md), engine messages included.
    void printedInTheSyntaxTyped_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("dism") << QStringList{u"/Get-ImageInfo"_s, u"/ImageFile:%1/missing.wim"_s}
                              << u"Error: The image file %1/missing.wim does not exist. Check the path given with /ImageFile."_s;
        QTest::newRow("cmdlet") << QStringList{u"Get-WindowsImage"_s, u"-ImagePath"_s, u"%1/missing.wim"_s}
                                << u"Error: The image file %1/missing.wim does not exist. Check the path given with -ImagePath."_s;
        QTest::newRow("dism scratch")
            << QStringList{u"/Get-ImageInfo"_s, u"/ImageFile:%1/missing.wim"_s, u"/ScratchDir:%1/none"_s}
            << u"Error: The scratch directory %1/none does not exist. Choose a local folder you can write to with /ScratchDir."_s;
        QTest::newRow("cmdlet scratch")
            << QStringList{u"Get-WindowsImage"_s, u"-ImagePath"_s, u"%1/missing.wim"_s, u"-ScratchDirectory"_s, u"%1/none"_s}
            << u"Error: The scratch directory %1/none does not exist. Choose a local folder you can write to with -ScratchDirectory."_s;
    }

    void printedInTheSyntaxTyped()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (QString &arg : args)
            arg.replace(u"%1"_s, dir.path());
        QProcessEnvironment chinese;
        chinese.insert(u"LANG"_s, u"zh_CN.UTF-8"_s);
        chinese.insert(u"LC_ALL"_s, u"zh_CN.UTF-8"_s);
        chinese.insert(u"LANGUAGE"_s, u"zh_CN"_s);
        const test::CliResult r = test::runCli(args, 60000, chinese);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.lastErrorLine(), expected.arg(dir.path()));
    }
};

QTEST_GUILESS_MAIN(TestRemedyTextCli)
#include "tst_remedytext_cli.moc"
