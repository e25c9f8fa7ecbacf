// SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
// SPDX-License-Identifier: MIT
#include "testfile.h"

#include <QByteArray>
#include <QFile>

#include <algorithm>
#include <cstring>

namespace {

constexpr qint64 ChunkBytes = 8 * 1024 * 1024;
constexpr quint64 Seed = 0x9E3779B97F4A7C15ULL;

// xorshift64*: fast, and its output does not compress.
class Noise
{
public:
    quint64 next()
    {
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        return m_state * 0x2545F4914F6CDD1DULL;
    }

private:
    quint64 m_state = Seed;
};

} // namespace

bool TestFile::write(const QString &path, qint64 bytes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = file.errorString();
        return false;
    }
    Noise noise;
    QByteArray chunk(ChunkBytes, Qt::Uninitialized);
    for (qint64 done = 0; done < bytes;) {
        const qint64 size = std::min(ChunkBytes, bytes - done);
        for (qint64 i = 0; i < size; i += qint64(sizeof(quint64))) {
            const quint64 word = noise.next();
            std::memcpy(chunk.data() + i, &word, std::min<size_t>(sizeof word, size_t(size - i)));
        }
        if (file.write(chunk.constData(), size) != size) {
            *error = file.errorString();
            return false;
        }
        done += size;
    }
    return true;
}

bool TestFile::sameContents(const QString &first, const QString &second)
{
    QFile a(first);
    QFile b(second);
    if (!a.open(QIODevice::ReadOnly) || !b.open(QIODevice::ReadOnly) || a.size() != b.size())
        return false;
    while (!a.atEnd()) {
        const QByteArray left = a.read(ChunkBytes);
        const QByteArray right = b.read(ChunkBytes);
        if (left != right)
            return false;
    }
    return b.atEnd();
}
