// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <optional>

// What the command line asked for, checked: the contract in ARCHITECTURE.md, "Command line".
struct CliOptions
{
    Q_DECLARE_TR_FUNCTIONS(CliOptions)

public:
    enum class Action {
        Run,
        ShowHelp,
        ShowVersion,
        UsageError,
    };

    static constexpr std::chrono::seconds DefaultTimeout{1800};

    Action action = Action::Run;
    QString error;     // for UsageError
    QString helpText;  // for ShowHelp
    QStringList texts; // TEXT arguments as given; "-" stands for standard input
    QUrl apiBase;
    QString downloadDirectory; // empty: no downloads
    QString exportFile;        // absolute; empty: no export
    std::chrono::seconds timeout = DefaultTimeout;
    bool json = false;
    bool demo = false;
    // --import-since: also watch every task of the account created within this span.
    std::optional<std::chrono::seconds> importSince;

    // "90m", "24h", "3d", "45s": a whole positive number and a unit; nothing otherwise.
    static std::optional<std::chrono::seconds> parseDuration(const QString &text);

    // `environmentBase` is WAVESPEED_API_BASE, used when --api-base is not given.
    static CliOptions parse(const QStringList &arguments, const QString &environmentBase);
};
