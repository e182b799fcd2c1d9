package io.idgraph.normalize;

import java.util.Arrays;

/**
 * Words that real addresses are made of (numbers, fractions, directionals, street types, units,
 * boxes, city and state names, ZIPs, separators), for property tests that build random addresses.
 */
final class AddressSoup {
  static final String[] WORDS = {
    "123",
    "4B",
    "#",
    "1/2",
    "N",
    "North",
    "SW",
    "Main",
    "St",
    "Street",
    "Ave",
    "Apt",
    "Suite",
    "Unit",
    "PO",
    "Box",
    "P.O.",
    "Court",
    "Ct",
    "Lake",
    "Shore",
    "Dr",
    "Rear",
    "Front",
    "Lot",
    "Key",
    "CA",
    "California",
    "New",
    "York",
    "NY",
    "West",
    "Virginia",
    "St.",
    "Louis",
    "94105",
    "94105-1234",
    "2134",
    "USA",
    "US",
    "United",
    "States",
    ",",
    ",",
    ",",
    "\n",
    "Fl",
    "Floor",
    "NE",
    "PR",
    "Puerto",
    "Rico",
    "DC",
    "D.C.",
    "O'Neil",
    "Wilkes-Barre",
    "1st",
    "Hwy",
    "Route",
    "9",
    "Saint",
    "Ft",
    "Mt",
    "Kansas",
    "City",
    "Bldg",
    "Ste",
    "Pier",
    "Ocean",
    "Way",
    "Wy",
    "KY",
  };

  /**
   * The words with a lone "." and "-" among them. Known gap: with these, an address's display is
   * not always a fixed point of normalization (e.g. "4263 Hwy 9 Pier CourtSW 94105-1234 -"), so
   * only the never-throws and idempotence properties use them.
   */
  static String[] withPunctuation() {
    String[] out = Arrays.copyOf(WORDS, WORDS.length + 2);
    out[WORDS.length] = ".";
    out[WORDS.length + 1] = "-";
    return out;
  }

  private AddressSoup() {}
}
