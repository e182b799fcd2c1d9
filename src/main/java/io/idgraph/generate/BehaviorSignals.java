package io.idgraph.generate;

import static io.idgraph.generate.Traits.CULTURE;
import static io.idgraph.generate.Traits.FINANCE;
import static io.idgraph.generate.Traits.HEALTH;
import static io.idgraph.generate.Traits.HOME;
import static io.idgraph.generate.Traits.OUTDOORS;
import static io.idgraph.generate.Traits.SPORTS;
import static io.idgraph.generate.Traits.TECH;
import static io.idgraph.generate.Traits.TRAVEL;

/**
 * The signal behind each behavioral attribute, by catalog name. A name the generator does not know
 * gets a small constant chance, so a catalog that grows still generates.
 */
final class BehaviorSignals {
  private BehaviorSignals() {}

  static Signal interest(String name) {
    return switch (name) {
      case "interested_fitness" -> anyTheme(HEALTH | SPORTS, 0.6);
      case "interested_healthy_living", "interested_yoga" -> Signal.theme(HEALTH, 0.55, 0.04);
      case "interested_running" -> anyTheme(HEALTH | SPORTS, 0.35);
      case "interested_cooking" -> anyTheme(HEALTH | HOME, 0.5);
      case "interested_outdoors", "interested_camping" -> Signal.theme(OUTDOORS, 0.6, 0.05);
      case "interested_fishing", "interested_hunting", "interested_boating" ->
          (h, t) -> t.has(OUTDOORS) ? (t.female ? 0.25 : 0.5) : 0.02;
      case "interested_gardening", "interested_home_improvement" ->
          (h, t) -> t.has(HOME) ? (h.owner ? 0.7 : 0.35) : 0.04;
      case "interested_crafts" -> anyTheme(HOME | CULTURE, 0.3);
      case "interested_reading", "interested_music", "interested_movies" ->
          Signal.theme(CULTURE, 0.6, 0.08);
      case "interested_photography" -> anyTheme(CULTURE | TECH, 0.3);
      case "interested_technology", "interested_video_games" -> Signal.theme(TECH, 0.6, 0.05);
      case "interested_travel", "interested_wine", "interested_fashion" ->
          Signal.theme(TRAVEL, 0.55, 0.04);
      case "interested_golf" ->
          (h, t) -> t.has(TRAVEL) || t.has(SPORTS) ? 0.15 + h.income * 0.06 : 0.02;
      case "interested_sports" -> Signal.theme(SPORTS, 0.75, 0.06);
      case "interested_investing" -> Signal.theme(FINANCE, 0.8, 0.03);
      case "interested_pets" -> (h, t) -> h.pets ? 0.5 : 0.02;
      default -> Signal.constant(0.04);
    };
  }

  /** Affinity signals are in [0, 1]: 0 means Low, 1 means High. */
  static Signal affinity(String name) {
    return switch (name) {
      case "health_affinity" -> Signal.theme(HEALTH, 0.9, 0.3);
      case "auto_affinity" -> (h, t) -> (t.female ? 0.3 : 0.55) + (t.has(OUTDOORS) ? 0.2 : 0);
      case "family_affinity" -> (h, t) -> h.children > 0 ? 0.9 : t.marital == 1 ? 0.5 : 0.2;
      case "travel_affinity" -> Signal.theme(TRAVEL, 0.9, 0.3);
      case "luxury_affinity" -> (h, t) -> h.income * 0.15 + (t.has(TRAVEL) ? 0.2 : 0);
      case "tech_affinity" -> Signal.theme(TECH, 0.9, 0.3);
      case "sports_affinity" -> Signal.theme(SPORTS, 0.9, 0.25);
      case "outdoor_affinity" -> Signal.theme(OUTDOORS, 0.9, 0.25);
      case "fashion_affinity" -> (h, t) -> (t.female ? 0.5 : 0.2) + (t.has(TRAVEL) ? 0.3 : 0);
      case "food_affinity" -> (h, t) -> t.has(HOME) || t.has(HEALTH) ? 0.75 : 0.4;
      case "home_affinity" -> (h, t) -> (h.owner ? 0.5 : 0.2) + (t.has(HOME) ? 0.4 : 0);
      case "pet_affinity" -> (h, t) -> h.pets ? 0.9 : 0.1;
      case "finance_affinity" -> (h, t) -> (t.has(FINANCE) ? 0.6 : 0.1) + h.netWorth * 0.08;
      case "entertainment_affinity" -> Signal.theme(CULTURE, 0.85, 0.4);
      case "beauty_affinity" -> (h, t) -> t.female ? 0.6 : 0.1;
      default -> Signal.constant(0.4);
    };
  }

  static Signal purchase(String name) {
    return switch (name) {
      case "purchased_clothing" -> (h, t) -> t.female || t.has(TRAVEL) ? 0.75 : 0.5;
      case "purchased_books" -> Signal.theme(CULTURE, 0.7, 0.2);
      case "purchased_electronics" -> Signal.theme(TECH, 0.75, 0.25);
      case "purchased_home_decor" -> (h, t) -> h.owner && t.has(HOME) ? 0.7 : 0.15;
      case "purchased_sporting_goods" -> anyTheme(SPORTS | OUTDOORS, 0.6);
      case "purchased_beauty_products" -> (h, t) -> t.female ? 0.6 : 0.08;
      case "purchased_pet_supplies" -> (h, t) -> h.pets ? 0.8 : 0.02;
      case "purchased_toys" -> (h, t) -> h.children > 0 ? 0.7 : 0.05;
      case "purchased_groceries_online" -> (h, t) -> t.age <= 2 ? 0.35 : 0.15;
      case "purchased_travel" -> Signal.theme(TRAVEL, 0.7, 0.15);
      case "purchased_health_products" -> Signal.theme(HEALTH, 0.65, 0.15);
      case "purchased_garden_supplies" -> (h, t) -> h.owner && t.has(HOME) ? 0.6 : 0.05;
      case "purchased_jewelry" -> (h, t) -> (t.female ? 0.2 : 0.05) + h.income * 0.02;
      case "purchased_auto_parts" -> (h, t) -> t.female ? 0.05 : 0.25;
      default -> Signal.constant(0.1);
    };
  }

  static Signal content(String name) {
    return switch (name) {
      case "consumes_news_content" -> (h, t) -> 0.3 + t.age * 0.08;
      case "consumes_sports_content" -> Signal.theme(SPORTS, 0.8, 0.15);
      case "consumes_finance_content" -> Signal.theme(FINANCE, 0.75, 0.08);
      case "consumes_technology_content" -> Signal.theme(TECH, 0.75, 0.1);
      case "consumes_health_content" -> Signal.theme(HEALTH, 0.7, 0.1);
      case "consumes_travel_content" -> Signal.theme(TRAVEL, 0.7, 0.08);
      case "consumes_food_content" -> anyTheme(HOME | HEALTH, 0.5);
      case "consumes_entertainment_content" -> Signal.theme(CULTURE, 0.75, 0.3);
      case "consumes_parenting_content" -> (h, t) -> h.children > 0 ? 0.5 : 0.02;
      case "consumes_automotive_content" -> (h, t) -> t.female ? 0.08 : 0.3;
      case "consumes_home_and_garden_content" ->
          (h, t) -> t.has(HOME) ? 0.65 : h.owner ? 0.15 : 0.04;
      case "consumes_politics_content" -> (h, t) -> 0.1 + t.age * 0.05;
      default -> Signal.constant(0.1);
    };
  }

  static Signal intentCategory(String name) {
    return switch (name) {
      case "in_market_auto" -> Signal.constant(0.12);
      case "in_market_home_purchase" ->
          (h, t) -> !h.owner && h.income >= 3 && t.age <= 2 ? 0.4 : 0.02;
      case "in_market_mortgage_refinance" -> (h, t) -> h.owner && t.age < 5 ? 0.12 : 0.01;
      case "in_market_insurance" -> Signal.constant(0.08);
      case "in_market_travel" -> Signal.theme(TRAVEL, 0.4, 0.05);
      case "in_market_electronics" -> Signal.theme(TECH, 0.35, 0.05);
      case "in_market_home_improvement" -> (h, t) -> h.owner && t.has(HOME) ? 0.4 : 0.03;
      case "in_market_higher_education" -> (h, t) -> t.age <= 1 ? 0.2 : 0.01;
      case "in_market_fitness" -> Signal.theme(HEALTH, 0.3, 0.03);
      case "in_market_financial_services" -> Signal.theme(FINANCE, 0.35, 0.04);
      case "in_market_furniture" -> (h, t) -> h.residence == 0 ? 0.45 : 0.03;
      case "in_market_apparel" -> (h, t) -> t.female ? 0.15 : 0.06;
      default -> Signal.constant(0.03);
    };
  }

  static Signal intentTopic(String name) {
    return switch (name) {
      case "intent_electric_vehicles" -> (h, t) -> t.has(TECH) && h.income >= 3 ? 0.3 : 0.02;
      case "intent_suvs" -> (h, t) -> h.children > 0 ? 0.15 : 0.03;
      case "intent_pickup_trucks" -> (h, t) -> !t.female && t.has(OUTDOORS) ? 0.25 : 0.02;
      case "intent_solar_panels", "intent_home_security" -> (h, t) -> h.owner ? 0.1 : 0.01;
      case "intent_kitchen_remodel" -> (h, t) -> h.owner && t.has(HOME) ? 0.25 : 0.01;
      case "intent_life_insurance" -> (h, t) -> h.children > 0 ? 0.15 : 0.02;
      case "intent_credit_cards" -> Signal.constant(0.06);
      case "intent_retirement_planning" -> (h, t) -> t.age == 3 || t.age == 4 ? 0.2 : 0.02;
      case "intent_mba_programs" -> (h, t) -> t.age == 1 && t.education >= 2 ? 0.12 : 0.005;
      case "intent_cruise_vacations" -> (h, t) -> t.has(TRAVEL) && t.age >= 4 ? 0.3 : 0.02;
      case "intent_smartphones", "intent_laptops" -> Signal.theme(TECH, 0.3, 0.04);
      case "intent_running_shoes", "intent_home_fitness_equipment" ->
          Signal.theme(HEALTH, 0.2, 0.02);
      case "intent_meal_kits" -> anyTheme(HEALTH | HOME, 0.12);
      case "intent_pet_insurance" -> (h, t) -> h.pets ? 0.12 : 0.005;
      case "intent_wedding_planning" -> (h, t) -> t.marital == 0 && t.age == 1 ? 0.1 : 0.005;
      case "intent_baby_products" -> (h, t) -> h.children > 0 && t.age <= 2 ? 0.2 : 0.01;
      case "intent_streaming_services" -> Signal.theme(CULTURE, 0.2, 0.05);
      default -> Signal.constant(0.02);
    };
  }

  private static Signal anyTheme(int themes, double strong) {
    return (h, t) -> (t.themes & themes) != 0 ? strong : 0.04;
  }
}
