<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>QObject</name>
    <message>
        <source>Shop Inbox</source>
        <translation>Shop Inbox</translation>
    </message>
    <message>
        <source>Answer the chats customers start in your online store.</source>
        <translation>Beantwoord de chats die klanten in je onlinewinkel starten.</translation>
    </message>
    <message>
        <source>Shop server URL.</source>
        <translation>URL van de winkelserver.</translation>
    </message>
    <message>
        <source>Staff e-mail address.</source>
        <translation>E-mailadres van de medewerker.</translation>
    </message>
    <message>
        <source>Read the password from standard input and sign in.</source>
        <translation>Wachtwoord lezen van standaardinvoer en inloggen.</translation>
    </message>
    <message>
        <source>Use a separate settings and cache directory.</source>
        <translation>Een aparte map voor instellingen en cache gebruiken.</translation>
    </message>
    <message>
        <source>Wait for the first sync, save the window with the first conversation open as PNG, and exit.</source>
        <translation>Wachten op de eerste synchronisatie, het venster met het eerste gesprek geopend opslaan als PNG en afsluiten.</translation>
    </message>
    <message>
        <source>--profile must be a plain name</source>
        <translation>--profile moet een eenvoudige naam zijn</translation>
    </message>
    <message>
        <source>--password-stdin needs --server and --email</source>
        <translation>--password-stdin vereist --server en --email</translation>
    </message>
    <message>
        <source>--screenshot needs --server, --email and --password-stdin</source>
        <translation>--screenshot vereist --server, --email en --password-stdin</translation>
    </message>
    <message>
        <source>No keychain is available on this system (%1). Shop Inbox can keep you signed in for this session only.</source>
        <translation>Er is geen sleutelhanger beschikbaar op dit systeem (%1). Shop Inbox kan je alleen voor deze sessie ingelogd houden.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied (%1).</source>
        <translation>Toegang tot de sleutelhanger is geweigerd (%1).</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>De sleutelhanger meldde een fout: %1</translation>
    </message>
</context>
<context>
    <name>shopinbox::AccountManager</name>
    <message>
        <source>Enter the server address, for example https://shop.example.com</source>
        <translation>Voer het serveradres in, bijvoorbeeld https://shop.example.com</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>De server is niet bereikbaar: %1</translation>
    </message>
    <message>
        <source>Wrong email address or password.</source>
        <translation>Onjuist e-mailadres of wachtwoord.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>Te veel pogingen. Wacht een minuut en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not understood (%1).</source>
        <translation>Het antwoord van de server werd niet begrepen (%1).</translation>
    </message>
</context>
<context>
    <name>shopinbox::Cache</name>
    <message>
        <source>The cache %1 cannot be opened: %2</source>
        <translation>De cache %1 kan niet worden geopend: %2</translation>
    </message>
    <message>
        <source>The cache %1 cannot be read: %2</source>
        <translation>De cache %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer version of Shop Inbox (format %2; this version reads up to %3). It was left untouched. Update Shop Inbox, or use another profile.</source>
        <translation>De cache %1 is geschreven door een nieuwere versie van Shop Inbox (formaat %2; deze versie leest tot en met %3). De cache is niet gewijzigd. Werk Shop Inbox bij of gebruik een ander profiel.</translation>
    </message>
    <message>
        <source>The cache %1 is damaged and could not be moved aside.</source>
        <translation>De cache %1 is beschadigd en kon niet opzij worden gezet.</translation>
    </message>
    <message>
        <source>The local cache was damaged. It was moved to %1 and a new one is being built from the server; nothing on the server was affected.</source>
        <translation>De lokale cache was beschadigd. Deze is verplaatst naar %1 en er wordt een nieuwe opgebouwd vanaf de server; op de server is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The cache %1 cannot be created: %2</source>
        <translation>De cache %1 kan niet worden aangemaakt: %2</translation>
    </message>
    <message>
        <source>The cache %1 cannot be prepared: %2</source>
        <translation>De cache %1 kan niet worden voorbereid: %2</translation>
    </message>
</context>
<context>
    <name>shopinbox::ConversationDelegate</name>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Shared products</source>
        <translation>Producten gedeeld</translation>
    </message>
    <message>
        <source>Shared a discount</source>
        <translation>Korting gedeeld</translation>
    </message>
    <message>
        <source>Sent an image</source>
        <translation>Afbeelding verzonden</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Jij: %1</translation>
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
        <translation>Gesloten</translation>
    </message>
</context>
<context>
    <name>shopinbox::KeychainCredentialStore</name>
    <message>
        <source>the system keychain</source>
        <translation>de sleutelhanger van het systeem</translation>
    </message>
</context>
<context>
    <name>shopinbox::LocalActions</name>
    <message>
        <source>This conversation is not in the cache.</source>
        <translation>Dit gesprek staat niet in de cache.</translation>
    </message>
    <message>
        <source>The message could not be saved: %1</source>
        <translation>Het bericht kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>Type a message first.</source>
        <translation>Typ eerst een bericht.</translation>
    </message>
    <message>
        <source>Share between one and three products.</source>
        <translation>Deel één tot drie producten.</translation>
    </message>
    <message>
        <source>Only products published to the online store can be shared.</source>
        <translation>Alleen producten die in de onlinewinkel zijn gepubliceerd, kunnen worden gedeeld.</translation>
    </message>
    <message>
        <source>There is no discount code %1.</source>
        <translation>Er is geen kortingscode %1.</translation>
    </message>
    <message>
        <source>The discount code %1 is not active. Update the discount in the shop admin before sharing it.</source>
        <translation>De kortingscode %1 is niet actief. Werk de korting bij in het beheer van je winkel voordat je deze deelt.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Het bestand %1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>Images may be at most 10 MiB; %1 is %2 MiB.</source>
        <translation>Afbeeldingen mogen maximaal 10 MiB zijn; %1 is %2 MiB.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>De wijziging kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>De notitie kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>Only a failed message can be sent again.</source>
        <translation>Alleen een mislukt bericht kan opnieuw worden verzonden.</translation>
    </message>
    <message>
        <source>Only a failed message that never reached the server can be discarded.</source>
        <translation>Alleen een mislukt bericht dat de server nooit heeft bereikt, kan worden verwijderd.</translation>
    </message>
</context>
<context>
    <name>shopinbox::MainWindow</name>
    <message>
        <source>Show conversations</source>
        <translation>Gesprekken tonen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ongelezen</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Aan mij toegewezen</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Gesprekken zoeken</translation>
    </message>
    <message>
        <source>Offline: showing cached conversations. Replies will be sent when the connection returns.</source>
        <translation>Offline: gesprekken uit de cache worden getoond. Antwoorden worden verzonden zodra de verbinding terug is.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Toewijzen</translation>
    </message>
    <message>
        <source>Assign the conversation</source>
        <translation>Gesprek toewijzen</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>Markeren als ongelezen</translation>
    </message>
    <message>
        <source>✓ Close</source>
        <translation>✓ Sluiten</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Write a reply — Enter sends, Shift+Enter starts a new line</source>
        <translation>Schrijf een antwoord — Enter verzendt, Shift+Enter begint een nieuwe regel</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Verzenden</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>Geen gesprek geselecteerd</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>● Online in your store</source>
        <translation>● Online in je winkel</translation>
    </message>
    <message>
        <source>Left the store — replies will be emailed to %1</source>
        <translation>Heeft de winkel verlaten — antwoorden worden gemaild naar %1</translation>
    </message>
    <message>
        <source>Left the store</source>
        <translation>Heeft de winkel verlaten</translation>
    </message>
    <message>
        <source>○ Reopen</source>
        <translation>○ Heropenen</translation>
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
        <translation>Synchroniseren…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>&amp;Next conversation</source>
        <translation>&amp;Volgend gesprek</translation>
    </message>
    <message>
        <source>&amp;Previous conversation</source>
        <translation>Vo&amp;rig gesprek</translation>
    </message>
    <message>
        <source>Next &amp;unread conversation</source>
        <translation>Volgend &amp;ongelezen gesprek</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>Ge&amp;sprek</translation>
    </message>
    <message>
        <source>S&amp;end reply</source>
        <translation>Antwoord &amp;verzenden</translation>
    </message>
    <message>
        <source>&amp;Close or reopen</source>
        <translation>&amp;Sluiten of heropenen</translation>
    </message>
    <message>
        <source>Mark as &amp;unread</source>
        <translation>Markeren als &amp;ongelezen</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Toewijzen…</translation>
    </message>
    <message>
        <source>No unread conversations</source>
        <translation>Geen ongelezen gesprekken</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Toewijzing opheffen</translation>
    </message>
    <message numerus="yes">
        <source>Shop Inbox — %1 (%n unread)</source>
        <translation>
            <numerusform>Shop Inbox — %1 (%n ongelezen)</numerusform>
            <numerusform>Shop Inbox — %1 (%n ongelezen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Shop Inbox — %1</source>
        <translation>Shop Inbox — %1</translation>
    </message>
    <message>
        <source>Image…</source>
        <translation>Afbeelding…</translation>
    </message>
    <message>
        <source>Send an image</source>
        <translation>Een afbeelding versturen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Tekst kopiëren</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 openen</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Opnieuw versturen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG, GIF or WebP image.</source>
        <translation>%1 is geen PNG-, JPEG-, GIF- of WebP-afbeelding.</translation>
    </message>
    <message>
        <source>%1 is larger than 10 MiB.</source>
        <translation>%1 is groter dan 10 MiB.</translation>
    </message>
    <message>
        <source>Image not sent</source>
        <translation>Afbeelding niet verstuurd</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Shop Inbox</source>
        <translation>&amp;Over Shop Inbox</translation>
    </message>
    <message>
        <source>About Shop Inbox</source>
        <translation>Over Shop Inbox</translation>
    </message>
    <message>
        <source>Shop Inbox %1
Answer the chats customers start in your online store.
Signed in to %2 as %3.</source>
        <translation>Shop Inbox %1
Beantwoord de chats die klanten in je webwinkel beginnen.
Aangemeld bij %2 als %3.</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Winkelwagen</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>Cart: %n item(s), %1</source>
        <translation>
            <numerusform>Winkelwagen: %n artikel, %1</numerusform>
            <numerusform>Winkelwagen: %n artikelen, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopinbox::MessageDelegate</name>
    <message>
        <source>Discount %1 — %2</source>
        <translation>Korting %1 — %2</translation>
    </message>
    <message>
        <source>🖼 Image</source>
        <translation>🖼 Afbeelding</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Verzenden…</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Verzonden %1</translation>
    </message>
    <message>
        <source>Emailed %1</source>
        <translation>Gemaild %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Niet verzonden: %1</translation>
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
            <numerusform>Shop Inbox — %n ongelezen</numerusform>
            <numerusform>Shop Inbox — %n ongelezen</numerusform>
        </translation>
    </message>
    <message>
        <source>A customer</source>
        <translation>Een klant</translation>
    </message>
</context>
<context>
    <name>shopinbox::OutboxSender</name>
    <message>
        <source>The image %1 can no longer be read.</source>
        <translation>De afbeelding %1 kan niet meer worden gelezen.</translation>
    </message>
    <message>
        <source>Unknown action %1</source>
        <translation>Onbekende actie %1</translation>
    </message>
</context>
<context>
    <name>shopinbox::SignInDialog</name>
    <message>
        <source>Sign in to your shop</source>
        <translation>Log in bij je winkel</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <source>Enter the server address, your e-mail address and your password.</source>
        <translation>Voer het serveradres, je e-mailadres en je wachtwoord in.</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Geen sleutelhanger</translation>
    </message>
    <message>
        <source>%1

Stay signed in for this session only? You will need to sign in again next time.</source>
        <translation>%1

Alleen voor deze sessie ingelogd blijven? De volgende keer moet je opnieuw inloggen.</translation>
    </message>
</context>
<context>
    <name>shopinbox::SyncEngine</name>
    <message numerus="yes">
        <source>Skipped %n malformed event(s) from the server: %1</source>
        <translation>
            <numerusform>%n ongeldige gebeurtenis van de server overgeslagen: %1</numerusform>
            <numerusform>%n ongeldige gebeurtenissen van de server overgeslagen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchronisatie mislukt: %1</translation>
    </message>
    <message>
        <source>The server sent a sync page that cannot be read (%1); retrying later.</source>
        <translation>De server stuurde een synchronisatiepagina die niet kan worden gelezen (%1); later wordt het opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>The server sent a sync page that does not advance past seq %1; retrying later.</source>
        <translation>De server stuurde een synchronisatiepagina die niet verder gaat dan seq %1; later wordt het opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>Could not store synced data: %1</source>
        <translation>Gesynchroniseerde gegevens konden niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>The connection to the server was lost (%1).</source>
        <translation>De verbinding met de server is verbroken (%1).</translation>
    </message>
    <message>
        <source>Ignored a malformed event from the server (%1): %2</source>
        <translation>Ongeldige gebeurtenis van de server genegeerd (%1): %2</translation>
    </message>
    <message>
        <source>Could not store live events: %1</source>
        <translation>Live-gebeurtenissen konden niet worden opgeslagen: %1</translation>
    </message>
</context>
</TS>
