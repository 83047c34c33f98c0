import type { Lexicon } from "./types";

/** English. Contractions arrive split ("didn't" → "did not"); typed without the apostrophe they are listed. */
export const en: Lexicon = {
  language: "en",
  stopwords: `a about above after again against all am an and any anything are as at be because been before
    being below between both but by can could did do does doing down during each few for from further had
    has have having he her here hers him his how i if in into is it its itself just me more most myself nor
    now of off on once only or our ours out over own same she should so some such than that the their theirs
    them then there these they this those through to too under until up very was we were what which while
    who whom why will with would yours yourself im ive id ill youre thats whats theres heres hes shes
    theyre weve wasnt isnt arent werent please pls plz pleas also yeah yep yes yet got gonna wanna gotta
    like really even much many lot lots one two three thing things something today
    tomorrow yesterday morning tonight week weeks day days month months year hour hours minute minutes
    ago last next since later soon already again maybe okay ok just still well sure guys
    truck shopping store shop water house home happy think thinking other others another every everything
    birthday daughter son wife husband mom mum dad friend gift present christmas weekend monday tuesday
    wednesday thursday friday saturday sunday january february march april june july august september
    october november december
    always around asked better called first found going great hello issue known leave little looking might
    never night nothing number people place price quick quite right small sorry start thanks trying using
    wanted where whole write years check seems email phone online website contact awesome amazing ready
    sending older charge charged chance steak sites sorted offer offered worried honest problem question
    answer asking needs whose world words woman women child children school money parents mother father
    brother sister friends family evening afternoon weather happen happened happening bother kindly
    regards hoping hope must shall actually basically literally seriously totally anyway though although
    whether thought lovely super trick quest guest ghost coast toast shape share shore sheep
    cause items stuff reason simple single large kinda guess pretty sort stay trust staff`,
  suffixes: ["ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ed", "es", "s", "e", "y"],
  compounds: false,
  sample: `where is my order when will my package arrive has my parcel shipped yet I want to cancel my order
    I need to change my shipping address I would like to return these shoes and get a refund can I talk to
    a real person the tracking says delivered but nothing is here thank you very much do you ship to Canada
    what are the shipping costs this is taking too long I have been waiting for two weeks`,
  cues: {
    // The order and its journey
    order: `order | oder | ordr | purchase | purchases | =orders`,
    parcel: `package | pakage | packege | parcel | pkg | stuff | item | items | goods | box | things |
      my thing | =shipment | =shipments | =delivery | =deliveries`,
    my: `my | mine | our`,
    ordered: `=ordered | =orderd | =bought | =purchased | =paid | placed an order | placed my order |
      placed the order | made an order | made a purchase | order i placed`,
    where: `where | wheres | wher | whereabouts | were is my | were is the | were s my | whr`,
    when: `when | whens | wen | what time | what day | how soon | by when | how much longer |
      in how many days | how many days until | how many more days | days left | how many days left`,
    howLong: `how long | how many days | how many weeks | how much time | how much longer`,
    arrive: `arrive | arival | arrival | arive | come | coming | came | get here | got here | be here |
      reach | reached | show up | showed up | turn up | turned up | get to me | land`,
    receive: `receive | recieve | recieved | recived | got | get | gotten | =have it | =had it`,
    ship: `ship | shipped | shiped | dispatch | dispatched | =send | =sent | sent out | =posted | mailed |
      left the warehouse | fulfil* | fullfil* | in the post | in the mail | put in the post | gone out |
      go out | went out | sent off | shipped off | left yet | out the door | been sent | was sent | sent yet |
      even sent`,
    deliver: `deliver | delivery | deliveries | delivering | be delivered | get delivered`,
    delivered: `=delivered | =deliverd | =delivred | =delieverd | dropped off | left at | left on | left in |
      left by | left with | handed over | handed to | signed for | proof of delivery | delivery notification |
      delivery confirmation | delivered notification | delivered email | delivery photo | delivery picture |
      proof of delivery photo | signature | signed by | signed for by | gave it to | given it to |
      handed it to | given to | gave to | =collected | marked as collected | photo of ~ delivery |
      picture of ~ delivery | =signed`,
    track: `track | tracking | trackin | traking | tracker | trace | tracking number | tracking link |
      tracking code | tracking info | track and trace | trak | trackng | tracknig`,
    status: `status | statuses | in transit | out for delivery | processing | pending | on hold | customs |
      progress | where it is | where it s at | whats happening | what is happening | what happened |
      going on | label created | information received | how is my order | hows my order | how s my order |
      how is the order | shipping label | label was created | label has been created | label printed |
      pre transit | pre shipment | on its way | on the way | en route | how is it going with |
      hows it going with | how s it going with | any progress | how is it coming along`,
    late: `late | delayed | delay | overdue | taking forever | taking so long | taking too long | so long |
      too long | forever | ages | long time | still not | past the date | way past | behind schedule | slow`,
    still: `still | yet | so far | as of now | as of today | until now | till now`,
    wait: `wait | waiting | waited | been waiting | still waiting`,
    stuck: `stuck | not moving | not moved | hasnt moved | not updating | not updated | not been updated |
      hasnt updated | havent updated | no updates | no movement | not changed | hasnt changed | not change |
      same status | same place | frozen | held up | sitting in | sitting at | doesnt move | nothing since |
      no update since | no updates since | nothing after that`,
    ago: `ago | since | last week | last month | been ~ weeks | been ~ days | been ~ week | been ~ months |
      for ~ weeks | for ~ days | after ~ days | after ~ weeks | after a week | over a week | almost ~ weeks |
      nearly ~ weeks`,
    expected: `supposed to | should have | should be here | should arrive | should of | expected | expecting |
      estimated | promised | was due | due | you said | i was told | we were told | was told`,
    news: `update | updates | news | info | information | any word | check on | checking on | check my |
      check the | look into | follow up | following up | heard anything | find out | look up | lookup |
      look at my order | look into my order | have a look | take a look | check | checking`,
    eta: `eta | delivery date | estimated delivery | arrival date | delivery time | expected delivery |
      delivery estimate | dispatch date | shipping date | ship date | shipment date`,
    carrier: `dhl | ups | fedex | usps | royal mail | evri | hermes | dpd | gls | postnl | courier | carrier |
      postman | mailman | driver | post office | canada post | auspost | australia post`,
    rts: `return to sender | returned to sender | back to sender | sent back to you | returning to sender`,
    // Marked delivered, but not here
    neg: `not | no | nope | dont | didnt | doesnt | hasnt | havent | hadnt | isnt | wasnt | werent | arent |
      wont | cant | cannot | aint | neither | without | none | nobody | no one | noone`,
    never: `never | not once`,
    nothing: `nothing | nothin | no package | no parcel | no box | not here | not there | isnt here |
      isnt there | not have it | dont have it | dont have anything | not have anything | nowhere | cant find |
      can not find | cannot find | not find | could not find | couldnt find | empty | no sign | no trace |
      not a trace | no sign of it | nowhere to be seen`,
    missing: `missing | lost | stolen | stole | disappeared | vanished | someone took | took it | theft |
      thief | never showed | never came | is gone | its gone | gone missing | has gone missing | nicked |
      pinched | swiped | nabbed`,
    place: `mailbox | letterbox | letter box | mail box | porch | doorstep | door | front door | neighbour |
      neighbor | neighbours | neighbors | reception | concierge | parcel locker | locker | safe place |
      garage | lobby | mailroom | mail room | building | home all day`,
    claim: `says | say | said | saying | shows | showed | show | showing | marked | according to | states |
      stated | claims | claim | claimed | confirmation | notification | photo | proof | =delivered but |
      =delivered however | apparently | supposedly`,
    // A new address
    address: `address | adress | addres | adresse | addresss | shipping address | delivery address | street |
      zip | zipcode | zip code | postcode | post code | postal code | house number | apartment | apt |
      flat number | unit number | city | ave | avenue | road | rd | st | lane | drive | blvd | boulevard |
      po box | pickup point | pick up point | collection point | parcel shop | pickup location |
      service point`,
    change: `change | chnage | chang | update | edit | modify | correct | correction | fix | amend | alter |
      replace | instead of`,
    wrong: `wrong | incorrect | typo | mistake | mistyped | misspelled | misspelt | forgot | old |
      someone else | someone elses | somebody else | not my door | not my house | wrong door | wrong house |
      wrong person | not my signature | not mine | isnt mine | wasnt me | not even my | not even our`,
    new: `new | different | another | other | correct one | right one`,
    moved: `moved | moving | relocated | relocating | move house | new home | new place | changed address`,
    redirect: `redirect | reroute | re route | instead | send it to | ship it to | deliver it to |
      hold it at | forward | to my office | to my work | rather | somewhere else | different place |
      another place | rather than | to my mom | to my mum | to my mother | to my dad | to my parents |
      to my sister | to my brother | change where | change the destination | different destination`,
    // Cancelling
    cancel: `cancel | cancellation | cancelation | cancle | cancl | cansel | cancell* | call off | void |
      abort | scrap | scrap it | kill the order | nix`,
    stop: `stop | halt | hold the order | dont send | do not send | dont ship | do not ship | intercept |
      block it | dont send it | do not send it | dont ship it | do not ship it`,
    delete: `delete | remove | erase | take off | take out`,
    dontWant: `dont want | do not want | dont want it | no longer want | no longer need | dont need |
      do not need | changed my mind | change my mind | anymore | any more | found it cheaper`,
    accident: `by mistake | by accident | accidentally | accidently | mistakenly | ordered twice | twice |
      double order | duplicate | two orders | ordered the wrong | picked the wrong | chose the wrong |
      selected the wrong | ordered wrong`,
    // Returns, exchanges, refunds
    return: `return | returns | retrun | send back | send it back | sent back | sent it back | ship back |
      ship it back | give back | take back | bring back | rma | return label | return policy |
      returns portal | send ~ back | ship ~ back | take ~ back | bring ~ back | mail ~ back | post ~ back`,
    refund: `refund | refunds | refunded | refound | refun | reimburse | reimbursement | money back |
      my money | chargeback | charge back | credit back | store credit | paid back | charged twice |
      double charged | overcharged | charged me twice | paid twice | double charge`,
    exchange: `exchange | exchanging | swap | replacement | replace | different size | another size |
      bigger size | smaller size | larger size | size up | size down`,
    defect: `damaged | damage | broken | broke | defective | faulty | crushed | cracked | torn | ripped |
      scratched | stained | dirty | smashed | leaking | wrong item | wrong size | wrong color | wrong colour |
      wrong product | wrong one | wrong thing | wrong order | sent me the wrong | sent the wrong |
      received the wrong | got the wrong | not what i ordered | too small | too big | too large | too tight |
      too loose | too short | doesnt fit | does not fit | did not fit | didnt fit | dont fit | not fit |
      poor quality | bad quality | not as described | fake | item missing | missing item | missing from |
      not suit | doesnt suit | dont suit | in pieces | shattered | destroyed | smashed to pieces | ruined |
      someone elses order | someone else s order | not my order | not my package | wrong package |
      wrong parcel | leaked | leaks | spilled | spilt | melted | expired | mouldy | moldy`,
    notWorking: `doesnt work | does not work | not working | stopped working | dont work | didnt work | dead`,
    size: `size | sizes | sizing`,
    // A person
    human: `human | humans | person | real person | actual person | live person | real human | agent |
      representative | rep | operator | staff | employee | team member | manager | supervisor | live chat |
      live agent | real people | people | someone in charge | team leader | higher up`,
    someone: `someone | somebody | anyone | anybody | some one`,
    help: `help | helps | helping`,
    talk: `talk | speak | chat with | call | ring | get in touch | reach | connect me | connect | transfer |
      put me through | escalate | call me | call back | callback | on the phone | on the line | phone call |
      transfer me | connect me with | connect me to`,
    support: `support | customer service | customer support | customer care | customer services | help desk |
      helpdesk | service team | support team | service | care team`,
    contact: `contact | contacting | contact you | contact info | email you | write to you | reach you`,
    phoneWord: `phone | telephone | phone number | hotline | number to call | whatsapp | call center |
      call centre`,
    you: `you | your | u | ur | yours | you guys | ya`,
    callMe: `call me | ring me | phone me | call me back | give me a call`,
    numberWord: `number`,
    bot: `bot | robot | chat bot | chatbot | ai | machine | automated | useless | not helpful | not helping |
      no help`,
    botQuestion: `are you a bot | are you a robot | are you real | are you human | are you a person |
      are you a real person | am i talking to a bot | am i talking to a robot | is this a bot |
      is this automated | are you ai | are you an ai | who are you | what are you`,
    want: `i want | i need | give me | get me | let me | id like | i would like | i wanna | i d like`,
    complaint: `complaint | complain | unhappy | fed up | furious | angry | unacceptable | ridiculous |
      terrible service | scam | disgusting`,
    // Anything else: chit-chat and questions before buying
    greet: `hi | hii | hello | helo | hey | heya | hiya | yo | howdy | greetings | good morning |
      good afternoon | good evening | morning | hi there | hello there | dear`,
    thanks: `thanks | thank | thank you | thx | thnx | tnx | ty | tysm | cheers | appreciate | appreciated |
      great | perfect | awesome | cool | got it | all good | thats all | bye | goodbye | ok | okay | okey |
      alright | sure | nice | wonderful | brilliant | lovely`,
    shipTo: `do you ship | do you deliver | do u ship | do u deliver | can you ship to | you ship to |
      you deliver to | ship internationally | ship worldwide | international shipping |
      international delivery | worldwide shipping | ship outside | ship abroad | ship overseas |
      =shipping to | =delivery to`,
    country: `canada | usa | united states | america | uk | united kingdom | england | scotland | wales |
      ireland | australia | new zealand | germany | france | spain | italy | netherlands | holland | belgium |
      austria | switzerland | sweden | norway | denmark | finland | poland | portugal | mexico | brazil |
      japan | china | india | singapore | hong kong | europe | eu | hawaii | alaska | puerto rico |
      my country`,
    shippingCost: `shipping cost | shipping costs | cost of shipping | cost to ship | how much is shipping |
      how much does shipping | how much for shipping | shipping fee | shipping fees | delivery cost |
      delivery costs | delivery fee | delivery charge | free shipping | free delivery | postage |
      shipping price | shipping rate | shipping rates | customs fees | duties | import tax |
      express shipping | next day delivery | next day shipping | express delivery | same day delivery |
      expedited shipping | overnight shipping | shipping options | delivery options | standard shipping |
      shipping methods`,
    free: `free | for free | free of charge`,
    discount: `discount | discounts | coupon | voucher | promo | promo code | promotion | discount code |
      sale | gift card | giftcard | deal | deals`,
    payment: `pay | payment | paypal | klarna | afterpay | credit card | debit card | card | apple pay |
      google pay | bank transfer | installments | instalments | checkout`,
    product: `in stock | stock | available | availability | restock | back in stock | material | fabric |
      colour | color | colors | size guide | size chart | what size | which size | true to size | made of |
      made from | ingredients | recommend | does it come in | waterproof | washable | warranty | price |
      cost | how much is | how much does | does ~ come in | come in | comes in | in red | in blue | in black |
      in white | in green | pick up ~ in store | pickup in store | collect ~ in store | click and collect |
      in store pickup | store pickup | in store | in the shop | local pickup | handmade | hand made |
      made by hand`,
    restock: `back in stock | restock | restocked | restocking | available again | sold out | out of stock`,
    beforeBuy: `if i order | if i buy | if i purchase | if i place | before i order | before ordering |
      before i buy | can i order | want to order | planning to order | thinking of ordering |
      thinking about ordering | how do i order | =place an order | =order today | =order now | =buy now |
      before buying | before purchasing | before i purchase | order by phone | order over the phone |
      order by telephone`,
    offer: `do you offer | do you do | do you sell | do you accept | do you take | do u do | do u accept`,
    invoice: `invoice | receipt | vat | tax invoice | bill`,
    addItem: `add ~ to my order | add ~ to the order | add an item | add another item | add something |
      forgot to add an item | combine my orders | combine orders | add to my order | add | adding`,
    account: `account | login | log in | password | sign in | newsletter | unsubscribe | subscription`,
    emailWord: `email | e mail | email address | e mail address | mail address`,
    shipNotice: `shipping confirmation | shipping email | shipping notification | dispatch email |
      dispatch confirmation | dispatch notification | shipment confirmation`,
    openHours: `are you open | you open | opening hours | opening times | business hours | store hours |
      when do you close | are you closed | what time do you close | what time do you open`,
  },
};
