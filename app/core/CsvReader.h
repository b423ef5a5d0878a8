#pragma once

#include <QString>
#include <QStringList>

// Reads comma-separated text as RFC 4180 describes it: fields may be quoted, a quoted field may hold
// commas, doubled quotes ("") and line breaks; records end with CRLF, LF or a lone CR. Completely
// empty lines are skipped (spreadsheets leave them at the end). Each record knows the physical line
// it starts on, so messages can point at the line a person sees in an editor even after a quoted
// multi-line field. The text is already decoded; see decodeUtf8() for bytes from a file.
class CsvReader
{
public:
    struct Record {
        int line = 0; // 1-based physical line where the record starts
        QStringList fields;
    };

    explicit CsvReader(const QString &text);

    // The next record, or false at the end of the text or on a syntax error (see hasError()).
    bool next(Record &record);
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    int errorLine() const { return m_errorLine; }

    // UTF-8 bytes with or without a byte order mark to text; false when the bytes are not UTF-8.
    static bool decodeUtf8(const QByteArray &bytes, QString &text);

private:
    bool atLineEnd() const;
    void skipLineEnd();
    bool readQuoted(QString &field);
    void fail(int line, const QString &message);

    QString m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    QString m_error;
    int m_errorLine = 0;
};
