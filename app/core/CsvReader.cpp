#include "core/CsvReader.h"

#include <QCoreApplication>
#include <QStringDecoder>

CsvReader::CsvReader(const QString &text) : m_text(text) {}

bool CsvReader::decodeUtf8(const QByteArray &bytes, QString &text)
{
    QByteArrayView view(bytes);
    static const QByteArray bom("\xEF\xBB\xBF");
    if (view.startsWith(bom))
        view = view.sliced(bom.size());
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    text = decoder.decode(view);
    return !decoder.hasError();
}

bool CsvReader::atLineEnd() const
{
    const QChar c = m_text.at(m_pos);
    return c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

void CsvReader::skipLineEnd()
{
    if (m_text.at(m_pos) == QLatin1Char('\r') && m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == QLatin1Char('\n'))
        ++m_pos;
    ++m_pos;
    ++m_line;
}

void CsvReader::fail(int line, const QString &message)
{
    m_error = message;
    m_errorLine = line;
}

bool CsvReader::readQuoted(QString &field)
{
    const int startLine = m_line;
    ++m_pos; // opening quote
    while (m_pos < m_text.size()) {
        const QChar c = m_text.at(m_pos);
        if (c == QLatin1Char('"')) {
            if (m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == QLatin1Char('"')) {
                field += QLatin1Char('"');
                m_pos += 2;
                continue;
            }
            ++m_pos;
            if (m_pos < m_text.size() && m_text.at(m_pos) != QLatin1Char(',') && !atLineEnd()) {
                fail(m_line, QCoreApplication::translate("CsvReader", "unexpected text after a closing quote"));
                return false;
            }
            return true;
        }
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            field += QLatin1Char('\n'); // line breaks inside a field are normalised to LF
            skipLineEnd();
            continue;
        }
        field += c;
        ++m_pos;
    }
    fail(startLine, QCoreApplication::translate("CsvReader", "a quoted field is never closed (missing \")"));
    return false;
}

bool CsvReader::next(Record &record)
{
    record = {};
    if (hasError())
        return false;
    while (m_pos < m_text.size() && atLineEnd())
        skipLineEnd(); // blank lines
    if (m_pos >= m_text.size())
        return false;

    record.line = m_line;
    QString field;
    while (true) {
        if (m_pos >= m_text.size()) {
            record.fields << field;
            return true;
        }
        const QChar c = m_text.at(m_pos);
        if (c == QLatin1Char('"') && field.isEmpty()) {
            if (!readQuoted(field))
                return false;
            continue;
        }
        if (c == QLatin1Char(',')) {
            record.fields << field;
            field.clear();
            ++m_pos;
            continue;
        }
        if (atLineEnd()) {
            record.fields << field;
            skipLineEnd();
            return true;
        }
        field += c;
        ++m_pos;
    }
}
