package io.idgraph.generate;

/** One person's latent traits, from which correlated attributes are drawn. Reused per person. */
final class Traits {
  static final int HEALTH = 1;
  static final int OUTDOORS = 1 << 1;
  static final int HOME = 1 << 2;
  static final int CULTURE = 1 << 3;
  static final int TECH = 1 << 4;
  static final int TRAVEL = 1 << 5;
  static final int SPORTS = 1 << 6;
  static final int FINANCE = 1 << 7;
  static final int THEME_COUNT = 8;

  long personId;
  int member; // 0 for the household head
  boolean sparse;
  int age; // age_range index
  int birthYear;
  boolean female;
  int education; // education index
  int marital; // marital_status index
  int occupation; // occupation_category index
  int employment; // employment_status index
  int credit; // credit_rating_range index
  int themes; // bit set of the constants above
  int emails;
  int phones;
  int addresses;
  int maids;

  boolean has(int theme) {
    return (themes & theme) != 0;
  }

  boolean working() {
    return employment <= 2; // full-time, part-time, self-employed
  }
}
