#include "rgbcolor.h"

#include <algorithm>
#include <cmath>

namespace shopinbox::server {

namespace {

// As QColor computes it (Qt 6): in float, 16 bits per channel, 8 read back as x / 257 rounded to the
// nearest; doing the same keeps every channel equal to what QColor::fromHsv gives.
quint8 toEightBits(float channel)
{
    const auto sixteen = static_cast<unsigned>(std::lround(channel * 65535.0F));
    return static_cast<quint8>((sixteen + 128) / 257);
}

} // namespace

RgbColor RgbColor::fromHsv(int hue, int saturation, int value)
{
    const float v = static_cast<float>(std::clamp(value, 0, 255) * 0x101) / 65535.0F;
    const float s = static_cast<float>(std::clamp(saturation, 0, 255) * 0x101) / 65535.0F;
    if (s == 0.0F)
        return {toEightBits(v), toEightBits(v), toEightBits(v)};
    const float h = static_cast<float>(((hue % 360) + 360) % 360 * 100) / 6000.0F;
    const int sector = static_cast<int>(h);
    const float f = h - static_cast<float>(sector);
    const float p = v * (1.0F - s);
    const float q = v * (1.0F - s * f);
    const float t = v * (1.0F - s * (1.0F - f));
    switch (sector) {
    case 1:
        return {toEightBits(q), toEightBits(v), toEightBits(p)};
    case 2:
        return {toEightBits(p), toEightBits(v), toEightBits(t)};
    case 3:
        return {toEightBits(p), toEightBits(q), toEightBits(v)};
    case 4:
        return {toEightBits(t), toEightBits(p), toEightBits(v)};
    case 5:
        return {toEightBits(v), toEightBits(p), toEightBits(q)};
    default:
        return {toEightBits(v), toEightBits(t), toEightBits(p)};
    }
}

} // namespace shopinbox::server
