#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace tl {

// An honest empty state: what is missing, why, and the next step (optionally a button).
class EmptyState final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)

public:
    EmptyState(const QString &title, const QString &body, QWidget *parent = nullptr);

    // Shows a button; its clicked() is re-emitted as actionTriggered().
    void setAction(const QString &text);
    // A second button beside the first; its clicked() is re-emitted as secondaryActionTriggered().
    void setSecondaryAction(const QString &text);
    QString title() const;
    void setTitle(const QString &title);
    void setBody(const QString &body);
    QString body() const;

signals:
    void actionTriggered();
    void secondaryActionTriggered();

private:
    QLabel *m_title = nullptr;
    QLabel *m_body = nullptr;
    QPushButton *m_action = nullptr;
    QPushButton *m_secondary = nullptr;
};

}   // namespace tl
