// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include "media/outputfetch.h"
#include "media/thumbnailimage.h"

#include <QString>

// Why Thumbnailer cannot make a task's thumbnail, kept as data and worded for users in one place.
struct ThumbnailFailure
{
    enum class Kind {
        HttpStatus,
        Network,
        TimedOut,
        TooManyRedirects,
        InsecureRedirect,
        NotWebAddress,
        TooLarge,
        NotAnImage,
        TooManyPixels,
        Undecodable,
        NoVideoDecoder,
        VideoFailed,
    };

    static ThumbnailFailure of(const OutputFetch::Failure &failure);
    static ThumbnailFailure of(ThumbnailImage::Failure failure);

    QString text() const; // the tooltip of the thumbnail cell

    Kind kind = Kind::Network;
    int code = 0;   // HTTP status or network error, by kind
    QString detail; // the frame source's reason for VideoFailed
};
