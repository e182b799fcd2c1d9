package io.idgraph.generate;

import io.idgraph.graph.Domain;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.ObjDoubleConsumer;

/**
 * The interest, affinity, lifestyle, purchase, content and intent domains, drawn from the person's
 * themes so that interests, affinities, lifestyle flags and purchases agree with each other.
 */
final class BehaviorSection {
  private final SplittableRandom rnd;
  private final Likely[] interests;
  private final Likely[] affinities;
  private final Likely[] purchases;
  private final Likely[] contents;
  private final Likely[] categories;
  private final Likely[] topics;
  private final String[] level;
  private final String[] spend;
  private final String[] channel;
  private final String[] recency;
  private final String[] media;

  BehaviorSection(SplittableRandom rnd, Vocabulary v) {
    this.rnd = rnd;
    interests = Likely.of(v.names(Domain.INTEREST, "interested_"), BehaviorSignals::interest);
    affinities = Likely.of(v.names(Domain.AFFINITY), BehaviorSignals::affinity);
    purchases = Likely.of(v.names(Domain.PURCHASE, "purchased_"), BehaviorSignals::purchase);
    contents = Likely.of(v.names(Domain.CONTENT, "consumes_"), BehaviorSignals::content);
    categories =
        Likely.of(v.names(Domain.INTENT_CATEGORY, "in_market_"), BehaviorSignals::intentCategory);
    topics = Likely.of(v.names(Domain.INTENT_TOPIC, "intent_"), BehaviorSignals::intentTopic);
    level = v.values("health_affinity", 3);
    spend = v.values("apparel_purchases_total_spend", 5);
    channel = v.values("preferred_purchase_channel", 3);
    recency = v.values("last_purchase_recency", 5);
    media = v.values("preferred_media_type", 5);
  }

  void affinity(AttributeWriter w, Household h, Traits t) {
    if (t.sparse) {
      return;
    }
    w.domain("affinity");
    for (Likely affinity : affinities) {
      double signal = affinity.signal().of(h, t);
      if (Draw.chance(rnd, 0.2 + signal * 0.4)) {
        w.put(affinity.name(), level[Draw.level(signal * 2 + Draw.gaussian(rnd) * 0.45, 2)]);
      }
    }
  }

  void content(AttributeWriter w, Household h, Traits t) {
    if (t.sparse) {
      return;
    }
    w.domain("content");
    flags(w, contents, h, t);
    int mediaIndex =
        t.age <= 1
            ? Draw.weighted(rnd, new double[] {40, 20, 10, 30, 0})
            : t.age >= 4
                ? Draw.weighted(rnd, new double[] {30, 8, 32, 10, 20})
                : Draw.weighted(rnd, new double[] {35, 20, 25, 15, 5});
    w.put("preferred_media_type", media[mediaIndex]);
    w.flag("streaming_video_subscriber", Draw.chance(rnd, 0.65));
    w.flag("podcast_listener", Draw.chance(rnd, t.age <= 3 ? 0.4 : 0.15));
    w.flag("print_magazine_reader", Draw.chance(rnd, t.age >= 4 ? 0.35 : 0.08));
    double hours = 4.5 - t.age * 0.3 + (t.has(Traits.TECH) ? 1.5 : 0) + Draw.gaussian(rnd) * 1.5;
    w.put("avg_daily_screen_hours", Math.max(0.2, Math.min(16, hours)), 1);
  }

  void intentCategory(AttributeWriter w, Household h, Traits t) {
    intents(
        w,
        "intent_category",
        categories,
        h,
        t,
        (category, signal) ->
            w.put(category.name(), level[Draw.level(signal * 2.5 + Draw.gaussian(rnd) * 0.7, 2)]));
  }

  void intentTopic(AttributeWriter w, Household h, Traits t) {
    intents(
        w,
        "intent_topic",
        topics,
        h,
        t,
        (topic, signal) -> {
          double score = 30 + signal * 150 + Draw.gaussian(rnd) * 18;
          w.put(topic.name(), (long) Math.max(1, Math.min(100, Math.round(score))));
        });
  }

  /** An intent domain: each intent is held with its signal's chance, and then {@code put}. */
  private void intents(
      AttributeWriter w,
      String domain,
      Likely[] intents,
      Household h,
      Traits t,
      ObjDoubleConsumer<Likely> put) {
    if (t.sparse) {
      return;
    }
    w.domain(domain);
    for (Likely intent : intents) {
      double signal = intent.signal().of(h, t);
      if (Draw.chance(rnd, signal)) {
        put.accept(intent, signal);
      }
    }
  }

  void interest(AttributeWriter w, Household h, Traits t) {
    w.domain("interest");
    if (t.sparse) {
      if (Draw.chance(rnd, 0.4)) {
        w.flag(Draw.pick(rnd, interests).name(), true);
      }
      return;
    }
    flags(w, interests, h, t);
  }

  void lifestyle(AttributeWriter w, Household h, Traits t, boolean investor) {
    if (t.sparse) {
      return;
    }
    w.domain("lifestyle");
    w.flag("is_health_conscious", Draw.chance(rnd, t.has(Traits.HEALTH) ? 0.8 : 0.1));
    w.flag("is_pet_owner", h.pets);
    w.flag("is_dog_owner", h.dog);
    w.flag("is_cat_owner", h.cat);
    w.flag("is_home_owner", h.owner);
    w.flag("is_investor", investor && Draw.chance(rnd, 0.8));
    w.flag("is_frequent_traveler", Draw.chance(rnd, t.has(Traits.TRAVEL) ? 0.6 : 0.05));
    w.flag("is_outdoor_enthusiast", Draw.chance(rnd, t.has(Traits.OUTDOORS) ? 0.75 : 0.05));
    w.flag("is_diy_enthusiast", Draw.chance(rnd, t.has(Traits.HOME) && h.owner ? 0.6 : 0.05));
    w.flag("is_green_living", Draw.chance(rnd, t.has(Traits.HEALTH) ? 0.3 : 0.06));
    w.flag("is_foodie", Draw.chance(rnd, t.has(Traits.HOME) || t.has(Traits.TRAVEL) ? 0.4 : 0.06));
    w.flag("is_tech_early_adopter", Draw.chance(rnd, t.has(Traits.TECH) ? 0.5 : 0.03));
    w.flag("is_bargain_hunter", Draw.chance(rnd, h.income <= 1 ? 0.5 : 0.12));
    w.flag(
        "is_luxury_shopper", Draw.chance(rnd, h.income >= 4 && t.has(Traits.TRAVEL) ? 0.5 : 0.02));
    w.flag("is_sports_fan", Draw.chance(rnd, t.has(Traits.SPORTS) ? 0.85 : 0.12));
    w.flag("is_vegetarian", Draw.chance(rnd, t.has(Traits.HEALTH) ? 0.15 : 0.03));
  }

  void purchase(AttributeWriter w, Household h, Traits t) {
    if (t.sparse) {
      return;
    }
    w.domain("purchase");
    boolean clothing = false;
    boolean electronics = false;
    for (Likely purchase : purchases) {
      boolean bought = Draw.chance(rnd, purchase.signal().of(h, t));
      w.flag(purchase.name(), bought);
      clothing |= bought && purchase.name().equals("purchased_clothing");
      electronics |= bought && purchase.name().equals("purchased_electronics");
    }
    if (clothing) {
      w.put("apparel_purchases_total_spend", spend[spendLevel(h, t.female ? 0.5 : 0)]);
    }
    if (electronics) {
      w.put(
          "electronics_purchases_total_spend", spend[spendLevel(h, t.has(Traits.TECH) ? 0.8 : 0)]);
    }
    w.put("online_purchases_total_spend", spend[spendLevel(h, t.age <= 2 ? 0.6 : 0)]);
    int channelIndex =
        t.age <= 2
            ? Draw.weighted(rnd, new double[] {50, 15, 35})
            : Draw.weighted(rnd, new double[] {20, 40, 40});
    w.put("preferred_purchase_channel", channel[channelIndex]);
    w.put("last_purchase_recency", recency[Draw.weighted(rnd, new double[] {45, 25, 14, 10, 6})]);
    long orders = Math.round(Math.max(0, 14 + h.income * 4 - t.age * 2 + Draw.gaussian(rnd) * 9));
    w.put("online_orders_last_12_months", Math.min(150, orders));
  }

  private int spendLevel(Household h, double bonus) {
    return Draw.level(0.4 + h.income * 0.6 + bonus + Draw.gaussian(rnd) * 0.8, 4);
  }

  private void flags(AttributeWriter w, Likely[] flags, Household h, Traits t) {
    for (Likely flag : flags) {
      w.flag(flag.name(), Draw.chance(rnd, flag.signal().of(h, t)));
    }
  }

  /** An attribute of a behavior domain with the signal that makes it likely for a person. */
  private record Likely(String name, Signal signal) {
    static Likely[] of(String[] names, Function<String, Signal> bySignal) {
      Likely[] likely = new Likely[names.length];
      for (int i = 0; i < names.length; i++) {
        likely[i] = new Likely(names[i], bySignal.apply(names[i]));
      }
      return likely;
    }
  }
}
