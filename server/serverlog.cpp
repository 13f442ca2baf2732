#include "serverlog.h"

Q_LOGGING_CATEGORY(lcServerHttp, "shopinbox.server.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServerDb, "shopinbox.server.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServerStream, "shopinbox.server.stream", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServerDemo, "shopinbox.server.demo", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServerEmail, "shopinbox.server.email", QtInfoMsg)

namespace shopinbox::server {

QByteArray logSafe(QByteArrayView text, qsizetype max)
{
    static constexpr char Hex[] = "0123456789abcdef";
    QByteArray out;
    out.reserve(qMin(text.size(), max) + 8);
    for (qsizetype i = 0; i < text.size() && i < max; ++i) {
        const auto c = static_cast<unsigned char>(text.at(i));
        if (c < 0x20 || c >= 0x7f || c == '\\') {
            out += "\\x";
            out += Hex[c >> 4];
            out += Hex[c & 15];
        } else {
            out += static_cast<char>(c);
        }
    }
    if (text.size() > max)
        out += "...";
    return out;
}

} // namespace shopinbox::server
