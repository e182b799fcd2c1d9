package io.idgraph.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.datafaker.Faker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailNormalizerTest {

  private static NormalizedIdentifier ok(String raw) {
    NormalizeResult result = EmailNormalizer.normalize(raw);
    assertThat(result.isOk()).as("%s: %s", raw, result.reason()).isTrue();
    return result.value();
  }

  private static NormalizeFailure failure(String raw) {
    NormalizeResult result = EmailNormalizer.normalize(raw);
    assertThat(result.isOk()).as(raw).isFalse();
    return result.failure();
  }

  @Test
  void normalize_trimsAndLowercases() {
    NormalizedIdentifier id = ok("  Jane.Smith@Example.COM \t");
    assertThat(id.key()).isEqualTo("jane.smith@example.com");
    assertThat(id.display()).isEqualTo("jane.smith@example.com");
    assertThat(id.hashForms()).containsExactly("jane.smith@example.com");
    assertThat(id.address()).isNull();
  }

  @Test
  void normalize_gmailDropsDotsAndPlusTagAndMapsGooglemail() {
    NormalizedIdentifier id = ok("John.Doe+spam@GoogleMail.com");
    assertThat(id.key()).isEqualTo("johndoe@gmail.com");
    assertThat(id.display()).isEqualTo("john.doe+spam@googlemail.com");
    assertThat(id.hashForms()).containsExactly("johndoe@gmail.com", "john.doe+spam@googlemail.com");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "john.doe@gmail.com",
        "johndoe@gmail.com",
        "john.doe+spam@gmail.com",
        "J.O.H.N.D.O.E@GMAIL.COM",
        "johndoe+a+b@googlemail.com",
        " <JohnDoe@gmail.com> ",
        "mailto:john.doe@gmail.com",
        "john.doe@gmail.com.",
      })
  void normalize_gmailVariantsShareOneKey(String raw) {
    assertThat(ok(raw).key()).isEqualTo("johndoe@gmail.com");
  }

  @ParameterizedTest
  @CsvSource({
    "jane.doe+news@outlook.com, jane.doe@outlook.com",
    "Jane.Doe+x@Hotmail.com, jane.doe@hotmail.com",
    "jane+x@live.com, jane@live.com",
    "jane+x@msn.com, jane@msn.com",
    "jane.d+x@icloud.com, jane.d@icloud.com",
    "jane+x@me.com, jane@me.com",
    "jane+x@mac.com, jane@mac.com",
    "jane+x@fastmail.com, jane@fastmail.com",
    "jane+x@fastmail.fm, jane@fastmail.fm",
    "jane+x@protonmail.com, jane@protonmail.com",
    "jane+x@proton.me, jane@proton.me",
    "jane+x@pm.me, jane@pm.me",
  })
  void normalize_plusProvidersDropTagKeepDots(String raw, String key) {
    NormalizedIdentifier id = ok(raw);
    assertThat(id.key()).isEqualTo(key);
    assertThat(id.hashForms()).containsExactly(key, raw.toLowerCase(java.util.Locale.ROOT));
  }

  @ParameterizedTest
  @CsvSource({
    "john.doe+tag@yahoo.com, john.doe+tag@yahoo.com",
    "John.Doe@Yahoo.com, john.doe@yahoo.com",
    "j.doe+x@example.co.uk, j.doe+x@example.co.uk",
    "first.last@gmail.com.au, first.last@gmail.com.au",
    "a.b+c@mail.gmail.com, a.b+c@mail.gmail.com",
  })
  void normalize_otherDomainsKeepLocalPartAsTyped(String raw, String key) {
    assertThat(ok(raw).key()).isEqualTo(key);
  }

  @ParameterizedTest
  @CsvSource({
    "john.doe@yahoo.com, johndoe@yahoo.com",
    "john.doe@outlook.com, johndoe@outlook.com",
    "jane@gmail.com, jane@gmai.com",
    "jane@gmail.com, jane1@gmail.com",
    "jane+x@example.com, jane@example.com",
    "jane@example.com, jane@example.org",
  })
  void normalize_nearMissesDoNotMatch(String a, String b) {
    assertThat(ok(a).key()).isNotEqualTo(ok(b).key());
  }

  @ParameterizedTest
  @CsvSource({
    "'<jane@example.com>', jane@example.com",
    "'mailto:Jane@Example.com', jane@example.com",
    "'<mailto:jane@example.com>', jane@example.com",
    "'mailto:jane@example.com?subject=hi', jane@example.com",
    "'jane@example.com.', jane@example.com",
    "'\u00a0jane@example.com\u200b', jane@example.com",
    "o'brien@example.com, o'brien@example.com",
    "user_name-1@sub.example-site.io, user_name-1@sub.example-site.io",
  })
  void normalize_acceptsPasteNoise(String raw, String key) {
    assertThat(ok(raw).key()).isEqualTo(key);
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of(null, NormalizeFailure.EMPTY),
        Arguments.of("", NormalizeFailure.EMPTY),
        Arguments.of("   ", NormalizeFailure.EMPTY),
        Arguments.of("<>", NormalizeFailure.EMPTY),
        Arguments.of("jane doe@example.com", NormalizeFailure.INVALID_CHARACTERS),
        Arguments.of("jane@example.com, joe@example.com", NormalizeFailure.INVALID_CHARACTERS),
        Arguments.of("Jane <jane@example.com>", NormalizeFailure.INVALID_CHARACTERS),
        Arguments.of("\"jane\"@example.com", NormalizeFailure.INVALID_CHARACTERS),
        Arguments.of("jane.example.com", NormalizeFailure.MISSING_AT),
        Arguments.of("jane@@example.com", NormalizeFailure.MULTIPLE_AT),
        Arguments.of("jane@doe@example.com", NormalizeFailure.MULTIPLE_AT),
        Arguments.of("@example.com", NormalizeFailure.INVALID_LOCAL_PART),
        Arguments.of(".jane@example.com", NormalizeFailure.INVALID_LOCAL_PART),
        Arguments.of("jane.@example.com", NormalizeFailure.INVALID_LOCAL_PART),
        Arguments.of("ja..ne@example.com", NormalizeFailure.INVALID_LOCAL_PART),
        Arguments.of("a".repeat(65) + "@example.com", NormalizeFailure.INVALID_LOCAL_PART),
        Arguments.of("+tag@gmail.com", NormalizeFailure.INVALID_LOCAL_PART),
        Arguments.of("jane.+tag@outlook.com", NormalizeFailure.INVALID_LOCAL_PART),
        Arguments.of("jane@", NormalizeFailure.INVALID_DOMAIN),
        Arguments.of("jane@.example.com", NormalizeFailure.INVALID_DOMAIN),
        Arguments.of("jane@example..com", NormalizeFailure.INVALID_DOMAIN),
        Arguments.of("jane@-example.com", NormalizeFailure.INVALID_DOMAIN),
        Arguments.of("jane@exa_mple.com", NormalizeFailure.INVALID_DOMAIN),
        Arguments.of("jane@example.c", NormalizeFailure.INVALID_DOMAIN),
        Arguments.of("jane@10.0.0.1", NormalizeFailure.INVALID_DOMAIN),
        Arguments.of("jane@localhost", NormalizeFailure.MISSING_TLD),
        Arguments.of("a@" + "b".repeat(250) + ".com", NormalizeFailure.TOO_LONG),
        Arguments.of("a".repeat(1001), NormalizeFailure.TOO_LONG));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void normalize_invalidGivesTypedReason(String raw, NormalizeFailure expected) {
    assertThat(failure(raw)).isEqualTo(expected);
  }

  @Test
  void normalize_acceptsInternationalizedAddress() {
    assertThat(ok("José@Exämple.com").key()).isEqualTo("josé@exämple.com");
  }

  @ParameterizedTest
  @ValueSource(longs = {1L, 2L, 3L})
  void normalize_fakerEmailsAreIdempotentAndCaseInsensitive(long seed) {
    Faker faker = new Faker(new Random(seed));
    for (int i = 0; i < 500; i++) {
      String email =
          switch (i % 3) {
            case 0 -> faker.internet().emailAddress();
            case 1 -> faker.internet().safeEmailAddress();
            default ->
                faker.name().firstName()
                    + "."
                    + faker.name().lastName()
                    + "+"
                    + i
                    + "@"
                    + List.of("gmail.com", "googlemail.com", "outlook.com", "yahoo.com").get(i % 4);
          };
      NormalizedIdentifier id = ok(email);
      assertThat(ok(id.key()).key()).as(email).isEqualTo(id.key());
      assertThat(ok(id.display()).key()).as(email).isEqualTo(id.key());
      assertThat(ok(" " + email.toUpperCase(java.util.Locale.ROOT) + " ").key())
          .isEqualTo(id.key());
      assertThat(id.hashForms()).first().isEqualTo(id.key());
      assertThat(id.hashForms()).doesNotHaveDuplicates().contains(id.display());
    }
  }

  /** What pasting from spreadsheets, chats and mail clients leaves around an address. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"bob@example.com\"",
        "'bob@example.com'",
        "\u201cbob@example.com\u201d",
        "(bob@example.com)",
        "[bob@example.com]",
        "bob@example.com,",
        "bob@example.com;",
        ", bob@example.com ;",
        "\"<bob@example.com>\",",
        "\uff42\uff4f\uff42\uff20\uff45\uff58\uff41\uff4d\uff50\uff4c\uff45\uff0e\uff43\uff4f\uff4d",
      })
  void normalize_pasteNoiseAndFullWidthFormsGiveTheBareAddress(String raw) {
    assertThat(ok(raw).key()).isEqualTo("bob@example.com");
  }

  @Test
  void normalize_quotesInsideTheAddressStayInvalid() {
    assertThat(failure("bob\"x\"@example.com")).isEqualTo(NormalizeFailure.INVALID_CHARACTERS);
    assertThat(failure("\"Bob Smith\" <bob@example.com>"))
        .isEqualTo(NormalizeFailure.INVALID_CHARACTERS);
  }
}
