// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "media/thumbnailfailure.h"

#include "media/downloader.h"
#include "media/thumbnailer.h"

QString ThumbnailFailure::text() const
{
    switch (kind) {
    case Kind::HttpStatus:
        return Thumbnailer::tr("HTTP %1 from the output host").arg(code);
    case Kind::Network:
        //: %1 is Qt's numeric network error code
        return Thumbnailer::tr("Network error %1 while fetching the preview").arg(code);
    case Kind::TimedOut:
        return Thumbnailer::tr("The output host did not answer in time");
    case Kind::TooManyRedirects:
        return Thumbnailer::tr("Redirected more than %1 times").arg(Downloader::MaxRedirects);
    case Kind::InsecureRedirect:
        return Thumbnailer::tr("Refused to follow a redirect");
    case Kind::NotWebAddress:
        return Thumbnailer::tr("The output address is not a web address");
    case Kind::TooLarge:
        return Thumbnailer::tr("The output is too large for a preview");
    case Kind::NotAnImage:
        return Thumbnailer::tr("The output is not an image");
    case Kind::TooManyPixels:
        return Thumbnailer::tr("Preview unavailable: the image is too large");
    case Kind::Undecodable:
        return Thumbnailer::tr("Preview unavailable: the image could not be decoded");
    case Kind::NoVideoDecoder:
        return Thumbnailer::tr("No video decoder");
    case Kind::VideoFailed:
        if (detail.isEmpty())
            return Thumbnailer::tr("The video could not be decoded");
        //: %1 is the media framework's reason
        return Thumbnailer::tr("The video could not be decoded: %1").arg(detail);
    }
    return {};
}

ThumbnailFailure ThumbnailFailure::of(ThumbnailImage::Failure failure)
{
    switch (failure) {
    case ThumbnailImage::Failure::NotAnImage:
        return ThumbnailFailure{Kind::NotAnImage, 0, {}};
    case ThumbnailImage::Failure::TooManyPixels:
        return ThumbnailFailure{Kind::TooManyPixels, 0, {}};
    case ThumbnailImage::Failure::Undecodable:
    case ThumbnailImage::Failure::Unreadable:
        break;
    }
    return ThumbnailFailure{Kind::Undecodable, 0, {}};
}

ThumbnailFailure ThumbnailFailure::of(const OutputFetch::Failure &failure)
{
    const int number = int(failure.code);
    switch (failure.kind) {
    case OutputFetch::FailureKind::NotWebAddress:
        return ThumbnailFailure{Kind::NotWebAddress, 0, {}};
    case OutputFetch::FailureKind::Network:
        return ThumbnailFailure{Kind::Network, number, {}};
    case OutputFetch::FailureKind::TimedOut:
        return ThumbnailFailure{Kind::TimedOut, 0, {}};
    case OutputFetch::FailureKind::HttpStatus:
        return ThumbnailFailure{Kind::HttpStatus, number, {}};
    case OutputFetch::FailureKind::TooManyRedirects:
        return ThumbnailFailure{Kind::TooManyRedirects, 0, {}};
    case OutputFetch::FailureKind::InsecureRedirect:
        return ThumbnailFailure{Kind::InsecureRedirect, 0, {}};
    case OutputFetch::FailureKind::TooLarge:
        break;
    }
    return ThumbnailFailure{Kind::TooLarge, 0, {}};
}
