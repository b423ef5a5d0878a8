#include "endpoint/HttpResponseEncoder.h"

#include "endpoint/HttpRequestParser.h"

#include <QDateTime>
#include <QLocale>

namespace {

bool isSafeValue(const QByteArray &value)
{
    for (char c : value)
        if (c == '\r' || c == '\n' || c == '\0')
            return false;
    return true;
}

bool isServerOwned(const QByteArray &lowerName)
{
    return lowerName == "content-length" || lowerName == "transfer-encoding" || lowerName == "connection"
           || lowerName == "date" || lowerName == "content-type" || lowerName == "keep-alive";
}

} // namespace

QByteArray HttpResponseEncoder::reasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 410: return "Gone";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 415: return "Unsupported Media Type";
    case 417: return "Expectation Failed";
    case 422: return "Unprocessable Content";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    case 505: return "HTTP Version Not Supported";
    default: return "Status";
    }
}

QByteArray HttpResponseEncoder::httpDate(qint64 epochSeconds)
{
    const QDateTime t = QDateTime::fromSecsSinceEpoch(epochSeconds, Qt::UTC);
    return QLocale::c().toString(t, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

QByteArray HttpResponseEncoder::encode(const HttpResponse &response, bool keepAlive, bool omitBody,
                                       const QByteArray &httpDate)
{
    const int status = response.status >= 100 && response.status <= 599 ? response.status : 500;
    QByteArray out;
    out.reserve(160 + (omitBody ? 0 : response.body.size()));
    out += "HTTP/1.1 ";
    out += QByteArray::number(status);
    out += ' ';
    out += reasonPhrase(status);
    out += "\r\nDate: ";
    out += httpDate;
    out += "\r\nServer: ClinicMDM\r\nContent-Length: ";
    out += QByteArray::number(response.body.size());
    if (!response.contentType.isEmpty() && isSafeValue(response.contentType)) {
        out += "\r\nContent-Type: ";
        out += response.contentType;
    }
    for (const auto &[name, value] : response.headers) {
        if (!HttpRequestParser::isToken(name) || !isSafeValue(value) || isServerOwned(name.toLower()))
            continue;
        out += "\r\n";
        out += name;
        out += ": ";
        out += value;
    }
    out += keepAlive ? "\r\nConnection: keep-alive\r\n\r\n" : "\r\nConnection: close\r\n\r\n";
    if (!omitBody)
        out += response.body;
    return out;
}
