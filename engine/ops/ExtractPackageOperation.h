// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Operation.h"

#include <QString>

namespace wb {

/// Extracts a package's payload and footprint files (never [Content_Types].xml) into a new folder,
/// checking every 64 KiB block against the block map as it streams. For a bundle, `innerFileName`
/// chooses one of its packages (opened in place); without it the bundle's own footprint
/// (bundle manifest, block map, signature) is written. `destination` must not exist; on failure or
/// cancellation nothing is left behind.
class ExtractPackageOperation : public Operation
{
public:
    ExtractPackageOperation(QString packagePath, QString destination, QString innerFileName = {});

    QString name() const override { return QStringLiteral("Extract-Package"); }
    QString description() const override;
    QList<std::pair<QString, QString>> parameters() const override;
    QString component() const override { return QStringLiteral("AppX"); }
    Status run(OperationContext &context) override;

    /// Files and bytes written (after success).
    int fileCount() const { return m_fileCount; }
    quint64 bytesWritten() const { return m_bytes; }
    /// Full name of what was extracted.
    QString fullName() const { return m_fullName; }

private:
    QString m_path;
    QString m_destination;
    QString m_inner;
    int m_fileCount = 0;
    quint64 m_bytes = 0;
    QString m_fullName;
};

} // namespace wb
