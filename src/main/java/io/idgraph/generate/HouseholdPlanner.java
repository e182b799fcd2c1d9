package io.idgraph.generate;

import io.idgraph.geo.ZipCentroids;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Draws a household (size, address, economics) and then each member's traits, with the correlations
 * real data shows: age drives marital status, children and home ownership; education and age drive
 * income; income drives net worth, home value and credit.
 */
final class HouseholdPlanner {
  private static final double[] SIZE_WEIGHTS = {34, 40, 13, 9, 4};
  private static final double[] AGE_WEIGHTS = {12, 18, 17, 16, 17, 20};
  private static final int[] AGE_LOW = {18, 25, 35, 45, 55, 65};
  private static final int[] AGE_HIGH = {24, 34, 44, 54, 64, 95};
  private static final double[] EDUCATION_WEIGHTS = {38, 27, 22, 13};
  private static final double[] OWNER_BY_AGE = {0.12, 0.38, 0.6, 0.7, 0.76, 0.8};
  private static final String[] DIRECTIONALS = {"N", "S", "E", "W"};
  static final int REFERENCE_YEAR = 2025;

  private final SplittableRandom rnd;
  private final Pools pools;
  private final ZipCentroids zips;
  private final int[] zipsWithCity;

  HouseholdPlanner(SplittableRandom rnd, Pools pools, ZipCentroids zips) {
    this.rnd = rnd;
    this.pools = pools;
    this.zips = zips;
    this.zipsWithCity =
        IntStream.range(0, zips.size()).filter(i -> !zips.city(i).isEmpty()).toArray();
  }

  /** Plans a household of at most {@code maxSize} members. */
  void plan(Household h, long maxSize) {
    h.size = (int) Math.min(maxSize, 1 + Draw.weighted(rnd, SIZE_WEIGHTS));
    int nameIndex = lastNameIndex();
    h.lastName = pools.lastNames[nameIndex];
    h.hispanicName =
        nameIndex >= pools.hispanicLastNamesFrom && nameIndex < pools.europeanLastNamesFrom;
    planAddress(h);
    planComposition(h);
    planEconomics(h);
  }

  /** Half the surnames from the US pool, a fifth Hispanic, the rest other European. */
  private int lastNameIndex() {
    int hispanic = pools.hispanicLastNamesFrom;
    int european = pools.europeanLastNamesFrom;
    double x = rnd.nextDouble();
    if (x < 0.5) {
      return rnd.nextInt(hispanic);
    }
    if (x < 0.7) {
      return hispanic + rnd.nextInt(european - hispanic);
    }
    return european + rnd.nextInt(pools.lastNames.length - european);
  }

  /** A ZIP with a known city, with the ZIP's coordinates. */
  int randomZip() {
    return zipsWithCity[rnd.nextInt(zipsWithCity.length)];
  }

  private void planAddress(Household h) {
    int zip = randomZip();
    h.zip = zips.zipString(zip);
    h.city = zips.city(zip);
    h.state = zips.state(zip);
    h.latitude = zips.latitude(zip) + Draw.between(rnd, -0.008, 0.008);
    h.longitude = zips.longitude(zip) + Draw.between(rnd, -0.01, 0.01);
    h.houseNumber = 1 + (int) Math.min(19_998, Math.abs(Draw.gaussian(rnd)) * 2500);
    h.predirectional = Draw.chance(rnd, 0.15) ? Draw.pick(rnd, DIRECTIONALS) : null;
    h.streetName = Draw.pick(rnd, pools.streetNames);
    h.suffix = rnd.nextInt(AddressStyle.SUFFIX_COUNT);
    h.zip4 = Draw.padded(1 + rnd.nextInt(9998), 4);
  }

  private void planComposition(Household h) {
    h.headAge = Draw.weighted(rnd, AGE_WEIGHTS);
    if (h.size > 1 && h.headAge == 0) {
      h.headAge = 1 + rnd.nextInt(2);
    }
    h.couple = h.size >= 2 && Draw.chance(rnd, 0.8);
    double[] childWeights =
        switch (h.headAge) {
          case 0 -> new double[] {90, 8, 2, 0, 0, 0};
          case 1, 2 ->
              h.couple ? new double[] {30, 25, 28, 12, 4, 1} : new double[] {70, 18, 9, 2, 1, 0};
          case 3 -> new double[] {50, 22, 18, 7, 2, 1};
          default -> new double[] {93, 5, 2, 0, 0, 0};
        };
    h.children = Draw.weighted(rnd, childWeights);
    h.pets = Draw.chance(rnd, 0.3 + (h.children > 0 ? 0.2 : 0));
    h.dog = h.pets && Draw.chance(rnd, 0.7);
    h.cat = h.pets && (!h.dog || Draw.chance(rnd, 0.3));
    h.party = Draw.weighted(rnd, new double[] {33, 30, 25, 3, 2, 7});
    h.ethnicity =
        h.hispanicName && Draw.chance(rnd, 0.85)
            ? 1
            : Draw.weighted(rnd, new double[] {68, 5, 15, 7, 5});
    h.landline = null; // set by the contact writer when the household shares one
  }

  private void planEconomics(Household h) {
    double ageBonus = new double[] {-1.2, -0.3, 0.3, 0.6, 0.4, -0.6}[h.headAge];
    double education = Draw.weighted(rnd, EDUCATION_WEIGHTS);
    double score =
        1.5 + education * 0.8 + ageBonus + (h.couple ? 0.8 : 0) + Draw.gaussian(rnd) * 0.9;
    h.income = Draw.level(score, 5);
    h.netWorth = Draw.level(h.income * 0.7 + h.headAge * 0.35 - 1.0 + Draw.gaussian(rnd) * 0.8, 4);
    double pOwner = OWNER_BY_AGE[h.headAge] + (h.income - 2) * 0.07;
    h.owner = Draw.chance(rnd, pOwner);
    h.dwelling =
        h.owner
            ? Draw.weighted(rnd, new double[] {72, 10, 10, 0, 8})
            : Draw.weighted(rnd, new double[] {15, 8, 7, 65, 5});
    h.unit = null;
    if (h.dwelling == 1 || h.dwelling == 3) {
      h.unitKind = rnd.nextInt(AddressStyle.UNIT_KINDS);
      int floor = 1 + rnd.nextInt(h.dwelling == 3 ? 12 : 5);
      String letter = Draw.chance(rnd, 0.3) ? String.valueOf((char) ('A' + rnd.nextInt(4))) : "";
      h.unit = Draw.chance(rnd, 0.5) ? floor + Draw.padded(1 + rnd.nextInt(20), 2) : floor + letter;
    }
    double residenceScore = h.headAge * 0.8 + (h.owner ? 1.2 : -0.5) + Draw.gaussian(rnd) * 1.2;
    h.residence = Draw.level(residenceScore, 5);
    h.homeValue = Draw.level(h.income * 0.8 + Draw.gaussian(rnd) * 0.9, 5);
  }

  /** Draws the traits of member {@code member} of {@code h}. */
  void planPerson(Household h, int member, Traits t) {
    t.member = member;
    t.age = memberAge(h, member);
    t.birthYear =
        REFERENCE_YEAR - (AGE_LOW[t.age] + rnd.nextInt(AGE_HIGH[t.age] - AGE_LOW[t.age] + 1));
    t.female = Draw.chance(rnd, 0.51);
    t.education = Draw.weighted(rnd, EDUCATION_WEIGHTS);
    if (t.age == 0 && t.education == 3) {
      t.education = 1;
    }
    t.marital = marital(h, member, t.age);
    t.occupation = occupation(t);
    t.employment = employment(t.occupation);
    t.credit =
        Draw.level(h.income * 0.45 + h.netWorth * 0.35 + t.age * 0.2 + Draw.gaussian(rnd) * 0.8, 4);
    t.themes = themes(h, t);
  }

  private int memberAge(Household h, int member) {
    if (member == 0) {
      return h.headAge;
    }
    if (member == 1 && h.couple) {
      return Draw.level(h.headAge + Draw.gaussian(rnd) * 0.5, 5);
    }
    return h.headAge >= 3 ? rnd.nextInt(2) : Draw.level(h.headAge + Draw.gaussian(rnd) * 0.7, 5);
  }

  private int marital(Household h, int member, int age) {
    if (member <= 1 && h.couple) {
      return 1;
    }
    return switch (age) {
      case 0 -> Draw.weighted(rnd, new double[] {93, 6, 1, 0});
      case 1 -> Draw.weighted(rnd, new double[] {70, 20, 10, 0});
      case 2, 3 -> Draw.weighted(rnd, new double[] {40, 25, 33, 2});
      case 4 -> Draw.weighted(rnd, new double[] {25, 25, 40, 10});
      default -> Draw.weighted(rnd, new double[] {12, 20, 28, 40});
    };
  }

  /** occupation_category index, from age and education. */
  private int occupation(Traits t) {
    if (t.age == 5 && Draw.chance(rnd, 0.8)) {
      return 8; // Retired
    }
    if (t.age == 0 && Draw.chance(rnd, 0.5)) {
      return 9; // Student
    }
    if (Draw.chance(rnd, 0.05)) {
      return 10; // Homemaker
    }
    double[] weights =
        switch (t.education) {
          case 3 -> new double[] {40, 25, 5, 2, 1, 1, 15, 11};
          case 2 -> new double[] {30, 18, 15, 8, 4, 2, 12, 11};
          case 1 -> new double[] {10, 8, 17, 20, 20, 12, 10, 3};
          default -> new double[] {4, 4, 15, 16, 34, 25, 2, 0};
        };
    return Draw.weighted(rnd, weights);
  }

  private int employment(int occupation) {
    return switch (occupation) {
      case 8 -> 3;
      case 9 -> 4;
      case 10 -> 5;
      default -> Draw.weighted(rnd, new double[] {80, 12, 8});
    };
  }

  private int themes(Household h, Traits t) {
    double[] weights = {
      1.0 + (t.female ? 0.4 : 0), // health
      1.0 + (t.female ? 0 : 0.6) + (h.owner ? 0.2 : 0), // outdoors
      0.6 + (h.owner ? 0.8 : 0) + t.age * 0.15, // home
      1.0, // culture
      1.2 - t.age * 0.15 + (t.education >= 2 ? 0.3 : 0), // tech
      0.4 + h.income * 0.2, // travel
      1.0 + (t.female ? 0 : 0.5) - t.age * 0.08, // sports
      0.2 + h.netWorth * 0.2 // finance
    };
    int count = 1 + Draw.weighted(rnd, new double[] {35, 45, 20});
    int themes = 0;
    for (int i = 0; i < count; i++) {
      themes |= 1 << Draw.weighted(rnd, weights);
    }
    return themes;
  }
}
