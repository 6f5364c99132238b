// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImageSelector.h"

#include "core/Operation.h"
#include "wim/WimFile.h"

namespace wb {

/// /Get-ImageInfo, /Get-WimInfo, Get-WindowsImage -ImagePath: the header facts of a WIM/ESD/SWM
/// and the details of every image (or of the selected one). Results are read after the run.
class GetImageInfoOperation : public Operation
{
public:
    GetImageInfoOperation(QString imagePath, ImageSelector selector = {}, WimOpenOptions options = {});

    QString name() const override { return QStringLiteral("Get-ImageInfo"); }
    QString description() const override;
    QList<std::pair<QString, QString>> parameters() const override;
    Status run(OperationContext &context) override;

    const WimHeaderInfo &header() const { return m_header; }
    const QList<ImageInfo> &images() const { return m_images; }
    IntegrityStatus integrity() const { return m_integrity; }
    bool selectedOne() const { return m_selector.isSet(); }

private:
    QString m_imagePath;
    ImageSelector m_selector;
    WimOpenOptions m_options;
    WimHeaderInfo m_header;
    QList<ImageInfo> m_images;
    IntegrityStatus m_integrity = IntegrityStatus::NotChecked;
};

} // namespace wb
