// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace wb {

class OperationContext;

/// Counts bytes read or written by package work and forwards them to an operation's progress
/// (stage, done, total) and cancellation. One object may span several packages so a caller can
/// report one total for all of them. Used on the operation's worker thread; owned by the caller.
/// A null context means no reporting and no cancellation.
class ByteProgress
{
public:
    explicit ByteProgress(OperationContext *context = nullptr, QString stage = {}, quint64 total = 0);

    /// Starts a new stage; `done` starts again at 0.
    void setStage(const QString &stage, quint64 total);
    void add(quint64 bytes);
    bool isCancelled() const;
    quint64 done() const { return m_done; }
    quint64 total() const { return m_total; }
    OperationContext *context() const { return m_context; }

private:
    OperationContext *m_context;
    QString m_stage;
    quint64 m_done = 0;
    quint64 m_total = 0;
};

} // namespace wb
