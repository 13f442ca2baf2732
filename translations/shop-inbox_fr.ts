<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CartEvent</name>
    <message>
        <source>Added a product to the cart</source>
        <translation>Un produit a été ajouté au panier</translation>
    </message>
    <message>
        <source>Removed a product from the cart</source>
        <translation>Un produit a été retiré du panier</translation>
    </message>
    <message>
        <source>Added %1 to the cart</source>
        <translation>%1 ajouté au panier</translation>
    </message>
    <message>
        <source>Removed %1 from the cart</source>
        <translation>%1 retiré du panier</translation>
    </message>
</context>
<context>
    <name>CustomerProfileDock</name>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Payment pending</source>
        <translation>Paiement en attente</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Autorisée</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursée</translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation>Partiellement remboursée</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Traitée</translation>
    </message>
    <message>
        <source>Unfulfilled</source>
        <translation>Non traitée</translation>
    </message>
    <message>
        <source>Partially fulfilled</source>
        <translation>Partiellement traitée</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Started this chat with the customer&apos;s e-mail address, without a name — the address is not confirmed</source>
        <translation>A commencé ce chat avec l’adresse e-mail du client, sans nom — l’adresse n’est pas confirmée</translation>
    </message>
    <message>
        <source>Started this chat as “%1” with the customer&apos;s e-mail address — the address is not confirmed</source>
        <translation>A commencé ce chat en tant que « %1 » avec l’adresse e-mail du client — l’adresse n’est pas confirmée</translation>
    </message>
    <message>
        <source>Looked up the status of order %1</source>
        <translation>A consulté l’état de la commande %1</translation>
    </message>
    <message>
        <source>Looked up order %1 with an e-mail address that is not its customer&apos;s</source>
        <translation>A cherché la commande %1 avec une adresse e-mail qui n’est pas celle de son client</translation>
    </message>
    <message>
        <source>A code to confirm the e-mail address was sent to %1</source>
        <translation>Un code pour confirmer l’adresse e-mail a été envoyé à %1</translation>
    </message>
    <message>
        <source>Confirmed the e-mail address with the code: the chat continues in the customer&apos;s conversation</source>
        <translation>A confirmé l’adresse e-mail avec le code : le chat continue dans la conversation du client</translation>
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
        <translation>Répondez aux chats que les clients démarrent dans votre boutique en ligne.</translation>
    </message>
    <message>
        <source>Shop server URL.</source>
        <translation>URL du serveur de la boutique.</translation>
    </message>
    <message>
        <source>Staff e-mail address.</source>
        <translation>Adresse e-mail du membre du personnel.</translation>
    </message>
    <message>
        <source>Read the password from standard input and sign in.</source>
        <translation>Lire le mot de passe depuis l&apos;entrée standard et se connecter.</translation>
    </message>
    <message>
        <source>Use a separate settings and cache directory.</source>
        <translation>Utiliser un dossier distinct pour les paramètres et le cache.</translation>
    </message>
    <message>
        <source>Wait for the first sync, save the window with the first conversation open as PNG, and exit.</source>
        <translation>Attendre la première synchronisation, enregistrer la fenêtre avec la première conversation ouverte au format PNG, puis quitter.</translation>
    </message>
    <message>
        <source>--profile must be a plain name</source>
        <translation>--profile doit être un nom simple</translation>
    </message>
    <message>
        <source>--password-stdin needs --server and --email</source>
        <translation>--password-stdin nécessite --server et --email</translation>
    </message>
    <message>
        <source>--screenshot needs --server, --email and --password-stdin</source>
        <translation>--screenshot nécessite --server, --email et --password-stdin</translation>
    </message>
    <message>
        <source>No keychain is available on this system (%1). Shop Inbox can keep you signed in for this session only.</source>
        <translation>Aucun trousseau n&apos;est disponible sur ce système (%1). Shop Inbox ne peut vous garder connecté que pour cette session.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied (%1).</source>
        <translation>L&apos;accès au trousseau a été refusé (%1).</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Le trousseau a signalé une erreur : %1</translation>
    </message>
    <message>
        <source>Open this conversation (its number) once signed in.</source>
        <translation>Ouvrir cette conversation (son numéro) une fois connecté.</translation>
    </message>
    <message>
        <source>--conversation needs a conversation number</source>
        <translation>--conversation nécessite un numéro de conversation</translation>
    </message>
    <message>
        <source>Open the window at this size, e.g. 1024x700.</source>
        <translation>Ouvrir la fenêtre à cette taille, par ex. 1024x700.</translation>
    </message>
    <message>
        <source>--window-size needs WIDTHxHEIGHT, at least 320x240</source>
        <translation>--window-size attend LARGEURxHAUTEUR, au moins 320x240</translation>
    </message>
</context>
<context>
    <name>Topic</name>
    <message>
        <source>Checkout</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Edit orders</source>
        <translation>Modifier des commandes</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Statut de commande</translation>
    </message>
    <message>
        <source>Pricing and discounts</source>
        <translation>Prix et réductions</translation>
    </message>
    <message>
        <source>Product details</source>
        <translation>Détails du produit</translation>
    </message>
    <message>
        <source>Product interest</source>
        <translation>Intérêt pour un produit</translation>
    </message>
    <message>
        <source>Returns and delivered orders</source>
        <translation>Retours et commandes livrées</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Store information</source>
        <translation>Informations sur la boutique</translation>
    </message>
    <message>
        <source>Wholesale</source>
        <translation>Vente en gros</translation>
    </message>
</context>
<context>
    <name>shopinbox::AccountManager</name>
    <message>
        <source>Enter the server address, for example https://shop.example.com</source>
        <translation>Saisissez l&apos;adresse du serveur, par exemple https://shop.example.com</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>Impossible de joindre le serveur : %1</translation>
    </message>
    <message>
        <source>Wrong email address or password.</source>
        <translation>Adresse e-mail ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>Trop de tentatives. Patientez une minute, puis réessayez.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not understood (%1).</source>
        <translation>La réponse du serveur n&apos;a pas été comprise (%1).</translation>
    </message>
    <message>
        <source>This was a one-time password: choose your own password to go on.</source>
        <translation>C’était un mot de passe à usage unique : choisissez votre propre mot de passe pour continuer.</translation>
    </message>
</context>
<context>
    <name>shopinbox::AppController</name>
    <message>
        <source>no signed-in shop: sign in with --server, --email and --password-stdin</source>
        <translation>aucune boutique connectée : connectez-vous avec --server, --email et --password-stdin</translation>
    </message>
    <message>
        <source>no stored sign-in for %1</source>
        <translation>aucune connexion enregistrée pour %1</translation>
    </message>
    <message>
        <source>Shop Inbox</source>
        <translation>Shop Inbox</translation>
    </message>
    <message>
        <source>The sign-in to %1 as %2 has expired or was revoked. Sign in again to go on syncing; the cached conversations stay available.</source>
        <translation>La connexion à %1 en tant que %2 a expiré ou a été révoquée. Reconnectez-vous pour poursuivre la synchronisation ; les conversations en cache restent disponibles.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to %1 have not reached the server yet and will be lost. Sign out anyway?</source>
        <translation>
            <numerusform>%n modification apportée à %1 n&apos;a pas encore atteint le serveur et sera perdue. Se déconnecter quand même ?</numerusform>
            <numerusform>%n modifications apportées à %1 n&apos;ont pas encore atteint le serveur et seront perdues. Se déconnecter quand même ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign out of %1? The conversations cached on this computer are removed.</source>
        <translation>Se déconnecter de %1 ? Les conversations en cache sur cet ordinateur seront supprimées.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
</context>
<context>
    <name>shopinbox::Cache</name>
    <message>
        <source>The cache %1 cannot be opened: %2</source>
        <translation>Impossible d&apos;ouvrir le cache %1 : %2</translation>
    </message>
    <message>
        <source>The cache %1 cannot be read: %2</source>
        <translation>Impossible de lire le cache %1 : %2</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer version of Shop Inbox (format %2; this version reads up to %3). It was left untouched. Update Shop Inbox, or use another profile.</source>
        <translation>Le cache %1 a été écrit par une version plus récente de Shop Inbox (format %2 ; cette version lit jusqu&apos;au format %3). Il n&apos;a pas été modifié. Mettez à jour Shop Inbox ou utilisez un autre profil.</translation>
    </message>
    <message>
        <source>The cache %1 is damaged and could not be moved aside.</source>
        <translation>Le cache %1 est endommagé et n&apos;a pas pu être mis de côté.</translation>
    </message>
    <message>
        <source>The local cache was damaged. It was moved to %1 and a new one is being built from the server; nothing on the server was affected.</source>
        <translation>Le cache local était endommagé. Il a été déplacé vers %1 et un nouveau cache est en cours de création à partir du serveur ; rien n&apos;a été modifié sur le serveur.</translation>
    </message>
    <message>
        <source>The cache %1 cannot be created: %2</source>
        <translation>Impossible de créer le cache %1 : %2</translation>
    </message>
    <message>
        <source>The cache %1 cannot be prepared: %2</source>
        <translation>Impossible de préparer le cache %1 : %2</translation>
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
        <translation>maintenant</translation>
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
        <translation>Produits partagés</translation>
    </message>
    <message>
        <source>Shared a discount</source>
        <translation>Réduction partagée</translation>
    </message>
    <message>
        <source>Sent an image</source>
        <translation>Image envoyée</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Vous : %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>@%1</source>
        <translation>@%1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
</context>
<context>
    <name>shopinbox::ConversationHeader</name>
    <message>
        <source>Cart</source>
        <translation>Panier</translation>
    </message>
    <message>
        <source>Show the customer&apos;s profile</source>
        <translation>Afficher le profil du client</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assigner</translation>
    </message>
    <message>
        <source>Assign the conversation</source>
        <translation>Assigner la conversation</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>Marquer comme non lu</translation>
    </message>
    <message>
        <source>✓ Close</source>
        <translation>✓ Fermer</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>Aucune conversation sélectionnée</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Assignée à vous</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Assignée à %1</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Left the store — replies will be emailed to %1</source>
        <translation>A quitté la boutique — les réponses seront envoyées par e-mail à %1</translation>
    </message>
    <message>
        <source>Left the store — they will see your reply when they come back</source>
        <translation>A quitté la boutique — verra votre réponse à son retour</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n de plus</numerusform>
            <numerusform>%n de plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cart: %n item(s), %1</source>
        <translation>
            <numerusform>Panier : %n article, %1</numerusform>
            <numerusform>Panier : %n articles, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>○ Reopen</source>
        <translation>○ Rouvrir</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>M’assigner</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Retirer l&apos;assignation</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● En ligne</translation>
    </message>
    <message>
        <source>The customer is in your store now</source>
        <translation>Le client est dans votre boutique en ce moment</translation>
    </message>
    <message>
        <source>In your store now: the reply appears in their chat at once</source>
        <translation>Dans votre boutique en ce moment : la réponse s’affiche aussitôt dans son chat</translation>
    </message>
    <message>
        <source>Needs chat permission</source>
        <translation>Nécessite l’autorisation de chat</translation>
    </message>
</context>
<context>
    <name>shopinbox::ConversationListPane</name>
    <message>
        <source>Show conversations</source>
        <translation>Afficher les conversations</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermées</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lues</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Assignées à moi</translation>
    </message>
    <message>
        <source>Search all conversations</source>
        <translation>Rechercher dans toutes les conversations</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Rechercher des conversations</translation>
    </message>
    <message>
        <source>Words must all appear; &quot;quotes&quot; find a phrase; an order number finds its customer&apos;s conversations.</source>
        <translation>Tous les mots doivent figurer ; les « guillemets » cherchent une expression ; un numéro de commande trouve les conversations de son client.</translation>
    </message>
    <message>
        <source>Offline: showing cached conversations. Replies will be sent when the connection returns.</source>
        <translation>Hors ligne : affichage des conversations en cache. Les réponses seront envoyées dès le rétablissement de la connexion.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Seulement %1</translation>
    </message>
    <message>
        <source>Searching only %1. Click to search all conversations.</source>
        <translation>Recherche seulement dans %1. Cliquez pour chercher dans toutes les conversations.</translation>
    </message>
    <message>
        <source>Searching all conversations. Click to search only %1.</source>
        <translation>Recherche dans toutes les conversations. Cliquez pour chercher seulement dans %1.</translation>
    </message>
    <message>
        <source>Search only %1</source>
        <translation>Chercher seulement dans %1</translation>
    </message>
    <message>
        <source>No conversations here.</source>
        <translation>Aucune conversation ici.</translation>
    </message>
    <message>
        <source>No conversation matches “%1”.</source>
        <translation>Aucune conversation ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>No conversation in %1 matches “%2”.</source>
        <translation>Aucune conversation de %1 ne correspond à « %2 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in Open</source>
        <translation>
            <numerusform>%n résultat dans Ouvertes</numerusform>
            <numerusform>%n résultats dans Ouvertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in Closed</source>
        <translation>
            <numerusform>%n résultat dans Fermées</numerusform>
            <numerusform>%n résultats dans Fermées</numerusform>
        </translation>
    </message>
    <message>
        <source>None in %1 — %2.</source>
        <translation>Aucune dans %1 — %2.</translation>
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
        <translation>Client</translation>
    </message>
    <message>
        <source>Customer profile</source>
        <translation>Profil du client</translation>
    </message>
    <message>
        <source>Open a conversation to see the customer.</source>
        <translation>Ouvrez une conversation pour voir le client.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Manage ↗</source>
        <translation>Gérer ↗</translation>
    </message>
    <message>
        <source>Manage the customer in the shop admin</source>
        <translation>Gérer le client dans l&apos;interface administrateur de la boutique</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>Only staff see this note</source>
        <translation>Seul le personnel voit cette note</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message>
        <source>The note was not saved: %1</source>
        <translation>La note n&apos;a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Panier</translation>
    </message>
    <message>
        <source>Last order placed</source>
        <translation>Dernière commande passée</translation>
    </message>
    <message>
        <source>Open the order in the shop admin</source>
        <translation>Ouvrir la commande dans l&apos;interface administrateur de la boutique</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Returning customer</source>
        <translation>Client récurrent</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message numerus="yes">
        <source>Customer for %n year(s)</source>
        <translation>
            <numerusform>Client depuis %n an</numerusform>
            <numerusform>Client depuis %n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Customer for %n month(s)</source>
        <translation>
            <numerusform>Client depuis %n mois</numerusform>
            <numerusform>Client depuis %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Customer for %n day(s)</source>
        <translation>
            <numerusform>Client depuis %n jour</numerusform>
            <numerusform>Client depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation>Aucune commande pour le moment</translation>
    </message>
    <message numerus="yes">
        <source>Lifetime spend: %1 (%n order(s))</source>
        <translation>
            <numerusform>Total dépensé : %1 (%n commande)</numerusform>
            <numerusform>Total dépensé : %1 (%n commandes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Email marketing: Subscribed</source>
        <translation>Marketing par e-mail : abonné</translation>
    </message>
    <message>
        <source>Email marketing: Not subscribed</source>
        <translation>Marketing par e-mail : non abonné</translation>
    </message>
    <message>
        <source>SMS marketing: Subscribed</source>
        <translation>Marketing par SMS : abonné</translation>
    </message>
    <message>
        <source>SMS marketing: Not subscribed</source>
        <translation>Marketing par SMS : non abonné</translation>
    </message>
    <message>
        <source>Local time: %1 %2 (%3)</source>
        <translation>Heure locale : %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Local time: unknown</source>
        <translation>Heure locale : inconnue</translation>
    </message>
    <message>
        <source>Someone else changed this note meanwhile. Saving replaces their version: %1</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cette note entre-temps. L&apos;enregistrer remplacera sa version : %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>%1 × %2%3 — %4 · %5 in stock</source>
        <translation>%1 × %2%3 — %4 · %5 en stock</translation>
    </message>
    <message>
        <source>The cart is empty.</source>
        <translation>Le panier est vide.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), subtotal %1</source>
        <translation>
            <numerusform>%n article, sous-total %1</numerusform>
            <numerusform>%n articles, sous-total %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Last cart activity: %1</source>
        <translation>Dernière activité du panier : %1</translation>
    </message>
    <message>
        <source>View all (%1)</source>
        <translation>Tout afficher (%1)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>No orders in the last %1 days.</source>
        <translation>Aucune commande au cours des %1 derniers jours.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>Placed %1</source>
        <translation>Passée le %1</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
    <message numerus="yes">
        <source>View all (%n open)</source>
        <translation>
            <numerusform>Tout afficher (%n ouverte)</numerusform>
            <numerusform>Tout afficher (%n ouvertes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: Closed</source>
        <translation>Statut : fermée</translation>
    </message>
    <message>
        <source>Status: Open</source>
        <translation>Statut : ouverte</translation>
    </message>
    <message>
        <source>Online store</source>
        <translation>Boutique en ligne</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Platform: %1</source>
        <translation>Plateforme : %1</translation>
    </message>
    <message>
        <source>Began %1</source>
        <translation>Commencée le %1</translation>
    </message>
    <message>
        <source>Cart of %1</source>
        <translation>Panier de %1</translation>
    </message>
    <message>
        <source>Open orders of %1</source>
        <translation>Commandes ouvertes de %1</translation>
    </message>
    <message>
        <source>Your unsaved changes to this note are kept: save the note to store them.</source>
        <translation>Vos modifications non enregistrées de cette note sont conservées : enregistrez la note pour les garder.</translation>
    </message>
    <message numerus="yes">
        <source>Topic(s): %1</source>
        <translation>
            <numerusform>Sujet : %1</numerusform>
            <numerusform>Sujets : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Other conversations</source>
        <translation>Autres conversations</translation>
    </message>
    <message>
        <source>Closed · %1</source>
        <translation>Fermée · %1</translation>
    </message>
    <message>
        <source>Open · %1</source>
        <translation>Ouverte · %1</translation>
    </message>
    <message>
        <source>Open the conversation: %1</source>
        <translation>Ouvrir la conversation : %1</translation>
    </message>
    <message>
        <source>No note</source>
        <translation>Aucune note</translation>
    </message>
</context>
<context>
    <name>shopinbox::DiscountItemDelegate</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
</context>
<context>
    <name>shopinbox::DiscountPickerDialog</name>
    <message>
        <source>Share a discount</source>
        <translation>Partager une réduction</translation>
    </message>
    <message>
        <source>Search discount codes</source>
        <translation>Rechercher des codes de réduction</translation>
    </message>
    <message>
        <source>Search by code or description</source>
        <translation>Rechercher par code ou description</translation>
    </message>
    <message>
        <source>Where the discount codes come from</source>
        <translation>Provenance des codes de réduction</translation>
    </message>
    <message>
        <source>Discount codes</source>
        <translation>Codes de réduction</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Message to send with the discount</source>
        <translation>Message à envoyer avec la réduction</translation>
    </message>
    <message>
        <source>Add a message (optional)</source>
        <translation>Ajoutez un message (facultatif)</translation>
    </message>
    <message>
        <source>Share discount</source>
        <translation>Partager la réduction</translation>
    </message>
    <message>
        <source>Share the selected discount</source>
        <translation>Partager la réduction sélectionnée</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Showing discounts saved on this computer</source>
        <translation>Affichage des réductions enregistrées sur cet ordinateur</translation>
    </message>
    <message>
        <source>Showing the shop&apos;s discount codes</source>
        <translation>Affichage des codes de réduction de la boutique</translation>
    </message>
    <message>
        <source>The shop has no discount codes.</source>
        <translation>La boutique n&apos;a aucun code de réduction.</translation>
    </message>
    <message>
        <source>No discount code matches “%1”.</source>
        <translation>Aucun code de réduction ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>This discount is not active. Update it in your shop admin to share it.</source>
        <translation>Cette réduction n&apos;est pas active. Mettez-la à jour dans l&apos;interface administrateur de votre boutique pour la partager.</translation>
    </message>
    <message>
        <source>No active discount code selected.</source>
        <translation>Aucun code de réduction actif sélectionné.</translation>
    </message>
</context>
<context>
    <name>shopinbox::DiscountSearchModel</name>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>La réponse du serveur n&apos;a pas pu être lue.</translation>
    </message>
</context>
<context>
    <name>shopinbox::ImageSendDialog</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>%1 is too large to send: images may be at most %2, this one is %3.</source>
        <translation>%1 est trop volumineux pour être envoyé : les images ne doivent pas dépasser %2, celle-ci fait %3.</translation>
    </message>
    <message>
        <source>%1 is not an image that can be sent. Send a PNG, JPEG, GIF or WebP image.</source>
        <translation>%1 n&apos;est pas une image qui peut être envoyée. Envoyez une image PNG, JPEG, GIF ou WebP.</translation>
    </message>
    <message>
        <source>Send an image</source>
        <translation>Envoyer une image</translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation>Aperçu de l&apos;image</translation>
    </message>
    <message>
        <source>No preview available</source>
        <translation>Aucun aperçu disponible</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Aucun aperçu</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Taille du fichier</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send the image</source>
        <translation>Envoyer l&apos;image</translation>
    </message>
</context>
<context>
    <name>shopinbox::ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Taille réelle</translation>
    </message>
    <message>
        <source>The image is not available.</source>
        <translation>L&apos;image n&apos;est pas disponible.</translation>
    </message>
</context>
<context>
    <name>shopinbox::KeychainCredentialStore</name>
    <message>
        <source>the system keychain</source>
        <translation>le trousseau du système</translation>
    </message>
</context>
<context>
    <name>shopinbox::LocalActions</name>
    <message>
        <source>This conversation is not in the cache.</source>
        <translation>Cette conversation n&apos;est pas dans le cache.</translation>
    </message>
    <message>
        <source>The message could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer le message : %1</translation>
    </message>
    <message>
        <source>Type a message first.</source>
        <translation>Saisissez d&apos;abord un message.</translation>
    </message>
    <message>
        <source>Share between one and three products.</source>
        <translation>Partagez entre un et trois produits.</translation>
    </message>
    <message>
        <source>Only products published to the online store can be shared.</source>
        <translation>Seuls les produits publiés sur la boutique en ligne peuvent être partagés.</translation>
    </message>
    <message>
        <source>There is no discount code %1.</source>
        <translation>Le code de réduction %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The discount code %1 is not active. Update the discount in the shop admin before sharing it.</source>
        <translation>Le code de réduction %1 n&apos;est pas actif. Mettez à jour la réduction dans l&apos;interface administrateur de la boutique avant de la partager.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Impossible de lire le fichier %1.</translation>
    </message>
    <message>
        <source>Images may be at most 10 MiB; %1 is %2 MiB.</source>
        <translation>Les images ne doivent pas dépasser 10 Mio ; %1 fait %2 Mio.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer la modification : %1</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer la note : %1</translation>
    </message>
    <message>
        <source>Only a failed message can be sent again.</source>
        <translation>Seul un message non envoyé peut être renvoyé.</translation>
    </message>
    <message>
        <source>Only a failed message that never reached the server can be discarded.</source>
        <translation>Seul un message non envoyé qui n&apos;a jamais atteint le serveur peut être supprimé.</translation>
    </message>
    <message>
        <source>A shortcut is 1 to %1 characters: lower-case letters a-z, digits, - and _.</source>
        <translation>Un raccourci compte de 1 à %1 caractères : lettres minuscules a-z, chiffres, - et _.</translation>
    </message>
    <message>
        <source>A saved reply may be at most %1 characters long.</source>
        <translation>Une réponse enregistrée ne doit pas dépasser %1 caractères.</translation>
    </message>
    <message>
        <source>Type the text of the saved reply first.</source>
        <translation>Saisissez d&apos;abord le texte de la réponse enregistrée.</translation>
    </message>
    <message>
        <source>A saved reply /%1 already exists.</source>
        <translation>Une réponse enregistrée /%1 existe déjà.</translation>
    </message>
    <message>
        <source>The saved reply could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer la réponse : %1</translation>
    </message>
    <message>
        <source>This saved reply no longer exists.</source>
        <translation>Cette réponse enregistrée n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The saved reply could not be deleted: %1</source>
        <translation>Impossible de supprimer la réponse enregistrée : %1</translation>
    </message>
    <message>
        <source>This reply is %L1 characters long; the limit is %L2. Shorten it to send it.</source>
        <translation>Cette réponse compte %L1 caractères ; la limite est de %L2. Raccourcissez-la pour l’envoyer.</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Le brouillon n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>There is no shop server to ask.</source>
        <translation>Aucun serveur de boutique à interroger.</translation>
    </message>
    <message>
        <source>Your account has no chat permission: ask the shop owner for it.</source>
        <translation>Votre compte n’a pas l’autorisation de chat : demandez-la au propriétaire de la boutique.</translation>
    </message>
    <message>
        <source>Only staff who manage the shop can change this.</source>
        <translation>Seuls les membres qui gèrent la boutique peuvent modifier ceci.</translation>
    </message>
</context>
<context>
    <name>shopinbox::MainWindow</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Next conversation</source>
        <translation>Conversation &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous conversation</source>
        <translation>Conversation &amp;précédente</translation>
    </message>
    <message>
        <source>Next &amp;unread conversation</source>
        <translation>Conversation &amp;non lue suivante</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <source>S&amp;end reply</source>
        <translation>&amp;Envoyer la réponse</translation>
    </message>
    <message>
        <source>&amp;Close or reopen</source>
        <translation>&amp;Fermer ou rouvrir</translation>
    </message>
    <message>
        <source>Mark as &amp;unread</source>
        <translation>Marquer comme &amp;non lu</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Assigner…</translation>
    </message>
    <message>
        <source>No unread conversations</source>
        <translation>Aucune conversation non lue</translation>
    </message>
    <message>
        <source>Image…</source>
        <translation>Image…</translation>
    </message>
    <message>
        <source>Send an image</source>
        <translation>Envoyer une image</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Réessayer l’envoi</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Image not sent</source>
        <translation>Image non envoyée</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Shop Inbox</source>
        <translation>À &amp;propos de Shop Inbox</translation>
    </message>
    <message>
        <source>About Shop Inbox</source>
        <translation>À propos de Shop Inbox</translation>
    </message>
    <message>
        <source>Shop Inbox %1
Answer the chats customers start in your online store.
Signed in to %2 as %3.</source>
        <translation>Shop Inbox %1
Répondez aux discussions que les clients lancent dans votre boutique en ligne.
Connecté à %2 en tant que %3.</translation>
    </message>
    <message>
        <source>Write a reply — Enter sends, Shift+Enter starts a new line, / inserts a saved reply</source>
        <translation>Rédigez une réponse — Entrée pour envoyer, Maj+Entrée pour aller à la ligne, / pour insérer une réponse enregistrée</translation>
    </message>
    <message>
        <source>Product…</source>
        <translation>Produit…</translation>
    </message>
    <message>
        <source>Share products</source>
        <translation>Partager des produits</translation>
    </message>
    <message>
        <source>Share up to 3 products from your online store</source>
        <translation>Partagez jusqu&apos;à 3 produits de votre boutique en ligne</translation>
    </message>
    <message>
        <source>Discount…</source>
        <translation>Réduction…</translation>
    </message>
    <message>
        <source>Share a discount code</source>
        <translation>Partager un code de réduction</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Add a shop…</source>
        <translation>&amp;Ajouter une boutique…</translation>
    </message>
    <message>
        <source>The new language applies when Shop Inbox starts again.</source>
        <translation>La nouvelle langue sera appliquée au prochain démarrage de Shop Inbox.</translation>
    </message>
    <message>
        <source>Syncing… %L1 updates received</source>
        <translation>Synchronisation… %L1 mises à jour reçues</translation>
    </message>
    <message>
        <source>View image</source>
        <translation>Voir l&apos;image</translation>
    </message>
    <message>
        <source>The image is not available.</source>
        <translation>L&apos;image n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>The image is still loading.</source>
        <translation>L&apos;image est encore en cours de chargement.</translation>
    </message>
    <message>
        <source>Image from %1</source>
        <translation>Image de %1</translation>
    </message>
    <message>
        <source>S&amp;witch shop</source>
        <translation>&amp;Changer de boutique</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Saved &amp;replies…</source>
        <translation>Réponses &amp;enregistrées…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Share &amp;products…</source>
        <translation>Partager des &amp;produits…</translation>
    </message>
    <message>
        <source>Share a &amp;discount…</source>
        <translation>Partager une &amp;réduction…</translation>
    </message>
    <message>
        <source>Send an &amp;image…</source>
        <translation>Envoyer une &amp;image…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>Customer &amp;profile</source>
        <translation>&amp;Profil du client</translation>
    </message>
    <message>
        <source>%L1 / %L2</source>
        <translation>%L1 / %L2</translation>
    </message>
    <message numerus="yes">
        <source>Too long to send: shorten the reply by %Ln character(s).</source>
        <translation>
            <numerusform>Trop long pour être envoyé : raccourcissez la réponse de %Ln caractère.</numerusform>
            <numerusform>Trop long pour être envoyé : raccourcissez la réponse de %Ln caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n unread)</source>
        <translation>
            <numerusform>%1 (%n non lue)</numerusform>
            <numerusform>%1 (%n non lues)</numerusform>
        </translation>
    </message>
    <message>
        <source>The pasted picture could not be saved to send it.</source>
        <translation>L’image collée n’a pas pu être enregistrée pour être envoyée.</translation>
    </message>
    <message>
        <source>Share one of the shop&apos;s active discount codes</source>
        <translation>Partager l’un des codes de réduction actifs de la boutique</translation>
    </message>
    <message>
        <source>Send a picture (PNG, JPEG, GIF or WebP, up to 10 MB); you can also paste or drop one</source>
        <translation>Envoyer une image (PNG, JPEG, GIF ou WebP, 10 Mo au plus) ; vous pouvez aussi en coller ou en déposer une</translation>
    </message>
    <message>
        <source>Show &amp;open conversations</source>
        <translation>Afficher les conversations &amp;ouvertes</translation>
    </message>
    <message>
        <source>Show &amp;closed conversations</source>
        <translation>Afficher les conversations &amp;fermées</translation>
    </message>
    <message>
        <source>Show u&amp;nread conversations</source>
        <translation>Afficher les conversations &amp;non lues</translation>
    </message>
    <message>
        <source>Show conversations &amp;assigned to me</source>
        <translation>Afficher les conversations &amp;assignées à moi</translation>
    </message>
    <message>
        <source>Insert a saved &amp;reply</source>
        <translation>Insérer une &amp;réponse enregistrée</translation>
    </message>
    <message>
        <source>You can read this conversation but not reply: your account has no chat permission. The shop owner can give it to you in Settings → Team.</source>
        <translation>Vous pouvez lire cette conversation mais pas y répondre : votre compte n’a pas l’autorisation de chat. Le propriétaire de la boutique peut vous la donner dans Paramètres → Équipe.</translation>
    </message>
</context>
<context>
    <name>shopinbox::MediaCache</name>
    <message>
        <source>not a shop media address</source>
        <translation>pas une adresse média de la boutique</translation>
    </message>
    <message>
        <source>larger than 10 MiB</source>
        <translation>plus de 10 Mio</translation>
    </message>
    <message>
        <source>not a PNG, JPEG, GIF or WebP image</source>
        <translation>pas une image PNG, JPEG, GIF ou WebP</translation>
    </message>
    <message>
        <source>cannot be stored: %1</source>
        <translation>impossible à enregistrer : %1</translation>
    </message>
</context>
<context>
    <name>shopinbox::MessageDelegate</name>
    <message>
        <source>Discount %1 — %2</source>
        <translation>Réduction %1 — %2</translation>
    </message>
    <message>
        <source>🖼 Image</source>
        <translation>🖼 Image</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Envoyé à %1</translation>
    </message>
    <message>
        <source>Emailed %1</source>
        <translation>Envoyé par e-mail à %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <source>Uploading %1%…</source>
        <translation>Téléversement %1%…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Image unavailable</source>
        <translation>Image indisponible</translation>
    </message>
    <message>
        <source>Discount code %1</source>
        <translation>Code de réduction %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Automatic follow-up · %1</source>
        <translation>Message de suivi automatique · %1</translation>
    </message>
    <message>
        <source>Away message · %1</source>
        <translation>Message d’absence · %1</translation>
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
            <numerusform>Shop Inbox — %n non lue</numerusform>
            <numerusform>Shop Inbox — %n non lues</numerusform>
        </translation>
    </message>
    <message>
        <source>A customer</source>
        <translation>Un client</translation>
    </message>
    <message>
        <source>Show Shop Inbox</source>
        <translation>Afficher Shop Inbox</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>shopinbox::OutboxSender</name>
    <message>
        <source>The image %1 can no longer be read.</source>
        <translation>L&apos;image %1 ne peut plus être lue.</translation>
    </message>
</context>
<context>
    <name>shopinbox::ProductItemDelegate</name>
    <message numerus="yes">
        <source>%n in stock</source>
        <translation>
            <numerusform>%n en stock</numerusform>
            <numerusform>%n en stock</numerusform>
        </translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>En rupture de stock</translation>
    </message>
</context>
<context>
    <name>shopinbox::ProductPickerDialog</name>
    <message>
        <source>Share products</source>
        <translation>Partager des produits</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Rechercher des produits</translation>
    </message>
    <message>
        <source>Search products by title</source>
        <translation>Rechercher des produits par titre</translation>
    </message>
    <message>
        <source>Where the products come from</source>
        <translation>Provenance des produits</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Selected products</source>
        <translation>Produits sélectionnés</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>Message to send with the products</source>
        <translation>Message à envoyer avec les produits</translation>
    </message>
    <message>
        <source>Add a message (optional)</source>
        <translation>Ajoutez un message (facultatif)</translation>
    </message>
    <message>
        <source>Share product(s)</source>
        <translation>Partager le(s) produit(s)</translation>
    </message>
    <message>
        <source>Share the selected products</source>
        <translation>Partager les produits sélectionnés</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Showing products saved on this computer</source>
        <translation>Affichage des produits enregistrés sur cet ordinateur</translation>
    </message>
    <message>
        <source>Showing products from the online store</source>
        <translation>Affichage des produits de la boutique en ligne</translation>
    </message>
    <message>
        <source>No published products.</source>
        <translation>Aucun produit publié.</translation>
    </message>
    <message>
        <source>No published product matches “%1”.</source>
        <translation>Aucun produit publié ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>No product selected.</source>
        <translation>Aucun produit sélectionné.</translation>
    </message>
    <message>
        <source>Selected (%1 of %2): %3</source>
        <translation>Sélection (%1 sur %2) : %3</translation>
    </message>
    <message>
        <source>You can share up to %1 products</source>
        <translation>Vous pouvez partager jusqu&apos;à %1 produits</translation>
    </message>
</context>
<context>
    <name>shopinbox::ProductSearchModel</name>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>La réponse du serveur n&apos;a pas pu être lue.</translation>
    </message>
</context>
<context>
    <name>shopinbox::SavedRepliesDialog</name>
    <message>
        <source>Saved replies</source>
        <translation>Réponses enregistrées</translation>
    </message>
    <message>
        <source>&amp;New reply</source>
        <translation>&amp;Nouvelle réponse</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>e.g. shipping</source>
        <translation>p. ex. livraison</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Texte de la réponse</translation>
    </message>
    <message>
        <source>&amp;Shortcut: /</source>
        <translation>&amp;Raccourci : /</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte :</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, - and _. Type /shortcut in a reply to insert the text. Saved replies are shared with all staff of the shop.</source>
        <translation>Lettres minuscules, chiffres, - et _. Tapez /raccourci dans une réponse pour insérer le texte. Les réponses enregistrées sont partagées avec tout le personnel de la boutique.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>The server refused the change: %1</source>
        <translation>Le serveur a refusé la modification : %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistrée.</translation>
    </message>
    <message>
        <source>Added: it appears in the list once the server has it.</source>
        <translation>Ajoutée : elle apparaîtra dans la liste dès que le serveur l&apos;aura reçue.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Supprimée.</translation>
    </message>
    <message>
        <source>Type /shortcut in a reply to insert the text. Only staff who manage the shop can change saved replies.</source>
        <translation>Tapez /raccourci dans une réponse pour insérer le texte. Seuls les membres qui gèrent la boutique peuvent modifier les réponses enregistrées.</translation>
    </message>
</context>
<context>
    <name>shopinbox::SavedReplyCompleter</name>
    <message>
        <source>Saved replies</source>
        <translation>Réponses enregistrées</translation>
    </message>
</context>
<context>
    <name>shopinbox::ServerSearch</name>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>Impossible de joindre le serveur.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>La réponse du serveur n&apos;a pas pu être lue.</translation>
    </message>
</context>
<context>
    <name>shopinbox::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Storefront chat</source>
        <translation>Chat de la boutique</translation>
    </message>
    <message>
        <source>Automated messages</source>
        <translation>Messages automatiques</translation>
    </message>
    <message>
        <source>Notify me about new customer messages</source>
        <translation>M&apos;avertir des nouveaux messages des clients</translation>
    </message>
    <message>
        <source>Start minimised to the tray</source>
        <translation>Démarrer réduit dans la zone de notification</translation>
    </message>
    <message>
        <source>Start minimised</source>
        <translation>Démarrer réduit</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Rester actif dans la zone de notification après la fermeture de la fenêtre</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>Ce bureau n&apos;a pas de zone de notification.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>A new language applies when Shop Inbox starts again.</source>
        <translation>Une nouvelle langue est appliquée au prochain démarrage de Shop Inbox.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Show the chat button in the online store</source>
        <translation>Afficher le bouton de chat dans la boutique en ligne</translation>
    </message>
    <message>
        <source>Button position</source>
        <translation>Position du bouton</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>En bas à droite</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>En bas à gauche</translation>
    </message>
    <message>
        <source>Button colour</source>
        <translation>Couleur du bouton</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the button colour</source>
        <translation>Choisir la couleur du bouton</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Position :</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Couleur :</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Message d&apos;accueil</translation>
    </message>
    <message>
        <source>Shown in the chat window&apos;s header</source>
        <translation>Affiché dans l&apos;en-tête de la fenêtre de chat</translation>
    </message>
    <message>
        <source>Follow-up message</source>
        <translation>Message de suivi</translation>
    </message>
    <message>
        <source>Sent after the customer&apos;s first message</source>
        <translation>Envoyé après le premier message du client</translation>
    </message>
    <message>
        <source>Away message</source>
        <translation>Message d&apos;absence</translation>
    </message>
    <message>
        <source>Sent outside business hours</source>
        <translation>Envoyé en dehors des heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>Greeting:</source>
        <translation>Accueil :</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Suivi :</translation>
    </message>
    <message>
        <source>Away:</source>
        <translation>Absence :</translation>
    </message>
    <message>
        <source>Business hours (the shop&apos;s time zone)</source>
        <translation>Heures d&apos;ouverture (fuseau horaire de la boutique)</translation>
    </message>
    <message>
        <source>Without business hours the shop is never away.</source>
        <translation>Sans heures d&apos;ouverture, la boutique n&apos;est jamais absente.</translation>
    </message>
    <message>
        <source>%1 opens</source>
        <translation>Heure d&apos;ouverture le %1</translation>
    </message>
    <message>
        <source>%1 closes</source>
        <translation>Heure de fermeture le %1</translation>
    </message>
    <message>
        <source>Sign in to a shop to change its storefront chat.</source>
        <translation>Connectez-vous à une boutique pour modifier son chat.</translation>
    </message>
    <message>
        <source>Loading the shop&apos;s settings…</source>
        <translation>Chargement des paramètres de la boutique…</translation>
    </message>
    <message>
        <source>The storefront settings need a connection to the shop server (%1).</source>
        <translation>Les paramètres de la boutique nécessitent une connexion au serveur de la boutique (%1).</translation>
    </message>
    <message>
        <source>On %1 the shop must open before it closes.</source>
        <translation>Le %1, la boutique doit ouvrir avant de fermer.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Not saved: the shop server cannot be reached (%1).</source>
        <translation>Non enregistré : impossible de joindre le serveur de la boutique (%1).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Websites allowed to show the chat</source>
        <translation>Sites autorisés à afficher le chat</translation>
    </message>
    <message>
        <source>&amp;Websites:</source>
        <translation>&amp;Sites :</translation>
    </message>
    <message>
        <source>The addresses of your store, one per line (for example https://shop.example). Only these sites can show the chat; leave empty to allow any site.</source>
        <translation>Les adresses de votre boutique, une par ligne (par exemple https://shop.example). Seuls ces sites peuvent afficher le chat ; laissez vide pour autoriser tous les sites.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Only staff who manage the shop can change these settings.</source>
        <translation>Seuls les membres qui gèrent la boutique peuvent modifier ces paramètres.</translation>
    </message>
</context>
<context>
    <name>shopinbox::SignInDialog</name>
    <message>
        <source>Sign in to your shop</source>
        <translation>Connectez-vous à votre boutique</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Enter the server address, your e-mail address and your password.</source>
        <translation>Saisissez l&apos;adresse du serveur, votre adresse e-mail et votre mot de passe.</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Aucun trousseau</translation>
    </message>
    <message>
        <source>%1

Stay signed in for this session only? You will need to sign in again next time.</source>
        <translation>%1

Rester connecté pour cette session uniquement ? Vous devrez vous reconnecter la prochaine fois.</translation>
    </message>
    <message>
        <source>Your new password</source>
        <translation>Votre nouveau mot de passe</translation>
    </message>
    <message>
        <source>At least 10 characters</source>
        <translation>Au moins 10 caractères</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
</context>
<context>
    <name>shopinbox::SyncEngine</name>
    <message numerus="yes">
        <source>Skipped %n malformed event(s) from the server: %1</source>
        <translation>
            <numerusform>%n événement malformé du serveur ignoré : %1</numerusform>
            <numerusform>%n événements malformés du serveur ignorés : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Échec de la synchronisation : %1</translation>
    </message>
    <message>
        <source>The server sent a sync page that cannot be read (%1); retrying later.</source>
        <translation>Le serveur a envoyé une page de synchronisation illisible (%1) ; nouvelle tentative plus tard.</translation>
    </message>
    <message>
        <source>The server sent a sync page that does not advance past seq %1; retrying later.</source>
        <translation>Le serveur a envoyé une page de synchronisation qui ne va pas au-delà de seq %1 ; nouvelle tentative plus tard.</translation>
    </message>
    <message>
        <source>Could not store synced data: %1</source>
        <translation>Impossible d&apos;enregistrer les données synchronisées : %1</translation>
    </message>
    <message>
        <source>The connection to the server was lost (%1).</source>
        <translation>La connexion au serveur a été perdue (%1).</translation>
    </message>
    <message>
        <source>Ignored a malformed event from the server (%1): %2</source>
        <translation>Événement malformé du serveur ignoré (%1) : %2</translation>
    </message>
    <message>
        <source>Could not store live events: %1</source>
        <translation>Impossible d&apos;enregistrer les événements en direct : %1</translation>
    </message>
</context>
<context>
    <name>shopinbox::TeamPage</name>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>chats with customers</source>
        <translation>discute avec les clients</translation>
    </message>
    <message>
        <source>manages the shop</source>
        <translation>gère la boutique</translation>
    </message>
    <message>
        <source>reads conversations only</source>
        <translation>lit seulement les conversations</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; · %3</source>
        <translation>%1 &lt;%2&gt; · %3</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Chats with customers</source>
        <translation>Discute avec les clients</translation>
    </message>
    <message>
        <source>Manages the shop</source>
        <translation>Gère la boutique</translation>
    </message>
    <message>
        <source>Settings, storefront chat, automated messages, saved replies and the team</source>
        <translation>Paramètres, chat de la boutique, messages automatiques, réponses enregistrées et l’équipe</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>A deactivated member is signed out everywhere and cannot sign in</source>
        <translation>Un membre désactivé est déconnecté partout et ne peut plus se connecter</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Invite a member</source>
        <translation>Inviter un membre</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Inviter</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail :</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Enter the new member&apos;s name and e-mail address.</source>
        <translation>Saisissez le nom et l’adresse e-mail du nouveau membre.</translation>
    </message>
    <message>
        <source>Inviting…</source>
        <translation>Invitation…</translation>
    </message>
    <message>
        <source>Not invited: %1</source>
        <translation>Non invité : %1</translation>
    </message>
    <message>
        <source>%1 can now sign in as %2 with this one-time password, and will choose their own at once: %3
It is shown only now.</source>
        <translation>%1 peut maintenant se connecter en tant que %2 avec ce mot de passe à usage unique, puis en choisira un aussitôt : %3
Il n’est affiché que maintenant.</translation>
    </message>
</context>
</TS>
