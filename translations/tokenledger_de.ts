<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="27" />
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
        <source>&lt;p&gt;&lt;b&gt;TokenLedger&lt;/b&gt; is free software under the GNU General Public License, version 3 or later. It comes with no warranty.&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Qt %1&lt;/b&gt; (Core, Gui, Widgets, Network, Sql, Svg): GNU LGPL v3.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Qt Charts&lt;/b&gt;: GNU GPL v3.&lt;/li&gt;&lt;li&gt;&lt;b&gt;QtKeychain&lt;/b&gt;: BSD 3-Clause licence.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SQLite&lt;/b&gt;: public domain.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OpenSSL&lt;/b&gt; (loaded at run time for HTTPS): Apache License 2.0.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Model prices come from &lt;b&gt;genai-prices&lt;/b&gt; by Pydantic Services Inc. (MIT licence; Copyright (c) Pydantic Services Inc. 2025 to present). Prices are a best-effort estimate; amounts your providers bill always win over prices computed from them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;TokenLedger&lt;/b&gt; ist freie Software unter der GNU General Public License, Version 3 oder später. Es gibt keine Gewährleistung.&lt;/p&gt;&lt;p&gt;Erstellt mit:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Qt %1&lt;/b&gt; (Core, Gui, Widgets, Network, Sql, Svg): GNU LGPL v3.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Qt Charts&lt;/b&gt;: GNU GPL v3.&lt;/li&gt;&lt;li&gt;&lt;b&gt;QtKeychain&lt;/b&gt;: BSD-3-Clause-Lizenz.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SQLite&lt;/b&gt;: gemeinfrei.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OpenSSL&lt;/b&gt; (zur Laufzeit für HTTPS geladen): Apache License 2.0.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Modellpreise stammen aus &lt;b&gt;genai-prices&lt;/b&gt; von Pydantic Services Inc. (MIT-Lizenz; Copyright (c) Pydantic Services Inc. 2025 bis heute). Die Preise sind eine bestmögliche Schätzung; von Ihren Anbietern abgerechnete Beträge haben immer Vorrang.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tl::AccountDialog</name>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="24" />
        <source>Include this account in syncs</source>
        <translation>Dieses Konto synchronisieren</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="30" />
        <source>Add Account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="35" />
        <source>e.g. Work organisation</source>
        <translation>z. B. Firmenorganisation</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="37" />
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="39" />
        <source>optional: a gateway, proxy or regional endpoint</source>
        <translation>optional: ein Gateway, Proxy oder regionaler Endpunkt</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="42" />
        <source>stored only in your system keychain</source>
        <translation>nur im Schlüsselbund Ihres Systems gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="52" />
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="53" />
        <source>Label:</source>
        <translation>Bezeichnung:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="54" />
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="56" />
        <source>Organisation / team:</source>
        <translation>Organisation / Team:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="57" />
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="76" />
        <source>Edit Account</source>
        <translation>Konto bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="83" />
        <source>leave empty to keep the stored key</source>
        <translation>leer lassen, um den gespeicherten Schlüssel zu behalten</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="106" />
        <source>Give the account a label.</source>
        <translation>Geben Sie dem Konto eine Bezeichnung.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="111" />
        <source>The base URL must be an http(s) address.</source>
        <translation>Die Basis-URL muss eine http(s)-Adresse sein.</translation>
    </message>
</context>
<context>
    <name>tl::AccountsPage</name>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="31" />
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/accounts/accountspage.cpp" line="35" />
        <source>Failing (%n time(s) in a row): %1</source>
        <translation>
            <numerusform>Fehlerhaft (%n Mal): %1</numerusform>
            <numerusform>Fehlerhaft (%n Mal in Folge): %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="38" />
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="39" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="46" />
        <source>key limit left</source>
        <translation>Schlüssel-Limit übrig</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="47" />
        <source>credits left</source>
        <translation>Guthaben übrig</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="48" />
        <source>balance</source>
        <translation>Kontostand</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="67" />
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="68" />
        <source>Remove…</source>
        <translation>Entfernen …</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="69" />
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="70" />
        <source>Sync This Account</source>
        <translation>Dieses Konto synchronisieren</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="74" />
        <source>No provider accounts yet</source>
        <translation>Noch keine Anbieterkonten</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="75" />
        <source>Add a provider account to start syncing: OpenAI, Anthropic, OpenRouter, DeepSeek, xAI, Google Gemini, Groq, Perplexity or Mistral. Keys are kept only in your system keychain, never in TokenLedger's files.</source>
        <translation>Fügen Sie ein Anbieterkonto hinzu, um die Synchronisierung zu starten: OpenAI, Anthropic, OpenRouter, DeepSeek, xAI, Google Gemini, Groq, Perplexity oder Mistral. Schlüssel werden nur im Schlüsselbund Ihres Systems aufbewahrt, nie in den Dateien von TokenLedger.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="80" />
        <source>Add an Account…</source>
        <translation>Konto hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="83" />
        <source>Add Account…</source>
        <translation>Konto hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="93" />
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="93" />
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="93" />
        <source>Last success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="93" />
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="93" />
        <source>Balance / credits</source>
        <translation>Kontostand / Guthaben</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="165" />
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="219" />
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="220" />
        <source>Remove "%1"? Its key is deleted from the keychain. Keep its usage and costs in your totals, or delete them too?</source>
        <translation>„%1“ entfernen? Sein Schlüssel wird aus dem Schlüsselbund gelöscht. Nutzung und Kosten in den Summen behalten oder ebenfalls löschen?</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="224" />
        <source>Remove, Keep History</source>
        <translation>Entfernen, Verlauf behalten</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="225" />
        <source>Remove and Delete History</source>
        <translation>Entfernen und Verlauf löschen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="246" />
        <source>The account was not saved: %1</source>
        <translation>Das Konto wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="252" />
        <source>Account saved.</source>
        <translation>Konto gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="258" />
        <source>Account saved; its key is in your system keychain.</source>
        <translation>Konto gespeichert; sein Schlüssel liegt im Schlüsselbund Ihres Systems.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="261" />
        <source>Account saved, but its key was NOT stored: %1</source>
        <translation>Konto gespeichert, aber sein Schlüssel wurde NICHT gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="262" />
        <source>Key Not Stored</source>
        <translation>Schlüssel nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="263" />
        <source>%1

The account was saved without a key (%2 works for headless syncs).</source>
        <translation>%1

Das Konto wurde ohne Schlüssel gespeichert (%2 funktioniert für Synchronisierungen ohne Oberfläche).</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="281" />
        <source>Account removed; its history stays in your totals.</source>
        <translation>Konto entfernt; sein Verlauf bleibt in den Summen.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="282" />
        <source>Account and its history removed.</source>
        <translation>Konto und Verlauf entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="283" />
        <source>The account was not removed: %1</source>
        <translation>Das Konto wurde nicht entfernt: %1</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="296" />
        <source>Testing the connection to %1…</source>
        <translation>Verbindung zu %1 wird getestet …</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="299" />
        <location filename="../ui/accounts/accountspage.cpp" line="304" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="305" />
        <source>%1: the connection test failed: %2</source>
        <translation>%1: Der Verbindungstest ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>tl::DashboardPage</name>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="19" />
        <source>No spending recorded yet</source>
        <translation>Noch keine Ausgaben erfasst</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="20" />
        <source>Add a provider account to start syncing, or import a CSV of your usage. TokenLedger shows only numbers it has read from your providers or your own files — never estimates it made up.</source>
        <translation>Fügen Sie ein Anbieterkonto hinzu, um die Synchronisierung zu starten, oder importieren Sie eine CSV-Datei Ihrer Nutzung. TokenLedger zeigt nur Zahlen, die es von Ihren Anbietern oder aus Ihren eigenen Dateien gelesen hat – niemals erfundene Schätzungen.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="24" />
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="29" />
        <source>Add an account…</source>
        <translation>Konto hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="69" />
        <source>No spending recorded this month yet</source>
        <translation>In diesem Monat noch keine Ausgaben erfasst</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="70" />
        <source>Your accounts are set up, but no usage or billed cost has been reported for %1 (UTC) so far. Providers can take a few hours to report the latest day.</source>
        <translation>Ihre Konten sind eingerichtet, aber für %1 (UTC) wurden bisher keine Nutzung und keine abgerechneten Kosten gemeldet. Anbieter brauchen manchmal einige Stunden für den letzten Tag.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="79" />
        <source>&lt;h2&gt;Month to date&lt;/h2&gt;&lt;p&gt;%1 – %2 (UTC days)&lt;/p&gt;&lt;p style='font-size:x-large'&gt;&lt;b&gt;%3&lt;/b&gt; usage cost&lt;/p&gt;&lt;p&gt;%4 tokens, %5 requests, %6 tokens without a price&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Monat bis heute&lt;/h2&gt;&lt;p&gt;%1 – %2 (UTC-Tage)&lt;/p&gt;&lt;p style='font-size:x-large'&gt;&lt;b&gt;%3&lt;/b&gt; Nutzungskosten&lt;/p&gt;&lt;p&gt;%4 Tokens, %5 Anfragen, %6 Tokens ohne Preis&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tl::Gui</name>
    <message>
        <location filename="../app/gui.cpp" line="37" />
        <source>TokenLedger cannot start</source>
        <translation>TokenLedger kann nicht starten</translation>
    </message>
</context>
<context>
    <name>tl::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="75" />
        <source>TokenLedger</source>
        <translation>TokenLedger</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="92" />
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="93" />
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="94" />
        <source>No usage rows yet</source>
        <translation>Noch keine Nutzungsdaten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="95" />
        <source>Usage appears here after the first sync or import: one row per UTC day, model, project and API key, with its tokens, requests and cost.</source>
        <translation>Die Nutzung erscheint hier nach der ersten Synchronisierung oder dem ersten Import: eine Zeile pro UTC-Tag, Modell, Projekt und API-Schlüssel, mit Tokens, Anfragen und Kosten.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="99" />
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="100" />
        <source>Budgets &amp; Alerts</source>
        <translation>Budgets &amp; Warnungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="101" />
        <source>No budgets yet</source>
        <translation>Noch keine Budgets</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="102" />
        <source>Set a monthly budget for everything, a provider or an account. TokenLedger warns you at 50 %, 80 % and 100 % of it, and earlier when the forecast says you will cross it.</source>
        <translation>Legen Sie ein Monatsbudget für alles, einen Anbieter oder ein Konto fest. TokenLedger warnt Sie bei 50 %, 80 % und 100 % – und früher, wenn die Prognose eine Überschreitung erwarten lässt.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="106" />
        <source>Sync History</source>
        <translation>Synchronisierungsverlauf</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="109" />
        <source>Pricing</source>
        <translation>Preise</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="122" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="134" />
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="146" />
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="171" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="173" />
        <source>&amp;Sync Now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="177" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="181" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="187" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="188" />
        <source>&amp;About TokenLedger</source>
        <translation>Über &amp;TokenLedger</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="193" />
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>tl::OverrideDialog</name>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="57" />
        <source>From the beginning (all stored usage)</source>
        <translation>Von Anfang an (alle gespeicherte Nutzung)</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="59" />
        <source>required, e.g. 2.50</source>
        <translation>erforderlich, z. B. 2.50</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="60" />
        <location filename="../ui/pricing/overridedialog.cpp" line="61" />
        <location filename="../ui/pricing/overridedialog.cpp" line="62" />
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="63" />
        <source>required, e.g. 10</source>
        <translation>erforderlich, z. B. 10</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="69" />
        <source>Price Override</source>
        <translation>Eigener Preis</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="74" />
        <source>model name as the provider reports it, e.g. gpt-4o</source>
        <translation>Modellname wie vom Anbieter gemeldet, z. B. gpt-4o</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="83" />
        <source>optional, e.g. negotiated enterprise rate</source>
        <translation>optional, z. B. ausgehandelter Unternehmenstarif</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="88" />
        <source>Your price wins over the catalog for this model (every dated snapshot of it) from the day you choose. Prices are USD per 1M tokens. Stored usage is re-priced when you save; costs a provider billed are never changed.</source>
        <translation>Ihr Preis gilt ab dem gewählten Tag anstelle des Katalogpreises für dieses Modell (und alle datierten Versionen davon). Preise in USD pro 1 Mio. Tokens. Beim Speichern wird die gespeicherte Nutzung neu bewertet; von Anbietern abgerechnete Kosten bleiben unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="95" />
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="96" />
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="97" />
        <source>Applies:</source>
        <translation>Gilt:</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="98" />
        <source>From (UTC day):</source>
        <translation>Ab (UTC-Tag):</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="99" />
        <source>Input:</source>
        <translation>Eingabe:</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="100" />
        <source>Output:</source>
        <translation>Ausgabe:</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="101" />
        <source>Cached input:</source>
        <translation>Gecachte Eingabe:</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="102" />
        <source>Cache write (5 min):</source>
        <translation>Cache-Schreiben (5 Min.):</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="103" />
        <source>Cache write (1 h):</source>
        <translation>Cache-Schreiben (1 Std.):</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="104" />
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="147" />
        <source>Enter the model name.</source>
        <translation>Geben Sie den Modellnamen ein.</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="154" />
        <source>Prices are non-negative numbers of US dollars, such as 2.50 or 0.075.</source>
        <translation>Preise sind nicht-negative US-Dollar-Beträge, etwa 2.50 oder 0.075.</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="156" />
        <source>Enter at least the input and output prices.</source>
        <translation>Geben Sie mindestens den Eingabe- und den Ausgabepreis ein.</translation>
    </message>
</context>
<context>
    <name>tl::PriceTableModel</name>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="44" />
        <source>Requests above %1 input tokens: $%2 per 1M</source>
        <translation>Anfragen über %1 Eingabe-Tokens: $%2 pro 1 Mio.</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="46" />
        <source>Daily totals are priced at the base price.</source>
        <translation>Tagessummen werden zum Grundpreis bewertet.</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="95" />
        <source>Your override</source>
        <translation>Eigener Preis</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="95" />
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="122" />
        <source>Your price wins over the catalog from %1 on.</source>
        <translation>Ihr Preis gilt ab %1 anstelle des Katalogpreises.</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="144" />
        <source>USD per 1M tokens</source>
        <translation>USD pro 1 Mio. Tokens</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="149" />
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="151" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="153" />
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="155" />
        <source>Cached input</source>
        <translation>Gecachte Eingabe</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="157" />
        <source>Cache write</source>
        <translation>Cache-Schreiben</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="159" />
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="161" />
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="163" />
        <source>In force since</source>
        <translation>Gültig seit</translation>
    </message>
</context>
<context>
    <name>tl::PricingPage</name>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="59" />
        <source>bundled with TokenLedger</source>
        <translation>mit TokenLedger ausgeliefert</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="60" />
        <source>loaded from %1</source>
        <translation>geladen aus %1</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="61" />
        <source>Catalog: genai-prices, data of %1 (%2) — %3 models, %4 override(s).</source>
        <translation>Katalog: genai-prices, Stand %1 (%2) – %3 Modelle, %4 eigene(r) Preis(e).</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="62" />
        <source>unknown date</source>
        <translation>unbekanntes Datum</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="66" />
        <source>Loaded %1.</source>
        <translation>Geladen %1.</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="80" />
        <source>Add Override…</source>
        <translation>Eigenen Preis hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="81" />
        <location filename="../ui/pricing/pricingpage.cpp" line="243" />
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="82" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="98" />
        <source>Price Them…</source>
        <translation>Preise festlegen …</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="107" />
        <source>Search models…</source>
        <translation>Modelle suchen …</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="110" />
        <source>All providers</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="134" />
        <source>Prices in USD per 1M tokens, in force today (UTC). * Tiered: requests above a size threshold cost more; daily totals are priced at the base price. Price data © Pydantic Services Inc., MIT licence.</source>
        <translation>Preise in USD pro 1 Mio. Tokens, heute gültig (UTC). * Gestaffelt: Anfragen über einer Größenschwelle kosten mehr; Tagessummen werden zum Grundpreis bewertet. Preisdaten © Pydantic Services Inc., MIT-Lizenz.</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="184" />
        <source>The price catalog could not be read: %1</source>
        <translation>Der Preiskatalog konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="211" />
        <source>%1 (%2, %3 tokens)</source>
        <translation>%1 (%2, %3 Tokens)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pricing/pricingpage.cpp" line="213" />
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pricing/pricingpage.cpp" line="214" />
        <source>%n model(s) in your data have no price, so their usage is not counted in any cost: %1.</source>
        <translation>
            <numerusform>%n Modell in Ihren Daten hat keinen Preis; seine Nutzung fließt in keine Kosten ein: %1.</numerusform>
            <numerusform>%n Modelle in Ihren Daten haben keinen Preis; ihre Nutzung fließt in keine Kosten ein: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="243" />
        <source>Override…</source>
        <translation>Eigener Preis …</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="282" />
        <source>Remove Override</source>
        <translation>Eigenen Preis entfernen</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="283" />
        <source>Remove your price for %1 (%2) from %3? Its usage is re-priced from the catalog, or shown as unpriced if the catalog has no price.</source>
        <translation>Ihren Preis für %1 (%2) ab %3 entfernen? Die Nutzung wird dann nach dem Katalog bewertet oder als „ohne Preis“ gezeigt, wenn der Katalog keinen Preis hat.</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="303" />
        <source>Saving the price and re-pricing stored usage…</source>
        <translation>Preis wird gespeichert und die Nutzung neu bewertet …</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pricing/pricingpage.cpp" line="316" />
        <source>Price saved; %n stored row(s) re-priced.</source>
        <translation>
            <numerusform>Preis gespeichert; %n gespeicherte Zeile neu bewertet.</numerusform>
            <numerusform>Preis gespeichert; %n gespeicherte Zeilen neu bewertet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="317" />
        <source>The price was not saved: %1</source>
        <translation>Der Preis wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="326" />
        <source>Removing the price and re-pricing stored usage…</source>
        <translation>Preis wird entfernt und die Nutzung neu bewertet …</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pricing/pricingpage.cpp" line="340" />
        <source>Override removed; %n stored row(s) re-priced.</source>
        <translation>
            <numerusform>Eigener Preis entfernt; %n gespeicherte Zeile neu bewertet.</numerusform>
            <numerusform>Eigener Preis entfernt; %n gespeicherte Zeilen neu bewertet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="341" />
        <source>The override was not removed: %1</source>
        <translation>Der eigene Preis wurde nicht entfernt: %1</translation>
    </message>
</context>
<context>
    <name>tl::SettingsPage</name>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="43" />
        <source>Automatic sync</source>
        <translation>Automatische Synchronisierung</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="48" />
        <source>Off (sync only with Sync Now)</source>
        <translation>Aus (nur mit „Jetzt synchronisieren“)</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="49" />
        <source>Every %1 minutes</source>
        <translation>Alle %1 Minuten</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="50" />
        <source>Every hour</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="51" />
        <source>Once a day</source>
        <translation>Einmal täglich</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="52" />
        <source>Every %1 hours</source>
        <translation>Alle %1 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="58" />
        <source>Sync:</source>
        <translation>Synchronisieren:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="63" />
        <location filename="../ui/settingspage/settingspage.cpp" line="70" />
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="65" />
        <source>First sync reads:</source>
        <translation>Erste Synchronisierung liest:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="72" />
        <source>Keep sync history:</source>
        <translation>Synchronisierungsverlauf behalten:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="73" />
        <source>A sync reads the last few days again (providers revise recent days). A missed sync runs shortly after TokenLedger starts.</source>
        <translation>Eine Synchronisierung liest die letzten Tage erneut (Anbieter korrigieren jüngste Tage). Eine verpasste Synchronisierung läuft kurz nach dem Start von TokenLedger.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="79" />
        <source>Data locations</source>
        <translation>Speicherorte</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="81" />
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="82" />
        <source>Settings:</source>
        <translation>Einstellungen:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="83" />
        <source>API keys are never stored in these files: they live only in your system keychain. Start TokenLedger with --db PATH or --profile DIR to use other files.</source>
        <translation>API-Schlüssel werden nie in diesen Dateien gespeichert, sondern nur im Schlüsselbund Ihres Systems. Starten Sie TokenLedger mit --db PFAD oder --profile ORDNER, um andere Dateien zu verwenden.</translation>
    </message>
</context>
<context>
    <name>tl::SyncHistoryPage</name>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="23" />
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="25" />
        <source>Success</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="27" />
        <source>Partial</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="29" />
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="31" />
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="51" />
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="55" />
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="57" />
        <source>When (local time)</source>
        <translation>Wann (Ortszeit)</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="57" />
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="57" />
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="57" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="57" />
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="58" />
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="58" />
        <source>Days (UTC)</source>
        <translation>Tage (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="58" />
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="58" />
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="67" />
        <source>No sync has run yet</source>
        <translation>Noch keine Synchronisierung gelaufen</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="68" />
        <source>Every sync is recorded here with its status, the records it created or updated, its duration and any error. Add an account, then press Sync Now (Ctrl+R).</source>
        <translation>Jede Synchronisierung wird hier mit Status, neuen oder geänderten Datensätzen, Dauer und etwaigen Fehlern festgehalten. Fügen Sie ein Konto hinzu und drücken Sie dann „Jetzt synchronisieren“ (Strg+R).</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="74" />
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="77" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="109" />
        <source>(removed account)</source>
        <translation>(entferntes Konto)</translation>
    </message>
</context>
<context>
    <name>tl::SyncNowButton</name>
    <message>
        <location filename="../ui/sync/syncnowbutton.cpp" line="18" />
        <location filename="../ui/sync/syncnowbutton.cpp" line="19" />
        <source>Sync Now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncnowbutton.cpp" line="23" />
        <location filename="../ui/sync/syncnowbutton.cpp" line="31" />
        <source>Syncing…</source>
        <translation>Synchronisiere …</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncnowbutton.cpp" line="31" />
        <source>Syncing 0/%1…</source>
        <translation>Synchronisiere 0/%1 …</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncnowbutton.cpp" line="34" />
        <source>Syncing %1/%2: %3…</source>
        <translation>Synchronisiere %1/%2: %3 …</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncnowbutton.cpp" line="39" />
        <source>Sync failed — Retry</source>
        <translation>Synchronisierung fehlgeschlagen – Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncnowbutton.cpp" line="50" />
        <source>Pull the latest usage and costs from your providers (Ctrl+R)</source>
        <translation>Aktuelle Nutzung und Kosten von Ihren Anbietern abrufen (Strg+R)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/syncnowbutton.cpp" line="67" />
        <source>%n account(s) failed — Retry</source>
        <translation>
            <numerusform>%n Konto fehlgeschlagen – Wiederholen</numerusform>
            <numerusform>%n Konten fehlgeschlagen – Wiederholen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sync/syncnowbutton.cpp" line="72" />
        <source>Nothing to sync</source>
        <translation>Nichts zu synchronisieren</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncnowbutton.cpp" line="73" />
        <source>Add an account on the Accounts page.</source>
        <translation>Fügen Sie auf der Seite „Konten“ ein Konto hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncnowbutton.cpp" line="76" />
        <source>Synced %1 new records, %2 updated</source>
        <translation>%1 neue Datensätze synchronisiert, %2 geändert</translation>
    </message>
</context>
</TS>