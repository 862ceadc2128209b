#pragma once

#include <QDialog>

namespace tl {

// Version, purpose and the licence notices of TokenLedger and what it is built on.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

}   // namespace tl
