package io.idgraph.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.idgraph.graph.HashType;
import io.idgraph.graph.IdType;
import io.idgraph.normalize.IdentifierNormalizer;
import io.idgraph.resolve.Chunked;
import io.idgraph.resolve.IdentifierGroup;
import io.idgraph.resolve.Identity;
import io.idgraph.resolve.InvalidIdentifier;
import io.idgraph.resolve.Match;
import io.idgraph.resolve.ResolveRequest;
import io.idgraph.resolve.ResolveResult;
import io.idgraph.resolve.Resolver;
import io.idgraph.store.IdentityStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The seed document's resolve examples, through the real loader, store and resolver. */
class ResolveEndToEndTest {
  @TempDir static Path dir;
  static IdentityStore store;
  static Resolver resolver;

  @BeforeAll
  static void load() throws Exception {
    store = SeedGraph.load(dir, "seed.jsonl");
    resolver = new Resolver(store, new IdentifierNormalizer());
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static ResolveResult resolve(IdType type, HashType hash, String... values) {
    return resolver.resolve(
        ResolveRequest.of(List.of(new IdentifierGroup(type, hash, List.of(values)))));
  }

  private static ResolveResult emailsAndPhones(List<String> emails, List<String> phones) {
    return resolver.resolve(
        ResolveRequest.of(
            List.of(
                new IdentifierGroup(IdType.EMAIL, HashType.PLAINTEXT, emails),
                new IdentifierGroup(IdType.PHONE, HashType.PLAINTEXT, phones))));
  }

  @Test
  void resolve_singleTypeEmails_seedExample() {
    ResolveResult r =
        resolve(
            IdType.EMAIL,
            HashType.PLAINTEXT,
            "customer1@example.com",
            "customer2@example.com",
            "customer3@example.com");
    assertThat(r.identities()).extracting(Identity::personId).containsExactly(12345L, 12346L);
    Identity first = r.identities().get(0);
    assertThat(first.overallQualityScore()).isEqualTo(0.95);
    assertThat(first.matches())
        .containsExactly(new Match("email_plaintext", "customer1@example.com", 0.95));
    assertThat(first.identifiers().get("email"))
        .containsExactly("customer1@example.com", "alt1@example.com");
    assertThat(first.identifiers().get("phone")).containsExactly("5551234567", "5559999999");
    assertThat(r.stats().requested()).isEqualTo(3);
    assertThat(r.stats().resolved()).isEqualTo(2);
    assertThat(r.stats().rate()).isEqualTo(0.67);
    assertThat(r.stats().matched()).isEqualTo(2);
    assertThat(r.truncated()).isNull();
  }

  @Test
  void resolve_multiType_noisyOrAcrossEmailAndPhone() {
    ResolveResult r =
        emailsAndPhones(
            List.of("customer1@example.com", "customer2@example.com"),
            List.of("5551234567", "5559876543"));
    assertThat(r.stats().requested()).isEqualTo(4);
    assertThat(r.stats().resolved()).isEqualTo(2);
    assertThat(r.stats().rate()).isEqualTo(0.5);
    Identity jane = r.identities().get(0);
    assertThat(jane.personId()).isEqualTo(12345L);
    // 1 - (1 - 0.95)(1 - 0.85)
    assertThat(jane.overallQualityScore()).isCloseTo(0.9925, within(1e-9));
    assertThat(jane.matches())
        .extracting(Match::criterionType)
        .containsExactly("email_plaintext", "phone_plaintext");
    Identity second = r.identities().get(1);
    assertThat(second.personId()).isEqualTo(12346L);
    // 1 - (1 - 0.88)(1 - 0.88): email and phone both point to 12346
    assertThat(second.overallQualityScore()).isCloseTo(0.9856, within(1e-9));
  }

  @Test
  void resolve_gmailVariations_matchOnePersonOnce() {
    ResolveResult r =
        resolve(
            IdType.EMAIL,
            HashType.PLAINTEXT,
            "john.doe@gmail.com",
            "johndoe@gmail.com",
            "John.Doe+spam@GoogleMail.com");
    assertThat(r.identities()).hasSize(1);
    Identity john = r.identities().get(0);
    assertThat(john.personId()).isEqualTo(20001L);
    assertThat(john.matches()).hasSize(3);
    // the three variants are one stored identifier: counted once, not 1-(0.1)^3
    assertThat(john.overallQualityScore()).isEqualTo(0.9);
  }

  @Test
  void resolve_yahooDotsAreSignificant() {
    ResolveResult r =
        resolve(IdType.EMAIL, HashType.PLAINTEXT, "jdoe@yahoo.com", "j.doe@yahoo.com");
    assertThat(r.identities()).extracting(Identity::personId).containsExactly(20001L, 20003L);
  }

  @ParameterizedTest
  @ValueSource(strings = {"MD5", "SHA-1", "SHA-256"})
  void resolve_hashedEmails_eitherCase(String algorithm) throws Exception {
    HashType hash = HashType.fromWire(algorithm).orElseThrow();
    byte[] digest =
        MessageDigest.getInstance(algorithm)
            .digest("johndoe@gmail.com".getBytes(StandardCharsets.UTF_8));
    String upper = HexFormat.of().formatHex(digest).toUpperCase(Locale.ROOT);
    ResolveResult r = resolve(IdType.EMAIL, hash, upper, "not-hex");
    assertThat(r.identities()).extracting(Identity::personId).containsExactly(20001L);
    assertThat(r.identities().get(0).matches().get(0).criterionType())
        .isEqualTo("email_" + hash.wireName());
    assertThat(r.invalidIdentifiers()).hasSize(1);
    assertThat(r.stats().invalid()).isEqualTo(1);
  }

  @Test
  void resolve_hashedPhone_e164AndElevenDigitForms() throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    String e164 =
        HexFormat.of().formatHex(sha.digest("+15551234567".getBytes(StandardCharsets.UTF_8)));
    String eleven =
        HexFormat.of().formatHex(sha.digest("15551234567".getBytes(StandardCharsets.UTF_8)));
    ResolveResult r = resolve(IdType.PHONE, HashType.SHA256, e164, eleven);
    assertThat(r.identities()).extracting(Identity::personId).containsExactly(12345L);
    assertThat(r.identities().get(0).matches()).hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "+1 (555) 123-4567",
        "555.123.4567",
        "1-555-123-4567",
        "5551234567 ext. 89",
        "(555)1234567"
      })
  void resolve_phoneFormats(String phone) {
    ResolveResult r = resolve(IdType.PHONE, HashType.PLAINTEXT, phone);
    assertThat(r.identities()).extracting(Identity::personId).containsExactly(12345L);
  }

  @Test
  void resolve_minQualityDropsWeakLinks() {
    ResolveResult all = resolve(IdType.EMAIL, HashType.PLAINTEXT, "alt1@example.com");
    assertThat(all.identities()).hasSize(1);
    ResolveResult strict =
        resolver.resolve(
            new ResolveRequest(
                List.of(
                    new IdentifierGroup(
                        IdType.EMAIL, HashType.PLAINTEXT, List.of("alt1@example.com"))),
                ResolveRequest.DEFAULT_IDENTIFIER_TYPES,
                0.7,
                1000));
    assertThat(strict.identities()).isEmpty();
    assertThat(strict.stats().matched()).isZero();
  }

  @Test
  void resolve_invalidValuesAreListedAndNeverFailTheCall() {
    ResolveResult r = resolve(IdType.PHONE, HashType.PLAINTEXT, "12", "", "5551234567");
    assertThat(r.identities()).hasSize(1);
    assertThat(r.stats().requested()).isEqualTo(3);
    assertThat(r.stats().invalid()).isEqualTo(2);
    assertThat(r.invalidIdentifiers())
        .allSatisfy(
            i -> {
              assertThat(i.idType()).isEqualTo("phone");
              assertThat(i.reason()).isNotBlank();
            });
  }

  @Test
  void resolve_inlineLimitTruncates() {
    ResolveResult r =
        resolver.resolve(
            new ResolveRequest(
                List.of(
                    new IdentifierGroup(
                        IdType.EMAIL,
                        HashType.PLAINTEXT,
                        List.of("customer1@example.com", "customer2@example.com"))),
                ResolveRequest.DEFAULT_IDENTIFIER_TYPES,
                0,
                1));
    assertThat(r.identities()).hasSize(1);
    assertThat(r.truncated()).isTrue();
    assertThat(r.stats().resolved()).isEqualTo(2);
  }

  @Test
  void resolve_addressExact_householdShares() {
    ResolveResult r =
        resolve(IdType.ADDRESS, HashType.PLAINTEXT, "123 main st, san francisco, ca 94105");
    assertThat(r.identities()).extracting(Identity::personId).containsExactly(20001L, 20002L);
    assertThat(r.identities().get(0).overallQualityScore()).isEqualTo(0.8);
    assertThat(r.identities().get(1).overallQualityScore()).isEqualTo(0.7);
    var address = r.identities().get(0).address();
    assertThat(address.normalizedAddress()).isEqualTo("123 Main St, San Francisco, CA 94105, USA");
    assertThat(address.distanceMeters()).isEqualTo(0.0);
    assertThat(address.latitude()).isNotNull();
  }

  @Test
  void resolve_addressNearMatches_scoreBelowExact() {
    ResolveResult typo =
        resolve(IdType.ADDRESS, HashType.PLAINTEXT, "500 Oak Avneue #12, Springfield, IL 62701");
    assertThat(typo.identities()).extracting(Identity::personId).containsExactly(20003L);
    assertThat(typo.identities().get(0).overallQualityScore()).isBetween(0.3, 0.69);
    assertThat(typo.identities().get(0).address().distanceMeters()).isNotNull();

    ResolveResult noUnit =
        resolve(IdType.ADDRESS, HashType.PLAINTEXT, "500 Oak Ave, Springfield, IL 62701");
    assertThat(noUnit.identities()).extracting(Identity::personId).containsExactly(20003L);

    ResolveResult noZip =
        resolve(IdType.ADDRESS, HashType.PLAINTEXT, "500 Oak Ave Apt 12, Springfield IL");
    assertThat(noZip.identities()).extracting(Identity::personId).containsExactly(20003L);
  }

  @Test
  void resolve_addressNearMisses_doNotMatch() {
    ResolveResult r =
        resolve(
            IdType.ADDRESS,
            HashType.PLAINTEXT,
            "501 Oak Ave Apt 12, Springfield, IL 62701",
            "500 Oak Ave Apt 13, Springfield, IL 62701",
            "500 Elm St Apt 12, Springfield, IL 62701");
    assertThat(r.identities()).isEmpty();
  }

  @Test
  void resolve_maidAnyCase() {
    ResolveResult r =
        resolve(IdType.MAID, HashType.PLAINTEXT, "6d92078a-8246-4ba4-ae5b-76104861e7dc");
    assertThat(r.identities()).extracting(Identity::personId).containsExactly(20003L);
  }

  @Test
  void resolve_largeRequest_spreadOverChunksAndWaves_sameAnswerAsTheSmallOne() {
    // more than two waves of values, each wave several chunks run on every core: a person's
    // matches come from the first and the last wave, and the invalid values keep their order
    int size = 2 * Chunked.WAVE + 5_000;
    List<String> emails = new java.util.ArrayList<>();
    for (int i = 0; i < size; i++) {
      emails.add(i % 997 == 0 ? "not-an-email-" + i : "nobody" + i + "@example.org");
    }
    emails.set(1, "customer1@example.com");
    emails.set(size - 2, "customer2@example.com");
    List<String> phones = List.of("5551234567", "5559876543");
    ResolveResult large = emailsAndPhones(emails, phones);
    ResolveResult small =
        emailsAndPhones(List.of("customer1@example.com", "customer2@example.com"), phones);
    assertThat(large.identities()).isEqualTo(small.identities());
    assertThat(large.stats().requested()).isEqualTo(size + 2);
    assertThat(large.stats().matched()).isEqualTo(4);
    assertThat(large.invalidIdentifiers())
        .extracting(InvalidIdentifier::value)
        .containsExactlyElementsOf(emails.stream().filter(e -> !e.contains("@")).toList())
        .hasSizeGreaterThan(2 * Chunked.WAVE / 997);
  }
}
