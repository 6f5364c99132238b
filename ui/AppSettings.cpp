// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace wb {

namespace {
const QString kLogPath = QStringLiteral("engine/logPath");
const QString kLogLevel = QStringLiteral("engine/logLevel");
const QString kScratch = QStringLiteral("engine/scratchDirectory");
const QString kRecent = QStringLiteral("window/recentFiles");
const QString kLanguage = QStringLiteral("window/language");
const QString kLastExtract = QStringLiteral("window/lastExtractFolder");
const QString kMountFolder = QStringLiteral("window/defaultMountFolder");
} // namespace

EngineSettings AppSettings::engineSettings()
{
    QSettings s;
    EngineSettings e;
    e.logPath = s.value(kLogPath).toString();
    e.scratchDirectory = s.value(kScratch).toString();
    if (const auto level = parseLogLevel(s.value(kLogLevel).toString()))
        e.logLevel = *level;
    return e;
}

void AppSettings::setEngineSettings(const EngineSettings &settings)
{
    QSettings s;
    s.setValue(kLogPath, settings.logPath);
    s.setValue(kScratch, settings.scratchDirectory);
    s.setValue(kLogLevel, int(settings.logLevel));
}

QStringList AppSettings::recentFiles()
{
    return QSettings().value(kRecent).toStringList();
}

void AppSettings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = recentFiles();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > MaxRecentFiles)
        list.removeLast();
    QSettings().setValue(kRecent, list);
}

void AppSettings::removeRecentFile(const QString &path)
{
    QStringList list = recentFiles();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(kRecent, list);
}

void AppSettings::clearRecentFiles()
{
    QSettings().remove(kRecent);
}

QString AppSettings::language()
{
    return QSettings().value(kLanguage).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    QSettings().setValue(kLanguage, language);
}

QString AppSettings::lastExtractFolder()
{
    return QSettings().value(kLastExtract).toString();
}

void AppSettings::setLastExtractFolder(const QString &folder)
{
    QSettings().setValue(kLastExtract, folder);
}

QString AppSettings::defaultExtractFolder()
{
    const QString last = lastExtractFolder();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString downloads = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (!downloads.isEmpty() && QFileInfo(downloads).isDir())
        return downloads;
    return QDir::homePath();
}

QString AppSettings::defaultMountFolder()
{
    return QSettings().value(kMountFolder).toString();
}

void AppSettings::setDefaultMountFolder(const QString &folder)
{
    if (folder.isEmpty())
        QSettings().remove(kMountFolder);
    else
        QSettings().setValue(kMountFolder, folder);
}

} // namespace wb
