// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Operation.h"
#include "wim/WimFile.h"

#include <QFileInfo>
#include <QStringList>

namespace wb {

/// /Split-Image, Split-WindowsImage: splits a WIM into a set of .swm parts of at most the given
/// size (a single file larger than that still goes whole into one part, as with DISM and wimlib).
/// The first part is `<name>.swm`, the others `<name>2.swm`, `<name>3.swm`, … beside it, so the
/// set opens again with the default pattern `<name>*.swm`.
///
/// The parts are written into a hidden staging folder inside the destination folder and moved into
/// place only when all of them were written; a part name that already exists is refused before
/// anything is moved, so a failed or cancelled split leaves the folder as it was.
/// Created on the GUI/CLI thread, run on an engine worker thread; results are read after the run.
class SplitImageOperation : public Operation
{
public:
    /// `partSizeMiB`: the largest part size in MiB (DISM's /FileSize in MB).
    SplitImageOperation(QString imagePath, QString firstPartPath, quint64 partSizeMiB, bool checkIntegrity = false);

    QString name() const override { return QStringLiteral("Split-Image"); }
    QString description() const override;
    QList<std::pair<QString, QString>> parameters() const override;
    Status run(OperationContext &context) override;

    /// The parts written, first part first (absolute paths), after a successful run.
    const QStringList &parts() const { return m_parts; }
    IntegrityStatus sourceIntegrity() const { return m_sourceIntegrity; }

    /// The name wimlib gives part `number` (1-based) of a set whose first part is `firstPart`.
    static QString partPath(const QString &firstPart, int number);

private:
    Status checkDestination(const QFileInfo &first, OperationContext &context) const;
    Result<WimFile> openSource(OperationContext &context);
    Status writeParts(WimFile &wim, const QString &stagedFirst, const QFileInfo &first, OperationContext &context) const;
    Result<QStringList> stagedParts(const QString &stagedFirst, const QString &source) const;
    Status moveIntoPlace(const QStringList &staged, const QFileInfo &first, const QString &staging, OperationContext &context);

    QString m_imagePath;
    QString m_firstPartPath;
    quint64 m_partSizeMiB = 0;
    bool m_checkIntegrity = false;
    QStringList m_parts;
    IntegrityStatus m_sourceIntegrity = IntegrityStatus::NotChecked;
};

} // namespace wb
