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
        <source>&lt;p&gt;&lt;b&gt;TokenLedger&lt;/b&gt; is free software under the GNU General Public License, version 3 or later. It comes with no warranty.&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Qt %1&lt;/b&gt; (Core, Gui, Widgets, Network, Sql, Svg): GNU LGPL v3.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Qt Charts&lt;/b&gt;: GNU GPL v3.&lt;/li&gt;&lt;li&gt;&lt;b&gt;QtKeychain&lt;/b&gt;: BSD 3-Clause licence.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SQLite&lt;/b&gt;: public domain.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OpenSSL&lt;/b&gt; (loaded at run time for HTTPS): Apache License 2.0.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Model prices come from &lt;b&gt;genai-prices&lt;/b&gt; by Pydantic Services Inc. (MIT licence; Copyright (c) Pydantic Services Inc. 2025 to present). Prices are a best-effort estimate; amounts your providers bill always win over prices computed from them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;TokenLedger&lt;/b&gt; ist freie Software unter der GNU General Public License, Version 3 oder später. Es gibt keine Gewährleistung.&lt;/p&gt;&lt;p&gt;Erstellt mit:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Qt %1&lt;/b&gt; (Core, Gui, Widgets, Network, Sql, Svg): GNU LGPL v3.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Qt Charts&lt;/b&gt;: GNU GPL v3.&lt;/li&gt;&lt;li&gt;&lt;b&gt;QtKeychain&lt;/b&gt;: BSD-3-Clause-Lizenz.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SQLite&lt;/b&gt;: gemeinfrei.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OpenSSL&lt;/b&gt; (zur Laufzeit für HTTPS geladen): Apache License 2.0.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Modellpreise stammen aus &lt;b&gt;genai-prices&lt;/b&gt; von Pydantic Services Inc. (MIT-Lizenz; Copyright (c) Pydantic Services Inc. 2025 bis heute). Die Preise sind eine bestmögliche Schätzung; von Ihren Anbietern abgerechnete Beträge haben immer Vorrang.&lt;/p&gt;</translation>
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
        <location filename="../app/gui.cpp" line="33" />
        <source>TokenLedger cannot start</source>
        <translation>TokenLedger kann nicht starten</translation>
    </message>
</context>
<context>
    <name>tl::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="63" />
        <source>TokenLedger</source>
        <translation>TokenLedger</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="80" />
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="81" />
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="82" />
        <source>No usage rows yet</source>
        <translation>Noch keine Nutzungsdaten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="83" />
        <source>Usage appears here after the first sync or import: one row per UTC day, model, project and API key, with its tokens, requests and cost.</source>
        <translation>Die Nutzung erscheint hier nach der ersten Synchronisierung oder dem ersten Import: eine Zeile pro UTC-Tag, Modell, Projekt und API-Schlüssel, mit Tokens, Anfragen und Kosten.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="86" />
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="87" />
        <source>No provider accounts yet</source>
        <translation>Noch keine Anbieterkonten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="88" />
        <source>Add a provider account to start syncing: OpenAI, Anthropic, OpenRouter, DeepSeek, xAI, Google Gemini, Groq, Perplexity or Mistral. Keys are kept only in your system keychain, never in TokenLedger's files.</source>
        <translation>Fügen Sie ein Anbieterkonto hinzu, um die Synchronisierung zu starten: OpenAI, Anthropic, OpenRouter, DeepSeek, xAI, Google Gemini, Groq, Perplexity oder Mistral. Schlüssel werden nur im Schlüsselbund Ihres Systems aufbewahrt, nie in den Dateien von TokenLedger.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="92" />
        <source>Budgets &amp; Alerts</source>
        <translation>Budgets &amp; Warnungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="93" />
        <source>No budgets yet</source>
        <translation>Noch keine Budgets</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="94" />
        <source>Set a monthly budget for everything, a provider or an account. TokenLedger warns you at 50 %, 80 % and 100 % of it, and earlier when the forecast says you will cross it.</source>
        <translation>Legen Sie ein Monatsbudget für alles, einen Anbieter oder ein Konto fest. TokenLedger warnt Sie bei 50 %, 80 % und 100 % – und früher, wenn die Prognose eine Überschreitung erwarten lässt.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="97" />
        <source>Sync History</source>
        <translation>Synchronisierungsverlauf</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="98" />
        <source>No sync has run yet</source>
        <translation>Noch keine Synchronisierung gelaufen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="99" />
        <source>Every sync is recorded here with its status, the records it created or updated, its duration and any error, once you have added an account.</source>
        <translation>Sobald Sie ein Konto hinzugefügt haben, wird hier jede Synchronisierung mit Status, neuen oder geänderten Datensätzen, Dauer und etwaigen Fehlern festgehalten.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="104" />
        <source>Pricing</source>
        <translation>Preise</translation>
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
        <location filename="../ui/mainwindow/mainwindow.cpp" line="135" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="136" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="140" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="146" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="147" />
        <source>&amp;About TokenLedger</source>
        <translation>Über &amp;TokenLedger</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="152" />
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
        <translation><numerusform>und %n weiteres</numerusform><numerusform>und %n weitere</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pricing/pricingpage.cpp" line="214" />
        <source>%n model(s) in your data have no price, so their usage is not counted in any cost: %1.</source>
        <translation><numerusform>%n Modell in Ihren Daten hat keinen Preis; seine Nutzung fließt in keine Kosten ein: %1.</numerusform><numerusform>%n Modelle in Ihren Daten haben keinen Preis; ihre Nutzung fließt in keine Kosten ein: %1.</numerusform></translation>
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
        <translation><numerusform>Preis gespeichert; %n gespeicherte Zeile neu bewertet.</numerusform><numerusform>Preis gespeichert; %n gespeicherte Zeilen neu bewertet.</numerusform></translation>
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
        <translation><numerusform>Eigener Preis entfernt; %n gespeicherte Zeile neu bewertet.</numerusform><numerusform>Eigener Preis entfernt; %n gespeicherte Zeilen neu bewertet.</numerusform></translation>
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
        <location filename="../ui/settingspage/settingspage.cpp" line="38" />
        <source>Data locations</source>
        <translation>Speicherorte</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="40" />
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="41" />
        <source>Settings:</source>
        <translation>Einstellungen:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="42" />
        <source>API keys are never stored in these files: they live only in your system keychain. Start TokenLedger with --db PATH or --profile DIR to use other files.</source>
        <translation>API-Schlüssel werden nie in diesen Dateien gespeichert, sondern nur im Schlüsselbund Ihres Systems. Starten Sie TokenLedger mit --db PFAD oder --profile ORDNER, um andere Dateien zu verwenden.</translation>
    </message>
</context>
</TS>