#include "messagesamples.h"

namespace shopinbox::test {

Message messageSample(MessageKind kind, qint64 id, qint64 conversationId, const QDateTime &createdAt)
{
    Message m;
    m.id = id;
    m.conversationId = conversationId;
    m.kind = kind;
    m.createdAt = createdAt.toUTC();
    m.author = MessageAuthor::Staff;
    m.staffId = 1;
    m.clientId = QStringLiteral("5b0e2f4c-8a1d-4e7b-9c3f-%1").arg(id, 12, 10, QLatin1Char('0'));
    switch (kind) {
    case MessageKind::Text:
        m.author = MessageAuthor::Customer;
        m.staffId.reset();
        m.clientId.clear();
        m.body = QStringLiteral("Is de trui nog leverbaar in maat M? 🧶\nIk wil hem graag voor vrijdag.");
        break;
    case MessageKind::Products:
        m.body = QStringLiteral("Deze twee hebben we nog in M:");
        m.products = {
            SharedProduct{1, QStringLiteral("Merino trui"), Money{8950, QStringLiteral("EUR")},
                          QStringLiteral("/media/demo/product-1.png"),
                          QStringLiteral("/products/merino-trui")},
            SharedProduct{2, QStringLiteral("Organic Cotton Crew-Neck T-Shirt, Heather Grey (Unisex)"),
                          Money{2495, QStringLiteral("EUR")}, QString(), QString()},
        };
        break;
    case MessageKind::Discount:
        m.body = QStringLiteral("Met deze code krijg je 10% korting.");
        m.discountCode = QStringLiteral("WELKOM10");
        m.discountSummary = QStringLiteral("10% off all products");
        break;
    case MessageKind::Image:
        m.imageId = QStringLiteral("img-5531");
        m.imageUrl = QStringLiteral("/media/img-5531.png");
        break;
    case MessageKind::CartEvent:
        m.author = MessageAuthor::System;
        m.staffId.reset();
        m.clientId.clear();
        m.cartAction = CartAction::Remove;
        m.cartProductTitle = QStringLiteral("Merino trui");
        m.body = QStringLiteral("Removed Merino trui from the cart");
        break;
    case MessageKind::System:
        m.author = MessageAuthor::System;
        m.staffId.reset();
        m.clientId.clear();
        m.automated = AutomatedReply::Away;
        m.body = QStringLiteral("We zijn er nu niet; we antwoorden per e-mail zodra we terug zijn.");
        break;
    case MessageKind::Notice:
        m.author = MessageAuthor::System;
        m.staffId.reset();
        m.clientId.clear();
        m.notice = NoticeKind::GivenName;
        m.noticeDetail = QStringLiteral("Zoë van der Berg-Oosterhuis 🌷");
        m.body = QStringLiteral("Started this chat as \u201cZoë van der Berg-Oosterhuis 🌷\u201d");
        break;
    }
    return m;
}

} // namespace shopinbox::test
