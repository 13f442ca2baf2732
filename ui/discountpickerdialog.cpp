#include "discountpickerdialog.h"

#include "discountitemdelegate.h"
#include "models/discountsearchmodel.h"
#include "sync/localactions.h"

#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace shopinbox {

DiscountPickerDialog::DiscountPickerDialog(Cache &cache, ApiClient *api, QWidget *parent)
    : QDialog(parent)
    , m_model(new DiscountSearchModel(cache, api, this))
{
    setWindowTitle(tr("Share a discount"));
    auto *layout = new QVBoxLayout(this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setAccessibleName(tr("Search discount codes"));
    m_search->setPlaceholderText(tr("Search by code or description"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("source"));
    m_source->setAccessibleName(tr("Where the discount codes come from"));
    m_source->setWordWrap(true);
    layout->addWidget(m_source);

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("discounts"));
    m_list->setAccessibleName(tr("Discount codes"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new DiscountItemDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMinimumSize(480, 280);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setUniformItemSizes(true);
    layout->addWidget(m_list, 1);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        const int row = currentRow();
        if (row >= 0)
            m_selectedCode = m_model->discountAt(row).code;
        updateSelection();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DiscountPickerDialog::updateSelection);
    connect(m_list, &QListView::activated, this, [this] {
        if (!selectedCode().isEmpty())
            accept();
    });

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    layout->addWidget(m_error);

    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setAccessibleName(tr("Message to send with the discount"));
    m_text->setPlaceholderText(tr("Add a message (optional)"));
    m_text->setMaxLength(5000);
    layout->addWidget(m_text);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_share = buttons->addButton(tr("Share discount"), QDialogButtonBox::AcceptRole);
    m_share->setObjectName(QStringLiteral("share"));
    m_share->setAccessibleName(tr("Share the selected discount"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DiscountPickerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(SearchDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &DiscountPickerDialog::startSearch);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));

    connect(m_model, &DiscountSearchModel::searchingChanged, this, &DiscountPickerDialog::updateSource);
    connect(m_model, &DiscountSearchModel::searchFinished, this, [this] {
        updateSource();
        // The chosen code stays chosen when the new results list it.
        const int row = m_selectedCode.isEmpty() ? -1 : m_model->rowOf(m_selectedCode);
        if (row >= 0)
            m_list->setCurrentIndex(m_model->index(row));
        updateSelection();
    });
    // A code turned active or inactive while the dialog is open.
    connect(m_model, &DiscountSearchModel::dataChanged, this, &DiscountPickerDialog::updateSelection);

    updateSelection();
    startSearch();
    m_search->setFocus();
}

DiscountPickerDialog::~DiscountPickerDialog() = default;

void DiscountPickerDialog::startSearch()
{
    m_debounce->stop();
    m_model->setQuery(m_search->text().trimmed());
    updateSource();
}

void DiscountPickerDialog::updateSource()
{
    QString text;
    if (m_model->isSearching()) {
        text = tr("Searching…");
    } else if (m_model->source() == DiscountSearchModel::Source::Cache) {
        text = tr("Showing discounts saved on this computer");
    } else if (m_model->source() == DiscountSearchModel::Source::Server) {
        text = tr("Showing the shop's discount codes");
    }
    if (!m_model->isSearching() && m_model->source() != DiscountSearchModel::Source::None &&
        m_model->rowCount() == 0) {
        text += QLatin1Char('\n') + (m_model->query().isEmpty()
                                         ? tr("The shop has no discount codes.")
                                         : tr("No discount code matches “%1”.").arg(m_model->query()));
    }
    m_source->setText(text);
    m_source->setToolTip(m_model->serverError());
}

int DiscountPickerDialog::currentRow() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() && m_list->selectionModel()->isSelected(current) ? current.row() : -1;
}

void DiscountPickerDialog::updateSelection()
{
    const int row = currentRow();
    const bool chosen = row >= 0;
    const bool active = chosen && m_model->index(row).data(DiscountSearchModel::ActiveRole).toBool();
    if (chosen && !active) {
        m_error->setText(tr("This discount is not active. Update it in your shop admin to share it."));
        m_error->setVisible(true);
    } else {
        m_error->clear();
        m_error->setVisible(false);
    }
    m_share->setEnabled(active);
}

QString DiscountPickerDialog::selectedCode() const
{
    const int row = currentRow();
    if (row < 0 || !m_model->index(row).data(DiscountSearchModel::ActiveRole).toBool())
        return {};
    return m_model->index(row).data(DiscountSearchModel::CodeRole).toString();
}

QString DiscountPickerDialog::text() const
{
    return m_text->text().trimmed();
}

QString DiscountPickerDialog::sourceText() const
{
    return m_source->text();
}

QString DiscountPickerDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool DiscountPickerDialog::selectCode(const QString &code)
{
    const int row = m_model->rowOf(code);
    if (row < 0)
        return false;
    m_list->selectionModel()->setCurrentIndex(m_model->index(row), QItemSelectionModel::ClearAndSelect);
    return true;
}

std::optional<qint64> DiscountPickerDialog::sendTo(LocalActions &actions, qint64 conversationId,
                                                   QString *error) const
{
    const QString code = selectedCode();
    if (code.isEmpty()) {
        if (error)
            *error = tr("No active discount code selected.");
        return std::nullopt;
    }
    const std::optional<qint64> localId = actions.sendDiscount(conversationId, code, text());
    if (!localId && error)
        *error = actions.lastError();
    return localId;
}

void DiscountPickerDialog::accept()
{
    if (selectedCode().isEmpty())
        return;
    QDialog::accept();
}

} // namespace shopinbox
