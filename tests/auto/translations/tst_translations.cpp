// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "settings/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// The shipped .ts files against the sources: every string translated, nothing stale, nothing
// missing. Fresh .ts files are made by running lupdate over the same list of sources as the
// update_translations target, then compared message by message with the shipped ones.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shipsEveryLanguage();
    void everyEntryFinished_data();
    void everyEntryFinished();
    void matchesSources_data();
    void matchesSources();
    void keepsPlaceholdersAndMnemonics_data();
    void keepsPlaceholdersAndMnemonics();
    void installsChosenLanguage_data();
    void installsChosenLanguage();

private:
    QTemporaryDir m_fresh;
};

namespace {

constexpr int LupdateTimeoutMs = 120'000;
// English holds the plural forms only; the others hold every string.
const QString PluralOnlyLanguage = QStringLiteral("en");
const QStringList ShippedLanguages = {QStringLiteral("de"), QStringLiteral("en"),
                                      QStringLiteral("ja"), QStringLiteral("zh_CN")};

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "", "unfinished", "obsolete" or "vanished"
    QStringList forms;

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    QString describe() const
    {
        return QStringLiteral("%1 / \"%2\"%3")
            .arg(context, source,
                 comment.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(comment));
    }
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

QString tsPath(const QString &directory, const QString &language)
{
    return QDir(directory).filePath(QStringLiteral("wavespeed-monitor_%1.ts").arg(language));
}

Message readMessage(QXmlStreamReader &xml, const QString &context)
{
    Message message;
    message.context = context;
    message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
    while (xml.readNextStartElement()) {
        if (xml.name() == u"source") {
            message.source = xml.readElementText();
        } else if (xml.name() == u"comment") {
            message.comment = xml.readElementText();
        } else if (xml.name() == u"translation") {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus) {
                message.forms.append(xml.readElementText());
                continue;
            }
            while (xml.readNextStartElement()) {
                if (xml.name() == u"numerusform")
                    message.forms.append(xml.readElementText());
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement(); // extracomment, location, translatorcomment
        }
    }
    return message;
}

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    if (!xml.readNextStartElement() || xml.name() != u"TS") {
        ts.error = QStringLiteral("not a TS file");
        return ts;
    }
    ts.language = xml.attributes().value(QLatin1String("language")).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() != u"context") {
            xml.skipCurrentElement();
            continue;
        }
        QString context;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"name")
                context = xml.readElementText();
            else if (xml.name() == u"message")
                ts.messages.append(readMessage(xml, context));
            else
                xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

QHash<QString, Message> byKey(const QList<Message> &messages)
{
    QHash<QString, Message> result;
    for (const Message &message : messages)
        result.insert(message.key(), message);
    return result;
}

// %1…%99, plus %n in plural strings, each counted once: translations may reorder them.
QSet<QString> placeholders(const QString &text, bool numerus)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:L?[1-9][0-9]?|n)"));
    QSet<QString> found;
    for (const auto &match : pattern.globalMatch(text)) {
        const QString placeholder = match.captured();
        if (placeholder != u"%n" || numerus)
            found.insert(placeholder);
    }
    return found;
}

// "&File" has one mnemonic, "Fish && Chips" none.
int mnemonics(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (i + 1 < text.size() && text.at(i + 1) == u'&')
            ++i;
        else
            ++count;
    }
    return count;
}

QString join(const QStringList &lines)
{
    return lines.join(QStringLiteral("\n  "));
}

} // namespace

void TestTranslations::initTestCase()
{
    QVERIFY(m_fresh.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(WSM_LUPDATE)), WSM_LUPDATE);
    QVERIFY2(QFile::exists(QStringLiteral(WSM_SOURCES_LIST)), WSM_SOURCES_LIST);

    // One fresh file per shipped language, from the sources as they are now.
    for (const QString &language : ShippedLanguages) {
        QStringList arguments = {QStringLiteral("-silent"),
                                 QStringLiteral("-locations"),
                                 QStringLiteral("none"),
                                 QStringLiteral("-no-obsolete"),
                                 QStringLiteral("-source-language"),
                                 QStringLiteral("en"),
                                 QStringLiteral("-target-language"),
                                 language};
        if (language == PluralOnlyLanguage)
            arguments.append(QStringLiteral("-pluralonly"));
        arguments << QStringLiteral("@" WSM_SOURCES_LIST) << QStringLiteral("-ts")
                  << tsPath(m_fresh.path(), language);

        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(WSM_LUPDATE), arguments);
        QVERIFY2(lupdate.waitForFinished(LupdateTimeoutMs), qPrintable(lupdate.errorString()));
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 lupdate.readAll().constData());
        QVERIFY(QFile::exists(tsPath(m_fresh.path(), language)));
    }
}

void TestTranslations::shipsEveryLanguage()
{
    const QStringList shipped = QDir(QStringLiteral(WSM_TRANSLATIONS_DIR))
                                    .entryList({QStringLiteral("wavespeed-monitor_*.ts")});
    QStringList languages;
    for (const QString &name : shipped)
        languages.append(name.mid(18).chopped(3)); // "wavespeed-monitor_" … ".ts"
    QCOMPARE(languages, ShippedLanguages);
}

void TestTranslations::everyEntryFinished_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : ShippedLanguages)
        QTest::newRow(qPrintable(language)) << language;
}

void TestTranslations::everyEntryFinished()
{
    QFETCH(QString, language);
    const TsFile shipped = readTs(tsPath(QStringLiteral(WSM_TRANSLATIONS_DIR), language));
    QVERIFY2(shipped.error.isEmpty(), qPrintable(shipped.error));
    QCOMPARE(shipped.language, language);
    QVERIFY(!shipped.messages.isEmpty());

    // lupdate writes as many empty forms as the language has plurals (German 2, Japanese 1).
    const TsFile fresh = readTs(tsPath(m_fresh.path(), language));
    int pluralForms = 0;
    for (const Message &message : fresh.messages) {
        if (message.numerus)
            pluralForms = int(message.forms.size());
    }

    QStringList problems;
    for (const Message &message : shipped.messages) {
        if (!message.type.isEmpty())
            problems.append(message.type + QStringLiteral(": ") + message.describe());
        else if (message.forms.isEmpty() || message.forms.contains(QString()))
            problems.append(QStringLiteral("empty: ") + message.describe());
        else if (message.numerus && pluralForms > 0 && message.forms.size() != pluralForms)
            problems.append(QStringLiteral("%1 plural forms instead of %2: %3")
                                .arg(message.forms.size())
                                .arg(pluralForms)
                                .arg(message.describe()));
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 entries of wavespeed-monitor_%2.ts need work:\n  %3")
                            .arg(problems.size())
                            .arg(language, join(problems))));
}

void TestTranslations::matchesSources_data()
{
    everyEntryFinished_data();
}

void TestTranslations::matchesSources()
{
    QFETCH(QString, language);
    const TsFile shipped = readTs(tsPath(QStringLiteral(WSM_TRANSLATIONS_DIR), language));
    const TsFile fresh = readTs(tsPath(m_fresh.path(), language));
    QVERIFY2(shipped.error.isEmpty(), qPrintable(shipped.error));
    QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));
    QVERIFY(!fresh.messages.isEmpty());

    const QHash<QString, Message> shippedByKey = byKey(shipped.messages);
    const QHash<QString, Message> freshByKey = byKey(fresh.messages);
    QStringList problems;
    for (const Message &message : fresh.messages) {
        const auto found = shippedByKey.constFind(message.key());
        if (found == shippedByKey.cend())
            problems.append(QStringLiteral("missing: ") + message.describe());
        else if (found->numerus != message.numerus)
            problems.append(QStringLiteral("plural or not changed: ") + message.describe());
    }
    for (const Message &message : shipped.messages) {
        if (!freshByKey.contains(message.key()))
            problems.append(QStringLiteral("no longer in the sources: ") + message.describe());
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("wavespeed-monitor_%1.ts does not match the sources; run "
                                       "cmake --build <dir> --target update_translations, then "
                                       "translate:\n  %2")
                            .arg(language, join(problems))));
}

void TestTranslations::keepsPlaceholdersAndMnemonics_data()
{
    everyEntryFinished_data();
}

void TestTranslations::keepsPlaceholdersAndMnemonics()
{
    QFETCH(QString, language);
    const TsFile shipped = readTs(tsPath(QStringLiteral(WSM_TRANSLATIONS_DIR), language));
    QVERIFY2(shipped.error.isEmpty(), qPrintable(shipped.error));

    QStringList problems;
    for (const Message &message : shipped.messages) {
        const QSet<QString> expected = placeholders(message.source, message.numerus);
        const int expectedMnemonics = mnemonics(message.source);
        for (const QString &form : message.forms) {
            if (placeholders(form, message.numerus) != expected)
                problems.append(QStringLiteral("placeholders differ: %1 → \"%2\"")
                                    .arg(message.describe(), form));
            if (mnemonics(form) != expectedMnemonics)
                problems.append(QStringLiteral("mnemonic (&) differs: %1 → \"%2\"")
                                    .arg(message.describe(), form));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(join(problems)));
}

void TestTranslations::installsChosenLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("settings");

    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("&Einstellungen…");
    QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("設定(&S)…");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("设置(&S)…");
}

// The compiled files are embedded and found by language name; numbers and dates follow it.
void TestTranslations::installsChosenLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, settings);

    Translations::install(language);

    QCOMPARE(QCoreApplication::translate("MainWindow", "&Settings…"), settings);
    QCOMPARE(QLocale().language(), QLocale(language).language());
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
