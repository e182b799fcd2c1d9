package io.idgraph.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.idgraph.graph.HashType;
import io.idgraph.graph.IdType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierNormalizerTest {
  private final IdentifierNormalizer normalizer = new IdentifierNormalizer();

  @ParameterizedTest
  @CsvSource({
    "EMAIL, John.Doe+x@GoogleMail.com, johndoe@gmail.com",
    "PHONE, +1 (555) 123-4567, 5551234567",
    "ADDRESS, '123 Main Street, Springfield, IL 62701', 123 MAIN ST 62701",
    "MAID, 6D92078A-8246-4BA4-AE5B-76104861E7DC, 6d92078a-8246-4ba4-ae5b-76104861e7dc",
  })
  void normalize_routesPlaintextByType(IdType type, String raw, String key) {
    NormalizeResult result = normalizer.normalize(type, raw);
    assertThat(result.value().type()).isEqualTo(type);
    assertThat(result.value().key()).isEqualTo(key);
    assertThat(normalizer.normalize(type, null, raw).value().key()).isEqualTo(key);
  }

  @ParameterizedTest
  @EnumSource(
      value = IdType.class,
      names = {"EMAIL", "PHONE", "MAID"})
  void normalize_hashedValuesKeepTheirType(IdType type) {
    NormalizeResult result =
        normalizer.normalize(type, HashType.MD5, "5D41402ABC4B2A76B9719D911017C592");
    assertThat(result.value().type()).isEqualTo(type);
    assertThat(result.value().key()).isEqualTo("5d41402abc4b2a76b9719d911017c592");
    assertThat(result.value().hashForms()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = HashType.class,
      names = {"MD5", "SHA1", "SHA256"})
  void normalize_hashedAddressIsRejected(HashType hash) {
    NormalizeResult result =
        normalizer.normalize(IdType.ADDRESS, hash, "5d41402abc4b2a76b9719d911017c592");
    assertThat(result.failure()).isEqualTo(NormalizeFailure.HASH_NOT_SUPPORTED_FOR_ADDRESS);
    assertThat(result.reason())
        .isEqualTo("addresses are accepted as plaintext only; send id_hash plaintext");
  }

  @Test
  void normalize_nullTypeIsMalformedNotAnException() {
    assertThat(normalizer.normalize(null, "x").failure()).isEqualTo(NormalizeFailure.MALFORMED);
  }

  @ParameterizedTest
  @EnumSource(IdType.class)
  void normalize_overlongValuesAreRejectedBeforeParsing(IdType type) {
    assertThat(normalizer.normalize(type, "1".repeat(1001)).failure())
        .isEqualTo(NormalizeFailure.TOO_LONG);
    assertThat(normalizer.normalize(type, HashType.SHA1, "a".repeat(5000)).failure())
        .isEqualTo(NormalizeFailure.TOO_LONG);
    assertThat(normalizer.normalize(type, " \t ").failure()).isEqualTo(NormalizeFailure.EMPTY);
  }

  @ParameterizedTest
  @EnumSource(NormalizeFailure.class)
  void failureMessages_areLowerCaseAndSayWhatToChange(NormalizeFailure failure) {
    String message = NormalizeResult.failed(failure).reason();
    assertThat(message).isEqualTo(failure.message());
    assertThat(message).isNotBlank().doesNotMatch(".*[A-Z].*");
    assertThat(message.length()).isBetween(20, 200);
  }

  private static final String[] SOUP = AddressSoup.withPunctuation();

  // ---- property-style: garbage never throws, and whatever normalizes is idempotent ----

  private static String garbage(Random random, int kind) {
    int length = random.nextInt(kind == 5 ? 20 : 80);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      switch (kind) {
        case 0 -> s.append((char) (32 + random.nextInt(95)));
        case 1 -> s.append((char) random.nextInt(0x10000));
        case 2 -> s.append("0123456789 -.()+x#ext".charAt(random.nextInt(21)));
        case 3 -> s.append("abcXYZ.+@-_09 <>:".charAt(random.nextInt(17)));
        case 4 -> s.append("0123456789abcdefABCDEF-{} ".charAt(random.nextInt(26)));
        default -> s.append(SOUP[random.nextInt(SOUP.length)]).append(' ');
      }
    }
    return s.toString();
  }

  @ParameterizedTest
  @ValueSource(longs = {1L, 2L, 3L, 4L, 5L})
  void normalize_garbageGivesTypedFailureOrIdempotentValue(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 3000; i++) {
      String raw = garbage(random, i % 6);
      for (IdType type : IdType.values()) {
        for (HashType hash : HashType.values()) {
          NormalizeResult result = normalizer.normalize(type, hash, raw);
          if (!result.isOk()) {
            assertThat(result.failure()).as("%s %s [%s]", type, hash, raw).isNotNull();
            continue;
          }
          NormalizedIdentifier id = result.value();
          assertThat(id.type()).isEqualTo(type);
          NormalizeResult fromDisplay = normalizer.normalize(type, hash, id.display());
          assertThat(fromDisplay.isOk()).as("%s %s display of [%s]", type, hash, raw).isTrue();
          assertThat(fromDisplay.value().key())
              .as("%s %s display of [%s]", type, hash, raw)
              .isEqualTo(id.key());
          if (type != IdType.ADDRESS) { // an address key drops the commas; its display re-parses
            assertThat(normalizer.normalize(type, hash, id.key()).value().key())
                .as("%s %s key of [%s]", type, hash, raw)
                .isEqualTo(id.key());
          }
          if (hash == HashType.PLAINTEXT && type != IdType.ADDRESS) {
            assertThat(id.hashForms()).first().isEqualTo(id.key());
            assertThat(id.hashForms()).doesNotHaveDuplicates();
          }
        }
      }
    }
  }

  @Test
  void normalize_isSafeForConcurrentUse() {
    Random random = new Random(7);
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      inputs.add(
          switch (i % 3) {
            case 0 -> "(" + (200 + random.nextInt(800)) + ") 555-" + (1000 + random.nextInt(9000));
            case 1 -> "user" + random.nextInt(1000) + ".x+t@gmail.com";
            default ->
                random.nextInt(999) + " Main St Apt " + random.nextInt(9) + ", Springfield, IL";
          });
    }
    IdType[] types = {IdType.PHONE, IdType.EMAIL, IdType.ADDRESS};
    List<String> sequential =
        IntStream.range(0, inputs.size())
            .mapToObj(i -> normalizer.normalize(types[i % 3], inputs.get(i)).value().key())
            .toList();
    List<String> parallel =
        IntStream.range(0, inputs.size())
            .parallel()
            .mapToObj(i -> normalizer.normalize(types[i % 3], inputs.get(i)).value().key())
            .toList();
    assertThat(parallel).isEqualTo(sequential);
  }
}
