// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DriverStore.h"
#include "DriverDatabase.h"

#include "core/Operation.h"
#include "core/Digest.h"
#include "core/ImagePath.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QRegularExpression>

#include <optional>

namespace wb {

namespace {

QDate driverDate(const QString &text)
{
    const QStringList parts = text.trimmed().split(u'/');
    if (parts.size() != 3)
        return {};
    return QDate(parts[2].toInt(), parts[0].toInt(), parts[1].toInt());
}

/// The service-install sections named by every `AddService = name, flags, section` line.
QStringList serviceInstallSections(const InfFile &inf)
{
    QStringList sections;
    for (const QString &name : inf.sectionNames())
        for (const InfLine &l : inf.lines(name))
            if (l.key.compare(QLatin1String("AddService"), Qt::CaseInsensitive) == 0 && l.values.size() >= 3)
                sections << inf.resolve(l.values.at(2));
    return sections;
}

/// StartType 0 is SERVICE_BOOT_START ("INF AddService Directive", Microsoft Learn).
bool installsBootService(const InfFile &inf)
{
    for (const QString &section : serviceInstallSections(inf)) {
        bool ok = false;
        const QString start = inf.value(section, QStringLiteral("StartType"));
        const uint type = start.startsWith(QLatin1String("0x"), Qt::CaseInsensitive) ? start.mid(2).toUInt(&ok, 16) : start.toUInt(&ok, 10);
        if (ok && type == 0)
            return true;
    }
    return false;
}

/// "NTamd64.10.0...1" -> "amd64"; "NT" or "" -> "".
QString decorationArchitecture(const QString &decoration)
{
    const QString platform = decoration.section(u'.', 0, 0).toLower();
    return platform.startsWith(QLatin1String("nt")) ? platform.mid(2) : QString();
}

/// The install section Windows chooses for a model: `<name>.NT<arch>`, then `<name>.NT`, then `<name>`.
QString installSection(const InfFile &inf, const QString &name, const QString &architecture)
{
    if (!architecture.isEmpty() && inf.hasSection(name + QStringLiteral(".NT") + architecture))
        return name + QStringLiteral(".NT") + architecture;
    if (inf.hasSection(name + QStringLiteral(".NT")))
        return name + QStringLiteral(".NT");
    return name;
}

struct StoreEntry
{
    QString folder;  ///< image-relative folder in FileRepository
    QString infName;
    QString infPath; ///< on disk
    qint64 size = 0;
};

/// Every `<name>.inf_<arch>_<hash>/<name>.inf` of the driver store.
QList<StoreEntry> storeEntries(const QString &root)
{
    QList<StoreEntry> entries;
    const QString repository = ImagePath::resolve(root, DriverStore::repositoryFolder());
    const QStringList folders = QDir(repository).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::IgnoreCase);
    for (const QString &folder : folders) {
        const qsizetype at = folder.indexOf(QLatin1String(".inf_"), 0, Qt::CaseInsensitive);
        if (at <= 0)
            continue;
        const QString infName = folder.left(at + 4);
        const QFileInfo inf(ImagePath::resolve(repository + u'/' + folder, infName));
        if (inf.isFile())
            entries << StoreEntry{DriverStore::repositoryFolder() + u'/' + folder, inf.fileName(), inf.filePath(), inf.size()};
    }
    return entries;
}

QByteArray fileDigest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > 16 * 1024 * 1024)
        return {};
    return Digest::hash(f.readAll());
}

} // namespace

bool DriverStore::isPublishedName(const QString &fileName)
{
    static const QRegularExpression re(QStringLiteral("^oem[0-9]+\\.inf$"), QRegularExpression::CaseInsensitiveOption);
    return re.match(fileName).hasMatch();
}

DriverPackage DriverStore::describe(const InfFile &inf)
{
    DriverPackage p;
    p.className = inf.value(QStringLiteral("Version"), QStringLiteral("Class"));
    p.classGuid = inf.value(QStringLiteral("Version"), QStringLiteral("ClassGuid")).toUpper();
    p.providerName = inf.value(QStringLiteral("Version"), QStringLiteral("Provider"));
    const QStringList driverVer = inf.values(QStringLiteral("Version"), QStringLiteral("DriverVer"));
    p.date = driverDate(driverVer.value(0));
    p.version = driverVer.value(1);
    p.catalogFile = inf.value(QStringLiteral("Version"), QStringLiteral("CatalogFile"));
    p.bootCritical = installsBootService(inf);
    return p;
}

QList<DriverDevice> DriverStore::devices(const InfFile &inf)
{
    QList<DriverDevice> devices;
    for (const InfLine &m : inf.lines(QStringLiteral("Manufacturer"))) {
        if (m.values.isEmpty())
            continue;
        const QString manufacturer = inf.resolve(m.key.isEmpty() ? m.values.first() : m.key);
        const QString models = inf.resolve(m.values.first());
        QStringList decorations = m.values.mid(1);
        if (decorations.isEmpty())
            decorations << QString();
        for (const QString &decoration : std::as_const(decorations)) {
            const QString architecture = decorationArchitecture(decoration);
            const QString section = decoration.isEmpty() ? models : models + u'.' + inf.resolve(decoration);
            for (const InfLine &l : inf.lines(section)) {
                if (l.values.size() < 2)
                    continue;
                DriverDevice d;
                d.manufacturer = manufacturer;
                d.description = inf.resolve(l.key);
                d.architecture = architecture;
                d.hardwareId = inf.resolve(l.values.at(1));
                for (const QString &id : l.values.mid(2))
                    d.compatibleIds << inf.resolve(id);
                const QString install = installSection(inf, inf.resolve(l.values.at(0)), architecture);
                const QStringList service = inf.values(install + QStringLiteral(".Services"), QStringLiteral("AddService"));
                d.serviceName = service.value(0);
                devices << d;
            }
        }
    }
    return devices;
}

namespace {

/// A third-party package described by its DRIVERS hive entry alone, for a package whose INF cannot
/// be read: published and original name, provider, catalog, class GUID, date and version.
DriverPackage fromHive(const DriverDatabase::Entry &e, const QString &infPath)
{
    DriverPackage p;
    p.publishedName = e.publishedName;
    p.originalFileName = e.infName;
    p.infPath = infPath;
    p.driverStorePath = infPath;
    p.classGuid = e.version.classGuid;
    p.providerName = e.provider;
    p.date = e.version.date;
    p.version = e.version.version;
    p.catalogFile = e.catalog;
    return p;
}

/// Fills from the hive entry what the INF does not say.
void complete(DriverPackage &p, const DriverDatabase::Entry *e)
{
    if (!e)
        return;
    if (p.providerName.isEmpty())
        p.providerName = e->provider;
    if (!p.date.isValid())
        p.date = e->version.date;
    if (p.version.isEmpty())
        p.version = e->version.version;
    if (p.classGuid.isEmpty())
        p.classGuid = e->version.classGuid;
}

} // namespace

namespace {

/// One scan of an image's driver packages (DriverStore::scan): first the published oemN.inf
/// files, each tied to its driver store copy, then the store packages not published that way.
struct DriverScan
{
    const DriverDatabase &database;
    const QList<StoreEntry> &store;
    OperationContext &context;
    QStringList *problems;
    QList<bool> published; ///< per store entry: listed under an oemN.inf
    QList<DriverPackage> packages;

    std::optional<DriverPackage> read(const QString &path, const QString &relative, const DriverDatabase::Entry *entry)
    {
        auto inf = InfFile::load(path, relative);
        if (!inf) {
            context.warning(inf.error().logLine());
            if (problems)
                *problems << inf.error().message;
            return std::nullopt;
        }
        DriverPackage p = DriverStore::describe(*inf);
        p.infPath = relative;
        complete(p, entry);
        return p;
    }

    /// Store entries by lower-case folder name and, for those of the size of a published INF
    /// (only they can be its copy, so the others are not read twice; bench/RESULTS.md,
    /// inventory), by content digest.
    void index(const QString &infDir, QHash<QByteArray, qsizetype> &byDigest, QHash<QString, qsizetype> &byFolder) const
    {
        QSet<qint64> publishedSizes;
        for (const QFileInfo &f : QDir(infDir).entryInfoList({QStringLiteral("oem*.inf")}, QDir::Files))
            publishedSizes.insert(f.size());
        for (qsizetype i = 0; i < store.size(); ++i) {
            byFolder.insert(store[i].folder.section(u'/', -1).toLower(), i);
            if (publishedSizes.contains(store[i].size))
                byDigest.insert(fileDigest(store[i].infPath), i);
        }
    }

    Status addPublished(const QString &infDir)
    {
        QHash<QByteArray, qsizetype> byDigest;
        QHash<QString, qsizetype> byFolder;
        index(infDir, byDigest, byFolder);
        const QStringList infs = QDir(infDir).entryList({QStringLiteral("*.inf")}, QDir::Files, QDir::Name | QDir::IgnoreCase);
        for (const QString &name : infs) {
            if (context.isCancelled())
                return Error::cancelled();
            if (!DriverStore::isPublishedName(name))
                continue;
            const DriverDatabase::Entry *entry = database.published(name);
            auto p = read(infDir + u'/' + name, DriverStore::infFolder() + u'/' + name, entry);
            if (!p)
                continue; // with a hive entry, its driver store folder is listed by addStore
            p->publishedName = name;
            p->originalFileName = name;
            qsizetype copy = byDigest.value(fileDigest(infDir + u'/' + name), -1);
            if (copy < 0 && entry)
                copy = byFolder.value(entry->folder.toLower(), -1); // the hive names its folder
            if (copy >= 0) {
                published[copy] = true;
                p->originalFileName = store[copy].infName;
                p->driverStorePath = store[copy].folder + u'/' + store[copy].infName;
            } else {
                context.warning(QStringLiteral("%1 has no copy in the driver store (%2); its original file name is not known.")
                                    .arg(name, DriverStore::repositoryFolder()));
            }
            packages << *p;
        }
        return {};
    }

    Status addStore(bool includeInbox)
    {
        for (qsizetype i = 0; i < store.size(); ++i) {
            if (context.isCancelled())
                return Error::cancelled();
            // A package published as oemN.inf by the DRIVERS hive is third party even when its
            // Windows/INF copy is missing; the others are inbox (inventory/README.md).
            const DriverDatabase::Entry *entry = database.package(store[i].folder.section(u'/', -1));
            const bool thirdParty = entry && DriverStore::isPublishedName(entry->publishedName);
            if (published[i] || (!includeInbox && !thirdParty))
                continue;
            const QString relative = store[i].folder + u'/' + store[i].infName;
            auto p = read(store[i].infPath, relative, entry);
            if (!p && thirdParty)
                p = fromHive(*entry, relative); // the INF is not readable: the hive still knows date and version
            if (!p)
                continue;
            p->publishedName = thirdParty ? entry->publishedName : store[i].infName;
            p->originalFileName = store[i].infName;
            p->driverStorePath = p->infPath;
            p->inbox = !thirdParty;
            packages << *p;
        }
        return {};
    }
};

} // namespace

Result<QList<DriverPackage>> DriverStore::scan(const QString &root, bool includeInbox, OperationContext &context, QStringList *problems)
{
    auto database = DriverDatabase::read(root);
    if (!database)
        return database.error();
    const QList<StoreEntry> store = storeEntries(root);
    DriverScan scan{*database, store, context, problems, QList<bool>(store.size(), false), {}};
    WB_TRY(scan.addPublished(ImagePath::resolve(root, infFolder())));
    WB_TRY(scan.addStore(includeInbox));
    return scan.packages;
}

} // namespace wb
