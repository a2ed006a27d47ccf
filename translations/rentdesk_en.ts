<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>rentdesk::AboutDialog</name>
    <message>
        <source>About RentDesk</source>
        <translation>About RentDesk</translation>
    </message>
    <message>
        <source>GNU LGPL version 3 (%1)</source>
        <translation>GNU LGPL version 3 (%1)</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>public domain</translation>
    </message>
    <message>
        <source>modified BSD licence (3 clauses)</source>
        <translation>modified BSD licence (3 clauses)</translation>
    </message>
    <message>
        <source>GNU LGPL version 2.1</source>
        <translation>GNU LGPL version 2.1</translation>
    </message>
    <message>
        <source>&lt;h2&gt;RentDesk %1&lt;/h2&gt;&lt;p&gt;The customer card for the rental counter.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Store:&lt;/b&gt; %2&lt;/p&gt;&lt;h3&gt;Libraries&lt;/h3&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Library&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Version&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Licence&lt;/th&gt;&lt;/tr&gt;%3&lt;/table&gt;&lt;p&gt;The licence texts come with the libraries&apos; packages; Qt&apos;s source is available at download.qt.io.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;RentDesk %1&lt;/h2&gt;&lt;p&gt;The customer card for the rental counter.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Store:&lt;/b&gt; %2&lt;/p&gt;&lt;h3&gt;Libraries&lt;/h3&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Library&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Version&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Licence&lt;/th&gt;&lt;/tr&gt;%3&lt;/table&gt;&lt;p&gt;The licence texts come with the libraries&apos; packages; Qt&apos;s source is available at download.qt.io.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
</context>
<context>
    <name>rentdesk::AccessesModel</name>
    <message>
        <source>set</source>
        <translation>set</translation>
    </message>
    <message>
        <source>not set yet</source>
        <translation>not set yet</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Created by</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Last login</translation>
    </message>
</context>
<context>
    <name>rentdesk::AccessesPanel</name>
    <message>
        <source>&amp;Invite…</source>
        <translation>&amp;Invite…</translation>
    </message>
    <message>
        <source>Invite the customer to the online booking: they get an e-mail to set their own password</source>
        <translation>Invite the customer to the online booking: they get an e-mail to set their own password</translation>
    </message>
    <message>
        <source>Set new &amp;password…</source>
        <translation>Set new &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Delete access</source>
        <translation>&amp;Delete access</translation>
    </message>
    <message>
        <source>Delete and invite &amp;again</source>
        <translation>Delete and invite &amp;again</translation>
    </message>
    <message>
        <source>Delete the access and send a new invitation to the same address, so the customer sets a password themselves</source>
        <translation>Delete the access and send a new invitation to the same address, so the customer sets a password themselves</translation>
    </message>
    <message>
        <source>Invite to the online booking</source>
        <translation>Invite to the online booking</translation>
    </message>
    <message>
        <source>The invitation goes to this address; it becomes the login:</source>
        <translation>The invitation goes to this address; it becomes the login:</translation>
    </message>
    <message>
        <source>Delete the access %1 and send a new invitation to this address? The old password stops working at once.</source>
        <translation>Delete the access %1 and send a new invitation to this address? The old password stops working at once.</translation>
    </message>
    <message>
        <source>Delete the access %1? The customer can no longer sign in to the online booking with it.</source>
        <translation>Delete the access %1? The customer can no longer sign in to the online booking with it.</translation>
    </message>
    <message>
        <source>Delete and invite again</source>
        <translation>Delete and invite again</translation>
    </message>
    <message>
        <source>Delete access</source>
        <translation>Delete access</translation>
    </message>
</context>
<context>
    <name>rentdesk::ActivitiesModel</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Customer created with number %1</source>
        <translation>Customer created with number %1</translation>
    </message>
    <message>
        <source>%1 changed from %2 to %3</source>
        <translation>%1 changed from %2 to %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Imported from %1, row %2, with number %3</source>
        <translation>Imported from %1, row %2, with number %3</translation>
    </message>
    <message>
        <source>Updated by the import from %1, row %2</source>
        <translation>Updated by the import from %1, row %2</translation>
    </message>
    <message>
        <source>Blocked until %1: %2</source>
        <translation>Blocked until %1: %2</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>Blocked: %1</translation>
    </message>
    <message>
        <source>Block lifted</source>
        <translation>Block lifted</translation>
    </message>
    <message>
        <source>Block lifted (it was: %1)</source>
        <translation>Block lifted (it was: %1)</translation>
    </message>
    <message>
        <source>Invited to the online booking as %1</source>
        <translation>Invited to the online booking as %1</translation>
    </message>
    <message>
        <source>New password set for the online access %1</source>
        <translation>New password set for the online access %1</translation>
    </message>
    <message>
        <source>Online access %1 deleted</source>
        <translation>Online access %1 deleted</translation>
    </message>
    <message>
        <source>Document %1 added</source>
        <translation>Document %1 added</translation>
    </message>
    <message>
        <source>Document %1 renamed to %2</source>
        <translation>Document %1 renamed to %2</translation>
    </message>
    <message>
        <source>Document %1 removed</source>
        <translation>Document %1 removed</translation>
    </message>
    <message>
        <source>%1 %2 made: %3</source>
        <translation>%1 %2 made: %3</translation>
    </message>
    <message>
        <source>Handed out with %1: %2</source>
        <translation>Handed out with %1: %2</translation>
    </message>
    <message>
        <source>Returned damaged (%1): %2</source>
        <translation>Returned damaged (%1): %2</translation>
    </message>
    <message>
        <source>Returned (%1): %2</source>
        <translation>Returned (%1): %2</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Return due</source>
        <translation>Return due</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Line changed, %1: %2 → %3</source>
        <translation>Line changed, %1: %2 → %3</translation>
    </message>
    <message>
        <source>Price of %1 reloaded: %2 → %3</source>
        <translation>Price of %1 reloaded: %2 → %3</translation>
    </message>
    <message>
        <source>%1 removed from %2</source>
        <translation>%1 removed from %2</translation>
    </message>
    <message>
        <source>%1 cancelled (no line left)</source>
        <translation>%1 cancelled (no line left)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Payment of %1 received (%2)</source>
        <translation>Payment of %1 received (%2)</translation>
    </message>
    <message>
        <source>Payment of %1 with voucher %2</source>
        <translation>Payment of %1 with voucher %2</translation>
    </message>
    <message>
        <source>%1 paid back (%2)</source>
        <translation>%1 paid back (%2)</translation>
    </message>
    <message>
        <source>Voucher %1 worth %2 sold for %3 (%4)</source>
        <translation>Voucher %1 worth %2 sold for %3 (%4)</translation>
    </message>
    <message>
        <source>Voucher %1 worth %2 given free: %3</source>
        <translation>Voucher %1 worth %2 given free: %3</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>allowed</translation>
    </message>
    <message>
        <source>forbidden</source>
        <translation>forbidden</translation>
    </message>
    <message>
        <source>as inherited</source>
        <translation>as inherited</translation>
    </message>
    <message>
        <source>Damage reported: %1 (cost %2)</source>
        <translation>Damage reported: %1 (cost %2)</translation>
    </message>
    <message>
        <source>Damage charged: %1, %2</source>
        <translation>Damage charged: %1, %2</translation>
    </message>
    <message>
        <source>Repaired after a damage: %1</source>
        <translation>Repaired after a damage: %1</translation>
    </message>
    <message>
        <source>Damage written off (%1): %2</source>
        <translation>Damage written off (%1): %2</translation>
    </message>
    <message>
        <source>Damage closed: %1</source>
        <translation>Damage closed: %1</translation>
    </message>
</context>
<context>
    <name>rentdesk::App</name>
    <message>
        <source>RentDesk: the customer card for the rental counter.</source>
        <translation>RentDesk: the customer card for the rental counter.</translation>
    </message>
    <message>
        <source>The SQLite file of the local store (default: %1).</source>
        <translation>The SQLite file of the local store (default: %1).</translation>
    </message>
    <message>
        <source>Fill demo data when the store is empty.</source>
        <translation>Fill demo data when the store is empty.</translation>
    </message>
    <message>
        <source>Language: de or en.</source>
        <translation>Language: de or en.</translation>
    </message>
    <message>
        <source>Open the card of the customer with this number.</source>
        <translation>Open the card of the customer with this number.</translation>
    </message>
    <message>
        <source>Save a picture of the front window to this PNG file and quit.</source>
        <translation>Save a picture of the front window to this PNG file and quit.</translation>
    </message>
    <message>
        <source>RentDesk</source>
        <translation>RentDesk</translation>
    </message>
    <message>
        <source>The local store cannot be opened:
%1</source>
        <translation>The local store cannot be opened:
%1</translation>
    </message>
    <message>
        <source>Filling demo data…</source>
        <translation>Filling demo data…</translation>
    </message>
    <message>
        <source>The demo data could not be filled:
%1</source>
        <translation>The demo data could not be filled:
%1</translation>
    </message>
    <message>
        <source>There is no customer with the number %1.</source>
        <translation>There is no customer with the number %1.</translation>
    </message>
</context>
<context>
    <name>rentdesk::ArticleDialog</name>
    <message>
        <source>New article</source>
        <translation>New article</translation>
    </message>
    <message>
        <source>Article – %1</source>
        <translation>Article – %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;VAT %:</source>
        <translation>&amp;VAT %:</translation>
    </message>
    <message>
        <source>De&amp;posit:</source>
        <translation>De&amp;posit:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prices&lt;/b&gt; (today&apos;s price list; lines already made keep their price)</source>
        <translation>&lt;b&gt;Prices&lt;/b&gt; (today&apos;s price list; lines already made keep their price)</translation>
    </message>
    <message>
        <source>e.g. %1; %2 for 2 and 3 days in all</source>
        <translation>e.g. %1; %2 for 2 and 3 days in all</translation>
    </message>
    <message>
        <source>as one day</source>
        <translation>as one day</translation>
    </message>
    <message>
        <source>Per &amp;hour:</source>
        <translation>Per &amp;hour:</translation>
    </message>
    <message>
        <source>Per &amp;day:</source>
        <translation>Per &amp;day:</translation>
    </message>
    <message>
        <source>Day &amp;tiers:</source>
        <translation>Day &amp;tiers:</translation>
    </message>
    <message>
        <source>Each &amp;further day:</source>
        <translation>Each &amp;further day:</translation>
    </message>
    <message>
        <source>Per &amp;week:</source>
        <translation>Per &amp;week:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Late fee per ho&amp;ur:</source>
        <translation>Late fee per ho&amp;ur:</translation>
    </message>
    <message>
        <source>Late fee per d&amp;ay:</source>
        <translation>Late fee per d&amp;ay:</translation>
    </message>
    <message>
        <source>&amp;Grace time:</source>
        <translation>&amp;Grace time:</translation>
    </message>
    <message>
        <source>Enter the VAT rate in percent, for example 19 or 7.</source>
        <translation>Enter the VAT rate in percent, for example 19 or 7.</translation>
    </message>
    <message>
        <source>Enter an amount, for example %1.</source>
        <translation>Enter an amount, for example %1.</translation>
    </message>
    <message>
        <source>Enter the prices of 2, 3, … days in all, separated by semicolons: %1; %2.</source>
        <translation>Enter the prices of 2, 3, … days in all, separated by semicolons: %1; %2.</translation>
    </message>
    <message>
        <source>Enter an amount, or leave it empty for the day price.</source>
        <translation>Enter an amount, or leave it empty for the day price.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prices&lt;/b&gt; in the price list %1 (lines already made keep their price)</source>
        <translation>&lt;b&gt;Prices&lt;/b&gt; in the price list %1 (lines already made keep their price)</translation>
    </message>
</context>
<context>
    <name>rentdesk::BlockDialog</name>
    <message>
        <source>Block %1 · %2</source>
        <translation>Block %1 · %2</translation>
    </message>
    <message>
        <source>A blocked customer may not rent: the card shows a red banner with the reason, and the customer list marks them.</source>
        <translation>A blocked customer may not rent: the card shows a red banner with the reason, and the customer list marks them.</translation>
    </message>
    <message>
        <source>e.g. invoice of March unpaid after two reminders</source>
        <translation>e.g. invoice of March unpaid after two reminders</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;until the end of</source>
        <translation>&amp;until the end of</translation>
    </message>
    <message>
        <source>Blocked:</source>
        <translation>Blocked:</translation>
    </message>
    <message>
        <source>Without an end, the block holds until someone lifts it.</source>
        <translation>Without an end, the block holds until someone lifts it.</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Block</translation>
    </message>
</context>
<context>
    <name>rentdesk::CataloguePage</name>
    <message>
        <source>available</source>
        <translation>available</translation>
    </message>
    <message>
        <source>rented</source>
        <translation>rented</translation>
    </message>
    <message>
        <source>in repair</source>
        <translation>in repair</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retired</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Per day</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Per week</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objects</translation>
    </message>
    <message>
        <source>New &amp;article…</source>
        <translation>New &amp;article…</translation>
    </message>
    <message>
        <source>Edit a&amp;rticle…</source>
        <translation>Edit a&amp;rticle…</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>New &amp;object…</source>
        <translation>New &amp;object…</translation>
    </message>
    <message>
        <source>Edit ob&amp;ject…</source>
        <translation>Edit ob&amp;ject…</translation>
    </message>
    <message>
        <source>Pick an article to see its objects.</source>
        <translation>Pick an article to see its objects.</translation>
    </message>
    <message>
        <source>Objects of %1:</source>
        <translation>Objects of %1:</translation>
    </message>
    <message>
        <source>as the article</source>
        <translation>as the article</translation>
    </message>
    <message>
        <source>What can be rented: articles with their prices in a price list, and each article&apos;s objects with their barcodes. A changed price applies to new lines; lines already made keep theirs. A season&apos;s prices are a price list of their own, valid from its first day.</source>
        <translation>What can be rented: articles with their prices in a price list, and each article&apos;s objects with their barcodes. A changed price applies to new lines; lines already made keep theirs. A season&apos;s prices are a price list of their own, valid from its first day.</translation>
    </message>
    <message>
        <source>&amp;Price list:</source>
        <translation>&amp;Price list:</translation>
    </message>
    <message>
        <source>New price &amp;list…</source>
        <translation>New price &amp;list…</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (from %2)</translation>
    </message>
    <message>
        <source>%1 – valid today</source>
        <translation>%1 – valid today</translation>
    </message>
</context>
<context>
    <name>rentdesk::Cli</name>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Unknown option --%1.</translation>
    </message>
    <message>
        <source>The option --%1 is given twice.</source>
        <translation>The option --%1 is given twice.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>The option --%1 needs a value.</translation>
    </message>
    <message>
        <source>The option --database PATH is required.</source>
        <translation>The option --database PATH is required.</translation>
    </message>
    <message>
        <source>There is no store file at %1.</source>
        <translation>There is no store file at %1.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>The option --customers N is required.</source>
        <translation>The option --customers N is required.</translation>
    </message>
    <message>
        <source>--customers needs a whole number of at least 1, not &quot;%1&quot;.</source>
        <translation>--customers needs a whole number of at least 1, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--seed needs a whole number of 0 or more, not &quot;%1&quot;.</source>
        <translation>--seed needs a whole number of 0 or more, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--date needs a day as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--date needs a day as YYYY-MM-DD, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 of %2 customers written</source>
        <translation>%1 of %2 customers written</translation>
    </message>
    <message>
        <source>Demo data failed: %1</source>
        <translation>Demo data failed: %1</translation>
    </message>
    <message>
        <source>Wrote %1 demo customers with %2 transactions to %3 (%4 MB) in %5 s.</source>
        <translation>Wrote %1 demo customers with %2 transactions to %3 (%4 MB) in %5 s.</translation>
    </message>
    <message>
        <source>The customer with the long history is %1.</source>
        <translation>The customer with the long history is %1.</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schema version: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the text to search for.</source>
        <translation>Give the text to search for.</translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;.</source>
        <translation>No customer matches &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give a command.</source>
        <translation>Give a command.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>Note: this RentDesk upgrades the file to schema version %1 when it opens it for work.</source>
        <translation>Note: this RentDesk upgrades the file to schema version %1 when it opens it for work.</translation>
    </message>
    <message>
        <source>The options --server URL and --code CODE are required.</source>
        <translation>The options --server URL and --code CODE are required.</translation>
    </message>
    <message>
        <source>Enrolment failed: %1</source>
        <translation>Enrolment failed: %1</translation>
    </message>
    <message>
        <source>This desk is now %1 (%2) on %3.</source>
        <translation>This desk is now %1 (%2) on %3.</translation>
    </message>
    <message>
        <source>Uploaded %1 rows, pushed %2 changes (%3 refused), pulled %4 rows.</source>
        <translation>Uploaded %1 rows, pushed %2 changes (%3 refused), pulled %4 rows.</translation>
    </message>
    <message>
        <source>Changes waiting: %1</source>
        <translation>Changes waiting: %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
    <message>
        <source>Document files sent: %1, fetched: %2</source>
        <translation>Document files sent: %1, fetched: %2</translation>
    </message>
    <message>
        <source>Usage: rentdesk-cli COMMAND [OPTIONS]

Commands:
  demo --database PATH --customers N [--seed S] [--date YYYY-MM-DD]
      Fill an empty store with N demo customers and their history. The same
      seed and date give the same data (defaults: seed 1, today).
  check --database PATH [--quick]
      Check the store read-only (the file is not changed) and print every
      problem. --quick runs SQLite&apos;s quick check and skips the foreign keys.
  search --database PATH TEXT...
      Search customers as the desk does: number, name and e-mail, one
      match a line.
  enrol --database PATH --server URL --code CODE [--desk-name NAME]
      Set the desk up for a sync server with a one-time enrolment code from
      the server&apos;s administrator (rentdesk-server enrol-code).
  sync --database PATH
      Run one full sync round with the server and print what it pushed and
      pulled.
  import --database PATH FILE.csv [--dry-run] [--mapping FILE]
         [--on-duplicate skip|create|update] [--report FILE]
      Import customers from a CSV file (UTF-8, UTF-16 or Windows-1252; comma,
      semicolon or tab). Columns are recognised by their German or English
      headers; a mapping file names others, a line &quot;Column = field&quot; each.
      --dry-run checks every row and writes nothing. Likely duplicates are
      skipped unless --on-duplicate says otherwise. Exit code 1 when any row
      is refused (the others are imported).
  export-customers --database PATH FILE.csv
      Write the customer list as CSV (UTF-8 with BOM), which the import reads
      back unchanged.
  help
      Show this text.

Exit codes: 0 success, 1 failure or problems found, 2 wrong command line.
</source>
        <translation>Usage: rentdesk-cli COMMAND [OPTIONS]

Commands:
  demo --database PATH --customers N [--seed S] [--date YYYY-MM-DD]
      Fill an empty store with N demo customers and their history. The same
      seed and date give the same data (defaults: seed 1, today).
  check --database PATH [--quick]
      Check the store read-only (the file is not changed) and print every
      problem. --quick runs SQLite&apos;s quick check and skips the foreign keys.
  search --database PATH TEXT...
      Search customers as the desk does: number, name and e-mail, one
      match a line.
  enrol --database PATH --server URL --code CODE [--desk-name NAME]
      Set the desk up for a sync server with a one-time enrolment code from
      the server&apos;s administrator (rentdesk-server enrol-code).
  sync --database PATH
      Run one full sync round with the server and print what it pushed and
      pulled.
  import --database PATH FILE.csv [--dry-run] [--mapping FILE]
         [--on-duplicate skip|create|update] [--report FILE]
      Import customers from a CSV file (UTF-8, UTF-16 or Windows-1252; comma,
      semicolon or tab). Columns are recognised by their German or English
      headers; a mapping file names others, a line &quot;Column = field&quot; each.
      --dry-run checks every row and writes nothing. Likely duplicates are
      skipped unless --on-duplicate says otherwise. Exit code 1 when any row
      is refused (the others are imported).
  export-customers --database PATH FILE.csv
      Write the customer list as CSV (UTF-8 with BOM), which the import reads
      back unchanged.
  help
      Show this text.

Exit codes: 0 success, 1 failure or problems found, 2 wrong command line.
</translation>
    </message>
    <message>
        <source>Name the CSV file to import.</source>
        <translation>Name the CSV file to import.</translation>
    </message>
    <message>
        <source>Import one file at a time, not %1.</source>
        <translation>Import one file at a time, not %1.</translation>
    </message>
    <message>
        <source>--on-duplicate is skip, create or update, not &quot;%1&quot;.</source>
        <translation>--on-duplicate is skip, create or update, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The mapping file %1 cannot be read: %2</source>
        <translation>The mapping file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>The report could not be written to %1: %2</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
        <source>%1 of %2 written</source>
        <translation>%1 of %2 written</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 skipped, %4 refused.</source>
        <translation>Imported: %1 new, %2 updated, %3 skipped, %4 refused.</translation>
    </message>
    <message>
        <source>Name the CSV file to write.</source>
        <translation>Name the CSV file to write.</translation>
    </message>
    <message>
        <source>Wrote %1 customers to %2.</source>
        <translation>Wrote %1 customers to %2.</translation>
    </message>
</context>
<context>
    <name>rentdesk::ConflictsDialog</name>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>customer number</source>
        <translation>customer number</translation>
    </message>
    <message>
        <source>desk %1</source>
        <translation>desk %1</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <source>Two desks changed the same thing differently. The server kept the later change; decide which value is right.</source>
        <translation>Two desks changed the same thing differently. The server kept the later change; decide which value is right.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Kept (now on every desk)</source>
        <translation>Kept (now on every desk)</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Set aside</translation>
    </message>
    <message>
        <source>&amp;Keep the kept value</source>
        <translation>&amp;Keep the kept value</translation>
    </message>
    <message>
        <source>&amp;Use the set-aside value</source>
        <translation>&amp;Use the set-aside value</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>The conflicts could not be read from the store; the details are in the log.</source>
        <translation>The conflicts could not be read from the store; the details are in the log.</translation>
    </message>
</context>
<context>
    <name>rentdesk::Customer</name>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Customer group</source>
        <translation>Customer group</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <source>Reason for block</source>
        <translation>Reason for block</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>rentdesk::CustomerCardWindow</name>
    <message>
        <source>%1 · %2 – Customer card</source>
        <translation>%1 · %2 – Customer card</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Rented objects</source>
        <translation>Rented objects</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Damages</source>
        <translation>Damages</translation>
    </message>
    <message>
        <source>Accesses</source>
        <translation>Accesses</translation>
    </message>
    <message>
        <source>Vouchers</source>
        <translation>Vouchers</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>Edit personal data…</source>
        <translation>Edit personal data…</translation>
    </message>
    <message>
        <source>Copy customer number</source>
        <translation>Copy customer number</translation>
    </message>
    <message>
        <source>Customer number copied.</source>
        <translation>Customer number copied.</translation>
    </message>
    <message>
        <source>Find another customer</source>
        <translation>Find another customer</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Master data</source>
        <translation>Master data</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Open payments</source>
        <translation>Open payments</translation>
    </message>
    <message>
        <source>Open balances</source>
        <translation>Open balances</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>E&amp;xpand</source>
        <translation>E&amp;xpand</translation>
    </message>
    <message>
        <source>Show the whole list of changes</source>
        <translation>Show the whole list of changes</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>&amp;Card</translation>
    </message>
    <message>
        <source>&amp;Edit personal data…</source>
        <translation>&amp;Edit personal data…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Find customer</translation>
    </message>
    <message>
        <source>&amp;Close card</source>
        <translation>&amp;Close card</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Reset layout</translation>
    </message>
    <message>
        <source>All activities – %1</source>
        <translation>All activities – %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Lift block</source>
        <translation>Lift block</translation>
    </message>
    <message>
        <source>Block customer…</source>
        <translation>Block customer…</translation>
    </message>
    <message>
        <source>&amp;Lift block</source>
        <translation>&amp;Lift block</translation>
    </message>
    <message>
        <source>&amp;Block customer…</source>
        <translation>&amp;Block customer…</translation>
    </message>
    <message>
        <source>Lift the block of %1? It was: %2</source>
        <translation>Lift the block of %1? It was: %2</translation>
    </message>
    <message>
        <source>The block is lifted.</source>
        <translation>The block is lifted.</translation>
    </message>
    <message>
        <source>Filter: a word, a name, a field, a date…</source>
        <translation>Filter: a word, a name, a field, a date…</translation>
    </message>
    <message numerus="yes">
        <source>%n matching entr(y/ies)</source>
        <translation>
            <numerusform>%n matching entry</numerusform>
            <numerusform>%n matching entries</numerusform>
        </translation>
    </message>
    <message>
        <source> so far; scroll for more</source>
        <translation> so far; scroll for more</translation>
    </message>
    <message>
        <source>Transaction %1 is saved.</source>
        <translation>Transaction %1 is saved.</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>Take payment</translation>
    </message>
    <message>
        <source>Nothing is open for this customer.</source>
        <translation>Nothing is open for this customer.</translation>
    </message>
    <message>
        <source>The payment is booked.</source>
        <translation>The payment is booked.</translation>
    </message>
    <message>
        <source>Nothing has the code %1.</source>
        <translation>Nothing has the code %1.</translation>
    </message>
    <message>
        <source>%1 is not out with anyone.</source>
        <translation>%1 is not out with anyone.</translation>
    </message>
    <message>
        <source>Enter or a double click opens the transaction</source>
        <translation>Enter or a double click opens the transaction</translation>
    </message>
    <message>
        <source>New transaction…</source>
        <translation>New transaction…</translation>
    </message>
    <message>
        <source>Rent out, book, reserve or take a request (Ctrl+T)</source>
        <translation>Rent out, book, reserve or take a request (Ctrl+T)</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <source>Check objects in (Ctrl+R)</source>
        <translation>Check objects in (Ctrl+R)</translation>
    </message>
    <message>
        <source>Take payment…</source>
        <translation>Take payment…</translation>
    </message>
    <message>
        <source>Cash, card, bank transfer or voucher (Ctrl+K)</source>
        <translation>Cash, card, bank transfer or voucher (Ctrl+K)</translation>
    </message>
    <message>
        <source>Scan: object, transaction or customer number</source>
        <translation>Scan: object, transaction or customer number</translation>
    </message>
    <message>
        <source>&amp;New transaction…</source>
        <translation>&amp;New transaction…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>&amp;Return…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Take &amp;payment…</source>
        <translation>Take &amp;payment…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Voucher %1 is issued.</source>
        <translation>Voucher %1 is issued.</translation>
    </message>
    <message>
        <source>&amp;Sell voucher…</source>
        <translation>&amp;Sell voucher…</translation>
    </message>
    <message>
        <source>Sell a voucher, or give one free with a reason</source>
        <translation>Sell a voucher, or give one free with a reason</translation>
    </message>
    <message>
        <source>Sell &amp;voucher…</source>
        <translation>Sell &amp;voucher…</translation>
    </message>
</context>
<context>
    <name>rentdesk::CustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>Edit %1 · %2</source>
        <translation>Edit %1 · %2</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>+49 171 2345678</source>
        <translation>+49 171 2345678</translation>
    </message>
    <message>
        <source>DE</source>
        <translation>DE</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Blocked: may not rent</source>
        <translation>Blocked: may not rent</translation>
    </message>
    <message>
        <source>&lt;b&gt;This customer may already exist:&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Open the existing card, or press &lt;i&gt;Save anyway&lt;/i&gt; to create a new customer.</source>
        <translation>&lt;b&gt;This customer may already exist:&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Open the existing card, or press &lt;i&gt;Save anyway&lt;/i&gt; to create a new customer.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>The customer was not saved: %1</source>
        <translation>The customer was not saved: %1</translation>
    </message>
    <message>
        <source>The changes were not saved: %1</source>
        <translation>The changes were not saved: %1</translation>
    </message>
    <message>
        <source>&amp;Invite to the online booking (an e-mail to set a password)</source>
        <translation>&amp;Invite to the online booking (an e-mail to set a password)</translation>
    </message>
</context>
<context>
    <name>rentdesk::CustomerExport</name>
    <message>
        <source>The customers could not be read from the store.</source>
        <translation>The customers could not be read from the store.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
</context>
<context>
    <name>rentdesk::CustomerGroupDialog</name>
    <message>
        <source>New customer group</source>
        <translation>New customer group</translation>
    </message>
    <message>
        <source>Customer group – %1</source>
        <translation>Customer group – %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Discount:</source>
        <translation>&amp;Discount:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Permissions in the online booking&lt;/b&gt;</source>
        <translation>&lt;b&gt;Permissions in the online booking&lt;/b&gt;</translation>
    </message>
    <message>
        <source>As the default (yes)</source>
        <translation>As the default (yes)</translation>
    </message>
    <message>
        <source>As the default (no)</source>
        <translation>As the default (no)</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Allowed</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Forbidden</translation>
    </message>
</context>
<context>
    <name>rentdesk::CustomerGroupsPage</name>
    <message>
        <source>A customer group gives its members a discount on every price and can allow or forbid permissions for them; what a group does not set follows the default.</source>
        <translation>A customer group gives its members a discount on every price and can allow or forbid permissions for them; what a group does not set follows the default.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Permissions set by the group</source>
        <translation>Permissions set by the group</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>&amp;New group…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>%1: yes</source>
        <translation>%1: yes</translation>
    </message>
    <message>
        <source>%1: no</source>
        <translation>%1: no</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>none (all as the default)</source>
        <translation>none (all as the default)</translation>
    </message>
</context>
<context>
    <name>rentdesk::CustomerImport</name>
    <message>
        <source>The file has no rows.</source>
        <translation>The file has no rows.</translation>
    </message>
    <message>
        <source>The file has a header but no customers.</source>
        <translation>The file has a header but no customers.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 is a folder, not a file.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The file is %1 MB; an import file may have at most %2 MB.</source>
        <translation>The file is %1 MB; an import file may have at most %2 MB.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Choose the column with the last name (or the company): without it no customer can be imported.</source>
        <translation>Choose the column with the last name (or the company): without it no customer can be imported.</translation>
    </message>
    <message numerus="yes">
        <source>The row has %n field(s); the header has %1.</source>
        <translation>
            <numerusform>The row has %n field; the header has %1.</numerusform>
            <numerusform>The row has %n fields; the header has %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is neither yes nor no.</source>
        <translation>%1: &quot;%2&quot; is neither yes nor no.</translation>
    </message>
    <message>
        <source>%1: %2 (&quot;%3&quot;)</source>
        <translation>%1: %2 (&quot;%3&quot;)</translation>
    </message>
    <message>
        <source>%1: at most 32 characters without line breaks.</source>
        <translation>%1: at most 32 characters without line breaks.</translation>
    </message>
    <message>
        <source>The number %1 is taken; the customer gets a new one.</source>
        <translation>The number %1 is taken; the customer gets a new one.</translation>
    </message>
    <message>
        <source>%1: at most 100 characters on one line.</source>
        <translation>%1: at most 100 characters on one line.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>same e-mail address %1</source>
        <translation>same e-mail address %1</translation>
    </message>
    <message>
        <source>same name and birth date (%1, %2)</source>
        <translation>same name and birth date (%1, %2)</translation>
    </message>
    <message>
        <source>Row %1 could not be saved, so nothing was imported: %2</source>
        <translation>Row %1 could not be saved, so nothing was imported: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>to import as new customers: %1</source>
        <translation>to import as new customers: %1</translation>
    </message>
    <message>
        <source>to update existing customers with: %1</source>
        <translation>to update existing customers with: %1</translation>
    </message>
    <message>
        <source>to skip as duplicates: %1</source>
        <translation>to skip as duplicates: %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refused: %1</translation>
    </message>
    <message>
        <source>new customer groups: %1</source>
        <translation>new customer groups: %1</translation>
    </message>
    <message>
        <source>row %1 (line %2) refused: %3</source>
        <translation>row %1 (line %2) refused: %3</translation>
    </message>
    <message>
        <source>row %1 (line %2): %3</source>
        <translation>row %1 (line %2): %3</translation>
    </message>
    <message>
        <source>likely duplicates, %1: rows %2 (%3)</source>
        <translation>likely duplicates, %1: rows %2 (%3)</translation>
    </message>
    <message>
        <source>likely duplicates, %1: rows %2 and in the store %3 (%4)</source>
        <translation>likely duplicates, %1: rows %2 and in the store %3 (%4)</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>(do not import)</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Customer group</source>
        <translation>Customer group</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <source>Reason for blocking</source>
        <translation>Reason for blocking</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Line %1 of the mapping is not &quot;column = field&quot;.</source>
        <translation>Line %1 of the mapping is not &quot;column = field&quot;.</translation>
    </message>
    <message>
        <source>Line %1 of the mapping: &quot;%2&quot; is not a field. Fields: %3.</source>
        <translation>Line %1 of the mapping: &quot;%2&quot; is not a field. Fields: %3.</translation>
    </message>
    <message>
        <source>Line %1 of the mapping: the file has no column &quot;%2&quot;.</source>
        <translation>Line %1 of the mapping: the file has no column &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The name of the file %1 cannot be read on this computer (its characters are in another encoding). Rename the file and choose it again.</source>
        <translation>The name of the file %1 cannot be read on this computer (its characters are in another encoding). Rename the file and choose it again.</translation>
    </message>
    <message>
        <source>%1: the group &quot;%2&quot; was deleted; name another one.</source>
        <translation>%1: the group &quot;%2&quot; was deleted; name another one.</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>only the first row</source>
        <translation>only the first row</translation>
    </message>
    <message>
        <source>every row imported</source>
        <translation>every row imported</translation>
    </message>
    <message>
        <source>the existing customer updated</source>
        <translation>the existing customer updated</translation>
    </message>
    <message>
        <source>merged into the first row</source>
        <translation>merged into the first row</translation>
    </message>
</context>
<context>
    <name>rentdesk::CustomerPanelModel</name>
    <message>
        <source>This list could not be read from the store, so it may be incomplete. Close and open the card again; if that does not help, the details are in the log.</source>
        <translation>This list could not be read from the store, so it may be incomplete. Close and open the card again; if that does not help, the details are in the log.</translation>
    </message>
</context>
<context>
    <name>rentdesk::CustomerSearchModel</name>
    <message>
        <source>This customer is blocked.</source>
        <translation>This customer is blocked.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
</context>
<context>
    <name>rentdesk::CustomerValidator</name>
    <message>
        <source>At most %1 characters.</source>
        <translation>At most %1 characters.</translation>
    </message>
    <message>
        <source>Line breaks and control characters are not allowed here.</source>
        <translation>Line breaks and control characters are not allowed here.</translation>
    </message>
    <message>
        <source>This is not an e-mail address (name@example.com).</source>
        <translation>This is not an e-mail address (name@example.com).</translation>
    </message>
    <message>
        <source>A phone number has digits, spaces and + ( ) / - only.</source>
        <translation>A phone number has digits, spaces and + ( ) / - only.</translation>
    </message>
    <message>
        <source>A phone number has 5 to 15 digits.</source>
        <translation>A phone number has 5 to 15 digits.</translation>
    </message>
    <message>
        <source>Enter a two-letter country code such as DE, AT or CH.</source>
        <translation>Enter a two-letter country code such as DE, AT or CH.</translation>
    </message>
    <message>
        <source>Enter the date as DD.MM.YYYY, for example 24.12.1990.</source>
        <translation>Enter the date as DD.MM.YYYY, for example 24.12.1990.</translation>
    </message>
    <message>
        <source>A birth date cannot be in the future.</source>
        <translation>A birth date cannot be in the future.</translation>
    </message>
    <message>
        <source>A birth date more than 120 years ago is surely a typing error.</source>
        <translation>A birth date more than 120 years ago is surely a typing error.</translation>
    </message>
    <message>
        <source>Enter a two-letter language code such as de or en.</source>
        <translation>Enter a two-letter language code such as de or en.</translation>
    </message>
    <message>
        <source>Enter a last name or a company.</source>
        <translation>Enter a last name or a company.</translation>
    </message>
    <message>
        <source>A postcode in this country has five digits.</source>
        <translation>A postcode in this country has five digits.</translation>
    </message>
    <message>
        <source>A postcode in this country has four digits.</source>
        <translation>A postcode in this country has four digits.</translation>
    </message>
    <message>
        <source>A Dutch postcode has four digits and two letters, like 1012 AB.</source>
        <translation>A Dutch postcode has four digits and two letters, like 1012 AB.</translation>
    </message>
    <message>
        <source>This is not a British postcode (like SW1A 1AA).</source>
        <translation>This is not a British postcode (like SW1A 1AA).</translation>
    </message>
    <message>
        <source>A postcode has 3 to 10 letters and digits.</source>
        <translation>A postcode has 3 to 10 letters and digits.</translation>
    </message>
    <message>
        <source>Invisible characters (such as a zero-width space) are not allowed here.</source>
        <translation>Invisible characters (such as a zero-width space) are not allowed here.</translation>
    </message>
</context>
<context>
    <name>rentdesk::DamageDialog</name>
    <message>
        <source>Report damage</source>
        <translation>Report damage</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Transaction:</source>
        <translation>&amp;Transaction:</translation>
    </message>
    <message>
        <source>&amp;Object:</source>
        <translation>&amp;Object:</translation>
    </message>
    <message>
        <source>&amp;Found on:</source>
        <translation>&amp;Found on:</translation>
    </message>
    <message>
        <source>e.g. rim bent, paint scratched</source>
        <translation>e.g. rim bent, paint scratched</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;What:</translation>
    </message>
    <message>
        <source>&amp;Cost to mend:</source>
        <translation>&amp;Cost to mend:</translation>
    </message>
    <message>
        <source>Enter the cost as an amount, for example %1.</source>
        <translation>Enter the cost as an amount, for example %1.</translation>
    </message>
</context>
<context>
    <name>rentdesk::DamagesModel</name>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Damages</source>
        <translation>Damages</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
</context>
<context>
    <name>rentdesk::DamagesPanel</name>
    <message>
        <source>&amp;Report damage…</source>
        <translation>&amp;Report damage…</translation>
    </message>
    <message>
        <source>A damage found outside a return: what, when, what it costs, and which object (it goes to repair)</source>
        <translation>A damage found outside a return: what, when, what it costs, and which object (it goes to repair)</translation>
    </message>
    <message>
        <source>&amp;Charge…</source>
        <translation>&amp;Charge…</translation>
    </message>
    <message>
        <source>The cost becomes due from the customer (an open payment)</source>
        <translation>The cost becomes due from the customer (an open payment)</translation>
    </message>
    <message>
        <source>Re&amp;paired</source>
        <translation>Re&amp;paired</translation>
    </message>
    <message>
        <source>The object is mended and can be rented again</source>
        <translation>The object is mended and can be rented again</translation>
    </message>
    <message>
        <source>&amp;Write off…</source>
        <translation>&amp;Write off…</translation>
    </message>
    <message>
        <source>The cost is not claimed from the customer (managers)</source>
        <translation>The cost is not claimed from the customer (managers)</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>Cl&amp;ose</translation>
    </message>
    <message>
        <source>Charge damage</source>
        <translation>Charge damage</translation>
    </message>
    <message>
        <source>Charge %1 for this damage to the customer? It becomes an open payment, due today.</source>
        <translation>Charge %1 for this damage to the customer? It becomes an open payment, due today.</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>Repaired</translation>
    </message>
    <message>
        <source>Write off damage</source>
        <translation>Write off damage</translation>
    </message>
    <message>
        <source>Why is the damage of %1 not claimed?</source>
        <translation>Why is the damage of %1 not claimed?</translation>
    </message>
    <message>
        <source>Close damage</source>
        <translation>Close damage</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>&amp;Attach file…</translation>
    </message>
    <message>
        <source>Photos of the damage, the workshop&apos;s bill: kept with the case and in the card&apos;s documents</source>
        <translation>Photos of the damage, the workshop&apos;s bill: kept with the case and in the card&apos;s documents</translation>
    </message>
    <message>
        <source>Attach files to the damage</source>
        <translation>Attach files to the damage</translation>
    </message>
</context>
<context>
    <name>rentdesk::DefaultPermissionsPage</name>
    <message>
        <source>What every customer may do in the online booking, unless their customer group or their own setting on the card says otherwise. A change applies at once, to every desk after the next sync.</source>
        <translation>What every customer may do in the online booking, unless their customer group or their own setting on the card says otherwise. A change applies at once, to every desk after the next sync.</translation>
    </message>
</context>
<context>
    <name>rentdesk::DemoCounter</name>
    <message>
        <source>The counter&apos;s demo days stopped: %1</source>
        <translation>The counter&apos;s demo days stopped: %1</translation>
    </message>
</context>
<context>
    <name>rentdesk::DemoData</name>
    <message>
        <source>Cannot prepare a demo data statement: %1</source>
        <translation>Cannot prepare a demo data statement: %1</translation>
    </message>
    <message>
        <source>Cannot write demo data: %1 (%2)</source>
        <translation>Cannot write demo data: %1 (%2)</translation>
    </message>
    <message>
        <source>Cannot write demo data: %1</source>
        <translation>Cannot write demo data: %1</translation>
    </message>
    <message>
        <source>Cannot write the demo document %1: %2</source>
        <translation>Cannot write the demo document %1: %2</translation>
    </message>
    <message>
        <source>The number of demo customers must be at least 1.</source>
        <translation>The number of demo customers must be at least 1.</translation>
    </message>
    <message>
        <source>The day of the demo data is not a valid date.</source>
        <translation>The day of the demo data is not a valid date.</translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation>The store is not open.</translation>
    </message>
    <message>
        <source>Cannot read the store: %1</source>
        <translation>Cannot read the store: %1</translation>
    </message>
    <message numerus="yes">
        <source>The store already holds %n customer(s); demo data is only added to an empty store.</source>
        <translation>
            <numerusform>The store already holds %n customer; demo data is only added to an empty store.</numerusform>
            <numerusform>The store already holds %n customers; demo data is only added to an empty store.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot make the index %1 again: %2</source>
        <translation>Cannot make the index %1 again: %2</translation>
    </message>
    <message>
        <source>The store is busy: %1</source>
        <translation>The store is busy: %1</translation>
    </message>
    <message>
        <source>Cannot reserve the customer numbers K-%1 to K-%2 for the demo data; the desk may hold a number block that overlaps them.</source>
        <translation>Cannot reserve the customer numbers K-%1 to K-%2 for the demo data; the desk may hold a number block that overlaps them.</translation>
    </message>
    <message>
        <source>Cannot commit the demo data: %1</source>
        <translation>Cannot commit the demo data: %1</translation>
    </message>
</context>
<context>
    <name>rentdesk::DeskSession</name>
    <message>
        <source>The desk is locked.</source>
        <translation>The desk is locked.</translation>
    </message>
</context>
<context>
    <name>rentdesk::DeskSetupDialog</name>
    <message>
        <source>Set up the sync server</source>
        <translation>Set up the sync server</translation>
    </message>
    <message>
        <source>The server&apos;s administrator gives you a one-time enrolment code (rentdesk-server enrol-code). If the server already has data, this desk starts from it; the data this desk has now is kept in a copy beside its file.</source>
        <translation>The server&apos;s administrator gives you a one-time enrolment code (rentdesk-server enrol-code). If the server already has data, this desk starts from it; the data this desk has now is kept in a copy beside its file.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Server address:</translation>
    </message>
    <message>
        <source>&amp;Enrolment code:</source>
        <translation>&amp;Enrolment code:</translation>
    </message>
    <message>
        <source>Desk &amp;name:</source>
        <translation>Desk &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Enrol desk</source>
        <translation>&amp;Enrol desk</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, e.g. https://rentdesk.example.com.</source>
        <translation>Enter the server&apos;s address, e.g. https://rentdesk.example.com.</translation>
    </message>
    <message>
        <source>Enter the enrolment code from the server&apos;s administrator.</source>
        <translation>Enter the enrolment code from the server&apos;s administrator.</translation>
    </message>
    <message>
        <source>This program runs without the sync module.</source>
        <translation>This program runs without the sync module.</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Enrolling…</translation>
    </message>
</context>
<context>
    <name>rentdesk::DeskStatus</name>
    <message>
        <source>Desk: %1</source>
        <translation>Desk: %1</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Signed in: %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>changes waiting: unknown (the store could not be read)</source>
        <translation>changes waiting: unknown (the store could not be read)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n change waiting to sync</numerusform>
            <numerusform>%n changes waiting to sync</numerusform>
        </translation>
    </message>
    <message>
        <source>This desk is not enrolled with a server yet: every change is kept here and waits until sync is set up. New customers get provisional numbers.</source>
        <translation>This desk is not enrolled with a server yet: every change is kept here and waits until sync is set up. New customers get provisional numbers.</translation>
    </message>
    <message>
        <source>Desk code %1 · client %2</source>
        <translation>Desk code %1 · client %2</translation>
    </message>
</context>
<context>
    <name>rentdesk::DocumentsModel</name>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The file is still on its way from the server (SHA-256 %1).</source>
        <translation>The file is still on its way from the server (SHA-256 %1).</translation>
    </message>
    <message>
        <source>%1 (arriving)</source>
        <translation>%1 (arriving)</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Added by</translation>
    </message>
</context>
<context>
    <name>rentdesk::DocumentsPanel</name>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <source>Add files to the card; files can also be dropped on this panel</source>
        <translation>Add files to the card; files can also be dropped on this panel</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;name…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Add documents to the card</source>
        <translation>Add documents to the card</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Not added: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) added.</source>
        <translation>
            <numerusform>%n document added.</numerusform>
            <numerusform>%n documents added.</numerusform>
        </translation>
    </message>
    <message>
        <source>This document is no longer on the card.</source>
        <translation>This document is no longer on the card.</translation>
    </message>
    <message>
        <source>The file of %1 is not on this computer yet; it comes with the next sync.</source>
        <translation>The file of %1 is not on this computer yet; it comes with the next sync.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>The folder %1 cannot be made.</translation>
    </message>
    <message>
        <source>%1 cannot be copied for viewing.</source>
        <translation>%1 cannot be copied for viewing.</translation>
    </message>
    <message>
        <source>No program to show %1 was found on this computer.</source>
        <translation>No program to show %1 was found on this computer.</translation>
    </message>
    <message>
        <source>Rename document</source>
        <translation>Rename document</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Remove document</translation>
    </message>
    <message>
        <source>Remove %1 from the card?</source>
        <translation>Remove %1 from the card?</translation>
    </message>
    <message>
        <source>Only files from this computer can be added.</source>
        <translation>Only files from this computer can be added.</translation>
    </message>
    <message>
        <source>%1 is a program or script; RentDesk does not open it.</source>
        <translation>%1 is a program or script; RentDesk does not open it.</translation>
    </message>
</context>
<context>
    <name>rentdesk::FirstStartDialog</name>
    <message>
        <source>Show &amp;folder</source>
        <translation>Show &amp;folder</translation>
    </message>
    <message>
        <source>Welcome to RentDesk</source>
        <translation>Welcome to RentDesk</translation>
    </message>
    <message>
        <source>RentDesk keeps its customers, rentals and documents on this computer, so the desk works without a network. They are in this file:</source>
        <translation>RentDesk keeps its customers, rentals and documents on this computer, so the desk works without a network. They are in this file:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Include this folder in the computer&apos;s backup. To share the data with other desks, set this desk up for your RentDesk server under Sync → Set up server. Help → About RentDesk shows the path again.</source>
        <translation>Include this folder in the computer&apos;s backup. To share the data with other desks, set this desk up for your RentDesk server under Sync → Set up server. Help → About RentDesk shows the path again.</translation>
    </message>
</context>
<context>
    <name>rentdesk::Format</name>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Reservation</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Booking</translation>
    </message>
    <message>
        <source>Rental</source>
        <translation>Rental</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>Handed out</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Charged</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Registered online</source>
        <translation>Registered online</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % discount</source>
        <translation>%1 % discount</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>Repaired</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Written off</translation>
    </message>
</context>
<context>
    <name>rentdesk::HeaderPanel</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Edit the personal data</source>
        <translation>Edit the personal data</translation>
    </message>
    <message>
        <source>Customer not found</source>
        <translation>Customer not found</translation>
    </message>
    <message>
        <source>no customer group</source>
        <translation>no customer group</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>group %1</translation>
    </message>
    <message>
        <source>customer since %1</source>
        <translation>customer since %1</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) rented</source>
        <translation>
            <numerusform>%n object rented</numerusform>
            <numerusform>%n objects rented</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s)</source>
        <translation>
            <numerusform>%n transaction</numerusform>
            <numerusform>%n transactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>open: %1 in %n payment(s)</source>
        <translation>
            <numerusform>open: %1 in %n payment</numerusform>
            <numerusform>open: %1 in %n payments</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing open</source>
        <translation>nothing open</translation>
    </message>
    <message>
        <source>voucher credit %1</source>
        <translation>voucher credit %1</translation>
    </message>
    <message>
        <source>The balance could not be read from the store; the details are in the log.</source>
        <translation>The balance could not be read from the store; the details are in the log.</translation>
    </message>
    <message>
        <source>Two desks changed this customer differently; decide which value is right.</source>
        <translation>Two desks changed this customer differently; decide which value is right.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n sync conflict(s)</source>
        <translation>
            <numerusform>⚠ %n sync conflict</numerusform>
            <numerusform>⚠ %n sync conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <source>BLOCKED until %1: %2</source>
        <translation>BLOCKED until %1: %2</translation>
    </message>
    <message>
        <source>BLOCKED: %1</source>
        <translation>BLOCKED: %1</translation>
    </message>
</context>
<context>
    <name>rentdesk::ImportDialog</name>
    <message>
        <source>Import customers</source>
        <translation>Import customers</translation>
    </message>
    <message>
        <source>File and columns</source>
        <translation>File and columns</translation>
    </message>
    <message>
        <source>Choose the file and say what each column holds. Nothing is imported yet.</source>
        <translation>Choose the file and say what each column holds. Nothing is imported yet.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>(no file chosen)</source>
        <translation>(no file chosen)</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Comma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Semicolon</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimiter:</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>What the import will do. Nothing has been written yet.</source>
        <translation>What the import will do. Nothing has been written yet.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Save refused rows…</source>
        <translation>&amp;Save refused rows…</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>In the store</source>
        <translation>In the store</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n customer row(s).</source>
        <translation>
            <numerusform>The file has %n customer row.</numerusform>
            <numerusform>The file has %n customer rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file has %n customer row(s); the preview shows the first %1.</source>
        <translation>
            <numerusform>The file has %n customer row; the preview shows the first %1.</numerusform>
            <numerusform>The file has %n customer rows; the preview shows the first %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>What the column &quot;%1&quot; holds</source>
        <translation>What the column &quot;%1&quot; holds</translation>
    </message>
    <message>
        <source>Choose the file with the customers: a CSV file from a spreadsheet or from the program used before.</source>
        <translation>Choose the file with the customers: a CSV file from a spreadsheet or from the program used before.</translation>
    </message>
    <message>
        <source>Choose the column with the last name or the company.</source>
        <translation>Choose the column with the last name or the company.</translation>
    </message>
    <message>
        <source>New customer groups will be made: %1</source>
        <translation>New customer groups will be made: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Refused rows: none</source>
        <translation>Refused rows: none</translation>
    </message>
    <message>
        <source>Refused rows (they are not imported): %1</source>
        <translation>Refused rows (they are not imported): %1</translation>
    </message>
    <message>
        <source>Likely duplicates: none</source>
        <translation>Likely duplicates: none</translation>
    </message>
    <message>
        <source>Likely duplicates: %1</source>
        <translation>Likely duplicates: %1</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Keep only the first row</source>
        <translation>Keep only the first row</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>Import anyway</translation>
    </message>
    <message>
        <source>Import every row</source>
        <translation>Import every row</translation>
    </message>
    <message>
        <source>Update the existing customer</source>
        <translation>Update the existing customer</translation>
    </message>
    <message>
        <source>Merge into the first row</source>
        <translation>Merge into the first row</translation>
    </message>
    <message numerus="yes">
        <source>%n new customer(s)</source>
        <translation>
            <numerusform>%n new customer</numerusform>
            <numerusform>%n new customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s)</source>
        <translation>
            <numerusform>%n update</numerusform>
            <numerusform>%n updates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 - refused.csv</source>
        <translation>%1 - refused.csv</translation>
    </message>
    <message>
        <source>Save refused rows</source>
        <translation>Save refused rows</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The refused rows could not be saved to %1: %2</source>
        <translation>The refused rows could not be saved to %1: %2</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported. The store is as before.</source>
        <translation>Cancelled: nothing was imported. The store is as before.</translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new customer group(s)</source>
        <translation>
            <numerusform>%n new customer group</numerusform>
            <numerusform>%n new customer groups</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Imported: %1.</translation>
    </message>
    <message>
        <source>All customers are written together: when the import is cancelled or fails, the store stays as it was.</source>
        <translation>All customers are written together: when the import is cancelled or fails, the store stays as it was.</translation>
    </message>
    <message>
        <source>(as chosen for each group)</source>
        <translation>(as chosen for each group)</translation>
    </message>
    <message>
        <source>Skip them all (from the file only the first row)</source>
        <translation>Skip them all (from the file only the first row)</translation>
    </message>
    <message>
        <source>Update the existing customers (or merge into the first row)</source>
        <translation>Update the existing customers (or merge into the first row)</translation>
    </message>
    <message>
        <source>For &amp;every group:</source>
        <translation>For &amp;every group:</translation>
    </message>
    <message>
        <source>Refused rows (they are not imported): %1; the first %2 are listed, and &quot;Save refused rows&quot; writes them all.</source>
        <translation>Refused rows (they are not imported): %1; the first %2 are listed, and &quot;Save refused rows&quot; writes them all.</translation>
    </message>
    <message>
        <source>Likely duplicates: %1 (the first %2 are listed)</source>
        <translation>Likely duplicates: %1 (the first %2 are listed)</translation>
    </message>
    <message numerus="yes">
        <source>%1 … (%n rows)</source>
        <translation>
            <numerusform>%1 … (%n row)</numerusform>
            <numerusform>%1 … (%n rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
… (%n customers)</source>
        <translation>
            <numerusform>%1
… (%n customer)</numerusform>
            <numerusform>%1
… (%n customers)</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Checking every row…</translation>
    </message>
</context>
<context>
    <name>rentdesk::LineDialog</name>
    <message>
        <source>Edit line – %1, %2</source>
        <translation>Edit line – %1, %2</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Until:</translation>
    </message>
    <message>
        <source>Scan or type another object&apos;s barcode to swap the object</source>
        <translation>Scan or type another object&apos;s barcode to swap the object</translation>
    </message>
    <message>
        <source>&amp;Object (barcode):</source>
        <translation>&amp;Object (barcode):</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <source>Agreed &amp;price:</source>
        <translation>Agreed &amp;price:</translation>
    </message>
    <message>
        <source>agreed by hand</source>
        <translation>agreed by hand</translation>
    </message>
    <message>
        <source>Price rule:</source>
        <translation>Price rule:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>No object has the barcode %1.</source>
        <translation>No object has the barcode %1.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>&quot;%1&quot; is not an amount.</translation>
    </message>
    <message>
        <source>Money paid on this line</source>
        <translation>Money paid on this line</translation>
    </message>
    <message>
        <source>%1 was paid on this line beyond what it will cost. What becomes of it?</source>
        <translation>%1 was paid on this line beyond what it will cost. What becomes of it?</translation>
    </message>
    <message>
        <source>Pay back in cash</source>
        <translation>Pay back in cash</translation>
    </message>
    <message>
        <source>Pay back to the card</source>
        <translation>Pay back to the card</translation>
    </message>
    <message>
        <source>Keep on the transaction</source>
        <translation>Keep on the transaction</translation>
    </message>
    <message>
        <source>Only %1 is open elsewhere on the transaction, so the money can only go back.</source>
        <translation>Only %1 is open elsewhere on the transaction, so the money can only go back.</translation>
    </message>
</context>
<context>
    <name>rentdesk::MainWindow</name>
    <message>
        <source>RentDesk – Customers</source>
        <translation>RentDesk – Customers</translation>
    </message>
    <message>
        <source>Search by name, number, e-mail, phone, street, postcode or city (Ctrl+F)</source>
        <translation>Search by name, number, e-mail, phone, street, postcode or city (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;New customer…</translation>
    </message>
    <message>
        <source>&amp;Open card</source>
        <translation>&amp;Open card</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Customers</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About RentDesk</source>
        <translation>&amp;About RentDesk</translation>
    </message>
    <message>
        <source>Recently opened customers</source>
        <translation>Recently opened customers</translation>
    </message>
    <message>
        <source>Type to search for a customer.</source>
        <translation>Type to search for a customer.</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>No customer matches “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found</source>
        <translation>
            <numerusform>%n customer found</numerusform>
            <numerusform>%n customers found</numerusform>
        </translation>
    </message>
    <message>
        <source> – showing the best %1; type more to narrow down</source>
        <translation> – showing the best %1; type more to narrow down</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) in the store</source>
        <translation>
            <numerusform>%n customer in the store</numerusform>
            <numerusform>%n customers in the store</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sync &amp;now</translation>
    </message>
    <message>
        <source>Set up &amp;server…</source>
        <translation>Set up &amp;server…</translation>
    </message>
    <message>
        <source>&amp;Refused changes…</source>
        <translation>&amp;Refused changes…</translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation>&amp;Import customers…</translation>
    </message>
    <message>
        <source>&amp;Export customer list…</source>
        <translation>&amp;Export customer list…</translation>
    </message>
    <message>
        <source>Export customer list</source>
        <translation>Export customer list</translation>
    </message>
    <message>
        <source>customers.csv</source>
        <translation>customers.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) written to %1</source>
        <translation>
            <numerusform>%n customer written to %1</numerusform>
            <numerusform>%n customers written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Only &amp;blocked</source>
        <translation>Only &amp;blocked</translation>
    </message>
    <message>
        <source>List only the customers who are blocked today</source>
        <translation>List only the customers who are blocked today</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Desk</translation>
    </message>
    <message>
        <source>&amp;Lock / switch staff member</source>
        <translation>&amp;Lock / switch staff member</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>No customer is blocked.</source>
        <translation>No customer is blocked.</translation>
    </message>
    <message numerus="yes">
        <source>%n blocked customer(s)</source>
        <translation>
            <numerusform>%n blocked customer</numerusform>
            <numerusform>%n blocked customers</numerusform>
        </translation>
    </message>
    <message>
        <source> – showing the first %1; type to narrow down</source>
        <translation> – showing the first %1; type to narrow down</translation>
    </message>
    <message>
        <source>No blocked customer matches “%1”.</source>
        <translation>No blocked customer matches “%1”.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>rentdesk::MasterDataDelegate</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>rentdesk::MasterDataModel</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>rentdesk::OpenBalancesModel</name>
    <message>
        <source>(no transaction)</source>
        <translation>(no transaction)</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Oldest due</source>
        <translation>Oldest due</translation>
    </message>
</context>
<context>
    <name>rentdesk::OpenPaymentsModel</name>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>rentdesk::Password</name>
    <message>
        <source>Enter a password.</source>
        <translation>Enter a password.</translation>
    </message>
    <message>
        <source>At most 128 characters.</source>
        <translation>At most 128 characters.</translation>
    </message>
    <message>
        <source>The password has a control character.</source>
        <translation>The password has a control character.</translation>
    </message>
    <message>
        <source>At least 10 characters.</source>
        <translation>At least 10 characters.</translation>
    </message>
    <message>
        <source>The password contains a common word or row of keys (such as “password” or “123456”).</source>
        <translation>The password contains a common word or row of keys (such as “password” or “123456”).</translation>
    </message>
    <message>
        <source>The password contains the login name.</source>
        <translation>The password contains the login name.</translation>
    </message>
    <message>
        <source>Mix three of: small letters, capitals, digits, other characters; or use 16 characters or more.</source>
        <translation>Mix three of: small letters, capitals, digits, other characters; or use 16 characters or more.</translation>
    </message>
    <message>
        <source>One character repeated is too easy to guess.</source>
        <translation>One character repeated is too easy to guess.</translation>
    </message>
</context>
<context>
    <name>rentdesk::PasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>New password for %1</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <source>&amp;Show the password</source>
        <translation>&amp;Show the password</translation>
    </message>
    <message>
        <source>At least 10 characters with three kinds of characters, or 16 characters or more.</source>
        <translation>At least 10 characters with three kinds of characters, or 16 characters or more.</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation>Strong enough.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>The customer signs in to the online booking with this password. Only a protected form of it is kept; nobody can read it back. To let the customer choose one, use “Delete and invite again” instead.</source>
        <translation>The customer signs in to the online booking with this password. Only a protected form of it is kept; nobody can read it back. To let the customer choose one, use “Delete and invite again” instead.</translation>
    </message>
</context>
<context>
    <name>rentdesk::Payment</name>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>moved within the transaction</source>
        <translation>moved within the transaction</translation>
    </message>
</context>
<context>
    <name>rentdesk::PaymentDialog</name>
    <message>
        <source>Take a payment – %1</source>
        <translation>Take a payment – %1</translation>
    </message>
    <message>
        <source>What is paid for:</source>
        <translation>What is paid for:</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Oldest due</source>
        <translation>Oldest due</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>(no transaction)</source>
        <translation>(no transaction)</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>&amp;Paid by:</source>
        <translation>&amp;Paid by:</translation>
    </message>
    <message>
        <source>%1 (%2 left)</source>
        <translation>%1 (%2 left)</translation>
    </message>
    <message>
        <source>&amp;Voucher:</source>
        <translation>&amp;Voucher:</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>Take payment</translation>
    </message>
    <message>
        <source>Open on what is ticked: %1</source>
        <translation>Open on what is ticked: %1</translation>
    </message>
    <message>
        <source>Tick what the payment is for.</source>
        <translation>Tick what the payment is for.</translation>
    </message>
    <message>
        <source>Enter the amount paid, e.g. %1.</source>
        <translation>Enter the amount paid, e.g. %1.</translation>
    </message>
</context>
<context>
    <name>rentdesk::Permission</name>
    <message>
        <source>May send requests</source>
        <translation>May send requests</translation>
    </message>
    <message>
        <source>May reserve</source>
        <translation>May reserve</translation>
    </message>
    <message>
        <source>May book</source>
        <translation>May book</translation>
    </message>
    <message>
        <source>May pay on invoice</source>
        <translation>May pay on invoice</translation>
    </message>
    <message>
        <source>May redeem vouchers</source>
        <translation>May redeem vouchers</translation>
    </message>
    <message>
        <source>May book without deposit</source>
        <translation>May book without deposit</translation>
    </message>
    <message>
        <source>May see group prices</source>
        <translation>May see group prices</translation>
    </message>
</context>
<context>
    <name>rentdesk::PermissionsModel</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>customer group</source>
        <translation>customer group</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permission</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Allowed</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Set by</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>individual</translation>
    </message>
</context>
<context>
    <name>rentdesk::PermissionsPanel</name>
    <message>
        <source>&amp;Allow</source>
        <translation>&amp;Allow</translation>
    </message>
    <message>
        <source>Allow this for the customer, whatever the group or the default says</source>
        <translation>Allow this for the customer, whatever the group or the default says</translation>
    </message>
    <message>
        <source>&amp;Forbid</source>
        <translation>&amp;Forbid</translation>
    </message>
    <message>
        <source>Forbid this for the customer, whatever the group or the default says</source>
        <translation>Forbid this for the customer, whatever the group or the default says</translation>
    </message>
    <message>
        <source>As &amp;inherited</source>
        <translation>As &amp;inherited</translation>
    </message>
    <message>
        <source>Take the customer&apos;s own setting back: the customer group&apos;s or the default applies again</source>
        <translation>Take the customer&apos;s own setting back: the customer group&apos;s or the default applies again</translation>
    </message>
    <message>
        <source>Change permission</source>
        <translation>Change permission</translation>
    </message>
</context>
<context>
    <name>rentdesk::PriceListDialog</name>
    <message>
        <source>New price list</source>
        <translation>New price list</translation>
    </message>
    <message>
        <source>A new season&apos;s prices: from its first day on, new lines are priced by it. Its prices start as a copy of another list and are changed in the catalogue.</source>
        <translation>A new season&apos;s prices: from its first day on, new lines are priced by it. Its prices start as a copy of another list and are changed in the catalogue.</translation>
    </message>
    <message>
        <source>e.g. Winter %1/%2</source>
        <translation>e.g. Winter %1/%2</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Valid from:</source>
        <translation>&amp;Valid from:</translation>
    </message>
    <message>
        <source>no prices (start empty)</source>
        <translation>no prices (start empty)</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (from %2)</translation>
    </message>
    <message>
        <source>&amp;Copy prices from:</source>
        <translation>&amp;Copy prices from:</translation>
    </message>
</context>
<context>
    <name>rentdesk::RejectionsDialog</name>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>Customer changed</source>
        <translation>Customer changed</translation>
    </message>
    <message>
        <source>Customer deleted</source>
        <translation>Customer deleted</translation>
    </message>
    <message>
        <source>Conflict decided</source>
        <translation>Conflict decided</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>New staff member</translation>
    </message>
    <message>
        <source>Document added</source>
        <translation>Document added</translation>
    </message>
    <message>
        <source>Payment taken</source>
        <translation>Payment taken</translation>
    </message>
    <message>
        <source>Changes refused by the server</source>
        <translation>Changes refused by the server</translation>
    </message>
    <message>
        <source>The server refused these changes of this desk for good; the desk shows the server&apos;s data again. If a change still matters, make it again.</source>
        <translation>The server refused these changes of this desk for good; the desk shows the server&apos;s data again. If a change still matters, make it again.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Mark as seen</source>
        <translation>Mark as seen</translation>
    </message>
</context>
<context>
    <name>rentdesk::RentalObjectDialog</name>
    <message>
        <source>New rental object</source>
        <translation>New rental object</translation>
    </message>
    <message>
        <source>Rental object – %1</source>
        <translation>Rental object – %1</translation>
    </message>
    <message>
        <source>scan or type</source>
        <translation>scan or type</translation>
    </message>
    <message>
        <source>rented (set by its return)</source>
        <translation>rented (set by its return)</translation>
    </message>
    <message>
        <source>available</source>
        <translation>available</translation>
    </message>
    <message>
        <source>in repair</source>
        <translation>in repair</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retired</translation>
    </message>
    <message>
        <source>as the article</source>
        <translation>as the article</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation>&amp;Barcode:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;State:</translation>
    </message>
    <message>
        <source>&amp;Deposit:</source>
        <translation>&amp;Deposit:</translation>
    </message>
    <message>
        <source>Enter the deposit as an amount, or leave it empty for the article&apos;s deposit.</source>
        <translation>Enter the deposit as an amount, or leave it empty for the article&apos;s deposit.</translation>
    </message>
</context>
<context>
    <name>rentdesk::RentalPaper</name>
    <message>
        <source>Rent</source>
        <translation>Rent</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation>Late fee</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Damage</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>Moved to another transaction</source>
        <translation>Moved to another transaction</translation>
    </message>
    <message>
        <source>including %1 % VAT</source>
        <translation>including %1 % VAT</translation>
    </message>
    <message>
        <source>VAT ID: %1</source>
        <translation>VAT ID: %1</translation>
    </message>
    <message>
        <source>Customer no. %1</source>
        <translation>Customer no. %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>For the business: %1</source>
        <translation>For the business: %1</translation>
    </message>
    <message>
        <source>Rental contract</source>
        <translation>Rental contract</translation>
    </message>
    <message>
        <source>Rental period: %1 until %2</source>
        <translation>Rental period: %1 until %2</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Still to pay</source>
        <translation>Still to pay</translation>
    </message>
    <message>
        <source>The customer receives the objects above in good condition and returns them by the time given. A later return is charged by the price list; damage and loss are charged at cost. The deposit is paid back at the return, less what is then due.</source>
        <translation>The customer receives the objects above in good condition and returns them by the time given. A later return is charged by the price list; damage and loss are charged at cost. The deposit is paid back at the return, less what is then due.</translation>
    </message>
    <message>
        <source>Return receipt</source>
        <translation>Return receipt</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>damaged</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Objects still rented: %1</source>
        <translation>Objects still rented: %1</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Charged</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>paid back: %1</source>
        <translation>paid back: %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Printed %1</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>contract</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>receipt</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>The PDF could not be written to %1.</translation>
    </message>
    <message>
        <source>The business&apos;s name and address are not set yet. A manager enters them in Desk → Settings → Business.</source>
        <translation>The business&apos;s name and address are not set yet. A manager enters them in Desk → Settings → Business.</translation>
    </message>
    <message>
        <source>%1 for %2: print it, or save it as PDF?</source>
        <translation>%1 for %2: print it, or save it as PDF?</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>rentdesk::RentedObjectsModel</name>
    <message>
        <source>Overdue since %1</source>
        <translation>Overdue since %1</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
</context>
<context>
    <name>rentdesk::RentedObjectsPanel</name>
    <message>
        <source>&amp;Edit line…</source>
        <translation>&amp;Edit line…</translation>
    </message>
    <message>
        <source>Period, object, quantity, agreed price and note (F2)</source>
        <translation>Period, object, quantity, agreed price and note (F2)</translation>
    </message>
    <message>
        <source>Reload &amp;price…</source>
        <translation>Reload &amp;price…</translation>
    </message>
    <message>
        <source>Price the line again from today&apos;s price list (F5)</source>
        <translation>Price the line again from today&apos;s price list (F5)</translation>
    </message>
    <message>
        <source>&amp;Delete line…</source>
        <translation>&amp;Delete line…</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>&amp;Return…</translation>
    </message>
    <message>
        <source>Check the selected objects in (Enter)</source>
        <translation>Check the selected objects in (Enter)</translation>
    </message>
    <message>
        <source>The line is changed.</source>
        <translation>The line is changed.</translation>
    </message>
    <message>
        <source>Reload price</source>
        <translation>Reload price</translation>
    </message>
    <message>
        <source>The price of %1 (%2) was agreed by hand. Reloading replaces it with the price list&apos;s. Go on?</source>
        <translation>The price of %1 (%2) was agreed by hand. Reloading replaces it with the price list&apos;s. Go on?</translation>
    </message>
    <message>
        <source>%1, %2 until %3</source>
        <translation>%1, %2 until %3</translation>
    </message>
    <message>
        <source>Now: %1 (%2)
From today&apos;s price list: %3 (%4)</source>
        <translation>Now: %1 (%2)
From today&apos;s price list: %3 (%4)</translation>
    </message>
    <message>
        <source>agreed by hand</source>
        <translation>agreed by hand</translation>
    </message>
    <message>
        <source>Apply new price</source>
        <translation>Apply new price</translation>
    </message>
    <message>
        <source>Keep old price</source>
        <translation>Keep old price</translation>
    </message>
    <message>
        <source>The new price applies.</source>
        <translation>The new price applies.</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>Delete line</translation>
    </message>
    <message>
        <source>Remove %1 from %2? Its rent and deposit are no longer due.</source>
        <translation>Remove %1 from %2? Its rent and deposit are no longer due.</translation>
    </message>
    <message>
        <source>The line is deleted.</source>
        <translation>The line is deleted.</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Nothing is out with this customer.</source>
        <translation>Nothing is out with this customer.</translation>
    </message>
    <message>
        <source>Checked in.</source>
        <translation>Checked in.</translation>
    </message>
</context>
<context>
    <name>rentdesk::ReturnDialog</name>
    <message>
        <source>Return – %1</source>
        <translation>Return – %1</translation>
    </message>
    <message>
        <source>Returned &amp;at:</source>
        <translation>Returned &amp;at:</translation>
    </message>
    <message>
        <source>Scan a barcode to tick its object</source>
        <translation>Scan a barcode to tick its object</translation>
    </message>
    <message>
        <source>&amp;Scan:</source>
        <translation>&amp;Scan:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation>Late fee</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>Damage note</source>
        <translation>Damage note</translation>
    </message>
    <message>
        <source>Damage cost</source>
        <translation>Damage cost</translation>
    </message>
    <message>
        <source>Deposit &amp;kept:</source>
        <translation>Deposit &amp;kept:</translation>
    </message>
    <message>
        <source>Why part of the deposit is kept</source>
        <translation>Why part of the deposit is kept</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>A paid deposit goes back &amp;by:</source>
        <translation>A paid deposit goes back &amp;by:</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 is not out with this customer.</source>
        <translation>%1 is not out with this customer.</translation>
    </message>
    <message>
        <source>The kept deposit &quot;%1&quot; is not an amount.</source>
        <translation>The kept deposit &quot;%1&quot; is not an amount.</translation>
    </message>
    <message>
        <source>%1: the late fee &quot;%2&quot; is not an amount.</source>
        <translation>%1: the late fee &quot;%2&quot; is not an amount.</translation>
    </message>
    <message>
        <source>%1: the damage cost &quot;%2&quot; is not an amount.</source>
        <translation>%1: the damage cost &quot;%2&quot; is not an amount.</translation>
    </message>
    <message>
        <source>%1: a damage cost needs the object marked damaged.</source>
        <translation>%1: a damage cost needs the object marked damaged.</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) back · late fees %1 · damages %2 · deposit released %3 of %4</source>
        <translation>
            <numerusform>%n object back · late fees %1 · damages %2 · deposit released %3 of %4</numerusform>
            <numerusform>%n objects back · late fees %1 · damages %2 · deposit released %3 of %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Take &amp;payment of what is then open, by</source>
        <translation>Take &amp;payment of what is then open, by</translation>
    </message>
    <message>
        <source>Print the &amp;receipt or save it as PDF afterwards</source>
        <translation>Print the &amp;receipt or save it as PDF afterwards</translation>
    </message>
</context>
<context>
    <name>rentdesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Everyone who works at the counter signs in with their own profile; every change is recorded under their name. Profiles reach every desk with the next sync.</source>
        <translation>Everyone who works at the counter signs in with their own profile; every change is recorded under their name. Profiles reach every desk with the next sync.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>&amp;Staff</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>A locked desk covers every window until someone signs in with their PIN. Lock by hand with Ctrl+L.</source>
        <translation>A locked desk covers every window until someone signs in with their PIN. Lock by hand with Ctrl+L.</translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation>The setting could not be saved: %1</translation>
    </message>
    <message>
        <source>This &amp;desk</source>
        <translation>This &amp;desk</translation>
    </message>
    <message>
        <source>set</source>
        <translation>set</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Remove staff member</source>
        <translation>Remove staff member</translation>
    </message>
    <message>
        <source>Remove the profile of %1? They can no longer sign in; what they did stays recorded under their name.</source>
        <translation>Remove the profile of %1? They can no longer sign in; what they did stays recorded under their name.</translation>
    </message>
    <message>
        <source>Lock the desk after it was &amp;idle for:</source>
        <translation>Lock the desk after it was &amp;idle for:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>&amp;Largest document that can be added:</source>
        <translation>&amp;Largest document that can be added:</translation>
    </message>
    <message>
        <source>&amp;Business</source>
        <translation>&amp;Business</translation>
    </message>
    <message>
        <source>The contract at hand-out and the receipt at return are headed with these details of this location.</source>
        <translation>The contract at hand-out and the receipt at return are headed with these details of this location.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;VAT ID:</source>
        <translation>&amp;VAT ID:</translation>
    </message>
    <message>
        <source>&amp;Save business details</source>
        <translation>&amp;Save business details</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>&amp;Catalogue</translation>
    </message>
    <message>
        <source>Default &amp;permissions</source>
        <translation>Default &amp;permissions</translation>
    </message>
    <message>
        <source>Customer &amp;groups</source>
        <translation>Customer &amp;groups</translation>
    </message>
</context>
<context>
    <name>rentdesk::SignInDialog</name>
    <message>
        <source>RentDesk – locked</source>
        <translation>RentDesk – locked</translation>
    </message>
    <message>
        <source>RentDesk – sign in</source>
        <translation>RentDesk – sign in</translation>
    </message>
    <message>
        <source>The desk is locked</source>
        <translation>The desk is locked</translation>
    </message>
    <message>
        <source>Who is at the desk?</source>
        <translation>Who is at the desk?</translation>
    </message>
    <message>
        <source>Type the first letter of your name, then your PIN, then Enter.</source>
        <translation>Type the first letter of your name, then your PIN, then Enter.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no PIN yet</source>
        <translation>no PIN yet</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>&amp;Quit RentDesk</source>
        <translation>&amp;Quit RentDesk</translation>
    </message>
    <message>
        <source>Pick your name in the list.</source>
        <translation>Pick your name in the list.</translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <translation>Type your PIN.</translation>
    </message>
</context>
<context>
    <name>rentdesk::Staff</name>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Enter a PIN.</source>
        <translation>Enter a PIN.</translation>
    </message>
    <message>
        <source>A PIN has digits only (0 to 9).</source>
        <translation>A PIN has digits only (0 to 9).</translation>
    </message>
    <message>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>A PIN has 4 to 12 digits.</translation>
    </message>
    <message>
        <source>A PIN of one digit repeated is too easy to guess.</source>
        <translation>A PIN of one digit repeated is too easy to guess.</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>Enter the name.</translation>
    </message>
    <message>
        <source>At most 80 characters.</source>
        <translation>At most 80 characters.</translation>
    </message>
    <message>
        <source>The name has an invisible or control character.</source>
        <translation>The name has an invisible or control character.</translation>
    </message>
</context>
<context>
    <name>rentdesk::StaffDialog</name>
    <message>
        <source>RentDesk – set up the first manager</source>
        <translation>RentDesk – set up the first manager</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>New staff member</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Nobody can sign in at this desk yet. Make the first profile: a manager, who can then add colleagues in the settings. Everything done at the desk is recorded under the name of the person signed in.</source>
        <translation>Nobody can sign in at this desk yet. Make the first profile: a manager, who can then add colleagues in the settings. Everything done at the desk is recorded under the name of the person signed in.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Managers change staff, settings and permissions; soon also delete, merge and export customers.</source>
        <translation>Managers change staff, settings and permissions; soon also delete, merge and export customers.</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>leave empty to keep the PIN</source>
        <translation>leave empty to keep the PIN</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>4 to 12 digits</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>PIN &amp;again:</translation>
    </message>
    <message>
        <source>&amp;Quit RentDesk</source>
        <translation>&amp;Quit RentDesk</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>The two PINs differ. Type the same PIN twice.</translation>
    </message>
</context>
<context>
    <name>rentdesk::Store</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer RentDesk (schema %2; this one knows up to %3). Please update RentDesk.</source>
        <translation>%1 was written by a newer RentDesk (schema %2; this one knows up to %3). Please update RentDesk.</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>Cannot prepare %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the desk identity: %1</source>
        <translation>Cannot write the desk identity: %1</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>The change could not be saved.</translation>
    </message>
    <message>
        <source>This customer group does not exist.</source>
        <translation>This customer group does not exist.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot upgrade %1; the file was left as it was. The details are in the log.</source>
        <translation>Cannot upgrade %1; the file was left as it was. The details are in the log.</translation>
    </message>
    <message>
        <source>The store is not open for changes.</source>
        <translation>The store is not open for changes.</translation>
    </message>
    <message>
        <source>The change could not be saved (interrupted at %1).</source>
        <translation>The change could not be saved (interrupted at %1).</translation>
    </message>
    <message>
        <source>The server sent a kind of data this RentDesk does not know (%1). Please update RentDesk.</source>
        <translation>The server sent a kind of data this RentDesk does not know (%1). Please update RentDesk.</translation>
    </message>
    <message>
        <source>The server&apos;s changes could not be saved.</source>
        <translation>The server&apos;s changes could not be saved.</translation>
    </message>
    <message>
        <source>No customer number could be assigned. %1</source>
        <translation>No customer number could be assigned. %1</translation>
    </message>
    <message>
        <source>This customer no longer exists; it may have been deleted at another desk.</source>
        <translation>This customer no longer exists; it may have been deleted at another desk.</translation>
    </message>
    <message>
        <source>The store is busy: another program is writing to it. Please try again in a moment.</source>
        <translation>The store is busy: another program is writing to it. Please try again in a moment.</translation>
    </message>
    <message>
        <source>The store cannot be written: the file or its folder is read-only.</source>
        <translation>The store cannot be written: the file or its folder is read-only.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>The disk is full: nothing was saved. Free some space and try again.</translation>
    </message>
    <message>
        <source>The store file could not be read or written (a disk or file problem). Nothing was saved; the details are in the log.</source>
        <translation>The store file could not be read or written (a disk or file problem). Nothing was saved; the details are in the log.</translation>
    </message>
    <message>
        <source>The change contradicts data in the store (for example a reference to something that no longer exists). Nothing was saved.</source>
        <translation>The change contradicts data in the store (for example a reference to something that no longer exists). Nothing was saved.</translation>
    </message>
    <message>
        <source>The store could not carry out the change. Nothing was saved; the details are in the log.</source>
        <translation>The store could not carry out the change. Nothing was saved; the details are in the log.</translation>
    </message>
    <message>
        <source>This entry cannot be changed; a correction is a new entry.</source>
        <translation>This entry cannot be changed; a correction is a new entry.</translation>
    </message>
    <message>
        <source>This entry no longer exists; it may have been deleted at another desk.</source>
        <translation>This entry no longer exists; it may have been deleted at another desk.</translation>
    </message>
    <message>
        <source>This entry cannot be deleted; a correction is a new entry.</source>
        <translation>This entry cannot be deleted; a correction is a new entry.</translation>
    </message>
    <message>
        <source>The desk&apos;s data could not be copied to %1: %2</source>
        <translation>The desk&apos;s data could not be copied to %1: %2</translation>
    </message>
    <message>
        <source>This conflict was decided already, maybe at another desk.</source>
        <translation>This conflict was decided already, maybe at another desk.</translation>
    </message>
    <message>
        <source>This conflict can only be acknowledged.</source>
        <translation>This conflict can only be acknowledged.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>Cancelled: nothing was saved.</translation>
    </message>
    <message>
        <source>Only a manager can do this. Sign in as a manager (Ctrl+L) and try again.</source>
        <translation>Only a manager can do this. Sign in as a manager (Ctrl+L) and try again.</translation>
    </message>
    <message>
        <source>The first profile must be a manager&apos;s, who then adds the others.</source>
        <translation>The first profile must be a manager&apos;s, who then adds the others.</translation>
    </message>
    <message>
        <source>The PIN could not be protected (not enough memory). Nothing was saved.</source>
        <translation>The PIN could not be protected (not enough memory). Nothing was saved.</translation>
    </message>
    <message>
        <source>This profile no longer exists; it may have been removed at another desk.</source>
        <translation>This profile no longer exists; it may have been removed at another desk.</translation>
    </message>
    <message>
        <source>This is the only manager: make someone else a manager first.</source>
        <translation>This is the only manager: make someone else a manager first.</translation>
    </message>
    <message>
        <source>You cannot remove your own profile while you are signed in with it.</source>
        <translation>You cannot remove your own profile while you are signed in with it.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs: %1 can try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong PINs: %1 can try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs: %1 can try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no PIN yet: a manager sets it in the settings.</source>
        <translation>%1 has no PIN yet: a manager sets it in the settings.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN, %n times in a row: %1 is locked for a minute.</source>
        <translation>
            <numerusform>Wrong PIN, %n times in a row: %1 is locked for a minute.</numerusform>
            <numerusform>Wrong PIN, %n times in a row: %1 is locked for a minute.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more try(s) before the profile is locked for a minute.</source>
        <translation>
            <numerusform>Wrong PIN. %n more try before the profile is locked for a minute.</numerusform>
            <numerusform>Wrong PIN. %n more trys before the profile is locked for a minute.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in could not be recorded: %1</source>
        <translation>The sign-in could not be recorded: %1</translation>
    </message>
    <message>
        <source>Say why the customer is blocked; colleagues read it on the card.</source>
        <translation>Say why the customer is blocked; colleagues read it on the card.</translation>
    </message>
    <message>
        <source>At most 500 characters.</source>
        <translation>At most 500 characters.</translation>
    </message>
    <message>
        <source>The end of the block is in the past; pick today or a later day, or no end.</source>
        <translation>The end of the block is in the past; pick today or a later day, or no end.</translation>
    </message>
    <message>
        <source>This access no longer exists; it may have been deleted at another desk.</source>
        <translation>This access no longer exists; it may have been deleted at another desk.</translation>
    </message>
    <message>
        <source>An invitation needs a valid e-mail address.</source>
        <translation>An invitation needs a valid e-mail address.</translation>
    </message>
    <message>
        <source>%1 is already the login of an online access.</source>
        <translation>%1 is already the login of an online access.</translation>
    </message>
    <message>
        <source>The password could not be protected (not enough memory). Nothing was saved.</source>
        <translation>The password could not be protected (not enough memory). Nothing was saved.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Enter a name.</translation>
    </message>
    <message>
        <source>At most 200 characters.</source>
        <translation>At most 200 characters.</translation>
    </message>
    <message>
        <source>This is not a file name.</source>
        <translation>This is not a file name.</translation>
    </message>
    <message>
        <source>A name cannot contain / \ : or control characters.</source>
        <translation>A name cannot contain / \ : or control characters.</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>%1 is not there (any more).</source>
        <translation>%1 is not there (any more).</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 is a folder, not a file.</translation>
    </message>
    <message>
        <source>%1 is %2; files up to %3 MB can be added (a manager can change this in the settings).</source>
        <translation>%1 is %2; files up to %3 MB can be added (a manager can change this in the settings).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be made.</source>
        <translation>The data folder %1 cannot be made.</translation>
    </message>
    <message>
        <source>The file cannot be copied into the data folder: %1</source>
        <translation>The file cannot be copied into the data folder: %1</translation>
    </message>
    <message>
        <source>%1 could not be read to the end: %2</source>
        <translation>%1 could not be read to the end: %2</translation>
    </message>
    <message>
        <source>%1 grew past %2 MB while it was read; it was not added.</source>
        <translation>%1 grew past %2 MB while it was read; it was not added.</translation>
    </message>
    <message>
        <source>The file cannot be stored in the data folder.</source>
        <translation>The file cannot be stored in the data folder.</translation>
    </message>
    <message>
        <source>This document no longer exists; it may have been removed at another desk.</source>
        <translation>This document no longer exists; it may have been removed at another desk.</translation>
    </message>
    <message>
        <source>This object no longer exists.</source>
        <translation>This object no longer exists.</translation>
    </message>
    <message>
        <source>%1 is retired and is not rented out any more.</source>
        <translation>%1 is retired and is not rented out any more.</translation>
    </message>
    <message>
        <source>%1 is in repair.</source>
        <translation>%1 is in repair.</translation>
    </message>
    <message>
        <source>Whether %1 is free could not be read.</source>
        <translation>Whether %1 is free could not be read.</translation>
    </message>
    <message>
        <source>%1 is out with %2 (%3, due %4).</source>
        <translation>%1 is out with %2 (%3, due %4).</translation>
    </message>
    <message>
        <source>%1 is booked by %2 (%3) until %4.</source>
        <translation>%1 is booked by %2 (%3) until %4.</translation>
    </message>
    <message>
        <source>%1 is reserved for %2 (%3) until %4.</source>
        <translation>%1 is reserved for %2 (%3) until %4.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <source>%1 has no price in a price list valid on %2.</source>
        <translation>%1 has no price in a price list valid on %2.</translation>
    </message>
    <message>
        <source>Add at least one object.</source>
        <translation>Add at least one object.</translation>
    </message>
    <message>
        <source>The period ends before it starts; check the return time.</source>
        <translation>The period ends before it starts; check the return time.</translation>
    </message>
    <message>
        <source>No transaction number could be assigned. %1</source>
        <translation>No transaction number could be assigned. %1</translation>
    </message>
    <message>
        <source>Rent %1, %2</source>
        <translation>Rent %1, %2</translation>
    </message>
    <message>
        <source>Deposit %1, %2</source>
        <translation>Deposit %1, %2</translation>
    </message>
    <message>
        <source>Tick the objects that come back.</source>
        <translation>Tick the objects that come back.</translation>
    </message>
    <message>
        <source>The return time is in the future; objects come back now or earlier.</source>
        <translation>The return time is in the future; objects come back now or earlier.</translation>
    </message>
    <message>
        <source>The kept deposit cannot be negative.</source>
        <translation>The kept deposit cannot be negative.</translation>
    </message>
    <message>
        <source>Say why part of the deposit is kept.</source>
        <translation>Say why part of the deposit is kept.</translation>
    </message>
    <message>
        <source>A line of this return no longer exists; it may have been changed at another desk.</source>
        <translation>A line of this return no longer exists; it may have been changed at another desk.</translation>
    </message>
    <message>
        <source>An object of this return has come back already (perhaps at another desk).</source>
        <translation>An object of this return has come back already (perhaps at another desk).</translation>
    </message>
    <message>
        <source>Fees and costs cannot be negative.</source>
        <translation>Fees and costs cannot be negative.</translation>
    </message>
    <message>
        <source>Late fee %1, %2</source>
        <translation>Late fee %1, %2</translation>
    </message>
    <message>
        <source>Damaged at return</source>
        <translation>Damaged at return</translation>
    </message>
    <message>
        <source>Damage %1, %2</source>
        <translation>Damage %1, %2</translation>
    </message>
    <message>
        <source>More deposit is kept (%1) than these objects&apos; deposit (%2).</source>
        <translation>More deposit is kept (%1) than these objects&apos; deposit (%2).</translation>
    </message>
    <message>
        <source>Deposit released, %1 kept: %2</source>
        <translation>Deposit released, %1 kept: %2</translation>
    </message>
    <message>
        <source>Deposit released</source>
        <translation>Deposit released</translation>
    </message>
    <message>
        <source>Enter the amount paid.</source>
        <translation>Enter the amount paid.</translation>
    </message>
    <message>
        <source>Enter or scan the voucher&apos;s code.</source>
        <translation>Enter or scan the voucher&apos;s code.</translation>
    </message>
    <message>
        <source>What is open could not be read.</source>
        <translation>What is open could not be read.</translation>
    </message>
    <message>
        <source>Nothing is open here (perhaps it was paid at another desk).</source>
        <translation>Nothing is open here (perhaps it was paid at another desk).</translation>
    </message>
    <message>
        <source>%1 is more than is open (%2).</source>
        <translation>%1 is more than is open (%2).</translation>
    </message>
    <message>
        <source>There is no voucher %1.</source>
        <translation>There is no voucher %1.</translation>
    </message>
    <message>
        <source>Voucher %1 expired on %2.</source>
        <translation>Voucher %1 expired on %2.</translation>
    </message>
    <message>
        <source>Voucher %1 has only %2 left.</source>
        <translation>Voucher %1 has only %2 left.</translation>
    </message>
    <message>
        <source>Nothing else is open on this transaction for %1; it can only go back to the customer.</source>
        <translation>Nothing else is open on this transaction for %1; it can only go back to the customer.</translation>
    </message>
    <message>
        <source>The quantity is at least 1.</source>
        <translation>The quantity is at least 1.</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>The price cannot be negative.</translation>
    </message>
    <message>
        <source>This line no longer exists; it may have been deleted at another desk.</source>
        <translation>This line no longer exists; it may have been deleted at another desk.</translation>
    </message>
    <message>
        <source>This object has come back already; its line is kept as it was.</source>
        <translation>This object has come back already; its line is kept as it was.</translation>
    </message>
    <message>
        <source>Rent changed %1, %2</source>
        <translation>Rent changed %1, %2</translation>
    </message>
    <message>
        <source>Deposit changed %1, %2</source>
        <translation>Deposit changed %1, %2</translation>
    </message>
    <message>
        <source>This line has no object to price.</source>
        <translation>This line has no object to price.</translation>
    </message>
    <message>
        <source>Price reloaded %1, %2</source>
        <translation>Price reloaded %1, %2</translation>
    </message>
    <message>
        <source>This object has come back already; its line stays in the history.</source>
        <translation>This object has come back already; its line stays in the history.</translation>
    </message>
    <message>
        <source>Line deleted %1, %2</source>
        <translation>Line deleted %1, %2</translation>
    </message>
    <message>
        <source>This transaction no longer exists.</source>
        <translation>This transaction no longer exists.</translation>
    </message>
    <message>
        <source>A transaction that is %1 cannot become %2.</source>
        <translation>A transaction that is %1 cannot become %2.</translation>
    </message>
    <message>
        <source>The transaction was changed meanwhile (perhaps at another desk); look at it again.</source>
        <translation>The transaction was changed meanwhile (perhaps at another desk); look at it again.</translation>
    </message>
    <message>
        <source>Cancelled %1, %2</source>
        <translation>Cancelled %1, %2</translation>
    </message>
    <message>
        <source>%1 is still open on this transaction; it can be closed when it is paid.</source>
        <translation>%1 is still open on this transaction; it can be closed when it is paid.</translation>
    </message>
    <message>
        <source>%1 is on this transaction twice.</source>
        <translation>%1 is on this transaction twice.</translation>
    </message>
    <message>
        <source>An object of this return was never handed out; only what is out comes back.</source>
        <translation>An object of this return was never handed out; only what is out comes back.</translation>
    </message>
    <message>
        <source>Voucher %1 belongs to another customer.</source>
        <translation>Voucher %1 belongs to another customer.</translation>
    </message>
    <message>
        <source>The business needs a name: it heads every contract and receipt.</source>
        <translation>The business needs a name: it heads every contract and receipt.</translation>
    </message>
    <message>
        <source>Enter the voucher&apos;s value.</source>
        <translation>Enter the voucher&apos;s value.</translation>
    </message>
    <message>
        <source>A voucher code has at least four characters.</source>
        <translation>A voucher code has at least four characters.</translation>
    </message>
    <message>
        <source>The expiry date has passed already.</source>
        <translation>The expiry date has passed already.</translation>
    </message>
    <message>
        <source>The price is between nothing and the voucher&apos;s value.</source>
        <translation>The price is between nothing and the voucher&apos;s value.</translation>
    </message>
    <message>
        <source>A voucher given free needs a reason (for example a complaint).</source>
        <translation>A voucher given free needs a reason (for example a complaint).</translation>
    </message>
    <message>
        <source>A voucher cannot be paid with a voucher.</source>
        <translation>A voucher cannot be paid with a voucher.</translation>
    </message>
    <message>
        <source>There is a voucher %1 already.</source>
        <translation>There is a voucher %1 already.</translation>
    </message>
    <message>
        <source>The article needs a name.</source>
        <translation>The article needs a name.</translation>
    </message>
    <message>
        <source>The article needs a category (for example Bikes or Skis).</source>
        <translation>The article needs a category (for example Bikes or Skis).</translation>
    </message>
    <message>
        <source>The VAT rate is between 0 and 100 %.</source>
        <translation>The VAT rate is between 0 and 100 %.</translation>
    </message>
    <message>
        <source>Enter the price of one day.</source>
        <translation>Enter the price of one day.</translation>
    </message>
    <message>
        <source>Each further day costs at least the days before it: %1 days cost less than %2.</source>
        <translation>Each further day costs at least the days before it: %1 days cost less than %2.</translation>
    </message>
    <message>
        <source>The grace time is between 0 and 1440 minutes.</source>
        <translation>The grace time is between 0 and 1440 minutes.</translation>
    </message>
    <message>
        <source>Prices from %1</source>
        <translation>Prices from %1</translation>
    </message>
    <message>
        <source>The object needs a name (for example E-Bike M #3).</source>
        <translation>The object needs a name (for example E-Bike M #3).</translation>
    </message>
    <message>
        <source>The barcode is what the scanner reads: letters and digits, no spaces.</source>
        <translation>The barcode is what the scanner reads: letters and digits, no spaces.</translation>
    </message>
    <message>
        <source>The barcode %1 is on %2 already.</source>
        <translation>The barcode %1 is on %2 already.</translation>
    </message>
    <message>
        <source>Choose available, in repair or retired.</source>
        <translation>Choose available, in repair or retired.</translation>
    </message>
    <message>
        <source>This transaction no longer belongs to the customer.</source>
        <translation>This transaction no longer belongs to the customer.</translation>
    </message>
    <message>
        <source>This setting was deleted at another desk together with what it belonged to.</source>
        <translation>This setting was deleted at another desk together with what it belonged to.</translation>
    </message>
    <message>
        <source>There is no permission &quot;%1&quot;.</source>
        <translation>There is no permission &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This default was deleted at another desk; it cannot be set again.</source>
        <translation>This default was deleted at another desk; it cannot be set again.</translation>
    </message>
    <message>
        <source>The group needs a name.</source>
        <translation>The group needs a name.</translation>
    </message>
    <message>
        <source>At most 100 characters.</source>
        <translation>At most 100 characters.</translation>
    </message>
    <message>
        <source>The discount is between 0 and 100 %.</source>
        <translation>The discount is between 0 and 100 %.</translation>
    </message>
    <message>
        <source>A deleted group had this name; choose another one.</source>
        <translation>A deleted group had this name; choose another one.</translation>
    </message>
    <message>
        <source>There is a group of this name already.</source>
        <translation>There is a group of this name already.</translation>
    </message>
    <message>
        <source>This price list no longer exists; it may have been deleted at another desk.</source>
        <translation>This price list no longer exists; it may have been deleted at another desk.</translation>
    </message>
    <message>
        <source>The price list needs a name (for example Winter 2026/27).</source>
        <translation>The price list needs a name (for example Winter 2026/27).</translation>
    </message>
    <message>
        <source>A new price list starts today or later; lines already made keep their prices anyway.</source>
        <translation>A new price list starts today or later; lines already made keep their prices anyway.</translation>
    </message>
    <message>
        <source>The price list %1 starts that day already; change its prices instead, or choose another day.</source>
        <translation>The price list %1 starts that day already; change its prices instead, or choose another day.</translation>
    </message>
    <message>
        <source>Say what is damaged; colleagues read it on the card.</source>
        <translation>Say what is damaged; colleagues read it on the card.</translation>
    </message>
    <message>
        <source>The cost cannot be negative.</source>
        <translation>The cost cannot be negative.</translation>
    </message>
    <message>
        <source>The damage was found today or earlier.</source>
        <translation>The damage was found today or earlier.</translation>
    </message>
    <message>
        <source>This damage no longer exists; it may have been deleted at another desk.</source>
        <translation>This damage no longer exists; it may have been deleted at another desk.</translation>
    </message>
    <message>
        <source>Only an open or repaired damage can be charged; this one is %1.</source>
        <translation>Only an open or repaired damage can be charged; this one is %1.</translation>
    </message>
    <message>
        <source>charged already</source>
        <translation>charged already</translation>
    </message>
    <message>
        <source>written off</source>
        <translation>written off</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>This damage has no cost to charge.</source>
        <translation>This damage has no cost to charge.</translation>
    </message>
    <message>
        <source>This damage was changed at another desk meanwhile; look again.</source>
        <translation>This damage was changed at another desk meanwhile; look again.</translation>
    </message>
    <message>
        <source>Damage: %1</source>
        <translation>Damage: %1</translation>
    </message>
    <message>
        <source>Damage %1: %2</source>
        <translation>Damage %1: %2</translation>
    </message>
    <message>
        <source>No object is known for this damage, so nothing is in repair.</source>
        <translation>No object is known for this damage, so nothing is in repair.</translation>
    </message>
    <message>
        <source>%1 is not in repair.</source>
        <translation>%1 is not in repair.</translation>
    </message>
    <message>
        <source>Only a damage not yet charged can be written off; a charged one is settled with the customer&apos;s payment or a correction.</source>
        <translation>Only a damage not yet charged can be written off; a charged one is settled with the customer&apos;s payment or a correction.</translation>
    </message>
    <message>
        <source>Say why the damage is not claimed.</source>
        <translation>Say why the damage is not claimed.</translation>
    </message>
    <message>
        <source>This damage is closed already.</source>
        <translation>This damage is closed already.</translation>
    </message>
    <message>
        <source>%1 is still in repair; mark it repaired first.</source>
        <translation>%1 is still in repair; mark it repaired first.</translation>
    </message>
</context>
<context>
    <name>rentdesk::SyncStatusWidget</name>
    <message>
        <source>first sync %p%</source>
        <translation>first sync %p%</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>last sync %1</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>not synced yet</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>Sync: not set up</translation>
    </message>
    <message>
        <source>Online · %1</source>
        <translation>Online · %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Offline · %1</source>
        <translation>Offline · %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Last error: %1</translation>
    </message>
    <message>
        <source>Every change is kept on this desk. Set the server up under Sync → Set up server.</source>
        <translation>Every change is kept on this desk. Set the server up under Sync → Set up server.</translation>
    </message>
    <message>
        <source>Sync needs attention: %1</source>
        <translation>Sync needs attention: %1</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n change(s) refused</source>
        <translation>
            <numerusform>⚠ %n change refused</numerusform>
            <numerusform>⚠ %n changes refused</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused changes of this desk; click to see why.</source>
        <translation>The server refused changes of this desk; click to see why.</translation>
    </message>
</context>
<context>
    <name>rentdesk::TransactionDialog</name>
    <message>
        <source>New transaction – %1</source>
        <translation>New transaction – %1</translation>
    </message>
    <message>
        <source>This customer is blocked: %1</source>
        <translation>This customer is blocked: %1</translation>
    </message>
    <message>
        <source>Hand out now</source>
        <translation>Hand out now</translation>
    </message>
    <message>
        <source>Booking (rent due)</source>
        <translation>Booking (rent due)</translation>
    </message>
    <message>
        <source>Reservation (holds the objects)</source>
        <translation>Reservation (holds the objects)</translation>
    </message>
    <message>
        <source>Request (holds nothing yet)</source>
        <translation>Request (holds nothing yet)</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;What:</translation>
    </message>
    <message>
        <source>until</source>
        <translation>until</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Scan a barcode or type it and press Enter</source>
        <translation>Scan a barcode or type it and press Enter</translation>
    </message>
    <message>
        <source>&amp;Scan:</source>
        <translation>&amp;Scan:</translation>
    </message>
    <message>
        <source>Find an object by name, article or barcode</source>
        <translation>Find an object by name, article or barcode</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Available in this period</source>
        <translation>Available in this period</translation>
    </message>
    <message>
        <source>Lines (the price can be agreed by hand):</source>
        <translation>Lines (the price can be agreed by hand):</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Price rule</source>
        <translation>Price rule</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Remove line</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>Hand out</source>
        <translation>Hand out</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Save request</source>
        <translation>Save request</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>No object has the barcode %1.</source>
        <translation>No object has the barcode %1.</translation>
    </message>
    <message>
        <source>%1 is on this transaction already.</source>
        <translation>%1 is on this transaction already.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <source>agreed by hand</source>
        <translation>agreed by hand</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount; the price stays %3.</source>
        <translation>%1: &quot;%2&quot; is not an amount; the price stays %3.</translation>
    </message>
    <message>
        <source>%1: the quantity is a whole number from 1 to 999.</source>
        <translation>%1: the quantity is a whole number from 1 to 999.</translation>
    </message>
    <message>
        <source>Rent %1 · deposit %2 · due now %3</source>
        <translation>Rent %1 · deposit %2 · due now %3</translation>
    </message>
    <message>
        <source>Rent %1 · deposit %2 · nothing due yet</source>
        <translation>Rent %1 · deposit %2 · nothing due yet</translation>
    </message>
    <message>
        <source>Add at least one object: scan it or pick it from the list.</source>
        <translation>Add at least one object: scan it or pick it from the list.</translation>
    </message>
    <message>
        <source>Blocked customer</source>
        <translation>Blocked customer</translation>
    </message>
    <message>
        <source>%1 is blocked: %2

Go on anyway?</source>
        <translation>%1 is blocked: %2

Go on anyway?</translation>
    </message>
    <message>
        <source>Print the &amp;contract or save it as PDF afterwards</source>
        <translation>Print the &amp;contract or save it as PDF afterwards</translation>
    </message>
</context>
<context>
    <name>rentdesk::TransactionWindow</name>
    <message>
        <source>Make a &amp;reservation</source>
        <translation>Make a &amp;reservation</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Book</translation>
    </message>
    <message>
        <source>&amp;Hand out</source>
        <translation>&amp;Hand out</translation>
    </message>
    <message>
        <source>&amp;Cancel transaction</source>
        <translation>&amp;Cancel transaction</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Price rule</source>
        <translation>Price rule</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation>Late fee</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Returns</translation>
    </message>
    <message>
        <source>Take &amp;payment…</source>
        <translation>Take &amp;payment…</translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation>Re&amp;turn…</translation>
    </message>
    <message>
        <source>This transaction no longer exists.</source>
        <translation>This transaction no longer exists.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3
%4 until %5 · charged %6 · paid %7 · open %8%9</source>
        <translation>%1 · %2 · %3
%4 until %5 · charged %6 · paid %7 · open %8%9</translation>
    </message>
    <message>
        <source>agreed by hand</source>
        <translation>agreed by hand</translation>
    </message>
    <message>
        <source>paid back: %1</source>
        <translation>paid back: %1</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>damaged</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel transaction</source>
        <translation>Cancel transaction</translation>
    </message>
    <message>
        <source>Cancel %1? What was due on it is no longer due.</source>
        <translation>Cancel %1? What was due on it is no longer due.</translation>
    </message>
    <message>
        <source>C&amp;ontract…</source>
        <translation>C&amp;ontract…</translation>
    </message>
    <message>
        <source>Rec&amp;eipt…</source>
        <translation>Rec&amp;eipt…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Enter or a double click shows the document</source>
        <translation>Enter or a double click shows the document</translation>
    </message>
    <message>
        <source>&amp;Add document…</source>
        <translation>&amp;Add document…</translation>
    </message>
    <message>
        <source>A signed contract, a delivery note, a photo: it belongs to this transaction and shows on the card&apos;s documents too</source>
        <translation>A signed contract, a delivery note, a photo: it belongs to this transaction and shows on the card&apos;s documents too</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Add documents to %1</source>
        <translation>Add documents to %1</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Documents (%1)</translation>
    </message>
</context>
<context>
    <name>rentdesk::TransactionsModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
</context>
<context>
    <name>rentdesk::VoucherDialog</name>
    <message>
        <source>Sell voucher – %1</source>
        <translation>Sell voucher – %1</translation>
    </message>
    <message>
        <source>A new code, or scan the code of a pre-printed voucher card.</source>
        <translation>A new code, or scan the code of a pre-printed voucher card.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <source>&amp;Given free (goodwill, complaint)</source>
        <translation>&amp;Given free (goodwill, complaint)</translation>
    </message>
    <message>
        <source>paid by</source>
        <translation>paid by</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Price:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>E&amp;xpires on</source>
        <translation>E&amp;xpires on</translation>
    </message>
    <message>
        <source>&amp;Sell voucher</source>
        <translation>&amp;Sell voucher</translation>
    </message>
    <message>
        <source>&amp;Give voucher</source>
        <translation>&amp;Give voucher</translation>
    </message>
    <message>
        <source>Why it is given free</source>
        <translation>Why it is given free</translation>
    </message>
    <message>
        <source>Enter the value as an amount, for example %1.</source>
        <translation>Enter the value as an amount, for example %1.</translation>
    </message>
    <message>
        <source>Say why the voucher is given free.</source>
        <translation>Say why the voucher is given free.</translation>
    </message>
    <message>
        <source>Enter the price paid; a voucher given free is ticked as such.</source>
        <translation>Enter the price paid; a voucher given free is ticked as such.</translation>
    </message>
</context>
<context>
    <name>rentdesk::VouchersModel</name>
    <message>
        <source>Used up</source>
        <translation>Used up</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
</context>
<context>
    <name>rentdesk::csv</name>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>This is not a text file (it contains binary data).</source>
        <translation>This is not a text file (it contains binary data).</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 with BOM</translation>
    </message>
    <message>
        <source>UTF-16 (little endian)</source>
        <translation>UTF-16 (little endian)</translation>
    </message>
    <message>
        <source>UTF-16 (big endian)</source>
        <translation>UTF-16 (big endian)</translation>
    </message>
    <message>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <source>A quoted field that starts on line %1 is never closed.</source>
        <translation>A quoted field that starts on line %1 is never closed.</translation>
    </message>
</context>
<context>
    <name>rentdesk::sync::Credentials</name>
    <message>
        <source>The keychain of this computer could not be used: %1</source>
        <translation>The keychain of this computer could not be used: %1</translation>
    </message>
    <message>
        <source>This RentDesk was built without keychain support, so it cannot keep a server credential: install a build with QtKeychain to sync this desk.</source>
        <translation>This RentDesk was built without keychain support, so it cannot keep a server credential: install a build with QtKeychain to sync this desk.</translation>
    </message>
</context>
<context>
    <name>rentdesk::sync::SyncClient</name>
    <message>
        <source>The server does not know this desk&apos;s credential. Set the desk up again with a new enrolment code.</source>
        <translation>The server does not know this desk&apos;s credential. Set the desk up again with a new enrolment code.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator revoked this desk&apos;s access. Set the desk up again with a new enrolment code.</source>
        <translation>The server&apos;s administrator revoked this desk&apos;s access. Set the desk up again with a new enrolment code.</translation>
    </message>
    <message>
        <source>The enrolment code is not valid: it is wrong, was used already or has expired. Ask the server&apos;s administrator for a new one.</source>
        <translation>The enrolment code is not valid: it is wrong, was used already or has expired. Ask the server&apos;s administrator for a new one.</translation>
    </message>
    <message>
        <source>This RentDesk and the server do not fit together (%1). The desk&apos;s data is kept.</source>
        <translation>This RentDesk and the server do not fit together (%1). The desk&apos;s data is kept.</translation>
    </message>
    <message>
        <source>The server has a problem of its own; it is tried again later (%1).</source>
        <translation>The server has a problem of its own; it is tried again later (%1).</translation>
    </message>
    <message>
        <source>The server refused a request as too large.</source>
        <translation>The server refused a request as too large.</translation>
    </message>
    <message>
        <source>The server answered with error %1.</source>
        <translation>The server answered with error %1.</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1).</source>
        <translation>The server cannot be reached (%1).</translation>
    </message>
    <message>
        <source>The server address is not valid; it looks like https://rentdesk.example.com.</source>
        <translation>The server address is not valid; it looks like https://rentdesk.example.com.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the enrolment was not understood.</source>
        <translation>The server&apos;s answer to the enrolment was not understood.</translation>
    </message>
    <message>
        <source>This desk is not set up for a server yet.</source>
        <translation>This desk is not set up for a server yet.</translation>
    </message>
    <message>
        <source>This computer has no credential for this desk (was the file copied from another computer?). Set the desk up again with an enrolment code.</source>
        <translation>This computer has no credential for this desk (was the file copied from another computer?). Set the desk up again with an enrolment code.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be written to the desk&apos;s file.</source>
        <translation>The server&apos;s answer could not be written to the desk&apos;s file.</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>The server accepts none of this desk&apos;s changes (%1).</source>
        <translation>The server accepts none of this desk&apos;s changes (%1).</translation>
    </message>
    <message>
        <source>The document file %1 cannot be read (%2).</source>
        <translation>The document file %1 cannot be read (%2).</translation>
    </message>
    <message>
        <source>The document file %1 cannot be written (%2).</source>
        <translation>The document file %1 cannot be written (%2).</translation>
    </message>
    <message>
        <source>A document file from the server was damaged on the way; it is fetched again in the next round.</source>
        <translation>A document file from the server was damaged on the way; it is fetched again in the next round.</translation>
    </message>
    <message>
        <source>The document file %1 cannot be written.</source>
        <translation>The document file %1 cannot be written.</translation>
    </message>
    <message>
        <source>The document&apos;s file was lost on this desk before it reached the server; add the document again from the original.</source>
        <translation>The document&apos;s file was lost on this desk before it reached the server; add the document again from the original.</translation>
    </message>
</context>
</TS>
