/**
 * The demo shop's customers: where they live, what they are called, which carriers serve them. Real
 * city/postcode/street combinations make the admin look like a store's, not a test's; street numbers are
 * random and the phone ranges are the ones reserved for fiction.
 */
export interface City {
  city: string;
  province: string | null;
  provinceCode: string | null;
  zip: string;
  street: string;
  lat: number;
  lng: number;
}

export interface Country {
  code: string;
  name: string;
  locale: "en" | "de" | "fr" | "es" | "it" | "nl";
  /** Carriers a shop in this market ships with, most used first. */
  carriers: readonly string[];
  phonePrefix: string;
  firstNames: readonly string[];
  lastNames: readonly string[];
  cities: readonly City[];
}

const c = (
  city: string,
  province: string | null,
  provinceCode: string | null,
  zip: string,
  street: string,
  lat: number,
  lng: number,
): City => ({ city, province, provinceCode, zip, street, lat, lng });

export const COUNTRIES: readonly Country[] = [
  {
    code: "US",
    name: "United States",
    locale: "en",
    carriers: ["USPS", "UPS"],
    phonePrefix: "+1 512-555-01",
    firstNames: ["Emma", "Liam", "Olivia", "Noah", "Ava", "Ethan", "Sophia", "Mason"],
    lastNames: ["Johnson", "Carter", "Nguyen", "Brooks", "Rivera", "Hughes"],
    cities: [
      c("Austin", "Texas", "TX", "78701", "Congress Ave", 30.2672, -97.7431),
      c("Portland", "Oregon", "OR", "97205", "SW Morrison St", 45.5202, -122.6803),
      c("Brooklyn", "New York", "NY", "11201", "Atlantic Ave", 40.6906, -73.9903),
      c("Denver", "Colorado", "CO", "80202", "Larimer St", 39.7508, -104.9966),
    ],
  },
  {
    code: "GB",
    name: "United Kingdom",
    locale: "en",
    carriers: ["Royal Mail", "DHL Express"],
    phonePrefix: "+44 7700 900",
    firstNames: ["Oliver", "Amelia", "Harry", "Isla", "George", "Freya"],
    lastNames: ["Taylor", "Patel", "Davies", "Evans", "Wright"],
    cities: [
      c("Manchester", "England", "ENG", "M1 1AE", "Oldham Street", 53.4831, -2.2344),
      c("Bristol", "England", "ENG", "BS1 5TR", "Park Street", 51.4545, -2.6021),
      c("Edinburgh", "Scotland", "SCT", "EH1 1RE", "Cockburn Street", 55.9502, -3.1883),
    ],
  },
  {
    code: "DE",
    name: "Germany",
    locale: "de",
    carriers: ["DHL Express", "UPS"],
    phonePrefix: "+49 30 901820",
    firstNames: ["Lukas", "Mia", "Jonas", "Hannah", "Felix", "Lena", "Leonie"],
    lastNames: ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker"],
    cities: [
      c("Berlin", "Berlin", "BE", "10435", "Kastanienallee", 52.5388, 13.4092),
      c("München", "Bayern", "BY", "80331", "Sendlinger Straße", 48.1351, 11.5697),
      c("Hamburg", "Hamburg", "HH", "20357", "Schanzenstraße", 53.5631, 9.9626),
    ],
  },
  {
    code: "FR",
    name: "France",
    locale: "fr",
    carriers: ["La Poste", "DHL Express"],
    phonePrefix: "+33 6 12 34 56 ",
    firstNames: ["Camille", "Louis", "Léa", "Hugo", "Chloé", "Jules"],
    lastNames: ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau"],
    cities: [
      c("Lyon", "Rhône", null, "69002", "Rue de la République", 45.7606, 4.8357),
      c("Paris", "Paris", null, "75011", "Rue Oberkampf", 48.865, 2.3782),
      c("Bordeaux", "Gironde", null, "33000", "Cours de l'Intendance", 44.842, -0.577),
    ],
  },
  {
    code: "NL",
    name: "Netherlands",
    locale: "nl",
    carriers: ["PostNL", "DHL Express"],
    phonePrefix: "+31 6 123456",
    firstNames: ["Daan", "Sanne", "Lotte", "Bram", "Femke", "Sem"],
    lastNames: ["de Jong", "Jansen", "de Vries", "van Dijk", "Bakker", "Visser"],
    cities: [
      c("Amsterdam", "Noord-Holland", "NH", "1016 GV", "Prinsengracht", 52.3738, 4.8839),
      c("Utrecht", "Utrecht", "UT", "3511 AB", "Oudegracht", 52.0907, 5.1214),
      c("Rotterdam", "Zuid-Holland", "ZH", "3012 BR", "Witte de Withstraat", 51.9155, 4.4745),
    ],
  },
  {
    code: "ES",
    name: "Spain",
    locale: "es",
    carriers: ["DHL Express", "UPS"],
    phonePrefix: "+34 612 345 ",
    firstNames: ["Lucía", "Hugo", "Martina", "Pablo", "Sofía", "Alejandro"],
    lastNames: ["García", "Fernández", "López", "Martínez", "Sánchez"],
    cities: [
      c("Madrid", "Madrid", "M", "28004", "Calle de Fuencarral", 40.425, -3.702),
      c("Barcelona", "Barcelona", "B", "08003", "Carrer de la Princesa", 41.3851, 2.18),
      c("Valencia", "Valencia", "V", "46002", "Carrer de la Pau", 39.4722, -0.3747),
    ],
  },
  {
    code: "IT",
    name: "Italy",
    locale: "it",
    carriers: ["DHL Express", "UPS"],
    phonePrefix: "+39 347 123 ",
    firstNames: ["Giulia", "Lorenzo", "Sofia", "Leonardo", "Aurora", "Matteo"],
    lastNames: ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano"],
    cities: [
      c("Milano", "Milano", "MI", "20121", "Corso Garibaldi", 45.4773, 9.1815),
      c("Roma", "Roma", "RM", "00186", "Via del Governo Vecchio", 41.8986, 12.469),
      c("Bologna", "Bologna", "BO", "40125", "Via Santo Stefano", 44.4916, 11.3496),
    ],
  },
];
