<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>ArrivalsPanel</name>
    <message>
        <source>Arrivals</source>
        <translation>Arrivées</translation>
    </message>
    <message>
        <source>There are no figures to export yet.</source>
        <translation>Il n&apos;y a pas encore de chiffres à exporter.</translation>
    </message>
    <message>
        <source>The figures could not be read. Reference for IT: {ref}</source>
        <translation>Impossible de lire les chiffres. Référence pour le service informatique : {ref}</translation>
    </message>
    <message>
        <source>The figures could not be refreshed; those shown are from {time}. Reference for IT: {ref}</source>
        <translation>Impossible d&apos;actualiser les chiffres ; ceux qui sont affichés datent de {time}. Référence pour le service informatique : {ref}</translation>
    </message>
    <message>
        <source>The picture could not be saved as {file}. Choose another folder.</source>
        <translation>L&apos;image n&apos;a pas pu être enregistrée sous {file}. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Charts saved as {file}</source>
        <translation>Graphiques enregistrés sous {file}</translation>
    </message>
    <message>
        <source>Updated at {time} (every 30 seconds)</source>
        <translation>Mis à jour à {time} (toutes les 30 secondes)</translation>
    </message>
    <message>
        <source>Export the charts as PNG</source>
        <translation>Exporter les graphiques au format PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>Exporter en PNG</translation>
    </message>
    <message>
        <source>Badges printed</source>
        <translation>Badges imprimés</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Inscriptions sur place</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Lecture des chiffres…</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Self-service badge collection</source>
        <translation>Retrait des badges en libre-service</translation>
    </message>
    <message>
        <source>Today&apos;s sessions</source>
        <translation>Séances du jour</translation>
    </message>
    <message>
        <source>Hold the QR code from your registration confirmation under the scanner, on your phone or on paper.</source>
        <translation>Présentez sous le lecteur le code QR de votre confirmation d&apos;inscription, sur votre téléphone ou sur papier.</translation>
    </message>
    <message>
        <source>What is on today, and where</source>
        <translation>Ce qui a lieu aujourd&apos;hui, et où</translation>
    </message>
    <message>
        <source>Badges are printed at the accreditation desk today.</source>
        <translation>Aujourd&apos;hui, les badges sont imprimés au guichet d&apos;accréditation.</translation>
    </message>
    <message>
        <source>This kiosk is not taking codes at the moment. Please go to the accreditation desk.</source>
        <translation>Cette borne n&apos;accepte pas de codes pour le moment. Veuillez vous rendre au guichet d&apos;accréditation.</translation>
    </message>
    <message>
        <source>You can still check in here, then collect your badge at the desk.</source>
        <translation>Vous pouvez toujours vous enregistrer ici, puis retirer votre badge au guichet.</translation>
    </message>
    <message>
        <source>Start screen</source>
        <translation>Écran d&apos;accueil</translation>
    </message>
    <message>
        <source>Show the screens in this language</source>
        <translation>Afficher les écrans dans cette langue</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>Make the text on the screens larger</source>
        <translation>Agrandir le texte des écrans</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Hold your code here</source>
        <translation>Présentez votre code ici</translation>
    </message>
    <message>
        <source>Camera not available</source>
        <translation>Caméra indisponible</translation>
    </message>
    <message>
        <source>Please use the scanner.</source>
        <translation>Veuillez utiliser le lecteur.</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Check in</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Check in {name}</source>
        <translation>Enregistrer {name}</translation>
    </message>
    <message>
        <source>Registration {id}. Compare the ID document with the name and photo.</source>
        <translation>Inscription {id}. Comparez la pièce d&apos;identité avec le nom et la photo.</translation>
    </message>
    <message>
        <source>I have checked their ID document</source>
        <translation>J&apos;ai vérifié sa pièce d&apos;identité</translation>
    </message>
</context>
<context>
    <name>CheckingScreen</name>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>Veuillez patienter un instant.</translation>
    </message>
</context>
<context>
    <name>DeskContext</name>
    <message>
        <source>That did not work. Reference for IT: {ref}</source>
        <translation>Cela n’a pas fonctionné. Référence pour l’informatique : {ref}</translation>
    </message>
</context>
<context>
    <name>DeskExceptions</name>
    <message>
        <source>Print interrupted</source>
        <translation>Impression interrompue</translation>
    </message>
    <message>
        <source>Print failed</source>
        <translation>Échec de l’impression</translation>
    </message>
    <message>
        <source>Badge waiting for the desk</source>
        <translation>Badge en attente au guichet</translation>
    </message>
    <message>
        <source>Sync conflict</source>
        <translation>Conflit de synchronisation</translation>
    </message>
    <message>
        <source>Rejected by the registry</source>
        <translation>Refusé par le registre</translation>
    </message>
    <message>
        <source>Refused scan</source>
        <translation>Code refusé</translation>
    </message>
    <message>
        <source>The badge name was changed at two desks; the later change stands. Check the name.</source>
        <translation>Le nom du badge a été modifié à deux guichets ; la modification la plus récente est retenue. Vérifiez le nom.</translation>
    </message>
    <message>
        <source>Checked in at two kiosks: check that one person holds one badge.</source>
        <translation>Arrivée enregistrée à deux bornes : vérifiez que la personne ne détient qu’un seul badge.</translation>
    </message>
    <message>
        <source>Two badges carry the same version: check which one the person holds.</source>
        <translation>Deux badges portent le même numéro de version : vérifiez lequel la personne détient.</translation>
    </message>
    <message>
        <source>The registry flagged this registration for a check.</source>
        <translation>Le registre a signalé cette inscription pour vérification.</translation>
    </message>
    <message>
        <source>a check-in</source>
        <translation>un enregistrement d’arrivée</translation>
    </message>
    <message>
        <source>a printed badge</source>
        <translation>un badge imprimé</translation>
    </message>
    <message>
        <source>a voided badge</source>
        <translation>un badge annulé</translation>
    </message>
    <message>
        <source>a walk-in registration</source>
        <translation>une inscription sur place</translation>
    </message>
    <message>
        <source>a badge name correction</source>
        <translation>une correction du nom sur le badge</translation>
    </message>
    <message>
        <source>a record</source>
        <translation>une donnée</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>impression en cours</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>imprimé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>This was already dealt with, here or at another desk. The list is up to date again.</source>
        <translation>Ce cas a déjà été traité, ici ou à un autre guichet. La liste a été mise à jour.</translation>
    </message>
    <message>
        <source>Write a short note saying why (one line, at most 200 characters); nothing was cancelled.</source>
        <translation>Indiquez brièvement la raison (une ligne, 200 caractères au maximum) ; rien n’a été annulé.</translation>
    </message>
    <message>
        <source>That printer is no longer configured here; choose another one.</source>
        <translation>Cette imprimante n’est plus configurée ici ; choisissez-en une autre.</translation>
    </message>
    <message>
        <source>The registry cannot be reached; the desk keeps trying.</source>
        <translation>Le registre est injoignable ; le guichet continue d’essayer.</translation>
    </message>
    <message>
        <source>The registry is not answering properly; the desk keeps trying.</source>
        <translation>Le registre ne répond pas correctement ; le guichet continue d’essayer.</translation>
    </message>
    <message>
        <source>The registry sent an answer the desk cannot read. Tell IT.</source>
        <translation>Le registre a envoyé une réponse que le guichet ne peut pas lire. Prévenez le service informatique.</translation>
    </message>
    <message>
        <source>The registry refused a request. Tell IT.</source>
        <translation>Le registre a refusé une requête. Prévenez le service informatique.</translation>
    </message>
    <message>
        <source>The registry was reset; the desk is reading all its data again.</source>
        <translation>Le registre a été réinitialisé ; le guichet recharge toutes ses données.</translation>
    </message>
    <message>
        <source>The registry does not recognise this machine: IT must enroll it again.</source>
        <translation>Le registre ne reconnaît pas ce poste : le service informatique doit l’enregistrer de nouveau.</translation>
    </message>
    <message>
        <source>This machine was withdrawn at the registry. Tell IT.</source>
        <translation>Ce poste a été retiré du registre. Prévenez le service informatique.</translation>
    </message>
    <message>
        <source>The enrolment code is not valid: IT must enroll this machine again.</source>
        <translation>Le code d’enregistrement n’est pas valide : le service informatique doit enregistrer ce poste de nouveau.</translation>
    </message>
    <message>
        <source>Printing on %1 was cut off by a stop. Did the badge come out?</source>
        <translation>L’impression sur %1 a été interrompue par un arrêt. Le badge est-il sorti ?</translation>
    </message>
    <message>
        <source>Could not print on %1: %2</source>
        <translation>Impossible d’imprimer sur %1 : %2</translation>
    </message>
    <message>
        <source>Checked in; the badge is waiting to be printed here.</source>
        <translation>Arrivée enregistrée ; le badge attend d’être imprimé ici.</translation>
    </message>
    <message>
        <source>The registry refused %1: %2</source>
        <translation>Le registre a refusé %1 : %2</translation>
    </message>
    <message>
        <source>(scanned %1 times)</source>
        <translation>(scanné %1 fois)</translation>
    </message>
    <message>
        <source>pretix does not know this ticket (deleted, or another event&apos;s)</source>
        <translation>pretix ne connaît pas ce billet (supprimé, ou d’une autre manifestation)</translation>
    </message>
    <message>
        <source>the order is not paid in pretix</source>
        <translation>la commande n’est pas payée dans pretix</translation>
    </message>
    <message>
        <source>the ticket is blocked in pretix</source>
        <translation>le billet est bloqué dans pretix</translation>
    </message>
    <message>
        <source>the ticket is not valid at this time in pretix</source>
        <translation>selon pretix, le billet n’est pas valable à cette heure</translation>
    </message>
    <message>
        <source>the order or ticket is cancelled in pretix</source>
        <translation>la commande ou le billet est annulé dans pretix</translation>
    </message>
    <message>
        <source>pretix says the ticket was already used</source>
        <translation>selon pretix, le billet a déjà été utilisé</translation>
    </message>
    <message>
        <source>pretix&apos;s check-in list does not admit this product</source>
        <translation>la liste d’enregistrement de pretix n’admet pas ce produit</translation>
    </message>
    <message>
        <source>pretix&apos;s check-in rules refuse this entry</source>
        <translation>les règles d’enregistrement de pretix refusent cette entrée</translation>
    </message>
    <message>
        <source>pretix found more than one ticket</source>
        <translation>pretix a trouvé plusieurs billets</translation>
    </message>
    <message>
        <source>the ticket was revoked in pretix (reissued with a new code)</source>
        <translation>le billet a été révoqué dans pretix (réémis avec un nouveau code)</translation>
    </message>
    <message>
        <source>the order is not approved in pretix</source>
        <translation>la commande n’est pas approuvée dans pretix</translation>
    </message>
    <message>
        <source>pretix asks check-in questions: check the person in on a pretix device</source>
        <translation>pretix pose des questions à l’enregistrement : enregistrez l’arrivée de la personne sur un appareil pretix</translation>
    </message>
    <message>
        <source>pretix refused the check-in</source>
        <translation>pretix a refusé l’enregistrement d’arrivée</translation>
    </message>
    <message>
        <source>pretix cannot void a badge from a device: print the new badge here; pretix keeps the print log of both</source>
        <translation>pretix ne peut pas annuler un badge depuis un appareil : imprimez le nouveau badge ici ; pretix conserve la trace de l’impression des deux</translation>
    </message>
    <message>
        <source>pretix devices cannot register people: create the order in pretix; the person reaches the kiosk with the next sync</source>
        <translation>les appareils pretix ne peuvent pas inscrire de personnes : créez la commande dans pretix ; la personne parviendra à la borne à la prochaine synchronisation</translation>
    </message>
    <message>
        <source>pretix devices cannot change names: correct the attendee name in the order in pretix; the kiosk takes it with the next sync</source>
        <translation>les appareils pretix ne peuvent pas modifier les noms : corrigez le nom du participant dans la commande, dans pretix ; la borne le reprendra à la prochaine synchronisation</translation>
    </message>
    <message>
        <source>pretix&apos;s device profile does not allow print logs: give the device the pretixSCAN profile</source>
        <translation>le profil de l’appareil dans pretix n’autorise pas le journal d’impression : attribuez-lui le profil pretixSCAN</translation>
    </message>
    <message>
        <source>this outbox item cannot be read (not sent to pretix)</source>
        <translation>cet élément en attente d’envoi est illisible (non envoyé à pretix)</translation>
    </message>
    <message>
        <source>pretix refused the print log</source>
        <translation>pretix a refusé le journal d’impression</translation>
    </message>
</context>
<context>
    <name>DeskSignInPage</name>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Try again in {seconds} s.</source>
        <translation>Trop de tentatives erronées. Réessayez dans {seconds} s.</translation>
    </message>
    <message>
        <source>Wrong PIN or staff code. Try again.</source>
        <translation>Code PIN ou code du personnel erroné. Réessayez.</translation>
    </message>
    <message>
        <source>Accreditation desk</source>
        <translation>Guichet d’accréditation</translation>
    </message>
    <message>
        <source>Type your staff PIN and press Enter, or scan your staff QR code.</source>
        <translation>Saisissez votre code PIN du personnel et appuyez sur Entrée, ou scannez votre code QR du personnel.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Code PIN du personnel</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Type your PIN first.</source>
        <translation>Saisissez d’abord votre code PIN.</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>Sign in first, then scan the visitor&apos;s code.</source>
        <translation>Connectez-vous d’abord, puis scannez le code du visiteur.</translation>
    </message>
    <message>
        <source>That staff code was not accepted.</source>
        <translation>Ce code du personnel n’a pas été accepté.</translation>
    </message>
    <message>
        <source>The desk could not check this. Reference for IT: {ref}</source>
        <translation>Le guichet n’a pas pu le vérifier. Référence pour l’informatique : {ref}</translation>
    </message>
    <message>
        <source>Accreditation desk</source>
        <translation>Guichet d’accréditation</translation>
    </message>
    <message>
        <source>Accreditation desk · {event}</source>
        <translation>Guichet d’accréditation · {event}</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>Desk staff</source>
        <translation>Personnel du guichet</translation>
    </message>
    <message>
        <source>{staff} · {role}</source>
        <translation>{staff} · {role}</translation>
    </message>
</context>
<context>
    <name>ExceptionsPanel</name>
    <message>
        <source>Exceptions</source>
        <translation>Exceptions</translation>
    </message>
    <message>
        <source>Exceptions (%1)</source>
        <translation>Cas à traiter (%1)</translation>
    </message>
    <message>
        <source>The exceptions could not be read. Reference for IT: %1</source>
        <translation>Les cas à traiter n’ont pas pu être lus. Référence pour le service informatique : %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Mark as checked</source>
        <translation>Marquer comme vérifié</translation>
    </message>
    <message>
        <source>Mark as seen</source>
        <translation>Marquer comme vu</translation>
    </message>
    <message>
        <source>Mark as handled</source>
        <translation>Marquer comme traité</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Borne</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Nothing needs a person right now.</source>
        <translation>Aucun cas à traiter pour le moment.</translation>
    </message>
    <message>
        <source>The newest %1 are listed; answer them to see the others.</source>
        <translation>Les %1 plus récents sont affichés ; traitez-les pour voir les suivants.</translation>
    </message>
</context>
<context>
    <name>JobActions</name>
    <message>
        <source>Yes, it came out</source>
        <translation>Oui, il est sorti</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Print now</source>
        <translation>Imprimer maintenant</translation>
    </message>
    <message>
        <source>Cancel the print</source>
        <translation>Annuler l’impression</translation>
    </message>
    <message>
        <source>Why is this badge not printed? (kept in the audit log)</source>
        <translation>Pourquoi ce badge n’est-il pas imprimé ? (conservé dans le journal d’audit)</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Annuler…</translation>
    </message>
    <message>
        <source>Send to…</source>
        <translation>Envoyer à…</translation>
    </message>
    <message>
        <source>Only one printer is configured.</source>
        <translation>Une seule imprimante est configurée.</translation>
    </message>
    <message>
        <source>Badge printed on %1.</source>
        <translation>Badge imprimé sur %1.</translation>
    </message>
    <message>
        <source>Still not printed: %1</source>
        <translation>Toujours pas imprimé : %1</translation>
    </message>
    <message>
        <source>Recorded: the badge did not come out. Print it again when ready.</source>
        <translation>Enregistré : le badge n’est pas sorti. Relancez l’impression dès que possible.</translation>
    </message>
    <message>
        <source>The print was cancelled.</source>
        <translation>L’impression a été annulée.</translation>
    </message>
    <message>
        <source>Recorded: the badge counts as collected.</source>
        <translation>Enregistré : le badge est considéré comme retiré.</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>Correct the badge name</source>
        <translation>Corriger le nom du badge</translation>
    </message>
    <message>
        <source>Registration {id}. Type the name as it should print, in any script. The next badge prints it; the registry gets it with the next sync.</source>
        <translation>Inscription {id}. Saisissez le nom tel qu&apos;il doit être imprimé, dans n&apos;importe quelle écriture. Le prochain badge l&apos;imprimera&#xa0;; le registre le recevra à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Badge name</source>
        <translation>Nom sur le badge</translation>
    </message>
    <message>
        <source>Save the name</source>
        <translation>Enregistrer le nom</translation>
    </message>
</context>
<context>
    <name>NowNextStrip</name>
    <message>
        <source>Today&apos;s sessions</source>
        <translation>Séances du jour</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>À suivre</translation>
    </message>
    <message>
        <source>{caption} {time}: {title} ({room})</source>
        <translation>{caption} {time}&#xa0;: {title} ({room})</translation>
    </message>
</context>
<context>
    <name>OperationsPanel</name>
    <message>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <source>The printers and the queue could not be read. Reference for IT: %1</source>
        <translation>Les imprimantes et la file d’impression n’ont pas pu être lues. Référence pour le service informatique : %1</translation>
    </message>
    <message>
        <source>Printing a test page on %1…</source>
        <translation>Impression d’une page de test sur %1…</translation>
    </message>
    <message>
        <source>The test page did not print: %1</source>
        <translation>La page de test n’a pas été imprimée : %1</translation>
    </message>
    <message>
        <source>Test page sent to %1.</source>
        <translation>Page de test envoyée à %1.</translation>
    </message>
    <message>
        <source>Sync started.</source>
        <translation>Synchronisation lancée.</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>Imprimantes</translation>
    </message>
    <message>
        <source>Print queue</source>
        <translation>File d’impression</translation>
    </message>
    <message>
        <source>Sync with the registry</source>
        <translation>Synchronisation avec le registre</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>What the printer said</source>
        <translation>Message de l’imprimante</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Main printer</source>
        <translation>Imprimante principale</translation>
    </message>
    <message>
        <source>Fallback %1</source>
        <translation>Secours %1</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Page de test</translation>
    </message>
    <message>
        <source>The newest %1 of %2 open jobs are listed.</source>
        <translation>Les %1 tâches les plus récentes sur %2 en attente sont affichées.</translation>
    </message>
    <message>
        <source>No badge is waiting to be printed.</source>
        <translation>Aucun badge n’attend d’être imprimé.</translation>
    </message>
    <message>
        <source>Last complete update</source>
        <translation>Dernière mise à jour complète</translation>
    </message>
    <message>
        <source>Data age</source>
        <translation>Âge des données</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Dernier problème</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>This desk is not enrolled with a registry: nothing is synced.</source>
        <translation>Ce guichet n’est enregistré auprès d’aucun registre : rien n’est synchronisé.</translation>
    </message>
    <message>
        <source>Waiting for the first round…</source>
        <translation>En attente du premier cycle…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 élément(s)</translation>
    </message>
    <message>
        <source>%1 rejected (see Exceptions)</source>
        <translation>%1 refusé(s) (voir Cas à traiter)</translation>
    </message>
    <message>
        <source>no data from the registry yet</source>
        <translation>aucune donnée du registre pour l’instant</translation>
    </message>
    <message>
        <source>updated just now</source>
        <translation>mises à jour à l’instant</translation>
    </message>
    <message>
        <source>updated %1 min ago</source>
        <translation>mises à jour il y a %1 min</translation>
    </message>
    <message>
        <source>updated %1 h ago</source>
        <translation>mises à jour il y a %1 h</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>The last round did not finish: %1</source>
        <translation>Le dernier cycle n’a pas abouti : %1</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation, country, category</source>
        <translation>Organisation, pays, catégorie</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Badge valid</source>
        <translation>Badge valide</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Type a name, an organisation, a country or a registration number.</source>
        <translation>Saisissez un nom, une organisation, un pays ou un numéro d&apos;inscription.</translation>
    </message>
    <message>
        <source>Nobody found for “{text}”.</source>
        <translation>Personne ne correspond à «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <source>Registration {id} is not on this desk&apos;s list.</source>
        <translation>L&apos;inscription {id} ne figure pas sur la liste de ce guichet.</translation>
    </message>
    <message>
        <source>Name in any script, organisation, country, e-mail or registration number</source>
        <translation>Nom dans toute écriture, organisation, pays, courriel ou numéro d&apos;inscription</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Personnes trouvées</translation>
    </message>
</context>
<context>
    <name>PersonActions</name>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Choose the person&apos;s photo</source>
        <translation>Choisir la photo de la personne</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>Images (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>The photo could not be stored. Try again; if it fails again, tell IT.</source>
        <translation>La photo n’a pas pu être enregistrée. Réessayez ; en cas de nouvel échec, prévenez le service informatique.</translation>
    </message>
    <message>
        <source>{name} is checked in.</source>
        <translation>{name} est enregistré(e).</translation>
    </message>
    <message>
        <source>The badge of {name} is void.</source>
        <translation>Le badge de {name} est annulé.</translation>
    </message>
    <message>
        <source>The pick-up of the badge of {name} is recorded.</source>
        <translation>Le retrait du badge de {name} est enregistré.</translation>
    </message>
    <message>
        <source>That did not work. Reference for IT: {ref}</source>
        <translation>Cela n&apos;a pas fonctionné. Référence pour l&apos;informatique&#xa0;: {ref}</translation>
    </message>
    <message>
        <source>No webcam is set up at this desk: choose the person&apos;s photo</source>
        <translation>Aucune webcam n’est configurée à ce guichet : choisissez la photo de la personne</translation>
    </message>
    <message>
        <source>{name}: badge version {version} printed on {printer}.</source>
        <translation>{name}&#xa0;: badge version {version} imprimé sur {printer}.</translation>
    </message>
    <message>
        <source>{name}: badge version {version} did not print: {problem} The job waits on the Exceptions page.</source>
        <translation>{name}&#xa0;: le badge version {version} n&apos;a pas été imprimé&#xa0;: {problem} La tâche attend sur la page Exceptions.</translation>
    </message>
    <message>
        <source>{name}: temporary registration {id} created. Check them in and print their badge.</source>
        <translation>{name}&#xa0;: inscription temporaire {id} créée. Enregistrez la personne et imprimez son badge.</translation>
    </message>
    <message>
        <source>The photo of {name} is replaced; the badge waiting to print shows it.</source>
        <translation>La photo de {name} est remplacée&#xa0;; le badge en attente d&apos;impression l&apos;affiche.</translation>
    </message>
    <message>
        <source>The photo of {name} is replaced. Reprint the badge (reason: photo replaced) to show it.</source>
        <translation>La photo de {name} est remplacée. Réimprimez le badge (motif&#xa0;: photo remplacée) pour l&apos;afficher.</translation>
    </message>
    <message>
        <source>Another desk saved a later badge name for this person: it stays. Your correction is kept in the history and listed on the Exceptions page.</source>
        <translation>Un autre guichet a enregistré un nom plus récent pour cette personne&#xa0;: il est conservé. Votre correction est gardée dans l&apos;historique et figure sur la page Exceptions.</translation>
    </message>
    <message>
        <source>The badge name is saved as {name}. Another desk changed it meanwhile: both corrections are kept and listed on the Exceptions page.</source>
        <translation>Le nom du badge est enregistré&#xa0;: {name}. Un autre guichet l&apos;avait modifié entre-temps&#xa0;: les deux corrections sont conservées et figurent sur la page Exceptions.</translation>
    </message>
    <message>
        <source>The badge name is saved as {name}.</source>
        <translation>Le nom du badge est enregistré&#xa0;: {name}.</translation>
    </message>
    <message>
        <source>Print: a print job for this person is still open. Answer it first on the Exceptions page.</source>
        <translation>Impression&#xa0;: une tâche d&apos;impression pour cette personne est encore ouverte. Traitez-la d&apos;abord sur la page Exceptions.</translation>
    </message>
    <message>
        <source>Void: this person has no valid badge.</source>
        <translation>Annulation&#xa0;: cette personne n&apos;a aucun badge valide.</translation>
    </message>
    <message>
        <source>Check in…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Reprint badge…</source>
        <translation>Réimprimer le badge…</translation>
    </message>
    <message>
        <source>Print badge…</source>
        <translation>Imprimer le badge…</translation>
    </message>
    <message>
        <source>Correct name…</source>
        <translation>Corriger le nom…</translation>
    </message>
    <message>
        <source>Replace photo…</source>
        <translation>Remplacer la photo…</translation>
    </message>
    <message>
        <source>VIP pick-up…</source>
        <translation>Retrait VIP…</translation>
    </message>
    <message>
        <source>Void badge…</source>
        <translation>Annuler le badge…</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>Sans inscription…</translation>
    </message>
    <message>
        <source>Void badge (supervisor only)</source>
        <translation>Annuler le badge (superviseur uniquement)</translation>
    </message>
    <message>
        <source>Walk-in (supervisor only)</source>
        <translation>Sans inscription (superviseur uniquement)</translation>
    </message>
</context>
<context>
    <name>PersonDetail</name>
    <message>
        <source>Search for a person or scan their code.</source>
        <translation>Recherchez une personne ou scannez son code.</translation>
    </message>
    <message>
        <source>Latin script: {name}</source>
        <translation>En caractères latins&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Own script: {name}</source>
        <translation>Dans son écriture&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Category: {category}</source>
        <translation>Catégorie&#xa0;: {category}</translation>
    </message>
    <message>
        <source>Registration {id}</source>
        <translation>Inscription {id}</translation>
    </message>
    <message>
        <source>Provisional: known only from a walk-in code, not yet from the registry.</source>
        <translation>Provisoire&#xa0;: connu seulement par un code sur place, pas encore par le registre.</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
    <message>
        <source>No badge preview</source>
        <translation>Aperçu du badge indisponible</translation>
    </message>
    <message>
        <source>The valid badge (version {version})</source>
        <translation>Le badge valide (version {version})</translation>
    </message>
    <message>
        <source>The next badge (version {version})</source>
        <translation>Le prochain badge (version {version})</translation>
    </message>
    <message>
        <source>Not checked in yet.</source>
        <translation>Pas encore enregistré.</translation>
    </message>
    <message>
        <source>No badge printed yet.</source>
        <translation>Aucun badge imprimé pour l&apos;instant.</translation>
    </message>
    <message>
        <source>{when}: collected by {collector} ({document}) at {kiosk}</source>
        <translation>{when}&#xa0;: retiré par {collector} ({document}) à {kiosk}</translation>
    </message>
    <message>
        <source>Version {version} · {when} · {kiosk} · {printer} · {reason}</source>
        <translation>Version {version} · {when} · {kiosk} · {printer} · {reason}</translation>
    </message>
    <message>
        <source>voided {when}</source>
        <translation>annulé le {when}</translation>
    </message>
    <message>
        <source>deactivated {when}</source>
        <translation>désactivé le {when}</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>Print job {job} (version {version}) is {state}.</source>
        <translation>Tâche d&apos;impression {job} (version {version})&#xa0;: {state}.</translation>
    </message>
    <message>
        <source>Check-ins on every kiosk</source>
        <translation>Enregistrements sur toutes les bornes</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Name corrections</source>
        <translation>Corrections du nom</translation>
    </message>
    <message>
        <source>VIP pick-ups</source>
        <translation>Retraits VIP</translation>
    </message>
    <message>
        <source>Open print job</source>
        <translation>Tâche d&apos;impression en cours</translation>
    </message>
</context>
<context>
    <name>PhotoCaptureDialog</name>
    <message>
        <source>No webcam was found at this desk. Choose a file instead.</source>
        <translation>Aucune webcam n’a été trouvée à ce guichet. Choisissez plutôt un fichier.</translation>
    </message>
    <message>
        <source>The webcam gives no picture. Check its cable, or choose a file instead.</source>
        <translation>La webcam ne donne aucune image. Vérifiez son câble, ou choisissez plutôt un fichier.</translation>
    </message>
    <message>
        <source>The webcam stopped. Check its cable, or choose a file instead.</source>
        <translation>La webcam s’est arrêtée. Vérifiez son câble, ou choisissez plutôt un fichier.</translation>
    </message>
    <message>
        <source>That picture could not be used. Take the photo again.</source>
        <translation>Cette image est inutilisable. Reprenez la photo.</translation>
    </message>
    <message>
        <source>Photo from the webcam</source>
        <translation>Photo prise avec la webcam</translation>
    </message>
    <message>
        <source>Photo of {name}</source>
        <translation>Photo de {name}</translation>
    </message>
    <message>
        <source>Starting the webcam…</source>
        <translation>Démarrage de la webcam…</translation>
    </message>
    <message>
        <source>Ask the person to look at the webcam, face inside the oval, then take the photo.</source>
        <translation>Demandez à la personne de regarder la webcam, le visage dans l’ovale, puis prenez la photo.</translation>
    </message>
    <message>
        <source>Preparing the photo…</source>
        <translation>Préparation de la photo…</translation>
    </message>
    <message>
        <source>This photo will be printed on the badge. Use it, or choose a file.</source>
        <translation>Cette photo sera imprimée sur le badge. Utilisez-la, ou choisissez un fichier.</translation>
    </message>
    <message>
        <source>This photo will be printed on the badge. Use it, or retake it.</source>
        <translation>Cette photo sera imprimée sur le badge. Utilisez-la, ou reprenez-la.</translation>
    </message>
    <message>
        <source>Keeping the photo…</source>
        <translation>Enregistrement de la photo…</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Webcam picture</source>
        <translation>Image de la webcam</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Prendre la photo</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>Utiliser cette photo</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PhotoScreen</name>
    <message>
        <source>A photo for your badge</source>
        <translation>Une photo pour votre badge</translation>
    </message>
    <message>
        <source>Look at the camera</source>
        <translation>Regardez la caméra</translation>
    </message>
    <message>
        <source>Keep your face inside the oval. The photo is taken after the countdown.</source>
        <translation>Gardez votre visage dans l&apos;ovale. La photo est prise à la fin du compte à rebours.</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Un instant…</translation>
    </message>
    <message>
        <source>Preparing your photo.</source>
        <translation>Préparation de votre photo.</translation>
    </message>
    <message>
        <source>Is this photo all right?</source>
        <translation>Cette photo vous convient-elle&#xa0;?</translation>
    </message>
    <message>
        <source>This photo will be printed on your badge.</source>
        <translation>Cette photo sera imprimée sur votre badge.</translation>
    </message>
    <message>
        <source>Printing your badge…</source>
        <translation>Impression de votre badge…</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>Veuillez patienter un instant.</translation>
    </message>
    <message>
        <source>The photo is printed on your badge and sent to the event&apos;s registration system. It is kept until the event&apos;s data is deleted after the event.</source>
        <translation>La photo est imprimée sur votre badge et transmise au système d&apos;inscription de l&apos;événement. Elle est conservée jusqu&apos;à la suppression des données de l&apos;événement, une fois celui-ci terminé.</translation>
    </message>
    <message>
        <source>No thanks: you are checked in all the same; staff at the accreditation desk will take your photo and print your badge.</source>
        <translation>Non merci&#xa0;: votre enregistrement est tout de même effectué&#xa0;; le personnel du guichet d&apos;accréditation prendra votre photo et imprimera votre badge.</translation>
    </message>
    <message>
        <source>Take my photo</source>
        <translation>Prendre ma photo</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>Non merci</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>Utiliser cette photo</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>Reprendre la photo</translation>
    </message>
    <message>
        <source>Your badge needs a photo. This kiosk can take it now, in a few seconds.</source>
        <translation>Votre badge doit comporter une photo. Cette borne peut la prendre maintenant, en quelques secondes.</translation>
    </message>
</context>
<context>
    <name>PhotoSourceDialog</name>
    <message>
        <source>Replace photo</source>
        <translation>Remplacer la photo</translation>
    </message>
    <message>
        <source>New photo of {name}</source>
        <translation>Nouvelle photo de {name}</translation>
    </message>
    <message>
        <source>Take with the webcam</source>
        <translation>Prendre avec la webcam</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PinPadScreen</name>
    <message>
        <source>Staff sign-in</source>
        <translation>Connexion du personnel</translation>
    </message>
    <message>
        <source>Enter your staff PIN, or scan your staff QR code.</source>
        <translation>Saisissez votre code PIN du personnel ou scannez votre code QR du personnel.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print badge</source>
        <translation>Imprimer le badge</translation>
    </message>
    <message>
        <source>Badge for {name}</source>
        <translation>Badge de {name}</translation>
    </message>
    <message>
        <source>Badge version {version} will be printed.</source>
        <translation>La version {version} du badge sera imprimée.</translation>
    </message>
    <message>
        <source>The badge now valid (version {old}) stops working once the new one is printed.</source>
        <translation>Le badge valide actuel (version {old}) cessera de fonctionner dès que le nouveau sera imprimé.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
</context>
<context>
    <name>PrinterStatusLabel</name>
    <message>
        <source>ready</source>
        <translation>prête</translation>
    </message>
    <message>
        <source>paper running low</source>
        <translation>papier bientôt épuisé</translation>
    </message>
    <message>
        <source>out of paper</source>
        <translation>plus de papier</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>capot ouvert</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>state unknown</source>
        <translation>état inconnu</translation>
    </message>
    <message>
        <source>Printer: checking…</source>
        <translation>Imprimante : vérification…</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>Imprimante : %1</translation>
    </message>
    <message>
        <source>badges at the accreditation desk</source>
        <translation>badges au guichet d&apos;accréditation</translation>
    </message>
</context>
<context>
    <name>ReasonField</name>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Details (optional, or the reason itself)</source>
        <translation>Précisions (facultatives, ou le motif lui-même)</translation>
    </message>
    <message>
        <source>Reason details</source>
        <translation>Précisions sur le motif</translation>
    </message>
</context>
<context>
    <name>RefusalScreen</name>
    <message>
        <source>Reference for staff: {reference}</source>
        <translation>Référence pour le personnel&#xa0;: {reference}</translation>
    </message>
    <message>
        <source>Printed on {date} at {time}</source>
        <translation>Imprimé le {date} à {time}</translation>
    </message>
</context>
<context>
    <name>RegistryWords</name>
    <message>
        <source>kiosk registry</source>
        <translation>registre des bornes</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Registration {number}</source>
        <translation>Inscription {number}</translation>
    </message>
    <message>
        <source>Back to the start screen</source>
        <translation>Revenir à l&apos;écran d&apos;accueil</translation>
    </message>
</context>
<context>
    <name>ScanTestWindow</name>
    <message>
        <source>Scanner test</source>
        <translation>Test des lecteurs</translation>
    </message>
    <message>
        <source>Scan codes with every scanner, or type in the field. Nothing is checked in or printed.</source>
        <translation>Scannez des codes avec chaque lecteur, ou tapez dans le champ. Rien n’est enregistré ni imprimé.</translation>
    </message>
    <message>
        <source>Type here: typing must appear in this field, scans must not.</source>
        <translation>Tapez ici : la saisie doit apparaître dans ce champ, les scans non.</translation>
    </message>
    <message>
        <source>no kiosk database: codes are not checked</source>
        <translation>pas de base de données de borne : les codes ne sont pas vérifiés</translation>
    </message>
    <message>
        <source>SCAN</source>
        <translation>SCAN</translation>
    </message>
    <message>
        <source>TYPING</source>
        <translation>SAISIE</translation>
    </message>
    <message>
        <source>NO SUFFIX</source>
        <translation>SANS SUFFIXE</translation>
    </message>
    <message>
        <source>{time}  {source}  {verdict}  {count} characters</source>
        <translation>{time}  {source}  {verdict}  {count} caractères</translation>
    </message>
    <message>
        <source>received: {text}</source>
        <translation>reçu : {text}</translation>
    </message>
    <message>
        <source>bytes: {hex}</source>
        <translation>octets : {hex}</translation>
    </message>
    <message>
        <source>keys {low:.1f} to {high:.1f} ms apart (median {median:.1f} ms)</source>
        <translation>touches espacées de {low:.1f} à {high:.1f} ms (médiane {median:.1f} ms)</translation>
    </message>
    <message>
        <source>handed on to the focused field as typing</source>
        <translation>transmis au champ actif comme saisie</translation>
    </message>
    <message>
        <source>fast, but the suffix never came: handed on as typing</source>
        <translation>rapide, mais le suffixe n’est pas arrivé : transmis comme saisie</translation>
    </message>
    <message>
        <source>the same code again within the debounce time: ignored</source>
        <translation>même code à nouveau dans le délai anti-rebond : ignoré</translation>
    </message>
    <message>
        <source>not checked: {error}</source>
        <translation>non vérifié : {error}</translation>
    </message>
    <message>
        <source>read as: not digits</source>
        <translation>lu comme : pas des chiffres</translation>
    </message>
    <message>
        <source>none needed</source>
        <translation>aucune nécessaire</translation>
    </message>
    <message>
        <source>read as: {count} digit reading(s); layout mapping: {mappings}</source>
        <translation>lu comme : {count} lecture(s) en chiffres ; correspondance de clavier : {mappings}</translation>
    </message>
    <message>
        <source>not a code</source>
        <translation>pas un code</translation>
    </message>
    <message>
        <source>signed code</source>
        <translation>code signé</translation>
    </message>
    <message>
        <source>badge QR</source>
        <translation>QR du badge</translation>
    </message>
    <message>
        <source>Indico code</source>
        <translation>code Indico</translation>
    </message>
    <message>
        <source>older Indico code</source>
        <translation>ancien code Indico</translation>
    </message>
    <message>
        <source>ticket secret</source>
        <translation>secret de billet</translation>
    </message>
    <message>
        <source>{kind}: {answer}</source>
        <translation>{kind} : {answer}</translation>
    </message>
    <message>
        <source> (digits recovered through {mapping})</source>
        <translation> (chiffres retrouvés via {mapping})</translation>
    </message>
    <message>
        <source>, registration {number}</source>
        <translation>, inscription {number}</translation>
    </message>
    <message>
        <source>Keyboard wedge: off</source>
        <translation>Lecteur clavier : désactivé</translation>
    </message>
    <message>
        <source>Keyboard wedge: suffix {suffix}, keys at most {gap:.0f} ms apart, at least {length} characters</source>
        <translation>Lecteur clavier : suffixe {suffix}, touches espacées d’au plus {gap:.0f} ms, au moins {length} caractères</translation>
    </message>
    <message>
        <source>Serial scanner: none configured</source>
        <translation>Lecteur série : aucun configuré</translation>
    </message>
    <message>
        <source>off</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>not available, retrying</source>
        <translation>indisponible, nouvel essai en cours</translation>
    </message>
    <message>
        <source>Serial scanner {port}: {status}</source>
        <translation>Lecteur série {port} : {status}</translation>
    </message>
</context>
<context>
    <name>SessionsBoard</name>
    <message>
        <source>Today&apos;s sessions</source>
        <translation>Séances du jour</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>Tous les volets</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>More sessions: {count}. Choose a track or a language.</source>
        <translation>Autres séances&#xa0;: {count}. Choisissez un volet ou une langue.</translation>
    </message>
    <message>
        <source>The programme cannot be shown right now ({reference}).</source>
        <translation>Le programme ne peut pas être affiché pour le moment ({reference}).</translation>
    </message>
    <message>
        <source>Loading today&apos;s sessions…</source>
        <translation>Chargement des séances du jour…</translation>
    </message>
    <message>
        <source>There are no sessions today.</source>
        <translation>Il n&apos;y a pas de séance aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Today&apos;s sessions have ended.</source>
        <translation>Les séances du jour sont terminées.</translation>
    </message>
    <message>
        <source>No session still to come matches these choices.</source>
        <translation>Aucune séance à venir ne correspond à ces choix.</translation>
    </message>
</context>
<context>
    <name>StaffFlow</name>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Try again in {seconds} s.</source>
        <translation>Trop de tentatives erronées. Réessayez dans {seconds} s.</translation>
    </message>
    <message>
        <source>Wrong PIN or staff code. Try again.</source>
        <translation>Code PIN ou code du personnel incorrect. Réessayez.</translation>
    </message>
    <message>
        <source>The kiosk could not check this. Reference: {ref}</source>
        <translation>La borne n&apos;a pas pu effectuer la vérification. Référence : {ref}</translation>
    </message>
    <message>
        <source>Printing a test page…</source>
        <translation>Impression d&apos;une page de test…</translation>
    </message>
    <message>
        <source>The test page was sent to the printer.</source>
        <translation>La page de test a été envoyée à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>The test page could not be printed: see `kiosk printers`.</source>
        <translation>La page de test n&apos;a pas pu être imprimée : voir `kiosk printers`.</translation>
    </message>
</context>
<context>
    <name>StaffMenuScreen</name>
    <message>
        <source>Staff menu</source>
        <translation>Menu du personnel</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>superviseur</translation>
    </message>
    <message>
        <source>desk staff</source>
        <translation>personnel du guichet</translation>
    </message>
    <message>
        <source>Signed in: {staff} ({role})</source>
        <translation>Connecté : {staff} ({role})</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Impression de test</translation>
    </message>
    <message>
        <source>Scanner test</source>
        <translation>Test des lecteurs</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Quitter le mode borne</translation>
    </message>
    <message>
        <source>Quit the kiosk</source>
        <translation>Fermer la borne</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Retour à la borne</translation>
    </message>
    <message>
        <source>Leaving kiosk mode and quitting need a supervisor.</source>
        <translation>Seul un superviseur peut quitter le mode borne ou fermer la borne.</translation>
    </message>
    <message>
        <source>Printers: not checked yet</source>
        <translation>Imprimantes : pas encore vérifiées</translation>
    </message>
    <message>
        <source>Printer {number}: {state}</source>
        <translation>Imprimante {number} : {state}</translation>
    </message>
    <message>
        <source>No printer can print: badges wait for the desk.</source>
        <translation>Aucune imprimante ne peut imprimer : les badges seront imprimés au guichet.</translation>
    </message>
</context>
<context>
    <name>StartUpChecks</name>
    <message>
        <source>Start-up check failed: {check}: {finding}</source>
        <translation>Échec d&apos;une vérification au démarrage : {check} : {finding}</translation>
    </message>
    <message>
        <source>Other problems: {count}.</source>
        <translation>Autres problèmes : {count}.</translation>
    </message>
    <message>
        <source>IT: run “kiosk doctor” on this machine for what to do.</source>
        <translation>Service informatique : lancez « kiosk doctor » sur cette machine pour savoir que faire.</translation>
    </message>
</context>
<context>
    <name>SyncStatusCorner</name>
    <message>
        <source>Connecting to the registry…</source>
        <translation>Connexion au registre…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>no data from the registry yet</source>
        <translation>aucune donnée du registre pour l’instant</translation>
    </message>
    <message>
        <source>data updated just now</source>
        <translation>données mises à jour à l’instant</translation>
    </message>
    <message>
        <source>data updated %1 min ago</source>
        <translation>données mises à jour il y a %1 min</translation>
    </message>
    <message>
        <source>data updated %1 h ago</source>
        <translation>données mises à jour il y a %1 h</translation>
    </message>
</context>
<context>
    <name>VipPickupDialog</name>
    <message>
        <source>VIP badge pick-up</source>
        <translation>Retrait d&apos;un badge VIP</translation>
    </message>
    <message>
        <source>Who collects the badge of {name}?</source>
        <translation>Qui retire le badge de {name}&#xa0;?</translation>
    </message>
    <message>
        <source>Check the collector&apos;s ID document. Their name stays on this machine.</source>
        <translation>Vérifiez la pièce d&apos;identité de la personne qui retire le badge. Son nom reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Collector&apos;s name</source>
        <translation>Nom de la personne qui retire le badge</translation>
    </message>
    <message>
        <source>ID document shown</source>
        <translation>Pièce d&apos;identité présentée</translation>
    </message>
    <message>
        <source>Record the pick-up</source>
        <translation>Enregistrer le retrait</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void badge</source>
        <translation>Annuler le badge</translation>
    </message>
    <message>
        <source>Void the badge of {name}</source>
        <translation>Annuler le badge de {name}</translation>
    </message>
    <message>
        <source>Badge version {version} stops working at every door at once. No badge of this person is valid until the next print.</source>
        <translation>La version {version} du badge cesse immédiatement de fonctionner à toutes les entrées. Aucun badge de cette personne n&apos;est valide avant la prochaine impression.</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Walk-in</source>
        <translation>Sans inscription</translation>
    </message>
    <message>
        <source>Temporary badge for a walk-in</source>
        <translation>Badge temporaire pour une personne non inscrite</translation>
    </message>
    <message>
        <source>For someone not registered. Type the names as on their ID document. The registration is provisional until the registry confirms it.</source>
        <translation>Pour une personne non inscrite. Saisissez les noms tels qu&apos;ils figurent sur sa pièce d&apos;identité. L&apos;inscription reste provisoire jusqu&apos;à sa confirmation par le registre.</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Badge name</source>
        <translation>Nom sur le badge</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country (two letters)</source>
        <translation>Pays (deux lettres)</translation>
    </message>
    <message>
        <source>Badge category</source>
        <translation>Catégorie de badge</translation>
    </message>
    <message>
        <source>Empty: given and family name</source>
        <translation>Vide&#xa0;: prénom et nom de famille</translation>
    </message>
    <message>
        <source>Create the registration</source>
        <translation>Créer l&apos;inscription</translation>
    </message>
</context>
<context>
    <name>_SessionCard</name>
    <message>
        <source>until {time}</source>
        <translation>jusqu&apos;à {time}</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>À suivre</translation>
    </message>
</context>
<context>
    <name>desk-documents</name>
    <message>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <source>National identity card</source>
        <translation>Carte nationale d&apos;identité</translation>
    </message>
    <message>
        <source>UN laissez-passer</source>
        <translation>Laissez-passer des Nations Unies</translation>
    </message>
    <message>
        <source>Other official document</source>
        <translation>Autre document officiel</translation>
    </message>
</context>
<context>
    <name>desk-problems</name>
    <message>
        <source>The text holds an invisible control character (a tab, a line break …). Retype it instead of pasting it.</source>
        <translation>Le texte contient un caractère de contrôle invisible (tabulation, saut de ligne…). Saisissez-le au lieu de le coller.</translation>
    </message>
    <message>
        <source>The name holds an invisible character that reorders text. Retype the name instead of pasting it.</source>
        <translation>Le nom contient un caractère invisible qui modifie l&apos;ordre du texte. Saisissez le nom au lieu de le coller.</translation>
    </message>
    <message>
        <source>A name is empty. Type the name.</source>
        <translation>Un nom est vide. Saisissez le nom.</translation>
    </message>
    <message>
        <source>The text is too long: a name has at most {name_limit} characters, a reason or an organisation at most {reason_limit}.</source>
        <translation>Le texte est trop long&#xa0;: un nom compte au plus {name_limit} caractères, un motif ou une organisation au plus {reason_limit}.</translation>
    </message>
    <message>
        <source>Choose or type a reason: it goes into the audit log.</source>
        <translation>Choisissez ou saisissez un motif&#xa0;: il est consigné dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>The country is a two-letter code (CH, SN, CN …) or empty.</source>
        <translation>Le pays est un code de deux lettres (CH, SN, CN…) ou reste vide.</translation>
    </message>
    <message>
        <source>Check the person&apos;s ID document first, then tick the box.</source>
        <translation>Vérifiez d&apos;abord la pièce d&apos;identité de la personne, puis cochez la case.</translation>
    </message>
    <message>
        <source>This registration is not on this machine. Sync, then try again.</source>
        <translation>Cette inscription ne se trouve pas sur cet ordinateur. Synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <source>This registration is revoked or cancelled: no check-in and no badge. Ask a supervisor.</source>
        <translation>Cette inscription est révoquée ou annulée&#xa0;: ni enregistrement ni badge. Adressez-vous à un superviseur.</translation>
    </message>
    <message>
        <source>This person has no valid badge to void.</source>
        <translation>Cette personne n&apos;a aucun badge valide à annuler.</translation>
    </message>
    <message>
        <source>The badge cannot be printed now: the registration is revoked or cancelled, or a print job for this person is still open (answer it on the Exceptions page).</source>
        <translation>Le badge ne peut pas être imprimé maintenant&#xa0;: l&apos;inscription est révoquée ou annulée, ou une tâche d&apos;impression pour cette personne est encore ouverte (traitez-la sur la page Exceptions).</translation>
    </message>
    <message>
        <source>This desk has no printer. Print at a desk with a printer.</source>
        <translation>Ce guichet n&apos;a pas d&apos;imprimante. Imprimez à un guichet équipé d&apos;une imprimante.</translation>
    </message>
    <message>
        <source>This machine has no event yet. Sync or import the roster first.</source>
        <translation>Cet ordinateur n&apos;a pas encore d&apos;événement. Synchronisez ou importez d&apos;abord la liste des participants.</translation>
    </message>
    <message>
        <source>The event has no badge category with this code.</source>
        <translation>L&apos;événement n&apos;a aucune catégorie de badge portant ce code.</translation>
    </message>
    <message>
        <source>No free registration number was found. Try again.</source>
        <translation>Aucun numéro d&apos;inscription libre n&apos;a été trouvé. Réessayez.</translation>
    </message>
    <message>
        <source>Only a supervisor may do this. Ask a supervisor; this attempt was recorded.</source>
        <translation>Seul un superviseur peut effectuer cette opération. Adressez-vous à un superviseur&#xa0;; cette tentative a été consignée.</translation>
    </message>
    <message>
        <source>This file cannot be used as a badge photo: choose a JPEG or PNG picture of the person.</source>
        <translation>Ce fichier ne peut pas servir de photo de badge&#xa0;: choisissez une image JPEG ou PNG de la personne.</translation>
    </message>
</context>
<context>
    <name>desk-reasons</name>
    <message>
        <source>Choose a reason…</source>
        <translation>Choisir un motif…</translation>
    </message>
    <message>
        <source>Other (type it below)</source>
        <translation>Autre (à préciser ci-dessous)</translation>
    </message>
    <message>
        <source>First badge</source>
        <translation>Premier badge</translation>
    </message>
    <message>
        <source>Badge lost</source>
        <translation>Badge perdu</translation>
    </message>
    <message>
        <source>Badge damaged</source>
        <translation>Badge endommagé</translation>
    </message>
    <message>
        <source>Name corrected</source>
        <translation>Nom corrigé</translation>
    </message>
    <message>
        <source>Photo replaced</source>
        <translation>Photo remplacée</translation>
    </message>
    <message>
        <source>Reported lost</source>
        <translation>Perte signalée</translation>
    </message>
    <message>
        <source>Reported stolen</source>
        <translation>Vol signalé</translation>
    </message>
    <message>
        <source>Used by someone else</source>
        <translation>Utilisé par une autre personne</translation>
    </message>
    <message>
        <source>Misspelt</source>
        <translation>Faute d&apos;orthographe</translation>
    </message>
    <message>
        <source>As on the ID document</source>
        <translation>Conforme à la pièce d&apos;identité</translation>
    </message>
    <message>
        <source>The person&apos;s preferred name</source>
        <translation>Nom d&apos;usage de la personne</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Non inscrit(e)</translation>
    </message>
    <message>
        <source>Registration not found</source>
        <translation>Inscription introuvable</translation>
    </message>
    <message>
        <source>Invited on site</source>
        <translation>Invité(e) sur place</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Your badge is printing — please take it from the printer.</source>
        <translation>Votre badge est en cours d&apos;impression — veuillez le retirer de l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Please wear your badge visibly at all times on the premises.</source>
        <translation>Veuillez porter votre badge de manière visible en permanence dans l&apos;enceinte.</translation>
    </message>
    <message>
        <source>Badge already collected</source>
        <translation>Badge déjà retiré</translation>
    </message>
    <message>
        <source>A badge has already been printed for this registration.</source>
        <translation>Un badge a déjà été imprimé pour cette inscription.</translation>
    </message>
    <message>
        <source>Your badge is ready at the desk</source>
        <translation>Votre badge vous attend au guichet</translation>
    </message>
    <message>
        <source>Badges in your category are handed over in person.</source>
        <translation>Les badges de votre catégorie sont remis en main propre.</translation>
    </message>
    <message>
        <source>No code received</source>
        <translation>Aucun code reçu</translation>
    </message>
    <message>
        <source>The scanner did not receive anything from your code.</source>
        <translation>Le lecteur n&apos;a rien reçu de votre code.</translation>
    </message>
    <message>
        <source>Please hold the QR code flat under the scanner and try again.</source>
        <translation>Veuillez tenir le code QR à plat sous le lecteur et réessayer.</translation>
    </message>
    <message>
        <source>Code not readable</source>
        <translation>Code illisible</translation>
    </message>
    <message>
        <source>This code could not be read: it may be damaged, incomplete or not a registration code.</source>
        <translation>Ce code n&apos;a pas pu être lu&#xa0;: il est peut-être endommagé ou incomplet, ou il ne s&apos;agit pas d&apos;un code d&apos;inscription.</translation>
    </message>
    <message>
        <source>Code format not supported</source>
        <translation>Format de code non pris en charge</translation>
    </message>
    <message>
        <source>This code uses a format that this kiosk cannot read.</source>
        <translation>Ce code utilise un format que cette borne ne peut pas lire.</translation>
    </message>
    <message>
        <source>Code could not be verified</source>
        <translation>Impossible de vérifier le code</translation>
    </message>
    <message>
        <source>This code did not pass the authenticity check.</source>
        <translation>Ce code n&apos;a pas passé le contrôle d&apos;authenticité.</translation>
    </message>
    <message>
        <source>Code issuer not recognised</source>
        <translation>Émetteur du code non reconnu</translation>
    </message>
    <message>
        <source>This kiosk does not yet know who issued this code; it may have been issued very recently.</source>
        <translation>Cette borne ne connaît pas encore l&apos;émetteur de ce code&#xa0;; il a peut-être été émis très récemment.</translation>
    </message>
    <message>
        <source>Code withdrawn</source>
        <translation>Code retiré</translation>
    </message>
    <message>
        <source>This code was signed with a security key that is no longer accepted.</source>
        <translation>Ce code a été signé avec une clé de sécurité qui n&apos;est plus acceptée.</translation>
    </message>
    <message>
        <source>Code for another event</source>
        <translation>Code d&apos;un autre événement</translation>
    </message>
    <message>
        <source>This code is a registration for a different event.</source>
        <translation>Ce code correspond à une inscription à un autre événement.</translation>
    </message>
    <message>
        <source>Not valid today</source>
        <translation>Non valable aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Your registration does not include today&apos;s date.</source>
        <translation>Votre inscription ne couvre pas la date d&apos;aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Registration not active</source>
        <translation>Inscription inactive</translation>
    </message>
    <message>
        <source>This registration has been cancelled or withdrawn.</source>
        <translation>Cette inscription a été annulée ou retirée.</translation>
    </message>
    <message>
        <source>Code replaced by a newer one</source>
        <translation>Code remplacé par un code plus récent</translation>
    </message>
    <message>
        <source>A newer code has been issued for this registration, so this one can no longer be used.</source>
        <translation>Un code plus récent a été émis pour cette inscription&#xa0;; celui-ci ne peut donc plus être utilisé.</translation>
    </message>
    <message>
        <source>Registration not found</source>
        <translation>Inscription introuvable</translation>
    </message>
    <message>
        <source>This kiosk has no record of this registration yet.</source>
        <translation>Cette borne ne dispose pas encore de cette inscription.</translation>
    </message>
    <message>
        <source>Ticket blocked</source>
        <translation>Billet bloqué</translation>
    </message>
    <message>
        <source>The organiser has blocked this ticket for now.</source>
        <translation>L&apos;organisateur a bloqué ce billet pour le moment.</translation>
    </message>
    <message>
        <source>Ticket not on this kiosk yet</source>
        <translation>Billet pas encore sur cette borne</translation>
    </message>
    <message>
        <source>Your ticket is genuine, but this kiosk has not received it yet.</source>
        <translation>Votre billet est authentique, mais cette borne ne l&apos;a pas encore reçu.</translation>
    </message>
    <message>
        <source>Your badge may already have been printed: its printing was interrupted.</source>
        <translation>Votre badge a peut-être déjà été imprimé : son impression a été interrompue.</translation>
    </message>
    <message>
        <source>You are checked in, but the printer has a problem and your badge could not be printed.</source>
        <translation>Votre enregistrement est effectué, mais l&apos;imprimante rencontre un problème et votre badge n&apos;a pas pu être imprimé.</translation>
    </message>
    <message>
        <source>Please go to the accreditation desk: staff will take your photo and print your badge.</source>
        <translation>Veuillez vous rendre au guichet d&apos;accréditation&#xa0;: le personnel prendra votre photo et imprimera votre badge.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>The kiosk could not check your code. This is not your fault.</source>
        <translation>La borne n&apos;a pas pu vérifier votre code. Vous n&apos;y êtes pour rien.</translation>
    </message>
    <message>
        <source>Please go to the accreditation desk, where staff will help you.</source>
        <translation>Veuillez vous rendre au guichet d&apos;accréditation, où le personnel vous aidera.</translation>
    </message>
    <message>
        <source>Please try again with the QR code from your registration confirmation, or go to the accreditation desk.</source>
        <translation>Veuillez réessayer avec le code QR de votre confirmation d&apos;inscription, ou vous rendre au guichet d&apos;accréditation.</translation>
    </message>
    <message>
        <source>If you have lost your badge, please see the accreditation desk.</source>
        <translation>Si vous avez perdu votre badge, veuillez vous adresser au guichet d&apos;accréditation.</translation>
    </message>
    <message>
        <source>Please go to the accreditation desk, where your badge is waiting for you.</source>
        <translation>Veuillez vous rendre au guichet d&apos;accréditation, où votre badge vous attend.</translation>
    </message>
    <message>
        <source>Please show the code you received for this event, or go to the accreditation desk.</source>
        <translation>Veuillez présenter le code reçu pour cet événement, ou vous rendre au guichet d&apos;accréditation.</translation>
    </message>
    <message>
        <source>Please scan the most recent code you received, or go to the accreditation desk.</source>
        <translation>Veuillez scanner le code le plus récent que vous avez reçu, ou vous rendre au guichet d&apos;accréditation.</translation>
    </message>
    <message>
        <source>Please ask at the accreditation desk; staff will check and print it if needed.</source>
        <translation>Veuillez vous adresser au guichet d&apos;accréditation ; le personnel vérifiera et l&apos;imprimera si nécessaire.</translation>
    </message>
    <message>
        <source>Please go to the accreditation desk to collect your badge.</source>
        <translation>Veuillez vous rendre au guichet d&apos;accréditation pour retirer votre badge.</translation>
    </message>
    <message>
        <source>The printer is out of paper.</source>
        <translation>L&apos;imprimante n&apos;a plus de papier.</translation>
    </message>
    <message>
        <source>The printer&apos;s cover is open.</source>
        <translation>Le capot de l&apos;imprimante est ouvert.</translation>
    </message>
    <message>
        <source>The printer is not responding.</source>
        <translation>L&apos;imprimante ne répond pas.</translation>
    </message>
    <message>
        <source>The printer reported a fault.</source>
        <translation>L&apos;imprimante a signalé une panne.</translation>
    </message>
    <message>
        <source>You are checked in. Your badge needs a photo, which is taken at the desk.</source>
        <translation>Votre enregistrement est effectué. Votre badge doit comporter une photo, qui sera prise au guichet.</translation>
    </message>
    <message>
        <source>You are checked in, but the camera stopped working before your photo was taken.</source>
        <translation>Votre enregistrement est effectué, mais la caméra a cessé de fonctionner avant que votre photo ne soit prise.</translation>
    </message>
    <message>
        <source>You are checked in. Badges are printed at the accreditation desk today.</source>
        <translation>Votre enregistrement est effectué. Aujourd&apos;hui, les badges sont imprimés au guichet d&apos;accréditation.</translation>
    </message>
    <message>
        <source>Please collect your badge at the accreditation desk at the entrance of the ITU Montbrillant building.</source>
        <translation>Veuillez retirer votre badge au guichet d&apos;accréditation, à l&apos;entrée du bâtiment Montbrillant de l&apos;UIT.</translation>
    </message>
</context>
<context>
    <name>people_texts</name>
    <message>
        <source>first badge</source>
        <translation>premier badge</translation>
    </message>
    <message>
        <source>The scan was empty. Scan the code again.</source>
        <translation>Le scan était vide. Scannez de nouveau le code.</translation>
    </message>
    <message>
        <source>That is not a registration code or a badge. Scan the QR code again.</source>
        <translation>Ce n&apos;est ni un code d&apos;inscription ni un badge. Scannez de nouveau le code QR.</translation>
    </message>
    <message>
        <source>This code is in a format this desk cannot read. Search for the person by name.</source>
        <translation>Ce code est dans un format que ce guichet ne sait pas lire. Recherchez la personne par son nom.</translation>
    </message>
    <message>
        <source>This code&apos;s signature is not valid: it may be forged. Check the person&apos;s ID.</source>
        <translation>La signature de ce code n&apos;est pas valide&#xa0;: il est peut-être falsifié. Vérifiez la pièce d&apos;identité.</translation>
    </message>
    <message>
        <source>This code is signed with a key this desk does not know. Sync, then scan again.</source>
        <translation>Ce code est signé avec une clé inconnue de ce guichet. Synchronisez, puis scannez de nouveau.</translation>
    </message>
    <message>
        <source>This code is signed with a withdrawn key. Search for the person by name.</source>
        <translation>Ce code est signé avec une clé retirée. Recherchez la personne par son nom.</translation>
    </message>
    <message>
        <source>This code is for another event.</source>
        <translation>Ce code est destiné à un autre événement.</translation>
    </message>
    <message>
        <source>This code is genuine, but the person is not on this desk&apos;s list yet. Sync.</source>
        <translation>Ce code est authentique, mais la personne ne figure pas encore sur la liste de ce guichet. Synchronisez.</translation>
    </message>
    <message>
        <source>Nobody on this desk&apos;s list has this code. Search for the person by name.</source>
        <translation>Personne sur la liste de ce guichet n&apos;a ce code. Recherchez la personne par son nom.</translation>
    </message>
    <message>
        <source>This ticket is blocked by the organiser. Search for the person by name.</source>
        <translation>Ce billet est bloqué par l&apos;organisateur. Recherchez la personne par son nom.</translation>
    </message>
    <message>
        <source>This ticket was replaced or cancelled. Search for the person by name.</source>
        <translation>Ce billet a été remplacé ou annulé. Recherchez la personne par son nom.</translation>
    </message>
    <message>
        <source>This ticket is genuine, but it is not valid at this time.</source>
        <translation>Ce billet est authentique, mais il n&apos;est pas valable en ce moment.</translation>
    </message>
    <message>
        <source>Scanned: their valid badge.</source>
        <translation>Scanné&#xa0;: son badge valide.</translation>
    </message>
    <message>
        <source>Scanned: badge version {version}, which is no longer valid.</source>
        <translation>Scanné&#xa0;: badge version {version}, qui n&apos;est plus valide.</translation>
    </message>
    <message>
        <source>Scanned: an unsigned badge code. Check the person&apos;s ID.</source>
        <translation>Scanné&#xa0;: un code de badge non signé. Vérifiez la pièce d&apos;identité.</translation>
    </message>
    <message>
        <source>Scanned: an older registration code, replaced by a newer one.</source>
        <translation>Scanné&#xa0;: un ancien code d&apos;inscription, remplacé par un plus récent.</translation>
    </message>
    <message>
        <source>Scanned: this registration is revoked.</source>
        <translation>Scanné&#xa0;: cette inscription est révoquée.</translation>
    </message>
    <message>
        <source>Scanned: this registration is not valid today.</source>
        <translation>Scanné&#xa0;: cette inscription n&apos;est pas valable aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Scanned: this ticket is blocked by the organiser.</source>
        <translation>Scanné&#xa0;: ce billet est bloqué par l&apos;organisateur.</translation>
    </message>
    <message>
        <source>typed code</source>
        <translation>code saisi</translation>
    </message>
    <message>
        <source>scanner</source>
        <translation>lecteur</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>caméra</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>ligne de commande</translation>
    </message>
    <message>
        <source>by hand at the desk</source>
        <translation>à la main au guichet</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Registration cancelled</source>
        <translation>Inscription annulée</translation>
    </message>
    <message>
        <source>Registration revoked</source>
        <translation>Inscription révoquée</translation>
    </message>
    <message>
        <source>waiting to print</source>
        <translation>en attente d&apos;impression</translation>
    </message>
    <message>
        <source>being printed</source>
        <translation>en cours d&apos;impression</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>cut off: did it come out?</source>
        <translation>interrompue&#xa0;: le badge est-il sorti&#xa0;?</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>imprimé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>passeport</translation>
    </message>
    <message>
        <source>national ID card</source>
        <translation>carte d&apos;identité nationale</translation>
    </message>
    <message>
        <source>UN laissez-passer</source>
        <translation>laissez-passer des Nations Unies</translation>
    </message>
    <message>
        <source>other ID document</source>
        <translation>autre pièce d&apos;identité</translation>
    </message>
</context>
<context>
    <name>sessions</name>
    <message>
        <source>Room to be announced</source>
        <translation>Salle à confirmer</translation>
    </message>
</context>
</TS>
