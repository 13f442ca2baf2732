#include "imagesenddialog.h"

#include "codec/imagetype.h"
#include "sync/localactions.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace shopinbox {

QString ImageSendDialog::check(const QString &filePath, QString *mimeType)
{
    if (mimeType)
        mimeType->clear();
    const QFileInfo info(filePath);
    QFile file(filePath);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly))
        return tr("%1 cannot be read.").arg(info.fileName().isEmpty() ? filePath : info.fileName());
    if (info.size() > MaxBytes) {
        return tr("%1 is too large to send: images may be at most %2, this one is %3.")
            .arg(info.fileName(), QLocale().formattedDataSize(MaxBytes, 0, QLocale::DataSizeIecFormat),
                 QLocale().formattedDataSize(info.size(), 1, QLocale::DataSizeIecFormat));
    }
    const QString type = imageMimeType(file.read(16));
    if (type.isEmpty())
        return tr("%1 is not an image that can be sent. Send a PNG, JPEG, GIF or WebP image.")
            .arg(info.fileName());
    if (mimeType)
        *mimeType = type;
    return {};
}

ImageSendDialog::ImageSendDialog(const QString &filePath, QWidget *parent)
    : QDialog(parent)
    , m_filePath(filePath)
{
    setWindowTitle(tr("Send an image"));
    const QFileInfo info(filePath);
    m_error = check(filePath, &m_mimeType);
    m_size = info.isFile() ? info.size() : -1;

    auto *layout = new QVBoxLayout(this);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setAccessibleName(tr("Image preview"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(160, 120);
    if (m_error.isEmpty()) {
        // Decode straight to the preview size: a large photo never becomes a full-size image in memory.
        QImageReader reader(filePath);
        reader.setAutoTransform(true);
        QSize size = reader.size();
        const QSize box(PreviewSize, PreviewSize);
        if (size.isValid() && (size.width() > box.width() || size.height() > box.height())) {
            size.scale(box, Qt::KeepAspectRatio);
            reader.setScaledSize(size);
        }
        const QImage image = reader.read();
        m_hasPreview = !image.isNull();
        if (m_hasPreview)
            m_preview->setPixmap(QPixmap::fromImage(image));
        else
            m_preview->setText(tr("No preview available"));
    } else {
        m_preview->setText(tr("No preview"));
    }
    layout->addWidget(m_preview, 1);

    m_name = new QLabel(info.fileName(), this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setAccessibleName(tr("File name"));
    m_name->setTextFormat(Qt::PlainText);
    m_name->setWordWrap(true);
    layout->addWidget(m_name);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("size"));
    m_details->setAccessibleName(tr("File size"));
    if (m_size >= 0)
        m_details->setText(QLocale().formattedDataSize(m_size));
    layout->addWidget(m_details);

    m_errorLabel = new QLabel(m_error, this);
    m_errorLabel->setObjectName(QStringLiteral("error"));
    m_errorLabel->setAccessibleName(tr("Error"));
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setVisible(!m_error.isEmpty());
    layout->addWidget(m_errorLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_send = buttons->addButton(tr("Send"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("send"));
    m_send->setAccessibleName(tr("Send the image"));
    m_send->setEnabled(m_error.isEmpty());
    m_send->setDefault(m_error.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &ImageSendDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

ImageSendDialog::~ImageSendDialog() = default;

std::optional<qint64> ImageSendDialog::sendTo(LocalActions &actions, qint64 conversationId,
                                              QString *error) const
{
    if (!isAcceptable()) {
        if (error)
            *error = m_error;
        return std::nullopt;
    }
    const std::optional<qint64> localId = actions.sendImage(conversationId, m_filePath);
    if (!localId && error)
        *error = actions.lastError();
    return localId;
}

void ImageSendDialog::accept()
{
    if (!isAcceptable())
        return;
    QDialog::accept();
}

} // namespace shopinbox
