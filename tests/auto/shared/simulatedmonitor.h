// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "api/apiclient.h"
#include "simulator.h"
#include "tasks/monitor.h"

#include <QNetworkAccessManager>

// Where most tests of the engine and the window begin: a Monitor on a network manager of its
// own, pointed at a Simulator of its own and holding the simulator's key. A test class derives
// from it after QObject, calls startSimulation() in init() and stopSimulation() in cleanup(), so
// each test function meets an empty account and an empty monitor.
class SimulatedMonitor
{
protected:
    [[nodiscard]] bool startSimulation()
    {
        m_network = new QNetworkAccessManager;
        m_simulator = new Simulator;
        if (QString error; !m_simulator->start(0, 0, &error)) {
            qWarning("the simulator did not start: %s", qPrintable(error));
            return false;
        }
        m_monitor = new Monitor(m_network);
        if (!m_monitor->client()->setBaseUrl(m_simulator->apiBase())) {
            qWarning("the monitor refused the simulator's address");
            return false;
        }
        m_monitor->setApiKey(m_simulator->apiKey());
        return true;
    }

    // The monitor first: it must not outlive the network manager its requests run on.
    void stopSimulation()
    {
        delete m_monitor;
        delete m_simulator;
        delete m_network;
        m_monitor = nullptr;
        m_simulator = nullptr;
        m_network = nullptr;
    }

    QNetworkAccessManager *m_network = nullptr;
    Simulator *m_simulator = nullptr;
    Monitor *m_monitor = nullptr;
};
