package io.idgraph.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.idgraph.graph.IdType;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MaidNormalizerTest {
  private static final String KEY = "6d92078a-8246-4ba4-ae5b-76104861e7dc";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "6D92078A-8246-4BA4-AE5B-76104861E7DC",
        "6d92078a-8246-4ba4-ae5b-76104861e7dc",
        "  6D92078A-8246-4ba4-AE5B-76104861E7DC\n",
        "6D92078A82464BA4AE5B76104861E7DC",
        "{6D92078A-8246-4BA4-AE5B-76104861E7DC}",
      })
  void normalize_uuidVariantsShareOneKey(String raw) {
    NormalizeResult result = MaidNormalizer.normalize(raw);
    assertThat(result.isOk()).as(raw).isTrue();
    assertThat(result.value())
        .isEqualTo(
            new NormalizedIdentifier(
                IdType.MAID,
                KEY,
                KEY,
                java.util.List.of(KEY, KEY.toUpperCase(java.util.Locale.ROOT)),
                null));
  }

  @ParameterizedTest
  @CsvSource({
    "6d92078a-8246-4ba4-ae5b-76104861e7dc, 6d92078a-8246-4ba4-ae5b-76104861e7dd",
    "6d92078a-8246-4ba4-ae5b-76104861e7dc, 7d92078a-8246-4ba4-ae5b-76104861e7dc",
  })
  void normalize_nearMissesDoNotMatch(String a, String b) {
    assertThat(MaidNormalizer.normalize(a).value().key())
        .isNotEqualTo(MaidNormalizer.normalize(b).value().key());
  }

  @ParameterizedTest
  @CsvSource({
    "6d92078a-8246-4ba4-ae5b-76104861e7d, NOT_A_MAID",
    "6d92078a-8246-4ba4-ae5b-76104861e7dcc, NOT_A_MAID",
    "6d92078a82464ba4-ae5b-76104861e7dc, NOT_A_MAID",
    "6d92078a-8246-4ba4-ae5b_76104861e7dc, NOT_A_MAID",
    "6d92078g-8246-4ba4-ae5b-76104861e7dc, NOT_A_MAID",
    "6d92078a-8246-4ba4-ae5b-76104861e7d-, NOT_A_MAID",
    "not a maid, NOT_A_MAID",
    "00000000-0000-0000-0000-000000000000, ZEROED_MAID",
    "00000000000000000000000000000000, ZEROED_MAID",
    "'   ', EMPTY",
  })
  void normalize_invalidGivesTypedReason(String raw, NormalizeFailure expected) {
    assertThat(MaidNormalizer.normalize(raw).failure()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(longs = {31L, 32L})
  void normalize_randomUuidsAreIdempotent(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 1000; i++) {
      UUID uuid = new UUID(random.nextLong(), random.nextLong());
      String raw =
          random.nextBoolean() ? uuid.toString().toUpperCase(Locale.ROOT) : uuid.toString();
      if (random.nextBoolean()) {
        raw = raw.replace("-", "");
      }
      NormalizedIdentifier id = MaidNormalizer.normalize(raw).value();
      assertThat(id.key()).isEqualTo(uuid.toString());
      assertThat(MaidNormalizer.normalize(id.key()).value()).isEqualTo(id);
    }
  }
}
