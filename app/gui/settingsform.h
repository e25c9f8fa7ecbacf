// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QWidget;

// The layout pieces the settings dialog and its sections share, so that they read alike.
namespace SettingsForm {

QFormLayout *formLayout(QWidget *parent);
QHBoxLayout *rowLayout(QWidget *first, QWidget *second); // the first one takes the width
QLabel *noteLabel(QWidget *parent);

} // namespace SettingsForm
