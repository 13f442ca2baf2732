#include "cachegenerator.h"

#include "codec/jsoncodec.h"
#include "domain/carteventtext.h"
#include "storage/cache.h"
#include "storage/eventapplier.h"

#include <QTimeZone>

#include <array>

namespace shopinbox {

namespace {

constexpr qint64 DayMs = 24LL * 3600 * 1000;
// 2026-01-01T00:00:00Z: generated shops have a fixed history so that runs compare.
constexpr qint64 BaseMs = 1767225600000LL;
constexpr qint64 HistoryMs = 300 * DayMs;

constexpr std::array FirstNames{"Emma",   "Liam",  "Sophie", "Lucas",  "Julia", "Noah",  "Chloé",   "Louis",
                                "Hannah", "Felix", "Anna",   "Daan",   "Léa",   "Jonas", "Mila",    "Sem",
                                "Marie",  "Paul",  "Zoë",    "Mathis", "Lotte", "Finn",  "Camille", "Ben"};
constexpr std::array LastNames{"de Vries", "Jansen",    "Bakker",  "Martin",   "Bernard", "Dubois", "Müller",
                               "Schmidt",  "Schneider", "Fischer", "Smith",    "Johnson", "Visser", "Leroy",
                               "Moreau",   "Weber",     "Meyer",   "van Dijk", "Brown",   "Petit"};
constexpr std::array TimeZones{"Europe/Amsterdam", "Europe/Paris",        "Europe/Berlin",    "Europe/London",
                               "America/New_York", "America/Los_Angeles", "Australia/Sydney", "Asia/Tokyo"};
constexpr std::array Locations{"Amsterdam, Netherlands",
                               "Utrecht, Netherlands",
                               "Paris, France",
                               "Lyon, France",
                               "Berlin, Germany",
                               "München, Germany",
                               "London, United Kingdom",
                               "New York, United States",
                               "Los Angeles, United States",
                               "Sydney, Australia",
                               "Tokyo, Japan"};
constexpr std::array Adjectives{"Merino",     "Organic cotton", "Recycled",         "Waxed canvas",
                                "Linen",      "Alpaca",         "Handmade ceramic", "Oak",
                                "Waterproof", "Lightweight",    "Vintage-wash",     "Everyday"};
constexpr std::array Nouns{"sweater", "tote bag", "beanie",         "rain jacket",   "mug",      "backpack",
                           "scarf",   "t-shirt",  "socks (3-pack)", "cutting board", "sneakers", "hoodie"};
constexpr std::array Topics{"order_status",      "returns",          "product_details", "shipping",
                            "pricing_discounts", "product_interest", "checkout",        "edit_order"};

// Four languages, as in the shops this product serves; {p} is a product title.
constexpr std::array<std::array<const char *, 8>, 4> Templates{{
    {{"Hi! Is the {p} still available in medium?", "When will my order arrive? It has been a week.",
      "Can I return the {p} if it doesn't fit?", "Do you ship to Canada, and how long does it take?",
      "Thanks, the {p} arrived today and it looks great.", "Is there a discount for a second {p}?",
      "The tracking link doesn't work for me.", "What is the {p} made of? I have a wool allergy."}},
    {{"Hoi! Is de {p} nog leverbaar in maat M?", "Wanneer wordt mijn bestelling bezorgd?",
      "Kan ik de {p} ruilen voor een andere kleur?", "Bedankt voor de snelle levering!",
      "Hebben jullie de {p} ook in het zwart?", "Mijn kortingscode werkt niet bij het afrekenen.",
      "Hoe lang duurt verzending naar België?", "Is de {p} wasbaar op 40 graden?"}},
    {{"Bonjour, le {p} est-il disponible en taille M ?", "Quand ma commande sera-t-elle livrée ?",
      "Puis-je retourner le {p} s'il ne me va pas ?", "Merci beaucoup, c'est parfait !",
      "Livrez-vous en Belgique et en Suisse ?", "Le code promo ne fonctionne pas, pouvez-vous m'aider ?",
      "Le {p} existe-t-il en bleu marine ?", "Combien de temps prend l'échange ?"}},
    {{"Hallo, ist der {p} noch in Größe M verfügbar?", "Wann kommt meine Bestellung an?",
      "Kann ich den {p} umtauschen, falls er nicht passt?", "Vielen Dank für die schnelle Antwort!",
      "Versendet ihr auch nach Österreich?", "Der Rabattcode funktioniert leider nicht.",
      "Gibt es den {p} auch in Schwarz?", "Wie lange dauert die Rückerstattung?"}},
}};
constexpr std::array<std::array<const char *, 4>, 4> Replies{{
    {{"Happy to help! Let me check that for you.", "Your order shipped yesterday, here is the tracking link.",
      "Yes, returns are free within 30 days.", "Here is a code for 10% off your next order."}},
    {{"Graag gedaan! Ik zoek het even voor je uit.", "Je bestelling is gisteren verzonden.",
      "Ja, retourneren is gratis binnen 30 dagen.", "Hier is een code voor 10% korting."}},
    {{"Avec plaisir ! Je vérifie pour vous.", "Votre commande a été expédiée hier.",
      "Oui, les retours sont gratuits sous 30 jours.", "Voici un code de 10 % de réduction."}},
    {{"Gern! Ich schaue kurz nach.", "Deine Bestellung wurde gestern verschickt.",
      "Ja, Rücksendungen sind 30 Tage kostenlos.", "Hier ist ein Code für 10 % Rabatt."}},
}};
constexpr std::array Vocabulary{"color",  "size",   "delivery", "invoice", "gift",   "wrap",   "cadeau",
                                "maat",   "kleur",  "taille",   "couleur", "Farbe",  "Größe",  "express",
                                "parcel", "pakket", "colis",    "Paket",   "refund", "voucher"};

QString fromUtf8(const char *text)
{
    return QString::fromUtf8(text);
}

Money eur(qint64 minor)
{
    return Money{minor, QStringLiteral("EUR")};
}

} // namespace

CacheGenerator::CacheGenerator(const GeneratorOptions &options)
    : m_options(options)
    , m_engine(options.seed)
{
}

quint64 CacheGenerator::random(quint64 bound)
{
    return bound == 0 ? 0 : m_engine() % bound;
}

qint64 CacheGenerator::totalEvents() const
{
    const qint64 carts = m_options.customers / 10;
    const qint64 orders = m_options.customers * 4 / 10;
    return m_options.staff + m_options.products + 6 + m_options.customers + carts + orders +
           m_options.conversations + m_options.messages;
}

QString CacheGenerator::productTitle(qint64 productId) const
{
    // Every fifth title is long, so that cart events show both forms (name only when under 41 characters).
    const auto i = static_cast<size_t>(productId);
    QString title = fromUtf8(Adjectives[i % Adjectives.size()]) + QLatin1Char(' ') +
                    fromUtf8(Nouns[(i / Adjectives.size() + i) % Nouns.size()]);
    if (productId % 5 == 0)
        title += QStringLiteral(" with reinforced seams and gift box");
    return title;
}

QString CacheGenerator::sentence(int language)
{
    const auto &templates = Templates[static_cast<size_t>(language)];
    QString text = fromUtf8(templates[random(templates.size())]);
    text.replace(QStringLiteral("{p}"), productTitle(1 + static_cast<qint64>(random(m_options.products))));
    const quint64 extra = random(4);
    for (quint64 i = 0; i < extra; ++i)
        text += QLatin1Char(' ') + fromUtf8(Vocabulary[random(Vocabulary.size())]);
    return text;
}

ServerEvent CacheGenerator::make(const QString &type, const QJsonObject &data, qint64 atMs)
{
    ServerEvent event;
    event.seq = ++m_seq;
    event.type = type;
    event.at = QDateTime::fromMSecsSinceEpoch(atMs, QTimeZone::utc());
    event.data = data;
    return event;
}

void CacheGenerator::advancePhase()
{
    m_index = 0;
    m_phase = static_cast<Phase>(static_cast<int>(m_phase) + 1);
}

QJsonObject CacheGenerator::message(qint64 index)
{
    const qint64 conversations = m_options.conversations;
    const qint64 conversationId = index < m_options.longConversationMessages
                                      ? 1
                                      : 1 + static_cast<qint64>(random(static_cast<quint64>(conversations)));
    const int language = static_cast<int>(conversationId % 4);
    Message m;
    m.id = index + 1;
    m.conversationId = conversationId;
    m.createdAt = QDateTime::fromMSecsSinceEpoch(
        BaseMs + DayMs + index * (HistoryMs / qMax<qint64>(1, m_options.messages)), QTimeZone::utc());
    const quint64 roll = random(100);
    if (roll < 45) {
        m.author = MessageAuthor::Customer;
        m.body = sentence(language);
    } else if (roll < 75) {
        m.author = MessageAuthor::Staff;
        m.staffId = 1 + static_cast<qint64>(random(2));
        m.body = fromUtf8(Replies[static_cast<size_t>(language)][random(4)]);
        m.clientId = QStringLiteral("00000000-0000-4000-8000-%1").arg(index, 12, 10, QLatin1Char('0'));
    } else if (roll < 87) {
        m.kind = MessageKind::CartEvent;
        m.author = MessageAuthor::System;
        m.cartAction = random(3) == 0 ? CartAction::Remove : CartAction::Add;
        m.body =
            cartEventText(productTitle(1 + static_cast<qint64>(random(m_options.products))), m.cartAction);
    } else if (roll < 93) {
        m.kind = MessageKind::Products;
        m.author = MessageAuthor::Staff;
        m.staffId = 1;
        const int count = 1 + static_cast<int>(random(3));
        for (int i = 0; i < count; ++i) {
            const qint64 productId = 1 + static_cast<qint64>(random(m_options.products));
            m.products.append(SharedProduct{productId, productTitle(productId), eur(1500 + productId * 250),
                                            QStringLiteral("/media/product-%1.png").arg(productId),
                                            QStringLiteral("/products/%1").arg(productId)});
        }
    } else if (roll < 96) {
        m.kind = MessageKind::Discount;
        m.author = MessageAuthor::Staff;
        m.staffId = 2;
        m.discountCode = QStringLiteral("WELCOME10");
        m.discountSummary = QStringLiteral("10% off all products");
    } else if (roll < 98) {
        m.kind = MessageKind::Image;
        m.author = MessageAuthor::Staff;
        m.staffId = 1;
        m.imageId = QStringLiteral("img-%1").arg(index);
        m.imageUrl = QStringLiteral("/media/img-%1").arg(index);
    } else {
        m.kind = MessageKind::System;
        m.author = MessageAuthor::System;
        m.body = QStringLiteral("Conversation assigned to Alex");
    }
    return json::encode(m);
}

QList<ServerEvent> CacheGenerator::next(int maxEvents)
{
    QList<ServerEvent> events;
    events.reserve(maxEvents);
    while (events.size() < maxEvents && m_phase != Phase::Done) {
        const qint64 i = m_index++;
        switch (m_phase) {
        case Phase::Staff: {
            if (i >= m_options.staff) {
                advancePhase();
                break;
            }
            const bool chat = i < m_options.staff - 1; // the last one works in the warehouse
            events.append(make(
                QStringLiteral("staff.upserted"),
                json::encode(Staff{i + 1, fromUtf8(FirstNames[static_cast<size_t>(i) % FirstNames.size()]),
                                   QStringLiteral("staff%1@demo.shop").arg(i + 1), chat}),
                BaseMs));
            break;
        }
        case Phase::Products: {
            if (i >= m_options.products) {
                advancePhase();
                break;
            }
            Product p;
            p.id = i + 1;
            p.title = productTitle(p.id);
            p.imageUrl = QStringLiteral("/media/product-%1.png").arg(p.id);
            p.url = QStringLiteral("/products/%1").arg(p.id);
            p.publishedOnlineStore = p.id % 7 != 0;
            const int variants = 1 + static_cast<int>(random(3));
            for (int v = 0; v < variants; ++v) {
                p.variants.append(
                    Variant{p.id * 10 + v,
                            QStringList{QStringLiteral("S"), QStringLiteral("M"), QStringLiteral("L")}.at(v),
                            eur(1500 + p.id * 250), static_cast<int>(random(40)) - 2});
            }
            events.append(make(QStringLiteral("product.upserted"), json::encode(p), BaseMs));
            break;
        }
        case Phase::Discounts: {
            static const std::array<std::pair<const char *, bool>, 6> codes{{{"WELCOME10", true},
                                                                             {"SUMMER25", false},
                                                                             {"FREESHIP", true},
                                                                             {"VIP15", true},
                                                                             {"BLACKFRIDAY", false},
                                                                             {"SORRY5", true}}};
            if (i >= static_cast<qint64>(codes.size())) {
                advancePhase();
                break;
            }
            const auto &[code, active] = codes[static_cast<size_t>(i)];
            events.append(
                make(QStringLiteral("discount.upserted"),
                     json::encode(DiscountCode{fromUtf8(code),
                                               QStringLiteral("Discount %1").arg(fromUtf8(code)), active}),
                     BaseMs));
            break;
        }
        case Phase::Customers: {
            if (i >= m_options.customers) {
                advancePhase();
                break;
            }
            Customer c;
            c.id = i + 1;
            c.visitorName = QStringLiteral("Visitor %1").arg(c.id);
            const bool anonymous = random(100) < 15;
            if (!anonymous) {
                c.name = fromUtf8(FirstNames[random(FirstNames.size())]) + QLatin1Char(' ') +
                         fromUtf8(LastNames[random(LastNames.size())]);
                c.email = QStringLiteral("customer%1@example.com").arg(c.id);
                c.phone = QStringLiteral("+31 6 %1").arg(10000000 + c.id);
            }
            const size_t place = random(Locations.size());
            c.location = fromUtf8(Locations[place]);
            c.timeZone = fromUtf8(TimeZones[place % TimeZones.size()]);
            c.orderCount = static_cast<int>(random(6));
            if (c.orderCount > 0)
                c.customerSince = QDateTime::fromMSecsSinceEpoch(
                    BaseMs - static_cast<qint64>(random(700)) * DayMs, QTimeZone::utc());
            c.lifetimeSpend = eur(c.orderCount * (2000 + static_cast<qint64>(random(8000))));
            c.emailMarketing = random(2) == 0;
            c.smsMarketing = random(4) == 0;
            if (random(10) == 0)
                c.note = QStringLiteral("Prefers delivery after 18:00.");
            const qint64 at = BaseMs + i;
            events.append(make(QStringLiteral("customer.upserted"), json::encode(c), at));
            if (c.id % 10 == 0) {
                Cart cart;
                cart.customerId = c.id;
                const int lines = 1 + static_cast<int>(random(5));
                for (int l = 0; l < lines; ++l) {
                    const qint64 productId = 1 + static_cast<qint64>(random(m_options.products));
                    cart.lines.append(CartLine{productId, productId * 10, productTitle(productId),
                                               QStringLiteral("M"), 1 + static_cast<int>(random(3)),
                                               eur(1500 + productId * 250), static_cast<int>(random(30))});
                }
                cart.updatedAt = QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc());
                events.append(make(QStringLiteral("cart.updated"), json::encode(cart), at));
            }
            if (c.id % 10 < 4) {
                Order o;
                o.id = c.id;
                o.number = QStringLiteral("#%1").arg(1000 + c.id);
                o.customerId = c.id;
                o.placedAt = QDateTime::fromMSecsSinceEpoch(BaseMs - static_cast<qint64>(random(90)) * DayMs,
                                                            QTimeZone::utc());
                o.total = eur(2500 + static_cast<qint64>(random(20000)));
                o.financialStatus = QStringLiteral("paid");
                o.fulfillmentStatus =
                    random(2) == 0 ? QStringLiteral("fulfilled") : QStringLiteral("unfulfilled");
                o.open = o.fulfillmentStatus == QLatin1String("unfulfilled");
                if (!o.open)
                    o.trackingUrl = QStringLiteral("https://track.example.com/%1").arg(o.id);
                o.statusPageUrl = QStringLiteral("https://demo.shop/orders/%1").arg(o.id);
                events.append(make(QStringLiteral("order.upserted"), json::encode(o), at));
            }
            break;
        }
        case Phase::Conversations: {
            if (i >= m_options.conversations) {
                advancePhase();
                break;
            }
            Conversation c;
            c.id = i + 1;
            c.customerId = 1 + i % qMax(1, m_options.customers);
            c.status = random(10) < 7 ? ConversationStatus::Open : ConversationStatus::Closed;
            c.unread = random(5) == 0;
            if (random(3) == 0)
                c.assigneeId = 1 + static_cast<qint64>(random(2));
            const quint64 topics = random(3);
            for (quint64 t = 0; t < topics; ++t)
                c.topics.append(fromUtf8(Topics[random(Topics.size())]));
            c.platform = QStringLiteral("online_store");
            c.startedAt = QDateTime::fromMSecsSinceEpoch(BaseMs + i, QTimeZone::utc());
            c.lastActivityAt = c.startedAt;
            events.append(make(QStringLiteral("conversation.upserted"), json::encode(c), BaseMs + i));
            break;
        }
        case Phase::Messages: {
            if (i >= m_options.messages) {
                advancePhase();
                break;
            }
            QJsonObject data = message(i);
            const qint64 at = BaseMs + DayMs + i * (HistoryMs / qMax<qint64>(1, m_options.messages));
            events.append(make(QStringLiteral("message.created"), data, at));
            break;
        }
        case Phase::Done:
            break;
        }
    }
    return events;
}

QString CacheGenerator::fill(const QString &path, const GeneratorOptions &options)
{
    Cache cache;
    const Cache::OpenResult opened = cache.open(path);
    if (!opened.ok())
        return opened.message;
    EventApplier applier(cache);
    CacheGenerator generator(options);
    while (!generator.atEnd()) {
        const QList<ServerEvent> batch = generator.next(5000);
        const EventApplier::Result result = applier.apply(batch);
        if (!result.ok)
            return result.error;
        if (!result.skipped.isEmpty())
            return QStringLiteral("generator produced a malformed event: %1")
                .arg(result.skipped.constFirst());
    }
    return {};
}

} // namespace shopinbox
