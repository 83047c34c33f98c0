import type { LocaleDefaults } from "../types";

// Every body opens with a greeting that still reads naturally when the shop has no first name.
const HELLO =
  "{% if customer.first_name != blank %}Hi {{ customer.first_name }},{% else %}Hi there,{% endif %}";
const BYE = "Warm regards,\nThe {{ shop.name }} team";
const CARRIER = "{% if shipment.carrier != blank %}{{ shipment.carrier }}{% else %}The carrier{% endif %}";
const CARRIER_MID =
  "{% if shipment.carrier != blank %}{{ shipment.carrier }}{% else %}the carrier{% endif %}";
const REASON = "{% if delay_reason != blank %}\nReason given by the carrier: {{ delay_reason }}\n{% endif %}";

/** English: the reference copy. US spelling and dates ("Thursday, November 26"). */
export const en: LocaleDefaults = {
  email: {
    SHIPPED: {
      subject: "Your order {{ order.name }} has shipped",
      body: `${HELLO}

Good news: your order {{ order.name }} has shipped{% if shipment.carrier != blank %} with {{ shipment.carrier }}{% endif %}.{% if estimated_delivery != blank %} It's expected to arrive on {{ estimated_delivery }}.{% endif %}

You can follow its journey on your tracking page at any time, and we'll let you know when it's out for delivery.

${BYE}`,
    },
    IN_TRANSIT: {
      subject: "Your order {{ order.name }} is on its way",
      body: `${HELLO}

Your order {{ order.name }} is on the move: ${CARRIER_MID} has picked up your parcel.{% if estimated_delivery != blank %} It's expected to arrive on {{ estimated_delivery }}.{% endif %}

We'll keep you posted along the way, and your tracking page always shows where it is right now.

${BYE}`,
    },
    OUT_FOR_DELIVERY: {
      subject: "Your order {{ order.name }} is out for delivery",
      body: `${HELLO}

It's almost there! Your order {{ order.name }} is out for delivery{% if shipment.carrier != blank %} with {{ shipment.carrier }}{% endif %} and should arrive today.

Won't be home? No worries: the driver will usually leave a note with your options or try again.

${BYE}`,
    },
    ATTEMPTED_DELIVERY: {
      subject: "We missed you: delivery attempt for order {{ order.name }}",
      body: `${HELLO}

${CARRIER} tried to deliver your order {{ order.name }}, but couldn't complete the delivery.
${REASON}
Most carriers try again on the next business day or leave the parcel at a pickup point nearby. Your tracking page has the latest details.

${BYE}`,
    },
    READY_FOR_PICKUP: {
      subject: "Your order {{ order.name }} is ready for pickup",
      body: `${HELLO}

Your order {{ order.name }} has arrived at your pickup point and is ready to collect.

You'll find the details on your tracking page. Depending on the carrier, you may need a photo ID or a pickup code.

Please pick it up soon: pickup points only hold parcels for a limited time before sending them back.

${BYE}`,
    },
    DELIVERED: {
      subject: "Your order {{ order.name }} has been delivered",
      body: `${HELLO}

Your order {{ order.name }} has been delivered. We hope you love it!

Can't find your parcel? Take a look around your door and mailbox, or ask whether someone accepted it for you. If it still doesn't turn up, {% if shop.email != blank %}email us at {{ shop.email }}{% else %}get in touch with us{% endif %} and we'll sort it out.

${BYE}`,
    },
    EXCEPTION: {
      subject: "A problem with the delivery of your order {{ order.name }}",
      body: `${HELLO}

${CARRIER} has reported a problem with the delivery of your order {{ order.name }}.
${REASON}
We're on it and will get in touch if we need anything from you.{% if shop.email != blank %} If you have questions in the meantime, email us at {{ shop.email }}.{% endif %}

${BYE}`,
    },
    DELAYED: {
      subject: "Your order {{ order.name }} is delayed",
      body: `${HELLO}

Unfortunately, your order {{ order.name }} is taking longer than expected.{% if estimated_delivery != blank %} It's now expected to arrive on {{ estimated_delivery }}.{% endif %}
${REASON}
We're sorry for the wait. We're keeping an eye on your parcel and will let you know as soon as anything changes.

${BYE}`,
    },
    STALLED: {
      subject: "An update on your order {{ order.name }}",
      body: `${HELLO}

We wanted to let you know that there haven't been any tracking updates for your order {{ order.name }} for a few days.

This can happen when a parcel is between depots or crossing a border, and it usually gets moving again soon. We're keeping an eye on it and will be in touch as soon as there's news.

${BYE}`,
    },
    NEW_ESTIMATE: {
      subject: "New delivery date for your order {{ order.name }}",
      body: `${HELLO}

The delivery date for your order {{ order.name }} has changed{% if estimated_delivery != blank %}: it's now expected to arrive on {{ estimated_delivery }}{% endif %}.{% if previous_estimated_delivery != blank %} The previous estimate was {{ previous_estimated_delivery }}.{% endif %}

Your tracking page always shows the latest date.

${BYE}`,
    },
  },
  short: {
    SHIPPED:
      "{{ shop.name }}: Your order {{ order.name }} has shipped! Track it here: {{ tracking_page_url }}",
    IN_TRANSIT:
      "{{ shop.name }}: Your order {{ order.name }} is on its way{% if estimated_delivery != blank %}, arriving {{ estimated_delivery }}{% endif %}. Track it: {{ tracking_page_url }}",
    OUT_FOR_DELIVERY:
      "{{ shop.name }}: Your order {{ order.name }} is out for delivery and should arrive today. Track it: {{ tracking_page_url }}",
    ATTEMPTED_DELIVERY:
      "{{ shop.name }}: The carrier couldn't deliver your order {{ order.name }}. Next steps: {{ tracking_page_url }}",
    READY_FOR_PICKUP:
      "{{ shop.name }}: Your order {{ order.name }} is ready for pickup. Details: {{ tracking_page_url }}",
    DELIVERED:
      "{{ shop.name }}: Your order {{ order.name }} has been delivered. Enjoy! Details: {{ tracking_page_url }}",
    EXCEPTION:
      "{{ shop.name }}: There's a problem with the delivery of your order {{ order.name }}. Details: {{ tracking_page_url }}",
    DELAYED:
      "{{ shop.name }}: Your order {{ order.name }} is delayed{% if estimated_delivery != blank %}, now expected {{ estimated_delivery }}{% endif %}. Sorry for the wait! Track it: {{ tracking_page_url }}",
    STALLED:
      "{{ shop.name }}: No tracking updates for your order {{ order.name }} for a few days. We're keeping an eye on it: {{ tracking_page_url }}",
    NEW_ESTIMATE:
      "{{ shop.name }}: New delivery date for your order {{ order.name }}{% if estimated_delivery != blank %}: {{ estimated_delivery }}{% endif %}. Track it: {{ tracking_page_url }}",
  },
  layout: {
    trackButton: "Track your order",
    order: "Order",
    items: "Items",
    carrier: "Carrier",
    trackingNumber: "Tracking number",
    estimatedDelivery: "Estimated delivery",
    footer: "You receive this email because you ordered from {shop}.",
    unsubscribe: "Unsubscribe",
    colon: ": ",
  },
  status: {
    PENDING: "Label created",
    IN_TRANSIT: "In transit",
    DELAYED: "Delayed",
    OUT_FOR_DELIVERY: "Out for delivery",
    ATTEMPTED_DELIVERY: "Delivery attempted",
    READY_FOR_PICKUP: "Ready for pickup",
    EXCEPTION: "Delivery problem",
    DELIVERED: "Delivered",
    CANCELLED: "Canceled",
  },
};
