#include "widgets/DeviceFilterBar.h"

#include "FilterOptionsModel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>

namespace {
QString valueOf(const QComboBox *combo) { return combo->currentData(FilterOptionsModel::ValueRole).toString(); }
} // namespace

DeviceFilterBar::DeviceFilterBar(Database &db, QWidget *parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_clear(new QPushButton(tr("Clear filters"), this))
{
    m_search->setObjectName(QStringLiteral("deviceSearch"));
    m_search->setPlaceholderText(tr("Search name, serial, model, IMEI, department or clinician"));
    m_search->setAccessibleName(tr("Search devices"));
    m_search->setToolTip(m_search->placeholderText());
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(DeviceQuery::MaxTextChars); // the engine refuses longer searches
    m_search->setMinimumWidth(260);
    m_search->addAction(QIcon::fromTheme(QStringLiteral("edit-find"), style()->standardIcon(QStyle::SP_FileDialogContentsView)),
                        QLineEdit::LeadingPosition);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_search);
    escape->setContext(Qt::WidgetShortcut);
    connect(escape, &QShortcut::activated, m_search, &QLineEdit::clear);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        updateClearButton();
        emit filtersChanged();
    });

    using Kind = FilterOptionsModel::Kind;
    m_platform = addCombo(new FilterOptionsModel(Kind::Platform, db, this), QStringLiteral("platformFilter"),
                          tr("Platform filter"));
    m_ownership = addCombo(new FilterOptionsModel(Kind::Ownership, db, this), QStringLiteral("ownershipFilter"),
                           tr("Ownership filter"));
    m_department = addCombo(new FilterOptionsModel(Kind::Department, db, this), QStringLiteral("departmentFilter"),
                            tr("Department filter"));
    m_state = addCombo(new FilterOptionsModel(Kind::State, db, this), QStringLiteral("stateFilter"),
                       tr("Enrollment state filter"));
    m_compliance = addCombo(new FilterOptionsModel(Kind::Compliance, db, this), QStringLiteral("complianceFilter"),
                            tr("Compliance filter"));

    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setEnabled(false);
    connect(m_clear, &QPushButton::clicked, this, &DeviceFilterBar::clearFilters);

    // The search gets a row of its own: with five filters beside it, the bar would not fit a
    // 1280-pixel window in Spanish without eliding the filters' choices.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    auto *filters = new QHBoxLayout;
    for (QComboBox *combo : std::as_const(m_combos))
        filters->addWidget(combo);
    filters->addWidget(m_clear);
    filters->addStretch(1);
    layout->addLayout(filters);
}

QComboBox *DeviceFilterBar::addCombo(FilterOptionsModel *options, const QString &objectName,
                                     const QString &accessibleName)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(accessibleName);
    combo->setModel(options);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(combo, &QComboBox::currentIndexChanged, this, [this] {
        updateClearButton();
        emit filtersChanged();
    });
    m_combos << combo;
    return combo;
}

void DeviceFilterBar::applyTo(DeviceQuery &query) const
{
    query.text = m_search->text().trimmed();
    query.platform = DeviceTypes::platformFromDb(valueOf(m_platform));
    query.ownership = DeviceTypes::ownershipFromDb(valueOf(m_ownership));
    query.state = DeviceTypes::stateFromDb(valueOf(m_state));
    query.department = valueOf(m_department);
    query.compliance = ComplianceStateInfo::fromId(valueOf(m_compliance));
}

bool DeviceFilterBar::isFiltering() const
{
    if (!m_search->text().trimmed().isEmpty())
        return true;
    for (const QComboBox *combo : m_combos)
        if (combo->currentIndex() > 0)
            return true;
    return false;
}

void DeviceFilterBar::clearFilters()
{
    if (!isFiltering())
        return;
    // One query for the whole reset, not one per widget.
    const QSignalBlocker blockSearch(m_search);
    m_search->clear();
    m_debounce.stop();
    for (QComboBox *combo : std::as_const(m_combos)) {
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(0);
    }
    updateClearButton();
    emit filtersChanged();
}

void DeviceFilterBar::reloadOptions()
{
    auto *options = qobject_cast<FilterOptionsModel *>(m_department->model());
    const QString chosen = valueOf(m_department);
    const QSignalBlocker block(m_department);
    options->reload();
    const int row = options->rowOfValue(chosen);
    m_department->setCurrentIndex(row);
    if (row == 0 && !chosen.isEmpty()) { // the chosen department is gone with its last device
        updateClearButton();
        emit filtersChanged();
    }
}

void DeviceFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void DeviceFilterBar::updateClearButton() { m_clear->setEnabled(isFiltering()); }
