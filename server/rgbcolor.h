#pragma once

#include <QtGlobal>

namespace shopinbox::server {

/** @brief An 8-bit RGB colour, made without QtGui (the server does not link it). */
struct RgbColor
{
    quint8 red = 0;
    quint8 green = 0;
    quint8 blue = 0;

    /**
     * The colour of hue @p hue (degrees, taken modulo 360), saturation @p saturation and value @p value
     * (0 to 255 each, clamped), rounded as QColor::fromHsv(hue, saturation, value).rgb() rounds it.
     */
    static RgbColor fromHsv(int hue, int saturation, int value);

    friend bool operator==(const RgbColor &, const RgbColor &) = default;
};

} // namespace shopinbox::server
