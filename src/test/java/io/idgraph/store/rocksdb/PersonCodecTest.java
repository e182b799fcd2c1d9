package io.idgraph.store.rocksdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.idgraph.graph.CatalogAttribute;
import io.idgraph.graph.Contact;
import io.idgraph.graph.Domain;
import io.idgraph.graph.DomainCatalog;
import io.idgraph.graph.Geo;
import io.idgraph.graph.PersonRecord;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonCodecTest {
  private static final Dictionary DICTIONARY = Dictionary.of(DomainCatalog.shared());

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 1234})
  void writeDecimal_readsBackTheVeryDouble(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    ByteWriter out = new ByteWriter(16);
    double[] values = new double[2000];
    for (int i = 0; i < values.length; i++) {
      values[i] =
          switch (i % 5) {
            case 0 -> Math.round(random.nextDouble() * 100) / 100.0; // a quality score
            case 1 -> Math.round((random.nextDouble() * 180 - 90) * 1e5) / 1e5; // a latitude
            case 2 -> random.nextDouble() * 1e6 - 5e5; // no short decimal
            case 3 -> random.nextLong(-1_000_000_000L, 1_000_000_000L); // an integer
            default -> Math.round(random.nextDouble() * 1e7) / 1e4;
          };
      out.writeDecimal(values[i]);
    }

    ByteReader in = new ByteReader(out.toByteArray());
    for (double value : values) {
      assertThat(Double.doubleToRawLongBits(in.readDecimal()))
          .isEqualTo(Double.doubleToRawLongBits(value));
    }
    assertThat(in.hasMore()).isFalse();
  }

  @Test
  void writeDecimal_keepsSpecialValuesAndTakesFewBytesForShortDecimals() {
    double[] specials = {
      0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.MIN_VALUE, 1e300, -122.3942, 0.86
    };
    ByteWriter out = new ByteWriter(16);
    for (double value : specials) {
      out.writeDecimal(value);
    }
    ByteReader in = new ByteReader(out.toByteArray());
    for (double value : specials) {
      assertThat(Double.doubleToRawLongBits(in.readDecimal()))
          .isEqualTo(Double.doubleToRawLongBits(value));
    }

    ByteWriter quality = new ByteWriter(16);
    quality.writeDecimal(0.86);
    assertThat(quality.size()).isEqualTo(2);
  }

  @Test
  void decodeProfile_readsBackCodedAndRawAttributes() {
    CatalogAttribute enumerable =
        DomainCatalog.shared().allAttributes().stream()
            .filter(CatalogAttribute::isEnumerable)
            .findFirst()
            .orElseThrow();
    Map<String, Object> known = new LinkedHashMap<>();
    known.put(enumerable.name(), enumerable.values().get(0));
    known.put("not_in_the_catalog", "free text é");
    known.put("count", -7L);
    known.put("score", 0.123456789);
    known.put("flag", false);
    known.put("nothing", null);
    known.put("huge", new BigInteger("123456789012345678901234567890"));
    known.put("precise", new BigDecimal("0.10000000000000000001"));
    Map<Domain, Map<String, Object>> attributes = new EnumMap<>(Domain.class);
    attributes.put(enumerable.domain(), known);
    attributes.put(
        Domain.INTEREST.equals(enumerable.domain()) ? Domain.LIFESTYLE : Domain.INTEREST, Map.of());
    PersonRecord person =
        new PersonRecord(
            7L,
            0.86,
            "2025-09-27T04:08:17Z",
            "Harris",
            "Renner",
            List.of(Contact.of("harris@example.com", 0.93)),
            List.of(Contact.of("19183182842", 0.79), Contact.of("19184220880", 1.0 / 3)),
            List.of(
                new Contact("3044 RIDGE TER, TULSA, OK 74108", 0.93, new Geo(36.1393, -95.79065))),
            List.of(),
            attributes);

    byte[] core = PersonCodec.encodeCore(person);
    byte[] profile = PersonCodec.encodeProfile(core, person, DICTIONARY);

    assertThat(PersonCodec.decodeProfile(7L, profile, null, DICTIONARY)).isEqualTo(person);
    PersonRecord contactsOnly = PersonCodec.decodeCore(7L, core);
    assertThat(contactsOnly.attributes()).isEmpty();
    assertThat(contactsOnly.addresses()).isEqualTo(person.addresses());
    PersonRecord oneDomain =
        PersonCodec.decodeProfile(7L, profile, EnumSet.of(enumerable.domain()), DICTIONARY);
    assertThat(oneDomain.attributes()).containsOnlyKeys(enumerable.domain());
    assertThat(oneDomain.attributes().get(enumerable.domain())).containsExactlyEntriesOf(known);
  }

  @Test
  void dictionary_readsBackFromItsStoredForm() {
    Dictionary back = Dictionary.decode(DICTIONARY.encode());

    assertThat(back.size()).isEqualTo(DICTIONARY.size());
    for (int code = 0; code < back.size(); code++) {
      assertThat(back.string(code)).isEqualTo(DICTIONARY.string(code));
      assertThat(back.code(back.string(code))).isEqualTo(DICTIONARY.code(back.string(code)));
    }
    assertThat(back.code("not_in_the_catalog")).isEqualTo(-1);
  }
}
