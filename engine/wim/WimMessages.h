// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace wb {

/// wimlib's own warnings, caught per thread. WimLibrary::initialise() points wimlib's message
/// output (wimlib_set_error_file) at a stream that hands each line to the WimMessageCapture alive
/// on the thread that printed it (wimlib prints on the thread running the call); lines printed
/// with no capture alive are dropped, as before. Used on worker threads; lives on the stack.
class WimMessageCapture
{
public:
    WimMessageCapture();
    ~WimMessageCapture();
    WimMessageCapture(const WimMessageCapture &) = delete;
    WimMessageCapture &operator=(const WimMessageCapture &) = delete;

    /// The lines wimlib printed on this thread since construction ("[WARNING] …").
    const QStringList &messages() const { return m_messages; }
    /// Entries wimlib ignored while reading an image's metadata because they are named "." or
    /// "..": its warning 'Ignoring file named "." or ".."; potentially malicious archive!!!'
    /// (wimlib src/dentry.c, read_dentry_tree_recursive).
    int dotEntriesIgnored() const;

    /// Routes wimlib's messages here; called once by WimLibrary::initialise().
    static void install();

private:
    friend struct WimMessageSink;
    QStringList m_messages;
    WimMessageCapture *m_outer = nullptr;
};

} // namespace wb
