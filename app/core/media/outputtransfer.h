// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

class QFile;
class QNetworkAccessManager;
class QNetworkReply;

// Saves one output of one task for Downloader: follows redirects itself, streams the body into
// "<name>.part", asks for the rest when the connection breaks and the server allows it, checks
// the size the server announced and renames the file when it is complete.
class OutputTransfer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutputTransfer)

public:
    // Requests for the rest of a broken transfer, or for all of it again when the server will not
    // send the rest, after the first one.
    static constexpr int MaxResumes = 3;

    enum class FailureKind {
        Network,
        TimedOut,
        HttpStatus,
        TooManyRedirects,
        InsecureRedirect,
        UnsupportedAddress,
        SizeMismatch,
        NotEnoughSpace,
        CannotCreateFolder,
        CannotWrite,
        NoFreeName,
    };

    // What went wrong, kept as data so that the owner words it for users in one place.
    struct Failure
    {
        FailureKind kind = FailureKind::Network;
        qint64 code = 0; // HTTP status, network error or timeout in ms, by kind
        qint64 received = 0;
        qint64 announced = 0;
        qint64 needed = 0;    // bytes still to write, for NotEnoughSpace
        qint64 available = 0; // bytes free in the folder, for NotEnoughSpace
        QString path;
        QString detail;
    };

    // Output n (from 1) of the task, saved into the directory under a free name.
    OutputTransfer(QNetworkAccessManager *network, const QString &taskId, const QUrl &url, int n,
                   const QString &directory, std::chrono::milliseconds transferTimeout);
    // Aborts a transfer still running and removes its .part file.
    ~OutputTransfer() override;

    // Sends the first request. False when the transfer cannot even begin: failure() then says
    // why and finished() is never emitted.
    bool start();

    const std::optional<Failure> &failure() const { return m_failure; }
    QString path() const { return m_target; } // the saved file, once finished without failure
    qint64 bytes() const { return m_written; }

signals:
    void progress(qint64 received, qint64 total); // of the whole file; total -1 when unknown
    void finished(); // saved, or failed as failure() says; the .part file is gone either way

private:
    void send();
    void onHeaders();
    void onReadyRead();
    void onFinished(QNetworkReply *reply);
    std::optional<Failure> interrupted(QNetworkReply *reply);
    Failure failureOfReply(const QNetworkReply *reply) const;
    std::optional<Failure> followRedirect(QNetworkReply *reply);
    std::optional<Failure> complete(QNetworkReply *reply);
    bool acceptOrAbort();
    std::optional<Failure> acceptBody(const QNetworkReply *reply);
    bool canResume(const QNetworkReply *reply) const;
    std::optional<Failure> resumeOrFail(const QNetworkReply *reply, const Failure &failure);
    std::optional<Failure> restartOrFail(int status);
    std::optional<Failure> checkFreeSpace(qint64 needed) const;
    std::optional<Failure> openPart(const QNetworkReply *reply);
    std::optional<Failure> truncatePart();
    std::optional<Failure> writeAvailable(QNetworkReply *reply);
    std::optional<Failure> moveIntoPlace();
    void abortWith(const Failure &failure);
    void abortLater();
    void discardPart();

    QNetworkAccessManager *m_network;
    QString m_taskId;
    QUrl m_url;     // as given: the one the owner's signals name
    QUrl m_current; // after redirects
    int m_n;
    QString m_directory;
    std::chrono::milliseconds m_transferTimeout;
    int m_redirects = 0;
    int m_resumes = 0;
    QPointer<QNetworkReply> m_reply;
    bool m_bodyAccepted = false;   // the current reply's headers were checked and its body taken
    bool m_restartPending = false; // the current reply holds the wrong part: ask for all again
    std::optional<qint64> m_rangeFrom; // what the current request asked for
    QByteArray m_validator;            // If-Range for the rest of the file; empty: no resume
    std::optional<qint64> m_total;     // size of the whole file, when the server said
    qint64 m_offset = 0;               // where the current reply's body goes in the file
    std::unique_ptr<QFile> m_part;
    QString m_target; // the final name, chosen when the response headers arrive
    QString m_extension;
    qint64 m_written = 0;                // bytes in the .part file
    std::optional<Failure> m_abortedFor; // set before we abort the reply ourselves
    std::optional<Failure> m_failure;
};
