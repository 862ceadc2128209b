#include "aboutdialog.h"

#include "version.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tl {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About TokenLedger"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/tokenledger.svg")).pixmap(64, 64));

    auto *title = new QLabel(this);
    title->setObjectName(QStringLiteral("aboutTitleLabel"));
    title->setText(QStringLiteral("<h2>TokenLedger %1</h2>").arg(QStringLiteral(TOKENLEDGER_VERSION)));
    auto *summary = new QLabel(tr("See what you spend on LLM APIs, where it goes and where it is heading. "
                                  "Numbers come only from your providers and your own files."),
                               this);
    summary->setWordWrap(true);

    auto *notices = new QTextBrowser(this);
    notices->setObjectName(QStringLiteral("licenceTextBrowser"));
    notices->setOpenExternalLinks(true);
    notices->setHtml(tr("<p><b>TokenLedger</b> is free software under the GNU General Public License, version 3 "
                        "or later. It comes with no warranty.</p>"
                        "<p>Built with:</p><ul>"
                        "<li><b>Qt %1</b> (Core, Gui, Widgets, Network, Sql, Svg): GNU LGPL v3.</li>"
                        "<li><b>Qt Charts</b>: GNU GPL v3.</li>"
                        "<li><b>QtKeychain</b>: BSD 3-Clause licence.</li>"
                        "<li><b>SQLite</b>: public domain.</li>"
                        "<li><b>OpenSSL</b> (loaded at run time for HTTPS): Apache License 2.0.</li>"
                        "</ul>"
                        "<p>Model prices come from <b>genai-prices</b> by Pydantic Services Inc. (MIT licence; "
                        "Copyright (c) Pydantic Services Inc. 2025 to present). Prices are a best-effort "
                        "estimate; amounts your providers bill always win over prices computed from them.</p>")
                         .arg(QString::fromLatin1(qVersion())));
    notices->setMinimumHeight(180);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    auto *headerText = new QVBoxLayout;
    headerText->addWidget(title);
    headerText->addWidget(summary);
    header->addLayout(headerText, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(notices, 1);
    layout->addWidget(buttons);
    resize(520, 420);
}

}   // namespace tl
