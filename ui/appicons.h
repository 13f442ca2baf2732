#pragma once

#include <QIcon>

namespace shopinbox {

/**
 * @brief The application's icons, each drawn from one SVG in resources/icons at whatever size is asked
 * (the SVG icon engine comes with libqt6svg6): the app icon for windows, the tray and About, and the
 * composer's Product (a price tag), Discount and Image buttons.
 */
class AppIcons
{
public:
    static QIcon app();
    static QIcon product();
    static QIcon discount();
    static QIcon image();
};

} // namespace shopinbox
