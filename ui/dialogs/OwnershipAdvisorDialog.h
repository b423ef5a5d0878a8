#pragma once

#include "fleet/OwnershipAdvisor.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QPushButton;
class QComboBox;
class QLabel;

// "Help me choose…": four questions about the device, and OwnershipAdvisor's recommendation (with
// its reasons and warnings) updated as they are answered. Accepting means "use this ownership".
class OwnershipAdvisorDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OwnershipAdvisorDialog(QWidget *parent = nullptr);

    OwnershipAdvisor::Answers answers() const;
    OwnershipAdvisor::Advice advice() const { return OwnershipAdvisor::advise(answers()); }

    // A "Help me choose…" button for an enrollment form: it opens the dialog (never exec()'d) and
    // hands the accepted advice to `onAccepted`.
    static QPushButton *helpButton(QWidget *parent, std::function<void(const OwnershipAdvisor::Advice &)> onAccepted);

private:
    void updateAdvice();

    QComboBox *m_owner;
    QCheckBox *m_ephi;
    QCheckBox *m_shared;
    QCheckBox *m_patientFacing;
    QLabel *m_advice;
};
