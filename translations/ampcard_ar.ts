<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AccountView</name>
    <message>
        <source>reverse energy %1 kWh</source>
        <translation>طاقة عكسية %1 kWh</translation>
    </message>
    <message numerus="yes">
        <source>%n tamper event(s)</source>
        <translation>
            <numerusform>%n حدث عبث</numerusform>
            <numerusform>%n حدث عبث</numerusform>
            <numerusform>%n حدثا عبث</numerusform>
            <numerusform>%n أحداث عبث</numerusform>
            <numerusform>%n حدثا عبث</numerusform>
            <numerusform>%n حدث عبث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n illegal card(s) tried</source>
        <translation>
            <numerusform>%n بطاقة غير شرعية جربت</numerusform>
            <numerusform>%n بطاقة غير شرعية جربت</numerusform>
            <numerusform>%n بطاقتان غير شرعيتين جربتا</numerusform>
            <numerusform>%n بطاقات غير شرعية جربت</numerusform>
            <numerusform>%n بطاقة غير شرعية جربت</numerusform>
            <numerusform>%n بطاقة غير شرعية جربت</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Only a supervisor or administrator may back up the ledger.</source>
        <translation>لا ينسخ الدفتر احتياطيا إلا المشرف أو المدير.</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never overwrites a file.</source>
        <translation>%1 موجود مسبقا؛ النسخ الاحتياطي لا يكتب فوق ملف أبدا.</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>تعذر إنشاء المجلد لـ %1.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>تعذرت كتابة النسخة الاحتياطية %1: %2</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read back: %2</source>
        <translation>تعذرت إعادة قراءة النسخة الاحتياطية %1: %2</translation>
    </message>
    <message>
        <source>The backup does not verify (%1); the ledger itself may be damaged: run &quot;ampcard ledger verify&quot;.</source>
        <translation>لم يتم التحقق من النسخة الاحتياطية (%1)؛ قد يكون الدفتر نفسه تالفا: شغل &quot;ampcard ledger verify&quot;.</translation>
    </message>
    <message>
        <source>Restore refused: unlock the keystore first; the backup is checked with the station&apos;s key.</source>
        <translation>رفضت الاستعادة: افتح قفل مخزن المفاتيح أولا؛ تفحص النسخة الاحتياطية بمفتاح المحطة.</translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation>لا توجد نسخة احتياطية في %1.</translation>
    </message>
    <message>
        <source>Restore refused: %1</source>
        <translation>رفضت الاستعادة: %1</translation>
    </message>
    <message>
        <source>only an administrator of the current ledger may restore it</source>
        <translation>لا يستعيد الدفتر الحالي إلا مدير من مديريه</translation>
    </message>
    <message>
        <source>Cannot copy the backup next to %1.</source>
        <translation>تعذر نسخ النسخة الاحتياطية بجوار %1.</translation>
    </message>
    <message>
        <source>The backup cannot be used: %1</source>
        <translation>لا يمكن استخدام النسخة الاحتياطية: %1</translation>
    </message>
    <message>
        <source>Restore refused: %1 is a ledger of station %2; this station is %3. Only a backup of this station may replace its ledger.</source>
        <translation>رفضت الاستعادة: %1 دفتر المحطة %2؛ وهذه المحطة هي %3. لا يحل محل دفتر المحطة إلا نسخة احتياطية منها.</translation>
    </message>
    <message>
        <source>The backup does not verify: %1</source>
        <translation>لم يتم التحقق من النسخة الاحتياطية: %1</translation>
    </message>
    <message>
        <source>Restore refused: the backup was never sealed with the station&apos;s key, so nothing proves it was made here.</source>
        <translation>رفضت الاستعادة: لم تختم النسخة الاحتياطية قط بمفتاح المحطة، فلا شيء يثبت أنها أنشئت هنا.</translation>
    </message>
    <message>
        <source>Restore refused: the backup&apos;s history is not this ledger&apos;s (neither chain is the beginning of the other): it was made from another file or edited.</source>
        <translation>رفضت الاستعادة: تاريخ النسخة الاحتياطية ليس تاريخ هذا الدفتر (لا تمثل أي من السلسلتين بداية الأخرى): أنشئت من ملف آخر أو عدلت.</translation>
    </message>
    <message>
        <source>Cannot set the current ledger aside as %1; nothing was changed.</source>
        <translation>تعذر نقل الدفتر الحالي جانبا باسم %1؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Cannot put the restored ledger in place; it is at %1 and the previous one at %2.</source>
        <translation>تعذر وضع الدفتر المستعاد في مكانه؛ هو في %1 والسابق في %2.</translation>
    </message>
</context>
<context>
    <name>BillReader</name>
    <message>
        <source>line %1</source>
        <translation>السطر %1</translation>
    </message>
    <message>
        <source>expected &quot;timestamp,cumulative_kwh&quot;</source>
        <translation>المتوقع &quot;timestamp,cumulative_kwh&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a local time YYYY-MM-DDTHH:MM[:SS]</source>
        <translation>&quot;%1&quot; ليس وقتا محليا YYYY-MM-DDTHH:MM[:SS]</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>a meter reading cannot be negative</source>
        <translation>لا يمكن أن تكون قراءة العداد سالبة</translation>
    </message>
    <message>
        <source>timestamps must increase</source>
        <translation>يجب أن تتزايد الطوابع الزمنية</translation>
    </message>
    <message>
        <source>the reading is lower than the previous one</source>
        <translation>القراءة أقل من السابقة</translation>
    </message>
    <message>
        <source>at least two readings are needed</source>
        <translation>تلزم قراءتان على الأقل</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>تعذرت قراءة الملف: %1</translation>
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
      يقرأ أي بطاقة مدخلة؛ ومع مخزن المفاتيح، يتحقق من سجلاتها ويفك ترميزها
      (عبارة المرور من AMPCARD_PASSPHRASE أو بالطلب).
  ampcard keys init --keystore FILE --utility ID
      ينشئ مفتاحا رئيسيا جديدا للمرفق، مشفرا بعبارة مرور.
  ampcard keys meter-key --keystore FILE --meter N [--version V] --out FILE
      يكتب ملف مفتاح عداد واحد، لتشغيل العداد أول مرة.
  ampcard keys change-passphrase --keystore FILE
      يعيد تشفير مخزن المفاتيح (عبارة المرور الجديدة من AMPCARD_NEW_PASSPHRASE أو
      بالطلب).
</translation>
    </message>
    <message>
        <source>ampcard card: unknown subcommand &quot;%1&quot;
</source>
        <translation>ampcard card: &quot;%1&quot; ليس أمرا فرعيا معروفا لأوامر البطاقات
</translation>
    </message>
    <message>
        <source>Card reader name.</source>
        <translation>اسم قارئ البطاقات.</translation>
    </message>
    <message>
        <source>Keystore file.</source>
        <translation>ملف مخزن المفاتيح.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>طباعة JSON.</translation>
    </message>
    <message>
        <source>usage: ampcard card read [--reader NAME] [--keystore FILE] [--json]</source>
        <translation>الاستخدام (قراءة البطاقة، مع مخزن المفاتيح اختياريا): ampcard card read [--reader NAME] [--keystore FILE] [--json]</translation>
    </message>
    <message>
        <source>Keystore passphrase: </source>
        <translation>عبارة مرور مخزن المفاتيح: </translation>
    </message>
    <message>
        <source>%1 %2 in %3 (%4)</source>
        <translation>%1 %2 في %3 (%4)</translation>
    </message>
    <message>
        <source>Issued record:</source>
        <translation>السجل المصدر:</translation>
    </message>
    <message>
        <source>Issued record: none</source>
        <translation>السجل المصدر: لا يوجد</translation>
    </message>
    <message>
        <source>Meter return record:</source>
        <translation>سجل الإرجاع من العداد:</translation>
    </message>
    <message>
        <source>Meter return record: none</source>
        <translation>سجل الإرجاع من العداد: لا يوجد</translation>
    </message>
    <message>
        <source>Utility id.</source>
        <translation>معرف المرفق.</translation>
    </message>
    <message>
        <source>Meter number.</source>
        <translation>رقم العداد.</translation>
    </message>
    <message>
        <source>Key version.</source>
        <translation>إصدار المفتاح.</translation>
    </message>
    <message>
        <source>Meter key file to write.</source>
        <translation>ملف مفتاح العداد المراد كتابته.</translation>
    </message>
    <message>
        <source>--keystore FILE is required</source>
        <translation>--keystore FILE مطلوب (ملف مخزن المفاتيح)</translation>
    </message>
    <message>
        <source>--utility ID is required: a number from 1 to 4294967295</source>
        <translation>--utility ID مطلوب: رقم من 1 إلى 4294967295</translation>
    </message>
    <message>
        <source>%1 exists already; a keystore is never overwritten</source>
        <translation>%1 موجود مسبقا؛ لا يكتب فوق مخزن المفاتيح أبدا</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>عبارة المرور الجديدة: </translation>
    </message>
    <message>
        <source>the passphrase must have at least 8 characters</source>
        <translation>يجب أن تتكون عبارة المرور من 8 أحرف على الأقل</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>تكرار عبارة المرور: </translation>
    </message>
    <message>
        <source>the passphrases differ</source>
        <translation>عبارتا المرور مختلفتان</translation>
    </message>
    <message>
        <source>%1: new master key for utility %2</source>
        <translation>%1: مفتاح رئيسي جديد للمرفق %2</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>عبارة المرور الحالية: </translation>
    </message>
    <message>
        <source>the new passphrase must have at least 8 characters</source>
        <translation>يجب أن تتكون عبارة المرور الجديدة من 8 أحرف على الأقل</translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>تكرار عبارة المرور الجديدة: </translation>
    </message>
    <message>
        <source>%1: passphrase changed</source>
        <translation>%1: تم تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>usage: ampcard keys meter-key --keystore FILE --meter N [--version V] --out FILE</source>
        <translation>الاستخدام (ملف مفتاح العداد من مخزن المفاتيح): ampcard keys meter-key --keystore FILE --meter N [--version V] --out FILE</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>تعذرت كتابة %1</translation>
    </message>
    <message>
        <source>%1: key version %2 of meter %3</source>
        <translation>%1: إصدار المفتاح %2 للعداد %3</translation>
    </message>
    <message>
        <source>ampcard keys: unknown subcommand &quot;%1&quot;</source>
        <translation>ampcard keys: أمر فرعي غير معروف &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>CardDesk</name>
    <message>
        <source>The keystore is locked: a supervisor must unlock it first.</source>
        <translation>مخزن المفاتيح مقفل: يجب أن يفتح المشرف قفله أولا.</translation>
    </message>
    <message>
        <source>Cannot read the card: %1</source>
        <translation>تعذرت قراءة البطاقة: %1</translation>
    </message>
    <message>
        <source>This is a %1, not a customer&apos;s card.</source>
        <translation>هذه %1، وليست بطاقة مشترك.</translation>
    </message>
    <message>
        <source>Card %1 belongs to another utility (%2): it cannot be sold to here.</source>
        <translation>البطاقة %1 تابعة لمرفق آخر (%2): لا يمكن البيع عليها هنا.</translation>
    </message>
    <message>
        <source>Card %1 does not hold the record written to it: %2 Write it again on this card.</source>
        <translation>البطاقة %1 لا تحمل السجل المكتوب عليها: %2 اكتبه مجددا على هذه البطاقة.</translation>
    </message>
    <message>
        <source>Card %1 is not a customer card issued by this utility&apos;s stations.</source>
        <translation>البطاقة %1 ليست بطاقة مشترك أصدرتها محطات هذا المرفق.</translation>
    </message>
    <message>
        <source>Card %1 is blacklisted (%2): keep it and send the customer to a supervisor.</source>
        <translation>البطاقة %1 في القائمة السوداء (%2): احتفظ بها وأحل المشترك إلى مشرف.</translation>
    </message>
    <message>
        <source>The meter of card %1 is not registered.</source>
        <translation>عداد البطاقة %1 غير مسجل.</translation>
    </message>
    <message>
        <source>Card %1 holds a record of meter %2 but belongs to meter %3: it was tampered with.</source>
        <translation>البطاقة %1 تحمل سجلا للعداد %2 لكنها تابعة للعداد %3: تعرضت للعبث.</translation>
    </message>
    <message>
        <source>The meter&apos;s record on card %1 does not verify (%2): the card was tampered with or damaged.</source>
        <translation>سجل العداد على البطاقة %1 لم يجتز التحقق (%2): تعرضت البطاقة للعبث أو التلف.</translation>
    </message>
    <message>
        <source>The purchase record on card %1 does not verify (%2): the card was tampered with or damaged.</source>
        <translation>سجل الشراء على البطاقة %1 لم يجتز التحقق (%2): تعرضت البطاقة للعبث أو التلف.</translation>
    </message>
    <message>
        <source>Card %1 holds a record copied from another card: it was tampered with.</source>
        <translation>البطاقة %1 تحمل سجلا منسوخا من بطاقة أخرى: تعرضت للعبث.</translation>
    </message>
    <message>
        <source>This is a %1; a customer needs a user card.</source>
        <translation>هذه %1؛ يحتاج المشترك إلى بطاقة مستخدم.</translation>
    </message>
    <message>
        <source>Card %1 is blacklisted (%2).</source>
        <translation>البطاقة %1 في القائمة السوداء (%2).</translation>
    </message>
    <message>
        <source>Card %1 is already the card of meter %2.</source>
        <translation>البطاقة %1 هي بالفعل بطاقة العداد %2.</translation>
    </message>
    <message>
        <source>Card %1 already holds records: use a new card.</source>
        <translation>البطاقة %1 تحمل سجلات مسبقا: استخدم بطاقة جديدة.</translation>
    </message>
    <message>
        <source>This operator may not sell.</source>
        <translation>لا يحق لهذا المشغل البيع.</translation>
    </message>
    <message>
        <source>The keystore is for utility %1 but the station sells for utility %2.</source>
        <translation>مخزن المفاتيح للمرفق %1 لكن المحطة تبيع للمرفق %2.</translation>
    </message>
    <message>
        <source>Open a shift before selling.</source>
        <translation>افتح وردية قبل البيع.</translation>
    </message>
    <message>
        <source>The ledger is busy: %1</source>
        <translation>الدفتر مشغول: %1</translation>
    </message>
    <message>
        <source>This card belongs to meter %1, not %2.</source>
        <translation>هذه البطاقة تابعة للعداد %1، وليس %2.</translation>
    </message>
    <message>
        <source>Meter %1 is %2: no sales.</source>
        <translation>حالة العداد %1 هي %2: لا مبيعات.</translation>
    </message>
    <message>
        <source>The card does not show sequence %1 that this station wrote to it and meter %2 has not loaded: it holds an older copy or a damaged record.</source>
        <translation>البطاقة لا تظهر التسلسل %1 الذي كتبته هذه المحطة عليها ولم يشحنه العداد %2: تحمل نسخة أقدم أو سجلا تالفا.</translation>
    </message>
    <message>
        <source>The card still holds its %1 record (sequence %2), which the meter has not loaded. Take the card to the meter first, or sell combining this purchase with it on the card.</source>
        <translation>لا تزال البطاقة تحمل سجل %1 (التسلسل %2) الذي لم يشحنه العداد. خذ البطاقة إلى العداد أولا، أو نفذ البيع مع دمج هذا الشراء معه على البطاقة.</translation>
    </message>
    <message>
        <source>account-opening</source>
        <translation>فتح الحساب</translation>
    </message>
    <message>
        <source>replacement</source>
        <translation>الاستبدال</translation>
    </message>
    <message>
        <source>The card still holds %1 (sequence %2) that the meter has not loaded. Load it into the meter first, or sell again combining both on the card.</source>
        <translation>لا تزال البطاقة تحمل %1 (التسلسل %2) الذي لم يشحنه العداد. اشحنه في العداد أولا، أو أعد البيع مع دمج الاثنين على البطاقة.</translation>
    </message>
    <message>
        <source>Meter %1 does not answer (%2).</source>
        <translation>العداد %1 لا يستجيب (%2).</translation>
    </message>
    <message>
        <source>Meter %1 answered something that is not its sealed record: nothing is settled from it.</source>
        <translation>أجاب العداد %1 بشيء ليس سجله المختوم: لا تجرى منه أي تسوية.</translation>
    </message>
    <message>
        <source>Cannot derive the meter key: %1</source>
        <translation>تعذر اشتقاق مفتاح العداد: %1</translation>
    </message>
    <message>
        <source>Meter %1&apos;s record does not verify (%2): it was not sealed by the meter. Nothing is settled from it.</source>
        <translation>سجل العداد %1 لم يجتز التحقق (%2): لم يختمه العداد. لا تجرى منه أي تسوية.</translation>
    </message>
    <message>
        <source>Meter %1 is not registered.</source>
        <translation>العداد %1 غير مسجل.</translation>
    </message>
    <message>
        <source>Meter %1 has no account card: open the account before selling remotely.</source>
        <translation>العداد %1 ليس له بطاقة حساب: افتح الحساب قبل البيع عن بعد.</translation>
    </message>
    <message>
        <source>Nothing was sold.</source>
        <translation>لم يبع شيء.</translation>
    </message>
    <message>
        <source>The customer&apos;s card holds sequence %1, which meter %2 has not loaded (it loaded %3). Insert the card in the meter first: a remote sale now would make the meter refuse the card&apos;s credit.</source>
        <translation>بطاقة المشترك تحمل التسلسل %1، الذي لم يشحنه العداد %2 (شحن %3). أدخل البطاقة في العداد أولا: البيع عن بعد الآن سيجعل العداد يرفض رصيد البطاقة.</translation>
    </message>
    <message>
        <source>Meter %1 did not take the token and can never load it. Nothing was sold.</source>
        <translation>العداد %1 لم يأخذ رمز الشحن ولن يستطيع شحنه أبدا. لم يبع شيء.</translation>
    </message>
    <message>
        <source>its sealed record could not be read</source>
        <translation>تعذرت قراءة سجله المختوم</translation>
    </message>
    <message>
        <source>its sealed record shows sequence %1 not loaded</source>
        <translation>سجله المختوم يظهر أن التسلسل %1 لم يشحن</translation>
    </message>
    <message>
        <source>meter %1: %2; %3</source>
        <translation>العداد %1: %2؛ %3</translation>
    </message>
    <message>
        <source>Meter %1 has not loaded remote sale %2 (%3; %4). The sale stays pending and nothing is charged: it completes if the meter&apos;s record ever proves it loaded, and is void once a later sale is loaded without it.</source>
        <translation>العداد %1 لم يشحن البيع عن بعد %2 (%3؛ %4). يبقى البيع معلقا ولا يحتسب شيء: يكتمل إذا أثبت سجل العداد يوما أنه شحنه، ويلغى بمجرد شحن بيع لاحق بدونه.</translation>
    </message>
    <message>
        <source>Only a supervisor or administrator may cancel a sale.</source>
        <translation>لا يلغي البيع إلا المشرف أو المدير.</translation>
    </message>
    <message>
        <source>There is no sale %1.</source>
        <translation>لا يوجد بيع %1.</translation>
    </message>
    <message>
        <source>Sale %1 is %2: only a completed sale can be cancelled.</source>
        <translation>حالة البيع %1 هي %2: لا يلغى إلا بيع مكتمل.</translation>
    </message>
    <message>
        <source>Sale %1 is being cancelled already: its refund waits for the meter&apos;s record.</source>
        <translation>البيع %1 قيد الإلغاء بالفعل: استرداده ينتظر سجل العداد.</translation>
    </message>
    <message>
        <source>Meter %1 has loaded sale %2: it can no longer be cancelled.</source>
        <translation>العداد %1 شحن البيع %2: لم يعد ممكنا إلغاؤه.</translation>
    </message>
    <message>
        <source>Sale %1 was delivered over the meter line; the meter settles it.</source>
        <translation>البيع %1 سلم عبر خط العداد؛ العداد يجري تسويته.</translation>
    </message>
    <message>
        <source>Sale %1 was combined on the card with an earlier purchase: it cannot be cancelled alone.</source>
        <translation>البيع %1 دمج على البطاقة مع شراء سابق: لا يمكن إلغاؤه وحده.</translation>
    </message>
    <message>
        <source>Sale %1 was written to card %2; this is card %3.</source>
        <translation>البيع %1 كتب على البطاقة %2؛ وهذه البطاقة %3.</translation>
    </message>
    <message>
        <source>There is no sale %1 to cancel.</source>
        <translation>لا يوجد بيع %1 لإلغائه.</translation>
    </message>
    <message>
        <source>The card holds a newer record than sale %1: it is settled by the meter&apos;s next record, not cancelled.</source>
        <translation>البطاقة تحمل سجلا أحدث من البيع %1: تجري تسويته بسجل العداد التالي، ولا يلغى.</translation>
    </message>
    <message>
        <source>Open a shift to pay the customer back.</source>
        <translation>افتح وردية لرد المبلغ إلى المشترك.</translation>
    </message>
    <message>
        <source>The card did not take the record (%1). Nothing was sold.</source>
        <translation>البطاقة لم تقبل السجل (%1). لم يبع شيء.</translation>
    </message>
    <message>
        <source>The card write did not finish (%1). Nothing is charged yet: put the same card back to settle it.</source>
        <translation>لم تكتمل الكتابة على البطاقة (%1). لم يحتسب شيء بعد: أعد وضع البطاقة نفسها لإجراء التسوية.</translation>
    </message>
    <message>
        <source>The token could not be sealed (%1). Nothing was sold.</source>
        <translation>تعذر ختم رمز الشحن (%1). لم يبع شيء.</translation>
    </message>
    <message>
        <source>Meter %1 stopped answering during the sale (%2).</source>
        <translation>توقف العداد %1 عن الاستجابة أثناء البيع (%2).</translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <translation>لا استجابة (%1)</translation>
    </message>
    <message>
        <source>it said loaded</source>
        <translation>أفاد بالشحن</translation>
    </message>
    <message>
        <source>it said C-%1</source>
        <translation>أفاد C-%1</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may issue function cards.</source>
        <translation>لا يصدر البطاقات الوظيفية إلا الفني أو المشرف أو المدير.</translation>
    </message>
    <message>
        <source>Only a supervisor or administrator may issue key-change cards.</source>
        <translation>لا يصدر بطاقات تغيير المفتاح إلا المشرف أو المدير.</translation>
    </message>
    <message>
        <source>Only a supervisor or administrator may issue clear and preset cards: they reset or create credit on a meter.</source>
        <translation>لا يصدر بطاقات المسح والرصيد المسبق إلا المشرف أو المدير: فهي تعيد ضبط الرصيد أو تنشئه على العداد.</translation>
    </message>
    <message>
        <source>Choose a function card kind.</source>
        <translation>اختر نوع البطاقة الوظيفية.</translation>
    </message>
    <message>
        <source>This is a %1, not a %2.</source>
        <translation>هذه %1، وليست %2.</translation>
    </message>
    <message>
        <source>Card %1 is recorded as another kind.</source>
        <translation>البطاقة %1 مسجلة كنوع آخر.</translation>
    </message>
    <message>
        <source>The new key version must be above the meter&apos;s %1.</source>
        <translation>يجب أن يكون إصدار المفتاح الجديد أعلى من إصدار العداد %1.</translation>
    </message>
    <message>
        <source>The credit thresholds do not hold together.</source>
        <translation>حدود الرصيد غير متسقة.</translation>
    </message>
    <message>
        <source>A parameter card carries a tariff, thresholds or both.</source>
        <translation>بطاقة معاملات العداد تحمل تعرفة أو حدودا أو كليهما.</translation>
    </message>
    <message>
        <source>A preset card carries a preset credit above zero.</source>
        <translation>بطاقة الرصيد المسبق تحمل رصيدا مسبقا أكبر من صفر.</translation>
    </message>
    <message>
        <source>The card write did not finish (%1); write the card again.</source>
        <translation>لم تكتمل الكتابة على البطاقة (%1)؛ اكتب البطاقة مجددا.</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may open accounts.</source>
        <translation>لا يفتح الحسابات إلا الفني أو المشرف أو المدير.</translation>
    </message>
    <message>
        <source>The preset credit to recover cannot be negative.</source>
        <translation>لا يمكن أن يكون الرصيد المسبق للاسترجاع سالبا.</translation>
    </message>
    <message>
        <source>Open a shift before taking the opening fee.</source>
        <translation>افتح وردية قبل تحصيل رسم الفتح.</translation>
    </message>
    <message>
        <source>Meter %1 supplies customer %2.</source>
        <translation>العداد %1 يغذي المشترك %2.</translation>
    </message>
    <message>
        <source>Meter %1 has an account and a card already; replace the card instead.</source>
        <translation>للعداد %1 حساب وبطاقة مسبقا؛ استبدل البطاقة بدلا من ذلك.</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>لا يوجد مشترك %1.</translation>
    </message>
    <message>
        <source>Meter %1 could not be registered.</source>
        <translation>تعذر تسجيل العداد %1.</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may replace cards.</source>
        <translation>لا يستبدل البطاقات إلا الفني أو المشرف أو المدير.</translation>
    </message>
    <message>
        <source>Say why the card is replaced (lost, stolen, damaged).</source>
        <translation>اذكر سبب استبدال البطاقة (مفقودة، مسروقة، تالفة).</translation>
    </message>
    <message>
        <source>Open a shift before taking the replacement fee.</source>
        <translation>افتح وردية قبل تحصيل رسم الاستبدال.</translation>
    </message>
    <message>
        <source>Meter %1 has no card to replace: open the account instead.</source>
        <translation>ليس للعداد %1 بطاقة لاستبدالها: افتح الحساب بدلا من ذلك.</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may change meters.</source>
        <translation>لا يغير العدادات إلا الفني أو المشرف أو المدير.</translation>
    </message>
    <message>
        <source>Say why the meter is changed (faulty, burnt, upgraded to three phases).</source>
        <translation>اذكر سبب تغيير العداد (معطل، محترق، ترقية إلى ثلاثي الطور).</translation>
    </message>
    <message>
        <source>The credit left on the old meter cannot be negative: a meter in overdraft has 0 left, and its overdraft becomes the account&apos;s debt.</source>
        <translation>لا يمكن أن يكون الرصيد المتبقي على العداد القديم سالبا: العداد في السلفة متبقيه 0، وتصبح سلفته دينا على الحساب.</translation>
    </message>
    <message>
        <source>%1 is above the hoarding limit %2: check the old meter&apos;s display.</source>
        <translation>%1 يتجاوز سقف الرصيد %2: افحص شاشة العداد القديم.</translation>
    </message>
    <message>
        <source>Meter %1 was removed already (replaced by %2).</source>
        <translation>العداد %1 أزيل مسبقا (استبدل بـ %2).</translation>
    </message>
    <message>
        <source>Meter %1 has no account yet: open the account on the new meter instead.</source>
        <translation>العداد %1 ليس له حساب بعد: افتح الحساب على العداد الجديد بدلا من ذلك.</translation>
    </message>
    <message>
        <source>Meter %1 has a card record still pending: put its card in the reader to settle it first.</source>
        <translation>للعداد %1 سجل بطاقة لا يزال معلقا: ضع بطاقته في القارئ لتسويته أولا.</translation>
    </message>
    <message>
        <source>The card of meter %1 holds sales up to sequence %2 that the meter has not been proven to load. Load the card into the old meter first; if it can no longer read cards, include that credit in the credit moved and have a supervisor countersign.</source>
        <translation>بطاقة العداد %1 تحمل مبيعات حتى التسلسل %2 لم يثبت أن العداد شحنها. اشحن البطاقة في العداد القديم أولا؛ وإن لم يعد يقرأ البطاقات، فأدرج ذلك الرصيد ضمن الرصيد المنقول واطلب توقيع مشرف مصادق.</translation>
    </message>
    <message>
        <source>Moving the credit of card sales meter %1 never loaded needs another operator&apos;s countersignature, a supervisor or an administrator, with a reason.</source>
        <translation>نقل رصيد مبيعات البطاقة التي لم يشحنها العداد %1 قط يحتاج توقيعا مصادقا من مشغل آخر، مشرف أو مدير، مع ذكر السبب.</translation>
    </message>
    <message>
        <source>card sales up to sequence %1 never loaded by meter %2 move with the account, for %3: %4</source>
        <translation>مبيعات البطاقة حتى التسلسل %1 التي لم يشحنها العداد %2 قط تنتقل مع الحساب، مقابل %3: %4</translation>
    </message>
    <message>
        <source>The new meter has the old meter&apos;s number.</source>
        <translation>العداد الجديد يحمل رقم العداد القديم.</translation>
    </message>
    <message>
        <source>Meter %1 is in use already.</source>
        <translation>العداد %1 مستخدم مسبقا.</translation>
    </message>
    <message>
        <source>%1 is more than meter %2&apos;s last proven remaining credit %3</source>
        <translation>%1 أكثر من آخر رصيد متبق مثبت للعداد %2 وهو %3</translation>
    </message>
    <message>
        <source>%1 (its newest sealed record). A supervisor must countersign the difference with a reason.</source>
        <translation>%1 (أحدث سجل مختوم له). يجب أن يوقع المشرف على الفرق مع ذكر السبب.</translation>
    </message>
    <message>
        <source>%1: the countersignature must be another operator&apos;s, a supervisor or an administrator.</source>
        <translation>%1: يجب أن يكون التوقيع المصادق لمشغل آخر، مشرف أو مدير.</translation>
    </message>
    <message>
        <source>%1: the countersignature needs a reason.</source>
        <translation>%1: التوقيع المصادق يحتاج إلى سبب.</translation>
    </message>
    <message>
        <source>%1, moved for %2: %3</source>
        <translation>%1، نقل مقابل %2: %3</translation>
    </message>
    <message>
        <source>Tariff plan %1 has no version in force.</source>
        <translation>فئة التعرفة %1 ليس لها إصدار ساري المفعول.</translation>
    </message>
    <message>
        <source>ELECTRICITY PURCHASE</source>
        <translation>شراء كهرباء</translation>
    </message>
    <message>
        <source>CANCELLED PURCHASE</source>
        <translation>شراء ملغى</translation>
    </message>
    <message>
        <source>ACCOUNT OPENING</source>
        <translation>فتح حساب</translation>
    </message>
    <message>
        <source>REPLACEMENT CARD</source>
        <translation>بطاقة بديلة</translation>
    </message>
    <message>
        <source>METER CHANGE</source>
        <translation>تغيير عداد</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>إيصال</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>المشغل</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>المشترك</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>العداد</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>البطاقة</translation>
    </message>
    <message>
        <source>none: delivered to the meter remotely</source>
        <translation>بلا: سلم إلى العداد عن بعد</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>التسلسل</translation>
    </message>
    <message>
        <source>Cancels</source>
        <translation>يلغي</translation>
    </message>
    <message>
        <source>Replaces card</source>
        <translation>يستبدل البطاقة</translation>
    </message>
    <message>
        <source>Fixed charge</source>
        <translation>الرسم الثابت</translation>
    </message>
    <message>
        <source>Debt recovered</source>
        <translation>الدين المسترد</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>ضريبة القيمة المضافة</translation>
    </message>
    <message>
        <source>Electricity credit</source>
        <translation>رصيد الكهرباء</translation>
    </message>
    <message>
        <source>  of which repays the overdraft</source>
        <translation>  منه سداد السلفة</translation>
    </message>
    <message>
        <source>  step %1</source>
        <translation>  الشريحة %1</translation>
    </message>
    <message>
        <source>%1 kWh at %2 = %3</source>
        <translation>%1 kWh بسعر %2 = %3</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>الطاقة (kWh)</translation>
    </message>
    <message>
        <source>On the card</source>
        <translation>على البطاقة</translation>
    </message>
    <message>
        <source>%1 (combined with the record not yet loaded)</source>
        <translation>%1 (مدمج مع السجل غير المشحون بعد)</translation>
    </message>
    <message>
        <source>Debt left</source>
        <translation>الدين المتبقي</translation>
    </message>
    <message>
        <source>Preset credit owed</source>
        <translation>الرصيد المسبق المستحق</translation>
    </message>
    <message>
        <source>Replaces meter</source>
        <translation>يستبدل العداد</translation>
    </message>
    <message>
        <source>Credit moved</source>
        <translation>الرصيد المنقول</translation>
    </message>
    <message>
        <source>New tariff</source>
        <translation>تعرفة جديدة</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>REFUND PENDING</source>
        <translation>استرداد معلق</translation>
    </message>
    <message>
        <source>%1, paid once the meter&apos;s record proves it can never load the purchase</source>
        <translation>%1، يدفع بمجرد أن يثبت سجل العداد أنه لن يشحن الشراء أبدا</translation>
    </message>
    <message>
        <source>TOTAL PAID</source>
        <translation>إجمالي المدفوع</translation>
    </message>
    <message>
        <source>Then read the card again to settle this work (nothing is charged twice).</source>
        <translation>ثم اقرأ البطاقة مجددا لتسوية هذا العمل (لا يحتسب شيء مرتين).</translation>
    </message>
    <message>
        <source>Stopped by fault injection.</source>
        <translation>أوقف بحقن خطأ.</translation>
    </message>
    <message>
        <source>Cannot take the meter&apos;s next sequence: %1</source>
        <translation>تعذر أخذ التسلسل التالي للعداد: %1</translation>
    </message>
    <message>
        <source>Cannot take the meter&apos;s next sequence.</source>
        <translation>تعذر أخذ التسلسل التالي للعداد.</translation>
    </message>
    <message>
        <source>Cannot record the sale: %1</source>
        <translation>تعذر تسجيل البيع: %1</translation>
    </message>
    <message>
        <source>Sale %1 is no longer pending.</source>
        <translation>البيع %1 لم يعد معلقا.</translation>
    </message>
    <message>
        <source>Cannot update the account&apos;s debt: %1</source>
        <translation>تعذر تحديث دين الحساب: %1</translation>
    </message>
    <message>
        <source>Sale %1 cannot be cancelled twice.</source>
        <translation>لا يمكن إلغاء البيع %1 مرتين.</translation>
    </message>
    <message>
        <source>Cannot blacklist the old card: %1</source>
        <translation>تعذر إدراج البطاقة القديمة في القائمة السوداء: %1</translation>
    </message>
    <message>
        <source>Cannot record the card: %1</source>
        <translation>تعذر تسجيل البطاقة: %1</translation>
    </message>
    <message>
        <source>Meter %1 was removed already.</source>
        <translation>العداد %1 أزيل مسبقا.</translation>
    </message>
    <message>
        <source>Cannot move the account&apos;s debt: %1</source>
        <translation>تعذر نقل دين الحساب: %1</translation>
    </message>
    <message>
        <source>its credit moved to meter %1 by meter change %2 (countersigned)</source>
        <translation>نقل رصيده إلى العداد %1 بتغيير العداد %2 (بتوقيع مصادق)</translation>
    </message>
    <message>
        <source>the card does not hold %1 sequence %2: nothing was sold</source>
        <translation>البطاقة لا تحمل %1 التسلسل %2: لم يبع شيء</translation>
    </message>
    <message>
        <source>Cannot record the meter&apos;s return record: %1</source>
        <translation>تعذر تسجيل سجل الإرجاع من العداد: %1</translation>
    </message>
    <message>
        <source>nothing was sent: %1</source>
        <translation>لم يرسل شيء: %1</translation>
    </message>
    <message>
        <source>The meter&apos;s record on card %1 is older than one the station has already read for meter %2 (it shows sequence %3, the station has seen %4): it is refused, and the station&apos;s newest record of the meter is used.</source>
        <translation>سجل العداد على البطاقة %1 أقدم من سجل قرأته المحطة مسبقا للعداد %2 (يظهر التسلسل %3، والمحطة رأت %4): رفض، ويستخدم أحدث سجل للعداد لدى المحطة.</translation>
    </message>
    <message>
        <source>meter %1&apos;s clock or event counters went back since its previous record (a clock set or an event clear)</source>
        <translation>ساعة العداد %1 أو عدادات أحداثه رجعت منذ سجله السابق (ضبط للساعة أو مسح للأحداث)</translation>
    </message>
    <message>
        <source>Meter %1 shows %2 loaded in %3 loads, less than this ledger has already proven (%4 in %5): its record is not the newest, or the meter was swapped. Nothing was settled; call a supervisor.</source>
        <translation>العداد %1 يظهر شحن %2 في %3 عمليات شحن، أقل مما أثبته هذا الدفتر مسبقا (%4 في %5): سجله ليس الأحدث، أو جرى تبديل العداد. لم تجر أي تسوية؛ استدع مشرفا.</translation>
    </message>
    <message>
        <source>meter %1 loaded %2 in %3 loads that this ledger did not issue (up to sequence %4)</source>
        <translation>العداد %1 شحن %2 في %3 عمليات شحن لم يصدرها هذا الدفتر (حتى التسلسل %4)</translation>
    </message>
    <message>
        <source>Attention: %1 (a restored ledger or another station). It is recorded for the auditors.</source>
        <translation>تنبيه: %1 (دفتر مستعاد أو محطة أخرى). سجل ذلك للمدققين.</translation>
    </message>
    <message>
        <source>the meter&apos;s figures fit more than one history: waits for its next record</source>
        <translation>أرقام العداد تطابق أكثر من تاريخ: ينتظر سجله التالي</translation>
    </message>
    <message>
        <source>%1 %2 completed: meter %3 loaded it.</source>
        <translation>%1 %2 اكتمل: شحنه العداد %3.</translation>
    </message>
    <message>
        <source>meter %1 loaded a later sequence without %2: it can never load it, nothing was sold</source>
        <translation>العداد %1 شحن تسلسلا لاحقا بدون %2: لن يشحنه أبدا، لم يبع شيء</translation>
    </message>
    <message>
        <source>%1 %2 voided: meter %3 can never load it, nothing was sold.</source>
        <translation>%1 %2 ألغي: العداد %3 لن يشحنه أبدا، لم يبع شيء.</translation>
    </message>
    <message>
        <source>meter %1 loaded sale %2 before its cancellation: nothing is refunded</source>
        <translation>العداد %1 شحن البيع %2 قبل إلغائه: لا استرداد لأي مبلغ</translation>
    </message>
    <message>
        <source>Cancellation %1 refused: meter %2 loaded sale %3 first, nothing is refunded.</source>
        <translation>رفض الإلغاء %1: العداد %2 شحن البيع %3 أولا، لا استرداد لأي مبلغ.</translation>
    </message>
    <message>
        <source>proven: the refund is paid at the next reading by an operator with an open shift</source>
        <translation>مثبت: يدفع الاسترداد عند القراءة التالية من مشغل لديه وردية مفتوحة</translation>
    </message>
    <message>
        <source>Cancellation %1: meter %2 can never load sale %3; the refund is paid when an operator with an open shift reads the card.</source>
        <translation>الإلغاء %1: العداد %2 لن يشحن البيع %3 أبدا؛ يدفع الاسترداد عندما يقرأ البطاقة مشغل لديه وردية مفتوحة.</translation>
    </message>
    <message>
        <source>Cancellation %1: meter %2 can never load sale %3, refund %4 paid.</source>
        <translation>الإلغاء %1: العداد %2 لن يشحن البيع %3 أبدا، دفع استرداد %4.</translation>
    </message>
    <message>
        <source>paid, but meter %1 can never load it: %2 is owed to the customer</source>
        <translation>مدفوع، لكن العداد %1 لن يشحنه أبدا: %2 مستحق للمشترك</translation>
    </message>
    <message>
        <source>Sale %1 %2. Refund it (cancel it) at the counter.</source>
        <translation>البيع %1 %2. نفذ استرداده (ألغه) عند الشباك.</translation>
    </message>
    <message>
        <source>%1 %2 completed: the card holds it.</source>
        <translation>%1 %2 اكتمل: البطاقة تحمله.</translation>
    </message>
    <message>
        <source>%1 %2 completed: written to the card again (sequence %3).</source>
        <translation>%1 %2 اكتمل: كتب على البطاقة مجددا (التسلسل %3).</translation>
    </message>
    <message>
        <source>%1 %2 (sequence %3) is not on the card. It stays pending until meter %4&apos;s record proves it loaded or never loadable; nothing is charged for it until then.</source>
        <translation>%1 %2 (التسلسل %3) ليس على البطاقة. يبقى معلقا حتى يثبت سجل العداد %4 أنه شحن أو أنه لن يشحن أبدا؛ ولا يحتسب عليه شيء حتى ذلك الحين.</translation>
    </message>
    <message>
        <source>%1 %2 voided: the card does not hold it, nothing was sold.</source>
        <translation>%1 %2 ألغي: البطاقة لا تحمله، لم يبع شيء.</translation>
    </message>
    <message>
        <source>This sale of %1 is more than the station&apos;s float left (%2). A supervisor asks the utility for more float; it arrives with the next sync.</source>
        <translation>هذا البيع بمبلغ %1 أكبر من المتبقي من الحد الائتماني للمحطة (%2). يطلب المشرف من المرفق زيادة الحد الائتماني؛ وتصل الزيادة مع المزامنة التالية.</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>المحطة</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>التقريب</translation>
    </message>
    <message>
        <source>Keep this receipt.</source>
        <translation>احتفظ بهذا الإيصال.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Ampcard receipt code: scan the QR code on the receipt, or type the receipt number.</source>
        <translation>&quot;%1&quot; ليس رمز إيصال من Ampcard: امسح رمز QR على الإيصال، أو اكتب رقم الإيصال.</translation>
    </message>
    <message>
        <source>A remote sale in network mode takes its sequence from the server: %1. Nothing was sold; card sales go on offline.</source>
        <translation>البيع عن بعد في وضع الشبكة يأخذ تسلسله من الخادم: %1. لم يبع شيء؛ وتستمر مبيعات البطاقة دون اتصال.</translation>
    </message>
    <message>
        <source>nothing new: it loaded this sequence or a later one already</source>
        <translation>لا جديد: سبق أن شحن هذا التسلسل أو تسلسلا لاحقا</translation>
    </message>
    <message>
        <source>another utility&apos;s token</source>
        <translation>رمز شحن لمرفق آخر</translation>
    </message>
    <message>
        <source>a token for another meter</source>
        <translation>رمز شحن لعداد آخر</translation>
    </message>
    <message>
        <source>the token does not open with the meter&apos;s key</source>
        <translation>رمز الشحن لا يفتح بمفتاح العداد</translation>
    </message>
    <message>
        <source>the meter runs another key version</source>
        <translation>العداد يعمل بإصدار مفتاح آخر</translation>
    </message>
    <message>
        <source>the token is damaged</source>
        <translation>رمز الشحن تالف</translation>
    </message>
    <message>
        <source>the meter is not commissioned</source>
        <translation>لم يجر تشغيل العداد أول مرة بعد</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may push a tariff to a meter.</source>
        <translation>لا يرسل التعرفة إلى العداد إلا الفني أو المشرف أو المدير.</translation>
    </message>
    <message>
        <source>The keystore is for utility %1 but the station works for utility %2.</source>
        <translation>مخزن المفاتيح للمرفق %1 لكن المحطة تعمل للمرفق %2.</translation>
    </message>
    <message>
        <source>Meter %1 is removed: no tariff is pushed to it.</source>
        <translation>العداد %1 أزيل: لا ترسل إليه أي تعرفة.</translation>
    </message>
    <message>
        <source>Nothing was pushed.</source>
        <translation>لم يرسل شيء.</translation>
    </message>
    <message>
        <source>Cannot derive the meter key: %1. Nothing was pushed.</source>
        <translation>تعذر اشتقاق مفتاح العداد: %1. لم يرسل شيء.</translation>
    </message>
    <message>
        <source>A tariff push in network mode takes its sequence from the server: %1. Nothing was pushed.</source>
        <translation>إرسال التعرفة في وضع الشبكة يأخذ تسلسله من الخادم: %1. لم يرسل شيء.</translation>
    </message>
    <message>
        <source>the token could not be sealed (%1)</source>
        <translation>تعذر ختم رمز الشحن (%1)</translation>
    </message>
    <message>
        <source>Meter %1: %2. Nothing was pushed.</source>
        <translation>العداد %1: %2. لم يرسل شيء.</translation>
    </message>
    <message>
        <source>Meter %1 refused tariff push %2 (C-%3: %4). It still runs its previous tariff; the push stays on record until the meter&apos;s next record closes it.</source>
        <translation>رفض العداد %1 إرسال التعرفة %2 (C-%3: %4). لا يزال يعمل بتعرفته السابقة؛ ويبقى الإرسال مسجلا حتى يغلقه سجل العداد التالي.</translation>
    </message>
    <message>
        <source>its sealed record could not be read: %1</source>
        <translation>تعذرت قراءة سجله المختوم: %1</translation>
    </message>
    <message>
        <source>Meter %1 has not proven tariff push %2 (sequence %3: %4; %5). It stays pending: the meter&apos;s next sealed record (a remote sale, a settle over the line, or its card at the counter) settles it, and nothing is sent twice.</source>
        <translation>لم يثبت العداد %1 إرسال التعرفة %2 (التسلسل %3: %4؛ %5). يبقى معلقا: سجل العداد المختوم التالي (بيع عن بعد، أو تسوية عبر الخط، أو بطاقته عند نقطة البيع) يجري تسويته، ولا يرسل شيء مرتين.</translation>
    </message>
    <message>
        <source>meter %1 loaded tariff push %2 (sequence %3, plan %4)</source>
        <translation>العداد %1 شحن إرسال التعرفة %2 (التسلسل %3، الفئة %4)</translation>
    </message>
    <message>
        <source>meter %1 loaded sequence %2 without proving tariff push %3 (sequence %4): it can never load it now; plan %5 rides along with its next sale</source>
        <translation>العداد %1 شحن التسلسل %2 دون إثبات إرسال التعرفة %3 (التسلسل %4): لن يستطيع شحنه أبدا الآن؛ وتنتقل الفئة %5 مع بيعه التالي</translation>
    </message>
    <message>
        <source>Tariff push %1 completed: meter %2 loaded plan %3.</source>
        <translation>اكتمل إرسال التعرفة %1: شحن العداد %2 الفئة %3.</translation>
    </message>
    <message>
        <source>Tariff push %1 closed: %2.</source>
        <translation>أغلق إرسال التعرفة %1: %2.</translation>
    </message>
    <message>
        <source>The server gave sequence %1 for meter %2, outside a meter&apos;s range. Nothing was sold.</source>
        <translation>أعطى الخادم التسلسل %1 للعداد %2، خارج نطاق العداد. لم يُبع شيء.</translation>
    </message>
    <message>
        <source>The server gave sequence %1 for meter %2, outside a meter&apos;s range. Nothing was pushed.</source>
        <translation>أعطى الخادم التسلسل %1 للعداد %2، خارج نطاق العداد. لم يرسل شيء.</translation>
    </message>
</context>
<context>
    <name>CardNames</name>
    <message>
        <source>user card</source>
        <translation>بطاقة مستخدم</translation>
    </message>
    <message>
        <source>check card</source>
        <translation>بطاقة فحص</translation>
    </message>
    <message>
        <source>parameter card</source>
        <translation>بطاقة معاملات العداد</translation>
    </message>
    <message>
        <source>clear card</source>
        <translation>بطاقة مسح</translation>
    </message>
    <message>
        <source>relay test card</source>
        <translation>بطاقة اختبار المرحل</translation>
    </message>
    <message>
        <source>key change card</source>
        <translation>بطاقة تغيير المفتاح</translation>
    </message>
    <message>
        <source>preset card</source>
        <translation>بطاقة رصيد مسبق</translation>
    </message>
    <message>
        <source>unknown card</source>
        <translation>بطاقة غير معروفة</translation>
    </message>
</context>
<context>
    <name>CardReport</name>
    <message>
        <source>not verified (no keystore)</source>
        <translation>لم يتحقق منها (لا يوجد مخزن المفاتيح)</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>صالح</translation>
    </message>
    <message>
        <source>INVALID: %1</source>
        <translation>غير صالح: %1</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>A card serial is a number from 1 up.</source>
        <translation>الرقم التسلسلي للبطاقة عدد يبدأ من 1.</translation>
    </message>
    <message>
        <source>Unknown card kind %1.</source>
        <translation>نوع بطاقة غير معروف %1.</translation>
    </message>
    <message>
        <source>A user card belongs to a registered meter; %1 is not one.</source>
        <translation>بطاقة المستخدم تتبع عدادا مسجلا؛ و%1 ليس كذلك.</translation>
    </message>
    <message>
        <source>Meter %1 already has a user card; replace it instead.</source>
        <translation>للعداد %1 بطاقة مستخدم مسبقا؛ استبدلها بدلا من ذلك.</translation>
    </message>
    <message>
        <source>Only user cards are bound to a meter.</source>
        <translation>بطاقات المستخدم وحدها ترتبط بعداد.</translation>
    </message>
    <message>
        <source>Card %1 is already recorded.</source>
        <translation>البطاقة %1 مسجلة مسبقا.</translation>
    </message>
    <message>
        <source>Cannot record the card: %1</source>
        <translation>تعذر تسجيل البطاقة: %1</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may issue cards.</source>
        <translation>لا يصدر البطاقات إلا الفني أو المشرف أو المدير.</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may blacklist cards.</source>
        <translation>لا يدرج البطاقات في القائمة السوداء إلا الفني أو المشرف أو المدير.</translation>
    </message>
    <message>
        <source>Say why the card is blacklisted.</source>
        <translation>اذكر سبب إدراج البطاقة في القائمة السوداء.</translation>
    </message>
    <message>
        <source>Card %1 was never issued here.</source>
        <translation>البطاقة %1 لم تصدر هنا قط.</translation>
    </message>
    <message>
        <source>Card %1 is already blacklisted.</source>
        <translation>البطاقة %1 في القائمة السوداء مسبقا.</translation>
    </message>
    <message>
        <source>Cannot blacklist the card: %1</source>
        <translation>تعذر إدراج البطاقة في القائمة السوداء: %1</translation>
    </message>
    <message>
        <source>Only a user card is replaced by another bound to its meter.</source>
        <translation>بطاقة المستخدم وحدها تستبدل بأخرى مرتبطة بعدادها.</translation>
    </message>
</context>
<context>
    <name>CentralReports</name>
    <message>
        <source>Cannot read the server: %1</source>
        <translation>تعذرت القراءة من الخادم: %1</translation>
    </message>
    <message>
        <source>This login may not read all stations: reports over all stations need a reporting login (ampcard server add-reporter).</source>
        <translation>لا يحق لاسم الدخول هذا قراءة كل المحطات: تقارير كل المحطات تحتاج اسم دخول للتقارير (ampcard server add-reporter).</translation>
    </message>
    <message>
        <source>Give a day as YYYY-MM-DD.</source>
        <translation>أدخل اليوم بصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The server cannot make the report: %1</source>
        <translation>لا يستطيع الخادم إعداد التقرير: %1</translation>
    </message>
    <message>
        <source>Takings of %1, all stations</source>
        <translation>إيرادات %1، كل المحطات</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>المحطة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>القيود</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>الطاقة (kWh)</translation>
    </message>
    <message>
        <source>Stations on the server</source>
        <translation>المحطات على الخادم</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>الحد الائتماني</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>قيود اليومية</translation>
    </message>
    <message>
        <source>Audit lines</source>
        <translation>أسطر التدقيق</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>آخر استلام</translation>
    </message>
    <message>
        <source>Float taken</source>
        <translation>المسحوب من الحد</translation>
    </message>
    <message>
        <source>Float left</source>
        <translation>المتبقي من الحد</translation>
    </message>
    <message>
        <source>Give the period as two days, the first not after the second.</source>
        <translation>أدخل الفترة يومين، على ألا يكون الأول بعد الثاني.</translation>
    </message>
    <message>
        <source>Close-out (Z) report of %1, all stations</source>
        <translation>تقرير الإغلاق (Z) لـ %1، كل المحطات</translation>
    </message>
    <message>
        <source>Close-out (Z) report of %1 to %2, all stations</source>
        <translation>تقرير الإغلاق (Z) من %1 إلى %2، كل المحطات</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>المشغل</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>المدفوع</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>ضريبة القيمة المضافة</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <source>Give a month as YYYY-MM.</source>
        <translation>أدخل الشهر بصيغة YYYY-MM.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>المشتريات</translation>
    </message>
    <message>
        <source>Over all stations, the reports are %1, not &quot;%2&quot;.</source>
        <translation>على كل المحطات، التقارير هي %1، وليس &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Meter sequences sold by more than one station</source>
        <translation>تسلسلات العداد التي باعتها أكثر من محطة</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>العداد</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>التسلسل</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>المحطات</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>المبيعات</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>مبلغ الاسترداد</translation>
    </message>
</context>
<context>
    <name>CentralSchema</name>
    <message>
        <source>Cannot create the Ampcard roles and schema: %1</source>
        <translation>تعذر إنشاء أدوار Ampcard ومخططها: %1</translation>
    </message>
    <message>
        <source>The server&apos;s schema is version %1, newer than this program knows (%2): upgrade Ampcard first.</source>
        <translation>مخطط الخادم بالإصدار %1، أحدث مما يعرفه هذا البرنامج (%2): قم بترقية Ampcard أولا.</translation>
    </message>
    <message>
        <source>Step %1 of the central schema failed: %2</source>
        <translation>فشلت الخطوة %1 من المخطط المركزي: %2</translation>
    </message>
    <message>
        <source>the schema version table does not hold exactly one row</source>
        <translation>جدول إصدار المخطط لا يحوي صفا واحدا بالضبط</translation>
    </message>
</context>
<context>
    <name>CentralStations</name>
    <message>
        <source>A station number is a whole number from 1.</source>
        <translation>رقم المحطة عدد صحيح يبدأ من 1.</translation>
    </message>
    <message>
        <source>A float cannot be negative.</source>
        <translation>لا يمكن أن يكون الحد الائتماني سالبا.</translation>
    </message>
    <message>
        <source>No random bytes for the station&apos;s password.</source>
        <translation>تعذر الحصول على بايتات عشوائية لكلمة مرور المحطة.</translation>
    </message>
    <message>
        <source>Cannot read the stations: %1</source>
        <translation>تعذرت قراءة المحطات: %1</translation>
    </message>
    <message>
        <source>Station %1 exists already on this server.</source>
        <translation>المحطة %1 موجودة مسبقا على هذا الخادم.</translation>
    </message>
    <message>
        <source>Cannot add station %1: %2</source>
        <translation>تعذرت إضافة المحطة %1: %2</translation>
    </message>
    <message>
        <source>A reporting login is a lower-case name of letters, digits and _, not starting with ampcard_: &quot;%1&quot;.</source>
        <translation>اسم دخول التقارير اسم من أحرف لاتينية صغيرة وأرقام و_، لا يبدأ بالبادئة ampcard_: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No random bytes for the password.</source>
        <translation>تعذر الحصول على بايتات عشوائية لكلمة المرور.</translation>
    </message>
    <message>
        <source>Cannot add the reporting login %1: %2</source>
        <translation>تعذرت إضافة اسم دخول التقارير %1: %2</translation>
    </message>
    <message>
        <source>Cannot set the float of station %1: %2</source>
        <translation>تعذر تعيين الحد الائتماني للمحطة %1: %2</translation>
    </message>
    <message>
        <source>There is no station %1 on this server.</source>
        <translation>لا توجد محطة %1 على هذا الخادم.</translation>
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
      يسجل العداد ويكتب بطاقة فتح الحساب في القارئ.
  ampcard account change-meter --meter OLD --new-meter NEW --remaining X
                       --reason TEXT [--plan P] [--phases 1|3] [--key-version V]
                       [--countersign LOGIN --countersign-reason TEXT]
      ينقل الحساب إلى عداد جديد مع الرصيد المتبقي على العداد القديم
      (X)، على البطاقة الفارغة في القارئ؛ ويوقف العمل بالعداد القديم وبطاقته.
      X الذي يتجاوز آخر رصيد متبق مثبت للعداد القديم يحتاج توقيعا مصادقا
      من مشرف.
  ampcard account edit --meter M [--plan P] [--phases 1|3]
                       [--status active|suspended]
  ampcard sale --meter M (--money X | --energy KWH) [--combine] [--json]
      يبيع على البطاقة في القارئ ويطبع الإيصال. --combine يعيد إصدار
      شراء لم يشحنه العداد مع هذا الشراء.
  ampcard sale --meter M (--money X | --energy KWH) --remote PORT [--baud B]
      يبيع بدون البطاقة: يذهب رمز الشحن إلى العداد عبر DL/T645 (0x03).
  ampcard sale settle-remote --meter M --remote PORT [--baud B]
      يجري تسوية بيع عن بعد فقدت إجابته (العداد يذكر ما شحنه).
  ampcard sale resolve | cancel ID | receipt ID | pending   [--json]
  ampcard card replace --meter M --reason TEXT [--json]
  ampcard card issue KIND --meter M [--tariff] [--preset X] [--key-version V]
                    [--alarm1 X --alarm2 X --overdraft X --hoarding X]
      KIND: check، parameter، clear، relay-test (اختبار المرحل)، key-change، preset.
      أوامر البطاقات تأخذ [--keystore FILE] (مخزن المفاتيح) [--reader NAME]؛ --overdraft حد السلفة.
  ampcard shift open | close [--of LOGIN] [--json]
      close يطبع تقرير Z ويختمه (إغلاق الوردية).
  ampcard report NAME [ARGUMENT] [--from DAY] [--to DAY] [--csv]
      NAME: daily [DAY]، monthly [YYYY-MM]، cashier [LOGIN]، customer NUMBER،
      usage NUMBER (الطاقة المشتراة والمستهلكة حسب الشهر)،
      consumption، suspicious.
  ampcard settings show | set [--utility ID] [--station N] [--vat PERCENT]
                    [--fixed-charge X] [--debt-percent P | --debt-fixed X]
                    [--minimum X] [--hoarding-limit X] [--opening-fee X]
                    [--replacement-fee X]   (ضريبة القيمة المضافة، الرسم الثابت، الدين، سقف الرصيد)
  ampcard plan add NAME TARIFF.json [--from TIME] | list NAME | assign GROUP NAME
      إصدارات فئة التعرفة (TIME: YYYY-MM-DDTHH:MM UTC، الافتراضي الآن).
  ampcard operator add LOGIN --role ROLE [--name NAME] | unlock LOGIN
      كلمة المرور الجديدة من AMPCARD_NEW_PASSWORD أو بالطلب.
  ampcard keys backup --keystore FILE --to BACKUP
  ampcard keys restore --keystore FILE --from BACKUP
      كل منها يأخذ [--ledger FILE] (ملف الدفتر) [--operator LOGIN].
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>أمر غير معروف &quot;%1&quot;</translation>
    </message>
    <message>
        <source>customer number</source>
        <translation>رقم المشترك</translation>
    </message>
    <message>
        <source>meter number</source>
        <translation>رقم العداد</translation>
    </message>
    <message>
        <source>tariff plan</source>
        <translation>فئة التعرفة</translation>
    </message>
    <message>
        <source>1 or 3</source>
        <translation>1 أو 3</translation>
    </message>
    <message>
        <source>key version</source>
        <translation>إصدار المفتاح</translation>
    </message>
    <message>
        <source>preset credit owed</source>
        <translation>الرصيد المسبق المستحق</translation>
    </message>
    <message>
        <source>the new meter&apos;s number</source>
        <translation>رقم العداد الجديد</translation>
    </message>
    <message>
        <source>credit left on the old meter</source>
        <translation>الرصيد المتبقي على العداد القديم</translation>
    </message>
    <message>
        <source>why the meter is changed</source>
        <translation>سبب تغيير العداد</translation>
    </message>
    <message>
        <source>a supervisor who countersigns moving more than the old meter&apos;s proven remaining (password from AMPCARD_COUNTERSIGN_PASSWORD or a prompt)</source>
        <translation>مشرف يوقع مصادقا على نقل أكثر من الرصيد المتبقي المثبت للعداد القديم (كلمة المرور من AMPCARD_COUNTERSIGN_PASSWORD أو بالطلب)</translation>
    </message>
    <message>
        <source>why the countersigner allows it</source>
        <translation>لماذا يسمح الموقع المصادق بذلك</translation>
    </message>
    <message>
        <source>active or suspended</source>
        <translation>active أو suspended</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>طباعة JSON</translation>
    </message>
    <message>
        <source>usage: ampcard account open --customer C --meter M --plan P</source>
        <translation>الاستخدام (فتح حساب لعداد على فئة تعرفة): ampcard account open --customer C --meter M --plan P</translation>
    </message>
    <message>
        <source>--preset-recovery takes an amount such as 40.00</source>
        <translation>--preset-recovery يأخذ مبلغا مثل 40.00</translation>
    </message>
    <message>
        <source>usage: ampcard account change-meter --meter OLD --new-meter NEW --remaining X --reason TEXT</source>
        <translation>الاستخدام (تغيير العداد): ampcard account change-meter --meter OLD --new-meter NEW --remaining X --reason TEXT</translation>
    </message>
    <message>
        <source>--remaining takes an amount such as 12.50</source>
        <translation>--remaining يأخذ مبلغا مثل 12.50</translation>
    </message>
    <message>
        <source>Password of %1 (countersigning): </source>
        <translation>كلمة مرور %1 (للتوقيع المصادق): </translation>
    </message>
    <message>
        <source>usage: ampcard account edit --meter M [--plan P] [--phases 1|3] [--status active|suspended]</source>
        <translation>الاستخدام (تعديل العداد أو الفئة): ampcard account edit --meter M [--plan P] [--phases 1|3] [--status active|suspended]</translation>
    </message>
    <message>
        <source>Meter %1 is not registered.</source>
        <translation>العداد %1 غير مسجل.</translation>
    </message>
    <message>
        <source>amount paid</source>
        <translation>المبلغ المدفوع</translation>
    </message>
    <message>
        <source>kWh wanted</source>
        <translation>الكمية المطلوبة بـ kWh</translation>
    </message>
    <message>
        <source>combine with an unloaded purchase</source>
        <translation>الدمج مع شراء غير مشحون</translation>
    </message>
    <message>
        <source>serial port of the meter&apos;s line (DL/T645)</source>
        <translation>المنفذ التسلسلي لخط العداد (DL/T645)</translation>
    </message>
    <message>
        <source>baud rate of the meter&apos;s line</source>
        <translation>معدل البود لخط العداد</translation>
    </message>
    <message>
        <source>%1  %2  meter %3  card %4  sequence %5</source>
        <translation>%1  %2  العداد %3  البطاقة %4  التسلسل %5</translation>
    </message>
    <message>
        <source>There is no sale %1.</source>
        <translation>لا يوجد بيع %1.</translation>
    </message>
    <message>
        <source>Card %1 of meter %2: nothing pending.</source>
        <translation>البطاقة %1 للعداد %2: لا شيء معلق.</translation>
    </message>
    <message>
        <source>usage: ampcard sale cancel ID</source>
        <translation>الاستخدام: ampcard sale cancel ID</translation>
    </message>
    <message>
        <source>--baud takes a rate such as 2400</source>
        <translation>--baud يأخذ معدلا مثل 2400</translation>
    </message>
    <message>
        <source>usage: ampcard sale settle-remote --meter M --remote PORT</source>
        <translation>الاستخدام (تسوية بيع عن بعد مع العداد): ampcard sale settle-remote --meter M --remote PORT</translation>
    </message>
    <message>
        <source>Meter %1: no remote sale pending.</source>
        <translation>العداد %1: لا بيع عن بعد معلق.</translation>
    </message>
    <message>
        <source>ampcard sale: unknown subcommand &quot;%1&quot;</source>
        <translation>ampcard sale: أمر فرعي غير معروف &quot;%1&quot;</translation>
    </message>
    <message>
        <source>give either --money X or --energy KWH</source>
        <translation>أدخل إما --money X أو --energy KWH</translation>
    </message>
    <message>
        <source>--money takes an amount such as 250.00</source>
        <translation>--money يأخذ مبلغا مثل 250.00</translation>
    </message>
    <message>
        <source>--energy takes kWh such as 12.5</source>
        <translation>--energy يأخذ kWh مثل 12.5</translation>
    </message>
    <message>
        <source>a remote sale needs --meter M</source>
        <translation>البيع عن بعد يحتاج --meter M (رقم العداد)</translation>
    </message>
    <message>
        <source>why the card is replaced</source>
        <translation>سبب استبدال البطاقة</translation>
    </message>
    <message>
        <source>parameter card: the meter&apos;s tariff</source>
        <translation>بطاقة المعاملات: تعرفة العداد</translation>
    </message>
    <message>
        <source>preset credit</source>
        <translation>الرصيد المسبق</translation>
    </message>
    <message>
        <source>new key version</source>
        <translation>إصدار المفتاح الجديد</translation>
    </message>
    <message>
        <source>alarm 1 level</source>
        <translation>مستوى الإنذار 1</translation>
    </message>
    <message>
        <source>alarm 2 level</source>
        <translation>مستوى الإنذار 2</translation>
    </message>
    <message>
        <source>overdraft limit</source>
        <translation>حد السلفة</translation>
    </message>
    <message>
        <source>hoarding limit</source>
        <translation>سقف الرصيد</translation>
    </message>
    <message>
        <source>--meter M is required</source>
        <translation>--meter M مطلوب (رقم العداد)</translation>
    </message>
    <message>
        <source>usage: ampcard card replace|issue ...</source>
        <translation>الاستخدام (استبدال البطاقة أو إصدارها): ampcard card replace|issue ...</translation>
    </message>
    <message>
        <source>KIND is check, parameter, clear, relay-test, key-change or preset</source>
        <translation>KIND هو check أو parameter (معاملات العداد) أو clear أو relay-test (اختبار المرحل) أو key-change أو preset</translation>
    </message>
    <message>
        <source>--preset takes an amount</source>
        <translation>--preset يأخذ مبلغا</translation>
    </message>
    <message>
        <source>--%1 takes an amount</source>
        <translation>--%1 يأخذ مبلغا</translation>
    </message>
    <message>
        <source>whose shift</source>
        <translation>وردية من</translation>
    </message>
    <message>
        <source>usage: ampcard shift open|close [--of LOGIN]</source>
        <translation>الاستخدام (فتح الوردية أو إغلاقها): ampcard shift open|close [--of LOGIN]</translation>
    </message>
    <message>
        <source>Shift %1 open for %2.</source>
        <translation>الوردية %1 مفتوحة لـ %2.</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>اليوم الأخير</translation>
    </message>
    <message>
        <source>print CSV</source>
        <translation>طباعة CSV</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>utility id</source>
        <translation>معرف المرفق</translation>
    </message>
    <message>
        <source>station number</source>
        <translation>رقم المحطة</translation>
    </message>
    <message>
        <source>VAT percent</source>
        <translation>نسبة ضريبة القيمة المضافة</translation>
    </message>
    <message>
        <source>share of each payment towards debt</source>
        <translation>حصة كل دفعة لسداد الدين</translation>
    </message>
    <message>
        <source>usage: ampcard settings show|set ...</source>
        <translation>الاستخدام: ampcard settings show|set ...</translation>
    </message>
    <message>
        <source>--vat takes a percentage such as 16</source>
        <translation>--vat (ضريبة القيمة المضافة) يأخذ نسبة مئوية مثل 16</translation>
    </message>
    <message>
        <source>--debt-percent takes a percentage such as 25</source>
        <translation>--debt-percent (حصة الدين) يأخذ نسبة مئوية مثل 25</translation>
    </message>
    <message>
        <source>utility %1, station number %2
</source>
        <translation>المرفق %1، رقم المحطة %2
</translation>
    </message>
    <message>
        <source>VAT %1 %, monthly fixed charge %2, minimum purchase %3
</source>
        <translation>ضريبة القيمة المضافة %1 %، الرسم الثابت الشهري %2، أدنى شراء %3
</translation>
    </message>
    <message>
        <source>debt recovery %1 % of each payment
</source>
        <translation>استرداد الدين %1 % من كل دفعة
</translation>
    </message>
    <message>
        <source>debt recovery up to %1 a purchase
</source>
        <translation>استرداد الدين حتى %1 لكل شراء
</translation>
    </message>
    <message>
        <source>hoarding limit %1, opening fee %2, replacement fee %3
</source>
        <translation>سقف الرصيد %1، رسم الفتح %2، رسم الاستبدال %3
</translation>
    </message>
    <message>
        <source>keystore file</source>
        <translation>ملف مخزن المفاتيح</translation>
    </message>
    <message>
        <source>backup file to write</source>
        <translation>ملف النسخة الاحتياطية المراد كتابته</translation>
    </message>
    <message>
        <source>backup file to restore</source>
        <translation>ملف النسخة الاحتياطية المراد استعادته</translation>
    </message>
    <message>
        <source>usage: ampcard keys backup --keystore FILE --to BACKUP | restore --keystore FILE --from BACKUP</source>
        <translation>الاستخدام (نسخ مخزن المفاتيح احتياطيا أو استعادته): ampcard keys backup --keystore FILE --to BACKUP | restore --keystore FILE --from BACKUP</translation>
    </message>
    <message>
        <source>Keystore passphrase: </source>
        <translation>عبارة مرور مخزن المفاتيح: </translation>
    </message>
    <message>
        <source>Keys backed up to %1.</source>
        <translation>نسخت المفاتيح احتياطيا إلى %1.</translation>
    </message>
    <message>
        <source>Keys restored from %1.</source>
        <translation>استعيدت المفاتيح من %1.</translation>
    </message>
    <message>
        <source>when the version takes effect (UTC)</source>
        <translation>متى يسري الإصدار (UTC)</translation>
    </message>
    <message>
        <source>usage: ampcard plan add NAME TARIFF.json [--from TIME] | list NAME | assign GROUP NAME</source>
        <translation>الاستخدام (إضافة فئة تعرفة أو عرضها أو تعيينها): ampcard plan add NAME TARIFF.json [--from TIME] | list NAME | assign GROUP NAME</translation>
    </message>
    <message>
        <source>--from takes a UTC time such as 2026-12-01T00:00</source>
        <translation>--from يأخذ وقتا بتوقيت UTC مثل 2026-12-01T00:00</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>تعذرت قراءة %1</translation>
    </message>
    <message>
        <source>Plan %1 version %2 takes effect %3.</source>
        <translation>الفئة %1 الإصدار %2 تسري %3.</translation>
    </message>
    <message>
        <source>Group %1 is on plan %2.</source>
        <translation>المجموعة %1 على الفئة %2.</translation>
    </message>
    <message>
        <source>There is no plan %1.</source>
        <translation>لا توجد فئة %1.</translation>
    </message>
    <message>
        <source>%1 v%2 from %3: %4</source>
        <translation>%1 v%2 من %3: %4</translation>
    </message>
    <message>
        <source>Which keystore? Give --keystore FILE or set AMPCARD_KEYSTORE.</source>
        <translation>أي ملف لمخزن المفاتيح؟ أدخل --keystore FILE أو عين AMPCARD_KEYSTORE.</translation>
    </message>
    <message>
        <source>Operator %1 is unlocked%2; the recovery is in the audit log.</source>
        <translation>فتح قفل المشغل %1%2؛ والاسترداد مسجل في سجل التدقيق.</translation>
    </message>
    <message>
        <source> with a new password</source>
        <translation> بكلمة مرور جديدة</translation>
    </message>
    <message>
        <source>cashier, installer, supervisor or administrator</source>
        <translation>cashier (أمين صندوق) أو installer (فني) أو supervisor (مشرف) أو administrator (مدير)</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>usage: ampcard operator add LOGIN --role cashier|installer|supervisor|administrator [--name NAME] | unlock LOGIN | recover LOGIN --keystore FILE</source>
        <translation>الاستخدام (المشغلون؛ recover يحتاج مخزن المفاتيح): ampcard operator add LOGIN --role cashier|installer|supervisor|administrator [--name NAME] | unlock LOGIN | recover LOGIN --keystore FILE</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>يمكن لـ %1 تسجيل الدخول مجددا.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>كلمة المرور الجديدة لـ %1: </translation>
    </message>
    <message>
        <source>%1 added as %2.</source>
        <translation>تمت إضافة %1 بصفة %2.</translation>
    </message>
    <message>
        <source>receipt: the text of the receipt&apos;s QR code</source>
        <translation>receipt: نص رمز QR للإيصال</translation>
    </message>
    <message>
        <source>receipt: print JSON</source>
        <translation>receipt (الإيصال): طباعة JSON</translation>
    </message>
    <message>
        <source>usage: ampcard report NAME [ARGUMENT] (%1), or ampcard report receipt NUMBER | --qr TEXT</source>
        <translation>الاستخدام: ampcard report NAME [ARGUMENT] (%1)، أو ampcard report receipt NUMBER | --qr TEXT</translation>
    </message>
    <message>
        <source>usage: ampcard report receipt NUMBER | --qr TEXT</source>
        <translation>الاستخدام: ampcard report receipt NUMBER | --qr TEXT</translation>
    </message>
    <message numerus="yes">
        <source>Meter %1: %n phase(s), plan %2, %3.</source>
        <translation>
            <numerusform>العداد %1: %n طور، الفئة %2، %3.</numerusform>
            <numerusform>العداد %1: طور واحد (%n)، الفئة %2، %3.</numerusform>
            <numerusform>العداد %1: طوران (%n)، الفئة %2، %3.</numerusform>
            <numerusform>العداد %1: %n أطوار، الفئة %2، %3.</numerusform>
            <numerusform>العداد %1: %n طورا، الفئة %2، %3.</numerusform>
            <numerusform>العداد %1: %n طور، الفئة %2، %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 written for meter %2 (the card&apos;s issue number %3)</source>
        <translation>كتبت %1 للعداد %2 (رقم إصدار البطاقة %3)</translation>
    </message>
</context>
<context>
    <name>Currencies</name>
    <message>
        <source>Kenyan shilling</source>
        <translation>شلن كيني</translation>
    </message>
    <message>
        <source>UAE dirham</source>
        <translation>درهم إماراتي</translation>
    </message>
    <message>
        <source>Angolan kwanza</source>
        <translation>كوانزا أنغولية</translation>
    </message>
    <message>
        <source>Bangladeshi taka</source>
        <translation>تاكا بنغلاديشي</translation>
    </message>
    <message>
        <source>Bahraini dinar</source>
        <translation>دينار بحريني</translation>
    </message>
    <message>
        <source>Congolese franc</source>
        <translation>فرنك كونغولي</translation>
    </message>
    <message>
        <source>Chinese yuan</source>
        <translation>يوان صيني</translation>
    </message>
    <message>
        <source>Algerian dinar</source>
        <translation>دينار جزائري</translation>
    </message>
    <message>
        <source>Egyptian pound</source>
        <translation>جنيه مصري</translation>
    </message>
    <message>
        <source>Ethiopian birr</source>
        <translation>بر إثيوبي</translation>
    </message>
    <message>
        <source>Euro</source>
        <translation>يورو</translation>
    </message>
    <message>
        <source>Pound sterling</source>
        <translation>جنيه إسترليني</translation>
    </message>
    <message>
        <source>Ghanaian cedi</source>
        <translation>سيدي غاني</translation>
    </message>
    <message>
        <source>Indonesian rupiah</source>
        <translation>روبية إندونيسية</translation>
    </message>
    <message>
        <source>Indian rupee</source>
        <translation>روبية هندية</translation>
    </message>
    <message>
        <source>Iraqi dinar</source>
        <translation>دينار عراقي</translation>
    </message>
    <message>
        <source>Jordanian dinar</source>
        <translation>دينار أردني</translation>
    </message>
    <message>
        <source>Japanese yen</source>
        <translation>ين ياباني</translation>
    </message>
    <message>
        <source>Kuwaiti dinar</source>
        <translation>دينار كويتي</translation>
    </message>
    <message>
        <source>Libyan dinar</source>
        <translation>دينار ليبي</translation>
    </message>
    <message>
        <source>Moroccan dirham</source>
        <translation>درهم مغربي</translation>
    </message>
    <message>
        <source>Malawian kwacha</source>
        <translation>كواشا ملاوية</translation>
    </message>
    <message>
        <source>Mozambican metical</source>
        <translation>متكال موزمبيقي</translation>
    </message>
    <message>
        <source>Nigerian naira</source>
        <translation>نيرة نيجيرية</translation>
    </message>
    <message>
        <source>Omani rial</source>
        <translation>ريال عماني</translation>
    </message>
    <message>
        <source>Philippine peso</source>
        <translation>بيزو فلبيني</translation>
    </message>
    <message>
        <source>Pakistani rupee</source>
        <translation>روبية باكستانية</translation>
    </message>
    <message>
        <source>Rwandan franc</source>
        <translation>فرنك رواندي</translation>
    </message>
    <message>
        <source>Saudi riyal</source>
        <translation>ريال سعودي</translation>
    </message>
    <message>
        <source>Tunisian dinar</source>
        <translation>دينار تونسي</translation>
    </message>
    <message>
        <source>Tanzanian shilling</source>
        <translation>شلن تنزاني</translation>
    </message>
    <message>
        <source>Ugandan shilling</source>
        <translation>شلن أوغندي</translation>
    </message>
    <message>
        <source>US dollar</source>
        <translation>دولار أمريكي</translation>
    </message>
    <message>
        <source>Vietnamese dong</source>
        <translation>دونغ فيتنامي</translation>
    </message>
    <message>
        <source>Central African CFA franc</source>
        <translation>فرنك CFA لوسط أفريقيا</translation>
    </message>
    <message>
        <source>West African CFA franc</source>
        <translation>فرنك CFA لغرب أفريقيا</translation>
    </message>
    <message>
        <source>South African rand</source>
        <translation>راند جنوب أفريقي</translation>
    </message>
    <message>
        <source>Zambian kwacha</source>
        <translation>كواشا زامبية</translation>
    </message>
    <message>
        <source>The currency &quot;%1&quot; is not one the station knows: use an ISO 4217 code from the list (for example KES, XOF or KWD).</source>
        <translation>العملة &quot;%1&quot; ليست من العملات التي تعرفها المحطة: استخدم رمز ISO 4217 من القائمة (مثلا KES أو XOF أو KWD).</translation>
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
      يغير الحقول المعطاة فقط.
  ampcard customer import FILE.csv
      الأعمدة number,name[,address,phone,group]؛ كل الأسطر أو لا شيء.
  ampcard customer find TEXT [--json]
      المشتركون الذين يحتوي رقمهم أو اسمهم أو هاتفهم أو عنوانهم على TEXT.
      كل منها يأخذ [--ledger FILE] (ملف الدفتر) [--operator LOGIN].
</translation>
    </message>
    <message>
        <source>ampcard customer: unknown subcommand &quot;%1&quot;
</source>
        <translation>ampcard customer: أمر فرعي غير معروف &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>Added customer %1 (%2).</source>
        <translation>تمت إضافة المشترك %1 (%2).</translation>
    </message>
    <message>
        <source>usage: ampcard customer edit NUMBER [--name NAME] [--address A] [--phone P] [--group G]</source>
        <translation>الاستخدام: ampcard customer edit NUMBER [--name NAME] [--address A] [--phone P] [--group G]</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>لا يوجد مشترك %1.</translation>
    </message>
    <message>
        <source>Changed customer %1 (%2).</source>
        <translation>تم تعديل المشترك %1 (%2).</translation>
    </message>
    <message>
        <source>Give one CSV file to import.</source>
        <translation>أدخل ملف CSV واحدا للاستيراد.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 lines checked</source>
        <translation>تم فحص %1 من أصل %2 سطر</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n customer(s).</source>
        <translation>
            <numerusform>لم يستورد أي مشترك (%n).</numerusform>
            <numerusform>تم استيراد مشترك واحد (%n).</numerusform>
            <numerusform>تم استيراد مشتركين اثنين (%n).</numerusform>
            <numerusform>تم استيراد %n مشتركين.</numerusform>
            <numerusform>تم استيراد %n مشتركا.</numerusform>
            <numerusform>تم استيراد %n مشترك.</numerusform>
        </translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>طباعة JSON</translation>
    </message>
    <message>
        <source>Give the text to look for.</source>
        <translation>أدخل النص المراد البحث عنه.</translation>
    </message>
    <message>
        <source>No customer matches.</source>
        <translation>لا يطابق أي مشترك.</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>The customer number is empty.</source>
        <translation>رقم المشترك فارغ.</translation>
    </message>
    <message>
        <source>The customer number &quot;%1&quot; starts or ends with a space.</source>
        <translation>رقم المشترك &quot;%1&quot; يبدأ أو ينتهي بمسافة.</translation>
    </message>
    <message>
        <source>The customer&apos;s name is empty.</source>
        <translation>اسم المشترك فارغ.</translation>
    </message>
    <message>
        <source>A field is longer than %1 characters.</source>
        <translation>أحد الحقول أطول من %1 حرفا.</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may add customers.</source>
        <translation>لا يضيف المشتركين إلا الفني أو المشرف أو المدير.</translation>
    </message>
    <message>
        <source>There is already a customer with number %1.</source>
        <translation>يوجد مشترك بالرقم %1 مسبقا.</translation>
    </message>
    <message>
        <source>Cannot add the customer: %1</source>
        <translation>تعذرت إضافة المشترك: %1</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may change customers.</source>
        <translation>لا يعدل المشتركين إلا الفني أو المشرف أو المدير.</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>لا يوجد مشترك %1.</translation>
    </message>
    <message>
        <source>Cannot change the customer: %1</source>
        <translation>تعذر تعديل المشترك: %1</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may import customers.</source>
        <translation>لا يستورد المشتركين إلا الفني أو المشرف أو المدير.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>السطر %1: حقل بين علامتي اقتباس لم يغلق.</translation>
    </message>
    <message>
        <source>The file is empty: it needs the header number,name,address,phone,group.</source>
        <translation>الملف فارغ: يحتاج إلى سطر العناوين number,name,address,phone,group.</translation>
    </message>
    <message>
        <source>The first line must name the columns, with at least number and name.</source>
        <translation>يجب أن يسمي السطر الأول الأعمدة، وفيها number وname على الأقل.</translation>
    </message>
    <message>
        <source>number %1 is also on line %2.</source>
        <translation>الرقم %1 موجود أيضا في السطر %2.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message>
        <source>... and more.</source>
        <translation>... والمزيد.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n line(s) need fixing.</source>
        <translation>
            <numerusform>لم يستورد شيء: %n سطر يحتاج إلى تصحيح.</numerusform>
            <numerusform>لم يستورد شيء: %n سطر يحتاج إلى تصحيح.</numerusform>
            <numerusform>لم يستورد شيء: %n سطران يحتاجان إلى تصحيح.</numerusform>
            <numerusform>لم يستورد شيء: %n أسطر تحتاج إلى تصحيح.</numerusform>
            <numerusform>لم يستورد شيء: %n سطرا تحتاج إلى تصحيح.</numerusform>
            <numerusform>لم يستورد شيء: %n سطر تحتاج إلى تصحيح.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation>تعذر الاستيراد: %1</translation>
    </message>
    <message>
        <source>there is already a customer with number %1.</source>
        <translation>يوجد مشترك بالرقم %1 مسبقا.</translation>
    </message>
</context>
<context>
    <name>Dlt645Master</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>تعذر فتح %1: %2</translation>
    </message>
</context>
<context>
    <name>Fees</name>
    <message>
        <source>VAT must be between 0 and 100 %.</source>
        <translation>يجب أن تكون ضريبة القيمة المضافة بين 0 و100 %.</translation>
    </message>
    <message>
        <source>The debt share of a payment must be at least 0 and under 100 %.</source>
        <translation>يجب أن تكون حصة الدين من الدفعة 0 على الأقل وأقل من 100 %.</translation>
    </message>
    <message>
        <source>Fee amounts cannot be negative.</source>
        <translation>لا يمكن أن تكون مبالغ الرسوم سالبة.</translation>
    </message>
    <message>
        <source>%1 does not cover this month&apos;s fixed charge of %2.</source>
        <translation>%1 لا يغطي الرسم الثابت لهذا الشهر البالغ %2.</translation>
    </message>
    <message>
        <source>Nothing of %1 is left for electricity after the charges.</source>
        <translation>لا يتبقى شيء من %1 للكهرباء بعد الرسوم.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>يجب أن يكون المبلغ أكبر من صفر.</translation>
    </message>
    <message>
        <source>The amount is too large for one sale.</source>
        <translation>المبلغ كبير جدا لعملية بيع واحدة.</translation>
    </message>
    <message>
        <source>The least one can buy is %1.</source>
        <translation>أدنى مبلغ للشراء هو %1.</translation>
    </message>
    <message>
        <source>This purchase would take the meter above its limit of %1 (it holds about %2): sell less.</source>
        <translation>هذا الشراء سيتجاوز بالعداد سقف الرصيد %1 (يحمل حوالي %2): قلل المبلغ.</translation>
    </message>
    <message>
        <source>The energy must be more than zero.</source>
        <translation>يجب أن تكون الطاقة أكبر من صفر.</translation>
    </message>
    <message>
        <source>%1 is not an amount of cash: the currency is counted in units of %2.</source>
        <translation>%1 ليس مبلغا نقديا: العملة تحسب بوحدات قدرها %2.</translation>
    </message>
</context>
<context>
    <name>KeyCustody</name>
    <message>
        <source>%1 holds the keys of utility %2; this station sells for utility %3.</source>
        <translation>%1 يحمل مفاتيح المرفق %2؛ وهذه المحطة تبيع للمرفق %3.</translation>
    </message>
    <message>
        <source>Only a supervisor or administrator may back up the keys.</source>
        <translation>لا ينسخ المفاتيح احتياطيا إلا المشرف أو المدير.</translation>
    </message>
    <message>
        <source>%1 exists already; a key backup never overwrites a file.</source>
        <translation>%1 موجود مسبقا؛ نسخ المفاتيح الاحتياطي لا يكتب فوق ملف أبدا.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>تعذرت كتابة %1.</translation>
    </message>
    <message>
        <source>The copy %1 does not open: it was removed.</source>
        <translation>النسخة %1 لا تفتح: حذفت.</translation>
    </message>
    <message>
        <source>Only a supervisor or administrator may restore the keys.</source>
        <translation>لا يستعيد المفاتيح إلا المشرف أو المدير.</translation>
    </message>
    <message>
        <source>Cannot copy %1 beside the keystore.</source>
        <translation>تعذر نسخ %1 بجوار مخزن المفاتيح.</translation>
    </message>
    <message>
        <source>Cannot move the current keystore aside.</source>
        <translation>تعذر نقل مخزن المفاتيح الحالي جانبا.</translation>
    </message>
    <message>
        <source>Cannot put the backup in place.</source>
        <translation>تعذر وضع النسخة الاحتياطية في مكانها.</translation>
    </message>
    <message>
        <source>Only a supervisor or administrator may change the keystore passphrase.</source>
        <translation>لا يغير عبارة مرور مخزن المفاتيح إلا المشرف أو المدير.</translation>
    </message>
    <message>
        <source>The new passphrase needs 8 characters or more.</source>
        <translation>عبارة المرور الجديدة تحتاج 8 أحرف أو أكثر.</translation>
    </message>
    <message>
        <source>The new passphrase is the old one.</source>
        <translation>عبارة المرور الجديدة هي القديمة نفسها.</translation>
    </message>
    <message>
        <source>Cannot change the passphrase: %1</source>
        <translation>تعذر تغيير عبارة المرور: %1</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>The ledger file is damaged: restore the newest backup (Administration or &quot;ampcard restore&quot;) and keep this file for the auditors.</source>
        <translation>ملف الدفتر تالف: استعد أحدث نسخة احتياطية (الإدارة أو &quot;ampcard restore&quot;) واحتفظ بهذا الملف للمدققين.</translation>
    </message>
    <message>
        <source>The disk holding the ledger is full: free space on it.</source>
        <translation>القرص الذي يحمل الدفتر ممتلئ: حرر مساحة عليه.</translation>
    </message>
    <message>
        <source>The ledger is busy: another program (a second station window or the ampcard tool) is writing to it. Nothing was recorded; try again in a moment.</source>
        <translation>الدفتر مشغول: برنامج آخر (نافذة محطة ثانية أو أداة ampcard) يكتب عليه. لم يسجل شيء؛ حاول مجددا بعد لحظة.</translation>
    </message>
    <message>
        <source>There is no ledger at %1. Create one with &quot;ampcard init&quot;.</source>
        <translation>لا يوجد دفتر في %1. أنشئ واحدا بالأمر &quot;ampcard init&quot;.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>تعذر إنشاء المجلد %1.</translation>
    </message>
    <message>
        <source>Cannot open the ledger %1: %2</source>
        <translation>تعذر فتح الدفتر %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a ledger (or it is damaged): %2</source>
        <translation>%1 ليس دفترا (أو أنه تالف): %2</translation>
    </message>
    <message>
        <source>The ledger %1 has schema version %2; this program knows up to %3. Install the newer Ampcard that wrote it.</source>
        <translation>الدفتر %1 بإصدار مخطط %2؛ وهذا البرنامج يعرف حتى %3. ثبت إصدار Ampcard الأحدث الذي كتبه.</translation>
    </message>
    <message>
        <source>%1 is an SQLite file but not an Ampcard ledger.</source>
        <translation>%1 ملف SQLite لكنه ليس دفتر Ampcard.</translation>
    </message>
    <message>
        <source>Cannot set up the ledger %1: %2</source>
        <translation>تعذر إعداد الدفتر %1: %2</translation>
    </message>
    <message>
        <source>Cannot bring the ledger %1 to schema version %2: %3</source>
        <translation>تعذر ترقية الدفتر %1 إلى إصدار المخطط %2: %3</translation>
    </message>
    <message>
        <source>The ledger %1 has no station id: it is damaged.</source>
        <translation>الدفتر %1 ليس له معرف محطة: إنه تالف.</translation>
    </message>
    <message>
        <source>The keystore did not give a ledger key.</source>
        <translation>مخزن المفاتيح لم يعط مفتاح الدفتر.</translation>
    </message>
    <message>
        <source>This keystore did not seal this ledger (audit line %1 does not verify under its key): it holds another master key, or the line was edited. Run &quot;ampcard ledger verify&quot;.</source>
        <translation>مخزن المفاتيح هذا لم يختم هذا الدفتر (سطر التدقيق %1 لا يجتاز التحقق بمفتاحه): يحمل مفتاحا رئيسيا آخر، أو عدل السطر. شغل &quot;ampcard ledger verify&quot;.</translation>
    </message>
    <message>
        <source>The ledger is busy or read-only: %1</source>
        <translation>الدفتر مشغول أو للقراءة فقط: %1</translation>
    </message>
    <message>
        <source>the journal and the audit log are sealed with the station&apos;s key from here on</source>
        <translation>اليومية وسجل التدقيق يختمان بمفتاح المحطة من الآن فصاعدا</translation>
    </message>
    <message>
        <source>Cannot key the ledger: %1</source>
        <translation>تعذر ربط الدفتر بمفتاح: %1</translation>
    </message>
    <message>
        <source>Money is written to the ledger only sealed with the station&apos;s key: unlock the keystore first.</source>
        <translation>لا تكتب الأموال في الدفتر إلا مختومة بمفتاح المحطة: افتح قفل مخزن المفاتيح أولا.</translation>
    </message>
    <message>
        <source>Cannot write to the ledger: %1</source>
        <translation>تعذرت الكتابة في الدفتر: %1</translation>
    </message>
    <message>
        <source>Operators, settings and tariffs of this ledger change only sealed with the station&apos;s key: unlock the keystore first (--keystore, AMPCARD_PASSPHRASE).</source>
        <translation>المشغلون والإعدادات والتعرفات في هذا الدفتر لا تتغير إلا مختومة بمفتاح المحطة: افتح قفل مخزن المفاتيح أولا (--keystore، AMPCARD_PASSPHRASE).</translation>
    </message>
    <message>
        <source>Cannot write to the audit log: %1</source>
        <translation>تعذرت الكتابة في سجل التدقيق: %1</translation>
    </message>
    <message>
        <source>Cannot seal the station&apos;s state: %1</source>
        <translation>تعذر ختم حالة المحطة: %1</translation>
    </message>
    <message>
        <source>Cannot store the setting %1: %2</source>
        <translation>تعذر حفظ الإعداد %1: %2</translation>
    </message>
    <message>
        <source>The setting %1 is the ledger&apos;s own.</source>
        <translation>الإعداد %1 خاص بالدفتر نفسه.</translation>
    </message>
    <message>
        <source>Settings of this ledger change only sealed with the station&apos;s key: unlock the keystore first (--keystore, AMPCARD_PASSPHRASE).</source>
        <translation>إعدادات هذا الدفتر لا تتغير إلا مختومة بمفتاح المحطة: افتح قفل مخزن المفاتيح أولا (--keystore، AMPCARD_PASSPHRASE).</translation>
    </message>
    <message>
        <source>The journal cannot be read: %1</source>
        <translation>تعذرت قراءة اليومية: %1</translation>
    </message>
    <message>
        <source>Entry %1 follows entry %2: the entries between were removed.</source>
        <translation>القيد %1 يلي القيد %2: حذفت القيود الواقعة بينهما.</translation>
    </message>
    <message>
        <source>Entry %1 does not follow the entry before it: an entry was replaced or its seal rewritten.</source>
        <translation>القيد %1 لا يلي القيد الذي قبله: استبدل قيد أو أعيدت كتابة ختمه.</translation>
    </message>
    <message>
        <source>Entry %1 does not match its seal: it was edited after it was written (a seal computed again without the station&apos;s key does not verify).</source>
        <translation>القيد %1 لا يطابق ختمه: عدل بعد كتابته (الختم المحسوب مجددا دون مفتاح المحطة لا يجتاز التحقق).</translation>
    </message>
    <message>
        <source>Entry %1 is not sealed with the station&apos;s key, though the journal is sealed from entry %2: it was written outside the station.</source>
        <translation>القيد %1 غير مختوم بمفتاح المحطة، مع أن اليومية مختومة من القيد %2: كتب خارج المحطة.</translation>
    </message>
    <message>
        <source>Entry %1 does not match its hash: it was edited after it was written.</source>
        <translation>القيد %1 لا يطابق تجزئته: عدل بعد كتابته.</translation>
    </message>
    <message>
        <source>The journal ends at entry %1 but its head records %2: the newest entries were removed.</source>
        <translation>اليومية تنتهي عند القيد %1 لكن رأسها يسجل %2: حذفت أحدث القيود.</translation>
    </message>
    <message>
        <source>Entries 1 to %1 were written before the journal was keyed; they are held by the seals after them.</source>
        <translation>القيود من 1 إلى %1 كتبت قبل ربط اليومية بمفتاح؛ وتحفظها الأختام التي بعدها.</translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>تعذرت قراءة سجل التدقيق: %1</translation>
    </message>
    <message>
        <source>Audit line %1 is not chained, though the audit log is chained before it: it was written outside the station.</source>
        <translation>سطر التدقيق %1 غير مربوط بالسلسلة، مع أن سجل التدقيق مربوط قبله: كتب خارج المحطة.</translation>
    </message>
    <message>
        <source>Audit line %1 follows line %2: the lines between were removed.</source>
        <translation>سطر التدقيق %1 يلي السطر %2: حذفت الأسطر الواقعة بينهما.</translation>
    </message>
    <message>
        <source>Audit line %1 does not follow the line before it: a line was replaced or its seal rewritten.</source>
        <translation>سطر التدقيق %1 لا يلي السطر الذي قبله: استبدل سطر أو أعيدت كتابة ختمه.</translation>
    </message>
    <message>
        <source>Audit line %1 (%2) does not match its seal: it was edited after it was written.</source>
        <translation>سطر التدقيق %1 (%2) لا يطابق ختمه: عدل بعد كتابته.</translation>
    </message>
    <message>
        <source>Audit line %1 (%2) does not match its hash: it was edited after it was written.</source>
        <translation>سطر التدقيق %1 (%2) لا يطابق تجزئته: عدل بعد كتابته.</translation>
    </message>
    <message>
        <source>Audit line %1 (%2) changes operators, settings or tariffs without the station&apos;s key, though the ledger is keyed from line %3: it was written outside the station.</source>
        <translation>سطر التدقيق %1 (%2) يغير المشغلين أو الإعدادات أو التعرفات دون مفتاح المحطة، مع أن الدفتر مربوط بمفتاح من السطر %3: كتب خارج المحطة.</translation>
    </message>
    <message>
        <source>The audit log ends at line %1 but its head records %2: the newest lines were removed.</source>
        <translation>سجل التدقيق ينتهي عند السطر %1 لكن رأسه يسجل %2: حذفت أحدث الأسطر.</translation>
    </message>
    <message numerus="yes">
        <source>%n audit line(s) from before the audit log was chained are not covered.</source>
        <translation>
            <numerusform>%n سطر تدقيق من قبل ربط سجل التدقيق بالسلسلة غير مشمولة.</numerusform>
            <numerusform>%n سطر تدقيق من قبل ربط سجل التدقيق بالسلسلة غير مشمول.</numerusform>
            <numerusform>%n سطرا تدقيق من قبل ربط سجل التدقيق بالسلسلة غير مشمولين.</numerusform>
            <numerusform>%n أسطر تدقيق من قبل ربط سجل التدقيق بالسلسلة غير مشمولة.</numerusform>
            <numerusform>%n سطرا تدقيق من قبل ربط سجل التدقيق بالسلسلة غير مشمولة.</numerusform>
            <numerusform>%n سطر تدقيق من قبل ربط سجل التدقيق بالسلسلة غير مشمولة.</numerusform>
        </translation>
    </message>
    <message>
        <source>This ledger was never opened with the keystore: its lines are chained but not sealed with the station&apos;s key.</source>
        <translation>لم يفتح هذا الدفتر قط بمخزن المفاتيح: أسطره مربوطة بالسلسلة لكنها غير مختومة بمفتاح المحطة.</translation>
    </message>
    <message numerus="yes">
        <source>%n audit line(s) after the ledger was keyed were written without the keystore (sign-ins, customer and meter records at the command line): their place in the chain is checked, their author is not.</source>
        <translation>
            <numerusform>%n سطر تدقيق بعد ربط الدفتر بمفتاح كتبت دون مخزن المفاتيح (تسجيلات الدخول، وسجلات المشتركين والعدادات من سطر الأوامر): يفحص موضعها في السلسلة، لا كاتبها.</numerusform>
            <numerusform>%n سطر تدقيق بعد ربط الدفتر بمفتاح كتب دون مخزن المفاتيح (تسجيلات الدخول، وسجلات المشتركين والعدادات من سطر الأوامر): يفحص موضعه في السلسلة، لا كاتبه.</numerusform>
            <numerusform>%n سطرا تدقيق بعد ربط الدفتر بمفتاح كتبا دون مخزن المفاتيح (تسجيلات الدخول، وسجلات المشتركين والعدادات من سطر الأوامر): يفحص موضعهما في السلسلة، لا كاتبهما.</numerusform>
            <numerusform>%n أسطر تدقيق بعد ربط الدفتر بمفتاح كتبت دون مخزن المفاتيح (تسجيلات الدخول، وسجلات المشتركين والعدادات من سطر الأوامر): يفحص موضعها في السلسلة، لا كاتبها.</numerusform>
            <numerusform>%n سطرا تدقيق بعد ربط الدفتر بمفتاح كتبت دون مخزن المفاتيح (تسجيلات الدخول، وسجلات المشتركين والعدادات من سطر الأوامر): يفحص موضعها في السلسلة، لا كاتبها.</numerusform>
            <numerusform>%n سطر تدقيق بعد ربط الدفتر بمفتاح كتبت دون مخزن المفاتيح (تسجيلات الدخول، وسجلات المشتركين والعدادات من سطر الأوامر): يفحص موضعها في السلسلة، لا كاتبها.</numerusform>
        </translation>
    </message>
    <message>
        <source>The protected tables cannot be read: %1</source>
        <translation>تعذرت قراءة الجداول المحمية: %1</translation>
    </message>
    <message>
        <source>The table %1 differs from what audit line %2 sealed: it was changed outside the station.</source>
        <translation>الجدول %1 يختلف عما ختمه سطر التدقيق %2: غير خارج المحطة.</translation>
    </message>
    <message>
        <source>Audit line %1 (%2) changes operators, settings or tariffs without the station&apos;s key: it was written outside the station.</source>
        <translation>سطر التدقيق %1 (%2) يغير المشغلين أو الإعدادات أو التعرفات دون مفتاح المحطة: كتب خارج المحطة.</translation>
    </message>
    <message>
        <source>The ledger file is damaged: %1. Restore the newest backup; keep this file for the auditors.</source>
        <translation>ملف الدفتر تالف: %1. استعد أحدث نسخة احتياطية؛ واحتفظ بهذا الملف للمدققين.</translation>
    </message>
    <message numerus="yes">
        <source>Checked without the keystore: the links of %n line(s) hold, but their seals were not checked, so a line edited and sealed again by hand cannot be told from the original. Give the keystore (--keystore, AMPCARD_PASSPHRASE) to check them.</source>
        <translation>
            <numerusform>فحص دون مخزن المفاتيح: روابط %n سطر سليمة، لكن أختامها لم تفحص، فلا يمكن تمييز سطر عدل وختم يدويا من الأصلي. قدم مخزن المفاتيح (--keystore، AMPCARD_PASSPHRASE) لفحصها.</numerusform>
            <numerusform>فحص دون مخزن المفاتيح: روابط %n سطر سليمة، لكن ختمه لم يفحص، فلا يمكن تمييز سطر عدل وختم يدويا من الأصلي. قدم مخزن المفاتيح (--keystore، AMPCARD_PASSPHRASE) لفحصه.</numerusform>
            <numerusform>فحص دون مخزن المفاتيح: روابط %n سطرين سليمة، لكن أختامهما لم تفحص، فلا يمكن تمييز سطر عدل وختم يدويا من الأصلي. قدم مخزن المفاتيح (--keystore، AMPCARD_PASSPHRASE) لفحصهما.</numerusform>
            <numerusform>فحص دون مخزن المفاتيح: روابط %n أسطر سليمة، لكن أختامها لم تفحص، فلا يمكن تمييز سطر عدل وختم يدويا من الأصلي. قدم مخزن المفاتيح (--keystore، AMPCARD_PASSPHRASE) لفحصها.</numerusform>
            <numerusform>فحص دون مخزن المفاتيح: روابط %n سطرا سليمة، لكن أختامها لم تفحص، فلا يمكن تمييز سطر عدل وختم يدويا من الأصلي. قدم مخزن المفاتيح (--keystore، AMPCARD_PASSPHRASE) لفحصها.</numerusform>
            <numerusform>فحص دون مخزن المفاتيح: روابط %n سطر سليمة، لكن أختامها لم تفحص، فلا يمكن تمييز سطر عدل وختم يدويا من الأصلي. قدم مخزن المفاتيح (--keystore، AMPCARD_PASSPHRASE) لفحصها.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sales cannot be checked against the journal: %1</source>
        <translation>تعذرت مطابقة المبيعات مع اليومية: %1</translation>
    </message>
    <message>
        <source>Journal entry %1 (%2 %3) has no sales row: the row was removed.</source>
        <translation>قيد اليومية %1 (%2 %3) ليس له صف مبيعات: حذف الصف.</translation>
    </message>
    <message>
        <source>Sale %1 is &quot;%2&quot; though journal entry %3 records it taken: its state was changed.</source>
        <translation>البيع %1 حالته &quot;%2&quot; مع أن قيد اليومية %3 يسجله محصلا: غيرت حالته.</translation>
    </message>
    <message>
        <source>Sale %1 is marked cancelled but no completed cancellation refers to it: its state was changed.</source>
        <translation>البيع %1 معلم ملغى لكن لا يشير إليه أي إلغاء مكتمل: غيرت حالته.</translation>
    </message>
    <message>
        <source>Sale %1 counts as taken but has no journal entry: it was not sold here.</source>
        <translation>البيع %1 محتسب كمحصل لكن ليس له قيد يومية: لم يبع هنا.</translation>
    </message>
    <message>
        <source>Sale %1 differs from journal entry %2 in %3: the sales row was edited.</source>
        <translation>البيع %1 يختلف عن قيد اليومية %2 في %3: عدل صف المبيعات.</translation>
    </message>
    <message>
        <source>the sale it belongs to</source>
        <translation>البيع الذي ينتمي إليه</translation>
    </message>
    <message>
        <source>the amount paid</source>
        <translation>المبلغ المدفوع</translation>
    </message>
    <message>
        <source>the energy</source>
        <translation>الطاقة</translation>
    </message>
    <message>
        <source>the operator</source>
        <translation>المشغل</translation>
    </message>
    <message>
        <source>the receipt</source>
        <translation>الإيصال</translation>
    </message>
    <message>
        <source>the time of sale</source>
        <translation>وقت البيع</translation>
    </message>
    <message>
        <source>the fixed charge</source>
        <translation>الرسم الثابت</translation>
    </message>
    <message>
        <source>the debt recovered</source>
        <translation>الدين المسترد</translation>
    </message>
    <message>
        <source>the VAT</source>
        <translation>ضريبة القيمة المضافة</translation>
    </message>
    <message>
        <source>the credit</source>
        <translation>الرصيد</translation>
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
      ينشئ دفترا جديدا (الافتراضي: مجلد بيانات المستخدم) ومديره
      الأول (كلمة المرور من AMPCARD_PASSWORD أو بالطلب).
  ampcard ledger verify [--operator LOGIN] [--ledger FILE] [--keystore FILE]
      [--anchor SEQ:HASH] [--json]
      يفحص الدفتر: يوميته المختومة وسجل التدقيق، والمشغلين والإعدادات
      والتعرفات مقابل ختمها، والمبيعات مقابل اليومية؛ ويذكر أول
      خلل. لا تفحص الأختام إلا بمخزن المفاتيح (عبارة المرور من
      AMPCARD_PASSPHRASE أو بالطلب)؛ وبدونه، يذكر ما لم يستطع فحصه.
  ampcard backup --to FILE [--operator LOGIN] [--ledger FILE]
      ينسخ الدفتر (أثناء استخدامه) ويتحقق من النسخة.
  ampcard restore --from FILE --operator LOGIN [--keystore FILE] [--ledger FILE]
      يستبدل الدفتر بنسخة احتياطية من هذه المحطة تجتاز التحقق بمفتاحها
      وتشاركه تاريخه؛ ويوقع مدير من الدفتر الحالي
      (مخزن المفاتيح وحده عندما يتعذر قراءة الملف الحالي)؛ ويحفظ الدفتر
      المستبدل بجواره.
</translation>
    </message>
    <message>
        <source>ledger file</source>
        <translation>ملف الدفتر</translation>
    </message>
    <message>
        <source>first administrator&apos;s login</source>
        <translation>اسم دخول المدير الأول</translation>
    </message>
    <message>
        <source>first administrator&apos;s name</source>
        <translation>اسم المدير الأول</translation>
    </message>
    <message>
        <source>Give the first administrator&apos;s login with --admin LOGIN.</source>
        <translation>أدخل اسم دخول المدير الأول بـ --admin LOGIN.</translation>
    </message>
    <message>
        <source>%1 already exists; init makes a new ledger only.</source>
        <translation>%1 موجود مسبقا؛ الأمر init ينشئ دفترا جديدا فقط.</translation>
    </message>
    <message>
        <source>Password for the administrator %1: </source>
        <translation>كلمة مرور المدير %1: </translation>
    </message>
    <message>
        <source>No password: set AMPCARD_PASSWORD or run in a terminal.</source>
        <translation>لا توجد كلمة مرور: عين AMPCARD_PASSWORD أو شغل في طرفية.</translation>
    </message>
    <message>
        <source>Created the ledger %1 (station %2) with administrator %3.</source>
        <translation>أنشئ الدفتر %1 (المحطة %2) مع المدير %3.</translation>
    </message>
    <message>
        <source>ampcard ledger: unknown subcommand &quot;%1&quot;
</source>
        <translation>ampcard ledger: &quot;%1&quot; ليس أمرا فرعيا معروفا لأوامر الدفتر
</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>طباعة JSON</translation>
    </message>
    <message>
        <source>a journal head printed on paper (a Z report): SEQ:HASH, the hash or its first 16 hex digits or more</source>
        <translation>رأس يومية مطبوع على الورق (تقرير Z): SEQ:HASH، التجزئة أو أول 16 رقما ست عشريا منها أو أكثر</translation>
    </message>
    <message>
        <source>--anchor: give SEQ:HASH as the Z report prints it (at least 16 hex digits of the hash).</source>
        <translation>--anchor: أدخل SEQ:HASH كما يطبعه تقرير Z (16 رقما ست عشريا على الأقل من التجزئة).</translation>
    </message>
    <message>
        <source>The journal does not hold entry %1 as it was printed (%2): the entries up to it were removed, replaced or the whole file swapped.</source>
        <translation>اليومية لا تحمل القيد %1 كما طبع (%2): حذفت القيود حتى ذلك القيد أو استبدلت أو بدل الملف كله.</translation>
    </message>
    <message>
        <source>Entry %1 is as printed on paper (%2).</source>
        <translation>القيد %1 مطابق لما طبع على الورق (%2).</translation>
    </message>
    <message>
        <source>BROKEN at entry %1 of %2: %3</source>
        <translation>خلل عند القيد %1 من %2: %3</translation>
    </message>
    <message>
        <source>BROKEN: %1</source>
        <translation>خلل: %1</translation>
    </message>
    <message numerus="yes">
        <source>The ledger is whole: %n entries and %1 audit lines verified with the station&apos;s key; the protected tables and the sales agree with them.</source>
        <translation>
            <numerusform>الدفتر سليم: %n قيد و%1 سطر تدقيق تم التحقق منها بمفتاح المحطة؛ والجداول المحمية والمبيعات متفقة معها.</numerusform>
            <numerusform>الدفتر سليم: %n قيد و%1 سطر تدقيق تم التحقق منها بمفتاح المحطة؛ والجداول المحمية والمبيعات متفقة معها.</numerusform>
            <numerusform>الدفتر سليم: %n قيدان و%1 سطر تدقيق تم التحقق منها بمفتاح المحطة؛ والجداول المحمية والمبيعات متفقة معها.</numerusform>
            <numerusform>الدفتر سليم: %n قيود و%1 سطر تدقيق تم التحقق منها بمفتاح المحطة؛ والجداول المحمية والمبيعات متفقة معها.</numerusform>
            <numerusform>الدفتر سليم: %n قيدا و%1 سطر تدقيق تم التحقق منها بمفتاح المحطة؛ والجداول المحمية والمبيعات متفقة معها.</numerusform>
            <numerusform>الدفتر سليم: %n قيد و%1 سطر تدقيق تم التحقق منها بمفتاح المحطة؛ والجداول المحمية والمبيعات متفقة معها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The links hold: %n entries and %1 audit lines; the protected tables and the sales agree with them.</source>
        <translation>
            <numerusform>الروابط سليمة: %n قيد و%1 سطر تدقيق؛ والجداول المحمية والمبيعات متفقة معها.</numerusform>
            <numerusform>الروابط سليمة: %n قيد و%1 سطر تدقيق؛ والجداول المحمية والمبيعات متفقة معها.</numerusform>
            <numerusform>الروابط سليمة: %n قيدان و%1 سطر تدقيق؛ والجداول المحمية والمبيعات متفقة معها.</numerusform>
            <numerusform>الروابط سليمة: %n قيود و%1 سطر تدقيق؛ والجداول المحمية والمبيعات متفقة معها.</numerusform>
            <numerusform>الروابط سليمة: %n قيدا و%1 سطر تدقيق؛ والجداول المحمية والمبيعات متفقة معها.</numerusform>
            <numerusform>الروابط سليمة: %n قيد و%1 سطر تدقيق؛ والجداول المحمية والمبيعات متفقة معها.</numerusform>
        </translation>
    </message>
    <message>
        <source>backup file</source>
        <translation>ملف النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Say where the backup goes with --to FILE.</source>
        <translation>حدد وجهة النسخة الاحتياطية بـ --to FILE.</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n journal entries to %1; head %2.</source>
        <translation>
            <numerusform>نسخ %n قيد يومية احتياطيا إلى %1؛ الرأس %2.</numerusform>
            <numerusform>نسخ قيد يومية واحد (%n) احتياطيا إلى %1؛ الرأس %2.</numerusform>
            <numerusform>نسخ قيدا يومية (%n) احتياطيا إلى %1؛ الرأس %2.</numerusform>
            <numerusform>نسخت %n قيود يومية احتياطيا إلى %1؛ الرأس %2.</numerusform>
            <numerusform>نسخ %n قيدا يومية احتياطيا إلى %1؛ الرأس %2.</numerusform>
            <numerusform>نسخ %n قيد يومية احتياطيا إلى %1؛ الرأس %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Name the backup with --from FILE.</source>
        <translation>حدد اسم النسخة الاحتياطية بـ --from FILE.</translation>
    </message>
    <message>
        <source>Who is signing in? Give --operator LOGIN or set AMPCARD_OPERATOR.</source>
        <translation>من يسجل الدخول؟ أدخل --operator LOGIN أو عين AMPCARD_OPERATOR.</translation>
    </message>
    <message>
        <source>Which keystore? Give --keystore FILE or set AMPCARD_KEYSTORE: a restore checks the backup with the station&apos;s key.</source>
        <translation>أي ملف لمخزن المفاتيح؟ أدخل --keystore FILE أو عين AMPCARD_KEYSTORE: الاستعادة تفحص النسخة الاحتياطية بمفتاح المحطة.</translation>
    </message>
    <message>
        <source>Keystore passphrase: </source>
        <translation>عبارة مرور مخزن المفاتيح: </translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>كلمة مرور %1: </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n journal entries into %1; head %2.</source>
        <translation>
            <numerusform>استعيد %n قيد يومية إلى %1؛ الرأس %2.</numerusform>
            <numerusform>استعيد قيد يومية واحد (%n) إلى %1؛ الرأس %2.</numerusform>
            <numerusform>استعيد قيدا يومية (%n) إلى %1؛ الرأس %2.</numerusform>
            <numerusform>استعيدت %n قيود يومية إلى %1؛ الرأس %2.</numerusform>
            <numerusform>استعيد %n قيدا يومية إلى %1؛ الرأس %2.</numerusform>
            <numerusform>استعيد %n قيد يومية إلى %1؛ الرأس %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The replaced ledger is kept as %1.</source>
        <translation>الدفتر المستبدل محفوظ باسم %1.</translation>
    </message>
</context>
<context>
    <name>MeterCommand</name>
    <message>
        <source>Serial port.</source>
        <translation>المنفذ التسلسلي.</translation>
    </message>
    <message>
        <source>Baud rate.</source>
        <translation>معدل البود.</translation>
    </message>
    <message>
        <source>Meter address (12 digits).</source>
        <translation>عنوان العداد (12 رقما).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>طباعة JSON.</translation>
    </message>
    <message>
        <source>Level-02 password (wire order).</source>
        <translation>كلمة مرور المستوى 02 (بترتيب الإرسال).</translation>
    </message>
    <message>
        <source>Keystore to derive the meter&apos;s password from.</source>
        <translation>مخزن المفاتيح الذي تشتق منه كلمة مرور العداد.</translation>
    </message>
    <message>
        <source>Key version of the meter.</source>
        <translation>إصدار مفتاح العداد.</translation>
    </message>
    <message>
        <source>Operator code.</source>
        <translation>رمز المشغل.</translation>
    </message>
    <message>
        <source>Command valid for M minutes.</source>
        <translation>الأمر صالح لمدة M دقيقة.</translation>
    </message>
    <message>
        <source>Time to broadcast.</source>
        <translation>الوقت المراد بثه.</translation>
    </message>
    <message>
        <source>--port TTY is required</source>
        <translation>--port TTY مطلوب</translation>
    </message>
    <message>
        <source>--baud must be a positive number</source>
        <translation>يجب أن يكون --baud رقما موجبا</translation>
    </message>
    <message>
        <source>--meter must be up to 12 digits</source>
        <translation>يجب أن يكون --meter (رقم العداد) حتى 12 رقما</translation>
    </message>
    <message>
        <source>ampcard meter: unknown subcommand &quot;%1&quot;</source>
        <translation>ampcard meter: &quot;%1&quot; ليس أمرا فرعيا معروفا لأوامر العداد</translation>
    </message>
    <message>
        <source>no answer from a meter: %1</source>
        <translation>لا استجابة من أي عداد: %1</translation>
    </message>
    <message>
        <source>give at least one data identifier, e.g. 00010000</source>
        <translation>أدخل معرف بيانات واحدا على الأقل، مثلا 00010000</translation>
    </message>
    <message>
        <source>refused (error word %1)</source>
        <translation>مرفوض (كلمة الخطأ %1)</translation>
    </message>
    <message>
        <source>no answer from the meter: %1</source>
        <translation>لا استجابة من العداد: %1</translation>
    </message>
    <message>
        <source>usage: ampcard meter relay --port TTY --meter N COMMAND</source>
        <translation>الاستخدام (أمر المرحل للعداد): ampcard meter relay --port TTY --meter N COMMAND</translation>
    </message>
    <message>
        <source>give the keystore (--keystore FILE) or the meter&apos;s level-02 password (--password HEX6)</source>
        <translation>أدخل مخزن المفاتيح (--keystore FILE) أو كلمة مرور المستوى 02 للعداد (--password HEX6)</translation>
    </message>
    <message>
        <source>--meter must be the meter number, --key-version 0 to 255</source>
        <translation>يجب أن يكون --meter رقم العداد، و--key-version من 0 إلى 255</translation>
    </message>
    <message>
        <source>Keystore passphrase: </source>
        <translation>عبارة مرور مخزن المفاتيح: </translation>
    </message>
    <message>
        <source>--password takes 6 hex digits, --operator 8, --valid-minutes a number</source>
        <translation>--password يأخذ 6 أرقام ست عشرية، و--operator 8، و--valid-minutes رقما</translation>
    </message>
    <message>
        <source>the meter refused (error word %1%2)</source>
        <translation>رفض العداد (كلمة الخطأ %1%2)</translation>
    </message>
    <message>
        <source>: password</source>
        <translation>: كلمة المرور</translation>
    </message>
    <message>
        <source>relay: %1 done</source>
        <translation>المرحل: تم %1</translation>
    </message>
    <message>
        <source>--set takes now or YYYY-MM-DDTHH:MM[:SS]</source>
        <translation>--set يأخذ now أو YYYY-MM-DDTHH:MM[:SS]</translation>
    </message>
    <message>
        <source>broadcast %1</source>
        <translation>بث %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a data identifier of 8 hex digits nor the name of one (docs/dlt645.md)</source>
        <translation>&quot;%1&quot; ليس معرف بيانات من 8 أرقام ست عشرية ولا اسما لمعرف (docs/dlt645.md)</translation>
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
      يقرأ عنوان العداد الموصول بالمنفذ (DL/T645 0x13).
  ampcard meter read --port TTY [--baud 2400] [--meter N] [--json] DI...
      يقرأ معرفات البيانات: 8 أرقام ست عشرية (00010000) أو اسم من جدول docs/dlt645.md
      (forward-energy، وforward-energy:1 لآخر تسوية، وremaining-credit...).
  ampcard meter relay --port TTY --meter N COMMAND (--keystore FILE | --password HEX6)
      [--operator HEX8] [--valid-minutes M]   COMMAND: trip, allow, close, alarm,
      alarm-release, keep-power, keep-power-release (يتحكم في مرحل العداد عبر
      DL/T645 0x1C بكلمة مرور المستوى 02 للعداد، المشتقة من المفتاح الرئيسي في مخزن المفاتيح).
  ampcard meter time --port TTY [--meter N] [--set now|YYYY-MM-DDTHH:MM[:SS]]
      يقرأ ساعة العداد، أو يبث وقتا إلى كل عداد على الخط.
  ampcard meter push-tariff --meter NUMBER [--port TTY] [--baud 2400] [--json]
      [--ledger FILE] (ملف الدفتر) [--operator LOGIN] [--keystore FILE]
      يرسل تعرفة فئة العداد إلى العداد فورا، مختومة في فضاء تسلسله
      (DL/T645 0x03)، ويجري تسويتها على سجل العداد المختوم. المنفذ الافتراضي
      هو خط العداد المعين في الإدارة.
</translation>
    </message>
    <message>
        <source>meter number (12 digits)</source>
        <translation>رقم العداد (12 رقما)</translation>
    </message>
    <message>
        <source>serial port of the meter&apos;s line (DL/T645)</source>
        <translation>المنفذ التسلسلي لخط العداد (DL/T645)</translation>
    </message>
    <message>
        <source>baud rate of the meter&apos;s line</source>
        <translation>معدل البود لخط العداد</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>طباعة JSON</translation>
    </message>
    <message>
        <source>No meter line is configured for meter %1: give --port TTY, or set the meter line in Administration.</source>
        <translation>لم يضبط خط عداد للعداد %1: أعط --port TTY، أو عين خط العداد في الإدارة.</translation>
    </message>
    <message>
        <source>Cannot use the meter line %1: %2</source>
        <translation>تعذر استخدام خط العداد %1: %2</translation>
    </message>
    <message>
        <source>Meter %1 already runs plan %2: nothing was sent.</source>
        <translation>العداد %1 يعمل مسبقا بالفئة %2: لم يرسل شيء.</translation>
    </message>
    <message>
        <source>Meter %1 loaded plan %2 (tariff %3, from %4) at sequence %5: push %6.</source>
        <translation>شحن العداد %1 الفئة %2 (التعرفة %3، من %4) عند التسلسل %5: الإرسال %6.</translation>
    </message>
    <message>
        <source>  ampcard meter push-tariff --plan NAME [--port TTY] [--baud 2400] [--json] ...
      The same for every active meter of plan NAME on the line, one after another:
      a line for each meter, and a meter that does not answer or refuses does not
      stop the others (exit status 1 when any of them did not take the tariff).
</source>
        <translation>  ampcard meter push-tariff --plan NAME [--port TTY] [--baud 2400] [--json] ...
      الأمر نفسه لكل عداد نشط من الفئة NAME على الخط، واحدًا بعد الآخر:
      سطر لكل عداد، والعداد الذي لا يجيب أو يرفض لا يوقف
      البقية (حالة الخروج 1 إذا لم يأخذ أي منها التعرفة).
</translation>
    </message>
    <message>
        <source>every active meter of this tariff plan</source>
        <translation>كل عداد نشط من فئة التعرفة هذه</translation>
    </message>
    <message>
        <source>usage: ampcard meter push-tariff (--meter NUMBER | --plan NAME) [--port TTY]</source>
        <translation>الاستخدام: ampcard meter push-tariff (--meter NUMBER | --plan NAME) [--port TTY]</translation>
    </message>
    <message>
        <source>No meter line is configured for the meters of plan %1: give --port TTY, or set the meter line in Administration.</source>
        <translation>لم يضبط خط عداد لعدادات الفئة %1: أعط --port TTY، أو عين خط العداد في الإدارة.</translation>
    </message>
    <message>
        <source>No active meter is on plan %1: nothing was sent.</source>
        <translation>لا يوجد عداد نشط في الفئة %1: لم يرسل شيء.</translation>
    </message>
    <message>
        <source>Meter %1: %2</source>
        <translation>العداد %1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 meters of plan %3 run its tariff now.</source>
        <translation>%1 من %2 عدادات الفئة %3 تعمل بتعرفتها الآن.</translation>
    </message>
</context>
<context>
    <name>Meters</name>
    <message>
        <source>Only an installer, supervisor or administrator may register meters.</source>
        <translation>لا يسجل العدادات إلا الفني أو المشرف أو المدير.</translation>
    </message>
    <message>
        <source>A meter number has 12 digits; &quot;%1&quot; does not.</source>
        <translation>رقم العداد من 12 رقما؛ و&quot;%1&quot; ليس كذلك.</translation>
    </message>
    <message>
        <source>A meter has 1 or 3 phases.</source>
        <translation>للعداد طور واحد أو 3 أطوار.</translation>
    </message>
    <message>
        <source>The key version is 1 to 255.</source>
        <translation>إصدار المفتاح من 1 إلى 255.</translation>
    </message>
    <message>
        <source>There is no tariff plan &quot;%1&quot;.</source>
        <translation>لا توجد فئة تعرفة &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot read the customers: %1</source>
        <translation>تعذرت قراءة المشتركين: %1</translation>
    </message>
    <message>
        <source>There is no customer with number %1.</source>
        <translation>لا يوجد مشترك بالرقم %1.</translation>
    </message>
    <message>
        <source>Meter %1 is already registered.</source>
        <translation>العداد %1 مسجل مسبقا.</translation>
    </message>
    <message>
        <source>Cannot register the meter: %1</source>
        <translation>تعذر تسجيل العداد: %1</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may change meters.</source>
        <translation>لا يغير العدادات إلا الفني أو المشرف أو المدير.</translation>
    </message>
    <message>
        <source>Meter %1 is not registered.</source>
        <translation>العداد %1 غير مسجل.</translation>
    </message>
    <message>
        <source>Meter %1 was removed (replaced by %2).</source>
        <translation>العداد %1 أزيل (استبدل بـ %2).</translation>
    </message>
    <message>
        <source>A meter is active or suspended; a meter change removes one.</source>
        <translation>العداد إما نشط أو موقوف؛ وتغيير العداد يزيل أحدهما.</translation>
    </message>
    <message>
        <source>Cannot change the meter: %1</source>
        <translation>تعذر تغيير العداد: %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>موقوف</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>مزال</translation>
    </message>
</context>
<context>
    <name>MoneyFormat</name>
    <message>
        <source>%1 is too large an amount.</source>
        <translation>%1 مبلغ كبير جدا.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: write it like %2.</source>
        <translation>&quot;%1&quot; ليس مبلغا: اكتبه مثل %2.</translation>
    </message>
    <message>
        <source>Enter an amount, like %1.</source>
        <translation>أدخل مبلغا، مثل %1.</translation>
    </message>
    <message>
        <source>%1 has no decimals: enter a whole amount.</source>
        <translation>العملة %1 بلا منازل عشرية: أدخل مبلغا صحيحا.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is counted to %n decimal place(s): %2 has more.</source>
        <translation>
            <numerusform>العملة %1 تحسب إلى %n منزلة عشرية: والمبلغ %2 فيه أكثر.</numerusform>
            <numerusform>العملة %1 تحسب إلى منزلة عشرية واحدة (%n): والمبلغ %2 فيه أكثر.</numerusform>
            <numerusform>العملة %1 تحسب إلى منزلتين عشريتين (%n): والمبلغ %2 فيه أكثر.</numerusform>
            <numerusform>العملة %1 تحسب إلى %n منازل عشرية: والمبلغ %2 فيه أكثر.</numerusform>
            <numerusform>العملة %1 تحسب إلى %n منزلة عشرية: والمبلغ %2 فيه أكثر.</numerusform>
            <numerusform>العملة %1 تحسب إلى %n منزلة عشرية: والمبلغ %2 فيه أكثر.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkCommand</name>
    <message>
        <source>the server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>station number</source>
        <translation>رقم المحطة</translation>
    </message>
    <message>
        <source>usage: ampcard network join --server URL --station N</source>
        <translation>الاستخدام: ampcard network join --server URL --station N</translation>
    </message>
    <message>
        <source>--server URL and --station N are required</source>
        <translation>--server URL و--station N مطلوبان</translation>
    </message>
    <message>
        <source>--station takes a station number from 1, not &quot;%1&quot;</source>
        <translation>--station يأخذ رقم محطة يبدأ من 1، لا &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Only an administrator joins the station to a server.</source>
        <translation>لا يضم المحطة إلى خادم إلا المدير.</translation>
    </message>
    <message>
        <source>The server&apos;s password for station %1: </source>
        <translation>كلمة مرور الخادم للمحطة %1: </translation>
    </message>
    <message>
        <source>Cannot join the server: %1</source>
        <translation>تعذر الانضمام إلى الخادم: %1</translation>
    </message>
    <message>
        <source>Joined the server as station %1; uploading this ledger&apos;s history…</source>
        <translation>تم الانضمام إلى الخادم بصفته المحطة %1؛ جار رفع تاريخ هذا الدفتر…</translation>
    </message>
    <message>
        <source>Uploaded %1 journal entries and %2 audit lines.</source>
        <translation>تم رفع %1 من قيود اليومية و%2 من أسطر التدقيق.</translation>
    </message>
    <message>
        <source>the ledger</source>
        <translation>الدفتر</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>طباعة JSON</translation>
    </message>
    <message>
        <source>keep pushing, for a service</source>
        <translation>مواصلة الإرسال، للتشغيل كخدمة</translation>
    </message>
    <message>
        <source>seconds between rounds of the daemon</source>
        <translation>الثواني بين جولات الخدمة</translation>
    </message>
    <message>
        <source>This station has not joined a server: run `ampcard network join`.</source>
        <translation>لم تنضم هذه المحطة إلى خادم: شغل `ampcard network join`.</translation>
    </message>
    <message>
        <source>Station %1: %2 waiting (lag %3 s); last success %4.</source>
        <translation>المحطة %1: %2 في الانتظار (التأخر %3 ث)؛ آخر نجاح: %4.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>لم يحدث بعد</translation>
    </message>
    <message>
        <source>Last error (%1): %2</source>
        <translation>آخر خطأ (%1): %2</translation>
    </message>
    <message>
        <source>The push stopped: %1</source>
        <translation>توقف الإرسال: %1</translation>
    </message>
    <message>
        <source>Pushed %1 journal entries and %2 audit lines.</source>
        <translation>تم إرسال %1 من قيود اليومية و%2 من أسطر التدقيق.</translation>
    </message>
    <message>
        <source>The push stopped: %1 (trying again in %2 s)</source>
        <translation>توقف الإرسال: %1 (إعادة المحاولة بعد %2 ث)</translation>
    </message>
    <message>
        <source>over all stations</source>
        <translation>على كل المحطات</translation>
    </message>
    <message>
        <source>the day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>print CSV</source>
        <translation>طباعة CSV</translation>
    </message>
    <message>
        <source>--all-stations needs --server URL (a reporting login).</source>
        <translation>--all-stations يحتاج --server URL (اسم دخول للتقارير).</translation>
    </message>
    <message>
        <source>Joined, but the upload stopped (%1). It goes on with `ampcard sync`.</source>
        <translation>تم الانضمام، لكن توقف الرفع (%1). يستأنف بالأمر `ampcard sync`.</translation>
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
      ينضم إلى الخادم المركزي بصفته المحطة N ويرفع تاريخ هذا الدفتر
      (يسجل مدير دخوله ويختم مخزن المفاتيح التغيير؛ كلمة مرور الخادم
      من URL أو AMPCARD_SERVER_PASSWORD أو بالطلب)
  sync [--ledger FILE] [--daemon [--interval SECONDS]]
      يرسل ما ينتظر إلى الخادم الآن (أو كل بضع ثوان، للتشغيل كخدمة)
  sync status [--ledger FILE] [--json]
      ما ينتظر، وآخر نجاح، والتأخر، وآخر خطأ
  report daily|z|monthly|stations --all-stations --server URL [--csv]
         [--date YYYY-MM-DD | --from YYYY-MM-DD --to YYYY-MM-DD | YYYY-MM]
      على كل المحطات: إيرادات يوم، أو تقرير الإغلاق (Z) لفترة
      لكل محطة ومشغل، أو إيرادات شهر حسب اليوم، أو الحدود الائتمانية للمحطات
      وسلاسلها (URL: اسم دخول للتقارير، ampcard server add-reporter؛
      كلمة مروره من URL أو AMPCARD_SERVER_PASSWORD أو بالطلب)
</translation>
    </message>
    <message>
        <source>usage: ampcard sync [status|clashes] ...</source>
        <translation>الاستخدام: ampcard sync [status|clashes] ...</translation>
    </message>
    <message>
        <source>No clashes.</source>
        <translation>لا تعارضات.</translation>
    </message>
    <message>
        <source>%1 %2 (%3): refused by the server, station %4 has it.</source>
        <translation>%1 %2 (%3): رفضه الخادم، فهو لدى المحطة %4.</translation>
    </message>
    <message>
        <source>%1 %2 (%3): station %4&apos;s record not taken here, this station has its own.</source>
        <translation>%1 %2 (%3): لم يؤخذ سجل المحطة %4 هنا، فلهذه المحطة سجلها الخاص.</translation>
    </message>
    <message>
        <source>Records: %1 of this station waiting to go out; %2 tariff, fee or operator changes of other stations waiting for the station&apos;s key.</source>
        <translation>السجلات: %1 من هذه المحطة تنتظر الإرسال؛ و%2 من تغييرات التعرفة أو الرسوم أو المشغلين من محطات أخرى تنتظر مفتاح المحطة.</translation>
    </message>
    <message>
        <source>%1 clashes for a supervisor: ampcard sync clashes.</source>
        <translation>%1 من التعارضات بانتظار المشرف: ampcard sync clashes.</translation>
    </message>
    <message>
        <source>Records: %1 pushed, %2 pulled from other stations, %3 new clashes.</source>
        <translation>السجلات: أرسل %1، وجلب %2 من محطات أخرى، و%3 من التعارضات الجديدة.</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>اليوم الأخير</translation>
    </message>
    <message>
        <source>Over all stations, the reports are %1, not &quot;%2&quot;.</source>
        <translation>على كل المحطات، التقارير هي %1، وليس &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Give days as YYYY-MM-DD.</source>
        <translation>أدخل الأيام بصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The password of the reporting login %1: </source>
        <translation>كلمة مرور اسم دخول التقارير %1: </translation>
    </message>
    <message>
        <source>  sync clashes [--ledger FILE] [--json]
      this station&apos;s records the server keeps aside because another station
      holds the same meter (opened at two stations offline), for a supervisor
  report sequences --all-stations --server URL [--csv]
      meter sequences sold by more than one station
</source>
        <translation>  sync clashes [--ledger FILE] [--json]
      سجلات دفتر هذه المحطة التي يضعها الخادم جانبًا لأن محطة أخرى
      تملك العداد نفسه (فُتح في محطتين دون اتصال)، بانتظار المشرف
  report sequences --all-stations --server URL [--csv]
      تسلسلات العداد التي باعتها أكثر من محطة
</translation>
    </message>
</context>
<context>
    <name>Operators</name>
    <message>
        <source>An operator&apos;s login must not be empty or start or end with a space.</source>
        <translation>يجب ألا يكون اسم دخول المشغل فارغا أو يبدأ أو ينتهي بمسافة.</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>كلمة المرور تحتاج 8 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>The password could not be hashed (OpenSSL failed).</source>
        <translation>تعذر تجزئة كلمة المرور (فشل OpenSSL).</translation>
    </message>
    <message>
        <source>There is already an operator &quot;%1&quot;.</source>
        <translation>يوجد مشغل &quot;%1&quot; مسبقا.</translation>
    </message>
    <message>
        <source>Cannot add the operator: %1</source>
        <translation>تعذرت إضافة المشغل: %1</translation>
    </message>
    <message>
        <source>This ledger already has operators; an administrator adds the others.</source>
        <translation>لهذا الدفتر مشغلون مسبقا؛ يضيف المدير الآخرين.</translation>
    </message>
    <message>
        <source>Only an administrator may add operators.</source>
        <translation>لا يضيف المشغلين إلا المدير.</translation>
    </message>
    <message>
        <source>Unknown operator or wrong password.</source>
        <translation>مشغل غير معروف أو كلمة مرور خاطئة.</translation>
    </message>
    <message>
        <source>Operator &quot;%1&quot; is locked after %2 wrong passwords; an administrator must unlock it.</source>
        <translation>المشغل &quot;%1&quot; مقفل بعد %2 كلمات مرور خاطئة؛ يجب أن يفتح المدير قفله.</translation>
    </message>
    <message>
        <source>Cannot record the sign-in: %1</source>
        <translation>تعذر تسجيل الدخول في السجل: %1</translation>
    </message>
    <message>
        <source>Sign-in refused: %1 Run &quot;ampcard ledger verify&quot; and call the auditors; restore the newest good backup.</source>
        <translation>رفض تسجيل الدخول: %1 شغل &quot;ampcard ledger verify&quot; (فحص الدفتر) واستدع المدققين؛ واستعد أحدث نسخة احتياطية سليمة.</translation>
    </message>
    <message>
        <source>Wrong password. Operator &quot;%1&quot; is now locked; an administrator must unlock it.</source>
        <translation>كلمة مرور خاطئة. المشغل &quot;%1&quot; مقفل الآن؛ يجب أن يفتح المدير قفله.</translation>
    </message>
    <message>
        <source>Cannot change the operator: %1</source>
        <translation>تعذر تعديل المشغل: %1</translation>
    </message>
    <message>
        <source>There is no operator &quot;%1&quot;.</source>
        <translation>لا يوجد مشغل &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Recovering an operator needs the keystore&apos;s passphrase.</source>
        <translation>استرداد مشغل يحتاج إلى عبارة مرور مخزن المفاتيح.</translation>
    </message>
    <message>
        <source>Cannot recover the operator: %1</source>
        <translation>تعذر استرداد المشغل: %1</translation>
    </message>
    <message>
        <source>Only an administrator may unlock operators.</source>
        <translation>لا يفتح قفل المشغلين إلا المدير.</translation>
    </message>
    <message>
        <source>Only an administrator may set another operator&apos;s password.</source>
        <translation>لا يعين كلمة مرور مشغل آخر إلا المدير.</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>out of memory</source>
        <translation>نفدت الذاكرة</translation>
    </message>
    <message>
        <source>The server address is not a valid PostgreSQL URL: %1</source>
        <translation>عنوان الخادم ليس عنوان URL صالحا لـ PostgreSQL: %1</translation>
    </message>
    <message>
        <source>Cannot connect to the server: %1</source>
        <translation>تعذر الاتصال بالخادم: %1</translation>
    </message>
    <message>
        <source>the connection to the server was lost</source>
        <translation>انقطع الاتصال بالخادم</translation>
    </message>
</context>
<context>
    <name>ReferenceSync</name>
    <message>
        <source>Cannot read the reference outbox: %1</source>
        <translation>تعذرت قراءة صندوق الصادر المرجعي: %1</translation>
    </message>
    <message>
        <source>Cannot read a %1 for the server: %2</source>
        <translation>تعذرت قراءة %1 للخادم: %2</translation>
    </message>
    <message>
        <source>The server refused reference records: %1</source>
        <translation>رفض الخادم السجلات المرجعية: %1</translation>
    </message>
    <message>
        <source>Cannot clear what the server took from the reference outbox: %1</source>
        <translation>تعذر حذف ما استلمه الخادم من صندوق الصادر المرجعي: %1</translation>
    </message>
    <message>
        <source>Cannot pull reference records: %1</source>
        <translation>تعذر جلب السجلات المرجعية: %1</translation>
    </message>
    <message>
        <source>Cannot apply reference records: %1</source>
        <translation>تعذر تطبيق السجلات المرجعية: %1</translation>
    </message>
    <message>
        <source>Cannot apply a %1 from station %2: %3</source>
        <translation>تعذر تطبيق %1 من المحطة %2: %3</translation>
    </message>
    <message>
        <source>Cannot apply reference records: cannot note the revision.</source>
        <translation>تعذر تطبيق السجلات المرجعية: تعذر تسجيل المراجعة.</translation>
    </message>
    <message>
        <source>Cannot read the clashes the server found: %1</source>
        <translation>تعذرت قراءة التعارضات التي وجدها الخادم: %1</translation>
    </message>
    <message>
        <source>Cannot note a clash: %1</source>
        <translation>تعذر تسجيل تعارض: %1</translation>
    </message>
    <message>
        <source>Cannot note a clash.</source>
        <translation>تعذر تسجيل تعارض.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>The report is refused: its sales do not agree with the sealed journal. %1 Run &quot;ampcard ledger verify&quot; and call the auditors.</source>
        <translation>رفض التقرير: مبيعاته لا تتفق مع اليومية المختومة. %1 شغل &quot;ampcard ledger verify&quot; (فحص الدفتر) واستدع المدققين.</translation>
    </message>
    <message>
        <source>Only a supervisor, administrator or installer sees the station&apos;s reports; a cashier sees their own work and customers&apos; histories.</source>
        <translation>لا يرى تقارير المحطة إلا المشرف أو المدير أو الفني؛ ويرى أمين الصندوق عمله وتاريخ المشتركين.</translation>
    </message>
    <message>
        <source>Cannot run the report: %1</source>
        <translation>تعذر تشغيل التقرير: %1</translation>
    </message>
    <message>
        <source>Give a day as YYYY-MM-DD.</source>
        <translation>أدخل اليوم بصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Takings of %1</source>
        <translation>إيرادات %1</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>المشغل</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>المدفوع</translation>
    </message>
    <message>
        <source>Fixed charges</source>
        <translation>الرسم الثابت</translation>
    </message>
    <message>
        <source>Debt recovered</source>
        <translation>الدين المسترد</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>ضريبة القيمة المضافة</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>الطاقة (kWh)</translation>
    </message>
    <message>
        <source>Give a month as YYYY-MM.</source>
        <translation>أدخل الشهر بصيغة YYYY-MM.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>المشتريات</translation>
    </message>
    <message>
        <source>Give the period as two days, the first not after the second.</source>
        <translation>أدخل الفترة يومين، على ألا يكون الأول بعد الثاني.</translation>
    </message>
    <message>
        <source>Work of %1 from %2 to %3</source>
        <translation>عمل %1 من %2 إلى %3</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>الوقت (UTC)</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>إيصال</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>العداد</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>التسلسل</translation>
    </message>
    <message>
        <source>This operator may not see reports.</source>
        <translation>لا يحق لهذا المشغل رؤية التقارير.</translation>
    </message>
    <message>
        <source>History of customer %1</source>
        <translation>تاريخ المشترك %1</translation>
    </message>
    <message>
        <source>Energy of customer %1 by month</source>
        <translation>طاقة المشترك %1 حسب الشهر</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Bought (kWh)</source>
        <translation>المشترى (kWh)</translation>
    </message>
    <message>
        <source>Used (kWh)</source>
        <translation>المستهلك (kWh)</translation>
    </message>
    <message>
        <source>Consumption read from cards, %1 to %2</source>
        <translation>الاستهلاك المقروء من البطاقات، من %1 إلى %2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>المشترك</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>القراءات</translation>
    </message>
    <message>
        <source>First read (UTC)</source>
        <translation>أول قراءة (UTC)</translation>
    </message>
    <message>
        <source>Last read (UTC)</source>
        <translation>آخر قراءة (UTC)</translation>
    </message>
    <message>
        <source>Forward (kWh)</source>
        <translation>أمامي (kWh)</translation>
    </message>
    <message>
        <source>Reverse (kWh)</source>
        <translation>عكسي (kWh)</translation>
    </message>
    <message>
        <source>Billed (kWh)</source>
        <translation>المفوتر (kWh)</translation>
    </message>
    <message>
        <source>Suspicious meters as of %1</source>
        <translation>العدادات المشبوهة حتى %1</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>النتائج</translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s) pending the meter&apos;s proof</source>
        <translation>
            <numerusform>%n عملية استرداد تنتظر إثبات العداد</numerusform>
            <numerusform>عملية استرداد واحدة (%n) تنتظر إثبات العداد</numerusform>
            <numerusform>عمليتا استرداد (%n) تنتظران إثبات العداد</numerusform>
            <numerusform>%n عمليات استرداد تنتظر إثبات العداد</numerusform>
            <numerusform>%n عملية استرداد تنتظر إثبات العداد</numerusform>
            <numerusform>%n عملية استرداد تنتظر إثبات العداد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paid sale(s) the meter can never load: owed to the customer</source>
        <translation>
            <numerusform>%n بيع مدفوع لن يشحنه العداد أبدا: مستحق للمشترك</numerusform>
            <numerusform>بيع مدفوع واحد (%n) لن يشحنه العداد أبدا: مستحق للمشترك</numerusform>
            <numerusform>بيعان مدفوعان (%n) لن يشحنهما العداد أبدا: مستحقان للمشترك</numerusform>
            <numerusform>%n مبيعات مدفوعة لن يشحنها العداد أبدا: مستحقة للمشترك</numerusform>
            <numerusform>%n بيعا مدفوعا لن يشحنها العداد أبدا: مستحقة للمشترك</numerusform>
            <numerusform>%n بيع مدفوع لن يشحنها العداد أبدا: مستحقة للمشترك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s) not loaded after %1 days</source>
        <translation>
            <numerusform>%n عملية شراء لم تشحن بعد %1 يوم</numerusform>
            <numerusform>عملية شراء واحدة (%n) لم تشحن بعد %1 يوم</numerusform>
            <numerusform>عمليتا شراء (%n) لم تشحنا بعد %1 يوم</numerusform>
            <numerusform>%n عمليات شراء لم تشحن بعد %1 يوم</numerusform>
            <numerusform>%n عملية شراء لم تشحن بعد %1 يوم</numerusform>
            <numerusform>%n عملية شراء لم تشحن بعد %1 يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>silent for more than %1 days</source>
        <translation>صامت لأكثر من %1 يوم</translation>
    </message>
    <message>
        <source>Name the customer number.</source>
        <translation>اذكر رقم المشترك.</translation>
    </message>
    <message>
        <source>There is no report &quot;%1&quot; (reports: %2).</source>
        <translation>لا يوجد تقرير &quot;%1&quot; (التقارير: %2).</translation>
    </message>
    <message>
        <source>The ledger cannot be read: %1</source>
        <translation>تعذرت قراءة الدفتر: %1</translation>
    </message>
    <message>
        <source>No sale %1 is in this ledger: check the number, or look it up on the station that sold it.</source>
        <translation>لا يوجد البيع %1 في هذا الدفتر: تحقق من الرقم، أو ابحث عنه في المحطة التي باعته.</translation>
    </message>
    <message>
        <source>The receipt&apos;s code does not match sale %1 in the ledger (station %2, paid %3): the receipt is not genuine or not this ledger&apos;s.</source>
        <translation>رمز الإيصال لا يطابق البيع %1 في الدفتر (المحطة %2، المدفوع %3): الإيصال غير أصلي أو ليس من هذا الدفتر.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>cashier</source>
        <translation>أمين الصندوق</translation>
    </message>
    <message>
        <source>installer</source>
        <translation>الفني</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>المشرف</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>المدير</translation>
    </message>
</context>
<context>
    <name>SaleState</name>
    <message>
        <source>pending</source>
        <translation>معلق</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>void</source>
        <translation>باطل</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ملغى</translation>
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
        <translation>ampcard server: أمر فرعي غير معروف &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>--db URL is required</source>
        <translation>--db URL مطلوب</translation>
    </message>
    <message>
        <source>The central schema is up to date (version %1).</source>
        <translation>المخطط المركزي محدث (الإصدار %1).</translation>
    </message>
    <message>
        <source>Created the central schema (version %1).</source>
        <translation>تم إنشاء المخطط المركزي (الإصدار %1).</translation>
    </message>
    <message>
        <source>Upgraded the central schema from version %1 to %2.</source>
        <translation>تمت ترقية المخطط المركزي من الإصدار %1 إلى %2.</translation>
    </message>
    <message>
        <source>station number</source>
        <translation>رقم المحطة</translation>
    </message>
    <message>
        <source>vendor float</source>
        <translation>الحد الائتماني للمحطة</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>طباعة JSON</translation>
    </message>
    <message>
        <source>--db URL and --station N are required</source>
        <translation>--db URL و--station N مطلوبان</translation>
    </message>
    <message>
        <source>--station takes a station number from 1, not &quot;%1&quot;</source>
        <translation>--station يأخذ رقم محطة يبدأ من 1، لا &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--float takes an amount of zero or more, not &quot;%1&quot;</source>
        <translation>--float يأخذ مبلغا من صفر فأكثر، لا &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the new float</source>
        <translation>الحد الائتماني الجديد</translation>
    </message>
    <message>
        <source>--set takes an amount of zero or more, not &quot;%1&quot;</source>
        <translation>--set يأخذ مبلغا من صفر فأكثر، لا &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Station %1: float %2, taken %3, left %4</source>
        <translation>المحطة %1: الحد الائتماني %2، المسحوب %3، المتبقي %4</translation>
    </message>
    <message>
        <source>the reporting login</source>
        <translation>اسم دخول التقارير</translation>
    </message>
    <message>
        <source>--db URL and --login NAME are required</source>
        <translation>--db URL و--login NAME مطلوبان</translation>
    </message>
    <message>
        <source>Station %1 joins with this URL (keep it secret):</source>
        <translation>تنضم المحطة %1 بعنوان URL هذا (احفظه سرا):</translation>
    </message>
    <message>
        <source>Reports over all stations use this URL (keep it secret):</source>
        <translation>تقارير كل المحطات تستخدم عنوان URL هذا (احفظه سرا):</translation>
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
      ينشئ المخطط المركزي وأدواره على PostgreSQL أو يرقيهما
  server add-station --db URL --station N [--float X] [--edits-shared] [--json]
      دور دخول للمحطة N؛ يطبع عنوان URL الذي تنضم به المحطة
  server float --db URL --station N [--set X] [--json]
      يعرض الحد الائتماني للمحطة N أو يعينه
  server add-reporter --db URL --login NAME [--json]
      اسم دخول لتقارير كل المحطات (ampcard report … --all-stations)
      (URL: عنوان URL أو نص اتصال libpq؛ TLS verify-full ما لم يذكر
      sslmode؛ كلمة المرور من URL أو PGPASSWORD أو ~/.pgpass)
</translation>
    </message>
    <message>
        <source>the station edits tariff plans, fee rules and operators for every station (the head office)</source>
        <translation>تعدل المحطة بيانات فئة التعرفة وقواعد الرسوم والمشغلين لكل المحطات (المقر الرئيسي)</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Only an administrator may set the utility and the station number.</source>
        <translation>لا يعين المرفق ورقم المحطة إلا المدير.</translation>
    </message>
    <message>
        <source>Only a supervisor or administrator may change the station&apos;s charges.</source>
        <translation>لا يغير رسوم المحطة إلا المشرف أو المدير.</translation>
    </message>
    <message>
        <source>Fee amounts cannot be negative.</source>
        <translation>لا يمكن أن تكون مبالغ الرسوم سالبة.</translation>
    </message>
    <message>
        <source>The station number is a number from 1 up.</source>
        <translation>رقم المحطة عدد يبدأ من 1.</translation>
    </message>
</context>
<context>
    <name>Shifts</name>
    <message>
        <source>This operator does not take money.</source>
        <translation>هذا المشغل لا يتسلم أموالا.</translation>
    </message>
    <message>
        <source>%1 has a shift open already.</source>
        <translation>لدى %1 وردية مفتوحة مسبقا.</translation>
    </message>
    <message>
        <source>Cannot open the shift: %1</source>
        <translation>تعذر فتح الوردية: %1</translation>
    </message>
    <message>
        <source>Only a supervisor may close another operator&apos;s shift.</source>
        <translation>لا يغلق وردية مشغل آخر إلا المشرف.</translation>
    </message>
    <message>
        <source>%1 has no open shift.</source>
        <translation>ليس لدى %1 وردية مفتوحة.</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) of this shift are pending: put their cards back in the reader to settle them before closing.</source>
        <translation>
            <numerusform>%n بيع من هذه الوردية معلقة: أعد بطاقاتها إلى القارئ لتسويتها قبل الإغلاق.</numerusform>
            <numerusform>بيع واحد (%n) من هذه الوردية معلق: أعد بطاقته إلى القارئ لتسويته قبل الإغلاق.</numerusform>
            <numerusform>بيعان (%n) من هذه الوردية معلقان: أعد بطاقتيهما إلى القارئ لتسويتهما قبل الإغلاق.</numerusform>
            <numerusform>%n مبيعات من هذه الوردية معلقة: أعد بطاقاتها إلى القارئ لتسويتها قبل الإغلاق.</numerusform>
            <numerusform>%n بيعا من هذه الوردية معلقة: أعد بطاقاتها إلى القارئ لتسويتها قبل الإغلاق.</numerusform>
            <numerusform>%n بيع من هذه الوردية معلقة: أعد بطاقاتها إلى القارئ لتسويتها قبل الإغلاق.</numerusform>
        </translation>
    </message>
    <message>
        <source>The shift cannot be closed: its sales do not agree with the sealed journal. %1 Run &quot;ampcard ledger verify&quot; and call the auditors.</source>
        <translation>لا يمكن إغلاق الوردية: مبيعاتها لا تتفق مع اليومية المختومة. %1 شغل &quot;ampcard ledger verify&quot; (فحص الدفتر) واستدع المدققين.</translation>
    </message>
    <message>
        <source>Cannot close the shift: %1</source>
        <translation>تعذر إغلاق الوردية: %1</translation>
    </message>
    <message>
        <source>There is no shift %1.</source>
        <translation>لا توجد وردية %1.</translation>
    </message>
    <message>
        <source>Only a supervisor may seal another operator&apos;s report.</source>
        <translation>لا يختم تقرير مشغل آخر إلا المشرف.</translation>
    </message>
    <message>
        <source>The shift is still open: close it first.</source>
        <translation>الوردية لا تزال مفتوحة: أغلقها أولا.</translation>
    </message>
    <message>
        <source>Cannot seal the report: %1</source>
        <translation>تعذر ختم التقرير: %1</translation>
    </message>
    <message>
        <source>CLOSE-OUT (Z) REPORT</source>
        <translation>تقرير الإغلاق (Z)</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>الوردية</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>المشغل</translation>
    </message>
    <message>
        <source>Opened (UTC)</source>
        <translation>فتحت (UTC)</translation>
    </message>
    <message>
        <source>Closed (UTC)</source>
        <translation>أغلقت (UTC)</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>أغلقها</translation>
    </message>
    <message>
        <source>paid %1, VAT %2, credit %3, %4 kWh</source>
        <translation>المدفوع %1، ضريبة القيمة المضافة %2، الرصيد %3، %4 kWh</translation>
    </message>
    <message>
        <source>CASH IN DRAWER</source>
        <translation>النقد في الدرج</translation>
    </message>
    <message>
        <source>Ledger head</source>
        <translation>رأس الدفتر</translation>
    </message>
    <message>
        <source>Report hash</source>
        <translation>تجزئة التقرير</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>فتحت</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>أغلقت</translation>
    </message>
</context>
<context>
    <name>StationAccess</name>
    <message>
        <source>ledger file</source>
        <translation>ملف الدفتر</translation>
    </message>
    <message>
        <source>operator&apos;s login</source>
        <translation>اسم دخول المشغل</translation>
    </message>
    <message>
        <source>keystore file</source>
        <translation>ملف مخزن المفاتيح</translation>
    </message>
    <message>
        <source>card reader name</source>
        <translation>اسم قارئ البطاقات</translation>
    </message>
    <message>
        <source>Who is signing in? Give --operator LOGIN or set AMPCARD_OPERATOR.</source>
        <translation>من يسجل الدخول؟ أدخل --operator LOGIN أو عين AMPCARD_OPERATOR.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>كلمة مرور %1: </translation>
    </message>
    <message>
        <source>Keystore passphrase: </source>
        <translation>عبارة مرور مخزن المفاتيح: </translation>
    </message>
    <message>
        <source>Which keystore? Give --keystore FILE or set AMPCARD_KEYSTORE.</source>
        <translation>أي ملف لمخزن المفاتيح؟ أدخل --keystore FILE أو عين AMPCARD_KEYSTORE.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>This ledger has joined station %1 of a server already (%2).</source>
        <translation>انضم هذا الدفتر مسبقا إلى خادم بصفته المحطة %1 (%2).</translation>
    </message>
    <message>
        <source>A station number is a whole number from 1.</source>
        <translation>رقم المحطة عدد صحيح يبدأ من 1.</translation>
    </message>
    <message>
        <source>No password for the server: give the URL that `ampcard server add-station` printed, or set AMPCARD_SERVER_PASSWORD.</source>
        <translation>لا توجد كلمة مرور للخادم: أدخل عنوان URL الذي طبعه `ampcard server add-station`، أو عين AMPCARD_SERVER_PASSWORD.</translation>
    </message>
    <message>
        <source>Cannot write the server&apos;s password file %1: %2</source>
        <translation>تعذرت كتابة ملف كلمة مرور الخادم %1: %2</translation>
    </message>
    <message>
        <source>The server has no Ampcard schema readable by this station: %1</source>
        <translation>لا يوجد على الخادم مخطط Ampcard تستطيع هذه المحطة قراءته: %1</translation>
    </message>
    <message>
        <source>The server has no Ampcard schema: run `ampcard server init`.</source>
        <translation>لا يوجد على الخادم مخطط Ampcard: شغل `ampcard server init`.</translation>
    </message>
    <message>
        <source>The server refused this station&apos;s login: %1</source>
        <translation>رفض الخادم تسجيل دخول هذه المحطة: %1</translation>
    </message>
    <message>
        <source>The server does not know this login as a station.</source>
        <translation>لا يعرف الخادم اسم الدخول هذا كمحطة.</translation>
    </message>
    <message>
        <source>The server knows this login as station %1, not %2.</source>
        <translation>يعرف الخادم اسم الدخول هذا كالمحطة %1، لا %2.</translation>
    </message>
    <message>
        <source>Station %1 on the server belongs to another ledger (%2); this ledger is %3.</source>
        <translation>المحطة %1 على الخادم تخص دفترا آخر (%2)؛ وهذا الدفتر هو %3.</translation>
    </message>
    <message>
        <source>Cannot join: %1</source>
        <translation>تعذر الانضمام: %1</translation>
    </message>
    <message>
        <source>Cannot queue the history for the server: %1</source>
        <translation>تعذر وضع التاريخ في صندوق الصادر إلى الخادم: %1</translation>
    </message>
    <message>
        <source>This station has not joined a server (ampcard network join).</source>
        <translation>لم تنضم هذه المحطة إلى خادم (ampcard network join).</translation>
    </message>
    <message>
        <source>Cannot read the outbox: %1</source>
        <translation>تعذرت قراءة صندوق الصادر: %1</translation>
    </message>
    <message>
        <source>The server refused a batch: %1</source>
        <translation>رفض الخادم دفعة: %1</translation>
    </message>
    <message>
        <source>The server did not confirm a batch: %1</source>
        <translation>لم يؤكد الخادم استلام دفعة: %1</translation>
    </message>
    <message>
        <source>Cannot clear what the server took from the outbox: %1</source>
        <translation>تعذر حذف ما استلمه الخادم من صندوق الصادر: %1</translation>
    </message>
    <message>
        <source>Cannot read the journal&apos;s head: %1</source>
        <translation>تعذر قراءة رأس السجل: %1</translation>
    </message>
    <message>
        <source>Cannot queue the station&apos;s records for the server: %1</source>
        <translation>تعذر وضع سجلات المحطة في قائمة الانتظار للخادم: %1</translation>
    </message>
    <message>
        <source>Cannot read the card sales for the server: %1</source>
        <translation>تعذرت قراءة مبيعات البطاقات للخادم: %1</translation>
    </message>
    <message>
        <source>The server did not take the card sales&apos; sequences: %1</source>
        <translation>لم يقبل الخادم تسلسلات مبيعات البطاقات: %1</translation>
    </message>
    <message>
        <source>Tariff plans, fee rules and operators from other stations are applied only with the station&apos;s key unlocked.</source>
        <translation>لا تطبق بيانات فئة التعرفة وقواعد الرسوم والمشغلين الواردة من محطات أخرى إلا بعد فتح قفل مفتاح المحطة.</translation>
    </message>
    <message>
        <source>Tariff plans, fee rules and operators are shared by every station in network mode: a change needs the server, which cannot be reached (%1). Nothing was changed; try again when the station is online.</source>
        <translation>بيانات فئة التعرفة وقواعد الرسوم والمشغلون مشتركة بين كل المحطات في وضع الشبكة: يحتاج التغيير إلى الخادم، وقد تعذر الوصول إليه (%1). لم يتغير شيء؛ أعد المحاولة عندما تكون المحطة متصلة.</translation>
    </message>
    <message>
        <source>a card sale at another station that the meter has not loaded is out (%1): insert the card in the meter first</source>
        <translation>ثمة بيع بطاقة في محطة أخرى لم يشحنه العداد بعد (%1): أدخل البطاقة في العداد أولا</translation>
    </message>
    <message>
        <source>In network mode tariff plans and fee rules are the utility&apos;s: they are changed at the head office&apos;s station and reach this one from the server.</source>
        <translation>في وضع الشبكة، بيانات فئة التعرفة وقواعد الرسوم ملك لشركة الكهرباء: تُغيَّر في محطة المقر الرئيسي وتصل إلى هذه المحطة من الخادم.</translation>
    </message>
</context>
<context>
    <name>TariffCommand</name>
    <message>
        <source>monthly on day %1 at %2:00</source>
        <translation>شهريا في اليوم %1 عند %2:00</translation>
    </message>
    <message>
        <source>yearly on %1</source>
        <translation>سنويا في %1</translation>
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
      يتحقق من صحة ملف التعرفة؛ الأخطاء تذكر الحقل والسبب.
  ampcard tariff quote FILE --used KWH (--money AMOUNT | --energy KWH) [--rate NAME] [--json]
      الطاقة التي تشتريها دفعة، أو المال لكمية من الطاقة، بعد KWH من
      الاستهلاك في فترة التسوية. --rate يختار سعر TOU (sharp، peak،
      flat، valley؛ الافتراضي: quoteRate في الملف).
  ampcard tariff bill FILE --readings CSV [--json]
      يفوتر ملف CSV من قراءات &quot;timestamp,cumulative_kwh&quot; (بالوقت المحلي) لكل
      فترة تسوية برمز الخصم الخاص بالعداد.
</translation>
    </message>
    <message>
        <source>ampcard tariff: a subcommand is needed
</source>
        <translation>ampcard tariff: يلزم أمر فرعي لأوامر التعرفة
</translation>
    </message>
    <message>
        <source>ampcard tariff: unknown subcommand &quot;%1&quot;
</source>
        <translation>ampcard tariff: &quot;%1&quot; ليس أمرا فرعيا معروفا لأوامر التعرفة
</translation>
    </message>
    <message>
        <source>usage: ampcard tariff check FILE</source>
        <translation>الاستخدام (فحص ملف التعرفة): ampcard tariff check FILE</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid tariff &quot;%2&quot; (%3), %n step(s), settlement %4</source>
        <translation>
            <numerusform>%1: تعرفة صالحة &quot;%2&quot; (%3)، %n شريحة، التسوية %4</numerusform>
            <numerusform>%1: تعرفة صالحة &quot;%2&quot; (%3)، شريحة واحدة %n، التسوية %4</numerusform>
            <numerusform>%1: تعرفة صالحة &quot;%2&quot; (%3)، %n شريحة (اثنتان)، التسوية %4</numerusform>
            <numerusform>%1: تعرفة صالحة &quot;%2&quot; (%3)، %n شريحة، التسوية %4</numerusform>
            <numerusform>%1: تعرفة صالحة &quot;%2&quot; (%3)، %n شريحة، التسوية %4</numerusform>
            <numerusform>%1: تعرفة صالحة &quot;%2&quot; (%3)، %n شريحة، التسوية %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, TOU with %n schedule entries</source>
        <translation>
            <numerusform>، TOU بـ %n إدخال في الجدول</numerusform>
            <numerusform>، TOU بإدخال واحد %n في الجدول</numerusform>
            <numerusform>، TOU بإدخالين %n في الجدول</numerusform>
            <numerusform>، TOU بـ %n إدخالات في الجدول</numerusform>
            <numerusform>، TOU بـ %n إدخالا في الجدول</numerusform>
            <numerusform>، TOU بـ %n إدخال في الجدول</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage so far in the settlement period.</source>
        <translation>الاستهلاك حتى الآن في فترة التسوية.</translation>
    </message>
    <message>
        <source>Amount paid.</source>
        <translation>المبلغ المدفوع.</translation>
    </message>
    <message>
        <source>Energy wanted.</source>
        <translation>الطاقة المطلوبة.</translation>
    </message>
    <message>
        <source>TOU rate to quote at.</source>
        <translation>سعر TOU المراد التسعير به.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>طباعة JSON.</translation>
    </message>
    <message>
        <source>Tariff file.</source>
        <translation>ملف التعرفة.</translation>
    </message>
    <message>
        <source>usage: ampcard tariff quote FILE --used KWH (--money AMOUNT | --energy KWH) [--rate NAME] [--json]</source>
        <translation>الاستخدام (تسعير التعرفة): ampcard tariff quote FILE --used KWH (--money AMOUNT | --energy KWH) [--rate NAME] [--json]</translation>
    </message>
    <message>
        <source>--used KWH is required (usage so far in the settlement period)</source>
        <translation>--used KWH مطلوب (الاستهلاك حتى الآن في فترة التسوية)</translation>
    </message>
    <message>
        <source>give exactly one of --money AMOUNT and --energy KWH</source>
        <translation>أدخل واحدا فقط من --money AMOUNT و--energy KWH</translation>
    </message>
    <message>
        <source>--used &quot;%1&quot;: %2</source>
        <translation>--used &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>--rate &quot;%1&quot;: the tariff defines no such TOU rate</source>
        <translation>--rate &quot;%1&quot;: التعرفة لا تعرف سعر TOU كهذا</translation>
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
        <translation>%1 (%2)، الاستهلاك السابق: %3 kWh</translation>
    </message>
    <message>
        <source>, TOU rate %1</source>
        <translation>، سعر TOU %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <source>Energy kWh</source>
        <translation>الطاقة kWh</translation>
    </message>
    <message>
        <source>Price/kWh</source>
        <translation>السعر/kWh</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>المبلغ النقدي</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Paid %1; %2 buys less than 0.01 kWh more and stays as credit.
</source>
        <translation>دفع %1؛ و%2 يشتري أقل من 0.01 kWh إضافية ويبقى رصيدا.
</translation>
    </message>
    <message>
        <source>CSV of timestamp,cumulative_kwh.</source>
        <translation>ملف CSV من timestamp,cumulative_kwh.</translation>
    </message>
    <message>
        <source>usage: ampcard tariff bill FILE --readings CSV [--json]</source>
        <translation>الاستخدام (فوترة قراءات بالتعرفة): ampcard tariff bill FILE --readings CSV [--json]</translation>
    </message>
    <message>
        <source>%1 (%2), settlement %3
</source>
        <translation>%1 (%2)، التسوية %3
</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
</context>
<context>
    <name>TariffFileReader</name>
    <message>
        <source>unknown field (expected one of: %1)</source>
        <translation>حقل غير معروف (المتوقع أحد: %1)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>must be a decimal string such as &quot;0.5380&quot;</source>
        <translation>يجب أن يكون نصا عشريا مثل &quot;0.5380&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>يجب أن يكون عددا صحيحا من %1 إلى %2</translation>
    </message>
    <message>
        <source>missing or not a list of steps</source>
        <translation>مفقود أو ليس قائمة شرائح</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>يجب أن يكون كائنا</translation>
    </message>
    <message>
        <source>the last step has no upper bound</source>
        <translation>الشريحة الأخيرة ليس لها حد أعلى</translation>
    </message>
    <message>
        <source>must be a time of day &quot;HH:MM&quot;</source>
        <translation>يجب أن يكون وقتا من اليوم &quot;HH:MM&quot;</translation>
    </message>
    <message>
        <source>missing or not an object</source>
        <translation>مفقود أو ليس كائنا</translation>
    </message>
    <message>
        <source>must be &quot;MM-DDTHH&quot;, such as &quot;01-01T00&quot;</source>
        <translation>يجب أن يكون &quot;MM-DDTHH&quot;، مثل &quot;01-01T00&quot;</translation>
    </message>
    <message>
        <source>must be &quot;monthly&quot; or &quot;yearly&quot;</source>
        <translation>يجب أن يكون &quot;monthly&quot; أو &quot;yearly&quot;</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>ليس JSON صالحا عند البايت %1: %2</translation>
    </message>
    <message>
        <source>a tariff file holds one JSON object</source>
        <translation>ملف التعرفة يحمل كائن JSON واحدا</translation>
    </message>
    <message>
        <source>missing or empty</source>
        <translation>مفقود أو فارغ</translation>
    </message>
    <message>
        <source>must be an ISO 4217 code such as &quot;CNY&quot;</source>
        <translation>يجب أن يكون رمز ISO 4217 مثل &quot;CNY&quot;</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>تعذرت قراءة الملف: %1</translation>
    </message>
    <message>
        <source>file is larger than 1 MiB; not a tariff file</source>
        <translation>الملف أكبر من 1 MiB؛ ليس ملف تعرفة</translation>
    </message>
</context>
<context>
    <name>TariffPlans</name>
    <message>
        <source>Only a supervisor or administrator may change tariffs.</source>
        <translation>لا يغير التعرفات إلا المشرف أو المدير.</translation>
    </message>
    <message>
        <source>A tariff plan needs a name without leading or trailing spaces.</source>
        <translation>فئة التعرفة تحتاج اسما بلا مسافات في البداية أو النهاية.</translation>
    </message>
    <message>
        <source>The tariff is not valid: %1</source>
        <translation>التعرفة غير صالحة: %1</translation>
    </message>
    <message>
        <source>The tariff needs the time it takes effect.</source>
        <translation>التعرفة تحتاج إلى وقت بدء سريانها.</translation>
    </message>
    <message>
        <source>A tariff cannot take effect in the past (%1).</source>
        <translation>لا يمكن أن يبدأ سريان التعرفة في الماضي (%1).</translation>
    </message>
    <message>
        <source>Cannot read the tariff plans: %1</source>
        <translation>تعذرت قراءة بيانات فئة التعرفة: %1</translation>
    </message>
    <message>
        <source>Version %1 of %2 takes effect at %3; a new version must take effect after it.</source>
        <translation>الإصدار %1 من %2 يسري عند %3؛ يجب أن يسري الإصدار الجديد بعده.</translation>
    </message>
    <message>
        <source>Cannot add the tariff: %1</source>
        <translation>تعذرت إضافة التعرفة: %1</translation>
    </message>
    <message>
        <source>There is no tariff plan &quot;%1&quot;.</source>
        <translation>لا توجد فئة تعرفة &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot assign the plan: %1</source>
        <translation>تعذر تعيين الفئة: %1</translation>
    </message>
</context>
<context>
    <name>ThermalPrinter</name>
    <message>
        <source>&quot;%1&quot; is not a printer&apos;s address: write HOST or HOST:PORT, for example 192.0.2.10:9100.</source>
        <translation>&quot;%1&quot; ليس عنوان طابعة: اكتب HOST أو HOST:PORT، مثلا 192.0.2.10:9100.</translation>
    </message>
    <message>
        <source>it is not there (%1): check that it is plugged in and switched on, and the device in Administration.</source>
        <translation>غير موجودة (%1): تحقق من أنها موصولة ومشغلة، ومن الجهاز في الإدارة.</translation>
    </message>
    <message>
        <source>permission denied: the station&apos;s user must be in the group that owns the device (often lp or dialout).</source>
        <translation>رفض الإذن: يجب أن يكون مستخدم المحطة في المجموعة المالكة للجهاز (غالبا lp أو dialout).</translation>
    </message>
    <message>
        <source>it cannot be opened (%1).</source>
        <translation>يتعذر فتحها (%1).</translation>
    </message>
    <message>
        <source>its serial settings cannot be read (%1).</source>
        <translation>تتعذر قراءة إعداداتها التسلسلية (%1).</translation>
    </message>
    <message>
        <source>%1 baud is not a speed it can be set to: choose 9600, 19200, 38400 or 115200.</source>
        <translation>%1 بود ليست سرعة يمكن ضبطها عليها: اختر 9600 أو 19200 أو 38400 أو 115200.</translation>
    </message>
    <message>
        <source>its serial line cannot be set (%1).</source>
        <translation>يتعذر ضبط خطها التسلسلي (%1).</translation>
    </message>
    <message>
        <source>it refused the connection: is it switched on, and is the port right (usually 9100)?</source>
        <translation>رفضت الاتصال: هل هي مشغلة، وهل المنفذ صحيح (عادة 9100)؟</translation>
    </message>
    <message>
        <source>no connection (%1).</source>
        <translation>لا اتصال (%1).</translation>
    </message>
    <message>
        <source>it did not answer within %1 s: is it switched on, online and not out of paper?</source>
        <translation>لم تستجب خلال %1 ث: هل هي مشغلة ومتصلة وفيها ورق؟</translation>
    </message>
    <message>
        <source>its address cannot be found (%1).</source>
        <translation>يتعذر العثور على عنوانها (%1).</translation>
    </message>
    <message>
        <source>it took %1 of %2 bytes and no more (short write).</source>
        <translation>استلمت %1 من %2 بايت ولا أكثر (كتابة ناقصة).</translation>
    </message>
    <message>
        <source>it stopped after %1 of %2 bytes (%3).</source>
        <translation>توقفت بعد %1 من %2 بايت (%3).</translation>
    </message>
    <message>
        <source>it cannot be written to (%1).</source>
        <translation>تتعذر الكتابة إليها (%1).</translation>
    </message>
    <message>
        <source>Printer %1: %2</source>
        <translation>الطابعة %1: %2</translation>
    </message>
</context>
<context>
    <name>Tool</name>
    <message>
        <source>Usage: ampcard COMMAND ...

Commands:
</source>
        <translation>الاستخدام: ampcard COMMAND ...

الأوامر:
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
        <translation>ampcard: أمر غير معروف &quot;%1&quot;

</translation>
    </message>
</context>
<context>
    <name>Workstation</name>
    <message>
        <source>No keystore is set for this station.</source>
        <translation>لم يعين مخزن المفاتيح لهذه المحطة.</translation>
    </message>
    <message>
        <source>There is no keystore at %1.</source>
        <translation>لا يوجد مخزن المفاتيح في %1.</translation>
    </message>
    <message>
        <source>no reader named &quot;%1&quot; (readers: %2)</source>
        <translation>لا يوجد قارئ باسم &quot;%1&quot; (القارئات: %2)</translation>
    </message>
    <message>
        <source>The keystore is locked: a supervisor must unlock it first.</source>
        <translation>مخزن المفاتيح مقفل: يجب أن يفتح المشرف قفله أولا.</translation>
    </message>
    <message>
        <source>Ampcard utility</source>
        <translation>مرفق Ampcard</translation>
    </message>
</context>
<context>
    <name>ampcard::Status</name>
    <message>
        <source>ok</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>value out of range</source>
        <translation>القيمة خارج النطاق</translation>
    </message>
    <message>
        <source>empty number</source>
        <translation>رقم فارغ</translation>
    </message>
    <message>
        <source>not a decimal number</source>
        <translation>ليس رقما عشريا</translation>
    </message>
    <message>
        <source>too many decimal places</source>
        <translation>منازل عشرية كثيرة جدا</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>يجب ألا يكون سالبا</translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation>يجب أن يكون أكبر من صفر</translation>
    </message>
    <message>
        <source>a ladder needs 1 to 8 steps</source>
        <translation>السلم يحتاج من 1 إلى 8 شرائح</translation>
    </message>
    <message>
        <source>threshold must be greater than zero</source>
        <translation>يجب أن يكون الحد أكبر من صفر</translation>
    </message>
    <message>
        <source>threshold must be greater than the previous one</source>
        <translation>يجب أن يكون الحد أكبر من السابق</translation>
    </message>
    <message>
        <source>step price must not be negative</source>
        <translation>يجب ألا يكون سعر الشريحة سالبا</translation>
    </message>
    <message>
        <source>TOU needs 1 to 4 rates</source>
        <translation>TOU يحتاج من 1 إلى 4 أسعار</translation>
    </message>
    <message>
        <source>TOU rate price must not be negative</source>
        <translation>يجب ألا يكون سعر TOU سالبا</translation>
    </message>
    <message>
        <source>TOU rates need a daily schedule</source>
        <translation>أسعار TOU تحتاج جدولا يوميا</translation>
    </message>
    <message>
        <source>TOU schedule has more than 14 entries</source>
        <translation>جدول TOU فيه أكثر من 14 إدخالا</translation>
    </message>
    <message>
        <source>TOU schedule times must increase</source>
        <translation>يجب أن تتزايد أوقات جدول TOU</translation>
    </message>
    <message>
        <source>TOU schedule must start at 00:00</source>
        <translation>يجب أن يبدأ جدول TOU عند 00:00</translation>
    </message>
    <message>
        <source>TOU schedule time is not within the day</source>
        <translation>وقت جدول TOU ليس ضمن اليوم</translation>
    </message>
    <message>
        <source>TOU schedule names a rate that is not defined</source>
        <translation>جدول TOU يذكر سعرا غير معرف</translation>
    </message>
    <message>
        <source>monthly settlement day must be 1 to 28</source>
        <translation>يجب أن يكون يوم التسوية الشهرية من 1 إلى 28</translation>
    </message>
    <message>
        <source>settlement hour must be 0 to 23</source>
        <translation>يجب أن تكون ساعة التسوية من 0 إلى 23</translation>
    </message>
    <message>
        <source>yearly settlement needs 1 to 4 dates</source>
        <translation>التسوية السنوية تحتاج من 1 إلى 4 تواريخ</translation>
    </message>
    <message>
        <source>settlement date is not a day of every year</source>
        <translation>تاريخ التسوية ليس يوما موجودا في كل سنة</translation>
    </message>
    <message>
        <source>settlement dates must increase within the year</source>
        <translation>يجب أن تتزايد تواريخ التسوية خلال السنة</translation>
    </message>
    <message>
        <source>invalid date or time</source>
        <translation>تاريخ أو وقت غير صالح</translation>
    </message>
    <message>
        <source>a settlement is due before more energy is charged</source>
        <translation>التسوية مستحقة قبل احتساب مزيد من الطاقة</translation>
    </message>
    <message>
        <source>the price is zero: money buys unlimited energy</source>
        <translation>السعر صفر: المال يشتري طاقة بلا حدود</translation>
    </message>
    <message>
        <source>purchase would exceed the hoarding limit</source>
        <translation>الشراء سيتجاوز سقف الرصيد</translation>
    </message>
    <message>
        <source>credit thresholds are inconsistent</source>
        <translation>حدود الرصيد غير متسقة</translation>
    </message>
    <message>
        <source>overdraft cannot be confirmed now</source>
        <translation>لا يمكن تأكيد السلفة الآن</translation>
    </message>
    <message>
        <source>stored state is inconsistent</source>
        <translation>الحالة المخزنة غير متسقة</translation>
    </message>
    <message>
        <source>key must be 16 or 32 bytes</source>
        <translation>يجب أن يكون المفتاح 16 أو 32 بايت</translation>
    </message>
    <message>
        <source>wrong data length</source>
        <translation>طول البيانات خاطئ</translation>
    </message>
    <message>
        <source>unsupported cryptographic parameter</source>
        <translation>معامل تشفير غير مدعوم</translation>
    </message>
    <message>
        <source>record failed authentication (tampered, or made with another key)</source>
        <translation>فشلت مصادقة السجل (تعرض للعبث، أو أنشئ بمفتاح آخر)</translation>
    </message>
    <message>
        <source>not an Ampcard card layout, or a damaged record</source>
        <translation>ليس تخطيط بطاقة Ampcard، أو سجل تالف</translation>
    </message>
    <message>
        <source>unknown card or record kind</source>
        <translation>نوع بطاقة أو سجل غير معروف</translation>
    </message>
    <message>
        <source>card belongs to another utility</source>
        <translation>البطاقة تابعة لمرفق آخر</translation>
    </message>
    <message>
        <source>card is for another meter</source>
        <translation>البطاقة لعداد آخر</translation>
    </message>
    <message>
        <source>card is not the one bound to this meter</source>
        <translation>البطاقة ليست المرتبطة بهذا العداد</translation>
    </message>
    <message>
        <source>purchase already loaded (replayed card)</source>
        <translation>الشراء مشحون مسبقا (بطاقة معاد تشغيلها)</translation>
    </message>
    <message>
        <source>card was made with a key version the meter no longer holds</source>
        <translation>البطاقة أنشئت بإصدار مفتاح لم يعد العداد يحمله</translation>
    </message>
    <message>
        <source>the card holds no valid record</source>
        <translation>البطاقة لا تحمل سجلا صالحا</translation>
    </message>
    <message>
        <source>card has been replaced and is refused</source>
        <translation>البطاقة استبدلت وهي مرفوضة</translation>
    </message>
    <message>
        <source>the card refused the command</source>
        <translation>البطاقة رفضت الأمر</translation>
    </message>
    <message>
        <source>the card does not read back what was written</source>
        <translation>البطاقة لا تعيد قراءة ما كتب عليها</translation>
    </message>
    <message>
        <source>no card reader found (is the PC/SC service running?)</source>
        <translation>لم يعثر على قارئ بطاقات (هل خدمة PC/SC تعمل؟)</translation>
    </message>
    <message>
        <source>no card in the reader</source>
        <translation>لا توجد بطاقة في القارئ</translation>
    </message>
    <message>
        <source>the card was removed or the reader unplugged during the operation</source>
        <translation>أزيلت البطاقة أو فصل القارئ أثناء العملية</translation>
    </message>
    <message>
        <source>another program is using the card</source>
        <translation>برنامج آخر يستخدم البطاقة</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>انتهت المهلة</translation>
    </message>
    <message>
        <source>card reader error</source>
        <translation>خطأ في قارئ البطاقات</translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation>عبارة مرور خاطئة</translation>
    </message>
    <message>
        <source>the keystore file is damaged or not a keystore</source>
        <translation>ملف مخزن المفاتيح تالف أو ليس مخزن مفاتيح</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>خطأ غير معروف</translation>
    </message>
</context>
</TS>
