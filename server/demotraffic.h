#pragma once

#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

namespace shopinbox::server {

class ShopService;

/**
 * @brief Simulated storefront customers for the demo: they arrive, chat, fill carts and leave, so a new user
 * sees a live inbox. Everything goes through ShopService, exactly like real storefront traffic.
 */
class DemoTraffic : public QObject
{
    Q_OBJECT
public:
    DemoTraffic(ShopService &service, quint32 seed, QObject *parent = nullptr);
    /** Starts with a visit every @p meanIntervalMs on average. */
    void start(int meanIntervalMs = 12'000);

private:
    void visit();

    ShopService &m_service;
    QRandomGenerator m_random;
    QTimer m_timer;
    int m_meanInterval = 12'000;
};

} // namespace shopinbox::server
