#include "InventoryImageBuilder.h"

#include "HiveBuilder.h"
#include "WimBuilder.h"

#include <QStringEncoder>

#include <optional>

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
    return utf16LeWithBom(QStringLiteral(
        "; wbstor.inf -- WimBench test storage controller, saved as UTF-16LE like many storage INFs\r\n"
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
        "WbStor.Desc=\"WimBench SATA AHCI Controller\"\r\n"));
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
    const QString repo = QStringLiteral("Windows/System32/DriverStore/FileRepository/");
    bool ok = writeFile(root, repo + QStringLiteral("wbnet.inf_amd64_8f3b2c1d0e9a7b65/wbnet.inf"), networkInf())
        && writeFile(root, repo + QStringLiteral("wbnet.inf_amd64_8f3b2c1d0e9a7b65/wbnet.cat"), randomBytes(300, 1))
        && writeFile(root, repo + QStringLiteral("wbnet.inf_amd64_8f3b2c1d0e9a7b65/wbnet.sys"), randomBytes(4000, 2))
        && writeFile(root, QStringLiteral("Windows/INF/oem0.inf"), networkInf())
        && writeFile(root, repo + QStringLiteral("wbstor.inf_amd64_1a2b3c4d5e6f7081/wbstor.inf"), storageInf())
        && writeFile(root, QStringLiteral("Windows/INF/oem1.inf"), storageInf())
        && writeFile(root, repo + QStringLiteral("wbinbox.inf_amd64_0011223344556677/wbinbox.inf"), inboxInf())
        && writeFile(root, QStringLiteral("Windows/INF/wbinbox.inf"), inboxInf());
    if (ok && damaged)
        ok = writeFile(root, QStringLiteral("Windows/INF/oem2.inf"), QByteArrayLiteral("[Version\r\nClass=Net\r\n"));
    return ok;
}

bool writeDriversHive(const QString &root)
{
    QByteArray cam = inboxInf();
    cam.replace("; wbinbox.inf -- an inbox system device", "; wbcam.inf -- a camera published only in the DRIVERS hive");
    cam.replace("Provider=%MSFT%\r\n", "");
    cam.replace("Class=System", "Class=Camera");
    const QString folder = QStringLiteral("wbcam.inf_amd64_55aa66bb77cc88dd");
    if (!writeFile(root, QStringLiteral("Windows/System32/DriverStore/FileRepository/") + folder + QStringLiteral("/wbcam.inf"), cam))
        return false;
    const QString packages = QStringLiteral("DriverDatabase\\DriverPackages\\");
    HiveBuilder drivers;
    const QList<std::pair<QString, QString>> published{{QStringLiteral("wbnet.inf_amd64_8f3b2c1d0e9a7b65"), QStringLiteral("oem0.inf")},
                                                       {QStringLiteral("wbstor.inf_amd64_1a2b3c4d5e6f7081"), QStringLiteral("oem1.inf")},
                                                       {folder, QStringLiteral("oem3.inf")},
                                                       {QStringLiteral("wbinbox.inf_amd64_0011223344556677"), QStringLiteral("wbinbox.inf")}};
    for (const auto &[key, name] : published)
        drivers.setValue(packages + key, RegistryValue::string(QString(), name))
            .setValue(packages + key, RegistryValue::string(QStringLiteral("Provider"), QStringLiteral("WimBench Camera Vendor")));
    drivers.setValue(QStringLiteral("DriverDatabase\\DriverInfFiles\\oem3.inf"), RegistryValue::string(QStringLiteral("Active"), folder));
    return drivers.writeTo(root + QStringLiteral("/Windows/System32/config/DRIVERS"));
}

QByteArray mumManifest(const QString &name, const QString &language, const QString &version, const QString &releaseType,
                       const QStringList &features, const QStringList &hidden)
{
    QString xml = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>\r\n"
        "<assembly xmlns=\"urn:schemas-microsoft-com:asm.v3\" manifestVersion=\"1.0\" copyright=\"Copyright (c) WimBench tests\">\r\n"
        "  <assemblyIdentity name=\"%1\" version=\"%2\" processorArchitecture=\"amd64\" language=\"%3\" buildType=\"release\" "
        "publicKeyToken=\"31bf3856ad364e35\" />\r\n"
        "  <package identifier=\"%1\" releaseType=\"%4\" restart=\"possible\">\r\n")
                      .arg(name, version, language.isEmpty() ? QStringLiteral("neutral") : language, releaseType);
    for (const QString &f : features)
        xml += QStringLiteral("    <update name=\"%1\" displayName=\"%1 display\" description=\"What %1 does.\">\r\n"
                              "      <selectable disposition=\"staged\">\r\n        <detectNone default=\"false\" />\r\n      </selectable>\r\n"
                              "      <component><assemblyIdentity name=\"%1-Deployment\" version=\"%2\" processorArchitecture=\"amd64\" "
                              "language=\"neutral\" buildType=\"release\" publicKeyToken=\"31bf3856ad364e35\" /></component>\r\n"
                              "    </update>\r\n")
                   .arg(f, version);
    for (const QString &h : hidden)
        xml += QStringLiteral("    <update name=\"%1\">\r\n      <component><assemblyIdentity name=\"%1-Deployment\" version=\"%2\" "
                              "processorArchitecture=\"amd64\" language=\"neutral\" buildType=\"release\" publicKeyToken=\"31bf3856ad364e35\" />"
                              "</component>\r\n    </update>\r\n")
                   .arg(h, version);
    xml += QStringLiteral("  </package>\r\n</assembly>\r\n");
    return xml.toUtf8();
}

QStringList servicingIdentities()
{
    return {QStringLiteral("Microsoft-Hyper-V-ClientEdition-Package~31bf3856ad364e35~amd64~~10.0.22621.1"),
            QStringLiteral("Microsoft-Windows-Client-LanguagePack-Package~31bf3856ad364e35~amd64~en-US~10.0.22621.1"),
            QStringLiteral("Microsoft-Windows-Foundation-Package~31bf3856ad364e35~amd64~~10.0.22621.1"),
            QStringLiteral("Package_for_RollupFix~31bf3856ad364e35~amd64~~22621.2428.1.10")};
}

bool writeServicing(const QString &root, bool damaged)
{
    const QString packages = QStringLiteral("Windows/servicing/Packages/");
    const QStringList ids = servicingIdentities();
    const QString v = QStringLiteral("10.0.22621.1");
    bool ok = writeFile(root, packages + ids[0] + QStringLiteral(".mum"),
                        mumManifest(QStringLiteral("Microsoft-Hyper-V-ClientEdition-Package"), {}, v, QStringLiteral("Feature Pack"),
                                    {QStringLiteral("Microsoft-Hyper-V-All"), QStringLiteral("Microsoft-Hyper-V")}))
        && writeFile(root, packages + ids[1] + QStringLiteral(".mum"),
                     mumManifest(QStringLiteral("Microsoft-Windows-Client-LanguagePack-Package"), QStringLiteral("en-US"), v,
                                 QStringLiteral("Language Pack"), {}))
        && writeFile(root, packages + ids[2] + QStringLiteral(".mum"),
                     mumManifest(QStringLiteral("Microsoft-Windows-Foundation-Package"), {}, v, QStringLiteral("Foundation"),
                                 {QStringLiteral("Printing-PrintToPDFServices-Features"), QStringLiteral("SMB1Protocol")},
                                 {QStringLiteral("Microsoft-Windows-Foundation")}))
        && writeFile(root, packages + ids[3] + QStringLiteral(".mum"),
                     mumManifest(QStringLiteral("Package_for_RollupFix"), {}, QStringLiteral("22621.2428.1.10"), QStringLiteral("Update"), {}));
    if (ok && damaged)
        ok = writeFile(root, packages + QStringLiteral("Broken-Package~31bf3856ad364e35~amd64~~1.0.0.0.mum"),
                       QByteArrayLiteral("<?xml version=\"1.0\"?>\r\n<assembly><assemblyIdentity name=\"Broken"));
    const QString editions = QStringLiteral("Windows/servicing/Editions/");
    for (const char *edition : {"Professional", "Enterprise", "Education"}) {
        const QByteArray answer = QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n"
                                                    "<unattend xmlns=\"urn:schemas-microsoft-com:unattend\">\r\n"
                                                    "  <servicing><package action=\"stage\"><assemblyIdentity name=\"Microsoft-Windows-")
            + edition + QByteArrayLiteral("Edition\" /></package></servicing>\r\n</unattend>\r\n");
        ok = ok && writeFile(root, editions + QLatin1String(edition) + QStringLiteral("Edition.xml"), answer);
    }
    return ok && writeFile(root, editions + QStringLiteral("UpgradeMatrix.xml"), QByteArrayLiteral("<TmiMatrix />\r\n"));
}

bool writeInventoryImage(const QString &root)
{
    writeWindowsTree(root, {QStringLiteral("en-US")});
    return writeDriverStore(root, true) && writeServicing(root, true) && writeHives(root);
}

bool writeHives(const QString &root)
{
    using V = RegistryValue;
    const QString config = root + QStringLiteral("/Windows/System32/config/");
    const QStringList ids = servicingIdentities();
    const QString cbs = QStringLiteral("Microsoft\\Windows\\CurrentVersion\\Component Based Servicing\\Packages\\");
    HiveBuilder software;
    software.setValue(QStringLiteral("Microsoft\\Windows NT\\CurrentVersion"), V::string(QStringLiteral("EditionID"), QStringLiteral("Professional")))
        .setValue(QStringLiteral("Microsoft\\Windows NT\\CurrentVersion"), V::string(QStringLiteral("ProductName"), QStringLiteral("Windows 10 Pro")));
    const QList<quint32> states{0x40, 0x70, 0x80, 0x77};
    for (int i = 0; i < ids.size(); ++i) {
        software.setValue(cbs + ids[i], V::dword(QStringLiteral("CurrentState"), states[i]))
            .setValue(cbs + ids[i], V::dword(QStringLiteral("Visibility"), 1))
            .setValue(cbs + ids[i], V::dword(QStringLiteral("InstallTimeHigh"), 0x01d9a2b3))
            .setValue(cbs + ids[i], V::dword(QStringLiteral("InstallTimeLow"), 0x4c5d6e7f));
    }
    software.setValue(cbs + ids[0] + QStringLiteral("\\Updates"), V::dword(QStringLiteral("Microsoft-Hyper-V-All"), 0x70))
        .setValue(cbs + ids[0] + QStringLiteral("\\Updates"), V::dword(QStringLiteral("Microsoft-Hyper-V"), 0x40))
        .setValue(cbs + ids[2] + QStringLiteral("\\Updates"), V::dword(QStringLiteral("Printing-PrintToPDFServices-Features"), 0x70))
        .setValue(cbs + ids[2] + QStringLiteral("\\Updates"), V::dword(QStringLiteral("SMB1Protocol"), 0x60));
    const QString control = QStringLiteral("ControlSet001\\Control\\");
    HiveBuilder system;
    system.setValue(QStringLiteral("Select"), V::dword(QStringLiteral("Current"), 1))
        .setValue(control + QStringLiteral("MUI\\UILanguages\\en-US"), V::dword(QStringLiteral("LCID"), 0x409))
        .setValue(control + QStringLiteral("MUI\\UILanguages\\en-US"), V::string(QStringLiteral("DefaultFallback"), QString()))
        .setValue(control + QStringLiteral("MUI\\UILanguages\\de-DE"), V::dword(QStringLiteral("LCID"), 0x407))
        .setValue(control + QStringLiteral("MUI\\UILanguages\\de-DE"), V::string(QStringLiteral("DefaultFallback"), QStringLiteral("en-US")))
        .setValue(control + QStringLiteral("Nls\\Language"), V::string(QStringLiteral("InstallLanguage"), QStringLiteral("0407")))
        .setValue(control + QStringLiteral("Nls\\Language"), V::string(QStringLiteral("Default"), QStringLiteral("0407")))
        .setValue(control + QStringLiteral("Nls\\Locale"), V::string(QString(), QStringLiteral("00000407")))
        .setValue(control + QStringLiteral("TimeZoneInformation"), V::string(QStringLiteral("TimeZoneKeyName"), QStringLiteral("W. Europe Standard Time")));
    HiveBuilder user;
    user.setValue(QStringLiteral("Control Panel\\International"), V::string(QStringLiteral("LocaleName"), QStringLiteral("de-DE")))
        .setValue(QStringLiteral("Keyboard Layout\\Preload"), V::string(QStringLiteral("2"), QStringLiteral("00000409")))
        .setValue(QStringLiteral("Keyboard Layout\\Preload"), V::string(QStringLiteral("1"), QStringLiteral("00000407")));
    return software.writeTo(config + QStringLiteral("SOFTWARE")) && system.writeTo(config + QStringLiteral("SYSTEM"))
        && user.writeTo(config + QStringLiteral("DEFAULT"));
}

QByteArray capabilityManifest(const QString &package, const QString &capability, const QString &language, const QString &capabilityVersion)
{
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>\r\n"
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
               "  </package>\r\n</assembly>\r\n")
        .arg(package, capability, language.isEmpty() ? QStringLiteral("neutral") : language, capabilityVersion)
        .toUtf8();
}

QStringList capabilityNames()
{
    return {QStringLiteral("Browser.InternetExplorer~~~~0.0.11.0"), QStringLiteral("Language.Basic~~~en-US~0.0.1.0"),
            QStringLiteral("OneCoreUAP.OneSync~~~~0.0.1.0"), QStringLiteral("OpenSSH.Client~~~~0.0.1.0")};
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
    const QString packages = QStringLiteral("Windows/servicing/Packages/");
    const QString cbs = QStringLiteral("Microsoft\\Windows\\CurrentVersion\\Component Based Servicing\\Packages\\");
    HiveBuilder software;
    bool ok = writeFile(root, packages + servicingIdentities()[2] + QStringLiteral(".mum"),
                        mumManifest(QStringLiteral("Microsoft-Windows-Foundation-Package"), {}, QStringLiteral("10.0.22621.1"),
                                    QStringLiteral("Foundation"), {QStringLiteral("SMB1Protocol")}));
    for (const Fod &f : fods) {
        const QString identity = QLatin1String(f.package) + QStringLiteral("~31bf3856ad364e35~amd64~~10.0.22621.1");
        ok = ok && writeFile(root, packages + identity + QStringLiteral(".mum"),
                             capabilityManifest(QLatin1String(f.package), QLatin1String(f.capability), QLatin1String(f.language),
                                                QLatin1String(f.version)));
        if (f.state)
            software.setValue(cbs + identity, RegistryValue::dword(QStringLiteral("CurrentState"), *f.state));
    }
    return ok && software.writeTo(root + QStringLiteral("/Windows/System32/config/SOFTWARE"));
}

} // namespace wb::test
