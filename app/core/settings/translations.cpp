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

    // A language chosen in the settings also decides how numbers, dates and sizes read, so that
    // they match the text; the system's own language keeps its regional formats (de_CH, en_GB).
    const QLocale system = QLocale::system();
    const QLocale chosen = language.isEmpty() ? system : QLocale(language);
    if (chosen.language() != system.language())
        QLocale::setDefault(chosen);

    // The first UI language decides: on Linux LANGUAGE=de:en gives German over LANG=en_US.
    const QLocale first(chosen.uiLanguages().value(0));
    if (first.language() == QLocale::English || first.language() == QLocale::C)
        return;
    load(QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath), &chosen);
    load(QStringLiteral("wavespeed-monitor"), QStringLiteral(":/i18n"), &chosen);
}
