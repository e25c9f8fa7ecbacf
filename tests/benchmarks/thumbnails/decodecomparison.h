// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

// The app's thumbnail decoding (ThumbnailImage, straight at thumbnail size) against decoding the
// whole picture and scaling it down with QImage::scaled, photo by photo on one thread.
struct DecodeComparison
{
    std::vector<double> oursMs;
    std::vector<double> fullMs;
    qint64 bytes = 0;          // of all the photos
    double meanDifference = 0; // between the two thumbnails, in levels of 255 per channel
    int failures = 0;

    static DecodeComparison run(const QStringList &paths, int edge);
};
