<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>tl::AccountsPage</name>
    <message numerus="yes">
      <source>Failing (%n time(s) in a row): %1</source>
      <translation>
        <numerusform>Failing (%n time in a row): %1</numerusform>
        <numerusform>Failing (%n times in a row): %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1: %2 exists and holds %n log file(s).</source>
      <translation>
        <numerusform>%1: %2 exists and holds %n log file.</numerusform>
        <numerusform>%1: %2 exists and holds %n log files.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>tl::AgentSourcesDialog</name>
    <message numerus="yes">
      <source>Found %n log file(s) in %1.</source>
      <translation>
        <numerusform>Found %n log file in %1.</numerusform>
        <numerusform>Found %n log files in %1.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>tl::DashboardPage</name>
    <message numerus="yes">
      <source>Over %n UTC day(s)</source>
      <translation>
        <numerusform>Over %n UTC day</numerusform>
        <numerusform>Over %n UTC days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Spend on %n of those days</source>
      <translation>
        <numerusform>Spend on %n of those days</numerusform>
        <numerusform>Spend on %n of those days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1 of %2 · %3&lt;br&gt;&lt;b style='color:%4'&gt;%5&lt;/b&gt;&lt;br&gt;&lt;a href="#budgets"&gt;%n budget(s)&lt;/a&gt;</source>
      <translation>
        <numerusform>%1 of %2 · %3&lt;br&gt;&lt;b style='color:%4'&gt;%5&lt;/b&gt;&lt;br&gt;&lt;a href="#budgets"&gt;%n budget&lt;/a&gt;</numerusform>
        <numerusform>%1 of %2 · %3&lt;br&gt;&lt;b style='color:%4'&gt;%5&lt;/b&gt;&lt;br&gt;&lt;a href="#budgets"&gt;%n budgets&lt;/a&gt;</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n account(s) failing to sync — %1. See Sync History.</source>
      <translation>
        <numerusform>%n account failing to sync — %1. See Sync History.</numerusform>
        <numerusform>%n accounts failing to sync — %1. See Sync History.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n unread alert(s); latest: %1</source>
      <translation>
        <numerusform>%n unread alert; latest: %1</numerusform>
        <numerusform>%n unread alerts; latest: %1</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>tl::ImportsView</name>
    <message numerus="yes">
      <source>takes out the %n row(s) it added</source>
      <translation>
        <numerusform>takes out the %n row it added</numerusform>
        <numerusform>takes out the %n rows it added</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>puts back the %n row(s) it overwrote, as they were before it</source>
      <translation>
        <numerusform>puts back the %n row it overwrote, as it was before it</numerusform>
        <numerusform>puts back the %n rows it overwrote, as they were before it</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n row(s) that a later import wrote again keep that import&apos;s values.</source>
      <translation>
        <numerusform>%n row that a later import wrote again keeps that import&apos;s values.</numerusform>
        <numerusform>%n rows that a later import wrote again keep that import&apos;s values.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n row(s) it added are gone</source>
      <translation>
        <numerusform>%n row it added is gone</numerusform>
        <numerusform>%n rows it added are gone</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n row(s) it overwrote are as they were before it</source>
      <translation>
        <numerusform>%n row it overwrote is as it was before it</numerusform>
        <numerusform>%n rows it overwrote are as they were before it</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n row(s) a later import wrote again keep that import&apos;s values</source>
      <translation>
        <numerusform>%n row a later import wrote again keeps that import&apos;s values</numerusform>
        <numerusform>%n rows a later import wrote again keep that import&apos;s values</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>tl::PricingPage</name>
    <message numerus="yes">
      <source>and %n more</source>
      <translation>
        <numerusform>and %n more</numerusform>
        <numerusform>and %n more</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n model(s) in your data have no price, so their usage is not counted in any cost: %1.</source>
      <translation>
        <numerusform>%n model in your data has no price, so its usage is not counted in any cost: %1.</numerusform>
        <numerusform>%n models in your data have no price, so their usage is not counted in any cost: %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Price saved; %n stored row(s) re-priced.</source>
      <translation>
        <numerusform>Price saved; %n stored row re-priced.</numerusform>
        <numerusform>Price saved; %n stored rows re-priced.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Override removed; %n stored row(s) re-priced.</source>
      <translation>
        <numerusform>Override removed; %n stored row re-priced.</numerusform>
        <numerusform>Override removed; %n stored rows re-priced.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>tl::SyncNowButton</name>
    <message numerus="yes">
      <source>%n account(s) failed — Retry</source>
      <translation>
        <numerusform>%n account failed — Retry</numerusform>
        <numerusform>%n accounts failed — Retry</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>tl::TrayController</name>
    <message numerus="yes">
      <source>TokenLedger — %n unread alert(s)</source>
      <translation>
        <numerusform>TokenLedger — %n unread alert</numerusform>
        <numerusform>TokenLedger — %n unread alerts</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>tl::PeriodBar</name>
    <message numerus="yes">
      <source>Last %n day(s)</source>
      <translation>
        <numerusform>Last %n day</numerusform>
        <numerusform>Last %n days</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>tl::cli</name>
    <message numerus="yes">
      <source>%n account(s) failed to sync: %1</source>
      <translation>
        <numerusform>%n account failed to sync: %1</numerusform>
        <numerusform>%n accounts failed to sync: %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Note: %n key(s) stored by an older TokenLedger could not be moved yet: %1</source>
      <translation>
        <numerusform>Note: %n key stored by an older TokenLedger could not be moved yet: %1</numerusform>
        <numerusform>Note: %n keys stored by an older TokenLedger could not be moved yet: %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n problem(s)</source>
      <translation>
        <numerusform>%n problem</numerusform>
        <numerusform>%n problems</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>table %1: %n row(s) refer(s) to a missing row of %2</source>
      <translation>
        <numerusform>table %1: %n row refers to a missing row of %2</numerusform>
        <numerusform>table %1: %n rows refer to a missing row of %2</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n data-quality finding(s): see tokenledger quality, or Usage → Data quality</source>
      <translation>
        <numerusform>%n data-quality finding: see tokenledger quality, or Usage → Data quality</numerusform>
        <numerusform>%n data-quality findings: see tokenledger quality, or Usage → Data quality</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>reads %n log folder(s)</source>
      <translation>
        <numerusform>reads %n log folder</numerusform>
        <numerusform>reads %n log folders</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Format: %1; %2 row(s) read, %3 good, %4 bad</source>
      <translation>
        <numerusform>Format: %1; %2 row read, %3 good, %4 bad</numerusform>
        <numerusform>Format: %1; %2 rows read, %3 good, %4 bad</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Exported %n usage row(s) to %1.</source>
      <translation>
        <numerusform>Exported %n usage row to %1.</numerusform>
        <numerusform>Exported %n usage rows to %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Manual entry %1 keeps its %n charge(s) so far at %2 and ends today; entry %3 charges %4 from %5.</source>
      <translation>
        <numerusform>Manual entry %1 keeps its %n charge so far at %2 and ends today; entry %3 charges %4 from %5.</numerusform>
        <numerusform>Manual entry %1 keeps its %n charges so far at %2 and ends today; entry %3 charges %4 from %5.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Removed manual entry %1 with its %n charge(s) so far (%2).</source>
      <translation>
        <numerusform>Removed manual entry %1 with its %n charge so far (%2).</numerusform>
        <numerusform>Removed manual entry %1 with its %n charges so far (%2).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n model(s); prices in USD per 1M tokens in force on %1 (UTC).</source>
      <translation>
        <numerusform>%n model; prices in USD per 1M tokens in force on %1 (UTC).</numerusform>
        <numerusform>%n models; prices in USD per 1M tokens in force on %1 (UTC).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Removed %n override(s) for %1 (%2).</source>
      <translation>
        <numerusform>Removed %n override for %1 (%2).</numerusform>
        <numerusform>Removed %n overrides for %1 (%2).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1 (%2): %3 tokens in %n row(s)</source>
      <translation>
        <numerusform>%1 (%2): %3 tokens in %n row</numerusform>
        <numerusform>%1 (%2): %3 tokens in %n rows</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>tl::WelcomePanel</name>
    <message numerus="yes">
      <source>%1: %n log file(s) in %2</source>
      <translation>
        <numerusform>%1: %n log file in %2</numerusform>
        <numerusform>%1: %n log files in %2</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>tl::SyncReach</name>
    <message numerus="yes">
      <source>%n min ago</source>
      <translation>
        <numerusform>%n min ago</numerusform>
        <numerusform>%n min ago</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n h ago</source>
      <translation>
        <numerusform>%n h ago</numerusform>
        <numerusform>%n h ago</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n day(s) ago</source>
      <translation>
        <numerusform>%n day ago</numerusform>
        <numerusform>%n days ago</numerusform>
      </translation>
    </message>
  </context>
</TS>
