// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ByteProgress.h"

#include "core/Operation.h"

namespace wb {

ByteProgress::ByteProgress(OperationContext *context, QString stage, quint64 total)
    : m_context(context), m_stage(std::move(stage)), m_total(total)
{
    if (m_context && !m_stage.isEmpty())
        m_context->progress(m_stage, 0, m_total);
}

void ByteProgress::setStage(const QString &stage, quint64 total)
{
    m_stage = stage;
    m_done = 0;
    m_total = total;
    if (m_context)
        m_context->progress(m_stage, 0, m_total);
}

void ByteProgress::add(quint64 bytes)
{
    m_done += bytes;
    if (m_context && !m_stage.isEmpty())
        m_context->progress(m_stage, std::min(m_done, m_total ? m_total : m_done), m_total);
}

bool ByteProgress::isCancelled() const
{
    return m_context && m_context->isCancelled();
}

} // namespace wb
