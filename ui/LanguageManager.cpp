// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguageManager.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QLibraryInfo>
#include <QTranslator>

namespace wb {

namespace {
QTranslator *s_app = nullptr;
QTranslator *s_qt = nullptr;
QLocale s_current(QLocale::English, QLocale::UnitedStates);
} // namespace

bool LanguageManager::setLanguage(const QLocale &locale)
{
    const bool found = install(locale);
    // QApplication posts LanguageChange to the top-level widgets; deliver it now so the window is
    // retranslated when this returns.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    return found;
}

bool LanguageManager::install(const QLocale &locale)
{
    if (s_app) {
        QCoreApplication::removeTranslator(s_app);
        delete s_app;
        s_app = nullptr;
    }
    if (s_qt) {
        QCoreApplication::removeTranslator(s_qt);
        delete s_qt;
        s_qt = nullptr;
    }
    QLocale::setDefault(locale);
    s_current = QLocale(QLocale::English, QLocale::UnitedStates);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        // The source strings are English; the English catalogue holds only plural forms
        // ("1 item" / "2 items"). Tell the widgets in any case so they return to English.
        auto *en = new QTranslator;
        if (en->load(QStringLiteral("wimbench_en"), QStringLiteral(":/i18n"))) {
            s_app = en;
            QCoreApplication::installTranslator(s_app);
        } else {
            delete en;
        }
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
        return true;
    }
    auto *qt = new QTranslator;
    if (qt->load(locale, QStringLiteral("qt"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        s_qt = qt;
        QCoreApplication::installTranslator(s_qt);
    } else {
        delete qt;
    }
    auto *app = new QTranslator;
    if (!app->load(locale, QStringLiteral("wimbench"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete app;
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
        return false;
    }
    s_app = app;
    s_current = QLocale(app->language());
    QCoreApplication::installTranslator(s_app);
    return true;
}

bool LanguageManager::setLanguageFromPreference(const QString &preferred)
{
    return setLanguage(preferred.isEmpty() ? QLocale::system() : QLocale(preferred));
}

QLocale LanguageManager::currentLanguage()
{
    return s_current;
}

QList<QLocale> LanguageManager::availableLanguages()
{
    QList<QLocale> list{QLocale(QLocale::English, QLocale::UnitedStates)};
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("wimbench_*.qm")}, QDir::Files);
    for (const QString &f : files) {
        if (f == QLatin1String("wimbench_en.qm"))
            continue;
        const QString name = f.mid(9, f.size() - 9 - 3);
        list << QLocale(name);
    }
    return list;
}

} // namespace wb
