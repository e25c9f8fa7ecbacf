// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "logging.h"

#include <QUrl>

Q_LOGGING_CATEGORY(lcApi, "wsm.api", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPoll, "wsm.poll", QtWarningMsg)
Q_LOGGING_CATEGORY(lcGate, "wsm.gate", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDownload, "wsm.download", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "wsm.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcThumb, "wsm.thumb", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSim, "wsm.sim", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "wsm.ui", QtWarningMsg)

QString redactedUrl(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toDisplayString();
}
