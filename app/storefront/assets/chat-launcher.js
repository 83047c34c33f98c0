// <parcelwise-chat> (extensions/parcelwise-tracking/blocks/chat-embed.liquid): the chat's launcher, the
// only script a storefront page loads for the chat. The chat itself, assets/chat.css and assets/chat.js
// (<parcelwise-chat-panel>), is downloaded on the shopper's first click, once, and opened when both have
// arrived; a failed download is tried again on the next click. The source; the extension ships its
// minified build (`npm run build:assets`).
if (!customElements.get("parcelwise-chat")) {
  // A <link> or <script> added to <head>: settles when it has loaded; a failed one is taken out again.
  // In a classic script only this block keeps helpers out of the global scope.
  // oxlint-disable-next-line unicorn/consistent-function-scoping
  const add = (tag, props) =>
    new Promise((resolve, reject) => {
      const node = Object.assign(document.createElement(tag), props);
      node.addEventListener("load", resolve);
      node.addEventListener("error", () => reject(node.remove()));
      document.head.append(node);
    });

  customElements.define(
    "parcelwise-chat",
    class extends HTMLElement {
      connectedCallback() {
        const button = this.querySelector(".pwc-launcher");
        if (this.button || !button) return;
        this.button = button;
        // A <button>: Enter and Space click it too.
        button.addEventListener("click", () => this.toggle());
      }

      toggle() {
        if (this.panel) return this.panel.toggle();
        if (this.loading) return;
        this.loading = true;
        this.button.setAttribute("aria-busy", "true");
        Promise.all([
          add("link", { rel: "stylesheet", href: this.dataset.stylesheet }),
          add("script", { src: this.dataset.script }),
        ])
          .then(() => {
            // chat.js has defined the element when its script has run: it upgrades as it is added.
            this.panel = this.appendChild(document.createElement("parcelwise-chat-panel"));
            this.panel.toggle();
          })
          .catch(() => {})
          .finally(() => {
            this.loading = false;
            this.button.removeAttribute("aria-busy");
          });
      }
    },
  );
}
