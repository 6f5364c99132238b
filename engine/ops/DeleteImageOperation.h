// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImageSelector.h"

#include "core/Operation.h"

namespace wb {

/// /Delete-Image, Remove-WindowsImage: removes one image (by index or name) from a WIM/ESD file.
///
/// The file is rebuilt without the image into a hidden temporary file beside it
/// (`.<name>.wimbench-<pid>-<hex>.tmp`, fsynced) and renamed over it, so whatever happens the name
/// holds the old file or the complete new one, and the deleted image's data really leaves the file.
/// (wimlib cannot delete in place; its own rebuild uses an unnamed temporary nobody would clean.)
/// The new file keeps the GUID, compression and format, and an integrity table when it had one or
/// /CheckIntegrity is given; it is verified (wimlib_verify_wim) before it replaces the old one.
/// Refused: the last image, a mounted file, a split set, a read-only file. ImageEditing.md.
/// Created on the GUI/CLI thread, run on an engine worker thread; results are read after the run.
class DeleteImageOperation : public Operation
{
public:
    DeleteImageOperation(QString imagePath, ImageSelector image, bool checkIntegrity = false);

    QString name() const override { return QStringLiteral("Delete-Image"); }
    QString description() const override;
    QList<std::pair<QString, QString>> parameters() const override;
    Status run(OperationContext &context) override;

    // Results, valid after a successful run.
    int deletedIndex() const { return m_deletedIndex; }
    QString deletedName() const { return m_deletedName; }
    int remainingImages() const { return m_remaining; }

private:
    QString m_imagePath;
    ImageSelector m_image;
    bool m_checkIntegrity = false;
    int m_deletedIndex = 0;
    QString m_deletedName;
    int m_remaining = 0;
};

} // namespace wb
