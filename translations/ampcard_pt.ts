<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AccountView</name>
    <message>
        <source>reverse energy %1 kWh</source>
        <translation>energia inversa %1 kWh</translation>
    </message>
    <message numerus="yes">
        <source>%n tamper event(s)</source>
        <translation>
            <numerusform>%n evento de violação</numerusform>
            <numerusform>%n eventos de violação</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n illegal card(s) tried</source>
        <translation>
            <numerusform>%n tentativa com cartão ilegal</numerusform>
            <numerusform>%n tentativas com cartão ilegal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Only a supervisor or administrator may back up the ledger.</source>
        <translation>Só um supervisor ou administrador pode fazer a cópia de segurança do livro-razão.</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never overwrites a file.</source>
        <translation>%1 já existe; uma cópia de segurança nunca substitui um ficheiro.</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Não é possível criar a pasta para %1.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>Não é possível gravar a cópia de segurança %1: %2</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read back: %2</source>
        <translation>A cópia de segurança %1 não pode ser relida: %2</translation>
    </message>
    <message>
        <source>The backup does not verify (%1); the ledger itself may be damaged: run &quot;ampcard ledger verify&quot;.</source>
        <translation>A cópia de segurança não passa na verificação (%1); o próprio livro-razão pode estar danificado: execute &quot;ampcard ledger verify&quot;.</translation>
    </message>
    <message>
        <source>Restore refused: unlock the keystore first; the backup is checked with the station&apos;s key.</source>
        <translation>Restauro recusado: desbloqueie primeiro o cofre de chaves; a cópia de segurança é verificada com a chave do posto.</translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation>Não existe cópia de segurança em %1.</translation>
    </message>
    <message>
        <source>Restore refused: %1</source>
        <translation>Restauro recusado: %1</translation>
    </message>
    <message>
        <source>only an administrator of the current ledger may restore it</source>
        <translation>só um administrador do livro-razão atual o pode restaurar</translation>
    </message>
    <message>
        <source>Cannot copy the backup next to %1.</source>
        <translation>Não é possível copiar a cópia de segurança para junto de %1.</translation>
    </message>
    <message>
        <source>The backup cannot be used: %1</source>
        <translation>A cópia de segurança não pode ser usada: %1</translation>
    </message>
    <message>
        <source>Restore refused: %1 is a ledger of station %2; this station is %3. Only a backup of this station may replace its ledger.</source>
        <translation>Restauro recusado: %1 é um livro-razão do posto %2; este posto é o %3. Só uma cópia de segurança deste posto pode substituir o seu livro-razão.</translation>
    </message>
    <message>
        <source>The backup does not verify: %1</source>
        <translation>A cópia de segurança não passa na verificação: %1</translation>
    </message>
    <message>
        <source>Restore refused: the backup was never sealed with the station&apos;s key, so nothing proves it was made here.</source>
        <translation>Restauro recusado: a cópia de segurança nunca foi selada com a chave do posto, por isso nada prova que foi feita aqui.</translation>
    </message>
    <message>
        <source>Restore refused: the backup&apos;s history is not this ledger&apos;s (neither chain is the beginning of the other): it was made from another file or edited.</source>
        <translation>Restauro recusado: o histórico da cópia de segurança não é o deste livro-razão (nenhuma das cadeias é o início da outra): foi feita a partir de outro ficheiro ou editada.</translation>
    </message>
    <message>
        <source>Cannot set the current ledger aside as %1; nothing was changed.</source>
        <translation>Não é possível pôr de lado o livro-razão atual como %1; nada foi alterado.</translation>
    </message>
    <message>
        <source>Cannot put the restored ledger in place; it is at %1 and the previous one at %2.</source>
        <translation>Não é possível colocar o livro-razão restaurado no lugar; está em %1 e o anterior em %2.</translation>
    </message>
</context>
<context>
    <name>BillReader</name>
    <message>
        <source>line %1</source>
        <translation>linha %1</translation>
    </message>
    <message>
        <source>expected &quot;timestamp,cumulative_kwh&quot;</source>
        <translation>esperado &quot;timestamp,cumulative_kwh&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a local time YYYY-MM-DDTHH:MM[:SS]</source>
        <translation>&quot;%1&quot; não é uma hora local YYYY-MM-DDTHH:MM[:SS]</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>a meter reading cannot be negative</source>
        <translation>uma leitura do contador não pode ser negativa</translation>
    </message>
    <message>
        <source>timestamps must increase</source>
        <translation>os carimbos de data/hora têm de ser crescentes</translation>
    </message>
    <message>
        <source>the reading is lower than the previous one</source>
        <translation>a leitura é inferior à anterior</translation>
    </message>
    <message>
        <source>at least two readings are needed</source>
        <translation>são necessárias pelo menos duas leituras</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>não é possível ler o ficheiro: %1</translation>
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
      Lê qualquer cartão inserido; com o cofre de chaves, verifica e descodifica os
      seus registos (frase-passe de AMPCARD_PASSPHRASE ou pedida no terminal).
  ampcard keys init --keystore FILE --utility ID
      Cria uma nova chave mestra da distribuidora, cifrada com uma frase-passe.
  ampcard keys meter-key --keystore FILE --meter N [--version V] --out FILE
      Grava o ficheiro de chave de um contador, para o comissionamento do contador.
  ampcard keys change-passphrase --keystore FILE
      Volta a cifrar o cofre de chaves (nova frase-passe de AMPCARD_NEW_PASSPHRASE ou
      pedida no terminal).
</translation>
    </message>
    <message>
        <source>ampcard card: unknown subcommand &quot;%1&quot;
</source>
        <translation>ampcard card: subcomando de cartão desconhecido &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>Card reader name.</source>
        <translation>Nome do leitor de cartões.</translation>
    </message>
    <message>
        <source>Keystore file.</source>
        <translation>Ficheiro do cofre de chaves.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Saída em JSON.</translation>
    </message>
    <message>
        <source>usage: ampcard card read [--reader NAME] [--keystore FILE] [--json]</source>
        <translation>uso: ampcard card read [--reader NAME] [--keystore FILE] [--json] (lê o cartão; FILE: cofre de chaves)</translation>
    </message>
    <message>
        <source>Keystore passphrase: </source>
        <translation>Frase-passe do cofre de chaves: </translation>
    </message>
    <message>
        <source>%1 %2 in %3 (%4)</source>
        <translation>%1 %2 em %3 (%4)</translation>
    </message>
    <message>
        <source>Issued record:</source>
        <translation>Registo emitido:</translation>
    </message>
    <message>
        <source>Issued record: none</source>
        <translation>Registo emitido: nenhum</translation>
    </message>
    <message>
        <source>Meter return record:</source>
        <translation>Registo de retorno do contador:</translation>
    </message>
    <message>
        <source>Meter return record: none</source>
        <translation>Registo de retorno do contador: nenhum</translation>
    </message>
    <message>
        <source>Utility id.</source>
        <translation>Id da distribuidora.</translation>
    </message>
    <message>
        <source>Meter number.</source>
        <translation>Número do contador.</translation>
    </message>
    <message>
        <source>Key version.</source>
        <translation>Versão da chave.</translation>
    </message>
    <message>
        <source>Meter key file to write.</source>
        <translation>Ficheiro de chave do contador a gravar.</translation>
    </message>
    <message>
        <source>--keystore FILE is required</source>
        <translation>--keystore FILE é obrigatório (ficheiro do cofre de chaves)</translation>
    </message>
    <message>
        <source>--utility ID is required: a number from 1 to 4294967295</source>
        <translation>--utility ID é obrigatório: um número de 1 a 4294967295</translation>
    </message>
    <message>
        <source>%1 exists already; a keystore is never overwritten</source>
        <translation>%1 já existe; um cofre de chaves nunca é substituído</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nova frase-passe: </translation>
    </message>
    <message>
        <source>the passphrase must have at least 8 characters</source>
        <translation>a frase-passe tem de ter pelo menos 8 carateres</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Repita a frase-passe: </translation>
    </message>
    <message>
        <source>the passphrases differ</source>
        <translation>as frases-passe são diferentes</translation>
    </message>
    <message>
        <source>%1: new master key for utility %2</source>
        <translation>%1: nova chave mestra para a distribuidora %2</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Frase-passe atual: </translation>
    </message>
    <message>
        <source>the new passphrase must have at least 8 characters</source>
        <translation>a nova frase-passe tem de ter pelo menos 8 carateres</translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Repita a nova frase-passe: </translation>
    </message>
    <message>
        <source>%1: passphrase changed</source>
        <translation>%1: frase-passe alterada</translation>
    </message>
    <message>
        <source>usage: ampcard keys meter-key --keystore FILE --meter N [--version V] --out FILE</source>
        <translation>uso: ampcard keys meter-key --keystore FILE --meter N [--version V] --out FILE (cofre de chaves, número do contador, versão da chave, ficheiro a gravar)</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>não é possível gravar %1</translation>
    </message>
    <message>
        <source>%1: key version %2 of meter %3</source>
        <translation>%1: versão da chave %2 do contador %3</translation>
    </message>
    <message>
        <source>ampcard keys: unknown subcommand &quot;%1&quot;</source>
        <translation>ampcard keys: subcomando desconhecido &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>CardDesk</name>
    <message>
        <source>The keystore is locked: a supervisor must unlock it first.</source>
        <translation>O cofre de chaves está bloqueado: um supervisor tem de o desbloquear primeiro.</translation>
    </message>
    <message>
        <source>Cannot read the card: %1</source>
        <translation>Não é possível ler o cartão: %1</translation>
    </message>
    <message>
        <source>This is a %1, not a customer&apos;s card.</source>
        <translation>Isto é um %1, não um cartão de cliente.</translation>
    </message>
    <message>
        <source>Card %1 belongs to another utility (%2): it cannot be sold to here.</source>
        <translation>O cartão %1 pertence a outra distribuidora (%2): não se pode vender para ele aqui.</translation>
    </message>
    <message>
        <source>Card %1 does not hold the record written to it: %2 Write it again on this card.</source>
        <translation>O cartão %1 não contém o registo gravado nele: %2 Grave-o novamente neste cartão.</translation>
    </message>
    <message>
        <source>Card %1 is not a customer card issued by this utility&apos;s stations.</source>
        <translation>O cartão %1 não é um cartão de cliente emitido pelos postos desta distribuidora.</translation>
    </message>
    <message>
        <source>Card %1 is blacklisted (%2): keep it and send the customer to a supervisor.</source>
        <translation>O cartão %1 está na lista negra (%2): retenha-o e encaminhe o cliente para um supervisor.</translation>
    </message>
    <message>
        <source>The meter of card %1 is not registered.</source>
        <translation>O contador do cartão %1 não está registado.</translation>
    </message>
    <message>
        <source>Card %1 holds a record of meter %2 but belongs to meter %3: it was tampered with.</source>
        <translation>O cartão %1 contém um registo do contador %2 mas pertence ao contador %3: foi violado.</translation>
    </message>
    <message>
        <source>The meter&apos;s record on card %1 does not verify (%2): the card was tampered with or damaged.</source>
        <translation>O registo do contador no cartão %1 não passa na verificação (%2): o cartão foi violado ou danificado.</translation>
    </message>
    <message>
        <source>The purchase record on card %1 does not verify (%2): the card was tampered with or damaged.</source>
        <translation>O registo de compra no cartão %1 não passa na verificação (%2): o cartão foi violado ou danificado.</translation>
    </message>
    <message>
        <source>Card %1 holds a record copied from another card: it was tampered with.</source>
        <translation>O cartão %1 contém um registo copiado de outro cartão: foi violado.</translation>
    </message>
    <message>
        <source>This is a %1; a customer needs a user card.</source>
        <translation>Isto é um %1; um cliente precisa de um cartão de cliente.</translation>
    </message>
    <message>
        <source>Card %1 is blacklisted (%2).</source>
        <translation>O cartão %1 está na lista negra (%2).</translation>
    </message>
    <message>
        <source>Card %1 is already the card of meter %2.</source>
        <translation>O cartão %1 já é o cartão do contador %2.</translation>
    </message>
    <message>
        <source>Card %1 already holds records: use a new card.</source>
        <translation>O cartão %1 já contém registos: use um cartão novo.</translation>
    </message>
    <message>
        <source>This operator may not sell.</source>
        <translation>Este operador não pode vender.</translation>
    </message>
    <message>
        <source>The keystore is for utility %1 but the station sells for utility %2.</source>
        <translation>O cofre de chaves é da distribuidora %1, mas o posto vende para a distribuidora %2.</translation>
    </message>
    <message>
        <source>Open a shift before selling.</source>
        <translation>Abra um turno antes de vender.</translation>
    </message>
    <message>
        <source>The ledger is busy: %1</source>
        <translation>O livro-razão está ocupado: %1</translation>
    </message>
    <message>
        <source>This card belongs to meter %1, not %2.</source>
        <translation>Este cartão pertence ao contador %1, não ao %2.</translation>
    </message>
    <message>
        <source>Meter %1 is %2: no sales.</source>
        <translation>O contador %1 está no estado %2: sem vendas.</translation>
    </message>
    <message>
        <source>The card does not show sequence %1 that this station wrote to it and meter %2 has not loaded: it holds an older copy or a damaged record.</source>
        <translation>O cartão não mostra a sequência %1 que este posto gravou nele e que o contador %2 não carregou: contém uma cópia mais antiga ou um registo danificado.</translation>
    </message>
    <message>
        <source>The card still holds its %1 record (sequence %2), which the meter has not loaded. Take the card to the meter first, or sell combining this purchase with it on the card.</source>
        <translation>O cartão ainda contém o seu registo de %1 (sequência %2), que o contador não carregou. Leve primeiro o cartão ao contador, ou venda combinando esta compra com ele no cartão.</translation>
    </message>
    <message>
        <source>account-opening</source>
        <translation>abertura de conta</translation>
    </message>
    <message>
        <source>replacement</source>
        <translation>substituição</translation>
    </message>
    <message>
        <source>The card still holds %1 (sequence %2) that the meter has not loaded. Load it into the meter first, or sell again combining both on the card.</source>
        <translation>O cartão ainda contém %1 (sequência %2) que o contador não carregou. Carregue-o primeiro no contador, ou venda novamente combinando ambos no cartão.</translation>
    </message>
    <message>
        <source>Meter %1 does not answer (%2).</source>
        <translation>O contador %1 não responde (%2).</translation>
    </message>
    <message>
        <source>Meter %1 answered something that is not its sealed record: nothing is settled from it.</source>
        <translation>O contador %1 respondeu algo que não é o seu registo selado: nada é regularizado a partir dele.</translation>
    </message>
    <message>
        <source>Cannot derive the meter key: %1</source>
        <translation>Não é possível derivar a chave do contador: %1</translation>
    </message>
    <message>
        <source>Meter %1&apos;s record does not verify (%2): it was not sealed by the meter. Nothing is settled from it.</source>
        <translation>O registo do contador %1 não passa na verificação (%2): não foi selado pelo contador. Nada é regularizado a partir dele.</translation>
    </message>
    <message>
        <source>Meter %1 is not registered.</source>
        <translation>O contador %1 não está registado.</translation>
    </message>
    <message>
        <source>Meter %1 has no account card: open the account before selling remotely.</source>
        <translation>O contador %1 não tem cartão de conta: abra a conta antes de vender remotamente.</translation>
    </message>
    <message>
        <source>Nothing was sold.</source>
        <translation>Nada foi vendido.</translation>
    </message>
    <message>
        <source>The customer&apos;s card holds sequence %1, which meter %2 has not loaded (it loaded %3). Insert the card in the meter first: a remote sale now would make the meter refuse the card&apos;s credit.</source>
        <translation>O cartão do cliente contém a sequência %1, que o contador %2 não carregou (carregou a %3). Insira primeiro o cartão no contador: uma venda remota agora faria o contador recusar o crédito do cartão.</translation>
    </message>
    <message>
        <source>Meter %1 did not take the token and can never load it. Nothing was sold.</source>
        <translation>O contador %1 não aceitou a recarga e nunca a poderá carregar. Nada foi vendido.</translation>
    </message>
    <message>
        <source>its sealed record could not be read</source>
        <translation>o seu registo selado não pôde ser lido</translation>
    </message>
    <message>
        <source>its sealed record shows sequence %1 not loaded</source>
        <translation>o seu registo selado mostra a sequência %1 por carregar</translation>
    </message>
    <message>
        <source>meter %1: %2; %3</source>
        <translation>contador %1: %2; %3</translation>
    </message>
    <message>
        <source>Meter %1 has not loaded remote sale %2 (%3; %4). The sale stays pending and nothing is charged: it completes if the meter&apos;s record ever proves it loaded, and is void once a later sale is loaded without it.</source>
        <translation>O contador %1 não carregou a venda remota %2 (%3; %4). A venda fica pendente e nada é cobrado: conclui-se se o registo do contador alguma vez provar que a carregou, e é anulada quando for carregada uma venda posterior sem ela.</translation>
    </message>
    <message>
        <source>Only a supervisor or administrator may cancel a sale.</source>
        <translation>Só um supervisor ou administrador pode cancelar uma venda.</translation>
    </message>
    <message>
        <source>There is no sale %1.</source>
        <translation>Não existe a venda %1.</translation>
    </message>
    <message>
        <source>Sale %1 is %2: only a completed sale can be cancelled.</source>
        <translation>A venda %1 está no estado %2: só uma venda concluída pode ser cancelada.</translation>
    </message>
    <message>
        <source>Sale %1 is being cancelled already: its refund waits for the meter&apos;s record.</source>
        <translation>A venda %1 já está a ser cancelada: o seu reembolso aguarda o registo do contador.</translation>
    </message>
    <message>
        <source>Meter %1 has loaded sale %2: it can no longer be cancelled.</source>
        <translation>O contador %1 já carregou a venda %2: já não pode ser cancelada.</translation>
    </message>
    <message>
        <source>Sale %1 was delivered over the meter line; the meter settles it.</source>
        <translation>A venda %1 foi entregue pela linha do contador; é o contador que a regulariza.</translation>
    </message>
    <message>
        <source>Sale %1 was combined on the card with an earlier purchase: it cannot be cancelled alone.</source>
        <translation>A venda %1 foi combinada no cartão com uma compra anterior: não pode ser cancelada sozinha.</translation>
    </message>
    <message>
        <source>Sale %1 was written to card %2; this is card %3.</source>
        <translation>A venda %1 foi gravada no cartão %2; este é o cartão %3.</translation>
    </message>
    <message>
        <source>There is no sale %1 to cancel.</source>
        <translation>Não existe a venda %1 para cancelar.</translation>
    </message>
    <message>
        <source>The card holds a newer record than sale %1: it is settled by the meter&apos;s next record, not cancelled.</source>
        <translation>O cartão contém um registo mais recente do que a venda %1: esta é regularizada pelo próximo registo do contador, não cancelada.</translation>
    </message>
    <message>
        <source>Open a shift to pay the customer back.</source>
        <translation>Abra um turno para devolver o dinheiro ao cliente.</translation>
    </message>
    <message>
        <source>The card did not take the record (%1). Nothing was sold.</source>
        <translation>O cartão não aceitou o registo (%1). Nada foi vendido.</translation>
    </message>
    <message>
        <source>The card write did not finish (%1). Nothing is charged yet: put the same card back to settle it.</source>
        <translation>A gravação do cartão não terminou (%1). Ainda nada foi cobrado: volte a colocar o mesmo cartão para a regularizar.</translation>
    </message>
    <message>
        <source>The token could not be sealed (%1). Nothing was sold.</source>
        <translation>Não foi possível selar a recarga (%1). Nada foi vendido.</translation>
    </message>
    <message>
        <source>Meter %1 stopped answering during the sale (%2).</source>
        <translation>O contador %1 deixou de responder durante a venda (%2).</translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <translation>sem resposta (%1)</translation>
    </message>
    <message>
        <source>it said loaded</source>
        <translation>indicou carregado</translation>
    </message>
    <message>
        <source>it said C-%1</source>
        <translation>indicou C-%1</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may issue function cards.</source>
        <translation>Só um instalador, supervisor ou administrador pode emitir cartões de função.</translation>
    </message>
    <message>
        <source>Only a supervisor or administrator may issue key-change cards.</source>
        <translation>Só um supervisor ou administrador pode emitir cartões de mudança de chave.</translation>
    </message>
    <message>
        <source>Only a supervisor or administrator may issue clear and preset cards: they reset or create credit on a meter.</source>
        <translation>Só um supervisor ou administrador pode emitir cartões de limpeza e de pré-carga: estes repõem ou criam crédito num contador.</translation>
    </message>
    <message>
        <source>Choose a function card kind.</source>
        <translation>Escolha um tipo de cartão de função.</translation>
    </message>
    <message>
        <source>This is a %1, not a %2.</source>
        <translation>Isto é um %1, não um %2.</translation>
    </message>
    <message>
        <source>Card %1 is recorded as another kind.</source>
        <translation>O cartão %1 está registado como outro tipo.</translation>
    </message>
    <message>
        <source>The new key version must be above the meter&apos;s %1.</source>
        <translation>A nova versão da chave tem de ser superior à do contador, %1.</translation>
    </message>
    <message>
        <source>The credit thresholds do not hold together.</source>
        <translation>Os limiares de crédito não são coerentes entre si.</translation>
    </message>
    <message>
        <source>A parameter card carries a tariff, thresholds or both.</source>
        <translation>Um cartão de parâmetros leva uma tarifa, limiares ou ambos.</translation>
    </message>
    <message>
        <source>A preset card carries a preset credit above zero.</source>
        <translation>Um cartão de pré-carga leva um crédito pré-carregado superior a zero.</translation>
    </message>
    <message>
        <source>The card write did not finish (%1); write the card again.</source>
        <translation>A gravação do cartão não terminou (%1); grave o cartão novamente.</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may open accounts.</source>
        <translation>Só um instalador, supervisor ou administrador pode abrir contas.</translation>
    </message>
    <message>
        <source>The preset credit to recover cannot be negative.</source>
        <translation>O crédito pré-carregado a recuperar não pode ser negativo.</translation>
    </message>
    <message>
        <source>Open a shift before taking the opening fee.</source>
        <translation>Abra um turno antes de cobrar a taxa de abertura.</translation>
    </message>
    <message>
        <source>Meter %1 supplies customer %2.</source>
        <translation>O contador %1 abastece o cliente %2.</translation>
    </message>
    <message>
        <source>Meter %1 has an account and a card already; replace the card instead.</source>
        <translation>O contador %1 já tem conta e cartão; substitua antes o cartão.</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Não existe o cliente %1.</translation>
    </message>
    <message>
        <source>Meter %1 could not be registered.</source>
        <translation>Não foi possível registar o contador %1.</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may replace cards.</source>
        <translation>Só um instalador, supervisor ou administrador pode substituir cartões.</translation>
    </message>
    <message>
        <source>Say why the card is replaced (lost, stolen, damaged).</source>
        <translation>Indique porque é substituído o cartão (perdido, roubado, danificado).</translation>
    </message>
    <message>
        <source>Open a shift before taking the replacement fee.</source>
        <translation>Abra um turno antes de cobrar a taxa de substituição.</translation>
    </message>
    <message>
        <source>Meter %1 has no card to replace: open the account instead.</source>
        <translation>O contador %1 não tem cartão para substituir: abra antes a conta.</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may change meters.</source>
        <translation>Só um instalador, supervisor ou administrador pode trocar contadores.</translation>
    </message>
    <message>
        <source>Say why the meter is changed (faulty, burnt, upgraded to three phases).</source>
        <translation>Indique porque é trocado o contador (avariado, queimado, atualizado para trifásico).</translation>
    </message>
    <message>
        <source>The credit left on the old meter cannot be negative: a meter in overdraft has 0 left, and its overdraft becomes the account&apos;s debt.</source>
        <translation>O crédito restante no contador antigo não pode ser negativo: um contador em crédito de emergência tem 0 restante, e o seu crédito de emergência passa a dívida da conta.</translation>
    </message>
    <message>
        <source>%1 is above the hoarding limit %2: check the old meter&apos;s display.</source>
        <translation>%1 está acima do limite de acumulação %2: verifique o visor do contador antigo.</translation>
    </message>
    <message>
        <source>Meter %1 was removed already (replaced by %2).</source>
        <translation>O contador %1 já foi retirado (substituído pelo %2).</translation>
    </message>
    <message>
        <source>Meter %1 has no account yet: open the account on the new meter instead.</source>
        <translation>O contador %1 ainda não tem conta: abra antes a conta no contador novo.</translation>
    </message>
    <message>
        <source>Meter %1 has a card record still pending: put its card in the reader to settle it first.</source>
        <translation>O contador %1 ainda tem um registo de cartão pendente: coloque o seu cartão no leitor para o regularizar primeiro.</translation>
    </message>
    <message>
        <source>The card of meter %1 holds sales up to sequence %2 that the meter has not been proven to load. Load the card into the old meter first; if it can no longer read cards, include that credit in the credit moved and have a supervisor countersign.</source>
        <translation>O cartão do contador %1 contém vendas até à sequência %2 que não está provado que o contador carregou. Carregue primeiro o cartão no contador antigo; se este já não consegue ler cartões, inclua esse crédito no crédito transferido e peça a contra-assinatura de um supervisor.</translation>
    </message>
    <message>
        <source>Moving the credit of card sales meter %1 never loaded needs another operator&apos;s countersignature, a supervisor or an administrator, with a reason.</source>
        <translation>Transferir o crédito de vendas em cartão que o contador %1 nunca carregou exige a contra-assinatura de outro operador, supervisor ou administrador, com um motivo.</translation>
    </message>
    <message>
        <source>card sales up to sequence %1 never loaded by meter %2 move with the account, for %3: %4</source>
        <translation>vendas em cartão até à sequência %1 nunca carregadas pelo contador %2 passam com a conta, por %3: %4</translation>
    </message>
    <message>
        <source>The new meter has the old meter&apos;s number.</source>
        <translation>O contador novo tem o número do contador antigo.</translation>
    </message>
    <message>
        <source>Meter %1 is in use already.</source>
        <translation>O contador %1 já está em uso.</translation>
    </message>
    <message>
        <source>%1 is more than meter %2&apos;s last proven remaining credit %3</source>
        <translation>%1 é mais do que o último crédito restante provado do contador %2, %3</translation>
    </message>
    <message>
        <source>%1 (its newest sealed record). A supervisor must countersign the difference with a reason.</source>
        <translation>%1 (o seu registo selado mais recente). Um supervisor tem de contra-assinar a diferença com um motivo.</translation>
    </message>
    <message>
        <source>%1: the countersignature must be another operator&apos;s, a supervisor or an administrator.</source>
        <translation>%1: a contra-assinatura tem de ser de outro operador, supervisor ou administrador.</translation>
    </message>
    <message>
        <source>%1: the countersignature needs a reason.</source>
        <translation>%1: a contra-assinatura precisa de um motivo.</translation>
    </message>
    <message>
        <source>%1, moved for %2: %3</source>
        <translation>%1, transferido por %2: %3</translation>
    </message>
    <message>
        <source>Tariff plan %1 has no version in force.</source>
        <translation>O plano de tarifa %1 não tem nenhuma versão em vigor.</translation>
    </message>
    <message>
        <source>ELECTRICITY PURCHASE</source>
        <translation>COMPRA DE ELETRICIDADE</translation>
    </message>
    <message>
        <source>CANCELLED PURCHASE</source>
        <translation>COMPRA CANCELADA</translation>
    </message>
    <message>
        <source>ACCOUNT OPENING</source>
        <translation>ABERTURA DE CONTA</translation>
    </message>
    <message>
        <source>REPLACEMENT CARD</source>
        <translation>CARTÃO DE SUBSTITUIÇÃO</translation>
    </message>
    <message>
        <source>METER CHANGE</source>
        <translation>TROCA DE CONTADOR</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Contador</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Cartão</translation>
    </message>
    <message>
        <source>none: delivered to the meter remotely</source>
        <translation>nenhum: entregue ao contador remotamente</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sequência</translation>
    </message>
    <message>
        <source>Cancels</source>
        <translation>Cancela</translation>
    </message>
    <message>
        <source>Replaces card</source>
        <translation>Substitui o cartão</translation>
    </message>
    <message>
        <source>Fixed charge</source>
        <translation>Taxa fixa</translation>
    </message>
    <message>
        <source>Debt recovered</source>
        <translation>Dívida recuperada</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>Electricity credit</source>
        <translation>Crédito de energia</translation>
    </message>
    <message>
        <source>  of which repays the overdraft</source>
        <translation>  dos quais crédito de emergência</translation>
    </message>
    <message>
        <source>  step %1</source>
        <translation>  escalão %1</translation>
    </message>
    <message>
        <source>%1 kWh at %2 = %3</source>
        <translation>%1 kWh a %2 = %3</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>Energia (kWh)</translation>
    </message>
    <message>
        <source>On the card</source>
        <translation>No cartão</translation>
    </message>
    <message>
        <source>%1 (combined with the record not yet loaded)</source>
        <translation>%1 (combinado com o registo ainda não carregado)</translation>
    </message>
    <message>
        <source>Debt left</source>
        <translation>Dívida restante</translation>
    </message>
    <message>
        <source>Preset credit owed</source>
        <translation>Pré-carga em dívida</translation>
    </message>
    <message>
        <source>Replaces meter</source>
        <translation>Substitui o contador</translation>
    </message>
    <message>
        <source>Credit moved</source>
        <translation>Crédito transferido</translation>
    </message>
    <message>
        <source>New tariff</source>
        <translation>Nova tarifa</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>REFUND PENDING</source>
        <translation>REEMBOLSO PENDENTE</translation>
    </message>
    <message>
        <source>%1, paid once the meter&apos;s record proves it can never load the purchase</source>
        <translation>%1, pago quando o registo do contador provar que nunca poderá carregar a compra</translation>
    </message>
    <message>
        <source>TOTAL PAID</source>
        <translation>TOTAL PAGO</translation>
    </message>
    <message>
        <source>Then read the card again to settle this work (nothing is charged twice).</source>
        <translation>Depois leia o cartão novamente para regularizar este trabalho (nada é cobrado duas vezes).</translation>
    </message>
    <message>
        <source>Stopped by fault injection.</source>
        <translation>Interrompido por injeção de falha.</translation>
    </message>
    <message>
        <source>Cannot take the meter&apos;s next sequence: %1</source>
        <translation>Não é possível obter a próxima sequência do contador: %1</translation>
    </message>
    <message>
        <source>Cannot take the meter&apos;s next sequence.</source>
        <translation>Não é possível obter a próxima sequência do contador.</translation>
    </message>
    <message>
        <source>Cannot record the sale: %1</source>
        <translation>Não é possível registar a venda: %1</translation>
    </message>
    <message>
        <source>Sale %1 is no longer pending.</source>
        <translation>A venda %1 já não está pendente.</translation>
    </message>
    <message>
        <source>Cannot update the account&apos;s debt: %1</source>
        <translation>Não é possível atualizar a dívida da conta: %1</translation>
    </message>
    <message>
        <source>Sale %1 cannot be cancelled twice.</source>
        <translation>A venda %1 não pode ser cancelada duas vezes.</translation>
    </message>
    <message>
        <source>Cannot blacklist the old card: %1</source>
        <translation>Não é possível pôr o cartão antigo na lista negra: %1</translation>
    </message>
    <message>
        <source>Cannot record the card: %1</source>
        <translation>Não é possível registar o cartão: %1</translation>
    </message>
    <message>
        <source>Meter %1 was removed already.</source>
        <translation>O contador %1 já foi retirado.</translation>
    </message>
    <message>
        <source>Cannot move the account&apos;s debt: %1</source>
        <translation>Não é possível transferir a dívida da conta: %1</translation>
    </message>
    <message>
        <source>its credit moved to meter %1 by meter change %2 (countersigned)</source>
        <translation>o seu crédito passou para o contador %1 pela troca de contador %2 (contra-assinada)</translation>
    </message>
    <message>
        <source>the card does not hold %1 sequence %2: nothing was sold</source>
        <translation>o cartão não contém %1 com a sequência %2: nada foi vendido</translation>
    </message>
    <message>
        <source>Cannot record the meter&apos;s return record: %1</source>
        <translation>Não é possível registar o registo de retorno do contador: %1</translation>
    </message>
    <message>
        <source>nothing was sent: %1</source>
        <translation>nada foi enviado: %1</translation>
    </message>
    <message>
        <source>The meter&apos;s record on card %1 is older than one the station has already read for meter %2 (it shows sequence %3, the station has seen %4): it is refused, and the station&apos;s newest record of the meter is used.</source>
        <translation>O registo do contador no cartão %1 é mais antigo do que um que o posto já leu para o contador %2 (mostra a sequência %3, o posto já viu a %4): é recusado, e é usado o registo mais recente do contador que o posto tem.</translation>
    </message>
    <message>
        <source>meter %1&apos;s clock or event counters went back since its previous record (a clock set or an event clear)</source>
        <translation>o relógio ou os contadores de eventos do contador %1 recuaram desde o registo anterior (acerto do relógio ou limpeza de eventos)</translation>
    </message>
    <message>
        <source>Meter %1 shows %2 loaded in %3 loads, less than this ledger has already proven (%4 in %5): its record is not the newest, or the meter was swapped. Nothing was settled; call a supervisor.</source>
        <translation>O contador %1 mostra %2 carregados em %3 carregamentos, menos do que este livro-razão já provou (%4 em %5): o seu registo não é o mais recente, ou o contador foi trocado. Nada foi regularizado; chame um supervisor.</translation>
    </message>
    <message>
        <source>meter %1 loaded %2 in %3 loads that this ledger did not issue (up to sequence %4)</source>
        <translation>o contador %1 carregou %2 em %3 carregamentos que este livro-razão não emitiu (até à sequência %4)</translation>
    </message>
    <message>
        <source>Attention: %1 (a restored ledger or another station). It is recorded for the auditors.</source>
        <translation>Atenção: %1 (um livro-razão restaurado ou outro posto). Fica registado para os auditores.</translation>
    </message>
    <message>
        <source>the meter&apos;s figures fit more than one history: waits for its next record</source>
        <translation>os valores do contador correspondem a mais do que um histórico: aguarda o próximo registo</translation>
    </message>
    <message>
        <source>%1 %2 completed: meter %3 loaded it.</source>
        <translation>%1 %2: operação concluída; o contador %3 carregou-a.</translation>
    </message>
    <message>
        <source>meter %1 loaded a later sequence without %2: it can never load it, nothing was sold</source>
        <translation>o contador %1 carregou uma sequência posterior sem %2: nunca a poderá carregar, nada foi vendido</translation>
    </message>
    <message>
        <source>%1 %2 voided: meter %3 can never load it, nothing was sold.</source>
        <translation>%1 %2: operação anulada; o contador %3 nunca a poderá carregar, nada foi vendido.</translation>
    </message>
    <message>
        <source>meter %1 loaded sale %2 before its cancellation: nothing is refunded</source>
        <translation>o contador %1 carregou a venda %2 antes do seu cancelamento: nada é reembolsado</translation>
    </message>
    <message>
        <source>Cancellation %1 refused: meter %2 loaded sale %3 first, nothing is refunded.</source>
        <translation>Cancelamento %1 recusado: o contador %2 carregou primeiro a venda %3, nada é reembolsado.</translation>
    </message>
    <message>
        <source>proven: the refund is paid at the next reading by an operator with an open shift</source>
        <translation>provado: o reembolso é pago na próxima leitura por um operador com turno aberto</translation>
    </message>
    <message>
        <source>Cancellation %1: meter %2 can never load sale %3; the refund is paid when an operator with an open shift reads the card.</source>
        <translation>Cancelamento %1: o contador %2 nunca poderá carregar a venda %3; o reembolso é pago quando um operador com turno aberto ler o cartão.</translation>
    </message>
    <message>
        <source>Cancellation %1: meter %2 can never load sale %3, refund %4 paid.</source>
        <translation>Cancelamento %1: o contador %2 nunca poderá carregar a venda %3, reembolso de %4 pago.</translation>
    </message>
    <message>
        <source>paid, but meter %1 can never load it: %2 is owed to the customer</source>
        <translation>paga, mas o contador %1 nunca a poderá carregar: %2 é devido ao cliente</translation>
    </message>
    <message>
        <source>Sale %1 %2. Refund it (cancel it) at the counter.</source>
        <translation>Venda %1 %2. Reembolse-a (cancele-a) no balcão.</translation>
    </message>
    <message>
        <source>%1 %2 completed: the card holds it.</source>
        <translation>%1 %2: operação concluída; o cartão contém-na.</translation>
    </message>
    <message>
        <source>%1 %2 completed: written to the card again (sequence %3).</source>
        <translation>%1 %2: operação concluída; gravada de novo no cartão (sequência %3).</translation>
    </message>
    <message>
        <source>%1 %2 (sequence %3) is not on the card. It stays pending until meter %4&apos;s record proves it loaded or never loadable; nothing is charged for it until then.</source>
        <translation>%1 %2 (sequência %3) não está no cartão. Fica pendente até o registo do contador %4 provar que foi carregada ou que nunca poderá ser; até lá nada é cobrado por ela.</translation>
    </message>
    <message>
        <source>%1 %2 voided: the card does not hold it, nothing was sold.</source>
        <translation>%1 %2: operação anulada; o cartão não a contém, nada foi vendido.</translation>
    </message>
    <message>
        <source>This sale of %1 is more than the station&apos;s float left (%2). A supervisor asks the utility for more float; it arrives with the next sync.</source>
        <translation>Esta venda de %1 ultrapassa o plafond restante do posto (%2). Um supervisor pede mais plafond à distribuidora; este chega com a próxima sincronização.</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Posto</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Arredondamento</translation>
    </message>
    <message>
        <source>Keep this receipt.</source>
        <translation>Guarde este recibo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Ampcard receipt code: scan the QR code on the receipt, or type the receipt number.</source>
        <translation>&quot;%1&quot; não é um código de recibo Ampcard: leia o código QR do recibo ou escreva o número do recibo.</translation>
    </message>
    <message>
        <source>A remote sale in network mode takes its sequence from the server: %1. Nothing was sold; card sales go on offline.</source>
        <translation>Uma venda remota em modo de rede obtém a sua sequência do servidor: %1. Nada foi vendido; as vendas por cartão continuam sem ligação.</translation>
    </message>
    <message>
        <source>nothing new: it loaded this sequence or a later one already</source>
        <translation>nada de novo: já carregou esta sequência ou uma posterior</translation>
    </message>
    <message>
        <source>another utility&apos;s token</source>
        <translation>recarga de outra distribuidora</translation>
    </message>
    <message>
        <source>a token for another meter</source>
        <translation>uma recarga para outro contador</translation>
    </message>
    <message>
        <source>the token does not open with the meter&apos;s key</source>
        <translation>a recarga não abre com a chave do contador</translation>
    </message>
    <message>
        <source>the meter runs another key version</source>
        <translation>o contador usa outra versão da chave</translation>
    </message>
    <message>
        <source>the token is damaged</source>
        <translation>a recarga está danificada</translation>
    </message>
    <message>
        <source>the meter is not commissioned</source>
        <translation>o contador não está comissionado</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>recusado</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may push a tariff to a meter.</source>
        <translation>Só um instalador, supervisor ou administrador pode enviar uma tarifa para um contador.</translation>
    </message>
    <message>
        <source>The keystore is for utility %1 but the station works for utility %2.</source>
        <translation>O cofre de chaves é da distribuidora %1, mas o posto trabalha para a distribuidora %2.</translation>
    </message>
    <message>
        <source>Meter %1 is removed: no tariff is pushed to it.</source>
        <translation>O contador %1 foi retirado: não lhe é enviada nenhuma tarifa.</translation>
    </message>
    <message>
        <source>Nothing was pushed.</source>
        <translation>Nada foi enviado.</translation>
    </message>
    <message>
        <source>Cannot derive the meter key: %1. Nothing was pushed.</source>
        <translation>Não é possível derivar a chave do contador: %1. Nada foi enviado.</translation>
    </message>
    <message>
        <source>A tariff push in network mode takes its sequence from the server: %1. Nothing was pushed.</source>
        <translation>Um envio de tarifa em modo de rede obtém a sua sequência do servidor: %1. Nada foi enviado.</translation>
    </message>
    <message>
        <source>the token could not be sealed (%1)</source>
        <translation>não foi possível selar a recarga (%1)</translation>
    </message>
    <message>
        <source>Meter %1: %2. Nothing was pushed.</source>
        <translation>Contador %1: %2. Nada foi enviado.</translation>
    </message>
    <message>
        <source>Meter %1 refused tariff push %2 (C-%3: %4). It still runs its previous tariff; the push stays on record until the meter&apos;s next record closes it.</source>
        <translation>O contador %1 recusou o envio de tarifa %2 (C-%3: %4). Continua com a tarifa anterior; o envio fica registado até o próximo registo do contador o fechar.</translation>
    </message>
    <message>
        <source>its sealed record could not be read: %1</source>
        <translation>o seu registo selado não pôde ser lido: %1</translation>
    </message>
    <message>
        <source>Meter %1 has not proven tariff push %2 (sequence %3: %4; %5). It stays pending: the meter&apos;s next sealed record (a remote sale, a settle over the line, or its card at the counter) settles it, and nothing is sent twice.</source>
        <translation>O contador %1 não provou o envio de tarifa %2 (sequência %3: %4; %5). Fica pendente: o próximo registo selado do contador (uma venda remota, uma regularização pela linha ou o seu cartão no balcão) regulariza-o, e nada é enviado duas vezes.</translation>
    </message>
    <message>
        <source>meter %1 loaded tariff push %2 (sequence %3, plan %4)</source>
        <translation>o contador %1 carregou o envio de tarifa %2 (sequência %3, plano %4)</translation>
    </message>
    <message>
        <source>meter %1 loaded sequence %2 without proving tariff push %3 (sequence %4): it can never load it now; plan %5 rides along with its next sale</source>
        <translation>o contador %1 carregou a sequência %2 sem provar o envio de tarifa %3 (sequência %4): já nunca o poderá carregar; o plano %5 segue com a sua próxima venda</translation>
    </message>
    <message>
        <source>Tariff push %1 completed: meter %2 loaded plan %3.</source>
        <translation>Envio de tarifa %1 concluído: o contador %2 carregou o plano %3.</translation>
    </message>
    <message>
        <source>Tariff push %1 closed: %2.</source>
        <translation>Envio de tarifa %1 fechado: %2.</translation>
    </message>
    <message>
        <source>The server gave sequence %1 for meter %2, outside a meter&apos;s range. Nothing was sold.</source>
        <translation>O servidor deu a sequência %1 para o contador %2, fora do intervalo de um contador. Nada foi vendido.</translation>
    </message>
    <message>
        <source>The server gave sequence %1 for meter %2, outside a meter&apos;s range. Nothing was pushed.</source>
        <translation>O servidor deu a sequência %1 para o contador %2, fora do intervalo de um contador. Nada foi enviado.</translation>
    </message>
</context>
<context>
    <name>CardNames</name>
    <message>
        <source>user card</source>
        <translation>cartão de cliente</translation>
    </message>
    <message>
        <source>check card</source>
        <translation>cartão de verificação</translation>
    </message>
    <message>
        <source>parameter card</source>
        <translation>cartão de parâmetros</translation>
    </message>
    <message>
        <source>clear card</source>
        <translation>cartão de limpeza</translation>
    </message>
    <message>
        <source>relay test card</source>
        <translation>cartão de teste do relé</translation>
    </message>
    <message>
        <source>key change card</source>
        <translation>cartão de mudança de chave</translation>
    </message>
    <message>
        <source>preset card</source>
        <translation>cartão de pré-carga</translation>
    </message>
    <message>
        <source>unknown card</source>
        <translation>cartão desconhecido</translation>
    </message>
</context>
<context>
    <name>CardReport</name>
    <message>
        <source>not verified (no keystore)</source>
        <translation>não verificado (sem cofre de chaves)</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válido</translation>
    </message>
    <message>
        <source>INVALID: %1</source>
        <translation>INVÁLIDO: %1</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>A card serial is a number from 1 up.</source>
        <translation>O número de série de um cartão é um número a partir de 1.</translation>
    </message>
    <message>
        <source>Unknown card kind %1.</source>
        <translation>Tipo de cartão desconhecido: %1.</translation>
    </message>
    <message>
        <source>A user card belongs to a registered meter; %1 is not one.</source>
        <translation>Um cartão de cliente pertence a um contador registado; %1 não o é.</translation>
    </message>
    <message>
        <source>Meter %1 already has a user card; replace it instead.</source>
        <translation>O contador %1 já tem um cartão de cliente; substitua-o.</translation>
    </message>
    <message>
        <source>Only user cards are bound to a meter.</source>
        <translation>Só os cartões de cliente ficam associados a um contador.</translation>
    </message>
    <message>
        <source>Card %1 is already recorded.</source>
        <translation>O cartão %1 já está registado.</translation>
    </message>
    <message>
        <source>Cannot record the card: %1</source>
        <translation>Não é possível registar o cartão: %1</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may issue cards.</source>
        <translation>Só um instalador, supervisor ou administrador pode emitir cartões.</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may blacklist cards.</source>
        <translation>Só um instalador, supervisor ou administrador pode pôr cartões na lista negra.</translation>
    </message>
    <message>
        <source>Say why the card is blacklisted.</source>
        <translation>Indique porque o cartão vai para a lista negra.</translation>
    </message>
    <message>
        <source>Card %1 was never issued here.</source>
        <translation>O cartão %1 nunca foi emitido aqui.</translation>
    </message>
    <message>
        <source>Card %1 is already blacklisted.</source>
        <translation>O cartão %1 já está na lista negra.</translation>
    </message>
    <message>
        <source>Cannot blacklist the card: %1</source>
        <translation>Não é possível pôr o cartão na lista negra: %1</translation>
    </message>
    <message>
        <source>Only a user card is replaced by another bound to its meter.</source>
        <translation>Só um cartão de cliente é substituído por outro associado ao seu contador.</translation>
    </message>
</context>
<context>
    <name>CentralReports</name>
    <message>
        <source>Cannot read the server: %1</source>
        <translation>Não é possível ler o servidor: %1</translation>
    </message>
    <message>
        <source>This login may not read all stations: reports over all stations need a reporting login (ampcard server add-reporter).</source>
        <translation>Este utilizador não pode ler todos os postos: os relatórios de todos os postos precisam de um utilizador de relatórios (ampcard server add-reporter).</translation>
    </message>
    <message>
        <source>Give a day as YYYY-MM-DD.</source>
        <translation>Indique um dia como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>The server cannot make the report: %1</source>
        <translation>O servidor não consegue gerar o relatório: %1</translation>
    </message>
    <message>
        <source>Takings of %1, all stations</source>
        <translation>Receitas de %1, todos os postos</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Posto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>Energia (kWh)</translation>
    </message>
    <message>
        <source>Stations on the server</source>
        <translation>Postos no servidor</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Plafond</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Entradas do diário</translation>
    </message>
    <message>
        <source>Audit lines</source>
        <translation>Linhas de auditoria</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Última receção</translation>
    </message>
    <message>
        <source>Float taken</source>
        <translation>Plafond usado</translation>
    </message>
    <message>
        <source>Float left</source>
        <translation>Plafond restante</translation>
    </message>
    <message>
        <source>Give the period as two days, the first not after the second.</source>
        <translation>Indique o período como dois dias, o primeiro não posterior ao segundo.</translation>
    </message>
    <message>
        <source>Close-out (Z) report of %1, all stations</source>
        <translation>Relatório de fecho (Z) de %1, todos os postos</translation>
    </message>
    <message>
        <source>Close-out (Z) report of %1 to %2, all stations</source>
        <translation>Relatório de fecho (Z) de %1 a %2, todos os postos</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Qtd.</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <source>Give a month as YYYY-MM.</source>
        <translation>Indique um mês como AAAA-MM.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Compras</translation>
    </message>
    <message>
        <source>Over all stations, the reports are %1, not &quot;%2&quot;.</source>
        <translation>Para todos os postos, os relatórios são %1, não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Meter sequences sold by more than one station</source>
        <translation>Sequências de contador vendidas por mais de um posto</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Contador</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sequência</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Postos</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vendas</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
</context>
<context>
    <name>CentralSchema</name>
    <message>
        <source>Cannot create the Ampcard roles and schema: %1</source>
        <translation>Não é possível criar os papéis e o esquema do Ampcard: %1</translation>
    </message>
    <message>
        <source>The server&apos;s schema is version %1, newer than this program knows (%2): upgrade Ampcard first.</source>
        <translation>O esquema do servidor é a versão %1, mais recente do que este programa conhece (%2): atualize primeiro o Ampcard.</translation>
    </message>
    <message>
        <source>Step %1 of the central schema failed: %2</source>
        <translation>O passo %1 do esquema central falhou: %2</translation>
    </message>
    <message>
        <source>the schema version table does not hold exactly one row</source>
        <translation>a tabela da versão do esquema não tem exatamente uma linha</translation>
    </message>
</context>
<context>
    <name>CentralStations</name>
    <message>
        <source>A station number is a whole number from 1.</source>
        <translation>Um número de posto é um número inteiro a partir de 1.</translation>
    </message>
    <message>
        <source>A float cannot be negative.</source>
        <translation>Um plafond não pode ser negativo.</translation>
    </message>
    <message>
        <source>No random bytes for the station&apos;s password.</source>
        <translation>Sem bytes aleatórios para a palavra-passe do posto.</translation>
    </message>
    <message>
        <source>Cannot read the stations: %1</source>
        <translation>Não é possível ler os postos: %1</translation>
    </message>
    <message>
        <source>Station %1 exists already on this server.</source>
        <translation>O posto %1 já existe neste servidor.</translation>
    </message>
    <message>
        <source>Cannot add station %1: %2</source>
        <translation>Não é possível adicionar o posto %1: %2</translation>
    </message>
    <message>
        <source>A reporting login is a lower-case name of letters, digits and _, not starting with ampcard_: &quot;%1&quot;.</source>
        <translation>Um utilizador de relatórios é um nome em minúsculas com letras, algarismos e _, que não começa por ampcard_: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No random bytes for the password.</source>
        <translation>Sem bytes aleatórios para a palavra-passe.</translation>
    </message>
    <message>
        <source>Cannot add the reporting login %1: %2</source>
        <translation>Não é possível adicionar o utilizador de relatórios %1: %2</translation>
    </message>
    <message>
        <source>Cannot set the float of station %1: %2</source>
        <translation>Não é possível definir o plafond do posto %1: %2</translation>
    </message>
    <message>
        <source>There is no station %1 on this server.</source>
        <translation>Não existe o posto %1 neste servidor.</translation>
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
      Regista o contador e grava o cartão de abertura de conta no leitor.
  ampcard account change-meter --meter OLD --new-meter NEW --remaining X
                       --reason TEXT [--plan P] [--phases 1|3] [--key-version V]
                       [--countersign LOGIN --countersign-reason TEXT]
      Passa a conta para um contador novo com o crédito restante no antigo
      (X), no cartão em branco no leitor; o contador e o cartão antigos são retirados.
      X acima do último crédito restante provado do contador antigo exige a
      contra-assinatura de um supervisor.
  ampcard account edit --meter M [--plan P] [--phases 1|3]
                       [--status active|suspended]
  ampcard sale --meter M (--money X | --energy KWH) [--combine] [--json]
      Vende para o cartão no leitor e imprime o recibo. --combine volta a emitir
      uma compra que o contador não carregou, junto com esta.
  ampcard sale --meter M (--money X | --energy KWH) --remote PORT [--baud B]
      Vende sem o cartão: a recarga vai para o contador por DL/T645 (0x03).
  ampcard sale settle-remote --meter M --remote PORT [--baud B]
      Regulariza uma venda remota cuja resposta se perdeu (o contador diz o que carregou).
  ampcard sale resolve | cancel ID | receipt ID | pending   [--json]
  ampcard card replace --meter M --reason TEXT [--json]
  ampcard card issue KIND --meter M [--tariff] [--preset X] [--key-version V]
                    [--alarm1 X --alarm2 X --overdraft X --hoarding X]  (alarmes, crédito de emergência, limite de acumulação)
      KIND: check, parameter, clear, relay-test (teste do relé), key-change, preset.
      Os comandos de cartão aceitam [--keystore FILE] (cofre de chaves) [--reader NAME].
  ampcard shift open | close [--of LOGIN] [--json]
      close imprime o relatório Z do turno e sela-o.
  ampcard report NAME [ARGUMENT] [--from DAY] [--to DAY] [--csv]
      NAME: daily [DAY], monthly [YYYY-MM], cashier [LOGIN], customer NUMBER,
      usage NUMBER (energia comprada e consumida por mês),
      consumption, suspicious.
  ampcard settings show | set [--utility ID] [--station N] [--vat PERCENT]
                    [--fixed-charge X] [--debt-percent P | --debt-fixed X]
                    [--minimum X] [--hoarding-limit X] [--opening-fee X]
                    [--replacement-fee X]  (IVA, taxa fixa, recuperação da dívida, taxas)
  ampcard plan add NAME TARIFF.json [--from TIME] | list NAME | assign GROUP NAME
      Versões dos planos de tarifa (TIME: YYYY-MM-DDTHH:MM UTC, por omissão agora).
  ampcard operator add LOGIN --role ROLE [--name NAME] | unlock LOGIN
      A nova palavra-passe vem de AMPCARD_NEW_PASSWORD ou é pedida no terminal.
  ampcard keys backup --keystore FILE --to BACKUP
  ampcard keys restore --keystore FILE --from BACKUP
      Cada um aceita [--ledger FILE] (o livro-razão) [--operator LOGIN].
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>comando desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>customer number</source>
        <translation>número de cliente</translation>
    </message>
    <message>
        <source>meter number</source>
        <translation>número do contador</translation>
    </message>
    <message>
        <source>tariff plan</source>
        <translation>plano de tarifa</translation>
    </message>
    <message>
        <source>1 or 3</source>
        <translation>1 ou 3</translation>
    </message>
    <message>
        <source>key version</source>
        <translation>versão da chave</translation>
    </message>
    <message>
        <source>preset credit owed</source>
        <translation>crédito pré-carregado em dívida</translation>
    </message>
    <message>
        <source>the new meter&apos;s number</source>
        <translation>o número do contador novo</translation>
    </message>
    <message>
        <source>credit left on the old meter</source>
        <translation>crédito restante no contador antigo</translation>
    </message>
    <message>
        <source>why the meter is changed</source>
        <translation>porque é trocado o contador</translation>
    </message>
    <message>
        <source>a supervisor who countersigns moving more than the old meter&apos;s proven remaining (password from AMPCARD_COUNTERSIGN_PASSWORD or a prompt)</source>
        <translation>um supervisor que contra-assina a transferência de mais do que o crédito restante provado do contador antigo (palavra-passe de AMPCARD_COUNTERSIGN_PASSWORD ou pedida no terminal)</translation>
    </message>
    <message>
        <source>why the countersigner allows it</source>
        <translation>porque o contra-assinante o autoriza</translation>
    </message>
    <message>
        <source>active or suspended</source>
        <translation>active (ativo) ou suspended (suspenso)</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>saída em JSON</translation>
    </message>
    <message>
        <source>usage: ampcard account open --customer C --meter M --plan P</source>
        <translation>uso: ampcard account open --customer C --meter M --plan P (C: cliente, M: contador, P: plano de tarifa)</translation>
    </message>
    <message>
        <source>--preset-recovery takes an amount such as 40.00</source>
        <translation>--preset-recovery aceita um valor como 40.00</translation>
    </message>
    <message>
        <source>usage: ampcard account change-meter --meter OLD --new-meter NEW --remaining X --reason TEXT</source>
        <translation>uso: ampcard account change-meter --meter OLD --new-meter NEW --remaining X --reason TEXT (contador antigo, contador novo, crédito restante, motivo)</translation>
    </message>
    <message>
        <source>--remaining takes an amount such as 12.50</source>
        <translation>--remaining aceita um valor como 12.50</translation>
    </message>
    <message>
        <source>Password of %1 (countersigning): </source>
        <translation>Palavra-passe de %1 (contra-assinatura): </translation>
    </message>
    <message>
        <source>usage: ampcard account edit --meter M [--plan P] [--phases 1|3] [--status active|suspended]</source>
        <translation>uso: ampcard account edit --meter M [--plan P] [--phases 1|3] [--status active|suspended] (M: contador, P: plano de tarifa)</translation>
    </message>
    <message>
        <source>Meter %1 is not registered.</source>
        <translation>O contador %1 não está registado.</translation>
    </message>
    <message>
        <source>amount paid</source>
        <translation>valor pago</translation>
    </message>
    <message>
        <source>kWh wanted</source>
        <translation>kWh pretendidos</translation>
    </message>
    <message>
        <source>combine with an unloaded purchase</source>
        <translation>combinar com uma compra não carregada</translation>
    </message>
    <message>
        <source>serial port of the meter&apos;s line (DL/T645)</source>
        <translation>porta série da linha do contador (DL/T645)</translation>
    </message>
    <message>
        <source>baud rate of the meter&apos;s line</source>
        <translation>velocidade (baud) da linha do contador</translation>
    </message>
    <message>
        <source>%1  %2  meter %3  card %4  sequence %5</source>
        <translation>%1  %2  contador %3  cartão %4  sequência %5</translation>
    </message>
    <message>
        <source>There is no sale %1.</source>
        <translation>Não existe a venda %1.</translation>
    </message>
    <message>
        <source>Card %1 of meter %2: nothing pending.</source>
        <translation>Cartão %1 do contador %2: nada pendente.</translation>
    </message>
    <message>
        <source>usage: ampcard sale cancel ID</source>
        <translation>uso: ampcard sale cancel ID</translation>
    </message>
    <message>
        <source>--baud takes a rate such as 2400</source>
        <translation>--baud aceita uma velocidade como 2400</translation>
    </message>
    <message>
        <source>usage: ampcard sale settle-remote --meter M --remote PORT</source>
        <translation>uso: ampcard sale settle-remote --meter M --remote PORT (M: contador, PORT: porta da linha)</translation>
    </message>
    <message>
        <source>Meter %1: no remote sale pending.</source>
        <translation>Contador %1: nenhuma venda remota pendente.</translation>
    </message>
    <message>
        <source>ampcard sale: unknown subcommand &quot;%1&quot;</source>
        <translation>ampcard sale: subcomando desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>give either --money X or --energy KWH</source>
        <translation>indique --money X ou --energy KWH</translation>
    </message>
    <message>
        <source>--money takes an amount such as 250.00</source>
        <translation>--money aceita um valor como 250.00</translation>
    </message>
    <message>
        <source>--energy takes kWh such as 12.5</source>
        <translation>--energy aceita kWh como 12.5</translation>
    </message>
    <message>
        <source>a remote sale needs --meter M</source>
        <translation>uma venda remota precisa de --meter M (contador)</translation>
    </message>
    <message>
        <source>why the card is replaced</source>
        <translation>porque é substituído o cartão</translation>
    </message>
    <message>
        <source>parameter card: the meter&apos;s tariff</source>
        <translation>cartão de parâmetros: a tarifa do contador</translation>
    </message>
    <message>
        <source>preset credit</source>
        <translation>crédito pré-carregado</translation>
    </message>
    <message>
        <source>new key version</source>
        <translation>nova versão da chave</translation>
    </message>
    <message>
        <source>alarm 1 level</source>
        <translation>nível do alarme 1</translation>
    </message>
    <message>
        <source>alarm 2 level</source>
        <translation>nível do alarme 2</translation>
    </message>
    <message>
        <source>overdraft limit</source>
        <translation>limite do crédito de emergência</translation>
    </message>
    <message>
        <source>hoarding limit</source>
        <translation>limite de acumulação</translation>
    </message>
    <message>
        <source>--meter M is required</source>
        <translation>--meter M é obrigatório (número do contador)</translation>
    </message>
    <message>
        <source>usage: ampcard card replace|issue ...</source>
        <translation>uso: ampcard card replace|issue ... (substituir ou emitir um cartão)</translation>
    </message>
    <message>
        <source>KIND is check, parameter, clear, relay-test, key-change or preset</source>
        <translation>KIND é check, parameter, clear, relay-test (teste do relé), key-change ou preset</translation>
    </message>
    <message>
        <source>--preset takes an amount</source>
        <translation>--preset aceita um valor</translation>
    </message>
    <message>
        <source>--%1 takes an amount</source>
        <translation>--%1 aceita um valor</translation>
    </message>
    <message>
        <source>whose shift</source>
        <translation>de quem é o turno</translation>
    </message>
    <message>
        <source>usage: ampcard shift open|close [--of LOGIN]</source>
        <translation>uso: ampcard shift open|close [--of LOGIN] (abrir ou fechar um turno)</translation>
    </message>
    <message>
        <source>Shift %1 open for %2.</source>
        <translation>Turno %1 aberto para %2.</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>primeiro dia</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>último dia</translation>
    </message>
    <message>
        <source>print CSV</source>
        <translation>saída em CSV</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>utility id</source>
        <translation>id da distribuidora</translation>
    </message>
    <message>
        <source>station number</source>
        <translation>número do posto</translation>
    </message>
    <message>
        <source>VAT percent</source>
        <translation>percentagem de IVA</translation>
    </message>
    <message>
        <source>share of each payment towards debt</source>
        <translation>parte de cada pagamento destinada à dívida</translation>
    </message>
    <message>
        <source>usage: ampcard settings show|set ...</source>
        <translation>uso: ampcard settings show|set ...</translation>
    </message>
    <message>
        <source>--vat takes a percentage such as 16</source>
        <translation>--vat aceita uma percentagem como 16 (IVA)</translation>
    </message>
    <message>
        <source>--debt-percent takes a percentage such as 25</source>
        <translation>--debt-percent aceita uma percentagem como 25 (dívida)</translation>
    </message>
    <message>
        <source>utility %1, station number %2
</source>
        <translation>distribuidora %1, número do posto %2
</translation>
    </message>
    <message>
        <source>VAT %1 %, monthly fixed charge %2, minimum purchase %3
</source>
        <translation>IVA %1 %, taxa fixa mensal %2, compra mínima %3
</translation>
    </message>
    <message>
        <source>debt recovery %1 % of each payment
</source>
        <translation>recuperação de dívida %1 % de cada pagamento
</translation>
    </message>
    <message>
        <source>debt recovery up to %1 a purchase
</source>
        <translation>recuperação de dívida até %1 por compra
</translation>
    </message>
    <message>
        <source>hoarding limit %1, opening fee %2, replacement fee %3
</source>
        <translation>limite de acumulação %1, taxa de abertura %2, taxa de substituição %3
</translation>
    </message>
    <message>
        <source>keystore file</source>
        <translation>ficheiro do cofre de chaves</translation>
    </message>
    <message>
        <source>backup file to write</source>
        <translation>ficheiro de cópia de segurança a gravar</translation>
    </message>
    <message>
        <source>backup file to restore</source>
        <translation>ficheiro de cópia de segurança a restaurar</translation>
    </message>
    <message>
        <source>usage: ampcard keys backup --keystore FILE --to BACKUP | restore --keystore FILE --from BACKUP</source>
        <translation>uso: ampcard keys backup --keystore FILE --to BACKUP | restore --keystore FILE --from BACKUP (FILE: cofre de chaves)</translation>
    </message>
    <message>
        <source>Keystore passphrase: </source>
        <translation>Frase-passe do cofre de chaves: </translation>
    </message>
    <message>
        <source>Keys backed up to %1.</source>
        <translation>Chaves copiadas para %1.</translation>
    </message>
    <message>
        <source>Keys restored from %1.</source>
        <translation>Chaves restauradas de %1.</translation>
    </message>
    <message>
        <source>when the version takes effect (UTC)</source>
        <translation>quando a versão entra em vigor (UTC)</translation>
    </message>
    <message>
        <source>usage: ampcard plan add NAME TARIFF.json [--from TIME] | list NAME | assign GROUP NAME</source>
        <translation>uso: ampcard plan add NAME TARIFF.json [--from TIME] | list NAME | assign GROUP NAME (NAME: plano; TARIFF.json: ficheiro de tarifa)</translation>
    </message>
    <message>
        <source>--from takes a UTC time such as 2026-12-01T00:00</source>
        <translation>--from aceita uma hora UTC como 2026-12-01T00:00</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>não é possível ler %1</translation>
    </message>
    <message>
        <source>Plan %1 version %2 takes effect %3.</source>
        <translation>O plano %1 versão %2 entra em vigor %3.</translation>
    </message>
    <message>
        <source>Group %1 is on plan %2.</source>
        <translation>O grupo %1 está no plano %2.</translation>
    </message>
    <message>
        <source>There is no plan %1.</source>
        <translation>Não existe o plano %1.</translation>
    </message>
    <message>
        <source>%1 v%2 from %3: %4</source>
        <translation>%1 v%2 desde %3: %4</translation>
    </message>
    <message>
        <source>Which keystore? Give --keystore FILE or set AMPCARD_KEYSTORE.</source>
        <translation>Que cofre de chaves? Indique --keystore FILE ou defina AMPCARD_KEYSTORE.</translation>
    </message>
    <message>
        <source>Operator %1 is unlocked%2; the recovery is in the audit log.</source>
        <translation>O operador %1 foi desbloqueado%2; a recuperação está no registo de auditoria.</translation>
    </message>
    <message>
        <source> with a new password</source>
        <translation> com uma nova palavra-passe</translation>
    </message>
    <message>
        <source>cashier, installer, supervisor or administrator</source>
        <translation>cashier (caixa), installer (instalador), supervisor ou administrator (administrador)</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>nome completo</translation>
    </message>
    <message>
        <source>usage: ampcard operator add LOGIN --role cashier|installer|supervisor|administrator [--name NAME] | unlock LOGIN | recover LOGIN --keystore FILE</source>
        <translation>uso: ampcard operator add LOGIN --role cashier|installer|supervisor|administrator [--name NAME] | unlock LOGIN | recover LOGIN --keystore FILE (FILE: cofre de chaves)</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 pode voltar a iniciar sessão.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Nova palavra-passe para %1: </translation>
    </message>
    <message>
        <source>%1 added as %2.</source>
        <translation>%1 adicionado como %2.</translation>
    </message>
    <message>
        <source>receipt: the text of the receipt&apos;s QR code</source>
        <translation>receipt: o texto do código QR do recibo</translation>
    </message>
    <message>
        <source>receipt: print JSON</source>
        <translation>receipt: saída do recibo em JSON</translation>
    </message>
    <message>
        <source>usage: ampcard report NAME [ARGUMENT] (%1), or ampcard report receipt NUMBER | --qr TEXT</source>
        <translation>uso: ampcard report NAME [ARGUMENT] (%1), ou ampcard report receipt NUMBER | --qr TEXT (recibo por número ou pelo texto do código QR)</translation>
    </message>
    <message>
        <source>usage: ampcard report receipt NUMBER | --qr TEXT</source>
        <translation>uso: ampcard report receipt NUMBER | --qr TEXT (recibo por número ou pelo texto do código QR)</translation>
    </message>
    <message numerus="yes">
        <source>Meter %1: %n phase(s), plan %2, %3.</source>
        <translation>
            <numerusform>Contador %1: %n fase, plano %2, %3.</numerusform>
            <numerusform>Contador %1: %n fases, plano %2, %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 written for meter %2 (the card&apos;s issue number %3)</source>
        <translation>%1 gravado para o contador %2 (número de emissão do cartão %3)</translation>
    </message>
</context>
<context>
    <name>Currencies</name>
    <message>
        <source>Kenyan shilling</source>
        <translation>Xelim queniano</translation>
    </message>
    <message>
        <source>UAE dirham</source>
        <translation>Dirham dos EAU</translation>
    </message>
    <message>
        <source>Angolan kwanza</source>
        <translation>Kwanza angolano</translation>
    </message>
    <message>
        <source>Bangladeshi taka</source>
        <translation>Taka do Bangladesh</translation>
    </message>
    <message>
        <source>Bahraini dinar</source>
        <translation>Dinar do Barém</translation>
    </message>
    <message>
        <source>Congolese franc</source>
        <translation>Franco congolês</translation>
    </message>
    <message>
        <source>Chinese yuan</source>
        <translation>Yuan chinês</translation>
    </message>
    <message>
        <source>Algerian dinar</source>
        <translation>Dinar argelino</translation>
    </message>
    <message>
        <source>Egyptian pound</source>
        <translation>Libra egípcia</translation>
    </message>
    <message>
        <source>Ethiopian birr</source>
        <translation>Birr etíope</translation>
    </message>
    <message>
        <source>Euro</source>
        <translation>Euro</translation>
    </message>
    <message>
        <source>Pound sterling</source>
        <translation>Libra esterlina</translation>
    </message>
    <message>
        <source>Ghanaian cedi</source>
        <translation>Cedi ganês</translation>
    </message>
    <message>
        <source>Indonesian rupiah</source>
        <translation>Rupia indonésia</translation>
    </message>
    <message>
        <source>Indian rupee</source>
        <translation>Rupia indiana</translation>
    </message>
    <message>
        <source>Iraqi dinar</source>
        <translation>Dinar iraquiano</translation>
    </message>
    <message>
        <source>Jordanian dinar</source>
        <translation>Dinar jordano</translation>
    </message>
    <message>
        <source>Japanese yen</source>
        <translation>Iene japonês</translation>
    </message>
    <message>
        <source>Kuwaiti dinar</source>
        <translation>Dinar kuwaitiano</translation>
    </message>
    <message>
        <source>Libyan dinar</source>
        <translation>Dinar líbio</translation>
    </message>
    <message>
        <source>Moroccan dirham</source>
        <translation>Dirham marroquino</translation>
    </message>
    <message>
        <source>Malawian kwacha</source>
        <translation>Kwacha do Malawi</translation>
    </message>
    <message>
        <source>Mozambican metical</source>
        <translation>Metical moçambicano</translation>
    </message>
    <message>
        <source>Nigerian naira</source>
        <translation>Naira nigeriana</translation>
    </message>
    <message>
        <source>Omani rial</source>
        <translation>Rial omanense</translation>
    </message>
    <message>
        <source>Philippine peso</source>
        <translation>Peso filipino</translation>
    </message>
    <message>
        <source>Pakistani rupee</source>
        <translation>Rupia paquistanesa</translation>
    </message>
    <message>
        <source>Rwandan franc</source>
        <translation>Franco ruandês</translation>
    </message>
    <message>
        <source>Saudi riyal</source>
        <translation>Rial saudita</translation>
    </message>
    <message>
        <source>Tunisian dinar</source>
        <translation>Dinar tunisino</translation>
    </message>
    <message>
        <source>Tanzanian shilling</source>
        <translation>Xelim tanzaniano</translation>
    </message>
    <message>
        <source>Ugandan shilling</source>
        <translation>Xelim ugandês</translation>
    </message>
    <message>
        <source>US dollar</source>
        <translation>Dólar americano</translation>
    </message>
    <message>
        <source>Vietnamese dong</source>
        <translation>Dong vietnamita</translation>
    </message>
    <message>
        <source>Central African CFA franc</source>
        <translation>Franco CFA da África Central</translation>
    </message>
    <message>
        <source>West African CFA franc</source>
        <translation>Franco CFA da África Ocidental</translation>
    </message>
    <message>
        <source>South African rand</source>
        <translation>Rand sul-africano</translation>
    </message>
    <message>
        <source>Zambian kwacha</source>
        <translation>Kwacha zambiano</translation>
    </message>
    <message>
        <source>The currency &quot;%1&quot; is not one the station knows: use an ISO 4217 code from the list (for example KES, XOF or KWD).</source>
        <translation>A moeda &quot;%1&quot; não é conhecida pelo posto: use um código ISO 4217 da lista (por exemplo KES, XOF ou KWD).</translation>
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
      Altera só os campos indicados.
  ampcard customer import FILE.csv
      Colunas number,name[,address,phone,group]; todas as linhas ou nenhuma.
  ampcard customer find TEXT [--json]
      Clientes cujo número, nome, telefone ou morada contém TEXT.
      Cada um aceita [--ledger FILE] (o livro-razão) [--operator LOGIN].
</translation>
    </message>
    <message>
        <source>ampcard customer: unknown subcommand &quot;%1&quot;
</source>
        <translation>ampcard customer: subcomando desconhecido &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>Added customer %1 (%2).</source>
        <translation>Cliente %1 adicionado (%2).</translation>
    </message>
    <message>
        <source>usage: ampcard customer edit NUMBER [--name NAME] [--address A] [--phone P] [--group G]</source>
        <translation>uso: ampcard customer edit NUMBER [--name NAME] [--address A] [--phone P] [--group G]</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Não existe o cliente %1.</translation>
    </message>
    <message>
        <source>Changed customer %1 (%2).</source>
        <translation>Cliente %1 alterado (%2).</translation>
    </message>
    <message>
        <source>Give one CSV file to import.</source>
        <translation>Indique um ficheiro CSV a importar.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 lines checked</source>
        <translation>%1 de %2 linhas verificadas</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n customer(s).</source>
        <translation>
            <numerusform>Importado %n cliente.</numerusform>
            <numerusform>Importados %n clientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>saída em JSON</translation>
    </message>
    <message>
        <source>Give the text to look for.</source>
        <translation>Indique o texto a procurar.</translation>
    </message>
    <message>
        <source>No customer matches.</source>
        <translation>Nenhum cliente corresponde.</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>The customer number is empty.</source>
        <translation>O número de cliente está vazio.</translation>
    </message>
    <message>
        <source>The customer number &quot;%1&quot; starts or ends with a space.</source>
        <translation>O número de cliente &quot;%1&quot; começa ou termina com um espaço.</translation>
    </message>
    <message>
        <source>The customer&apos;s name is empty.</source>
        <translation>O nome do cliente está vazio.</translation>
    </message>
    <message>
        <source>A field is longer than %1 characters.</source>
        <translation>Um campo tem mais de %1 carateres.</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may add customers.</source>
        <translation>Só um instalador, supervisor ou administrador pode adicionar clientes.</translation>
    </message>
    <message>
        <source>There is already a customer with number %1.</source>
        <translation>Já existe um cliente com o número %1.</translation>
    </message>
    <message>
        <source>Cannot add the customer: %1</source>
        <translation>Não é possível adicionar o cliente: %1</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may change customers.</source>
        <translation>Só um instalador, supervisor ou administrador pode alterar clientes.</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Não existe o cliente %1.</translation>
    </message>
    <message>
        <source>Cannot change the customer: %1</source>
        <translation>Não é possível alterar o cliente: %1</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may import customers.</source>
        <translation>Só um instalador, supervisor ou administrador pode importar clientes.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Linha %1: um campo entre aspas nunca é fechado.</translation>
    </message>
    <message>
        <source>The file is empty: it needs the header number,name,address,phone,group.</source>
        <translation>O ficheiro está vazio: precisa do cabeçalho number,name,address,phone,group.</translation>
    </message>
    <message>
        <source>The first line must name the columns, with at least number and name.</source>
        <translation>A primeira linha tem de indicar as colunas, pelo menos number e name.</translation>
    </message>
    <message>
        <source>number %1 is also on line %2.</source>
        <translation>o número %1 também está na linha %2.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <source>... and more.</source>
        <translation>... e mais.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n line(s) need fixing.</source>
        <translation>
            <numerusform>Nada foi importado: %n linha precisa de correção.</numerusform>
            <numerusform>Nada foi importado: %n linhas precisam de correção.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation>Não é possível importar: %1</translation>
    </message>
    <message>
        <source>there is already a customer with number %1.</source>
        <translation>já existe um cliente com o número %1.</translation>
    </message>
</context>
<context>
    <name>Dlt645Master</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>não é possível abrir %1: %2</translation>
    </message>
</context>
<context>
    <name>Fees</name>
    <message>
        <source>VAT must be between 0 and 100 %.</source>
        <translation>O IVA tem de estar entre 0 e 100 %.</translation>
    </message>
    <message>
        <source>The debt share of a payment must be at least 0 and under 100 %.</source>
        <translation>A parte de um pagamento destinada à dívida tem de ser pelo menos 0 e inferior a 100 %.</translation>
    </message>
    <message>
        <source>Fee amounts cannot be negative.</source>
        <translation>Os valores das taxas não podem ser negativos.</translation>
    </message>
    <message>
        <source>%1 does not cover this month&apos;s fixed charge of %2.</source>
        <translation>%1 não cobre a taxa fixa deste mês, de %2.</translation>
    </message>
    <message>
        <source>Nothing of %1 is left for electricity after the charges.</source>
        <translation>Não resta nada de %1 para eletricidade depois das taxas.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>O valor tem de ser superior a zero.</translation>
    </message>
    <message>
        <source>The amount is too large for one sale.</source>
        <translation>O valor é demasiado elevado para uma só venda.</translation>
    </message>
    <message>
        <source>The least one can buy is %1.</source>
        <translation>O mínimo que se pode comprar é %1.</translation>
    </message>
    <message>
        <source>This purchase would take the meter above its limit of %1 (it holds about %2): sell less.</source>
        <translation>Esta compra levaria o contador acima do seu limite de %1 (tem cerca de %2): venda menos.</translation>
    </message>
    <message>
        <source>The energy must be more than zero.</source>
        <translation>A energia tem de ser superior a zero.</translation>
    </message>
    <message>
        <source>%1 is not an amount of cash: the currency is counted in units of %2.</source>
        <translation>%1 não é um valor em numerário: a moeda conta-se em unidades de %2.</translation>
    </message>
</context>
<context>
    <name>KeyCustody</name>
    <message>
        <source>%1 holds the keys of utility %2; this station sells for utility %3.</source>
        <translation>%1 contém as chaves da distribuidora %2; este posto vende para a distribuidora %3.</translation>
    </message>
    <message>
        <source>Only a supervisor or administrator may back up the keys.</source>
        <translation>Só um supervisor ou administrador pode fazer a cópia de segurança das chaves.</translation>
    </message>
    <message>
        <source>%1 exists already; a key backup never overwrites a file.</source>
        <translation>%1 já existe; uma cópia de segurança das chaves nunca substitui um ficheiro.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Não é possível gravar %1.</translation>
    </message>
    <message>
        <source>The copy %1 does not open: it was removed.</source>
        <translation>A cópia %1 não abre: foi removida.</translation>
    </message>
    <message>
        <source>Only a supervisor or administrator may restore the keys.</source>
        <translation>Só um supervisor ou administrador pode restaurar as chaves.</translation>
    </message>
    <message>
        <source>Cannot copy %1 beside the keystore.</source>
        <translation>Não é possível copiar %1 para junto do cofre de chaves.</translation>
    </message>
    <message>
        <source>Cannot move the current keystore aside.</source>
        <translation>Não é possível pôr de lado o cofre de chaves atual.</translation>
    </message>
    <message>
        <source>Cannot put the backup in place.</source>
        <translation>Não é possível colocar a cópia de segurança no lugar.</translation>
    </message>
    <message>
        <source>Only a supervisor or administrator may change the keystore passphrase.</source>
        <translation>Só um supervisor ou administrador pode alterar a frase-passe do cofre de chaves.</translation>
    </message>
    <message>
        <source>The new passphrase needs 8 characters or more.</source>
        <translation>A nova frase-passe precisa de 8 ou mais carateres.</translation>
    </message>
    <message>
        <source>The new passphrase is the old one.</source>
        <translation>A nova frase-passe é igual à antiga.</translation>
    </message>
    <message>
        <source>Cannot change the passphrase: %1</source>
        <translation>Não é possível alterar a frase-passe: %1</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>The ledger file is damaged: restore the newest backup (Administration or &quot;ampcard restore&quot;) and keep this file for the auditors.</source>
        <translation>O ficheiro do livro-razão está danificado: restaure a cópia de segurança mais recente (Administração ou &quot;ampcard restore&quot;) e guarde este ficheiro para os auditores.</translation>
    </message>
    <message>
        <source>The disk holding the ledger is full: free space on it.</source>
        <translation>O disco do livro-razão está cheio: liberte espaço nele.</translation>
    </message>
    <message>
        <source>The ledger is busy: another program (a second station window or the ampcard tool) is writing to it. Nothing was recorded; try again in a moment.</source>
        <translation>O livro-razão está ocupado: outro programa (uma segunda janela do posto ou a ferramenta ampcard) está a gravar nele. Nada foi registado; tente novamente daqui a pouco.</translation>
    </message>
    <message>
        <source>There is no ledger at %1. Create one with &quot;ampcard init&quot;.</source>
        <translation>Não existe livro-razão em %1. Crie um com &quot;ampcard init&quot;.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Não é possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>Cannot open the ledger %1: %2</source>
        <translation>Não é possível abrir o livro-razão %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a ledger (or it is damaged): %2</source>
        <translation>%1 não é um livro-razão (ou está danificado): %2</translation>
    </message>
    <message>
        <source>The ledger %1 has schema version %2; this program knows up to %3. Install the newer Ampcard that wrote it.</source>
        <translation>O livro-razão %1 tem a versão de esquema %2; este programa conhece até à %3. Instale o Ampcard mais recente que o gravou.</translation>
    </message>
    <message>
        <source>%1 is an SQLite file but not an Ampcard ledger.</source>
        <translation>%1 é um ficheiro SQLite mas não um livro-razão Ampcard.</translation>
    </message>
    <message>
        <source>Cannot set up the ledger %1: %2</source>
        <translation>Não é possível preparar o livro-razão %1: %2</translation>
    </message>
    <message>
        <source>Cannot bring the ledger %1 to schema version %2: %3</source>
        <translation>Não é possível levar o livro-razão %1 à versão de esquema %2: %3</translation>
    </message>
    <message>
        <source>The ledger %1 has no station id: it is damaged.</source>
        <translation>O livro-razão %1 não tem identificador de posto: está danificado.</translation>
    </message>
    <message>
        <source>The keystore did not give a ledger key.</source>
        <translation>O cofre de chaves não forneceu uma chave do livro-razão.</translation>
    </message>
    <message>
        <source>This keystore did not seal this ledger (audit line %1 does not verify under its key): it holds another master key, or the line was edited. Run &quot;ampcard ledger verify&quot;.</source>
        <translation>Este cofre de chaves não selou este livro-razão (a linha de auditoria %1 não passa na verificação com a sua chave): contém outra chave mestra, ou a linha foi editada. Execute &quot;ampcard ledger verify&quot;.</translation>
    </message>
    <message>
        <source>The ledger is busy or read-only: %1</source>
        <translation>O livro-razão está ocupado ou só de leitura: %1</translation>
    </message>
    <message>
        <source>the journal and the audit log are sealed with the station&apos;s key from here on</source>
        <translation>o diário e o registo de auditoria são selados com a chave do posto a partir daqui</translation>
    </message>
    <message>
        <source>Cannot key the ledger: %1</source>
        <translation>Não é possível associar a chave ao livro-razão: %1</translation>
    </message>
    <message>
        <source>Money is written to the ledger only sealed with the station&apos;s key: unlock the keystore first.</source>
        <translation>O dinheiro só é gravado no livro-razão selado com a chave do posto: desbloqueie primeiro o cofre de chaves.</translation>
    </message>
    <message>
        <source>Cannot write to the ledger: %1</source>
        <translation>Não é possível gravar no livro-razão: %1</translation>
    </message>
    <message>
        <source>Operators, settings and tariffs of this ledger change only sealed with the station&apos;s key: unlock the keystore first (--keystore, AMPCARD_PASSPHRASE).</source>
        <translation>Os operadores, as configurações e as tarifas deste livro-razão só mudam selados com a chave do posto: desbloqueie primeiro o cofre de chaves (--keystore, AMPCARD_PASSPHRASE).</translation>
    </message>
    <message>
        <source>Cannot write to the audit log: %1</source>
        <translation>Não é possível gravar no registo de auditoria: %1</translation>
    </message>
    <message>
        <source>Cannot seal the station&apos;s state: %1</source>
        <translation>Não é possível selar o estado do posto: %1</translation>
    </message>
    <message>
        <source>Cannot store the setting %1: %2</source>
        <translation>Não é possível guardar a configuração %1: %2</translation>
    </message>
    <message>
        <source>The setting %1 is the ledger&apos;s own.</source>
        <translation>A configuração %1 é própria do livro-razão.</translation>
    </message>
    <message>
        <source>Settings of this ledger change only sealed with the station&apos;s key: unlock the keystore first (--keystore, AMPCARD_PASSPHRASE).</source>
        <translation>As configurações deste livro-razão só mudam seladas com a chave do posto: desbloqueie primeiro o cofre de chaves (--keystore, AMPCARD_PASSPHRASE).</translation>
    </message>
    <message>
        <source>The journal cannot be read: %1</source>
        <translation>O diário não pode ser lido: %1</translation>
    </message>
    <message>
        <source>Entry %1 follows entry %2: the entries between were removed.</source>
        <translation>A entrada %1 segue-se à entrada %2: as entradas intermédias foram removidas.</translation>
    </message>
    <message>
        <source>Entry %1 does not follow the entry before it: an entry was replaced or its seal rewritten.</source>
        <translation>A entrada %1 não se segue à entrada anterior: uma entrada foi substituída ou o seu selo reescrito.</translation>
    </message>
    <message>
        <source>Entry %1 does not match its seal: it was edited after it was written (a seal computed again without the station&apos;s key does not verify).</source>
        <translation>A entrada %1 não corresponde ao seu selo: foi editada depois de gravada (um selo recalculado sem a chave do posto não passa na verificação).</translation>
    </message>
    <message>
        <source>Entry %1 is not sealed with the station&apos;s key, though the journal is sealed from entry %2: it was written outside the station.</source>
        <translation>A entrada %1 não está selada com a chave do posto, embora o diário esteja selado desde a entrada %2: foi gravada fora do posto.</translation>
    </message>
    <message>
        <source>Entry %1 does not match its hash: it was edited after it was written.</source>
        <translation>A entrada %1 não corresponde ao seu hash: foi editada depois de gravada.</translation>
    </message>
    <message>
        <source>The journal ends at entry %1 but its head records %2: the newest entries were removed.</source>
        <translation>O diário termina na entrada %1 mas o seu topo regista %2: as entradas mais recentes foram removidas.</translation>
    </message>
    <message>
        <source>Entries 1 to %1 were written before the journal was keyed; they are held by the seals after them.</source>
        <translation>As entradas 1 a %1 foram gravadas antes de o diário ter chave; estão garantidas pelos selos seguintes.</translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>O registo de auditoria não pode ser lido: %1</translation>
    </message>
    <message>
        <source>Audit line %1 is not chained, though the audit log is chained before it: it was written outside the station.</source>
        <translation>A linha de auditoria %1 não está encadeada, embora o registo de auditoria esteja encadeado antes dela: foi gravada fora do posto.</translation>
    </message>
    <message>
        <source>Audit line %1 follows line %2: the lines between were removed.</source>
        <translation>A linha de auditoria %1 segue-se à linha %2: as linhas intermédias foram removidas.</translation>
    </message>
    <message>
        <source>Audit line %1 does not follow the line before it: a line was replaced or its seal rewritten.</source>
        <translation>A linha de auditoria %1 não se segue à linha anterior: uma linha foi substituída ou o seu selo reescrito.</translation>
    </message>
    <message>
        <source>Audit line %1 (%2) does not match its seal: it was edited after it was written.</source>
        <translation>A linha de auditoria %1 (%2) não corresponde ao seu selo: foi editada depois de gravada.</translation>
    </message>
    <message>
        <source>Audit line %1 (%2) does not match its hash: it was edited after it was written.</source>
        <translation>A linha de auditoria %1 (%2) não corresponde ao seu hash: foi editada depois de gravada.</translation>
    </message>
    <message>
        <source>Audit line %1 (%2) changes operators, settings or tariffs without the station&apos;s key, though the ledger is keyed from line %3: it was written outside the station.</source>
        <translation>A linha de auditoria %1 (%2) altera operadores, configurações ou tarifas sem a chave do posto, embora o livro-razão tenha chave desde a linha %3: foi gravada fora do posto.</translation>
    </message>
    <message>
        <source>The audit log ends at line %1 but its head records %2: the newest lines were removed.</source>
        <translation>O registo de auditoria termina na linha %1 mas o seu topo regista %2: as linhas mais recentes foram removidas.</translation>
    </message>
    <message numerus="yes">
        <source>%n audit line(s) from before the audit log was chained are not covered.</source>
        <translation>
            <numerusform>%n linha de auditoria anterior ao encadeamento do registo de auditoria não está coberta.</numerusform>
            <numerusform>%n linhas de auditoria anteriores ao encadeamento do registo de auditoria não estão cobertas.</numerusform>
        </translation>
    </message>
    <message>
        <source>This ledger was never opened with the keystore: its lines are chained but not sealed with the station&apos;s key.</source>
        <translation>Este livro-razão nunca foi aberto com o cofre de chaves: as suas linhas estão encadeadas mas não seladas com a chave do posto.</translation>
    </message>
    <message numerus="yes">
        <source>%n audit line(s) after the ledger was keyed were written without the keystore (sign-ins, customer and meter records at the command line): their place in the chain is checked, their author is not.</source>
        <translation>
            <numerusform>%n linha de auditoria posterior à chave do livro-razão foi gravada sem o cofre de chaves (inícios de sessão, registos de clientes e contadores na linha de comandos): a sua posição na cadeia é verificada, o seu autor não.</numerusform>
            <numerusform>%n linhas de auditoria posteriores à chave do livro-razão foram gravadas sem o cofre de chaves (inícios de sessão, registos de clientes e contadores na linha de comandos): a sua posição na cadeia é verificada, o seu autor não.</numerusform>
        </translation>
    </message>
    <message>
        <source>The protected tables cannot be read: %1</source>
        <translation>As tabelas protegidas não podem ser lidas: %1</translation>
    </message>
    <message>
        <source>The table %1 differs from what audit line %2 sealed: it was changed outside the station.</source>
        <translation>A tabela %1 difere do que a linha de auditoria %2 selou: foi alterada fora do posto.</translation>
    </message>
    <message>
        <source>Audit line %1 (%2) changes operators, settings or tariffs without the station&apos;s key: it was written outside the station.</source>
        <translation>A linha de auditoria %1 (%2) altera operadores, configurações ou tarifas sem a chave do posto: foi gravada fora do posto.</translation>
    </message>
    <message>
        <source>The ledger file is damaged: %1. Restore the newest backup; keep this file for the auditors.</source>
        <translation>O ficheiro do livro-razão está danificado: %1. Restaure a cópia de segurança mais recente; guarde este ficheiro para os auditores.</translation>
    </message>
    <message numerus="yes">
        <source>Checked without the keystore: the links of %n line(s) hold, but their seals were not checked, so a line edited and sealed again by hand cannot be told from the original. Give the keystore (--keystore, AMPCARD_PASSPHRASE) to check them.</source>
        <translation>
            <numerusform>Verificado sem o cofre de chaves: as ligações de %n linha mantêm-se, mas os selos não foram verificados, por isso uma linha editada e selada de novo à mão não se distingue do original. Forneça o cofre de chaves (--keystore, AMPCARD_PASSPHRASE) para os verificar.</numerusform>
            <numerusform>Verificado sem o cofre de chaves: as ligações de %n linhas mantêm-se, mas os selos não foram verificados, por isso uma linha editada e selada de novo à mão não se distingue do original. Forneça o cofre de chaves (--keystore, AMPCARD_PASSPHRASE) para os verificar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sales cannot be checked against the journal: %1</source>
        <translation>As vendas não podem ser conferidas com o diário: %1</translation>
    </message>
    <message>
        <source>Journal entry %1 (%2 %3) has no sales row: the row was removed.</source>
        <translation>A entrada do diário %1 (%2 %3) não tem linha de vendas: a linha foi removida.</translation>
    </message>
    <message>
        <source>Sale %1 is &quot;%2&quot; though journal entry %3 records it taken: its state was changed.</source>
        <translation>A venda %1 tem o estado &quot;%2&quot;, embora a entrada do diário %3 a registe como cobrada: o seu estado foi alterado.</translation>
    </message>
    <message>
        <source>Sale %1 is marked cancelled but no completed cancellation refers to it: its state was changed.</source>
        <translation>A venda %1 está marcada como cancelada mas nenhum cancelamento concluído se refere a ela: o seu estado foi alterado.</translation>
    </message>
    <message>
        <source>Sale %1 counts as taken but has no journal entry: it was not sold here.</source>
        <translation>A venda %1 conta como cobrada mas não tem entrada no diário: não foi vendida aqui.</translation>
    </message>
    <message>
        <source>Sale %1 differs from journal entry %2 in %3: the sales row was edited.</source>
        <translation>A venda %1 difere da entrada do diário %2 em %3: a linha de vendas foi editada.</translation>
    </message>
    <message>
        <source>the sale it belongs to</source>
        <translation>a venda a que pertence</translation>
    </message>
    <message>
        <source>the amount paid</source>
        <translation>o valor pago</translation>
    </message>
    <message>
        <source>the energy</source>
        <translation>a energia</translation>
    </message>
    <message>
        <source>the operator</source>
        <translation>o operador</translation>
    </message>
    <message>
        <source>the receipt</source>
        <translation>o recibo</translation>
    </message>
    <message>
        <source>the time of sale</source>
        <translation>a hora da venda</translation>
    </message>
    <message>
        <source>the fixed charge</source>
        <translation>a taxa fixa</translation>
    </message>
    <message>
        <source>the debt recovered</source>
        <translation>a dívida recuperada</translation>
    </message>
    <message>
        <source>the VAT</source>
        <translation>o IVA</translation>
    </message>
    <message>
        <source>the credit</source>
        <translation>o crédito</translation>
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
      Cria um novo livro-razão (por omissão: a pasta de dados do utilizador) e o seu
      primeiro administrador (palavra-passe de AMPCARD_PASSWORD ou pedida no terminal).
  ampcard ledger verify [--operator LOGIN] [--ledger FILE] [--keystore FILE]
      [--anchor SEQ:HASH] [--json]
      Verifica o livro-razão: o diário selado e o registo de auditoria, os operadores,
      as configurações e as tarifas contra o seu selo, as vendas contra o diário;
      indica a primeira quebra. Os selos só são verificados com o cofre de chaves
      (frase-passe de AMPCARD_PASSPHRASE ou pedida no terminal); sem ele, indica o que não pôde verificar.
  ampcard backup --to FILE [--operator LOGIN] [--ledger FILE]
      Copia o livro-razão (mesmo em uso) e verifica a cópia.
  ampcard restore --from FILE --operator LOGIN [--keystore FILE] [--ledger FILE]
      Substitui o livro-razão por uma cópia de segurança deste posto que passa na
      verificação com a sua chave e partilha o seu histórico; assina um administrador
      do livro-razão atual (só o cofre de chaves quando o ficheiro atual não pode ser lido);
      o livro-razão substituído fica guardado ao lado.
</translation>
    </message>
    <message>
        <source>ledger file</source>
        <translation>ficheiro do livro-razão</translation>
    </message>
    <message>
        <source>first administrator&apos;s login</source>
        <translation>utilizador do primeiro administrador</translation>
    </message>
    <message>
        <source>first administrator&apos;s name</source>
        <translation>nome do primeiro administrador</translation>
    </message>
    <message>
        <source>Give the first administrator&apos;s login with --admin LOGIN.</source>
        <translation>Indique o utilizador do primeiro administrador com --admin LOGIN.</translation>
    </message>
    <message>
        <source>%1 already exists; init makes a new ledger only.</source>
        <translation>%1 já existe; init só cria um livro-razão novo.</translation>
    </message>
    <message>
        <source>Password for the administrator %1: </source>
        <translation>Palavra-passe para o administrador %1: </translation>
    </message>
    <message>
        <source>No password: set AMPCARD_PASSWORD or run in a terminal.</source>
        <translation>Sem palavra-passe: defina AMPCARD_PASSWORD ou execute num terminal.</translation>
    </message>
    <message>
        <source>Created the ledger %1 (station %2) with administrator %3.</source>
        <translation>Criado o livro-razão %1 (posto %2) com o administrador %3.</translation>
    </message>
    <message>
        <source>ampcard ledger: unknown subcommand &quot;%1&quot;
</source>
        <translation>ampcard ledger: subcomando do livro-razão desconhecido &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>saída em JSON</translation>
    </message>
    <message>
        <source>a journal head printed on paper (a Z report): SEQ:HASH, the hash or its first 16 hex digits or more</source>
        <translation>um topo do diário impresso em papel (um relatório Z): SEQ:HASH, o hash ou os seus primeiros 16 ou mais algarismos hexadecimais</translation>
    </message>
    <message>
        <source>--anchor: give SEQ:HASH as the Z report prints it (at least 16 hex digits of the hash).</source>
        <translation>--anchor: indique SEQ:HASH tal como o relatório Z o imprime (pelo menos 16 algarismos hexadecimais do hash).</translation>
    </message>
    <message>
        <source>The journal does not hold entry %1 as it was printed (%2): the entries up to it were removed, replaced or the whole file swapped.</source>
        <translation>O diário não contém a entrada %1 tal como foi impressa (%2): as entradas até ela foram removidas ou substituídas, ou o ficheiro inteiro foi trocado.</translation>
    </message>
    <message>
        <source>Entry %1 is as printed on paper (%2).</source>
        <translation>A entrada %1 está como impressa em papel (%2).</translation>
    </message>
    <message>
        <source>BROKEN at entry %1 of %2: %3</source>
        <translation>QUEBRADO na entrada %1 de %2: %3</translation>
    </message>
    <message>
        <source>BROKEN: %1</source>
        <translation>QUEBRADO: %1</translation>
    </message>
    <message numerus="yes">
        <source>The ledger is whole: %n entries and %1 audit lines verified with the station&apos;s key; the protected tables and the sales agree with them.</source>
        <translation>
            <numerusform>O livro-razão está íntegro: %n entrada e %1 linhas de auditoria verificadas com a chave do posto; as tabelas protegidas e as vendas coincidem com elas.</numerusform>
            <numerusform>O livro-razão está íntegro: %n entradas e %1 linhas de auditoria verificadas com a chave do posto; as tabelas protegidas e as vendas coincidem com elas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The links hold: %n entries and %1 audit lines; the protected tables and the sales agree with them.</source>
        <translation>
            <numerusform>As ligações mantêm-se: %n entrada e %1 linhas de auditoria; as tabelas protegidas e as vendas coincidem com elas.</numerusform>
            <numerusform>As ligações mantêm-se: %n entradas e %1 linhas de auditoria; as tabelas protegidas e as vendas coincidem com elas.</numerusform>
        </translation>
    </message>
    <message>
        <source>backup file</source>
        <translation>ficheiro de cópia de segurança</translation>
    </message>
    <message>
        <source>Say where the backup goes with --to FILE.</source>
        <translation>Indique o destino da cópia de segurança com --to FILE.</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n journal entries to %1; head %2.</source>
        <translation>
            <numerusform>Copiada %n entrada do diário para %1; topo %2.</numerusform>
            <numerusform>Copiadas %n entradas do diário para %1; topo %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Name the backup with --from FILE.</source>
        <translation>Indique a cópia de segurança com --from FILE.</translation>
    </message>
    <message>
        <source>Who is signing in? Give --operator LOGIN or set AMPCARD_OPERATOR.</source>
        <translation>Quem está a iniciar sessão? Indique --operator LOGIN ou defina AMPCARD_OPERATOR.</translation>
    </message>
    <message>
        <source>Which keystore? Give --keystore FILE or set AMPCARD_KEYSTORE: a restore checks the backup with the station&apos;s key.</source>
        <translation>Que cofre de chaves? Indique --keystore FILE ou defina AMPCARD_KEYSTORE: um restauro verifica a cópia de segurança com a chave do posto.</translation>
    </message>
    <message>
        <source>Keystore passphrase: </source>
        <translation>Frase-passe do cofre de chaves: </translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Palavra-passe para %1: </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n journal entries into %1; head %2.</source>
        <translation>
            <numerusform>Restaurada %n entrada do diário em %1; topo %2.</numerusform>
            <numerusform>Restauradas %n entradas do diário em %1; topo %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The replaced ledger is kept as %1.</source>
        <translation>O livro-razão substituído fica guardado como %1.</translation>
    </message>
</context>
<context>
    <name>MeterCommand</name>
    <message>
        <source>Serial port.</source>
        <translation>Porta série.</translation>
    </message>
    <message>
        <source>Baud rate.</source>
        <translation>Velocidade (baud).</translation>
    </message>
    <message>
        <source>Meter address (12 digits).</source>
        <translation>Endereço do contador (12 algarismos).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Saída em JSON.</translation>
    </message>
    <message>
        <source>Level-02 password (wire order).</source>
        <translation>Palavra-passe de nível 02 (ordem na linha).</translation>
    </message>
    <message>
        <source>Keystore to derive the meter&apos;s password from.</source>
        <translation>Cofre de chaves de onde derivar a palavra-passe do contador.</translation>
    </message>
    <message>
        <source>Key version of the meter.</source>
        <translation>Versão da chave do contador.</translation>
    </message>
    <message>
        <source>Operator code.</source>
        <translation>Código do operador.</translation>
    </message>
    <message>
        <source>Command valid for M minutes.</source>
        <translation>Comando válido durante M minutos.</translation>
    </message>
    <message>
        <source>Time to broadcast.</source>
        <translation>Hora a difundir.</translation>
    </message>
    <message>
        <source>--port TTY is required</source>
        <translation>--port TTY é obrigatório</translation>
    </message>
    <message>
        <source>--baud must be a positive number</source>
        <translation>--baud tem de ser um número positivo</translation>
    </message>
    <message>
        <source>--meter must be up to 12 digits</source>
        <translation>--meter tem de ter até 12 algarismos (número do contador)</translation>
    </message>
    <message>
        <source>ampcard meter: unknown subcommand &quot;%1&quot;</source>
        <translation>ampcard meter: subcomando do contador desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no answer from a meter: %1</source>
        <translation>sem resposta de um contador: %1</translation>
    </message>
    <message>
        <source>give at least one data identifier, e.g. 00010000</source>
        <translation>indique pelo menos um identificador de dados, p. ex. 00010000</translation>
    </message>
    <message>
        <source>refused (error word %1)</source>
        <translation>recusado (palavra de erro %1)</translation>
    </message>
    <message>
        <source>no answer from the meter: %1</source>
        <translation>sem resposta do contador: %1</translation>
    </message>
    <message>
        <source>usage: ampcard meter relay --port TTY --meter N COMMAND</source>
        <translation>uso: ampcard meter relay --port TTY --meter N COMMAND (comando do relé do contador N)</translation>
    </message>
    <message>
        <source>give the keystore (--keystore FILE) or the meter&apos;s level-02 password (--password HEX6)</source>
        <translation>indique o cofre de chaves (--keystore FILE) ou a palavra-passe de nível 02 do contador (--password HEX6)</translation>
    </message>
    <message>
        <source>--meter must be the meter number, --key-version 0 to 255</source>
        <translation>--meter tem de ser o número do contador, --key-version de 0 a 255</translation>
    </message>
    <message>
        <source>Keystore passphrase: </source>
        <translation>Frase-passe do cofre de chaves: </translation>
    </message>
    <message>
        <source>--password takes 6 hex digits, --operator 8, --valid-minutes a number</source>
        <translation>--password aceita 6 algarismos hexadecimais, --operator 8, --valid-minutes um número</translation>
    </message>
    <message>
        <source>the meter refused (error word %1%2)</source>
        <translation>o contador recusou (palavra de erro %1%2)</translation>
    </message>
    <message>
        <source>: password</source>
        <translation>: palavra-passe</translation>
    </message>
    <message>
        <source>relay: %1 done</source>
        <translation>relé: %1 concluído</translation>
    </message>
    <message>
        <source>--set takes now or YYYY-MM-DDTHH:MM[:SS]</source>
        <translation>--set aceita now ou YYYY-MM-DDTHH:MM[:SS]</translation>
    </message>
    <message>
        <source>broadcast %1</source>
        <translation>difusão %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a data identifier of 8 hex digits nor the name of one (docs/dlt645.md)</source>
        <translation>&quot;%1&quot; não é um identificador de dados de 8 algarismos hexadecimais nem o nome de um (docs/dlt645.md)</translation>
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
      Lê o endereço do contador na porta (DL/T645 0x13).
  ampcard meter read --port TTY [--baud 2400] [--meter N] [--json] DI...
      Lê identificadores de dados: 8 algarismos hexadecimais (00010000) ou um nome da tabela
      de docs/dlt645.md (forward-energy, forward-energy:1 para o último apuramento,
      remaining-credit...).
  ampcard meter relay --port TTY --meter N COMMAND (--keystore FILE | --password HEX6)
      [--operator HEX8] [--valid-minutes M]   COMMAND: trip, allow, close, alarm,
      alarm-release, keep-power, keep-power-release
      Comanda o relé do contador (DL/T645 0x1C com a palavra-passe de nível 02 do
      contador, derivada da chave mestra do cofre de chaves).
  ampcard meter time --port TTY [--meter N] [--set now|YYYY-MM-DDTHH:MM[:SS]]
      Lê o relógio do contador, ou difunde uma hora a todos os contadores da linha.
  ampcard meter push-tariff --meter NUMBER [--port TTY] [--baud 2400] [--json]
      [--ledger FILE] [--operator LOGIN] [--keystore FILE]
      Envia já ao contador a tarifa do plano do contador, selada no seu espaço de
      sequência (DL/T645 0x03), e regulariza-a pelo registo selado do contador. A porta
      por omissão é a linha do contador definida em Administração (--ledger: o
      livro-razão; --keystore: o cofre de chaves).
</translation>
    </message>
    <message>
        <source>meter number (12 digits)</source>
        <translation>número do contador (12 algarismos)</translation>
    </message>
    <message>
        <source>serial port of the meter&apos;s line (DL/T645)</source>
        <translation>porta série da linha do contador (DL/T645)</translation>
    </message>
    <message>
        <source>baud rate of the meter&apos;s line</source>
        <translation>velocidade (baud) da linha do contador</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>saída em JSON</translation>
    </message>
    <message>
        <source>No meter line is configured for meter %1: give --port TTY, or set the meter line in Administration.</source>
        <translation>Não está configurada nenhuma linha do contador para o contador %1: indique --port TTY ou defina a linha do contador em Administração.</translation>
    </message>
    <message>
        <source>Cannot use the meter line %1: %2</source>
        <translation>Não é possível usar a linha do contador %1: %2</translation>
    </message>
    <message>
        <source>Meter %1 already runs plan %2: nothing was sent.</source>
        <translation>O contador %1 já usa o plano %2: nada foi enviado.</translation>
    </message>
    <message>
        <source>Meter %1 loaded plan %2 (tariff %3, from %4) at sequence %5: push %6.</source>
        <translation>O contador %1 carregou o plano %2 (tarifa %3, desde %4) na sequência %5: envio %6.</translation>
    </message>
    <message>
        <source>  ampcard meter push-tariff --plan NAME [--port TTY] [--baud 2400] [--json] ...
      The same for every active meter of plan NAME on the line, one after another:
      a line for each meter, and a meter that does not answer or refuses does not
      stop the others (exit status 1 when any of them did not take the tariff).
</source>
        <translation>  ampcard meter push-tariff --plan NAME [--port TTY] [--baud 2400] [--json] ...
      O mesmo para cada contador ativo do plano NAME na linha, um após o outro:
      uma linha por contador, e um contador que não responde ou recusa não
      para os outros (código de saída 1 quando algum deles não recebeu a tarifa).
</translation>
    </message>
    <message>
        <source>every active meter of this tariff plan</source>
        <translation>cada contador ativo deste plano de tarifa</translation>
    </message>
    <message>
        <source>usage: ampcard meter push-tariff (--meter NUMBER | --plan NAME) [--port TTY]</source>
        <translation>uso: ampcard meter push-tariff (--meter NUMBER | --plan NAME) [--port TTY]</translation>
    </message>
    <message>
        <source>No meter line is configured for the meters of plan %1: give --port TTY, or set the meter line in Administration.</source>
        <translation>Não está configurada nenhuma linha do contador para os contadores do plano %1: indique --port TTY ou defina a linha do contador em Administração.</translation>
    </message>
    <message>
        <source>No active meter is on plan %1: nothing was sent.</source>
        <translation>Nenhum contador ativo está no plano %1: nada foi enviado.</translation>
    </message>
    <message>
        <source>Meter %1: %2</source>
        <translation>Contador %1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 meters of plan %3 run its tariff now.</source>
        <translation>%1 de %2 contadores do plano %3 aplicam agora a sua tarifa.</translation>
    </message>
</context>
<context>
    <name>Meters</name>
    <message>
        <source>Only an installer, supervisor or administrator may register meters.</source>
        <translation>Só um instalador, supervisor ou administrador pode registar contadores.</translation>
    </message>
    <message>
        <source>A meter number has 12 digits; &quot;%1&quot; does not.</source>
        <translation>Um número de contador tem 12 algarismos; &quot;%1&quot; não tem.</translation>
    </message>
    <message>
        <source>A meter has 1 or 3 phases.</source>
        <translation>Um contador tem 1 ou 3 fases.</translation>
    </message>
    <message>
        <source>The key version is 1 to 255.</source>
        <translation>A versão da chave vai de 1 a 255.</translation>
    </message>
    <message>
        <source>There is no tariff plan &quot;%1&quot;.</source>
        <translation>Não existe o plano de tarifa &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot read the customers: %1</source>
        <translation>Não é possível ler os clientes: %1</translation>
    </message>
    <message>
        <source>There is no customer with number %1.</source>
        <translation>Não existe nenhum cliente com o número %1.</translation>
    </message>
    <message>
        <source>Meter %1 is already registered.</source>
        <translation>O contador %1 já está registado.</translation>
    </message>
    <message>
        <source>Cannot register the meter: %1</source>
        <translation>Não é possível registar o contador: %1</translation>
    </message>
    <message>
        <source>Only an installer, supervisor or administrator may change meters.</source>
        <translation>Só um instalador, supervisor ou administrador pode trocar contadores.</translation>
    </message>
    <message>
        <source>Meter %1 is not registered.</source>
        <translation>O contador %1 não está registado.</translation>
    </message>
    <message>
        <source>Meter %1 was removed (replaced by %2).</source>
        <translation>O contador %1 foi retirado (substituído pelo %2).</translation>
    </message>
    <message>
        <source>A meter is active or suspended; a meter change removes one.</source>
        <translation>Um contador está ativo ou suspenso; uma troca de contador retira um.</translation>
    </message>
    <message>
        <source>Cannot change the meter: %1</source>
        <translation>Não é possível alterar o contador: %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ativo</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspenso</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removido</translation>
    </message>
</context>
<context>
    <name>MoneyFormat</name>
    <message>
        <source>%1 is too large an amount.</source>
        <translation>%1 é um valor demasiado elevado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: write it like %2.</source>
        <translation>&quot;%1&quot; não é um valor: escreva-o como %2.</translation>
    </message>
    <message>
        <source>Enter an amount, like %1.</source>
        <translation>Introduza um valor, como %1.</translation>
    </message>
    <message>
        <source>%1 has no decimals: enter a whole amount.</source>
        <translation>%1 não tem casas decimais: introduza um valor inteiro.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is counted to %n decimal place(s): %2 has more.</source>
        <translation>
            <numerusform>%1 conta-se com %n casa decimal: %2 tem mais.</numerusform>
            <numerusform>%1 conta-se com %n casas decimais: %2 tem mais.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkCommand</name>
    <message>
        <source>the server</source>
        <translation>o servidor</translation>
    </message>
    <message>
        <source>station number</source>
        <translation>número do posto</translation>
    </message>
    <message>
        <source>usage: ampcard network join --server URL --station N</source>
        <translation>uso: ampcard network join --server URL --station N (N: número do posto)</translation>
    </message>
    <message>
        <source>--server URL and --station N are required</source>
        <translation>--server URL e --station N são obrigatórios</translation>
    </message>
    <message>
        <source>--station takes a station number from 1, not &quot;%1&quot;</source>
        <translation>--station aceita um número de posto a partir de 1, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Only an administrator joins the station to a server.</source>
        <translation>Só um administrador associa o posto a um servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s password for station %1: </source>
        <translation>Palavra-passe do servidor para o posto %1: </translation>
    </message>
    <message>
        <source>Cannot join the server: %1</source>
        <translation>Não é possível associar-se ao servidor: %1</translation>
    </message>
    <message>
        <source>Joined the server as station %1; uploading this ledger&apos;s history…</source>
        <translation>Associado ao servidor como posto %1; a enviar o histórico deste livro-razão…</translation>
    </message>
    <message>
        <source>Uploaded %1 journal entries and %2 audit lines.</source>
        <translation>Enviadas %1 entradas do diário e %2 linhas de auditoria.</translation>
    </message>
    <message>
        <source>the ledger</source>
        <translation>o livro-razão</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>saída em JSON</translation>
    </message>
    <message>
        <source>keep pushing, for a service</source>
        <translation>continuar a enviar, como serviço</translation>
    </message>
    <message>
        <source>seconds between rounds of the daemon</source>
        <translation>segundos entre as rondas do serviço</translation>
    </message>
    <message>
        <source>This station has not joined a server: run `ampcard network join`.</source>
        <translation>Este posto não está associado a nenhum servidor: execute `ampcard network join`.</translation>
    </message>
    <message>
        <source>Station %1: %2 waiting (lag %3 s); last success %4.</source>
        <translation>Posto %1: %2 em espera (atraso %3 s); último êxito %4.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Last error (%1): %2</source>
        <translation>Último erro (%1): %2</translation>
    </message>
    <message>
        <source>The push stopped: %1</source>
        <translation>O envio parou: %1</translation>
    </message>
    <message>
        <source>Pushed %1 journal entries and %2 audit lines.</source>
        <translation>Enviadas %1 entradas do diário e %2 linhas de auditoria.</translation>
    </message>
    <message>
        <source>The push stopped: %1 (trying again in %2 s)</source>
        <translation>O envio parou: %1 (nova tentativa dentro de %2 s)</translation>
    </message>
    <message>
        <source>over all stations</source>
        <translation>em todos os postos</translation>
    </message>
    <message>
        <source>the day</source>
        <translation>o dia</translation>
    </message>
    <message>
        <source>print CSV</source>
        <translation>saída em CSV</translation>
    </message>
    <message>
        <source>--all-stations needs --server URL (a reporting login).</source>
        <translation>--all-stations precisa de --server URL (um utilizador de relatórios).</translation>
    </message>
    <message>
        <source>Joined, but the upload stopped (%1). It goes on with `ampcard sync`.</source>
        <translation>Associado, mas o envio parou (%1). Continua com `ampcard sync`.</translation>
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
      associa-se ao servidor central como posto N e envia o histórico deste livro-razão
      (um administrador inicia sessão e o cofre de chaves sela a alteração; a
      palavra-passe do servidor vem do URL, de AMPCARD_SERVER_PASSWORD ou é pedida no terminal)
  sync [--ledger FILE] [--daemon [--interval SECONDS]]
      envia já ao servidor o que está à espera (ou a cada poucos segundos, como serviço)
  sync status [--ledger FILE] [--json]
      o que está à espera, o último êxito, o atraso e o último erro
  report daily|z|monthly|stations --all-stations --server URL [--csv]
         [--date YYYY-MM-DD | --from YYYY-MM-DD --to YYYY-MM-DD | YYYY-MM]
      de todos os postos: as receitas de um dia, o relatório de fecho (Z) de um período
      por posto e operador, as receitas de um mês por dia, ou os plafonds e as cadeias
      dos postos (URL: um utilizador de relatórios, ampcard server add-reporter; a sua
      palavra-passe vem do URL, de AMPCARD_SERVER_PASSWORD ou é pedida no terminal)
</translation>
    </message>
    <message>
        <source>usage: ampcard sync [status|clashes] ...</source>
        <translation>uso: ampcard sync [status|clashes] ... (clashes: conflitos)</translation>
    </message>
    <message>
        <source>No clashes.</source>
        <translation>Nenhum conflito.</translation>
    </message>
    <message>
        <source>%1 %2 (%3): refused by the server, station %4 has it.</source>
        <translation>%1 %2 (%3): recusado pelo servidor, o posto %4 já o tem.</translation>
    </message>
    <message>
        <source>%1 %2 (%3): station %4&apos;s record not taken here, this station has its own.</source>
        <translation>%1 %2 (%3): o registo do posto %4 não foi aceite aqui, este posto tem o seu próprio.</translation>
    </message>
    <message>
        <source>Records: %1 of this station waiting to go out; %2 tariff, fee or operator changes of other stations waiting for the station&apos;s key.</source>
        <translation>Registos: %1 deste posto à espera de envio; %2 alterações de tarifas, taxas ou operadores de outros postos à espera da chave do posto.</translation>
    </message>
    <message>
        <source>%1 clashes for a supervisor: ampcard sync clashes.</source>
        <translation>%1 conflitos para um supervisor: ampcard sync clashes.</translation>
    </message>
    <message>
        <source>Records: %1 pushed, %2 pulled from other stations, %3 new clashes.</source>
        <translation>Registos: %1 enviados, %2 recebidos de outros postos, %3 conflitos novos.</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>primeiro dia</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>último dia</translation>
    </message>
    <message>
        <source>Over all stations, the reports are %1, not &quot;%2&quot;.</source>
        <translation>Para todos os postos, os relatórios são %1, não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Give days as YYYY-MM-DD.</source>
        <translation>Indique os dias como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>The password of the reporting login %1: </source>
        <translation>Palavra-passe do utilizador de relatórios %1: </translation>
    </message>
    <message>
        <source>  sync clashes [--ledger FILE] [--json]
      this station&apos;s records the server keeps aside because another station
      holds the same meter (opened at two stations offline), for a supervisor
  report sequences --all-stations --server URL [--csv]
      meter sequences sold by more than one station
</source>
        <translation>  sync clashes [--ledger FILE] [--json]
      os registos do livro-razão desta estação que o servidor põe de lado porque outra estação
      detém o mesmo contador (aberto em duas estações sem ligação), para um supervisor
  report sequences --all-stations --server URL [--csv]
      sequências de contador vendidas por mais de uma estação
</translation>
    </message>
</context>
<context>
    <name>Operators</name>
    <message>
        <source>An operator&apos;s login must not be empty or start or end with a space.</source>
        <translation>O utilizador de um operador não pode estar vazio nem começar ou terminar com um espaço.</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>Uma palavra-passe precisa de pelo menos 8 carateres.</translation>
    </message>
    <message>
        <source>The password could not be hashed (OpenSSL failed).</source>
        <translation>Não foi possível calcular o hash da palavra-passe (falha do OpenSSL).</translation>
    </message>
    <message>
        <source>There is already an operator &quot;%1&quot;.</source>
        <translation>Já existe um operador &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot add the operator: %1</source>
        <translation>Não é possível adicionar o operador: %1</translation>
    </message>
    <message>
        <source>This ledger already has operators; an administrator adds the others.</source>
        <translation>Este livro-razão já tem operadores; um administrador adiciona os outros.</translation>
    </message>
    <message>
        <source>Only an administrator may add operators.</source>
        <translation>Só um administrador pode adicionar operadores.</translation>
    </message>
    <message>
        <source>Unknown operator or wrong password.</source>
        <translation>Operador desconhecido ou palavra-passe errada.</translation>
    </message>
    <message>
        <source>Operator &quot;%1&quot; is locked after %2 wrong passwords; an administrator must unlock it.</source>
        <translation>O operador &quot;%1&quot; está bloqueado após %2 palavras-passe erradas; um administrador tem de o desbloquear.</translation>
    </message>
    <message>
        <source>Cannot record the sign-in: %1</source>
        <translation>Não é possível registar o início de sessão: %1</translation>
    </message>
    <message>
        <source>Sign-in refused: %1 Run &quot;ampcard ledger verify&quot; and call the auditors; restore the newest good backup.</source>
        <translation>Início de sessão recusado: %1 Verifique o livro-razão com &quot;ampcard ledger verify&quot; e chame os auditores; restaure a cópia de segurança boa mais recente.</translation>
    </message>
    <message>
        <source>Wrong password. Operator &quot;%1&quot; is now locked; an administrator must unlock it.</source>
        <translation>Palavra-passe errada. O operador &quot;%1&quot; está agora bloqueado; um administrador tem de o desbloquear.</translation>
    </message>
    <message>
        <source>Cannot change the operator: %1</source>
        <translation>Não é possível alterar o operador: %1</translation>
    </message>
    <message>
        <source>There is no operator &quot;%1&quot;.</source>
        <translation>Não existe o operador &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Recovering an operator needs the keystore&apos;s passphrase.</source>
        <translation>Recuperar um operador exige a frase-passe do cofre de chaves.</translation>
    </message>
    <message>
        <source>Cannot recover the operator: %1</source>
        <translation>Não é possível recuperar o operador: %1</translation>
    </message>
    <message>
        <source>Only an administrator may unlock operators.</source>
        <translation>Só um administrador pode desbloquear operadores.</translation>
    </message>
    <message>
        <source>Only an administrator may set another operator&apos;s password.</source>
        <translation>Só um administrador pode definir a palavra-passe de outro operador.</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>out of memory</source>
        <translation>memória esgotada</translation>
    </message>
    <message>
        <source>The server address is not a valid PostgreSQL URL: %1</source>
        <translation>O endereço do servidor não é um URL PostgreSQL válido: %1</translation>
    </message>
    <message>
        <source>Cannot connect to the server: %1</source>
        <translation>Não é possível ligar ao servidor: %1</translation>
    </message>
    <message>
        <source>the connection to the server was lost</source>
        <translation>a ligação ao servidor perdeu-se</translation>
    </message>
</context>
<context>
    <name>ReferenceSync</name>
    <message>
        <source>Cannot read the reference outbox: %1</source>
        <translation>Não é possível ler a caixa de saída de referência: %1</translation>
    </message>
    <message>
        <source>Cannot read a %1 for the server: %2</source>
        <translation>Não é possível ler um %1 para o servidor: %2</translation>
    </message>
    <message>
        <source>The server refused reference records: %1</source>
        <translation>O servidor recusou registos de referência: %1</translation>
    </message>
    <message>
        <source>Cannot clear what the server took from the reference outbox: %1</source>
        <translation>Não é possível limpar da caixa de saída de referência o que o servidor recebeu: %1</translation>
    </message>
    <message>
        <source>Cannot pull reference records: %1</source>
        <translation>Não é possível receber registos de referência: %1</translation>
    </message>
    <message>
        <source>Cannot apply reference records: %1</source>
        <translation>Não é possível aplicar registos de referência: %1</translation>
    </message>
    <message>
        <source>Cannot apply a %1 from station %2: %3</source>
        <translation>Não é possível aplicar um %1 do posto %2: %3</translation>
    </message>
    <message>
        <source>Cannot apply reference records: cannot note the revision.</source>
        <translation>Não é possível aplicar registos de referência: não é possível registar a revisão.</translation>
    </message>
    <message>
        <source>Cannot read the clashes the server found: %1</source>
        <translation>Não é possível ler os conflitos que o servidor encontrou: %1</translation>
    </message>
    <message>
        <source>Cannot note a clash: %1</source>
        <translation>Não é possível registar um conflito: %1</translation>
    </message>
    <message>
        <source>Cannot note a clash.</source>
        <translation>Não é possível registar um conflito.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>The report is refused: its sales do not agree with the sealed journal. %1 Run &quot;ampcard ledger verify&quot; and call the auditors.</source>
        <translation>O relatório é recusado: as suas vendas não coincidem com o diário selado. %1 Verifique o livro-razão com &quot;ampcard ledger verify&quot; e chame os auditores.</translation>
    </message>
    <message>
        <source>Only a supervisor, administrator or installer sees the station&apos;s reports; a cashier sees their own work and customers&apos; histories.</source>
        <translation>Só um supervisor, administrador ou instalador vê os relatórios do posto; um operador de caixa vê o seu próprio trabalho e os históricos dos clientes.</translation>
    </message>
    <message>
        <source>Cannot run the report: %1</source>
        <translation>Não é possível executar o relatório: %1</translation>
    </message>
    <message>
        <source>Give a day as YYYY-MM-DD.</source>
        <translation>Indique um dia como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Takings of %1</source>
        <translation>Receitas de %1</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Qtd.</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Fixed charges</source>
        <translation>Taxa fixa</translation>
    </message>
    <message>
        <source>Debt recovered</source>
        <translation>Dívida recuperada</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>Energia (kWh)</translation>
    </message>
    <message>
        <source>Give a month as YYYY-MM.</source>
        <translation>Indique um mês como AAAA-MM.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Compras</translation>
    </message>
    <message>
        <source>Give the period as two days, the first not after the second.</source>
        <translation>Indique o período como dois dias, o primeiro não posterior ao segundo.</translation>
    </message>
    <message>
        <source>Work of %1 from %2 to %3</source>
        <translation>Trabalho de %1 de %2 a %3</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Contador</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sequência</translation>
    </message>
    <message>
        <source>This operator may not see reports.</source>
        <translation>Este operador não pode ver relatórios.</translation>
    </message>
    <message>
        <source>History of customer %1</source>
        <translation>Histórico do cliente %1</translation>
    </message>
    <message>
        <source>Energy of customer %1 by month</source>
        <translation>Energia do cliente %1 por mês</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>Bought (kWh)</source>
        <translation>Comprado (kWh)</translation>
    </message>
    <message>
        <source>Used (kWh)</source>
        <translation>Consumido (kWh)</translation>
    </message>
    <message>
        <source>Consumption read from cards, %1 to %2</source>
        <translation>Consumo lido dos cartões, %1 a %2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Leituras</translation>
    </message>
    <message>
        <source>First read (UTC)</source>
        <translation>Primeira leitura (UTC)</translation>
    </message>
    <message>
        <source>Last read (UTC)</source>
        <translation>Última leitura (UTC)</translation>
    </message>
    <message>
        <source>Forward (kWh)</source>
        <translation>Direta (kWh)</translation>
    </message>
    <message>
        <source>Reverse (kWh)</source>
        <translation>Inversa (kWh)</translation>
    </message>
    <message>
        <source>Billed (kWh)</source>
        <translation>Faturado (kWh)</translation>
    </message>
    <message>
        <source>Suspicious meters as of %1</source>
        <translation>Contadores suspeitos em %1</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constatações</translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s) pending the meter&apos;s proof</source>
        <translation>
            <numerusform>%n reembolso à espera da prova do contador</numerusform>
            <numerusform>%n reembolsos à espera da prova do contador</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paid sale(s) the meter can never load: owed to the customer</source>
        <translation>
            <numerusform>%n venda paga que o contador nunca poderá carregar: devida ao cliente</numerusform>
            <numerusform>%n vendas pagas que o contador nunca poderá carregar: devidas ao cliente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s) not loaded after %1 days</source>
        <translation>
            <numerusform>%n compra não carregada após %1 dias</numerusform>
            <numerusform>%n compras não carregadas após %1 dias</numerusform>
        </translation>
    </message>
    <message>
        <source>silent for more than %1 days</source>
        <translation>sem comunicar há mais de %1 dias</translation>
    </message>
    <message>
        <source>Name the customer number.</source>
        <translation>Indique o número de cliente.</translation>
    </message>
    <message>
        <source>There is no report &quot;%1&quot; (reports: %2).</source>
        <translation>Não existe o relatório &quot;%1&quot; (relatórios: %2).</translation>
    </message>
    <message>
        <source>The ledger cannot be read: %1</source>
        <translation>O livro-razão não pode ser lido: %1</translation>
    </message>
    <message>
        <source>No sale %1 is in this ledger: check the number, or look it up on the station that sold it.</source>
        <translation>A venda %1 não está neste livro-razão: verifique o número ou procure-a no posto que a vendeu.</translation>
    </message>
    <message>
        <source>The receipt&apos;s code does not match sale %1 in the ledger (station %2, paid %3): the receipt is not genuine or not this ledger&apos;s.</source>
        <translation>O código do recibo não corresponde à venda %1 no livro-razão (posto %2, pago %3): o recibo não é autêntico ou não é deste livro-razão.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>cashier</source>
        <translation>operador de caixa</translation>
    </message>
    <message>
        <source>installer</source>
        <translation>instalador</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
</context>
<context>
    <name>SaleState</name>
    <message>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>concluída</translation>
    </message>
    <message>
        <source>void</source>
        <translation>anulada</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
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
        <translation>ampcard server: subcomando desconhecido &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>o servidor</translation>
    </message>
    <message>
        <source>--db URL is required</source>
        <translation>--db URL é obrigatório</translation>
    </message>
    <message>
        <source>The central schema is up to date (version %1).</source>
        <translation>O esquema central está atualizado (versão %1).</translation>
    </message>
    <message>
        <source>Created the central schema (version %1).</source>
        <translation>Criado o esquema central (versão %1).</translation>
    </message>
    <message>
        <source>Upgraded the central schema from version %1 to %2.</source>
        <translation>Esquema central atualizado da versão %1 para a %2.</translation>
    </message>
    <message>
        <source>station number</source>
        <translation>número do posto</translation>
    </message>
    <message>
        <source>vendor float</source>
        <translation>plafond de venda</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>saída em JSON</translation>
    </message>
    <message>
        <source>--db URL and --station N are required</source>
        <translation>--db URL e --station N são obrigatórios</translation>
    </message>
    <message>
        <source>--station takes a station number from 1, not &quot;%1&quot;</source>
        <translation>--station aceita um número de posto a partir de 1, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--float takes an amount of zero or more, not &quot;%1&quot;</source>
        <translation>--float aceita um valor igual ou superior a zero, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the new float</source>
        <translation>o novo plafond</translation>
    </message>
    <message>
        <source>--set takes an amount of zero or more, not &quot;%1&quot;</source>
        <translation>--set aceita um valor igual ou superior a zero, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Station %1: float %2, taken %3, left %4</source>
        <translation>Posto %1: plafond %2, usado %3, restante %4</translation>
    </message>
    <message>
        <source>the reporting login</source>
        <translation>o utilizador de relatórios</translation>
    </message>
    <message>
        <source>--db URL and --login NAME are required</source>
        <translation>--db URL e --login NAME são obrigatórios</translation>
    </message>
    <message>
        <source>Station %1 joins with this URL (keep it secret):</source>
        <translation>O posto %1 associa-se com este URL (mantenha-o secreto):</translation>
    </message>
    <message>
        <source>Reports over all stations use this URL (keep it secret):</source>
        <translation>Os relatórios de todos os postos usam este URL (mantenha-o secreto):</translation>
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
      cria ou atualiza o esquema central e os seus papéis no PostgreSQL
  server add-station --db URL --station N [--float X] [--edits-shared] [--json]
      um papel de início de sessão para o posto N; imprime o URL com que o posto se associa
  server float --db URL --station N [--set X] [--json]
      mostra ou define o plafond de venda do posto N
  server add-reporter --db URL --login NAME [--json]
      um utilizador para relatórios de todos os postos (ampcard report … --all-stations)
      (URL: um URL libpq ou uma cadeia de ligação; TLS verify-full salvo se indicar
      sslmode; a palavra-passe vem do URL, de PGPASSWORD ou de ~/.pgpass)
</translation>
    </message>
    <message>
        <source>the station edits tariff plans, fee rules and operators for every station (the head office)</source>
        <translation>o posto altera os planos de tarifa, as regras de taxas e os operadores de todos os postos (a sede)</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Only an administrator may set the utility and the station number.</source>
        <translation>Só um administrador pode definir a distribuidora e o número do posto.</translation>
    </message>
    <message>
        <source>Only a supervisor or administrator may change the station&apos;s charges.</source>
        <translation>Só um supervisor ou administrador pode alterar as taxas do posto.</translation>
    </message>
    <message>
        <source>Fee amounts cannot be negative.</source>
        <translation>Os valores das taxas não podem ser negativos.</translation>
    </message>
    <message>
        <source>The station number is a number from 1 up.</source>
        <translation>O número do posto é um número a partir de 1.</translation>
    </message>
</context>
<context>
    <name>Shifts</name>
    <message>
        <source>This operator does not take money.</source>
        <translation>Este operador não recebe dinheiro.</translation>
    </message>
    <message>
        <source>%1 has a shift open already.</source>
        <translation>%1 já tem um turno aberto.</translation>
    </message>
    <message>
        <source>Cannot open the shift: %1</source>
        <translation>Não é possível abrir o turno: %1</translation>
    </message>
    <message>
        <source>Only a supervisor may close another operator&apos;s shift.</source>
        <translation>Só um supervisor pode fechar o turno de outro operador.</translation>
    </message>
    <message>
        <source>%1 has no open shift.</source>
        <translation>%1 não tem nenhum turno aberto.</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) of this shift are pending: put their cards back in the reader to settle them before closing.</source>
        <translation>
            <numerusform>%n venda deste turno está pendente: coloque o seu cartão de novo no leitor para a regularizar antes de fechar.</numerusform>
            <numerusform>%n vendas deste turno estão pendentes: coloque os seus cartões de novo no leitor para as regularizar antes de fechar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The shift cannot be closed: its sales do not agree with the sealed journal. %1 Run &quot;ampcard ledger verify&quot; and call the auditors.</source>
        <translation>O turno não pode ser fechado: as suas vendas não coincidem com o diário selado. %1 Verifique o livro-razão com &quot;ampcard ledger verify&quot; e chame os auditores.</translation>
    </message>
    <message>
        <source>Cannot close the shift: %1</source>
        <translation>Não é possível fechar o turno: %1</translation>
    </message>
    <message>
        <source>There is no shift %1.</source>
        <translation>Não existe o turno %1.</translation>
    </message>
    <message>
        <source>Only a supervisor may seal another operator&apos;s report.</source>
        <translation>Só um supervisor pode selar o relatório de outro operador.</translation>
    </message>
    <message>
        <source>The shift is still open: close it first.</source>
        <translation>O turno ainda está aberto: feche-o primeiro.</translation>
    </message>
    <message>
        <source>Cannot seal the report: %1</source>
        <translation>Não é possível selar o relatório: %1</translation>
    </message>
    <message>
        <source>CLOSE-OUT (Z) REPORT</source>
        <translation>RELATÓRIO Z (FECHO)</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Turno</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Opened (UTC)</source>
        <translation>Aberto (UTC)</translation>
    </message>
    <message>
        <source>Closed (UTC)</source>
        <translation>Fechado (UTC)</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Fechado por</translation>
    </message>
    <message>
        <source>paid %1, VAT %2, credit %3, %4 kWh</source>
        <translation>pago %1, IVA %2, crédito %3, %4 kWh</translation>
    </message>
    <message>
        <source>CASH IN DRAWER</source>
        <translation>DINHEIRO EM CAIXA</translation>
    </message>
    <message>
        <source>Ledger head</source>
        <translation>Topo do livro-razão</translation>
    </message>
    <message>
        <source>Report hash</source>
        <translation>Hash do relatório</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Aberto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fechado</translation>
    </message>
</context>
<context>
    <name>StationAccess</name>
    <message>
        <source>ledger file</source>
        <translation>ficheiro do livro-razão</translation>
    </message>
    <message>
        <source>operator&apos;s login</source>
        <translation>utilizador do operador</translation>
    </message>
    <message>
        <source>keystore file</source>
        <translation>ficheiro do cofre de chaves</translation>
    </message>
    <message>
        <source>card reader name</source>
        <translation>nome do leitor de cartões</translation>
    </message>
    <message>
        <source>Who is signing in? Give --operator LOGIN or set AMPCARD_OPERATOR.</source>
        <translation>Quem está a iniciar sessão? Indique --operator LOGIN ou defina AMPCARD_OPERATOR.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Palavra-passe para %1: </translation>
    </message>
    <message>
        <source>Keystore passphrase: </source>
        <translation>Frase-passe do cofre de chaves: </translation>
    </message>
    <message>
        <source>Which keystore? Give --keystore FILE or set AMPCARD_KEYSTORE.</source>
        <translation>Que cofre de chaves? Indique --keystore FILE ou defina AMPCARD_KEYSTORE.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>This ledger has joined station %1 of a server already (%2).</source>
        <translation>Este livro-razão já está associado ao posto %1 de um servidor (%2).</translation>
    </message>
    <message>
        <source>A station number is a whole number from 1.</source>
        <translation>Um número de posto é um número inteiro a partir de 1.</translation>
    </message>
    <message>
        <source>No password for the server: give the URL that `ampcard server add-station` printed, or set AMPCARD_SERVER_PASSWORD.</source>
        <translation>Sem palavra-passe para o servidor: indique o URL que `ampcard server add-station` imprimiu ou defina AMPCARD_SERVER_PASSWORD.</translation>
    </message>
    <message>
        <source>Cannot write the server&apos;s password file %1: %2</source>
        <translation>Não é possível gravar o ficheiro da palavra-passe do servidor %1: %2</translation>
    </message>
    <message>
        <source>The server has no Ampcard schema readable by this station: %1</source>
        <translation>O servidor não tem nenhum esquema Ampcard legível por este posto: %1</translation>
    </message>
    <message>
        <source>The server has no Ampcard schema: run `ampcard server init`.</source>
        <translation>O servidor não tem esquema Ampcard: execute `ampcard server init`.</translation>
    </message>
    <message>
        <source>The server refused this station&apos;s login: %1</source>
        <translation>O servidor recusou o utilizador deste posto: %1</translation>
    </message>
    <message>
        <source>The server does not know this login as a station.</source>
        <translation>O servidor não conhece este utilizador como posto.</translation>
    </message>
    <message>
        <source>The server knows this login as station %1, not %2.</source>
        <translation>O servidor conhece este utilizador como posto %1, não %2.</translation>
    </message>
    <message>
        <source>Station %1 on the server belongs to another ledger (%2); this ledger is %3.</source>
        <translation>O posto %1 no servidor pertence a outro livro-razão (%2); este livro-razão é %3.</translation>
    </message>
    <message>
        <source>Cannot join: %1</source>
        <translation>Não é possível associar o posto: %1</translation>
    </message>
    <message>
        <source>Cannot queue the history for the server: %1</source>
        <translation>Não é possível pôr em fila o histórico para o servidor: %1</translation>
    </message>
    <message>
        <source>This station has not joined a server (ampcard network join).</source>
        <translation>Este posto não está associado a nenhum servidor (ampcard network join).</translation>
    </message>
    <message>
        <source>Cannot read the outbox: %1</source>
        <translation>Não é possível ler a caixa de saída: %1</translation>
    </message>
    <message>
        <source>The server refused a batch: %1</source>
        <translation>O servidor recusou um lote: %1</translation>
    </message>
    <message>
        <source>The server did not confirm a batch: %1</source>
        <translation>O servidor não confirmou um lote: %1</translation>
    </message>
    <message>
        <source>Cannot clear what the server took from the outbox: %1</source>
        <translation>Não é possível limpar da caixa de saída o que o servidor recebeu: %1</translation>
    </message>
    <message>
        <source>Cannot read the journal&apos;s head: %1</source>
        <translation>Não é possível ler o topo do diário: %1</translation>
    </message>
    <message>
        <source>Cannot queue the station&apos;s records for the server: %1</source>
        <translation>Não é possível pôr em fila os registos do posto para o servidor: %1</translation>
    </message>
    <message>
        <source>Cannot read the card sales for the server: %1</source>
        <translation>Não é possível ler as vendas por cartão para o servidor: %1</translation>
    </message>
    <message>
        <source>The server did not take the card sales&apos; sequences: %1</source>
        <translation>O servidor não aceitou as sequências das vendas por cartão: %1</translation>
    </message>
    <message>
        <source>Tariff plans, fee rules and operators from other stations are applied only with the station&apos;s key unlocked.</source>
        <translation>Os planos de tarifa, as regras de taxas e os operadores de outros postos só são aplicados com a chave do posto desbloqueada.</translation>
    </message>
    <message>
        <source>Tariff plans, fee rules and operators are shared by every station in network mode: a change needs the server, which cannot be reached (%1). Nothing was changed; try again when the station is online.</source>
        <translation>Os planos de tarifa, as regras de taxas e os operadores são partilhados por todos os postos em modo de rede: uma alteração precisa do servidor, que não está acessível (%1). Nada foi alterado; tente novamente quando o posto tiver ligação.</translation>
    </message>
    <message>
        <source>a card sale at another station that the meter has not loaded is out (%1): insert the card in the meter first</source>
        <translation>há uma venda por cartão noutro posto que o contador ainda não carregou (%1): insira primeiro o cartão no contador</translation>
    </message>
    <message>
        <source>In network mode tariff plans and fee rules are the utility&apos;s: they are changed at the head office&apos;s station and reach this one from the server.</source>
        <translation>Em modo de rede, os planos de tarifa e as regras de taxas são da empresa: alteram-se no posto da sede e chegam a este posto pelo servidor.</translation>
    </message>
</context>
<context>
    <name>TariffCommand</name>
    <message>
        <source>monthly on day %1 at %2:00</source>
        <translation>mensal no dia %1 às %2:00</translation>
    </message>
    <message>
        <source>yearly on %1</source>
        <translation>anual em %1</translation>
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
      Valida um ficheiro de tarifa; os erros indicam o campo e o motivo.
  ampcard tariff quote FILE --used KWH (--money AMOUNT | --energy KWH) [--rate NAME] [--json]
      Energia que um pagamento compra, ou o dinheiro para uma quantidade de energia, após KWH de
      consumo no período de apuramento. --rate escolhe o período horário (sharp, peak,
      flat, valley; por omissão: o quoteRate do ficheiro).
  ampcard tariff bill FILE --readings CSV [--json]
      Fatura um CSV de leituras &quot;timestamp,cumulative_kwh&quot; (hora local) por
      período de apuramento com o próprio código de dedução do contador.
</translation>
    </message>
    <message>
        <source>ampcard tariff: a subcommand is needed
</source>
        <translation>ampcard tariff: falta um subcomando de tarifa
</translation>
    </message>
    <message>
        <source>ampcard tariff: unknown subcommand &quot;%1&quot;
</source>
        <translation>ampcard tariff: subcomando de tarifa desconhecido &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>usage: ampcard tariff check FILE</source>
        <translation>uso: ampcard tariff check FILE (FILE: ficheiro de tarifa)</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid tariff &quot;%2&quot; (%3), %n step(s), settlement %4</source>
        <translation>
            <numerusform>%1: tarifa válida &quot;%2&quot; (%3), %n escalão, apuramento %4</numerusform>
            <numerusform>%1: tarifa válida &quot;%2&quot; (%3), %n escalões, apuramento %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, TOU with %n schedule entries</source>
        <translation>
            <numerusform>, horária com %n entrada no horário</numerusform>
            <numerusform>, horária com %n entradas no horário</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage so far in the settlement period.</source>
        <translation>Consumo até agora no período de apuramento.</translation>
    </message>
    <message>
        <source>Amount paid.</source>
        <translation>Valor pago.</translation>
    </message>
    <message>
        <source>Energy wanted.</source>
        <translation>Energia pretendida.</translation>
    </message>
    <message>
        <source>TOU rate to quote at.</source>
        <translation>Período horário a usar na simulação.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Saída em JSON.</translation>
    </message>
    <message>
        <source>Tariff file.</source>
        <translation>Ficheiro de tarifa.</translation>
    </message>
    <message>
        <source>usage: ampcard tariff quote FILE --used KWH (--money AMOUNT | --energy KWH) [--rate NAME] [--json]</source>
        <translation>uso: ampcard tariff quote FILE --used KWH (--money AMOUNT | --energy KWH) [--rate NAME] [--json] (FILE: ficheiro de tarifa)</translation>
    </message>
    <message>
        <source>--used KWH is required (usage so far in the settlement period)</source>
        <translation>--used KWH é obrigatório (consumo até agora no período de apuramento)</translation>
    </message>
    <message>
        <source>give exactly one of --money AMOUNT and --energy KWH</source>
        <translation>indique exatamente um de --money AMOUNT e --energy KWH</translation>
    </message>
    <message>
        <source>--used &quot;%1&quot;: %2</source>
        <translation>--used &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>--rate &quot;%1&quot;: the tariff defines no such TOU rate</source>
        <translation>--rate &quot;%1&quot;: a tarifa não define esse período horário</translation>
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
        <translation>%1 (%2), consumo anterior: %3 kWh</translation>
    </message>
    <message>
        <source>, TOU rate %1</source>
        <translation>, período horário %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Escalão</translation>
    </message>
    <message>
        <source>Energy kWh</source>
        <translation>Energia kWh</translation>
    </message>
    <message>
        <source>Price/kWh</source>
        <translation>Preço/kWh</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Dinheiro</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Paid %1; %2 buys less than 0.01 kWh more and stays as credit.
</source>
        <translation>Pago %1; %2 compra menos de 0.01 kWh adicional e fica como crédito.
</translation>
    </message>
    <message>
        <source>CSV of timestamp,cumulative_kwh.</source>
        <translation>CSV de timestamp,cumulative_kwh.</translation>
    </message>
    <message>
        <source>usage: ampcard tariff bill FILE --readings CSV [--json]</source>
        <translation>uso: ampcard tariff bill FILE --readings CSV [--json] (FILE: ficheiro de tarifa)</translation>
    </message>
    <message>
        <source>%1 (%2), settlement %3
</source>
        <translation>%1 (%2), apuramento %3
</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
</context>
<context>
    <name>TariffFileReader</name>
    <message>
        <source>unknown field (expected one of: %1)</source>
        <translation>campo desconhecido (esperado um de: %1)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>em falta</translation>
    </message>
    <message>
        <source>must be a decimal string such as &quot;0.5380&quot;</source>
        <translation>tem de ser um texto decimal como &quot;0.5380&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>tem de ser um número inteiro de %1 a %2</translation>
    </message>
    <message>
        <source>missing or not a list of steps</source>
        <translation>em falta ou não é uma lista de escalões</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>tem de ser um objeto</translation>
    </message>
    <message>
        <source>the last step has no upper bound</source>
        <translation>o último escalão não tem limite superior</translation>
    </message>
    <message>
        <source>must be a time of day &quot;HH:MM&quot;</source>
        <translation>tem de ser uma hora do dia &quot;HH:MM&quot;</translation>
    </message>
    <message>
        <source>missing or not an object</source>
        <translation>em falta ou não é um objeto</translation>
    </message>
    <message>
        <source>must be &quot;MM-DDTHH&quot;, such as &quot;01-01T00&quot;</source>
        <translation>tem de ser &quot;MM-DDTHH&quot;, como &quot;01-01T00&quot;</translation>
    </message>
    <message>
        <source>must be &quot;monthly&quot; or &quot;yearly&quot;</source>
        <translation>tem de ser &quot;monthly&quot; ou &quot;yearly&quot;</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>JSON inválido no byte %1: %2</translation>
    </message>
    <message>
        <source>a tariff file holds one JSON object</source>
        <translation>um ficheiro de tarifa contém um objeto JSON</translation>
    </message>
    <message>
        <source>missing or empty</source>
        <translation>em falta ou vazio</translation>
    </message>
    <message>
        <source>must be an ISO 4217 code such as &quot;CNY&quot;</source>
        <translation>tem de ser um código ISO 4217 como &quot;CNY&quot;</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>não é possível ler o ficheiro: %1</translation>
    </message>
    <message>
        <source>file is larger than 1 MiB; not a tariff file</source>
        <translation>o ficheiro tem mais de 1 MiB; não é um ficheiro de tarifa</translation>
    </message>
</context>
<context>
    <name>TariffPlans</name>
    <message>
        <source>Only a supervisor or administrator may change tariffs.</source>
        <translation>Só um supervisor ou administrador pode alterar tarifas.</translation>
    </message>
    <message>
        <source>A tariff plan needs a name without leading or trailing spaces.</source>
        <translation>Um plano de tarifa precisa de um nome sem espaços no início ou no fim.</translation>
    </message>
    <message>
        <source>The tariff is not valid: %1</source>
        <translation>A tarifa não é válida: %1</translation>
    </message>
    <message>
        <source>The tariff needs the time it takes effect.</source>
        <translation>A tarifa precisa da hora em que entra em vigor.</translation>
    </message>
    <message>
        <source>A tariff cannot take effect in the past (%1).</source>
        <translation>Uma tarifa não pode entrar em vigor no passado (%1).</translation>
    </message>
    <message>
        <source>Cannot read the tariff plans: %1</source>
        <translation>Não é possível ler os planos de tarifa: %1</translation>
    </message>
    <message>
        <source>Version %1 of %2 takes effect at %3; a new version must take effect after it.</source>
        <translation>A versão %1 de %2 entra em vigor em %3; uma nova versão tem de entrar em vigor depois dela.</translation>
    </message>
    <message>
        <source>Cannot add the tariff: %1</source>
        <translation>Não é possível adicionar a tarifa: %1</translation>
    </message>
    <message>
        <source>There is no tariff plan &quot;%1&quot;.</source>
        <translation>Não existe o plano de tarifa &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot assign the plan: %1</source>
        <translation>Não é possível atribuir o plano: %1</translation>
    </message>
</context>
<context>
    <name>ThermalPrinter</name>
    <message>
        <source>&quot;%1&quot; is not a printer&apos;s address: write HOST or HOST:PORT, for example 192.0.2.10:9100.</source>
        <translation>&quot;%1&quot; não é um endereço de impressora: escreva HOST ou HOST:PORT, por exemplo 192.0.2.10:9100.</translation>
    </message>
    <message>
        <source>it is not there (%1): check that it is plugged in and switched on, and the device in Administration.</source>
        <translation>não foi encontrada (%1): verifique se está conectada e ligada, e o dispositivo em Administração.</translation>
    </message>
    <message>
        <source>permission denied: the station&apos;s user must be in the group that owns the device (often lp or dialout).</source>
        <translation>permissão negada: o utilizador do posto tem de estar no grupo dono do dispositivo (muitas vezes lp ou dialout).</translation>
    </message>
    <message>
        <source>it cannot be opened (%1).</source>
        <translation>não pode ser aberta (%1).</translation>
    </message>
    <message>
        <source>its serial settings cannot be read (%1).</source>
        <translation>as suas definições série não podem ser lidas (%1).</translation>
    </message>
    <message>
        <source>%1 baud is not a speed it can be set to: choose 9600, 19200, 38400 or 115200.</source>
        <translation>%1 baud não é uma velocidade que aceite: escolha 9600, 19200, 38400 ou 115200.</translation>
    </message>
    <message>
        <source>its serial line cannot be set (%1).</source>
        <translation>a sua linha série não pode ser configurada (%1).</translation>
    </message>
    <message>
        <source>it refused the connection: is it switched on, and is the port right (usually 9100)?</source>
        <translation>recusou a ligação: está ligada e a porta está certa (normalmente 9100)?</translation>
    </message>
    <message>
        <source>no connection (%1).</source>
        <translation>sem ligação (%1).</translation>
    </message>
    <message>
        <source>it did not answer within %1 s: is it switched on, online and not out of paper?</source>
        <translation>não respondeu em %1 s: está ligada, em linha e com papel?</translation>
    </message>
    <message>
        <source>its address cannot be found (%1).</source>
        <translation>o seu endereço não foi encontrado (%1).</translation>
    </message>
    <message>
        <source>it took %1 of %2 bytes and no more (short write).</source>
        <translation>aceitou %1 de %2 bytes e nada mais (escrita incompleta).</translation>
    </message>
    <message>
        <source>it stopped after %1 of %2 bytes (%3).</source>
        <translation>parou após %1 de %2 bytes (%3).</translation>
    </message>
    <message>
        <source>it cannot be written to (%1).</source>
        <translation>não é possível escrever nela (%1).</translation>
    </message>
    <message>
        <source>Printer %1: %2</source>
        <translation>Impressora %1: %2</translation>
    </message>
</context>
<context>
    <name>Tool</name>
    <message>
        <source>Usage: ampcard COMMAND ...

Commands:
</source>
        <translation>Uso: ampcard COMMAND ...

Comandos:
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
        <translation>ampcard: comando desconhecido &quot;%1&quot;

</translation>
    </message>
</context>
<context>
    <name>Workstation</name>
    <message>
        <source>No keystore is set for this station.</source>
        <translation>Não está definido nenhum cofre de chaves para este posto.</translation>
    </message>
    <message>
        <source>There is no keystore at %1.</source>
        <translation>Não existe cofre de chaves em %1.</translation>
    </message>
    <message>
        <source>no reader named &quot;%1&quot; (readers: %2)</source>
        <translation>nenhum leitor chamado &quot;%1&quot; (leitores: %2)</translation>
    </message>
    <message>
        <source>The keystore is locked: a supervisor must unlock it first.</source>
        <translation>O cofre de chaves está bloqueado: um supervisor tem de o desbloquear primeiro.</translation>
    </message>
    <message>
        <source>Ampcard utility</source>
        <translation>Distribuidora Ampcard</translation>
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
        <translation>valor fora do intervalo</translation>
    </message>
    <message>
        <source>empty number</source>
        <translation>número vazio</translation>
    </message>
    <message>
        <source>not a decimal number</source>
        <translation>não é um número decimal</translation>
    </message>
    <message>
        <source>too many decimal places</source>
        <translation>demasiadas casas decimais</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>não pode ser negativo</translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation>tem de ser superior a zero</translation>
    </message>
    <message>
        <source>a ladder needs 1 to 8 steps</source>
        <translation>uma tarifa por escalões precisa de 1 a 8 escalões</translation>
    </message>
    <message>
        <source>threshold must be greater than zero</source>
        <translation>o limiar tem de ser superior a zero</translation>
    </message>
    <message>
        <source>threshold must be greater than the previous one</source>
        <translation>o limiar tem de ser superior ao anterior</translation>
    </message>
    <message>
        <source>step price must not be negative</source>
        <translation>o preço do escalão não pode ser negativo</translation>
    </message>
    <message>
        <source>TOU needs 1 to 4 rates</source>
        <translation>a tarifa horária precisa de 1 a 4 períodos</translation>
    </message>
    <message>
        <source>TOU rate price must not be negative</source>
        <translation>o preço de um período horário não pode ser negativo</translation>
    </message>
    <message>
        <source>TOU rates need a daily schedule</source>
        <translation>os períodos horários precisam de um horário diário</translation>
    </message>
    <message>
        <source>TOU schedule has more than 14 entries</source>
        <translation>o horário tem mais de 14 entradas</translation>
    </message>
    <message>
        <source>TOU schedule times must increase</source>
        <translation>as horas do horário têm de ser crescentes</translation>
    </message>
    <message>
        <source>TOU schedule must start at 00:00</source>
        <translation>o horário tem de começar às 00:00</translation>
    </message>
    <message>
        <source>TOU schedule time is not within the day</source>
        <translation>uma hora do horário não está dentro do dia</translation>
    </message>
    <message>
        <source>TOU schedule names a rate that is not defined</source>
        <translation>o horário indica um período que não está definido</translation>
    </message>
    <message>
        <source>monthly settlement day must be 1 to 28</source>
        <translation>o dia de apuramento mensal tem de ser de 1 a 28</translation>
    </message>
    <message>
        <source>settlement hour must be 0 to 23</source>
        <translation>a hora de apuramento tem de ser de 0 a 23</translation>
    </message>
    <message>
        <source>yearly settlement needs 1 to 4 dates</source>
        <translation>o apuramento anual precisa de 1 a 4 datas</translation>
    </message>
    <message>
        <source>settlement date is not a day of every year</source>
        <translation>a data de apuramento não é um dia de todos os anos</translation>
    </message>
    <message>
        <source>settlement dates must increase within the year</source>
        <translation>as datas de apuramento têm de ser crescentes dentro do ano</translation>
    </message>
    <message>
        <source>invalid date or time</source>
        <translation>data ou hora inválida</translation>
    </message>
    <message>
        <source>a settlement is due before more energy is charged</source>
        <translation>há um apuramento devido antes de cobrar mais energia</translation>
    </message>
    <message>
        <source>the price is zero: money buys unlimited energy</source>
        <translation>o preço é zero: o dinheiro compraria energia ilimitada</translation>
    </message>
    <message>
        <source>purchase would exceed the hoarding limit</source>
        <translation>a compra excederia o limite de acumulação</translation>
    </message>
    <message>
        <source>credit thresholds are inconsistent</source>
        <translation>os limiares de crédito são incoerentes</translation>
    </message>
    <message>
        <source>overdraft cannot be confirmed now</source>
        <translation>o crédito de emergência não pode ser confirmado agora</translation>
    </message>
    <message>
        <source>stored state is inconsistent</source>
        <translation>o estado guardado é incoerente</translation>
    </message>
    <message>
        <source>key must be 16 or 32 bytes</source>
        <translation>a chave tem de ter 16 ou 32 bytes</translation>
    </message>
    <message>
        <source>wrong data length</source>
        <translation>comprimento de dados errado</translation>
    </message>
    <message>
        <source>unsupported cryptographic parameter</source>
        <translation>parâmetro criptográfico não suportado</translation>
    </message>
    <message>
        <source>record failed authentication (tampered, or made with another key)</source>
        <translation>o registo falhou a autenticação (violado, ou feito com outra chave)</translation>
    </message>
    <message>
        <source>not an Ampcard card layout, or a damaged record</source>
        <translation>não é um formato de cartão Ampcard, ou o registo está danificado</translation>
    </message>
    <message>
        <source>unknown card or record kind</source>
        <translation>tipo de cartão ou de registo desconhecido</translation>
    </message>
    <message>
        <source>card belongs to another utility</source>
        <translation>o cartão pertence a outra distribuidora</translation>
    </message>
    <message>
        <source>card is for another meter</source>
        <translation>o cartão é de outro contador</translation>
    </message>
    <message>
        <source>card is not the one bound to this meter</source>
        <translation>o cartão não é o associado a este contador</translation>
    </message>
    <message>
        <source>purchase already loaded (replayed card)</source>
        <translation>compra já carregada (cartão reutilizado)</translation>
    </message>
    <message>
        <source>card was made with a key version the meter no longer holds</source>
        <translation>o cartão foi feito com uma versão da chave que o contador já não tem</translation>
    </message>
    <message>
        <source>the card holds no valid record</source>
        <translation>o cartão não contém nenhum registo válido</translation>
    </message>
    <message>
        <source>card has been replaced and is refused</source>
        <translation>o cartão foi substituído e é recusado</translation>
    </message>
    <message>
        <source>the card refused the command</source>
        <translation>o cartão recusou o comando</translation>
    </message>
    <message>
        <source>the card does not read back what was written</source>
        <translation>o cartão não devolve o que foi gravado</translation>
    </message>
    <message>
        <source>no card reader found (is the PC/SC service running?)</source>
        <translation>nenhum leitor de cartões encontrado (o serviço PC/SC está a correr?)</translation>
    </message>
    <message>
        <source>no card in the reader</source>
        <translation>nenhum cartão no leitor</translation>
    </message>
    <message>
        <source>the card was removed or the reader unplugged during the operation</source>
        <translation>o cartão foi retirado ou o leitor desligado durante a operação</translation>
    </message>
    <message>
        <source>another program is using the card</source>
        <translation>outro programa está a usar o cartão</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tempo esgotado</translation>
    </message>
    <message>
        <source>card reader error</source>
        <translation>erro do leitor de cartões</translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation>frase-passe errada</translation>
    </message>
    <message>
        <source>the keystore file is damaged or not a keystore</source>
        <translation>o ficheiro do cofre de chaves está danificado ou não é um cofre de chaves</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erro desconhecido</translation>
    </message>
</context>
</TS>
