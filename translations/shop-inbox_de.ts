<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CartEvent</name>
    <message>
        <source>Added a product to the cart</source>
        <translation>Ein Produkt wurde in den Warenkorb gelegt</translation>
    </message>
    <message>
        <source>Removed a product from the cart</source>
        <translation>Ein Produkt wurde aus dem Warenkorb entfernt</translation>
    </message>
    <message>
        <source>Added %1 to the cart</source>
        <translation>%1 in den Warenkorb gelegt</translation>
    </message>
    <message>
        <source>Removed %1 from the cart</source>
        <translation>%1 aus dem Warenkorb entfernt</translation>
    </message>
</context>
<context>
    <name>CustomerProfileDock</name>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Payment pending</source>
        <translation>Zahlung ausstehend</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Autorisiert</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation>Teilweise erstattet</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>Unfulfilled</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>Partially fulfilled</source>
        <translation>Teilweise ausgeführt</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Started this chat with the customer&apos;s e-mail address, without a name — the address is not confirmed</source>
        <translation>Hat diesen Chat mit der E-Mail-Adresse des Kunden ohne Namen begonnen – die Adresse ist nicht bestätigt</translation>
    </message>
    <message>
        <source>Started this chat as “%1” with the customer&apos;s e-mail address — the address is not confirmed</source>
        <translation>Hat diesen Chat als „%1“ mit der E-Mail-Adresse des Kunden begonnen – die Adresse ist nicht bestätigt</translation>
    </message>
    <message>
        <source>Looked up the status of order %1</source>
        <translation>Hat den Status der Bestellung %1 abgefragt</translation>
    </message>
    <message>
        <source>Looked up order %1 with an e-mail address that is not its customer&apos;s</source>
        <translation>Hat die Bestellung %1 mit einer E-Mail-Adresse abgefragt, die nicht die ihres Kunden ist</translation>
    </message>
    <message>
        <source>A code to confirm the e-mail address was sent to %1</source>
        <translation>Ein Code zur Bestätigung der E-Mail-Adresse wurde an %1 gesendet</translation>
    </message>
    <message>
        <source>Confirmed the e-mail address with the code: the chat continues in the customer&apos;s conversation</source>
        <translation>Hat die E-Mail-Adresse mit dem Code bestätigt: Der Chat geht im Gespräch des Kunden weiter</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Shop Inbox</source>
        <translation>Shop Inbox</translation>
    </message>
    <message>
        <source>Answer the chats customers start in your online store.</source>
        <translation>Beantworte die Chats, die Kunden in deinem Onlineshop starten.</translation>
    </message>
    <message>
        <source>Shop server URL.</source>
        <translation>URL des Shop-Servers.</translation>
    </message>
    <message>
        <source>Staff e-mail address.</source>
        <translation>E-Mail-Adresse des Mitarbeiters.</translation>
    </message>
    <message>
        <source>Read the password from standard input and sign in.</source>
        <translation>Passwort von der Standardeingabe lesen und anmelden.</translation>
    </message>
    <message>
        <source>Use a separate settings and cache directory.</source>
        <translation>Ein separates Verzeichnis für Einstellungen und Cache verwenden.</translation>
    </message>
    <message>
        <source>Wait for the first sync, save the window with the first conversation open as PNG, and exit.</source>
        <translation>Auf die erste Synchronisierung warten, das Fenster mit der ersten geöffneten Konversation als PNG speichern und beenden.</translation>
    </message>
    <message>
        <source>--profile must be a plain name</source>
        <translation>--profile muss ein einfacher Name sein</translation>
    </message>
    <message>
        <source>--password-stdin needs --server and --email</source>
        <translation>--password-stdin erfordert --server und --email</translation>
    </message>
    <message>
        <source>--screenshot needs --server, --email and --password-stdin</source>
        <translation>--screenshot erfordert --server, --email und --password-stdin</translation>
    </message>
    <message>
        <source>No keychain is available on this system (%1). Shop Inbox can keep you signed in for this session only.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar (%1). Shop Inbox kann dich nur für diese Sitzung angemeldet lassen.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied (%1).</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert (%1).</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>Open this conversation (its number) once signed in.</source>
        <translation>Diese Konversation (ihre Nummer) nach der Anmeldung öffnen.</translation>
    </message>
    <message>
        <source>--conversation needs a conversation number</source>
        <translation>--conversation erfordert eine Konversationsnummer</translation>
    </message>
    <message>
        <source>Open the window at this size, e.g. 1024x700.</source>
        <translation>Das Fenster in dieser Größe öffnen, z. B. 1024x700.</translation>
    </message>
    <message>
        <source>--window-size needs WIDTHxHEIGHT, at least 320x240</source>
        <translation>--window-size erwartet BREITExHÖHE, mindestens 320x240</translation>
    </message>
</context>
<context>
    <name>Topic</name>
    <message>
        <source>Checkout</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Edit orders</source>
        <translation>Bestellungen ändern</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Bestellstatus</translation>
    </message>
    <message>
        <source>Pricing and discounts</source>
        <translation>Preise und Rabatte</translation>
    </message>
    <message>
        <source>Product details</source>
        <translation>Produktdetails</translation>
    </message>
    <message>
        <source>Product interest</source>
        <translation>Produktinteresse</translation>
    </message>
    <message>
        <source>Returns and delivered orders</source>
        <translation>Rücksendungen und gelieferte Bestellungen</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>Store information</source>
        <translation>Shop-Informationen</translation>
    </message>
    <message>
        <source>Wholesale</source>
        <translation>Großhandel</translation>
    </message>
</context>
<context>
    <name>shopinbox::AccountManager</name>
    <message>
        <source>Enter the server address, for example https://shop.example.com</source>
        <translation>Gib die Serveradresse ein, zum Beispiel https://shop.example.com</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Wrong email address or password.</source>
        <translation>Falsche E-Mail-Adresse oder falsches Passwort.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>Zu viele Versuche. Warte eine Minute und versuche es dann erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not understood (%1).</source>
        <translation>Die Antwort des Servers wurde nicht verstanden (%1).</translation>
    </message>
    <message>
        <source>This was a one-time password: choose your own password to go on.</source>
        <translation>Das war ein Einmalpasswort: Wähle ein eigenes Passwort, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>shopinbox::AppController</name>
    <message>
        <source>no signed-in shop: sign in with --server, --email and --password-stdin</source>
        <translation>kein angemeldeter Shop: melde dich mit --server, --email und --password-stdin an</translation>
    </message>
    <message>
        <source>no stored sign-in for %1</source>
        <translation>keine gespeicherte Anmeldung für %1</translation>
    </message>
    <message>
        <source>Shop Inbox</source>
        <translation>Shop Inbox</translation>
    </message>
    <message>
        <source>The sign-in to %1 as %2 has expired or was revoked. Sign in again to go on syncing; the cached conversations stay available.</source>
        <translation>Die Anmeldung bei %1 als %2 ist abgelaufen oder wurde widerrufen. Melde dich erneut an, um weiter zu synchronisieren; die zwischengespeicherten Konversationen bleiben verfügbar.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to %1 have not reached the server yet and will be lost. Sign out anyway?</source>
        <translation>
            <numerusform>%n Änderung an %1 hat den Server noch nicht erreicht und geht verloren. Trotzdem abmelden?</numerusform>
            <numerusform>%n Änderungen an %1 haben den Server noch nicht erreicht und gehen verloren. Trotzdem abmelden?</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign out of %1? The conversations cached on this computer are removed.</source>
        <translation>Von %1 abmelden? Die auf diesem Computer zwischengespeicherten Konversationen werden entfernt.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
</context>
<context>
    <name>shopinbox::Cache</name>
    <message>
        <source>The cache %1 cannot be opened: %2</source>
        <translation>Der Cache %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The cache %1 cannot be read: %2</source>
        <translation>Der Cache %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer version of Shop Inbox (format %2; this version reads up to %3). It was left untouched. Update Shop Inbox, or use another profile.</source>
        <translation>Der Cache %1 wurde von einer neueren Version von Shop Inbox geschrieben (Format %2; diese Version liest bis Format %3). Er wurde nicht verändert. Aktualisiere Shop Inbox oder verwende ein anderes Profil.</translation>
    </message>
    <message>
        <source>The cache %1 is damaged and could not be moved aside.</source>
        <translation>Der Cache %1 ist beschädigt und konnte nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>The local cache was damaged. It was moved to %1 and a new one is being built from the server; nothing on the server was affected.</source>
        <translation>Der lokale Cache war beschädigt. Er wurde nach %1 verschoben und ein neuer wird vom Server aufgebaut; auf dem Server wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The cache %1 cannot be created: %2</source>
        <translation>Der Cache %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>The cache %1 cannot be prepared: %2</source>
        <translation>Der Cache %1 kann nicht vorbereitet werden: %2</translation>
    </message>
</context>
<context>
    <name>shopinbox::CartLinesModel</name>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
</context>
<context>
    <name>shopinbox::ConversationDelegate</name>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>Shared products</source>
        <translation>Produkte geteilt</translation>
    </message>
    <message>
        <source>Shared a discount</source>
        <translation>Rabatt geteilt</translation>
    </message>
    <message>
        <source>Sent an image</source>
        <translation>Bild gesendet</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Du: %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>@%1</source>
        <translation>@%1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
</context>
<context>
    <name>shopinbox::ConversationHeader</name>
    <message>
        <source>Cart</source>
        <translation>Warenkorb</translation>
    </message>
    <message>
        <source>Show the customer&apos;s profile</source>
        <translation>Kundenprofil anzeigen</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Assign the conversation</source>
        <translation>Konversation zuweisen</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>Als ungelesen markieren</translation>
    </message>
    <message>
        <source>✓ Close</source>
        <translation>✓ Schließen</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>Keine Konversation ausgewählt</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Dir zugewiesen</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>%1 zugewiesen</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>jemand anderem</translation>
    </message>
    <message>
        <source>Left the store — replies will be emailed to %1</source>
        <translation>Hat den Shop verlassen — Antworten werden per E-Mail an %1 gesendet</translation>
    </message>
    <message>
        <source>Left the store — they will see your reply when they come back</source>
        <translation>Hat den Shop verlassen — sieht deine Antwort bei der Rückkehr</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cart: %n item(s), %1</source>
        <translation>
            <numerusform>Warenkorb: %n Artikel, %1</numerusform>
            <numerusform>Warenkorb: %n Artikel, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>○ Reopen</source>
        <translation>○ Wieder öffnen</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Mir zuweisen</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Zuweisung aufheben</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>The customer is in your store now</source>
        <translation>Der Kunde ist gerade in deinem Shop</translation>
    </message>
    <message>
        <source>In your store now: the reply appears in their chat at once</source>
        <translation>Gerade in deinem Shop: die Antwort erscheint sofort im Chat</translation>
    </message>
    <message>
        <source>Needs chat permission</source>
        <translation>Erfordert die Chat-Berechtigung</translation>
    </message>
</context>
<context>
    <name>shopinbox::ConversationListPane</name>
    <message>
        <source>Show conversations</source>
        <translation>Konversationen anzeigen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Mir zugewiesen</translation>
    </message>
    <message>
        <source>Search all conversations</source>
        <translation>Alle Konversationen durchsuchen</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Konversationen durchsuchen</translation>
    </message>
    <message>
        <source>Words must all appear; &quot;quotes&quot; find a phrase; an order number finds its customer&apos;s conversations.</source>
        <translation>Alle Wörter müssen vorkommen; „Anführungszeichen“ suchen eine Wortfolge; eine Bestellnummer findet die Konversationen ihres Kunden.</translation>
    </message>
    <message>
        <source>Offline: showing cached conversations. Replies will be sent when the connection returns.</source>
        <translation>Offline: Zwischengespeicherte Konversationen werden angezeigt. Antworten werden gesendet, sobald die Verbindung wiederhergestellt ist.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Konversationen</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Nur %1</translation>
    </message>
    <message>
        <source>Searching only %1. Click to search all conversations.</source>
        <translation>Sucht nur in %1. Klicken, um alle Konversationen zu durchsuchen.</translation>
    </message>
    <message>
        <source>Searching all conversations. Click to search only %1.</source>
        <translation>Sucht in allen Konversationen. Klicken, um nur in %1 zu suchen.</translation>
    </message>
    <message>
        <source>Search only %1</source>
        <translation>Nur in %1 suchen</translation>
    </message>
    <message>
        <source>No conversations here.</source>
        <translation>Hier gibt es keine Konversationen.</translation>
    </message>
    <message>
        <source>No conversation matches “%1”.</source>
        <translation>Keine Konversation passt zu „%1“.</translation>
    </message>
    <message>
        <source>No conversation in %1 matches “%2”.</source>
        <translation>Keine Konversation in %1 passt zu „%2“.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in Open</source>
        <translation>
            <numerusform>%n Treffer in Offen</numerusform>
            <numerusform>%n Treffer in Offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in Closed</source>
        <translation>
            <numerusform>%n Treffer in Geschlossen</numerusform>
            <numerusform>%n Treffer in Geschlossen</numerusform>
        </translation>
    </message>
    <message>
        <source>None in %1 — %2.</source>
        <translation>Keine in %1 — %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>shopinbox::CustomerProfileDock</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Customer profile</source>
        <translation>Kundenprofil</translation>
    </message>
    <message>
        <source>Open a conversation to see the customer.</source>
        <translation>Öffne eine Konversation, um den Kunden zu sehen.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Manage ↗</source>
        <translation>Verwalten ↗</translation>
    </message>
    <message>
        <source>Manage the customer in the shop admin</source>
        <translation>Kunden im Adminbereich deines Shops verwalten</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Only staff see this note</source>
        <translation>Nur Mitarbeiter sehen diese Notiz</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <source>The note was not saved: %1</source>
        <translation>Die Notiz wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Warenkorb</translation>
    </message>
    <message>
        <source>Last order placed</source>
        <translation>Letzte Bestellung</translation>
    </message>
    <message>
        <source>Open the order in the shop admin</source>
        <translation>Bestellung im Adminbereich deines Shops öffnen</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Konversation</translation>
    </message>
    <message>
        <source>Returning customer</source>
        <translation>Wiederkehrender Kunde</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message numerus="yes">
        <source>Customer for %n year(s)</source>
        <translation>
            <numerusform>Kunde seit %n Jahr</numerusform>
            <numerusform>Kunde seit %n Jahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Customer for %n month(s)</source>
        <translation>
            <numerusform>Kunde seit %n Monat</numerusform>
            <numerusform>Kunde seit %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Customer for %n day(s)</source>
        <translation>
            <numerusform>Kunde seit %n Tag</numerusform>
            <numerusform>Kunde seit %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation>Noch keine Bestellungen</translation>
    </message>
    <message numerus="yes">
        <source>Lifetime spend: %1 (%n order(s))</source>
        <translation>
            <numerusform>Gesamtausgaben: %1 (%n Bestellung)</numerusform>
            <numerusform>Gesamtausgaben: %1 (%n Bestellungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Email marketing: Subscribed</source>
        <translation>E-Mail-Marketing: abonniert</translation>
    </message>
    <message>
        <source>Email marketing: Not subscribed</source>
        <translation>E-Mail-Marketing: nicht abonniert</translation>
    </message>
    <message>
        <source>SMS marketing: Subscribed</source>
        <translation>SMS-Marketing: abonniert</translation>
    </message>
    <message>
        <source>SMS marketing: Not subscribed</source>
        <translation>SMS-Marketing: nicht abonniert</translation>
    </message>
    <message>
        <source>Local time: %1 %2 (%3)</source>
        <translation>Ortszeit: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Local time: unknown</source>
        <translation>Ortszeit: unbekannt</translation>
    </message>
    <message>
        <source>Someone else changed this note meanwhile. Saving replaces their version: %1</source>
        <translation>Jemand anderes hat diese Notiz inzwischen geändert. Speichern ersetzt diese Version: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>%1 × %2%3 — %4 · %5 in stock</source>
        <translation>%1 × %2%3 — %4 · %5 auf Lager</translation>
    </message>
    <message>
        <source>The cart is empty.</source>
        <translation>Der Warenkorb ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), subtotal %1</source>
        <translation>
            <numerusform>%n Artikel, Zwischensumme %1</numerusform>
            <numerusform>%n Artikel, Zwischensumme %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Last cart activity: %1</source>
        <translation>Letzte Aktivität im Warenkorb: %1</translation>
    </message>
    <message>
        <source>View all (%1)</source>
        <translation>Alle anzeigen (%1)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>No orders in the last %1 days.</source>
        <translation>Keine Bestellungen in den letzten %1 Tagen.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <source>Placed %1</source>
        <translation>Aufgegeben am %1</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message numerus="yes">
        <source>View all (%n open)</source>
        <translation>
            <numerusform>Alle anzeigen (%n offen)</numerusform>
            <numerusform>Alle anzeigen (%n offen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: Closed</source>
        <translation>Status: geschlossen</translation>
    </message>
    <message>
        <source>Status: Open</source>
        <translation>Status: offen</translation>
    </message>
    <message>
        <source>Online store</source>
        <translation>Onlineshop</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Platform: %1</source>
        <translation>Plattform: %1</translation>
    </message>
    <message>
        <source>Began %1</source>
        <translation>Begonnen am %1</translation>
    </message>
    <message>
        <source>Cart of %1</source>
        <translation>Warenkorb von %1</translation>
    </message>
    <message>
        <source>Open orders of %1</source>
        <translation>Offene Bestellungen von %1</translation>
    </message>
    <message>
        <source>Your unsaved changes to this note are kept: save the note to store them.</source>
        <translation>Deine ungespeicherten Änderungen an dieser Notiz sind erhalten: Speichere die Notiz, um sie zu übernehmen.</translation>
    </message>
    <message numerus="yes">
        <source>Topic(s): %1</source>
        <translation>
            <numerusform>Thema: %1</numerusform>
            <numerusform>Themen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Other conversations</source>
        <translation>Weitere Konversationen</translation>
    </message>
    <message>
        <source>Closed · %1</source>
        <translation>Geschlossen · %1</translation>
    </message>
    <message>
        <source>Open · %1</source>
        <translation>Offen · %1</translation>
    </message>
    <message>
        <source>Open the conversation: %1</source>
        <translation>Die Konversation öffnen: %1</translation>
    </message>
    <message>
        <source>No note</source>
        <translation>Keine Notiz</translation>
    </message>
</context>
<context>
    <name>shopinbox::DiscountItemDelegate</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
</context>
<context>
    <name>shopinbox::DiscountPickerDialog</name>
    <message>
        <source>Share a discount</source>
        <translation>Einen Rabatt teilen</translation>
    </message>
    <message>
        <source>Search discount codes</source>
        <translation>Rabattcodes durchsuchen</translation>
    </message>
    <message>
        <source>Search by code or description</source>
        <translation>Nach Code oder Beschreibung suchen</translation>
    </message>
    <message>
        <source>Where the discount codes come from</source>
        <translation>Herkunft der Rabattcodes</translation>
    </message>
    <message>
        <source>Discount codes</source>
        <translation>Rabattcodes</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Message to send with the discount</source>
        <translation>Nachricht, die mit dem Rabatt gesendet wird</translation>
    </message>
    <message>
        <source>Add a message (optional)</source>
        <translation>Nachricht hinzufügen (optional)</translation>
    </message>
    <message>
        <source>Share discount</source>
        <translation>Rabatt teilen</translation>
    </message>
    <message>
        <source>Share the selected discount</source>
        <translation>Ausgewählten Rabatt teilen</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Showing discounts saved on this computer</source>
        <translation>Auf diesem Computer gespeicherte Rabatte werden angezeigt</translation>
    </message>
    <message>
        <source>Showing the shop&apos;s discount codes</source>
        <translation>Rabattcodes des Shops werden angezeigt</translation>
    </message>
    <message>
        <source>The shop has no discount codes.</source>
        <translation>Der Shop hat keine Rabattcodes.</translation>
    </message>
    <message>
        <source>No discount code matches “%1”.</source>
        <translation>Kein Rabattcode passt zu „%1“.</translation>
    </message>
    <message>
        <source>This discount is not active. Update it in your shop admin to share it.</source>
        <translation>Dieser Rabatt ist nicht aktiv. Aktualisiere ihn im Adminbereich deines Shops, um ihn zu teilen.</translation>
    </message>
    <message>
        <source>No active discount code selected.</source>
        <translation>Kein aktiver Rabattcode ausgewählt.</translation>
    </message>
</context>
<context>
    <name>shopinbox::DiscountSearchModel</name>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>shopinbox::ImageSendDialog</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is too large to send: images may be at most %2, this one is %3.</source>
        <translation>%1 ist zu groß zum Senden: Bilder dürfen höchstens %2 groß sein, dieses ist %3 groß.</translation>
    </message>
    <message>
        <source>%1 is not an image that can be sent. Send a PNG, JPEG, GIF or WebP image.</source>
        <translation>%1 ist kein Bild, das gesendet werden kann. Sende ein PNG-, JPEG-, GIF- oder WebP-Bild.</translation>
    </message>
    <message>
        <source>Send an image</source>
        <translation>Ein Bild senden</translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation>Bildvorschau</translation>
    </message>
    <message>
        <source>No preview available</source>
        <translation>Keine Vorschau verfügbar</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Dateigröße</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send the image</source>
        <translation>Bild senden</translation>
    </message>
</context>
<context>
    <name>shopinbox::ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <source>The image is not available.</source>
        <translation>Das Bild ist nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>shopinbox::KeychainCredentialStore</name>
    <message>
        <source>the system keychain</source>
        <translation>der Schlüsselbund des Systems</translation>
    </message>
</context>
<context>
    <name>shopinbox::LocalActions</name>
    <message>
        <source>This conversation is not in the cache.</source>
        <translation>Diese Konversation ist nicht im Cache.</translation>
    </message>
    <message>
        <source>The message could not be saved: %1</source>
        <translation>Die Nachricht konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Type a message first.</source>
        <translation>Gib zuerst eine Nachricht ein.</translation>
    </message>
    <message>
        <source>Share between one and three products.</source>
        <translation>Teile ein bis drei Produkte.</translation>
    </message>
    <message>
        <source>Only products published to the online store can be shared.</source>
        <translation>Nur im Onlineshop veröffentlichte Produkte können geteilt werden.</translation>
    </message>
    <message>
        <source>There is no discount code %1.</source>
        <translation>Es gibt keinen Rabattcode %1.</translation>
    </message>
    <message>
        <source>The discount code %1 is not active. Update the discount in the shop admin before sharing it.</source>
        <translation>Der Rabattcode %1 ist nicht aktiv. Aktualisiere den Rabatt im Adminbereich deines Shops, bevor du ihn teilst.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Die Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Images may be at most 10 MiB; %1 is %2 MiB.</source>
        <translation>Bilder dürfen höchstens 10 MiB groß sein; %1 ist %2 MiB groß.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>Die Notiz konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Only a failed message can be sent again.</source>
        <translation>Nur eine fehlgeschlagene Nachricht kann erneut gesendet werden.</translation>
    </message>
    <message>
        <source>Only a failed message that never reached the server can be discarded.</source>
        <translation>Nur eine fehlgeschlagene Nachricht, die den Server nie erreicht hat, kann verworfen werden.</translation>
    </message>
    <message>
        <source>A shortcut is 1 to %1 characters: lower-case letters a-z, digits, - and _.</source>
        <translation>Ein Kürzel hat 1 bis %1 Zeichen: Kleinbuchstaben a-z, Ziffern, - und _.</translation>
    </message>
    <message>
        <source>A saved reply may be at most %1 characters long.</source>
        <translation>Eine gespeicherte Antwort darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Type the text of the saved reply first.</source>
        <translation>Gib zuerst den Text der gespeicherten Antwort ein.</translation>
    </message>
    <message>
        <source>A saved reply /%1 already exists.</source>
        <translation>Es gibt bereits eine gespeicherte Antwort /%1.</translation>
    </message>
    <message>
        <source>The saved reply could not be saved: %1</source>
        <translation>Die Antwort konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>This saved reply no longer exists.</source>
        <translation>Diese gespeicherte Antwort gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The saved reply could not be deleted: %1</source>
        <translation>Die gespeicherte Antwort konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>This reply is %L1 characters long; the limit is %L2. Shorten it to send it.</source>
        <translation>Diese Antwort ist %L1 Zeichen lang; erlaubt sind %L2. Kürze sie, um sie zu senden.</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>There is no shop server to ask.</source>
        <translation>Es gibt keinen Shop-Server, den wir fragen können.</translation>
    </message>
    <message>
        <source>Your account has no chat permission: ask the shop owner for it.</source>
        <translation>Dein Konto hat keine Chat-Berechtigung: Bitte den Shop-Inhaber darum.</translation>
    </message>
    <message>
        <source>Only staff who manage the shop can change this.</source>
        <translation>Nur Mitarbeiter, die den Shop verwalten, können das ändern.</translation>
    </message>
</context>
<context>
    <name>shopinbox::MainWindow</name>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisieren…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Next conversation</source>
        <translation>&amp;Nächste Konversation</translation>
    </message>
    <message>
        <source>&amp;Previous conversation</source>
        <translation>&amp;Vorherige Konversation</translation>
    </message>
    <message>
        <source>Next &amp;unread conversation</source>
        <translation>Nächste &amp;ungelesene Konversation</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Konversation</translation>
    </message>
    <message>
        <source>S&amp;end reply</source>
        <translation>&amp;Antwort senden</translation>
    </message>
    <message>
        <source>&amp;Close or reopen</source>
        <translation>&amp;Schließen oder wieder öffnen</translation>
    </message>
    <message>
        <source>Mark as &amp;unread</source>
        <translation>Als &amp;ungelesen markieren</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Zuweisen…</translation>
    </message>
    <message>
        <source>No unread conversations</source>
        <translation>Keine ungelesenen Konversationen</translation>
    </message>
    <message>
        <source>Image…</source>
        <translation>Bild…</translation>
    </message>
    <message>
        <source>Send an image</source>
        <translation>Ein Bild senden</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Image not sent</source>
        <translation>Bild nicht gesendet</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Shop Inbox</source>
        <translation>&amp;Über Shop Inbox</translation>
    </message>
    <message>
        <source>About Shop Inbox</source>
        <translation>Über Shop Inbox</translation>
    </message>
    <message>
        <source>Shop Inbox %1
Answer the chats customers start in your online store.
Signed in to %2 as %3.</source>
        <translation>Shop Inbox %1
Beantworte die Chats, die Kund:innen in deinem Onlineshop beginnen.
Angemeldet bei %2 als %3.</translation>
    </message>
    <message>
        <source>Write a reply — Enter sends, Shift+Enter starts a new line, / inserts a saved reply</source>
        <translation>Schreib eine Antwort — Enter sendet, Umschalt+Enter beginnt eine neue Zeile, / fügt eine gespeicherte Antwort ein</translation>
    </message>
    <message>
        <source>Product…</source>
        <translation>Produkt…</translation>
    </message>
    <message>
        <source>Share products</source>
        <translation>Produkte teilen</translation>
    </message>
    <message>
        <source>Share up to 3 products from your online store</source>
        <translation>Teile bis zu 3 Produkte aus deinem Onlineshop</translation>
    </message>
    <message>
        <source>Discount…</source>
        <translation>Rabatt…</translation>
    </message>
    <message>
        <source>Share a discount code</source>
        <translation>Einen Rabattcode teilen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Add a shop…</source>
        <translation>Shop &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>The new language applies when Shop Inbox starts again.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Shop Inbox.</translation>
    </message>
    <message>
        <source>Syncing… %L1 updates received</source>
        <translation>Synchronisieren… %L1 Aktualisierungen empfangen</translation>
    </message>
    <message>
        <source>View image</source>
        <translation>Bild ansehen</translation>
    </message>
    <message>
        <source>The image is not available.</source>
        <translation>Das Bild ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The image is still loading.</source>
        <translation>Das Bild wird noch geladen.</translation>
    </message>
    <message>
        <source>Image from %1</source>
        <translation>Bild von %1</translation>
    </message>
    <message>
        <source>S&amp;witch shop</source>
        <translation>Shop &amp;wechseln</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Saved &amp;replies…</source>
        <translation>&amp;Gespeicherte Antworten…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Share &amp;products…</source>
        <translation>&amp;Produkte teilen…</translation>
    </message>
    <message>
        <source>Share a &amp;discount…</source>
        <translation>Einen &amp;Rabatt teilen…</translation>
    </message>
    <message>
        <source>Send an &amp;image…</source>
        <translation>Ein &amp;Bild senden…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Customer &amp;profile</source>
        <translation>Kunden&amp;profil</translation>
    </message>
    <message>
        <source>%L1 / %L2</source>
        <translation>%L1 / %L2</translation>
    </message>
    <message numerus="yes">
        <source>Too long to send: shorten the reply by %Ln character(s).</source>
        <translation>
            <numerusform>Zu lang zum Senden: Kürzen Sie die Antwort um %Ln Zeichen.</numerusform>
            <numerusform>Zu lang zum Senden: Kürzen Sie die Antwort um %Ln Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n unread)</source>
        <translation>
            <numerusform>%1 (%n ungelesen)</numerusform>
            <numerusform>%1 (%n ungelesen)</numerusform>
        </translation>
    </message>
    <message>
        <source>The pasted picture could not be saved to send it.</source>
        <translation>Das eingefügte Bild konnte zum Senden nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Share one of the shop&apos;s active discount codes</source>
        <translation>Einen der aktiven Rabattcodes des Shops teilen</translation>
    </message>
    <message>
        <source>Send a picture (PNG, JPEG, GIF or WebP, up to 10 MB); you can also paste or drop one</source>
        <translation>Ein Bild senden (PNG, JPEG, GIF oder WebP, bis 10 MB); du kannst auch eines einfügen oder hineinziehen</translation>
    </message>
    <message>
        <source>Show &amp;open conversations</source>
        <translation>&amp;Offene Konversationen anzeigen</translation>
    </message>
    <message>
        <source>Show &amp;closed conversations</source>
        <translation>&amp;Geschlossene Konversationen anzeigen</translation>
    </message>
    <message>
        <source>Show u&amp;nread conversations</source>
        <translation>U&amp;ngelesene Konversationen anzeigen</translation>
    </message>
    <message>
        <source>Show conversations &amp;assigned to me</source>
        <translation>&amp;Mir zugewiesene Konversationen anzeigen</translation>
    </message>
    <message>
        <source>Insert a saved &amp;reply</source>
        <translation>Gespeicherte &amp;Antwort einfügen</translation>
    </message>
    <message>
        <source>You can read this conversation but not reply: your account has no chat permission. The shop owner can give it to you in Settings → Team.</source>
        <translation>Du kannst diese Konversation lesen, aber nicht antworten: Dein Konto hat keine Chat-Berechtigung. Der Shop-Inhaber kann sie dir unter Einstellungen → Team geben.</translation>
    </message>
</context>
<context>
    <name>shopinbox::MediaCache</name>
    <message>
        <source>not a shop media address</source>
        <translation>keine Medienadresse des Shops</translation>
    </message>
    <message>
        <source>larger than 10 MiB</source>
        <translation>größer als 10 MiB</translation>
    </message>
    <message>
        <source>not a PNG, JPEG, GIF or WebP image</source>
        <translation>kein PNG-, JPEG-, GIF- oder WebP-Bild</translation>
    </message>
    <message>
        <source>cannot be stored: %1</source>
        <translation>kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>shopinbox::MessageDelegate</name>
    <message>
        <source>Discount %1 — %2</source>
        <translation>Rabatt %1 — %2</translation>
    </message>
    <message>
        <source>🖼 Image</source>
        <translation>🖼 Bild</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Gesendet um %1</translation>
    </message>
    <message>
        <source>Emailed %1</source>
        <translation>Per E-Mail gesendet um %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Uploading %1%…</source>
        <translation>Hochladen %1%…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Image unavailable</source>
        <translation>Bild nicht verfügbar</translation>
    </message>
    <message>
        <source>Discount code %1</source>
        <translation>Rabattcode %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Automatic follow-up · %1</source>
        <translation>Automatische Folgenachricht · %1</translation>
    </message>
    <message>
        <source>Away message · %1</source>
        <translation>Abwesenheitsnachricht · %1</translation>
    </message>
</context>
<context>
    <name>shopinbox::Notifier</name>
    <message>
        <source>Shop Inbox</source>
        <translation>Shop Inbox</translation>
    </message>
    <message numerus="yes">
        <source>Shop Inbox — %n unread</source>
        <translation>
            <numerusform>Shop Inbox — %n ungelesen</numerusform>
            <numerusform>Shop Inbox — %n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>A customer</source>
        <translation>Ein Kunde</translation>
    </message>
    <message>
        <source>Show Shop Inbox</source>
        <translation>Shop Inbox anzeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>shopinbox::OutboxSender</name>
    <message>
        <source>The image %1 can no longer be read.</source>
        <translation>Das Bild %1 kann nicht mehr gelesen werden.</translation>
    </message>
</context>
<context>
    <name>shopinbox::ProductItemDelegate</name>
    <message numerus="yes">
        <source>%n in stock</source>
        <translation>
            <numerusform>%n auf Lager</numerusform>
            <numerusform>%n auf Lager</numerusform>
        </translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Ausverkauft</translation>
    </message>
</context>
<context>
    <name>shopinbox::ProductPickerDialog</name>
    <message>
        <source>Share products</source>
        <translation>Produkte teilen</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Produkte durchsuchen</translation>
    </message>
    <message>
        <source>Search products by title</source>
        <translation>Produkte nach Titel suchen</translation>
    </message>
    <message>
        <source>Where the products come from</source>
        <translation>Herkunft der Produkte</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Selected products</source>
        <translation>Ausgewählte Produkte</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Message to send with the products</source>
        <translation>Nachricht, die mit den Produkten gesendet wird</translation>
    </message>
    <message>
        <source>Add a message (optional)</source>
        <translation>Nachricht hinzufügen (optional)</translation>
    </message>
    <message>
        <source>Share product(s)</source>
        <translation>Produkt(e) teilen</translation>
    </message>
    <message>
        <source>Share the selected products</source>
        <translation>Ausgewählte Produkte teilen</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Showing products saved on this computer</source>
        <translation>Auf diesem Computer gespeicherte Produkte werden angezeigt</translation>
    </message>
    <message>
        <source>Showing products from the online store</source>
        <translation>Produkte aus dem Onlineshop werden angezeigt</translation>
    </message>
    <message>
        <source>No published products.</source>
        <translation>Keine veröffentlichten Produkte.</translation>
    </message>
    <message>
        <source>No published product matches “%1”.</source>
        <translation>Kein veröffentlichtes Produkt passt zu „%1“.</translation>
    </message>
    <message>
        <source>No product selected.</source>
        <translation>Kein Produkt ausgewählt.</translation>
    </message>
    <message>
        <source>Selected (%1 of %2): %3</source>
        <translation>Ausgewählt (%1 von %2): %3</translation>
    </message>
    <message>
        <source>You can share up to %1 products</source>
        <translation>Du kannst bis zu %1 Produkte teilen</translation>
    </message>
</context>
<context>
    <name>shopinbox::ProductSearchModel</name>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>shopinbox::SavedRepliesDialog</name>
    <message>
        <source>Saved replies</source>
        <translation>Gespeicherte Antworten</translation>
    </message>
    <message>
        <source>&amp;New reply</source>
        <translation>&amp;Neue Antwort</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>e.g. shipping</source>
        <translation>z. B. versand</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Antworttext</translation>
    </message>
    <message>
        <source>&amp;Shortcut: /</source>
        <translation>&amp;Kürzel: /</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, - and _. Type /shortcut in a reply to insert the text. Saved replies are shared with all staff of the shop.</source>
        <translation>Kleinbuchstaben, Ziffern, - und _. Tippe /Kürzel in eine Antwort, um den Text einzufügen. Gespeicherte Antworten werden mit allen Mitarbeitern des Shops geteilt.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>The server refused the change: %1</source>
        <translation>Der Server hat die Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Added: it appears in the list once the server has it.</source>
        <translation>Hinzugefügt: Sie erscheint in der Liste, sobald der Server sie hat.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Gelöscht.</translation>
    </message>
    <message>
        <source>Type /shortcut in a reply to insert the text. Only staff who manage the shop can change saved replies.</source>
        <translation>Tippe /Kürzel in eine Antwort, um den Text einzufügen. Nur Mitarbeiter, die den Shop verwalten, können gespeicherte Antworten ändern.</translation>
    </message>
</context>
<context>
    <name>shopinbox::SavedReplyCompleter</name>
    <message>
        <source>Saved replies</source>
        <translation>Gespeicherte Antworten</translation>
    </message>
</context>
<context>
    <name>shopinbox::ServerSearch</name>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>shopinbox::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Storefront chat</source>
        <translation>Shop-Chat</translation>
    </message>
    <message>
        <source>Automated messages</source>
        <translation>Automatische Nachrichten</translation>
    </message>
    <message>
        <source>Notify me about new customer messages</source>
        <translation>Bei neuen Kundennachrichten benachrichtigen</translation>
    </message>
    <message>
        <source>Start minimised to the tray</source>
        <translation>Minimiert im Infobereich starten</translation>
    </message>
    <message>
        <source>Start minimised</source>
        <translation>Minimiert starten</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Nach dem Schließen des Fensters im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>A new language applies when Shop Inbox starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Shop Inbox.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Show the chat button in the online store</source>
        <translation>Chat-Schaltfläche im Onlineshop anzeigen</translation>
    </message>
    <message>
        <source>Button position</source>
        <translation>Position der Schaltfläche</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>Unten rechts</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>Unten links</translation>
    </message>
    <message>
        <source>Button colour</source>
        <translation>Farbe der Schaltfläche</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose the button colour</source>
        <translation>Farbe der Schaltfläche auswählen</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>Shown in the chat window&apos;s header</source>
        <translation>Wird in der Kopfzeile des Chatfensters angezeigt</translation>
    </message>
    <message>
        <source>Follow-up message</source>
        <translation>Folgenachricht</translation>
    </message>
    <message>
        <source>Sent after the customer&apos;s first message</source>
        <translation>Wird nach der ersten Nachricht des Kunden gesendet</translation>
    </message>
    <message>
        <source>Away message</source>
        <translation>Abwesenheitsnachricht</translation>
    </message>
    <message>
        <source>Sent outside business hours</source>
        <translation>Wird außerhalb der Geschäftszeiten gesendet</translation>
    </message>
    <message>
        <source>Greeting:</source>
        <translation>Begrüßung:</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Folgenachricht:</translation>
    </message>
    <message>
        <source>Away:</source>
        <translation>Abwesenheit:</translation>
    </message>
    <message>
        <source>Business hours (the shop&apos;s time zone)</source>
        <translation>Geschäftszeiten (Zeitzone des Shops)</translation>
    </message>
    <message>
        <source>Without business hours the shop is never away.</source>
        <translation>Ohne Geschäftszeiten ist der Shop nie abwesend.</translation>
    </message>
    <message>
        <source>%1 opens</source>
        <translation>Öffnungszeit am %1</translation>
    </message>
    <message>
        <source>%1 closes</source>
        <translation>Schließzeit am %1</translation>
    </message>
    <message>
        <source>Sign in to a shop to change its storefront chat.</source>
        <translation>Melde dich bei einem Shop an, um seinen Shop-Chat zu ändern.</translation>
    </message>
    <message>
        <source>Loading the shop&apos;s settings…</source>
        <translation>Einstellungen des Shops werden geladen…</translation>
    </message>
    <message>
        <source>The storefront settings need a connection to the shop server (%1).</source>
        <translation>Die Shop-Einstellungen erfordern eine Verbindung zum Shop-Server (%1).</translation>
    </message>
    <message>
        <source>On %1 the shop must open before it closes.</source>
        <translation>Am %1 muss der Shop öffnen, bevor er schließt.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Not saved: the shop server cannot be reached (%1).</source>
        <translation>Nicht gespeichert: Der Shop-Server ist nicht erreichbar (%1).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Websites allowed to show the chat</source>
        <translation>Websites, die den Chat anzeigen dürfen</translation>
    </message>
    <message>
        <source>&amp;Websites:</source>
        <translation>&amp;Websites:</translation>
    </message>
    <message>
        <source>The addresses of your store, one per line (for example https://shop.example). Only these sites can show the chat; leave empty to allow any site.</source>
        <translation>Die Adressen deines Shops, eine pro Zeile (zum Beispiel https://shop.example). Nur diese Websites können den Chat anzeigen; leer lassen, um jede Website zu erlauben.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Only staff who manage the shop can change these settings.</source>
        <translation>Nur Mitarbeiter, die den Shop verwalten, können diese Einstellungen ändern.</translation>
    </message>
</context>
<context>
    <name>shopinbox::SignInDialog</name>
    <message>
        <source>Sign in to your shop</source>
        <translation>Melde dich bei deinem Shop an</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Enter the server address, your e-mail address and your password.</source>
        <translation>Gib die Serveradresse, deine E-Mail-Adresse und dein Passwort ein.</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <source>%1

Stay signed in for this session only? You will need to sign in again next time.</source>
        <translation>%1

Nur für diese Sitzung angemeldet bleiben? Beim nächsten Mal musst du dich erneut anmelden.</translation>
    </message>
    <message>
        <source>Your new password</source>
        <translation>Dein neues Passwort</translation>
    </message>
    <message>
        <source>At least 10 characters</source>
        <translation>Mindestens 10 Zeichen</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
</context>
<context>
    <name>shopinbox::SyncEngine</name>
    <message numerus="yes">
        <source>Skipped %n malformed event(s) from the server: %1</source>
        <translation>
            <numerusform>%n fehlerhaftes Ereignis vom Server übersprungen: %1</numerusform>
            <numerusform>%n fehlerhafte Ereignisse vom Server übersprungen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The server sent a sync page that cannot be read (%1); retrying later.</source>
        <translation>Der Server hat eine Synchronisierungsseite gesendet, die nicht gelesen werden kann (%1); später wird es erneut versucht.</translation>
    </message>
    <message>
        <source>The server sent a sync page that does not advance past seq %1; retrying later.</source>
        <translation>Der Server hat eine Synchronisierungsseite gesendet, die nicht über seq %1 hinausgeht; später wird es erneut versucht.</translation>
    </message>
    <message>
        <source>Could not store synced data: %1</source>
        <translation>Synchronisierte Daten konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The connection to the server was lost (%1).</source>
        <translation>Die Verbindung zum Server wurde unterbrochen (%1).</translation>
    </message>
    <message>
        <source>Ignored a malformed event from the server (%1): %2</source>
        <translation>Fehlerhaftes Ereignis vom Server ignoriert (%1): %2</translation>
    </message>
    <message>
        <source>Could not store live events: %1</source>
        <translation>Live-Ereignisse konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>shopinbox::TeamPage</name>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>chats with customers</source>
        <translation>chattet mit Kunden</translation>
    </message>
    <message>
        <source>manages the shop</source>
        <translation>verwaltet den Shop</translation>
    </message>
    <message>
        <source>reads conversations only</source>
        <translation>liest nur Konversationen</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; · %3</source>
        <translation>%1 &lt;%2&gt; · %3</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Chats with customers</source>
        <translation>Chattet mit Kunden</translation>
    </message>
    <message>
        <source>Manages the shop</source>
        <translation>Verwaltet den Shop</translation>
    </message>
    <message>
        <source>Settings, storefront chat, automated messages, saved replies and the team</source>
        <translation>Einstellungen, Shop-Chat, automatische Nachrichten, gespeicherte Antworten und das Team</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>A deactivated member is signed out everywhere and cannot sign in</source>
        <translation>Ein deaktiviertes Mitglied wird überall abgemeldet und kann sich nicht anmelden</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Invite a member</source>
        <translation>Mitglied einladen</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Einladen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Enter the new member&apos;s name and e-mail address.</source>
        <translation>Gib den Namen und die E-Mail-Adresse des neuen Mitglieds ein.</translation>
    </message>
    <message>
        <source>Inviting…</source>
        <translation>Wird eingeladen…</translation>
    </message>
    <message>
        <source>Not invited: %1</source>
        <translation>Nicht eingeladen: %1</translation>
    </message>
    <message>
        <source>%1 can now sign in as %2 with this one-time password, and will choose their own at once: %3
It is shown only now.</source>
        <translation>%1 kann sich jetzt als %2 mit diesem Einmalpasswort anmelden und wählt dann sofort ein eigenes: %3
Es wird nur jetzt angezeigt.</translation>
    </message>
</context>
</TS>
