// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "settingsform.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>

namespace SettingsForm {

QFormLayout *formLayout(QWidget *parent)
{
    auto *form = new QFormLayout(parent);
    // Translations run longer than English: labels move above their fields instead of clipping.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    return form;
}

QHBoxLayout *rowLayout(QWidget *first, QWidget *second)
{
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(first, 1);
    layout->addWidget(second);
    return layout;
}

QLabel *noteLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    return label;
}

} // namespace SettingsForm
