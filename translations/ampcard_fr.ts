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
    <name>BillReader</name>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>expected &quot;timestamp,cumulative_kwh&quot;</source>
        <translation>attendu &quot;timestamp,cumulative_kwh&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a local time YYYY-MM-DDTHH:MM[:SS]</source>
        <translation>&quot;%1&quot; n&apos;est pas une heure locale AAAA-MM-JJTHH:MM[:SS]</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <source>a meter reading cannot be negative</source>
        <translation>un relevé de compteur ne peut pas être négatif</translation>
    </message>
    <message>
        <source>timestamps must increase</source>
        <translation>les horodatages doivent croître</translation>
    </message>
    <message>
        <source>the reading is lower than the previous one</source>
        <translation>le relevé est inférieur au précédent</translation>
    </message>
    <message>
        <source>at least two readings are needed</source>
        <translation>il faut au moins deux relevés</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CardCommand</name>
    <message>
        <source>  ampcard card read [--reader NAME] [--keystore FILE] [--json]
      Read whatever card is inserted; with the keystore, verify and decode its
      records (passphrase from AMPCARD_PASSPHRASE or a prompt).
  ampcard keys init --keystore FILE --utility ID
      Make a new utility master key, encrypted under a passphrase.
  ampcard keys meter-key --keystore FILE --meter N [--version V] --out FILE
      Write one meter&apos;s key file, for commissioning the meter.
  ampcard keys change-passphrase --keystore FILE
      Re-encrypt the keystore (new passphrase from AMPCARD_NEW_PASSPHRASE or a
      prompt).
</source>
        <translation>  ampcard card read [--reader NAME] [--keystore FILE] [--json]
      Lit toute carte insérée&#xa0;; avec le coffre de clés, vérifie et décode ses
      enregistrements (phrase secrète depuis AMPCARD_PASSPHRASE ou une invite).
  ampcard keys init --keystore FILE --utility ID
      Crée une nouvelle clé maître de distributeur, chiffrée sous une phrase secrète.
  ampcard keys meter-key --keystore FILE --meter N [--version V] --out FILE
      Écrit le fichier de clé d&apos;un compteur, pour la mise en service du compteur.
  ampcard keys change-passphrase --keystore FILE
      Rechiffre le coffre de clés (nouvelle phrase secrète depuis AMPCARD_NEW_PASSPHRASE
      ou une invite).
</translation>
    </message>
    <message>
        <source>ampcard card: unknown subcommand &quot;%1&quot;
</source>
        <translation>ampcard card&#xa0;: sous-commande de carte inconnue &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>Card reader name.</source>
        <translation>Nom du lecteur de cartes.</translation>
    </message>
    <message>
        <source>Keystore file.</source>
        <translation>Fichier coffre de clés.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <source>usage: ampcard card read [--reader NAME] [--keystore FILE] [--json]</source>
        <translation>usage&#xa0;: ampcard card read [--reader NAME] [--keystore FILE] [--json]</translation>
    </message>
    <message>
        <source>Keystore passphrase: </source>
        <translation>Phrase secrète du coffre de clés&#xa0;: </translation>
    </message>
    <message>
        <source>%1 %2 in %3 (%4)</source>
        <translation>%1 %2 dans %3 (%4)</translation>
    </message>
    <message>
        <source>Issued record:</source>
        <translation>Enregistrement émis&#xa0;:</translation>
    </message>
    <message>
        <source>Issued record: none</source>
        <translation>Enregistrement émis&#xa0;: aucun</translation>
    </message>
    <message>
        <source>Meter return record:</source>
        <translation>Enregistrement de retour du compteur&#xa0;:</translation>
    </message>
    <message>
        <source>Meter return record: none</source>
        <translation>Enregistrement de retour du compteur&#xa0;: aucun</translation>
    </message>
    <message>
        <source>Utility id.</source>
        <translation>Identifiant du distributeur.</translation>
    </message>
    <message>
        <source>Meter number.</source>
        <translation>Numéro du compteur.</translation>
    </message>
    <message>
        <source>Key version.</source>
        <translation>Version de clé.</translation>
    </message>
    <message>
        <source>Meter key file to write.</source>
        <translation>Fichier de clé du compteur à écrire.</translation>
    </message>
    <message>
        <source>--keystore FILE is required</source>
        <translation>--keystore FILE est obligatoire (fichier coffre de clés)</translation>
    </message>
    <message>
        <source>--utility ID is required: a number from 1 to 4294967295</source>
        <translation>--utility ID est obligatoire&#xa0;: un nombre de 1 à 4294967295</translation>
    </message>
    <message>
        <source>%1 exists already; a keystore is never overwritten</source>
        <translation>%1 existe déjà&#xa0;; un coffre de clés n&apos;est jamais écrasé</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nouvelle phrase secrète&#xa0;: </translation>
    </message>
    <message>
        <source>the passphrase must have at least 8 characters</source>
        <translation>la phrase secrète doit avoir au moins 8 caractères</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Répétez la phrase secrète&#xa0;: </translation>
    </message>
    <message>
        <source>the passphrases differ</source>
        <translation>les phrases secrètes diffèrent</translation>
    </message>
    <message>
        <source>%1: new master key for utility %2</source>
        <translation>%1&#xa0;: nouvelle clé maître pour le distributeur %2</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Phrase secrète actuelle&#xa0;: </translation>
    </message>
    <message>
        <source>the new passphrase must have at least 8 characters</source>
        <translation>la nouvelle phrase secrète doit avoir au moins 8 caractères</translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Répétez la nouvelle phrase secrète&#xa0;: </translation>
    </message>
    <message>
        <source>%1: passphrase changed</source>
        <translation>%1&#xa0;: phrase secrète changée</translation>
    </message>
    <message>
        <source>usage: ampcard keys meter-key --keystore FILE --meter N [--version V] --out FILE</source>
        <translation>usage&#xa0;: ampcard keys meter-key --keystore FILE --meter N [--version V] --out FILE</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>%1: key version %2 of meter %3</source>
        <translation>%1&#xa0;: version de clé %2 du compteur %3</translation>
    </message>
    <message>
        <source>ampcard keys: unknown subcommand &quot;%1&quot;</source>
        <translation>ampcard keys&#xa0;: sous-commande inconnue &quot;%1&quot;</translation>
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
    <name>CounterCommand</name>
    <message>
        <source>  ampcard account open --customer C --meter M --plan P [--phases 1|3]
                       [--key-version V] [--preset-recovery X] [--json]
      Registers the meter and writes the account-opening card in the reader.
  ampcard account change-meter --meter OLD --new-meter NEW --remaining X
                       --reason TEXT [--plan P] [--phases 1|3] [--key-version V]
                       [--countersign LOGIN --countersign-reason TEXT]
      Moves the account to a new meter with the credit left on the old one
      (X), on the blank card in the reader; the old meter and card are retired.
      X above the old meter&apos;s last proven remaining needs a supervisor&apos;s
      countersignature.
  ampcard account edit --meter M [--plan P] [--phases 1|3]
                       [--status active|suspended]
  ampcard sale --meter M (--money X | --energy KWH) [--combine] [--json]
      Sells to the card in the reader and prints the receipt. --combine re-issues
      a purchase the meter has not loaded together with this one.
  ampcard sale --meter M (--money X | --energy KWH) --remote PORT [--baud B]
      Sells without the card: the token goes to the meter over DL/T645 (0x03).
  ampcard sale settle-remote --meter M --remote PORT [--baud B]
      Settles a remote sale whose answer was lost (the meter says what it loaded).
  ampcard sale resolve | cancel ID | receipt ID | pending   [--json]
  ampcard card replace --meter M --reason TEXT [--json]
  ampcard card issue KIND --meter M [--tariff] [--preset X] [--key-version V]
                    [--alarm1 X --alarm2 X --overdraft X --hoarding X]
      KIND: check, parameter, clear, relay-test, key-change, preset.
      Card commands take [--keystore FILE] [--reader NAME].
  ampcard shift open | close [--of LOGIN] [--json]
      close prints the Z report and seals it.
  ampcard report NAME [ARGUMENT] [--from DAY] [--to DAY] [--csv]
      NAME: daily [DAY], monthly [YYYY-MM], cashier [LOGIN], customer NUMBER,
      usage NUMBER (energy bought and used by month),
      consumption, suspicious.
  ampcard settings show | set [--utility ID] [--station N] [--vat PERCENT]
                    [--fixed-charge X] [--debt-percent P | --debt-fixed X]
                    [--minimum X] [--hoarding-limit X] [--opening-fee X]
                    [--replacement-fee X]
  ampcard plan add NAME TARIFF.json [--from TIME] | list NAME | assign GROUP NAME
      Tariff plan versions (TIME: YYYY-MM-DDTHH:MM UTC, default now).
  ampcard operator add LOGIN --role ROLE [--name NAME] | unlock LOGIN
      The new password from AMPCARD_NEW_PASSWORD or a prompt.
  ampcard keys backup --keystore FILE --to BACKUP
  ampcard keys restore --keystore FILE --from BACKUP
      Each takes [--ledger FILE] [--operator LOGIN].
</source>
        <translation>  ampcard account open --customer C --meter M --plan P [--phases 1|3]
                       [--key-version V] [--preset-recovery X] [--json]
      Enregistre le compteur et écrit la carte d&apos;ouverture de compte dans le lecteur.
  ampcard account change-meter --meter OLD --new-meter NEW --remaining X
                       --reason TEXT [--plan P] [--phases 1|3] [--key-version V]
                       [--countersign LOGIN --countersign-reason TEXT]
      Transfère le compte vers un nouveau compteur avec le crédit restant sur l&apos;ancien
      (X), sur la carte vierge du lecteur&#xa0;; l&apos;ancien compteur et sa carte sont retirés.
      Un X supérieur au dernier crédit restant prouvé de l&apos;ancien compteur exige la
      contre-signature d&apos;un superviseur.
  ampcard account edit --meter M [--plan P] [--phases 1|3]
                       [--status active|suspended]
  ampcard sale --meter M (--money X | --energy KWH) [--combine] [--json]
      Vend sur la carte du lecteur et imprime le reçu. --combine réémet
      un achat que le compteur n&apos;a pas chargé avec celui-ci.
  ampcard sale --meter M (--money X | --energy KWH) --remote PORT [--baud B]
      Vend sans la carte&#xa0;: le code va au compteur par DL/T645 (0x03).
  ampcard sale settle-remote --meter M --remote PORT [--baud B]
      Règle une vente à distance dont la réponse est perdue (le compteur dit ce qu&apos;il a chargé).
  ampcard sale resolve | cancel ID | receipt ID | pending   [--json]
  ampcard card replace --meter M --reason TEXT [--json]
  ampcard card issue KIND --meter M [--tariff] [--preset X] [--key-version V]
                    [--alarm1 X --alarm2 X --overdraft X --hoarding X]
      KIND&#xa0;: check, parameter, clear, relay-test (test du relais), key-change, preset&#xa0;; --overdraft&#xa0;: découvert.
      Les commandes de carte acceptent [--keystore FILE] (coffre de clés) [--reader NAME].
  ampcard shift open | close [--of LOGIN] [--json]
      close ferme la caisse, imprime le rapport Z et le scelle.
  ampcard report NAME [ARGUMENT] [--from DAY] [--to DAY] [--csv]
      NAME&#xa0;: daily [DAY], monthly [YYYY-MM], cashier [LOGIN], customer NUMBER,
      usage NUMBER (énergie achetée et consommée par mois),
      consumption, suspicious.
  ampcard settings show | set [--utility ID] [--station N] [--vat PERCENT]
                    [--fixed-charge X] [--debt-percent P | --debt-fixed X]
                    [--minimum X] [--hoarding-limit X] [--opening-fee X]
                    [--replacement-fee X]   (--vat&#xa0;: TVA, --debt-*&#xa0;: dette)
  ampcard plan add NAME TARIFF.json [--from TIME] | list NAME | assign GROUP NAME
      Versions de plan tarifaire (TIME&#xa0;: YYYY-MM-DDTHH:MM UTC, par défaut maintenant).
  ampcard operator add LOGIN --role ROLE [--name NAME] | unlock LOGIN
      Le nouveau mot de passe depuis AMPCARD_NEW_PASSWORD ou une invite.
  ampcard keys backup --keystore FILE --to BACKUP
  ampcard keys restore --keystore FILE --from BACKUP
      Chacune accepte [--ledger FILE] [--operator LOGIN].
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>customer number</source>
        <translation>numéro client</translation>
    </message>
    <message>
        <source>meter number</source>
        <translation>numéro du compteur</translation>
    </message>
    <message>
        <source>tariff plan</source>
        <translation>plan tarifaire</translation>
    </message>
    <message>
        <source>1 or 3</source>
        <translation>1 ou 3</translation>
    </message>
    <message>
        <source>key version</source>
        <translation>version de clé</translation>
    </message>
    <message>
        <source>preset credit owed</source>
        <translation>crédit préchargé dû</translation>
    </message>
    <message>
        <source>the new meter&apos;s number</source>
        <translation>le numéro du nouveau compteur</translation>
    </message>
    <message>
        <source>credit left on the old meter</source>
        <translation>crédit restant sur l&apos;ancien compteur</translation>
    </message>
    <message>
        <source>why the meter is changed</source>
        <translation>pourquoi le compteur est changé</translation>
    </message>
    <message>
        <source>a supervisor who countersigns moving more than the old meter&apos;s proven remaining (password from AMPCARD_COUNTERSIGN_PASSWORD or a prompt)</source>
        <translation>un superviseur qui contresigne le transfert de plus que le crédit restant prouvé de l&apos;ancien compteur (mot de passe depuis AMPCARD_COUNTERSIGN_PASSWORD ou une invite)</translation>
    </message>
    <message>
        <source>why the countersigner allows it</source>
        <translation>pourquoi le contresignataire l&apos;autorise</translation>
    </message>
    <message>
        <source>active or suspended</source>
        <translation>active ou suspended</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>afficher en JSON</translation>
    </message>
    <message>
        <source>usage: ampcard account open --customer C --meter M --plan P</source>
        <translation>usage&#xa0;: ampcard account open --customer C --meter M --plan P</translation>
    </message>
    <message>
        <source>--preset-recovery takes an amount such as 40.00</source>
        <translation>--preset-recovery prend un montant comme 40.00</translation>
    </message>
    <message>
        <source>usage: ampcard account change-meter --meter OLD --new-meter NEW --remaining X --reason TEXT</source>
        <translation>usage&#xa0;: ampcard account change-meter --meter OLD --new-meter NEW --remaining X --reason TEXT</translation>
    </message>
    <message>
        <source>--remaining takes an amount such as 12.50</source>
        <translation>--remaining prend un montant comme 12.50</translation>
    </message>
    <message>
        <source>Password of %1 (countersigning): </source>
        <translation>Mot de passe de %1 (contre-signature)&#xa0;: </translation>
    </message>
    <message>
        <source>usage: ampcard account edit --meter M [--plan P] [--phases 1|3] [--status active|suspended]</source>
        <translation>usage&#xa0;: ampcard account edit --meter M [--plan P] [--phases 1|3] [--status active|suspended]</translation>
    </message>
    <message>
        <source>Meter %1 is not registered.</source>
        <translation>Le compteur %1 n&apos;est pas enregistré.</translation>
    </message>
    <message>
        <source>amount paid</source>
        <translation>montant payé</translation>
    </message>
    <message>
        <source>kWh wanted</source>
        <translation>kWh voulus</translation>
    </message>
    <message>
        <source>combine with an unloaded purchase</source>
        <translation>combiner avec un achat non chargé</translation>
    </message>
    <message>
        <source>serial port of the meter&apos;s line (DL/T645)</source>
        <translation>port série de la ligne compteur (DL/T645)</translation>
    </message>
    <message>
        <source>baud rate of the meter&apos;s line</source>
        <translation>débit en bauds de la ligne compteur</translation>
    </message>
    <message>
        <source>%1  %2  meter %3  card %4  sequence %5</source>
        <translation>%1  %2  compteur %3  carte %4  séquence %5</translation>
    </message>
    <message>
        <source>There is no sale %1.</source>
        <translation>Il n&apos;y a pas de vente %1.</translation>
    </message>
    <message>
        <source>Card %1 of meter %2: nothing pending.</source>
        <translation>Carte %1 du compteur %2&#xa0;: rien en attente.</translation>
    </message>
    <message>
        <source>usage: ampcard sale cancel ID</source>
        <translation>usage&#xa0;: ampcard sale cancel ID</translation>
    </message>
    <message>
        <source>--baud takes a rate such as 2400</source>
        <translation>--baud prend un débit comme 2400</translation>
    </message>
    <message>
        <source>usage: ampcard sale settle-remote --meter M --remote PORT</source>
        <translation>usage&#xa0;: ampcard sale settle-remote --meter M --remote PORT</translation>
    </message>
    <message>
        <source>Meter %1: no remote sale pending.</source>
        <translation>Compteur %1&#xa0;: aucune vente à distance en attente.</translation>
    </message>
    <message>
        <source>ampcard sale: unknown subcommand &quot;%1&quot;</source>
        <translation>ampcard sale&#xa0;: sous-commande inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>give either --money X or --energy KWH</source>
        <translation>indiquez soit --money X soit --energy KWH</translation>
    </message>
    <message>
        <source>--money takes an amount such as 250.00</source>
        <translation>--money prend un montant comme 250.00</translation>
    </message>
    <message>
        <source>--energy takes kWh such as 12.5</source>
        <translation>--energy prend des kWh comme 12.5</translation>
    </message>
    <message>
        <source>a remote sale needs --meter M</source>
        <translation>une vente à distance exige --meter M (numéro du compteur)</translation>
    </message>
    <message>
        <source>why the card is replaced</source>
        <translation>pourquoi la carte est remplacée</translation>
    </message>
    <message>
        <source>parameter card: the meter&apos;s tariff</source>
        <translation>carte de paramètres&#xa0;: le tarif du compteur</translation>
    </message>
    <message>
        <source>preset credit</source>
        <translation>crédit préchargé</translation>
    </message>
    <message>
        <source>new key version</source>
        <translation>nouvelle version de clé</translation>
    </message>
    <message>
        <source>alarm 1 level</source>
        <translation>niveau d&apos;alarme 1</translation>
    </message>
    <message>
        <source>alarm 2 level</source>
        <translation>niveau d&apos;alarme 2</translation>
    </message>
    <message>
        <source>overdraft limit</source>
        <translation>limite de découvert</translation>
    </message>
    <message>
        <source>hoarding limit</source>
        <translation>plafond de crédit</translation>
    </message>
    <message>
        <source>--meter M is required</source>
        <translation>--meter M est obligatoire (numéro du compteur)</translation>
    </message>
    <message>
        <source>usage: ampcard card replace|issue ...</source>
        <translation>usage&#xa0;: ampcard card replace|issue ...</translation>
    </message>
    <message>
        <source>KIND is check, parameter, clear, relay-test, key-change or preset</source>
        <translation>KIND est check, parameter, clear, relay-test (test du relais), key-change ou preset</translation>
    </message>
    <message>
        <source>--preset takes an amount</source>
        <translation>--preset prend un montant</translation>
    </message>
    <message>
        <source>--%1 takes an amount</source>
        <translation>--%1 prend un montant</translation>
    </message>
    <message>
        <source>whose shift</source>
        <translation>caisse de qui</translation>
    </message>
    <message>
        <source>usage: ampcard shift open|close [--of LOGIN]</source>
        <translation>usage&#xa0;: ampcard shift open|close [--of LOGIN]</translation>
    </message>
    <message>
        <source>Shift %1 open for %2.</source>
        <translation>Caisse %1 ouverte pour %2.</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>premier jour</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>dernier jour</translation>
    </message>
    <message>
        <source>print CSV</source>
        <translation>afficher en CSV</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <source>utility id</source>
        <translation>identifiant du distributeur</translation>
    </message>
    <message>
        <source>station number</source>
        <translation>numéro de station</translation>
    </message>
    <message>
        <source>VAT percent</source>
        <translation>pourcentage de TVA</translation>
    </message>
    <message>
        <source>share of each payment towards debt</source>
        <translation>part de chaque paiement affectée à la dette</translation>
    </message>
    <message>
        <source>usage: ampcard settings show|set ...</source>
        <translation>usage&#xa0;: ampcard settings show|set ...</translation>
    </message>
    <message>
        <source>--vat takes a percentage such as 16</source>
        <translation>--vat prend un pourcentage de TVA comme 16</translation>
    </message>
    <message>
        <source>--debt-percent takes a percentage such as 25</source>
        <translation>--debt-percent prend un pourcentage comme 25 (part affectée à la dette)</translation>
    </message>
    <message>
        <source>utility %1, station number %2
</source>
        <translation>distributeur %1, numéro de station %2
</translation>
    </message>
    <message>
        <source>VAT %1 %, monthly fixed charge %2, minimum purchase %3
</source>
        <translation>TVA %1 %, redevance mensuelle %2, achat minimum %3
</translation>
    </message>
    <message>
        <source>debt recovery %1 % of each payment
</source>
        <translation>recouvrement de dette %1 % de chaque paiement
</translation>
    </message>
    <message>
        <source>debt recovery up to %1 a purchase
</source>
        <translation>recouvrement de dette jusqu&apos;à %1 par achat
</translation>
    </message>
    <message>
        <source>hoarding limit %1, opening fee %2, replacement fee %3
</source>
        <translation>plafond de crédit %1, frais d&apos;ouverture %2, frais de remplacement %3
</translation>
    </message>
    <message>
        <source>keystore file</source>
        <translation>fichier coffre de clés</translation>
    </message>
    <message>
        <source>backup file to write</source>
        <translation>fichier de sauvegarde à écrire</translation>
    </message>
    <message>
        <source>backup file to restore</source>
        <translation>fichier de sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>usage: ampcard keys backup --keystore FILE --to BACKUP | restore --keystore FILE --from BACKUP</source>
        <translation>usage&#xa0;: ampcard keys backup --keystore FILE --to BACKUP | restore --keystore FILE --from BACKUP</translation>
    </message>
    <message>
        <source>Keystore passphrase: </source>
        <translation>Phrase secrète du coffre de clés&#xa0;: </translation>
    </message>
    <message>
        <source>Keys backed up to %1.</source>
        <translation>Clés sauvegardées dans %1.</translation>
    </message>
    <message>
        <source>Keys restored from %1.</source>
        <translation>Clés restaurées depuis %1.</translation>
    </message>
    <message>
        <source>when the version takes effect (UTC)</source>
        <translation>quand la version entre en vigueur (UTC)</translation>
    </message>
    <message>
        <source>usage: ampcard plan add NAME TARIFF.json [--from TIME] | list NAME | assign GROUP NAME</source>
        <translation>usage&#xa0;: ampcard plan add NAME TARIFF.json [--from TIME] | list NAME | assign GROUP NAME</translation>
    </message>
    <message>
        <source>--from takes a UTC time such as 2026-12-01T00:00</source>
        <translation>--from prend une heure UTC comme 2026-12-01T00:00</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>Plan %1 version %2 takes effect %3.</source>
        <translation>Plan %1 version %2 en vigueur le %3.</translation>
    </message>
    <message>
        <source>Group %1 is on plan %2.</source>
        <translation>Le groupe %1 est au plan %2.</translation>
    </message>
    <message>
        <source>There is no plan %1.</source>
        <translation>Il n&apos;y a pas de plan %1.</translation>
    </message>
    <message>
        <source>%1 v%2 from %3: %4</source>
        <translation>%1 v%2 depuis %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>Which keystore? Give --keystore FILE or set AMPCARD_KEYSTORE.</source>
        <translation>Quel coffre de clés&#xa0;? Indiquez --keystore FILE ou définissez AMPCARD_KEYSTORE.</translation>
    </message>
    <message>
        <source>Operator %1 is unlocked%2; the recovery is in the audit log.</source>
        <translation>L&apos;opérateur %1 est déverrouillé%2&#xa0;; la récupération est au journal d&apos;audit.</translation>
    </message>
    <message>
        <source> with a new password</source>
        <translation> avec un nouveau mot de passe</translation>
    </message>
    <message>
        <source>cashier, installer, supervisor or administrator</source>
        <translation>cashier, installer, supervisor ou administrator</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>nom complet</translation>
    </message>
    <message>
        <source>usage: ampcard operator add LOGIN --role cashier|installer|supervisor|administrator [--name NAME] | unlock LOGIN | recover LOGIN --keystore FILE</source>
        <translation>usage&#xa0;: ampcard operator add LOGIN --role cashier|installer|supervisor|administrator [--name NAME] | unlock LOGIN | recover LOGIN --keystore FILE</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 peut de nouveau se connecter.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Nouveau mot de passe pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>%1 added as %2.</source>
        <translation>%1 ajouté comme %2.</translation>
    </message>
    <message>
        <source>receipt: the text of the receipt&apos;s QR code</source>
        <translation>receipt (reçu)&#xa0;: le texte du code QR du reçu</translation>
    </message>
    <message>
        <source>receipt: print JSON</source>
        <translation>receipt (reçu)&#xa0;: afficher en JSON</translation>
    </message>
    <message>
        <source>usage: ampcard report NAME [ARGUMENT] (%1), or ampcard report receipt NUMBER | --qr TEXT</source>
        <translation>usage&#xa0;: ampcard report NAME [ARGUMENT] (%1), ou ampcard report receipt NUMBER | --qr TEXT</translation>
    </message>
    <message>
        <source>usage: ampcard report receipt NUMBER | --qr TEXT</source>
        <translation>usage&#xa0;: ampcard report receipt NUMBER | --qr TEXT</translation>
    </message>
    <message numerus="yes">
        <source>Meter %1: %n phase(s), plan %2, %3.</source>
        <translation>
            <numerusform>Compteur %1&#xa0;: %n phase, plan %2, %3.</numerusform>
            <numerusform>Compteur %1&#xa0;: %n phases, plan %2, %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 written for meter %2 (the card&apos;s issue number %3)</source>
        <translation>%1 écrite pour le compteur %2 (numéro d&apos;émission de la carte %3)</translation>
    </message>
</context>
<context>
    <name>Currencies</name>
    <message>
        <source>Kenyan shilling</source>
        <translation>Shilling kényan</translation>
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
        <source>Bangladeshi taka</source>
        <translation>Taka bangladais</translation>
    </message>
    <message>
        <source>Bahraini dinar</source>
        <translation>Dinar bahreïni</translation>
    </message>
    <message>
        <source>Congolese franc</source>
        <translation>Franc congolais</translation>
    </message>
    <message>
        <source>Chinese yuan</source>
        <translation>Yuan chinois</translation>
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
        <source>Iraqi dinar</source>
        <translation>Dinar irakien</translation>
    </message>
    <message>
        <source>Jordanian dinar</source>
        <translation>Dinar jordanien</translation>
    </message>
    <message>
        <source>Japanese yen</source>
        <translation>Yen japonais</translation>
    </message>
    <message>
        <source>Kuwaiti dinar</source>
        <translation>Dinar koweïtien</translation>
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
        <source>Saudi riyal</source>
        <translation>Riyal saoudien</translation>
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
        <source>The currency &quot;%1&quot; is not one the station knows: use an ISO 4217 code from the list (for example KES, XOF or KWD).</source>
        <translation>La devise «&#xa0;%1&#xa0;» n&apos;est pas connue de la station&#xa0;: utilisez un code ISO 4217 de la liste (par exemple KES, XOF ou KWD).</translation>
    </message>
</context>
<context>
    <name>CustomerCommand</name>
    <message>
        <source>  ampcard customer add --number N --name NAME [--address A] [--phone P] [--group G]
  ampcard customer edit NUMBER [--name NAME] [--address A] [--phone P] [--group G]
      Changes only the fields given.
  ampcard customer import FILE.csv
      Columns number,name[,address,phone,group]; all lines or none.
  ampcard customer find TEXT [--json]
      Customers whose number, name, phone or address contains TEXT.
      Each takes [--ledger FILE] [--operator LOGIN].
</source>
        <translation>  ampcard customer add --number N --name NAME [--address A] [--phone P] [--group G]
  ampcard customer edit NUMBER [--name NAME] [--address A] [--phone P] [--group G]
      Ne modifie que les champs donnés.
  ampcard customer import FILE.csv
      Colonnes number,name[,address,phone,group]&#xa0;; toutes les lignes ou aucune.
  ampcard customer find TEXT [--json]
      Clients dont le numéro, le nom, le téléphone ou l&apos;adresse contient TEXT.
      Chacune accepte [--ledger FILE] (registre) [--operator LOGIN].
</translation>
    </message>
    <message>
        <source>ampcard customer: unknown subcommand &quot;%1&quot;
</source>
        <translation>ampcard customer&#xa0;: sous-commande inconnue &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>Added customer %1 (%2).</source>
        <translation>Client %1 ajouté (%2).</translation>
    </message>
    <message>
        <source>usage: ampcard customer edit NUMBER [--name NAME] [--address A] [--phone P] [--group G]</source>
        <translation>usage&#xa0;: ampcard customer edit NUMBER [--name NAME] [--address A] [--phone P] [--group G]</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Il n&apos;y a pas de client %1.</translation>
    </message>
    <message>
        <source>Changed customer %1 (%2).</source>
        <translation>Client %1 modifié (%2).</translation>
    </message>
    <message>
        <source>Give one CSV file to import.</source>
        <translation>Indiquez un seul fichier CSV à importer.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 of %2 lines checked</source>
        <translation>%1 lignes sur %2 vérifiées</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n customer(s).</source>
        <translation>
            <numerusform>%n client importé.</numerusform>
            <numerusform>%n clients importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>afficher en JSON</translation>
    </message>
    <message>
        <source>Give the text to look for.</source>
        <translation>Indiquez le texte à chercher.</translation>
    </message>
    <message>
        <source>No customer matches.</source>
        <translation>Aucun client ne correspond.</translation>
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
    <name>Dlt645Master</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
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
    <name>LedgerCommand</name>
    <message>
        <source>  ampcard init --admin LOGIN [--name NAME] [--ledger FILE]
      Create a new ledger (default: the user&apos;s data folder) and its first
      administrator (password from AMPCARD_PASSWORD or a prompt).
  ampcard ledger verify [--operator LOGIN] [--ledger FILE] [--keystore FILE]
      [--anchor SEQ:HASH] [--json]
      Check the ledger: its sealed journal and audit log, the operators, settings
      and tariffs against their seal, the sales against the journal; names the
      first break. The seals are checked only with the keystore (passphrase from
      AMPCARD_PASSPHRASE or a prompt); without it, it says what it could not check.
  ampcard backup --to FILE [--operator LOGIN] [--ledger FILE]
      Copy the ledger (while it is in use) and verify the copy.
  ampcard restore --from FILE --operator LOGIN [--keystore FILE] [--ledger FILE]
      Replace the ledger with a backup of this station that verifies under its
      key and shares its history; an administrator of the current ledger signs
      (only the keystore when the current file cannot be read); the replaced
      ledger is kept beside it.
</source>
        <translation>  ampcard init --admin LOGIN [--name NAME] [--ledger FILE]
      Crée un nouveau registre (par défaut&#xa0;: le dossier de données de l&apos;utilisateur) et son premier
      administrateur (mot de passe depuis AMPCARD_PASSWORD ou une invite).
  ampcard ledger verify [--operator LOGIN] [--ledger FILE] [--keystore FILE]
      [--anchor SEQ:HASH] [--json]
      Vérifie le registre&#xa0;: son journal scellé et son journal d&apos;audit, les opérateurs, réglages
      et tarifs par rapport à leur sceau, les ventes par rapport au journal&#xa0;; nomme la
      première rupture. Les sceaux ne sont vérifiés qu&apos;avec le coffre de clés (phrase secrète depuis
      AMPCARD_PASSPHRASE ou une invite)&#xa0;; sans lui, indique ce qui n&apos;a pas pu être vérifié.
  ampcard backup --to FILE [--operator LOGIN] [--ledger FILE]
      Copie le registre (même en cours d&apos;utilisation) et vérifie la copie.
  ampcard restore --from FILE --operator LOGIN [--keystore FILE] [--ledger FILE]
      Remplace le registre par une sauvegarde de cette station vérifiée avec sa
      clé et partageant son historique&#xa0;; un administrateur du registre actuel signe
      (seul le coffre de clés si le fichier actuel est illisible)&#xa0;; le registre
      remplacé est conservé à côté.
</translation>
    </message>
    <message>
        <source>ledger file</source>
        <translation>fichier du registre</translation>
    </message>
    <message>
        <source>first administrator&apos;s login</source>
        <translation>identifiant du premier administrateur</translation>
    </message>
    <message>
        <source>first administrator&apos;s name</source>
        <translation>nom du premier administrateur</translation>
    </message>
    <message>
        <source>Give the first administrator&apos;s login with --admin LOGIN.</source>
        <translation>Indiquez l&apos;identifiant du premier administrateur avec --admin LOGIN.</translation>
    </message>
    <message>
        <source>%1 already exists; init makes a new ledger only.</source>
        <translation>%1 existe déjà&#xa0;; init ne crée qu&apos;un nouveau registre.</translation>
    </message>
    <message>
        <source>Password for the administrator %1: </source>
        <translation>Mot de passe de l&apos;administrateur %1&#xa0;: </translation>
    </message>
    <message>
        <source>No password: set AMPCARD_PASSWORD or run in a terminal.</source>
        <translation>Pas de mot de passe&#xa0;: définissez AMPCARD_PASSWORD ou lancez dans un terminal.</translation>
    </message>
    <message>
        <source>Created the ledger %1 (station %2) with administrator %3.</source>
        <translation>Registre %1 créé (station %2) avec l&apos;administrateur %3.</translation>
    </message>
    <message>
        <source>ampcard ledger: unknown subcommand &quot;%1&quot;
</source>
        <translation>ampcard ledger&#xa0;: sous-commande de registre inconnue &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>afficher en JSON</translation>
    </message>
    <message>
        <source>a journal head printed on paper (a Z report): SEQ:HASH, the hash or its first 16 hex digits or more</source>
        <translation>une tête de journal imprimée sur papier (un rapport Z)&#xa0;: SEQ:HASH, l&apos;empreinte ou ses 16 premiers chiffres hexadécimaux ou plus</translation>
    </message>
    <message>
        <source>--anchor: give SEQ:HASH as the Z report prints it (at least 16 hex digits of the hash).</source>
        <translation>--anchor&#xa0;: indiquez SEQ:HASH tel que le rapport Z l&apos;imprime (au moins 16 chiffres hexadécimaux de l&apos;empreinte).</translation>
    </message>
    <message>
        <source>The journal does not hold entry %1 as it was printed (%2): the entries up to it were removed, replaced or the whole file swapped.</source>
        <translation>Le journal ne contient pas l&apos;entrée %1 telle qu&apos;imprimée (%2)&#xa0;: les entrées jusqu&apos;à elle ont été supprimées, remplacées, ou le fichier entier échangé.</translation>
    </message>
    <message>
        <source>Entry %1 is as printed on paper (%2).</source>
        <translation>L&apos;entrée %1 est telle qu&apos;imprimée sur papier (%2).</translation>
    </message>
    <message>
        <source>BROKEN at entry %1 of %2: %3</source>
        <translation>ROMPU à l&apos;entrée %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>BROKEN: %1</source>
        <translation>ROMPU&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The ledger is whole: %n entries and %1 audit lines verified with the station&apos;s key; the protected tables and the sales agree with them.</source>
        <translation>
            <numerusform>Le registre est intègre&#xa0;: %n entrée et %1 lignes d&apos;audit vérifiées avec la clé de la station&#xa0;; les tables protégées et les ventes concordent.</numerusform>
            <numerusform>Le registre est intègre&#xa0;: %n entrées et %1 lignes d&apos;audit vérifiées avec la clé de la station&#xa0;; les tables protégées et les ventes concordent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The links hold: %n entries and %1 audit lines; the protected tables and the sales agree with them.</source>
        <translation>
            <numerusform>Les liens tiennent&#xa0;: %n entrée et %1 lignes d&apos;audit&#xa0;; les tables protégées et les ventes concordent.</numerusform>
            <numerusform>Les liens tiennent&#xa0;: %n entrées et %1 lignes d&apos;audit&#xa0;; les tables protégées et les ventes concordent.</numerusform>
        </translation>
    </message>
    <message>
        <source>backup file</source>
        <translation>fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Say where the backup goes with --to FILE.</source>
        <translation>Indiquez la destination de la sauvegarde avec --to FILE.</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n journal entries to %1; head %2.</source>
        <translation>
            <numerusform>%n entrée de journal sauvegardée dans %1&#xa0;; tête %2.</numerusform>
            <numerusform>%n entrées de journal sauvegardées dans %1&#xa0;; tête %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Name the backup with --from FILE.</source>
        <translation>Indiquez la sauvegarde avec --from FILE.</translation>
    </message>
    <message>
        <source>Who is signing in? Give --operator LOGIN or set AMPCARD_OPERATOR.</source>
        <translation>Qui se connecte&#xa0;? Indiquez --operator LOGIN ou définissez AMPCARD_OPERATOR.</translation>
    </message>
    <message>
        <source>Which keystore? Give --keystore FILE or set AMPCARD_KEYSTORE: a restore checks the backup with the station&apos;s key.</source>
        <translation>Quel coffre de clés&#xa0;? Indiquez --keystore FILE ou définissez AMPCARD_KEYSTORE&#xa0;: une restauration vérifie la sauvegarde avec la clé de la station.</translation>
    </message>
    <message>
        <source>Keystore passphrase: </source>
        <translation>Phrase secrète du coffre de clés&#xa0;: </translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe de %1&#xa0;: </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n journal entries into %1; head %2.</source>
        <translation>
            <numerusform>%n entrée de journal restaurée dans %1&#xa0;; tête %2.</numerusform>
            <numerusform>%n entrées de journal restaurées dans %1&#xa0;; tête %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The replaced ledger is kept as %1.</source>
        <translation>Le registre remplacé est conservé sous %1.</translation>
    </message>
</context>
<context>
    <name>MeterCommand</name>
    <message>
        <source>Serial port.</source>
        <translation>Port série.</translation>
    </message>
    <message>
        <source>Baud rate.</source>
        <translation>Débit en bauds.</translation>
    </message>
    <message>
        <source>Meter address (12 digits).</source>
        <translation>Adresse du compteur (12 chiffres).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <source>Level-02 password (wire order).</source>
        <translation>Mot de passe de niveau 02 (ordre de transmission).</translation>
    </message>
    <message>
        <source>Keystore to derive the meter&apos;s password from.</source>
        <translation>Coffre de clés d&apos;où dériver le mot de passe du compteur.</translation>
    </message>
    <message>
        <source>Key version of the meter.</source>
        <translation>Version de clé du compteur.</translation>
    </message>
    <message>
        <source>Operator code.</source>
        <translation>Code opérateur.</translation>
    </message>
    <message>
        <source>Command valid for M minutes.</source>
        <translation>Commande valable M minutes.</translation>
    </message>
    <message>
        <source>Time to broadcast.</source>
        <translation>Heure à diffuser.</translation>
    </message>
    <message>
        <source>--port TTY is required</source>
        <translation>--port TTY est obligatoire</translation>
    </message>
    <message>
        <source>--baud must be a positive number</source>
        <translation>--baud doit être un nombre positif</translation>
    </message>
    <message>
        <source>--meter must be up to 12 digits</source>
        <translation>--meter (numéro du compteur) doit avoir au plus 12 chiffres</translation>
    </message>
    <message>
        <source>ampcard meter: unknown subcommand &quot;%1&quot;</source>
        <translation>ampcard meter&#xa0;: sous-commande de compteur inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no answer from a meter: %1</source>
        <translation>pas de réponse d&apos;un compteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>give at least one data identifier, e.g. 00010000</source>
        <translation>indiquez au moins un identifiant de données, ex. 00010000</translation>
    </message>
    <message>
        <source>refused (error word %1)</source>
        <translation>refusé (mot d&apos;erreur %1)</translation>
    </message>
    <message>
        <source>no answer from the meter: %1</source>
        <translation>pas de réponse du compteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>usage: ampcard meter relay --port TTY --meter N COMMAND</source>
        <translation>usage&#xa0;: ampcard meter relay --port TTY --meter N COMMAND</translation>
    </message>
    <message>
        <source>give the keystore (--keystore FILE) or the meter&apos;s level-02 password (--password HEX6)</source>
        <translation>indiquez le coffre de clés (--keystore FILE) ou le mot de passe de niveau 02 du compteur (--password HEX6)</translation>
    </message>
    <message>
        <source>--meter must be the meter number, --key-version 0 to 255</source>
        <translation>--meter doit être le numéro du compteur, --key-version de 0 à 255</translation>
    </message>
    <message>
        <source>Keystore passphrase: </source>
        <translation>Phrase secrète du coffre de clés&#xa0;: </translation>
    </message>
    <message>
        <source>--password takes 6 hex digits, --operator 8, --valid-minutes a number</source>
        <translation>--password prend 6 chiffres hexa, --operator 8, --valid-minutes un nombre</translation>
    </message>
    <message>
        <source>the meter refused (error word %1%2)</source>
        <translation>le compteur a refusé (mot d&apos;erreur %1%2)</translation>
    </message>
    <message>
        <source>: password</source>
        <translation>&#xa0;: mot de passe</translation>
    </message>
    <message>
        <source>relay: %1 done</source>
        <translation>relais&#xa0;: %1 fait</translation>
    </message>
    <message>
        <source>--set takes now or YYYY-MM-DDTHH:MM[:SS]</source>
        <translation>--set prend now ou YYYY-MM-DDTHH:MM[:SS]</translation>
    </message>
    <message>
        <source>broadcast %1</source>
        <translation>diffusion %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a data identifier of 8 hex digits nor the name of one (docs/dlt645.md)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un identifiant de données de 8 chiffres hexadécimaux ni le nom d&apos;un identifiant (docs/dlt645.md)</translation>
    </message>
    <message>
        <source>  ampcard meter address --port TTY [--baud 2400]
      Read the address of the meter on the port (DL/T645 0x13).
  ampcard meter read --port TTY [--baud 2400] [--meter N] [--json] DI...
      Read data identifiers: 8 hex digits (00010000) or a name of docs/dlt645.md&apos;s table
      (forward-energy, forward-energy:1 for the last settlement, remaining-credit...).
  ampcard meter relay --port TTY --meter N COMMAND (--keystore FILE | --password HEX6)
      [--operator HEX8] [--valid-minutes M]   COMMAND: trip, allow, close, alarm,
      alarm-release, keep-power, keep-power-release (DL/T645 0x1C with the meter&apos;s
      level-02 password, derived from the keystore&apos;s master key).
  ampcard meter time --port TTY [--meter N] [--set now|YYYY-MM-DDTHH:MM[:SS]]
      Read the meter&apos;s clock, or broadcast a time to every meter on the line.
  ampcard meter push-tariff --meter NUMBER [--port TTY] [--baud 2400] [--json]
      [--ledger FILE] [--operator LOGIN] [--keystore FILE]
      Send the tariff of the meter&apos;s plan to the meter at once, sealed in its sequence
      space (DL/T645 0x03), and settle it on the meter&apos;s sealed record. The port defaults
      to the meter line set in Administration.
</source>
        <translation>  ampcard meter address --port TTY [--baud 2400]
      Lit l&apos;adresse du compteur présent sur le port (DL/T645 0x13).
  ampcard meter read --port TTY [--baud 2400] [--meter N] [--json] DI...
      Lit des identifiants de données&#xa0;: 8 chiffres hexa (00010000) ou un nom de la table
      de docs/dlt645.md (forward-energy, forward-energy:1 pour la dernière clôture,
      remaining-credit...).
  ampcard meter relay --port TTY --meter N COMMAND (--keystore FILE | --password HEX6)
      [--operator HEX8] [--valid-minutes M]   COMMAND (commande du relais)&#xa0;: trip, allow,
      close, alarm, alarm-release, keep-power, keep-power-release (DL/T645 0x1C avec le
      mot de passe de niveau 02 du compteur, dérivé de la clé maître du coffre de clés).
  ampcard meter time --port TTY [--meter N] [--set now|YYYY-MM-DDTHH:MM[:SS]]
      Lit l&apos;horloge du compteur, ou diffuse une heure à tous les compteurs de la ligne.
  ampcard meter push-tariff --meter NUMBER [--port TTY] [--baud 2400] [--json]
      [--ledger FILE] [--operator LOGIN] [--keystore FILE]
      Envoie immédiatement au compteur le tarif de son plan, scellé dans son espace de
      séquence (DL/T645 0x03), et le règle sur l&apos;enregistrement scellé du compteur
      (--ledger&#xa0;: le registre&#xa0;; --keystore&#xa0;: le coffre de clés). Le port est par défaut
      la ligne compteur réglée dans Administration.
</translation>
    </message>
    <message>
        <source>meter number (12 digits)</source>
        <translation>numéro du compteur (12 chiffres)</translation>
    </message>
    <message>
        <source>serial port of the meter&apos;s line (DL/T645)</source>
        <translation>port série de la ligne compteur (DL/T645)</translation>
    </message>
    <message>
        <source>baud rate of the meter&apos;s line</source>
        <translation>débit en bauds de la ligne compteur</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>afficher en JSON</translation>
    </message>
    <message>
        <source>No meter line is configured for meter %1: give --port TTY, or set the meter line in Administration.</source>
        <translation>Aucune ligne compteur n&apos;est configurée pour le compteur %1&#xa0;: indiquez --port TTY, ou réglez la ligne compteur dans Administration.</translation>
    </message>
    <message>
        <source>Cannot use the meter line %1: %2</source>
        <translation>Impossible d&apos;utiliser la ligne compteur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Meter %1 already runs plan %2: nothing was sent.</source>
        <translation>Le compteur %1 applique déjà le plan %2&#xa0;: rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Meter %1 loaded plan %2 (tariff %3, from %4) at sequence %5: push %6.</source>
        <translation>Le compteur %1 a chargé le plan %2 (tarif %3, en vigueur depuis le %4) à la séquence %5&#xa0;: envoi %6.</translation>
    </message>
    <message>
        <source>  ampcard meter push-tariff --plan NAME [--port TTY] [--baud 2400] [--json] ...
      The same for every active meter of plan NAME on the line, one after another:
      a line for each meter, and a meter that does not answer or refuses does not
      stop the others (exit status 1 when any of them did not take the tariff).
</source>
        <translation>  ampcard meter push-tariff --plan NAME [--port TTY] [--baud 2400] [--json] ...
      La même chose pour chaque compteur actif du plan NAME sur la ligne, l&apos;un après l&apos;autre :
      une ligne par compteur, et un compteur qui ne répond pas ou refuse n&apos;arrête pas
      les autres (code de sortie 1 si l&apos;un d&apos;eux n&apos;a pas pris le tarif).
</translation>
    </message>
    <message>
        <source>every active meter of this tariff plan</source>
        <translation>chaque compteur actif de ce plan tarifaire</translation>
    </message>
    <message>
        <source>usage: ampcard meter push-tariff (--meter NUMBER | --plan NAME) [--port TTY]</source>
        <translation>usage&#xa0;: ampcard meter push-tariff (--meter NUMBER | --plan NAME) [--port TTY]</translation>
    </message>
    <message>
        <source>No meter line is configured for the meters of plan %1: give --port TTY, or set the meter line in Administration.</source>
        <translation>Aucune ligne compteur n&apos;est configurée pour les compteurs du plan %1&#xa0;: indiquez --port TTY, ou réglez la ligne compteur dans Administration.</translation>
    </message>
    <message>
        <source>No active meter is on plan %1: nothing was sent.</source>
        <translation>Aucun compteur actif n&apos;est sur le plan %1&#xa0;: rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Meter %1: %2</source>
        <translation>Compteur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 of %2 meters of plan %3 run its tariff now.</source>
        <translation>%1 compteurs sur %2 du plan %3 appliquent maintenant son tarif.</translation>
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
    <name>NetworkCommand</name>
    <message>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <source>station number</source>
        <translation>numéro de station</translation>
    </message>
    <message>
        <source>usage: ampcard network join --server URL --station N</source>
        <translation>usage&#xa0;: ampcard network join --server URL --station N</translation>
    </message>
    <message>
        <source>--server URL and --station N are required</source>
        <translation>--server URL et --station N sont obligatoires</translation>
    </message>
    <message>
        <source>--station takes a station number from 1, not &quot;%1&quot;</source>
        <translation>--station prend un numéro de station à partir de 1, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Only an administrator joins the station to a server.</source>
        <translation>Seul un administrateur fait rejoindre un serveur à la station.</translation>
    </message>
    <message>
        <source>The server&apos;s password for station %1: </source>
        <translation>Mot de passe du serveur pour la station %1&#xa0;: </translation>
    </message>
    <message>
        <source>Cannot join the server: %1</source>
        <translation>Impossible de rejoindre le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Joined the server as station %1; uploading this ledger&apos;s history…</source>
        <translation>Serveur rejoint comme station %1&#xa0;; envoi de l&apos;historique de ce registre…</translation>
    </message>
    <message>
        <source>Uploaded %1 journal entries and %2 audit lines.</source>
        <translation>%1 entrées de journal et %2 lignes d&apos;audit envoyées.</translation>
    </message>
    <message>
        <source>the ledger</source>
        <translation>le registre</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>afficher en JSON</translation>
    </message>
    <message>
        <source>keep pushing, for a service</source>
        <translation>envoyer en continu, pour un service</translation>
    </message>
    <message>
        <source>seconds between rounds of the daemon</source>
        <translation>secondes entre deux passes du démon</translation>
    </message>
    <message>
        <source>This station has not joined a server: run `ampcard network join`.</source>
        <translation>Cette station n&apos;a rejoint aucun serveur&#xa0;: lancez `ampcard network join`.</translation>
    </message>
    <message>
        <source>Station %1: %2 waiting (lag %3 s); last success %4.</source>
        <translation>Station %1&#xa0;: %2 en attente (retard %3 s)&#xa0;; dernier succès %4.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Last error (%1): %2</source>
        <translation>Dernière erreur (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The push stopped: %1</source>
        <translation>L&apos;envoi s&apos;est arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pushed %1 journal entries and %2 audit lines.</source>
        <translation>%1 entrées de journal et %2 lignes d&apos;audit envoyées.</translation>
    </message>
    <message>
        <source>The push stopped: %1 (trying again in %2 s)</source>
        <translation>L&apos;envoi s&apos;est arrêté&#xa0;: %1 (nouvel essai dans %2 s)</translation>
    </message>
    <message>
        <source>over all stations</source>
        <translation>sur toutes les stations</translation>
    </message>
    <message>
        <source>the day</source>
        <translation>le jour</translation>
    </message>
    <message>
        <source>print CSV</source>
        <translation>afficher en CSV</translation>
    </message>
    <message>
        <source>--all-stations needs --server URL (a reporting login).</source>
        <translation>--all-stations exige --server URL (un identifiant de rapports).</translation>
    </message>
    <message>
        <source>Joined, but the upload stopped (%1). It goes on with `ampcard sync`.</source>
        <translation>Serveur rejoint, mais l&apos;envoi s&apos;est arrêté (%1). Il reprendra avec `ampcard sync`.</translation>
    </message>
    <message>
        <source>  network join --server URL --station N [--ledger FILE] [--keystore FILE]
      join the central server as station N and upload this ledger&apos;s history
      (an administrator signs in and the keystore seals the change; the server&apos;s
      password from the URL, AMPCARD_SERVER_PASSWORD or a prompt)
  sync [--ledger FILE] [--daemon [--interval SECONDS]]
      push what waits to the server now (or every few seconds, for a service)
  sync status [--ledger FILE] [--json]
      what waits, the last success, the lag and the last error
  report daily|z|monthly|stations --all-stations --server URL [--csv]
         [--date YYYY-MM-DD | --from YYYY-MM-DD --to YYYY-MM-DD | YYYY-MM]
      over all stations: takings of a day, the close-out (Z) report of a period
      per station and operator, takings of a month by day, or the stations&apos;
      floats and chains (URL: a reporting login, ampcard server add-reporter;
      its password from the URL, AMPCARD_SERVER_PASSWORD or a prompt)
</source>
        <translation>  network join --server URL --station N [--ledger FILE] [--keystore FILE]
      rejoint le serveur central comme station N et envoie l&apos;historique de ce registre
      (un administrateur se connecte et le coffre de clés scelle le changement&#xa0;; le mot
      de passe du serveur depuis l&apos;URL, AMPCARD_SERVER_PASSWORD ou une invite)
  sync [--ledger FILE] [--daemon [--interval SECONDS]]
      envoie maintenant au serveur ce qui attend (ou toutes les quelques secondes,
      pour un service)
  sync status [--ledger FILE] [--json]
      ce qui attend, le dernier succès, le retard et la dernière erreur
  report daily|z|monthly|stations --all-stations --server URL [--csv]
         [--date YYYY-MM-DD | --from YYYY-MM-DD --to YYYY-MM-DD | YYYY-MM]
      sur toutes les stations&#xa0;: les recettes d&apos;un jour, le rapport Z de clôture d&apos;une
      période par station et opérateur, les recettes d&apos;un mois par jour, ou les dotations
      et chaînes des stations (URL&#xa0;: un identifiant de rapports, ampcard server
      add-reporter&#xa0;; son mot de passe depuis l&apos;URL, AMPCARD_SERVER_PASSWORD ou une invite)
</translation>
    </message>
    <message>
        <source>usage: ampcard sync [status|clashes] ...</source>
        <translation>usage&#xa0;: ampcard sync [status|clashes] ...</translation>
    </message>
    <message>
        <source>No clashes.</source>
        <translation>Aucun conflit.</translation>
    </message>
    <message>
        <source>%1 %2 (%3): refused by the server, station %4 has it.</source>
        <translation>%1 %2 (%3)&#xa0;: refusé par le serveur, la station %4 le détient.</translation>
    </message>
    <message>
        <source>%1 %2 (%3): station %4&apos;s record not taken here, this station has its own.</source>
        <translation>%1 %2 (%3)&#xa0;: l&apos;enregistrement de la station %4 n&apos;est pas repris ici, cette station a le sien.</translation>
    </message>
    <message>
        <source>Records: %1 of this station waiting to go out; %2 tariff, fee or operator changes of other stations waiting for the station&apos;s key.</source>
        <translation>Enregistrements&#xa0;: %1 de cette station en attente d&apos;envoi&#xa0;; %2 changements de tarif, de frais ou d&apos;opérateur d&apos;autres stations en attente de la clé de la station.</translation>
    </message>
    <message>
        <source>%1 clashes for a supervisor: ampcard sync clashes.</source>
        <translation>%1 conflits à traiter par un superviseur&#xa0;: ampcard sync clashes.</translation>
    </message>
    <message>
        <source>Records: %1 pushed, %2 pulled from other stations, %3 new clashes.</source>
        <translation>Enregistrements&#xa0;: %1 envoyés, %2 reçus d&apos;autres stations, %3 nouveaux conflits.</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>premier jour</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>dernier jour</translation>
    </message>
    <message>
        <source>Over all stations, the reports are %1, not &quot;%2&quot;.</source>
        <translation>Sur toutes les stations, les rapports sont %1, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Give days as YYYY-MM-DD.</source>
        <translation>Indiquez les jours sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The password of the reporting login %1: </source>
        <translation>Mot de passe de l&apos;identifiant de rapports %1&#xa0;: </translation>
    </message>
    <message>
        <source>  sync clashes [--ledger FILE] [--json]
      this station&apos;s records the server keeps aside because another station
      holds the same meter (opened at two stations offline), for a supervisor
  report sequences --all-stations --server URL [--csv]
      meter sequences sold by more than one station
</source>
        <translation>  sync clashes [--ledger FILE] [--json]
      les fiches du registre de cette station que le serveur met de côté parce qu&apos;une autre station
      détient le même compteur (ouvert dans deux stations hors ligne), pour un superviseur
  report sequences --all-stations --server URL [--csv]
      les séquences de compteur vendues par plus d&apos;une station
</translation>
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
    <name>ServerCommand</name>
    <message>
        <source>ampcard server: %1</source>
        <translation>ampcard server&#xa0;: %1</translation>
    </message>
    <message>
        <source>ampcard server: unknown subcommand &quot;%1&quot;
</source>
        <translation>ampcard server&#xa0;: sous-commande inconnue «&#xa0;%1&#xa0;»
</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <source>--db URL is required</source>
        <translation>--db URL est obligatoire</translation>
    </message>
    <message>
        <source>The central schema is up to date (version %1).</source>
        <translation>Le schéma central est à jour (version %1).</translation>
    </message>
    <message>
        <source>Created the central schema (version %1).</source>
        <translation>Schéma central créé (version %1).</translation>
    </message>
    <message>
        <source>Upgraded the central schema from version %1 to %2.</source>
        <translation>Schéma central mis à jour de la version %1 à la version %2.</translation>
    </message>
    <message>
        <source>station number</source>
        <translation>numéro de station</translation>
    </message>
    <message>
        <source>vendor float</source>
        <translation>dotation de la station</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>afficher en JSON</translation>
    </message>
    <message>
        <source>--db URL and --station N are required</source>
        <translation>--db URL et --station N sont obligatoires</translation>
    </message>
    <message>
        <source>--station takes a station number from 1, not &quot;%1&quot;</source>
        <translation>--station prend un numéro de station à partir de 1, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--float takes an amount of zero or more, not &quot;%1&quot;</source>
        <translation>--float prend un montant de zéro ou plus, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the new float</source>
        <translation>la nouvelle dotation</translation>
    </message>
    <message>
        <source>--set takes an amount of zero or more, not &quot;%1&quot;</source>
        <translation>--set prend un montant de zéro ou plus, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Station %1: float %2, taken %3, left %4</source>
        <translation>Station %1&#xa0;: dotation %2, utilisée %3, restante %4</translation>
    </message>
    <message>
        <source>the reporting login</source>
        <translation>l&apos;identifiant de rapports</translation>
    </message>
    <message>
        <source>--db URL and --login NAME are required</source>
        <translation>--db URL et --login NAME sont obligatoires</translation>
    </message>
    <message>
        <source>Station %1 joins with this URL (keep it secret):</source>
        <translation>La station %1 rejoint le serveur avec cette URL (gardez-la secrète)&#xa0;:</translation>
    </message>
    <message>
        <source>Reports over all stations use this URL (keep it secret):</source>
        <translation>Les rapports sur toutes les stations utilisent cette URL (gardez-la secrète)&#xa0;:</translation>
    </message>
    <message>
        <source>  server init --db URL
      create or upgrade the central schema and its roles on PostgreSQL
  server add-station --db URL --station N [--float X] [--edits-shared] [--json]
      a login role for station N; prints the URL the station joins with
  server float --db URL --station N [--set X] [--json]
      show or set the vendor float of station N
  server add-reporter --db URL --login NAME [--json]
      a login for reports over all stations (ampcard report … --all-stations)
      (URL: a libpq URL or connection string; TLS verify-full unless it says
      sslmode; the password from the URL, PGPASSWORD or ~/.pgpass)
</source>
        <translation>  server init --db URL
      crée ou met à jour le schéma central et ses rôles sur PostgreSQL
  server add-station --db URL --station N [--float X] [--edits-shared] [--json]
      un rôle de connexion pour la station N&#xa0;; affiche l&apos;URL avec laquelle elle rejoint le serveur
  server float --db URL --station N [--set X] [--json]
      affiche ou fixe la dotation de la station N
  server add-reporter --db URL --login NAME [--json]
      un identifiant pour les rapports sur toutes les stations (ampcard report … --all-stations)
      (URL&#xa0;: une URL libpq ou une chaîne de connexion&#xa0;; TLS verify-full sauf si elle indique
      sslmode&#xa0;; le mot de passe depuis l&apos;URL, PGPASSWORD ou ~/.pgpass)
</translation>
    </message>
    <message>
        <source>the station edits tariff plans, fee rules and operators for every station (the head office)</source>
        <translation>la station modifie les plans tarifaires, règles de frais et opérateurs pour toutes les stations (le siège)</translation>
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
    <name>StationAccess</name>
    <message>
        <source>ledger file</source>
        <translation>fichier du registre</translation>
    </message>
    <message>
        <source>operator&apos;s login</source>
        <translation>identifiant de l&apos;opérateur</translation>
    </message>
    <message>
        <source>keystore file</source>
        <translation>fichier coffre de clés</translation>
    </message>
    <message>
        <source>card reader name</source>
        <translation>nom du lecteur de cartes</translation>
    </message>
    <message>
        <source>Who is signing in? Give --operator LOGIN or set AMPCARD_OPERATOR.</source>
        <translation>Qui se connecte&#xa0;? Indiquez --operator LOGIN ou définissez AMPCARD_OPERATOR.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe de %1&#xa0;: </translation>
    </message>
    <message>
        <source>Keystore passphrase: </source>
        <translation>Phrase secrète du coffre de clés&#xa0;: </translation>
    </message>
    <message>
        <source>Which keystore? Give --keystore FILE or set AMPCARD_KEYSTORE.</source>
        <translation>Quel coffre de clés&#xa0;? Indiquez --keystore FILE ou définissez AMPCARD_KEYSTORE.</translation>
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
    <name>TariffCommand</name>
    <message>
        <source>monthly on day %1 at %2:00</source>
        <translation>mensuelle le jour %1 à %2:00</translation>
    </message>
    <message>
        <source>yearly on %1</source>
        <translation>annuelle le %1</translation>
    </message>
    <message>
        <source>  ampcard tariff check FILE
      Validate a tariff file; errors name the field and the reason.
  ampcard tariff quote FILE --used KWH (--money AMOUNT | --energy KWH) [--rate NAME] [--json]
      Energy a payment buys, or the money for an amount of energy, after KWH of
      usage in the settlement period. --rate picks the TOU rate (sharp, peak,
      flat, valley; default: the file&apos;s quoteRate).
  ampcard tariff bill FILE --readings CSV [--json]
      Bill a CSV of &quot;timestamp,cumulative_kwh&quot; readings (local time) per
      settlement period with the meter&apos;s own deduction code.
</source>
        <translation>  ampcard tariff check FILE
      Valide un fichier de tarif&#xa0;; les erreurs nomment le champ et la raison.
  ampcard tariff quote FILE --used KWH (--money AMOUNT | --energy KWH) [--rate NAME] [--json]
      Énergie qu&apos;achète un paiement, ou l&apos;argent pour une quantité d&apos;énergie, après KWH de
      consommation depuis la dernière clôture. --rate choisit le taux horaire (sharp, peak,
      flat, valley&#xa0;; par défaut&#xa0;: le quoteRate du fichier).
  ampcard tariff bill FILE --readings CSV [--json]
      Facture un CSV de relevés &quot;timestamp,cumulative_kwh&quot; (heure locale) par
      période entre clôtures avec le propre code de déduction du compteur.
</translation>
    </message>
    <message>
        <source>ampcard tariff: a subcommand is needed
</source>
        <translation>ampcard tariff&#xa0;: une sous-commande est nécessaire
</translation>
    </message>
    <message>
        <source>ampcard tariff: unknown subcommand &quot;%1&quot;
</source>
        <translation>ampcard tariff&#xa0;: sous-commande inconnue &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>usage: ampcard tariff check FILE</source>
        <translation>usage&#xa0;: ampcard tariff check FILE</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid tariff &quot;%2&quot; (%3), %n step(s), settlement %4</source>
        <translation>
            <numerusform>%1&#xa0;: tarif valide &quot;%2&quot; (%3), %n tranche, clôture %4</numerusform>
            <numerusform>%1&#xa0;: tarif valide &quot;%2&quot; (%3), %n tranches, clôture %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, TOU with %n schedule entries</source>
        <translation>
            <numerusform>, heures tarifaires avec %n entrée d&apos;horaire</numerusform>
            <numerusform>, heures tarifaires avec %n entrées d&apos;horaire</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage so far in the settlement period.</source>
        <translation>Consommation depuis la dernière clôture.</translation>
    </message>
    <message>
        <source>Amount paid.</source>
        <translation>Montant payé.</translation>
    </message>
    <message>
        <source>Energy wanted.</source>
        <translation>Énergie voulue.</translation>
    </message>
    <message>
        <source>TOU rate to quote at.</source>
        <translation>Taux horaire du devis.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <source>Tariff file.</source>
        <translation>Fichier de tarif.</translation>
    </message>
    <message>
        <source>usage: ampcard tariff quote FILE --used KWH (--money AMOUNT | --energy KWH) [--rate NAME] [--json]</source>
        <translation>usage&#xa0;: ampcard tariff quote FILE --used KWH (--money AMOUNT | --energy KWH) [--rate NAME] [--json]</translation>
    </message>
    <message>
        <source>--used KWH is required (usage so far in the settlement period)</source>
        <translation>--used KWH est obligatoire (consommation depuis la dernière clôture)</translation>
    </message>
    <message>
        <source>give exactly one of --money AMOUNT and --energy KWH</source>
        <translation>indiquez exactement l&apos;un de --money AMOUNT et --energy KWH</translation>
    </message>
    <message>
        <source>--used &quot;%1&quot;: %2</source>
        <translation>--used &quot;%1&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <source>--rate &quot;%1&quot;: the tariff defines no such TOU rate</source>
        <translation>--rate &quot;%1&quot;&#xa0;: le tarif ne définit pas ce taux horaire</translation>
    </message>
    <message>
        <source>--money &quot;%1&quot;: %2</source>
        <translation>--money &quot;%1&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <source>--energy &quot;%1&quot;: %2</source>
        <translation>--energy &quot;%1&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2), usage before: %3 kWh</source>
        <translation>%1 (%2), consommation antérieure&#xa0;: %3 kWh</translation>
    </message>
    <message>
        <source>, TOU rate %1</source>
        <translation>, taux horaire %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Energy kWh</source>
        <translation>Énergie kWh</translation>
    </message>
    <message>
        <source>Price/kWh</source>
        <translation>Prix/kWh</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Argent</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Paid %1; %2 buys less than 0.01 kWh more and stays as credit.
</source>
        <translation>Payé %1&#xa0;; %2 achète moins de 0.01 kWh de plus et reste en crédit.
</translation>
    </message>
    <message>
        <source>CSV of timestamp,cumulative_kwh.</source>
        <translation>CSV de timestamp,cumulative_kwh.</translation>
    </message>
    <message>
        <source>usage: ampcard tariff bill FILE --readings CSV [--json]</source>
        <translation>usage&#xa0;: ampcard tariff bill FILE --readings CSV [--json]</translation>
    </message>
    <message>
        <source>%1 (%2), settlement %3
</source>
        <translation>%1 (%2), clôture %3
</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
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
    <name>Tool</name>
    <message>
        <source>Usage: ampcard COMMAND ...

Commands:
</source>
        <translation>Usage&#xa0;: ampcard COMMAND ...

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>
ampcard --version | --help
</source>
        <translation>
ampcard --version | --help
</translation>
    </message>
    <message>
        <source>ampcard: unknown command &quot;%1&quot;

</source>
        <translation>ampcard&#xa0;: commande inconnue &quot;%1&quot;

</translation>
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
