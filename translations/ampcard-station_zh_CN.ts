<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountView</name>
    <message>
        <source>reverse energy %1 kWh</source>
        <translation>反向电量 %1 kWh</translation>
    </message>
    <message numerus="yes">
        <source>%n tamper event(s)</source>
        <translation>
            <numerusform>%n 次篡改事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n illegal card(s) tried</source>
        <translation>
            <numerusform>%n 次非法插卡</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Customer number, name, phone, address or meter number</source>
        <translation>户号、姓名、电话、地址或表号</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>查找(&amp;I)：</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>导入用户</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found.</source>
        <translation>
            <numerusform>找到 %n 个用户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>Importing customers…</source>
        <translation>正在导入用户…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1
%2</source>
        <translation>未导入任何记录：%1
%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n customer(s).</source>
        <translation>
            <numerusform>已导入 %n 个用户。</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;dd the customer</source>
        <translation>添加用户(&amp;D)</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>户号(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>地址(&amp;E)：</translation>
    </message>
    <message>
        <source>Customer %1 added.</source>
        <translation>已添加用户 %1。</translation>
    </message>
    <message>
        <source>single phase</source>
        <translation>单相</translation>
    </message>
    <message>
        <source>three phase</source>
        <translation>三相</translation>
    </message>
    <message>
        <source>&amp;Write the account-opening card</source>
        <translation>写开户卡(&amp;W)</translation>
    </message>
    <message>
        <source>C&amp;ustomer number:</source>
        <translation>户号(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Meter number:</source>
        <translation>表号(&amp;M)：</translation>
    </message>
    <message>
        <source>Tariff &amp;plan:</source>
        <translation>电价方案(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;hases:</source>
        <translation>相数(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Key version:</source>
        <translation>密钥版本(&amp;K)：</translation>
    </message>
    <message>
        <source>Preset credit to &amp;recover:</source>
        <translation>待回收预置金额(&amp;R)：</translation>
    </message>
    <message>
        <source>The preset credit is an amount such as 40.00.</source>
        <translation>预置金额为金额，例如 40.00。</translation>
    </message>
    <message>
        <source>Cannot use the card reader: %1</source>
        <translation>无法使用读卡器：%1</translation>
    </message>
    <message>
        <source>Account opened for meter %1 on card %2. Give the card to the customer to load it into the meter.</source>
        <translation>已为电表 %1 开户，卡号 %2。请将卡交给用户插入电表。</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <source>stolen</source>
        <translation>被盗</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <source>Write the &amp;replacement card</source>
        <translation>写补卡(&amp;R)</translation>
    </message>
    <message>
        <source>Mete&amp;r number:</source>
        <translation>表号(&amp;R)：</translation>
    </message>
    <message>
        <source>Reas&amp;on:</source>
        <translation>原因(&amp;O)：</translation>
    </message>
    <message>
        <source>Card %1 replaces card %2 of meter %3; the old card is blacklisted.</source>
        <translation>卡 %1 替换电表 %3 的卡 %2；旧卡已列入黑名单。</translation>
    </message>
    <message>
        <source>Find the customer first, then choose the row.</source>
        <translation>请先查找用户，再选择所在行。</translation>
    </message>
    <message>
        <source>Customer changed.</source>
        <translation>用户已修改。</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>用户组(&amp;G)：</translation>
    </message>
    <message>
        <source>A new user card in the reader.</source>
        <translation>读卡器中放一张新的用户卡。</translation>
    </message>
    <message>
        <source>(the old meter&apos;s plan)</source>
        <translation>（沿用旧表的方案）</translation>
    </message>
    <message>
        <source>faulty</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>burnt</source>
        <translation>烧毁</translation>
    </message>
    <message>
        <source>tampered</source>
        <translation>被篡改</translation>
    </message>
    <message>
        <source>upgraded</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Write the &amp;meter-change card</source>
        <translation>写换表卡(&amp;M)</translation>
    </message>
    <message>
        <source>The account, its debt and the credit left on the old meter move to the new meter, on a new user card in the reader. The old meter and its card are retired.</source>
        <translation>账户、欠款和旧表剩余金额转到新表，写在读卡器中的新用户卡上。旧表及其卡作废。</translation>
    </message>
    <message>
        <source>&amp;Old meter:</source>
        <translation>旧表(&amp;O)：</translation>
    </message>
    <message>
        <source>Credit &amp;left on the old meter:</source>
        <translation>旧表剩余金额(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;New meter:</source>
        <translation>新表(&amp;N)：</translation>
    </message>
    <message>
        <source>Its last return record said %1 left; read the meter&apos;s display now.</source>
        <translation>其最近的返写记录显示剩余 %1；请现在读取电表显示。</translation>
    </message>
    <message>
        <source>No return record from this meter yet: read its display.</source>
        <translation>该表尚无返写记录：请读取其显示。</translation>
    </message>
    <message>
        <source>The credit left is an amount such as 12.50 (0 when the meter shows none).</source>
        <translation>剩余金额是例如 12.50 的金额（电表显示无剩余时填 0）。</translation>
    </message>
    <message>
        <source>Meter %1 replaces meter %2; %3 of credit moved onto card %4. Give the card to the customer to load it into the new meter.</source>
        <translation>电表 %1 替换电表 %2；%3 的金额已转到卡 %4。请将卡交给用户插入新表。</translation>
    </message>
    <message>
        <source>For a lost, stolen or damaged card: a new user card in the reader.</source>
        <translation>用于丢失、被盗或损坏的卡：读卡器中放一张新的用户卡。</translation>
    </message>
    <message>
        <source>Change the customer… (Ctrl+E)</source>
        <translation>修改用户… (Ctrl+E)</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新用户</translation>
    </message>
    <message>
        <source>Open account</source>
        <translation>开户</translation>
    </message>
    <message>
        <source>Replace card</source>
        <translation>补卡</translation>
    </message>
    <message>
        <source>Change meter</source>
        <translation>换表</translation>
    </message>
    <message>
        <source>Supervisor&apos;s countersignature</source>
        <translation>主管会签</translation>
    </message>
    <message>
        <source>Supervisor&apos;s &amp;login:</source>
        <translation>主管登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Push tariff</source>
        <translation>下发电价</translation>
    </message>
    <message>
        <source>Push &amp;tariff now</source>
        <translation>立即下发电价(&amp;T)</translation>
    </message>
    <message>
        <source>A plan change reaches a meter with its next purchase. A meter on the meter line set in Administration gets it at once: the tariff of its plan, sealed for the meter, is sent and checked on the meter&apos;s sealed record.</source>
        <translation>方案变更随下一次购电送达电表。接在系统管理中设置的电表线路上的电表可立即获得：其方案的电价经为该电表加密后发送，并依据电表的加密返写记录核对。</translation>
    </message>
    <message>
        <source>Meter num&amp;ber:</source>
        <translation>表号(&amp;B)：</translation>
    </message>
    <message>
        <source>Give the meter&apos;s 12-digit number.</source>
        <translation>请给出电表的 12 位表号。</translation>
    </message>
    <message>
        <source>No meter line is set: an administrator sets it in Administration.</source>
        <translation>尚未设置电表线路：请管理员在系统管理中设置。</translation>
    </message>
    <message>
        <source>The keystore is locked: a supervisor must unlock it first.</source>
        <translation>密钥库已锁定：须先由主管解锁。</translation>
    </message>
    <message>
        <source>Cannot use the meter line: %1</source>
        <translation>无法使用电表线路：%1</translation>
    </message>
    <message>
        <source>Sending the tariff to meter %1…</source>
        <translation>正在向电表 %1 发送电价…</translation>
    </message>
    <message>
        <source>Meter %1 already runs plan %2: nothing was sent.</source>
        <translation>电表 %1 已在执行方案 %2：未发送任何内容。</translation>
    </message>
    <message>
        <source>Meter %1 loaded plan %2 at sequence %3; it takes effect %4.</source>
        <translation>电表 %1 已在序号 %3 读入方案 %2；于 %4 生效。</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Audit log (newest first)</source>
        <translation>审计日志（最新在前）</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>&amp;Add operator</source>
        <translation>添加操作员(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Unlock the selected operator</source>
        <translation>解锁所选操作员(&amp;U)</translation>
    </message>
    <message>
        <source>Lo&amp;gin:</source>
        <translation>登录名(&amp;G)：</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>姓名(&amp;M)：</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 可以重新登录。</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>&amp;Save the charges</source>
        <translation>保存收费项目(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;VAT (%):</source>
        <translation>增值税（%）(&amp;V)：</translation>
    </message>
    <message>
        <source>Monthly &amp;fixed charge:</source>
        <translation>每月固定费(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Debt recovery (% of each payment):</source>
        <translation>欠款回收（每笔付款的 %）(&amp;D)：</translation>
    </message>
    <message>
        <source>M&amp;inimum purchase:</source>
        <translation>最低购电额(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Hoarding limit (0: none):</source>
        <translation>囤积限额（0：不限）(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Opening fee:</source>
        <translation>开户费(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Replacement fee:</source>
        <translation>补卡费(&amp;R)：</translation>
    </message>
    <message>
        <source>Every charge is a number such as 16 or 50.00.</source>
        <translation>每个收费项目都是数字，例如 16 或 50.00。</translation>
    </message>
    <message>
        <source>Charges saved.</source>
        <translation>收费项目已保存。</translation>
    </message>
    <message>
        <source>&amp;Back up the ledger…</source>
        <translation>备份账本(&amp;B)…</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Back up the ledger</source>
        <translation>备份账本</translation>
    </message>
    <message>
        <source>Ledger backups (*.sqlite)</source>
        <translation>账本备份 (*.sqlite)</translation>
    </message>
    <message>
        <source>Backed up to %1 and verified.</source>
        <translation>已备份到 %1 并校验通过。</translation>
    </message>
    <message>
        <source>Ledger, language and receipts</source>
        <translation>账本、语言与凭证</translation>
    </message>
    <message>
        <source>80 mm thermal roll</source>
        <translation>80 mm 热敏卷纸</translation>
    </message>
    <message>
        <source>58 mm thermal roll</source>
        <translation>58 mm 热敏卷纸</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Receipt &amp;paper:</source>
        <translation>凭证纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>none: save receipts as PDF only</source>
        <translation>无：凭证仅保存为 PDF</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1（未找到）</translation>
    </message>
    <message>
        <source>R&amp;estore the ledger…</source>
        <translation>恢复账本(&amp;E)…</translation>
    </message>
    <message>
        <source>Receipt p&amp;rinter:</source>
        <translation>凭证打印机(&amp;R)：</translation>
    </message>
    <message>
        <source>Restore the ledger</source>
        <translation>恢复账本</translation>
    </message>
    <message>
        <source>An administrator of the backup signs for it.
Login:</source>
        <translation>由备份中的管理员签认。
登录名：</translation>
    </message>
    <message>
        <source>Password of %1:</source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>Keystore passphrase</source>
        <translation>密钥库口令</translation>
    </message>
    <message>
        <source>C&amp;hange the passphrase</source>
        <translation>更改口令(&amp;H)</translation>
    </message>
    <message>
        <source>C&amp;urrent:</source>
        <translation>当前(&amp;U)：</translation>
    </message>
    <message>
        <source>Ne&amp;w (8 or more):</source>
        <translation>新口令（至少 8 位）(&amp;W)：</translation>
    </message>
    <message>
        <source>Rep&amp;eat:</source>
        <translation>重复(&amp;E)：</translation>
    </message>
    <message>
        <source>The new passphrase and its repetition differ.</source>
        <translation>两次输入的新口令不一致。</translation>
    </message>
    <message>
        <source>The keystore passphrase is changed; give it only to those who unlock the station.</source>
        <translation>密钥库口令已更改；只告诉负责解锁本站的人。</translation>
    </message>
    <message>
        <source>Only an administrator may restore the ledger.</source>
        <translation>只有管理员可以恢复账本。</translation>
    </message>
    <message>
        <source>Restored %1 journal entries; the replaced ledger is kept as %2. Sign in again.</source>
        <translation>已恢复 %1 条流水；被替换的账本保存为 %2。请重新登录。</translation>
    </message>
    <message>
        <source>for example /dev/ttyUSB0; empty: no remote sales</source>
        <translation>例如 /dev/ttyUSB0；留空：不远程售电</translation>
    </message>
    <message>
        <source>Me&amp;ter line (remote sales):</source>
        <translation>电表线路（远程售电）(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Language (from the next sign-in):</source>
        <translation>语言（下次登录起生效）(&amp;L)：</translation>
    </message>
    <message>
        <source>Thermal receipt printer</source>
        <translation>热敏凭证打印机</translation>
    </message>
    <message>
        <source>System printer (chosen above)</source>
        <translation>系统打印机（上面所选）</translation>
    </message>
    <message>
        <source>ESC/POS on a device (serial or USB)</source>
        <translation>ESC/POS 设备（串口或 USB）</translation>
    </message>
    <message>
        <source>ESC/POS on the network (port 9100)</source>
        <translation>ESC/POS 网络（端口 9100）</translation>
    </message>
    <message>
        <source>for example /dev/usb/lp0 or /dev/ttyUSB0</source>
        <translation>例如 /dev/usb/lp0 或 /dev/ttyUSB0</translation>
    </message>
    <message>
        <source>as it is (USB printer)</source>
        <translation>保持原样（USB 打印机）</translation>
    </message>
    <message>
        <source>HOST or HOST:PORT, for example 192.0.2.10:9100</source>
        <translation>HOST 或 HOST:PORT，例如 192.0.2.10:9100</translation>
    </message>
    <message>
        <source>CP858 (Latin with the euro sign)</source>
        <translation>CP858（拉丁字母，含欧元符号）</translation>
    </message>
    <message>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <source>Print &amp;receipts on:</source>
        <translation>凭证打印到(&amp;R)：</translation>
    </message>
    <message>
        <source>De&amp;vice:</source>
        <translation>设备(&amp;V)：</translation>
    </message>
    <message>
        <source>Serial &amp;speed (8N1):</source>
        <translation>串口速率 (8N1)(&amp;S)：</translation>
    </message>
    <message>
        <source>Net&amp;work address:</source>
        <translation>网络地址(&amp;W)：</translation>
    </message>
    <message>
        <source>Code p&amp;age:</source>
        <translation>代码页(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Network…</source>
        <translation>网络(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>AllStationsReports</name>
    <message>
        <source>The central server refused the login: check the password, or ask for a reporting login (ampcard server add-reporter). %1</source>
        <translation>中央服务器拒绝了登录：请核对密码，或申请报表登录名（ampcard server add-reporter）。%1</translation>
    </message>
    <message>
        <source>The central server cannot be reached: this station is offline or the server is down. Its own reports work offline (untick All stations). %1</source>
        <translation>无法连接中央服务器：本站处于离线状态或服务器已停机。本站自己的报表可离线使用（取消勾选“全部售电站”）。%1</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Only a supervisor or administrator may back up the ledger.</source>
        <translation>只有主管或管理员可以备份账本。</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never overwrites a file.</source>
        <translation>%1 已存在；备份从不覆盖文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>无法为 %1 创建文件夹。</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>无法写入备份 %1：%2</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read back: %2</source>
        <translation>无法读回备份 %1：%2</translation>
    </message>
    <message>
        <source>The backup does not verify (%1); the ledger itself may be damaged: run &quot;ampcard ledger verify&quot;.</source>
        <translation>备份校验不通过（%1）；账本本身可能已损坏：请运行 &quot;ampcard ledger verify&quot;。</translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation>%1 处没有备份。</translation>
    </message>
    <message>
        <source>Cannot copy the backup next to %1.</source>
        <translation>无法将备份复制到 %1 旁边。</translation>
    </message>
    <message>
        <source>The backup cannot be used: %1</source>
        <translation>该备份无法使用：%1</translation>
    </message>
    <message>
        <source>The backup does not verify: %1</source>
        <translation>备份校验不通过：%1</translation>
    </message>
    <message>
        <source>Restore refused: %1</source>
        <translation>拒绝恢复：%1</translation>
    </message>
    <message>
        <source>Cannot set the current ledger aside as %1; nothing was changed.</source>
        <translation>无法将当前账本另存为 %1；未做任何更改。</translation>
    </message>
    <message>
        <source>Cannot put the restored ledger in place; it is at %1 and the previous one at %2.</source>
        <translation>无法将恢复的账本放到位；它在 %1，原账本在 %2。</translation>
    </message>
    <message>
        <source>Restore refused: unlock the keystore first; the backup is checked with the station&apos;s key.</source>
        <translation>拒绝恢复：请先解锁密钥库；备份要用本站密钥校验。</translation>
    </message>
    <message>
        <source>only an administrator of the current ledger may restore it</source>
        <translation>只有当前账本的管理员才能恢复账本</translation>
    </message>
    <message>
        <source>Restore refused: %1 is a ledger of station %2; this station is %3. Only a backup of this station may replace its ledger.</source>
        <translation>拒绝恢复：%1 是站点 %2 的账本；本站是 %3。只有本站的备份才能替换本站的账本。</translation>
    </message>
    <message>
        <source>Restore refused: the backup was never sealed with the station&apos;s key, so nothing proves it was made here.</source>
        <translation>拒绝恢复：该备份从未用本站密钥封签，无法证明它是在本站制作的。</translation>
    </message>
    <message>
        <source>Restore refused: the backup&apos;s history is not this ledger&apos;s (neither chain is the beginning of the other): it was made from another file or edited.</source>
        <translation>拒绝恢复：该备份的历史与本账本不符（两条链都不是对方的开头部分）：它由其他文件制作，或被修改过。</translation>
    </message>
</context>
<context>
    <name>CardDesk</name>
    <message>
        <source>Stopped by fault injection.</source>
        <translation>已被故障注入中止。</translation>
    </message>
    <message>
        <source>The keystore is locked: a supervisor must unlock it first.</source>
        <translation>密钥库已锁定：须先由主管解锁。</translation>
    </message>
    <message>
        <source>Cannot read the card: %1</source>
        <translation>无法读卡：%1</translation>
    </message>
    <message>
        <source>This is a %1, not a customer&apos;s card.</source>
        <translation>这是%1，不是用户卡。</translation>
    </message>
    <message>
        <source>Card %1 belongs to another utility (%2): it cannot be sold to here.</source>
        <translation>卡 %1 属于其他供电单位（%2）：本站不能对其售电。</translation>
    </message>
    <message>
        <source>Card %1 is not a customer card issued by this utility&apos;s stations.</source>
        <translation>卡 %1 不是本供电单位售电站发出的用户卡。</translation>
    </message>
    <message>
        <source>Card %1 is blacklisted (%2): keep it and send the customer to a supervisor.</source>
        <translation>卡 %1 已列入黑名单（%2）：请扣留此卡并请用户找主管。</translation>
    </message>
    <message>
        <source>The meter of card %1 is not registered.</source>
        <translation>卡 %1 对应的电表未登记。</translation>
    </message>
    <message>
        <source>Card %1 holds a record of meter %2 but belongs to meter %3: it was tampered with.</source>
        <translation>卡 %1 上有电表 %2 的记录，但该卡属于电表 %3：卡已被篡改。</translation>
    </message>
    <message>
        <source>The meter&apos;s record on card %1 does not verify (%2): the card was tampered with or damaged.</source>
        <translation>卡 %1 上的电表返写记录校验失败（%2）：卡已被篡改或损坏。</translation>
    </message>
    <message>
        <source>The purchase record on card %1 does not verify (%2): the card was tampered with or damaged.</source>
        <translation>卡 %1 上的购电记录校验失败（%2）：卡已被篡改或损坏。</translation>
    </message>
    <message>
        <source>Card %1 holds a record copied from another card: it was tampered with.</source>
        <translation>卡 %1 上的记录复制自另一张卡：卡已被篡改。</translation>
    </message>
    <message>
        <source>Cannot record the meter&apos;s return record: %1</source>
        <translation>无法保存电表返写记录：%1</translation>
    </message>
    <message>
        <source>This is a %1; a customer needs a user card.</source>
        <translation>这是%1；用户需要用户卡。</translation>
    </message>
    <message>
        <source>Card %1 is blacklisted (%2).</source>
        <translation>卡 %1 已列入黑名单（%2）。</translation>
    </message>
    <message>
        <source>Card %1 is already the card of meter %2.</source>
        <translation>卡 %1 已是电表 %2 的卡。</translation>
    </message>
    <message>
        <source>Card %1 already holds records: use a new card.</source>
        <translation>卡 %1 上已有记录：请使用新卡。</translation>
    </message>
    <message>
        <source>Cannot record the sale: %1</source>
        <translation>无法记录售电：%1</translation>
    </message>
    <message>
        <source>The ledger is busy: %1</source>
        <translation>账本正忙：%1</translation>
    </message>
    <message>
        <source>Sale %1 is no longer pending.</source>
        <translation>售电 %1 已不在待定状态。</translation>
    </message>
    <message>
        <source>Cannot update the account&apos;s debt: %1</source>
        <translation>无法更新账户欠款：%1</translation>
    </message>
    <message>
        <source>Sale %1 cannot be cancelled twice.</source>
        <translation>售电 %1 不能重复撤销。</translation>
    </message>
    <message>
        <source>Cannot blacklist the old card: %1</source>
        <translation>无法将旧卡列入黑名单：%1</translation>
    </message>
    <message>
        <source>Cannot record the card: %1</source>
        <translation>无法记录该卡：%1</translation>
    </message>
    <message>
        <source>the card does not hold %1 sequence %2: nothing was sold</source>
        <translation>卡上没有 %1 序号 %2：未售出任何电量</translation>
    </message>
    <message>
        <source>%1 %2 completed: the card holds it.</source>
        <translation>%1 %2 已完成：卡上有此记录。</translation>
    </message>
    <message>
        <source>%1 %2 voided: the card does not hold it, nothing was sold.</source>
        <translation>%1 %2 已作废：卡上没有此记录，未售出任何电量。</translation>
    </message>
    <message>
        <source>Cannot derive the meter key: %1</source>
        <translation>无法派生电表密钥：%1</translation>
    </message>
    <message>
        <source>The card write did not finish (%1). Nothing is charged yet: put the same card back to settle it.</source>
        <translation>写卡未完成（%1）。尚未收费：请重新插入同一张卡以完成结算。</translation>
    </message>
    <message>
        <source>Tariff plan %1 has no version in force.</source>
        <translation>电价方案 %1 没有生效的版本。</translation>
    </message>
    <message>
        <source>This operator may not sell.</source>
        <translation>该操作员无售电权限。</translation>
    </message>
    <message>
        <source>The keystore is for utility %1 but the station sells for utility %2.</source>
        <translation>密钥库属于供电单位 %1，而本站为供电单位 %2 售电。</translation>
    </message>
    <message>
        <source>Open a shift before selling.</source>
        <translation>售电前请先开班。</translation>
    </message>
    <message>
        <source>This card belongs to meter %1, not %2.</source>
        <translation>此卡属于电表 %1，不是 %2。</translation>
    </message>
    <message>
        <source>Meter %1 is %2: no sales.</source>
        <translation>电表 %1 状态为 %2：不能售电。</translation>
    </message>
    <message>
        <source>The card still holds its %1 record (sequence %2), which the meter has not loaded. Take the card to the meter first, or sell combining this purchase with it on the card.</source>
        <translation>卡上仍有电表尚未读入的%1记录（序号 %2）。请先将卡插入电表，或将本次购电与之合并写卡。</translation>
    </message>
    <message>
        <source>account-opening</source>
        <translation>开户</translation>
    </message>
    <message>
        <source>replacement</source>
        <translation>补卡</translation>
    </message>
    <message>
        <source>The card still holds %1 (sequence %2) that the meter has not loaded. Load it into the meter first, or sell again combining both on the card.</source>
        <translation>卡上仍有电表尚未读入的 %1（序号 %2）。请先插表读入，或将两笔合并写卡后再售。</translation>
    </message>
    <message>
        <source>Only a supervisor or administrator may cancel a sale.</source>
        <translation>只有主管或管理员可以撤销售电。</translation>
    </message>
    <message>
        <source>There is no sale %1.</source>
        <translation>没有售电记录 %1。</translation>
    </message>
    <message>
        <source>Sale %1 is %2: only a completed sale can be cancelled.</source>
        <translation>售电 %1 状态为 %2：只能撤销已完成的售电。</translation>
    </message>
    <message>
        <source>Sale %1 was written to card %2; this is card %3.</source>
        <translation>售电 %1 写入的是卡 %2；这是卡 %3。</translation>
    </message>
    <message>
        <source>Open a shift to pay the customer back.</source>
        <translation>请开班后再向用户退款。</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may open accounts.</source>
        <translation>只有安装员、主管或管理员可以开户。</translation>
    </message>
    <message>
        <source>The preset credit to recover cannot be negative.</source>
        <translation>待回收的预置金额不能为负。</translation>
    </message>
    <message>
        <source>Open a shift before taking the opening fee.</source>
        <translation>收取开户费前请先开班。</translation>
    </message>
    <message>
        <source>Meter %1 supplies customer %2.</source>
        <translation>电表 %1 供电给用户 %2。</translation>
    </message>
    <message>
        <source>Meter %1 has an account and a card already; replace the card instead.</source>
        <translation>电表 %1 已开户并有卡；请改为补卡。</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>没有用户 %1。</translation>
    </message>
    <message>
        <source>Meter %1 could not be registered.</source>
        <translation>无法登记电表 %1。</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may replace cards.</source>
        <translation>只有安装员、主管或管理员可以补卡。</translation>
    </message>
    <message>
        <source>Say why the card is replaced (lost, stolen, damaged).</source>
        <translation>请说明补卡原因（丢失、被盗、损坏）。</translation>
    </message>
    <message>
        <source>Open a shift before taking the replacement fee.</source>
        <translation>收取补卡费前请先开班。</translation>
    </message>
    <message>
        <source>Meter %1 is not registered.</source>
        <translation>电表 %1 未登记。</translation>
    </message>
    <message>
        <source>Meter %1 has no card to replace: open the account instead.</source>
        <translation>电表 %1 没有可补的卡：请改为开户。</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may issue function cards.</source>
        <translation>只有安装员、主管或管理员可以发功能卡。</translation>
    </message>
    <message>
        <source>Only a supervisor or administrator may issue key-change cards.</source>
        <translation>只有主管或管理员可以发密钥更新卡。</translation>
    </message>
    <message>
        <source>Choose a function card kind.</source>
        <translation>请选择功能卡类型。</translation>
    </message>
    <message>
        <source>This is a %1, not a %2.</source>
        <translation>这是%1，不是%2。</translation>
    </message>
    <message>
        <source>Card %1 is recorded as another kind.</source>
        <translation>卡 %1 已登记为其他类型。</translation>
    </message>
    <message>
        <source>The new key version must be above the meter&apos;s %1.</source>
        <translation>新密钥版本必须高于电表当前的 %1。</translation>
    </message>
    <message>
        <source>The credit thresholds do not hold together.</source>
        <translation>金额门限相互矛盾。</translation>
    </message>
    <message>
        <source>A parameter card carries a tariff, thresholds or both.</source>
        <translation>参数卡须携带电价、门限或两者。</translation>
    </message>
    <message>
        <source>A preset card carries a preset credit above zero.</source>
        <translation>预置卡须携带大于零的预置金额。</translation>
    </message>
    <message>
        <source>The card write did not finish (%1); write the card again.</source>
        <translation>写卡未完成（%1）；请重新写卡。</translation>
    </message>
    <message>
        <source>ELECTRICITY PURCHASE</source>
        <translation>购电凭证</translation>
    </message>
    <message>
        <source>CANCELLED PURCHASE</source>
        <translation>撤销购电凭证</translation>
    </message>
    <message>
        <source>ACCOUNT OPENING</source>
        <translation>开户凭证</translation>
    </message>
    <message>
        <source>REPLACEMENT CARD</source>
        <translation>补卡凭证</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>电表</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Cancels</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Replaces card</source>
        <translation>替换卡</translation>
    </message>
    <message>
        <source>Fixed charge</source>
        <translation>固定费</translation>
    </message>
    <message>
        <source>Debt recovered</source>
        <translation>回收欠款</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>增值税</translation>
    </message>
    <message>
        <source>Electricity credit</source>
        <translation>电费金额</translation>
    </message>
    <message>
        <source>  step %1</source>
        <translation>  第 %1 阶梯</translation>
    </message>
    <message>
        <source>%1 kWh at %2 = %3</source>
        <translation>%1 kWh × %2 = %3</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>电量（kWh）</translation>
    </message>
    <message>
        <source>On the card</source>
        <translation>卡上金额</translation>
    </message>
    <message>
        <source>Debt left</source>
        <translation>剩余欠款</translation>
    </message>
    <message>
        <source>Preset credit owed</source>
        <translation>应还预置金额</translation>
    </message>
    <message>
        <source>New tariff</source>
        <translation>新电价</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1，自 %2 起</translation>
    </message>
    <message>
        <source>TOTAL PAID</source>
        <translation>实收合计</translation>
    </message>
    <message>
        <source>Card %1 does not hold the record written to it: %2 Write it again on this card.</source>
        <translation>卡 %1 上没有写给它的记录：%2 请在这张卡上重新写入。</translation>
    </message>
    <message>
        <source>Meter %1 was removed already.</source>
        <translation>电表 %1 已拆除。</translation>
    </message>
    <message>
        <source>Cannot move the account&apos;s debt: %1</source>
        <translation>无法转移账户欠款：%1</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may change meters.</source>
        <translation>只有安装员、主管或管理员可以更改电表。</translation>
    </message>
    <message>
        <source>Say why the meter is changed (faulty, burnt, upgraded to three phases).</source>
        <translation>请说明换表原因（故障、烧毁、升级为三相）。</translation>
    </message>
    <message>
        <source>The credit left on the old meter cannot be negative: a meter in overdraft has 0 left, and its overdraft becomes the account&apos;s debt.</source>
        <translation>旧表剩余金额不能为负：透支中的电表剩余为 0，其透支计入账户欠款。</translation>
    </message>
    <message>
        <source>%1 is above the hoarding limit %2: check the old meter&apos;s display.</source>
        <translation>%1 超过囤积限额 %2：请核对旧表显示。</translation>
    </message>
    <message>
        <source>Meter %1 was removed already (replaced by %2).</source>
        <translation>电表 %1 已拆除（由 %2 替换）。</translation>
    </message>
    <message>
        <source>Meter %1 has no account yet: open the account on the new meter instead.</source>
        <translation>电表 %1 尚未开户：请直接在新表上开户。</translation>
    </message>
    <message>
        <source>Meter %1 has a card record still pending: put its card in the reader to settle it first.</source>
        <translation>电表 %1 仍有待定的卡记录：请先将其卡插入读卡器结清。</translation>
    </message>
    <message>
        <source>The new meter has the old meter&apos;s number.</source>
        <translation>新表的表号与旧表相同。</translation>
    </message>
    <message>
        <source>Meter %1 is in use already.</source>
        <translation>电表 %1 已在使用中。</translation>
    </message>
    <message>
        <source>METER CHANGE</source>
        <translation>换表</translation>
    </message>
    <message>
        <source>Replaces meter</source>
        <translation>替换电表</translation>
    </message>
    <message>
        <source>Credit moved</source>
        <translation>转移金额</translation>
    </message>
    <message>
        <source>Then read the card again to settle this work (nothing is charged twice).</source>
        <translation>然后重新读卡以结清此项操作（不会重复收费）。</translation>
    </message>
    <message>
        <source>Meter %1 does not answer (%2).</source>
        <translation>电表 %1 无应答（%2）。</translation>
    </message>
    <message>
        <source>Meter %1 has no account card: open the account before selling remotely.</source>
        <translation>电表 %1 没有用户卡：请先开户再远程售电。</translation>
    </message>
    <message>
        <source>The customer&apos;s card holds sequence %1, which meter %2 has not loaded (it loaded %3). Insert the card in the meter first: a remote sale now would make the meter refuse the card&apos;s credit.</source>
        <translation>用户卡上有序号 %1，电表 %2 尚未读入（已读入 %3）。请先将卡插入电表：现在远程售电会使电表拒收卡上的金额。</translation>
    </message>
    <message>
        <source>none: delivered to the meter remotely</source>
        <translation>无：已远程送达电表</translation>
    </message>
    <message>
        <source>  of which repays the overdraft</source>
        <translation>  其中用于归还透支</translation>
    </message>
    <message>
        <source>Meter %1 answered something that is not its sealed record: nothing is settled from it.</source>
        <translation>电表 %1 的应答不是其加密返写记录：不据此结清任何售电。</translation>
    </message>
    <message>
        <source>Meter %1&apos;s record does not verify (%2): it was not sealed by the meter. Nothing is settled from it.</source>
        <translation>电表 %1 的记录校验失败（%2）：该记录并非由电表加密生成。不据此结清任何售电。</translation>
    </message>
    <message>
        <source>Nothing was sold.</source>
        <translation>未售出任何电量。</translation>
    </message>
    <message>
        <source>Meter %1 did not take the token and can never load it. Nothing was sold.</source>
        <translation>电表 %1 未收下购电记录，且已不可能再读入。未售出任何电量。</translation>
    </message>
    <message>
        <source>its sealed record could not be read</source>
        <translation>无法读取其加密返写记录</translation>
    </message>
    <message>
        <source>its sealed record shows sequence %1 not loaded</source>
        <translation>其加密返写记录显示序号 %1 未读入</translation>
    </message>
    <message>
        <source>meter %1: %2; %3</source>
        <translation>电表 %1：%2；%3</translation>
    </message>
    <message>
        <source>Meter %1 has not loaded remote sale %2 (%3; %4). The sale stays pending and nothing is charged: it completes if the meter&apos;s record ever proves it loaded, and is void once a later sale is loaded without it.</source>
        <translation>电表 %1 尚未读入远程售电 %2（%3；%4）。该笔售电保持待定，暂不收费：电表返写记录日后证实已读入即告完成；电表读入此后的售电而未读入该笔，则作废。</translation>
    </message>
    <message>
        <source>Sale %1 is being cancelled already: its refund waits for the meter&apos;s record.</source>
        <translation>售电 %1 已在撤销中：退款须等待电表返写记录确认。</translation>
    </message>
    <message>
        <source>Meter %1 has loaded sale %2: it can no longer be cancelled.</source>
        <translation>电表 %1 已读入售电 %2：不能再撤销。</translation>
    </message>
    <message>
        <source>Sale %1 was delivered over the meter line; the meter settles it.</source>
        <translation>售电 %1 经电表线路远程送达；以电表的记录结清。</translation>
    </message>
    <message>
        <source>Sale %1 was combined on the card with an earlier purchase: it cannot be cancelled alone.</source>
        <translation>售电 %1 已与之前的购电合并写卡：不能单独撤销。</translation>
    </message>
    <message>
        <source>There is no sale %1 to cancel.</source>
        <translation>没有可撤销的售电 %1。</translation>
    </message>
    <message>
        <source>The card holds a newer record than sale %1: it is settled by the meter&apos;s next record, not cancelled.</source>
        <translation>卡上的记录比售电 %1 更新：该笔售电将由电表的下一条返写记录结清，不能撤销。</translation>
    </message>
    <message>
        <source>The card did not take the record (%1). Nothing was sold.</source>
        <translation>卡未能写入记录（%1）。未售出任何电量。</translation>
    </message>
    <message>
        <source>The token could not be sealed (%1). Nothing was sold.</source>
        <translation>无法加密购电记录（%1）。未售出任何电量。</translation>
    </message>
    <message>
        <source>Meter %1 stopped answering during the sale (%2).</source>
        <translation>售电过程中电表 %1 停止应答（%2）。</translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <translation>无应答（%1）</translation>
    </message>
    <message>
        <source>it said loaded</source>
        <translation>电表答复已读入</translation>
    </message>
    <message>
        <source>it said C-%1</source>
        <translation>电表答复 C-%1</translation>
    </message>
    <message>
        <source>Only a supervisor or administrator may issue clear and preset cards: they reset or create credit on a meter.</source>
        <translation>只有主管或管理员可以发清零卡和预置卡：这两种卡会清除电表金额或在电表上生成金额。</translation>
    </message>
    <message>
        <source>%1 is more than meter %2&apos;s last proven remaining credit %3</source>
        <translation>%1 超过电表 %2 最近经证实的剩余金额 %3</translation>
    </message>
    <message>
        <source>%1 (its newest sealed record). A supervisor must countersign the difference with a reason.</source>
        <translation>%1（依据其最新的加密返写记录）。差额须由主管会签并说明原因。</translation>
    </message>
    <message>
        <source>%1: the countersignature must be another operator&apos;s, a supervisor or an administrator.</source>
        <translation>%1：会签人须是另一名操作员，且为主管或管理员。</translation>
    </message>
    <message>
        <source>%1: the countersignature needs a reason.</source>
        <translation>%1：会签须说明原因。</translation>
    </message>
    <message>
        <source>%1, moved for %2: %3</source>
        <translation>%1；为 %2 转移，原因：%3</translation>
    </message>
    <message>
        <source>REFUND PENDING</source>
        <translation>退款待定</translation>
    </message>
    <message>
        <source>%1, paid once the meter&apos;s record proves it can never load the purchase</source>
        <translation>%1，待电表返写记录证实该笔购电已不可能读入后退还</translation>
    </message>
    <message>
        <source>Cannot take the meter&apos;s next sequence: %1</source>
        <translation>无法取得电表的下一个序号：%1</translation>
    </message>
    <message>
        <source>Cannot take the meter&apos;s next sequence.</source>
        <translation>无法取得电表的下一个序号。</translation>
    </message>
    <message>
        <source>nothing was sent: %1</source>
        <translation>未发出任何记录：%1</translation>
    </message>
    <message>
        <source>The meter&apos;s record on card %1 is older than one the station has already read for meter %2 (it shows sequence %3, the station has seen %4): it is refused, and the station&apos;s newest record of the meter is used.</source>
        <translation>卡 %1 上的电表返写记录比本站已读到的电表 %2 记录旧（卡上为序号 %3，本站已见到 %4）：不予采用，改用本站保存的该电表最新记录。</translation>
    </message>
    <message>
        <source>Meter %1 shows %2 loaded in %3 loads, less than this ledger has already proven (%4 in %5): its record is not the newest, or the meter was swapped. Nothing was settled; call a supervisor.</source>
        <translation>电表 %1 显示 %3 次共读入 %2，少于本账本已证实的 %5 次共 %4：其记录不是最新的，或电表已被调换。未结清任何售电；请联系主管。</translation>
    </message>
    <message>
        <source>meter %1 loaded %2 in %3 loads that this ledger did not issue (up to sequence %4)</source>
        <translation>电表 %1 读入了 %3 次非本账本发出的购电，共 %2（截至序号 %4）</translation>
    </message>
    <message>
        <source>Attention: %1 (a restored ledger or another station). It is recorded for the auditors.</source>
        <translation>注意：%1（可能因账本被恢复过，或由其他售电站售出）。已记录在案，供审计。</translation>
    </message>
    <message>
        <source>the meter&apos;s figures fit more than one history: waits for its next record</source>
        <translation>电表的数据可对应多种售电经过：等待其下一条返写记录</translation>
    </message>
    <message>
        <source>%1 %2 completed: meter %3 loaded it.</source>
        <translation>%1 %2 已完成：电表 %3 已读入。</translation>
    </message>
    <message>
        <source>meter %1 loaded a later sequence without %2: it can never load it, nothing was sold</source>
        <translation>电表 %1 已读入更后的序号而未读入序号 %2：已不可能再读入，未售出任何电量</translation>
    </message>
    <message>
        <source>%1 %2 voided: meter %3 can never load it, nothing was sold.</source>
        <translation>%1 %2 已作废：电表 %3 已不可能读入，未售出任何电量。</translation>
    </message>
    <message>
        <source>meter %1 loaded sale %2 before its cancellation: nothing is refunded</source>
        <translation>电表 %1 在撤销前已读入售电 %2：不予退款</translation>
    </message>
    <message>
        <source>Cancellation %1 refused: meter %2 loaded sale %3 first, nothing is refunded.</source>
        <translation>撤销记录 %1 被拒：电表 %2 已先读入售电 %3，不予退款。</translation>
    </message>
    <message>
        <source>Cancellation %1: meter %2 can never load sale %3, refund %4 paid.</source>
        <translation>撤销记录 %1：电表 %2 已不可能读入售电 %3，已退款 %4。</translation>
    </message>
    <message>
        <source>paid, but meter %1 can never load it: %2 is owed to the customer</source>
        <translation>已收款，但电表 %1 已不可能读入：应退还用户 %2</translation>
    </message>
    <message>
        <source>Sale %1 %2. Refund it (cancel it) at the counter.</source>
        <translation>售电 %1 %2。请在柜台退款（撤销该笔售电）。</translation>
    </message>
    <message>
        <source>%1 %2 completed: written to the card again (sequence %3).</source>
        <translation>%1 %2 已完成：已重新写卡（序号 %3）。</translation>
    </message>
    <message>
        <source>%1 %2 (sequence %3) is not on the card. It stays pending until meter %4&apos;s record proves it loaded or never loadable; nothing is charged for it until then.</source>
        <translation>%1 %2（序号 %3）不在卡上。该笔保持待定，直至电表 %4 的返写记录证实其已读入或已不可能读入；在此之前不收费。</translation>
    </message>
    <message>
        <source>The card does not show sequence %1 that this station wrote to it and meter %2 has not loaded: it holds an older copy or a damaged record.</source>
        <translation>卡上没有本站写入、电表 %2 尚未读入的序号 %1：卡上是旧副本或记录已损坏。</translation>
    </message>
    <message>
        <source>The card of meter %1 holds sales up to sequence %2 that the meter has not been proven to load. Load the card into the old meter first; if it can no longer read cards, include that credit in the credit moved and have a supervisor countersign.</source>
        <translation>电表 %1 的卡上有截至序号 %2、尚未证实已被电表读入的售电。请先将卡插入旧表读入；若旧表已无法读卡，请将这部分金额计入转移金额，并由主管会签。</translation>
    </message>
    <message>
        <source>its credit moved to meter %1 by meter change %2 (countersigned)</source>
        <translation>其金额已随换表 %2 转到电表 %1（经会签）</translation>
    </message>
    <message>
        <source>meter %1&apos;s clock or event counters went back since its previous record (a clock set or an event clear)</source>
        <translation>电表 %1 的时钟或事件计数自上一条记录以来发生回退（时钟被重设或事件被清零）</translation>
    </message>
    <message>
        <source>Moving the credit of card sales meter %1 never loaded needs another operator&apos;s countersignature, a supervisor or an administrator, with a reason.</source>
        <translation>转移电表 %1 从未读入的卡上购电金额，须由另一名主管或管理员会签并说明原因。</translation>
    </message>
    <message>
        <source>card sales up to sequence %1 never loaded by meter %2 move with the account, for %3: %4</source>
        <translation>电表 %2 从未读入的序号 %1 及以前的卡上购电随账户转移，为 %3 办理：%4</translation>
    </message>
    <message>
        <source>proven: the refund is paid at the next reading by an operator with an open shift</source>
        <translation>已证实：退款在下次由已开班的操作员读卡时支付</translation>
    </message>
    <message>
        <source>Cancellation %1: meter %2 can never load sale %3; the refund is paid when an operator with an open shift reads the card.</source>
        <translation>撤销记录 %1：电表 %2 已不可能读入售电 %3；退款在已开班的操作员读卡时支付。</translation>
    </message>
    <message>
        <source>%1 (combined with the record not yet loaded)</source>
        <translation>%1（已与尚未读入的记录合并）</translation>
    </message>
    <message>
        <source>This sale of %1 is more than the station&apos;s float left (%2). A supervisor asks the utility for more float; it arrives with the next sync.</source>
        <translation>本笔售电 %1 超过本站剩余售电额度（%2）。请主管向供电单位申请追加售电额度；额度随下次同步到达。</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>售电站</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>舍入</translation>
    </message>
    <message>
        <source>Keep this receipt.</source>
        <translation>请保留此凭证。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Ampcard receipt code: scan the QR code on the receipt, or type the receipt number.</source>
        <translation>“%1”不是 Ampcard 凭证码：请扫描凭证上的 QR 码，或输入凭证号。</translation>
    </message>
    <message>
        <source>A remote sale in network mode takes its sequence from the server: %1. Nothing was sold; card sales go on offline.</source>
        <translation>联网模式下的远程售电须从服务器取得序号：%1。未售出任何电量；插卡售电仍可离线进行。</translation>
    </message>
    <message>
        <source>nothing new: it loaded this sequence or a later one already</source>
        <translation>无新内容：电表已读入此序号或更后的序号</translation>
    </message>
    <message>
        <source>another utility&apos;s token</source>
        <translation>其他供电单位的购电记录</translation>
    </message>
    <message>
        <source>a token for another meter</source>
        <translation>属于其他电表的购电记录</translation>
    </message>
    <message>
        <source>the token does not open with the meter&apos;s key</source>
        <translation>无法用电表密钥解密购电记录</translation>
    </message>
    <message>
        <source>the meter runs another key version</source>
        <translation>电表使用的是其他密钥版本</translation>
    </message>
    <message>
        <source>the token is damaged</source>
        <translation>购电记录已损坏</translation>
    </message>
    <message>
        <source>the meter is not commissioned</source>
        <translation>电表尚未投运</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may push a tariff to a meter.</source>
        <translation>只有安装员、主管或管理员可以向电表下发电价。</translation>
    </message>
    <message>
        <source>The keystore is for utility %1 but the station works for utility %2.</source>
        <translation>密钥库属于供电单位 %1，而本站服务于供电单位 %2。</translation>
    </message>
    <message>
        <source>Meter %1 is removed: no tariff is pushed to it.</source>
        <translation>电表 %1 已拆除：不向其下发电价。</translation>
    </message>
    <message>
        <source>Nothing was pushed.</source>
        <translation>未下发电价。</translation>
    </message>
    <message>
        <source>Cannot derive the meter key: %1. Nothing was pushed.</source>
        <translation>无法派生电表密钥：%1。未下发电价。</translation>
    </message>
    <message>
        <source>A tariff push in network mode takes its sequence from the server: %1. Nothing was pushed.</source>
        <translation>联网模式下的电价下发须从服务器取得序号：%1。未下发电价。</translation>
    </message>
    <message>
        <source>the token could not be sealed (%1)</source>
        <translation>无法加密购电记录（%1）</translation>
    </message>
    <message>
        <source>Meter %1: %2. Nothing was pushed.</source>
        <translation>电表 %1：%2。未下发电价。</translation>
    </message>
    <message>
        <source>Meter %1 refused tariff push %2 (C-%3: %4). It still runs its previous tariff; the push stays on record until the meter&apos;s next record closes it.</source>
        <translation>电表 %1 拒绝了电价下发 %2（C-%3：%4）。电表仍执行原电价；该下发记录保留，直至电表的下一条返写记录将其关闭。</translation>
    </message>
    <message>
        <source>its sealed record could not be read: %1</source>
        <translation>无法读取其加密返写记录：%1</translation>
    </message>
    <message>
        <source>Meter %1 has not proven tariff push %2 (sequence %3: %4; %5). It stays pending: the meter&apos;s next sealed record (a remote sale, a settle over the line, or its card at the counter) settles it, and nothing is sent twice.</source>
        <translation>电表 %1 尚未证实已读入电价下发 %2（序号 %3：%4；%5）。该下发保持待定：电表的下一条加密返写记录（远程售电、经线路结清，或在柜台读其卡）将予以结清，不会重复发送。</translation>
    </message>
    <message>
        <source>meter %1 loaded tariff push %2 (sequence %3, plan %4)</source>
        <translation>电表 %1 已读入电价下发 %2（序号 %3，方案 %4）</translation>
    </message>
    <message>
        <source>meter %1 loaded sequence %2 without proving tariff push %3 (sequence %4): it can never load it now; plan %5 rides along with its next sale</source>
        <translation>电表 %1 已读入序号 %2，但未证实读入电价下发 %3（序号 %4）：现已不可能再读入；方案 %5 将随其下一笔售电一并写入</translation>
    </message>
    <message>
        <source>Tariff push %1 completed: meter %2 loaded plan %3.</source>
        <translation>电价下发 %1 已完成：电表 %2 已读入方案 %3。</translation>
    </message>
    <message>
        <source>Tariff push %1 closed: %2.</source>
        <translation>电价下发 %1 已关闭：%2。</translation>
    </message>
    <message>
        <source>The server gave sequence %1 for meter %2, outside a meter&apos;s range. Nothing was sold.</source>
        <translation>服务器为表 %2 给出的序号 %1 超出了表的范围。未售出任何内容。</translation>
    </message>
    <message>
        <source>The server gave sequence %1 for meter %2, outside a meter&apos;s range. Nothing was pushed.</source>
        <translation>服务器为表 %2 给出的序号 %1 超出了表的范围。未下发电价。</translation>
    </message>
</context>
<context>
    <name>CardNames</name>
    <message>
        <source>user card</source>
        <translation>用户卡</translation>
    </message>
    <message>
        <source>check card</source>
        <translation>检查卡</translation>
    </message>
    <message>
        <source>parameter card</source>
        <translation>参数卡</translation>
    </message>
    <message>
        <source>clear card</source>
        <translation>清零卡</translation>
    </message>
    <message>
        <source>relay test card</source>
        <translation>继电器测试卡</translation>
    </message>
    <message>
        <source>key change card</source>
        <translation>密钥更新卡</translation>
    </message>
    <message>
        <source>preset card</source>
        <translation>预置卡</translation>
    </message>
    <message>
        <source>unknown card</source>
        <translation>未知卡</translation>
    </message>
</context>
<context>
    <name>CardReport</name>
    <message>
        <source>not verified (no keystore)</source>
        <translation>未校验（未提供密钥库）</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>INVALID: %1</source>
        <translation>无效：%1</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>A card serial is a number from 1 up.</source>
        <translation>卡号是从 1 开始的数字。</translation>
    </message>
    <message>
        <source>Unknown card kind %1.</source>
        <translation>未知的卡类型 %1。</translation>
    </message>
    <message>
        <source>A user card belongs to a registered meter; %1 is not one.</source>
        <translation>用户卡须属于已登记的电表；%1 不是。</translation>
    </message>
    <message>
        <source>Meter %1 already has a user card; replace it instead.</source>
        <translation>电表 %1 已有用户卡；请改为补卡。</translation>
    </message>
    <message>
        <source>Only user cards are bound to a meter.</source>
        <translation>只有用户卡绑定电表。</translation>
    </message>
    <message>
        <source>Card %1 is already recorded.</source>
        <translation>卡 %1 已有记录。</translation>
    </message>
    <message>
        <source>Cannot record the card: %1</source>
        <translation>无法记录该卡：%1</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may issue cards.</source>
        <translation>只有安装员、主管或管理员可以发卡。</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may blacklist cards.</source>
        <translation>只有安装员、主管或管理员可以将卡列入黑名单。</translation>
    </message>
    <message>
        <source>Say why the card is blacklisted.</source>
        <translation>请说明将卡列入黑名单的原因。</translation>
    </message>
    <message>
        <source>Card %1 was never issued here.</source>
        <translation>本站从未发出卡 %1。</translation>
    </message>
    <message>
        <source>Card %1 is already blacklisted.</source>
        <translation>卡 %1 已在黑名单中。</translation>
    </message>
    <message>
        <source>Cannot blacklist the card: %1</source>
        <translation>无法将该卡列入黑名单：%1</translation>
    </message>
    <message>
        <source>Only a user card is replaced by another bound to its meter.</source>
        <translation>只有用户卡才能补发绑定同一电表的新卡。</translation>
    </message>
</context>
<context>
    <name>CardsPage</name>
    <message>
        <source>&amp;Read the card in the reader</source>
        <translation>读取读卡器中的卡(&amp;R)</translation>
    </message>
    <message>
        <source>Cannot use the card reader: %1</source>
        <translation>无法使用读卡器：%1</translation>
    </message>
    <message>
        <source>Cannot read the card: %1</source>
        <translation>无法读卡：%1</translation>
    </message>
    <message>
        <source>In the ledger: %1, %2%3%4</source>
        <translation>账本记录：%1，%2%3%4</translation>
    </message>
    <message>
        <source>, meter %1</source>
        <translation>，电表 %1</translation>
    </message>
    <message>
        <source>In the ledger: never issued by this station&apos;s utility ledger.</source>
        <translation>账本记录：本供电单位账本从未发出此卡。</translation>
    </message>
    <message>
        <source>Every record on the card verifies.</source>
        <translation>卡上所有记录均校验通过。</translation>
    </message>
    <message>
        <source>A record on this card does not verify: keep the card and report it.</source>
        <translation>此卡上有记录校验失败：请扣留此卡并上报。</translation>
    </message>
    <message>
        <source>Issue a function card (that kind of card in the reader)</source>
        <translation>发功能卡（读卡器中放入对应类型的卡）</translation>
    </message>
    <message>
        <source>with the meter&apos;s tariff plan</source>
        <translation>带电表的电价方案</translation>
    </message>
    <message>
        <source>&amp;Write the function card</source>
        <translation>写功能卡(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Meter number:</source>
        <translation>表号(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Preset credit:</source>
        <translation>预置金额(&amp;P)：</translation>
    </message>
    <message>
        <source>New key &amp;version:</source>
        <translation>新密钥版本(&amp;V)：</translation>
    </message>
    <message>
        <source>The preset credit is an amount such as 40.00.</source>
        <translation>预置金额为金额，例如 40.00。</translation>
    </message>
    <message>
        <source>%1 written for meter %2.</source>
        <translation>已为电表 %2 写好%1。</translation>
    </message>
</context>
<context>
    <name>CentralReports</name>
    <message>
        <source>Cannot read the server: %1</source>
        <translation>无法读取服务器：%1</translation>
    </message>
    <message>
        <source>This login may not read all stations: reports over all stations need a reporting login (ampcard server add-reporter).</source>
        <translation>此登录名无权读取所有售电站：全站报表需要报表登录名（ampcard server add-reporter）。</translation>
    </message>
    <message>
        <source>Give a day as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 给出日期。</translation>
    </message>
    <message>
        <source>The server cannot make the report: %1</source>
        <translation>服务器无法生成报表：%1</translation>
    </message>
    <message>
        <source>Takings of %1, all stations</source>
        <translation>%1 营业收入，全部售电站</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>售电站</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>笔数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>电量（kWh）</translation>
    </message>
    <message>
        <source>Stations on the server</source>
        <translation>服务器上的售电站</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>售电额度</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>流水条目</translation>
    </message>
    <message>
        <source>Audit lines</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>最近接收</translation>
    </message>
    <message>
        <source>Float taken</source>
        <translation>已用售电额度</translation>
    </message>
    <message>
        <source>Float left</source>
        <translation>剩余售电额度</translation>
    </message>
    <message>
        <source>Give the period as two days, the first not after the second.</source>
        <translation>请给出起止两个日期，起始日不得晚于截止日。</translation>
    </message>
    <message>
        <source>Close-out (Z) report of %1, all stations</source>
        <translation>%1 结班（Z）报表，全部售电站</translation>
    </message>
    <message>
        <source>Close-out (Z) report of %1 to %2, all stations</source>
        <translation>%1 至 %2 结班（Z）报表，全部售电站</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>笔数</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>实收</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>增值税</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>电费金额</translation>
    </message>
    <message>
        <source>Give a month as YYYY-MM.</source>
        <translation>请按 YYYY-MM 给出月份。</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购电笔数</translation>
    </message>
    <message>
        <source>Over all stations, the reports are %1, not &quot;%2&quot;.</source>
        <translation>全站报表为 %1，而不是“%2”。</translation>
    </message>
    <message>
        <source>Meter sequences sold by more than one station</source>
        <translation>多个售电站售出的同一电表序号</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>电表</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>售电站</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>售电笔数</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
</context>
<context>
    <name>CentralSchema</name>
    <message>
        <source>Cannot create the Ampcard roles and schema: %1</source>
        <translation>无法创建 Ampcard 角色和模式：%1</translation>
    </message>
    <message>
        <source>The server&apos;s schema is version %1, newer than this program knows (%2): upgrade Ampcard first.</source>
        <translation>服务器的模式版本为 %1，比本程序所知的版本（%2）新：请先升级 Ampcard。</translation>
    </message>
    <message>
        <source>Step %1 of the central schema failed: %2</source>
        <translation>中心模式第 %1 步失败：%2</translation>
    </message>
    <message>
        <source>the schema version table does not hold exactly one row</source>
        <translation>模式版本表并非恰好只有一行</translation>
    </message>
</context>
<context>
    <name>CentralStations</name>
    <message>
        <source>A station number is a whole number from 1.</source>
        <translation>站号是从 1 起的整数。</translation>
    </message>
    <message>
        <source>A float cannot be negative.</source>
        <translation>售电额度不能为负数。</translation>
    </message>
    <message>
        <source>No random bytes for the station&apos;s password.</source>
        <translation>无法获得随机字节来生成售电站密码。</translation>
    </message>
    <message>
        <source>Cannot read the stations: %1</source>
        <translation>无法读取售电站：%1</translation>
    </message>
    <message>
        <source>Station %1 exists already on this server.</source>
        <translation>此服务器上已有售电站 %1。</translation>
    </message>
    <message>
        <source>Cannot add station %1: %2</source>
        <translation>无法添加售电站 %1：%2</translation>
    </message>
    <message>
        <source>A reporting login is a lower-case name of letters, digits and _, not starting with ampcard_: &quot;%1&quot;.</source>
        <translation>报表登录名须由小写字母、数字和 _ 组成，且不以 ampcard_ 开头：“%1”。</translation>
    </message>
    <message>
        <source>No random bytes for the password.</source>
        <translation>无法获得随机字节来生成密码。</translation>
    </message>
    <message>
        <source>Cannot add the reporting login %1: %2</source>
        <translation>无法添加报表登录名 %1：%2</translation>
    </message>
    <message>
        <source>Cannot set the float of station %1: %2</source>
        <translation>无法设置售电站 %1 的售电额度：%2</translation>
    </message>
    <message>
        <source>There is no station %1 on this server.</source>
        <translation>此服务器上没有售电站 %1。</translation>
    </message>
</context>
<context>
    <name>Currencies</name>
    <message>
        <source>Kenyan shilling</source>
        <translation>肯尼亚先令</translation>
    </message>
    <message>
        <source>Bangladeshi taka</source>
        <translation>孟加拉塔卡</translation>
    </message>
    <message>
        <source>Bahraini dinar</source>
        <translation>巴林第纳尔</translation>
    </message>
    <message>
        <source>Chinese yuan</source>
        <translation>人民币</translation>
    </message>
    <message>
        <source>Ethiopian birr</source>
        <translation>埃塞俄比亚比尔</translation>
    </message>
    <message>
        <source>Euro</source>
        <translation>欧元</translation>
    </message>
    <message>
        <source>Pound sterling</source>
        <translation>英镑</translation>
    </message>
    <message>
        <source>Ghanaian cedi</source>
        <translation>加纳塞地</translation>
    </message>
    <message>
        <source>Indonesian rupiah</source>
        <translation>印度尼西亚盾</translation>
    </message>
    <message>
        <source>Indian rupee</source>
        <translation>印度卢比</translation>
    </message>
    <message>
        <source>Jordanian dinar</source>
        <translation>约旦第纳尔</translation>
    </message>
    <message>
        <source>Kuwaiti dinar</source>
        <translation>科威特第纳尔</translation>
    </message>
    <message>
        <source>Malawian kwacha</source>
        <translation>马拉维克瓦查</translation>
    </message>
    <message>
        <source>Mozambican metical</source>
        <translation>莫桑比克梅蒂卡尔</translation>
    </message>
    <message>
        <source>Nigerian naira</source>
        <translation>尼日利亚奈拉</translation>
    </message>
    <message>
        <source>Omani rial</source>
        <translation>阿曼里亚尔</translation>
    </message>
    <message>
        <source>Philippine peso</source>
        <translation>菲律宾比索</translation>
    </message>
    <message>
        <source>Pakistani rupee</source>
        <translation>巴基斯坦卢比</translation>
    </message>
    <message>
        <source>Rwandan franc</source>
        <translation>卢旺达法郎</translation>
    </message>
    <message>
        <source>Tunisian dinar</source>
        <translation>突尼斯第纳尔</translation>
    </message>
    <message>
        <source>Tanzanian shilling</source>
        <translation>坦桑尼亚先令</translation>
    </message>
    <message>
        <source>Ugandan shilling</source>
        <translation>乌干达先令</translation>
    </message>
    <message>
        <source>US dollar</source>
        <translation>美元</translation>
    </message>
    <message>
        <source>Vietnamese dong</source>
        <translation>越南盾</translation>
    </message>
    <message>
        <source>Central African CFA franc</source>
        <translation>中非法郎</translation>
    </message>
    <message>
        <source>West African CFA franc</source>
        <translation>西非法郎</translation>
    </message>
    <message>
        <source>South African rand</source>
        <translation>南非兰特</translation>
    </message>
    <message>
        <source>Zambian kwacha</source>
        <translation>赞比亚克瓦查</translation>
    </message>
    <message>
        <source>UAE dirham</source>
        <translation>阿联酋迪拉姆</translation>
    </message>
    <message>
        <source>Angolan kwanza</source>
        <translation>安哥拉宽扎</translation>
    </message>
    <message>
        <source>Congolese franc</source>
        <translation>刚果法郎</translation>
    </message>
    <message>
        <source>Algerian dinar</source>
        <translation>阿尔及利亚第纳尔</translation>
    </message>
    <message>
        <source>Egyptian pound</source>
        <translation>埃及镑</translation>
    </message>
    <message>
        <source>Iraqi dinar</source>
        <translation>伊拉克第纳尔</translation>
    </message>
    <message>
        <source>Japanese yen</source>
        <translation>日元</translation>
    </message>
    <message>
        <source>Libyan dinar</source>
        <translation>利比亚第纳尔</translation>
    </message>
    <message>
        <source>Moroccan dirham</source>
        <translation>摩洛哥迪拉姆</translation>
    </message>
    <message>
        <source>Saudi riyal</source>
        <translation>沙特里亚尔</translation>
    </message>
    <message>
        <source>The currency &quot;%1&quot; is not one the station knows: use an ISO 4217 code from the list (for example KES, XOF or KWD).</source>
        <translation>本站不认识币种“%1”：请使用列表中的 ISO 4217 代码（例如 KES、XOF 或 KWD）。</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Customer %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>single phase</source>
        <translation>单相</translation>
    </message>
    <message>
        <source>three phase</source>
        <translation>三相</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>suspended (no sales)</source>
        <translation>停用（不售电）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>地址(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>用户组(&amp;G)：</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>&amp;Meter:</source>
        <translation>电表(&amp;M)：</translation>
    </message>
    <message>
        <source>Tariff p&amp;lan:</source>
        <translation>电价方案(&amp;L)：</translation>
    </message>
    <message>
        <source>P&amp;hases:</source>
        <translation>相数(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>电表</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>没有用户 %1。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>CustomerModel</name>
    <message>
        <source>Number</source>
        <translation>户号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Meters</source>
        <translation>电表</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>The customer number is empty.</source>
        <translation>户号为空。</translation>
    </message>
    <message>
        <source>The customer number &quot;%1&quot; starts or ends with a space.</source>
        <translation>户号 &quot;%1&quot; 以空格开头或结尾。</translation>
    </message>
    <message>
        <source>The customer&apos;s name is empty.</source>
        <translation>用户姓名为空。</translation>
    </message>
    <message>
        <source>A field is longer than %1 characters.</source>
        <translation>有字段超过 %1 个字符。</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may add customers.</source>
        <translation>只有安装员、主管或管理员可以添加用户。</translation>
    </message>
    <message>
        <source>There is already a customer with number %1.</source>
        <translation>已有户号为 %1 的用户。</translation>
    </message>
    <message>
        <source>Cannot add the customer: %1</source>
        <translation>无法添加用户：%1</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may import customers.</source>
        <translation>只有安装员、主管或管理员可以导入用户。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>第 %1 行：引号字段没有闭合。</translation>
    </message>
    <message>
        <source>The file is empty: it needs the header number,name,address,phone,group.</source>
        <translation>文件为空：需要表头 number,name,address,phone,group。</translation>
    </message>
    <message>
        <source>The first line must name the columns, with at least number and name.</source>
        <translation>第一行必须是列名，至少包含 number 和 name。</translation>
    </message>
    <message>
        <source>number %1 is also on line %2.</source>
        <translation>户号 %1 在第 %2 行也出现。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>... and more.</source>
        <translation>……还有更多。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n line(s) need fixing.</source>
        <translation>
            <numerusform>未导入任何用户：有 %n 行需要修改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation>无法导入：%1</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may change customers.</source>
        <translation>只有安装员、主管或管理员可以修改用户。</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>没有用户 %1。</translation>
    </message>
    <message>
        <source>Cannot change the customer: %1</source>
        <translation>无法修改用户：%1</translation>
    </message>
    <message>
        <source>there is already a customer with number %1.</source>
        <translation>已有户号为 %1 的用户。</translation>
    </message>
</context>
<context>
    <name>DemoMeter</name>
    <message>
        <source>&amp;Reverse flow (power goes out)</source>
        <translation>反向潮流(电能送出)(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Insert demo card 1</source>
        <translation>插入演示卡 1(&amp;I)</translation>
    </message>
    <message>
        <source>Demo meter %1</source>
        <translation>演示电表 %1</translation>
    </message>
    <message>
        <source> W</source>
        <translation> W</translation>
    </message>
    <message>
        <source>real time</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>a minute each second</source>
        <translation>每秒一分钟</translation>
    </message>
    <message>
        <source>an hour each second</source>
        <translation>每秒一小时</translation>
    </message>
    <message>
        <source>alarm</source>
        <translation>报警</translation>
    </message>
    <message>
        <source>trip</source>
        <translation>跳闸</translation>
    </message>
    <message>
        <source>&amp;Load:</source>
        <translation>负载(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Clock runs:</source>
        <translation>时钟速度(&amp;C):</translation>
    </message>
    <message>
        <source>%1 is damaged or not the demo meter&apos;s memory: remove it to start the demo meter afresh.</source>
        <translation>%1 已损坏或不是演示电表的存储:删除它即可重新开始演示电表。</translation>
    </message>
    <message>
        <source>Cannot set up the demo meter: %1</source>
        <translation>无法设置演示电表:%1</translation>
    </message>
    <message>
        <source>Sell to the demo customer on the Sell page (F5 reads the card), then insert the card here: the meter loads the purchase and counts down.</source>
        <translation>在“售电”页向演示客户售电(F5 读卡),然后把卡插到这里:电表充值后开始递减。</translation>
    </message>
    <message>
        <source>C-00 good: the purchase is loaded.</source>
        <translation>C-00 正常:购电已充入。</translation>
    </message>
    <message>
        <source>C-01: the meter wrote its record to the card.</source>
        <translation>C-01:电表已把返写记录写入卡。</translation>
    </message>
    <message>
        <source>C-02: nothing new on the card; the meter wrote its record to it.</source>
        <translation>C-02:卡上没有新的购电;电表已写入返写记录。</translation>
    </message>
    <message>
        <source>C-%1: the meter refused the card (docs/meter.md lists the codes).</source>
        <translation>C-%1:电表拒绝了此卡(代码见 docs/meter.md)。</translation>
    </message>
    <message>
        <source>The card is back in the station&apos;s reader.</source>
        <translation>卡已回到售电台的读卡器中。</translation>
    </message>
    <message>
        <source>relay closed: power on</source>
        <translation>继电器闭合:供电</translation>
    </message>
    <message>
        <source>relay open: power off</source>
        <translation>继电器断开:停电</translation>
    </message>
    <message>
        <source>%1 · forward %2 kWh · reverse %3 kWh · %4</source>
        <translation>%1 · 正向 %2 kWh · 反向 %3 kWh · %4</translation>
    </message>
    <message>
        <source>The demo meter is made with the utility&apos;s keys: a supervisor signs in with the keystore passphrase first.</source>
        <translation>演示电表要用供电单位的密钥制作:请先由主管输入密钥库口令登录。</translation>
    </message>
</context>
<context>
    <name>Fees</name>
    <message>
        <source>VAT must be between 0 and 100 %.</source>
        <translation>增值税须在 0 到 100 % 之间。</translation>
    </message>
    <message>
        <source>The debt share of a payment must be at least 0 and under 100 %.</source>
        <translation>每次付款中抵扣欠费的比例须不小于 0 且小于 100 %。</translation>
    </message>
    <message>
        <source>Fee amounts cannot be negative.</source>
        <translation>费用金额不能为负。</translation>
    </message>
    <message>
        <source>%1 does not cover this month&apos;s fixed charge of %2.</source>
        <translation>%1 不足以支付本月 %2 的固定费用。</translation>
    </message>
    <message>
        <source>Nothing of %1 is left for electricity after the charges.</source>
        <translation>%1 扣除各项费用后已无余额购电。</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>The amount is too large for one sale.</source>
        <translation>金额超出单笔售电上限。</translation>
    </message>
    <message>
        <source>The least one can buy is %1.</source>
        <translation>最低购买金额为 %1。</translation>
    </message>
    <message>
        <source>This purchase would take the meter above its limit of %1 (it holds about %2): sell less.</source>
        <translation>此次购电会使电表余额超过上限 %1（表内约有 %2）：请减少金额。</translation>
    </message>
    <message>
        <source>The energy must be more than zero.</source>
        <translation>电量必须大于零。</translation>
    </message>
    <message>
        <source>%1 is not an amount of cash: the currency is counted in units of %2.</source>
        <translation>%1 不是可收付的现金金额：该币种以 %2 为单位计。</translation>
    </message>
</context>
<context>
    <name>KeyCustody</name>
    <message>
        <source>%1 holds the keys of utility %2; this station sells for utility %3.</source>
        <translation>%1 存放的是供电单位 %2 的密钥；本站为供电单位 %3 售电。</translation>
    </message>
    <message>
        <source>Only a supervisor or administrator may back up the keys.</source>
        <translation>只有主管或管理员可以备份密钥。</translation>
    </message>
    <message>
        <source>%1 exists already; a key backup never overwrites a file.</source>
        <translation>%1 已存在；密钥备份从不覆盖文件。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The copy %1 does not open: it was removed.</source>
        <translation>副本 %1 无法打开：已删除。</translation>
    </message>
    <message>
        <source>Only a supervisor or administrator may restore the keys.</source>
        <translation>只有主管或管理员可以恢复密钥。</translation>
    </message>
    <message>
        <source>Cannot copy %1 beside the keystore.</source>
        <translation>无法将 %1 复制到密钥库旁边。</translation>
    </message>
    <message>
        <source>Cannot move the current keystore aside.</source>
        <translation>无法将当前密钥库移到一旁。</translation>
    </message>
    <message>
        <source>Cannot put the backup in place.</source>
        <translation>无法将备份放到位。</translation>
    </message>
    <message>
        <source>Only a supervisor or administrator may change the keystore passphrase.</source>
        <translation>只有主管或管理员可以更改密钥库口令。</translation>
    </message>
    <message>
        <source>The new passphrase needs 8 characters or more.</source>
        <translation>新口令至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>The new passphrase is the old one.</source>
        <translation>新口令与旧口令相同。</translation>
    </message>
    <message>
        <source>Cannot change the passphrase: %1</source>
        <translation>无法更改口令：%1</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>There is no ledger at %1. Create one with &quot;ampcard init&quot;.</source>
        <translation>%1 处没有账本。请用 &quot;ampcard init&quot; 创建。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot open the ledger %1: %2</source>
        <translation>无法打开账本 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a ledger (or it is damaged): %2</source>
        <translation>%1 不是账本（或已损坏）：%2</translation>
    </message>
    <message>
        <source>The ledger %1 has schema version %2; this program knows up to %3. Install the newer Ampcard that wrote it.</source>
        <translation>账本 %1 的结构版本为 %2；本程序最高支持 %3。请安装写入它的较新版 Ampcard。</translation>
    </message>
    <message>
        <source>%1 is an SQLite file but not an Ampcard ledger.</source>
        <translation>%1 是 SQLite 文件，但不是 Ampcard 账本。</translation>
    </message>
    <message>
        <source>Cannot set up the ledger %1: %2</source>
        <translation>无法设置账本 %1：%2</translation>
    </message>
    <message>
        <source>Cannot bring the ledger %1 to schema version %2: %3</source>
        <translation>无法将账本 %1 升级到结构版本 %2：%3</translation>
    </message>
    <message>
        <source>The ledger %1 has no station id: it is damaged.</source>
        <translation>账本 %1 没有站点编号：已损坏。</translation>
    </message>
    <message>
        <source>The ledger is busy or read-only: %1</source>
        <translation>账本正忙或只读：%1</translation>
    </message>
    <message>
        <source>Cannot write to the ledger: %1</source>
        <translation>无法写入账本：%1</translation>
    </message>
    <message>
        <source>Entry %1 follows entry %2: the entries between were removed.</source>
        <translation>第 %1 条紧接在第 %2 条之后：中间的条目已被删除。</translation>
    </message>
    <message>
        <source>Entry %1 does not match its hash: it was edited after it was written.</source>
        <translation>第 %1 条与其哈希不符：写入后被修改过。</translation>
    </message>
    <message>
        <source>Cannot write to the audit log: %1</source>
        <translation>无法写入审计日志：%1</translation>
    </message>
    <message>
        <source>Cannot store the setting %1: %2</source>
        <translation>无法保存设置 %1：%2</translation>
    </message>
    <message>
        <source>The ledger file is damaged: restore the newest backup (Administration or &quot;ampcard restore&quot;) and keep this file for the auditors.</source>
        <translation>账本文件已损坏：请恢复最新的备份（“管理”页或 &quot;ampcard restore&quot;），并保留此文件供审计。</translation>
    </message>
    <message>
        <source>The disk holding the ledger is full: free space on it.</source>
        <translation>存放账本的磁盘已满：请腾出空间。</translation>
    </message>
    <message>
        <source>The ledger file is damaged: %1. Restore the newest backup; keep this file for the auditors.</source>
        <translation>账本文件已损坏：%1。请恢复最新的备份，并保留此文件供审计。</translation>
    </message>
    <message>
        <source>The ledger is busy: another program (a second station window or the ampcard tool) is writing to it. Nothing was recorded; try again in a moment.</source>
        <translation>账本正忙：另一个程序（另一个售电站窗口或 ampcard 工具）正在写入。未记录任何内容；请稍后重试。</translation>
    </message>
    <message>
        <source>The keystore did not give a ledger key.</source>
        <translation>密钥库未给出账本密钥。</translation>
    </message>
    <message>
        <source>This keystore did not seal this ledger (audit line %1 does not verify under its key): it holds another master key, or the line was edited. Run &quot;ampcard ledger verify&quot;.</source>
        <translation>此账本并非由该密钥库封签（审计日志第 %1 行用其密钥校验不通过）：该密钥库保存的是另一个主密钥，或该行被修改过。请运行 &quot;ampcard ledger verify&quot;。</translation>
    </message>
    <message>
        <source>the journal and the audit log are sealed with the station&apos;s key from here on</source>
        <translation>自此起，流水和审计日志用本站密钥封签</translation>
    </message>
    <message>
        <source>Cannot key the ledger: %1</source>
        <translation>无法为账本启用密钥：%1</translation>
    </message>
    <message>
        <source>Money is written to the ledger only sealed with the station&apos;s key: unlock the keystore first.</source>
        <translation>款项只能经本站密钥封签后写入账本：请先解锁密钥库。</translation>
    </message>
    <message>
        <source>Operators, settings and tariffs of this ledger change only sealed with the station&apos;s key: unlock the keystore first (--keystore, AMPCARD_PASSPHRASE).</source>
        <translation>此账本的操作员、设置和电价只能经本站密钥封签后更改：请先解锁密钥库（--keystore、AMPCARD_PASSPHRASE）。</translation>
    </message>
    <message>
        <source>Cannot seal the station&apos;s state: %1</source>
        <translation>无法封签本站状态：%1</translation>
    </message>
    <message>
        <source>The setting %1 is the ledger&apos;s own.</source>
        <translation>设置 %1 由账本自身维护，不能更改。</translation>
    </message>
    <message>
        <source>Settings of this ledger change only sealed with the station&apos;s key: unlock the keystore first (--keystore, AMPCARD_PASSPHRASE).</source>
        <translation>此账本的设置只能经本站密钥封签后更改：请先解锁密钥库（--keystore、AMPCARD_PASSPHRASE）。</translation>
    </message>
    <message>
        <source>The journal cannot be read: %1</source>
        <translation>无法读取流水：%1</translation>
    </message>
    <message>
        <source>Entry %1 does not follow the entry before it: an entry was replaced or its seal rewritten.</source>
        <translation>第 %1 条未接续其前一条：有条目被替换，或其封签被重写。</translation>
    </message>
    <message>
        <source>Entry %1 does not match its seal: it was edited after it was written (a seal computed again without the station&apos;s key does not verify).</source>
        <translation>第 %1 条与其封签不符：写入后被修改过（不用本站密钥重新计算的封签无法通过校验）。</translation>
    </message>
    <message>
        <source>Entry %1 is not sealed with the station&apos;s key, though the journal is sealed from entry %2: it was written outside the station.</source>
        <translation>第 %1 条未用本站密钥封签，而流水自第 %2 条起已封签：该条是在本站之外写入的。</translation>
    </message>
    <message>
        <source>The journal ends at entry %1 but its head records %2: the newest entries were removed.</source>
        <translation>流水止于第 %1 条，但其链头记录为 %2：最新的条目已被删除。</translation>
    </message>
    <message>
        <source>Entries 1 to %1 were written before the journal was keyed; they are held by the seals after them.</source>
        <translation>第 1 至 %1 条写于流水启用密钥之前；由其后各条的封签保护。</translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <source>Audit line %1 is not chained, though the audit log is chained before it: it was written outside the station.</source>
        <translation>审计日志第 %1 行未入链，而审计日志在此之前已成链：该行是在本站之外写入的。</translation>
    </message>
    <message>
        <source>Audit line %1 follows line %2: the lines between were removed.</source>
        <translation>审计日志第 %1 行紧接在第 %2 行之后：中间的行已被删除。</translation>
    </message>
    <message>
        <source>Audit line %1 does not follow the line before it: a line was replaced or its seal rewritten.</source>
        <translation>审计日志第 %1 行未接续其前一行：有行被替换，或其封签被重写。</translation>
    </message>
    <message>
        <source>Audit line %1 (%2) does not match its seal: it was edited after it was written.</source>
        <translation>审计日志第 %1 行（%2）与其封签不符：写入后被修改过。</translation>
    </message>
    <message>
        <source>Audit line %1 (%2) does not match its hash: it was edited after it was written.</source>
        <translation>审计日志第 %1 行（%2）与其哈希不符：写入后被修改过。</translation>
    </message>
    <message>
        <source>Audit line %1 (%2) changes operators, settings or tariffs without the station&apos;s key, though the ledger is keyed from line %3: it was written outside the station.</source>
        <translation>审计日志第 %1 行（%2）未经本站密钥更改了操作员、设置或电价，而账本自第 %3 行起已启用密钥：该行是在本站之外写入的。</translation>
    </message>
    <message>
        <source>The audit log ends at line %1 but its head records %2: the newest lines were removed.</source>
        <translation>审计日志止于第 %1 行，但其链头记录为 %2：最新的行已被删除。</translation>
    </message>
    <message numerus="yes">
        <source>%n audit line(s) from before the audit log was chained are not covered.</source>
        <translation>
            <numerusform>审计日志成链之前的 %n 行审计记录不在保护范围内。</numerusform>
        </translation>
    </message>
    <message>
        <source>This ledger was never opened with the keystore: its lines are chained but not sealed with the station&apos;s key.</source>
        <translation>此账本从未用密钥库打开过：其各行已成链，但未用本站密钥封签。</translation>
    </message>
    <message numerus="yes">
        <source>%n audit line(s) after the ledger was keyed were written without the keystore (sign-ins, customer and meter records at the command line): their place in the chain is checked, their author is not.</source>
        <translation>
            <numerusform>账本启用密钥后，有 %n 行审计记录是在未使用密钥库的情况下写入的（在命令行进行的登录以及用户和电表记录）：已检查它们在链中的位置，但未检查其写入者。</numerusform>
        </translation>
    </message>
    <message>
        <source>The protected tables cannot be read: %1</source>
        <translation>无法读取受保护的数据表：%1</translation>
    </message>
    <message>
        <source>The table %1 differs from what audit line %2 sealed: it was changed outside the station.</source>
        <translation>数据表 %1 与审计日志第 %2 行封签的内容不符：它在本站之外被修改过。</translation>
    </message>
    <message>
        <source>Audit line %1 (%2) changes operators, settings or tariffs without the station&apos;s key: it was written outside the station.</source>
        <translation>审计日志第 %1 行（%2）未经本站密钥更改了操作员、设置或电价：该行是在本站之外写入的。</translation>
    </message>
    <message numerus="yes">
        <source>Checked without the keystore: the links of %n line(s) hold, but their seals were not checked, so a line edited and sealed again by hand cannot be told from the original. Give the keystore (--keystore, AMPCARD_PASSPHRASE) to check them.</source>
        <translation>
            <numerusform>未使用密钥库检查：%n 行的链接完好，但未检查其封签，因此无法区分被手工修改并重新封签的行与原始行。请提供密钥库（--keystore、AMPCARD_PASSPHRASE）以检查封签。</numerusform>
        </translation>
    </message>
    <message>
        <source>The sales cannot be checked against the journal: %1</source>
        <translation>无法将售电与流水核对：%1</translation>
    </message>
    <message>
        <source>Journal entry %1 (%2 %3) has no sales row: the row was removed.</source>
        <translation>流水第 %1 条（%2 %3）没有对应的售电记录行：该行已被删除。</translation>
    </message>
    <message>
        <source>Sale %1 is &quot;%2&quot; though journal entry %3 records it taken: its state was changed.</source>
        <translation>售电 %1 的状态为 &quot;%2&quot;，但流水第 %3 条记载其已入账：其状态被改动过。</translation>
    </message>
    <message>
        <source>Sale %1 is marked cancelled but no completed cancellation refers to it: its state was changed.</source>
        <translation>售电 %1 标记为已撤销，但没有任何已完成的撤销记录指向它：其状态被改动过。</translation>
    </message>
    <message>
        <source>Sale %1 counts as taken but has no journal entry: it was not sold here.</source>
        <translation>售电 %1 计为已入账，但没有对应的流水条目：它不是在此售出的。</translation>
    </message>
    <message>
        <source>Sale %1 differs from journal entry %2 in %3: the sales row was edited.</source>
        <translation>售电 %1 的%3与流水第 %2 条不符：售电记录行被修改过。</translation>
    </message>
    <message>
        <source>the sale it belongs to</source>
        <translation>所属售电</translation>
    </message>
    <message>
        <source>the amount paid</source>
        <translation>实收金额</translation>
    </message>
    <message>
        <source>the energy</source>
        <translation>电量</translation>
    </message>
    <message>
        <source>the operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>the receipt</source>
        <translation>凭证</translation>
    </message>
    <message>
        <source>the time of sale</source>
        <translation>售电时间</translation>
    </message>
    <message>
        <source>the fixed charge</source>
        <translation>固定费</translation>
    </message>
    <message>
        <source>the debt recovered</source>
        <translation>回收欠款</translation>
    </message>
    <message>
        <source>the VAT</source>
        <translation>增值税</translation>
    </message>
    <message>
        <source>the credit</source>
        <translation>电费金额</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1：%2 -&gt; %3</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — %1</source>
        <translation>登录 — %1</translation>
    </message>
    <message>
        <source>Locked — %1</source>
        <translation>已锁定 — %1</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>操作员(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Keystore passphrase:</source>
        <translation>密钥库口令(&amp;K)：</translation>
    </message>
    <message>
        <source>The keystore did not open: %1. Cards cannot be written until a supervisor unlocks it.</source>
        <translation>密钥库未能打开：%1。主管解锁之前无法写卡。</translation>
    </message>
    <message>
        <source>&amp;Recover a locked login…</source>
        <translation>恢复锁定的登录(&amp;R)…</translation>
    </message>
    <message>
        <source>Recover a locked login — %1</source>
        <translation>恢复锁定的登录 — %1</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>The keystore&apos;s passphrase unlocks the login and sets its new password; the recovery goes to the audit log.</source>
        <translation>用密钥库口令解锁该登录并设置其新密码；此次恢复会记入审计日志。</translation>
    </message>
    <message>
        <source>Give the locked login and a new password of 8 characters or more.</source>
        <translation>请输入被锁定的登录名和至少 8 个字符的新密码。</translation>
    </message>
    <message>
        <source>The keystore did not open: %1. Recovery refused.</source>
        <translation>密钥库未能打开：%1。拒绝恢复。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ampcard Station — %1</source>
        <translation>Ampcard 售电站 — %1</translation>
    </message>
    <message>
        <source>&amp;Sell</source>
        <translation>售电(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;hift</source>
        <translation>班次(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Card reader</source>
        <translation>读卡器(&amp;C)</translation>
    </message>
    <message>
        <source>Read the card (F5)</source>
        <translation>读卡（F5）</translation>
    </message>
    <message>
        <source>Insert demo card %1</source>
        <translation>插入演示卡 %1</translation>
    </message>
    <message>
        <source>Pull the card</source>
        <translation>拔出卡</translation>
    </message>
    <message>
        <source>S&amp;ession</source>
        <translation>会话(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>no shift open</source>
        <translation>未开班</translation>
    </message>
    <message>
        <source>shift open since %1</source>
        <translation>%1 起已开班</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · reader: %4</source>
        <translation>%1（%2）· %3 · 读卡器：%4</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&amp;Open my shift</source>
        <translation>开班(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Close my shift and print the Z report</source>
        <translation>结班并打印 Z 报表(&amp;C)</translation>
    </message>
    <message>
        <source>Shift open. Good selling.</source>
        <translation>已开班。</translation>
    </message>
    <message>
        <source>Shift closed; the Z report is sealed and saved as %1.</source>
        <translation>已结班；Z 报表已封存并保存为 %1。</translation>
    </message>
    <message>
        <source>day, month (YYYY-MM), login or customer number</source>
        <translation>日期、月份（YYYY-MM）、登录名或户号</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>运行(&amp;U)</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Cards</source>
        <translation>卡(&amp;C)</translation>
    </message>
    <message>
        <source>Ad&amp;ministration</source>
        <translation>管理(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Tariffs</source>
        <translation>电价(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>打印(&amp;I)…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>&amp;Demo meter</source>
        <translation>演示电表(&amp;D)</translation>
    </message>
    <message numerus="yes">
        <source>%n tariff, fee or operator change(s) from other stations applied.</source>
        <translation>
            <numerusform>已应用来自其他售电站的 %n 项电价、费用或操作员变更。</numerusform>
        </translation>
    </message>
    <message>
        <source>All statio&amp;ns</source>
        <translation>全部售电站(&amp;N)</translation>
    </message>
    <message>
        <source>Run the report on the central server over every station</source>
        <translation>在中央服务器上对所有售电站生成报表</translation>
    </message>
    <message>
        <source>Reporting ser&amp;ver…</source>
        <translation>报表服务器(&amp;V)…</translation>
    </message>
    <message>
        <source>day, or month (YYYY-MM)</source>
        <translation>日期，或月份（YYYY-MM）</translation>
    </message>
    <message>
        <source>Reporting server</source>
        <translation>报表服务器</translation>
    </message>
    <message>
        <source>The URL of the reporting login (ampcard server add-reporter). It is kept without its password.</source>
        <translation>报表登录名的 URL（ampcard server add-reporter）。保存时不含密码。</translation>
    </message>
    <message>
        <source>Reports over all stations are for a supervisor of a station that has joined a server.</source>
        <translation>全站报表仅供已加入服务器的售电站的主管使用。</translation>
    </message>
    <message>
        <source>The password of the reporting login %1:</source>
        <translation>报表登录名 %1 的密码：</translation>
    </message>
    <message>
        <source>Asking the central server…</source>
        <translation>正在查询中央服务器…</translation>
    </message>
</context>
<context>
    <name>Meters</name>
    <message>
        <source>Only an installer, supervisor or administrator may register meters.</source>
        <translation>只有安装员、主管或管理员可以登记电表。</translation>
    </message>
    <message>
        <source>A meter number has 12 digits; &quot;%1&quot; does not.</source>
        <translation>表号为 12 位数字；&quot;%1&quot; 不是。</translation>
    </message>
    <message>
        <source>A meter has 1 or 3 phases.</source>
        <translation>电表为单相或三相。</translation>
    </message>
    <message>
        <source>The key version is 1 to 255.</source>
        <translation>密钥版本为 1 到 255。</translation>
    </message>
    <message>
        <source>There is no tariff plan &quot;%1&quot;.</source>
        <translation>没有电价方案 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Cannot read the customers: %1</source>
        <translation>无法读取用户：%1</translation>
    </message>
    <message>
        <source>There is no customer with number %1.</source>
        <translation>没有户号为 %1 的用户。</translation>
    </message>
    <message>
        <source>Meter %1 is already registered.</source>
        <translation>电表 %1 已登记。</translation>
    </message>
    <message>
        <source>Cannot register the meter: %1</source>
        <translation>无法登记电表：%1</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may change meters.</source>
        <translation>只有安装员、主管或管理员可以更改电表。</translation>
    </message>
    <message>
        <source>Meter %1 is not registered.</source>
        <translation>电表 %1 未登记。</translation>
    </message>
    <message>
        <source>Meter %1 was removed (replaced by %2).</source>
        <translation>电表 %1 已拆除（由 %2 替换）。</translation>
    </message>
    <message>
        <source>A meter is active or suspended; a meter change removes one.</source>
        <translation>电表状态为正常或停用；拆除由换表完成。</translation>
    </message>
    <message>
        <source>Cannot change the meter: %1</source>
        <translation>无法修改电表：%1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已拆除</translation>
    </message>
</context>
<context>
    <name>MoneyFormat</name>
    <message>
        <source>%1 is too large an amount.</source>
        <translation>金额 %1 过大。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: write it like %2.</source>
        <translation>“%1”不是金额：请按 %2 的格式填写。</translation>
    </message>
    <message>
        <source>Enter an amount, like %1.</source>
        <translation>请输入金额，例如 %1。</translation>
    </message>
    <message>
        <source>%1 has no decimals: enter a whole amount.</source>
        <translation>%1 没有小数：请输入整数金额。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is counted to %n decimal place(s): %2 has more.</source>
        <translation>
            <numerusform>%1 计到 %n 位小数：%2 的小数位更多。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <source>&amp;Join</source>
        <translation>加入(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>the URL printed by ampcard server add-station</source>
        <translation>ampcard server add-station 输出的 URL</translation>
    </message>
    <message>
        <source>when the URL holds none</source>
        <translation>URL 中没有密码时填写</translation>
    </message>
    <message>
        <source>the utility&apos;s CA certificate, when the URL names none</source>
        <translation>供电单位的 CA 证书，URL 中未指定时填写</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>服务器(&amp;R)：</translation>
    </message>
    <message>
        <source>S&amp;tation number:</source>
        <translation>站号(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>CA 文件(&amp;C)：</translation>
    </message>
    <message>
        <source>This station sells on its own ledger only (stand-alone).</source>
        <translation>本站只用自己的账本售电（单机）。</translation>
    </message>
    <message>
        <source>Station %1 of %2
Float left: %3
%4
Last error: %5</source>
        <translation>服务器 %2 的售电站 %1
剩余售电额度：%3
%4
最近错误：%5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Only an administrator joins the station to a server.</source>
        <translation>只有管理员可以让本站加入服务器。</translation>
    </message>
    <message>
        <source>Cannot join the server: %1</source>
        <translation>无法加入服务器：%1</translation>
    </message>
    <message>
        <source>Joined as station %1; %2 journal entries and %3 audit lines sent.</source>
        <translation>已作为售电站 %1 加入；已发送 %2 条流水和 %3 条审计记录。</translation>
    </message>
    <message>
        <source>The push stopped: %1</source>
        <translation>推送中断：%1</translation>
    </message>
    <message>
        <source>Joined, but the upload stopped (%1). It goes on by itself.</source>
        <translation>已加入，但上传中断（%1）。上传会自动继续。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Other station</source>
        <translation>另一售电站</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>情况</translation>
    </message>
    <message>
        <source>The same number made at two stations: the first one to reach the server holds it. Settle each with the other station.</source>
        <translation>同一编号在两个售电站创建：先到达服务器的一方保留该编号。请与另一售电站逐一协商处理。</translation>
    </message>
    <message>
        <source>refused by the server: the other station&apos;s holds it</source>
        <translation>被服务器拒绝：另一售电站的记录保留该编号</translation>
    </message>
    <message>
        <source>the other station&apos;s not taken: this one has its own</source>
        <translation>未采用另一售电站的记录：本站已有自己的记录</translation>
    </message>
    <message>
        <source>Sent %1 journal entries and %2 audit lines; %3 records sent, %4 taken from other stations.</source>
        <translation>已发送 %1 条流水和 %2 条审计记录；发出 %3 条记录，从其他售电站接收 %4 条。</translation>
    </message>
</context>
<context>
    <name>Operators</name>
    <message>
        <source>An operator&apos;s login must not be empty or start or end with a space.</source>
        <translation>操作员登录名不能为空，也不能以空格开头或结尾。</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>The password could not be hashed (OpenSSL failed).</source>
        <translation>无法对密码做哈希（OpenSSL 出错）。</translation>
    </message>
    <message>
        <source>There is already an operator &quot;%1&quot;.</source>
        <translation>已有操作员 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Cannot add the operator: %1</source>
        <translation>无法添加操作员：%1</translation>
    </message>
    <message>
        <source>This ledger already has operators; an administrator adds the others.</source>
        <translation>此账本已有操作员；其他操作员由管理员添加。</translation>
    </message>
    <message>
        <source>Only an administrator may add operators.</source>
        <translation>只有管理员可以添加操作员。</translation>
    </message>
    <message>
        <source>Unknown operator or wrong password.</source>
        <translation>操作员不存在或密码错误。</translation>
    </message>
    <message>
        <source>Operator &quot;%1&quot; is locked after %2 wrong passwords; an administrator must unlock it.</source>
        <translation>操作员 &quot;%1&quot; 因 %2 次密码错误已被锁定；须由管理员解锁。</translation>
    </message>
    <message>
        <source>Cannot record the sign-in: %1</source>
        <translation>无法记录登录：%1</translation>
    </message>
    <message>
        <source>Wrong password. Operator &quot;%1&quot; is now locked; an administrator must unlock it.</source>
        <translation>密码错误。操作员 &quot;%1&quot; 现已被锁定；须由管理员解锁。</translation>
    </message>
    <message>
        <source>Only an administrator may unlock operators.</source>
        <translation>只有管理员可以解锁操作员。</translation>
    </message>
    <message>
        <source>There is no operator &quot;%1&quot;.</source>
        <translation>没有操作员 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Only an administrator may set another operator&apos;s password.</source>
        <translation>只有管理员可以设置其他操作员的密码。</translation>
    </message>
    <message>
        <source>Cannot change the operator: %1</source>
        <translation>无法修改操作员：%1</translation>
    </message>
    <message>
        <source>Sign-in refused: %1 Run &quot;ampcard ledger verify&quot; and call the auditors; restore the newest good backup.</source>
        <translation>拒绝登录：%1 请运行 &quot;ampcard ledger verify&quot; 校验账本并联系审计人员；恢复最新的完好备份。</translation>
    </message>
    <message>
        <source>Recovering an operator needs the keystore&apos;s passphrase.</source>
        <translation>恢复操作员需要密钥库口令。</translation>
    </message>
    <message>
        <source>Cannot recover the operator: %1</source>
        <translation>无法恢复操作员：%1</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>The server address is not a valid PostgreSQL URL: %1</source>
        <translation>服务器地址不是有效的 PostgreSQL URL：%1</translation>
    </message>
    <message>
        <source>Cannot connect to the server: %1</source>
        <translation>无法连接服务器：%1</translation>
    </message>
    <message>
        <source>the connection to the server was lost</source>
        <translation>与服务器的连接已断开</translation>
    </message>
</context>
<context>
    <name>QuoteModel</name>
    <message>
        <source>Fixed charge</source>
        <translation>固定费</translation>
    </message>
    <message>
        <source>first purchase of the month</source>
        <translation>当月首次购电</translation>
    </message>
    <message>
        <source>Debt recovered</source>
        <translation>回收欠款</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>增值税</translation>
    </message>
    <message>
        <source>Electricity credit</source>
        <translation>电费金额</translation>
    </message>
    <message>
        <source>  step %1</source>
        <translation>  第 %1 阶梯</translation>
    </message>
    <message>
        <source>%1 kWh at %2</source>
        <translation>%1 kWh，单价 %2</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>电量</translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <translation>%1 kWh</translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation>应付合计</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>舍入</translation>
    </message>
</context>
<context>
    <name>ReceiptFinder</name>
    <message>
        <source>scan the receipt&apos;s QR code, or type its number</source>
        <translation>扫描凭证的 QR 码，或输入凭证号</translation>
    </message>
    <message>
        <source>&amp;Find receipt:</source>
        <translation>查找凭证(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Print a&amp;gain</source>
        <translation>重新打印(&amp;G)</translation>
    </message>
    <message>
        <source>Receipt %1. Ctrl+P prints it again.</source>
        <translation>凭证 %1。按 Ctrl+P 重新打印。</translation>
    </message>
    <message>
        <source>The receipt was printed again.</source>
        <translation>凭证已重新打印。</translation>
    </message>
    <message>
        <source>The receipt did not print: %1</source>
        <translation>凭证未能打印：%1</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>There is no printer &quot;%1&quot; on this computer: choose another in Administration.</source>
        <translation>本机没有打印机“%1”：请在“管理”中另选。</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; cannot print now.</source>
        <translation>打印机“%1”现在无法打印。</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; reported an error.</source>
        <translation>打印机“%1”报告错误。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>No receipt printer device is set: an administrator sets it in Administration (for example /dev/usb/lp0 or /dev/ttyUSB0).</source>
        <translation>未设置凭证打印机设备：请管理员在“管理”中设置（例如 /dev/usb/lp0 或 /dev/ttyUSB0）。</translation>
    </message>
    <message>
        <source>The receipt printer is a system printer, not a thermal one.</source>
        <translation>凭证打印机是系统打印机，不是热敏打印机。</translation>
    </message>
</context>
<context>
    <name>ReferenceSync</name>
    <message>
        <source>Cannot read the reference outbox: %1</source>
        <translation>无法读取基础资料待发队列：%1</translation>
    </message>
    <message>
        <source>Cannot read a %1 for the server: %2</source>
        <translation>无法读取要发往服务器的 %1 记录：%2</translation>
    </message>
    <message>
        <source>The server refused reference records: %1</source>
        <translation>服务器拒收了基础资料记录：%1</translation>
    </message>
    <message>
        <source>Cannot clear what the server took from the reference outbox: %1</source>
        <translation>无法从基础资料待发队列清除服务器已收下的记录：%1</translation>
    </message>
    <message>
        <source>Cannot pull reference records: %1</source>
        <translation>无法拉取基础资料记录：%1</translation>
    </message>
    <message>
        <source>Cannot apply reference records: %1</source>
        <translation>无法应用基础资料记录：%1</translation>
    </message>
    <message>
        <source>Cannot apply a %1 from station %2: %3</source>
        <translation>无法应用来自售电站 %2 的 %1 记录：%3</translation>
    </message>
    <message>
        <source>Cannot apply reference records: cannot note the revision.</source>
        <translation>无法应用基础资料记录：无法记下修订号。</translation>
    </message>
    <message>
        <source>Cannot read the clashes the server found: %1</source>
        <translation>无法读取服务器发现的冲突：%1</translation>
    </message>
    <message>
        <source>Cannot note a clash: %1</source>
        <translation>无法记下冲突：%1</translation>
    </message>
    <message>
        <source>Cannot note a clash.</source>
        <translation>无法记下冲突。</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Only a supervisor, administrator or installer sees the station&apos;s reports; a cashier sees their own work and customers&apos; histories.</source>
        <translation>只有主管、管理员或安装员可查看本站报表；收费员只能查看自己的业务和用户历史。</translation>
    </message>
    <message>
        <source>Cannot run the report: %1</source>
        <translation>无法生成报表：%1</translation>
    </message>
    <message>
        <source>Give a day as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 给出日期。</translation>
    </message>
    <message>
        <source>Takings of %1</source>
        <translation>%1 收款</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>笔数</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>实收</translation>
    </message>
    <message>
        <source>Fixed charges</source>
        <translation>固定费</translation>
    </message>
    <message>
        <source>Debt recovered</source>
        <translation>回收欠款</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>增值税</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>电费金额</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>电量（kWh）</translation>
    </message>
    <message>
        <source>Give a month as YYYY-MM.</source>
        <translation>请按 YYYY-MM 给出月份。</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购电笔数</translation>
    </message>
    <message>
        <source>Give the period as two days, the first not after the second.</source>
        <translation>请给出起止两个日期，起始日不得晚于截止日。</translation>
    </message>
    <message>
        <source>Work of %1 from %2 to %3</source>
        <translation>%1 自 %2 至 %3 的业务</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>电表</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>This operator may not see reports.</source>
        <translation>该操作员无权查看报表。</translation>
    </message>
    <message>
        <source>History of customer %1</source>
        <translation>用户 %1 的历史</translation>
    </message>
    <message>
        <source>Consumption read from cards, %1 to %2</source>
        <translation>从卡读取的用电量，%1 至 %2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>读数次数</translation>
    </message>
    <message>
        <source>First read (UTC)</source>
        <translation>首次读取（UTC）</translation>
    </message>
    <message>
        <source>Last read (UTC)</source>
        <translation>最近读取（UTC）</translation>
    </message>
    <message>
        <source>Forward (kWh)</source>
        <translation>正向（kWh）</translation>
    </message>
    <message>
        <source>Reverse (kWh)</source>
        <translation>反向（kWh）</translation>
    </message>
    <message>
        <source>Billed (kWh)</source>
        <translation>计费（kWh）</translation>
    </message>
    <message>
        <source>Suspicious meters as of %1</source>
        <translation>截至 %1 的可疑电表</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s) not loaded after %1 days</source>
        <translation>
            <numerusform>%n 笔购电超过 %1 天未读入</numerusform>
        </translation>
    </message>
    <message>
        <source>silent for more than %1 days</source>
        <translation>超过 %1 天无消息</translation>
    </message>
    <message>
        <source>Name the customer number.</source>
        <translation>请给出户号。</translation>
    </message>
    <message>
        <source>There is no report &quot;%1&quot; (reports: %2).</source>
        <translation>没有报表“%1”（报表：%2）。</translation>
    </message>
    <message>
        <source>Energy of customer %1 by month</source>
        <translation>用户 %1 的逐月电量</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Bought (kWh)</source>
        <translation>购电（kWh）</translation>
    </message>
    <message>
        <source>Used (kWh)</source>
        <translation>用电（kWh）</translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s) pending the meter&apos;s proof</source>
        <translation>
            <numerusform>%n 笔退款待电表证实</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paid sale(s) the meter can never load: owed to the customer</source>
        <translation>
            <numerusform>%n 笔已收款售电电表已不可能读入：应退还用户</numerusform>
        </translation>
    </message>
    <message>
        <source>The report is refused: its sales do not agree with the sealed journal. %1 Run &quot;ampcard ledger verify&quot; and call the auditors.</source>
        <translation>拒绝生成报表：其售电与已封签的流水不符。%1 请运行 &quot;ampcard ledger verify&quot; 校验账本并联系审计人员。</translation>
    </message>
    <message>
        <source>The ledger cannot be read: %1</source>
        <translation>无法读取账本：%1</translation>
    </message>
    <message>
        <source>No sale %1 is in this ledger: check the number, or look it up on the station that sold it.</source>
        <translation>本账本中没有售电 %1：请核对编号，或到售出该笔的售电站查询。</translation>
    </message>
    <message>
        <source>The receipt&apos;s code does not match sale %1 in the ledger (station %2, paid %3): the receipt is not genuine or not this ledger&apos;s.</source>
        <translation>凭证码与账本中的售电 %1 不符（售电站 %2，付款 %3）：该凭证不是真的，或不属于本账本。</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>cashier</source>
        <translation>收费员</translation>
    </message>
    <message>
        <source>installer</source>
        <translation>安装员</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>SaleState</name>
    <message>
        <source>pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已撤销</translation>
    </message>
</context>
<context>
    <name>SellPage</name>
    <message>
        <source>&amp;Combine with the purchase still on the card</source>
        <translation>与卡上未读入的购电合并(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Sell (Enter)</source>
        <translation>售电（Enter）(&amp;S)</translation>
    </message>
    <message>
        <source>Meter number, customer number or name, then Enter — or F5 to read the card</source>
        <translation>输入表号、户号或姓名后按 Enter — 或按 F5 读卡</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>按金额</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>按电量（kWh）</translation>
    </message>
    <message>
        <source>Amount, then Enter to sell</source>
        <translation>输入金额，按 Enter 售电</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>Read card (F5)</source>
        <translation>读卡（F5）</translation>
    </message>
    <message>
        <source>Receipt (Ctrl+P prints again)</source>
        <translation>凭证（Ctrl+P 重新打印）</translation>
    </message>
    <message>
        <source>No account chosen.</source>
        <translation>未选择账户。</translation>
    </message>
    <message>
        <source>%1  %2  meter %3</source>
        <translation>%1  %2  电表 %3</translation>
    </message>
    <message>
        <source>No account matches &quot;%1&quot;. Check the number, or read the card with F5.</source>
        <translation>没有与“%1”匹配的账户。请核对号码，或按 F5 读卡。</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts match: choose one with the arrows and Enter.</source>
        <translation>
            <numerusform>有 %n 个账户匹配：请用方向键选择后按 Enter。</numerusform>
        </translation>
    </message>
    <message>
        <source>Meter %1 is not registered.</source>
        <translation>电表 %1 未登记。</translation>
    </message>
    <message>
        <source>Cannot use the card reader: %1</source>
        <translation>无法使用读卡器：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Meter %1 · plan %2 · card %3</source>
        <translation>电表 %1 · 方案 %2 · 卡 %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Remaining %1 · period usage %2 kWh · forward %3 kWh (from the last card read)</source>
        <translation>剩余 %1 · 本期用电 %2 kWh · 正向 %3 kWh（取自最近一次读卡）</translation>
    </message>
    <message>
        <source>The meter has not written to the card yet.</source>
        <translation>电表尚未向卡返写。</translation>
    </message>
    <message>
        <source>a purchase on the card is not loaded into the meter yet</source>
        <translation>卡上有一笔购电尚未读入电表</translation>
    </message>
    <message>
        <source>meter %1</source>
        <translation>电表%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Type an amount such as 250 or 250.50.</source>
        <translation>请输入金额，例如 250 或 250.50。</translation>
    </message>
    <message>
        <source>Type the kWh wanted, such as 12.5.</source>
        <translation>请输入所购电量（kWh），例如 12.5。</translation>
    </message>
    <message>
        <source>Find the account first, or read the card with F5.</source>
        <translation>请先查找账户，或按 F5 读卡。</translation>
    </message>
    <message>
        <source>Type the amount first.</source>
        <translation>请先输入金额。</translation>
    </message>
    <message>
        <source>Writing the card…</source>
        <translation>正在写卡…</translation>
    </message>
    <message>
        <source>Recording the sale…</source>
        <translation>正在记账…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>Sold: %1 paid, %2 kWh on card %3. Escape for the next customer.</source>
        <translation>已售出：实收 %1，%2 kWh 已写入卡 %3。按 Esc 接待下一位用户。</translation>
    </message>
    <message>
        <source>The receipt could not be written to %1.</source>
        <translation>凭证无法写入 %1。</translation>
    </message>
    <message>
        <source>The receipt did not print: %1 Ctrl+P prints it again.</source>
        <translation>凭证未打印：%1 按 Ctrl+P 重新打印。</translation>
    </message>
    <message>
        <source>Sell remotel&amp;y (Ctrl+R)</source>
        <translation>远程售电(&amp;Y) (Ctrl+R)</translation>
    </message>
    <message>
        <source>Without the card: the purchase goes to the meter over the meter line set in Administration.</source>
        <translation>不用卡：购电记录经系统管理中设置的电表线路送到电表。</translation>
    </message>
    <message>
        <source>Find the account first (the card is not needed).</source>
        <translation>请先查找账户（不需要卡）。</translation>
    </message>
    <message>
        <source>No meter line is set: an administrator sets it in Administration.</source>
        <translation>尚未设置电表线路：请管理员在系统管理中设置。</translation>
    </message>
    <message>
        <source>The keystore is locked: a supervisor must unlock it first.</source>
        <translation>密钥库已锁定：须由主管先解锁。</translation>
    </message>
    <message>
        <source>Cannot use the meter line: %1</source>
        <translation>无法使用电表线路：%1</translation>
    </message>
    <message>
        <source>Sending the purchase to meter %1…</source>
        <translation>正在将购电记录发送到电表 %1…</translation>
    </message>
    <message>
        <source>Sold: %1 paid, %2 kWh delivered to meter %3. Escape for the next customer.</source>
        <translation>已售出：实收 %1，%2 kWh 已送达电表 %3。按 Esc 接待下一位用户。</translation>
    </message>
    <message>
        <source>The meter has not loaded the card&apos;s account-opening record yet: this purchase is combined with it.</source>
        <translation>电表尚未充入卡上的开户记录:本次购电与其合并。</translation>
    </message>
    <message>
        <source>The receipt was printed again.</source>
        <translation>凭证已重新打印。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Only an administrator may set the utility and the station number.</source>
        <translation>只有管理员可以设置供电单位和站号。</translation>
    </message>
    <message>
        <source>Only a supervisor or administrator may change the station&apos;s charges.</source>
        <translation>只有主管或管理员可以修改本站收费项目。</translation>
    </message>
    <message>
        <source>Fee amounts cannot be negative.</source>
        <translation>费用金额不能为负。</translation>
    </message>
    <message>
        <source>The station number is a number from 1 up.</source>
        <translation>站号是从 1 开始的数字。</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up Ampcard Station</source>
        <translation>设置 Ampcard 售电站</translation>
    </message>
    <message>
        <source>&amp;Utility name:</source>
        <translation>供电单位名称(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>币种(&amp;C)：</translation>
    </message>
    <message>
        <source>Utility &amp;id (on every card):</source>
        <translation>供电单位编号（写入每张卡）(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Station number:</source>
        <translation>站号(&amp;S)：</translation>
    </message>
    <message>
        <source>The utility</source>
        <translation>供电单位</translation>
    </message>
    <message>
        <source>Who sells, in which currency, and this station&apos;s number.</source>
        <translation>由谁售电、使用何种币种，以及本站站号。</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password (8 characters or more):</source>
        <translation>密码（至少 8 个字符）(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>再次输入密码(&amp;R)：</translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation>首位管理员</translation>
    </message>
    <message>
        <source>The administrator adds the other operators.</source>
        <translation>其他操作员由管理员添加。</translation>
    </message>
    <message>
        <source>&amp;Make a new master key (a new utility)</source>
        <translation>生成新的主密钥（新供电单位）(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Import the utility&apos;s keystore file</source>
        <translation>导入供电单位的密钥库文件(&amp;I)</translation>
    </message>
    <message>
        <source>keystore file to import</source>
        <translation>要导入的密钥库文件</translation>
    </message>
    <message>
        <source>Add &amp;demo data: plan DEMO and customer DEMO-1</source>
        <translation>添加演示数据：方案 DEMO 和用户 DEMO-1(&amp;D)</translation>
    </message>
    <message>
        <source>Keystore &amp;passphrase:</source>
        <translation>密钥库口令(&amp;P)：</translation>
    </message>
    <message>
        <source>Repeat the passphrase:</source>
        <translation>再次输入口令：</translation>
    </message>
    <message>
        <source>The keys</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Cards are sealed with keys derived from the utility&apos;s master key, kept encrypted under a passphrase that a supervisor types at every start.</source>
        <translation>卡上记录用供电单位主密钥派生的密钥加密；主密钥以口令加密保存，每次启动时由主管输入口令。</translation>
    </message>
    <message>
        <source>The two administrator passwords differ.</source>
        <translation>两次输入的管理员密码不一致。</translation>
    </message>
    <message>
        <source>The two keystore passphrases differ.</source>
        <translation>两次输入的密钥库口令不一致。</translation>
    </message>
    <message>
        <source>The keystore passphrase needs at least 8 characters.</source>
        <translation>密钥库口令至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>Cannot make the keystore: %1</source>
        <translation>无法生成密钥库：%1</translation>
    </message>
    <message>
        <source>The keystore %1 does not open: %2</source>
        <translation>密钥库 %1 无法打开：%2</translation>
    </message>
    <message>
        <source>That keystore is for utility %1, not %2.</source>
        <translation>该密钥库属于供电单位 %1，不是 %2。</translation>
    </message>
    <message>
        <source>Cannot copy the keystore to %1.</source>
        <translation>无法将密钥库复制到 %1。</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>设置</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 (%n decimal place(s))</source>
        <translation>
            <numerusform>%1 — %2(%n 位小数)</numerusform>
        </translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>Shifts</name>
    <message>
        <source>This operator does not take money.</source>
        <translation>该操作员不收款。</translation>
    </message>
    <message>
        <source>%1 has a shift open already.</source>
        <translation>%1 已有未结班次。</translation>
    </message>
    <message>
        <source>Cannot open the shift: %1</source>
        <translation>无法开班：%1</translation>
    </message>
    <message>
        <source>Only a supervisor may close another operator&apos;s shift.</source>
        <translation>只有主管可以结算其他操作员的班次。</translation>
    </message>
    <message>
        <source>%1 has no open shift.</source>
        <translation>%1 没有未结班次。</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) of this shift are pending: put their cards back in the reader to settle them before closing.</source>
        <translation>
            <numerusform>本班次有 %n 笔售电待定：结班前请将对应的卡插回读卡器完成结算。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot close the shift: %1</source>
        <translation>无法结班：%1</translation>
    </message>
    <message>
        <source>There is no shift %1.</source>
        <translation>没有班次 %1。</translation>
    </message>
    <message>
        <source>Only a supervisor may seal another operator&apos;s report.</source>
        <translation>只有主管可以封存其他操作员的报表。</translation>
    </message>
    <message>
        <source>The shift is still open: close it first.</source>
        <translation>班次仍未结：请先结班。</translation>
    </message>
    <message>
        <source>Cannot seal the report: %1</source>
        <translation>无法封存报表：%1</translation>
    </message>
    <message>
        <source>CLOSE-OUT (Z) REPORT</source>
        <translation>结班（Z）报表</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Opened (UTC)</source>
        <translation>开班（UTC）</translation>
    </message>
    <message>
        <source>Closed (UTC)</source>
        <translation>结班（UTC）</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>结班人</translation>
    </message>
    <message>
        <source>paid %1, VAT %2, credit %3, %4 kWh</source>
        <translation>实收 %1，增值税 %2，电费 %3，%4 kWh</translation>
    </message>
    <message>
        <source>CASH IN DRAWER</source>
        <translation>钱箱应有现金</translation>
    </message>
    <message>
        <source>Ledger head</source>
        <translation>账本链头</translation>
    </message>
    <message>
        <source>Report hash</source>
        <translation>报表哈希</translation>
    </message>
    <message>
        <source>The shift cannot be closed: its sales do not agree with the sealed journal. %1 Run &quot;ampcard ledger verify&quot; and call the auditors.</source>
        <translation>无法结班：该班次的售电与已封签的流水不符。%1 请运行 &quot;ampcard ledger verify&quot; 校验账本并联系审计人员。</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开班</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结班</translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <source>Ampcard Station, the prepaid electricity counter.</source>
        <translation>Ampcard 售电站，预付费电力营业柜台。</translation>
    </message>
    <message>
        <source>ledger file</source>
        <translation>账本文件</translation>
    </message>
    <message>
        <source>never start the built-in virtual card reader</source>
        <translation>不启动内置虚拟读卡器</translation>
    </message>
    <message>
        <source>Ampcard Station</source>
        <translation>Ampcard 售电站</translation>
    </message>
    <message>
        <source>Virtual card reader</source>
        <translation>虚拟读卡器</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>render every page in every language at 1366×768 as PNG into DIR (a demo ledger in a temporary folder) and quit</source>
        <translation>以 1366×768 将每种语言的每个页面渲染为 PNG 存入 DIR（使用临时文件夹中的演示账本），然后退出</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>This ledger has joined station %1 of a server already (%2).</source>
        <translation>本账本已作为售电站 %1 加入服务器（%2）。</translation>
    </message>
    <message>
        <source>A station number is a whole number from 1.</source>
        <translation>站号是从 1 起的整数。</translation>
    </message>
    <message>
        <source>No password for the server: give the URL that `ampcard server add-station` printed, or set AMPCARD_SERVER_PASSWORD.</source>
        <translation>没有服务器密码：请给出 `ampcard server add-station` 输出的 URL，或设置 AMPCARD_SERVER_PASSWORD。</translation>
    </message>
    <message>
        <source>Cannot write the server&apos;s password file %1: %2</source>
        <translation>无法写入服务器密码文件 %1：%2</translation>
    </message>
    <message>
        <source>The server has no Ampcard schema readable by this station: %1</source>
        <translation>服务器上没有本站可读的 Ampcard 模式：%1</translation>
    </message>
    <message>
        <source>The server has no Ampcard schema: run `ampcard server init`.</source>
        <translation>服务器上没有 Ampcard 模式：请运行 `ampcard server init`。</translation>
    </message>
    <message>
        <source>The server refused this station&apos;s login: %1</source>
        <translation>服务器拒绝了本站的登录：%1</translation>
    </message>
    <message>
        <source>The server does not know this login as a station.</source>
        <translation>服务器不认为此登录名是售电站。</translation>
    </message>
    <message>
        <source>The server knows this login as station %1, not %2.</source>
        <translation>服务器将此登录名识别为售电站 %1，而不是 %2。</translation>
    </message>
    <message>
        <source>Station %1 on the server belongs to another ledger (%2); this ledger is %3.</source>
        <translation>服务器上的售电站 %1 属于另一个账本（%2）；本账本为 %3。</translation>
    </message>
    <message>
        <source>Cannot join: %1</source>
        <translation>无法加入：%1</translation>
    </message>
    <message>
        <source>Cannot queue the history for the server: %1</source>
        <translation>无法将历史记录排入待发队列：%1</translation>
    </message>
    <message>
        <source>This station has not joined a server (ampcard network join).</source>
        <translation>本站尚未加入服务器（ampcard network join）。</translation>
    </message>
    <message>
        <source>Cannot read the outbox: %1</source>
        <translation>无法读取待发队列：%1</translation>
    </message>
    <message>
        <source>The server refused a batch: %1</source>
        <translation>服务器拒收了一批记录：%1</translation>
    </message>
    <message>
        <source>The server did not confirm a batch: %1</source>
        <translation>服务器未确认一批记录：%1</translation>
    </message>
    <message>
        <source>Cannot clear what the server took from the outbox: %1</source>
        <translation>无法从待发队列清除服务器已收下的记录：%1</translation>
    </message>
    <message>
        <source>Cannot read the journal&apos;s head: %1</source>
        <translation>无法读取流水头：%1</translation>
    </message>
    <message>
        <source>Cannot queue the station&apos;s records for the server: %1</source>
        <translation>无法将本站记录排入待发队列：%1</translation>
    </message>
    <message>
        <source>Cannot read the card sales for the server: %1</source>
        <translation>无法读取要发往服务器的卡售电记录：%1</translation>
    </message>
    <message>
        <source>The server did not take the card sales&apos; sequences: %1</source>
        <translation>服务器未收下卡售电记录的序号：%1</translation>
    </message>
    <message>
        <source>Tariff plans, fee rules and operators from other stations are applied only with the station&apos;s key unlocked.</source>
        <translation>来自其他售电站的电价方案、收费规则和操作员，只有在本站密钥解锁后才会应用。</translation>
    </message>
    <message>
        <source>Tariff plans, fee rules and operators are shared by every station in network mode: a change needs the server, which cannot be reached (%1). Nothing was changed; try again when the station is online.</source>
        <translation>联网模式下，电价方案、收费规则和操作员由所有售电站共享：变更需要连接服务器，但服务器无法连接（%1）。未做任何更改；请在本站联机后重试。</translation>
    </message>
    <message>
        <source>a card sale at another station that the meter has not loaded is out (%1): insert the card in the meter first</source>
        <translation>其他售电站有一笔电表尚未读入的卡售电（%1）：请先将卡插入电表</translation>
    </message>
    <message>
        <source>In network mode tariff plans and fee rules are the utility&apos;s: they are changed at the head office&apos;s station and reach this one from the server.</source>
        <translation>联网模式下，电价方案和收费规则属于供电公司：由总部售电站修改，并经服务器下发到本站。</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Offline since %1</source>
        <translation>自 %1 起离线</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>Synced %1 s ago</source>
        <translation>%1 秒前已同步</translation>
    </message>
    <message numerus="yes">
        <source> · %n waiting</source>
        <translation>
            <numerusform> · %n 条待推送</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TariffFileReader</name>
    <message>
        <source>unknown field (expected one of: %1)</source>
        <translation>未知字段（应为以下之一：%1）</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be a decimal string such as &quot;0.5380&quot;</source>
        <translation>必须是十进制字符串，例如“0.5380”</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>必须是 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>missing or not a list of steps</source>
        <translation>缺失或不是阶梯列表</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>the last step has no upper bound</source>
        <translation>最后一档没有上限</translation>
    </message>
    <message>
        <source>must be a time of day &quot;HH:MM&quot;</source>
        <translation>必须是时刻“HH:MM”</translation>
    </message>
    <message>
        <source>missing or not an object</source>
        <translation>缺失或不是对象</translation>
    </message>
    <message>
        <source>must be &quot;MM-DDTHH&quot;, such as &quot;01-01T00&quot;</source>
        <translation>必须是“MM-DDTHH”，例如“01-01T00”</translation>
    </message>
    <message>
        <source>must be &quot;monthly&quot; or &quot;yearly&quot;</source>
        <translation>必须是“monthly”或“yearly”</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>第 %1 字节处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>a tariff file holds one JSON object</source>
        <translation>电价文件应只包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>missing or empty</source>
        <translation>缺失或为空</translation>
    </message>
    <message>
        <source>must be an ISO 4217 code such as &quot;CNY&quot;</source>
        <translation>必须是 ISO 4217 货币代码，例如“CNY”</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>file is larger than 1 MiB; not a tariff file</source>
        <translation>文件大于 1 MiB，不是电价文件</translation>
    </message>
</context>
<context>
    <name>TariffPlans</name>
    <message>
        <source>Only a supervisor or administrator may change tariffs.</source>
        <translation>只有主管或管理员可以修改电价。</translation>
    </message>
    <message>
        <source>A tariff plan needs a name without leading or trailing spaces.</source>
        <translation>电价方案需要名称，且不能以空格开头或结尾。</translation>
    </message>
    <message>
        <source>The tariff is not valid: %1</source>
        <translation>电价无效：%1</translation>
    </message>
    <message>
        <source>The tariff needs the time it takes effect.</source>
        <translation>电价需要生效时间。</translation>
    </message>
    <message>
        <source>A tariff cannot take effect in the past (%1).</source>
        <translation>电价不能在过去生效（%1）。</translation>
    </message>
    <message>
        <source>Cannot read the tariff plans: %1</source>
        <translation>无法读取电价方案：%1</translation>
    </message>
    <message>
        <source>Version %1 of %2 takes effect at %3; a new version must take effect after it.</source>
        <translation>%2 的第 %1 版于 %3 生效；新版本必须在其之后生效。</translation>
    </message>
    <message>
        <source>Cannot add the tariff: %1</source>
        <translation>无法添加电价：%1</translation>
    </message>
    <message>
        <source>There is no tariff plan &quot;%1&quot;.</source>
        <translation>没有电价方案 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Cannot assign the plan: %1</source>
        <translation>无法分配电价方案：%1</translation>
    </message>
</context>
<context>
    <name>TariffsPage</name>
    <message>
        <source>Up to (kWh in the period)</source>
        <translation>上限（本期 kWh）</translation>
    </message>
    <message>
        <source>Price per kWh</source>
        <translation>每 kWh 单价</translation>
    </message>
    <message>
        <source>monthly, on the 1st at 00:00</source>
        <translation>按月，每月 1 日 00:00</translation>
    </message>
    <message>
        <source>yearly, on the dates below</source>
        <translation>按年，于下列日期</translation>
    </message>
    <message>
        <source>&amp;Add this version</source>
        <translation>添加此版本(&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;ssign</source>
        <translation>指定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Plan name:</source>
        <translation>方案名称(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>阶梯数(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;ettlement:</source>
        <translation>结算(&amp;E)：</translation>
    </message>
    <message>
        <source>Yearly &amp;dates:</source>
        <translation>年结算日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Takes effect (&amp;local time):</source>
        <translation>生效时间（本地时间）(&amp;L)：</translation>
    </message>
    <message>
        <source>New plan version</source>
        <translation>新方案版本</translation>
    </message>
    <message>
        <source>&amp;Usage in a period (kWh):</source>
        <translation>一个周期的用电量（kWh）(&amp;U)：</translation>
    </message>
    <message>
        <source>Bill preview</source>
        <translation>电费预览</translation>
    </message>
    <message>
        <source>Customer &amp;group:</source>
        <translation>用户组(&amp;G)：</translation>
    </message>
    <message>
        <source>P&amp;lan:</source>
        <translation>方案(&amp;L)：</translation>
    </message>
    <message>
        <source>Plan of a customer group</source>
        <translation>用户组的电价方案</translation>
    </message>
    <message>
        <source>Group %1 is on plan %2.</source>
        <translation>用户组 %1 使用方案 %2。</translation>
    </message>
    <message>
        <source>(no limit)</source>
        <translation>（无上限）</translation>
    </message>
    <message>
        <source>Not a valid tariff yet: %1</source>
        <translation>尚不是有效的电价：%1</translation>
    </message>
    <message>
        <source>Type the usage in kWh.</source>
        <translation>请输入用电量（kWh）。</translation>
    </message>
    <message>
        <source>step %1: %2 kWh × %3 = %4</source>
        <translation>第 %1 阶梯：%2 kWh × %3 = %4</translation>
    </message>
    <message>
        <source>%1 kWh in a period cost %2 before VAT.</source>
        <translation>一个周期用电 %1 kWh，不含增值税电费 %2。</translation>
    </message>
    <message>
        <source>Name the plan.</source>
        <translation>请给方案命名。</translation>
    </message>
    <message>
        <source>Plan %1 version %2 takes effect %3; meters get it on their next purchase card.</source>
        <translation>方案 %1 第 %2 版于 %3 生效；电表在下次购电插卡时获得。</translation>
    </message>
    <message>
        <source>sharp</source>
        <translation>尖</translation>
    </message>
    <message>
        <source>peak</source>
        <translation>峰</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>平</translation>
    </message>
    <message>
        <source>valley</source>
        <translation>谷</translation>
    </message>
    <message>
        <source>&amp;Time of use</source>
        <translation>分时电价(&amp;T)</translation>
    </message>
    <message>
        <source>Price per kWh (empty: not used)</source>
        <translation>每 kWh 单价（空：不使用）</translation>
    </message>
    <message>
        <source>From (HH:MM)</source>
        <translation>起始（HH:MM）</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>费率</translation>
    </message>
    <message>
        <source>&amp;Rates:</source>
        <translation>费率(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Periods a day:</source>
        <translation>每日时段数(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Quote at rate:</source>
        <translation>报价按费率(&amp;Q)：</translation>
    </message>
    <message>
        <source>Surcharge per kWh</source>
        <translation>每 kWh 加价</translation>
    </message>
    <message>
        <source>(with time of use: all of it at the %1 rate, as a quote counts it)</source>
        <translation>（分时电价：报价时全部按“%1”费率计算）</translation>
    </message>
</context>
<context>
    <name>ThermalPrinter</name>
    <message>
        <source>&quot;%1&quot; is not a printer&apos;s address: write HOST or HOST:PORT, for example 192.0.2.10:9100.</source>
        <translation>“%1”不是打印机地址：请写 HOST 或 HOST:PORT，例如 192.0.2.10:9100。</translation>
    </message>
    <message>
        <source>it is not there (%1): check that it is plugged in and switched on, and the device in Administration.</source>
        <translation>找不到设备（%1）：请检查是否已接好并开机，以及“管理”中的设备设置。</translation>
    </message>
    <message>
        <source>permission denied: the station&apos;s user must be in the group that owns the device (often lp or dialout).</source>
        <translation>权限不足：本站的系统用户须属于拥有该设备的组（通常为 lp 或 dialout）。</translation>
    </message>
    <message>
        <source>it cannot be opened (%1).</source>
        <translation>无法打开（%1）。</translation>
    </message>
    <message>
        <source>its serial settings cannot be read (%1).</source>
        <translation>无法读取其串口设置（%1）。</translation>
    </message>
    <message>
        <source>%1 baud is not a speed it can be set to: choose 9600, 19200, 38400 or 115200.</source>
        <translation>不能设为 %1 波特：请选择 9600、19200、38400 或 115200。</translation>
    </message>
    <message>
        <source>its serial line cannot be set (%1).</source>
        <translation>无法设置其串口（%1）。</translation>
    </message>
    <message>
        <source>it refused the connection: is it switched on, and is the port right (usually 9100)?</source>
        <translation>连接被拒绝：是否已开机，端口是否正确（通常为 9100）？</translation>
    </message>
    <message>
        <source>no connection (%1).</source>
        <translation>无连接（%1）。</translation>
    </message>
    <message>
        <source>it did not answer within %1 s: is it switched on, online and not out of paper?</source>
        <translation>%1 秒内无应答：是否已开机、联机且未缺纸？</translation>
    </message>
    <message>
        <source>its address cannot be found (%1).</source>
        <translation>找不到其地址（%1）。</translation>
    </message>
    <message>
        <source>it took %1 of %2 bytes and no more (short write).</source>
        <translation>只接收了 %2 字节中的 %1 字节（写入不完整）。</translation>
    </message>
    <message>
        <source>it stopped after %1 of %2 bytes (%3).</source>
        <translation>写入 %2 字节中的 %1 字节后停止（%3）。</translation>
    </message>
    <message>
        <source>it cannot be written to (%1).</source>
        <translation>无法写入（%1）。</translation>
    </message>
    <message>
        <source>Printer %1: %2</source>
        <translation>打印机 %1：%2</translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <source>Bought (kWh)</source>
        <translation>购电（kWh）</translation>
    </message>
    <message>
        <source>Used (kWh)</source>
        <translation>用电（kWh）</translation>
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
        <translation>无法用 %1 制作演示卡。</translation>
    </message>
    <message>
        <source>The virtual reader is busy.</source>
        <translation>虚拟读卡器正忙。</translation>
    </message>
    <message>
        <source>The virtual card did not come up: is pcscd running with vpcd (bash scripts/deps.sh card)?</source>
        <translation>虚拟卡未就绪：pcscd 与 vpcd 是否在运行（bash scripts/deps.sh card）？</translation>
    </message>
</context>
<context>
    <name>Workstation</name>
    <message>
        <source>No keystore is set for this station.</source>
        <translation>本站未设置密钥库。</translation>
    </message>
    <message>
        <source>no reader named &quot;%1&quot; (readers: %2)</source>
        <translation>没有名为“%1”的读卡器（读卡器：%2）</translation>
    </message>
    <message>
        <source>The keystore is locked: a supervisor must unlock it first.</source>
        <translation>密钥库已锁定：须先由主管解锁。</translation>
    </message>
    <message>
        <source>Ampcard utility</source>
        <translation>Ampcard 供电单位</translation>
    </message>
    <message>
        <source>There is no keystore at %1.</source>
        <translation>%1 处没有密钥库。</translation>
    </message>
</context>
<context>
    <name>ampcard::Status</name>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>value out of range</source>
        <translation>数值超出范围</translation>
    </message>
    <message>
        <source>empty number</source>
        <translation>数字为空</translation>
    </message>
    <message>
        <source>not a decimal number</source>
        <translation>不是十进制数</translation>
    </message>
    <message>
        <source>too many decimal places</source>
        <translation>小数位数过多</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>不能为负</translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation>必须大于零</translation>
    </message>
    <message>
        <source>a ladder needs 1 to 8 steps</source>
        <translation>阶梯电价需要 1 到 8 档</translation>
    </message>
    <message>
        <source>threshold must be greater than zero</source>
        <translation>阶梯值必须大于零</translation>
    </message>
    <message>
        <source>threshold must be greater than the previous one</source>
        <translation>阶梯值必须大于上一档</translation>
    </message>
    <message>
        <source>step price must not be negative</source>
        <translation>阶梯电价不能为负</translation>
    </message>
    <message>
        <source>TOU needs 1 to 4 rates</source>
        <translation>分时电价需要 1 到 4 个费率</translation>
    </message>
    <message>
        <source>TOU rate price must not be negative</source>
        <translation>分时费率电价不能为负</translation>
    </message>
    <message>
        <source>TOU rates need a daily schedule</source>
        <translation>分时费率需要日时段表</translation>
    </message>
    <message>
        <source>TOU schedule has more than 14 entries</source>
        <translation>分时时段表超过 14 个时段</translation>
    </message>
    <message>
        <source>TOU schedule times must increase</source>
        <translation>分时时段时间必须递增</translation>
    </message>
    <message>
        <source>TOU schedule must start at 00:00</source>
        <translation>分时时段表必须从 00:00 开始</translation>
    </message>
    <message>
        <source>TOU schedule time is not within the day</source>
        <translation>分时时段时间不在一天之内</translation>
    </message>
    <message>
        <source>TOU schedule names a rate that is not defined</source>
        <translation>分时时段使用了未定义的费率</translation>
    </message>
    <message>
        <source>monthly settlement day must be 1 to 28</source>
        <translation>月结算日必须为 1 到 28</translation>
    </message>
    <message>
        <source>settlement hour must be 0 to 23</source>
        <translation>结算时必须为 0 到 23</translation>
    </message>
    <message>
        <source>yearly settlement needs 1 to 4 dates</source>
        <translation>年结算需要 1 到 4 个日期</translation>
    </message>
    <message>
        <source>settlement date is not a day of every year</source>
        <translation>结算日期不是每年都有的日期</translation>
    </message>
    <message>
        <source>settlement dates must increase within the year</source>
        <translation>年内结算日期必须递增</translation>
    </message>
    <message>
        <source>invalid date or time</source>
        <translation>日期或时间无效</translation>
    </message>
    <message>
        <source>a settlement is due before more energy is charged</source>
        <translation>继续计费前需要先结算</translation>
    </message>
    <message>
        <source>the price is zero: money buys unlimited energy</source>
        <translation>电价为零：金额可购无限电量</translation>
    </message>
    <message>
        <source>purchase would exceed the hoarding limit</source>
        <translation>购电将超过囤积限额</translation>
    </message>
    <message>
        <source>credit thresholds are inconsistent</source>
        <translation>金额阈值设置不一致</translation>
    </message>
    <message>
        <source>overdraft cannot be confirmed now</source>
        <translation>当前不能确认透支</translation>
    </message>
    <message>
        <source>stored state is inconsistent</source>
        <translation>存储的状态不一致</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>key must be 16 or 32 bytes</source>
        <translation>密钥必须为 16 或 32 字节</translation>
    </message>
    <message>
        <source>wrong data length</source>
        <translation>数据长度错误</translation>
    </message>
    <message>
        <source>unsupported cryptographic parameter</source>
        <translation>不支持的密码参数</translation>
    </message>
    <message>
        <source>record failed authentication (tampered, or made with another key)</source>
        <translation>记录认证失败（被篡改，或由其他密钥生成）</translation>
    </message>
    <message>
        <source>not an Ampcard card layout, or a damaged record</source>
        <translation>不是 Ampcard 卡格式，或记录已损坏</translation>
    </message>
    <message>
        <source>unknown card or record kind</source>
        <translation>未知的卡或记录类型</translation>
    </message>
    <message>
        <source>card belongs to another utility</source>
        <translation>卡属于其他供电单位</translation>
    </message>
    <message>
        <source>card is for another meter</source>
        <translation>卡属于其他电表</translation>
    </message>
    <message>
        <source>card is not the one bound to this meter</source>
        <translation>卡不是与本电表绑定的卡</translation>
    </message>
    <message>
        <source>purchase already loaded (replayed card)</source>
        <translation>该笔购电已写入电表（重放卡）</translation>
    </message>
    <message>
        <source>card was made with a key version the meter no longer holds</source>
        <translation>卡使用了电表已不再持有的密钥版本</translation>
    </message>
    <message>
        <source>the card holds no valid record</source>
        <translation>卡上没有有效记录</translation>
    </message>
    <message>
        <source>card has been replaced and is refused</source>
        <translation>卡已补办作废，拒绝使用</translation>
    </message>
    <message>
        <source>the card refused the command</source>
        <translation>卡拒绝了该命令</translation>
    </message>
    <message>
        <source>the card does not read back what was written</source>
        <translation>卡回读内容与写入不一致</translation>
    </message>
    <message>
        <source>no card reader found (is the PC/SC service running?)</source>
        <translation>未找到读卡器（PC/SC 服务是否在运行？）</translation>
    </message>
    <message>
        <source>no card in the reader</source>
        <translation>读卡器中没有卡</translation>
    </message>
    <message>
        <source>the card was removed or the reader unplugged during the operation</source>
        <translation>操作过程中卡被拔出或读卡器被拔掉</translation>
    </message>
    <message>
        <source>another program is using the card</source>
        <translation>其他程序正在使用该卡</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>card reader error</source>
        <translation>读卡器错误</translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation>口令错误</translation>
    </message>
    <message>
        <source>the keystore file is damaged or not a keystore</source>
        <translation>密钥库文件已损坏或不是密钥库</translation>
    </message>
</context>
</TS>
