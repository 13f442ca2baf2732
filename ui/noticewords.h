#pragma once

#include "domain/message.h"

#include <QString>

namespace shopinbox {

/**
 * A notice (what the customer's side of the chat did, shown to staff only) in the UI language, for the
 * thread and the inbox list alike: "Started this chat as “Ann” — the e-mail address is not confirmed",
 * "Looked up order #1001", "Confirmed their e-mail address".
 */
QString noticeWords(NoticeKind notice, const QString &detail);

} // namespace shopinbox
