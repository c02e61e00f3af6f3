<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw_TZ">
<context>
    <name>AccountView</name>
    <message>
        <source>reverse energy %1 kWh</source>
        <translation>nishati iliyorudi %1 kWh</translation>
    </message>
    <message numerus="yes">
        <source>%n tamper event(s)</source>
        <translation>
            <numerusform>tukio %n la uchezeaji</numerusform>
            <numerusform>matukio %n ya uchezeaji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n illegal card(s) tried</source>
        <translation>
            <numerusform>kadi %n isiyo halali imejaribiwa</numerusform>
            <numerusform>kadi %n zisizo halali zimejaribiwa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Only a supervisor or administrator may back up the ledger.</source>
        <translation>Ni msimamizi au meneja wa mfumo pekee anayeweza kuhifadhi nakala ya daftari.</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never overwrites a file.</source>
        <translation>%1 tayari ipo; nakala haiandiki juu ya faili kamwe.</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Haiwezekani kuunda folda ya %1.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>Haiwezekani kuandika nakala %1: %2</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read back: %2</source>
        <translation>Nakala %1 haiwezi kusomwa tena: %2</translation>
    </message>
    <message>
        <source>The backup does not verify (%1); the ledger itself may be damaged: run &quot;ampcard ledger verify&quot;.</source>
        <translation>Nakala haithibitiki (%1); huenda daftari lenyewe limeharibika: endesha &quot;ampcard ledger verify&quot;.</translation>
    </message>
    <message>
        <source>Restore refused: unlock the keystore first; the backup is checked with the station&apos;s key.</source>
        <translation>Urejeshaji umekataliwa: fungua hifadhi ya funguo kwanza; nakala inakaguliwa kwa ufunguo wa kituo.</translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation>Hakuna nakala kwenye %1.</translation>
    </message>
    <message>
        <source>Restore refused: %1</source>
        <translation>Urejeshaji umekataliwa: %1</translation>
    </message>
    <message>
        <source>only an administrator of the current ledger may restore it</source>
        <translation>ni meneja wa mfumo wa daftari la sasa pekee anayeweza kulirejesha</translation>
    </message>
    <message>
        <source>Cannot copy the backup next to %1.</source>
        <translation>Haiwezekani kunakili nakala kando ya %1.</translation>
    </message>
    <message>
        <source>The backup cannot be used: %1</source>
        <translation>Nakala haiwezi kutumika: %1</translation>
    </message>
    <message>
        <source>Restore refused: %1 is a ledger of station %2; this station is %3. Only a backup of this station may replace its ledger.</source>
        <translation>Urejeshaji umekataliwa: %1 ni daftari la kituo %2; kituo hiki ni %3. Ni nakala ya kituo hiki pekee inayoweza kuchukua nafasi ya daftari lake.</translation>
    </message>
    <message>
        <source>The backup does not verify: %1</source>
        <translation>Nakala haithibitiki: %1</translation>
    </message>
    <message>
        <source>Restore refused: the backup was never sealed with the station&apos;s key, so nothing proves it was made here.</source>
        <translation>Urejeshaji umekataliwa: nakala haikuwahi kutiwa muhuri kwa ufunguo wa kituo, kwa hiyo hakuna kinachothibitisha kuwa ilitengenezwa hapa.</translation>
    </message>
    <message>
        <source>Restore refused: the backup&apos;s history is not this ledger&apos;s (neither chain is the beginning of the other): it was made from another file or edited.</source>
        <translation>Urejeshaji umekataliwa: historia ya nakala si ya daftari hili (hakuna mnyororo ulio mwanzo wa mwingine): ilitengenezwa kutoka faili jingine au ilihaririwa.</translation>
    </message>
    <message>
        <source>Cannot set the current ledger aside as %1; nothing was changed.</source>
        <translation>Haiwezekani kuweka kando daftari la sasa kama %1; hakuna kilichobadilishwa.</translation>
    </message>
    <message>
        <source>Cannot put the restored ledger in place; it is at %1 and the previous one at %2.</source>
        <translation>Haiwezekani kuweka daftari lililorejeshwa mahali pake; liko kwenye %1 na la awali kwenye %2.</translation>
    </message>
</context>
<context>
    <name>BillReader</name>
    <message>
        <source>line %1</source>
        <translation>mstari %1</translation>
    </message>
    <message>
        <source>expected &quot;timestamp,cumulative_kwh&quot;</source>
        <translation>ilitarajiwa &quot;timestamp,cumulative_kwh&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a local time YYYY-MM-DDTHH:MM[:SS]</source>
        <translation>&quot;%1&quot; si saa ya hapa YYYY-MM-DDTHH:MM[:SS]</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>a meter reading cannot be negative</source>
        <translation>usomaji wa mita hauwezi kuwa hasi</translation>
    </message>
    <message>
        <source>timestamps must increase</source>
        <translation>nyakati lazima ziongezeke</translation>
    </message>
    <message>
        <source>the reading is lower than the previous one</source>
        <translation>usomaji ni chini ya ule uliotangulia</translation>
    </message>
    <message>
        <source>at least two readings are needed</source>
        <translation>usomaji wa mara mbili angalau unahitajika</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>haiwezekani kusoma faili: %1</translation>
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
      Soma kadi yoyote iliyoingizwa; kwa hifadhi ya funguo, thibitisha na fasiri
      rekodi zake (kaulisiri kutoka AMPCARD_PASSPHRASE au kwa kuulizwa).
  ampcard keys init --keystore FILE --utility ID
      Tengeneza ufunguo mkuu mpya wa shirika, uliosimbwa chini ya kaulisiri.
  ampcard keys meter-key --keystore FILE --meter N [--version V] --out FILE
      Andika faili la ufunguo la mita moja, kwa ajili ya kuiwasha mita.
  ampcard keys change-passphrase --keystore FILE
      Simba upya hifadhi ya funguo (kaulisiri mpya kutoka AMPCARD_NEW_PASSPHRASE au
      kwa kuulizwa).
</translation>
    </message>
    <message>
        <source>ampcard card: unknown subcommand &quot;%1&quot;
</source>
        <translation>ampcard card: amri ndogo ya kadi &quot;%1&quot; haijulikani
</translation>
    </message>
    <message>
        <source>Card reader name.</source>
        <translation>Jina la kisomaji cha kadi.</translation>
    </message>
    <message>
        <source>Keystore file.</source>
        <translation>Faili la hifadhi ya funguo.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Chapisha JSON.</translation>
    </message>
    <message>
        <source>usage: ampcard card read [--reader NAME] [--keystore FILE] [--json]</source>
        <translation>matumizi: ampcard card read [--reader NAME] [--keystore FILE] [--json] (soma kadi; FILE: hifadhi ya funguo)</translation>
    </message>
    <message>
        <source>Keystore passphrase: </source>
        <translation>Kaulisiri ya hifadhi ya funguo: </translation>
    </message>
    <message>
        <source>%1 %2 in %3 (%4)</source>
        <translation>%1 %2 katika %3 (%4)</translation>
    </message>
    <message>
        <source>Issued record:</source>
        <translation>Rekodi iliyotolewa:</translation>
    </message>
    <message>
        <source>Issued record: none</source>
        <translation>Rekodi iliyotolewa: hakuna</translation>
    </message>
    <message>
        <source>Meter return record:</source>
        <translation>Rekodi ya kurudi ya mita:</translation>
    </message>
    <message>
        <source>Meter return record: none</source>
        <translation>Rekodi ya kurudi ya mita: hakuna</translation>
    </message>
    <message>
        <source>Utility id.</source>
        <translation>Kitambulisho cha shirika.</translation>
    </message>
    <message>
        <source>Meter number.</source>
        <translation>Namba ya mita.</translation>
    </message>
    <message>
        <source>Key version.</source>
        <translation>Toleo la ufunguo.</translation>
    </message>
    <message>
        <source>Meter key file to write.</source>
        <translation>Faili la ufunguo wa mita la kuandika.</translation>
    </message>
    <message>
        <source>--keystore FILE is required</source>
        <translation>--keystore FILE (hifadhi ya funguo) inahitajika</translation>
    </message>
    <message>
        <source>--utility ID is required: a number from 1 to 4294967295</source>
        <translation>--utility ID inahitajika: namba kutoka 1 hadi 4294967295</translation>
    </message>
    <message>
        <source>%1 exists already; a keystore is never overwritten</source>
        <translation>%1 tayari ipo; hifadhi ya funguo haiandikwi juu kamwe</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Kaulisiri mpya: </translation>
    </message>
    <message>
        <source>the passphrase must have at least 8 characters</source>
        <translation>kaulisiri lazima iwe na angalau herufi 8</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Rudia kaulisiri: </translation>
    </message>
    <message>
        <source>the passphrases differ</source>
        <translation>kaulisiri hazilingani</translation>
    </message>
    <message>
        <source>%1: new master key for utility %2</source>
        <translation>%1: ufunguo mkuu mpya wa shirika %2</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Kaulisiri ya sasa: </translation>
    </message>
    <message>
        <source>the new passphrase must have at least 8 characters</source>
        <translation>kaulisiri mpya lazima iwe na angalau herufi 8</translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Rudia kaulisiri mpya: </translation>
    </message>
    <message>
        <source>%1: passphrase changed</source>
        <translation>%1: kaulisiri imebadilishwa</translation>
    </message>
    <message>
        <source>usage: ampcard keys meter-key --keystore FILE --meter N [--version V] --out FILE</source>
        <translation>matumizi: ampcard keys meter-key --keystore FILE --meter N [--version V] --out FILE (hifadhi ya funguo; N: namba ya mita)</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>haiwezekani kuandika %1</translation>
    </message>
    <message>
        <source>%1: key version %2 of meter %3</source>
        <translation>%1: toleo la ufunguo %2 la mita %3</translation>
    </message>
    <message>
        <source>ampcard keys: unknown subcommand &quot;%1&quot;</source>
        <translation>ampcard keys: amri ndogo &quot;%1&quot; haijulikani</translation>
    </message>
</context>
<context>
    <name>CardDesk</name>
    <message>
        <source>The keystore is locked: a supervisor must unlock it first.</source>
        <translation>Hifadhi ya funguo imefungwa: msimamizi lazima aifungue kwanza.</translation>
    </message>
    <message>
        <source>Cannot read the card: %1</source>
        <translation>Haiwezekani kusoma kadi: %1</translation>
    </message>
    <message>
        <source>This is a %1, not a customer&apos;s card.</source>
        <translation>Hii ni %1, si kadi ya mteja.</translation>
    </message>
    <message>
        <source>Card %1 belongs to another utility (%2): it cannot be sold to here.</source>
        <translation>Kadi %1 ni ya shirika jingine la umeme (%2): haiwezi kuuziwa hapa.</translation>
    </message>
    <message>
        <source>Card %1 does not hold the record written to it: %2 Write it again on this card.</source>
        <translation>Kadi %1 haina rekodi iliyoandikwa juu yake: %2 Iandike tena kwenye kadi hii.</translation>
    </message>
    <message>
        <source>Card %1 is not a customer card issued by this utility&apos;s stations.</source>
        <translation>Kadi %1 si kadi ya mteja iliyotolewa na vituo vya shirika hili.</translation>
    </message>
    <message>
        <source>Card %1 is blacklisted (%2): keep it and send the customer to a supervisor.</source>
        <translation>Kadi %1 imezuiliwa (%2): ishike na umpeleke mteja kwa msimamizi.</translation>
    </message>
    <message>
        <source>The meter of card %1 is not registered.</source>
        <translation>Mita ya kadi %1 haijasajiliwa.</translation>
    </message>
    <message>
        <source>Card %1 holds a record of meter %2 but belongs to meter %3: it was tampered with.</source>
        <translation>Kadi %1 ina rekodi ya mita %2 lakini ni ya mita %3: kuna uchezeaji wa kadi.</translation>
    </message>
    <message>
        <source>The meter&apos;s record on card %1 does not verify (%2): the card was tampered with or damaged.</source>
        <translation>Rekodi ya mita kwenye kadi %1 haithibitiki (%2): kuna uchezeaji wa kadi au imeharibika.</translation>
    </message>
    <message>
        <source>The purchase record on card %1 does not verify (%2): the card was tampered with or damaged.</source>
        <translation>Rekodi ya ununuzi kwenye kadi %1 haithibitiki (%2): kuna uchezeaji wa kadi au imeharibika.</translation>
    </message>
    <message>
        <source>Card %1 holds a record copied from another card: it was tampered with.</source>
        <translation>Kadi %1 ina rekodi iliyonakiliwa kutoka kadi nyingine: kuna uchezeaji wa kadi.</translation>
    </message>
    <message>
        <source>This is a %1; a customer needs a user card.</source>
        <translation>Hii ni %1; mteja anahitaji kadi ya mteja.</translation>
    </message>
    <message>
        <source>Card %1 is blacklisted (%2).</source>
        <translation>Kadi %1 imezuiliwa (%2).</translation>
    </message>
    <message>
        <source>Card %1 is already the card of meter %2.</source>
        <translation>Kadi %1 tayari ni kadi ya mita %2.</translation>
    </message>
    <message>
        <source>Card %1 already holds records: use a new card.</source>
        <translation>Kadi %1 tayari ina rekodi: tumia kadi mpya.</translation>
    </message>
    <message>
        <source>This operator may not sell.</source>
        <translation>Mhudumu huyu haruhusiwi kuuza.</translation>
    </message>
    <message>
        <source>The keystore is for utility %1 but the station sells for utility %2.</source>
        <translation>Hifadhi ya funguo ni ya shirika %1 lakini kituo kinauza kwa shirika %2.</translation>
    </message>
    <message>
        <source>Open a shift before selling.</source>
        <translation>Fungua zamu kabla ya kuuza.</translation>
    </message>
    <message>
        <source>The ledger is busy: %1</source>
        <translation>Daftari linatumika: %1</translation>
    </message>
    <message>
        <source>This card belongs to meter %1, not %2.</source>
        <translation>Kadi hii ni ya mita %1, si %2.</translation>
    </message>
    <message>
        <source>Meter %1 is %2: no sales.</source>
        <translation>Mita %1 ni %2: hakuna mauzo.</translation>
    </message>
    <message>
        <source>The card does not show sequence %1 that this station wrote to it and meter %2 has not loaded: it holds an older copy or a damaged record.</source>
        <translation>Kadi haionyeshi namba ya mfuatano %1 ambayo kituo hiki kiliiandika na mita %2 haijaiingiza: ina nakala ya zamani au rekodi iliyoharibika.</translation>
    </message>
    <message>
        <source>The card still holds its %1 record (sequence %2), which the meter has not loaded. Take the card to the meter first, or sell combining this purchase with it on the card.</source>
        <translation>Kadi bado ina rekodi yake ya %1 (mfuatano %2), ambayo mita haijaiingiza. Peleka kadi kwenye mita kwanza, au uza kwa kuunganisha ununuzi huu nayo kwenye kadi.</translation>
    </message>
    <message>
        <source>account-opening</source>
        <translation>kufungua akaunti</translation>
    </message>
    <message>
        <source>replacement</source>
        <translation>kadi mbadala</translation>
    </message>
    <message>
        <source>The card still holds %1 (sequence %2) that the meter has not loaded. Load it into the meter first, or sell again combining both on the card.</source>
        <translation>Kadi bado ina %1 (mfuatano %2) ambayo mita haijaiingiza. Iingize kwenye mita kwanza, au uza tena kwa kuunganisha zote mbili kwenye kadi.</translation>
    </message>
    <message>
        <source>Meter %1 does not answer (%2).</source>
        <translation>Mita %1 haijibu (%2).</translation>
    </message>
    <message>
        <source>Meter %1 answered something that is not its sealed record: nothing is settled from it.</source>
        <translation>Mita %1 imejibu kitu ambacho si rekodi yake yenye muhuri: hakuna kinachokamilishwa kutokana nacho.</translation>
    </message>
    <message>
        <source>Cannot derive the meter key: %1</source>
        <translation>Haiwezekani kupata ufunguo wa mita: %1</translation>
    </message>
    <message>
        <source>Meter %1&apos;s record does not verify (%2): it was not sealed by the meter. Nothing is settled from it.</source>
        <translation>Rekodi ya mita %1 haithibitiki (%2): haikutiwa muhuri na mita. Hakuna kinachokamilishwa kutokana nayo.</translation>
    </message>
    <message>
        <source>Meter %1 is not registered.</source>
        <translation>Mita %1 haijasajiliwa.</translation>
    </message>
    <message>
        <source>Meter %1 has no account card: open the account before selling remotely.</source>
        <translation>Mita %1 haina kadi ya akaunti: fungua akaunti kabla ya kuuza kwa mbali.</translation>
    </message>
    <message>
        <source>Nothing was sold.</source>
        <translation>Hakuna kilichouzwa.</translation>
    </message>
    <message>
        <source>The customer&apos;s card holds sequence %1, which meter %2 has not loaded (it loaded %3). Insert the card in the meter first: a remote sale now would make the meter refuse the card&apos;s credit.</source>
        <translation>Kadi ya mteja ina mfuatano %1, ambao mita %2 haijauingiza (imeingiza %3). Ingiza kadi kwenye mita kwanza: mauzo ya mbali sasa yangefanya mita ikatae salio la kadi.</translation>
    </message>
    <message>
        <source>Meter %1 did not take the token and can never load it. Nothing was sold.</source>
        <translation>Mita %1 haikupokea tokeni na haitaweza kuiingiza kamwe. Hakuna kilichouzwa.</translation>
    </message>
    <message>
        <source>its sealed record could not be read</source>
        <translation>rekodi yake yenye muhuri haikuweza kusomwa</translation>
    </message>
    <message>
        <source>its sealed record shows sequence %1 not loaded</source>
        <translation>rekodi yake yenye muhuri inaonyesha mfuatano %1 haujaingizwa</translation>
    </message>
    <message>
        <source>meter %1: %2; %3</source>
        <translation>mita %1: %2; %3</translation>
    </message>
    <message>
        <source>Meter %1 has not loaded remote sale %2 (%3; %4). The sale stays pending and nothing is charged: it completes if the meter&apos;s record ever proves it loaded, and is void once a later sale is loaded without it.</source>
        <translation>Mita %1 haijaingiza mauzo ya mbali %2 (%3; %4). Mauzo yanasubiri na hakuna kinachotozwa: yatakamilika rekodi ya mita ikithibitisha yameingizwa, na yatabatilika mauzo ya baadaye yakiingizwa bila hayo.</translation>
    </message>
    <message>
        <source>Only a supervisor or administrator may cancel a sale.</source>
        <translation>Ni msimamizi au meneja wa mfumo pekee anayeweza kughairi mauzo.</translation>
    </message>
    <message>
        <source>There is no sale %1.</source>
        <translation>Hakuna mauzo %1.</translation>
    </message>
    <message>
        <source>Sale %1 is %2: only a completed sale can be cancelled.</source>
        <translation>Mauzo %1 ni %2: ni mauzo yaliyokamilika tu yanayoweza kughairiwa.</translation>
    </message>
    <message>
        <source>Sale %1 is being cancelled already: its refund waits for the meter&apos;s record.</source>
        <translation>Mauzo %1 tayari yanaghairiwa: marejesho yake yanasubiri rekodi ya mita.</translation>
    </message>
    <message>
        <source>Meter %1 has loaded sale %2: it can no longer be cancelled.</source>
        <translation>Mita %1 imeingiza mauzo %2: hayawezi kughairiwa tena.</translation>
    </message>
    <message>
        <source>Sale %1 was delivered over the meter line; the meter settles it.</source>
        <translation>Mauzo %1 yalipelekwa kupitia laini ya mita; mita inayakamilisha.</translation>
    </message>
    <message>
        <source>Sale %1 was combined on the card with an earlier purchase: it cannot be cancelled alone.</source>
        <translation>Mauzo %1 yaliunganishwa kwenye kadi na ununuzi wa awali: hayawezi kughairiwa peke yake.</translation>
    </message>
    <message>
        <source>Sale %1 was written to card %2; this is card %3.</source>
        <translation>Mauzo %1 yaliandikwa kwenye kadi %2; hii ni kadi %3.</translation>
    </message>
    <message>
        <source>There is no sale %1 to cancel.</source>
        <translation>Hakuna mauzo %1 ya kughairi.</translation>
    </message>
    <message>
        <source>The card holds a newer record than sale %1: it is settled by the meter&apos;s next record, not cancelled.</source>
        <translation>Kadi ina rekodi mpya kuliko mauzo %1: yanakamilishwa na rekodi ijayo ya mita, hayaghairiwi.</translation>
    </message>
    <message>
        <source>Open a shift to pay the customer back.</source>
        <translation>Fungua zamu ili kumrudishia mteja pesa.</translation>
    </message>
    <message>
        <source>The card did not take the record (%1). Nothing was sold.</source>
        <translation>Kadi haikupokea rekodi (%1). Hakuna kilichouzwa.</translation>
    </message>
    <message>
        <source>The card write did not finish (%1). Nothing is charged yet: put the same card back to settle it.</source>
        <translation>Uandishi wa kadi haukukamilika (%1). Hakuna kinachotozwa bado: rudisha kadi ile ile ili kukamilisha.</translation>
    </message>
    <message>
        <source>The token could not be sealed (%1). Nothing was sold.</source>
        <translation>Tokeni haikuweza kutiwa muhuri (%1). Hakuna kilichouzwa.</translation>
    </message>
    <message>
        <source>Meter %1 stopped answering during the sale (%2).</source>
        <translation>Mita %1 iliacha kujibu wakati wa mauzo (%2).</translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <translation>hakuna jibu (%1)</translation>
    </message>
    <message>
        <source>it said loaded</source>
        <translation>imesema imeingizwa</translation>
    </message>
    <message>
        <source>it said C-%1</source>
        <translation>imesema C-%1</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may issue function cards.</source>
        <translation>Ni fundi, msimamizi au meneja wa mfumo pekee anayeweza kutoa kadi za kazi maalum.</translation>
    </message>
    <message>
        <source>Only a supervisor or administrator may issue key-change cards.</source>
        <translation>Ni msimamizi au meneja wa mfumo pekee anayeweza kutoa kadi za kubadilisha ufunguo.</translation>
    </message>
    <message>
        <source>Only a supervisor or administrator may issue clear and preset cards: they reset or create credit on a meter.</source>
        <translation>Ni msimamizi au meneja wa mfumo pekee anayeweza kutoa kadi za kufuta na za salio la awali: zinafuta au kuunda salio kwenye mita.</translation>
    </message>
    <message>
        <source>Choose a function card kind.</source>
        <translation>Chagua aina ya kadi ya kazi maalum.</translation>
    </message>
    <message>
        <source>This is a %1, not a %2.</source>
        <translation>Hii ni %1, si %2.</translation>
    </message>
    <message>
        <source>Card %1 is recorded as another kind.</source>
        <translation>Kadi %1 imerekodiwa kama aina nyingine.</translation>
    </message>
    <message>
        <source>The new key version must be above the meter&apos;s %1.</source>
        <translation>Toleo jipya la ufunguo lazima liwe juu ya %1 la mita.</translation>
    </message>
    <message>
        <source>The credit thresholds do not hold together.</source>
        <translation>Viwango vya salio haviendani.</translation>
    </message>
    <message>
        <source>A parameter card carries a tariff, thresholds or both.</source>
        <translation>Kadi ya vigezo vya mita hubeba bei, viwango au vyote viwili.</translation>
    </message>
    <message>
        <source>A preset card carries a preset credit above zero.</source>
        <translation>Kadi ya salio la awali hubeba salio la awali lililo juu ya sifuri.</translation>
    </message>
    <message>
        <source>The card write did not finish (%1); write the card again.</source>
        <translation>Uandishi wa kadi haukukamilika (%1); andika kadi tena.</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may open accounts.</source>
        <translation>Ni fundi, msimamizi au meneja wa mfumo pekee anayeweza kufungua akaunti.</translation>
    </message>
    <message>
        <source>The preset credit to recover cannot be negative.</source>
        <translation>Salio la awali la kurejesha haliwezi kuwa hasi.</translation>
    </message>
    <message>
        <source>Open a shift before taking the opening fee.</source>
        <translation>Fungua zamu kabla ya kupokea ada ya kufungua.</translation>
    </message>
    <message>
        <source>Meter %1 supplies customer %2.</source>
        <translation>Mita %1 inahudumia mteja %2.</translation>
    </message>
    <message>
        <source>Meter %1 has an account and a card already; replace the card instead.</source>
        <translation>Mita %1 tayari ina akaunti na kadi; badilisha kadi badala yake.</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Hakuna mteja %1.</translation>
    </message>
    <message>
        <source>Meter %1 could not be registered.</source>
        <translation>Mita %1 haikuweza kusajiliwa.</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may replace cards.</source>
        <translation>Ni fundi, msimamizi au meneja wa mfumo pekee anayeweza kubadilisha kadi.</translation>
    </message>
    <message>
        <source>Say why the card is replaced (lost, stolen, damaged).</source>
        <translation>Eleza kwa nini kadi inabadilishwa (imepotea, imeibiwa, imeharibika).</translation>
    </message>
    <message>
        <source>Open a shift before taking the replacement fee.</source>
        <translation>Fungua zamu kabla ya kupokea ada ya kadi mbadala.</translation>
    </message>
    <message>
        <source>Meter %1 has no card to replace: open the account instead.</source>
        <translation>Mita %1 haina kadi ya kubadilisha: fungua akaunti badala yake.</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may change meters.</source>
        <translation>Ni fundi, msimamizi au meneja wa mfumo pekee anayeweza kubadilisha mita.</translation>
    </message>
    <message>
        <source>Say why the meter is changed (faulty, burnt, upgraded to three phases).</source>
        <translation>Eleza kwa nini mita inabadilishwa (ina hitilafu, imeungua, imeboreshwa kuwa awamu tatu).</translation>
    </message>
    <message>
        <source>The credit left on the old meter cannot be negative: a meter in overdraft has 0 left, and its overdraft becomes the account&apos;s debt.</source>
        <translation>Salio lililobaki kwenye mita ya zamani haliwezi kuwa hasi: mita iliyo kwenye mkopo wa dharura ina 0 iliyobaki, na mkopo wa dharura wake unakuwa deni la akaunti.</translation>
    </message>
    <message>
        <source>%1 is above the hoarding limit %2: check the old meter&apos;s display.</source>
        <translation>%1 iko juu ya kikomo cha salio %2: kagua skrini ya mita ya zamani.</translation>
    </message>
    <message>
        <source>Meter %1 was removed already (replaced by %2).</source>
        <translation>Mita %1 tayari imeondolewa (imebadilishwa na %2).</translation>
    </message>
    <message>
        <source>Meter %1 has no account yet: open the account on the new meter instead.</source>
        <translation>Mita %1 bado haina akaunti: fungua akaunti kwenye mita mpya badala yake.</translation>
    </message>
    <message>
        <source>Meter %1 has a card record still pending: put its card in the reader to settle it first.</source>
        <translation>Mita %1 ina rekodi ya kadi inayosubiri: weka kadi yake kwenye kisomaji ili ikamilishwe kwanza.</translation>
    </message>
    <message>
        <source>The card of meter %1 holds sales up to sequence %2 that the meter has not been proven to load. Load the card into the old meter first; if it can no longer read cards, include that credit in the credit moved and have a supervisor countersign.</source>
        <translation>Kadi ya mita %1 ina mauzo hadi mfuatano %2 ambayo haijathibitishwa kuwa mita imeyaingiza. Ingiza kadi kwenye mita ya zamani kwanza; ikiwa haiwezi tena kusoma kadi, jumuisha salio hilo katika salio linalohamishwa na msimamizi atie sahihi ya pili.</translation>
    </message>
    <message>
        <source>Moving the credit of card sales meter %1 never loaded needs another operator&apos;s countersignature, a supervisor or an administrator, with a reason.</source>
        <translation>Kuhamisha salio la mauzo ya kadi ambayo mita %1 haikuyaingiza kunahitaji sahihi ya pili ya mhudumu mwingine, msimamizi au meneja wa mfumo, pamoja na sababu.</translation>
    </message>
    <message>
        <source>card sales up to sequence %1 never loaded by meter %2 move with the account, for %3: %4</source>
        <translation>mauzo ya kadi hadi mfuatano %1 ambayo mita %2 haikuyaingiza yanahamia na akaunti, kwa %3: %4</translation>
    </message>
    <message>
        <source>The new meter has the old meter&apos;s number.</source>
        <translation>Mita mpya ina namba ya mita ya zamani.</translation>
    </message>
    <message>
        <source>Meter %1 is in use already.</source>
        <translation>Mita %1 tayari inatumika.</translation>
    </message>
    <message>
        <source>%1 is more than meter %2&apos;s last proven remaining credit %3</source>
        <translation>%1 ni zaidi ya salio la mita %2 lililothibitishwa mwisho %3</translation>
    </message>
    <message>
        <source>%1 (its newest sealed record). A supervisor must countersign the difference with a reason.</source>
        <translation>%1 (rekodi yake mpya zaidi yenye muhuri). Msimamizi lazima atie sahihi ya pili kwa tofauti hiyo pamoja na sababu.</translation>
    </message>
    <message>
        <source>%1: the countersignature must be another operator&apos;s, a supervisor or an administrator.</source>
        <translation>%1: sahihi ya pili lazima iwe ya mhudumu mwingine, msimamizi au meneja wa mfumo.</translation>
    </message>
    <message>
        <source>%1: the countersignature needs a reason.</source>
        <translation>%1: sahihi ya pili inahitaji sababu.</translation>
    </message>
    <message>
        <source>%1, moved for %2: %3</source>
        <translation>%1, imehamishwa kwa %2: %3</translation>
    </message>
    <message>
        <source>Tariff plan %1 has no version in force.</source>
        <translation>Mpango wa bei %1 hauna toleo linalotumika.</translation>
    </message>
    <message>
        <source>ELECTRICITY PURCHASE</source>
        <translation>UNUNUZI WA UMEME</translation>
    </message>
    <message>
        <source>CANCELLED PURCHASE</source>
        <translation>UNUNUZI ULIOGHAIRIWA</translation>
    </message>
    <message>
        <source>ACCOUNT OPENING</source>
        <translation>KUFUNGUA AKAUNTI</translation>
    </message>
    <message>
        <source>REPLACEMENT CARD</source>
        <translation>KADI MBADALA</translation>
    </message>
    <message>
        <source>METER CHANGE</source>
        <translation>KUBADILISHA MITA</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Risiti</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Mhudumu</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Mteja</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Mita</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kadi</translation>
    </message>
    <message>
        <source>none: delivered to the meter remotely</source>
        <translation>hakuna: imepelekwa kwenye mita kwa mbali</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Mfuatano</translation>
    </message>
    <message>
        <source>Cancels</source>
        <translation>Inaghairi</translation>
    </message>
    <message>
        <source>Replaces card</source>
        <translation>Inabadilisha kadi</translation>
    </message>
    <message>
        <source>Fixed charge</source>
        <translation>Ada ya kudumu</translation>
    </message>
    <message>
        <source>Debt recovered</source>
        <translation>Deni lililorejeshwa</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Electricity credit</source>
        <translation>Salio la umeme</translation>
    </message>
    <message>
        <source>  of which repays the overdraft</source>
        <translation>  ambapo kinalipa mkopo wa dharura</translation>
    </message>
    <message>
        <source>  step %1</source>
        <translation>  ngazi %1</translation>
    </message>
    <message>
        <source>%1 kWh at %2 = %3</source>
        <translation>%1 kWh kwa %2 = %3</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>Nishati (kWh)</translation>
    </message>
    <message>
        <source>On the card</source>
        <translation>Kwenye kadi</translation>
    </message>
    <message>
        <source>%1 (combined with the record not yet loaded)</source>
        <translation>%1 (imeunganishwa na rekodi ambayo bado haijaingizwa)</translation>
    </message>
    <message>
        <source>Debt left</source>
        <translation>Deni lililobaki</translation>
    </message>
    <message>
        <source>Preset credit owed</source>
        <translation>Salio la awali linalodaiwa</translation>
    </message>
    <message>
        <source>Replaces meter</source>
        <translation>Inabadilisha mita</translation>
    </message>
    <message>
        <source>Credit moved</source>
        <translation>Salio lililohamishwa</translation>
    </message>
    <message>
        <source>New tariff</source>
        <translation>Bei mpya</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 kutoka %2</translation>
    </message>
    <message>
        <source>REFUND PENDING</source>
        <translation>MAREJESHO YANASUBIRI</translation>
    </message>
    <message>
        <source>%1, paid once the meter&apos;s record proves it can never load the purchase</source>
        <translation>%1, hulipwa rekodi ya mita ikithibitisha kuwa haitaweza kamwe kuingiza ununuzi</translation>
    </message>
    <message>
        <source>TOTAL PAID</source>
        <translation>JUMLA ILIYOLIPWA</translation>
    </message>
    <message>
        <source>Then read the card again to settle this work (nothing is charged twice).</source>
        <translation>Kisha soma kadi tena ili kukamilisha kazi hii (hakuna kinachotozwa mara mbili).</translation>
    </message>
    <message>
        <source>Stopped by fault injection.</source>
        <translation>Imesimamishwa na hitilafu ya majaribio.</translation>
    </message>
    <message>
        <source>Cannot take the meter&apos;s next sequence: %1</source>
        <translation>Haiwezekani kuchukua mfuatano unaofuata wa mita: %1</translation>
    </message>
    <message>
        <source>Cannot take the meter&apos;s next sequence.</source>
        <translation>Haiwezekani kuchukua mfuatano unaofuata wa mita.</translation>
    </message>
    <message>
        <source>Cannot record the sale: %1</source>
        <translation>Haiwezekani kurekodi mauzo: %1</translation>
    </message>
    <message>
        <source>Sale %1 is no longer pending.</source>
        <translation>Mauzo %1 hayasubiri tena.</translation>
    </message>
    <message>
        <source>Cannot update the account&apos;s debt: %1</source>
        <translation>Haiwezekani kusasisha deni la akaunti: %1</translation>
    </message>
    <message>
        <source>Sale %1 cannot be cancelled twice.</source>
        <translation>Mauzo %1 hayawezi kughairiwa mara mbili.</translation>
    </message>
    <message>
        <source>Cannot blacklist the old card: %1</source>
        <translation>Haiwezekani kuzuia kadi ya zamani: %1</translation>
    </message>
    <message>
        <source>Cannot record the card: %1</source>
        <translation>Haiwezekani kurekodi kadi: %1</translation>
    </message>
    <message>
        <source>Meter %1 was removed already.</source>
        <translation>Mita %1 tayari imeondolewa.</translation>
    </message>
    <message>
        <source>Cannot move the account&apos;s debt: %1</source>
        <translation>Haiwezekani kuhamisha deni la akaunti: %1</translation>
    </message>
    <message>
        <source>its credit moved to meter %1 by meter change %2 (countersigned)</source>
        <translation>salio lake limehamishiwa mita %1 kwa ubadilishaji wa mita %2 (kwa sahihi ya pili)</translation>
    </message>
    <message>
        <source>the card does not hold %1 sequence %2: nothing was sold</source>
        <translation>kadi haina %1 mfuatano %2: hakuna kilichouzwa</translation>
    </message>
    <message>
        <source>Cannot record the meter&apos;s return record: %1</source>
        <translation>Haiwezekani kurekodi rekodi ya kurudi ya mita: %1</translation>
    </message>
    <message>
        <source>nothing was sent: %1</source>
        <translation>hakuna kilichotumwa: %1</translation>
    </message>
    <message>
        <source>The meter&apos;s record on card %1 is older than one the station has already read for meter %2 (it shows sequence %3, the station has seen %4): it is refused, and the station&apos;s newest record of the meter is used.</source>
        <translation>Rekodi ya mita kwenye kadi %1 ni ya zamani kuliko ile ambayo kituo tayari kimesoma kwa mita %2 (inaonyesha mfuatano %3, kituo kimeona %4): imekataliwa, na rekodi mpya zaidi ya kituo kwa mita hiyo inatumika.</translation>
    </message>
    <message>
        <source>meter %1&apos;s clock or event counters went back since its previous record (a clock set or an event clear)</source>
        <translation>saa ya mita %1 au vihesabu vya matukio vimerudi nyuma tangu rekodi yake ya awali (saa iliwekwa upya au matukio yalifutwa)</translation>
    </message>
    <message>
        <source>Meter %1 shows %2 loaded in %3 loads, less than this ledger has already proven (%4 in %5): its record is not the newest, or the meter was swapped. Nothing was settled; call a supervisor.</source>
        <translation>Mita %1 inaonyesha %2 imeingizwa kwa mara %3, chini ya kile daftari hili limeshathibitisha (%4 kwa mara %5): rekodi yake si mpya zaidi, au mita ilibadilishwa. Hakuna kilichokamilishwa; mwite msimamizi.</translation>
    </message>
    <message>
        <source>meter %1 loaded %2 in %3 loads that this ledger did not issue (up to sequence %4)</source>
        <translation>mita %1 imeingiza %2 kwa mara %3 ambazo daftari hili halikutoa (hadi mfuatano %4)</translation>
    </message>
    <message>
        <source>Attention: %1 (a restored ledger or another station). It is recorded for the auditors.</source>
        <translation>Tahadhari: %1 (daftari lililorejeshwa au kituo kingine). Imerekodiwa kwa ajili ya wakaguzi.</translation>
    </message>
    <message>
        <source>the meter&apos;s figures fit more than one history: waits for its next record</source>
        <translation>takwimu za mita zinaendana na historia zaidi ya moja: inasubiri rekodi yake ijayo</translation>
    </message>
    <message>
        <source>%1 %2 completed: meter %3 loaded it.</source>
        <translation>%1 %2 imekamilika: mita %3 imeiingiza.</translation>
    </message>
    <message>
        <source>meter %1 loaded a later sequence without %2: it can never load it, nothing was sold</source>
        <translation>mita %1 imeingiza mfuatano wa baadaye bila %2: haitaweza kamwe kuiingiza, hakuna kilichouzwa</translation>
    </message>
    <message>
        <source>%1 %2 voided: meter %3 can never load it, nothing was sold.</source>
        <translation>%1 %2 imebatilishwa: mita %3 haitaweza kamwe kuiingiza, hakuna kilichouzwa.</translation>
    </message>
    <message>
        <source>meter %1 loaded sale %2 before its cancellation: nothing is refunded</source>
        <translation>mita %1 iliingiza mauzo %2 kabla ya kughairiwa: hakuna marejesho</translation>
    </message>
    <message>
        <source>Cancellation %1 refused: meter %2 loaded sale %3 first, nothing is refunded.</source>
        <translation>Ughairi %1 umekataliwa: mita %2 iliingiza mauzo %3 kwanza, hakuna marejesho.</translation>
    </message>
    <message>
        <source>proven: the refund is paid at the next reading by an operator with an open shift</source>
        <translation>imethibitishwa: marejesho hulipwa katika usomaji ujao na mhudumu mwenye zamu iliyo wazi</translation>
    </message>
    <message>
        <source>Cancellation %1: meter %2 can never load sale %3; the refund is paid when an operator with an open shift reads the card.</source>
        <translation>Ughairi %1: mita %2 haitaweza kamwe kuingiza mauzo %3; marejesho hulipwa mhudumu mwenye zamu iliyo wazi akisoma kadi.</translation>
    </message>
    <message>
        <source>Cancellation %1: meter %2 can never load sale %3, refund %4 paid.</source>
        <translation>Ughairi %1: mita %2 haitaweza kamwe kuingiza mauzo %3, marejesho %4 yamelipwa.</translation>
    </message>
    <message>
        <source>paid, but meter %1 can never load it: %2 is owed to the customer</source>
        <translation>imelipwa, lakini mita %1 haitaweza kamwe kuiingiza: mteja anadai %2</translation>
    </message>
    <message>
        <source>Sale %1 %2. Refund it (cancel it) at the counter.</source>
        <translation>Mauzo %1 %2. Fanya marejesho (ghairi mauzo) kaunta.</translation>
    </message>
    <message>
        <source>%1 %2 completed: the card holds it.</source>
        <translation>%1 %2 imekamilika: kadi inayo.</translation>
    </message>
    <message>
        <source>%1 %2 completed: written to the card again (sequence %3).</source>
        <translation>%1 %2 imekamilika: imeandikwa kwenye kadi tena (mfuatano %3).</translation>
    </message>
    <message>
        <source>%1 %2 (sequence %3) is not on the card. It stays pending until meter %4&apos;s record proves it loaded or never loadable; nothing is charged for it until then.</source>
        <translation>%1 %2 (mfuatano %3) haiko kwenye kadi. Inasubiri hadi rekodi ya mita %4 ithibitishe kuwa imeingizwa au haiwezi kuingizwa kamwe; hakuna kinachotozwa kwa ajili yake hadi hapo.</translation>
    </message>
    <message>
        <source>%1 %2 voided: the card does not hold it, nothing was sold.</source>
        <translation>%1 %2 imebatilishwa: kadi haina, hakuna kilichouzwa.</translation>
    </message>
    <message>
        <source>This sale of %1 is more than the station&apos;s float left (%2). A supervisor asks the utility for more float; it arrives with the next sync.</source>
        <translation>Mauzo haya ya %1 ni zaidi ya floti iliyobaki ya kituo (%2). Msimamizi aombe floti zaidi kutoka shirika la umeme; itafika na usawazishaji unaofuata.</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Kituo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Muda</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Sarafu</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Ukadiriaji</translation>
    </message>
    <message>
        <source>Keep this receipt.</source>
        <translation>Hifadhi risiti hii.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Ampcard receipt code: scan the QR code on the receipt, or type the receipt number.</source>
        <translation>&quot;%1&quot; si msimbo wa risiti ya Ampcard: skani msimbo wa QR kwenye risiti, au andika namba ya risiti.</translation>
    </message>
    <message>
        <source>A remote sale in network mode takes its sequence from the server: %1. Nothing was sold; card sales go on offline.</source>
        <translation>Mauzo ya mbali katika hali ya mtandao huchukua mfuatano wake kutoka seva: %1. Hakuna kilichouzwa; mauzo ya kadi yanaendelea nje ya mtandao.</translation>
    </message>
    <message>
        <source>nothing new: it loaded this sequence or a later one already</source>
        <translation>hakuna jipya: tayari imeingiza mfuatano huu au wa baadaye</translation>
    </message>
    <message>
        <source>another utility&apos;s token</source>
        <translation>tokeni ya shirika jingine la umeme</translation>
    </message>
    <message>
        <source>a token for another meter</source>
        <translation>tokeni ya mita nyingine</translation>
    </message>
    <message>
        <source>the token does not open with the meter&apos;s key</source>
        <translation>tokeni haifunguki kwa ufunguo wa mita</translation>
    </message>
    <message>
        <source>the meter runs another key version</source>
        <translation>mita inatumia toleo jingine la ufunguo</translation>
    </message>
    <message>
        <source>the token is damaged</source>
        <translation>tokeni imeharibika</translation>
    </message>
    <message>
        <source>the meter is not commissioned</source>
        <translation>mita bado haijaanzishwa kazini</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>imekataliwa</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may push a tariff to a meter.</source>
        <translation>Ni fundi, msimamizi au meneja wa mfumo pekee anayeweza kutuma bei kwa mita.</translation>
    </message>
    <message>
        <source>The keystore is for utility %1 but the station works for utility %2.</source>
        <translation>Hifadhi ya funguo ni ya shirika %1 lakini kituo kinafanya kazi kwa shirika %2.</translation>
    </message>
    <message>
        <source>Meter %1 is removed: no tariff is pushed to it.</source>
        <translation>Mita %1 imeondolewa: hakuna bei inayotumwa kwake.</translation>
    </message>
    <message>
        <source>Nothing was pushed.</source>
        <translation>Hakuna kilichotumwa.</translation>
    </message>
    <message>
        <source>Cannot derive the meter key: %1. Nothing was pushed.</source>
        <translation>Haiwezekani kupata ufunguo wa mita: %1. Hakuna kilichotumwa.</translation>
    </message>
    <message>
        <source>A tariff push in network mode takes its sequence from the server: %1. Nothing was pushed.</source>
        <translation>Utumaji wa bei katika hali ya mtandao huchukua mfuatano wake kutoka seva: %1. Hakuna kilichotumwa.</translation>
    </message>
    <message>
        <source>the token could not be sealed (%1)</source>
        <translation>tokeni haikuweza kutiwa muhuri (%1)</translation>
    </message>
    <message>
        <source>Meter %1: %2. Nothing was pushed.</source>
        <translation>Mita %1: %2. Hakuna kilichotumwa.</translation>
    </message>
    <message>
        <source>Meter %1 refused tariff push %2 (C-%3: %4). It still runs its previous tariff; the push stays on record until the meter&apos;s next record closes it.</source>
        <translation>Mita %1 imekataa utumaji wa bei %2 (C-%3: %4). Bado inatumia bei yake ya awali; utumaji unabaki kwenye kumbukumbu hadi rekodi ijayo ya mita iufunge.</translation>
    </message>
    <message>
        <source>its sealed record could not be read: %1</source>
        <translation>rekodi yake yenye muhuri haikuweza kusomwa: %1</translation>
    </message>
    <message>
        <source>Meter %1 has not proven tariff push %2 (sequence %3: %4; %5). It stays pending: the meter&apos;s next sealed record (a remote sale, a settle over the line, or its card at the counter) settles it, and nothing is sent twice.</source>
        <translation>Mita %1 haijathibitisha utumaji wa bei %2 (mfuatano %3: %4; %5). Unasubiri: rekodi ijayo ya mita yenye muhuri (mauzo ya mbali, ukamilishaji kupitia laini, au kadi yake kaunta) inaukamilisha, na hakuna kinachotumwa mara mbili.</translation>
    </message>
    <message>
        <source>meter %1 loaded tariff push %2 (sequence %3, plan %4)</source>
        <translation>mita %1 imeingiza utumaji wa bei %2 (mfuatano %3, mpango %4)</translation>
    </message>
    <message>
        <source>meter %1 loaded sequence %2 without proving tariff push %3 (sequence %4): it can never load it now; plan %5 rides along with its next sale</source>
        <translation>mita %1 imeingiza mfuatano %2 bila kuthibitisha utumaji wa bei %3 (mfuatano %4): haitaweza kamwe kuuingiza sasa; mpango %5 utaenda pamoja na mauzo yake yajayo</translation>
    </message>
    <message>
        <source>Tariff push %1 completed: meter %2 loaded plan %3.</source>
        <translation>Utumaji wa bei %1 umekamilika: mita %2 imeingiza mpango %3.</translation>
    </message>
    <message>
        <source>Tariff push %1 closed: %2.</source>
        <translation>Utumaji wa bei %1 umefungwa: %2.</translation>
    </message>
    <message>
        <source>The server gave sequence %1 for meter %2, outside a meter&apos;s range. Nothing was sold.</source>
        <translation>Seva ilitoa mfuatano %1 kwa mita %2, nje ya kiwango cha mita. Hakuna kilichouzwa.</translation>
    </message>
    <message>
        <source>The server gave sequence %1 for meter %2, outside a meter&apos;s range. Nothing was pushed.</source>
        <translation>Seva ilitoa mfuatano %1 kwa mita %2, nje ya kiwango cha mita. Hakuna kilichotumwa.</translation>
    </message>
</context>
<context>
    <name>CardNames</name>
    <message>
        <source>user card</source>
        <translation>kadi ya mteja</translation>
    </message>
    <message>
        <source>check card</source>
        <translation>kadi ya ukaguzi</translation>
    </message>
    <message>
        <source>parameter card</source>
        <translation>kadi ya vigezo vya mita</translation>
    </message>
    <message>
        <source>clear card</source>
        <translation>kadi ya kufuta</translation>
    </message>
    <message>
        <source>relay test card</source>
        <translation>kadi ya kujaribu swichi</translation>
    </message>
    <message>
        <source>key change card</source>
        <translation>kadi ya kubadilisha ufunguo</translation>
    </message>
    <message>
        <source>preset card</source>
        <translation>kadi ya salio la awali</translation>
    </message>
    <message>
        <source>unknown card</source>
        <translation>kadi isiyojulikana</translation>
    </message>
</context>
<context>
    <name>CardReport</name>
    <message>
        <source>not verified (no keystore)</source>
        <translation>haijathibitishwa (hakuna hifadhi ya funguo)</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>halali</translation>
    </message>
    <message>
        <source>INVALID: %1</source>
        <translation>SI HALALI: %1</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>A card serial is a number from 1 up.</source>
        <translation>Namba ya kadi ni namba kuanzia 1 na kuendelea.</translation>
    </message>
    <message>
        <source>Unknown card kind %1.</source>
        <translation>Aina ya kadi %1 haijulikani.</translation>
    </message>
    <message>
        <source>A user card belongs to a registered meter; %1 is not one.</source>
        <translation>Kadi ya mteja ni ya mita iliyosajiliwa; %1 si mita iliyosajiliwa.</translation>
    </message>
    <message>
        <source>Meter %1 already has a user card; replace it instead.</source>
        <translation>Mita %1 tayari ina kadi ya mteja; ibadilishe badala yake.</translation>
    </message>
    <message>
        <source>Only user cards are bound to a meter.</source>
        <translation>Ni kadi za mteja pekee zinazofungwa kwa mita.</translation>
    </message>
    <message>
        <source>Card %1 is already recorded.</source>
        <translation>Kadi %1 tayari imerekodiwa.</translation>
    </message>
    <message>
        <source>Cannot record the card: %1</source>
        <translation>Haiwezekani kurekodi kadi: %1</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may issue cards.</source>
        <translation>Ni fundi, msimamizi au meneja wa mfumo pekee anayeweza kutoa kadi.</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may blacklist cards.</source>
        <translation>Ni fundi, msimamizi au meneja wa mfumo pekee anayeweza kuzuia kadi.</translation>
    </message>
    <message>
        <source>Say why the card is blacklisted.</source>
        <translation>Eleza kwa nini kadi inazuiliwa.</translation>
    </message>
    <message>
        <source>Card %1 was never issued here.</source>
        <translation>Kadi %1 haikuwahi kutolewa hapa.</translation>
    </message>
    <message>
        <source>Card %1 is already blacklisted.</source>
        <translation>Kadi %1 tayari imezuiliwa.</translation>
    </message>
    <message>
        <source>Cannot blacklist the card: %1</source>
        <translation>Haiwezekani kuzuia kadi: %1</translation>
    </message>
    <message>
        <source>Only a user card is replaced by another bound to its meter.</source>
        <translation>Ni kadi ya mteja pekee inayobadilishwa na nyingine iliyofungwa kwa mita yake.</translation>
    </message>
</context>
<context>
    <name>CentralReports</name>
    <message>
        <source>Cannot read the server: %1</source>
        <translation>Haiwezekani kusoma seva: %1</translation>
    </message>
    <message>
        <source>This login may not read all stations: reports over all stations need a reporting login (ampcard server add-reporter).</source>
        <translation>Jina hili la kuingia haliruhusiwi kusoma vituo vyote: ripoti za vituo vyote zinahitaji jina la kuingia la ripoti (ampcard server add-reporter).</translation>
    </message>
    <message>
        <source>Give a day as YYYY-MM-DD.</source>
        <translation>Toa siku kama YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The server cannot make the report: %1</source>
        <translation>Seva haiwezi kutengeneza ripoti: %1</translation>
    </message>
    <message>
        <source>Takings of %1, all stations</source>
        <translation>Mapato ya %1, vituo vyote</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Kituo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Aina</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Maingizo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kiasi</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>Nishati (kWh)</translation>
    </message>
    <message>
        <source>Stations on the server</source>
        <translation>Vituo kwenye seva</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Floti</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Maingizo ya jarida</translation>
    </message>
    <message>
        <source>Audit lines</source>
        <translation>Mistari ya ukaguzi</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Ilipokelewa mwisho</translation>
    </message>
    <message>
        <source>Float taken</source>
        <translation>Floti iliyotumika</translation>
    </message>
    <message>
        <source>Float left</source>
        <translation>Floti iliyobaki</translation>
    </message>
    <message>
        <source>Give the period as two days, the first not after the second.</source>
        <translation>Toa kipindi kama siku mbili, ya kwanza isiwe baada ya ya pili.</translation>
    </message>
    <message>
        <source>Close-out (Z) report of %1, all stations</source>
        <translation>Ripoti ya Z (kufunga) ya %1, vituo vyote</translation>
    </message>
    <message>
        <source>Close-out (Z) report of %1 to %2, all stations</source>
        <translation>Ripoti ya Z (kufunga) ya %1 hadi %2, vituo vyote</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Mhudumu</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Idadi</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Imelipwa</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Salio</translation>
    </message>
    <message>
        <source>Give a month as YYYY-MM.</source>
        <translation>Toa mwezi kama YYYY-MM.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Siku</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Manunuzi</translation>
    </message>
    <message>
        <source>Over all stations, the reports are %1, not &quot;%2&quot;.</source>
        <translation>Kwa vituo vyote, ripoti ni %1, si &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Meter sequences sold by more than one station</source>
        <translation>Mfuatano wa mita uliouzwa na zaidi ya kituo kimoja</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Mita</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Mfuatano</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Vituo</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Mauzo</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Marejesho</translation>
    </message>
</context>
<context>
    <name>CentralSchema</name>
    <message>
        <source>Cannot create the Ampcard roles and schema: %1</source>
        <translation>Haiwezekani kuunda majukumu (roles) na skima ya Ampcard: %1</translation>
    </message>
    <message>
        <source>The server&apos;s schema is version %1, newer than this program knows (%2): upgrade Ampcard first.</source>
        <translation>Skima ya seva ni toleo %1, jipya kuliko programu hii inavyojua (%2): pandisha toleo la Ampcard kwanza.</translation>
    </message>
    <message>
        <source>Step %1 of the central schema failed: %2</source>
        <translation>Hatua %1 ya skima kuu imeshindwa: %2</translation>
    </message>
    <message>
        <source>the schema version table does not hold exactly one row</source>
        <translation>jedwali la toleo la skima halina safu moja pekee</translation>
    </message>
</context>
<context>
    <name>CentralStations</name>
    <message>
        <source>A station number is a whole number from 1.</source>
        <translation>Namba ya kituo ni namba kamili kuanzia 1.</translation>
    </message>
    <message>
        <source>A float cannot be negative.</source>
        <translation>Floti haiwezi kuwa chini ya sifuri.</translation>
    </message>
    <message>
        <source>No random bytes for the station&apos;s password.</source>
        <translation>Hakuna baiti nasibu kwa nenosiri la kituo.</translation>
    </message>
    <message>
        <source>Cannot read the stations: %1</source>
        <translation>Haiwezekani kusoma vituo: %1</translation>
    </message>
    <message>
        <source>Station %1 exists already on this server.</source>
        <translation>Kituo %1 tayari kipo kwenye seva hii.</translation>
    </message>
    <message>
        <source>Cannot add station %1: %2</source>
        <translation>Haiwezekani kuongeza kituo %1: %2</translation>
    </message>
    <message>
        <source>A reporting login is a lower-case name of letters, digits and _, not starting with ampcard_: &quot;%1&quot;.</source>
        <translation>Jina la kuingia la ripoti ni jina la herufi ndogo, tarakimu na _, lisiloanza na ampcard_: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No random bytes for the password.</source>
        <translation>Hakuna baiti nasibu kwa nenosiri.</translation>
    </message>
    <message>
        <source>Cannot add the reporting login %1: %2</source>
        <translation>Haiwezekani kuongeza jina la kuingia la ripoti %1: %2</translation>
    </message>
    <message>
        <source>Cannot set the float of station %1: %2</source>
        <translation>Haiwezekani kuweka floti ya kituo %1: %2</translation>
    </message>
    <message>
        <source>There is no station %1 on this server.</source>
        <translation>Hakuna kituo %1 kwenye seva hii.</translation>
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
      Husajili mita na kuandika kadi ya kufungua akaunti iliyo kwenye kisomaji.
  ampcard account change-meter --meter OLD --new-meter NEW --remaining X
                       --reason TEXT [--plan P] [--phases 1|3] [--key-version V]
                       [--countersign LOGIN --countersign-reason TEXT]
      Huhamisha akaunti kwenda mita mpya pamoja na salio lililobaki kwenye ya zamani
      (X), kwenye kadi tupu iliyo kwenye kisomaji; mita na kadi ya zamani vinastaafishwa.
      X iliyo juu ya salio la mwisho lililothibitishwa la mita ya zamani inahitaji
      sahihi ya pili ya msimamizi.
  ampcard account edit --meter M [--plan P] [--phases 1|3]
                       [--status active|suspended]
  ampcard sale --meter M (--money X | --energy KWH) [--combine] [--json]
      Huuza kwa kadi iliyo kwenye kisomaji na kuchapisha risiti. --combine hutoa upya
      ununuzi ambao mita haijauingiza pamoja na huu.
  ampcard sale --meter M (--money X | --energy KWH) --remote PORT [--baud B]
      Huuza bila kadi: tokeni inaenda kwenye mita kupitia DL/T645 (0x03).
  ampcard sale settle-remote --meter M --remote PORT [--baud B]
      Hukamilisha mauzo ya mbali ambayo jibu lake lilipotea (mita husema ilichoingiza).
  ampcard sale resolve | cancel ID | receipt ID | pending   [--json]
  ampcard card replace --meter M --reason TEXT [--json]
  ampcard card issue KIND --meter M [--tariff] [--preset X] [--key-version V]
                    [--alarm1 X --alarm2 X --overdraft X --hoarding X]
      KIND: check, parameter, clear, relay-test (swichi), key-change, preset; --overdraft: mkopo wa dharura.
      Amri za kadi hupokea [--keystore FILE] (hifadhi ya funguo) [--reader NAME].
  ampcard shift open | close [--of LOGIN] [--json]
      close huchapisha ripoti ya Z na kuitia muhuri (mwisho wa zamu).
  ampcard report NAME [ARGUMENT] [--from DAY] [--to DAY] [--csv]
      NAME: daily [DAY], monthly [YYYY-MM], cashier [LOGIN], customer NUMBER,
      usage NUMBER (nishati iliyonunuliwa na kutumika kwa mwezi),
      consumption, suspicious.
  ampcard settings show | set [--utility ID] [--station N] [--vat PERCENT]
                    [--fixed-charge X] [--debt-percent P | --debt-fixed X]
                    [--minimum X] [--hoarding-limit X] [--opening-fee X]
                    [--replacement-fee X]   (--debt-percent, --debt-fixed: kurejesha deni)
  ampcard plan add NAME TARIFF.json [--from TIME] | list NAME | assign GROUP NAME
      Matoleo ya mpango wa bei (TIME: YYYY-MM-DDTHH:MM UTC, chaguo-msingi sasa).
  ampcard operator add LOGIN --role ROLE [--name NAME] | unlock LOGIN
      Nenosiri jipya kutoka AMPCARD_NEW_PASSWORD au kwa kuulizwa.
  ampcard keys backup --keystore FILE --to BACKUP
  ampcard keys restore --keystore FILE --from BACKUP
      Kila moja hupokea [--ledger FILE] (daftari) [--operator LOGIN].
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>amri &quot;%1&quot; haijulikani</translation>
    </message>
    <message>
        <source>customer number</source>
        <translation>namba ya mteja</translation>
    </message>
    <message>
        <source>meter number</source>
        <translation>namba ya mita</translation>
    </message>
    <message>
        <source>tariff plan</source>
        <translation>mpango wa bei</translation>
    </message>
    <message>
        <source>1 or 3</source>
        <translation>1 au 3</translation>
    </message>
    <message>
        <source>key version</source>
        <translation>toleo la ufunguo</translation>
    </message>
    <message>
        <source>preset credit owed</source>
        <translation>salio la awali linalodaiwa</translation>
    </message>
    <message>
        <source>the new meter&apos;s number</source>
        <translation>namba ya mita mpya</translation>
    </message>
    <message>
        <source>credit left on the old meter</source>
        <translation>salio lililobaki kwenye mita ya zamani</translation>
    </message>
    <message>
        <source>why the meter is changed</source>
        <translation>kwa nini mita inabadilishwa</translation>
    </message>
    <message>
        <source>a supervisor who countersigns moving more than the old meter&apos;s proven remaining (password from AMPCARD_COUNTERSIGN_PASSWORD or a prompt)</source>
        <translation>msimamizi anayetia sahihi ya pili kwa kuhamisha zaidi ya salio lililothibitishwa la mita ya zamani (nenosiri kutoka AMPCARD_COUNTERSIGN_PASSWORD au kwa kuulizwa)</translation>
    </message>
    <message>
        <source>why the countersigner allows it</source>
        <translation>kwa nini mtia sahihi ya pili anaruhusu</translation>
    </message>
    <message>
        <source>active or suspended</source>
        <translation>hai au imesimamishwa</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>chapisha JSON</translation>
    </message>
    <message>
        <source>usage: ampcard account open --customer C --meter M --plan P</source>
        <translation>matumizi: ampcard account open --customer C --meter M --plan P (M: namba ya mita, P: mpango wa bei)</translation>
    </message>
    <message>
        <source>--preset-recovery takes an amount such as 40.00</source>
        <translation>--preset-recovery inapokea kiasi kama 40.00</translation>
    </message>
    <message>
        <source>usage: ampcard account change-meter --meter OLD --new-meter NEW --remaining X --reason TEXT</source>
        <translation>matumizi: ampcard account change-meter --meter OLD --new-meter NEW --remaining X --reason TEXT (OLD, NEW: namba za mita)</translation>
    </message>
    <message>
        <source>--remaining takes an amount such as 12.50</source>
        <translation>--remaining inapokea kiasi kama 12.50</translation>
    </message>
    <message>
        <source>Password of %1 (countersigning): </source>
        <translation>Nenosiri la %1 (sahihi ya pili): </translation>
    </message>
    <message>
        <source>usage: ampcard account edit --meter M [--plan P] [--phases 1|3] [--status active|suspended]</source>
        <translation>matumizi: ampcard account edit --meter M [--plan P] [--phases 1|3] [--status active|suspended] (M: namba ya mita, P: mpango wa bei)</translation>
    </message>
    <message>
        <source>Meter %1 is not registered.</source>
        <translation>Mita %1 haijasajiliwa.</translation>
    </message>
    <message>
        <source>amount paid</source>
        <translation>kiasi kilicholipwa</translation>
    </message>
    <message>
        <source>kWh wanted</source>
        <translation>kWh zinazotakiwa</translation>
    </message>
    <message>
        <source>combine with an unloaded purchase</source>
        <translation>unganisha na ununuzi ambao haujaingizwa</translation>
    </message>
    <message>
        <source>serial port of the meter&apos;s line (DL/T645)</source>
        <translation>mlango wa serial wa laini ya mita (DL/T645)</translation>
    </message>
    <message>
        <source>baud rate of the meter&apos;s line</source>
        <translation>kasi ya baud ya laini ya mita</translation>
    </message>
    <message>
        <source>%1  %2  meter %3  card %4  sequence %5</source>
        <translation>%1  %2  mita %3  kadi %4  mfuatano %5</translation>
    </message>
    <message>
        <source>There is no sale %1.</source>
        <translation>Hakuna mauzo %1.</translation>
    </message>
    <message>
        <source>Card %1 of meter %2: nothing pending.</source>
        <translation>Kadi %1 ya mita %2: hakuna kinachosubiri.</translation>
    </message>
    <message>
        <source>usage: ampcard sale cancel ID</source>
        <translation>matumizi: ampcard sale cancel ID</translation>
    </message>
    <message>
        <source>--baud takes a rate such as 2400</source>
        <translation>--baud inapokea kasi kama 2400</translation>
    </message>
    <message>
        <source>usage: ampcard sale settle-remote --meter M --remote PORT</source>
        <translation>matumizi: ampcard sale settle-remote --meter M --remote PORT (M: namba ya mita)</translation>
    </message>
    <message>
        <source>Meter %1: no remote sale pending.</source>
        <translation>Mita %1: hakuna mauzo ya mbali yanayosubiri.</translation>
    </message>
    <message>
        <source>ampcard sale: unknown subcommand &quot;%1&quot;</source>
        <translation>ampcard sale: amri ndogo &quot;%1&quot; haijulikani</translation>
    </message>
    <message>
        <source>give either --money X or --energy KWH</source>
        <translation>toa --money X au --energy KWH</translation>
    </message>
    <message>
        <source>--money takes an amount such as 250.00</source>
        <translation>--money inapokea kiasi kama 250.00</translation>
    </message>
    <message>
        <source>--energy takes kWh such as 12.5</source>
        <translation>--energy inapokea kWh kama 12.5</translation>
    </message>
    <message>
        <source>a remote sale needs --meter M</source>
        <translation>mauzo ya mbali yanahitaji --meter M (namba ya mita)</translation>
    </message>
    <message>
        <source>why the card is replaced</source>
        <translation>kwa nini kadi inabadilishwa</translation>
    </message>
    <message>
        <source>parameter card: the meter&apos;s tariff</source>
        <translation>kadi ya vigezo vya mita: bei ya mita</translation>
    </message>
    <message>
        <source>preset credit</source>
        <translation>salio la awali</translation>
    </message>
    <message>
        <source>new key version</source>
        <translation>toleo jipya la ufunguo</translation>
    </message>
    <message>
        <source>alarm 1 level</source>
        <translation>kiwango cha kengele 1</translation>
    </message>
    <message>
        <source>alarm 2 level</source>
        <translation>kiwango cha kengele 2</translation>
    </message>
    <message>
        <source>overdraft limit</source>
        <translation>kikomo cha mkopo wa dharura</translation>
    </message>
    <message>
        <source>hoarding limit</source>
        <translation>kikomo cha salio</translation>
    </message>
    <message>
        <source>--meter M is required</source>
        <translation>--meter M (namba ya mita) inahitajika</translation>
    </message>
    <message>
        <source>usage: ampcard card replace|issue ...</source>
        <translation>matumizi: ampcard card replace|issue ... (kubadilisha au kutoa kadi)</translation>
    </message>
    <message>
        <source>KIND is check, parameter, clear, relay-test, key-change or preset</source>
        <translation>KIND ni aina ya kadi ya mita: check, parameter, clear, relay-test (swichi), key-change au preset</translation>
    </message>
    <message>
        <source>--preset takes an amount</source>
        <translation>--preset inapokea kiasi</translation>
    </message>
    <message>
        <source>--%1 takes an amount</source>
        <translation>--%1 inapokea kiasi</translation>
    </message>
    <message>
        <source>whose shift</source>
        <translation>zamu ya nani</translation>
    </message>
    <message>
        <source>usage: ampcard shift open|close [--of LOGIN]</source>
        <translation>matumizi: ampcard shift open|close [--of LOGIN] (kufungua au kufunga zamu)</translation>
    </message>
    <message>
        <source>Shift %1 open for %2.</source>
        <translation>Zamu %1 iko wazi kwa %2.</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>siku ya kwanza</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>siku ya mwisho</translation>
    </message>
    <message>
        <source>print CSV</source>
        <translation>chapisha CSV</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>kiasi</translation>
    </message>
    <message>
        <source>utility id</source>
        <translation>kitambulisho cha shirika</translation>
    </message>
    <message>
        <source>station number</source>
        <translation>namba ya kituo</translation>
    </message>
    <message>
        <source>VAT percent</source>
        <translation>asilimia ya VAT</translation>
    </message>
    <message>
        <source>share of each payment towards debt</source>
        <translation>sehemu ya kila malipo kwa ajili ya deni</translation>
    </message>
    <message>
        <source>usage: ampcard settings show|set ...</source>
        <translation>matumizi: ampcard settings show|set ...</translation>
    </message>
    <message>
        <source>--vat takes a percentage such as 16</source>
        <translation>--vat inapokea asilimia kama 16</translation>
    </message>
    <message>
        <source>--debt-percent takes a percentage such as 25</source>
        <translation>--debt-percent inapokea asilimia ya deni kama 25</translation>
    </message>
    <message>
        <source>utility %1, station number %2
</source>
        <translation>shirika %1, namba ya kituo %2
</translation>
    </message>
    <message>
        <source>VAT %1 %, monthly fixed charge %2, minimum purchase %3
</source>
        <translation>VAT %1 %, ada ya kudumu ya mwezi %2, ununuzi wa chini kabisa %3
</translation>
    </message>
    <message>
        <source>debt recovery %1 % of each payment
</source>
        <translation>kurejesha deni %1 % ya kila malipo
</translation>
    </message>
    <message>
        <source>debt recovery up to %1 a purchase
</source>
        <translation>kurejesha deni hadi %1 kwa kila ununuzi
</translation>
    </message>
    <message>
        <source>hoarding limit %1, opening fee %2, replacement fee %3
</source>
        <translation>kikomo cha salio %1, ada ya kufungua %2, ada ya kadi mbadala %3
</translation>
    </message>
    <message>
        <source>keystore file</source>
        <translation>faili la hifadhi ya funguo</translation>
    </message>
    <message>
        <source>backup file to write</source>
        <translation>faili la nakala la kuandika</translation>
    </message>
    <message>
        <source>backup file to restore</source>
        <translation>faili la nakala la kurejesha</translation>
    </message>
    <message>
        <source>usage: ampcard keys backup --keystore FILE --to BACKUP | restore --keystore FILE --from BACKUP</source>
        <translation>matumizi: ampcard keys backup --keystore FILE --to BACKUP | restore --keystore FILE --from BACKUP (FILE: hifadhi ya funguo)</translation>
    </message>
    <message>
        <source>Keystore passphrase: </source>
        <translation>Kaulisiri ya hifadhi ya funguo: </translation>
    </message>
    <message>
        <source>Keys backed up to %1.</source>
        <translation>Nakala ya funguo imehifadhiwa kwenye %1.</translation>
    </message>
    <message>
        <source>Keys restored from %1.</source>
        <translation>Funguo zimerejeshwa kutoka %1.</translation>
    </message>
    <message>
        <source>when the version takes effect (UTC)</source>
        <translation>toleo linapoanza kutumika (UTC)</translation>
    </message>
    <message>
        <source>usage: ampcard plan add NAME TARIFF.json [--from TIME] | list NAME | assign GROUP NAME</source>
        <translation>matumizi: ampcard plan add NAME TARIFF.json [--from TIME] | list NAME | assign GROUP NAME (mpango wa bei)</translation>
    </message>
    <message>
        <source>--from takes a UTC time such as 2026-12-01T00:00</source>
        <translation>--from inapokea saa ya UTC kama 2026-12-01T00:00</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>haiwezekani kusoma %1</translation>
    </message>
    <message>
        <source>Plan %1 version %2 takes effect %3.</source>
        <translation>Mpango %1 toleo %2 unaanza kutumika %3.</translation>
    </message>
    <message>
        <source>Group %1 is on plan %2.</source>
        <translation>Kundi %1 liko kwenye mpango %2.</translation>
    </message>
    <message>
        <source>There is no plan %1.</source>
        <translation>Hakuna mpango %1.</translation>
    </message>
    <message>
        <source>%1 v%2 from %3: %4</source>
        <translation>%1 v%2 kuanzia %3: %4</translation>
    </message>
    <message>
        <source>Which keystore? Give --keystore FILE or set AMPCARD_KEYSTORE.</source>
        <translation>Hifadhi ya funguo ipi? Toa --keystore FILE au weka AMPCARD_KEYSTORE.</translation>
    </message>
    <message>
        <source>Operator %1 is unlocked%2; the recovery is in the audit log.</source>
        <translation>Mhudumu %1 amefunguliwa%2; urejeshaji uko kwenye kumbukumbu ya ukaguzi.</translation>
    </message>
    <message>
        <source> with a new password</source>
        <translation> pamoja na nenosiri jipya</translation>
    </message>
    <message>
        <source>cashier, installer, supervisor or administrator</source>
        <translation>keshia, fundi, msimamizi au meneja wa mfumo</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>jina kamili</translation>
    </message>
    <message>
        <source>usage: ampcard operator add LOGIN --role cashier|installer|supervisor|administrator [--name NAME] | unlock LOGIN | recover LOGIN --keystore FILE</source>
        <translation>matumizi: ampcard operator add LOGIN --role cashier|installer|supervisor|administrator [--name NAME] | unlock LOGIN | recover LOGIN --keystore FILE (hifadhi ya funguo)</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 anaweza kuingia tena.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Nenosiri jipya la %1: </translation>
    </message>
    <message>
        <source>%1 added as %2.</source>
        <translation>%1 ameongezwa kama %2.</translation>
    </message>
    <message>
        <source>receipt: the text of the receipt&apos;s QR code</source>
        <translation>receipt: maandishi ya msimbo wa QR wa risiti</translation>
    </message>
    <message>
        <source>receipt: print JSON</source>
        <translation>receipt: chapisha JSON ya risiti</translation>
    </message>
    <message>
        <source>usage: ampcard report NAME [ARGUMENT] (%1), or ampcard report receipt NUMBER | --qr TEXT</source>
        <translation>matumizi: ampcard report NAME [ARGUMENT] (%1), au ampcard report receipt NUMBER | --qr TEXT</translation>
    </message>
    <message>
        <source>usage: ampcard report receipt NUMBER | --qr TEXT</source>
        <translation>matumizi: ampcard report receipt NUMBER | --qr TEXT (namba ya risiti au msimbo wa QR)</translation>
    </message>
    <message numerus="yes">
        <source>Meter %1: %n phase(s), plan %2, %3.</source>
        <translation>
            <numerusform>Mita %1: fazi %n, mpango %2, %3.</numerusform>
            <numerusform>Mita %1: fazi %n, mpango %2, %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 written for meter %2 (the card&apos;s issue number %3)</source>
        <translation>%1 imeandikwa kwa mita %2 (namba ya utoaji wa kadi %3)</translation>
    </message>
</context>
<context>
    <name>Currencies</name>
    <message>
        <source>Kenyan shilling</source>
        <translation>Shilingi ya Kenya</translation>
    </message>
    <message>
        <source>UAE dirham</source>
        <translation>Dirham ya UAE</translation>
    </message>
    <message>
        <source>Angolan kwanza</source>
        <translation>Kwanza ya Angola</translation>
    </message>
    <message>
        <source>Bangladeshi taka</source>
        <translation>Taka ya Bangladeshi</translation>
    </message>
    <message>
        <source>Bahraini dinar</source>
        <translation>Dinari ya Bahareni</translation>
    </message>
    <message>
        <source>Congolese franc</source>
        <translation>Faranga ya Kongo</translation>
    </message>
    <message>
        <source>Chinese yuan</source>
        <translation>Yuan ya China</translation>
    </message>
    <message>
        <source>Algerian dinar</source>
        <translation>Dinari ya Algeria</translation>
    </message>
    <message>
        <source>Egyptian pound</source>
        <translation>Pauni ya Misri</translation>
    </message>
    <message>
        <source>Ethiopian birr</source>
        <translation>Birr ya Ethiopia</translation>
    </message>
    <message>
        <source>Euro</source>
        <translation>Yuro</translation>
    </message>
    <message>
        <source>Pound sterling</source>
        <translation>Pauni ya Uingereza</translation>
    </message>
    <message>
        <source>Ghanaian cedi</source>
        <translation>Sedi ya Ghana</translation>
    </message>
    <message>
        <source>Indonesian rupiah</source>
        <translation>Rupia ya Indonesia</translation>
    </message>
    <message>
        <source>Indian rupee</source>
        <translation>Rupia ya India</translation>
    </message>
    <message>
        <source>Iraqi dinar</source>
        <translation>Dinari ya Iraki</translation>
    </message>
    <message>
        <source>Jordanian dinar</source>
        <translation>Dinari ya Yordani</translation>
    </message>
    <message>
        <source>Japanese yen</source>
        <translation>Yeni ya Japani</translation>
    </message>
    <message>
        <source>Kuwaiti dinar</source>
        <translation>Dinari ya Kuwait</translation>
    </message>
    <message>
        <source>Libyan dinar</source>
        <translation>Dinari ya Libya</translation>
    </message>
    <message>
        <source>Moroccan dirham</source>
        <translation>Dirham ya Moroko</translation>
    </message>
    <message>
        <source>Malawian kwacha</source>
        <translation>Kwacha ya Malawi</translation>
    </message>
    <message>
        <source>Mozambican metical</source>
        <translation>Metikali ya Msumbiji</translation>
    </message>
    <message>
        <source>Nigerian naira</source>
        <translation>Naira ya Nigeria</translation>
    </message>
    <message>
        <source>Omani rial</source>
        <translation>Riyal ya Omani</translation>
    </message>
    <message>
        <source>Philippine peso</source>
        <translation>Peso ya Ufilipino</translation>
    </message>
    <message>
        <source>Pakistani rupee</source>
        <translation>Rupia ya Pakistani</translation>
    </message>
    <message>
        <source>Rwandan franc</source>
        <translation>Faranga ya Rwanda</translation>
    </message>
    <message>
        <source>Saudi riyal</source>
        <translation>Riyal ya Saudia</translation>
    </message>
    <message>
        <source>Tunisian dinar</source>
        <translation>Dinari ya Tunisia</translation>
    </message>
    <message>
        <source>Tanzanian shilling</source>
        <translation>Shilingi ya Tanzania</translation>
    </message>
    <message>
        <source>Ugandan shilling</source>
        <translation>Shilingi ya Uganda</translation>
    </message>
    <message>
        <source>US dollar</source>
        <translation>Dola ya Marekani</translation>
    </message>
    <message>
        <source>Vietnamese dong</source>
        <translation>Dong ya Vietnam</translation>
    </message>
    <message>
        <source>Central African CFA franc</source>
        <translation>Faranga ya CFA ya Afrika ya Kati</translation>
    </message>
    <message>
        <source>West African CFA franc</source>
        <translation>Faranga ya CFA ya Afrika Magharibi</translation>
    </message>
    <message>
        <source>South African rand</source>
        <translation>Randi ya Afrika Kusini</translation>
    </message>
    <message>
        <source>Zambian kwacha</source>
        <translation>Kwacha ya Zambia</translation>
    </message>
    <message>
        <source>The currency &quot;%1&quot; is not one the station knows: use an ISO 4217 code from the list (for example KES, XOF or KWD).</source>
        <translation>Sarafu &quot;%1&quot; haijulikani kwa kituo: tumia msimbo wa ISO 4217 kutoka kwenye orodha (kwa mfano KES, XOF au KWD).</translation>
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
      Hubadilisha sehemu zilizotolewa tu.
  ampcard customer import FILE.csv
      Safu number,name[,address,phone,group]; mistari yote au hakuna.
  ampcard customer find TEXT [--json]
      Wateja ambao namba, jina, simu au anwani yao ina TEXT.
      Kila moja hupokea [--ledger FILE] (daftari) [--operator LOGIN].
</translation>
    </message>
    <message>
        <source>ampcard customer: unknown subcommand &quot;%1&quot;
</source>
        <translation>ampcard customer: amri ndogo &quot;%1&quot; haijulikani
</translation>
    </message>
    <message>
        <source>Added customer %1 (%2).</source>
        <translation>Mteja %1 ameongezwa (%2).</translation>
    </message>
    <message>
        <source>usage: ampcard customer edit NUMBER [--name NAME] [--address A] [--phone P] [--group G]</source>
        <translation>matumizi: ampcard customer edit NUMBER [--name NAME] [--address A] [--phone P] [--group G]</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Hakuna mteja %1.</translation>
    </message>
    <message>
        <source>Changed customer %1 (%2).</source>
        <translation>Mteja %1 amebadilishwa (%2).</translation>
    </message>
    <message>
        <source>Give one CSV file to import.</source>
        <translation>Toa faili moja la CSV la kuleta.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Haiwezekani kusoma %1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 lines checked</source>
        <translation>%1 kati ya mistari %2 imekaguliwa</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n customer(s).</source>
        <translation>
            <numerusform>Mteja %n ameletwa.</numerusform>
            <numerusform>Wateja %n wameletwa.</numerusform>
        </translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>chapisha JSON</translation>
    </message>
    <message>
        <source>Give the text to look for.</source>
        <translation>Toa maandishi ya kutafuta.</translation>
    </message>
    <message>
        <source>No customer matches.</source>
        <translation>Hakuna mteja anayelingana.</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>The customer number is empty.</source>
        <translation>Namba ya mteja ni tupu.</translation>
    </message>
    <message>
        <source>The customer number &quot;%1&quot; starts or ends with a space.</source>
        <translation>Namba ya mteja &quot;%1&quot; inaanza au kuisha kwa nafasi tupu.</translation>
    </message>
    <message>
        <source>The customer&apos;s name is empty.</source>
        <translation>Jina la mteja ni tupu.</translation>
    </message>
    <message>
        <source>A field is longer than %1 characters.</source>
        <translation>Sehemu moja ni ndefu kuliko herufi %1.</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may add customers.</source>
        <translation>Ni fundi, msimamizi au meneja wa mfumo pekee anayeweza kuongeza wateja.</translation>
    </message>
    <message>
        <source>There is already a customer with number %1.</source>
        <translation>Tayari kuna mteja mwenye namba %1.</translation>
    </message>
    <message>
        <source>Cannot add the customer: %1</source>
        <translation>Haiwezekani kuongeza mteja: %1</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may change customers.</source>
        <translation>Ni fundi, msimamizi au meneja wa mfumo pekee anayeweza kubadilisha wateja.</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Hakuna mteja %1.</translation>
    </message>
    <message>
        <source>Cannot change the customer: %1</source>
        <translation>Haiwezekani kubadilisha mteja: %1</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may import customers.</source>
        <translation>Ni fundi, msimamizi au meneja wa mfumo pekee anayeweza kuleta wateja.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Mstari %1: sehemu yenye alama za nukuu haijafungwa.</translation>
    </message>
    <message>
        <source>The file is empty: it needs the header number,name,address,phone,group.</source>
        <translation>Faili ni tupu: linahitaji kichwa number,name,address,phone,group.</translation>
    </message>
    <message>
        <source>The first line must name the columns, with at least number and name.</source>
        <translation>Mstari wa kwanza lazima utaje safu, angalau number na name.</translation>
    </message>
    <message>
        <source>number %1 is also on line %2.</source>
        <translation>namba %1 iko pia kwenye mstari %2.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Mstari %1: %2</translation>
    </message>
    <message>
        <source>... and more.</source>
        <translation>... na mengine.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n line(s) need fixing.</source>
        <translation>
            <numerusform>Hakuna kilicholetwa: mstari %n unahitaji kurekebishwa.</numerusform>
            <numerusform>Hakuna kilicholetwa: mistari %n inahitaji kurekebishwa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation>Haiwezekani kuleta: %1</translation>
    </message>
    <message>
        <source>there is already a customer with number %1.</source>
        <translation>tayari kuna mteja mwenye namba %1.</translation>
    </message>
</context>
<context>
    <name>Dlt645Master</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>haiwezekani kufungua %1: %2</translation>
    </message>
</context>
<context>
    <name>Fees</name>
    <message>
        <source>VAT must be between 0 and 100 %.</source>
        <translation>VAT lazima iwe kati ya 0 na 100 %.</translation>
    </message>
    <message>
        <source>The debt share of a payment must be at least 0 and under 100 %.</source>
        <translation>Sehemu ya deni katika malipo lazima iwe angalau 0 na chini ya 100 %.</translation>
    </message>
    <message>
        <source>Fee amounts cannot be negative.</source>
        <translation>Viwango vya ada haviwezi kuwa hasi.</translation>
    </message>
    <message>
        <source>%1 does not cover this month&apos;s fixed charge of %2.</source>
        <translation>%1 haitoshi kulipa ada ya kudumu ya mwezi huu ya %2.</translation>
    </message>
    <message>
        <source>Nothing of %1 is left for electricity after the charges.</source>
        <translation>Hakuna kinachobaki cha %1 kwa umeme baada ya ada.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Kiasi lazima kiwe zaidi ya sifuri.</translation>
    </message>
    <message>
        <source>The amount is too large for one sale.</source>
        <translation>Kiasi ni kikubwa mno kwa mauzo moja.</translation>
    </message>
    <message>
        <source>The least one can buy is %1.</source>
        <translation>Kiwango cha chini cha kununua ni %1.</translation>
    </message>
    <message>
        <source>This purchase would take the meter above its limit of %1 (it holds about %2): sell less.</source>
        <translation>Ununuzi huu ungepeleka mita juu ya kikomo cha salio cha %1 (ina takriban %2): uza kidogo.</translation>
    </message>
    <message>
        <source>The energy must be more than zero.</source>
        <translation>Nishati lazima iwe zaidi ya sifuri.</translation>
    </message>
    <message>
        <source>%1 is not an amount of cash: the currency is counted in units of %2.</source>
        <translation>%1 si kiasi cha pesa taslimu: sarafu inahesabiwa kwa vizio vya %2.</translation>
    </message>
</context>
<context>
    <name>KeyCustody</name>
    <message>
        <source>%1 holds the keys of utility %2; this station sells for utility %3.</source>
        <translation>%1 ina funguo za shirika %2; kituo hiki kinauza kwa shirika %3.</translation>
    </message>
    <message>
        <source>Only a supervisor or administrator may back up the keys.</source>
        <translation>Ni msimamizi au meneja wa mfumo pekee anayeweza kuhifadhi nakala ya funguo.</translation>
    </message>
    <message>
        <source>%1 exists already; a key backup never overwrites a file.</source>
        <translation>%1 tayari ipo; nakala ya funguo haiandiki juu ya faili kamwe.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Haiwezekani kuandika %1.</translation>
    </message>
    <message>
        <source>The copy %1 does not open: it was removed.</source>
        <translation>Nakala %1 haifunguki: imeondolewa.</translation>
    </message>
    <message>
        <source>Only a supervisor or administrator may restore the keys.</source>
        <translation>Ni msimamizi au meneja wa mfumo pekee anayeweza kurejesha funguo.</translation>
    </message>
    <message>
        <source>Cannot copy %1 beside the keystore.</source>
        <translation>Haiwezekani kunakili %1 kando ya hifadhi ya funguo.</translation>
    </message>
    <message>
        <source>Cannot move the current keystore aside.</source>
        <translation>Haiwezekani kuweka kando hifadhi ya funguo ya sasa.</translation>
    </message>
    <message>
        <source>Cannot put the backup in place.</source>
        <translation>Haiwezekani kuweka nakala mahali pake.</translation>
    </message>
    <message>
        <source>Only a supervisor or administrator may change the keystore passphrase.</source>
        <translation>Ni msimamizi au meneja wa mfumo pekee anayeweza kubadilisha kaulisiri ya hifadhi ya funguo.</translation>
    </message>
    <message>
        <source>The new passphrase needs 8 characters or more.</source>
        <translation>Kaulisiri mpya inahitaji herufi 8 au zaidi.</translation>
    </message>
    <message>
        <source>The new passphrase is the old one.</source>
        <translation>Kaulisiri mpya ni ile ile ya zamani.</translation>
    </message>
    <message>
        <source>Cannot change the passphrase: %1</source>
        <translation>Haiwezekani kubadilisha kaulisiri: %1</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>The ledger file is damaged: restore the newest backup (Administration or &quot;ampcard restore&quot;) and keep this file for the auditors.</source>
        <translation>Faili la daftari limeharibika: rejesha nakala mpya zaidi (Utawala au &quot;ampcard restore&quot;) na uhifadhi faili hili kwa ajili ya wakaguzi.</translation>
    </message>
    <message>
        <source>The disk holding the ledger is full: free space on it.</source>
        <translation>Diski yenye daftari imejaa: ondoa vitu ili kupata nafasi.</translation>
    </message>
    <message>
        <source>The ledger is busy: another program (a second station window or the ampcard tool) is writing to it. Nothing was recorded; try again in a moment.</source>
        <translation>Daftari linatumika: programu nyingine (dirisha la pili la kituo au zana ya ampcard) inaliandikia. Hakuna kilichorekodiwa; jaribu tena baada ya muda mfupi.</translation>
    </message>
    <message>
        <source>There is no ledger at %1. Create one with &quot;ampcard init&quot;.</source>
        <translation>Hakuna daftari kwenye %1. Unda moja kwa &quot;ampcard init&quot;.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Haiwezekani kuunda folda %1.</translation>
    </message>
    <message>
        <source>Cannot open the ledger %1: %2</source>
        <translation>Haiwezekani kufungua daftari %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a ledger (or it is damaged): %2</source>
        <translation>%1 si daftari (au limeharibika): %2</translation>
    </message>
    <message>
        <source>The ledger %1 has schema version %2; this program knows up to %3. Install the newer Ampcard that wrote it.</source>
        <translation>Daftari %1 lina toleo la muundo %2; programu hii inajua hadi %3. Sakinisha Ampcard mpya iliyoliandika.</translation>
    </message>
    <message>
        <source>%1 is an SQLite file but not an Ampcard ledger.</source>
        <translation>%1 ni faili la SQLite lakini si daftari la Ampcard.</translation>
    </message>
    <message>
        <source>Cannot set up the ledger %1: %2</source>
        <translation>Haiwezekani kuandaa daftari %1: %2</translation>
    </message>
    <message>
        <source>Cannot bring the ledger %1 to schema version %2: %3</source>
        <translation>Haiwezekani kupandisha daftari %1 hadi toleo la muundo %2: %3</translation>
    </message>
    <message>
        <source>The ledger %1 has no station id: it is damaged.</source>
        <translation>Daftari %1 halina kitambulisho cha kituo: limeharibika.</translation>
    </message>
    <message>
        <source>The keystore did not give a ledger key.</source>
        <translation>Hifadhi ya funguo haikutoa ufunguo wa daftari.</translation>
    </message>
    <message>
        <source>This keystore did not seal this ledger (audit line %1 does not verify under its key): it holds another master key, or the line was edited. Run &quot;ampcard ledger verify&quot;.</source>
        <translation>Hifadhi ya funguo hii haikutia muhuri daftari hili (mstari wa ukaguzi %1 haithibitiki kwa ufunguo wake): ina ufunguo mkuu mwingine, au mstari ulihaririwa. Endesha &quot;ampcard ledger verify&quot;.</translation>
    </message>
    <message>
        <source>The ledger is busy or read-only: %1</source>
        <translation>Daftari linatumika au ni la kusoma tu: %1</translation>
    </message>
    <message>
        <source>the journal and the audit log are sealed with the station&apos;s key from here on</source>
        <translation>jarida na kumbukumbu ya ukaguzi vinatiwa muhuri kwa ufunguo wa kituo kuanzia sasa</translation>
    </message>
    <message>
        <source>Cannot key the ledger: %1</source>
        <translation>Haiwezekani kuweka ufunguo kwenye daftari: %1</translation>
    </message>
    <message>
        <source>Money is written to the ledger only sealed with the station&apos;s key: unlock the keystore first.</source>
        <translation>Pesa huandikwa kwenye daftari tu kwa muhuri wa ufunguo wa kituo: fungua hifadhi ya funguo kwanza.</translation>
    </message>
    <message>
        <source>Cannot write to the ledger: %1</source>
        <translation>Haiwezekani kuandika kwenye daftari: %1</translation>
    </message>
    <message>
        <source>Operators, settings and tariffs of this ledger change only sealed with the station&apos;s key: unlock the keystore first (--keystore, AMPCARD_PASSPHRASE).</source>
        <translation>Wahudumu, mipangilio na bei za daftari hili hubadilika tu kwa muhuri wa ufunguo wa kituo: fungua hifadhi ya funguo kwanza (--keystore, AMPCARD_PASSPHRASE).</translation>
    </message>
    <message>
        <source>Cannot write to the audit log: %1</source>
        <translation>Haiwezekani kuandika kwenye kumbukumbu ya ukaguzi: %1</translation>
    </message>
    <message>
        <source>Cannot seal the station&apos;s state: %1</source>
        <translation>Haiwezekani kutia muhuri hali ya kituo: %1</translation>
    </message>
    <message>
        <source>Cannot store the setting %1: %2</source>
        <translation>Haiwezekani kuhifadhi mpangilio %1: %2</translation>
    </message>
    <message>
        <source>The setting %1 is the ledger&apos;s own.</source>
        <translation>Mpangilio %1 ni wa daftari lenyewe.</translation>
    </message>
    <message>
        <source>Settings of this ledger change only sealed with the station&apos;s key: unlock the keystore first (--keystore, AMPCARD_PASSPHRASE).</source>
        <translation>Mipangilio ya daftari hili hubadilika tu kwa muhuri wa ufunguo wa kituo: fungua hifadhi ya funguo kwanza (--keystore, AMPCARD_PASSPHRASE).</translation>
    </message>
    <message>
        <source>The journal cannot be read: %1</source>
        <translation>Jarida haliwezi kusomwa: %1</translation>
    </message>
    <message>
        <source>Entry %1 follows entry %2: the entries between were removed.</source>
        <translation>Ingizo %1 linafuata ingizo %2: maingizo ya katikati yaliondolewa.</translation>
    </message>
    <message>
        <source>Entry %1 does not follow the entry before it: an entry was replaced or its seal rewritten.</source>
        <translation>Ingizo %1 halifuati ingizo lililo kabla yake: ingizo lilibadilishwa au muhuri wake uliandikwa upya.</translation>
    </message>
    <message>
        <source>Entry %1 does not match its seal: it was edited after it was written (a seal computed again without the station&apos;s key does not verify).</source>
        <translation>Ingizo %1 haliendani na muhuri wake: lilihaririwa baada ya kuandikwa (muhuri uliokokotolewa upya bila ufunguo wa kituo haithibitiki).</translation>
    </message>
    <message>
        <source>Entry %1 is not sealed with the station&apos;s key, though the journal is sealed from entry %2: it was written outside the station.</source>
        <translation>Ingizo %1 halijatiwa muhuri kwa ufunguo wa kituo, ingawa jarida limetiwa muhuri kuanzia ingizo %2: liliandikwa nje ya kituo.</translation>
    </message>
    <message>
        <source>Entry %1 does not match its hash: it was edited after it was written.</source>
        <translation>Ingizo %1 haliendani na alama yake ya hashi: lilihaririwa baada ya kuandikwa.</translation>
    </message>
    <message>
        <source>The journal ends at entry %1 but its head records %2: the newest entries were removed.</source>
        <translation>Jarida linaishia kwenye ingizo %1 lakini kichwa chake kinarekodi %2: maingizo mapya zaidi yaliondolewa.</translation>
    </message>
    <message>
        <source>Entries 1 to %1 were written before the journal was keyed; they are held by the seals after them.</source>
        <translation>Maingizo 1 hadi %1 yaliandikwa kabla jarida halijawekewa ufunguo; yanalindwa na mihuri inayoyafuata.</translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>Kumbukumbu ya ukaguzi haiwezi kusomwa: %1</translation>
    </message>
    <message>
        <source>Audit line %1 is not chained, though the audit log is chained before it: it was written outside the station.</source>
        <translation>Mstari wa ukaguzi %1 haujaunganishwa kwenye mnyororo, ingawa kumbukumbu ya ukaguzi imeunganishwa kabla yake: uliandikwa nje ya kituo.</translation>
    </message>
    <message>
        <source>Audit line %1 follows line %2: the lines between were removed.</source>
        <translation>Mstari wa ukaguzi %1 unafuata mstari %2: mistari ya katikati iliondolewa.</translation>
    </message>
    <message>
        <source>Audit line %1 does not follow the line before it: a line was replaced or its seal rewritten.</source>
        <translation>Mstari wa ukaguzi %1 haufuati mstari ulio kabla yake: mstari ulibadilishwa au muhuri wake uliandikwa upya.</translation>
    </message>
    <message>
        <source>Audit line %1 (%2) does not match its seal: it was edited after it was written.</source>
        <translation>Mstari wa ukaguzi %1 (%2) haulingani na muhuri wake: ulihaririwa baada ya kuandikwa.</translation>
    </message>
    <message>
        <source>Audit line %1 (%2) does not match its hash: it was edited after it was written.</source>
        <translation>Mstari wa ukaguzi %1 (%2) haulingani na alama yake ya hashi: ulihaririwa baada ya kuandikwa.</translation>
    </message>
    <message>
        <source>Audit line %1 (%2) changes operators, settings or tariffs without the station&apos;s key, though the ledger is keyed from line %3: it was written outside the station.</source>
        <translation>Mstari wa ukaguzi %1 (%2) unabadilisha wahudumu, mipangilio au bei bila ufunguo wa kituo, ingawa daftari lina ufunguo kuanzia mstari %3: uliandikwa nje ya kituo.</translation>
    </message>
    <message>
        <source>The audit log ends at line %1 but its head records %2: the newest lines were removed.</source>
        <translation>Kumbukumbu ya ukaguzi inaishia kwenye mstari %1 lakini kichwa chake kinarekodi %2: mistari mipya zaidi iliondolewa.</translation>
    </message>
    <message numerus="yes">
        <source>%n audit line(s) from before the audit log was chained are not covered.</source>
        <translation>
            <numerusform>Mstari %n wa ukaguzi wa kabla kumbukumbu ya ukaguzi haijaunganishwa haujashughulikiwa.</numerusform>
            <numerusform>Mistari %n ya ukaguzi ya kabla kumbukumbu ya ukaguzi haijaunganishwa haijashughulikiwa.</numerusform>
        </translation>
    </message>
    <message>
        <source>This ledger was never opened with the keystore: its lines are chained but not sealed with the station&apos;s key.</source>
        <translation>Daftari hili halikuwahi kufunguliwa kwa hifadhi ya funguo: mistari yake imeunganishwa lakini haijatiwa muhuri kwa ufunguo wa kituo.</translation>
    </message>
    <message numerus="yes">
        <source>%n audit line(s) after the ledger was keyed were written without the keystore (sign-ins, customer and meter records at the command line): their place in the chain is checked, their author is not.</source>
        <translation>
            <numerusform>Mstari %n wa ukaguzi baada ya daftari kuwekewa ufunguo uliandikwa bila hifadhi ya funguo (kuingia, rekodi za wateja na mita kwenye mstari wa amri): nafasi yake kwenye mnyororo imekaguliwa, mwandishi wake hajakaguliwa.</numerusform>
            <numerusform>Mistari %n ya ukaguzi baada ya daftari kuwekewa ufunguo iliandikwa bila hifadhi ya funguo (kuingia, rekodi za wateja na mita kwenye mstari wa amri): nafasi yake kwenye mnyororo imekaguliwa, mwandishi wake hajakaguliwa.</numerusform>
        </translation>
    </message>
    <message>
        <source>The protected tables cannot be read: %1</source>
        <translation>Majedwali yaliyolindwa hayawezi kusomwa: %1</translation>
    </message>
    <message>
        <source>The table %1 differs from what audit line %2 sealed: it was changed outside the station.</source>
        <translation>Jedwali %1 linatofautiana na kile mstari wa ukaguzi %2 ulitia muhuri: lilibadilishwa nje ya kituo.</translation>
    </message>
    <message>
        <source>Audit line %1 (%2) changes operators, settings or tariffs without the station&apos;s key: it was written outside the station.</source>
        <translation>Mstari wa ukaguzi %1 (%2) unabadilisha wahudumu, mipangilio au bei bila ufunguo wa kituo: uliandikwa nje ya kituo.</translation>
    </message>
    <message>
        <source>The ledger file is damaged: %1. Restore the newest backup; keep this file for the auditors.</source>
        <translation>Faili la daftari limeharibika: %1. Rejesha nakala mpya zaidi; hifadhi faili hili kwa ajili ya wakaguzi.</translation>
    </message>
    <message numerus="yes">
        <source>Checked without the keystore: the links of %n line(s) hold, but their seals were not checked, so a line edited and sealed again by hand cannot be told from the original. Give the keystore (--keystore, AMPCARD_PASSPHRASE) to check them.</source>
        <translation>
            <numerusform>Imekaguliwa bila hifadhi ya funguo: viungo vya mstari %n viko sawa, lakini mihuri yake haikukaguliwa, kwa hiyo mstari uliohaririwa na kutiwa muhuri upya kwa mkono hauwezi kutofautishwa na wa asili. Toa hifadhi ya funguo (--keystore, AMPCARD_PASSPHRASE) ili kuikagua.</numerusform>
            <numerusform>Imekaguliwa bila hifadhi ya funguo: viungo vya mistari %n viko sawa, lakini mihuri yake haikukaguliwa, kwa hiyo mstari uliohaririwa na kutiwa muhuri upya kwa mkono hauwezi kutofautishwa na wa asili. Toa hifadhi ya funguo (--keystore, AMPCARD_PASSPHRASE) ili kuikagua.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sales cannot be checked against the journal: %1</source>
        <translation>Mauzo hayawezi kulinganishwa na jarida: %1</translation>
    </message>
    <message>
        <source>Journal entry %1 (%2 %3) has no sales row: the row was removed.</source>
        <translation>Ingizo la jarida %1 (%2 %3) halina safu ya mauzo: safu iliondolewa.</translation>
    </message>
    <message>
        <source>Sale %1 is &quot;%2&quot; though journal entry %3 records it taken: its state was changed.</source>
        <translation>Mauzo %1 ni &quot;%2&quot; ingawa ingizo la jarida %3 linayarekodi kuwa yamelipwa: hali yake ilibadilishwa.</translation>
    </message>
    <message>
        <source>Sale %1 is marked cancelled but no completed cancellation refers to it: its state was changed.</source>
        <translation>Mauzo %1 yamewekwa alama ya kughairiwa lakini hakuna ughairi uliokamilika unaoyataja: hali yake ilibadilishwa.</translation>
    </message>
    <message>
        <source>Sale %1 counts as taken but has no journal entry: it was not sold here.</source>
        <translation>Mauzo %1 yanahesabiwa kuwa yamelipwa lakini hayana ingizo la jarida: hayakuuzwa hapa.</translation>
    </message>
    <message>
        <source>Sale %1 differs from journal entry %2 in %3: the sales row was edited.</source>
        <translation>Mauzo %1 yanatofautiana na ingizo la jarida %2 katika %3: safu ya mauzo ilihaririwa.</translation>
    </message>
    <message>
        <source>the sale it belongs to</source>
        <translation>mauzo inayohusika nayo</translation>
    </message>
    <message>
        <source>the amount paid</source>
        <translation>kiasi kilicholipwa</translation>
    </message>
    <message>
        <source>the energy</source>
        <translation>nishati</translation>
    </message>
    <message>
        <source>the operator</source>
        <translation>mhudumu</translation>
    </message>
    <message>
        <source>the receipt</source>
        <translation>risiti</translation>
    </message>
    <message>
        <source>the time of sale</source>
        <translation>muda wa mauzo</translation>
    </message>
    <message>
        <source>the fixed charge</source>
        <translation>ada ya kudumu</translation>
    </message>
    <message>
        <source>the debt recovered</source>
        <translation>deni lililorejeshwa</translation>
    </message>
    <message>
        <source>the VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>the credit</source>
        <translation>salio</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
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
      Unda daftari jipya (chaguo-msingi: folda ya data ya mtumiaji) na meneja wake
      wa mfumo wa kwanza (nenosiri kutoka AMPCARD_PASSWORD au kwa kuulizwa).
  ampcard ledger verify [--operator LOGIN] [--ledger FILE] [--keystore FILE]
      [--anchor SEQ:HASH] [--json]
      Kagua daftari: jarida lake lenye muhuri na kumbukumbu ya ukaguzi, wahudumu, mipangilio
      na bei dhidi ya muhuri wake, mauzo dhidi ya jarida; hutaja kosa la
      kwanza. Mihuri hukaguliwa tu kwa hifadhi ya funguo (kaulisiri kutoka
      AMPCARD_PASSPHRASE au kwa kuulizwa); bila hiyo, husema kile isichoweza kukagua.
  ampcard backup --to FILE [--operator LOGIN] [--ledger FILE]
      Nakili daftari (hata likiwa linatumika) na uthibitishe nakala.
  ampcard restore --from FILE --operator LOGIN [--keystore FILE] [--ledger FILE]
      Badilisha daftari kwa nakala ya kituo hiki inayothibitika kwa ufunguo
      wake na yenye historia yake; meneja wa mfumo wa daftari la sasa atie sahihi
      (hifadhi ya funguo tu wakati faili la sasa haliwezi kusomwa); daftari
      lililobadilishwa linahifadhiwa kando yake.
</translation>
    </message>
    <message>
        <source>ledger file</source>
        <translation>faili la daftari</translation>
    </message>
    <message>
        <source>first administrator&apos;s login</source>
        <translation>jina la kuingia la meneja wa mfumo wa kwanza</translation>
    </message>
    <message>
        <source>first administrator&apos;s name</source>
        <translation>jina la meneja wa mfumo wa kwanza</translation>
    </message>
    <message>
        <source>Give the first administrator&apos;s login with --admin LOGIN.</source>
        <translation>Toa jina la kuingia la meneja wa mfumo wa kwanza kwa --admin LOGIN.</translation>
    </message>
    <message>
        <source>%1 already exists; init makes a new ledger only.</source>
        <translation>%1 tayari ipo; init hutengeneza daftari jipya tu.</translation>
    </message>
    <message>
        <source>Password for the administrator %1: </source>
        <translation>Nenosiri la meneja wa mfumo %1: </translation>
    </message>
    <message>
        <source>No password: set AMPCARD_PASSWORD or run in a terminal.</source>
        <translation>Hakuna nenosiri: weka AMPCARD_PASSWORD au endesha kwenye terminal.</translation>
    </message>
    <message>
        <source>Created the ledger %1 (station %2) with administrator %3.</source>
        <translation>Daftari %1 limeundwa (kituo %2) pamoja na meneja wa mfumo %3.</translation>
    </message>
    <message>
        <source>ampcard ledger: unknown subcommand &quot;%1&quot;
</source>
        <translation>ampcard ledger: amri ndogo ya daftari &quot;%1&quot; haijulikani
</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>chapisha JSON</translation>
    </message>
    <message>
        <source>a journal head printed on paper (a Z report): SEQ:HASH, the hash or its first 16 hex digits or more</source>
        <translation>kichwa cha jarida kilichochapishwa kwenye karatasi (ripoti ya Z): SEQ:HASH, hashi au tarakimu zake 16 za kwanza za hex au zaidi</translation>
    </message>
    <message>
        <source>--anchor: give SEQ:HASH as the Z report prints it (at least 16 hex digits of the hash).</source>
        <translation>--anchor: toa SEQ:HASH kama ripoti ya Z inavyoichapisha (angalau tarakimu 16 za hex za hashi).</translation>
    </message>
    <message>
        <source>The journal does not hold entry %1 as it was printed (%2): the entries up to it were removed, replaced or the whole file swapped.</source>
        <translation>Jarida halina ingizo %1 kama lilivyochapishwa (%2): maingizo hadi hapo yaliondolewa, yalibadilishwa au faili zima lilibadilishwa.</translation>
    </message>
    <message>
        <source>Entry %1 is as printed on paper (%2).</source>
        <translation>Ingizo %1 ni kama lilivyochapishwa kwenye karatasi (%2).</translation>
    </message>
    <message>
        <source>BROKEN at entry %1 of %2: %3</source>
        <translation>LIMEVUNJIKA kwenye ingizo %1 kati ya %2: %3</translation>
    </message>
    <message>
        <source>BROKEN: %1</source>
        <translation>LIMEVUNJIKA: %1</translation>
    </message>
    <message numerus="yes">
        <source>The ledger is whole: %n entries and %1 audit lines verified with the station&apos;s key; the protected tables and the sales agree with them.</source>
        <translation>
            <numerusform>Daftari liko kamili: ingizo %n na mistari %1 ya ukaguzi imethibitishwa kwa ufunguo wa kituo; majedwali yaliyolindwa na mauzo yanaendana nayo.</numerusform>
            <numerusform>Daftari liko kamili: maingizo %n na mistari %1 ya ukaguzi imethibitishwa kwa ufunguo wa kituo; majedwali yaliyolindwa na mauzo yanaendana nayo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The links hold: %n entries and %1 audit lines; the protected tables and the sales agree with them.</source>
        <translation>
            <numerusform>Viungo viko sawa: ingizo %n na mistari %1 ya ukaguzi; majedwali yaliyolindwa na mauzo yanaendana nayo.</numerusform>
            <numerusform>Viungo viko sawa: maingizo %n na mistari %1 ya ukaguzi; majedwali yaliyolindwa na mauzo yanaendana nayo.</numerusform>
        </translation>
    </message>
    <message>
        <source>backup file</source>
        <translation>faili la nakala</translation>
    </message>
    <message>
        <source>Say where the backup goes with --to FILE.</source>
        <translation>Sema nakala inakwenda wapi kwa --to FILE.</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n journal entries to %1; head %2.</source>
        <translation>
            <numerusform>Ingizo %n la jarida limehifadhiwa kwenye %1; kichwa %2.</numerusform>
            <numerusform>Maingizo %n ya jarida yamehifadhiwa kwenye %1; kichwa %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>hakuna</translation>
    </message>
    <message>
        <source>Name the backup with --from FILE.</source>
        <translation>Taja nakala kwa --from FILE.</translation>
    </message>
    <message>
        <source>Who is signing in? Give --operator LOGIN or set AMPCARD_OPERATOR.</source>
        <translation>Nani anaingia? Toa --operator LOGIN au weka AMPCARD_OPERATOR.</translation>
    </message>
    <message>
        <source>Which keystore? Give --keystore FILE or set AMPCARD_KEYSTORE: a restore checks the backup with the station&apos;s key.</source>
        <translation>Hifadhi ya funguo ipi? Toa --keystore FILE au weka AMPCARD_KEYSTORE: urejeshaji hukagua nakala kwa ufunguo wa kituo.</translation>
    </message>
    <message>
        <source>Keystore passphrase: </source>
        <translation>Kaulisiri ya hifadhi ya funguo: </translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Nenosiri la %1: </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n journal entries into %1; head %2.</source>
        <translation>
            <numerusform>Ingizo %n la jarida limerejeshwa ndani ya %1; kichwa %2.</numerusform>
            <numerusform>Maingizo %n ya jarida yamerejeshwa ndani ya %1; kichwa %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The replaced ledger is kept as %1.</source>
        <translation>Daftari lililobadilishwa limehifadhiwa kama %1.</translation>
    </message>
</context>
<context>
    <name>MeterCommand</name>
    <message>
        <source>Serial port.</source>
        <translation>Mlango wa serial.</translation>
    </message>
    <message>
        <source>Baud rate.</source>
        <translation>Kasi ya baud.</translation>
    </message>
    <message>
        <source>Meter address (12 digits).</source>
        <translation>Anwani ya mita (tarakimu 12).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Chapisha JSON.</translation>
    </message>
    <message>
        <source>Level-02 password (wire order).</source>
        <translation>Nenosiri la kiwango-02 (mpangilio wa waya).</translation>
    </message>
    <message>
        <source>Keystore to derive the meter&apos;s password from.</source>
        <translation>Hifadhi ya funguo ya kupata nenosiri la mita.</translation>
    </message>
    <message>
        <source>Key version of the meter.</source>
        <translation>Toleo la ufunguo wa mita.</translation>
    </message>
    <message>
        <source>Operator code.</source>
        <translation>Msimbo wa mhudumu.</translation>
    </message>
    <message>
        <source>Command valid for M minutes.</source>
        <translation>Amri ni halali kwa dakika M.</translation>
    </message>
    <message>
        <source>Time to broadcast.</source>
        <translation>Saa ya kutangaza.</translation>
    </message>
    <message>
        <source>--port TTY is required</source>
        <translation>--port TTY inahitajika</translation>
    </message>
    <message>
        <source>--baud must be a positive number</source>
        <translation>--baud lazima iwe namba chanya</translation>
    </message>
    <message>
        <source>--meter must be up to 12 digits</source>
        <translation>--meter lazima iwe namba ya mita ya hadi tarakimu 12</translation>
    </message>
    <message>
        <source>ampcard meter: unknown subcommand &quot;%1&quot;</source>
        <translation>ampcard meter: amri ndogo ya mita &quot;%1&quot; haijulikani</translation>
    </message>
    <message>
        <source>no answer from a meter: %1</source>
        <translation>hakuna jibu kutoka kwa mita: %1</translation>
    </message>
    <message>
        <source>give at least one data identifier, e.g. 00010000</source>
        <translation>toa angalau kitambulisho kimoja cha data, mf. 00010000</translation>
    </message>
    <message>
        <source>refused (error word %1)</source>
        <translation>imekataliwa (neno la hitilafu %1)</translation>
    </message>
    <message>
        <source>no answer from the meter: %1</source>
        <translation>hakuna jibu kutoka kwa mita: %1</translation>
    </message>
    <message>
        <source>usage: ampcard meter relay --port TTY --meter N COMMAND</source>
        <translation>matumizi: ampcard meter relay --port TTY --meter N COMMAND (amri ya swichi ya mita)</translation>
    </message>
    <message>
        <source>give the keystore (--keystore FILE) or the meter&apos;s level-02 password (--password HEX6)</source>
        <translation>toa hifadhi ya funguo (--keystore FILE) au nenosiri la kiwango-02 la mita (--password HEX6)</translation>
    </message>
    <message>
        <source>--meter must be the meter number, --key-version 0 to 255</source>
        <translation>--meter lazima iwe namba ya mita, --key-version 0 hadi 255</translation>
    </message>
    <message>
        <source>Keystore passphrase: </source>
        <translation>Kaulisiri ya hifadhi ya funguo: </translation>
    </message>
    <message>
        <source>--password takes 6 hex digits, --operator 8, --valid-minutes a number</source>
        <translation>--password inapokea tarakimu 6 za hex, --operator 8, --valid-minutes namba</translation>
    </message>
    <message>
        <source>the meter refused (error word %1%2)</source>
        <translation>mita imekataa (neno la hitilafu %1%2)</translation>
    </message>
    <message>
        <source>: password</source>
        <translation>: nenosiri</translation>
    </message>
    <message>
        <source>relay: %1 done</source>
        <translation>swichi: %1 imefanyika</translation>
    </message>
    <message>
        <source>--set takes now or YYYY-MM-DDTHH:MM[:SS]</source>
        <translation>--set inapokea now au YYYY-MM-DDTHH:MM[:SS]</translation>
    </message>
    <message>
        <source>broadcast %1</source>
        <translation>tangaza %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a data identifier of 8 hex digits nor the name of one (docs/dlt645.md)</source>
        <translation>&quot;%1&quot; si kitambulisho cha data cha tarakimu 8 za hex wala jina la kimoja (docs/dlt645.md)</translation>
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
      Soma anwani ya mita iliyo kwenye mlango (DL/T645 0x13).
  ampcard meter read --port TTY [--baud 2400] [--meter N] [--json] DI...
      Soma vitambulisho vya data: tarakimu 8 za hex (00010000) au jina kutoka jedwali la docs/dlt645.md
      (forward-energy, forward-energy:1 kwa mzunguko uliopita, remaining-credit...).
  ampcard meter relay --port TTY --meter N COMMAND (--keystore FILE | --password HEX6)
      [--operator HEX8] [--valid-minutes M]   COMMAND (amri ya swichi): trip, allow, close, alarm,
      alarm-release, keep-power, keep-power-release (DL/T645 0x1C kwa nenosiri la
      kiwango-02 la mita, linalopatikana kutoka ufunguo mkuu wa hifadhi ya funguo).
  ampcard meter time --port TTY [--meter N] [--set now|YYYY-MM-DDTHH:MM[:SS]]
      Soma saa ya mita, au tangaza muda kwa kila mita iliyo kwenye laini.
  ampcard meter push-tariff --meter NUMBER [--port TTY] [--baud 2400] [--json]
      [--ledger FILE] (daftari) [--operator LOGIN] [--keystore FILE]
      Tuma bei ya mpango wa mita kwa mita mara moja, ikiwa imetiwa muhuri katika nafasi
      ya mfuatano wake (DL/T645 0x03), na uikamilishe kwenye rekodi ya mita yenye muhuri.
      Kwa kawaida mlango ni laini ya mita iliyowekwa kwenye Utawala.
</translation>
    </message>
    <message>
        <source>meter number (12 digits)</source>
        <translation>namba ya mita (tarakimu 12)</translation>
    </message>
    <message>
        <source>serial port of the meter&apos;s line (DL/T645)</source>
        <translation>mlango wa serial wa laini ya mita (DL/T645)</translation>
    </message>
    <message>
        <source>baud rate of the meter&apos;s line</source>
        <translation>kasi ya baud ya laini ya mita</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>chapisha JSON</translation>
    </message>
    <message>
        <source>No meter line is configured for meter %1: give --port TTY, or set the meter line in Administration.</source>
        <translation>Hakuna laini ya mita iliyowekwa kwa mita %1: toa --port TTY, au weka laini ya mita kwenye Utawala.</translation>
    </message>
    <message>
        <source>Cannot use the meter line %1: %2</source>
        <translation>Haiwezekani kutumia laini ya mita %1: %2</translation>
    </message>
    <message>
        <source>Meter %1 already runs plan %2: nothing was sent.</source>
        <translation>Mita %1 tayari inatumia mpango %2: hakuna kilichotumwa.</translation>
    </message>
    <message>
        <source>Meter %1 loaded plan %2 (tariff %3, from %4) at sequence %5: push %6.</source>
        <translation>Mita %1 imeingiza mpango %2 (bei %3, kuanzia %4) kwa mfuatano %5: utumaji %6.</translation>
    </message>
    <message>
        <source>  ampcard meter push-tariff --plan NAME [--port TTY] [--baud 2400] [--json] ...
      The same for every active meter of plan NAME on the line, one after another:
      a line for each meter, and a meter that does not answer or refuses does not
      stop the others (exit status 1 when any of them did not take the tariff).
</source>
        <translation>  ampcard meter push-tariff --plan NAME [--port TTY] [--baud 2400] [--json] ...
      Vivyo hivyo kwa kila mita hai ya mpango NAME kwenye laini, moja baada ya nyingine:
      mstari kwa kila mita, na mita isiyojibu au inayokataa haizuii
      nyingine (hali ya kutoka 1 ikiwa yoyote haikupokea bei).
</translation>
    </message>
    <message>
        <source>every active meter of this tariff plan</source>
        <translation>kila mita hai ya mpango huu wa bei</translation>
    </message>
    <message>
        <source>usage: ampcard meter push-tariff (--meter NUMBER | --plan NAME) [--port TTY]</source>
        <translation>matumizi: ampcard meter push-tariff (--meter NUMBER | --plan NAME) [--port TTY]</translation>
    </message>
    <message>
        <source>No meter line is configured for the meters of plan %1: give --port TTY, or set the meter line in Administration.</source>
        <translation>Hakuna laini ya mita iliyowekwa kwa mita za mpango %1: toa --port TTY, au weka laini ya mita kwenye Utawala.</translation>
    </message>
    <message>
        <source>No active meter is on plan %1: nothing was sent.</source>
        <translation>Hakuna mita hai kwenye mpango %1: hakuna kilichotumwa.</translation>
    </message>
    <message>
        <source>Meter %1: %2</source>
        <translation>Mita %1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 meters of plan %3 run its tariff now.</source>
        <translation>Mita %1 kati ya %2 za mpango %3 zinatumia bei yake sasa.</translation>
    </message>
</context>
<context>
    <name>Meters</name>
    <message>
        <source>Only an installer, supervisor or administrator may register meters.</source>
        <translation>Ni fundi, msimamizi au meneja wa mfumo pekee anayeweza kusajili mita.</translation>
    </message>
    <message>
        <source>A meter number has 12 digits; &quot;%1&quot; does not.</source>
        <translation>Namba ya mita ina tarakimu 12; &quot;%1&quot; haina.</translation>
    </message>
    <message>
        <source>A meter has 1 or 3 phases.</source>
        <translation>Mita ina awamu 1 au 3.</translation>
    </message>
    <message>
        <source>The key version is 1 to 255.</source>
        <translation>Toleo la ufunguo ni 1 hadi 255.</translation>
    </message>
    <message>
        <source>There is no tariff plan &quot;%1&quot;.</source>
        <translation>Hakuna mpango wa bei &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot read the customers: %1</source>
        <translation>Haiwezekani kusoma wateja: %1</translation>
    </message>
    <message>
        <source>There is no customer with number %1.</source>
        <translation>Hakuna mteja mwenye namba %1.</translation>
    </message>
    <message>
        <source>Meter %1 is already registered.</source>
        <translation>Mita %1 tayari imesajiliwa.</translation>
    </message>
    <message>
        <source>Cannot register the meter: %1</source>
        <translation>Haiwezekani kusajili mita: %1</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may change meters.</source>
        <translation>Ni fundi, msimamizi au meneja wa mfumo pekee anayeweza kubadilisha mita.</translation>
    </message>
    <message>
        <source>Meter %1 is not registered.</source>
        <translation>Mita %1 haijasajiliwa.</translation>
    </message>
    <message>
        <source>Meter %1 was removed (replaced by %2).</source>
        <translation>Mita %1 iliondolewa (imebadilishwa na %2).</translation>
    </message>
    <message>
        <source>A meter is active or suspended; a meter change removes one.</source>
        <translation>Mita iko hai au imesimamishwa; ubadilishaji wa mita huiondoa.</translation>
    </message>
    <message>
        <source>Cannot change the meter: %1</source>
        <translation>Haiwezekani kubadilisha mita: %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>inatumika</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>imesimamishwa</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>imeondolewa</translation>
    </message>
</context>
<context>
    <name>MoneyFormat</name>
    <message>
        <source>%1 is too large an amount.</source>
        <translation>%1 ni kiasi kikubwa mno.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: write it like %2.</source>
        <translation>&quot;%1&quot; si kiasi: kiandike kama %2.</translation>
    </message>
    <message>
        <source>Enter an amount, like %1.</source>
        <translation>Weka kiasi, kama %1.</translation>
    </message>
    <message>
        <source>%1 has no decimals: enter a whole amount.</source>
        <translation>%1 haina desimali: weka kiasi kamili.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is counted to %n decimal place(s): %2 has more.</source>
        <translation>
            <numerusform>%1 huhesabiwa hadi nafasi %n ya desimali: %2 ina zaidi.</numerusform>
            <numerusform>%1 huhesabiwa hadi nafasi %n za desimali: %2 ina zaidi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkCommand</name>
    <message>
        <source>the server</source>
        <translation>seva</translation>
    </message>
    <message>
        <source>station number</source>
        <translation>namba ya kituo</translation>
    </message>
    <message>
        <source>usage: ampcard network join --server URL --station N</source>
        <translation>matumizi: ampcard network join --server URL --station N</translation>
    </message>
    <message>
        <source>--server URL and --station N are required</source>
        <translation>--server URL na --station N vinahitajika</translation>
    </message>
    <message>
        <source>--station takes a station number from 1, not &quot;%1&quot;</source>
        <translation>--station inapokea namba ya kituo kuanzia 1, si &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Only an administrator joins the station to a server.</source>
        <translation>Ni meneja wa mfumo pekee anayeunganisha kituo na seva.</translation>
    </message>
    <message>
        <source>The server&apos;s password for station %1: </source>
        <translation>Nenosiri la seva kwa kituo %1: </translation>
    </message>
    <message>
        <source>Cannot join the server: %1</source>
        <translation>Haiwezekani kujiunga na seva: %1</translation>
    </message>
    <message>
        <source>Joined the server as station %1; uploading this ledger&apos;s history…</source>
        <translation>Kimejiunga na seva kama kituo %1; kinapakia historia ya daftari hili…</translation>
    </message>
    <message>
        <source>Uploaded %1 journal entries and %2 audit lines.</source>
        <translation>Maingizo %1 ya jarida na mistari %2 ya ukaguzi yamepakiwa.</translation>
    </message>
    <message>
        <source>the ledger</source>
        <translation>daftari</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>chapisha JSON</translation>
    </message>
    <message>
        <source>keep pushing, for a service</source>
        <translation>endelea kutuma, kwa huduma</translation>
    </message>
    <message>
        <source>seconds between rounds of the daemon</source>
        <translation>sekunde kati ya mizunguko ya daemon</translation>
    </message>
    <message>
        <source>This station has not joined a server: run `ampcard network join`.</source>
        <translation>Kituo hiki hakijajiunga na seva: endesha `ampcard network join`.</translation>
    </message>
    <message>
        <source>Station %1: %2 waiting (lag %3 s); last success %4.</source>
        <translation>Kituo %1: %2 vinasubiri (uchelewaji sekunde %3); mafanikio ya mwisho %4.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>bado hakuna</translation>
    </message>
    <message>
        <source>Last error (%1): %2</source>
        <translation>Hitilafu ya mwisho (%1): %2</translation>
    </message>
    <message>
        <source>The push stopped: %1</source>
        <translation>Kutuma kumesimama: %1</translation>
    </message>
    <message>
        <source>Pushed %1 journal entries and %2 audit lines.</source>
        <translation>Maingizo %1 ya jarida na mistari %2 ya ukaguzi yametumwa.</translation>
    </message>
    <message>
        <source>The push stopped: %1 (trying again in %2 s)</source>
        <translation>Kutuma kumesimama: %1 (inajaribu tena baada ya sekunde %2)</translation>
    </message>
    <message>
        <source>over all stations</source>
        <translation>kwa vituo vyote</translation>
    </message>
    <message>
        <source>the day</source>
        <translation>siku</translation>
    </message>
    <message>
        <source>print CSV</source>
        <translation>chapisha CSV</translation>
    </message>
    <message>
        <source>--all-stations needs --server URL (a reporting login).</source>
        <translation>--all-stations inahitaji --server URL (jina la kuingia la ripoti).</translation>
    </message>
    <message>
        <source>Joined, but the upload stopped (%1). It goes on with `ampcard sync`.</source>
        <translation>Kimejiunga, lakini upakiaji umesimama (%1). Utaendelea kwa `ampcard sync`.</translation>
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
      jiunga na seva kuu kama kituo N na upakie historia ya daftari hili
      (meneja wa mfumo anaingia na hifadhi ya funguo inatia muhuri badiliko; nenosiri
      la seva kutoka URL, AMPCARD_SERVER_PASSWORD au kwa kuulizwa)
  sync [--ledger FILE] [--daemon [--interval SECONDS]]
      tuma kwa seva sasa kinachosubiri (au kila baada ya sekunde chache, kwa huduma)
  sync status [--ledger FILE] [--json]
      kinachosubiri, mafanikio ya mwisho, uchelewaji na hitilafu ya mwisho
  report daily|z|monthly|stations --all-stations --server URL [--csv]
         [--date YYYY-MM-DD | --from YYYY-MM-DD --to YYYY-MM-DD | YYYY-MM]
      kwa vituo vyote: mapato ya siku, ripoti ya Z (kufunga) ya kipindi kwa
      kila kituo na mhudumu, mapato ya mwezi kwa siku, au floti na minyororo ya
      vituo (URL: jina la kuingia la ripoti, ampcard server add-reporter;
      nenosiri lake kutoka URL, AMPCARD_SERVER_PASSWORD au kwa kuulizwa)
</translation>
    </message>
    <message>
        <source>usage: ampcard sync [status|clashes] ...</source>
        <translation>matumizi: ampcard sync [status|clashes] ...</translation>
    </message>
    <message>
        <source>No clashes.</source>
        <translation>Hakuna migongano.</translation>
    </message>
    <message>
        <source>%1 %2 (%3): refused by the server, station %4 has it.</source>
        <translation>%1 %2 (%3): imekataliwa na seva, kituo %4 kinayo.</translation>
    </message>
    <message>
        <source>%1 %2 (%3): station %4&apos;s record not taken here, this station has its own.</source>
        <translation>%1 %2 (%3): rekodi ya kituo %4 haijapokelewa hapa, kituo hiki kina yake.</translation>
    </message>
    <message>
        <source>Records: %1 of this station waiting to go out; %2 tariff, fee or operator changes of other stations waiting for the station&apos;s key.</source>
        <translation>Rekodi: %1 za kituo hiki zinasubiri kutumwa; mabadiliko %2 ya bei, ada au wahudumu ya vituo vingine yanasubiri ufunguo wa kituo.</translation>
    </message>
    <message>
        <source>%1 clashes for a supervisor: ampcard sync clashes.</source>
        <translation>Migongano %1 kwa ajili ya msimamizi: ampcard sync clashes.</translation>
    </message>
    <message>
        <source>Records: %1 pushed, %2 pulled from other stations, %3 new clashes.</source>
        <translation>Rekodi: %1 zimetumwa, %2 zimepokelewa kutoka vituo vingine, migongano mipya %3.</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>siku ya kwanza</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>siku ya mwisho</translation>
    </message>
    <message>
        <source>Over all stations, the reports are %1, not &quot;%2&quot;.</source>
        <translation>Kwa vituo vyote, ripoti ni %1, si &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Give days as YYYY-MM-DD.</source>
        <translation>Toa siku kama YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The password of the reporting login %1: </source>
        <translation>Nenosiri la jina la kuingia la ripoti %1: </translation>
    </message>
    <message>
        <source>  sync clashes [--ledger FILE] [--json]
      this station&apos;s records the server keeps aside because another station
      holds the same meter (opened at two stations offline), for a supervisor
  report sequences --all-stations --server URL [--csv]
      meter sequences sold by more than one station
</source>
        <translation>  sync clashes [--ledger FILE] [--json]
      rekodi za daftari la kituo hiki ambazo seva inaziweka kando kwa sababu kituo kingine
      kina mita ileile (iliyofunguliwa katika vituo viwili bila mtandao), kwa msimamizi
  report sequences --all-stations --server URL [--csv]
      mfuatano wa mita uliouzwa na zaidi ya kituo kimoja
</translation>
    </message>
</context>
<context>
    <name>Operators</name>
    <message>
        <source>An operator&apos;s login must not be empty or start or end with a space.</source>
        <translation>Jina la kuingia la mhudumu lisiwe tupu wala lisianze au kuisha kwa nafasi tupu.</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>Nenosiri linahitaji angalau herufi 8.</translation>
    </message>
    <message>
        <source>The password could not be hashed (OpenSSL failed).</source>
        <translation>Hashi ya nenosiri haikuweza kutengenezwa (OpenSSL imeshindwa).</translation>
    </message>
    <message>
        <source>There is already an operator &quot;%1&quot;.</source>
        <translation>Tayari kuna mhudumu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot add the operator: %1</source>
        <translation>Haiwezekani kuongeza mhudumu: %1</translation>
    </message>
    <message>
        <source>This ledger already has operators; an administrator adds the others.</source>
        <translation>Daftari hili tayari lina wahudumu; meneja wa mfumo huwaongeza wengine.</translation>
    </message>
    <message>
        <source>Only an administrator may add operators.</source>
        <translation>Ni meneja wa mfumo pekee anayeweza kuongeza wahudumu.</translation>
    </message>
    <message>
        <source>Unknown operator or wrong password.</source>
        <translation>Mhudumu hajulikani au nenosiri si sahihi.</translation>
    </message>
    <message>
        <source>Operator &quot;%1&quot; is locked after %2 wrong passwords; an administrator must unlock it.</source>
        <translation>Mhudumu &quot;%1&quot; amefungwa baada ya manenosiri %2 yasiyo sahihi; meneja wa mfumo lazima amfungue.</translation>
    </message>
    <message>
        <source>Cannot record the sign-in: %1</source>
        <translation>Haiwezekani kurekodi kuingia: %1</translation>
    </message>
    <message>
        <source>Sign-in refused: %1 Run &quot;ampcard ledger verify&quot; and call the auditors; restore the newest good backup.</source>
        <translation>Kuingia kumekataliwa: %1 Endesha &quot;ampcard ledger verify&quot; (ukaguzi wa daftari) na uwaite wakaguzi; rejesha nakala nzuri mpya zaidi.</translation>
    </message>
    <message>
        <source>Wrong password. Operator &quot;%1&quot; is now locked; an administrator must unlock it.</source>
        <translation>Nenosiri si sahihi. Mhudumu &quot;%1&quot; sasa amefungwa; meneja wa mfumo lazima amfungue.</translation>
    </message>
    <message>
        <source>Cannot change the operator: %1</source>
        <translation>Haiwezekani kubadilisha mhudumu: %1</translation>
    </message>
    <message>
        <source>There is no operator &quot;%1&quot;.</source>
        <translation>Hakuna mhudumu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Recovering an operator needs the keystore&apos;s passphrase.</source>
        <translation>Kumrejesha mhudumu kunahitaji kaulisiri ya hifadhi ya funguo.</translation>
    </message>
    <message>
        <source>Cannot recover the operator: %1</source>
        <translation>Haiwezekani kumrejesha mhudumu: %1</translation>
    </message>
    <message>
        <source>Only an administrator may unlock operators.</source>
        <translation>Ni meneja wa mfumo pekee anayeweza kufungua wahudumu.</translation>
    </message>
    <message>
        <source>Only an administrator may set another operator&apos;s password.</source>
        <translation>Ni meneja wa mfumo pekee anayeweza kuweka nenosiri la mhudumu mwingine.</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>out of memory</source>
        <translation>kumbukumbu imejaa</translation>
    </message>
    <message>
        <source>The server address is not a valid PostgreSQL URL: %1</source>
        <translation>Anwani ya seva si URL halali ya PostgreSQL: %1</translation>
    </message>
    <message>
        <source>Cannot connect to the server: %1</source>
        <translation>Haiwezekani kuunganisha na seva: %1</translation>
    </message>
    <message>
        <source>the connection to the server was lost</source>
        <translation>muunganisho na seva umepotea</translation>
    </message>
</context>
<context>
    <name>ReferenceSync</name>
    <message>
        <source>Cannot read the reference outbox: %1</source>
        <translation>Haiwezekani kusoma foleni ya kutuma ya rekodi za pamoja: %1</translation>
    </message>
    <message>
        <source>Cannot read a %1 for the server: %2</source>
        <translation>Haiwezekani kusoma %1 kwa ajili ya seva: %2</translation>
    </message>
    <message>
        <source>The server refused reference records: %1</source>
        <translation>Seva imekataa rekodi za pamoja: %1</translation>
    </message>
    <message>
        <source>Cannot clear what the server took from the reference outbox: %1</source>
        <translation>Haiwezekani kuondoa kwenye foleni ya kutuma ya rekodi za pamoja kile ambacho seva imepokea: %1</translation>
    </message>
    <message>
        <source>Cannot pull reference records: %1</source>
        <translation>Haiwezekani kupokea rekodi za pamoja kutoka seva: %1</translation>
    </message>
    <message>
        <source>Cannot apply reference records: %1</source>
        <translation>Haiwezekani kutumia rekodi za pamoja: %1</translation>
    </message>
    <message>
        <source>Cannot apply a %1 from station %2: %3</source>
        <translation>Haiwezekani kutumia %1 kutoka kituo %2: %3</translation>
    </message>
    <message>
        <source>Cannot apply reference records: cannot note the revision.</source>
        <translation>Haiwezekani kutumia rekodi za pamoja: haiwezekani kurekodi toleo lililofikiwa.</translation>
    </message>
    <message>
        <source>Cannot read the clashes the server found: %1</source>
        <translation>Haiwezekani kusoma migongano ambayo seva imegundua: %1</translation>
    </message>
    <message>
        <source>Cannot note a clash: %1</source>
        <translation>Haiwezekani kurekodi mgongano: %1</translation>
    </message>
    <message>
        <source>Cannot note a clash.</source>
        <translation>Haiwezekani kurekodi mgongano.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>The report is refused: its sales do not agree with the sealed journal. %1 Run &quot;ampcard ledger verify&quot; and call the auditors.</source>
        <translation>Ripoti imekataliwa: mauzo yake hayalingani na jarida lenye muhuri. %1 Endesha &quot;ampcard ledger verify&quot; (ukaguzi wa daftari) na uwaite wakaguzi.</translation>
    </message>
    <message>
        <source>Only a supervisor, administrator or installer sees the station&apos;s reports; a cashier sees their own work and customers&apos; histories.</source>
        <translation>Ni msimamizi, meneja wa mfumo au fundi pekee anayeona ripoti za kituo; keshia huona kazi yake mwenyewe na historia za wateja.</translation>
    </message>
    <message>
        <source>Cannot run the report: %1</source>
        <translation>Haiwezekani kuendesha ripoti: %1</translation>
    </message>
    <message>
        <source>Give a day as YYYY-MM-DD.</source>
        <translation>Toa siku kama YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Takings of %1</source>
        <translation>Mapato ya %1</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Mhudumu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Aina</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Idadi</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Imelipwa</translation>
    </message>
    <message>
        <source>Fixed charges</source>
        <translation>Ada ya kudumu</translation>
    </message>
    <message>
        <source>Debt recovered</source>
        <translation>Deni lililorejeshwa</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Salio</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>Nishati (kWh)</translation>
    </message>
    <message>
        <source>Give a month as YYYY-MM.</source>
        <translation>Toa mwezi kama YYYY-MM.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Siku</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Manunuzi</translation>
    </message>
    <message>
        <source>Give the period as two days, the first not after the second.</source>
        <translation>Toa kipindi kama siku mbili, ya kwanza isiwe baada ya ya pili.</translation>
    </message>
    <message>
        <source>Work of %1 from %2 to %3</source>
        <translation>Kazi ya %1 kuanzia %2 hadi %3</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Saa (UTC)</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Risiti</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Mita</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Mfuatano</translation>
    </message>
    <message>
        <source>This operator may not see reports.</source>
        <translation>Mhudumu huyu haruhusiwi kuona ripoti.</translation>
    </message>
    <message>
        <source>History of customer %1</source>
        <translation>Historia ya mteja %1</translation>
    </message>
    <message>
        <source>Energy of customer %1 by month</source>
        <translation>Nishati ya mteja %1 kwa mwezi</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mwezi</translation>
    </message>
    <message>
        <source>Bought (kWh)</source>
        <translation>Imenunuliwa (kWh)</translation>
    </message>
    <message>
        <source>Used (kWh)</source>
        <translation>Imetumika (kWh)</translation>
    </message>
    <message>
        <source>Consumption read from cards, %1 to %2</source>
        <translation>Matumizi yaliyosomwa kutoka kadi, %1 hadi %2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Mteja</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Usomaji</translation>
    </message>
    <message>
        <source>First read (UTC)</source>
        <translation>Usomaji wa kwanza (UTC)</translation>
    </message>
    <message>
        <source>Last read (UTC)</source>
        <translation>Usomaji wa mwisho (UTC)</translation>
    </message>
    <message>
        <source>Forward (kWh)</source>
        <translation>Mbele (kWh)</translation>
    </message>
    <message>
        <source>Reverse (kWh)</source>
        <translation>Kurudi (kWh)</translation>
    </message>
    <message>
        <source>Billed (kWh)</source>
        <translation>Iliyotozwa (kWh)</translation>
    </message>
    <message>
        <source>Suspicious meters as of %1</source>
        <translation>Mita zenye shaka hadi %1</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Matokeo</translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s) pending the meter&apos;s proof</source>
        <translation>
            <numerusform>Marejesho %n yanasubiri uthibitisho wa mita</numerusform>
            <numerusform>Marejesho %n yanasubiri uthibitisho wa mita</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paid sale(s) the meter can never load: owed to the customer</source>
        <translation>
            <numerusform>Mauzo %n yaliyolipwa ambayo mita haitaweza kamwe kuingiza: mteja anadai</numerusform>
            <numerusform>Mauzo %n yaliyolipwa ambayo mita haitaweza kamwe kuingiza: mteja anadai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s) not loaded after %1 days</source>
        <translation>
            <numerusform>Ununuzi %n haujaingizwa baada ya siku %1</numerusform>
            <numerusform>Manunuzi %n hayajaingizwa baada ya siku %1</numerusform>
        </translation>
    </message>
    <message>
        <source>silent for more than %1 days</source>
        <translation>kimya kwa zaidi ya siku %1</translation>
    </message>
    <message>
        <source>Name the customer number.</source>
        <translation>Taja namba ya mteja.</translation>
    </message>
    <message>
        <source>There is no report &quot;%1&quot; (reports: %2).</source>
        <translation>Hakuna ripoti &quot;%1&quot; (ripoti: %2).</translation>
    </message>
    <message>
        <source>The ledger cannot be read: %1</source>
        <translation>Daftari haliwezi kusomwa: %1</translation>
    </message>
    <message>
        <source>No sale %1 is in this ledger: check the number, or look it up on the station that sold it.</source>
        <translation>Hakuna mauzo %1 kwenye daftari hili: kagua namba, au yatafute kwenye kituo kilichoyauza.</translation>
    </message>
    <message>
        <source>The receipt&apos;s code does not match sale %1 in the ledger (station %2, paid %3): the receipt is not genuine or not this ledger&apos;s.</source>
        <translation>Msimbo wa risiti haulingani na mauzo %1 kwenye daftari (kituo %2, yalilipwa %3): risiti si halali au si ya daftari hili.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>cashier</source>
        <translation>keshia</translation>
    </message>
    <message>
        <source>installer</source>
        <translation>fundi</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>msimamizi</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>meneja wa mfumo</translation>
    </message>
</context>
<context>
    <name>SaleState</name>
    <message>
        <source>pending</source>
        <translation>yanayosubiri</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>yaliyokamilika</translation>
    </message>
    <message>
        <source>void</source>
        <translation>batili</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>yaliyoghairiwa</translation>
    </message>
</context>
<context>
    <name>ServerCommand</name>
    <message>
        <source>ampcard server: %1</source>
        <translation>ampcard server: %1</translation>
    </message>
    <message>
        <source>ampcard server: unknown subcommand &quot;%1&quot;
</source>
        <translation>ampcard server: amri ndogo &quot;%1&quot; haijulikani
</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>seva</translation>
    </message>
    <message>
        <source>--db URL is required</source>
        <translation>--db URL inahitajika</translation>
    </message>
    <message>
        <source>The central schema is up to date (version %1).</source>
        <translation>Skima kuu ni ya kisasa (toleo %1).</translation>
    </message>
    <message>
        <source>Created the central schema (version %1).</source>
        <translation>Skima kuu imeundwa (toleo %1).</translation>
    </message>
    <message>
        <source>Upgraded the central schema from version %1 to %2.</source>
        <translation>Skima kuu imepandishwa kutoka toleo %1 hadi %2.</translation>
    </message>
    <message>
        <source>station number</source>
        <translation>namba ya kituo</translation>
    </message>
    <message>
        <source>vendor float</source>
        <translation>floti ya muuzaji</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>chapisha JSON</translation>
    </message>
    <message>
        <source>--db URL and --station N are required</source>
        <translation>--db URL na --station N vinahitajika</translation>
    </message>
    <message>
        <source>--station takes a station number from 1, not &quot;%1&quot;</source>
        <translation>--station inapokea namba ya kituo kuanzia 1, si &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--float takes an amount of zero or more, not &quot;%1&quot;</source>
        <translation>--float inapokea kiasi cha sifuri au zaidi, si &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the new float</source>
        <translation>floti mpya</translation>
    </message>
    <message>
        <source>--set takes an amount of zero or more, not &quot;%1&quot;</source>
        <translation>--set inapokea kiasi cha sifuri au zaidi, si &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Station %1: float %2, taken %3, left %4</source>
        <translation>Kituo %1: floti %2, imetumika %3, imebaki %4</translation>
    </message>
    <message>
        <source>the reporting login</source>
        <translation>jina la kuingia la ripoti</translation>
    </message>
    <message>
        <source>--db URL and --login NAME are required</source>
        <translation>--db URL na --login NAME vinahitajika</translation>
    </message>
    <message>
        <source>Station %1 joins with this URL (keep it secret):</source>
        <translation>Kituo %1 kinajiunga kwa URL hii (iweke siri):</translation>
    </message>
    <message>
        <source>Reports over all stations use this URL (keep it secret):</source>
        <translation>Ripoti za vituo vyote zinatumia URL hii (iweke siri):</translation>
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
      unda au pandisha toleo la skima kuu na majukumu (roles) yake kwenye PostgreSQL
  server add-station --db URL --station N [--float X] [--edits-shared] [--json]
      jina la kuingia (role) kwa kituo N; huchapisha URL ambayo kituo hujiunga nayo
  server float --db URL --station N [--set X] [--json]
      onyesha au weka floti ya kituo N
  server add-reporter --db URL --login NAME [--json]
      jina la kuingia kwa ripoti za vituo vyote (ampcard report … --all-stations)
      (URL: URL ya libpq au connection string; TLS verify-full isipotaja
      sslmode; nenosiri kutoka kwenye URL, PGPASSWORD au ~/.pgpass)
</translation>
    </message>
    <message>
        <source>the station edits tariff plans, fee rules and operators for every station (the head office)</source>
        <translation>kituo hubadilisha kila mpango wa bei, kanuni ya ada na mhudumu kwa vituo vyote (ofisi kuu)</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Only an administrator may set the utility and the station number.</source>
        <translation>Ni meneja wa mfumo pekee anayeweza kuweka shirika la umeme na namba ya kituo.</translation>
    </message>
    <message>
        <source>Only a supervisor or administrator may change the station&apos;s charges.</source>
        <translation>Ni msimamizi au meneja wa mfumo pekee anayeweza kubadilisha ada za kituo.</translation>
    </message>
    <message>
        <source>Fee amounts cannot be negative.</source>
        <translation>Viwango vya ada haviwezi kuwa hasi.</translation>
    </message>
    <message>
        <source>The station number is a number from 1 up.</source>
        <translation>Namba ya kituo ni namba kuanzia 1 na kuendelea.</translation>
    </message>
</context>
<context>
    <name>Shifts</name>
    <message>
        <source>This operator does not take money.</source>
        <translation>Mhudumu huyu hapokei pesa.</translation>
    </message>
    <message>
        <source>%1 has a shift open already.</source>
        <translation>%1 tayari ana zamu iliyo wazi.</translation>
    </message>
    <message>
        <source>Cannot open the shift: %1</source>
        <translation>Haiwezekani kufungua zamu: %1</translation>
    </message>
    <message>
        <source>Only a supervisor may close another operator&apos;s shift.</source>
        <translation>Ni msimamizi pekee anayeweza kufunga zamu ya mhudumu mwingine.</translation>
    </message>
    <message>
        <source>%1 has no open shift.</source>
        <translation>%1 hana zamu iliyo wazi.</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) of this shift are pending: put their cards back in the reader to settle them before closing.</source>
        <translation>
            <numerusform>Mauzo %n ya zamu hii yanasubiri: weka kadi zake kwenye kisomaji tena ili yakamilishwe kabla ya kufunga.</numerusform>
            <numerusform>Mauzo %n ya zamu hii yanasubiri: weka kadi zake kwenye kisomaji tena ili yakamilishwe kabla ya kufunga.</numerusform>
        </translation>
    </message>
    <message>
        <source>The shift cannot be closed: its sales do not agree with the sealed journal. %1 Run &quot;ampcard ledger verify&quot; and call the auditors.</source>
        <translation>Zamu haiwezi kufungwa: mauzo yake hayalingani na jarida lenye muhuri. %1 Endesha &quot;ampcard ledger verify&quot; (ukaguzi wa daftari) na uwaite wakaguzi.</translation>
    </message>
    <message>
        <source>Cannot close the shift: %1</source>
        <translation>Haiwezekani kufunga zamu: %1</translation>
    </message>
    <message>
        <source>There is no shift %1.</source>
        <translation>Hakuna zamu %1.</translation>
    </message>
    <message>
        <source>Only a supervisor may seal another operator&apos;s report.</source>
        <translation>Ni msimamizi pekee anayeweza kutia muhuri ripoti ya mhudumu mwingine.</translation>
    </message>
    <message>
        <source>The shift is still open: close it first.</source>
        <translation>Zamu bado iko wazi: ifunge kwanza.</translation>
    </message>
    <message>
        <source>Cannot seal the report: %1</source>
        <translation>Haiwezekani kutia muhuri ripoti: %1</translation>
    </message>
    <message>
        <source>CLOSE-OUT (Z) REPORT</source>
        <translation>RIPOTI YA Z (KUFUNGA)</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Zamu</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Mhudumu</translation>
    </message>
    <message>
        <source>Opened (UTC)</source>
        <translation>Ilifunguliwa (UTC)</translation>
    </message>
    <message>
        <source>Closed (UTC)</source>
        <translation>Ilifungwa (UTC)</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Ilifungwa na</translation>
    </message>
    <message>
        <source>paid %1, VAT %2, credit %3, %4 kWh</source>
        <translation>imelipwa %1, VAT %2, salio %3, %4 kWh</translation>
    </message>
    <message>
        <source>CASH IN DRAWER</source>
        <translation>PESA TASLIMU KWENYE DROO</translation>
    </message>
    <message>
        <source>Ledger head</source>
        <translation>Kichwa cha daftari</translation>
    </message>
    <message>
        <source>Report hash</source>
        <translation>Hashi ya ripoti</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ilifunguliwa</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ilifungwa</translation>
    </message>
</context>
<context>
    <name>StationAccess</name>
    <message>
        <source>ledger file</source>
        <translation>faili la daftari</translation>
    </message>
    <message>
        <source>operator&apos;s login</source>
        <translation>jina la kuingia la mhudumu</translation>
    </message>
    <message>
        <source>keystore file</source>
        <translation>faili la hifadhi ya funguo</translation>
    </message>
    <message>
        <source>card reader name</source>
        <translation>jina la kisomaji cha kadi</translation>
    </message>
    <message>
        <source>Who is signing in? Give --operator LOGIN or set AMPCARD_OPERATOR.</source>
        <translation>Nani anaingia? Toa --operator LOGIN au weka AMPCARD_OPERATOR.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Nenosiri la %1: </translation>
    </message>
    <message>
        <source>Keystore passphrase: </source>
        <translation>Kaulisiri ya hifadhi ya funguo: </translation>
    </message>
    <message>
        <source>Which keystore? Give --keystore FILE or set AMPCARD_KEYSTORE.</source>
        <translation>Hifadhi ya funguo ipi? Toa --keystore FILE au weka AMPCARD_KEYSTORE.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>This ledger has joined station %1 of a server already (%2).</source>
        <translation>Daftari hili tayari limejiunga kama kituo %1 cha seva (%2).</translation>
    </message>
    <message>
        <source>A station number is a whole number from 1.</source>
        <translation>Namba ya kituo ni namba kamili kuanzia 1.</translation>
    </message>
    <message>
        <source>No password for the server: give the URL that `ampcard server add-station` printed, or set AMPCARD_SERVER_PASSWORD.</source>
        <translation>Hakuna nenosiri la seva: toa URL ambayo `ampcard server add-station` ilichapisha, au weka AMPCARD_SERVER_PASSWORD.</translation>
    </message>
    <message>
        <source>Cannot write the server&apos;s password file %1: %2</source>
        <translation>Haiwezekani kuandika faili la nenosiri la seva %1: %2</translation>
    </message>
    <message>
        <source>The server has no Ampcard schema readable by this station: %1</source>
        <translation>Seva haina skima ya Ampcard inayosomeka na kituo hiki: %1</translation>
    </message>
    <message>
        <source>The server has no Ampcard schema: run `ampcard server init`.</source>
        <translation>Seva haina skima ya Ampcard: endesha `ampcard server init`.</translation>
    </message>
    <message>
        <source>The server refused this station&apos;s login: %1</source>
        <translation>Seva imekataa kuingia kwa kituo hiki: %1</translation>
    </message>
    <message>
        <source>The server does not know this login as a station.</source>
        <translation>Seva haitambui jina hili la kuingia kama kituo.</translation>
    </message>
    <message>
        <source>The server knows this login as station %1, not %2.</source>
        <translation>Seva inatambua jina hili la kuingia kama kituo %1, si %2.</translation>
    </message>
    <message>
        <source>Station %1 on the server belongs to another ledger (%2); this ledger is %3.</source>
        <translation>Kituo %1 kwenye seva ni cha daftari lingine (%2); daftari hili ni %3.</translation>
    </message>
    <message>
        <source>Cannot join: %1</source>
        <translation>Haiwezekani kujiunga: %1</translation>
    </message>
    <message>
        <source>Cannot queue the history for the server: %1</source>
        <translation>Haiwezekani kuweka historia kwenye foleni ya seva: %1</translation>
    </message>
    <message>
        <source>This station has not joined a server (ampcard network join).</source>
        <translation>Kituo hiki hakijajiunga na seva (ampcard network join).</translation>
    </message>
    <message>
        <source>Cannot read the outbox: %1</source>
        <translation>Haiwezekani kusoma foleni ya kutuma: %1</translation>
    </message>
    <message>
        <source>The server refused a batch: %1</source>
        <translation>Seva imekataa kundi: %1</translation>
    </message>
    <message>
        <source>The server did not confirm a batch: %1</source>
        <translation>Seva haikuthibitisha kundi: %1</translation>
    </message>
    <message>
        <source>Cannot clear what the server took from the outbox: %1</source>
        <translation>Haiwezekani kuondoa kwenye foleni ya kutuma kile ambacho seva imepokea: %1</translation>
    </message>
    <message>
        <source>Cannot read the journal&apos;s head: %1</source>
        <translation>Haiwezekani kusoma kichwa cha kumbukumbu: %1</translation>
    </message>
    <message>
        <source>Cannot queue the station&apos;s records for the server: %1</source>
        <translation>Haiwezekani kuweka rekodi za kituo kwenye foleni ya seva: %1</translation>
    </message>
    <message>
        <source>Cannot read the card sales for the server: %1</source>
        <translation>Haiwezekani kusoma mauzo ya kadi kwa ajili ya seva: %1</translation>
    </message>
    <message>
        <source>The server did not take the card sales&apos; sequences: %1</source>
        <translation>Seva haikupokea namba za mfuatano za mauzo ya kadi: %1</translation>
    </message>
    <message>
        <source>Tariff plans, fee rules and operators from other stations are applied only with the station&apos;s key unlocked.</source>
        <translation>Kila mpango wa bei, kanuni ya ada na mhudumu kutoka vituo vingine hutumika tu ufunguo wa kituo ukiwa umefunguliwa.</translation>
    </message>
    <message>
        <source>Tariff plans, fee rules and operators are shared by every station in network mode: a change needs the server, which cannot be reached (%1). Nothing was changed; try again when the station is online.</source>
        <translation>Katika hali ya mtandao, kila mpango wa bei, kanuni ya ada na mhudumu hushirikiwa na vituo vyote: badiliko linahitaji seva, ambayo haifikiki (%1). Hakuna kilichobadilishwa; jaribu tena kituo kikiwa mtandaoni.</translation>
    </message>
    <message>
        <source>a card sale at another station that the meter has not loaded is out (%1): insert the card in the meter first</source>
        <translation>mauzo ya kadi kwenye kituo kingine ambayo mita haijayaingiza bado yapo (%1): ingiza kadi kwenye mita kwanza</translation>
    </message>
    <message>
        <source>In network mode tariff plans and fee rules are the utility&apos;s: they are changed at the head office&apos;s station and reach this one from the server.</source>
        <translation>Katika hali ya mtandao, kila mpango wa bei na kanuni ya ada ni za shirika: hubadilishwa kwenye kituo cha ofisi kuu na hufika kituo hiki kutoka kwa seva.</translation>
    </message>
</context>
<context>
    <name>TariffCommand</name>
    <message>
        <source>monthly on day %1 at %2:00</source>
        <translation>kila mwezi siku ya %1 saa %2:00</translation>
    </message>
    <message>
        <source>yearly on %1</source>
        <translation>kila mwaka tarehe %1</translation>
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
      Kagua faili la bei; makosa hutaja sehemu na sababu.
  ampcard tariff quote FILE --used KWH (--money AMOUNT | --energy KWH) [--rate NAME] [--json]
      Nishati ambayo malipo yananunua, au pesa za kiasi cha nishati, baada ya KWH za
      matumizi katika kipindi cha mzunguko. --rate huchagua kiwango cha TOU (sharp, peak,
      flat, valley; chaguo-msingi: quoteRate ya faili).
  ampcard tariff bill FILE --readings CSV [--json]
      Tengeneza bili ya CSV ya usomaji &quot;timestamp,cumulative_kwh&quot; (saa za hapa) kwa kila
      kipindi cha mzunguko kwa msimbo wa makato wa mita yenyewe.
</translation>
    </message>
    <message>
        <source>ampcard tariff: a subcommand is needed
</source>
        <translation>ampcard tariff: amri ndogo ya bei inahitajika
</translation>
    </message>
    <message>
        <source>ampcard tariff: unknown subcommand &quot;%1&quot;
</source>
        <translation>ampcard tariff: amri ndogo ya bei &quot;%1&quot; haijulikani
</translation>
    </message>
    <message>
        <source>usage: ampcard tariff check FILE</source>
        <translation>matumizi: ampcard tariff check FILE (faili la bei)</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid tariff &quot;%2&quot; (%3), %n step(s), settlement %4</source>
        <translation>
            <numerusform>%1: bei halali &quot;%2&quot; (%3), ngazi %n, mzunguko %4</numerusform>
            <numerusform>%1: bei halali &quot;%2&quot; (%3), ngazi %n, mzunguko %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, TOU with %n schedule entries</source>
        <translation>
            <numerusform>, TOU yenye ingizo %n la ratiba</numerusform>
            <numerusform>, TOU yenye maingizo %n ya ratiba</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage so far in the settlement period.</source>
        <translation>Matumizi hadi sasa katika kipindi cha mzunguko.</translation>
    </message>
    <message>
        <source>Amount paid.</source>
        <translation>Kiasi kilicholipwa.</translation>
    </message>
    <message>
        <source>Energy wanted.</source>
        <translation>Nishati inayotakiwa.</translation>
    </message>
    <message>
        <source>TOU rate to quote at.</source>
        <translation>Kiwango cha TOU cha kukadiria.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Chapisha JSON.</translation>
    </message>
    <message>
        <source>Tariff file.</source>
        <translation>Faili la bei.</translation>
    </message>
    <message>
        <source>usage: ampcard tariff quote FILE --used KWH (--money AMOUNT | --energy KWH) [--rate NAME] [--json]</source>
        <translation>matumizi: ampcard tariff quote FILE --used KWH (--money AMOUNT | --energy KWH) [--rate NAME] [--json] (faili la bei)</translation>
    </message>
    <message>
        <source>--used KWH is required (usage so far in the settlement period)</source>
        <translation>--used KWH inahitajika (matumizi hadi sasa katika kipindi cha mzunguko)</translation>
    </message>
    <message>
        <source>give exactly one of --money AMOUNT and --energy KWH</source>
        <translation>toa kimoja tu kati ya --money AMOUNT na --energy KWH</translation>
    </message>
    <message>
        <source>--used &quot;%1&quot;: %2</source>
        <translation>--used &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>--rate &quot;%1&quot;: the tariff defines no such TOU rate</source>
        <translation>--rate &quot;%1&quot;: bei haina kiwango hicho cha TOU</translation>
    </message>
    <message>
        <source>--money &quot;%1&quot;: %2</source>
        <translation>--money &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>--energy &quot;%1&quot;: %2</source>
        <translation>--energy &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1 (%2), usage before: %3 kWh</source>
        <translation>%1 (%2), matumizi ya awali: %3 kWh</translation>
    </message>
    <message>
        <source>, TOU rate %1</source>
        <translation>, kiwango cha TOU %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Ngazi</translation>
    </message>
    <message>
        <source>Energy kWh</source>
        <translation>Nishati kWh</translation>
    </message>
    <message>
        <source>Price/kWh</source>
        <translation>Bei/kWh</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Pesa</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumla</translation>
    </message>
    <message>
        <source>Paid %1; %2 buys less than 0.01 kWh more and stays as credit.
</source>
        <translation>Imelipwa %1; %2 inanunua chini ya kWh 0.01 zaidi na inabaki kama salio.
</translation>
    </message>
    <message>
        <source>CSV of timestamp,cumulative_kwh.</source>
        <translation>CSV ya timestamp,cumulative_kwh.</translation>
    </message>
    <message>
        <source>usage: ampcard tariff bill FILE --readings CSV [--json]</source>
        <translation>matumizi: ampcard tariff bill FILE --readings CSV [--json] (faili la bei)</translation>
    </message>
    <message>
        <source>%1 (%2), settlement %3
</source>
        <translation>%1 (%2), mzunguko %3
</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kipindi</translation>
    </message>
</context>
<context>
    <name>TariffFileReader</name>
    <message>
        <source>unknown field (expected one of: %1)</source>
        <translation>sehemu isiyojulikana (inatarajiwa mojawapo ya: %1)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>haipo</translation>
    </message>
    <message>
        <source>must be a decimal string such as &quot;0.5380&quot;</source>
        <translation>lazima iwe maandishi ya desimali kama &quot;0.5380&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>lazima iwe namba kamili kutoka %1 hadi %2</translation>
    </message>
    <message>
        <source>missing or not a list of steps</source>
        <translation>haipo au si orodha ya ngazi</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>lazima iwe kitu (object)</translation>
    </message>
    <message>
        <source>the last step has no upper bound</source>
        <translation>ngazi ya mwisho haina kikomo cha juu</translation>
    </message>
    <message>
        <source>must be a time of day &quot;HH:MM&quot;</source>
        <translation>lazima iwe saa ya siku &quot;HH:MM&quot;</translation>
    </message>
    <message>
        <source>missing or not an object</source>
        <translation>haipo au si kitu (object)</translation>
    </message>
    <message>
        <source>must be &quot;MM-DDTHH&quot;, such as &quot;01-01T00&quot;</source>
        <translation>lazima iwe &quot;MM-DDTHH&quot;, kama &quot;01-01T00&quot;</translation>
    </message>
    <message>
        <source>must be &quot;monthly&quot; or &quot;yearly&quot;</source>
        <translation>lazima iwe &quot;monthly&quot; au &quot;yearly&quot;</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>si JSON halali kwenye baiti %1: %2</translation>
    </message>
    <message>
        <source>a tariff file holds one JSON object</source>
        <translation>faili la bei lina kitu kimoja cha JSON</translation>
    </message>
    <message>
        <source>missing or empty</source>
        <translation>haipo au ni tupu</translation>
    </message>
    <message>
        <source>must be an ISO 4217 code such as &quot;CNY&quot;</source>
        <translation>lazima iwe msimbo wa ISO 4217 kama &quot;CNY&quot;</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>haiwezekani kusoma faili: %1</translation>
    </message>
    <message>
        <source>file is larger than 1 MiB; not a tariff file</source>
        <translation>faili ni kubwa kuliko MiB 1; si faili la bei</translation>
    </message>
</context>
<context>
    <name>TariffPlans</name>
    <message>
        <source>Only a supervisor or administrator may change tariffs.</source>
        <translation>Ni msimamizi au meneja wa mfumo pekee anayeweza kubadilisha bei.</translation>
    </message>
    <message>
        <source>A tariff plan needs a name without leading or trailing spaces.</source>
        <translation>Mpango wa bei unahitaji jina lisiloanza wala kuisha kwa nafasi tupu.</translation>
    </message>
    <message>
        <source>The tariff is not valid: %1</source>
        <translation>Bei si halali: %1</translation>
    </message>
    <message>
        <source>The tariff needs the time it takes effect.</source>
        <translation>Bei inahitaji muda inapoanza kutumika.</translation>
    </message>
    <message>
        <source>A tariff cannot take effect in the past (%1).</source>
        <translation>Bei haiwezi kuanza kutumika wakati uliopita (%1).</translation>
    </message>
    <message>
        <source>Cannot read the tariff plans: %1</source>
        <translation>Haiwezekani kusoma kila mpango wa bei: %1</translation>
    </message>
    <message>
        <source>Version %1 of %2 takes effect at %3; a new version must take effect after it.</source>
        <translation>Toleo %1 la %2 linaanza kutumika %3; toleo jipya lazima lianze baada yake.</translation>
    </message>
    <message>
        <source>Cannot add the tariff: %1</source>
        <translation>Haiwezekani kuongeza bei: %1</translation>
    </message>
    <message>
        <source>There is no tariff plan &quot;%1&quot;.</source>
        <translation>Hakuna mpango wa bei &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot assign the plan: %1</source>
        <translation>Haiwezekani kukabidhi mpango: %1</translation>
    </message>
</context>
<context>
    <name>ThermalPrinter</name>
    <message>
        <source>&quot;%1&quot; is not a printer&apos;s address: write HOST or HOST:PORT, for example 192.0.2.10:9100.</source>
        <translation>&quot;%1&quot; si anwani ya printa: andika HOST au HOST:PORT, kwa mfano 192.0.2.10:9100.</translation>
    </message>
    <message>
        <source>it is not there (%1): check that it is plugged in and switched on, and the device in Administration.</source>
        <translation>haipo (%1): hakikisha imechomekwa na imewashwa, na kagua kifaa kwenye Utawala.</translation>
    </message>
    <message>
        <source>permission denied: the station&apos;s user must be in the group that owns the device (often lp or dialout).</source>
        <translation>ruhusa imekataliwa: mtumiaji wa kituo lazima awe kwenye kundi linalomiliki kifaa (mara nyingi lp au dialout).</translation>
    </message>
    <message>
        <source>it cannot be opened (%1).</source>
        <translation>haiwezi kufunguliwa (%1).</translation>
    </message>
    <message>
        <source>its serial settings cannot be read (%1).</source>
        <translation>mipangilio yake ya serial haiwezi kusomwa (%1).</translation>
    </message>
    <message>
        <source>%1 baud is not a speed it can be set to: choose 9600, 19200, 38400 or 115200.</source>
        <translation>baud %1 si kasi inayoweza kuwekwa: chagua 9600, 19200, 38400 au 115200.</translation>
    </message>
    <message>
        <source>its serial line cannot be set (%1).</source>
        <translation>laini yake ya serial haiwezi kuwekwa (%1).</translation>
    </message>
    <message>
        <source>it refused the connection: is it switched on, and is the port right (usually 9100)?</source>
        <translation>imekataa muunganisho: je, imewashwa, na port ni sahihi (kwa kawaida 9100)?</translation>
    </message>
    <message>
        <source>no connection (%1).</source>
        <translation>hakuna muunganisho (%1).</translation>
    </message>
    <message>
        <source>it did not answer within %1 s: is it switched on, online and not out of paper?</source>
        <translation>haikujibu ndani ya sekunde %1: je, imewashwa, iko mtandaoni na ina karatasi?</translation>
    </message>
    <message>
        <source>its address cannot be found (%1).</source>
        <translation>anwani yake haipatikani (%1).</translation>
    </message>
    <message>
        <source>it took %1 of %2 bytes and no more (short write).</source>
        <translation>imepokea baiti %1 kati ya %2 tu (uandishi pungufu).</translation>
    </message>
    <message>
        <source>it stopped after %1 of %2 bytes (%3).</source>
        <translation>imesimama baada ya baiti %1 kati ya %2 (%3).</translation>
    </message>
    <message>
        <source>it cannot be written to (%1).</source>
        <translation>haiwezi kuandikiwa (%1).</translation>
    </message>
    <message>
        <source>Printer %1: %2</source>
        <translation>Printa %1: %2</translation>
    </message>
</context>
<context>
    <name>Tool</name>
    <message>
        <source>Usage: ampcard COMMAND ...

Commands:
</source>
        <translation>Matumizi: ampcard COMMAND ...

Amri:
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
        <translation>ampcard: amri &quot;%1&quot; haijulikani

</translation>
    </message>
</context>
<context>
    <name>Workstation</name>
    <message>
        <source>No keystore is set for this station.</source>
        <translation>Hakuna hifadhi ya funguo iliyowekwa kwa kituo hiki.</translation>
    </message>
    <message>
        <source>There is no keystore at %1.</source>
        <translation>Hakuna hifadhi ya funguo kwenye %1.</translation>
    </message>
    <message>
        <source>no reader named &quot;%1&quot; (readers: %2)</source>
        <translation>hakuna kisomaji kinachoitwa &quot;%1&quot; (visomaji: %2)</translation>
    </message>
    <message>
        <source>The keystore is locked: a supervisor must unlock it first.</source>
        <translation>Hifadhi ya funguo imefungwa: msimamizi lazima aifungue kwanza.</translation>
    </message>
    <message>
        <source>Ampcard utility</source>
        <translation>Shirika la umeme la Ampcard</translation>
    </message>
</context>
<context>
    <name>ampcard::Status</name>
    <message>
        <source>ok</source>
        <translation>sawa</translation>
    </message>
    <message>
        <source>value out of range</source>
        <translation>thamani iko nje ya kiwango</translation>
    </message>
    <message>
        <source>empty number</source>
        <translation>namba tupu</translation>
    </message>
    <message>
        <source>not a decimal number</source>
        <translation>si namba ya desimali</translation>
    </message>
    <message>
        <source>too many decimal places</source>
        <translation>nafasi nyingi mno za desimali</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>isiwe hasi</translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation>lazima iwe kubwa kuliko sifuri</translation>
    </message>
    <message>
        <source>a ladder needs 1 to 8 steps</source>
        <translation>ngazi za bei lazima ziwe 1 hadi 8</translation>
    </message>
    <message>
        <source>threshold must be greater than zero</source>
        <translation>kiwango cha mpaka lazima kiwe kikubwa kuliko sifuri</translation>
    </message>
    <message>
        <source>threshold must be greater than the previous one</source>
        <translation>kiwango cha mpaka lazima kiwe kikubwa kuliko kilichotangulia</translation>
    </message>
    <message>
        <source>step price must not be negative</source>
        <translation>bei ya ngazi isiwe hasi</translation>
    </message>
    <message>
        <source>TOU needs 1 to 4 rates</source>
        <translation>TOU inahitaji viwango 1 hadi 4</translation>
    </message>
    <message>
        <source>TOU rate price must not be negative</source>
        <translation>bei ya kiwango cha TOU isiwe hasi</translation>
    </message>
    <message>
        <source>TOU rates need a daily schedule</source>
        <translation>viwango vya TOU vinahitaji ratiba ya kila siku</translation>
    </message>
    <message>
        <source>TOU schedule has more than 14 entries</source>
        <translation>ratiba ya TOU ina maingizo zaidi ya 14</translation>
    </message>
    <message>
        <source>TOU schedule times must increase</source>
        <translation>nyakati za ratiba ya TOU lazima ziongezeke</translation>
    </message>
    <message>
        <source>TOU schedule must start at 00:00</source>
        <translation>ratiba ya TOU lazima ianze saa 00:00</translation>
    </message>
    <message>
        <source>TOU schedule time is not within the day</source>
        <translation>muda wa ratiba ya TOU hauko ndani ya siku</translation>
    </message>
    <message>
        <source>TOU schedule names a rate that is not defined</source>
        <translation>ratiba ya TOU inataja kiwango ambacho hakijafafanuliwa</translation>
    </message>
    <message>
        <source>monthly settlement day must be 1 to 28</source>
        <translation>siku ya mzunguko wa kila mwezi lazima iwe 1 hadi 28</translation>
    </message>
    <message>
        <source>settlement hour must be 0 to 23</source>
        <translation>saa ya mzunguko lazima iwe 0 hadi 23</translation>
    </message>
    <message>
        <source>yearly settlement needs 1 to 4 dates</source>
        <translation>mzunguko wa kila mwaka unahitaji tarehe 1 hadi 4</translation>
    </message>
    <message>
        <source>settlement date is not a day of every year</source>
        <translation>tarehe ya mzunguko si siku iliyopo kila mwaka</translation>
    </message>
    <message>
        <source>settlement dates must increase within the year</source>
        <translation>tarehe za mzunguko lazima ziongezeke ndani ya mwaka</translation>
    </message>
    <message>
        <source>invalid date or time</source>
        <translation>tarehe au saa si halali</translation>
    </message>
    <message>
        <source>a settlement is due before more energy is charged</source>
        <translation>mzunguko mpya unahitajika kabla ya kutoza nishati zaidi</translation>
    </message>
    <message>
        <source>the price is zero: money buys unlimited energy</source>
        <translation>bei ni sifuri: pesa inanunua nishati bila kikomo</translation>
    </message>
    <message>
        <source>purchase would exceed the hoarding limit</source>
        <translation>ununuzi ungezidi kikomo cha salio</translation>
    </message>
    <message>
        <source>credit thresholds are inconsistent</source>
        <translation>viwango vya salio haviendani</translation>
    </message>
    <message>
        <source>overdraft cannot be confirmed now</source>
        <translation>mkopo wa dharura hauwezi kuthibitishwa sasa</translation>
    </message>
    <message>
        <source>stored state is inconsistent</source>
        <translation>hali iliyohifadhiwa haiendani</translation>
    </message>
    <message>
        <source>key must be 16 or 32 bytes</source>
        <translation>ufunguo lazima uwe baiti 16 au 32</translation>
    </message>
    <message>
        <source>wrong data length</source>
        <translation>urefu wa data si sahihi</translation>
    </message>
    <message>
        <source>unsupported cryptographic parameter</source>
        <translation>kigezo cha usimbaji kisichotumika</translation>
    </message>
    <message>
        <source>record failed authentication (tampered, or made with another key)</source>
        <translation>rekodi imeshindwa uthibitisho (uchezeaji, au imetengenezwa kwa ufunguo mwingine)</translation>
    </message>
    <message>
        <source>not an Ampcard card layout, or a damaged record</source>
        <translation>si mpangilio wa kadi ya Ampcard, au rekodi imeharibika</translation>
    </message>
    <message>
        <source>unknown card or record kind</source>
        <translation>aina ya kadi au rekodi haijulikani</translation>
    </message>
    <message>
        <source>card belongs to another utility</source>
        <translation>kadi ni ya shirika jingine la umeme</translation>
    </message>
    <message>
        <source>card is for another meter</source>
        <translation>kadi ni ya mita nyingine</translation>
    </message>
    <message>
        <source>card is not the one bound to this meter</source>
        <translation>kadi si ile iliyofungwa kwa mita hii</translation>
    </message>
    <message>
        <source>purchase already loaded (replayed card)</source>
        <translation>ununuzi tayari umeingizwa (kadi iliyorudiwa)</translation>
    </message>
    <message>
        <source>card was made with a key version the meter no longer holds</source>
        <translation>kadi ilitengenezwa kwa toleo la ufunguo ambalo mita haina tena</translation>
    </message>
    <message>
        <source>the card holds no valid record</source>
        <translation>kadi haina rekodi halali</translation>
    </message>
    <message>
        <source>card has been replaced and is refused</source>
        <translation>kadi imebadilishwa na inakataliwa</translation>
    </message>
    <message>
        <source>the card refused the command</source>
        <translation>kadi imekataa amri</translation>
    </message>
    <message>
        <source>the card does not read back what was written</source>
        <translation>kadi hairudishi kile kilichoandikwa</translation>
    </message>
    <message>
        <source>no card reader found (is the PC/SC service running?)</source>
        <translation>hakuna kisomaji cha kadi kilichopatikana (je, huduma ya PC/SC inaendeshwa?)</translation>
    </message>
    <message>
        <source>no card in the reader</source>
        <translation>hakuna kadi kwenye kisomaji</translation>
    </message>
    <message>
        <source>the card was removed or the reader unplugged during the operation</source>
        <translation>kadi iliondolewa au kisomaji kilichomolewa wakati wa kazi</translation>
    </message>
    <message>
        <source>another program is using the card</source>
        <translation>programu nyingine inatumia kadi</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>muda umekwisha</translation>
    </message>
    <message>
        <source>card reader error</source>
        <translation>hitilafu ya kisomaji cha kadi</translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation>kaulisiri si sahihi</translation>
    </message>
    <message>
        <source>the keystore file is damaged or not a keystore</source>
        <translation>faili la hifadhi ya funguo limeharibika au si hifadhi ya funguo</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>hitilafu isiyojulikana</translation>
    </message>
</context>
</TS>
