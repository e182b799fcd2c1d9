package io.idgraph.generate;

import java.util.SplittableRandom;

/** The demographic, employment, financial, household, id and political domains of a person. */
final class ProfileSection {
  private final SplittableRandom rnd;
  private final String[] age;
  private final String[] generation;
  private final String[] gender;
  private final String[] education;
  private final String[] income;
  private final String[] marital;
  private final String[] ethnicity;
  private final String[] language;
  private final String[] occupation;
  private final String[] employment;
  private final String[] industry;
  private final String[] seniority;
  private final String[] netWorth;
  private final String[] credit;
  private final String[] level;
  private final String[] children;
  private final String[] adults;
  private final String[] yesNo;
  private final String[] ownership;
  private final String[] dwelling;
  private final String[] residence;
  private final String[] homeValue;
  private final String[] party;
  private final String[] ideology;

  ProfileSection(SplittableRandom rnd, Vocabulary v) {
    this.rnd = rnd;
    age = v.values("age_range", 6);
    generation = v.values("generation", 5);
    gender = v.values("gender", 2);
    education = v.values("education", 4);
    income = v.values("household_income_range", 6);
    marital = v.values("marital_status", 4);
    ethnicity = v.values("ethnicity", 5);
    language = v.values("language_preference", 6);
    occupation = v.values("occupation_category", 11);
    employment = v.values("employment_status", 6);
    industry = v.values("industry", 11);
    seniority = v.values("job_seniority", 4);
    netWorth = v.values("household_net_worth_range", 5);
    credit = v.values("credit_rating_range", 5);
    level = v.values("identity_confidence", 3);
    children = v.values("number_children_in_household", 6);
    adults = v.values("number_adults_in_household", 5);
    yesNo = v.values("presence_of_children", 2);
    ownership = v.values("home_ownership", 2);
    dwelling = v.values("dwelling_type", 5);
    residence = v.values("length_of_residence", 6);
    homeValue = v.values("home_value_range", 6);
    party = v.values("political_party_affiliation", 6);
    ideology = v.values("political_ideology", 5);
  }

  void demographic(AttributeWriter w, Household h, Traits t) {
    w.domain("demographic");
    if (t.sparse) {
      if (Draw.chance(rnd, 0.8)) {
        w.put("age_range", age[t.age]);
      }
      if (Draw.chance(rnd, 0.7)) {
        w.put("gender", gender[t.female ? 0 : 1]);
      }
      return;
    }
    w.put("age_range", age[t.age]);
    if (Draw.chance(rnd, 0.7)) {
      w.put("birth_year", t.birthYear);
      w.put("generation", generation[generation(t.birthYear)]);
    }
    w.put("gender", gender[t.female ? 0 : 1]);
    w.put("education", education[t.education]);
    w.put("household_income_range", income[h.income]);
    w.put("marital_status", marital[t.marital]);
    int group = ethnicity(h);
    if (Draw.chance(rnd, 0.8)) {
      w.put("ethnicity", ethnicity[group]);
    }
    if (Draw.chance(rnd, 0.6)) {
      int lang =
          group == 1 && Draw.chance(rnd, 0.35)
              ? 1
              : Draw.chance(rnd, 0.95) ? 0 : 2 + rnd.nextInt(4);
      w.put("language_preference", language[lang]);
    }
    w.flag("is_veteran", Draw.chance(rnd, !t.female && t.age >= 3 ? 0.18 : 0.03));
  }

  private static int generation(int birthYear) {
    if (birthYear >= 1997) {
      return 0;
    }
    if (birthYear >= 1981) {
      return 1;
    }
    if (birthYear >= 1965) {
      return 2;
    }
    return birthYear >= 1946 ? 3 : 4;
  }

  /** Most members share the household's group; some households are mixed. */
  private int ethnicity(Household h) {
    return Draw.chance(rnd, 0.9) ? h.ethnicity : Draw.weighted(rnd, new double[] {68, 5, 15, 7, 5});
  }

  void employment(AttributeWriter w, Household h, Traits t) {
    if (t.sparse) {
      return;
    }
    w.domain("employment");
    w.put("occupation_category", occupation[t.occupation]);
    w.put("employment_status", employment[t.employment]);
    if (!t.working()) {
      return;
    }
    int industryIndex =
        switch (t.occupation) {
          case 6 -> 1;
          case 7 -> 3;
          default -> Draw.weighted(rnd, new double[] {14, 8, 10, 3, 14, 12, 9, 8, 9, 6, 7});
        };
    if (Draw.chance(rnd, 0.85)) {
      w.put("industry", industry[industryIndex]);
    }
    int senior =
        Draw.level(t.age * 0.7 + (t.occupation == 1 ? 1.2 : 0) + Draw.gaussian(rnd) * 0.6, 3);
    w.put("job_seniority", seniority[senior]);
    w.flag("is_business_owner", Draw.chance(rnd, t.employment == 2 ? 0.7 : 0.04));
    w.flag("works_from_home", Draw.chance(rnd, t.occupation <= 3 ? 0.35 : 0.08));
  }

  void financial(AttributeWriter w, Household h, Traits t, boolean investor) {
    if (t.sparse) {
      return;
    }
    w.domain("financial");
    w.put("household_net_worth_range", netWorth[h.netWorth]);
    w.put("credit_rating_range", credit[t.credit]);
    w.flag("owns_investments", investor);
    w.flag("has_retirement_account", Draw.chance(rnd, t.working() && h.income >= 2 ? 0.7 : 0.2));
    w.flag("has_mortgage", h.owner && t.age < 5 && Draw.chance(rnd, 0.75));
    w.flag("has_auto_loan", Draw.chance(rnd, 0.3));
    w.flag("has_student_loan", t.age <= 2 && t.education >= 2 && Draw.chance(rnd, 0.45));
    w.flag("premium_credit_card_holder", t.credit >= 3 && h.income >= 3 && Draw.chance(rnd, 0.6));
    w.put(
        "discretionary_income_level",
        level[Draw.level(h.income * 0.45 - 0.3 + Draw.gaussian(rnd) * 0.4, 2)]);
  }

  /** True when the person owns investments: net worth and income make it likely. */
  boolean investor(Household h, Traits t) {
    return Draw.chance(rnd, h.netWorth >= 3 ? 0.75 : 0.1 + h.income * 0.06)
        || t.has(Traits.FINANCE);
  }

  void household(AttributeWriter w, Household h, Traits t) {
    if (t.sparse) {
      return;
    }
    w.domain("household");
    w.put("number_children_in_household", children[h.children]);
    w.put("number_adults_in_household", adults[Math.min(h.size, 5) - 1]);
    w.put("household_size", h.size + h.children);
    w.put("presence_of_children", yesNo[h.children > 0 ? 0 : 1]);
    w.put("home_ownership", ownership[h.owner ? 0 : 1]);
    w.put("dwelling_type", dwelling[h.dwelling]);
    if (Draw.chance(rnd, 0.85)) {
      w.put("length_of_residence", residence[h.residence]);
    }
    if (h.owner) {
      w.put("home_value_range", homeValue[h.homeValue]);
    }
  }

  void id(AttributeWriter w, Traits t) {
    w.domain("id");
    int linked = t.emails + t.phones + t.addresses + t.maids;
    w.put("identity_confidence", level[linked >= 4 ? 2 : linked >= 2 ? 1 : 0]);
    w.put("linked_identifier_count", linked);
    if (t.sparse) {
      return;
    }
    w.put("source_count", Math.min(25, 1 + linked + rnd.nextInt(8)));
    w.put("first_seen_year", 2010 + rnd.nextInt(16));
    w.put("has_verified_email", Draw.chance(rnd, 0.7));
    w.put("has_verified_phone", t.phones > 0 && Draw.chance(rnd, 0.6));
    w.put("has_mobile_device", t.maids > 0);
  }

  void political(AttributeWriter w, Household h, Traits t) {
    if (t.sparse) {
      return;
    }
    w.domain("political");
    int partyIndex =
        Draw.chance(rnd, 0.7) ? h.party : Draw.weighted(rnd, new double[] {33, 30, 25, 3, 2, 7});
    if (Draw.chance(rnd, 0.8)) {
      w.put("political_party_affiliation", party[partyIndex]);
    }
    double lean =
        switch (partyIndex) {
          case 0, 4 -> 3.1;
          case 1 -> 0.9;
          default -> 2.0;
        };
    w.put("political_ideology", ideology[Draw.level(lean + Draw.gaussian(rnd) * 0.7, 4)]);
    boolean donated = Draw.chance(rnd, 0.06 + h.income * 0.03);
    boolean registered = Draw.chance(rnd, 0.6 + t.age * 0.05);
    boolean voted = registered && Draw.chance(rnd, 0.55 + t.age * 0.06);
    w.flag("donated_political_cause_recently", donated);
    w.flag("is_registered_voter", registered);
    w.flag("voted_in_last_general_election", voted);
    w.put("political_engagement", level[(donated ? 1 : 0) + (voted ? 1 : 0)]);
  }
}
