import type { Lexicon } from "./types";

/**
 * German. Compounds are read by their last part ("Lieferadresse" is an "Adresse"), so only compounds
 * whose last part would mislead are listed ("Versandkosten" is a cost, not a "Versand").
 */
export const de: Lexicon = {
  language: "de",
  stopwords: `ich du er sie es wir ihr mich mir dich dir uns euch ihn ihm ihnen sich mein meine meinen meinem
    meiner meines dein deine deinen euer eure euren unser unsere unseren der die das den dem des ein eine
    einen einem einer eines und oder aber doch denn weil dass wenn als ob wie was wer wo wann warum wieso
    weshalb welche welcher welches welchen hier da dort noch schon auch nur sehr so nicht kein keine keinen
    keiner nichts nie ja nein bitte danke mit von vom zu zum zur bei beim nach aus auf an am im in ins um
    fur uber unter vor seit bis durch gegen ohne ist bin bist sind seid war waren wird werden wurde wurden
    worden habe hab hast hat haben hatte hatten kann kannst konnen konnt konnte mochte mochten will willst
    wollen wollte soll sollen muss mussen mal halt eben jetzt heute morgen gestern immer wieder etwa gerne
    gern hallo moin servus leider bereits eigentlich einfach genau also dann sonst nochmal mehr viel viele
    etwas alles alle man diese dieser dieses diesen denen dessen wegen trotz damit dazu daran darauf davon
    sein seine ihre ihren ihrem es gibt gibt ging geht gehen gemacht machen mache sagen tun bzw usw ca
    woche wochen tag tage tagen monat monate stunde stunden montag dienstag mittwoch donnerstag freitag
    samstag sonntag weihnachten geburtstag tochter sohn frau mann geschenk haus arbeit zuhause zusammen
    liebe lieber grusse gruss angegeben aufgegeben ausgegeben eingegeben vergeben vielen bestens okay ok nun na naja eh ne
    andere anderen andern beide bekannt besser darf denke drei einmal endlich frage fragen freue freuen
    ganz geben gekauft gerade gleich groß gruß grüße hilfe hoffe kaufen kaufe kommt lange manchmal nächste
    nächsten natürlich nummer oben selbst später stellen vielleicht weiß wenig wirklich wissen würde zeit
    zwei schauen gucken suchen finden gefunden gesagt erklären bestätigen bestätigt schreiben geschrieben
    warten gewartet heißt stehen steht lassen laufen passiert passieren bekomme schicke schickt schicken
    fahren kunde kunden herr geehrte grüßen freundlichen freundliche rechnen rechne gerechnet reicht
    reichen langsam
    sache sachen grund minute schnell klein kleine große grosse letzte letzten morgens abends welt stelle
    gelassen setzen gesetzt bleiben`,
  suffixes: ["ungen", "ung", "en", "er", "es", "em", "e", "n", "s"],
  compounds: true,
  sample: `Wo ist meine Bestellung, wann kommt mein Paket an? Ich möchte meine Bestellung stornieren. Ich muss
    meine Lieferadresse ändern. Ich möchte den Artikel zurücksenden und mein Geld zurück. Kann ich mit
    einem Mitarbeiter sprechen? Laut Sendungsverfolgung wurde das Paket zugestellt, aber ich habe nichts
    erhalten. Vielen Dank für die schnelle Antwort. Liefert ihr auch in die Schweiz? Wie hoch sind die
    Versandkosten? Ich warte schon seit zwei Wochen auf meine Lieferung.`,
  cues: {
    // The order and its journey
    order: `bestellung | bestelung | bestellnummer | bestellnr | auftrag | auftragsnummer | order | einkauf |
      =kauf`,
    parcel: `paket | pakete | päckchen | packet | sendung | lieferung | sachen | artikel | zeug | karton |
      =ware`,
    my: `mein | meine | meinen | meinem | meiner | meines | unser | unsere | unseren`,
    ordered: `=bestellt | =bestelt | =gekauft | =bezahlt | =geordert | bestellung aufgegeben`,
    where: `wo | wo ist | wo bleibt | wo steckt | wo befindet | wohin`,
    when: `wann | bis wann | ab wann | wie bald | welchem tag | wann genau | in wie vielen tagen |
      in wievielen tagen | wie lange noch | wie viele tage noch | wie lange dauert es noch`,
    howLong: `wie lange | wie lang | wie viele tage | wieviele tage | wie viel zeit | wieviel zeit`,
    arrive: `ankommen | ankommt | kommt an | kommen | kommt | angekommen | eintreffen | eingetroffen |
      trifft ein | bei mir | da sein | ist da | hier sein | ankunft | ist es da | es da | da ist | hier ist |
      kam | kamen | kam an | kam ~ an | kamen ~ an`,
    receive: `erhalten | bekommen | bekomme | bekommt | erhalte | gekriegt | kriegen | empfangen`,
    ship: `versendet | versandt | versand | verschickt | verschicken | versenden | losgeschickt |
      abgeschickt | abgesendet | rausgegangen | raus | verpackt | versandbestätigung | lager verlassen |
      zur post | in die post | auf die post`,
    deliver: `liefern | lieferung | zustellung | geliefert werden | zugestellt werden | ausgeliefert werden`,
    delivered: `=zugestellt | =zugestelt | =geliefert | =abgegeben | =abgeliefert | =ausgeliefert |
      =hinterlegt | =abgestellt | =eingeworfen | als zugestellt | als geliefert | zustellbenachrichtigung |
      zustellbestätigung | zustellnachweis | zustellfoto | zustellungsfoto | foto der zustellung |
      ablagefoto | unterschrift | unterschrieben | quittiert | =übergeben | person gegeben |
      nachbarn gegeben | jemand anderem gegeben | jemandem gegeben | =abgelegt | vor die tür gelegt |
      vor der tür abgelegt | =abgeholt | =quittiert`,
    track: `sendungsverfolgung | sendungsnummer | trackingnummer | trackingnr | tracking | trackinglink |
      tracking nummer | tracking link | verfolgen | verfolgung | nachverfolgen | nachverfolgung | tracken |
      track | paketnummer | paketverfolgung | sendungsstatus`,
    status: `status | stand | in zustellung | in der zustellung | unterwegs | auf dem weg | in bearbeitung |
      bearbeitung | wird bearbeitet | in transit | zoll | paketzentrum | verteilzentrum | was ist los |
      was ist mit | was passiert | wie ist der stand | wie steht es | wie sieht es aus | aktueller stand |
      versandetikett | versandlabel | label erstellt | etikett erstellt | sendungsdaten übermittelt |
      elektronisch angekündigt | wie steht es um | wie schaut es aus | wie weit ist`,
    late: `verspätet | verspätung | verzögert | verzögerung | zu spät | überfällig | dauert ewig | ewig |
      so lange | zu lange | seit langem | immer noch nicht | noch immer nicht | langsam | =spät | =spaet`,
    still: `noch | immer noch | noch immer | bisher | bis jetzt | bis heute | weiterhin | nach wie vor`,
    wait: `warte | warten | wartet | gewartet`,
    stuck: `hängt | hängt fest | feststecken | steckt fest | fest | bewegt sich nicht | keine bewegung |
      nicht aktualisiert | keine aktualisierung | kein update | keine updates | keinen neuen status |
      keine neuen informationen | gleicher status | gleichen status | selben status | dasselbe |
      tut sich nichts | passiert nichts | seit tagen | seit wochen | stillstand | seitdem nichts |
      seitdem nix | danach nichts | seitdem keine`,
    ago: `letzte woche | letzten woche | vor ~ tagen | vor ~ wochen | vor ~ woche | vor ~ monat |
      vor ~ monaten | seit ~ tagen | seit ~ wochen | seit ~ woche | seit | nach ~ tagen | nach ~ wochen |
      nach einer woche | schon ~ tage | schon ~ wochen | sind ~ wochen | sind ~ tage | über eine woche`,
    expected: `sollte | müsste | erwartet | angekündigt | voraussichtlich | versprochen | eigentlich schon |
      =rechnen | hätte ~ sollen | hätte ~ müssen | ihr habt gesagt | hieß es | wurde mir gesagt |
      hieß es doch`,
    news: `neuigkeiten | update | info | infos | informationen | nachschauen | nachsehen | prüfen | checken |
      überprüfen | bescheid | rückmeldung | schauen | gucken | nachgucken | =neues | was gibt s neues |
      gibt s was neues`,
    eta: `liefertermin | lieferdatum | zustelltermin | zustelldatum | lieferzeit |
      voraussichtliche lieferung | zu rechnen | versanddatum | versandtermin | voraussichtliche lieferzeit |
      voraussichtliches lieferdatum`,
    carrier: `dhl | hermes | dpd | gls | ups | deutsche post | post | postbote | paketbote | bote |
      zusteller | kurier | paketdienst | packstation | =fahrer`,
    rts: `zurück an absender | an den absender | zum absender | retour an absender`,
    // Marked delivered, but not here
    neg: `nicht | kein | keine | keinen | keiner | keinem | nein | ohne | net | niemand`,
    never: `nie | niemals | noch nie`,
    nothing: `nichts | nix | nichts da | nicht da | nicht hier | nirgends | nirgendwo | kein paket |
      finde es nicht | finde nichts | nicht auffindbar | leer | weder | keine spur | nichts zu sehen |
      nirgends zu sehen | liegt nichts`,
    missing: `fehlt | fehlen | verloren | gestohlen | geklaut | verschwunden | ist weg | vermisst | abhanden |
      mitgenommen | entwendet`,
    place: `briefkasten | nachbar | nachbarn | haustür | tür | vor der tür | hausflur | treppenhaus |
      packstation | garage | terrasse | ablageort | abstellort | postfiliale | filiale | empfang | rezeption |
      bei mir`,
    claim: `laut | steht | zeigt | angezeigt | angeblich | markiert | sagt | behauptet | heißt es |
      benachrichtigung | foto | =zugestellt aber | =geliefert aber`,
    // A new address
    address: `adresse | adress | addresse | anschrift | lieferadresse | lieferanschrift | versandadresse |
      straße | strasse | hausnummer | postleitzahl | plz | wohnort | adressänderung | adressaenderung |
      adresswechsel | adressanpassung | adresskorrektur | paketshop | abholstation | abholpunkt |
      packstation`,
    change: `abändern | korrigieren | korrektur | aktualisieren | anpassen | berichtigen | wechseln |
      adressänderung | adressaenderung | adresswechsel | adressanpassung | adresskorrektur | =ändern |
      =aendern | =änderung | =änderungen | =geändert | =aenderung`,
    wrong: `falsch | fehler | tippfehler | vertippt | verschrieben | alte | vergessen | unvollständig |
      stimmt nicht | fremde | fremden | jemand anderem | jemand anderes | nicht meine tür | falsche tür |
      falschen tür | nicht meine | nicht von mir | nicht ich | falsche person | falschen person`,
    new: `neue | neuen | neu | andere | anderen | anderer | richtige | richtig`,
    moved: `umgezogen | umzug | ziehe um | zieh um | umziehen | neue wohnung | ziehe ~ um | zieh ~ um |
      ziehen ~ um | umziehe`,
    redirect: `umleiten | stattdessen | statt | lieber an | lieber zu | an meine arbeit | ins büro |
      zur arbeit | arbeitsadresse | umadressieren | nachsenden | weiterleiten | liefern lassen | anstatt |
      anstelle | an meine mutter | zu meiner mutter | an meine eltern | zu meinen eltern | schick* ~ zu |
      schick* ~ an meine | wohin es geht | wohin es geliefert | ziel ändern | lieferort ändern | lieferort`,
    // Cancelling
    cancel: `stornieren | stornier* | storno | annullieren | canceln | cancel | abbestellen | abbrechen |
      rückgängig | zurückziehen | zurücktreten | rücktritt | vom kauf zurück`,
    stop: `stoppen | stopp | anhalten | aufhalten | nicht versenden | nicht verschicken | nicht abschicken |
      stoppt | haltet ~ an | zurückhalten | abfangen | noch aufhalten | schickt es nicht |
      verschickt es nicht | nicht raus schicken | nicht rausschicken`,
    delete: `löschen | entfernen | rausnehmen | herausnehmen | streichen`,
    dontWant: `nicht mehr | brauche es nicht | brauche ich nicht | will es nicht | möchte es nicht |
      umentschieden | anders entschieden | anders überlegt`,
    accident: `aus versehen | versehentlich | doppelt | zweimal | zwei mal | falsch bestellt | irrtümlich |
      falsche farbe bestellt | falsche größe bestellt | vertan | verklickt | falsch ausgewählt`,
    // Returns, exchanges, refunds
    return: `zurücksenden | zurückschicken | zurückgeben | zurück senden | zurück schicken | rücksendung |
      rücksenden | retoure | retoure* | retour | retournieren | retourenschein | retourenlabel |
      rücksendeschein | rücksendeetikett | rückgabe | widerruf | rückversand | schick* ~ zurück |
      send* ~ zurück | geb* ~ zurück | bring* ~ zurück`,
    refund: `erstattung | rückerstattung | erstatten | zurückerstatten | rückerstatten | geld ~ zurück |
      mein geld | gutschrift | rückzahlung | zurückgezahlt | zurückzahlen | doppelt abgebucht |
      doppelt belastet | rückbuchung | zweimal abgebucht | zweimal belastet | doppelt bezahlt`,
    exchange: `umtauschen | umtausch | tauschen | austauschen | ersatz | ersatzlieferung | andere größe |
      größere größe | kleinere größe | nummer größer | nummer kleiner | tausch* ~ um`,
    defect: `beschädigt | kaputt | defekt | zerbrochen | gebrochen | zerkratzt | falscher artikel |
      falsche artikel | falschen artikel | falsches produkt | falsche größe | falsche farbe |
      falsch geliefert | nicht bestellt | zu klein | zu groß | zu gross | zu eng | zu weit | passt nicht |
      passen nicht | mangelhaft | fehlerhaft | schlechte qualität | verschmutzt | fleck | gerissen |
      eingedrückt | zerdrückt | artikel fehlt | in scherben | in stücken | zerstört | kaputt gegangen |
      nicht meine bestellung | nicht mein paket | falsches paket | fremde bestellung | ausgelaufen | undicht |
      leckt | verschüttet | geschmolzen | abgelaufen | schimmelig`,
    notWorking: `funktioniert nicht | geht nicht | klappt nicht | funktioniert nicht mehr | kaputt gegangen`,
    size: `größe | grösse | groesse | größen | konfektionsgröße`,
    // A person
    human: `mensch | menschen | person | mitarbeiter | mitarbeiterin | echte person | echten menschen |
      echter mensch | agent | berater | beraterin | sachbearbeiter | kundenberater | ansprechpartner |
      live chat | vorgesetzter | vorgesetzten | chef | teamleiter | leitung | verantwortlichen`,
    someone: `jemand | jemandem | jemanden | irgendwer | irgendjemand`,
    help: `helfen | hilft | hilfe`,
    talk: `sprechen | reden | telefonieren | anrufen | ruft mich an | rufen sie mich an | zurückrufen |
      rückruf | erreichen | erreiche | verbinden | kontakt aufnehmen | chatten | am telefon | ans telefon |
      an die strippe | verbinde mich | verbinden sie mich | stellt mich durch | anruft | anrufe | zurückruft |
      anruf* | zurückruf*`,
    support: `kundenservice | kundendienst | support | kundensupport | service | kundenbetreuung |
      serviceteam | hotline`,
    contact: `kontakt | kontaktieren | kontaktaufnahme | meldet euch | melden sie sich`,
    phoneWord: `telefon | telefonnummer | telefonisch | handy | hotline | rufnummer | whatsapp`,
    you: `ihr | euch | euer | eure | sie | ihnen | du | dich | dir | dein | deine`,
    callMe: `ruft mich an | rufen sie mich an | ruf mich an | ruft mich zurück | rufen sie mich zurück |
      rückruf`,
    numberWord: `=nummer | rufnummer`,
    bot: `bot | roboter | chatbot | ki | maschine | automat | nutzlos | hilft nicht | bringt nichts`,
    botQuestion: `bist du ein bot | bist du ein roboter | bist du echt | bist du ein mensch |
      ist das ein bot | rede ich mit einem bot | schreibe ich mit einem bot | wer bist du | sind sie ein bot |
      sind sie ein mensch`,
    want: `ich will | ich möchte | ich brauche | ich hätte gerne | gib mir | geben sie mir | ich wünsche`,
    complaint: `beschwerde | beschweren | unverschämt | frechheit | unzufrieden | sauer | inakzeptabel |
      betrug | abzocke | beschwerde einreichen | mich beschweren`,
    // Anything else: chit-chat and questions before buying
    greet: `hallo | hi | hey | guten tag | guten morgen | guten abend | moin | servus | grüß gott |
      hallöchen | sehr geehrte | liebes team | hallo zusammen`,
    thanks: `danke | dank | vielen dank | danke schön | dankeschön | besten dank | super | alles klar | ok |
      okay | perfekt | prima | toll | tschüss | schönen tag | klasse | top`,
    shipTo: `liefert ihr | liefern sie | versendet ihr | versenden sie | verschickt ihr | verschicken sie |
      versand nach | lieferung nach | liefern nach | ins ausland | international`,
    country: `deutschland | österreich | schweiz | italien | frankreich | spanien | niederlande | holland |
      belgien | luxemburg | polen | dänemark | schweden | norwegen | tschechien | ungarn | usa | amerika |
      kanada | großbritannien | england | ausland | europa`,
    shippingCost: `versandkosten | versandgebühr | versandgebühren | lieferkosten | kostenloser versand |
      versandkostenfrei | porto | kostet der versand | kosten für den versand | zollgebühren |
      expressversand | expresslieferung | express lieferung | versandarten | versandoptionen |
      lieferoptionen | same day | standardversand`,
    free: `kostenlos | kostenlose | kostenloser | gratis | umsonst | frei haus`,
    discount: `rabatt | rabattcode | gutschein | gutscheincode | aktion | sale | angebot | prozente |
      geschenkkarte`,
    payment: `bezahlen | zahlen | zahlung | zahlungsart | paypal | klarna | kreditkarte | auf rechnung |
      vorkasse | überweisung | ratenzahlung | lastschrift`,
    product: `auf lager | lager | verfügbar | lieferbar | vorrätig | material | stoff | farbe | farben |
      größentabelle | welche größe | fällt klein aus | fällt groß aus | gibt es das | gibt es den |
      gibt es die | preis | kostet | garantie | wasserdicht | im laden | im geschäft | click and collect |
      click collect | selbst abholen | im store | in der filiale abholen | handgemacht | handarbeit |
      handgefertigt`,
    restock: `wieder verfügbar | wieder auf lager | wieder lieferbar | wieder da | ausverkauft |
      nicht auf lager | wieder auffüllen | auffüllen | füllt ihr`,
    beforeBuy: `wenn ich ~ =bestelle | falls ich ~ =bestelle | bevor ich ~ =bestelle | kann ich ~ =bestellen |
      möchte ~ =bestellen | würde gerne ~ =bestellen | vor der bestellung | wie bestelle ich |
      bevor ich ~ =kaufe | vor dem kauf | wenn ich ~ =kaufe | telefonisch bestellen`,
    offer: `bietet ihr | bieten sie | nehmt ihr | akzeptiert ihr | verkauft ihr`,
    invoice: `quittung | beleg | mwst | rechnungskopie | =rechnung`,
    addItem: `hinzufügen | dazu bestellen | dazubestellen | noch etwas dazu | bestellungen zusammenlegen |
      zusammenlegen | nachbestellen`,
    account: `konto | kundenkonto | login | anmelden | einloggen | passwort | newsletter | abmelden |
      registrieren`,
    emailWord: `e mail | email | mail | e mail adresse | emailadresse | mailadresse`,
    shipNotice: `versandbestätigung | versandmail | versand email | versandbenachrichtigung | versand mail`,
    openHours: `habt ihr geöffnet | haben sie geöffnet | ihr geöffnet | öffnungszeiten | habt ihr offen |
      macht ihr auf | macht ihr zu | habt ihr auf | schließt ihr | wann schließt | habt ihr zu`,
  },
};
