// <parcelwise-chat-panel>: the order-help chat, added inside <parcelwise-chat> by assets/chat-launcher.js
// on the shopper's first click (extensions/parcelwise-tracking/blocks/chat-embed.liquid). Talks to the
// app proxy's POST /chat (app/routes/proxy.chat.tsx) and renders with textContent only: nothing typed or
// received is parsed as HTML, and only https addresses in a reply become links. All copy comes from the
// embed's JSON. The source; the extension ships its minified build (`npm run build:assets`).
//
// Layout stability: messages, the typing indicator, buttons and forms are only ever appended at the end
// of the scrolling area or removed, never inserted above something already shown, so nothing moves.
if (!customElements.get("parcelwise-chat-panel")) {
  /** Messages kept for a reload of the page (the app keeps the whole transcript). */
  const KEPT = 20;
  const MILESTONES = 3; // PENDING, IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED: progress is 0–3
  // The app's rules (app/storefront/lookup.server.ts), as the tracking block checks them before sending.
  const FIELDS = [
    ["orderNumber", 40, "off", "#?[\\p{L}\\p{N}][\\p{L}\\p{N}._\\-]*"],
    ["contact", 254, "email", ".{3,}"],
  ];
  let lang = document.documentElement.lang;
  try {
    Intl.getCanonicalLocales(lang);
  } catch {
    lang = undefined;
  }
  let uid = 0;

  // In a classic script only this block keeps helpers out of the global scope.
  // oxlint-disable-next-line unicorn/consistent-function-scoping
  const el = (tag, cls, text) => {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text != null) node.textContent = text;
    return node;
  };
  // oxlint-disable-next-line unicorn/consistent-function-scoping
  const fill = (str, vars) => str.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? vars[k] : m));
  const day = (iso) =>
    isNaN(new Date(iso))
      ? ""
      : new Intl.DateTimeFormat(lang, { weekday: "long", month: "long", day: "numeric" }).format(
          new Date(iso),
        );
  // oxlint-disable-next-line unicorn/consistent-function-scoping
  const https = (url) => {
    try {
      return new URL(url).protocol === "https:";
    } catch {
      return false;
    }
  };

  class ParcelwiseChatPanel extends HTMLElement {
    connectedCallback() {
      if (this.t) return;
      const host = this.closest("parcelwise-chat");
      const t = (this.t = JSON.parse(host.querySelector("[data-pwc-i18n]").textContent));
      this.base = host.dataset.base;
      this.launcher = host.querySelector(".pwc-launcher");
      this.key = "parcelwise-chat:" + this.base;
      this.state = this.restore();
      Object.assign(this, { id: "pwc-" + ++uid, hidden: true, className: "pwc-panel" });
      this.setAttribute("role", "dialog");
      this.setAttribute("aria-label", t.title);
      this.launcher.setAttribute("aria-controls", this.id);

      const close = el("button", "pwc-close");
      close.type = "button";
      close.setAttribute("aria-label", t.close);
      close.append(this.icon("M6 6l12 12M18 6 6 18"));
      close.addEventListener("click", () => this.hide());
      const head = el("div", "pwc-head");
      head.append(el("h2", "pwc-title", t.title), close);

      this.scroller = el("div", "pwc-scroll");
      this.log = this.scroller.appendChild(el("div", "pwc-log"));
      this.log.setAttribute("role", "log");
      this.log.setAttribute("aria-live", "polite");
      this.log.setAttribute("aria-label", t.conversation);

      this.form = el("form", "pwc-compose");
      this.input = el("textarea", "pwc-input");
      Object.assign(this.input, {
        id: this.id + "-message",
        rows: 1,
        maxLength: 1000,
        placeholder: t.placeholder,
        autocomplete: "off",
      });
      const label = el("label", "pwc-sr", t.message);
      label.htmlFor = this.input.id;
      const send = el("button", "pwc-send");
      send.type = "submit";
      send.append(this.icon("M4 12h15M13 6l6 6-6 6"), el("span", "pwc-sr", t.send));
      this.form.append(label, this.input, send);
      this.form.addEventListener("submit", (e) => {
        e.preventDefault();
        this.send(this.input.value, {}, true);
      });
      // Enter sends, Shift+Enter starts a new line (not while an input method is composing).
      this.input.addEventListener("keydown", (e) => {
        if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
          e.preventDefault();
          this.form.requestSubmit();
        }
      });
      this.addEventListener("keydown", (e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          this.hide();
        }
      });

      this.append(head, this.scroller, this.form);
      this.say("assistant", t.greeting, true);
      for (const { role, text } of this.state.log) this.say(role, text, true);
      if (this.state.escalated) this.log.append(el("p", "pwc-note", t.escalated));
      if (!this.state.log.length) this.actions({ quickReplies: t.quick });
    }

    toggle() {
      if (this.hidden) this.show();
      else this.hide();
    }

    show() {
      this.hidden = false;
      this.launcher.setAttribute("aria-expanded", "true");
      this.scroller.scrollTop = this.scroller.scrollHeight;
      this.input.focus();
    }

    hide() {
      this.hidden = true;
      this.launcher.setAttribute("aria-expanded", "false");
      this.launcher.focus();
    }

    icon(path) {
      const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
      svg.setAttribute("viewBox", "0 0 24 24");
      svg.setAttribute("aria-hidden", "true");
      svg.setAttribute("focusable", "false");
      const line = svg.appendChild(document.createElementNS(svg.namespaceURI, "path"));
      line.setAttribute("d", path);
      return svg;
    }

    /** One message in the log; the assistant's https addresses become links. */
    say(role, text, restoring) {
      const bubble = el("p", "pwc-msg pwc-msg--" + role);
      bubble.append(
        el("span", "pwc-sr", this.t[role] + ": "),
        ...(role === "you" ? [text] : this.linked(text)),
      );
      this.log.append(bubble);
      if (!restoring) {
        this.state.log = [...this.state.log, { role, text }].slice(-KEPT);
        this.save();
      }
      return bubble;
    }

    // Text and links: the address itself is the link's text, trailing punctuation stays text.
    linked(text) {
      return text.split(/(https:\/\/[^\s<>"]+)/).flatMap((part, i) => {
        if (i % 2 === 0) return [part];
        const [, url, tail] = /^(.*?)([.,;:!?)\]]*)$/s.exec(part);
        if (!https(url)) return [part];
        return [this.link(url, url), tail];
      });
    }

    link(href, text) {
      const a = el("a", "pwc-link", text);
      Object.assign(a, { href, target: "_blank", rel: "noopener noreferrer" });
      a.append(el("span", "pwc-sr", " " + this.t.newTab));
      return a;
    }

    async send(text, fields, typed) {
      const message = text.trim();
      if (!message || this.busy) return;
      this.busy = true;
      // Buttons and forms belong to the last reply: gone once the shopper answers it.
      const previous = [...this.scroller.querySelectorAll(".pwc-actions, .pwc-error")];
      const focusWasThere = previous.some((node) => node.contains(document.activeElement));
      for (const node of previous) node.remove();
      if (focusWasThere) this.input.focus();
      if (typed) this.input.value = "";
      const bubble = this.say("you", message);
      const typing = this.scroller.appendChild(el("div", "pwc-typing"));
      typing.setAttribute("role", "status");
      typing.append(el("span", "pwc-dots"), el("span", "pwc-sr", this.t.typing));
      this.scrollTo(bubble);

      let status = 0;
      let data = {};
      try {
        const res = await fetch(this.base + "/chat", {
          method: "POST",
          headers: { Accept: "application/json", "Content-Type": "application/json" },
          body: JSON.stringify({
            message,
            conversationId: this.state.id,
            locale: document.documentElement.lang.slice(0, 35) || undefined,
            ...fields,
          }),
        });
        status = res.status;
        data = await res.json().catch(() => data);
      } catch {
        // offline: the generic message
      }
      typing.remove();
      this.busy = false;
      // 429 with a reply: the app's own words on too many verification attempts.
      if ((status === 200 || status === 429) && typeof data.reply === "string") return this.answer(data);

      // Not sent: the message goes back where it came from, with a word on why.
      bubble.remove();
      this.state.log = this.state.log.slice(0, -1);
      this.save();
      if (typed && !this.input.value) this.input.value = message;
      const e = this.t.errors;
      const own = status === 400 && typeof data.error === "string" && /^en\b/i.test(lang);
      const error = el("p", "pwc-error", own ? data.error.slice(0, 300) : e[status] || e.generic);
      error.setAttribute("role", "alert");
      this.scroller.append(error, ...previous.filter((node) => node.className === "pwc-actions"));
      this.scrollTo(error);
    }

    answer(data) {
      if (/^[\w-]{1,64}$/.test(data.conversationId)) this.state.id = data.conversationId;
      const reply = this.say("assistant", data.reply);
      const list = Array.isArray(data.shipments) ? data.shipments : [];
      list.forEach((s, i) => this.log.append(this.card(s, i, list.length)));
      if (data.escalated && !this.state.escalated) {
        this.state.escalated = true;
        this.log.append(el("p", "pwc-note", this.t.escalated));
      }
      this.save();
      const form = this.actions(data);
      this.scrollTo(reply);
      // Asked to verify: straight to the first field, if the shopper was in the chat.
      if (form && this.contains(document.activeElement)) form.elements.orderNumber.focus();
    }

    /** The reply's verification form, order choices and quick replies, after the log. */
    actions(data) {
      const box = el("div", "pwc-actions");
      const form = data.verify && box.appendChild(this.verifyForm());
      for (const [items, label] of [
        [data.choices, this.t.orders],
        [data.quickReplies, this.t.suggestions],
      ]) {
        if (!Array.isArray(items) || !items.length) continue;
        const group = box.appendChild(el("div", "pwc-choices"));
        group.setAttribute("role", "group");
        group.setAttribute("aria-label", label);
        for (const text of items) {
          const button = group.appendChild(el("button", "pwc-choice", String(text)));
          button.type = "button";
          button.addEventListener("click", () => this.send(String(text), {}));
        }
      }
      if (box.firstChild) this.scroller.append(box);
      return form;
    }

    verifyForm() {
      const t = this.t;
      const form = el("form", "pwc-verify");
      form.noValidate = true;
      const fieldset = form.appendChild(el("fieldset", "pwc-fieldset"));
      fieldset.append(el("legend", "pwc-legend", t.verifyTitle));
      for (const [name, maxLength, autocomplete, pattern] of FIELDS) {
        const id = this.id + "-" + name + ++uid;
        const field = fieldset.appendChild(el("div", "pwc-field"));
        const label = el("label", "pwc-label", t[name]);
        label.htmlFor = id;
        const input = el("input", "pwc-field-input");
        Object.assign(input, { id, name, type: "text", required: true, maxLength, autocomplete, pattern });
        Object.assign(input, { autocapitalize: "off", spellcheck: false });
        input.setAttribute("aria-describedby", id + "-hint " + id + "-error");
        const hint = el("p", "pwc-hint", t[name + "Hint"]);
        const error = el("p", "pwc-field-error");
        hint.id = id + "-hint";
        error.id = id + "-error";
        field.append(label, hint, input, error);
      }
      const submit = fieldset.appendChild(el("button", "pwc-submit", t.verifySubmit));
      submit.type = "submit";
      form.addEventListener("submit", (e) => {
        e.preventDefault();
        const values = {};
        let invalid;
        for (const [name] of FIELDS) {
          const input = form.elements[name];
          input.value = input.value.trim();
          const ok = input.checkValidity();
          if (ok) input.removeAttribute("aria-invalid");
          else input.setAttribute("aria-invalid", "true");
          input.parentNode.querySelector(".pwc-field-error").textContent = ok ? "" : t.errors[name];
          invalid ||= ok ? null : input;
          values[name] = input.value;
        }
        if (invalid) return invalid.focus();
        this.send(fill(t.order, { name: values.orderNumber }), values);
      });
      return form;
    }

    // A shipment's card: status, progress, delivery, carrier and tracking number with the carrier's link.
    card(s, index, count) {
      const t = this.t;
      const box = el("div", "pwc-card");
      if (count > 1) box.append(el("p", "pwc-card-count", fill(t.shipmentOf, { index: index + 1, count })));
      box.append(el("p", "pwc-card-status", t.status[s.status] || ""));
      if (typeof s.progress === "number") {
        const bar = box.appendChild(el("progress", "pwc-progress"));
        Object.assign(bar, { max: MILESTONES, value: Math.min(Math.max(s.progress, 0), MILESTONES) });
        bar.setAttribute("aria-label", t.progress);
      }
      const when = this.when(s);
      if (when) box.append(when);
      const facts = el("dl", "pwc-facts");
      if (s.carrier) facts.append(el("dt", "", t.carrier), el("dd", "", s.carrier));
      const urls = s.trackingUrls || [];
      (s.trackingNumbers || []).forEach((number, k) => {
        if (!k) facts.append(el("dt", "", t.trackingNumber));
        const dd = facts.appendChild(el("dd", "", number));
        if (https(urls[k])) dd.append(" ", this.link(urls[k], t.carrierLink));
      });
      if (facts.firstChild) box.append(facts);
      return box;
    }

    // Delivery date, estimate (a day or a range of days), or an honest word when it slipped
    when(s) {
      const t = this.t;
      const eta = s.estimatedDelivery || (s.estimatedDeliveryAt && { latest: s.estimatedDeliveryAt });
      if (s.status === "DELIVERED") {
        return s.deliveredAt && el("p", "pwc-card-eta", fill(t.deliveredOn, { date: day(s.deliveredAt) }));
      }
      const [start, end] = eta ? [day(eta.earliest || eta.latest), day(eta.latest)] : [];
      if (s.late) {
        if (!eta || !(new Date(eta.latest) > Date.now())) return el("p", "pwc-card-late", t.late);
        return el(
          "p",
          "pwc-card-late",
          start === end ? fill(t.lateEta, { date: end }) : fill(t.lateEtaRange, { start, end }),
        );
      }
      return end && el("p", "pwc-card-eta", fill(t.eta, { date: start === end ? end : start + " – " + end }));
    }

    scrollTo(node) {
      // The start of what was just added, unless it all fits: then the end.
      const top = node.offsetTop - 8;
      const end = this.scroller.scrollHeight - this.scroller.clientHeight;
      this.scroller.scrollTop = Math.min(top, end);
    }

    restore() {
      try {
        const saved = JSON.parse(sessionStorage.getItem(this.key));
        if (saved && Array.isArray(saved.log)) {
          return {
            id: saved.id,
            escalated: !!saved.escalated,
            log: saved.log.filter(
              (m) => (m.role === "you" || m.role === "assistant") && typeof m.text === "string",
            ),
          };
        }
      } catch {
        // no storage, or not ours
      }
      return { log: [] };
    }

    save() {
      try {
        sessionStorage.setItem(this.key, JSON.stringify(this.state));
      } catch {
        // storage full or blocked: the chat works, a reload starts afresh
      }
    }
  }

  customElements.define("parcelwise-chat-panel", ParcelwiseChatPanel);
}
