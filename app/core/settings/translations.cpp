// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "translations.h"

#include "logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

void load(const QString &name, const QString &directory, const QLocale *locale)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    const bool loaded = locale ? translator->load(*locale, name, QStringLiteral("_"), directory)
                               : translator->load(name, directory);
    if (!loaded) {
        delete translator;
        return;
    }
    QCoreApplication::installTranslator(translator);
    qCDebug(lcUi) << "translation loaded:" << translator->language();
}

} // namespace

void Translations::install(const QString &language)
{
    load(QStringLiteral("wavespeed-monitor_en"), QStringLiteral(":/i18n"), nullptr);

    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return;
    load(QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath), &locale);
    load(QStringLiteral("wavespeed-monitor"), QStringLiteral(":/i18n"), &locale);
}
