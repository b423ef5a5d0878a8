#include "pages/AppleEnrollmentTab.h"
#include "RelativeTime.h"

#include "apple/AppleEnrollmentRepository.h"
#include "apple/EnrollmentService.h"
#include "dialogs/OwnershipAdvisorDialog.h"
#include "endpoint/EndpointAddress.h"
#include "push/PushCertificateService.h"
#include "security/AdminSession.h"
#include "security/QrCode.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QString dateText(qint64 secs)
{
    return secs > 0 ? RelativeTime::localDateTime(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC)) : QString();
}
} // namespace

AppleEnrollmentTab::AppleEnrollmentTab(Database &db, const AdminSession &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_ownership(new QComboBox(this)), m_department(new QLineEdit(this)),
      m_count(new QSpinBox(this)), m_links(new QListWidget(this)), m_qr(new QLabel(this)), m_status(new QLabel(this)),
      m_pushWarning(new QWidget(this)), m_pushWarningText(new QLabel(this)), m_enrollments(new QTableWidget(0, 6, this))
{
    m_ownership->setObjectName(QStringLiteral("appleOwnership"));
    m_count->setObjectName(QStringLiteral("appleCount"));
    m_links->setObjectName(QStringLiteral("appleLinks"));
    m_qr->setObjectName(QStringLiteral("appleQr"));
    m_status->setObjectName(QStringLiteral("appleStatus"));
    m_enrollments->setObjectName(QStringLiteral("appleEnrollments"));
    m_status->setWordWrap(true);

    for (Ownership o : {Ownership::COPE, Ownership::Shared, Ownership::COSU, Ownership::BYOD})
        m_ownership->addItem(DeviceTypes::displayName(o), int(o));
    m_ownership->setToolTip(tr("Does the device store patient data (ePHI) itself? Then it is corporate (COPE). A "
                               "clinician's own phone that only views it through managed apps can be BYOD: selective "
                               "wipe only, no personal inventory."));
    m_count->setRange(1, EnrollmentService::MaxBatch);
    m_department->setPlaceholderText(tr("e.g. Radiology"));
    auto *create = new QPushButton(tr("Create enrollment links"), this);
    m_create = create;
    create->setObjectName(QStringLiteral("createAppleLinks"));
    create->setVisible(m_session.can(Permission::EnrollDevices));
    // Without a push certificate the endpoint does not serve enrollment profiles: a link would only
    // fail on the phone, so the tab says so instead of handing out links.
    m_pushWarning->setObjectName(QStringLiteral("applePushWarning"));
    m_pushWarningText->setWordWrap(true);
    // A long wrapped label asks for a wide minimum; the tab must fit 1280 px in Spanish too.
    m_pushWarningText->setMinimumWidth(240);
    m_pushWarningText->setText(tr("No Apple push certificate is installed, so iPhones and iPads cannot enroll: the "
                                  "console could never wake them. Create the certificate request and import Apple's "
                                  "certificate first (Settings > Push)."));
    m_pushWarning->setStyleSheet(QStringLiteral("#applePushWarning { background: #fff4e5; border: 1px solid #e0a040; }"));
    m_pushWarning->setAttribute(Qt::WA_StyledBackground);
    auto *setupPush = new QPushButton(tr("Set up push…"), m_pushWarning);
    setupPush->setObjectName(QStringLiteral("applePushSetup"));
    auto *warningRow = new QHBoxLayout(m_pushWarning);
    warningRow->addWidget(m_pushWarningText, 1);
    warningRow->addWidget(setupPush);
    connect(setupPush, &QPushButton::clicked, this, &AppleEnrollmentTab::pushSetupRequested);
    auto *copy = new QPushButton(tr("Copy link"), this);
    auto *refresh = new QPushButton(tr("Refresh"), this);

    auto *form = new QFormLayout;
    auto *ownershipRow = new QHBoxLayout;
    ownershipRow->addWidget(m_ownership, 1);
    ownershipRow->addWidget(OwnershipAdvisorDialog::helpButton(this, [this](const OwnershipAdvisor::Advice &a) {
        m_ownership->setCurrentIndex(m_ownership->findData(int(a.ownership)));
    }));
    form->addRow(tr("Ownership:"), ownershipRow);
    form->addRow(tr("Department:"), m_department);
    form->addRow(tr("Devices:"), m_count);
    form->addRow(QString(), create);

    m_qr->setMinimumSize(220, 220);
    m_qr->setAlignment(Qt::AlignCenter);
    auto *linkColumn = new QVBoxLayout;
    auto *linksLabel = new QLabel(tr("New links (shown once; open one on each device, or scan its QR code):"), this);
    // Wrapped: on one line it made the tab wider than a 1280 px screen in Spanish.
    linksLabel->setWordWrap(true);
    linksLabel->setMinimumWidth(200);
    linkColumn->addWidget(linksLabel);
    linkColumn->addWidget(m_links, 1);
    linkColumn->addWidget(copy, 0, Qt::AlignLeft);
    auto *top = new QHBoxLayout;
    top->addLayout(form);
    top->addLayout(linkColumn, 1);
    top->addWidget(m_qr);

    m_enrollments->setHorizontalHeaderLabels(
        {tr("Ownership"), tr("Department"), tr("State"), tr("Created"), tr("Expires"), tr("Completed")});
    m_enrollments->horizontalHeader()->setStretchLastSection(true);
    m_enrollments->verticalHeader()->hide();
    m_enrollments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *listHeader = new QHBoxLayout;
    listHeader->addWidget(new QLabel(tr("Apple enrollments"), this), 1);
    listHeader->addWidget(refresh);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pushWarning);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addLayout(listHeader);
    layout->addWidget(m_enrollments, 1);

    connect(create, &QPushButton::clicked, this, &AppleEnrollmentTab::createLinks);
    connect(refresh, &QPushButton::clicked, this, &AppleEnrollmentTab::reloadEnrollments);
    connect(m_links, &QListWidget::currentRowChanged, this, &AppleEnrollmentTab::showQrFor);
    connect(copy, &QPushButton::clicked, this, [this] {
        if (m_links->currentItem())
            QApplication::clipboard()->setText(m_links->currentItem()->text());
    });
    reloadEnrollments();
    refreshPushState();
}

QString AppleEnrollmentTab::statusText() const { return m_status->text(); }

QString AppleEnrollmentTab::pushWarningText() const { return m_pushWarning->isHidden() ? QString() : m_pushWarningText->text(); }

void AppleEnrollmentTab::refreshPushState()
{
    const bool havePush = PushCertificateService(m_db).current().has_value();
    m_pushWarning->setHidden(havePush);
    m_create->setEnabled(havePush);
}

void AppleEnrollmentTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshPushState();
}

void AppleEnrollmentTab::createLinks()
{
    refreshPushState();
    if (!m_pushWarning->isHidden() && m_session.can(Permission::EnrollDevices)) {
        m_status->setText(m_pushWarningText->text());
        return;
    }
    QList<EnrollmentService::Link> links;
    const Status s = EnrollmentService(m_db).create(m_session, Ownership(m_ownership->currentData().toInt()), m_count->value(),
                                                    m_department->text().trimmed(), EndpointAddress::publicUrl(m_db),
                                                    QDateTime::currentSecsSinceEpoch(), links);
    if (!s) {
        m_status->setText(s.message());
        return;
    }
    m_links->clear();
    for (const EnrollmentService::Link &l : links)
        m_links->addItem(l.url);
    m_links->setCurrentRow(0);
    const int n = int(links.size());
    m_status->setText(tr("%n link(s) created, valid until %1. Each works for one device.", nullptr, n)
                          .arg(dateText(links.first().enrollment.expiresAt)));
    reloadEnrollments();
}

void AppleEnrollmentTab::showQrFor(int row)
{
    const QListWidgetItem *item = m_links->item(row);
    m_qr->setPixmap(item ? QPixmap::fromImage(QrCode::encode(item->text()).toImage(4)) : QPixmap());
}

void AppleEnrollmentTab::reloadEnrollments()
{
    const QList<AppleEnrollment> rows = AppleEnrollmentRepository(m_db).list();
    m_enrollments->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const AppleEnrollment &e = rows.at(r);
        const QString state = e.state == QLatin1String("open")   ? tr("Waiting for the device")
                              : e.state == QLatin1String("used") ? tr("Enrolled")
                                                                 : e.state;
        const QStringList cells{DeviceTypes::displayName(e.ownership), e.department, state, dateText(e.createdAt),
                                dateText(e.expiresAt), dateText(e.completedAt)};
        for (int c = 0; c < cells.size(); ++c)
            m_enrollments->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
}
