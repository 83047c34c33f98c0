import type { Lexicon } from "./types";

/**
 * Spanish. Verbs are listed by prefix ("lleg*": llega, llegó, llegará), since conjugations are many;
 * the participles the rules tell apart from their verb are exact forms ("=entregado" is delivered,
 * "entreg*" only to deliver). Stemming-lite drops gender and number.
 */
export const es: Lexicon = {
  language: "es",
  stopwords: `yo tu el ella usted nosotros vosotros ellos ellas ustedes me te se nos os le les lo la los las mi mis
    tus su sus nuestro nuestra un una unos unas y o pero que quien como cuando donde cual cuales porque por
    para con sin de del al a en sobre entre hasta desde hacia es soy eres somos son era fue ser estar esta
    estoy estas estamos estan estaba he has ha hemos han habia hay hace tengo tiene tienen tenemos puedo
    puede pueden podria podrian quiero quiere queria gustaria necesito muy mas menos ya aun todavia tambien
    si no nada nunca nadie algo alguien todo todos toda todas este estos ese esa eso aqui alli ahi hoy
    manana ayer semana semanas dia dias mes meses lunes martes miercoles jueves viernes sabado domingo
    navidad cumpleanos hija hijo esposo esposa regalo casa trabajo hola gracias favor porfa porfavor vale
    bueno buenos buenas pues entonces ok eh usted ustedes qué cómo
    ahora antes aquí bien cada cosas creo esto hacer luego mañana mejor mismo mucho muchas otra otro poco
    saber siempre solo también pasar paso pasa pasó pague pagué quedar quede llevar lleva llevo mirar miro
    buscar busco encontrar encontré esperar espero decir dije dicen hablar pregunta preguntar respuesta
    mensaje señor señora saludos cordiales familia cumpleaños problema posible normal tarde noche sábado
    parte partes pasado pasada padre madre amigo amiga
    causa razon hora horas minuto rapido rapida simple pequeno grande ultimo ultima proximo proxima tiempo
    mundo lugar dejar puesto poner
    forma manera`,
  suffixes: ["aciones", "ciones", "acion", "cion", "os", "as", "es", "o", "a", "e", "s"],
  compounds: false,
  sample: `¿Dónde está mi pedido? ¿Cuándo llega mi paquete? Quiero cancelar mi pedido. Necesito cambiar mi
    dirección de envío. Quiero devolver este artículo y que me devuelvan el dinero. ¿Puedo hablar con una
    persona? El seguimiento dice entregado pero no he recibido nada. Muchas gracias, buen día. ¿Hacen envíos
    a México? ¿Cuánto cuestan los gastos de envío? Llevo dos semanas esperando mi pedido y todavía no llega.`,
  cues: {
    // The order and its journey
    order: `pedido | pedidos | pedio | orden | compra | compras | numero de pedido`,
    parcel: `paquete | paquetes | paquetito | envio | articulo | articulos | cosas | caja | mercancia |
      encomienda`,
    my: `mi | mis | nuestro | nuestra`,
    ordered: `=pedi | hice un pedido | hice el pedido | hice una compra | realice un pedido |
      realice el pedido | =compre | =pague | he pedido | he comprado | =encargue`,
    where: `donde | donde esta | donde anda | donde se encuentra | donde queda | dnd`,
    when: `cuando | para cuando | que dia | en que fecha | cuanto falta | a que hora | en cuántos días |
      cuántos días faltan | cuántos días quedan | cuánto queda | dentro de cuántos días | cuánto le falta`,
    howLong: `cuanto tarda | cuanto tardan | cuanto tiempo | cuantos dias | cuanto demora | cuanto demoran |
      plazo | plazos | cuanto tard* | cuanto demor*`,
    arrive: `llegar | llega | llegue | llegara | llegaran | llegan | llegado | llegada | llego | venir |
      viene | me llega | lleg*`,
    receive: `recibir | recibido | recibi | recibo | recibire | recibirlo | recibirla | me ha llegado |
      he recibido | recib*`,
    ship: `enviado | enviada | enviar | enviaron | envio | despachado | despachar | despacharon | expedido |
      salio del almacen | mandado | mandaron | mandar | envi* | mand* | despach* | al correo | salio |
      ha salido | salido | ya salio`,
    deliver: `entregar | entrega | entregaran | entregan | repartir | reparto | sera entregado | entreg*`,
    delivered: `=entregado | =entregada | =entregados | =entregadas | =entrego | =entregaron | =dejaron |
      =dejado | =depositado | =repartido | fue entregado | como entregado | notificacion de entrega |
      confirmacion de entrega | aviso de entrega | prueba de entrega | foto de entrega | foto de la entrega |
      firma | firmado por | se lo dio | se lo habra dado | se lo han dado | dado a | =recogido | =recogida |
      =firmado | =firmada`,
    track: `seguimiento | numero de seguimiento | rastreo | rastrear | codigo de seguimiento | tracking |
      enlace de seguimiento | link de seguimiento | localizador`,
    status: `estado | status | en transito | en camino | en reparto | en preparacion | procesando |
      en proceso | aduana | aduanas | que pasa | que paso | que ocurre | centro de distribucion | como va |
      como esta mi pedido | como va mi pedido | en que estado | etiqueta creada | etiqueta se creo |
      etiqueta de envio | pendiente de recogida | pre admision | qué tal va | cómo lleva | en qué punto está |
      cómo anda mi pedido`,
    late: `retraso | retrasado | atrasado | demora | demorado | llega tarde | muy tarde | tarda mucho |
      demasiado tiempo | mucho tiempo | una eternidad | lento | lleva mucho | tarda tanto | tardando tanto |
      por que tarda | tardando mucho`,
    still: `todavia | aun | hasta ahora | por ahora | aun no | todavia no | sigue | sigo | seguimos`,
    wait: `esperando | espero | esperar | espera | esperado | llevo esperando | esper*`,
    stuck: `atascado | estancado | bloqueado | no se mueve | no avanza | no se actualiza | no actualiza |
      sin actualizar | sin movimiento | mismo estado | retenido | no cambia | nada desde entonces |
      nada desde | sin novedades desde | =parado | =parada`,
    ago: `desde | la semana pasada | llevo | hace ~ dias | hace ~ semanas | hace ~ semana | hace ~ mes |
      hace ~ meses | desde hace | a los ~ días | a las ~ semanas | después de ~ días | después de ~ semanas |
      van ~ días | van ~ semanas | ya van | llevo ~ días | llevo ~ semanas | más de una semana |
      ya son ~ días | ya son ~ semanas`,
    expected: `debia | deberia | tenia que | se suponia | estimado | prevista | previsto | prometido |
      iba a llegar | me dijeron | dijisteis | me dijisteis | dijeron que`,
    news: `novedades | novedad | noticias | informacion | info | actualizacion | revis* | verificar |
      comprobar | saber algo | saber de | mirar | echar un vistazo | echarle un ojo`,
    eta: `fecha de entrega | fecha estimada | fecha de llegada | plazo de entrega | tiempo de entrega |
      fecha de envio | fecha de despacho`,
    carrier: `correos | seur | mrw | gls | dhl | ups | dpd | nacex | fedex | estafeta | transportista |
      repartidor | mensajero | cartero | punto de recogida | oficina de correos`,
    rts: `devuelto al remitente | devolucion al remitente | retorno al remitente | de vuelta al remitente`,
    // Marked delivered, but not here
    neg: `no | ni | sin | ningun | ninguna | ninguno | nop | nadie`,
    never: `nunca | jamas`,
    nothing: `nada | nada de nada | no esta | no lo tengo | no la tengo | no los tengo | no hay nada |
      no aparece | ni rastro | vacio | ningun lado | ninguna parte | ni sombra | ni rastro de`,
    missing: `me falta | falta un | falta una | faltan | perdido | perdida | robado | robaron | desaparecido |
      desaparecio | extraviado | mangado | mangaron | me lo han quitado`,
    place: `buzon | vecino | vecina | vecinos | puerta | portal | porteria | portero | conserje | recepcion |
      en casa`,
    claim: `dice | pone | aparece | figura | marcado | marca | segun | indica | muestra | supuestamente |
      notificacion | foto | =entregado pero`,
    // A new address
    address: `direccion | direcion | domicilio | calle | codigo postal | cp | ciudad | piso |
      numero de la calle | avenida | punto de recogida | punto de entrega | punto pack`,
    change: `cambiar | cambio | modificar | modificacion | corregir | correccion | actualizar | rectificar |
      cambi* | modific* | modifiq* | actualiz* | actualic* | correg* | corrij*`,
    wrong: `equivocada | equivocado | me equivoque | incorrecta | incorrecto | error | mal | puse mal |
      escribi mal | erronea | vieja | antigua | olvide | otra persona | otra casa | no es mi puerta |
      puerta equivocada | no es la mia | no es mia | no fui yo`,
    new: `nueva | nuevo | otra | otro | diferente | correcta | correcto`,
    moved: `me mude | mudanza | me he mudado | mudado | me cambie de casa | cambie de domicilio | nueva casa`,
    redirect: `redirigir | en vez de | en lugar de | a la oficina | al trabajo | mejor a | prefiero que |
      desviar | a mi trabajo | a mi oficina | a mi casa nueva | a otra casa | a casa de mi | a casa de mis |
      envi* ~ a casa | mand* ~ a casa | enviadlo a | mandadlo a | enviarlo a | mandarlo a | lugar de entrega |
      cambiar a dónde | cambiar donde | mejor enviadlo | mejor mandadlo`,
    // Cancelling
    cancel: `cancelar | cancel* | cancelacion | anular | anul* | anulen | cancelen`,
    stop: `detener | parar | frenar | no enviar | no lo envien | paralizar | para el envio | detengan |
      frenen | paralicen | =paren | =pare | =bloquear | =bloquearlo | =retener | =retenerlo | =pararlo |
      =detenerlo | =frenarlo | =interceptar | no lo enviéis | no lo mandéis | no lo envíes | no lo mandes |
      no lo envíen | no lo manden | =parad | =paradlo`,
    delete: `borrar | borren | eliminar | eliminen | quitar | quitad | sacar un artículo`,
    dontWant: `ya no quiero | no lo quiero | no la quiero | ya no lo necesito | ya no necesito |
      me arrepenti | me arrepiento | cambie de opinion | cambie de idea`,
    accident: `por error | por equivocacion | dos veces | duplicado | por accidente | sin querer | repetido |
      me equivoqué de | elegí mal | pedí mal`,
    // Returns, exchanges, refunds
    return: `devolver | devol* | devuel* | devolucion | devoluciones | retorno | regresar |
      etiqueta de devolucion | mandar de vuelta | enviar de vuelta | desistimiento`,
    refund: `reembolso | reembolsar | reembols* | rembolso | mi dinero | dinero de vuelta | el dinero |
      cobrado dos veces | cobro doble | reintegro | cobr* ~ dos veces | cobro duplicado | doble cobro`,
    exchange: `cambiarlo | cambiarla | cambiarlos | cambiarlas | cambio de talla | cambiar de talla |
      cambiar la talla | reemplazo | reemplazar | sustituir | otra talla | talla mas grande |
      talla mas pequena | canjear`,
    defect: `roto | rota | rotos | danado | danada | defectuoso | defectuosa | articulo equivocado |
      producto equivocado | talla equivocada | color equivocado | el equivocado | no es lo que pedi |
      me queda pequeno | me quedan pequenas | me quedan pequenos | me queda pequena | me queda grande |
      me quedan grandes | me queda mal | no me queda | no me quedan | quedan pequenas | queda pequeno |
      manchado | rayado | aplastado | mala calidad | incompleto | descosido | hecho pedazos | hecha pedazos |
      en pedazos | hecho trizas | destrozado | destrozada | no es mi pedido | no es mi paquete |
      paquete equivocado | pedido de otra persona | fuga | fugas | gotea | goteaba | derramado | derramada |
      derretido | caducado | mohoso`,
    notWorking: `no funciona | no sirve | no anda | dejo de funcionar`,
    size: `talla | tallas`,
    // A person
    human: `humano | humana | persona | persona real | agente | operador | operadora | asesor | asesora |
      representante | empleado | encargado | supervisor | jefe | gerente | responsable | alguien responsable |
      persona encargada | agente humano`,
    someone: `alguien`,
    help: `ayudar | ayuda | ayudarme`,
    talk: `hablar | llamar | llamenme | llamame | comunicarme | comunicar | atender | atienda |
      ponerme en contacto | por telefono | al telefono | pasame con | paseme con | pasenme con | ponme con |
      comunicame con | llam*`,
    support: `atencion al cliente | servicio al cliente | servicio de atencion | soporte | servicio tecnico |
      asistencia | centro de ayuda`,
    contact: `contacto | contactar | contactarlos | contactaros | contactarme | ponerme en contacto`,
    phoneWord: `telefono | numero de telefono | numero de contacto | whatsapp | por telefono | movil |
      celular`,
    you: `ustedes | usted | vosotros | su | sus | tu | te`,
    callMe: `llamenme | llamame | me llamen | me llamas | me pueden llamar | me puede llamar`,
    numberWord: `numero`,
    bot: `bot | robot | chatbot | ia | maquina | automatico | no sirves | no ayuda | inutil`,
    botQuestion: `eres un bot | eres un robot | eres humano | eres real | eres una persona | es un bot |
      estoy hablando con un bot | quien eres | eres una maquina`,
    want: `quiero | necesito | pasame | paseme | pasenme | quisiera | me gustaria`,
    complaint: `queja | reclamacion | reclamo | reclamar | inaceptable | verguenza | estafa | timo | harto |
      harta | indignado`,
    // Anything else: chit-chat and questions before buying
    greet: `hola | buenos dias | buenas tardes | buenas noches | buenas | que tal | saludos | holi | hey`,
    thanks: `gracias | muchas gracias | mil gracias | vale | de acuerdo | perfecto | genial | ok | okey |
      adios | hasta luego | buen dia | estupendo | listo | entendido | muy amable`,
    shipTo: `hacen envios | hacen envio | envian a | enviais a | envias a | mandan a | hacen entregas |
      internacional | internacionales | al extranjero | fuera de espana`,
    country: `espana | mexico | argentina | chile | colombia | peru | estados unidos | eeuu | usa | canarias |
      baleares | ceuta | melilla | andorra | portugal | francia | alemania | italia | reino unido | europa |
      extranjero | uruguay | venezuela | ecuador`,
    shippingCost: `gastos de envio | costo de envio | coste de envio | costo del envio | cuesta el envio |
      cuestan los envios | envio gratis | envio gratuito | precio del envio | tarifa de envio | portes |
      aranceles | envio express | cuesta enviar | envio urgente | envio rapido | opciones de envio |
      metodos de envio | entrega en 24 horas | envio estandar | envio en 24`,
    free: `gratis | gratuito | gratuita | sin coste | sin costo`,
    discount: `descuento | codigo de descuento | cupon | codigo promocional | promocion | rebajas | oferta |
      ofertas | tarjeta regalo | codigo`,
    payment: `pagar | pago | tarjeta | paypal | bizum | transferencia | a plazos | cuotas | klarna |
      contra reembolso`,
    product: `en stock | stock | disponible | disponibilidad | material | tela | color | colores |
      guia de tallas | tabla de tallas | que talla | precio | cuanto cuesta | cuanto vale | garantia |
      impermeable | lo tienen en | tienen en | en tienda | en la tienda | recogida en tienda |
      recoger en tienda | click and collect | hecho a mano | hecha a mano | hechos a mano | hechas a mano |
      artesanal`,
    restock: `vuelve a estar disponible | de nuevo en stock | de nuevo disponible | reposicion |
      vuelve a haber | agotado | agotados | agotada | sin stock | reponen | reponer`,
    beforeBuy: `si compro | si pido | si hago el pedido | si hago un pedido | antes de comprar |
      antes de pedir | puedo comprar | quiero comprar | como compro | como hago un pedido | como pedir |
      si encargo | antes de la compra | hacer un pedido | puedo pedir | puedo hacer un pedido |
      pedir por telefono`,
    offer: `ofrecen | aceptan | venden | tienen envio`,
    invoice: `factura | iva | ticket | comprobante`,
    addItem: `añadir | anadir | agregar | juntar los pedidos | unir los pedidos`,
    account: `mi cuenta | iniciar sesion | contrasena | newsletter | darme de baja | registrarme | usuario |
      una cuenta | la cuenta | tu cuenta | su cuenta | cuenta de cliente`,
    emailWord: `correo | correo electronico | email | mail | e mail | direccion de correo |
      direccion de email | direccion de e mail`,
    shipNotice: `confirmación de envío | correo de envío | email de envío | aviso de envío`,
    openHours: `abrís | abren | cerráis | cierran | horario de apertura | horario de atención |
      estáis abiertos | están abiertos | a qué hora cerráis | a qué hora abrís`,
  },
};
