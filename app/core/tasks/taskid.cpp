// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "taskid.h"

#include <QJsonDocument>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace {

constexpr qsizetype MaxIdLength = 128;
// Shorter tokens are too often ordinary things ("v3", "mp4", "1080p").
constexpr qsizetype MinLooseTokenLength = 6;

const QLatin1String PredictionsPath("/predictions/");

bool isTokenChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_' ||
           u == '-';
}

bool isToken(QStringView text, qsizetype minLength)
{
    if (text.size() < minLength || text.size() > MaxIdLength)
        return false;
    for (const QChar c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool isDigitAt(QStringView text, qsizetype i)
{
    return i < text.size() && text[i] >= QLatin1Char('0') && text[i] <= QLatin1Char('9');
}

// "2024-05-01" and "2024-05-01T10" (the part of a timestamp before the first colon) hold digits
// but are dates, which pasted logs and API replies are full of.
bool isDate(QStringView token)
{
    const auto digits = [token](qsizetype from, qsizetype count) {
        for (qsizetype i = from; i < from + count; ++i) {
            if (!isDigitAt(token, i))
                return false;
        }
        return true;
    };
    if (token.size() != 10 && token.size() != 13)
        return false;
    if (!digits(0, 4) || token[4] != QLatin1Char('-') || !digits(5, 2) ||
        token[7] != QLatin1Char('-') || !digits(8, 2))
        return false;
    return token.size() == 10 ||
           ((token[10] == QLatin1Char('T') || token[10] == QLatin1Char('t')) && digits(11, 2));
}

// The rule for a token met in prose: long enough, holding a digit, not a date.
bool isLooseId(QStringView token)
{
    if (!isToken(token, MinLooseTokenLength))
        return false;
    bool hasDigit = false;
    for (const QChar c : token) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            hasDigit = true;
            break;
        }
    }
    return hasDigit && !isDate(token);
}

bool isUrlEnd(QChar c)
{
    return c.isSpace() || c == QLatin1Char('"') || c == QLatin1Char('\'') ||
           c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char('`');
}

// IDs in order, each once.
class Collector
{
public:
    void add(const QString &id)
    {
        if (!m_seen.contains(id)) {
            m_seen.insert(id);
            m_ids.append(id);
        }
    }
    qsizetype count() const { return m_ids.size(); }
    QStringList ids() const { return m_ids; }

private:
    QStringList m_ids;
    QSet<QString> m_seen;
};

// The segment after every "/predictions/" in text, percent-decoded; "result" is a path word.
void collectPredictionPaths(QStringView text, Collector &ids)
{
    qsizetype from = 0;
    while (true) {
        const qsizetype at = text.indexOf(PredictionsPath, from);
        if (at < 0)
            return;
        qsizetype end = at + PredictionsPath.size();
        while (end < text.size() && (isTokenChar(text[end]) || text[end] == QLatin1Char('%')))
            ++end;
        const QStringView raw =
            text.mid(at + PredictionsPath.size(), end - at - PredictionsPath.size());
        const QString segment = raw.contains(QLatin1Char('%'))
                                    ? QUrl::fromPercentEncoding(raw.toUtf8())
                                    : raw.toString();
        if (isToken(segment, 1) && segment != QLatin1String("result"))
            ids.add(segment);
        from = end;
    }
}

// Prose: URLs give only their /predictions/ segment, every other token is judged on its own.
void collectFromProse(QStringView text, Collector &ids)
{
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        if (!isTokenChar(text[i])) {
            if (text[i] == QLatin1Char('/') && text.mid(i).startsWith(PredictionsPath)) {
                // A path without a scheme, e.g. from a log line: "GET /api/v3/predictions/x".
                qsizetype end = i;
                while (end < size && !isUrlEnd(text[end]))
                    ++end;
                collectPredictionPaths(text.mid(i, end - i), ids);
                i = end;
            } else {
                ++i;
            }
            continue;
        }

        qsizetype end = i;
        while (end < size && isTokenChar(text[end]))
            ++end;
        if (text.mid(end, 3) == QLatin1String("://")) {
            // Host names and path words of a URL are not IDs ("cdn2-images", "v3").
            qsizetype urlEnd = end;
            while (urlEnd < size && !isUrlEnd(text[urlEnd]))
                ++urlEnd;
            collectPredictionPaths(text.mid(i, urlEnd - i), ids);
            i = urlEnd;
            continue;
        }
        const QStringView token = text.mid(i, end - i);
        if (isLooseId(token))
            ids.add(token.toString());
        i = end;
    }
}

// Reads JSON as a stream of tokens so that IDs come out in document order (QJsonObject sorts its
// keys) and so that a cut-off paste still gives what it holds. Only "id" values count, plus
// /predictions/ URLs inside strings and the strings of a top-level array of IDs.
class JsonScanner
{
public:
    JsonScanner(QStringView text, Collector &ids)
        : m_text(text)
        , m_ids(ids)
    {}

    void run()
    {
        const qsizetype size = m_text.size();
        while (m_pos < size) {
            const QChar c = m_text[m_pos];
            if (c == QLatin1Char('"')) {
                readString();
            } else if (c == QLatin1Char('{') || c == QLatin1Char('[')) {
                if (m_depth == 0)
                    m_topIsArray = c == QLatin1Char('[');
                ++m_depth;
                m_idKeyPending = false;
                ++m_pos;
            } else if (c == QLatin1Char('}') || c == QLatin1Char(']')) {
                m_depth = qMax(0, m_depth - 1);
                m_idKeyPending = false;
                ++m_pos;
            } else if (c == QLatin1Char('-') || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
                readNumber();
            } else {
                if (!c.isSpace() && c != QLatin1Char(':'))
                    m_idKeyPending = false;
                ++m_pos;
            }
        }
    }

private:
    void readString()
    {
        const QString value = decodeString();

        qsizetype next = m_pos;
        while (next < m_text.size() && m_text[next].isSpace())
            ++next;
        if (next < m_text.size() && m_text[next] == QLatin1Char(':')) {
            m_idKeyPending = value == QLatin1String("id");
            m_pos = next + 1;
            return;
        }

        if (m_idKeyPending) {
            const QString id = value.trimmed();
            if (TaskId::isAcceptable(id))
                m_ids.add(id);
        } else if (m_depth == 1 && m_topIsArray && isLooseId(value)) {
            m_ids.add(value);
        }
        m_idKeyPending = false;
        collectPredictionPaths(value, m_ids);
    }

    // Consumes a string literal from m_pos (at its opening quote) and returns it unescaped.
    QString decodeString()
    {
        QString value;
        const qsizetype size = m_text.size();
        ++m_pos;
        while (m_pos < size) {
            const QChar c = m_text[m_pos++];
            if (c == QLatin1Char('"'))
                break;
            if (c != QLatin1Char('\\') || m_pos >= size) {
                value += c;
                continue;
            }
            const QChar escaped = m_text[m_pos++];
            switch (escaped.unicode()) {
            case 'n':
                value += QLatin1Char('\n');
                break;
            case 't':
                value += QLatin1Char('\t');
                break;
            case 'r':
                value += QLatin1Char('\r');
                break;
            case 'b':
                value += QLatin1Char('\b');
                break;
            case 'f':
                value += QLatin1Char('\f');
                break;
            case 'u': {
                bool ok = false;
                const ushort code = m_text.mid(m_pos, 4).toUShort(&ok, 16);
                if (ok && m_pos + 4 <= size) {
                    value += QChar(code);
                    m_pos += 4;
                }
                break;
            }
            default: // \" \\ \/ and anything else stands for itself
                value += escaped;
                break;
            }
        }
        return value;
    }

    void readNumber()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() &&
               (m_text[m_pos].isDigit() || m_text[m_pos] == QLatin1Char('-') ||
                m_text[m_pos] == QLatin1Char('+') || m_text[m_pos] == QLatin1Char('.') ||
                m_text[m_pos] == QLatin1Char('e') || m_text[m_pos] == QLatin1Char('E')))
            ++m_pos;
        const QStringView literal = m_text.mid(start, m_pos - start);

        // A numeric id is kept exactly as written, without a trip through double.
        if (m_idKeyPending && isToken(literal, 1) &&
            std::all_of(literal.begin(), literal.end(),
                        [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }))
            m_ids.add(literal.toString());
        m_idKeyPending = false;
    }

    QStringView m_text;
    Collector &m_ids;
    qsizetype m_pos = 0;
    int m_depth = 0;
    bool m_topIsArray = false;
    bool m_idKeyPending = false;
};

bool looksLikeJson(QStringView trimmed)
{
    return trimmed.startsWith(QLatin1Char('{')) || trimmed.startsWith(QLatin1Char('['));
}

bool isValidJson(QStringView text)
{
    QJsonParseError error;
    QJsonDocument::fromJson(text.toUtf8(), &error);
    return error.error == QJsonParseError::NoError;
}

// JSON when it parses, or when it reads like JSON and names an "id" (a cut-off paste).
// Returns false when the text is to be read as prose instead.
bool collectFromJson(QStringView trimmed, Collector &ids)
{
    if (!looksLikeJson(trimmed))
        return false;
    const qsizetype before = ids.count();
    JsonScanner(trimmed, ids).run();
    if (ids.count() > before)
        return true;
    return isValidJson(trimmed);
}

// Valid JSON on every non-empty line: JSON Lines, where prose rules would find noise.
bool isJsonLines(QStringView text)
{
    bool any = false;
    for (const QStringView line : text.tokenize(QLatin1Char('\n'))) {
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (!looksLikeJson(trimmed) || !isValidJson(trimmed))
            return false;
        any = true;
    }
    return any;
}

} // namespace

namespace TaskId {

QStringList extract(QStringView text)
{
    Collector ids;
    const QStringView trimmed = text.trimmed();

    // The whole text as one JSON document, or as JSON Lines.
    if (looksLikeJson(trimmed) && (isValidJson(trimmed) || isJsonLines(trimmed))) {
        JsonScanner(trimmed, ids).run();
        return ids.ids();
    }

    // Otherwise line by line: a JSON line among prose is still read as JSON.
    for (const QStringView line : text.tokenize(QLatin1Char('\n'))) {
        if (!collectFromJson(line.trimmed(), ids))
            collectFromProse(line, ids);
    }
    return ids.ids();
}

bool isAcceptable(QStringView id)
{
    if (id.isEmpty() || id.size() > MaxIdLength)
        return false;
    // "." and ".." are dot-segments: QUrl decodes even "%2E%2E", and the path would climb.
    if (id == QLatin1String(".") || id == QLatin1String(".."))
        return false;
    for (qsizetype i = 0; i < id.size(); ++i) {
        const QChar c = id[i];
        const auto category = c.category();
        if (c.isSpace() || category == QChar::Other_Control || category == QChar::Other_Format)
            return false;
        // An unpaired surrogate cannot be encoded into a URL faithfully.
        if (c.isHighSurrogate()) {
            if (i + 1 >= id.size() || !id[i + 1].isLowSurrogate())
                return false;
            ++i;
        } else if (c.isLowSurrogate()) {
            return false;
        }
    }
    return true;
}

QString pathSegment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

} // namespace TaskId
