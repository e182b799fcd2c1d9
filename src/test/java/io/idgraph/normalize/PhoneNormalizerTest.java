package io.idgraph.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.Stream;
import net.datafaker.Faker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNormalizerTest {

  private static NormalizedIdentifier ok(String raw) {
    NormalizeResult result = PhoneNormalizer.normalize(raw);
    assertThat(result.isOk()).as("%s: %s", raw, result.reason()).isTrue();
    return result.value();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "5551234567",
        "+1 (555) 123-4567",
        "555.123.4567",
        "1-555-123-4567",
        "5551234567 ext. 89",
        "(555) 123-4567 x89",
        "555-123-4567 #89",
        "  555 123 4567  ",
        "+15551234567",
        "15551234567",
        "1 (555) 123 4567",
        "011 1 555 123 4567",
        "\uff15\uff15\uff15\uff11\uff12\uff13\uff14\uff15\uff16\uff17",
        "tel:+1-555-123-4567",
      })
  void normalize_nanpVariantsShareOneKey(String raw) {
    NormalizedIdentifier id = ok(raw);
    assertThat(id.key()).isEqualTo("5551234567");
    assertThat(id.display()).isEqualTo("5551234567");
    assertThat(id.hashForms()).containsExactly("5551234567", "15551234567", "+15551234567");
    assertThat(id.address()).isNull();
  }

  @ParameterizedTest
  @CsvSource({
    "+44 20 7946 0958, +442079460958",
    "+44 (0)20 7946 0958, +442079460958",
    "011 44 20 7946 0958, +442079460958",
    "+33 1 23 45 67 89, +33123456789",
    "+49 30 123456, +4930123456",
    "+39 06 1234 5678, +390612345678",
    "+61 2 9876 5432, +61298765432",
  })
  void normalize_internationalUsesE164(String raw, String e164) {
    NormalizedIdentifier id = ok(raw);
    assertThat(id.key()).isEqualTo(e164);
    assertThat(id.display()).isEqualTo(e164);
    assertThat(id.hashForms()).containsExactly(e164, e164.substring(1));
  }

  @Test
  void normalize_canadianNumberIsNanp() {
    assertThat(ok("+1 416 555 0123").key()).isEqualTo("4165550123");
  }

  @ParameterizedTest
  @CsvSource({
    "5551234567, 5551234568",
    "5551234567, 5551234576",
    "5551234567, 4551234567",
    "+1 555 123 4567, +44 555 123 4567",
  })
  void normalize_nearMissesDoNotMatch(String a, String b) {
    NormalizeResult other = PhoneNormalizer.normalize(b);
    assertThat(other.isOk() && other.value().key().equals(ok(a).key())).isFalse();
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of(null, NormalizeFailure.EMPTY),
        Arguments.of(" ", NormalizeFailure.EMPTY),
        Arguments.of("hello", NormalizeFailure.NOT_A_PHONE_NUMBER),
        Arguments.of("n/a", NormalizeFailure.NOT_A_PHONE_NUMBER),
        Arguments.of("555-1234", NormalizeFailure.TOO_FEW_DIGITS),
        Arguments.of("12", NormalizeFailure.TOO_FEW_DIGITS),
        Arguments.of("55512345", NormalizeFailure.TOO_FEW_DIGITS),
        Arguments.of("+1 555 123 456", NormalizeFailure.TOO_FEW_DIGITS),
        Arguments.of("+44 20794609", NormalizeFailure.TOO_FEW_DIGITS),
        Arguments.of("+61 22222222222", NormalizeFailure.NOT_POSSIBLE_NUMBER),
        Arguments.of("555123456789", NormalizeFailure.TOO_MANY_DIGITS),
        Arguments.of("+999 123 456 789", NormalizeFailure.INVALID_COUNTRY_CODE),
        Arguments.of("9".repeat(300), NormalizeFailure.TOO_MANY_DIGITS),
        Arguments.of("5".repeat(1001), NormalizeFailure.TOO_LONG));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void normalize_invalidGivesTypedReason(String raw, NormalizeFailure expected) {
    NormalizeResult result = PhoneNormalizer.normalize(raw);
    assertThat(result.isOk()).as(raw).isFalse();
    assertThat(result.failure()).isEqualTo(expected);
  }

  /**
   * The fast path must give exactly libphonenumber's answer: random NANP-like shapes (first digit
   * 0-9, random separators and prefixes, sometimes a stray character) through both paths.
   */
  @ParameterizedTest
  @ValueSource(longs = {11L, 12L, 13L})
  void fastNanp_agreesWithLibphonenumber(long seed) {
    Random random = new Random(seed);
    String[] prefixes = {
      "", "", "1", "1 ", "1-", "+1", "+1 ", "+1-", "+1 (", "+", "+ 1", " ", "01"
    };
    String separators = " -.()";
    int fast = 0;
    int samples = 20_000;
    for (int i = 0; i < samples; i++) {
      StringBuilder s = new StringBuilder(prefixes[random.nextInt(prefixes.length)]);
      int digits = 9 + random.nextInt(3);
      for (int d = 0; d < digits; d++) {
        if (random.nextInt(4) == 0) {
          s.append(separators.charAt(random.nextInt(separators.length())));
        }
        s.append((char) ('0' + random.nextInt(10)));
      }
      if (random.nextInt(10) == 0) {
        s.append(separators.charAt(random.nextInt(separators.length())));
      }
      if (random.nextInt(50) == 0) {
        s.insert(random.nextInt(s.length() + 1), "x+#a/".charAt(random.nextInt(5)));
      }
      String raw = s.toString();
      String fastKey = PhoneNormalizer.fastNanp(raw);
      NormalizeResult slow = PhoneNormalizer.viaLibphonenumber(raw);
      if (fastKey != null) {
        fast++;
        assertThat(slow.isOk()).as("%s: %s", raw, slow.reason()).isTrue();
        assertThat(slow.value().key()).as(raw).isEqualTo(fastKey);
        assertThat(PhoneNormalizer.normalize(raw).value().hashForms())
            .isEqualTo(slow.value().hashForms());
      }
    }
    assertThat(fast).as("fast path coverage").isGreaterThan(samples / 5);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "5551234567",
        "(555) 123-4567",
        "+1 555.123.4567",
        "1-555-123-4567",
        "555 123 4567"
      })
  void fastNanp_takesCommonShapes(String raw) {
    assertThat(PhoneNormalizer.fastNanp(raw)).isEqualTo("5551234567");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"1234567890", "0551234567", "+5551234567", "5551234567 x89", "555-123-456"})
  void fastNanp_leavesOtherShapesToLibphonenumber(String raw) {
    assertThat(PhoneNormalizer.fastNanp(raw)).isNull();
  }

  @ParameterizedTest
  @ValueSource(longs = {21L, 22L})
  void normalize_fakerPhonesAreIdempotent(long seed) {
    Faker faker = new Faker(new Random(seed));
    for (int i = 0; i < 500; i++) {
      String raw = i % 2 == 0 ? faker.phoneNumber().phoneNumber() : faker.phoneNumber().cellPhone();
      NormalizeResult result = PhoneNormalizer.normalize(raw);
      if (!result.isOk()) {
        assertThat(result.failure()).as(raw).isNotNull();
        continue;
      }
      NormalizedIdentifier id = result.value();
      assertThat(ok(id.key()).key()).as(raw).isEqualTo(id.key());
      assertThat(ok(id.display()).key()).as(raw).isEqualTo(id.key());
      for (String form : id.hashForms()) {
        assertThat(ok(form).key()).as(raw + " form " + form).isEqualTo(id.key());
      }
    }
  }

  @ParameterizedTest
  @CsvSource({
    "GB, 020 7031 3000, +442070313000",
    "GB, 00 44 20 7031 3000, +442070313000",
    "GB, +1 650 253 0000, 6502530000",
    "DE, 030 123456, +4930123456",
    "IT, 02 3661 8300, +390236618300",
    "AU, (02) 3661 8300, +61236618300",
    "MX, 33 1234 5678, +523312345678",
    "AR, 011 15 8765 4321, +5491187654321",
    "US, 650 253 0000, 6502530000",
  })
  void normalize_nationalNumbersBelongToTheDefaultRegion(String region, String raw, String key) {
    NormalizeResult result = PhoneNormalizer.normalize(raw, region);
    assertThat(result.isOk()).as("%s %s: %s", region, raw, result.reason()).isTrue();
    assertThat(result.value().key()).isEqualTo(key);
  }

  @Test
  void normalize_nationalNumberOfAnotherRegionIsNotAUsNumber() {
    assertThat(PhoneNormalizer.normalize("020 7031 3000", "US").isOk()).isFalse();
  }

  /** Mexico retired the "1" after +52 and the 044/045/01 prefixes in 2019-2020. */
  @ParameterizedTest
  @CsvSource({
    "US, +52 1 33 1234 5678",
    "MX, 044 33 1234 5678",
    "MX, 045 33 1234 5678",
    "MX, 01 33 1234 5678",
    "US, +52 33 1234 5678",
  })
  void normalize_retiredMexicanMobilePrefixes(String region, String raw) {
    NormalizeResult result = PhoneNormalizer.normalize(raw, region);
    assertThat(result.isOk()).as("%s: %s", raw, result.reason()).isTrue();
    assertThat(result.value().key()).isEqualTo("+523312345678");
  }

  @Test
  void normalize_fullWidthDigits() {
    String fullWidth =
        "\uff08\uff16\uff15\uff10\uff09\uff12\uff15\uff13\uff0d\uff10\uff10\uff10\uff10";
    assertThat(ok(fullWidth).key()).isEqualTo("6502530000");
  }
}
