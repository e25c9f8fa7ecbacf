// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

// Task IDs as people paste them: bare, inside URLs, inside API responses, inside prose.
namespace TaskId {

// IDs in order of first appearance, each once (see ARCHITECTURE.md, "Task IDs in text"):
// - the path segment after "/predictions/" in any URL;
// - every string value of a key named "id" in JSON, at any depth;
// - any other token of [A-Za-z0-9_-]{6,128} holding at least one digit.
QStringList extract(QStringView text);

// True for a string that may be sent as an ID: 1 to 128 characters, no control characters.
bool isAcceptable(QStringView id);

// The ID as exactly one percent-encoded URL path segment ("/" and "?" never survive as such).
QString pathSegment(const QString &id);

} // namespace TaskId
