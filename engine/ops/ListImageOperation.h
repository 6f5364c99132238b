// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImageSelector.h"

#include "core/Operation.h"
#include "wim/WimFile.h"

#include <functional>

namespace wb {

/// /List-Image, Get-WindowsImageContent, and the image browser's lazy folder listing: the entries
/// of one image below a path, recursively or one level. Results are read after the run.
class ListImageOperation : public Operation
{
public:
    using Visitor = std::function<void(const DirectoryEntry &)>;

    ListImageOperation(QString imagePath, ImageSelector selector, QString path = QStringLiteral("/"),
                       bool recursive = true, WimOpenOptions options = {});

    /// Streams entries to `visitor` (called on the worker thread) instead of collecting them in
    /// entries(); for listings too large to hold (the command line's /List-Image).
    void setVisitor(Visitor visitor) { m_visitor = std::move(visitor); }

    QString name() const override { return QStringLiteral("List-Image"); }
    QString description() const override;
    QList<std::pair<QString, QString>> parameters() const override;
    Status run(OperationContext &context) override;

    int imageIndex() const { return m_index; }
    QString path() const { return m_path; }
    const QList<DirectoryEntry> &entries() const { return m_entries; }
    /// Entries named "." or ".." that wimlib left out while reading the image (it reads the whole
    /// image's tree at once, so this counts the image, not only the listed folder).
    int dotEntriesIgnored() const { return m_dotEntriesIgnored; }

private:
    Status list(OperationContext &context);

    QString m_imagePath;
    ImageSelector m_selector;
    QString m_path;
    bool m_recursive;
    WimOpenOptions m_options;
    int m_index = 0;
    QList<DirectoryEntry> m_entries;
    Visitor m_visitor;
    int m_dotEntriesIgnored = 0;
};

} // namespace wb
