import type { Lexicon } from "./types";

/**
 * Dutch. Compounds are read by their last part ("bezorgadres" is an "adres"), like German. "Track &
 * trace" is what Dutch shoppers call tracking, whatever the carrier.
 */
export const nl: Lexicon = {
  language: "nl",
  stopwords: `ik jij je u hij zij ze wij we jullie hen hun mij me mijn m n mn jouw uw zijn haar ons onze de het een
    en of maar want dus omdat als dat die dit deze wat wie waar wanneer hoe waarom welke welk er hier daar
    al nog ook niet geen nooit niets wel ja nee graag dank bedankt alstublieft alsjeblieft aub svp met van
    voor naar op in aan uit bij door over onder tot sinds zonder om te is ben bent was waren wordt worden
    werd werden heb hebt heeft hebben had hadden kan kun kunt kunnen kon zou zouden wil wilt willen moet
    moeten mag mogen zal zullen gaat gaan ga doe doet doen even toch nu vandaag morgen gisteren week weken
    dag dagen maand uur maandag dinsdag woensdag donderdag vrijdag zaterdag zondag kerst verjaardag dochter
    zoon man vrouw cadeau huis werk hoi hallo hey oke ok nou dan heel erg veel meer iets alles pas zo zit
    staat hem toen eens
    alleen altijd andere beetje beste daarna dacht denk eerst eigenlijk gewoon groeten iemand kijken komen
    krijgen laatste later misschien nodig ongeveer ontvangen precies snel soms staan twee vanaf verder
    vinden volgende vraag vragen wachten weten zeggen zeker zien zitten zoals familie probleem mogelijk
    normaal weekend vader moeder vriend vriendin groetjes vriendelijke hartelijk meneer mevrouw ligt
    liggen gelegd gedaan maakt maken gemaakt
    oorzaak reden uren minuut simpel elke klein kleine groot grote ochtend avond tijd wereld plek laten
    gelaten zetten blijven`,
  suffixes: ["en", "e", "s"],
  compounds: true,
  sample: `Waar is mijn bestelling? Wanneer komt mijn pakket aan? Ik wil mijn bestelling annuleren. Ik moet mijn
    bezorgadres wijzigen. Ik wil dit artikel retourneren en mijn geld terug. Kan ik met een medewerker
    spreken? De track en trace zegt bezorgd maar ik heb niks ontvangen. Heel erg bedankt, fijne dag.
    Verzenden jullie ook naar België? Wat zijn de verzendkosten? Ik wacht al twee weken op mijn pakketje.`,
  cues: {
    // The order and its journey
    order: `bestelling | bestellingen | bestlling | bestelnummer | ordernummer | order | orders | aankoop`,
    parcel: `pakket | pakketje | pakje | zending | levering | spullen | artikel | artikelen | doos`,
    my: `mijn | mn | onze | ons`,
    ordered: `=besteld | heb besteld | =gekocht | =betaald | bestelling geplaatst | =geplaatst |
      order geplaatst`,
    where: `waar | waar is | waar blijft | waar zit | waar ligt | waar is mijn`,
    when: `wanneer | welke dag | hoe laat | op welke datum | wanneer komt | over hoeveel dagen |
      hoe lang nog | hoeveel dagen nog | hoe lang duurt het nog`,
    howLong: `hoe lang | hoelang | hoeveel dagen | hoeveel tijd | levertijd | levertijden`,
    arrive: `aankomen | komt aan | aangekomen | komen | komt | binnen | binnenkomen | er is | er zijn |
      is er | is het er | het er is | hier is`,
    receive: `ontvangen | ontvang | gekregen | krijgen | krijg | binnengekregen | gehad | ontvang*`,
    ship: `verzonden | verzenden | verstuurd | versturen | opgestuurd | verzending | de deur uit |
      verscheept | vertrokken | magazijn verlaten | verzendbevestiging | verzend* | verstuu* | verstu* |
      verzond* | op de post | naar de post`,
    deliver: `bezorgen | bezorging | leveren | levering | afleveren | bezorgd worden | geleverd worden |
      bezorgdag`,
    delivered: `=bezorgd | =geleverd | =afgeleverd | =afgegeven | =achtergelaten | =neergezet | =gebracht |
      als bezorgd | op bezorgd | bezorgbevestiging | bezorgmelding | afleverbevestiging |
      bewijs van aflevering | bezorgfoto | foto van de bezorging | afleverfoto | handtekening |
      getekend door | afgetekend | gegeven aan | afgegeven aan | persoon gegeven | buren gegeven |
      buurman gegeven | iemand anders gegeven | deur gezet | voor de deur gezet | =neergelegd | =afgezet |
      =opgehaald | =getekend`,
    track: `track en trace | track and trace | track | trace | tracking | trackingcode | trackingnummer |
      track trace code | volgen | volgcode | zendingnummer | barcode`,
    status: `status | onderweg | in behandeling | in transit | sorteercentrum | douane |
      wat is er aan de hand | wat gebeurt er | wordt verwerkt | in verwerking | bij de bezorger |
      hoe staat het | hoe is het met | stand van zaken | verzendlabel | label aangemaakt |
      label is aangemaakt | zending aangemeld | aangemeld | hoe het met ~ staat | hoe staat het met |
      hoe het ervoor staat | hoe staat het ervoor | hoe ver is`,
    late: `vertraagd | vertraging | te laat | veel te lang | te lang | zo lang | duurt lang | duurt erg lang |
      eeuwig | traag | waarom duurt | duurt het zo lang`,
    still: `nog | nog steeds | nog altijd | tot nu toe | nog niet | tot nog toe | inmiddels`,
    wait: `wacht | wachten | gewacht | zit te wachten`,
    stuck: `staat stil | stil | vast | vastgelopen | beweegt niet | niet bijgewerkt | geen update |
      geen updates | verandert niet | niet veranderd | zelfde status | dezelfde status | blijft staan |
      niks veranderd | niets veranderd | sindsdien niks | sindsdien niets | daarna niks | daarna niets`,
    ago: `geleden | sinds | vorige week | al ~ dagen | al ~ weken | al ~ week | dagen geleden |
      weken geleden | na ~ dagen | na ~ weken | na een week | al bijna ~ weken | ruim een week |
      meer dan een week`,
    expected: `zou | zou moeten | had moeten | verwacht | verwachte | beloofd | gepland | jullie zeiden |
      er werd gezegd | werd mij gezegd | zeiden jullie`,
    news: `nieuws | update | informatie | info | nakijken | checken | controleren | bekijken | kijken |
      navragen | uitzoeken | iets horen`,
    eta: `bezorgdatum | leverdatum | verwachte levering | verwachte bezorging | bezorgmoment | tijdvak |
      verzenddatum | verwachte levertijd | verwachte leverdatum | verwachte bezorgdatum`,
    carrier: `postnl | dhl | dpd | gls | ups | bpost | bezorger | postbode | koerier | pakketpunt |
      afhaalpunt | servicepunt | postkantoor`,
    rts: `retour afzender | terug naar afzender | retour naar afzender | teruggestuurd naar`,
    // Marked delivered, but not here
    neg: `niet | geen | nee | zonder | niemand`,
    never: `nooit`,
    nothing: `niks | niets | nergens | niet hier | is er niet | heb het niet | heb hem niet | heb ze niet |
      geen pakket | kan het niet vinden | niet te vinden | leeg | niet gekregen | geen spoor |
      nergens te bekennen | niks te zien | niets te zien | niks gekregen | niets gekregen | niks ontvangen |
      niets ontvangen`,
    missing: `kwijt | vermist | gestolen | verloren | zoek | zoekgeraakt | ontbreekt | ontbreken | verdwenen |
      is weg | gejat | meegenomen | ontvreemd`,
    place: `brievenbus | buren | buurman | buurvrouw | deur | voordeur | voor de deur | deurmat | portiek |
      receptie | schuur | tuin | thuis`,
    claim: `zegt | er staat | staat op | staat als | volgens | aangegeven | gemeld | melding | blijkbaar |
      zogenaamd | foto | beweert | =bezorgd maar | =geleverd maar | =afgeleverd maar`,
    // A new address
    address: `adres | adress | bezorgadres | afleveradres | verzendadres | straat | straatnaam | huisnummer |
      postcode | woonplaats | toevoeging | adreswijziging | adresverandering | adreswissel | pakketpunt |
      afhaalpunt | servicepunt | postnl punt | pakketautomaat | ophaalpunt`,
    change: `wijzigen | wijziging | veranderen | aanpassen | aanpassing | corrigeren | verbeteren | updaten |
      bijwerken | omzetten | adreswijziging | adresverandering | adreswissel`,
    wrong: `verkeerd | verkeerde | fout | foutief | foutje | typfout | tikfout | klopt niet | oude |
      vergeten | onjuist | onvolledig | iemand anders | niet mijn deur | verkeerde deur | verkeerde huis |
      niet van mij | niet de mijne | niet mijn handtekening | verkeerde persoon`,
    new: `nieuw | nieuwe | ander | andere | juiste | goede | correcte`,
    moved: `verhuisd | verhuizing | verhuis | verhuizen | nieuwe woning`,
    redirect: `omleiden | in plaats van | liever | op mijn werk | naar mijn werk | naar kantoor | doorsturen |
      naar mijn moeder | naar mijn ouders | naar mijn vader | bij mijn moeder | bij mijn ouders |
      laten bezorgen bij | laten bezorgen op | ipv | i p v | stuur ~ naar | bezorglocatie | afleverlocatie |
      veranderen waar`,
    // Cancelling
    cancel: `annuleren | annulering | annuleer | annul* | cancelen | cancel | intrekken | ongedaan maken`,
    stop: `stoppen | tegenhouden | tegen houden | niet verzenden | niet versturen | stopzetten | stop zetten |
      stop de | stop het | houd ~ tegen | onderscheppen | tegen te houden | stuur het niet |
      verstuur het niet | verzend het niet | niet opsturen`,
    delete: `verwijderen | verwijder | wissen | weghalen | eruit halen`,
    dontWant: `niet meer | wil het niet meer | hoeft niet meer | me bedacht | bedacht |
      van gedachten veranderd | niet meer nodig`,
    accident: `per ongeluk | per abuis | twee keer | dubbel | dubbele bestelling | verkeerde ~ gekozen |
      verkeerde ~ besteld | verkeerd besteld | mis geklikt`,
    // Returns, exchanges, refunds
    return: `retour | retourneren | retourzending | retouren | terugsturen | terug sturen | stuur ~ terug |
      terugzenden | terug zenden | retourlabel | retourformulier | herroeping | terugbrengen |
      breng* ~ terug | geef ~ terug`,
    refund: `terugbetaling | terugbetalen | terugbetaald | geld terug | geld ~ terug | mijn geld |
      terugstorting | teruggestort | terugstorten | restitutie | creditering | dubbel betaald |
      dubbel afgeschreven | twee keer afgeschreven | twee keer betaald | keer afgeschreven`,
    exchange: `ruilen | omruilen | ruil | omwisselen | vervangen | vervanging | andere maat | grotere maat |
      kleinere maat | maatje groter | maatje kleiner`,
    defect: `beschadigd | kapot | is stuk | kwam stuk | defect | gebroken | verkeerde artikel |
      verkeerd artikel | verkeerde product | verkeerde maat | verkeerde kleur | niet wat ik besteld |
      te klein | te groot | te krap | te strak | past niet | pasten niet | passen niet | vlek | gescheurd |
      krassen | slechte kwaliteit | deuk | geplet | ontbreekt een | in stukken | aan stukken |
      aan gruzelementen | vernield | kapotgegaan | niet mijn bestelling | niet mijn pakket | verkeerd pakket |
      verkeerde pakket | bestelling van iemand anders | lekte | lekt | gelekt | uitgelopen | gesmolten |
      verlopen | beschimmeld`,
    notWorking: `werkt niet | doet het niet | werkt niet meer | doet niks`,
    size: `maat | maten | maatje`,
    // A person
    human: `mens | persoon | echt persoon | echte persoon | echt mens | medewerker | medewerkster | agent |
      klantenservicemedewerker | vertegenwoordiger | operator | leidinggevende | manager | chef | teamleider`,
    someone: `iemand`,
    help: `helpen | hulp`,
    talk: `spreken | praten | bellen | bel me | bel mij | terugbellen | terug bellen | contact opnemen |
      chatten | te woord staan | doorverbinden | aan de lijn | aan de telefoon | telefonisch spreken |
      verbind me | verbind mij | doorverbinden met | belt | belde | opbelt | terugbelt | opbellen`,
    support: `klantenservice | klantendienst | klanten service | support | service | helpdesk | servicedesk |
      klantcontact`,
    contact: `contact | contact opnemen | contacteren | bereiken | contactgegevens`,
    phoneWord: `telefoon | telefoonnummer | telefonisch | whatsapp | mobiel | gsm`,
    you: `jullie | u | uw | je | jij | jou | jouw`,
    callMe: `bel me | bel mij | bel me terug | bellen jullie mij | mij terugbellen | mij bellen`,
    numberWord: `=nummer`,
    bot: `bot | robot | chatbot | ai | computer | automatisch | nutteloos | helpt niet`,
    botQuestion: `ben je een bot | ben je een robot | ben je echt | ben je een mens | is dit een bot |
      praat ik met een bot | wie ben jij | wie ben je | bent u een bot`,
    want: `ik wil | ik heb ~ nodig | geef me | ik zou graag | ik wens`,
    complaint: `klacht | klagen | belachelijk | schandalig | onacceptabel | oplichting | boos |
      niet tevreden | ontevreden | klacht indienen`,
    // Anything else: chit-chat and questions before buying
    greet: `hoi | hallo | hey | hee | goedemorgen | goedemiddag | goedenavond | =dag | beste | hai |
      goeiedag`,
    thanks: `bedankt | dank je | dank u | dankjewel | dankuwel | dank | top | super | oke | ok | prima |
      perfect | fijne dag | doei | tot ziens | duidelijk | helder | geweldig | fijn`,
    shipTo: `verzenden jullie | versturen jullie | leveren jullie | bezorgen jullie | sturen jullie |
      verzending naar | levering naar | naar het buitenland | internationaal | buiten nederland`,
    country: `nederland | belgie | duitsland | frankrijk | spanje | italie | oostenrijk | zwitserland |
      luxemburg | verenigd koninkrijk | engeland | amerika | verenigde staten | canada | curacao | aruba |
      suriname | europa | buitenland | polen | denemarken | zweden`,
    shippingCost: `verzendkosten | bezorgkosten | gratis verzending | gratis verzonden |
      kosten voor verzending | kost verzending | kost de verzending | kost het verzenden | portokosten |
      douanekosten | invoerrechten | expresverzending | express verzending | spoedlevering | snelle levering |
      verzendopties | verzendmethodes | volgende dag in huis | morgen in huis`,
    free: `gratis | kosteloos | voor niks | zonder kosten`,
    discount: `korting | kortingscode | actiecode | cadeaubon | cadeaukaart | kortingsbon | coupon |
      uitverkoop | sale | aanbieding`,
    payment: `betalen | betaling | ideal | creditcard | paypal | klarna | achteraf betalen | in termijnen |
      bancontact | overschrijving | betaalmethode | betaalmethodes | afterpay | riverty`,
    product: `op voorraad | voorraad | beschikbaar | verkrijgbaar | leverbaar | materiaal | stof | kleur |
      kleuren | maattabel | welke maat | valt klein | valt groot | prijs | wat kost | hoeveel kost |
      garantie | waterdicht | in de winkel | afhalen in | ophalen in de winkel | click and collect |
      afhaalpunt winkel | handgemaakt | met de hand gemaakt`,
    restock: `weer op voorraad | weer beschikbaar | weer leverbaar | terug op voorraad | uitverkocht |
      niet op voorraad | aanvullen | weer terug`,
    beforeBuy: `als ik ~ =bestel | als ik vandaag | als ik nu | voordat ik ~ =bestel | kan ik ~ =bestellen |
      wil graag ~ =bestellen | hoe bestel ik | voor het bestellen | voordat ik ~ =koop | als ik ~ =koop |
      voor aankoop | telefonisch bestellen`,
    offer: `bieden jullie | accepteren jullie | doen jullie | verkopen jullie`,
    invoice: `factuur | btw | bonnetje | kassabon`,
    addItem: `toevoegen | erbij bestellen | bijbestellen | bestellingen samenvoegen | samenvoegen`,
    account: `account | mijn account | inloggen | wachtwoord | nieuwsbrief | uitschrijven | registreren |
      afmelden`,
    emailWord: `e mailadres | emailadres | mailadres | email | mail | e mail`,
    shipNotice: `verzendbevestiging | verzendmail | verzend e mail | verzendmelding`,
    openHours: `openingstijden | openingsuren | zijn jullie open | gaan jullie open | zijn jullie geopend |
      gaan jullie dicht | jullie dicht | sluiten jullie | zijn jullie gesloten`,
  },
};
