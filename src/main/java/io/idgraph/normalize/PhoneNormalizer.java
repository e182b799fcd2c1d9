package io.idgraph.normalize;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.ValidationResult;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.idgraph.graph.IdType;
import java.util.List;

/**
 * Phones, parsed by libphonenumber with US as the default region and accepted when they are
 * <em>possible</em> numbers (right length for their country), not strictly valid ones, so that test
 * numbers such as 5551234567 work. NANP numbers (country code 1) are keyed by their ten digits,
 * others by E.164. Extensions are dropped.
 *
 * <p>Plain NANP shapes ({@code 5551234567}, {@code (555) 123-4567}, {@code +1 555.123.4567}) take a
 * fast path that gives exactly libphonenumber's answer at a fraction of its cost; {@code
 * PhoneNormalizerTest} checks that against libphonenumber on randomized inputs.
 */
final class PhoneNormalizer {
  static final String DEFAULT_REGION = "US";
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  private PhoneNormalizer() {}

  static NormalizeResult normalize(String raw) {
    return normalize(raw, DEFAULT_REGION);
  }

  /**
   * As {@link #normalize(String)}, reading a number written without its country code (national
   * format, "020 7946 0958") as a number of {@code region} (ISO 3166 code, e.g. GB).
   */
  static NormalizeResult normalize(String raw, String region) {
    NormalizeFailure pre = Text.precheck(raw);
    if (pre != null) {
      return NormalizeResult.failed(pre);
    }
    String phone = Text.compatible(raw);
    String nanp = DEFAULT_REGION.equals(region) ? fastNanp(phone) : null;
    if (nanp == null) {
      phone = LegacyMobilePrefixes.rewrite(phone, region);
    }
    return nanp != null
        ? NormalizeResult.ok(nanpIdentifier(nanp))
        : viaLibphonenumber(phone, region);
  }

  /** True for a region code libphonenumber has metadata for ("US", "GB", "MX"; upper case). */
  static boolean isSupportedRegion(String region) {
    return region != null && UTIL.getSupportedRegions().contains(region);
  }

  /**
   * The ten NANP digits of {@code raw} when it is a plain NANP shape: ASCII digits separated by
   * spaces, dashes, dots or parentheses, optionally led by {@code +1} or {@code 1}, whose ten
   * digits start with 2-9; null for anything else (left to libphonenumber).
   */
  static String fastNanp(String raw) {
    int n = raw.length();
    if (n < 10 || n > 24) {
      return null;
    }
    char[] digits = new char[11];
    int count = 0;
    int i = 0;
    while (i < n && raw.charAt(i) == ' ') {
      i++;
    }
    boolean plus = i < n && raw.charAt(i) == '+';
    if (plus) {
      i++;
    }
    for (; i < n; i++) {
      char c = raw.charAt(i);
      if (c >= '0' && c <= '9') {
        if (count == 11) {
          return null;
        }
        digits[count++] = c;
      } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') {
        return null;
      }
    }
    int start;
    if (count == 10 && !plus) {
      start = 0;
    } else if (count == 11 && digits[0] == '1') {
      start = 1;
    } else {
      return null;
    }
    if (digits[start] < '2') {
      return null;
    }
    return new String(digits, start, 10);
  }

  /** The general path: libphonenumber parse, then a possible-number check. */
  static NormalizeResult viaLibphonenumber(String raw) {
    return viaLibphonenumber(raw, DEFAULT_REGION);
  }

  private static NormalizeResult viaLibphonenumber(String raw, String region) {
    PhoneNumber number;
    try {
      number = UTIL.parse(raw, region);
    } catch (NumberParseException e) {
      return NormalizeResult.failed(parseFailure(e.getErrorType()));
    }
    ValidationResult possible = UTIL.isPossibleNumberWithReason(number);
    if (possible != ValidationResult.IS_POSSIBLE) {
      return NormalizeResult.failed(possibilityFailure(possible));
    }
    if (number.getCountryCode() == 1) {
      return NormalizeResult.ok(nanpIdentifier(UTIL.getNationalSignificantNumber(number)));
    }
    String e164 = UTIL.format(number, PhoneNumberFormat.E164);
    return NormalizeResult.ok(
        new NormalizedIdentifier(IdType.PHONE, e164, e164, List.of(e164, e164.substring(1)), null));
  }

  private static NormalizedIdentifier nanpIdentifier(String tenDigits) {
    return new NormalizedIdentifier(
        IdType.PHONE,
        tenDigits,
        tenDigits,
        List.of(tenDigits, "1" + tenDigits, "+1" + tenDigits),
        null);
  }

  private static NormalizeFailure parseFailure(NumberParseException.ErrorType type) {
    return switch (type) {
      case INVALID_COUNTRY_CODE -> NormalizeFailure.INVALID_COUNTRY_CODE;
      case TOO_SHORT_AFTER_IDD, TOO_SHORT_NSN -> NormalizeFailure.TOO_FEW_DIGITS;
      case TOO_LONG -> NormalizeFailure.TOO_MANY_DIGITS;
      case NOT_A_NUMBER -> NormalizeFailure.NOT_A_PHONE_NUMBER;
    };
  }

  private static NormalizeFailure possibilityFailure(ValidationResult result) {
    return switch (result) {
      case INVALID_COUNTRY_CODE -> NormalizeFailure.INVALID_COUNTRY_CODE;
      case TOO_SHORT, IS_POSSIBLE_LOCAL_ONLY -> NormalizeFailure.TOO_FEW_DIGITS;
      case TOO_LONG -> NormalizeFailure.TOO_MANY_DIGITS;
      case INVALID_LENGTH -> NormalizeFailure.NOT_POSSIBLE_NUMBER;
      case IS_POSSIBLE -> throw new IllegalArgumentException("possible numbers are not failures");
    };
  }
}
