// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

// One category per area, quiet below warnings; users turn on more with
// QT_LOGGING_RULES="wsm.poll.debug=true" or "wsm.*.info=true".
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcPoll)
Q_DECLARE_LOGGING_CATEGORY(lcGate)
Q_DECLARE_LOGGING_CATEGORY(lcDownload)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcThumb)
Q_DECLARE_LOGGING_CATEGORY(lcSim)
Q_DECLARE_LOGGING_CATEGORY(lcUi)

class QUrl;

// A URL as it may appear in a log: the query string of a signed output URL is a credential.
QString redactedUrl(const QUrl &url);
