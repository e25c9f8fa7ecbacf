// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "logging.h"

#include <QUrl>

Q_LOGGING_CATEGORY(lcApi, "wsm.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPoll, "wsm.poll", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGate, "wsm.gate", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDownload, "wsm.download", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "wsm.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcThumb, "wsm.thumb", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSim, "wsm.sim", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "wsm.ui", QtInfoMsg)

QString redactedUrl(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toDisplayString();
}
