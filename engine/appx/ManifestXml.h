// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppxManifest.h"
#include "PackageIdentity.h"

#include "core/Result.h"

#include <QString>
#include <QXmlStreamAttributes>

namespace wb {

/// Shared checks of the package and bundle manifest parsers: attribute lookup by local name (any
/// namespace prefix), identity and version validation, and errors that name the file and the
/// element. Internal to engine/appx; used on the parsing thread only.
class ManifestXml
{
public:
    /// `codePrefix` is "appx.manifest" or "appx.bundle-manifest".
    ManifestXml(QString file, QString codePrefix) : m_file(std::move(file)), m_prefix(std::move(codePrefix)) {}

    /// The value of the attribute with local name `name`, whatever its namespace.
    static QString attribute(const QXmlStreamAttributes &attrs, const QString &name);
    static bool hasAttribute(const QXmlStreamAttributes &attrs, const QString &name);

    /// QXmlStreamReader compares every attribute of a tag with every other one, so a tag with a
    /// million attributes takes hours: every reader of XML from a package or an image calls this
    /// first and refuses the document when it returns a reason ("an element has more than 256
    /// attributes"). Empty when no start tag has more than MaxAttributes (counted on the raw
    /// bytes, comments and CDATA skipped).
    static QString tooManyAttributes(const QByteArray &xml);
    static constexpr qsizetype MaxAttributes = 256;

    Error invalid(const QString &what) const;
    /// "<prefix>-malformed": the XML itself cannot be read (`reader` stopped with an error).
    Error malformed(const QXmlStreamReader &reader) const;
    Error missing(const QString &element) const;
    Error badValue(const QString &element, const QString &value, const QString &expected) const;

    Status requiredText(const QXmlStreamAttributes &attrs, const QString &element, const QString &attribute, QString *out) const;
    Result<PackageVersion> version(const QString &text, const QString &element) const;
    Result<bool> boolean(const QString &text, const QString &element) const;
    Result<PackageArchitecture> architecture(const QString &text, const QString &element) const;
    /// Name, Publisher, Version; with `package` also ProcessorArchitecture and ResourceId.
    Status identity(const QXmlStreamAttributes &attrs, const QString &element, PackageIdentity *out, bool package) const;
    Result<TargetDeviceFamily> targetDeviceFamily(const QXmlStreamAttributes &attrs) const;
    Result<PackageResource> resource(const QXmlStreamAttributes &attrs) const;
    Status checkResourceId(const QString &value, const QString &element) const;

private:
    QString m_file;
    QString m_prefix;
};

} // namespace wb
