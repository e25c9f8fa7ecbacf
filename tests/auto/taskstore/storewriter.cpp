// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "tasks/taskstore.h"
#include "writtentask.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

// Writes tasks into a task list as fast as it can until it is killed, for the crash test.
// Usage: tst_taskstore_writer PATH FIRST. After each committed batch it prints how many tasks
// the file holds, counting the FIRST ones that were there before.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    bool numbered = false;
    const int first = arguments.size() == 3 ? arguments.at(2).toInt(&numbered) : 0;
    if (!numbered || first < 0) {
        std::fputs("usage: tst_taskstore_writer PATH FIRST\n", stderr);
        return 2;
    }

    TaskStore store;
    QString error;
    if (!store.open(arguments.at(1), &error)) {
        std::fprintf(stderr, "open failed: %s\n", qUtf8Printable(error));
        return 1;
    }

    // save() writes at once: no event loop is needed, and the loop ends only with the process.
    for (int next = first;; next += WrittenTask::Batch) {
        QList<Task> batch;
        batch.reserve(WrittenTask::Batch);
        for (int n = next; n < next + WrittenTask::Batch; ++n)
            batch.append(WrittenTask::make(n));
        if (!store.save(batch)) {
            std::fputs("save failed\n", stderr);
            return 1;
        }
        std::printf("%d\n", next + WrittenTask::Batch);
        std::fflush(stdout);
    }
}
