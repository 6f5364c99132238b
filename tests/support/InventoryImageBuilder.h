// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace wb::test {

/// INF text shaped like real driver packages (a network adapter with a localized [Strings.0407]
/// section, line continuations and comments; a boot-critical storage controller; an inbox
/// system device), written at test time.
QByteArray networkInf();
QByteArray storageInf();
QByteArray inboxInf();
/// `text` as UTF-16LE with a byte order mark (how many real INF files are saved).
QByteArray utf16LeWithBom(const QString &text);

/// Writes the driver layout of a Windows image under `root` (which should already hold a
/// Windows-like tree):
/// - Windows/System32/DriverStore/FileRepository/wbnet.inf_amd64_<hash>/wbnet.inf (+ .cat, .sys),
///   published as Windows/INF/oem0.inf (byte-identical copy);
/// - wbstor.inf_amd64_<hash>/wbstor.inf, UTF-16LE, published as Windows/INF/oem1.inf;
/// - wbinbox.inf_amd64_<hash>/wbinbox.inf, inbox (Windows/INF/wbinbox.inf);
/// - with `damaged`, Windows/INF/oem2.inf whose [Version] section name is not closed.
bool writeDriverStore(const QString &root, bool damaged = false);

/// Adds to writeDriverStore()'s layout a camera package wbcam.inf_amd64_55aa66bb77cc88dd (an INF
/// without Provider) that is NOT copied to Windows/INF, and the DRIVERS hive (HiveBuilder) with
/// DriverDatabase\DriverPackages\<folder> default values oem0.inf, oem1.inf, oem3.inf (wbcam,
/// Provider "WimBench Camera Vendor") and wbinbox.inf, and DriverDatabase\DriverInfFiles\oem3.inf
/// with Active = the wbcam folder.
bool writeDriversHive(const QString &root);

/// A package manifest (.mum) shaped like Windows' own: <assembly> with <assemblyIdentity> and
/// <package releaseType> holding <update> elements; `features` become updates with a
/// <selectable> child, `hidden` updates without one.
QByteArray mumManifest(const QString &name, const QString &language, const QString &version, const QString &releaseType,
                       const QStringList &features, const QStringList &hidden = {});

/// The identities writeServicing() writes, sorted as Windows sorts them.
QStringList servicingIdentities();

/// Writes Windows/servicing/Packages with four packages (foundation with two features and a
/// hidden update, Hyper-V with two features, an en-US language pack, a rollup update; plus a
/// damaged manifest with `damaged`) and Windows/servicing/Editions with the answer files
/// ProfessionalEdition.xml, EnterpriseEdition.xml, EducationEdition.xml and an UpgradeMatrix.xml.
bool writeServicing(const QString &root, bool damaged = false);

/// Writes real SOFTWARE, SYSTEM and DEFAULT hives (HiveBuilder) into Windows/System32/config with
/// the keys real images have: EditionID "Professional"; the CBS registrations of the
/// writeServicing() packages (CurrentState 0x40 Staged, 0x70 Installed, 0x80 Permanent and the
/// unknown 0x77; feature states under Updates); SYSTEM Select\Current = 1 and ControlSet001 with
/// UI languages en-US (LCID 0x409) and de-DE (0x407, fallback en-US), InstallLanguage 0407,
/// system locale 00000407, time zone "W. Europe Standard Time"; DEFAULT with LocaleName de-DE and
/// keyboards 00000407, 00000409.
bool writeHives(const QString &root);

/// The inventory tests' image: writeWindowsTree (en-US), writeDriverStore and writeServicing
/// (both with their damaged file) and writeHives.
bool writeInventoryImage(const QString &root);

/// A Feature on Demand package manifest as real FoD packages have it: <package releaseType="OnDemand
/// Pack"> with <declareCapability><capability><capabilityIdentity name language version/>
/// </capability><displayInformation displayName description/></declareCapability>.
QByteArray capabilityManifest(const QString &package, const QString &capability, const QString &language, const QString &capabilityVersion);

/// The capability names writeCapabilities() declares, sorted by name.
QStringList capabilityNames();

/// Writes into a Windows-like tree (writeWindowsTree) Windows/servicing/Packages with four FoD
/// packages and the Foundation package (no capability), and a SOFTWARE hive registering them:
/// Browser.InternetExplorer 0x60 (Install Pending), Language.Basic en-US 0x70 (Installed),
/// OneCoreUAP.OneSync not registered, OpenSSH.Client 0x00 (Absent).
bool writeCapabilities(const QString &root);

} // namespace wb::test
