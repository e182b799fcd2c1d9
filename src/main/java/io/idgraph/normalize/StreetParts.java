package io.idgraph.normalize;

import java.util.List;

/**
 * A standardized street line in its parts: "N MAIN ST E" is predirectional N, name MAIN, suffix ST,
 * postdirectional E. Absent parts are null; the name is never empty.
 *
 * @param pre predirectional (N, S, E, W, NE, NW, SE, SW), or null
 * @param name the street name ("MAIN", "AVE C", "COUNTY ROAD 12", "PO BOX 123")
 * @param suffix the USPS street type abbreviation (ST, AVE, ...), or null
 * @param post postdirectional, or null
 */
public record StreetParts(String pre, String name, String suffix, String post) {

  /** The spellings that standardize to a suffix abbreviation ("AVE": AV, AVE, AVENUE, ...). */
  public static List<String> suffixSpellings(String abbreviation) {
    return StreetSuffixes.spellings(abbreviation);
  }
}
