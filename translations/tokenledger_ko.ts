<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="32"/>
        <source>Open Folder</source>
        <translation>폴더 열기</translation>
    </message>
</context>
<context>
    <name>tl::AboutDialog</name>
    <message>
        <location filename="../ui/about/aboutdialog.cpp" line="17"/>
        <source>About TokenLedger</source>
        <translation>TokenLedger 정보</translation>
    </message>
    <message>
        <location filename="../ui/about/aboutdialog.cpp" line="25"/>
        <source>See what you spend on LLM APIs, where it goes and where it is heading. Numbers come only from your providers and your own files.</source>
        <translation>LLM API에 얼마를 쓰는지, 어디에 쓰이는지, 앞으로 어떻게 될지 확인하세요. 모든 수치는 제공업체와 사용자 자신의 파일에서만 가져옵니다.</translation>
    </message>
    <message>
        <location filename="../ui/about/aboutdialog.cpp" line="33"/>
        <source>&lt;p&gt;&lt;b&gt;TokenLedger&lt;/b&gt; is free software under the GNU General Public License, version 3 or later. It comes with no warranty.&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Qt %1&lt;/b&gt; (Core, Gui, Widgets, Network, Sql, Svg): GNU LGPL v3.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Qt Charts&lt;/b&gt;: GNU GPL v3.&lt;/li&gt;&lt;li&gt;&lt;b&gt;QtKeychain&lt;/b&gt;: BSD 3-Clause licence.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SQLite&lt;/b&gt;: public domain.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OpenSSL&lt;/b&gt; (loaded at run time for HTTPS): Apache License 2.0.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Model prices come from &lt;b&gt;genai-prices&lt;/b&gt; by Pydantic Services Inc. (MIT licence; Copyright (c) Pydantic Services Inc. 2025 to present). Prices are a best-effort estimate; amounts your providers bill always win over prices computed from them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;TokenLedger&lt;/b&gt;는 GNU 일반 공중 사용 허가서(GPL) 버전 3 이상에 따라 배포되는 자유 소프트웨어입니다. 어떠한 보증도 제공하지 않습니다.&lt;/p&gt;&lt;p&gt;사용된 구성 요소:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Qt %1&lt;/b&gt; (Core, Gui, Widgets, Network, Sql, Svg): GNU LGPL v3.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Qt Charts&lt;/b&gt;: GNU GPL v3.&lt;/li&gt;&lt;li&gt;&lt;b&gt;QtKeychain&lt;/b&gt;: BSD 3-Clause 라이선스.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SQLite&lt;/b&gt;: 퍼블릭 도메인.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OpenSSL&lt;/b&gt; (HTTPS용으로 실행 시 로드): Apache License 2.0.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;모델 가격은 Pydantic Services Inc.의 &lt;b&gt;genai-prices&lt;/b&gt;에서 가져옵니다(MIT 라이선스; Copyright (c) Pydantic Services Inc. 2025 to present). 가격은 최선의 추정치이며, 제공업체가 청구한 금액이 항상 가격으로 계산한 금액보다 우선합니다.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tl::AccountDialog</name>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="33"/>
        <source>Include this account in syncs</source>
        <translation>이 계정을 동기화에 포함</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="34"/>
        <source>Send the key over unencrypted http</source>
        <translation>암호화되지 않은 http로 키 전송</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="40"/>
        <source>Add Account</source>
        <translation>계정 추가</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="47"/>
        <source>e.g. Work organisation</source>
        <translation>예: 회사 조직</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="49"/>
        <source>optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="51"/>
        <source>Leave empty for the provider&apos;s own address (shown greyed); set it for a gateway, proxy or regional endpoint.</source>
        <translation>비워 두면 제공업체의 기본 주소(회색으로 표시)를 사용합니다. 게이트웨이, 프록시 또는 지역 엔드포인트를 쓸 때 입력하세요.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="55"/>
        <source>stored only in your system keychain</source>
        <translation>시스템 키체인에만 저장됨</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="71"/>
        <source>Provider:</source>
        <translation>제공업체:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="72"/>
        <source>Label:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="73"/>
        <source>API key:</source>
        <translation>API 키:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="75"/>
        <source>Organisation / team:</source>
        <translation>조직 / 팀:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="76"/>
        <source>Base URL:</source>
        <translation>기본 URL:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="97"/>
        <source>Edit Account</source>
        <translation>계정 편집</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="105"/>
        <source>leave empty to keep the stored key</source>
        <translation>저장된 키를 유지하려면 비워 두세요</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="135"/>
        <location filename="../ui/accounts/accountdialog.cpp" line="267"/>
        <source>Give the account a label.</source>
        <translation>계정 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="146"/>
        <source>Paste the API key: without it TokenLedger cannot read anything from %1.</source>
        <translation>API 키를 붙여 넣으세요. 키가 없으면 TokenLedger가 %1에서 아무것도 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="155"/>
        <source>The base URL must be an http(s) address.</source>
        <translation>기본 URL은 http(s) 주소여야 합니다.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="157"/>
        <source>This base URL is plain http to another machine: the key would cross the network unencrypted, readable by anyone on the way. Use https, or tick &quot;Send the key over unencrypted http&quot;.</source>
        <translation>이 기본 URL은 다른 컴퓨터로 향하는 일반 http 주소입니다. 키가 암호화되지 않은 채 네트워크를 지나가므로 경로상의 누구나 읽을 수 있습니다. https를 사용하거나 &quot;암호화되지 않은 http로 키 전송&quot;을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="169"/>
        <source>not used: this account has no API</source>
        <translation>사용 안 함: 이 계정에는 API가 없습니다</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="204"/>
        <source>Testing the connection…</source>
        <translation>연결을 테스트하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="234"/>
        <location filename="../ui/accounts/accountdialog.cpp" line="240"/>
        <source>The connection test failed: %1</source>
        <translation>연결 테스트에 실패했습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="239"/>
        <source>Connection Test Failed</source>
        <translation>연결 테스트 실패</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="242"/>
        <source>Save the account anyway? Its syncs will fail with this message until the key or the address is fixed.</source>
        <translation>그래도 계정을 저장하시겠습니까? 키나 주소를 고칠 때까지 이 계정의 동기화는 이 메시지와 함께 실패합니다.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="244"/>
        <source>Keep Editing</source>
        <translation>계속 편집</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountdialog.cpp" line="246"/>
        <source>Save Anyway</source>
        <translation>그래도 저장</translation>
    </message>
</context>
<context>
    <name>tl::AccountsPage</name>
    <message>
        <location filename="../ui/accounts/accountcells.cpp" line="21"/>
        <source>Disabled</source>
        <translation>비활성화됨</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/accounts/accountcells.cpp" line="25"/>
        <source>Failing (%n time(s) in a row): %1</source>
        <translation>
            <numerusform>실패 (%n회 연속): %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountcells.cpp" line="28"/>
        <source>Not synced yet</source>
        <translation>아직 동기화 안 됨</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountcells.cpp" line="29"/>
        <source>OK</source>
        <translation>정상</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountcells.cpp" line="40"/>
        <source>key limit left</source>
        <translation>남은 키 한도</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountcells.cpp" line="41"/>
        <source>credits left</source>
        <translation>남은 크레딧</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountcells.cpp" line="42"/>
        <source>balance</source>
        <translation>잔액</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountcells.cpp" line="56"/>
        <source>no folder</source>
        <translation>폴더 없음</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountcells.cpp" line="57"/>
        <source>Local logs: %1 · subscription</source>
        <translation>로컬 로그: %1 · 구독</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountcells.cpp" line="58"/>
        <source>Local logs: %1 · API key</source>
        <translation>로컬 로그: %1 · API 키</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountcells.cpp" line="60"/>
        <source>Provider API</source>
        <translation>제공업체 API</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountcells.cpp" line="61"/>
        <source>Imports and manual entries</source>
        <translation>가져오기 및 수동 항목</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountcells.cpp" line="71"/>
        <source>Read from the logs in:
%1

%2</source>
        <translation>다음 위치의 로그에서 읽음:
%1

%2</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountcells.cpp" line="73"/>
        <source>Paid by a subscription: usage is shown as its value at API prices, never added to spend.</source>
        <translation>구독으로 결제: 사용량은 API 가격 기준 가치로 표시되며 지출에는 합산되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountcells.cpp" line="75"/>
        <source>Paid by API key: usage is estimated spend.</source>
        <translation>API 키로 결제: 사용량은 추정 지출입니다.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="52"/>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="53"/>
        <source>Remove…</source>
        <translation>제거…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="54"/>
        <location filename="../ui/accounts/accountspage.cpp" line="226"/>
        <source>Test Connection</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="55"/>
        <source>Sync This Account</source>
        <translation>이 계정 동기화</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="59"/>
        <source>No provider accounts yet</source>
        <translation>아직 제공업체 계정이 없습니다</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="60"/>
        <source>Add a provider account to start syncing: OpenAI, Anthropic, OpenRouter, DeepSeek, xAI, Google Gemini, Groq, Perplexity or Mistral. Keys are kept only in your system keychain, never in TokenLedger&apos;s files. Or follow the coding agents on this computer (Claude Code, Codex CLI, Gemini CLI) from their local logs, with no key.</source>
        <translation>동기화를 시작하려면 제공업체 계정을 추가하세요: OpenAI, Anthropic, OpenRouter, DeepSeek, xAI, Google Gemini, Groq, Perplexity 또는 Mistral. 키는 시스템 키체인에만 보관되며 TokenLedger의 파일에는 절대 저장되지 않습니다. 또는 이 컴퓨터의 코딩 에이전트(Claude Code, Codex CLI, Gemini CLI)를 키 없이 로컬 로그로 추적할 수도 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="67"/>
        <source>Add an Account…</source>
        <translation>계정 추가…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="68"/>
        <source>Add a Coding Agent…</source>
        <translation>코딩 에이전트 추가…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="74"/>
        <source>Add Account…</source>
        <translation>계정 추가…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="76"/>
        <source>Add Coding Agent…</source>
        <translation>코딩 에이전트 추가…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="78"/>
        <source>Claude Code, Codex CLI or Gemini CLI: usage from the logs they keep on this computer</source>
        <translation>Claude Code, Codex CLI 또는 Gemini CLI: 이 컴퓨터에 남긴 로그에서 읽은 사용량</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="86"/>
        <source>Provider</source>
        <translation>제공업체</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="86"/>
        <source>Label</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="86"/>
        <source>Source</source>
        <translation>소스</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="86"/>
        <source>Synced by</source>
        <translation>동기화 주체</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="86"/>
        <source>Last synced</source>
        <translation>마지막 동기화</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="87"/>
        <source>Health</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="87"/>
        <source>Balance / credits</source>
        <translation>잔액 / 크레딧</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="89"/>
        <source>Whether this desktop can sync the account: keys stay in each person&apos;s own keychain</source>
        <translation>이 데스크톱이 계정을 동기화할 수 있는지 여부: 키는 각자의 키체인에만 보관됩니다</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="176"/>
        <source>The accounts could not be read: %1</source>
        <translation>계정을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="192"/>
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="226"/>
        <source>Check Folders</source>
        <translation>폴더 확인</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="227"/>
        <source>Checks that the account&apos;s folders exist and counts the log files in them</source>
        <translation>계정의 폴더가 있는지 확인하고 그 안의 로그 파일 수를 셉니다</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="264"/>
        <source>Remove &quot;%1&quot;? Its logs stay where they are; TokenLedger stops reading them. Keep its usage in your totals, or delete it too?</source>
        <translation>&quot;%1&quot;을(를) 제거하시겠습니까? 로그는 그대로 남지만 TokenLedger는 더 이상 읽지 않습니다. 사용량을 합계에 유지하시겠습니까, 아니면 함께 삭제하시겠습니까?</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="266"/>
        <source>Remove &quot;%1&quot;? Its key is deleted from the keychain. Keep its usage and costs in your totals, or delete them too?</source>
        <translation>&quot;%1&quot;을(를) 제거하시겠습니까? 키는 키체인에서 삭제됩니다. 사용량과 비용을 합계에 유지하시겠습니까, 아니면 함께 삭제하시겠습니까?</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="268"/>
        <source>Remove Account</source>
        <translation>계정 제거</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="270"/>
        <source>Remove, Keep History</source>
        <translation>제거하고 기록 유지</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="271"/>
        <source>Remove and Delete History</source>
        <translation>제거하고 기록 삭제</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="288"/>
        <source>The account was not added: its key could not be stored. %1</source>
        <translation>계정을 추가하지 않았습니다: 키를 저장할 수 없습니다. %1</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="289"/>
        <source>The account was not changed: its key could not be stored. %1</source>
        <translation>계정을 변경하지 않았습니다: 키를 저장할 수 없습니다. %1</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="291"/>
        <source>Key Not Stored</source>
        <translation>키가 저장되지 않음</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="322"/>
        <location filename="../ui/accounts/accountspageagents.cpp" line="110"/>
        <source>The account was not saved: %1</source>
        <translation>계정을 저장하지 않았습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="327"/>
        <source>Account saved; its key is in your system keychain.</source>
        <translation>계정을 저장했습니다. 키는 시스템 키체인에 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="327"/>
        <location filename="../ui/accounts/accountspageagents.cpp" line="115"/>
        <source>Account saved.</source>
        <translation>계정을 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="347"/>
        <source>The key of &quot;%1&quot; could not be deleted from your system keychain: %2</source>
        <translation>시스템 키체인에서 &quot;%1&quot;의 키를 삭제할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="351"/>
        <source>Key Not Deleted</source>
        <translation>키가 삭제되지 않음</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="353"/>
        <source>Remove the account anyway? Its key then stays in the keychain as &quot;%1&quot; until you delete it there.</source>
        <translation>그래도 계정을 제거하시겠습니까? 키는 직접 삭제할 때까지 키체인에 &quot;%1&quot;(으)로 남아 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="358"/>
        <source>Remove Anyway</source>
        <translation>그래도 제거</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="363"/>
        <source>The account was not removed.</source>
        <translation>계정을 제거하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="382"/>
        <source>Account removed; its history stays in your totals.</source>
        <translation>계정을 제거했습니다. 기록은 합계에 남아 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="383"/>
        <source>Account and its history removed.</source>
        <translation>계정과 기록을 제거했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="384"/>
        <source>The account was not removed: %1</source>
        <translation>계정을 제거하지 않았습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="386"/>
        <source>Its key is still in your keychain as &quot;%1&quot;.</source>
        <translation>키는 아직 키체인에 &quot;%1&quot;(으)로 남아 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspage.cpp" line="404"/>
        <source>Testing the connection to %1…</source>
        <translation>%1에 대한 연결을 테스트하는 중…</translation>
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
        <translation>%1: 연결 테스트에 실패했습니다: %2</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspageagents.cpp" line="22"/>
        <source>Looking for coding-agent logs on this computer…</source>
        <translation>이 컴퓨터에서 코딩 에이전트 로그를 찾는 중…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspageagents.cpp" line="78"/>
        <source>Not every coding agent was added: %1</source>
        <translation>일부 코딩 에이전트를 추가하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspageagents.cpp" line="82"/>
        <source>Added %1; reading the logs now…</source>
        <translation>%1을(를) 추가했습니다. 지금 로그를 읽는 중…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspageagents.cpp" line="124"/>
        <source>Checking the folders of %1…</source>
        <translation>%1의 폴더를 확인하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspageagents.cpp" line="147"/>
        <source>%1 has no folder to read: add one with Edit.</source>
        <translation>%1에 읽을 폴더가 없습니다. 편집에서 폴더를 추가하세요.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspageagents.cpp" line="149"/>
        <source>%1: the folder %2 does not exist (any more).</source>
        <translation>%1: %2 폴더가 (더 이상) 존재하지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/accounts/accountspageagents.cpp" line="152"/>
        <source>%1: %2 exists and holds %n log file(s).</source>
        <translation>
            <numerusform>%1: %2이(가) 있으며 로그 파일 %n개가 들어 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/accounts/accountspagereach.cpp" line="60"/>
        <source>To sync it from this desktop, add its key (Edit…), or set %1 for a headless sync.</source>
        <translation>이 데스크톱에서 동기화하려면 키를 추가하거나(편집…) 창 없는 동기화를 위해 %1을(를) 설정하세요.</translation>
    </message>
</context>
<context>
    <name>tl::AgentAccountDialog</name>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="27"/>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="28"/>
        <source>Subscription</source>
        <translation>구독</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="29"/>
        <source>API key</source>
        <translation>API 키</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="31"/>
        <source>Include this account in syncs</source>
        <translation>이 계정을 동기화에 포함</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="37"/>
        <source>Edit %1 Account</source>
        <translation>%1 계정 편집</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="43"/>
        <source>Add Folder…</source>
        <translation>폴더 추가…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="68"/>
        <source>Every log file under these folders is read; double-click a folder to type its path.</source>
        <translation>이 폴더 아래의 모든 로그 파일을 읽습니다. 경로를 직접 입력하려면 폴더를 더블클릭하세요.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="75"/>
        <source>Label:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="76"/>
        <source>Log folders:</source>
        <translation>로그 폴더:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="78"/>
        <source>Paid by:</source>
        <translation>결제 방식:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="112"/>
        <source>Choose the Agent&apos;s Log Folder</source>
        <translation>에이전트의 로그 폴더 선택</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="142"/>
        <source>Give the account a label.</source>
        <translation>계정 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="144"/>
        <source>Add the folder the agent keeps its logs in.</source>
        <translation>에이전트가 로그를 보관하는 폴더를 추가하세요.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="147"/>
        <source>&quot;%1&quot; is not a folder.</source>
        <translation>&quot;%1&quot;은(는) 폴더가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="156"/>
        <source>Usage is shown as its value at API prices, never added to spend. Add the monthly fee as a manual entry.</source>
        <translation>사용량은 API 가격 기준 가치로 표시되며 지출에는 합산되지 않습니다. 월 요금은 수동 항목으로 추가하세요.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentaccountdialog.cpp" line="158"/>
        <source>Usage is estimated spend at API prices.</source>
        <translation>사용량은 API 가격 기준 추정 지출입니다.</translation>
    </message>
</context>
<context>
    <name>tl::AgentBreakdownView</name>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="56"/>
        <source>(none recorded)</source>
        <translation>(기록 없음)</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="122"/>
        <source>By project</source>
        <translation>프로젝트별</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="123"/>
        <source>By git branch</source>
        <translation>Git 브랜치별</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="124"/>
        <source>By session</source>
        <translation>세션별</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="125"/>
        <source>By model</source>
        <translation>모델별</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="126"/>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="290"/>
        <source>All coding agents</source>
        <translation>모든 코딩 에이전트</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="127"/>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="294"/>
        <source>Any project</source>
        <translation>모든 프로젝트</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="128"/>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="295"/>
        <source>Any branch</source>
        <translation>모든 브랜치</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="129"/>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="296"/>
        <source>Any session</source>
        <translation>모든 세션</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="130"/>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="297"/>
        <source>Any model</source>
        <translation>모든 모델</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="134"/>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="136"/>
        <source>to (UTC days)</source>
        <translation>종료 (UTC 기준 일)</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="144"/>
        <source>Reset filters</source>
        <translation>필터 초기화</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="157"/>
        <source>Each request is priced on its own UTC day at API prices, long-context requests wholly at the long-context price. Spend is what API-key agents cost; a subscription&apos;s usage is value, never spend; requests another synced account already bills are shown apart and not counted twice.</source>
        <translation>각 요청은 해당 UTC 날짜의 API 가격으로 계산되며, 긴 컨텍스트 요청은 전체가 긴 컨텍스트 가격으로 계산됩니다. 지출은 API 키 에이전트의 비용입니다. 구독의 사용량은 가치일 뿐 지출이 아닙니다. 이미 동기화된 다른 계정에서 청구하는 요청은 따로 표시하며 이중으로 계산하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="275"/>
        <source>The coding agents&apos; usage could not be read: %1</source>
        <translation>코딩 에이전트의 사용량을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="306"/>
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="309"/>
        <source>Git branch</source>
        <translation>Git 브랜치</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="312"/>
        <source>Session</source>
        <translation>세션</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="315"/>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="320"/>
        <source>Spend (API key)</source>
        <translation>지출 (API 키)</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="320"/>
        <source>In another bill</source>
        <translation>다른 청구서에 포함</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="321"/>
        <source>Value (subscription)</source>
        <translation>가치 (구독)</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="321"/>
        <source>Requests</source>
        <translation>요청</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="321"/>
        <source>Unpriced</source>
        <translation>가격 없음</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="321"/>
        <source>Tokens</source>
        <translation>토큰</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="322"/>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="322"/>
        <source>Cache read</source>
        <translation>캐시 읽기</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="322"/>
        <source>Cache write</source>
        <translation>캐시 쓰기</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="322"/>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="323"/>
        <source>First request (UTC)</source>
        <translation>첫 요청 (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="323"/>
        <source>Last request (UTC)</source>
        <translation>마지막 요청 (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="323"/>
        <source>Accounts</source>
        <translation>계정</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="341"/>
        <source>No coding-agent accounts yet. Add one under Accounts (Claude Code, Codex CLI or Gemini CLI read from their local logs), or run tokenledger agents import.</source>
        <translation>아직 코딩 에이전트 계정이 없습니다. 계정에서 추가하거나(Claude Code, Codex CLI 또는 Gemini CLI를 로컬 로그에서 읽음) tokenledger agents import를 실행하세요.</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="346"/>
        <source>No coding-agent requests match in %1 – %2 (UTC).</source>
        <translation>%1 – %2 (UTC) 기간에 일치하는 코딩 에이전트 요청이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="351"/>
        <source>Total: spend %1</source>
        <translation>합계: 지출 %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="353"/>
        <source>in another account&apos;s bill %1</source>
        <translation>다른 계정 청구서에 포함 %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="354"/>
        <source>subscription value %1 (not spend)</source>
        <translation>구독 가치 %1 (지출 아님)</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="355"/>
        <source>%1 requests, %2 tokens</source>
        <translation>요청 %1건, 토큰 %2개</translation>
    </message>
    <message>
        <location filename="../ui/usage/agentbreakdownview.cpp" line="357"/>
        <source>%1 requests unpriced (no price for their model; in no amount)</source>
        <translation>가격 없는 요청 %1건 (해당 모델의 가격 없음, 금액에 미포함)</translation>
    </message>
</context>
<context>
    <name>tl::AgentSourcesDialog</name>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="85"/>
        <source>Add Coding Agent</source>
        <translation>코딩 에이전트 추가</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="87"/>
        <source>TokenLedger can show what your coding agents use, from the logs they keep on this computer. Tick the agents to follow: nothing is read until you choose Add, and no API key is needed.</source>
        <translation>TokenLedger는 코딩 에이전트가 이 컴퓨터에 남긴 로그를 바탕으로 사용량을 보여 줄 수 있습니다. 추적할 에이전트를 선택하세요. 추가를 누르기 전에는 아무것도 읽지 않으며 API 키도 필요 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="101"/>
        <source>No coding-agent logs were found on this computer. TokenLedger looked in %1: the folders the agents use (or CLAUDE_CONFIG_DIR, CODEX_HOME and GEMINI_DATA_DIR when they are set). If an agent keeps its logs elsewhere, tick it and choose its folder by hand.</source>
        <translation>이 컴퓨터에서 코딩 에이전트 로그를 찾지 못했습니다. TokenLedger는 %1에서 찾았습니다: 에이전트가 사용하는 폴더(설정된 경우 CLAUDE_CONFIG_DIR, CODEX_HOME, GEMINI_DATA_DIR)입니다. 에이전트가 다른 곳에 로그를 보관한다면 선택한 뒤 폴더를 직접 지정하세요.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="120"/>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="145"/>
        <source>Already followed as &quot;%1&quot;: change its folders or billing with Edit on the Accounts page.</source>
        <translation>이미 &quot;%1&quot;(으)로 추적 중입니다. 폴더나 결제 방식은 계정 페이지의 편집에서 변경하세요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="148"/>
        <source>Found %n log file(s) in %1.</source>
        <translation>
            <numerusform>%1에서 로그 파일 %n개를 찾았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="150"/>
        <source>No logs found in %1. Choose its folder by hand if it keeps them elsewhere.</source>
        <translation>%1에서 로그를 찾지 못했습니다. 다른 곳에 보관한다면 폴더를 직접 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="161"/>
        <source>Subscription</source>
        <translation>구독</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="163"/>
        <source>API key</source>
        <translation>API 키</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="169"/>
        <source>Paid by:</source>
        <translation>결제 방식:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="179"/>
        <source>Usage is shown as its value at API prices, never added to spend. Add the monthly fee as a manual entry.</source>
        <translation>사용량은 API 가격 기준 가치로 표시되며 지출에는 합산되지 않습니다. 월 요금은 수동 항목으로 추가하세요.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="181"/>
        <source>Usage is estimated spend at API prices.</source>
        <translation>사용량은 API 가격 기준 추정 지출입니다.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="203"/>
        <source>the folder holding its logs, e.g. %1</source>
        <translation>로그가 있는 폴더, 예: %1</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="204"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="206"/>
        <source>Folder:</source>
        <translation>폴더:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="213"/>
        <source>Choose the Agent&apos;s Log Folder</source>
        <translation>에이전트의 로그 폴더 선택</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="245"/>
        <source>Tick at least one agent to follow.</source>
        <translation>추적할 에이전트를 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="248"/>
        <source>Choose the folder %1 keeps its logs in.</source>
        <translation>%1이(가) 로그를 보관하는 폴더를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/agentsourcesdialog.cpp" line="251"/>
        <source>%1: &quot;%2&quot; is not a folder.</source>
        <translation>%1: &quot;%2&quot;은(는) 폴더가 아닙니다.</translation>
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
        <translation>지출 (API 키)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agenttopgroups.cpp" line="81"/>
        <source>Value (subscription)</source>
        <translation>가치 (구독)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agenttopgroups.cpp" line="81"/>
        <source>Requests</source>
        <translation>요청</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agenttopgroups.cpp" line="83"/>
        <source>(none recorded)</source>
        <translation>(기록 없음)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agenttopgroups.cpp" line="97"/>
        <source>… %1 more in Usage → Coding agents</source>
        <translation>… 사용량 → 코딩 에이전트에 %1개 더 있음</translation>
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
        <translation>이 컴퓨터의 %1</translation>
    </message>
</context>
<context>
    <name>tl::AgentsPanel</name>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="112"/>
        <source>5-hour window</source>
        <translation>5시간 구간</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="114"/>
        <source>Weekly window</source>
        <translation>주간 구간</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="115"/>
        <source>%1-minute window</source>
        <translation>%1분 구간</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="178"/>
        <source>%1: 5-h window ended</source>
        <translation>%1: 5시간 구간 종료됨</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="180"/>
        <source>%1: 5-h window %2 % used, %3</source>
        <translation>%1: 5시간 구간 %2 % 사용, %3</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="184"/>
        <source>%1: 5-h window %2 % of your peak, %3</source>
        <translation>%1: 5시간 구간이 최고치의 %2 %, %3</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="187"/>
        <source>%1: 5-h window active (no earlier window to compare), %2</source>
        <translation>%1: 5시간 구간 진행 중 (비교할 이전 구간 없음), %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="203"/>
        <source>Coding agents this month</source>
        <translation>이번 달 코딩 에이전트</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="266"/>
        <source>By project</source>
        <translation>프로젝트별</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="266"/>
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="268"/>
        <source>By git branch</source>
        <translation>Git 브랜치별</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="268"/>
        <source>Git branch</source>
        <translation>Git 브랜치</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="225"/>
        <source>The coding agents could not be read: %1</source>
        <translation>코딩 에이전트를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="238"/>
        <source>API-key agents: %1 estimated spend, included in month to date above.</source>
        <translation>API 키 에이전트: 추정 지출 %1, 위의 이번 달 누계에 포함됨.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="241"/>
        <source>Subscriptions: %1 of usage at API prices for %2 in fees — the value is not spend; only the fees are.</source>
        <translation>구독: 요금 %2에 대해 API 가격 기준 %1어치 사용 — 이 가치는 지출이 아니며 요금만 지출입니다.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="245"/>
        <source>No coding-agent usage this month yet.</source>
        <translation>이번 달에는 아직 코딩 에이전트 사용량이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="258"/>
        <source>This month&apos;s projects and branches could not be read: %1</source>
        <translation>이번 달의 프로젝트와 브랜치를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="292"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="292"/>
        <source>subscription</source>
        <translation>구독</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="292"/>
        <source>API key</source>
        <translation>API 키</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="299"/>
        <source>value at API prices (subscription) — not spend</source>
        <translation>API 가격 기준 가치 (구독) — 지출 아님</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="300"/>
        <source>spend (API key), estimated from tokens × prices</source>
        <translation>지출 (API 키), 토큰 × 가격으로 추정</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="305"/>
        <source>another account</source>
        <translation>다른 계정</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="306"/>
        <source>In %1&apos;s bill, not counted twice.</source>
        <translation>%1의 청구서에 포함되어 있으며 이중으로 계산하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="312"/>
        <source>No fee entered this month: add the plan&apos;s monthly fee as a manual entry (Usage → Manual entries) to see what it returned.</source>
        <translation>이번 달에 입력된 요금이 없습니다. 얼마만큼의 가치를 얻었는지 보려면 요금제의 월 요금을 수동 항목(사용량 → 수동 항목)으로 추가하세요.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="317"/>
        <source>Fee %1 · returned %2 its fee</source>
        <translation>요금 %1 · 요금 대비 %2 회수</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="319"/>
        <source>Fee %1</source>
        <translation>요금 %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="324"/>
        <source>%1 requests · %2 tokens</source>
        <translation>요청 %1건 · 토큰 %2개</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="327"/>
        <source>· %1 unpriced requests not in the amount</source>
        <translation>· 가격 없는 요청 %1건은 금액에 미포함</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="342"/>
        <source>No active 5-hour window</source>
        <translation>진행 중인 5시간 구간 없음</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="344"/>
        <source>The next request starts one. Highest earlier window (last 30 days): %1 tokens.</source>
        <translation>다음 요청부터 새 구간이 시작됩니다. 이전 최고 구간(최근 30일): 토큰 %1개.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="347"/>
        <source>The next request starts one.</source>
        <translation>다음 요청부터 새 구간이 시작됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="352"/>
        <source>5-hour window %1–%2 %3</source>
        <translation>5시간 구간 %1–%2 %3</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="356"/>
        <source>%1 tokens · %2 % of your peak (%3)</source>
        <translation>토큰 %1개 · 최고치(%3)의 %2 %</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="364"/>
        <source>%1 tokens so far; no earlier window in the last 30 days to compare with.</source>
        <translation>지금까지 토큰 %1개. 최근 30일 동안 비교할 이전 구간이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="367"/>
        <source>Burning %1 tokens/min (%2/h at API prices); projected %3 tokens (%4) at %5 %6.</source>
        <translation>분당 토큰 %1개 소모 (API 가격 기준 시간당 %2). %5 %6에 토큰 %3개(%4) 예상.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="374"/>
        <source>Too early for a burn rate.</source>
        <translation>소모 속도를 계산하기에는 너무 이릅니다.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="378"/>
        <source>This window&apos;s figures are too large to add up.</source>
        <translation>이 구간의 수치가 너무 커서 합산할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="384"/>
        <source>Codex&apos;s own limits</source>
        <translation>Codex 자체 한도</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="388"/>
        <source>Codex has not logged its rate limits yet.</source>
        <translation>Codex가 아직 속도 한도를 기록하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="397"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="410"/>
        <source>As Codex logged it at %1.</source>
        <translation>Codex가 %1에 기록한 값입니다.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="411"/>
        <source>As Codex logged it at %1 (plan: %2).</source>
        <translation>Codex가 %1에 기록한 값입니다 (요금제: %2).</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="416"/>
        <source>%1 logs no usage windows.</source>
        <translation>%1은(는) 사용량 구간을 기록하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/agentspanel.cpp" line="421"/>
        <source>Last request %1</source>
        <translation>마지막 요청 %1</translation>
    </message>
</context>
<context>
    <name>tl::AlertText</name>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="38"/>
        <source>Budget “%1” is used up</source>
        <translation>예산 “%1” 소진</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="39"/>
        <source>Budget “%1” at %2 %</source>
        <translation>예산 “%1” %2 % 도달</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="44"/>
        <source>more than %1</source>
        <extracomment>the share of a budget spent, when it does not fit in 64 bits (a budget of a few nano-dollars)</extracomment>
        <translation>%1 초과</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="45"/>
        <source>, %1 over</source>
        <translation>, %1 초과</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="47"/>
        <source>%1 spent of %2 this month (UTC), %3 % of the budget%4. At the current rate the month ends at %5. Open the dashboard to see which provider and model drive it, or raise the budget.</source>
        <extracomment>%4 is empty or &quot;, $5.00 over&quot;</extracomment>
        <translation>이번 달(UTC) %2 중 %1 지출, 예산의 %3 %%4. 현재 속도라면 월말에 %5이(가) 됩니다. 어떤 제공업체와 모델이 원인인지 대시보드에서 확인하거나 예산을 늘리세요.</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="57"/>
        <source>“%1” is heading over budget</source>
        <translation>“%1” 예산 초과 예상</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="58"/>
        <source>At the current rate this month ends at %1 (range %2 – %3), over the %4 budget; %5 spent so far. Slow down the biggest spender on the dashboard, or raise the budget.</source>
        <translation>현재 속도라면 이번 달은 %1(범위 %2 – %3)로 끝나 예산 %4을(를) 초과합니다. 지금까지 %5 지출. 대시보드에서 가장 많이 쓰는 항목을 줄이거나 예산을 늘리세요.</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="68"/>
        <source>Spending spike on %1</source>
        <translation>%1 지출 급증</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="69"/>
        <source>%1 (UTC): %2, against a usual %3 a day (median of the %4 days before). Check that day on the Usage page: a runaway job or a leaked key looks like this.</source>
        <translation>%1 (UTC): %2, 평소 하루 %3 대비 (이전 %4일 중앙값). 사용량 페이지에서 해당 날짜를 확인하세요. 폭주한 작업이나 유출된 키가 이런 모습을 보입니다.</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="78"/>
        <source>Sync failing for %1</source>
        <translation>%1 동기화 실패 중</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="80"/>
        <source>no message</source>
        <translation>메시지 없음</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="81"/>
        <source>The last %1 syncs failed (%2). This account&apos;s figures may be out of date: check its key on the Accounts page and Sync History for details.</source>
        <translation>최근 %1번의 동기화가 실패했습니다(%2). 이 계정의 수치가 최신이 아닐 수 있습니다. 계정 페이지에서 키를 확인하고 자세한 내용은 동기화 기록을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="90"/>
        <source>Low balance on %1</source>
        <translation>%1 잔액 부족</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="101"/>
        <source>%1 %2 left (%3). Top up with the provider before requests start failing.</source>
        <extracomment>%1 amount, %2 currency code, %3 the provider&apos;s kind of balance (such as credits_remaining)</extracomment>
        <translation>%1 %2 남음 (%3). 요청이 실패하기 전에 제공업체에서 충전하세요.</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="110"/>
        <source>No price for %1</source>
        <translation>%1 가격 없음</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="111"/>
        <source>%1 tokens of %2 (%3) are in no money total because no price is known. Add a price on the Pricing page or update the price catalog.</source>
        <translation>가격을 알 수 없어 %2(%3)의 토큰 %1개가 어떤 금액 합계에도 포함되지 않았습니다. 가격 페이지에서 가격을 추가하거나 가격 카탈로그를 업데이트하세요.</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="120"/>
        <source>%1: this 5-hour window is running hot</source>
        <translation>%1: 이번 5시간 구간의 사용량이 많습니다</translation>
    </message>
    <message>
        <location filename="../core/alerts/alerttext.cpp" line="124"/>
        <source>At the current pace the window that started %1 UTC ends at %2 tokens, %3 % of your highest earlier window (%4 tokens); it %5. Your alert is set at %6 %.</source>
        <extracomment>%5 is &quot;resets in 2 h 10 min&quot; or &quot;resets now&quot;</extracomment>
        <translation>현재 속도라면 %1 UTC에 시작된 구간은 토큰 %2개로 끝나며, 이는 이전 최고 구간(토큰 %4개)의 %3 %입니다(%5). 알림 기준은 %6 %입니다.</translation>
    </message>
</context>
<context>
    <name>tl::BudgetDialog</name>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="26"/>
        <source>Watch this budget</source>
        <translation>이 예산 감시</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="30"/>
        <source>Budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="33"/>
        <source>e.g. Team total</source>
        <translation>예: 팀 전체</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="35"/>
        <source>Everything</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="36"/>
        <source>One provider</source>
        <translation>제공업체 하나</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="37"/>
        <source>One account</source>
        <translation>계정 하나</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="41"/>
        <source>e.g. 500 or %1</source>
        <translation>예: 500 또는 %1</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="43"/>
        <source>Percentages of the budget at which TokenLedger alerts you, separated by commas.</source>
        <translation>TokenLedger가 알림을 보낼 예산 대비 비율(%)을 쉼표로 구분해 입력합니다.</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="54"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="55"/>
        <source>Covers</source>
        <translation>적용 대상</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="57"/>
        <source>Monthly amount (USD)</source>
        <translation>월 금액 (USD)</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="58"/>
        <source>Alert at (% of the amount)</source>
        <translation>알림 기준 (금액 대비 %)</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="60"/>
        <source>Months are calendar months in UTC, the days providers report in. Spend counts what providers billed where they bill, and estimates elsewhere.</source>
        <translation>월은 제공업체가 보고하는 기준인 UTC 달력 월입니다. 지출은 제공업체가 청구하는 곳에서는 청구 금액을, 그 밖에서는 추정치를 집계합니다.</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="141"/>
        <source>Give the budget a name.</source>
        <translation>예산 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="148"/>
        <source>Choose what the budget covers.</source>
        <translation>예산의 적용 대상을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="159"/>
        <source>Type an amount in US dollars, like 500 or %1.</source>
        <translation>미국 달러 금액을 입력하세요(예: 500 또는 %1).</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="162"/>
        <source>The amount must be more than zero.</source>
        <translation>금액은 0보다 커야 합니다.</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetdialog.cpp" line="170"/>
        <source>Thresholds are whole percentages from 1 to 1000, separated by commas.</source>
        <translation>기준값은 1에서 1000 사이의 정수 비율(%)이며 쉼표로 구분합니다.</translation>
    </message>
</context>
<context>
    <name>tl::BudgetHistoryView</name>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="71"/>
        <source>The budget history could not be read: %1</source>
        <translation>예산 기록을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="89"/>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="89"/>
        <source>Budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="89"/>
        <source>Spent</source>
        <translation>지출</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="89"/>
        <source>Budget amount</source>
        <translation>예산 금액</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="89"/>
        <source>Used</source>
        <translation>사용률</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="89"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="89"/>
        <source>Over by</source>
        <translation>초과 금액</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="91"/>
        <source>No budgets yet: once you add one, each month&apos;s result is listed here.</source>
        <translation>아직 예산이 없습니다. 예산을 추가하면 매월 결과가 여기에 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="94"/>
        <source>Each budget&apos;s current amount against each month&apos;s spend (UTC months). Past months show their final figures; this month shows where it stands today.</source>
        <translation>각 예산의 현재 금액을 월별 지출(UTC 기준 월)과 비교합니다. 지난 달은 최종 수치를, 이번 달은 오늘까지의 현황을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="104"/>
        <source>On track</source>
        <translation>순조로움</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="104"/>
        <source>Within budget</source>
        <translation>예산 이내</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="109"/>
        <source>Heading over</source>
        <translation>초과 예상</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="110"/>
        <source>Past %1 %</source>
        <translation>%1 % 넘음</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="114"/>
        <source>Over</source>
        <translation>초과</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgethistoryview.cpp" line="120"/>
        <source>%1 (so far)</source>
        <translation>%1 (현재까지)</translation>
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
        <translation>정보</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="44"/>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="46"/>
        <source>Critical</source>
        <translation>심각</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="55"/>
        <source>Budget threshold</source>
        <translation>예산 기준값</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="57"/>
        <source>Budget forecast</source>
        <translation>예산 예측</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="59"/>
        <source>Spending spike</source>
        <translation>지출 급증</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="61"/>
        <source>Sync failing</source>
        <translation>동기화 실패</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="63"/>
        <source>Low balance</source>
        <translation>잔액 부족</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="65"/>
        <source>Unpriced model</source>
        <translation>가격 없는 모델</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="67"/>
        <source>Usage window</source>
        <translation>사용량 구간</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="93"/>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="93"/>
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="93"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="93"/>
        <source>Alert</source>
        <translation>알림</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="93"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="114"/>
        <source>Acknowledged</source>
        <translation>확인함</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="114"/>
        <location filename="../ui/budgets/budgetspage.cpp" line="118"/>
        <source>Read</source>
        <translation>읽음</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="114"/>
        <location filename="../ui/budgets/budgetspage.cpp" line="117"/>
        <source>Unread</source>
        <translation>읽지 않음</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="130"/>
        <source>&lt;b&gt;Alerts&lt;/b&gt; — none yet: they appear when spend crosses a budget&apos;s threshold or its forecast, a day spikes, a sync keeps failing, credits run low or a model has no price</source>
        <translation>&lt;b&gt;알림&lt;/b&gt; — 아직 없음: 지출이 예산 기준값이나 예측을 넘거나, 하루 지출이 급증하거나, 동기화가 계속 실패하거나, 크레딧이 부족하거나, 모델에 가격이 없을 때 표시됩니다</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="133"/>
        <source>&lt;b&gt;Alerts&lt;/b&gt; — %1 unread of %2</source>
        <translation>&lt;b&gt;알림&lt;/b&gt; — %2개 중 %1개 읽지 않음</translation>
    </message>
    <message>
        <location filename="../ui/budgets/alertcentre.cpp" line="148"/>
        <source>Alerts appear here after a sync: budget thresholds, a forecast heading over budget, spending spikes, failing syncs, low balances and models without a price.</source>
        <translation>알림은 동기화 후 여기에 표시됩니다: 예산 기준값, 예산 초과 예측, 지출 급증, 동기화 실패, 잔액 부족, 가격 없는 모델.</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="51"/>
        <source>Acknowledge</source>
        <translation>확인</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="60"/>
        <source>&lt;b&gt;Monthly budgets&lt;/b&gt; (calendar months, UTC)</source>
        <translation>&lt;b&gt;월 예산&lt;/b&gt; (달력 월, UTC)</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="62"/>
        <source>Add budget…</source>
        <translation>예산 추가…</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="73"/>
        <source>No budgets yet. Set a monthly budget for everything, a provider or an account: TokenLedger warns you at 50 %, 80 % and 100 % of it, and earlier when the forecast says you will cross it.</source>
        <translation>아직 예산이 없습니다. 전체, 제공업체 또는 계정에 대한 월 예산을 설정하세요. TokenLedger가 50 %, 80 %, 100 %에서 알려 주며, 예측상 초과가 예상되면 더 일찍 알려 줍니다.</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="95"/>
        <source>This month</source>
        <translation>이번 달</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="96"/>
        <source>History by month</source>
        <translation>월별 기록</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="108"/>
        <source>All severities</source>
        <translation>모든 심각도</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="112"/>
        <source>All kinds</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="116"/>
        <source>Read and unread</source>
        <translation>읽음 및 읽지 않음</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="119"/>
        <source>Not acknowledged</source>
        <translation>확인하지 않음</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="120"/>
        <source>Mark all as read</source>
        <translation>모두 읽음으로 표시</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="225"/>
        <source>Budgets and alerts could not be read: %1</source>
        <translation>예산과 알림을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="256"/>
        <source>everything</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="262"/>
        <source>account %1</source>
        <translation>계정 %1</translation>
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
        <translation>순조로움</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="286"/>
        <source>Heading over: forecast %1</source>
        <translation>초과 예상: 예측 %1</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="287"/>
        <source>Warning: past %1 %</source>
        <translation>경고: %1 % 넘음</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="291"/>
        <source>Over by %1</source>
        <translation>%1 초과</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="299"/>
        <source>%1 of %2 spent · forecast %3 · alerts at %4 %%5</source>
        <translation>%2 중 %1 지출 · 예측 %3 · 알림 기준 %4 %%5</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="303"/>
        <source> · paused</source>
        <translation> · 일시 중지됨</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="306"/>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="307"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="320"/>
        <source>Delete budget</source>
        <translation>예산 삭제</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="321"/>
        <source>Delete the budget “%1”? Its past alerts stay in the list.</source>
        <translation>예산 “%1”을(를) 삭제하시겠습니까? 지난 알림은 목록에 남습니다.</translation>
    </message>
    <message>
        <location filename="../ui/budgets/budgetspage.cpp" line="367"/>
        <source>Budget not saved</source>
        <translation>예산이 저장되지 않음</translation>
    </message>
</context>
<context>
    <name>tl::CsvImport</name>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="15"/>
        <source>expected %1 columns, found %2</source>
        <translation>열 %1개가 필요하지만 %2개가 있음</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="16"/>
        <source>bad date &quot;%1&quot;</source>
        <translation>잘못된 날짜 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="17"/>
        <source>unknown currency &quot;%1&quot;</source>
        <translation>알 수 없는 통화 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="18"/>
        <source>no cost</source>
        <translation>비용 없음</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="19"/>
        <source>no currency</source>
        <translation>통화 없음</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="20"/>
        <source>unknown context window &quot;%1&quot;</source>
        <translation>알 수 없는 컨텍스트 창 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="21"/>
        <source>no model</source>
        <translation>모델 없음</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="22"/>
        <source>negative cost</source>
        <translation>음수 비용</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="23"/>
        <source>usage costs must be in USD, not %1</source>
        <translation>사용 비용은 %1이(가) 아니라 USD여야 함</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="24"/>
        <source>provider &quot;%1&quot; is not this account&apos;s (%2)</source>
        <translation>제공업체 &quot;%1&quot;은(는) 이 계정의 제공업체(%2)가 아님</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="25"/>
        <source>more cached tokens (%1) than input tokens (%2)</source>
        <translation>캐시된 토큰(%1)이 입력 토큰(%2)보다 많음</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="26"/>
        <source>negative %1 (%2)</source>
        <translation>%1 값이 음수임 (%2)</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="27"/>
        <source>%1 &quot;%2&quot; is not a whole number</source>
        <translation>%1 &quot;%2&quot;은(는) 정수가 아님</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="28"/>
        <source>%1 &quot;%2&quot; is too large (the limit is %3)</source>
        <translation>%1 &quot;%2&quot;이(가) 너무 큼 (한도 %3)</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="29"/>
        <source>cost &quot;%1&quot; is not a decimal amount: a comma may only separate thousands, as in 1,234.50</source>
        <translation>비용 &quot;%1&quot;은(는) 십진 금액이 아님: 쉼표는 1,234.50처럼 천 단위 구분에만 쓸 수 있음</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="31"/>
        <source>cost &quot;%1&quot; is not a decimal amount</source>
        <translation>비용 &quot;%1&quot;은(는) 십진 금액이 아님</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="32"/>
        <source>cost &quot;%1&quot; is too large (the limit is $%2)</source>
        <translation>비용 &quot;%1&quot;이(가) 너무 큼 (한도 $%2)</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="33"/>
        <source>broken quoting</source>
        <translation>따옴표 오류</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="34"/>
        <source>longer than 1 MiB (the limit for one line or field); skipped</source>
        <translation>1 MiB 초과(한 줄 또는 필드의 한도); 건너뜀</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="35"/>
        <source>there is no account %1</source>
        <translation>계정 %1이(가) 없음</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="36"/>
        <source>the file is empty</source>
        <translation>파일이 비어 있음</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="37"/>
        <source>this is not a CSV file (it contains binary data)</source>
        <translation>CSV 파일이 아님(바이너리 데이터가 있음)</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="38"/>
        <source>this is not a CSV file TokenLedger can read (broken quoting in the header)</source>
        <translation>TokenLedger가 읽을 수 있는 CSV 파일이 아님(머리글의 따옴표 오류)</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="39"/>
        <source>cannot read the file: %1</source>
        <translation>파일을 읽을 수 없음: %1</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="40"/>
        <source>cannot make a temporary copy of the input: %1</source>
        <translation>입력의 임시 사본을 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="41"/>
        <source>this is not a CSV file TokenLedger can read (the first line is longer than 1 MiB)</source>
        <translation>TokenLedger가 읽을 수 있는 CSV 파일이 아님(첫 줄이 1 MiB 초과)</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="43"/>
        <source>the %1 format needs a &quot;%2&quot; column</source>
        <translation>%1 형식에는 &quot;%2&quot; 열이 필요함</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="44"/>
        <source>this is not a CSV file (binary data on line %1)</source>
        <translation>CSV 파일이 아님(%1번째 줄에 바이너리 데이터)</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="45"/>
        <source>this file&apos;s lines end in a carriage return alone (an old Mac format); save it as CSV UTF-8 and import it again</source>
        <translation>이 파일의 줄은 캐리지 리턴만으로 끝납니다(오래된 Mac 형식). CSV UTF-8로 저장한 뒤 다시 가져오세요</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="48"/>
        <source>the column &quot;%1&quot; is in the header more than once; TokenLedger cannot tell which one to read</source>
        <translation>&quot;%1&quot; 열이 머리글에 두 번 이상 있습니다. TokenLedger는 어느 열을 읽어야 할지 알 수 없습니다</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="50"/>
        <source>%1 of %2 rows are bad; nothing was imported</source>
        <translation>%2개 행 중 %1개가 잘못됨; 아무것도 가져오지 않음</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="51"/>
        <source>this is not a CSV file TokenLedger can read (no comma-separated header)</source>
        <translation>TokenLedger가 읽을 수 있는 CSV 파일이 아님(쉼표로 구분된 머리글이 없음)</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="52"/>
        <source>this looks like the %1 format, which needs a &quot;%2&quot; column</source>
        <translation>%1 형식으로 보이지만 이 형식에는 &quot;%2&quot; 열이 필요함</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="53"/>
        <source>the columns (%1) match no format TokenLedger knows; map them in the import wizard or use the generic format (README: CSV import)</source>
        <translation>열(%1)이 TokenLedger가 아는 어떤 형식과도 맞지 않음; 가져오기 마법사에서 열을 지정하거나 일반 형식을 사용하세요(README: CSV import)</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="61"/>
        <source>input tokens</source>
        <translation>입력 토큰</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="62"/>
        <source>cached tokens</source>
        <translation>캐시된 토큰</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="63"/>
        <source>cache-write tokens</source>
        <translation>캐시 쓰기 토큰</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="64"/>
        <source>1-hour cache-write tokens</source>
        <translation>1시간 캐시 쓰기 토큰</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="65"/>
        <source>output tokens</source>
        <translation>출력 토큰</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="66"/>
        <source>requests</source>
        <translation>요청</translation>
    </message>
    <message>
        <location filename="../core/io/csvproblemtext.cpp" line="67"/>
        <source>uncached input tokens</source>
        <translation>캐시되지 않은 입력 토큰</translation>
    </message>
</context>
<context>
    <name>tl::DashboardPage</name>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="93"/>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="71"/>
        <source>Month to date</source>
        <translation>이번 달 누계</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="72"/>
        <source>Spent so far</source>
        <translation>현재까지 지출</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="73"/>
        <source>Spent</source>
        <translation>지출</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="77"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="82"/>
        <source>Nothing spent on %1 either</source>
        <translation>%1에도 지출 없음</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="82"/>
        <source>Nothing spent on %1</source>
        <translation>%1에 지출 없음</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="85"/>
        <source>The same as on %1</source>
        <translation>%1과(와) 같음</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="87"/>
        <source>%1 %2 % vs %3 on %4</source>
        <translation>%1 %2 % (%4의 %3 대비)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="94"/>
        <source>All billed by the providers</source>
        <translation>모두 제공업체가 청구한 금액</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="97"/>
        <source>All estimated from tokens × prices</source>
        <translation>모두 토큰 × 가격으로 추정</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="102"/>
        <source>billed %1</source>
        <translation>청구 %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="104"/>
        <source>estimated %1</source>
        <translation>추정 %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="106"/>
        <source>manual %1</source>
        <translation>수동 %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="113"/>
        <source>All from manual entries</source>
        <translation>모두 수동 항목</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="116"/>
        <source>Nothing recorded in this period</source>
        <translation>이 기간에 기록된 내용 없음</translation>
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
        <translation>청구 금액은 제공업체의 비용 API에서 가져오며, 같은 계정과 날짜에서는 추정치보다 우선합니다. 정확한 값: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="134"/>
        <source>Daily average</source>
        <translation>일 평균</translation>
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
            <numerusform>UTC 기준 %n일 동안</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="153"/>
        <source>Highest day: %1 on %2</source>
        <translation>최고 지출일: %2 (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="154"/>
        <source>Spend on %n of those days</source>
        <translation>
            <numerusform>그중 %n일 지출</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="156"/>
        <source>Forecasts are for the current calendar month: choose This month to see one.</source>
        <translation>예측은 현재 달력 월에 대해서만 제공됩니다. 보려면 이번 달을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="157"/>
        <source>A past period: actual spend, no forecast.</source>
        <translation>지난 기간: 실제 지출이며 예측은 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="159"/>
        <source>The period&apos;s spend divided by its days so far, floored to the nano-dollar.</source>
        <translation>기간의 지출을 지금까지의 일수로 나눈 값이며, 나노달러 단위에서 내림합니다.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="163"/>
        <source>Forecast for %1</source>
        <translation>%1 예측</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="167"/>
        <source>Last day of the month: the forecast is the month so far.</source>
        <translation>이달의 마지막 날: 예측은 이번 달 현재까지의 금액입니다.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="169"/>
        <source>No complete day of history yet: the forecast is the month so far.</source>
        <translation>아직 하루 전체의 기록이 없습니다: 예측은 이번 달 현재까지의 금액입니다.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="172"/>
        <source>Month to date + %1 a day (the spend of %2, the one complete UTC day so far) × %4 days left.</source>
        <translation>이번 달 누계 + 하루 %1 (지금까지 유일한 완전한 UTC 일인 %2의 지출) × 남은 %4일.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="176"/>
        <source>Month to date + %1 a day (the mean of %2 – %3, %5 complete UTC days) × %4 days left.</source>
        <translation>이번 달 누계 + 하루 %1 (%2 – %3의 평균, 완전한 UTC 일 %5일) × 남은 %4일.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="184"/>
        <source>Plus %1 of fixed charges still due this month (manual entries).</source>
        <translation>여기에 이번 달에 아직 남은 고정 비용 %1 추가 (수동 항목).</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="187"/>
        <source>Nothing spent this month and none in the days before: nothing to project yet.</source>
        <translation>이번 달과 그 이전 며칠 동안 지출이 없습니다: 아직 예측할 내용이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="189"/>
        <source>Range %1 – %2</source>
        <translation>범위 %1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="191"/>
        <source>The range is the daily rate ± one standard deviation of those days.</source>
        <translation>범위는 일일 지출률 ± 해당 기간의 표준편차 1배입니다.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="275"/>
        <source>and %1</source>
        <translation>및 %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="280"/>
        <source>key limit %1</source>
        <translation>키 한도 %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="281"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="283"/>
        <source>as of %1</source>
        <translation>%1 기준</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="95"/>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="209"/>
        <source>Budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="209"/>
        <source>Budget, %1</source>
        <translation>예산, %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="211"/>
        <source>Not set</source>
        <translation>설정 안 됨</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="212"/>
        <source>Set a monthly budget to be warned at 50 %, 80 % and 100 %.&lt;br&gt;&lt;a href=&quot;#budgets&quot;&gt;Open Budgets &amp;amp; Alerts&lt;/a&gt;</source>
        <translation>월 예산을 설정하면 50 %, 80 %, 100 %에서 알림을 받습니다.&lt;br&gt;&lt;a href=&quot;#budgets&quot;&gt;예산 및 알림 열기&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="215"/>
        <source>%1 % used</source>
        <translation>%1 % 사용</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="219"/>
        <source>Stayed within budget</source>
        <translation>예산 이내 유지</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="219"/>
        <source>On track</source>
        <translation>순조로움</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="223"/>
        <source>Heading over: forecast %1</source>
        <translation>초과 예상: 예측 %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="224"/>
        <source>Warning: past %1 %</source>
        <translation>경고: %1 % 넘음</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="227"/>
        <source>Over by %1</source>
        <translation>%1 초과</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="233"/>
        <source>%1 of %2 · %3&lt;br&gt;&lt;b style=&apos;color:%4&apos;&gt;%5&lt;/b&gt;&lt;br&gt;&lt;a href=&quot;#budgets&quot;&gt;%n budget(s)&lt;/a&gt;</source>
        <translation>
            <numerusform>%2 중 %1 · %3&lt;br&gt;&lt;b style=&apos;color:%4&apos;&gt;%5&lt;/b&gt;&lt;br&gt;&lt;a href=&quot;#budgets&quot;&gt;예산 %n개&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="251"/>
        <source>None of your providers reports a balance (OpenRouter and DeepSeek do).</source>
        <translation>잔액을 보고하는 제공업체가 없습니다(OpenRouter와 DeepSeek는 보고함).</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="54"/>
        <source>— %1</source>
        <translation>— %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="288"/>
        <source>key limit left</source>
        <translation>남은 키 한도</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="289"/>
        <source>credits left</source>
        <translation>남은 크레딧</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="290"/>
        <source>balance</source>
        <translation>잔액</translation>
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
        <translation>동기화한 적 없음.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="310"/>
        <source>success</source>
        <translation>성공</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="311"/>
        <source>partly</source>
        <translation>부분 성공</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="312"/>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="313"/>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="315"/>
        <source>Last sync finished %1: %2.</source>
        <translation>마지막 동기화 완료 %1: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="324"/>
        <source>%n account(s) failing to sync — %1. See Sync History.</source>
        <translation>
            <numerusform>계정 %n개 동기화 실패 중 — %1. 동기화 기록을 확인하세요.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="327"/>
        <source>No alerts.</source>
        <translation>알림 없음.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/dashboardkpis.cpp" line="329"/>
        <source>%n unread alert(s); latest: %1</source>
        <translation>
            <numerusform>읽지 않은 알림 %n개, 최근: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="48"/>
        <source>Billed</source>
        <translation>청구</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="50"/>
        <source>Estimated</source>
        <translation>추정</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="52"/>
        <source>Billed + estimated</source>
        <translation>청구 + 추정</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="54"/>
        <source>Manual</source>
        <translation>수동</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="87"/>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="131"/>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="209"/>
        <source>No spending recorded yet</source>
        <translation>아직 기록된 지출이 없습니다</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="94"/>
        <source>Forecast</source>
        <translation>예측</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="96"/>
        <source>Credits left</source>
        <translation>남은 크레딧</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="111"/>
        <source>Daily spend</source>
        <translation>일별 지출</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="171"/>
        <source>By provider</source>
        <translation>제공업체별</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="187"/>
        <source>By model</source>
        <translation>모델별</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="200"/>
        <source>By project or API key</source>
        <translation>프로젝트 또는 API 키별</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="213"/>
        <source>Tokens by kind</source>
        <translation>종류별 토큰</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="225"/>
        <source>Models show usage cost — tokens × catalog prices, or the cost a provider reported per request — because bills are not itemised by model everywhere.</source>
        <translation>모든 곳에서 청구서가 모델별로 나뉘지는 않으므로, 모델에는 사용 비용(토큰 × 카탈로그 가격 또는 제공업체가 요청별로 보고한 비용)이 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="232"/>
        <source>Models used through a subscription show no cost here: their usage is value at API prices, not spend (see Coding agents above).</source>
        <translation>구독으로 사용한 모델은 여기에 비용이 표시되지 않습니다. 해당 사용량은 API 가격 기준 가치이며 지출이 아닙니다(위의 코딩 에이전트 참조).</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="259"/>
        <source>Last 3 months</source>
        <translation>최근 3개월</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="260"/>
        <source>Last 6 months</source>
        <translation>최근 6개월</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="261"/>
        <source>Last 12 months</source>
        <translation>최근 12개월</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="268"/>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="305"/>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="269"/>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="306"/>
        <source>Requests</source>
        <translation>요청</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="270"/>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="305"/>
        <source>Tokens</source>
        <translation>토큰</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="281"/>
        <source>Trend by month (UTC)</source>
        <translation>월별 추세 (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="193"/>
        <source>The dashboard could not be read: %1</source>
        <translation>대시보드를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="210"/>
        <source>Your accounts are set up, but no usage or billed cost has been reported so far. Run Sync Now, or check Sync History if a sync failed. Providers can take a few hours to report the latest day.</source>
        <translation>계정은 설정되었지만 아직 보고된 사용량이나 청구 비용이 없습니다. 지금 동기화를 실행하거나, 동기화가 실패했다면 동기화 기록을 확인하세요. 제공업체가 최근 날짜를 보고하기까지 몇 시간이 걸릴 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="117"/>
        <source>Daily spend, %1 (UTC days)</source>
        <translation>일별 지출, %1 (UTC 기준 일)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="176"/>
        <source>By provider, %1</source>
        <translation>제공업체별, %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="192"/>
        <source>By model, %1</source>
        <translation>모델별, %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="205"/>
        <source>By project or API key, %1</source>
        <translation>프로젝트 또는 API 키별, %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcontent.cpp" line="218"/>
        <source>Tokens by kind, %1</source>
        <translation>종류별 토큰, %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="282"/>
        <source>Nothing was recorded on %1 (UTC days).</source>
        <translation>%1 (UTC 기준 일)에 기록된 내용이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="283"/>
        <source>Nothing was recorded in %1 (%2, UTC days).</source>
        <translation>%1 (%2, UTC 기준 일)에 기록된 내용이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="287"/>
        <source>The latest data is from %1.</source>
        <translation>최신 데이터는 %1의 것입니다.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="288"/>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="292"/>
        <source>Show %1</source>
        <translation>%1 보기</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="291"/>
        <source>The earliest data is from %1.</source>
        <translation>가장 오래된 데이터는 %1의 것입니다.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="305"/>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="309"/>
        <source>Provider</source>
        <translation>제공업체</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="305"/>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="305"/>
        <source>Share</source>
        <translation>비율</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="307"/>
        <source>Source</source>
        <translation>소스</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="307"/>
        <source>Unpriced tokens</source>
        <translation>가격 없는 토큰</translation>
    </message>
</context>
<context>
    <name>tl::DesktopNotifier</name>
    <message>
        <location filename="../ui/alerts/freedesktopnotifications.cpp" line="109"/>
        <source>Open</source>
        <translation>열기</translation>
    </message>
</context>
<context>
    <name>tl::GroupBreakdownPanel</name>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="63"/>
        <source>By project / workspace</source>
        <translation>프로젝트 / 워크스페이스별</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="64"/>
        <source>By API key</source>
        <translation>API 키별</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="129"/>
        <source>Project / workspace</source>
        <translation>프로젝트 / 워크스페이스</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="129"/>
        <source>API key</source>
        <translation>API 키</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="129"/>
        <source>Provider</source>
        <translation>제공업체</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="130"/>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="130"/>
        <source>Share</source>
        <translation>비율</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="130"/>
        <source>Tokens</source>
        <translation>토큰</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="130"/>
        <source>Requests</source>
        <translation>요청</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="134"/>
        <source>(no project reported)</source>
        <translation>(보고된 프로젝트 없음)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="135"/>
        <source>(no key reported)</source>
        <translation>(보고된 키 없음)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="138"/>
        <source>Usage the provider or the file reported without one</source>
        <translation>제공업체나 파일이 이 정보 없이 보고한 사용량</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="146"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="151"/>
        <source>Could not read the breakdown: %1</source>
        <translation>세부 내역을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="153"/>
        <source>No usage in this period.</source>
        <translation>이 기간에 사용량이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="155"/>
        <source>None of this period&apos;s usage names a project: OpenAI reports projects, Anthropic workspaces, and CSV imports their project column.</source>
        <translation>이 기간의 사용량 중 프로젝트가 지정된 것이 없습니다. OpenAI는 프로젝트를, Anthropic은 워크스페이스를, CSV 가져오기는 프로젝트 열을 보고합니다.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="157"/>
        <source>None of this period&apos;s usage names an API key: OpenAI and Anthropic report key ids when usage is grouped by key, CSV imports their key column.</source>
        <translation>이 기간의 사용량 중 API 키가 지정된 것이 없습니다. OpenAI와 Anthropic은 사용량을 키별로 묶을 때 키 ID를 보고하고, CSV 가져오기는 키 열을 보고합니다.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="160"/>
        <source>Usage cost, like the model breakdown; shares add up to exactly 100 %.</source>
        <translation>모델별 세부 내역과 같은 사용 비용이며, 비율의 합은 정확히 100 %입니다.</translation>
    </message>
</context>
<context>
    <name>tl::Gui</name>
    <message>
        <location filename="../app/gui.cpp" line="115"/>
        <source>TokenLedger cannot open the team database</source>
        <translation>TokenLedger에서 팀 데이터베이스를 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/gui.cpp" line="116"/>
        <source>%1

Open your personal ledger this time?</source>
        <translation>%1

이번에는 개인 장부를 열까요?</translation>
    </message>
    <message>
        <location filename="../app/gui.cpp" line="121"/>
        <source>TokenLedger cannot start</source>
        <translation>TokenLedger를 시작할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>tl::ImportAccountPicker</name>
    <message>
        <location filename="../ui/usage/importaccountpicker.cpp" line="27"/>
        <source>Create an OpenAI account for imports</source>
        <translation>가져오기용 OpenAI 계정 만들기</translation>
    </message>
    <message>
        <location filename="../ui/usage/importaccountpicker.cpp" line="29"/>
        <source>Create an Anthropic account for imports</source>
        <translation>가져오기용 Anthropic 계정 만들기</translation>
    </message>
    <message>
        <location filename="../ui/usage/importaccountpicker.cpp" line="30"/>
        <source>Create a %1 account for imports</source>
        <translation>가져오기용 %1 계정 만들기</translation>
    </message>
    <message>
        <location filename="../ui/usage/importaccountpicker.cpp" line="159"/>
        <source>Could not read the accounts: %1</source>
        <translation>계정을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/importaccountpicker.cpp" line="208"/>
        <source>Add an account first (Accounts page): the provider&apos;s, or an “Other service” account for seats, subscriptions and local models.</source>
        <translation>먼저 계정을 추가하세요(계정 페이지). 해당 제공업체의 계정이나, 좌석·구독·로컬 모델용 “기타 서비스” 계정을 추가할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importaccountpicker.cpp" line="211"/>
        <source>This file comes from %1, and there is no %1 account yet. Create one, or pick an account above to import into anyway.</source>
        <translation>이 파일은 %1의 파일인데 아직 %1 계정이 없습니다. 계정을 만들거나, 그래도 가져올 계정을 위에서 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importaccountpicker.cpp" line="216"/>
        <source>This file comes from %1, but %2 is a %3 account: its rows would count as %3 spend.</source>
        <translation>이 파일은 %1의 파일이지만 %2은(는) %3 계정입니다. 파일의 행이 %3 지출로 계산됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importaccountpicker.cpp" line="219"/>
        <source>%1 is synced from the %2 API: days that both the sync and this file cover would be counted twice. An account for imports keeps them apart.</source>
        <translation>%1은(는) %2 API로 동기화됩니다. 동기화와 이 파일이 모두 포함하는 날짜는 이중으로 계산됩니다. 가져오기용 계정을 사용하면 둘을 분리할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importaccountpicker.cpp" line="225"/>
        <source>Chosen to match the file: it comes from %1.</source>
        <translation>파일에 맞게 선택됨: 이 파일은 %1의 파일입니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importaccountpicker.cpp" line="242"/>
        <source>%1 imports</source>
        <translation>%1 가져오기</translation>
    </message>
    <message>
        <location filename="../ui/usage/importaccountpicker.cpp" line="255"/>
        <source>The account was not added: %1</source>
        <translation>계정을 추가하지 않았습니다: %1</translation>
    </message>
</context>
<context>
    <name>tl::ImportDialog</name>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="38"/>
        <source>TokenLedger&apos;s generic usage format</source>
        <translation>TokenLedger 범용 사용량 형식</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="40"/>
        <source>OpenAI platform usage export</source>
        <translation>OpenAI 플랫폼 사용량 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="42"/>
        <source>OpenAI platform cost export</source>
        <translation>OpenAI 플랫폼 비용 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="44"/>
        <source>Anthropic usage (Admin API field names)</source>
        <translation>Anthropic 사용량 (Admin API 필드 이름)</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="46"/>
        <source>Anthropic costs (Admin API field names)</source>
        <translation>Anthropic 비용 (Admin API 필드 이름)</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="48"/>
        <source>Anthropic Console usage export</source>
        <translation>Anthropic Console 사용량 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="50"/>
        <source>Anthropic Console cost export</source>
        <translation>Anthropic Console 비용 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="52"/>
        <source>Google Cloud Billing report (Gemini / Vertex AI rows)</source>
        <translation>Google Cloud 결제 보고서 (Gemini / Vertex AI 행)</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="75"/>
        <source>%1 is syncing or importing this profile; nothing was imported. Import again when it has finished.</source>
        <translation>%1이(가) 이 프로필을 동기화하거나 가져오는 중이므로 아무것도 가져오지 않았습니다. 작업이 끝나면 다시 가져오세요.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="77"/>
        <source>Another TokenLedger</source>
        <translation>다른 TokenLedger</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="101"/>
        <source>Import the good rows and leave out the bad ones</source>
        <translation>정상 행만 가져오고 잘못된 행은 제외</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="102"/>
        <source>Check file</source>
        <translation>파일 확인</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="103"/>
        <location filename="../ui/usage/importdialog.cpp" line="142"/>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="106"/>
        <location filename="../ui/usage/importdialog.cpp" line="125"/>
        <source>Import CSV</source>
        <translation>CSV 가져오기</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="121"/>
        <source>Choose a CSV file…</source>
        <translation>CSV 파일 선택…</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="122"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="125"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 파일 (*.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="142"/>
        <source>Import good rows only</source>
        <translation>정상 행만 가져오기</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="149"/>
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="150"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="187"/>
        <source>Date (UTC)</source>
        <translation>날짜 (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="188"/>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="189"/>
        <source>Input tokens</source>
        <translation>입력 토큰</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="190"/>
        <source>Cached input tokens</source>
        <translation>캐시된 입력 토큰</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="191"/>
        <source>Output tokens</source>
        <translation>출력 토큰</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="192"/>
        <source>Requests</source>
        <translation>요청</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="193"/>
        <source>Cost (USD)</source>
        <translation>비용 (USD)</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="194"/>
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="195"/>
        <source>API key id</source>
        <translation>API 키 ID</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="254"/>
        <source>broken quoting</source>
        <translation>따옴표 오류</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="256"/>
        <source>longer than 1 MiB</source>
        <translation>1 MiB 초과</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="279"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="284"/>
        <source>This is not a CSV file TokenLedger can read: it needs a header row of comma-separated column names.</source>
        <translation>TokenLedger가 읽을 수 있는 CSV 파일이 아닙니다. 쉼표로 구분된 열 이름으로 된 머리글 행이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="288"/>
        <source>Detected: %1. Rows without a cost are priced from the catalog and marked estimated; re-importing the same file changes nothing.</source>
        <translation>감지됨: %1. 비용이 없는 행은 카탈로그 가격으로 계산되어 추정으로 표시됩니다. 같은 파일을 다시 가져와도 아무것도 바뀌지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="293"/>
        <source>TokenLedger does not know these columns. Map them below: a date and a model are needed; columns left at “(none)” count as zero.</source>
        <translation>TokenLedger가 이 열을 알지 못합니다. 아래에서 열을 지정하세요. 날짜와 모델은 필수이며, “(없음)”으로 둔 열은 0으로 계산됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="345"/>
        <location filename="../ui/usage/importdialog.cpp" line="456"/>
        <source>Line %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="412"/>
        <source>Checking every row…</source>
        <translation>모든 행을 확인하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="412"/>
        <source>Importing…</source>
        <translation>가져오는 중…</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="443"/>
        <source>Not imported: %1</source>
        <translation>가져오지 않음: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="446"/>
        <source>%1 rows: %2 good, %3 bad</source>
        <translation>%1행: 정상 %2, 오류 %3</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="448"/>
        <source>, %1 skipped (other Google Cloud services)</source>
        <translation>, %1행 건너뜀 (다른 Google Cloud 서비스)</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="452"/>
        <source>The good rows are for %1.</source>
        <translation>정상 행은 %1의 데이터입니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="453"/>
        <source>The good rows cover %1 to %2.</source>
        <translation>정상 행은 %1부터 %2까지입니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="460"/>
        <source>… and %1 more bad rows.</source>
        <translation>… 그 밖에 오류 행 %1개.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="462"/>
        <source>There is no good row to import.</source>
        <translation>가져올 정상 행이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="464"/>
        <source>Fix the file, or tick the box below to import only the good rows (marked rows are left out).</source>
        <translation>파일을 수정하거나, 정상 행만 가져오려면 아래 확인란을 선택하세요(표시된 행은 제외됩니다).</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="466"/>
        <source>Everything can be imported.</source>
        <translation>모두 가져올 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="469"/>
        <source>This file was imported before (import %1): nothing changed.</source>
        <translation>이 파일은 이미 가져왔습니다(가져오기 %1). 바뀐 내용이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="473"/>
        <source>Imported: %1 new, %2 updated, %3 unchanged rows.</source>
        <translation>가져옴: 새 행 %1개, 업데이트된 행 %2개, 변경 없는 행 %3개.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="477"/>
        <source>Recorded as import %1: Usage → Imports can undo it.</source>
        <translation>가져오기 %1(으)로 기록됨: 사용량 → 가져오기에서 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="479"/>
        <source>The same file was imported before (import %1).</source>
        <translation>같은 파일을 이전에 가져온 적이 있습니다(가져오기 %1).</translation>
    </message>
    <message>
        <location filename="../ui/usage/importdialog.cpp" line="482"/>
        <source>Nothing was imported: %1</source>
        <translation>아무것도 가져오지 않았습니다: %1</translation>
    </message>
</context>
<context>
    <name>tl::ImportsView</name>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="66"/>
        <source>%1 of %2</source>
        <translation>%2 중 %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="69"/>
        <source>%1 bad</source>
        <translation>오류 %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="71"/>
        <source>%1 skipped</source>
        <translation>건너뜀 %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="79"/>
        <source>%1 new
%2 updated</source>
        <translation>새 항목 %1
업데이트 %2</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="82"/>
        <source>, %1 unchanged</source>
        <translation>, 변경 없음 %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="119"/>
        <source>%1 is using this profile; nothing was removed. Try again when it has finished.</source>
        <translation>%1이(가) 이 프로필을 사용 중이므로 아무것도 제거하지 않았습니다. 작업이 끝나면 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="120"/>
        <source>Another TokenLedger</source>
        <translation>다른 TokenLedger</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="143"/>
        <source>No imports yet — File → Import CSV…</source>
        <translation>아직 가져온 항목 없음 — 파일 → CSV 가져오기…</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="144"/>
        <source>Every CSV import is listed here with what it read and wrote, and can be removed again: removing one takes out exactly the rows it added and puts back what it overwrote.</source>
        <translation>모든 CSV 가져오기가 읽고 쓴 내용과 함께 여기에 표시되며 다시 제거할 수 있습니다. 제거하면 해당 가져오기가 추가한 행만 정확히 빼고 덮어쓴 내용은 되돌립니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="151"/>
        <source>Remove Import…</source>
        <translation>가져오기 제거…</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="155"/>
        <source>Import CSV…</source>
        <translation>CSV 가져오기…</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="170"/>
        <source>Every CSV import, newest first. Removing one takes out exactly the rows it added and puts back what it overwrote; it stays listed, as removed.</source>
        <translation>모든 CSV 가져오기, 최신순. 제거하면 해당 가져오기가 추가한 행만 정확히 빼고 덮어쓴 내용은 되돌립니다. 목록에는 제거됨으로 남습니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="221"/>
        <source>The import history could not be read: %1</source>
        <translation>가져오기 기록을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="235"/>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="235"/>
        <source>Imported</source>
        <translation>가져온 시각</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="235"/>
        <source>File and format</source>
        <translation>파일 및 형식</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="235"/>
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="236"/>
        <source>Days (UTC)</source>
        <translation>일 (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="236"/>
        <source>Rows good</source>
        <translation>정상 행</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="236"/>
        <source>Rows written</source>
        <translation>기록된 행</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="236"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="237"/>
        <source>When it was imported, in local time</source>
        <translation>가져온 시각 (현지 시간)</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="238"/>
        <source>Good rows of the rows read; bad and skipped rows</source>
        <translation>읽은 행 중 정상 행, 오류 행 및 건너뛴 행</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="240"/>
        <source>Rows it added, and rows it overwrote (updated, or written with the values they had)</source>
        <translation>추가한 행과 덮어쓴 행 (업데이트되었거나 기존 값 그대로 기록된 행)</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="246"/>
        <source> · same file as %1</source>
        <translation> · %1과(와) 같은 파일</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="255"/>
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="255"/>
        <source>Removed
%1</source>
        <translation>제거됨
%1</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="257"/>
        <source>%1 — %2 bytes, SHA-256 %3</source>
        <translation>%1 — %2바이트, SHA-256 %3</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="302"/>
        <source>Select an import to see its file and to remove it.</source>
        <translation>파일을 보거나 제거할 가져오기를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="305"/>
        <source>Import %1: %2 (%3 bytes, SHA-256 %4…) into %5, imported %6 (local time).</source>
        <translation>가져오기 %1: %2 (%3바이트, SHA-256 %4…) → %5, %6에 가져옴 (현지 시간).</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="309"/>
        <source>Removed %1: what it added is gone and what it overwrote is back. Importing the file again brings its rows back.</source>
        <translation>%1에 제거됨: 추가한 내용은 삭제되고 덮어쓴 내용은 복원되었습니다. 파일을 다시 가져오면 행이 다시 추가됩니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/usage/importsview.cpp" line="317"/>
        <source>takes out the %n row(s) it added</source>
        <translation>
            <numerusform>추가한 행 %n개 삭제</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/usage/importsview.cpp" line="319"/>
        <source>puts back the %n row(s) it overwrote, as they were before it</source>
        <translation>
            <numerusform>덮어쓴 행 %n개를 이전 상태로 복원</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="322"/>
        <source>Removing it %1 and %2.</source>
        <translation>제거 시: %1, %2.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="324"/>
        <source>Removing it %1; nothing needs putting back.</source>
        <translation>제거 시: %1. 복원할 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="326"/>
        <source>Removing it %1.</source>
        <translation>제거 시: %1.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="328"/>
        <source>No row is still as it left it; removing it only marks it removed.</source>
        <translation>가져오기가 남긴 상태 그대로인 행이 없습니다. 제거해도 제거됨으로 표시만 됩니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/usage/importsview.cpp" line="331"/>
        <source>%n row(s) that a later import wrote again keep that import&apos;s values.</source>
        <translation>
            <numerusform>이후 다른 가져오기가 다시 기록한 행 %n개는 그 가져오기의 값을 유지합니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="333"/>
        <location filename="../ui/usage/importsview.cpp" line="349"/>
        <source>Totals, budgets and alerts follow.</source>
        <translation>합계, 예산, 알림도 그에 맞게 바뀝니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/usage/importsview.cpp" line="340"/>
        <source>%n row(s) it added are gone</source>
        <translation>
            <numerusform>추가한 행 %n개 삭제됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/usage/importsview.cpp" line="342"/>
        <source>%n row(s) it overwrote are as they were before it</source>
        <translation>
            <numerusform>덮어쓴 행 %n개가 이전 상태로 복원됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/usage/importsview.cpp" line="344"/>
        <source>%n row(s) a later import wrote again keep that import&apos;s values</source>
        <translation>
            <numerusform>이후 다른 가져오기가 다시 기록한 행 %n개는 그 값을 유지함</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="347"/>
        <source>Removed import %1; no row was still as it had left it.</source>
        <translation>가져오기 %1을(를) 제거했습니다. 가져오기가 남긴 상태 그대로인 행은 없었습니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="348"/>
        <source>Removed import %1: %2.</source>
        <translation>가져오기 %1을(를) 제거했습니다: %2.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="358"/>
        <source>Import %1 was already removed on %2; there is nothing to undo.</source>
        <translation>가져오기 %1은(는) %2에 이미 제거되었습니다. 되돌릴 내용이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="376"/>
        <location filename="../ui/usage/importsview.cpp" line="383"/>
        <source>Remove Import</source>
        <translation>가져오기 제거</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="377"/>
        <source>Remove import %1, %2 into %3 (%4)?</source>
        <translation>가져오기 %1(%2 → %3, %4)을(를) 제거하시겠습니까?</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="381"/>
        <source>It stays listed as removed; importing the file again brings its rows back.</source>
        <translation>목록에는 제거됨으로 남으며, 파일을 다시 가져오면 행이 다시 추가됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="402"/>
        <source>Working out what removing import %1 changes…</source>
        <translation>가져오기 %1을(를) 제거하면 무엇이 바뀌는지 확인하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="403"/>
        <source>Removing import %1…</source>
        <translation>가져오기 %1을(를) 제거하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/usage/importsview.cpp" line="409"/>
        <source>Import %1 was not removed: %2</source>
        <translation>가져오기 %1을(를) 제거하지 않았습니다: %2</translation>
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
        <translation>대시보드</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="51"/>
        <source>Usage</source>
        <translation>사용량</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="53"/>
        <source>Accounts</source>
        <translation>계정</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="345"/>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="55"/>
        <source>Budgets &amp; Alerts</source>
        <translation>예산 및 알림</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="57"/>
        <source>Sync History</source>
        <translation>동기화 기록</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="59"/>
        <source>Pricing</source>
        <translation>가격</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="61"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="137"/>
        <source>View</source>
        <translation>보기</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="139"/>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="172"/>
        <source>Sync</source>
        <translation>동기화</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="186"/>
        <source>Sync cancelled: the account being synced stored nothing.</source>
        <translation>동기화 취소됨: 동기화 중이던 계정은 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="196"/>
        <source>Sync waits for %1 to finish with this profile…</source>
        <translation>%1이(가) 이 프로필 작업을 마칠 때까지 동기화를 기다리는 중…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="226"/>
        <source>Database: %1</source>
        <translation>데이터베이스: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="314"/>
        <source>&lt;b&gt;New alert:&lt;/b&gt; %1 — %2</source>
        <translation>&lt;b&gt;새 알림:&lt;/b&gt; %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="315"/>
        <source>&lt;b&gt;%1 new alerts&lt;/b&gt;, the latest: %2</source>
        <translation>&lt;b&gt;새 알림 %1개&lt;/b&gt;, 최근: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="334"/>
        <source>%1 more TokenLedger alerts</source>
        <translation>TokenLedger 알림 %1개 더 있음</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="335"/>
        <source>Open Budgets &amp; Alerts to see them all.</source>
        <translation>모두 보려면 예산 및 알림을 여세요.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="345"/>
        <source>Budgets &amp; Alerts (%1)</source>
        <translation>예산 및 알림 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="397"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="399"/>
        <source>&amp;Sync Now</source>
        <translation>지금 동기화(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="403"/>
        <source>&amp;Import CSV…</source>
        <translation>CSV 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="409"/>
        <source>Add &amp;Manual Entry…</source>
        <translation>수동 항목 추가(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="416"/>
        <source>Connect to a &amp;Team Database…</source>
        <translation>팀 데이터베이스에 연결(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="421"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="425"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="432"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="433"/>
        <source>&amp;About TokenLedger</source>
        <translation>TokenLedger 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="438"/>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>tl::ManualEntriesView</name>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="44"/>
        <source>e.g. GitHub Copilot Business, 5 seats</source>
        <translation>예: GitHub Copilot Business, 5석</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="46"/>
        <source>USD, e.g. %1</source>
        <translation>USD, 예: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="49"/>
        <source>every month from</source>
        <translation>매월, 시작일</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="50"/>
        <source>once, on</source>
        <translation>한 번, 날짜</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="54"/>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="56"/>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="58"/>
        <source>End…</source>
        <translation>종료…</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="60"/>
        <source>Stop its monthly charge from a day on; the charges so far stay.</source>
        <translation>특정 날짜부터 월 청구를 중단합니다. 지금까지의 청구는 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="61"/>
        <source>Remove…</source>
        <translation>제거…</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="67"/>
        <source>For what no API reports: seats and subscriptions billed per month (Copilot, ChatGPT Team), or a one-off cost (a GPU box for local models). Amounts are in USD, added to every total and shown as manual.</source>
        <translation>API가 보고하지 않는 비용을 위한 항목입니다: 월 단위로 청구되는 좌석과 구독(Copilot, ChatGPT Team) 또는 일회성 비용(로컬 모델용 GPU 장비). 금액은 USD이며 모든 합계에 더해지고 수동으로 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="110"/>
        <location filename="../ui/usage/manualentriesview.cpp" line="161"/>
        <source>Say what it is.</source>
        <translation>무엇인지 입력하세요.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="159"/>
        <source>Add an account first — an “Other service” account suits seats and subscriptions.</source>
        <translation>먼저 계정을 추가하세요. 좌석과 구독에는 “기타 서비스” 계정이 적합합니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="192"/>
        <source>Added.</source>
        <translation>추가했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="192"/>
        <source>Not added: %1</source>
        <translation>추가하지 않음: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="217"/>
        <source>Removed; its charges are gone from every total.</source>
        <translation>제거했습니다. 청구액이 모든 합계에서 빠졌습니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="218"/>
        <source>Not removed: %1</source>
        <translation>제거하지 않음: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="253"/>
        <source>Saved.</source>
        <translation>저장했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="253"/>
        <source>Not saved: %1</source>
        <translation>저장하지 않음: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="268"/>
        <source>Remove Manual Entry</source>
        <translation>수동 항목 제거</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="268"/>
        <source>Remove “%1”?</source>
        <translation>“%1”을(를) 제거하시겠습니까?</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="273"/>
        <source>It has not charged anything yet.</source>
        <translation>아직 청구된 금액이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="274"/>
        <source>Its history goes with it: the charges so far (%1, %2) leave every total.</source>
        <translation>기록도 함께 삭제됩니다: 지금까지의 청구액(%1, %2)이 모든 합계에서 빠집니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="278"/>
        <source>To stop its charges but keep the ones so far, end it instead.</source>
        <translation>청구는 중단하되 지금까지의 청구를 유지하려면 대신 종료하세요.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="280"/>
        <source>Remove with Its History</source>
        <translation>기록과 함께 제거</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="280"/>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="285"/>
        <source>End Instead…</source>
        <translation>대신 종료…</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="315"/>
        <source>Manual entries could not be read: %1</source>
        <translation>수동 항목을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="319"/>
        <source>What</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="319"/>
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="319"/>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="319"/>
        <source>When</source>
        <translation>시기</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="319"/>
        <source>Charged so far</source>
        <translation>지금까지 청구액</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="330"/>
        <source>once on %1</source>
        <translation>%1에 한 번</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="331"/>
        <source>monthly from %1 to %2</source>
        <translation>%1부터 %2까지 매월</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentriesview.cpp" line="332"/>
        <source>monthly from %1</source>
        <translation>%1부터 매월</translation>
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
        <translation>미국 달러 금액을 입력하세요(예: 95 또는 %1).</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="38"/>
        <source>The amount must be more than zero.</source>
        <translation>금액은 0보다 커야 합니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="50"/>
        <source>Ends on</source>
        <translation>종료일</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="58"/>
        <source>End “%1”</source>
        <translation>“%1” 종료</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="58"/>
        <source>Edit “%1”</source>
        <translation>“%1” 편집</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="63"/>
        <source>every month</source>
        <translation>매월</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="64"/>
        <source>once</source>
        <translation>한 번</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="73"/>
        <source>The last day it applies: no charge after it; the charges before it stay.</source>
        <translation>적용되는 마지막 날입니다. 이후에는 청구되지 않으며 그 전의 청구는 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="88"/>
        <source>What</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="89"/>
        <source>Amount (USD)</source>
        <translation>금액 (USD)</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="90"/>
        <source>Charged</source>
        <translation>청구</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="91"/>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="97"/>
        <source>The new amount applies:</source>
        <translation>새 금액 적용:</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="148"/>
        <location filename="../ui/usage/manualentrydialog.cpp" line="193"/>
        <source>Say what it is.</source>
        <translation>무엇인지 입력하세요.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="153"/>
        <source>It cannot end before it starts (%1).</source>
        <translation>시작일(%1) 이전에 종료할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="174"/>
        <source>The charges so far (%1) stay as they were.</source>
        <translation>지금까지의 청구액(%1)은 이전 그대로 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="178"/>
        <source>Nothing has been charged yet.</source>
        <translation>아직 청구된 금액이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="180"/>
        <source>The charges so far (%1) stay as they are.</source>
        <translation>지금까지의 청구액(%1)은 그대로 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="182"/>
        <source>This changes the charges so far: %1 → %2.</source>
        <translation>지금까지의 청구액이 바뀝니다: %1 → %2.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="185"/>
        <source>Next charge: %1 on %2.</source>
        <translation>다음 청구: %2에 %1.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="187"/>
        <source>No charge after %1.</source>
        <translation>%1 이후에는 청구되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="205"/>
        <source>from the next charge on (%1): the charges so far stay</source>
        <translation>다음 청구(%1)부터: 지금까지의 청구는 유지</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="206"/>
        <source>to no charge (none follows): the charges so far stay</source>
        <translation>적용할 청구 없음 (이후 청구 없음): 지금까지의 청구는 유지</translation>
    </message>
    <message>
        <location filename="../ui/usage/manualentrydialog.cpp" line="207"/>
        <source>to the charges so far too (a correction)</source>
        <translation>지금까지의 청구에도 적용 (정정)</translation>
    </message>
</context>
<context>
    <name>tl::MonthPickerDialog</name>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="175"/>
        <source>Choose a month</source>
        <translation>월 선택</translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="194"/>
        <source>Year</source>
        <translation>연도</translation>
    </message>
</context>
<context>
    <name>tl::NetBackend</name>
    <message>
        <location filename="../core/net/netbackend.cpp" line="92"/>
        <source>TokenLedger&apos;s network module (libtokenledger-net) could not be loaded, so nothing can be synced and no key can be read or stored: %1. Reinstall TokenLedger.</source>
        <translation>TokenLedger의 네트워크 모듈(libtokenledger-net)을 불러올 수 없어 동기화할 수 없고 키를 읽거나 저장할 수도 없습니다: %1. TokenLedger를 다시 설치하세요.</translation>
    </message>
</context>
<context>
    <name>tl::Origins</name>
    <message>
        <location filename="../core/common/origins.cpp" line="49"/>
        <source>&quot;%1&quot; is not an http(s) URL</source>
        <translation>&quot;%1&quot;은(는) http(s) URL이 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/common/origins.cpp" line="51"/>
        <source>&quot;%1&quot; carries a user name or password; give the key separately</source>
        <translation>&quot;%1&quot;에 사용자 이름이나 비밀번호가 들어 있습니다. 키는 따로 입력하세요</translation>
    </message>
    <message>
        <location filename="../core/common/origins.cpp" line="55"/>
        <source>&quot;%1&quot; is plain http to another machine: the key would cross the network unencrypted. Use https, or allow insecure http explicitly</source>
        <translation>&quot;%1&quot;은(는) 다른 컴퓨터로 가는 암호화되지 않은 http입니다. 키가 암호화되지 않은 채 네트워크를 지나게 됩니다. https를 사용하거나 안전하지 않은 http를 명시적으로 허용하세요</translation>
    </message>
</context>
<context>
    <name>tl::OverrideDialog</name>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="60"/>
        <source>From the beginning (all stored usage)</source>
        <translation>처음부터 (저장된 모든 사용량)</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="63"/>
        <source>required, e.g. %1</source>
        <translation>필수, 예: %1</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="64"/>
        <location filename="../ui/pricing/overridedialog.cpp" line="65"/>
        <location filename="../ui/pricing/overridedialog.cpp" line="66"/>
        <source>optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="67"/>
        <source>required, e.g. 10</source>
        <translation>필수, 예: 10</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="73"/>
        <source>Price Override</source>
        <translation>가격 재정의</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="78"/>
        <source>model name as the provider reports it, e.g. gpt-4o</source>
        <translation>제공업체가 보고하는 모델 이름, 예: gpt-4o</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="87"/>
        <source>optional, e.g. negotiated enterprise rate</source>
        <translation>선택 사항, 예: 협상된 기업 요금</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="92"/>
        <source>Your price wins over the catalog for this model (every dated snapshot of it) from the day you choose. Prices are USD per 1M tokens. Stored usage is re-priced when you save; costs a provider billed are never changed.</source>
        <translation>선택한 날부터 이 모델(날짜가 붙은 모든 스냅샷 포함)에 대해 카탈로그 대신 사용자가 입력한 가격이 적용됩니다. 가격은 100만 토큰당 USD입니다. 저장하면 저장된 사용량의 가격이 다시 계산되며, 제공업체가 청구한 비용은 절대 바뀌지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="99"/>
        <source>Provider:</source>
        <translation>제공업체:</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="100"/>
        <source>Model:</source>
        <translation>모델:</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="101"/>
        <source>Applies:</source>
        <translation>적용 대상:</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="102"/>
        <source>From (UTC day):</source>
        <translation>시작 (UTC 기준 일):</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="103"/>
        <source>Input:</source>
        <translation>입력:</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="104"/>
        <source>Output:</source>
        <translation>출력:</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="105"/>
        <source>Cached input:</source>
        <translation>캐시된 입력:</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="106"/>
        <source>Cache write (5 min):</source>
        <translation>캐시 쓰기 (5분):</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="107"/>
        <source>Cache write (1 h):</source>
        <translation>캐시 쓰기 (1시간):</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="108"/>
        <source>Note:</source>
        <translation>메모:</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="151"/>
        <source>Enter the model name.</source>
        <translation>모델 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="158"/>
        <source>Prices are non-negative numbers of US dollars with at most 9 decimals, such as 2.50 or 0.075.</source>
        <translation>가격은 소수점 이하 최대 9자리의 음수가 아닌 미국 달러 금액이어야 합니다(예: 2.50 또는 0.075).</translation>
    </message>
    <message>
        <location filename="../ui/pricing/overridedialog.cpp" line="160"/>
        <source>Enter at least the input and output prices.</source>
        <translation>최소한 입력 가격과 출력 가격은 입력하세요.</translation>
    </message>
</context>
<context>
    <name>tl::PeriodBar</name>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="27"/>
        <location filename="../ui/common/periodbar.cpp" line="53"/>
        <source>This month</source>
        <translation>이번 달</translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="33"/>
        <source>Previous period</source>
        <translation>이전 기간</translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="36"/>
        <source>Next period</source>
        <translation>다음 기간</translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="54"/>
        <source>Last month</source>
        <translation>지난달</translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="57"/>
        <source>Last 7 days</source>
        <translation>최근 7일</translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="58"/>
        <source>Last 30 days</source>
        <translation>최근 30일</translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="59"/>
        <source>Last 90 days</source>
        <translation>최근 90일</translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="61"/>
        <source>This quarter</source>
        <translation>이번 분기</translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="62"/>
        <source>This year</source>
        <translation>올해</translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="64"/>
        <source>Choose a month…</source>
        <translation>월 선택…</translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="67"/>
        <source>Custom range…</source>
        <translation>사용자 지정 기간…</translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="108"/>
        <source>%1 (UTC days)</source>
        <translation>%1 (UTC 기준 일)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/periodbar.cpp" line="119"/>
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>최근 %n일</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="121"/>
        <source>Q%1 %2</source>
        <translation>%2년 %1분기</translation>
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
        <translation>입력 토큰 %1개를 초과하는 요청: 100만 토큰당 $%2</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="47"/>
        <source>Daily totals are priced at the base price.</source>
        <translation>일일 합계는 기본 가격으로 계산됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="96"/>
        <source>Your override</source>
        <translation>사용자 재정의</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="96"/>
        <source>Catalog</source>
        <translation>카탈로그</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="123"/>
        <source>Your price wins over the catalog from %1 on.</source>
        <translation>%1부터 카탈로그 대신 사용자가 입력한 가격이 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="145"/>
        <source>USD per 1M tokens</source>
        <translation>100만 토큰당 USD</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="150"/>
        <source>Provider</source>
        <translation>제공업체</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="152"/>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="154"/>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="156"/>
        <source>Cached input</source>
        <translation>캐시된 입력</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="158"/>
        <source>Cache write</source>
        <translation>캐시 쓰기</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="160"/>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="162"/>
        <source>Source</source>
        <translation>소스</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricetablemodel.cpp" line="164"/>
        <source>In force since</source>
        <translation>적용 시작</translation>
    </message>
</context>
<context>
    <name>tl::PricingPage</name>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="71"/>
        <source>bundled with TokenLedger</source>
        <translation>TokenLedger에 포함됨</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="72"/>
        <source>loaded from %1</source>
        <translation>%1에서 불러옴</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="73"/>
        <source>Catalog: genai-prices, data of %1 (%2) — %3 models, %4 override(s).</source>
        <translation>카탈로그: genai-prices, %1 기준 데이터 (%2) — 모델 %3개, 재정의 %4개.</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="74"/>
        <source>unknown date</source>
        <translation>날짜 알 수 없음</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="78"/>
        <source>Loaded %1.</source>
        <translation>%1 불러옴.</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="93"/>
        <source>Add Override…</source>
        <translation>재정의 추가…</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="94"/>
        <location filename="../ui/pricing/pricingpage.cpp" line="313"/>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="95"/>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="111"/>
        <source>Price Them…</source>
        <translation>가격 지정…</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="125"/>
        <source>Search models…</source>
        <translation>모델 검색…</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="128"/>
        <source>All providers</source>
        <translation>모든 제공업체</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="152"/>
        <source>Prices in USD per 1M tokens, in force today (UTC). * Tiered: requests above a size threshold cost more; daily totals are priced at the base price. Price data © Pydantic Services Inc., MIT licence.</source>
        <translation>가격은 100만 토큰당 USD이며 오늘(UTC) 기준으로 적용됩니다. * 단계별: 일정 크기를 넘는 요청은 더 비싸며, 일일 합계는 기본 가격으로 계산됩니다. 가격 데이터 © Pydantic Services Inc., MIT 라이선스.</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="217"/>
        <source>The price catalog could not be read: %1</source>
        <translation>가격 카탈로그를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="248"/>
        <source>%1 (%2, %3 tokens)</source>
        <translation>%1 (%2, 토큰 %3개)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pricing/pricingpage.cpp" line="250"/>
        <source>and %n more</source>
        <translation>
            <numerusform>외 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pricing/pricingpage.cpp" line="251"/>
        <source>%n model(s) in your data have no price, so their usage is not counted in any cost: %1.</source>
        <translation>
            <numerusform>데이터에 있는 모델 %n개에 가격이 없어 사용량이 어떤 비용에도 포함되지 않습니다: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="259"/>
        <source>%1 tokens are “(unattributed)”: usage the provider reported without a model name. That is no model to add a price for — its cost comes from the provider&apos;s billed amount, or cannot be estimated.</source>
        <translation>토큰 %1개가 “(unattributed)”입니다. 제공업체가 모델 이름 없이 보고한 사용량입니다. 가격을 추가할 모델이 아니며, 비용은 제공업체의 청구 금액에서 가져오거나 추정할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="313"/>
        <source>Override…</source>
        <translation>재정의…</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="352"/>
        <source>Remove Override</source>
        <translation>재정의 제거</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="353"/>
        <source>Remove your price for %1 (%2) from %3? Its usage is re-priced from the catalog, or shown as unpriced if the catalog has no price.</source>
        <translation>%3부터 적용되는 %1(%2)의 사용자 가격을 제거하시겠습니까? 사용량은 카탈로그 가격으로 다시 계산되며, 카탈로그에 가격이 없으면 가격 없음으로 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="373"/>
        <source>Saving the price and re-pricing stored usage…</source>
        <translation>가격을 저장하고 저장된 사용량의 가격을 다시 계산하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="387"/>
        <source>The price was not saved: %1</source>
        <translation>가격을 저장하지 않았습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="389"/>
        <source>Price saved; stored usage is re-priced as soon as the running sync or import has finished.</source>
        <translation>가격을 저장했습니다. 진행 중인 동기화나 가져오기가 끝나는 즉시 저장된 사용량의 가격을 다시 계산합니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pricing/pricingpage.cpp" line="391"/>
        <source>Price saved; %n stored row(s) re-priced.</source>
        <translation>
            <numerusform>가격을 저장했습니다. 저장된 행 %n개의 가격을 다시 계산했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="400"/>
        <source>Removing the price and re-pricing stored usage…</source>
        <translation>가격을 제거하고 저장된 사용량의 가격을 다시 계산하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="415"/>
        <source>The override was not removed: %1</source>
        <translation>재정의를 제거하지 않았습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/pricing/pricingpage.cpp" line="417"/>
        <source>Override removed; stored usage is re-priced as soon as the running sync or import has finished.</source>
        <translation>재정의를 제거했습니다. 진행 중인 동기화나 가져오기가 끝나는 즉시 저장된 사용량의 가격을 다시 계산합니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pricing/pricingpage.cpp" line="419"/>
        <source>Override removed; %n stored row(s) re-priced.</source>
        <translation>
            <numerusform>재정의를 제거했습니다. 저장된 행 %n개의 가격을 다시 계산했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::ProviderInfo</name>
    <message>
        <location filename="../core/providers/providercatalog.cpp" line="14"/>
        <source>An organization admin key (sk-admin-…): only it can read the Usage and Costs APIs. An organization owner creates one under Settings → Organization → Admin keys; give it read-only access. Project keys (sk-proj-…) cannot read usage.</source>
        <translation>조직 관리자 키(sk-admin-…): Usage 및 Costs API는 이 키로만 읽을 수 있습니다. 조직 소유자가 Settings → Organization → Admin keys에서 만들며, 읽기 전용 권한을 주세요. 프로젝트 키(sk-proj-…)로는 사용량을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/providers/providercatalog.cpp" line="20"/>
        <source>An Admin API key (sk-ant-admin…): only it can read the usage and cost reports. Organization admins create one in the Console under Settings → Admin keys. Individual accounts have no Admin API: import a CSV instead.</source>
        <translation>Admin API 키(sk-ant-admin…): 사용량 및 비용 보고서는 이 키로만 읽을 수 있습니다. 조직 관리자가 Console의 Settings → Admin keys에서 만듭니다. 개인 계정에는 Admin API가 없으니 CSV를 가져오세요.</translation>
    </message>
    <message>
        <location filename="../core/providers/providercatalog.cpp" line="26"/>
        <source>A Gemini API key, used only to test the connection: Google offers no usage API for it. Import the Cloud Billing report CSV or add entries manually.</source>
        <translation>Gemini API 키, 연결 테스트에만 사용됩니다. Google은 이 키에 대한 사용량 API를 제공하지 않습니다. Cloud Billing 보고서 CSV를 가져오거나 항목을 수동으로 추가하세요.</translation>
    </message>
    <message>
        <location filename="../core/providers/providercatalog.cpp" line="31"/>
        <source>A management key (Settings → Management keys) syncs daily usage, spend and credits; an ordinary key only its own limit.</source>
        <translation>관리 키(Settings → Management keys)는 일별 사용량, 지출, 크레딧을 동기화하고, 일반 키는 자체 한도만 동기화합니다.</translation>
    </message>
    <message>
        <location filename="../core/providers/providercatalog.cpp" line="35"/>
        <source>An ordinary API key: it reads the balance. DeepSeek has no usage history API.</source>
        <translation>일반 API 키: 잔액을 읽습니다. DeepSeek에는 사용 기록 API가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/providers/providercatalog.cpp" line="38"/>
        <source>An API key, used to test the connection. xAI&apos;s billing API is not verified yet: import a CSV or add entries manually.</source>
        <translation>API 키, 연결 테스트에 사용됩니다. xAI 결제 API는 아직 검증되지 않았으니 CSV를 가져오거나 항목을 수동으로 추가하세요.</translation>
    </message>
    <message>
        <location filename="../core/providers/providercatalog.cpp" line="43"/>
        <source>An API key, used only to test the connection: Groq offers no usage API.</source>
        <translation>API 키, 연결 테스트에만 사용됩니다. Groq은 사용량 API를 제공하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/providers/providercatalog.cpp" line="46"/>
        <source>An API key. Perplexity offers no usage API and no free way to check a key.</source>
        <translation>API 키. Perplexity는 사용량 API도, 키를 무료로 확인하는 방법도 제공하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/providers/providercatalog.cpp" line="49"/>
        <source>An API key, used only to test the connection: Mistral offers no usage API.</source>
        <translation>API 키, 연결 테스트에만 사용됩니다. Mistral은 사용량 API를 제공하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/providers/providercatalog.cpp" line="51"/>
        <location filename="../core/providers/providercatalog.cpp" line="85"/>
        <source>Other service</source>
        <translation>기타 서비스</translation>
    </message>
    <message>
        <location filename="../core/providers/providercatalog.cpp" line="52"/>
        <source>No key: for what is billed per seat or per month (GitHub Copilot, ChatGPT Team, a GPU box running local models). Add manual entries or import a CSV for it.</source>
        <translation>키 없음: 좌석당 또는 월 단위로 청구되는 항목용입니다(GitHub Copilot, ChatGPT Team, 로컬 모델을 돌리는 GPU 서버). 수동 항목을 추가하거나 CSV를 가져오세요.</translation>
    </message>
    <message>
        <location filename="../core/providers/providercatalog.cpp" line="58"/>
        <source>No key: TokenLedger reads the logs Claude Code writes on this computer (~/.claude/projects, ~/.config/claude/projects or CLAUDE_CONFIG_DIR).</source>
        <translation>키 없음: TokenLedger가 이 컴퓨터에서 Claude Code가 기록하는 로그를 읽습니다(~/.claude/projects, ~/.config/claude/projects 또는 CLAUDE_CONFIG_DIR).</translation>
    </message>
    <message>
        <location filename="../core/providers/providercatalog.cpp" line="63"/>
        <source>No key: TokenLedger reads the session logs Codex CLI writes on this computer ($CODEX_HOME or ~/.codex).</source>
        <translation>키 없음: TokenLedger가 이 컴퓨터에서 Codex CLI가 기록하는 세션 로그를 읽습니다($CODEX_HOME 또는 ~/.codex).</translation>
    </message>
    <message>
        <location filename="../core/providers/providercatalog.cpp" line="68"/>
        <source>No key: TokenLedger reads the chat logs Gemini CLI writes on this computer (~/.gemini/tmp/*/chats).</source>
        <translation>키 없음: TokenLedger가 이 컴퓨터에서 Gemini CLI가 기록하는 채팅 로그를 읽습니다(~/.gemini/tmp/*/chats).</translation>
    </message>
    <message>
        <location filename="../core/providers/otheradapters.cpp" line="50"/>
        <source>Connected with a management key: daily history and credits will sync.</source>
        <translation>관리 키로 연결되었습니다. 일별 기록과 크레딧이 동기화됩니다.</translation>
    </message>
    <message>
        <location filename="../core/providers/otheradapters.cpp" line="52"/>
        <source>Connected. This is not a management key: only its limit syncs; daily history needs a management key.</source>
        <translation>연결되었습니다. 관리 키가 아니므로 한도만 동기화됩니다. 일별 기록에는 관리 키가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../core/providers/otheradapters.cpp" line="198"/>
        <source>Connected: the balance can be read.</source>
        <translation>연결되었습니다. 잔액을 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/providers/otheradapters.cpp" line="248"/>
        <source>%1 offers no usage API that this key can read — import a CSV or add entries manually.</source>
        <translation>%1은(는) 이 키로 읽을 수 있는 사용량 API를 제공하지 않습니다. CSV를 가져오거나 항목을 직접 추가하세요.</translation>
    </message>
    <message>
        <location filename="../core/providers/otheradapters.cpp" line="277"/>
        <source>Nothing to test: this account holds manual entries and imported CSV files.</source>
        <translation>테스트할 것이 없습니다. 이 계정에는 직접 입력한 항목과 가져온 CSV 파일만 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/providers/otheradapters.cpp" line="286"/>
        <source>Perplexity has no free way to check a key, and TokenLedger never makes paid requests.</source>
        <translation>Perplexity에는 키를 무료로 확인하는 방법이 없으며, TokenLedger는 유료 요청을 하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/providers/otheradapters.cpp" line="294"/>
        <source>Connected: the key works. %1</source>
        <translation>연결되었습니다. 키가 작동합니다. %1</translation>
    </message>
    <message>
        <location filename="../core/providers/anthropicadapter.cpp" line="61"/>
        <source>Connected: the Admin key can read usage and cost reports.</source>
        <translation>연결되었습니다. Admin 키로 사용량 및 비용 보고서를 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/providers/openaiadapter.cpp" line="77"/>
        <source>Connected: the admin key can read usage and costs.</source>
        <translation>연결되었습니다. 관리자 키로 사용량과 비용을 읽을 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>tl::Quality</name>
    <message>
        <location filename="../core/analytics/quality.cpp" line="392"/>
        <source>%1 looks like a model of %2, but it is on an account of %3. Was a file imported into the wrong account? Its cost is priced as %3&apos;s.%4</source>
        <translation>%1은(는) %2의 모델로 보이지만 %3 계정에 있습니다. 파일을 잘못된 계정으로 가져왔나요? 비용은 %3의 가격으로 계산됩니다.%4</translation>
    </message>
    <message>
        <location filename="../core/analytics/quality.cpp" line="396"/>
        <source> (This account has its own base URL: if it is a proxy that serves several vendors, this is expected.)</source>
        <translation> (이 계정에는 자체 기본 URL이 있습니다. 여러 공급사를 중계하는 프록시라면 예상된 결과입니다.)</translation>
    </message>
    <message>
        <location filename="../core/analytics/quality.cpp" line="411"/>
        <source>Rows of %2 with a negative cost or more than a trillion tokens or requests in one day: %1. Check the file or export they came from.</source>
        <translation>비용이 음수이거나 하루 토큰 또는 요청이 1조를 넘는 %2 행: %1개. 해당 파일이나 내보내기를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../core/analytics/quality.cpp" line="429"/>
        <source>Days of %2 that come from more than one source (%3), so they are counted more than once: %1. %4, or keep CSV imports to accounts without a usage API.</source>
        <translation>둘 이상의 출처(%3)에서 온 %2의 날짜로, 중복 계산됩니다: %1일. %4. 또는 CSV는 사용량 API가 없는 계정으로만 가져오세요.</translation>
    </message>
    <message>
        <location filename="../core/analytics/quality.cpp" line="445"/>
        <source>Remove import %1 (%2: Usage → Imports, or tokenledger imports remove %1)</source>
        <translation>가져오기 %1을(를) 제거하세요(%2: 사용량 → 가져오기 또는 tokenledger imports remove %1)</translation>
    </message>
    <message>
        <location filename="../core/analytics/quality.cpp" line="450"/>
        <source>Remove the imported rows</source>
        <translation>가져온 행을 제거하세요</translation>
    </message>
    <message>
        <location filename="../core/analytics/quality.cpp" line="462"/>
        <source>Rows dated after today (%2 UTC), from %3: %1. A wrong date column or time zone in an import?</source>
        <translation>오늘(%2 UTC) 이후 날짜의 행, %3부터: %1개. 가져오기의 날짜 열이나 시간대가 잘못되었나요?</translation>
    </message>
</context>
<context>
    <name>tl::QualityView</name>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="28"/>
        <source>Model of another provider</source>
        <translation>다른 제공업체의 모델</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="30"/>
        <source>Impossible value</source>
        <translation>불가능한 값</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="32"/>
        <source>Counted from two sources</source>
        <translation>두 소스에서 중복 집계</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="34"/>
        <source>Dated in the future</source>
        <translation>미래 날짜</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="70"/>
        <location filename="../ui/usage/qualityview.cpp" line="99"/>
        <source>Show Import</source>
        <translation>가져오기 보기</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="72"/>
        <source>The import in Usage → Imports, where it can be removed</source>
        <translation>사용량 → 가져오기에 있는 해당 가져오기 (여기서 제거 가능)</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="99"/>
        <source>Show Import %1</source>
        <translation>가져오기 %1 보기</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="122"/>
        <source>The checks could not run: %1</source>
        <translation>검사를 실행할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="127"/>
        <source>Check</source>
        <translation>검사</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="127"/>
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="127"/>
        <location filename="../ui/usage/qualityview.cpp" line="179"/>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="127"/>
        <source>Days (UTC)</source>
        <translation>일 (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="127"/>
        <source>Rows</source>
        <translation>행</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="127"/>
        <source>What to look at</source>
        <translation>확인할 내용</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="141"/>
        <source>No findings: every model belongs to its account&apos;s provider, no value is impossible, no day is counted from two sources and nothing is dated in the future.</source>
        <translation>발견된 문제 없음: 모든 모델이 해당 계정의 제공업체에 속하고, 불가능한 값이 없으며, 두 소스에서 중복 집계된 날이 없고, 미래 날짜도 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="144"/>
        <source>Findings: %1. Nothing has been changed: select one to see the rows behind it, then fix the source (remove an import, correct a file) if it is wrong.</source>
        <translation>발견된 문제: %1. 아무것도 변경하지 않았습니다. 항목을 선택해 관련 행을 확인하고, 잘못되었다면 소스를 수정하세요(가져오기 제거, 파일 수정).</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="177"/>
        <source>The rows behind this finding could not be read: %1</source>
        <translation>이 문제와 관련된 행을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="179"/>
        <source>Day (UTC)</source>
        <translation>일 (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="179"/>
        <source>Source</source>
        <translation>소스</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="179"/>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="180"/>
        <source>Cached</source>
        <translation>캐시됨</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="180"/>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="180"/>
        <source>Requests</source>
        <translation>요청</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="180"/>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <location filename="../ui/usage/qualityview.cpp" line="185"/>
        <source>no price</source>
        <translation>가격 없음</translation>
    </message>
</context>
<context>
    <name>tl::RangePickerDialog</name>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="224"/>
        <source>Custom range</source>
        <translation>사용자 지정 기간</translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="233"/>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="235"/>
        <source>to</source>
        <translation>종료</translation>
    </message>
    <message>
        <location filename="../ui/common/periodbar.cpp" line="237"/>
        <source>Both days are included; days are UTC days, as providers report them.</source>
        <translation>양쪽 날짜가 모두 포함됩니다. 날짜는 제공업체가 보고하는 UTC 기준 일입니다.</translation>
    </message>
</context>
<context>
    <name>tl::ReconciliationView</name>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="45"/>
        <source>Nothing billed for this day yet: cost reports can lag a day or two, and some providers have none.</source>
        <translation>이 날짜에는 아직 청구된 금액이 없습니다. 비용 보고서는 하루 이틀 늦을 수 있으며, 일부 제공업체는 보고서가 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="47"/>
        <source>Billed without usage rows: charges that are not tokens (web search, code execution, fine-tuning, images) or usage TokenLedger does not fetch.</source>
        <translation>사용량 행 없이 청구됨: 토큰이 아닌 요금(웹 검색, 코드 실행, 파인 튜닝, 이미지) 또는 TokenLedger가 가져오지 않는 사용량입니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="50"/>
        <source>%1 tokens of models without a known price are not in the estimate.</source>
        <translation>가격을 알 수 없는 모델의 토큰 %1개는 추정치에 포함되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="53"/>
        <source>Used the %1 tier: estimates use standard prices (batch is usually billed at half, priority above).</source>
        <translation>%1 등급 사용: 추정치는 표준 가격을 사용합니다(배치는 보통 절반 가격, 우선순위는 더 높은 가격으로 청구됨).</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="57"/>
        <source>Long-context requests (over 200k input tokens, as the Console export says): every token of them is estimated at the long-context price, as Anthropic bills them.</source>
        <translation>긴 컨텍스트 요청(Console 내보내기 기준 입력 토큰 20만 개 초과): Anthropic의 청구 방식대로 해당 요청의 모든 토큰을 긴 컨텍스트 가격으로 추정합니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="60"/>
        <source>Credits or refunds of %1 lowered the bill.</source>
        <translation>%1의 크레딧 또는 환불로 청구액이 줄었습니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="62"/>
        <source>%1 cache-write tokens are estimated at cache-write prices.</source>
        <translation>캐시 쓰기 토큰 %1개는 캐시 쓰기 가격으로 추정합니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="65"/>
        <source>No bill from %1 this day: their usage is only in the estimate.</source>
        <translation>이 날짜에 %1의 청구가 없습니다. 해당 사용량은 추정치에만 포함됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="76"/>
        <source>Only highlighted days</source>
        <translation>강조된 날짜만</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="94"/>
        <source>Days whose billed and estimated amounts differ by more than this (and more than a cent) are highlighted.</source>
        <translation>청구 금액과 추정 금액의 차이가 이 값(및 1센트)보다 큰 날짜가 강조 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="100"/>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="102"/>
        <source>to</source>
        <translation>종료</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="105"/>
        <source>Highlight gaps over</source>
        <translation>차이 강조 기준</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="117"/>
        <source>Select a day to see the billed lines and usage rows behind it.</source>
        <translation>청구 항목과 관련 사용량 행을 보려면 날짜를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="178"/>
        <source>Could not read the data: %1</source>
        <translation>데이터를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="198"/>
        <source>Day (UTC)</source>
        <translation>일 (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="198"/>
        <source>Provider</source>
        <translation>제공업체</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="198"/>
        <location filename="../ui/usage/reconciliationview.cpp" line="301"/>
        <source>Billed</source>
        <translation>청구</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="198"/>
        <source>Estimated</source>
        <translation>추정</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="199"/>
        <source>Difference</source>
        <translation>차이</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="199"/>
        <source>Difference %</source>
        <translation>차이 %</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="199"/>
        <source>What explains it</source>
        <translation>원인</translation>
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
        <translation>알 수 없음: 가격 페이지에서 가격을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="243"/>
        <source>Nothing billed or used between %1 and %2 (UTC).</source>
        <translation>%1부터 %2까지(UTC) 청구되거나 사용된 내역이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="247"/>
        <source>On days with both figures, providers billed %1 against %2 estimated from tokens × prices. %3 of %4 day-and-provider rows are highlighted.</source>
        <translation>두 수치가 모두 있는 날짜에 제공업체는 %1을(를) 청구했고, 토큰 × 가격으로 추정한 금액은 %2입니다. 날짜·제공업체 행 %4개 중 %3개가 강조 표시되었습니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="268"/>
        <source>%1 on %2 (UTC)</source>
        <translation>%2 (UTC)의 %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="269"/>
        <source>no known cause of a difference</source>
        <translation>차이의 알려진 원인 없음</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="293"/>
        <source>The lines behind it could not be read: %1</source>
        <translation>관련 항목을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="296"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="296"/>
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="296"/>
        <source>Line item / model</source>
        <translation>청구 항목 / 모델</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="296"/>
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="296"/>
        <source>Tokens</source>
        <translation>토큰</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="296"/>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="307"/>
        <source>Usage (unpriced)</source>
        <translation>사용량 (가격 없음)</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="308"/>
        <source>Usage (reported)</source>
        <translation>사용량 (보고됨)</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="309"/>
        <source>Usage (estimated)</source>
        <translation>사용량 (추정)</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="311"/>
        <source>%1 (%2 tier)</source>
        <translation>%1 (%2 등급)</translation>
    </message>
    <message>
        <location filename="../ui/usage/reconciliationview.cpp" line="313"/>
        <source>no price</source>
        <translation>가격 없음</translation>
    </message>
</context>
<context>
    <name>tl::SecretStore</name>
    <message>
        <location filename="../core/secrets/accountkeys.cpp" line="61"/>
        <source>The key is empty; nothing was stored.</source>
        <translation>키가 비어 있어 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/secrets/accountkeys.cpp" line="68"/>
        <source>The key holds a control character, which no provider&apos;s key has; nothing was stored.</source>
        <translation>키에 제어 문자가 있습니다. 어떤 제공업체의 키에도 없는 문자입니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/secrets/accountkeys.cpp" line="74"/>
        <source>The key is longer than %1 characters, longer than any provider&apos;s key; nothing was stored.</source>
        <translation>키가 %1자보다 깁니다. 어떤 제공업체의 키보다도 길어 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/secrets/accountkeys.cpp" line="91"/>
        <source>The keychain entry of &quot;%1&quot; is not in TokenLedger&apos;s format; enter the key again.</source>
        <translation>&quot;%1&quot;의 키체인 항목이 TokenLedger 형식이 아닙니다. 키를 다시 입력하세요.</translation>
    </message>
    <message>
        <location filename="../core/secrets/accountkeys.cpp" line="100"/>
        <source>The key of &quot;%1&quot; was entered for %2, but the account now points at %3. TokenLedger sends a key only to the address it was entered for: enter the key again for the new address (Accounts → Edit, or tokenledger accounts edit %4 --key).</source>
        <translation>&quot;%1&quot;의 키는 %2용으로 입력되었지만 계정은 이제 %3을(를) 가리킵니다. TokenLedger는 키를 입력한 주소로만 보냅니다. 새 주소에 맞게 키를 다시 입력하세요(계정 → 편집 또는 tokenledger accounts edit %4 --key).</translation>
    </message>
    <message>
        <location filename="../core/secrets/accountkeys.cpp" line="122"/>
        <source>The key of &quot;%1&quot; is not sent: the base URL %2.</source>
        <translation>&quot;%1&quot;의 키를 보내지 않습니다. 기본 URL: %2.</translation>
    </message>
    <message>
        <location filename="../core/secrets/accountkeys.cpp" line="130"/>
        <source>The account &quot;%1&quot; has no key reference.</source>
        <translation>계정 &quot;%1&quot;에 키 참조가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="42"/>
        <location filename="../core/secrets/secretstore.cpp" line="259"/>
        <source>No API key is stored for this account.</source>
        <translation>이 계정에 저장된 API 키가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="47"/>
        <source>No system keychain is available (on Linux: a Secret Service such as GNOME Keyring or KWallet), so the key was not stored. TokenLedger never keeps keys anywhere else; for headless use, set the account&apos;s TOKENLEDGER_API_KEY_&lt;key reference&gt; environment variable when syncing (tokenledger accounts list shows it).</source>
        <translation>시스템 키체인을 사용할 수 없어(Linux에서는 GNOME Keyring이나 KWallet 같은 Secret Service) 키를 저장하지 않았습니다. TokenLedger는 키를 다른 곳에 보관하지 않습니다. 데스크톱 없이 사용하려면 동기화할 때 계정의 TOKENLEDGER_API_KEY_&lt;key reference&gt; 환경 변수를 설정하세요(tokenledger accounts list에 표시됨).</translation>
    </message>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="57"/>
        <source>The system keychain refused access.</source>
        <translation>시스템 키체인이 접근을 거부했습니다.</translation>
    </message>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="66"/>
        <source>The system keychain failed: %1</source>
        <translation>시스템 키체인 오류: %1</translation>
    </message>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="85"/>
        <source>The system keychain did not answer within %1 s.</source>
        <translation>시스템 키체인이 %1초 안에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="26"/>
        <source>The system keychain is locked. Unlock it (log in to your desktop session, or open your keyring manager) and try again.</source>
        <translation>시스템 키체인이 잠겨 있습니다. 잠금을 해제한 뒤(데스크톱 세션에 로그인하거나 키링 관리자를 여세요) 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="236"/>
        <source>No system keychain is available.</source>
        <translation>시스템 키체인을 사용할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>tl::SettingsPage</name>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="48"/>
        <source>Automatic sync</source>
        <translation>자동 동기화</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="54"/>
        <source>Off (sync only with Sync Now)</source>
        <translation>끄기 (지금 동기화로만 동기화)</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="55"/>
        <source>Every %1 minutes</source>
        <translation>%1분마다</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="56"/>
        <source>Every hour</source>
        <translation>매시간</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="57"/>
        <source>Once a day</source>
        <translation>하루 한 번</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="58"/>
        <source>Every %1 hours</source>
        <translation>%1시간마다</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="64"/>
        <source>Sync:</source>
        <translation>동기화:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="69"/>
        <location filename="../ui/settingspage/settingspage.cpp" line="76"/>
        <source> days</source>
        <translation> 일</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="71"/>
        <source>First sync reads:</source>
        <translation>첫 동기화 범위:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="78"/>
        <source>Keep sync history:</source>
        <translation>동기화 기록 보관:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="79"/>
        <source>A sync reads the last few days again (providers revise recent days). A missed sync runs shortly after TokenLedger starts.</source>
        <translation>동기화할 때마다 최근 며칠을 다시 읽습니다(제공업체가 최근 날짜를 수정하기 때문). 놓친 동기화는 TokenLedger가 시작된 직후 실행됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="85"/>
        <source>Follow coding-agent logs live</source>
        <translation>코딩 에이전트 로그 실시간 추적</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="92"/>
        <source>Claude Code, Codex CLI and Gemini CLI accounts are read again a couple of seconds after their agent writes to its logs, instead of only at the next sync. Off: their logs are read at each sync.</source>
        <translation>Claude Code, Codex CLI, Gemini CLI 계정을 다음 동기화까지 기다리지 않고, 에이전트가 로그를 기록하고 몇 초 뒤에 다시 읽습니다. 끄면 동기화할 때마다 로그를 읽습니다.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="99"/>
        <source>Notifications</source>
        <translation>알림</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="102"/>
        <source>A budget threshold is crossed</source>
        <translation>예산 기준값을 넘었을 때</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="103"/>
        <source>The forecast goes over a budget</source>
        <translation>예측이 예산을 넘을 때</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="104"/>
        <source>A day&apos;s spend spikes</source>
        <translation>하루 지출이 급증할 때</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="105"/>
        <source>An account keeps failing to sync</source>
        <translation>계정 동기화가 계속 실패할 때</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="106"/>
        <source>Credits or a balance run low</source>
        <translation>크레딧이나 잔액이 부족할 때</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="107"/>
        <source>A model without a price appears</source>
        <translation>가격 없는 모델이 나타날 때</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="108"/>
        <source>A coding agent&apos;s 5-hour window runs hot</source>
        <translation>코딩 에이전트의 5시간 구간 사용량이 많을 때</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="124"/>
        <source>Notify me when:</source>
        <translation>알림 조건:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="129"/>
        <source>Off</source>
        <translation>끄기</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="138"/>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="146"/>
        <source>Quiet hours (local time):</source>
        <translation>방해 금지 시간 (현지 시간):</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="147"/>
        <source>Closing the window keeps TokenLedger running in the tray</source>
        <translation>창을 닫아도 TokenLedger가 트레이에서 계속 실행</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="154"/>
        <source>Every alert is kept on the Budgets &amp; Alerts page; these choices only decide which ones also pop up on the desktop.</source>
        <translation>모든 알림은 예산 및 알림 페이지에 보관됩니다. 이 설정은 어떤 알림을 바탕 화면에도 띄울지만 결정합니다.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="161"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="166"/>
        <source>As the system (%1)</source>
        <translation>시스템 설정 따름 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="174"/>
        <source>Window language:</source>
        <translation>창 언어:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="175"/>
        <source>Takes effect the next time TokenLedger starts. Dates and numbers follow the language; exports stay in their fixed formats.</source>
        <translation>TokenLedger를 다음에 시작할 때 적용됩니다. 날짜와 숫자는 언어를 따르며, 내보내기는 고정된 형식을 유지합니다.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="182"/>
        <source>Data locations</source>
        <translation>데이터 위치</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="184"/>
        <source>Database:</source>
        <translation>데이터베이스:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="185"/>
        <source>Settings:</source>
        <translation>설정:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="186"/>
        <source>API keys are never stored in these files: they live only in your system keychain. Start TokenLedger with --db PATH or --profile DIR to use other files.</source>
        <translation>API 키는 이 파일들에 절대 저장되지 않으며 시스템 키체인에만 보관됩니다. 다른 파일을 사용하려면 TokenLedger를 --db PATH 또는 --profile DIR 옵션으로 시작하세요.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage/settingspage.cpp" line="224"/>
        <source>This desktop has no system tray: closing the window quits TokenLedger, and new alerts show in the window.</source>
        <translation>이 데스크톱에는 시스템 트레이가 없습니다. 창을 닫으면 TokenLedger가 종료되며, 새 알림은 창에 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>tl::SyncHistoryPage</name>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="27"/>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="29"/>
        <source>Success</source>
        <translation>성공</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="31"/>
        <source>Partial</source>
        <translation>부분 성공</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="33"/>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="35"/>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="44"/>
        <source>manual</source>
        <translation>수동</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="46"/>
        <source>scheduled</source>
        <translation>예약</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="48"/>
        <source>at start-up</source>
        <translation>시작 시</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="50"/>
        <source>command line</source>
        <translation>명령줄</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="69"/>
        <source>All statuses</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="73"/>
        <source>All accounts</source>
        <translation>모든 계정</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="75"/>
        <source>When (local time)</source>
        <translation>시각 (현지 시간)</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="75"/>
        <source>Trigger</source>
        <translation>실행 방식</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="75"/>
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="75"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="75"/>
        <source>New</source>
        <translation>신규</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="76"/>
        <source>Updated</source>
        <translation>업데이트</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="76"/>
        <source>Days (UTC)</source>
        <translation>일 (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="76"/>
        <source>Duration</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="76"/>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="85"/>
        <source>No sync has run yet</source>
        <translation>아직 실행된 동기화가 없습니다</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="86"/>
        <source>Every sync is recorded here with its status, the records it created or updated, its duration and any error. Add an account, then press Sync Now (Ctrl+R).</source>
        <translation>모든 동기화는 상태, 생성하거나 업데이트한 레코드, 소요 시간, 오류와 함께 여기에 기록됩니다. 계정을 추가한 뒤 지금 동기화(Ctrl+R)를 누르세요.</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="92"/>
        <source>Account:</source>
        <translation>계정:</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="95"/>
        <source>Status:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="136"/>
        <source>(removed account)</source>
        <translation>(제거된 계정)</translation>
    </message>
    <message>
        <location filename="../ui/sync/synchistorypage.cpp" line="167"/>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1초</translation>
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
        <translation>지금 동기화</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncnowbutton.cpp" line="22"/>
        <source>Cancel Sync</source>
        <translation>동기화 취소</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncnowbutton.cpp" line="24"/>
        <source>Stop the sync: the account being synced keeps what it had before</source>
        <translation>동기화 중지: 동기화 중인 계정은 이전 데이터를 유지합니다</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncnowbutton.cpp" line="30"/>
        <location filename="../ui/sync/syncnowbutton.cpp" line="39"/>
        <source>Syncing…</source>
        <translation>동기화 중…</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncnowbutton.cpp" line="39"/>
        <source>Syncing 0/%1…</source>
        <translation>동기화 중 0/%1…</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncnowbutton.cpp" line="43"/>
        <source>Syncing %1/%2: %3…</source>
        <translation>동기화 중 %1/%2: %3…</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncnowbutton.cpp" line="48"/>
        <source>Sync failed — Retry</source>
        <translation>동기화 실패 — 다시 시도</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncnowbutton.cpp" line="59"/>
        <source>Pull the latest usage and costs from your providers (Ctrl+R)</source>
        <translation>제공업체에서 최신 사용량과 비용 가져오기 (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncnowbutton.cpp" line="71"/>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncnowbutton.cpp" line="80"/>
        <source>The last sync was cancelled. Accounts synced before it keep their data; the one being synced stored nothing.</source>
        <translation>마지막 동기화가 취소되었습니다. 그 전에 동기화된 계정은 데이터를 유지하며, 동기화 중이던 계정은 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync/syncnowbutton.cpp" line="94"/>
        <source>%n account(s) failed — Retry</source>
        <translation>
            <numerusform>계정 %n개 실패 — 다시 시도</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sync/syncnowbutton.cpp" line="99"/>
        <source>Nothing to sync</source>
        <translation>동기화할 항목 없음</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncnowbutton.cpp" line="100"/>
        <source>Add an account on the Accounts page.</source>
        <translation>계정 페이지에서 계정을 추가하세요.</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncnowbutton.cpp" line="103"/>
        <source>Synced %1 new records, %2 updated</source>
        <translation>새 레코드 %1개 동기화, %2개 업데이트</translation>
    </message>
</context>
<context>
    <name>tl::SyncReach</name>
    <message>
        <location filename="../core/sync/syncreach.cpp" line="41"/>
        <source>This desktop (key in the keychain)</source>
        <translation>이 데스크톱 (키체인에 키 있음)</translation>
    </message>
    <message>
        <location filename="../core/sync/syncreach.cpp" line="43"/>
        <source>This desktop (key from the environment)</source>
        <translation>이 데스크톱 (환경 변수의 키)</translation>
    </message>
    <message>
        <location filename="../core/sync/syncreach.cpp" line="45"/>
        <source>This desktop (local logs, no key needed)</source>
        <translation>이 데스크톱 (로컬 로그, 키 불필요)</translation>
    </message>
    <message>
        <location filename="../core/sync/syncreach.cpp" line="48"/>
        <source>%1 (the coding-agent logs of that computer)</source>
        <extracomment>a coding-agent account of a team database, read from a teammate&apos;s logs: &quot;ana@laptop&quot;</extracomment>
        <translation>%1 (해당 컴퓨터의 코딩 에이전트 로그)</translation>
    </message>
    <message>
        <location filename="../core/sync/syncreach.cpp" line="50"/>
        <source>Not synced (imports and manual entries)</source>
        <translation>동기화 안 함 (가져오기와 수동 입력)</translation>
    </message>
    <message>
        <location filename="../core/sync/syncreach.cpp" line="52"/>
        <source>Another desktop or a sync host (its key is not on this desktop)</source>
        <translation>다른 데스크톱 또는 동기화 호스트 (이 데스크톱에는 키가 없음)</translation>
    </message>
    <message>
        <location filename="../core/sync/syncreach.cpp" line="54"/>
        <source>Not synced: no key on this desktop</source>
        <translation>동기화 안 함: 이 데스크톱에 키 없음</translation>
    </message>
    <message>
        <location filename="../core/sync/syncreach.cpp" line="56"/>
        <source>Unknown: %1</source>
        <translation>알 수 없음: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/syncreach.cpp" line="60"/>
        <source>Checking the keychain…</source>
        <translation>키체인 확인 중…</translation>
    </message>
    <message>
        <location filename="../core/sync/syncreach.cpp" line="107"/>
        <source>%1: not synced from this desktop, so another desktop or a sync host syncs it. %2</source>
        <translation>%1: 이 데스크톱에서는 동기화하지 않으므로 다른 데스크톱이나 동기화 호스트가 동기화합니다. %2</translation>
    </message>
    <message>
        <location filename="../core/sync/syncreach.cpp" line="126"/>
        <source>just now</source>
        <translation>방금</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sync/syncreach.cpp" line="128"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n분 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sync/syncreach.cpp" line="130"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n시간 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sync/syncreach.cpp" line="132"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n일 전</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/sync/syncreach.cpp" line="143"/>
        <source>this desktop</source>
        <translation>이 데스크톱</translation>
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
        <translation>이 OpenRouter 키는 관리 키가 아닙니다. 한도는 동기화했지만 일별 사용량과 지출에는 관리 키가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../core/providers/otheradapters.cpp" line="178"/>
        <source>OpenRouter&apos;s daily activity never includes today (UTC).</source>
        <translation>OpenRouter의 일별 활동에는 오늘(UTC)이 포함되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/providers/otheradapters.cpp" line="237"/>
        <source>DeepSeek offers no usage API that this key can read: only its balance syncs.</source>
        <translation>DeepSeek은 이 키로 읽을 수 있는 사용량 API를 제공하지 않습니다. 잔액만 동기화됩니다.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncengine.cpp" line="86"/>
        <source>A sync is already running.</source>
        <translation>이미 동기화가 진행 중입니다.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncengine.cpp" line="89"/>
        <source>An explicit window needs both a first and a last day.</source>
        <translation>기간을 직접 지정하려면 첫날과 마지막 날이 모두 필요합니다.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncengine.cpp" line="91"/>
        <source>The window&apos;s first day is after its last day.</source>
        <translation>기간의 첫날이 마지막 날보다 뒤입니다.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncengine.cpp" line="101"/>
        <source>There is no account %1.</source>
        <translation>계정 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncengine.cpp" line="106"/>
        <source>%1: disabled</source>
        <translation>%1: 사용 안 함</translation>
    </message>
    <message>
        <location filename="../core/sync/syncengine.cpp" line="145"/>
        <source>Another %1 is using this profile; nothing was synced. Try again when it has finished.</source>
        <translation>다른 %1이(가) 이 프로필을 사용 중이어서 아무것도 동기화하지 않았습니다. 끝난 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncreach.cpp" line="114"/>
        <source>%1: reads the coding-agent logs of %2&apos;s computer; imported there.</source>
        <translation>%1: %2의 컴퓨터에 있는 코딩 에이전트 로그를 읽으므로 그곳에서 가져옵니다.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncreach.cpp" line="96"/>
        <source>%1: its key is not on this desktop, so another desktop or a sync host syncs it. To sync it from here too, add its key or set %2.</source>
        <translation>%1: 이 데스크톱에 키가 없으므로 다른 데스크톱이나 동기화 호스트가 동기화합니다. 여기서도 동기화하려면 키를 추가하거나 %2을(를) 설정하세요.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncreach.cpp" line="100"/>
        <source>%1: no API key stored, so it is not synced (CSV imports and manual entries only). Add a key to sync it, or set %2.</source>
        <translation>%1: 저장된 API 키가 없어 동기화하지 않습니다(CSV 가져오기와 직접 입력한 항목만). 동기화하려면 키를 추가하거나 %2을(를) 설정하세요.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="31"/>
        <location filename="../core/sync/syncruntext.cpp" line="38"/>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="39"/>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="70"/>
        <source>No system keychain is available, so the account&apos;s key cannot be read. For headless syncs without a keychain, set %1.</source>
        <translation>시스템 키체인을 사용할 수 없어 계정의 키를 읽을 수 없습니다. 키체인 없이 동기화하려면 %1을(를) 설정하세요.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="76"/>
        <source>The system keychain is locked. Unlock it (log in to your desktop session, or open your keyring manager) and sync again.</source>
        <translation>시스템 키체인이 잠겨 있습니다. 잠금을 해제한 뒤(데스크톱 세션에 로그인하거나 키링 관리자를 여세요) 다시 동기화하세요.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="80"/>
        <source>The system keychain refused access to the account&apos;s key.</source>
        <translation>시스템 키체인이 계정 키에 대한 접근을 거부했습니다.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="82"/>
        <source>The system keychain did not answer in time.</source>
        <translation>시스템 키체인이 제때 응답하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="84"/>
        <source>The account&apos;s key is not sent to this address%1. Enter the key again for the account&apos;s address.</source>
        <translation>계정의 키를 이 주소로 보내지 않습니다%1. 계정 주소에 맞게 키를 다시 입력하세요.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="89"/>
        <source>The account&apos;s key could not be read%1. For headless syncs without a keychain, set %2.</source>
        <translation>계정의 키를 읽을 수 없습니다%1. 키체인 없이 동기화하려면 %2을(를) 설정하세요.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="97"/>
        <source>Synced %1 new records, %2 updated</source>
        <translation>새 레코드 %1개 동기화, %2개 업데이트</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="100"/>
        <source>, %1 withdrawn by the provider</source>
        <translation>, 제공업체가 철회한 레코드 %1개</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="102"/>
        <source>, 1 balance</source>
        <translation>, 잔액 1개</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="104"/>
        <source>, %1 balances</source>
        <translation>, 잔액 %1개</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="118"/>
        <source>%1 new requests, %2 completed, %3 already recorded from %4 of %5 files (%6 unchanged)</source>
        <translation>새 요청 %1개, 완성 %2개, 이미 기록됨 %3개 (파일 %5개 중 %4개 읽음, %6개 변경 없음)</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="124"/>
        <source>%1 files shrank or were replaced and were read again</source>
        <translation>파일 %1개가 줄어들었거나 바뀌어 다시 읽었습니다</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="127"/>
        <source>%1 streaming copies</source>
        <translation>스트리밍 사본 %1개</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="128"/>
        <source>%1 replays</source>
        <translation>재생 %1개</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="129"/>
        <source>%1 zero placeholders</source>
        <translation>0 자리표시자 %1개</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="130"/>
        <source>%1 synthetic messages</source>
        <translation>합성 메시지 %1개</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="131"/>
        <source>%1 API errors</source>
        <translation>API 오류 %1개</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="132"/>
        <source>%1 without a time</source>
        <translation>시간 없음 %1개</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="133"/>
        <source>%1 without a model</source>
        <translation>모델 없음 %1개</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="134"/>
        <source>%1 malformed lines</source>
        <translation>잘못된 줄 %1개</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="141"/>
        <source>dropped: %1</source>
        <translation>제외: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="143"/>
        <source>%1 bytes of unfinished lines are read next time</source>
        <translation>끝나지 않은 줄 %1바이트는 다음에 읽습니다</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="146"/>
        <source>%1 files could not be read</source>
        <translation>파일 %1개를 읽을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="157"/>
        <source>Cancelled; nothing of this account was stored.</source>
        <translation>취소됨. 이 계정의 데이터는 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="159"/>
        <source>The provider did not deliver this account&apos;s usage within %1; nothing of it was stored.</source>
        <translation>제공업체가 %1 안에 이 계정의 사용량을 보내지 않아 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="175"/>
        <source>Unknown provider &quot;%1&quot;.</source>
        <translation>알 수 없는 제공업체 &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="178"/>
        <source>Could not record the sync: %1</source>
        <translation>동기화를 기록할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="180"/>
        <source>Nothing was stored: amounts too large to add up%1.</source>
        <translation>아무것도 저장되지 않았습니다. 합산하기에 너무 큰 금액입니다%1.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="183"/>
        <source>Nothing was stored: the database refused the data%1.</source>
        <translation>아무것도 저장되지 않았습니다. 데이터베이스가 데이터를 거부했습니다%1.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="186"/>
        <source>Imported local logs: %1</source>
        <translation>로컬 로그를 가져왔습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="196"/>
        <source>Interrupted: TokenLedger stopped before this sync finished; nothing of it was stored.</source>
        <translation>중단됨. 이 동기화가 끝나기 전에 TokenLedger가 종료되어 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="206"/>
        <source>The provider&apos;s answer is larger than %1, more than TokenLedger accepts; nothing of it was used.</source>
        <translation>제공업체의 응답이 %1보다 커서 TokenLedger가 받아들이는 크기를 넘습니다. 아무것도 사용하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="210"/>
        <source>The provider&apos;s answer did not arrive within %1 s.</source>
        <translation>제공업체의 응답이 %1초 안에 도착하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="213"/>
        <source>The provider did not answer within %1 s.</source>
        <translation>제공업체가 %1초 안에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="215"/>
        <source>Network error: %1</source>
        <translation>네트워크 오류: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="217"/>
        <source>The provider&apos;s answer was cut off (the provider stopped answering for %1 s); nothing of it was used.</source>
        <translation>제공업체의 응답이 중간에 끊겼습니다(%1초 동안 응답이 없었음). 아무것도 사용하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="221"/>
        <source>The provider&apos;s answer was cut off (%1); nothing of it was used.</source>
        <translation>제공업체의 응답이 중간에 끊겼습니다(%1). 아무것도 사용하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="225"/>
        <source>The provider answered HTTP %1 without a valid redirect address.</source>
        <translation>제공업체가 올바른 리디렉션 주소 없이 HTTP %1로 응답했습니다.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="229"/>
        <source>TokenLedger&apos;s network module (libtokenledger-net) could not be loaded, so nothing was asked of the provider: %1. Reinstall TokenLedger.</source>
        <translation>TokenLedger의 네트워크 모듈(libtokenledger-net)을 불러올 수 없어 제공업체에 아무것도 요청하지 않았습니다: %1. TokenLedger를 다시 설치하세요.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="234"/>
        <source>The provider redirected more than %1 times.</source>
        <translation>제공업체가 %1번 넘게 리디렉션했습니다.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="253"/>
        <source>The provider rejected the key (HTTP %1)%2.</source>
        <translation>제공업체가 키를 거부했습니다(HTTP %1)%2.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="255"/>
        <source>The key is not allowed to do this (HTTP %1)%2.</source>
        <translation>이 키로는 이 작업을 할 수 없습니다(HTTP %1)%2.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="259"/>
        <source>Needed: %1</source>
        <translation>필요한 키: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="262"/>
        <source>Not found (HTTP 404): check the base URL%1.</source>
        <translation>찾을 수 없음(HTTP 404): 기본 URL을 확인하세요%1.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="265"/>
        <source>Rate limited by the provider (HTTP 429)%1.</source>
        <translation>제공업체가 요청 속도를 제한했습니다(HTTP 429)%1.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="269"/>
        <source>The provider had a server error (HTTP %1)%2.</source>
        <translation>제공업체 서버 오류(HTTP %1)%2.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="271"/>
        <source>The provider could not be reached%1.</source>
        <translation>제공업체에 연결할 수 없습니다%1.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="279"/>
        <source>The provider did not answer in time%1.</source>
        <translation>제공업체가 제때 응답하지 않았습니다%1.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="273"/>
        <source>The provider redirected the request to another address%1. TokenLedger sends a key only to the account&apos;s own address, so the sync stopped: check the account&apos;s base URL.</source>
        <translation>제공업체가 요청을 다른 주소로 리디렉션했습니다%1. TokenLedger는 계정 자신의 주소로만 키를 보내므로 동기화를 멈췄습니다. 계정의 기본 URL을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="281"/>
        <source>Cancelled.</source>
        <translation>취소됨.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="287"/>
        <source>The provider refused the request (HTTP %1)%2.</source>
        <translation>제공업체가 요청을 거부했습니다(HTTP %1)%2.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncruntext.cpp" line="289"/>
        <source>The provider&apos;s answer is not what TokenLedger expects%1.</source>
        <translation>제공업체의 응답이 TokenLedger가 예상한 형식이 아닙니다%1.</translation>
    </message>
</context>
<context>
    <name>tl::SyncService</name>
    <message>
        <location filename="../core/sync/syncservice.cpp" line="98"/>
        <source>A sync is already running.</source>
        <translation>이미 동기화가 진행 중입니다.</translation>
    </message>
</context>
<context>
    <name>tl::TeamDatabaseDialog</name>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="46"/>
        <source>&amp;Connect</source>
        <translation>연결(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="49"/>
        <source>Connect to a Team Database</source>
        <translation>팀 데이터베이스에 연결</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="62"/>
        <source>db.example.com, or a socket folder</source>
        <translation>db.example.com 또는 소켓 폴더</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="63"/>
        <source>Prefer TLS (libpq&apos;s default)</source>
        <translation>가능하면 TLS 사용(libpq 기본값)</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="64"/>
        <source>Require TLS</source>
        <translation>TLS 필수</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="65"/>
        <source>Require TLS, verify the certificate authority</source>
        <translation>TLS 필수, 인증 기관 확인</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="66"/>
        <source>Require TLS, verify the certificate and host name</source>
        <translation>TLS 필수, 인증서와 호스트 이름 확인</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="67"/>
        <source>No TLS</source>
        <translation>TLS 사용 안 함</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="69"/>
        <source>empty: from ~/.pgpass, or none</source>
        <translation>비워 두면 ~/.pgpass에서 읽거나 사용하지 않음</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="81"/>
        <source>Use the &amp;Personal Ledger</source>
        <translation>개인 장부 사용(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="89"/>
        <source>One ledger on a PostgreSQL server, shared by your team: everyone sees the same numbers, budgets and alerts. API keys stay in each person&apos;s own keychain. The password goes into this computer&apos;s keychain, never into the settings.</source>
        <translation>PostgreSQL 서버에 있는 장부 하나를 팀이 함께 씁니다. 모두가 같은 숫자, 예산, 알림을 봅니다. API 키는 각자의 키체인에 남습니다. 비밀번호는 설정이 아니라 이 컴퓨터의 키체인에 저장됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="95"/>
        <source>&amp;Server:</source>
        <translation>서버(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="96"/>
        <source>P&amp;ort:</source>
        <translation>포트(&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="97"/>
        <source>&amp;Database:</source>
        <translation>데이터베이스(&amp;D):</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="98"/>
        <source>&amp;User:</source>
        <translation>사용자(&amp;U):</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="99"/>
        <source>&amp;TLS:</source>
        <translation>TLS(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="100"/>
        <source>Pass&amp;word:</source>
        <translation>비밀번호(&amp;W):</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="116"/>
        <source>Name the database.</source>
        <translation>데이터베이스 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="160"/>
        <source>Connecting to %1…</source>
        <translation>%1에 연결하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="193"/>
        <source>Connected. Storing the password in the keychain…</source>
        <translation>연결되었습니다. 비밀번호를 키체인에 저장하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="207"/>
        <source>The connection works, but the keychain did not take the password (%1); nothing was changed. Put it in ~/.pgpass instead and leave the password empty here.</source>
        <translation>연결은 되지만 키체인이 비밀번호를 받지 않았습니다(%1). 아무것도 바뀌지 않았습니다. 대신 ~/.pgpass에 넣고 여기서는 비밀번호를 비워 두세요.</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="228"/>
        <source>the personal ledger</source>
        <translation>개인 장부</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="230"/>
        <source>Restart TokenLedger</source>
        <translation>TokenLedger 다시 시작</translation>
    </message>
    <message>
        <location filename="../ui/teamdb/teamdatabasedialog.cpp" line="231"/>
        <source>TokenLedger opens %1 when it starts again. Restart now?</source>
        <translation>TokenLedger를 다시 시작하면 %1을(를) 엽니다. 지금 다시 시작할까요?</translation>
    </message>
</context>
<context>
    <name>tl::TokenKindsTable</name>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="182"/>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="182"/>
        <source>Input (uncached)</source>
        <translation>입력 (캐시 안 됨)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="182"/>
        <source>Cache reads</source>
        <translation>캐시 읽기</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="182"/>
        <source>Cache writes</source>
        <translation>캐시 쓰기</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="182"/>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="182"/>
        <source>All tokens</source>
        <translation>전체 토큰</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="184"/>
        <source>All models</source>
        <translation>모든 모델</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="217"/>
        <source>No tokens in this period.</source>
        <translation>이 기간에 토큰이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/breakdownpanels.cpp" line="218"/>
        <source>Each kind&apos;s share of the row&apos;s tokens. Cache reads are billed at a fraction of input, cache writes above it; providers that report no cache split show it all as input.</source>
        <translation>행의 토큰 중 각 종류가 차지하는 비율입니다. 캐시 읽기는 입력 가격의 일부만, 캐시 쓰기는 입력보다 높은 가격으로 청구됩니다. 캐시 구분을 보고하지 않는 제공업체는 모두 입력으로 표시합니다.</translation>
    </message>
</context>
<context>
    <name>tl::TrayController</name>
    <message>
        <location filename="../ui/alerts/traycontroller.cpp" line="25"/>
        <source>Open TokenLedger</source>
        <translation>TokenLedger 열기</translation>
    </message>
    <message>
        <location filename="../ui/alerts/traycontroller.cpp" line="26"/>
        <location filename="../ui/alerts/traycontroller.cpp" line="65"/>
        <source>Sync Now</source>
        <translation>지금 동기화</translation>
    </message>
    <message>
        <location filename="../ui/alerts/traycontroller.cpp" line="33"/>
        <source>No alerts</source>
        <translation>알림 없음</translation>
    </message>
    <message>
        <location filename="../ui/alerts/traycontroller.cpp" line="39"/>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <location filename="../ui/alerts/traycontroller.cpp" line="65"/>
        <source>Cancel Sync</source>
        <translation>동기화 취소</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/alerts/traycontroller.cpp" line="70"/>
        <source>TokenLedger — %n unread alert(s)</source>
        <translation>
            <numerusform>TokenLedger — 읽지 않은 알림 %n개</numerusform>
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
        <translation>최근 알림: %1</translation>
    </message>
</context>
<context>
    <name>tl::UsagePage</name>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="67"/>
        <source>No usage rows yet</source>
        <translation>아직 사용량 행이 없습니다</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="68"/>
        <source>Usage appears here after the first sync or import: one row per UTC day, model, project and API key, with its tokens, requests and cost.</source>
        <translation>사용량은 첫 동기화나 가져오기 후 여기에 표시됩니다. UTC 기준 일, 모델, 프로젝트, API 키마다 한 행씩 토큰, 요청, 비용과 함께 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="81"/>
        <source>‹ Previous</source>
        <translation>‹ 이전</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="82"/>
        <source>Next ›</source>
        <translation>다음 ›</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="87"/>
        <source>Import a CSV…</source>
        <translation>CSV 가져오기…</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="100"/>
        <location filename="../ui/usage/usagepage.cpp" line="415"/>
        <source>All providers</source>
        <translation>모든 제공업체</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="101"/>
        <location filename="../ui/usage/usagepage.cpp" line="419"/>
        <source>All accounts</source>
        <translation>모든 계정</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="102"/>
        <location filename="../ui/usage/usagepage.cpp" line="430"/>
        <source>All models</source>
        <translation>모든 모델</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="103"/>
        <location filename="../ui/usage/usagepage.cpp" line="431"/>
        <source>All projects</source>
        <translation>모든 프로젝트</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="104"/>
        <location filename="../ui/usage/usagepage.cpp" line="432"/>
        <source>All API keys</source>
        <translation>모든 API 키</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="105"/>
        <source>Any cost source</source>
        <translation>모든 비용 소스</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="106"/>
        <source>Estimated (tokens × price)</source>
        <translation>추정 (토큰 × 가격)</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="107"/>
        <source>Reported by the provider</source>
        <translation>제공업체가 보고함</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="108"/>
        <source>Unpriced</source>
        <translation>가격 없음</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="112"/>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="114"/>
        <source>to</source>
        <translation>종료</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="122"/>
        <source>Reset filters</source>
        <translation>필터 초기화</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="149"/>
        <source>Import CSV…</source>
        <translation>CSV 가져오기…</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="152"/>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="154"/>
        <source>Export JSON…</source>
        <translation>JSON 내보내기…</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="172"/>
        <source>Rows show usage cost: tokens × catalog prices, or the cost a provider reported per row. Where a provider sends a bill (a cost API or a cost export), the dashboard counts the bill instead — Billed vs estimated shows the difference per day.</source>
        <translation>행에는 사용 비용(토큰 × 카탈로그 가격 또는 제공업체가 행별로 보고한 비용)이 표시됩니다. 제공업체가 청구서를 보내는 경우(비용 API 또는 비용 내보내기) 대시보드는 대신 청구 금액을 집계합니다. 청구 대 추정에서 날짜별 차이를 확인할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="183"/>
        <source>Rows</source>
        <translation>행</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="184"/>
        <source>Billed vs estimated</source>
        <translation>청구 대 추정</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="186"/>
        <source>Data quality</source>
        <translation>데이터 품질</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="188"/>
        <source>Imports</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="196"/>
        <source>Manual entries</source>
        <translation>수동 항목</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="201"/>
        <source>Coding agents</source>
        <translation>코딩 에이전트</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="234"/>
        <location filename="../ui/usage/usagepage.cpp" line="401"/>
        <source>Could not read usage: %1</source>
        <translation>사용량을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="238"/>
        <source>Exported %1 rows to %2</source>
        <translation>%1개 행을 %2(으)로 내보냈습니다</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="241"/>
        <source>Export failed: %1</source>
        <translation>내보내기 실패: %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="449"/>
        <source>No rows match these filters on %1 – %2 (UTC days)</source>
        <translation>%1 – %2 (UTC 기준 일)에 이 필터와 일치하는 행이 없습니다</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepage.cpp" line="451"/>
        <source>Rows %1–%2 of %3</source>
        <translation>%3개 중 %1–%2행</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepageexport.cpp" line="21"/>
        <source>Export usage as CSV</source>
        <translation>사용량을 CSV로 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepageexport.cpp" line="21"/>
        <source>Export usage as JSON</source>
        <translation>사용량을 JSON으로 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepageexport.cpp" line="22"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepageexport.cpp" line="22"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 파일 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagepageexport.cpp" line="29"/>
        <source>Exporting…</source>
        <translation>내보내는 중…</translation>
    </message>
</context>
<context>
    <name>tl::UsageTableModel</name>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="20"/>
        <source>Estimated</source>
        <translation>추정</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="22"/>
        <source>Reported</source>
        <translation>보고됨</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="24"/>
        <source>Unpriced</source>
        <translation>가격 없음</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="60"/>
        <source>UTC day</source>
        <translation>UTC 기준 일</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="62"/>
        <source>Input tokens not read from a cache</source>
        <translation>캐시에서 읽지 않은 입력 토큰</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="64"/>
        <source>Input tokens read from a prompt cache</source>
        <translation>프롬프트 캐시에서 읽은 입력 토큰</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="66"/>
        <source>Tokens written to a prompt cache (5-minute and 1-hour)</source>
        <translation>프롬프트 캐시에 기록된 토큰 (5분 및 1시간)</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="68"/>
        <source>Usage cost in USD: estimated from catalog prices, or reported by the provider per request</source>
        <translation>USD 단위 사용 비용: 카탈로그 가격으로 추정했거나 제공업체가 요청별로 보고한 값</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="70"/>
        <source>Estimated: tokens × catalog price. Reported: the provider&apos;s own per-request cost. Unpriced: no price known, so not in any total.</source>
        <translation>추정: 토큰 × 카탈로그 가격. 보고됨: 제공업체가 직접 보고한 요청별 비용. 가격 없음: 알려진 가격이 없어 어떤 합계에도 포함되지 않음.</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="80"/>
        <source>Day (UTC)</source>
        <translation>일 (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="82"/>
        <source>Provider</source>
        <translation>제공업체</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="84"/>
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="86"/>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="88"/>
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="90"/>
        <source>API key</source>
        <translation>API 키</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="92"/>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="94"/>
        <source>Cached</source>
        <translation>캐시됨</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="96"/>
        <source>Cache writes</source>
        <translation>캐시 쓰기</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="98"/>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="100"/>
        <source>Requests</source>
        <translation>요청</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="102"/>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="104"/>
        <source>Cost source</source>
        <translation>비용 소스</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="133"/>
        <source>All %1 rows</source>
        <translation>전체 %1개 행</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="147"/>
        <source>%1 unpriced</source>
        <translation>가격 없음 %1</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="157"/>
        <source>Usage the provider reported without a model name (source: %1). No price can cover it: its cost comes from the provider&apos;s billed amount, or cannot be estimated.</source>
        <translation>제공업체가 모델 이름 없이 보고한 사용량입니다(소스: %1). 적용할 수 있는 가격이 없으며, 비용은 제공업체의 청구 금액에서 가져오거나 추정할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="161"/>
        <source>%1 (%2 tier, source: %3)</source>
        <translation>%1 (%2 등급, 소스: %3)</translation>
    </message>
    <message>
        <location filename="../ui/usage/usagetablemodel.cpp" line="163"/>
        <source>%1 (source: %2)</source>
        <translation>%1 (소스: %2)</translation>
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
        <translation>1분 미만</translation>
    </message>
    <message>
        <location filename="../core/analytics/usagewindows.cpp" line="216"/>
        <source>%1 d %2 h</source>
        <translation>%1일 %2시간</translation>
    </message>
    <message>
        <location filename="../core/analytics/usagewindows.cpp" line="218"/>
        <source>%1 d</source>
        <translation>%1일</translation>
    </message>
    <message>
        <location filename="../core/analytics/usagewindows.cpp" line="220"/>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <location filename="../core/analytics/usagewindows.cpp" line="222"/>
        <source>%1 h</source>
        <translation>%1시간</translation>
    </message>
    <message>
        <location filename="../core/analytics/usagewindows.cpp" line="223"/>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <location filename="../core/analytics/usagewindows.cpp" line="229"/>
        <source>resets now</source>
        <translation>지금 초기화</translation>
    </message>
    <message>
        <location filename="../core/analytics/usagewindows.cpp" line="230"/>
        <source>resets in %1</source>
        <translation>%1 후 초기화</translation>
    </message>
    <message>
        <location filename="../core/analytics/usagewindows.cpp" line="237"/>
        <source>not logged</source>
        <translation>기록 없음</translation>
    </message>
    <message>
        <location filename="../core/analytics/usagewindows.cpp" line="239"/>
        <source>no data since reset</source>
        <translation>초기화 이후 데이터 없음</translation>
    </message>
    <message>
        <location filename="../core/analytics/usagewindows.cpp" line="244"/>
        <source>%1 % used, %2</source>
        <translation>%1 % 사용, %2</translation>
    </message>
</context>
<context>
    <name>tl::WelcomePanel</name>
    <message>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="47"/>
        <source>Where is your LLM usage?</source>
        <translation>LLM 사용량은 어디에 있습니까?</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="54"/>
        <source>Pick a start; you can add the others later. TokenLedger shows only numbers it read from your providers, your agents&apos; logs or your own files — never made-up estimates.</source>
        <translation>시작할 방법을 고르십시오. 나머지는 나중에 추가할 수 있습니다. TokenLedger는 제공업체, 에이전트 로그 또는 직접 가져온 파일에서 읽은 숫자만 보여 주며, 지어낸 추정치는 절대 보여 주지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="60"/>
        <source>Looking for Claude Code, Codex CLI and Gemini CLI logs on this computer…</source>
        <translation>이 컴퓨터에서 Claude Code, Codex CLI, Gemini CLI 로그를 찾는 중…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="62"/>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="133"/>
        <source>Read Their Logs…</source>
        <translation>로그 읽기…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="68"/>
        <source>Usage and costs straight from the provider, synced on a schedule. OpenAI needs an organization admin key (sk-admin-…), Anthropic an Admin API key (sk-ant-admin…): ordinary project keys cannot read usage. The key is kept only in your system keychain.</source>
        <translation>제공업체에서 바로 가져오는 사용량과 비용으로, 일정에 따라 동기화됩니다. OpenAI는 조직 관리자 키(sk-admin-…), Anthropic은 Admin API 키(sk-ant-admin…)가 필요합니다. 일반 프로젝트 키로는 사용량을 읽을 수 없습니다. 키는 시스템 키체인에만 보관됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="71"/>
        <source>Add an Account…</source>
        <translation>계정 추가…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="75"/>
        <source>A usage or cost CSV downloaded from the OpenAI or Anthropic console, or a Google Cloud Billing export. Nothing leaves this computer; importing the same file again changes nothing.</source>
        <translation>OpenAI 또는 Anthropic 콘솔에서 내려받은 사용량·비용 CSV, 또는 Google Cloud Billing 내보내기 파일입니다. 어떤 데이터도 이 컴퓨터를 벗어나지 않으며, 같은 파일을 다시 가져와도 달라지는 것은 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="78"/>
        <source>Import a CSV…</source>
        <translation>CSV 가져오기…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="84"/>
        <source>Coding agents on this computer</source>
        <translation>이 컴퓨터의 코딩 에이전트</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="88"/>
        <source>A provider account</source>
        <translation>제공업체 계정</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="89"/>
        <source>A console export</source>
        <translation>콘솔 내보내기 파일</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="116"/>
        <source>No Claude Code, Codex CLI or Gemini CLI logs were found in their usual folders. If an agent keeps them elsewhere, add it from the Accounts page and choose the folder.</source>
        <translation>일반적인 폴더에서 Claude Code, Codex CLI, Gemini CLI 로그를 찾지 못했습니다. 에이전트가 다른 곳에 로그를 둔다면 계정 페이지에서 추가하고 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="119"/>
        <source>Choose Folders…</source>
        <translation>폴더 선택…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/welcomepanel.cpp" line="128"/>
        <source>%1: %n log file(s) in %2</source>
        <translation>
            <numerusform>%1: %2에 로그 파일 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="131"/>
        <source>Found on this computer:</source>
        <translation>이 컴퓨터에서 찾음:</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/welcomepanel.cpp" line="132"/>
        <source>Their tokens are priced at API rates; you say whether a plan pays.</source>
        <translation>토큰은 API 요금으로 계산되며, 구독 요금제로 지불하는지는 직접 정합니다.</translation>
    </message>
</context>
<context>
    <name>tl::charts::DailySpendChart</name>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="127"/>
        <source>Month to date</source>
        <translation>이번 달 누계</translation>
    </message>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="127"/>
        <source>Spent so far in the period</source>
        <translation>기간 내 현재까지 지출</translation>
    </message>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="142"/>
        <source>%1 (UTC): %2 spent in the period so far</source>
        <translation>%1 (UTC): 기간 내 현재까지 %2 지출</translation>
    </message>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="153"/>
        <source>Forecast</source>
        <translation>예측</translation>
    </message>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="169"/>
        <source>Forecast range</source>
        <translation>예측 범위</translation>
    </message>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="175"/>
        <source>Month-end forecast: %1 (range %2 – %3)</source>
        <translation>월말 예측: %1 (범위 %2 – %3)</translation>
    </message>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="216"/>
        <source>%1 (UTC days)</source>
        <translation>%1 (UTC 기준 일)</translation>
    </message>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="217"/>
        <source>%1 – %2 (UTC days)</source>
        <translation>%1 – %2 (UTC 기준 일)</translation>
    </message>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="225"/>
        <source>Per day</source>
        <translation>일별</translation>
    </message>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="233"/>
        <source>Month so far</source>
        <translation>이번 달 현재까지</translation>
    </message>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="233"/>
        <source>Period so far</source>
        <translation>기간 현재까지</translation>
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
        <translation>합계: %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/dailyspendchart.cpp" line="267"/>
        <source>&lt;i&gt;Click to see the day&apos;s rows&lt;/i&gt;</source>
        <translation>&lt;i&gt;클릭하면 해당 날짜의 행을 볼 수 있습니다&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>tl::charts::ShareDonut</name>
    <message>
        <location filename="../ui/charts/sharedonut.cpp" line="25"/>
        <source>Other</source>
        <translation>기타</translation>
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
        <translation>요청 %1건</translation>
    </message>
    <message>
        <location filename="../ui/charts/trendchart.cpp" line="120"/>
        <source>%1 tokens</source>
        <translation>토큰 %1개</translation>
    </message>
    <message>
        <location filename="../ui/charts/trendchart.cpp" line="122"/>
        <source>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;%3&lt;br&gt;&lt;i&gt;Click to see its rows&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;%3&lt;br&gt;&lt;i&gt;클릭하면 행을 볼 수 있습니다&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/charts/trendchart.cpp" line="123"/>
        <source> (so far)</source>
        <translation> (현재까지)</translation>
    </message>
</context>
<context>
    <name>tl::cli</name>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="48"/>
        <source>API key for %1 (input hidden): </source>
        <translation>%1의 API 키(입력이 표시되지 않음): </translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="58"/>
        <source>the key on standard input is longer than %1 bytes; nothing was stored</source>
        <translation>표준 입력의 키가 %1바이트보다 깁니다. 아무것도 저장하지 않았습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="60"/>
        <source>no key was given on standard input; nothing was stored (use --no-key for an account without one)</source>
        <translation>표준 입력으로 키가 주어지지 않았습니다. 아무것도 저장하지 않았습니다(키 없는 계정은 --no-key 사용)</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="68"/>
        <source>which account? give its id (see tokenledger accounts list)</source>
        <translation>어느 계정입니까? ID를 지정하세요(tokenledger accounts list 참고)</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="74"/>
        <source>&quot;%1&quot; is not an account id</source>
        <translation>&quot;%1&quot;은(는) 계정 ID가 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="84"/>
        <source>there is no account %1 (see tokenledger accounts list)</source>
        <translation>계정 %1이(가) 없습니다(tokenledger accounts list 참고)</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="117"/>
        <source>from the environment</source>
        <translation>환경 변수에서</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="138"/>
        <source>(disabled)</source>
        <translation>(사용 안 함)</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="139"/>
        <source>key: %1 (headless: %2)</source>
        <translation>키: %1 (헤드리스: %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="141"/>
        <source>base URL: %1</source>
        <translation>기본 URL: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="142"/>
        <source>(insecure http allowed)</source>
        <translation>(안전하지 않은 http 허용)</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="143"/>
        <source>synced by: %1</source>
        <translation>동기화 주체: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="145"/>
        <source>last success: %1</source>
        <translation>마지막 성공: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="149"/>
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="152"/>
        <source>, failing %1x: %2</source>
        <translation>, %1회 실패: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="160"/>
        <source>No accounts yet. Add one with: tokenledger accounts add --provider openai --label Work</source>
        <translation>아직 계정이 없습니다. 다음으로 추가하세요: tokenledger accounts add --provider openai --label Work</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="174"/>
        <source>--provider and --label are required</source>
        <translation>--provider와 --label이 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="180"/>
        <source>unknown provider &quot;%1&quot; (one of: %2)</source>
        <translation>알 수 없는 제공자 &quot;%1&quot;(다음 중 하나: %2)</translation>
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
        <translation>키를 저장하지 못해 계정을 추가하지 않았습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="202"/>
        <source>For headless use without a keychain, add the account with --no-key and set its TOKENLEDGER_API_KEY_&lt;key reference&gt; variable when syncing (tokenledger accounts list).</source>
        <translation>키체인 없이 헤드리스로 사용하려면 --no-key로 계정을 추가하고 동기화할 때 TOKENLEDGER_API_KEY_&lt;key reference&gt; 변수를 설정하세요(tokenledger accounts list).</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="214"/>
        <source>could not add the account: %1</source>
        <translation>계정을 추가할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="217"/>
        <source>Added account %1: %2 &quot;%3&quot;.</source>
        <translation>계정 %1 추가됨: %2 &quot;%3&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="222"/>
        <source>Its key is in the system keychain.</source>
        <translation>키는 시스템 키체인에 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="224"/>
        <source>No key stored. For headless syncs set %1.</source>
        <translation>저장된 키가 없습니다. 헤드리스 동기화에는 %1을(를) 설정하세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="236"/>
        <source>--enable and --disable exclude each other</source>
        <translation>--enable과 --disable은 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="257"/>
        <source>the label cannot be empty</source>
        <translation>이름은 비워 둘 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="269"/>
        <source>the account was not changed: its key could not be %1: %2</source>
        <translation>계정을 변경하지 않았습니다. 키를 %1 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="270"/>
        <source>moved to the new address</source>
        <translation>새 주소로 옮길</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="270"/>
        <source>stored</source>
        <translation>저장할</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="273"/>
        <source>could not update the account: %1</source>
        <translation>계정을 변경할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="274"/>
        <source>Updated account %1.</source>
        <translation>계정 %1 변경됨.</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="276"/>
        <source>Its new key is in the system keychain.</source>
        <translation>새 키는 시스템 키체인에 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="289"/>
        <source>say what happens to its history: --keep-history or --delete-history</source>
        <translation>기록을 어떻게 할지 지정하세요: --keep-history 또는 --delete-history</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="296"/>
        <source>the key of account %1 could not be deleted from the system keychain (%2); nothing was removed. Try again once the keychain answers, or remove the account with --leave-key and delete the entry &quot;%3&quot; (service %4) yourself.</source>
        <translation>계정 %1의 키를 시스템 키체인에서 삭제할 수 없어(%2) 아무것도 제거하지 않았습니다. 키체인이 응답하면 다시 시도하거나, --leave-key로 계정을 제거한 뒤 항목 &quot;%3&quot;(서비스 %4)을(를) 직접 삭제하세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="305"/>
        <source>could not remove the account: %1</source>
        <translation>계정을 제거할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="306"/>
        <source>Removed account %1 and its key</source>
        <translation>계정 %1과(와) 그 키를 제거했습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="307"/>
        <source>Removed account %1 (its key stays in the keychain as &quot;%2&quot;)</source>
        <translation>계정 %1을(를) 제거했습니다(키는 키체인에 &quot;%2&quot;(으)로 남아 있음)</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="309"/>
        <source>%1; its history stays in every total.</source>
        <translation>%1. 기록은 모든 합계에 남습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="309"/>
        <source>%1; all its history is deleted.</source>
        <translation>%1. 모든 기록을 삭제했습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="323"/>
        <source>account %1 has no usable key: %2</source>
        <translation>계정 %1에 사용할 수 있는 키가 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="339"/>
        <source>connection test of account %1 failed: %2</source>
        <translation>계정 %1의 연결 테스트 실패: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="381"/>
        <source>which action? list, add, edit, remove or test</source>
        <translation>어떤 동작입니까? list, add, edit, remove 또는 test</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/accountscommand.cpp" line="388"/>
        <source>Note: %n key(s) stored by an older TokenLedger could not be moved yet: %1</source>
        <translation>
            <numerusform>참고: 이전 TokenLedger가 저장한 키 %n개를 아직 옮기지 못했습니다: %1</numerusform>
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
        <translation>예상하지 못한 인수 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="404"/>
        <location filename="../app/cli/pricingcommand.cpp" line="446"/>
        <source>unknown action &quot;%1&quot;</source>
        <translation>알 수 없는 동작 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="92"/>
        <source>--%1 &quot;%2&quot; is not a folder</source>
        <translation>--%1 &quot;%2&quot;은(는) 폴더가 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="128"/>
        <source>No coding-agent logs found in the default folders (~/.claude, ~/.config/claude, ~/.codex, ~/.gemini or CLAUDE_CONFIG_DIR, CODEX_HOME, GEMINI_DATA_DIR). Name a folder with --claude, --codex or --gemini.</source>
        <translation>기본 폴더(~/.claude, ~/.config/claude, ~/.codex, ~/.gemini 또는 CLAUDE_CONFIG_DIR, CODEX_HOME, GEMINI_DATA_DIR)에서 코딩 에이전트 로그를 찾지 못했습니다. --claude, --codex 또는 --gemini로 폴더를 지정하세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="137"/>
        <source>another %1 is using this profile; nothing was imported. Try again when it has finished.</source>
        <translation>다른 %1이(가) 이 프로필을 사용 중이어서 아무것도 가져오지 않았습니다. 끝난 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="152"/>
        <source>account %1 is gone</source>
        <translation>계정 %1이(가) 없어졌습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="159"/>
        <source>Added the account %1 &quot;%2&quot; reading %3.</source>
        <translation>계정 %1 &quot;%2&quot;을(를) 추가했습니다. 읽는 위치: %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="170"/>
        <source>%1: nothing was imported: %2</source>
        <translation>%1: 아무것도 가져오지 않았습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="174"/>
        <source>%1 (account %2): %3.</source>
        <translation>%1 (계정 %2): %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="178"/>
        <source>Days changed: %1 to %2; usage rows %3 new, %4 updated.</source>
        <translation>변경된 날짜: %1 ~ %2. 사용량 행 %3개 새로 추가, %4개 변경.</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="182"/>
        <source>could not read %1</source>
        <translation>%1을(를) 읽을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="208"/>
        <source>No coding-agent accounts yet.</source>
        <translation>아직 코딩 에이전트 계정이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="208"/>
        <source>Coding-agent accounts:</source>
        <translation>코딩 에이전트 계정:</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="227"/>
        <source>value at API prices (subscription, not spend)</source>
        <translation>API 가격 기준 가치(구독, 지출 아님)</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="229"/>
        <source>in account %1&apos;s bill (not counted twice)</source>
        <translation>계정 %1의 청구서에 포함(이중 계산 안 함)</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="230"/>
        <source>estimated spend</source>
        <translation>추정 지출</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="232"/>
        <source>this month: %1 %2, %3 requests</source>
        <translation>이번 달: %1 %2, 요청 %3건</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="234"/>
        <source>; fee %1, returned %2 %</source>
        <translation>; 요금 %1, 회수율 %2 %</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="243"/>
        <source>5-hour window since %1 UTC: %2 tokens (%3 of the highest earlier window), projected %4, %5</source>
        <translation>%1 UTC부터의 5시간 창: 토큰 %2개(이전 최고 창의 %3), 예상 %4, %5</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="248"/>
        <source>no earlier window</source>
        <translation>이전 창 없음</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="255"/>
        <source>no active 5-hour window</source>
        <translation>활성 5시간 창 없음</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="262"/>
        <source>%1 window: %2 % used, %3</source>
        <translation>%1 창: %2 % 사용, %3</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="265"/>
        <source>%1 window: no data since it reset</source>
        <translation>%1 창: 재설정 이후 데이터 없음</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="267"/>
        <source>Codex 5-hour</source>
        <translation>Codex 5시간</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="268"/>
        <source>Codex weekly</source>
        <translation>Codex 주간</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="271"/>
        <source>alert when a window is projected past %1 % of the highest earlier one</source>
        <translation>창이 이전 최고치의 %1 %를 넘을 것으로 예상되면 알림</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="289"/>
        <source>subscription: usage is value, not spend</source>
        <translation>구독: 사용량은 지출이 아닌 가치</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="290"/>
        <source>API key: usage is spend</source>
        <translation>API 키: 사용량이 곧 지출</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="292"/>
        <source>folders: %1</source>
        <translation>폴더: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="292"/>
        <location filename="../app/cli/reportcommand.cpp" line="44"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="295"/>
        <source>%1 files read, %2 requests from %3 to %4</source>
        <translation>파일 %1개 읽음, 요청 %2건(%3 ~ %4)</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="297"/>
        <source>%1 files read, %2 requests</source>
        <translation>파일 %1개 읽음, 요청 %2건</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="303"/>
        <source>No agent logs in the default folders.</source>
        <translation>기본 폴더에 에이전트 로그가 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="304"/>
        <source>Found in the default folders:</source>
        <translation>기본 폴더에서 찾음:</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="314"/>
        <source>%1 log files</source>
        <translation>로그 파일 %1개</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="331"/>
        <source>agents %1 ID VALUE (see tokenledger agents --help)</source>
        <translation>agents %1 ID 값(tokenledger agents --help 참고)</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="338"/>
        <source>there is no coding-agent account %1 (see tokenledger agents list)</source>
        <translation>코딩 에이전트 계정 %1이(가) 없습니다(tokenledger agents list 참고)</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="348"/>
        <source>%1 is now paid by a subscription: its usage is shown as value at API prices, not spend. Add the monthly fee with: tokenledger manual add</source>
        <translation>%1은(는) 이제 구독으로 결제됩니다. 사용량은 지출이 아니라 API 가격 기준 가치로 표시됩니다. 월 요금은 다음으로 추가하세요: tokenledger manual add</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="350"/>
        <source>%1 is now paid by API key: its usage is estimated spend.</source>
        <translation>%1은(는) 이제 API 키로 결제됩니다. 사용량은 추정 지출입니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="360"/>
        <source>agents window-alert ID PERCENT (0 turns it off, at most 1000)</source>
        <translation>agents window-alert ID 퍼센트(0이면 끔, 최대 1000)</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="369"/>
        <source>No window alert for %1.</source>
        <translation>%1에 대한 창 알림이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="371"/>
        <source>An alert is raised once per 5-hour window when %1&apos;s active window is projected past %2 % of its highest earlier window.</source>
        <translation>%1의 활성 창이 이전 최고 창의 %2 %를 넘을 것으로 예상되면 5시간 창마다 한 번 알림이 발생합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="389"/>
        <source>&quot;%1&quot; is not a synced provider account</source>
        <translation>&quot;%1&quot;은(는) 동기화되는 제공자 계정이 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="393"/>
        <source>a subscription is not billed per request: set billing to api first</source>
        <translation>구독은 요청별로 청구되지 않습니다. 먼저 결제 방식을 api로 설정하세요</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="397"/>
        <source>%1&apos;s requests are in account %2&apos;s bill: shown as the overlap, not added to spend twice.</source>
        <translation>%1의 요청은 계정 %2의 청구서에 포함됩니다. 겹치는 부분으로 표시되며 지출에 두 번 더하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="402"/>
        <source>%1&apos;s usage counts as its own estimated spend.</source>
        <translation>%1의 사용량은 자체 추정 지출로 계산됩니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="409"/>
        <source>&quot;%1&quot; is not a folder</source>
        <translation>&quot;%1&quot;은(는) 폴더가 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="414"/>
        <source>%1 reads %2.</source>
        <translation>%1이(가) %2을(를) 읽습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/agentscommand.cpp" line="452"/>
        <source>unknown action &quot;%1&quot;: import, list, billing, billed-by, window-alert or folders</source>
        <translation>알 수 없는 동작 &quot;%1&quot;: import, list, billing, billed-by, window-alert 또는 folders</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="58"/>
        <source>--amount &quot;%1&quot; is not a positive number of US dollars</source>
        <translation>--amount &quot;%1&quot;은(는) 양수 미국 달러 금액이 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="104"/>
        <source>No budgets. Add one with: tokenledger budgets add --name Team --amount 500</source>
        <translation>예산이 없습니다. 다음으로 추가하세요: tokenledger budgets add --name Team --amount 500</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="116"/>
        <source>by %1</source>
        <translation>%1 초과</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="118"/>
        <source>%1 (%2): %3 of %4 (%5 %), forecast %6, %7</source>
        <translation>%1 (%2): %4 중 %3 (%5 %), 예상 %6, %7</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="132"/>
        <source>budgets edit needs a budget id</source>
        <translation>budgets edit에는 예산 ID가 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="135"/>
        <source>no budget %1</source>
        <translation>예산 %1이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="141"/>
        <source>budgets add needs --name and --amount</source>
        <translation>budgets add에는 --name과 --amount가 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="146"/>
        <source>--name must not be empty</source>
        <translation>--name은 비워 둘 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="154"/>
        <source>choose --provider or --account, not both</source>
        <translation>--provider 또는 --account 중 하나만 선택하세요</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="157"/>
        <location filename="../app/cli/exportcommand.cpp" line="57"/>
        <location filename="../app/cli/pricingcommand.cpp" line="117"/>
        <location filename="../app/cli/pricingcommand.cpp" line="191"/>
        <location filename="../app/cli/pricingcommand.cpp" line="306"/>
        <location filename="../app/cli/pricingcommand.cpp" line="352"/>
        <source>unknown provider &quot;%1&quot;</source>
        <translation>알 수 없는 제공자 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="165"/>
        <source>no account &quot;%1&quot;</source>
        <translation>계정 &quot;%1&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="172"/>
        <source>--thresholds must be whole percentages from 1 to 1000, separated by commas</source>
        <translation>--thresholds는 1~1000 사이의 정수 퍼센트를 쉼표로 구분해야 합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="177"/>
        <source>choose --enable or --disable</source>
        <translation>--enable 또는 --disable 중 하나를 선택하세요</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="184"/>
        <source>Added budget %1: %2, %3 a month.</source>
        <translation>예산 %1 추가됨: %2, 월 %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="189"/>
        <source>Updated budget %1.</source>
        <translation>예산 %1 변경됨.</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="200"/>
        <source>budgets remove needs a budget id</source>
        <translation>budgets remove에는 예산 ID가 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="203"/>
        <source>Removed budget %1; its past alerts stay.</source>
        <translation>예산 %1을(를) 제거했습니다. 지난 알림은 남습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="207"/>
        <source>unknown action &quot;%1&quot;: list, add, edit or remove</source>
        <translation>알 수 없는 동작 &quot;%1&quot;: list, add, edit 또는 remove</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="255"/>
        <source>No alerts.</source>
        <translation>알림이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="259"/>
        <source>(unread)</source>
        <translation>(읽지 않음)</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="273"/>
        <source>alerts %1 needs an alert id</source>
        <translation>alerts %1에는 알림 ID가 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="278"/>
        <source>unknown action &quot;%1&quot;: list, read or ack</source>
        <translation>알 수 없는 동작 &quot;%1&quot;: list, read 또는 ack</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="22"/>
        <source>provider accounts</source>
        <translation>제공자 계정</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="23"/>
        <source>usage rows</source>
        <translation>사용량 행</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="24"/>
        <source>daily totals, computed from the usage rows</source>
        <translation>사용량 행에서 계산한 일별 합계</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="25"/>
        <source>daily totals per account, computed from the usage rows</source>
        <translation>사용량 행에서 계산한 계정별 일별 합계</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="26"/>
        <source>billed costs and manual charges</source>
        <translation>청구 비용과 수동 청구</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="27"/>
        <source>sync history</source>
        <translation>동기화 기록</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="28"/>
        <source>your price overrides</source>
        <translation>직접 설정한 가격</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="29"/>
        <source>loaded price catalogs</source>
        <translation>불러온 가격 카탈로그</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="30"/>
        <source>budgets</source>
        <translation>예산</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="31"/>
        <source>alerts</source>
        <translation>알림</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="32"/>
        <source>balances and credits</source>
        <translation>잔액과 크레딧</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="33"/>
        <source>manual entries</source>
        <translation>수동 항목</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="35"/>
        <source>the projects and keys offered as filters, computed from the usage rows</source>
        <translation>사용량 행에서 계산한, 필터로 제공되는 프로젝트와 키</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="36"/>
        <location filename="../app/cli/checkcommand.cpp" line="37"/>
        <source>the Usage page&apos;s sort index, computed from the usage rows</source>
        <translation>사용량 행에서 계산한 사용량 페이지의 정렬 색인</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="39"/>
        <source>totals by project and key per day, computed from the usage rows</source>
        <translation>사용량 행에서 계산한 프로젝트·키별 일별 합계</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="41"/>
        <source>totals by project and key per month, computed from the usage rows</source>
        <translation>사용량 행에서 계산한 프로젝트·키별 월별 합계</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="42"/>
        <source>days whose data-quality check is due</source>
        <translation>데이터 품질 검사가 필요한 날짜</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="43"/>
        <source>data-quality findings, computed from the usage rows</source>
        <translation>사용량 행에서 계산한 데이터 품질 발견 사항</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="44"/>
        <source>re-pricing still to do after a price change</source>
        <translation>가격 변경 후 남은 재계산 작업</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="45"/>
        <source>the history of CSV imports</source>
        <translation>CSV 가져오기 기록</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="46"/>
        <source>which rows each CSV import added</source>
        <translation>각 CSV 가져오기가 추가한 행</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="47"/>
        <source>how far each coding-agent log has been read</source>
        <translation>각 코딩 에이전트 로그를 읽은 위치</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="48"/>
        <source>coding-agent log folders</source>
        <translation>코딩 에이전트 로그 폴더</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="49"/>
        <source>coding-agent requests already counted</source>
        <translation>이미 계산된 코딩 에이전트 요청</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="50"/>
        <source>coding-agent usage windows</source>
        <translation>코딩 에이전트 사용 창</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="51"/>
        <source>the highest ids handed out</source>
        <translation>지금까지 발급한 가장 큰 ID</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="64"/>
        <source>page %1 of the file is not a valid page (overwritten or cut off)</source>
        <translation>파일의 %1 페이지가 올바른 페이지가 아닙니다(덮어쓰였거나 잘림)</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="66"/>
        <source>index %1 does not list every row of its table</source>
        <translation>색인 %1에 테이블의 일부 행이 빠져 있습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="68"/>
        <source>reading it stops at a damaged page (SQLite: %1)</source>
        <translation>손상된 페이지에서 읽기가 멈춥니다(SQLite: %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="98"/>
        <source>Checked %1: intact. SQLite&apos;s integrity check found no damage and no row refers to a missing row.</source>
        <translation>%1 검사 완료: 정상입니다. SQLite 무결성 검사에서 손상이 없고 없는 행을 가리키는 행도 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="104"/>
        <source>Checked %1: the database is damaged.</source>
        <translation>%1 검사 완료: 데이터베이스가 손상되었습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="108"/>
        <source>an index of table %1</source>
        <translation>테이블 %1의 색인</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/checkcommand.cpp" line="111"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>문제 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="115"/>
        <source>... and %1 more</source>
        <translation>... 외 %1개</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/checkcommand.cpp" line="123"/>
        <source>table %1: %n row(s) refer(s) to a missing row of %2</source>
        <translation>
            <numerusform>테이블 %1: 행 %n개가 %2의 없는 행을 가리킵니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="128"/>
        <source>Reads that reach the damage fail (report, export, the window) instead of showing partial figures. Nothing was changed.</source>
        <translation>손상된 부분에 닿는 읽기(보고서, 내보내기, 창)는 일부 수치를 보여 주는 대신 실패합니다. 아무것도 변경하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="131"/>
        <source>What to do: keep a copy of the file; restore a backup, or save what is still readable with</source>
        <translation>할 일: 파일 사본을 보관하고, 백업을 복원하거나 다음으로 아직 읽을 수 있는 내용을 저장하세요</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="133"/>
        <source>and look at the copy with %1.</source>
        <translation>그리고 다음으로 사본을 확인하세요: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="165"/>
        <source>check reads SQLite files; a team database is checked by its server (amcheck, pg_dump to a file as a backup)</source>
        <translation>check는 SQLite 파일만 읽습니다. 팀 데이터베이스는 서버에서 검사합니다(amcheck, 백업으로 파일에 pg_dump)</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="168"/>
        <source>there is no database at %1</source>
        <translation>%1에 데이터베이스가 없습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="139"/>
        <source>unknown command &quot;%1&quot; (see tokenledger --help)</source>
        <translation>알 수 없는 명령 &quot;%1&quot;(tokenledger --help 참고)</translation>
    </message>
    <message>
        <location filename="../app/cli/context.cpp" line="145"/>
        <source>--%1 &quot;%2&quot; is not a date (expected YYYY-MM-DD)</source>
        <translation>--%1 &quot;%2&quot;은(는) 날짜가 아닙니다(YYYY-MM-DD 형식)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/context.cpp" line="172"/>
        <source>%n data-quality finding(s): see tokenledger quality, or Usage → Data quality</source>
        <translation>
            <numerusform>데이터 품질 발견 사항 %n개: tokenledger quality 또는 사용량 → 데이터 품질을 확인하세요</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/context.cpp" line="197"/>
        <source>%1 (see tokenledger %2 --help)</source>
        <translation>%1(tokenledger %2 --help 참고)</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="49"/>
        <source>reinstall TokenLedger: its network module is missing or from another version</source>
        <translation>TokenLedger를 다시 설치하세요: 네트워크 모듈이 없거나 다른 버전입니다</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="56"/>
        <source>the system keychain answers</source>
        <translation>시스템 키체인이 응답합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="58"/>
        <source>the system keychain is locked</source>
        <translation>시스템 키체인이 잠겨 있습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="59"/>
        <source>unlock it (log in again, or open your keyring manager); syncs need it unlocked</source>
        <translation>잠금을 해제하세요(다시 로그인하거나 키링 관리자를 여세요). 동기화에는 잠금 해제가 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="62"/>
        <source>no system keychain answers: API keys cannot be stored (%1)</source>
        <translation>응답하는 시스템 키체인이 없어 API 키를 저장할 수 없습니다(%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="63"/>
        <source>install and start a Secret Service (gnome-keyring or KWallet) in your desktop session; for a headless sync host, give each account&apos;s key in its TOKENLEDGER_API_KEY_&lt;key reference&gt; variable instead (tokenledger accounts list shows the names)</source>
        <translation>데스크톱 세션에 Secret Service(gnome-keyring 또는 KWallet)를 설치하고 실행하세요. 헤드리스 동기화 호스트에서는 대신 각 계정의 키를 TOKENLEDGER_API_KEY_&lt;key reference&gt; 변수로 주세요(tokenledger accounts list에 이름이 나옵니다)</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="69"/>
        <source>the system keychain did not answer: %1</source>
        <translation>시스템 키체인이 응답하지 않았습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="70"/>
        <source>check that your keyring service runs and is unlocked, then run doctor again</source>
        <translation>키링 서비스가 실행 중이고 잠금 해제되어 있는지 확인한 뒤 doctor를 다시 실행하세요</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="79"/>
        <source>no database yet at %1: it is created when TokenLedger first opens it</source>
        <translation>%1에 아직 데이터베이스가 없습니다. TokenLedger가 처음 열 때 만들어집니다</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="84"/>
        <source>run &quot;tokenledger check&quot; to look for damage; a database from a newer TokenLedger needs that version</source>
        <translation>&quot;tokenledger check&quot;로 손상을 확인하세요. 새 버전 TokenLedger의 데이터베이스에는 그 버전이 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="88"/>
        <source>%1 opens (schema %2, %3 MiB)</source>
        <translation>%1 열림(스키마 %2, %3 MiB)</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="96"/>
        <source>; only %1 MiB free on its disk</source>
        <translation>; 디스크 여유 공간이 %1 MiB뿐입니다</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="97"/>
        <source>free some disk space: a sync or import that cannot write is rolled back whole</source>
        <translation>디스크 공간을 확보하세요. 쓰지 못한 동기화나 가져오기는 전체가 되돌려집니다</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="106"/>
        <source>the bundled price catalog will be used</source>
        <translation>기본 제공 가격 카탈로그를 사용합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="110"/>
        <source>the price catalog does not load: %1</source>
        <translation>가격 카탈로그를 불러올 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="111"/>
        <source>load a genai-prices dataset with &quot;tokenledger pricing update --from FILE&quot;</source>
        <translation>&quot;tokenledger pricing update --from FILE&quot;로 genai-prices 데이터를 불러오세요</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="117"/>
        <source>price catalog from %1, of unknown date</source>
        <translation>%1의 가격 카탈로그, 날짜 알 수 없음</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="122"/>
        <source>price catalog of %1 (%2 days old, %3)</source>
        <translation>%1 가격 카탈로그(%2일 경과, %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="126"/>
        <source>newer models may be unpriced and prices may have changed: load a current genai-prices dataset with &quot;tokenledger pricing update --from FILE&quot;, or set overrides for the models you use</source>
        <translation>새 모델에 가격이 없거나 가격이 바뀌었을 수 있습니다. &quot;tokenledger pricing update --from FILE&quot;로 최신 genai-prices 데이터를 불러오거나 사용하는 모델의 가격을 직접 설정하세요</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="137"/>
        <source>the provider refused the key: replace it (tokenledger accounts edit %1 --key)</source>
        <translation>제공자가 키를 거부했습니다. 키를 바꾸세요(tokenledger accounts edit %1 --key)</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="139"/>
        <source>the key lacks a permission: usage and cost APIs usually need an admin key (see the provider&apos;s key help in the Add Account dialog)</source>
        <translation>키에 권한이 없습니다. 사용량·비용 API에는 보통 관리자 키가 필요합니다(계정 추가 대화 상자의 제공자별 키 도움말 참고)</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="142"/>
        <source>check the account&apos;s base URL and organisation</source>
        <translation>계정의 기본 URL과 조직을 확인하세요</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="145"/>
        <source>check this machine&apos;s network, proxy and firewall; the provider may also be down</source>
        <translation>이 컴퓨터의 네트워크, 프록시, 방화벽을 확인하세요. 제공자가 중단되었을 수도 있습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="147"/>
        <source>see the message; &quot;tokenledger accounts test %1&quot; repeats the test</source>
        <translation>메시지를 확인하세요. &quot;tokenledger accounts test %1&quot;로 테스트를 다시 할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="153"/>
        <source>account %1 (%2)</source>
        <translation>계정 %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="163"/>
        <source>log folder not readable here: %1</source>
        <translation>여기서 읽을 수 없는 로그 폴더: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="164"/>
        <source>the agent may not be installed on this machine; change the account&apos;s folders (tokenledger agents) or disable it</source>
        <translation>이 컴퓨터에 에이전트가 설치되지 않았을 수 있습니다. 계정의 폴더를 바꾸거나(tokenledger agents) 계정을 끄세요</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/doctorcommand.cpp" line="166"/>
        <source>reads %n log folder(s)</source>
        <translation>
            <numerusform>로그 폴더 %n개를 읽습니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="171"/>
        <source>%1 has no usage API: CSV imports and manual entries only</source>
        <translation>%1에는 사용량 API가 없습니다. CSV 가져오기와 수동 항목만 가능합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="176"/>
        <source>no key on this desktop, so it is not synced from here</source>
        <translation>이 데스크톱에 키가 없어 여기서는 동기화하지 않습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="177"/>
        <source>add its key (tokenledger accounts edit %1 --key) or set %2 on a sync host</source>
        <translation>키를 추가하거나(tokenledger accounts edit %1 --key) 동기화 호스트에서 %2을(를) 설정하세요</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="181"/>
        <source>its key cannot be read: %1</source>
        <translation>키를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="182"/>
        <source>see the keychain line above</source>
        <translation>위의 키체인 줄을 확인하세요</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="184"/>
        <source>key present (not contacted: --offline)</source>
        <translation>키 있음(연결하지 않음: --offline)</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="189"/>
        <source>reinstall TokenLedger</source>
        <translation>TokenLedger를 다시 설치하세요</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="208"/>
        <source>%1 reachable, key accepted</source>
        <translation>%1 연결 가능, 키 승인됨</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="263"/>
        <source>no accounts yet: add one (tokenledger accounts add), import a console export (tokenledger import) or read coding-agent logs (tokenledger agents)</source>
        <translation>아직 계정이 없습니다: 계정을 추가하거나(tokenledger accounts add), 콘솔 내보내기를 가져오거나(tokenledger import), 코딩 에이전트 로그를 읽으세요(tokenledger agents)</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="290"/>
        <source>fix: %1</source>
        <translation>해결: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="292"/>
        <source>Something needs fixing (see &quot;fix&quot; above).</source>
        <translation>고쳐야 할 것이 있습니다(위의 &quot;해결&quot; 참고).</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="292"/>
        <source>Nothing needs fixing.</source>
        <translation>고칠 것이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/doctordesktop.cpp" line="47"/>
        <source>no D-Bus session bus (%1): no keychain, notifications or tray</source>
        <translation>D-Bus 세션 버스가 없습니다(%1). 키체인, 알림, 트레이를 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/doctordesktop.cpp" line="48"/>
        <source>run TokenLedger inside a desktop session (or dbus-run-session for a headless host, which then syncs with TOKENLEDGER_API_KEY_… variables)</source>
        <translation>데스크톱 세션 안에서 TokenLedger를 실행하세요(헤드리스 호스트에서는 dbus-run-session을 쓰고 TOKENLEDGER_API_KEY_… 변수로 동기화)</translation>
    </message>
    <message>
        <location filename="../app/cli/doctordesktop.cpp" line="56"/>
        <source>a notification service is available</source>
        <translation>알림 서비스를 사용할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/doctordesktop.cpp" line="57"/>
        <source>notifications are shown by %1</source>
        <translation>%1이(가) 알림을 표시합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/doctordesktop.cpp" line="61"/>
        <source>no notification service on the session bus: alerts show in the window and the tray only</source>
        <translation>세션 버스에 알림 서비스가 없습니다. 알림은 창과 트레이에만 표시됩니다</translation>
    </message>
    <message>
        <location filename="../app/cli/doctordesktop.cpp" line="63"/>
        <source>install a notification daemon (your desktop&apos;s own, or e.g. dunst or notification-daemon)</source>
        <translation>알림 데몬을 설치하세요(데스크톱 기본 데몬 또는 dunst, notification-daemon 등)</translation>
    </message>
    <message>
        <location filename="../app/cli/doctordesktop.cpp" line="68"/>
        <source>a tray (StatusNotifierItem host) is running</source>
        <translation>트레이(StatusNotifierItem 호스트)가 실행 중입니다</translation>
    </message>
    <message>
        <location filename="../app/cli/doctordesktop.cpp" line="71"/>
        <source>no StatusNotifierItem tray on the session bus (an X11 system tray may still show the icon): closing the window may quit TokenLedger</source>
        <translation>세션 버스에 StatusNotifierItem 트레이가 없습니다(X11 시스템 트레이에는 아이콘이 보일 수 있음). 창을 닫으면 TokenLedger가 종료될 수 있습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/doctordesktop.cpp" line="73"/>
        <source>on GNOME, enable the AppIndicator extension (gnome-shell-extension-appindicator); other desktops have a tray</source>
        <translation>GNOME에서는 AppIndicator 확장(gnome-shell-extension-appindicator)을 켜세요. 다른 데스크톱에는 트레이가 있습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/doctordesktop.cpp" line="86"/>
        <source>the system&apos;s notifications and tray are used</source>
        <translation>시스템 알림과 트레이를 사용합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="45"/>
        <source>choose one format: --csv or --json</source>
        <translation>형식을 하나 선택하세요: --csv 또는 --json</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="54"/>
        <location filename="../app/cli/synccommand.cpp" line="65"/>
        <source>--from is after --to</source>
        <translation>--from이 --to보다 늦습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="62"/>
        <location filename="../app/cli/importcommand.cpp" line="59"/>
        <location filename="../app/cli/synccommand.cpp" line="52"/>
        <source>--account &quot;%1&quot; is not an account id</source>
        <translation>--account &quot;%1&quot;은(는) 계정 ID가 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="70"/>
        <source>--status must be estimated, reported or unpriced</source>
        <translation>--status는 estimated, reported 또는 unpriced여야 합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="82"/>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="85"/>
        <source>the export failed and %1 was not written: %2</source>
        <translation>내보내기에 실패해 %1을(를) 쓰지 않았습니다: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/exportcommand.cpp" line="87"/>
        <source>Exported %n usage row(s) to %1.</source>
        <translation>
            <numerusform>사용량 행 %n개를 %1(으)로 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="93"/>
        <source>cannot write to standard output</source>
        <translation>표준 출력에 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="95"/>
        <source>the export failed: %1</source>
        <translation>내보내기 실패: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="54"/>
        <source>import needs --csv FILE and --account ID</source>
        <translation>import에는 --csv FILE과 --account ID가 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="63"/>
        <source>unknown format &quot;%1&quot;</source>
        <translation>알 수 없는 형식 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="70"/>
        <location filename="../app/cli/synccommand.cpp" line="73"/>
        <source>--wait &quot;%1&quot; is not a number of seconds</source>
        <translation>--wait &quot;%1&quot;은(는) 초 단위 숫자가 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="79"/>
        <location filename="../app/cli/pricingcommand.cpp" line="381"/>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="85"/>
        <source>there is no account %1</source>
        <translation>계정 %1이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="91"/>
        <location filename="../app/cli/synccommand.cpp" line="89"/>
        <source>Waiting for %1 to finish…</source>
        <translation>%1이(가) 끝나기를 기다리는 중…</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="95"/>
        <source>another %1 is using this profile; nothing was imported. Try again when it has finished, or add --wait SECONDS.</source>
        <translation>다른 %1이(가) 이 프로필을 사용 중이어서 아무것도 가져오지 않았습니다. 끝난 뒤 다시 시도하거나 --wait SECONDS를 추가하세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="143"/>
        <source>%1 was not imported: %2</source>
        <translation>%1을(를) 가져오지 않았습니다: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/importcommand.cpp" line="145"/>
        <source>Format: %1; %2 row(s) read, %3 good, %4 bad</source>
        <translation>
            <numerusform>형식: %1. 행 %2개 읽음, 정상 %3개, 오류 %4개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="148"/>
        <source>, %1 skipped (not LLM spend)</source>
        <translation>, %1개 건너뜀(LLM 지출 아님)</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="151"/>
        <source>line %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="154"/>
        <source>… and %1 more</source>
        <translation>… 외 %1개</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="156"/>
        <source>This file was imported before as import %1; nothing changed and no new import was recorded.</source>
        <translation>이 파일은 이미 가져오기 %1(으)로 가져왔습니다. 바뀐 것이 없어 새 가져오기를 기록하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="162"/>
        <source>Imported %1 to %2: </source>
        <translation>%1 ~ %2 가져옴: </translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="163"/>
        <source>Imported: </source>
        <translation>가져옴: </translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="164"/>
        <source>usage %1 new, %2 updated, %3 unchanged; costs %4 new, %5 updated, %6 unchanged.</source>
        <translation>사용량 새로 %1, 변경 %2, 그대로 %3. 비용 새로 %4, 변경 %5, 그대로 %6.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="168"/>
        <source>Recorded as import %1 (undo it with: tokenledger imports remove %1)</source>
        <translation>가져오기 %1(으)로 기록했습니다(되돌리기: tokenledger imports remove %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="170"/>
        <source>; the same file was imported before as import %1</source>
        <translation>; 같은 파일을 이미 가져오기 %1(으)로 가져왔습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="174"/>
        <source>Dry run: nothing was written.</source>
        <translation>시험 실행: 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="177"/>
        <source>Fix the rows, or run again with --keep-good-rows to import the good ones.</source>
        <translation>행을 고치거나 --keep-good-rows로 다시 실행해 정상 행을 가져오세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/importscommand.cpp" line="49"/>
        <source>--account needs an account id</source>
        <translation>--account에는 계정 ID가 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/importscommand.cpp" line="66"/>
        <source>No imports yet. Import a console export with: tokenledger import --csv FILE --account ID</source>
        <translation>아직 가져오기가 없습니다. 콘솔 내보내기를 다음으로 가져오세요: tokenledger import --csv FILE --account ID</translation>
    </message>
    <message>
        <location filename="../app/cli/importscommand.cpp" line="70"/>
        <source>%1 (%2) into %3: </source>
        <translation>%1 (%2) → %3: </translation>
    </message>
    <message>
        <location filename="../app/cli/importscommand.cpp" line="71"/>
        <source>%1 to %2, </source>
        <translation>%1 ~ %2, </translation>
    </message>
    <message>
        <location filename="../app/cli/importscommand.cpp" line="73"/>
        <source>%1 good of %2 rows; usage %3 new, %4 updated; costs %5 new, %6 updated</source>
        <translation>행 %2개 중 정상 %1개. 사용량 새로 %3, 변경 %4. 비용 새로 %5, 변경 %6</translation>
    </message>
    <message>
        <location filename="../app/cli/importscommand.cpp" line="88"/>
        <source>imports remove needs an import id; tokenledger imports list shows them</source>
        <translation>imports remove에는 가져오기 ID가 필요합니다. tokenledger imports list에서 확인하세요</translation>
    </message>
    <message>
        <location filename="../app/cli/importscommand.cpp" line="95"/>
        <source>another %1 is using this profile; nothing was removed. Try again when it has finished.</source>
        <translation>다른 %1이(가) 이 프로필을 사용 중이어서 아무것도 제거하지 않았습니다. 끝난 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/importscommand.cpp" line="105"/>
        <source>import %1 was not removed: %2</source>
        <translation>가져오기 %1을(를) 제거하지 않았습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/importscommand.cpp" line="106"/>
        <source>Removed import %1: %2 rows it added are gone, %3 rows it overwrote are as they were before it</source>
        <translation>가져오기 %1 제거됨: 추가한 행 %2개는 삭제되고 덮어쓴 행 %3개는 이전 상태로 돌아갔습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/importscommand.cpp" line="111"/>
        <source>, %1 rows a later import wrote again keep that import&apos;s values</source>
        <translation>, 이후 가져오기가 다시 쓴 행 %1개는 그 가져오기의 값을 유지합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/importscommand.cpp" line="140"/>
        <source>unknown action &quot;%1&quot;: list or remove</source>
        <translation>알 수 없는 동작 &quot;%1&quot;: list 또는 remove</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="25"/>
        <source>--label cannot be empty</source>
        <translation>--label은 비워 둘 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="30"/>
        <location filename="../app/cli/manualcommand.cpp" line="160"/>
        <source>--amount must be a positive number of US dollars</source>
        <translation>--amount는 양수 미국 달러 금액이어야 합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="39"/>
        <source>only a monthly entry has an end</source>
        <translation>월별 항목에만 종료일이 있습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="44"/>
        <source>--to is before the start (%1)</source>
        <translation>--to가 시작일(%1)보다 이릅니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/manualcommand.cpp" line="55"/>
        <source>Manual entry %1 keeps its %n charge(s) so far at %2 and ends today; entry %3 charges %4 from %5.</source>
        <translation>
            <numerusform>수동 항목 %1은(는) 지금까지의 청구 %n건(%2)을 유지하고 오늘 끝납니다. 항목 %3이(가) %5부터 %4을(를) 청구합니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="62"/>
        <source>Manual entry %1 ends on %2; no charge after it.</source>
        <translation>수동 항목 %1은(는) %2에 끝납니다. 그 뒤에는 청구하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="66"/>
        <source>Saved manual entry %1.</source>
        <translation>수동 항목 %1 저장됨.</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="134"/>
        <source>No manual entries. Add one with: tokenledger manual add --account ID --label Copilot --amount 19 --monthly --from 2026-01-01</source>
        <translation>수동 항목이 없습니다. 다음으로 추가하세요: tokenledger manual add --account ID --label Copilot --amount 19 --monthly --from 2026-01-01</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="139"/>
        <source>once on %1</source>
        <translation>%1에 한 번</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="140"/>
        <source>a month from %1 to %2</source>
        <translation>%1부터 %2까지 매월</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="141"/>
        <source>a month from %1</source>
        <translation>%1부터 매월</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="144"/>
        <source>%1: %2 %3 (account %4)</source>
        <translation>%1: %2 %3 (계정 %4)</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="154"/>
        <source>manual add needs --account with an existing account id</source>
        <translation>manual add에는 기존 계정 ID와 함께 --account가 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="157"/>
        <source>manual add needs --label</source>
        <translation>manual add에는 --label이 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="163"/>
        <source>choose --monthly or --once</source>
        <translation>--monthly 또는 --once를 선택하세요</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="169"/>
        <source>--%1 is needed</source>
        <translation>--%1이(가) 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="177"/>
        <source>--to is before --from</source>
        <translation>--to가 --from보다 이릅니다</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="184"/>
        <source>Added manual entry %1: %2.</source>
        <translation>수동 항목 %1 추가됨: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="192"/>
        <source>manual %1 needs an entry id</source>
        <translation>manual %1에는 항목 ID가 필요합니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/manualcommand.cpp" line="200"/>
        <source>Removed manual entry %1 with its %n charge(s) so far (%2).</source>
        <translation>
            <numerusform>수동 항목 %1과(와) 지금까지의 청구 %n건을 제거했습니다(%2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/manualcommand.cpp" line="212"/>
        <source>unknown action &quot;%1&quot;: list, add, edit, end or remove</source>
        <translation>알 수 없는 동작 &quot;%1&quot;: list, add, edit, end 또는 remove</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="37"/>
        <source>(above %1 input tokens: $%2)</source>
        <translation>(입력 토큰 %1개 초과: $%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="78"/>
        <source>Input (uncached)</source>
        <translation>입력(캐시 없음)</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="78"/>
        <source>%1 per 1M tokens</source>
        <translation>토큰 100만 개당 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="79"/>
        <source>Cached input</source>
        <translation>캐시된 입력</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="80"/>
        <source>Cache write (5 min)</source>
        <translation>캐시 쓰기(5분)</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="81"/>
        <source>Cache write (1 h)</source>
        <translation>캐시 쓰기(1시간)</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="82"/>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="84"/>
        <source>Reasoning output</source>
        <translation>추론 출력</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="86"/>
        <source>Audio input</source>
        <translation>오디오 입력</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="88"/>
        <location filename="../app/cli/reportcommand.cpp" line="55"/>
        <location filename="../app/cli/reportcommand.cpp" line="87"/>
        <source>Requests</source>
        <translation>요청</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="88"/>
        <location filename="../app/cli/pricingcommand.cpp" line="92"/>
        <source>$%1 per 1,000</source>
        <translation>1,000건당 $%1</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="91"/>
        <source>Web searches</source>
        <translation>웹 검색</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="153"/>
        <source>%1 (%2) on %3 (UTC)</source>
        <translation>%1 (%2), %3 (UTC)</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="154"/>
        <source>Normalised name</source>
        <translation>정규화된 이름</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="156"/>
        <source>Price source</source>
        <translation>가격 출처</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="158"/>
        <source>Catalog entry</source>
        <translation>카탈로그 항목</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="135"/>
        <source>in force since %1</source>
        <translation>%1부터 적용</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="135"/>
        <source>in force since always</source>
        <translation>항상 적용</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="156"/>
        <source>your override, %1</source>
        <translation>직접 설정한 가격, %1</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="159"/>
        <source>%1 / %2 (%3), %4</source>
        <translation>%1 / %2 (%3), %4</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="160"/>
        <source>Matched by</source>
        <translation>일치 규칙</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="164"/>
        <source>Note: long requests cost more above the threshold; daily totals are priced at the base price.</source>
        <translation>참고: 긴 요청은 기준치를 넘으면 더 비쌉니다. 일별 합계는 기본 가격으로 계산합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="169"/>
        <source>Note: this provider&apos;s price depends on the time of day; daily totals use the price that holds for most of the UTC day.</source>
        <translation>참고: 이 제공자의 가격은 시간대에 따라 다릅니다. 일별 합계는 UTC 하루 중 가장 오래 적용되는 가격을 씁니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="172"/>
        <source>Catalog</source>
        <translation>카탈로그</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="173"/>
        <source>%1 (genai-prices, data of %2)</source>
        <translation>%1 (genai-prices, %2 데이터)</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="178"/>
        <source>no price known for &quot;%1&quot;%2 on %3: usage of it stays unpriced (set one with tokenledger pricing set)</source>
        <translation>%3 기준 &quot;%1&quot;%2의 가격을 알 수 없습니다. 사용량은 가격 없이 남습니다(tokenledger pricing set으로 설정)</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="183"/>
        <source>at %1</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="213"/>
        <source>%1 / %2 from %3: input %4, output %5</source>
        <translation>%1 / %2, %3부터: 입력 %4, 출력 %5</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="222"/>
        <source>No price overrides. Add one with tokenledger pricing set.</source>
        <translation>직접 설정한 가격이 없습니다. tokenledger pricing set으로 추가하세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="251"/>
        <source>%1 %2 in %3 out %4</source>
        <translation>%1 %2 입력 %3 출력 %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/pricingcommand.cpp" line="263"/>
        <source>%n model(s); prices in USD per 1M tokens in force on %1 (UTC).</source>
        <translation>
            <numerusform>모델 %n개. 가격은 %1(UTC)에 적용되는 토큰 100만 개당 USD입니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="276"/>
        <source>--%1 &quot;%2&quot; is not a price (a non-negative number of USD)</source>
        <translation>--%1 &quot;%2&quot;은(는) 가격이 아닙니다(0 이상의 USD 금액)</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="283"/>
        <source>--%1 &quot;%2&quot; is finer than one nano-dollar ($0.000000001) per million tokens; give at most 9 decimals</source>
        <translation>--%1 &quot;%2&quot;은(는) 토큰 100만 개당 1나노달러($0.000000001)보다 세밀합니다. 소수점 이하 9자리까지만 쓰세요</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="294"/>
        <source>Re-priced stored usage: %1 of %2 rows changed cost.</source>
        <translation>저장된 사용량 가격 재계산: 행 %2개 중 %1개의 비용이 바뀌었습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="304"/>
        <location filename="../app/cli/pricingcommand.cpp" line="350"/>
        <source>--provider and --model are required</source>
        <translation>--provider와 --model이 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="309"/>
        <source>--from is required: the first UTC day the price applies (2000-01-01 for all history)</source>
        <translation>--from이 필요합니다: 가격이 적용되는 첫 UTC 날짜(전체 기록은 2000-01-01)</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="323"/>
        <source>--per-request is too large</source>
        <translation>--per-request가 너무 큽니다</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="327"/>
        <source>--input and --output prices are required</source>
        <translation>--input과 --output 가격이 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="335"/>
        <source>could not save the price: %1</source>
        <translation>가격을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="336"/>
        <source>Price for %1 (%2) set from %3: input %4, output %5 per 1M tokens.</source>
        <translation>%1 (%2)의 가격을 %3부터 설정했습니다: 토큰 100만 개당 입력 %4, 출력 %5.</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="363"/>
        <source>could not remove the price: %1</source>
        <translation>가격을 제거할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="365"/>
        <source>no override for %1 (%2) to remove</source>
        <translation>제거할 %1 (%2)의 직접 설정 가격이 없습니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/pricingcommand.cpp" line="367"/>
        <source>Removed %n override(s) for %1 (%2).</source>
        <translation>
            <numerusform>%1 (%2)의 직접 설정 가격 %n개를 제거했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="378"/>
        <source>--from FILE is required (a genai-prices data.json)</source>
        <translation>--from FILE이 필요합니다(genai-prices data.json)</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="388"/>
        <source>%1 was not loaded, the previous catalog stays: %2</source>
        <translation>%1을(를) 불러오지 않았습니다. 이전 카탈로그를 유지합니다: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="389"/>
        <source>Loaded %1 models from %2.</source>
        <translation>%2에서 모델 %1개를 불러왔습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="429"/>
        <source>which action? lookup, list, set, unset or update</source>
        <translation>어떤 동작입니까? lookup, list, set, unset 또는 update</translation>
    </message>
    <message>
        <location filename="../app/cli/pricingcommand.cpp" line="433"/>
        <source>lookup takes one model name</source>
        <translation>lookup에는 모델 이름 하나가 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/qualitycommand.cpp" line="45"/>
        <source>No data-quality findings.</source>
        <translation>데이터 품질 발견 사항이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/qualitycommand.cpp" line="48"/>
        <source>%1 %2 to %3: %4</source>
        <translation>%1 %2 ~ %3: %4</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="53"/>
        <source>Spend</source>
        <translation>지출</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="54"/>
        <source>Usage cost</source>
        <translation>사용 비용</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="54"/>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="55"/>
        <location filename="../app/cli/reportcommand.cpp" line="82"/>
        <source>Tokens</source>
        <translation>토큰</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="56"/>
        <source>Unpriced tokens</source>
        <translation>가격 없는 토큰</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="69"/>
        <source>TokenLedger report: %1 to %2 (UTC days, inclusive)</source>
        <translation>TokenLedger 보고서: %1 ~ %2 (UTC 기준, 양 끝 포함)</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="70"/>
        <source>Usage cost (estimated + reported)</source>
        <translation>사용 비용(추정 + 보고)</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="75"/>
        <location filename="../app/cli/reportcommand.cpp" line="81"/>
        <source>Billed by providers (cost APIs)</source>
        <translation>제공자 청구액(비용 API)</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="77"/>
        <source>Billed in %1 (not added to USD)</source>
        <translation>%1 청구액(USD에 더하지 않음)</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="83"/>
        <source>%1 (input %2, cached %3, cache writes %4, output %5)</source>
        <translation>%1 (입력 %2, 캐시 %3, 캐시 쓰기 %4, 출력 %5)</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="88"/>
        <source>Unpriced tokens (not in any cost)</source>
        <translation>가격 없는 토큰(비용에 미포함)</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="90"/>
        <source>Price coverage</source>
        <translation>가격 적용 범위</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="91"/>
        <source>%1 % of tokens priced</source>
        <translation>토큰의 %1 %에 가격 있음</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="94"/>
        <source>Unpriced models (no price known: not counted in any cost; set one with tokenledger pricing set)</source>
        <translation>가격 없는 모델(가격을 몰라 어떤 비용에도 포함되지 않음. tokenledger pricing set으로 설정)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/reportcommand.cpp" line="99"/>
        <source>%1 (%2): %3 tokens in %n row(s)</source>
        <translation>
            <numerusform>%1 (%2): 행 %n개에 토큰 %3개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="105"/>
        <source>%1 unpriced tokens are &quot;(unattributed)&quot;: usage the provider reported without a model name. No price can cover it; its cost comes from the provider&apos;s billed amount or cannot be estimated.</source>
        <translation>가격 없는 토큰 %1개는 &quot;(unattributed)&quot;입니다. 제공자가 모델 이름 없이 보고한 사용량이라 어떤 가격으로도 계산할 수 없으며, 비용은 제공자의 청구액에서 오거나 추정할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="112"/>
        <source>No usage recorded in this period. Add a provider account or import a CSV of your usage to start.</source>
        <translation>이 기간에 기록된 사용량이 없습니다. 시작하려면 제공자 계정을 추가하거나 사용량 CSV를 가져오세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="117"/>
        <source>By provider</source>
        <translation>제공자별</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="118"/>
        <source>By model</source>
        <translation>모델별</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="119"/>
        <source>By account</source>
        <translation>계정별</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="252"/>
        <source>--by &quot;%1&quot; is not one of %2</source>
        <translation>--by &quot;%1&quot;은(는) %2 중 하나가 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="263"/>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1이(가) --to %2보다 늦습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="273"/>
        <source>the manual charges could not be brought up to today (%1); the figures hold those recorded before.</source>
        <translation>수동 청구를 오늘까지 반영하지 못했습니다(%1). 수치에는 이전에 기록된 청구만 들어 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="283"/>
        <location filename="../app/cli/reportcommand.cpp" line="295"/>
        <location filename="../app/cli/reportcommand.cpp" line="301"/>
        <location filename="../app/cli/reportcommand.cpp" line="320"/>
        <location filename="../app/cli/reportcommand.cpp" line="330"/>
        <source>could not read the database: %1</source>
        <translation>데이터베이스를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="377"/>
        <source>Spend per UTC day, %1 to %2 (billed where billed):</source>
        <translation>UTC 일별 지출, %1 ~ %2 (청구된 곳은 청구액):</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="382"/>
        <source>By %1, %2 to %3 (UTC days)</source>
        <translation>%1별, %2 ~ %3 (UTC 기준)</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="386"/>
        <source>Spend %1 = billed %2 + estimated %3 + manual %4 (billed wins over estimated per account and UTC day; manual entries add on top)</source>
        <translation>지출 %1 = 청구 %2 + 추정 %3 + 수동 %4 (계정·UTC 일별로 청구액이 추정보다 우선하며, 수동 항목은 더해집니다)</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="391"/>
        <source>Month-end forecast %1 (%2 to %3): month to date %4 + %5 a day (mean of %6 complete UTC days) x %7 days left. Same days last month: %8.</source>
        <translation>월말 예상 %1 (%2 ~ %3): 이번 달 누적 %4 + 하루 %5 (완료된 UTC 일 %6일의 평균) x 남은 %7일. 지난달 같은 기간: %8.</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="55"/>
        <source>an explicit window needs both --from and --to</source>
        <translation>명시적 기간에는 --from과 --to가 모두 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="101"/>
        <source>%1 (%2 to %3): %4</source>
        <translation>%1 (%2 ~ %3): %4</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="143"/>
        <source>No accounts to sync. Add one with: tokenledger accounts add --provider openai --label Work</source>
        <translation>동기화할 계정이 없습니다. 다음으로 추가하세요: tokenledger accounts add --provider openai --label Work</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/synccommand.cpp" line="161"/>
        <source>%n account(s) failed to sync: %1</source>
        <translation>
            <numerusform>계정 %n개를 동기화하지 못했습니다: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="23"/>
        <source>name the team database with --db postgresql://USER@HOST:PORT/DBNAME</source>
        <translation>--db postgresql://USER@HOST:PORT/DBNAME 으로 팀 데이터베이스를 지정하세요</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="43"/>
        <source>No password is stored for %1 any more.</source>
        <translation>%1의 비밀번호가 더 이상 저장되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="47"/>
        <source>Password for %1 (input hidden): </source>
        <translation>%1의 비밀번호(입력 숨김): </translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="50"/>
        <source>that password is longer than %1 bytes; nothing was stored</source>
        <translation>비밀번호가 %1바이트보다 깁니다. 아무것도 저장하지 않았습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="52"/>
        <source>no password was given; nothing was stored</source>
        <translation>비밀번호가 입력되지 않았습니다. 아무것도 저장하지 않았습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="56"/>
        <source>The password for %1 is in the keychain (entry %2).</source>
        <translation>%1의 비밀번호가 키체인에 있습니다(항목 %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="66"/>
        <source>Connected to %1.</source>
        <translation>%1에 연결되었습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="98"/>
        <source>db copy needs --from and --to (an SQLite file or a postgresql:// URL)</source>
        <translation>db copy에는 --from과 --to가 필요합니다(SQLite 파일 또는 postgresql:// URL)</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="100"/>
        <source>one of --from and --to must be a postgresql:// URL (copy a file with cp)</source>
        <translation>--from과 --to 중 하나는 postgresql:// URL이어야 합니다(파일은 cp로 복사하세요)</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="102"/>
        <source>one of --from and --to must be an SQLite file (between two servers, use pg_dump)</source>
        <translation>--from과 --to 중 하나는 SQLite 파일이어야 합니다(두 서버 사이에는 pg_dump를 쓰세요)</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="112"/>
        <source>%1 already holds a ledger; nothing was copied. Add --replace to empty it first.</source>
        <translation>%1에 이미 장부가 있습니다. 아무것도 복사하지 않았습니다. 먼저 비우려면 --replace를 추가하세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="115"/>
        <source>nothing was copied: %1</source>
        <translation>아무것도 복사하지 않았습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="119"/>
        <source>%1 rows</source>
        <translation>%1행</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="124"/>
        <source>Copied %1 rows in %2 tables from %3 to %4; every table&apos;s rows and sums match.</source>
        <translation>%3에서 %4(으)로 테이블 %2개, %1행을 복사했습니다. 모든 테이블의 행 수와 합계가 일치합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="156"/>
        <source>unknown action &quot;%1&quot;: password, forget-password or copy</source>
        <translation>알 수 없는 동작 &quot;%1&quot;: password, forget-password 또는 copy</translation>
    </message>
</context>
</TS>
