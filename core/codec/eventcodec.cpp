// The event log on the wire: events, sync pages and stream frames (docs/sync.md).
#include "jsonreader.h"

namespace shopinbox::json {

using namespace detail;

QJsonObject encode(const ServerEvent &event)
{
    return {
        {QStringLiteral("seq"), event.seq},
        {QStringLiteral("type"), event.type},
        {QStringLiteral("at"), formatTime(event.at)},
        {QStringLiteral("data"), event.data},
    };
}

Decoded<ServerEvent> decodeEvent(const QJsonValue &value, const QString &path)
{
    Reader r(value, path);
    ServerEvent event;
    event.seq = r.integer("seq", 1);
    event.type = r.nonEmptyString("type");
    event.at = r.time("at");
    event.data = r.rawObject("data");
    return r.finish(std::move(event));
}

QJsonObject encode(const SyncPage &page)
{
    return {
        {QStringLiteral("events"), encodeAll(page.events)},
        {QStringLiteral("next_since"), page.nextSince},
        {QStringLiteral("has_more"), page.hasMore},
        {QStringLiteral("email_replies"), page.emailReplies},
    };
}

Decoded<SyncPage> decodeSyncPage(const QJsonValue &value, const QString &path)
{
    Reader r(value, path);
    SyncPage page;
    page.events =
        r.array<ServerEvent>("events", Rule::Required,
                             [](const QJsonValue &v, const QString &field) { return decodeEvent(v, field); });
    // The client resumes from the last applied seq, so a page must not go backwards or repeat itself.
    for (qsizetype i = 1; i < page.events.size() && !r.failed(); ++i) {
        if (page.events[i].seq <= page.events[i - 1].seq)
            r.failAt(indexed(r.pathOf("events"), i) + QLatin1String(".seq"),
                     QStringLiteral("not after the previous event"));
    }
    page.nextSince = r.integer("next_since", 0);
    page.hasMore = r.boolean("has_more");
    page.emailReplies = r.optionalBoolean("email_replies", false);
    if (!r.failed() && !page.events.isEmpty() && page.nextSince < page.events.constLast().seq)
        r.fail("next_since", QLatin1String("must not be before the last event's seq ") +
                                 QString::number(page.events.constLast().seq));
    return r.finish(std::move(page));
}

Decoded<SyncPage> decodeSyncPage(const QByteArray &body)
{
    Decoded<QJsonObject> object = parseObject(body);
    if (!object.ok())
        return object.error();
    return decodeSyncPage(QJsonValue(object.value()), QString());
}

Decoded<ServerEvent> decodeEvent(const QByteArray &frame)
{
    Decoded<QJsonObject> object = parseObject(frame);
    if (!object.ok())
        return object.error();
    return decodeEvent(QJsonValue(object.value()), QString());
}

} // namespace shopinbox::json
