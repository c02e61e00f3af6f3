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
    <name>AccountsPage</name>
    <message>
        <source>Customer number, name, phone, address or meter number</source>
        <translation>Namba ya mteja, jina, simu, anwani au namba ya mita</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Leta CSV…</translation>
    </message>
    <message>
        <source>Change the customer… (Ctrl+E)</source>
        <translation>Badilisha mteja… (Ctrl+E)</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>T&amp;afuta:</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Mteja mpya</translation>
    </message>
    <message>
        <source>Open account</source>
        <translation>Fungua akaunti</translation>
    </message>
    <message>
        <source>Replace card</source>
        <translation>Badilisha kadi</translation>
    </message>
    <message>
        <source>Change meter</source>
        <translation>Badilisha mita</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Leta wateja</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Faili za CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found.</source>
        <translation>
            <numerusform>Mteja %n amepatikana.</numerusform>
            <numerusform>Wateja %n wamepatikana.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find the customer first, then choose the row.</source>
        <translation>Tafuta mteja kwanza, kisha chagua safu.</translation>
    </message>
    <message>
        <source>Customer changed.</source>
        <translation>Mteja amebadilishwa.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Haiwezekani kusoma %1.</translation>
    </message>
    <message>
        <source>Importing customers…</source>
        <translation>Inaleta wateja…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1
%2</source>
        <translation>Hakuna kilicholetwa: %1
%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n customer(s).</source>
        <translation>
            <numerusform>Mteja %n ameletwa.</numerusform>
            <numerusform>Wateja %n wameletwa.</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;dd the customer</source>
        <translation>On&amp;geza mteja</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>Na&amp;mba:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Jina:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Simu:</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>Anw&amp;ani:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Kundi:</translation>
    </message>
    <message>
        <source>Customer %1 added.</source>
        <translation>Mteja %1 ameongezwa.</translation>
    </message>
    <message>
        <source>single phase</source>
        <translation>awamu moja</translation>
    </message>
    <message>
        <source>three phase</source>
        <translation>awamu tatu</translation>
    </message>
    <message>
        <source>&amp;Write the account-opening card</source>
        <translation>&amp;Andika kadi ya kufungua akaunti</translation>
    </message>
    <message>
        <source>A new user card in the reader.</source>
        <translation>Kadi mpya ya mteja kwenye kisomaji.</translation>
    </message>
    <message>
        <source>C&amp;ustomer number:</source>
        <translation>Namba ya mt&amp;eja:</translation>
    </message>
    <message>
        <source>&amp;Meter number:</source>
        <translation>Namba ya &amp;mita:</translation>
    </message>
    <message>
        <source>Tariff &amp;plan:</source>
        <translation>Mpango wa &amp;bei:</translation>
    </message>
    <message>
        <source>P&amp;hases:</source>
        <translation>A&amp;wamu:</translation>
    </message>
    <message>
        <source>&amp;Key version:</source>
        <translation>&amp;Toleo la ufunguo:</translation>
    </message>
    <message>
        <source>Preset credit to &amp;recover:</source>
        <translation>Salio la awali la ku&amp;rejesha:</translation>
    </message>
    <message>
        <source>The preset credit is an amount such as 40.00.</source>
        <translation>Salio la awali ni kiasi kama 40.00.</translation>
    </message>
    <message>
        <source>Cannot use the card reader: %1</source>
        <translation>Haiwezekani kutumia kisomaji cha kadi: %1</translation>
    </message>
    <message>
        <source>Account opened for meter %1 on card %2. Give the card to the customer to load it into the meter.</source>
        <translation>Akaunti imefunguliwa kwa mita %1 kwenye kadi %2. Mpe mteja kadi aiingize kwenye mita.</translation>
    </message>
    <message>
        <source>(the old meter&apos;s plan)</source>
        <translation>(mpango wa mita ya zamani)</translation>
    </message>
    <message>
        <source>faulty</source>
        <translation>ina hitilafu</translation>
    </message>
    <message>
        <source>burnt</source>
        <translation>imeungua</translation>
    </message>
    <message>
        <source>tampered</source>
        <translation>ilifanyiwa uchezeaji</translation>
    </message>
    <message>
        <source>upgraded</source>
        <translation>imeboreshwa</translation>
    </message>
    <message>
        <source>Write the &amp;meter-change card</source>
        <translation>Andika kadi ya kubadilisha &amp;mita</translation>
    </message>
    <message>
        <source>The account, its debt and the credit left on the old meter move to the new meter, on a new user card in the reader. The old meter and its card are retired.</source>
        <translation>Akaunti, deni lake na salio lililobaki kwenye mita ya zamani vinahamia mita mpya, kwenye kadi mpya ya mteja iliyo kwenye kisomaji. Mita ya zamani na kadi yake vinastaafishwa.</translation>
    </message>
    <message>
        <source>&amp;Old meter:</source>
        <translation>Mita ya &amp;zamani:</translation>
    </message>
    <message>
        <source>Credit &amp;left on the old meter:</source>
        <translation>Salio &amp;lililobaki kwenye mita ya zamani:</translation>
    </message>
    <message>
        <source>&amp;New meter:</source>
        <translation>Mita m&amp;pya:</translation>
    </message>
    <message>
        <source>Reas&amp;on:</source>
        <translation>S&amp;ababu:</translation>
    </message>
    <message>
        <source>Its last return record said %1 left; read the meter&apos;s display now.</source>
        <translation>Rekodi yake ya mwisho ya kurudi ilionyesha %1 limebaki; soma skrini ya mita sasa.</translation>
    </message>
    <message>
        <source>No return record from this meter yet: read its display.</source>
        <translation>Bado hakuna rekodi ya kurudi kutoka mita hii: soma skrini yake.</translation>
    </message>
    <message>
        <source>The credit left is an amount such as 12.50 (0 when the meter shows none).</source>
        <translation>Salio lililobaki ni kiasi kama 12.50 (0 mita isipoonyesha chochote).</translation>
    </message>
    <message>
        <source>Meter %1 replaces meter %2; %3 of credit moved onto card %4. Give the card to the customer to load it into the new meter.</source>
        <translation>Mita %1 inachukua nafasi ya mita %2; salio la %3 limehamishiwa kadi %4. Mpe mteja kadi aiingize kwenye mita mpya.</translation>
    </message>
    <message>
        <source>Supervisor&apos;s countersignature</source>
        <translation>Sahihi ya pili ya msimamizi</translation>
    </message>
    <message>
        <source>Supervisor&apos;s &amp;login:</source>
        <translation>&amp;Jina la kuingia la msimamizi:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Nenosiri:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Sababu:</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>imepotea</translation>
    </message>
    <message>
        <source>stolen</source>
        <translation>imeibiwa</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>imeharibika</translation>
    </message>
    <message>
        <source>Write the &amp;replacement card</source>
        <translation>Andika kadi &amp;mbadala</translation>
    </message>
    <message>
        <source>For a lost, stolen or damaged card: a new user card in the reader.</source>
        <translation>Kwa kadi iliyopotea, kuibiwa au kuharibika: kadi mpya ya mteja kwenye kisomaji.</translation>
    </message>
    <message>
        <source>Mete&amp;r number:</source>
        <translation>Namba ya mi&amp;ta:</translation>
    </message>
    <message>
        <source>Card %1 replaces card %2 of meter %3; the old card is blacklisted.</source>
        <translation>Kadi %1 inachukua nafasi ya kadi %2 ya mita %3; kadi ya zamani imezuiliwa.</translation>
    </message>
    <message>
        <source>Push tariff</source>
        <translation>Tuma bei</translation>
    </message>
    <message>
        <source>Push &amp;tariff now</source>
        <translation>Tuma &amp;bei sasa</translation>
    </message>
    <message>
        <source>A plan change reaches a meter with its next purchase. A meter on the meter line set in Administration gets it at once: the tariff of its plan, sealed for the meter, is sent and checked on the meter&apos;s sealed record.</source>
        <translation>Badiliko la mpango hufika kwenye mita pamoja na ununuzi wake unaofuata. Mita iliyo kwenye laini ya mita iliyowekwa kwenye Utawala hulipata mara moja: bei ya mpango wake, iliyotiwa muhuri kwa ajili ya mita, inatumwa na kukaguliwa kwenye rekodi ya mita yenye muhuri.</translation>
    </message>
    <message>
        <source>Meter num&amp;ber:</source>
        <translation>Namba ya mi&amp;ta:</translation>
    </message>
    <message>
        <source>Give the meter&apos;s 12-digit number.</source>
        <translation>Toa namba ya mita yenye tarakimu 12.</translation>
    </message>
    <message>
        <source>No meter line is set: an administrator sets it in Administration.</source>
        <translation>Hakuna laini ya mita iliyowekwa: meneja wa mfumo huiweka kwenye Utawala.</translation>
    </message>
    <message>
        <source>The keystore is locked: a supervisor must unlock it first.</source>
        <translation>Hifadhi ya funguo imefungwa: msimamizi lazima aifungue kwanza.</translation>
    </message>
    <message>
        <source>Cannot use the meter line: %1</source>
        <translation>Haiwezekani kutumia laini ya mita: %1</translation>
    </message>
    <message>
        <source>Sending the tariff to meter %1…</source>
        <translation>Inatuma bei kwa mita %1…</translation>
    </message>
    <message>
        <source>Meter %1 already runs plan %2: nothing was sent.</source>
        <translation>Mita %1 tayari inatumia mpango %2: hakuna kilichotumwa.</translation>
    </message>
    <message>
        <source>Meter %1 loaded plan %2 at sequence %3; it takes effect %4.</source>
        <translation>Mita %1 imeingiza mpango %2 kwa mfuatano %3; unaanza kutumika %4.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Audit log (newest first)</source>
        <translation>Kumbukumbu ya ukaguzi (mpya kwanza)</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Jina la kuingia</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Wadhifa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>imefungwa</translation>
    </message>
    <message>
        <source>active</source>
        <translation>hai</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Saa (UTC)</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Mhudumu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Kitendo</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Lengo</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Wahudumu</translation>
    </message>
    <message>
        <source>&amp;Add operator</source>
        <translation>&amp;Ongeza mhudumu</translation>
    </message>
    <message>
        <source>&amp;Unlock the selected operator</source>
        <translation>&amp;Fungua mhudumu aliyechaguliwa</translation>
    </message>
    <message>
        <source>Lo&amp;gin:</source>
        <translation>Jina la ku&amp;ingia:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Jina:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Wadhifa:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Nenosi&amp;ri:</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 ameongezwa.</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 anaweza kuingia tena.</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Ada</translation>
    </message>
    <message>
        <source>&amp;Save the charges</source>
        <translation>&amp;Hifadhi ada</translation>
    </message>
    <message>
        <source>&amp;VAT (%):</source>
        <translation>&amp;VAT (%):</translation>
    </message>
    <message>
        <source>Monthly &amp;fixed charge:</source>
        <translation>&amp;Ada ya kudumu ya mwezi:</translation>
    </message>
    <message>
        <source>&amp;Debt recovery (% of each payment):</source>
        <translation>Kurejesha &amp;deni (% ya kila malipo):</translation>
    </message>
    <message>
        <source>M&amp;inimum purchase:</source>
        <translation>Ununuzi wa &amp;chini kabisa:</translation>
    </message>
    <message>
        <source>&amp;Hoarding limit (0: none):</source>
        <translation>&amp;Kikomo cha salio (0: hakuna):</translation>
    </message>
    <message>
        <source>&amp;Opening fee:</source>
        <translation>Ada ya k&amp;ufungua:</translation>
    </message>
    <message>
        <source>&amp;Replacement fee:</source>
        <translation>Ada ya kadi &amp;mbadala:</translation>
    </message>
    <message>
        <source>Every charge is a number such as 16 or 50.00.</source>
        <translation>Kila ada ni namba kama 16 au 50.00.</translation>
    </message>
    <message>
        <source>Charges saved.</source>
        <translation>Ada zimehifadhiwa.</translation>
    </message>
    <message>
        <source>Ledger, language and receipts</source>
        <translation>Daftari, lugha na risiti</translation>
    </message>
    <message>
        <source>&amp;Back up the ledger…</source>
        <translation>&amp;Nakili daftari…</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Lugha ya mfumo</translation>
    </message>
    <message>
        <source>80 mm thermal roll</source>
        <translation>Karatasi ya joto ya mm 80</translation>
    </message>
    <message>
        <source>58 mm thermal roll</source>
        <translation>Karatasi ya joto ya mm 58</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>none: save receipts as PDF only</source>
        <translation>hakuna: hifadhi risiti kama PDF tu</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (haipatikani)</translation>
    </message>
    <message>
        <source>for example /dev/ttyUSB0; empty: no remote sales</source>
        <translation>kwa mfano /dev/ttyUSB0; tupu: hakuna mauzo ya mbali</translation>
    </message>
    <message>
        <source>R&amp;estore the ledger…</source>
        <translation>R&amp;ejesha daftari…</translation>
    </message>
    <message>
        <source>Receipt &amp;paper:</source>
        <translation>Kara&amp;tasi ya risiti:</translation>
    </message>
    <message>
        <source>Receipt p&amp;rinter:</source>
        <translation>Kichapi&amp;shi cha risiti:</translation>
    </message>
    <message>
        <source>Me&amp;ter line (remote sales):</source>
        <translation>Laini ya mita (mau&amp;zo ya mbali):</translation>
    </message>
    <message>
        <source>Restore the ledger</source>
        <translation>Rejesha daftari</translation>
    </message>
    <message>
        <source>Ledger backups (*.sqlite)</source>
        <translation>Nakala za daftari (*.sqlite)</translation>
    </message>
    <message>
        <source>An administrator of the backup signs for it.
Login:</source>
        <translation>Meneja wa mfumo wa nakala hiyo atie sahihi.
Jina la kuingia:</translation>
    </message>
    <message>
        <source>Password of %1:</source>
        <translation>Nenosiri la %1:</translation>
    </message>
    <message>
        <source>Back up the ledger</source>
        <translation>Nakili daftari</translation>
    </message>
    <message>
        <source>Keystore passphrase</source>
        <translation>Kaulisiri ya hifadhi ya funguo</translation>
    </message>
    <message>
        <source>C&amp;hange the passphrase</source>
        <translation>&amp;Badilisha kaulisiri</translation>
    </message>
    <message>
        <source>C&amp;urrent:</source>
        <translation>&amp;Ya sasa:</translation>
    </message>
    <message>
        <source>Ne&amp;w (8 or more):</source>
        <translation>M&amp;pya (herufi 8 au zaidi):</translation>
    </message>
    <message>
        <source>Rep&amp;eat:</source>
        <translation>R&amp;udia:</translation>
    </message>
    <message>
        <source>The new passphrase and its repetition differ.</source>
        <translation>Kaulisiri mpya na marudio yake hazilingani.</translation>
    </message>
    <message>
        <source>The keystore passphrase is changed; give it only to those who unlock the station.</source>
        <translation>Kaulisiri ya hifadhi ya funguo imebadilishwa; mpe tu wanaofungua kituo.</translation>
    </message>
    <message>
        <source>Only an administrator may restore the ledger.</source>
        <translation>Ni meneja wa mfumo pekee anayeweza kurejesha daftari.</translation>
    </message>
    <message>
        <source>Restored %1 journal entries; the replaced ledger is kept as %2. Sign in again.</source>
        <translation>Maingizo %1 ya jarida yamerejeshwa; daftari lililobadilishwa limehifadhiwa kama %2. Ingia tena.</translation>
    </message>
    <message>
        <source>Backed up to %1 and verified.</source>
        <translation>Nakala imehifadhiwa kwenye %1 na kuthibitishwa.</translation>
    </message>
    <message>
        <source>&amp;Language (from the next sign-in):</source>
        <translation>&amp;Lugha (kuanzia kuingia kunakofuata):</translation>
    </message>
    <message>
        <source>Thermal receipt printer</source>
        <translation>Printa ya risiti ya joto</translation>
    </message>
    <message>
        <source>System printer (chosen above)</source>
        <translation>Printa ya mfumo (iliyochaguliwa juu)</translation>
    </message>
    <message>
        <source>ESC/POS on a device (serial or USB)</source>
        <translation>ESC/POS kwenye kifaa (serial au USB)</translation>
    </message>
    <message>
        <source>ESC/POS on the network (port 9100)</source>
        <translation>ESC/POS kwenye mtandao (port 9100)</translation>
    </message>
    <message>
        <source>for example /dev/usb/lp0 or /dev/ttyUSB0</source>
        <translation>kwa mfano /dev/usb/lp0 au /dev/ttyUSB0</translation>
    </message>
    <message>
        <source>as it is (USB printer)</source>
        <translation>kama ilivyo (printa ya USB)</translation>
    </message>
    <message>
        <source>HOST or HOST:PORT, for example 192.0.2.10:9100</source>
        <translation>HOST au HOST:PORT, kwa mfano 192.0.2.10:9100</translation>
    </message>
    <message>
        <source>CP858 (Latin with the euro sign)</source>
        <translation>CP858 (Kilatini pamoja na alama ya yuro)</translation>
    </message>
    <message>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <source>Print &amp;receipts on:</source>
        <translation>Chapisha &amp;risiti kwenye:</translation>
    </message>
    <message>
        <source>De&amp;vice:</source>
        <translation>Ki&amp;faa:</translation>
    </message>
    <message>
        <source>Serial &amp;speed (8N1):</source>
        <translation>&amp;Kasi ya serial (8N1):</translation>
    </message>
    <message>
        <source>Net&amp;work address:</source>
        <translation>Anwani ya &amp;mtandao:</translation>
    </message>
    <message>
        <source>Code p&amp;age:</source>
        <translation>&amp;Ukurasa wa msimbo:</translation>
    </message>
    <message>
        <source>&amp;Network…</source>
        <translation>&amp;Mtandao…</translation>
    </message>
</context>
<context>
    <name>AllStationsReports</name>
    <message>
        <source>The central server refused the login: check the password, or ask for a reporting login (ampcard server add-reporter). %1</source>
        <translation>Seva kuu imekataa kuingia: kagua nenosiri, au omba jina la kuingia la ripoti (ampcard server add-reporter). %1</translation>
    </message>
    <message>
        <source>The central server cannot be reached: this station is offline or the server is down. Its own reports work offline (untick All stations). %1</source>
        <translation>Seva kuu haifikiki: kituo hiki kiko nje ya mtandao au seva haifanyi kazi. Ripoti za kituo hiki zenyewe zinafanya kazi nje ya mtandao (ondoa tiki kwenye Vituo vyote). %1</translation>
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
    <name>CardsPage</name>
    <message>
        <source>&amp;Read the card in the reader</source>
        <translation>&amp;Soma kadi iliyo kwenye kisomaji</translation>
    </message>
    <message>
        <source>Cannot use the card reader: %1</source>
        <translation>Haiwezekani kutumia kisomaji cha kadi: %1</translation>
    </message>
    <message>
        <source>Cannot read the card: %1</source>
        <translation>Haiwezekani kusoma kadi: %1</translation>
    </message>
    <message>
        <source>In the ledger: %1, %2%3%4</source>
        <translation>Kwenye daftari: %1, %2%3%4</translation>
    </message>
    <message>
        <source>, meter %1</source>
        <translation>, mita %1</translation>
    </message>
    <message>
        <source>In the ledger: never issued by this station&apos;s utility ledger.</source>
        <translation>Kwenye daftari: haikuwahi kutolewa na daftari la shirika la kituo hiki.</translation>
    </message>
    <message>
        <source>Every record on the card verifies.</source>
        <translation>Kila rekodi kwenye kadi inathibitika.</translation>
    </message>
    <message>
        <source>A record on this card does not verify: keep the card and report it.</source>
        <translation>Rekodi moja kwenye kadi hii haithibitiki: ishike kadi na uiripoti.</translation>
    </message>
    <message>
        <source>Issue a function card (that kind of card in the reader)</source>
        <translation>Toa kadi ya kazi maalum (kadi ya aina hiyo kwenye kisomaji)</translation>
    </message>
    <message>
        <source>with the meter&apos;s tariff plan</source>
        <translation>pamoja na mpango wa bei wa mita</translation>
    </message>
    <message>
        <source>&amp;Write the function card</source>
        <translation>&amp;Andika kadi ya kazi maalum</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;ina:</translation>
    </message>
    <message>
        <source>&amp;Meter number:</source>
        <translation>Namba ya &amp;mita:</translation>
    </message>
    <message>
        <source>&amp;Preset credit:</source>
        <translation>Salio la a&amp;wali:</translation>
    </message>
    <message>
        <source>New key &amp;version:</source>
        <translation>&amp;Toleo jipya la ufunguo:</translation>
    </message>
    <message>
        <source>The preset credit is an amount such as 40.00.</source>
        <translation>Salio la awali ni kiasi kama 40.00.</translation>
    </message>
    <message>
        <source>%1 written for meter %2.</source>
        <translation>%1 imeandikwa kwa mita %2.</translation>
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
    <name>Currencies</name>
    <message>
        <source>Kenyan shilling</source>
        <translation>Shilingi ya Kenya</translation>
    </message>
    <message>
        <source>Bangladeshi taka</source>
        <translation>Taka ya Bangladesh</translation>
    </message>
    <message>
        <source>Bahraini dinar</source>
        <translation>Dinari ya Bahrain</translation>
    </message>
    <message>
        <source>Chinese yuan</source>
        <translation>Yuan ya China</translation>
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
        <translation>Cedi ya Ghana</translation>
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
        <source>Jordanian dinar</source>
        <translation>Dinari ya Jordan</translation>
    </message>
    <message>
        <source>Kuwaiti dinar</source>
        <translation>Dinari ya Kuwait</translation>
    </message>
    <message>
        <source>Malawian kwacha</source>
        <translation>Kwacha ya Malawi</translation>
    </message>
    <message>
        <source>Mozambican metical</source>
        <translation>Metical ya Msumbiji</translation>
    </message>
    <message>
        <source>Nigerian naira</source>
        <translation>Naira ya Nigeria</translation>
    </message>
    <message>
        <source>Omani rial</source>
        <translation>Riali ya Oman</translation>
    </message>
    <message>
        <source>Philippine peso</source>
        <translation>Peso ya Ufilipino</translation>
    </message>
    <message>
        <source>Pakistani rupee</source>
        <translation>Rupia ya Pakistan</translation>
    </message>
    <message>
        <source>Rwandan franc</source>
        <translation>Faranga ya Rwanda</translation>
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
        <source>UAE dirham</source>
        <translation>Dirham ya UAE</translation>
    </message>
    <message>
        <source>Angolan kwanza</source>
        <translation>Kwanza ya Angola</translation>
    </message>
    <message>
        <source>Congolese franc</source>
        <translation>Faranga ya Kongo</translation>
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
        <source>Iraqi dinar</source>
        <translation>Dinari ya Iraki</translation>
    </message>
    <message>
        <source>Japanese yen</source>
        <translation>Yeni ya Japani</translation>
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
        <source>Saudi riyal</source>
        <translation>Riyal ya Saudia</translation>
    </message>
    <message>
        <source>The currency &quot;%1&quot; is not one the station knows: use an ISO 4217 code from the list (for example KES, XOF or KWD).</source>
        <translation>Sarafu &quot;%1&quot; haijulikani kwa kituo: tumia msimbo wa ISO 4217 kutoka kwenye orodha (kwa mfano KES, XOF au KWD).</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Customer %1</source>
        <translation>Mteja %1</translation>
    </message>
    <message>
        <source>single phase</source>
        <translation>awamu moja</translation>
    </message>
    <message>
        <source>three phase</source>
        <translation>awamu tatu</translation>
    </message>
    <message>
        <source>active</source>
        <translation>hai</translation>
    </message>
    <message>
        <source>suspended (no sales)</source>
        <translation>amesimamishwa (hakuna mauzo)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Jina:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Simu:</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>Anw&amp;ani:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Kundi:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Mteja</translation>
    </message>
    <message>
        <source>&amp;Meter:</source>
        <translation>&amp;Mita:</translation>
    </message>
    <message>
        <source>Tariff p&amp;lan:</source>
        <translation>Mpango wa &amp;bei:</translation>
    </message>
    <message>
        <source>P&amp;hases:</source>
        <translation>A&amp;wamu:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Hali:</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Mita</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Hakuna mteja %1.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Imehifadhiwa.</translation>
    </message>
</context>
<context>
    <name>CustomerModel</name>
    <message>
        <source>Number</source>
        <translation>Namba</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Simu</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Anwani</translation>
    </message>
    <message>
        <source>Meters</source>
        <translation>Mita</translation>
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
    <name>DemoMeter</name>
    <message>
        <source>&amp;Reverse flow (power goes out)</source>
        <translation>&amp;Mtiririko wa kurudi (umeme unatoka)</translation>
    </message>
    <message>
        <source>&amp;Insert demo card 1</source>
        <translation>&amp;Ingiza kadi ya majaribio 1</translation>
    </message>
    <message>
        <source>Demo meter %1</source>
        <translation>Mita ya majaribio %1</translation>
    </message>
    <message>
        <source> W</source>
        <translation> W</translation>
    </message>
    <message>
        <source>real time</source>
        <translation>muda halisi</translation>
    </message>
    <message>
        <source>a minute each second</source>
        <translation>dakika moja kila sekunde</translation>
    </message>
    <message>
        <source>an hour each second</source>
        <translation>saa moja kila sekunde</translation>
    </message>
    <message>
        <source>alarm</source>
        <translation>kengele</translation>
    </message>
    <message>
        <source>trip</source>
        <translation>kukata</translation>
    </message>
    <message>
        <source>&amp;Load:</source>
        <translation>M&amp;zigo:</translation>
    </message>
    <message>
        <source>&amp;Clock runs:</source>
        <translation>&amp;Saa inaenda:</translation>
    </message>
    <message>
        <source>%1 is damaged or not the demo meter&apos;s memory: remove it to start the demo meter afresh.</source>
        <translation>%1 imeharibika au si kumbukumbu ya mita ya majaribio: iondoe ili kuanzisha mita ya majaribio upya.</translation>
    </message>
    <message>
        <source>The demo meter is made with the utility&apos;s keys: a supervisor signs in with the keystore passphrase first.</source>
        <translation>Mita ya majaribio inatengenezwa kwa funguo za shirika la umeme: msimamizi aingie kwanza kwa kaulisiri ya hifadhi ya funguo.</translation>
    </message>
    <message>
        <source>Cannot set up the demo meter: %1</source>
        <translation>Haiwezekani kuandaa mita ya majaribio: %1</translation>
    </message>
    <message>
        <source>Sell to the demo customer on the Sell page (F5 reads the card), then insert the card here: the meter loads the purchase and counts down.</source>
        <translation>Muuzie mteja wa majaribio kwenye ukurasa wa Uza (F5 husoma kadi), kisha ingiza kadi hapa: mita inaingiza ununuzi na kuhesabu kushuka.</translation>
    </message>
    <message>
        <source>The card is back in the station&apos;s reader.</source>
        <translation>Kadi imerudi kwenye kisomaji cha kituo.</translation>
    </message>
    <message>
        <source>C-00 good: the purchase is loaded.</source>
        <translation>C-00 sawa: ununuzi umeingizwa.</translation>
    </message>
    <message>
        <source>C-01: the meter wrote its record to the card.</source>
        <translation>C-01: mita imeandika rekodi yake kwenye kadi.</translation>
    </message>
    <message>
        <source>C-02: nothing new on the card; the meter wrote its record to it.</source>
        <translation>C-02: hakuna jipya kwenye kadi; mita imeandika rekodi yake kwenye kadi.</translation>
    </message>
    <message>
        <source>C-%1: the meter refused the card (docs/meter.md lists the codes).</source>
        <translation>C-%1: mita imekataa kadi (docs/meter.md inaorodhesha misimbo).</translation>
    </message>
    <message>
        <source>relay closed: power on</source>
        <translation>swichi imefungwa: umeme upo</translation>
    </message>
    <message>
        <source>relay open: power off</source>
        <translation>swichi imefunguliwa: umeme umekatwa</translation>
    </message>
    <message>
        <source>%1 · forward %2 kWh · reverse %3 kWh · %4</source>
        <translation>%1 · mbele %2 kWh · kurudi %3 kWh · %4</translation>
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
    <name>LoginDialog</name>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Nenosiri:</translation>
    </message>
    <message>
        <source>&amp;Keystore passphrase:</source>
        <translation>&amp;Kaulisiri ya hifadhi ya funguo:</translation>
    </message>
    <message>
        <source>Sign in — %1</source>
        <translation>Ingia — %1</translation>
    </message>
    <message>
        <source>Locked — %1</source>
        <translation>Imefungwa — %1</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Mhudumu:</translation>
    </message>
    <message>
        <source>&amp;Recover a locked login…</source>
        <translation>&amp;Rejesha jina la kuingia lililofungwa…</translation>
    </message>
    <message>
        <source>Recover a locked login — %1</source>
        <translation>Rejesha jina la kuingia lililofungwa — %1</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Nenosiri &amp;jipya:</translation>
    </message>
    <message>
        <source>The keystore&apos;s passphrase unlocks the login and sets its new password; the recovery goes to the audit log.</source>
        <translation>Kaulisiri ya hifadhi ya funguo inafungua jina la kuingia na kuweka nenosiri lake jipya; urejeshaji unaandikwa kwenye kumbukumbu ya ukaguzi.</translation>
    </message>
    <message>
        <source>Give the locked login and a new password of 8 characters or more.</source>
        <translation>Toa jina la kuingia lililofungwa na nenosiri jipya la herufi 8 au zaidi.</translation>
    </message>
    <message>
        <source>The keystore did not open: %1. Recovery refused.</source>
        <translation>Hifadhi ya funguo haikufunguka: %1. Urejeshaji umekataliwa.</translation>
    </message>
    <message>
        <source>The keystore did not open: %1. Cards cannot be written until a supervisor unlocks it.</source>
        <translation>Hifadhi ya funguo haikufunguka: %1. Kadi haziwezi kuandikwa hadi msimamizi aifungue.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ampcard Station — %1</source>
        <translation>Kituo cha Ampcard — %1</translation>
    </message>
    <message>
        <source>&amp;Sell</source>
        <translation>&amp;Uza</translation>
    </message>
    <message>
        <source>S&amp;hift</source>
        <translation>&amp;Zamu</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Akaunti</translation>
    </message>
    <message>
        <source>&amp;Cards</source>
        <translation>&amp;Kadi</translation>
    </message>
    <message>
        <source>&amp;Tariffs</source>
        <translation>&amp;Bei</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Ripoti</translation>
    </message>
    <message>
        <source>Ad&amp;ministration</source>
        <translation>U&amp;tawala</translation>
    </message>
    <message>
        <source>&amp;Card reader</source>
        <translation>Ki&amp;somaji cha kadi</translation>
    </message>
    <message>
        <source>Read the card (F5)</source>
        <translation>Soma kadi (F5)</translation>
    </message>
    <message>
        <source>Insert demo card %1</source>
        <translation>Ingiza kadi ya majaribio %1</translation>
    </message>
    <message>
        <source>Pull the card</source>
        <translation>Toa kadi</translation>
    </message>
    <message>
        <source>&amp;Demo meter</source>
        <translation>&amp;Mita ya majaribio</translation>
    </message>
    <message>
        <source>S&amp;ession</source>
        <translation>Kika&amp;o</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Funga</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ondoka</translation>
    </message>
    <message>
        <source>no shift open</source>
        <translation>hakuna zamu iliyo wazi</translation>
    </message>
    <message>
        <source>shift open since %1</source>
        <translation>zamu iko wazi tangu %1</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · reader: %4</source>
        <translation>%1 (%2) · %3 · kisomaji: %4</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>hakuna mtu</translation>
    </message>
    <message>
        <source>none</source>
        <translation>hakuna</translation>
    </message>
    <message>
        <source>&amp;Open my shift</source>
        <translation>&amp;Fungua zamu yangu</translation>
    </message>
    <message>
        <source>&amp;Close my shift and print the Z report</source>
        <translation>Funga zamu &amp;yangu na uchapishe ripoti ya Z</translation>
    </message>
    <message>
        <source>Shift open. Good selling.</source>
        <translation>Zamu iko wazi. Mauzo mema.</translation>
    </message>
    <message>
        <source>Shift closed; the Z report is sealed and saved as %1.</source>
        <translation>Zamu imefungwa; ripoti ya Z imetiwa muhuri na kuhifadhiwa kama %1.</translation>
    </message>
    <message>
        <source>day, month (YYYY-MM), login or customer number</source>
        <translation>siku, mwezi (YYYY-MM), jina la kuingia au namba ya mteja</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>&amp;Endesha</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Hamisha &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>Chap&amp;isha…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Hamisha CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Faili za CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Hifadhi kama PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Faili za PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Imehifadhiwa %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Haiwezekani kuandika %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n tariff, fee or operator change(s) from other stations applied.</source>
        <translation>
            <numerusform>Badiliko %n la bei, ada au mhudumu kutoka vituo vingine limetumika.</numerusform>
            <numerusform>Mabadiliko %n ya bei, ada au wahudumu kutoka vituo vingine yametumika.</numerusform>
        </translation>
    </message>
    <message>
        <source>All statio&amp;ns</source>
        <translation>Vituo vy&amp;ote</translation>
    </message>
    <message>
        <source>Run the report on the central server over every station</source>
        <translation>Endesha ripoti kwenye seva kuu kwa kila kituo</translation>
    </message>
    <message>
        <source>Reporting ser&amp;ver…</source>
        <translation>Se&amp;va ya ripoti…</translation>
    </message>
    <message>
        <source>day, or month (YYYY-MM)</source>
        <translation>siku, au mwezi (YYYY-MM)</translation>
    </message>
    <message>
        <source>Reporting server</source>
        <translation>Seva ya ripoti</translation>
    </message>
    <message>
        <source>The URL of the reporting login (ampcard server add-reporter). It is kept without its password.</source>
        <translation>URL ya jina la kuingia la ripoti (ampcard server add-reporter). Inahifadhiwa bila nenosiri lake.</translation>
    </message>
    <message>
        <source>Reports over all stations are for a supervisor of a station that has joined a server.</source>
        <translation>Ripoti za vituo vyote ni kwa ajili ya msimamizi wa kituo kilichojiunga na seva.</translation>
    </message>
    <message>
        <source>The password of the reporting login %1:</source>
        <translation>Nenosiri la jina la kuingia la ripoti %1:</translation>
    </message>
    <message>
        <source>Asking the central server…</source>
        <translation>Inauliza seva kuu…</translation>
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
    <name>NetworkDialog</name>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Jiunga</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>S&amp;awazisha sasa</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Mtandao</translation>
    </message>
    <message>
        <source>the URL printed by ampcard server add-station</source>
        <translation>URL iliyochapishwa na ampcard server add-station</translation>
    </message>
    <message>
        <source>when the URL holds none</source>
        <translation>ikiwa URL haina nenosiri</translation>
    </message>
    <message>
        <source>the utility&apos;s CA certificate, when the URL names none</source>
        <translation>cheti cha CA cha shirika, ikiwa URL haitaji cheti</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>&amp;Seva:</translation>
    </message>
    <message>
        <source>S&amp;tation number:</source>
        <translation>Namba ya &amp;kituo:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Nenosiri:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Faili la &amp;CA:</translation>
    </message>
    <message>
        <source>This station sells on its own ledger only (stand-alone).</source>
        <translation>Kituo hiki kinauza kwa daftari lake pekee (kinajitegemea).</translation>
    </message>
    <message>
        <source>Station %1 of %2
Float left: %3
%4
Last error: %5</source>
        <translation>Kituo %1 cha %2
Floti iliyobaki: %3
%4
Hitilafu ya mwisho: %5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>hakuna</translation>
    </message>
    <message>
        <source>Only an administrator joins the station to a server.</source>
        <translation>Ni meneja wa mfumo pekee anayeunganisha kituo na seva.</translation>
    </message>
    <message>
        <source>Cannot join the server: %1</source>
        <translation>Haiwezekani kujiunga na seva: %1</translation>
    </message>
    <message>
        <source>Joined as station %1; %2 journal entries and %3 audit lines sent.</source>
        <translation>Kimejiunga kama kituo %1; maingizo %2 ya jarida na mistari %3 ya ukaguzi yametumwa.</translation>
    </message>
    <message>
        <source>The push stopped: %1</source>
        <translation>Kutuma kumesimama: %1</translation>
    </message>
    <message>
        <source>Joined, but the upload stopped (%1). It goes on by itself.</source>
        <translation>Kimejiunga, lakini upakiaji umesimama (%1). Utaendelea wenyewe.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekodi</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Namba</translation>
    </message>
    <message>
        <source>Other station</source>
        <translation>Kituo kingine</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Kilichotokea</translation>
    </message>
    <message>
        <source>The same number made at two stations: the first one to reach the server holds it. Settle each with the other station.</source>
        <translation>Namba ile ile imeundwa kwenye vituo viwili: ile iliyofika kwanza kwenye seva ndiyo inayoishikilia. Suluhisha kila mgongano na kituo kingine.</translation>
    </message>
    <message>
        <source>refused by the server: the other station&apos;s holds it</source>
        <translation>imekataliwa na seva: ya kituo kingine ndiyo inayoishikilia</translation>
    </message>
    <message>
        <source>the other station&apos;s not taken: this one has its own</source>
        <translation>ya kituo kingine haijapokelewa: kituo hiki kina yake</translation>
    </message>
    <message>
        <source>Sent %1 journal entries and %2 audit lines; %3 records sent, %4 taken from other stations.</source>
        <translation>Maingizo %1 ya jarida na mistari %2 ya ukaguzi yametumwa; rekodi %3 zimetumwa, %4 zimepokelewa kutoka vituo vingine.</translation>
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
    <name>QuoteModel</name>
    <message>
        <source>Fixed charge</source>
        <translation>Ada ya kudumu</translation>
    </message>
    <message>
        <source>first purchase of the month</source>
        <translation>ununuzi wa kwanza wa mwezi</translation>
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
        <source>  step %1</source>
        <translation>  ngazi %1</translation>
    </message>
    <message>
        <source>%1 kWh at %2</source>
        <translation>%1 kWh kwa %2</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Nishati</translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <translation>%1 kWh</translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation>Jumla ya kulipa</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Kipengele</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kiasi</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Ukadiriaji</translation>
    </message>
</context>
<context>
    <name>ReceiptFinder</name>
    <message>
        <source>scan the receipt&apos;s QR code, or type its number</source>
        <translation>skani msimbo wa QR wa risiti, au andika namba yake</translation>
    </message>
    <message>
        <source>&amp;Find receipt:</source>
        <translation>&amp;Tafuta risiti:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Fungua</translation>
    </message>
    <message>
        <source>Print a&amp;gain</source>
        <translation>Chapisha &amp;tena</translation>
    </message>
    <message>
        <source>Receipt %1. Ctrl+P prints it again.</source>
        <translation>Risiti %1. Ctrl+P huichapisha tena.</translation>
    </message>
    <message>
        <source>The receipt was printed again.</source>
        <translation>Risiti imechapishwa tena.</translation>
    </message>
    <message>
        <source>The receipt did not print: %1</source>
        <translation>Risiti haikuchapishwa: %1</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>There is no printer &quot;%1&quot; on this computer: choose another in Administration.</source>
        <translation>Hakuna kichapishi &quot;%1&quot; kwenye kompyuta hii: chagua kingine kwenye Utawala.</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; cannot print now.</source>
        <translation>Kichapishi &quot;%1&quot; hakiwezi kuchapisha sasa.</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; reported an error.</source>
        <translation>Kichapishi &quot;%1&quot; kimeripoti hitilafu.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s).</source>
        <translation>
            <numerusform>Safu %n.</numerusform>
            <numerusform>Safu %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>No receipt printer device is set: an administrator sets it in Administration (for example /dev/usb/lp0 or /dev/ttyUSB0).</source>
        <translation>Hakuna kifaa cha printa ya risiti kilichowekwa: meneja wa mfumo akiweke kwenye Utawala (kwa mfano /dev/usb/lp0 au /dev/ttyUSB0).</translation>
    </message>
    <message>
        <source>The receipt printer is a system printer, not a thermal one.</source>
        <translation>Printa ya risiti ni printa ya mfumo, si ya joto.</translation>
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
    <name>SellPage</name>
    <message>
        <source>&amp;Combine with the purchase still on the card</source>
        <translation>Unga&amp;nisha na ununuzi ambao bado uko kwenye kadi</translation>
    </message>
    <message>
        <source>&amp;Sell (Enter)</source>
        <translation>&amp;Uza (Enter)</translation>
    </message>
    <message>
        <source>Sell remotel&amp;y (Ctrl+R)</source>
        <translation>Uza kwa &amp;mbali (Ctrl+R)</translation>
    </message>
    <message>
        <source>Meter number, customer number or name, then Enter — or F5 to read the card</source>
        <translation>Namba ya mita, namba au jina la mteja, kisha Enter — au F5 kusoma kadi</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Pesa</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>Nishati (kWh)</translation>
    </message>
    <message>
        <source>Amount, then Enter to sell</source>
        <translation>Kiasi, kisha Enter kuuza</translation>
    </message>
    <message>
        <source>Without the card: the purchase goes to the meter over the meter line set in Administration.</source>
        <translation>Bila kadi: ununuzi unaenda kwenye mita kupitia laini ya mita iliyowekwa kwenye Utawala.</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Tafuta:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Kiasi:</translation>
    </message>
    <message>
        <source>Read card (F5)</source>
        <translation>Soma kadi (F5)</translation>
    </message>
    <message>
        <source>Receipt (Ctrl+P prints again)</source>
        <translation>Risiti (Ctrl+P huchapisha tena)</translation>
    </message>
    <message>
        <source>No account chosen.</source>
        <translation>Hakuna akaunti iliyochaguliwa.</translation>
    </message>
    <message>
        <source>%1  %2  meter %3</source>
        <translation>%1  %2  mita %3</translation>
    </message>
    <message>
        <source>No account matches &quot;%1&quot;. Check the number, or read the card with F5.</source>
        <translation>Hakuna akaunti inayolingana na &quot;%1&quot;. Kagua namba, au soma kadi kwa F5.</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts match: choose one with the arrows and Enter.</source>
        <translation>
            <numerusform>Akaunti %n inalingana: chagua moja kwa mishale na Enter.</numerusform>
            <numerusform>Akaunti %n zinalingana: chagua moja kwa mishale na Enter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meter %1 is not registered.</source>
        <translation>Mita %1 haijasajiliwa.</translation>
    </message>
    <message>
        <source>Cannot use the card reader: %1</source>
        <translation>Haiwezekani kutumia kisomaji cha kadi: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Meter %1 · plan %2 · card %3</source>
        <translation>Mita %1 · mpango %2 · kadi %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>hakuna</translation>
    </message>
    <message>
        <source>Remaining %1 · period usage %2 kWh · forward %3 kWh (from the last card read)</source>
        <translation>Salio %1 · matumizi ya kipindi %2 kWh · mbele %3 kWh (kutoka usomaji wa mwisho wa kadi)</translation>
    </message>
    <message>
        <source>The meter has not written to the card yet.</source>
        <translation>Mita bado haijaandika kwenye kadi.</translation>
    </message>
    <message>
        <source>The meter has not loaded the card&apos;s account-opening record yet: this purchase is combined with it.</source>
        <translation>Mita bado haijaingiza rekodi ya kufungua akaunti iliyo kwenye kadi: ununuzi huu unaunganishwa nayo.</translation>
    </message>
    <message>
        <source>a purchase on the card is not loaded into the meter yet</source>
        <translation>ununuzi ulio kwenye kadi bado haujaingizwa kwenye mita</translation>
    </message>
    <message>
        <source>meter %1</source>
        <translation>mita %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Onyo: %1</translation>
    </message>
    <message>
        <source>Type an amount such as 250 or 250.50.</source>
        <translation>Andika kiasi kama 250 au 250.50.</translation>
    </message>
    <message>
        <source>Type the kWh wanted, such as 12.5.</source>
        <translation>Andika kWh zinazotakiwa, kama 12.5.</translation>
    </message>
    <message>
        <source>Type the amount first.</source>
        <translation>Andika kiasi kwanza.</translation>
    </message>
    <message>
        <source>Find the account first, or read the card with F5.</source>
        <translation>Tafuta akaunti kwanza, au soma kadi kwa F5.</translation>
    </message>
    <message>
        <source>Writing the card…</source>
        <translation>Inaandika kadi…</translation>
    </message>
    <message>
        <source>Recording the sale…</source>
        <translation>Inarekodi mauzo…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Imekamilika.</translation>
    </message>
    <message>
        <source>Find the account first (the card is not needed).</source>
        <translation>Tafuta akaunti kwanza (kadi haihitajiki).</translation>
    </message>
    <message>
        <source>No meter line is set: an administrator sets it in Administration.</source>
        <translation>Hakuna laini ya mita iliyowekwa: meneja wa mfumo huiweka kwenye Utawala.</translation>
    </message>
    <message>
        <source>The keystore is locked: a supervisor must unlock it first.</source>
        <translation>Hifadhi ya funguo imefungwa: msimamizi lazima aifungue kwanza.</translation>
    </message>
    <message>
        <source>Cannot use the meter line: %1</source>
        <translation>Haiwezekani kutumia laini ya mita: %1</translation>
    </message>
    <message>
        <source>Sending the purchase to meter %1…</source>
        <translation>Inatuma ununuzi kwa mita %1…</translation>
    </message>
    <message>
        <source>The receipt could not be written to %1.</source>
        <translation>Risiti haikuweza kuandikwa kwenye %1.</translation>
    </message>
    <message>
        <source>The receipt did not print: %1 Ctrl+P prints it again.</source>
        <translation>Risiti haikuchapishwa: %1 Ctrl+P huichapisha tena.</translation>
    </message>
    <message>
        <source>Sold: %1 paid, %2 kWh delivered to meter %3. Escape for the next customer.</source>
        <translation>Imeuzwa: %1 imelipwa, %2 kWh zimepelekwa kwa mita %3. Escape kwa mteja anayefuata.</translation>
    </message>
    <message>
        <source>Sold: %1 paid, %2 kWh on card %3. Escape for the next customer.</source>
        <translation>Imeuzwa: %1 imelipwa, %2 kWh kwenye kadi %3. Escape kwa mteja anayefuata.</translation>
    </message>
    <message>
        <source>The receipt was printed again.</source>
        <translation>Risiti imechapishwa tena.</translation>
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
    <name>SetupWizard</name>
    <message>
        <source>Set up Ampcard Station</source>
        <translation>Andaa Kituo cha Ampcard</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 (%n decimal place(s))</source>
        <translation>
            <numerusform>%1 — %2 (nafasi %n ya desimali)</numerusform>
            <numerusform>%1 — %2 (nafasi %n za desimali)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Utility name:</source>
        <translation>&amp;Jina la shirika la umeme:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Sarafu:</translation>
    </message>
    <message>
        <source>Utility &amp;id (on every card):</source>
        <translation>&amp;Kitambulisho cha shirika (kwenye kila kadi):</translation>
    </message>
    <message>
        <source>&amp;Station number:</source>
        <translation>&amp;Namba ya kituo:</translation>
    </message>
    <message>
        <source>The utility</source>
        <translation>Shirika la umeme</translation>
    </message>
    <message>
        <source>Who sells, in which currency, and this station&apos;s number.</source>
        <translation>Nani anauza, kwa sarafu gani, na namba ya kituo hiki.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>Jina la &amp;kuingia:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Jina:</translation>
    </message>
    <message>
        <source>&amp;Password (8 characters or more):</source>
        <translation>&amp;Nenosiri (herufi 8 au zaidi):</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Rudia nenosiri:</translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation>Meneja wa mfumo wa kwanza</translation>
    </message>
    <message>
        <source>The administrator adds the other operators.</source>
        <translation>Meneja wa mfumo huwaongeza wahudumu wengine.</translation>
    </message>
    <message>
        <source>&amp;Make a new master key (a new utility)</source>
        <translation>&amp;Tengeneza ufunguo mkuu mpya (shirika jipya)</translation>
    </message>
    <message>
        <source>&amp;Import the utility&apos;s keystore file</source>
        <translation>&amp;Leta faili la hifadhi ya funguo la shirika</translation>
    </message>
    <message>
        <source>keystore file to import</source>
        <translation>faili la hifadhi ya funguo la kuleta</translation>
    </message>
    <message>
        <source>Add &amp;demo data: plan DEMO and customer DEMO-1</source>
        <translation>Ongeza data ya &amp;majaribio: mpango DEMO na mteja DEMO-1</translation>
    </message>
    <message>
        <source>Keystore &amp;passphrase:</source>
        <translation>&amp;Kaulisiri ya hifadhi ya funguo:</translation>
    </message>
    <message>
        <source>Repeat the passphrase:</source>
        <translation>Rudia kaulisiri:</translation>
    </message>
    <message>
        <source>The keys</source>
        <translation>Funguo</translation>
    </message>
    <message>
        <source>Cards are sealed with keys derived from the utility&apos;s master key, kept encrypted under a passphrase that a supervisor types at every start.</source>
        <translation>Kadi hutiwa muhuri kwa funguo zinazotokana na ufunguo mkuu wa shirika, uliohifadhiwa kwa usimbaji chini ya kaulisiri ambayo msimamizi huiandika kila mwanzo.</translation>
    </message>
    <message>
        <source>The two administrator passwords differ.</source>
        <translation>Manenosiri mawili ya meneja wa mfumo hayalingani.</translation>
    </message>
    <message>
        <source>The two keystore passphrases differ.</source>
        <translation>Kaulisiri mbili za hifadhi ya funguo hazilingani.</translation>
    </message>
    <message>
        <source>The keystore passphrase needs at least 8 characters.</source>
        <translation>Kaulisiri ya hifadhi ya funguo inahitaji angalau herufi 8.</translation>
    </message>
    <message>
        <source>Cannot make the keystore: %1</source>
        <translation>Haiwezekani kutengeneza hifadhi ya funguo: %1</translation>
    </message>
    <message>
        <source>The keystore %1 does not open: %2</source>
        <translation>Hifadhi ya funguo %1 haifunguki: %2</translation>
    </message>
    <message>
        <source>That keystore is for utility %1, not %2.</source>
        <translation>Hifadhi ya funguo hiyo ni ya shirika %1, si %2.</translation>
    </message>
    <message>
        <source>Cannot copy the keystore to %1.</source>
        <translation>Haiwezekani kunakili hifadhi ya funguo kwenda %1.</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Maandalizi</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Lugha ya mfumo</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lugha:</translation>
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
    <name>Station</name>
    <message>
        <source>Ampcard Station, the prepaid electricity counter.</source>
        <translation>Kituo cha Ampcard, kaunta ya umeme wa malipo ya kabla.</translation>
    </message>
    <message>
        <source>ledger file</source>
        <translation>faili la daftari</translation>
    </message>
    <message>
        <source>never start the built-in virtual card reader</source>
        <translation>usianzishe kamwe kisomaji cha kadi pepe kilichojengewa ndani</translation>
    </message>
    <message>
        <source>Ampcard Station</source>
        <translation>Kituo cha Ampcard</translation>
    </message>
    <message>
        <source>Virtual card reader</source>
        <translation>Kisomaji cha kadi pepe</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Majaribio</translation>
    </message>
    <message>
        <source>render every page in every language at 1366×768 as PNG into DIR (a demo ledger in a temporary folder) and quit</source>
        <translation>chora kila ukurasa kwa kila lugha kwa 1366×768 kama PNG ndani ya DIR (daftari la majaribio kwenye folda ya muda) kisha funga</translation>
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
    <name>SyncIndicator</name>
    <message>
        <source>Offline since %1</source>
        <translation>Nje ya mtandao tangu %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Bado hakijasawazishwa</translation>
    </message>
    <message>
        <source>Synced %1 s ago</source>
        <translation>Kimesawazishwa sekunde %1 zilizopita</translation>
    </message>
    <message numerus="yes">
        <source> · %n waiting</source>
        <translation>
            <numerusform> · %n kinasubiri</numerusform>
            <numerusform> · %n vinasubiri</numerusform>
        </translation>
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
    <name>TariffsPage</name>
    <message>
        <source>sharp</source>
        <translation>kilele cha juu</translation>
    </message>
    <message>
        <source>peak</source>
        <translation>kilele</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>kawaida</translation>
    </message>
    <message>
        <source>valley</source>
        <translation>chini</translation>
    </message>
    <message>
        <source>&amp;Time of use</source>
        <translation>&amp;Muda wa matumizi</translation>
    </message>
    <message>
        <source>Up to (kWh in the period)</source>
        <translation>Hadi (kWh katika kipindi)</translation>
    </message>
    <message>
        <source>Price per kWh</source>
        <translation>Bei kwa kWh</translation>
    </message>
    <message>
        <source>monthly, on the 1st at 00:00</source>
        <translation>kila mwezi, tarehe 1 saa 00:00</translation>
    </message>
    <message>
        <source>yearly, on the dates below</source>
        <translation>kila mwaka, kwenye tarehe zilizo hapa chini</translation>
    </message>
    <message>
        <source>Price per kWh (empty: not used)</source>
        <translation>Bei kwa kWh (tupu: haitumiki)</translation>
    </message>
    <message>
        <source>From (HH:MM)</source>
        <translation>Kuanzia (HH:MM)</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Kiwango</translation>
    </message>
    <message>
        <source>&amp;Rates:</source>
        <translation>&amp;Viwango:</translation>
    </message>
    <message>
        <source>&amp;Periods a day:</source>
        <translation>V&amp;ipindi kwa siku:</translation>
    </message>
    <message>
        <source>&amp;Quote at rate:</source>
        <translation>Ka&amp;dirio kwa kiwango:</translation>
    </message>
    <message>
        <source>&amp;Add this version</source>
        <translation>&amp;Ongeza toleo hili</translation>
    </message>
    <message>
        <source>A&amp;ssign</source>
        <translation>&amp;Kabidhi</translation>
    </message>
    <message>
        <source>&amp;Plan name:</source>
        <translation>&amp;Jina la mpango:</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>N&amp;gazi:</translation>
    </message>
    <message>
        <source>S&amp;ettlement:</source>
        <translation>M&amp;zunguko:</translation>
    </message>
    <message>
        <source>Yearly &amp;dates:</source>
        <translation>&amp;Tarehe za mwaka:</translation>
    </message>
    <message>
        <source>Takes effect (&amp;local time):</source>
        <translation>Inaanza kutumika (&amp;saa za hapa):</translation>
    </message>
    <message>
        <source>New plan version</source>
        <translation>Toleo jipya la mpango</translation>
    </message>
    <message>
        <source>&amp;Usage in a period (kWh):</source>
        <translation>Mat&amp;umizi katika kipindi (kWh):</translation>
    </message>
    <message>
        <source>Bill preview</source>
        <translation>Onyesho la bili</translation>
    </message>
    <message>
        <source>Customer &amp;group:</source>
        <translation>Kundi la &amp;wateja:</translation>
    </message>
    <message>
        <source>P&amp;lan:</source>
        <translation>M&amp;pango:</translation>
    </message>
    <message>
        <source>Plan of a customer group</source>
        <translation>Mpango wa kundi la wateja</translation>
    </message>
    <message>
        <source>Surcharge per kWh</source>
        <translation>Nyongeza kwa kWh</translation>
    </message>
    <message>
        <source>Group %1 is on plan %2.</source>
        <translation>Kundi %1 liko kwenye mpango %2.</translation>
    </message>
    <message>
        <source>(no limit)</source>
        <translation>(hakuna kikomo)</translation>
    </message>
    <message>
        <source>Not a valid tariff yet: %1</source>
        <translation>Bado si bei halali: %1</translation>
    </message>
    <message>
        <source>Type the usage in kWh.</source>
        <translation>Andika matumizi kwa kWh.</translation>
    </message>
    <message>
        <source>step %1: %2 kWh × %3 = %4</source>
        <translation>ngazi %1: %2 kWh × %3 = %4</translation>
    </message>
    <message>
        <source>%1 kWh in a period cost %2 before VAT.</source>
        <translation>%1 kWh katika kipindi zinagharimu %2 kabla ya VAT.</translation>
    </message>
    <message>
        <source>(with time of use: all of it at the %1 rate, as a quote counts it)</source>
        <translation>(kwa muda wa matumizi: yote kwa kiwango cha %1, kama kadirio linavyohesabu)</translation>
    </message>
    <message>
        <source>Name the plan.</source>
        <translation>Taja jina la mpango.</translation>
    </message>
    <message>
        <source>Plan %1 version %2 takes effect %3; meters get it on their next purchase card.</source>
        <translation>Mpango %1 toleo %2 unaanza kutumika %3; mita zinaupata kwenye kadi yao ijayo ya ununuzi.</translation>
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
    <name>UsageChart</name>
    <message>
        <source>Bought (kWh)</source>
        <translation>Imenunuliwa (kWh)</translation>
    </message>
    <message>
        <source>Used (kWh)</source>
        <translation>Imetumika (kWh)</translation>
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
        <translation>Haiwezekani kutengeneza kadi za majaribio kwa %1.</translation>
    </message>
    <message>
        <source>The virtual reader is busy.</source>
        <translation>Kisomaji pepe kinatumika.</translation>
    </message>
    <message>
        <source>The virtual card did not come up: is pcscd running with vpcd (bash scripts/deps.sh card)?</source>
        <translation>Kadi pepe haikujitokeza: je, pcscd inaendeshwa pamoja na vpcd (bash scripts/deps.sh card)?</translation>
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
