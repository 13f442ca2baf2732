#pragma once

#include <QDialog>
#include <QString>

#include <optional>

class QLabel;
class QPushButton;

namespace shopinbox {

class LocalActions;

/**
 * @brief Shows an image before it is sent: a scaled preview, the file name and size.
 *
 * Files the chat cannot carry are refused with a message and "Send" stays disabled: files that are not PNG,
 * JPEG, GIF or WebP by their first bytes (whatever their name says), files larger than MaxBytes, and files
 * that cannot be read. "Send" accepts; sendTo() queues the upload and the message.
 */
class ImageSendDialog : public QDialog
{
    Q_OBJECT
public:
    /** Largest image the server accepts (10 MiB). */
    static constexpr qint64 MaxBytes = qint64{10} * 1024 * 1024;
    /** The preview fits in a square of this side, in pixels. */
    static constexpr int PreviewSize = 360;

    explicit ImageSendDialog(const QString &filePath, QWidget *parent = nullptr);
    ~ImageSendDialog() override;

    QString filePath() const { return m_filePath; }
    /** Whether the file can be sent. */
    bool isAcceptable() const { return m_error.isEmpty(); }
    /** Why the file cannot be sent, or an empty string. */
    QString errorText() const { return m_error; }
    /** "image/png", "image/jpeg", "image/gif" or "image/webp"; empty when the file is not such an image. */
    QString mimeType() const { return m_mimeType; }
    /** The file's size in bytes (-1 when it cannot be read). */
    qint64 fileSize() const { return m_size; }
    /** Whether a preview could be decoded (a file may be acceptable without one). */
    bool hasPreview() const { return m_hasPreview; }

    /**
     * Why @p filePath cannot be sent (unreadable, larger than MaxBytes, not a PNG/JPEG/GIF/WebP), or an empty
     * string when it can; @p mimeType receives the detected type when given.
     */
    static QString check(const QString &filePath, QString *mimeType = nullptr);

    /**
     * Queues the image with LocalActions::sendImage() (upload, then the message). Returns the pending
     * message's local id, or nullopt (with the reason in @p error when given).
     */
    std::optional<qint64> sendTo(LocalActions &actions, qint64 conversationId,
                                 QString *error = nullptr) const;

    /** Accepts only an acceptable file. */
    void accept() override;

private:
    QString m_filePath;
    QString m_error;
    QString m_mimeType;
    qint64 m_size = -1;
    bool m_hasPreview = false;

    QLabel *m_preview = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_send = nullptr;
};

} // namespace shopinbox
