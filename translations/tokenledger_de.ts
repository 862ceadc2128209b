<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="23" />
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>tl::AboutDialog</name>
    <message>
        <location filename="../ui/about/aboutdialog.cpp" line="17" />
        <source>About TokenLedger</source>
        <translation>Über TokenLedger</translation>
    </message>
    <message>
        <location filename="../ui/about/aboutdialog.cpp" line="25" />
        <source>See what you spend on LLM APIs, where it goes and where it is heading. Numbers come only from your providers and your own files.</source>
        <translation>Sehen Sie, was Sie für LLM-APIs ausgeben, wofür und wohin es sich entwickelt. Die Zahlen stammen nur von Ihren Anbietern und aus Ihren eigenen Dateien.</translation>
    </message>
    <message>
        <location filename="../ui/about/aboutdialog.cpp" line="33" />
        <source>&lt;p&gt;&lt;b&gt;TokenLedger&lt;/b&gt; is free software under the GNU General Public License, version 3 or later. It comes with no warranty.&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Qt %1&lt;/b&gt; (Core, Gui, Widgets, Network, Sql, Svg): GNU LGPL v3.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Qt Charts&lt;/b&gt;: GNU GPL v3.&lt;/li&gt;&lt;li&gt;&lt;b&gt;QtKeychain&lt;/b&gt;: BSD 3-Clause licence.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SQLite&lt;/b&gt;: public domain.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OpenSSL&lt;/b&gt; (loaded at run time for HTTPS): Apache License 2.0.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;TokenLedger&lt;/b&gt; ist freie Software unter der GNU General Public License, Version 3 oder später. Es gibt keine Gewährleistung.&lt;/p&gt;&lt;p&gt;Erstellt mit:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Qt %1&lt;/b&gt; (Core, Gui, Widgets, Network, Sql, Svg): GNU LGPL v3.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Qt Charts&lt;/b&gt;: GNU GPL v3.&lt;/li&gt;&lt;li&gt;&lt;b&gt;QtKeychain&lt;/b&gt;: BSD-3-Clause-Lizenz.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SQLite&lt;/b&gt;: gemeinfrei.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OpenSSL&lt;/b&gt; (zur Laufzeit für HTTPS geladen): Apache License 2.0.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>tl::DashboardPage</name>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="18" />
        <source>No spending recorded yet</source>
        <translation>Noch keine Ausgaben erfasst</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="19" />
        <source>Add a provider account to start syncing, or import a CSV of your usage. TokenLedger shows only numbers it has read from your providers or your own files — never estimates it made up.</source>
        <translation>Fügen Sie ein Anbieterkonto hinzu, um die Synchronisierung zu starten, oder importieren Sie eine CSV-Datei Ihrer Nutzung. TokenLedger zeigt nur Zahlen, die es von Ihren Anbietern oder aus Ihren eigenen Dateien gelesen hat – niemals erfundene Schätzungen.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="23" />
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="28" />
        <source>Add an account…</source>
        <translation>Konto hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="65" />
        <source>&lt;h2&gt;Month to date&lt;/h2&gt;&lt;p&gt;%1 – %2 (UTC days)&lt;/p&gt;&lt;p style='font-size:x-large'&gt;&lt;b&gt;%3&lt;/b&gt; usage cost&lt;/p&gt;&lt;p&gt;%4 tokens, %5 requests, %6 tokens without a price&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Monat bis heute&lt;/h2&gt;&lt;p&gt;%1 – %2 (UTC-Tage)&lt;/p&gt;&lt;p style='font-size:x-large'&gt;&lt;b&gt;%3&lt;/b&gt; Nutzungskosten&lt;/p&gt;&lt;p&gt;%4 Tokens, %5 Anfragen, %6 Tokens ohne Preis&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tl::Gui</name>
    <message>
        <location filename="../app/gui.cpp" line="51" />
        <source>TokenLedger cannot start</source>
        <translation>TokenLedger kann nicht starten</translation>
    </message>
</context>
<context>
    <name>tl::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="62" />
        <source>TokenLedger</source>
        <translation>TokenLedger</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="78" />
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="79" />
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="80" />
        <source>No usage rows yet</source>
        <translation>Noch keine Nutzungsdaten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="81" />
        <source>Usage appears here after the first sync or import: one row per UTC day, model, project and API key, with its tokens, requests and cost.</source>
        <translation>Die Nutzung erscheint hier nach der ersten Synchronisierung oder dem ersten Import: eine Zeile pro UTC-Tag, Modell, Projekt und API-Schlüssel, mit Tokens, Anfragen und Kosten.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="84" />
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="85" />
        <source>No provider accounts yet</source>
        <translation>Noch keine Anbieterkonten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="86" />
        <source>Add a provider account to start syncing: OpenAI, Anthropic, OpenRouter, DeepSeek, xAI, Google Gemini, Groq, Perplexity or Mistral. Keys are kept only in your system keychain, never in TokenLedger's files.</source>
        <translation>Fügen Sie ein Anbieterkonto hinzu, um die Synchronisierung zu starten: OpenAI, Anthropic, OpenRouter, DeepSeek, xAI, Google Gemini, Groq, Perplexity oder Mistral. Schlüssel werden nur im Schlüsselbund Ihres Systems aufbewahrt, nie in den Dateien von TokenLedger.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="90" />
        <source>Budgets &amp; Alerts</source>
        <translation>Budgets &amp; Warnungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="91" />
        <source>No budgets yet</source>
        <translation>Noch keine Budgets</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="92" />
        <source>Set a monthly budget for everything, a provider or an account. TokenLedger warns you at 50 %, 80 % and 100 % of it, and earlier when the forecast says you will cross it.</source>
        <translation>Legen Sie ein Monatsbudget für alles, einen Anbieter oder ein Konto fest. TokenLedger warnt Sie bei 50 %, 80 % und 100 % – und früher, wenn die Prognose eine Überschreitung erwarten lässt.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="95" />
        <source>Sync History</source>
        <translation>Synchronisierungsverlauf</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="96" />
        <source>No sync has run yet</source>
        <translation>Noch keine Synchronisierung gelaufen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="97" />
        <source>Every sync is recorded here with its status, the records it created or updated, its duration and any error, once you have added an account.</source>
        <translation>Sobald Sie ein Konto hinzugefügt haben, wird hier jede Synchronisierung mit Status, neuen oder geänderten Datensätzen, Dauer und etwaigen Fehlern festgehalten.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="100" />
        <source>Pricing</source>
        <translation>Preise</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="101" />
        <source>No price catalog loaded</source>
        <translation>Kein Preiskatalog geladen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="102" />
        <source>Costs computed from tokens need model prices. Until a catalog is loaded, usage without a billed amount is shown as unpriced — never as $0.</source>
        <translation>Aus Tokens berechnete Kosten brauchen Modellpreise. Bis ein Katalog geladen ist, wird Nutzung ohne abgerechneten Betrag als „ohne Preis“ angezeigt – nie als 0 $.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="105" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="117" />
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="134" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="135" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="139" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="145" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="146" />
        <source>&amp;About TokenLedger</source>
        <translation>Über &amp;TokenLedger</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="151" />
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>tl::SettingsPage</name>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="39" />
        <source>Data locations</source>
        <translation>Speicherorte</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="41" />
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="42" />
        <source>Settings:</source>
        <translation>Einstellungen:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="43" />
        <source>API keys are never stored in these files: they live only in your system keychain. Start TokenLedger with --db PATH or --profile DIR to use other files.</source>
        <translation>API-Schlüssel werden nie in diesen Dateien gespeichert, sondern nur im Schlüsselbund Ihres Systems. Starten Sie TokenLedger mit --db PFAD oder --profile ORDNER, um andere Dateien zu verwenden.</translation>
    </message>
</context>
</TS>