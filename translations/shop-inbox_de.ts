<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
</context>
<context>
    <name>shopinbox::MainWindow</name>
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
        <source>Search conversations</source>
        <translation>Konversationen durchsuchen</translation>
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
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Write a reply — Enter sends, Shift+Enter starts a new line</source>
        <translation>Schreib eine Antwort — Enter sendet, Umschalt+Enter beginnt eine neue Zeile</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
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
        <source>● Online in your store</source>
        <translation>● Online in deinem Shop</translation>
    </message>
    <message>
        <source>Left the store — replies will be emailed to %1</source>
        <translation>Hat den Shop verlassen — Antworten werden per E-Mail an %1 gesendet</translation>
    </message>
    <message>
        <source>Left the store</source>
        <translation>Hat den Shop verlassen</translation>
    </message>
    <message>
        <source>○ Reopen</source>
        <translation>○ Wieder öffnen</translation>
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
        <source>Unassign</source>
        <translation>Zuweisung aufheben</translation>
    </message>
    <message numerus="yes">
        <source>Shop Inbox — %1 (%n unread)</source>
        <translation>
            <numerusform>Shop Inbox — %1 (%n ungelesen)</numerusform>
            <numerusform>Shop Inbox — %1 (%n ungelesen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Shop Inbox — %1</source>
        <translation>Shop Inbox — %1</translation>
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
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG, GIF or WebP image.</source>
        <translation>%1 ist kein PNG-, JPEG-, GIF- oder WebP-Bild.</translation>
    </message>
    <message>
        <source>%1 is larger than 10 MiB.</source>
        <translation>%1 ist größer als 10 MiB.</translation>
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
        <source>Cart</source>
        <translation>Warenkorb</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>Cart: %n item(s), %1</source>
        <translation>
            <numerusform>Warenkorb: %n Artikel, %1</numerusform>
            <numerusform>Warenkorb: %n Artikel, %1</numerusform>
        </translation>
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
</context>
<context>
    <name>shopinbox::OutboxSender</name>
    <message>
        <source>The image %1 can no longer be read.</source>
        <translation>Das Bild %1 kann nicht mehr gelesen werden.</translation>
    </message>
    <message>
        <source>Unknown action %1</source>
        <translation>Unbekannte Aktion %1</translation>
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
</TS>
