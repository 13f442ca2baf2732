#include "noticewords.h"

#include <QCoreApplication>

namespace shopinbox {

QString noticeWords(NoticeKind notice, const QString &detail)
{
    switch (notice) {
    case NoticeKind::GivenName:
        if (detail.trimmed().isEmpty())
            return QCoreApplication::translate("Notice",
                                               "Started this chat with the customer's e-mail address, "
                                               "without a name — the address is not confirmed");
        return QCoreApplication::translate("Notice", "Started this chat as “%1” with the customer's e-mail "
                                                     "address — the address is not confirmed")
            .arg(detail);
    case NoticeKind::OrderLookup:
        return QCoreApplication::translate("Notice", "Looked up the status of order %1").arg(detail);
    case NoticeKind::OrderLookupFailed:
        return QCoreApplication::translate(
                   "Notice", "Looked up order %1 with an e-mail address that is not its customer's")
            .arg(detail);
    case NoticeKind::CodeSent:
        return QCoreApplication::translate("Notice", "A code to confirm the e-mail address was sent to %1")
            .arg(detail);
    case NoticeKind::AddressConfirmed:
        return QCoreApplication::translate("Notice", "Confirmed the e-mail address with the code: the chat "
                                                     "continues in the customer's conversation");
    }
    return detail;
}

} // namespace shopinbox
