package io.idgraph.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.idgraph.geo.Distance;
import io.idgraph.geo.ZipCentroid;
import io.idgraph.geo.ZipCentroids;
import io.idgraph.graph.CatalogAttribute;
import io.idgraph.graph.Domain;
import io.idgraph.graph.DomainCatalog;
import io.idgraph.graph.Json;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GraphGeneratorTest {
  private static final int PERSONS = 3_000;
  private static final Pattern EMAIL =
      Pattern.compile("^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$");
  private static final Pattern UUID =
      Pattern.compile(
          "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$");
  private static final Pattern ZIP_AT_END = Pattern.compile("(\\d{5})(-\\d{4})?$");

  private static String text;
  private static List<JsonNode> people;
  private static List<Map<String, String>> flats;
  private static GenerateSummary summary;
  private static final List<Long> progress = new ArrayList<>();

  @BeforeAll
  static void generate() throws IOException {
    StringWriter out = new StringWriter();
    summary = new GraphGenerator(42).write(PERSONS, out, progress::add);
    text = out.toString();
    people = new ArrayList<>();
    for (String line : text.split("\n")) {
      people.add(Json.MAPPER.readTree(line));
    }
    flats = people.stream().map(GraphGeneratorTest::flat).toList();
  }

  @Test
  void write_sameSeedAndCount_identicalBytes() throws IOException {
    StringWriter first = new StringWriter();
    new GraphGenerator(42).write(PERSONS, first, n -> {});

    assertThat(first.toString()).isEqualTo(text);
  }

  @Test
  void write_differentSeed_differentGraph() throws IOException {
    StringWriter other = new StringWriter();
    new GraphGenerator(43).write(2_000, other, n -> {});

    assertThat(other.toString()).isNotEqualTo(text.substring(0, other.toString().length()));
    assertThat(other.toString().lines()).hasSize(2_000);
  }

  @Test
  void write_zeroPersons_writesNothing() throws IOException {
    StringWriter out = new StringWriter();
    GenerateSummary empty = new GraphGenerator(1).write(0, out, n -> {});

    assertThat(out.toString()).isEmpty();
    assertThat(empty.persons()).isZero();
  }

  @Test
  void write_oneLinePerPersonWithSequentialIds() {
    assertThat(text).endsWith("\n");
    assertThat(people).hasSize(PERSONS);
    for (int i = 0; i < PERSONS; i++) {
      assertThat(people.get(i).get("person_id").asLong()).isEqualTo(i + 1);
    }
    assertThat(summary.persons()).isEqualTo(PERSONS);
    assertThat(summary.chars()).isEqualTo(text.length());
    assertThat(progress).containsExactly((long) PERSONS);
  }

  @Test
  void write_metadataInRange() {
    Instant from = Instant.parse("2024-01-01T00:00:00Z");
    Instant to = Instant.parse("2026-01-01T00:00:00Z");
    for (JsonNode p : people) {
      assertThat(p.get("quality_score").asDouble()).isBetween(0.0, 1.0);
      Instant modified = Instant.parse(p.get("last_modified").asString());
      assertThat(modified).isAfterOrEqualTo(from).isBefore(to);
    }
  }

  @Test
  void write_onlyCatalogAttributesAndValues() {
    DomainCatalog catalog = DomainCatalog.shared();
    List<String> violations = new ArrayList<>();
    int attributes = 0;
    for (JsonNode p : people) {
      for (Map.Entry<String, JsonNode> domain : p.path("attributes").properties()) {
        Domain d = Domain.fromWire(domain.getKey()).orElse(null);
        if (d == null || d.isContact() || domain.getValue().isEmpty()) {
          violations.add("bad or empty domain " + domain.getKey());
          continue;
        }
        for (Map.Entry<String, JsonNode> attribute : domain.getValue().properties()) {
          attributes++;
          if (!catalog.isKnown(d, attribute.getKey())) {
            violations.add("unknown attribute " + d.wireName() + "." + attribute.getKey());
          } else if (!fits(
              catalog.attribute(attribute.getKey()).orElseThrow(), attribute.getValue())) {
            violations.add(attribute.getKey() + "=" + attribute.getValue());
          }
        }
      }
    }
    assertThat(violations).isEmpty();
    assertThat(attributes).isGreaterThan(PERSONS * 30);
  }

  private static boolean fits(CatalogAttribute attribute, JsonNode value) {
    return switch (attribute.type()) {
      case STRING ->
          value.isString()
              && (!attribute.isEnumerable() || attribute.values().contains(value.asString()));
      case INTEGER -> value.isIntegralNumber() && inRange(attribute, value.asDouble());
      case NUMBER -> value.isNumber() && inRange(attribute, value.asDouble());
      case BOOLEAN -> value.isBoolean();
    };
  }

  private static boolean inRange(CatalogAttribute attribute, double value) {
    return value >= attribute.minimum() && value <= attribute.maximum();
  }

  @Test
  void write_everyAttributeDomainAppears() {
    for (Domain domain : Domain.attributeDomains()) {
      long holders =
          people.stream().filter(p -> p.path("attributes").has(domain.wireName())).count();
      assertThat(holders).as(domain.wireName()).isGreaterThan(PERSONS / 10);
    }
  }

  @Test
  void write_emailsValidWithGmailVariants() {
    List<String> emails = values("emails");
    assertThat(emails).allMatch(e -> EMAIL.matcher(e).matches());
    assertThat(emails)
        .anyMatch(e -> e.toLowerCase(Locale.ROOT).endsWith("@gmail.com") && e.contains("+"));
    assertThat(emails).anyMatch(e -> e.toLowerCase(Locale.ROOT).endsWith("@googlemail.com"));
    assertThat(emails).anyMatch(e -> !e.equals(e.toLowerCase(Locale.ROOT)));
    assertThat(emails)
        .anyMatch(e -> e.endsWith("@gmail.com") && e.substring(0, e.indexOf('@')).contains("."));
    assertThat(emails).anyMatch(e -> e.endsWith("@yahoo.com"));
    assertThat(emails).anyMatch(e -> e.endsWith("@outlook.com") || e.endsWith("@hotmail.com"));
    long distinct = emails.stream().map(String::toLowerCase).distinct().count();
    assertThat(distinct).isGreaterThan(emails.size() * 99L / 100);
  }

  @Test
  void write_phonesPossibleWithRealAreaCodesInVariedFormats() throws Exception {
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    List<String> phones = values("phones");
    for (String phone : phones) {
      assertThat(util.isPossibleNumber(util.parse(phone, "US"))).as(phone).isTrue();
      String digits = phone.replaceAll("\\D", "");
      String national = digits.length() == 11 ? digits.substring(1) : digits;
      assertThat(national).hasSize(10);
      assertThat(national.charAt(3)).as(phone).isBetween('2', '9');
    }
    assertThat(phones).anyMatch(p -> p.matches("\\(\\d{3}\\) \\d{3}-\\d{4}"));
    assertThat(phones).anyMatch(p -> p.matches("\\d{3}\\.\\d{3}\\.\\d{4}"));
    assertThat(phones).anyMatch(p -> p.matches("\\+1 \\d{3}-\\d{3}-\\d{4}"));
    assertThat(phones).anyMatch(p -> p.matches("\\d{10}"));
  }

  @Test
  void write_addressesAtRealZipsNearTheirCentroids() {
    ZipCentroids zips = ZipCentroids.shared();
    int withCoordinates = 0;
    int without = 0;
    for (JsonNode p : people) {
      for (JsonNode address : p.path("addresses")) {
        String value = address.get("value").asString();
        Matcher zip = ZIP_AT_END.matcher(value);
        assertThat(zip.find()).as(value).isTrue();
        ZipCentroid centroid = zips.lookup(zip.group(1)).orElseThrow();
        if (address.has("latitude")) {
          withCoordinates++;
          double meters =
              Distance.haversineMeters(
                  centroid.latitude(), centroid.longitude(),
                  address.get("latitude").asDouble(), address.get("longitude").asDouble());
          assertThat(meters).as(value).isLessThan(2_000);
        } else {
          without++;
        }
        assertThat(value.toUpperCase(Locale.ROOT))
            .as(value)
            .contains(centroid.city().toUpperCase(Locale.ROOT));
      }
    }
    assertThat(withCoordinates).isGreaterThan(without * 5);
    assertThat(without).isPositive();
  }

  @Test
  void write_householdsShareAddressAndLastName() {
    int shared = 0;
    for (int i = 1; i < people.size(); i++) {
      JsonNode a = people.get(i - 1);
      JsonNode b = people.get(i);
      JsonNode addressA = a.path("addresses").path(0);
      JsonNode addressB = b.path("addresses").path(0);
      if (addressA.has("latitude")
          && addressA.get("latitude").equals(addressB.get("latitude"))
          && addressA.get("longitude").equals(addressB.get("longitude"))) {
        shared++;
        assertThat(houseNumberAndZip(addressA)).isEqualTo(houseNumberAndZip(addressB));
        if (a.has("name") && b.has("name")) {
          assertThat(a.at("/name/last_name")).isEqualTo(b.at("/name/last_name"));
        }
      }
    }
    assertThat(shared).isGreaterThan(PERSONS / 5);
    assertThat(summary.households()).isBetween(PERSONS / 4L, PERSONS * 3L / 4);
  }

  private static String houseNumberAndZip(JsonNode address) {
    String value = address.get("value").asString();
    Matcher zip = ZIP_AT_END.matcher(value);
    zip.find();
    return value.substring(0, value.indexOf(' ')) + "|" + zip.group(1);
  }

  @Test
  void write_maidsForAboutFortyPercent() {
    List<String> maids = values("maids");
    assertThat(maids).allMatch(m -> UUID.matcher(m).matches());
    long holders = people.stream().filter(p -> p.has("maids")).count();
    assertThat(holders).isBetween(PERSONS * 25L / 100, PERSONS * 45L / 100);
    assertThat(maids)
        .anyMatch(m -> m.equals(m.toUpperCase(Locale.ROOT)))
        .anyMatch(m -> m.equals(m.toLowerCase(Locale.ROOT)));
  }

  @Test
  void write_sparsePersonsExist() {
    long sparse = people.stream().filter(p -> attributeCount(p) <= 6).count();
    long withoutPhone = people.stream().filter(p -> !p.has("phones")).count();

    assertThat(sparse).isBetween(PERSONS * 5L / 100, PERSONS * 15L / 100);
    assertThat(withoutPhone).isPositive();
    assertThat(summary.sparsePersons()).isBetween(PERSONS * 5L / 100, PERSONS * 15L / 100);
  }

  @Test
  void write_attributesCorrelate() {
    assertThat(share("age_range", "65+", "occupation_category", "Retired")).isGreaterThan(0.5);
    assertThat(share("age_range", "25-34", "occupation_category", "Retired")).isLessThan(0.05);
    assertThat(share("household_income_range", "$150K+", "household_net_worth_range", "$500K+"))
        .isGreaterThan(
            share("household_income_range", "$0-$25K", "household_net_worth_range", "$500K+")
                + 0.2);
    assertThat(share("home_ownership", "Owner", "is_home_owner", "Yes")).isEqualTo(1.0);
    assertThat(share("home_ownership", "Renter", "is_home_owner", "Yes")).isZero();
    assertThat(
            share("education", "Graduate Degree", "occupation_category", "Professional/Technical"))
        .isGreaterThan(
            share("education", "High School", "occupation_category", "Professional/Technical"));
    assertThat(share("interested_fitness", "Yes", "health_affinity", "High"))
        .isGreaterThan(share("interested_video_games", "Yes", "health_affinity", "High"));
    assertThat(share("presence_of_children", "Yes", "purchased_toys", "Yes"))
        .isGreaterThan(share("presence_of_children", "No", "purchased_toys", "Yes") + 0.3);
  }

  /**
   * Among persons whose flat attributes have {@code ifName=ifValue}, the share with
   * thenName=thenValue.
   */
  private static double share(String ifName, String ifValue, String thenName, String thenValue) {
    long base = 0;
    long hits = 0;
    for (Map<String, String> flat : flats) {
      if (ifValue.equals(flat.get(ifName))) {
        base++;
        hits += thenValue.equals(flat.get(thenName)) ? 1 : 0;
      }
    }
    assertThat(base).as(ifName + "=" + ifValue).isGreaterThan(20);
    return (double) hits / base;
  }

  private static Map<String, String> flat(JsonNode person) {
    Map<String, String> flat = new java.util.HashMap<>();
    for (Map.Entry<String, JsonNode> domain : person.path("attributes").properties()) {
      for (Map.Entry<String, JsonNode> a : domain.getValue().properties()) {
        flat.put(a.getKey(), a.getValue().asString());
      }
    }
    return flat;
  }

  private static int attributeCount(JsonNode person) {
    int count = 0;
    for (Map.Entry<String, JsonNode> domain : person.path("attributes").properties()) {
      count += domain.getValue().size();
    }
    return count;
  }

  /** Every identifier value of a kind, whether written bare or as {value, quality_score}. */
  private static List<String> values(String field) {
    List<String> values = new ArrayList<>();
    for (JsonNode p : people) {
      for (JsonNode identifier : p.path(field)) {
        values.add(
            identifier.isString() ? identifier.asString() : identifier.get("value").asString());
        if (identifier.isObject()) {
          assertThat(identifier.get("quality_score").asDouble()).isBetween(0.0, 1.0);
        }
      }
    }
    assertThat(values).isNotEmpty();
    return values;
  }
}
