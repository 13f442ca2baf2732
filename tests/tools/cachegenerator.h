#pragma once

#include "domain/serverevent.h"

#include <QList>
#include <QString>

#include <random>

namespace shopinbox {

/** @brief Shape of a generated shop. */
struct GeneratorOptions
{
    int staff = 4;
    int products = 60;
    int customers = 200;
    int conversations = 1000;
    qint64 messages = 20'000;
    /** Messages of conversation 1 (the benchmarks' "long conversation"); part of @ref messages. */
    int longConversationMessages = 0;
    quint64 seed = 1;
};

/**
 * @brief Produces the server events of a realistic shop, deterministically from a seed.
 *
 * Staff, products, discounts, customers (with carts and orders), conversations, then messages in time
 * order: multilingual text (English, Dutch, French, German), cart events, shared products and discounts,
 * images and system notes. Same options and seed, same events, on every machine.
 */
class CacheGenerator
{
public:
    explicit CacheGenerator(const GeneratorOptions &options);

    bool atEnd() const { return m_phase == Phase::Done; }
    /** The next up to @p maxEvents events, seq continuing from the previous call. */
    QList<ServerEvent> next(int maxEvents);
    qint64 totalEvents() const;

    /** Fills the cache file at @p path; returns an error message, empty on success. */
    static QString fill(const QString &path, const GeneratorOptions &options);

private:
    enum class Phase { Staff, Products, Discounts, Customers, Conversations, Messages, Done };

    quint64 random(quint64 bound); ///< Uniform enough in [0, bound); portable (no std distributions).
    QString sentence(int language);
    QString productTitle(qint64 productId) const;
    ServerEvent make(const QString &type, const QJsonObject &data, qint64 atMs);
    QJsonObject message(qint64 index);
    void advancePhase();

    GeneratorOptions m_options;
    std::mt19937_64 m_engine;
    Phase m_phase = Phase::Staff;
    qint64 m_index = 0; ///< Position within the current phase.
    qint64 m_seq = 0;
};

} // namespace shopinbox
