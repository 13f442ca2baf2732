#include "productpickerdialog.h"

#include "models/productsearchmodel.h"
#include "productitemdelegate.h"
#include "sync/localactions.h"
#include "thumbnailcache.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace shopinbox {

ProductPickerDialog::ProductPickerDialog(Cache &cache, ApiClient *api, ThumbnailCache *thumbnails,
                                         QWidget *parent)
    : QDialog(parent)
    , m_model(new ProductSearchModel(cache, api, this))
{
    setWindowTitle(tr("Share products"));
    auto *layout = new QVBoxLayout(this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setAccessibleName(tr("Search products"));
    m_search->setPlaceholderText(tr("Search products by title"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("source"));
    m_source->setAccessibleName(tr("Where the products come from"));
    m_source->setWordWrap(true);
    layout->addWidget(m_source);

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("products"));
    m_list->setAccessibleName(tr("Products"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new ProductItemDelegate(thumbnails, m_list));
    m_list->setIconSize(QSize(ProductItemDelegate::ThumbnailSize, ProductItemDelegate::ThumbnailSize));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMinimumSize(520, 320);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_list, 1);
    if (thumbnails)
        connect(thumbnails, &ThumbnailCache::changed, m_list->viewport(), qOverload<>(&QWidget::update));
    // Enter or a double click toggles the row, like clicking its check box.
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        const bool checked = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
        m_model->setData(index, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
    });

    m_selection = new QLabel(this);
    m_selection->setObjectName(QStringLiteral("selection"));
    m_selection->setAccessibleName(tr("Selected products"));
    m_selection->setWordWrap(true);
    layout->addWidget(m_selection);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("hint"));
    m_hint->setAccessibleName(tr("Hint"));
    m_hint->setWordWrap(true);
    m_hint->setVisible(false);
    layout->addWidget(m_hint);

    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setAccessibleName(tr("Message to send with the products"));
    m_text->setPlaceholderText(tr("Add a message (optional)"));
    m_text->setMaxLength(5000);
    layout->addWidget(m_text);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_share = buttons->addButton(tr("Share product(s)"), QDialogButtonBox::AcceptRole);
    m_share->setObjectName(QStringLiteral("share"));
    m_share->setAccessibleName(tr("Share the selected products"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ProductPickerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_debounce = new QTimer(this);
    m_debounce->setObjectName(QStringLiteral("searchDelay"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(SearchDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &ProductPickerDialog::startSearch);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));

    connect(m_model, &ProductSearchModel::searchFinished, this, &ProductPickerDialog::updateSource);
    connect(m_model, &ProductSearchModel::searchingChanged, this, &ProductPickerDialog::updateSource);
    connect(m_model, &ProductSearchModel::selectionChanged, this, &ProductPickerDialog::updateSelection);
    connect(m_model, &ProductSearchModel::selectionRefused, this, &ProductPickerDialog::refuseFourth);

    updateSelection();
    startSearch();
    m_search->setFocus();
}

ProductPickerDialog::~ProductPickerDialog() = default;

void ProductPickerDialog::startSearch()
{
    m_debounce->stop();
    m_model->setQuery(m_search->text().trimmed());
    updateSource();
}

void ProductPickerDialog::updateSource()
{
    QString text;
    if (m_model->isSearching()) {
        text = tr("Searching…");
    } else if (m_model->source() == ProductSearchModel::Source::Cache) {
        text = tr("Showing products saved on this computer");
    } else if (m_model->source() == ProductSearchModel::Source::Server) {
        text = tr("Showing products from the online store");
    }
    if (!m_model->isSearching() && m_model->source() != ProductSearchModel::Source::None &&
        m_model->rowCount() == 0) {
        text += QLatin1Char('\n') + (m_model->query().isEmpty()
                                         ? tr("No published products.")
                                         : tr("No published product matches “%1”.").arg(m_model->query()));
    }
    m_source->setText(text);
    m_source->setToolTip(m_model->serverError());
}

void ProductPickerDialog::updateSelection()
{
    const QList<Product> selected = m_model->selectedProducts();
    QStringList titles;
    for (const Product &product : selected)
        titles.append(product.title);
    m_selection->setText(selected.isEmpty() ? tr("No product selected.")
                                            : tr("Selected (%1 of %2): %3")
                                                  .arg(selected.size())
                                                  .arg(ProductSearchModel::MaxSelected)
                                                  .arg(titles.join(QStringLiteral(", "))));
    if (selected.size() < ProductSearchModel::MaxSelected)
        m_hint->setVisible(false);
    m_share->setEnabled(!selected.isEmpty() && selected.size() <= ProductSearchModel::MaxSelected);
}

void ProductPickerDialog::refuseFourth()
{
    m_hint->setText(tr("You can share up to %1 products").arg(ProductSearchModel::MaxSelected));
    m_hint->setVisible(true);
}

QList<qint64> ProductPickerDialog::selectedProductIds() const
{
    return m_model->selectedProductIds();
}

QString ProductPickerDialog::text() const
{
    return m_text->text().trimmed();
}

QString ProductPickerDialog::sourceText() const
{
    return m_source->text();
}

QString ProductPickerDialog::hintText() const
{
    return m_hint->isHidden() ? QString() : m_hint->text();
}

std::optional<qint64> ProductPickerDialog::sendTo(LocalActions &actions, qint64 conversationId,
                                                  QString *error) const
{
    const QList<qint64> ids = selectedProductIds();
    if (ids.isEmpty()) {
        if (error)
            *error = tr("No product selected.");
        return std::nullopt;
    }
    const std::optional<qint64> localId = actions.sendProducts(conversationId, ids, text());
    if (!localId && error)
        *error = actions.lastError();
    return localId;
}

void ProductPickerDialog::accept()
{
    const qsizetype count = m_model->selectedProductIds().size();
    if (count < 1 || count > ProductSearchModel::MaxSelected)
        return;
    QDialog::accept();
}

} // namespace shopinbox
