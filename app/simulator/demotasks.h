// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QObject;
class RequestGate;

// The sample tasks of the demo: images, a video and one the simulated moderator refuses,
// submitted through the API like any client would submit them.
namespace DemoTasks {

int count();
int expectedFailures(); // the ones that fail by design

// Submits every demo task through `gate` (whose client points at a simulator); `done` gets the
// new task IDs in order and the errors of any submit that was refused.
void submit(RequestGate *gate, QObject *context,
            std::function<void(const QStringList &ids, const QStringList &errors)> done);

} // namespace DemoTasks
