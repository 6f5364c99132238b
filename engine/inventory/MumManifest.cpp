// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MumManifest.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::MumManifest)
};

constexpr qint64 kMaxManifestSize = 8 * 1024 * 1024;

Error damaged(const QString &fileName, const QString &what, const QString &code = QStringLiteral("inventory.mum-damaged"))
{
    return Error::make(code, Tr::tr("The package manifest %1 is damaged: %2. The package is skipped.").arg(fileName, what))
        .withRemedy(Remedy::Kind::RestoreHealthOnWindows);
}

QString attribute(const QXmlStreamReader &xml, const char *name)
{
    return xml.attributes().value(QLatin1String(name)).toString();
}

void readIdentity(const QXmlStreamReader &xml, CbsPackage &p)
{
    p.name = attribute(xml, "name");
    p.version = attribute(xml, "version");
    p.architecture = attribute(xml, "processorArchitecture");
    const QString language = attribute(xml, "language");
    p.language = language.compare(QLatin1String("neutral"), Qt::CaseInsensitive) == 0 ? QString() : language;
    p.identity = QStringList{p.name, attribute(xml, "publicKeyToken"), p.architecture, p.language, p.version}.join(u'~');
}

/// One element `level` levels inside `<declareCapability>`: `<capability><capabilityIdentity>`
/// gives DISM's capability name (name~~~language~version, the form Microsoft Learn's FoD lists
/// use; identities under `<dependencies>` are other capabilities), `<displayInformation>` the
/// display name and description.
void readCapability(const QXmlStreamReader &xml, int level, bool inCapability, CbsCapability &c)
{
    const auto name = xml.name();
    if (level == 2 && inCapability && name == QLatin1String("capabilityIdentity")) {
        const QString language = attribute(xml, "language");
        const bool neutral = language.compare(QLatin1String("neutral"), Qt::CaseInsensitive) == 0;
        c.name = QStringList{attribute(xml, "name"), QString(), QString(), neutral ? QString() : language, attribute(xml, "version")}
                     .join(u'~');
        if (attribute(xml, "name").isEmpty())
            c.name.clear();
    } else if (level == 1 && name == QLatin1String("displayInformation")) {
        c.displayName = attribute(xml, "displayName");
        c.description = attribute(xml, "description");
    }
}

/// One pass over a manifest's elements: the identity, `<package>`'s attributes, its selectable
/// `<update>` elements (the optional features) and its `<declareCapability>` elements.
struct ManifestReader
{
    CbsPackage p;
    int depth = 0;
    bool inPackage = false;
    QList<bool> selectable; // per feature: has a <selectable> child
    qsizetype update = -1;  // the <update> being read
    int updateDepth = 0;
    int capabilityDepth = 0; // depth of the <declareCapability> being read, 0 outside
    bool inCapability = false; // inside its <capability> child

    void endElement()
    {
        if (update >= 0 && depth == updateDepth)
            update = -1;
        if (depth == capabilityDepth)
            capabilityDepth = 0;
        if (capabilityDepth && depth == capabilityDepth + 1)
            inCapability = false;
        --depth;
    }

    /// False when the root element is not <assembly>.
    bool startElement(const QXmlStreamReader &xml)
    {
        ++depth;
        const auto name = xml.name();
        if (depth == 1 && name != QLatin1String("assembly"))
            return false;
        if (depth == 2 && name == QLatin1String("assemblyIdentity"))
            readIdentity(xml, p);
        inPackage = depth >= 2 && (inPackage || (depth == 2 && name == QLatin1String("package")));
        if (depth == 2 && name == QLatin1String("package")) {
            p.releaseType = attribute(xml, "releaseType");
            p.restart = attribute(xml, "restart");
        } else if (inPackage && depth == 3 && name == QLatin1String("update")) {
            p.features << CbsFeature{attribute(xml, "name"), attribute(xml, "displayName"), attribute(xml, "description"),
                                     attribute(xml, "restart"), {}, {}};
            selectable << false;
            update = p.features.size() - 1;
            updateDepth = depth;
        } else if (update >= 0 && depth == updateDepth + 1 && name == QLatin1String("selectable")) {
            selectable[update] = true;
        } else if (inPackage && depth == 3 && name == QLatin1String("declareCapability")) {
            p.capabilities << CbsCapability{};
            capabilityDepth = depth;
        } else if (capabilityDepth > 0) {
            inCapability = inCapability || (depth == capabilityDepth + 1 && name == QLatin1String("capability"));
            readCapability(xml, depth - capabilityDepth, inCapability, p.capabilities.last());
        }
        return true;
    }

    /// The package read: only selectable, named features; the identity from the file name when it
    /// has the five parts; features and capabilities tied to it.
    CbsPackage finish(const QString &fileName)
    {
        QList<CbsFeature> features;
        for (qsizetype i = 0; i < p.features.size(); ++i)
            if (selectable[i] && !p.features[i].name.isEmpty())
                features << p.features[i];
        p.features = features;
        const QString stem = QFileInfo(fileName).completeBaseName();
        if (stem.count(u'~') == 4)
            p.identity = stem;
        p.capabilities.removeIf([](const CbsCapability &c) { return c.name.isEmpty(); });
        for (CbsCapability &c : p.capabilities)
            c.package = p.identity;
        for (CbsFeature &f : p.features) {
            f.package = p.identity;
            if (f.restart.isEmpty())
                f.restart = p.restart;
        }
        return p;
    }
};

} // namespace

Result<CbsPackage> MumManifest::load(const QString &path, const QString &displayName)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(QStringLiteral("inventory.mum-unreadable"), Tr::tr("Could not read the package manifest %1.").arg(displayName),
                           file.errorString());
    if (file.size() > kMaxManifestSize)
        return damaged(displayName, Tr::tr("it is larger than 8 MiB"));
    return parse(file.readAll(), displayName);
}

Result<CbsPackage> MumManifest::parse(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.size() > kMaxManifestSize)
        return damaged(fileName, Tr::tr("it is larger than 8 MiB"));
    ManifestReader reader;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD)
            return damaged(fileName, Tr::tr("it has a document type declaration"), QStringLiteral("inventory.mum-dtd"));
        if (token == QXmlStreamReader::EndElement)
            reader.endElement();
        else if (token == QXmlStreamReader::StartElement && !reader.startElement(xml))
            return damaged(fileName, Tr::tr("its root element is <%1>, not <assembly>").arg(xml.name().toString()));
    }
    if (xml.hasError())
        return damaged(fileName, Tr::tr("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber()));
    if (reader.p.name.isEmpty())
        return damaged(fileName, Tr::tr("it has no <assemblyIdentity>"));
    return reader.finish(fileName);
}

} // namespace wb
