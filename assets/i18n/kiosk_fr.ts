<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
    <name>sessions</name>
    <message>
        <source>Room to be announced</source>
        <translation>Salle à confirmer</translation>
    </message>
</context>
</TS>
