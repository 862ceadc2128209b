<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="32"/>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>tl::AboutDialog</name>
    <message>
        <location filename="../ui/about/aboutdialog.cpp" line="17"/>
        <source>About TokenLedger</source>
        <translation>Über TokenLedger</translation>
    </message>
    <message>
        <location filename="../ui/about/aboutdialog.cpp" line="25"/>
        <source>See what you spend on LLM APIs, where it goes and where it is heading. Numbers come only from your providers and your own files.</source>
        <translation>Sehen Sie, was Sie für LLM-APIs ausgeben, wofür und wohin es sich entwickelt. Die Zahlen stammen nur von Ihren Anbietern und aus Ihren eigenen Dateien.</translation>
    </message>
    <message>
        <location filename="../ui/about/aboutdialog.cpp" line="33"/>
        <source>&lt;p&gt;&lt;b&gt;TokenLedger&lt;/b&gt; is free software under the GNU General Public License, version 3 or later. It comes with no warranty.&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Qt %1&lt;/b&gt; (Core, Gui, Widgets, Network, Sql, Svg): GNU LGPL v3.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Qt Charts&lt;/b&gt;: GNU GPL v3.&lt;/li&gt;&lt;li&gt;&lt;b&gt;QtKeychain&lt;/b&gt;: BSD 3-Clause licence.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SQLite&lt;/b&gt;: public domain.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OpenSSL&lt;/b&gt; (loaded at run time for HTTPS): Apache License 2.0.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Model prices come from &lt;b&gt;genai-prices&lt;/b&gt; by Pydantic Services Inc. (MIT licence; Copyright (c) Pydantic Services Inc. 2025 to present). Prices are a best-effort estimate; amounts your providers bill always win over prices computed from them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;TokenLedger&lt;/b&gt; ist freie Software unter der GNU General Public License, Version 3 oder später. Es gibt keine Gewährleistung.&lt;/p&gt;&lt;p&gt;Erstellt mit:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Qt %1&lt;/b&gt; (Core, Gui, Widgets, Network, Sql, Svg): GNU LGPL v3.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Qt Charts&lt;/b&gt;: GNU GPL v3.&lt;/li&gt;&lt;li&gt;&lt;b&gt;QtKeychain&lt;/b&gt;: BSD-3-Clause-Lizenz.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SQLite&lt;/b&gt;: gemeinfrei.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OpenSSL&lt;/b&gt; (zur Laufzeit für HTTPS geladen): Apache License 2.0.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Modellpreise stammen aus &lt;b&gt;genai-prices&lt;/b&gt; von Pydantic Services Inc. (MIT-Lizenz; Copyright (c) Pydantic Services Inc. 2025 bis heute). Die Preise sind eine bestmögliche Schätzung; von Ihren Anbietern abgerechnete Beträge haben immer Vorrang.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tl::AccountDialog</name>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="33"/>
        <source>Include this account in syncs</source>
        <translation>Dieses Konto synchronisieren</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="34"/>
        <source>Send the key over unencrypted http</source>
        <translation>Schlüssel über unverschlüsseltes http senden</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="40"/>
        <source>Add Account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="47"/>
        <source>e.g. Work organisation</source>
        <translation>z. B. Firmenorganisation</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="49"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="51"/>
        <source>Leave empty for the provider&apos;s own address (shown greyed); set it for a gateway, proxy or regional endpoint.</source>
        <translation>Leer lassen für die eigene Adresse des Anbieters (grau angezeigt); für ein Gateway, einen Proxy oder einen regionalen Endpunkt ausfüllen.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="55"/>
        <source>stored only in your system keychain</source>
        <translation>nur im Schlüsselbund Ihres Systems gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="71"/>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="72"/>
        <source>Label:</source>
        <translation>Bezeichnung:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="73"/>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="75"/>
        <source>Organisation / team:</source>
        <translation>Organisation / Team:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="76"/>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="97"/>
        <source>Edit Account</source>
        <translation>Konto bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="105"/>
        <source>leave empty to keep the stored key</source>
        <translation>leer lassen, um den gespeicherten Schlüssel zu behalten</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="135"/>
        <location filename="../ui/accounts/accountdialog.cpp" line="267"/>
        <source>Give the account a label.</source>
        <translation>Geben Sie dem Konto eine Bezeichnung.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="146"/>
        <source>Paste the API key: without it TokenLedger cannot read anything from %1.</source>
        <translation>Fügen Sie den API-Schlüssel ein: Ohne ihn kann TokenLedger nichts von %1 lesen.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="155"/>
        <source>The base URL must be an http(s) address.</source>
        <translation>Die Basis-URL muss eine http(s)-Adresse sein.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="157"/>
        <source>This base URL is plain http to another machine: the key would cross the network unencrypted, readable by anyone on the way. Use https, or tick &quot;Send the key over unencrypted http&quot;.</source>
        <translation>Diese Basis-URL ist unverschlüsseltes http zu einem anderen Rechner: Der Schlüssel würde unverschlüsselt über das Netz gehen und wäre für jeden auf dem Weg lesbar. Verwenden Sie https oder aktivieren Sie „Schlüssel über unverschlüsseltes http senden“.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="169"/>
        <source>not used: this account has no API</source>
        <translation>nicht verwendet: Dieses Konto hat keine API</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="204"/>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet …</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="234"/>
        <location filename="../ui/accounts/accountdialog.cpp" line="240"/>
        <source>The connection test failed: %1</source>
        <translation>Der Verbindungstest ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="239"/>
        <source>Connection Test Failed</source>
        <translation>Verbindungstest fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="242"/>
        <source>Save the account anyway? Its syncs will fail with this message until the key or the address is fixed.</source>
        <translation>Das Konto trotzdem speichern? Seine Synchronisierungen schlagen mit dieser Meldung fehl, bis der Schlüssel oder die Adresse korrigiert ist.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="244"/>
        <source>Keep Editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="246"/>
        <source>Save Anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
</context>
<context>
    <name>tl::AccountsPage</name>
    <message>
        <location filename="../ui/accounts/accountcells.cpp" line="21"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/accounts/accountcells.cpp" line="25"/>
        <source>Failing (%n time(s) in a row): %1</source>
        <translation>
            <numerusform>Fehlerhaft (%n Mal): %1</numerusform>
            <numerusform>Fehlerhaft (%n Mal in Folge): %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountcells.cpp" line="28"/>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountcells.cpp" line="29"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountcells.cpp" line="40"/>
        <source>key limit left</source>
        <translation>Schlüssel-Limit übrig</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountcells.cpp" line="41"/>
        <source>credits left</source>
        <translation>Guthaben übrig</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountcells.cpp" line="42"/>
        <source>balance</source>
        <translation>Kontostand</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountcells.cpp" line="56"/>
        <source>no folder</source>
        <translation>kein Ordner</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountcells.cpp" line="57"/>
        <source>Local logs: %1 · subscription</source>
        <translation>Lokale Logs: %1 · Abo</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountcells.cpp" line="58"/>
        <source>Local logs: %1 · API key</source>
        <translation>Lokale Logs: %1 · API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountcells.cpp" line="60"/>
        <source>Provider API</source>
        <translation>Anbieter-API</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountcells.cpp" line="61"/>
        <source>Imports and manual entries</source>
        <translation>Importe und manuelle Einträge</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountcells.cpp" line="71"/>
        <source>Read from the logs in:
%1

%2</source>
        <translation>Gelesen aus den Logs in:
%1

%2</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountcells.cpp" line="73"/>
        <source>Paid by a subscription: usage is shown as its value at API prices, never added to spend.</source>
        <translation>Per Abo bezahlt: Die Nutzung wird als ihr Wert zu API-Preisen gezeigt und nie zu den Ausgaben gezählt.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountcells.cpp" line="75"/>
        <source>Paid by API key: usage is estimated spend.</source>
        <translation>Per API-Schlüssel bezahlt: Die Nutzung zählt als geschätzte Ausgaben.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="52"/>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="53"/>
        <source>Remove…</source>
        <translation>Entfernen …</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="54"/>
        <location filename="../ui/accounts/accountspage.cpp" line="226"/>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="55"/>
        <source>Sync This Account</source>
        <translation>Dieses Konto synchronisieren</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="59"/>
        <source>No provider accounts yet</source>
        <translation>Noch keine Anbieterkonten</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="86"/>
        <source>Synced by</source>
        <translation>Synchronisiert von</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="86"/>
        <source>Last synced</source>
        <translation>Zuletzt synchronisiert</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="89"/>
        <source>Whether this desktop can sync the account: keys stay in each person&apos;s own keychain</source>
        <translation>Ob dieser Desktop das Konto synchronisieren kann: Schlüssel bleiben im eigenen Schlüsselbund jeder Person</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="347"/>
        <source>The key of &quot;%1&quot; could not be deleted from your system keychain: %2</source>
        <translation>Der Schlüssel von „%1“ konnte nicht aus dem Schlüsselbund Ihres Systems gelöscht werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="351"/>
        <source>Key Not Deleted</source>
        <translation>Schlüssel nicht gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="353"/>
        <source>Remove the account anyway? Its key then stays in the keychain as &quot;%1&quot; until you delete it there.</source>
        <translation>Das Konto trotzdem entfernen? Sein Schlüssel bleibt dann als „%1“ im Schlüsselbund, bis Sie ihn dort löschen.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="358"/>
        <source>Remove Anyway</source>
        <translation>Trotzdem entfernen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="363"/>
        <source>The account was not removed.</source>
        <translation>Das Konto wurde nicht entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="67"/>
        <source>Add an Account…</source>
        <translation>Konto hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="68"/>
        <source>Add a Coding Agent…</source>
        <translation>Coding-Agenten hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="74"/>
        <source>Add Account…</source>
        <translation>Konto hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="76"/>
        <source>Add Coding Agent…</source>
        <translation>Coding-Agenten hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="78"/>
        <source>Claude Code, Codex CLI or Gemini CLI: usage from the logs they keep on this computer</source>
        <translation>Claude Code, Codex CLI oder Gemini CLI: Nutzung aus den Logs, die sie auf diesem Computer führen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="86"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="86"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="87"/>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="87"/>
        <source>Balance / credits</source>
        <translation>Kontostand / Guthaben</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="86"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="176"/>
        <source>The accounts could not be read: %1</source>
        <translation>Die Konten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="192"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="226"/>
        <source>Check Folders</source>
        <translation>Ordner prüfen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="227"/>
        <source>Checks that the account&apos;s folders exist and counts the log files in them</source>
        <translation>Prüft, ob die Ordner des Kontos existieren, und zählt die Logdateien darin</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="264"/>
        <source>Remove &quot;%1&quot;? Its logs stay where they are; TokenLedger stops reading them. Keep its usage in your totals, or delete it too?</source>
        <translation>„%1“ entfernen? Seine Logs bleiben, wo sie sind; TokenLedger liest sie nicht mehr. Die Nutzung in den Summen behalten oder ebenfalls löschen?</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="268"/>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="266"/>
        <source>Remove &quot;%1&quot;? Its key is deleted from the keychain. Keep its usage and costs in your totals, or delete them too?</source>
        <translation>„%1“ entfernen? Sein Schlüssel wird aus dem Schlüsselbund gelöscht. Nutzung und Kosten in den Summen behalten oder ebenfalls löschen?</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="60"/>
        <source>Add a provider account to start syncing: OpenAI, Anthropic, OpenRouter, DeepSeek, xAI, Google Gemini, Groq, Perplexity or Mistral. Keys are kept only in your system keychain, never in TokenLedger&apos;s files. Or follow the coding agents on this computer (Claude Code, Codex CLI, Gemini CLI) from their local logs, with no key.</source>
        <translation>Fügen Sie ein Anbieterkonto hinzu, um mit der Synchronisierung zu beginnen: OpenAI, Anthropic, OpenRouter, DeepSeek, xAI, Google Gemini, Groq, Perplexity oder Mistral. Schlüssel werden nur im Schlüsselbund Ihres Systems aufbewahrt, nie in den Dateien von TokenLedger. Oder verfolgen Sie die Coding-Agenten auf diesem Computer (Claude Code, Codex CLI, Gemini CLI) über ihre lokalen Logs, ganz ohne Schlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="270"/>
        <source>Remove, Keep History</source>
        <translation>Entfernen, Verlauf behalten</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="271"/>
        <source>Remove and Delete History</source>
        <translation>Entfernen und Verlauf löschen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="288"/>
        <source>The account was not added: its key could not be stored. %1</source>
        <translation>Das Konto wurde nicht hinzugefügt: Sein Schlüssel konnte nicht gespeichert werden. %1</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="289"/>
        <source>The account was not changed: its key could not be stored. %1</source>
        <translation>Das Konto wurde nicht geändert: Sein Schlüssel konnte nicht gespeichert werden. %1</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="322"/>
        <location filename="../ui/accounts/accountspageagents.cpp" line="110"/>
        <source>The account was not saved: %1</source>
        <translation>Das Konto wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="327"/>
        <location filename="../ui/accounts/accountspageagents.cpp" line="115"/>
        <source>Account saved.</source>
        <translation>Konto gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="327"/>
        <source>Account saved; its key is in your system keychain.</source>
        <translation>Konto gespeichert; sein Schlüssel liegt im Schlüsselbund Ihres Systems.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="291"/>
        <source>Key Not Stored</source>
        <translation>Schlüssel nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="382"/>
        <source>Account removed; its history stays in your totals.</source>
        <translation>Konto entfernt; sein Verlauf bleibt in den Summen.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="383"/>
        <source>Account and its history removed.</source>
        <translation>Konto und Verlauf entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="384"/>
        <source>The account was not removed: %1</source>
        <translation>Das Konto wurde nicht entfernt: %1</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="386"/>
        <source>Its key is still in your keychain as &quot;%1&quot;.</source>
        <translation>Sein Schlüssel liegt weiterhin als „%1“ in Ihrem Schlüsselbund.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="404"/>
        <source>Testing the connection to %1…</source>
        <translation>Verbindung zu %1 wird getestet …</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="407"/>
        <location filename="../ui/accounts/accountspage.cpp" line="412"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="413"/>
        <source>%1: the connection test failed: %2</source>
        <translation>%1: Der Verbindungstest ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspageagents.cpp" line="22"/>
        <source>Looking for coding-agent logs on this computer…</source>
        <translation>Suche nach Logs von Coding-Agenten auf diesem Computer …</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspageagents.cpp" line="78"/>
        <source>Not every coding agent was added: %1</source>
        <translation>Nicht alle Coding-Agenten wurden hinzugefügt: %1</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspageagents.cpp" line="82"/>
        <source>Added %1; reading the logs now…</source>
        <translation>%1 hinzugefügt; die Logs werden jetzt gelesen …</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspageagents.cpp" line="124"/>
        <source>Checking the folders of %1…</source>
        <translation>Die Ordner von %1 werden geprüft …</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspageagents.cpp" line="147"/>
        <source>%1 has no folder to read: add one with Edit.</source>
        <translation>%1 hat keinen Ordner zum Lesen: Fügen Sie mit „Bearbeiten“ einen hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspageagents.cpp" line="149"/>
        <source>%1: the folder %2 does not exist (any more).</source>
        <translation>%1: Der Ordner %2 existiert nicht (mehr).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/accounts/accountspageagents.cpp" line="152"/>
        <source>%1: %2 exists and holds %n log file(s).</source>
        <translation>
            <numerusform>%1: %2 existiert und enthält %n Logdatei.</numerusform>
            <numerusform>%1: %2 existiert und enthält %n Logdateien.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspagereach.cpp" line="60"/>
        <source>To sync it from this desktop, add its key (Edit…), or set %1 for a headless sync.</source>
        <translation>Um es von diesem Desktop aus zu synchronisieren, hinterlegen Sie seinen Schlüssel (Bearbeiten…) oder setzen Sie %1 für eine Synchronisierung ohne Fenster.</translation>
    </message>
</context>
<context>
    <name>tl::AgentAccountDialog</name>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="27"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="28"/>
        <source>Subscription</source>
        <translation>Abo</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="29"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="31"/>
        <source>Include this account in syncs</source>
        <translation>Dieses Konto synchronisieren</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="37"/>
        <source>Edit %1 Account</source>
        <translation>%1-Konto bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="43"/>
        <source>Add Folder…</source>
        <translation>Ordner hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="68"/>
        <source>Every log file under these folders is read; double-click a folder to type its path.</source>
        <translation>Jede Logdatei unter diesen Ordnern wird gelesen; doppelklicken Sie auf einen Ordner, um seinen Pfad einzugeben.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="75"/>
        <source>Label:</source>
        <translation>Bezeichnung:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="76"/>
        <source>Log folders:</source>
        <translation>Log-Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="78"/>
        <source>Paid by:</source>
        <translation>Bezahlt per:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="112"/>
        <source>Choose the Agent&apos;s Log Folder</source>
        <translation>Log-Ordner des Agenten wählen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="142"/>
        <source>Give the account a label.</source>
        <translation>Geben Sie dem Konto eine Bezeichnung.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="144"/>
        <source>Add the folder the agent keeps its logs in.</source>
        <translation>Fügen Sie den Ordner hinzu, in dem der Agent seine Logs ablegt.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="147"/>
        <source>&quot;%1&quot; is not a folder.</source>
        <translation>„%1“ ist kein Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="156"/>
        <source>Usage is shown as its value at API prices, never added to spend. Add the monthly fee as a manual entry.</source>
        <translation>Die Nutzung wird als ihr Wert zu API-Preisen gezeigt und nie zu den Ausgaben gezählt. Erfassen Sie die Monatsgebühr als manuellen Eintrag.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="158"/>
        <source>Usage is estimated spend at API prices.</source>
        <translation>Die Nutzung zählt als geschätzte Ausgaben zu API-Preisen.</translation>
    </message>
</context>
<context>
    <name>tl::AgentBreakdownView</name>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="56"/>
        <source>(none recorded)</source>
        <translation>(nicht erfasst)</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="122"/>
        <source>By project</source>
        <translation>Nach Projekt</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="123"/>
        <source>By git branch</source>
        <translation>Nach Git-Branch</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="124"/>
        <source>By session</source>
        <translation>Nach Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="125"/>
        <source>By model</source>
        <translation>Nach Modell</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="126"/>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="290"/>
        <source>All coding agents</source>
        <translation>Alle Coding-Agenten</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="127"/>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="294"/>
        <source>Any project</source>
        <translation>Alle Projekte</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="128"/>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="295"/>
        <source>Any branch</source>
        <translation>Alle Branches</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="129"/>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="296"/>
        <source>Any session</source>
        <translation>Alle Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="130"/>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="297"/>
        <source>Any model</source>
        <translation>Alle Modelle</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="134"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="136"/>
        <source>to (UTC days)</source>
        <translation>bis (UTC-Tage)</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="144"/>
        <source>Reset filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="157"/>
        <source>Each request is priced on its own UTC day at API prices, long-context requests wholly at the long-context price. Spend is what API-key agents cost; a subscription&apos;s usage is value, never spend; requests another synced account already bills are shown apart and not counted twice.</source>
        <translation>Jede Anfrage wird an ihrem eigenen UTC-Tag zu API-Preisen bewertet, Langkontext-Anfragen vollständig zum Langkontext-Preis. Ausgaben sind, was Agenten mit API-Schlüssel kosten; die Nutzung eines Abos ist Wert, nie Ausgabe; Anfragen, die bereits ein anderes synchronisiertes Konto abrechnet, werden getrennt gezeigt und nicht doppelt gezählt.</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="275"/>
        <source>The coding agents&apos; usage could not be read: %1</source>
        <translation>Die Nutzung der Coding-Agenten konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="306"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="309"/>
        <source>Git branch</source>
        <translation>Git-Branch</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="312"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="315"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="320"/>
        <source>Spend (API key)</source>
        <translation>Ausgaben (API-Schlüssel)</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="320"/>
        <source>In another bill</source>
        <translation>In anderer Rechnung</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="321"/>
        <source>Value (subscription)</source>
        <translation>Wert (Abo)</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="321"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="321"/>
        <source>Unpriced</source>
        <translation>Ohne Preis</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="321"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="322"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="322"/>
        <source>Cache read</source>
        <translation>Cache-Lesen</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="322"/>
        <source>Cache write</source>
        <translation>Cache-Schreiben</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="322"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="323"/>
        <source>First request (UTC)</source>
        <translation>Erste Anfrage (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="323"/>
        <source>Last request (UTC)</source>
        <translation>Letzte Anfrage (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="323"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="341"/>
        <source>No coding-agent accounts yet. Add one under Accounts (Claude Code, Codex CLI or Gemini CLI read from their local logs), or run tokenledger agents import.</source>
        <translation>Noch keine Coding-Agent-Konten. Fügen Sie unter „Konten“ eines hinzu (Claude Code, Codex CLI oder Gemini CLI werden aus ihren lokalen Logs gelesen) oder führen Sie tokenledger agents import aus.</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="346"/>
        <source>No coding-agent requests match in %1 – %2 (UTC).</source>
        <translation>Keine passenden Anfragen von Coding-Agenten im Zeitraum %1 – %2 (UTC).</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="351"/>
        <source>Total: spend %1</source>
        <translation>Summe: Ausgaben %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="353"/>
        <source>in another account&apos;s bill %1</source>
        <translation>in der Rechnung eines anderen Kontos %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="354"/>
        <source>subscription value %1 (not spend)</source>
        <translation>Abo-Wert %1 (keine Ausgaben)</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="355"/>
        <source>%1 requests, %2 tokens</source>
        <translation>%1 Anfragen, %2 Tokens</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="357"/>
        <source>%1 requests unpriced (no price for their model; in no amount)</source>
        <translation>%1 Anfragen ohne Preis (kein Preis für ihr Modell; in keinem Betrag enthalten)</translation>
    </message>
</context>
<context>
    <name>tl::AgentSourcesDialog</name>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="85"/>
        <source>Add Coding Agent</source>
        <translation>Coding-Agenten hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="87"/>
        <source>TokenLedger can show what your coding agents use, from the logs they keep on this computer. Tick the agents to follow: nothing is read until you choose Add, and no API key is needed.</source>
        <translation>TokenLedger kann anhand der Logs, die Ihre Coding-Agenten auf diesem Computer führen, zeigen, was sie verbrauchen. Haken Sie die Agenten an, die verfolgt werden sollen: Nichts wird gelesen, bevor Sie „Hinzufügen“ wählen, und ein API-Schlüssel ist nicht nötig.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="101"/>
        <source>No coding-agent logs were found on this computer. TokenLedger looked in %1: the folders the agents use (or CLAUDE_CONFIG_DIR, CODEX_HOME and GEMINI_DATA_DIR when they are set). If an agent keeps its logs elsewhere, tick it and choose its folder by hand.</source>
        <translation>Auf diesem Computer wurden keine Logs von Coding-Agenten gefunden. TokenLedger hat in %1 gesucht: in den Ordnern, die die Agenten verwenden (oder CLAUDE_CONFIG_DIR, CODEX_HOME und GEMINI_DATA_DIR, wenn sie gesetzt sind). Legt ein Agent seine Logs woanders ab, haken Sie ihn an und wählen Sie seinen Ordner von Hand.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="120"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="145"/>
        <source>Already followed as &quot;%1&quot;: change its folders or billing with Edit on the Accounts page.</source>
        <translation>Wird bereits als „%1“ verfolgt: Ändern Sie Ordner oder Abrechnung mit „Bearbeiten“ auf der Seite „Konten“.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="148"/>
        <source>Found %n log file(s) in %1.</source>
        <translation>
            <numerusform>%n Logdatei in %1 gefunden.</numerusform>
            <numerusform>%n Logdateien in %1 gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="150"/>
        <source>No logs found in %1. Choose its folder by hand if it keeps them elsewhere.</source>
        <translation>Keine Logs in %1 gefunden. Wählen Sie den Ordner von Hand, falls der Agent sie woanders ablegt.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="161"/>
        <source>Subscription</source>
        <translation>Abo</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="163"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="169"/>
        <source>Paid by:</source>
        <translation>Bezahlt per:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="179"/>
        <source>Usage is shown as its value at API prices, never added to spend. Add the monthly fee as a manual entry.</source>
        <translation>Die Nutzung wird als ihr Wert zu API-Preisen gezeigt und nie zu den Ausgaben gezählt. Erfassen Sie die Monatsgebühr als manuellen Eintrag.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="181"/>
        <source>Usage is estimated spend at API prices.</source>
        <translation>Die Nutzung zählt als geschätzte Ausgaben zu API-Preisen.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="203"/>
        <source>the folder holding its logs, e.g. %1</source>
        <translation>der Ordner mit seinen Logs, z. B. %1</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="204"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="206"/>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="213"/>
        <source>Choose the Agent&apos;s Log Folder</source>
        <translation>Log-Ordner des Agenten wählen</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="245"/>
        <source>Tick at least one agent to follow.</source>
        <translation>Haken Sie mindestens einen Agenten zum Verfolgen an.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="248"/>
        <source>Choose the folder %1 keeps its logs in.</source>
        <translation>Wählen Sie den Ordner, in dem %1 seine Logs ablegt.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="251"/>
        <source>%1: &quot;%2&quot; is not a folder.</source>
        <translation>%1: „%2“ ist kein Ordner.</translation>
    </message>
</context>
<context>
    <name>tl::AgentTopGroupsView</name>
    <message>
        <location filename="../ui/dashboard/agenttopgroups.cpp" line="27"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agenttopgroups.cpp" line="81"/>
        <source>Spend (API key)</source>
        <translation>Ausgaben (API-Schlüssel)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agenttopgroups.cpp" line="81"/>
        <source>Value (subscription)</source>
        <translation>Wert (Abo)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agenttopgroups.cpp" line="81"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agenttopgroups.cpp" line="83"/>
        <source>(none recorded)</source>
        <translation>(nicht erfasst)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agenttopgroups.cpp" line="97"/>
        <source>… %1 more in Usage → Coding agents</source>
        <translation>… %1 weitere unter Nutzung → Coding-Agenten</translation>
    </message>
</context>
<context>
    <name>tl::Agents</name>
    <message>
        <location filename="../core/agents/agentsources.cpp" line="40"/>
        <source>Claude Code</source>
        <translation>Claude Code</translation>
    </message>
    <message>
        <location filename="../core/agents/agentsources.cpp" line="41"/>
        <source>Codex CLI</source>
        <translation>Codex CLI</translation>
    </message>
    <message>
        <location filename="../core/agents/agentsources.cpp" line="42"/>
        <source>Gemini CLI</source>
        <translation>Gemini CLI</translation>
    </message>
    <message>
        <location filename="../core/agents/agentsources.cpp" line="228"/>
        <source>%1 on this computer</source>
        <translation>%1 auf diesem Computer</translation>
    </message>
</context>
<context>
    <name>tl::AgentsPanel</name>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="112"/>
        <source>5-hour window</source>
        <translation>5-Stunden-Fenster</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="114"/>
        <source>Weekly window</source>
        <translation>Wochenfenster</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="115"/>
        <source>%1-minute window</source>
        <translation>%1-Minuten-Fenster</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="178"/>
        <source>%1: 5-h window ended</source>
        <translation>%1: 5-Stunden-Fenster abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="180"/>
        <source>%1: 5-h window %2 % used, %3</source>
        <translation>%1: 5-Stunden-Fenster zu %2 % genutzt, %3</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="184"/>
        <source>%1: 5-h window %2 % of your peak, %3</source>
        <translation>%1: 5-Stunden-Fenster bei %2 % Ihres Höchstwerts, %3</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="187"/>
        <source>%1: 5-h window active (no earlier window to compare), %2</source>
        <translation>%1: 5-Stunden-Fenster aktiv (kein früheres Fenster zum Vergleich), %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="203"/>
        <source>Coding agents this month</source>
        <translation>Coding-Agenten in diesem Monat</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="266"/>
        <source>By project</source>
        <translation>Nach Projekt</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="266"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="268"/>
        <source>By git branch</source>
        <translation>Nach Git-Branch</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="268"/>
        <source>Git branch</source>
        <translation>Git-Branch</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="225"/>
        <source>The coding agents could not be read: %1</source>
        <translation>Die Coding-Agenten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="238"/>
        <source>API-key agents: %1 estimated spend, included in month to date above.</source>
        <translation>Agenten mit API-Schlüssel: %1 geschätzte Ausgaben, oben in „Monat bisher“ enthalten.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="241"/>
        <source>Subscriptions: %1 of usage at API prices for %2 in fees — the value is not spend; only the fees are.</source>
        <translation>Abos: Nutzung im Wert von %1 zu API-Preisen für %2 an Gebühren – der Wert ist keine Ausgabe, nur die Gebühren sind es.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="245"/>
        <source>No coding-agent usage this month yet.</source>
        <translation>Diesen Monat noch keine Nutzung durch Coding-Agenten.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="258"/>
        <source>This month&apos;s projects and branches could not be read: %1</source>
        <translation>Die Projekte und Branches dieses Monats konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="292"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="292"/>
        <source>subscription</source>
        <translation>Abo</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="292"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="299"/>
        <source>value at API prices (subscription) — not spend</source>
        <translation>Wert zu API-Preisen (Abo) – keine Ausgabe</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="300"/>
        <source>spend (API key), estimated from tokens × prices</source>
        <translation>Ausgaben (API-Schlüssel), geschätzt aus Tokens × Preisen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="305"/>
        <source>another account</source>
        <translation>einem anderen Konto</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="306"/>
        <source>In %1&apos;s bill, not counted twice.</source>
        <translation>In der Rechnung von %1, nicht doppelt gezählt.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="312"/>
        <source>No fee entered this month: add the plan&apos;s monthly fee as a manual entry (Usage → Manual entries) to see what it returned.</source>
        <translation>Diesen Monat keine Gebühr erfasst: Tragen Sie die Monatsgebühr des Tarifs als manuellen Eintrag ein (Nutzung → Manuelle Einträge), um zu sehen, was sie eingebracht hat.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="317"/>
        <source>Fee %1 · returned %2 its fee</source>
        <translation>Gebühr %1 · Gegenwert %2 der Gebühr</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="319"/>
        <source>Fee %1</source>
        <translation>Gebühr %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="324"/>
        <source>%1 requests · %2 tokens</source>
        <translation>%1 Anfragen · %2 Tokens</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="327"/>
        <source>· %1 unpriced requests not in the amount</source>
        <translation>· %1 Anfragen ohne Preis nicht im Betrag</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="342"/>
        <source>No active 5-hour window</source>
        <translation>Kein aktives 5-Stunden-Fenster</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="344"/>
        <source>The next request starts one. Highest earlier window (last 30 days): %1 tokens.</source>
        <translation>Die nächste Anfrage startet eines. Höchstes früheres Fenster (letzte 30 Tage): %1 Tokens.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="347"/>
        <source>The next request starts one.</source>
        <translation>Die nächste Anfrage startet eines.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="352"/>
        <source>5-hour window %1–%2 %3</source>
        <translation>5-Stunden-Fenster %1–%2 %3</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="356"/>
        <source>%1 tokens · %2 % of your peak (%3)</source>
        <translation>%1 Tokens · %2 % Ihres Höchstwerts (%3)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="364"/>
        <source>%1 tokens so far; no earlier window in the last 30 days to compare with.</source>
        <translation>Bisher %1 Tokens; kein früheres Fenster in den letzten 30 Tagen zum Vergleich.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="367"/>
        <source>Burning %1 tokens/min (%2/h at API prices); projected %3 tokens (%4) at %5 %6.</source>
        <translation>Verbrauch %1 Tokens/min (%2/h zu API-Preisen); Prognose %3 Tokens (%4) um %5 %6.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="374"/>
        <source>Too early for a burn rate.</source>
        <translation>Zu früh für eine Verbrauchsrate.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="378"/>
        <source>This window&apos;s figures are too large to add up.</source>
        <translation>Die Zahlen dieses Fensters sind zu groß zum Addieren.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="384"/>
        <source>Codex&apos;s own limits</source>
        <translation>Eigene Limits von Codex</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="388"/>
        <source>Codex has not logged its rate limits yet.</source>
        <translation>Codex hat seine Ratenlimits noch nicht protokolliert.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="397"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="410"/>
        <source>As Codex logged it at %1.</source>
        <translation>Laut Codex-Log vom %1.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="411"/>
        <source>As Codex logged it at %1 (plan: %2).</source>
        <translation>Laut Codex-Log vom %1 (Tarif: %2).</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="416"/>
        <source>%1 logs no usage windows.</source>
        <translation>%1 protokolliert keine Nutzungsfenster.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="421"/>
        <source>Last request %1</source>
        <translation>Letzte Anfrage: %1</translation>
    </message>
</context>
<context>
    <name>tl::AlertText</name>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="38"/>
        <source>Budget “%1” is used up</source>
        <translation>Budget „%1“ ist aufgebraucht</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="39"/>
        <source>Budget “%1” at %2 %</source>
        <translation>Budget „%1“ bei %2 %</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="44"/>
        <source>more than %1</source>
        <extracomment>the share of a budget spent, when it does not fit in 64 bits (a budget of a few nano-dollars)</extracomment>
        <translation>mehr als %1</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="45"/>
        <source>, %1 over</source>
        <translation>, %1 darüber</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="47"/>
        <source>%1 spent of %2 this month (UTC), %3 % of the budget%4. At the current rate the month ends at %5. Open the dashboard to see which provider and model drive it, or raise the budget.</source>
        <extracomment>%4 is empty or &quot;, $5.00 over&quot;</extracomment>
        <translation>%1 von %2 in diesem Monat (UTC) ausgegeben, %3 % des Budgets%4. Beim aktuellen Tempo endet der Monat bei %5. Öffnen Sie die Übersicht, um zu sehen, welcher Anbieter und welches Modell das verursachen, oder erhöhen Sie das Budget.</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="57"/>
        <source>“%1” is heading over budget</source>
        <translation>„%1“ läuft auf eine Budgetüberschreitung zu</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="58"/>
        <source>At the current rate this month ends at %1 (range %2 – %3), over the %4 budget; %5 spent so far. Slow down the biggest spender on the dashboard, or raise the budget.</source>
        <translation>Beim aktuellen Tempo endet dieser Monat bei %1 (Spanne %2 – %3), über dem Budget von %4; bisher %5 ausgegeben. Bremsen Sie den größten Kostentreiber in der Übersicht oder erhöhen Sie das Budget.</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="68"/>
        <source>Spending spike on %1</source>
        <translation>Ausgabenspitze bei %1</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="69"/>
        <source>%1 (UTC): %2, against a usual %3 a day (median of the %4 days before). Check that day on the Usage page: a runaway job or a leaked key looks like this.</source>
        <translation>%1 (UTC): %2, gegenüber üblichen %3 pro Tag (Median der %4 Tage davor). Prüfen Sie diesen Tag auf der Seite „Nutzung“: So sieht ein außer Kontrolle geratener Job oder ein geleakter Schlüssel aus.</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="78"/>
        <source>Sync failing for %1</source>
        <translation>Synchronisierung von %1 scheitert</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="80"/>
        <source>no message</source>
        <translation>keine Meldung</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="81"/>
        <source>The last %1 syncs failed (%2). This account&apos;s figures may be out of date: check its key on the Accounts page and Sync History for details.</source>
        <translation>Die letzten %1 Synchronisierungen sind fehlgeschlagen (%2). Die Zahlen dieses Kontos sind möglicherweise veraltet: Prüfen Sie seinen Schlüssel auf der Seite „Konten“ und die Details im Synchronisierungsverlauf.</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="90"/>
        <source>Low balance on %1</source>
        <translation>Niedriges Guthaben bei %1</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="101"/>
        <source>%1 %2 left (%3). Top up with the provider before requests start failing.</source>
        <extracomment>%1 amount, %2 currency code, %3 the provider&apos;s kind of balance (such as credits_remaining)</extracomment>
        <translation>%1 %2 übrig (%3). Laden Sie beim Anbieter Guthaben auf, bevor Anfragen fehlschlagen.</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="110"/>
        <source>No price for %1</source>
        <translation>Kein Preis für %1</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="111"/>
        <source>%1 tokens of %2 (%3) are in no money total because no price is known. Add a price on the Pricing page or update the price catalog.</source>
        <translation>%1 Tokens von %2 (%3) sind in keiner Geldsumme enthalten, weil kein Preis bekannt ist. Legen Sie auf der Seite „Preise“ einen Preis fest oder aktualisieren Sie den Preiskatalog.</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="120"/>
        <source>%1: this 5-hour window is running hot</source>
        <translation>%1: Dieses 5-Stunden-Fenster läuft heiß</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="124"/>
        <source>At the current pace the window that started %1 UTC ends at %2 tokens, %3 % of your highest earlier window (%4 tokens); it %5. Your alert is set at %6 %.</source>
        <extracomment>%5 is &quot;resets in 2 h 10 min&quot; or &quot;resets now&quot;</extracomment>
        <translation>Beim aktuellen Tempo endet das um %1 UTC begonnene Fenster bei %2 Tokens, %3 % Ihres höchsten früheren Fensters (%4 Tokens); es %5. Ihre Warnung ist auf %6 % eingestellt.</translation>
    </message>
</context>
<context>
    <name>tl::BudgetDialog</name>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="26"/>
        <source>Watch this budget</source>
        <translation>Dieses Budget überwachen</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="30"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="33"/>
        <source>e.g. Team total</source>
        <translation>z. B. Team gesamt</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="35"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="36"/>
        <source>One provider</source>
        <translation>Ein Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="37"/>
        <source>One account</source>
        <translation>Ein Konto</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="41"/>
        <source>e.g. 500 or %1</source>
        <translation>z. B. 500 oder %1</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="43"/>
        <source>Percentages of the budget at which TokenLedger alerts you, separated by commas.</source>
        <translation>Prozentsätze des Budgets, bei denen TokenLedger Sie warnt, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="54"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="55"/>
        <source>Covers</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="57"/>
        <source>Monthly amount (USD)</source>
        <translation>Monatsbetrag (USD)</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="58"/>
        <source>Alert at (% of the amount)</source>
        <translation>Warnen bei (% des Betrags)</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="60"/>
        <source>Months are calendar months in UTC, the days providers report in. Spend counts what providers billed where they bill, and estimates elsewhere.</source>
        <translation>Monate sind Kalendermonate in UTC, den Tagen, in denen Anbieter berichten. Als Ausgaben zählt, was Anbieter abrechnen, wo sie abrechnen, und sonst die Schätzung.</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="141"/>
        <source>Give the budget a name.</source>
        <translation>Geben Sie dem Budget einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="148"/>
        <source>Choose what the budget covers.</source>
        <translation>Wählen Sie, wofür das Budget gilt.</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="159"/>
        <source>Type an amount in US dollars, like 500 or %1.</source>
        <translation>Geben Sie einen Betrag in US-Dollar ein, etwa 500 oder %1.</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="162"/>
        <source>The amount must be more than zero.</source>
        <translation>Der Betrag muss größer als null sein.</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="170"/>
        <source>Thresholds are whole percentages from 1 to 1000, separated by commas.</source>
        <translation>Schwellen sind ganze Prozentzahlen von 1 bis 1000, durch Kommas getrennt.</translation>
    </message>
</context>
<context>
    <name>tl::BudgetHistoryView</name>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="71"/>
        <source>The budget history could not be read: %1</source>
        <translation>Der Budgetverlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="89"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="89"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="89"/>
        <source>Spent</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="89"/>
        <source>Budget amount</source>
        <translation>Budgetbetrag</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="89"/>
        <source>Used</source>
        <translation>Verbraucht</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="89"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="89"/>
        <source>Over by</source>
        <translation>Überschritten um</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="91"/>
        <source>No budgets yet: once you add one, each month&apos;s result is listed here.</source>
        <translation>Noch keine Budgets: Sobald Sie eines anlegen, wird hier das Ergebnis jedes Monats aufgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="94"/>
        <source>Each budget&apos;s current amount against each month&apos;s spend (UTC months). Past months show their final figures; this month shows where it stands today.</source>
        <translation>Der aktuelle Betrag jedes Budgets gegenüber den Ausgaben jedes Monats (UTC-Monate). Vergangene Monate zeigen ihre endgültigen Zahlen, der laufende Monat den heutigen Stand.</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="104"/>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="104"/>
        <source>Within budget</source>
        <translation>Im Budget</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="109"/>
        <source>Heading over</source>
        <translation>Läuft auf Überschreitung zu</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="110"/>
        <source>Past %1 %</source>
        <translation>Über %1 %</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="114"/>
        <source>Over</source>
        <translation>Überschritten</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="120"/>
        <source>%1 (so far)</source>
        <translation>%1 (bisher)</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="125"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="127"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>tl::BudgetsPage</name>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="42"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="44"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="46"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="55"/>
        <source>Budget threshold</source>
        <translation>Budgetschwelle</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="57"/>
        <source>Budget forecast</source>
        <translation>Budgetprognose</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="59"/>
        <source>Spending spike</source>
        <translation>Ausgabenspitze</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="61"/>
        <source>Sync failing</source>
        <translation>Synchronisierung scheitert</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="63"/>
        <source>Low balance</source>
        <translation>Niedriges Guthaben</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="65"/>
        <source>Unpriced model</source>
        <translation>Modell ohne Preis</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="67"/>
        <source>Usage window</source>
        <translation>Nutzungsfenster</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="51"/>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="60"/>
        <source>&lt;b&gt;Monthly budgets&lt;/b&gt; (calendar months, UTC)</source>
        <translation>&lt;b&gt;Monatsbudgets&lt;/b&gt; (Kalendermonate, UTC)</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="62"/>
        <source>Add budget…</source>
        <translation>Budget hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="73"/>
        <source>No budgets yet. Set a monthly budget for everything, a provider or an account: TokenLedger warns you at 50 %, 80 % and 100 % of it, and earlier when the forecast says you will cross it.</source>
        <translation>Noch keine Budgets. Legen Sie ein Monatsbudget für alles, einen Anbieter oder ein Konto fest: TokenLedger warnt Sie bei 50 %, 80 % und 100 % davon – und früher, wenn die Prognose eine Überschreitung erwartet.</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="95"/>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="96"/>
        <source>History by month</source>
        <translation>Verlauf nach Monat</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="108"/>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="112"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="116"/>
        <source>Read and unread</source>
        <translation>Gelesen und ungelesen</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="281"/>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="286"/>
        <source>Heading over: forecast %1</source>
        <translation>Läuft auf Überschreitung zu: Prognose %1</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="287"/>
        <source>Warning: past %1 %</source>
        <translation>Warnung: über %1 %</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="114"/>
        <location filename="../ui/budgets/budgetspage.cpp" line="117"/>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="114"/>
        <location filename="../ui/budgets/budgetspage.cpp" line="118"/>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="119"/>
        <source>Not acknowledged</source>
        <translation>Nicht bestätigt</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="120"/>
        <source>Mark all as read</source>
        <translation>Alle als gelesen markieren</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="225"/>
        <source>Budgets and alerts could not be read: %1</source>
        <translation>Budgets und Warnungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="256"/>
        <source>everything</source>
        <translation>alles</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="262"/>
        <source>account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="270"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; – %2</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="275"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="291"/>
        <source>Over by %1</source>
        <translation>Überschritten um %1</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="299"/>
        <source>%1 of %2 spent · forecast %3 · alerts at %4 %%5</source>
        <translation>%1 von %2 ausgegeben · Prognose %3 · Warnungen bei %4 %%5</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="303"/>
        <source> · paused</source>
        <translation> · pausiert</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="306"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="307"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="320"/>
        <source>Delete budget</source>
        <translation>Budget löschen</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="321"/>
        <source>Delete the budget “%1”? Its past alerts stay in the list.</source>
        <translation>Das Budget „%1“ löschen? Seine bisherigen Warnungen bleiben in der Liste.</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="93"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="93"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="93"/>
        <source>Alert</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="93"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="93"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="114"/>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="130"/>
        <source>&lt;b&gt;Alerts&lt;/b&gt; — none yet: they appear when spend crosses a budget&apos;s threshold or its forecast, a day spikes, a sync keeps failing, credits run low or a model has no price</source>
        <translation>&lt;b&gt;Warnungen&lt;/b&gt; – noch keine: Sie erscheinen, wenn die Ausgaben eine Budgetschwelle überschreiten (tatsächlich oder laut Prognose), die Ausgaben eines Tages hochschnellen, eine Synchronisierung wiederholt scheitert, Guthaben knapp wird oder ein Modell keinen Preis hat</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="133"/>
        <source>&lt;b&gt;Alerts&lt;/b&gt; — %1 unread of %2</source>
        <translation>&lt;b&gt;Warnungen&lt;/b&gt; – %1 ungelesen von %2</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="148"/>
        <source>Alerts appear here after a sync: budget thresholds, a forecast heading over budget, spending spikes, failing syncs, low balances and models without a price.</source>
        <translation>Warnungen erscheinen hier nach einer Synchronisierung: Budgetschwellen, eine Prognose über dem Budget, Ausgabenspitzen, scheiternde Synchronisierungen, niedrige Guthaben und Modelle ohne Preis.</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="367"/>
        <source>Budget not saved</source>
        <translation>Budget nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>tl::CsvImport</name>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="15"/>
        <source>expected %1 columns, found %2</source>
        <translation>%1 Spalten erwartet, %2 gefunden</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="16"/>
        <source>bad date &quot;%1&quot;</source>
        <translation>ungültiges Datum „%1“</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="17"/>
        <source>unknown currency &quot;%1&quot;</source>
        <translation>unbekannte Währung „%1“</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="18"/>
        <source>no cost</source>
        <translation>keine Kosten</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="19"/>
        <source>no currency</source>
        <translation>keine Währung</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="20"/>
        <source>unknown context window &quot;%1&quot;</source>
        <translation>unbekanntes Kontextfenster „%1“</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="21"/>
        <source>no model</source>
        <translation>kein Modell</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="22"/>
        <source>negative cost</source>
        <translation>negative Kosten</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="23"/>
        <source>usage costs must be in USD, not %1</source>
        <translation>Nutzungskosten müssen in USD angegeben sein, nicht in %1</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="24"/>
        <source>provider &quot;%1&quot; is not this account&apos;s (%2)</source>
        <translation>Anbieter „%1“ ist nicht der dieses Kontos (%2)</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="25"/>
        <source>more cached tokens (%1) than input tokens (%2)</source>
        <translation>mehr zwischengespeicherte Tokens (%1) als Eingabe-Tokens (%2)</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="26"/>
        <source>negative %1 (%2)</source>
        <translation>negativer Wert in „%1“ (%2)</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="27"/>
        <source>%1 &quot;%2&quot; is not a whole number</source>
        <translation>%1 „%2“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="28"/>
        <source>%1 &quot;%2&quot; is too large (the limit is %3)</source>
        <translation>%1 „%2“ ist zu groß (Grenze: %3)</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="29"/>
        <source>cost &quot;%1&quot; is not a decimal amount: a comma may only separate thousands, as in 1,234.50</source>
        <translation>Kosten „%1“ sind kein Dezimalbetrag: ein Komma darf nur Tausender trennen, wie in 1,234.50</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="31"/>
        <source>cost &quot;%1&quot; is not a decimal amount</source>
        <translation>Kosten „%1“ sind kein Dezimalbetrag</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="32"/>
        <source>cost &quot;%1&quot; is too large (the limit is $%2)</source>
        <translation>Kosten „%1“ sind zu hoch (Grenze: $%2)</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="33"/>
        <source>broken quoting</source>
        <translation>fehlerhafte Anführungszeichen</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="34"/>
        <source>longer than 1 MiB (the limit for one line or field); skipped</source>
        <translation>länger als 1 MiB (die Grenze für eine Zeile oder ein Feld); übersprungen</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="35"/>
        <source>there is no account %1</source>
        <translation>es gibt kein Konto %1</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="36"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="37"/>
        <source>this is not a CSV file (it contains binary data)</source>
        <translation>das ist keine CSV-Datei (sie enthält Binärdaten)</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="38"/>
        <source>this is not a CSV file TokenLedger can read (broken quoting in the header)</source>
        <translation>das ist keine CSV-Datei, die TokenLedger lesen kann (fehlerhafte Anführungszeichen in der Kopfzeile)</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="39"/>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="40"/>
        <source>cannot make a temporary copy of the input: %1</source>
        <translation>keine temporäre Kopie der Eingabe möglich: %1</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="41"/>
        <source>this is not a CSV file TokenLedger can read (the first line is longer than 1 MiB)</source>
        <translation>das ist keine CSV-Datei, die TokenLedger lesen kann (die erste Zeile ist länger als 1 MiB)</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="43"/>
        <source>the %1 format needs a &quot;%2&quot; column</source>
        <translation>das Format %1 braucht eine Spalte „%2“</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="44"/>
        <source>this is not a CSV file (binary data on line %1)</source>
        <translation>das ist keine CSV-Datei (Binärdaten in Zeile %1)</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="45"/>
        <source>this file&apos;s lines end in a carriage return alone (an old Mac format); save it as CSV UTF-8 and import it again</source>
        <translation>die Zeilen dieser Datei enden nur mit einem Wagenrücklauf (ein altes Mac-Format); speichern Sie sie als CSV UTF-8 und importieren Sie sie erneut</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="48"/>
        <source>the column &quot;%1&quot; is in the header more than once; TokenLedger cannot tell which one to read</source>
        <translation>die Spalte &quot;%1&quot; steht mehr als einmal in der Kopfzeile; TokenLedger kann nicht erkennen, welche gelesen werden soll</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="50"/>
        <source>%1 of %2 rows are bad; nothing was imported</source>
        <translation>%1 von %2 Zeilen sind fehlerhaft; nichts wurde importiert</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="51"/>
        <source>this is not a CSV file TokenLedger can read (no comma-separated header)</source>
        <translation>das ist keine CSV-Datei, die TokenLedger lesen kann (keine durch Kommas getrennte Kopfzeile)</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="52"/>
        <source>this looks like the %1 format, which needs a &quot;%2&quot; column</source>
        <translation>das sieht nach dem Format %1 aus, das eine Spalte „%2“ braucht</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="53"/>
        <source>the columns (%1) match no format TokenLedger knows; map them in the import wizard or use the generic format (README: CSV import)</source>
        <translation>die Spalten (%1) passen zu keinem Format, das TokenLedger kennt; ordnen Sie sie im Import-Assistenten zu oder verwenden Sie das allgemeine Format (README: CSV import)</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="61"/>
        <source>input tokens</source>
        <translation>Eingabe-Tokens</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="62"/>
        <source>cached tokens</source>
        <translation>zwischengespeicherte Tokens</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="63"/>
        <source>cache-write tokens</source>
        <translation>Cache-Schreib-Tokens</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="64"/>
        <source>1-hour cache-write tokens</source>
        <translation>1-Stunden-Cache-Schreib-Tokens</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="65"/>
        <source>output tokens</source>
        <translation>Ausgabe-Tokens</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="66"/>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="67"/>
        <source>uncached input tokens</source>
        <translation>nicht zwischengespeicherte Eingabe-Tokens</translation>
    </message>
</context>
<context>
    <name>tl::DashboardPage</name>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="131"/>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="209"/>
        <source>No spending recorded yet</source>
        <translation>Noch keine Ausgaben erfasst</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="87"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="48"/>
        <source>Billed</source>
        <translation>Abgerechnet</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="50"/>
        <source>Estimated</source>
        <translation>Geschätzt</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="52"/>
        <source>Billed + estimated</source>
        <translation>Abgerechnet + geschätzt</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="54"/>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="135"/>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="250"/>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="58"/>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="329"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="93"/>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="71"/>
        <source>Month to date</source>
        <translation>Monat bisher</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="94"/>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="95"/>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="209"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="96"/>
        <source>Credits left</source>
        <translation>Restguthaben</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="111"/>
        <source>Daily spend</source>
        <translation>Tägliche Ausgaben</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="171"/>
        <source>By provider</source>
        <translation>Nach Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="187"/>
        <source>By model</source>
        <translation>Nach Modell</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="200"/>
        <source>By project or API key</source>
        <translation>Nach Projekt oder API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="213"/>
        <source>Tokens by kind</source>
        <translation>Tokens nach Art</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="225"/>
        <source>Models show usage cost — tokens × catalog prices, or the cost a provider reported per request — because bills are not itemised by model everywhere.</source>
        <translation>Modelle zeigen Nutzungskosten – Tokens × Katalogpreise oder die vom Anbieter pro Anfrage gemeldeten Kosten –, weil Rechnungen nicht überall nach Modell aufgeschlüsselt sind.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="232"/>
        <source>Models used through a subscription show no cost here: their usage is value at API prices, not spend (see Coding agents above).</source>
        <translation>Über ein Abo genutzte Modelle zeigen hier keine Kosten: Ihre Nutzung ist Wert zu API-Preisen, keine Ausgabe (siehe Coding-Agenten oben).</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="259"/>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="260"/>
        <source>Last 6 months</source>
        <translation>Letzte 6 Monate</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="261"/>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="268"/>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="305"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="269"/>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="306"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="270"/>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="305"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="281"/>
        <source>Trend by month (UTC)</source>
        <translation>Verlauf nach Monat (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="193"/>
        <source>The dashboard could not be read: %1</source>
        <translation>Das Dashboard konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="210"/>
        <source>Your accounts are set up, but no usage or billed cost has been reported so far. Run Sync Now, or check Sync History if a sync failed. Providers can take a few hours to report the latest day.</source>
        <translation>Ihre Konten sind eingerichtet, aber bisher wurden weder Nutzung noch abgerechnete Kosten gemeldet. Wählen Sie „Jetzt synchronisieren“ oder prüfen Sie den Synchronisierungsverlauf, falls eine Synchronisierung fehlgeschlagen ist. Anbieter brauchen mitunter einige Stunden, bis sie den letzten Tag melden.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="176"/>
        <source>By provider, %1</source>
        <translation>Nach Anbieter, %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="192"/>
        <source>By model, %1</source>
        <translation>Nach Modell, %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="205"/>
        <source>By project or API key, %1</source>
        <translation>Nach Projekt oder API-Schlüssel, %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="218"/>
        <source>Tokens by kind, %1</source>
        <translation>Tokens nach Art, %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="282"/>
        <source>Nothing was recorded on %1 (UTC days).</source>
        <translation>Im Zeitraum %1 (UTC-Tage) wurde nichts erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="283"/>
        <source>Nothing was recorded in %1 (%2, UTC days).</source>
        <translation>Im Zeitraum „%1“ (%2, UTC-Tage) wurde nichts erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="287"/>
        <source>The latest data is from %1.</source>
        <translation>Die neuesten Daten sind vom %1.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="288"/>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="292"/>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="291"/>
        <source>The earliest data is from %1.</source>
        <translation>Die ältesten Daten sind vom %1.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="117"/>
        <source>Daily spend, %1 (UTC days)</source>
        <translation>Tägliche Ausgaben, %1 (UTC-Tage)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="94"/>
        <source>All billed by the providers</source>
        <translation>Alles von den Anbietern abgerechnet</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="97"/>
        <source>All estimated from tokens × prices</source>
        <translation>Alles geschätzt aus Tokens × Preisen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="102"/>
        <source>billed %1</source>
        <translation>abgerechnet %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="104"/>
        <source>estimated %1</source>
        <translation>geschätzt %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="106"/>
        <source>manual %1</source>
        <translation>manuell %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="113"/>
        <source>All from manual entries</source>
        <translation>Alles aus manuellen Einträgen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="72"/>
        <source>Spent so far</source>
        <translation>Bisher ausgegeben</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="73"/>
        <source>Spent</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="77"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="82"/>
        <source>Nothing spent on %1 either</source>
        <translation>%1: ebenfalls nichts ausgegeben</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="82"/>
        <source>Nothing spent on %1</source>
        <translation>%1: nichts ausgegeben</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="85"/>
        <source>The same as on %1</source>
        <translation>Unverändert gegenüber %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="87"/>
        <source>%1 %2 % vs %3 on %4</source>
        <translation>%1 %2 % vs. %3 (%4)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="116"/>
        <source>Nothing recorded in this period</source>
        <translation>In diesem Zeitraum nichts erfasst</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="121"/>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="122"/>
        <source>%1 (UTC)</source>
        <translation>%1 (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="124"/>
        <source>Billed amounts come from a provider&apos;s cost API and win over estimates for the same account and day. Exact: %1</source>
        <translation>Abgerechnete Beträge stammen aus der Kosten-API eines Anbieters und haben für dasselbe Konto und denselben Tag Vorrang vor Schätzungen. Genau: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="134"/>
        <source>Daily average</source>
        <translation>Tagesdurchschnitt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="140"/>
        <source>Over %n UTC day(s)</source>
        <translation>
            <numerusform>Über %n UTC-Tag</numerusform>
            <numerusform>Über %n UTC-Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="153"/>
        <source>Highest day: %1 on %2</source>
        <translation>Höchster Tag: %1 am %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="154"/>
        <source>Spend on %n of those days</source>
        <translation>
            <numerusform>Ausgaben an %n Tag davon</numerusform>
            <numerusform>Ausgaben an %n Tagen davon</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="156"/>
        <source>Forecasts are for the current calendar month: choose This month to see one.</source>
        <translation>Prognosen gibt es für den laufenden Kalendermonat: Wählen Sie „Dieser Monat“, um eine zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="157"/>
        <source>A past period: actual spend, no forecast.</source>
        <translation>Ein vergangener Zeitraum: tatsächliche Ausgaben, keine Prognose.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="159"/>
        <source>The period&apos;s spend divided by its days so far, floored to the nano-dollar.</source>
        <translation>Die Ausgaben des Zeitraums geteilt durch seine bisherigen Tage, auf den Nano-Dollar abgerundet.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="163"/>
        <source>Forecast for %1</source>
        <translation>Prognose für %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="167"/>
        <source>Last day of the month: the forecast is the month so far.</source>
        <translation>Letzter Tag des Monats: Die Prognose ist der bisherige Monat.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="169"/>
        <source>No complete day of history yet: the forecast is the month so far.</source>
        <translation>Noch kein vollständiger Tag Verlauf: Die Prognose ist der bisherige Monat.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="172"/>
        <source>Month to date + %1 a day (the spend of %2, the one complete UTC day so far) × %4 days left.</source>
        <translation>Monat bisher + %1 pro Tag (die Ausgaben vom %2, dem bisher einzigen vollständigen UTC-Tag) × %4 verbleibende Tage.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="176"/>
        <source>Month to date + %1 a day (the mean of %2 – %3, %5 complete UTC days) × %4 days left.</source>
        <translation>Monat bisher + %1 pro Tag (Mittel von %2 – %3, %5 vollständige UTC-Tage) × %4 verbleibende Tage.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="184"/>
        <source>Plus %1 of fixed charges still due this month (manual entries).</source>
        <translation>Zuzüglich %1 an Fixkosten, die diesen Monat noch fällig sind (manuelle Einträge).</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="187"/>
        <source>Nothing spent this month and none in the days before: nothing to project yet.</source>
        <translation>In diesem Monat und in den Tagen davor wurde nichts ausgegeben: noch nichts hochzurechnen.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="189"/>
        <source>Range %1 – %2</source>
        <translation>Spanne %1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="191"/>
        <source>The range is the daily rate ± one standard deviation of those days.</source>
        <translation>Die Spanne ist die Tagesrate ± eine Standardabweichung dieser Tage.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="209"/>
        <source>Budget, %1</source>
        <translation>Budget, %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="211"/>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="212"/>
        <source>Set a monthly budget to be warned at 50 %, 80 % and 100 %.&lt;br&gt;&lt;a href=&quot;#budgets&quot;&gt;Open Budgets &amp;amp; Alerts&lt;/a&gt;</source>
        <translation>Legen Sie ein Monatsbudget fest, um bei 50 %, 80 % und 100 % gewarnt zu werden.&lt;br&gt;&lt;a href=&quot;#budgets&quot;&gt;Budgets &amp;amp; Warnungen öffnen&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="215"/>
        <source>%1 % used</source>
        <translation>%1 % verbraucht</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="219"/>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="219"/>
        <source>Stayed within budget</source>
        <translation>Im Budget geblieben</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="223"/>
        <source>Heading over: forecast %1</source>
        <translation>Läuft auf Überschreitung zu: Prognose %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="224"/>
        <source>Warning: past %1 %</source>
        <translation>Warnung: über %1 %</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="227"/>
        <source>Over by %1</source>
        <translation>Überschritten um %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="233"/>
        <source>%1 of %2 · %3&lt;br&gt;&lt;b style=&apos;color:%4&apos;&gt;%5&lt;/b&gt;&lt;br&gt;&lt;a href=&quot;#budgets&quot;&gt;%n budget(s)&lt;/a&gt;</source>
        <translation>
            <numerusform>%1 von %2 · %3&lt;br&gt;&lt;b style=&apos;color:%4&apos;&gt;%5&lt;/b&gt;&lt;br&gt;&lt;a href=&quot;#budgets&quot;&gt;%n Budget&lt;/a&gt;</numerusform>
            <numerusform>%1 von %2 · %3&lt;br&gt;&lt;b style=&apos;color:%4&apos;&gt;%5&lt;/b&gt;&lt;br&gt;&lt;a href=&quot;#budgets&quot;&gt;%n Budgets&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="251"/>
        <source>None of your providers reports a balance (OpenRouter and DeepSeek do).</source>
        <translation>Keiner Ihrer Anbieter meldet ein Guthaben (OpenRouter und DeepSeek tun es).</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="54"/>
        <source>— %1</source>
        <translation>— %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="288"/>
        <source>key limit left</source>
        <translation>Schlüssellimit übrig</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="289"/>
        <source>credits left</source>
        <translation>Guthaben übrig</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="290"/>
        <source>balance</source>
        <translation>Kontostand</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="310"/>
        <source>success</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="311"/>
        <source>partly</source>
        <translation>teilweise erfolgreich</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="312"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="313"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="315"/>
        <source>Last sync finished %1: %2.</source>
        <translation>Letzte Synchronisierung beendet am %1: %2.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="308"/>
        <source>Never synced.</source>
        <translation>Noch nie synchronisiert.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="275"/>
        <source>and %1</source>
        <translation>und %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="280"/>
        <source>key limit %1</source>
        <translation>Schlüssellimit %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="281"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="283"/>
        <source>as of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="294"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="295"/>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="324"/>
        <source>%n account(s) failing to sync — %1. See Sync History.</source>
        <translation>
            <numerusform>%n Konto kann nicht synchronisiert werden – %1. Siehe Synchronisierungsverlauf.</numerusform>
            <numerusform>%n Konten können nicht synchronisiert werden – %1. Siehe Synchronisierungsverlauf.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="327"/>
        <source>No alerts.</source>
        <translation>Keine Warnungen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="329"/>
        <source>%n unread alert(s); latest: %1</source>
        <translation>
            <numerusform>%n ungelesene Warnung; neueste: %1</numerusform>
            <numerusform>%n ungelesene Warnungen; neueste: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="305"/>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="309"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="305"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="305"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="307"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="307"/>
        <source>Unpriced tokens</source>
        <translation>Tokens ohne Preis</translation>
    </message>
</context>
<context>
    <name>tl::DesktopNotifier</name>
    <message>
        <location filename="../ui/alerts/freedesktopnotifications.cpp" line="109"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>tl::GroupBreakdownPanel</name>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="63"/>
        <source>By project / workspace</source>
        <translation>Nach Projekt / Workspace</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="64"/>
        <source>By API key</source>
        <translation>Nach API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="129"/>
        <source>Project / workspace</source>
        <translation>Projekt / Workspace</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="129"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="129"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="130"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="130"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="130"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="130"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="134"/>
        <source>(no project reported)</source>
        <translation>(kein Projekt gemeldet)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="135"/>
        <source>(no key reported)</source>
        <translation>(kein Schlüssel gemeldet)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="138"/>
        <source>Usage the provider or the file reported without one</source>
        <translation>Nutzung, die der Anbieter oder die Datei ohne diese Angabe gemeldet hat</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="146"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="151"/>
        <source>Could not read the breakdown: %1</source>
        <translation>Die Aufschlüsselung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="153"/>
        <source>No usage in this period.</source>
        <translation>Keine Nutzung in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="155"/>
        <source>None of this period&apos;s usage names a project: OpenAI reports projects, Anthropic workspaces, and CSV imports their project column.</source>
        <translation>Keine Nutzung dieses Zeitraums nennt ein Projekt: OpenAI meldet Projekte, Anthropic Workspaces und CSV-Importe ihre Projektspalte.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="157"/>
        <source>None of this period&apos;s usage names an API key: OpenAI and Anthropic report key ids when usage is grouped by key, CSV imports their key column.</source>
        <translation>Keine Nutzung dieses Zeitraums nennt einen API-Schlüssel: OpenAI und Anthropic melden Schlüssel-IDs, wenn die Nutzung nach Schlüssel gruppiert wird, CSV-Importe ihre Schlüsselspalte.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="160"/>
        <source>Usage cost, like the model breakdown; shares add up to exactly 100 %.</source>
        <translation>Nutzungskosten wie bei der Aufschlüsselung nach Modell; die Anteile ergeben genau 100 %.</translation>
    </message>
</context>
<context>
    <name>tl::Gui</name>
    <message>
        <location filename="../app/gui.cpp" line="115"/>
        <source>TokenLedger cannot open the team database</source>
        <translation>TokenLedger kann die Team-Datenbank nicht öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui.cpp" line="116"/>
        <source>%1

Open your personal ledger this time?</source>
        <translation>%1

Diesmal Ihr persönliches Kassenbuch öffnen?</translation>
    </message>
    <message>
        <location filename="../app/gui.cpp" line="121"/>
        <source>TokenLedger cannot start</source>
        <translation>TokenLedger kann nicht starten</translation>
    </message>
</context>
<context>
    <name>tl::ImportAccountPicker</name>
    <message>
        <location filename="../ui/usage/importaccountpicker.cpp" line="27"/>
        <source>Create an OpenAI account for imports</source>
        <translation>Ein OpenAI-Konto für Importe anlegen</translation>
    </message>
    <message>
        <location filename="../ui/usage/importaccountpicker.cpp" line="29"/>
        <source>Create an Anthropic account for imports</source>
        <translation>Ein Anthropic-Konto für Importe anlegen</translation>
    </message>
    <message>
        <location filename="../ui/usage/importaccountpicker.cpp" line="30"/>
        <source>Create a %1 account for imports</source>
        <translation>Ein %1-Konto für Importe anlegen</translation>
    </message>
    <message>
        <location filename="../ui/usage/importaccountpicker.cpp" line="159"/>
        <source>Could not read the accounts: %1</source>
        <translation>Die Konten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/importaccountpicker.cpp" line="208"/>
        <source>Add an account first (Accounts page): the provider&apos;s, or an “Other service” account for seats, subscriptions and local models.</source>
        <translation>Legen Sie zuerst ein Konto an (Seite Konten): das des Anbieters oder ein Konto „Anderer Dienst“ für Lizenzen, Abos und lokale Modelle.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importaccountpicker.cpp" line="211"/>
        <source>This file comes from %1, and there is no %1 account yet. Create one, or pick an account above to import into anyway.</source>
        <translation>Diese Datei stammt von %1, und es gibt noch kein %1-Konto. Legen Sie eines an oder wählen Sie oben trotzdem ein Konto für den Import.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importaccountpicker.cpp" line="216"/>
        <source>This file comes from %1, but %2 is a %3 account: its rows would count as %3 spend.</source>
        <translation>Diese Datei stammt von %1, aber %2 ist ein %3-Konto: Ihre Zeilen würden als %3-Ausgaben zählen.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importaccountpicker.cpp" line="219"/>
        <source>%1 is synced from the %2 API: days that both the sync and this file cover would be counted twice. An account for imports keeps them apart.</source>
        <translation>%1 wird über die %2-API synchronisiert: Tage, die sowohl die Synchronisierung als auch diese Datei abdecken, würden doppelt gezählt. Ein Konto für Importe hält sie getrennt.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importaccountpicker.cpp" line="225"/>
        <source>Chosen to match the file: it comes from %1.</source>
        <translation>Passend zur Datei gewählt: Sie stammt von %1.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importaccountpicker.cpp" line="242"/>
        <source>%1 imports</source>
        <translation>%1-Importe</translation>
    </message>
    <message>
        <location filename="../ui/usage/importaccountpicker.cpp" line="255"/>
        <source>The account was not added: %1</source>
        <translation>Das Konto wurde nicht hinzugefügt: %1</translation>
    </message>
</context>
<context>
    <name>tl::ImportDialog</name>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="38"/>
        <source>TokenLedger&apos;s generic usage format</source>
        <translation>Das allgemeine Nutzungsformat von TokenLedger</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="48"/>
        <source>Anthropic Console usage export</source>
        <translation>Nutzungsexport der Anthropic Console</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="50"/>
        <source>Anthropic Console cost export</source>
        <translation>Kostenexport der Anthropic Console</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="52"/>
        <source>Google Cloud Billing report (Gemini / Vertex AI rows)</source>
        <translation>Google-Cloud-Abrechnungsbericht (Zeilen zu Gemini / Vertex AI)</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="75"/>
        <source>%1 is syncing or importing this profile; nothing was imported. Import again when it has finished.</source>
        <translation>%1 synchronisiert oder importiert gerade in dieses Profil; es wurde nichts importiert. Importieren Sie erneut, wenn der Vorgang abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="77"/>
        <source>Another TokenLedger</source>
        <translation>Eine andere TokenLedger-Instanz</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="101"/>
        <source>Import the good rows and leave out the bad ones</source>
        <translation>Die guten Zeilen importieren und die fehlerhaften auslassen</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="102"/>
        <source>Check file</source>
        <translation>Datei prüfen</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="103"/>
        <location filename="../ui/usage/importdialog.cpp" line="142"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="106"/>
        <location filename="../ui/usage/importdialog.cpp" line="125"/>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="121"/>
        <source>Choose a CSV file…</source>
        <translation>CSV-Datei wählen…</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="122"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="125"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="142"/>
        <source>Import good rows only</source>
        <translation>Nur gute Zeilen importieren</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="187"/>
        <source>Date (UTC)</source>
        <translation>Datum (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="188"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="189"/>
        <source>Input tokens</source>
        <translation>Eingabe-Tokens</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="190"/>
        <source>Cached input tokens</source>
        <translation>Gecachte Eingabe-Tokens</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="191"/>
        <source>Output tokens</source>
        <translation>Ausgabe-Tokens</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="192"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="193"/>
        <source>Cost (USD)</source>
        <translation>Kosten (USD)</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="194"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="195"/>
        <source>API key id</source>
        <translation>API-Schlüssel-ID</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="462"/>
        <source>There is no good row to import.</source>
        <translation>Es gibt keine gute Zeile zum Importieren.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="464"/>
        <source>Fix the file, or tick the box below to import only the good rows (marked rows are left out).</source>
        <translation>Korrigieren Sie die Datei oder haken Sie das Kästchen unten an, um nur die guten Zeilen zu importieren (markierte Zeilen werden ausgelassen).</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="149"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="40"/>
        <source>OpenAI platform usage export</source>
        <translation>Nutzungsexport der OpenAI-Plattform</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="42"/>
        <source>OpenAI platform cost export</source>
        <translation>Kostenexport der OpenAI-Plattform</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="44"/>
        <source>Anthropic usage (Admin API field names)</source>
        <translation>Anthropic-Nutzung (Feldnamen der Admin API)</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="46"/>
        <source>Anthropic costs (Admin API field names)</source>
        <translation>Anthropic-Kosten (Feldnamen der Admin API)</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="150"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="279"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="284"/>
        <source>This is not a CSV file TokenLedger can read: it needs a header row of comma-separated column names.</source>
        <translation>Dies ist keine CSV-Datei, die TokenLedger lesen kann: Sie braucht eine Kopfzeile mit durch Kommas getrennten Spaltennamen.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="288"/>
        <source>Detected: %1. Rows without a cost are priced from the catalog and marked estimated; re-importing the same file changes nothing.</source>
        <translation>Erkannt: %1. Zeilen ohne Kosten werden aus dem Katalog bepreist und als geschätzt markiert; ein erneuter Import derselben Datei ändert nichts.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="293"/>
        <source>TokenLedger does not know these columns. Map them below: a date and a model are needed; columns left at “(none)” count as zero.</source>
        <translation>TokenLedger kennt diese Spalten nicht. Ordnen Sie sie unten zu: Datum und Modell sind nötig; Spalten auf „(keine)“ zählen als null.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="412"/>
        <source>Checking every row…</source>
        <translation>Prüfe jede Zeile…</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="412"/>
        <source>Importing…</source>
        <translation>Importiere…</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="443"/>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="446"/>
        <source>%1 rows: %2 good, %3 bad</source>
        <translation>%1 Zeilen: %2 gut, %3 fehlerhaft</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="448"/>
        <source>, %1 skipped (other Google Cloud services)</source>
        <translation>, %1 übersprungen (andere Google-Cloud-Dienste)</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="345"/>
        <location filename="../ui/usage/importdialog.cpp" line="456"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="254"/>
        <source>broken quoting</source>
        <translation>fehlerhafte Anführungszeichen</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="256"/>
        <source>longer than 1 MiB</source>
        <translation>länger als 1 MiB</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="452"/>
        <source>The good rows are for %1.</source>
        <translation>Die guten Zeilen gelten für %1.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="453"/>
        <source>The good rows cover %1 to %2.</source>
        <translation>Die guten Zeilen reichen von %1 bis %2.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="460"/>
        <source>… and %1 more bad rows.</source>
        <translation>… und %1 weitere fehlerhafte Zeilen.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="466"/>
        <source>Everything can be imported.</source>
        <translation>Alles kann importiert werden.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="469"/>
        <source>This file was imported before (import %1): nothing changed.</source>
        <translation>Diese Datei wurde bereits importiert (Import %1): Nichts hat sich geändert.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="473"/>
        <source>Imported: %1 new, %2 updated, %3 unchanged rows.</source>
        <translation>Importiert: %1 neue, %2 aktualisierte, %3 unveränderte Zeilen.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="477"/>
        <source>Recorded as import %1: Usage → Imports can undo it.</source>
        <translation>Als Import %1 erfasst: Unter Nutzung → Importe lässt er sich rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="479"/>
        <source>The same file was imported before (import %1).</source>
        <translation>Dieselbe Datei wurde bereits importiert (Import %1).</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="482"/>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
</context>
<context>
    <name>tl::ImportsView</name>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="66"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="69"/>
        <source>%1 bad</source>
        <translation>%1 fehlerhaft</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="71"/>
        <source>%1 skipped</source>
        <translation>%1 übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="79"/>
        <source>%1 new
%2 updated</source>
        <translation>%1 neu
%2 aktualisiert</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="82"/>
        <source>, %1 unchanged</source>
        <translation>, %1 unverändert</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="119"/>
        <source>%1 is using this profile; nothing was removed. Try again when it has finished.</source>
        <translation>%1 verwendet gerade dieses Profil; es wurde nichts entfernt. Versuchen Sie es erneut, wenn der Vorgang abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="120"/>
        <source>Another TokenLedger</source>
        <translation>Eine andere TokenLedger-Instanz</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="143"/>
        <source>No imports yet — File → Import CSV…</source>
        <translation>Noch keine Importe – Datei → CSV importieren…</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="144"/>
        <source>Every CSV import is listed here with what it read and wrote, and can be removed again: removing one takes out exactly the rows it added and puts back what it overwrote.</source>
        <translation>Jeder CSV-Import wird hier mit dem aufgeführt, was er gelesen und geschrieben hat, und lässt sich wieder entfernen: Dabei werden genau die Zeilen entfernt, die er hinzugefügt hat, und das wiederhergestellt, was er überschrieben hat.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="151"/>
        <source>Remove Import…</source>
        <translation>Import entfernen…</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="155"/>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="170"/>
        <source>Every CSV import, newest first. Removing one takes out exactly the rows it added and puts back what it overwrote; it stays listed, as removed.</source>
        <translation>Alle CSV-Importe, neueste zuerst. Beim Entfernen eines Imports werden genau die Zeilen entfernt, die er hinzugefügt hat, und das wiederhergestellt, was er überschrieben hat; er bleibt als entfernt aufgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="221"/>
        <source>The import history could not be read: %1</source>
        <translation>Der Importverlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="235"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="235"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="235"/>
        <source>File and format</source>
        <translation>Datei und Format</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="235"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="236"/>
        <source>Days (UTC)</source>
        <translation>Tage (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="236"/>
        <source>Rows good</source>
        <translation>Gute Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="236"/>
        <source>Rows written</source>
        <translation>Geschriebene Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="236"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="237"/>
        <source>When it was imported, in local time</source>
        <translation>Zeitpunkt des Imports, in Ortszeit</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="238"/>
        <source>Good rows of the rows read; bad and skipped rows</source>
        <translation>Gute Zeilen von den gelesenen Zeilen; fehlerhafte und übersprungene Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="240"/>
        <source>Rows it added, and rows it overwrote (updated, or written with the values they had)</source>
        <translation>Hinzugefügte Zeilen und überschriebene Zeilen (aktualisiert oder mit ihren bisherigen Werten geschrieben)</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="246"/>
        <source> · same file as %1</source>
        <translation> · dieselbe Datei wie %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="255"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="255"/>
        <source>Removed
%1</source>
        <translation>Entfernt
%1</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="257"/>
        <source>%1 — %2 bytes, SHA-256 %3</source>
        <translation>%1 – %2 Bytes, SHA-256 %3</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="302"/>
        <source>Select an import to see its file and to remove it.</source>
        <translation>Wählen Sie einen Import aus, um seine Datei zu sehen und ihn zu entfernen.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="305"/>
        <source>Import %1: %2 (%3 bytes, SHA-256 %4…) into %5, imported %6 (local time).</source>
        <translation>Import %1: %2 (%3 Bytes, SHA-256 %4…) in %5, importiert am %6 (Ortszeit).</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="309"/>
        <source>Removed %1: what it added is gone and what it overwrote is back. Importing the file again brings its rows back.</source>
        <translation>Entfernt am %1: Was er hinzugefügt hat, ist weg, und was er überschrieben hat, ist wiederhergestellt. Ein erneuter Import der Datei bringt seine Zeilen zurück.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/usage/importsview.cpp" line="317"/>
        <source>takes out the %n row(s) it added</source>
        <translation>
            <numerusform>verschwindet die %n Zeile, die er hinzugefügt hat</numerusform>
            <numerusform>verschwinden die %n Zeilen, die er hinzugefügt hat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/usage/importsview.cpp" line="319"/>
        <source>puts back the %n row(s) it overwrote, as they were before it</source>
        <translation>
            <numerusform>wird die %n Zeile, die er überschrieben hat, auf den Stand vor ihm zurückgesetzt</numerusform>
            <numerusform>werden die %n Zeilen, die er überschrieben hat, auf den Stand vor ihm zurückgesetzt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="322"/>
        <source>Removing it %1 and %2.</source>
        <translation>Wird der Import entfernt, %1, und %2.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="324"/>
        <source>Removing it %1; nothing needs putting back.</source>
        <translation>Wird der Import entfernt, %1; wiederherzustellen ist nichts.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="326"/>
        <source>Removing it %1.</source>
        <translation>Wird der Import entfernt, %1.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="328"/>
        <source>No row is still as it left it; removing it only marks it removed.</source>
        <translation>Keine Zeile ist mehr so, wie der Import sie hinterlassen hat; beim Entfernen wird er nur als entfernt markiert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/usage/importsview.cpp" line="331"/>
        <source>%n row(s) that a later import wrote again keep that import&apos;s values.</source>
        <translation>
            <numerusform>%n Zeile, die ein späterer Import erneut geschrieben hat, behält dessen Werte.</numerusform>
            <numerusform>%n Zeilen, die ein späterer Import erneut geschrieben hat, behalten dessen Werte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="333"/>
        <location filename="../ui/usage/importsview.cpp" line="349"/>
        <source>Totals, budgets and alerts follow.</source>
        <translation>Summen, Budgets und Warnungen werden entsprechend angepasst.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/usage/importsview.cpp" line="340"/>
        <source>%n row(s) it added are gone</source>
        <translation>
            <numerusform>%n hinzugefügte Zeile ist entfernt</numerusform>
            <numerusform>%n hinzugefügte Zeilen sind entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/usage/importsview.cpp" line="342"/>
        <source>%n row(s) it overwrote are as they were before it</source>
        <translation>
            <numerusform>%n überschriebene Zeile ist wieder wie vor dem Import</numerusform>
            <numerusform>%n überschriebene Zeilen sind wieder wie vor dem Import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/usage/importsview.cpp" line="344"/>
        <source>%n row(s) a later import wrote again keep that import&apos;s values</source>
        <translation>
            <numerusform>%n von einem späteren Import erneut geschriebene Zeile behält dessen Werte</numerusform>
            <numerusform>%n von einem späteren Import erneut geschriebene Zeilen behalten dessen Werte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="347"/>
        <source>Removed import %1; no row was still as it had left it.</source>
        <translation>Import %1 entfernt; keine Zeile war mehr so, wie er sie hinterlassen hatte.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="348"/>
        <source>Removed import %1: %2.</source>
        <translation>Import %1 entfernt: %2.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="358"/>
        <source>Import %1 was already removed on %2; there is nothing to undo.</source>
        <translation>Import %1 wurde bereits am %2 entfernt; es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="376"/>
        <location filename="../ui/usage/importsview.cpp" line="383"/>
        <source>Remove Import</source>
        <translation>Import entfernen</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="377"/>
        <source>Remove import %1, %2 into %3 (%4)?</source>
        <translation>Import %1 entfernen, %2 in %3 (%4)?</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="381"/>
        <source>It stays listed as removed; importing the file again brings its rows back.</source>
        <translation>Er bleibt als entfernt aufgeführt; ein erneuter Import der Datei bringt seine Zeilen zurück.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="402"/>
        <source>Working out what removing import %1 changes…</source>
        <translation>Ermittle, was das Entfernen von Import %1 ändert…</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="403"/>
        <source>Removing import %1…</source>
        <translation>Entferne Import %1…</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="409"/>
        <source>Import %1 was not removed: %2</source>
        <translation>Import %1 wurde nicht entfernt: %2</translation>
    </message>
</context>
<context>
    <name>tl::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="75"/>
        <source>TokenLedger</source>
        <translation>TokenLedger</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="49"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="51"/>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="53"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="345"/>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="55"/>
        <source>Budgets &amp; Alerts</source>
        <translation>Budgets &amp; Warnungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="57"/>
        <source>Sync History</source>
        <translation>Synchronisierungsverlauf</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="59"/>
        <source>Pricing</source>
        <translation>Preise</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="61"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="137"/>
        <source>View</source>
        <translation>Ansehen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="139"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="172"/>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="186"/>
        <source>Sync cancelled: the account being synced stored nothing.</source>
        <translation>Synchronisierung abgebrochen: Das gerade synchronisierte Konto hat nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="196"/>
        <source>Sync waits for %1 to finish with this profile…</source>
        <translation>Synchronisierung wartet, bis %1 mit diesem Profil fertig ist …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="226"/>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="314"/>
        <source>&lt;b&gt;New alert:&lt;/b&gt; %1 — %2</source>
        <translation>&lt;b&gt;Neue Warnung:&lt;/b&gt; %1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="315"/>
        <source>&lt;b&gt;%1 new alerts&lt;/b&gt;, the latest: %2</source>
        <translation>&lt;b&gt;%1 neue Warnungen&lt;/b&gt;, die neueste: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="334"/>
        <source>%1 more TokenLedger alerts</source>
        <translation>%1 weitere TokenLedger-Warnungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="335"/>
        <source>Open Budgets &amp; Alerts to see them all.</source>
        <translation>Öffnen Sie Budgets &amp; Warnungen, um alle zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="345"/>
        <source>Budgets &amp; Alerts (%1)</source>
        <translation>Budgets &amp; Warnungen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="397"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="399"/>
        <source>&amp;Sync Now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="403"/>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="409"/>
        <source>Add &amp;Manual Entry…</source>
        <translation>&amp;Manuellen Eintrag hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="416"/>
        <source>Connect to a &amp;Team Database…</source>
        <translation>Mit &amp;Team-Datenbank verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="421"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="425"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="432"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="433"/>
        <source>&amp;About TokenLedger</source>
        <translation>Über &amp;TokenLedger</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="438"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>tl::ManualEntriesView</name>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="44"/>
        <source>e.g. GitHub Copilot Business, 5 seats</source>
        <translation>z. B. GitHub Copilot Business, 5 Lizenzen</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="49"/>
        <source>every month from</source>
        <translation>jeden Monat ab</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="50"/>
        <source>once, on</source>
        <translation>einmalig am</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="54"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="56"/>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="58"/>
        <source>End…</source>
        <translation>Beenden …</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="60"/>
        <source>Stop its monthly charge from a day on; the charges so far stay.</source>
        <translation>Die monatliche Buchung ab einem Tag beenden; die bisherigen Buchungen bleiben.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="61"/>
        <source>Remove…</source>
        <translation>Entfernen …</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="280"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="67"/>
        <source>For what no API reports: seats and subscriptions billed per month (Copilot, ChatGPT Team), or a one-off cost (a GPU box for local models). Amounts are in USD, added to every total and shown as manual.</source>
        <translation>Für das, was keine API meldet: monatlich abgerechnete Lizenzen und Abos (Copilot, ChatGPT Team) oder einmalige Kosten (ein GPU-Rechner für lokale Modelle). Beträge in USD, in jeder Summe enthalten und als manuell gekennzeichnet.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="46"/>
        <source>USD, e.g. %1</source>
        <translation>USD, z. B. %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="159"/>
        <source>Add an account first — an “Other service” account suits seats and subscriptions.</source>
        <translation>Legen Sie zuerst ein Konto an – ein Konto „Anderer Dienst“ passt für Lizenzen und Abos.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="110"/>
        <location filename="../ui/usage/manualentriesview.cpp" line="161"/>
        <source>Say what it is.</source>
        <translation>Geben Sie an, was es ist.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="192"/>
        <source>Added.</source>
        <translation>Hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="192"/>
        <source>Not added: %1</source>
        <translation>Nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="217"/>
        <source>Removed; its charges are gone from every total.</source>
        <translation>Entfernt; seine Beträge sind aus allen Summen verschwunden.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="218"/>
        <source>Not removed: %1</source>
        <translation>Nicht entfernt: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="253"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="253"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="268"/>
        <source>Remove Manual Entry</source>
        <translation>Manuellen Eintrag entfernen</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="268"/>
        <source>Remove “%1”?</source>
        <translation>„%1“ entfernen?</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="273"/>
        <source>It has not charged anything yet.</source>
        <translation>Bisher wurde nichts gebucht.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="274"/>
        <source>Its history goes with it: the charges so far (%1, %2) leave every total.</source>
        <translation>Sein Verlauf wird mit entfernt: Die bisherigen Buchungen (%1, %2) fallen aus allen Summen heraus.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="278"/>
        <source>To stop its charges but keep the ones so far, end it instead.</source>
        <translation>Um weitere Buchungen zu stoppen, die bisherigen aber zu behalten, beenden Sie den Eintrag stattdessen.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="280"/>
        <source>Remove with Its History</source>
        <translation>Mit Verlauf entfernen</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="285"/>
        <source>End Instead…</source>
        <translation>Stattdessen beenden …</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="315"/>
        <source>Manual entries could not be read: %1</source>
        <translation>Manuelle Einträge konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="319"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="319"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="319"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="319"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="319"/>
        <source>Charged so far</source>
        <translation>Bisher berechnet</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="331"/>
        <source>monthly from %1 to %2</source>
        <translation>monatlich von %1 bis %2</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="332"/>
        <source>monthly from %1</source>
        <translation>monatlich ab %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="330"/>
        <source>once on %1</source>
        <translation>einmalig am %1</translation>
    </message>
</context>
<context>
    <name>tl::ManualEntryDialog</name>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="25"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="35"/>
        <source>Type an amount in US dollars, like 95 or %1.</source>
        <translation>Geben Sie einen Betrag in US-Dollar ein, etwa 95 oder %1.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="38"/>
        <source>The amount must be more than zero.</source>
        <translation>Der Betrag muss größer als null sein.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="50"/>
        <source>Ends on</source>
        <translation>Endet am</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="58"/>
        <source>End “%1”</source>
        <translation>„%1“ beenden</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="58"/>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="63"/>
        <source>every month</source>
        <translation>jeden Monat</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="64"/>
        <source>once</source>
        <translation>einmalig</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="73"/>
        <source>The last day it applies: no charge after it; the charges before it stay.</source>
        <translation>Der letzte Tag, an dem der Eintrag gilt: Danach gibt es keine Buchung mehr; die Buchungen davor bleiben.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="88"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="89"/>
        <source>Amount (USD)</source>
        <translation>Betrag (USD)</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="90"/>
        <source>Charged</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="91"/>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="97"/>
        <source>The new amount applies:</source>
        <translation>Der neue Betrag gilt:</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="148"/>
        <location filename="../ui/usage/manualentrydialog.cpp" line="193"/>
        <source>Say what it is.</source>
        <translation>Geben Sie an, was es ist.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="153"/>
        <source>It cannot end before it starts (%1).</source>
        <translation>Der Eintrag kann nicht vor seinem Beginn (%1) enden.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="174"/>
        <source>The charges so far (%1) stay as they were.</source>
        <translation>Die bisherigen Buchungen (%1) bleiben, wie sie waren.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="178"/>
        <source>Nothing has been charged yet.</source>
        <translation>Bisher wurde nichts gebucht.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="180"/>
        <source>The charges so far (%1) stay as they are.</source>
        <translation>Die bisherigen Buchungen (%1) bleiben unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="182"/>
        <source>This changes the charges so far: %1 → %2.</source>
        <translation>Das ändert die bisherigen Buchungen: %1 → %2.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="185"/>
        <source>Next charge: %1 on %2.</source>
        <translation>Nächste Buchung: %1 am %2.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="187"/>
        <source>No charge after %1.</source>
        <translation>Keine Buchung nach dem %1.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="205"/>
        <source>from the next charge on (%1): the charges so far stay</source>
        <translation>ab der nächsten Buchung (%1): Die bisherigen Buchungen bleiben</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="206"/>
        <source>to no charge (none follows): the charges so far stay</source>
        <translation>für keine Buchung (es folgt keine): Die bisherigen Buchungen bleiben</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="207"/>
        <source>to the charges so far too (a correction)</source>
        <translation>auch für die bisherigen Buchungen (eine Korrektur)</translation>
    </message>
</context>
<context>
    <name>tl::MonthPickerDialog</name>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="175"/>
        <source>Choose a month</source>
        <translation>Monat wählen</translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="194"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
</context>
<context>
    <name>tl::NetBackend</name>
    <message>
        <location filename="../core/net/netbackend.cpp" line="92"/>
        <source>TokenLedger&apos;s network module (libtokenledger-net) could not be loaded, so nothing can be synced and no key can be read or stored: %1. Reinstall TokenLedger.</source>
        <translation>Das Netzwerkmodul von TokenLedger (libtokenledger-net) konnte nicht geladen werden, daher kann nichts synchronisiert und kein Schlüssel gelesen oder gespeichert werden: %1. Installieren Sie TokenLedger neu.</translation>
    </message>
</context>
<context>
    <name>tl::Origins</name>
    <message>
        <location filename="../core/common/origins.cpp" line="49"/>
        <source>&quot;%1&quot; is not an http(s) URL</source>
        <translation>&quot;%1&quot; ist keine http(s)-Adresse</translation>
    </message>
    <message>
        <location filename="../core/common/origins.cpp" line="51"/>
        <source>&quot;%1&quot; carries a user name or password; give the key separately</source>
        <translation>&quot;%1&quot; enthält einen Benutzernamen oder ein Passwort; geben Sie den Schlüssel getrennt an</translation>
    </message>
    <message>
        <location filename="../core/common/origins.cpp" line="55"/>
        <source>&quot;%1&quot; is plain http to another machine: the key would cross the network unencrypted. Use https, or allow insecure http explicitly</source>
        <translation>&quot;%1&quot; ist unverschlüsseltes http zu einem anderen Rechner: Der Schlüssel ginge unverschlüsselt durchs Netz. Verwenden Sie https oder erlauben Sie unsicheres http ausdrücklich</translation>
    </message>
</context>
<context>
    <name>tl::OverrideDialog</name>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="60"/>
        <source>From the beginning (all stored usage)</source>
        <translation>Von Anfang an (alle gespeicherte Nutzung)</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="63"/>
        <source>required, e.g. %1</source>
        <translation>erforderlich, z. B. %1</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="64"/>
        <location filename="../ui/pricing/overridedialog.cpp" line="65"/>
        <location filename="../ui/pricing/overridedialog.cpp" line="66"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="67"/>
        <source>required, e.g. 10</source>
        <translation>erforderlich, z. B. 10</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="73"/>
        <source>Price Override</source>
        <translation>Eigener Preis</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="78"/>
        <source>model name as the provider reports it, e.g. gpt-4o</source>
        <translation>Modellname wie vom Anbieter gemeldet, z. B. gpt-4o</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="87"/>
        <source>optional, e.g. negotiated enterprise rate</source>
        <translation>optional, z. B. ausgehandelter Unternehmenstarif</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="92"/>
        <source>Your price wins over the catalog for this model (every dated snapshot of it) from the day you choose. Prices are USD per 1M tokens. Stored usage is re-priced when you save; costs a provider billed are never changed.</source>
        <translation>Ihr Preis gilt ab dem gewählten Tag anstelle des Katalogpreises für dieses Modell (und alle datierten Versionen davon). Preise in USD pro 1 Mio. Tokens. Beim Speichern wird die gespeicherte Nutzung neu bewertet; von Anbietern abgerechnete Kosten bleiben unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="99"/>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="100"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="101"/>
        <source>Applies:</source>
        <translation>Gilt:</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="102"/>
        <source>From (UTC day):</source>
        <translation>Ab (UTC-Tag):</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="103"/>
        <source>Input:</source>
        <translation>Eingabe:</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="104"/>
        <source>Output:</source>
        <translation>Ausgabe:</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="105"/>
        <source>Cached input:</source>
        <translation>Gecachte Eingabe:</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="106"/>
        <source>Cache write (5 min):</source>
        <translation>Cache-Schreiben (5 Min.):</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="107"/>
        <source>Cache write (1 h):</source>
        <translation>Cache-Schreiben (1 Std.):</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="108"/>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="151"/>
        <source>Enter the model name.</source>
        <translation>Geben Sie den Modellnamen ein.</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="158"/>
        <source>Prices are non-negative numbers of US dollars with at most 9 decimals, such as 2.50 or 0.075.</source>
        <translation>Preise sind nicht negative Zahlen in US-Dollar mit höchstens 9 Nachkommastellen, etwa 2.50 oder 0.075.</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="160"/>
        <source>Enter at least the input and output prices.</source>
        <translation>Geben Sie mindestens den Eingabe- und den Ausgabepreis ein.</translation>
    </message>
</context>
<context>
    <name>tl::PeriodBar</name>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="27"/>
        <location filename="../ui/common/periodbar.cpp" line="53"/>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="33"/>
        <source>Previous period</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="36"/>
        <source>Next period</source>
        <translation>Nächster Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="54"/>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="57"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="58"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="59"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="61"/>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="62"/>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="64"/>
        <source>Choose a month…</source>
        <translation>Monat wählen …</translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="67"/>
        <source>Custom range…</source>
        <translation>Eigener Zeitraum …</translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="108"/>
        <source>%1 (UTC days)</source>
        <translation>%1 (UTC-Tage)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/periodbar.cpp" line="119"/>
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Letzter %n Tag</numerusform>
            <numerusform>Letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="121"/>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="139"/>
        <location filename="../ui/common/periodbar.cpp" line="147"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>tl::PriceTableModel</name>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="45"/>
        <source>Requests above %1 input tokens: $%2 per 1M</source>
        <translation>Anfragen über %1 Eingabe-Tokens: $%2 pro 1 Mio.</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="47"/>
        <source>Daily totals are priced at the base price.</source>
        <translation>Tagessummen werden zum Grundpreis bewertet.</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="96"/>
        <source>Your override</source>
        <translation>Eigener Preis</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="96"/>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="123"/>
        <source>Your price wins over the catalog from %1 on.</source>
        <translation>Ihr Preis gilt ab %1 anstelle des Katalogpreises.</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="145"/>
        <source>USD per 1M tokens</source>
        <translation>USD pro 1 Mio. Tokens</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="150"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="152"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="154"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="156"/>
        <source>Cached input</source>
        <translation>Gecachte Eingabe</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="158"/>
        <source>Cache write</source>
        <translation>Cache-Schreiben</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="160"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="162"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="164"/>
        <source>In force since</source>
        <translation>Gültig seit</translation>
    </message>
</context>
<context>
    <name>tl::PricingPage</name>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="71"/>
        <source>bundled with TokenLedger</source>
        <translation>mit TokenLedger ausgeliefert</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="72"/>
        <source>loaded from %1</source>
        <translation>geladen aus %1</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="73"/>
        <source>Catalog: genai-prices, data of %1 (%2) — %3 models, %4 override(s).</source>
        <translation>Katalog: genai-prices, Stand %1 (%2) – %3 Modelle, %4 eigene(r) Preis(e).</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="74"/>
        <source>unknown date</source>
        <translation>unbekanntes Datum</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="78"/>
        <source>Loaded %1.</source>
        <translation>Geladen %1.</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="93"/>
        <source>Add Override…</source>
        <translation>Eigenen Preis hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="94"/>
        <location filename="../ui/pricing/pricingpage.cpp" line="313"/>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="95"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="111"/>
        <source>Price Them…</source>
        <translation>Preise festlegen …</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="125"/>
        <source>Search models…</source>
        <translation>Modelle suchen …</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="128"/>
        <source>All providers</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="152"/>
        <source>Prices in USD per 1M tokens, in force today (UTC). * Tiered: requests above a size threshold cost more; daily totals are priced at the base price. Price data © Pydantic Services Inc., MIT licence.</source>
        <translation>Preise in USD pro 1 Mio. Tokens, heute gültig (UTC). * Gestaffelt: Anfragen über einer Größenschwelle kosten mehr; Tagessummen werden zum Grundpreis bewertet. Preisdaten © Pydantic Services Inc., MIT-Lizenz.</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="217"/>
        <source>The price catalog could not be read: %1</source>
        <translation>Der Preiskatalog konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="248"/>
        <source>%1 (%2, %3 tokens)</source>
        <translation>%1 (%2, %3 Tokens)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pricing/pricingpage.cpp" line="250"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pricing/pricingpage.cpp" line="251"/>
        <source>%n model(s) in your data have no price, so their usage is not counted in any cost: %1.</source>
        <translation>
            <numerusform>%n Modell in Ihren Daten hat keinen Preis; seine Nutzung fließt in keine Kosten ein: %1.</numerusform>
            <numerusform>%n Modelle in Ihren Daten haben keinen Preis; ihre Nutzung fließt in keine Kosten ein: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="259"/>
        <source>%1 tokens are “(unattributed)”: usage the provider reported without a model name. That is no model to add a price for — its cost comes from the provider&apos;s billed amount, or cannot be estimated.</source>
        <translation>%1 Tokens sind „(unattributed)“: Nutzung, die der Anbieter ohne Modellnamen gemeldet hat. Dafür lässt sich kein Modellpreis hinterlegen – ihre Kosten stammen aus dem vom Anbieter abgerechneten Betrag oder können nicht geschätzt werden.</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="313"/>
        <source>Override…</source>
        <translation>Eigener Preis …</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="352"/>
        <source>Remove Override</source>
        <translation>Eigenen Preis entfernen</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="353"/>
        <source>Remove your price for %1 (%2) from %3? Its usage is re-priced from the catalog, or shown as unpriced if the catalog has no price.</source>
        <translation>Ihren Preis für %1 (%2) ab %3 entfernen? Die Nutzung wird dann nach dem Katalog bewertet oder als „ohne Preis“ gezeigt, wenn der Katalog keinen Preis hat.</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="373"/>
        <source>Saving the price and re-pricing stored usage…</source>
        <translation>Preis wird gespeichert und die Nutzung neu bewertet …</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="389"/>
        <source>Price saved; stored usage is re-priced as soon as the running sync or import has finished.</source>
        <translation>Preis gespeichert; die gespeicherte Nutzung wird neu bewertet, sobald die laufende Synchronisierung oder der laufende Import abgeschlossen ist.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pricing/pricingpage.cpp" line="391"/>
        <source>Price saved; %n stored row(s) re-priced.</source>
        <translation>
            <numerusform>Preis gespeichert; %n gespeicherte Zeile neu bewertet.</numerusform>
            <numerusform>Preis gespeichert; %n gespeicherte Zeilen neu bewertet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="387"/>
        <source>The price was not saved: %1</source>
        <translation>Der Preis wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="400"/>
        <source>Removing the price and re-pricing stored usage…</source>
        <translation>Preis wird entfernt und die Nutzung neu bewertet …</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="417"/>
        <source>Override removed; stored usage is re-priced as soon as the running sync or import has finished.</source>
        <translation>Eigener Preis entfernt; die gespeicherte Nutzung wird neu bewertet, sobald die laufende Synchronisierung oder der laufende Import abgeschlossen ist.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pricing/pricingpage.cpp" line="419"/>
        <source>Override removed; %n stored row(s) re-priced.</source>
        <translation>
            <numerusform>Eigener Preis entfernt; %n gespeicherte Zeile neu bewertet.</numerusform>
            <numerusform>Eigener Preis entfernt; %n gespeicherte Zeilen neu bewertet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="415"/>
        <source>The override was not removed: %1</source>
        <translation>Der eigene Preis wurde nicht entfernt: %1</translation>
    </message>
</context>
<context>
    <name>tl::ProviderInfo</name>
    <message>
        <location filename="../core/providers/providercatalog.cpp" line="14"/>
        <source>An organization admin key (sk-admin-…): only it can read the Usage and Costs APIs. An organization owner creates one under Settings → Organization → Admin keys; give it read-only access. Project keys (sk-proj-…) cannot read usage.</source>
        <translation>Ein Admin-Schlüssel der Organisation (sk-admin-…): Nur er kann die Usage- und Costs-APIs lesen. Ein Organisationsinhaber erstellt ihn unter Settings → Organization → Admin keys; geben Sie ihm nur Lesezugriff. Projektschlüssel (sk-proj-…) können die Nutzung nicht lesen.</translation>
    </message>
    <message>
        <location filename="../core/providers/providercatalog.cpp" line="20"/>
        <source>An Admin API key (sk-ant-admin…): only it can read the usage and cost reports. Organization admins create one in the Console under Settings → Admin keys. Individual accounts have no Admin API: import a CSV instead.</source>
        <translation>Ein Admin-API-Schlüssel (sk-ant-admin…): Nur er kann die Nutzungs- und Kostenberichte lesen. Organisationsadmins erstellen ihn in der Console unter Settings → Admin keys. Einzelkonten haben keine Admin-API: Importieren Sie stattdessen eine CSV.</translation>
    </message>
    <message>
        <location filename="../core/providers/providercatalog.cpp" line="26"/>
        <source>A Gemini API key, used only to test the connection: Google offers no usage API for it. Import the Cloud Billing report CSV or add entries manually.</source>
        <translation>Ein Gemini-API-Schlüssel, nur zum Testen der Verbindung: Google bietet dafür keine Nutzungs-API. Importieren Sie den CSV-Bericht von Cloud Billing oder fügen Sie Einträge manuell hinzu.</translation>
    </message>
    <message>
        <location filename="../core/providers/providercatalog.cpp" line="31"/>
        <source>A management key (Settings → Management keys) syncs daily usage, spend and credits; an ordinary key only its own limit.</source>
        <translation>Ein Verwaltungsschlüssel (Settings → Management keys) synchronisiert tägliche Nutzung, Ausgaben und Guthaben; ein gewöhnlicher Schlüssel nur sein eigenes Limit.</translation>
    </message>
    <message>
        <location filename="../core/providers/providercatalog.cpp" line="35"/>
        <source>An ordinary API key: it reads the balance. DeepSeek has no usage history API.</source>
        <translation>Ein gewöhnlicher API-Schlüssel: Er liest das Guthaben. DeepSeek hat keine API für den Nutzungsverlauf.</translation>
    </message>
    <message>
        <location filename="../core/providers/providercatalog.cpp" line="38"/>
        <source>An API key, used to test the connection. xAI&apos;s billing API is not verified yet: import a CSV or add entries manually.</source>
        <translation>Ein API-Schlüssel, zum Testen der Verbindung. Die Abrechnungs-API von xAI ist noch nicht geprüft: Importieren Sie eine CSV oder fügen Sie Einträge manuell hinzu.</translation>
    </message>
    <message>
        <location filename="../core/providers/providercatalog.cpp" line="43"/>
        <source>An API key, used only to test the connection: Groq offers no usage API.</source>
        <translation>Ein API-Schlüssel, nur zum Testen der Verbindung: Groq bietet keine Nutzungs-API.</translation>
    </message>
    <message>
        <location filename="../core/providers/providercatalog.cpp" line="46"/>
        <source>An API key. Perplexity offers no usage API and no free way to check a key.</source>
        <translation>Ein API-Schlüssel. Perplexity bietet keine Nutzungs-API und keine kostenlose Möglichkeit, einen Schlüssel zu prüfen.</translation>
    </message>
    <message>
        <location filename="../core/providers/providercatalog.cpp" line="49"/>
        <source>An API key, used only to test the connection: Mistral offers no usage API.</source>
        <translation>Ein API-Schlüssel, nur zum Testen der Verbindung: Mistral bietet keine Nutzungs-API.</translation>
    </message>
    <message>
        <location filename="../core/providers/providercatalog.cpp" line="51"/>
        <location filename="../core/providers/providercatalog.cpp" line="85"/>
        <source>Other service</source>
        <translation>Anderer Dienst</translation>
    </message>
    <message>
        <location filename="../core/providers/providercatalog.cpp" line="52"/>
        <source>No key: for what is billed per seat or per month (GitHub Copilot, ChatGPT Team, a GPU box running local models). Add manual entries or import a CSV for it.</source>
        <translation>Kein Schlüssel: für das, was pro Platz oder pro Monat abgerechnet wird (GitHub Copilot, ChatGPT Team, ein GPU-Rechner für lokale Modelle). Fügen Sie dafür manuelle Einträge hinzu oder importieren Sie eine CSV.</translation>
    </message>
    <message>
        <location filename="../core/providers/providercatalog.cpp" line="58"/>
        <source>No key: TokenLedger reads the logs Claude Code writes on this computer (~/.claude/projects, ~/.config/claude/projects or CLAUDE_CONFIG_DIR).</source>
        <translation>Kein Schlüssel: TokenLedger liest die Protokolle, die Claude Code auf diesem Computer schreibt (~/.claude/projects, ~/.config/claude/projects oder CLAUDE_CONFIG_DIR).</translation>
    </message>
    <message>
        <location filename="../core/providers/providercatalog.cpp" line="63"/>
        <source>No key: TokenLedger reads the session logs Codex CLI writes on this computer ($CODEX_HOME or ~/.codex).</source>
        <translation>Kein Schlüssel: TokenLedger liest die Sitzungsprotokolle, die Codex CLI auf diesem Computer schreibt ($CODEX_HOME oder ~/.codex).</translation>
    </message>
    <message>
        <location filename="../core/providers/providercatalog.cpp" line="68"/>
        <source>No key: TokenLedger reads the chat logs Gemini CLI writes on this computer (~/.gemini/tmp/*/chats).</source>
        <translation>Kein Schlüssel: TokenLedger liest die Chatprotokolle, die Gemini CLI auf diesem Computer schreibt (~/.gemini/tmp/*/chats).</translation>
    </message>
    <message>
        <location filename="../core/providers/otheradapters.cpp" line="50"/>
        <source>Connected with a management key: daily history and credits will sync.</source>
        <translation>Verbunden mit einem Verwaltungsschlüssel: Tagesverlauf und Guthaben werden synchronisiert.</translation>
    </message>
    <message>
        <location filename="../core/providers/otheradapters.cpp" line="52"/>
        <source>Connected. This is not a management key: only its limit syncs; daily history needs a management key.</source>
        <translation>Verbunden. Dies ist kein Verwaltungsschlüssel: nur sein Limit wird synchronisiert; der Tagesverlauf braucht einen Verwaltungsschlüssel.</translation>
    </message>
    <message>
        <location filename="../core/providers/otheradapters.cpp" line="198"/>
        <source>Connected: the balance can be read.</source>
        <translation>Verbunden: das Guthaben kann gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/providers/otheradapters.cpp" line="248"/>
        <source>%1 offers no usage API that this key can read — import a CSV or add entries manually.</source>
        <translation>%1 bietet keine Nutzungs-API, die dieser Schlüssel lesen kann – importieren Sie eine CSV-Datei oder fügen Sie Einträge von Hand hinzu.</translation>
    </message>
    <message>
        <location filename="../core/providers/otheradapters.cpp" line="277"/>
        <source>Nothing to test: this account holds manual entries and imported CSV files.</source>
        <translation>Nichts zu testen: dieses Konto enthält manuelle Einträge und importierte CSV-Dateien.</translation>
    </message>
    <message>
        <location filename="../core/providers/otheradapters.cpp" line="286"/>
        <source>Perplexity has no free way to check a key, and TokenLedger never makes paid requests.</source>
        <translation>Perplexity bietet keine kostenlose Möglichkeit, einen Schlüssel zu prüfen, und TokenLedger stellt nie kostenpflichtige Anfragen.</translation>
    </message>
    <message>
        <location filename="../core/providers/otheradapters.cpp" line="294"/>
        <source>Connected: the key works. %1</source>
        <translation>Verbunden: der Schlüssel funktioniert. %1</translation>
    </message>
    <message>
        <location filename="../core/providers/anthropicadapter.cpp" line="61"/>
        <source>Connected: the Admin key can read usage and cost reports.</source>
        <translation>Verbunden: der Admin-Schlüssel kann Nutzungs- und Kostenberichte lesen.</translation>
    </message>
    <message>
        <location filename="../core/providers/openaiadapter.cpp" line="77"/>
        <source>Connected: the admin key can read usage and costs.</source>
        <translation>Verbunden: der Admin-Schlüssel kann Nutzung und Kosten lesen.</translation>
    </message>
</context>
<context>
    <name>tl::Quality</name>
    <message>
        <location filename="../core/analytics/quality.cpp" line="392"/>
        <source>%1 looks like a model of %2, but it is on an account of %3. Was a file imported into the wrong account? Its cost is priced as %3&apos;s.%4</source>
        <translation>%1 sieht nach einem Modell von %2 aus, steht aber in einem Konto von %3. Wurde eine Datei in das falsche Konto importiert? Die Kosten werden mit den Preisen von %3 berechnet.%4</translation>
    </message>
    <message>
        <location filename="../core/analytics/quality.cpp" line="396"/>
        <source> (This account has its own base URL: if it is a proxy that serves several vendors, this is expected.)</source>
        <translation> (Dieses Konto hat eine eigene Basis-URL: Ist es ein Proxy für mehrere Anbieter, ist das zu erwarten.)</translation>
    </message>
    <message>
        <location filename="../core/analytics/quality.cpp" line="411"/>
        <source>Rows of %2 with a negative cost or more than a trillion tokens or requests in one day: %1. Check the file or export they came from.</source>
        <translation>Zeilen von %2 mit negativen Kosten oder mehr als einer Billion Tokens oder Anfragen an einem Tag: %1. Prüfen Sie die Datei oder den Export, aus dem sie stammen.</translation>
    </message>
    <message>
        <location filename="../core/analytics/quality.cpp" line="429"/>
        <source>Days of %2 that come from more than one source (%3), so they are counted more than once: %1. %4, or keep CSV imports to accounts without a usage API.</source>
        <translation>Tage von %2, die aus mehr als einer Quelle stammen (%3) und daher mehrfach gezählt werden: %1. %4, oder importieren Sie CSV-Dateien nur in Konten ohne Nutzungs-API.</translation>
    </message>
    <message>
        <location filename="../core/analytics/quality.cpp" line="445"/>
        <source>Remove import %1 (%2: Usage → Imports, or tokenledger imports remove %1)</source>
        <translation>Entfernen Sie Import %1 (%2: Nutzung → Importe oder tokenledger imports remove %1)</translation>
    </message>
    <message>
        <location filename="../core/analytics/quality.cpp" line="450"/>
        <source>Remove the imported rows</source>
        <translation>Entfernen Sie die importierten Zeilen</translation>
    </message>
    <message>
        <location filename="../core/analytics/quality.cpp" line="462"/>
        <source>Rows dated after today (%2 UTC), from %3: %1. A wrong date column or time zone in an import?</source>
        <translation>Zeilen mit einem Datum nach heute (%2 UTC), ab %3: %1. Eine falsche Datumsspalte oder Zeitzone in einem Import?</translation>
    </message>
</context>
<context>
    <name>tl::QualityView</name>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="28"/>
        <source>Model of another provider</source>
        <translation>Modell eines anderen Anbieters</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="30"/>
        <source>Impossible value</source>
        <translation>Unmöglicher Wert</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="32"/>
        <source>Counted from two sources</source>
        <translation>Aus zwei Quellen gezählt</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="34"/>
        <source>Dated in the future</source>
        <translation>In der Zukunft datiert</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="70"/>
        <location filename="../ui/usage/qualityview.cpp" line="99"/>
        <source>Show Import</source>
        <translation>Import anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="72"/>
        <source>The import in Usage → Imports, where it can be removed</source>
        <translation>Der Import unter Nutzung → Importe, wo er entfernt werden kann</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="99"/>
        <source>Show Import %1</source>
        <translation>Import %1 anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="122"/>
        <source>The checks could not run: %1</source>
        <translation>Die Prüfungen konnten nicht laufen: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="127"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="127"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="127"/>
        <location filename="../ui/usage/qualityview.cpp" line="179"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="127"/>
        <source>Days (UTC)</source>
        <translation>Tage (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="127"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="127"/>
        <source>What to look at</source>
        <translation>Worauf zu achten ist</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="141"/>
        <source>No findings: every model belongs to its account&apos;s provider, no value is impossible, no day is counted from two sources and nothing is dated in the future.</source>
        <translation>Keine Befunde: Jedes Modell gehört zum Anbieter seines Kontos, kein Wert ist unmöglich, kein Tag wird aus zwei Quellen gezählt und nichts ist in der Zukunft datiert.</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="144"/>
        <source>Findings: %1. Nothing has been changed: select one to see the rows behind it, then fix the source (remove an import, correct a file) if it is wrong.</source>
        <translation>Befunde: %1. Nichts wurde geändert: Wählen Sie einen aus, um die Zeilen dahinter zu sehen, und korrigieren Sie bei Bedarf die Quelle (einen Import entfernen, eine Datei berichtigen).</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="177"/>
        <source>The rows behind this finding could not be read: %1</source>
        <translation>Die Zeilen hinter diesem Befund konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="179"/>
        <source>Day (UTC)</source>
        <translation>Tag (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="179"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="179"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="180"/>
        <source>Cached</source>
        <translation>Gecacht</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="180"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="180"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="180"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="185"/>
        <source>no price</source>
        <translation>kein Preis</translation>
    </message>
</context>
<context>
    <name>tl::RangePickerDialog</name>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="224"/>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="233"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="235"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="237"/>
        <source>Both days are included; days are UTC days, as providers report them.</source>
        <translation>Beide Tage sind eingeschlossen; Tage sind UTC-Tage, wie Anbieter sie melden.</translation>
    </message>
</context>
<context>
    <name>tl::ReconciliationView</name>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="45"/>
        <source>Nothing billed for this day yet: cost reports can lag a day or two, and some providers have none.</source>
        <translation>Für diesen Tag noch nichts abgerechnet: Kostenberichte kommen oft ein bis zwei Tage später, und manche Anbieter haben keine.</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="47"/>
        <source>Billed without usage rows: charges that are not tokens (web search, code execution, fine-tuning, images) or usage TokenLedger does not fetch.</source>
        <translation>Abgerechnet ohne Nutzungszeilen: Posten, die keine Tokens sind (Websuche, Codeausführung, Feinabstimmung, Bilder), oder Nutzung, die TokenLedger nicht abruft.</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="50"/>
        <source>%1 tokens of models without a known price are not in the estimate.</source>
        <translation>%1 Tokens von Modellen ohne bekannten Preis sind nicht in der Schätzung enthalten.</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="53"/>
        <source>Used the %1 tier: estimates use standard prices (batch is usually billed at half, priority above).</source>
        <translation>Stufe %1 genutzt: Schätzungen verwenden Standardpreise (Batch wird meist zum halben Preis abgerechnet, Priority darüber).</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="57"/>
        <source>Long-context requests (over 200k input tokens, as the Console export says): every token of them is estimated at the long-context price, as Anthropic bills them.</source>
        <translation>Langkontext-Anfragen (über 200k Eingabe-Tokens, laut Console-Export): Jedes ihrer Tokens wird zum Langkontext-Preis geschätzt, so wie Anthropic sie abrechnet.</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="60"/>
        <source>Credits or refunds of %1 lowered the bill.</source>
        <translation>Gutschriften oder Erstattungen von %1 haben die Rechnung gesenkt.</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="62"/>
        <source>%1 cache-write tokens are estimated at cache-write prices.</source>
        <translation>%1 Cache-Schreib-Tokens sind zu Cache-Schreibpreisen geschätzt.</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="65"/>
        <source>No bill from %1 this day: their usage is only in the estimate.</source>
        <translation>Keine Abrechnung von %1 an diesem Tag: deren Nutzung ist nur in der Schätzung enthalten.</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="76"/>
        <source>Only highlighted days</source>
        <translation>Nur hervorgehobene Tage</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="94"/>
        <source>Days whose billed and estimated amounts differ by more than this (and more than a cent) are highlighted.</source>
        <translation>Tage, deren abgerechnete und geschätzte Beträge um mehr als diesen Wert (und mehr als einen Cent) abweichen, werden hervorgehoben.</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="100"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="102"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="105"/>
        <source>Highlight gaps over</source>
        <translation>Abweichungen hervorheben über</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="117"/>
        <source>Select a day to see the billed lines and usage rows behind it.</source>
        <translation>Wählen Sie einen Tag, um die abgerechneten Posten und Nutzungszeilen dahinter zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="178"/>
        <source>Could not read the data: %1</source>
        <translation>Die Daten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="198"/>
        <source>Day (UTC)</source>
        <translation>Tag (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="198"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="198"/>
        <location filename="../ui/usage/reconciliationview.cpp" line="301"/>
        <source>Billed</source>
        <translation>Abgerechnet</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="198"/>
        <source>Estimated</source>
        <translation>Geschätzt</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="199"/>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="199"/>
        <source>Difference %</source>
        <translation>Differenz %</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="199"/>
        <source>What explains it</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="218"/>
        <location filename="../ui/usage/reconciliationview.cpp" line="219"/>
        <location filename="../ui/usage/reconciliationview.cpp" line="220"/>
        <location filename="../ui/usage/reconciliationview.cpp" line="221"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="227"/>
        <source>Not known: check the prices on the Pricing page.</source>
        <translation>Unbekannt: Prüfen Sie die Preise auf der Seite „Preise“.</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="243"/>
        <source>Nothing billed or used between %1 and %2 (UTC).</source>
        <translation>Zwischen %1 und %2 (UTC) wurde nichts abgerechnet oder genutzt.</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="247"/>
        <source>On days with both figures, providers billed %1 against %2 estimated from tokens × prices. %3 of %4 day-and-provider rows are highlighted.</source>
        <translation>An Tagen mit beiden Werten rechneten die Anbieter %1 ab, gegenüber %2 geschätzt aus Tokens × Preisen. %3 von %4 Zeilen (Tag und Anbieter) sind hervorgehoben.</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="268"/>
        <source>%1 on %2 (UTC)</source>
        <translation>%1 am %2 (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="269"/>
        <source>no known cause of a difference</source>
        <translation>keine bekannte Ursache einer Abweichung</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="293"/>
        <source>The lines behind it could not be read: %1</source>
        <translation>Die Posten dahinter konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="296"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="296"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="296"/>
        <source>Line item / model</source>
        <translation>Posten / Modell</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="296"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="296"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="296"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="307"/>
        <source>Usage (unpriced)</source>
        <translation>Nutzung (ohne Preis)</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="308"/>
        <source>Usage (reported)</source>
        <translation>Nutzung (gemeldet)</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="309"/>
        <source>Usage (estimated)</source>
        <translation>Nutzung (geschätzt)</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="311"/>
        <source>%1 (%2 tier)</source>
        <translation>%1 (Stufe %2)</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="313"/>
        <source>no price</source>
        <translation>kein Preis</translation>
    </message>
</context>
<context>
    <name>tl::SecretStore</name>
    <message>
        <location filename="../core/secrets/accountkeys.cpp" line="61"/>
        <source>The key is empty; nothing was stored.</source>
        <translation>Der Schlüssel ist leer; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/secrets/accountkeys.cpp" line="68"/>
        <source>The key holds a control character, which no provider&apos;s key has; nothing was stored.</source>
        <translation>Der Schlüssel enthält ein Steuerzeichen, das kein Schlüssel eines Anbieters hat; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/secrets/accountkeys.cpp" line="74"/>
        <source>The key is longer than %1 characters, longer than any provider&apos;s key; nothing was stored.</source>
        <translation>Der Schlüssel ist länger als %1 Zeichen, länger als der Schlüssel jedes Anbieters; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/secrets/accountkeys.cpp" line="91"/>
        <source>The keychain entry of &quot;%1&quot; is not in TokenLedger&apos;s format; enter the key again.</source>
        <translation>Der Schlüsselbund-Eintrag von „%1“ hat nicht das Format von TokenLedger; geben Sie den Schlüssel erneut ein.</translation>
    </message>
    <message>
        <location filename="../core/secrets/accountkeys.cpp" line="100"/>
        <source>The key of &quot;%1&quot; was entered for %2, but the account now points at %3. TokenLedger sends a key only to the address it was entered for: enter the key again for the new address (Accounts → Edit, or tokenledger accounts edit %4 --key).</source>
        <translation>Der Schlüssel von „%1“ wurde für %2 eingegeben, aber das Konto zeigt jetzt auf %3. TokenLedger sendet einen Schlüssel nur an die Adresse, für die er eingegeben wurde: Geben Sie den Schlüssel für die neue Adresse erneut ein (Konten → Bearbeiten oder tokenledger accounts edit %4 --key).</translation>
    </message>
    <message>
        <location filename="../core/secrets/accountkeys.cpp" line="122"/>
        <source>The key of &quot;%1&quot; is not sent: the base URL %2.</source>
        <translation>Der Schlüssel von „%1“ wird nicht gesendet: die Basis-URL %2.</translation>
    </message>
    <message>
        <location filename="../core/secrets/accountkeys.cpp" line="130"/>
        <source>The account &quot;%1&quot; has no key reference.</source>
        <translation>Das Konto „%1“ hat keine Schlüsselreferenz.</translation>
    </message>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="42"/>
        <location filename="../core/secrets/secretstore.cpp" line="259"/>
        <source>No API key is stored for this account.</source>
        <translation>Für dieses Konto ist kein API-Schlüssel gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="47"/>
        <source>No system keychain is available (on Linux: a Secret Service such as GNOME Keyring or KWallet), so the key was not stored. TokenLedger never keeps keys anywhere else; for headless use, set the account&apos;s TOKENLEDGER_API_KEY_&lt;key reference&gt; environment variable when syncing (tokenledger accounts list shows it).</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar (unter Linux: ein Secret Service wie GNOME Keyring oder KWallet), daher wurde der Schlüssel nicht gespeichert. TokenLedger bewahrt Schlüssel nirgendwo anders auf; für den Betrieb ohne Desktop setzen Sie beim Synchronisieren die Umgebungsvariable TOKENLEDGER_API_KEY_&lt;key reference&gt; des Kontos (tokenledger accounts list zeigt sie).</translation>
    </message>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="57"/>
        <source>The system keychain refused access.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert.</translation>
    </message>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="66"/>
        <source>The system keychain failed: %1</source>
        <translation>Der Schlüsselbund des Systems ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="85"/>
        <source>The system keychain did not answer within %1 s.</source>
        <translation>Der Schlüsselbund des Systems hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="26"/>
        <source>The system keychain is locked. Unlock it (log in to your desktop session, or open your keyring manager) and try again.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt. Entsperren Sie ihn (melden Sie sich an Ihrer Desktop-Sitzung an oder öffnen Sie Ihre Schlüsselbundverwaltung) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="236"/>
        <source>No system keychain is available.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar.</translation>
    </message>
</context>
<context>
    <name>tl::SettingsPage</name>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="48"/>
        <source>Automatic sync</source>
        <translation>Automatische Synchronisierung</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="54"/>
        <source>Off (sync only with Sync Now)</source>
        <translation>Aus (nur mit „Jetzt synchronisieren“)</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="55"/>
        <source>Every %1 minutes</source>
        <translation>Alle %1 Minuten</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="56"/>
        <source>Every hour</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="57"/>
        <source>Once a day</source>
        <translation>Einmal täglich</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="58"/>
        <source>Every %1 hours</source>
        <translation>Alle %1 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="64"/>
        <source>Sync:</source>
        <translation>Synchronisieren:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="69"/>
        <location filename="../ui/settingspage/settingspage.cpp" line="76"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="71"/>
        <source>First sync reads:</source>
        <translation>Erste Synchronisierung liest:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="78"/>
        <source>Keep sync history:</source>
        <translation>Synchronisierungsverlauf behalten:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="79"/>
        <source>A sync reads the last few days again (providers revise recent days). A missed sync runs shortly after TokenLedger starts.</source>
        <translation>Eine Synchronisierung liest die letzten Tage erneut (Anbieter korrigieren jüngste Tage). Eine verpasste Synchronisierung läuft kurz nach dem Start von TokenLedger.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="85"/>
        <source>Follow coding-agent logs live</source>
        <translation>Logs der Coding-Agenten live verfolgen</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="92"/>
        <source>Claude Code, Codex CLI and Gemini CLI accounts are read again a couple of seconds after their agent writes to its logs, instead of only at the next sync. Off: their logs are read at each sync.</source>
        <translation>Konten von Claude Code, Codex CLI und Gemini CLI werden wenige Sekunden, nachdem ihr Agent in seine Logs geschrieben hat, erneut gelesen, statt erst bei der nächsten Synchronisierung. Aus: Ihre Logs werden bei jeder Synchronisierung gelesen.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="99"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="102"/>
        <source>A budget threshold is crossed</source>
        <translation>Eine Budgetschwelle wird überschritten</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="103"/>
        <source>The forecast goes over a budget</source>
        <translation>Die Prognose übersteigt ein Budget</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="104"/>
        <source>A day&apos;s spend spikes</source>
        <translation>Die Ausgaben eines Tages schnellen hoch</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="105"/>
        <source>An account keeps failing to sync</source>
        <translation>Ein Konto lässt sich wiederholt nicht synchronisieren</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="106"/>
        <source>Credits or a balance run low</source>
        <translation>Guthaben wird knapp</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="107"/>
        <source>A model without a price appears</source>
        <translation>Ein Modell ohne Preis taucht auf</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="108"/>
        <source>A coding agent&apos;s 5-hour window runs hot</source>
        <translation>Das 5-Stunden-Fenster eines Coding-Agenten läuft heiß</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="124"/>
        <source>Notify me when:</source>
        <translation>Benachrichtigen, wenn:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="129"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="138"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="146"/>
        <source>Quiet hours (local time):</source>
        <translation>Ruhezeiten (Ortszeit):</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="147"/>
        <source>Closing the window keeps TokenLedger running in the tray</source>
        <translation>Beim Schließen des Fensters läuft TokenLedger im Infobereich weiter</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="154"/>
        <source>Every alert is kept on the Budgets &amp; Alerts page; these choices only decide which ones also pop up on the desktop.</source>
        <translation>Jede Warnung bleibt auf der Seite Budgets &amp; Warnungen; diese Auswahl entscheidet nur, welche zusätzlich auf dem Desktop erscheinen.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="161"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="166"/>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="174"/>
        <source>Window language:</source>
        <translation>Sprache des Fensters:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="175"/>
        <source>Takes effect the next time TokenLedger starts. Dates and numbers follow the language; exports stay in their fixed formats.</source>
        <translation>Gilt ab dem nächsten Start von TokenLedger. Datumsangaben und Zahlen folgen der Sprache; Exporte behalten ihre festen Formate.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="182"/>
        <source>Data locations</source>
        <translation>Speicherorte</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="184"/>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="185"/>
        <source>Settings:</source>
        <translation>Einstellungen:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="186"/>
        <source>API keys are never stored in these files: they live only in your system keychain. Start TokenLedger with --db PATH or --profile DIR to use other files.</source>
        <translation>API-Schlüssel werden nie in diesen Dateien gespeichert, sondern nur im Schlüsselbund Ihres Systems. Starten Sie TokenLedger mit --db PFAD oder --profile ORDNER, um andere Dateien zu verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="224"/>
        <source>This desktop has no system tray: closing the window quits TokenLedger, and new alerts show in the window.</source>
        <translation>Dieser Desktop hat keinen Infobereich: Das Schließen des Fensters beendet TokenLedger, und neue Warnungen erscheinen im Fenster.</translation>
    </message>
</context>
<context>
    <name>tl::SyncHistoryPage</name>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="27"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="29"/>
        <source>Success</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="31"/>
        <source>Partial</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="33"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="35"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="44"/>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="46"/>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="48"/>
        <source>at start-up</source>
        <translation>beim Start</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="50"/>
        <source>command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="69"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="73"/>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="75"/>
        <source>When (local time)</source>
        <translation>Wann (Ortszeit)</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="75"/>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="75"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="75"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="75"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="76"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="76"/>
        <source>Days (UTC)</source>
        <translation>Tage (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="76"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="76"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="85"/>
        <source>No sync has run yet</source>
        <translation>Noch keine Synchronisierung gelaufen</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="86"/>
        <source>Every sync is recorded here with its status, the records it created or updated, its duration and any error. Add an account, then press Sync Now (Ctrl+R).</source>
        <translation>Jede Synchronisierung wird hier mit Status, neuen oder geänderten Datensätzen, Dauer und etwaigen Fehlern festgehalten. Fügen Sie ein Konto hinzu und drücken Sie dann „Jetzt synchronisieren“ (Strg+R).</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="92"/>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="95"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="136"/>
        <source>(removed account)</source>
        <translation>(entferntes Konto)</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="167"/>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="192"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>tl::SyncNowButton</name>
    <message>
        <location filename="../ui/sync/syncnowbutton.cpp" line="21"/>
        <location filename="../ui/sync/syncnowbutton.cpp" line="26"/>
        <location filename="../ui/sync/syncnowbutton.cpp" line="79"/>
        <source>Sync Now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncnowbutton.cpp" line="22"/>
        <source>Cancel Sync</source>
        <translation>Synchronisierung abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncnowbutton.cpp" line="24"/>
        <source>Stop the sync: the account being synced keeps what it had before</source>
        <translation>Synchronisierung stoppen: Das gerade synchronisierte Konto behält seinen vorherigen Stand</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncnowbutton.cpp" line="30"/>
        <location filename="../ui/sync/syncnowbutton.cpp" line="39"/>
        <source>Syncing…</source>
        <translation>Synchronisiere …</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncnowbutton.cpp" line="39"/>
        <source>Syncing 0/%1…</source>
        <translation>Synchronisiere 0/%1 …</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncnowbutton.cpp" line="43"/>
        <source>Syncing %1/%2: %3…</source>
        <translation>Synchronisiere %1/%2: %3 …</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncnowbutton.cpp" line="48"/>
        <source>Sync failed — Retry</source>
        <translation>Synchronisierung fehlgeschlagen – Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncnowbutton.cpp" line="59"/>
        <source>Pull the latest usage and costs from your providers (Ctrl+R)</source>
        <translation>Aktuelle Nutzung und Kosten von Ihren Anbietern abrufen (Strg+R)</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncnowbutton.cpp" line="71"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncnowbutton.cpp" line="80"/>
        <source>The last sync was cancelled. Accounts synced before it keep their data; the one being synced stored nothing.</source>
        <translation>Die letzte Synchronisierung wurde abgebrochen. Zuvor synchronisierte Konten behalten ihre Daten; das gerade synchronisierte hat nichts gespeichert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/syncnowbutton.cpp" line="94"/>
        <source>%n account(s) failed — Retry</source>
        <translation>
            <numerusform>%n Konto fehlgeschlagen – Wiederholen</numerusform>
            <numerusform>%n Konten fehlgeschlagen – Wiederholen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sync/syncnowbutton.cpp" line="99"/>
        <source>Nothing to sync</source>
        <translation>Nichts zu synchronisieren</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncnowbutton.cpp" line="100"/>
        <source>Add an account on the Accounts page.</source>
        <translation>Fügen Sie auf der Seite „Konten“ ein Konto hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncnowbutton.cpp" line="103"/>
        <source>Synced %1 new records, %2 updated</source>
        <translation>%1 neue Datensätze synchronisiert, %2 geändert</translation>
    </message>
</context>
<context>
    <name>tl::SyncReach</name>
    <message>
        <location filename="../core/sync/syncreach.cpp" line="41"/>
        <source>This desktop (key in the keychain)</source>
        <translation>Dieser Desktop (Schlüssel im Schlüsselbund)</translation>
    </message>
    <message>
        <location filename="../core/sync/syncreach.cpp" line="43"/>
        <source>This desktop (key from the environment)</source>
        <translation>Dieser Desktop (Schlüssel aus der Umgebung)</translation>
    </message>
    <message>
        <location filename="../core/sync/syncreach.cpp" line="45"/>
        <source>This desktop (local logs, no key needed)</source>
        <translation>Dieser Desktop (lokale Protokolle, kein Schlüssel nötig)</translation>
    </message>
    <message>
        <location filename="../core/sync/syncreach.cpp" line="48"/>
        <source>%1 (the coding-agent logs of that computer)</source>
        <extracomment>a coding-agent account of a team database, read from a teammate&apos;s logs: &quot;ana@laptop&quot;</extracomment>
        <translation>%1 (die Coding-Agent-Protokolle dieses Computers)</translation>
    </message>
    <message>
        <location filename="../core/sync/syncreach.cpp" line="50"/>
        <source>Not synced (imports and manual entries)</source>
        <translation>Nicht synchronisiert (Importe und manuelle Einträge)</translation>
    </message>
    <message>
        <location filename="../core/sync/syncreach.cpp" line="52"/>
        <source>Another desktop or a sync host (its key is not on this desktop)</source>
        <translation>Ein anderer Desktop oder ein Sync-Host (sein Schlüssel ist nicht auf diesem Desktop)</translation>
    </message>
    <message>
        <location filename="../core/sync/syncreach.cpp" line="54"/>
        <source>Not synced: no key on this desktop</source>
        <translation>Nicht synchronisiert: kein Schlüssel auf diesem Desktop</translation>
    </message>
    <message>
        <location filename="../core/sync/syncreach.cpp" line="56"/>
        <source>Unknown: %1</source>
        <translation>Unbekannt: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/syncreach.cpp" line="60"/>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <location filename="../core/sync/syncreach.cpp" line="107"/>
        <source>%1: not synced from this desktop, so another desktop or a sync host syncs it. %2</source>
        <translation>%1: wird nicht von diesem Desktop synchronisiert, daher synchronisiert es ein anderer Desktop oder ein Sync-Host. %2</translation>
    </message>
    <message>
        <location filename="../core/sync/syncreach.cpp" line="126"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sync/syncreach.cpp" line="128"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sync/syncreach.cpp" line="130"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sync/syncreach.cpp" line="132"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/sync/syncreach.cpp" line="143"/>
        <source>this desktop</source>
        <translation>dieser Desktop</translation>
    </message>
    <message>
        <location filename="../core/sync/syncreach.cpp" line="145"/>
        <source>%1, %2</source>
        <extracomment>who synced an account last, and when: &quot;ana@laptop, 10 min ago&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>tl::SyncRunText</name>
    <message>
        <location filename="../core/providers/otheradapters.cpp" line="79"/>
        <source>This OpenRouter key is not a management key: its limit was synced, but daily usage and spend need a management key.</source>
        <translation>Dieser OpenRouter-Schlüssel ist kein Verwaltungsschlüssel: sein Limit wurde synchronisiert, aber tägliche Nutzung und Ausgaben brauchen einen Verwaltungsschlüssel.</translation>
    </message>
    <message>
        <location filename="../core/providers/otheradapters.cpp" line="178"/>
        <source>OpenRouter&apos;s daily activity never includes today (UTC).</source>
        <translation>OpenRouters Tagesaktivität enthält nie den heutigen Tag (UTC).</translation>
    </message>
    <message>
        <location filename="../core/providers/otheradapters.cpp" line="237"/>
        <source>DeepSeek offers no usage API that this key can read: only its balance syncs.</source>
        <translation>DeepSeek bietet keine Nutzungs-API, die dieser Schlüssel lesen kann: nur das Guthaben wird synchronisiert.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncengine.cpp" line="86"/>
        <source>A sync is already running.</source>
        <translation>Eine Synchronisierung läuft bereits.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncengine.cpp" line="89"/>
        <source>An explicit window needs both a first and a last day.</source>
        <translation>Ein ausdrücklich angegebener Zeitraum braucht einen ersten und einen letzten Tag.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncengine.cpp" line="91"/>
        <source>The window&apos;s first day is after its last day.</source>
        <translation>Der erste Tag des Zeitraums liegt nach seinem letzten Tag.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncengine.cpp" line="101"/>
        <source>There is no account %1.</source>
        <translation>Es gibt kein Konto %1.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncengine.cpp" line="106"/>
        <source>%1: disabled</source>
        <translation>%1: deaktiviert</translation>
    </message>
    <message>
        <location filename="../core/sync/syncengine.cpp" line="145"/>
        <source>Another %1 is using this profile; nothing was synced. Try again when it has finished.</source>
        <translation>Ein anderes %1 verwendet dieses Profil; nichts wurde synchronisiert. Versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncreach.cpp" line="114"/>
        <source>%1: reads the coding-agent logs of %2&apos;s computer; imported there.</source>
        <translation>%1: liest die Coding-Agent-Protokolle des Computers von %2; wird dort importiert.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncreach.cpp" line="96"/>
        <source>%1: its key is not on this desktop, so another desktop or a sync host syncs it. To sync it from here too, add its key or set %2.</source>
        <translation>%1: Sein Schlüssel ist nicht auf diesem Desktop, daher synchronisiert es ein anderer Desktop oder ein Sync-Host. Um es auch von hier zu synchronisieren, hinterlegen Sie seinen Schlüssel oder setzen Sie %2.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncreach.cpp" line="100"/>
        <source>%1: no API key stored, so it is not synced (CSV imports and manual entries only). Add a key to sync it, or set %2.</source>
        <translation>%1: kein API-Schlüssel gespeichert, daher nicht synchronisiert (nur CSV-Importe und manuelle Einträge). Fügen Sie einen Schlüssel hinzu oder setzen Sie %2.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="31"/>
        <location filename="../core/sync/syncruntext.cpp" line="38"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="39"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="70"/>
        <source>No system keychain is available, so the account&apos;s key cannot be read. For headless syncs without a keychain, set %1.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar, daher kann der Schlüssel des Kontos nicht gelesen werden. Für Synchronisierungen ohne Schlüsselbund setzen Sie %1.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="76"/>
        <source>The system keychain is locked. Unlock it (log in to your desktop session, or open your keyring manager) and sync again.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt. Entsperren Sie ihn (melden Sie sich an Ihrer Desktop-Sitzung an oder öffnen Sie Ihre Schlüsselbundverwaltung) und synchronisieren Sie erneut.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="80"/>
        <source>The system keychain refused access to the account&apos;s key.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff auf den Schlüssel des Kontos verweigert.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="82"/>
        <source>The system keychain did not answer in time.</source>
        <translation>Der Schlüsselbund des Systems hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="84"/>
        <source>The account&apos;s key is not sent to this address%1. Enter the key again for the account&apos;s address.</source>
        <translation>Der Schlüssel des Kontos wird nicht an diese Adresse gesendet%1. Geben Sie den Schlüssel für die Adresse des Kontos erneut ein.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="89"/>
        <source>The account&apos;s key could not be read%1. For headless syncs without a keychain, set %2.</source>
        <translation>Der Schlüssel des Kontos konnte nicht gelesen werden%1. Für Synchronisierungen ohne Schlüsselbund setzen Sie %2.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="97"/>
        <source>Synced %1 new records, %2 updated</source>
        <translation>%1 neue Datensätze synchronisiert, %2 aktualisiert</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="100"/>
        <source>, %1 withdrawn by the provider</source>
        <translation>, %1 vom Anbieter zurückgezogen</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="102"/>
        <source>, 1 balance</source>
        <translation>, 1 Guthaben</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="104"/>
        <source>, %1 balances</source>
        <translation>, %1 Guthaben</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="118"/>
        <source>%1 new requests, %2 completed, %3 already recorded from %4 of %5 files (%6 unchanged)</source>
        <translation>%1 neue Anfragen, %2 vervollständigt, %3 bereits erfasst aus %4 von %5 Dateien (%6 unverändert)</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="124"/>
        <source>%1 files shrank or were replaced and were read again</source>
        <translation>%1 Dateien wurden kürzer oder ersetzt und erneut gelesen</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="127"/>
        <source>%1 streaming copies</source>
        <translation>%1 Streaming-Kopien</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="128"/>
        <source>%1 replays</source>
        <translation>%1 Wiederholungen</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="129"/>
        <source>%1 zero placeholders</source>
        <translation>%1 Null-Platzhalter</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="130"/>
        <source>%1 synthetic messages</source>
        <translation>%1 synthetische Nachrichten</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="131"/>
        <source>%1 API errors</source>
        <translation>%1 API-Fehler</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="132"/>
        <source>%1 without a time</source>
        <translation>%1 ohne Zeitangabe</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="133"/>
        <source>%1 without a model</source>
        <translation>%1 ohne Modell</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="134"/>
        <source>%1 malformed lines</source>
        <translation>%1 fehlerhafte Zeilen</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="141"/>
        <source>dropped: %1</source>
        <translation>verworfen: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="143"/>
        <source>%1 bytes of unfinished lines are read next time</source>
        <translation>%1 Byte unvollständiger Zeilen werden beim nächsten Mal gelesen</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="146"/>
        <source>%1 files could not be read</source>
        <translation>%1 Dateien konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="157"/>
        <source>Cancelled; nothing of this account was stored.</source>
        <translation>Abgebrochen; nichts von diesem Konto wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="159"/>
        <source>The provider did not deliver this account&apos;s usage within %1; nothing of it was stored.</source>
        <translation>Der Anbieter hat die Nutzung dieses Kontos nicht innerhalb von %1 geliefert; nichts davon wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="175"/>
        <source>Unknown provider &quot;%1&quot;.</source>
        <translation>Unbekannter Anbieter „%1“.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="178"/>
        <source>Could not record the sync: %1</source>
        <translation>Die Synchronisierung konnte nicht protokolliert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="180"/>
        <source>Nothing was stored: amounts too large to add up%1.</source>
        <translation>Nichts wurde gespeichert: Beträge zu groß zum Addieren%1.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="183"/>
        <source>Nothing was stored: the database refused the data%1.</source>
        <translation>Nichts wurde gespeichert: die Datenbank hat die Daten abgelehnt%1.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="186"/>
        <source>Imported local logs: %1</source>
        <translation>Lokale Protokolle importiert: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="196"/>
        <source>Interrupted: TokenLedger stopped before this sync finished; nothing of it was stored.</source>
        <translation>Unterbrochen: TokenLedger wurde beendet, bevor diese Synchronisierung fertig war; nichts davon wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="206"/>
        <source>The provider&apos;s answer is larger than %1, more than TokenLedger accepts; nothing of it was used.</source>
        <translation>Die Antwort des Anbieters ist größer als %1, mehr als TokenLedger annimmt; nichts davon wurde verwendet.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="210"/>
        <source>The provider&apos;s answer did not arrive within %1 s.</source>
        <translation>Die Antwort des Anbieters kam nicht innerhalb von %1 s an.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="213"/>
        <source>The provider did not answer within %1 s.</source>
        <translation>Der Anbieter hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="215"/>
        <source>Network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="217"/>
        <source>The provider&apos;s answer was cut off (the provider stopped answering for %1 s); nothing of it was used.</source>
        <translation>Die Antwort des Anbieters brach ab (der Anbieter antwortete %1 s lang nicht mehr); nichts davon wurde verwendet.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="221"/>
        <source>The provider&apos;s answer was cut off (%1); nothing of it was used.</source>
        <translation>Die Antwort des Anbieters brach ab (%1); nichts davon wurde verwendet.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="225"/>
        <source>The provider answered HTTP %1 without a valid redirect address.</source>
        <translation>Der Anbieter antwortete mit HTTP %1 ohne gültige Weiterleitungsadresse.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="229"/>
        <source>TokenLedger&apos;s network module (libtokenledger-net) could not be loaded, so nothing was asked of the provider: %1. Reinstall TokenLedger.</source>
        <translation>Das Netzwerkmodul von TokenLedger (libtokenledger-net) konnte nicht geladen werden, daher wurde beim Anbieter nichts abgefragt: %1. Installieren Sie TokenLedger neu.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="234"/>
        <source>The provider redirected more than %1 times.</source>
        <translation>Der Anbieter hat mehr als %1-mal umgeleitet.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="253"/>
        <source>The provider rejected the key (HTTP %1)%2.</source>
        <translation>Der Anbieter hat den Schlüssel abgelehnt (HTTP %1)%2.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="255"/>
        <source>The key is not allowed to do this (HTTP %1)%2.</source>
        <translation>Der Schlüssel darf das nicht (HTTP %1)%2.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="259"/>
        <source>Needed: %1</source>
        <translation>Benötigt: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="262"/>
        <source>Not found (HTTP 404): check the base URL%1.</source>
        <translation>Nicht gefunden (HTTP 404): prüfen Sie die Basis-URL%1.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="265"/>
        <source>Rate limited by the provider (HTTP 429)%1.</source>
        <translation>Vom Anbieter gedrosselt (HTTP 429)%1.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="269"/>
        <source>The provider had a server error (HTTP %1)%2.</source>
        <translation>Beim Anbieter trat ein Serverfehler auf (HTTP %1)%2.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="271"/>
        <source>The provider could not be reached%1.</source>
        <translation>Der Anbieter war nicht erreichbar%1.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="279"/>
        <source>The provider did not answer in time%1.</source>
        <translation>Der Anbieter hat nicht rechtzeitig geantwortet%1.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="273"/>
        <source>The provider redirected the request to another address%1. TokenLedger sends a key only to the account&apos;s own address, so the sync stopped: check the account&apos;s base URL.</source>
        <translation>Der Anbieter hat die Anfrage an eine andere Adresse umgeleitet%1. TokenLedger sendet einen Schlüssel nur an die eigene Adresse des Kontos, daher wurde die Synchronisierung gestoppt: prüfen Sie die Basis-URL des Kontos.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="281"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="287"/>
        <source>The provider refused the request (HTTP %1)%2.</source>
        <translation>Der Anbieter hat die Anfrage abgelehnt (HTTP %1)%2.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="289"/>
        <source>The provider&apos;s answer is not what TokenLedger expects%1.</source>
        <translation>Die Antwort des Anbieters ist nicht das, was TokenLedger erwartet%1.</translation>
    </message>
</context>
<context>
    <name>tl::SyncService</name>
    <message>
        <location filename="../core/sync/syncservice.cpp" line="98"/>
        <source>A sync is already running.</source>
        <translation>Eine Synchronisierung läuft bereits.</translation>
    </message>
</context>
<context>
    <name>tl::TeamDatabaseDialog</name>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="46"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="49"/>
        <source>Connect to a Team Database</source>
        <translation>Mit einer Team-Datenbank verbinden</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="62"/>
        <source>db.example.com, or a socket folder</source>
        <translation>db.example.com oder ein Socket-Ordner</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="63"/>
        <source>Prefer TLS (libpq&apos;s default)</source>
        <translation>TLS bevorzugen (Standard von libpq)</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="64"/>
        <source>Require TLS</source>
        <translation>TLS verlangen</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="65"/>
        <source>Require TLS, verify the certificate authority</source>
        <translation>TLS verlangen, Zertifizierungsstelle prüfen</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="66"/>
        <source>Require TLS, verify the certificate and host name</source>
        <translation>TLS verlangen, Zertifikat und Hostnamen prüfen</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="67"/>
        <source>No TLS</source>
        <translation>Kein TLS</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="69"/>
        <source>empty: from ~/.pgpass, or none</source>
        <translation>leer: aus ~/.pgpass oder keines</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="81"/>
        <source>Use the &amp;Personal Ledger</source>
        <translation>&amp;Persönliches Kassenbuch verwenden</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="89"/>
        <source>One ledger on a PostgreSQL server, shared by your team: everyone sees the same numbers, budgets and alerts. API keys stay in each person&apos;s own keychain. The password goes into this computer&apos;s keychain, never into the settings.</source>
        <translation>Ein Kassenbuch auf einem PostgreSQL-Server, das Ihr Team teilt: Alle sehen dieselben Zahlen, Budgets und Warnungen. API-Schlüssel bleiben im Schlüsselbund jeder Person. Das Passwort kommt in den Schlüsselbund dieses Computers, nie in die Einstellungen.</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="95"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="96"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="97"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="98"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="99"/>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="100"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="116"/>
        <source>Name the database.</source>
        <translation>Geben Sie die Datenbank an.</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="160"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="193"/>
        <source>Connected. Storing the password in the keychain…</source>
        <translation>Verbunden. Das Passwort wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="207"/>
        <source>The connection works, but the keychain did not take the password (%1); nothing was changed. Put it in ~/.pgpass instead and leave the password empty here.</source>
        <translation>Die Verbindung funktioniert, aber der Schlüsselbund hat das Passwort nicht angenommen (%1); nichts wurde geändert. Tragen Sie es stattdessen in ~/.pgpass ein und lassen Sie das Passwort hier leer.</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="228"/>
        <source>the personal ledger</source>
        <translation>das persönliche Kassenbuch</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="230"/>
        <source>Restart TokenLedger</source>
        <translation>TokenLedger neu starten</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="231"/>
        <source>TokenLedger opens %1 when it starts again. Restart now?</source>
        <translation>TokenLedger öffnet %1 beim nächsten Start. Jetzt neu starten?</translation>
    </message>
</context>
<context>
    <name>tl::TokenKindsTable</name>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="182"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="182"/>
        <source>Input (uncached)</source>
        <translation>Eingabe (ungecacht)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="182"/>
        <source>Cache reads</source>
        <translation>Cache-Lesevorgänge</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="182"/>
        <source>Cache writes</source>
        <translation>Cache-Schreibvorgänge</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="182"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="182"/>
        <source>All tokens</source>
        <translation>Alle Tokens</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="184"/>
        <source>All models</source>
        <translation>Alle Modelle</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="217"/>
        <source>No tokens in this period.</source>
        <translation>Keine Tokens in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="218"/>
        <source>Each kind&apos;s share of the row&apos;s tokens. Cache reads are billed at a fraction of input, cache writes above it; providers that report no cache split show it all as input.</source>
        <translation>Anteil jeder Art an den Tokens der Zeile. Cache-Lesevorgänge werden zu einem Bruchteil des Eingabepreises abgerechnet, Cache-Schreibvorgänge darüber; bei Anbietern, die keine Cache-Aufteilung melden, erscheint alles als Eingabe.</translation>
    </message>
</context>
<context>
    <name>tl::TrayController</name>
    <message>
        <location filename="../ui/alerts/traycontroller.cpp" line="25"/>
        <source>Open TokenLedger</source>
        <translation>TokenLedger öffnen</translation>
    </message>
    <message>
        <location filename="../ui/alerts/traycontroller.cpp" line="26"/>
        <location filename="../ui/alerts/traycontroller.cpp" line="65"/>
        <source>Sync Now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location filename="../ui/alerts/traycontroller.cpp" line="33"/>
        <source>No alerts</source>
        <translation>Keine Warnungen</translation>
    </message>
    <message>
        <location filename="../ui/alerts/traycontroller.cpp" line="39"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../ui/alerts/traycontroller.cpp" line="65"/>
        <source>Cancel Sync</source>
        <translation>Synchronisierung abbrechen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/alerts/traycontroller.cpp" line="70"/>
        <source>TokenLedger — %n unread alert(s)</source>
        <translation>
            <numerusform>TokenLedger – %n ungelesene Warnung</numerusform>
            <numerusform>TokenLedger – %n ungelesene Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/alerts/traycontroller.cpp" line="70"/>
        <source>TokenLedger</source>
        <translation>TokenLedger</translation>
    </message>
    <message>
        <location filename="../ui/alerts/traycontroller.cpp" line="109"/>
        <source>Latest alert: %1</source>
        <translation>Neueste Warnung: %1</translation>
    </message>
</context>
<context>
    <name>tl::UsagePage</name>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="67"/>
        <source>No usage rows yet</source>
        <translation>Noch keine Nutzungszeilen</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="68"/>
        <source>Usage appears here after the first sync or import: one row per UTC day, model, project and API key, with its tokens, requests and cost.</source>
        <translation>Die Nutzung erscheint hier nach der ersten Synchronisierung oder dem ersten Import: eine Zeile pro UTC-Tag, Modell, Projekt und API-Schlüssel, mit Tokens, Anfragen und Kosten.</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="81"/>
        <source>‹ Previous</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="82"/>
        <source>Next ›</source>
        <translation>Weiter ›</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="87"/>
        <source>Import a CSV…</source>
        <translation>Eine CSV importieren…</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="100"/>
        <location filename="../ui/usage/usagepage.cpp" line="415"/>
        <source>All providers</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="101"/>
        <location filename="../ui/usage/usagepage.cpp" line="419"/>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="102"/>
        <location filename="../ui/usage/usagepage.cpp" line="430"/>
        <source>All models</source>
        <translation>Alle Modelle</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="103"/>
        <location filename="../ui/usage/usagepage.cpp" line="431"/>
        <source>All projects</source>
        <translation>Alle Projekte</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="104"/>
        <location filename="../ui/usage/usagepage.cpp" line="432"/>
        <source>All API keys</source>
        <translation>Alle API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="105"/>
        <source>Any cost source</source>
        <translation>Jede Kostenquelle</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="106"/>
        <source>Estimated (tokens × price)</source>
        <translation>Geschätzt (Tokens × Preis)</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="107"/>
        <source>Reported by the provider</source>
        <translation>Vom Anbieter gemeldet</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="108"/>
        <source>Unpriced</source>
        <translation>Ohne Preis</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="112"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="114"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="122"/>
        <source>Reset filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="149"/>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="152"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="154"/>
        <source>Export JSON…</source>
        <translation>JSON exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="172"/>
        <source>Rows show usage cost: tokens × catalog prices, or the cost a provider reported per row. Where a provider sends a bill (a cost API or a cost export), the dashboard counts the bill instead — Billed vs estimated shows the difference per day.</source>
        <translation>Zeilen zeigen Nutzungskosten: Tokens × Katalogpreise oder die Kosten, die ein Anbieter je Zeile gemeldet hat. Wo ein Anbieter abrechnet (Kosten-API oder Kostenexport), zählt die Übersicht stattdessen die Rechnung – „Abgerechnet vs. geschätzt“ zeigt den Unterschied je Tag.</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="183"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="184"/>
        <source>Billed vs estimated</source>
        <translation>Abgerechnet vs. geschätzt</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="186"/>
        <source>Data quality</source>
        <translation>Datenqualität</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="188"/>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="196"/>
        <source>Manual entries</source>
        <translation>Manuelle Einträge</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="201"/>
        <source>Coding agents</source>
        <translation>Coding-Agenten</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="234"/>
        <location filename="../ui/usage/usagepage.cpp" line="401"/>
        <source>Could not read usage: %1</source>
        <translation>Nutzung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="238"/>
        <source>Exported %1 rows to %2</source>
        <translation>%1 Zeilen nach %2 exportiert</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="241"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="449"/>
        <source>No rows match these filters on %1 – %2 (UTC days)</source>
        <translation>Keine Zeilen passen zu diesen Filtern im Zeitraum %1 – %2 (UTC-Tage)</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="451"/>
        <source>Rows %1–%2 of %3</source>
        <translation>Zeilen %1–%2 von %3</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepageexport.cpp" line="21"/>
        <source>Export usage as CSV</source>
        <translation>Nutzung als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepageexport.cpp" line="21"/>
        <source>Export usage as JSON</source>
        <translation>Nutzung als JSON exportieren</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepageexport.cpp" line="22"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepageexport.cpp" line="22"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepageexport.cpp" line="29"/>
        <source>Exporting…</source>
        <translation>Exportiere…</translation>
    </message>
</context>
<context>
    <name>tl::UsageTableModel</name>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="20"/>
        <source>Estimated</source>
        <translation>Geschätzt</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="22"/>
        <source>Reported</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="24"/>
        <source>Unpriced</source>
        <translation>Ohne Preis</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="60"/>
        <source>UTC day</source>
        <translation>UTC-Tag</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="62"/>
        <source>Input tokens not read from a cache</source>
        <translation>Eingabe-Tokens, die nicht aus einem Cache gelesen wurden</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="64"/>
        <source>Input tokens read from a prompt cache</source>
        <translation>Eingabe-Tokens aus einem Prompt-Cache</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="66"/>
        <source>Tokens written to a prompt cache (5-minute and 1-hour)</source>
        <translation>In einen Prompt-Cache geschriebene Tokens (5 Minuten und 1 Stunde)</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="68"/>
        <source>Usage cost in USD: estimated from catalog prices, or reported by the provider per request</source>
        <translation>Nutzungskosten in USD: aus Katalogpreisen geschätzt oder vom Anbieter pro Anfrage gemeldet</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="70"/>
        <source>Estimated: tokens × catalog price. Reported: the provider&apos;s own per-request cost. Unpriced: no price known, so not in any total.</source>
        <translation>Geschätzt: Tokens × Katalogpreis. Gemeldet: die eigenen Kosten des Anbieters pro Anfrage. Ohne Preis: kein Preis bekannt, daher in keiner Summe.</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="80"/>
        <source>Day (UTC)</source>
        <translation>Tag (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="82"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="84"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="86"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="88"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="90"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="92"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="94"/>
        <source>Cached</source>
        <translation>Gecacht</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="96"/>
        <source>Cache writes</source>
        <translation>Cache-Schreibvorgänge</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="98"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="100"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="102"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="104"/>
        <source>Cost source</source>
        <translation>Kostenquelle</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="133"/>
        <source>All %1 rows</source>
        <translation>Alle %1 Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="147"/>
        <source>%1 unpriced</source>
        <translation>%1 ohne Preis</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="157"/>
        <source>Usage the provider reported without a model name (source: %1). No price can cover it: its cost comes from the provider&apos;s billed amount, or cannot be estimated.</source>
        <translation>Nutzung, die der Anbieter ohne Modellnamen gemeldet hat (Quelle: %1). Kein Preis kann sie abdecken: Ihre Kosten stammen aus dem vom Anbieter abgerechneten Betrag oder können nicht geschätzt werden.</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="161"/>
        <source>%1 (%2 tier, source: %3)</source>
        <translation>%1 (Stufe %2, Quelle: %3)</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="163"/>
        <source>%1 (source: %2)</source>
        <translation>%1 (Quelle: %2)</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="194"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>tl::UsageWindows</name>
    <message>
        <location filename="../core/analytics/usagewindows.cpp" line="213"/>
        <source>less than a minute</source>
        <translation>weniger als einer Minute</translation>
    </message>
    <message>
        <location filename="../core/analytics/usagewindows.cpp" line="216"/>
        <source>%1 d %2 h</source>
        <translation>%1 Tg. %2 Std.</translation>
    </message>
    <message>
        <location filename="../core/analytics/usagewindows.cpp" line="218"/>
        <source>%1 d</source>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <location filename="../core/analytics/usagewindows.cpp" line="220"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location filename="../core/analytics/usagewindows.cpp" line="222"/>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location filename="../core/analytics/usagewindows.cpp" line="223"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../core/analytics/usagewindows.cpp" line="229"/>
        <source>resets now</source>
        <translation>wird jetzt zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../core/analytics/usagewindows.cpp" line="230"/>
        <source>resets in %1</source>
        <translation>wird in %1 zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../core/analytics/usagewindows.cpp" line="237"/>
        <source>not logged</source>
        <translation>nicht protokolliert</translation>
    </message>
    <message>
        <location filename="../core/analytics/usagewindows.cpp" line="239"/>
        <source>no data since reset</source>
        <translation>keine Daten seit dem Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../core/analytics/usagewindows.cpp" line="244"/>
        <source>%1 % used, %2</source>
        <translation>%1 % genutzt, %2</translation>
    </message>
</context>
<context>
    <name>tl::WelcomePanel</name>
    <message>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="47"/>
        <source>Where is your LLM usage?</source>
        <translation>Wo steckt Ihre LLM-Nutzung?</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="54"/>
        <source>Pick a start; you can add the others later. TokenLedger shows only numbers it read from your providers, your agents&apos; logs or your own files — never made-up estimates.</source>
        <translation>Wählen Sie einen Anfang; die anderen können Sie später hinzufügen. TokenLedger zeigt nur Zahlen, die es von Ihren Anbietern, aus den Logs Ihrer Agenten oder aus Ihren eigenen Dateien gelesen hat — nie erfundene Schätzungen.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="60"/>
        <source>Looking for Claude Code, Codex CLI and Gemini CLI logs on this computer…</source>
        <translation>Suche nach Logs von Claude Code, Codex CLI und Gemini CLI auf diesem Computer…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="62"/>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="133"/>
        <source>Read Their Logs…</source>
        <translation>Ihre Logs lesen…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="68"/>
        <source>Usage and costs straight from the provider, synced on a schedule. OpenAI needs an organization admin key (sk-admin-…), Anthropic an Admin API key (sk-ant-admin…): ordinary project keys cannot read usage. The key is kept only in your system keychain.</source>
        <translation>Nutzung und Kosten direkt vom Anbieter, regelmäßig synchronisiert. OpenAI braucht einen Admin-Schlüssel der Organisation (sk-admin-…), Anthropic einen Admin-API-Schlüssel (sk-ant-admin…): gewöhnliche Projektschlüssel können die Nutzung nicht lesen. Der Schlüssel liegt nur im Schlüsselbund Ihres Systems.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="71"/>
        <source>Add an Account…</source>
        <translation>Konto hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="75"/>
        <source>A usage or cost CSV downloaded from the OpenAI or Anthropic console, or a Google Cloud Billing export. Nothing leaves this computer; importing the same file again changes nothing.</source>
        <translation>Eine Nutzungs- oder Kosten-CSV aus der OpenAI- oder Anthropic-Konsole oder ein Export aus Google Cloud Billing. Nichts verlässt diesen Computer; dieselbe Datei erneut zu importieren ändert nichts.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="78"/>
        <source>Import a CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="84"/>
        <source>Coding agents on this computer</source>
        <translation>Coding-Agenten auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="88"/>
        <source>A provider account</source>
        <translation>Ein Anbieterkonto</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="89"/>
        <source>A console export</source>
        <translation>Ein Konsolen-Export</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="116"/>
        <source>No Claude Code, Codex CLI or Gemini CLI logs were found in their usual folders. If an agent keeps them elsewhere, add it from the Accounts page and choose the folder.</source>
        <translation>In den üblichen Ordnern wurden keine Logs von Claude Code, Codex CLI oder Gemini CLI gefunden. Legt ein Agent sie woanders ab, fügen Sie ihn auf der Seite Konten hinzu und wählen den Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="119"/>
        <source>Choose Folders…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/welcomepanel.cpp" line="128"/>
        <source>%1: %n log file(s) in %2</source>
        <translation>
            <numerusform>%1: %n Log-Datei in %2</numerusform>
            <numerusform>%1: %n Log-Dateien in %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="131"/>
        <source>Found on this computer:</source>
        <translation>Auf diesem Computer gefunden:</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="132"/>
        <source>Their tokens are priced at API rates; you say whether a plan pays.</source>
        <translation>Ihre Tokens werden zu API-Preisen bewertet; Sie legen fest, ob ein Abo sie bezahlt.</translation>
    </message>
</context>
<context>
    <name>tl::charts::DailySpendChart</name>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="127"/>
        <source>Month to date</source>
        <translation>Monat bisher</translation>
    </message>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="127"/>
        <source>Spent so far in the period</source>
        <translation>Bisher im Zeitraum ausgegeben</translation>
    </message>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="142"/>
        <source>%1 (UTC): %2 spent in the period so far</source>
        <translation>%1 (UTC): bisher %2 im Zeitraum ausgegeben</translation>
    </message>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="153"/>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="169"/>
        <source>Forecast range</source>
        <translation>Prognosespanne</translation>
    </message>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="175"/>
        <source>Month-end forecast: %1 (range %2 – %3)</source>
        <translation>Prognose zum Monatsende: %1 (Spanne %2 – %3)</translation>
    </message>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="216"/>
        <source>%1 (UTC days)</source>
        <translation>%1 (UTC-Tage)</translation>
    </message>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="217"/>
        <source>%1 – %2 (UTC days)</source>
        <translation>%1 – %2 (UTC-Tage)</translation>
    </message>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="225"/>
        <source>Per day</source>
        <translation>Pro Tag</translation>
    </message>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="233"/>
        <source>Month so far</source>
        <translation>Monat bisher</translation>
    </message>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="233"/>
        <source>Period so far</source>
        <translation>Zeitraum bisher</translation>
    </message>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="258"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (UTC)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="265"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="267"/>
        <source>Total: %1</source>
        <translation>Summe: %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="267"/>
        <source>&lt;i&gt;Click to see the day&apos;s rows&lt;/i&gt;</source>
        <translation>&lt;i&gt;Klicken, um die Zeilen des Tages zu sehen&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>tl::charts::ShareDonut</name>
    <message>
        <location filename="../ui/charts/sharedonut.cpp" line="25"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location filename="../ui/charts/sharedonut.cpp" line="76"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 %</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 %</translation>
    </message>
</context>
<context>
    <name>tl::charts::TrendChart</name>
    <message>
        <location filename="../ui/charts/trendchart.cpp" line="119"/>
        <source>%1 requests</source>
        <translation>%1 Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/charts/trendchart.cpp" line="120"/>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <location filename="../ui/charts/trendchart.cpp" line="122"/>
        <source>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;%3&lt;br&gt;&lt;i&gt;Click to see its rows&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;%3&lt;br&gt;&lt;i&gt;Klicken, um die Zeilen zu sehen&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/charts/trendchart.cpp" line="123"/>
        <source> (so far)</source>
        <translation> (bisher)</translation>
    </message>
</context>
<context>
    <name>tl::cli</name>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="48"/>
        <source>API key for %1 (input hidden): </source>
        <translation>API-Schlüssel für %1 (Eingabe verborgen): </translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="58"/>
        <source>the key on standard input is longer than %1 bytes; nothing was stored</source>
        <translation>der Schlüssel auf der Standardeingabe ist länger als %1 Bytes; nichts wurde gespeichert</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="60"/>
        <source>no key was given on standard input; nothing was stored (use --no-key for an account without one)</source>
        <translation>auf der Standardeingabe kam kein Schlüssel; nichts wurde gespeichert (--no-key für ein Konto ohne Schlüssel)</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="68"/>
        <source>which account? give its id (see tokenledger accounts list)</source>
        <translation>welches Konto? Geben Sie seine ID an (siehe tokenledger accounts list)</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="74"/>
        <source>&quot;%1&quot; is not an account id</source>
        <translation>„%1“ ist keine Konto-ID</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="84"/>
        <source>there is no account %1 (see tokenledger accounts list)</source>
        <translation>es gibt kein Konto %1 (siehe tokenledger accounts list)</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="117"/>
        <source>from the environment</source>
        <translation>aus der Umgebung</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="138"/>
        <source>(disabled)</source>
        <translation>(deaktiviert)</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="139"/>
        <source>key: %1 (headless: %2)</source>
        <translation>Schlüssel: %1 (ohne Desktop: %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="141"/>
        <source>base URL: %1</source>
        <translation>Basis-URL: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="142"/>
        <source>(insecure http allowed)</source>
        <translation>(unsicheres http erlaubt)</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="143"/>
        <source>synced by: %1</source>
        <translation>synchronisiert von: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="145"/>
        <source>last success: %1</source>
        <translation>letzter Erfolg: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="149"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="152"/>
        <source>, failing %1x: %2</source>
        <translation>, %1-mal fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="160"/>
        <source>No accounts yet. Add one with: tokenledger accounts add --provider openai --label Work</source>
        <translation>Noch keine Konten. Fügen Sie eines hinzu mit: tokenledger accounts add --provider openai --label Work</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="174"/>
        <source>--provider and --label are required</source>
        <translation>--provider und --label sind nötig</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="180"/>
        <source>unknown provider &quot;%1&quot; (one of: %2)</source>
        <translation>unbekannter Anbieter „%1“ (einer von: %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="184"/>
        <location filename="../app/cli/accountscommand.cpp" line="250"/>
        <source>--base-url %1 (--allow-insecure-http)</source>
        <translation>--base-url %1 (--allow-insecure-http)</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="200"/>
        <source>the key was NOT stored and the account was not added: %1</source>
        <translation>der Schlüssel wurde NICHT gespeichert und das Konto nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="202"/>
        <source>For headless use without a keychain, add the account with --no-key and set its TOKENLEDGER_API_KEY_&lt;key reference&gt; variable when syncing (tokenledger accounts list).</source>
        <translation>Ohne Schlüsselbund: fügen Sie das Konto mit --no-key hinzu und setzen Sie beim Synchronisieren seine Variable TOKENLEDGER_API_KEY_&lt;key reference&gt; (tokenledger accounts list).</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="214"/>
        <source>could not add the account: %1</source>
        <translation>das Konto konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="217"/>
        <source>Added account %1: %2 &quot;%3&quot;.</source>
        <translation>Konto %1 hinzugefügt: %2 „%3“.</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="222"/>
        <source>Its key is in the system keychain.</source>
        <translation>Sein Schlüssel liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="224"/>
        <source>No key stored. For headless syncs set %1.</source>
        <translation>Kein Schlüssel gespeichert. Für Synchronisierungen ohne Desktop setzen Sie %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="236"/>
        <source>--enable and --disable exclude each other</source>
        <translation>--enable und --disable schließen einander aus</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="257"/>
        <source>the label cannot be empty</source>
        <translation>die Bezeichnung darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="269"/>
        <source>the account was not changed: its key could not be %1: %2</source>
        <translation>das Konto wurde nicht geändert: sein Schlüssel konnte nicht %1 werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="270"/>
        <source>moved to the new address</source>
        <translation>zur neuen Adresse verschoben</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="270"/>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="273"/>
        <source>could not update the account: %1</source>
        <translation>das Konto konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="274"/>
        <source>Updated account %1.</source>
        <translation>Konto %1 geändert.</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="276"/>
        <source>Its new key is in the system keychain.</source>
        <translation>Sein neuer Schlüssel liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="289"/>
        <source>say what happens to its history: --keep-history or --delete-history</source>
        <translation>sagen Sie, was mit seinem Verlauf geschieht: --keep-history oder --delete-history</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="296"/>
        <source>the key of account %1 could not be deleted from the system keychain (%2); nothing was removed. Try again once the keychain answers, or remove the account with --leave-key and delete the entry &quot;%3&quot; (service %4) yourself.</source>
        <translation>der Schlüssel von Konto %1 konnte nicht aus dem Schlüsselbund des Systems gelöscht werden (%2); nichts wurde entfernt. Versuchen Sie es erneut, sobald der Schlüsselbund antwortet, oder entfernen Sie das Konto mit --leave-key und löschen Sie den Eintrag „%3“ (Dienst %4) selbst.</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="305"/>
        <source>could not remove the account: %1</source>
        <translation>das Konto konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="306"/>
        <source>Removed account %1 and its key</source>
        <translation>Konto %1 und sein Schlüssel entfernt</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="307"/>
        <source>Removed account %1 (its key stays in the keychain as &quot;%2&quot;)</source>
        <translation>Konto %1 entfernt (sein Schlüssel bleibt als „%2“ im Schlüsselbund)</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="309"/>
        <source>%1; its history stays in every total.</source>
        <translation>%1; sein Verlauf bleibt in allen Summen.</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="309"/>
        <source>%1; all its history is deleted.</source>
        <translation>%1; sein gesamter Verlauf ist gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="323"/>
        <source>account %1 has no usable key: %2</source>
        <translation>Konto %1 hat keinen nutzbaren Schlüssel: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="339"/>
        <source>connection test of account %1 failed: %2</source>
        <translation>Verbindungstest von Konto %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="381"/>
        <source>which action? list, add, edit, remove or test</source>
        <translation>welche Aktion? list, add, edit, remove oder test</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/accountscommand.cpp" line="388"/>
        <source>Note: %n key(s) stored by an older TokenLedger could not be moved yet: %1</source>
        <translation>
            <numerusform>Hinweis: %n von einem älteren TokenLedger gespeicherter Schlüssel konnte noch nicht verschoben werden: %1</numerusform>
            <numerusform>Hinweis: %n von einem älteren TokenLedger gespeicherte Schlüssel konnten noch nicht verschoben werden: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="395"/>
        <location filename="../app/cli/agentscommand.cpp" line="446"/>
        <location filename="../app/cli/budgetscommand.cpp" line="139"/>
        <location filename="../app/cli/checkcommand.cpp" line="151"/>
        <location filename="../app/cli/dbcommand.cpp" line="151"/>
        <location filename="../app/cli/exportcommand.cpp" line="47"/>
        <location filename="../app/cli/importscommand.cpp" line="135"/>
        <location filename="../app/cli/pricingcommand.cpp" line="437"/>
        <location filename="../app/cli/reportcommand.cpp" line="246"/>
        <location filename="../app/cli/synccommand.cpp" line="44"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="404"/>
        <location filename="../app/cli/pricingcommand.cpp" line="446"/>
        <source>unknown action &quot;%1&quot;</source>
        <translation>unbekannte Aktion „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="92"/>
        <source>--%1 &quot;%2&quot; is not a folder</source>
        <translation>--%1 „%2“ ist kein Ordner</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="128"/>
        <source>No coding-agent logs found in the default folders (~/.claude, ~/.config/claude, ~/.codex, ~/.gemini or CLAUDE_CONFIG_DIR, CODEX_HOME, GEMINI_DATA_DIR). Name a folder with --claude, --codex or --gemini.</source>
        <translation>Keine Protokolle von Coding-Agenten in den Standardordnern gefunden (~/.claude, ~/.config/claude, ~/.codex, ~/.gemini oder CLAUDE_CONFIG_DIR, CODEX_HOME, GEMINI_DATA_DIR). Nennen Sie einen Ordner mit --claude, --codex oder --gemini.</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="137"/>
        <source>another %1 is using this profile; nothing was imported. Try again when it has finished.</source>
        <translation>ein anderes %1 verwendet dieses Profil; nichts wurde importiert. Versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="152"/>
        <source>account %1 is gone</source>
        <translation>Konto %1 ist nicht mehr da</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="159"/>
        <source>Added the account %1 &quot;%2&quot; reading %3.</source>
        <translation>Konto %1 „%2“ hinzugefügt, es liest %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="170"/>
        <source>%1: nothing was imported: %2</source>
        <translation>%1: nichts wurde importiert: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="174"/>
        <source>%1 (account %2): %3.</source>
        <translation>%1 (Konto %2): %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="178"/>
        <source>Days changed: %1 to %2; usage rows %3 new, %4 updated.</source>
        <translation>Geänderte Tage: %1 bis %2; Nutzungszeilen %3 neu, %4 geändert.</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="182"/>
        <source>could not read %1</source>
        <translation>konnte %1 nicht lesen</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="208"/>
        <source>No coding-agent accounts yet.</source>
        <translation>Noch keine Konten für Coding-Agenten.</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="208"/>
        <source>Coding-agent accounts:</source>
        <translation>Konten für Coding-Agenten:</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="227"/>
        <source>value at API prices (subscription, not spend)</source>
        <translation>Wert zu API-Preisen (Abonnement, keine Ausgabe)</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="229"/>
        <source>in account %1&apos;s bill (not counted twice)</source>
        <translation>in der Rechnung von Konto %1 (nicht doppelt gezählt)</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="230"/>
        <source>estimated spend</source>
        <translation>geschätzte Ausgabe</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="232"/>
        <source>this month: %1 %2, %3 requests</source>
        <translation>diesen Monat: %1 %2, %3 Anfragen</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="234"/>
        <source>; fee %1, returned %2 %</source>
        <translation>; Gebühr %1, zurückgewonnen %2 %</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="243"/>
        <source>5-hour window since %1 UTC: %2 tokens (%3 of the highest earlier window), projected %4, %5</source>
        <translation>5-Stunden-Fenster seit %1 UTC: %2 Tokens (%3 des höchsten früheren Fensters), voraussichtlich %4, %5</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="248"/>
        <source>no earlier window</source>
        <translation>kein früheres Fenster</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="255"/>
        <source>no active 5-hour window</source>
        <translation>kein aktives 5-Stunden-Fenster</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="262"/>
        <source>%1 window: %2 % used, %3</source>
        <translation>Fenster %1: %2 % verbraucht, %3</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="265"/>
        <source>%1 window: no data since it reset</source>
        <translation>Fenster %1: keine Daten seit dem Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="267"/>
        <source>Codex 5-hour</source>
        <translation>Codex 5 Stunden</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="268"/>
        <source>Codex weekly</source>
        <translation>Codex wöchentlich</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="271"/>
        <source>alert when a window is projected past %1 % of the highest earlier one</source>
        <translation>Warnung, wenn ein Fenster voraussichtlich %1 % des höchsten früheren überschreitet</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="289"/>
        <source>subscription: usage is value, not spend</source>
        <translation>Abonnement: Nutzung ist Wert, keine Ausgabe</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="290"/>
        <source>API key: usage is spend</source>
        <translation>API-Schlüssel: Nutzung ist Ausgabe</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="292"/>
        <source>folders: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="292"/>
        <location filename="../app/cli/reportcommand.cpp" line="44"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="295"/>
        <source>%1 files read, %2 requests from %3 to %4</source>
        <translation>%1 Dateien gelesen, %2 Anfragen von %3 bis %4</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="297"/>
        <source>%1 files read, %2 requests</source>
        <translation>%1 Dateien gelesen, %2 Anfragen</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="303"/>
        <source>No agent logs in the default folders.</source>
        <translation>Keine Agenten-Protokolle in den Standardordnern.</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="304"/>
        <source>Found in the default folders:</source>
        <translation>In den Standardordnern gefunden:</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="314"/>
        <source>%1 log files</source>
        <translation>%1 Protokolldateien</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="331"/>
        <source>agents %1 ID VALUE (see tokenledger agents --help)</source>
        <translation>agents %1 ID WERT (siehe tokenledger agents --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="338"/>
        <source>there is no coding-agent account %1 (see tokenledger agents list)</source>
        <translation>es gibt kein Coding-Agent-Konto %1 (siehe tokenledger agents list)</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="348"/>
        <source>%1 is now paid by a subscription: its usage is shown as value at API prices, not spend. Add the monthly fee with: tokenledger manual add</source>
        <translation>%1 wird jetzt per Abonnement bezahlt: seine Nutzung erscheint als Wert zu API-Preisen, nicht als Ausgabe. Tragen Sie die Monatsgebühr ein mit: tokenledger manual add</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="350"/>
        <source>%1 is now paid by API key: its usage is estimated spend.</source>
        <translation>%1 wird jetzt per API-Schlüssel bezahlt: seine Nutzung ist geschätzte Ausgabe.</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="360"/>
        <source>agents window-alert ID PERCENT (0 turns it off, at most 1000)</source>
        <translation>agents window-alert ID PROZENT (0 schaltet sie aus, höchstens 1000)</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="369"/>
        <source>No window alert for %1.</source>
        <translation>Keine Fenster-Warnung für %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="371"/>
        <source>An alert is raised once per 5-hour window when %1&apos;s active window is projected past %2 % of its highest earlier window.</source>
        <translation>Eine Warnung kommt einmal je 5-Stunden-Fenster, wenn das aktive Fenster von %1 voraussichtlich %2 % seines höchsten früheren Fensters überschreitet.</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="389"/>
        <source>&quot;%1&quot; is not a synced provider account</source>
        <translation>„%1“ ist kein synchronisiertes Anbieterkonto</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="393"/>
        <source>a subscription is not billed per request: set billing to api first</source>
        <translation>ein Abonnement wird nicht pro Anfrage abgerechnet: stellen Sie die Abrechnung zuerst auf api</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="397"/>
        <source>%1&apos;s requests are in account %2&apos;s bill: shown as the overlap, not added to spend twice.</source>
        <translation>Die Anfragen von %1 stehen in der Rechnung von Konto %2: als Überschneidung gezeigt, nicht doppelt zur Ausgabe gezählt.</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="402"/>
        <source>%1&apos;s usage counts as its own estimated spend.</source>
        <translation>Die Nutzung von %1 zählt als eigene geschätzte Ausgabe.</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="409"/>
        <source>&quot;%1&quot; is not a folder</source>
        <translation>„%1“ ist kein Ordner</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="414"/>
        <source>%1 reads %2.</source>
        <translation>%1 liest %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="452"/>
        <source>unknown action &quot;%1&quot;: import, list, billing, billed-by, window-alert or folders</source>
        <translation>unbekannte Aktion „%1“: import, list, billing, billed-by, window-alert oder folders</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="58"/>
        <source>--amount &quot;%1&quot; is not a positive number of US dollars</source>
        <translation>--amount „%1“ ist kein positiver Betrag in US-Dollar</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="104"/>
        <source>No budgets. Add one with: tokenledger budgets add --name Team --amount 500</source>
        <translation>Keine Budgets. Fügen Sie eines hinzu mit: tokenledger budgets add --name Team --amount 500</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="116"/>
        <source>by %1</source>
        <translation>um %1</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="118"/>
        <source>%1 (%2): %3 of %4 (%5 %), forecast %6, %7</source>
        <translation>%1 (%2): %3 von %4 (%5 %), Prognose %6, %7</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="132"/>
        <source>budgets edit needs a budget id</source>
        <translation>budgets edit braucht eine Budget-ID</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="135"/>
        <source>no budget %1</source>
        <translation>kein Budget %1</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="141"/>
        <source>budgets add needs --name and --amount</source>
        <translation>budgets add braucht --name und --amount</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="146"/>
        <source>--name must not be empty</source>
        <translation>--name darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="154"/>
        <source>choose --provider or --account, not both</source>
        <translation>wählen Sie --provider oder --account, nicht beides</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="157"/>
        <location filename="../app/cli/exportcommand.cpp" line="57"/>
        <location filename="../app/cli/pricingcommand.cpp" line="117"/>
        <location filename="../app/cli/pricingcommand.cpp" line="191"/>
        <location filename="../app/cli/pricingcommand.cpp" line="306"/>
        <location filename="../app/cli/pricingcommand.cpp" line="352"/>
        <source>unknown provider &quot;%1&quot;</source>
        <translation>unbekannter Anbieter „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="165"/>
        <source>no account &quot;%1&quot;</source>
        <translation>kein Konto „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="172"/>
        <source>--thresholds must be whole percentages from 1 to 1000, separated by commas</source>
        <translation>--thresholds müssen ganze Prozentzahlen von 1 bis 1000 sein, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="177"/>
        <source>choose --enable or --disable</source>
        <translation>wählen Sie --enable oder --disable</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="184"/>
        <source>Added budget %1: %2, %3 a month.</source>
        <translation>Budget %1 hinzugefügt: %2, %3 im Monat.</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="189"/>
        <source>Updated budget %1.</source>
        <translation>Budget %1 geändert.</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="200"/>
        <source>budgets remove needs a budget id</source>
        <translation>budgets remove braucht eine Budget-ID</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="203"/>
        <source>Removed budget %1; its past alerts stay.</source>
        <translation>Budget %1 entfernt; seine früheren Warnungen bleiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="207"/>
        <source>unknown action &quot;%1&quot;: list, add, edit or remove</source>
        <translation>unbekannte Aktion „%1“: list, add, edit oder remove</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="255"/>
        <source>No alerts.</source>
        <translation>Keine Warnungen.</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="259"/>
        <source>(unread)</source>
        <translation>(ungelesen)</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="273"/>
        <source>alerts %1 needs an alert id</source>
        <translation>alerts %1 braucht eine Warnungs-ID</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="278"/>
        <source>unknown action &quot;%1&quot;: list, read or ack</source>
        <translation>unbekannte Aktion „%1“: list, read oder ack</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="22"/>
        <source>provider accounts</source>
        <translation>Anbieterkonten</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="23"/>
        <source>usage rows</source>
        <translation>Nutzungszeilen</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="24"/>
        <source>daily totals, computed from the usage rows</source>
        <translation>Tagessummen, aus den Nutzungszeilen berechnet</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="25"/>
        <source>daily totals per account, computed from the usage rows</source>
        <translation>Tagessummen je Konto, aus den Nutzungszeilen berechnet</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="26"/>
        <source>billed costs and manual charges</source>
        <translation>abgerechnete Kosten und manuelle Belastungen</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="27"/>
        <source>sync history</source>
        <translation>Synchronisierungsverlauf</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="28"/>
        <source>your price overrides</source>
        <translation>Ihre eigenen Preise</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="29"/>
        <source>loaded price catalogs</source>
        <translation>geladene Preiskataloge</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="30"/>
        <source>budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="31"/>
        <source>alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="32"/>
        <source>balances and credits</source>
        <translation>Guthaben und Gutschriften</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="33"/>
        <source>manual entries</source>
        <translation>manuelle Einträge</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="35"/>
        <source>the projects and keys offered as filters, computed from the usage rows</source>
        <translation>die als Filter angebotenen Projekte und Schlüssel, aus den Nutzungszeilen berechnet</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="36"/>
        <location filename="../app/cli/checkcommand.cpp" line="37"/>
        <source>the Usage page&apos;s sort index, computed from the usage rows</source>
        <translation>der Sortierindex der Seite Nutzung, aus den Nutzungszeilen berechnet</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="39"/>
        <source>totals by project and key per day, computed from the usage rows</source>
        <translation>Summen nach Projekt und Schlüssel je Tag, aus den Nutzungszeilen berechnet</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="41"/>
        <source>totals by project and key per month, computed from the usage rows</source>
        <translation>Summen nach Projekt und Schlüssel je Monat, aus den Nutzungszeilen berechnet</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="42"/>
        <source>days whose data-quality check is due</source>
        <translation>Tage, deren Datenqualitätsprüfung ansteht</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="43"/>
        <source>data-quality findings, computed from the usage rows</source>
        <translation>Datenqualitätsbefunde, aus den Nutzungszeilen berechnet</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="44"/>
        <source>re-pricing still to do after a price change</source>
        <translation>noch ausstehende Neubepreisung nach einer Preisänderung</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="45"/>
        <source>the history of CSV imports</source>
        <translation>der Verlauf der CSV-Importe</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="46"/>
        <source>which rows each CSV import added</source>
        <translation>welche Zeilen jeder CSV-Import hinzugefügt hat</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="47"/>
        <source>how far each coding-agent log has been read</source>
        <translation>wie weit jedes Agenten-Protokoll gelesen wurde</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="48"/>
        <source>coding-agent log folders</source>
        <translation>Protokollordner der Coding-Agenten</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="49"/>
        <source>coding-agent requests already counted</source>
        <translation>bereits gezählte Anfragen der Coding-Agenten</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="50"/>
        <source>coding-agent usage windows</source>
        <translation>Nutzungsfenster der Coding-Agenten</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="51"/>
        <source>the highest ids handed out</source>
        <translation>die höchsten vergebenen IDs</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="64"/>
        <source>page %1 of the file is not a valid page (overwritten or cut off)</source>
        <translation>Seite %1 der Datei ist keine gültige Seite (überschrieben oder abgeschnitten)</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="66"/>
        <source>index %1 does not list every row of its table</source>
        <translation>Index %1 führt nicht jede Zeile seiner Tabelle</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="68"/>
        <source>reading it stops at a damaged page (SQLite: %1)</source>
        <translation>das Lesen endet an einer beschädigten Seite (SQLite: %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="98"/>
        <source>Checked %1: intact. SQLite&apos;s integrity check found no damage and no row refers to a missing row.</source>
        <translation>%1 geprüft: unversehrt. Die Integritätsprüfung von SQLite fand keinen Schaden, und keine Zeile verweist auf eine fehlende Zeile.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="104"/>
        <source>Checked %1: the database is damaged.</source>
        <translation>%1 geprüft: die Datenbank ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="108"/>
        <source>an index of table %1</source>
        <translation>ein Index der Tabelle %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/checkcommand.cpp" line="111"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="115"/>
        <source>... and %1 more</source>
        <translation>... und %1 weitere</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/checkcommand.cpp" line="123"/>
        <source>table %1: %n row(s) refer(s) to a missing row of %2</source>
        <translation>
            <numerusform>Tabelle %1: %n Zeile verweist auf eine fehlende Zeile von %2</numerusform>
            <numerusform>Tabelle %1: %n Zeilen verweisen auf eine fehlende Zeile von %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="128"/>
        <source>Reads that reach the damage fail (report, export, the window) instead of showing partial figures. Nothing was changed.</source>
        <translation>Lesevorgänge, die den Schaden erreichen, schlagen fehl (Bericht, Export, das Fenster), statt unvollständige Zahlen zu zeigen. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="131"/>
        <source>What to do: keep a copy of the file; restore a backup, or save what is still readable with</source>
        <translation>Was tun: behalten Sie eine Kopie der Datei; spielen Sie eine Sicherung ein, oder retten Sie, was noch lesbar ist, mit</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="133"/>
        <source>and look at the copy with %1.</source>
        <translation>und sehen Sie sich die Kopie an mit %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="165"/>
        <source>check reads SQLite files; a team database is checked by its server (amcheck, pg_dump to a file as a backup)</source>
        <translation>check liest SQLite-Dateien; eine Team-Datenbank prüft ihr Server (amcheck, pg_dump in eine Datei als Sicherung)</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="168"/>
        <source>there is no database at %1</source>
        <translation>es gibt keine Datenbank unter %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="139"/>
        <source>unknown command &quot;%1&quot; (see tokenledger --help)</source>
        <translation>unbekannter Befehl „%1“ (siehe tokenledger --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/context.cpp" line="145"/>
        <source>--%1 &quot;%2&quot; is not a date (expected YYYY-MM-DD)</source>
        <translation>--%1 „%2“ ist kein Datum (erwartet JJJJ-MM-TT)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/context.cpp" line="172"/>
        <source>%n data-quality finding(s): see tokenledger quality, or Usage → Data quality</source>
        <translation>
            <numerusform>%n Datenqualitätsbefund: siehe tokenledger quality oder Nutzung → Datenqualität</numerusform>
            <numerusform>%n Datenqualitätsbefunde: siehe tokenledger quality oder Nutzung → Datenqualität</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/context.cpp" line="197"/>
        <source>%1 (see tokenledger %2 --help)</source>
        <translation>%1 (siehe tokenledger %2 --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="49"/>
        <source>reinstall TokenLedger: its network module is missing or from another version</source>
        <translation>TokenLedger neu installieren: sein Netzwerkmodul fehlt oder stammt aus einer anderen Version</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="56"/>
        <source>the system keychain answers</source>
        <translation>der Schlüsselbund des Systems antwortet</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="58"/>
        <source>the system keychain is locked</source>
        <translation>der Schlüsselbund des Systems ist gesperrt</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="59"/>
        <source>unlock it (log in again, or open your keyring manager); syncs need it unlocked</source>
        <translation>entsperren Sie ihn (neu anmelden oder die Schlüsselverwaltung öffnen); Synchronisierungen brauchen ihn entsperrt</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="62"/>
        <source>no system keychain answers: API keys cannot be stored (%1)</source>
        <translation>kein Schlüsselbund des Systems antwortet: API-Schlüssel können nicht gespeichert werden (%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="63"/>
        <source>install and start a Secret Service (gnome-keyring or KWallet) in your desktop session; for a headless sync host, give each account&apos;s key in its TOKENLEDGER_API_KEY_&lt;key reference&gt; variable instead (tokenledger accounts list shows the names)</source>
        <translation>installieren und starten Sie einen Secret Service (gnome-keyring oder KWallet) in Ihrer Desktop-Sitzung; auf einem Sync-Rechner ohne Desktop geben Sie den Schlüssel jedes Kontos stattdessen in seiner Variable TOKENLEDGER_API_KEY_&lt;key reference&gt; an (tokenledger accounts list zeigt die Namen)</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="69"/>
        <source>the system keychain did not answer: %1</source>
        <translation>der Schlüsselbund des Systems hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="70"/>
        <source>check that your keyring service runs and is unlocked, then run doctor again</source>
        <translation>prüfen Sie, ob Ihr Schlüsselbund-Dienst läuft und entsperrt ist, und starten Sie doctor erneut</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="79"/>
        <source>no database yet at %1: it is created when TokenLedger first opens it</source>
        <translation>noch keine Datenbank unter %1: sie entsteht, wenn TokenLedger sie zum ersten Mal öffnet</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="84"/>
        <source>run &quot;tokenledger check&quot; to look for damage; a database from a newer TokenLedger needs that version</source>
        <translation>führen Sie „tokenledger check“ aus, um nach Schäden zu suchen; eine Datenbank eines neueren TokenLedger braucht diese Version</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="88"/>
        <source>%1 opens (schema %2, %3 MiB)</source>
        <translation>%1 öffnet sich (Schema %2, %3 MiB)</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="96"/>
        <source>; only %1 MiB free on its disk</source>
        <translation>; nur %1 MiB frei auf ihrem Datenträger</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="97"/>
        <source>free some disk space: a sync or import that cannot write is rolled back whole</source>
        <translation>schaffen Sie Platz: eine Synchronisierung oder ein Import, der nicht schreiben kann, wird ganz zurückgerollt</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="106"/>
        <source>the bundled price catalog will be used</source>
        <translation>der mitgelieferte Preiskatalog wird verwendet</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="110"/>
        <source>the price catalog does not load: %1</source>
        <translation>der Preiskatalog lädt nicht: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="111"/>
        <source>load a genai-prices dataset with &quot;tokenledger pricing update --from FILE&quot;</source>
        <translation>laden Sie einen genai-prices-Datensatz mit „tokenledger pricing update --from FILE“</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="117"/>
        <source>price catalog from %1, of unknown date</source>
        <translation>Preiskatalog aus %1, Datum unbekannt</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="122"/>
        <source>price catalog of %1 (%2 days old, %3)</source>
        <translation>Preiskatalog vom %1 (%2 Tage alt, %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="126"/>
        <source>newer models may be unpriced and prices may have changed: load a current genai-prices dataset with &quot;tokenledger pricing update --from FILE&quot;, or set overrides for the models you use</source>
        <translation>neuere Modelle haben vielleicht keinen Preis und Preise können sich geändert haben: laden Sie einen aktuellen genai-prices-Datensatz mit „tokenledger pricing update --from FILE“ oder legen Sie eigene Preise für Ihre Modelle fest</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="137"/>
        <source>the provider refused the key: replace it (tokenledger accounts edit %1 --key)</source>
        <translation>der Anbieter hat den Schlüssel abgelehnt: ersetzen Sie ihn (tokenledger accounts edit %1 --key)</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="139"/>
        <source>the key lacks a permission: usage and cost APIs usually need an admin key (see the provider&apos;s key help in the Add Account dialog)</source>
        <translation>dem Schlüssel fehlt eine Berechtigung: Nutzungs- und Kosten-APIs brauchen meist einen Admin-Schlüssel (siehe die Schlüsselhilfe des Anbieters im Dialog Konto hinzufügen)</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="142"/>
        <source>check the account&apos;s base URL and organisation</source>
        <translation>prüfen Sie die Basis-URL und die Organisation des Kontos</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="145"/>
        <source>check this machine&apos;s network, proxy and firewall; the provider may also be down</source>
        <translation>prüfen Sie Netzwerk, Proxy und Firewall dieses Rechners; der Anbieter kann auch gestört sein</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="147"/>
        <source>see the message; &quot;tokenledger accounts test %1&quot; repeats the test</source>
        <translation>siehe die Meldung; „tokenledger accounts test %1“ wiederholt den Test</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="153"/>
        <source>account %1 (%2)</source>
        <translation>Konto %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="163"/>
        <source>log folder not readable here: %1</source>
        <translation>Protokollordner hier nicht lesbar: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="164"/>
        <source>the agent may not be installed on this machine; change the account&apos;s folders (tokenledger agents) or disable it</source>
        <translation>der Agent ist auf diesem Rechner vielleicht nicht installiert; ändern Sie die Ordner des Kontos (tokenledger agents) oder deaktivieren Sie es</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/doctorcommand.cpp" line="166"/>
        <source>reads %n log folder(s)</source>
        <translation>
            <numerusform>liest %n Protokollordner</numerusform>
            <numerusform>liest %n Protokollordner</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="171"/>
        <source>%1 has no usage API: CSV imports and manual entries only</source>
        <translation>%1 hat keine Nutzungs-API: nur CSV-Importe und manuelle Einträge</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="176"/>
        <source>no key on this desktop, so it is not synced from here</source>
        <translation>kein Schlüssel auf diesem Desktop, daher wird es von hier nicht synchronisiert</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="177"/>
        <source>add its key (tokenledger accounts edit %1 --key) or set %2 on a sync host</source>
        <translation>fügen Sie seinen Schlüssel hinzu (tokenledger accounts edit %1 --key) oder setzen Sie %2 auf einem Sync-Rechner</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="181"/>
        <source>its key cannot be read: %1</source>
        <translation>sein Schlüssel kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="182"/>
        <source>see the keychain line above</source>
        <translation>siehe die Zeile zum Schlüsselbund oben</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="184"/>
        <source>key present (not contacted: --offline)</source>
        <translation>Schlüssel vorhanden (nicht kontaktiert: --offline)</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="189"/>
        <source>reinstall TokenLedger</source>
        <translation>TokenLedger neu installieren</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="208"/>
        <source>%1 reachable, key accepted</source>
        <translation>%1 erreichbar, Schlüssel angenommen</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="263"/>
        <source>no accounts yet: add one (tokenledger accounts add), import a console export (tokenledger import) or read coding-agent logs (tokenledger agents)</source>
        <translation>noch keine Konten: fügen Sie eines hinzu (tokenledger accounts add), importieren Sie einen Konsolen-Export (tokenledger import) oder lesen Sie Protokolle von Coding-Agenten (tokenledger agents)</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="290"/>
        <source>fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="292"/>
        <source>Something needs fixing (see &quot;fix&quot; above).</source>
        <translation>Etwas muss behoben werden (siehe „Abhilfe“ oben).</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="292"/>
        <source>Nothing needs fixing.</source>
        <translation>Nichts muss behoben werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/doctordesktop.cpp" line="47"/>
        <source>no D-Bus session bus (%1): no keychain, notifications or tray</source>
        <translation>kein D-Bus-Sitzungsbus (%1): kein Schlüsselbund, keine Benachrichtigungen, kein Infobereich</translation>
    </message>
    <message>
        <location filename="../app/cli/doctordesktop.cpp" line="48"/>
        <source>run TokenLedger inside a desktop session (or dbus-run-session for a headless host, which then syncs with TOKENLEDGER_API_KEY_… variables)</source>
        <translation>starten Sie TokenLedger in einer Desktop-Sitzung (oder mit dbus-run-session auf einem Rechner ohne Desktop, der dann mit TOKENLEDGER_API_KEY_…-Variablen synchronisiert)</translation>
    </message>
    <message>
        <location filename="../app/cli/doctordesktop.cpp" line="56"/>
        <source>a notification service is available</source>
        <translation>ein Benachrichtigungsdienst ist verfügbar</translation>
    </message>
    <message>
        <location filename="../app/cli/doctordesktop.cpp" line="57"/>
        <source>notifications are shown by %1</source>
        <translation>Benachrichtigungen zeigt %1</translation>
    </message>
    <message>
        <location filename="../app/cli/doctordesktop.cpp" line="61"/>
        <source>no notification service on the session bus: alerts show in the window and the tray only</source>
        <translation>kein Benachrichtigungsdienst auf dem Sitzungsbus: Warnungen erscheinen nur im Fenster und im Infobereich</translation>
    </message>
    <message>
        <location filename="../app/cli/doctordesktop.cpp" line="63"/>
        <source>install a notification daemon (your desktop&apos;s own, or e.g. dunst or notification-daemon)</source>
        <translation>installieren Sie einen Benachrichtigungsdienst (den Ihres Desktops oder z. B. dunst oder notification-daemon)</translation>
    </message>
    <message>
        <location filename="../app/cli/doctordesktop.cpp" line="68"/>
        <source>a tray (StatusNotifierItem host) is running</source>
        <translation>ein Infobereich (StatusNotifierItem-Host) läuft</translation>
    </message>
    <message>
        <location filename="../app/cli/doctordesktop.cpp" line="71"/>
        <source>no StatusNotifierItem tray on the session bus (an X11 system tray may still show the icon): closing the window may quit TokenLedger</source>
        <translation>kein StatusNotifierItem-Infobereich auf dem Sitzungsbus (ein X11-Infobereich zeigt das Symbol vielleicht trotzdem): das Schließen des Fensters kann TokenLedger beenden</translation>
    </message>
    <message>
        <location filename="../app/cli/doctordesktop.cpp" line="73"/>
        <source>on GNOME, enable the AppIndicator extension (gnome-shell-extension-appindicator); other desktops have a tray</source>
        <translation>unter GNOME aktivieren Sie die Erweiterung AppIndicator (gnome-shell-extension-appindicator); andere Desktops haben einen Infobereich</translation>
    </message>
    <message>
        <location filename="../app/cli/doctordesktop.cpp" line="86"/>
        <source>the system&apos;s notifications and tray are used</source>
        <translation>die Benachrichtigungen und der Infobereich des Systems werden verwendet</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="45"/>
        <source>choose one format: --csv or --json</source>
        <translation>wählen Sie ein Format: --csv oder --json</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="54"/>
        <location filename="../app/cli/synccommand.cpp" line="65"/>
        <source>--from is after --to</source>
        <translation>--from liegt nach --to</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="62"/>
        <location filename="../app/cli/importcommand.cpp" line="59"/>
        <location filename="../app/cli/synccommand.cpp" line="52"/>
        <source>--account &quot;%1&quot; is not an account id</source>
        <translation>--account „%1“ ist keine Konto-ID</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="70"/>
        <source>--status must be estimated, reported or unpriced</source>
        <translation>--status muss estimated, reported oder unpriced sein</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="82"/>
        <source>cannot write %1: %2</source>
        <translation>kann %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="85"/>
        <source>the export failed and %1 was not written: %2</source>
        <translation>der Export ist fehlgeschlagen und %1 wurde nicht geschrieben: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/exportcommand.cpp" line="87"/>
        <source>Exported %n usage row(s) to %1.</source>
        <translation>
            <numerusform>%n Nutzungszeile nach %1 exportiert.</numerusform>
            <numerusform>%n Nutzungszeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="93"/>
        <source>cannot write to standard output</source>
        <translation>kann nicht auf die Standardausgabe schreiben</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="95"/>
        <source>the export failed: %1</source>
        <translation>der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="54"/>
        <source>import needs --csv FILE and --account ID</source>
        <translation>import braucht --csv FILE und --account ID</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="63"/>
        <source>unknown format &quot;%1&quot;</source>
        <translation>unbekanntes Format „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="70"/>
        <location filename="../app/cli/synccommand.cpp" line="73"/>
        <source>--wait &quot;%1&quot; is not a number of seconds</source>
        <translation>--wait „%1“ ist keine Anzahl Sekunden</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="79"/>
        <location filename="../app/cli/pricingcommand.cpp" line="381"/>
        <source>cannot read %1: %2</source>
        <translation>kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="85"/>
        <source>there is no account %1</source>
        <translation>es gibt kein Konto %1</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="91"/>
        <location filename="../app/cli/synccommand.cpp" line="89"/>
        <source>Waiting for %1 to finish…</source>
        <translation>Warte, bis %1 fertig ist…</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="95"/>
        <source>another %1 is using this profile; nothing was imported. Try again when it has finished, or add --wait SECONDS.</source>
        <translation>ein anderes %1 verwendet dieses Profil; nichts wurde importiert. Versuchen Sie es erneut, wenn es fertig ist, oder fügen Sie --wait SECONDS hinzu.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="143"/>
        <source>%1 was not imported: %2</source>
        <translation>%1 wurde nicht importiert: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/importcommand.cpp" line="145"/>
        <source>Format: %1; %2 row(s) read, %3 good, %4 bad</source>
        <translation>
            <numerusform>Format: %1; %2 Zeile gelesen, %3 gut, %4 fehlerhaft</numerusform>
            <numerusform>Format: %1; %2 Zeilen gelesen, %3 gut, %4 fehlerhaft</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="148"/>
        <source>, %1 skipped (not LLM spend)</source>
        <translation>, %1 übersprungen (keine LLM-Ausgabe)</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="151"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="154"/>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="156"/>
        <source>This file was imported before as import %1; nothing changed and no new import was recorded.</source>
        <translation>Diese Datei wurde schon als Import %1 importiert; nichts hat sich geändert und kein neuer Import wurde verzeichnet.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="162"/>
        <source>Imported %1 to %2: </source>
        <translation>Importiert %1 bis %2: </translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="163"/>
        <source>Imported: </source>
        <translation>Importiert: </translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="164"/>
        <source>usage %1 new, %2 updated, %3 unchanged; costs %4 new, %5 updated, %6 unchanged.</source>
        <translation>Nutzung %1 neu, %2 geändert, %3 unverändert; Kosten %4 neu, %5 geändert, %6 unverändert.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="168"/>
        <source>Recorded as import %1 (undo it with: tokenledger imports remove %1)</source>
        <translation>Als Import %1 verzeichnet (rückgängig mit: tokenledger imports remove %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="170"/>
        <source>; the same file was imported before as import %1</source>
        <translation>; dieselbe Datei wurde schon als Import %1 importiert</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="174"/>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="177"/>
        <source>Fix the rows, or run again with --keep-good-rows to import the good ones.</source>
        <translation>Korrigieren Sie die Zeilen oder starten Sie erneut mit --keep-good-rows, um die guten zu importieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/importscommand.cpp" line="49"/>
        <source>--account needs an account id</source>
        <translation>--account braucht eine Konto-ID</translation>
    </message>
    <message>
        <location filename="../app/cli/importscommand.cpp" line="66"/>
        <source>No imports yet. Import a console export with: tokenledger import --csv FILE --account ID</source>
        <translation>Noch keine Importe. Importieren Sie einen Konsolen-Export mit: tokenledger import --csv FILE --account ID</translation>
    </message>
    <message>
        <location filename="../app/cli/importscommand.cpp" line="70"/>
        <source>%1 (%2) into %3: </source>
        <translation>%1 (%2) in %3: </translation>
    </message>
    <message>
        <location filename="../app/cli/importscommand.cpp" line="71"/>
        <source>%1 to %2, </source>
        <translation>%1 bis %2, </translation>
    </message>
    <message>
        <location filename="../app/cli/importscommand.cpp" line="73"/>
        <source>%1 good of %2 rows; usage %3 new, %4 updated; costs %5 new, %6 updated</source>
        <translation>%1 gut von %2 Zeilen; Nutzung %3 neu, %4 geändert; Kosten %5 neu, %6 geändert</translation>
    </message>
    <message>
        <location filename="../app/cli/importscommand.cpp" line="88"/>
        <source>imports remove needs an import id; tokenledger imports list shows them</source>
        <translation>imports remove braucht eine Import-ID; tokenledger imports list zeigt sie</translation>
    </message>
    <message>
        <location filename="../app/cli/importscommand.cpp" line="95"/>
        <source>another %1 is using this profile; nothing was removed. Try again when it has finished.</source>
        <translation>ein anderes %1 verwendet dieses Profil; nichts wurde entfernt. Versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/importscommand.cpp" line="105"/>
        <source>import %1 was not removed: %2</source>
        <translation>Import %1 wurde nicht entfernt: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/importscommand.cpp" line="106"/>
        <source>Removed import %1: %2 rows it added are gone, %3 rows it overwrote are as they were before it</source>
        <translation>Import %1 entfernt: %2 von ihm hinzugefügte Zeilen sind weg, %3 von ihm überschriebene Zeilen sind wie vorher</translation>
    </message>
    <message>
        <location filename="../app/cli/importscommand.cpp" line="111"/>
        <source>, %1 rows a later import wrote again keep that import&apos;s values</source>
        <translation>, %1 Zeilen, die ein späterer Import erneut schrieb, behalten dessen Werte</translation>
    </message>
    <message>
        <location filename="../app/cli/importscommand.cpp" line="140"/>
        <source>unknown action &quot;%1&quot;: list or remove</source>
        <translation>unbekannte Aktion „%1“: list oder remove</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="25"/>
        <source>--label cannot be empty</source>
        <translation>--label darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="30"/>
        <location filename="../app/cli/manualcommand.cpp" line="160"/>
        <source>--amount must be a positive number of US dollars</source>
        <translation>--amount muss ein positiver Betrag in US-Dollar sein</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="39"/>
        <source>only a monthly entry has an end</source>
        <translation>nur ein monatlicher Eintrag hat ein Ende</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="44"/>
        <source>--to is before the start (%1)</source>
        <translation>--to liegt vor dem Beginn (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/manualcommand.cpp" line="55"/>
        <source>Manual entry %1 keeps its %n charge(s) so far at %2 and ends today; entry %3 charges %4 from %5.</source>
        <translation>
            <numerusform>Manueller Eintrag %1 behält seine bisherige %n Belastung zu %2 und endet heute; Eintrag %3 belastet %4 ab %5.</numerusform>
            <numerusform>Manueller Eintrag %1 behält seine bisherigen %n Belastungen zu %2 und endet heute; Eintrag %3 belastet %4 ab %5.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="62"/>
        <source>Manual entry %1 ends on %2; no charge after it.</source>
        <translation>Manueller Eintrag %1 endet am %2; keine Belastung danach.</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="66"/>
        <source>Saved manual entry %1.</source>
        <translation>Manueller Eintrag %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="134"/>
        <source>No manual entries. Add one with: tokenledger manual add --account ID --label Copilot --amount 19 --monthly --from 2026-01-01</source>
        <translation>Keine manuellen Einträge. Fügen Sie einen hinzu mit: tokenledger manual add --account ID --label Copilot --amount 19 --monthly --from 2026-01-01</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="139"/>
        <source>once on %1</source>
        <translation>einmal am %1</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="140"/>
        <source>a month from %1 to %2</source>
        <translation>monatlich vom %1 bis %2</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="141"/>
        <source>a month from %1</source>
        <translation>monatlich ab %1</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="144"/>
        <source>%1: %2 %3 (account %4)</source>
        <translation>%1: %2 %3 (Konto %4)</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="154"/>
        <source>manual add needs --account with an existing account id</source>
        <translation>manual add braucht --account mit der ID eines vorhandenen Kontos</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="157"/>
        <source>manual add needs --label</source>
        <translation>manual add braucht --label</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="163"/>
        <source>choose --monthly or --once</source>
        <translation>wählen Sie --monthly oder --once</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="169"/>
        <source>--%1 is needed</source>
        <translation>--%1 ist nötig</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="177"/>
        <source>--to is before --from</source>
        <translation>--to liegt vor --from</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="184"/>
        <source>Added manual entry %1: %2.</source>
        <translation>Manueller Eintrag %1 hinzugefügt: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="192"/>
        <source>manual %1 needs an entry id</source>
        <translation>manual %1 braucht eine Eintrags-ID</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/manualcommand.cpp" line="200"/>
        <source>Removed manual entry %1 with its %n charge(s) so far (%2).</source>
        <translation>
            <numerusform>Manueller Eintrag %1 mit seiner bisherigen %n Belastung entfernt (%2).</numerusform>
            <numerusform>Manueller Eintrag %1 mit seinen bisherigen %n Belastungen entfernt (%2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="212"/>
        <source>unknown action &quot;%1&quot;: list, add, edit, end or remove</source>
        <translation>unbekannte Aktion „%1“: list, add, edit, end oder remove</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="37"/>
        <source>(above %1 input tokens: $%2)</source>
        <translation>(über %1 Eingabe-Tokens: $%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="78"/>
        <source>Input (uncached)</source>
        <translation>Eingabe (ungecacht)</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="78"/>
        <source>%1 per 1M tokens</source>
        <translation>%1 je 1 Mio. Tokens</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="79"/>
        <source>Cached input</source>
        <translation>Gecachte Eingabe</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="80"/>
        <source>Cache write (5 min)</source>
        <translation>Cache-Schreiben (5 Min.)</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="81"/>
        <source>Cache write (1 h)</source>
        <translation>Cache-Schreiben (1 Std.)</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="82"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="84"/>
        <source>Reasoning output</source>
        <translation>Reasoning-Ausgabe</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="86"/>
        <source>Audio input</source>
        <translation>Audio-Eingabe</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="88"/>
        <location filename="../app/cli/reportcommand.cpp" line="55"/>
        <location filename="../app/cli/reportcommand.cpp" line="87"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="88"/>
        <location filename="../app/cli/pricingcommand.cpp" line="92"/>
        <source>$%1 per 1,000</source>
        <translation>$%1 je 1.000</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="91"/>
        <source>Web searches</source>
        <translation>Websuchen</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="153"/>
        <source>%1 (%2) on %3 (UTC)</source>
        <translation>%1 (%2) am %3 (UTC)</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="154"/>
        <source>Normalised name</source>
        <translation>Normalisierter Name</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="156"/>
        <source>Price source</source>
        <translation>Preisquelle</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="158"/>
        <source>Catalog entry</source>
        <translation>Katalogeintrag</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="135"/>
        <source>in force since %1</source>
        <translation>gültig seit %1</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="135"/>
        <source>in force since always</source>
        <translation>schon immer gültig</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="156"/>
        <source>your override, %1</source>
        <translation>Ihr eigener Preis, %1</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="159"/>
        <source>%1 / %2 (%3), %4</source>
        <translation>%1 / %2 (%3), %4</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="160"/>
        <source>Matched by</source>
        <translation>Gefunden durch</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="164"/>
        <source>Note: long requests cost more above the threshold; daily totals are priced at the base price.</source>
        <translation>Hinweis: lange Anfragen kosten über der Schwelle mehr; Tagessummen werden zum Grundpreis berechnet.</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="169"/>
        <source>Note: this provider&apos;s price depends on the time of day; daily totals use the price that holds for most of the UTC day.</source>
        <translation>Hinweis: der Preis dieses Anbieters hängt von der Tageszeit ab; Tagessummen verwenden den Preis, der für den größten Teil des UTC-Tages gilt.</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="172"/>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="173"/>
        <source>%1 (genai-prices, data of %2)</source>
        <translation>%1 (genai-prices, Daten vom %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="178"/>
        <source>no price known for &quot;%1&quot;%2 on %3: usage of it stays unpriced (set one with tokenledger pricing set)</source>
        <translation>kein Preis bekannt für „%1“%2 am %3: seine Nutzung bleibt ohne Preis (legen Sie einen fest mit tokenledger pricing set)</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="183"/>
        <source>at %1</source>
        <translation>bei %1</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="213"/>
        <source>%1 / %2 from %3: input %4, output %5</source>
        <translation>%1 / %2 ab %3: Eingabe %4, Ausgabe %5</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="222"/>
        <source>No price overrides. Add one with tokenledger pricing set.</source>
        <translation>Keine eigenen Preise. Legen Sie einen fest mit tokenledger pricing set.</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="251"/>
        <source>%1 %2 in %3 out %4</source>
        <translation>%1 %2 ein %3 aus %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/pricingcommand.cpp" line="263"/>
        <source>%n model(s); prices in USD per 1M tokens in force on %1 (UTC).</source>
        <translation>
            <numerusform>%n Modell; Preise in USD je 1 Mio. Tokens, gültig am %1 (UTC).</numerusform>
            <numerusform>%n Modelle; Preise in USD je 1 Mio. Tokens, gültig am %1 (UTC).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="276"/>
        <source>--%1 &quot;%2&quot; is not a price (a non-negative number of USD)</source>
        <translation>--%1 „%2“ ist kein Preis (ein nicht negativer Betrag in USD)</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="283"/>
        <source>--%1 &quot;%2&quot; is finer than one nano-dollar ($0.000000001) per million tokens; give at most 9 decimals</source>
        <translation>--%1 „%2“ ist feiner als ein Nano-Dollar ($0.000000001) je Million Tokens; geben Sie höchstens 9 Nachkommastellen an</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="294"/>
        <source>Re-priced stored usage: %1 of %2 rows changed cost.</source>
        <translation>Gespeicherte Nutzung neu bepreist: bei %1 von %2 Zeilen haben sich die Kosten geändert.</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="304"/>
        <location filename="../app/cli/pricingcommand.cpp" line="350"/>
        <source>--provider and --model are required</source>
        <translation>--provider und --model sind nötig</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="309"/>
        <source>--from is required: the first UTC day the price applies (2000-01-01 for all history)</source>
        <translation>--from ist nötig: der erste UTC-Tag, ab dem der Preis gilt (2000-01-01 für den ganzen Verlauf)</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="323"/>
        <source>--per-request is too large</source>
        <translation>--per-request ist zu groß</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="327"/>
        <source>--input and --output prices are required</source>
        <translation>Preise für --input und --output sind nötig</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="335"/>
        <source>could not save the price: %1</source>
        <translation>der Preis konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="336"/>
        <source>Price for %1 (%2) set from %3: input %4, output %5 per 1M tokens.</source>
        <translation>Preis für %1 (%2) ab %3 festgelegt: Eingabe %4, Ausgabe %5 je 1 Mio. Tokens.</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="363"/>
        <source>could not remove the price: %1</source>
        <translation>der Preis konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="365"/>
        <source>no override for %1 (%2) to remove</source>
        <translation>kein eigener Preis für %1 (%2) zu entfernen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/pricingcommand.cpp" line="367"/>
        <source>Removed %n override(s) for %1 (%2).</source>
        <translation>
            <numerusform>%n eigener Preis für %1 (%2) entfernt.</numerusform>
            <numerusform>%n eigene Preise für %1 (%2) entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="378"/>
        <source>--from FILE is required (a genai-prices data.json)</source>
        <translation>--from FILE ist nötig (eine genai-prices data.json)</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="388"/>
        <source>%1 was not loaded, the previous catalog stays: %2</source>
        <translation>%1 wurde nicht geladen, der bisherige Katalog bleibt: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="389"/>
        <source>Loaded %1 models from %2.</source>
        <translation>%1 Modelle aus %2 geladen.</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="429"/>
        <source>which action? lookup, list, set, unset or update</source>
        <translation>welche Aktion? lookup, list, set, unset oder update</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="433"/>
        <source>lookup takes one model name</source>
        <translation>lookup nimmt einen Modellnamen</translation>
    </message>
    <message>
        <location filename="../app/cli/qualitycommand.cpp" line="45"/>
        <source>No data-quality findings.</source>
        <translation>Keine Datenqualitätsbefunde.</translation>
    </message>
    <message>
        <location filename="../app/cli/qualitycommand.cpp" line="48"/>
        <source>%1 %2 to %3: %4</source>
        <translation>%1 %2 bis %3: %4</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="53"/>
        <source>Spend</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="54"/>
        <source>Usage cost</source>
        <translation>Nutzungskosten</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="54"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="55"/>
        <location filename="../app/cli/reportcommand.cpp" line="82"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="56"/>
        <source>Unpriced tokens</source>
        <translation>Tokens ohne Preis</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="69"/>
        <source>TokenLedger report: %1 to %2 (UTC days, inclusive)</source>
        <translation>TokenLedger-Bericht: %1 bis %2 (UTC-Tage, einschließlich)</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="70"/>
        <source>Usage cost (estimated + reported)</source>
        <translation>Nutzungskosten (geschätzt + gemeldet)</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="75"/>
        <location filename="../app/cli/reportcommand.cpp" line="81"/>
        <source>Billed by providers (cost APIs)</source>
        <translation>Von Anbietern abgerechnet (Kosten-APIs)</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="77"/>
        <source>Billed in %1 (not added to USD)</source>
        <translation>Abgerechnet in %1 (nicht zu USD addiert)</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="83"/>
        <source>%1 (input %2, cached %3, cache writes %4, output %5)</source>
        <translation>%1 (Eingabe %2, gecacht %3, Cache-Schreiben %4, Ausgabe %5)</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="88"/>
        <source>Unpriced tokens (not in any cost)</source>
        <translation>Tokens ohne Preis (in keinen Kosten)</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="90"/>
        <source>Price coverage</source>
        <translation>Preisabdeckung</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="91"/>
        <source>%1 % of tokens priced</source>
        <translation>%1 % der Tokens mit Preis</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="94"/>
        <source>Unpriced models (no price known: not counted in any cost; set one with tokenledger pricing set)</source>
        <translation>Modelle ohne Preis (kein Preis bekannt: in keinen Kosten gezählt; legen Sie einen fest mit tokenledger pricing set)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/reportcommand.cpp" line="99"/>
        <source>%1 (%2): %3 tokens in %n row(s)</source>
        <translation>
            <numerusform>%1 (%2): %3 Tokens in %n Zeile</numerusform>
            <numerusform>%1 (%2): %3 Tokens in %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="105"/>
        <source>%1 unpriced tokens are &quot;(unattributed)&quot;: usage the provider reported without a model name. No price can cover it; its cost comes from the provider&apos;s billed amount or cannot be estimated.</source>
        <translation>%1 Tokens ohne Preis sind „(unattributed)“: Nutzung, die der Anbieter ohne Modellnamen gemeldet hat. Kein Preis kann sie abdecken; ihre Kosten kommen aus dem abgerechneten Betrag des Anbieters oder lassen sich nicht schätzen.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="112"/>
        <source>No usage recorded in this period. Add a provider account or import a CSV of your usage to start.</source>
        <translation>Keine Nutzung in diesem Zeitraum. Fügen Sie ein Anbieterkonto hinzu oder importieren Sie eine CSV Ihrer Nutzung, um zu beginnen.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="117"/>
        <source>By provider</source>
        <translation>Nach Anbieter</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="118"/>
        <source>By model</source>
        <translation>Nach Modell</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="119"/>
        <source>By account</source>
        <translation>Nach Konto</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="252"/>
        <source>--by &quot;%1&quot; is not one of %2</source>
        <translation>--by „%1“ ist keines von %2</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="263"/>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 liegt nach --to %2</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="273"/>
        <source>the manual charges could not be brought up to today (%1); the figures hold those recorded before.</source>
        <translation>die manuellen Belastungen konnten nicht bis heute nachgetragen werden (%1); die Zahlen enthalten die bisher verzeichneten.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="283"/>
        <location filename="../app/cli/reportcommand.cpp" line="295"/>
        <location filename="../app/cli/reportcommand.cpp" line="301"/>
        <location filename="../app/cli/reportcommand.cpp" line="320"/>
        <location filename="../app/cli/reportcommand.cpp" line="330"/>
        <source>could not read the database: %1</source>
        <translation>die Datenbank konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="377"/>
        <source>Spend per UTC day, %1 to %2 (billed where billed):</source>
        <translation>Ausgabe je UTC-Tag, %1 bis %2 (abgerechnet, wo abgerechnet):</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="382"/>
        <source>By %1, %2 to %3 (UTC days)</source>
        <translation>Nach %1, %2 bis %3 (UTC-Tage)</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="386"/>
        <source>Spend %1 = billed %2 + estimated %3 + manual %4 (billed wins over estimated per account and UTC day; manual entries add on top)</source>
        <translation>Ausgabe %1 = abgerechnet %2 + geschätzt %3 + manuell %4 (abgerechnet geht je Konto und UTC-Tag vor geschätzt; manuelle Einträge kommen hinzu)</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="391"/>
        <source>Month-end forecast %1 (%2 to %3): month to date %4 + %5 a day (mean of %6 complete UTC days) x %7 days left. Same days last month: %8.</source>
        <translation>Prognose zum Monatsende %1 (%2 bis %3): bisher im Monat %4 + %5 pro Tag (Mittel aus %6 vollständigen UTC-Tagen) x %7 verbleibende Tage. Dieselben Tage im Vormonat: %8.</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="55"/>
        <source>an explicit window needs both --from and --to</source>
        <translation>ein festes Zeitfenster braucht --from und --to</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="101"/>
        <source>%1 (%2 to %3): %4</source>
        <translation>%1 (%2 bis %3): %4</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="143"/>
        <source>No accounts to sync. Add one with: tokenledger accounts add --provider openai --label Work</source>
        <translation>Keine Konten zu synchronisieren. Fügen Sie eines hinzu mit: tokenledger accounts add --provider openai --label Work</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/synccommand.cpp" line="161"/>
        <source>%n account(s) failed to sync: %1</source>
        <translation>
            <numerusform>%n Konto konnte nicht synchronisiert werden: %1</numerusform>
            <numerusform>%n Konten konnten nicht synchronisiert werden: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="23"/>
        <source>name the team database with --db postgresql://USER@HOST:PORT/DBNAME</source>
        <translation>geben Sie die Team-Datenbank mit --db postgresql://USER@HOST:PORT/DBNAME an</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="43"/>
        <source>No password is stored for %1 any more.</source>
        <translation>Für %1 ist kein Passwort mehr gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="47"/>
        <source>Password for %1 (input hidden): </source>
        <translation>Passwort für %1 (Eingabe verborgen): </translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="50"/>
        <source>that password is longer than %1 bytes; nothing was stored</source>
        <translation>dieses Passwort ist länger als %1 Bytes; nichts wurde gespeichert</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="52"/>
        <source>no password was given; nothing was stored</source>
        <translation>kein Passwort angegeben; nichts wurde gespeichert</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="56"/>
        <source>The password for %1 is in the keychain (entry %2).</source>
        <translation>Das Passwort für %1 liegt im Schlüsselbund (Eintrag %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="66"/>
        <source>Connected to %1.</source>
        <translation>Mit %1 verbunden.</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="98"/>
        <source>db copy needs --from and --to (an SQLite file or a postgresql:// URL)</source>
        <translation>db copy braucht --from und --to (eine SQLite-Datei oder eine postgresql://-URL)</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="100"/>
        <source>one of --from and --to must be a postgresql:// URL (copy a file with cp)</source>
        <translation>--from oder --to muss eine postgresql://-URL sein (eine Datei kopieren Sie mit cp)</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="102"/>
        <source>one of --from and --to must be an SQLite file (between two servers, use pg_dump)</source>
        <translation>--from oder --to muss eine SQLite-Datei sein (zwischen zwei Servern: pg_dump)</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="112"/>
        <source>%1 already holds a ledger; nothing was copied. Add --replace to empty it first.</source>
        <translation>%1 enthält bereits ein Kassenbuch; nichts wurde kopiert. Mit --replace wird es vorher geleert.</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="115"/>
        <source>nothing was copied: %1</source>
        <translation>nichts wurde kopiert: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="119"/>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="124"/>
        <source>Copied %1 rows in %2 tables from %3 to %4; every table&apos;s rows and sums match.</source>
        <translation>%1 Zeilen in %2 Tabellen von %3 nach %4 kopiert; Zeilen und Summen jeder Tabelle stimmen überein.</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="156"/>
        <source>unknown action &quot;%1&quot;: password, forget-password or copy</source>
        <translation>unbekannte Aktion „%1“: password, forget-password oder copy</translation>
    </message>
</context>
</TS>
