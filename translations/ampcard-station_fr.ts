<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountView</name>
    <message>
        <source>reverse energy %1 kWh</source>
        <translation>énergie inverse %1 kWh</translation>
    </message>
    <message numerus="yes">
        <source>%n tamper event(s)</source>
        <translation>
            <numerusform>%n événement d&apos;effraction</numerusform>
            <numerusform>%n événements d&apos;effraction</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n illegal card(s) tried</source>
        <translation>
            <numerusform>%n carte illégale essayée</numerusform>
            <numerusform>%n cartes illégales essayées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Customer number, name, phone, address or meter number</source>
        <translation>Numéro client, nom, téléphone, adresse ou numéro de compteur</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer CSV…</translation>
    </message>
    <message>
        <source>Change the customer… (Ctrl+E)</source>
        <translation>Modifier le client… (Ctrl+E)</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>Re&amp;chercher&#xa0;:</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Open account</source>
        <translation>Ouvrir un compte</translation>
    </message>
    <message>
        <source>Replace card</source>
        <translation>Remplacer carte</translation>
    </message>
    <message>
        <source>Change meter</source>
        <translation>Changer compteur</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Importer des clients</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found.</source>
        <translation>
            <numerusform>%n client trouvé.</numerusform>
            <numerusform>%n clients trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find the customer first, then choose the row.</source>
        <translation>Cherchez d&apos;abord le client, puis choisissez la ligne.</translation>
    </message>
    <message>
        <source>Customer changed.</source>
        <translation>Client modifié.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>Importing customers…</source>
        <translation>Importation des clients…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1
%2</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1
%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n customer(s).</source>
        <translation>
            <numerusform>%n client importé.</numerusform>
            <numerusform>%n clients importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;dd the customer</source>
        <translation>A&amp;jouter le client</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>N&amp;uméro&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>Adr&amp;esse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe&#xa0;:</translation>
    </message>
    <message>
        <source>Customer %1 added.</source>
        <translation>Client %1 ajouté.</translation>
    </message>
    <message>
        <source>single phase</source>
        <translation>monophasé</translation>
    </message>
    <message>
        <source>three phase</source>
        <translation>triphasé</translation>
    </message>
    <message>
        <source>&amp;Write the account-opening card</source>
        <translation>É&amp;crire la carte d&apos;ouverture</translation>
    </message>
    <message>
        <source>A new user card in the reader.</source>
        <translation>Une carte client neuve dans le lecteur.</translation>
    </message>
    <message>
        <source>C&amp;ustomer number:</source>
        <translation>Numéro c&amp;lient&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Meter number:</source>
        <translation>&amp;Numéro du compteur&#xa0;:</translation>
    </message>
    <message>
        <source>Tariff &amp;plan:</source>
        <translation>&amp;Plan tarifaire&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;hases:</source>
        <translation>P&amp;hases&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Key version:</source>
        <translation>&amp;Version de clé&#xa0;:</translation>
    </message>
    <message>
        <source>Preset credit to &amp;recover:</source>
        <translation>Crédit préchargé à &amp;recouvrer&#xa0;:</translation>
    </message>
    <message>
        <source>The preset credit is an amount such as 40.00.</source>
        <translation>Le crédit préchargé est un montant comme 40.00.</translation>
    </message>
    <message>
        <source>Cannot use the card reader: %1</source>
        <translation>Impossible d&apos;utiliser le lecteur de cartes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Account opened for meter %1 on card %2. Give the card to the customer to load it into the meter.</source>
        <translation>Compte ouvert pour le compteur %1 sur la carte %2. Remettez la carte au client pour la charger dans le compteur.</translation>
    </message>
    <message>
        <source>(the old meter&apos;s plan)</source>
        <translation>(le plan de l&apos;ancien compteur)</translation>
    </message>
    <message>
        <source>faulty</source>
        <translation>défectueux</translation>
    </message>
    <message>
        <source>burnt</source>
        <translation>brûlé</translation>
    </message>
    <message>
        <source>tampered</source>
        <translation>effraction</translation>
    </message>
    <message>
        <source>upgraded</source>
        <translation>mis à niveau</translation>
    </message>
    <message>
        <source>Write the &amp;meter-change card</source>
        <translation>Écrire la carte de changement de &amp;compteur</translation>
    </message>
    <message>
        <source>The account, its debt and the credit left on the old meter move to the new meter, on a new user card in the reader. The old meter and its card are retired.</source>
        <translation>Le compte, sa dette et le crédit restant sur l&apos;ancien compteur passent au nouveau compteur, sur une carte client neuve dans le lecteur. L&apos;ancien compteur et sa carte sont retirés.</translation>
    </message>
    <message>
        <source>&amp;Old meter:</source>
        <translation>&amp;Ancien compteur&#xa0;:</translation>
    </message>
    <message>
        <source>Credit &amp;left on the old meter:</source>
        <translation>Crédit &amp;restant sur l&apos;ancien compteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New meter:</source>
        <translation>&amp;Nouveau compteur&#xa0;:</translation>
    </message>
    <message>
        <source>Reas&amp;on:</source>
        <translation>Rais&amp;on&#xa0;:</translation>
    </message>
    <message>
        <source>Its last return record said %1 left; read the meter&apos;s display now.</source>
        <translation>Son dernier enregistrement de retour indiquait %1 restant&#xa0;; lisez maintenant l&apos;écran du compteur.</translation>
    </message>
    <message>
        <source>No return record from this meter yet: read its display.</source>
        <translation>Aucun enregistrement de retour de ce compteur&#xa0;: lisez son écran.</translation>
    </message>
    <message>
        <source>The credit left is an amount such as 12.50 (0 when the meter shows none).</source>
        <translation>Le crédit restant est un montant comme 12.50 (0 si le compteur n&apos;affiche rien).</translation>
    </message>
    <message>
        <source>Meter %1 replaces meter %2; %3 of credit moved onto card %4. Give the card to the customer to load it into the new meter.</source>
        <translation>Le compteur %1 remplace le compteur %2&#xa0;; %3 de crédit transféré sur la carte %4. Remettez la carte au client pour la charger dans le nouveau compteur.</translation>
    </message>
    <message>
        <source>Supervisor&apos;s countersignature</source>
        <translation>Contre-signature du superviseur</translation>
    </message>
    <message>
        <source>Supervisor&apos;s &amp;login:</source>
        <translation>&amp;Identifiant du superviseur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison&#xa0;:</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>perdue</translation>
    </message>
    <message>
        <source>stolen</source>
        <translation>volée</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>endommagée</translation>
    </message>
    <message>
        <source>Write the &amp;replacement card</source>
        <translation>É&amp;crire la carte de remplacement</translation>
    </message>
    <message>
        <source>For a lost, stolen or damaged card: a new user card in the reader.</source>
        <translation>Pour une carte perdue, volée ou endommagée&#xa0;: une carte client neuve dans le lecteur.</translation>
    </message>
    <message>
        <source>Mete&amp;r number:</source>
        <translation>&amp;Numéro du compteur&#xa0;:</translation>
    </message>
    <message>
        <source>Card %1 replaces card %2 of meter %3; the old card is blacklisted.</source>
        <translation>La carte %1 remplace la carte %2 du compteur %3&#xa0;; l&apos;ancienne carte est mise sur liste noire.</translation>
    </message>
    <message>
        <source>Push tariff</source>
        <translation>Envoi du tarif</translation>
    </message>
    <message>
        <source>Push &amp;tariff now</source>
        <translation>Envoyer le &amp;tarif maintenant</translation>
    </message>
    <message>
        <source>A plan change reaches a meter with its next purchase. A meter on the meter line set in Administration gets it at once: the tariff of its plan, sealed for the meter, is sent and checked on the meter&apos;s sealed record.</source>
        <translation>Un changement de plan parvient au compteur avec son prochain achat. Un compteur sur la ligne compteur réglée dans Administration le reçoit immédiatement&#xa0;: le tarif de son plan, scellé pour le compteur, est envoyé et vérifié sur l&apos;enregistrement scellé du compteur.</translation>
    </message>
    <message>
        <source>Meter num&amp;ber:</source>
        <translation>Numéro &amp;du compteur&#xa0;:</translation>
    </message>
    <message>
        <source>Give the meter&apos;s 12-digit number.</source>
        <translation>Indiquez le numéro à 12 chiffres du compteur.</translation>
    </message>
    <message>
        <source>No meter line is set: an administrator sets it in Administration.</source>
        <translation>Aucune ligne compteur n&apos;est réglée&#xa0;: un administrateur la règle dans Administration.</translation>
    </message>
    <message>
        <source>The keystore is locked: a supervisor must unlock it first.</source>
        <translation>Le coffre de clés est verrouillé&#xa0;: un superviseur doit d&apos;abord le déverrouiller.</translation>
    </message>
    <message>
        <source>Cannot use the meter line: %1</source>
        <translation>Impossible d&apos;utiliser la ligne compteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sending the tariff to meter %1…</source>
        <translation>Envoi du tarif au compteur %1…</translation>
    </message>
    <message>
        <source>Meter %1 already runs plan %2: nothing was sent.</source>
        <translation>Le compteur %1 applique déjà le plan %2&#xa0;: rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Meter %1 loaded plan %2 at sequence %3; it takes effect %4.</source>
        <translation>Le compteur %1 a chargé le plan %2 à la séquence %3&#xa0;; il entre en vigueur le %4.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Audit log (newest first)</source>
        <translation>Journal d&apos;audit (plus récent d&apos;abord)</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>verrouillé</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Opérateurs</translation>
    </message>
    <message>
        <source>&amp;Add operator</source>
        <translation>&amp;Nouvel opérateur</translation>
    </message>
    <message>
        <source>&amp;Unlock the selected operator</source>
        <translation>&amp;Déverrouiller l&apos;opérateur choisi</translation>
    </message>
    <message>
        <source>Lo&amp;gin:</source>
        <translation>Identi&amp;fiant&#xa0;:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>Rô&amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 ajouté.</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 peut de nouveau se connecter.</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>&amp;Save the charges</source>
        <translation>&amp;Enregistrer les frais</translation>
    </message>
    <message>
        <source>&amp;VAT (%):</source>
        <translation>&amp;TVA (%)&#xa0;:</translation>
    </message>
    <message>
        <source>Monthly &amp;fixed charge:</source>
        <translation>Redevance &amp;mensuelle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Debt recovery (% of each payment):</source>
        <translation>Recouvrement de &amp;dette (% de chaque paiement)&#xa0;:</translation>
    </message>
    <message>
        <source>M&amp;inimum purchase:</source>
        <translation>Ach&amp;at minimum&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Hoarding limit (0: none):</source>
        <translation>&amp;Plafond de crédit (0&#xa0;: aucun)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Opening fee:</source>
        <translation>Frais d&apos;&amp;ouverture&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Replacement fee:</source>
        <translation>Frais de &amp;remplacement&#xa0;:</translation>
    </message>
    <message>
        <source>Every charge is a number such as 16 or 50.00.</source>
        <translation>Chaque montant est un nombre comme 16 ou 50.00.</translation>
    </message>
    <message>
        <source>Charges saved.</source>
        <translation>Frais enregistrés.</translation>
    </message>
    <message>
        <source>Ledger, language and receipts</source>
        <translation>Registre, langue et reçus</translation>
    </message>
    <message>
        <source>&amp;Back up the ledger…</source>
        <translation>&amp;Sauvegarder le registre…</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>80 mm thermal roll</source>
        <translation>Rouleau thermique 80 mm</translation>
    </message>
    <message>
        <source>58 mm thermal roll</source>
        <translation>Rouleau thermique 58 mm</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>none: save receipts as PDF only</source>
        <translation>aucune&#xa0;: reçus enregistrés en PDF seulement</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (introuvable)</translation>
    </message>
    <message>
        <source>for example /dev/ttyUSB0; empty: no remote sales</source>
        <translation>par exemple /dev/ttyUSB0&#xa0;; vide&#xa0;: pas de vente à distance</translation>
    </message>
    <message>
        <source>R&amp;estore the ledger…</source>
        <translation>Res&amp;taurer le registre…</translation>
    </message>
    <message>
        <source>Receipt &amp;paper:</source>
        <translation>&amp;Papier des reçus&#xa0;:</translation>
    </message>
    <message>
        <source>Receipt p&amp;rinter:</source>
        <translation>Imp&amp;rimante des reçus&#xa0;:</translation>
    </message>
    <message>
        <source>Me&amp;ter line (remote sales):</source>
        <translation>Lig&amp;ne compteur (ventes à distance)&#xa0;:</translation>
    </message>
    <message>
        <source>Restore the ledger</source>
        <translation>Restaurer le registre</translation>
    </message>
    <message>
        <source>Ledger backups (*.sqlite)</source>
        <translation>Sauvegardes du registre (*.sqlite)</translation>
    </message>
    <message>
        <source>An administrator of the backup signs for it.
Login:</source>
        <translation>Un administrateur de la sauvegarde la signe.
Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Password of %1:</source>
        <translation>Mot de passe de %1&#xa0;:</translation>
    </message>
    <message>
        <source>Back up the ledger</source>
        <translation>Sauvegarder le registre</translation>
    </message>
    <message>
        <source>Keystore passphrase</source>
        <translation>Phrase secrète du coffre de clés</translation>
    </message>
    <message>
        <source>C&amp;hange the passphrase</source>
        <translation>C&amp;hanger la phrase secrète</translation>
    </message>
    <message>
        <source>C&amp;urrent:</source>
        <translation>Act&amp;uelle&#xa0;:</translation>
    </message>
    <message>
        <source>Ne&amp;w (8 or more):</source>
        <translation>Nou&amp;velle (8 ou plus)&#xa0;:</translation>
    </message>
    <message>
        <source>Rep&amp;eat:</source>
        <translation>Répét&amp;er&#xa0;:</translation>
    </message>
    <message>
        <source>The new passphrase and its repetition differ.</source>
        <translation>La nouvelle phrase secrète et sa répétition diffèrent.</translation>
    </message>
    <message>
        <source>The keystore passphrase is changed; give it only to those who unlock the station.</source>
        <translation>La phrase secrète du coffre de clés est changée&#xa0;; ne la donnez qu&apos;à ceux qui déverrouillent la station.</translation>
    </message>
    <message>
        <source>Only an administrator may restore the ledger.</source>
        <translation>Seul un administrateur peut restaurer le registre.</translation>
    </message>
    <message>
        <source>Restored %1 journal entries; the replaced ledger is kept as %2. Sign in again.</source>
        <translation>%1 entrées de journal restaurées&#xa0;; le registre remplacé est conservé sous %2. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Backed up to %1 and verified.</source>
        <translation>Sauvegardé dans %1 et vérifié.</translation>
    </message>
    <message>
        <source>&amp;Language (from the next sign-in):</source>
        <translation>Lan&amp;gue (dès la prochaine connexion)&#xa0;:</translation>
    </message>
    <message>
        <source>Thermal receipt printer</source>
        <translation>Imprimante thermique de reçus</translation>
    </message>
    <message>
        <source>System printer (chosen above)</source>
        <translation>Imprimante du système (choisie plus haut)</translation>
    </message>
    <message>
        <source>ESC/POS on a device (serial or USB)</source>
        <translation>ESC/POS sur un périphérique (série ou USB)</translation>
    </message>
    <message>
        <source>ESC/POS on the network (port 9100)</source>
        <translation>ESC/POS sur le réseau (port 9100)</translation>
    </message>
    <message>
        <source>for example /dev/usb/lp0 or /dev/ttyUSB0</source>
        <translation>par exemple /dev/usb/lp0 ou /dev/ttyUSB0</translation>
    </message>
    <message>
        <source>as it is (USB printer)</source>
        <translation>inchangé (imprimante USB)</translation>
    </message>
    <message>
        <source>HOST or HOST:PORT, for example 192.0.2.10:9100</source>
        <translation>HOST ou HOST:PORT, par exemple 192.0.2.10:9100</translation>
    </message>
    <message>
        <source>CP858 (Latin with the euro sign)</source>
        <translation>CP858 (latin avec le signe euro)</translation>
    </message>
    <message>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <source>Print &amp;receipts on:</source>
        <translation>&amp;Imprimer les reçus sur&#xa0;:</translation>
    </message>
    <message>
        <source>De&amp;vice:</source>
        <translation>Périphéri&amp;que&#xa0;:</translation>
    </message>
    <message>
        <source>Serial &amp;speed (8N1):</source>
        <translation>Dé&amp;bit série (8N1)&#xa0;:</translation>
    </message>
    <message>
        <source>Net&amp;work address:</source>
        <translation>Adresse rése&amp;au&#xa0;:</translation>
    </message>
    <message>
        <source>Code p&amp;age:</source>
        <translation>Page de &amp;code&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Network…</source>
        <translation>Ré&amp;seau…</translation>
    </message>
</context>
<context>
    <name>AllStationsReports</name>
    <message>
        <source>The central server refused the login: check the password, or ask for a reporting login (ampcard server add-reporter). %1</source>
        <translation>Le serveur central a refusé l&apos;identifiant&#xa0;: vérifiez le mot de passe, ou demandez un identifiant de rapports (ampcard server add-reporter). %1</translation>
    </message>
    <message>
        <source>The central server cannot be reached: this station is offline or the server is down. Its own reports work offline (untick All stations). %1</source>
        <translation>Le serveur central est injoignable&#xa0;: cette station est hors ligne ou le serveur est arrêté. Ses propres rapports fonctionnent hors ligne (décochez Toutes les stations). %1</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Only a supervisor or administrator may back up the ledger.</source>
        <translation>Seul un superviseur ou un administrateur peut sauvegarder le registre.</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never overwrites a file.</source>
        <translation>%1 existe déjà&#xa0;; une sauvegarde n&apos;écrase jamais un fichier.</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Impossible de créer le dossier de %1.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>Impossible d&apos;écrire la sauvegarde %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read back: %2</source>
        <translation>La sauvegarde %1 ne peut pas être relue&#xa0;: %2</translation>
    </message>
    <message>
        <source>The backup does not verify (%1); the ledger itself may be damaged: run &quot;ampcard ledger verify&quot;.</source>
        <translation>La sauvegarde n&apos;est pas vérifiée (%1)&#xa0;; le registre lui-même est peut-être endommagé&#xa0;: lancez &quot;ampcard ledger verify&quot;.</translation>
    </message>
    <message>
        <source>Restore refused: unlock the keystore first; the backup is checked with the station&apos;s key.</source>
        <translation>Restauration refusée&#xa0;: déverrouillez d&apos;abord le coffre de clés&#xa0;; la sauvegarde est vérifiée avec la clé de la station.</translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation>Il n&apos;y a pas de sauvegarde dans %1.</translation>
    </message>
    <message>
        <source>Restore refused: %1</source>
        <translation>Restauration refusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>only an administrator of the current ledger may restore it</source>
        <translation>seul un administrateur du registre actuel peut le restaurer</translation>
    </message>
    <message>
        <source>Cannot copy the backup next to %1.</source>
        <translation>Impossible de copier la sauvegarde à côté de %1.</translation>
    </message>
    <message>
        <source>The backup cannot be used: %1</source>
        <translation>La sauvegarde est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restore refused: %1 is a ledger of station %2; this station is %3. Only a backup of this station may replace its ledger.</source>
        <translation>Restauration refusée&#xa0;: %1 est un registre de la station %2&#xa0;; cette station est %3. Seule une sauvegarde de cette station peut remplacer son registre.</translation>
    </message>
    <message>
        <source>The backup does not verify: %1</source>
        <translation>La sauvegarde n&apos;est pas vérifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restore refused: the backup was never sealed with the station&apos;s key, so nothing proves it was made here.</source>
        <translation>Restauration refusée&#xa0;: la sauvegarde n&apos;a jamais été scellée avec la clé de la station, rien ne prouve qu&apos;elle a été faite ici.</translation>
    </message>
    <message>
        <source>Restore refused: the backup&apos;s history is not this ledger&apos;s (neither chain is the beginning of the other): it was made from another file or edited.</source>
        <translation>Restauration refusée&#xa0;: l&apos;historique de la sauvegarde n&apos;est pas celui de ce registre (aucune chaîne n&apos;est le début de l&apos;autre)&#xa0;: elle vient d&apos;un autre fichier ou a été modifiée.</translation>
    </message>
    <message>
        <source>Cannot set the current ledger aside as %1; nothing was changed.</source>
        <translation>Impossible de mettre de côté le registre actuel sous %1&#xa0;; rien n&apos;a été changé.</translation>
    </message>
    <message>
        <source>Cannot put the restored ledger in place; it is at %1 and the previous one at %2.</source>
        <translation>Impossible de mettre en place le registre restauré&#xa0;; il est dans %1 et le précédent dans %2.</translation>
    </message>
</context>
<context>
    <name>CardDesk</name>
    <message>
        <source>The keystore is locked: a supervisor must unlock it first.</source>
        <translation>Le coffre de clés est verrouillé&#xa0;: un superviseur doit d&apos;abord le déverrouiller.</translation>
    </message>
    <message>
        <source>Cannot read the card: %1</source>
        <translation>Impossible de lire la carte&#xa0;: %1</translation>
    </message>
    <message>
        <source>This is a %1, not a customer&apos;s card.</source>
        <translation>Ceci est une %1, pas une carte client.</translation>
    </message>
    <message>
        <source>Card %1 belongs to another utility (%2): it cannot be sold to here.</source>
        <translation>La carte %1 appartient à un autre distributeur (%2)&#xa0;: impossible de lui vendre ici.</translation>
    </message>
    <message>
        <source>Card %1 does not hold the record written to it: %2 Write it again on this card.</source>
        <translation>La carte %1 ne contient pas l&apos;enregistrement écrit&#xa0;: %2 Réécrivez-le sur cette carte.</translation>
    </message>
    <message>
        <source>Card %1 is not a customer card issued by this utility&apos;s stations.</source>
        <translation>La carte %1 n&apos;est pas une carte client émise par les stations de ce distributeur.</translation>
    </message>
    <message>
        <source>Card %1 is blacklisted (%2): keep it and send the customer to a supervisor.</source>
        <translation>La carte %1 est sur liste noire (%2)&#xa0;: gardez-la et envoyez le client à un superviseur.</translation>
    </message>
    <message>
        <source>The meter of card %1 is not registered.</source>
        <translation>Le compteur de la carte %1 n&apos;est pas enregistré.</translation>
    </message>
    <message>
        <source>Card %1 holds a record of meter %2 but belongs to meter %3: it was tampered with.</source>
        <translation>La carte %1 contient un enregistrement du compteur %2 mais appartient au compteur %3&#xa0;: elle a subi une effraction.</translation>
    </message>
    <message>
        <source>The meter&apos;s record on card %1 does not verify (%2): the card was tampered with or damaged.</source>
        <translation>L&apos;enregistrement du compteur sur la carte %1 n&apos;est pas vérifié (%2)&#xa0;: la carte a subi une effraction ou est endommagée.</translation>
    </message>
    <message>
        <source>The purchase record on card %1 does not verify (%2): the card was tampered with or damaged.</source>
        <translation>L&apos;enregistrement d&apos;achat sur la carte %1 n&apos;est pas vérifié (%2)&#xa0;: la carte a subi une effraction ou est endommagée.</translation>
    </message>
    <message>
        <source>Card %1 holds a record copied from another card: it was tampered with.</source>
        <translation>La carte %1 contient un enregistrement copié d&apos;une autre carte&#xa0;: elle a subi une effraction.</translation>
    </message>
    <message>
        <source>This is a %1; a customer needs a user card.</source>
        <translation>Ceci est une %1&#xa0;; un client a besoin d&apos;une carte client.</translation>
    </message>
    <message>
        <source>Card %1 is blacklisted (%2).</source>
        <translation>La carte %1 est sur liste noire (%2).</translation>
    </message>
    <message>
        <source>Card %1 is already the card of meter %2.</source>
        <translation>La carte %1 est déjà la carte du compteur %2.</translation>
    </message>
    <message>
        <source>Card %1 already holds records: use a new card.</source>
        <translation>La carte %1 contient déjà des enregistrements&#xa0;: utilisez une carte neuve.</translation>
    </message>
    <message>
        <source>This operator may not sell.</source>
        <translation>Cet opérateur ne peut pas vendre.</translation>
    </message>
    <message>
        <source>The keystore is for utility %1 but the station sells for utility %2.</source>
        <translation>Le coffre de clés est celui du distributeur %1 mais la station vend pour le distributeur %2.</translation>
    </message>
    <message>
        <source>Open a shift before selling.</source>
        <translation>Ouvrez votre caisse avant de vendre.</translation>
    </message>
    <message>
        <source>The ledger is busy: %1</source>
        <translation>Le registre est occupé&#xa0;: %1</translation>
    </message>
    <message>
        <source>This card belongs to meter %1, not %2.</source>
        <translation>Cette carte appartient au compteur %1, pas %2.</translation>
    </message>
    <message>
        <source>Meter %1 is %2: no sales.</source>
        <translation>Compteur %1 (état&#xa0;: %2)&#xa0;: aucune vente.</translation>
    </message>
    <message>
        <source>The card does not show sequence %1 that this station wrote to it and meter %2 has not loaded: it holds an older copy or a damaged record.</source>
        <translation>La carte ne montre pas la séquence %1 que cette station y a écrite et que le compteur %2 n&apos;a pas chargée&#xa0;: elle contient une copie plus ancienne ou un enregistrement endommagé.</translation>
    </message>
    <message>
        <source>The card still holds its %1 record (sequence %2), which the meter has not loaded. Take the card to the meter first, or sell combining this purchase with it on the card.</source>
        <translation>La carte contient encore son enregistrement (%1, séquence %2), que le compteur n&apos;a pas chargé. Portez d&apos;abord la carte au compteur, ou vendez en combinant cet achat avec lui sur la carte.</translation>
    </message>
    <message>
        <source>account-opening</source>
        <translation>ouverture de compte</translation>
    </message>
    <message>
        <source>replacement</source>
        <translation>remplacement</translation>
    </message>
    <message>
        <source>The card still holds %1 (sequence %2) that the meter has not loaded. Load it into the meter first, or sell again combining both on the card.</source>
        <translation>La carte contient encore %1 (séquence %2) que le compteur n&apos;a pas chargé. Chargez-le d&apos;abord dans le compteur, ou vendez à nouveau en combinant les deux sur la carte.</translation>
    </message>
    <message>
        <source>Meter %1 does not answer (%2).</source>
        <translation>Le compteur %1 ne répond pas (%2).</translation>
    </message>
    <message>
        <source>Meter %1 answered something that is not its sealed record: nothing is settled from it.</source>
        <translation>Le compteur %1 a répondu autre chose que son enregistrement scellé&#xa0;: rien n&apos;est réglé à partir de cela.</translation>
    </message>
    <message>
        <source>Cannot derive the meter key: %1</source>
        <translation>Impossible de dériver la clé du compteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Meter %1&apos;s record does not verify (%2): it was not sealed by the meter. Nothing is settled from it.</source>
        <translation>L&apos;enregistrement du compteur %1 n&apos;est pas vérifié (%2)&#xa0;: il n&apos;a pas été scellé par le compteur. Rien n&apos;est réglé à partir de lui.</translation>
    </message>
    <message>
        <source>Meter %1 is not registered.</source>
        <translation>Le compteur %1 n&apos;est pas enregistré.</translation>
    </message>
    <message>
        <source>Meter %1 has no account card: open the account before selling remotely.</source>
        <translation>Le compteur %1 n&apos;a pas de carte de compte&#xa0;: ouvrez le compte avant de vendre à distance.</translation>
    </message>
    <message>
        <source>Nothing was sold.</source>
        <translation>Rien n&apos;a été vendu.</translation>
    </message>
    <message>
        <source>The customer&apos;s card holds sequence %1, which meter %2 has not loaded (it loaded %3). Insert the card in the meter first: a remote sale now would make the meter refuse the card&apos;s credit.</source>
        <translation>La carte du client contient la séquence %1, que le compteur %2 n&apos;a pas chargée (il a chargé %3). Insérez d&apos;abord la carte dans le compteur&#xa0;: une vente à distance maintenant ferait refuser au compteur le crédit de la carte.</translation>
    </message>
    <message>
        <source>Meter %1 did not take the token and can never load it. Nothing was sold.</source>
        <translation>Le compteur %1 n&apos;a pas pris le code et ne pourra jamais le charger. Rien n&apos;a été vendu.</translation>
    </message>
    <message>
        <source>its sealed record could not be read</source>
        <translation>son enregistrement scellé n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>its sealed record shows sequence %1 not loaded</source>
        <translation>son enregistrement scellé montre la séquence %1 non chargée</translation>
    </message>
    <message>
        <source>meter %1: %2; %3</source>
        <translation>compteur %1&#xa0;: %2&#xa0;; %3</translation>
    </message>
    <message>
        <source>Meter %1 has not loaded remote sale %2 (%3; %4). The sale stays pending and nothing is charged: it completes if the meter&apos;s record ever proves it loaded, and is void once a later sale is loaded without it.</source>
        <translation>Le compteur %1 n&apos;a pas chargé la vente à distance %2 (%3&#xa0;; %4). La vente reste en attente et rien n&apos;est facturé&#xa0;: elle se termine si l&apos;enregistrement du compteur prouve un jour qu&apos;elle est chargée, et est annulée dès qu&apos;une vente ultérieure est chargée sans elle.</translation>
    </message>
    <message>
        <source>Only a supervisor or administrator may cancel a sale.</source>
        <translation>Seul un superviseur ou un administrateur peut annuler une vente.</translation>
    </message>
    <message>
        <source>There is no sale %1.</source>
        <translation>Il n&apos;y a pas de vente %1.</translation>
    </message>
    <message>
        <source>Sale %1 is %2: only a completed sale can be cancelled.</source>
        <translation>La vente %1 est à l&apos;état %2&#xa0;: seule une vente terminée peut être annulée.</translation>
    </message>
    <message>
        <source>Sale %1 is being cancelled already: its refund waits for the meter&apos;s record.</source>
        <translation>La vente %1 est déjà en cours d&apos;annulation&#xa0;: son remboursement attend l&apos;enregistrement du compteur.</translation>
    </message>
    <message>
        <source>Meter %1 has loaded sale %2: it can no longer be cancelled.</source>
        <translation>Le compteur %1 a chargé la vente %2&#xa0;: elle ne peut plus être annulée.</translation>
    </message>
    <message>
        <source>Sale %1 was delivered over the meter line; the meter settles it.</source>
        <translation>La vente %1 a été livrée par la ligne compteur&#xa0;; le compteur la règle.</translation>
    </message>
    <message>
        <source>Sale %1 was combined on the card with an earlier purchase: it cannot be cancelled alone.</source>
        <translation>La vente %1 a été combinée sur la carte avec un achat antérieur&#xa0;: elle ne peut pas être annulée seule.</translation>
    </message>
    <message>
        <source>Sale %1 was written to card %2; this is card %3.</source>
        <translation>La vente %1 a été écrite sur la carte %2&#xa0;; ceci est la carte %3.</translation>
    </message>
    <message>
        <source>There is no sale %1 to cancel.</source>
        <translation>Il n&apos;y a pas de vente %1 à annuler.</translation>
    </message>
    <message>
        <source>The card holds a newer record than sale %1: it is settled by the meter&apos;s next record, not cancelled.</source>
        <translation>La carte contient un enregistrement plus récent que la vente %1&#xa0;: elle est réglée par le prochain enregistrement du compteur, pas annulée.</translation>
    </message>
    <message>
        <source>Open a shift to pay the customer back.</source>
        <translation>Ouvrez votre caisse pour rembourser le client.</translation>
    </message>
    <message>
        <source>The card did not take the record (%1). Nothing was sold.</source>
        <translation>La carte n&apos;a pas pris l&apos;enregistrement (%1). Rien n&apos;a été vendu.</translation>
    </message>
    <message>
        <source>The card write did not finish (%1). Nothing is charged yet: put the same card back to settle it.</source>
        <translation>L&apos;écriture de la carte n&apos;est pas terminée (%1). Rien n&apos;est encore facturé&#xa0;: remettez la même carte pour régler l&apos;opération.</translation>
    </message>
    <message>
        <source>The token could not be sealed (%1). Nothing was sold.</source>
        <translation>Le code n&apos;a pas pu être scellé (%1). Rien n&apos;a été vendu.</translation>
    </message>
    <message>
        <source>Meter %1 stopped answering during the sale (%2).</source>
        <translation>Le compteur %1 a cessé de répondre pendant la vente (%2).</translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <translation>pas de réponse (%1)</translation>
    </message>
    <message>
        <source>it said loaded</source>
        <translation>il a répondu chargé</translation>
    </message>
    <message>
        <source>it said C-%1</source>
        <translation>il a répondu C-%1</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may issue function cards.</source>
        <translation>Seul un installateur, superviseur ou administrateur peut émettre des cartes de fonction.</translation>
    </message>
    <message>
        <source>Only a supervisor or administrator may issue key-change cards.</source>
        <translation>Seul un superviseur ou un administrateur peut émettre des cartes de changement de clé.</translation>
    </message>
    <message>
        <source>Only a supervisor or administrator may issue clear and preset cards: they reset or create credit on a meter.</source>
        <translation>Seul un superviseur ou un administrateur peut émettre des cartes d&apos;effacement et de préchargement&#xa0;: elles remettent à zéro ou créent du crédit sur un compteur.</translation>
    </message>
    <message>
        <source>Choose a function card kind.</source>
        <translation>Choisissez un type de carte de fonction.</translation>
    </message>
    <message>
        <source>This is a %1, not a %2.</source>
        <translation>Ceci est une %1, pas une %2.</translation>
    </message>
    <message>
        <source>Card %1 is recorded as another kind.</source>
        <translation>La carte %1 est enregistrée comme un autre type.</translation>
    </message>
    <message>
        <source>The new key version must be above the meter&apos;s %1.</source>
        <translation>La nouvelle version de clé doit être supérieure à %1, celle du compteur.</translation>
    </message>
    <message>
        <source>The credit thresholds do not hold together.</source>
        <translation>Les seuils de crédit ne sont pas cohérents.</translation>
    </message>
    <message>
        <source>A parameter card carries a tariff, thresholds or both.</source>
        <translation>Une carte de paramètres porte un tarif, des seuils ou les deux.</translation>
    </message>
    <message>
        <source>A preset card carries a preset credit above zero.</source>
        <translation>Une carte de préchargement porte un crédit préchargé supérieur à zéro.</translation>
    </message>
    <message>
        <source>The card write did not finish (%1); write the card again.</source>
        <translation>L&apos;écriture de la carte n&apos;est pas terminée (%1)&#xa0;; réécrivez la carte.</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may open accounts.</source>
        <translation>Seul un installateur, superviseur ou administrateur peut ouvrir des comptes.</translation>
    </message>
    <message>
        <source>The preset credit to recover cannot be negative.</source>
        <translation>Le crédit préchargé à recouvrer ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Open a shift before taking the opening fee.</source>
        <translation>Ouvrez votre caisse avant d&apos;encaisser les frais d&apos;ouverture.</translation>
    </message>
    <message>
        <source>Meter %1 supplies customer %2.</source>
        <translation>Le compteur %1 alimente le client %2.</translation>
    </message>
    <message>
        <source>Meter %1 has an account and a card already; replace the card instead.</source>
        <translation>Le compteur %1 a déjà un compte et une carte&#xa0;; remplacez plutôt la carte.</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Il n&apos;y a pas de client %1.</translation>
    </message>
    <message>
        <source>Meter %1 could not be registered.</source>
        <translation>Le compteur %1 n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may replace cards.</source>
        <translation>Seul un installateur, superviseur ou administrateur peut remplacer des cartes.</translation>
    </message>
    <message>
        <source>Say why the card is replaced (lost, stolen, damaged).</source>
        <translation>Indiquez pourquoi la carte est remplacée (perdue, volée, endommagée).</translation>
    </message>
    <message>
        <source>Open a shift before taking the replacement fee.</source>
        <translation>Ouvrez votre caisse avant d&apos;encaisser les frais de remplacement.</translation>
    </message>
    <message>
        <source>Meter %1 has no card to replace: open the account instead.</source>
        <translation>Le compteur %1 n&apos;a pas de carte à remplacer&#xa0;: ouvrez plutôt le compte.</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may change meters.</source>
        <translation>Seul un installateur, superviseur ou administrateur peut changer des compteurs.</translation>
    </message>
    <message>
        <source>Say why the meter is changed (faulty, burnt, upgraded to three phases).</source>
        <translation>Indiquez pourquoi le compteur est changé (défectueux, brûlé, passage en triphasé).</translation>
    </message>
    <message>
        <source>The credit left on the old meter cannot be negative: a meter in overdraft has 0 left, and its overdraft becomes the account&apos;s debt.</source>
        <translation>Le crédit restant sur l&apos;ancien compteur ne peut pas être négatif&#xa0;: un compteur en découvert a 0 restant, et son découvert devient la dette du compte.</translation>
    </message>
    <message>
        <source>%1 is above the hoarding limit %2: check the old meter&apos;s display.</source>
        <translation>%1 dépasse le plafond de crédit %2&#xa0;: vérifiez l&apos;écran de l&apos;ancien compteur.</translation>
    </message>
    <message>
        <source>Meter %1 was removed already (replaced by %2).</source>
        <translation>Le compteur %1 a déjà été retiré (remplacé par %2).</translation>
    </message>
    <message>
        <source>Meter %1 has no account yet: open the account on the new meter instead.</source>
        <translation>Le compteur %1 n&apos;a pas encore de compte&#xa0;: ouvrez plutôt le compte sur le nouveau compteur.</translation>
    </message>
    <message>
        <source>Meter %1 has a card record still pending: put its card in the reader to settle it first.</source>
        <translation>Le compteur %1 a encore un enregistrement de carte en attente&#xa0;: mettez d&apos;abord sa carte dans le lecteur pour le régler.</translation>
    </message>
    <message>
        <source>The card of meter %1 holds sales up to sequence %2 that the meter has not been proven to load. Load the card into the old meter first; if it can no longer read cards, include that credit in the credit moved and have a supervisor countersign.</source>
        <translation>La carte du compteur %1 contient des ventes jusqu&apos;à la séquence %2 dont le chargement par le compteur n&apos;est pas prouvé. Chargez d&apos;abord la carte dans l&apos;ancien compteur&#xa0;; s&apos;il ne peut plus lire de cartes, incluez ce crédit dans le crédit transféré et faites contresigner un superviseur.</translation>
    </message>
    <message>
        <source>Moving the credit of card sales meter %1 never loaded needs another operator&apos;s countersignature, a supervisor or an administrator, with a reason.</source>
        <translation>Transférer le crédit des ventes sur carte que le compteur %1 n&apos;a jamais chargées exige la contre-signature d&apos;un autre opérateur, superviseur ou administrateur, avec une raison.</translation>
    </message>
    <message>
        <source>card sales up to sequence %1 never loaded by meter %2 move with the account, for %3: %4</source>
        <translation>les ventes sur carte jusqu&apos;à la séquence %1 jamais chargées par le compteur %2 suivent le compte, pour %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>The new meter has the old meter&apos;s number.</source>
        <translation>Le nouveau compteur a le numéro de l&apos;ancien.</translation>
    </message>
    <message>
        <source>Meter %1 is in use already.</source>
        <translation>Le compteur %1 est déjà utilisé.</translation>
    </message>
    <message>
        <source>%1 is more than meter %2&apos;s last proven remaining credit %3</source>
        <translation>%1 dépasse le dernier crédit restant prouvé du compteur %2, soit %3</translation>
    </message>
    <message>
        <source>%1 (its newest sealed record). A supervisor must countersign the difference with a reason.</source>
        <translation>%1 (son enregistrement scellé le plus récent). Un superviseur doit contresigner la différence avec une raison.</translation>
    </message>
    <message>
        <source>%1: the countersignature must be another operator&apos;s, a supervisor or an administrator.</source>
        <translation>%1&#xa0;: la contre-signature doit être celle d&apos;un autre opérateur, superviseur ou administrateur.</translation>
    </message>
    <message>
        <source>%1: the countersignature needs a reason.</source>
        <translation>%1&#xa0;: la contre-signature exige une raison.</translation>
    </message>
    <message>
        <source>%1, moved for %2: %3</source>
        <translation>%1, transféré pour %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Tariff plan %1 has no version in force.</source>
        <translation>Le plan tarifaire %1 n&apos;a pas de version en vigueur.</translation>
    </message>
    <message>
        <source>ELECTRICITY PURCHASE</source>
        <translation>ACHAT D&apos;ÉLECTRICITÉ</translation>
    </message>
    <message>
        <source>CANCELLED PURCHASE</source>
        <translation>ACHAT ANNULÉ</translation>
    </message>
    <message>
        <source>ACCOUNT OPENING</source>
        <translation>OUVERTURE DE COMPTE</translation>
    </message>
    <message>
        <source>REPLACEMENT CARD</source>
        <translation>CARTE DE REMPLACEMENT</translation>
    </message>
    <message>
        <source>METER CHANGE</source>
        <translation>CHANGEMENT DE COMPTEUR</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Compteur</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>none: delivered to the meter remotely</source>
        <translation>aucune&#xa0;: livré au compteur à distance</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <source>Cancels</source>
        <translation>Annule</translation>
    </message>
    <message>
        <source>Replaces card</source>
        <translation>Remplace la carte</translation>
    </message>
    <message>
        <source>Fixed charge</source>
        <translation>Redevance</translation>
    </message>
    <message>
        <source>Debt recovered</source>
        <translation>Dette recouvrée</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Electricity credit</source>
        <translation>Crédit d&apos;électricité</translation>
    </message>
    <message>
        <source>  of which repays the overdraft</source>
        <translation>  dont remboursement du découvert</translation>
    </message>
    <message>
        <source>  step %1</source>
        <translation>  tranche %1</translation>
    </message>
    <message>
        <source>%1 kWh at %2 = %3</source>
        <translation>%1 kWh à %2 = %3</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>Énergie (kWh)</translation>
    </message>
    <message>
        <source>On the card</source>
        <translation>Sur la carte</translation>
    </message>
    <message>
        <source>%1 (combined with the record not yet loaded)</source>
        <translation>%1 (combiné avec l&apos;enregistrement pas encore chargé)</translation>
    </message>
    <message>
        <source>Debt left</source>
        <translation>Dette restante</translation>
    </message>
    <message>
        <source>Preset credit owed</source>
        <translation>Crédit préchargé dû</translation>
    </message>
    <message>
        <source>Replaces meter</source>
        <translation>Remplace le compteur</translation>
    </message>
    <message>
        <source>Credit moved</source>
        <translation>Crédit transféré</translation>
    </message>
    <message>
        <source>New tariff</source>
        <translation>Nouveau tarif</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>REFUND PENDING</source>
        <translation>REMBOURSEMENT EN ATTENTE</translation>
    </message>
    <message>
        <source>%1, paid once the meter&apos;s record proves it can never load the purchase</source>
        <translation>%1, payé quand l&apos;enregistrement du compteur prouve qu&apos;il ne pourra jamais charger l&apos;achat</translation>
    </message>
    <message>
        <source>TOTAL PAID</source>
        <translation>TOTAL PAYÉ</translation>
    </message>
    <message>
        <source>Then read the card again to settle this work (nothing is charged twice).</source>
        <translation>Puis relisez la carte pour régler cette opération (rien n&apos;est facturé deux fois).</translation>
    </message>
    <message>
        <source>Stopped by fault injection.</source>
        <translation>Arrêté par injection de panne.</translation>
    </message>
    <message>
        <source>Cannot take the meter&apos;s next sequence: %1</source>
        <translation>Impossible de prendre la séquence suivante du compteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot take the meter&apos;s next sequence.</source>
        <translation>Impossible de prendre la séquence suivante du compteur.</translation>
    </message>
    <message>
        <source>Cannot record the sale: %1</source>
        <translation>Impossible d&apos;enregistrer la vente&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sale %1 is no longer pending.</source>
        <translation>La vente %1 n&apos;est plus en attente.</translation>
    </message>
    <message>
        <source>Cannot update the account&apos;s debt: %1</source>
        <translation>Impossible de mettre à jour la dette du compte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sale %1 cannot be cancelled twice.</source>
        <translation>La vente %1 ne peut pas être annulée deux fois.</translation>
    </message>
    <message>
        <source>Cannot blacklist the old card: %1</source>
        <translation>Impossible de mettre l&apos;ancienne carte sur liste noire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot record the card: %1</source>
        <translation>Impossible d&apos;enregistrer la carte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Meter %1 was removed already.</source>
        <translation>Le compteur %1 a déjà été retiré.</translation>
    </message>
    <message>
        <source>Cannot move the account&apos;s debt: %1</source>
        <translation>Impossible de transférer la dette du compte&#xa0;: %1</translation>
    </message>
    <message>
        <source>its credit moved to meter %1 by meter change %2 (countersigned)</source>
        <translation>son crédit transféré au compteur %1 par le changement de compteur %2 (contresigné)</translation>
    </message>
    <message>
        <source>the card does not hold %1 sequence %2: nothing was sold</source>
        <translation>la carte ne contient pas l&apos;opération %1 de séquence %2&#xa0;: rien n&apos;a été vendu</translation>
    </message>
    <message>
        <source>Cannot record the meter&apos;s return record: %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;enregistrement de retour du compteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>nothing was sent: %1</source>
        <translation>rien n&apos;a été envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The meter&apos;s record on card %1 is older than one the station has already read for meter %2 (it shows sequence %3, the station has seen %4): it is refused, and the station&apos;s newest record of the meter is used.</source>
        <translation>L&apos;enregistrement du compteur sur la carte %1 est plus ancien qu&apos;un enregistrement déjà lu par la station pour le compteur %2 (il montre la séquence %3, la station a vu %4)&#xa0;: il est refusé, et l&apos;enregistrement le plus récent du compteur connu de la station est utilisé.</translation>
    </message>
    <message>
        <source>meter %1&apos;s clock or event counters went back since its previous record (a clock set or an event clear)</source>
        <translation>l&apos;horloge ou les compteurs d&apos;événements du compteur %1 ont reculé depuis son enregistrement précédent (horloge réglée ou événements effacés)</translation>
    </message>
    <message>
        <source>Meter %1 shows %2 loaded in %3 loads, less than this ledger has already proven (%4 in %5): its record is not the newest, or the meter was swapped. Nothing was settled; call a supervisor.</source>
        <translation>Le compteur %1 montre %2 chargés en %3 chargements, moins que ce registre a déjà prouvé (%4 en %5)&#xa0;: son enregistrement n&apos;est pas le plus récent, ou le compteur a été échangé. Rien n&apos;a été réglé&#xa0;; appelez un superviseur.</translation>
    </message>
    <message>
        <source>meter %1 loaded %2 in %3 loads that this ledger did not issue (up to sequence %4)</source>
        <translation>le compteur %1 a chargé %2 en %3 chargements que ce registre n&apos;a pas émis (jusqu&apos;à la séquence %4)</translation>
    </message>
    <message>
        <source>Attention: %1 (a restored ledger or another station). It is recorded for the auditors.</source>
        <translation>Attention&#xa0;: %1 (registre restauré ou autre station). C&apos;est consigné pour les auditeurs.</translation>
    </message>
    <message>
        <source>the meter&apos;s figures fit more than one history: waits for its next record</source>
        <translation>les chiffres du compteur correspondent à plusieurs historiques&#xa0;: attend son prochain enregistrement</translation>
    </message>
    <message>
        <source>%1 %2 completed: meter %3 loaded it.</source>
        <translation>Opération %1 %2 terminée&#xa0;: le compteur %3 l&apos;a chargée.</translation>
    </message>
    <message>
        <source>meter %1 loaded a later sequence without %2: it can never load it, nothing was sold</source>
        <translation>le compteur %1 a chargé une séquence ultérieure sans %2&#xa0;: il ne pourra jamais la charger, rien n&apos;a été vendu</translation>
    </message>
    <message>
        <source>%1 %2 voided: meter %3 can never load it, nothing was sold.</source>
        <translation>Opération %1 %2 annulée&#xa0;: le compteur %3 ne pourra jamais la charger, rien n&apos;a été vendu.</translation>
    </message>
    <message>
        <source>meter %1 loaded sale %2 before its cancellation: nothing is refunded</source>
        <translation>le compteur %1 a chargé la vente %2 avant son annulation&#xa0;: rien n&apos;est remboursé</translation>
    </message>
    <message>
        <source>Cancellation %1 refused: meter %2 loaded sale %3 first, nothing is refunded.</source>
        <translation>Annulation %1 refusée&#xa0;: le compteur %2 a d&apos;abord chargé la vente %3, rien n&apos;est remboursé.</translation>
    </message>
    <message>
        <source>proven: the refund is paid at the next reading by an operator with an open shift</source>
        <translation>prouvé&#xa0;: le remboursement est payé à la prochaine lecture par un opérateur avec une caisse ouverte</translation>
    </message>
    <message>
        <source>Cancellation %1: meter %2 can never load sale %3; the refund is paid when an operator with an open shift reads the card.</source>
        <translation>Annulation %1&#xa0;: le compteur %2 ne pourra jamais charger la vente %3&#xa0;; le remboursement est payé quand un opérateur avec une caisse ouverte lit la carte.</translation>
    </message>
    <message>
        <source>Cancellation %1: meter %2 can never load sale %3, refund %4 paid.</source>
        <translation>Annulation %1&#xa0;: le compteur %2 ne pourra jamais charger la vente %3, remboursement de %4 payé.</translation>
    </message>
    <message>
        <source>paid, but meter %1 can never load it: %2 is owed to the customer</source>
        <translation>payée, mais le compteur %1 ne pourra jamais la charger&#xa0;: %2 est dû au client</translation>
    </message>
    <message>
        <source>Sale %1 %2. Refund it (cancel it) at the counter.</source>
        <translation>Vente %1 %2. Remboursez-la (annulez-la) au guichet.</translation>
    </message>
    <message>
        <source>%1 %2 completed: the card holds it.</source>
        <translation>Opération %1 %2 terminée&#xa0;: la carte la contient.</translation>
    </message>
    <message>
        <source>%1 %2 completed: written to the card again (sequence %3).</source>
        <translation>Opération %1 %2 terminée&#xa0;: réécrite sur la carte (séquence %3).</translation>
    </message>
    <message>
        <source>%1 %2 (sequence %3) is not on the card. It stays pending until meter %4&apos;s record proves it loaded or never loadable; nothing is charged for it until then.</source>
        <translation>Opération %1 %2 (séquence %3) absente de la carte. Elle reste en attente jusqu&apos;à ce que l&apos;enregistrement du compteur %4 prouve qu&apos;elle est chargée ou jamais chargeable&#xa0;; rien n&apos;est facturé d&apos;ici là.</translation>
    </message>
    <message>
        <source>%1 %2 voided: the card does not hold it, nothing was sold.</source>
        <translation>Opération %1 %2 annulée&#xa0;: la carte ne la contient pas, rien n&apos;a été vendu.</translation>
    </message>
    <message>
        <source>This sale of %1 is more than the station&apos;s float left (%2). A supervisor asks the utility for more float; it arrives with the next sync.</source>
        <translation>Cette vente de %1 dépasse la dotation restante de la station (%2). Un superviseur demande plus de dotation au distributeur&#xa0;; elle arrive à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Arrondi</translation>
    </message>
    <message>
        <source>Keep this receipt.</source>
        <translation>Conservez ce reçu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Ampcard receipt code: scan the QR code on the receipt, or type the receipt number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de reçu Ampcard&#xa0;: scannez le code QR du reçu, ou tapez le numéro du reçu.</translation>
    </message>
    <message>
        <source>A remote sale in network mode takes its sequence from the server: %1. Nothing was sold; card sales go on offline.</source>
        <translation>En mode réseau, une vente à distance prend sa séquence auprès du serveur&#xa0;: %1. Rien n&apos;a été vendu&#xa0;; les ventes par carte continuent hors ligne.</translation>
    </message>
    <message>
        <source>nothing new: it loaded this sequence or a later one already</source>
        <translation>rien de nouveau&#xa0;: il a déjà chargé cette séquence ou une séquence plus récente</translation>
    </message>
    <message>
        <source>another utility&apos;s token</source>
        <translation>code d&apos;un autre distributeur</translation>
    </message>
    <message>
        <source>a token for another meter</source>
        <translation>code destiné à un autre compteur</translation>
    </message>
    <message>
        <source>the token does not open with the meter&apos;s key</source>
        <translation>le code ne s&apos;ouvre pas avec la clé du compteur</translation>
    </message>
    <message>
        <source>the meter runs another key version</source>
        <translation>le compteur utilise une autre version de clé</translation>
    </message>
    <message>
        <source>the token is damaged</source>
        <translation>le code est endommagé</translation>
    </message>
    <message>
        <source>the meter is not commissioned</source>
        <translation>le compteur n&apos;est pas mis en service</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may push a tariff to a meter.</source>
        <translation>Seul un installateur, superviseur ou administrateur peut envoyer un tarif à un compteur.</translation>
    </message>
    <message>
        <source>The keystore is for utility %1 but the station works for utility %2.</source>
        <translation>Le coffre de clés est celui du distributeur %1, mais la station travaille pour le distributeur %2.</translation>
    </message>
    <message>
        <source>Meter %1 is removed: no tariff is pushed to it.</source>
        <translation>Le compteur %1 est retiré&#xa0;: aucun tarif ne lui est envoyé.</translation>
    </message>
    <message>
        <source>Nothing was pushed.</source>
        <translation>Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Cannot derive the meter key: %1. Nothing was pushed.</source>
        <translation>Impossible de dériver la clé du compteur&#xa0;: %1. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>A tariff push in network mode takes its sequence from the server: %1. Nothing was pushed.</source>
        <translation>En mode réseau, un envoi de tarif prend sa séquence auprès du serveur&#xa0;: %1. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>the token could not be sealed (%1)</source>
        <translation>le code n&apos;a pas pu être scellé (%1)</translation>
    </message>
    <message>
        <source>Meter %1: %2. Nothing was pushed.</source>
        <translation>Compteur %1&#xa0;: %2. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Meter %1 refused tariff push %2 (C-%3: %4). It still runs its previous tariff; the push stays on record until the meter&apos;s next record closes it.</source>
        <translation>Le compteur %1 a refusé l&apos;envoi de tarif %2 (C-%3&#xa0;: %4). Il applique toujours son tarif précédent&#xa0;; l&apos;envoi reste enregistré jusqu&apos;à ce que le prochain enregistrement du compteur le ferme.</translation>
    </message>
    <message>
        <source>its sealed record could not be read: %1</source>
        <translation>son enregistrement scellé n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Meter %1 has not proven tariff push %2 (sequence %3: %4; %5). It stays pending: the meter&apos;s next sealed record (a remote sale, a settle over the line, or its card at the counter) settles it, and nothing is sent twice.</source>
        <translation>Le compteur %1 n&apos;a pas prouvé l&apos;envoi de tarif %2 (séquence %3&#xa0;: %4&#xa0;; %5). Il reste en attente&#xa0;: le prochain enregistrement scellé du compteur (une vente à distance, un règlement par la ligne, ou sa carte au guichet) le règle, et rien n&apos;est envoyé deux fois.</translation>
    </message>
    <message>
        <source>meter %1 loaded tariff push %2 (sequence %3, plan %4)</source>
        <translation>le compteur %1 a chargé l&apos;envoi de tarif %2 (séquence %3, plan %4)</translation>
    </message>
    <message>
        <source>meter %1 loaded sequence %2 without proving tariff push %3 (sequence %4): it can never load it now; plan %5 rides along with its next sale</source>
        <translation>le compteur %1 a chargé la séquence %2 sans prouver l&apos;envoi de tarif %3 (séquence %4)&#xa0;: il ne pourra désormais plus le charger&#xa0;; le plan %5 partira avec sa prochaine vente</translation>
    </message>
    <message>
        <source>Tariff push %1 completed: meter %2 loaded plan %3.</source>
        <translation>Envoi de tarif %1 terminé&#xa0;: le compteur %2 a chargé le plan %3.</translation>
    </message>
    <message>
        <source>Tariff push %1 closed: %2.</source>
        <translation>Envoi de tarif %1 clos&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The server gave sequence %1 for meter %2, outside a meter&apos;s range. Nothing was sold.</source>
        <translation>Le serveur a donné la séquence %1 pour le compteur %2, hors de la plage d&apos;un compteur. Rien n&apos;a été vendu.</translation>
    </message>
    <message>
        <source>The server gave sequence %1 for meter %2, outside a meter&apos;s range. Nothing was pushed.</source>
        <translation>Le serveur a donné la séquence %1 pour le compteur %2, hors de la plage d&apos;un compteur. Rien n&apos;a été envoyé.</translation>
    </message>
</context>
<context>
    <name>CardNames</name>
    <message>
        <source>user card</source>
        <translation>carte client</translation>
    </message>
    <message>
        <source>check card</source>
        <translation>carte de contrôle</translation>
    </message>
    <message>
        <source>parameter card</source>
        <translation>carte de paramètres</translation>
    </message>
    <message>
        <source>clear card</source>
        <translation>carte d&apos;effacement</translation>
    </message>
    <message>
        <source>relay test card</source>
        <translation>carte de test du relais</translation>
    </message>
    <message>
        <source>key change card</source>
        <translation>carte de changement de clé</translation>
    </message>
    <message>
        <source>preset card</source>
        <translation>carte de préchargement</translation>
    </message>
    <message>
        <source>unknown card</source>
        <translation>carte inconnue</translation>
    </message>
</context>
<context>
    <name>CardReport</name>
    <message>
        <source>not verified (no keystore)</source>
        <translation>non vérifié (pas de coffre de clés)</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>INVALID: %1</source>
        <translation>INVALIDE&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>A card serial is a number from 1 up.</source>
        <translation>Un numéro de série de carte est un nombre à partir de 1.</translation>
    </message>
    <message>
        <source>Unknown card kind %1.</source>
        <translation>Type de carte inconnu %1.</translation>
    </message>
    <message>
        <source>A user card belongs to a registered meter; %1 is not one.</source>
        <translation>Une carte client appartient à un compteur enregistré&#xa0;; %1 n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>Meter %1 already has a user card; replace it instead.</source>
        <translation>Le compteur %1 a déjà une carte client&#xa0;; remplacez-la plutôt.</translation>
    </message>
    <message>
        <source>Only user cards are bound to a meter.</source>
        <translation>Seules les cartes client sont liées à un compteur.</translation>
    </message>
    <message>
        <source>Card %1 is already recorded.</source>
        <translation>La carte %1 est déjà enregistrée.</translation>
    </message>
    <message>
        <source>Cannot record the card: %1</source>
        <translation>Impossible d&apos;enregistrer la carte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may issue cards.</source>
        <translation>Seul un installateur, superviseur ou administrateur peut émettre des cartes.</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may blacklist cards.</source>
        <translation>Seul un installateur, superviseur ou administrateur peut mettre des cartes sur liste noire.</translation>
    </message>
    <message>
        <source>Say why the card is blacklisted.</source>
        <translation>Indiquez pourquoi la carte est mise sur liste noire.</translation>
    </message>
    <message>
        <source>Card %1 was never issued here.</source>
        <translation>La carte %1 n&apos;a jamais été émise ici.</translation>
    </message>
    <message>
        <source>Card %1 is already blacklisted.</source>
        <translation>La carte %1 est déjà sur liste noire.</translation>
    </message>
    <message>
        <source>Cannot blacklist the card: %1</source>
        <translation>Impossible de mettre la carte sur liste noire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Only a user card is replaced by another bound to its meter.</source>
        <translation>Seule une carte client est remplacée par une autre liée à son compteur.</translation>
    </message>
</context>
<context>
    <name>CardsPage</name>
    <message>
        <source>&amp;Read the card in the reader</source>
        <translation>&amp;Lire la carte dans le lecteur</translation>
    </message>
    <message>
        <source>Cannot use the card reader: %1</source>
        <translation>Impossible d&apos;utiliser le lecteur de cartes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the card: %1</source>
        <translation>Impossible de lire la carte&#xa0;: %1</translation>
    </message>
    <message>
        <source>In the ledger: %1, %2%3%4</source>
        <translation>Dans le registre&#xa0;: %1, %2%3%4</translation>
    </message>
    <message>
        <source>, meter %1</source>
        <translation>, compteur %1</translation>
    </message>
    <message>
        <source>In the ledger: never issued by this station&apos;s utility ledger.</source>
        <translation>Dans le registre&#xa0;: jamais émise par le registre du distributeur de cette station.</translation>
    </message>
    <message>
        <source>Every record on the card verifies.</source>
        <translation>Chaque enregistrement de la carte est vérifié.</translation>
    </message>
    <message>
        <source>A record on this card does not verify: keep the card and report it.</source>
        <translation>Un enregistrement de cette carte n&apos;est pas vérifié&#xa0;: gardez la carte et signalez-la.</translation>
    </message>
    <message>
        <source>Issue a function card (that kind of card in the reader)</source>
        <translation>Émettre une carte de fonction (ce type de carte dans le lecteur)</translation>
    </message>
    <message>
        <source>with the meter&apos;s tariff plan</source>
        <translation>avec le plan tarifaire du compteur</translation>
    </message>
    <message>
        <source>&amp;Write the function card</source>
        <translation>É&amp;crire la carte de fonction</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Meter number:</source>
        <translation>&amp;Numéro du compteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Preset credit:</source>
        <translation>Crédit &amp;préchargé&#xa0;:</translation>
    </message>
    <message>
        <source>New key &amp;version:</source>
        <translation>Nouvelle &amp;version de clé&#xa0;:</translation>
    </message>
    <message>
        <source>The preset credit is an amount such as 40.00.</source>
        <translation>Le crédit préchargé est un montant comme 40.00.</translation>
    </message>
    <message>
        <source>%1 written for meter %2.</source>
        <translation>%1 écrite pour le compteur %2.</translation>
    </message>
</context>
<context>
    <name>CentralReports</name>
    <message>
        <source>Cannot read the server: %1</source>
        <translation>Impossible de lire le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>This login may not read all stations: reports over all stations need a reporting login (ampcard server add-reporter).</source>
        <translation>Cet identifiant ne peut pas lire toutes les stations&#xa0;: les rapports sur toutes les stations exigent un identifiant de rapports (ampcard server add-reporter).</translation>
    </message>
    <message>
        <source>Give a day as YYYY-MM-DD.</source>
        <translation>Indiquez un jour sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The server cannot make the report: %1</source>
        <translation>Le serveur ne peut pas produire le rapport&#xa0;: %1</translation>
    </message>
    <message>
        <source>Takings of %1, all stations</source>
        <translation>Recettes du %1, toutes stations</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>Énergie (kWh)</translation>
    </message>
    <message>
        <source>Stations on the server</source>
        <translation>Stations du serveur</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Dotation</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Entrées du journal</translation>
    </message>
    <message>
        <source>Audit lines</source>
        <translation>Lignes d&apos;audit</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Dernière réception</translation>
    </message>
    <message>
        <source>Float taken</source>
        <translation>Dotation utilisée</translation>
    </message>
    <message>
        <source>Float left</source>
        <translation>Dotation restante</translation>
    </message>
    <message>
        <source>Give the period as two days, the first not after the second.</source>
        <translation>Indiquez la période par deux jours, le premier n&apos;étant pas après le second.</translation>
    </message>
    <message>
        <source>Close-out (Z) report of %1, all stations</source>
        <translation>Rapport Z de clôture du %1, toutes stations</translation>
    </message>
    <message>
        <source>Close-out (Z) report of %1 to %2, all stations</source>
        <translation>Rapport Z de clôture du %1 au %2, toutes stations</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Give a month as YYYY-MM.</source>
        <translation>Indiquez un mois sous la forme AAAA-MM.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Achats</translation>
    </message>
    <message>
        <source>Over all stations, the reports are %1, not &quot;%2&quot;.</source>
        <translation>Sur toutes les stations, les rapports sont %1, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Meter sequences sold by more than one station</source>
        <translation>Séquences de compteur vendues par plus d&apos;une station</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Compteur</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Stations</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
</context>
<context>
    <name>CentralSchema</name>
    <message>
        <source>Cannot create the Ampcard roles and schema: %1</source>
        <translation>Impossible de créer les rôles et le schéma Ampcard&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server&apos;s schema is version %1, newer than this program knows (%2): upgrade Ampcard first.</source>
        <translation>Le schéma du serveur est en version %1, plus récente que celle connue de ce programme (%2)&#xa0;: mettez d&apos;abord Ampcard à jour.</translation>
    </message>
    <message>
        <source>Step %1 of the central schema failed: %2</source>
        <translation>L&apos;étape %1 du schéma central a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>the schema version table does not hold exactly one row</source>
        <translation>la table de version du schéma ne contient pas exactement une ligne</translation>
    </message>
</context>
<context>
    <name>CentralStations</name>
    <message>
        <source>A station number is a whole number from 1.</source>
        <translation>Un numéro de station est un nombre entier à partir de 1.</translation>
    </message>
    <message>
        <source>A float cannot be negative.</source>
        <translation>Une dotation ne peut pas être négative.</translation>
    </message>
    <message>
        <source>No random bytes for the station&apos;s password.</source>
        <translation>Pas d&apos;octets aléatoires pour le mot de passe de la station.</translation>
    </message>
    <message>
        <source>Cannot read the stations: %1</source>
        <translation>Impossible de lire les stations&#xa0;: %1</translation>
    </message>
    <message>
        <source>Station %1 exists already on this server.</source>
        <translation>La station %1 existe déjà sur ce serveur.</translation>
    </message>
    <message>
        <source>Cannot add station %1: %2</source>
        <translation>Impossible d&apos;ajouter la station %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>A reporting login is a lower-case name of letters, digits and _, not starting with ampcard_: &quot;%1&quot;.</source>
        <translation>Un identifiant de rapports est un nom en minuscules fait de lettres, de chiffres et de _, ne commençant pas par ampcard_&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No random bytes for the password.</source>
        <translation>Pas d&apos;octets aléatoires pour le mot de passe.</translation>
    </message>
    <message>
        <source>Cannot add the reporting login %1: %2</source>
        <translation>Impossible d&apos;ajouter l&apos;identifiant de rapports %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot set the float of station %1: %2</source>
        <translation>Impossible de fixer la dotation de la station %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no station %1 on this server.</source>
        <translation>Il n&apos;y a pas de station %1 sur ce serveur.</translation>
    </message>
</context>
<context>
    <name>Currencies</name>
    <message>
        <source>Kenyan shilling</source>
        <translation>Shilling kényan</translation>
    </message>
    <message>
        <source>Bangladeshi taka</source>
        <translation>Taka bangladais</translation>
    </message>
    <message>
        <source>Bahraini dinar</source>
        <translation>Dinar bahreïni</translation>
    </message>
    <message>
        <source>Chinese yuan</source>
        <translation>Yuan chinois</translation>
    </message>
    <message>
        <source>Ethiopian birr</source>
        <translation>Birr éthiopien</translation>
    </message>
    <message>
        <source>Euro</source>
        <translation>Euro</translation>
    </message>
    <message>
        <source>Pound sterling</source>
        <translation>Livre sterling</translation>
    </message>
    <message>
        <source>Ghanaian cedi</source>
        <translation>Cedi ghanéen</translation>
    </message>
    <message>
        <source>Indonesian rupiah</source>
        <translation>Roupie indonésienne</translation>
    </message>
    <message>
        <source>Indian rupee</source>
        <translation>Roupie indienne</translation>
    </message>
    <message>
        <source>Jordanian dinar</source>
        <translation>Dinar jordanien</translation>
    </message>
    <message>
        <source>Kuwaiti dinar</source>
        <translation>Dinar koweïtien</translation>
    </message>
    <message>
        <source>Malawian kwacha</source>
        <translation>Kwacha malawite</translation>
    </message>
    <message>
        <source>Mozambican metical</source>
        <translation>Metical mozambicain</translation>
    </message>
    <message>
        <source>Nigerian naira</source>
        <translation>Naira nigérian</translation>
    </message>
    <message>
        <source>Omani rial</source>
        <translation>Rial omanais</translation>
    </message>
    <message>
        <source>Philippine peso</source>
        <translation>Peso philippin</translation>
    </message>
    <message>
        <source>Pakistani rupee</source>
        <translation>Roupie pakistanaise</translation>
    </message>
    <message>
        <source>Rwandan franc</source>
        <translation>Franc rwandais</translation>
    </message>
    <message>
        <source>Tunisian dinar</source>
        <translation>Dinar tunisien</translation>
    </message>
    <message>
        <source>Tanzanian shilling</source>
        <translation>Shilling tanzanien</translation>
    </message>
    <message>
        <source>Ugandan shilling</source>
        <translation>Shilling ougandais</translation>
    </message>
    <message>
        <source>US dollar</source>
        <translation>Dollar américain</translation>
    </message>
    <message>
        <source>Vietnamese dong</source>
        <translation>Dong vietnamien</translation>
    </message>
    <message>
        <source>Central African CFA franc</source>
        <translation>Franc CFA d&apos;Afrique centrale</translation>
    </message>
    <message>
        <source>West African CFA franc</source>
        <translation>Franc CFA d&apos;Afrique de l&apos;Ouest</translation>
    </message>
    <message>
        <source>South African rand</source>
        <translation>Rand sud-africain</translation>
    </message>
    <message>
        <source>Zambian kwacha</source>
        <translation>Kwacha zambien</translation>
    </message>
    <message>
        <source>UAE dirham</source>
        <translation>Dirham des Émirats arabes unis</translation>
    </message>
    <message>
        <source>Angolan kwanza</source>
        <translation>Kwanza angolais</translation>
    </message>
    <message>
        <source>Congolese franc</source>
        <translation>Franc congolais</translation>
    </message>
    <message>
        <source>Algerian dinar</source>
        <translation>Dinar algérien</translation>
    </message>
    <message>
        <source>Egyptian pound</source>
        <translation>Livre égyptienne</translation>
    </message>
    <message>
        <source>Iraqi dinar</source>
        <translation>Dinar irakien</translation>
    </message>
    <message>
        <source>Japanese yen</source>
        <translation>Yen japonais</translation>
    </message>
    <message>
        <source>Libyan dinar</source>
        <translation>Dinar libyen</translation>
    </message>
    <message>
        <source>Moroccan dirham</source>
        <translation>Dirham marocain</translation>
    </message>
    <message>
        <source>Saudi riyal</source>
        <translation>Riyal saoudien</translation>
    </message>
    <message>
        <source>The currency &quot;%1&quot; is not one the station knows: use an ISO 4217 code from the list (for example KES, XOF or KWD).</source>
        <translation>La devise «&#xa0;%1&#xa0;» n&apos;est pas connue de la station&#xa0;: utilisez un code ISO 4217 de la liste (par exemple KES, XOF ou KWD).</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Customer %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>single phase</source>
        <translation>monophasé</translation>
    </message>
    <message>
        <source>three phase</source>
        <translation>triphasé</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>suspended (no sales)</source>
        <translation>suspendu (pas de vente)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>Adr&amp;esse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe&#xa0;:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>&amp;Meter:</source>
        <translation>&amp;Compteur&#xa0;:</translation>
    </message>
    <message>
        <source>Tariff p&amp;lan:</source>
        <translation>&amp;Plan tarifaire&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;hases:</source>
        <translation>P&amp;hases&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>Ét&amp;at&#xa0;:</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Compteur</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Il n&apos;y a pas de client %1.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>CustomerModel</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Meters</source>
        <translation>Compteurs</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>The customer number is empty.</source>
        <translation>Le numéro client est vide.</translation>
    </message>
    <message>
        <source>The customer number &quot;%1&quot; starts or ends with a space.</source>
        <translation>Le numéro client « %1 » commence ou finit par une espace.</translation>
    </message>
    <message>
        <source>The customer&apos;s name is empty.</source>
        <translation>Le nom du client est vide.</translation>
    </message>
    <message>
        <source>A field is longer than %1 characters.</source>
        <translation>Un champ dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may add customers.</source>
        <translation>Seul un installateur, superviseur ou administrateur peut ajouter des clients.</translation>
    </message>
    <message>
        <source>There is already a customer with number %1.</source>
        <translation>Il existe déjà un client avec le numéro %1.</translation>
    </message>
    <message>
        <source>Cannot add the customer: %1</source>
        <translation>Impossible d&apos;ajouter le client&#xa0;: %1</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may change customers.</source>
        <translation>Seul un installateur, superviseur ou administrateur peut modifier des clients.</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Il n&apos;y a pas de client %1.</translation>
    </message>
    <message>
        <source>Cannot change the customer: %1</source>
        <translation>Impossible de modifier le client&#xa0;: %1</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may import customers.</source>
        <translation>Seul un installateur, superviseur ou administrateur peut importer des clients.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Ligne %1&#xa0;: un champ entre guillemets n&apos;est jamais fermé.</translation>
    </message>
    <message>
        <source>The file is empty: it needs the header number,name,address,phone,group.</source>
        <translation>Le fichier est vide&#xa0;: il lui faut l&apos;en-tête number,name,address,phone,group.</translation>
    </message>
    <message>
        <source>The first line must name the columns, with at least number and name.</source>
        <translation>La première ligne doit nommer les colonnes, avec au moins number et name.</translation>
    </message>
    <message>
        <source>number %1 is also on line %2.</source>
        <translation>le numéro %1 est aussi à la ligne %2.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>... and more.</source>
        <translation>... et d&apos;autres.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n line(s) need fixing.</source>
        <translation>
            <numerusform>Rien n&apos;a été importé&#xa0;: %n ligne à corriger.</numerusform>
            <numerusform>Rien n&apos;a été importé&#xa0;: %n lignes à corriger.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation>Importation impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>there is already a customer with number %1.</source>
        <translation>il existe déjà un client avec le numéro %1.</translation>
    </message>
</context>
<context>
    <name>DemoMeter</name>
    <message>
        <source>&amp;Reverse flow (power goes out)</source>
        <translation>&amp;Flux inverse (le courant sort)</translation>
    </message>
    <message>
        <source>&amp;Insert demo card 1</source>
        <translation>&amp;Insérer la carte de démo 1</translation>
    </message>
    <message>
        <source>Demo meter %1</source>
        <translation>Compteur de démo %1</translation>
    </message>
    <message>
        <source> W</source>
        <translation> W</translation>
    </message>
    <message>
        <source>real time</source>
        <translation>temps réel</translation>
    </message>
    <message>
        <source>a minute each second</source>
        <translation>une minute par seconde</translation>
    </message>
    <message>
        <source>an hour each second</source>
        <translation>une heure par seconde</translation>
    </message>
    <message>
        <source>alarm</source>
        <translation>alarme</translation>
    </message>
    <message>
        <source>trip</source>
        <translation>coupure</translation>
    </message>
    <message>
        <source>&amp;Load:</source>
        <translation>&amp;Charge&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Clock runs:</source>
        <translation>&amp;Horloge&#xa0;:</translation>
    </message>
    <message>
        <source>%1 is damaged or not the demo meter&apos;s memory: remove it to start the demo meter afresh.</source>
        <translation>%1 est endommagé ou n&apos;est pas la mémoire du compteur de démo&#xa0;: supprimez-le pour redémarrer le compteur de démo à neuf.</translation>
    </message>
    <message>
        <source>The demo meter is made with the utility&apos;s keys: a supervisor signs in with the keystore passphrase first.</source>
        <translation>Le compteur de démo est créé avec les clés du distributeur&#xa0;: un superviseur se connecte d&apos;abord avec la phrase secrète du coffre de clés.</translation>
    </message>
    <message>
        <source>Cannot set up the demo meter: %1</source>
        <translation>Impossible de préparer le compteur de démo&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sell to the demo customer on the Sell page (F5 reads the card), then insert the card here: the meter loads the purchase and counts down.</source>
        <translation>Vendez au client de démo sur la page Vente (F5 lit la carte), puis insérez la carte ici&#xa0;: le compteur charge l&apos;achat et décompte.</translation>
    </message>
    <message>
        <source>The card is back in the station&apos;s reader.</source>
        <translation>La carte est de retour dans le lecteur de la station.</translation>
    </message>
    <message>
        <source>C-00 good: the purchase is loaded.</source>
        <translation>C-00 correct&#xa0;: l&apos;achat est chargé.</translation>
    </message>
    <message>
        <source>C-01: the meter wrote its record to the card.</source>
        <translation>C-01&#xa0;: le compteur a écrit son enregistrement sur la carte.</translation>
    </message>
    <message>
        <source>C-02: nothing new on the card; the meter wrote its record to it.</source>
        <translation>C-02&#xa0;: rien de nouveau sur la carte&#xa0;; le compteur y a écrit son enregistrement.</translation>
    </message>
    <message>
        <source>C-%1: the meter refused the card (docs/meter.md lists the codes).</source>
        <translation>C-%1&#xa0;: le compteur a refusé la carte (docs/meter.md liste les codes).</translation>
    </message>
    <message>
        <source>relay closed: power on</source>
        <translation>relais fermé&#xa0;: courant établi</translation>
    </message>
    <message>
        <source>relay open: power off</source>
        <translation>relais ouvert&#xa0;: courant coupé</translation>
    </message>
    <message>
        <source>%1 · forward %2 kWh · reverse %3 kWh · %4</source>
        <translation>%1 · direct %2 kWh · inverse %3 kWh · %4</translation>
    </message>
</context>
<context>
    <name>Fees</name>
    <message>
        <source>VAT must be between 0 and 100 %.</source>
        <translation>La TVA doit être entre 0 et 100 %.</translation>
    </message>
    <message>
        <source>The debt share of a payment must be at least 0 and under 100 %.</source>
        <translation>La part de dette d&apos;un paiement doit être d&apos;au moins 0 et inférieure à 100 %.</translation>
    </message>
    <message>
        <source>Fee amounts cannot be negative.</source>
        <translation>Les montants des frais ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <source>%1 does not cover this month&apos;s fixed charge of %2.</source>
        <translation>%1 ne couvre pas la redevance de ce mois (%2).</translation>
    </message>
    <message>
        <source>Nothing of %1 is left for electricity after the charges.</source>
        <translation>Il ne reste rien de %1 pour l&apos;électricité après les frais.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>The amount is too large for one sale.</source>
        <translation>Le montant est trop élevé pour une seule vente.</translation>
    </message>
    <message>
        <source>The least one can buy is %1.</source>
        <translation>L&apos;achat minimum est %1.</translation>
    </message>
    <message>
        <source>This purchase would take the meter above its limit of %1 (it holds about %2): sell less.</source>
        <translation>Cet achat ferait dépasser au compteur son plafond de crédit de %1 (il contient environ %2)&#xa0;: vendez moins.</translation>
    </message>
    <message>
        <source>The energy must be more than zero.</source>
        <translation>L&apos;énergie doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>%1 is not an amount of cash: the currency is counted in units of %2.</source>
        <translation>%1 n&apos;est pas un montant en espèces&#xa0;: la devise se compte par unités de %2.</translation>
    </message>
</context>
<context>
    <name>KeyCustody</name>
    <message>
        <source>%1 holds the keys of utility %2; this station sells for utility %3.</source>
        <translation>%1 contient les clés du distributeur %2&#xa0;; cette station vend pour le distributeur %3.</translation>
    </message>
    <message>
        <source>Only a supervisor or administrator may back up the keys.</source>
        <translation>Seul un superviseur ou un administrateur peut sauvegarder les clés.</translation>
    </message>
    <message>
        <source>%1 exists already; a key backup never overwrites a file.</source>
        <translation>%1 existe déjà&#xa0;; une sauvegarde de clés n&apos;écrase jamais un fichier.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>The copy %1 does not open: it was removed.</source>
        <translation>La copie %1 ne s&apos;ouvre pas&#xa0;: elle a été supprimée.</translation>
    </message>
    <message>
        <source>Only a supervisor or administrator may restore the keys.</source>
        <translation>Seul un superviseur ou un administrateur peut restaurer les clés.</translation>
    </message>
    <message>
        <source>Cannot copy %1 beside the keystore.</source>
        <translation>Impossible de copier %1 à côté du coffre de clés.</translation>
    </message>
    <message>
        <source>Cannot move the current keystore aside.</source>
        <translation>Impossible de mettre de côté le coffre de clés actuel.</translation>
    </message>
    <message>
        <source>Cannot put the backup in place.</source>
        <translation>Impossible de mettre la sauvegarde en place.</translation>
    </message>
    <message>
        <source>Only a supervisor or administrator may change the keystore passphrase.</source>
        <translation>Seul un superviseur ou un administrateur peut changer la phrase secrète du coffre de clés.</translation>
    </message>
    <message>
        <source>The new passphrase needs 8 characters or more.</source>
        <translation>La nouvelle phrase secrète doit avoir 8 caractères ou plus.</translation>
    </message>
    <message>
        <source>The new passphrase is the old one.</source>
        <translation>La nouvelle phrase secrète est l&apos;ancienne.</translation>
    </message>
    <message>
        <source>Cannot change the passphrase: %1</source>
        <translation>Impossible de changer la phrase secrète&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>The ledger file is damaged: restore the newest backup (Administration or &quot;ampcard restore&quot;) and keep this file for the auditors.</source>
        <translation>Le fichier du registre est endommagé&#xa0;: restaurez la sauvegarde la plus récente (Administration ou &quot;ampcard restore&quot;) et gardez ce fichier pour les auditeurs.</translation>
    </message>
    <message>
        <source>The disk holding the ledger is full: free space on it.</source>
        <translation>Le disque du registre est plein&#xa0;: libérez de l&apos;espace.</translation>
    </message>
    <message>
        <source>The ledger is busy: another program (a second station window or the ampcard tool) is writing to it. Nothing was recorded; try again in a moment.</source>
        <translation>Le registre est occupé&#xa0;: un autre programme (une deuxième fenêtre de station ou l&apos;outil ampcard) y écrit. Rien n&apos;a été enregistré&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>There is no ledger at %1. Create one with &quot;ampcard init&quot;.</source>
        <translation>Il n&apos;y a pas de registre dans %1. Créez-en un avec &quot;ampcard init&quot;.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot open the ledger %1: %2</source>
        <translation>Impossible d&apos;ouvrir le registre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a ledger (or it is damaged): %2</source>
        <translation>%1 n&apos;est pas un registre (ou il est endommagé)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The ledger %1 has schema version %2; this program knows up to %3. Install the newer Ampcard that wrote it.</source>
        <translation>Le registre %1 a la version de schéma %2&#xa0;; ce programme connaît jusqu&apos;à %3. Installez la version plus récente d&apos;Ampcard qui l&apos;a écrit.</translation>
    </message>
    <message>
        <source>%1 is an SQLite file but not an Ampcard ledger.</source>
        <translation>%1 est un fichier SQLite mais pas un registre Ampcard.</translation>
    </message>
    <message>
        <source>Cannot set up the ledger %1: %2</source>
        <translation>Impossible de préparer le registre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot bring the ledger %1 to schema version %2: %3</source>
        <translation>Impossible de passer le registre %1 à la version de schéma %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The ledger %1 has no station id: it is damaged.</source>
        <translation>Le registre %1 n&apos;a pas d&apos;identifiant de station&#xa0;: il est endommagé.</translation>
    </message>
    <message>
        <source>The keystore did not give a ledger key.</source>
        <translation>Le coffre de clés n&apos;a pas fourni de clé de registre.</translation>
    </message>
    <message>
        <source>This keystore did not seal this ledger (audit line %1 does not verify under its key): it holds another master key, or the line was edited. Run &quot;ampcard ledger verify&quot;.</source>
        <translation>Ce coffre de clés n&apos;a pas scellé ce registre (la ligne d&apos;audit %1 n&apos;est pas vérifiée avec sa clé)&#xa0;: il contient une autre clé maître, ou la ligne a été modifiée. Lancez &quot;ampcard ledger verify&quot;.</translation>
    </message>
    <message>
        <source>The ledger is busy or read-only: %1</source>
        <translation>Le registre est occupé ou en lecture seule&#xa0;: %1</translation>
    </message>
    <message>
        <source>the journal and the audit log are sealed with the station&apos;s key from here on</source>
        <translation>le journal et le journal d&apos;audit sont désormais scellés avec la clé de la station</translation>
    </message>
    <message>
        <source>Cannot key the ledger: %1</source>
        <translation>Impossible d&apos;associer une clé au registre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Money is written to the ledger only sealed with the station&apos;s key: unlock the keystore first.</source>
        <translation>L&apos;argent n&apos;est écrit dans le registre que scellé avec la clé de la station&#xa0;: déverrouillez d&apos;abord le coffre de clés.</translation>
    </message>
    <message>
        <source>Cannot write to the ledger: %1</source>
        <translation>Impossible d&apos;écrire dans le registre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Operators, settings and tariffs of this ledger change only sealed with the station&apos;s key: unlock the keystore first (--keystore, AMPCARD_PASSPHRASE).</source>
        <translation>Les opérateurs, réglages et tarifs de ce registre ne changent que scellés avec la clé de la station&#xa0;: déverrouillez d&apos;abord le coffre de clés (--keystore, AMPCARD_PASSPHRASE).</translation>
    </message>
    <message>
        <source>Cannot write to the audit log: %1</source>
        <translation>Impossible d&apos;écrire dans le journal d&apos;audit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot seal the station&apos;s state: %1</source>
        <translation>Impossible de sceller l&apos;état de la station&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot store the setting %1: %2</source>
        <translation>Impossible d&apos;enregistrer le réglage %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The setting %1 is the ledger&apos;s own.</source>
        <translation>Le réglage %1 appartient au registre lui-même.</translation>
    </message>
    <message>
        <source>Settings of this ledger change only sealed with the station&apos;s key: unlock the keystore first (--keystore, AMPCARD_PASSPHRASE).</source>
        <translation>Les réglages de ce registre ne changent que scellés avec la clé de la station&#xa0;: déverrouillez d&apos;abord le coffre de clés (--keystore, AMPCARD_PASSPHRASE).</translation>
    </message>
    <message>
        <source>The journal cannot be read: %1</source>
        <translation>Le journal ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Entry %1 follows entry %2: the entries between were removed.</source>
        <translation>L&apos;entrée %1 suit l&apos;entrée %2&#xa0;: les entrées intermédiaires ont été supprimées.</translation>
    </message>
    <message>
        <source>Entry %1 does not follow the entry before it: an entry was replaced or its seal rewritten.</source>
        <translation>L&apos;entrée %1 ne suit pas l&apos;entrée précédente&#xa0;: une entrée a été remplacée ou son sceau réécrit.</translation>
    </message>
    <message>
        <source>Entry %1 does not match its seal: it was edited after it was written (a seal computed again without the station&apos;s key does not verify).</source>
        <translation>L&apos;entrée %1 ne correspond pas à son sceau&#xa0;: elle a été modifiée après écriture (un sceau recalculé sans la clé de la station n&apos;est pas vérifié).</translation>
    </message>
    <message>
        <source>Entry %1 is not sealed with the station&apos;s key, though the journal is sealed from entry %2: it was written outside the station.</source>
        <translation>L&apos;entrée %1 n&apos;est pas scellée avec la clé de la station, alors que le journal est scellé depuis l&apos;entrée %2&#xa0;: elle a été écrite hors de la station.</translation>
    </message>
    <message>
        <source>Entry %1 does not match its hash: it was edited after it was written.</source>
        <translation>L&apos;entrée %1 ne correspond pas à son hachage&#xa0;: elle a été modifiée après écriture.</translation>
    </message>
    <message>
        <source>The journal ends at entry %1 but its head records %2: the newest entries were removed.</source>
        <translation>Le journal finit à l&apos;entrée %1 mais son en-tête indique %2&#xa0;: les entrées les plus récentes ont été supprimées.</translation>
    </message>
    <message>
        <source>Entries 1 to %1 were written before the journal was keyed; they are held by the seals after them.</source>
        <translation>Les entrées 1 à %1 ont été écrites avant que le journal ait une clé&#xa0;; elles sont garanties par les sceaux qui les suivent.</translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>Le journal d&apos;audit ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Audit line %1 is not chained, though the audit log is chained before it: it was written outside the station.</source>
        <translation>La ligne d&apos;audit %1 n&apos;est pas chaînée, alors que le journal d&apos;audit est chaîné avant elle&#xa0;: elle a été écrite hors de la station.</translation>
    </message>
    <message>
        <source>Audit line %1 follows line %2: the lines between were removed.</source>
        <translation>La ligne d&apos;audit %1 suit la ligne %2&#xa0;: les lignes intermédiaires ont été supprimées.</translation>
    </message>
    <message>
        <source>Audit line %1 does not follow the line before it: a line was replaced or its seal rewritten.</source>
        <translation>La ligne d&apos;audit %1 ne suit pas la ligne précédente&#xa0;: une ligne a été remplacée ou son sceau réécrit.</translation>
    </message>
    <message>
        <source>Audit line %1 (%2) does not match its seal: it was edited after it was written.</source>
        <translation>La ligne d&apos;audit %1 (%2) ne correspond pas à son sceau&#xa0;: elle a été modifiée après écriture.</translation>
    </message>
    <message>
        <source>Audit line %1 (%2) does not match its hash: it was edited after it was written.</source>
        <translation>La ligne d&apos;audit %1 (%2) ne correspond pas à son hachage&#xa0;: elle a été modifiée après écriture.</translation>
    </message>
    <message>
        <source>Audit line %1 (%2) changes operators, settings or tariffs without the station&apos;s key, though the ledger is keyed from line %3: it was written outside the station.</source>
        <translation>La ligne d&apos;audit %1 (%2) modifie des opérateurs, réglages ou tarifs sans la clé de la station, alors que le registre a une clé depuis la ligne %3&#xa0;: elle a été écrite hors de la station.</translation>
    </message>
    <message>
        <source>The audit log ends at line %1 but its head records %2: the newest lines were removed.</source>
        <translation>Le journal d&apos;audit finit à la ligne %1 mais son en-tête indique %2&#xa0;: les lignes les plus récentes ont été supprimées.</translation>
    </message>
    <message numerus="yes">
        <source>%n audit line(s) from before the audit log was chained are not covered.</source>
        <translation>
            <numerusform>%n ligne d&apos;audit antérieure au chaînage du journal d&apos;audit n&apos;est pas couverte.</numerusform>
            <numerusform>%n lignes d&apos;audit antérieures au chaînage du journal d&apos;audit ne sont pas couvertes.</numerusform>
        </translation>
    </message>
    <message>
        <source>This ledger was never opened with the keystore: its lines are chained but not sealed with the station&apos;s key.</source>
        <translation>Ce registre n&apos;a jamais été ouvert avec le coffre de clés&#xa0;: ses lignes sont chaînées mais pas scellées avec la clé de la station.</translation>
    </message>
    <message numerus="yes">
        <source>%n audit line(s) after the ledger was keyed were written without the keystore (sign-ins, customer and meter records at the command line): their place in the chain is checked, their author is not.</source>
        <translation>
            <numerusform>%n ligne d&apos;audit postérieure à la mise en clé du registre a été écrite sans le coffre de clés (connexions, fiches clients et compteurs en ligne de commande)&#xa0;: sa place dans la chaîne est vérifiée, pas son auteur.</numerusform>
            <numerusform>%n lignes d&apos;audit postérieures à la mise en clé du registre ont été écrites sans le coffre de clés (connexions, fiches clients et compteurs en ligne de commande)&#xa0;: leur place dans la chaîne est vérifiée, pas leur auteur.</numerusform>
        </translation>
    </message>
    <message>
        <source>The protected tables cannot be read: %1</source>
        <translation>Les tables protégées ne peuvent pas être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>The table %1 differs from what audit line %2 sealed: it was changed outside the station.</source>
        <translation>La table %1 diffère de ce que la ligne d&apos;audit %2 a scellé&#xa0;: elle a été modifiée hors de la station.</translation>
    </message>
    <message>
        <source>Audit line %1 (%2) changes operators, settings or tariffs without the station&apos;s key: it was written outside the station.</source>
        <translation>La ligne d&apos;audit %1 (%2) modifie des opérateurs, réglages ou tarifs sans la clé de la station&#xa0;: elle a été écrite hors de la station.</translation>
    </message>
    <message>
        <source>The ledger file is damaged: %1. Restore the newest backup; keep this file for the auditors.</source>
        <translation>Le fichier du registre est endommagé&#xa0;: %1. Restaurez la sauvegarde la plus récente&#xa0;; gardez ce fichier pour les auditeurs.</translation>
    </message>
    <message numerus="yes">
        <source>Checked without the keystore: the links of %n line(s) hold, but their seals were not checked, so a line edited and sealed again by hand cannot be told from the original. Give the keystore (--keystore, AMPCARD_PASSPHRASE) to check them.</source>
        <translation>
            <numerusform>Vérifié sans le coffre de clés&#xa0;: les liens de %n ligne tiennent, mais son sceau n&apos;a pas été vérifié, donc une ligne modifiée et rescellée à la main ne se distingue pas de l&apos;originale. Fournissez le coffre de clés (--keystore, AMPCARD_PASSPHRASE) pour la vérifier.</numerusform>
            <numerusform>Vérifié sans le coffre de clés&#xa0;: les liens de %n lignes tiennent, mais leurs sceaux n&apos;ont pas été vérifiés, donc une ligne modifiée et rescellée à la main ne se distingue pas de l&apos;originale. Fournissez le coffre de clés (--keystore, AMPCARD_PASSPHRASE) pour les vérifier.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sales cannot be checked against the journal: %1</source>
        <translation>Les ventes ne peuvent pas être comparées au journal&#xa0;: %1</translation>
    </message>
    <message>
        <source>Journal entry %1 (%2 %3) has no sales row: the row was removed.</source>
        <translation>L&apos;entrée de journal %1 (%2 %3) n&apos;a pas de ligne de vente&#xa0;: la ligne a été supprimée.</translation>
    </message>
    <message>
        <source>Sale %1 is &quot;%2&quot; though journal entry %3 records it taken: its state was changed.</source>
        <translation>La vente %1 est à l&apos;état « %2 » alors que l&apos;entrée de journal %3 l&apos;enregistre comme encaissée&#xa0;: son état a été modifié.</translation>
    </message>
    <message>
        <source>Sale %1 is marked cancelled but no completed cancellation refers to it: its state was changed.</source>
        <translation>La vente %1 est marquée annulée mais aucune annulation terminée ne s&apos;y réfère&#xa0;: son état a été modifié.</translation>
    </message>
    <message>
        <source>Sale %1 counts as taken but has no journal entry: it was not sold here.</source>
        <translation>La vente %1 compte comme encaissée mais n&apos;a pas d&apos;entrée de journal&#xa0;: elle n&apos;a pas été vendue ici.</translation>
    </message>
    <message>
        <source>Sale %1 differs from journal entry %2 in %3: the sales row was edited.</source>
        <translation>La vente %1 diffère de l&apos;entrée de journal %2 sur %3&#xa0;: la ligne de vente a été modifiée.</translation>
    </message>
    <message>
        <source>the sale it belongs to</source>
        <translation>la vente à laquelle elle appartient</translation>
    </message>
    <message>
        <source>the amount paid</source>
        <translation>le montant payé</translation>
    </message>
    <message>
        <source>the energy</source>
        <translation>l&apos;énergie</translation>
    </message>
    <message>
        <source>the operator</source>
        <translation>l&apos;opérateur</translation>
    </message>
    <message>
        <source>the receipt</source>
        <translation>le reçu</translation>
    </message>
    <message>
        <source>the time of sale</source>
        <translation>l&apos;heure de vente</translation>
    </message>
    <message>
        <source>the fixed charge</source>
        <translation>la redevance</translation>
    </message>
    <message>
        <source>the debt recovered</source>
        <translation>la dette recouvrée</translation>
    </message>
    <message>
        <source>the VAT</source>
        <translation>la TVA</translation>
    </message>
    <message>
        <source>the credit</source>
        <translation>le crédit</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1&#xa0;: %2 -&gt; %3</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keystore passphrase:</source>
        <translation>P&amp;hrase secrète du coffre de clés&#xa0;:</translation>
    </message>
    <message>
        <source>Sign in — %1</source>
        <translation>Connexion — %1</translation>
    </message>
    <message>
        <source>Locked — %1</source>
        <translation>Verrouillé — %1</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Opérateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Recover a locked login…</source>
        <translation>&amp;Récupérer un identifiant verrouillé…</translation>
    </message>
    <message>
        <source>Recover a locked login — %1</source>
        <translation>Récupérer un identifiant verrouillé — %1</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>The keystore&apos;s passphrase unlocks the login and sets its new password; the recovery goes to the audit log.</source>
        <translation>La phrase secrète du coffre de clés déverrouille l&apos;identifiant et fixe son nouveau mot de passe&#xa0;; la récupération est consignée au journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Give the locked login and a new password of 8 characters or more.</source>
        <translation>Indiquez l&apos;identifiant verrouillé et un nouveau mot de passe de 8 caractères ou plus.</translation>
    </message>
    <message>
        <source>The keystore did not open: %1. Recovery refused.</source>
        <translation>Le coffre de clés ne s&apos;est pas ouvert&#xa0;: %1. Récupération refusée.</translation>
    </message>
    <message>
        <source>The keystore did not open: %1. Cards cannot be written until a supervisor unlocks it.</source>
        <translation>Le coffre de clés ne s&apos;est pas ouvert&#xa0;: %1. Les cartes ne peuvent pas être écrites avant qu&apos;un superviseur le déverrouille.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ampcard Station — %1</source>
        <translation>Ampcard Station — %1</translation>
    </message>
    <message>
        <source>&amp;Sell</source>
        <translation>&amp;Vente</translation>
    </message>
    <message>
        <source>S&amp;hift</source>
        <translation>&amp;Ma caisse</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>C&amp;omptes</translation>
    </message>
    <message>
        <source>&amp;Cards</source>
        <translation>&amp;Cartes</translation>
    </message>
    <message>
        <source>&amp;Tariffs</source>
        <translation>&amp;Tarifs</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>Ad&amp;ministration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <source>&amp;Card reader</source>
        <translation>&amp;Lecteur de cartes</translation>
    </message>
    <message>
        <source>Read the card (F5)</source>
        <translation>Lire la carte (F5)</translation>
    </message>
    <message>
        <source>Insert demo card %1</source>
        <translation>Insérer la carte de démo %1</translation>
    </message>
    <message>
        <source>Pull the card</source>
        <translation>Retirer la carte</translation>
    </message>
    <message>
        <source>&amp;Demo meter</source>
        <translation>Compteur de &amp;démo</translation>
    </message>
    <message>
        <source>S&amp;ession</source>
        <translation>Co&amp;nnexion</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>no shift open</source>
        <translation>aucune caisse ouverte</translation>
    </message>
    <message>
        <source>shift open since %1</source>
        <translation>caisse ouverte depuis %1</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · reader: %4</source>
        <translation>%1 (%2) · %3 · lecteur&#xa0;: %4</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>&amp;Open my shift</source>
        <translation>&amp;Ouvrir ma caisse</translation>
    </message>
    <message>
        <source>&amp;Close my shift and print the Z report</source>
        <translation>&amp;Fermer ma caisse et imprimer le rapport Z</translation>
    </message>
    <message>
        <source>Shift open. Good selling.</source>
        <translation>Caisse ouverte. Bonnes ventes.</translation>
    </message>
    <message>
        <source>Shift closed; the Z report is sealed and saved as %1.</source>
        <translation>Caisse fermée&#xa0;; le rapport Z est scellé et enregistré sous %1.</translation>
    </message>
    <message>
        <source>day, month (YYYY-MM), login or customer number</source>
        <translation>jour, mois (AAAA-MM), identifiant ou numéro client</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>E&amp;xécuter</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter C&amp;SV…</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>Imprim&amp;er…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n tariff, fee or operator change(s) from other stations applied.</source>
        <translation>
            <numerusform>%n changement de tarif, de frais ou d&apos;opérateur venant d&apos;autres stations appliqué.</numerusform>
            <numerusform>%n changements de tarif, de frais ou d&apos;opérateur venant d&apos;autres stations appliqués.</numerusform>
        </translation>
    </message>
    <message>
        <source>All statio&amp;ns</source>
        <translation>Toutes les stat&amp;ions</translation>
    </message>
    <message>
        <source>Run the report on the central server over every station</source>
        <translation>Exécuter le rapport sur le serveur central pour toutes les stations</translation>
    </message>
    <message>
        <source>Reporting ser&amp;ver…</source>
        <translation>Serve&amp;ur de rapports…</translation>
    </message>
    <message>
        <source>day, or month (YYYY-MM)</source>
        <translation>jour, ou mois (AAAA-MM)</translation>
    </message>
    <message>
        <source>Reporting server</source>
        <translation>Serveur de rapports</translation>
    </message>
    <message>
        <source>The URL of the reporting login (ampcard server add-reporter). It is kept without its password.</source>
        <translation>L&apos;URL de l&apos;identifiant de rapports (ampcard server add-reporter). Elle est conservée sans son mot de passe.</translation>
    </message>
    <message>
        <source>Reports over all stations are for a supervisor of a station that has joined a server.</source>
        <translation>Les rapports sur toutes les stations sont réservés au superviseur d&apos;une station qui a rejoint un serveur.</translation>
    </message>
    <message>
        <source>The password of the reporting login %1:</source>
        <translation>Mot de passe de l&apos;identifiant de rapports %1&#xa0;:</translation>
    </message>
    <message>
        <source>Asking the central server…</source>
        <translation>Interrogation du serveur central…</translation>
    </message>
</context>
<context>
    <name>Meters</name>
    <message>
        <source>Only an installer, supervisor or administrator may register meters.</source>
        <translation>Seul un installateur, superviseur ou administrateur peut enregistrer des compteurs.</translation>
    </message>
    <message>
        <source>A meter number has 12 digits; &quot;%1&quot; does not.</source>
        <translation>Un numéro de compteur a 12 chiffres&#xa0;; « %1 » non.</translation>
    </message>
    <message>
        <source>A meter has 1 or 3 phases.</source>
        <translation>Un compteur a 1 ou 3 phases.</translation>
    </message>
    <message>
        <source>The key version is 1 to 255.</source>
        <translation>La version de clé va de 1 à 255.</translation>
    </message>
    <message>
        <source>There is no tariff plan &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas de plan tarifaire « %1 ».</translation>
    </message>
    <message>
        <source>Cannot read the customers: %1</source>
        <translation>Impossible de lire les clients&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no customer with number %1.</source>
        <translation>Il n&apos;y a pas de client avec le numéro %1.</translation>
    </message>
    <message>
        <source>Meter %1 is already registered.</source>
        <translation>Le compteur %1 est déjà enregistré.</translation>
    </message>
    <message>
        <source>Cannot register the meter: %1</source>
        <translation>Impossible d&apos;enregistrer le compteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may change meters.</source>
        <translation>Seul un installateur, superviseur ou administrateur peut changer des compteurs.</translation>
    </message>
    <message>
        <source>Meter %1 is not registered.</source>
        <translation>Le compteur %1 n&apos;est pas enregistré.</translation>
    </message>
    <message>
        <source>Meter %1 was removed (replaced by %2).</source>
        <translation>Le compteur %1 a été retiré (remplacé par %2).</translation>
    </message>
    <message>
        <source>A meter is active or suspended; a meter change removes one.</source>
        <translation>Un compteur est actif ou suspendu&#xa0;; un changement de compteur en retire un.</translation>
    </message>
    <message>
        <source>Cannot change the meter: %1</source>
        <translation>Impossible de modifier le compteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspendu</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retiré</translation>
    </message>
</context>
<context>
    <name>MoneyFormat</name>
    <message>
        <source>%1 is too large an amount.</source>
        <translation>%1 est un montant trop élevé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: write it like %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant&#xa0;: écrivez-le comme %2.</translation>
    </message>
    <message>
        <source>Enter an amount, like %1.</source>
        <translation>Saisissez un montant, comme %1.</translation>
    </message>
    <message>
        <source>%1 has no decimals: enter a whole amount.</source>
        <translation>%1 n&apos;a pas de décimales&#xa0;: saisissez un montant entier.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is counted to %n decimal place(s): %2 has more.</source>
        <translation>
            <numerusform>%1 se compte à %n décimale&#xa0;: %2 en a plus.</numerusform>
            <numerusform>%1 se compte à %n décimales&#xa0;: %2 en a plus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Rejoindre</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>the URL printed by ampcard server add-station</source>
        <translation>l&apos;URL affichée par ampcard server add-station</translation>
    </message>
    <message>
        <source>when the URL holds none</source>
        <translation>si l&apos;URL n&apos;en contient pas</translation>
    </message>
    <message>
        <source>the utility&apos;s CA certificate, when the URL names none</source>
        <translation>le certificat CA du distributeur, si l&apos;URL n&apos;en indique pas</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Ser&amp;veur&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tation number:</source>
        <translation>&amp;Numéro de station&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Fichier &amp;CA&#xa0;:</translation>
    </message>
    <message>
        <source>This station sells on its own ledger only (stand-alone).</source>
        <translation>Cette station vend sur son seul registre (autonome).</translation>
    </message>
    <message>
        <source>Station %1 of %2
Float left: %3
%4
Last error: %5</source>
        <translation>Station %1 sur %2
Dotation restante&#xa0;: %3
%4
Dernière erreur&#xa0;: %5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Only an administrator joins the station to a server.</source>
        <translation>Seul un administrateur fait rejoindre un serveur à la station.</translation>
    </message>
    <message>
        <source>Cannot join the server: %1</source>
        <translation>Impossible de rejoindre le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Joined as station %1; %2 journal entries and %3 audit lines sent.</source>
        <translation>Serveur rejoint comme station %1&#xa0;; %2 entrées de journal et %3 lignes d&apos;audit envoyées.</translation>
    </message>
    <message>
        <source>The push stopped: %1</source>
        <translation>L&apos;envoi s&apos;est arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Joined, but the upload stopped (%1). It goes on by itself.</source>
        <translation>Serveur rejoint, mais l&apos;envoi s&apos;est arrêté (%1). Il reprendra de lui-même.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Other station</source>
        <translation>Autre station</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>The same number made at two stations: the first one to reach the server holds it. Settle each with the other station.</source>
        <translation>Le même numéro a été créé dans deux stations&#xa0;: le premier arrivé au serveur le garde. Réglez chaque cas avec l&apos;autre station.</translation>
    </message>
    <message>
        <source>refused by the server: the other station&apos;s holds it</source>
        <translation>refusé par le serveur&#xa0;: celui de l&apos;autre station le détient</translation>
    </message>
    <message>
        <source>the other station&apos;s not taken: this one has its own</source>
        <translation>celui de l&apos;autre station n&apos;est pas repris&#xa0;: celle-ci a le sien</translation>
    </message>
    <message>
        <source>Sent %1 journal entries and %2 audit lines; %3 records sent, %4 taken from other stations.</source>
        <translation>%1 entrées de journal et %2 lignes d&apos;audit envoyées&#xa0;; %3 enregistrements envoyés, %4 reçus d&apos;autres stations.</translation>
    </message>
</context>
<context>
    <name>Operators</name>
    <message>
        <source>An operator&apos;s login must not be empty or start or end with a space.</source>
        <translation>L&apos;identifiant d&apos;un opérateur ne doit pas être vide ni commencer ou finir par une espace.</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>Un mot de passe doit avoir au moins 8 caractères.</translation>
    </message>
    <message>
        <source>The password could not be hashed (OpenSSL failed).</source>
        <translation>Le mot de passe n&apos;a pas pu être haché (échec d&apos;OpenSSL).</translation>
    </message>
    <message>
        <source>There is already an operator &quot;%1&quot;.</source>
        <translation>Il existe déjà un opérateur « %1 ».</translation>
    </message>
    <message>
        <source>Cannot add the operator: %1</source>
        <translation>Impossible d&apos;ajouter l&apos;opérateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>This ledger already has operators; an administrator adds the others.</source>
        <translation>Ce registre a déjà des opérateurs&#xa0;; un administrateur ajoute les autres.</translation>
    </message>
    <message>
        <source>Only an administrator may add operators.</source>
        <translation>Seul un administrateur peut ajouter des opérateurs.</translation>
    </message>
    <message>
        <source>Unknown operator or wrong password.</source>
        <translation>Opérateur inconnu ou mot de passe erroné.</translation>
    </message>
    <message>
        <source>Operator &quot;%1&quot; is locked after %2 wrong passwords; an administrator must unlock it.</source>
        <translation>L&apos;opérateur « %1 » est verrouillé après %2 mots de passe erronés&#xa0;; un administrateur doit le déverrouiller.</translation>
    </message>
    <message>
        <source>Cannot record the sign-in: %1</source>
        <translation>Impossible d&apos;enregistrer la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sign-in refused: %1 Run &quot;ampcard ledger verify&quot; and call the auditors; restore the newest good backup.</source>
        <translation>Connexion refusée&#xa0;: %1 Lancez &quot;ampcard ledger verify&quot; (vérification du registre) et appelez les auditeurs&#xa0;; restaurez la sauvegarde saine la plus récente.</translation>
    </message>
    <message>
        <source>Wrong password. Operator &quot;%1&quot; is now locked; an administrator must unlock it.</source>
        <translation>Mot de passe erroné. L&apos;opérateur « %1 » est maintenant verrouillé&#xa0;; un administrateur doit le déverrouiller.</translation>
    </message>
    <message>
        <source>Cannot change the operator: %1</source>
        <translation>Impossible de modifier l&apos;opérateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no operator &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas d&apos;opérateur « %1 ».</translation>
    </message>
    <message>
        <source>Recovering an operator needs the keystore&apos;s passphrase.</source>
        <translation>Récupérer un opérateur exige la phrase secrète du coffre de clés.</translation>
    </message>
    <message>
        <source>Cannot recover the operator: %1</source>
        <translation>Impossible de récupérer l&apos;opérateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Only an administrator may unlock operators.</source>
        <translation>Seul un administrateur peut déverrouiller des opérateurs.</translation>
    </message>
    <message>
        <source>Only an administrator may set another operator&apos;s password.</source>
        <translation>Seul un administrateur peut fixer le mot de passe d&apos;un autre opérateur.</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>The server address is not a valid PostgreSQL URL: %1</source>
        <translation>L&apos;adresse du serveur n&apos;est pas une URL PostgreSQL valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot connect to the server: %1</source>
        <translation>Impossible de se connecter au serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>the connection to the server was lost</source>
        <translation>la connexion au serveur a été perdue</translation>
    </message>
</context>
<context>
    <name>QuoteModel</name>
    <message>
        <source>Fixed charge</source>
        <translation>Redevance</translation>
    </message>
    <message>
        <source>first purchase of the month</source>
        <translation>premier achat du mois</translation>
    </message>
    <message>
        <source>Debt recovered</source>
        <translation>Dette recouvrée</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Electricity credit</source>
        <translation>Crédit d&apos;électricité</translation>
    </message>
    <message>
        <source>  step %1</source>
        <translation>  tranche %1</translation>
    </message>
    <message>
        <source>%1 kWh at %2</source>
        <translation>%1 kWh à %2</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <translation>%1 kWh</translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation>Total à payer</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Arrondi</translation>
    </message>
</context>
<context>
    <name>ReceiptFinder</name>
    <message>
        <source>scan the receipt&apos;s QR code, or type its number</source>
        <translation>scannez le code QR du reçu, ou tapez son numéro</translation>
    </message>
    <message>
        <source>&amp;Find receipt:</source>
        <translation>&amp;Chercher un reçu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Print a&amp;gain</source>
        <translation>Réimpri&amp;mer</translation>
    </message>
    <message>
        <source>Receipt %1. Ctrl+P prints it again.</source>
        <translation>Reçu %1. Ctrl+P le réimprime.</translation>
    </message>
    <message>
        <source>The receipt was printed again.</source>
        <translation>Le reçu a été réimprimé.</translation>
    </message>
    <message>
        <source>The receipt did not print: %1</source>
        <translation>Le reçu ne s&apos;est pas imprimé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>There is no printer &quot;%1&quot; on this computer: choose another in Administration.</source>
        <translation>Il n&apos;y a pas d&apos;imprimante « %1 » sur cet ordinateur&#xa0;: choisissez-en une autre dans Administration.</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; cannot print now.</source>
        <translation>L&apos;imprimante « %1 » ne peut pas imprimer maintenant.</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; reported an error.</source>
        <translation>L&apos;imprimante « %1 » a signalé une erreur.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n ligne.</numerusform>
            <numerusform>%n lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No receipt printer device is set: an administrator sets it in Administration (for example /dev/usb/lp0 or /dev/ttyUSB0).</source>
        <translation>Aucun périphérique d&apos;imprimante de reçus n&apos;est défini&#xa0;: un administrateur le définit dans Administration (par exemple /dev/usb/lp0 ou /dev/ttyUSB0).</translation>
    </message>
    <message>
        <source>The receipt printer is a system printer, not a thermal one.</source>
        <translation>L&apos;imprimante de reçus est une imprimante du système, pas une imprimante thermique.</translation>
    </message>
</context>
<context>
    <name>ReferenceSync</name>
    <message>
        <source>Cannot read the reference outbox: %1</source>
        <translation>Impossible de lire la file d&apos;envoi des références&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read a %1 for the server: %2</source>
        <translation>Impossible de lire un enregistrement %1 pour le serveur&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server refused reference records: %1</source>
        <translation>Le serveur a refusé des enregistrements de référence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot clear what the server took from the reference outbox: %1</source>
        <translation>Impossible de retirer de la file d&apos;envoi des références ce que le serveur a reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot pull reference records: %1</source>
        <translation>Impossible de récupérer les enregistrements de référence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot apply reference records: %1</source>
        <translation>Impossible d&apos;appliquer les enregistrements de référence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot apply a %1 from station %2: %3</source>
        <translation>Impossible d&apos;appliquer un enregistrement %1 de la station %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot apply reference records: cannot note the revision.</source>
        <translation>Impossible d&apos;appliquer les enregistrements de référence&#xa0;: impossible de noter la révision.</translation>
    </message>
    <message>
        <source>Cannot read the clashes the server found: %1</source>
        <translation>Impossible de lire les conflits trouvés par le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot note a clash: %1</source>
        <translation>Impossible de noter un conflit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot note a clash.</source>
        <translation>Impossible de noter un conflit.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>The report is refused: its sales do not agree with the sealed journal. %1 Run &quot;ampcard ledger verify&quot; and call the auditors.</source>
        <translation>Le rapport est refusé&#xa0;: ses ventes ne concordent pas avec le journal scellé. %1 Lancez &quot;ampcard ledger verify&quot; (vérification du registre) et appelez les auditeurs.</translation>
    </message>
    <message>
        <source>Only a supervisor, administrator or installer sees the station&apos;s reports; a cashier sees their own work and customers&apos; histories.</source>
        <translation>Seul un superviseur, administrateur ou installateur voit les rapports de la station&#xa0;; un caissier voit son propre travail et l&apos;historique des clients.</translation>
    </message>
    <message>
        <source>Cannot run the report: %1</source>
        <translation>Impossible d&apos;exécuter le rapport&#xa0;: %1</translation>
    </message>
    <message>
        <source>Give a day as YYYY-MM-DD.</source>
        <translation>Indiquez un jour au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Takings of %1</source>
        <translation>Recettes du %1</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Fixed charges</source>
        <translation>Redevances</translation>
    </message>
    <message>
        <source>Debt recovered</source>
        <translation>Dette recouvrée</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>Énergie (kWh)</translation>
    </message>
    <message>
        <source>Give a month as YYYY-MM.</source>
        <translation>Indiquez un mois au format AAAA-MM.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Achats</translation>
    </message>
    <message>
        <source>Give the period as two days, the first not after the second.</source>
        <translation>Indiquez la période par deux jours, le premier pas après le second.</translation>
    </message>
    <message>
        <source>Work of %1 from %2 to %3</source>
        <translation>Travail de %1 du %2 au %3</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Compteur</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <source>This operator may not see reports.</source>
        <translation>Cet opérateur ne peut pas voir les rapports.</translation>
    </message>
    <message>
        <source>History of customer %1</source>
        <translation>Historique du client %1</translation>
    </message>
    <message>
        <source>Energy of customer %1 by month</source>
        <translation>Énergie du client %1 par mois</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Bought (kWh)</source>
        <translation>Acheté (kWh)</translation>
    </message>
    <message>
        <source>Used (kWh)</source>
        <translation>Consommé (kWh)</translation>
    </message>
    <message>
        <source>Consumption read from cards, %1 to %2</source>
        <translation>Consommation lue sur les cartes, du %1 au %2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Relevés</translation>
    </message>
    <message>
        <source>First read (UTC)</source>
        <translation>Première lecture (UTC)</translation>
    </message>
    <message>
        <source>Last read (UTC)</source>
        <translation>Dernière lecture (UTC)</translation>
    </message>
    <message>
        <source>Forward (kWh)</source>
        <translation>Direct (kWh)</translation>
    </message>
    <message>
        <source>Reverse (kWh)</source>
        <translation>Inverse (kWh)</translation>
    </message>
    <message>
        <source>Billed (kWh)</source>
        <translation>Facturé (kWh)</translation>
    </message>
    <message>
        <source>Suspicious meters as of %1</source>
        <translation>Compteurs suspects au %1</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s) pending the meter&apos;s proof</source>
        <translation>
            <numerusform>%n remboursement en attente de la preuve du compteur</numerusform>
            <numerusform>%n remboursements en attente de la preuve du compteur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paid sale(s) the meter can never load: owed to the customer</source>
        <translation>
            <numerusform>%n vente payée que le compteur ne pourra jamais charger&#xa0;: due au client</numerusform>
            <numerusform>%n ventes payées que le compteur ne pourra jamais charger&#xa0;: dues au client</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s) not loaded after %1 days</source>
        <translation>
            <numerusform>%n achat non chargé après %1 jours</numerusform>
            <numerusform>%n achats non chargés après %1 jours</numerusform>
        </translation>
    </message>
    <message>
        <source>silent for more than %1 days</source>
        <translation>silencieux depuis plus de %1 jours</translation>
    </message>
    <message>
        <source>Name the customer number.</source>
        <translation>Indiquez le numéro client.</translation>
    </message>
    <message>
        <source>There is no report &quot;%1&quot; (reports: %2).</source>
        <translation>Il n&apos;y a pas de rapport &quot;%1&quot; (rapports&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The ledger cannot be read: %1</source>
        <translation>Le registre ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>No sale %1 is in this ledger: check the number, or look it up on the station that sold it.</source>
        <translation>La vente %1 n&apos;est pas dans ce registre&#xa0;: vérifiez le numéro, ou cherchez-la sur la station qui l&apos;a vendue.</translation>
    </message>
    <message>
        <source>The receipt&apos;s code does not match sale %1 in the ledger (station %2, paid %3): the receipt is not genuine or not this ledger&apos;s.</source>
        <translation>Le code du reçu ne correspond pas à la vente %1 du registre (station %2, payé %3)&#xa0;: le reçu n&apos;est pas authentique ou ne vient pas de ce registre.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>cashier</source>
        <translation>caissier</translation>
    </message>
    <message>
        <source>installer</source>
        <translation>installateur</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>superviseur</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
</context>
<context>
    <name>SaleState</name>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>void</source>
        <translation>nulle</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
</context>
<context>
    <name>SellPage</name>
    <message>
        <source>&amp;Combine with the purchase still on the card</source>
        <translation>&amp;Combiner avec l&apos;achat encore sur la carte</translation>
    </message>
    <message>
        <source>&amp;Sell (Enter)</source>
        <translation>&amp;Vendre (Entrée)</translation>
    </message>
    <message>
        <source>Sell remotel&amp;y (Ctrl+R)</source>
        <translation>Vendre à &amp;distance (Ctrl+R)</translation>
    </message>
    <message>
        <source>Meter number, customer number or name, then Enter — or F5 to read the card</source>
        <translation>Numéro de compteur, numéro ou nom du client, puis Entrée — ou F5 pour lire la carte</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Argent</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>Énergie (kWh)</translation>
    </message>
    <message>
        <source>Amount, then Enter to sell</source>
        <translation>Montant, puis Entrée pour vendre</translation>
    </message>
    <message>
        <source>Without the card: the purchase goes to the meter over the meter line set in Administration.</source>
        <translation>Sans la carte&#xa0;: l&apos;achat va au compteur par la ligne compteur réglée dans Administration.</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant&#xa0;:</translation>
    </message>
    <message>
        <source>Read card (F5)</source>
        <translation>Lire la carte (F5)</translation>
    </message>
    <message>
        <source>Receipt (Ctrl+P prints again)</source>
        <translation>Reçu (Ctrl+P réimprime)</translation>
    </message>
    <message>
        <source>No account chosen.</source>
        <translation>Aucun compte choisi.</translation>
    </message>
    <message>
        <source>%1  %2  meter %3</source>
        <translation>%1  %2  compteur %3</translation>
    </message>
    <message>
        <source>No account matches &quot;%1&quot;. Check the number, or read the card with F5.</source>
        <translation>Aucun compte ne correspond à « %1 ». Vérifiez le numéro, ou lisez la carte avec F5.</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts match: choose one with the arrows and Enter.</source>
        <translation>
            <numerusform>%n compte correspond&#xa0;: choisissez-le avec les flèches et Entrée.</numerusform>
            <numerusform>%n comptes correspondent&#xa0;: choisissez-en un avec les flèches et Entrée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meter %1 is not registered.</source>
        <translation>Le compteur %1 n&apos;est pas enregistré.</translation>
    </message>
    <message>
        <source>Cannot use the card reader: %1</source>
        <translation>Impossible d&apos;utiliser le lecteur de cartes&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Meter %1 · plan %2 · card %3</source>
        <translation>Compteur %1 · plan %2 · carte %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Remaining %1 · period usage %2 kWh · forward %3 kWh (from the last card read)</source>
        <translation>Restant %1 · consommation de la période %2 kWh · direct %3 kWh (dernière lecture de carte)</translation>
    </message>
    <message>
        <source>The meter has not written to the card yet.</source>
        <translation>Le compteur n&apos;a pas encore écrit sur la carte.</translation>
    </message>
    <message>
        <source>The meter has not loaded the card&apos;s account-opening record yet: this purchase is combined with it.</source>
        <translation>Le compteur n&apos;a pas encore chargé l&apos;enregistrement d&apos;ouverture de compte de la carte&#xa0;: cet achat est combiné avec lui.</translation>
    </message>
    <message>
        <source>a purchase on the card is not loaded into the meter yet</source>
        <translation>un achat sur la carte n&apos;est pas encore chargé dans le compteur</translation>
    </message>
    <message>
        <source>meter %1</source>
        <translation>compteur %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Type an amount such as 250 or 250.50.</source>
        <translation>Tapez un montant comme 250 ou 250.50.</translation>
    </message>
    <message>
        <source>Type the kWh wanted, such as 12.5.</source>
        <translation>Tapez les kWh voulus, comme 12.5.</translation>
    </message>
    <message>
        <source>Type the amount first.</source>
        <translation>Tapez d&apos;abord le montant.</translation>
    </message>
    <message>
        <source>Find the account first, or read the card with F5.</source>
        <translation>Trouvez d&apos;abord le compte, ou lisez la carte avec F5.</translation>
    </message>
    <message>
        <source>Writing the card…</source>
        <translation>Écriture de la carte…</translation>
    </message>
    <message>
        <source>Recording the sale…</source>
        <translation>Enregistrement de la vente…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Find the account first (the card is not needed).</source>
        <translation>Trouvez d&apos;abord le compte (la carte n&apos;est pas nécessaire).</translation>
    </message>
    <message>
        <source>No meter line is set: an administrator sets it in Administration.</source>
        <translation>Aucune ligne compteur n&apos;est réglée&#xa0;: un administrateur la règle dans Administration.</translation>
    </message>
    <message>
        <source>The keystore is locked: a supervisor must unlock it first.</source>
        <translation>Le coffre de clés est verrouillé&#xa0;: un superviseur doit d&apos;abord le déverrouiller.</translation>
    </message>
    <message>
        <source>Cannot use the meter line: %1</source>
        <translation>Impossible d&apos;utiliser la ligne compteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sending the purchase to meter %1…</source>
        <translation>Envoi de l&apos;achat au compteur %1…</translation>
    </message>
    <message>
        <source>The receipt could not be written to %1.</source>
        <translation>Le reçu n&apos;a pas pu être écrit dans %1.</translation>
    </message>
    <message>
        <source>The receipt did not print: %1 Ctrl+P prints it again.</source>
        <translation>Le reçu ne s&apos;est pas imprimé&#xa0;: %1 Ctrl+P le réimprime.</translation>
    </message>
    <message>
        <source>Sold: %1 paid, %2 kWh delivered to meter %3. Escape for the next customer.</source>
        <translation>Vendu&#xa0;: %1 payé, %2 kWh livrés au compteur %3. Échap pour le client suivant.</translation>
    </message>
    <message>
        <source>Sold: %1 paid, %2 kWh on card %3. Escape for the next customer.</source>
        <translation>Vendu&#xa0;: %1 payé, %2 kWh sur la carte %3. Échap pour le client suivant.</translation>
    </message>
    <message>
        <source>The receipt was printed again.</source>
        <translation>Le reçu a été réimprimé.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Only an administrator may set the utility and the station number.</source>
        <translation>Seul un administrateur peut fixer le distributeur et le numéro de station.</translation>
    </message>
    <message>
        <source>Only a supervisor or administrator may change the station&apos;s charges.</source>
        <translation>Seul un superviseur ou un administrateur peut modifier les frais de la station.</translation>
    </message>
    <message>
        <source>Fee amounts cannot be negative.</source>
        <translation>Les montants des frais ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <source>The station number is a number from 1 up.</source>
        <translation>Le numéro de station est un nombre à partir de 1.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up Ampcard Station</source>
        <translation>Configurer Ampcard Station</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 (%n decimal place(s))</source>
        <translation>
            <numerusform>%1 — %2 (%n décimale)</numerusform>
            <numerusform>%1 — %2 (%n décimales)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Utility name:</source>
        <translation>Nom du &amp;distributeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>De&amp;vise&#xa0;:</translation>
    </message>
    <message>
        <source>Utility &amp;id (on every card):</source>
        <translation>&amp;Identifiant du distributeur (sur chaque carte)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Station number:</source>
        <translation>Numéro de &amp;station&#xa0;:</translation>
    </message>
    <message>
        <source>The utility</source>
        <translation>Le distributeur</translation>
    </message>
    <message>
        <source>Who sells, in which currency, and this station&apos;s number.</source>
        <translation>Qui vend, dans quelle devise, et le numéro de cette station.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>Identi&amp;fiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password (8 characters or more):</source>
        <translation>Mot de &amp;passe (8 caractères ou plus)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Répéter le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation>Le premier administrateur</translation>
    </message>
    <message>
        <source>The administrator adds the other operators.</source>
        <translation>L&apos;administrateur ajoute les autres opérateurs.</translation>
    </message>
    <message>
        <source>&amp;Make a new master key (a new utility)</source>
        <translation>&amp;Créer une nouvelle clé maître (nouveau distributeur)</translation>
    </message>
    <message>
        <source>&amp;Import the utility&apos;s keystore file</source>
        <translation>I&amp;mporter le fichier coffre de clés du distributeur</translation>
    </message>
    <message>
        <source>keystore file to import</source>
        <translation>fichier coffre de clés à importer</translation>
    </message>
    <message>
        <source>Add &amp;demo data: plan DEMO and customer DEMO-1</source>
        <translation>Ajouter des données de &amp;démo&#xa0;: plan DEMO et client DEMO-1</translation>
    </message>
    <message>
        <source>Keystore &amp;passphrase:</source>
        <translation>&amp;Phrase secrète du coffre de clés&#xa0;:</translation>
    </message>
    <message>
        <source>Repeat the passphrase:</source>
        <translation>Répéter la phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>The keys</source>
        <translation>Les clés</translation>
    </message>
    <message>
        <source>Cards are sealed with keys derived from the utility&apos;s master key, kept encrypted under a passphrase that a supervisor types at every start.</source>
        <translation>Les cartes sont scellées avec des clés dérivées de la clé maître du distributeur, gardée chiffrée sous une phrase secrète qu&apos;un superviseur tape à chaque démarrage.</translation>
    </message>
    <message>
        <source>The two administrator passwords differ.</source>
        <translation>Les deux mots de passe administrateur diffèrent.</translation>
    </message>
    <message>
        <source>The two keystore passphrases differ.</source>
        <translation>Les deux phrases secrètes du coffre de clés diffèrent.</translation>
    </message>
    <message>
        <source>The keystore passphrase needs at least 8 characters.</source>
        <translation>La phrase secrète du coffre de clés doit avoir au moins 8 caractères.</translation>
    </message>
    <message>
        <source>Cannot make the keystore: %1</source>
        <translation>Impossible de créer le coffre de clés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The keystore %1 does not open: %2</source>
        <translation>Le coffre de clés %1 ne s&apos;ouvre pas&#xa0;: %2</translation>
    </message>
    <message>
        <source>That keystore is for utility %1, not %2.</source>
        <translation>Ce coffre de clés est celui du distributeur %1, pas %2.</translation>
    </message>
    <message>
        <source>Cannot copy the keystore to %1.</source>
        <translation>Impossible de copier le coffre de clés dans %1.</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Shifts</name>
    <message>
        <source>This operator does not take money.</source>
        <translation>Cet opérateur n&apos;encaisse pas d&apos;argent.</translation>
    </message>
    <message>
        <source>%1 has a shift open already.</source>
        <translation>%1 a déjà une caisse ouverte.</translation>
    </message>
    <message>
        <source>Cannot open the shift: %1</source>
        <translation>Impossible d&apos;ouvrir la caisse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Only a supervisor may close another operator&apos;s shift.</source>
        <translation>Seul un superviseur peut fermer la caisse d&apos;un autre opérateur.</translation>
    </message>
    <message>
        <source>%1 has no open shift.</source>
        <translation>%1 n&apos;a pas de caisse ouverte.</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) of this shift are pending: put their cards back in the reader to settle them before closing.</source>
        <translation>
            <numerusform>%n vente de cette caisse est en attente&#xa0;: remettez sa carte dans le lecteur pour la régler avant de fermer.</numerusform>
            <numerusform>%n ventes de cette caisse sont en attente&#xa0;: remettez leurs cartes dans le lecteur pour les régler avant de fermer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The shift cannot be closed: its sales do not agree with the sealed journal. %1 Run &quot;ampcard ledger verify&quot; and call the auditors.</source>
        <translation>La caisse ne peut pas être fermée&#xa0;: ses ventes ne concordent pas avec le journal scellé. %1 Lancez &quot;ampcard ledger verify&quot; (vérification du registre) et appelez les auditeurs.</translation>
    </message>
    <message>
        <source>Cannot close the shift: %1</source>
        <translation>Impossible de fermer la caisse&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no shift %1.</source>
        <translation>Il n&apos;y a pas de caisse %1.</translation>
    </message>
    <message>
        <source>Only a supervisor may seal another operator&apos;s report.</source>
        <translation>Seul un superviseur peut sceller le rapport d&apos;un autre opérateur.</translation>
    </message>
    <message>
        <source>The shift is still open: close it first.</source>
        <translation>La caisse est encore ouverte&#xa0;: fermez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Cannot seal the report: %1</source>
        <translation>Impossible de sceller le rapport&#xa0;: %1</translation>
    </message>
    <message>
        <source>CLOSE-OUT (Z) REPORT</source>
        <translation>RAPPORT Z DE CLÔTURE</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Opened (UTC)</source>
        <translation>Ouverte (UTC)</translation>
    </message>
    <message>
        <source>Closed (UTC)</source>
        <translation>Fermée (UTC)</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Fermée par</translation>
    </message>
    <message>
        <source>paid %1, VAT %2, credit %3, %4 kWh</source>
        <translation>payé %1, TVA %2, crédit %3, %4 kWh</translation>
    </message>
    <message>
        <source>CASH IN DRAWER</source>
        <translation>ESPÈCES EN CAISSE</translation>
    </message>
    <message>
        <source>Ledger head</source>
        <translation>Tête du registre</translation>
    </message>
    <message>
        <source>Report hash</source>
        <translation>Empreinte du rapport</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <source>Ampcard Station, the prepaid electricity counter.</source>
        <translation>Ampcard Station, le guichet d&apos;électricité prépayée.</translation>
    </message>
    <message>
        <source>ledger file</source>
        <translation>fichier du registre</translation>
    </message>
    <message>
        <source>never start the built-in virtual card reader</source>
        <translation>ne jamais démarrer le lecteur de cartes virtuel intégré</translation>
    </message>
    <message>
        <source>Ampcard Station</source>
        <translation>Ampcard Station</translation>
    </message>
    <message>
        <source>Virtual card reader</source>
        <translation>Lecteur de cartes virtuel</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>render every page in every language at 1366×768 as PNG into DIR (a demo ledger in a temporary folder) and quit</source>
        <translation>rendre chaque page dans chaque langue en 1366×768 au format PNG dans DIR (un registre de démo dans un dossier temporaire) et quitter</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>This ledger has joined station %1 of a server already (%2).</source>
        <translation>Ce registre a déjà rejoint un serveur comme station %1 (%2).</translation>
    </message>
    <message>
        <source>A station number is a whole number from 1.</source>
        <translation>Un numéro de station est un nombre entier à partir de 1.</translation>
    </message>
    <message>
        <source>No password for the server: give the URL that `ampcard server add-station` printed, or set AMPCARD_SERVER_PASSWORD.</source>
        <translation>Pas de mot de passe pour le serveur&#xa0;: donnez l&apos;URL affichée par `ampcard server add-station`, ou définissez AMPCARD_SERVER_PASSWORD.</translation>
    </message>
    <message>
        <source>Cannot write the server&apos;s password file %1: %2</source>
        <translation>Impossible d&apos;écrire le fichier de mot de passe du serveur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server has no Ampcard schema readable by this station: %1</source>
        <translation>Le serveur n&apos;a pas de schéma Ampcard lisible par cette station&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server has no Ampcard schema: run `ampcard server init`.</source>
        <translation>Le serveur n&apos;a pas de schéma Ampcard&#xa0;: lancez `ampcard server init`.</translation>
    </message>
    <message>
        <source>The server refused this station&apos;s login: %1</source>
        <translation>Le serveur a refusé l&apos;identifiant de cette station&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server does not know this login as a station.</source>
        <translation>Le serveur ne connaît pas cet identifiant comme station.</translation>
    </message>
    <message>
        <source>The server knows this login as station %1, not %2.</source>
        <translation>Le serveur connaît cet identifiant comme station %1, pas %2.</translation>
    </message>
    <message>
        <source>Station %1 on the server belongs to another ledger (%2); this ledger is %3.</source>
        <translation>La station %1 du serveur appartient à un autre registre (%2)&#xa0;; ce registre est %3.</translation>
    </message>
    <message>
        <source>Cannot join: %1</source>
        <translation>Impossible de rejoindre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot queue the history for the server: %1</source>
        <translation>Impossible de mettre l&apos;historique en file d&apos;envoi pour le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>This station has not joined a server (ampcard network join).</source>
        <translation>Cette station n&apos;a rejoint aucun serveur (ampcard network join).</translation>
    </message>
    <message>
        <source>Cannot read the outbox: %1</source>
        <translation>Impossible de lire la file d&apos;envoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server refused a batch: %1</source>
        <translation>Le serveur a refusé un lot&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server did not confirm a batch: %1</source>
        <translation>Le serveur n&apos;a pas confirmé un lot&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot clear what the server took from the outbox: %1</source>
        <translation>Impossible de retirer de la file d&apos;envoi ce que le serveur a reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the journal&apos;s head: %1</source>
        <translation>Impossible de lire la tête du journal&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot queue the station&apos;s records for the server: %1</source>
        <translation>Impossible de mettre les enregistrements de la station en file d&apos;envoi pour le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the card sales for the server: %1</source>
        <translation>Impossible de lire les ventes par carte pour le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server did not take the card sales&apos; sequences: %1</source>
        <translation>Le serveur n&apos;a pas pris les séquences des ventes par carte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tariff plans, fee rules and operators from other stations are applied only with the station&apos;s key unlocked.</source>
        <translation>Les plans tarifaires, règles de frais et opérateurs venant d&apos;autres stations ne sont appliqués qu&apos;avec la clé de la station déverrouillée.</translation>
    </message>
    <message>
        <source>Tariff plans, fee rules and operators are shared by every station in network mode: a change needs the server, which cannot be reached (%1). Nothing was changed; try again when the station is online.</source>
        <translation>En mode réseau, les plans tarifaires, règles de frais et opérateurs sont partagés par toutes les stations&#xa0;: un changement exige le serveur, qui est injoignable (%1). Rien n&apos;a été modifié&#xa0;; réessayez quand la station sera en ligne.</translation>
    </message>
    <message>
        <source>a card sale at another station that the meter has not loaded is out (%1): insert the card in the meter first</source>
        <translation>une vente par carte faite dans une autre station, que le compteur n&apos;a pas chargée, est en cours (%1)&#xa0;: insérez d&apos;abord la carte dans le compteur</translation>
    </message>
    <message>
        <source>In network mode tariff plans and fee rules are the utility&apos;s: they are changed at the head office&apos;s station and reach this one from the server.</source>
        <translation>En mode réseau, les plans tarifaires et les règles de frais sont ceux du distributeur&#xa0;: ils se modifient à la station du siège et parviennent à celle-ci par le serveur.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Offline since %1</source>
        <translation>Hors ligne depuis %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Synced %1 s ago</source>
        <translation>Synchronisé il y a %1 s</translation>
    </message>
    <message numerus="yes">
        <source> · %n waiting</source>
        <translation>
            <numerusform> · %n en attente</numerusform>
            <numerusform> · %n en attente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TariffFileReader</name>
    <message>
        <source>unknown field (expected one of: %1)</source>
        <translation>champ inconnu (attendu l&apos;un de&#xa0;: %1)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>must be a decimal string such as &quot;0.5380&quot;</source>
        <translation>doit être une chaîne décimale comme &quot;0.5380&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>doit être un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>missing or not a list of steps</source>
        <translation>manquant ou pas une liste de tranches</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>the last step has no upper bound</source>
        <translation>la dernière tranche n&apos;a pas de borne supérieure</translation>
    </message>
    <message>
        <source>must be a time of day &quot;HH:MM&quot;</source>
        <translation>doit être une heure &quot;HH:MM&quot;</translation>
    </message>
    <message>
        <source>missing or not an object</source>
        <translation>manquant ou pas un objet</translation>
    </message>
    <message>
        <source>must be &quot;MM-DDTHH&quot;, such as &quot;01-01T00&quot;</source>
        <translation>doit être &quot;MM-JJTHH&quot;, comme &quot;01-01T00&quot;</translation>
    </message>
    <message>
        <source>must be &quot;monthly&quot; or &quot;yearly&quot;</source>
        <translation>doit être &quot;monthly&quot; ou &quot;yearly&quot;</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>JSON non valide à l&apos;octet %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a tariff file holds one JSON object</source>
        <translation>un fichier de tarif contient un seul objet JSON</translation>
    </message>
    <message>
        <source>missing or empty</source>
        <translation>manquant ou vide</translation>
    </message>
    <message>
        <source>must be an ISO 4217 code such as &quot;CNY&quot;</source>
        <translation>doit être un code ISO 4217 comme &quot;CNY&quot;</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>file is larger than 1 MiB; not a tariff file</source>
        <translation>le fichier dépasse 1 Mio&#xa0;; ce n&apos;est pas un fichier de tarif</translation>
    </message>
</context>
<context>
    <name>TariffPlans</name>
    <message>
        <source>Only a supervisor or administrator may change tariffs.</source>
        <translation>Seul un superviseur ou un administrateur peut modifier les tarifs.</translation>
    </message>
    <message>
        <source>A tariff plan needs a name without leading or trailing spaces.</source>
        <translation>Un plan tarifaire exige un nom sans espace au début ni à la fin.</translation>
    </message>
    <message>
        <source>The tariff is not valid: %1</source>
        <translation>Le tarif n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>The tariff needs the time it takes effect.</source>
        <translation>Le tarif exige sa date d&apos;entrée en vigueur.</translation>
    </message>
    <message>
        <source>A tariff cannot take effect in the past (%1).</source>
        <translation>Un tarif ne peut pas entrer en vigueur dans le passé (%1).</translation>
    </message>
    <message>
        <source>Cannot read the tariff plans: %1</source>
        <translation>Impossible de lire les plans tarifaires&#xa0;: %1</translation>
    </message>
    <message>
        <source>Version %1 of %2 takes effect at %3; a new version must take effect after it.</source>
        <translation>La version %1 de %2 entre en vigueur le %3&#xa0;; une nouvelle version doit entrer en vigueur après.</translation>
    </message>
    <message>
        <source>Cannot add the tariff: %1</source>
        <translation>Impossible d&apos;ajouter le tarif&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no tariff plan &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas de plan tarifaire « %1 ».</translation>
    </message>
    <message>
        <source>Cannot assign the plan: %1</source>
        <translation>Impossible d&apos;affecter le plan&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TariffsPage</name>
    <message>
        <source>sharp</source>
        <translation>super-pointe</translation>
    </message>
    <message>
        <source>peak</source>
        <translation>pointe</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>plein</translation>
    </message>
    <message>
        <source>valley</source>
        <translation>creux</translation>
    </message>
    <message>
        <source>&amp;Time of use</source>
        <translation>&amp;Heures tarifaires</translation>
    </message>
    <message>
        <source>Up to (kWh in the period)</source>
        <translation>Jusqu&apos;à (kWh dans la période)</translation>
    </message>
    <message>
        <source>Price per kWh</source>
        <translation>Prix par kWh</translation>
    </message>
    <message>
        <source>monthly, on the 1st at 00:00</source>
        <translation>mensuelle, le 1er à 00:00</translation>
    </message>
    <message>
        <source>yearly, on the dates below</source>
        <translation>annuelle, aux dates ci-dessous</translation>
    </message>
    <message>
        <source>Price per kWh (empty: not used)</source>
        <translation>Prix par kWh (vide&#xa0;: non utilisé)</translation>
    </message>
    <message>
        <source>From (HH:MM)</source>
        <translation>De (HH:MM)</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>&amp;Rates:</source>
        <translation>Ta&amp;ux&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Periods a day:</source>
        <translation>Pé&amp;riodes par jour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Quote at rate:</source>
        <translation>Devis au tau&amp;x&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add this version</source>
        <translation>&amp;Ajouter cette version</translation>
    </message>
    <message>
        <source>A&amp;ssign</source>
        <translation>A&amp;ffecter</translation>
    </message>
    <message>
        <source>&amp;Plan name:</source>
        <translation>&amp;Nom du plan&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>&amp;Tranches&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ettlement:</source>
        <translation>&amp;Clôture&#xa0;:</translation>
    </message>
    <message>
        <source>Yearly &amp;dates:</source>
        <translation>&amp;Dates annuelles&#xa0;:</translation>
    </message>
    <message>
        <source>Takes effect (&amp;local time):</source>
        <translation>En vigueur (heure &amp;locale)&#xa0;:</translation>
    </message>
    <message>
        <source>New plan version</source>
        <translation>Nouvelle version de plan</translation>
    </message>
    <message>
        <source>&amp;Usage in a period (kWh):</source>
        <translation>&amp;Consommation sur une période (kWh)&#xa0;:</translation>
    </message>
    <message>
        <source>Bill preview</source>
        <translation>Aperçu de facture</translation>
    </message>
    <message>
        <source>Customer &amp;group:</source>
        <translation>&amp;Groupe de clients&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;lan:</source>
        <translation>&amp;Plan&#xa0;:</translation>
    </message>
    <message>
        <source>Plan of a customer group</source>
        <translation>Plan d&apos;un groupe de clients</translation>
    </message>
    <message>
        <source>Surcharge per kWh</source>
        <translation>Supplément par kWh</translation>
    </message>
    <message>
        <source>Group %1 is on plan %2.</source>
        <translation>Le groupe %1 est au plan %2.</translation>
    </message>
    <message>
        <source>(no limit)</source>
        <translation>(sans limite)</translation>
    </message>
    <message>
        <source>Not a valid tariff yet: %1</source>
        <translation>Tarif pas encore valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Type the usage in kWh.</source>
        <translation>Tapez la consommation en kWh.</translation>
    </message>
    <message>
        <source>step %1: %2 kWh × %3 = %4</source>
        <translation>tranche %1&#xa0;: %2 kWh × %3 = %4</translation>
    </message>
    <message>
        <source>%1 kWh in a period cost %2 before VAT.</source>
        <translation>%1 kWh sur une période coûtent %2 hors TVA.</translation>
    </message>
    <message>
        <source>(with time of use: all of it at the %1 rate, as a quote counts it)</source>
        <translation>(avec heures tarifaires&#xa0;: tout au taux %1, comme le compte un devis)</translation>
    </message>
    <message>
        <source>Name the plan.</source>
        <translation>Nommez le plan.</translation>
    </message>
    <message>
        <source>Plan %1 version %2 takes effect %3; meters get it on their next purchase card.</source>
        <translation>Plan %1 version %2 en vigueur le %3&#xa0;; les compteurs le reçoivent avec leur prochaine carte d&apos;achat.</translation>
    </message>
</context>
<context>
    <name>ThermalPrinter</name>
    <message>
        <source>&quot;%1&quot; is not a printer&apos;s address: write HOST or HOST:PORT, for example 192.0.2.10:9100.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse d&apos;imprimante&#xa0;: écrivez HOST ou HOST:PORT, par exemple 192.0.2.10:9100.</translation>
    </message>
    <message>
        <source>it is not there (%1): check that it is plugged in and switched on, and the device in Administration.</source>
        <translation>elle est introuvable (%1)&#xa0;: vérifiez qu&apos;elle est branchée et allumée, et le périphérique dans Administration.</translation>
    </message>
    <message>
        <source>permission denied: the station&apos;s user must be in the group that owns the device (often lp or dialout).</source>
        <translation>permission refusée&#xa0;: l&apos;utilisateur de la station doit être dans le groupe propriétaire du périphérique (souvent lp ou dialout).</translation>
    </message>
    <message>
        <source>it cannot be opened (%1).</source>
        <translation>elle ne peut pas être ouverte (%1).</translation>
    </message>
    <message>
        <source>its serial settings cannot be read (%1).</source>
        <translation>ses réglages série ne peuvent pas être lus (%1).</translation>
    </message>
    <message>
        <source>%1 baud is not a speed it can be set to: choose 9600, 19200, 38400 or 115200.</source>
        <translation>%1 bauds n&apos;est pas une vitesse qu&apos;elle accepte&#xa0;: choisissez 9600, 19200, 38400 ou 115200.</translation>
    </message>
    <message>
        <source>its serial line cannot be set (%1).</source>
        <translation>sa ligne série ne peut pas être réglée (%1).</translation>
    </message>
    <message>
        <source>it refused the connection: is it switched on, and is the port right (usually 9100)?</source>
        <translation>elle a refusé la connexion&#xa0;: est-elle allumée, et le port est-il le bon (en général 9100)&#xa0;?</translation>
    </message>
    <message>
        <source>no connection (%1).</source>
        <translation>pas de connexion (%1).</translation>
    </message>
    <message>
        <source>it did not answer within %1 s: is it switched on, online and not out of paper?</source>
        <translation>elle n&apos;a pas répondu en %1 s&#xa0;: est-elle allumée, en ligne et pourvue de papier&#xa0;?</translation>
    </message>
    <message>
        <source>its address cannot be found (%1).</source>
        <translation>son adresse est introuvable (%1).</translation>
    </message>
    <message>
        <source>it took %1 of %2 bytes and no more (short write).</source>
        <translation>elle a pris %1 octets sur %2 et pas plus (écriture incomplète).</translation>
    </message>
    <message>
        <source>it stopped after %1 of %2 bytes (%3).</source>
        <translation>elle s&apos;est arrêtée après %1 octets sur %2 (%3).</translation>
    </message>
    <message>
        <source>it cannot be written to (%1).</source>
        <translation>on ne peut pas y écrire (%1).</translation>
    </message>
    <message>
        <source>Printer %1: %2</source>
        <translation>Imprimante %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <source>Bought (kWh)</source>
        <translation>Acheté (kWh)</translation>
    </message>
    <message>
        <source>Used (kWh)</source>
        <translation>Consommé (kWh)</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
</context>
<context>
    <name>VirtualReader</name>
    <message>
        <source>Cannot make the demo cards with %1.</source>
        <translation>Impossible de créer les cartes de démo avec %1.</translation>
    </message>
    <message>
        <source>The virtual reader is busy.</source>
        <translation>Le lecteur virtuel est occupé.</translation>
    </message>
    <message>
        <source>The virtual card did not come up: is pcscd running with vpcd (bash scripts/deps.sh card)?</source>
        <translation>La carte virtuelle n&apos;est pas apparue&#xa0;: pcscd tourne-t-il avec vpcd (bash scripts/deps.sh card)&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Workstation</name>
    <message>
        <source>No keystore is set for this station.</source>
        <translation>Aucun coffre de clés n&apos;est défini pour cette station.</translation>
    </message>
    <message>
        <source>There is no keystore at %1.</source>
        <translation>Il n&apos;y a pas de coffre de clés dans %1.</translation>
    </message>
    <message>
        <source>no reader named &quot;%1&quot; (readers: %2)</source>
        <translation>aucun lecteur nommé &quot;%1&quot; (lecteurs&#xa0;: %2)</translation>
    </message>
    <message>
        <source>The keystore is locked: a supervisor must unlock it first.</source>
        <translation>Le coffre de clés est verrouillé&#xa0;: un superviseur doit d&apos;abord le déverrouiller.</translation>
    </message>
    <message>
        <source>Ampcard utility</source>
        <translation>Distributeur Ampcard</translation>
    </message>
</context>
<context>
    <name>ampcard::Status</name>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>value out of range</source>
        <translation>valeur hors limites</translation>
    </message>
    <message>
        <source>empty number</source>
        <translation>nombre vide</translation>
    </message>
    <message>
        <source>not a decimal number</source>
        <translation>pas un nombre décimal</translation>
    </message>
    <message>
        <source>too many decimal places</source>
        <translation>trop de décimales</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>ne doit pas être négatif</translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation>doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>a ladder needs 1 to 8 steps</source>
        <translation>un barème exige 1 à 8 tranches</translation>
    </message>
    <message>
        <source>threshold must be greater than zero</source>
        <translation>le seuil doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>threshold must be greater than the previous one</source>
        <translation>le seuil doit être supérieur au précédent</translation>
    </message>
    <message>
        <source>step price must not be negative</source>
        <translation>le prix d&apos;une tranche ne doit pas être négatif</translation>
    </message>
    <message>
        <source>TOU needs 1 to 4 rates</source>
        <translation>les heures tarifaires exigent 1 à 4 taux</translation>
    </message>
    <message>
        <source>TOU rate price must not be negative</source>
        <translation>le prix d&apos;un taux horaire ne doit pas être négatif</translation>
    </message>
    <message>
        <source>TOU rates need a daily schedule</source>
        <translation>les taux horaires exigent un horaire journalier</translation>
    </message>
    <message>
        <source>TOU schedule has more than 14 entries</source>
        <translation>l&apos;horaire tarifaire a plus de 14 entrées</translation>
    </message>
    <message>
        <source>TOU schedule times must increase</source>
        <translation>les heures de l&apos;horaire tarifaire doivent croître</translation>
    </message>
    <message>
        <source>TOU schedule must start at 00:00</source>
        <translation>l&apos;horaire tarifaire doit commencer à 00:00</translation>
    </message>
    <message>
        <source>TOU schedule time is not within the day</source>
        <translation>une heure de l&apos;horaire tarifaire est hors de la journée</translation>
    </message>
    <message>
        <source>TOU schedule names a rate that is not defined</source>
        <translation>l&apos;horaire tarifaire nomme un taux non défini</translation>
    </message>
    <message>
        <source>monthly settlement day must be 1 to 28</source>
        <translation>le jour de clôture mensuelle doit être de 1 à 28</translation>
    </message>
    <message>
        <source>settlement hour must be 0 to 23</source>
        <translation>l&apos;heure de clôture doit être de 0 à 23</translation>
    </message>
    <message>
        <source>yearly settlement needs 1 to 4 dates</source>
        <translation>la clôture annuelle exige 1 à 4 dates</translation>
    </message>
    <message>
        <source>settlement date is not a day of every year</source>
        <translation>la date de clôture n&apos;existe pas chaque année</translation>
    </message>
    <message>
        <source>settlement dates must increase within the year</source>
        <translation>les dates de clôture doivent croître dans l&apos;année</translation>
    </message>
    <message>
        <source>invalid date or time</source>
        <translation>date ou heure non valide</translation>
    </message>
    <message>
        <source>a settlement is due before more energy is charged</source>
        <translation>une clôture est due avant de facturer plus d&apos;énergie</translation>
    </message>
    <message>
        <source>the price is zero: money buys unlimited energy</source>
        <translation>le prix est zéro&#xa0;: l&apos;argent achète une énergie illimitée</translation>
    </message>
    <message>
        <source>purchase would exceed the hoarding limit</source>
        <translation>l&apos;achat dépasserait le plafond de crédit</translation>
    </message>
    <message>
        <source>credit thresholds are inconsistent</source>
        <translation>les seuils de crédit sont incohérents</translation>
    </message>
    <message>
        <source>overdraft cannot be confirmed now</source>
        <translation>le découvert ne peut pas être confirmé maintenant</translation>
    </message>
    <message>
        <source>stored state is inconsistent</source>
        <translation>l&apos;état enregistré est incohérent</translation>
    </message>
    <message>
        <source>key must be 16 or 32 bytes</source>
        <translation>la clé doit faire 16 ou 32 octets</translation>
    </message>
    <message>
        <source>wrong data length</source>
        <translation>longueur de données erronée</translation>
    </message>
    <message>
        <source>unsupported cryptographic parameter</source>
        <translation>paramètre cryptographique non pris en charge</translation>
    </message>
    <message>
        <source>record failed authentication (tampered, or made with another key)</source>
        <translation>l&apos;enregistrement n&apos;a pas passé l&apos;authentification (effraction, ou fait avec une autre clé)</translation>
    </message>
    <message>
        <source>not an Ampcard card layout, or a damaged record</source>
        <translation>pas une structure de carte Ampcard, ou enregistrement endommagé</translation>
    </message>
    <message>
        <source>unknown card or record kind</source>
        <translation>type de carte ou d&apos;enregistrement inconnu</translation>
    </message>
    <message>
        <source>card belongs to another utility</source>
        <translation>la carte appartient à un autre distributeur</translation>
    </message>
    <message>
        <source>card is for another meter</source>
        <translation>la carte est pour un autre compteur</translation>
    </message>
    <message>
        <source>card is not the one bound to this meter</source>
        <translation>la carte n&apos;est pas celle liée à ce compteur</translation>
    </message>
    <message>
        <source>purchase already loaded (replayed card)</source>
        <translation>achat déjà chargé (carte rejouée)</translation>
    </message>
    <message>
        <source>card was made with a key version the meter no longer holds</source>
        <translation>la carte a été faite avec une version de clé que le compteur n&apos;a plus</translation>
    </message>
    <message>
        <source>the card holds no valid record</source>
        <translation>la carte ne contient aucun enregistrement valide</translation>
    </message>
    <message>
        <source>card has been replaced and is refused</source>
        <translation>la carte a été remplacée et est refusée</translation>
    </message>
    <message>
        <source>the card refused the command</source>
        <translation>la carte a refusé la commande</translation>
    </message>
    <message>
        <source>the card does not read back what was written</source>
        <translation>la carte ne relit pas ce qui a été écrit</translation>
    </message>
    <message>
        <source>no card reader found (is the PC/SC service running?)</source>
        <translation>aucun lecteur de cartes trouvé (le service PC/SC tourne-t-il&#xa0;?)</translation>
    </message>
    <message>
        <source>no card in the reader</source>
        <translation>pas de carte dans le lecteur</translation>
    </message>
    <message>
        <source>the card was removed or the reader unplugged during the operation</source>
        <translation>la carte a été retirée ou le lecteur débranché pendant l&apos;opération</translation>
    </message>
    <message>
        <source>another program is using the card</source>
        <translation>un autre programme utilise la carte</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>card reader error</source>
        <translation>erreur du lecteur de cartes</translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation>phrase secrète erronée</translation>
    </message>
    <message>
        <source>the keystore file is damaged or not a keystore</source>
        <translation>le fichier coffre de clés est endommagé ou n&apos;est pas un coffre de clés</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
</context>
</TS>
