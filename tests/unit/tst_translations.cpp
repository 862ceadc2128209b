// Every shipped language is complete and matches the code: no unfinished, obsolete or vanished
// message, the right number of plural forms for the language, the placeholders of the source kept,
// and lupdate run over today's sources (on copies) finds nothing new. The code's user-facing calls
// take translated strings, not bare literals.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString type;   // of the <translation>: "", "unfinished", "obsolete", "vanished"
    bool numerus = false;
    QStringList forms;   // the translation, or its plural forms
};

struct Catalogue
{
    QString language;
    QList<Message> messages;
};

Catalogue read(const QString &path)
{
    Catalogue result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    bool inTranslation = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                result.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = Message{};
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (message.numerus) {
                    inTranslation = true;
                } else {
                    message.forms.append(xml.readElementText());
                    result.messages.append(message);
                }
            } else if (name == QLatin1String("numerusform") && inTranslation) {
                message.forms.append(xml.readElementText());
            }
        } else if (token == QXmlStreamReader::EndElement && inTranslation &&
                   xml.name() == QLatin1String("translation")) {
            inTranslation = false;
            result.messages.append(message);
        }
    }
    return result;
}

// Plural forms per language (Qt's rules): German 2, Korean 1, Russian 3.
int pluralForms(const QString &language)
{
    if (language.startsWith(QLatin1String("ko")))
        return 1;
    if (language.startsWith(QLatin1String("ru")))
        return 3;
    return 2;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(?:n|[1-9][0-9]?)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

QStringList shippedCatalogues()
{
    const QDir dir(QStringLiteral(TL_TS_DIR));
    QStringList paths;
    for (const QString &name : dir.entryList({QStringLiteral("tokenledger_*.ts")}, QDir::Files, QDir::Name)) {
        // tokenledger_en.ts spells out English plurals only; tst_mainwindow checks it.
        if (name != QLatin1String("tokenledger_en.ts"))
            paths.append(dir.filePath(name));
    }
    return paths;
}

QString describe(const Message &m)
{
    return m.context + QStringLiteral(": \"") + m.source.left(70) + QLatin1Char('"');
}

}   // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyShippedLanguageIsComplete_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : shippedCatalogues())
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }

    void everyShippedLanguageIsComplete()
    {
        QFETCH(QString, path);
        const Catalogue catalogue = read(path);
        QVERIFY2(!catalogue.messages.isEmpty(), qPrintable(path));
        const int forms = pluralForms(catalogue.language);
        QStringList problems;
        for (const Message &m : catalogue.messages) {
            if (!m.type.isEmpty()) {
                problems.append(m.type + QStringLiteral(": ") + describe(m));
                continue;
            }
            if (m.numerus && m.forms.size() != forms)
                problems.append(QStringLiteral("%1 plural forms, %2 expected: ").arg(m.forms.size()).arg(forms) +
                                describe(m));
            for (const QString &form : m.forms) {
                if (form.trimmed().isEmpty() && !m.source.trimmed().isEmpty()) {
                    problems.append(QStringLiteral("empty: ") + describe(m));
                    break;
                }
                if (placeholders(form) != placeholders(m.source)) {
                    problems.append(QStringLiteral("placeholders %1 instead of %2: ")
                                        .arg(placeholders(form).join(QLatin1Char(' ')),
                                             placeholders(m.source).join(QLatin1Char(' '))) +
                                    describe(m));
                    break;
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(QLatin1Char('\n')) +
                                                QStringLiteral("\n(%1 problems)").arg(problems.size())));
    }

    // lupdate over today's sources, on copies of the catalogues: anything it adds is a string the
    // catalogues lack; anything it marks vanished is one they keep for nothing.
    void cataloguesMatchTheCode()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList copies;
        for (const QString &path : shippedCatalogues()) {
            const QString copy = dir.filePath(QFileInfo(path).fileName());
            QVERIFY(QFile::copy(path, copy));
            copies.append(copy);
        }
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(TL_LUPDATE),
                      QStringList{QStringLiteral("-locations"), QStringLiteral("none"),
                                  QLatin1Char('@') + QStringLiteral(TL_TRANSLATED_SOURCES), QStringLiteral("-ts")} +
                          copies);
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
        QStringList problems;
        for (const QString &copy : std::as_const(copies)) {
            for (const Message &m : read(copy).messages) {
                if (!m.type.isEmpty())
                    problems.append(QFileInfo(copy).fileName() + QLatin1Char(' ') + m.type + QStringLiteral(": ") +
                                    describe(m));
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("run the tokenledger_ui_lupdate target and translate:\n") +
                            problems.mid(0, 20).join(QLatin1Char('\n')) +
                            QStringLiteral("\n(%1 problems)").arg(problems.size())));
    }

    // A user-facing call given a bare literal (not tr(), not translate()) would show English in
    // every language.
    void theCodeMarksUserFacingStrings()
    {
        QFile list(QStringLiteral(TL_TRANSLATED_SOURCES));
        QVERIFY(list.open(QIODevice::ReadOnly | QIODevice::Text));
        static const QRegularExpression call(
            QStringLiteral("(?:setText|setToolTip|setWindowTitle|setPlaceholderText|setStatusTip|setWhatsThis|setTitle|"
                           "setLabelText|setInformativeText|addTab|insertTab|addMenu|showMessage|setHeaderLabels|"
                           "QMessageBox::(?:critical|warning|information|question)\\(\\s*[^,]+,|"
                           "new\\s+(?:QLabel|QPushButton|QCheckBox|QRadioButton|QGroupBox|QAction))"
                           "\\(\\s*(?:QStringLiteral\\(|QLatin1String\\()?\"([^\"]*[A-Za-z][^\"]*)\""));
        QStringList problems;
        while (!list.atEnd()) {
            const QString path = QString::fromUtf8(list.readLine()).trimmed();
            if (path.isEmpty())
                continue;
            QFile source(path);
            QVERIFY2(source.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(path));
            const QString text = QString::fromUtf8(source.readAll());
            for (auto it = call.globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                // Markup, placeholders and the product's name are the same in every language.
                static const QRegularExpression same(QStringLiteral("<[^>]*>|%L?[0-9n]+|TokenLedger"));
                if (!m.captured(1).remove(same).contains(QRegularExpression(QStringLiteral("[A-Za-z]"))))
                    continue;
                const int line = text.left(m.capturedStart()).count(QLatin1Char('\n')) + 1;
                problems.append(QStringLiteral("%1:%2: \"%3\"").arg(path).arg(line).arg(m.captured(1)));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
