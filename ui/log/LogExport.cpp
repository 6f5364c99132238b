// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogExport.h"

#include "logread/LogIndex.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::LogView) // the Log tab's texts share one translation context
};

Error writeFailed(const QString &path, const QSaveFile &file)
{
    return Error::make(QStringLiteral("log.export"), Tr::tr("Cannot write %1: %2. Check the free space.").arg(path, file.errorString()));
}
} // namespace

Status writeLogEntries(const LogIndex &index, const std::vector<int> &rows, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(QStringLiteral("log.export"),
                           Tr::tr("Cannot write %1: %2. Choose another folder.").arg(path, file.errorString()));
    size_t i = 0;
    while (i < rows.size()) {
        // Runs of consecutive rows are read together, at most 4,096 entries at a time.
        size_t j = i + 1;
        while (j < rows.size() && rows[j] == rows[j - 1] + 1 && j - i < 4096)
            ++j;
        auto entries = index.readEntries(rows[i], int(j - i));
        if (!entries)
            return entries.error();
        QByteArray out;
        for (const LogEntry &e : *entries) {
            out += e.raw.toUtf8();
            out += '\n';
        }
        if (file.write(out) != out.size())
            return writeFailed(path, file);
        i = j;
    }
    if (!file.commit())
        return writeFailed(path, file);
    return {};
}

} // namespace wb
