import type { Lexicon } from "./types";

/**
 * French. Folding drops the accents, so "commandé" reads as "commande" and "livré" as "livre": the
 * participles the rules need apart are exact forms ("=livre") or phrases ("j ai commande").
 */
export const fr: Lexicon = {
  language: "fr",
  stopwords: `je j tu il elle on nous vous ils elles me m te t se s moi toi lui leur leurs mon ma mes ton ta tes
    son sa ses notre nos votre vos le la les l un une des du de d au aux et ou mais donc ni car que qu qui
    quoi quel quelle quels quelles dont ce cet cette ces c ca cela ceci est es suis sommes etes sont etait
    ete etre ai as avons avez ont avait eu fait faire pour par sur sous dans avec sans chez entre vers
    pendant avant apres comme si tres plus moins bien aussi deja encore toujours jamais rien ne n pas oui
    non merci bonjour bonsoir salut svp stp plait voila voici alors puis quand comment combien pourquoi ici
    peu beaucoup tout tous toute toutes autre autres meme aujourd hui demain hier semaine semaines jour
    jours mois lundi mardi mercredi jeudi vendredi samedi dimanche noel anniversaire fille fils mari femme
    cadeau maison travail peux peut pouvez pourriez pourrais voudrais veux veut voulez souhaite souhaiterais
    dois doit vais va allez y en madame monsieur quelque chose
    avoir besoin bientôt bonne depuis être faut juste maintenant mieux même parce petit premier question
    savoir seulement souvent très trop voir vraiment chercher trouver trouvé attendre attendu demander
    demandé donner donné envoyer pense penser parle passer passé prendre pris regarder rester revenir
    sortir tenir venir aimerais cordialement salutations journée soirée matin enfants famille noël
    problème réponse répondre message appeler personne heureux content contente désolé désolée possible
    impossible normal normale
    cause raison heure heures minute rapide rapidement lettre lettres vôtre chaque simple simplement
    petite grande grand grosse dernier dernière prochain prochaine soir midi temps monde point place
    laisser laissé mettre mis retour`,
  suffixes: ["ements", "ement", "ations", "ation", "ees", "ee", "es", "er", "ez", "e", "s", "x"],
  compounds: false,
  sample: `Où est ma commande ? Quand vais-je recevoir mon colis ? Je voudrais annuler ma commande. Je dois
    changer mon adresse de livraison. Je voudrais retourner cet article et être remboursé. Puis-je parler à
    un conseiller ? Le suivi indique que le colis a été livré mais je n'ai rien reçu. Merci beaucoup et
    bonne journée. Vous livrez en Belgique ? Quels sont les frais de port ? J'attends ma commande depuis
    deux semaines, c'est toujours en cours d'acheminement.`,
  cues: {
    // The order and its journey
    order: `commande | commandes | comande | commende | cde | cmd | numero de commande | achat | achats`,
    parcel: `colis | coli | paquet | envoi | livraison | article | articles | affaires | carton |
      marchandise`,
    my: `mon | ma | mes | notre | nos`,
    ordered: `ai commande | avons commande | ai passe commande | ai passe une commande |
      avons passe commande | commande passee | =achete | ai achete | ai paye | =payee`,
    where: `ou est | ou sont | ou en est | ou en sont | ou se trouve | ou est passe | ou il est | c est ou |
      ou en | est ou | sont ou | elle est ou | il est ou`,
    when: `quand | a quelle date | quel jour | dans combien de temps | d ici quand | a quel moment |
      quand est ce que | dans combien de jours | encore combien de jours | combien de jours encore |
      il reste combien`,
    howLong: `combien de temps | combien de jours | en combien de temps | delai | delais |
      combien de semaines`,
    arrive: `arriver | =arrive | =arrivee | =arrives | =arrivees | arrivera | arriveront | arrivent | venir |
      vient | parvenir | parvenu | etre la | arriv*`,
    receive: `recevoir | recu | recue | recus | recues | recois | reçois | recevrai | recevrais | obtenu |
      pas eu | toujours pas eu | recev*`,
    ship: `expedie | expediee | expedies | expedier | expedition | envoye | envoyee | envoyer | envoi |
      =parti | =partie | quitte l entrepot | pris en charge | remis au transporteur | expedi* | envoy*`,
    deliver: `livrer | livraison | etre livre | sera livre | sera livree | seront livres | livrera |
      livreront`,
    delivered: `=livre | =livree | =livres | =livrees | =depose | =deposee | =deposer | =distribue |
      =distribuee | =remis | =delivre | a ete livre | indique livre | marque livre | avoir livre |
      avis de livraison | notification de livraison | confirmation de livraison | preuve de livraison |
      photo de livraison | photo de la livraison | photo de depot | =laisse devant | =laisse chez |
      =laisse a | =laisse dans | a ete laisse | l a laisse | signature | signe par | donne a | l a donne |
      a donne | remis a | =retiré | =retirée | a été retiré | =signé | =signée`,
    track: `suivi | numero de suivi | lien de suivi | code de suivi | tracking | tracage | suivre |
      suivre mon colis | numero de tracking | suvi | suivie | numero de suvi`,
    status: `statut | status | etat | en cours | en transit | en cours de livraison | en preparation |
      acheminement | douane | centre de tri | qu est ce qui se passe | que se passe t il | ce qui se passe |
      ou ca en est | ou en est | ca en est ou | comment se passe | etiquette creee | etiquette a ete creee |
      etiquette d expedition | bordereau cree | en attente de prise en charge | en route | en chemin |
      comment avance | ca avance`,
    late: `retard | en retard | retarde | retardee | trop long | trop longtemps | tres long | c est long |
      interminable | depasse | toujours pas | lent | pourquoi c est si long | si long |
      prend autant de temps`,
    still: `toujours | encore | jusqu a present | pour l instant | a ce jour | toujours pas | pas encore |
      jusqu ici`,
    wait: `attends | attendre | attente | attendu | attend | j attends | attend*`,
    stuck: `bloque | bloquee | coince | coincee | ne bouge pas | ne bouge plus | a pas bouge | pas bouge |
      bouge pas | bouge plus | immobile | pas de mise a jour | aucune mise a jour | pas mis a jour |
      evolue pas | evolue plus | meme statut | meme etat | rien depuis | plus rien depuis |
      rien de nouveau depuis`,
    ago: `depuis | la semaine derniere | il y a ~ jours | il y a ~ semaines | il y a ~ semaine |
      il y a ~ mois | ca fait ~ jours | ca fait ~ semaines | cela fait ~ jours | cela fait ~ semaines |
      au bout de ~ jours | au bout de ~ semaines | au bout d une semaine | après ~ jours | après ~ semaines |
      plus d une semaine`,
    expected: `devait | devrait | aurait du | prevu | prevue | estime | estimee | annonce | promis | cense |
      censee | vous aviez dit | vous avez dit | on m a dit | on m avait dit`,
    news: `des nouvelles | pas de nouvelles | aucune nouvelle | du nouveau | information | informations |
      infos | info | mise a jour | verifier | regarder | faire le point | renseigner | jeter un oeil |
      jeter un coup d oeil`,
    eta: `date de livraison | date de reception | date d arrivee | delai de livraison | date prevue |
      livraison prevue | date d expedition | date d envoi`,
    carrier: `la poste | colissimo | chronopost | mondial relay | dpd | ups | dhl | gls | relais colis |
      transporteur | livreur | facteur | coursier | point relais | bureau de poste`,
    rts: `retour a l expediteur | retourne a l expediteur | renvoye a l expediteur | retour expediteur`,
    // Marked delivered, but not here
    neg: `ne | n | pas | non | aucun | aucune | sans | nan`,
    never: `jamais`,
    nothing: `rien | rien du tout | pas de colis | aucun colis | pas la | pas ici | nulle part | introuvable |
      trouve pas | trouve rien | vide | il n y a rien | aucune trace | pas de trace | pas l ombre |
      nulle trace`,
    missing: `manque | manquant | manquante | perdu | perdue | vole | volee | disparu | disparue | egare |
      egaree | piqué | on me l a volé | volé`,
    place: `boite aux lettres | boite a lettres | bal | voisin | voisins | voisine | porte | devant la porte |
      paillasson | gardien | gardienne | concierge | accueil | loge | hall | chez moi`,
    claim: `indique | indiquee | ecrit | marque | marquee | affiche | dit | dit que | selon | d apres |
      apparemment | soi disant | notification | photo | pretend | =livre mais | =livree mais`,
    // A new address
    address: `adresse | adrese | addresse | adresse de livraison | rue | code postal | cp | ville |
      appartement | numero de rue | batiment | etage | avenue | boulevard | point relais | point retrait |
      point de retrait | relais colis`,
    change: `changer | changement | modifier | modification | corriger | correction | mettre a jour |
      rectifier | chang* | modifi* | corrig*`,
    wrong: `mauvaise | mauvais | erreur | erronee | errone | incorrect | incorrecte | trompe | trompee |
      oublie | ancienne | fausse | quelqu un d autre | pas ma porte | mauvaise porte | pas chez moi |
      pas la mienne | pas le mien | pas moi | =faute | faute de frappe | mauvaise personne`,
    new: `nouvelle | nouveau | autre | une autre | differente | bonne | correcte | la bonne`,
    moved: `demenage | demenagement | demenager | change d adresse`,
    redirect: `rediriger | plutot | a la place | au bureau | au travail | faire livrer | reexpedier |
      transferer | au lieu de | a la place de | plutot que | envoyer ~ chez | envoyez ~ chez | livrer ~ chez |
      livrez ~ chez | expédier ~ chez | chez ma mère | chez mes parents | chez mon père | lieu de livraison |
      changer le lieu`,
    // Cancelling
    cancel: `annuler | annulation | annulez | annul* | cancel | resilier`,
    stop: `stopper | arreter | bloquer l envoi | ne pas envoyer | ne pas expedier | suspendre | stoppez |
      arretez | bloquez | =bloquer | =bloquez | =intercepter | =retenir | ne l envoyez pas | n envoyez pas |
      ne l expédiez pas | n expédiez pas`,
    delete: `supprimer | supprimez | effacer | enlever | retirer un article | retirer l article |
      retirer un produit`,
    dontWant: `ne veux plus | n en veux plus | plus besoin | ai plus besoin | change d avis |
      ne le veux plus | ne la veux plus | ne les veux plus`,
    accident: `par erreur | deux fois | en double | doublon | par accident | sans faire expres | par megarde |
      me suis trompé de | me suis trompée de`,
    // Returns, exchanges, refunds
    return: `retour | retours | retourner | renvoyer | renvoi | renvoie | bon de retour |
      etiquette de retour | retractation | retracter | rendre | restituer`,
    refund: `remboursement | rembourser | rembourse | remboursee | rembours* | mon argent |
      recuperer mon argent | geste commercial | debite deux fois | preleve deux fois | paye deux fois |
      facture deux fois`,
    exchange: `echanger | echange | remplacer | remplacement | autre taille | taille au dessus |
      taille en dessous | taille plus grande | taille plus petite`,
    defect: `abime | abimee | abimes | casse | cassee | endommage | endommagee | defectueux | defectueuse |
      mauvais article | mauvaise taille | mauvaise couleur | mauvais produit | pas le bon | pas la bonne |
      trop petit | trop petite | trop petites | trop petits | trop grand | trop grande | trop serre |
      ne me va pas | me va pas | ne va pas | ne me convient pas | convient pas | dechire | dechiree | tache |
      raye | ecrase | ecrasee | mauvaise qualite | non conforme | article manquant | il manque | en morceaux |
      mille morceaux | en miettes | detruit | brise | brisee | pas ma commande | pas mon colis |
      mauvais colis | la commande de quelqu un d autre | fuite | fuyait | fuit | a coule | renverse | fondu |
      perime | moisi`,
    notWorking: `ne fonctionne pas | fonctionne pas | ne marche pas | marche pas | en panne`,
    size: `taille | tailles | pointure`,
    // A person
    human: `humain | humaine | personne | vraie personne | personne reelle | conseiller | conseillere |
      agent | operateur | operatrice | interlocuteur | employe | responsable | superieur | chef | manager`,
    someone: `quelqu un | quelquun`,
    help: `aider | aide`,
    talk: `parler | discuter | appeler | rappeler | rappelez | rappelez moi | joindre | mettre en relation |
      en relation | telephoner | au telephone | au bout du fil | passez moi | passe moi |
      mettez moi en relation | appel* | rappel*`,
    support: `service client | service clients | service clientele | sav | support | assistance |
      service apres vente | hotline`,
    contact: `contact | contacter | vous contacter | vous joindre | coordonnees`,
    phoneWord: `telephone | numero de telephone | tel | portable | hotline | whatsapp | par telephone`,
    you: `vous | votre | vos | tu | te | toi | ton`,
    callMe: `rappelez moi | appelez moi | rappelle moi | appelle moi | me rappeler | m appeler`,
    numberWord: `numero`,
    bot: `bot | robot | chatbot | ia | machine | automatique | inutile | sert a rien | m aide pas`,
    botQuestion: `es tu un bot | t es un bot | tu es un bot | tu es un robot | t es un robot |
      vous etes un robot | vous etes un bot | etes vous un bot | etes vous un robot | etes vous humain |
      tu es humain | c est un robot | c est un bot | qui es tu | qui etes vous`,
    want: `je veux | je voudrais | j ai besoin | passez moi | donnez moi | je souhaite | j aimerais`,
    complaint: `plainte | reclamation | inadmissible | inacceptable | scandaleux | honteux | arnaque |
      pas content | mecontent | marre | ras le bol`,
    // Anything else: chit-chat and questions before buying
    greet: `bonjour | bonsoir | salut | coucou | hello | allo | bjr | slt`,
    thanks: `merci | merci beaucoup | mille mercis | remercie | super | parfait | d accord | ok | top |
      genial | au revoir | bonne journee | bonne soiree | ca marche | nickel | tres bien | c est note`,
    shipTo: `livrez vous | vous livrez | expediez vous | vous expediez | envoyez vous | vous envoyez |
      livraison en | livraison au | livraison vers | a l etranger | international | internationale |
      hors de france | livrer en`,
    country: `france | belgique | suisse | canada | quebec | luxembourg | allemagne | espagne | italie |
      pays bas | royaume uni | angleterre | etats unis | usa | maroc | tunisie | algerie | dom tom |
      martinique | guadeloupe | reunion | monaco | europe | etranger | corse`,
    shippingCost: `frais de port | frais de livraison | frais d expedition | frais de douane |
      cout de livraison | cout de la livraison | livraison gratuite | port gratuit |
      combien coute la livraison | tarif de livraison | tarifs de livraison | prix de la livraison |
      livraison express | livraison rapide | modes de livraison | options de livraison |
      livraison le lendemain | livraison en 24h | livraison standard`,
    free: `gratuit | gratuite | gratuits | offert | offerte | gratis`,
    discount: `code promo | promo | reduction | remise | code de reduction | soldes | bon de reduction |
      carte cadeau | bon d achat | promotion | coupon`,
    payment: `payer | paiement | carte bancaire | cb | paypal | en plusieurs fois | virement | klarna |
      moyen de paiement | prelevement`,
    product: `en stock | stock | disponible | disponibilite | reassort | matiere | tissu | couleur |
      couleurs | guide des tailles | quelle taille | taille normalement | prix | combien coute |
      combien ca coute | existe en | existe t il | garantie | impermeable | en magasin | en boutique |
      click and collect | click collect | retrait en magasin | retirer en magasin | fait main | faite main |
      faits main | faites main | artisanal`,
    restock: `de retour en stock | retour en stock | reassort | a nouveau disponible | de nouveau disponible |
      epuise | epuises | epuisee | rupture de stock | en rupture | reapprovisionn*`,
    beforeBuy: `si je commande | si je passe commande | si j achete | avant de commander |
      avant de passer commande | puis je commander | je peux commander | comment commander |
      comment passer commande | voudrais commander | souhaite commander | veux commander | avant d acheter |
      avant achat | commander par telephone | passer commande par telephone`,
    offer: `proposez vous | vous proposez | vous faites | acceptez vous | vous acceptez | vendez vous`,
    invoice: `facture | tva | justificatif`,
    addItem: `ajouter | rajouter | regrouper mes commandes | regrouper les commandes`,
    account: `compte | mon compte | connexion | se connecter | mot de passe | newsletter | desabonner |
      desinscrire`,
    emailWord: `adresse mail | adresse email | adresse e mail | mail | email | e mail | courriel`,
    shipNotice: `confirmation d expédition | mail d expédition | email d expédition | confirmation d envoi |
      notification d expédition`,
    openHours: `horaires d ouverture | heures d ouverture | vous ouvrez | vous fermez | êtes vous ouverts |
      vous êtes ouverts | ouvrez vous | à quelle heure vous fermez | à quelle heure fermez vous`,
  },
};
