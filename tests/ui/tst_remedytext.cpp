// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's rendering of engine remedies: each kind as a tab, button or menu path, never a switch.
#include "LanguageManager.h"
#include "RemedyText.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace wb;

class TestRemedyText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { LanguageManager::setLanguage(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void advice_data()
    {
        QTest::addColumn<Remedy::Kind>("kind");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("gui");
        QTest::newRow("DiscardMount") << Remedy::Kind::DiscardMount << QStringList{u"/mnt/win"_s}
                                      << u"In the Mounts tab, select /mnt/win and choose Dismount (discard)."_s;
        QTest::newRow("RemountImage") << Remedy::Kind::RemountImage << QStringList{u"/mnt/win"_s}
                                      << u"In the Mounts tab, select /mnt/win and choose Remount."_s;
        QTest::newRow("RemountOrDiscard")
            << Remedy::Kind::RemountOrDiscard << QStringList{u"/mnt/win"_s}
            << u"In the Mounts tab, select /mnt/win and choose Remount to serve it again, or Dismount (discard) to remove the mount."_s;
        QTest::newRow("DiscardOrCleanup") << Remedy::Kind::DiscardOrCleanup << QStringList{u"/mnt/win"_s}
                                          << u"In the Mounts tab, select /mnt/win and choose Dismount (discard), or choose Cleanup."_s;
        QTest::newRow("RecoverAfterFailedSave")
            << Remedy::Kind::RecoverAfterFailedSave << QStringList{u"/mnt/win"_s, u"/img/install.wim"_s}
            << u"Open /img/install.wim to see which of the two it holds. Then, in the Mounts tab, select /mnt/win, choose Dismount (discard) (or Cleanup) and mount the image again."_s;
        QTest::newRow("CleanupMountpoints") << Remedy::Kind::CleanupMountpoints << QStringList{} << u"Choose Cleanup in the Mounts tab."_s;
        QTest::newRow("ReplaceMountRegistry") << Remedy::Kind::ReplaceMountRegistry << QStringList{u"/state/mounts.json"_s}
                                              << u"Move /state/mounts.json away, then choose Cleanup in the Mounts tab."_s;
        QTest::newRow("UnmountFirst") << Remedy::Kind::UnmountFirst << QStringList{u"/mnt/win"_s}
                                      << u"In the Mounts tab, select /mnt/win and dismount it first (save or discard)."_s;
        QTest::newRow("ListMountedImages") << Remedy::Kind::ListMountedImages << QStringList{}
                                           << u"The Mounts tab lists the mounted images."_s;
        QTest::newRow("MountReadOnly") << Remedy::Kind::MountReadOnly << QStringList{}
                                       << u"Mount it read-only, or copy the file and mount the copy."_s;
        QTest::newRow("MountSplitReadOnly") << Remedy::Kind::MountSplitReadOnly << QStringList{}
                                            << u"Mount it read-only, or first export it to a single .wim file (Image > Export image…)."_s;
        QTest::newRow("MountReadWrite") << Remedy::Kind::MountReadWrite << QStringList{}
                                        << u"Mount the image again without Read-only to change it."_s;
        QTest::newRow("ExportToSingleWim") << Remedy::Kind::ExportToSingleWim << QStringList{}
                                           << u"Export it into a single .wim file (Image > Export image…) and change that."_s;
        QTest::newRow("SplitAfterExport")
            << Remedy::Kind::SplitAfterExport << QStringList{}
            << u"Export into a .wim file (a solid .esd cannot be split), then split that (Image > Split image…)."_s;
        QTest::newRow("ListImages") << Remedy::Kind::ListImages << QStringList{u"/img/install.wim"_s}
                                    << u"The Images tab lists the images of /img/install.wim."_s;
        QTest::newRow("ChooseImage") << Remedy::Kind::ChooseImage << QStringList{} << u"Select an image (index) first."_s;
        QTest::newRow("CheckImagePath") << Remedy::Kind::CheckImagePath << QStringList{}
                                        << u"Check the file name, or open another file (File > Open image…)."_s;
        QTest::newRow("OpenFirstSplitPart")
            << Remedy::Kind::OpenFirstSplitPart << QStringList{}
            << u"Open the first part (usually the .swm without a number); the other parts are found beside it."_s;
        QTest::newRow("GiveSplitParts") << Remedy::Kind::GiveSplitParts << QStringList{}
                                        << u"For a split image (.swm), keep all its parts in the same folder and open the first part."_s;
        QTest::newRow("SkipIntegrityCheck") << Remedy::Kind::SkipIntegrityCheck << QStringList{}
                                            << u"Open it without the integrity check, or use an intact copy."_s;
        QTest::newRow("RestoreHealthOnWindows")
            << Remedy::Kind::RestoreHealthOnWindows << QStringList{}
            << u"Windows' servicing stack may need to repair the image (DISM /Cleanup-Image /RestoreHealth on Windows)."_s;
        QTest::newRow("ChooseScratchDir") << Remedy::Kind::ChooseScratchDir << QStringList{}
                                          << u"Choose a local folder you can write to under Tools > Preferences… > Scratch directory."_s;
        QTest::newRow("ListDrivers") << Remedy::Kind::ListDrivers << QStringList{}
                                     << u"The Drivers list of the Inventory tab shows the published names (oemN.inf)."_s;
        QTest::newRow("DropCompact") << Remedy::Kind::DropCompact << QStringList{} << u"Apply without compact mode."_s;
        QTest::newRow("DropWimBoot") << Remedy::Kind::DropWimBoot << QStringList{} << u"Untick WIMBoot format."_s;
        QTest::newRow("WimBootCompression") << Remedy::Kind::WimBootCompression << QStringList{}
                                            << u"Untick WIMBoot format, or choose fast, maximum or no compression."_s;
        QTest::newRow("CheckCaptureSource") << Remedy::Kind::CheckCaptureSource << QStringList{}
                                            << u"Under Capture from, choose an existing folder or an NTFS volume."_s;
        QTest::newRow("CheckConfigFile")
            << Remedy::Kind::CheckConfigFile << QStringList{}
            << u"Choose an existing WimScript.ini file, or leave Configuration empty to use DISM's default exclusions."_s;
        QTest::newRow("GiveImageName") << Remedy::Kind::GiveImageName << QStringList{} << u"Fill in Name."_s;
        QTest::newRow("CaptureNewFile") << Remedy::Kind::CaptureNewFile << QStringList{} << u"Choose a new file name to create the file."_s;
        QTest::newRow("OmitCompression") << Remedy::Kind::OmitCompression << QStringList{} << u"Keep the file's compression."_s;
        QTest::newRow("AppendOrRename") << Remedy::Kind::AppendOrRename << QStringList{}
                                        << u"Append the image to it, or choose a new file name."_s;
        QTest::newRow("DropBootable") << Remedy::Kind::DropBootable << QStringList{} << u"Untick Bootable."_s;
        QTest::newRow("ListProvisionedApps") << Remedy::Kind::ListProvisionedApps << QStringList{}
                                             << u"The Provisioned apps tab lists the provisioned apps with their full package names."_s;
        QTest::newRow("RemoveProvisionedFirst")
            << Remedy::Kind::RemoveProvisionedFirst << QStringList{u"App_1.0.0.0_x64__abc"_s}
            << u"Remove App_1.0.0.0_x64__abc first in the Provisioned apps tab, or provision a newer version."_s;
        QTest::newRow("GiveImageFolder") << Remedy::Kind::GiveImageFolder << QStringList{}
                                         << u"Choose the folder of a mounted or applied Windows image."_s;
        QTest::newRow("GiveRegions") << Remedy::Kind::GiveRegions << QStringList{}
                                     << u"Under Regions, choose All regions or list ISO 3166-1 country codes such as US;GB."_s;
        QTest::newRow("NameLinkedFile")
            << Remedy::Kind::NameLinkedFile << QStringList{}
            << u"Copy the file into the folder, or choose the package, dependencies and license one by one in the wizard."_s;
        QTest::newRow("OneAppPerFolder") << Remedy::Kind::OneAppPerFolder << QStringList{}
                                         << u"Put one app per folder, or choose the app's package file in the wizard."_s;
        QTest::newRow("ChooseLicense") << Remedy::Kind::ChooseLicense << QStringList{} << u"Choose one license file in the wizard."_s;
        QTest::newRow("GiveApp") << Remedy::Kind::GiveApp << QStringList{}
                                 << u"Choose the app's package or bundle, or a folder with the app, its dependencies and license."_s;
        QTest::newRow("PackageOrFolder") << Remedy::Kind::PackageOrFolder << QStringList{}
                                         << u"Choose either a package file or a folder, not both."_s;
        QTest::newRow("LicenseOrSkip") << Remedy::Kind::LicenseOrSkip << QStringList{}
                                       << u"Choose either a license file or No license, not both."_s;
        QTest::newRow("LicenseRequired")
            << Remedy::Kind::LicenseRequired << QStringList{}
            << u"Choose the app's license file, or No license for an app that needs none (sideloaded line-of-business apps)."_s;
        QTest::newRow("AddDependencyPackage") << Remedy::Kind::AddDependencyPackage << QStringList{u"VCLibs"_s}
                                              << u"Add VCLibs under Dependencies in the wizard."_s;
        QTest::newRow("AddOptionalPackage")
            << Remedy::Kind::AddOptionalPackage << QStringList{u"Opt.msix"_s, u"Main_1.0.0.0_x64__abc"_s}
            << u"Choose Main_1.0.0.0_x64__abc as the app and add Opt.msix under Optional packages in the wizard."_s;
        QTest::newRow("AddOptionalPackage, main unknown")
            << Remedy::Kind::AddOptionalPackage << QStringList{u"Mod.msix"_s, QString()}
            << u"Choose the app it modifies as the app and add Mod.msix under Optional packages in the wizard."_s;
        QTest::newRow("NotOptionalPackage") << Remedy::Kind::NotOptionalPackage << QStringList{}
                                            << u"Choose an app as the package and add frameworks under Dependencies in the wizard."_s;
    }

    void advice()
    {
        QFETCH(Remedy::Kind, kind);
        QFETCH(QStringList, args);
        QFETCH(QString, gui);
        QCOMPARE(remedyText(Remedy{kind, args}), gui);
    }

    void everyKindHasAdviceWithoutSwitches()
    {
        const QRegularExpression dismSwitch(u"(^|[\\s(\"])/[A-Z][A-Za-z]+"_s);
        const QRegularExpression cmdletParameter(u"(^|[\\s(])-[A-Z][A-Za-z]+"_s);
        for (const Remedy::Kind kind : Remedy::allKinds()) {
            const QString text = remedyText(Remedy{kind, {u"A"_s, u"B"_s}});
            QVERIFY2(!text.isEmpty() && !text.contains(u'%'), qPrintable(Remedy::id(kind)));
            if (kind == Remedy::Kind::RestoreHealthOnWindows)
                continue; // advice to run DISM itself on Windows
            QVERIFY2(!dismSwitch.match(text).hasMatch(), qPrintable(text));
            QVERIFY2(!cmdletParameter.match(text).hasMatch(), qPrintable(text));
        }
        QCOMPARE(remedyText(Remedy{}), QString());
    }

    void errorTextAppendsTheRemedy()
    {
        const Error e = Error::make(u"mount.not-served"_s, u"The image at /mnt/win is not being served (gone)."_s)
                            .withRemedy(Remedy::Kind::RemountImage, {u"/mnt/win"_s});
        QCOMPARE(errorText(e),
                 u"The image at /mnt/win is not being served (gone). In the Mounts tab, select /mnt/win and choose Remount."_s);
        QCOMPARE(errorText(Error::make(u"x.y"_s, u"Plain."_s)), u"Plain."_s);
    }
};

QTEST_MAIN(TestRemedyText)
#include "tst_remedytext.moc"
