// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "tasks/task.h"

#include <QWidget>

#include <memory>

class QNetworkAccessManager;

// The selected task, large: its outputs (images fit to the pane with zoom, videos playing
// muted with play/pause and a seek bar, stepping through several with next/previous) and its
// details (model, times, error and its meaning, output URLs to copy or open).
class PreviewPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPane)

public:
    explicit PreviewPane(QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~PreviewPane() override;

    // Shows this task, or nothing for nullptr. Called again when the task changes.
    void showTask(const Task *task);
    QString taskId() const;

    void setBlurNsfw(bool blur); // flagged outputs stay blurred until clicked

    int outputIndex() const; // from 0
    int outputCount() const;
    void showOutput(int index);
    void nextOutput();
    void previousOutput();

    enum class Content {
        Nothing,
        Loading,
        Image,
        Video,
        Unavailable,
    };
    Content content() const; // for tests

signals:
    void revealed(const QString &taskId); // the user unblurred a flagged output

private:
    struct Private;
    std::unique_ptr<Private> d;
};
