// <parcelwise-tracking> (extensions/parcelwise-tracking/blocks/order-tracking.liquid). Renders with
// textContent only: nothing typed or received is parsed as HTML. All copy comes from the block's JSON.
// The source; the extension ships its minified build (`npm run build:assets`).
if (!customElements.get("parcelwise-tracking")) {
  const MILESTONES = ["PENDING", "IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED"];
  const SHOWN_EVENTS = 3;
  let lang = document.documentElement.lang;
  try {
    Intl.getCanonicalLocales(lang);
  } catch {
    lang = undefined;
  }

  // In a classic script only this block keeps helpers out of the global scope.
  // oxlint-disable-next-line unicorn/consistent-function-scoping
  const el = (tag, cls, text) => {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text != null) node.textContent = text;
    return node;
  };
  // {name} placeholders: snippets/parcelwise-strings.liquid
  // oxlint-disable-next-line unicorn/consistent-function-scoping
  const fill = (str, vars) => str.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? vars[k] : m));
  // Shopper's language and time zone
  const date = (iso, options) =>
    isNaN(new Date(iso)) ? "" : new Intl.DateTimeFormat(lang, options).format(new Date(iso));
  const DAY = { weekday: "long", month: "long", day: "numeric" };
  const day = (iso) => date(iso, DAY);
  // An estimate's days: "Tuesday, March 3 – Thursday, March 5", or one day when both fall on it
  const days = ({ earliest, latest }) => {
    const [start, end] = [day(earliest), day(latest)];
    if (!start || !end || start === end) return start || end;
    try {
      return new Intl.DateTimeFormat(lang, DAY).formatRange(new Date(earliest), new Date(latest));
    } catch {
      return start + " – " + end; // no formatRange (browsers before 2021)
    }
  };
  // City and country only; a code is named in the shopper's language
  const place = ({ city, country }) =>
    [city, /^[A-Z]{2}$/.test(country) ? new Intl.DisplayNames(lang, { type: "region" }).of(country) : country]
      .filter(Boolean)
      .join(", ");

  class ParcelwiseTracking extends HTMLElement {
    connectedCallback() {
      if (this.t) return;
      const $ = (sel) => this.querySelector(sel);
      this.t = JSON.parse($("[data-pw-i18n]").textContent);
      this.form = $("form");
      this.out = $("[data-pw-result]");
      this.live = $("[data-pw-status]");
      this.alert = $("[data-pw-error]");
      this.form.addEventListener("change", () => this.mode());
      this.form.addEventListener("submit", (e) => {
        e.preventDefault();
        this.submit();
      });
      this.mode();
      // A notification's signed link (?token=, or data-token from a proxy page); focus stays put
      const token = new URLSearchParams(location.search).get("token") || this.dataset.token;
      if (token) this.load("/track/" + encodeURIComponent(token.slice(0, 1024)), null, "link");
    }

    // The unused group is disabled: neither checked nor sent
    mode() {
      for (const group of this.form.querySelectorAll("[data-mode]")) {
        group.hidden = group.disabled = group.dataset.mode !== this.form.elements.mode.value;
      }
    }

    submit() {
      const kind = this.form.elements.mode.value === "tracking" ? "tracking" : "order";
      const body = {};
      let invalid;
      for (const name of kind === "order" ? ["orderNumber", "contact"] : ["trackingNumber"]) {
        const input = this.form.elements[name];
        input.value = input.value.trim();
        const ok = input.checkValidity();
        if (ok) input.removeAttribute("aria-invalid");
        else input.setAttribute("aria-invalid", "true");
        input.parentNode.querySelector("[data-pw-field-error]").textContent = ok ? "" : this.t.errors[name];
        invalid ||= ok ? null : input;
        body[name] = input.value;
      }
      this.alert.textContent = "";
      if (invalid) invalid.focus();
      else this.load(kind === "order" ? "/lookup" : "/tracking", body, kind, true);
    }

    async load(path, body, kind, moveFocus) {
      if (this.busy) return;
      this.busy = true;
      this.out.setAttribute("aria-busy", "true");
      this.live.textContent = this.t.loading;
      let status = 0;
      let data = {};
      try {
        const res = await fetch(this.dataset.base + path, {
          method: body ? "POST" : "GET",
          headers: { Accept: "application/json", "Content-Type": "application/json" },
          body: body && JSON.stringify(body),
        });
        status = res.status;
        data = await res.json().catch(() => data);
      } catch {
        // offline: generic message
      }
      this.busy = false;
      this.out.removeAttribute("aria-busy");
      this.live.textContent = "";
      if (status === 200 && Array.isArray(data.shipments)) return this.render(data, moveFocus);
      // The app's messages are English; other languages get the block's
      const e = this.t.errors;
      const own = status > 399 && status < 500 && typeof data.error === "string" && /^en\b/i.test(lang);
      this.out.replaceChildren();
      this.alert.textContent = own ? data.error.slice(0, 300) : e[status + kind] || e[status] || e.generic;
    }

    // A section per shipment: a split order has several
    render(view, moveFocus) {
      const t = this.t;
      const list = view.shipments;
      const title = el("h3", "pw__title", view.order ? fill(t.order, { name: view.order.name }) : t.parcel);
      title.tabIndex = -1;
      this.out.replaceChildren(
        title,
        ...(list.length
          ? list.map((s, i) => this.shipment(s, i, list.length))
          : [el("p", "pw__note", t.noShipments)]),
      );
      this.live.textContent = [title.textContent, ...list.map((s) => this.name(s.status))].join(". ");
      if (moveFocus) title.focus();
    }

    shipment(s, index, count) {
      const t = this.t;
      const box = el("section", "pw__shipment");
      if (count > 1) box.append(el("p", "pw__count", fill(t.shipmentOf, { index: index + 1, count })));
      box.append(el("h4", "pw__status", this.name(s.status)));
      if (s.progress != null) box.append(this.progress(s.progress));
      box.append(this.when(s) || "");

      const facts = el("dl", "pw__facts");
      const fact = (label, ...values) => {
        if (values.length) facts.append(el("dt", "", label));
        for (const value of values) facts.appendChild(el("dd")).append(...value);
      };
      if (s.carrier) fact(t.carrier, [s.carrier]);
      const urls = s.trackingUrls || [];
      fact(
        t.trackingNumber,
        ...(s.trackingNumbers || []).map((n, k) =>
          /^https?:\/\//i.test(urls[k]) ? [n, " ", this.link(urls[k])] : [n],
        ),
      );
      const where = place(s.destination || {});
      if (where) fact(t.destination, [where]);
      if (facts.firstChild) box.append(facts);

      if (s.items?.length) box.append(el("h5", "pw__subheading", t.items), this.items(s.items));
      box.append(el("h5", "pw__subheading", t.history), ...this.events(s.events || []));
      return box;
    }

    progress(step) {
      const list = el("ol", "pw__progress");
      list.setAttribute("aria-label", this.t.progress);
      MILESTONES.forEach((status, k) => {
        const li = list.appendChild(
          el("li", k < step ? "is-done" : k === step ? "is-current" : "", this.name(status)),
        );
        if (k === step) li.setAttribute("aria-current", "step");
      });
      return list;
    }

    // Delivery date, estimate (a day or a range of days), or an honest word when it slipped
    when(s) {
      const t = this.t;
      const eta = s.estimatedDelivery;
      if (s.status === "DELIVERED") {
        return s.deliveredAt && el("p", "pw__eta", fill(t.deliveredOn, { date: day(s.deliveredAt) }));
      }
      if (s.late) {
        if (!eta || !(new Date(eta.latest) > Date.now())) return el("p", "pw__late", t.late);
        const [start, end] = [day(eta.earliest), day(eta.latest)];
        return el(
          "p",
          "pw__late",
          start === end ? fill(t.lateEta, { date: end }) : fill(t.lateEtaRange, { start, end }),
        );
      }
      return eta && el("p", "pw__eta", fill(t.eta, { date: days(eta) }));
    }

    items(items) {
      const list = el("ul", "pw__items");
      list.setAttribute("role", "list");
      for (const item of items) {
        const li = list.appendChild(el("li", "pw__item"));
        // The title is next to it: alt="". Sized up front, so nothing moves when it loads; loading is
        // set before src, or the browser fetches it at once.
        if (/^https:\/\//i.test(item.imageUrl)) {
          const img = li.appendChild(el("img", "pw__item-image"));
          Object.assign(img, { loading: "lazy", alt: "", width: 64, height: 64, src: item.imageUrl });
        }
        li.append(
          el("span", "", [item.title, item.variantTitle].filter(Boolean).join(" – ")),
          el("span", "pw__item-qty", fill(this.t.quantity, { count: item.quantity })),
        );
      }
      return list;
    }

    // Newest first; a button reveals the rest and focuses the first revealed
    events(events) {
      if (!events.length) return [el("p", "pw__note", this.t.noEvents)];
      const list = el("ol", "pw__events");
      for (const event of events) {
        const li = el("li", "pw__event");
        li.hidden = list.children.length >= SHOWN_EVENTS;
        const time = el("time", "", date(event.at, { dateStyle: "medium", timeStyle: "short" }));
        time.dateTime = event.at;
        const status = event.status && this.name(event.status);
        const text = [status, event.message !== status && event.message].filter(Boolean).join(" – ");
        li.append(time, el("span", "", text), el("span", "pw__event-place", place(event)));
        list.append(li);
      }
      if (events.length <= SHOWN_EVENTS) return [list];
      const more = el("button", "pw__more-events", fill(this.t.showAll, { count: events.length }));
      more.type = "button";
      more.addEventListener("click", () => {
        for (const li of list.children) li.hidden = false;
        const first = list.children[SHOWN_EVENTS];
        first.tabIndex = -1;
        first.focus();
        more.remove();
      });
      return [list, more];
    }

    link(href) {
      const a = el("a", "pw__link", this.t.carrierLink);
      Object.assign(a, { href, target: "_blank", rel: "noopener noreferrer" });
      a.append(" ", el("span", "pw__sr", this.t.newTab));
      return a;
    }

    // The merchant's name, else the translated one
    name(status) {
      return this.t.custom[status] || this.t.status[status] || "";
    }
  }

  customElements.define("parcelwise-tracking", ParcelwiseTracking);
}
