package io.idgraph.normalize;

import java.util.List;

/**
 * A US postal address standardized in the spirit of USPS Publication 28. All parts are upper case;
 * absent parts are null.
 *
 * @param number house number ("123", "123-45", "12B")
 * @param street street line without number and unit: predirectional, name, suffix, postdirectional
 *     ("N MAIN ST")
 * @param unit unit designator and number ("APT 4B", "STE 200"), or null
 * @param city city ("SAN FRANCISCO"), or null
 * @param state two-letter state code ("CA"), or null
 * @param zip5 five-digit ZIP, or null
 * @param zip4 ZIP+4 add-on, or null (never part of the match key)
 */
public record StandardAddress(
    String number,
    String street,
    String unit,
    String city,
    String state,
    String zip5,
    String zip4) {

  /**
   * The match key: equal for every formatting variant of one address. Number, street and unit, then
   * ZIP5 when known, else city and state.
   */
  public String matchKey() {
    return AddressFormat.matchKey(this);
  }

  /** The display form, e.g. "123 N Main St Apt 4B, San Francisco, CA 94105". */
  public String display() {
    return AddressFormat.display(this);
  }

  /**
   * Block keys for near matching: addresses sharing a block key are candidates for each other.
   * "Z|{zip5}|{number}" when the ZIP is known, and "C|{state}|{city}|{number}" when city and state
   * are known.
   */
  public List<String> blockKeys() {
    return AddressFormat.blockKeys(this);
  }

  /** The street in its parts (predirectional, name, suffix, postdirectional). */
  public StreetParts streetParts() {
    return StreetLine.parts(street);
  }

  /**
   * True for a PO box, rural route or highway contract box ("PO BOX 123", "RR 2 BOX 152", "HC 68
   * BOX 23A"): the box number is only unique within one post office, so its ZIP is part of it.
   */
  public boolean isBox() {
    return number == null;
  }
}
