<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CartEvent</name>
    <message>
        <source>Added a product to the cart</source>
        <translation>Een product aan de winkelwagen toegevoegd</translation>
    </message>
    <message>
        <source>Removed a product from the cart</source>
        <translation>Een product uit de winkelwagen verwijderd</translation>
    </message>
    <message>
        <source>Added %1 to the cart</source>
        <translation>%1 toegevoegd aan de winkelwagen</translation>
    </message>
    <message>
        <source>Removed %1 from the cart</source>
        <translation>%1 uit de winkelwagen verwijderd</translation>
    </message>
</context>
<context>
    <name>CustomerProfileDock</name>
    <message>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <source>Payment pending</source>
        <translation>Betaling in behandeling</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Geautoriseerd</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Terugbetaald</translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation>Gedeeltelijk terugbetaald</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Uitgevoerd</translation>
    </message>
    <message>
        <source>Unfulfilled</source>
        <translation>Niet uitgevoerd</translation>
    </message>
    <message>
        <source>Partially fulfilled</source>
        <translation>Gedeeltelijk uitgevoerd</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Started this chat with the customer&apos;s e-mail address, without a name — the address is not confirmed</source>
        <translation>Begon deze chat met het e-mailadres van de klant, zonder naam — het adres is niet bevestigd</translation>
    </message>
    <message>
        <source>Started this chat as “%1” with the customer&apos;s e-mail address — the address is not confirmed</source>
        <translation>Begon deze chat als „%1” met het e-mailadres van de klant — het adres is niet bevestigd</translation>
    </message>
    <message>
        <source>Looked up the status of order %1</source>
        <translation>Heeft de status van bestelling %1 opgevraagd</translation>
    </message>
    <message>
        <source>Looked up order %1 with an e-mail address that is not its customer&apos;s</source>
        <translation>Heeft bestelling %1 opgevraagd met een e-mailadres dat niet van de klant ervan is</translation>
    </message>
    <message>
        <source>A code to confirm the e-mail address was sent to %1</source>
        <translation>Er is een code naar %1 gestuurd om het e-mailadres te bevestigen</translation>
    </message>
    <message>
        <source>Confirmed the e-mail address with the code: the chat continues in the customer&apos;s conversation</source>
        <translation>Heeft het e-mailadres met de code bevestigd: de chat gaat verder in het gesprek van de klant</translation>
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
    <message>
        <source>Open this conversation (its number) once signed in.</source>
        <translation>Dit gesprek (het nummer ervan) openen na het inloggen.</translation>
    </message>
    <message>
        <source>--conversation needs a conversation number</source>
        <translation>--conversation vereist een gespreksnummer</translation>
    </message>
    <message>
        <source>Open the window at this size, e.g. 1024x700.</source>
        <translation>Open het venster in dit formaat, bijv. 1024x700.</translation>
    </message>
    <message>
        <source>--window-size needs WIDTHxHEIGHT, at least 320x240</source>
        <translation>--window-size verwacht BREEDTExHOOGTE, minstens 320x240</translation>
    </message>
</context>
<context>
    <name>Topic</name>
    <message>
        <source>Checkout</source>
        <translation>Afrekenen</translation>
    </message>
    <message>
        <source>Edit orders</source>
        <translation>Bestellingen wijzigen</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Bestelstatus</translation>
    </message>
    <message>
        <source>Pricing and discounts</source>
        <translation>Prijzen en kortingen</translation>
    </message>
    <message>
        <source>Product details</source>
        <translation>Productdetails</translation>
    </message>
    <message>
        <source>Product interest</source>
        <translation>Productinteresse</translation>
    </message>
    <message>
        <source>Returns and delivered orders</source>
        <translation>Retouren en geleverde bestellingen</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Verzending</translation>
    </message>
    <message>
        <source>Store information</source>
        <translation>Winkelinformatie</translation>
    </message>
    <message>
        <source>Wholesale</source>
        <translation>Groothandel</translation>
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
    <message>
        <source>This was a one-time password: choose your own password to go on.</source>
        <translation>Dit was een eenmalig wachtwoord: kies je eigen wachtwoord om verder te gaan.</translation>
    </message>
</context>
<context>
    <name>shopinbox::AppController</name>
    <message>
        <source>no signed-in shop: sign in with --server, --email and --password-stdin</source>
        <translation>geen ingelogde winkel: log in met --server, --email en --password-stdin</translation>
    </message>
    <message>
        <source>no stored sign-in for %1</source>
        <translation>geen opgeslagen inloggegevens voor %1</translation>
    </message>
    <message>
        <source>Shop Inbox</source>
        <translation>Shop Inbox</translation>
    </message>
    <message>
        <source>The sign-in to %1 as %2 has expired or was revoked. Sign in again to go on syncing; the cached conversations stay available.</source>
        <translation>Je login bij %1 als %2 is verlopen of ingetrokken. Log opnieuw in om verder te synchroniseren; de gesprekken in de cache blijven beschikbaar.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Opnieuw inloggen</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to %1 have not reached the server yet and will be lost. Sign out anyway?</source>
        <translation>
            <numerusform>%n wijziging in %1 heeft de server nog niet bereikt en gaat verloren. Toch uitloggen?</numerusform>
            <numerusform>%n wijzigingen in %1 hebben de server nog niet bereikt en gaan verloren. Toch uitloggen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign out of %1? The conversations cached on this computer are removed.</source>
        <translation>Uitloggen bij %1? De gesprekken in de cache op deze computer worden verwijderd.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Uitloggen</translation>
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
    <name>shopinbox::ConversationHeader</name>
    <message>
        <source>Cart</source>
        <translation>Winkelwagen</translation>
    </message>
    <message>
        <source>Show the customer&apos;s profile</source>
        <translation>Klantprofiel tonen</translation>
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
        <source>No conversation selected</source>
        <translation>Geen gesprek geselecteerd</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Toegewezen aan jou</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Toegewezen aan %1</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>iemand anders</translation>
    </message>
    <message>
        <source>Left the store — replies will be emailed to %1</source>
        <translation>Heeft de winkel verlaten — antwoorden worden gemaild naar %1</translation>
    </message>
    <message>
        <source>Left the store — they will see your reply when they come back</source>
        <translation>Heeft de winkel verlaten — ziet je antwoord bij terugkomst</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>nog %n</numerusform>
            <numerusform>nog %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cart: %n item(s), %1</source>
        <translation>
            <numerusform>Winkelwagen: %n artikel, %1</numerusform>
            <numerusform>Winkelwagen: %n artikelen, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>○ Reopen</source>
        <translation>○ Heropenen</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Aan mij toewijzen</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Toewijzing opheffen</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>The customer is in your store now</source>
        <translation>De klant is nu in je winkel</translation>
    </message>
    <message>
        <source>In your store now: the reply appears in their chat at once</source>
        <translation>Nu in je winkel: het antwoord verschijnt meteen in de chat</translation>
    </message>
    <message>
        <source>Needs chat permission</source>
        <translation>Vereist chatrechten</translation>
    </message>
</context>
<context>
    <name>shopinbox::ConversationListPane</name>
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
        <source>Search all conversations</source>
        <translation>Zoek in alle gesprekken</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Gesprekken zoeken</translation>
    </message>
    <message>
        <source>Words must all appear; &quot;quotes&quot; find a phrase; an order number finds its customer&apos;s conversations.</source>
        <translation>Alle woorden moeten voorkomen; &quot;aanhalingstekens&quot; zoeken een zinsdeel; een ordernummer vindt de gesprekken van die klant.</translation>
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
        <source>Only %1</source>
        <translation>Alleen %1</translation>
    </message>
    <message>
        <source>Searching only %1. Click to search all conversations.</source>
        <translation>Zoekt alleen in %1. Klik om in alle gesprekken te zoeken.</translation>
    </message>
    <message>
        <source>Searching all conversations. Click to search only %1.</source>
        <translation>Zoekt in alle gesprekken. Klik om alleen in %1 te zoeken.</translation>
    </message>
    <message>
        <source>Search only %1</source>
        <translation>Alleen in %1 zoeken</translation>
    </message>
    <message>
        <source>No conversations here.</source>
        <translation>Hier zijn geen gesprekken.</translation>
    </message>
    <message>
        <source>No conversation matches “%1”.</source>
        <translation>Geen gesprek bevat „%1”.</translation>
    </message>
    <message>
        <source>No conversation in %1 matches “%2”.</source>
        <translation>Geen gesprek in %1 bevat „%2”.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in Open</source>
        <translation>
            <numerusform>%n resultaat in Open</numerusform>
            <numerusform>%n resultaten in Open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in Closed</source>
        <translation>
            <numerusform>%n resultaat in Gesloten</numerusform>
            <numerusform>%n resultaten in Gesloten</numerusform>
        </translation>
    </message>
    <message>
        <source>None in %1 — %2.</source>
        <translation>Niets in %1 — %2.</translation>
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
        <translation>Klant</translation>
    </message>
    <message>
        <source>Customer profile</source>
        <translation>Klantprofiel</translation>
    </message>
    <message>
        <source>Open a conversation to see the customer.</source>
        <translation>Open een gesprek om de klant te zien.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Manage ↗</source>
        <translation>Beheren ↗</translation>
    </message>
    <message>
        <source>Manage the customer in the shop admin</source>
        <translation>De klant beheren in het beheer van je winkel</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne notitie</translation>
    </message>
    <message>
        <source>Only staff see this note</source>
        <translation>Alleen medewerkers zien deze notitie</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Notitie opslaan</translation>
    </message>
    <message>
        <source>The note was not saved: %1</source>
        <translation>De notitie is niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Winkelwagen</translation>
    </message>
    <message>
        <source>Last order placed</source>
        <translation>Laatste bestelling</translation>
    </message>
    <message>
        <source>Open the order in the shop admin</source>
        <translation>De bestelling openen in het beheer van je winkel</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Returning customer</source>
        <translation>Terugkerende klant</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nieuwe klant</translation>
    </message>
    <message numerus="yes">
        <source>Customer for %n year(s)</source>
        <translation>
            <numerusform>Klant sinds %n jaar</numerusform>
            <numerusform>Klant sinds %n jaar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Customer for %n month(s)</source>
        <translation>
            <numerusform>Klant sinds %n maand</numerusform>
            <numerusform>Klant sinds %n maanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Customer for %n day(s)</source>
        <translation>
            <numerusform>Klant sinds %n dag</numerusform>
            <numerusform>Klant sinds %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation>Nog geen bestellingen</translation>
    </message>
    <message numerus="yes">
        <source>Lifetime spend: %1 (%n order(s))</source>
        <translation>
            <numerusform>Totaal besteed: %1 (%n bestelling)</numerusform>
            <numerusform>Totaal besteed: %1 (%n bestellingen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Email marketing: Subscribed</source>
        <translation>E-mailmarketing: geabonneerd</translation>
    </message>
    <message>
        <source>Email marketing: Not subscribed</source>
        <translation>E-mailmarketing: niet geabonneerd</translation>
    </message>
    <message>
        <source>SMS marketing: Subscribed</source>
        <translation>Sms-marketing: geabonneerd</translation>
    </message>
    <message>
        <source>SMS marketing: Not subscribed</source>
        <translation>Sms-marketing: niet geabonneerd</translation>
    </message>
    <message>
        <source>Local time: %1 %2 (%3)</source>
        <translation>Lokale tijd: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Local time: unknown</source>
        <translation>Lokale tijd: onbekend</translation>
    </message>
    <message>
        <source>Someone else changed this note meanwhile. Saving replaces their version: %1</source>
        <translation>Iemand anders heeft deze notitie intussen gewijzigd. Opslaan vervangt die versie: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <source>%1 × %2%3 — %4 · %5 in stock</source>
        <translation>%1 × %2%3 — %4 · %5 op voorraad</translation>
    </message>
    <message>
        <source>The cart is empty.</source>
        <translation>De winkelwagen is leeg.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), subtotal %1</source>
        <translation>
            <numerusform>%n artikel, subtotaal %1</numerusform>
            <numerusform>%n artikelen, subtotaal %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Last cart activity: %1</source>
        <translation>Laatste activiteit in winkelwagen: %1</translation>
    </message>
    <message>
        <source>View all (%1)</source>
        <translation>Alles bekijken (%1)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>No orders in the last %1 days.</source>
        <translation>Geen bestellingen in de afgelopen %1 dagen.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Bestelling %1</translation>
    </message>
    <message>
        <source>Placed %1</source>
        <translation>Geplaatst op %1</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message numerus="yes">
        <source>View all (%n open)</source>
        <translation>
            <numerusform>Alles bekijken (%n open)</numerusform>
            <numerusform>Alles bekijken (%n open)</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: Closed</source>
        <translation>Status: gesloten</translation>
    </message>
    <message>
        <source>Status: Open</source>
        <translation>Status: open</translation>
    </message>
    <message>
        <source>Online store</source>
        <translation>Onlinewinkel</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Platform: %1</source>
        <translation>Platform: %1</translation>
    </message>
    <message>
        <source>Began %1</source>
        <translation>Begonnen op %1</translation>
    </message>
    <message>
        <source>Cart of %1</source>
        <translation>Winkelwagen van %1</translation>
    </message>
    <message>
        <source>Open orders of %1</source>
        <translation>Openstaande bestellingen van %1</translation>
    </message>
    <message>
        <source>Your unsaved changes to this note are kept: save the note to store them.</source>
        <translation>Je niet-opgeslagen wijzigingen aan deze notitie zijn bewaard: sla de notitie op om ze vast te leggen.</translation>
    </message>
    <message numerus="yes">
        <source>Topic(s): %1</source>
        <translation>
            <numerusform>Onderwerp: %1</numerusform>
            <numerusform>Onderwerpen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Other conversations</source>
        <translation>Andere gesprekken</translation>
    </message>
    <message>
        <source>Closed · %1</source>
        <translation>Gesloten · %1</translation>
    </message>
    <message>
        <source>Open · %1</source>
        <translation>Open · %1</translation>
    </message>
    <message>
        <source>Open the conversation: %1</source>
        <translation>Het gesprek openen: %1</translation>
    </message>
    <message>
        <source>No note</source>
        <translation>Geen notitie</translation>
    </message>
</context>
<context>
    <name>shopinbox::DiscountItemDelegate</name>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactief</translation>
    </message>
</context>
<context>
    <name>shopinbox::DiscountPickerDialog</name>
    <message>
        <source>Share a discount</source>
        <translation>Een korting delen</translation>
    </message>
    <message>
        <source>Search discount codes</source>
        <translation>Kortingscodes zoeken</translation>
    </message>
    <message>
        <source>Search by code or description</source>
        <translation>Zoeken op code of beschrijving</translation>
    </message>
    <message>
        <source>Where the discount codes come from</source>
        <translation>Waar de kortingscodes vandaan komen</translation>
    </message>
    <message>
        <source>Discount codes</source>
        <translation>Kortingscodes</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Message to send with the discount</source>
        <translation>Bericht om met de korting te verzenden</translation>
    </message>
    <message>
        <source>Add a message (optional)</source>
        <translation>Voeg een bericht toe (optioneel)</translation>
    </message>
    <message>
        <source>Share discount</source>
        <translation>Korting delen</translation>
    </message>
    <message>
        <source>Share the selected discount</source>
        <translation>De geselecteerde korting delen</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <source>Showing discounts saved on this computer</source>
        <translation>Op deze computer opgeslagen kortingen worden getoond</translation>
    </message>
    <message>
        <source>Showing the shop&apos;s discount codes</source>
        <translation>De kortingscodes van de winkel worden getoond</translation>
    </message>
    <message>
        <source>The shop has no discount codes.</source>
        <translation>De winkel heeft geen kortingscodes.</translation>
    </message>
    <message>
        <source>No discount code matches “%1”.</source>
        <translation>Geen kortingscode komt overeen met “%1”.</translation>
    </message>
    <message>
        <source>This discount is not active. Update it in your shop admin to share it.</source>
        <translation>Deze korting is niet actief. Werk de korting bij in het beheer van je winkel om hem te delen.</translation>
    </message>
    <message>
        <source>No active discount code selected.</source>
        <translation>Geen actieve kortingscode geselecteerd.</translation>
    </message>
</context>
<context>
    <name>shopinbox::DiscountSearchModel</name>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>Het antwoord van de server kon niet worden gelezen.</translation>
    </message>
</context>
<context>
    <name>shopinbox::ImageSendDialog</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>%1 is too large to send: images may be at most %2, this one is %3.</source>
        <translation>%1 is te groot om te verzenden: afbeeldingen mogen maximaal %2 zijn, deze is %3.</translation>
    </message>
    <message>
        <source>%1 is not an image that can be sent. Send a PNG, JPEG, GIF or WebP image.</source>
        <translation>%1 is geen afbeelding die kan worden verzonden. Verstuur een PNG-, JPEG-, GIF- of WebP-afbeelding.</translation>
    </message>
    <message>
        <source>Send an image</source>
        <translation>Een afbeelding versturen</translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation>Voorbeeld van de afbeelding</translation>
    </message>
    <message>
        <source>No preview available</source>
        <translation>Geen voorbeeld beschikbaar</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Geen voorbeeld</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Bestandsnaam</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Bestandsgrootte</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Verzenden</translation>
    </message>
    <message>
        <source>Send the image</source>
        <translation>De afbeelding verzenden</translation>
    </message>
</context>
<context>
    <name>shopinbox::ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>Afbeelding</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Werkelijke grootte</translation>
    </message>
    <message>
        <source>The image is not available.</source>
        <translation>De afbeelding is niet beschikbaar.</translation>
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
    <message>
        <source>A shortcut is 1 to %1 characters: lower-case letters a-z, digits, - and _.</source>
        <translation>Een afkorting bestaat uit 1 tot %1 tekens: kleine letters a-z, cijfers, - en _.</translation>
    </message>
    <message>
        <source>A saved reply may be at most %1 characters long.</source>
        <translation>Een opgeslagen antwoord mag maximaal %1 tekens lang zijn.</translation>
    </message>
    <message>
        <source>Type the text of the saved reply first.</source>
        <translation>Typ eerst de tekst van het opgeslagen antwoord.</translation>
    </message>
    <message>
        <source>A saved reply /%1 already exists.</source>
        <translation>Er bestaat al een opgeslagen antwoord /%1.</translation>
    </message>
    <message>
        <source>The saved reply could not be saved: %1</source>
        <translation>Het opgeslagen antwoord kon niet worden bewaard: %1</translation>
    </message>
    <message>
        <source>This saved reply no longer exists.</source>
        <translation>Dit opgeslagen antwoord bestaat niet meer.</translation>
    </message>
    <message>
        <source>The saved reply could not be deleted: %1</source>
        <translation>Het opgeslagen antwoord kon niet worden verwijderd: %1</translation>
    </message>
    <message>
        <source>This reply is %L1 characters long; the limit is %L2. Shorten it to send it.</source>
        <translation>Dit antwoord is %L1 tekens lang; de limiet is %L2. Maak het korter om het te versturen.</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Het concept kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>There is no shop server to ask.</source>
        <translation>Er is geen winkelserver om te vragen.</translation>
    </message>
    <message>
        <source>Your account has no chat permission: ask the shop owner for it.</source>
        <translation>Je account heeft geen chatrechten: vraag ze aan de eigenaar van de winkel.</translation>
    </message>
    <message>
        <source>Only staff who manage the shop can change this.</source>
        <translation>Alleen medewerkers die de winkel beheren kunnen dit wijzigen.</translation>
    </message>
</context>
<context>
    <name>shopinbox::MainWindow</name>
    <message>
        <source>Messages</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Verzenden</translation>
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
        <source>Write a reply — Enter sends, Shift+Enter starts a new line, / inserts a saved reply</source>
        <translation>Schrijf een antwoord — Enter verzendt, Shift+Enter begint een nieuwe regel, / voegt een opgeslagen antwoord in</translation>
    </message>
    <message>
        <source>Product…</source>
        <translation>Product…</translation>
    </message>
    <message>
        <source>Share products</source>
        <translation>Producten delen</translation>
    </message>
    <message>
        <source>Share up to 3 products from your online store</source>
        <translation>Deel tot 3 producten uit je onlinewinkel</translation>
    </message>
    <message>
        <source>Discount…</source>
        <translation>Korting…</translation>
    </message>
    <message>
        <source>Share a discount code</source>
        <translation>Een kortingscode delen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Add a shop…</source>
        <translation>Winkel &amp;toevoegen…</translation>
    </message>
    <message>
        <source>The new language applies when Shop Inbox starts again.</source>
        <translation>De nieuwe taal wordt gebruikt zodra Shop Inbox opnieuw start.</translation>
    </message>
    <message>
        <source>Syncing… %L1 updates received</source>
        <translation>Synchroniseren… %L1 updates ontvangen</translation>
    </message>
    <message>
        <source>View image</source>
        <translation>Afbeelding bekijken</translation>
    </message>
    <message>
        <source>The image is not available.</source>
        <translation>De afbeelding is niet beschikbaar.</translation>
    </message>
    <message>
        <source>The image is still loading.</source>
        <translation>De afbeelding wordt nog geladen.</translation>
    </message>
    <message>
        <source>Image from %1</source>
        <translation>Afbeelding van %1</translation>
    </message>
    <message>
        <source>S&amp;witch shop</source>
        <translation>Van &amp;winkel wisselen</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Uitloggen</translation>
    </message>
    <message>
        <source>Saved &amp;replies…</source>
        <translation>&amp;Opgeslagen antwoorden…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>Share &amp;products…</source>
        <translation>&amp;Producten delen…</translation>
    </message>
    <message>
        <source>Share a &amp;discount…</source>
        <translation>Een &amp;korting delen…</translation>
    </message>
    <message>
        <source>Send an &amp;image…</source>
        <translation>Een a&amp;fbeelding versturen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>Customer &amp;profile</source>
        <translation>Klant&amp;profiel</translation>
    </message>
    <message>
        <source>%L1 / %L2</source>
        <translation>%L1 / %L2</translation>
    </message>
    <message numerus="yes">
        <source>Too long to send: shorten the reply by %Ln character(s).</source>
        <translation>
            <numerusform>Te lang om te versturen: maak het antwoord %Ln teken korter.</numerusform>
            <numerusform>Te lang om te versturen: maak het antwoord %Ln tekens korter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n unread)</source>
        <translation>
            <numerusform>%1 (%n ongelezen)</numerusform>
            <numerusform>%1 (%n ongelezen)</numerusform>
        </translation>
    </message>
    <message>
        <source>The pasted picture could not be saved to send it.</source>
        <translation>De geplakte afbeelding kon niet worden opgeslagen om te versturen.</translation>
    </message>
    <message>
        <source>Share one of the shop&apos;s active discount codes</source>
        <translation>Deel een van de actieve kortingscodes van de winkel</translation>
    </message>
    <message>
        <source>Send a picture (PNG, JPEG, GIF or WebP, up to 10 MB); you can also paste or drop one</source>
        <translation>Stuur een afbeelding (PNG, JPEG, GIF of WebP, tot 10 MB); je kunt er ook een plakken of neerzetten</translation>
    </message>
    <message>
        <source>Show &amp;open conversations</source>
        <translation>&amp;Open gesprekken tonen</translation>
    </message>
    <message>
        <source>Show &amp;closed conversations</source>
        <translation>&amp;Gesloten gesprekken tonen</translation>
    </message>
    <message>
        <source>Show u&amp;nread conversations</source>
        <translation>O&amp;ngelezen gesprekken tonen</translation>
    </message>
    <message>
        <source>Show conversations &amp;assigned to me</source>
        <translation>Gesprekken &amp;aan mij toegewezen tonen</translation>
    </message>
    <message>
        <source>Insert a saved &amp;reply</source>
        <translation>Opgeslagen &amp;antwoord invoegen</translation>
    </message>
    <message>
        <source>You can read this conversation but not reply: your account has no chat permission. The shop owner can give it to you in Settings → Team.</source>
        <translation>Je kunt dit gesprek lezen maar niet beantwoorden: je account heeft geen chatrechten. De eigenaar van de winkel kan ze je geven via Instellingen → Team.</translation>
    </message>
</context>
<context>
    <name>shopinbox::MediaCache</name>
    <message>
        <source>not a shop media address</source>
        <translation>geen mediaadres van de winkel</translation>
    </message>
    <message>
        <source>larger than 10 MiB</source>
        <translation>groter dan 10 MiB</translation>
    </message>
    <message>
        <source>not a PNG, JPEG, GIF or WebP image</source>
        <translation>geen PNG-, JPEG-, GIF- of WebP-afbeelding</translation>
    </message>
    <message>
        <source>cannot be stored: %1</source>
        <translation>kan niet worden opgeslagen: %1</translation>
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
    <message>
        <source>Uploading %1%…</source>
        <translation>Uploaden %1%…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Image unavailable</source>
        <translation>Afbeelding niet beschikbaar</translation>
    </message>
    <message>
        <source>Discount code %1</source>
        <translation>Kortingscode %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Jij</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gisteren</translation>
    </message>
    <message>
        <source>Automatic follow-up · %1</source>
        <translation>Automatisch vervolgbericht · %1</translation>
    </message>
    <message>
        <source>Away message · %1</source>
        <translation>Afwezigheidsbericht · %1</translation>
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
    <message>
        <source>Show Shop Inbox</source>
        <translation>Shop Inbox tonen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
</context>
<context>
    <name>shopinbox::OutboxSender</name>
    <message>
        <source>The image %1 can no longer be read.</source>
        <translation>De afbeelding %1 kan niet meer worden gelezen.</translation>
    </message>
</context>
<context>
    <name>shopinbox::ProductItemDelegate</name>
    <message numerus="yes">
        <source>%n in stock</source>
        <translation>
            <numerusform>%n op voorraad</numerusform>
            <numerusform>%n op voorraad</numerusform>
        </translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Uitverkocht</translation>
    </message>
</context>
<context>
    <name>shopinbox::ProductPickerDialog</name>
    <message>
        <source>Share products</source>
        <translation>Producten delen</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Producten zoeken</translation>
    </message>
    <message>
        <source>Search products by title</source>
        <translation>Producten zoeken op titel</translation>
    </message>
    <message>
        <source>Where the products come from</source>
        <translation>Waar de producten vandaan komen</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Producten</translation>
    </message>
    <message>
        <source>Selected products</source>
        <translation>Geselecteerde producten</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Message to send with the products</source>
        <translation>Bericht om met de producten te verzenden</translation>
    </message>
    <message>
        <source>Add a message (optional)</source>
        <translation>Voeg een bericht toe (optioneel)</translation>
    </message>
    <message>
        <source>Share product(s)</source>
        <translation>Product(en) delen</translation>
    </message>
    <message>
        <source>Share the selected products</source>
        <translation>De geselecteerde producten delen</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <source>Showing products saved on this computer</source>
        <translation>Op deze computer opgeslagen producten worden getoond</translation>
    </message>
    <message>
        <source>Showing products from the online store</source>
        <translation>Producten uit de onlinewinkel worden getoond</translation>
    </message>
    <message>
        <source>No published products.</source>
        <translation>Geen gepubliceerde producten.</translation>
    </message>
    <message>
        <source>No published product matches “%1”.</source>
        <translation>Geen gepubliceerd product komt overeen met “%1”.</translation>
    </message>
    <message>
        <source>No product selected.</source>
        <translation>Geen product geselecteerd.</translation>
    </message>
    <message>
        <source>Selected (%1 of %2): %3</source>
        <translation>Geselecteerd (%1 van %2): %3</translation>
    </message>
    <message>
        <source>You can share up to %1 products</source>
        <translation>Je kunt maximaal %1 producten delen</translation>
    </message>
</context>
<context>
    <name>shopinbox::ProductSearchModel</name>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>Het antwoord van de server kon niet worden gelezen.</translation>
    </message>
</context>
<context>
    <name>shopinbox::SavedRepliesDialog</name>
    <message>
        <source>Saved replies</source>
        <translation>Opgeslagen antwoorden</translation>
    </message>
    <message>
        <source>&amp;New reply</source>
        <translation>&amp;Nieuw antwoord</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Afkorting</translation>
    </message>
    <message>
        <source>e.g. shipping</source>
        <translation>bijv. verzending</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Tekst van het antwoord</translation>
    </message>
    <message>
        <source>&amp;Shortcut: /</source>
        <translation>&amp;Afkorting: /</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Tekst:</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, - and _. Type /shortcut in a reply to insert the text. Saved replies are shared with all staff of the shop.</source>
        <translation>Kleine letters, cijfers, - en _. Typ /afkorting in een antwoord om de tekst in te voegen. Opgeslagen antwoorden worden gedeeld met alle medewerkers van de winkel.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>The server refused the change: %1</source>
        <translation>De server heeft de wijziging geweigerd: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Added: it appears in the list once the server has it.</source>
        <translation>Toegevoegd: het verschijnt in de lijst zodra de server het heeft.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Verwijderd.</translation>
    </message>
    <message>
        <source>Type /shortcut in a reply to insert the text. Only staff who manage the shop can change saved replies.</source>
        <translation>Typ /snelkoppeling in een antwoord om de tekst in te voegen. Alleen medewerkers die de winkel beheren kunnen opgeslagen antwoorden wijzigen.</translation>
    </message>
</context>
<context>
    <name>shopinbox::SavedReplyCompleter</name>
    <message>
        <source>Saved replies</source>
        <translation>Opgeslagen antwoorden</translation>
    </message>
</context>
<context>
    <name>shopinbox::ServerSearch</name>
    <message>
        <source>The server did not answer in time.</source>
        <translation>De server antwoordde niet op tijd.</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>De server is niet bereikbaar.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>Het antwoord van de server kon niet worden gelezen.</translation>
    </message>
</context>
<context>
    <name>shopinbox::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Storefront chat</source>
        <translation>Winkelchat</translation>
    </message>
    <message>
        <source>Automated messages</source>
        <translation>Automatische berichten</translation>
    </message>
    <message>
        <source>Notify me about new customer messages</source>
        <translation>Meld nieuwe berichten van klanten</translation>
    </message>
    <message>
        <source>Start minimised to the tray</source>
        <translation>Geminimaliseerd in het systeemvak starten</translation>
    </message>
    <message>
        <source>Start minimised</source>
        <translation>Geminimaliseerd starten</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Actief blijven in het systeemvak als het venster wordt gesloten</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>Dit bureaublad heeft geen systeemvak.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <source>A new language applies when Shop Inbox starts again.</source>
        <translation>Een nieuwe taal wordt gebruikt zodra Shop Inbox opnieuw start.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Show the chat button in the online store</source>
        <translation>De chatknop tonen in de onlinewinkel</translation>
    </message>
    <message>
        <source>Button position</source>
        <translation>Positie van de knop</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>Rechtsonder</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>Linksonder</translation>
    </message>
    <message>
        <source>Button colour</source>
        <translation>Kleur van de knop</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Choose the button colour</source>
        <translation>Kleur van de knop kiezen</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Positie:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Kleur:</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Begroeting</translation>
    </message>
    <message>
        <source>Shown in the chat window&apos;s header</source>
        <translation>Getoond in de kop van het chatvenster</translation>
    </message>
    <message>
        <source>Follow-up message</source>
        <translation>Vervolgbericht</translation>
    </message>
    <message>
        <source>Sent after the customer&apos;s first message</source>
        <translation>Verzonden na het eerste bericht van de klant</translation>
    </message>
    <message>
        <source>Away message</source>
        <translation>Afwezigheidsbericht</translation>
    </message>
    <message>
        <source>Sent outside business hours</source>
        <translation>Verzonden buiten openingstijden</translation>
    </message>
    <message>
        <source>Greeting:</source>
        <translation>Begroeting:</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Vervolg:</translation>
    </message>
    <message>
        <source>Away:</source>
        <translation>Afwezig:</translation>
    </message>
    <message>
        <source>Business hours (the shop&apos;s time zone)</source>
        <translation>Openingstijden (tijdzone van de winkel)</translation>
    </message>
    <message>
        <source>Without business hours the shop is never away.</source>
        <translation>Zonder openingstijden is de winkel nooit afwezig.</translation>
    </message>
    <message>
        <source>%1 opens</source>
        <translation>Openingstijd op %1</translation>
    </message>
    <message>
        <source>%1 closes</source>
        <translation>Sluitingstijd op %1</translation>
    </message>
    <message>
        <source>Sign in to a shop to change its storefront chat.</source>
        <translation>Log in bij een winkel om de winkelchat te wijzigen.</translation>
    </message>
    <message>
        <source>Loading the shop&apos;s settings…</source>
        <translation>Instellingen van de winkel laden…</translation>
    </message>
    <message>
        <source>The storefront settings need a connection to the shop server (%1).</source>
        <translation>Voor de winkelinstellingen is een verbinding met de winkelserver nodig (%1).</translation>
    </message>
    <message>
        <source>On %1 the shop must open before it closes.</source>
        <translation>Op %1 moet de winkel openen voordat hij sluit.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Not saved: the shop server cannot be reached (%1).</source>
        <translation>Niet opgeslagen: de winkelserver is niet bereikbaar (%1).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>Websites allowed to show the chat</source>
        <translation>Websites die de chat mogen tonen</translation>
    </message>
    <message>
        <source>&amp;Websites:</source>
        <translation>&amp;Websites:</translation>
    </message>
    <message>
        <source>The addresses of your store, one per line (for example https://shop.example). Only these sites can show the chat; leave empty to allow any site.</source>
        <translation>De adressen van je winkel, één per regel (bijvoorbeeld https://shop.example). Alleen deze sites kunnen de chat tonen; laat leeg om elke site toe te staan.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Only staff who manage the shop can change these settings.</source>
        <translation>Alleen medewerkers die de winkel beheren kunnen deze instellingen wijzigen.</translation>
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
    <message>
        <source>Your new password</source>
        <translation>Je nieuwe wachtwoord</translation>
    </message>
    <message>
        <source>At least 10 characters</source>
        <translation>Minstens 10 tekens</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nieuw wachtwoord:</translation>
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
<context>
    <name>shopinbox::TeamPage</name>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>chats with customers</source>
        <translation>chat met klanten</translation>
    </message>
    <message>
        <source>manages the shop</source>
        <translation>beheert de winkel</translation>
    </message>
    <message>
        <source>reads conversations only</source>
        <translation>leest alleen gesprekken</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>gedeactiveerd</translation>
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
        <translation>Chat met klanten</translation>
    </message>
    <message>
        <source>Manages the shop</source>
        <translation>Beheert de winkel</translation>
    </message>
    <message>
        <source>Settings, storefront chat, automated messages, saved replies and the team</source>
        <translation>Instellingen, winkelchat, automatische berichten, opgeslagen antwoorden en het team</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>A deactivated member is signed out everywhere and cannot sign in</source>
        <translation>Een gedeactiveerd lid wordt overal afgemeld en kan niet inloggen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Toepassen</translation>
    </message>
    <message>
        <source>Invite a member</source>
        <translation>Lid uitnodigen</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Uitnodigen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>Enter the new member&apos;s name and e-mail address.</source>
        <translation>Vul de naam en het e-mailadres van het nieuwe lid in.</translation>
    </message>
    <message>
        <source>Inviting…</source>
        <translation>Uitnodigen…</translation>
    </message>
    <message>
        <source>Not invited: %1</source>
        <translation>Niet uitgenodigd: %1</translation>
    </message>
    <message>
        <source>%1 can now sign in as %2 with this one-time password, and will choose their own at once: %3
It is shown only now.</source>
        <translation>%1 kan nu inloggen als %2 met dit eenmalige wachtwoord en kiest dan meteen een eigen wachtwoord: %3
Het wordt alleen nu getoond.</translation>
    </message>
</context>
</TS>
