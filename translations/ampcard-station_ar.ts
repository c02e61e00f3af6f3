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
    <name>AccountsPage</name>
    <message>
        <source>Customer number, name, phone, address or meter number</source>
        <translation>رقم المشترك أو الاسم أو الهاتف أو العنوان أو رقم العداد</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;استيراد CSV…</translation>
    </message>
    <message>
        <source>Change the customer… (Ctrl+E)</source>
        <translation>تعديل المشترك… (Ctrl+E)</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;بحث:</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>مشترك جديد</translation>
    </message>
    <message>
        <source>Open account</source>
        <translation>فتح حساب</translation>
    </message>
    <message>
        <source>Replace card</source>
        <translation>استبدال البطاقة</translation>
    </message>
    <message>
        <source>Change meter</source>
        <translation>تغيير العداد</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>استيراد المشتركين</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found.</source>
        <translation>
            <numerusform>لم يعثر على مشتركين (%n).</numerusform>
            <numerusform>عثر على مشترك واحد (%n).</numerusform>
            <numerusform>عثر على مشتركين اثنين (%n).</numerusform>
            <numerusform>عثر على %n مشتركين.</numerusform>
            <numerusform>عثر على %n مشتركا.</numerusform>
            <numerusform>عثر على %n مشترك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find the customer first, then choose the row.</source>
        <translation>ابحث عن المشترك أولا، ثم اختر الصف.</translation>
    </message>
    <message>
        <source>Customer changed.</source>
        <translation>تم تعديل المشترك.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>تعذرت قراءة %1.</translation>
    </message>
    <message>
        <source>Importing customers…</source>
        <translation>جاري استيراد المشتركين…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1
%2</source>
        <translation>لم يستورد شيء: %1
%2</translation>
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
        <source>A&amp;dd the customer</source>
        <translation>إ&amp;ضافة المشترك</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>ال&amp;رقم:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>ال&amp;هاتف:</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>الم&amp;جموعة:</translation>
    </message>
    <message>
        <source>Customer %1 added.</source>
        <translation>تمت إضافة المشترك %1.</translation>
    </message>
    <message>
        <source>single phase</source>
        <translation>أحادي الطور</translation>
    </message>
    <message>
        <source>three phase</source>
        <translation>ثلاثي الطور</translation>
    </message>
    <message>
        <source>&amp;Write the account-opening card</source>
        <translation>&amp;كتابة بطاقة فتح الحساب</translation>
    </message>
    <message>
        <source>A new user card in the reader.</source>
        <translation>بطاقة مستخدم جديدة في القارئ.</translation>
    </message>
    <message>
        <source>C&amp;ustomer number:</source>
        <translation>رقم ال&amp;مشترك:</translation>
    </message>
    <message>
        <source>&amp;Meter number:</source>
        <translation>رقم ال&amp;عداد:</translation>
    </message>
    <message>
        <source>Tariff &amp;plan:</source>
        <translation>&amp;فئة التعرفة:</translation>
    </message>
    <message>
        <source>P&amp;hases:</source>
        <translation>الأ&amp;طوار:</translation>
    </message>
    <message>
        <source>&amp;Key version:</source>
        <translation>إ&amp;صدار المفتاح:</translation>
    </message>
    <message>
        <source>Preset credit to &amp;recover:</source>
        <translation>الرصيد المسبق لل&amp;استرجاع:</translation>
    </message>
    <message>
        <source>The preset credit is an amount such as 40.00.</source>
        <translation>الرصيد المسبق مبلغ مثل 40.00.</translation>
    </message>
    <message>
        <source>Cannot use the card reader: %1</source>
        <translation>تعذر استخدام قارئ البطاقات: %1</translation>
    </message>
    <message>
        <source>Account opened for meter %1 on card %2. Give the card to the customer to load it into the meter.</source>
        <translation>فتح الحساب للعداد %1 على البطاقة %2. سلم البطاقة للمشترك ليشحنها في العداد.</translation>
    </message>
    <message>
        <source>(the old meter&apos;s plan)</source>
        <translation>(فئة العداد القديم)</translation>
    </message>
    <message>
        <source>faulty</source>
        <translation>معطل</translation>
    </message>
    <message>
        <source>burnt</source>
        <translation>محترق</translation>
    </message>
    <message>
        <source>tampered</source>
        <translation>تعرض للعبث</translation>
    </message>
    <message>
        <source>upgraded</source>
        <translation>تمت ترقيته</translation>
    </message>
    <message>
        <source>Write the &amp;meter-change card</source>
        <translation>كتابة بطاقة تغيير ال&amp;عداد</translation>
    </message>
    <message>
        <source>The account, its debt and the credit left on the old meter move to the new meter, on a new user card in the reader. The old meter and its card are retired.</source>
        <translation>ينتقل الحساب ودينه والرصيد المتبقي على العداد القديم إلى العداد الجديد، على بطاقة مستخدم جديدة في القارئ. يوقف العمل بالعداد القديم وبطاقته.</translation>
    </message>
    <message>
        <source>&amp;Old meter:</source>
        <translation>العداد ال&amp;قديم:</translation>
    </message>
    <message>
        <source>Credit &amp;left on the old meter:</source>
        <translation>الرصيد المت&amp;بقي على العداد القديم:</translation>
    </message>
    <message>
        <source>&amp;New meter:</source>
        <translation>العداد ال&amp;جديد:</translation>
    </message>
    <message>
        <source>Reas&amp;on:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
    <message>
        <source>Its last return record said %1 left; read the meter&apos;s display now.</source>
        <translation>آخر سجل إرجاع منه ذكر أن المتبقي %1؛ اقرأ شاشة العداد الآن.</translation>
    </message>
    <message>
        <source>No return record from this meter yet: read its display.</source>
        <translation>لا يوجد سجل إرجاع من هذا العداد بعد: اقرأ شاشته.</translation>
    </message>
    <message>
        <source>The credit left is an amount such as 12.50 (0 when the meter shows none).</source>
        <translation>الرصيد المتبقي مبلغ مثل 12.50 (0 إذا لم يعرض العداد شيئا).</translation>
    </message>
    <message>
        <source>Meter %1 replaces meter %2; %3 of credit moved onto card %4. Give the card to the customer to load it into the new meter.</source>
        <translation>العداد %1 يحل محل العداد %2؛ نقل رصيد قدره %3 إلى البطاقة %4. سلم البطاقة للمشترك ليشحنها في العداد الجديد.</translation>
    </message>
    <message>
        <source>Supervisor&apos;s countersignature</source>
        <translation>توقيع المشرف المصادق</translation>
    </message>
    <message>
        <source>Supervisor&apos;s &amp;login:</source>
        <translation>اسم &amp;دخول المشرف:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;السبب:</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>مفقودة</translation>
    </message>
    <message>
        <source>stolen</source>
        <translation>مسروقة</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>تالفة</translation>
    </message>
    <message>
        <source>Write the &amp;replacement card</source>
        <translation>كتابة البطاقة ال&amp;بديلة</translation>
    </message>
    <message>
        <source>For a lost, stolen or damaged card: a new user card in the reader.</source>
        <translation>لبطاقة مفقودة أو مسروقة أو تالفة: بطاقة مستخدم جديدة في القارئ.</translation>
    </message>
    <message>
        <source>Mete&amp;r number:</source>
        <translation>رقم ال&amp;عداد:</translation>
    </message>
    <message>
        <source>Card %1 replaces card %2 of meter %3; the old card is blacklisted.</source>
        <translation>البطاقة %1 تحل محل البطاقة %2 للعداد %3؛ أدرجت البطاقة القديمة في القائمة السوداء.</translation>
    </message>
    <message>
        <source>Push tariff</source>
        <translation>إرسال التعرفة</translation>
    </message>
    <message>
        <source>Push &amp;tariff now</source>
        <translation>إرسال ال&amp;تعرفة الآن</translation>
    </message>
    <message>
        <source>A plan change reaches a meter with its next purchase. A meter on the meter line set in Administration gets it at once: the tariff of its plan, sealed for the meter, is sent and checked on the meter&apos;s sealed record.</source>
        <translation>يصل تغيير الفئة إلى العداد مع شرائه التالي. أما العداد الموصول بخط العداد المعين في الإدارة فيتلقاه فورا: ترسل تعرفة فئته مختومة للعداد، ويتحقق منها على سجل العداد المختوم.</translation>
    </message>
    <message>
        <source>Meter num&amp;ber:</source>
        <translation>رقم ا&amp;لعداد:</translation>
    </message>
    <message>
        <source>Give the meter&apos;s 12-digit number.</source>
        <translation>أدخل رقم العداد المكون من 12 رقما.</translation>
    </message>
    <message>
        <source>No meter line is set: an administrator sets it in Administration.</source>
        <translation>لم يعين خط العداد: يعينه المدير في الإدارة.</translation>
    </message>
    <message>
        <source>The keystore is locked: a supervisor must unlock it first.</source>
        <translation>مخزن المفاتيح مقفل: يجب أن يفتح المشرف قفله أولا.</translation>
    </message>
    <message>
        <source>Cannot use the meter line: %1</source>
        <translation>تعذر استخدام خط العداد: %1</translation>
    </message>
    <message>
        <source>Sending the tariff to meter %1…</source>
        <translation>جاري إرسال التعرفة إلى العداد %1…</translation>
    </message>
    <message>
        <source>Meter %1 already runs plan %2: nothing was sent.</source>
        <translation>العداد %1 يعمل مسبقا بالفئة %2: لم يرسل شيء.</translation>
    </message>
    <message>
        <source>Meter %1 loaded plan %2 at sequence %3; it takes effect %4.</source>
        <translation>شحن العداد %1 الفئة %2 عند التسلسل %3؛ وتسري %4.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Audit log (newest first)</source>
        <translation>سجل التدقيق (الأحدث أولا)</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>اسم الدخول</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <source>active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>الوقت (UTC)</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>المشغل</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>المشغلون</translation>
    </message>
    <message>
        <source>&amp;Add operator</source>
        <translation>إضافة &amp;مشغل</translation>
    </message>
    <message>
        <source>&amp;Unlock the selected operator</source>
        <translation>فتح &amp;قفل المشغل المحدد</translation>
    </message>
    <message>
        <source>Lo&amp;gin:</source>
        <translation>&amp;اسم الدخول:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>الدو&amp;ر:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>تمت إضافة %1.</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>يمكن لـ %1 تسجيل الدخول مجددا.</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>الرسوم</translation>
    </message>
    <message>
        <source>&amp;Save the charges</source>
        <translation>&amp;حفظ الرسوم</translation>
    </message>
    <message>
        <source>&amp;VAT (%):</source>
        <translation>&amp;ضريبة القيمة المضافة (%):</translation>
    </message>
    <message>
        <source>Monthly &amp;fixed charge:</source>
        <translation>الرسم الثابت ال&amp;شهري:</translation>
    </message>
    <message>
        <source>&amp;Debt recovery (% of each payment):</source>
        <translation>استرداد ال&amp;دين (% من كل دفعة):</translation>
    </message>
    <message>
        <source>M&amp;inimum purchase:</source>
        <translation>&amp;أدنى مبلغ شراء:</translation>
    </message>
    <message>
        <source>&amp;Hoarding limit (0: none):</source>
        <translation>سقف الرصيد (0: &amp;بلا سقف):</translation>
    </message>
    <message>
        <source>&amp;Opening fee:</source>
        <translation>رسم ال&amp;فتح:</translation>
    </message>
    <message>
        <source>&amp;Replacement fee:</source>
        <translation>رسم الاس&amp;تبدال:</translation>
    </message>
    <message>
        <source>Every charge is a number such as 16 or 50.00.</source>
        <translation>كل رسم رقم مثل 16 أو 50.00.</translation>
    </message>
    <message>
        <source>Charges saved.</source>
        <translation>تم حفظ الرسوم.</translation>
    </message>
    <message>
        <source>Ledger, language and receipts</source>
        <translation>الدفتر واللغة والإيصالات</translation>
    </message>
    <message>
        <source>&amp;Back up the ledger…</source>
        <translation>&amp;نسخ الدفتر احتياطيا…</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>80 mm thermal roll</source>
        <translation>لفافة حرارية 80 mm</translation>
    </message>
    <message>
        <source>58 mm thermal roll</source>
        <translation>لفافة حرارية 58 mm</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>none: save receipts as PDF only</source>
        <translation>بلا: حفظ الإيصالات بصيغة PDF فقط</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (غير موجود)</translation>
    </message>
    <message>
        <source>for example /dev/ttyUSB0; empty: no remote sales</source>
        <translation>مثلا /dev/ttyUSB0؛ فارغ: لا مبيعات عن بعد</translation>
    </message>
    <message>
        <source>R&amp;estore the ledger…</source>
        <translation>است&amp;عادة الدفتر…</translation>
    </message>
    <message>
        <source>Receipt &amp;paper:</source>
        <translation>&amp;ورق الإيصال:</translation>
    </message>
    <message>
        <source>Receipt p&amp;rinter:</source>
        <translation>&amp;طابعة الإيصال:</translation>
    </message>
    <message>
        <source>Me&amp;ter line (remote sales):</source>
        <translation>&amp;خط العداد (المبيعات عن بعد):</translation>
    </message>
    <message>
        <source>Restore the ledger</source>
        <translation>استعادة الدفتر</translation>
    </message>
    <message>
        <source>Ledger backups (*.sqlite)</source>
        <translation>نسخ الدفتر الاحتياطية (*.sqlite)</translation>
    </message>
    <message>
        <source>An administrator of the backup signs for it.
Login:</source>
        <translation>يوقع عليها مدير من النسخة الاحتياطية.
اسم الدخول:</translation>
    </message>
    <message>
        <source>Password of %1:</source>
        <translation>كلمة مرور %1:</translation>
    </message>
    <message>
        <source>Back up the ledger</source>
        <translation>نسخ الدفتر احتياطيا</translation>
    </message>
    <message>
        <source>Keystore passphrase</source>
        <translation>عبارة مرور مخزن المفاتيح</translation>
    </message>
    <message>
        <source>C&amp;hange the passphrase</source>
        <translation>تغ&amp;يير عبارة المرور</translation>
    </message>
    <message>
        <source>C&amp;urrent:</source>
        <translation>الحالي&amp;ة:</translation>
    </message>
    <message>
        <source>Ne&amp;w (8 or more):</source>
        <translation>ال&amp;جديدة (8 أحرف أو أكثر):</translation>
    </message>
    <message>
        <source>Rep&amp;eat:</source>
        <translation>ال&amp;تكرار:</translation>
    </message>
    <message>
        <source>The new passphrase and its repetition differ.</source>
        <translation>عبارة المرور الجديدة وتكرارها مختلفان.</translation>
    </message>
    <message>
        <source>The keystore passphrase is changed; give it only to those who unlock the station.</source>
        <translation>تم تغيير عبارة مرور مخزن المفاتيح؛ لا تعطها إلا لمن يفتح قفل المحطة.</translation>
    </message>
    <message>
        <source>Only an administrator may restore the ledger.</source>
        <translation>لا يستعيد الدفتر إلا المدير.</translation>
    </message>
    <message>
        <source>Restored %1 journal entries; the replaced ledger is kept as %2. Sign in again.</source>
        <translation>تمت استعادة %1 من قيود اليومية؛ الدفتر المستبدل محفوظ باسم %2. سجل الدخول مجددا.</translation>
    </message>
    <message>
        <source>Backed up to %1 and verified.</source>
        <translation>تم النسخ الاحتياطي إلى %1 والتحقق منه.</translation>
    </message>
    <message>
        <source>&amp;Language (from the next sign-in):</source>
        <translation>ال&amp;لغة (من تسجيل الدخول التالي):</translation>
    </message>
    <message>
        <source>Thermal receipt printer</source>
        <translation>طابعة الإيصالات الحرارية</translation>
    </message>
    <message>
        <source>System printer (chosen above)</source>
        <translation>طابعة النظام (المختارة أعلاه)</translation>
    </message>
    <message>
        <source>ESC/POS on a device (serial or USB)</source>
        <translation>ESC/POS على جهاز (تسلسلي أو USB)</translation>
    </message>
    <message>
        <source>ESC/POS on the network (port 9100)</source>
        <translation>ESC/POS على الشبكة (المنفذ 9100)</translation>
    </message>
    <message>
        <source>for example /dev/usb/lp0 or /dev/ttyUSB0</source>
        <translation>مثلا /dev/usb/lp0 أو /dev/ttyUSB0</translation>
    </message>
    <message>
        <source>as it is (USB printer)</source>
        <translation>كما هي (طابعة USB)</translation>
    </message>
    <message>
        <source>HOST or HOST:PORT, for example 192.0.2.10:9100</source>
        <translation>HOST أو HOST:PORT، مثلا 192.0.2.10:9100</translation>
    </message>
    <message>
        <source>CP858 (Latin with the euro sign)</source>
        <translation>CP858 (لاتيني مع رمز اليورو)</translation>
    </message>
    <message>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <source>Print &amp;receipts on:</source>
        <translation>طباعة الإي&amp;صالات على:</translation>
    </message>
    <message>
        <source>De&amp;vice:</source>
        <translation>ال&amp;جهاز:</translation>
    </message>
    <message>
        <source>Serial &amp;speed (8N1):</source>
        <translation>سرعة ال&amp;منفذ التسلسلي (8N1):</translation>
    </message>
    <message>
        <source>Net&amp;work address:</source>
        <translation>عنوان الش&amp;بكة:</translation>
    </message>
    <message>
        <source>Code p&amp;age:</source>
        <translation>صفحة الترمي&amp;ز:</translation>
    </message>
    <message>
        <source>&amp;Network…</source>
        <translation>ال&amp;شبكة…</translation>
    </message>
</context>
<context>
    <name>AllStationsReports</name>
    <message>
        <source>The central server refused the login: check the password, or ask for a reporting login (ampcard server add-reporter). %1</source>
        <translation>رفض الخادم المركزي تسجيل الدخول: تحقق من كلمة المرور، أو اطلب اسم دخول للتقارير (ampcard server add-reporter). %1</translation>
    </message>
    <message>
        <source>The central server cannot be reached: this station is offline or the server is down. Its own reports work offline (untick All stations). %1</source>
        <translation>تعذر الوصول إلى الخادم المركزي: هذه المحطة غير متصلة أو الخادم متوقف. تقاريرها الخاصة تعمل دون اتصال (ألغ تحديد كل المحطات). %1</translation>
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
    <name>CardsPage</name>
    <message>
        <source>&amp;Read the card in the reader</source>
        <translation>&amp;قراءة البطاقة في القارئ</translation>
    </message>
    <message>
        <source>Cannot use the card reader: %1</source>
        <translation>تعذر استخدام قارئ البطاقات: %1</translation>
    </message>
    <message>
        <source>Cannot read the card: %1</source>
        <translation>تعذرت قراءة البطاقة: %1</translation>
    </message>
    <message>
        <source>In the ledger: %1, %2%3%4</source>
        <translation>في الدفتر: %1، %2%3%4</translation>
    </message>
    <message>
        <source>, meter %1</source>
        <translation>، العداد %1</translation>
    </message>
    <message>
        <source>In the ledger: never issued by this station&apos;s utility ledger.</source>
        <translation>في الدفتر: لم يصدرها قط دفتر مرفق هذه المحطة.</translation>
    </message>
    <message>
        <source>Every record on the card verifies.</source>
        <translation>كل سجل على البطاقة اجتاز التحقق.</translation>
    </message>
    <message>
        <source>A record on this card does not verify: keep the card and report it.</source>
        <translation>سجل على هذه البطاقة لم يجتز التحقق: احتفظ بالبطاقة وأبلغ عنها.</translation>
    </message>
    <message>
        <source>Issue a function card (that kind of card in the reader)</source>
        <translation>إصدار بطاقة وظيفية (ضع ذلك النوع من البطاقات في القارئ)</translation>
    </message>
    <message>
        <source>with the meter&apos;s tariff plan</source>
        <translation>بفئة تعرفة العداد</translation>
    </message>
    <message>
        <source>&amp;Write the function card</source>
        <translation>&amp;كتابة البطاقة الوظيفية</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Meter number:</source>
        <translation>رقم ال&amp;عداد:</translation>
    </message>
    <message>
        <source>&amp;Preset credit:</source>
        <translation>الرصيد ال&amp;مسبق:</translation>
    </message>
    <message>
        <source>New key &amp;version:</source>
        <translation>إ&amp;صدار المفتاح الجديد:</translation>
    </message>
    <message>
        <source>The preset credit is an amount such as 40.00.</source>
        <translation>الرصيد المسبق مبلغ مثل 40.00.</translation>
    </message>
    <message>
        <source>%1 written for meter %2.</source>
        <translation>كتبت %1 للعداد %2.</translation>
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
    <name>Currencies</name>
    <message>
        <source>Kenyan shilling</source>
        <translation>شلن كيني</translation>
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
        <source>Chinese yuan</source>
        <translation>يوان صيني</translation>
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
        <source>Jordanian dinar</source>
        <translation>دينار أردني</translation>
    </message>
    <message>
        <source>Kuwaiti dinar</source>
        <translation>دينار كويتي</translation>
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
        <source>UAE dirham</source>
        <translation>درهم إماراتي</translation>
    </message>
    <message>
        <source>Angolan kwanza</source>
        <translation>كوانزا أنغولية</translation>
    </message>
    <message>
        <source>Congolese franc</source>
        <translation>فرنك كونغولي</translation>
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
        <source>Iraqi dinar</source>
        <translation>دينار عراقي</translation>
    </message>
    <message>
        <source>Japanese yen</source>
        <translation>ين ياباني</translation>
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
        <source>Saudi riyal</source>
        <translation>ريال سعودي</translation>
    </message>
    <message>
        <source>The currency &quot;%1&quot; is not one the station knows: use an ISO 4217 code from the list (for example KES, XOF or KWD).</source>
        <translation>العملة &quot;%1&quot; ليست من العملات التي تعرفها المحطة: استخدم رمز ISO 4217 من القائمة (مثلا KES أو XOF أو KWD).</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Customer %1</source>
        <translation>المشترك %1</translation>
    </message>
    <message>
        <source>single phase</source>
        <translation>أحادي الطور</translation>
    </message>
    <message>
        <source>three phase</source>
        <translation>ثلاثي الطور</translation>
    </message>
    <message>
        <source>active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>suspended (no sales)</source>
        <translation>موقوف (لا مبيعات)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>ال&amp;هاتف:</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>الم&amp;جموعة:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>المشترك</translation>
    </message>
    <message>
        <source>&amp;Meter:</source>
        <translation>&amp;العداد:</translation>
    </message>
    <message>
        <source>Tariff p&amp;lan:</source>
        <translation>&amp;فئة التعرفة:</translation>
    </message>
    <message>
        <source>P&amp;hases:</source>
        <translation>الأ&amp;طوار:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>العداد</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>لا يوجد مشترك %1.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
</context>
<context>
    <name>CustomerModel</name>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Meters</source>
        <translation>العدادات</translation>
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
    <name>DemoMeter</name>
    <message>
        <source>&amp;Reverse flow (power goes out)</source>
        <translation>&amp;تدفق عكسي (تصدير الطاقة)</translation>
    </message>
    <message>
        <source>&amp;Insert demo card 1</source>
        <translation>إ&amp;دخال البطاقة التجريبية 1</translation>
    </message>
    <message>
        <source>Demo meter %1</source>
        <translation>العداد التجريبي %1</translation>
    </message>
    <message>
        <source> W</source>
        <translation> W</translation>
    </message>
    <message>
        <source>real time</source>
        <translation>الوقت الفعلي</translation>
    </message>
    <message>
        <source>a minute each second</source>
        <translation>دقيقة كل ثانية</translation>
    </message>
    <message>
        <source>an hour each second</source>
        <translation>ساعة كل ثانية</translation>
    </message>
    <message>
        <source>alarm</source>
        <translation>إنذار</translation>
    </message>
    <message>
        <source>trip</source>
        <translation>فصل</translation>
    </message>
    <message>
        <source>&amp;Load:</source>
        <translation>ال&amp;حمل:</translation>
    </message>
    <message>
        <source>&amp;Clock runs:</source>
        <translation>سرعة ال&amp;ساعة:</translation>
    </message>
    <message>
        <source>%1 is damaged or not the demo meter&apos;s memory: remove it to start the demo meter afresh.</source>
        <translation>%1 تالف أو ليس ذاكرة العداد التجريبي: احذفه لبدء العداد التجريبي من جديد.</translation>
    </message>
    <message>
        <source>The demo meter is made with the utility&apos;s keys: a supervisor signs in with the keystore passphrase first.</source>
        <translation>ينشأ العداد التجريبي بمفاتيح المرفق: يسجل المشرف الدخول بعبارة مرور مخزن المفاتيح أولا.</translation>
    </message>
    <message>
        <source>Cannot set up the demo meter: %1</source>
        <translation>تعذر إعداد العداد التجريبي: %1</translation>
    </message>
    <message>
        <source>Sell to the demo customer on the Sell page (F5 reads the card), then insert the card here: the meter loads the purchase and counts down.</source>
        <translation>نفذ بيعا للمشترك التجريبي في صفحة البيع (F5 يقرأ البطاقة)، ثم أدخل البطاقة هنا: يشحن العداد الشراء ويبدأ العد التنازلي.</translation>
    </message>
    <message>
        <source>The card is back in the station&apos;s reader.</source>
        <translation>البطاقة عادت إلى قارئ المحطة.</translation>
    </message>
    <message>
        <source>C-00 good: the purchase is loaded.</source>
        <translation>C-00 سليم: تم شحن الشراء.</translation>
    </message>
    <message>
        <source>C-01: the meter wrote its record to the card.</source>
        <translation>C-01: كتب العداد سجله على البطاقة.</translation>
    </message>
    <message>
        <source>C-02: nothing new on the card; the meter wrote its record to it.</source>
        <translation>C-02: لا جديد على البطاقة؛ كتب العداد سجله عليها.</translation>
    </message>
    <message>
        <source>C-%1: the meter refused the card (docs/meter.md lists the codes).</source>
        <translation>C-%1: رفض العداد البطاقة (docs/meter.md يسرد الرموز).</translation>
    </message>
    <message>
        <source>relay closed: power on</source>
        <translation>المرحل مغلق: التيار موصول</translation>
    </message>
    <message>
        <source>relay open: power off</source>
        <translation>المرحل مفتوح: التيار مفصول</translation>
    </message>
    <message>
        <source>%1 · forward %2 kWh · reverse %3 kWh · %4</source>
        <translation>%1 · أمامي %2 kWh · عكسي %3 kWh · %4</translation>
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
    <name>LoginDialog</name>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>&amp;Keystore passphrase:</source>
        <translation>عبارة مرور &amp;مخزن المفاتيح:</translation>
    </message>
    <message>
        <source>Sign in — %1</source>
        <translation>تسجيل الدخول — %1</translation>
    </message>
    <message>
        <source>Locked — %1</source>
        <translation>مقفل — %1</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;المشغل:</translation>
    </message>
    <message>
        <source>&amp;Recover a locked login…</source>
        <translation>ا&amp;سترداد اسم دخول مقفل…</translation>
    </message>
    <message>
        <source>Recover a locked login — %1</source>
        <translation>استرداد اسم دخول مقفل — %1</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>كلمة المرور ال&amp;جديدة:</translation>
    </message>
    <message>
        <source>The keystore&apos;s passphrase unlocks the login and sets its new password; the recovery goes to the audit log.</source>
        <translation>عبارة مرور مخزن المفاتيح تفتح قفل اسم الدخول وتعين كلمة مروره الجديدة؛ ويسجل الاسترداد في سجل التدقيق.</translation>
    </message>
    <message>
        <source>Give the locked login and a new password of 8 characters or more.</source>
        <translation>أدخل اسم الدخول المقفل وكلمة مرور جديدة من 8 أحرف أو أكثر.</translation>
    </message>
    <message>
        <source>The keystore did not open: %1. Recovery refused.</source>
        <translation>لم يفتح مخزن المفاتيح: %1. رفض الاسترداد.</translation>
    </message>
    <message>
        <source>The keystore did not open: %1. Cards cannot be written until a supervisor unlocks it.</source>
        <translation>لم يفتح مخزن المفاتيح: %1. لا يمكن كتابة البطاقات حتى يفتح المشرف قفله.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ampcard Station — %1</source>
        <translation>محطة Ampcard — %1</translation>
    </message>
    <message>
        <source>&amp;Sell</source>
        <translation>&amp;بيع</translation>
    </message>
    <message>
        <source>S&amp;hift</source>
        <translation>ال&amp;وردية</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>ال&amp;حسابات</translation>
    </message>
    <message>
        <source>&amp;Cards</source>
        <translation>البطاقا&amp;ت</translation>
    </message>
    <message>
        <source>&amp;Tariffs</source>
        <translation>&amp;التعرفات</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>التقا&amp;رير</translation>
    </message>
    <message>
        <source>Ad&amp;ministration</source>
        <translation>الإ&amp;دارة</translation>
    </message>
    <message>
        <source>&amp;Card reader</source>
        <translation>قار&amp;ئ البطاقات</translation>
    </message>
    <message>
        <source>Read the card (F5)</source>
        <translation>قراءة البطاقة (F5)</translation>
    </message>
    <message>
        <source>Insert demo card %1</source>
        <translation>إدخال البطاقة التجريبية %1</translation>
    </message>
    <message>
        <source>Pull the card</source>
        <translation>سحب البطاقة</translation>
    </message>
    <message>
        <source>&amp;Demo meter</source>
        <translation>ال&amp;عداد التجريبي</translation>
    </message>
    <message>
        <source>S&amp;ession</source>
        <translation>ال&amp;جلسة</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>no shift open</source>
        <translation>لا توجد وردية مفتوحة</translation>
    </message>
    <message>
        <source>shift open since %1</source>
        <translation>وردية مفتوحة منذ %1</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · reader: %4</source>
        <translation>%1 (%2) · %3 · القارئ: %4</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>&amp;Open my shift</source>
        <translation>&amp;فتح ورديتي</translation>
    </message>
    <message>
        <source>&amp;Close my shift and print the Z report</source>
        <translation>إ&amp;غلاق ورديتي وطباعة تقرير Z</translation>
    </message>
    <message>
        <source>Shift open. Good selling.</source>
        <translation>الوردية مفتوحة. بالتوفيق في البيع.</translation>
    </message>
    <message>
        <source>Shift closed; the Z report is sealed and saved as %1.</source>
        <translation>أغلقت الوردية؛ ختم تقرير Z وحفظ باسم %1.</translation>
    </message>
    <message>
        <source>day, month (YYYY-MM), login or customer number</source>
        <translation>يوم، أو شهر (YYYY-MM)، أو اسم دخول أو رقم مشترك</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>ت&amp;شغيل</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>تصدير &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>تصدير CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>تم حفظ %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>تعذرت كتابة %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n tariff, fee or operator change(s) from other stations applied.</source>
        <translation>
            <numerusform>لم يطبق أي تغيير (%n) في التعرفة أو الرسوم أو المشغلين من محطات أخرى.</numerusform>
            <numerusform>طبق تغيير واحد (%n) في التعرفة أو الرسوم أو المشغلين من محطات أخرى.</numerusform>
            <numerusform>طبق تغييران (%n) في التعرفة أو الرسوم أو المشغلين من محطات أخرى.</numerusform>
            <numerusform>طبقت %n تغييرات في التعرفة أو الرسوم أو المشغلين من محطات أخرى.</numerusform>
            <numerusform>طبق %n تغييرا في التعرفة أو الرسوم أو المشغلين من محطات أخرى.</numerusform>
            <numerusform>طبق %n تغيير في التعرفة أو الرسوم أو المشغلين من محطات أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>All statio&amp;ns</source>
        <translation>كل ال&amp;محطات</translation>
    </message>
    <message>
        <source>Run the report on the central server over every station</source>
        <translation>تشغيل التقرير على الخادم المركزي لكل المحطات</translation>
    </message>
    <message>
        <source>Reporting ser&amp;ver…</source>
        <translation>خادم التقار&amp;ير…</translation>
    </message>
    <message>
        <source>day, or month (YYYY-MM)</source>
        <translation>يوم، أو شهر (YYYY-MM)</translation>
    </message>
    <message>
        <source>Reporting server</source>
        <translation>خادم التقارير</translation>
    </message>
    <message>
        <source>The URL of the reporting login (ampcard server add-reporter). It is kept without its password.</source>
        <translation>عنوان URL لاسم دخول التقارير (ampcard server add-reporter). يحفظ بدون كلمة مروره.</translation>
    </message>
    <message>
        <source>Reports over all stations are for a supervisor of a station that has joined a server.</source>
        <translation>تقارير كل المحطات لمشرف محطة منضمة إلى خادم.</translation>
    </message>
    <message>
        <source>The password of the reporting login %1:</source>
        <translation>كلمة مرور اسم دخول التقارير %1:</translation>
    </message>
    <message>
        <source>Asking the central server…</source>
        <translation>جاري سؤال الخادم المركزي…</translation>
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
    <name>NetworkDialog</name>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;انضمام</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;مزامنة الآن</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>الشبكة</translation>
    </message>
    <message>
        <source>the URL printed by ampcard server add-station</source>
        <translation>عنوان URL الذي طبعه ampcard server add-station</translation>
    </message>
    <message>
        <source>when the URL holds none</source>
        <translation>إن لم يتضمنها عنوان URL</translation>
    </message>
    <message>
        <source>the utility&apos;s CA certificate, when the URL names none</source>
        <translation>شهادة CA للمرفق، إن لم يذكر عنوان URL شهادة</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>ال&amp;خادم:</translation>
    </message>
    <message>
        <source>S&amp;tation number:</source>
        <translation>رقم الم&amp;حطة:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>ملف &amp;CA:</translation>
    </message>
    <message>
        <source>This station sells on its own ledger only (stand-alone).</source>
        <translation>هذه المحطة تبيع على دفترها وحده (مستقلة).</translation>
    </message>
    <message>
        <source>Station %1 of %2
Float left: %3
%4
Last error: %5</source>
        <translation>المحطة %1 على %2
المتبقي من الحد الائتماني: %3
%4
آخر خطأ: %5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Only an administrator joins the station to a server.</source>
        <translation>لا يضم المحطة إلى خادم إلا المدير.</translation>
    </message>
    <message>
        <source>Cannot join the server: %1</source>
        <translation>تعذر الانضمام إلى الخادم: %1</translation>
    </message>
    <message>
        <source>Joined as station %1; %2 journal entries and %3 audit lines sent.</source>
        <translation>تم الانضمام بصفة المحطة %1؛ أرسل %2 من قيود اليومية و%3 من أسطر التدقيق.</translation>
    </message>
    <message>
        <source>The push stopped: %1</source>
        <translation>توقف الإرسال: %1</translation>
    </message>
    <message>
        <source>Joined, but the upload stopped (%1). It goes on by itself.</source>
        <translation>تم الانضمام، لكن توقف الرفع (%1). سيستأنف تلقائيا.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Other station</source>
        <translation>المحطة الأخرى</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>The same number made at two stations: the first one to reach the server holds it. Settle each with the other station.</source>
        <translation>الرقم نفسه أنشئ في محطتين: أول سجل يصل إلى الخادم يحتفظ به. عالج كل حالة بالاتفاق مع المحطة الأخرى.</translation>
    </message>
    <message>
        <source>refused by the server: the other station&apos;s holds it</source>
        <translation>رفضه الخادم: سجل المحطة الأخرى يحتفظ به</translation>
    </message>
    <message>
        <source>the other station&apos;s not taken: this one has its own</source>
        <translation>لم يؤخذ سجل المحطة الأخرى: لهذه المحطة سجلها الخاص</translation>
    </message>
    <message>
        <source>Sent %1 journal entries and %2 audit lines; %3 records sent, %4 taken from other stations.</source>
        <translation>أرسل %1 من قيود اليومية و%2 من أسطر التدقيق؛ وأرسل %3 من السجلات، وأخذ %4 من محطات أخرى.</translation>
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
    <name>QuoteModel</name>
    <message>
        <source>Fixed charge</source>
        <translation>الرسم الثابت</translation>
    </message>
    <message>
        <source>first purchase of the month</source>
        <translation>أول شراء في الشهر</translation>
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
        <source>  step %1</source>
        <translation>  الشريحة %1</translation>
    </message>
    <message>
        <source>%1 kWh at %2</source>
        <translation>%1 kWh بسعر %2</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>الطاقة</translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <translation>%1 kWh</translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation>الإجمالي المستحق</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>التقريب</translation>
    </message>
</context>
<context>
    <name>ReceiptFinder</name>
    <message>
        <source>scan the receipt&apos;s QR code, or type its number</source>
        <translation>امسح رمز QR للإيصال، أو اكتب رقمه</translation>
    </message>
    <message>
        <source>&amp;Find receipt:</source>
        <translation>البحث عن إي&amp;صال:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>Print a&amp;gain</source>
        <translation>&amp;إعادة الطباعة</translation>
    </message>
    <message>
        <source>Receipt %1. Ctrl+P prints it again.</source>
        <translation>الإيصال %1. Ctrl+P يعيد طباعته.</translation>
    </message>
    <message>
        <source>The receipt was printed again.</source>
        <translation>أعيدت طباعة الإيصال.</translation>
    </message>
    <message>
        <source>The receipt did not print: %1</source>
        <translation>لم يطبع الإيصال: %1</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>There is no printer &quot;%1&quot; on this computer: choose another in Administration.</source>
        <translation>لا توجد طابعة &quot;%1&quot; على هذا الحاسوب: اختر أخرى في الإدارة.</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; cannot print now.</source>
        <translation>الطابعة &quot;%1&quot; لا تستطيع الطباعة الآن.</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; reported an error.</source>
        <translation>أبلغت الطابعة &quot;%1&quot; عن خطأ.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n صف.</numerusform>
            <numerusform>%n صف.</numerusform>
            <numerusform>%n صفان.</numerusform>
            <numerusform>%n صفوف.</numerusform>
            <numerusform>%n صفا.</numerusform>
            <numerusform>%n صف.</numerusform>
        </translation>
    </message>
    <message>
        <source>No receipt printer device is set: an administrator sets it in Administration (for example /dev/usb/lp0 or /dev/ttyUSB0).</source>
        <translation>لم يعين جهاز لطابعة الإيصالات: يعينه المدير في الإدارة (مثلا /dev/usb/lp0 أو /dev/ttyUSB0).</translation>
    </message>
    <message>
        <source>The receipt printer is a system printer, not a thermal one.</source>
        <translation>طابعة الإيصالات طابعة نظام، لا طابعة حرارية.</translation>
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
    <name>SellPage</name>
    <message>
        <source>&amp;Combine with the purchase still on the card</source>
        <translation>&amp;دمج مع الشراء الذي لا يزال على البطاقة</translation>
    </message>
    <message>
        <source>&amp;Sell (Enter)</source>
        <translation>&amp;بيع (Enter)</translation>
    </message>
    <message>
        <source>Sell remotel&amp;y (Ctrl+R)</source>
        <translation>بيع عن ب&amp;عد (Ctrl+R)</translation>
    </message>
    <message>
        <source>Meter number, customer number or name, then Enter — or F5 to read the card</source>
        <translation>رقم العداد أو رقم المشترك أو اسمه، ثم Enter — أو F5 لقراءة البطاقة</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>المبلغ النقدي</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>الطاقة (kWh)</translation>
    </message>
    <message>
        <source>Amount, then Enter to sell</source>
        <translation>المبلغ، ثم Enter للبيع</translation>
    </message>
    <message>
        <source>Without the card: the purchase goes to the meter over the meter line set in Administration.</source>
        <translation>بدون البطاقة: يذهب الشراء إلى العداد عبر خط العداد المعين في الإدارة.</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>ب&amp;حث:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>ال&amp;مبلغ:</translation>
    </message>
    <message>
        <source>Read card (F5)</source>
        <translation>قراءة البطاقة (F5)</translation>
    </message>
    <message>
        <source>Receipt (Ctrl+P prints again)</source>
        <translation>الإيصال (Ctrl+P يعيد الطباعة)</translation>
    </message>
    <message>
        <source>No account chosen.</source>
        <translation>لم يختر حساب.</translation>
    </message>
    <message>
        <source>%1  %2  meter %3</source>
        <translation>%1  %2  العداد %3</translation>
    </message>
    <message>
        <source>No account matches &quot;%1&quot;. Check the number, or read the card with F5.</source>
        <translation>لا يطابق أي حساب &quot;%1&quot;. تحقق من الرقم، أو اقرأ البطاقة بـ F5.</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts match: choose one with the arrows and Enter.</source>
        <translation>
            <numerusform>لا حسابات مطابقة (%n): اختر واحدا بالأسهم وEnter.</numerusform>
            <numerusform>حساب واحد مطابق (%n): اختره بالأسهم وEnter.</numerusform>
            <numerusform>حسابان مطابقان (%n): اختر واحدا بالأسهم وEnter.</numerusform>
            <numerusform>%n حسابات مطابقة: اختر واحدا بالأسهم وEnter.</numerusform>
            <numerusform>%n حسابا مطابقا: اختر واحدا بالأسهم وEnter.</numerusform>
            <numerusform>%n حساب مطابق: اختر واحدا بالأسهم وEnter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meter %1 is not registered.</source>
        <translation>العداد %1 غير مسجل.</translation>
    </message>
    <message>
        <source>Cannot use the card reader: %1</source>
        <translation>تعذر استخدام قارئ البطاقات: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Meter %1 · plan %2 · card %3</source>
        <translation>العداد %1 · الفئة %2 · البطاقة %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Remaining %1 · period usage %2 kWh · forward %3 kWh (from the last card read)</source>
        <translation>المتبقي %1 · استهلاك الفترة %2 kWh · أمامي %3 kWh (من آخر قراءة للبطاقة)</translation>
    </message>
    <message>
        <source>The meter has not written to the card yet.</source>
        <translation>لم يكتب العداد على البطاقة بعد.</translation>
    </message>
    <message>
        <source>The meter has not loaded the card&apos;s account-opening record yet: this purchase is combined with it.</source>
        <translation>لم يشحن العداد سجل فتح الحساب من البطاقة بعد: يدمج هذا الشراء معه.</translation>
    </message>
    <message>
        <source>a purchase on the card is not loaded into the meter yet</source>
        <translation>شراء على البطاقة لم يشحن في العداد بعد</translation>
    </message>
    <message>
        <source>meter %1</source>
        <translation>العداد %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>تحذير: %1</translation>
    </message>
    <message>
        <source>Type an amount such as 250 or 250.50.</source>
        <translation>اكتب مبلغا مثل 250 أو 250.50.</translation>
    </message>
    <message>
        <source>Type the kWh wanted, such as 12.5.</source>
        <translation>اكتب الكمية المطلوبة بـ kWh، مثل 12.5.</translation>
    </message>
    <message>
        <source>Type the amount first.</source>
        <translation>اكتب المبلغ أولا.</translation>
    </message>
    <message>
        <source>Find the account first, or read the card with F5.</source>
        <translation>ابحث عن الحساب أولا، أو اقرأ البطاقة بـ F5.</translation>
    </message>
    <message>
        <source>Writing the card…</source>
        <translation>جاري كتابة البطاقة…</translation>
    </message>
    <message>
        <source>Recording the sale…</source>
        <translation>جاري تسجيل البيع…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>تم.</translation>
    </message>
    <message>
        <source>Find the account first (the card is not needed).</source>
        <translation>ابحث عن الحساب أولا (لا حاجة إلى البطاقة).</translation>
    </message>
    <message>
        <source>No meter line is set: an administrator sets it in Administration.</source>
        <translation>لم يعين خط العداد: يعينه المدير في الإدارة.</translation>
    </message>
    <message>
        <source>The keystore is locked: a supervisor must unlock it first.</source>
        <translation>مخزن المفاتيح مقفل: يجب أن يفتح المشرف قفله أولا.</translation>
    </message>
    <message>
        <source>Cannot use the meter line: %1</source>
        <translation>تعذر استخدام خط العداد: %1</translation>
    </message>
    <message>
        <source>Sending the purchase to meter %1…</source>
        <translation>جاري إرسال الشراء إلى العداد %1…</translation>
    </message>
    <message>
        <source>The receipt could not be written to %1.</source>
        <translation>تعذرت كتابة الإيصال في %1.</translation>
    </message>
    <message>
        <source>The receipt did not print: %1 Ctrl+P prints it again.</source>
        <translation>لم يطبع الإيصال: %1 Ctrl+P يعيد طباعته.</translation>
    </message>
    <message>
        <source>Sold: %1 paid, %2 kWh delivered to meter %3. Escape for the next customer.</source>
        <translation>تم البيع: دفع %1، وسلم %2 kWh إلى العداد %3. Escape للمشترك التالي.</translation>
    </message>
    <message>
        <source>Sold: %1 paid, %2 kWh on card %3. Escape for the next customer.</source>
        <translation>تم البيع: دفع %1، و%2 kWh على البطاقة %3. Escape للمشترك التالي.</translation>
    </message>
    <message>
        <source>The receipt was printed again.</source>
        <translation>أعيدت طباعة الإيصال.</translation>
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
    <name>SetupWizard</name>
    <message>
        <source>Set up Ampcard Station</source>
        <translation>إعداد محطة Ampcard</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 (%n decimal place(s))</source>
        <translation>
            <numerusform>%1 — %2 (%n منزلة عشرية)</numerusform>
            <numerusform>%1 — %2 (منزلة عشرية واحدة %n)</numerusform>
            <numerusform>%1 — %2 (منزلتان عشريتان %n)</numerusform>
            <numerusform>%1 — %2 (%n منازل عشرية)</numerusform>
            <numerusform>%1 — %2 (%n منزلة عشرية)</numerusform>
            <numerusform>%1 — %2 (%n منزلة عشرية)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Utility name:</source>
        <translation>&amp;اسم المرفق:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>ال&amp;عملة:</translation>
    </message>
    <message>
        <source>Utility &amp;id (on every card):</source>
        <translation>معرف الم&amp;رفق (على كل بطاقة):</translation>
    </message>
    <message>
        <source>&amp;Station number:</source>
        <translation>رقم الم&amp;حطة:</translation>
    </message>
    <message>
        <source>The utility</source>
        <translation>المرفق</translation>
    </message>
    <message>
        <source>Who sells, in which currency, and this station&apos;s number.</source>
        <translation>من يبيع، وبأي عملة، ورقم هذه المحطة.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>اسم ال&amp;دخول:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;Password (8 characters or more):</source>
        <translation>&amp;كلمة المرور (8 أحرف أو أكثر):</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;تكرار كلمة المرور:</translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation>المدير الأول</translation>
    </message>
    <message>
        <source>The administrator adds the other operators.</source>
        <translation>يضيف المدير المشغلين الآخرين.</translation>
    </message>
    <message>
        <source>&amp;Make a new master key (a new utility)</source>
        <translation>إ&amp;نشاء مفتاح رئيسي جديد (مرفق جديد)</translation>
    </message>
    <message>
        <source>&amp;Import the utility&apos;s keystore file</source>
        <translation>ا&amp;ستيراد ملف مخزن المفاتيح للمرفق</translation>
    </message>
    <message>
        <source>keystore file to import</source>
        <translation>ملف مخزن المفاتيح للاستيراد</translation>
    </message>
    <message>
        <source>Add &amp;demo data: plan DEMO and customer DEMO-1</source>
        <translation>إضافة بيانات ت&amp;جريبية: الفئة DEMO والمشترك DEMO-1</translation>
    </message>
    <message>
        <source>Keystore &amp;passphrase:</source>
        <translation>عبارة مرور &amp;مخزن المفاتيح:</translation>
    </message>
    <message>
        <source>Repeat the passphrase:</source>
        <translation>تكرار عبارة المرور:</translation>
    </message>
    <message>
        <source>The keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Cards are sealed with keys derived from the utility&apos;s master key, kept encrypted under a passphrase that a supervisor types at every start.</source>
        <translation>تختم البطاقات بمفاتيح مشتقة من المفتاح الرئيسي للمرفق، المحفوظ مشفرا بعبارة مرور يكتبها المشرف عند كل تشغيل.</translation>
    </message>
    <message>
        <source>The two administrator passwords differ.</source>
        <translation>كلمتا مرور المدير مختلفتان.</translation>
    </message>
    <message>
        <source>The two keystore passphrases differ.</source>
        <translation>عبارتا مرور مخزن المفاتيح مختلفتان.</translation>
    </message>
    <message>
        <source>The keystore passphrase needs at least 8 characters.</source>
        <translation>عبارة مرور مخزن المفاتيح تحتاج 8 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Cannot make the keystore: %1</source>
        <translation>تعذر إنشاء مخزن المفاتيح: %1</translation>
    </message>
    <message>
        <source>The keystore %1 does not open: %2</source>
        <translation>مخزن المفاتيح %1 لا يفتح: %2</translation>
    </message>
    <message>
        <source>That keystore is for utility %1, not %2.</source>
        <translation>مخزن المفاتيح هذا للمرفق %1، وليس %2.</translation>
    </message>
    <message>
        <source>Cannot copy the keystore to %1.</source>
        <translation>تعذر نسخ مخزن المفاتيح إلى %1.</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>الإعداد</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
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
    <name>Station</name>
    <message>
        <source>Ampcard Station, the prepaid electricity counter.</source>
        <translation>محطة Ampcard، شباك بيع الكهرباء مسبقة الدفع.</translation>
    </message>
    <message>
        <source>ledger file</source>
        <translation>ملف الدفتر</translation>
    </message>
    <message>
        <source>never start the built-in virtual card reader</source>
        <translation>عدم تشغيل قارئ البطاقات الافتراضي المدمج أبدا</translation>
    </message>
    <message>
        <source>Ampcard Station</source>
        <translation>محطة Ampcard</translation>
    </message>
    <message>
        <source>Virtual card reader</source>
        <translation>قارئ البطاقات الافتراضي</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>تجريبي</translation>
    </message>
    <message>
        <source>render every page in every language at 1366×768 as PNG into DIR (a demo ledger in a temporary folder) and quit</source>
        <translation>حفظ كل صفحة بكل لغة بمقاس 1366×768 صورا PNG في DIR (بدفتر تجريبي في مجلد مؤقت) ثم الخروج</translation>
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
    <name>SyncIndicator</name>
    <message>
        <source>Offline since %1</source>
        <translation>غير متصل منذ %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>لم تتم المزامنة بعد</translation>
    </message>
    <message>
        <source>Synced %1 s ago</source>
        <translation>تمت المزامنة قبل %1 ث</translation>
    </message>
    <message numerus="yes">
        <source> · %n waiting</source>
        <translation>
            <numerusform> · %n في الانتظار</numerusform>
            <numerusform> · %n في الانتظار</numerusform>
            <numerusform> · %n في الانتظار</numerusform>
            <numerusform> · %n في الانتظار</numerusform>
            <numerusform> · %n في الانتظار</numerusform>
            <numerusform> · %n في الانتظار</numerusform>
        </translation>
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
    <name>TariffsPage</name>
    <message>
        <source>sharp</source>
        <translation>ذروة قصوى</translation>
    </message>
    <message>
        <source>peak</source>
        <translation>ذروة</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>عادي</translation>
    </message>
    <message>
        <source>valley</source>
        <translation>خارج الذروة</translation>
    </message>
    <message>
        <source>&amp;Time of use</source>
        <translation>&amp;حسب وقت الاستخدام</translation>
    </message>
    <message>
        <source>Up to (kWh in the period)</source>
        <translation>حتى (kWh في الفترة)</translation>
    </message>
    <message>
        <source>Price per kWh</source>
        <translation>السعر لكل kWh</translation>
    </message>
    <message>
        <source>monthly, on the 1st at 00:00</source>
        <translation>شهريا، في اليوم 1 عند 00:00</translation>
    </message>
    <message>
        <source>yearly, on the dates below</source>
        <translation>سنويا، في التواريخ أدناه</translation>
    </message>
    <message>
        <source>Price per kWh (empty: not used)</source>
        <translation>السعر لكل kWh (فارغ: غير مستخدم)</translation>
    </message>
    <message>
        <source>From (HH:MM)</source>
        <translation>من (HH:MM)</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>&amp;Rates:</source>
        <translation>الأ&amp;سعار:</translation>
    </message>
    <message>
        <source>&amp;Periods a day:</source>
        <translation>ال&amp;فترات في اليوم:</translation>
    </message>
    <message>
        <source>&amp;Quote at rate:</source>
        <translation>&amp;تسعير حسب السعر:</translation>
    </message>
    <message>
        <source>&amp;Add this version</source>
        <translation>إ&amp;ضافة هذا الإصدار</translation>
    </message>
    <message>
        <source>A&amp;ssign</source>
        <translation>تع&amp;يين</translation>
    </message>
    <message>
        <source>&amp;Plan name:</source>
        <translation>&amp;اسم الفئة:</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>ال&amp;شرائح:</translation>
    </message>
    <message>
        <source>S&amp;ettlement:</source>
        <translation>التس&amp;وية:</translation>
    </message>
    <message>
        <source>Yearly &amp;dates:</source>
        <translation>التوا&amp;ريخ السنوية:</translation>
    </message>
    <message>
        <source>Takes effect (&amp;local time):</source>
        <translation>يسري من (الوقت ال&amp;محلي):</translation>
    </message>
    <message>
        <source>New plan version</source>
        <translation>إصدار جديد للفئة</translation>
    </message>
    <message>
        <source>&amp;Usage in a period (kWh):</source>
        <translation>الاست&amp;هلاك في فترة (kWh):</translation>
    </message>
    <message>
        <source>Bill preview</source>
        <translation>معاينة الفاتورة</translation>
    </message>
    <message>
        <source>Customer &amp;group:</source>
        <translation>م&amp;جموعة المشتركين:</translation>
    </message>
    <message>
        <source>P&amp;lan:</source>
        <translation>الف&amp;ئة:</translation>
    </message>
    <message>
        <source>Plan of a customer group</source>
        <translation>فئة مجموعة مشتركين</translation>
    </message>
    <message>
        <source>Surcharge per kWh</source>
        <translation>رسم إضافي لكل kWh</translation>
    </message>
    <message>
        <source>Group %1 is on plan %2.</source>
        <translation>المجموعة %1 على الفئة %2.</translation>
    </message>
    <message>
        <source>(no limit)</source>
        <translation>(بلا حد)</translation>
    </message>
    <message>
        <source>Not a valid tariff yet: %1</source>
        <translation>ليست تعرفة صالحة بعد: %1</translation>
    </message>
    <message>
        <source>Type the usage in kWh.</source>
        <translation>اكتب الاستهلاك بـ kWh.</translation>
    </message>
    <message>
        <source>step %1: %2 kWh × %3 = %4</source>
        <translation>الشريحة %1: %2 kWh × %3 = %4</translation>
    </message>
    <message>
        <source>%1 kWh in a period cost %2 before VAT.</source>
        <translation>%1 kWh في فترة تكلف %2 قبل ضريبة القيمة المضافة.</translation>
    </message>
    <message>
        <source>(with time of use: all of it at the %1 rate, as a quote counts it)</source>
        <translation>(مع وقت الاستخدام: كلها بالسعر %1، كما يحسبها التسعير)</translation>
    </message>
    <message>
        <source>Name the plan.</source>
        <translation>أدخل اسم الفئة.</translation>
    </message>
    <message>
        <source>Plan %1 version %2 takes effect %3; meters get it on their next purchase card.</source>
        <translation>الفئة %1 الإصدار %2 تسري %3؛ وتصل إلى العدادات مع بطاقة الشراء التالية.</translation>
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
    <name>UsageChart</name>
    <message>
        <source>Bought (kWh)</source>
        <translation>المشترى (kWh)</translation>
    </message>
    <message>
        <source>Used (kWh)</source>
        <translation>المستهلك (kWh)</translation>
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
        <translation>تعذر إنشاء البطاقات التجريبية بـ %1.</translation>
    </message>
    <message>
        <source>The virtual reader is busy.</source>
        <translation>القارئ الافتراضي مشغول.</translation>
    </message>
    <message>
        <source>The virtual card did not come up: is pcscd running with vpcd (bash scripts/deps.sh card)?</source>
        <translation>لم تظهر البطاقة الافتراضية: هل يعمل pcscd مع vpcd (bash scripts/deps.sh card)؟</translation>
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
