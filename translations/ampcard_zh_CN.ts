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
            <numerusform>%n 次插入非法卡</numerusform>
        </translation>
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
    <name>BillReader</name>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>expected &quot;timestamp,cumulative_kwh&quot;</source>
        <translation>应为“时间,累计电量kWh”（timestamp,cumulative_kwh）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a local time YYYY-MM-DDTHH:MM[:SS]</source>
        <translation>“%1”不是本地时间 YYYY-MM-DDTHH:MM[:SS]</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>a meter reading cannot be negative</source>
        <translation>电表读数不能为负</translation>
    </message>
    <message>
        <source>timestamps must increase</source>
        <translation>时间必须递增</translation>
    </message>
    <message>
        <source>the reading is lower than the previous one</source>
        <translation>读数小于上一条读数</translation>
    </message>
    <message>
        <source>at least two readings are needed</source>
        <translation>至少需要两条读数</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
</context>
<context>
    <name>CardCommand</name>
    <message>
        <source>ampcard card: unknown subcommand &quot;%1&quot;
</source>
        <translation>ampcard card：未知的卡子命令“%1”
</translation>
    </message>
    <message>
        <source>Card reader name.</source>
        <translation>读卡器名称。</translation>
    </message>
    <message>
        <source>Keystore file.</source>
        <translation>密钥库文件。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>usage: ampcard card read [--reader NAME] [--keystore FILE] [--json]</source>
        <translation>用法：ampcard card read [--reader 读卡器] [--keystore 密钥库文件] [--json]</translation>
    </message>
    <message>
        <source>Keystore passphrase: </source>
        <translation>密钥库口令：</translation>
    </message>
    <message>
        <source>%1 %2 in %3 (%4)</source>
        <translation>%1 %2，位于 %3（%4）</translation>
    </message>
    <message>
        <source>Issued record:</source>
        <translation>售电记录：</translation>
    </message>
    <message>
        <source>Issued record: none</source>
        <translation>售电记录：无</translation>
    </message>
    <message>
        <source>Meter return record:</source>
        <translation>电表返写记录：</translation>
    </message>
    <message>
        <source>Meter return record: none</source>
        <translation>电表返写记录：无</translation>
    </message>
    <message>
        <source>Utility id.</source>
        <translation>供电单位编号。</translation>
    </message>
    <message>
        <source>--keystore FILE is required</source>
        <translation>必须给出 --keystore 密钥库文件</translation>
    </message>
    <message>
        <source>--utility ID is required: a number from 1 to 4294967295</source>
        <translation>必须给出 --utility 编号：1 到 4294967295 之间的数字</translation>
    </message>
    <message>
        <source>%1 exists already; a keystore is never overwritten</source>
        <translation>%1 已存在；密钥库不会被覆盖</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>新口令：</translation>
    </message>
    <message>
        <source>the passphrase must have at least 8 characters</source>
        <translation>口令至少需要 8 个字符</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>再次输入口令：</translation>
    </message>
    <message>
        <source>the passphrases differ</source>
        <translation>两次输入的口令不一致</translation>
    </message>
    <message>
        <source>%1: new master key for utility %2</source>
        <translation>%1：已为供电单位 %2 生成新主密钥</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>当前口令：</translation>
    </message>
    <message>
        <source>the new passphrase must have at least 8 characters</source>
        <translation>新口令至少需要 8 个字符</translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>再次输入新口令：</translation>
    </message>
    <message>
        <source>%1: passphrase changed</source>
        <translation>%1：口令已更改</translation>
    </message>
    <message>
        <source>ampcard keys: unknown subcommand &quot;%1&quot;</source>
        <translation>ampcard keys：未知子命令“%1”</translation>
    </message>
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
        <translation>  ampcard card read [--reader 读卡器] [--keystore 密钥库文件] [--json]
      读取插入的卡；提供密钥库时校验并解码卡上记录（口令取自 AMPCARD_PASSPHRASE 或提示输入）。
  ampcard keys init --keystore 密钥库文件 --utility 编号
      生成新的供电单位主密钥，并用口令加密保存。
  ampcard keys meter-key --keystore 密钥库文件 --meter 表号 [--version 版本] --out 文件
      写出一块电表的密钥文件，用于电表投运。
  ampcard keys change-passphrase --keystore 密钥库文件
      用新口令重新加密密钥库（新口令取自 AMPCARD_NEW_PASSPHRASE 或提示输入）。
</translation>
    </message>
    <message>
        <source>Meter number.</source>
        <translation>表号。</translation>
    </message>
    <message>
        <source>Key version.</source>
        <translation>密钥版本。</translation>
    </message>
    <message>
        <source>Meter key file to write.</source>
        <translation>要写出的电表密钥文件。</translation>
    </message>
    <message>
        <source>usage: ampcard keys meter-key --keystore FILE --meter N [--version V] --out FILE</source>
        <translation>用法：ampcard keys meter-key --keystore 密钥库文件 --meter 表号 [--version 版本] --out 文件</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>%1: key version %2 of meter %3</source>
        <translation>%1：电表 %3 的第 %2 版密钥</translation>
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
    <name>CounterCommand</name>
    <message>
        <source>keystore file</source>
        <translation>密钥库文件</translation>
    </message>
    <message>
        <source>Keystore passphrase: </source>
        <translation>密钥库口令：</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>customer number</source>
        <translation>户号</translation>
    </message>
    <message>
        <source>meter number</source>
        <translation>表号</translation>
    </message>
    <message>
        <source>tariff plan</source>
        <translation>电价方案</translation>
    </message>
    <message>
        <source>1 or 3</source>
        <translation>1 或 3</translation>
    </message>
    <message>
        <source>key version</source>
        <translation>密钥版本</translation>
    </message>
    <message>
        <source>preset credit owed</source>
        <translation>应还预置金额</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>输出 JSON</translation>
    </message>
    <message>
        <source>usage: ampcard account open --customer C --meter M --plan P</source>
        <translation>用法：ampcard account open --customer 户号 --meter 表号 --plan 方案</translation>
    </message>
    <message>
        <source>--preset-recovery takes an amount such as 40.00</source>
        <translation>--preset-recovery 取金额，例如 40.00</translation>
    </message>
    <message>
        <source>amount paid</source>
        <translation>实收金额</translation>
    </message>
    <message>
        <source>kWh wanted</source>
        <translation>所购电量（kWh）</translation>
    </message>
    <message>
        <source>combine with an unloaded purchase</source>
        <translation>与未读入的购电合并</translation>
    </message>
    <message>
        <source>%1  %2  meter %3  card %4  sequence %5</source>
        <translation>%1  %2  电表 %3  卡 %4  序号 %5</translation>
    </message>
    <message>
        <source>There is no sale %1.</source>
        <translation>没有售电记录 %1。</translation>
    </message>
    <message>
        <source>Card %1 of meter %2: nothing pending.</source>
        <translation>电表 %2 的卡 %1：没有待定记录。</translation>
    </message>
    <message>
        <source>usage: ampcard sale cancel ID</source>
        <translation>用法：ampcard sale cancel 编号</translation>
    </message>
    <message>
        <source>ampcard sale: unknown subcommand &quot;%1&quot;</source>
        <translation>ampcard sale：未知子命令“%1”</translation>
    </message>
    <message>
        <source>give either --money X or --energy KWH</source>
        <translation>请给出 --money 金额 或 --energy 电量 之一</translation>
    </message>
    <message>
        <source>--money takes an amount such as 250.00</source>
        <translation>--money 取金额，例如 250.00</translation>
    </message>
    <message>
        <source>--energy takes kWh such as 12.5</source>
        <translation>--energy 取电量（kWh），例如 12.5</translation>
    </message>
    <message>
        <source>why the card is replaced</source>
        <translation>补卡原因</translation>
    </message>
    <message>
        <source>parameter card: the meter&apos;s tariff</source>
        <translation>参数卡：写入电表的电价</translation>
    </message>
    <message>
        <source>preset credit</source>
        <translation>预置金额</translation>
    </message>
    <message>
        <source>new key version</source>
        <translation>新密钥版本</translation>
    </message>
    <message>
        <source>alarm 1 level</source>
        <translation>一级报警金额</translation>
    </message>
    <message>
        <source>alarm 2 level</source>
        <translation>二级报警金额</translation>
    </message>
    <message>
        <source>overdraft limit</source>
        <translation>透支限额</translation>
    </message>
    <message>
        <source>hoarding limit</source>
        <translation>囤积限额</translation>
    </message>
    <message>
        <source>--meter M is required</source>
        <translation>必须给出 --meter 表号</translation>
    </message>
    <message>
        <source>usage: ampcard card replace|issue ...</source>
        <translation>用法：ampcard card replace|issue ...</translation>
    </message>
    <message>
        <source>KIND is check, parameter, clear, relay-test, key-change or preset</source>
        <translation>类型为 check、parameter、clear、relay-test（继电器测试）、key-change 或 preset</translation>
    </message>
    <message>
        <source>--preset takes an amount</source>
        <translation>--preset 取金额</translation>
    </message>
    <message>
        <source>--%1 takes an amount</source>
        <translation>--%1 取金额</translation>
    </message>
    <message>
        <source>whose shift</source>
        <translation>谁的班次</translation>
    </message>
    <message>
        <source>usage: ampcard shift open|close [--of LOGIN]</source>
        <translation>用法：ampcard shift open|close [--of 登录名]</translation>
    </message>
    <message>
        <source>Shift %1 open for %2.</source>
        <translation>已为 %2 开班 %1。</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>起始日</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>截止日</translation>
    </message>
    <message>
        <source>print CSV</source>
        <translation>输出 CSV</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>utility id</source>
        <translation>供电单位编号</translation>
    </message>
    <message>
        <source>station number</source>
        <translation>站号</translation>
    </message>
    <message>
        <source>VAT percent</source>
        <translation>增值税百分比</translation>
    </message>
    <message>
        <source>share of each payment towards debt</source>
        <translation>每笔付款中用于还欠款的比例</translation>
    </message>
    <message>
        <source>usage: ampcard settings show|set ...</source>
        <translation>用法：ampcard settings show|set ...</translation>
    </message>
    <message>
        <source>--vat takes a percentage such as 16</source>
        <translation>--vat 取增值税百分比，例如 16</translation>
    </message>
    <message>
        <source>--debt-percent takes a percentage such as 25</source>
        <translation>--debt-percent 取欠款百分比，例如 25</translation>
    </message>
    <message>
        <source>utility %1, station number %2
</source>
        <translation>供电单位 %1，站号 %2
</translation>
    </message>
    <message>
        <source>VAT %1 %, monthly fixed charge %2, minimum purchase %3
</source>
        <translation>增值税 %1 %，每月固定费 %2，最低购电额 %3
</translation>
    </message>
    <message>
        <source>debt recovery %1 % of each payment
</source>
        <translation>欠款回收：每笔付款的 %1 %
</translation>
    </message>
    <message>
        <source>debt recovery up to %1 a purchase
</source>
        <translation>欠款回收：每笔购电最多 %1
</translation>
    </message>
    <message>
        <source>hoarding limit %1, opening fee %2, replacement fee %3
</source>
        <translation>囤积限额 %1，开户费 %2，补卡费 %3
</translation>
    </message>
    <message>
        <source>backup file to write</source>
        <translation>要写出的备份文件</translation>
    </message>
    <message>
        <source>backup file to restore</source>
        <translation>要恢复的备份文件</translation>
    </message>
    <message>
        <source>usage: ampcard keys backup --keystore FILE --to BACKUP | restore --keystore FILE --from BACKUP</source>
        <translation>用法：ampcard keys backup --keystore 密钥库文件 --to 备份 | restore --keystore 密钥库文件 --from 备份</translation>
    </message>
    <message>
        <source>Keys backed up to %1.</source>
        <translation>密钥已备份到 %1。</translation>
    </message>
    <message>
        <source>Keys restored from %1.</source>
        <translation>密钥已从 %1 恢复。</translation>
    </message>
    <message>
        <source>when the version takes effect (UTC)</source>
        <translation>该版本的生效时间（UTC）</translation>
    </message>
    <message>
        <source>usage: ampcard plan add NAME TARIFF.json [--from TIME] | list NAME | assign GROUP NAME</source>
        <translation>用法：ampcard plan add 方案名 电价.json [--from 时间] | list 方案名 | assign 用户组 方案名</translation>
    </message>
    <message>
        <source>--from takes a UTC time such as 2026-12-01T00:00</source>
        <translation>--from 取 UTC 时间，例如 2026-12-01T00:00</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>Plan %1 version %2 takes effect %3.</source>
        <translation>方案 %1 第 %2 版于 %3 生效。</translation>
    </message>
    <message>
        <source>Group %1 is on plan %2.</source>
        <translation>用户组 %1 使用方案 %2。</translation>
    </message>
    <message>
        <source>There is no plan %1.</source>
        <translation>没有方案 %1。</translation>
    </message>
    <message>
        <source>%1 v%2 from %3: %4</source>
        <translation>%1 第 %2 版，自 %3 起：%4</translation>
    </message>
    <message>
        <source>cashier, installer, supervisor or administrator</source>
        <translation>收费员、安装员、主管或管理员（cashier、installer、supervisor、administrator）</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 可以重新登录。</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>%1 added as %2.</source>
        <translation>已添加 %1，角色为 %2。</translation>
    </message>
    <message>
        <source>the new meter&apos;s number</source>
        <translation>新表表号</translation>
    </message>
    <message>
        <source>credit left on the old meter</source>
        <translation>旧表剩余金额</translation>
    </message>
    <message>
        <source>why the meter is changed</source>
        <translation>换表原因</translation>
    </message>
    <message>
        <source>active or suspended</source>
        <translation>active（正常）或 suspended（停用）</translation>
    </message>
    <message>
        <source>usage: ampcard account change-meter --meter OLD --new-meter NEW --remaining X --reason TEXT</source>
        <translation>用法：ampcard account change-meter --meter 旧表号 --new-meter 新表号 --remaining 金额 --reason 原因</translation>
    </message>
    <message>
        <source>--remaining takes an amount such as 12.50</source>
        <translation>--remaining 需要一个金额，例如 12.50</translation>
    </message>
    <message>
        <source>usage: ampcard account edit --meter M [--plan P] [--phases 1|3] [--status active|suspended]</source>
        <translation>用法：ampcard account edit --meter 表号 [--plan 方案] [--phases 1|3] [--status active|suspended]</translation>
    </message>
    <message>
        <source>Meter %1 is not registered.</source>
        <translation>电表 %1 未登记。</translation>
    </message>
    <message>
        <source>serial port of the meter&apos;s line (DL/T645)</source>
        <translation>电表线路的串口（DL/T645）</translation>
    </message>
    <message>
        <source>baud rate of the meter&apos;s line</source>
        <translation>电表线路的波特率</translation>
    </message>
    <message>
        <source>--baud takes a rate such as 2400</source>
        <translation>--baud 取波特率，例如 2400</translation>
    </message>
    <message>
        <source>usage: ampcard sale settle-remote --meter M --remote PORT</source>
        <translation>用法：ampcard sale settle-remote --meter 表号 --remote 端口</translation>
    </message>
    <message>
        <source>Meter %1: no remote sale pending.</source>
        <translation>电表 %1：没有待定的远程售电。</translation>
    </message>
    <message>
        <source>a remote sale needs --meter M</source>
        <translation>远程售电需要 --meter 表号</translation>
    </message>
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
        <translation>  ampcard account open --customer 户号 --meter 表号 --plan 方案 [--phases 1|3]
                       [--key-version 版本] [--preset-recovery 金额] [--json]
      登记电表，并向读卡器中的卡写入开户记录。
  ampcard account change-meter --meter 旧表号 --new-meter 新表号 --remaining 金额
                       --reason 原因 [--plan 方案] [--phases 1|3] [--key-version 版本]
                       [--countersign 登录名 --countersign-reason 原因]
      将账户连同旧表剩余金额转到新表，写在读卡器中的空白卡上；旧表和旧卡作废。
      金额超过旧表最近经证实的剩余金额时，须经主管会签。
  ampcard account edit --meter 表号 [--plan 方案] [--phases 1|3]
                       [--status active|suspended]
  ampcard sale --meter 表号 (--money 金额 | --energy 电量) [--combine] [--json]
      向读卡器中的卡售电并打印凭证。--combine 将电表尚未读入的购电
      与本次合并重写。
  ampcard sale --meter 表号 (--money 金额 | --energy 电量) --remote 端口 [--baud 波特率]
      不用卡售电：购电记录经 DL/T645（0x03）直接送到电表。
  ampcard sale settle-remote --meter 表号 --remote 端口 [--baud 波特率]
      结清应答丢失的远程售电（以电表所报已读入的序号为准）。
  ampcard sale resolve | cancel 编号 | receipt 编号 | pending   [--json]
  ampcard card replace --meter 表号 --reason 原因 [--json]
  ampcard card issue 类型 --meter 表号 [--tariff] [--preset 金额] [--key-version 版本]
                    [--alarm1 金额 --alarm2 金额 --overdraft 透支额 --hoarding 金额]
      类型：check、parameter、clear、relay-test（继电器测试）、key-change、preset。
      卡操作命令可加 [--keystore 密钥库文件] [--reader 读卡器]。
  ampcard shift open | close [--of 登录名] [--json]
      close 结班，打印 Z 报表并将其封存。
  ampcard report 报表名 [参数] [--from 日期] [--to 日期] [--csv]
      报表名：daily [日期]、monthly [YYYY-MM]、cashier [登录名]、customer 户号、
      usage 户号（逐月购电与用电）、
      consumption、suspicious。
  ampcard settings show | set [--utility 编号] [--station 站号] [--vat 增值税率]
                    [--fixed-charge 金额] [--debt-percent 欠款比例 | --debt-fixed 欠款金额]
                    [--minimum 金额] [--hoarding-limit 金额] [--opening-fee 金额]
                    [--replacement-fee 金额]
  ampcard plan add 方案名 电价.json [--from 时间] | list 方案名 | assign 用户组 方案名
      电价方案版本（时间：YYYY-MM-DDTHH:MM UTC，默认现在）。
  ampcard operator add 登录名 --role 角色 [--name 姓名] | unlock 登录名
      新密码取自 AMPCARD_NEW_PASSWORD 或提示输入。
  ampcard keys backup --keystore 密钥库文件 --to 备份
  ampcard keys restore --keystore 密钥库文件 --from 备份
      以上命令均可加 [--ledger 账本文件] [--operator 登录名]。
</translation>
    </message>
    <message>
        <source>a supervisor who countersigns moving more than the old meter&apos;s proven remaining (password from AMPCARD_COUNTERSIGN_PASSWORD or a prompt)</source>
        <translation>转移金额超过旧表经证实的剩余金额时，会签的主管（密码取自 AMPCARD_COUNTERSIGN_PASSWORD 或提示输入）</translation>
    </message>
    <message>
        <source>why the countersigner allows it</source>
        <translation>会签人准许的原因</translation>
    </message>
    <message>
        <source>Password of %1 (countersigning): </source>
        <translation>%1 的密码（会签）：</translation>
    </message>
    <message>
        <source>Which keystore? Give --keystore FILE or set AMPCARD_KEYSTORE.</source>
        <translation>用哪个密钥库？请给出 --keystore 密钥库文件，或设置 AMPCARD_KEYSTORE。</translation>
    </message>
    <message>
        <source>Operator %1 is unlocked%2; the recovery is in the audit log.</source>
        <translation>操作员 %1 已解锁%2；此次恢复已记入审计日志。</translation>
    </message>
    <message>
        <source> with a new password</source>
        <translation>并已设置新密码</translation>
    </message>
    <message>
        <source>usage: ampcard operator add LOGIN --role cashier|installer|supervisor|administrator [--name NAME] | unlock LOGIN | recover LOGIN --keystore FILE</source>
        <translation>用法：ampcard operator add 登录名 --role cashier|installer|supervisor|administrator [--name 姓名] | unlock 登录名 | recover 登录名 --keystore 密钥库文件</translation>
    </message>
    <message>
        <source>receipt: the text of the receipt&apos;s QR code</source>
        <translation>receipt：凭证 QR 码的文本</translation>
    </message>
    <message>
        <source>receipt: print JSON</source>
        <translation>receipt：以 JSON 输出凭证</translation>
    </message>
    <message>
        <source>usage: ampcard report NAME [ARGUMENT] (%1), or ampcard report receipt NUMBER | --qr TEXT</source>
        <translation>用法：ampcard report 名称 [参数]（%1），或 ampcard report receipt 编号 | --qr 文本</translation>
    </message>
    <message>
        <source>usage: ampcard report receipt NUMBER | --qr TEXT</source>
        <translation>用法：ampcard report receipt 编号 | --qr 文本</translation>
    </message>
    <message numerus="yes">
        <source>Meter %1: %n phase(s), plan %2, %3.</source>
        <translation>
            <numerusform>电表 %1：%n 相，方案 %2，%3。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 written for meter %2 (the card&apos;s issue number %3)</source>
        <translation>已为电表 %2 写入%1（卡的发行号 %3）</translation>
    </message>
</context>
<context>
    <name>Currencies</name>
    <message>
        <source>Kenyan shilling</source>
        <translation>肯尼亚先令</translation>
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
        <source>Bangladeshi taka</source>
        <translation>孟加拉塔卡</translation>
    </message>
    <message>
        <source>Bahraini dinar</source>
        <translation>巴林第纳尔</translation>
    </message>
    <message>
        <source>Congolese franc</source>
        <translation>刚果法郎</translation>
    </message>
    <message>
        <source>Chinese yuan</source>
        <translation>人民币</translation>
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
        <translation>印尼盾</translation>
    </message>
    <message>
        <source>Indian rupee</source>
        <translation>印度卢比</translation>
    </message>
    <message>
        <source>Iraqi dinar</source>
        <translation>伊拉克第纳尔</translation>
    </message>
    <message>
        <source>Jordanian dinar</source>
        <translation>约旦第纳尔</translation>
    </message>
    <message>
        <source>Japanese yen</source>
        <translation>日元</translation>
    </message>
    <message>
        <source>Kuwaiti dinar</source>
        <translation>科威特第纳尔</translation>
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
        <source>Saudi riyal</source>
        <translation>沙特里亚尔</translation>
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
        <source>The currency &quot;%1&quot; is not one the station knows: use an ISO 4217 code from the list (for example KES, XOF or KWD).</source>
        <translation>本站不认识币种“%1”：请使用列表中的 ISO 4217 代码（例如 KES、XOF 或 KWD）。</translation>
    </message>
</context>
<context>
    <name>CustomerCommand</name>
    <message>
        <source>ampcard customer: unknown subcommand &quot;%1&quot;
</source>
        <translation>ampcard customer：未知的子命令 &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>Added customer %1 (%2).</source>
        <translation>已添加用户 %1（%2）。</translation>
    </message>
    <message>
        <source>Give one CSV file to import.</source>
        <translation>请给出一个要导入的 CSV 文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n customer(s).</source>
        <translation>
            <numerusform>已导入 %n 个用户。</numerusform>
        </translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>输出 JSON</translation>
    </message>
    <message>
        <source>Give the text to look for.</source>
        <translation>请给出要查找的文字。</translation>
    </message>
    <message>
        <source>No customer matches.</source>
        <translation>没有匹配的用户。</translation>
    </message>
    <message>
        <source>%1 of %2 lines checked</source>
        <translation>已检查 %1 / %2 行</translation>
    </message>
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
        <translation>  ampcard customer add --number 户号 --name 姓名 [--address 地址] [--phone 电话] [--group 用户组]
  ampcard customer edit 户号 [--name 姓名] [--address 地址] [--phone 电话] [--group 用户组]
      只修改给出的字段。
  ampcard customer import 文件.csv
      列为 number,name[,address,phone,group]；全部导入或全部不导入。
  ampcard customer find 文字 [--json]
      户号、姓名、电话或地址中含有该文字的用户。
      以上命令均可加 [--ledger 账本文件] [--operator 登录名]。
</translation>
    </message>
    <message>
        <source>usage: ampcard customer edit NUMBER [--name NAME] [--address A] [--phone P] [--group G]</source>
        <translation>用法：ampcard customer edit 户号 [--name 姓名] [--address 地址] [--phone 电话] [--group 用户组]</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>没有用户 %1。</translation>
    </message>
    <message>
        <source>Changed customer %1 (%2).</source>
        <translation>已修改用户 %1（%2）。</translation>
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
    <name>Dlt645Master</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
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
    <name>LedgerCommand</name>
    <message>
        <source>first administrator&apos;s login</source>
        <translation>首位管理员的登录名</translation>
    </message>
    <message>
        <source>first administrator&apos;s name</source>
        <translation>首位管理员的姓名</translation>
    </message>
    <message>
        <source>Give the first administrator&apos;s login with --admin LOGIN.</source>
        <translation>请用 --admin 登录名 给出首位管理员的登录名。</translation>
    </message>
    <message>
        <source>%1 already exists; init makes a new ledger only.</source>
        <translation>%1 已存在；init 只创建新账本。</translation>
    </message>
    <message>
        <source>Password for the administrator %1: </source>
        <translation>管理员 %1 的密码：</translation>
    </message>
    <message>
        <source>No password: set AMPCARD_PASSWORD or run in a terminal.</source>
        <translation>没有密码：请设置 AMPCARD_PASSWORD 或在终端中运行。</translation>
    </message>
    <message>
        <source>Created the ledger %1 (station %2) with administrator %3.</source>
        <translation>已创建账本 %1（站点 %2），管理员为 %3。</translation>
    </message>
    <message>
        <source>ampcard ledger: unknown subcommand &quot;%1&quot;
</source>
        <translation>ampcard ledger：未知的账本子命令 &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>输出 JSON</translation>
    </message>
    <message>
        <source>BROKEN at entry %1 of %2: %3</source>
        <translation>在第 %1 条（共 %2 条）处断裂：%3</translation>
    </message>
    <message>
        <source>ledger file</source>
        <translation>账本文件</translation>
    </message>
    <message>
        <source>backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>Say where the backup goes with --to FILE.</source>
        <translation>请用 --to 文件 指定备份位置。</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n journal entries to %1; head %2.</source>
        <translation>
            <numerusform>已将 %n 条流水备份到 %1；链头 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Name the backup with --from FILE.</source>
        <translation>请用 --from 文件 指定备份。</translation>
    </message>
    <message>
        <source>Who is signing in? Give --operator LOGIN or set AMPCARD_OPERATOR.</source>
        <translation>由谁登录？请给出 --operator 登录名，或设置 AMPCARD_OPERATOR。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n journal entries into %1; head %2.</source>
        <translation>
            <numerusform>已将 %n 条流水恢复到 %1；链头 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>The replaced ledger is kept as %1.</source>
        <translation>被替换的账本保留为 %1。</translation>
    </message>
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
        <translation>  ampcard init --admin 登录名 [--name 姓名] [--ledger 账本文件]
      创建新账本（默认位于用户的数据文件夹）及其首位管理员
      （密码取自 AMPCARD_PASSWORD 或提示输入）。
  ampcard ledger verify [--operator 登录名] [--ledger 账本文件] [--keystore 密钥库文件]
      [--anchor SEQ:HASH] [--json]
      检查账本：已封签的流水和审计日志；操作员、设置和电价是否与其封签相符；
      售电是否与流水相符；指出第一处断裂。只有提供密钥库时才校验封签（口令
      取自 AMPCARD_PASSPHRASE 或提示输入）；未提供时，会说明哪些未能检查。
  ampcard backup --to 文件 [--operator 登录名] [--ledger 账本文件]
      复制账本（可在使用中进行）并校验副本。
  ampcard restore --from 文件 --operator 登录名 [--keystore 密钥库文件] [--ledger 账本文件]
      用本站的备份替换账本，该备份须能用本站密钥校验通过且与账本历史一致；
      由当前账本的管理员签认（当前文件无法读取时仅凭密钥库）；被替换的账本
      保留在其旁边。
</translation>
    </message>
    <message>
        <source>a journal head printed on paper (a Z report): SEQ:HASH, the hash or its first 16 hex digits or more</source>
        <translation>打印在纸上的流水链头（Z 报表）：SEQ:HASH，哈希可为完整值或其前 16 位及以上的十六进制数字</translation>
    </message>
    <message>
        <source>--anchor: give SEQ:HASH as the Z report prints it (at least 16 hex digits of the hash).</source>
        <translation>--anchor：请按 Z 报表上打印的格式给出 SEQ:HASH（哈希至少 16 位十六进制数字）。</translation>
    </message>
    <message>
        <source>The journal does not hold entry %1 as it was printed (%2): the entries up to it were removed, replaced or the whole file swapped.</source>
        <translation>流水中的第 %1 条与打印时（%2）不一致：截至该条的条目被删除或替换，或整个文件被调换。</translation>
    </message>
    <message>
        <source>Entry %1 is as printed on paper (%2).</source>
        <translation>第 %1 条与纸上打印的一致（%2）。</translation>
    </message>
    <message>
        <source>BROKEN: %1</source>
        <translation>断裂：%1</translation>
    </message>
    <message numerus="yes">
        <source>The ledger is whole: %n entries and %1 audit lines verified with the station&apos;s key; the protected tables and the sales agree with them.</source>
        <translation>
            <numerusform>账本完整：%n 条流水和 %1 行审计记录已用本站密钥校验通过；受保护的数据表和售电与之相符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The links hold: %n entries and %1 audit lines; the protected tables and the sales agree with them.</source>
        <translation>
            <numerusform>链接完好：%n 条流水和 %1 行审计记录；受保护的数据表和售电与之相符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Which keystore? Give --keystore FILE or set AMPCARD_KEYSTORE: a restore checks the backup with the station&apos;s key.</source>
        <translation>用哪个密钥库？请给出 --keystore 密钥库文件，或设置 AMPCARD_KEYSTORE：恢复时要用本站密钥校验备份。</translation>
    </message>
    <message>
        <source>Keystore passphrase: </source>
        <translation>密钥库口令：</translation>
    </message>
</context>
<context>
    <name>MeterCommand</name>
    <message>
        <source>Serial port.</source>
        <translation>串口。</translation>
    </message>
    <message>
        <source>Baud rate.</source>
        <translation>波特率。</translation>
    </message>
    <message>
        <source>Meter address (12 digits).</source>
        <translation>电表地址（12 位）。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>Operator code.</source>
        <translation>操作者代码。</translation>
    </message>
    <message>
        <source>Command valid for M minutes.</source>
        <translation>命令有效分钟数。</translation>
    </message>
    <message>
        <source>Time to broadcast.</source>
        <translation>要广播的时间。</translation>
    </message>
    <message>
        <source>--port TTY is required</source>
        <translation>必须给出 --port 串口</translation>
    </message>
    <message>
        <source>--baud must be a positive number</source>
        <translation>--baud 必须是正数</translation>
    </message>
    <message>
        <source>--meter must be up to 12 digits</source>
        <translation>--meter 表号最多 12 位数字</translation>
    </message>
    <message>
        <source>ampcard meter: unknown subcommand &quot;%1&quot;</source>
        <translation>ampcard meter：未知的电表子命令“%1”</translation>
    </message>
    <message>
        <source>no answer from a meter: %1</source>
        <translation>没有电表应答：%1</translation>
    </message>
    <message>
        <source>give at least one data identifier, e.g. 00010000</source>
        <translation>至少给出一个数据标识，例如 00010000</translation>
    </message>
    <message>
        <source>refused (error word %1)</source>
        <translation>被拒绝（错误字 %1）</translation>
    </message>
    <message>
        <source>no answer from the meter: %1</source>
        <translation>电表没有应答：%1</translation>
    </message>
    <message>
        <source>usage: ampcard meter relay --port TTY --meter N COMMAND</source>
        <translation>用法：ampcard meter relay --port 串口 --meter 表号 命令</translation>
    </message>
    <message>
        <source>--password takes 6 hex digits, --operator 8, --valid-minutes a number</source>
        <translation>--password 为 6 位十六进制，--operator 为 8 位，--valid-minutes 为数字</translation>
    </message>
    <message>
        <source>the meter refused (error word %1%2)</source>
        <translation>电表拒绝（错误字 %1%2）</translation>
    </message>
    <message>
        <source>: password</source>
        <translation>：密码</translation>
    </message>
    <message>
        <source>relay: %1 done</source>
        <translation>继电器：%1 已完成</translation>
    </message>
    <message>
        <source>--set takes now or YYYY-MM-DDTHH:MM[:SS]</source>
        <translation>--set 取 now 或 YYYY-MM-DDTHH:MM[:SS]</translation>
    </message>
    <message>
        <source>broadcast %1</source>
        <translation>已广播 %1</translation>
    </message>
    <message>
        <source>Level-02 password (wire order).</source>
        <translation>02 级密码（线路字节序）。</translation>
    </message>
    <message>
        <source>Keystore to derive the meter&apos;s password from.</source>
        <translation>用于派生电表密码的密钥库。</translation>
    </message>
    <message>
        <source>Key version of the meter.</source>
        <translation>电表的密钥版本。</translation>
    </message>
    <message>
        <source>give the keystore (--keystore FILE) or the meter&apos;s level-02 password (--password HEX6)</source>
        <translation>请给出密钥库（--keystore FILE）或电表的 02 级密码（--password HEX6）</translation>
    </message>
    <message>
        <source>--meter must be the meter number, --key-version 0 to 255</source>
        <translation>--meter 须为表号，--key-version 取 0 到 255</translation>
    </message>
    <message>
        <source>Keystore passphrase: </source>
        <translation>密钥库口令：</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a data identifier of 8 hex digits nor the name of one (docs/dlt645.md)</source>
        <translation>“%1”既不是 8 位十六进制数据标识，也不是数据标识的名称（docs/dlt645.md）</translation>
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
        <translation>  ampcard meter address --port 串口 [--baud 2400]
      读取该端口上电表的地址（DL/T645 0x13）。
  ampcard meter read --port 串口 [--baud 2400] [--meter 表号] [--json] 数据标识...
      读取数据标识：8 位十六进制数（00010000）或 docs/dlt645.md 表中的名称
      （forward-energy、forward-energy:1 表示上一结算日、remaining-credit……）。
  ampcard meter relay --port 串口 --meter 表号 命令 (--keystore 密钥库文件 | --password HEX6)
      [--operator HEX8] [--valid-minutes 分钟数]   命令：trip、allow、close、alarm、
      alarm-release、keep-power、keep-power-release（DL/T645 0x1C 继电器控制，使用电表的
      02 级密码，由密钥库的主密钥派生）。
  ampcard meter time --port 串口 [--meter 表号] [--set now|YYYY-MM-DDTHH:MM[:SS]]
      读取电表时钟，或向线路上的所有电表广播时间。
  ampcard meter push-tariff --meter 表号 [--port 串口] [--baud 2400] [--json]
      [--ledger 账本文件] [--operator 登录名] [--keystore 密钥库文件]
      立即将电表所属方案的电价发送给电表，在其序号空间内加密（DL/T645 0x03），
      并依据电表的加密返写记录结清。端口默认为系统管理中设置的电表线路。
</translation>
    </message>
    <message>
        <source>meter number (12 digits)</source>
        <translation>表号（12 位）</translation>
    </message>
    <message>
        <source>serial port of the meter&apos;s line (DL/T645)</source>
        <translation>电表线路的串口（DL/T645）</translation>
    </message>
    <message>
        <source>baud rate of the meter&apos;s line</source>
        <translation>电表线路的波特率</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>输出 JSON</translation>
    </message>
    <message>
        <source>No meter line is configured for meter %1: give --port TTY, or set the meter line in Administration.</source>
        <translation>电表 %1 没有配置电表线路：请给出 --port 串口，或在系统管理中设置电表线路。</translation>
    </message>
    <message>
        <source>Cannot use the meter line %1: %2</source>
        <translation>无法使用电表线路 %1：%2</translation>
    </message>
    <message>
        <source>Meter %1 already runs plan %2: nothing was sent.</source>
        <translation>电表 %1 已在执行方案 %2：未发送任何内容。</translation>
    </message>
    <message>
        <source>Meter %1 loaded plan %2 (tariff %3, from %4) at sequence %5: push %6.</source>
        <translation>电表 %1 已在序号 %5 读入方案 %2（电价 %3，自 %4 起）：下发记录 %6。</translation>
    </message>
    <message>
        <source>  ampcard meter push-tariff --plan NAME [--port TTY] [--baud 2400] [--json] ...
      The same for every active meter of plan NAME on the line, one after another:
      a line for each meter, and a meter that does not answer or refuses does not
      stop the others (exit status 1 when any of them did not take the tariff).
</source>
        <translation>  ampcard meter push-tariff --plan NAME [--port TTY] [--baud 2400] [--json] ...
      对线路上方案 NAME 的每块在用电表逐一执行同样操作：
      每块表输出一行，一块表不应答或拒绝不会中断
      其余的表（任何一块未接受电价时退出状态为 1）。
</translation>
    </message>
    <message>
        <source>every active meter of this tariff plan</source>
        <translation>此电价方案的每块在用电表</translation>
    </message>
    <message>
        <source>usage: ampcard meter push-tariff (--meter NUMBER | --plan NAME) [--port TTY]</source>
        <translation>用法：ampcard meter push-tariff (--meter 表号 | --plan 方案名) [--port 串口]</translation>
    </message>
    <message>
        <source>No meter line is configured for the meters of plan %1: give --port TTY, or set the meter line in Administration.</source>
        <translation>方案 %1 的电表没有配置电表线路：请给出 --port 串口，或在系统管理中设置电表线路。</translation>
    </message>
    <message>
        <source>No active meter is on plan %1: nothing was sent.</source>
        <translation>方案 %1 没有在用的电表：未发送任何内容。</translation>
    </message>
    <message>
        <source>Meter %1: %2</source>
        <translation>电表 %1：%2</translation>
    </message>
    <message>
        <source>%1 of %2 meters of plan %3 run its tariff now.</source>
        <translation>方案 %3 的 %2 块电表中有 %1 块现在执行其电价。</translation>
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
    <name>NetworkCommand</name>
    <message>
        <source>the server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>station number</source>
        <translation>站号</translation>
    </message>
    <message>
        <source>usage: ampcard network join --server URL --station N</source>
        <translation>用法：ampcard network join --server URL --station N</translation>
    </message>
    <message>
        <source>--server URL and --station N are required</source>
        <translation>必须给出 --server URL 和 --station N</translation>
    </message>
    <message>
        <source>--station takes a station number from 1, not &quot;%1&quot;</source>
        <translation>--station 取从 1 起的站号，而不是“%1”</translation>
    </message>
    <message>
        <source>Only an administrator joins the station to a server.</source>
        <translation>只有管理员可以让本站加入服务器。</translation>
    </message>
    <message>
        <source>The server&apos;s password for station %1: </source>
        <translation>售电站 %1 的服务器密码： </translation>
    </message>
    <message>
        <source>Cannot join the server: %1</source>
        <translation>无法加入服务器：%1</translation>
    </message>
    <message>
        <source>Joined the server as station %1; uploading this ledger&apos;s history…</source>
        <translation>已作为售电站 %1 加入服务器；正在上传本账本的历史记录…</translation>
    </message>
    <message>
        <source>Uploaded %1 journal entries and %2 audit lines.</source>
        <translation>已上传 %1 条流水和 %2 条审计记录。</translation>
    </message>
    <message>
        <source>the ledger</source>
        <translation>账本</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>输出 JSON</translation>
    </message>
    <message>
        <source>keep pushing, for a service</source>
        <translation>持续推送（用于服务）</translation>
    </message>
    <message>
        <source>seconds between rounds of the daemon</source>
        <translation>守护进程每轮之间的秒数</translation>
    </message>
    <message>
        <source>This station has not joined a server: run `ampcard network join`.</source>
        <translation>本站尚未加入服务器：请运行 `ampcard network join`。</translation>
    </message>
    <message>
        <source>Station %1: %2 waiting (lag %3 s); last success %4.</source>
        <translation>售电站 %1：%2 条待推送（滞后 %3 秒）；最近成功 %4。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Last error (%1): %2</source>
        <translation>最近错误（%1）：%2</translation>
    </message>
    <message>
        <source>The push stopped: %1</source>
        <translation>推送中断：%1</translation>
    </message>
    <message>
        <source>Pushed %1 journal entries and %2 audit lines.</source>
        <translation>已推送 %1 条流水和 %2 条审计记录。</translation>
    </message>
    <message>
        <source>The push stopped: %1 (trying again in %2 s)</source>
        <translation>推送中断：%1（%2 秒后重试）</translation>
    </message>
    <message>
        <source>over all stations</source>
        <translation>全部售电站</translation>
    </message>
    <message>
        <source>the day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>print CSV</source>
        <translation>输出 CSV</translation>
    </message>
    <message>
        <source>--all-stations needs --server URL (a reporting login).</source>
        <translation>--all-stations 需要 --server URL（报表登录名）。</translation>
    </message>
    <message>
        <source>Joined, but the upload stopped (%1). It goes on with `ampcard sync`.</source>
        <translation>已加入，但上传中断（%1）。可用 `ampcard sync` 继续。</translation>
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
        <translation>  network join --server URL --station N [--ledger 账本文件] [--keystore 密钥库文件]
      作为售电站 N 加入中央服务器，并上传本账本的历史记录
      （由管理员登录，并用密钥库封签此项变更；服务器密码取自 URL、
      AMPCARD_SERVER_PASSWORD 或提示输入）
  sync [--ledger 账本文件] [--daemon [--interval 秒数]]
      立即将待发记录推送到服务器（或每隔几秒推送一次，用于服务）
  sync status [--ledger 账本文件] [--json]
      待发记录、最近成功时间、滞后和最近错误
  report daily|z|monthly|stations --all-stations --server URL [--csv]
         [--date YYYY-MM-DD | --from YYYY-MM-DD --to YYYY-MM-DD | YYYY-MM]
      全部售电站：某日的营业收入、某期间按售电站和操作员的结班（Z）报表、
      某月逐日的营业收入，或各售电站的售电额度和记录链（URL：报表登录名，
      见 ampcard server add-reporter；其密码取自 URL、AMPCARD_SERVER_PASSWORD 或提示输入）
</translation>
    </message>
    <message>
        <source>usage: ampcard sync [status|clashes] ...</source>
        <translation>用法：ampcard sync [status|clashes] ...</translation>
    </message>
    <message>
        <source>No clashes.</source>
        <translation>没有冲突。</translation>
    </message>
    <message>
        <source>%1 %2 (%3): refused by the server, station %4 has it.</source>
        <translation>%1 %2（%3）：被服务器拒绝，售电站 %4 已有此记录。</translation>
    </message>
    <message>
        <source>%1 %2 (%3): station %4&apos;s record not taken here, this station has its own.</source>
        <translation>%1 %2（%3）：本站未采用售电站 %4 的记录，本站已有自己的记录。</translation>
    </message>
    <message>
        <source>Records: %1 of this station waiting to go out; %2 tariff, fee or operator changes of other stations waiting for the station&apos;s key.</source>
        <translation>记录：本站有 %1 条待发出；其他售电站的 %2 项电价、费用或操作员变更正在等待本站密钥。</translation>
    </message>
    <message>
        <source>%1 clashes for a supervisor: ampcard sync clashes.</source>
        <translation>%1 个冲突待主管处理：ampcard sync clashes。</translation>
    </message>
    <message>
        <source>Records: %1 pushed, %2 pulled from other stations, %3 new clashes.</source>
        <translation>记录：已推送 %1 条，从其他售电站拉取 %2 条，新增冲突 %3 个。</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>起始日</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>截止日</translation>
    </message>
    <message>
        <source>Over all stations, the reports are %1, not &quot;%2&quot;.</source>
        <translation>全站报表为 %1，而不是“%2”。</translation>
    </message>
    <message>
        <source>Give days as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 给出日期。</translation>
    </message>
    <message>
        <source>The password of the reporting login %1: </source>
        <translation>报表登录名 %1 的密码： </translation>
    </message>
    <message>
        <source>  sync clashes [--ledger FILE] [--json]
      this station&apos;s records the server keeps aside because another station
      holds the same meter (opened at two stations offline), for a supervisor
  report sequences --all-stations --server URL [--csv]
      meter sequences sold by more than one station
</source>
        <translation>  sync clashes [--ledger FILE] [--json]
      因另一站点已持有同一块表（两个站点离线时都开了户）而被服务器搁置的本站账本记录，
      待主管处理
  report sequences --all-stations --server URL [--csv]
      被多个站点售出的表序号
</translation>
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
    <name>ServerCommand</name>
    <message>
        <source>ampcard server: %1</source>
        <translation>ampcard server：%1</translation>
    </message>
    <message>
        <source>ampcard server: unknown subcommand &quot;%1&quot;
</source>
        <translation>ampcard server：未知子命令“%1”
</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>--db URL is required</source>
        <translation>必须给出 --db URL</translation>
    </message>
    <message>
        <source>The central schema is up to date (version %1).</source>
        <translation>中心模式已是最新（版本 %1）。</translation>
    </message>
    <message>
        <source>Created the central schema (version %1).</source>
        <translation>已创建中心模式（版本 %1）。</translation>
    </message>
    <message>
        <source>Upgraded the central schema from version %1 to %2.</source>
        <translation>已将中心模式从版本 %1 升级到 %2。</translation>
    </message>
    <message>
        <source>station number</source>
        <translation>站号</translation>
    </message>
    <message>
        <source>vendor float</source>
        <translation>售电额度</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>输出 JSON</translation>
    </message>
    <message>
        <source>--db URL and --station N are required</source>
        <translation>必须给出 --db URL 和 --station N</translation>
    </message>
    <message>
        <source>--station takes a station number from 1, not &quot;%1&quot;</source>
        <translation>--station 取从 1 起的站号，而不是“%1”</translation>
    </message>
    <message>
        <source>--float takes an amount of zero or more, not &quot;%1&quot;</source>
        <translation>--float 取零或正的金额，而不是“%1”</translation>
    </message>
    <message>
        <source>the new float</source>
        <translation>新的售电额度</translation>
    </message>
    <message>
        <source>--set takes an amount of zero or more, not &quot;%1&quot;</source>
        <translation>--set 取零或正的金额，而不是“%1”</translation>
    </message>
    <message>
        <source>Station %1: float %2, taken %3, left %4</source>
        <translation>售电站 %1：售电额度 %2，已用 %3，剩余 %4</translation>
    </message>
    <message>
        <source>the reporting login</source>
        <translation>报表登录名</translation>
    </message>
    <message>
        <source>--db URL and --login NAME are required</source>
        <translation>必须给出 --db URL 和 --login NAME</translation>
    </message>
    <message>
        <source>Station %1 joins with this URL (keep it secret):</source>
        <translation>售电站 %1 用以下 URL 加入（请保密）：</translation>
    </message>
    <message>
        <source>Reports over all stations use this URL (keep it secret):</source>
        <translation>全站报表使用以下 URL（请保密）：</translation>
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
      在 PostgreSQL 上创建或升级中心模式及其角色
  server add-station --db URL --station N [--float X] [--edits-shared] [--json]
      为售电站 N 创建登录角色；输出该站加入时使用的 URL
  server float --db URL --station N [--set X] [--json]
      查看或设置售电站 N 的售电额度
  server add-reporter --db URL --login NAME [--json]
      用于全站报表的登录名（ampcard report … --all-stations）
      （URL：libpq URL 或连接字符串；除非其中指定了 sslmode，否则使用 TLS
      verify-full；密码取自 URL、PGPASSWORD 或 ~/.pgpass）
</translation>
    </message>
    <message>
        <source>the station edits tariff plans, fee rules and operators for every station (the head office)</source>
        <translation>本站为所有售电站修改电价方案、收费规则和操作员（总部）</translation>
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
    <name>StationAccess</name>
    <message>
        <source>ledger file</source>
        <translation>账本文件</translation>
    </message>
    <message>
        <source>operator&apos;s login</source>
        <translation>操作员登录名</translation>
    </message>
    <message>
        <source>Who is signing in? Give --operator LOGIN or set AMPCARD_OPERATOR.</source>
        <translation>由谁登录？请给出 --operator 登录名，或设置 AMPCARD_OPERATOR。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>keystore file</source>
        <translation>密钥库文件</translation>
    </message>
    <message>
        <source>card reader name</source>
        <translation>读卡器名称</translation>
    </message>
    <message>
        <source>Which keystore? Give --keystore FILE or set AMPCARD_KEYSTORE.</source>
        <translation>用哪个密钥库？请给出 --keystore 密钥库文件，或设置 AMPCARD_KEYSTORE。</translation>
    </message>
    <message>
        <source>Keystore passphrase: </source>
        <translation>密钥库口令：</translation>
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
    <name>TariffCommand</name>
    <message>
        <source>monthly on day %1 at %2:00</source>
        <translation>每月 %1 日 %2:00 结算</translation>
    </message>
    <message>
        <source>yearly on %1</source>
        <translation>每年 %1 结算</translation>
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
        <translation>  ampcard tariff check 文件
      校验电价文件；错误会指出字段和原因。
  ampcard tariff quote 文件 --used KWH (--money 金额 | --energy KWH) [--rate 费率] [--json]
      在结算周期内已用 KWH 电量之后，计算一笔金额可购电量，或一定电量所需金额。
      --rate 选择分时费率（sharp 尖、peak 峰、flat 平、valley 谷；默认：文件中的 quoteRate）。
  ampcard tariff bill 文件 --readings CSV [--json]
      按结算周期对“时间,累计电量kWh”读数（本地时间）计费，使用与电表相同的扣费代码。
</translation>
    </message>
    <message>
        <source>ampcard tariff: a subcommand is needed
</source>
        <translation>ampcard tariff：需要电价子命令
</translation>
    </message>
    <message>
        <source>ampcard tariff: unknown subcommand &quot;%1&quot;
</source>
        <translation>ampcard tariff：未知的电价子命令“%1”
</translation>
    </message>
    <message>
        <source>usage: ampcard tariff check FILE</source>
        <translation>用法：ampcard tariff check 文件</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid tariff &quot;%2&quot; (%3), %n step(s), settlement %4</source>
        <translation>
            <numerusform>%1：有效电价“%2”（%3），%n 档，结算日 %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, TOU with %n schedule entries</source>
        <translation>
            <numerusform>，分时时段 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage so far in the settlement period.</source>
        <translation>本结算周期内已用电量。</translation>
    </message>
    <message>
        <source>Amount paid.</source>
        <translation>付款金额。</translation>
    </message>
    <message>
        <source>Energy wanted.</source>
        <translation>所需电量。</translation>
    </message>
    <message>
        <source>TOU rate to quote at.</source>
        <translation>报价所用分时费率。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>Tariff file.</source>
        <translation>电价文件。</translation>
    </message>
    <message>
        <source>usage: ampcard tariff quote FILE --used KWH (--money AMOUNT | --energy KWH) [--rate NAME] [--json]</source>
        <translation>用法：ampcard tariff quote 文件 --used KWH (--money 金额 | --energy KWH) [--rate 费率] [--json]</translation>
    </message>
    <message>
        <source>--used KWH is required (usage so far in the settlement period)</source>
        <translation>必须给出 --used KWH（本结算周期内已用电量）</translation>
    </message>
    <message>
        <source>give exactly one of --money AMOUNT and --energy KWH</source>
        <translation>--money 金额 与 --energy KWH 必须且只能给出一个</translation>
    </message>
    <message>
        <source>--used &quot;%1&quot;: %2</source>
        <translation>--used “%1”：%2</translation>
    </message>
    <message>
        <source>--rate &quot;%1&quot;: the tariff defines no such TOU rate</source>
        <translation>--rate “%1”：该电价没有此分时费率</translation>
    </message>
    <message>
        <source>--money &quot;%1&quot;: %2</source>
        <translation>--money “%1”：%2</translation>
    </message>
    <message>
        <source>--energy &quot;%1&quot;: %2</source>
        <translation>--energy “%1”：%2</translation>
    </message>
    <message>
        <source>%1 (%2), usage before: %3 kWh</source>
        <translation>%1（%2），此前已用：%3 kWh</translation>
    </message>
    <message>
        <source>, TOU rate %1</source>
        <translation>，分时费率 %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>阶梯</translation>
    </message>
    <message>
        <source>Energy kWh</source>
        <translation>电量 kWh</translation>
    </message>
    <message>
        <source>Price/kWh</source>
        <translation>单价/kWh</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Paid %1; %2 buys less than 0.01 kWh more and stays as credit.
</source>
        <translation>已付 %1；余下 %2 不足购买 0.01 kWh，作为余额保留。
</translation>
    </message>
    <message>
        <source>CSV of timestamp,cumulative_kwh.</source>
        <translation>“时间,累计电量kWh”的 CSV 文件。</translation>
    </message>
    <message>
        <source>usage: ampcard tariff bill FILE --readings CSV [--json]</source>
        <translation>用法：ampcard tariff bill 文件 --readings CSV [--json]</translation>
    </message>
    <message>
        <source>%1 (%2), settlement %3
</source>
        <translation>%1（%2），结算日 %3
</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
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
    <name>Tool</name>
    <message>
        <source>Usage: ampcard COMMAND ...

Commands:
</source>
        <translation>用法：ampcard 命令 ...

命令：
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
        <translation>ampcard：未知命令“%1”

</translation>
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
