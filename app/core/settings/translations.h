// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Loads the compiled translations embedded under :/i18n into the application.
namespace Translations {

// English plural forms always ("1 task", "2 tasks"), then Qt's own and the project's
// translation for `language` ("" follows the system) when there is one.
void install(const QString &language = {});

} // namespace Translations
