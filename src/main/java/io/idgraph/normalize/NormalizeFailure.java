package io.idgraph.normalize;

/**
 * Why a value could not be normalized, like libphonenumber's {@code ErrorType}: one constant per
 * rule, each with a lower-case message that says the rule and what to change. Messages never
 * contain the value itself (it is personal data).
 */
public enum NormalizeFailure {
  // any type
  EMPTY("value is empty; send a non-blank value"),
  TOO_LONG(
      "value is too long; send one identifier per value (at most 1000 characters, 254 for an"
          + " email)"),
  MALFORMED("value could not be read; check id_type and id_hash and send one identifier per value"),

  // email
  INVALID_CHARACTERS(
      "email must not contain spaces, commas, semicolons, quotes, brackets or control characters;"
          + " send one bare address such as jane@example.com"),
  MISSING_AT(
      "email must contain an '@' between the local part and the domain, e.g. jane@example.com"),
  MULTIPLE_AT("email must contain exactly one '@'; send one address per value"),
  INVALID_LOCAL_PART(
      "email local part (before the '@') must be 1-64 letters, digits or ! # $ % & ' * + - / = ? ^"
          + " _ ` { | } ~ with no leading, trailing or doubled dots"),
  INVALID_DOMAIN(
      "email domain (after the '@') must be a host name such as example.com: dot-separated labels of"
          + " letters, digits and inner hyphens"),
  MISSING_TLD(
      "email domain must end with a top-level domain such as .com; 'jane@localhost' is not"
          + " deliverable"),

  // phone
  NOT_A_PHONE_NUMBER(
      "phone must be digits with optional +, spaces, dots, dashes, parentheses and an extension,"
          + " e.g. 5551234567 or +44 20 7946 0958"),
  TOO_FEW_DIGITS(
      "phone has too few digits; send the full number with its area code, e.g. 5551234567"),
  TOO_MANY_DIGITS(
      "phone has too many digits; send one number per value and mark an extension with 'ext'"),
  INVALID_COUNTRY_CODE(
      "phone country code is not valid; start an international number with + and its country"
          + " code, e.g. +44 20 7946 0958"),
  NOT_POSSIBLE_NUMBER(
      "phone has a number of digits that no number of its country has; check for missing or extra"
          + " digits, and for a missing + on an international number"),

  // address
  MISSING_HOUSE_NUMBER(
      "address must start with a house number (or be a po box), e.g. 123 main st, san francisco,"
          + " ca 94105"),
  MISSING_STREET("address must have a street name after the house number, e.g. 123 main st"),
  MISSING_CITY_OR_ZIP(
      "address must end with a 5-digit zip, or a city and state, e.g. 123 main st, springfield, il"
          + " 62701"),
  INVALID_ZIP(
      "address zip must be 5 digits or zip+4 (94105 or 94105-1234); restore leading zeros lost by"
          + " spreadsheets (02134, not 2134)"),
  HASH_NOT_SUPPORTED_FOR_ADDRESS(
      "addresses are accepted as plaintext only; send id_hash plaintext"),

  // maid
  NOT_A_MAID(
      "maid must be a uuid (idfa/aaid) of 32 hex digits as 8-4-4-4-12, e.g."
          + " 6d92078a-8246-4ba4-ae5b-76104861e7dc"),
  ZEROED_MAID(
      "maid is all zeros, which a device sends when ad tracking is limited; it identifies no one,"
          + " so drop it"),

  // hashed values
  NOT_HEX(
      "hashed value must be the digest of the normalized plaintext as hex digits (0-9, a-f) or as"
          + " base64, without a prefix"),
  WRONG_MD5_LENGTH(
      "md5 must be 32 hex characters or 24 base64 (sha1 is 40, sha256 is 64 hex); check"
          + " that id_hash names the algorithm the values were hashed with"),
  WRONG_SHA1_LENGTH(
      "sha1 must be 40 hex characters or 28 base64 (md5 is 32, sha256 is 64 hex); check"
          + " that id_hash names the algorithm the values were hashed with"),
  WRONG_SHA256_LENGTH(
      "sha256 must be 64 hex characters or 44 base64 (md5 is 32, sha1 is 40 hex); check"
          + " that id_hash names the algorithm the values were hashed with");

  private final String message;

  NormalizeFailure(String message) {
    this.message = message;
  }

  /** A lower-case sentence that says what rule was broken and what to change. */
  public String message() {
    return message;
  }
}
