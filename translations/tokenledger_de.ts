<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="29" />
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
    <name>tl::BudgetDialog</name>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="24" />
        <source>Watch this budget</source>
        <translation>Dieses Budget überwachen</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="28" />
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="31" />
        <source>e.g. Team total</source>
        <translation>z. B. Team gesamt</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="33" />
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="34" />
        <source>One provider</source>
        <translation>Ein Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="35" />
        <source>One account</source>
        <translation>Ein Konto</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="38" />
        <source>e.g. 500 or 1250.50</source>
        <translation>z. B. 500 oder 1250.50</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="40" />
        <source>Percentages of the budget at which TokenLedger alerts you, separated by commas.</source>
        <translation>Prozentsätze des Budgets, bei denen TokenLedger Sie warnt, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="48" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="49" />
        <source>Covers</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="51" />
        <source>Monthly amount (USD)</source>
        <translation>Monatsbetrag (USD)</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="52" />
        <source>Alert at (% of the amount)</source>
        <translation>Warnen bei (% des Betrags)</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="54" />
        <source>Months are calendar months in UTC, the days providers report in. Spend counts what providers billed where they bill, and estimates elsewhere.</source>
        <translation>Monate sind Kalendermonate in UTC, den Tagen, in denen Anbieter berichten. Als Ausgaben zählt, was Anbieter abrechnen, wo sie abrechnen, und sonst die Schätzung.</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="121" />
        <source>Give the budget a name.</source>
        <translation>Geben Sie dem Budget einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="124" />
        <source>Choose what the budget covers.</source>
        <translation>Wählen Sie, wofür das Budget gilt.</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="128" />
        <source>The amount must be a number of US dollars, like 500 or 1250.50.</source>
        <translation>Der Betrag muss eine Zahl in US-Dollar sein, etwa 500 oder 1250.50.</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="130" />
        <source>The amount must be more than zero.</source>
        <translation>Der Betrag muss größer als null sein.</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="132" />
        <source>Thresholds are whole percentages from 1 to 1000, separated by commas.</source>
        <translation>Schwellen sind ganze Prozentzahlen von 1 bis 1000, durch Kommas getrennt.</translation>
    </message>
</context>
<context>
    <name>tl::BudgetsPage</name>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="46" />
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="48" />
        <location filename="../ui/budgets/budgetspage.cpp" line="291" />
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="50" />
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="59" />
        <source>Budget threshold</source>
        <translation>Budgetschwelle</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="61" />
        <source>Budget forecast</source>
        <translation>Budgetprognose</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="63" />
        <source>Spending spike</source>
        <translation>Ausgabenspitze</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="65" />
        <source>Sync failing</source>
        <translation>Synchronisierung scheitert</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="67" />
        <source>Low balance</source>
        <translation>Niedriges Guthaben</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="69" />
        <source>Unpriced model</source>
        <translation>Modell ohne Preis</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="96" />
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="105" />
        <source>&lt;b&gt;Monthly budgets&lt;/b&gt; (calendar months, UTC)</source>
        <translation>&lt;b&gt;Monatsbudgets&lt;/b&gt; (Kalendermonate, UTC)</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="107" />
        <source>Add budget…</source>
        <translation>Budget hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="113" />
        <source>No budgets yet. Set a monthly budget for everything, a provider or an account: TokenLedger warns you at 50 %, 80 % and 100 % of it, and earlier when the forecast says you will cross it.</source>
        <translation>Noch keine Budgets. Legen Sie ein Monatsbudget für alles, einen Anbieter oder ein Konto fest: TokenLedger warnt Sie bei 50 %, 80 % und 100 % davon – und früher, wenn die Prognose eine Überschreitung erwartet.</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="134" />
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="138" />
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="142" />
        <source>Read and unread</source>
        <translation>Gelesen und ungelesen</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="143" />
        <location filename="../ui/budgets/budgetspage.cpp" line="367" />
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="144" />
        <location filename="../ui/budgets/budgetspage.cpp" line="367" />
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="145" />
        <source>Not acknowledged</source>
        <translation>Nicht bestätigt</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="146" />
        <source>Mark all as read</source>
        <translation>Alle als gelesen markieren</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="260" />
        <source>everything</source>
        <translation>alles</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="266" />
        <source>account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="274" />
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; – %2</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="279" />
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="285" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="290" />
        <source>Warning: heading over</source>
        <translation>Warnung: läuft auf Überschreitung zu</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="295" />
        <source>Over by %1</source>
        <translation>Überschritten um %1</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="303" />
        <source>%1 of %2 spent · forecast %3 · alerts at %4 %%5</source>
        <translation>%1 von %2 ausgegeben · Prognose %3 · Warnungen bei %4 %%5</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="307" />
        <source> · paused</source>
        <translation> · pausiert</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="310" />
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="311" />
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="323" />
        <source>Delete budget</source>
        <translation>Budget löschen</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="324" />
        <source>Delete the budget “%1”? Its past alerts stay in the list.</source>
        <translation>Das Budget „%1“ löschen? Seine bisherigen Warnungen bleiben in der Liste.</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="347" />
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="347" />
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="347" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="347" />
        <source>Alert</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="347" />
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="367" />
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="384" />
        <source>&lt;b&gt;Alerts&lt;/b&gt; — none yet</source>
        <translation>&lt;b&gt;Warnungen&lt;/b&gt; – noch keine</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="385" />
        <source>&lt;b&gt;Alerts&lt;/b&gt; — %1 unread of %2</source>
        <translation>&lt;b&gt;Warnungen&lt;/b&gt; – %1 ungelesen von %2</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="401" />
        <source>Alerts appear here after a sync: budget thresholds, a forecast heading over budget, spending spikes, failing syncs, low balances and models without a price.</source>
        <translation>Warnungen erscheinen hier nach einer Synchronisierung: Budgetschwellen, eine Prognose über dem Budget, Ausgabenspitzen, scheiternde Synchronisierungen, niedrige Guthaben und Modelle ohne Preis.</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="451" />
        <source>Budget not saved</source>
        <translation>Budget nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>tl::DashboardPage</name>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="172" />
        <location filename="../ui/dashboard/dashboardpage.cpp" line="337" />
        <location filename="../ui/dashboard/dashboardpage.cpp" line="344" />
        <source>No spending recorded yet</source>
        <translation>Noch keine Ausgaben erfasst</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="173" />
        <source>Add a provider account to start syncing, or import a CSV of your usage. TokenLedger shows only numbers it has read from your providers or your own files — never estimates it made up.</source>
        <translation>Fügen Sie ein Anbieterkonto hinzu, um die Synchronisierung zu starten, oder importieren Sie eine CSV-Datei Ihrer Nutzung. TokenLedger zeigt nur Zahlen, die es von Ihren Anbietern oder aus Ihren eigenen Dateien gelesen hat – niemals erfundene Schätzungen.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="171" />
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="125" />
        <source>Billed</source>
        <translation>Abgerechnet</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="127" />
        <source>Estimated</source>
        <translation>Geschätzt</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="129" />
        <source>Billed + estimated</source>
        <translation>Abgerechnet + geschätzt</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="131" />
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="135" />
        <location filename="../ui/dashboard/dashboardpage.cpp" line="473" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="180" />
        <location filename="../ui/dashboard/dashboardpage.cpp" line="345" />
        <source>Add an account…</source>
        <translation>Konto hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="219" />
        <source>Month to date</source>
        <translation>Monat bisher</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="220" />
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="221" />
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="222" />
        <source>Credits left</source>
        <translation>Restguthaben</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="233" />
        <source>Daily spend</source>
        <translation>Tägliche Ausgaben</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="254" />
        <source>By provider this month</source>
        <translation>Nach Anbieter in diesem Monat</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="257" />
        <source>By model this month</source>
        <translation>Nach Modell in diesem Monat</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="260" />
        <source>Models show usage cost — tokens × catalog prices, or the cost a provider reported per request — because bills are not itemised by model everywhere.</source>
        <translation>Modelle zeigen Nutzungskosten – Tokens × Katalogpreise oder die vom Anbieter pro Anfrage gemeldeten Kosten –, weil Rechnungen nicht überall nach Modell aufgeschlüsselt sind.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="271" />
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="272" />
        <source>Last 6 months</source>
        <translation>Letzte 6 Monate</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="273" />
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="280" />
        <location filename="../ui/dashboard/dashboardpage.cpp" line="523" />
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="281" />
        <location filename="../ui/dashboard/dashboardpage.cpp" line="524" />
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="282" />
        <location filename="../ui/dashboard/dashboardpage.cpp" line="523" />
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="293" />
        <source>Trend by month (UTC)</source>
        <translation>Verlauf nach Monat (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="320" />
        <source>The dashboard could not be read: %1</source>
        <translation>Das Dashboard konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="339" />
        <source>Your accounts are set up, but no usage or billed cost has been reported for the last 12 months (UTC) so far. Run Sync Now, or check Sync History if a sync failed. Providers can take a few hours to report the latest day.</source>
        <translation>Ihre Konten sind eingerichtet, aber für die letzten 12 Monate (UTC) wurden bisher weder Nutzung noch abgerechnete Kosten gemeldet. Starten Sie „Jetzt synchronisieren“ oder prüfen Sie den Synchronisierungsverlauf, falls eine Synchronisierung fehlgeschlagen ist. Anbieter melden den letzten Tag oft erst nach einigen Stunden.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="351" />
        <source>Daily spend, %1 (UTC days)</source>
        <translation>Tägliche Ausgaben, %1 (UTC-Tage)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="373" />
        <source>%1 %2 % vs %3 on %4 – %5</source>
        <translation>%1 %2 % ggü. %3 am %4 – %5</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="377" />
        <source>Nothing spent on %1 – %2 last month</source>
        <translation>Im Vormonat am %1 – %2 keine Ausgaben</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="382" />
        <source>All billed by the providers</source>
        <translation>Alles von den Anbietern abgerechnet</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="385" />
        <source>All estimated from tokens × prices</source>
        <translation>Alles geschätzt aus Tokens × Preisen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="390" />
        <source>billed %1</source>
        <translation>abgerechnet %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="392" />
        <source>estimated %1</source>
        <translation>geschätzt %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="394" />
        <source>manual %1</source>
        <translation>manuell %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="401" />
        <source>All from manual entries</source>
        <translation>Alles aus manuellen Einträgen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="404" />
        <source>Nothing recorded this month yet</source>
        <translation>In diesem Monat noch nichts erfasst</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="408" />
        <source>%1 to %2 (UTC)&lt;br&gt;%3&lt;br&gt;%4</source>
        <translation>%1 bis %2 (UTC)&lt;br&gt;%3&lt;br&gt;%4</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="410" />
        <source>Billed amounts come from a provider's cost API and win over estimates for the same account and day. Exact month to date: %1</source>
        <translation>Abgerechnete Beträge stammen aus der Kosten-API eines Anbieters und haben für dasselbe Konto und denselben Tag Vorrang vor Schätzungen. Genauer Monatsstand: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="414" />
        <source>Forecast for %1</source>
        <translation>Prognose für %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="418" />
        <source>Last day of the month: the forecast is the month so far.</source>
        <translation>Letzter Tag des Monats: Die Prognose ist der bisherige Monat.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="420" />
        <source>No complete day of history yet: the forecast is the month so far.</source>
        <translation>Noch kein vollständiger Tag Verlauf: Die Prognose ist der bisherige Monat.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="422" />
        <source>Month to date + %1 a day (the spend of %2, the one complete UTC day so far) × %4 days left.</source>
        <translation>Monat bisher + %1 pro Tag (die Ausgaben vom %2, dem bisher einzigen vollständigen UTC-Tag) × %4 verbleibende Tage.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="424" />
        <source>Month to date + %1 a day (the mean of %2 – %3, %5 complete UTC days) × %4 days left.</source>
        <translation>Monat bisher + %1 pro Tag (Mittel von %2 – %3, %5 vollständige UTC-Tage) × %4 verbleibende Tage.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="430" />
        <source>Range %1 – %2&lt;br&gt;%3</source>
        <translation>Spanne %1 – %2&lt;br&gt;%3</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="431" />
        <source>The range is the daily rate ± one standard deviation of those days.</source>
        <translation>Die Spanne ist die Tagesrate ± eine Standardabweichung dieser Tage.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="443" />
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="444" />
        <source>Set a monthly budget to be warned at 50 %, 80 % and 100 %.&lt;br&gt;&lt;a href="#budgets"&gt;Open Budgets &amp;amp; Alerts&lt;/a&gt;</source>
        <translation>Legen Sie ein Monatsbudget fest, um bei 50 %, 80 % und 100 % gewarnt zu werden.&lt;br&gt;&lt;a href="#budgets"&gt;Budgets &amp;amp; Warnungen öffnen&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="447" />
        <source>%1 % used</source>
        <translation>%1 % verbraucht</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="451" />
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="455" />
        <source>Heading over: forecast %1</source>
        <translation>Läuft auf Überschreitung zu: Prognose %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="456" />
        <source>Warning: past %1 %</source>
        <translation>Warnung: über %1 %</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="459" />
        <source>Over by %1</source>
        <translation>Überschritten um %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/dashboardpage.cpp" line="465" />
        <source>%1 of %2 · %3&lt;br&gt;&lt;b style='color:%4'&gt;%5&lt;/b&gt;&lt;br&gt;&lt;a href="#budgets"&gt;%n budget(s)&lt;/a&gt;</source>
        <translation>
            <numerusform>%1 von %2 · %3&lt;br&gt;&lt;b style='color:%4'&gt;%5&lt;/b&gt;&lt;br&gt;&lt;a href="#budgets"&gt;%n Budget&lt;/a&gt;</numerusform>
            <numerusform>%1 von %2 · %3&lt;br&gt;&lt;b style='color:%4'&gt;%5&lt;/b&gt;&lt;br&gt;&lt;a href="#budgets"&gt;%n Budgets&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="474" />
        <source>None of your providers reports a balance (OpenRouter and DeepSeek do).</source>
        <translation>Keiner Ihrer Anbieter meldet ein Guthaben (OpenRouter und DeepSeek tun es).</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="485" />
        <source>key limit left</source>
        <translation>Schlüssellimit übrig</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="486" />
        <source>credits left</source>
        <translation>Guthaben übrig</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="487" />
        <source>balance</source>
        <translation>Kontostand</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="488" />
        <source>%1 (%2): %3 %4</source>
        <translation>%1 (%2): %3 %4</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="492" />
        <source>as of the last sync, %1 (UTC)</source>
        <translation>Stand der letzten Synchronisierung, %1 (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="499" />
        <source>Never synced.</source>
        <translation>Noch nie synchronisiert.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="501" />
        <source>Last sync finished %1 (UTC): %2.</source>
        <translation>Letzte Synchronisierung beendet %1 (UTC): %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/dashboardpage.cpp" line="505" />
        <source>%n account(s) failing to sync — %1. See Sync History.</source>
        <translation>
            <numerusform>%n Konto kann nicht synchronisiert werden – %1. Siehe Synchronisierungsverlauf.</numerusform>
            <numerusform>%n Konten können nicht synchronisiert werden – %1. Siehe Synchronisierungsverlauf.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="511" />
        <source>No alerts.</source>
        <translation>Keine Warnungen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/dashboardpage.cpp" line="513" />
        <source>%n unread alert(s); latest: %1</source>
        <translation>
            <numerusform>%n ungelesene Warnung; neueste: %1</numerusform>
            <numerusform>%n ungelesene Warnungen; neueste: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="523" />
        <location filename="../ui/dashboard/dashboardpage.cpp" line="527" />
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="523" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="523" />
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="525" />
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="525" />
        <source>Unpriced tokens</source>
        <translation>Tokens ohne Preis</translation>
    </message>
</context>
<context>
    <name>tl::DesktopNotifier</name>
    <message>
        <location filename="../ui/alerts/desktopnotifier.cpp" line="70" />
        <source>Open</source>
        <translation>Öffnen</translation>
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
    <name>tl::ImportDialog</name>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="32" />
        <source>TokenLedger's generic usage format</source>
        <translation>Das allgemeine Nutzungsformat von TokenLedger</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="34" />
        <source>OpenAI usage export</source>
        <translation>OpenAI-Nutzungsexport</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="36" />
        <source>OpenAI cost export</source>
        <translation>OpenAI-Kostenexport</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="38" />
        <source>Anthropic Console usage export</source>
        <translation>Nutzungsexport der Anthropic Console</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="40" />
        <source>Anthropic Console cost export</source>
        <translation>Kostenexport der Anthropic Console</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="42" />
        <source>Google Cloud Billing report (Gemini / Vertex AI rows)</source>
        <translation>Google-Cloud-Abrechnungsbericht (Zeilen zu Gemini / Vertex AI)</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="58" />
        <source>Import the good rows and leave out the bad ones</source>
        <translation>Die guten Zeilen importieren und die fehlerhaften auslassen</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="59" />
        <source>Check file</source>
        <translation>Datei prüfen</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="60" />
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="63" />
        <location filename="../ui/usage/importdialog.cpp" line="73" />
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="69" />
        <source>Choose a CSV file…</source>
        <translation>CSV-Datei wählen…</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="70" />
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="73" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="85" />
        <source>Date (UTC)</source>
        <translation>Datum (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="86" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="87" />
        <source>Input tokens</source>
        <translation>Eingabe-Tokens</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="88" />
        <source>Cached input tokens</source>
        <translation>Gecachte Eingabe-Tokens</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="89" />
        <source>Output tokens</source>
        <translation>Ausgabe-Tokens</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="90" />
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="91" />
        <source>Cost (USD)</source>
        <translation>Kosten (USD)</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="92" />
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="93" />
        <source>API key id</source>
        <translation>API-Schlüssel-ID</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="121" />
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="122" />
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="165" />
        <source>⚠ line %1: broken quoting</source>
        <translation>⚠ Zeile %1: fehlerhafte Anführungszeichen</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="177" />
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="182" />
        <source>This is not a CSV file TokenLedger can read: it needs a header row of comma-separated column names.</source>
        <translation>Dies ist keine CSV-Datei, die TokenLedger lesen kann: Sie braucht eine Kopfzeile mit durch Kommas getrennten Spaltennamen.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="186" />
        <source>Detected: %1. Rows without a cost are priced from the catalog and marked estimated; re-importing the same file changes nothing.</source>
        <translation>Erkannt: %1. Zeilen ohne Kosten werden aus dem Katalog bepreist und als geschätzt markiert; ein erneuter Import derselben Datei ändert nichts.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="191" />
        <source>TokenLedger does not know these columns. Map them below: a date and a model are needed; columns left at “(none)” count as zero.</source>
        <translation>TokenLedger kennt diese Spalten nicht. Ordnen Sie sie unten zu: Datum und Modell sind nötig; Spalten auf „(keine)“ zählen als null.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="207" />
        <source>Add an account first (Accounts page): the provider's, or an “Other service” account for seats, subscriptions and local models.</source>
        <translation>Legen Sie zuerst ein Konto an (Seite Konten): das des Anbieters oder ein Konto „Anderer Dienst“ für Lizenzen, Abos und lokale Modelle.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="259" />
        <source>Map at least the date and the model columns.</source>
        <translation>Ordnen Sie mindestens die Spalten Datum und Modell zu.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="266" />
        <source>Checking every row…</source>
        <translation>Prüfe jede Zeile…</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="266" />
        <source>Importing…</source>
        <translation>Importiere…</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="300" />
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="303" />
        <source>%1 rows: %2 good, %3 bad</source>
        <translation>%1 Zeilen: %2 gut, %3 fehlerhaft</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="305" />
        <source>, %1 skipped (other Google Cloud services)</source>
        <translation>, %1 übersprungen (andere Google-Cloud-Dienste)</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="309" />
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="311" />
        <source>… and %1 more bad rows.</source>
        <translation>… und %1 weitere fehlerhafte Zeilen.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="314" />
        <source>Fix the file, or import only the good rows.</source>
        <translation>Korrigieren Sie die Datei oder importieren Sie nur die guten Zeilen.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="314" />
        <source>Everything can be imported.</source>
        <translation>Alles kann importiert werden.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="317" />
        <source>Imported: %1 new, %2 updated, %3 unchanged rows.</source>
        <translation>Importiert: %1 neue, %2 aktualisierte, %3 unveränderte Zeilen.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="323" />
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
</context>
<context>
    <name>tl::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="79" />
        <source>TokenLedger</source>
        <translation>TokenLedger</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="97" />
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="99" />
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="101" />
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="104" />
        <location filename="../ui/mainwindow/mainwindow.cpp" line="248" />
        <source>Budgets &amp; Alerts</source>
        <translation>Budgets &amp; Warnungen</translation>
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
        <location filename="../ui/mainwindow/mainwindow.cpp" line="131" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="143" />
        <source>View</source>
        <translation>Ansehen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="145" />
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="173" />
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="203" />
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="219" />
        <source>&lt;b&gt;New alert:&lt;/b&gt; %1 — %2</source>
        <translation>&lt;b&gt;Neue Warnung:&lt;/b&gt; %1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="220" />
        <source>&lt;b&gt;%1 new alerts&lt;/b&gt;, the latest: %2</source>
        <translation>&lt;b&gt;%1 neue Warnungen&lt;/b&gt;, die neueste: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="237" />
        <source>%1 more TokenLedger alerts</source>
        <translation>%1 weitere TokenLedger-Warnungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="238" />
        <source>Open Budgets &amp; Alerts to see them all.</source>
        <translation>Öffnen Sie Budgets &amp; Warnungen, um alle zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="248" />
        <source>Budgets &amp; Alerts (%1)</source>
        <translation>Budgets &amp; Warnungen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="295" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="297" />
        <source>&amp;Sync Now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="300" />
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="305" />
        <source>Add &amp;Manual Entry…</source>
        <translation>&amp;Manuellen Eintrag hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="311" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="315" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="321" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="322" />
        <source>&amp;About TokenLedger</source>
        <translation>Über &amp;TokenLedger</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="327" />
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>tl::ManualEntriesView</name>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="36" />
        <source>e.g. GitHub Copilot Business, 5 seats</source>
        <translation>z. B. GitHub Copilot Business, 5 Lizenzen</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="38" />
        <source>USD, e.g. 95</source>
        <translation>USD, z. B. 95</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="41" />
        <source>every month from</source>
        <translation>jeden Monat ab</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="42" />
        <source>once, on</source>
        <translation>einmalig am</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="46" />
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="48" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="52" />
        <source>For what no API reports: seats and subscriptions billed per month (Copilot, ChatGPT Team), or a one-off cost (a GPU box for local models). Amounts are in USD, added to every total and shown as manual.</source>
        <translation>Für das, was keine API meldet: monatlich abgerechnete Lizenzen und Abos (Copilot, ChatGPT Team) oder einmalige Kosten (ein GPU-Rechner für lokale Modelle). Beträge in USD, in jeder Summe enthalten und als manuell gekennzeichnet.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="101" />
        <source>Add an account first — an “Other service” account suits seats and subscriptions.</source>
        <translation>Legen Sie zuerst ein Konto an – ein Konto „Anderer Dienst“ passt für Lizenzen und Abos.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="103" />
        <source>Say what it is.</source>
        <translation>Geben Sie an, was es ist.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="106" />
        <source>The amount must be a positive number of US dollars.</source>
        <translation>Der Betrag muss eine positive Zahl in US-Dollar sein.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="134" />
        <source>Added.</source>
        <translation>Hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="134" />
        <source>Not added: %1</source>
        <translation>Nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="155" />
        <source>Removed; its charges are gone from every total.</source>
        <translation>Entfernt; seine Beträge sind aus allen Summen verschwunden.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="155" />
        <source>Not removed.</source>
        <translation>Nicht entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="169" />
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="169" />
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="169" />
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="169" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="169" />
        <source>Charged so far</source>
        <translation>Bisher berechnet</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="182" />
        <source>monthly from %1</source>
        <translation>monatlich ab %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="183" />
        <source>once on %1</source>
        <translation>einmalig am %1</translation>
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
    <name>tl::QualityView</name>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="25" />
        <source>Model of another provider</source>
        <translation>Modell eines anderen Anbieters</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="27" />
        <source>Impossible value</source>
        <translation>Unmöglicher Wert</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="29" />
        <source>Counted from two sources</source>
        <translation>Aus zwei Quellen gezählt</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="31" />
        <source>Dated in the future</source>
        <translation>In der Zukunft datiert</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="100" />
        <source>The checks could not run: %1</source>
        <translation>Die Prüfungen konnten nicht laufen: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="105" />
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="105" />
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="105" />
        <location filename="../ui/usage/qualityview.cpp" line="148" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="105" />
        <source>Days (UTC)</source>
        <translation>Tage (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="105" />
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="105" />
        <source>What to look at</source>
        <translation>Worauf zu achten ist</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="119" />
        <source>No findings: every model belongs to its account's provider, no value is impossible, no day is counted from two sources and nothing is dated in the future.</source>
        <translation>Keine Befunde: Jedes Modell gehört zum Anbieter seines Kontos, kein Wert ist unmöglich, kein Tag wird aus zwei Quellen gezählt und nichts ist in der Zukunft datiert.</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="122" />
        <source>Findings: %1. Nothing has been changed: select one to see the rows behind it, then fix the source (remove an import, correct a file) if it is wrong.</source>
        <translation>Befunde: %1. Nichts wurde geändert: Wählen Sie einen aus, um die Zeilen dahinter zu sehen, und korrigieren Sie bei Bedarf die Quelle (einen Import entfernen, eine Datei berichtigen).</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="148" />
        <source>Day (UTC)</source>
        <translation>Tag (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="148" />
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="148" />
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="149" />
        <source>Cached</source>
        <translation>Gecacht</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="149" />
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="149" />
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="149" />
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="154" />
        <source>no price</source>
        <translation>kein Preis</translation>
    </message>
</context>
<context>
    <name>tl::ReconciliationView</name>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="55" />
        <source>Nothing billed for this day yet: cost reports can lag a day or two, and some providers have none.</source>
        <translation>Für diesen Tag noch nichts abgerechnet: Kostenberichte kommen oft ein bis zwei Tage später, und manche Anbieter haben keine.</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="57" />
        <source>Billed without usage rows: charges that are not tokens (web search, code execution, fine-tuning, images) or usage TokenLedger does not fetch.</source>
        <translation>Abgerechnet ohne Nutzungszeilen: Posten, die keine Tokens sind (Websuche, Codeausführung, Feinabstimmung, Bilder), oder Nutzung, die TokenLedger nicht abruft.</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="60" />
        <source>%1 tokens of models without a known price are not in the estimate.</source>
        <translation>%1 Tokens von Modellen ohne bekannten Preis sind nicht in der Schätzung enthalten.</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="63" />
        <source>Used the %1 tier: estimates use standard prices (batch is usually billed at half, priority above).</source>
        <translation>Stufe %1 genutzt: Schätzungen verwenden Standardpreise (Batch wird meist zum halben Preis abgerechnet, Priority darüber).</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="67" />
        <source>Credits or refunds of %1 lowered the bill.</source>
        <translation>Gutschriften oder Erstattungen von %1 haben die Rechnung gesenkt.</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="69" />
        <source>%1 cache-write tokens are estimated at cache-write prices.</source>
        <translation>%1 Cache-Schreib-Tokens sind zu Cache-Schreibpreisen geschätzt.</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="72" />
        <source>No bill from %1 this day: their usage is only in the estimate.</source>
        <translation>Keine Abrechnung von %1 an diesem Tag: deren Nutzung ist nur in der Schätzung enthalten.</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="83" />
        <source>Only highlighted days</source>
        <translation>Nur hervorgehobene Tage</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="101" />
        <source>Days whose billed and estimated amounts differ by more than this (and more than a cent) are highlighted.</source>
        <translation>Tage, deren abgerechnete und geschätzte Beträge um mehr als diesen Wert (und mehr als einen Cent) abweichen, werden hervorgehoben.</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="107" />
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="109" />
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="112" />
        <source>Highlight gaps over</source>
        <translation>Abweichungen hervorheben über</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="124" />
        <source>Select a day to see the billed lines and usage rows behind it.</source>
        <translation>Wählen Sie einen Tag, um die abgerechneten Posten und Nutzungszeilen dahinter zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="184" />
        <source>Could not read the data: %1</source>
        <translation>Die Daten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="204" />
        <source>Day (UTC)</source>
        <translation>Tag (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="204" />
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="204" />
        <location filename="../ui/usage/reconciliationview.cpp" line="299" />
        <source>Billed</source>
        <translation>Abgerechnet</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="204" />
        <source>Estimated</source>
        <translation>Geschätzt</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="205" />
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="205" />
        <source>Difference %</source>
        <translation>Differenz %</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="205" />
        <source>What explains it</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="224" />
        <location filename="../ui/usage/reconciliationview.cpp" line="225" />
        <location filename="../ui/usage/reconciliationview.cpp" line="226" />
        <location filename="../ui/usage/reconciliationview.cpp" line="227" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="233" />
        <source>Not known: check the prices on the Pricing page.</source>
        <translation>Unbekannt: Prüfen Sie die Preise auf der Seite „Preise“.</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="249" />
        <source>Nothing billed or used between %1 and %2 (UTC).</source>
        <translation>Zwischen %1 und %2 (UTC) wurde nichts abgerechnet oder genutzt.</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="253" />
        <source>On days with both figures, providers billed %1 against %2 estimated from tokens × prices. %3 of %4 day-and-provider rows are highlighted.</source>
        <translation>An Tagen mit beiden Werten rechneten die Anbieter %1 ab, gegenüber %2 geschätzt aus Tokens × Preisen. %3 von %4 Zeilen (Tag und Anbieter) sind hervorgehoben.</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="274" />
        <source>%1 on %2 (UTC)</source>
        <translation>%1 am %2 (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="275" />
        <source>no known cause of a difference</source>
        <translation>keine bekannte Ursache einer Abweichung</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="294" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="294" />
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="294" />
        <source>Line item / model</source>
        <translation>Posten / Modell</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="294" />
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="294" />
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="294" />
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="305" />
        <source>Usage (unpriced)</source>
        <translation>Nutzung (ohne Preis)</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="306" />
        <source>Usage (reported)</source>
        <translation>Nutzung (gemeldet)</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="307" />
        <source>Usage (estimated)</source>
        <translation>Nutzung (geschätzt)</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="309" />
        <source>%1 (%2 tier)</source>
        <translation>%1 (Stufe %2)</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="311" />
        <source>no price</source>
        <translation>kein Preis</translation>
    </message>
</context>
<context>
    <name>tl::SettingsPage</name>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="45" />
        <source>Automatic sync</source>
        <translation>Automatische Synchronisierung</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="51" />
        <source>Off (sync only with Sync Now)</source>
        <translation>Aus (nur mit „Jetzt synchronisieren“)</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="52" />
        <source>Every %1 minutes</source>
        <translation>Alle %1 Minuten</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="53" />
        <source>Every hour</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="54" />
        <source>Once a day</source>
        <translation>Einmal täglich</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="55" />
        <source>Every %1 hours</source>
        <translation>Alle %1 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="61" />
        <source>Sync:</source>
        <translation>Synchronisieren:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="66" />
        <location filename="../ui/settingspage/settingspage.cpp" line="73" />
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="68" />
        <source>First sync reads:</source>
        <translation>Erste Synchronisierung liest:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="75" />
        <source>Keep sync history:</source>
        <translation>Synchronisierungsverlauf behalten:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="76" />
        <source>A sync reads the last few days again (providers revise recent days). A missed sync runs shortly after TokenLedger starts.</source>
        <translation>Eine Synchronisierung liest die letzten Tage erneut (Anbieter korrigieren jüngste Tage). Eine verpasste Synchronisierung läuft kurz nach dem Start von TokenLedger.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="82" />
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="85" />
        <source>A budget threshold is crossed</source>
        <translation>Eine Budgetschwelle wird überschritten</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="86" />
        <source>The forecast goes over a budget</source>
        <translation>Die Prognose übersteigt ein Budget</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="87" />
        <source>A day's spend spikes</source>
        <translation>Die Ausgaben eines Tages schnellen hoch</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="88" />
        <source>An account keeps failing to sync</source>
        <translation>Ein Konto lässt sich wiederholt nicht synchronisieren</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="89" />
        <source>Credits or a balance run low</source>
        <translation>Guthaben wird knapp</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="90" />
        <source>A model without a price appears</source>
        <translation>Ein Modell ohne Preis taucht auf</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="105" />
        <source>Notify me when:</source>
        <translation>Benachrichtigen, wenn:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="110" />
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="119" />
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="127" />
        <source>Quiet hours (local time):</source>
        <translation>Ruhezeiten (Ortszeit):</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="128" />
        <source>Closing the window keeps TokenLedger running in the tray</source>
        <translation>Beim Schließen des Fensters läuft TokenLedger im Infobereich weiter</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="135" />
        <source>Every alert is kept on the Budgets &amp; Alerts page; these choices only decide which ones also pop up on the desktop.</source>
        <translation>Jede Warnung bleibt auf der Seite Budgets &amp; Warnungen; diese Auswahl entscheidet nur, welche zusätzlich auf dem Desktop erscheinen.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="142" />
        <source>Data locations</source>
        <translation>Speicherorte</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="144" />
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="145" />
        <source>Settings:</source>
        <translation>Einstellungen:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="146" />
        <source>API keys are never stored in these files: they live only in your system keychain. Start TokenLedger with --db PATH or --profile DIR to use other files.</source>
        <translation>API-Schlüssel werden nie in diesen Dateien gespeichert, sondern nur im Schlüsselbund Ihres Systems. Starten Sie TokenLedger mit --db PFAD oder --profile ORDNER, um andere Dateien zu verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="172" />
        <source>This desktop has no system tray: closing the window quits TokenLedger, and new alerts show in the window.</source>
        <translation>Dieser Desktop hat keinen Infobereich: Das Schließen des Fensters beendet TokenLedger, und neue Warnungen erscheinen im Fenster.</translation>
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
<context>
    <name>tl::TrayController</name>
    <message>
        <location filename="../ui/alerts/traycontroller.cpp" line="15" />
        <source>Open TokenLedger</source>
        <translation>TokenLedger öffnen</translation>
    </message>
    <message>
        <location filename="../ui/alerts/traycontroller.cpp" line="16" />
        <source>Sync Now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location filename="../ui/alerts/traycontroller.cpp" line="17" />
        <source>No alerts</source>
        <translation>Keine Warnungen</translation>
    </message>
    <message>
        <location filename="../ui/alerts/traycontroller.cpp" line="23" />
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/alerts/traycontroller.cpp" line="43" />
        <source>TokenLedger — %n unread alert(s)</source>
        <translation>
            <numerusform>TokenLedger – %n ungelesene Warnung</numerusform>
            <numerusform>TokenLedger – %n ungelesene Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/alerts/traycontroller.cpp" line="43" />
        <source>TokenLedger</source>
        <translation>TokenLedger</translation>
    </message>
    <message>
        <location filename="../ui/alerts/traycontroller.cpp" line="61" />
        <source>Latest alert: %1</source>
        <translation>Neueste Warnung: %1</translation>
    </message>
</context>
<context>
    <name>tl::UsagePage</name>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="62" />
        <source>No usage rows yet</source>
        <translation>Noch keine Nutzungszeilen</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="63" />
        <source>Usage appears here after the first sync or import: one row per UTC day, model, project and API key, with its tokens, requests and cost.</source>
        <translation>Die Nutzung erscheint hier nach der ersten Synchronisierung oder dem ersten Import: eine Zeile pro UTC-Tag, Modell, Projekt und API-Schlüssel, mit Tokens, Anfragen und Kosten.</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="76" />
        <source>‹ Previous</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="77" />
        <source>Next ›</source>
        <translation>Weiter ›</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="82" />
        <source>Import a CSV…</source>
        <translation>Eine CSV importieren…</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="94" />
        <location filename="../ui/usage/usagepage.cpp" line="281" />
        <source>All providers</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="95" />
        <location filename="../ui/usage/usagepage.cpp" line="285" />
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="96" />
        <location filename="../ui/usage/usagepage.cpp" line="292" />
        <source>All models</source>
        <translation>Alle Modelle</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="97" />
        <location filename="../ui/usage/usagepage.cpp" line="293" />
        <source>All projects</source>
        <translation>Alle Projekte</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="98" />
        <location filename="../ui/usage/usagepage.cpp" line="294" />
        <source>All API keys</source>
        <translation>Alle API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="99" />
        <source>Any cost source</source>
        <translation>Jede Kostenquelle</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="100" />
        <source>Estimated (tokens × price)</source>
        <translation>Geschätzt (Tokens × Preis)</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="101" />
        <source>Reported by the provider</source>
        <translation>Vom Anbieter gemeldet</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="102" />
        <source>Unpriced</source>
        <translation>Ohne Preis</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="106" />
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="108" />
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="116" />
        <source>Reset filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="143" />
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="146" />
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="148" />
        <source>Export JSON…</source>
        <translation>JSON exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="168" />
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="169" />
        <source>Billed vs estimated</source>
        <translation>Abgerechnet vs. geschätzt</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="171" />
        <source>Data quality</source>
        <translation>Datenqualität</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="173" />
        <source>Manual entries</source>
        <translation>Manuelle Einträge</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="199" />
        <source>Could not read usage: %1</source>
        <translation>Nutzung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="203" />
        <source>Exported %1 rows to %2</source>
        <translation>%1 Zeilen nach %2 exportiert</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="206" />
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="311" />
        <source>No rows match</source>
        <translation>Keine passenden Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="312" />
        <source>Rows %1–%2 of %3</source>
        <translation>Zeilen %1–%2 von %3</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="334" />
        <source>Export usage as CSV</source>
        <translation>Nutzung als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="334" />
        <source>Export usage as JSON</source>
        <translation>Nutzung als JSON exportieren</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="335" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="335" />
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="342" />
        <source>Exporting…</source>
        <translation>Exportiere…</translation>
    </message>
</context>
<context>
    <name>tl::UsageTableModel</name>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="19" />
        <source>Estimated</source>
        <translation>Geschätzt</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="21" />
        <source>Reported</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="23" />
        <source>Unpriced</source>
        <translation>Ohne Preis</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="59" />
        <source>UTC day</source>
        <translation>UTC-Tag</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="61" />
        <source>Input tokens not read from a cache</source>
        <translation>Eingabe-Tokens, die nicht aus einem Cache gelesen wurden</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="63" />
        <source>Input tokens read from a prompt cache</source>
        <translation>Eingabe-Tokens aus einem Prompt-Cache</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="65" />
        <source>Tokens written to a prompt cache (5-minute and 1-hour)</source>
        <translation>In einen Prompt-Cache geschriebene Tokens (5 Minuten und 1 Stunde)</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="67" />
        <source>Usage cost in USD: estimated from catalog prices, or reported by the provider per request</source>
        <translation>Nutzungskosten in USD: aus Katalogpreisen geschätzt oder vom Anbieter pro Anfrage gemeldet</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="69" />
        <source>Estimated: tokens × catalog price. Reported: the provider's own per-request cost. Unpriced: no price known, so not in any total.</source>
        <translation>Geschätzt: Tokens × Katalogpreis. Gemeldet: die eigenen Kosten des Anbieters pro Anfrage. Ohne Preis: kein Preis bekannt, daher in keiner Summe.</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="79" />
        <source>Day (UTC)</source>
        <translation>Tag (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="81" />
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="83" />
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="85" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="87" />
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="89" />
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="91" />
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="93" />
        <source>Cached</source>
        <translation>Gecacht</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="95" />
        <source>Cache writes</source>
        <translation>Cache-Schreibvorgänge</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="97" />
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="99" />
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="101" />
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="103" />
        <source>Cost source</source>
        <translation>Kostenquelle</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="132" />
        <source>All %1 rows</source>
        <translation>Alle %1 Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="146" />
        <source>%1 unpriced</source>
        <translation>%1 ohne Preis</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="156" />
        <source>%1 (%2 tier, source: %3)</source>
        <translation>%1 (Stufe %2, Quelle: %3)</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="158" />
        <source>%1 (source: %2)</source>
        <translation>%1 (Quelle: %2)</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="189" />
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>tl::charts::DailySpendChart</name>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="119" />
        <source>Month to date</source>
        <translation>Monat bisher</translation>
    </message>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="134" />
        <source>%1 (UTC): %2 spent this month so far</source>
        <translation>%1 (UTC): %2 in diesem Monat bisher ausgegeben</translation>
    </message>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="145" />
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="161" />
        <source>Forecast range</source>
        <translation>Prognosespanne</translation>
    </message>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="167" />
        <source>Month-end forecast: %1 (range %2 – %3)</source>
        <translation>Prognose zum Monatsende: %1 (Spanne %2 – %3)</translation>
    </message>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="189" />
        <source>%1 (UTC days)</source>
        <translation>%1 (UTC-Tage)</translation>
    </message>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="197" />
        <source>Per day</source>
        <translation>Pro Tag</translation>
    </message>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="204" />
        <source>Month so far</source>
        <translation>Monat bisher</translation>
    </message>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="229" />
        <source>&lt;b&gt;%1&lt;/b&gt; (UTC)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="236" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="238" />
        <source>Total: %1</source>
        <translation>Summe: %1</translation>
    </message>
</context>
<context>
    <name>tl::charts::ShareDonut</name>
    <message>
        <location filename="../ui/charts/sharedonut.cpp" line="25" />
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location filename="../ui/charts/sharedonut.cpp" line="76" />
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 %</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 %</translation>
    </message>
</context>
<context>
    <name>tl::charts::TrendChart</name>
    <message>
        <location filename="../ui/charts/trendchart.cpp" line="113" />
        <source>%1 requests</source>
        <translation>%1 Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/charts/trendchart.cpp" line="114" />
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <location filename="../ui/charts/trendchart.cpp" line="116" />
        <source>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;%3</translation>
    </message>
    <message>
        <location filename="../ui/charts/trendchart.cpp" line="116" />
        <source> (so far)</source>
        <translation> (bisher)</translation>
    </message>
</context>
</TS>
