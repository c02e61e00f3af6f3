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
    <name>AccountsPage</name>
    <message>
        <source>Customer number, name, phone, address or meter number</source>
        <translation>Número de cliente, nome, telefone, morada ou número do contador</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>Change the customer… (Ctrl+E)</source>
        <translation>Alterar o cliente… (Ctrl+E)</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Procurar:</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Novo cliente</translation>
    </message>
    <message>
        <source>Open account</source>
        <translation>Abrir conta</translation>
    </message>
    <message>
        <source>Replace card</source>
        <translation>Substituir cartão</translation>
    </message>
    <message>
        <source>Change meter</source>
        <translation>Trocar contador</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Importar clientes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ficheiros CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found.</source>
        <translation>
            <numerusform>%n cliente encontrado.</numerusform>
            <numerusform>%n clientes encontrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find the customer first, then choose the row.</source>
        <translation>Procure primeiro o cliente e depois escolha a linha.</translation>
    </message>
    <message>
        <source>Customer changed.</source>
        <translation>Cliente alterado.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Não é possível ler %1.</translation>
    </message>
    <message>
        <source>Importing customers…</source>
        <translation>A importar clientes…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1
%2</source>
        <translation>Nada foi importado: %1
%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n customer(s).</source>
        <translation>
            <numerusform>Importado %n cliente.</numerusform>
            <numerusform>Importados %n clientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;dd the customer</source>
        <translation>A&amp;dicionar o cliente</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>N&amp;úmero:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefone:</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>&amp;Morada:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <source>Customer %1 added.</source>
        <translation>Cliente %1 adicionado.</translation>
    </message>
    <message>
        <source>single phase</source>
        <translation>monofásico</translation>
    </message>
    <message>
        <source>three phase</source>
        <translation>trifásico</translation>
    </message>
    <message>
        <source>&amp;Write the account-opening card</source>
        <translation>&amp;Gravar o cartão de abertura de conta</translation>
    </message>
    <message>
        <source>A new user card in the reader.</source>
        <translation>Um cartão de cliente novo no leitor.</translation>
    </message>
    <message>
        <source>C&amp;ustomer number:</source>
        <translation>Número de &amp;cliente:</translation>
    </message>
    <message>
        <source>&amp;Meter number:</source>
        <translation>Número do c&amp;ontador:</translation>
    </message>
    <message>
        <source>Tariff &amp;plan:</source>
        <translation>Plano de &amp;tarifa:</translation>
    </message>
    <message>
        <source>P&amp;hases:</source>
        <translation>&amp;Fases:</translation>
    </message>
    <message>
        <source>&amp;Key version:</source>
        <translation>&amp;Versão da chave:</translation>
    </message>
    <message>
        <source>Preset credit to &amp;recover:</source>
        <translation>Crédito pré-carregado a &amp;recuperar:</translation>
    </message>
    <message>
        <source>The preset credit is an amount such as 40.00.</source>
        <translation>O crédito pré-carregado é um valor como 40.00.</translation>
    </message>
    <message>
        <source>Cannot use the card reader: %1</source>
        <translation>Não é possível usar o leitor de cartões: %1</translation>
    </message>
    <message>
        <source>Account opened for meter %1 on card %2. Give the card to the customer to load it into the meter.</source>
        <translation>Conta aberta para o contador %1 no cartão %2. Entregue o cartão ao cliente para o carregar no contador.</translation>
    </message>
    <message>
        <source>(the old meter&apos;s plan)</source>
        <translation>(o plano do contador antigo)</translation>
    </message>
    <message>
        <source>faulty</source>
        <translation>avariado</translation>
    </message>
    <message>
        <source>burnt</source>
        <translation>queimado</translation>
    </message>
    <message>
        <source>tampered</source>
        <translation>violado</translation>
    </message>
    <message>
        <source>upgraded</source>
        <translation>atualizado</translation>
    </message>
    <message>
        <source>Write the &amp;meter-change card</source>
        <translation>&amp;Gravar o cartão de troca de contador</translation>
    </message>
    <message>
        <source>The account, its debt and the credit left on the old meter move to the new meter, on a new user card in the reader. The old meter and its card are retired.</source>
        <translation>A conta, a sua dívida e o crédito restante no contador antigo passam para o contador novo, num cartão de cliente novo no leitor. O contador antigo e o seu cartão são retirados.</translation>
    </message>
    <message>
        <source>&amp;Old meter:</source>
        <translation>Contador &amp;antigo:</translation>
    </message>
    <message>
        <source>Credit &amp;left on the old meter:</source>
        <translation>Crédito &amp;restante no contador antigo:</translation>
    </message>
    <message>
        <source>&amp;New meter:</source>
        <translation>Contador &amp;novo:</translation>
    </message>
    <message>
        <source>Reas&amp;on:</source>
        <translation>M&amp;otivo:</translation>
    </message>
    <message>
        <source>Its last return record said %1 left; read the meter&apos;s display now.</source>
        <translation>O último registo de retorno indicava %1 restante; leia agora o visor do contador.</translation>
    </message>
    <message>
        <source>No return record from this meter yet: read its display.</source>
        <translation>Ainda não há registo de retorno deste contador: leia o seu visor.</translation>
    </message>
    <message>
        <source>The credit left is an amount such as 12.50 (0 when the meter shows none).</source>
        <translation>O crédito restante é um valor como 12.50 (0 se o contador não mostrar nenhum).</translation>
    </message>
    <message>
        <source>Meter %1 replaces meter %2; %3 of credit moved onto card %4. Give the card to the customer to load it into the new meter.</source>
        <translation>O contador %1 substitui o contador %2; %3 de crédito passaram para o cartão %4. Entregue o cartão ao cliente para o carregar no contador novo.</translation>
    </message>
    <message>
        <source>Supervisor&apos;s countersignature</source>
        <translation>Contra-assinatura do supervisor</translation>
    </message>
    <message>
        <source>Supervisor&apos;s &amp;login:</source>
        <translation>&amp;Utilizador do supervisor:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Palavra-passe:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>perdido</translation>
    </message>
    <message>
        <source>stolen</source>
        <translation>roubado</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>danificado</translation>
    </message>
    <message>
        <source>Write the &amp;replacement card</source>
        <translation>Gravar o cartão de &amp;substituição</translation>
    </message>
    <message>
        <source>For a lost, stolen or damaged card: a new user card in the reader.</source>
        <translation>Para um cartão perdido, roubado ou danificado: um cartão de cliente novo no leitor.</translation>
    </message>
    <message>
        <source>Mete&amp;r number:</source>
        <translation>Número do co&amp;ntador:</translation>
    </message>
    <message>
        <source>Card %1 replaces card %2 of meter %3; the old card is blacklisted.</source>
        <translation>O cartão %1 substitui o cartão %2 do contador %3; o cartão antigo fica na lista negra.</translation>
    </message>
    <message>
        <source>Push tariff</source>
        <translation>Enviar tarifa</translation>
    </message>
    <message>
        <source>Push &amp;tariff now</source>
        <translation>Enviar a tarifa &amp;já</translation>
    </message>
    <message>
        <source>A plan change reaches a meter with its next purchase. A meter on the meter line set in Administration gets it at once: the tariff of its plan, sealed for the meter, is sent and checked on the meter&apos;s sealed record.</source>
        <translation>Uma mudança de plano chega a um contador com a sua próxima compra. Um contador na linha do contador definida em Administração recebe-a já: a tarifa do seu plano, selada para o contador, é enviada e verificada no registo selado do contador.</translation>
    </message>
    <message>
        <source>Meter num&amp;ber:</source>
        <translation>Núm&amp;ero do contador:</translation>
    </message>
    <message>
        <source>Give the meter&apos;s 12-digit number.</source>
        <translation>Indique o número de 12 algarismos do contador.</translation>
    </message>
    <message>
        <source>No meter line is set: an administrator sets it in Administration.</source>
        <translation>Não está definida nenhuma linha do contador: um administrador define-a em Administração.</translation>
    </message>
    <message>
        <source>The keystore is locked: a supervisor must unlock it first.</source>
        <translation>O cofre de chaves está bloqueado: um supervisor tem de o desbloquear primeiro.</translation>
    </message>
    <message>
        <source>Cannot use the meter line: %1</source>
        <translation>Não é possível usar a linha do contador: %1</translation>
    </message>
    <message>
        <source>Sending the tariff to meter %1…</source>
        <translation>A enviar a tarifa para o contador %1…</translation>
    </message>
    <message>
        <source>Meter %1 already runs plan %2: nothing was sent.</source>
        <translation>O contador %1 já usa o plano %2: nada foi enviado.</translation>
    </message>
    <message>
        <source>Meter %1 loaded plan %2 at sequence %3; it takes effect %4.</source>
        <translation>O contador %1 carregou o plano %2 na sequência %3; entra em vigor %4.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Audit log (newest first)</source>
        <translation>Auditoria (mais recentes primeiro)</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Utilizador</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ativo</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operadores</translation>
    </message>
    <message>
        <source>&amp;Add operator</source>
        <translation>&amp;Adicionar operador</translation>
    </message>
    <message>
        <source>&amp;Unlock the selected operator</source>
        <translation>&amp;Desbloquear o operador selecionado</translation>
    </message>
    <message>
        <source>Lo&amp;gin:</source>
        <translation>&amp;Utilizador:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;me:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Função:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pala&amp;vra-passe:</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 adicionado.</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 pode voltar a iniciar sessão.</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Taxas</translation>
    </message>
    <message>
        <source>&amp;Save the charges</source>
        <translation>&amp;Guardar as taxas</translation>
    </message>
    <message>
        <source>&amp;VAT (%):</source>
        <translation>&amp;IVA (%):</translation>
    </message>
    <message>
        <source>Monthly &amp;fixed charge:</source>
        <translation>&amp;Taxa fixa mensal:</translation>
    </message>
    <message>
        <source>&amp;Debt recovery (% of each payment):</source>
        <translation>Recuperação de &amp;dívida (% de cada pagamento):</translation>
    </message>
    <message>
        <source>M&amp;inimum purchase:</source>
        <translation>Compra mí&amp;nima:</translation>
    </message>
    <message>
        <source>&amp;Hoarding limit (0: none):</source>
        <translation>&amp;Limite de acumulação (0: nenhum):</translation>
    </message>
    <message>
        <source>&amp;Opening fee:</source>
        <translation>Taxa de a&amp;bertura:</translation>
    </message>
    <message>
        <source>&amp;Replacement fee:</source>
        <translation>Taxa de &amp;substituição:</translation>
    </message>
    <message>
        <source>Every charge is a number such as 16 or 50.00.</source>
        <translation>Cada taxa é um número como 16 ou 50.00.</translation>
    </message>
    <message>
        <source>Charges saved.</source>
        <translation>Taxas guardadas.</translation>
    </message>
    <message>
        <source>Ledger, language and receipts</source>
        <translation>Livro-razão, idioma e recibos</translation>
    </message>
    <message>
        <source>&amp;Back up the ledger…</source>
        <translation>&amp;Copiar o livro-razão…</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>80 mm thermal roll</source>
        <translation>Rolo térmico de 80 mm</translation>
    </message>
    <message>
        <source>58 mm thermal roll</source>
        <translation>Rolo térmico de 58 mm</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>none: save receipts as PDF only</source>
        <translation>nenhuma: guardar os recibos só em PDF</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (não encontrada)</translation>
    </message>
    <message>
        <source>for example /dev/ttyUSB0; empty: no remote sales</source>
        <translation>por exemplo /dev/ttyUSB0; vazio: sem vendas remotas</translation>
    </message>
    <message>
        <source>R&amp;estore the ledger…</source>
        <translation>&amp;Restaurar o livro-razão…</translation>
    </message>
    <message>
        <source>Receipt &amp;paper:</source>
        <translation>&amp;Papel do recibo:</translation>
    </message>
    <message>
        <source>Receipt p&amp;rinter:</source>
        <translation>Impress&amp;ora de recibos:</translation>
    </message>
    <message>
        <source>Me&amp;ter line (remote sales):</source>
        <translation>Li&amp;nha do contador (vendas remotas):</translation>
    </message>
    <message>
        <source>Restore the ledger</source>
        <translation>Restaurar o livro-razão</translation>
    </message>
    <message>
        <source>Ledger backups (*.sqlite)</source>
        <translation>Cópias de segurança do livro-razão (*.sqlite)</translation>
    </message>
    <message>
        <source>An administrator of the backup signs for it.
Login:</source>
        <translation>Um administrador da cópia de segurança assina por ela.
Utilizador:</translation>
    </message>
    <message>
        <source>Password of %1:</source>
        <translation>Palavra-passe de %1:</translation>
    </message>
    <message>
        <source>Back up the ledger</source>
        <translation>Copiar o livro-razão</translation>
    </message>
    <message>
        <source>Keystore passphrase</source>
        <translation>Frase-passe do cofre de chaves</translation>
    </message>
    <message>
        <source>C&amp;hange the passphrase</source>
        <translation>&amp;Alterar a frase-passe</translation>
    </message>
    <message>
        <source>C&amp;urrent:</source>
        <translation>A&amp;tual:</translation>
    </message>
    <message>
        <source>Ne&amp;w (8 or more):</source>
        <translation>No&amp;va (8 ou mais):</translation>
    </message>
    <message>
        <source>Rep&amp;eat:</source>
        <translation>R&amp;epetir:</translation>
    </message>
    <message>
        <source>The new passphrase and its repetition differ.</source>
        <translation>A nova frase-passe e a sua repetição são diferentes.</translation>
    </message>
    <message>
        <source>The keystore passphrase is changed; give it only to those who unlock the station.</source>
        <translation>A frase-passe do cofre de chaves foi alterada; comunique-a apenas a quem desbloqueia o posto.</translation>
    </message>
    <message>
        <source>Only an administrator may restore the ledger.</source>
        <translation>Só um administrador pode restaurar o livro-razão.</translation>
    </message>
    <message>
        <source>Restored %1 journal entries; the replaced ledger is kept as %2. Sign in again.</source>
        <translation>Restauradas %1 entradas do diário; o livro-razão substituído fica guardado como %2. Inicie sessão novamente.</translation>
    </message>
    <message>
        <source>Backed up to %1 and verified.</source>
        <translation>Cópia de segurança feita em %1 e verificada.</translation>
    </message>
    <message>
        <source>&amp;Language (from the next sign-in):</source>
        <translation>&amp;Idioma (no próximo início de sessão):</translation>
    </message>
    <message>
        <source>Thermal receipt printer</source>
        <translation>Impressora térmica de recibos</translation>
    </message>
    <message>
        <source>System printer (chosen above)</source>
        <translation>Impressora do sistema (escolhida acima)</translation>
    </message>
    <message>
        <source>ESC/POS on a device (serial or USB)</source>
        <translation>ESC/POS num dispositivo (série ou USB)</translation>
    </message>
    <message>
        <source>ESC/POS on the network (port 9100)</source>
        <translation>ESC/POS na rede (porta 9100)</translation>
    </message>
    <message>
        <source>for example /dev/usb/lp0 or /dev/ttyUSB0</source>
        <translation>por exemplo /dev/usb/lp0 ou /dev/ttyUSB0</translation>
    </message>
    <message>
        <source>as it is (USB printer)</source>
        <translation>tal como está (impressora USB)</translation>
    </message>
    <message>
        <source>HOST or HOST:PORT, for example 192.0.2.10:9100</source>
        <translation>HOST ou HOST:PORT, por exemplo 192.0.2.10:9100</translation>
    </message>
    <message>
        <source>CP858 (Latin with the euro sign)</source>
        <translation>CP858 (latino com o símbolo do euro)</translation>
    </message>
    <message>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <source>Print &amp;receipts on:</source>
        <translation>Imprimir recibo&amp;s em:</translation>
    </message>
    <message>
        <source>De&amp;vice:</source>
        <translation>&amp;Dispositivo:</translation>
    </message>
    <message>
        <source>Serial &amp;speed (8N1):</source>
        <translation>&amp;Velocidade série (8N1):</translation>
    </message>
    <message>
        <source>Net&amp;work address:</source>
        <translation>&amp;Endereço de rede:</translation>
    </message>
    <message>
        <source>Code p&amp;age:</source>
        <translation>Pá&amp;gina de código:</translation>
    </message>
    <message>
        <source>&amp;Network…</source>
        <translation>&amp;Rede…</translation>
    </message>
</context>
<context>
    <name>AllStationsReports</name>
    <message>
        <source>The central server refused the login: check the password, or ask for a reporting login (ampcard server add-reporter). %1</source>
        <translation>O servidor central recusou o utilizador: verifique a palavra-passe ou peça um utilizador de relatórios (ampcard server add-reporter). %1</translation>
    </message>
    <message>
        <source>The central server cannot be reached: this station is offline or the server is down. Its own reports work offline (untick All stations). %1</source>
        <translation>O servidor central não está acessível: este posto está sem ligação ou o servidor está em baixo. Os relatórios do próprio posto funcionam sem ligação (desmarque Todos os postos). %1</translation>
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
    <name>CardsPage</name>
    <message>
        <source>&amp;Read the card in the reader</source>
        <translation>&amp;Ler o cartão no leitor</translation>
    </message>
    <message>
        <source>Cannot use the card reader: %1</source>
        <translation>Não é possível usar o leitor de cartões: %1</translation>
    </message>
    <message>
        <source>Cannot read the card: %1</source>
        <translation>Não é possível ler o cartão: %1</translation>
    </message>
    <message>
        <source>In the ledger: %1, %2%3%4</source>
        <translation>No livro-razão: %1, %2%3%4</translation>
    </message>
    <message>
        <source>, meter %1</source>
        <translation>, contador %1</translation>
    </message>
    <message>
        <source>In the ledger: never issued by this station&apos;s utility ledger.</source>
        <translation>No livro-razão: nunca emitido pelo livro-razão da distribuidora deste posto.</translation>
    </message>
    <message>
        <source>Every record on the card verifies.</source>
        <translation>Todos os registos do cartão passam na verificação.</translation>
    </message>
    <message>
        <source>A record on this card does not verify: keep the card and report it.</source>
        <translation>Um registo deste cartão não passa na verificação: retenha o cartão e comunique-o.</translation>
    </message>
    <message>
        <source>Issue a function card (that kind of card in the reader)</source>
        <translation>Emitir um cartão de função (esse tipo de cartão no leitor)</translation>
    </message>
    <message>
        <source>with the meter&apos;s tariff plan</source>
        <translation>com o plano de tarifa do contador</translation>
    </message>
    <message>
        <source>&amp;Write the function card</source>
        <translation>&amp;Gravar o cartão de função</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Meter number:</source>
        <translation>Número do c&amp;ontador:</translation>
    </message>
    <message>
        <source>&amp;Preset credit:</source>
        <translation>Crédito &amp;pré-carregado:</translation>
    </message>
    <message>
        <source>New key &amp;version:</source>
        <translation>Nova &amp;versão da chave:</translation>
    </message>
    <message>
        <source>The preset credit is an amount such as 40.00.</source>
        <translation>O crédito pré-carregado é um valor como 40.00.</translation>
    </message>
    <message>
        <source>%1 written for meter %2.</source>
        <translation>%1 gravado para o contador %2.</translation>
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
    <name>Currencies</name>
    <message>
        <source>Kenyan shilling</source>
        <translation>Xelim queniano</translation>
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
        <source>Chinese yuan</source>
        <translation>Yuan chinês</translation>
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
        <source>Jordanian dinar</source>
        <translation>Dinar jordano</translation>
    </message>
    <message>
        <source>Kuwaiti dinar</source>
        <translation>Dinar kuwaitiano</translation>
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
        <source>UAE dirham</source>
        <translation>Dirham dos EAU</translation>
    </message>
    <message>
        <source>Angolan kwanza</source>
        <translation>Kwanza angolano</translation>
    </message>
    <message>
        <source>Congolese franc</source>
        <translation>Franco congolês</translation>
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
        <source>Iraqi dinar</source>
        <translation>Dinar iraquiano</translation>
    </message>
    <message>
        <source>Japanese yen</source>
        <translation>Iene japonês</translation>
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
        <source>Saudi riyal</source>
        <translation>Rial saudita</translation>
    </message>
    <message>
        <source>The currency &quot;%1&quot; is not one the station knows: use an ISO 4217 code from the list (for example KES, XOF or KWD).</source>
        <translation>A moeda &quot;%1&quot; não é conhecida pelo posto: use um código ISO 4217 da lista (por exemplo KES, XOF ou KWD).</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <source>single phase</source>
        <translation>monofásico</translation>
    </message>
    <message>
        <source>three phase</source>
        <translation>trifásico</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ativo</translation>
    </message>
    <message>
        <source>suspended (no sales)</source>
        <translation>suspenso (sem vendas)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefone:</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>&amp;Morada:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>&amp;Meter:</source>
        <translation>&amp;Contador:</translation>
    </message>
    <message>
        <source>Tariff p&amp;lan:</source>
        <translation>&amp;Plano de tarifa:</translation>
    </message>
    <message>
        <source>P&amp;hases:</source>
        <translation>&amp;Fases:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Contador</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Não existe o cliente %1.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>CustomerModel</name>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Morada</translation>
    </message>
    <message>
        <source>Meters</source>
        <translation>Contadores</translation>
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
    <name>DemoMeter</name>
    <message>
        <source>&amp;Reverse flow (power goes out)</source>
        <translation>Fluxo &amp;inverso (a energia sai)</translation>
    </message>
    <message>
        <source>&amp;Insert demo card 1</source>
        <translation>Inserir cartão de &amp;demonstração 1</translation>
    </message>
    <message>
        <source>Demo meter %1</source>
        <translation>Contador de demonstração %1</translation>
    </message>
    <message>
        <source> W</source>
        <translation> W</translation>
    </message>
    <message>
        <source>real time</source>
        <translation>tempo real</translation>
    </message>
    <message>
        <source>a minute each second</source>
        <translation>um minuto por segundo</translation>
    </message>
    <message>
        <source>an hour each second</source>
        <translation>uma hora por segundo</translation>
    </message>
    <message>
        <source>alarm</source>
        <translation>alarme</translation>
    </message>
    <message>
        <source>trip</source>
        <translation>corte</translation>
    </message>
    <message>
        <source>&amp;Load:</source>
        <translation>&amp;Carga:</translation>
    </message>
    <message>
        <source>&amp;Clock runs:</source>
        <translation>&amp;Relógio corre:</translation>
    </message>
    <message>
        <source>%1 is damaged or not the demo meter&apos;s memory: remove it to start the demo meter afresh.</source>
        <translation>%1 está danificado ou não é a memória do contador de demonstração: remova-o para reiniciar o contador de demonstração do zero.</translation>
    </message>
    <message>
        <source>The demo meter is made with the utility&apos;s keys: a supervisor signs in with the keystore passphrase first.</source>
        <translation>O contador de demonstração é criado com as chaves da distribuidora: primeiro um supervisor inicia sessão com a frase-passe do cofre de chaves.</translation>
    </message>
    <message>
        <source>Cannot set up the demo meter: %1</source>
        <translation>Não é possível preparar o contador de demonstração: %1</translation>
    </message>
    <message>
        <source>Sell to the demo customer on the Sell page (F5 reads the card), then insert the card here: the meter loads the purchase and counts down.</source>
        <translation>Venda ao cliente de demonstração na página Vender (F5 lê o cartão) e depois insira aqui o cartão: o contador carrega a compra e faz a contagem decrescente.</translation>
    </message>
    <message>
        <source>The card is back in the station&apos;s reader.</source>
        <translation>O cartão voltou ao leitor do posto.</translation>
    </message>
    <message>
        <source>C-00 good: the purchase is loaded.</source>
        <translation>C-00 bom: a compra foi carregada.</translation>
    </message>
    <message>
        <source>C-01: the meter wrote its record to the card.</source>
        <translation>C-01: o contador gravou o seu registo no cartão.</translation>
    </message>
    <message>
        <source>C-02: nothing new on the card; the meter wrote its record to it.</source>
        <translation>C-02: nada de novo no cartão; o contador gravou nele o seu registo.</translation>
    </message>
    <message>
        <source>C-%1: the meter refused the card (docs/meter.md lists the codes).</source>
        <translation>C-%1: o contador recusou o cartão (docs/meter.md lista os códigos).</translation>
    </message>
    <message>
        <source>relay closed: power on</source>
        <translation>relé fechado: energia ligada</translation>
    </message>
    <message>
        <source>relay open: power off</source>
        <translation>relé aberto: energia desligada</translation>
    </message>
    <message>
        <source>%1 · forward %2 kWh · reverse %3 kWh · %4</source>
        <translation>%1 · direta %2 kWh · inversa %3 kWh · %4</translation>
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
    <name>LoginDialog</name>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Palavra-passe:</translation>
    </message>
    <message>
        <source>&amp;Keystore passphrase:</source>
        <translation>&amp;Frase-passe do cofre de chaves:</translation>
    </message>
    <message>
        <source>Sign in — %1</source>
        <translation>Iniciar sessão — %1</translation>
    </message>
    <message>
        <source>Locked — %1</source>
        <translation>Bloqueado — %1</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Operador:</translation>
    </message>
    <message>
        <source>&amp;Recover a locked login…</source>
        <translation>&amp;Recuperar um utilizador bloqueado…</translation>
    </message>
    <message>
        <source>Recover a locked login — %1</source>
        <translation>Recuperar um utilizador bloqueado — %1</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nova palavra-passe:</translation>
    </message>
    <message>
        <source>The keystore&apos;s passphrase unlocks the login and sets its new password; the recovery goes to the audit log.</source>
        <translation>A frase-passe do cofre de chaves desbloqueia o utilizador e define a sua nova palavra-passe; a recuperação fica no registo de auditoria.</translation>
    </message>
    <message>
        <source>Give the locked login and a new password of 8 characters or more.</source>
        <translation>Indique o utilizador bloqueado e uma nova palavra-passe de 8 ou mais carateres.</translation>
    </message>
    <message>
        <source>The keystore did not open: %1. Recovery refused.</source>
        <translation>O cofre de chaves não abriu: %1. Recuperação recusada.</translation>
    </message>
    <message>
        <source>The keystore did not open: %1. Cards cannot be written until a supervisor unlocks it.</source>
        <translation>O cofre de chaves não abriu: %1. Os cartões não podem ser gravados até um supervisor o desbloquear.</translation>
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
        <translation>&amp;Vender</translation>
    </message>
    <message>
        <source>S&amp;hift</source>
        <translation>&amp;Turno</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>C&amp;ontas</translation>
    </message>
    <message>
        <source>&amp;Cards</source>
        <translation>&amp;Cartões</translation>
    </message>
    <message>
        <source>&amp;Tariffs</source>
        <translation>T&amp;arifas</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Relatórios</translation>
    </message>
    <message>
        <source>Ad&amp;ministration</source>
        <translation>Ad&amp;ministração</translation>
    </message>
    <message>
        <source>&amp;Card reader</source>
        <translation>&amp;Leitor de cartões</translation>
    </message>
    <message>
        <source>Read the card (F5)</source>
        <translation>Ler o cartão (F5)</translation>
    </message>
    <message>
        <source>Insert demo card %1</source>
        <translation>Inserir cartão de demonstração %1</translation>
    </message>
    <message>
        <source>Pull the card</source>
        <translation>Retirar o cartão</translation>
    </message>
    <message>
        <source>&amp;Demo meter</source>
        <translation>Contador de &amp;demonstração</translation>
    </message>
    <message>
        <source>S&amp;ession</source>
        <translation>S&amp;essão</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>no shift open</source>
        <translation>nenhum turno aberto</translation>
    </message>
    <message>
        <source>shift open since %1</source>
        <translation>turno aberto desde %1</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · reader: %4</source>
        <translation>%1 (%2) · %3 · leitor: %4</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ninguém</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>&amp;Open my shift</source>
        <translation>A&amp;brir o meu turno</translation>
    </message>
    <message>
        <source>&amp;Close my shift and print the Z report</source>
        <translation>&amp;Fechar o meu turno e imprimir o relatório Z</translation>
    </message>
    <message>
        <source>Shift open. Good selling.</source>
        <translation>Turno aberto. Boas vendas.</translation>
    </message>
    <message>
        <source>Shift closed; the Z report is sealed and saved as %1.</source>
        <translation>Turno fechado; o relatório Z foi selado e guardado como %1.</translation>
    </message>
    <message>
        <source>day, month (YYYY-MM), login or customer number</source>
        <translation>dia, mês (AAAA-MM), utilizador ou número de cliente</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>E&amp;xecutar</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar C&amp;SV…</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ficheiros CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ficheiros PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Não é possível gravar %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n tariff, fee or operator change(s) from other stations applied.</source>
        <translation>
            <numerusform>Aplicada %n alteração de tarifa, taxa ou operador de outros postos.</numerusform>
            <numerusform>Aplicadas %n alterações de tarifas, taxas ou operadores de outros postos.</numerusform>
        </translation>
    </message>
    <message>
        <source>All statio&amp;ns</source>
        <translation>To&amp;dos os postos</translation>
    </message>
    <message>
        <source>Run the report on the central server over every station</source>
        <translation>Executar o relatório no servidor central para todos os postos</translation>
    </message>
    <message>
        <source>Reporting ser&amp;ver…</source>
        <translation>Ser&amp;vidor de relatórios…</translation>
    </message>
    <message>
        <source>day, or month (YYYY-MM)</source>
        <translation>dia, ou mês (AAAA-MM)</translation>
    </message>
    <message>
        <source>Reporting server</source>
        <translation>Servidor de relatórios</translation>
    </message>
    <message>
        <source>The URL of the reporting login (ampcard server add-reporter). It is kept without its password.</source>
        <translation>O URL do utilizador de relatórios (ampcard server add-reporter). É guardado sem a palavra-passe.</translation>
    </message>
    <message>
        <source>Reports over all stations are for a supervisor of a station that has joined a server.</source>
        <translation>Os relatórios de todos os postos são para um supervisor de um posto associado a um servidor.</translation>
    </message>
    <message>
        <source>The password of the reporting login %1:</source>
        <translation>Palavra-passe do utilizador de relatórios %1:</translation>
    </message>
    <message>
        <source>Asking the central server…</source>
        <translation>A consultar o servidor central…</translation>
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
    <name>NetworkDialog</name>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Associar</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar já</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>the URL printed by ampcard server add-station</source>
        <translation>o URL impresso por ampcard server add-station</translation>
    </message>
    <message>
        <source>when the URL holds none</source>
        <translation>se o URL não tiver nenhuma</translation>
    </message>
    <message>
        <source>the utility&apos;s CA certificate, when the URL names none</source>
        <translation>o certificado CA da distribuidora, se o URL não indicar nenhum</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rvidor:</translation>
    </message>
    <message>
        <source>S&amp;tation number:</source>
        <translation>Número do pos&amp;to:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Palavra-passe:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Ficheiro &amp;CA:</translation>
    </message>
    <message>
        <source>This station sells on its own ledger only (stand-alone).</source>
        <translation>Este posto vende apenas no seu próprio livro-razão (autónomo).</translation>
    </message>
    <message>
        <source>Station %1 of %2
Float left: %3
%4
Last error: %5</source>
        <translation>Posto %1 de %2
Plafond restante: %3
%4
Último erro: %5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Only an administrator joins the station to a server.</source>
        <translation>Só um administrador associa o posto a um servidor.</translation>
    </message>
    <message>
        <source>Cannot join the server: %1</source>
        <translation>Não é possível associar-se ao servidor: %1</translation>
    </message>
    <message>
        <source>Joined as station %1; %2 journal entries and %3 audit lines sent.</source>
        <translation>Associado como posto %1; enviadas %2 entradas do diário e %3 linhas de auditoria.</translation>
    </message>
    <message>
        <source>The push stopped: %1</source>
        <translation>O envio parou: %1</translation>
    </message>
    <message>
        <source>Joined, but the upload stopped (%1). It goes on by itself.</source>
        <translation>Associado, mas o envio parou (%1). Continua automaticamente.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registo</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Other station</source>
        <translation>Outro posto</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>The same number made at two stations: the first one to reach the server holds it. Settle each with the other station.</source>
        <translation>O mesmo número criado em dois postos: fica com ele o primeiro que chegar ao servidor. Regularize cada caso com o outro posto.</translation>
    </message>
    <message>
        <source>refused by the server: the other station&apos;s holds it</source>
        <translation>recusado pelo servidor: prevalece o do outro posto</translation>
    </message>
    <message>
        <source>the other station&apos;s not taken: this one has its own</source>
        <translation>o do outro posto não foi aceite: este tem o seu próprio</translation>
    </message>
    <message>
        <source>Sent %1 journal entries and %2 audit lines; %3 records sent, %4 taken from other stations.</source>
        <translation>Enviadas %1 entradas do diário e %2 linhas de auditoria; %3 registos enviados, %4 recebidos de outros postos.</translation>
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
    <name>QuoteModel</name>
    <message>
        <source>Fixed charge</source>
        <translation>Taxa fixa</translation>
    </message>
    <message>
        <source>first purchase of the month</source>
        <translation>primeira compra do mês</translation>
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
        <source>  step %1</source>
        <translation>  escalão %1</translation>
    </message>
    <message>
        <source>%1 kWh at %2</source>
        <translation>%1 kWh a %2</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energia</translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <translation>%1 kWh</translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation>Total a pagar</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Arredondamento</translation>
    </message>
</context>
<context>
    <name>ReceiptFinder</name>
    <message>
        <source>scan the receipt&apos;s QR code, or type its number</source>
        <translation>leia o código QR do recibo ou escreva o seu número</translation>
    </message>
    <message>
        <source>&amp;Find receipt:</source>
        <translation>&amp;Procurar recibo:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Print a&amp;gain</source>
        <translation>&amp;Reimprimir</translation>
    </message>
    <message>
        <source>Receipt %1. Ctrl+P prints it again.</source>
        <translation>Recibo %1. Ctrl+P imprime-o novamente.</translation>
    </message>
    <message>
        <source>The receipt was printed again.</source>
        <translation>O recibo foi impresso novamente.</translation>
    </message>
    <message>
        <source>The receipt did not print: %1</source>
        <translation>O recibo não foi impresso: %1</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>There is no printer &quot;%1&quot; on this computer: choose another in Administration.</source>
        <translation>Não existe a impressora &quot;%1&quot; neste computador: escolha outra em Administração.</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; cannot print now.</source>
        <translation>A impressora &quot;%1&quot; não pode imprimir agora.</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; reported an error.</source>
        <translation>A impressora &quot;%1&quot; comunicou um erro.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n linha.</numerusform>
            <numerusform>%n linhas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No receipt printer device is set: an administrator sets it in Administration (for example /dev/usb/lp0 or /dev/ttyUSB0).</source>
        <translation>Não está definido nenhum dispositivo de impressora de recibos: um administrador define-o em Administração (por exemplo /dev/usb/lp0 ou /dev/ttyUSB0).</translation>
    </message>
    <message>
        <source>The receipt printer is a system printer, not a thermal one.</source>
        <translation>A impressora de recibos é uma impressora do sistema, não uma térmica.</translation>
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
    <name>SellPage</name>
    <message>
        <source>&amp;Combine with the purchase still on the card</source>
        <translation>&amp;Combinar com a compra ainda no cartão</translation>
    </message>
    <message>
        <source>&amp;Sell (Enter)</source>
        <translation>&amp;Vender (Enter)</translation>
    </message>
    <message>
        <source>Sell remotel&amp;y (Ctrl+R)</source>
        <translation>Vender re&amp;motamente (Ctrl+R)</translation>
    </message>
    <message>
        <source>Meter number, customer number or name, then Enter — or F5 to read the card</source>
        <translation>Número do contador, número ou nome do cliente e Enter — ou F5 para ler o cartão</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Dinheiro</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>Energia (kWh)</translation>
    </message>
    <message>
        <source>Amount, then Enter to sell</source>
        <translation>Valor e Enter para vender</translation>
    </message>
    <message>
        <source>Without the card: the purchase goes to the meter over the meter line set in Administration.</source>
        <translation>Sem o cartão: a compra vai para o contador pela linha do contador definida em Administração.</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Procurar:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>V&amp;alor:</translation>
    </message>
    <message>
        <source>Read card (F5)</source>
        <translation>Ler cartão (F5)</translation>
    </message>
    <message>
        <source>Receipt (Ctrl+P prints again)</source>
        <translation>Recibo (Ctrl+P imprime de novo)</translation>
    </message>
    <message>
        <source>No account chosen.</source>
        <translation>Nenhuma conta escolhida.</translation>
    </message>
    <message>
        <source>%1  %2  meter %3</source>
        <translation>%1  %2  contador %3</translation>
    </message>
    <message>
        <source>No account matches &quot;%1&quot;. Check the number, or read the card with F5.</source>
        <translation>Nenhuma conta corresponde a &quot;%1&quot;. Verifique o número, ou leia o cartão com F5.</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts match: choose one with the arrows and Enter.</source>
        <translation>
            <numerusform>%n conta corresponde: escolha-a com as setas e Enter.</numerusform>
            <numerusform>%n contas correspondem: escolha uma com as setas e Enter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meter %1 is not registered.</source>
        <translation>O contador %1 não está registado.</translation>
    </message>
    <message>
        <source>Cannot use the card reader: %1</source>
        <translation>Não é possível usar o leitor de cartões: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Meter %1 · plan %2 · card %3</source>
        <translation>Contador %1 · plano %2 · cartão %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Remaining %1 · period usage %2 kWh · forward %3 kWh (from the last card read)</source>
        <translation>Restante %1 · consumo do período %2 kWh · direta %3 kWh (da última leitura do cartão)</translation>
    </message>
    <message>
        <source>The meter has not written to the card yet.</source>
        <translation>O contador ainda não gravou no cartão.</translation>
    </message>
    <message>
        <source>The meter has not loaded the card&apos;s account-opening record yet: this purchase is combined with it.</source>
        <translation>O contador ainda não carregou o registo de abertura de conta do cartão: esta compra é combinada com ele.</translation>
    </message>
    <message>
        <source>a purchase on the card is not loaded into the meter yet</source>
        <translation>uma compra no cartão ainda não foi carregada no contador</translation>
    </message>
    <message>
        <source>meter %1</source>
        <translation>contador %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>Type an amount such as 250 or 250.50.</source>
        <translation>Escreva um valor como 250 ou 250.50.</translation>
    </message>
    <message>
        <source>Type the kWh wanted, such as 12.5.</source>
        <translation>Escreva os kWh pretendidos, como 12.5.</translation>
    </message>
    <message>
        <source>Type the amount first.</source>
        <translation>Escreva primeiro o valor.</translation>
    </message>
    <message>
        <source>Find the account first, or read the card with F5.</source>
        <translation>Procure primeiro a conta, ou leia o cartão com F5.</translation>
    </message>
    <message>
        <source>Writing the card…</source>
        <translation>A gravar o cartão…</translation>
    </message>
    <message>
        <source>Recording the sale…</source>
        <translation>A registar a venda…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Concluído.</translation>
    </message>
    <message>
        <source>Find the account first (the card is not needed).</source>
        <translation>Procure primeiro a conta (o cartão não é necessário).</translation>
    </message>
    <message>
        <source>No meter line is set: an administrator sets it in Administration.</source>
        <translation>Não está definida nenhuma linha do contador: um administrador define-a em Administração.</translation>
    </message>
    <message>
        <source>The keystore is locked: a supervisor must unlock it first.</source>
        <translation>O cofre de chaves está bloqueado: um supervisor tem de o desbloquear primeiro.</translation>
    </message>
    <message>
        <source>Cannot use the meter line: %1</source>
        <translation>Não é possível usar a linha do contador: %1</translation>
    </message>
    <message>
        <source>Sending the purchase to meter %1…</source>
        <translation>A enviar a compra para o contador %1…</translation>
    </message>
    <message>
        <source>The receipt could not be written to %1.</source>
        <translation>Não foi possível gravar o recibo em %1.</translation>
    </message>
    <message>
        <source>The receipt did not print: %1 Ctrl+P prints it again.</source>
        <translation>O recibo não foi impresso: %1 Ctrl+P imprime-o de novo.</translation>
    </message>
    <message>
        <source>Sold: %1 paid, %2 kWh delivered to meter %3. Escape for the next customer.</source>
        <translation>Vendido: %1 pago, %2 kWh entregues ao contador %3. Prima Esc para o cliente seguinte.</translation>
    </message>
    <message>
        <source>Sold: %1 paid, %2 kWh on card %3. Escape for the next customer.</source>
        <translation>Vendido: %1 pago, %2 kWh no cartão %3. Prima Esc para o cliente seguinte.</translation>
    </message>
    <message>
        <source>The receipt was printed again.</source>
        <translation>O recibo foi impresso novamente.</translation>
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
    <name>SetupWizard</name>
    <message>
        <source>Set up Ampcard Station</source>
        <translation>Configurar o Ampcard Station</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 (%n decimal place(s))</source>
        <translation>
            <numerusform>%1 — %2 (%n casa decimal)</numerusform>
            <numerusform>%1 — %2 (%n casas decimais)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Utility name:</source>
        <translation>&amp;Nome da distribuidora:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Moeda:</translation>
    </message>
    <message>
        <source>Utility &amp;id (on every card):</source>
        <translation>&amp;Id da distribuidora (em cada cartão):</translation>
    </message>
    <message>
        <source>&amp;Station number:</source>
        <translation>Número do &amp;posto:</translation>
    </message>
    <message>
        <source>The utility</source>
        <translation>A distribuidora</translation>
    </message>
    <message>
        <source>Who sells, in which currency, and this station&apos;s number.</source>
        <translation>Quem vende, em que moeda, e o número deste posto.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Utilizador:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Password (8 characters or more):</source>
        <translation>&amp;Palavra-passe (8 ou mais carateres):</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Repetir a palavra-passe:</translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation>O primeiro administrador</translation>
    </message>
    <message>
        <source>The administrator adds the other operators.</source>
        <translation>O administrador adiciona os outros operadores.</translation>
    </message>
    <message>
        <source>&amp;Make a new master key (a new utility)</source>
        <translation>&amp;Criar uma nova chave mestra (nova distribuidora)</translation>
    </message>
    <message>
        <source>&amp;Import the utility&apos;s keystore file</source>
        <translation>&amp;Importar o ficheiro do cofre de chaves da distribuidora</translation>
    </message>
    <message>
        <source>keystore file to import</source>
        <translation>ficheiro do cofre de chaves a importar</translation>
    </message>
    <message>
        <source>Add &amp;demo data: plan DEMO and customer DEMO-1</source>
        <translation>Adicionar dados de &amp;demonstração: plano DEMO e cliente DEMO-1</translation>
    </message>
    <message>
        <source>Keystore &amp;passphrase:</source>
        <translation>&amp;Frase-passe do cofre de chaves:</translation>
    </message>
    <message>
        <source>Repeat the passphrase:</source>
        <translation>Repetir a frase-passe:</translation>
    </message>
    <message>
        <source>The keys</source>
        <translation>As chaves</translation>
    </message>
    <message>
        <source>Cards are sealed with keys derived from the utility&apos;s master key, kept encrypted under a passphrase that a supervisor types at every start.</source>
        <translation>Os cartões são selados com chaves derivadas da chave mestra da distribuidora, guardada cifrada com uma frase-passe que um supervisor escreve em cada arranque.</translation>
    </message>
    <message>
        <source>The two administrator passwords differ.</source>
        <translation>As duas palavras-passe do administrador são diferentes.</translation>
    </message>
    <message>
        <source>The two keystore passphrases differ.</source>
        <translation>As duas frases-passe do cofre de chaves são diferentes.</translation>
    </message>
    <message>
        <source>The keystore passphrase needs at least 8 characters.</source>
        <translation>A frase-passe do cofre de chaves precisa de pelo menos 8 carateres.</translation>
    </message>
    <message>
        <source>Cannot make the keystore: %1</source>
        <translation>Não é possível criar o cofre de chaves: %1</translation>
    </message>
    <message>
        <source>The keystore %1 does not open: %2</source>
        <translation>O cofre de chaves %1 não abre: %2</translation>
    </message>
    <message>
        <source>That keystore is for utility %1, not %2.</source>
        <translation>Esse cofre de chaves é da distribuidora %1, não da %2.</translation>
    </message>
    <message>
        <source>Cannot copy the keystore to %1.</source>
        <translation>Não é possível copiar o cofre de chaves para %1.</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Configuração</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Idi&amp;oma:</translation>
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
    <name>Station</name>
    <message>
        <source>Ampcard Station, the prepaid electricity counter.</source>
        <translation>Ampcard Station, o posto de venda de eletricidade pré-paga.</translation>
    </message>
    <message>
        <source>ledger file</source>
        <translation>ficheiro do livro-razão</translation>
    </message>
    <message>
        <source>never start the built-in virtual card reader</source>
        <translation>nunca iniciar o leitor de cartões virtual integrado</translation>
    </message>
    <message>
        <source>Ampcard Station</source>
        <translation>Ampcard Station</translation>
    </message>
    <message>
        <source>Virtual card reader</source>
        <translation>Leitor de cartões virtual</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demonstração</translation>
    </message>
    <message>
        <source>render every page in every language at 1366×768 as PNG into DIR (a demo ledger in a temporary folder) and quit</source>
        <translation>gerar cada página em cada idioma a 1366×768 como PNG em DIR (um livro-razão de demonstração numa pasta temporária) e terminar</translation>
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
    <name>SyncIndicator</name>
    <message>
        <source>Offline since %1</source>
        <translation>Sem ligação desde %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ainda não sincronizado</translation>
    </message>
    <message>
        <source>Synced %1 s ago</source>
        <translation>Sincronizado há %1 s</translation>
    </message>
    <message numerus="yes">
        <source> · %n waiting</source>
        <translation>
            <numerusform> · %n em espera</numerusform>
            <numerusform> · %n em espera</numerusform>
        </translation>
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
    <name>TariffsPage</name>
    <message>
        <source>sharp</source>
        <translation>superponta</translation>
    </message>
    <message>
        <source>peak</source>
        <translation>ponta</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>cheias</translation>
    </message>
    <message>
        <source>valley</source>
        <translation>vazio</translation>
    </message>
    <message>
        <source>&amp;Time of use</source>
        <translation>&amp;Tarifa horária</translation>
    </message>
    <message>
        <source>Up to (kWh in the period)</source>
        <translation>Até (kWh no período)</translation>
    </message>
    <message>
        <source>Price per kWh</source>
        <translation>Preço por kWh</translation>
    </message>
    <message>
        <source>monthly, on the 1st at 00:00</source>
        <translation>mensal, no dia 1 às 00:00</translation>
    </message>
    <message>
        <source>yearly, on the dates below</source>
        <translation>anual, nas datas abaixo</translation>
    </message>
    <message>
        <source>Price per kWh (empty: not used)</source>
        <translation>Preço por kWh (em branco: não usado)</translation>
    </message>
    <message>
        <source>From (HH:MM)</source>
        <translation>Desde (HH:MM)</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>&amp;Rates:</source>
        <translation>Períodos &amp;horários:</translation>
    </message>
    <message>
        <source>&amp;Periods a day:</source>
        <translation>&amp;Intervalos por dia:</translation>
    </message>
    <message>
        <source>&amp;Quote at rate:</source>
        <translation>&amp;Simular no período:</translation>
    </message>
    <message>
        <source>&amp;Add this version</source>
        <translation>A&amp;dicionar esta versão</translation>
    </message>
    <message>
        <source>A&amp;ssign</source>
        <translation>Atri&amp;buir</translation>
    </message>
    <message>
        <source>&amp;Plan name:</source>
        <translation>&amp;Nome do plano:</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>&amp;Escalões:</translation>
    </message>
    <message>
        <source>S&amp;ettlement:</source>
        <translation>&amp;Apuramento:</translation>
    </message>
    <message>
        <source>Yearly &amp;dates:</source>
        <translation>Datas an&amp;uais:</translation>
    </message>
    <message>
        <source>Takes effect (&amp;local time):</source>
        <translation>Entra em vigor (hora &amp;local):</translation>
    </message>
    <message>
        <source>New plan version</source>
        <translation>Nova versão do plano</translation>
    </message>
    <message>
        <source>&amp;Usage in a period (kWh):</source>
        <translation>&amp;Consumo num período (kWh):</translation>
    </message>
    <message>
        <source>Bill preview</source>
        <translation>Simulação da fatura</translation>
    </message>
    <message>
        <source>Customer &amp;group:</source>
        <translation>&amp;Grupo de clientes:</translation>
    </message>
    <message>
        <source>P&amp;lan:</source>
        <translation>&amp;Plano:</translation>
    </message>
    <message>
        <source>Plan of a customer group</source>
        <translation>Plano de um grupo de clientes</translation>
    </message>
    <message>
        <source>Surcharge per kWh</source>
        <translation>Sobretaxa por kWh</translation>
    </message>
    <message>
        <source>Group %1 is on plan %2.</source>
        <translation>O grupo %1 está no plano %2.</translation>
    </message>
    <message>
        <source>(no limit)</source>
        <translation>(sem limite)</translation>
    </message>
    <message>
        <source>Not a valid tariff yet: %1</source>
        <translation>Ainda não é uma tarifa válida: %1</translation>
    </message>
    <message>
        <source>Type the usage in kWh.</source>
        <translation>Escreva o consumo em kWh.</translation>
    </message>
    <message>
        <source>step %1: %2 kWh × %3 = %4</source>
        <translation>escalão %1: %2 kWh × %3 = %4</translation>
    </message>
    <message>
        <source>%1 kWh in a period cost %2 before VAT.</source>
        <translation>%1 kWh num período custam %2 antes do IVA.</translation>
    </message>
    <message>
        <source>(with time of use: all of it at the %1 rate, as a quote counts it)</source>
        <translation>(com tarifa horária: tudo ao preço do período %1, como numa simulação)</translation>
    </message>
    <message>
        <source>Name the plan.</source>
        <translation>Indique o nome do plano.</translation>
    </message>
    <message>
        <source>Plan %1 version %2 takes effect %3; meters get it on their next purchase card.</source>
        <translation>O plano %1 versão %2 entra em vigor %3; os contadores recebem-no no próximo cartão de compra.</translation>
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
    <name>UsageChart</name>
    <message>
        <source>Bought (kWh)</source>
        <translation>Comprado (kWh)</translation>
    </message>
    <message>
        <source>Used (kWh)</source>
        <translation>Consumido (kWh)</translation>
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
        <translation>Não é possível criar os cartões de demonstração com %1.</translation>
    </message>
    <message>
        <source>The virtual reader is busy.</source>
        <translation>O leitor virtual está ocupado.</translation>
    </message>
    <message>
        <source>The virtual card did not come up: is pcscd running with vpcd (bash scripts/deps.sh card)?</source>
        <translation>O cartão virtual não apareceu: o pcscd está a correr com o vpcd (bash scripts/deps.sh card)?</translation>
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
