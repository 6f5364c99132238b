// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/Operation.h"

#include <QString>

#include <utility>

struct WIMStruct;

namespace wb {

/// The one adapter between wimlib and the engine: process set-up, return codes to Errors,
/// progress messages to Progress (and cancellation to WIMLIB_PROGRESS_STATUS_ABORT).
namespace WimLibrary {

/// wimlib_global_init once per process, with wimlib's own stderr messages switched off.
void initialise();

/// Stable error code of a wimlib return code: "wim.<name>", e.g. "wim.integrity" for
/// WIMLIB_ERR_INTEGRITY.
QString codeName(int wimlibCode);

/// An Error for a failed wimlib call. `action` says what was being done, for a person, and
/// already names the file ("Could not open C:/x.wim"); a hint of what to do is appended from the
/// code. WIMLIB_ERR_ABORTED_BY_PROGRESS becomes Error::cancelled().
Error error(int wimlibCode, const QString &action, const QString &file = {});

/// Done and total bytes carried by a wimlib progress message (`info`: its wimlib_progress_info);
/// {0, 0} for messages without amounts.
std::pair<quint64, quint64> progressAmounts(int msg, const void *info);

/// Reports one wimlib progress message to `context` (the stage named after the message, e.g.
/// "Writing data"), after hitting the fault point `faultPoint` with the message's kind (may be
/// null). Returns false once cancellation has been requested. Used by WimProgressAdapter and for
/// the messages a helper process relays (WimWriteHelper).
bool reportProgress(OperationContext *context, int msg, quint64 done, quint64 total, const char *faultPoint);

/// The stage a progress message belongs to ("Writing data"); empty for messages not shown.
QString progressStage(int msg);

} // namespace WimLibrary

/// Registers itself as the progress function of one WIMStruct for its lifetime and forwards
/// wimlib's progress messages to an OperationContext (which coalesces them). Returns ABORT to
/// wimlib once cancellation has been requested. Used on the operation's worker thread.
class WimProgressAdapter
{
public:
    WimProgressAdapter(WIMStruct *wim, OperationContext *context);
    ~WimProgressAdapter();
    WimProgressAdapter(const WimProgressAdapter &) = delete;
    WimProgressAdapter &operator=(const WimProgressAdapter &) = delete;

    /// Usable directly as a wimlib_progress_func_t with `this` as context (e.g. for mount calls
    /// that take a progress function as an argument).
    static int callback(int msg, void *info, void *self);

    /// Names the fault point (core/FaultPoint.h) hit with each progress message, e.g.
    /// "export.append.progress"; none by default. `name` must outlive the adapter.
    void setFaultPoint(const char *name) { m_faultPoint = name; }

private:
    WIMStruct *m_wim;
    OperationContext *m_context;
    const char *m_faultPoint = nullptr;
};

} // namespace wb
