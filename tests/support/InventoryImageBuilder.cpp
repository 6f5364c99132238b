// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InventoryImageBuilder.h"

#include "HiveBuilder.h"
#include "WimBuilder.h"

#include <QStringEncoder>

#include <optional>

using namespace Qt::StringLiterals;

namespace wb::test {

QByteArray networkInf()
{
    return QByteArrayLiteral(
        ";-------------------------------------------------------------------------------\r\n"
        "; wbnet.inf -- WimBench test network adapter (shape of a PCIe NDIS miniport INF)\r\n"
        ";-------------------------------------------------------------------------------\r\n"
        "[Version]\r\n"
        "Signature   = \"$WINDOWS NT$\"\r\n"
        "Class       = Net\r\n"
        "ClassGUID   = {4d36e972-e325-11ce-bfc1-08002be10318}\r\n"
        "Provider    = %ProviderName%\r\n"
        "CatalogFile = wbnet.cat      ; signed catalog\r\n"
        "DriverVer   = 03/28/2019,12.18.9.10\r\n"
        "PnpLockdown = 1\r\n"
        "\r\n"
        "[Manufacturer]\r\n"
        "%ProviderName% = WbNet, NTamd64.10.0...16299\r\n"
        "\r\n"
        "[WbNet.NTamd64.10.0...16299]\r\n"
        "%WbNet.DeviceDesc% = WbNet_Install, PCI\\VEN_8086&DEV_15BB, \\\r\n"
        "    PCI\\VEN_8086&CC_0200\r\n"
        "%WbNet.DeviceDesc2% = WbNet_Install, PCI\\VEN_8086&DEV_15BC\r\n"
        "\r\n"
        "[WbNet_Install.NTamd64]\r\n"
        "Characteristics = 0x84 ; NCF_HAS_UI | NCF_PHYSICAL\r\n"
        "BusType         = 5\r\n"
        "CopyFiles       = WbNet_CopyFiles\r\n"
        "\r\n"
        "[WbNet_Install.NTamd64.Services]\r\n"
        "AddService = wbnet, 2, WbNet_Service, WbNet_EventLog\r\n"
        "\r\n"
        "[WbNet_Service]\r\n"
        "DisplayName   = %WbNet.Service%\r\n"
        "ServiceType   = 1   ; SERVICE_KERNEL_DRIVER\r\n"
        "StartType     = 3   ; SERVICE_DEMAND_START\r\n"
        "ErrorControl  = 1\r\n"
        "ServiceBinary = %13%\\wbnet.sys\r\n"
        "\r\n"
        "[WbNet_CopyFiles]\r\n"
        "wbnet.sys,,,0x100\r\n"
        "\r\n"
        "[Strings]\r\n"
        "ProviderName       = \"WimBench Test Devices\"\r\n"
        "WbNet.DeviceDesc   = \"WimBench Gigabit Network Connection\"\r\n"
        "WbNet.DeviceDesc2  = \"WimBench \"\"Dual\"\" Port; Network Connection\"\r\n"
        "WbNet.Service      = \"WimBench NDIS Miniport\"\r\n"
        "\r\n"
        "[Strings.0407]\r\n"
        "WbNet.DeviceDesc   = \"WimBench Gigabit-Netzwerkverbindung\"\r\n");
}

QByteArray storageInf()
{
    return utf16LeWithBom(u"; wbstor.inf -- WimBench test storage controller, saved as UTF-16LE like many storage INFs\r\n"
        "[version]\r\n"
        "signature=\"$Windows NT$\"\r\n"
        "Class=SCSIAdapter\r\n"
        "ClassGUID={4D36E97B-E325-11CE-BFC1-08002BE10318}\r\n"
        "Provider=%WB%\r\n"
        "DriverVer=11/05/2021,1.2.3.4\r\n"
        "CatalogFile=wbstor.cat\r\n"
        "\r\n"
        "[Manufacturer]\r\n"
        "%WB%=WB,NTamd64\r\n"
        "\r\n"
        "[WB.NTamd64]\r\n"
        "%WbStor.Desc%=WbStor_Inst,PCI\\VEN_1B4B&DEV_9230\r\n"
        "\r\n"
        "[WbStor_Inst]\r\n"
        "CopyFiles=@wbstor.sys\r\n"
        "\r\n"
        "[WbStor_Inst.Services]\r\n"
        "AddService=wbstor,0x00000002,WbStor_Service\r\n"
        "\r\n"
        "[WbStor_Service]\r\n"
        "ServiceType=1\r\n"
        "StartType=0x0 ; SERVICE_BOOT_START: needed to load Windows\r\n"
        "ErrorControl=1\r\n"
        "ServiceBinary=%12%\\wbstor.sys\r\n"
        "LoadOrderGroup=SCSI Miniport\r\n"
        "\r\n"
        "[Strings]\r\n"
        "WB=\"WimBench Storage \u00c9quipe\"\r\n"
        "WbStor.Desc=\"WimBench SATA AHCI Controller\"\r\n"_s);
}

QByteArray inboxInf()
{
    return QByteArrayLiteral(
        "; wbinbox.inf -- an inbox system device\r\n"
        "[Version]\r\n"
        "Signature=\"$WINDOWS NT$\"\r\n"
        "Class=System\r\n"
        "ClassGuid={4d36e97d-e325-11ce-bfc1-08002be10318}\r\n"
        "Provider=%MSFT%\r\n"
        "DriverVer=06/21/2006,10.0.22621.1\r\n"
        "\r\n"
        "[Manufacturer]\r\n"
        "%MSFT%=MSFT,NTamd64\r\n"
        "\r\n"
        "[MSFT.NTamd64]\r\n"
        "%WbTimer.Desc%=NO_DRV,ACPI\\PNP0100\r\n"
        "\r\n"
        "[NO_DRV]\r\n"
        "\r\n"
        "[Strings]\r\n"
        "MSFT=\"Microsoft\"\r\n"
        "WbTimer.Desc=\"System timer\"\r\n");
}

QByteArray utf16LeWithBom(const QString &text)
{
    QStringEncoder encoder(QStringConverter::Utf16LE);
    return QByteArray("\xff\xfe", 2) + QByteArray(encoder.encode(text));
}

bool writeDriverStore(const QString &root, bool damaged)
{
    const QString repo = u"Windows/System32/DriverStore/FileRepository/"_s;
    bool ok = writeFile(root, repo + u"wbnet.inf_amd64_8f3b2c1d0e9a7b65/wbnet.inf"_s, networkInf())
        && writeFile(root, repo + u"wbnet.inf_amd64_8f3b2c1d0e9a7b65/wbnet.cat"_s, randomBytes(300, 1))
        && writeFile(root, repo + u"wbnet.inf_amd64_8f3b2c1d0e9a7b65/wbnet.sys"_s, randomBytes(4000, 2))
        && writeFile(root, u"Windows/INF/oem0.inf"_s, networkInf())
        && writeFile(root, repo + u"wbstor.inf_amd64_1a2b3c4d5e6f7081/wbstor.inf"_s, storageInf())
        && writeFile(root, u"Windows/INF/oem1.inf"_s, storageInf())
        && writeFile(root, repo + u"wbinbox.inf_amd64_0011223344556677/wbinbox.inf"_s, inboxInf())
        && writeFile(root, u"Windows/INF/wbinbox.inf"_s, inboxInf());
    if (ok && damaged)
        ok = writeFile(root, u"Windows/INF/oem2.inf"_s, QByteArrayLiteral("[Version\r\nClass=Net\r\n"));
    return ok;
}

bool writeDriversHive(const QString &root)
{
    QByteArray cam = inboxInf();
    cam.replace("; wbinbox.inf -- an inbox system device", "; wbcam.inf -- a camera published only in the DRIVERS hive");
    cam.replace("Provider=%MSFT%\r\n", "");
    cam.replace("Class=System", "Class=Camera");
    const QString folder = u"wbcam.inf_amd64_55aa66bb77cc88dd"_s;
    if (!writeFile(root, u"Windows/System32/DriverStore/FileRepository/"_s + folder + u"/wbcam.inf"_s, cam))
        return false;
    const QString packages = u"DriverDatabase\\DriverPackages\\"_s;
    HiveBuilder drivers;
    const QList<std::pair<QString, QString>> published{{u"wbnet.inf_amd64_8f3b2c1d0e9a7b65"_s, u"oem0.inf"_s},
                                                       {u"wbstor.inf_amd64_1a2b3c4d5e6f7081"_s, u"oem1.inf"_s},
                                                       {folder, u"oem3.inf"_s},
                                                       {u"wbinbox.inf_amd64_0011223344556677"_s, u"wbinbox.inf"_s}};
    for (const auto &[key, name] : published)
        drivers.setValue(packages + key, RegistryValue::string(QString(), name))
            .setValue(packages + key, RegistryValue::string(u"Provider"_s, u"WimBench Camera Vendor"_s));
    drivers.setValue(u"DriverDatabase\\DriverInfFiles\\oem3.inf"_s, RegistryValue::string(u"Active"_s, folder));
    return drivers.writeTo(root + u"/Windows/System32/config/DRIVERS"_s);
}

QByteArray mumManifest(const QString &name, const QString &language, const QString &version, const QString &releaseType,
                       const QStringList &features, const QStringList &hidden)
{
    QString xml = u"<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>\r\n"
        "<assembly xmlns=\"urn:schemas-microsoft-com:asm.v3\" manifestVersion=\"1.0\" copyright=\"Copyright (c) WimBench tests\">\r\n"
        "  <assemblyIdentity name=\"%1\" version=\"%2\" processorArchitecture=\"amd64\" language=\"%3\" buildType=\"release\" "
        "publicKeyToken=\"31bf3856ad364e35\" />\r\n"
        "  <package identifier=\"%1\" releaseType=\"%4\" restart=\"possible\">\r\n"_s
                      .arg(name, version, language.isEmpty() ? u"neutral"_s : language, releaseType);
    for (const QString &f : features)
        xml += u"    <update name=\"%1\" displayName=\"%1 display\" description=\"What %1 does.\">\r\n"
                              "      <selectable disposition=\"staged\">\r\n        <detectNone default=\"false\" />\r\n      </selectable>\r\n"
                              "      <component><assemblyIdentity name=\"%1-Deployment\" version=\"%2\" processorArchitecture=\"amd64\" "
                              "language=\"neutral\" buildType=\"release\" publicKeyToken=\"31bf3856ad364e35\" /></component>\r\n"
                              "    </update>\r\n"_s
                   .arg(f, version);
    for (const QString &h : hidden)
        xml += u"    <update name=\"%1\">\r\n      <component><assemblyIdentity name=\"%1-Deployment\" version=\"%2\" "
                              "processorArchitecture=\"amd64\" language=\"neutral\" buildType=\"release\" publicKeyToken=\"31bf3856ad364e35\" />"
                              "</component>\r\n    </update>\r\n"_s
                   .arg(h, version);
    xml += u"  </package>\r\n</assembly>\r\n"_s;
    return xml.toUtf8();
}

QStringList servicingIdentities()
{
    return {u"Microsoft-Hyper-V-ClientEdition-Package~31bf3856ad364e35~amd64~~10.0.22621.1"_s,
            u"Microsoft-Windows-Client-LanguagePack-Package~31bf3856ad364e35~amd64~en-US~10.0.22621.1"_s,
            u"Microsoft-Windows-Foundation-Package~31bf3856ad364e35~amd64~~10.0.22621.1"_s,
            u"Package_for_RollupFix~31bf3856ad364e35~amd64~~22621.2428.1.10"_s};
}

bool writeServicing(const QString &root, bool damaged)
{
    const QString packages = u"Windows/servicing/Packages/"_s;
    const QStringList ids = servicingIdentities();
    const QString v = u"10.0.22621.1"_s;
    bool ok = writeFile(root, packages + ids[0] + u".mum"_s,
                        mumManifest(u"Microsoft-Hyper-V-ClientEdition-Package"_s, {}, v, u"Feature Pack"_s,
                                    {u"Microsoft-Hyper-V-All"_s, u"Microsoft-Hyper-V"_s}))
        && writeFile(root, packages + ids[1] + u".mum"_s,
                     mumManifest(u"Microsoft-Windows-Client-LanguagePack-Package"_s, u"en-US"_s, v,
                                 u"Language Pack"_s, {}))
        && writeFile(root, packages + ids[2] + u".mum"_s,
                     mumManifest(u"Microsoft-Windows-Foundation-Package"_s, {}, v, u"Foundation"_s,
                                 {u"Printing-PrintToPDFServices-Features"_s, u"SMB1Protocol"_s},
                                 {u"Microsoft-Windows-Foundation"_s}))
        && writeFile(root, packages + ids[3] + u".mum"_s,
                     mumManifest(u"Package_for_RollupFix"_s, {}, u"22621.2428.1.10"_s, u"Update"_s, {}));
    if (ok && damaged)
        ok = writeFile(root, packages + u"Broken-Package~31bf3856ad364e35~amd64~~1.0.0.0.mum"_s,
                       QByteArrayLiteral("<?xml version=\"1.0\"?>\r\n<assembly><assemblyIdentity name=\"Broken"));
    const QString editions = u"Windows/servicing/Editions/"_s;
    for (const char *edition : {"Professional", "Enterprise", "Education"}) {
        const QByteArray answer = QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n"
                                                    "<unattend xmlns=\"urn:schemas-microsoft-com:unattend\">\r\n"
                                                    "  <servicing><package action=\"stage\"><assemblyIdentity name=\"Microsoft-Windows-")
            + edition + QByteArrayLiteral("Edition\" /></package></servicing>\r\n</unattend>\r\n");
        ok = ok && writeFile(root, editions + QLatin1String(edition) + u"Edition.xml"_s, answer);
    }
    return ok && writeFile(root, editions + u"UpgradeMatrix.xml"_s, QByteArrayLiteral("<TmiMatrix />\r\n"));
}

bool writeInventoryImage(const QString &root)
{
    writeWindowsTree(root, {u"en-US"_s});
    return writeDriverStore(root, true) && writeServicing(root, true) && writeHives(root);
}

bool writeHives(const QString &root)
{
    using V = RegistryValue;
    const QString config = root + u"/Windows/System32/config/"_s;
    const QStringList ids = servicingIdentities();
    const QString cbs = u"Microsoft\\Windows\\CurrentVersion\\Component Based Servicing\\Packages\\"_s;
    HiveBuilder software;
    software.setValue(u"Microsoft\\Windows NT\\CurrentVersion"_s, V::string(u"EditionID"_s, u"Professional"_s))
        .setValue(u"Microsoft\\Windows NT\\CurrentVersion"_s, V::string(u"ProductName"_s, u"Windows 10 Pro"_s));
    const QList<quint32> states{0x40, 0x70, 0x80, 0x77};
    for (int i = 0; i < ids.size(); ++i) {
        software.setValue(cbs + ids[i], V::dword(u"CurrentState"_s, states[i]))
            .setValue(cbs + ids[i], V::dword(u"Visibility"_s, 1))
            .setValue(cbs + ids[i], V::dword(u"InstallTimeHigh"_s, 0x01d9a2b3))
            .setValue(cbs + ids[i], V::dword(u"InstallTimeLow"_s, 0x4c5d6e7f));
    }
    software.setValue(cbs + ids[0] + u"\\Updates"_s, V::dword(u"Microsoft-Hyper-V-All"_s, 0x70))
        .setValue(cbs + ids[0] + u"\\Updates"_s, V::dword(u"Microsoft-Hyper-V"_s, 0x40))
        .setValue(cbs + ids[2] + u"\\Updates"_s, V::dword(u"Printing-PrintToPDFServices-Features"_s, 0x70))
        .setValue(cbs + ids[2] + u"\\Updates"_s, V::dword(u"SMB1Protocol"_s, 0x60));
    const QString control = u"ControlSet001\\Control\\"_s;
    HiveBuilder system;
    system.setValue(u"Select"_s, V::dword(u"Current"_s, 1))
        .setValue(control + u"MUI\\UILanguages\\en-US"_s, V::dword(u"LCID"_s, 0x409))
        .setValue(control + u"MUI\\UILanguages\\en-US"_s, V::string(u"DefaultFallback"_s, QString()))
        .setValue(control + u"MUI\\UILanguages\\de-DE"_s, V::dword(u"LCID"_s, 0x407))
        .setValue(control + u"MUI\\UILanguages\\de-DE"_s, V::string(u"DefaultFallback"_s, u"en-US"_s))
        .setValue(control + u"Nls\\Language"_s, V::string(u"InstallLanguage"_s, u"0407"_s))
        .setValue(control + u"Nls\\Language"_s, V::string(u"Default"_s, u"0407"_s))
        .setValue(control + u"Nls\\Locale"_s, V::string(QString(), u"00000407"_s))
        .setValue(control + u"TimeZoneInformation"_s, V::string(u"TimeZoneKeyName"_s, u"W. Europe Standard Time"_s));
    HiveBuilder user;
    user.setValue(u"Control Panel\\International"_s, V::string(u"LocaleName"_s, u"de-DE"_s))
        .setValue(u"Keyboard Layout\\Preload"_s, V::string(u"2"_s, u"00000409"_s))
        .setValue(u"Keyboard Layout\\Preload"_s, V::string(u"1"_s, u"00000407"_s));
    return software.writeTo(config + u"SOFTWARE"_s) && system.writeTo(config + u"SYSTEM"_s)
        && user.writeTo(config + u"DEFAULT"_s);
}

QByteArray capabilityManifest(const QString &package, const QString &capability, const QString &language, const QString &capabilityVersion)
{
    return u"<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>\r\n"
               "<assembly xmlns=\"urn:schemas-microsoft-com:asm.v3\" manifestVersion=\"1.0\" copyright=\"Copyright (c) WimBench tests\">\r\n"
               "  <assemblyIdentity name=\"%1\" version=\"10.0.22621.1\" processorArchitecture=\"amd64\" language=\"neutral\" "
               "buildType=\"release\" publicKeyToken=\"31bf3856ad364e35\" />\r\n"
               "  <package identifier=\"%2\" releaseType=\"OnDemand Pack\" restart=\"possible\">\r\n"
               "    <declareCapability>\r\n"
               "      <capability>\r\n"
               "        <capabilityIdentity name=\"%2\" language=\"%3\" version=\"%4\" />\r\n"
               "      </capability>\r\n"
               "      <dependencies><depends><capabilityIdentity name=\"Core.Dependency\" version=\"0.0.1.0\" /></depends></dependencies>\r\n"
               "      <displayInformation displayName=\"%2 display\" description=\"What %2 does.\" />\r\n"
               "    </declareCapability>\r\n"
               "    <update name=\"%2-Update\"><component><assemblyIdentity name=\"%1-Deployment\" version=\"10.0.22621.1\" "
               "processorArchitecture=\"amd64\" language=\"neutral\" buildType=\"release\" publicKeyToken=\"31bf3856ad364e35\" />"
               "</component></update>\r\n"
               "  </package>\r\n</assembly>\r\n"_s
        .arg(package, capability, language.isEmpty() ? u"neutral"_s : language, capabilityVersion)
        .toUtf8();
}

QStringList capabilityNames()
{
    return {u"Browser.InternetExplorer~~~~0.0.11.0"_s, u"Language.Basic~~~en-US~0.0.1.0"_s,
            u"OneCoreUAP.OneSync~~~~0.0.1.0"_s, u"OpenSSH.Client~~~~0.0.1.0"_s};
}

bool writeCapabilities(const QString &root)
{
    struct Fod
    {
        const char *package, *capability, *language, *version;
        std::optional<quint32> state;
    };
    const Fod fods[] = {{"Microsoft-Windows-InternetExplorer-Optional-Package", "Browser.InternetExplorer", "", "0.0.11.0", 0x60},
                        {"Microsoft-Windows-LanguageFeatures-Basic-en-us-Package", "Language.Basic", "en-US", "0.0.1.0", 0x70},
                        {"Microsoft-OneCore-ApplicationModel-Sync-Desktop-FOD-Package", "OneCoreUAP.OneSync", "", "0.0.1.0", {}},
                        {"OpenSSH-Client-Package", "OpenSSH.Client", "", "0.0.1.0", 0x00}};
    const QString packages = u"Windows/servicing/Packages/"_s;
    const QString cbs = u"Microsoft\\Windows\\CurrentVersion\\Component Based Servicing\\Packages\\"_s;
    HiveBuilder software;
    bool ok = writeFile(root, packages + servicingIdentities()[2] + u".mum"_s,
                        mumManifest(u"Microsoft-Windows-Foundation-Package"_s, {}, u"10.0.22621.1"_s,
                                    u"Foundation"_s, {u"SMB1Protocol"_s}));
    for (const Fod &f : fods) {
        const QString identity = QLatin1String(f.package) + u"~31bf3856ad364e35~amd64~~10.0.22621.1"_s;
        ok = ok && writeFile(root, packages + identity + u".mum"_s,
                             capabilityManifest(QLatin1String(f.package), QLatin1String(f.capability), QLatin1String(f.language),
                                                QLatin1String(f.version)));
        if (f.state)
            software.setValue(cbs + identity, RegistryValue::dword(u"CurrentState"_s, *f.state));
    }
    return ok && software.writeTo(root + u"/Windows/System32/config/SOFTWARE"_s);
}

} // namespace wb::test
