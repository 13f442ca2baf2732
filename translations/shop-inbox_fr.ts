<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
</context>
<context>
    <name>shopinbox::MainWindow</name>
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
        <source>Search conversations</source>
        <translation>Rechercher des conversations</translation>
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
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Write a reply — Enter sends, Shift+Enter starts a new line</source>
        <translation>Rédigez une réponse — Entrée pour envoyer, Maj+Entrée pour aller à la ligne</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
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
        <source>● Online in your store</source>
        <translation>● En ligne dans votre boutique</translation>
    </message>
    <message>
        <source>Left the store — replies will be emailed to %1</source>
        <translation>A quitté la boutique — les réponses seront envoyées par e-mail à %1</translation>
    </message>
    <message>
        <source>Left the store</source>
        <translation>A quitté la boutique</translation>
    </message>
    <message>
        <source>○ Reopen</source>
        <translation>○ Rouvrir</translation>
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
        <source>Unassign</source>
        <translation>Retirer l&apos;assignation</translation>
    </message>
    <message numerus="yes">
        <source>Shop Inbox — %1 (%n unread)</source>
        <translation>
            <numerusform>Shop Inbox — %1 (%n non lue)</numerusform>
            <numerusform>Shop Inbox — %1 (%n non lues)</numerusform>
        </translation>
    </message>
    <message>
        <source>Shop Inbox — %1</source>
        <translation>Shop Inbox — %1</translation>
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
        <source>%1 cannot be read.</source>
        <translation>%1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG, GIF or WebP image.</source>
        <translation>%1 n’est pas une image PNG, JPEG, GIF ou WebP.</translation>
    </message>
    <message>
        <source>%1 is larger than 10 MiB.</source>
        <translation>%1 dépasse 10 Mio.</translation>
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
        <source>Cart</source>
        <translation>Panier</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>Cart: %n item(s), %1</source>
        <translation>
            <numerusform>Panier : %n article, %1</numerusform>
            <numerusform>Panier : %n articles, %1</numerusform>
        </translation>
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
</context>
<context>
    <name>shopinbox::OutboxSender</name>
    <message>
        <source>The image %1 can no longer be read.</source>
        <translation>L&apos;image %1 ne peut plus être lue.</translation>
    </message>
    <message>
        <source>Unknown action %1</source>
        <translation>Action inconnue %1</translation>
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
</TS>
