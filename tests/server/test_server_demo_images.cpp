// The demo's product images, made without QtGui (server/pngwriter, server/rgbcolor): this test links QtGui
// to read them back with a real PNG decoder (QImage) and to compare the colours with QColor, which drew
// them before. test_server_no_qtgui checks that the server binary itself does not load QtGui.
#include "demoseeder.h"
#include "pngwriter.h"
#include "rgbcolor.h"
#include "serverdatabase.h"
#include "shopservice.h"
#include "tempdir.h"

#include <QColor>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace shopinbox;
using namespace shopinbox::server;

namespace {

QRgb toQRgb(const RgbColor &c)
{
    return qRgb(c.red, c.green, c.blue);
}

TEST(RgbColor, EqualsQColorFromHsvForEveryHue)
{
    // Every hue, saturation and value in steps of 3 and 5 (both reach 0 and 255): the demo uses 70/235 and
    // 140/170, the rest shows the conversion is QColor's, rounding included.
    int compared = 0;
    for (int hue = 0; hue < 360; ++hue) {
        for (int s = 0; s <= 255; s += 3) {
            for (int v = 0; v <= 255; v += 5) {
                ++compared;
                const QRgb expected = QColor::fromHsv(hue, s, v).rgb();
                const QRgb actual = toQRgb(RgbColor::fromHsv(hue, s, v));
                if (actual != expected) {
                    ADD_FAILURE() << "hue " << hue << " s " << s << " v " << v << ": "
                                  << QColor(actual).name().toStdString() << ", QColor "
                                  << QColor(expected).name().toStdString();
                    return;
                }
            }
        }
    }
    EXPECT_EQ(compared, 360 * 86 * 52);
    EXPECT_EQ(RgbColor::fromHsv(360 + 47, 70, 235), RgbColor::fromHsv(47, 70, 235));
    EXPECT_EQ(RgbColor::fromHsv(-313, 70, 235), RgbColor::fromHsv(47, 70, 235));
}

TEST(PngWriter, Crc32MatchesTheStandardCheckValues)
{
    EXPECT_EQ(PngWriter::crc32("123456789"), 0xCBF43926U); // the CRC-32 check value
    EXPECT_EQ(PngWriter::crc32(""), 0U);
    EXPECT_EQ(PngWriter::crc32("IEND"), 0xAE426082U); // the CRC every PNG ends with
}

TEST(PngWriter, WritesAFileARealDecoderReadsPixelForPixel)
{
    constexpr int Width = 7;
    constexpr int Height = 5;
    QByteArray rgb;
    for (int y = 0; y < Height; ++y) {
        for (int x = 0; x < Width; ++x) {
            rgb.append(static_cast<char>(x * 36));
            rgb.append(static_cast<char>(y * 60));
            rgb.append(static_cast<char>((x * 31 + y * 17) % 256));
        }
    }
    const QByteArray png = PngWriter::encodeRgb(Width, Height, rgb);
    ASSERT_TRUE(png.startsWith("\x89PNG\r\n\x1a\n"));
    EXPECT_TRUE(png.endsWith(QByteArray("IEND\xae\x42\x60\x82", 8)));
    const QImage image = QImage::fromData(png, "PNG");
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.width(), Width);
    EXPECT_EQ(image.height(), Height);
    EXPECT_FALSE(image.hasAlphaChannel());
    for (int y = 0; y < Height; ++y) {
        for (int x = 0; x < Width; ++x)
            EXPECT_EQ(image.pixel(x, y), qRgb(x * 36, y * 60, (x * 31 + y * 17) % 256)) << x << "," << y;
    }
}

TEST(PngWriter, RefusesSizesThatDoNotMatchThePixels)
{
    EXPECT_TRUE(PngWriter::encodeRgb(2, 2, QByteArray(11, 'x')).isEmpty());
    EXPECT_TRUE(PngWriter::encodeRgb(0, 0, {}).isEmpty());
    EXPECT_FALSE(PngWriter::encodeRgb(1, 1, QByteArray(3, 'x')).isEmpty());
}

TEST(DemoImages, EveryDemoProductHasItsTwoTonePlaceholder)
{
    TempDir dir;
    ServerDatabase db;
    ASSERT_TRUE(db.open(dir.file(QStringLiteral("shop.sqlite"))) && db.migrate())
        << db.errorMessage().toStdString();
    const QString media = dir.file(QStringLiteral("media"));
    ShopService service(db, systemClock(), media);
    ASSERT_EQ(DemoSeeder::seedIfEmpty(service, DemoSeeder::defaultDataFile()), QString());

    QFile demo(DemoSeeder::defaultDataFile());
    ASSERT_TRUE(demo.open(QIODevice::ReadOnly));
    const QJsonArray products =
        QJsonDocument::fromJson(demo.readAll()).object().value(QStringLiteral("products")).toArray();
    ASSERT_FALSE(products.isEmpty());
    for (const QJsonValue &product : products) {
        const qint64 id = product.toObject().value(QStringLiteral("id")).toInteger();
        const QString path = QDir(media).filePath(QStringLiteral("demo/product-%1.png").arg(id));
        const QImage image(path, "PNG");
        ASSERT_FALSE(image.isNull()) << path.toStdString();
        EXPECT_EQ(image.size(), QSize(160, 160)) << id;
        const int hue = static_cast<int>((id * 47) % 360);
        const QRgb top = QColor::fromHsv(hue, 70, 235).rgb();
        const QRgb bottom = QColor::fromHsv(hue, 140, 170).rgb();
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (image.pixel(x, y) != (y < 110 ? top : bottom)) {
                    ADD_FAILURE() << "product " << id << " pixel " << x << "," << y;
                    return;
                }
            }
        }
    }
}

} // namespace
