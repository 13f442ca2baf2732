#pragma once

#include "domain/message.h"

namespace shopinbox::test {

/**
 * One realistic message of @p kind in conversation @p conversationId: every field its kind uses is set
 * (products with prices and images, a discount, an image, a cart event with its product, an automated reply).
 * A new MessageKind adds its case here — the switch does not compile without it — and every test that loops
 * over MessageKinds then carries it through the wire, the cache, the sync, the models and the painting.
 */
Message messageSample(MessageKind kind, qint64 id, qint64 conversationId, const QDateTime &createdAt);

} // namespace shopinbox::test
