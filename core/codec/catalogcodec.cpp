// The catalogue on the wire: money, products and their variants, discount codes (docs/protocol.md).
#include "jsonreader.h"

namespace shopinbox::json {

using namespace detail;

QJsonObject encode(const Money &money)
{
    return {
        {QStringLiteral("amount"), money.minorUnits},
        {QStringLiteral("currency"), money.currency},
    };
}

Decoded<Money> decodeMoney(const QJsonValue &value, const QString &path)
{
    Reader r(value, path);
    Money money;
    money.minorUnits = r.integer("amount");
    money.currency = r.currency("currency");
    return r.finish(std::move(money));
}

QJsonObject encode(const Variant &variant)
{
    return {
        {QStringLiteral("id"), variant.id},
        {QStringLiteral("title"), variant.title},
        {QStringLiteral("price"), encode(variant.price)},
        {QStringLiteral("inventory"), variant.inventory},
    };
}

Decoded<Variant> decodeVariant(const QJsonValue &value, const QString &path)
{
    Reader r(value, path);
    Variant variant;
    variant.id = r.id("id");
    variant.title = r.string("title");
    variant.price = r.object<Money>("price", decodeMoney);
    variant.inventory = r.int32("inventory");
    return r.finish(std::move(variant));
}

QJsonObject encode(const Product &product)
{
    return {
        {QStringLiteral("id"), product.id},
        {QStringLiteral("title"), product.title},
        {QStringLiteral("image_url"), nullable(product.imageUrl)},
        {QStringLiteral("url"), nullable(product.url)},
        {QStringLiteral("published"), product.publishedOnlineStore},
        {QStringLiteral("variants"), encodeAll(product.variants)},
    };
}

Decoded<Product> decodeProduct(const QJsonValue &value, const QString &path)
{
    Reader r(value, path);
    Product product;
    product.id = r.id("id");
    product.title = r.string("title");
    product.imageUrl = r.nullableString("image_url");
    product.url = r.nullableString("url");
    product.publishedOnlineStore = r.boolean("published");
    product.variants = r.array<Variant>("variants", Rule::Required, decodeVariant);
    if (!r.failed() && product.variants.isEmpty())
        r.fail("variants", QStringLiteral("must hold at least one variant"));
    return r.finish(std::move(product));
}

QJsonObject encode(const DiscountCode &discount)
{
    return {
        {QStringLiteral("code"), discount.code},
        {QStringLiteral("summary"), discount.summary},
        {QStringLiteral("active"), discount.active},
    };
}

Decoded<DiscountCode> decodeDiscountCode(const QJsonValue &value, const QString &path)
{
    Reader r(value, path);
    DiscountCode discount;
    discount.code = r.nonEmptyString("code");
    discount.summary = r.string("summary");
    discount.active = r.boolean("active");
    return r.finish(std::move(discount));
}

} // namespace shopinbox::json
