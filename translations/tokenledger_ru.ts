<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="32"/>
        <source>Open Folder</source>
        <translation>Открыть папку</translation>
    </message>
</context>
<context>
    <name>tl::AboutDialog</name>
    <message>
        <location filename="../ui/about/aboutdialog.cpp" line="17"/>
        <source>About TokenLedger</source>
        <translation>О программе TokenLedger</translation>
    </message>
    <message>
        <location filename="../ui/about/aboutdialog.cpp" line="25"/>
        <source>See what you spend on LLM APIs, where it goes and where it is heading. Numbers come only from your providers and your own files.</source>
        <translation>Смотрите, сколько вы тратите на LLM API, на что уходят деньги и к чему всё идёт. Данные берутся только от ваших провайдеров и из ваших собственных файлов.</translation>
    </message>
    <message>
        <location filename="../ui/about/aboutdialog.cpp" line="33"/>
        <source>&lt;p&gt;&lt;b&gt;TokenLedger&lt;/b&gt; is free software under the GNU General Public License, version 3 or later. It comes with no warranty.&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Qt %1&lt;/b&gt; (Core, Gui, Widgets, Network, Sql, Svg): GNU LGPL v3.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Qt Charts&lt;/b&gt;: GNU GPL v3.&lt;/li&gt;&lt;li&gt;&lt;b&gt;QtKeychain&lt;/b&gt;: BSD 3-Clause licence.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SQLite&lt;/b&gt;: public domain.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OpenSSL&lt;/b&gt; (loaded at run time for HTTPS): Apache License 2.0.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Model prices come from &lt;b&gt;genai-prices&lt;/b&gt; by Pydantic Services Inc. (MIT licence; Copyright (c) Pydantic Services Inc. 2025 to present). Prices are a best-effort estimate; amounts your providers bill always win over prices computed from them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;TokenLedger&lt;/b&gt; — свободное программное обеспечение, распространяемое на условиях GNU General Public License версии 3 или более поздней. Поставляется без каких-либо гарантий.&lt;/p&gt;&lt;p&gt;Создано с использованием:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Qt %1&lt;/b&gt; (Core, Gui, Widgets, Network, Sql, Svg): GNU LGPL v3.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Qt Charts&lt;/b&gt;: GNU GPL v3.&lt;/li&gt;&lt;li&gt;&lt;b&gt;QtKeychain&lt;/b&gt;: лицензия BSD 3-Clause.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SQLite&lt;/b&gt;: общественное достояние.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OpenSSL&lt;/b&gt; (загружается во время работы для HTTPS): Apache License 2.0.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Цены моделей взяты из &lt;b&gt;genai-prices&lt;/b&gt; от Pydantic Services Inc. (лицензия MIT; Copyright (c) Pydantic Services Inc. 2025 — настоящее время). Цены — это оценка по мере возможностей; суммы, выставленные вашими провайдерами, всегда имеют приоритет над рассчитанными по ценам.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tl::AccountDialog</name>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="33"/>
        <source>Include this account in syncs</source>
        <translation>Включать эту учётную запись в синхронизацию</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="34"/>
        <source>Send the key over unencrypted http</source>
        <translation>Отправлять ключ по незашифрованному http</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="40"/>
        <source>Add Account</source>
        <translation>Добавить учётную запись</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="47"/>
        <source>e.g. Work organisation</source>
        <translation>напр. Рабочая организация</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="49"/>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="51"/>
        <source>Leave empty for the provider&apos;s own address (shown greyed); set it for a gateway, proxy or regional endpoint.</source>
        <translation>Оставьте пустым, чтобы использовать адрес самого провайдера (показан серым); укажите для шлюза, прокси или регионального адреса.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="55"/>
        <source>stored only in your system keychain</source>
        <translation>хранится только в системной связке ключей</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="71"/>
        <source>Provider:</source>
        <translation>Провайдер:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="72"/>
        <source>Label:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="73"/>
        <source>API key:</source>
        <translation>Ключ API:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="75"/>
        <source>Organisation / team:</source>
        <translation>Организация / команда:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="76"/>
        <source>Base URL:</source>
        <translation>Базовый URL:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="97"/>
        <source>Edit Account</source>
        <translation>Изменить учётную запись</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="105"/>
        <source>leave empty to keep the stored key</source>
        <translation>оставьте пустым, чтобы сохранить текущий ключ</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="135"/>
        <location filename="../ui/accounts/accountdialog.cpp" line="267"/>
        <source>Give the account a label.</source>
        <translation>Дайте учётной записи название.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="146"/>
        <source>Paste the API key: without it TokenLedger cannot read anything from %1.</source>
        <translation>Вставьте ключ API: без него TokenLedger ничего не сможет прочитать у %1.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="155"/>
        <source>The base URL must be an http(s) address.</source>
        <translation>Базовый URL должен быть адресом http(s).</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="157"/>
        <source>This base URL is plain http to another machine: the key would cross the network unencrypted, readable by anyone on the way. Use https, or tick &quot;Send the key over unencrypted http&quot;.</source>
        <translation>Этот базовый URL ведёт по открытому http на другой компьютер: ключ пойдёт по сети без шифрования, и его сможет прочитать любой на пути. Используйте https или отметьте «Отправлять ключ по незашифрованному http».</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="169"/>
        <source>not used: this account has no API</source>
        <translation>не используется: у этой учётной записи нет API</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="204"/>
        <source>Testing the connection…</source>
        <translation>Проверка соединения…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="234"/>
        <location filename="../ui/accounts/accountdialog.cpp" line="240"/>
        <source>The connection test failed: %1</source>
        <translation>Проверка соединения не удалась: %1</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="239"/>
        <source>Connection Test Failed</source>
        <translation>Ошибка проверки соединения</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="242"/>
        <source>Save the account anyway? Its syncs will fail with this message until the key or the address is fixed.</source>
        <translation>Всё равно сохранить учётную запись? Её синхронизация будет завершаться с этой ошибкой, пока не будут исправлены ключ или адрес.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="244"/>
        <source>Keep Editing</source>
        <translation>Продолжить правку</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="246"/>
        <source>Save Anyway</source>
        <translation>Всё равно сохранить</translation>
    </message>
</context>
<context>
    <name>tl::AccountsPage</name>
    <message>
        <location filename="../ui/accounts/accountcells.cpp" line="21"/>
        <source>Disabled</source>
        <translation>Отключена</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/accounts/accountcells.cpp" line="25"/>
        <source>Failing (%n time(s) in a row): %1</source>
        <translation>
            <numerusform>Ошибка (%n раз подряд): %1</numerusform>
            <numerusform>Ошибка (%n раза подряд): %1</numerusform>
            <numerusform>Ошибка (%n раз подряд): %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountcells.cpp" line="28"/>
        <source>Not synced yet</source>
        <translation>Ещё не синхронизирована</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountcells.cpp" line="29"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountcells.cpp" line="40"/>
        <source>key limit left</source>
        <translation>остаток лимита ключа</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountcells.cpp" line="41"/>
        <source>credits left</source>
        <translation>остаток кредитов</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountcells.cpp" line="42"/>
        <source>balance</source>
        <translation>баланс</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountcells.cpp" line="56"/>
        <source>no folder</source>
        <translation>нет папки</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountcells.cpp" line="57"/>
        <source>Local logs: %1 · subscription</source>
        <translation>Локальные журналы: %1 · подписка</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountcells.cpp" line="58"/>
        <source>Local logs: %1 · API key</source>
        <translation>Локальные журналы: %1 · ключ API</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountcells.cpp" line="60"/>
        <source>Provider API</source>
        <translation>API провайдера</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountcells.cpp" line="61"/>
        <source>Imports and manual entries</source>
        <translation>Импорт и ручные записи</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountcells.cpp" line="71"/>
        <source>Read from the logs in:
%1

%2</source>
        <translation>Читается из журналов в:
%1

%2</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountcells.cpp" line="73"/>
        <source>Paid by a subscription: usage is shown as its value at API prices, never added to spend.</source>
        <translation>Оплачено подпиской: использование показано как его стоимость по ценам API и никогда не добавляется к расходам.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountcells.cpp" line="75"/>
        <source>Paid by API key: usage is estimated spend.</source>
        <translation>Оплачено по ключу API: использование учитывается как оценка расходов.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="52"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="53"/>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="54"/>
        <location filename="../ui/accounts/accountspage.cpp" line="226"/>
        <source>Test Connection</source>
        <translation>Проверить связь</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="55"/>
        <source>Sync This Account</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="59"/>
        <source>No provider accounts yet</source>
        <translation>Учётных записей провайдеров пока нет</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="60"/>
        <source>Add a provider account to start syncing: OpenAI, Anthropic, OpenRouter, DeepSeek, xAI, Google Gemini, Groq, Perplexity or Mistral. Keys are kept only in your system keychain, never in TokenLedger&apos;s files. Or follow the coding agents on this computer (Claude Code, Codex CLI, Gemini CLI) from their local logs, with no key.</source>
        <translation>Добавьте учётную запись провайдера, чтобы начать синхронизацию: OpenAI, Anthropic, OpenRouter, DeepSeek, xAI, Google Gemini, Groq, Perplexity или Mistral. Ключи хранятся только в системной связке ключей, никогда в файлах TokenLedger. Или отслеживайте кодинг-агентов на этом компьютере (Claude Code, Codex CLI, Gemini CLI) по их локальным журналам — без ключа.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="67"/>
        <source>Add an Account…</source>
        <translation>Добавить учётную запись…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="68"/>
        <source>Add a Coding Agent…</source>
        <translation>Добавить кодинг-агента…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="74"/>
        <source>Add Account…</source>
        <translation>Добавить запись…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="76"/>
        <source>Add Coding Agent…</source>
        <translation>Добавить агента…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="78"/>
        <source>Claude Code, Codex CLI or Gemini CLI: usage from the logs they keep on this computer</source>
        <translation>Claude Code, Codex CLI или Gemini CLI: использование по журналам, которые они ведут на этом компьютере</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="86"/>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="86"/>
        <source>Label</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="86"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="86"/>
        <source>Synced by</source>
        <translation>Кто синхронизирует</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="86"/>
        <source>Last synced</source>
        <translation>Последняя синхронизация</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="87"/>
        <source>Health</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="87"/>
        <source>Balance / credits</source>
        <translation>Баланс / кредиты</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="89"/>
        <source>Whether this desktop can sync the account: keys stay in each person&apos;s own keychain</source>
        <translation>Может ли этот компьютер синхронизировать учётную запись: ключи остаются в личной связке ключей каждого</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="176"/>
        <source>The accounts could not be read: %1</source>
        <translation>Не удалось прочитать учётные записи: %1</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="192"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="226"/>
        <source>Check Folders</source>
        <translation>Проверить папки</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="227"/>
        <source>Checks that the account&apos;s folders exist and counts the log files in them</source>
        <translation>Проверяет, что папки учётной записи существуют, и подсчитывает файлы журналов в них</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="264"/>
        <source>Remove &quot;%1&quot;? Its logs stay where they are; TokenLedger stops reading them. Keep its usage in your totals, or delete it too?</source>
        <translation>Удалить «%1»? Журналы останутся на месте; TokenLedger перестанет их читать. Оставить данные об использовании в итогах или тоже удалить их?</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="266"/>
        <source>Remove &quot;%1&quot;? Its key is deleted from the keychain. Keep its usage and costs in your totals, or delete them too?</source>
        <translation>Удалить «%1»? Ключ будет удалён из связки ключей. Оставить данные об использовании и стоимости в итогах или тоже удалить их?</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="268"/>
        <source>Remove Account</source>
        <translation>Удалить учётную запись</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="270"/>
        <source>Remove, Keep History</source>
        <translation>Удалить, сохранив историю</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="271"/>
        <source>Remove and Delete History</source>
        <translation>Удалить вместе с историей</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="288"/>
        <source>The account was not added: its key could not be stored. %1</source>
        <translation>Учётная запись не добавлена: не удалось сохранить её ключ. %1</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="289"/>
        <source>The account was not changed: its key could not be stored. %1</source>
        <translation>Учётная запись не изменена: не удалось сохранить её ключ. %1</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="291"/>
        <source>Key Not Stored</source>
        <translation>Ключ не сохранён</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="322"/>
        <location filename="../ui/accounts/accountspageagents.cpp" line="110"/>
        <source>The account was not saved: %1</source>
        <translation>Учётная запись не сохранена: %1</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="327"/>
        <source>Account saved; its key is in your system keychain.</source>
        <translation>Учётная запись сохранена; её ключ находится в системной связке ключей.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="327"/>
        <location filename="../ui/accounts/accountspageagents.cpp" line="115"/>
        <source>Account saved.</source>
        <translation>Учётная запись сохранена.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="347"/>
        <source>The key of &quot;%1&quot; could not be deleted from your system keychain: %2</source>
        <translation>Не удалось удалить ключ «%1» из системной связки ключей: %2</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="351"/>
        <source>Key Not Deleted</source>
        <translation>Ключ не удалён</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="353"/>
        <source>Remove the account anyway? Its key then stays in the keychain as &quot;%1&quot; until you delete it there.</source>
        <translation>Всё равно удалить учётную запись? Тогда её ключ останется в связке ключей как «%1», пока вы не удалите его там.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="358"/>
        <source>Remove Anyway</source>
        <translation>Всё равно удалить</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="363"/>
        <source>The account was not removed.</source>
        <translation>Учётная запись не удалена.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="382"/>
        <source>Account removed; its history stays in your totals.</source>
        <translation>Учётная запись удалена; её история остаётся в итогах.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="383"/>
        <source>Account and its history removed.</source>
        <translation>Учётная запись и её история удалены.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="384"/>
        <source>The account was not removed: %1</source>
        <translation>Учётная запись не удалена: %1</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="386"/>
        <source>Its key is still in your keychain as &quot;%1&quot;.</source>
        <translation>Её ключ по-прежнему находится в связке ключей как «%1».</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="404"/>
        <source>Testing the connection to %1…</source>
        <translation>Проверка соединения с %1…</translation>
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
        <translation>%1: проверка соединения не удалась: %2</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspageagents.cpp" line="22"/>
        <source>Looking for coding-agent logs on this computer…</source>
        <translation>Поиск журналов кодинг-агентов на этом компьютере…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspageagents.cpp" line="78"/>
        <source>Not every coding agent was added: %1</source>
        <translation>Добавлены не все кодинг-агенты: %1</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspageagents.cpp" line="82"/>
        <source>Added %1; reading the logs now…</source>
        <translation>Добавлено: %1; журналы читаются…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspageagents.cpp" line="124"/>
        <source>Checking the folders of %1…</source>
        <translation>Проверка папок %1…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspageagents.cpp" line="147"/>
        <source>%1 has no folder to read: add one with Edit.</source>
        <translation>У %1 нет папки для чтения: добавьте её через «Изменить».</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspageagents.cpp" line="149"/>
        <source>%1: the folder %2 does not exist (any more).</source>
        <translation>%1: папка %2 не существует (больше).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/accounts/accountspageagents.cpp" line="152"/>
        <source>%1: %2 exists and holds %n log file(s).</source>
        <translation>
            <numerusform>%1: %2 существует и содержит %n файл журнала.</numerusform>
            <numerusform>%1: %2 существует и содержит %n файла журнала.</numerusform>
            <numerusform>%1: %2 существует и содержит %n файлов журнала.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspagereach.cpp" line="60"/>
        <source>To sync it from this desktop, add its key (Edit…), or set %1 for a headless sync.</source>
        <translation>Чтобы синхронизировать её с этого компьютера, добавьте её ключ («Изменить…») или задайте %1 для синхронизации без окна.</translation>
    </message>
</context>
<context>
    <name>tl::AgentAccountDialog</name>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="27"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="28"/>
        <source>Subscription</source>
        <translation>Подписка</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="29"/>
        <source>API key</source>
        <translation>Ключ API</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="31"/>
        <source>Include this account in syncs</source>
        <translation>Включать эту учётную запись в синхронизацию</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="37"/>
        <source>Edit %1 Account</source>
        <translation>Изменить учётную запись %1</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="43"/>
        <source>Add Folder…</source>
        <translation>Добавить папку…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="68"/>
        <source>Every log file under these folders is read; double-click a folder to type its path.</source>
        <translation>Читаются все файлы журналов в этих папках; дважды щёлкните папку, чтобы ввести её путь.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="75"/>
        <source>Label:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="76"/>
        <source>Log folders:</source>
        <translation>Папки журналов:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="78"/>
        <source>Paid by:</source>
        <translation>Оплата:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="112"/>
        <source>Choose the Agent&apos;s Log Folder</source>
        <translation>Выберите папку журналов агента</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="142"/>
        <source>Give the account a label.</source>
        <translation>Дайте учётной записи название.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="144"/>
        <source>Add the folder the agent keeps its logs in.</source>
        <translation>Добавьте папку, в которой агент хранит журналы.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="147"/>
        <source>&quot;%1&quot; is not a folder.</source>
        <translation>«%1» не является папкой.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="156"/>
        <source>Usage is shown as its value at API prices, never added to spend. Add the monthly fee as a manual entry.</source>
        <translation>Использование показывается как его стоимость по ценам API и никогда не добавляется к расходам. Добавьте ежемесячную плату как ручную запись.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="158"/>
        <source>Usage is estimated spend at API prices.</source>
        <translation>Использование учитывается как оценка расходов по ценам API.</translation>
    </message>
</context>
<context>
    <name>tl::AgentBreakdownView</name>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="56"/>
        <source>(none recorded)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="122"/>
        <source>By project</source>
        <translation>По проектам</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="123"/>
        <source>By git branch</source>
        <translation>По веткам git</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="124"/>
        <source>By session</source>
        <translation>По сеансам</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="125"/>
        <source>By model</source>
        <translation>По моделям</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="126"/>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="290"/>
        <source>All coding agents</source>
        <translation>Все кодинг-агенты</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="127"/>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="294"/>
        <source>Any project</source>
        <translation>Любой проект</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="128"/>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="295"/>
        <source>Any branch</source>
        <translation>Любая ветка</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="129"/>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="296"/>
        <source>Any session</source>
        <translation>Любой сеанс</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="130"/>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="297"/>
        <source>Any model</source>
        <translation>Любая модель</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="134"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="136"/>
        <source>to (UTC days)</source>
        <translation>по (дни UTC)</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="144"/>
        <source>Reset filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="157"/>
        <source>Each request is priced on its own UTC day at API prices, long-context requests wholly at the long-context price. Spend is what API-key agents cost; a subscription&apos;s usage is value, never spend; requests another synced account already bills are shown apart and not counted twice.</source>
        <translation>Каждый запрос оценивается в свой день UTC по ценам API, запросы с длинным контекстом — целиком по цене длинного контекста. Расходы — это то, во что обходятся агенты с ключом API; использование по подписке — это стоимость, а не расходы; запросы, которые уже выставляет в счёт другая синхронизированная учётная запись, показаны отдельно и не учитываются дважды.</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="275"/>
        <source>The coding agents&apos; usage could not be read: %1</source>
        <translation>Не удалось прочитать использование кодинг-агентов: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="306"/>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="309"/>
        <source>Git branch</source>
        <translation>Ветка git</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="312"/>
        <source>Session</source>
        <translation>Сеанс</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="315"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="320"/>
        <source>Spend (API key)</source>
        <translation>Расходы (ключ API)</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="320"/>
        <source>In another bill</source>
        <translation>В другом счёте</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="321"/>
        <source>Value (subscription)</source>
        <translation>Стоимость (подписка)</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="321"/>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="321"/>
        <source>Unpriced</source>
        <translation>Без цены</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="321"/>
        <source>Tokens</source>
        <translation>Токены</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="322"/>
        <source>Input</source>
        <translation>Ввод</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="322"/>
        <source>Cache read</source>
        <translation>Чтение кэша</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="322"/>
        <source>Cache write</source>
        <translation>Запись кэша</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="322"/>
        <source>Output</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="323"/>
        <source>First request (UTC)</source>
        <translation>Первый запрос (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="323"/>
        <source>Last request (UTC)</source>
        <translation>Последний запрос (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="323"/>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="341"/>
        <source>No coding-agent accounts yet. Add one under Accounts (Claude Code, Codex CLI or Gemini CLI read from their local logs), or run tokenledger agents import.</source>
        <translation>Учётных записей кодинг-агентов пока нет. Добавьте учётную запись на странице «Учётные записи» (Claude Code, Codex CLI или Gemini CLI читаются из их локальных журналов) или выполните tokenledger agents import.</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="346"/>
        <source>No coding-agent requests match in %1 – %2 (UTC).</source>
        <translation>Нет подходящих запросов кодинг-агентов за %1 – %2 (UTC).</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="351"/>
        <source>Total: spend %1</source>
        <translation>Итого: расходы %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="353"/>
        <source>in another account&apos;s bill %1</source>
        <translation>в счёте другой учётной записи %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="354"/>
        <source>subscription value %1 (not spend)</source>
        <translation>стоимость подписки %1 (не расходы)</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="355"/>
        <source>%1 requests, %2 tokens</source>
        <translation>запросов: %1, токенов: %2</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="357"/>
        <source>%1 requests unpriced (no price for their model; in no amount)</source>
        <translation>запросов без цены: %1 (для их модели нет цены; не входят ни в одну сумму)</translation>
    </message>
</context>
<context>
    <name>tl::AgentSourcesDialog</name>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="85"/>
        <source>Add Coding Agent</source>
        <translation>Добавить кодинг-агента</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="87"/>
        <source>TokenLedger can show what your coding agents use, from the logs they keep on this computer. Tick the agents to follow: nothing is read until you choose Add, and no API key is needed.</source>
        <translation>TokenLedger может показать, сколько используют ваши кодинг-агенты, по журналам, которые они ведут на этом компьютере. Отметьте агентов, которых нужно отслеживать: ничего не читается, пока вы не нажмёте «Добавить», и ключ API не нужен.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="101"/>
        <source>No coding-agent logs were found on this computer. TokenLedger looked in %1: the folders the agents use (or CLAUDE_CONFIG_DIR, CODEX_HOME and GEMINI_DATA_DIR when they are set). If an agent keeps its logs elsewhere, tick it and choose its folder by hand.</source>
        <translation>На этом компьютере не найдено журналов кодинг-агентов. TokenLedger искал в %1: в папках, которые используют агенты (или CLAUDE_CONFIG_DIR, CODEX_HOME и GEMINI_DATA_DIR, если они заданы). Если агент хранит журналы в другом месте, отметьте его и выберите папку вручную.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="120"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="145"/>
        <source>Already followed as &quot;%1&quot;: change its folders or billing with Edit on the Accounts page.</source>
        <translation>Уже отслеживается как «%1»: измените его папки или способ оплаты через «Изменить» на странице «Учётные записи».</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="148"/>
        <source>Found %n log file(s) in %1.</source>
        <translation>
            <numerusform>Найден %n файл журнала в %1.</numerusform>
            <numerusform>Найдено %n файла журнала в %1.</numerusform>
            <numerusform>Найдено %n файлов журнала в %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="150"/>
        <source>No logs found in %1. Choose its folder by hand if it keeps them elsewhere.</source>
        <translation>В %1 журналов не найдено. Выберите папку вручную, если агент хранит их в другом месте.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="161"/>
        <source>Subscription</source>
        <translation>Подписка</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="163"/>
        <source>API key</source>
        <translation>Ключ API</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="169"/>
        <source>Paid by:</source>
        <translation>Оплата:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="179"/>
        <source>Usage is shown as its value at API prices, never added to spend. Add the monthly fee as a manual entry.</source>
        <translation>Использование показывается как его стоимость по ценам API и никогда не добавляется к расходам. Добавьте ежемесячную плату как ручную запись.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="181"/>
        <source>Usage is estimated spend at API prices.</source>
        <translation>Использование учитывается как оценка расходов по ценам API.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="203"/>
        <source>the folder holding its logs, e.g. %1</source>
        <translation>папка с его журналами, напр. %1</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="204"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="206"/>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="213"/>
        <source>Choose the Agent&apos;s Log Folder</source>
        <translation>Выберите папку журналов агента</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="245"/>
        <source>Tick at least one agent to follow.</source>
        <translation>Отметьте хотя бы одного агента для отслеживания.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="248"/>
        <source>Choose the folder %1 keeps its logs in.</source>
        <translation>Выберите папку, в которой %1 хранит журналы.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="251"/>
        <source>%1: &quot;%2&quot; is not a folder.</source>
        <translation>%1: «%2» не является папкой.</translation>
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
        <translation>Расходы (ключ API)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agenttopgroups.cpp" line="81"/>
        <source>Value (subscription)</source>
        <translation>Стоимость (подписка)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agenttopgroups.cpp" line="81"/>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agenttopgroups.cpp" line="83"/>
        <source>(none recorded)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agenttopgroups.cpp" line="97"/>
        <source>… %1 more in Usage → Coding agents</source>
        <translation>… ещё %1 в разделе Использование → Кодинг-агенты</translation>
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
        <translation>%1 на этом компьютере</translation>
    </message>
</context>
<context>
    <name>tl::AgentsPanel</name>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="112"/>
        <source>5-hour window</source>
        <translation>5-часовое окно</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="114"/>
        <source>Weekly window</source>
        <translation>Недельное окно</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="115"/>
        <source>%1-minute window</source>
        <translation>%1-минутное окно</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="178"/>
        <source>%1: 5-h window ended</source>
        <translation>%1: 5-часовое окно закончилось</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="180"/>
        <source>%1: 5-h window %2 % used, %3</source>
        <translation>%1: 5-часовое окно использовано на %2 %, %3</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="184"/>
        <source>%1: 5-h window %2 % of your peak, %3</source>
        <translation>%1: 5-часовое окно — %2 % от вашего пика, %3</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="187"/>
        <source>%1: 5-h window active (no earlier window to compare), %2</source>
        <translation>%1: 5-часовое окно активно (нет прежнего окна для сравнения), %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="203"/>
        <source>Coding agents this month</source>
        <translation>Кодинг-агенты в этом месяце</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="266"/>
        <source>By project</source>
        <translation>По проектам</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="266"/>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="268"/>
        <source>By git branch</source>
        <translation>По веткам git</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="268"/>
        <source>Git branch</source>
        <translation>Ветка git</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="225"/>
        <source>The coding agents could not be read: %1</source>
        <translation>Не удалось прочитать кодинг-агентов: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="238"/>
        <source>API-key agents: %1 estimated spend, included in month to date above.</source>
        <translation>Агенты с ключом API: оценка расходов %1, включена в сумму с начала месяца выше.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="241"/>
        <source>Subscriptions: %1 of usage at API prices for %2 in fees — the value is not spend; only the fees are.</source>
        <translation>Подписки: использование на %1 по ценам API при плате %2 — эта стоимость не является расходами, расходы — только плата.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="245"/>
        <source>No coding-agent usage this month yet.</source>
        <translation>В этом месяце кодинг-агенты ещё ничего не использовали.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="258"/>
        <source>This month&apos;s projects and branches could not be read: %1</source>
        <translation>Не удалось прочитать проекты и ветки этого месяца: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="292"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="292"/>
        <source>subscription</source>
        <translation>подписка</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="292"/>
        <source>API key</source>
        <translation>ключ API</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="299"/>
        <source>value at API prices (subscription) — not spend</source>
        <translation>стоимость по ценам API (подписка) — не расходы</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="300"/>
        <source>spend (API key), estimated from tokens × prices</source>
        <translation>расходы (ключ API), оценка по токенам × цены</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="305"/>
        <source>another account</source>
        <translation>другой учётной записи</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="306"/>
        <source>In %1&apos;s bill, not counted twice.</source>
        <translation>В счёте %1, не учитывается дважды.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="312"/>
        <source>No fee entered this month: add the plan&apos;s monthly fee as a manual entry (Usage → Manual entries) to see what it returned.</source>
        <translation>В этом месяце плата не внесена: добавьте ежемесячную плату тарифа как ручную запись (Использование → Ручные записи), чтобы увидеть, насколько она окупилась.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="317"/>
        <source>Fee %1 · returned %2 its fee</source>
        <translation>Плата %1 · окупилась %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="319"/>
        <source>Fee %1</source>
        <translation>Плата %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="324"/>
        <source>%1 requests · %2 tokens</source>
        <translation>запросов: %1 · токенов: %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="327"/>
        <source>· %1 unpriced requests not in the amount</source>
        <translation>· запросов без цены (не в сумме): %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="342"/>
        <source>No active 5-hour window</source>
        <translation>Нет активного 5-часового окна</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="344"/>
        <source>The next request starts one. Highest earlier window (last 30 days): %1 tokens.</source>
        <translation>Следующий запрос откроет новое. Наибольшее прежнее окно (за последние 30 дней): %1 токенов.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="347"/>
        <source>The next request starts one.</source>
        <translation>Следующий запрос откроет новое.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="352"/>
        <source>5-hour window %1–%2 %3</source>
        <translation>5-часовое окно %1–%2 %3</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="356"/>
        <source>%1 tokens · %2 % of your peak (%3)</source>
        <translation>Токенов: %1 · %2 % от вашего пика (%3)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="364"/>
        <source>%1 tokens so far; no earlier window in the last 30 days to compare with.</source>
        <translation>Пока токенов: %1; за последние 30 дней нет прежнего окна для сравнения.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="367"/>
        <source>Burning %1 tokens/min (%2/h at API prices); projected %3 tokens (%4) at %5 %6.</source>
        <translation>Расход %1 токенов/мин (%2/ч по ценам API); прогноз %3 токенов (%4) к %5 %6.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="374"/>
        <source>Too early for a burn rate.</source>
        <translation>Слишком рано для оценки скорости расхода.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="378"/>
        <source>This window&apos;s figures are too large to add up.</source>
        <translation>Значения этого окна слишком велики для суммирования.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="384"/>
        <source>Codex&apos;s own limits</source>
        <translation>Собственные лимиты Codex</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="388"/>
        <source>Codex has not logged its rate limits yet.</source>
        <translation>Codex ещё не записал в журнал свои лимиты.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="397"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="410"/>
        <source>As Codex logged it at %1.</source>
        <translation>По журналу Codex на %1.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="411"/>
        <source>As Codex logged it at %1 (plan: %2).</source>
        <translation>По журналу Codex на %1 (тариф: %2).</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="416"/>
        <source>%1 logs no usage windows.</source>
        <translation>%1 не записывает окна использования.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="421"/>
        <source>Last request %1</source>
        <translation>Последний запрос: %1</translation>
    </message>
</context>
<context>
    <name>tl::AlertText</name>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="38"/>
        <source>Budget “%1” is used up</source>
        <translation>Бюджет «%1» исчерпан</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="39"/>
        <source>Budget “%1” at %2 %</source>
        <translation>Бюджет «%1» на %2 %</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="44"/>
        <source>more than %1</source>
        <extracomment>the share of a budget spent, when it does not fit in 64 bits (a budget of a few nano-dollars)</extracomment>
        <translation>более %1</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="45"/>
        <source>, %1 over</source>
        <translation>, превышение на %1</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="47"/>
        <source>%1 spent of %2 this month (UTC), %3 % of the budget%4. At the current rate the month ends at %5. Open the dashboard to see which provider and model drive it, or raise the budget.</source>
        <extracomment>%4 is empty or &quot;, $5.00 over&quot;</extracomment>
        <translation>В этом месяце (UTC) потрачено %1 из %2, %3 % бюджета%4. При текущем темпе месяц завершится на %5. Откройте сводку, чтобы увидеть, какие провайдер и модель дают эти расходы, или увеличьте бюджет.</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="57"/>
        <source>“%1” is heading over budget</source>
        <translation>«%1» идёт к превышению бюджета</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="58"/>
        <source>At the current rate this month ends at %1 (range %2 – %3), over the %4 budget; %5 spent so far. Slow down the biggest spender on the dashboard, or raise the budget.</source>
        <translation>При текущем темпе этот месяц завершится на %1 (диапазон %2 – %3), что больше бюджета %4; пока потрачено %5. Сократите крупнейшую статью расходов из сводки или увеличьте бюджет.</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="68"/>
        <source>Spending spike on %1</source>
        <translation>Всплеск расходов: %1</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="69"/>
        <source>%1 (UTC): %2, against a usual %3 a day (median of the %4 days before). Check that day on the Usage page: a runaway job or a leaked key looks like this.</source>
        <translation>%1 (UTC): %2 при обычных %3 в день (медиана за %4 предыдущих дней). Проверьте этот день на странице «Использование»: так выглядит вышедшая из-под контроля задача или утёкший ключ.</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="78"/>
        <source>Sync failing for %1</source>
        <translation>Сбой синхронизации: %1</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="80"/>
        <source>no message</source>
        <translation>нет сообщения</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="81"/>
        <source>The last %1 syncs failed (%2). This account&apos;s figures may be out of date: check its key on the Accounts page and Sync History for details.</source>
        <translation>Неудачных синхронизаций подряд: %1 (%2). Данные этой учётной записи могут быть устаревшими: проверьте её ключ на странице «Учётные записи» и подробности в истории синхронизации.</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="90"/>
        <source>Low balance on %1</source>
        <translation>Низкий баланс: %1</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="101"/>
        <source>%1 %2 left (%3). Top up with the provider before requests start failing.</source>
        <extracomment>%1 amount, %2 currency code, %3 the provider&apos;s kind of balance (such as credits_remaining)</extracomment>
        <translation>Осталось %1 %2 (%3). Пополните счёт у провайдера, пока запросы не начали завершаться ошибкой.</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="110"/>
        <source>No price for %1</source>
        <translation>Нет цены для %1</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="111"/>
        <source>%1 tokens of %2 (%3) are in no money total because no price is known. Add a price on the Pricing page or update the price catalog.</source>
        <translation>Токенов %2 (%3): %1 — они не входят ни в одну денежную сумму, так как цена неизвестна. Добавьте цену на странице «Цены» или обновите каталог цен.</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="120"/>
        <source>%1: this 5-hour window is running hot</source>
        <translation>%1: это 5-часовое окно расходуется слишком быстро</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="124"/>
        <source>At the current pace the window that started %1 UTC ends at %2 tokens, %3 % of your highest earlier window (%4 tokens); it %5. Your alert is set at %6 %.</source>
        <extracomment>%5 is &quot;resets in 2 h 10 min&quot; or &quot;resets now&quot;</extracomment>
        <translation>При текущем темпе окно, начавшееся в %1 UTC, дойдёт до %2 токенов — %3 % от вашего наибольшего прежнего окна (%4 токенов); %5. Оповещение настроено на %6 %.</translation>
    </message>
</context>
<context>
    <name>tl::BudgetDialog</name>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="26"/>
        <source>Watch this budget</source>
        <translation>Следить за этим бюджетом</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="30"/>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="33"/>
        <source>e.g. Team total</source>
        <translation>напр. Вся команда</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="35"/>
        <source>Everything</source>
        <translation>Всё</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="36"/>
        <source>One provider</source>
        <translation>Один провайдер</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="37"/>
        <source>One account</source>
        <translation>Одна учётная запись</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="41"/>
        <source>e.g. 500 or %1</source>
        <translation>напр. 500 или %1</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="43"/>
        <source>Percentages of the budget at which TokenLedger alerts you, separated by commas.</source>
        <translation>Проценты бюджета, при которых TokenLedger вас оповестит, через запятую.</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="54"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="55"/>
        <source>Covers</source>
        <translation>Охват</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="57"/>
        <source>Monthly amount (USD)</source>
        <translation>Сумма в месяц (USD)</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="58"/>
        <source>Alert at (% of the amount)</source>
        <translation>Оповещать при (% от суммы)</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="60"/>
        <source>Months are calendar months in UTC, the days providers report in. Spend counts what providers billed where they bill, and estimates elsewhere.</source>
        <translation>Месяцы — календарные месяцы по UTC: именно по дням UTC отчитываются провайдеры. В расходы входят суммы, выставленные провайдерами в счёт, там, где они выставляют счета, а в остальных случаях — оценка.</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="141"/>
        <source>Give the budget a name.</source>
        <translation>Дайте бюджету название.</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="148"/>
        <source>Choose what the budget covers.</source>
        <translation>Выберите, на что распространяется бюджет.</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="159"/>
        <source>Type an amount in US dollars, like 500 or %1.</source>
        <translation>Введите сумму в долларах США, например 500 или %1.</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="162"/>
        <source>The amount must be more than zero.</source>
        <translation>Сумма должна быть больше нуля.</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="170"/>
        <source>Thresholds are whole percentages from 1 to 1000, separated by commas.</source>
        <translation>Пороги — целые проценты от 1 до 1000 через запятую.</translation>
    </message>
</context>
<context>
    <name>tl::BudgetHistoryView</name>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="71"/>
        <source>The budget history could not be read: %1</source>
        <translation>Не удалось прочитать историю бюджетов: %1</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="89"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="89"/>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="89"/>
        <source>Spent</source>
        <translation>Потрачено</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="89"/>
        <source>Budget amount</source>
        <translation>Сумма бюджета</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="89"/>
        <source>Used</source>
        <translation>Использовано</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="89"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="89"/>
        <source>Over by</source>
        <translation>Превышение</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="91"/>
        <source>No budgets yet: once you add one, each month&apos;s result is listed here.</source>
        <translation>Бюджетов пока нет: как только вы добавите бюджет, здесь появится итог по каждому месяцу.</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="94"/>
        <source>Each budget&apos;s current amount against each month&apos;s spend (UTC months). Past months show their final figures; this month shows where it stands today.</source>
        <translation>Текущая сумма каждого бюджета в сравнении с расходами каждого месяца (месяцы UTC). Для прошедших месяцев показаны окончательные данные, для текущего — положение на сегодня.</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="104"/>
        <source>On track</source>
        <translation>В норме</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="104"/>
        <source>Within budget</source>
        <translation>В пределах бюджета</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="109"/>
        <source>Heading over</source>
        <translation>Идёт к превышению</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="110"/>
        <source>Past %1 %</source>
        <translation>Больше %1 %</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="114"/>
        <source>Over</source>
        <translation>Превышен</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="120"/>
        <source>%1 (so far)</source>
        <translation>%1 (пока)</translation>
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
        <translation>Информация</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="44"/>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="46"/>
        <source>Critical</source>
        <translation>Критично</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="55"/>
        <source>Budget threshold</source>
        <translation>Порог бюджета</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="57"/>
        <source>Budget forecast</source>
        <translation>Прогноз бюджета</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="59"/>
        <source>Spending spike</source>
        <translation>Всплеск расходов</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="61"/>
        <source>Sync failing</source>
        <translation>Сбой синхронизации</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="63"/>
        <source>Low balance</source>
        <translation>Низкий баланс</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="65"/>
        <source>Unpriced model</source>
        <translation>Модель без цены</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="67"/>
        <source>Usage window</source>
        <translation>Окно использования</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="93"/>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="93"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="93"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="93"/>
        <source>Alert</source>
        <translation>Оповещение</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="93"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="114"/>
        <source>Acknowledged</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="114"/>
        <location filename="../ui/budgets/budgetspage.cpp" line="118"/>
        <source>Read</source>
        <translation>Прочитано</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="114"/>
        <location filename="../ui/budgets/budgetspage.cpp" line="117"/>
        <source>Unread</source>
        <translation>Не прочитано</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="130"/>
        <source>&lt;b&gt;Alerts&lt;/b&gt; — none yet: they appear when spend crosses a budget&apos;s threshold or its forecast, a day spikes, a sync keeps failing, credits run low or a model has no price</source>
        <translation>&lt;b&gt;Оповещения&lt;/b&gt; — пока нет: они появляются, когда расходы или их прогноз пересекают порог бюджета, случается всплеск за день, синхронизация постоянно завершается ошибкой, заканчиваются кредиты или у модели нет цены</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="133"/>
        <source>&lt;b&gt;Alerts&lt;/b&gt; — %1 unread of %2</source>
        <translation>&lt;b&gt;Оповещения&lt;/b&gt; — не прочитано %1 из %2</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="148"/>
        <source>Alerts appear here after a sync: budget thresholds, a forecast heading over budget, spending spikes, failing syncs, low balances and models without a price.</source>
        <translation>Оповещения появляются здесь после синхронизации: пороги бюджетов, прогноз превышения бюджета, всплески расходов, сбои синхронизации, низкий баланс и модели без цены.</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="51"/>
        <source>Acknowledge</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="60"/>
        <source>&lt;b&gt;Monthly budgets&lt;/b&gt; (calendar months, UTC)</source>
        <translation>&lt;b&gt;Месячные бюджеты&lt;/b&gt; (календарные месяцы, UTC)</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="62"/>
        <source>Add budget…</source>
        <translation>Добавить бюджет…</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="73"/>
        <source>No budgets yet. Set a monthly budget for everything, a provider or an account: TokenLedger warns you at 50 %, 80 % and 100 % of it, and earlier when the forecast says you will cross it.</source>
        <translation>Бюджетов пока нет. Задайте месячный бюджет на всё, на провайдера или на учётную запись: TokenLedger предупредит вас при 50 %, 80 % и 100 % от него — и раньше, если прогноз покажет, что вы его превысите.</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="95"/>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="96"/>
        <source>History by month</source>
        <translation>История по месяцам</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="108"/>
        <source>All severities</source>
        <translation>Любая важность</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="112"/>
        <source>All kinds</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="116"/>
        <source>Read and unread</source>
        <translation>Прочитанные и непрочитанные</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="119"/>
        <source>Not acknowledged</source>
        <translation>Не подтверждённые</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="120"/>
        <source>Mark all as read</source>
        <translation>Отметить все как прочитанные</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="225"/>
        <source>Budgets and alerts could not be read: %1</source>
        <translation>Не удалось прочитать бюджеты и оповещения: %1</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="256"/>
        <source>everything</source>
        <translation>всё</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="262"/>
        <source>account %1</source>
        <translation>учётная запись %1</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="270"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="275"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="281"/>
        <source>On track</source>
        <translation>В норме</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="286"/>
        <source>Heading over: forecast %1</source>
        <translation>Идёт к превышению: прогноз %1</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="287"/>
        <source>Warning: past %1 %</source>
        <translation>Предупреждение: больше %1 %</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="291"/>
        <source>Over by %1</source>
        <translation>Превышение на %1</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="299"/>
        <source>%1 of %2 spent · forecast %3 · alerts at %4 %%5</source>
        <translation>Потрачено %1 из %2 · прогноз %3 · оповещения при %4 %%5</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="303"/>
        <source> · paused</source>
        <translation> · приостановлен</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="306"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="307"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="320"/>
        <source>Delete budget</source>
        <translation>Удалить бюджет</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="321"/>
        <source>Delete the budget “%1”? Its past alerts stay in the list.</source>
        <translation>Удалить бюджет «%1»? Его прошлые оповещения останутся в списке.</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="367"/>
        <source>Budget not saved</source>
        <translation>Бюджет не сохранён</translation>
    </message>
</context>
<context>
    <name>tl::CsvImport</name>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="15"/>
        <source>expected %1 columns, found %2</source>
        <translation>ожидалось столбцов: %1, найдено: %2</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="16"/>
        <source>bad date &quot;%1&quot;</source>
        <translation>неверная дата «%1»</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="17"/>
        <source>unknown currency &quot;%1&quot;</source>
        <translation>неизвестная валюта «%1»</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="18"/>
        <source>no cost</source>
        <translation>нет стоимости</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="19"/>
        <source>no currency</source>
        <translation>нет валюты</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="20"/>
        <source>unknown context window &quot;%1&quot;</source>
        <translation>неизвестное окно контекста «%1»</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="21"/>
        <source>no model</source>
        <translation>нет модели</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="22"/>
        <source>negative cost</source>
        <translation>отрицательная стоимость</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="23"/>
        <source>usage costs must be in USD, not %1</source>
        <translation>стоимость использования должна быть в USD, а не в %1</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="24"/>
        <source>provider &quot;%1&quot; is not this account&apos;s (%2)</source>
        <translation>провайдер «%1» не совпадает с провайдером этой учётной записи (%2)</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="25"/>
        <source>more cached tokens (%1) than input tokens (%2)</source>
        <translation>кэшированных токенов (%1) больше, чем входных (%2)</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="26"/>
        <source>negative %1 (%2)</source>
        <translation>отрицательное значение в столбце «%1» (%2)</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="27"/>
        <source>%1 &quot;%2&quot; is not a whole number</source>
        <translation>%1: «%2» — не целое число</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="28"/>
        <source>%1 &quot;%2&quot; is too large (the limit is %3)</source>
        <translation>%1: «%2» — слишком большое значение (предел %3)</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="29"/>
        <source>cost &quot;%1&quot; is not a decimal amount: a comma may only separate thousands, as in 1,234.50</source>
        <translation>стоимость «%1» — не десятичная сумма: запятая может разделять только тысячи, как в 1,234.50</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="31"/>
        <source>cost &quot;%1&quot; is not a decimal amount</source>
        <translation>стоимость «%1» — не десятичная сумма</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="32"/>
        <source>cost &quot;%1&quot; is too large (the limit is $%2)</source>
        <translation>стоимость «%1» слишком велика (предел $%2)</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="33"/>
        <source>broken quoting</source>
        <translation>ошибка в кавычках</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="34"/>
        <source>longer than 1 MiB (the limit for one line or field); skipped</source>
        <translation>длиннее 1 МиБ (предел для строки или поля); пропущено</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="35"/>
        <source>there is no account %1</source>
        <translation>учётной записи %1 нет</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="36"/>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="37"/>
        <source>this is not a CSV file (it contains binary data)</source>
        <translation>это не CSV-файл (в нём двоичные данные)</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="38"/>
        <source>this is not a CSV file TokenLedger can read (broken quoting in the header)</source>
        <translation>это не CSV-файл, который TokenLedger может прочитать (ошибка в кавычках в заголовке)</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="39"/>
        <source>cannot read the file: %1</source>
        <translation>не удаётся прочитать файл: %1</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="40"/>
        <source>cannot make a temporary copy of the input: %1</source>
        <translation>не удалось сделать временную копию входных данных: %1</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="41"/>
        <source>this is not a CSV file TokenLedger can read (the first line is longer than 1 MiB)</source>
        <translation>это не CSV-файл, который TokenLedger может прочитать (первая строка длиннее 1 МиБ)</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="43"/>
        <source>the %1 format needs a &quot;%2&quot; column</source>
        <translation>для формата %1 нужен столбец «%2»</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="44"/>
        <source>this is not a CSV file (binary data on line %1)</source>
        <translation>это не CSV-файл (двоичные данные в строке %1)</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="45"/>
        <source>this file&apos;s lines end in a carriage return alone (an old Mac format); save it as CSV UTF-8 and import it again</source>
        <translation>строки этого файла заканчиваются только возвратом каретки (старый формат Mac); сохраните его как CSV UTF-8 и импортируйте снова</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="48"/>
        <source>the column &quot;%1&quot; is in the header more than once; TokenLedger cannot tell which one to read</source>
        <translation>столбец &quot;%1&quot; встречается в заголовке больше одного раза; TokenLedger не может определить, какой из них читать</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="50"/>
        <source>%1 of %2 rows are bad; nothing was imported</source>
        <translation>ошибочных строк: %1 из %2; ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="51"/>
        <source>this is not a CSV file TokenLedger can read (no comma-separated header)</source>
        <translation>это не CSV-файл, который TokenLedger может прочитать (нет заголовка, разделённого запятыми)</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="52"/>
        <source>this looks like the %1 format, which needs a &quot;%2&quot; column</source>
        <translation>похоже на формат %1, но для него нужен столбец «%2»</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="53"/>
        <source>the columns (%1) match no format TokenLedger knows; map them in the import wizard or use the generic format (README: CSV import)</source>
        <translation>столбцы (%1) не подходят ни к одному формату, известному TokenLedger; сопоставьте их в мастере импорта или используйте общий формат (README: CSV import)</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="61"/>
        <source>input tokens</source>
        <translation>входные токены</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="62"/>
        <source>cached tokens</source>
        <translation>кэшированные токены</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="63"/>
        <source>cache-write tokens</source>
        <translation>токены записи в кэш</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="64"/>
        <source>1-hour cache-write tokens</source>
        <translation>токены записи в кэш на 1 час</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="65"/>
        <source>output tokens</source>
        <translation>выходные токены</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="66"/>
        <source>requests</source>
        <translation>запросы</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="67"/>
        <source>uncached input tokens</source>
        <translation>некэшированные входные токены</translation>
    </message>
</context>
<context>
    <name>tl::DashboardPage</name>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="93"/>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="71"/>
        <source>Month to date</source>
        <translation>С начала месяца</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="72"/>
        <source>Spent so far</source>
        <translation>Потрачено пока</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="73"/>
        <source>Spent</source>
        <translation>Потрачено</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="77"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="82"/>
        <source>Nothing spent on %1 either</source>
        <translation>За %1 тоже ничего не потрачено</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="82"/>
        <source>Nothing spent on %1</source>
        <translation>За %1 ничего не потрачено</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="85"/>
        <source>The same as on %1</source>
        <translation>Столько же, сколько за %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="87"/>
        <source>%1 %2 % vs %3 on %4</source>
        <translation>%1 %2 % по сравнению с %3 за %4</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="94"/>
        <source>All billed by the providers</source>
        <translation>Всё выставлено в счёт провайдерами</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="97"/>
        <source>All estimated from tokens × prices</source>
        <translation>Всё оценено по токенам × цены</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="102"/>
        <source>billed %1</source>
        <translation>по счетам %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="104"/>
        <source>estimated %1</source>
        <translation>оценка %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="106"/>
        <source>manual %1</source>
        <translation>вручную %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="113"/>
        <source>All from manual entries</source>
        <translation>Всё из ручных записей</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="116"/>
        <source>Nothing recorded in this period</source>
        <translation>За этот период ничего не записано</translation>
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
        <translation>Суммы по счетам берутся из API стоимости провайдера и имеют приоритет над оценками для той же учётной записи и дня. Точно: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="134"/>
        <source>Daily average</source>
        <translation>В среднем за день</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="135"/>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="250"/>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="58"/>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="329"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="140"/>
        <source>Over %n UTC day(s)</source>
        <translation>
            <numerusform>За %n день UTC</numerusform>
            <numerusform>За %n дня UTC</numerusform>
            <numerusform>За %n дней UTC</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="153"/>
        <source>Highest day: %1 on %2</source>
        <translation>Максимум за день: %1, %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="154"/>
        <source>Spend on %n of those days</source>
        <translation>
            <numerusform>Расходы в %n из этих дней</numerusform>
            <numerusform>Расходы в %n из этих дней</numerusform>
            <numerusform>Расходы в %n из этих дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="156"/>
        <source>Forecasts are for the current calendar month: choose This month to see one.</source>
        <translation>Прогноз строится для текущего календарного месяца: выберите «Этот месяц», чтобы его увидеть.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="157"/>
        <source>A past period: actual spend, no forecast.</source>
        <translation>Прошедший период: фактические расходы, без прогноза.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="159"/>
        <source>The period&apos;s spend divided by its days so far, floored to the nano-dollar.</source>
        <translation>Расходы за период, делённые на прошедшие дни, с округлением вниз до нанодоллара.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="163"/>
        <source>Forecast for %1</source>
        <translation>Прогноз на %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="167"/>
        <source>Last day of the month: the forecast is the month so far.</source>
        <translation>Последний день месяца: прогноз равен расходам с начала месяца.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="169"/>
        <source>No complete day of history yet: the forecast is the month so far.</source>
        <translation>Пока нет ни одного полного дня истории: прогноз равен расходам с начала месяца.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="172"/>
        <source>Month to date + %1 a day (the spend of %2, the one complete UTC day so far) × %4 days left.</source>
        <translation>С начала месяца + %1 в день (расходы за %2, единственный пока полный день UTC) × %4 оставшихся дн.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="176"/>
        <source>Month to date + %1 a day (the mean of %2 – %3, %5 complete UTC days) × %4 days left.</source>
        <translation>С начала месяца + %1 в день (среднее за %2 – %3, полных дней UTC: %5) × %4 оставшихся дн.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="184"/>
        <source>Plus %1 of fixed charges still due this month (manual entries).</source>
        <translation>Плюс %1 фиксированных платежей, которые ещё предстоят в этом месяце (ручные записи).</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="187"/>
        <source>Nothing spent this month and none in the days before: nothing to project yet.</source>
        <translation>В этом месяце и в предыдущие дни ничего не потрачено: прогнозировать пока нечего.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="189"/>
        <source>Range %1 – %2</source>
        <translation>Диапазон %1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="191"/>
        <source>The range is the daily rate ± one standard deviation of those days.</source>
        <translation>Диапазон — это дневной темп ± одно стандартное отклонение за эти дни.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="275"/>
        <source>and %1</source>
        <translation>и %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="280"/>
        <source>key limit %1</source>
        <translation>лимит ключа %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="281"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="283"/>
        <source>as of %1</source>
        <translation>на %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="95"/>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="209"/>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="209"/>
        <source>Budget, %1</source>
        <translation>Бюджет, %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="211"/>
        <source>Not set</source>
        <translation>Не задан</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="212"/>
        <source>Set a monthly budget to be warned at 50 %, 80 % and 100 %.&lt;br&gt;&lt;a href=&quot;#budgets&quot;&gt;Open Budgets &amp;amp; Alerts&lt;/a&gt;</source>
        <translation>Задайте месячный бюджет, чтобы получать предупреждения при 50 %, 80 % и 100 %.&lt;br&gt;&lt;a href=&quot;#budgets&quot;&gt;Открыть «Бюджеты и оповещения»&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="215"/>
        <source>%1 % used</source>
        <translation>Использовано %1 %</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="219"/>
        <source>Stayed within budget</source>
        <translation>Уложились в бюджет</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="219"/>
        <source>On track</source>
        <translation>В норме</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="223"/>
        <source>Heading over: forecast %1</source>
        <translation>Идёт к превышению: прогноз %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="224"/>
        <source>Warning: past %1 %</source>
        <translation>Предупреждение: больше %1 %</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="227"/>
        <source>Over by %1</source>
        <translation>Превышение на %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="233"/>
        <source>%1 of %2 · %3&lt;br&gt;&lt;b style=&apos;color:%4&apos;&gt;%5&lt;/b&gt;&lt;br&gt;&lt;a href=&quot;#budgets&quot;&gt;%n budget(s)&lt;/a&gt;</source>
        <translation>
            <numerusform>%1 из %2 · %3&lt;br&gt;&lt;b style=&apos;color:%4&apos;&gt;%5&lt;/b&gt;&lt;br&gt;&lt;a href=&quot;#budgets&quot;&gt;%n бюджет&lt;/a&gt;</numerusform>
            <numerusform>%1 из %2 · %3&lt;br&gt;&lt;b style=&apos;color:%4&apos;&gt;%5&lt;/b&gt;&lt;br&gt;&lt;a href=&quot;#budgets&quot;&gt;%n бюджета&lt;/a&gt;</numerusform>
            <numerusform>%1 из %2 · %3&lt;br&gt;&lt;b style=&apos;color:%4&apos;&gt;%5&lt;/b&gt;&lt;br&gt;&lt;a href=&quot;#budgets&quot;&gt;%n бюджетов&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="251"/>
        <source>None of your providers reports a balance (OpenRouter and DeepSeek do).</source>
        <translation>Ни один из ваших провайдеров не сообщает баланс (это делают OpenRouter и DeepSeek).</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="54"/>
        <source>— %1</source>
        <translation>— %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="288"/>
        <source>key limit left</source>
        <translation>остаток лимита ключа</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="289"/>
        <source>credits left</source>
        <translation>остаток кредитов</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="290"/>
        <source>balance</source>
        <translation>баланс</translation>
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
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="308"/>
        <source>Never synced.</source>
        <translation>Синхронизации ещё не было.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="310"/>
        <source>success</source>
        <translation>успешно</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="311"/>
        <source>partly</source>
        <translation>частично</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="312"/>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="313"/>
        <source>cancelled</source>
        <translation>отменена</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="315"/>
        <source>Last sync finished %1: %2.</source>
        <translation>Последняя синхронизация завершена %1: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="324"/>
        <source>%n account(s) failing to sync — %1. See Sync History.</source>
        <translation>
            <numerusform>%n учётная запись не синхронизируется — %1. См. историю синхронизации.</numerusform>
            <numerusform>%n учётные записи не синхронизируются — %1. См. историю синхронизации.</numerusform>
            <numerusform>%n учётных записей не синхронизируются — %1. См. историю синхронизации.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="327"/>
        <source>No alerts.</source>
        <translation>Оповещений нет.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="329"/>
        <source>%n unread alert(s); latest: %1</source>
        <translation>
            <numerusform>%n непрочитанное оповещение; последнее: %1</numerusform>
            <numerusform>%n непрочитанных оповещения; последнее: %1</numerusform>
            <numerusform>%n непрочитанных оповещений; последнее: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="48"/>
        <source>Billed</source>
        <translation>По счетам</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="50"/>
        <source>Estimated</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="52"/>
        <source>Billed + estimated</source>
        <translation>По счетам + оценка</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="54"/>
        <source>Manual</source>
        <translation>Вручную</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="87"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="131"/>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="209"/>
        <source>No spending recorded yet</source>
        <translation>Расходов пока нет</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="94"/>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="96"/>
        <source>Credits left</source>
        <translation>Остаток кредитов</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="111"/>
        <source>Daily spend</source>
        <translation>Расходы по дням</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="171"/>
        <source>By provider</source>
        <translation>По провайдерам</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="187"/>
        <source>By model</source>
        <translation>По моделям</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="200"/>
        <source>By project or API key</source>
        <translation>По проектам или ключам API</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="213"/>
        <source>Tokens by kind</source>
        <translation>Токены по типам</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="225"/>
        <source>Models show usage cost — tokens × catalog prices, or the cost a provider reported per request — because bills are not itemised by model everywhere.</source>
        <translation>Для моделей показана стоимость использования — токены × цены каталога или стоимость, сообщённая провайдером для каждого запроса, — поскольку счета не везде разбиты по моделям.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="232"/>
        <source>Models used through a subscription show no cost here: their usage is value at API prices, not spend (see Coding agents above).</source>
        <translation>Модели, используемые по подписке, здесь не имеют стоимости: их использование — это стоимость по ценам API, а не расходы (см. «Кодинг-агенты» выше).</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="259"/>
        <source>Last 3 months</source>
        <translation>Последние 3 месяца</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="260"/>
        <source>Last 6 months</source>
        <translation>Последние 6 месяцев</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="261"/>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="268"/>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="305"/>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="269"/>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="306"/>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="270"/>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="305"/>
        <source>Tokens</source>
        <translation>Токены</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="281"/>
        <source>Trend by month (UTC)</source>
        <translation>Динамика по месяцам (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="193"/>
        <source>The dashboard could not be read: %1</source>
        <translation>Не удалось прочитать сводку: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="210"/>
        <source>Your accounts are set up, but no usage or billed cost has been reported so far. Run Sync Now, or check Sync History if a sync failed. Providers can take a few hours to report the latest day.</source>
        <translation>Ваши учётные записи настроены, но данных об использовании или выставленной стоимости пока нет. Запустите «Синхронизировать сейчас» или проверьте историю синхронизации, если синхронизация не удалась. Провайдерам может потребоваться несколько часов, чтобы сообщить данные за последний день.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="117"/>
        <source>Daily spend, %1 (UTC days)</source>
        <translation>Расходы по дням, %1 (дни UTC)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="176"/>
        <source>By provider, %1</source>
        <translation>По провайдерам, %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="192"/>
        <source>By model, %1</source>
        <translation>По моделям, %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="205"/>
        <source>By project or API key, %1</source>
        <translation>По проектам или ключам API, %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="218"/>
        <source>Tokens by kind, %1</source>
        <translation>Токены по типам, %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="282"/>
        <source>Nothing was recorded on %1 (UTC days).</source>
        <translation>За %1 (дни UTC) ничего не записано.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="283"/>
        <source>Nothing was recorded in %1 (%2, UTC days).</source>
        <translation>За период «%1» (%2, дни UTC) ничего не записано.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="287"/>
        <source>The latest data is from %1.</source>
        <translation>Последние данные — за %1.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="288"/>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="292"/>
        <source>Show %1</source>
        <translation>Показать: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="291"/>
        <source>The earliest data is from %1.</source>
        <translation>Самые ранние данные — за %1.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="305"/>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="309"/>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="305"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="305"/>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="307"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="307"/>
        <source>Unpriced tokens</source>
        <translation>Токены без цены</translation>
    </message>
</context>
<context>
    <name>tl::DesktopNotifier</name>
    <message>
        <location filename="../ui/alerts/freedesktopnotifications.cpp" line="109"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
</context>
<context>
    <name>tl::GroupBreakdownPanel</name>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="63"/>
        <source>By project / workspace</source>
        <translation>По проектам / рабочим областям</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="64"/>
        <source>By API key</source>
        <translation>По ключам API</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="129"/>
        <source>Project / workspace</source>
        <translation>Проект / рабочая область</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="129"/>
        <source>API key</source>
        <translation>Ключ API</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="129"/>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="130"/>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="130"/>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="130"/>
        <source>Tokens</source>
        <translation>Токены</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="130"/>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="134"/>
        <source>(no project reported)</source>
        <translation>(проект не указан)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="135"/>
        <source>(no key reported)</source>
        <translation>(ключ не указан)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="138"/>
        <source>Usage the provider or the file reported without one</source>
        <translation>Использование, о котором провайдер или файл сообщил без этого поля</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="146"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="151"/>
        <source>Could not read the breakdown: %1</source>
        <translation>Не удалось прочитать разбивку: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="153"/>
        <source>No usage in this period.</source>
        <translation>За этот период использования нет.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="155"/>
        <source>None of this period&apos;s usage names a project: OpenAI reports projects, Anthropic workspaces, and CSV imports their project column.</source>
        <translation>Ни одна запись об использовании за этот период не указывает проект: OpenAI сообщает проекты, Anthropic — рабочие области, а импорт CSV — свой столбец проекта.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="157"/>
        <source>None of this period&apos;s usage names an API key: OpenAI and Anthropic report key ids when usage is grouped by key, CSV imports their key column.</source>
        <translation>Ни одна запись об использовании за этот период не указывает ключ API: OpenAI и Anthropic сообщают идентификаторы ключей, когда использование сгруппировано по ключам, а импорт CSV — свой столбец ключа.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="160"/>
        <source>Usage cost, like the model breakdown; shares add up to exactly 100 %.</source>
        <translation>Стоимость использования, как в разбивке по моделям; доли в сумме дают ровно 100 %.</translation>
    </message>
</context>
<context>
    <name>tl::Gui</name>
    <message>
        <location filename="../app/gui.cpp" line="115"/>
        <source>TokenLedger cannot open the team database</source>
        <translation>TokenLedger не может открыть командную базу данных</translation>
    </message>
    <message>
        <location filename="../app/gui.cpp" line="116"/>
        <source>%1

Open your personal ledger this time?</source>
        <translation>%1

Открыть на этот раз ваш личный журнал?</translation>
    </message>
    <message>
        <location filename="../app/gui.cpp" line="121"/>
        <source>TokenLedger cannot start</source>
        <translation>Не удаётся запустить TokenLedger</translation>
    </message>
</context>
<context>
    <name>tl::ImportAccountPicker</name>
    <message>
        <location filename="../ui/usage/importaccountpicker.cpp" line="27"/>
        <source>Create an OpenAI account for imports</source>
        <translation>Создать учётную запись OpenAI для импорта</translation>
    </message>
    <message>
        <location filename="../ui/usage/importaccountpicker.cpp" line="29"/>
        <source>Create an Anthropic account for imports</source>
        <translation>Создать учётную запись Anthropic для импорта</translation>
    </message>
    <message>
        <location filename="../ui/usage/importaccountpicker.cpp" line="30"/>
        <source>Create a %1 account for imports</source>
        <translation>Создать учётную запись %1 для импорта</translation>
    </message>
    <message>
        <location filename="../ui/usage/importaccountpicker.cpp" line="159"/>
        <source>Could not read the accounts: %1</source>
        <translation>Не удалось прочитать учётные записи: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/importaccountpicker.cpp" line="208"/>
        <source>Add an account first (Accounts page): the provider&apos;s, or an “Other service” account for seats, subscriptions and local models.</source>
        <translation>Сначала добавьте учётную запись (страница «Учётные записи»): провайдера или «Другой сервис» для лицензий, подписок и локальных моделей.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importaccountpicker.cpp" line="211"/>
        <source>This file comes from %1, and there is no %1 account yet. Create one, or pick an account above to import into anyway.</source>
        <translation>Этот файл получен от %1, а учётной записи %1 пока нет. Создайте её или всё равно выберите выше учётную запись для импорта.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importaccountpicker.cpp" line="216"/>
        <source>This file comes from %1, but %2 is a %3 account: its rows would count as %3 spend.</source>
        <translation>Этот файл получен от %1, но %2 — учётная запись %3: её строки будут учтены как расходы %3.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importaccountpicker.cpp" line="219"/>
        <source>%1 is synced from the %2 API: days that both the sync and this file cover would be counted twice. An account for imports keeps them apart.</source>
        <translation>%1 синхронизируется через API %2: дни, которые охватывают и синхронизация, и этот файл, будут учтены дважды. Отдельная учётная запись для импорта разделяет их.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importaccountpicker.cpp" line="225"/>
        <source>Chosen to match the file: it comes from %1.</source>
        <translation>Выбрано по файлу: он получен от %1.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importaccountpicker.cpp" line="242"/>
        <source>%1 imports</source>
        <translation>Импорт %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/importaccountpicker.cpp" line="255"/>
        <source>The account was not added: %1</source>
        <translation>Учётная запись не добавлена: %1</translation>
    </message>
</context>
<context>
    <name>tl::ImportDialog</name>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="38"/>
        <source>TokenLedger&apos;s generic usage format</source>
        <translation>Общий формат использования TokenLedger</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="40"/>
        <source>OpenAI platform usage export</source>
        <translation>Экспорт использования платформы OpenAI</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="42"/>
        <source>OpenAI platform cost export</source>
        <translation>Экспорт стоимости платформы OpenAI</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="44"/>
        <source>Anthropic usage (Admin API field names)</source>
        <translation>Использование Anthropic (имена полей Admin API)</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="46"/>
        <source>Anthropic costs (Admin API field names)</source>
        <translation>Стоимость Anthropic (имена полей Admin API)</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="48"/>
        <source>Anthropic Console usage export</source>
        <translation>Экспорт использования Anthropic Console</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="50"/>
        <source>Anthropic Console cost export</source>
        <translation>Экспорт стоимости Anthropic Console</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="52"/>
        <source>Google Cloud Billing report (Gemini / Vertex AI rows)</source>
        <translation>Отчёт Google Cloud Billing (строки Gemini / Vertex AI)</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="75"/>
        <source>%1 is syncing or importing this profile; nothing was imported. Import again when it has finished.</source>
        <translation>%1 сейчас синхронизирует или импортирует данные в этот профиль; ничего не импортировано. Повторите импорт, когда процесс завершится.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="77"/>
        <source>Another TokenLedger</source>
        <translation>Другой экземпляр TokenLedger</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="101"/>
        <source>Import the good rows and leave out the bad ones</source>
        <translation>Импортировать корректные строки и пропустить ошибочные</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="102"/>
        <source>Check file</source>
        <translation>Проверить файл</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="103"/>
        <location filename="../ui/usage/importdialog.cpp" line="142"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="106"/>
        <location filename="../ui/usage/importdialog.cpp" line="125"/>
        <source>Import CSV</source>
        <translation>Импорт CSV</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="121"/>
        <source>Choose a CSV file…</source>
        <translation>Выберите файл CSV…</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="122"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="125"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="142"/>
        <source>Import good rows only</source>
        <translation>Импортировать только корректные строки</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="149"/>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="150"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="187"/>
        <source>Date (UTC)</source>
        <translation>Дата (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="188"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="189"/>
        <source>Input tokens</source>
        <translation>Входные токены</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="190"/>
        <source>Cached input tokens</source>
        <translation>Кэшированные входные токены</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="191"/>
        <source>Output tokens</source>
        <translation>Выходные токены</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="192"/>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="193"/>
        <source>Cost (USD)</source>
        <translation>Стоимость (USD)</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="194"/>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="195"/>
        <source>API key id</source>
        <translation>ID ключа API</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="254"/>
        <source>broken quoting</source>
        <translation>ошибка в кавычках</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="256"/>
        <source>longer than 1 MiB</source>
        <translation>длиннее 1 МиБ</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="279"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="284"/>
        <source>This is not a CSV file TokenLedger can read: it needs a header row of comma-separated column names.</source>
        <translation>Это не файл CSV, который может прочитать TokenLedger: нужна строка заголовка с именами столбцов через запятую.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="288"/>
        <source>Detected: %1. Rows without a cost are priced from the catalog and marked estimated; re-importing the same file changes nothing.</source>
        <translation>Обнаружено: %1. Строки без стоимости оцениваются по каталогу цен и помечаются как оценка; повторный импорт того же файла ничего не меняет.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="293"/>
        <source>TokenLedger does not know these columns. Map them below: a date and a model are needed; columns left at “(none)” count as zero.</source>
        <translation>TokenLedger не знает эти столбцы. Сопоставьте их ниже: нужны дата и модель; столбцы, оставленные как «(нет)», считаются нулевыми.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="345"/>
        <location filename="../ui/usage/importdialog.cpp" line="456"/>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="412"/>
        <source>Checking every row…</source>
        <translation>Проверка всех строк…</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="412"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="443"/>
        <source>Not imported: %1</source>
        <translation>Не импортировано: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="446"/>
        <source>%1 rows: %2 good, %3 bad</source>
        <translation>Строк: %1; корректных: %2, ошибочных: %3</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="448"/>
        <source>, %1 skipped (other Google Cloud services)</source>
        <translation>, пропущено: %1 (другие сервисы Google Cloud)</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="452"/>
        <source>The good rows are for %1.</source>
        <translation>Корректные строки относятся к %1.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="453"/>
        <source>The good rows cover %1 to %2.</source>
        <translation>Корректные строки охватывают период с %1 по %2.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="460"/>
        <source>… and %1 more bad rows.</source>
        <translation>… и ещё ошибочных строк: %1.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="462"/>
        <source>There is no good row to import.</source>
        <translation>Нет ни одной корректной строки для импорта.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="464"/>
        <source>Fix the file, or tick the box below to import only the good rows (marked rows are left out).</source>
        <translation>Исправьте файл или отметьте флажок ниже, чтобы импортировать только корректные строки (отмеченные строки будут пропущены).</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="466"/>
        <source>Everything can be imported.</source>
        <translation>Можно импортировать всё.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="469"/>
        <source>This file was imported before (import %1): nothing changed.</source>
        <translation>Этот файл уже был импортирован (импорт %1): ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="473"/>
        <source>Imported: %1 new, %2 updated, %3 unchanged rows.</source>
        <translation>Импортировано строк: новых — %1, обновлённых — %2, без изменений — %3.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="477"/>
        <source>Recorded as import %1: Usage → Imports can undo it.</source>
        <translation>Записано как импорт %1: его можно отменить в разделе Использование → Импорт.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="479"/>
        <source>The same file was imported before (import %1).</source>
        <translation>Этот же файл уже был импортирован (импорт %1).</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="482"/>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
</context>
<context>
    <name>tl::ImportsView</name>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="66"/>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="69"/>
        <source>%1 bad</source>
        <translation>ошибочных: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="71"/>
        <source>%1 skipped</source>
        <translation>пропущено: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="79"/>
        <source>%1 new
%2 updated</source>
        <translation>новых: %1
обновлено: %2</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="82"/>
        <source>, %1 unchanged</source>
        <translation>, без изменений: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="119"/>
        <source>%1 is using this profile; nothing was removed. Try again when it has finished.</source>
        <translation>%1 сейчас использует этот профиль; ничего не удалено. Повторите попытку, когда процесс завершится.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="120"/>
        <source>Another TokenLedger</source>
        <translation>Другой экземпляр TokenLedger</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="143"/>
        <source>No imports yet — File → Import CSV…</source>
        <translation>Импортов пока нет — Файл → Импорт CSV…</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="144"/>
        <source>Every CSV import is listed here with what it read and wrote, and can be removed again: removing one takes out exactly the rows it added and puts back what it overwrote.</source>
        <translation>Здесь перечислен каждый импорт CSV с тем, что он прочитал и записал, и его можно удалить: удаление убирает ровно те строки, которые он добавил, и возвращает то, что он перезаписал.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="151"/>
        <source>Remove Import…</source>
        <translation>Удалить импорт…</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="155"/>
        <source>Import CSV…</source>
        <translation>Импорт CSV…</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="170"/>
        <source>Every CSV import, newest first. Removing one takes out exactly the rows it added and puts back what it overwrote; it stays listed, as removed.</source>
        <translation>Все импорты CSV, сначала новые. Удаление импорта убирает ровно те строки, которые он добавил, и возвращает то, что он перезаписал; сам импорт остаётся в списке как удалённый.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="221"/>
        <source>The import history could not be read: %1</source>
        <translation>Не удалось прочитать историю импорта: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="235"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="235"/>
        <source>Imported</source>
        <translation>Дата импорта</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="235"/>
        <source>File and format</source>
        <translation>Файл и формат</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="235"/>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="236"/>
        <source>Days (UTC)</source>
        <translation>Дни (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="236"/>
        <source>Rows good</source>
        <translation>Корректных строк</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="236"/>
        <source>Rows written</source>
        <translation>Записано строк</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="236"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="237"/>
        <source>When it was imported, in local time</source>
        <translation>Когда выполнен импорт, по местному времени</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="238"/>
        <source>Good rows of the rows read; bad and skipped rows</source>
        <translation>Корректные строки из прочитанных; ошибочные и пропущенные строки</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="240"/>
        <source>Rows it added, and rows it overwrote (updated, or written with the values they had)</source>
        <translation>Строки, которые он добавил, и строки, которые он перезаписал (обновил или записал с теми же значениями)</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="246"/>
        <source> · same file as %1</source>
        <translation> · тот же файл, что и %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="255"/>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="255"/>
        <source>Removed
%1</source>
        <translation>Удалён
%1</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="257"/>
        <source>%1 — %2 bytes, SHA-256 %3</source>
        <translation>%1 — %2 байт, SHA-256 %3</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="302"/>
        <source>Select an import to see its file and to remove it.</source>
        <translation>Выберите импорт, чтобы увидеть его файл и удалить его.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="305"/>
        <source>Import %1: %2 (%3 bytes, SHA-256 %4…) into %5, imported %6 (local time).</source>
        <translation>Импорт %1: %2 (%3 байт, SHA-256 %4…) в %5, импортирован %6 (местное время).</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="309"/>
        <source>Removed %1: what it added is gone and what it overwrote is back. Importing the file again brings its rows back.</source>
        <translation>Удалён %1: добавленное им убрано, а перезаписанное возвращено. Повторный импорт файла вернёт его строки.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/usage/importsview.cpp" line="317"/>
        <source>takes out the %n row(s) it added</source>
        <translation>
            <numerusform>уберёт %n добавленную им строку</numerusform>
            <numerusform>уберёт %n добавленные им строки</numerusform>
            <numerusform>уберёт %n добавленных им строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/usage/importsview.cpp" line="319"/>
        <source>puts back the %n row(s) it overwrote, as they were before it</source>
        <translation>
            <numerusform>вернёт %n перезаписанную им строку в прежнее состояние</numerusform>
            <numerusform>вернёт %n перезаписанные им строки в прежнее состояние</numerusform>
            <numerusform>вернёт %n перезаписанных им строк в прежнее состояние</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="322"/>
        <source>Removing it %1 and %2.</source>
        <translation>Удаление импорта %1 и %2.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="324"/>
        <source>Removing it %1; nothing needs putting back.</source>
        <translation>Удаление импорта %1; восстанавливать ничего не нужно.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="326"/>
        <source>Removing it %1.</source>
        <translation>Удаление импорта %1.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="328"/>
        <source>No row is still as it left it; removing it only marks it removed.</source>
        <translation>Ни одна строка уже не осталась такой, какой её оставил импорт; удаление лишь пометит его как удалённый.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/usage/importsview.cpp" line="331"/>
        <source>%n row(s) that a later import wrote again keep that import&apos;s values.</source>
        <translation>
            <numerusform>%n строка, повторно записанная более поздним импортом, сохранит его значения.</numerusform>
            <numerusform>%n строки, повторно записанные более поздним импортом, сохранят его значения.</numerusform>
            <numerusform>%n строк, повторно записанных более поздним импортом, сохранят его значения.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="333"/>
        <location filename="../ui/usage/importsview.cpp" line="349"/>
        <source>Totals, budgets and alerts follow.</source>
        <translation>Итоги, бюджеты и оповещения будут пересчитаны.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/usage/importsview.cpp" line="340"/>
        <source>%n row(s) it added are gone</source>
        <translation>
            <numerusform>%n добавленная им строка удалена</numerusform>
            <numerusform>%n добавленные им строки удалены</numerusform>
            <numerusform>%n добавленных им строк удалено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/usage/importsview.cpp" line="342"/>
        <source>%n row(s) it overwrote are as they were before it</source>
        <translation>
            <numerusform>%n перезаписанная им строка возвращена в прежнее состояние</numerusform>
            <numerusform>%n перезаписанные им строки возвращены в прежнее состояние</numerusform>
            <numerusform>%n перезаписанных им строк возвращено в прежнее состояние</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/usage/importsview.cpp" line="344"/>
        <source>%n row(s) a later import wrote again keep that import&apos;s values</source>
        <translation>
            <numerusform>%n строка, повторно записанная более поздним импортом, сохраняет его значения</numerusform>
            <numerusform>%n строки, повторно записанные более поздним импортом, сохраняют его значения</numerusform>
            <numerusform>%n строк, повторно записанных более поздним импортом, сохраняют его значения</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="347"/>
        <source>Removed import %1; no row was still as it had left it.</source>
        <translation>Импорт %1 удалён; ни одна строка уже не оставалась в том виде, в каком он её оставил.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="348"/>
        <source>Removed import %1: %2.</source>
        <translation>Импорт %1 удалён: %2.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="358"/>
        <source>Import %1 was already removed on %2; there is nothing to undo.</source>
        <translation>Импорт %1 уже был удалён %2; отменять нечего.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="376"/>
        <location filename="../ui/usage/importsview.cpp" line="383"/>
        <source>Remove Import</source>
        <translation>Удалить импорт</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="377"/>
        <source>Remove import %1, %2 into %3 (%4)?</source>
        <translation>Удалить импорт %1, %2 в %3 (%4)?</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="381"/>
        <source>It stays listed as removed; importing the file again brings its rows back.</source>
        <translation>Он останется в списке как удалённый; повторный импорт файла вернёт его строки.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="402"/>
        <source>Working out what removing import %1 changes…</source>
        <translation>Выясняем, что изменит удаление импорта %1…</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="403"/>
        <source>Removing import %1…</source>
        <translation>Удаление импорта %1…</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="409"/>
        <source>Import %1 was not removed: %2</source>
        <translation>Импорт %1 не удалён: %2</translation>
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
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="51"/>
        <source>Usage</source>
        <translation>Использование</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="53"/>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="345"/>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="55"/>
        <source>Budgets &amp; Alerts</source>
        <translation>Бюджеты и оповещения</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="57"/>
        <source>Sync History</source>
        <translation>История синхронизации</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="59"/>
        <source>Pricing</source>
        <translation>Цены</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="61"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="137"/>
        <source>View</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="139"/>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="172"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="186"/>
        <source>Sync cancelled: the account being synced stored nothing.</source>
        <translation>Синхронизация отменена: синхронизируемая учётная запись ничего не сохранила.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="196"/>
        <source>Sync waits for %1 to finish with this profile…</source>
        <translation>Синхронизация ожидает, пока %1 закончит работу с этим профилем…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="226"/>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="314"/>
        <source>&lt;b&gt;New alert:&lt;/b&gt; %1 — %2</source>
        <translation>&lt;b&gt;Новое оповещение:&lt;/b&gt; %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="315"/>
        <source>&lt;b&gt;%1 new alerts&lt;/b&gt;, the latest: %2</source>
        <translation>&lt;b&gt;Новых оповещений: %1&lt;/b&gt;, последнее: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="334"/>
        <source>%1 more TokenLedger alerts</source>
        <translation>Ещё оповещений TokenLedger: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="335"/>
        <source>Open Budgets &amp; Alerts to see them all.</source>
        <translation>Откройте «Бюджеты и оповещения», чтобы увидеть их все.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="345"/>
        <source>Budgets &amp; Alerts (%1)</source>
        <translation>Бюджеты и оповещения (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="397"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="399"/>
        <source>&amp;Sync Now</source>
        <translation>&amp;Синхронизировать сейчас</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="403"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Импорт CSV…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="409"/>
        <source>Add &amp;Manual Entry…</source>
        <translation>Добавить &amp;ручную запись…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="416"/>
        <source>Connect to a &amp;Team Database…</source>
        <translation>Подключиться к &amp;командной базе данных…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="421"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="425"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="432"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="433"/>
        <source>&amp;About TokenLedger</source>
        <translation>&amp;О программе TokenLedger</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="438"/>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
</context>
<context>
    <name>tl::ManualEntriesView</name>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="44"/>
        <source>e.g. GitHub Copilot Business, 5 seats</source>
        <translation>напр. GitHub Copilot Business, 5 мест</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="46"/>
        <source>USD, e.g. %1</source>
        <translation>USD, напр. %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="49"/>
        <source>every month from</source>
        <translation>каждый месяц с</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="50"/>
        <source>once, on</source>
        <translation>однократно,</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="54"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="56"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="58"/>
        <source>End…</source>
        <translation>Завершить…</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="60"/>
        <source>Stop its monthly charge from a day on; the charges so far stay.</source>
        <translation>Прекратить ежемесячные начисления с определённого дня; уже начисленное останется.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="61"/>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="67"/>
        <source>For what no API reports: seats and subscriptions billed per month (Copilot, ChatGPT Team), or a one-off cost (a GPU box for local models). Amounts are in USD, added to every total and shown as manual.</source>
        <translation>Для того, о чём не сообщает ни один API: места и подписки с ежемесячной оплатой (Copilot, ChatGPT Team) или разовые затраты (сервер с GPU для локальных моделей). Суммы указываются в USD, добавляются во все итоги и помечаются как ручные.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="110"/>
        <location filename="../ui/usage/manualentriesview.cpp" line="161"/>
        <source>Say what it is.</source>
        <translation>Укажите, что это.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="159"/>
        <source>Add an account first — an “Other service” account suits seats and subscriptions.</source>
        <translation>Сначала добавьте учётную запись — для мест и подписок подойдёт учётная запись «Другой сервис».</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="192"/>
        <source>Added.</source>
        <translation>Добавлено.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="192"/>
        <source>Not added: %1</source>
        <translation>Не добавлено: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="217"/>
        <source>Removed; its charges are gone from every total.</source>
        <translation>Удалено; её начисления исключены из всех итогов.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="218"/>
        <source>Not removed: %1</source>
        <translation>Не удалено: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="253"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="253"/>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="268"/>
        <source>Remove Manual Entry</source>
        <translation>Удалить ручную запись</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="268"/>
        <source>Remove “%1”?</source>
        <translation>Удалить «%1»?</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="273"/>
        <source>It has not charged anything yet.</source>
        <translation>Пока ничего не начислено.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="274"/>
        <source>Its history goes with it: the charges so far (%1, %2) leave every total.</source>
        <translation>Вместе с ней удаляется и её история: начисления на сегодня (%1, %2) исключаются из всех итогов.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="278"/>
        <source>To stop its charges but keep the ones so far, end it instead.</source>
        <translation>Чтобы прекратить начисления, но сохранить уже сделанные, лучше завершите её.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="280"/>
        <source>Remove with Its History</source>
        <translation>Удалить вместе с историей</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="280"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="285"/>
        <source>End Instead…</source>
        <translation>Лучше завершить…</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="315"/>
        <source>Manual entries could not be read: %1</source>
        <translation>Не удалось прочитать ручные записи: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="319"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="319"/>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="319"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="319"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="319"/>
        <source>Charged so far</source>
        <translation>Начислено</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="330"/>
        <source>once on %1</source>
        <translation>однократно %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="331"/>
        <source>monthly from %1 to %2</source>
        <translation>ежемесячно с %1 по %2</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="332"/>
        <source>monthly from %1</source>
        <translation>ежемесячно с %1</translation>
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
        <translation>Введите сумму в долларах США, например 95 или %1.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="38"/>
        <source>The amount must be more than zero.</source>
        <translation>Сумма должна быть больше нуля.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="50"/>
        <source>Ends on</source>
        <translation>Завершается</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="58"/>
        <source>End “%1”</source>
        <translation>Завершить «%1»</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="58"/>
        <source>Edit “%1”</source>
        <translation>Изменить «%1»</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="63"/>
        <source>every month</source>
        <translation>каждый месяц</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="64"/>
        <source>once</source>
        <translation>однократно</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="73"/>
        <source>The last day it applies: no charge after it; the charges before it stay.</source>
        <translation>Последний день действия: после него начислений нет; начисления до него сохраняются.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="88"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="89"/>
        <source>Amount (USD)</source>
        <translation>Сумма (USD)</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="90"/>
        <source>Charged</source>
        <translation>Начисление</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="91"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="97"/>
        <source>The new amount applies:</source>
        <translation>Новая сумма применяется:</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="148"/>
        <location filename="../ui/usage/manualentrydialog.cpp" line="193"/>
        <source>Say what it is.</source>
        <translation>Укажите, что это.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="153"/>
        <source>It cannot end before it starts (%1).</source>
        <translation>Окончание не может быть раньше начала (%1).</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="174"/>
        <source>The charges so far (%1) stay as they were.</source>
        <translation>Начисления на сегодня (%1) останутся прежними.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="178"/>
        <source>Nothing has been charged yet.</source>
        <translation>Пока ничего не начислено.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="180"/>
        <source>The charges so far (%1) stay as they are.</source>
        <translation>Начисления на сегодня (%1) останутся без изменений.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="182"/>
        <source>This changes the charges so far: %1 → %2.</source>
        <translation>Это изменит уже сделанные начисления: %1 → %2.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="185"/>
        <source>Next charge: %1 on %2.</source>
        <translation>Следующее начисление: %1, %2.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="187"/>
        <source>No charge after %1.</source>
        <translation>После %1 начислений нет.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="205"/>
        <source>from the next charge on (%1): the charges so far stay</source>
        <translation>начиная со следующего начисления (%1): уже сделанные сохраняются</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="206"/>
        <source>to no charge (none follows): the charges so far stay</source>
        <translation>ни к одному начислению (больше их не будет): уже сделанные сохраняются</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="207"/>
        <source>to the charges so far too (a correction)</source>
        <translation>также к уже сделанным начислениям (исправление)</translation>
    </message>
</context>
<context>
    <name>tl::MonthPickerDialog</name>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="175"/>
        <source>Choose a month</source>
        <translation>Выберите месяц</translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="194"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
</context>
<context>
    <name>tl::NetBackend</name>
    <message>
        <location filename="../core/net/netbackend.cpp" line="92"/>
        <source>TokenLedger&apos;s network module (libtokenledger-net) could not be loaded, so nothing can be synced and no key can be read or stored: %1. Reinstall TokenLedger.</source>
        <translation>Не удалось загрузить сетевой модуль TokenLedger (libtokenledger-net), поэтому синхронизация невозможна, а ключи нельзя прочитать или сохранить: %1. Переустановите TokenLedger.</translation>
    </message>
</context>
<context>
    <name>tl::Origins</name>
    <message>
        <location filename="../core/common/origins.cpp" line="49"/>
        <source>&quot;%1&quot; is not an http(s) URL</source>
        <translation>«%1» — не адрес http(s)</translation>
    </message>
    <message>
        <location filename="../core/common/origins.cpp" line="51"/>
        <source>&quot;%1&quot; carries a user name or password; give the key separately</source>
        <translation>«%1» содержит имя пользователя или пароль; укажите ключ отдельно</translation>
    </message>
    <message>
        <location filename="../core/common/origins.cpp" line="55"/>
        <source>&quot;%1&quot; is plain http to another machine: the key would cross the network unencrypted. Use https, or allow insecure http explicitly</source>
        <translation>«%1» — незашифрованный http к другому компьютеру: ключ пройдёт по сети без шифрования. Используйте https или явно разрешите небезопасный http</translation>
    </message>
</context>
<context>
    <name>tl::OverrideDialog</name>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="60"/>
        <source>From the beginning (all stored usage)</source>
        <translation>С самого начала (всё сохранённое использование)</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="63"/>
        <source>required, e.g. %1</source>
        <translation>обязательно, напр. %1</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="64"/>
        <location filename="../ui/pricing/overridedialog.cpp" line="65"/>
        <location filename="../ui/pricing/overridedialog.cpp" line="66"/>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="67"/>
        <source>required, e.g. 10</source>
        <translation>обязательно, напр. 10</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="73"/>
        <source>Price Override</source>
        <translation>Своя цена</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="78"/>
        <source>model name as the provider reports it, e.g. gpt-4o</source>
        <translation>имя модели, как его сообщает провайдер, напр. gpt-4o</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="87"/>
        <source>optional, e.g. negotiated enterprise rate</source>
        <translation>необязательно, напр. согласованный корпоративный тариф</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="92"/>
        <source>Your price wins over the catalog for this model (every dated snapshot of it) from the day you choose. Prices are USD per 1M tokens. Stored usage is re-priced when you save; costs a provider billed are never changed.</source>
        <translation>Ваша цена заменяет цену из каталога для этой модели (и всех её датированных версий) начиная с выбранного дня. Цены указываются в USD за 1 млн токенов. При сохранении сохранённое использование переоценивается; стоимость, выставленная провайдером в счёт, никогда не меняется.</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="99"/>
        <source>Provider:</source>
        <translation>Провайдер:</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="100"/>
        <source>Model:</source>
        <translation>Модель:</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="101"/>
        <source>Applies:</source>
        <translation>Действует:</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="102"/>
        <source>From (UTC day):</source>
        <translation>С (день UTC):</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="103"/>
        <source>Input:</source>
        <translation>Ввод:</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="104"/>
        <source>Output:</source>
        <translation>Вывод:</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="105"/>
        <source>Cached input:</source>
        <translation>Кэшированный ввод:</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="106"/>
        <source>Cache write (5 min):</source>
        <translation>Запись кэша (5 мин):</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="107"/>
        <source>Cache write (1 h):</source>
        <translation>Запись кэша (1 ч):</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="108"/>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="151"/>
        <source>Enter the model name.</source>
        <translation>Введите имя модели.</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="158"/>
        <source>Prices are non-negative numbers of US dollars with at most 9 decimals, such as 2.50 or 0.075.</source>
        <translation>Цены — неотрицательные суммы в долларах США не более чем с 9 знаками после запятой, например 2.50 или 0.075.</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="160"/>
        <source>Enter at least the input and output prices.</source>
        <translation>Введите как минимум цены ввода и вывода.</translation>
    </message>
</context>
<context>
    <name>tl::PeriodBar</name>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="27"/>
        <location filename="../ui/common/periodbar.cpp" line="53"/>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="33"/>
        <source>Previous period</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="36"/>
        <source>Next period</source>
        <translation>Следующий период</translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="54"/>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="57"/>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="58"/>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="59"/>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="61"/>
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="62"/>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="64"/>
        <source>Choose a month…</source>
        <translation>Выбрать месяц…</translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="67"/>
        <source>Custom range…</source>
        <translation>Свой период…</translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="108"/>
        <source>%1 (UTC days)</source>
        <translation>%1 (дни UTC)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/periodbar.cpp" line="119"/>
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Последний %n день</numerusform>
            <numerusform>Последние %n дня</numerusform>
            <numerusform>Последние %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="121"/>
        <source>Q%1 %2</source>
        <translation>%1 кв. %2</translation>
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
        <translation>Запросы свыше %1 входных токенов: $%2 за 1 млн</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="47"/>
        <source>Daily totals are priced at the base price.</source>
        <translation>Дневные итоги оцениваются по базовой цене.</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="96"/>
        <source>Your override</source>
        <translation>Своя цена</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="96"/>
        <source>Catalog</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="123"/>
        <source>Your price wins over the catalog from %1 on.</source>
        <translation>Ваша цена заменяет цену из каталога начиная с %1.</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="145"/>
        <source>USD per 1M tokens</source>
        <translation>USD за 1 млн токенов</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="150"/>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="152"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="154"/>
        <source>Input</source>
        <translation>Ввод</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="156"/>
        <source>Cached input</source>
        <translation>Кэшир. ввод</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="158"/>
        <source>Cache write</source>
        <translation>Запись кэша</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="160"/>
        <source>Output</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="162"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="164"/>
        <source>In force since</source>
        <translation>Действует с</translation>
    </message>
</context>
<context>
    <name>tl::PricingPage</name>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="71"/>
        <source>bundled with TokenLedger</source>
        <translation>поставляется с TokenLedger</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="72"/>
        <source>loaded from %1</source>
        <translation>загружен из %1</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="73"/>
        <source>Catalog: genai-prices, data of %1 (%2) — %3 models, %4 override(s).</source>
        <translation>Каталог: genai-prices, данные от %1 (%2) — моделей: %3, своих цен: %4.</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="74"/>
        <source>unknown date</source>
        <translation>дата неизвестна</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="78"/>
        <source>Loaded %1.</source>
        <translation>Загружен %1.</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="93"/>
        <source>Add Override…</source>
        <translation>Добавить свою цену…</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="94"/>
        <location filename="../ui/pricing/pricingpage.cpp" line="313"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="95"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="111"/>
        <source>Price Them…</source>
        <translation>Задать цены…</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="125"/>
        <source>Search models…</source>
        <translation>Поиск моделей…</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="128"/>
        <source>All providers</source>
        <translation>Все провайдеры</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="152"/>
        <source>Prices in USD per 1M tokens, in force today (UTC). * Tiered: requests above a size threshold cost more; daily totals are priced at the base price. Price data © Pydantic Services Inc., MIT licence.</source>
        <translation>Цены в USD за 1 млн токенов, действующие сегодня (UTC). * Ступенчатые: запросы больше порогового размера стоят дороже; дневные итоги оцениваются по базовой цене. Данные о ценах © Pydantic Services Inc., лицензия MIT.</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="217"/>
        <source>The price catalog could not be read: %1</source>
        <translation>Не удалось прочитать каталог цен: %1</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="248"/>
        <source>%1 (%2, %3 tokens)</source>
        <translation>%1 (%2, токенов: %3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pricing/pricingpage.cpp" line="250"/>
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pricing/pricingpage.cpp" line="251"/>
        <source>%n model(s) in your data have no price, so their usage is not counted in any cost: %1.</source>
        <translation>
            <numerusform>У %n модели в ваших данных нет цены, поэтому её использование не учитывается ни в какой стоимости: %1.</numerusform>
            <numerusform>У %n моделей в ваших данных нет цены, поэтому их использование не учитывается ни в какой стоимости: %1.</numerusform>
            <numerusform>У %n моделей в ваших данных нет цены, поэтому их использование не учитывается ни в какой стоимости: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="259"/>
        <source>%1 tokens are “(unattributed)”: usage the provider reported without a model name. That is no model to add a price for — its cost comes from the provider&apos;s billed amount, or cannot be estimated.</source>
        <translation>%1 токенов отнесены к «(unattributed)»: это использование, о котором провайдер сообщил без имени модели. Для него нельзя задать цену модели — его стоимость берётся из суммы, выставленной провайдером, или не может быть оценена.</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="313"/>
        <source>Override…</source>
        <translation>Своя цена…</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="352"/>
        <source>Remove Override</source>
        <translation>Удалить свою цену</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="353"/>
        <source>Remove your price for %1 (%2) from %3? Its usage is re-priced from the catalog, or shown as unpriced if the catalog has no price.</source>
        <translation>Удалить вашу цену для %1 (%2), действующую с %3? Использование будет переоценено по каталогу или показано без цены, если в каталоге её нет.</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="373"/>
        <source>Saving the price and re-pricing stored usage…</source>
        <translation>Сохранение цены и переоценка сохранённого использования…</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="387"/>
        <source>The price was not saved: %1</source>
        <translation>Цена не сохранена: %1</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="389"/>
        <source>Price saved; stored usage is re-priced as soon as the running sync or import has finished.</source>
        <translation>Цена сохранена; сохранённое использование будет переоценено, как только завершится текущая синхронизация или импорт.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pricing/pricingpage.cpp" line="391"/>
        <source>Price saved; %n stored row(s) re-priced.</source>
        <translation>
            <numerusform>Цена сохранена; переоценено строк: %n.</numerusform>
            <numerusform>Цена сохранена; переоценено строк: %n.</numerusform>
            <numerusform>Цена сохранена; переоценено строк: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="400"/>
        <source>Removing the price and re-pricing stored usage…</source>
        <translation>Удаление цены и переоценка сохранённого использования…</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="415"/>
        <source>The override was not removed: %1</source>
        <translation>Своя цена не удалена: %1</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="417"/>
        <source>Override removed; stored usage is re-priced as soon as the running sync or import has finished.</source>
        <translation>Своя цена удалена; сохранённое использование будет переоценено, как только завершится текущая синхронизация или импорт.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pricing/pricingpage.cpp" line="419"/>
        <source>Override removed; %n stored row(s) re-priced.</source>
        <translation>
            <numerusform>Своя цена удалена; переоценено строк: %n.</numerusform>
            <numerusform>Своя цена удалена; переоценено строк: %n.</numerusform>
            <numerusform>Своя цена удалена; переоценено строк: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::ProviderInfo</name>
    <message>
        <location filename="../core/providers/providercatalog.cpp" line="14"/>
        <source>An organization admin key (sk-admin-…): only it can read the Usage and Costs APIs. An organization owner creates one under Settings → Organization → Admin keys; give it read-only access. Project keys (sk-proj-…) cannot read usage.</source>
        <translation>Ключ администратора организации (sk-admin-…): только он может читать Usage и Costs API. Владелец организации создаёт его в Settings → Organization → Admin keys; дайте ему доступ только на чтение. Ключи проектов (sk-proj-…) не могут читать использование.</translation>
    </message>
    <message>
        <location filename="../core/providers/providercatalog.cpp" line="20"/>
        <source>An Admin API key (sk-ant-admin…): only it can read the usage and cost reports. Organization admins create one in the Console under Settings → Admin keys. Individual accounts have no Admin API: import a CSV instead.</source>
        <translation>Ключ Admin API (sk-ant-admin…): только он может читать отчёты об использовании и стоимости. Администраторы организации создают его в Console в Settings → Admin keys. У личных аккаунтов нет Admin API: импортируйте CSV.</translation>
    </message>
    <message>
        <location filename="../core/providers/providercatalog.cpp" line="26"/>
        <source>A Gemini API key, used only to test the connection: Google offers no usage API for it. Import the Cloud Billing report CSV or add entries manually.</source>
        <translation>Ключ Gemini API, только для проверки соединения: у Google нет API использования для него. Импортируйте CSV-отчёт Cloud Billing или добавьте записи вручную.</translation>
    </message>
    <message>
        <location filename="../core/providers/providercatalog.cpp" line="31"/>
        <source>A management key (Settings → Management keys) syncs daily usage, spend and credits; an ordinary key only its own limit.</source>
        <translation>Ключ управления (Settings → Management keys) синхронизирует использование по дням, расходы и кредиты; обычный ключ — только свой лимит.</translation>
    </message>
    <message>
        <location filename="../core/providers/providercatalog.cpp" line="35"/>
        <source>An ordinary API key: it reads the balance. DeepSeek has no usage history API.</source>
        <translation>Обычный ключ API: по нему читается баланс. У DeepSeek нет API истории использования.</translation>
    </message>
    <message>
        <location filename="../core/providers/providercatalog.cpp" line="38"/>
        <source>An API key, used to test the connection. xAI&apos;s billing API is not verified yet: import a CSV or add entries manually.</source>
        <translation>Ключ API, для проверки соединения. API счетов xAI ещё не проверен: импортируйте CSV или добавьте записи вручную.</translation>
    </message>
    <message>
        <location filename="../core/providers/providercatalog.cpp" line="43"/>
        <source>An API key, used only to test the connection: Groq offers no usage API.</source>
        <translation>Ключ API, только для проверки соединения: у Groq нет API использования.</translation>
    </message>
    <message>
        <location filename="../core/providers/providercatalog.cpp" line="46"/>
        <source>An API key. Perplexity offers no usage API and no free way to check a key.</source>
        <translation>Ключ API. У Perplexity нет API использования и нет бесплатного способа проверить ключ.</translation>
    </message>
    <message>
        <location filename="../core/providers/providercatalog.cpp" line="49"/>
        <source>An API key, used only to test the connection: Mistral offers no usage API.</source>
        <translation>Ключ API, только для проверки соединения: у Mistral нет API использования.</translation>
    </message>
    <message>
        <location filename="../core/providers/providercatalog.cpp" line="51"/>
        <location filename="../core/providers/providercatalog.cpp" line="85"/>
        <source>Other service</source>
        <translation>Другой сервис</translation>
    </message>
    <message>
        <location filename="../core/providers/providercatalog.cpp" line="52"/>
        <source>No key: for what is billed per seat or per month (GitHub Copilot, ChatGPT Team, a GPU box running local models). Add manual entries or import a CSV for it.</source>
        <translation>Без ключа: для того, что оплачивается за место или помесячно (GitHub Copilot, ChatGPT Team, сервер с GPU для локальных моделей). Добавьте ручные записи или импортируйте CSV.</translation>
    </message>
    <message>
        <location filename="../core/providers/providercatalog.cpp" line="58"/>
        <source>No key: TokenLedger reads the logs Claude Code writes on this computer (~/.claude/projects, ~/.config/claude/projects or CLAUDE_CONFIG_DIR).</source>
        <translation>Без ключа: TokenLedger читает журналы, которые Claude Code пишет на этом компьютере (~/.claude/projects, ~/.config/claude/projects или CLAUDE_CONFIG_DIR).</translation>
    </message>
    <message>
        <location filename="../core/providers/providercatalog.cpp" line="63"/>
        <source>No key: TokenLedger reads the session logs Codex CLI writes on this computer ($CODEX_HOME or ~/.codex).</source>
        <translation>Без ключа: TokenLedger читает журналы сеансов, которые Codex CLI пишет на этом компьютере ($CODEX_HOME или ~/.codex).</translation>
    </message>
    <message>
        <location filename="../core/providers/providercatalog.cpp" line="68"/>
        <source>No key: TokenLedger reads the chat logs Gemini CLI writes on this computer (~/.gemini/tmp/*/chats).</source>
        <translation>Без ключа: TokenLedger читает журналы чатов, которые Gemini CLI пишет на этом компьютере (~/.gemini/tmp/*/chats).</translation>
    </message>
    <message>
        <location filename="../core/providers/otheradapters.cpp" line="50"/>
        <source>Connected with a management key: daily history and credits will sync.</source>
        <translation>Подключено с ключом управления: история по дням и кредиты будут синхронизироваться.</translation>
    </message>
    <message>
        <location filename="../core/providers/otheradapters.cpp" line="52"/>
        <source>Connected. This is not a management key: only its limit syncs; daily history needs a management key.</source>
        <translation>Подключено. Это не ключ управления: синхронизируется только его лимит; для истории по дням нужен ключ управления.</translation>
    </message>
    <message>
        <location filename="../core/providers/otheradapters.cpp" line="198"/>
        <source>Connected: the balance can be read.</source>
        <translation>Подключено: баланс можно прочитать.</translation>
    </message>
    <message>
        <location filename="../core/providers/otheradapters.cpp" line="248"/>
        <source>%1 offers no usage API that this key can read — import a CSV or add entries manually.</source>
        <translation>%1 не предоставляет API использования, доступного этому ключу, — импортируйте CSV или добавьте записи вручную.</translation>
    </message>
    <message>
        <location filename="../core/providers/otheradapters.cpp" line="277"/>
        <source>Nothing to test: this account holds manual entries and imported CSV files.</source>
        <translation>Нечего проверять: в этой учётной записи ручные записи и импортированные CSV-файлы.</translation>
    </message>
    <message>
        <location filename="../core/providers/otheradapters.cpp" line="286"/>
        <source>Perplexity has no free way to check a key, and TokenLedger never makes paid requests.</source>
        <translation>У Perplexity нет бесплатного способа проверить ключ, а TokenLedger никогда не делает платных запросов.</translation>
    </message>
    <message>
        <location filename="../core/providers/otheradapters.cpp" line="294"/>
        <source>Connected: the key works. %1</source>
        <translation>Подключено: ключ работает. %1</translation>
    </message>
    <message>
        <location filename="../core/providers/anthropicadapter.cpp" line="61"/>
        <source>Connected: the Admin key can read usage and cost reports.</source>
        <translation>Подключено: ключ Admin может читать отчёты об использовании и стоимости.</translation>
    </message>
    <message>
        <location filename="../core/providers/openaiadapter.cpp" line="77"/>
        <source>Connected: the admin key can read usage and costs.</source>
        <translation>Подключено: ключ администратора может читать использование и стоимость.</translation>
    </message>
</context>
<context>
    <name>tl::Quality</name>
    <message>
        <location filename="../core/analytics/quality.cpp" line="392"/>
        <source>%1 looks like a model of %2, but it is on an account of %3. Was a file imported into the wrong account? Its cost is priced as %3&apos;s.%4</source>
        <translation>%1 похожа на модель %2, но находится в учётной записи %3. Файл импортирован не в ту учётную запись? Стоимость рассчитана по ценам %3.%4</translation>
    </message>
    <message>
        <location filename="../core/analytics/quality.cpp" line="396"/>
        <source> (This account has its own base URL: if it is a proxy that serves several vendors, this is expected.)</source>
        <translation> (У этой учётной записи свой базовый URL: если это прокси для нескольких поставщиков, так и должно быть.)</translation>
    </message>
    <message>
        <location filename="../core/analytics/quality.cpp" line="411"/>
        <source>Rows of %2 with a negative cost or more than a trillion tokens or requests in one day: %1. Check the file or export they came from.</source>
        <translation>Строки %2 с отрицательной стоимостью или более чем триллионом токенов или запросов за день: %1. Проверьте файл или выгрузку, откуда они взяты.</translation>
    </message>
    <message>
        <location filename="../core/analytics/quality.cpp" line="429"/>
        <source>Days of %2 that come from more than one source (%3), so they are counted more than once: %1. %4, or keep CSV imports to accounts without a usage API.</source>
        <translation>Дни %2 из нескольких источников (%3), поэтому учтены больше одного раза: %1. %4 или импортируйте CSV только в учётные записи без API использования.</translation>
    </message>
    <message>
        <location filename="../core/analytics/quality.cpp" line="445"/>
        <source>Remove import %1 (%2: Usage → Imports, or tokenledger imports remove %1)</source>
        <translation>Удалите импорт %1 (%2: Использование → Импорт или tokenledger imports remove %1)</translation>
    </message>
    <message>
        <location filename="../core/analytics/quality.cpp" line="450"/>
        <source>Remove the imported rows</source>
        <translation>Удалите импортированные строки</translation>
    </message>
    <message>
        <location filename="../core/analytics/quality.cpp" line="462"/>
        <source>Rows dated after today (%2 UTC), from %3: %1. A wrong date column or time zone in an import?</source>
        <translation>Строки с датой после сегодняшней (%2 UTC), начиная с %3: %1. Неверный столбец даты или часовой пояс в импорте?</translation>
    </message>
</context>
<context>
    <name>tl::QualityView</name>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="28"/>
        <source>Model of another provider</source>
        <translation>Модель другого провайдера</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="30"/>
        <source>Impossible value</source>
        <translation>Невозможное значение</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="32"/>
        <source>Counted from two sources</source>
        <translation>Учтено из двух источников</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="34"/>
        <source>Dated in the future</source>
        <translation>Дата в будущем</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="70"/>
        <location filename="../ui/usage/qualityview.cpp" line="99"/>
        <source>Show Import</source>
        <translation>Показать импорт</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="72"/>
        <source>The import in Usage → Imports, where it can be removed</source>
        <translation>Импорт в разделе Использование → Импорт, где его можно удалить</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="99"/>
        <source>Show Import %1</source>
        <translation>Показать импорт %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="122"/>
        <source>The checks could not run: %1</source>
        <translation>Не удалось выполнить проверки: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="127"/>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="127"/>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="127"/>
        <location filename="../ui/usage/qualityview.cpp" line="179"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="127"/>
        <source>Days (UTC)</source>
        <translation>Дни (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="127"/>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="127"/>
        <source>What to look at</source>
        <translation>На что обратить внимание</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="141"/>
        <source>No findings: every model belongs to its account&apos;s provider, no value is impossible, no day is counted from two sources and nothing is dated in the future.</source>
        <translation>Замечаний нет: каждая модель принадлежит провайдеру своей учётной записи, невозможных значений нет, ни один день не учтён из двух источников и ничего не датировано будущим.</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="144"/>
        <source>Findings: %1. Nothing has been changed: select one to see the rows behind it, then fix the source (remove an import, correct a file) if it is wrong.</source>
        <translation>Замечания: %1. Ничего не изменено: выберите замечание, чтобы увидеть строки за ним, и исправьте источник (удалите импорт, исправьте файл), если он ошибочен.</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="177"/>
        <source>The rows behind this finding could not be read: %1</source>
        <translation>Не удалось прочитать строки, стоящие за этим замечанием: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="179"/>
        <source>Day (UTC)</source>
        <translation>День (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="179"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="179"/>
        <source>Input</source>
        <translation>Ввод</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="180"/>
        <source>Cached</source>
        <translation>Кэш</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="180"/>
        <source>Output</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="180"/>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="180"/>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="185"/>
        <source>no price</source>
        <translation>нет цены</translation>
    </message>
</context>
<context>
    <name>tl::RangePickerDialog</name>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="224"/>
        <source>Custom range</source>
        <translation>Свой период</translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="233"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="235"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="237"/>
        <source>Both days are included; days are UTC days, as providers report them.</source>
        <translation>Оба дня включаются; дни — это дни UTC, как их сообщают провайдеры.</translation>
    </message>
</context>
<context>
    <name>tl::ReconciliationView</name>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="45"/>
        <source>Nothing billed for this day yet: cost reports can lag a day or two, and some providers have none.</source>
        <translation>За этот день в счёт пока ничего не выставлено: отчёты о стоимости могут запаздывать на день-два, а у некоторых провайдеров их нет.</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="47"/>
        <source>Billed without usage rows: charges that are not tokens (web search, code execution, fine-tuning, images) or usage TokenLedger does not fetch.</source>
        <translation>Выставлено в счёт без строк использования: платежи не за токены (веб-поиск, выполнение кода, дообучение, изображения) или использование, которое TokenLedger не получает.</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="50"/>
        <source>%1 tokens of models without a known price are not in the estimate.</source>
        <translation>%1 токенов моделей с неизвестной ценой не вошли в оценку.</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="53"/>
        <source>Used the %1 tier: estimates use standard prices (batch is usually billed at half, priority above).</source>
        <translation>Использован уровень %1: оценки рассчитаны по стандартным ценам (batch обычно тарифицируется вдвое дешевле, priority — дороже).</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="57"/>
        <source>Long-context requests (over 200k input tokens, as the Console export says): every token of them is estimated at the long-context price, as Anthropic bills them.</source>
        <translation>Запросы с длинным контекстом (более 200 тыс. входных токенов, согласно экспорту Console): каждый их токен оценивается по цене длинного контекста, как их тарифицирует Anthropic.</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="60"/>
        <source>Credits or refunds of %1 lowered the bill.</source>
        <translation>Кредиты или возвраты на %1 уменьшили счёт.</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="62"/>
        <source>%1 cache-write tokens are estimated at cache-write prices.</source>
        <translation>%1 токенов записи в кэш оценены по ценам записи в кэш.</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="65"/>
        <source>No bill from %1 this day: their usage is only in the estimate.</source>
        <translation>За этот день нет счёта от %1: их использование есть только в оценке.</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="76"/>
        <source>Only highlighted days</source>
        <translation>Только выделенные дни</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="94"/>
        <source>Days whose billed and estimated amounts differ by more than this (and more than a cent) are highlighted.</source>
        <translation>Выделяются дни, в которых суммы по счетам и оценки различаются больше чем на эту величину (и больше чем на цент).</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="100"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="102"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="105"/>
        <source>Highlight gaps over</source>
        <translation>Выделять расхождения более</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="117"/>
        <source>Select a day to see the billed lines and usage rows behind it.</source>
        <translation>Выберите день, чтобы увидеть стоящие за ним строки счёта и использования.</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="178"/>
        <source>Could not read the data: %1</source>
        <translation>Не удалось прочитать данные: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="198"/>
        <source>Day (UTC)</source>
        <translation>День (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="198"/>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="198"/>
        <location filename="../ui/usage/reconciliationview.cpp" line="301"/>
        <source>Billed</source>
        <translation>По счетам</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="198"/>
        <source>Estimated</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="199"/>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="199"/>
        <source>Difference %</source>
        <translation>Разница, %</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="199"/>
        <source>What explains it</source>
        <translation>Чем объясняется</translation>
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
        <translation>Неизвестно: проверьте цены на странице «Цены».</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="243"/>
        <source>Nothing billed or used between %1 and %2 (UTC).</source>
        <translation>С %1 по %2 (UTC) ничего не выставлено в счёт и не использовано.</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="247"/>
        <source>On days with both figures, providers billed %1 against %2 estimated from tokens × prices. %3 of %4 day-and-provider rows are highlighted.</source>
        <translation>В дни, где есть оба значения, провайдеры выставили в счёт %1 против оценки %2 по токенам × цены. Выделено строк (день и провайдер): %3 из %4.</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="268"/>
        <source>%1 on %2 (UTC)</source>
        <translation>%1, %2 (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="269"/>
        <source>no known cause of a difference</source>
        <translation>причина расхождения неизвестна</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="293"/>
        <source>The lines behind it could not be read: %1</source>
        <translation>Не удалось прочитать стоящие за этим строки: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="296"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="296"/>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="296"/>
        <source>Line item / model</source>
        <translation>Позиция счёта / модель</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="296"/>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="296"/>
        <source>Tokens</source>
        <translation>Токены</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="296"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="307"/>
        <source>Usage (unpriced)</source>
        <translation>Использование (без цены)</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="308"/>
        <source>Usage (reported)</source>
        <translation>Использование (по отчёту)</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="309"/>
        <source>Usage (estimated)</source>
        <translation>Использование (оценка)</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="311"/>
        <source>%1 (%2 tier)</source>
        <translation>%1 (уровень %2)</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="313"/>
        <source>no price</source>
        <translation>нет цены</translation>
    </message>
</context>
<context>
    <name>tl::SecretStore</name>
    <message>
        <location filename="../core/secrets/accountkeys.cpp" line="61"/>
        <source>The key is empty; nothing was stored.</source>
        <translation>Ключ пуст; ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../core/secrets/accountkeys.cpp" line="68"/>
        <source>The key holds a control character, which no provider&apos;s key has; nothing was stored.</source>
        <translation>Ключ содержит управляющий символ, которого нет в ключах провайдеров; ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../core/secrets/accountkeys.cpp" line="74"/>
        <source>The key is longer than %1 characters, longer than any provider&apos;s key; nothing was stored.</source>
        <translation>Ключ длиннее %1 символов — длиннее ключа любого провайдера; ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../core/secrets/accountkeys.cpp" line="91"/>
        <source>The keychain entry of &quot;%1&quot; is not in TokenLedger&apos;s format; enter the key again.</source>
        <translation>Запись «%1» в связке ключей не в формате TokenLedger; введите ключ заново.</translation>
    </message>
    <message>
        <location filename="../core/secrets/accountkeys.cpp" line="100"/>
        <source>The key of &quot;%1&quot; was entered for %2, but the account now points at %3. TokenLedger sends a key only to the address it was entered for: enter the key again for the new address (Accounts → Edit, or tokenledger accounts edit %4 --key).</source>
        <translation>Ключ «%1» был введён для %2, но учётная запись теперь указывает на %3. TokenLedger отправляет ключ только на адрес, для которого он введён: введите ключ заново для нового адреса (Учётные записи → Изменить или tokenledger accounts edit %4 --key).</translation>
    </message>
    <message>
        <location filename="../core/secrets/accountkeys.cpp" line="122"/>
        <source>The key of &quot;%1&quot; is not sent: the base URL %2.</source>
        <translation>Ключ «%1» не отправляется: базовый URL %2.</translation>
    </message>
    <message>
        <location filename="../core/secrets/accountkeys.cpp" line="130"/>
        <source>The account &quot;%1&quot; has no key reference.</source>
        <translation>У учётной записи «%1» нет ссылки на ключ.</translation>
    </message>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="42"/>
        <location filename="../core/secrets/secretstore.cpp" line="259"/>
        <source>No API key is stored for this account.</source>
        <translation>Для этой учётной записи не сохранён ключ API.</translation>
    </message>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="47"/>
        <source>No system keychain is available (on Linux: a Secret Service such as GNOME Keyring or KWallet), so the key was not stored. TokenLedger never keeps keys anywhere else; for headless use, set the account&apos;s TOKENLEDGER_API_KEY_&lt;key reference&gt; environment variable when syncing (tokenledger accounts list shows it).</source>
        <translation>Системная связка ключей недоступна (в Linux — Secret Service, например GNOME Keyring или KWallet), поэтому ключ не сохранён. TokenLedger нигде больше не хранит ключи; для работы без рабочего стола задайте при синхронизации переменную окружения TOKENLEDGER_API_KEY_&lt;key reference&gt; учётной записи (её показывает tokenledger accounts list).</translation>
    </message>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="57"/>
        <source>The system keychain refused access.</source>
        <translation>Системная связка ключей отказала в доступе.</translation>
    </message>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="66"/>
        <source>The system keychain failed: %1</source>
        <translation>Сбой системной связки ключей: %1</translation>
    </message>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="85"/>
        <source>The system keychain did not answer within %1 s.</source>
        <translation>Системная связка ключей не ответила за %1 с.</translation>
    </message>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="26"/>
        <source>The system keychain is locked. Unlock it (log in to your desktop session, or open your keyring manager) and try again.</source>
        <translation>Системная связка ключей заблокирована. Разблокируйте её (войдите в сеанс рабочего стола или откройте менеджер связок ключей) и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="236"/>
        <source>No system keychain is available.</source>
        <translation>Системная связка ключей недоступна.</translation>
    </message>
</context>
<context>
    <name>tl::SettingsPage</name>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="48"/>
        <source>Automatic sync</source>
        <translation>Автоматическая синхронизация</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="54"/>
        <source>Off (sync only with Sync Now)</source>
        <translation>Выкл. (только по «Синхронизировать сейчас»)</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="55"/>
        <source>Every %1 minutes</source>
        <translation>Каждые %1 минут</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="56"/>
        <source>Every hour</source>
        <translation>Каждый час</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="57"/>
        <source>Once a day</source>
        <translation>Раз в день</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="58"/>
        <source>Every %1 hours</source>
        <translation>Каждые %1 ч</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="64"/>
        <source>Sync:</source>
        <translation>Синхронизация:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="69"/>
        <location filename="../ui/settingspage/settingspage.cpp" line="76"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="71"/>
        <source>First sync reads:</source>
        <translation>Первая синхронизация читает:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="78"/>
        <source>Keep sync history:</source>
        <translation>Хранить историю синхронизации:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="79"/>
        <source>A sync reads the last few days again (providers revise recent days). A missed sync runs shortly after TokenLedger starts.</source>
        <translation>Синхронизация заново читает последние несколько дней (провайдеры уточняют данные за недавние дни). Пропущенная синхронизация выполняется вскоре после запуска TokenLedger.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="85"/>
        <source>Follow coding-agent logs live</source>
        <translation>Отслеживать журналы кодинг-агентов в реальном времени</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="92"/>
        <source>Claude Code, Codex CLI and Gemini CLI accounts are read again a couple of seconds after their agent writes to its logs, instead of only at the next sync. Off: their logs are read at each sync.</source>
        <translation>Учётные записи Claude Code, Codex CLI и Gemini CLI перечитываются через пару секунд после того, как их агент пишет в журналы, а не только при следующей синхронизации. Если выключено, журналы читаются при каждой синхронизации.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="99"/>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="102"/>
        <source>A budget threshold is crossed</source>
        <translation>Пересечён порог бюджета</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="103"/>
        <source>The forecast goes over a budget</source>
        <translation>Прогноз превышает бюджет</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="104"/>
        <source>A day&apos;s spend spikes</source>
        <translation>Всплеск расходов за день</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="105"/>
        <source>An account keeps failing to sync</source>
        <translation>Учётная запись постоянно не синхронизируется</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="106"/>
        <source>Credits or a balance run low</source>
        <translation>Заканчиваются кредиты или баланс</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="107"/>
        <source>A model without a price appears</source>
        <translation>Появилась модель без цены</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="108"/>
        <source>A coding agent&apos;s 5-hour window runs hot</source>
        <translation>5-часовое окно кодинг-агента расходуется слишком быстро</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="124"/>
        <source>Notify me when:</source>
        <translation>Уведомлять, когда:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="129"/>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="138"/>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="146"/>
        <source>Quiet hours (local time):</source>
        <translation>Тихие часы (местное время):</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="147"/>
        <source>Closing the window keeps TokenLedger running in the tray</source>
        <translation>При закрытии окна TokenLedger продолжает работать в системном трее</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="154"/>
        <source>Every alert is kept on the Budgets &amp; Alerts page; these choices only decide which ones also pop up on the desktop.</source>
        <translation>Все оповещения сохраняются на странице «Бюджеты и оповещения»; эти настройки определяют лишь, какие из них также всплывают на рабочем столе.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="161"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="166"/>
        <source>As the system (%1)</source>
        <translation>Как в системе (%1)</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="174"/>
        <source>Window language:</source>
        <translation>Язык окна:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="175"/>
        <source>Takes effect the next time TokenLedger starts. Dates and numbers follow the language; exports stay in their fixed formats.</source>
        <translation>Вступит в силу при следующем запуске TokenLedger. Даты и числа следуют языку; экспорт сохраняет свои фиксированные форматы.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="182"/>
        <source>Data locations</source>
        <translation>Расположение данных</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="184"/>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="185"/>
        <source>Settings:</source>
        <translation>Настройки:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="186"/>
        <source>API keys are never stored in these files: they live only in your system keychain. Start TokenLedger with --db PATH or --profile DIR to use other files.</source>
        <translation>Ключи API никогда не хранятся в этих файлах: они находятся только в системной связке ключей. Чтобы использовать другие файлы, запустите TokenLedger с --db ПУТЬ или --profile ПАПКА.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="224"/>
        <source>This desktop has no system tray: closing the window quits TokenLedger, and new alerts show in the window.</source>
        <translation>В этой среде рабочего стола нет системного трея: закрытие окна завершает TokenLedger, а новые оповещения показываются в окне.</translation>
    </message>
</context>
<context>
    <name>tl::SyncHistoryPage</name>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="27"/>
        <source>Running</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="29"/>
        <source>Success</source>
        <translation>Успешно</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="31"/>
        <source>Partial</source>
        <translation>Частично</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="33"/>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="35"/>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="44"/>
        <source>manual</source>
        <translation>вручную</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="46"/>
        <source>scheduled</source>
        <translation>по расписанию</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="48"/>
        <source>at start-up</source>
        <translation>при запуске</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="50"/>
        <source>command line</source>
        <translation>командная строка</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="69"/>
        <source>All statuses</source>
        <translation>Все состояния</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="73"/>
        <source>All accounts</source>
        <translation>Все учётные записи</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="75"/>
        <source>When (local time)</source>
        <translation>Когда (местное время)</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="75"/>
        <source>Trigger</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="75"/>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="75"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="75"/>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="76"/>
        <source>Updated</source>
        <translation>Обновлённые</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="76"/>
        <source>Days (UTC)</source>
        <translation>Дни (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="76"/>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="76"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="85"/>
        <source>No sync has run yet</source>
        <translation>Синхронизаций ещё не было</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="86"/>
        <source>Every sync is recorded here with its status, the records it created or updated, its duration and any error. Add an account, then press Sync Now (Ctrl+R).</source>
        <translation>Здесь записывается каждая синхронизация: состояние, созданные или обновлённые записи, длительность и ошибки, если были. Добавьте учётную запись, затем нажмите «Синхронизировать сейчас» (Ctrl+R).</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="92"/>
        <source>Account:</source>
        <translation>Учётная запись:</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="95"/>
        <source>Status:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="136"/>
        <source>(removed account)</source>
        <translation>(удалённая учётная запись)</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="167"/>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 с</translation>
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
        <translation>Синхронизировать сейчас</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncnowbutton.cpp" line="22"/>
        <source>Cancel Sync</source>
        <translation>Отменить синхронизацию</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncnowbutton.cpp" line="24"/>
        <source>Stop the sync: the account being synced keeps what it had before</source>
        <translation>Остановить синхронизацию: синхронизируемая учётная запись сохранит прежние данные</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncnowbutton.cpp" line="30"/>
        <location filename="../ui/sync/syncnowbutton.cpp" line="39"/>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncnowbutton.cpp" line="39"/>
        <source>Syncing 0/%1…</source>
        <translation>Синхронизация 0/%1…</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncnowbutton.cpp" line="43"/>
        <source>Syncing %1/%2: %3…</source>
        <translation>Синхронизация %1/%2: %3…</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncnowbutton.cpp" line="48"/>
        <source>Sync failed — Retry</source>
        <translation>Ошибка синхронизации — повторить</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncnowbutton.cpp" line="59"/>
        <source>Pull the latest usage and costs from your providers (Ctrl+R)</source>
        <translation>Получить свежие данные об использовании и стоимости от провайдеров (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncnowbutton.cpp" line="71"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncnowbutton.cpp" line="80"/>
        <source>The last sync was cancelled. Accounts synced before it keep their data; the one being synced stored nothing.</source>
        <translation>Последняя синхронизация была отменена. Ранее синхронизированные учётные записи сохраняют свои данные; синхронизировавшаяся в тот момент ничего не сохранила.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/syncnowbutton.cpp" line="94"/>
        <source>%n account(s) failed — Retry</source>
        <translation>
            <numerusform>Ошибка в %n учётной записи — повторить</numerusform>
            <numerusform>Ошибка в %n учётных записях — повторить</numerusform>
            <numerusform>Ошибка в %n учётных записях — повторить</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sync/syncnowbutton.cpp" line="99"/>
        <source>Nothing to sync</source>
        <translation>Нечего синхронизировать</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncnowbutton.cpp" line="100"/>
        <source>Add an account on the Accounts page.</source>
        <translation>Добавьте учётную запись на странице «Учётные записи».</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncnowbutton.cpp" line="103"/>
        <source>Synced %1 new records, %2 updated</source>
        <translation>Синхронизировано: новых записей — %1, обновлено — %2</translation>
    </message>
</context>
<context>
    <name>tl::SyncReach</name>
    <message>
        <location filename="../core/sync/syncreach.cpp" line="41"/>
        <source>This desktop (key in the keychain)</source>
        <translation>Этот компьютер (ключ в связке ключей)</translation>
    </message>
    <message>
        <location filename="../core/sync/syncreach.cpp" line="43"/>
        <source>This desktop (key from the environment)</source>
        <translation>Этот компьютер (ключ из переменной окружения)</translation>
    </message>
    <message>
        <location filename="../core/sync/syncreach.cpp" line="45"/>
        <source>This desktop (local logs, no key needed)</source>
        <translation>Этот компьютер (локальные журналы, ключ не нужен)</translation>
    </message>
    <message>
        <location filename="../core/sync/syncreach.cpp" line="48"/>
        <source>%1 (the coding-agent logs of that computer)</source>
        <extracomment>a coding-agent account of a team database, read from a teammate&apos;s logs: &quot;ana@laptop&quot;</extracomment>
        <translation>%1 (журналы агента программирования на том компьютере)</translation>
    </message>
    <message>
        <location filename="../core/sync/syncreach.cpp" line="50"/>
        <source>Not synced (imports and manual entries)</source>
        <translation>Не синхронизируется (импорт и ручные записи)</translation>
    </message>
    <message>
        <location filename="../core/sync/syncreach.cpp" line="52"/>
        <source>Another desktop or a sync host (its key is not on this desktop)</source>
        <translation>Другой компьютер или сервер синхронизации (на этом компьютере её ключа нет)</translation>
    </message>
    <message>
        <location filename="../core/sync/syncreach.cpp" line="54"/>
        <source>Not synced: no key on this desktop</source>
        <translation>Не синхронизируется: на этом компьютере нет ключа</translation>
    </message>
    <message>
        <location filename="../core/sync/syncreach.cpp" line="56"/>
        <source>Unknown: %1</source>
        <translation>Неизвестно: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/syncreach.cpp" line="60"/>
        <source>Checking the keychain…</source>
        <translation>Проверка связки ключей…</translation>
    </message>
    <message>
        <location filename="../core/sync/syncreach.cpp" line="107"/>
        <source>%1: not synced from this desktop, so another desktop or a sync host syncs it. %2</source>
        <translation>%1: не синхронизируется с этого компьютера, поэтому её синхронизирует другой компьютер или сервер синхронизации. %2</translation>
    </message>
    <message>
        <location filename="../core/sync/syncreach.cpp" line="126"/>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sync/syncreach.cpp" line="128"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n мин назад</numerusform>
            <numerusform>%n мин назад</numerusform>
            <numerusform>%n мин назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sync/syncreach.cpp" line="130"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n ч назад</numerusform>
            <numerusform>%n ч назад</numerusform>
            <numerusform>%n ч назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sync/syncreach.cpp" line="132"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/sync/syncreach.cpp" line="143"/>
        <source>this desktop</source>
        <translation>этот компьютер</translation>
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
        <translation>Этот ключ OpenRouter — не ключ управления: его лимит синхронизирован, но для использования и расходов по дням нужен ключ управления.</translation>
    </message>
    <message>
        <location filename="../core/providers/otheradapters.cpp" line="178"/>
        <source>OpenRouter&apos;s daily activity never includes today (UTC).</source>
        <translation>Дневная активность OpenRouter никогда не включает сегодняшний день (UTC).</translation>
    </message>
    <message>
        <location filename="../core/providers/otheradapters.cpp" line="237"/>
        <source>DeepSeek offers no usage API that this key can read: only its balance syncs.</source>
        <translation>DeepSeek не предоставляет API использования, доступного этому ключу: синхронизируется только баланс.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncengine.cpp" line="86"/>
        <source>A sync is already running.</source>
        <translation>Синхронизация уже выполняется.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncengine.cpp" line="89"/>
        <source>An explicit window needs both a first and a last day.</source>
        <translation>Для явно заданного периода нужны и первый, и последний день.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncengine.cpp" line="91"/>
        <source>The window&apos;s first day is after its last day.</source>
        <translation>Первый день периода позже последнего.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncengine.cpp" line="101"/>
        <source>There is no account %1.</source>
        <translation>Учётной записи %1 нет.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncengine.cpp" line="106"/>
        <source>%1: disabled</source>
        <translation>%1: отключена</translation>
    </message>
    <message>
        <location filename="../core/sync/syncengine.cpp" line="145"/>
        <source>Another %1 is using this profile; nothing was synced. Try again when it has finished.</source>
        <translation>Этот профиль занят другим процессом (%1); ничего не синхронизировано. Повторите, когда он закончит.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncreach.cpp" line="114"/>
        <source>%1: reads the coding-agent logs of %2&apos;s computer; imported there.</source>
        <translation>%1: читает журналы агента программирования с компьютера %2; импортируется там.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncreach.cpp" line="96"/>
        <source>%1: its key is not on this desktop, so another desktop or a sync host syncs it. To sync it from here too, add its key or set %2.</source>
        <translation>%1: её ключа нет на этом компьютере, поэтому её синхронизирует другой компьютер или сервер синхронизации. Чтобы синхронизировать её и отсюда, добавьте её ключ или задайте %2.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncreach.cpp" line="100"/>
        <source>%1: no API key stored, so it is not synced (CSV imports and manual entries only). Add a key to sync it, or set %2.</source>
        <translation>%1: ключ API не сохранён, поэтому учётная запись не синхронизируется (только импорт CSV и ручные записи). Добавьте ключ или задайте %2.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="31"/>
        <location filename="../core/sync/syncruntext.cpp" line="38"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="39"/>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="70"/>
        <source>No system keychain is available, so the account&apos;s key cannot be read. For headless syncs without a keychain, set %1.</source>
        <translation>Системная связка ключей недоступна, поэтому ключ учётной записи не прочитать. Для синхронизации без связки ключей задайте %1.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="76"/>
        <source>The system keychain is locked. Unlock it (log in to your desktop session, or open your keyring manager) and sync again.</source>
        <translation>Системная связка ключей заблокирована. Разблокируйте её (войдите в сеанс рабочего стола или откройте менеджер связок ключей) и синхронизируйте снова.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="80"/>
        <source>The system keychain refused access to the account&apos;s key.</source>
        <translation>Системная связка ключей отказала в доступе к ключу учётной записи.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="82"/>
        <source>The system keychain did not answer in time.</source>
        <translation>Системная связка ключей не ответила вовремя.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="84"/>
        <source>The account&apos;s key is not sent to this address%1. Enter the key again for the account&apos;s address.</source>
        <translation>Ключ учётной записи не отправляется на этот адрес%1. Введите ключ заново для адреса учётной записи.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="89"/>
        <source>The account&apos;s key could not be read%1. For headless syncs without a keychain, set %2.</source>
        <translation>Не удалось прочитать ключ учётной записи%1. Для синхронизации без связки ключей задайте %2.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="97"/>
        <source>Synced %1 new records, %2 updated</source>
        <translation>Новых записей: %1, обновлено: %2</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="100"/>
        <source>, %1 withdrawn by the provider</source>
        <translation>, отозвано провайдером: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="102"/>
        <source>, 1 balance</source>
        <translation>, баланс: 1</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="104"/>
        <source>, %1 balances</source>
        <translation>, балансов: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="118"/>
        <source>%1 new requests, %2 completed, %3 already recorded from %4 of %5 files (%6 unchanged)</source>
        <translation>новых запросов: %1, дополнено: %2, уже учтено: %3 из %4 файлов из %5 (без изменений: %6)</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="124"/>
        <source>%1 files shrank or were replaced and were read again</source>
        <translation>файлов, которые уменьшились или были заменены и прочитаны заново: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="127"/>
        <source>%1 streaming copies</source>
        <translation>потоковых копий: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="128"/>
        <source>%1 replays</source>
        <translation>повторов: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="129"/>
        <source>%1 zero placeholders</source>
        <translation>нулевых заглушек: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="130"/>
        <source>%1 synthetic messages</source>
        <translation>синтетических сообщений: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="131"/>
        <source>%1 API errors</source>
        <translation>ошибок API: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="132"/>
        <source>%1 without a time</source>
        <translation>без времени: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="133"/>
        <source>%1 without a model</source>
        <translation>без модели: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="134"/>
        <source>%1 malformed lines</source>
        <translation>испорченных строк: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="141"/>
        <source>dropped: %1</source>
        <translation>отброшено: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="143"/>
        <source>%1 bytes of unfinished lines are read next time</source>
        <translation>незавершённые строки (%1 байт) будут прочитаны в следующий раз</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="146"/>
        <source>%1 files could not be read</source>
        <translation>не удалось прочитать файлов: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="157"/>
        <source>Cancelled; nothing of this account was stored.</source>
        <translation>Отменено; ничего из этой учётной записи не сохранено.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="159"/>
        <source>The provider did not deliver this account&apos;s usage within %1; nothing of it was stored.</source>
        <translation>Провайдер не передал использование этой учётной записи за %1; ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="175"/>
        <source>Unknown provider &quot;%1&quot;.</source>
        <translation>Неизвестный провайдер «%1».</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="178"/>
        <source>Could not record the sync: %1</source>
        <translation>Не удалось записать синхронизацию: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="180"/>
        <source>Nothing was stored: amounts too large to add up%1.</source>
        <translation>Ничего не сохранено: суммы слишком велики для сложения%1.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="183"/>
        <source>Nothing was stored: the database refused the data%1.</source>
        <translation>Ничего не сохранено: база данных отклонила данные%1.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="186"/>
        <source>Imported local logs: %1</source>
        <translation>Импортированы локальные журналы: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="196"/>
        <source>Interrupted: TokenLedger stopped before this sync finished; nothing of it was stored.</source>
        <translation>Прервано: TokenLedger остановился до завершения этой синхронизации; ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="206"/>
        <source>The provider&apos;s answer is larger than %1, more than TokenLedger accepts; nothing of it was used.</source>
        <translation>Ответ провайдера больше %1 — больше, чем принимает TokenLedger; ничего из него не использовано.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="210"/>
        <source>The provider&apos;s answer did not arrive within %1 s.</source>
        <translation>Ответ провайдера не пришёл за %1 с.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="213"/>
        <source>The provider did not answer within %1 s.</source>
        <translation>Провайдер не ответил за %1 с.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="215"/>
        <source>Network error: %1</source>
        <translation>Ошибка сети: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="217"/>
        <source>The provider&apos;s answer was cut off (the provider stopped answering for %1 s); nothing of it was used.</source>
        <translation>Ответ провайдера оборвался (провайдер не отвечал %1 с); ничего из него не использовано.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="221"/>
        <source>The provider&apos;s answer was cut off (%1); nothing of it was used.</source>
        <translation>Ответ провайдера оборвался (%1); ничего из него не использовано.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="225"/>
        <source>The provider answered HTTP %1 without a valid redirect address.</source>
        <translation>Провайдер ответил HTTP %1 без правильного адреса перенаправления.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="229"/>
        <source>TokenLedger&apos;s network module (libtokenledger-net) could not be loaded, so nothing was asked of the provider: %1. Reinstall TokenLedger.</source>
        <translation>Не удалось загрузить сетевой модуль TokenLedger (libtokenledger-net), поэтому к поставщику не было ни одного запроса: %1. Переустановите TokenLedger.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="234"/>
        <source>The provider redirected more than %1 times.</source>
        <translation>Провайдер перенаправил запрос больше %1 раз.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="253"/>
        <source>The provider rejected the key (HTTP %1)%2.</source>
        <translation>Провайдер отклонил ключ (HTTP %1)%2.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="255"/>
        <source>The key is not allowed to do this (HTTP %1)%2.</source>
        <translation>Этому ключу это не разрешено (HTTP %1)%2.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="259"/>
        <source>Needed: %1</source>
        <translation>Нужен: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="262"/>
        <source>Not found (HTTP 404): check the base URL%1.</source>
        <translation>Не найдено (HTTP 404): проверьте базовый URL%1.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="265"/>
        <source>Rate limited by the provider (HTTP 429)%1.</source>
        <translation>Провайдер ограничил частоту запросов (HTTP 429)%1.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="269"/>
        <source>The provider had a server error (HTTP %1)%2.</source>
        <translation>Ошибка сервера провайдера (HTTP %1)%2.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="271"/>
        <source>The provider could not be reached%1.</source>
        <translation>Не удалось связаться с провайдером%1.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="279"/>
        <source>The provider did not answer in time%1.</source>
        <translation>Провайдер не ответил вовремя%1.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="273"/>
        <source>The provider redirected the request to another address%1. TokenLedger sends a key only to the account&apos;s own address, so the sync stopped: check the account&apos;s base URL.</source>
        <translation>Провайдер перенаправил запрос на другой адрес%1. TokenLedger отправляет ключ только на собственный адрес учётной записи, поэтому синхронизация остановлена: проверьте базовый URL учётной записи.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="281"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="287"/>
        <source>The provider refused the request (HTTP %1)%2.</source>
        <translation>Провайдер отклонил запрос (HTTP %1)%2.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="289"/>
        <source>The provider&apos;s answer is not what TokenLedger expects%1.</source>
        <translation>Ответ провайдера не соответствует ожиданиям TokenLedger%1.</translation>
    </message>
</context>
<context>
    <name>tl::SyncService</name>
    <message>
        <location filename="../core/sync/syncservice.cpp" line="98"/>
        <source>A sync is already running.</source>
        <translation>Синхронизация уже выполняется.</translation>
    </message>
</context>
<context>
    <name>tl::TeamDatabaseDialog</name>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="46"/>
        <source>&amp;Connect</source>
        <translation>&amp;Подключиться</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="49"/>
        <source>Connect to a Team Database</source>
        <translation>Подключение к командной базе данных</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="62"/>
        <source>db.example.com, or a socket folder</source>
        <translation>db.example.com или папка сокета</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="63"/>
        <source>Prefer TLS (libpq&apos;s default)</source>
        <translation>Предпочитать TLS (по умолчанию в libpq)</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="64"/>
        <source>Require TLS</source>
        <translation>Требовать TLS</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="65"/>
        <source>Require TLS, verify the certificate authority</source>
        <translation>Требовать TLS, проверять центр сертификации</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="66"/>
        <source>Require TLS, verify the certificate and host name</source>
        <translation>Требовать TLS, проверять сертификат и имя хоста</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="67"/>
        <source>No TLS</source>
        <translation>Без TLS</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="69"/>
        <source>empty: from ~/.pgpass, or none</source>
        <translation>пусто: из ~/.pgpass или без пароля</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="81"/>
        <source>Use the &amp;Personal Ledger</source>
        <translation>Использовать &amp;личный журнал</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="89"/>
        <source>One ledger on a PostgreSQL server, shared by your team: everyone sees the same numbers, budgets and alerts. API keys stay in each person&apos;s own keychain. The password goes into this computer&apos;s keychain, never into the settings.</source>
        <translation>Один журнал на сервере PostgreSQL, общий для вашей команды: все видят одни и те же суммы, бюджеты и оповещения. Ключи API остаются в связке ключей каждого. Пароль сохраняется в связке ключей этого компьютера, а не в настройках.</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="95"/>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="96"/>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="97"/>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="98"/>
        <source>&amp;User:</source>
        <translation>По&amp;льзователь:</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="99"/>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="100"/>
        <source>Pass&amp;word:</source>
        <translation>Паро&amp;ль:</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="116"/>
        <source>Name the database.</source>
        <translation>Укажите базу данных.</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="160"/>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="193"/>
        <source>Connected. Storing the password in the keychain…</source>
        <translation>Подключено. Пароль сохраняется в связке ключей…</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="207"/>
        <source>The connection works, but the keychain did not take the password (%1); nothing was changed. Put it in ~/.pgpass instead and leave the password empty here.</source>
        <translation>Подключение работает, но связка ключей не приняла пароль (%1); ничего не изменено. Запишите его в ~/.pgpass и оставьте пароль здесь пустым.</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="228"/>
        <source>the personal ledger</source>
        <translation>личный журнал</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="230"/>
        <source>Restart TokenLedger</source>
        <translation>Перезапустить TokenLedger</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="231"/>
        <source>TokenLedger opens %1 when it starts again. Restart now?</source>
        <translation>TokenLedger откроет %1 при следующем запуске. Перезапустить сейчас?</translation>
    </message>
</context>
<context>
    <name>tl::TokenKindsTable</name>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="182"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="182"/>
        <source>Input (uncached)</source>
        <translation>Ввод (без кэша)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="182"/>
        <source>Cache reads</source>
        <translation>Чтение кэша</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="182"/>
        <source>Cache writes</source>
        <translation>Запись кэша</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="182"/>
        <source>Output</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="182"/>
        <source>All tokens</source>
        <translation>Все токены</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="184"/>
        <source>All models</source>
        <translation>Все модели</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="217"/>
        <source>No tokens in this period.</source>
        <translation>За этот период токенов нет.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="218"/>
        <source>Each kind&apos;s share of the row&apos;s tokens. Cache reads are billed at a fraction of input, cache writes above it; providers that report no cache split show it all as input.</source>
        <translation>Доля каждого типа в токенах строки. Чтение кэша тарифицируется как доля цены ввода, запись в кэш — дороже ввода; у провайдеров, которые не разделяют кэш в отчётах, всё показано как ввод.</translation>
    </message>
</context>
<context>
    <name>tl::TrayController</name>
    <message>
        <location filename="../ui/alerts/traycontroller.cpp" line="25"/>
        <source>Open TokenLedger</source>
        <translation>Открыть TokenLedger</translation>
    </message>
    <message>
        <location filename="../ui/alerts/traycontroller.cpp" line="26"/>
        <location filename="../ui/alerts/traycontroller.cpp" line="65"/>
        <source>Sync Now</source>
        <translation>Синхронизировать сейчас</translation>
    </message>
    <message>
        <location filename="../ui/alerts/traycontroller.cpp" line="33"/>
        <source>No alerts</source>
        <translation>Оповещений нет</translation>
    </message>
    <message>
        <location filename="../ui/alerts/traycontroller.cpp" line="39"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../ui/alerts/traycontroller.cpp" line="65"/>
        <source>Cancel Sync</source>
        <translation>Отменить синхронизацию</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/alerts/traycontroller.cpp" line="70"/>
        <source>TokenLedger — %n unread alert(s)</source>
        <translation>
            <numerusform>TokenLedger — %n непрочитанное оповещение</numerusform>
            <numerusform>TokenLedger — %n непрочитанных оповещения</numerusform>
            <numerusform>TokenLedger — %n непрочитанных оповещений</numerusform>
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
        <translation>Последнее оповещение: %1</translation>
    </message>
</context>
<context>
    <name>tl::UsagePage</name>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="67"/>
        <source>No usage rows yet</source>
        <translation>Строк использования пока нет</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="68"/>
        <source>Usage appears here after the first sync or import: one row per UTC day, model, project and API key, with its tokens, requests and cost.</source>
        <translation>Использование появится здесь после первой синхронизации или импорта: одна строка на каждый день UTC, модель, проект и ключ API — с токенами, запросами и стоимостью.</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="81"/>
        <source>‹ Previous</source>
        <translation>‹ Назад</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="82"/>
        <source>Next ›</source>
        <translation>Вперёд ›</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="87"/>
        <source>Import a CSV…</source>
        <translation>Импортировать CSV…</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="100"/>
        <location filename="../ui/usage/usagepage.cpp" line="415"/>
        <source>All providers</source>
        <translation>Все провайдеры</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="101"/>
        <location filename="../ui/usage/usagepage.cpp" line="419"/>
        <source>All accounts</source>
        <translation>Все учётные записи</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="102"/>
        <location filename="../ui/usage/usagepage.cpp" line="430"/>
        <source>All models</source>
        <translation>Все модели</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="103"/>
        <location filename="../ui/usage/usagepage.cpp" line="431"/>
        <source>All projects</source>
        <translation>Все проекты</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="104"/>
        <location filename="../ui/usage/usagepage.cpp" line="432"/>
        <source>All API keys</source>
        <translation>Все ключи API</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="105"/>
        <source>Any cost source</source>
        <translation>Любой источник стоимости</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="106"/>
        <source>Estimated (tokens × price)</source>
        <translation>Оценка (токены × цена)</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="107"/>
        <source>Reported by the provider</source>
        <translation>По отчёту провайдера</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="108"/>
        <source>Unpriced</source>
        <translation>Без цены</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="112"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="114"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="122"/>
        <source>Reset filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="149"/>
        <source>Import CSV…</source>
        <translation>Импорт CSV…</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="152"/>
        <source>Export CSV…</source>
        <translation>Экспорт CSV…</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="154"/>
        <source>Export JSON…</source>
        <translation>Экспорт JSON…</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="172"/>
        <source>Rows show usage cost: tokens × catalog prices, or the cost a provider reported per row. Where a provider sends a bill (a cost API or a cost export), the dashboard counts the bill instead — Billed vs estimated shows the difference per day.</source>
        <translation>В строках показана стоимость использования: токены × цены каталога или стоимость, сообщённая провайдером для строки. Там, где провайдер присылает счёт (API стоимости или экспорт стоимости), сводка учитывает вместо этого счёт — вкладка «Счета и оценки» показывает разницу по дням.</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="183"/>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="184"/>
        <source>Billed vs estimated</source>
        <translation>Счета и оценки</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="186"/>
        <source>Data quality</source>
        <translation>Качество данных</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="188"/>
        <source>Imports</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="196"/>
        <source>Manual entries</source>
        <translation>Ручные записи</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="201"/>
        <source>Coding agents</source>
        <translation>Кодинг-агенты</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="234"/>
        <location filename="../ui/usage/usagepage.cpp" line="401"/>
        <source>Could not read usage: %1</source>
        <translation>Не удалось прочитать использование: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="238"/>
        <source>Exported %1 rows to %2</source>
        <translation>Экспортировано строк: %1 в %2</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="241"/>
        <source>Export failed: %1</source>
        <translation>Ошибка экспорта: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="449"/>
        <source>No rows match these filters on %1 – %2 (UTC days)</source>
        <translation>Нет строк, соответствующих этим фильтрам, за %1 – %2 (дни UTC)</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="451"/>
        <source>Rows %1–%2 of %3</source>
        <translation>Строки %1–%2 из %3</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepageexport.cpp" line="21"/>
        <source>Export usage as CSV</source>
        <translation>Экспорт использования в CSV</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepageexport.cpp" line="21"/>
        <source>Export usage as JSON</source>
        <translation>Экспорт использования в JSON</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepageexport.cpp" line="22"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepageexport.cpp" line="22"/>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepageexport.cpp" line="29"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
</context>
<context>
    <name>tl::UsageTableModel</name>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="20"/>
        <source>Estimated</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="22"/>
        <source>Reported</source>
        <translation>По отчёту</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="24"/>
        <source>Unpriced</source>
        <translation>Без цены</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="60"/>
        <source>UTC day</source>
        <translation>День UTC</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="62"/>
        <source>Input tokens not read from a cache</source>
        <translation>Входные токены, прочитанные не из кэша</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="64"/>
        <source>Input tokens read from a prompt cache</source>
        <translation>Входные токены, прочитанные из кэша промптов</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="66"/>
        <source>Tokens written to a prompt cache (5-minute and 1-hour)</source>
        <translation>Токены, записанные в кэш промптов (на 5 минут и на 1 час)</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="68"/>
        <source>Usage cost in USD: estimated from catalog prices, or reported by the provider per request</source>
        <translation>Стоимость использования в USD: оценка по ценам каталога или сообщённая провайдером для каждого запроса</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="70"/>
        <source>Estimated: tokens × catalog price. Reported: the provider&apos;s own per-request cost. Unpriced: no price known, so not in any total.</source>
        <translation>Оценка: токены × цена каталога. По отчёту: собственная стоимость запроса от провайдера. Без цены: цена неизвестна, поэтому не входит ни в один итог.</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="80"/>
        <source>Day (UTC)</source>
        <translation>День (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="82"/>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="84"/>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="86"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="88"/>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="90"/>
        <source>API key</source>
        <translation>Ключ API</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="92"/>
        <source>Input</source>
        <translation>Ввод</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="94"/>
        <source>Cached</source>
        <translation>Кэш</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="96"/>
        <source>Cache writes</source>
        <translation>Запись кэша</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="98"/>
        <source>Output</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="100"/>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="102"/>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="104"/>
        <source>Cost source</source>
        <translation>Источник стоимости</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="133"/>
        <source>All %1 rows</source>
        <translation>Все строки: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="147"/>
        <source>%1 unpriced</source>
        <translation>без цены: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="157"/>
        <source>Usage the provider reported without a model name (source: %1). No price can cover it: its cost comes from the provider&apos;s billed amount, or cannot be estimated.</source>
        <translation>Использование, о котором провайдер сообщил без имени модели (источник: %1). Никакая цена к нему не применима: его стоимость берётся из суммы, выставленной провайдером, или не может быть оценена.</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="161"/>
        <source>%1 (%2 tier, source: %3)</source>
        <translation>%1 (уровень %2, источник: %3)</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="163"/>
        <source>%1 (source: %2)</source>
        <translation>%1 (источник: %2)</translation>
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
        <translation>&lt; 1 мин</translation>
    </message>
    <message>
        <location filename="../core/analytics/usagewindows.cpp" line="216"/>
        <source>%1 d %2 h</source>
        <translation>%1 д %2 ч</translation>
    </message>
    <message>
        <location filename="../core/analytics/usagewindows.cpp" line="218"/>
        <source>%1 d</source>
        <translation>%1 д</translation>
    </message>
    <message>
        <location filename="../core/analytics/usagewindows.cpp" line="220"/>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <location filename="../core/analytics/usagewindows.cpp" line="222"/>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <location filename="../core/analytics/usagewindows.cpp" line="223"/>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <location filename="../core/analytics/usagewindows.cpp" line="229"/>
        <source>resets now</source>
        <translation>сброс сейчас</translation>
    </message>
    <message>
        <location filename="../core/analytics/usagewindows.cpp" line="230"/>
        <source>resets in %1</source>
        <translation>сброс через %1</translation>
    </message>
    <message>
        <location filename="../core/analytics/usagewindows.cpp" line="237"/>
        <source>not logged</source>
        <translation>нет в журнале</translation>
    </message>
    <message>
        <location filename="../core/analytics/usagewindows.cpp" line="239"/>
        <source>no data since reset</source>
        <translation>нет данных после сброса</translation>
    </message>
    <message>
        <location filename="../core/analytics/usagewindows.cpp" line="244"/>
        <source>%1 % used, %2</source>
        <translation>использовано %1 %, %2</translation>
    </message>
</context>
<context>
    <name>tl::WelcomePanel</name>
    <message>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="47"/>
        <source>Where is your LLM usage?</source>
        <translation>Где ваши данные об использовании LLM?</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="54"/>
        <source>Pick a start; you can add the others later. TokenLedger shows only numbers it read from your providers, your agents&apos; logs or your own files — never made-up estimates.</source>
        <translation>Выберите, с чего начать; остальное можно добавить позже. TokenLedger показывает только числа, прочитанные у провайдеров, из журналов агентов или из ваших файлов, — никаких выдуманных оценок.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="60"/>
        <source>Looking for Claude Code, Codex CLI and Gemini CLI logs on this computer…</source>
        <translation>Поиск журналов Claude Code, Codex CLI и Gemini CLI на этом компьютере…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="62"/>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="133"/>
        <source>Read Their Logs…</source>
        <translation>Прочитать журналы…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="68"/>
        <source>Usage and costs straight from the provider, synced on a schedule. OpenAI needs an organization admin key (sk-admin-…), Anthropic an Admin API key (sk-ant-admin…): ordinary project keys cannot read usage. The key is kept only in your system keychain.</source>
        <translation>Использование и стоимость напрямую от провайдера, с синхронизацией по расписанию. Для OpenAI нужен ключ администратора организации (sk-admin-…), для Anthropic — ключ Admin API (sk-ant-admin…): обычные ключи проектов не могут читать использование. Ключ хранится только в системной связке ключей.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="71"/>
        <source>Add an Account…</source>
        <translation>Добавить учётную запись…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="75"/>
        <source>A usage or cost CSV downloaded from the OpenAI or Anthropic console, or a Google Cloud Billing export. Nothing leaves this computer; importing the same file again changes nothing.</source>
        <translation>CSV с использованием или стоимостью из консоли OpenAI или Anthropic либо экспорт Google Cloud Billing. Ничего не покидает этот компьютер; повторный импорт того же файла ничего не меняет.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="78"/>
        <source>Import a CSV…</source>
        <translation>Импорт CSV…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="84"/>
        <source>Coding agents on this computer</source>
        <translation>Кодинг-агенты на этом компьютере</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="88"/>
        <source>A provider account</source>
        <translation>Учётная запись провайдера</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="89"/>
        <source>A console export</source>
        <translation>Экспорт из консоли</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="116"/>
        <source>No Claude Code, Codex CLI or Gemini CLI logs were found in their usual folders. If an agent keeps them elsewhere, add it from the Accounts page and choose the folder.</source>
        <translation>В обычных папках не найдено журналов Claude Code, Codex CLI или Gemini CLI. Если агент хранит их в другом месте, добавьте его на странице «Учётные записи» и выберите папку.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="119"/>
        <source>Choose Folders…</source>
        <translation>Выбрать папки…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/welcomepanel.cpp" line="128"/>
        <source>%1: %n log file(s) in %2</source>
        <translation>
            <numerusform>%1: %n файл журнала в %2</numerusform>
            <numerusform>%1: %n файла журнала в %2</numerusform>
            <numerusform>%1: %n файлов журнала в %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="131"/>
        <source>Found on this computer:</source>
        <translation>Найдено на этом компьютере:</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="132"/>
        <source>Their tokens are priced at API rates; you say whether a plan pays.</source>
        <translation>Токены оцениваются по ценам API; вы сами указываете, оплачивает ли их подписка.</translation>
    </message>
</context>
<context>
    <name>tl::charts::DailySpendChart</name>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="127"/>
        <source>Month to date</source>
        <translation>С начала месяца</translation>
    </message>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="127"/>
        <source>Spent so far in the period</source>
        <translation>Потрачено с начала периода</translation>
    </message>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="142"/>
        <source>%1 (UTC): %2 spent in the period so far</source>
        <translation>%1 (UTC): с начала периода потрачено %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="153"/>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="169"/>
        <source>Forecast range</source>
        <translation>Диапазон прогноза</translation>
    </message>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="175"/>
        <source>Month-end forecast: %1 (range %2 – %3)</source>
        <translation>Прогноз на конец месяца: %1 (диапазон %2 – %3)</translation>
    </message>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="216"/>
        <source>%1 (UTC days)</source>
        <translation>%1 (дни UTC)</translation>
    </message>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="217"/>
        <source>%1 – %2 (UTC days)</source>
        <translation>%1 – %2 (дни UTC)</translation>
    </message>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="225"/>
        <source>Per day</source>
        <translation>За день</translation>
    </message>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="233"/>
        <source>Month so far</source>
        <translation>С начала месяца</translation>
    </message>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="233"/>
        <source>Period so far</source>
        <translation>С начала периода</translation>
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
        <translation>Итого: %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="267"/>
        <source>&lt;i&gt;Click to see the day&apos;s rows&lt;/i&gt;</source>
        <translation>&lt;i&gt;Щёлкните, чтобы увидеть строки за этот день&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>tl::charts::ShareDonut</name>
    <message>
        <location filename="../ui/charts/sharedonut.cpp" line="25"/>
        <source>Other</source>
        <translation>Другое</translation>
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
        <translation>запросов: %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/trendchart.cpp" line="120"/>
        <source>%1 tokens</source>
        <translation>токенов: %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/trendchart.cpp" line="122"/>
        <source>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;%3&lt;br&gt;&lt;i&gt;Click to see its rows&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;%3&lt;br&gt;&lt;i&gt;Щёлкните, чтобы увидеть строки&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/charts/trendchart.cpp" line="123"/>
        <source> (so far)</source>
        <translation> (пока)</translation>
    </message>
</context>
<context>
    <name>tl::cli</name>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="48"/>
        <source>API key for %1 (input hidden): </source>
        <translation>API-ключ для %1 (ввод скрыт): </translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="58"/>
        <source>the key on standard input is longer than %1 bytes; nothing was stored</source>
        <translation>ключ на стандартном вводе длиннее %1 байт; ничего не сохранено</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="60"/>
        <source>no key was given on standard input; nothing was stored (use --no-key for an account without one)</source>
        <translation>на стандартном вводе нет ключа; ничего не сохранено (для учётной записи без ключа используйте --no-key)</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="68"/>
        <source>which account? give its id (see tokenledger accounts list)</source>
        <translation>какая учётная запись? укажите её id (см. tokenledger accounts list)</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="74"/>
        <source>&quot;%1&quot; is not an account id</source>
        <translation>«%1» — не id учётной записи</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="84"/>
        <source>there is no account %1 (see tokenledger accounts list)</source>
        <translation>учётной записи %1 нет (см. tokenledger accounts list)</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="117"/>
        <source>from the environment</source>
        <translation>из окружения</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="138"/>
        <source>(disabled)</source>
        <translation>(отключена)</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="139"/>
        <source>key: %1 (headless: %2)</source>
        <translation>ключ: %1 (без рабочего стола: %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="141"/>
        <source>base URL: %1</source>
        <translation>базовый URL: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="142"/>
        <source>(insecure http allowed)</source>
        <translation>(небезопасный http разрешён)</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="143"/>
        <source>synced by: %1</source>
        <translation>синхронизирует: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="145"/>
        <source>last success: %1</source>
        <translation>последний успех: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="149"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="152"/>
        <source>, failing %1x: %2</source>
        <translation>, неудач подряд: %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="160"/>
        <source>No accounts yet. Add one with: tokenledger accounts add --provider openai --label Work</source>
        <translation>Учётных записей пока нет. Добавьте: tokenledger accounts add --provider openai --label Work</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="174"/>
        <source>--provider and --label are required</source>
        <translation>нужны --provider и --label</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="180"/>
        <source>unknown provider &quot;%1&quot; (one of: %2)</source>
        <translation>неизвестный провайдер «%1» (один из: %2)</translation>
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
        <translation>ключ НЕ сохранён, учётная запись не добавлена: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="202"/>
        <source>For headless use without a keychain, add the account with --no-key and set its TOKENLEDGER_API_KEY_&lt;key reference&gt; variable when syncing (tokenledger accounts list).</source>
        <translation>Без связки ключей: добавьте учётную запись с --no-key и при синхронизации задайте её переменную TOKENLEDGER_API_KEY_&lt;key reference&gt; (tokenledger accounts list).</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="214"/>
        <source>could not add the account: %1</source>
        <translation>не удалось добавить учётную запись: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="217"/>
        <source>Added account %1: %2 &quot;%3&quot;.</source>
        <translation>Добавлена учётная запись %1: %2 «%3».</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="222"/>
        <source>Its key is in the system keychain.</source>
        <translation>Её ключ хранится в системной связке ключей.</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="224"/>
        <source>No key stored. For headless syncs set %1.</source>
        <translation>Ключ не сохранён. Для синхронизации без рабочего стола задайте %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="236"/>
        <source>--enable and --disable exclude each other</source>
        <translation>--enable и --disable исключают друг друга</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="257"/>
        <source>the label cannot be empty</source>
        <translation>название не может быть пустым</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="269"/>
        <source>the account was not changed: its key could not be %1: %2</source>
        <translation>учётная запись не изменена: её ключ не удалось %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="270"/>
        <source>moved to the new address</source>
        <translation>перенести на новый адрес</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="270"/>
        <source>stored</source>
        <translation>сохранить</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="273"/>
        <source>could not update the account: %1</source>
        <translation>не удалось изменить учётную запись: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="274"/>
        <source>Updated account %1.</source>
        <translation>Учётная запись %1 изменена.</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="276"/>
        <source>Its new key is in the system keychain.</source>
        <translation>Её новый ключ хранится в системной связке ключей.</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="289"/>
        <source>say what happens to its history: --keep-history or --delete-history</source>
        <translation>укажите, что делать с её историей: --keep-history или --delete-history</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="296"/>
        <source>the key of account %1 could not be deleted from the system keychain (%2); nothing was removed. Try again once the keychain answers, or remove the account with --leave-key and delete the entry &quot;%3&quot; (service %4) yourself.</source>
        <translation>ключ учётной записи %1 не удалось удалить из системной связки ключей (%2); ничего не удалено. Повторите, когда связка ключей ответит, или удалите учётную запись с --leave-key и сами удалите запись «%3» (служба %4).</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="305"/>
        <source>could not remove the account: %1</source>
        <translation>не удалось удалить учётную запись: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="306"/>
        <source>Removed account %1 and its key</source>
        <translation>Учётная запись %1 и её ключ удалены</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="307"/>
        <source>Removed account %1 (its key stays in the keychain as &quot;%2&quot;)</source>
        <translation>Учётная запись %1 удалена (её ключ остаётся в связке ключей как «%2»)</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="309"/>
        <source>%1; its history stays in every total.</source>
        <translation>%1; её история остаётся во всех итогах.</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="309"/>
        <source>%1; all its history is deleted.</source>
        <translation>%1; вся её история удалена.</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="323"/>
        <source>account %1 has no usable key: %2</source>
        <translation>у учётной записи %1 нет пригодного ключа: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="339"/>
        <source>connection test of account %1 failed: %2</source>
        <translation>проверка соединения учётной записи %1 не прошла: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="381"/>
        <source>which action? list, add, edit, remove or test</source>
        <translation>какое действие? list, add, edit, remove или test</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/accountscommand.cpp" line="388"/>
        <source>Note: %n key(s) stored by an older TokenLedger could not be moved yet: %1</source>
        <translation>
            <numerusform>Примечание: %n ключ, сохранённый старой версией TokenLedger, пока не удалось перенести: %1</numerusform>
            <numerusform>Примечание: %n ключа, сохранённых старой версией TokenLedger, пока не удалось перенести: %1</numerusform>
            <numerusform>Примечание: %n ключей, сохранённых старой версией TokenLedger, пока не удалось перенести: %1</numerusform>
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
        <translation>неожиданный аргумент «%1»</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="404"/>
        <location filename="../app/cli/pricingcommand.cpp" line="446"/>
        <source>unknown action &quot;%1&quot;</source>
        <translation>неизвестное действие «%1»</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="92"/>
        <source>--%1 &quot;%2&quot; is not a folder</source>
        <translation>--%1 «%2» — не папка</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="128"/>
        <source>No coding-agent logs found in the default folders (~/.claude, ~/.config/claude, ~/.codex, ~/.gemini or CLAUDE_CONFIG_DIR, CODEX_HOME, GEMINI_DATA_DIR). Name a folder with --claude, --codex or --gemini.</source>
        <translation>В стандартных папках нет журналов агентов (~/.claude, ~/.config/claude, ~/.codex, ~/.gemini или CLAUDE_CONFIG_DIR, CODEX_HOME, GEMINI_DATA_DIR). Укажите папку через --claude, --codex или --gemini.</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="137"/>
        <source>another %1 is using this profile; nothing was imported. Try again when it has finished.</source>
        <translation>этот профиль использует другой %1; ничего не импортировано. Повторите, когда он закончит.</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="152"/>
        <source>account %1 is gone</source>
        <translation>учётной записи %1 больше нет</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="159"/>
        <source>Added the account %1 &quot;%2&quot; reading %3.</source>
        <translation>Добавлена учётная запись %1 «%2», она читает %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="170"/>
        <source>%1: nothing was imported: %2</source>
        <translation>%1: ничего не импортировано: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="174"/>
        <source>%1 (account %2): %3.</source>
        <translation>%1 (учётная запись %2): %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="178"/>
        <source>Days changed: %1 to %2; usage rows %3 new, %4 updated.</source>
        <translation>Изменённые дни: с %1 по %2; строк использования: новых %3, изменённых %4.</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="182"/>
        <source>could not read %1</source>
        <translation>не удалось прочитать %1</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="208"/>
        <source>No coding-agent accounts yet.</source>
        <translation>Учётных записей агентов пока нет.</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="208"/>
        <source>Coding-agent accounts:</source>
        <translation>Учётные записи агентов:</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="227"/>
        <source>value at API prices (subscription, not spend)</source>
        <translation>стоимость по ценам API (подписка, не расходы)</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="229"/>
        <source>in account %1&apos;s bill (not counted twice)</source>
        <translation>в счёте учётной записи %1 (не учитывается дважды)</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="230"/>
        <source>estimated spend</source>
        <translation>оценка расходов</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="232"/>
        <source>this month: %1 %2, %3 requests</source>
        <translation>в этом месяце: %1 %2, запросов: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="234"/>
        <source>; fee %1, returned %2 %</source>
        <translation>; плата %1, окупилось %2 %</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="243"/>
        <source>5-hour window since %1 UTC: %2 tokens (%3 of the highest earlier window), projected %4, %5</source>
        <translation>5-часовое окно с %1 UTC: %2 токенов (%3 от самого большого прежнего окна), прогноз %4, %5</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="248"/>
        <source>no earlier window</source>
        <translation>прежних окон нет</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="255"/>
        <source>no active 5-hour window</source>
        <translation>нет активного 5-часового окна</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="262"/>
        <source>%1 window: %2 % used, %3</source>
        <translation>окно %1: использовано %2 %, %3</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="265"/>
        <source>%1 window: no data since it reset</source>
        <translation>окно %1: нет данных после сброса</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="267"/>
        <source>Codex 5-hour</source>
        <translation>Codex 5 часов</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="268"/>
        <source>Codex weekly</source>
        <translation>Codex недельное</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="271"/>
        <source>alert when a window is projected past %1 % of the highest earlier one</source>
        <translation>предупреждение, если окно по прогнозу превысит %1 % самого большого прежнего</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="289"/>
        <source>subscription: usage is value, not spend</source>
        <translation>подписка: использование — стоимость, не расходы</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="290"/>
        <source>API key: usage is spend</source>
        <translation>API-ключ: использование — расходы</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="292"/>
        <source>folders: %1</source>
        <translation>папки: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="292"/>
        <location filename="../app/cli/reportcommand.cpp" line="44"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="295"/>
        <source>%1 files read, %2 requests from %3 to %4</source>
        <translation>прочитано файлов: %1, запросов: %2, с %3 по %4</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="297"/>
        <source>%1 files read, %2 requests</source>
        <translation>прочитано файлов: %1, запросов: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="303"/>
        <source>No agent logs in the default folders.</source>
        <translation>В стандартных папках нет журналов агентов.</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="304"/>
        <source>Found in the default folders:</source>
        <translation>Найдено в стандартных папках:</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="314"/>
        <source>%1 log files</source>
        <translation>файлов журнала: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="331"/>
        <source>agents %1 ID VALUE (see tokenledger agents --help)</source>
        <translation>agents %1 ID ЗНАЧЕНИЕ (см. tokenledger agents --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="338"/>
        <source>there is no coding-agent account %1 (see tokenledger agents list)</source>
        <translation>учётной записи агента %1 нет (см. tokenledger agents list)</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="348"/>
        <source>%1 is now paid by a subscription: its usage is shown as value at API prices, not spend. Add the monthly fee with: tokenledger manual add</source>
        <translation>%1 теперь оплачивается подпиской: использование показывается как стоимость по ценам API, не как расходы. Добавьте ежемесячную плату: tokenledger manual add</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="350"/>
        <source>%1 is now paid by API key: its usage is estimated spend.</source>
        <translation>%1 теперь оплачивается по API-ключу: использование — оценка расходов.</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="360"/>
        <source>agents window-alert ID PERCENT (0 turns it off, at most 1000)</source>
        <translation>agents window-alert ID ПРОЦЕНТ (0 отключает, не больше 1000)</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="369"/>
        <source>No window alert for %1.</source>
        <translation>Нет предупреждения об окне для %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="371"/>
        <source>An alert is raised once per 5-hour window when %1&apos;s active window is projected past %2 % of its highest earlier window.</source>
        <translation>Предупреждение появляется раз за 5-часовое окно, когда активное окно %1 по прогнозу превысит %2 % самого большого прежнего окна.</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="389"/>
        <source>&quot;%1&quot; is not a synced provider account</source>
        <translation>«%1» — не синхронизируемая учётная запись провайдера</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="393"/>
        <source>a subscription is not billed per request: set billing to api first</source>
        <translation>подписка не оплачивается за запрос: сначала переключите оплату на api</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="397"/>
        <source>%1&apos;s requests are in account %2&apos;s bill: shown as the overlap, not added to spend twice.</source>
        <translation>Запросы %1 входят в счёт учётной записи %2: показаны как пересечение, в расходы дважды не добавляются.</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="402"/>
        <source>%1&apos;s usage counts as its own estimated spend.</source>
        <translation>Использование %1 считается его собственной оценкой расходов.</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="409"/>
        <source>&quot;%1&quot; is not a folder</source>
        <translation>«%1» — не папка</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="414"/>
        <source>%1 reads %2.</source>
        <translation>%1 читает %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="452"/>
        <source>unknown action &quot;%1&quot;: import, list, billing, billed-by, window-alert or folders</source>
        <translation>неизвестное действие «%1»: import, list, billing, billed-by, window-alert или folders</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="58"/>
        <source>--amount &quot;%1&quot; is not a positive number of US dollars</source>
        <translation>--amount «%1» — не положительная сумма в долларах США</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="104"/>
        <source>No budgets. Add one with: tokenledger budgets add --name Team --amount 500</source>
        <translation>Бюджетов нет. Добавьте: tokenledger budgets add --name Team --amount 500</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="116"/>
        <source>by %1</source>
        <translation>на %1</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="118"/>
        <source>%1 (%2): %3 of %4 (%5 %), forecast %6, %7</source>
        <translation>%1 (%2): %3 из %4 (%5 %), прогноз %6, %7</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="132"/>
        <source>budgets edit needs a budget id</source>
        <translation>budgets edit нужен id бюджета</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="135"/>
        <source>no budget %1</source>
        <translation>бюджета %1 нет</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="141"/>
        <source>budgets add needs --name and --amount</source>
        <translation>budgets add нужны --name и --amount</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="146"/>
        <source>--name must not be empty</source>
        <translation>--name не может быть пустым</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="154"/>
        <source>choose --provider or --account, not both</source>
        <translation>выберите --provider или --account, не оба</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="157"/>
        <location filename="../app/cli/exportcommand.cpp" line="57"/>
        <location filename="../app/cli/pricingcommand.cpp" line="117"/>
        <location filename="../app/cli/pricingcommand.cpp" line="191"/>
        <location filename="../app/cli/pricingcommand.cpp" line="306"/>
        <location filename="../app/cli/pricingcommand.cpp" line="352"/>
        <source>unknown provider &quot;%1&quot;</source>
        <translation>неизвестный провайдер «%1»</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="165"/>
        <source>no account &quot;%1&quot;</source>
        <translation>учётной записи «%1» нет</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="172"/>
        <source>--thresholds must be whole percentages from 1 to 1000, separated by commas</source>
        <translation>--thresholds — целые проценты от 1 до 1000 через запятую</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="177"/>
        <source>choose --enable or --disable</source>
        <translation>выберите --enable или --disable</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="184"/>
        <source>Added budget %1: %2, %3 a month.</source>
        <translation>Добавлен бюджет %1: %2, %3 в месяц.</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="189"/>
        <source>Updated budget %1.</source>
        <translation>Бюджет %1 изменён.</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="200"/>
        <source>budgets remove needs a budget id</source>
        <translation>budgets remove нужен id бюджета</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="203"/>
        <source>Removed budget %1; its past alerts stay.</source>
        <translation>Бюджет %1 удалён; его прошлые предупреждения остаются.</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="207"/>
        <source>unknown action &quot;%1&quot;: list, add, edit or remove</source>
        <translation>неизвестное действие «%1»: list, add, edit или remove</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="255"/>
        <source>No alerts.</source>
        <translation>Предупреждений нет.</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="259"/>
        <source>(unread)</source>
        <translation>(не прочитано)</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="273"/>
        <source>alerts %1 needs an alert id</source>
        <translation>alerts %1 нужен id предупреждения</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="278"/>
        <source>unknown action &quot;%1&quot;: list, read or ack</source>
        <translation>неизвестное действие «%1»: list, read или ack</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="22"/>
        <source>provider accounts</source>
        <translation>учётные записи провайдеров</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="23"/>
        <source>usage rows</source>
        <translation>строки использования</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="24"/>
        <source>daily totals, computed from the usage rows</source>
        <translation>дневные итоги, вычисленные из строк использования</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="25"/>
        <source>daily totals per account, computed from the usage rows</source>
        <translation>дневные итоги по учётным записям, вычисленные из строк использования</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="26"/>
        <source>billed costs and manual charges</source>
        <translation>выставленные расходы и ручные списания</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="27"/>
        <source>sync history</source>
        <translation>история синхронизаций</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="28"/>
        <source>your price overrides</source>
        <translation>ваши собственные цены</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="29"/>
        <source>loaded price catalogs</source>
        <translation>загруженные каталоги цен</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="30"/>
        <source>budgets</source>
        <translation>бюджеты</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="31"/>
        <source>alerts</source>
        <translation>предупреждения</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="32"/>
        <source>balances and credits</source>
        <translation>балансы и кредиты</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="33"/>
        <source>manual entries</source>
        <translation>ручные записи</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="35"/>
        <source>the projects and keys offered as filters, computed from the usage rows</source>
        <translation>проекты и ключи для фильтров, вычисленные из строк использования</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="36"/>
        <location filename="../app/cli/checkcommand.cpp" line="37"/>
        <source>the Usage page&apos;s sort index, computed from the usage rows</source>
        <translation>индекс сортировки страницы «Использование», вычисленный из строк использования</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="39"/>
        <source>totals by project and key per day, computed from the usage rows</source>
        <translation>итоги по проектам и ключам за день, вычисленные из строк использования</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="41"/>
        <source>totals by project and key per month, computed from the usage rows</source>
        <translation>итоги по проектам и ключам за месяц, вычисленные из строк использования</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="42"/>
        <source>days whose data-quality check is due</source>
        <translation>дни, для которых нужна проверка качества данных</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="43"/>
        <source>data-quality findings, computed from the usage rows</source>
        <translation>замечания о качестве данных, вычисленные из строк использования</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="44"/>
        <source>re-pricing still to do after a price change</source>
        <translation>пересчёт цен, оставшийся после изменения цены</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="45"/>
        <source>the history of CSV imports</source>
        <translation>история импортов CSV</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="46"/>
        <source>which rows each CSV import added</source>
        <translation>какие строки добавил каждый импорт CSV</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="47"/>
        <source>how far each coding-agent log has been read</source>
        <translation>докуда прочитан каждый журнал агента</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="48"/>
        <source>coding-agent log folders</source>
        <translation>папки журналов агентов</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="49"/>
        <source>coding-agent requests already counted</source>
        <translation>уже учтённые запросы агентов</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="50"/>
        <source>coding-agent usage windows</source>
        <translation>окна использования агентов</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="51"/>
        <source>the highest ids handed out</source>
        <translation>наибольшие выданные id</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="64"/>
        <source>page %1 of the file is not a valid page (overwritten or cut off)</source>
        <translation>страница %1 файла недействительна (перезаписана или обрезана)</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="66"/>
        <source>index %1 does not list every row of its table</source>
        <translation>индекс %1 содержит не все строки своей таблицы</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="68"/>
        <source>reading it stops at a damaged page (SQLite: %1)</source>
        <translation>чтение останавливается на повреждённой странице (SQLite: %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="98"/>
        <source>Checked %1: intact. SQLite&apos;s integrity check found no damage and no row refers to a missing row.</source>
        <translation>Проверен %1: без повреждений. Проверка целостности SQLite не нашла повреждений, и ни одна строка не ссылается на отсутствующую.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="104"/>
        <source>Checked %1: the database is damaged.</source>
        <translation>Проверен %1: база данных повреждена.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="108"/>
        <source>an index of table %1</source>
        <translation>индекс таблицы %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/checkcommand.cpp" line="111"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n проблема</numerusform>
            <numerusform>%n проблемы</numerusform>
            <numerusform>%n проблем</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="115"/>
        <source>... and %1 more</source>
        <translation>... и ещё %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/checkcommand.cpp" line="123"/>
        <source>table %1: %n row(s) refer(s) to a missing row of %2</source>
        <translation>
            <numerusform>таблица %1: %n строка ссылается на отсутствующую строку %2</numerusform>
            <numerusform>таблица %1: %n строки ссылаются на отсутствующую строку %2</numerusform>
            <numerusform>таблица %1: %n строк ссылаются на отсутствующую строку %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="128"/>
        <source>Reads that reach the damage fail (report, export, the window) instead of showing partial figures. Nothing was changed.</source>
        <translation>Чтение, доходящее до повреждения (отчёт, экспорт, окно), завершается ошибкой, а не показывает неполные цифры. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="131"/>
        <source>What to do: keep a copy of the file; restore a backup, or save what is still readable with</source>
        <translation>Что делать: сохраните копию файла; восстановите резервную копию или сохраните то, что ещё читается, командой</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="133"/>
        <source>and look at the copy with %1.</source>
        <translation>и проверьте копию командой %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="165"/>
        <source>check reads SQLite files; a team database is checked by its server (amcheck, pg_dump to a file as a backup)</source>
        <translation>check читает файлы SQLite; командную базу данных проверяет её сервер (amcheck, pg_dump в файл как резервная копия)</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="168"/>
        <source>there is no database at %1</source>
        <translation>базы данных по пути %1 нет</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="139"/>
        <source>unknown command &quot;%1&quot; (see tokenledger --help)</source>
        <translation>неизвестная команда «%1» (см. tokenledger --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/context.cpp" line="145"/>
        <source>--%1 &quot;%2&quot; is not a date (expected YYYY-MM-DD)</source>
        <translation>--%1 «%2» — не дата (ожидается ГГГГ-ММ-ДД)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/context.cpp" line="172"/>
        <source>%n data-quality finding(s): see tokenledger quality, or Usage → Data quality</source>
        <translation>
            <numerusform>%n замечание о качестве данных: см. tokenledger quality или «Использование → Качество данных»</numerusform>
            <numerusform>%n замечания о качестве данных: см. tokenledger quality или «Использование → Качество данных»</numerusform>
            <numerusform>%n замечаний о качестве данных: см. tokenledger quality или «Использование → Качество данных»</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/context.cpp" line="197"/>
        <source>%1 (see tokenledger %2 --help)</source>
        <translation>%1 (см. tokenledger %2 --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="49"/>
        <source>reinstall TokenLedger: its network module is missing or from another version</source>
        <translation>переустановите TokenLedger: его сетевой модуль отсутствует или относится к другой версии</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="56"/>
        <source>the system keychain answers</source>
        <translation>системная связка ключей отвечает</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="58"/>
        <source>the system keychain is locked</source>
        <translation>системная связка ключей заблокирована</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="59"/>
        <source>unlock it (log in again, or open your keyring manager); syncs need it unlocked</source>
        <translation>разблокируйте её (войдите заново или откройте менеджер ключей); синхронизации нужна разблокированная связка</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="62"/>
        <source>no system keychain answers: API keys cannot be stored (%1)</source>
        <translation>системная связка ключей не отвечает: API-ключи нельзя сохранить (%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="63"/>
        <source>install and start a Secret Service (gnome-keyring or KWallet) in your desktop session; for a headless sync host, give each account&apos;s key in its TOKENLEDGER_API_KEY_&lt;key reference&gt; variable instead (tokenledger accounts list shows the names)</source>
        <translation>установите и запустите Secret Service (gnome-keyring или KWallet) в сеансе рабочего стола; на хосте синхронизации без рабочего стола передайте ключ каждой учётной записи в её переменной TOKENLEDGER_API_KEY_&lt;key reference&gt; (имена показывает tokenledger accounts list)</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="69"/>
        <source>the system keychain did not answer: %1</source>
        <translation>системная связка ключей не ответила: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="70"/>
        <source>check that your keyring service runs and is unlocked, then run doctor again</source>
        <translation>проверьте, что служба связки ключей запущена и разблокирована, и снова запустите doctor</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="79"/>
        <source>no database yet at %1: it is created when TokenLedger first opens it</source>
        <translation>базы данных по пути %1 пока нет: она создаётся при первом открытии TokenLedger</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="84"/>
        <source>run &quot;tokenledger check&quot; to look for damage; a database from a newer TokenLedger needs that version</source>
        <translation>запустите «tokenledger check», чтобы поискать повреждения; базе данных из более новой версии TokenLedger нужна та же версия</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="88"/>
        <source>%1 opens (schema %2, %3 MiB)</source>
        <translation>%1 открывается (схема %2, %3 МиБ)</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="96"/>
        <source>; only %1 MiB free on its disk</source>
        <translation>; на её диске свободно только %1 МиБ</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="97"/>
        <source>free some disk space: a sync or import that cannot write is rolled back whole</source>
        <translation>освободите место на диске: синхронизация или импорт, который не может записать данные, откатывается целиком</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="106"/>
        <source>the bundled price catalog will be used</source>
        <translation>будет использован встроенный каталог цен</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="110"/>
        <source>the price catalog does not load: %1</source>
        <translation>каталог цен не загружается: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="111"/>
        <source>load a genai-prices dataset with &quot;tokenledger pricing update --from FILE&quot;</source>
        <translation>загрузите набор данных genai-prices командой «tokenledger pricing update --from FILE»</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="117"/>
        <source>price catalog from %1, of unknown date</source>
        <translation>каталог цен из %1, дата неизвестна</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="122"/>
        <source>price catalog of %1 (%2 days old, %3)</source>
        <translation>каталог цен от %1 (возраст в днях: %2, %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="126"/>
        <source>newer models may be unpriced and prices may have changed: load a current genai-prices dataset with &quot;tokenledger pricing update --from FILE&quot;, or set overrides for the models you use</source>
        <translation>у новых моделей может не быть цены, а цены могли измениться: загрузите свежий набор genai-prices командой «tokenledger pricing update --from FILE» или задайте свои цены для используемых моделей</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="137"/>
        <source>the provider refused the key: replace it (tokenledger accounts edit %1 --key)</source>
        <translation>провайдер отклонил ключ: замените его (tokenledger accounts edit %1 --key)</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="139"/>
        <source>the key lacks a permission: usage and cost APIs usually need an admin key (see the provider&apos;s key help in the Add Account dialog)</source>
        <translation>ключу не хватает прав: API использования и расходов обычно требуют ключ администратора (см. справку провайдера о ключах в окне «Добавить учётную запись»)</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="142"/>
        <source>check the account&apos;s base URL and organisation</source>
        <translation>проверьте базовый URL и организацию учётной записи</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="145"/>
        <source>check this machine&apos;s network, proxy and firewall; the provider may also be down</source>
        <translation>проверьте сеть, прокси и брандмауэр этого компьютера; провайдер тоже может быть недоступен</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="147"/>
        <source>see the message; &quot;tokenledger accounts test %1&quot; repeats the test</source>
        <translation>см. сообщение; «tokenledger accounts test %1» повторяет проверку</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="153"/>
        <source>account %1 (%2)</source>
        <translation>учётная запись %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="163"/>
        <source>log folder not readable here: %1</source>
        <translation>папка журналов здесь недоступна для чтения: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="164"/>
        <source>the agent may not be installed on this machine; change the account&apos;s folders (tokenledger agents) or disable it</source>
        <translation>возможно, агент не установлен на этом компьютере; измените папки учётной записи (tokenledger agents) или отключите её</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/doctorcommand.cpp" line="166"/>
        <source>reads %n log folder(s)</source>
        <translation>
            <numerusform>читает %n папку журналов</numerusform>
            <numerusform>читает %n папки журналов</numerusform>
            <numerusform>читает %n папок журналов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="171"/>
        <source>%1 has no usage API: CSV imports and manual entries only</source>
        <translation>у %1 нет API использования: только импорт CSV и ручные записи</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="176"/>
        <source>no key on this desktop, so it is not synced from here</source>
        <translation>на этом рабочем столе нет ключа, поэтому отсюда она не синхронизируется</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="177"/>
        <source>add its key (tokenledger accounts edit %1 --key) or set %2 on a sync host</source>
        <translation>добавьте её ключ (tokenledger accounts edit %1 --key) или задайте %2 на хосте синхронизации</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="181"/>
        <source>its key cannot be read: %1</source>
        <translation>её ключ не читается: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="182"/>
        <source>see the keychain line above</source>
        <translation>см. строку о связке ключей выше</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="184"/>
        <source>key present (not contacted: --offline)</source>
        <translation>ключ есть (без обращения: --offline)</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="189"/>
        <source>reinstall TokenLedger</source>
        <translation>переустановите TokenLedger</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="208"/>
        <source>%1 reachable, key accepted</source>
        <translation>%1 доступен, ключ принят</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="263"/>
        <source>no accounts yet: add one (tokenledger accounts add), import a console export (tokenledger import) or read coding-agent logs (tokenledger agents)</source>
        <translation>учётных записей пока нет: добавьте (tokenledger accounts add), импортируйте выгрузку консоли (tokenledger import) или прочитайте журналы агентов (tokenledger agents)</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="290"/>
        <source>fix: %1</source>
        <translation>исправление: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="292"/>
        <source>Something needs fixing (see &quot;fix&quot; above).</source>
        <translation>Что-то нужно исправить (см. «исправление» выше).</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="292"/>
        <source>Nothing needs fixing.</source>
        <translation>Исправлять ничего не нужно.</translation>
    </message>
    <message>
        <location filename="../app/cli/doctordesktop.cpp" line="47"/>
        <source>no D-Bus session bus (%1): no keychain, notifications or tray</source>
        <translation>нет сеансовой шины D-Bus (%1): нет связки ключей, уведомлений и трея</translation>
    </message>
    <message>
        <location filename="../app/cli/doctordesktop.cpp" line="48"/>
        <source>run TokenLedger inside a desktop session (or dbus-run-session for a headless host, which then syncs with TOKENLEDGER_API_KEY_… variables)</source>
        <translation>запускайте TokenLedger в сеансе рабочего стола (или через dbus-run-session на хосте без рабочего стола, который тогда синхронизируется с переменными TOKENLEDGER_API_KEY_…)</translation>
    </message>
    <message>
        <location filename="../app/cli/doctordesktop.cpp" line="56"/>
        <source>a notification service is available</source>
        <translation>служба уведомлений доступна</translation>
    </message>
    <message>
        <location filename="../app/cli/doctordesktop.cpp" line="57"/>
        <source>notifications are shown by %1</source>
        <translation>уведомления показывает %1</translation>
    </message>
    <message>
        <location filename="../app/cli/doctordesktop.cpp" line="61"/>
        <source>no notification service on the session bus: alerts show in the window and the tray only</source>
        <translation>на сеансовой шине нет службы уведомлений: предупреждения видны только в окне и в трее</translation>
    </message>
    <message>
        <location filename="../app/cli/doctordesktop.cpp" line="63"/>
        <source>install a notification daemon (your desktop&apos;s own, or e.g. dunst or notification-daemon)</source>
        <translation>установите демон уведомлений (вашего рабочего стола или, например, dunst или notification-daemon)</translation>
    </message>
    <message>
        <location filename="../app/cli/doctordesktop.cpp" line="68"/>
        <source>a tray (StatusNotifierItem host) is running</source>
        <translation>трей (хост StatusNotifierItem) работает</translation>
    </message>
    <message>
        <location filename="../app/cli/doctordesktop.cpp" line="71"/>
        <source>no StatusNotifierItem tray on the session bus (an X11 system tray may still show the icon): closing the window may quit TokenLedger</source>
        <translation>на сеансовой шине нет трея StatusNotifierItem (системный трей X11 может всё же показать значок): закрытие окна может завершить TokenLedger</translation>
    </message>
    <message>
        <location filename="../app/cli/doctordesktop.cpp" line="73"/>
        <source>on GNOME, enable the AppIndicator extension (gnome-shell-extension-appindicator); other desktops have a tray</source>
        <translation>в GNOME включите расширение AppIndicator (gnome-shell-extension-appindicator); у других рабочих столов трей есть</translation>
    </message>
    <message>
        <location filename="../app/cli/doctordesktop.cpp" line="86"/>
        <source>the system&apos;s notifications and tray are used</source>
        <translation>используются системные уведомления и трей</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="45"/>
        <source>choose one format: --csv or --json</source>
        <translation>выберите один формат: --csv или --json</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="54"/>
        <location filename="../app/cli/synccommand.cpp" line="65"/>
        <source>--from is after --to</source>
        <translation>--from позже --to</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="62"/>
        <location filename="../app/cli/importcommand.cpp" line="59"/>
        <location filename="../app/cli/synccommand.cpp" line="52"/>
        <source>--account &quot;%1&quot; is not an account id</source>
        <translation>--account «%1» — не id учётной записи</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="70"/>
        <source>--status must be estimated, reported or unpriced</source>
        <translation>--status должен быть estimated, reported или unpriced</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="82"/>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="85"/>
        <source>the export failed and %1 was not written: %2</source>
        <translation>экспорт не удался, %1 не записан: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/exportcommand.cpp" line="87"/>
        <source>Exported %n usage row(s) to %1.</source>
        <translation>
            <numerusform>Экспортирована %n строка использования в %1.</numerusform>
            <numerusform>Экспортированы %n строки использования в %1.</numerusform>
            <numerusform>Экспортировано %n строк использования в %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="93"/>
        <source>cannot write to standard output</source>
        <translation>не удаётся писать в стандартный вывод</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="95"/>
        <source>the export failed: %1</source>
        <translation>экспорт не удался: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="54"/>
        <source>import needs --csv FILE and --account ID</source>
        <translation>import нужны --csv FILE и --account ID</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="63"/>
        <source>unknown format &quot;%1&quot;</source>
        <translation>неизвестный формат «%1»</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="70"/>
        <location filename="../app/cli/synccommand.cpp" line="73"/>
        <source>--wait &quot;%1&quot; is not a number of seconds</source>
        <translation>--wait «%1» — не число секунд</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="79"/>
        <location filename="../app/cli/pricingcommand.cpp" line="381"/>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="85"/>
        <source>there is no account %1</source>
        <translation>учётной записи %1 нет</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="91"/>
        <location filename="../app/cli/synccommand.cpp" line="89"/>
        <source>Waiting for %1 to finish…</source>
        <translation>Ожидание завершения: %1…</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="95"/>
        <source>another %1 is using this profile; nothing was imported. Try again when it has finished, or add --wait SECONDS.</source>
        <translation>этот профиль использует другой %1; ничего не импортировано. Повторите, когда он закончит, или добавьте --wait SECONDS.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="143"/>
        <source>%1 was not imported: %2</source>
        <translation>%1 не импортирован: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/importcommand.cpp" line="145"/>
        <source>Format: %1; %2 row(s) read, %3 good, %4 bad</source>
        <translation>
            <numerusform>Формат: %1; прочитана %2 строка, хороших: %3, плохих: %4</numerusform>
            <numerusform>Формат: %1; прочитано %2 строки, хороших: %3, плохих: %4</numerusform>
            <numerusform>Формат: %1; прочитано %2 строк, хороших: %3, плохих: %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="148"/>
        <source>, %1 skipped (not LLM spend)</source>
        <translation>, пропущено: %1 (не расходы на LLM)</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="151"/>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="154"/>
        <source>… and %1 more</source>
        <translation>… и ещё %1</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="156"/>
        <source>This file was imported before as import %1; nothing changed and no new import was recorded.</source>
        <translation>Этот файл уже импортирован как импорт %1; ничего не изменилось, новый импорт не записан.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="162"/>
        <source>Imported %1 to %2: </source>
        <translation>Импортировано с %1 по %2: </translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="163"/>
        <source>Imported: </source>
        <translation>Импортировано: </translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="164"/>
        <source>usage %1 new, %2 updated, %3 unchanged; costs %4 new, %5 updated, %6 unchanged.</source>
        <translation>использование: новых %1, изменённых %2, без изменений %3; расходы: новых %4, изменённых %5, без изменений %6.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="168"/>
        <source>Recorded as import %1 (undo it with: tokenledger imports remove %1)</source>
        <translation>Записано как импорт %1 (отменить: tokenledger imports remove %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="170"/>
        <source>; the same file was imported before as import %1</source>
        <translation>; тот же файл уже импортирован как импорт %1</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="174"/>
        <source>Dry run: nothing was written.</source>
        <translation>Пробный запуск: ничего не записано.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="177"/>
        <source>Fix the rows, or run again with --keep-good-rows to import the good ones.</source>
        <translation>Исправьте строки или запустите снова с --keep-good-rows, чтобы импортировать хорошие.</translation>
    </message>
    <message>
        <location filename="../app/cli/importscommand.cpp" line="49"/>
        <source>--account needs an account id</source>
        <translation>--account нужен id учётной записи</translation>
    </message>
    <message>
        <location filename="../app/cli/importscommand.cpp" line="66"/>
        <source>No imports yet. Import a console export with: tokenledger import --csv FILE --account ID</source>
        <translation>Импортов пока нет. Импортируйте выгрузку консоли: tokenledger import --csv FILE --account ID</translation>
    </message>
    <message>
        <location filename="../app/cli/importscommand.cpp" line="70"/>
        <source>%1 (%2) into %3: </source>
        <translation>%1 (%2) в %3: </translation>
    </message>
    <message>
        <location filename="../app/cli/importscommand.cpp" line="71"/>
        <source>%1 to %2, </source>
        <translation>с %1 по %2, </translation>
    </message>
    <message>
        <location filename="../app/cli/importscommand.cpp" line="73"/>
        <source>%1 good of %2 rows; usage %3 new, %4 updated; costs %5 new, %6 updated</source>
        <translation>хороших %1 из %2 строк; использование: новых %3, изменённых %4; расходы: новых %5, изменённых %6</translation>
    </message>
    <message>
        <location filename="../app/cli/importscommand.cpp" line="88"/>
        <source>imports remove needs an import id; tokenledger imports list shows them</source>
        <translation>imports remove нужен id импорта; их показывает tokenledger imports list</translation>
    </message>
    <message>
        <location filename="../app/cli/importscommand.cpp" line="95"/>
        <source>another %1 is using this profile; nothing was removed. Try again when it has finished.</source>
        <translation>этот профиль использует другой %1; ничего не удалено. Повторите, когда он закончит.</translation>
    </message>
    <message>
        <location filename="../app/cli/importscommand.cpp" line="105"/>
        <source>import %1 was not removed: %2</source>
        <translation>импорт %1 не удалён: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/importscommand.cpp" line="106"/>
        <source>Removed import %1: %2 rows it added are gone, %3 rows it overwrote are as they were before it</source>
        <translation>Импорт %1 удалён: добавленных им строк удалено: %2, перезаписанных им строк возвращено к прежнему виду: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/importscommand.cpp" line="111"/>
        <source>, %1 rows a later import wrote again keep that import&apos;s values</source>
        <translation>, строк, снова записанных более поздним импортом, с его значениями: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/importscommand.cpp" line="140"/>
        <source>unknown action &quot;%1&quot;: list or remove</source>
        <translation>неизвестное действие «%1»: list или remove</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="25"/>
        <source>--label cannot be empty</source>
        <translation>--label не может быть пустым</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="30"/>
        <location filename="../app/cli/manualcommand.cpp" line="160"/>
        <source>--amount must be a positive number of US dollars</source>
        <translation>--amount должен быть положительной суммой в долларах США</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="39"/>
        <source>only a monthly entry has an end</source>
        <translation>конец есть только у ежемесячной записи</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="44"/>
        <source>--to is before the start (%1)</source>
        <translation>--to раньше начала (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/manualcommand.cpp" line="55"/>
        <source>Manual entry %1 keeps its %n charge(s) so far at %2 and ends today; entry %3 charges %4 from %5.</source>
        <translation>
            <numerusform>Ручная запись %1 сохраняет %n прошлое списание по %2 и заканчивается сегодня; запись %3 списывает %4 с %5.</numerusform>
            <numerusform>Ручная запись %1 сохраняет %n прошлых списания по %2 и заканчивается сегодня; запись %3 списывает %4 с %5.</numerusform>
            <numerusform>Ручная запись %1 сохраняет %n прошлых списаний по %2 и заканчивается сегодня; запись %3 списывает %4 с %5.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="62"/>
        <source>Manual entry %1 ends on %2; no charge after it.</source>
        <translation>Ручная запись %1 заканчивается %2; после этого списаний нет.</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="66"/>
        <source>Saved manual entry %1.</source>
        <translation>Ручная запись %1 сохранена.</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="134"/>
        <source>No manual entries. Add one with: tokenledger manual add --account ID --label Copilot --amount 19 --monthly --from 2026-01-01</source>
        <translation>Ручных записей нет. Добавьте: tokenledger manual add --account ID --label Copilot --amount 19 --monthly --from 2026-01-01</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="139"/>
        <source>once on %1</source>
        <translation>однократно %1</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="140"/>
        <source>a month from %1 to %2</source>
        <translation>ежемесячно с %1 по %2</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="141"/>
        <source>a month from %1</source>
        <translation>ежемесячно с %1</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="144"/>
        <source>%1: %2 %3 (account %4)</source>
        <translation>%1: %2 %3 (учётная запись %4)</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="154"/>
        <source>manual add needs --account with an existing account id</source>
        <translation>manual add нужен --account с id существующей учётной записи</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="157"/>
        <source>manual add needs --label</source>
        <translation>manual add нужен --label</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="163"/>
        <source>choose --monthly or --once</source>
        <translation>выберите --monthly или --once</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="169"/>
        <source>--%1 is needed</source>
        <translation>нужен --%1</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="177"/>
        <source>--to is before --from</source>
        <translation>--to раньше --from</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="184"/>
        <source>Added manual entry %1: %2.</source>
        <translation>Добавлена ручная запись %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="192"/>
        <source>manual %1 needs an entry id</source>
        <translation>manual %1 нужен id записи</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/manualcommand.cpp" line="200"/>
        <source>Removed manual entry %1 with its %n charge(s) so far (%2).</source>
        <translation>
            <numerusform>Ручная запись %1 удалена вместе с %n прошлым списанием (%2).</numerusform>
            <numerusform>Ручная запись %1 удалена вместе с %n прошлыми списаниями (%2).</numerusform>
            <numerusform>Ручная запись %1 удалена вместе с %n прошлыми списаниями (%2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="212"/>
        <source>unknown action &quot;%1&quot;: list, add, edit, end or remove</source>
        <translation>неизвестное действие «%1»: list, add, edit, end или remove</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="37"/>
        <source>(above %1 input tokens: $%2)</source>
        <translation>(свыше %1 входных токенов: $%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="78"/>
        <source>Input (uncached)</source>
        <translation>Ввод (без кэша)</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="78"/>
        <source>%1 per 1M tokens</source>
        <translation>%1 за 1 млн токенов</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="79"/>
        <source>Cached input</source>
        <translation>Кэшированный ввод</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="80"/>
        <source>Cache write (5 min)</source>
        <translation>Запись в кэш (5 мин)</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="81"/>
        <source>Cache write (1 h)</source>
        <translation>Запись в кэш (1 ч)</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="82"/>
        <source>Output</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="84"/>
        <source>Reasoning output</source>
        <translation>Вывод рассуждений</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="86"/>
        <source>Audio input</source>
        <translation>Аудиоввод</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="88"/>
        <location filename="../app/cli/reportcommand.cpp" line="55"/>
        <location filename="../app/cli/reportcommand.cpp" line="87"/>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="88"/>
        <location filename="../app/cli/pricingcommand.cpp" line="92"/>
        <source>$%1 per 1,000</source>
        <translation>$%1 за 1000</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="91"/>
        <source>Web searches</source>
        <translation>Веб-поиск</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="153"/>
        <source>%1 (%2) on %3 (UTC)</source>
        <translation>%1 (%2) на %3 (UTC)</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="154"/>
        <source>Normalised name</source>
        <translation>Нормализованное имя</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="156"/>
        <source>Price source</source>
        <translation>Источник цены</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="158"/>
        <source>Catalog entry</source>
        <translation>Запись каталога</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="135"/>
        <source>in force since %1</source>
        <translation>действует с %1</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="135"/>
        <source>in force since always</source>
        <translation>действует всегда</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="156"/>
        <source>your override, %1</source>
        <translation>ваша цена, %1</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="159"/>
        <source>%1 / %2 (%3), %4</source>
        <translation>%1 / %2 (%3), %4</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="160"/>
        <source>Matched by</source>
        <translation>Найдено по</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="164"/>
        <source>Note: long requests cost more above the threshold; daily totals are priced at the base price.</source>
        <translation>Примечание: длинные запросы выше порога дороже; дневные итоги считаются по базовой цене.</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="169"/>
        <source>Note: this provider&apos;s price depends on the time of day; daily totals use the price that holds for most of the UTC day.</source>
        <translation>Примечание: цена этого провайдера зависит от времени суток; дневные итоги используют цену, действующую большую часть суток UTC.</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="172"/>
        <source>Catalog</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="173"/>
        <source>%1 (genai-prices, data of %2)</source>
        <translation>%1 (genai-prices, данные от %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="178"/>
        <source>no price known for &quot;%1&quot;%2 on %3: usage of it stays unpriced (set one with tokenledger pricing set)</source>
        <translation>цена «%1»%2 на %3 неизвестна: его использование остаётся без цены (задайте её через tokenledger pricing set)</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="183"/>
        <source>at %1</source>
        <translation>у %1</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="213"/>
        <source>%1 / %2 from %3: input %4, output %5</source>
        <translation>%1 / %2 с %3: ввод %4, вывод %5</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="222"/>
        <source>No price overrides. Add one with tokenledger pricing set.</source>
        <translation>Своих цен нет. Задайте цену через tokenledger pricing set.</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="251"/>
        <source>%1 %2 in %3 out %4</source>
        <translation>%1 %2 ввод %3 вывод %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/pricingcommand.cpp" line="263"/>
        <source>%n model(s); prices in USD per 1M tokens in force on %1 (UTC).</source>
        <translation>
            <numerusform>%n модель; цены в USD за 1 млн токенов, действующие на %1 (UTC).</numerusform>
            <numerusform>%n модели; цены в USD за 1 млн токенов, действующие на %1 (UTC).</numerusform>
            <numerusform>%n моделей; цены в USD за 1 млн токенов, действующие на %1 (UTC).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="276"/>
        <source>--%1 &quot;%2&quot; is not a price (a non-negative number of USD)</source>
        <translation>--%1 «%2» — не цена (неотрицательная сумма в USD)</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="283"/>
        <source>--%1 &quot;%2&quot; is finer than one nano-dollar ($0.000000001) per million tokens; give at most 9 decimals</source>
        <translation>--%1 «%2» точнее одного нанодоллара ($0.000000001) за миллион токенов; укажите не больше 9 знаков после запятой</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="294"/>
        <source>Re-priced stored usage: %1 of %2 rows changed cost.</source>
        <translation>Сохранённое использование пересчитано: стоимость изменилась у %1 из %2 строк.</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="304"/>
        <location filename="../app/cli/pricingcommand.cpp" line="350"/>
        <source>--provider and --model are required</source>
        <translation>нужны --provider и --model</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="309"/>
        <source>--from is required: the first UTC day the price applies (2000-01-01 for all history)</source>
        <translation>нужен --from: первый день UTC, с которого действует цена (2000-01-01 для всей истории)</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="323"/>
        <source>--per-request is too large</source>
        <translation>--per-request слишком велик</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="327"/>
        <source>--input and --output prices are required</source>
        <translation>нужны цены --input и --output</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="335"/>
        <source>could not save the price: %1</source>
        <translation>не удалось сохранить цену: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="336"/>
        <source>Price for %1 (%2) set from %3: input %4, output %5 per 1M tokens.</source>
        <translation>Цена для %1 (%2) задана с %3: ввод %4, вывод %5 за 1 млн токенов.</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="363"/>
        <source>could not remove the price: %1</source>
        <translation>не удалось удалить цену: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="365"/>
        <source>no override for %1 (%2) to remove</source>
        <translation>нет своей цены для %1 (%2), которую можно удалить</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/pricingcommand.cpp" line="367"/>
        <source>Removed %n override(s) for %1 (%2).</source>
        <translation>
            <numerusform>Удалена %n своя цена для %1 (%2).</numerusform>
            <numerusform>Удалены %n свои цены для %1 (%2).</numerusform>
            <numerusform>Удалено %n своих цен для %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="378"/>
        <source>--from FILE is required (a genai-prices data.json)</source>
        <translation>нужен --from FILE (data.json из genai-prices)</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="388"/>
        <source>%1 was not loaded, the previous catalog stays: %2</source>
        <translation>%1 не загружен, прежний каталог остаётся: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="389"/>
        <source>Loaded %1 models from %2.</source>
        <translation>Загружено моделей: %1 из %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="429"/>
        <source>which action? lookup, list, set, unset or update</source>
        <translation>какое действие? lookup, list, set, unset или update</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="433"/>
        <source>lookup takes one model name</source>
        <translation>lookup принимает одно имя модели</translation>
    </message>
    <message>
        <location filename="../app/cli/qualitycommand.cpp" line="45"/>
        <source>No data-quality findings.</source>
        <translation>Замечаний о качестве данных нет.</translation>
    </message>
    <message>
        <location filename="../app/cli/qualitycommand.cpp" line="48"/>
        <source>%1 %2 to %3: %4</source>
        <translation>%1 с %2 по %3: %4</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="53"/>
        <source>Spend</source>
        <translation>Расходы</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="54"/>
        <source>Usage cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="54"/>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="55"/>
        <location filename="../app/cli/reportcommand.cpp" line="82"/>
        <source>Tokens</source>
        <translation>Токены</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="56"/>
        <source>Unpriced tokens</source>
        <translation>Токены без цены</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="69"/>
        <source>TokenLedger report: %1 to %2 (UTC days, inclusive)</source>
        <translation>Отчёт TokenLedger: с %1 по %2 (дни UTC, включительно)</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="70"/>
        <source>Usage cost (estimated + reported)</source>
        <translation>Стоимость (оценка + отчёт)</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="75"/>
        <location filename="../app/cli/reportcommand.cpp" line="81"/>
        <source>Billed by providers (cost APIs)</source>
        <translation>Выставлено провайдерами (API)</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="77"/>
        <source>Billed in %1 (not added to USD)</source>
        <translation>Выставлено в %1 (не в USD)</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="83"/>
        <source>%1 (input %2, cached %3, cache writes %4, output %5)</source>
        <translation>%1 (ввод %2, кэш %3, запись в кэш %4, вывод %5)</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="88"/>
        <source>Unpriced tokens (not in any cost)</source>
        <translation>Токены без цены (вне расходов)</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="90"/>
        <source>Price coverage</source>
        <translation>Покрытие ценами</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="91"/>
        <source>%1 % of tokens priced</source>
        <translation>%1 % токенов с ценой</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="94"/>
        <source>Unpriced models (no price known: not counted in any cost; set one with tokenledger pricing set)</source>
        <translation>Модели без цены (цена неизвестна: не входят ни в какие расходы; задайте её через tokenledger pricing set)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/reportcommand.cpp" line="99"/>
        <source>%1 (%2): %3 tokens in %n row(s)</source>
        <translation>
            <numerusform>%1 (%2): %3 токенов в %n строке</numerusform>
            <numerusform>%1 (%2): %3 токенов в %n строках</numerusform>
            <numerusform>%1 (%2): %3 токенов в %n строках</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="105"/>
        <source>%1 unpriced tokens are &quot;(unattributed)&quot;: usage the provider reported without a model name. No price can cover it; its cost comes from the provider&apos;s billed amount or cannot be estimated.</source>
        <translation>%1 токенов без цены — «(unattributed)»: использование, о котором провайдер сообщил без имени модели. Цена к нему неприменима; его стоимость берётся из счёта провайдера или не может быть оценена.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="112"/>
        <source>No usage recorded in this period. Add a provider account or import a CSV of your usage to start.</source>
        <translation>За этот период использования нет. Чтобы начать, добавьте учётную запись провайдера или импортируйте CSV с использованием.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="117"/>
        <source>By provider</source>
        <translation>По провайдерам</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="118"/>
        <source>By model</source>
        <translation>По моделям</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="119"/>
        <source>By account</source>
        <translation>По учётным записям</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="252"/>
        <source>--by &quot;%1&quot; is not one of %2</source>
        <translation>--by «%1» — не одно из: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="263"/>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 позже --to %2</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="273"/>
        <source>the manual charges could not be brought up to today (%1); the figures hold those recorded before.</source>
        <translation>ручные списания не удалось довести до сегодняшнего дня (%1); в цифрах учтены записанные ранее.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="283"/>
        <location filename="../app/cli/reportcommand.cpp" line="295"/>
        <location filename="../app/cli/reportcommand.cpp" line="301"/>
        <location filename="../app/cli/reportcommand.cpp" line="320"/>
        <location filename="../app/cli/reportcommand.cpp" line="330"/>
        <source>could not read the database: %1</source>
        <translation>не удалось прочитать базу данных: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="377"/>
        <source>Spend per UTC day, %1 to %2 (billed where billed):</source>
        <translation>Расходы по дням UTC, с %1 по %2 (выставленные, где выставлены):</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="382"/>
        <source>By %1, %2 to %3 (UTC days)</source>
        <translation>По %1, с %2 по %3 (дни UTC)</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="386"/>
        <source>Spend %1 = billed %2 + estimated %3 + manual %4 (billed wins over estimated per account and UTC day; manual entries add on top)</source>
        <translation>Расходы %1 = выставлено %2 + оценка %3 + вручную %4 (выставленное важнее оценки по учётной записи и дню UTC; ручные записи добавляются сверху)</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="391"/>
        <source>Month-end forecast %1 (%2 to %3): month to date %4 + %5 a day (mean of %6 complete UTC days) x %7 days left. Same days last month: %8.</source>
        <translation>Прогноз на конец месяца %1 (от %2 до %3): с начала месяца %4 + %5 в день (среднее за полных дней UTC: %6) x осталось дней: %7. Те же дни прошлого месяца: %8.</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="55"/>
        <source>an explicit window needs both --from and --to</source>
        <translation>для явного периода нужны и --from, и --to</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="101"/>
        <source>%1 (%2 to %3): %4</source>
        <translation>%1 (с %2 по %3): %4</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="143"/>
        <source>No accounts to sync. Add one with: tokenledger accounts add --provider openai --label Work</source>
        <translation>Нет учётных записей для синхронизации. Добавьте: tokenledger accounts add --provider openai --label Work</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/synccommand.cpp" line="161"/>
        <source>%n account(s) failed to sync: %1</source>
        <translation>
            <numerusform>Не удалось синхронизировать %n учётную запись: %1</numerusform>
            <numerusform>Не удалось синхронизировать %n учётные записи: %1</numerusform>
            <numerusform>Не удалось синхронизировать %n учётных записей: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="23"/>
        <source>name the team database with --db postgresql://USER@HOST:PORT/DBNAME</source>
        <translation>укажите командную базу данных через --db postgresql://USER@HOST:PORT/DBNAME</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="43"/>
        <source>No password is stored for %1 any more.</source>
        <translation>Пароль для %1 больше не хранится.</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="47"/>
        <source>Password for %1 (input hidden): </source>
        <translation>Пароль для %1 (ввод скрыт): </translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="50"/>
        <source>that password is longer than %1 bytes; nothing was stored</source>
        <translation>пароль длиннее %1 байт; ничего не сохранено</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="52"/>
        <source>no password was given; nothing was stored</source>
        <translation>пароль не введён; ничего не сохранено</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="56"/>
        <source>The password for %1 is in the keychain (entry %2).</source>
        <translation>Пароль для %1 сохранён в связке ключей (запись %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="66"/>
        <source>Connected to %1.</source>
        <translation>Подключено к %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="98"/>
        <source>db copy needs --from and --to (an SQLite file or a postgresql:// URL)</source>
        <translation>для db copy нужны --from и --to (файл SQLite или URL postgresql://)</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="100"/>
        <source>one of --from and --to must be a postgresql:// URL (copy a file with cp)</source>
        <translation>одно из --from и --to должно быть URL postgresql:// (файл копируйте через cp)</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="102"/>
        <source>one of --from and --to must be an SQLite file (between two servers, use pg_dump)</source>
        <translation>одно из --from и --to должно быть файлом SQLite (между двумя серверами используйте pg_dump)</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="112"/>
        <source>%1 already holds a ledger; nothing was copied. Add --replace to empty it first.</source>
        <translation>%1 уже содержит журнал; ничего не скопировано. Добавьте --replace, чтобы сначала очистить его.</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="115"/>
        <source>nothing was copied: %1</source>
        <translation>ничего не скопировано: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="119"/>
        <source>%1 rows</source>
        <translation>строк: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="124"/>
        <source>Copied %1 rows in %2 tables from %3 to %4; every table&apos;s rows and sums match.</source>
        <translation>Скопировано строк: %1, таблиц: %2, из %3 в %4; строки и суммы каждой таблицы совпадают.</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="156"/>
        <source>unknown action &quot;%1&quot;: password, forget-password or copy</source>
        <translation>неизвестное действие «%1»: password, forget-password или copy</translation>
    </message>
</context>
</TS>
