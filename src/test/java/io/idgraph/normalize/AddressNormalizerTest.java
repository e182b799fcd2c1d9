package io.idgraph.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import net.datafaker.Faker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressNormalizerTest {

  static NormalizedIdentifier ok(String raw) {
    NormalizeResult result = AddressNormalizer.normalize(raw);
    assertThat(result.isOk()).as("%s: %s", raw, result.reason()).isTrue();
    return result.value();
  }

  private static String key(String raw) {
    return ok(raw).key();
  }

  @Test
  void normalize_parsesEveryPart() {
    NormalizedIdentifier id = ok("123 N. Main Street Apt 4B, San Francisco, California 94105-1234");
    assertThat(id.address())
        .isEqualTo(
            new StandardAddress(
                "123", "N MAIN ST", "APT 4B", "SAN FRANCISCO", "CA", "94105", "1234"));
    assertThat(id.key()).isEqualTo("123 N MAIN ST APT 4B 94105");
    assertThat(id.display()).isEqualTo("123 N Main St Apt 4B, San Francisco, CA 94105");
    assertThat(id.hashForms()).isEmpty();
    assertThat(id.address().blockKeys()).containsExactly("Z|94105|123", "C|CA|SAN FRANCISCO|123");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "123 N. Main Street Apt 4B, San Francisco, California 94105-1234",
        "123 N Main St Apt 4B, San Francisco, CA 94105",
        "123 North Main Street, Apartment 4B, San Francisco, CA 94105",
        "123 n main st apt 4b san francisco ca 94105",
        "123 N MAIN ST #4B SAN FRANCISCO CA 94105",
        "123 N. Main St., #4B, San Francisco, Calif. 94105",
        "123 N Main St Unit 4B, San Francisco, CA, 94105, USA",
        "123 N Main St Apt. # 4B\nSan Francisco, CA 94105",
        "  123   N  Main   St  Apt 4B ,  San Francisco ,  CA  94105  ",
        "123 N Main St Apt 4B, SF, CA 941051234",
        "123 N Main St Apt 4B 94105",
        "123 N Main St, Apt 4B, 94105",
        "123 North Main Street Apartment 4B, Oakland, CA 94105 1234",
      })
  void normalize_formattingVariantsShareOneKey(String raw) {
    assertThat(key(raw)).isEqualTo("123 N MAIN ST APT 4B 94105");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "500 Oak Avenue, Springfield, IL",
        "500 Oak Ave, Springfield, Illinois",
        "500 OAK AVE SPRINGFIELD IL",
        "500 oak av., springfield, il",
        "500 Oak Avenue Springfield, Ill.",
      })
  void normalize_withoutZipKeysOnCityAndState(String raw) {
    assertThat(key(raw)).isEqualTo("500 OAK AVE SPRINGFIELD IL");
  }

  @ParameterizedTest
  @CsvSource({
    "'100 Elm Street, Boston, MA 02134', 100 ELM ST 02134",
    "'100 Elm Boulevard, Boston, MA 02134', 100 ELM BLVD 02134",
    "'100 Elm Parkway, Boston, MA 02134', 100 ELM PKWY 02134",
    "'100 Elm Terrace, Boston, MA 02134', 100 ELM TER 02134",
    "'100 Elm Expressway, Boston, MA 02134', 100 ELM EXPY 02134",
    "'100 Elm Circle, Boston, MA 02134', 100 ELM CIR 02134",
    "'100 Elm Crescent, Boston, MA 02134', 100 ELM CRES 02134",
    "'100 Elm Highway, Boston, MA 02134', 100 ELM HWY 02134",
    "'100 Elm Drive, Boston, MA 02134', 100 ELM DR 02134",
    "'100 Elm Lane, Boston, MA 02134', 100 ELM LN 02134",
    "'100 Elm Court, Boston, MA 02134', 100 ELM CT 02134",
    "'100 Elm Place, Boston, MA 02134', 100 ELM PL 02134",
    "'100 Elm Square, Boston, MA 02134', 100 ELM SQ 02134",
    "'100 Park Avenue, New York, NY 10016', 100 PARK AVE 10016",
    "'100 Avenue of the Americas, New York, NY 10013', 100 AVE OF THE AMERICAS 10013",
    "'100 Broadway, New York, NY 10005', 100 BROADWAY 10005",
    "'100 North Street, Boston, MA 02134', 100 NORTH ST 02134",
    "'100 East West Highway, Bethesda, MD 20814', 100 E WEST HWY 20814",
    "'100 E West Hwy, Bethesda, MD 20814', 100 E WEST HWY 20814",
    "'100 North St, Boston, MA 02134', 100 NORTH ST 02134",
    "'100 Avenue North, Boston, MA 02134', 100 AVE N 02134",
    "'Apt 4, 123 Main St, Springfield, IL', 123 MAIN ST APT 4 SPRINGFIELD IL",
    "'Suite 485 754 Shields Expressway, Reneport, RI 39207', 754 SHIELDS EXPY STE 485 39207",
    "'100 West 42nd Street, New York, NY 10036', 100 W 42ND ST 10036",
    "'1600 Pennsylvania Avenue Northwest, Washington, D.C. 20500', 1600 PENNSYLVANIA AVE NW 20500",
    "'1600 Pennsylvania Ave. N.W., Washington, DC 20500', 1600 PENNSYLVANIA AVE NW 20500",
    "'100 Main St NE, Atlanta, GA 30303', 100 MAIN ST NE 30303",
    "'100 Southwest Main Street, Portland, OR 97204', 100 SW MAIN ST 97204",
    "'100 First Street, Boston, MA 02134', 100 FIRST ST 02134",
    "'100 1st St, Boston, MA 02134', 100 1ST ST 02134",
    "'100 O''Farrell St, San Francisco, CA 94102', 100 OFARRELL ST 94102",
    "'100-12 Queens Blvd, Forest Hills, NY 11375', 100-12 QUEENS BLVD 11375",
    "'100 1/2 Main St, Boston, MA 02134', 100 1/2 MAIN ST 02134",
    "'100 Main St Suite 200, Dallas, TX 75201', 100 MAIN ST STE 200 75201",
    "'100 Main St, Ste. 200, Dallas, TX 75201', 100 MAIN ST STE 200 75201",
    "'100 Main St Bldg 2 Apt 4, Dallas, TX 75201', 100 MAIN ST BLDG 2 APT 4 75201",
    "'100 Main St Fl 3, Dallas, TX 75201', 100 MAIN ST FL 3 75201",
    "'100 Main St Rear, Dallas, TX 75201', 100 MAIN ST REAR 75201",
    "'100 Ocean Front Walk, Venice, CA 90291', 100 OCEAN FRONT WALK 90291",
    "'100 Pier Ave, Hermosa Beach, CA 90254', 100 PIER AVE 90254",
    "'PO Box 123, Springfield, IL 62701', PO BOX 123 62701",
    "'P.O. Box 123, Springfield, IL 62701', PO BOX 123 62701",
    "'P O Box 123 Springfield IL 62701', PO BOX 123 62701",
    "'Post Office Box 123, Springfield, IL 62701', PO BOX 123 62701",
    "'100 Main Ct 06103', 100 MAIN CT 06103",
    "'100 Main Ct, Hartford, CT 06103', 100 MAIN CT 06103",
    "'100 Main St, CT 06103', 100 MAIN ST 06103",
    "'100 Main St Saint Louis MO', 100 MAIN ST SAINT LOUIS MO",
    "'100 Main St St Louis MO', 100 MAIN ST SAINT LOUIS MO",
    "'100 Main St, St. Louis, Missouri', 100 MAIN ST SAINT LOUIS MO",
    "'100 Lake Shore Dr Lake Forest IL', 100 LAKE SHORE DR LAKE FOREST IL",
    "'100 Main St North Bend WA', 100 MAIN ST NORTH BEND WA",
    "'100 Main St N Seattle WA', 100 MAIN ST N SEATTLE WA",
    "'100 Main St, Kansas City, Kansas', 100 MAIN ST KANSAS CITY KS",
    "'100 Main St, New York, New York', 100 MAIN ST NEW YORK NY",
    "'100 Main St, Charleston, West Virginia', 100 MAIN ST CHARLESTON WV",
    "'100 Calle Luna, San Juan, Puerto Rico 00901', 100 CALLE LUNA 00901",
    "'100 Main St, Washington, District of Columbia', 100 MAIN ST WASHINGTON DC",
    "'100 Marine Dr, Hagatna, GU 96910', 100 MARINE DR 96910",
  })
  void normalize_standardizesParts(String raw, String key) {
    assertThat(key(raw)).isEqualTo(key);
  }

  @ParameterizedTest
  @CsvSource({
    "'123 Main St, Springfield, IL 62701', '124 Main St, Springfield, IL 62701'",
    "'123 Main St, Springfield, IL 62701', '123 Main Ave, Springfield, IL 62701'",
    "'123 Main St, Springfield, IL 62701', '123 N Main St, Springfield, IL 62701'",
    "'123 Main St, Springfield, IL 62701', '123 Main St N, Springfield, IL 62701'",
    "'123 Main St Apt 4, Springfield, IL 62701', '123 Main St Apt 5, Springfield, IL 62701'",
    "'123 Main St Apt 4, Springfield, IL 62701', '123 Main St Ste 4, Springfield, IL 62701'",
    "'123 Main St Apt 4, Springfield, IL 62701', '123 Main St, Springfield, IL 62701'",
    "'123 Main St, Springfield, IL 62701', '123 Main St, Springfield, IL 62702'",
    "'123 Main St, Springfield, IL', '123 Main St, Springfield, MO'",
    "'123 Main St, Springfield, IL', '123 Main St, Chatham, IL'",
    "'PO Box 123, Springfield, IL 62701', 'PO Box 124, Springfield, IL 62701'",
    "'PO Box 123, Springfield, IL 62701', '123 Box St, Springfield, IL 62701'",
  })
  void normalize_nearMissesDoNotMatch(String a, String b) {
    assertThat(key(a)).isNotEqualTo(key(b));
  }

  @Test
  void normalize_zip4IsKeptButNotInKeyOrDisplay() {
    NormalizedIdentifier id = ok("1 Main St, Boston, MA 02134-1234");
    assertThat(id.address().zip4()).isEqualTo("1234");
    assertThat(id.key()).isEqualTo("1 MAIN ST 02134");
    assertThat(id.display()).isEqualTo("1 Main St, Boston, MA 02134");
  }

  @ParameterizedTest
  @CsvSource({
    "'123 Main St 94105', '123 Main St, 94105', Z|94105|123",
    "'123 Main St, Springfield, IL', '123 Main St, Springfield, IL', C|IL|SPRINGFIELD|123",
    "'123 Main St, MA 02134', '123 Main St, MA 02134', Z|02134|123",
    "'123 Main St, Springfield 62701', '123 Main St, Springfield, 62701', Z|62701|123",
    "'PO Box 9, Springfield, IL', 'PO Box 9, Springfield, IL', C|IL|SPRINGFIELD|PO BOX 9",
    "'456 W 42nd St, New York, NY', '456 W 42nd St, New York, NY', C|NY|NEW YORK|456",
    "'9 Wilkes-Barre Blvd, Wilkes-Barre, PA 18702', '9 Wilkes-Barre Blvd, Wilkes-Barre, PA 18702', Z|18702|9",
  })
  void normalize_displayAndBlockKeysWithMissingParts(String raw, String display, String block) {
    NormalizedIdentifier id = ok(raw);
    assertThat(id.display()).isEqualTo(display);
    assertThat(id.address().blockKeys()).first().isEqualTo(block);
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of(null, NormalizeFailure.EMPTY),
        Arguments.of(" , ; ", NormalizeFailure.EMPTY),
        Arguments.of("Main St, Springfield, IL 62701", NormalizeFailure.MISSING_HOUSE_NUMBER),
        Arguments.of("Apt 4, Main St, Springfield, IL", NormalizeFailure.MISSING_HOUSE_NUMBER),
        Arguments.of("PO Box, Springfield, IL 62701", NormalizeFailure.MISSING_HOUSE_NUMBER),
        Arguments.of("123, Springfield, IL 62701", NormalizeFailure.MISSING_STREET),
        Arguments.of("123 62701", NormalizeFailure.MISSING_STREET),
        Arguments.of("123 Main St", NormalizeFailure.MISSING_CITY_OR_ZIP),
        Arguments.of("123 Main St, Springfield", NormalizeFailure.MISSING_CITY_OR_ZIP),
        Arguments.of("123 Main St, IL", NormalizeFailure.MISSING_CITY_OR_ZIP),
        Arguments.of("123 Main St, Boston, MA 2134", NormalizeFailure.INVALID_ZIP),
        Arguments.of("123 Main St, Boston, MA 021345", NormalizeFailure.INVALID_ZIP),
        Arguments.of("123 Main St, Boston, 0213-45", NormalizeFailure.INVALID_ZIP),
        Arguments.of("1 " + "a".repeat(1000), NormalizeFailure.TOO_LONG));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void normalize_invalidGivesTypedReason(String raw, NormalizeFailure expected) {
    NormalizeResult result = AddressNormalizer.normalize(raw);
    assertThat(result.isOk()).as(raw).isFalse();
    assertThat(result.failure()).isEqualTo(expected);
  }

  @Test
  void tables_coverPublication28() {
    assertThat(StreetSuffixes.size()).isGreaterThan(450);
    assertThat(StreetSuffixes.abbreviation("BOULEVARD")).isEqualTo("BLVD");
    assertThat(StreetSuffixes.abbreviation("STRAVENUE")).isEqualTo("STRA");
    assertThat(StreetSuffixes.abbreviation("CROSSING")).isEqualTo("XING");
    assertThat(AddressTables.designator("SUITE").abbreviation()).isEqualTo("STE");
    assertThat(AddressTables.designator("#").abbreviation()).isEqualTo("APT");
    assertThat(AddressTables.state("NORTHERN MARIANA ISLANDS")).isEqualTo("MP");
    assertThat(AddressTables.state("WY")).isEqualTo("WY");
  }

  // ---- property-style: realistic addresses from seeded Datafaker, written many ways ----

  private static final String[][] SUFFIXES = {
    {"Street", "St"}, {"Avenue", "Ave"}, {"Road", "Rd"}, {"Drive", "Dr"}, {"Boulevard", "Blvd"},
    {"Lane", "Ln"}, {"Court", "Ct"}, {"Place", "Pl"}, {"Terrace", "Ter"}, {"Circle", "Cir"},
    {"Parkway", "Pkwy"}, {"Way", "Way"}, {"Highway", "Hwy"}, {"Trail", "Trl"},
  };
  private static final String[][] STATES = {
    {"California", "CA"}, {"New York", "NY"}, {"Texas", "TX"}, {"Illinois", "IL"},
    {"North Carolina", "NC"}, {"Washington", "WA"}, {"West Virginia", "WV"}, {"Ohio", "OH"},
    {"Massachusetts", "MA"}, {"Georgia", "GA"}, {"Florida", "FL"}, {"Colorado", "CO"},
  };
  private static final String[][] DIRECTIONS = {{"North", "N"}, {"South", "S"}, {"East", "E"}};
  private static final String[][] UNITS = {
    {"Apartment", "Apt", "#", "APT"}, {"Suite", "Ste", "Ste.", "STE"}, {"Unit", "Apt.", "#", "APT"}
  };

  /** One address written in a canonical way and several messy ways. */
  private record Written(String expectedKey, String expectedCityKey, List<String> variants) {}

  private static Written write(Faker faker, Random random) {
    String number = String.valueOf(1 + random.nextInt(9999));
    String name = faker.name().lastName().replaceAll("[^A-Za-z]", "");
    String[] suffix = SUFFIXES[random.nextInt(SUFFIXES.length)];
    String[] dir = random.nextBoolean() ? DIRECTIONS[random.nextInt(DIRECTIONS.length)] : null;
    String[] unitKind = random.nextInt(3) == 0 ? UNITS[random.nextInt(UNITS.length)] : null;
    String unitNumber = (1 + random.nextInt(40)) + (random.nextBoolean() ? "" : "B");
    String city = faker.address().cityName().replaceAll("[^A-Za-z ]", "");
    String[] state = STATES[random.nextInt(STATES.length)];
    String zip = String.format(Locale.ROOT, "%05d", 501 + random.nextInt(99000));
    String zip4 = String.format(Locale.ROOT, "%04d", random.nextInt(10000));

    String upperName = name.toUpperCase(Locale.ROOT);
    String street =
        (dir == null ? "" : dir[1].toUpperCase(Locale.ROOT) + " ")
            + upperName
            + " "
            + suffix[1].toUpperCase(Locale.ROOT);
    String unitKey =
        unitKind == null ? "" : " " + unitKind[3] + " " + unitNumber.toUpperCase(Locale.ROOT);
    String line = number + " " + street + unitKey;
    String cityKey = String.join(" ", city.toUpperCase(Locale.ROOT).trim().split(" +"));

    String longStreet = (dir == null ? "" : dir[0] + " ") + name + " " + suffix[0];
    String shortStreet = (dir == null ? "" : dir[1] + ". ") + name + " " + suffix[1] + ".";
    String longUnit = unitKind == null ? "" : " " + unitKind[0] + " " + unitNumber;
    String shortUnit = unitKind == null ? "" : " " + unitKind[1] + " " + unitNumber;
    String hashUnit = unitKind == null ? "" : " " + unitKind[2] + unitNumber;
    List<String> variants =
        List.of(
            number + " " + longStreet + longUnit + ", " + city + ", " + state[0] + " " + zip,
            number
                + " "
                + shortStreet
                + shortUnit
                + ", "
                + city
                + ", "
                + state[1]
                + " "
                + zip
                + "-"
                + zip4,
            (number + " " + longStreet + hashUnit + " " + city + " " + state[1] + " " + zip)
                .toUpperCase(Locale.ROOT),
            (number
                    + "  "
                    + shortStreet
                    + ","
                    + shortUnit
                    + ", "
                    + city
                    + " , "
                    + state[1]
                    + ", "
                    + zip
                    + ", USA")
                .toLowerCase(Locale.ROOT),
            number + " " + longStreet + longUnit + "\n" + city + ", " + state[1] + " " + zip + zip4,
            number + " " + shortStreet + hashUnit + " " + zip);
    return new Written(line + " " + zip, line + " " + cityKey + " " + state[1], variants);
  }

  @ParameterizedTest
  @ValueSource(longs = {101L, 102L, 103L, 104L})
  void normalize_fakerAddressesWrittenManyWaysShareOneKey(long seed) {
    Random random = new Random(seed);
    Faker faker = new Faker(new Random(seed));
    for (int i = 0; i < 300; i++) {
      Written written = write(faker, random);
      for (String variant : written.variants()) {
        NormalizedIdentifier id = ok(variant);
        assertThat(id.key()).as(variant).isEqualTo(written.expectedKey());
        assertIdempotent(variant, id);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {201L, 202L})
  void normalize_fakerAddressesWithoutZipKeyOnCityAndState(long seed) {
    Random random = new Random(seed);
    Faker faker = new Faker(new Random(seed));
    for (int i = 0; i < 300; i++) {
      Written written = write(faker, random);
      String withZip = written.variants().get(0);
      String withoutZip = withZip.substring(0, withZip.lastIndexOf(' '));
      NormalizedIdentifier id = ok(withoutZip);
      assertThat(id.key()).as(withoutZip).isEqualTo(written.expectedCityKey());
      assertIdempotent(withoutZip, id);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {301L, 302L})
  void normalize_fakerFullAddressesAreIdempotent(long seed) {
    Faker faker = new Faker(new Random(seed));
    int parsed = 0;
    for (int i = 0; i < 500; i++) {
      String raw = faker.address().fullAddress();
      NormalizeResult result = AddressNormalizer.normalize(raw);
      if (result.isOk()) {
        parsed++;
        assertIdempotent(raw, result.value());
      } else {
        assertThat(result.failure()).as(raw).isNotNull();
      }
    }
    assertThat(parsed).isGreaterThan(400);
  }

  @ParameterizedTest
  @ValueSource(longs = {401L, 402L, 403L, 404L, 405L, 406L})
  void normalize_addressWordSoupDisplayIsAFixedPoint(long seed) {
    Random random = new Random(seed);
    int parsed = 0;
    for (int i = 0; i < 10_000; i++) {
      StringBuilder raw = new StringBuilder(random.nextBoolean() ? "" : random.nextInt(9999) + " ");
      int words = 1 + random.nextInt(10);
      for (int w = 0; w < words; w++) {
        raw.append(AddressSoup.WORDS[random.nextInt(AddressSoup.WORDS.length)])
            .append(random.nextInt(4) == 0 ? "" : " ");
      }
      NormalizeResult result = AddressNormalizer.normalize(raw.toString());
      if (result.isOk()) {
        parsed++;
        assertDisplayIsFixedPoint(raw.toString(), result.value());
      } else {
        assertThat(result.failure()).isNotNull();
      }
    }
    assertThat(parsed).isGreaterThan(200);
  }

  /**
   * Normalizing the display form or the key again gives the same key and address parts. (The key of
   * a realistic address re-parses too; for word soup only the display is a fixed point.)
   */
  static void assertIdempotent(String raw, NormalizedIdentifier id) {
    assertDisplayIsFixedPoint(raw, id);
    NormalizeResult fromKey = AddressNormalizer.normalize(id.key());
    assertThat(fromKey.isOk()).as("key of %s", raw).isTrue();
    assertThat(fromKey.value().key()).as("key of %s", raw).isEqualTo(id.key());
  }

  static void assertDisplayIsFixedPoint(String raw, NormalizedIdentifier id) {
    NormalizedIdentifier again = ok(id.display());
    assertThat(again.key()).as("display of %s", raw).isEqualTo(id.key());
    assertThat(again.display()).as("display of %s", raw).isEqualTo(id.display());
    StandardAddress a = id.address();
    assertThat(again.address())
        .as("display of %s", raw)
        .isEqualTo(
            new StandardAddress(
                a.number(), a.street(), a.unit(), a.city(), a.state(), a.zip5(), null));
  }

  /** USPS Publication 28: every spelling of one address gives one key, with or without commas. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "123\u00bd Main St, Springfield, IL 62701 | 123 1/2 MAIN ST 62701",
        "123-1/2 Main Street Springfield IL 62701 | 123 1/2 MAIN ST 62701",
        "100 Avenue C New York NY 10009 | 100 AVE C 10009",
        "100 Ave C, New York, NY 10009 | 100 AVE C 10009",
        "1000 Hwy 9 Springfield IL 62701 | 1000 HIGHWAY 9 62701",
        "1000 Highway 9, Springfield, IL 62701 | 1000 HIGHWAY 9 62701",
        "800 Co Rd 12 Springfield IL 62701 | 800 COUNTY ROAD 12 62701",
        "800 CR-12, Springfield, IL 62701 | 800 COUNTY ROAD 12 62701",
        "800 County Road K, Springfield, IL 62701 | 800 COUNTY ROAD K 62701",
        "50 SR-7 Springfield IL 62701 | 50 STATE ROUTE 7 62701",
        "50 St Rt 7, Springfield, IL 62701 | 50 STATE ROUTE 7 62701",
        "1790 U.S. Hwy 421 N, Boone, NC 28607 | 1790 US HIGHWAY 421 N 28607",
        "1790 US-421 N, Boone, NC 28607 | 1790 US HIGHWAY 421 N 28607",
        "4600 I-95, Miami, FL 33101 | 4600 INTERSTATE 95 33101",
        "9 Farm to Market 1960 Rd W, Houston, TX 77090 | 9 FM 1960 RD W 77090",
        "RR 2 Box 152, Springfield, IL 62701 | RR 2 BOX 152 62701",
        "Rural Route 02 Box 152 Springfield IL 62701 | RR 2 BOX 152 62701",
        "R.R. 2, Box 152, Springfield, IL 62701 | RR 2 BOX 152 62701",
        "RFD 2 Box 152, Springfield, IL 62701 | RR 2 BOX 152 62701",
        "HC 68 Box 23A, Boone, NC 28607 | HC 68 BOX 23A 28607",
        "Star Route 68 Box 23A, Boone, NC 28607 | HC 68 BOX 23A 28607",
        "Highway Contract Route 68 Box 23A, Boone, NC 28607 | HC 68 BOX 23A 28607",
        "123 Broadway New York NY 10001 | 123 BROADWAY 10001",
        "123 Broadway New York NY | 123 BROADWAY NEW YORK NY",
        "123 Broadway, New York, NY | 123 BROADWAY NEW YORK NY",
        "2 Broadway St Louis MO 63102 | 2 BROADWAY 63102",
        "2 Broadway, St. Louis, MO 63102 | 2 BROADWAY 63102",
        "1700 Market St Ste #200 San Francisco CA 94105 | 1700 MARKET ST STE 200 94105",
        "1950 Old Building Rd Springfield IL 62701 | 1950 OLD BUILDING RD 62701",
        "\uff13\uff15\uff10\uff10 \uff2d\uff41\uff49\uff4e \uff33\uff54, Springfield, IL 62701 | 3500 MAIN ST 62701",
        "4700 Court Street, Springfield, IL 62701 | 4700 COURT ST 62701",
      })
  void normalize_publication28Forms(String raw, String key) {
    NormalizedIdentifier id = ok(raw);
    assertThat(id.key()).as(raw).isEqualTo(key);
    assertIdempotent(raw, id);
  }

  @Test
  void normalize_routeWithoutBoxIsNotAnAddress() {
    assertThat(AddressNormalizer.normalize("RR 2, Springfield, IL 62701").failure())
        .isEqualTo(NormalizeFailure.MISSING_HOUSE_NUMBER);
  }
}
