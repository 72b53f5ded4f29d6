#pragma once

#include <QObject>

// Tells when a person touches, clicks, scrolls or types anywhere in the application: every input
// event passes through this filter (installed on the application) first. The idle monitor and
// the admin panel's auto-close count time without a touch from it.
class InputActivity : public QObject
{
    Q_OBJECT
public:
    explicit InputActivity(QObject *parent = nullptr);

Q_SIGNALS:
    void activity();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
