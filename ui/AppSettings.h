// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EngineSettings.h"

#include <QStringList>

namespace wb {

/// The window's persistent settings in QSettings (organisation "WimBench", application
/// "wimbench", i.e. ~/.config/WimBench/wimbench.conf): the engine settings (log path, log level,
/// scratch directory) and the recent-files list. GUI thread.
class AppSettings
{
public:
    static constexpr int MaxRecentFiles = 10;

    static EngineSettings engineSettings();
    static void setEngineSettings(const EngineSettings &settings);

    static QStringList recentFiles();
    /// Puts `path` (made absolute) at the top of the recent-files list.
    static void addRecentFile(const QString &path);
    static void removeRecentFile(const QString &path);
    static void clearRecentFiles();

    /// The interface language chosen by the user ("zh_CN", "en"), empty = the system's.
    static QString language();
    static void setLanguage(const QString &language);

    /// The folder the last extraction went to (empty until one did).
    static QString lastExtractFolder();
    static void setLastExtractFolder(const QString &folder);
    /// Where "Extract…" starts: the last extract folder if it still exists, else the user's
    /// Downloads folder if it exists, else the home folder (never the image's own folder).
    static QString defaultExtractFolder();

    /// The folder the Mount dialog proposes (Preferences); empty = none.
    static QString defaultMountFolder();
    static void setDefaultMountFolder(const QString &folder);
};

} // namespace wb
