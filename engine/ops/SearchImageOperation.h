// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImageSelector.h"

#include "core/Operation.h"
#include "wim/WimFile.h"

namespace wb {

/// Finds files and folders by name inside one image (the image browser's "search by name"), by
/// walking the image's metadata without mounting. The pattern matches file names (not paths),
/// case-insensitively: with `*` or `?` it is a wildcard that must match the whole name, otherwise
/// any name containing it matches. Stops after `maxResults` hits (truncated() then says so).
/// Created on the GUI thread, run on an engine worker; results are read after the run.
class SearchImageOperation : public Operation
{
public:
    SearchImageOperation(QString imagePath, ImageSelector selector, QString pattern,
                         QString below = QStringLiteral("/"), int maxResults = 5000, WimOpenOptions options = {});

    QString name() const override { return QStringLiteral("Search-Image"); }
    QString description() const override;
    QList<std::pair<QString, QString>> parameters() const override;
    Status run(OperationContext &context) override;

    /// True when `name` matches `pattern` by the rules above.
    static bool matches(const QString &pattern, const QString &name);

    int imageIndex() const { return m_index; }
    QString pattern() const { return m_pattern; }
    /// The matching entries, in the order the walk met them (parents before children).
    const QList<DirectoryEntry> &entries() const { return m_entries; }
    /// Entries looked at.
    quint64 visited() const { return m_visited; }
    bool truncated() const { return m_truncated; }

private:
    QString m_imagePath;
    ImageSelector m_selector;
    QString m_pattern;
    QString m_below;
    int m_maxResults;
    WimOpenOptions m_options;
    int m_index = 0;
    quint64 m_visited = 0;
    bool m_truncated = false;
    QList<DirectoryEntry> m_entries;
};

} // namespace wb
