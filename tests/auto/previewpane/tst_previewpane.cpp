// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "api/prediction.h"
#include "imageview.h"
#include "previewpane.h"
#include "simulator.h"
#include "tasks/task.h"
#include "videoplayer.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMediaPlayer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

#include <chrono>
#include <memory>

using namespace std::chrono_literals;

namespace {

constexpr int ReplyTimeoutMs = 5000;
constexpr int PreviewTimeoutMs = 10000;
constexpr int PaneWidth = 300; // about the narrowest the window gives the pane
constexpr int PaneHeight = 600;
constexpr int WheelNotch = 120;
const QSize SimulatedImageSize(512, 512);

TaskState stateOf(Prediction::Status status)
{
    switch (status) {
    case Prediction::Status::Completed:
        return TaskState::Completed;
    case Prediction::Status::Failed:
        return TaskState::Failed;
    case Prediction::Status::Cancelled:
        return TaskState::Cancelled;
    case Prediction::Status::Timeout:
        return TaskState::ServerTimeout;
    default:
        return TaskState::Waiting;
    }
}

} // namespace

// The preview pane against the simulator's real output host on loopback.
class tst_PreviewPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsHintWithoutTask();
    void showsImageOutput();
    void keepsOutputWhenTaskRepeats();
    void zoomsImage();
    void stepsThroughOutputs();
    void playsVideoMuted();
    void showsFailureWithMeaning();
    void copiesUrl();
    void blursFlaggedOutput_data();
    void blursFlaggedOutput();
    void revealsFlaggedImage();
    void holdsFlaggedVideoUntilRevealed();
    void reportsMissingOutput_data();
    void reportsMissingOutput();
    void clearsOnNullTask();

private:
    // A task of the simulator, as the monitor would hold it once the API reported its end.
    Task finishedTask(Simulator::TaskSpec spec);
    std::optional<Prediction> fetchPrediction(const QString &id);
    QString messageText() const;

    Simulator m_simulator;
    QNetworkAccessManager m_network;
    std::unique_ptr<PreviewPane> m_pane;
};

void tst_PreviewPane::initTestCase()
{
    QString error;
    QVERIFY2(m_simulator.start(0, 0, &error), qPrintable(error));
}

void tst_PreviewPane::init()
{
    m_pane = std::make_unique<PreviewPane>(&m_network);
    m_pane->resize(PaneWidth, PaneHeight);
    m_pane->show();
}

void tst_PreviewPane::cleanup()
{
    m_pane.reset();
}

std::optional<Prediction> tst_PreviewPane::fetchPrediction(const QString &id)
{
    QUrl url = m_simulator.apiBase();
    url.setPath(QStringLiteral("/api/v3/predictions/%1/result").arg(id));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_simulator.apiKey().toUtf8());
    const std::unique_ptr<QNetworkReply> reply(m_network.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(ReplyTimeoutMs))
        return std::nullopt;
    return Prediction::parse(reply->readAll()).prediction;
}

Task tst_PreviewPane::finishedTask(Simulator::TaskSpec spec)
{
    spec.duration = 0ms; // ends at once
    const QString id = m_simulator.addTask(spec);
    const std::optional<Prediction> prediction = fetchPrediction(id);
    [&] {
        QVERIFY(prediction && prediction->isTerminal());
    }();

    Task task;
    task.id = id;
    if (!prediction)
        return task;
    task.model = prediction->model;
    task.status = prediction->statusText;
    task.state = stateOf(prediction->status);
    task.createdAt = prediction->createdAt;
    task.inferenceMs = prediction->inferenceMs;
    task.outputs = prediction->outputs;
    task.nsfw = prediction->nsfw;
    task.error = prediction->error;
    task.errorCode = prediction->errorCode;
    return task;
}

QString tst_PreviewPane::messageText() const
{
    const auto *label = m_pane->findChild<QLabel *>(QStringLiteral("previewMessage"));
    return label ? label->text() : QString();
}

void tst_PreviewPane::showsHintWithoutTask()
{
    QCOMPARE(m_pane->content(), PreviewPane::Content::Nothing);
    QCOMPARE(m_pane->taskId(), QString());
    QCOMPARE(m_pane->outputCount(), 0);
    QCOMPARE(messageText(), QStringLiteral("Select a task to preview it"));
}

void tst_PreviewPane::showsImageOutput()
{
    const Task task = finishedTask({});
    QCOMPARE(task.outputs.size(), 1);

    m_pane->showTask(&task);
    QCOMPARE(m_pane->taskId(), task.id);
    QCOMPARE(m_pane->content(), PreviewPane::Content::Loading);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->content(), PreviewPane::Content::Image, PreviewTimeoutMs);

    auto *view = m_pane->findChild<ImageView *>();
    QVERIFY(view);
    QCOMPARE(view->image().size(), SimulatedImageSize);
    QVERIFY(view->isFitting());
    QVERIFY(view->zoom() < 1.0); // 512 pixels fit a 300-pixel pane only shrunk
    QVERIFY(view->isVisible());
    QVERIFY(!view->isBlurred());
}

void tst_PreviewPane::keepsOutputWhenTaskRepeats()
{
    Simulator::TaskSpec spec;
    spec.outputCount = 2;
    Task task = finishedTask(spec);
    m_pane->showTask(&task);
    m_pane->nextOutput();
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->content(), PreviewPane::Content::Image, PreviewTimeoutMs);
    m_pane->previousOutput();
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->content(), PreviewPane::Content::Image, PreviewTimeoutMs);
    const int fetched = m_simulator.requestCount(QStringLiteral("/outputs/"));

    // The monitor calls again with the same outputs: nothing moves, nothing is fetched.
    m_pane->showOutput(1);
    task.checks += 1;
    m_pane->showTask(&task);
    QCOMPARE(m_pane->outputIndex(), 1);
    QCOMPARE(m_pane->content(), PreviewPane::Content::Image);

    // Stepping back and forth is served from the decoded images kept.
    m_pane->previousOutput();
    QCOMPARE(m_pane->content(), PreviewPane::Content::Image);
    m_pane->nextOutput();
    QCOMPARE(m_pane->content(), PreviewPane::Content::Image);
    QCOMPARE(m_simulator.requestCount(QStringLiteral("/outputs/")), fetched);
}

void tst_PreviewPane::zoomsImage()
{
    const Task task = finishedTask({});
    m_pane->showTask(&task);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->content(), PreviewPane::Content::Image, PreviewTimeoutMs);
    auto *view = m_pane->findChild<ImageView *>();
    auto *fit = m_pane->findChild<QToolButton *>(QStringLiteral("fitButton"));
    auto *actual = m_pane->findChild<QToolButton *>(QStringLiteral("actualSizeButton"));
    QVERIFY(view && fit && actual);
    QVERIFY(fit->isVisible() && actual->isVisible());
    QVERIFY(fit->isChecked());
    for (QToolButton *button : {fit, actual}) {
        QVERIFY(!button->toolTip().isEmpty());
        QVERIFY(!button->accessibleName().isEmpty());
    }

    actual->click();
    QCOMPARE(view->zoom(), 1.0);
    QVERIFY(!view->isFitting());
    QVERIFY(!fit->isChecked());

    QTest::keyClick(view, Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(view->zoom(), ImageView::ZoomStep);
    QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(view->zoom(), 1.0);

    const QPointF centre = QRectF(view->viewport()->rect()).center();
    QWheelEvent notch(centre, view->viewport()->mapToGlobal(centre), {}, {0, WheelNotch},
                      Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &notch);
    QCOMPARE(view->zoom(), ImageView::ZoomStep);

    fit->click();
    QVERIFY(view->isFitting());
    QVERIFY(view->zoom() < 1.0);
    QVERIFY(fit->isChecked());
}

void tst_PreviewPane::stepsThroughOutputs()
{
    Simulator::TaskSpec spec;
    spec.outputCount = 2;
    const Task task = finishedTask(spec);
    QCOMPARE(task.outputs.size(), 2);
    m_pane->showTask(&task);
    auto *position = m_pane->findChild<QLabel *>(QStringLiteral("outputPosition"));
    auto *next = m_pane->findChild<QToolButton *>(QStringLiteral("nextOutputButton"));
    auto *previous = m_pane->findChild<QToolButton *>(QStringLiteral("previousOutputButton"));
    QVERIFY(position && next && previous);
    QCOMPARE(m_pane->outputCount(), 2);
    QCOMPARE(m_pane->outputIndex(), 0);
    QCOMPARE(position->text(), QStringLiteral("1 / 2"));
    QVERIFY(next->isVisible() && previous->isVisible());

    next->click();
    QCOMPARE(m_pane->outputIndex(), 1);
    QCOMPARE(position->text(), QStringLiteral("2 / 2"));
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->content(), PreviewPane::Content::Image, PreviewTimeoutMs);

    next->click(); // wraps around to the first
    QCOMPARE(m_pane->outputIndex(), 0);
    QCOMPARE(position->text(), QStringLiteral("1 / 2"));

    previous->click(); // and back to the last
    QCOMPARE(m_pane->outputIndex(), 1);
    QCOMPARE(position->text(), QStringLiteral("2 / 2"));

    m_pane->previousOutput();
    QCOMPARE(m_pane->outputIndex(), 0);
}

void tst_PreviewPane::playsVideoMuted()
{
    Simulator::TaskSpec spec;
    spec.model = QStringLiteral("kwaivgi/kling-v2.1-i2v-standard");
    const Task task = finishedTask(spec);
    QCOMPARE(task.outputs.size(), 1);
    QVERIFY(task.outputs.first().path().endsWith(QLatin1String(".mp4")));

    m_pane->showTask(&task);
    QCOMPARE(m_pane->content(), PreviewPane::Content::Video);
    auto *player = m_pane->findChild<VideoPlayer *>();
    QVERIFY(player);
    QVERIFY(player->isVisible());
    QCOMPARE(player->source(), task.outputs.first());
    QVERIFY(player->isMuted());

    // It really plays, muted, from the fetched bytes that carry the output's address.
    QTRY_VERIFY_WITH_TIMEOUT(player->isPlaying(), PreviewTimeoutMs);
    QCOMPARE(player->mediaPlayer()->source(), task.outputs.first());
    QTRY_VERIFY_WITH_TIMEOUT(player->mediaPlayer()->duration() > 0, PreviewTimeoutMs);
    QVERIFY(player->isMuted());
    auto *play = player->findChild<QToolButton *>(QStringLiteral("playButton"));
    QVERIFY(play);
    play->click();
    QVERIFY(!player->isPlaying());

    // The sound is the user's choice, and a new video starts muted again.
    auto *mute = player->findChild<QToolButton *>(QStringLiteral("muteButton"));
    QVERIFY(mute);
    QVERIFY(!mute->toolTip().isEmpty() && !mute->accessibleName().isEmpty());
    mute->click();
    QVERIFY(!player->isMuted());
    m_pane->showTask(nullptr);
    m_pane->showTask(&task);
    QVERIFY(player->isMuted());
}

void tst_PreviewPane::showsFailureWithMeaning()
{
    Simulator::TaskSpec spec;
    spec.outcome = Simulator::Outcome::Failed;
    spec.errorCode = 1200;
    spec.error = QStringLiteral("Rejected by the safety checker");
    const Task task = finishedTask(spec);
    QCOMPARE(task.state, TaskState::Failed);
    QCOMPARE(task.errorCode, 1200);

    m_pane->showTask(&task);
    QCOMPARE(m_pane->content(), PreviewPane::Content::Nothing);
    auto *error = m_pane->findChild<QLabel *>(QStringLiteral("errorValue"));
    auto *status = m_pane->findChild<QLabel *>(QStringLiteral("statusValue"));
    QVERIFY(error && status);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(spec.error), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QLatin1String("content moderation")),
             qPrintable(error->text()));
    QCOMPARE(status->text(), QStringLiteral("Failed"));
    QVERIFY2(messageText().contains(QLatin1String("content moderation")),
             qPrintable(messageText()));
}

void tst_PreviewPane::copiesUrl()
{
    const Task task = finishedTask({});
    m_pane->showTask(&task);
    auto *copy = m_pane->findChild<QToolButton *>(QStringLiteral("copyUrlButton"));
    auto *open = m_pane->findChild<QToolButton *>(QStringLiteral("openUrlButton"));
    auto *address = m_pane->findChild<QLabel *>(QStringLiteral("outputUrl"));
    QVERIFY(copy && open && address);
    for (QToolButton *button : {copy, open}) {
        QVERIFY(!button->toolTip().isEmpty());
        QVERIFY(!button->accessibleName().isEmpty());
    }
    QCOMPARE(address->toolTip(), task.outputs.first().toString());

    QGuiApplication::clipboard()->clear();
    copy->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), task.outputs.first().toString());
}

void tst_PreviewPane::blursFlaggedOutput_data()
{
    QTest::addColumn<bool>("blur");
    QTest::addColumn<bool>("flagged");
    QTest::addColumn<bool>("blurred");

    QTest::newRow("flagged, blur on") << true << true << true;
    QTest::newRow("flagged, blur off") << false << true << false;
    QTest::newRow("not flagged, blur on") << true << false << false;
}

void tst_PreviewPane::blursFlaggedOutput()
{
    QFETCH(bool, blur);
    QFETCH(bool, flagged);
    QFETCH(bool, blurred);

    Simulator::TaskSpec spec;
    spec.nsfw = {flagged};
    const Task task = finishedTask(spec);
    QCOMPARE(task.nsfw, QList<bool>{flagged});

    m_pane->setBlurNsfw(blur);
    m_pane->showTask(&task);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->content(), PreviewPane::Content::Image, PreviewTimeoutMs);
    auto *view = m_pane->findChild<ImageView *>();
    auto *reveal = m_pane->findChild<QPushButton *>(QStringLiteral("revealButton"));
    QVERIFY(view && reveal);
    QCOMPARE(view->isBlurred(), blurred);
    QCOMPARE(reveal->isVisible(), blurred);
}

void tst_PreviewPane::revealsFlaggedImage()
{
    Simulator::TaskSpec spec;
    spec.outputCount = 2;
    spec.nsfw = {true, true};
    const Task task = finishedTask(spec);
    m_pane->setBlurNsfw(true);
    m_pane->showTask(&task);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->content(), PreviewPane::Content::Image, PreviewTimeoutMs);
    auto *view = m_pane->findChild<ImageView *>();
    auto *reveal = m_pane->findChild<QPushButton *>(QStringLiteral("revealButton"));
    QVERIFY(view && reveal);
    QVERIFY(view->isBlurred());
    QVERIFY(!reveal->toolTip().isEmpty() && !reveal->accessibleName().isEmpty());

    QSignalSpy revealed(m_pane.get(), &PreviewPane::revealed);
    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(revealed.count(), 1);
    QCOMPARE(revealed.first().first().toString(), task.id);
    QVERIFY(!view->isBlurred());
    QVERIFY(!reveal->isVisible());

    // Revealed for the task: its other output is shown plainly too.
    m_pane->nextOutput();
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->content(), PreviewPane::Content::Image, PreviewTimeoutMs);
    QVERIFY(!view->isBlurred());
    QVERIFY(!reveal->isVisible());
}

void tst_PreviewPane::holdsFlaggedVideoUntilRevealed()
{
    Simulator::TaskSpec spec;
    spec.model = QStringLiteral("kwaivgi/kling-v2.1-i2v-standard");
    spec.nsfw = {true};
    const Task task = finishedTask(spec);
    m_pane->setBlurNsfw(true);
    m_pane->showTask(&task);
    QCOMPARE(m_pane->content(), PreviewPane::Content::Video);
    auto *player = m_pane->findChild<VideoPlayer *>();
    auto *reveal = m_pane->findChild<QPushButton *>(QStringLiteral("revealButton"));
    QVERIFY(player && reveal);
    QVERIFY(reveal->isVisible());
    QVERIFY(player->source().isEmpty());
    QVERIFY(!player->isPlaying());

    QSignalSpy revealed(m_pane.get(), &PreviewPane::revealed);
    reveal->click();
    QCOMPARE(revealed.count(), 1);
    QCOMPARE(player->source(), task.outputs.first());
    QVERIFY(player->isMuted());
    QVERIFY(!reveal->isVisible());
}

void tst_PreviewPane::reportsMissingOutput_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("image") << QStringLiteral("7.png");
    QTest::newRow("video") << QStringLiteral("7.mp4");
}

void tst_PreviewPane::reportsMissingOutput()
{
    QFETCH(QString, file);
    Task task = finishedTask({});
    QUrl missing = m_simulator.outputBase();
    missing.setPath(QStringLiteral("/outputs/%1/%2").arg(task.id, file));
    task.outputs = {missing};

    m_pane->showTask(&task);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->content(), PreviewPane::Content::Unavailable,
                              PreviewTimeoutMs);
    QVERIFY2(messageText().startsWith(QLatin1String("Preview unavailable: ")),
             qPrintable(messageText()));
    QVERIFY2(messageText().contains(QLatin1String("404")), qPrintable(messageText()));
}

void tst_PreviewPane::clearsOnNullTask()
{
    const Task task = finishedTask({});
    m_pane->showTask(&task);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->content(), PreviewPane::Content::Image, PreviewTimeoutMs);

    m_pane->showTask(nullptr);
    QCOMPARE(m_pane->content(), PreviewPane::Content::Nothing);
    QCOMPARE(m_pane->taskId(), QString());
    QCOMPARE(messageText(), QStringLiteral("Select a task to preview it"));
    QVERIFY(m_pane->findChild<ImageView *>()->image().isNull());
}

// The FFmpeg backend must be chosen before the application object exists.
int main(int argc, char **argv)
{
    qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    QApplication app(argc, argv);
    tst_PreviewPane test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_previewpane.moc"
