/**
 * The privacy requests page's copy (route app.privacy.tsx), merged into the admin messages as `privacy`.
 * German follows key for key in privacy.de.ts.
 */
export const privacyEn = {
  title: "Privacy requests",
  empty: {
    heading: "No customer data requests",
    body: "When a customer asks for their data, Shopify tells Parcelwise and the export appears here.",
  },
  customer: "Customer {id}",
  unknownCustomer: "unknown",
  requested: "Requested {date}",
  compiling: "being compiled",
};
