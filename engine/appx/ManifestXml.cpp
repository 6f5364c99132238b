// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ManifestXml.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::ManifestXml)
};
} // namespace

QString ManifestXml::attribute(const QXmlStreamAttributes &attrs, const QString &name)
{
    for (const QXmlStreamAttribute &a : attrs) {
        if (a.name() == name)
            return a.value().toString();
    }
    return {};
}

QString ManifestXml::tooManyAttributes(const QByteArray &xml)
{
    qsizetype most = 0;
    qsizetype at = 0;
    const qsizetype size = xml.size();
    while ((at = xml.indexOf('<', at)) >= 0) {
        if (QByteArrayView(xml).sliced(at).startsWith("<!--")) {
            const qsizetype end = xml.indexOf("-->", at + 4);
            if (end < 0)
                break;
            at = end + 3;
            continue;
        }
        if (QByteArrayView(xml).sliced(at).startsWith("<![CDATA[")) {
            const qsizetype end = xml.indexOf("]]>", at + 9);
            if (end < 0)
                break;
            at = end + 3;
            continue;
        }
        qsizetype count = 0;
        char quote = 0;
        for (++at; at < size; ++at) {
            const char c = xml.at(at);
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '=') {
                ++count;
            } else if (c == '>') {
                break;
            }
        }
        most = std::max(most, count);
    }
    return most > MaxAttributes ? Tr::tr("an element has more than %1 attributes").arg(MaxAttributes) : QString();
}

bool ManifestXml::hasAttribute(const QXmlStreamAttributes &attrs, const QString &name)
{
    for (const QXmlStreamAttribute &a : attrs) {
        if (a.name() == name)
            return true;
    }
    return false;
}

Error ManifestXml::invalid(const QString &what) const
{
    return Error::make(m_prefix + QStringLiteral("-invalid"),
                       Tr::tr("The manifest %1 is not valid: %2. The package is damaged or was not made for Windows.").arg(m_file, what));
}

Error ManifestXml::malformed(const QXmlStreamReader &reader) const
{
    Error e = invalid(Tr::tr("the XML is malformed (line %1: %2)").arg(reader.lineNumber()).arg(reader.errorString()));
    e.code = m_prefix + QStringLiteral("-malformed");
    return e;
}

Error ManifestXml::missing(const QString &element) const
{
    return Error::make(m_prefix + QStringLiteral("-missing-element"),
                       Tr::tr("The manifest %1 lacks the required %2. The package is damaged or incomplete.").arg(m_file, element));
}

Error ManifestXml::badValue(const QString &element, const QString &value, const QString &expected) const
{
    return Error::make(m_prefix + QStringLiteral("-invalid-value"),
                       Tr::tr("The manifest %1 has \"%2\" as %3, which is not %4.").arg(m_file, value, element, expected));
}

Status ManifestXml::requiredText(const QXmlStreamAttributes &attrs, const QString &element, const QString &attributeName, QString *out) const
{
    *out = attribute(attrs, attributeName).trimmed();
    if (out->isEmpty())
        return missing(element + QLatin1Char(' ') + attributeName);
    return {};
}

Result<PackageVersion> ManifestXml::version(const QString &text, const QString &element) const
{
    const auto v = PackageVersion::parse(text);
    if (!v)
        return badValue(element, text, Tr::tr("a version of four numbers 0-65535 such as 1.0.0.0"));
    return *v;
}

Result<bool> ManifestXml::boolean(const QString &text, const QString &element) const
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("true") || t == QLatin1String("1"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("0"))
        return false;
    return badValue(element, text, Tr::tr("true or false"));
}

Result<PackageArchitecture> ManifestXml::architecture(const QString &text, const QString &element) const
{
    const auto a = parseArchitecture(text);
    if (!a)
        return badValue(element, text, Tr::tr("one of neutral, x86, x64, arm, arm64, x86a64"));
    return *a;
}

Status ManifestXml::checkResourceId(const QString &value, const QString &element) const
{
    static const QRegularExpression pattern(QStringLiteral("^[-.A-Za-z0-9]{1,30}$"));
    if (!value.isEmpty() && !pattern.match(value).hasMatch())
        return badValue(element, value, Tr::tr("a resource id of 1 to 30 letters, digits, '.' or '-'"));
    return {};
}

Status ManifestXml::identity(const QXmlStreamAttributes &attrs, const QString &element, PackageIdentity *out, bool package) const
{
    static const QRegularExpression namePattern(QStringLiteral("^[-.A-Za-z0-9]{3,50}$"));
    WB_TRY(requiredText(attrs, element, QStringLiteral("Name"), &out->name));
    if (!namePattern.match(out->name).hasMatch())
        return badValue(element + QStringLiteral(" Name"), out->name, Tr::tr("a name of 3 to 50 letters, digits, '.' or '-'"));
    WB_TRY(requiredText(attrs, element, QStringLiteral("Publisher"), &out->publisher));
    if (out->publisher.size() > 8192)
        return badValue(element + QStringLiteral(" Publisher"), out->publisher.left(40), Tr::tr("a publisher of at most 8192 characters"));
    QString versionText;
    WB_TRY(requiredText(attrs, element, QStringLiteral("Version"), &versionText));
    auto v = version(versionText, element + QStringLiteral(" Version"));
    if (!v)
        return v.error();
    out->version = *v;
    if (package) {
        auto a = architecture(attribute(attrs, QStringLiteral("ProcessorArchitecture")), element + QStringLiteral(" ProcessorArchitecture"));
        if (!a)
            return a.error();
        out->architecture = *a;
        out->resourceId = attribute(attrs, QStringLiteral("ResourceId")).trimmed();
        WB_TRY(checkResourceId(out->resourceId, element + QStringLiteral(" ResourceId")));
    } else {
        out->architecture = PackageArchitecture::Neutral;
        out->resourceId = QStringLiteral("~");
    }
    return {};
}

Result<TargetDeviceFamily> ManifestXml::targetDeviceFamily(const QXmlStreamAttributes &attrs) const
{
    TargetDeviceFamily t;
    WB_TRY(requiredText(attrs, QStringLiteral("TargetDeviceFamily"), QStringLiteral("Name"), &t.name));
    QString minVersion;
    WB_TRY(requiredText(attrs, QStringLiteral("TargetDeviceFamily"), QStringLiteral("MinVersion"), &minVersion));
    auto v = version(minVersion, QStringLiteral("TargetDeviceFamily MinVersion"));
    if (!v)
        return v.error();
    t.minVersion = *v;
    const QString maxTested = attribute(attrs, QStringLiteral("MaxVersionTested"));
    if (!maxTested.isEmpty()) {
        auto m = version(maxTested, QStringLiteral("TargetDeviceFamily MaxVersionTested"));
        if (!m)
            return m.error();
        t.maxVersionTested = *m;
    }
    return t;
}

Result<PackageResource> ManifestXml::resource(const QXmlStreamAttributes &attrs) const
{
    PackageResource r;
    r.language = attribute(attrs, QStringLiteral("Language")).trimmed();
    const QString scale = attribute(attrs, QStringLiteral("Scale")).trimmed();
    if (!scale.isEmpty()) {
        bool ok = false;
        const int s = scale.toInt(&ok);
        if (!ok || s <= 0)
            return badValue(QStringLiteral("Resource Scale"), scale, Tr::tr("a positive whole number such as 100 or 200"));
        r.scale = s;
    }
    r.dxFeatureLevel = attribute(attrs, QStringLiteral("DXFeatureLevel")).trimmed().toLower();
    if (!r.dxFeatureLevel.isEmpty() && !QRegularExpression(QStringLiteral("^dx(9|10|11|12)$")).match(r.dxFeatureLevel).hasMatch())
        return badValue(QStringLiteral("Resource DXFeatureLevel"), r.dxFeatureLevel, Tr::tr("one of dx9, dx10, dx11, dx12"));
    if (r.language.isEmpty() && !r.scale && r.dxFeatureLevel.isEmpty())
        return missing(QStringLiteral("Resource Language, Scale or DXFeatureLevel"));
    return r;
}

} // namespace wb
