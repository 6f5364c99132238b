// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WimMessages.h"

#include <wimlib.h>

#include <cstdio>

namespace wb {

namespace {
thread_local WimMessageCapture *t_capture = nullptr;
thread_local QByteArray t_partial;
} // namespace

struct WimMessageSink
{
    static ssize_t write(void *, const char *data, size_t size)
    {
        t_partial.append(data, qsizetype(size));
        qsizetype newline;
        while ((newline = t_partial.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(t_partial.left(newline)).trimmed();
            t_partial.remove(0, newline + 1);
            if (t_capture && !line.isEmpty())
                t_capture->m_messages << line;
        }
        return ssize_t(size);
    }
};

WimMessageCapture::WimMessageCapture() : m_outer(t_capture)
{
    t_capture = this;
}

WimMessageCapture::~WimMessageCapture()
{
    t_capture = m_outer;
}

int WimMessageCapture::dotEntriesIgnored() const
{
    int n = 0;
    for (const QString &m : m_messages) {
        if (m.contains(QLatin1String("Ignoring file named \".\" or \"..\"")))
            ++n;
    }
    return n;
}

void WimMessageCapture::install()
{
    cookie_io_functions_t io{};
    io.write = &WimMessageSink::write;
    // Unbuffered: every piece reaches the sink on the thread printing it, never mixed with another thread's.
    FILE *stream = fopencookie(nullptr, "w", io);
    if (!stream)
        return;
    setvbuf(stream, nullptr, _IONBF, 0);
    wimlib_set_error_file(stream);
}

} // namespace wb
