import type { Lexicon } from "./types";

/**
 * Italian. Elisions split at the apostrophe ("dov'è" → "dov", "e"; "l'ordine" → "l", "ordine").
 * Stemming-lite drops the final vowel, so "ordine"/"ordini" and "consegnato"/"consegnata" meet.
 */
export const it: Lexicon = {
  language: "it",
  stopwords: `io tu lui lei noi voi loro mi ti si ci vi lo la li le gli il i un uno una del della dei degli delle
    dello al alla ai agli alle allo dal dalla dai da di a in con su per tra fra e o ma pero perche che chi
    cosa come quando dove quale quali quanto quanta questo questa questi queste quello quella sono sei
    siamo siete era stato stata essere ho hai ha abbiamo avete hanno avevo avere fatto fare posso puoi puo
    possiamo potete potreste vorrei voglio vuole devo deve molto piu meno gia ancora anche sempre mai
    niente nulla nessuno qualcosa tutto tutti tutta oggi domani ieri settimana settimane giorno giorni mese
    mesi lunedi martedi mercoledi giovedi venerdi sabato domenica natale compleanno figlia figlio marito
    moglie regalo casa lavoro ciao grazie prego favore buongiorno buonasera salve si no non ne se mio mia
    miei mie tuo tua suo sua nostro vostro c l d quindi allora cosi ok sto sta stanno ecco dell nel nella
    adesso altro bene così dopo forse invece meglio mentre ogni ora perché però piace poco prima proprio
    qualche tanto sapere vedere cercare trovare trovato aspettare chiedere chiesto dire detto parlare
    risposta domanda messaggio signore signora saluti cordiali famiglia problema possibile normale venerdì
    parte passato padre madre amico amica capire capito grande grandi piccolo piccola scusa scusate
    gentile gentili passi passa
    causa ragione ore minuto veloce subito semplice ultimo ultima prossimo prossima mattina sera tempo
    mondo posto lasciare messo mettere restare
    forma`,
  suffixes: ["zioni", "zione", "i", "e", "o", "a"],
  compounds: false,
  sample: `Dov'è il mio ordine? Quando arriva il mio pacco? Vorrei annullare il mio ordine. Devo cambiare il mio
    indirizzo di spedizione. Vorrei restituire questo articolo e avere un rimborso. Posso parlare con un
    operatore? Il tracking dice consegnato ma non ho ricevuto niente. Grazie mille, buona giornata. Spedite
    in Svizzera? Quanto costano le spese di spedizione? Sono due settimane che aspetto il mio pacco.`,
  cues: {
    // The order and its journey
    order: `ordine | ordini | ordne | numero d ordine | numero ordine | acquisto | acquisti | ordinazione`,
    parcel: `pacco | pacchi | pacchetto | spedizione | consegna | articolo | articoli | merce | roba |
      scatola`,
    my: `mio | mia | miei | mie | nostro | nostra`,
    ordered: `ho ordinato | =ordinato | ho fatto un ordine | ho effettuato | =acquistato | ho comprato |
      =comprato | =pagato | ho pagato | fatto un ordine`,
    where: `dove | dov | dove e | dove si trova | dove sta | dov e finito | che fine ha fatto`,
    when: `quando | entro quando | che giorno | in che data | quanto manca | per quando | tra quanti giorni |
      fra quanti giorni | entro quanti giorni | quanti giorni mancano | quanto ci vuole ancora`,
    howLong: `quanto tempo | quanti giorni | quanto ci vuole | quanto ci mette | tempi di consegna |
      tempi di spedizione | tempistiche | in quanto tempo | quanto ci vorra | quanto ci metter*`,
    arrive: `arrivare | arriva | arrivato | arrivata | arrivati | arrivera | arrivo | giungere | venire |
      mi arriva | arriv*`,
    receive: `ricevere | ricevuto | ricevuta | ricevo | ricevero | ricevuti | avuto | ricev*`,
    ship: `spedito | spedita | spediti | spedire | spedizione | inviato | inviata | inviare | mandato |
      mandata | partito | partita | uscito dal magazzino | affidato al corriere | sped* | invi* | alla posta`,
    deliver: `consegnare | consegna | consegnera | consegnano | verra consegnato | sara consegnato |
      recapitare | recapito | consegn*`,
    delivered: `=consegnato | =consegnata | =consegnati | =consegnate | =recapitato | =recapitata |
      =lasciato | =lasciata | =depositato | risulta consegnato | averlo consegnato | notifica di consegna |
      conferma di consegna | avviso di consegna | prova di consegna | foto della consegna | foto di consegna |
      firma | firmato da | dato a | l ha dato | l avra dato | l hanno dato | =ritirato | =ritirata |
      =firmato | =firmata`,
    track: `tracking | tracciamento | codice di tracciamento | numero di tracciamento | codice tracking |
      link di tracciamento | tracciare | traccia | numero di spedizione | codice di spedizione | traking |
      trakking | tracing`,
    status: `stato dell ordine | stato del mio | stato del pacco | stato della spedizione | lo stato |
      status | in transito | in consegna | in lavorazione | in preparazione | lavorazione | dogana |
      cosa succede | che succede | cosa sta succedendo | centro di smistamento | smistamento | a che punto |
      come sta andando | come procede | etichetta creata | etichetta e stata creata |
      etichetta di spedizione | in attesa di ritiro | presa in carico | stato | in viaggio | in arrivo |
      per strada | come va l ordine | come va il mio`,
    late: `ritardo | in ritardo | ritardato | troppo tempo | tanto tempo | molto tempo | lento | un eternita |
      ancora non | non ancora | ci mette cosi tanto | ci sta mettendo | cosi tanto`,
    still: `ancora | fino ad ora | finora | ad oggi | per ora | ancora non | non ancora`,
    wait: `aspetto | aspettando | aspettare | attesa | attendo | attendendo | aspett*`,
    stuck: `fermo | ferma | bloccato | bloccata | non si muove | non si aggiorna | non aggiornato |
      non cambia | nessun aggiornamento | stesso stato | giacenza | in giacenza | da allora niente |
      da allora nulla | niente da allora | nessuna novita da`,
    ago: `la settimana scorsa | ormai | giorni fa | settimane fa | settimana fa | mesi fa | mese fa |
      da ~ giorni | da ~ settimane | da una settimana | sono ~ giorni | sono ~ settimane | dopo ~ giorni |
      dopo ~ settimane | dopo una settimana | più di una settimana | sono già ~ giorni |
      sono già ~ settimane`,
    expected: `doveva | dovrebbe | avrebbe dovuto | previsto | prevista | stimato | stimata | promesso |
      mi avevate detto | avevate detto | mi hanno detto`,
    news: `novita | notizie | aggiornamento | aggiornamenti | informazioni | info | controllare | verificare |
      sapere qualcosa | darmi notizie | guardare | dare un occhiata | dare un occhio`,
    eta: `data di consegna | data prevista | data di arrivo | consegna prevista | data di spedizione |
      data di invio`,
    carrier: `brt | bartolini | sda | gls | dhl | ups | poste italiane | poste | corriere | postino |
      fermopoint | punto di ritiro | ufficio postale | tnt | fedex`,
    rts: `tornato al mittente | reso al mittente | rispedito al mittente | ritorno al mittente`,
    // Marked delivered, but not here
    neg: `non | no | nessun | nessuna | nessuno | senza`,
    never: `mai`,
    nothing: `niente | nulla | non c e | non ce l ho | non l ho | non lo trovo | non la trovo | non trovo |
      da nessuna parte | vuota | vuoto | neanche l ombra | nemmeno l ombra | manco l ombra | nessuna traccia`,
    missing: `manca | mancano | mancante | perso | persa | smarrito | smarrita | rubato | rubata | rubato |
      sparito | sparita | scomparso | fregato | fregata | me l hanno preso`,
    place: `cassetta della posta | cassetta postale | buca delle lettere | vicino | vicini | vicina | porta |
      portone | portineria | portinaio | condominio | pianerottolo | zerbino | reception | a casa`,
    claim: `dice | risulta | segna | indica | mostra | segnato | segnata | secondo | a quanto pare |
      notifica | foto | =consegnato ma`,
    // A new address
    address: `indirizzo | indirzzo | indrizzo | via | viale | piazza | cap | codice postale | citta |
      numero civico | civico | interno | punto di ritiro | punto ritiro | fermopoint | punto poste`,
    change: `cambiare | cambio | modificare | modifica | correggere | correzione | aggiornare | cambi* |
      modific* | aggiorn* | corregg*`,
    wrong: `sbagliato | sbagliata | ho sbagliato | errato | errata | errore | scritto male | inserito male |
      messo male | vecchio | vecchia | dimenticato | incompleto | qualcun altro | qualcun altra |
      non e la mia porta | porta sbagliata | non e la mia | non e mia | non ero io | persona sbagliata`,
    new: `nuovo | nuova | altro | altra | diverso | diversa | giusto | giusta | corretto | corretta`,
    moved: `trasferito | trasferita | traslocato | trasloco | cambiato casa | cambiato indirizzo |
      nuova casa`,
    redirect: `reindirizzare | invece che | invece di | in ufficio | al lavoro | preferisco riceverlo |
      preferirei | dirottare | a casa di mia | a casa di mio | a casa dei miei | sped* ~ a casa di |
      mand* ~ a casa di | spediscilo a | speditelo a | mandatelo a | da mia madre | dai miei |
      luogo di consegna | cambiare dove | meglio a | meglio spedirlo | meglio mandarlo`,
    // Cancelling
    cancel: `annullare | annullamento | annull* | cancellare | cancellazione | disdire | disdetta | anulare`,
    stop: `bloccare | fermare | non spedire | non inviare | sospendere | fermate | ferma la spedizione |
      bloccate | =bloccarlo | =bloccarla | =bloccatelo | =bloccatela | =fermarlo | =fermarla | =fermatelo |
      =intercettare | non spedite | non speditelo | non inviatelo | non mandatelo | non spedirlo`,
    delete: `eliminare | eliminate | cancellate | togliere | rimuovere | levare`,
    dontWant: `non lo voglio piu | non la voglio piu | non voglio piu | non mi serve piu | non serve piu |
      cambiato idea | ci ho ripensato | ripensato`,
    accident: `per errore | due volte | doppio ordine | duplicato | per sbaglio | doppione |
      ho sbagliato colore | ho sbagliato taglia | ho sbagliato modello | ho sbagliato articolo |
      ho sbagliato a ordinare`,
    // Returns, exchanges, refunds
    return: `reso | resi | restituire | restituzione | rendere | rimandare | rimando | rispedire |
      mandare indietro | rimandare indietro | etichetta di reso | recesso | restitu*`,
    refund: `rimborso | rimborsare | rimbors* | i miei soldi | soldi indietro | rivoglio i soldi |
      riavere i soldi | soldi | addebitato due volte | storno | pagato due volte | addebito doppio`,
    exchange: `cambiarle | cambiarlo | cambiarla | cambiarli | sostituzione | sostituire | cambio taglia |
      cambio misura | altra taglia | taglia piu grande | taglia piu piccola`,
    defect: `rotto | rotta | rotti | danneggiato | danneggiata | difettoso | difettosa | articolo sbagliato |
      prodotto sbagliato | taglia sbagliata | colore sbagliato | non e quello che ho ordinato | piccolo |
      piccola | piccole | piccoli | troppo grande | troppo piccolo | troppo stretto | non mi sta | non mi va |
      non va bene | macchiato | graffiato | strappato | schiacciato | rovinato | rovinata | scarsa qualita |
      in mille pezzi | a pezzi | in pezzi | distrutto | distrutta | frantumato | non e il mio ordine |
      non e il mio pacco | pacco sbagliato | ordine di qualcun altro | perdeva | perdita | rovesciato |
      versato | sciolto | scaduto | ammuffito`,
    notWorking: `non funziona | non va | smesso di funzionare`,
    size: `taglia | taglie | misura`,
    // A person
    human: `umano | umana | persona | persona reale | persona vera | operatore | operatrice | agente |
      consulente | addetto | impiegato | dipendente | responsabile | superiore | capo | manager`,
    someone: `qualcuno`,
    help: `aiutare | aiutarmi | aiuto`,
    talk: `parlare | chiamare | chiamatemi | richiamare | richiamatemi | mettermi in contatto | telefonare |
      sentire | al telefono | per telefono | passami | mi passi | passatemi | mettermi in contatto con |
      chiam* | richiam*`,
    support: `servizio clienti | assistenza | supporto | customer care | assistenza clienti | help desk |
      servizio assistenza`,
    contact: `contatto | contattare | contattarvi | contatti | mettermi in contatto`,
    phoneWord: `telefono | numero di telefono | numero verde | cellulare | whatsapp | per telefono |
      telefonicamente`,
    you: `voi | vostro | vostra | lei | tu | ti | vi | avete`,
    callMe: `chiamatemi | chiamami | richiamatemi | mi chiamate | mi chiami | mi richiamate |
      mi puo chiamare | mi puo richiamare`,
    numberWord: `numero`,
    bot: `bot | robot | chatbot | ia | macchina | automatico | inutile | non serve a niente | non mi aiuta`,
    botQuestion: `sei un bot | sei un robot | sei umano | sei una persona | sei reale | e un bot |
      sto parlando con un bot | chi sei | sei una macchina`,
    want: `voglio | vorrei | ho bisogno | mi serve | passami | mi passi | passatemi`,
    complaint: `reclamo | lamentela | inaccettabile | vergogna | truffa | schifo | stufo | stufa |
      arrabbiato | arrabbiata`,
    // Anything else: chit-chat and questions before buying
    greet: `ciao | salve | buongiorno | buonasera | buon pomeriggio | hey | ehi | gentile | spettabile`,
    thanks: `grazie | grazie mille | ok | va bene | perfetto | ottimo | d accordo | arrivederci |
      buona giornata | buona serata | gentilissimi | capito`,
    shipTo: `consegnate in | consegnate a | fate spedizioni | effettuate spedizioni | spedizione in |
      spedizione verso | spedizioni in | all estero | internazionale | internazionali | fuori italia |
      spedite in | spedite a | spedite anche | spedite all estero | spedite fuori`,
    country: `italia | svizzera | san marino | vaticano | francia | germania | spagna | austria |
      regno unito | inghilterra | stati uniti | usa | belgio | olanda | paesi bassi | europa | estero |
      sardegna | sicilia | canada`,
    shippingCost: `spese di spedizione | costi di spedizione | costo della spedizione | costo di spedizione |
      costa la spedizione | spedizione gratuita | spedizione gratis | spese di consegna | dazi |
      spedizione express | spedizione espressa | consegna rapida | spedizione rapida | metodi di spedizione |
      opzioni di spedizione | consegna in 24 ore | spedizione standard`,
    free: `gratis | gratuito | gratuita | gratuite | omaggio`,
    discount: `sconto | sconti | codice sconto | coupon | codice promozionale | promozione | saldi | offerta |
      offerte | buono | carta regalo | gift card`,
    payment: `pagare | pagamento | carta di credito | paypal | contrassegno | bonifico | a rate | klarna |
      scalapay | satispay | metodi di pagamento`,
    product: `disponibile | disponibilita | in stock | materiale | tessuto | colore | colori |
      guida alle taglie | tabella taglie | che taglia | prezzo | quanto costa | garanzia | impermeabile |
      veste | in negozio | ritiro in negozio | ritirare in negozio | click and collect | fatto a mano |
      fatta a mano | fatti a mano | fatte a mano | artigianale`,
    restock: `torna disponibile | di nuovo disponibile | tornera disponibile | di nuovo in stock |
      riassortimento | esaurito | esauriti | esaurita | riassortit* | riassortire`,
    beforeBuy: `se ordino | se compro | se acquisto | se faccio un ordine | prima di ordinare |
      prima di acquistare | posso ordinare | vorrei ordinare | come ordinare | come faccio a ordinare |
      prima di comprare | prima dell acquisto | ordinare per telefono | ordinare al telefono`,
    offer: `offrite | accettate | vendete | =fate`,
    invoice: `fattura | ricevuta fiscale | scontrino | iva`,
    addItem: `aggiungere | aggiungi | unire gli ordini | unire i due ordini`,
    account: `account | il mio account | accesso | login | password | newsletter | disiscrivermi |
      registrazione`,
    emailWord: `indirizzo email | indirizzo mail | indirizzo e mail | email | mail | e mail |
      posta elettronica`,
    shipNotice: `conferma di spedizione | email di spedizione | mail di spedizione | conferma spedizione |
      avviso di spedizione`,
    openHours: `orari di apertura | orario di apertura | siete aperti | aprite | chiudete |
      a che ora chiudete | a che ora aprite`,
  },
};
