// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the fuzz targets: invariant checks that abort (so libFuzzer records a crash and the
// ctest replay fails), and the input as Qt types.

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace wb::fuzz {

[[noreturn]] inline void fail(const char *condition, const char *file, int line, const QString &detail = {})
{
    std::fprintf(stderr, "\nfuzz invariant violated: %s\n  at %s:%d\n", condition, file, line);
    if (!detail.isEmpty())
        std::fprintf(stderr, "  %s\n", detail.toUtf8().constData());
    std::fflush(stderr);
    std::abort();
}

/// The fuzz input as a QByteArray (copied: the engine may keep it).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace wb::fuzz

/// Aborts with the condition's text when `cond` is false.
#define FUZZ_CHECK(cond)                                                                                                              \
    do {                                                                                                                              \
        if (!(cond))                                                                                                                  \
            ::wb::fuzz::fail(#cond, __FILE__, __LINE__);                                                                             \
    } while (0)
/// The same with a QString detail (what was parsed) printed before aborting.
#define FUZZ_CHECK_MSG(cond, detail)                                                                                                  \
    do {                                                                                                                              \
        if (!(cond))                                                                                                                  \
            ::wb::fuzz::fail(#cond, __FILE__, __LINE__, (detail));                                                                   \
    } while (0)
