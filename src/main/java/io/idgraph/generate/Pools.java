package io.idgraph.generate;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import net.datafaker.Faker;

/**
 * Name, street and company pools drawn once from a seeded Datafaker, so that generating a person is
 * an array index away (Datafaker per call is slow) and the output depends on the seed alone.
 */
final class Pools {
  private static final String[] COMMON_STREETS = {
    "Main",
    "Oak",
    "Pine",
    "Maple",
    "Cedar",
    "Elm",
    "Washington",
    "Lake",
    "Hill",
    "Park",
    "Ridge",
    "Church",
    "Highland",
    "Sunset",
    "Jackson",
    "Lincoln",
    "Franklin",
    "Walnut",
    "Willow",
    "Spring",
    "Meadow",
    "River",
    "Forest",
    "Cherry",
    "Chestnut",
    "Center",
    "Mill",
    "Valley",
    "Madison",
    "Jefferson",
    "1st",
    "2nd",
    "3rd",
    "4th",
    "5th",
    "6th",
    "7th",
    "8th",
    "9th",
    "10th",
    "11th",
    "12th",
    "14th",
    "16th",
    "18th",
    "21st",
    "23rd",
    "32nd",
    "42nd",
    "55th"
  };

  private static final String[] COMPANY_TLDS = {"com", "com", "com", "net", "io", "co", "org"};

  final String[] femaleFirstNames;
  final String[] maleFirstNames;
  final String[] lastNames;

  /** Index in {@link #lastNames} where the Spanish-locale surnames start. */
  final int hispanicLastNamesFrom;

  /** Index in {@link #lastNames} where the other European surnames start. */
  final int europeanLastNamesFrom;

  final String[] streetNames;
  final String[] companyDomains;

  Pools(long seed) {
    Faker faker = new Faker(Locale.US, new Random(seed));
    Faker spanish = new Faker(new Locale("es", "MX"), new Random(seed + 1));
    femaleFirstNames = names(faker.name()::femaleFirstName, 4000).toArray(String[]::new);
    maleFirstNames = names(faker.name()::maleFirstName, 4000).toArray(String[]::new);
    Set<String> last = new LinkedHashSet<>(names(faker.name()::lastName, 4000));
    hispanicLastNamesFrom = last.size();
    last.addAll(names(spanish.name()::lastName, 1500));
    europeanLastNamesFrom = last.size();
    String[] european = {"de", "it", "fr", "pl", "sv"};
    for (int i = 0; i < european.length; i++) {
      Faker other = new Faker(Locale.forLanguageTag(european[i]), new Random(seed + 2 + i));
      last.addAll(names(other.name()::lastName, 1500));
    }
    lastNames = last.toArray(String[]::new);
    Set<String> streets = new LinkedHashSet<>(List.of(COMMON_STREETS));
    streets.addAll(names(faker.name()::lastName, 600));
    streets.addAll(names(faker.name()::firstName, 300));
    streetNames = streets.toArray(String[]::new);
    Random tlds = new Random(seed ^ 0x5DEECE66DL);
    Set<String> domains = new LinkedHashSet<>();
    for (int i = 0; i < 1500; i++) {
      domains.add(
          domainOf(faker.company().name(), COMPANY_TLDS[tlds.nextInt(COMPANY_TLDS.length)]));
    }
    companyDomains = domains.toArray(String[]::new);
  }

  /** "Kunde, Schaden and Hills" -> "kundeschaden.com" (the first two words, letters only). */
  static String domainOf(String companyName, String tld) {
    String[] words = companyName.toLowerCase(Locale.ROOT).split("[^a-z]+");
    StringBuilder label = new StringBuilder();
    for (String word : words) {
      if (!word.isEmpty() && !word.equals("and") && label.length() < 14) {
        label.append(word);
      }
    }
    if (label.length() < 3) {
      label.append("corp");
    }
    return label + "." + tld;
  }

  /**
   * Distinct names from {@code calls} draws, accents dropped, letters, apostrophes and hyphens
   * only.
   */
  private static Set<String> names(Supplier<String> source, int calls) {
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < calls; i++) {
      String value = ascii(source.get().trim());
      if (value.length() > 1 && value.chars().allMatch(c -> isLetter(c) || c == '\'' || c == '-')) {
        seen.add(value);
      }
    }
    return seen;
  }

  private static boolean isLetter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static String ascii(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
  }
}
