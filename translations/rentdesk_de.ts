<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>rentdesk::AboutDialog</name>
    <message>
        <source>About RentDesk</source>
        <translation>Über RentDesk</translation>
    </message>
    <message>
        <source>GNU LGPL version 3 (%1)</source>
        <translation>GNU LGPL Version 3 (%1)</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>gemeinfrei (public domain)</translation>
    </message>
    <message>
        <source>modified BSD licence (3 clauses)</source>
        <translation>modifizierte BSD-Lizenz (3 Klauseln)</translation>
    </message>
    <message>
        <source>GNU LGPL version 2.1</source>
        <translation>GNU LGPL Version 2.1</translation>
    </message>
    <message>
        <source>&lt;h2&gt;RentDesk %1&lt;/h2&gt;&lt;p&gt;The customer card for the rental counter.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Store:&lt;/b&gt; %2&lt;/p&gt;&lt;h3&gt;Libraries&lt;/h3&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Library&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Version&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Licence&lt;/th&gt;&lt;/tr&gt;%3&lt;/table&gt;&lt;p&gt;The licence texts come with the libraries&apos; packages; Qt&apos;s source is available at download.qt.io.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;RentDesk %1&lt;/h2&gt;&lt;p&gt;Die Kundenkarte für die Verleihtheke.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Speicher:&lt;/b&gt; %2&lt;/p&gt;&lt;h3&gt;Bibliotheken&lt;/h3&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Bibliothek&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Version&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Lizenz&lt;/th&gt;&lt;/tr&gt;%3&lt;/table&gt;&lt;p&gt;Die Lizenztexte liegen den Paketen der Bibliotheken bei; den Quelltext von Qt gibt es unter download.qt.io.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>rentdesk::AccessesModel</name>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>not set yet</source>
        <translation>noch nicht gesetzt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Angelegt über</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Letzte Anmeldung</translation>
    </message>
</context>
<context>
    <name>rentdesk::AccessesPanel</name>
    <message>
        <source>&amp;Invite…</source>
        <translation>&amp;Einladen…</translation>
    </message>
    <message>
        <source>Invite the customer to the online booking: they get an e-mail to set their own password</source>
        <translation>Den Kunden zur Online-Buchung einladen: Er bekommt eine E-Mail, um selbst ein Passwort zu setzen</translation>
    </message>
    <message>
        <source>Set new &amp;password…</source>
        <translation>Neues &amp;Passwort setzen…</translation>
    </message>
    <message>
        <source>&amp;Delete access</source>
        <translation>Zugang &amp;löschen</translation>
    </message>
    <message>
        <source>Delete and invite &amp;again</source>
        <translation>Löschen und erneut ein&amp;laden</translation>
    </message>
    <message>
        <source>Delete the access and send a new invitation to the same address, so the customer sets a password themselves</source>
        <translation>Den Zugang löschen und eine neue Einladung an dieselbe Adresse senden, damit der Kunde selbst ein Passwort setzt</translation>
    </message>
    <message>
        <source>Invite to the online booking</source>
        <translation>Zur Online-Buchung einladen</translation>
    </message>
    <message>
        <source>The invitation goes to this address; it becomes the login:</source>
        <translation>Die Einladung geht an diese Adresse; sie wird der Anmeldename:</translation>
    </message>
    <message>
        <source>Delete the access %1 and send a new invitation to this address? The old password stops working at once.</source>
        <translation>Den Zugang %1 löschen und eine neue Einladung an diese Adresse senden? Das alte Passwort gilt ab sofort nicht mehr.</translation>
    </message>
    <message>
        <source>Delete the access %1? The customer can no longer sign in to the online booking with it.</source>
        <translation>Den Zugang %1 löschen? Der Kunde kann sich damit nicht mehr bei der Online-Buchung anmelden.</translation>
    </message>
    <message>
        <source>Delete and invite again</source>
        <translation>Löschen und erneut einladen</translation>
    </message>
    <message>
        <source>Delete access</source>
        <translation>Zugang löschen</translation>
    </message>
</context>
<context>
    <name>rentdesk::ActivitiesModel</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Customer created with number %1</source>
        <translation>Kunde mit der Nummer %1 angelegt</translation>
    </message>
    <message>
        <source>%1 changed from %2 to %3</source>
        <translation>%1 von %2 auf %3 geändert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Imported from %1, row %2, with number %3</source>
        <translation>Importiert aus %1, Zeile %2, mit der Nummer %3</translation>
    </message>
    <message>
        <source>Updated by the import from %1, row %2</source>
        <translation>Aktualisiert durch den Import aus %1, Zeile %2</translation>
    </message>
    <message>
        <source>Blocked until %1: %2</source>
        <translation>Gesperrt bis %1: %2</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>Gesperrt: %1</translation>
    </message>
    <message>
        <source>Block lifted</source>
        <translation>Sperre aufgehoben</translation>
    </message>
    <message>
        <source>Block lifted (it was: %1)</source>
        <translation>Sperre aufgehoben (Grund war: %1)</translation>
    </message>
    <message>
        <source>Invited to the online booking as %1</source>
        <translation>Zur Online-Buchung eingeladen als %1</translation>
    </message>
    <message>
        <source>New password set for the online access %1</source>
        <translation>Neues Passwort für den Online-Zugang %1 gesetzt</translation>
    </message>
    <message>
        <source>Online access %1 deleted</source>
        <translation>Online-Zugang %1 gelöscht</translation>
    </message>
    <message>
        <source>Document %1 added</source>
        <translation>Dokument %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Document %1 renamed to %2</source>
        <translation>Dokument %1 umbenannt in %2</translation>
    </message>
    <message>
        <source>Document %1 removed</source>
        <translation>Dokument %1 entfernt</translation>
    </message>
    <message>
        <source>%1 %2 made: %3</source>
        <translation>%1 %2 angelegt: %3</translation>
    </message>
    <message>
        <source>Handed out with %1: %2</source>
        <translation>Übergeben mit %1: %2</translation>
    </message>
    <message>
        <source>Returned damaged (%1): %2</source>
        <translation>Beschädigt zurückgegeben (%1): %2</translation>
    </message>
    <message>
        <source>Returned (%1): %2</source>
        <translation>Zurückgegeben (%1): %2</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Return due</source>
        <translation>Rückgabe fällig</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Line changed, %1: %2 → %3</source>
        <translation>Position geändert, %1: %2 → %3</translation>
    </message>
    <message>
        <source>Price of %1 reloaded: %2 → %3</source>
        <translation>Preis von %1 neu geladen: %2 → %3</translation>
    </message>
    <message>
        <source>%1 removed from %2</source>
        <translation>%1 aus %2 entfernt</translation>
    </message>
    <message>
        <source>%1 cancelled (no line left)</source>
        <translation>%1 storniert (keine Position mehr)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Payment of %1 received (%2)</source>
        <translation>Zahlung über %1 erhalten (%2)</translation>
    </message>
    <message>
        <source>Payment of %1 with voucher %2</source>
        <translation>Zahlung über %1 mit Gutschein %2</translation>
    </message>
    <message>
        <source>%1 paid back (%2)</source>
        <translation>%1 zurückgezahlt (%2)</translation>
    </message>
    <message>
        <source>Voucher %1 worth %2 sold for %3 (%4)</source>
        <translation>Gutschein %1 über %2 für %3 verkauft (%4)</translation>
    </message>
    <message>
        <source>Voucher %1 worth %2 given free: %3</source>
        <translation>Gutschein %1 über %2 geschenkt: %3</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>forbidden</source>
        <translation>verboten</translation>
    </message>
    <message>
        <source>as inherited</source>
        <translation>wie geerbt</translation>
    </message>
    <message>
        <source>Damage reported: %1 (cost %2)</source>
        <translation>Schaden gemeldet: %1 (Kosten %2)</translation>
    </message>
    <message>
        <source>Damage charged: %1, %2</source>
        <translation>Schaden berechnet: %1, %2</translation>
    </message>
    <message>
        <source>Repaired after a damage: %1</source>
        <translation>Nach Schaden repariert: %1</translation>
    </message>
    <message>
        <source>Damage written off (%1): %2</source>
        <translation>Schaden abgeschrieben (%1): %2</translation>
    </message>
    <message>
        <source>Damage closed: %1</source>
        <translation>Schaden abgeschlossen: %1</translation>
    </message>
</context>
<context>
    <name>rentdesk::App</name>
    <message>
        <source>RentDesk: the customer card for the rental counter.</source>
        <translation>RentDesk: die Kundenkarte für die Verleihtheke.</translation>
    </message>
    <message>
        <source>The SQLite file of the local store (default: %1).</source>
        <translation>Die SQLite-Datei der lokalen Datenbank (Standard: %1).</translation>
    </message>
    <message>
        <source>Fill demo data when the store is empty.</source>
        <translation>Demodaten einspielen, wenn die Datenbank leer ist.</translation>
    </message>
    <message>
        <source>Language: de or en.</source>
        <translation>Sprache: de oder en.</translation>
    </message>
    <message>
        <source>Open the card of the customer with this number.</source>
        <translation>Die Kundenkarte des Kunden mit dieser Nummer öffnen.</translation>
    </message>
    <message>
        <source>Save a picture of the front window to this PNG file and quit.</source>
        <translation>Ein Bild des vorderen Fensters in dieser PNG-Datei speichern und beenden.</translation>
    </message>
    <message>
        <source>RentDesk</source>
        <translation>RentDesk</translation>
    </message>
    <message>
        <source>The local store cannot be opened:
%1</source>
        <translation>Die lokale Datenbank kann nicht geöffnet werden:
%1</translation>
    </message>
    <message>
        <source>Filling demo data…</source>
        <translation>Demodaten werden eingespielt…</translation>
    </message>
    <message>
        <source>The demo data could not be filled:
%1</source>
        <translation>Die Demodaten konnten nicht eingespielt werden:
%1</translation>
    </message>
    <message>
        <source>There is no customer with the number %1.</source>
        <translation>Es gibt keinen Kunden mit der Nummer %1.</translation>
    </message>
</context>
<context>
    <name>rentdesk::ArticleDialog</name>
    <message>
        <source>New article</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <source>Article – %1</source>
        <translation>Artikel – %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;VAT %:</source>
        <translation>&amp;MwSt. %:</translation>
    </message>
    <message>
        <source>De&amp;posit:</source>
        <translation>&amp;Kaution:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prices&lt;/b&gt; (today&apos;s price list; lines already made keep their price)</source>
        <translation>&lt;b&gt;Preise&lt;/b&gt; (heute gültige Preisliste; bestehende Positionen behalten ihren Preis)</translation>
    </message>
    <message>
        <source>e.g. %1; %2 for 2 and 3 days in all</source>
        <translation>z. B. %1; %2 für 2 und 3 Tage insgesamt</translation>
    </message>
    <message>
        <source>as one day</source>
        <translation>wie ein Tag</translation>
    </message>
    <message>
        <source>Per &amp;hour:</source>
        <translation>Pro &amp;Stunde:</translation>
    </message>
    <message>
        <source>Per &amp;day:</source>
        <translation>Pro &amp;Tag:</translation>
    </message>
    <message>
        <source>Day &amp;tiers:</source>
        <translation>Tages&amp;staffel:</translation>
    </message>
    <message>
        <source>Each &amp;further day:</source>
        <translation>Jeder &amp;weitere Tag:</translation>
    </message>
    <message>
        <source>Per &amp;week:</source>
        <translation>Pro &amp;Woche:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Late fee per ho&amp;ur:</source>
        <translation>Verspätung pro St&amp;unde:</translation>
    </message>
    <message>
        <source>Late fee per d&amp;ay:</source>
        <translation>Verspätung pro T&amp;ag:</translation>
    </message>
    <message>
        <source>&amp;Grace time:</source>
        <translation>&amp;Kulanzzeit:</translation>
    </message>
    <message>
        <source>Enter the VAT rate in percent, for example 19 or 7.</source>
        <translation>Geben Sie den MwSt.-Satz in Prozent ein, zum Beispiel 19 oder 7.</translation>
    </message>
    <message>
        <source>Enter an amount, for example %1.</source>
        <translation>Geben Sie einen Betrag ein, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>Enter the prices of 2, 3, … days in all, separated by semicolons: %1; %2.</source>
        <translation>Geben Sie die Preise für 2, 3, … Tage insgesamt ein, getrennt durch Semikolons: %1; %2.</translation>
    </message>
    <message>
        <source>Enter an amount, or leave it empty for the day price.</source>
        <translation>Geben Sie einen Betrag ein, oder lassen Sie das Feld für den Tagespreis leer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prices&lt;/b&gt; in the price list %1 (lines already made keep their price)</source>
        <translation>&lt;b&gt;Preise&lt;/b&gt; in der Preisliste %1 (bestehende Positionen behalten ihren Preis)</translation>
    </message>
</context>
<context>
    <name>rentdesk::BlockDialog</name>
    <message>
        <source>Block %1 · %2</source>
        <translation>%1 · %2 sperren</translation>
    </message>
    <message>
        <source>A blocked customer may not rent: the card shows a red banner with the reason, and the customer list marks them.</source>
        <translation>Ein gesperrter Kunde darf nicht mieten: Die Kundenkarte zeigt ein rotes Banner mit dem Grund, und die Kundenliste markiert ihn.</translation>
    </message>
    <message>
        <source>e.g. invoice of March unpaid after two reminders</source>
        <translation>z. B. Rechnung vom März nach zwei Mahnungen unbezahlt</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;until the end of</source>
        <translation>&amp;bis einschließlich</translation>
    </message>
    <message>
        <source>Blocked:</source>
        <translation>Gesperrt:</translation>
    </message>
    <message>
        <source>Without an end, the block holds until someone lifts it.</source>
        <translation>Ohne Ende gilt die Sperre, bis jemand sie aufhebt.</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Sperren</translation>
    </message>
</context>
<context>
    <name>rentdesk::CataloguePage</name>
    <message>
        <source>available</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <source>rented</source>
        <translation>vermietet</translation>
    </message>
    <message>
        <source>in repair</source>
        <translation>in Reparatur</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>ausgemustert</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Pro Tag</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Pro Woche</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Kaution</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>MwSt.</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>New &amp;article…</source>
        <translation>Neuer Arti&amp;kel…</translation>
    </message>
    <message>
        <source>Edit a&amp;rticle…</source>
        <translation>Artikel &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>New &amp;object…</source>
        <translation>Neues &amp;Objekt…</translation>
    </message>
    <message>
        <source>Edit ob&amp;ject…</source>
        <translation>Objekt bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>Pick an article to see its objects.</source>
        <translation>Wählen Sie einen Artikel, um seine Objekte zu sehen.</translation>
    </message>
    <message>
        <source>Objects of %1:</source>
        <translation>Objekte von %1:</translation>
    </message>
    <message>
        <source>as the article</source>
        <translation>wie der Artikel</translation>
    </message>
    <message>
        <source>What can be rented: articles with their prices in a price list, and each article&apos;s objects with their barcodes. A changed price applies to new lines; lines already made keep theirs. A season&apos;s prices are a price list of their own, valid from its first day.</source>
        <translation>Was vermietet werden kann: Artikel mit ihren Preisen in einer Preisliste und die Objekte jedes Artikels mit ihren Barcodes. Ein geänderter Preis gilt für neue Positionen; bestehende behalten ihren. Die Preise einer Saison sind eine eigene Preisliste, gültig ab ihrem ersten Tag.</translation>
    </message>
    <message>
        <source>&amp;Price list:</source>
        <translation>Prei&amp;sliste:</translation>
    </message>
    <message>
        <source>New price &amp;list…</source>
        <translation>Neue Preis&amp;liste…</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (ab %2)</translation>
    </message>
    <message>
        <source>%1 – valid today</source>
        <translation>%1 – heute gültig</translation>
    </message>
</context>
<context>
    <name>rentdesk::Cli</name>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Unbekannte Option --%1.</translation>
    </message>
    <message>
        <source>The option --%1 is given twice.</source>
        <translation>Die Option --%1 ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>Die Option --%1 benötigt einen Wert.</translation>
    </message>
    <message>
        <source>The option --database PATH is required.</source>
        <translation>Die Option --database PATH ist erforderlich.</translation>
    </message>
    <message>
        <source>There is no store file at %1.</source>
        <translation>Unter %1 gibt es keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>The option --customers N is required.</source>
        <translation>Die Option --customers N ist erforderlich.</translation>
    </message>
    <message>
        <source>--customers needs a whole number of at least 1, not &quot;%1&quot;.</source>
        <translation>--customers erwartet eine ganze Zahl ab 1, nicht „%1“.</translation>
    </message>
    <message>
        <source>--seed needs a whole number of 0 or more, not &quot;%1&quot;.</source>
        <translation>--seed erwartet eine ganze Zahl ab 0, nicht „%1“.</translation>
    </message>
    <message>
        <source>--date needs a day as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--date erwartet einen Tag im Format YYYY-MM-DD, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 of %2 customers written</source>
        <translation>%1 von %2 Kunden geschrieben</translation>
    </message>
    <message>
        <source>Demo data failed: %1</source>
        <translation>Demodaten fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Wrote %1 demo customers with %2 transactions to %3 (%4 MB) in %5 s.</source>
        <translation>%1 Demokunden mit %2 Vorgängen in %5 s nach %3 geschrieben (%4 MB).</translation>
    </message>
    <message>
        <source>The customer with the long history is %1.</source>
        <translation>Der Kunde mit der langen Historie ist %1.</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schemaversion: %1</translation>
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
            <numerusform>%n Problem gefunden.</numerusform>
            <numerusform>%n Probleme gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the text to search for.</source>
        <translation>Geben Sie den Suchtext an.</translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;.</source>
        <translation>Kein Kunde passt zu „%1“.</translation>
    </message>
    <message>
        <source>Give a command.</source>
        <translation>Geben Sie einen Befehl an.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
    <message>
        <source>Note: this RentDesk upgrades the file to schema version %1 when it opens it for work.</source>
        <translation>Hinweis: Diese RentDesk-Version aktualisiert die Datei auf Schemaversion %1, wenn sie sie zum Arbeiten öffnet.</translation>
    </message>
    <message>
        <source>The options --server URL and --code CODE are required.</source>
        <translation>Die Optionen --server URL und --code CODE sind nötig.</translation>
    </message>
    <message>
        <source>Enrolment failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>This desk is now %1 (%2) on %3.</source>
        <translation>Dieser Arbeitsplatz ist jetzt %1 (%2) auf %3.</translation>
    </message>
    <message>
        <source>Uploaded %1 rows, pushed %2 changes (%3 refused), pulled %4 rows.</source>
        <translation>%1 Zeilen hochgeladen, %2 Änderungen gesendet (%3 abgelehnt), %4 Zeilen empfangen.</translation>
    </message>
    <message>
        <source>Changes waiting: %1</source>
        <translation>Wartende Änderungen: %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchronisation fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Document files sent: %1, fetched: %2</source>
        <translation>Dokumentdateien gesendet: %1, geholt: %2</translation>
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
        <translation>Aufruf: rentdesk-cli BEFEHL [OPTIONEN]

Befehle:
  demo --database PATH --customers N [--seed S] [--date YYYY-MM-DD]
      Füllt eine leere Datenbank mit N Demokunden und deren Historie. Gleicher
      Seed und gleiches Datum ergeben gleiche Daten (Standard: Seed 1, heute).
  check --database PATH [--quick]
      Prüft die Datenbank nur lesend (die Datei bleibt unverändert) und gibt
      jedes Problem aus. --quick nutzt die Schnellprüfung von SQLite und lässt
      die Fremdschlüssel aus.
  search --database PATH TEXT...
      Sucht Kunden wie am Arbeitsplatz: Nummer, Name und E-Mail, ein Treffer
      pro Zeile.
  enrol --database PATH --server URL --code CODE [--desk-name NAME]
      Meldet den Arbeitsplatz mit einem einmaligen Anmeldecode der
      Serververwaltung (rentdesk-server enrol-code) bei einem Sync-Server an.
  sync --database PATH
      Führt eine vollständige Synchronisation mit dem Server aus und gibt aus,
      was gesendet und empfangen wurde.
  import --database PATH DATEI.csv [--dry-run] [--mapping DATEI]
         [--on-duplicate skip|create|update] [--report DATEI]
      Importiert Kunden aus einer CSV-Datei (UTF-8, UTF-16 oder Windows-1252;
      Komma, Semikolon oder Tabulator). Spalten werden an ihren deutschen oder
      englischen Überschriften erkannt; eine Zuordnungsdatei nennt andere, je
      Zeile &quot;Spalte = Feld&quot;. --dry-run prüft jede Zeile und schreibt nichts.
      Wahrscheinliche Dubletten werden übersprungen, wenn --on-duplicate nichts
      anderes sagt. Exit-Code 1, wenn eine Zeile abgelehnt wird (die anderen
      werden importiert).
  export-customers --database PATH DATEI.csv
      Schreibt die Kundenliste als CSV (UTF-8 mit BOM), die der Import
      unverändert wieder einliest.
  help
      Zeigt diesen Text.

Exit-Codes: 0 Erfolg, 1 Fehler oder Probleme gefunden, 2 falscher Aufruf.
</translation>
    </message>
    <message>
        <source>Name the CSV file to import.</source>
        <translation>Nennen Sie die CSV-Datei, die importiert werden soll.</translation>
    </message>
    <message>
        <source>Import one file at a time, not %1.</source>
        <translation>Importieren Sie eine Datei nach der anderen, nicht %1.</translation>
    </message>
    <message>
        <source>--on-duplicate is skip, create or update, not &quot;%1&quot;.</source>
        <translation>--on-duplicate ist skip, create oder update, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The mapping file %1 cannot be read: %2</source>
        <translation>Die Zuordnungsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>Der Bericht konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 of %2 written</source>
        <translation>%1 von %2 geschrieben</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 skipped, %4 refused.</source>
        <translation>Importiert: %1 neu, %2 aktualisiert, %3 übersprungen, %4 abgelehnt.</translation>
    </message>
    <message>
        <source>Name the CSV file to write.</source>
        <translation>Nennen Sie die CSV-Datei, die geschrieben werden soll.</translation>
    </message>
    <message>
        <source>Wrote %1 customers to %2.</source>
        <translation>%1 Kunden nach %2 geschrieben.</translation>
    </message>
</context>
<context>
    <name>rentdesk::ConflictsDialog</name>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>customer number</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>desk %1</source>
        <translation>Arbeitsplatz %1</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Synchronisationskonflikte</translation>
    </message>
    <message>
        <source>Two desks changed the same thing differently. The server kept the later change; decide which value is right.</source>
        <translation>Zwei Arbeitsplätze haben dasselbe unterschiedlich geändert. Der Server hat die spätere Änderung behalten; entscheiden Sie, welcher Wert richtig ist.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Kept (now on every desk)</source>
        <translation>Behalten (jetzt an jedem Arbeitsplatz)</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>&amp;Keep the kept value</source>
        <translation>Behaltenen Wert &amp;beibehalten</translation>
    </message>
    <message>
        <source>&amp;Use the set-aside value</source>
        <translation>Zurückgestellten Wert &amp;übernehmen</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>The conflicts could not be read from the store; the details are in the log.</source>
        <translation>Die Konflikte konnten nicht aus der Datenbank gelesen werden; die Einzelheiten stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>rentdesk::Customer</name>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Customer group</source>
        <translation>Kundengruppe</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Reason for block</source>
        <translation>Sperrgrund</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>rentdesk::CustomerCardWindow</name>
    <message>
        <source>%1 · %2 – Customer card</source>
        <translation>%1 · %2 – Kundenkarte</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Rented objects</source>
        <translation>Vermietete Objekte</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>Damages</source>
        <translation>Schäden</translation>
    </message>
    <message>
        <source>Accesses</source>
        <translation>Zugänge</translation>
    </message>
    <message>
        <source>Vouchers</source>
        <translation>Gutscheine</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Edit personal data…</source>
        <translation>Persönliche Daten bearbeiten…</translation>
    </message>
    <message>
        <source>Copy customer number</source>
        <translation>Kundennummer kopieren</translation>
    </message>
    <message>
        <source>Customer number copied.</source>
        <translation>Kundennummer kopiert.</translation>
    </message>
    <message>
        <source>Find another customer</source>
        <translation>Anderen Kunden suchen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Master data</source>
        <translation>Stammdaten</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Open payments</source>
        <translation>Offene Zahlungen</translation>
    </message>
    <message>
        <source>Open balances</source>
        <translation>Offene Salden</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>E&amp;xpand</source>
        <translation>Ausk&amp;lappen</translation>
    </message>
    <message>
        <source>Show the whole list of changes</source>
        <translation>Die vollständige Liste der Änderungen anzeigen</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>&amp;Kundenkarte</translation>
    </message>
    <message>
        <source>&amp;Edit personal data…</source>
        <translation>Persönliche Daten &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Kunden suchen</translation>
    </message>
    <message>
        <source>&amp;Close card</source>
        <translation>Karte &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>All activities – %1</source>
        <translation>Alle Aktivitäten – %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Lift block</source>
        <translation>Sperre aufheben</translation>
    </message>
    <message>
        <source>Block customer…</source>
        <translation>Kunden sperren…</translation>
    </message>
    <message>
        <source>&amp;Lift block</source>
        <translation>Sperre &amp;aufheben</translation>
    </message>
    <message>
        <source>&amp;Block customer…</source>
        <translation>Kunden &amp;sperren…</translation>
    </message>
    <message>
        <source>Lift the block of %1? It was: %2</source>
        <translation>Die Sperre von %1 aufheben? Grund war: %2</translation>
    </message>
    <message>
        <source>The block is lifted.</source>
        <translation>Die Sperre ist aufgehoben.</translation>
    </message>
    <message>
        <source>Filter: a word, a name, a field, a date…</source>
        <translation>Filter: ein Wort, ein Name, ein Feld, ein Datum…</translation>
    </message>
    <message numerus="yes">
        <source>%n matching entr(y/ies)</source>
        <translation>
            <numerusform>%n passender Eintrag</numerusform>
            <numerusform>%n passende Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source> so far; scroll for more</source>
        <translation> bisher; für mehr weiterblättern</translation>
    </message>
    <message>
        <source>Transaction %1 is saved.</source>
        <translation>Vorgang %1 ist gespeichert.</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>Zahlung annehmen</translation>
    </message>
    <message>
        <source>Nothing is open for this customer.</source>
        <translation>Bei diesem Kunden ist nichts offen.</translation>
    </message>
    <message>
        <source>The payment is booked.</source>
        <translation>Die Zahlung ist gebucht.</translation>
    </message>
    <message>
        <source>Nothing has the code %1.</source>
        <translation>Nichts hat den Code %1.</translation>
    </message>
    <message>
        <source>%1 is not out with anyone.</source>
        <translation>%1 ist bei niemandem ausgeliehen.</translation>
    </message>
    <message>
        <source>Enter or a double click opens the transaction</source>
        <translation>Eingabetaste oder Doppelklick öffnet den Vorgang</translation>
    </message>
    <message>
        <source>New transaction…</source>
        <translation>Neuer Vorgang…</translation>
    </message>
    <message>
        <source>Rent out, book, reserve or take a request (Ctrl+T)</source>
        <translation>Verleihen, buchen, reservieren oder eine Anfrage aufnehmen (Strg+T)</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>Rückgabe…</translation>
    </message>
    <message>
        <source>Check objects in (Ctrl+R)</source>
        <translation>Objekte zurücknehmen (Strg+R)</translation>
    </message>
    <message>
        <source>Take payment…</source>
        <translation>Zahlung annehmen…</translation>
    </message>
    <message>
        <source>Cash, card, bank transfer or voucher (Ctrl+K)</source>
        <translation>Bar, Karte, Überweisung oder Gutschein (Strg+K)</translation>
    </message>
    <message>
        <source>Scan: object, transaction or customer number</source>
        <translation>Scannen: Objekt, Vorgang oder Kundennummer</translation>
    </message>
    <message>
        <source>&amp;New transaction…</source>
        <translation>&amp;Neuer Vorgang…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>Rü&amp;ckgabe…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Take &amp;payment…</source>
        <translation>&amp;Zahlung annehmen…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Voucher %1 is issued.</source>
        <translation>Gutschein %1 ist ausgestellt.</translation>
    </message>
    <message>
        <source>&amp;Sell voucher…</source>
        <translation>Gutschein &amp;verkaufen…</translation>
    </message>
    <message>
        <source>Sell a voucher, or give one free with a reason</source>
        <translation>Einen Gutschein verkaufen oder mit Begründung verschenken</translation>
    </message>
    <message>
        <source>Sell &amp;voucher…</source>
        <translation>&amp;Gutschein verkaufen…</translation>
    </message>
</context>
<context>
    <name>rentdesk::CustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Edit %1 · %2</source>
        <translation>%1 · %2 bearbeiten</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
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
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Blocked: may not rent</source>
        <translation>Gesperrt: darf nicht mieten</translation>
    </message>
    <message>
        <source>&lt;b&gt;This customer may already exist:&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Open the existing card, or press &lt;i&gt;Save anyway&lt;/i&gt; to create a new customer.</source>
        <translation>&lt;b&gt;Dieser Kunde ist möglicherweise schon vorhanden:&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Öffnen Sie die vorhandene Kundenkarte oder klicken Sie auf &lt;i&gt;Trotzdem speichern&lt;/i&gt;, um einen neuen Kunden anzulegen.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
    <message>
        <source>The customer was not saved: %1</source>
        <translation>Der Kunde wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The changes were not saved: %1</source>
        <translation>Die Änderungen wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>&amp;Invite to the online booking (an e-mail to set a password)</source>
        <translation>Zur Online-Buchung &amp;einladen (eine E-Mail, um ein Passwort zu setzen)</translation>
    </message>
</context>
<context>
    <name>rentdesk::CustomerExport</name>
    <message>
        <source>The customers could not be read from the store.</source>
        <translation>Die Kunden konnten nicht aus der Datenbank gelesen werden.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>rentdesk::CustomerGroupDialog</name>
    <message>
        <source>New customer group</source>
        <translation>Neue Kundengruppe</translation>
    </message>
    <message>
        <source>Customer group – %1</source>
        <translation>Kundengruppe – %1</translation>
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
        <translation>&amp;Rabatt:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Permissions in the online booking&lt;/b&gt;</source>
        <translation>&lt;b&gt;Berechtigungen in der Online-Buchung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>As the default (yes)</source>
        <translation>Wie die Voreinstellung (ja)</translation>
    </message>
    <message>
        <source>As the default (no)</source>
        <translation>Wie die Voreinstellung (nein)</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Verboten</translation>
    </message>
</context>
<context>
    <name>rentdesk::CustomerGroupsPage</name>
    <message>
        <source>A customer group gives its members a discount on every price and can allow or forbid permissions for them; what a group does not set follows the default.</source>
        <translation>Eine Kundengruppe gibt ihren Mitgliedern einen Rabatt auf jeden Preis und kann ihnen Berechtigungen erlauben oder verbieten; was eine Gruppe nicht festlegt, folgt der Voreinstellung.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Permissions set by the group</source>
        <translation>Von der Gruppe festgelegte Berechtigungen</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>&amp;Neue Gruppe…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>%1: yes</source>
        <translation>%1: ja</translation>
    </message>
    <message>
        <source>%1: no</source>
        <translation>%1: nein</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>none (all as the default)</source>
        <translation>keine (alle wie die Voreinstellung)</translation>
    </message>
</context>
<context>
    <name>rentdesk::CustomerImport</name>
    <message>
        <source>The file has no rows.</source>
        <translation>Die Datei hat keine Zeilen.</translation>
    </message>
    <message>
        <source>The file has a header but no customers.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Kunden.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file is %1 MB; an import file may have at most %2 MB.</source>
        <translation>Die Datei hat %1 MB; eine Importdatei darf höchstens %2 MB haben.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Choose the column with the last name (or the company): without it no customer can be imported.</source>
        <translation>Wählen Sie die Spalte mit dem Nachnamen (oder der Firma): Ohne sie kann kein Kunde importiert werden.</translation>
    </message>
    <message numerus="yes">
        <source>The row has %n field(s); the header has %1.</source>
        <translation>
            <numerusform>Die Zeile hat %n Feld; die Kopfzeile hat %1.</numerusform>
            <numerusform>Die Zeile hat %n Felder; die Kopfzeile hat %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is neither yes nor no.</source>
        <translation>%1: &quot;%2&quot; ist weder ja noch nein.</translation>
    </message>
    <message>
        <source>%1: %2 (&quot;%3&quot;)</source>
        <translation>%1: %2 (&quot;%3&quot;)</translation>
    </message>
    <message>
        <source>%1: at most 32 characters without line breaks.</source>
        <translation>%1: höchstens 32 Zeichen ohne Zeilenumbruch.</translation>
    </message>
    <message>
        <source>The number %1 is taken; the customer gets a new one.</source>
        <translation>Die Nummer %1 ist vergeben; der Kunde bekommt eine neue.</translation>
    </message>
    <message>
        <source>%1: at most 100 characters on one line.</source>
        <translation>%1: höchstens 100 Zeichen in einer Zeile.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>same e-mail address %1</source>
        <translation>gleiche E-Mail-Adresse %1</translation>
    </message>
    <message>
        <source>same name and birth date (%1, %2)</source>
        <translation>gleicher Name und gleiches Geburtsdatum (%1, %2)</translation>
    </message>
    <message>
        <source>Row %1 could not be saved, so nothing was imported: %2</source>
        <translation>Zeile %1 konnte nicht gespeichert werden, darum wurde nichts importiert: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n Zeile</numerusform>
            <numerusform>%1: %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>to import as new customers: %1</source>
        <translation>als neue Kunden zu importieren: %1</translation>
    </message>
    <message>
        <source>to update existing customers with: %1</source>
        <translation>zum Aktualisieren vorhandener Kunden: %1</translation>
    </message>
    <message>
        <source>to skip as duplicates: %1</source>
        <translation>als Dubletten zu überspringen: %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>new customer groups: %1</source>
        <translation>neue Kundengruppen: %1</translation>
    </message>
    <message>
        <source>row %1 (line %2) refused: %3</source>
        <translation>Zeile %1 (Dateizeile %2) abgelehnt: %3</translation>
    </message>
    <message>
        <source>row %1 (line %2): %3</source>
        <translation>Zeile %1 (Dateizeile %2): %3</translation>
    </message>
    <message>
        <source>likely duplicates, %1: rows %2 (%3)</source>
        <translation>wahrscheinliche Dubletten, %1: Zeilen %2 (%3)</translation>
    </message>
    <message>
        <source>likely duplicates, %1: rows %2 and in the store %3 (%4)</source>
        <translation>wahrscheinliche Dubletten, %1: Zeilen %2 und in der Datenbank %3 (%4)</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>(nicht importieren)</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Customer group</source>
        <translation>Kundengruppe</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Reason for blocking</source>
        <translation>Sperrgrund</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Line %1 of the mapping is not &quot;column = field&quot;.</source>
        <translation>Zeile %1 der Zuordnung hat nicht die Form &quot;Spalte = Feld&quot;.</translation>
    </message>
    <message>
        <source>Line %1 of the mapping: &quot;%2&quot; is not a field. Fields: %3.</source>
        <translation>Zeile %1 der Zuordnung: &quot;%2&quot; ist kein Feld. Felder: %3.</translation>
    </message>
    <message>
        <source>Line %1 of the mapping: the file has no column &quot;%2&quot;.</source>
        <translation>Zeile %1 der Zuordnung: Die Datei hat keine Spalte &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The name of the file %1 cannot be read on this computer (its characters are in another encoding). Rename the file and choose it again.</source>
        <translation>Der Name der Datei %1 kann auf diesem Computer nicht gelesen werden (seine Zeichen sind anders kodiert). Benennen Sie die Datei um und wählen Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1: the group &quot;%2&quot; was deleted; name another one.</source>
        <translation>%1: Die Gruppe &quot;%2&quot; wurde gelöscht; nennen Sie eine andere.</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>only the first row</source>
        <translation>nur die erste Zeile</translation>
    </message>
    <message>
        <source>every row imported</source>
        <translation>jede Zeile importiert</translation>
    </message>
    <message>
        <source>the existing customer updated</source>
        <translation>vorhandener Kunde aktualisiert</translation>
    </message>
    <message>
        <source>merged into the first row</source>
        <translation>in die erste Zeile zusammengeführt</translation>
    </message>
</context>
<context>
    <name>rentdesk::CustomerPanelModel</name>
    <message>
        <source>This list could not be read from the store, so it may be incomplete. Close and open the card again; if that does not help, the details are in the log.</source>
        <translation>Diese Liste konnte nicht aus der Datenbank gelesen werden und ist darum vielleicht unvollständig. Schließen und öffnen Sie die Kundenkarte erneut; hilft das nicht, stehen die Einzelheiten im Protokoll.</translation>
    </message>
</context>
<context>
    <name>rentdesk::CustomerSearchModel</name>
    <message>
        <source>This customer is blocked.</source>
        <translation>Dieser Kunde ist gesperrt.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>rentdesk::CustomerValidator</name>
    <message>
        <source>At most %1 characters.</source>
        <translation>Höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Line breaks and control characters are not allowed here.</source>
        <translation>Zeilenumbrüche und Steuerzeichen sind hier nicht erlaubt.</translation>
    </message>
    <message>
        <source>This is not an e-mail address (name@example.com).</source>
        <translation>Das ist keine E-Mail-Adresse (name@beispiel.de).</translation>
    </message>
    <message>
        <source>A phone number has digits, spaces and + ( ) / - only.</source>
        <translation>Eine Telefonnummer enthält nur Ziffern, Leerzeichen und + ( ) / -.</translation>
    </message>
    <message>
        <source>A phone number has 5 to 15 digits.</source>
        <translation>Eine Telefonnummer hat 5 bis 15 Ziffern.</translation>
    </message>
    <message>
        <source>Enter a two-letter country code such as DE, AT or CH.</source>
        <translation>Geben Sie einen zweistelligen Ländercode wie DE, AT oder CH ein.</translation>
    </message>
    <message>
        <source>Enter the date as DD.MM.YYYY, for example 24.12.1990.</source>
        <translation>Geben Sie das Datum als TT.MM.JJJJ ein, z. B. 24.12.1990.</translation>
    </message>
    <message>
        <source>A birth date cannot be in the future.</source>
        <translation>Ein Geburtsdatum kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>A birth date more than 120 years ago is surely a typing error.</source>
        <translation>Ein Geburtsdatum vor mehr als 120 Jahren ist sicher ein Tippfehler.</translation>
    </message>
    <message>
        <source>Enter a two-letter language code such as de or en.</source>
        <translation>Geben Sie einen zweistelligen Sprachcode wie de oder en ein.</translation>
    </message>
    <message>
        <source>Enter a last name or a company.</source>
        <translation>Geben Sie einen Nachnamen oder eine Firma ein.</translation>
    </message>
    <message>
        <source>A postcode in this country has five digits.</source>
        <translation>Eine Postleitzahl hat in diesem Land fünf Ziffern.</translation>
    </message>
    <message>
        <source>A postcode in this country has four digits.</source>
        <translation>Eine Postleitzahl hat in diesem Land vier Ziffern.</translation>
    </message>
    <message>
        <source>A Dutch postcode has four digits and two letters, like 1012 AB.</source>
        <translation>Eine niederländische Postleitzahl hat vier Ziffern und zwei Buchstaben, z. B. 1012 AB.</translation>
    </message>
    <message>
        <source>This is not a British postcode (like SW1A 1AA).</source>
        <translation>Das ist keine britische Postleitzahl (z. B. SW1A 1AA).</translation>
    </message>
    <message>
        <source>A postcode has 3 to 10 letters and digits.</source>
        <translation>Eine Postleitzahl hat 3 bis 10 Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <source>Invisible characters (such as a zero-width space) are not allowed here.</source>
        <translation>Unsichtbare Zeichen (etwa ein Leerzeichen ohne Breite) sind hier nicht erlaubt.</translation>
    </message>
</context>
<context>
    <name>rentdesk::DamageDialog</name>
    <message>
        <source>Report damage</source>
        <translation>Schaden melden</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ohne</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Transaction:</source>
        <translation>&amp;Vorgang:</translation>
    </message>
    <message>
        <source>&amp;Object:</source>
        <translation>&amp;Objekt:</translation>
    </message>
    <message>
        <source>&amp;Found on:</source>
        <translation>&amp;Festgestellt am:</translation>
    </message>
    <message>
        <source>e.g. rim bent, paint scratched</source>
        <translation>z. B. Felge verbogen, Lack zerkratzt</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <source>&amp;Cost to mend:</source>
        <translation>&amp;Reparaturkosten:</translation>
    </message>
    <message>
        <source>Enter the cost as an amount, for example %1.</source>
        <translation>Bitte die Kosten als Betrag eingeben, zum Beispiel %1.</translation>
    </message>
</context>
<context>
    <name>rentdesk::DamagesModel</name>
    <message>
        <source>Opened</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Damages</source>
        <translation>Schäden</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
</context>
<context>
    <name>rentdesk::DamagesPanel</name>
    <message>
        <source>&amp;Report damage…</source>
        <translation>Schaden &amp;melden…</translation>
    </message>
    <message>
        <source>A damage found outside a return: what, when, what it costs, and which object (it goes to repair)</source>
        <translation>Ein Schaden außerhalb einer Rückgabe: was, wann, was er kostet und welches Objekt (es geht in Reparatur)</translation>
    </message>
    <message>
        <source>&amp;Charge…</source>
        <translation>&amp;Berechnen…</translation>
    </message>
    <message>
        <source>The cost becomes due from the customer (an open payment)</source>
        <translation>Die Kosten werden dem Kunden berechnet (eine offene Zahlung)</translation>
    </message>
    <message>
        <source>Re&amp;paired</source>
        <translation>&amp;Repariert</translation>
    </message>
    <message>
        <source>The object is mended and can be rented again</source>
        <translation>Das Objekt ist repariert und kann wieder vermietet werden</translation>
    </message>
    <message>
        <source>&amp;Write off…</source>
        <translation>&amp;Abschreiben…</translation>
    </message>
    <message>
        <source>The cost is not claimed from the customer (managers)</source>
        <translation>Die Kosten werden dem Kunden nicht berechnet (Leitung)</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>Abschl&amp;ießen</translation>
    </message>
    <message>
        <source>Charge damage</source>
        <translation>Schaden berechnen</translation>
    </message>
    <message>
        <source>Charge %1 for this damage to the customer? It becomes an open payment, due today.</source>
        <translation>%1 für diesen Schaden dem Kunden berechnen? Es wird eine offene Zahlung, heute fällig.</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>Repariert</translation>
    </message>
    <message>
        <source>Write off damage</source>
        <translation>Schaden abschreiben</translation>
    </message>
    <message>
        <source>Why is the damage of %1 not claimed?</source>
        <translation>Warum wird der Schaden von %1 nicht berechnet?</translation>
    </message>
    <message>
        <source>Close damage</source>
        <translation>Schaden abschließen</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>&amp;Datei anhängen…</translation>
    </message>
    <message>
        <source>Photos of the damage, the workshop&apos;s bill: kept with the case and in the card&apos;s documents</source>
        <translation>Fotos des Schadens, die Rechnung der Werkstatt: beim Schadensfall und bei den Dokumenten der Kundenkarte abgelegt</translation>
    </message>
    <message>
        <source>Attach files to the damage</source>
        <translation>Dateien an den Schaden anhängen</translation>
    </message>
</context>
<context>
    <name>rentdesk::DefaultPermissionsPage</name>
    <message>
        <source>What every customer may do in the online booking, unless their customer group or their own setting on the card says otherwise. A change applies at once, to every desk after the next sync.</source>
        <translation>Was jeder Kunde in der Online-Buchung darf, sofern seine Kundengruppe oder seine eigene Einstellung auf der Kundenkarte nichts anderes sagt. Eine Änderung gilt sofort, an den anderen Theken nach dem nächsten Abgleich.</translation>
    </message>
</context>
<context>
    <name>rentdesk::DemoCounter</name>
    <message>
        <source>The counter&apos;s demo days stopped: %1</source>
        <translation>Die Verleih-Tage der Demodaten brachen ab: %1</translation>
    </message>
</context>
<context>
    <name>rentdesk::DemoData</name>
    <message>
        <source>Cannot prepare a demo data statement: %1</source>
        <translation>Eine Anweisung für die Demodaten kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>Cannot write demo data: %1 (%2)</source>
        <translation>Demodaten können nicht geschrieben werden: %1 (%2)</translation>
    </message>
    <message>
        <source>Cannot write demo data: %1</source>
        <translation>Demodaten können nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot write the demo document %1: %2</source>
        <translation>Das Demodokument %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The number of demo customers must be at least 1.</source>
        <translation>Die Anzahl der Demokunden muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>The day of the demo data is not a valid date.</source>
        <translation>Der Tag der Demodaten ist kein gültiges Datum.</translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cannot read the store: %1</source>
        <translation>Die Datenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>The store already holds %n customer(s); demo data is only added to an empty store.</source>
        <translation>
            <numerusform>Die Datenbank enthält bereits %n Kunden; Demodaten werden nur in eine leere Datenbank eingespielt.</numerusform>
            <numerusform>Die Datenbank enthält bereits %n Kunden; Demodaten werden nur in eine leere Datenbank eingespielt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot make the index %1 again: %2</source>
        <translation>Der Index %1 kann nicht neu erstellt werden: %2</translation>
    </message>
    <message>
        <source>The store is busy: %1</source>
        <translation>Die Datenbank ist belegt: %1</translation>
    </message>
    <message>
        <source>Cannot reserve the customer numbers K-%1 to K-%2 for the demo data; the desk may hold a number block that overlaps them.</source>
        <translation>Die Kundennummern K-%1 bis K-%2 können nicht für die Demodaten reserviert werden; dieser Arbeitsplatz hält möglicherweise einen Nummernblock, der sich damit überschneidet.</translation>
    </message>
    <message>
        <source>Cannot commit the demo data: %1</source>
        <translation>Die Demodaten können nicht festgeschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>rentdesk::DeskSession</name>
    <message>
        <source>The desk is locked.</source>
        <translation>Der Arbeitsplatz ist gesperrt.</translation>
    </message>
</context>
<context>
    <name>rentdesk::DeskSetupDialog</name>
    <message>
        <source>Set up the sync server</source>
        <translation>Sync-Server einrichten</translation>
    </message>
    <message>
        <source>The server&apos;s administrator gives you a one-time enrolment code (rentdesk-server enrol-code). If the server already has data, this desk starts from it; the data this desk has now is kept in a copy beside its file.</source>
        <translation>Die Serververwaltung gibt Ihnen einen einmaligen Anmeldecode (rentdesk-server enrol-code). Hat der Server schon Daten, beginnt dieser Arbeitsplatz mit ihnen; die jetzigen Daten des Arbeitsplatzes bleiben in einer Kopie neben seiner Datei erhalten.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Serveradresse:</translation>
    </message>
    <message>
        <source>&amp;Enrolment code:</source>
        <translation>&amp;Anmeldecode:</translation>
    </message>
    <message>
        <source>Desk &amp;name:</source>
        <translation>&amp;Name des Arbeitsplatzes:</translation>
    </message>
    <message>
        <source>&amp;Enrol desk</source>
        <translation>Arbeitsplatz &amp;anmelden</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, e.g. https://rentdesk.example.com.</source>
        <translation>Geben Sie die Adresse des Servers ein, z. B. https://rentdesk.example.com.</translation>
    </message>
    <message>
        <source>Enter the enrolment code from the server&apos;s administrator.</source>
        <translation>Geben Sie den Anmeldecode der Serververwaltung ein.</translation>
    </message>
    <message>
        <source>This program runs without the sync module.</source>
        <translation>Dieses Programm läuft ohne Synchronisation.</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
</context>
<context>
    <name>rentdesk::DeskStatus</name>
    <message>
        <source>Desk: %1</source>
        <translation>Arbeitsplatz: %1</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Angemeldet: %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>changes waiting: unknown (the store could not be read)</source>
        <translation>wartende Änderungen: unbekannt (die Datenbank konnte nicht gelesen werden)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n Änderung wartet auf die Synchronisation</numerusform>
            <numerusform>%n Änderungen warten auf die Synchronisation</numerusform>
        </translation>
    </message>
    <message>
        <source>This desk is not enrolled with a server yet: every change is kept here and waits until sync is set up. New customers get provisional numbers.</source>
        <translation>Dieser Arbeitsplatz ist noch bei keinem Server angemeldet: Jede Änderung bleibt hier gespeichert und wartet, bis die Synchronisation eingerichtet ist. Neue Kunden erhalten vorläufige Nummern.</translation>
    </message>
    <message>
        <source>Desk code %1 · client %2</source>
        <translation>Arbeitsplatzkürzel %1 · Client %2</translation>
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
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>The file is still on its way from the server (SHA-256 %1).</source>
        <translation>Die Datei ist noch unterwegs vom Server (SHA-256 %1).</translation>
    </message>
    <message>
        <source>%1 (arriving)</source>
        <translation>%1 (kommt noch)</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Hinzugefügt von</translation>
    </message>
</context>
<context>
    <name>rentdesk::DocumentsPanel</name>
    <message>
        <source>&amp;Add files…</source>
        <translation>Dateien &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add files to the card; files can also be dropped on this panel</source>
        <translation>Dateien zur Kundenkarte hinzufügen; Dateien können auch auf dieses Feld gezogen werden</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Add documents to the card</source>
        <translation>Dokumente zur Kundenkarte hinzufügen</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Nicht hinzugefügt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) added.</source>
        <translation>
            <numerusform>%n Dokument hinzugefügt.</numerusform>
            <numerusform>%n Dokumente hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>This document is no longer on the card.</source>
        <translation>Dieses Dokument ist nicht mehr auf der Kundenkarte.</translation>
    </message>
    <message>
        <source>The file of %1 is not on this computer yet; it comes with the next sync.</source>
        <translation>Die Datei von %1 ist noch nicht auf diesem Computer; sie kommt mit der nächsten Synchronisation.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be copied for viewing.</source>
        <translation>%1 kann zum Ansehen nicht kopiert werden.</translation>
    </message>
    <message>
        <source>No program to show %1 was found on this computer.</source>
        <translation>Auf diesem Computer wurde kein Programm gefunden, das %1 anzeigt.</translation>
    </message>
    <message>
        <source>Rename document</source>
        <translation>Dokument umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Dokument entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the card?</source>
        <translation>%1 von der Kundenkarte entfernen?</translation>
    </message>
    <message>
        <source>Only files from this computer can be added.</source>
        <translation>Nur Dateien von diesem Computer können hinzugefügt werden.</translation>
    </message>
    <message>
        <source>%1 is a program or script; RentDesk does not open it.</source>
        <translation>%1 ist ein Programm oder Skript; RentDesk öffnet es nicht.</translation>
    </message>
</context>
<context>
    <name>rentdesk::FirstStartDialog</name>
    <message>
        <source>Show &amp;folder</source>
        <translation>&amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>Welcome to RentDesk</source>
        <translation>Willkommen bei RentDesk</translation>
    </message>
    <message>
        <source>RentDesk keeps its customers, rentals and documents on this computer, so the desk works without a network. They are in this file:</source>
        <translation>RentDesk speichert Kunden, Vermietungen und Dokumente auf diesem Computer, damit der Schalter auch ohne Netzwerk arbeitet. Sie liegen in dieser Datei:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Include this folder in the computer&apos;s backup. To share the data with other desks, set this desk up for your RentDesk server under Sync → Set up server. Help → About RentDesk shows the path again.</source>
        <translation>Nehmen Sie diesen Ordner in die Datensicherung des Computers auf. Um die Daten mit anderen Schaltern zu teilen, richten Sie diesen Schalter unter Synchronisation → Server einrichten für Ihren RentDesk-Server ein. Hilfe → Über RentDesk zeigt den Pfad wieder an.</translation>
    </message>
</context>
<context>
    <name>rentdesk::Format</name>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Reservierung</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>Rental</source>
        <translation>Vermietung</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Zurückgegeben</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Registered online</source>
        <translation>Online registriert</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % discount</source>
        <translation>%1 % Rabatt</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>Repariert</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Abgeschrieben</translation>
    </message>
</context>
<context>
    <name>rentdesk::HeaderPanel</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Edit the personal data</source>
        <translation>Persönliche Daten bearbeiten</translation>
    </message>
    <message>
        <source>Customer not found</source>
        <translation>Kunde nicht gefunden</translation>
    </message>
    <message>
        <source>no customer group</source>
        <translation>keine Kundengruppe</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>customer since %1</source>
        <translation>Kunde seit %1</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) rented</source>
        <translation>
            <numerusform>%n Objekt vermietet</numerusform>
            <numerusform>%n Objekte vermietet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s)</source>
        <translation>
            <numerusform>%n Vorgang</numerusform>
            <numerusform>%n Vorgänge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>open: %1 in %n payment(s)</source>
        <translation>
            <numerusform>offen: %1 in %n Zahlung</numerusform>
            <numerusform>offen: %1 in %n Zahlungen</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing open</source>
        <translation>nichts offen</translation>
    </message>
    <message>
        <source>voucher credit %1</source>
        <translation>Gutscheinguthaben %1</translation>
    </message>
    <message>
        <source>The balance could not be read from the store; the details are in the log.</source>
        <translation>Der Saldo konnte nicht aus der Datenbank gelesen werden; die Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>Two desks changed this customer differently; decide which value is right.</source>
        <translation>Zwei Arbeitsplätze haben diesen Kunden unterschiedlich geändert; entscheiden Sie, welcher Wert richtig ist.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n sync conflict(s)</source>
        <translation>
            <numerusform>⚠ %n Synchronisationskonflikt</numerusform>
            <numerusform>⚠ %n Synchronisationskonflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>BLOCKED until %1: %2</source>
        <translation>GESPERRT bis %1: %2</translation>
    </message>
    <message>
        <source>BLOCKED: %1</source>
        <translation>GESPERRT: %1</translation>
    </message>
</context>
<context>
    <name>rentdesk::ImportDialog</name>
    <message>
        <source>Import customers</source>
        <translation>Kunden importieren</translation>
    </message>
    <message>
        <source>File and columns</source>
        <translation>Datei und Spalten</translation>
    </message>
    <message>
        <source>Choose the file and say what each column holds. Nothing is imported yet.</source>
        <translation>Wählen Sie die Datei und geben Sie an, was jede Spalte enthält. Noch wird nichts importiert.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>(no file chosen)</source>
        <translation>(keine Datei gewählt)</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Zeichenkodierung:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>What the import will do. Nothing has been written yet.</source>
        <translation>Was der Import tun wird. Noch wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Dateizeile</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Save refused rows…</source>
        <translation>Abgelehnte Zeilen &amp;speichern…</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>In the store</source>
        <translation>In der Datenbank</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was tun</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Datei zum Importieren wählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n customer row(s).</source>
        <translation>
            <numerusform>Die Datei hat %n Kundenzeile.</numerusform>
            <numerusform>Die Datei hat %n Kundenzeilen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file has %n customer row(s); the preview shows the first %1.</source>
        <translation>
            <numerusform>Die Datei hat %n Kundenzeile; die Vorschau zeigt die ersten %1.</numerusform>
            <numerusform>Die Datei hat %n Kundenzeilen; die Vorschau zeigt die ersten %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <source>What the column &quot;%1&quot; holds</source>
        <translation>Was die Spalte &quot;%1&quot; enthält</translation>
    </message>
    <message>
        <source>Choose the file with the customers: a CSV file from a spreadsheet or from the program used before.</source>
        <translation>Wählen Sie die Datei mit den Kunden: eine CSV-Datei aus einer Tabellenkalkulation oder aus dem bisherigen Programm.</translation>
    </message>
    <message>
        <source>Choose the column with the last name or the company.</source>
        <translation>Wählen Sie die Spalte mit dem Nachnamen oder der Firma.</translation>
    </message>
    <message>
        <source>New customer groups will be made: %1</source>
        <translation>Neue Kundengruppen werden angelegt: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Refused rows: none</source>
        <translation>Abgelehnte Zeilen: keine</translation>
    </message>
    <message>
        <source>Refused rows (they are not imported): %1</source>
        <translation>Abgelehnte Zeilen (sie werden nicht importiert): %1</translation>
    </message>
    <message>
        <source>Likely duplicates: none</source>
        <translation>Wahrscheinliche Dubletten: keine</translation>
    </message>
    <message>
        <source>Likely duplicates: %1</source>
        <translation>Wahrscheinliche Dubletten: %1</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Keep only the first row</source>
        <translation>Nur die erste Zeile übernehmen</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>Trotzdem importieren</translation>
    </message>
    <message>
        <source>Import every row</source>
        <translation>Jede Zeile importieren</translation>
    </message>
    <message>
        <source>Update the existing customer</source>
        <translation>Vorhandenen Kunden aktualisieren</translation>
    </message>
    <message>
        <source>Merge into the first row</source>
        <translation>In die erste Zeile zusammenführen</translation>
    </message>
    <message numerus="yes">
        <source>%n new customer(s)</source>
        <translation>
            <numerusform>%n neuer Kunde</numerusform>
            <numerusform>%n neue Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s)</source>
        <translation>
            <numerusform>%n Aktualisierung</numerusform>
            <numerusform>%n Aktualisierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 - refused.csv</source>
        <translation>%1 - abgelehnt.csv</translation>
    </message>
    <message>
        <source>Save refused rows</source>
        <translation>Abgelehnte Zeilen speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The refused rows could not be saved to %1: %2</source>
        <translation>Die abgelehnten Zeilen konnten nicht nach %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported. The store is as before.</source>
        <translation>Abgebrochen: Es wurde nichts importiert. Die Datenbank ist wie vorher.</translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new customer group(s)</source>
        <translation>
            <numerusform>%n neue Kundengruppe</numerusform>
            <numerusform>%n neue Kundengruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Importiert: %1.</translation>
    </message>
    <message>
        <source>All customers are written together: when the import is cancelled or fails, the store stays as it was.</source>
        <translation>Alle Kunden werden zusammen geschrieben: Wird der Import abgebrochen oder schlägt er fehl, bleibt die Datenbank, wie sie war.</translation>
    </message>
    <message>
        <source>(as chosen for each group)</source>
        <translation>(wie je Gruppe gewählt)</translation>
    </message>
    <message>
        <source>Skip them all (from the file only the first row)</source>
        <translation>Alle überspringen (aus der Datei nur die erste Zeile)</translation>
    </message>
    <message>
        <source>Update the existing customers (or merge into the first row)</source>
        <translation>Vorhandene Kunden aktualisieren (oder in die erste Zeile zusammenführen)</translation>
    </message>
    <message>
        <source>For &amp;every group:</source>
        <translation>Für &amp;jede Gruppe:</translation>
    </message>
    <message>
        <source>Refused rows (they are not imported): %1; the first %2 are listed, and &quot;Save refused rows&quot; writes them all.</source>
        <translation>Abgelehnte Zeilen (sie werden nicht importiert): %1; die ersten %2 sind aufgeführt, &quot;Abgelehnte Zeilen speichern&quot; schreibt alle.</translation>
    </message>
    <message>
        <source>Likely duplicates: %1 (the first %2 are listed)</source>
        <translation>Wahrscheinliche Dubletten: %1 (die ersten %2 sind aufgeführt)</translation>
    </message>
    <message numerus="yes">
        <source>%1 … (%n rows)</source>
        <translation>
            <numerusform>%1 … (%n Zeile)</numerusform>
            <numerusform>%1 … (%n Zeilen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
… (%n customers)</source>
        <translation>
            <numerusform>%1
… (%n Kunde)</numerusform>
            <numerusform>%1
… (%n Kunden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Jede Zeile wird geprüft…</translation>
    </message>
</context>
<context>
    <name>rentdesk::LineDialog</name>
    <message>
        <source>Edit line – %1, %2</source>
        <translation>Position bearbeiten – %1, %2</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Scan or type another object&apos;s barcode to swap the object</source>
        <translation>Barcode eines anderen Objekts scannen oder eingeben, um das Objekt zu tauschen</translation>
    </message>
    <message>
        <source>&amp;Object (barcode):</source>
        <translation>&amp;Objekt (Barcode):</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Menge:</translation>
    </message>
    <message>
        <source>Agreed &amp;price:</source>
        <translation>Vereinbarter &amp;Preis:</translation>
    </message>
    <message>
        <source>agreed by hand</source>
        <translation>von Hand vereinbart</translation>
    </message>
    <message>
        <source>Price rule:</source>
        <translation>Preisregel:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>No object has the barcode %1.</source>
        <translation>Kein Objekt hat den Barcode %1.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>„%1“ ist kein Betrag.</translation>
    </message>
    <message>
        <source>Money paid on this line</source>
        <translation>Auf diese Position gezahltes Geld</translation>
    </message>
    <message>
        <source>%1 was paid on this line beyond what it will cost. What becomes of it?</source>
        <translation>Auf diese Position wurden %1 mehr gezahlt, als sie kosten wird. Was soll damit geschehen?</translation>
    </message>
    <message>
        <source>Pay back in cash</source>
        <translation>Bar zurückzahlen</translation>
    </message>
    <message>
        <source>Pay back to the card</source>
        <translation>Auf die Karte zurückzahlen</translation>
    </message>
    <message>
        <source>Keep on the transaction</source>
        <translation>Auf dem Vorgang behalten</translation>
    </message>
    <message>
        <source>Only %1 is open elsewhere on the transaction, so the money can only go back.</source>
        <translation>Auf dem Vorgang ist sonst nur %1 offen, deshalb kann das Geld nur zurückgezahlt werden.</translation>
    </message>
</context>
<context>
    <name>rentdesk::MainWindow</name>
    <message>
        <source>RentDesk – Customers</source>
        <translation>RentDesk – Kunden</translation>
    </message>
    <message>
        <source>Search by name, number, e-mail, phone, street, postcode or city (Ctrl+F)</source>
        <translation>Suche nach Name, Nummer, E-Mail, Telefon, Straße, PLZ oder Ort (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Neuer Kunde…</translation>
    </message>
    <message>
        <source>&amp;Open card</source>
        <translation>Kundenkarte ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Kunden</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About RentDesk</source>
        <translation>Ü&amp;ber RentDesk</translation>
    </message>
    <message>
        <source>Recently opened customers</source>
        <translation>Zuletzt geöffnete Kunden</translation>
    </message>
    <message>
        <source>Type to search for a customer.</source>
        <translation>Tippen Sie, um nach einem Kunden zu suchen.</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>Kein Kunde passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found</source>
        <translation>
            <numerusform>%n Kunde gefunden</numerusform>
            <numerusform>%n Kunden gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source> – showing the best %1; type more to narrow down</source>
        <translation> – die besten %1 werden angezeigt; tippen Sie weiter, um einzugrenzen</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) in the store</source>
        <translation>
            <numerusform>%n Kunde in der Datenbank</numerusform>
            <numerusform>%n Kunden in der Datenbank</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Set up &amp;server…</source>
        <translation>&amp;Server einrichten…</translation>
    </message>
    <message>
        <source>&amp;Refused changes…</source>
        <translation>&amp;Abgelehnte Änderungen…</translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation>Kunden &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export customer list…</source>
        <translation>Kundenliste &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export customer list</source>
        <translation>Kundenliste exportieren</translation>
    </message>
    <message>
        <source>customers.csv</source>
        <translation>kunden.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) written to %1</source>
        <translation>
            <numerusform>%n Kunde nach %1 geschrieben</numerusform>
            <numerusform>%n Kunden nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Only &amp;blocked</source>
        <translation>Nur &amp;gesperrte</translation>
    </message>
    <message>
        <source>List only the customers who are blocked today</source>
        <translation>Nur die Kunden auflisten, die heute gesperrt sind</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Arbeitsplatz</translation>
    </message>
    <message>
        <source>&amp;Lock / switch staff member</source>
        <translation>&amp;Sperren / Mitarbeiter wechseln</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>No customer is blocked.</source>
        <translation>Kein Kunde ist gesperrt.</translation>
    </message>
    <message numerus="yes">
        <source>%n blocked customer(s)</source>
        <translation>
            <numerusform>%n gesperrter Kunde</numerusform>
            <numerusform>%n gesperrte Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source> – showing the first %1; type to narrow down</source>
        <translation> – die ersten %1 werden angezeigt; tippen Sie, um einzugrenzen</translation>
    </message>
    <message>
        <source>No blocked customer matches “%1”.</source>
        <translation>Kein gesperrter Kunde passt zu „%1“.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>rentdesk::MasterDataDelegate</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>rentdesk::MasterDataModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
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
        <translation>(kein Vorgang)</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Oldest due</source>
        <translation>Älteste Fälligkeit</translation>
    </message>
</context>
<context>
    <name>rentdesk::OpenPaymentsModel</name>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
</context>
<context>
    <name>rentdesk::Password</name>
    <message>
        <source>Enter a password.</source>
        <translation>Geben Sie ein Passwort ein.</translation>
    </message>
    <message>
        <source>At most 128 characters.</source>
        <translation>Höchstens 128 Zeichen.</translation>
    </message>
    <message>
        <source>The password has a control character.</source>
        <translation>Das Passwort enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>At least 10 characters.</source>
        <translation>Mindestens 10 Zeichen.</translation>
    </message>
    <message>
        <source>The password contains a common word or row of keys (such as “password” or “123456”).</source>
        <translation>Das Passwort enthält ein häufiges Wort oder eine Tastenreihe (wie „passwort“ oder „123456“).</translation>
    </message>
    <message>
        <source>The password contains the login name.</source>
        <translation>Das Passwort enthält den Anmeldenamen.</translation>
    </message>
    <message>
        <source>Mix three of: small letters, capitals, digits, other characters; or use 16 characters or more.</source>
        <translation>Mischen Sie drei davon: Kleinbuchstaben, Großbuchstaben, Ziffern, andere Zeichen; oder nehmen Sie 16 Zeichen und mehr.</translation>
    </message>
    <message>
        <source>One character repeated is too easy to guess.</source>
        <translation>Ein wiederholtes Zeichen ist zu leicht zu erraten.</translation>
    </message>
</context>
<context>
    <name>rentdesk::PasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>Neues Passwort für %1</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Show the password</source>
        <translation>Passwort &amp;anzeigen</translation>
    </message>
    <message>
        <source>At least 10 characters with three kinds of characters, or 16 characters or more.</source>
        <translation>Mindestens 10 Zeichen aus drei Zeichenarten, oder 16 Zeichen und mehr.</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation>Stark genug.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter unterscheiden sich.</translation>
    </message>
    <message>
        <source>The customer signs in to the online booking with this password. Only a protected form of it is kept; nobody can read it back. To let the customer choose one, use “Delete and invite again” instead.</source>
        <translation>Mit diesem Passwort meldet sich der Kunde bei der Online-Buchung an. Gespeichert wird nur eine geschützte Form davon; niemand kann es zurücklesen. Soll der Kunde selbst eines wählen, nutzen Sie stattdessen „Löschen und erneut einladen“.</translation>
    </message>
</context>
<context>
    <name>rentdesk::Payment</name>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Gutschein</translation>
    </message>
    <message>
        <source>moved within the transaction</source>
        <translation>innerhalb des Vorgangs umgebucht</translation>
    </message>
</context>
<context>
    <name>rentdesk::PaymentDialog</name>
    <message>
        <source>Take a payment – %1</source>
        <translation>Zahlung annehmen – %1</translation>
    </message>
    <message>
        <source>What is paid for:</source>
        <translation>Wofür gezahlt wird:</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Oldest due</source>
        <translation>Älteste Fälligkeit</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>(no transaction)</source>
        <translation>(ohne Vorgang)</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>&amp;Paid by:</source>
        <translation>&amp;Bezahlt per:</translation>
    </message>
    <message>
        <source>%1 (%2 left)</source>
        <translation>%1 (%2 übrig)</translation>
    </message>
    <message>
        <source>&amp;Voucher:</source>
        <translation>&amp;Gutschein:</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>Zahlung annehmen</translation>
    </message>
    <message>
        <source>Open on what is ticked: %1</source>
        <translation>Offen auf dem Angehakten: %1</translation>
    </message>
    <message>
        <source>Tick what the payment is for.</source>
        <translation>Haken Sie an, wofür gezahlt wird.</translation>
    </message>
    <message>
        <source>Enter the amount paid, e.g. %1.</source>
        <translation>Geben Sie den gezahlten Betrag ein, z. B. %1.</translation>
    </message>
</context>
<context>
    <name>rentdesk::Permission</name>
    <message>
        <source>May send requests</source>
        <translation>Darf Anfragen senden</translation>
    </message>
    <message>
        <source>May reserve</source>
        <translation>Darf reservieren</translation>
    </message>
    <message>
        <source>May book</source>
        <translation>Darf buchen</translation>
    </message>
    <message>
        <source>May pay on invoice</source>
        <translation>Darf auf Rechnung zahlen</translation>
    </message>
    <message>
        <source>May redeem vouchers</source>
        <translation>Darf Gutscheine einlösen</translation>
    </message>
    <message>
        <source>May book without deposit</source>
        <translation>Darf ohne Kaution buchen</translation>
    </message>
    <message>
        <source>May see group prices</source>
        <translation>Darf Gruppenpreise sehen</translation>
    </message>
</context>
<context>
    <name>rentdesk::PermissionsModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>customer group</source>
        <translation>Kundengruppe</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Festgelegt durch</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>individuell</translation>
    </message>
</context>
<context>
    <name>rentdesk::PermissionsPanel</name>
    <message>
        <source>&amp;Allow</source>
        <translation>&amp;Erlauben</translation>
    </message>
    <message>
        <source>Allow this for the customer, whatever the group or the default says</source>
        <translation>Dem Kunden dies erlauben, gleich was Gruppe oder Voreinstellung sagen</translation>
    </message>
    <message>
        <source>&amp;Forbid</source>
        <translation>&amp;Verbieten</translation>
    </message>
    <message>
        <source>Forbid this for the customer, whatever the group or the default says</source>
        <translation>Dem Kunden dies verbieten, gleich was Gruppe oder Voreinstellung sagen</translation>
    </message>
    <message>
        <source>As &amp;inherited</source>
        <translation>Wie &amp;geerbt</translation>
    </message>
    <message>
        <source>Take the customer&apos;s own setting back: the customer group&apos;s or the default applies again</source>
        <translation>Die eigene Einstellung des Kunden zurücknehmen: Es gilt wieder, was Kundengruppe oder Voreinstellung sagen</translation>
    </message>
    <message>
        <source>Change permission</source>
        <translation>Berechtigung ändern</translation>
    </message>
</context>
<context>
    <name>rentdesk::PriceListDialog</name>
    <message>
        <source>New price list</source>
        <translation>Neue Preisliste</translation>
    </message>
    <message>
        <source>A new season&apos;s prices: from its first day on, new lines are priced by it. Its prices start as a copy of another list and are changed in the catalogue.</source>
        <translation>Die Preise einer neuen Saison: Ab ihrem ersten Tag werden neue Positionen nach ihr berechnet. Ihre Preise beginnen als Kopie einer anderen Liste und werden im Sortiment geändert.</translation>
    </message>
    <message>
        <source>e.g. Winter %1/%2</source>
        <translation>z. B. Winter %1/%2</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Valid from:</source>
        <translation>&amp;Gültig ab:</translation>
    </message>
    <message>
        <source>no prices (start empty)</source>
        <translation>keine Preise (leer beginnen)</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (ab %2)</translation>
    </message>
    <message>
        <source>&amp;Copy prices from:</source>
        <translation>Preise &amp;kopieren aus:</translation>
    </message>
</context>
<context>
    <name>rentdesk::RejectionsDialog</name>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Customer changed</source>
        <translation>Kunde geändert</translation>
    </message>
    <message>
        <source>Customer deleted</source>
        <translation>Kunde gelöscht</translation>
    </message>
    <message>
        <source>Conflict decided</source>
        <translation>Konflikt entschieden</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>Neuer Mitarbeiter</translation>
    </message>
    <message>
        <source>Document added</source>
        <translation>Dokument hinzugefügt</translation>
    </message>
    <message>
        <source>Payment taken</source>
        <translation>Zahlung angenommen</translation>
    </message>
    <message>
        <source>Changes refused by the server</source>
        <translation>Vom Server abgelehnte Änderungen</translation>
    </message>
    <message>
        <source>The server refused these changes of this desk for good; the desk shows the server&apos;s data again. If a change still matters, make it again.</source>
        <translation>Der Server hat diese Änderungen dieses Arbeitsplatzes endgültig abgelehnt; der Arbeitsplatz zeigt wieder die Daten des Servers. Wenn eine Änderung noch wichtig ist, nehmen Sie sie erneut vor.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Mark as seen</source>
        <translation>Als gesehen markieren</translation>
    </message>
</context>
<context>
    <name>rentdesk::RentalObjectDialog</name>
    <message>
        <source>New rental object</source>
        <translation>Neues Mietobjekt</translation>
    </message>
    <message>
        <source>Rental object – %1</source>
        <translation>Mietobjekt – %1</translation>
    </message>
    <message>
        <source>scan or type</source>
        <translation>scannen oder eintippen</translation>
    </message>
    <message>
        <source>rented (set by its return)</source>
        <translation>vermietet (die Rückgabe ändert das)</translation>
    </message>
    <message>
        <source>available</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <source>in repair</source>
        <translation>in Reparatur</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>ausgemustert</translation>
    </message>
    <message>
        <source>as the article</source>
        <translation>wie der Artikel</translation>
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
        <translation>&amp;Zustand:</translation>
    </message>
    <message>
        <source>&amp;Deposit:</source>
        <translation>&amp;Kaution:</translation>
    </message>
    <message>
        <source>Enter the deposit as an amount, or leave it empty for the article&apos;s deposit.</source>
        <translation>Geben Sie die Kaution als Betrag ein, oder lassen Sie das Feld für die Kaution des Artikels leer.</translation>
    </message>
</context>
<context>
    <name>rentdesk::RentalPaper</name>
    <message>
        <source>Rent</source>
        <translation>Miete</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Kaution</translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation>Verspätungsgebühr</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Schaden</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Gutschein</translation>
    </message>
    <message>
        <source>Moved to another transaction</source>
        <translation>Auf einen anderen Vorgang übertragen</translation>
    </message>
    <message>
        <source>including %1 % VAT</source>
        <translation>inkl. %1 % MwSt.</translation>
    </message>
    <message>
        <source>VAT ID: %1</source>
        <translation>USt-IdNr.: %1</translation>
    </message>
    <message>
        <source>Customer no. %1</source>
        <translation>Kundennummer %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>For the business: %1</source>
        <translation>Für den Verleih: %1</translation>
    </message>
    <message>
        <source>Rental contract</source>
        <translation>Mietvertrag</translation>
    </message>
    <message>
        <source>Rental period: %1 until %2</source>
        <translation>Mietzeit: %1 bis %2</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Still to pay</source>
        <translation>Noch zu zahlen</translation>
    </message>
    <message>
        <source>The customer receives the objects above in good condition and returns them by the time given. A later return is charged by the price list; damage and loss are charged at cost. The deposit is paid back at the return, less what is then due.</source>
        <translation>Der Kunde erhält die oben genannten Objekte in gutem Zustand und gibt sie bis zum angegebenen Zeitpunkt zurück. Eine spätere Rückgabe wird nach Preisliste berechnet; Schäden und Verlust werden zum Kostenpreis berechnet. Die Kaution wird bei der Rückgabe erstattet, abzüglich dessen, was dann fällig ist.</translation>
    </message>
    <message>
        <source>Return receipt</source>
        <translation>Rückgabebeleg</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Zurückgegeben</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>beschädigt</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <source>Objects still rented: %1</source>
        <translation>Noch gemietet: %1</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>paid back: %1</source>
        <translation>zurückgezahlt: %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Gedruckt %1</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>Das PDF konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>The business&apos;s name and address are not set yet. A manager enters them in Desk → Settings → Business.</source>
        <translation>Name und Anschrift des Verleihs fehlen noch. Eine Leitung trägt sie unter Arbeitsplatz → Einstellungen → Verleih ein.</translation>
    </message>
    <message>
        <source>%1 for %2: print it, or save it as PDF?</source>
        <translation>%1 für %2: drucken oder als PDF speichern?</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als P&amp;DF speichern…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>rentdesk::RentedObjectsModel</name>
    <message>
        <source>Overdue since %1</source>
        <translation>Überfällig seit %1</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
</context>
<context>
    <name>rentdesk::RentedObjectsPanel</name>
    <message>
        <source>&amp;Edit line…</source>
        <translation>Position &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Period, object, quantity, agreed price and note (F2)</source>
        <translation>Zeitraum, Objekt, Menge, vereinbarter Preis und Notiz (F2)</translation>
    </message>
    <message>
        <source>Reload &amp;price…</source>
        <translation>&amp;Preis neu laden…</translation>
    </message>
    <message>
        <source>Price the line again from today&apos;s price list (F5)</source>
        <translation>Position nach der heutigen Preisliste neu berechnen (F5)</translation>
    </message>
    <message>
        <source>&amp;Delete line…</source>
        <translation>Position &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>Rü&amp;ckgabe…</translation>
    </message>
    <message>
        <source>Check the selected objects in (Enter)</source>
        <translation>Die ausgewählten Objekte zurücknehmen (Eingabetaste)</translation>
    </message>
    <message>
        <source>The line is changed.</source>
        <translation>Die Position ist geändert.</translation>
    </message>
    <message>
        <source>Reload price</source>
        <translation>Preis neu laden</translation>
    </message>
    <message>
        <source>The price of %1 (%2) was agreed by hand. Reloading replaces it with the price list&apos;s. Go on?</source>
        <translation>Der Preis von %1 (%2) wurde von Hand vereinbart. Neu laden ersetzt ihn durch den Preis der Preisliste. Fortfahren?</translation>
    </message>
    <message>
        <source>%1, %2 until %3</source>
        <translation>%1, %2 bis %3</translation>
    </message>
    <message>
        <source>Now: %1 (%2)
From today&apos;s price list: %3 (%4)</source>
        <translation>Jetzt: %1 (%2)
Nach der heutigen Preisliste: %3 (%4)</translation>
    </message>
    <message>
        <source>agreed by hand</source>
        <translation>von Hand vereinbart</translation>
    </message>
    <message>
        <source>Apply new price</source>
        <translation>Neuen Preis übernehmen</translation>
    </message>
    <message>
        <source>Keep old price</source>
        <translation>Alten Preis behalten</translation>
    </message>
    <message>
        <source>The new price applies.</source>
        <translation>Der neue Preis gilt.</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>Position löschen</translation>
    </message>
    <message>
        <source>Remove %1 from %2? Its rent and deposit are no longer due.</source>
        <translation>%1 aus %2 entfernen? Miete und Kaution dafür sind dann nicht mehr fällig.</translation>
    </message>
    <message>
        <source>The line is deleted.</source>
        <translation>Die Position ist gelöscht.</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Rückgabe</translation>
    </message>
    <message>
        <source>Nothing is out with this customer.</source>
        <translation>Dieser Kunde hat nichts ausgeliehen.</translation>
    </message>
    <message>
        <source>Checked in.</source>
        <translation>Zurückgenommen.</translation>
    </message>
</context>
<context>
    <name>rentdesk::ReturnDialog</name>
    <message>
        <source>Return – %1</source>
        <translation>Rückgabe – %1</translation>
    </message>
    <message>
        <source>Returned &amp;at:</source>
        <translation>Zurückgegeben &amp;am:</translation>
    </message>
    <message>
        <source>Scan a barcode to tick its object</source>
        <translation>Barcode scannen, um sein Objekt anzuhaken</translation>
    </message>
    <message>
        <source>&amp;Scan:</source>
        <translation>&amp;Scannen:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation>Verspätungsgebühr</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Damage note</source>
        <translation>Schadensnotiz</translation>
    </message>
    <message>
        <source>Damage cost</source>
        <translation>Schadenskosten</translation>
    </message>
    <message>
        <source>Deposit &amp;kept:</source>
        <translation>Einbehaltene &amp;Kaution:</translation>
    </message>
    <message>
        <source>Why part of the deposit is kept</source>
        <translation>Warum ein Teil der Kaution einbehalten wird</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>A paid deposit goes back &amp;by:</source>
        <translation>Gezahlte Kaution geht zurück &amp;per:</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Zurücknehmen</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Strg+Eingabetaste</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 is not out with this customer.</source>
        <translation>%1 ist bei diesem Kunden nicht ausgeliehen.</translation>
    </message>
    <message>
        <source>The kept deposit &quot;%1&quot; is not an amount.</source>
        <translation>Die einbehaltene Kaution „%1“ ist kein Betrag.</translation>
    </message>
    <message>
        <source>%1: the late fee &quot;%2&quot; is not an amount.</source>
        <translation>%1: Die Verspätungsgebühr „%2“ ist kein Betrag.</translation>
    </message>
    <message>
        <source>%1: the damage cost &quot;%2&quot; is not an amount.</source>
        <translation>%1: Die Schadenskosten „%2“ sind kein Betrag.</translation>
    </message>
    <message>
        <source>%1: a damage cost needs the object marked damaged.</source>
        <translation>%1: Für Schadenskosten muss das Objekt als beschädigt markiert sein.</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) back · late fees %1 · damages %2 · deposit released %3 of %4</source>
        <translation>
            <numerusform>%n Objekt zurück · Verspätungsgebühren %1 · Schäden %2 · Kaution freigegeben %3 von %4</numerusform>
            <numerusform>%n Objekte zurück · Verspätungsgebühren %1 · Schäden %2 · Kaution freigegeben %3 von %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Take &amp;payment of what is then open, by</source>
        <translation>&amp;Zahlung des dann Offenen annehmen, per</translation>
    </message>
    <message>
        <source>Print the &amp;receipt or save it as PDF afterwards</source>
        <translation>Danach den &amp;Beleg drucken oder als PDF speichern</translation>
    </message>
</context>
<context>
    <name>rentdesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Everyone who works at the counter signs in with their own profile; every change is recorded under their name. Profiles reach every desk with the next sync.</source>
        <translation>Alle, die an der Theke arbeiten, melden sich mit ihrem eigenen Profil an; jede Änderung wird unter ihrem Namen festgehalten. Profile erreichen mit der nächsten Synchronisation jeden Arbeitsplatz.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>&amp;Mitarbeiter</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>A locked desk covers every window until someone signs in with their PIN. Lock by hand with Ctrl+L.</source>
        <translation>Ein gesperrter Arbeitsplatz verdeckt jedes Fenster, bis sich jemand mit seiner PIN anmeldet. Von Hand sperren mit Strg+L.</translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation>Die Einstellung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>This &amp;desk</source>
        <translation>Dieser &amp;Arbeitsplatz</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Remove staff member</source>
        <translation>Mitarbeiter entfernen</translation>
    </message>
    <message>
        <source>Remove the profile of %1? They can no longer sign in; what they did stays recorded under their name.</source>
        <translation>Das Profil von %1 entfernen? Die Person kann sich nicht mehr anmelden; was sie getan hat, bleibt unter ihrem Namen festgehalten.</translation>
    </message>
    <message>
        <source>Lock the desk after it was &amp;idle for:</source>
        <translation>Arbeitsplatz sperren, wenn er so lange &amp;unbenutzt war:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>&amp;Largest document that can be added:</source>
        <translation>&amp;Größtes Dokument, das hinzugefügt werden kann:</translation>
    </message>
    <message>
        <source>&amp;Business</source>
        <translation>&amp;Verleih</translation>
    </message>
    <message>
        <source>The contract at hand-out and the receipt at return are headed with these details of this location.</source>
        <translation>Der Mietvertrag bei der Übergabe und der Beleg bei der Rückgabe tragen diese Angaben dieses Standorts im Kopf.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Anschrift:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;VAT ID:</source>
        <translation>&amp;USt-IdNr.:</translation>
    </message>
    <message>
        <source>&amp;Save business details</source>
        <translation>Angaben &amp;speichern</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>Sor&amp;timent</translation>
    </message>
    <message>
        <source>Default &amp;permissions</source>
        <translation>Standard-Be&amp;rechtigungen</translation>
    </message>
    <message>
        <source>Customer &amp;groups</source>
        <translation>Kunden&amp;gruppen</translation>
    </message>
</context>
<context>
    <name>rentdesk::SignInDialog</name>
    <message>
        <source>RentDesk – locked</source>
        <translation>RentDesk – gesperrt</translation>
    </message>
    <message>
        <source>RentDesk – sign in</source>
        <translation>RentDesk – Anmeldung</translation>
    </message>
    <message>
        <source>The desk is locked</source>
        <translation>Der Arbeitsplatz ist gesperrt</translation>
    </message>
    <message>
        <source>Who is at the desk?</source>
        <translation>Wer ist am Arbeitsplatz?</translation>
    </message>
    <message>
        <source>Type the first letter of your name, then your PIN, then Enter.</source>
        <translation>Tippen Sie den ersten Buchstaben Ihres Namens, dann Ihre PIN, dann Enter.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no PIN yet</source>
        <translation>noch keine PIN</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>&amp;Quit RentDesk</source>
        <translation>RentDesk &amp;beenden</translation>
    </message>
    <message>
        <source>Pick your name in the list.</source>
        <translation>Wählen Sie Ihren Namen in der Liste.</translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <translation>Tippen Sie Ihre PIN.</translation>
    </message>
</context>
<context>
    <name>rentdesk::Staff</name>
    <message>
        <source>Manager</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Theke</translation>
    </message>
    <message>
        <source>Enter a PIN.</source>
        <translation>Geben Sie eine PIN ein.</translation>
    </message>
    <message>
        <source>A PIN has digits only (0 to 9).</source>
        <translation>Eine PIN besteht nur aus Ziffern (0 bis 9).</translation>
    </message>
    <message>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>Eine PIN hat 4 bis 12 Ziffern.</translation>
    </message>
    <message>
        <source>A PIN of one digit repeated is too easy to guess.</source>
        <translation>Eine PIN aus lauter gleichen Ziffern ist zu leicht zu erraten.</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>Geben Sie den Namen ein.</translation>
    </message>
    <message>
        <source>At most 80 characters.</source>
        <translation>Höchstens 80 Zeichen.</translation>
    </message>
    <message>
        <source>The name has an invisible or control character.</source>
        <translation>Der Name enthält ein unsichtbares Zeichen oder ein Steuerzeichen.</translation>
    </message>
</context>
<context>
    <name>rentdesk::StaffDialog</name>
    <message>
        <source>RentDesk – set up the first manager</source>
        <translation>RentDesk – erste Leitung einrichten</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>Neuer Mitarbeiter</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Nobody can sign in at this desk yet. Make the first profile: a manager, who can then add colleagues in the settings. Everything done at the desk is recorded under the name of the person signed in.</source>
        <translation>An diesem Arbeitsplatz kann sich noch niemand anmelden. Legen Sie das erste Profil an: eine Leitung, die dann in den Einstellungen Kolleginnen und Kollegen hinzufügt. Alles, was am Arbeitsplatz geschieht, wird unter dem Namen der angemeldeten Person festgehalten.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Managers change staff, settings and permissions; soon also delete, merge and export customers.</source>
        <translation>Die Leitung ändert Mitarbeiter, Einstellungen und Berechtigungen; bald auch Kunden löschen, zusammenführen und exportieren.</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>leave empty to keep the PIN</source>
        <translation>leer lassen, um die PIN zu behalten</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>4 bis 12 Ziffern</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>PIN &amp;wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Quit RentDesk</source>
        <translation>RentDesk &amp;beenden</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>Die beiden PINs unterscheiden sich. Tippen Sie zweimal dieselbe PIN.</translation>
    </message>
</context>
<context>
    <name>rentdesk::Store</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer RentDesk (schema %2; this one knows up to %3). Please update RentDesk.</source>
        <translation>%1 wurde von einer neueren RentDesk-Version geschrieben (Schema %2; diese Version kennt bis Schema %3). Bitte aktualisieren Sie RentDesk.</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>%1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the desk identity: %1</source>
        <translation>Die Kennung des Arbeitsplatzes kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>Die Änderung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>This customer group does not exist.</source>
        <translation>Diese Kundengruppe gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot upgrade %1; the file was left as it was. The details are in the log.</source>
        <translation>%1 kann nicht aktualisiert werden; die Datei blieb unverändert. Die Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>The store is not open for changes.</source>
        <translation>Die Datenbank ist nicht für Änderungen geöffnet.</translation>
    </message>
    <message>
        <source>The change could not be saved (interrupted at %1).</source>
        <translation>Die Änderung konnte nicht gespeichert werden (abgebrochen bei %1).</translation>
    </message>
    <message>
        <source>The server sent a kind of data this RentDesk does not know (%1). Please update RentDesk.</source>
        <translation>Der Server hat Daten einer Art gesendet, die diese RentDesk-Version nicht kennt (%1). Bitte aktualisieren Sie RentDesk.</translation>
    </message>
    <message>
        <source>The server&apos;s changes could not be saved.</source>
        <translation>Die Änderungen vom Server konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>No customer number could be assigned. %1</source>
        <translation>Es konnte keine Kundennummer vergeben werden. %1</translation>
    </message>
    <message>
        <source>This customer no longer exists; it may have been deleted at another desk.</source>
        <translation>Diesen Kunden gibt es nicht mehr; er wurde vielleicht an einem anderen Arbeitsplatz gelöscht.</translation>
    </message>
    <message>
        <source>The store is busy: another program is writing to it. Please try again in a moment.</source>
        <translation>Die Datenbank ist belegt: Ein anderes Programm schreibt gerade. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The store cannot be written: the file or its folder is read-only.</source>
        <translation>Die Datenbank kann nicht beschrieben werden: Die Datei oder ihr Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>Der Datenträger ist voll: Es wurde nichts gespeichert. Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The store file could not be read or written (a disk or file problem). Nothing was saved; the details are in the log.</source>
        <translation>Die Datenbankdatei konnte nicht gelesen oder geschrieben werden (ein Datenträger- oder Dateiproblem). Es wurde nichts gespeichert; die Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>The change contradicts data in the store (for example a reference to something that no longer exists). Nothing was saved.</source>
        <translation>Die Änderung widerspricht Daten in der Datenbank (zum Beispiel ein Verweis auf etwas, das es nicht mehr gibt). Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The store could not carry out the change. Nothing was saved; the details are in the log.</source>
        <translation>Die Datenbank konnte die Änderung nicht ausführen. Es wurde nichts gespeichert; die Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>This entry cannot be changed; a correction is a new entry.</source>
        <translation>Dieser Eintrag kann nicht geändert werden; eine Korrektur ist ein neuer Eintrag.</translation>
    </message>
    <message>
        <source>This entry no longer exists; it may have been deleted at another desk.</source>
        <translation>Diesen Eintrag gibt es nicht mehr; er wurde vielleicht an einem anderen Arbeitsplatz gelöscht.</translation>
    </message>
    <message>
        <source>This entry cannot be deleted; a correction is a new entry.</source>
        <translation>Dieser Eintrag kann nicht gelöscht werden; eine Korrektur ist ein neuer Eintrag.</translation>
    </message>
    <message>
        <source>The desk&apos;s data could not be copied to %1: %2</source>
        <translation>Die Daten des Arbeitsplatzes konnten nicht nach %1 kopiert werden: %2</translation>
    </message>
    <message>
        <source>This conflict was decided already, maybe at another desk.</source>
        <translation>Dieser Konflikt wurde schon entschieden, vielleicht an einem anderen Arbeitsplatz.</translation>
    </message>
    <message>
        <source>This conflict can only be acknowledged.</source>
        <translation>Dieser Konflikt kann nur zur Kenntnis genommen werden.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>Abgebrochen: Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Only a manager can do this. Sign in as a manager (Ctrl+L) and try again.</source>
        <translation>Das darf nur die Leitung. Melden Sie sich als Leitung an (Strg+L) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The first profile must be a manager&apos;s, who then adds the others.</source>
        <translation>Das erste Profil muss das einer Leitung sein, die dann die anderen hinzufügt.</translation>
    </message>
    <message>
        <source>The PIN could not be protected (not enough memory). Nothing was saved.</source>
        <translation>Die PIN konnte nicht geschützt werden (zu wenig Speicher). Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>This profile no longer exists; it may have been removed at another desk.</source>
        <translation>Dieses Profil gibt es nicht mehr; es wurde vielleicht an einem anderen Arbeitsplatz entfernt.</translation>
    </message>
    <message>
        <source>This is the only manager: make someone else a manager first.</source>
        <translation>Dies ist die einzige Leitung: Machen Sie zuerst jemand anderen zur Leitung.</translation>
    </message>
    <message>
        <source>You cannot remove your own profile while you are signed in with it.</source>
        <translation>Sie können Ihr eigenes Profil nicht entfernen, während Sie damit angemeldet sind.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs: %1 can try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele falsche PINs: %1 kann es in %n Sekunde wieder versuchen.</numerusform>
            <numerusform>Zu viele falsche PINs: %1 kann es in %n Sekunden wieder versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no PIN yet: a manager sets it in the settings.</source>
        <translation>%1 hat noch keine PIN: Die Leitung setzt sie in den Einstellungen.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN, %n times in a row: %1 is locked for a minute.</source>
        <translation>
            <numerusform>Falsche PIN, %n-mal hintereinander: %1 ist für eine Minute gesperrt.</numerusform>
            <numerusform>Falsche PIN, %n-mal hintereinander: %1 ist für eine Minute gesperrt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more try(s) before the profile is locked for a minute.</source>
        <translation>
            <numerusform>Falsche PIN. Noch %n Versuch, dann ist das Profil für eine Minute gesperrt.</numerusform>
            <numerusform>Falsche PIN. Noch %n Versuche, dann ist das Profil für eine Minute gesperrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in could not be recorded: %1</source>
        <translation>Die Anmeldung konnte nicht festgehalten werden: %1</translation>
    </message>
    <message>
        <source>Say why the customer is blocked; colleagues read it on the card.</source>
        <translation>Geben Sie an, warum der Kunde gesperrt wird; die Kollegen lesen es auf der Kundenkarte.</translation>
    </message>
    <message>
        <source>At most 500 characters.</source>
        <translation>Höchstens 500 Zeichen.</translation>
    </message>
    <message>
        <source>The end of the block is in the past; pick today or a later day, or no end.</source>
        <translation>Das Ende der Sperre liegt in der Vergangenheit; wählen Sie heute oder einen späteren Tag, oder kein Ende.</translation>
    </message>
    <message>
        <source>This access no longer exists; it may have been deleted at another desk.</source>
        <translation>Diesen Zugang gibt es nicht mehr; er wurde vielleicht an einem anderen Arbeitsplatz gelöscht.</translation>
    </message>
    <message>
        <source>An invitation needs a valid e-mail address.</source>
        <translation>Eine Einladung braucht eine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>%1 is already the login of an online access.</source>
        <translation>%1 ist schon der Anmeldename eines Online-Zugangs.</translation>
    </message>
    <message>
        <source>The password could not be protected (not enough memory). Nothing was saved.</source>
        <translation>Das Passwort konnte nicht geschützt werden (zu wenig Speicher). Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>At most 200 characters.</source>
        <translation>Höchstens 200 Zeichen.</translation>
    </message>
    <message>
        <source>This is not a file name.</source>
        <translation>Das ist kein Dateiname.</translation>
    </message>
    <message>
        <source>A name cannot contain / \ : or control characters.</source>
        <translation>Ein Name darf weder / \ : noch Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>%1 is not there (any more).</source>
        <translation>%1 ist nicht (mehr) vorhanden.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>%1 is %2; files up to %3 MB can be added (a manager can change this in the settings).</source>
        <translation>%1 ist %2 groß; Dateien bis %3 MB können hinzugefügt werden (die Leitung kann das in den Einstellungen ändern).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be made.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The file cannot be copied into the data folder: %1</source>
        <translation>Die Datei kann nicht in den Datenordner kopiert werden: %1</translation>
    </message>
    <message>
        <source>%1 could not be read to the end: %2</source>
        <translation>%1 konnte nicht bis zum Ende gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 grew past %2 MB while it was read; it was not added.</source>
        <translation>%1 ist beim Lesen über %2 MB gewachsen; die Datei wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>The file cannot be stored in the data folder.</source>
        <translation>Die Datei kann nicht im Datenordner abgelegt werden.</translation>
    </message>
    <message>
        <source>This document no longer exists; it may have been removed at another desk.</source>
        <translation>Dieses Dokument gibt es nicht mehr; es wurde vielleicht an einem anderen Arbeitsplatz entfernt.</translation>
    </message>
    <message>
        <source>This object no longer exists.</source>
        <translation>Dieses Objekt gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>%1 is retired and is not rented out any more.</source>
        <translation>%1 ist ausgemustert und wird nicht mehr verliehen.</translation>
    </message>
    <message>
        <source>%1 is in repair.</source>
        <translation>%1 ist in Reparatur.</translation>
    </message>
    <message>
        <source>Whether %1 is free could not be read.</source>
        <translation>Ob %1 frei ist, konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is out with %2 (%3, due %4).</source>
        <translation>%1 ist bei %2 ausgeliehen (%3, fällig %4).</translation>
    </message>
    <message>
        <source>%1 is booked by %2 (%3) until %4.</source>
        <translation>%1 ist von %2 gebucht (%3) bis %4.</translation>
    </message>
    <message>
        <source>%1 is reserved for %2 (%3) until %4.</source>
        <translation>%1 ist für %2 reserviert (%3) bis %4.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>%1 has no price in a price list valid on %2.</source>
        <translation>%1 hat keinen Preis in einer Preisliste, die am %2 gilt.</translation>
    </message>
    <message>
        <source>Add at least one object.</source>
        <translation>Fügen Sie mindestens ein Objekt hinzu.</translation>
    </message>
    <message>
        <source>The period ends before it starts; check the return time.</source>
        <translation>Der Zeitraum endet, bevor er beginnt; prüfen Sie die Rückgabezeit.</translation>
    </message>
    <message>
        <source>No transaction number could be assigned. %1</source>
        <translation>Es konnte keine Vorgangsnummer vergeben werden. %1</translation>
    </message>
    <message>
        <source>Rent %1, %2</source>
        <translation>Miete %1, %2</translation>
    </message>
    <message>
        <source>Deposit %1, %2</source>
        <translation>Kaution %1, %2</translation>
    </message>
    <message>
        <source>Tick the objects that come back.</source>
        <translation>Haken Sie die Objekte an, die zurückkommen.</translation>
    </message>
    <message>
        <source>The return time is in the future; objects come back now or earlier.</source>
        <translation>Die Rückgabezeit liegt in der Zukunft; Objekte kommen jetzt oder früher zurück.</translation>
    </message>
    <message>
        <source>The kept deposit cannot be negative.</source>
        <translation>Die einbehaltene Kaution kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>Say why part of the deposit is kept.</source>
        <translation>Geben Sie an, warum ein Teil der Kaution einbehalten wird.</translation>
    </message>
    <message>
        <source>A line of this return no longer exists; it may have been changed at another desk.</source>
        <translation>Eine Position dieser Rückgabe gibt es nicht mehr; sie wurde vielleicht an einem anderen Arbeitsplatz geändert.</translation>
    </message>
    <message>
        <source>An object of this return has come back already (perhaps at another desk).</source>
        <translation>Ein Objekt dieser Rückgabe ist schon zurück (vielleicht an einem anderen Arbeitsplatz).</translation>
    </message>
    <message>
        <source>Fees and costs cannot be negative.</source>
        <translation>Gebühren und Kosten können nicht negativ sein.</translation>
    </message>
    <message>
        <source>Late fee %1, %2</source>
        <translation>Verspätungsgebühr %1, %2</translation>
    </message>
    <message>
        <source>Damaged at return</source>
        <translation>Bei der Rückgabe beschädigt</translation>
    </message>
    <message>
        <source>Damage %1, %2</source>
        <translation>Schadensersatz %1, %2</translation>
    </message>
    <message>
        <source>More deposit is kept (%1) than these objects&apos; deposit (%2).</source>
        <translation>Es wird mehr Kaution einbehalten (%1) als die Kaution dieser Objekte (%2).</translation>
    </message>
    <message>
        <source>Deposit released, %1 kept: %2</source>
        <translation>Kaution freigegeben, %1 einbehalten: %2</translation>
    </message>
    <message>
        <source>Deposit released</source>
        <translation>Kaution freigegeben</translation>
    </message>
    <message>
        <source>Enter the amount paid.</source>
        <translation>Geben Sie den gezahlten Betrag ein.</translation>
    </message>
    <message>
        <source>Enter or scan the voucher&apos;s code.</source>
        <translation>Geben Sie den Code des Gutscheins ein oder scannen Sie ihn.</translation>
    </message>
    <message>
        <source>What is open could not be read.</source>
        <translation>Was offen ist, konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Nothing is open here (perhaps it was paid at another desk).</source>
        <translation>Hier ist nichts offen (vielleicht wurde an einem anderen Arbeitsplatz bezahlt).</translation>
    </message>
    <message>
        <source>%1 is more than is open (%2).</source>
        <translation>%1 ist mehr, als offen ist (%2).</translation>
    </message>
    <message>
        <source>There is no voucher %1.</source>
        <translation>Es gibt keinen Gutschein %1.</translation>
    </message>
    <message>
        <source>Voucher %1 expired on %2.</source>
        <translation>Gutschein %1 ist am %2 abgelaufen.</translation>
    </message>
    <message>
        <source>Voucher %1 has only %2 left.</source>
        <translation>Gutschein %1 hat nur noch %2.</translation>
    </message>
    <message>
        <source>Nothing else is open on this transaction for %1; it can only go back to the customer.</source>
        <translation>Auf diesem Vorgang ist für %1 nichts anderes offen; das Geld kann nur an den Kunden zurückgehen.</translation>
    </message>
    <message>
        <source>The quantity is at least 1.</source>
        <translation>Die Menge ist mindestens 1.</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>Der Preis kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>This line no longer exists; it may have been deleted at another desk.</source>
        <translation>Diese Position gibt es nicht mehr; sie wurde vielleicht an einem anderen Arbeitsplatz gelöscht.</translation>
    </message>
    <message>
        <source>This object has come back already; its line is kept as it was.</source>
        <translation>Dieses Objekt ist schon zurück; seine Position bleibt, wie sie war.</translation>
    </message>
    <message>
        <source>Rent changed %1, %2</source>
        <translation>Miete geändert %1, %2</translation>
    </message>
    <message>
        <source>Deposit changed %1, %2</source>
        <translation>Kaution geändert %1, %2</translation>
    </message>
    <message>
        <source>This line has no object to price.</source>
        <translation>Diese Position hat kein Objekt, das sich berechnen ließe.</translation>
    </message>
    <message>
        <source>Price reloaded %1, %2</source>
        <translation>Preis neu geladen %1, %2</translation>
    </message>
    <message>
        <source>This object has come back already; its line stays in the history.</source>
        <translation>Dieses Objekt ist schon zurück; seine Position bleibt im Verlauf.</translation>
    </message>
    <message>
        <source>Line deleted %1, %2</source>
        <translation>Position gelöscht %1, %2</translation>
    </message>
    <message>
        <source>This transaction no longer exists.</source>
        <translation>Diesen Vorgang gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>A transaction that is %1 cannot become %2.</source>
        <translation>Ein Vorgang im Status %1 kann nicht %2 werden.</translation>
    </message>
    <message>
        <source>The transaction was changed meanwhile (perhaps at another desk); look at it again.</source>
        <translation>Der Vorgang wurde inzwischen geändert (vielleicht an einem anderen Arbeitsplatz); sehen Sie ihn sich noch einmal an.</translation>
    </message>
    <message>
        <source>Cancelled %1, %2</source>
        <translation>Storniert %1, %2</translation>
    </message>
    <message>
        <source>%1 is still open on this transaction; it can be closed when it is paid.</source>
        <translation>Auf diesem Vorgang ist noch %1 offen; er kann abgeschlossen werden, wenn das bezahlt ist.</translation>
    </message>
    <message>
        <source>%1 is on this transaction twice.</source>
        <translation>%1 ist zweimal auf diesem Vorgang.</translation>
    </message>
    <message>
        <source>An object of this return was never handed out; only what is out comes back.</source>
        <translation>Ein Objekt dieser Rückgabe wurde nie übergeben; zurück kommt nur, was ausgeliehen ist.</translation>
    </message>
    <message>
        <source>Voucher %1 belongs to another customer.</source>
        <translation>Gutschein %1 gehört einem anderen Kunden.</translation>
    </message>
    <message>
        <source>The business needs a name: it heads every contract and receipt.</source>
        <translation>Der Verleih braucht einen Namen: er steht über jedem Vertrag und Beleg.</translation>
    </message>
    <message>
        <source>Enter the voucher&apos;s value.</source>
        <translation>Geben Sie den Wert des Gutscheins ein.</translation>
    </message>
    <message>
        <source>A voucher code has at least four characters.</source>
        <translation>Ein Gutscheincode hat mindestens vier Zeichen.</translation>
    </message>
    <message>
        <source>The expiry date has passed already.</source>
        <translation>Das Ablaufdatum ist schon vorbei.</translation>
    </message>
    <message>
        <source>The price is between nothing and the voucher&apos;s value.</source>
        <translation>Der Preis liegt zwischen null und dem Wert des Gutscheins.</translation>
    </message>
    <message>
        <source>A voucher given free needs a reason (for example a complaint).</source>
        <translation>Ein geschenkter Gutschein braucht eine Begründung (zum Beispiel eine Reklamation).</translation>
    </message>
    <message>
        <source>A voucher cannot be paid with a voucher.</source>
        <translation>Ein Gutschein kann nicht mit einem Gutschein bezahlt werden.</translation>
    </message>
    <message>
        <source>There is a voucher %1 already.</source>
        <translation>Es gibt schon einen Gutschein %1.</translation>
    </message>
    <message>
        <source>The article needs a name.</source>
        <translation>Der Artikel braucht einen Namen.</translation>
    </message>
    <message>
        <source>The article needs a category (for example Bikes or Skis).</source>
        <translation>Der Artikel braucht eine Kategorie (zum Beispiel Fahrrad oder Ski).</translation>
    </message>
    <message>
        <source>The VAT rate is between 0 and 100 %.</source>
        <translation>Der MwSt.-Satz liegt zwischen 0 und 100 %.</translation>
    </message>
    <message>
        <source>Enter the price of one day.</source>
        <translation>Geben Sie den Preis für einen Tag ein.</translation>
    </message>
    <message>
        <source>Each further day costs at least the days before it: %1 days cost less than %2.</source>
        <translation>Jeder weitere Tag kostet mindestens so viel wie die Tage davor: %1 Tage kosten weniger als %2.</translation>
    </message>
    <message>
        <source>The grace time is between 0 and 1440 minutes.</source>
        <translation>Die Kulanzzeit liegt zwischen 0 und 1440 Minuten.</translation>
    </message>
    <message>
        <source>Prices from %1</source>
        <translation>Preise ab %1</translation>
    </message>
    <message>
        <source>The object needs a name (for example E-Bike M #3).</source>
        <translation>Das Objekt braucht einen Namen (zum Beispiel E-Bike M #3).</translation>
    </message>
    <message>
        <source>The barcode is what the scanner reads: letters and digits, no spaces.</source>
        <translation>Der Barcode ist, was der Scanner liest: Buchstaben und Ziffern, keine Leerzeichen.</translation>
    </message>
    <message>
        <source>The barcode %1 is on %2 already.</source>
        <translation>Der Barcode %1 gehört schon zu %2.</translation>
    </message>
    <message>
        <source>Choose available, in repair or retired.</source>
        <translation>Wählen Sie verfügbar, in Reparatur oder ausgemustert.</translation>
    </message>
    <message>
        <source>This transaction no longer belongs to the customer.</source>
        <translation>Dieser Vorgang gehört nicht mehr zu diesem Kunden.</translation>
    </message>
    <message>
        <source>This setting was deleted at another desk together with what it belonged to.</source>
        <translation>Diese Einstellung wurde an einer anderen Theke zusammen mit dem gelöscht, zu dem sie gehörte.</translation>
    </message>
    <message>
        <source>There is no permission &quot;%1&quot;.</source>
        <translation>Es gibt keine Berechtigung „%1“.</translation>
    </message>
    <message>
        <source>This default was deleted at another desk; it cannot be set again.</source>
        <translation>Diese Voreinstellung wurde an einer anderen Theke gelöscht; sie kann nicht wieder gesetzt werden.</translation>
    </message>
    <message>
        <source>The group needs a name.</source>
        <translation>Die Gruppe braucht einen Namen.</translation>
    </message>
    <message>
        <source>At most 100 characters.</source>
        <translation>Höchstens 100 Zeichen.</translation>
    </message>
    <message>
        <source>The discount is between 0 and 100 %.</source>
        <translation>Der Rabatt liegt zwischen 0 und 100 %.</translation>
    </message>
    <message>
        <source>A deleted group had this name; choose another one.</source>
        <translation>Eine gelöschte Gruppe hatte diesen Namen; bitte einen anderen wählen.</translation>
    </message>
    <message>
        <source>There is a group of this name already.</source>
        <translation>Es gibt schon eine Gruppe mit diesem Namen.</translation>
    </message>
    <message>
        <source>This price list no longer exists; it may have been deleted at another desk.</source>
        <translation>Diese Preisliste gibt es nicht mehr; sie wurde vielleicht an einer anderen Theke gelöscht.</translation>
    </message>
    <message>
        <source>The price list needs a name (for example Winter 2026/27).</source>
        <translation>Die Preisliste braucht einen Namen (zum Beispiel Winter 2026/27).</translation>
    </message>
    <message>
        <source>A new price list starts today or later; lines already made keep their prices anyway.</source>
        <translation>Eine neue Preisliste beginnt heute oder später; bestehende Positionen behalten ihre Preise ohnehin.</translation>
    </message>
    <message>
        <source>The price list %1 starts that day already; change its prices instead, or choose another day.</source>
        <translation>An diesem Tag beginnt schon die Preisliste %1; bitte deren Preise ändern oder einen anderen Tag wählen.</translation>
    </message>
    <message>
        <source>Say what is damaged; colleagues read it on the card.</source>
        <translation>Bitte angeben, was beschädigt ist; die Kollegen lesen es auf der Kundenkarte.</translation>
    </message>
    <message>
        <source>The cost cannot be negative.</source>
        <translation>Die Kosten können nicht negativ sein.</translation>
    </message>
    <message>
        <source>The damage was found today or earlier.</source>
        <translation>Der Schaden wurde heute oder früher festgestellt.</translation>
    </message>
    <message>
        <source>This damage no longer exists; it may have been deleted at another desk.</source>
        <translation>Diesen Schaden gibt es nicht mehr; er wurde vielleicht an einer anderen Theke gelöscht.</translation>
    </message>
    <message>
        <source>Only an open or repaired damage can be charged; this one is %1.</source>
        <translation>Nur ein offener oder reparierter Schaden kann berechnet werden; dieser ist %1.</translation>
    </message>
    <message>
        <source>charged already</source>
        <translation>schon berechnet</translation>
    </message>
    <message>
        <source>written off</source>
        <translation>abgeschrieben</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>This damage has no cost to charge.</source>
        <translation>Dieser Schaden hat keine Kosten, die berechnet werden könnten.</translation>
    </message>
    <message>
        <source>This damage was changed at another desk meanwhile; look again.</source>
        <translation>Dieser Schaden wurde inzwischen an einer anderen Theke geändert; bitte noch einmal ansehen.</translation>
    </message>
    <message>
        <source>Damage: %1</source>
        <translation>Schaden: %1</translation>
    </message>
    <message>
        <source>Damage %1: %2</source>
        <translation>Schaden %1: %2</translation>
    </message>
    <message>
        <source>No object is known for this damage, so nothing is in repair.</source>
        <translation>Zu diesem Schaden ist kein Objekt bekannt, also ist nichts in Reparatur.</translation>
    </message>
    <message>
        <source>%1 is not in repair.</source>
        <translation>%1 ist nicht in Reparatur.</translation>
    </message>
    <message>
        <source>Only a damage not yet charged can be written off; a charged one is settled with the customer&apos;s payment or a correction.</source>
        <translation>Nur ein noch nicht berechneter Schaden kann abgeschrieben werden; ein berechneter wird mit der Zahlung des Kunden oder einer Korrektur erledigt.</translation>
    </message>
    <message>
        <source>Say why the damage is not claimed.</source>
        <translation>Bitte angeben, warum der Schaden nicht berechnet wird.</translation>
    </message>
    <message>
        <source>This damage is closed already.</source>
        <translation>Dieser Schaden ist schon abgeschlossen.</translation>
    </message>
    <message>
        <source>%1 is still in repair; mark it repaired first.</source>
        <translation>%1 ist noch in Reparatur; bitte zuerst als repariert markieren.</translation>
    </message>
</context>
<context>
    <name>rentdesk::SyncStatusWidget</name>
    <message>
        <source>first sync %p%</source>
        <translation>erste Synchronisation %p%</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>zuletzt synchronisiert %1</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>Synchronisation: nicht eingerichtet</translation>
    </message>
    <message>
        <source>Online · %1</source>
        <translation>Online · %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
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
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>Every change is kept on this desk. Set the server up under Sync → Set up server.</source>
        <translation>Jede Änderung bleibt an diesem Arbeitsplatz gespeichert. Richten Sie den Server unter Synchronisation → Server einrichten ein.</translation>
    </message>
    <message>
        <source>Sync needs attention: %1</source>
        <translation>Synchronisation braucht Aufmerksamkeit: %1</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n change(s) refused</source>
        <translation>
            <numerusform>⚠ %n Änderung abgelehnt</numerusform>
            <numerusform>⚠ %n Änderungen abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused changes of this desk; click to see why.</source>
        <translation>Der Server hat Änderungen dieses Arbeitsplatzes abgelehnt; klicken Sie, um zu sehen, warum.</translation>
    </message>
</context>
<context>
    <name>rentdesk::TransactionDialog</name>
    <message>
        <source>New transaction – %1</source>
        <translation>Neuer Vorgang – %1</translation>
    </message>
    <message>
        <source>This customer is blocked: %1</source>
        <translation>Dieser Kunde ist gesperrt: %1</translation>
    </message>
    <message>
        <source>Hand out now</source>
        <translation>Jetzt übergeben</translation>
    </message>
    <message>
        <source>Booking (rent due)</source>
        <translation>Buchung (Miete fällig)</translation>
    </message>
    <message>
        <source>Reservation (holds the objects)</source>
        <translation>Reservierung (hält die Objekte frei)</translation>
    </message>
    <message>
        <source>Request (holds nothing yet)</source>
        <translation>Anfrage (hält noch nichts frei)</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Scan a barcode or type it and press Enter</source>
        <translation>Barcode scannen oder eingeben und Eingabetaste drücken</translation>
    </message>
    <message>
        <source>&amp;Scan:</source>
        <translation>&amp;Scannen:</translation>
    </message>
    <message>
        <source>Find an object by name, article or barcode</source>
        <translation>Objekt nach Name, Artikel oder Barcode suchen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Available in this period</source>
        <translation>Frei in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Lines (the price can be agreed by hand):</source>
        <translation>Positionen (der Preis kann von Hand vereinbart werden):</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Price rule</source>
        <translation>Preisregel</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Kaution</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>Position &amp;entfernen</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <source>Hand out</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Strg+Eingabetaste</translation>
    </message>
    <message>
        <source>Save request</source>
        <translation>Anfrage speichern</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Reservieren</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Buchen</translation>
    </message>
    <message>
        <source>No object has the barcode %1.</source>
        <translation>Kein Objekt hat den Barcode %1.</translation>
    </message>
    <message>
        <source>%1 is on this transaction already.</source>
        <translation>%1 ist schon auf diesem Vorgang.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>agreed by hand</source>
        <translation>von Hand vereinbart</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount; the price stays %3.</source>
        <translation>%1: „%2“ ist kein Betrag; der Preis bleibt %3.</translation>
    </message>
    <message>
        <source>%1: the quantity is a whole number from 1 to 999.</source>
        <translation>%1: Die Menge ist eine ganze Zahl von 1 bis 999.</translation>
    </message>
    <message>
        <source>Rent %1 · deposit %2 · due now %3</source>
        <translation>Miete %1 · Kaution %2 · jetzt fällig %3</translation>
    </message>
    <message>
        <source>Rent %1 · deposit %2 · nothing due yet</source>
        <translation>Miete %1 · Kaution %2 · noch nichts fällig</translation>
    </message>
    <message>
        <source>Add at least one object: scan it or pick it from the list.</source>
        <translation>Fügen Sie mindestens ein Objekt hinzu: scannen oder aus der Liste wählen.</translation>
    </message>
    <message>
        <source>Blocked customer</source>
        <translation>Gesperrter Kunde</translation>
    </message>
    <message>
        <source>%1 is blocked: %2

Go on anyway?</source>
        <translation>%1 ist gesperrt: %2

Trotzdem fortfahren?</translation>
    </message>
    <message>
        <source>Print the &amp;contract or save it as PDF afterwards</source>
        <translation>Danach den &amp;Mietvertrag drucken oder als PDF speichern</translation>
    </message>
</context>
<context>
    <name>rentdesk::TransactionWindow</name>
    <message>
        <source>Make a &amp;reservation</source>
        <translation>&amp;Reservieren</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Buchen</translation>
    </message>
    <message>
        <source>&amp;Hand out</source>
        <translation>Über&amp;geben</translation>
    </message>
    <message>
        <source>&amp;Cancel transaction</source>
        <translation>Vorgang &amp;stornieren</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Absch&amp;ließen</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Price rule</source>
        <translation>Preisregel</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Kaution</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation>Verspätungsgebühr</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Rückgaben</translation>
    </message>
    <message>
        <source>Take &amp;payment…</source>
        <translation>&amp;Zahlung annehmen…</translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation>Rü&amp;ckgabe…</translation>
    </message>
    <message>
        <source>This transaction no longer exists.</source>
        <translation>Diesen Vorgang gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3
%4 until %5 · charged %6 · paid %7 · open %8%9</source>
        <translation>%1 · %2 · %3
%4 bis %5 · berechnet %6 · bezahlt %7 · offen %8%9</translation>
    </message>
    <message>
        <source>agreed by hand</source>
        <translation>von Hand vereinbart</translation>
    </message>
    <message>
        <source>paid back: %1</source>
        <translation>zurückgezahlt: %1</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>beschädigt</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <source>Cancel transaction</source>
        <translation>Vorgang stornieren</translation>
    </message>
    <message>
        <source>Cancel %1? What was due on it is no longer due.</source>
        <translation>%1 stornieren? Was darauf fällig war, ist dann nicht mehr fällig.</translation>
    </message>
    <message>
        <source>C&amp;ontract…</source>
        <translation>Miet&amp;vertrag…</translation>
    </message>
    <message>
        <source>Rec&amp;eipt…</source>
        <translation>&amp;Beleg…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Enter or a double click shows the document</source>
        <translation>Eingabetaste oder Doppelklick zeigt das Dokument</translation>
    </message>
    <message>
        <source>&amp;Add document…</source>
        <translation>Dokument &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>A signed contract, a delivery note, a photo: it belongs to this transaction and shows on the card&apos;s documents too</source>
        <translation>Ein unterschriebener Vertrag, ein Lieferschein, ein Foto: Es gehört zu diesem Vorgang und erscheint auch bei den Dokumenten der Kundenkarte</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Add documents to %1</source>
        <translation>Dokumente zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Dokumente (%1)</translation>
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
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
</context>
<context>
    <name>rentdesk::VoucherDialog</name>
    <message>
        <source>Sell voucher – %1</source>
        <translation>Gutschein verkaufen – %1</translation>
    </message>
    <message>
        <source>A new code, or scan the code of a pre-printed voucher card.</source>
        <translation>Ein neuer Code, oder scannen Sie den Code einer vorgedruckten Gutscheinkarte.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>&amp;Given free (goodwill, complaint)</source>
        <translation>&amp;Geschenkt (Kulanz, Reklamation)</translation>
    </message>
    <message>
        <source>paid by</source>
        <translation>bezahlt per</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Preis:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>E&amp;xpires on</source>
        <translation>Gültig &amp;bis</translation>
    </message>
    <message>
        <source>&amp;Sell voucher</source>
        <translation>Gutschein &amp;verkaufen</translation>
    </message>
    <message>
        <source>&amp;Give voucher</source>
        <translation>Gutschein &amp;schenken</translation>
    </message>
    <message>
        <source>Why it is given free</source>
        <translation>Warum er geschenkt wird</translation>
    </message>
    <message>
        <source>Enter the value as an amount, for example %1.</source>
        <translation>Geben Sie den Wert als Betrag ein, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>Say why the voucher is given free.</source>
        <translation>Geben Sie an, warum der Gutschein geschenkt wird.</translation>
    </message>
    <message>
        <source>Enter the price paid; a voucher given free is ticked as such.</source>
        <translation>Geben Sie den bezahlten Preis ein; ein geschenkter Gutschein wird als solcher angehakt.</translation>
    </message>
</context>
<context>
    <name>rentdesk::VouchersModel</name>
    <message>
        <source>Used up</source>
        <translation>Aufgebraucht</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>never</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restbetrag</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Gültig bis</translation>
    </message>
</context>
<context>
    <name>rentdesk::csv</name>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>This is not a text file (it contains binary data).</source>
        <translation>Das ist keine Textdatei (sie enthält Binärdaten).</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 mit BOM</translation>
    </message>
    <message>
        <source>UTF-16 (little endian)</source>
        <translation>UTF-16 (Little Endian)</translation>
    </message>
    <message>
        <source>UTF-16 (big endian)</source>
        <translation>UTF-16 (Big Endian)</translation>
    </message>
    <message>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <source>A quoted field that starts on line %1 is never closed.</source>
        <translation>Ein Feld in Anführungszeichen, das in Zeile %1 beginnt, wird nie geschlossen.</translation>
    </message>
</context>
<context>
    <name>rentdesk::sync::Credentials</name>
    <message>
        <source>The keychain of this computer could not be used: %1</source>
        <translation>Der Schlüsselbund dieses Computers konnte nicht benutzt werden: %1</translation>
    </message>
    <message>
        <source>This RentDesk was built without keychain support, so it cannot keep a server credential: install a build with QtKeychain to sync this desk.</source>
        <translation>Dieses RentDesk wurde ohne Schlüsselbund-Unterstützung gebaut und kann keine Server-Zugangsdaten aufbewahren: Installieren Sie einen Build mit QtKeychain, um diesen Schalter zu synchronisieren.</translation>
    </message>
</context>
<context>
    <name>rentdesk::sync::SyncClient</name>
    <message>
        <source>The server does not know this desk&apos;s credential. Set the desk up again with a new enrolment code.</source>
        <translation>Der Server kennt die Zugangsdaten dieses Arbeitsplatzes nicht. Melden Sie den Arbeitsplatz mit einem neuen Anmeldecode erneut an.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator revoked this desk&apos;s access. Set the desk up again with a new enrolment code.</source>
        <translation>Die Serververwaltung hat den Zugang dieses Arbeitsplatzes widerrufen. Melden Sie den Arbeitsplatz mit einem neuen Anmeldecode erneut an.</translation>
    </message>
    <message>
        <source>The enrolment code is not valid: it is wrong, was used already or has expired. Ask the server&apos;s administrator for a new one.</source>
        <translation>Der Anmeldecode ist nicht gültig: Er ist falsch, wurde schon benutzt oder ist abgelaufen. Bitten Sie die Serververwaltung um einen neuen.</translation>
    </message>
    <message>
        <source>This RentDesk and the server do not fit together (%1). The desk&apos;s data is kept.</source>
        <translation>Diese RentDesk-Version und der Server passen nicht zusammen (%1). Die Daten des Arbeitsplatzes bleiben erhalten.</translation>
    </message>
    <message>
        <source>The server has a problem of its own; it is tried again later (%1).</source>
        <translation>Der Server hat selbst ein Problem; es wird später erneut versucht (%1).</translation>
    </message>
    <message>
        <source>The server refused a request as too large.</source>
        <translation>Der Server hat eine Anfrage als zu groß abgelehnt.</translation>
    </message>
    <message>
        <source>The server answered with error %1.</source>
        <translation>Der Server hat mit Fehler %1 geantwortet.</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1).</source>
        <translation>Der Server ist nicht erreichbar (%1).</translation>
    </message>
    <message>
        <source>The server address is not valid; it looks like https://rentdesk.example.com.</source>
        <translation>Die Serveradresse ist nicht gültig; sie sieht so aus: https://rentdesk.example.com.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the enrolment was not understood.</source>
        <translation>Die Antwort des Servers auf die Anmeldung wurde nicht verstanden.</translation>
    </message>
    <message>
        <source>This desk is not set up for a server yet.</source>
        <translation>Dieser Arbeitsplatz ist noch für keinen Server eingerichtet.</translation>
    </message>
    <message>
        <source>This computer has no credential for this desk (was the file copied from another computer?). Set the desk up again with an enrolment code.</source>
        <translation>Dieser Computer hat keine Zugangsdaten für diesen Arbeitsplatz (wurde die Datei von einem anderen Computer kopiert?). Melden Sie den Arbeitsplatz mit einem Anmeldecode erneut an.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be written to the desk&apos;s file.</source>
        <translation>Die Antwort des Servers konnte nicht in die Datei des Arbeitsplatzes geschrieben werden.</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>The server accepts none of this desk&apos;s changes (%1).</source>
        <translation>Der Server nimmt keine Änderung dieses Arbeitsplatzes an (%1).</translation>
    </message>
    <message>
        <source>The document file %1 cannot be read (%2).</source>
        <translation>Die Dokumentdatei %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>The document file %1 cannot be written (%2).</source>
        <translation>Die Dokumentdatei %1 kann nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>A document file from the server was damaged on the way; it is fetched again in the next round.</source>
        <translation>Eine Dokumentdatei vom Server wurde unterwegs beschädigt; sie wird in der nächsten Runde neu geholt.</translation>
    </message>
    <message>
        <source>The document file %1 cannot be written.</source>
        <translation>Die Dokumentdatei %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The document&apos;s file was lost on this desk before it reached the server; add the document again from the original.</source>
        <translation>Die Datei des Dokuments ging an diesem Arbeitsplatz verloren, bevor sie den Server erreichte; fügen Sie das Dokument erneut aus dem Original hinzu.</translation>
    </message>
</context>
</TS>
